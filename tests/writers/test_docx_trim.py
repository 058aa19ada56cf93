"""The DOCX leaves out only the built-in table styles nothing uses: every style the
document names, or reaches through basedOn/link/next, and every style staff edited or
added, is still in it."""

from __future__ import annotations

import io
import zipfile

from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from lxml import etree

from communique.checks.readback import read_docx
from communique.writers.docx import render_docx
from communique.writers.docx_trim import drop_unused_table_styles
from communique.writers.style_names import CHARACTER_STYLES, SECTION_STYLES

W_VAL = qn("w:val")


def _styles(data: bytes):
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        parts = {n: package.read(n) for n in package.namelist() if n.endswith(".xml")}
    root = etree.fromstring(parts.pop("word/styles.xml"))
    return root, [etree.fromstring(x) for x in parts.values()]


def _by_id(root) -> dict:
    return {s.get(qn("w:styleId")): s for s in root.iterfind(qn("w:style"))}


def test_the_docx_keeps_every_style_it_references(release, pack, institution):
    data = render_docx(release, pack, institution)
    root, others = _styles(data)
    styles = _by_id(root)
    names = {s.name for s in Document(io.BytesIO(data)).styles}
    referenced = {e.get(W_VAL) for part in others for e in part.iter()
                  if e.tag in (qn("w:pStyle"), qn("w:rStyle"), qn("w:tblStyle"))}
    assert referenced and referenced <= set(styles)
    for style in styles.values():
        for tag in ("w:basedOn", "w:link", "w:next"):
            ref = style.find(qn(tag))
            assert ref is None or ref.get(W_VAL) in styles, (style.get(qn("w:styleId")), tag)
    used = {"Normal", *CHARACTER_STYLES, *(n for part in pack.docx_layout
                                           for n in SECTION_STYLES[part])}
    assert used <= names
    # The default table style stays; Word's hundred built-in ones nothing uses do not.
    tables = [s for s in styles.values() if s.get(qn("w:type")) == "table"]
    assert [s.get(qn("w:styleId")) for s in tables] == ["TableNormal"]
    assert len(zipfile.ZipFile(io.BytesIO(data)).read("word/styles.xml")) < 80_000


def test_the_read_back_still_finds_a_hidden_run(release, pack, institution):
    doc = Document(io.BytesIO(render_docx(release, pack, institution)))
    (headline,) = [p for p in doc.paragraphs if p.text == release.headline]
    assert read_docx(_saved(doc)).seen.hidden == []
    for run in headline.runs:
        run.font.hidden = True
    seen = read_docx(_saved(doc)).seen
    assert release.headline in seen.hidden and release.headline not in seen.visible


def _saved(doc) -> bytes:
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def test_edited_used_or_added_table_styles_are_kept(pack):
    doc = Document(str(pack.folder / "styles.docx"))
    styles = _by_id(doc.styles.element)
    # Staff changed a built-in one's shading.
    edited = styles["LightList"]
    edited.append(parse_xml(f'<w:rPr {nsdecls("w")}><w:b/></w:rPr>'))
    # A table of the header uses another.
    header = doc.sections[0].first_page_header._element
    tbl_pr = next(header.iter(qn("w:tblPr")))
    tbl_pr.insert(0, parse_xml(f'<w:tblStyle {nsdecls("w")} w:val="MediumGrid1"/>'))
    # A house table style of their own, based on a built-in one.
    house = parse_xml(
        f'<w:style {nsdecls("w")} w:type="table" w:customStyle="1" w:styleId="HouseTable">'
        '<w:name w:val="House Table"/><w:basedOn w:val="LightGrid-Accent1"/></w:style>')
    doc.styles.element.append(house)

    dropped = drop_unused_table_styles(doc)

    kept = _by_id(doc.styles.element)
    for sid in ("LightList", "MediumGrid1", "HouseTable", "LightGrid-Accent1", "TableNormal",
                "Normal", "Heading1", "Hyperlink"):
        assert sid in kept, sid
    assert "ColorfulGrid" not in kept and "LightShading" not in kept
    assert dropped == len(styles) + 1 - len(kept)
    assert all(s.get(qn("w:type")) == "table" for sid, s in styles.items() if sid not in kept)


def test_a_source_without_table_styles_is_left_as_it_is(pack):
    doc = Document(str(pack.folder / "styles.docx"))
    drop_unused_table_styles(doc)
    before = etree.tostring(doc.styles.element)
    assert drop_unused_table_styles(doc) == 0
    assert etree.tostring(doc.styles.element) == before
