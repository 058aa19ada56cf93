"""The DOCX writer, read back with python-docx; and its style source."""

from __future__ import annotations

import dataclasses
import io
import shutil
import zipfile

import pytest
from docx import Document
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml.ns import qn

from communique.errors import RenderError
from communique.model import Block, Quote, Run
from communique.writers.docx import check_styles, render_docx
from communique.writers.docx_styles import style_source_bytes
from communique.writers.ooxml import field_instructions
from communique.writers.style_names import PARAGRAPH_STYLES


@pytest.fixture(scope="module")
def docx_bytes(release, pack, institution) -> bytes:
    return render_docx(release, pack, institution)


@pytest.fixture(scope="module")
def doc(docx_bytes):
    return Document(io.BytesIO(docx_bytes))


def styled(doc) -> list[tuple[str, str]]:
    return [(p.style.name, p.text) for p in doc.paragraphs]


def texts_in(doc, style: str) -> list[str]:
    return [text for name, text in styled(doc) if name == style]


def test_parts_use_the_named_styles(doc, release):
    assert [t.split("\t")[0].strip() for t in texts_in(doc, "Kicker")] == ["COMMUNIQUÉ DE PRESSE"]
    assert texts_in(doc, "Title") == [release.headline]
    assert texts_in(doc, "Subtitle") == [release.subheadline]
    assert texts_in(doc, "Lead") == [release.lead.text]
    assert texts_in(doc, "EndMark") == ["– FIN –"]
    assert "Personnalités citées" in texts_in(doc, "Notes Heading")
    assert "À propos de la DGSN" in texts_in(doc, "Notes Heading")
    assert texts_in(doc, "About")[0].startswith("La Direction générale de la Sûreté nationale")
    assert "presse@example.ma" in texts_in(doc, "Contact")[0]
    assert len(texts_in(doc, "Normal")) == len(release.body) - 1


def test_facts_and_titles(doc, release):
    facts = texts_in(doc, "Facts")[0]
    assert f"Lieu\u00a0: {release.venue.event}, Glasgow (Écosse)" in facts
    assert "7 novembre 2024" in facts
    people = " ".join(texts_in(doc, "People"))
    for person in release.people:
        # (« M. » is held to the name by a no-break space: test_typography_everywhere.py)
        assert person.display_name in people.replace("\u00a0", " ")
        for title in person.titles:
            assert title in people


def xml_text(element) -> str:
    return "".join(t.text or "" for t in element.iter(qn("w:t")))


def test_header_and_footer(doc):
    section = doc.sections[0]
    # The letterhead on the first page only, as in the PDF.
    assert section.different_first_page_header_footer
    letterhead = section.first_page_header._element
    assert "Direction générale de la Sûreté nationale" in xml_text(letterhead)
    assert "Royaume du Maroc" in xml_text(letterhead)
    assert "[" not in xml_text(letterhead)
    assert list(letterhead.iter(qn("a:blip"))), "no emblem picture in the letterhead"
    # The following pages: no running header, as in the PDF.
    running = section.header._element
    assert not section.header.is_linked_to_previous
    assert xml_text(running) == ""
    assert not list(running.iter(qn("a:blip")))
    # The same footer on every page, with « 1/2 ».
    for footer in (section.first_page_footer, section.footer):
        footer_xml = footer._element
        assert "Avenue de l’Exemple, Rabat, Maroc" in xml_text(footer_xml)
        assert "[" not in xml_text(footer_xml)
        assert ["PAGE", "NUMPAGES"] == [i.split()[0] for i in field_instructions(footer_xml)]


def test_kicker_and_dateline_share_a_line(doc):
    kicker = next(p for p in doc.paragraphs if p.style.name == "Kicker")
    assert kicker.text == "\u00a0COMMUNIQUÉ DE PRESSE\u00a0\tRabat, le 7 novembre 2024"
    dateline = kicker.runs[-1]
    assert dateline.style.name == "Dateline Char"
    assert dateline.style.element.find(qn("w:rPr")).find(qn("w:shd")).get(qn("w:fill")) \
        == "FFFFFF"  # out of the kicker's box
    stops = kicker.paragraph_format.tab_stops
    assert len(stops) == 1 and stops[0].alignment == WD_TAB_ALIGNMENT.RIGHT
    assert not texts_in(doc, "Dateline")


