"""What the preview shows: the latest rendering of one release file, renewed on demand.

A rendering checks the release (as `inv check`), writes its HTML rendition in-process
(a few milliseconds) and, when the checks found no error, has the warm render pool lay
out the PDF and DOCX and read them back (as `inv build`, nothing written to build/). The
PDF of the last good rendering stays available, said to be out of date, while the
release has errors.
"""

from __future__ import annotations

import re
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from communique.build.isolate import RenderJob, RenderPool
from communique.checks.engine import check_release_file
from communique.checks.settings import read_selection
from communique.diagnostics import Diagnostic, Severity
from communique.errors import RenderError, UsageError
from communique.read.release import relative_name

ASSETS = "/assets/"
_HEAD = re.compile(r"<head(?:\s[^>]*)?>", re.IGNORECASE)


@dataclass(frozen=True)
class Snapshot:
    """One rendering, as the page shows it."""

    version: int
    release_name: str
    headline: str = ""
    html: str | None = None  # the rendition, its links pointing at /assets/
    pdf: bytes | None = None  # the last good PDF (possibly of an earlier version)
    pdf_name: str = ""
    pdf_version: int = 0
    pdf_current: bool = False
    diagnostics: tuple[Diagnostic, ...] = ()
    note: str = ""  # why there is no rendition or no new PDF
    seconds: float = 0.0
    asset_roots: tuple[Path, ...] = ()
    watched: tuple[Path, ...] = field(default_factory=tuple)


class PreviewSession:
    """The latest Snapshot of one release file; `refresh()` renders it again."""

    def __init__(self, root: Path, release_file: Path, pool: RenderPool):
        self.root = root.resolve()
        self.release_file = release_file.resolve()
        self.pool = pool
        self._changed = threading.Condition()
        self.current = Snapshot(0, relative_name(release_file, root))

    def refresh(self) -> Snapshot:
        started = time.perf_counter()
        previous = self.current
        snapshot = self._render(previous.version + 1, previous)
        snapshot = _replace(snapshot, seconds=time.perf_counter() - started)
        with self._changed:
            self.current = snapshot
            self._changed.notify_all()
        return snapshot

    def wait_for_change(self, since: int, timeout_s: float) -> Snapshot:
        """The current snapshot once its version is not `since`, or after `timeout_s`."""
        with self._changed:
            self._changed.wait_for(lambda: self.current.version != since, timeout=timeout_s)
            return self.current

    def concerns(self, path: Path) -> bool:
        """Whether a change to `path` can change what the preview shows."""
        path = Path(path).resolve()
        return any(path.is_relative_to(w.resolve()) for w in self.current.watched)

    def _render(self, version: int, previous: Snapshot) -> Snapshot:
        from communique.writers.html import asset_roots, render_html

        name = relative_name(self.release_file, self.root)
        last_pdf = {"pdf": previous.pdf, "pdf_name": previous.pdf_name,
                    "pdf_version": previous.pdf_version}
        watched = (self.release_file.parent, self.root / "templates",
                   self.root / "pyproject.toml")
        base = Snapshot(version, name, watched=watched, **last_pdf)
        try:
            selection = read_selection(self.root)
        except UsageError as problem:
            return _replace(base, note=str(problem))
        if not self.release_file.is_file():
            return _replace(base, note=f"{name} no longer exists.")
        checked = check_release_file(self.root, self.release_file, selection)
        release, pack, institution = checked.release, checked.pack, checked.institution
        diagnostics = list(checked.diagnostics)
        if release is None or pack is None or institution is None:
            return _replace(base, diagnostics=tuple(diagnostics),
                            note="The release cannot be shown until the errors listed "
                                 "here are corrected.")
        roots = asset_roots(pack, institution)
        watched = (self.release_file.parent, *roots,
                   self.root / "templates" / "protocol.yaml", self.root / "pyproject.toml")
        base = _replace(base, headline=release.headline, asset_roots=roots, watched=watched)
        try:
            html = _with_base(render_html(release, pack, institution),
                              _asset_href(self.root, pack.folder))
        except RenderError as problem:
            return _replace(base, diagnostics=tuple(diagnostics), note=str(problem))
        base = _replace(base, html=html)
        if checked.has_errors:
            return _replace(base, diagnostics=tuple(diagnostics),
                            note="The PDF was not rendered again: correct the errors "
                                 "listed here.")
        try:
            (rendered,) = self.pool.render([RenderJob(release, pack, institution, name)])
        except RenderError as problem:
            return _replace(base, diagnostics=tuple(diagnostics), note=str(problem))
        diagnostics += selection.apply(rendered.diagnostics)
        if any(d.severity is Severity.ERROR for d in rendered.diagnostics):
            return _replace(base, diagnostics=tuple(diagnostics),
                            note="The rendered files failed verification (listed here).")
        return _replace(base, diagnostics=tuple(diagnostics), pdf=rendered.pdf,
                        pdf_name=f"{release.slug}.{release.language}.pdf",
                        pdf_version=version, pdf_current=True)


def asset_path(snapshot: Snapshot, root: Path, url_path: str) -> Path | None:
    """The file an /assets/ URL names, if the rendition may use it (pack, base, emblem)."""
    from urllib.parse import unquote

    relative = unquote(url_path[len(ASSETS):])
    try:
        path = (root / "templates" / relative).resolve(strict=True)
    except (OSError, RuntimeError):
        return None
    roots = [r.resolve() for r in snapshot.asset_roots]
    if not path.is_file() or not any(path.is_relative_to(r) for r in roots):
        return None
    return path


def _asset_href(root: Path, pack_folder: Path) -> str:
    # The rendition's links are relative to the pack folder (../_base/house.css, …).
    templates = (root / "templates").resolve()
    relative = pack_folder.resolve().relative_to(templates)
    return ASSETS + "/".join(relative.parts) + "/"


def _with_base(html: str, href: str) -> str:
    tag = f'<base href="{href}">'
    match = _HEAD.search(html)
    if match is None:
        return tag + html
    return html[:match.end()] + tag + html[match.end():]


def _replace(snapshot: Snapshot, **changes) -> Snapshot:
    from dataclasses import replace

    return replace(snapshot, **changes)

