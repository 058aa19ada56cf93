"""Read-back sees what a reader sees (O006): a required field that is in a rendered file's
text but hidden by a style fails the build, in every language's PDF and in the DOCX."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from docx import Document
from docx.shared import Pt, RGBColor

from communique.checks.engine import check_release_file
from communique.checks.readback import verify_outputs
from communique.checks.rule import Selection
from communique.diagnostics import Severity

pytest.importorskip("weasyprint")

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = "maroc-vice-presidence-interpol"


def _render(root: Path, name: str):
    from communique.writers.docx import render_docx
    from communique.writers.pdf import render_pdf

    checked = check_release_file(root, root / "releases" / EXAMPLE / name, Selection())
    errors = [d for d in checked.diagnostics if d.severity is Severity.ERROR]
    assert not errors, errors  # a release with an error is never rendered
    r, pack, inst = checked.release, checked.pack, checked.institution
    return checked, render_pdf(r, pack, inst), render_docx(r, pack, inst)


def _verify(checked, pdf, docx):
    return verify_outputs(checked.release, checked.pack, pdf, docx, checked.institution)


def _restyle(project, css: str) -> None:
    style = project.root / "templates" / "communique" / "style.css"
    style.write_text(style.read_text("utf-8") + "\n" + css + "\n", "utf-8")


def _about(found, code, path):
    return [d for d in found if d.code == code and f"'{path}'" in d.message]


@pytest.mark.parametrize("css,code,why", [
    # Not painted at all: the words are not in the text layer, so the field is missing.
    ("display: none", "O001", ""),
    ("visibility: hidden", "O001", ""),
    # Painted, but no one can read it.
    ("color: #0b3d2e; background: #0b3d2e", "O006", "in the colour of its background"),
    ("font-size: 0.5px", "O006", "written at 0.4 pt"),
    ("position: absolute; left: -300mm", "O006", "placed outside the page"),
    ("opacity: 0", "O006", "fully transparent"),
], ids=["display-none", "visibility-hidden", "colour-of-ground", "tiny", "off-page",
        "transparent"])
def test_the_arabic_headline_hidden_by_css_fails(project, css, code, why):
    _restyle(project, f'html[lang="ar"] .headline {{ {css} }}')
    checked, pdf, docx = _render(project.root, "release.ar.md")
    found = _verify(checked, pdf, docx)
    hidden = _about(found, code, "headline")
    assert hidden and all("PDF" in d.message for d in hidden), found
    assert why in hidden[0].message
    assert hidden[0].location.file.endswith("release.html.j2")  # where the headline is shown


def test_the_french_pdf_is_not_touched_by_the_arabic_rule(project):
    _restyle(project, 'html[lang="ar"] .headline { color: #fff }')
    checked, pdf, docx = _render(project.root, "release.md")
    assert _verify(checked, pdf, docx) == []


def test_white_text_on_a_dark_band_is_seen(project):
    """The kicker (« COMMUNIQUÉ DE PRESSE ») is white on the institution's colour: fine."""
    _restyle(project, ".headline { color: #fff; background: #0b3d2e }")
    checked, pdf, docx = _render(project.root, "release.md")
    assert _verify(checked, pdf, docx) == []


@pytest.fixture(scope="module")
def french(tmp_path_factory):
    """The example's French release rendered once, for the DOCX cases."""
    root = tmp_path_factory.mktemp("french")
    shutil.copytree(ROOT / "templates", root / "templates")
    shutil.copytree(ROOT / "releases" / EXAMPLE, root / "releases" / EXAMPLE)
    shutil.copy(ROOT / "pyproject.toml", root / "pyproject.toml")
    return _render(root, "release.md")


def _docx_with(docx: bytes, headline: str, change) -> bytes:
    doc = Document(io.BytesIO(docx))
    (paragraph,) = [p for p in doc.paragraphs if p.text.strip() == headline.strip()]
    change(paragraph, doc)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _vanish(paragraph, _doc):
    for run in paragraph.runs:
        run.font.hidden = True


def _white(paragraph, _doc):
    for run in paragraph.runs:
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


def _zero_size(paragraph, _doc):
    for run in paragraph.runs:
        run.font.size = Pt(0)


def _hidden_style(paragraph, _doc):
    paragraph.style.font.hidden = True


@pytest.mark.parametrize("change,why", [
    (_vanish, "marked hidden (w:vanish)"),
    (_white, "in the colour of its background"),
    (_zero_size, "written at 0.0 pt"),
    (_hidden_style, "hidden by the style"),
], ids=["vanish", "white-on-white", "zero-size", "hidden-style"])
def test_a_docx_headline_hidden_fails(french, change, why):
    checked, pdf, docx = french
    assert _verify(checked, pdf, docx) == []
    tampered = _docx_with(docx, checked.release.headline, change)
    found = _verify(checked, pdf, tampered)
    (hidden,) = _about(found, "O006", "headline")
    assert "DOCX" in hidden.message and why in hidden.message, found
    assert {d.code for d in found} <= {"O006", "O002"}


# The quick scan (pdf_may_hide_text) stands in for the painter when it finds nothing
# hidden: it must flag every PDF in which the painter finds a hidden line.

@pytest.mark.parametrize("name", ["release.md", "release.en.md", "release.ar.md"])
def test_the_quick_scan_clears_the_example_as_the_painter_does(project, name):
    from communique.checks.visibility import pdf_may_hide_text, pdf_seen

    _checked, pdf, _docx = _render(project.root, name)
    assert pdf_seen(pdf).hidden == []
    assert not pdf_may_hide_text(pdf)


@pytest.mark.parametrize("css", [
    "color: #0b3d2e; background: #0b3d2e", "font-size: 0.5px",
    "position: absolute; left: -300mm", "opacity: 0", "color: #fff",
], ids=["colour-of-ground", "tiny", "off-page", "transparent", "white-on-paper"])
@pytest.mark.parametrize("name", ["release.md", "release.ar.md"])
def test_the_quick_scan_flags_what_the_painter_finds_hidden(project, css, name):
    from communique.checks.visibility import pdf_may_hide_text, pdf_seen

    _restyle(project, f".headline {{ {css} }}")
    _checked, pdf, _docx = _render(project.root, name)
    assert pdf_seen(pdf).hidden  # the painter finds the headline hidden
    assert pdf_may_hide_text(pdf)


def test_the_quick_scan_hands_unknown_content_to_the_painter():
    """Content it does not follow (here an inline image) is never taken as all seen."""
    from communique.checks.visibility import PdfPainter, Seen, Unfollowed, scan_stream

    painter = PdfPainter((0.0, 0.0, 600.0, 800.0), {}, Seen())
    assert not scan_stream(b"BT /F1 12 Tf 1 0 0 1 50 700 Tm <0041> Tj ET", painter)
    assert scan_stream(b"BT 3 Tr /F1 12 Tf 1 0 0 1 50 700 Tm <0041> Tj ET", painter)
    with pytest.raises(Unfollowed):
        scan_stream(b"BI /W 1 /H 1 ID \x00\xff EI", painter)
