"""The read-back's DOCX reader (checks/docx_xml.py, lxml) says what python-docx says: the
same paragraphs and, run by run, the same text seen and hidden, for the same reasons.

The reference below is the python-docx reading the read-back used before: it loads every
part of the package (20 ms and more a release), which is why the build no longer does.
"""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

from communique.checks.engine import check_release_file
from communique.checks.readback import docx_text, read_docx
from communique.checks.rule import Selection
from communique.checks.visibility import MIN_CONTRAST, MIN_VISIBLE_SIZE, WHITE, contrast, docx_seen

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = "maroc-vice-presidence-interpol"


# --- the reference: python-docx's object model ---------------------------------------

def _chain(style):
    while style is not None:
        yield style
        style = style.base_style


def _first(values):
    return next((v for v in values if v is not None), None)


def _rgb_of(font):
    try:
        rgb = font.color.rgb if font.color.type is not None else None
    except (ValueError, AttributeError):
        return None
    return None if rgb is None else tuple(int(str(rgb)[i:i + 2], 16) / 255 for i in (0, 2, 4))


def _shading(run, run_styles, paragraph_styles):
    block = run.element
    while block is not None and block.tag != qn("w:p"):
        block = block.getparent()
    holders = [run.element.find(qn("w:rPr"))]
    holders += [s.element.find(qn("w:rPr")) for s in run_styles]
    holders.append(block.find(qn("w:pPr")) if block is not None else None)
    for style in paragraph_styles:
        holders += [style.element.find(qn("w:rPr")), style.element.find(qn("w:pPr"))]
    for props in holders:
        shd = props.find(qn("w:shd")) if props is not None else None
        fill = shd.get(qn("w:fill")) if shd is not None else None
        if fill and len(fill) == 6 and fill.lower() != "auto":
            return tuple(int(fill[i:i + 2], 16) / 255 for i in (0, 2, 4))
    return WHITE


def _why(run, doc) -> str:
    from docx.enum.style import WD_STYLE_TYPE

    block = run.element.getparent()
    while block is not None and block.tag != qn("w:p"):
        block = block.getparent()
    run_styles = list(_chain(doc.styles.get_by_id(run.element.style,
                                                  WD_STYLE_TYPE.CHARACTER)))
    paragraph_styles = list(_chain(doc.styles.get_by_id(block.style,
                                                        WD_STYLE_TYPE.PARAGRAPH)))
    styles = run_styles + paragraph_styles
    fonts = [s.font for s in styles]
    own = run.font
    hidden = own.hidden if own.hidden is not None else _first(f.hidden for f in fonts)
    if hidden:
        by = next((s for s in styles if s.font.hidden), None)
        return f"hidden by the style '{by.name}'" if by is not None and own.hidden is None \
            else "marked hidden (w:vanish)"
    size = own.size if own.size is not None else _first(f.size for f in fonts)
    if size is not None and size.pt < MIN_VISIBLE_SIZE:
        return f"written at {size.pt:.1f} pt"
    colour = _rgb_of(own)
    if colour is None:
        colour = _first(_rgb_of(f) for f in fonts)
    if colour is None:
        return ""
    if contrast(colour, _shading(run, run_styles, paragraph_styles)) < MIN_CONTRAST:
        return "in the colour of its background"
    return ""


def _python_docx_seen(data: bytes):
    doc = Document(io.BytesIO(data))
    paragraphs = list(doc.paragraphs)
    for table in doc.tables:
        for row in table.rows:
            for cell in row.cells:
                paragraphs.extend(cell.paragraphs)
    for section in doc.sections:
        for part in (section.header, section.footer):
            paragraphs.extend(part.paragraphs)
    lines = []
    for paragraph in paragraphs:
        pieces: list[tuple[str, str]] = []
        for item in paragraph.iter_inner_content():
            for run in getattr(item, "runs", None) or [item]:
                why = _why(run, doc)
                if pieces and pieces[-1][1] == why:
                    pieces[-1] = (pieces[-1][0] + run.text, why)
                else:
                    pieces.append((run.text, why))
        lines.extend((text, why) for text, why in pieces if text.strip())
    return lines


def _ours(data: bytes):
    seen = docx_seen(data)
    # Seen keeps the seen and the hidden lines apart: compared as one sorted list.
    return sorted([(t, "") for t in seen.visible] + [(t, seen.reasons[t]) for t in seen.hidden])


def _same(data: bytes) -> list:
    reference = _python_docx_seen(data)
    assert _ours(data) == sorted(reference)
    return reference


# --- documents ---------------------------------------------------------------------------

@pytest.fixture(scope="module")
def example(tmp_path_factory):
    """The example's DOCX in each language."""
    from communique.writers.docx import render_docx

    root = tmp_path_factory.mktemp("docx-xml")
    shutil.copytree(ROOT / "templates", root / "templates")
    shutil.copytree(ROOT / "releases" / EXAMPLE, root / "releases" / EXAMPLE)
    shutil.copy(ROOT / "pyproject.toml", root / "pyproject.toml")
    out = {}
    for name in ("release.md", "release.en.md", "release.ar.md"):
        checked = check_release_file(root, root / "releases" / EXAMPLE / name, Selection())
        out[name] = (checked, render_docx(checked.release, checked.pack,
                                          checked.institution))
    return out