def test_people_are_bulleted_and_kept_together(doc):
    people = [p for p in doc.paragraphs if p.style.name == "People"]
    assert len(people) == 2
    assert doc.styles["People"].element.pPr.find(qn("w:numPr")) is not None
    assert people[0].paragraph_format.keep_with_next
    assert all(doc.styles["People"].paragraph_format.keep_together for _ in people)


def test_hyphenation_follows_the_pdf(doc):
    assert doc.settings.element.find(qn("w:autoHyphenation")) is not None
    for name in ("Title", "Subtitle", "Lead", "Facts"):
        assert doc.styles[name].element.pPr.find(qn("w:suppressAutoHyphens")) is not None
    assert doc.styles["Normal"].element.pPr.find(qn("w:suppressAutoHyphens")) is None


def test_kicker_is_a_box_not_a_band(doc):
    style = doc.styles["Kicker"].element
    assert style.find(qn("w:pPr")).find(qn("w:shd")) is None  # no band across the page
    shading = style.find(qn("w:rPr")).find(qn("w:shd"))
    assert shading is not None and shading.get(qn("w:fill")).upper() == "0B3D2E"
    kicker = next(p for p in doc.paragraphs if p.style.name == "Kicker")
    assert kicker.text.startswith("\u00a0COMMUNIQUÉ DE PRESSE\u00a0")  # padded in the box


def test_pagination_is_in_the_styles(doc):
    styles = doc.styles
    for name in ("Title", "Heading 1", "Heading 2", "Notes Heading", "Kicker", "Dateline"):
        assert styles[name].paragraph_format.keep_with_next, name
    for name in ("Contact", "People", "About", "Programme", "EndMark"):
        assert styles[name].paragraph_format.keep_together, name
    assert styles["Normal"].paragraph_format.widow_control
    settings = doc.settings.element
    assert settings.find(qn("w:autoHyphenation")) is not None


def test_end_mark_keeps_with_the_text_before_it(doc):
    paragraphs = doc.paragraphs
    end = next(i for i, p in enumerate(paragraphs) if p.style.name == "EndMark")
    assert paragraphs[end - 1].paragraph_format.keep_with_next


def test_core_properties_and_language(doc, release):
    props = doc.core_properties
    assert props.title == release.headline
    assert props.author == "Direction générale de la Sûreté nationale"
    assert props.language == "fr-FR"
    assert props.subject == release.subheadline
    assert props.created.date() == release.date == props.modified.date()
    lang = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")) \
        .find(qn("w:rPr")).find(qn("w:lang"))
    assert lang.get(qn("w:val")) == "fr-FR"


def test_output_is_reproducible(docx_bytes, release, pack, institution):
    assert render_docx(release, pack, institution) == docx_bytes
    with zipfile.ZipFile(io.BytesIO(docx_bytes)) as archive:
        assert {i.date_time[:3] for i in archive.infolist()} == {(2024, 11, 7)}


def test_values_are_text_not_markup(release, pack, institution):
    tricky = 'R&D <b>nouveau</b> {{ headline }} & "guillemets"'
    changed = dataclasses.replace(release, headline=tricky,
                                  quotes=(Quote("A < B & C", by="Mohamed Dkhissi"),))
    doc = Document(io.BytesIO(render_docx(changed, pack, institution)))
    assert texts_in(doc, "Title") == [tricky]
    assert texts_in(doc, "Quote") == ["«\u00a0A < B & C\u00a0»"]
    assert texts_in(doc, "Attribution") == ["— M.\u00a0Mohamed Dkhissi, préfet de police"]
    assert doc.core_properties.title == tricky


