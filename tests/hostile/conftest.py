"""Helpers for the hostile corpus: build a tampered copy of the project, read outputs back."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from communique import api

# The read-back helpers (hostile_readback.py) are imported by name by the test modules.
sys.path.insert(0, str(Path(__file__).parent))

EXAMPLE = "maroc-vice-presidence-interpol"


class Hostile:
    """The `project` copy, reduced to the French release, with tampering helpers."""

    def __init__(self, project):
        self.project = project
        self.root: Path = project.root
        for other in self.release_file.parent.glob("release.*.md"):
            other.unlink()
        # Hostile text is never in the source article: the fact-tracing rules (A) would
        # stop every build before the renderer sees it.
        with (self.root / "pyproject.toml").open("a", encoding="utf-8") as handle:
            handle.write('\n[tool.communique.checks]\nignore = ["A"]\n')

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

    def set_field(self, key: str, value: str) -> None:
        """Replace the line `key: …` (indent included in `key`) with a quoted value."""
        lines = self.release_file.read_text("utf-8").split("\n")
        at = next(i for i, line in enumerate(lines) if line.startswith(key + ":"))
        lines[at] = f"{key}: {json.dumps(value, ensure_ascii=False)}"
        self.release_file.write_text("\n".join(lines), "utf-8")

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


def _address_space_mb() -> int:
    """What this test process already maps: forked render children start with it (more
    when an earlier test loaded the spaCy models), so the limits below come on top."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmSize:"):
            return int(line.split()[1]) // 1024
    return 0


def _limits(monkeypatch, timeout_s: float, memory_mb: int) -> None:
    from communique.build import isolate as rendering

    monkeypatch.setattr(rendering, "DEFAULT_TIMEOUT_S", timeout_s)
    monkeypatch.setattr(rendering, "DEFAULT_MEMORY_MB", memory_mb + _address_space_mb())


@pytest.fixture
def tight_limits(monkeypatch):
    """Builds render under a 5 s deadline and 1 GB of address space (beyond this
    process's own, which forked workers start with)."""
    _limits(monkeypatch, 5, 1024)


@pytest.fixture
def memory_limit(monkeypatch):
    """Builds render within 1 GB of address space, under a deadline a loaded machine meets
    (for failures that must come from the layout, not from the clock)."""
    _limits(monkeypatch, 120, 1024)
