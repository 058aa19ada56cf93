"""The PDF writer: the HTML document laid out by WeasyPrint, with nothing fetched from
outside the template pack, `_base/` and the institution folder.

Any WeasyPrint warning or error (a missing image, a CSS declaration it ignored, a refused
URL) fails the render with `RenderError`: a release is never issued with a silently
missing emblem or a half-applied house style. No creation date is written, so the same
release renders to the same bytes.
"""

from __future__ import annotations

import logging
import threading
from contextlib import contextmanager
from html.parser import HTMLParser
from pathlib import Path

from ..model import Release
from ..packs.manifest import Institution, Pack
from . import RenderError
from .assets import asset_roots
from .libraries import import_weasyprint

# Messages about the machine, not the document: reported, never fatal.
ENVIRONMENT_NOTES = ("Using fontTools instead of HarfBuzz-Subset",)

_font_config = None
_log = logging.getLogger(__name__)
_font_lock = threading.Lock()


def render_pdf(release: Release, pack: Pack, institution: Institution,
               html: str | None = None) -> bytes:
    """The release as PDF bytes (A4, fonts embedded, title/author/language set).

    `html`: the release's HTML document when it was rendered already (`render_html`);
    Jinja and the render context are then not imported here. A render worker forked as
    soon as WeasyPrint is imported lays out the first release of a build this way.
    """
    if html is None:
        from .html import render_html

        html = render_html(release, pack, institution)
    return html_to_pdf(html, pack.folder, asset_roots(pack, institution))


def html_to_pdf(html: str, base: Path, roots: tuple[Path, ...]) -> bytes:
    """Lay out `html` (relative links resolved against folder `base`) as PDF bytes."""
    import_weasyprint()  # about 0.6 s cold: only paid by commands that render
    import weasyprint
    from weasyprint.urls import FatalURLFetchingError, path2url

    from .fetcher import LockedFetcher

    _refuse_deep_nesting(html)
    fetcher = LockedFetcher(roots)
    with _weasyprint_problems() as problems:
        try:
            document = weasyprint.HTML(string=html, base_url=path2url(str(base.resolve())),
                                       url_fetcher=fetcher).render(
                font_config=font_configuration(), pdf_tags=True)
            _refuse_unsafe_links(document)
            pdf = document.write_pdf(pdf_tags=True)
        except FatalURLFetchingError as err:
            raise RenderError(f"PDF not rendered: {err}") from None
    for note in [p for p in problems if p.startswith(ENVIRONMENT_NOTES)]:
        _log.warning("WeasyPrint: %s", note)
        problems.remove(note)
    problems += [str(refusal) for refusal in fetcher.refused]
    if problems:
        listed = "; ".join(dict.fromkeys(problems))
        raise RenderError(f"PDF not rendered, WeasyPrint reported: {listed}")
    return pdf


# WeasyPrint's style matching is quadratic in the depth of the tree and its layout is
# recursive: 3000 nested <div> take tens of seconds before a RecursionError. A press
# release nests about ten levels deep; a loop in a template that opens elements without
# closing them is refused at once, in 3 ms.
MAX_NESTING = 100
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link",
                   "meta", "source", "track", "wbr"})


class _DepthGauge(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.depth = self.deepest = 0

    def handle_starttag(self, tag, attrs):
        if tag not in _VOID:
            self.depth += 1
            self.deepest = max(self.deepest, self.depth)

    def handle_endtag(self, tag):
        if tag not in _VOID:
            self.depth = max(0, self.depth - 1)


def _refuse_deep_nesting(html: str) -> None:
    gauge = _DepthGauge()
    gauge.feed(html)
    gauge.close()
    if gauge.deepest > MAX_NESTING:
        raise RenderError(f"PDF not rendered: the document is nested too deeply to lay out "
                          f"({gauge.deepest} levels of elements, {MAX_NESTING} at most); "
                          "look in the template for a loop that opens elements without "
                          "closing them.")


def _refuse_unsafe_links(document) -> None:
    """Only http, https and mailto links go out, and no file is embedded.

    The body's links were vetted by the reader; this catches the template's own: a
    relative `href` becomes a file:// link carrying the checkout's absolute path, and
    `rel="attachment"` would embed a pack file in the PDF.
    """
    refused = [target for page in document.pages for kind, target, *_ in page.links
               if kind == "attachment" or (kind == "external" and not target.strip().lower()
                                           .startswith(("http://", "https://", "mailto:")))]
    refused += ['<link rel="attachment">'] * bool(document.metadata.attachments)
    if refused:
        listed = ", ".join(dict.fromkeys(str(t)[:160] for t in refused))
        raise RenderError(f"PDF not rendered: the document links to or attaches {listed}; "
                          "only http, https and mailto links may go out, and no attached "
                          "file.")


def font_configuration():
    """One FontConfiguration per process: building it per render costs about 13 %."""
    global _font_config
    with _font_lock:
        if _font_config is None:
            import_weasyprint()
            from weasyprint.text.fonts import FontConfiguration

            _font_config = FontConfiguration()
        return _font_config


class _Collector(logging.Handler):
    """Keeps the warnings WeasyPrint logs from this thread (renders may run in parallel)."""

    def __init__(self):
        super().__init__(logging.WARNING)
        self.thread = threading.get_ident()
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.thread == self.thread:
            try:
                self.messages.append(record.getMessage())
            except Exception:  # a malformed log call must not hide the problem itself
                self.messages.append(str(record.msg))


@contextmanager
def _weasyprint_problems():
    logger = logging.getLogger("weasyprint")
    collector = _Collector()
    logger.addHandler(collector)
    try:
        yield collector.messages
    finally:
        logger.removeHandler(collector)
