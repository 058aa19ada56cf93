"""Read outputs back and look for what must never be in them."""

from __future__ import annotations

import io
import re
import zipfile

from pypdf import PdfReader

# What must never appear in a PDF or DOCX made from hostile input.
LOCAL_FILE_CONTENT = "root:x:0:0"
LOCAL_PATHS = ("/work", "/tmp", "/root", "/etc", "/home", "file:")
SAFE_LINK = re.compile(r"^(https?://|mailto:)", re.I)


def squeezed(text: str) -> str:
    """Text without any whitespace: a PDF line may break inside a long word or URL."""
    return "".join(text.split())


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


def assert_pdf_leaks_nothing(data: bytes, written: tuple[str, ...] = ()) -> None:
    """No local file content, no local path in links or metadata, no embedded file.

    `written`: hostile text the release itself holds, which the metadata (title,
    description) may repeat verbatim.
    """
    reader = PdfReader(io.BytesIO(data))
    assert LOCAL_FILE_CONTENT not in pdf_text(data)
    for link in pdf_links(data):
        assert SAFE_LINK.match(link), link
        assert not any(p in link for p in LOCAL_PATHS), link
    for key, value in (reader.metadata or {}).items():
        value = str(value)
        for text in written:
            value = value.replace(text, "")
        assert not any(p in value for p in LOCAL_PATHS), (key, value)
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
