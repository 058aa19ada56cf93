"""Helpers for the hostile corpus: build a tampered copy of the project, read outputs back."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from communique import api

EXAMPLE = "maroc-vice-presidence-interpol"
# What must never appear in a PDF or DOCX made from hostile input.
LOCAL_FILE_CONTENT = "root:x:0:0"
LOCAL_PATHS = ("/work", "/tmp", "/root", "/etc", "/home", "file:")
SAFE_LINK = re.compile(r"^(https?://|mailto:)", re.I)


class Hostile:
    """The `project` copy, reduced to the French release, with tampering helpers."""

    def __init__(self, project):
        self.project = project
        self.root: Path = project.root
        for other in self.release_file.parent.glob("release.*.md"):
            other.unlink()

    @property
    def release_file(self) -> Path:
        return self.project.release_file

    @property
    def pack(self) -> Path:
        return self.root / "templates" / "communique"

    @property
    def institution(self) -> Path:
        return self.root / "templates" / "institutions" / "dgsn"

    def edit(self, old: str, new: str) -> None:
        self.project.edit(old, new)

    def set_body(self, body: str) -> None:
        text = self.release_file.read_text("utf-8")
        head = text[:text.index("\n---\n", 4) + 5]
        self.release_file.write_text(head + body, "utf-8")

    def inject_template(self, snippet: str, anchor: str = "{% block main %}") -> None:
        """Put `snippet` into the pack's HTML template, right after `anchor`."""
        template = self.pack / "release.html.j2"
        text = template.read_text("utf-8")
        assert anchor in text, f"{anchor!r} is no longer in {template.name}"
        template.write_text(text.replace(anchor, anchor + snippet, 1), "utf-8")

    def add_css(self, css: str) -> None:
        with (self.pack / "style.css").open("a", encoding="utf-8") as handle:
            handle.write("\n" + css + "\n")

    def build(self) -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        code = api.build(self.root, [], out=out, err=err)
        return code, out.getvalue(), err.getvalue()

    def check(self, select: str = "") -> tuple[int, str]:
        out, err = io.StringIO(), io.StringIO()
        code = api.check(self.root, [], fmt="json", select=select, out=out, err=err)
        return code, out.getvalue() + err.getvalue()

    def output(self, suffix: str) -> Path:
        return self.root / "build" / EXAMPLE / f"{EXAMPLE}.fr.{suffix}"

    def built(self) -> list[str]:
        folder = self.root / "build" / EXAMPLE
        return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


@pytest.fixture
def hostile(project) -> Hostile:
    return Hostile(project)


@pytest.fixture
def tight_limits(monkeypatch):
    """Builds render under a 8 s deadline and 1 GB of address space."""
    from communique import rendering

    original = rendering.render_jobs

    def limited(jobs, **kwargs):
        kwargs.update(timeout_s=8, memory_mb=1024)
        return original(jobs, **kwargs)

    monkeypatch.setattr(rendering, "render_jobs", limited)


# --- reading outputs back ----------------------------------------------------------------

def pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


def pdf_links(data: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(data))
    links = []
    for page in reader.pages:
        for annot in page.get("/Annots") or []:
            annot = annot.get_object()
            action = annot.get("/A")
            if action is not None and "/URI" in action.get_object():
                links.append(str(action.get_object()["/URI"]))
    return links


def docx_external_targets(data: bytes) -> list[str]:
    """Every external relationship target in every part of a DOCX."""
    targets = []
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in archive.namelist():
            if name.endswith(".rels"):
                xml = archive.read(name).decode("utf-8")
                for rel in re.findall(r"<Relationship [^>]*>", xml):
                    if 'TargetMode="External"' in rel:
                        targets.append(re.search(r'Target="([^"]*)"', rel).group(1))
    return targets


def docx_text(data: bytes) -> str:
    from docx import Document

    doc = Document(io.BytesIO(data))
    return "\n".join(p.text for p in doc.paragraphs)


def assert_pdf_leaks_nothing(data: bytes) -> None:
    """No local file content, no local path in links or metadata, no embedded file."""
    reader = PdfReader(io.BytesIO(data))
    assert LOCAL_FILE_CONTENT not in pdf_text(data)
    for link in pdf_links(data):
        assert SAFE_LINK.match(link), link
        assert not any(p in link for p in LOCAL_PATHS), link
    for key, value in (reader.metadata or {}).items():
        assert not any(p in str(value) for p in LOCAL_PATHS), (key, value)
    root = reader.trailer["/Root"]
    names = root.get("/Names")
    assert names is None or "/EmbeddedFiles" not in names.get_object()
    for page in reader.pages:
        for annot in page.get("/Annots") or []:
            assert annot.get_object().get("/Subtype") != "/FileAttachment"
    assert b"/EmbeddedFile" not in data and b"/FileAttachment" not in data


def assert_docx_leaks_nothing(data: bytes) -> None:
    for target in docx_external_targets(data):
        assert SAFE_LINK.match(target), target
    assert LOCAL_FILE_CONTENT not in docx_text(data)