def test_links_become_hyperlinks(release, pack, institution):
    body = release.body + (
        Block("paragraph", (Run("Voir "), Run("le site", href="https://www.example.ma/x?a=1&b=2"),
                            Run(" et "), Run("javascript", href="javascript:alert(1)"))),
        Block("heading", (Run("Intertitre"),), level=2),
        Block("bullet", items=((Run("un"),), (Run("deux", bold=True),))),
    )
    doc = Document(io.BytesIO(render_docx(dataclasses.replace(release, body=body),
                                          pack, institution)))
    targets = {r.target_ref for r in doc.part.rels.values() if r.reltype.endswith("/hyperlink")}
    assert "https://www.example.ma/x?a=1&b=2" in targets
    assert "mailto:presse@example.ma" in targets
    assert not any(t.startswith("javascript") for t in targets)
    assert texts_in(doc, "Heading 1") == ["Intertitre"]
    assert texts_in(doc, "List Bullet") == ["un", "deux"]


def copy_pack(pack, tmp_path, edit, institution=None):
    """A copy of the pack with its style source edited; with `institution`, a copy of the
    institution with its own style source (which wins over the pack's) edited instead."""
    folder = tmp_path / "communique"
    shutil.copytree(pack.folder, folder)
    owner = folder
    if institution is not None:
        owner = tmp_path / "institution"
        shutil.copytree(institution.folder, owner)
    source = Document(str(owner / pack.docx_styles))
    edit(source)
    source.save(str(owner / pack.docx_styles))
    copied = dataclasses.replace(pack, folder=folder)
    if institution is None:
        return copied
    return copied, dataclasses.replace(institution, folder=owner)


def test_style_source_missing_a_style_is_named(release, pack, institution, tmp_path):
    def drop_lead(source):
        source.styles["Lead"].delete()

    broken, own = copy_pack(pack, tmp_path, drop_lead, institution)
    with pytest.raises(RenderError, match="'Lead'"):
        render_docx(release, broken, own)


def test_style_source_without_page_field_is_refused(release, pack, institution, tmp_path):
    def drop_fields(source):
        footer = source.sections[0].footer._element
        for instr in list(footer.iter(qn("w:instrText"))):
            instr.text = ""

    broken, institution = copy_pack(pack, tmp_path, drop_fields, institution)
    with pytest.raises(RenderError, match="PAGE"):
        render_docx(release, broken, institution)


def test_first_page_footer_without_page_field_is_named(release, pack, institution, tmp_path):
    def drop_fields(source):
        footer = source.sections[0].first_page_footer._element
        for instr in list(footer.iter(qn("w:instrText"))):
            instr.text = ""

    broken, institution = copy_pack(pack, tmp_path, drop_fields, institution)
    with pytest.raises(RenderError, match="first-page footer .*PAGE"):
        render_docx(release, broken, institution)


def test_missing_style_source(release, pack, institution):
    broken = dataclasses.replace(pack, docx_styles="absent.docx")
    with pytest.raises(RenderError, match="absent.docx"):
        render_docx(release, broken, institution)


def test_generated_style_source_is_complete_and_reproducible(pack):
    data = style_source_bytes()
    assert data == style_source_bytes()
    source = Document(io.BytesIO(data))
    check_styles(source, pack.folder / pack.docx_styles)
    assert set(PARAGRAPH_STYLES) <= {s.name for s in source.styles}


def test_style_ids_are_those_of_each_style_source(release, pack, institution, tmp_path):
    # The writer remembers the style ids it looked up in a style source, for the next
    # release of the same source: another source (here with its own id for « Lead ») is
    # looked up afresh, and its lead keeps its style however many releases it renders.
    def rename_lead(source):
        source.styles["Lead"].style_id = "LeadOfTheInstitution"

    render_docx(release, pack, institution)
    own_pack, own = copy_pack(pack, tmp_path, rename_lead, institution)
    for _ in range(2):
        doc = Document(io.BytesIO(render_docx(release, own_pack, own)))
        assert texts_in(doc, "Lead") == [release.lead.text]
        assert doc.styles["Lead"].style_id == "LeadOfTheInstitution"
    doc = Document(io.BytesIO(render_docx(release, pack, institution)))
    assert texts_in(doc, "Lead") == [release.lead.text]
    assert doc.styles["Lead"].style_id != "LeadOfTheInstitution"