def _changed(data: bytes, change) -> bytes:
    doc = Document(io.BytesIO(data))
    change(doc)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _longest(doc):
    return max(doc.paragraphs, key=lambda p: len(p.text))


def _vanish(doc):
    _longest(doc).runs[0].font.hidden = True


def _white(doc):
    for run in _longest(doc).runs:
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


def _tiny(doc):
    _longest(doc).runs[-1].font.size = Pt(1)


def _style_hides(doc):
    _longest(doc).style.font.hidden = True


def _base_style_hides(doc):
    """A style hidden through the style it is based on, named as Word names it."""
    base = doc.styles.add_style("Quiet base", 1)
    base.font.hidden = True
    child = doc.styles.add_style("Quiet", 1)
    child.base_style = base
    _longest(doc).style = child


def _style_grey_on_shaded_paragraph(doc):
    paragraph = _longest(doc)
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:fill"), "777777")
    paragraph._p.get_or_add_pPr().append(shd)
    for run in paragraph.runs:
        run.font.color.rgb = RGBColor(0x70, 0x70, 0x70)


def _table(doc):
    table = doc.add_table(rows=3, cols=3)
    table.cell(0, 0).merge(table.cell(1, 0)).text = "Merged down, seen"
    table.cell(0, 1).merge(table.cell(0, 2)).text = "Spanning two columns"
    run = table.cell(2, 1).paragraphs[0].add_run("Hidden in a cell")
    run.font.hidden = True
    table.cell(2, 2).text = "Last cell"


def _hyperlink(doc):
    paragraph = doc.add_paragraph("Before the link ")
    link = OxmlElement("w:hyperlink")
    link.set(qn("w:anchor"), "somewhere")
    for text, hidden in (("linked words", False), (" hidden link end", True)):
        r = OxmlElement("w:r")
        if hidden:
            rpr = OxmlElement("w:rPr")
            rpr.append(OxmlElement("w:vanish"))
            r.append(rpr)
        t = OxmlElement("w:t")
        t.text = text
        t.set(qn("xml:space"), "preserve")
        r.append(t)
        link.append(r)
    paragraph._p.append(link)


@pytest.mark.parametrize("name", ["release.md", "release.en.md", "release.ar.md"])
def test_the_example_reads_as_python_docx_reads_it(example, name):
    _checked, data = example[name]
    lines = _same(data)
    assert lines and all(why == "" for _, why in lines)  # nothing hidden in the example
    assert read_docx(data).seen is not None


@pytest.mark.parametrize("change,why", [
    (_vanish, "marked hidden (w:vanish)"),
    (_white, "in the colour of its background"),
    (_tiny, "written at 1.0 pt"),
    (_style_hides, "hidden by the style"),
    (_base_style_hides, "hidden by the style 'Quiet base'"),
    (_style_grey_on_shaded_paragraph, "in the colour of its background"),
    (_table, "marked hidden (w:vanish)"),
    (_hyperlink, "marked hidden (w:vanish)"),
], ids=["vanish", "white", "tiny", "style", "base-style", "shaded", "table", "hyperlink"])
@pytest.mark.parametrize("name", ["release.md", "release.ar.md"])
def test_a_hidden_run_is_hidden_for_the_same_reason(example, name, change, why):
    _checked, data = example[name]
    tampered = _changed(data, change)
    lines = _same(tampered)
    assert any(why in reason for _, reason in lines), lines


def test_table_cells_are_read_as_python_docx_lists_them(example):
    _checked, data = example["release.md"]
    tampered = _changed(data, _table)
    lines = [text for text, _ in _python_docx_seen(tampered)]
    # A merged cell is listed once per grid cell it covers, as python-docx's row.cells.
    assert lines.count("Merged down, seen") == 2
    assert lines.count("Spanning two columns") == 2
    _same(tampered)
    _text, paragraphs = docx_text(tampered)
    assert "Last cell" in paragraphs


def test_an_automatic_colour_is_seen(example):
    """Word draws a run coloured « auto » dark on light paper, whatever colour its style
    gives: seen. (The python-docx reading took « auto » for no colour and went on to the
    style's white: the only place where the two readings part, on purpose.)"""
    _checked, data = example["release.md"]

    def auto(doc):
        paragraph = _longest(doc)
        paragraph.style.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        for run in paragraph.runs:
            run.font.color.rgb = RGBColor(0, 0, 0)
            run.font.color._color.set(qn("w:val"), "auto")

    tampered = _changed(data, auto)
    longest = _longest(Document(io.BytesIO(tampered))).text
    assert (longest, "in the colour of its background") in _python_docx_seen(tampered)
    seen = docx_seen(tampered)
    assert longest in seen.visible and longest not in seen.hidden
