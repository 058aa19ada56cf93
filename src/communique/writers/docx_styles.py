"""Generate a DOCX style source (`templates/<pack>/styles.docx`, or an institution's own
`templates/institutions/<id>/styles.docx` in its colours and fonts).

The DOCX writer takes its whole look from that file — styles, page setup, header and
footer — so staff can restyle it in Word or LibreOffice. This module only makes the first
version reproducibly:

    python -m communique.writers.docx_styles templates/communique/styles.docx
    python -m communique.writers.docx_styles --institution templates/institutions/dgsn

One style source holds the styles of every pack (a pack uses those its layout needs).
Arabic text takes the complex-script font and sizes (w:cs, w:szCs, w:bCs, w:iCs).

The first page has the full letterhead (emblem, country line, institution) as its own
header, as the PDF does; the following pages have none, as in the PDF. Headers and
footers carry placeholders the writer fills in: [EMBLEM], [INSTITUTION], [COUNTRY_LINE],
[ADDRESS], [WEBSITE]; the footers carry PAGE / NUMPAGES fields. Pagination is part of
the styles: headings keep with what follows, a contact or a person is never split over
two pages, widow and orphan control is on, and Word hyphenates automatically (settings)
where the PDF does (not titles, lead, facts), with the PDF's leading.
"""

from __future__ import annotations

import datetime as dt
import io
import sys
from copy import deepcopy
from dataclasses import dataclass
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from .docx_package import drop_stale_parts, set_app_properties
from .ooxml import (
    RPR_ORDER,
    add_field,
    drop_last_printed,
    fixed_zip,
    insert_in_order,
    insert_ppr_child,
)

TEXT = "1A1A1A"
GREY = "444444"
# A fixed date keeps the generated file byte-identical from run to run.
GENERATED = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)



@dataclass(frozen=True)
class Theme:
    """Colours (rrggbb) and fonts a style source is generated with."""

    primary: str = "1F2937"
    accent: str = "8A6D1F"
    serif: str = "Noto Serif"
    sans: str = "Noto Sans"
    arabic: str = "Noto Naskh Arabic"


NEUTRAL = Theme()


def theme_from_institution(values: dict) -> Theme:
    """The Theme of an institution.yaml (colors: primary/accent, fonts: serif/sans/arabic)."""
    colors = values.get("colors", {}) if isinstance(values.get("colors"), dict) else {}
    fonts = values.get("fonts", {}) if isinstance(values.get("fonts"), dict) else {}
    base = NEUTRAL
    return Theme(primary=str(colors.get("primary", "#" + base.primary)).lstrip("#").upper(),
                 accent=str(colors.get("accent", "#" + base.accent)).lstrip("#").upper(),
                 serif=str(fonts.get("serif", base.serif)), sans=str(fonts.get("sans", base.sans)),
                 arabic=str(fonts.get("arabic", base.arabic)))


PARAGRAPH = WD_STYLE_TYPE.PARAGRAPH


def _styles(theme: Theme) -> dict:
    PRIMARY, ACCENT, SERIF, SANS = theme.primary, theme.accent, theme.serif, theme.sans
    return {
        "Normal": dict(font=SERIF, size=10.5, color=TEXT, after=6, line=1.45,
                       align=WD_ALIGN_PARAGRAPH.JUSTIFY, widow_control=True),
        "Title": dict(based_on="Normal", font=SANS, size=19, bold=True, color=PRIMARY,
                      before=4, after=4, line=1.25, align=WD_ALIGN_PARAGRAPH.LEFT,
                      keep_next=True, outline=0, no_hyphens=True),
        "Subtitle": dict(based_on="Normal", font=SANS, size=11.5, color="333333", after=8,
                         align=WD_ALIGN_PARAGRAPH.LEFT, keep_next=True, no_hyphens=True),
        "Heading 1": dict(based_on="Normal", font=SANS, size=12, bold=True, color=PRIMARY,
                          before=12, after=4, align=WD_ALIGN_PARAGRAPH.LEFT, keep_next=True,
                          outline=1),
        "Heading 2": dict(based_on="Normal", font=SANS, size=11, bold=True, color=PRIMARY,
                          before=10, after=3, align=WD_ALIGN_PARAGRAPH.LEFT, keep_next=True,
                          outline=2),
        "Quote": dict(based_on="Normal", italic=True, color="333333", left=1.0, before=4,
                      after=2, border_left=ACCENT, keep_lines=True),
        "List Bullet": dict(based_on="Normal", after=3, align=WD_ALIGN_PARAGRAPH.LEFT),
        # Single line spacing, not exact: the emblem's picture sits in a Header paragraph.
        "Header": dict(based_on="Normal", font=SANS, size=8.5, color=GREY, after=0, line=1.0,
                       auto_leading=True,
                       align=WD_ALIGN_PARAGRAPH.LEFT),
        "Footer": dict(based_on="Normal", font=SANS, size=7.5, color=GREY, after=0, line=1.35,
                       align=WD_ALIGN_PARAGRAPH.LEFT),
        # Custom styles of the communiqué.
        "Lead": dict(based_on="Normal", bold=True, size=11, after=8,
                     align=WD_ALIGN_PARAGRAPH.LEFT, no_hyphens=True),
        # A box around the words, as in the PDF, not a band across the page: the shading
        # is on the text (the runs), not on the paragraph.
        "Kicker": dict(based_on="Normal", font=SANS, size=11, bold=True, color="FFFFFF",
                       run_shading=PRIMARY, before=14, after=6, line=1.0,
                       align=WD_ALIGN_PARAGRAPH.LEFT, keep_next=True),
        "Dateline": dict(based_on="Normal", italic=True, color="333333", after=10,
                         align=WD_ALIGN_PARAGRAPH.RIGHT, keep_next=True),
        "Embargo": dict(based_on="Normal", font=SANS, bold=True, color="8B1A1A", after=8,
                        align=WD_ALIGN_PARAGRAPH.LEFT, border_box="8B1A1A"),
        "Facts": dict(based_on="Normal", font=SANS, size=9, color="333333", before=2, after=10,
                      align=WD_ALIGN_PARAGRAPH.LEFT, border_top="BBBBBB",
                      border_bottom="BBBBBB", no_hyphens=True),
        "Attribution": dict(based_on="Normal", font=SANS, size=9, color="333333", left=1.6,
                            after=8, align=WD_ALIGN_PARAGRAPH.LEFT, keep_lines=True),
        "EndMark": dict(based_on="Normal", bold=True, color=PRIMARY, before=14, after=16,
                        align=WD_ALIGN_PARAGRAPH.CENTER, keep_lines=True),
        "Notes Heading": dict(based_on="Normal", font=SANS, size=10, bold=True, caps=True,
                              color=PRIMARY, before=10, after=4, align=WD_ALIGN_PARAGRAPH.LEFT,
                              keep_next=True, border_bottom=ACCENT, outline=1),
        # Bulleted as the PDF's list (the numbering of List Bullet); a person is never
        # split over two pages (the writer keeps the list's ends together).
        "People": dict(based_on="Normal", size=9.5, after=3, left=0.5, hanging=0.5,
                       align=WD_ALIGN_PARAGRAPH.LEFT, keep_lines=True,
                       bullets_of="List Bullet"),
        "About": dict(based_on="Normal", size=9.5, after=4, align=WD_ALIGN_PARAGRAPH.LEFT,
                      keep_lines=True),
        # One paragraph per contact (name, role, phone, e-mail): never split over pages.
        "Contact": dict(based_on="Normal", size=9.5, after=4, align=WD_ALIGN_PARAGRAPH.LEFT,
                        keep_lines=True),
        "Letterhead Country": dict(based_on="Header", font=SANS, size=8.5, line=1.3, caps=True,
                                   color="555555", after=0),
        "Letterhead Institution": dict(based_on="Header", font=SANS, size=13, line=1.2, bold=True,
                                       color=PRIMARY, after=0),
        # The media advisory's practical details and programme; the statement's signature.
        "Event Detail": dict(based_on="Normal", font=SANS, size=10, after=3,
                             align=WD_ALIGN_PARAGRAPH.LEFT, keep_next=True, keep_lines=True),
        "Programme": dict(based_on="Normal", size=10, after=2, left=2.2, hanging=2.2,
                          align=WD_ALIGN_PARAGRAPH.LEFT, keep_lines=True),
        "Signature": dict(based_on="Normal", font=SANS, size=10, color=PRIMARY, before=10,
                          after=10, align=WD_ALIGN_PARAGRAPH.RIGHT, keep_next=True,
                          no_hyphens=True),
    }


# Character styles: the dateline beside the kicker, on the kicker's line (a run of the
# Kicker paragraph that must not take the kicker's white-on-colour box).
def _character_styles(theme: Theme) -> dict:
    return {"Dateline Char": dict(font=theme.serif, size=10.5, bold=False, italic=True,
                                  color="333333", no_shading=True)}


_THEME_ATTRS = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")


def make_style_source(path: Path, theme: Theme = NEUTRAL) -> Path:
    """Write a fresh style source in `theme`'s colours and fonts to `path`; return it."""
    path = Path(path)
    path.write_bytes(style_source_bytes(theme))
    return path


def style_source_bytes(theme: Theme = NEUTRAL) -> bytes:
    doc = Document()
    _page_setup(doc)
    _settings(doc)
    _defaults(doc, theme)
    specs = _styles(theme)
    for name, spec in specs.items():
        _define(doc, name, spec, theme, specs)
    _hyperlink_style(doc, theme)
    for name, spec in _character_styles(theme).items():
        _define_character(doc, name, spec, theme)
    _header(doc, theme)
    _footer(doc)
    _sample_body(doc)
    props = doc.core_properties
    props.title = "Communiqué de presse — source des styles"
    props.subject = "Styles, en-tête et pied de page des communiqués"
    props.author = "communique"
    props.last_modified_by = "communique"
    props.comments = ("Modifiez les styles, l’en-tête et le pied de page ici ; gardez les "
                      "repères [EMBLEM], [INSTITUTION], [ADDRESS], les champs PAGE/NUMPAGES. "
                      "1re page : en-tête propre.")
    props.keywords = ""
    props.category = ""
    props.revision = 1
    props.language = "fr-FR"
    props.created = props.modified = GENERATED.replace(tzinfo=None)
    drop_last_printed(props)
    drop_stale_parts(doc)
    set_app_properties(doc)
    buffer = io.BytesIO()
    doc.save(buffer)
    return fixed_zip(buffer.getvalue(), GENERATED.date())


def _page_setup(doc) -> None:
    """A4; the top margin leaves room for the letterhead's emblem. The first
    page's letterhead is taller: Word and LibreOffice move the text down below it."""
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin, section.right_margin = Cm(2.2), Cm(2.0)
    section.top_margin, section.bottom_margin = Cm(2.6), Cm(2.4)
    section.header_distance, section.footer_distance = Cm(1.2), Cm(1.0)
    section.different_first_page_header_footer = True


def _settings(doc) -> None:
    """Automatic hyphenation, as the PDF hyphenates its justified text (Word: Layout ›
    Hyphenation); words in capitals are not cut."""
    settings = doc.settings.element
    # Schema order: both come right after w:defaultTabStop.
    after = settings.find(qn("w:defaultTabStop"))
    for tag in ("w:autoHyphenation", "w:doNotHyphenateCaps"):
        element = settings.find(qn(tag))
        if element is None:
            element = OxmlElement(tag)
            if after is None:
                settings.append(element)
            else:
                after.addnext(element)
        after = element


def _defaults(doc, theme: Theme) -> None:
    """Explicit fonts and French as the default language, instead of theme fonts."""
    rpr = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    fonts = rpr.find(qn("w:rFonts"))
    _set_fonts(fonts, theme.serif, theme.arabic)
    lang = rpr.find(qn("w:lang"))
    lang.set(qn("w:val"), "fr-FR")
    lang.set(qn("w:eastAsia"), "fr-FR")
    lang.set(qn("w:bidi"), "ar-MA")


def _set_fonts(fonts, name: str, complex_script: str) -> None:
    """Latin text in `name`; Arabic (complex script, w:cs) in `complex_script`."""
    for attr in _THEME_ATTRS:
        fonts.attrib.pop(qn(attr), None)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        fonts.set(qn(attr), name)
    fonts.set(qn("w:cs"), complex_script)


def _complex_script(rpr, spec: dict) -> None:
    """Arabic runs read w:szCs, w:bCs and w:iCs, not w:sz, w:b and w:i: mirror them."""
    for key, tag in (("bold", "w:bCs"), ("italic", "w:iCs")):
        if key in spec:
            element = OxmlElement(tag)
            if not spec[key]:
                element.set(qn("w:val"), "0")
            twin = rpr.find(qn(tag[:-2]))
            twin.addnext(element)
    if "size" in spec:
        element = OxmlElement("w:szCs")
        element.set(qn("w:val"), str(round(spec["size"] * 2)))
        rpr.find(qn("w:sz")).addnext(element)


def _inherited(specs: dict, name: str, key: str):
    """A style's value for `key`, or the one of the style it is based on."""
    while key not in specs[name]:
        name = specs[name].get("based_on", "Normal")
    return specs[name][key]


def _define(doc, name: str, spec: dict, theme: Theme = NEUTRAL, specs=None) -> None:
    specs = specs or _styles(theme)
    styles = doc.styles
    if name in [s.name for s in styles]:
        style = styles[name]
        # Start from a clean slate: the default template's theme fonts and colours
        # would otherwise win over what is set here.
        for tag in ("w:rPr", "w:pPr"):
            old = style.element.find(qn(tag))
            if old is not None and not (name == "List Bullet" and tag == "w:pPr"):
                style.element.remove(old)
    else:
        style = styles.add_style(name, PARAGRAPH)
        style.quick_style = True
    if spec.get("based_on") and name != "Normal":
        style.base_style = styles[spec["based_on"]]
    style.next_paragraph_style = styles["Normal"]
    font = style.font
    if "font" in spec:
        _set_fonts(style.element.get_or_add_rPr().get_or_add_rFonts(), spec["font"],
                   theme.arabic)
    if "size" in spec:
        font.size = Pt(spec["size"])
    if "bold" in spec:
        font.bold = spec["bold"]
    if "italic" in spec:
        font.italic = spec["italic"]
    if spec.get("caps"):
        font.all_caps = True
    if "color" in spec:
        font.color.rgb = RGBColor.from_string(spec["color"])
    _complex_script(style.element.get_or_add_rPr(), spec)
    fmt = style.paragraph_format
    if "align" in spec:
        fmt.alignment = spec["align"]
    if "before" in spec:
        fmt.space_before = Pt(spec["before"])
    if "after" in spec:
        fmt.space_after = Pt(spec["after"])
    if spec.get("auto_leading"):
        fmt.line_spacing = spec["line"]
    elif "line" in spec or "size" in spec:
        # The PDF's leading: CSS line-height is a multiple of the font size, not of the
        # font's own line height (Arabic fonts are much taller than Latin ones), so the
        # spacing is exact, in points, for every style with its own size or leading.
        fmt.line_spacing = Pt(round(_inherited(specs, name, "line") *
                                    _inherited(specs, name, "size") * 2) / 2)
    if "left" in spec:
        fmt.left_indent = Cm(spec["left"])
    if "hanging" in spec:
        fmt.first_line_indent = Cm(-spec["hanging"])
    if spec.get("keep_next"):
        fmt.keep_with_next = True
    if spec.get("keep_lines"):
        fmt.keep_together = True
    if "widow_control" in spec:
        fmt.widow_control = spec["widow_control"]
    ppr = style.element.get_or_add_pPr()
    borders = {side: spec[f"border_{side}"] for side in ("top", "bottom", "left")
               if f"border_{side}" in spec}
    if "border_box" in spec:
        borders = dict.fromkeys(("top", "left", "bottom", "right"), spec["border_box"])
    if borders:
        pbdr = OxmlElement("w:pBdr")
        for side in ("top", "left", "bottom", "right"):
            if side in borders:
                edge = OxmlElement(f"w:{side}")
                edge.set(qn("w:val"), "single")
                edge.set(qn("w:sz"), "12" if side == "left" else "4")
                edge.set(qn("w:space"), "4")
                edge.set(qn("w:color"), borders[side])
                pbdr.append(edge)
        insert_ppr_child(ppr, pbdr)
    if "shading" in spec:
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), spec["shading"])
        insert_ppr_child(ppr, shd)
    if "run_shading" in spec:
        _run_box(style.element.get_or_add_rPr(), spec["run_shading"])
    if spec.get("no_hyphens"):
        insert_ppr_child(ppr, OxmlElement("w:suppressAutoHyphens"))
    if "bullets_of" in spec:
        numbering = styles[spec["bullets_of"]].element.pPr.find(qn("w:numPr"))
        insert_ppr_child(ppr, deepcopy(numbering))
    if "outline" in spec:
        level = OxmlElement("w:outlineLvl")
        level.set(qn("w:val"), str(spec["outline"]))
        insert_ppr_child(ppr, level)


def _define_character(doc, name: str, spec: dict, theme: Theme) -> None:
    style = doc.styles.add_style(name, WD_STYLE_TYPE.CHARACTER)
    style.quick_style = True
    _set_fonts(style.element.get_or_add_rPr().get_or_add_rFonts(), spec["font"], theme.arabic)
    style.font.size = Pt(spec["size"])
    style.font.bold = spec["bold"]
    style.font.italic = spec["italic"]
    style.font.color.rgb = RGBColor.from_string(spec["color"])
    rpr = style.element.get_or_add_rPr()
    _complex_script(rpr, spec)
    if spec.get("no_shading"):
        # The page's white: "nil" or an "auto" fill lets LibreOffice paint the kicker's.
        _run_box(rpr, "FFFFFF")


def _run_box(rpr, fill: str) -> None:
    """Shade the text itself (a box around the words), not the paragraph (a band across
    the page). A run border of the same colour would pad it, but LibreOffice draws it over
    the last letter: the writer pads the words with a no-break space instead."""
    shd = OxmlElement("w:shd")
    for key, value in (("w:val", "clear"), ("w:color", "auto"), ("w:fill", fill)):
        shd.set(qn(key), value)
    insert_in_order(rpr, shd, RPR_ORDER)


def _hyperlink_style(doc, theme: Theme) -> None:
    if "Hyperlink" in [s.name for s in doc.styles]:
        return
    style = doc.styles.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER)
    style.font.color.rgb = RGBColor.from_string(theme.primary)
    style.font.underline = True
    style.unhide_when_used = True


def _header(doc, theme: Theme) -> None:
    """First page: the letterhead, emblem beside the country line and the institution's
    name, over a rule in the accent colour. Following pages: an empty header."""
    section = doc.sections[0]
    first = section.first_page_header
    first.is_linked_to_previous = False
    placeholder = first.paragraphs[0]
    table = first.add_table(1, 2, Cm(16.8))
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    left, right = table.rows[0].cells
    # Word reads the cell widths, LibreOffice the grid: set both, with a fixed layout.
    table.columns[0].width, table.columns[1].width = Cm(2.2), Cm(14.6)
    left.width, right.width = Cm(2.2), Cm(14.6)
    # `autofit = False` above already wrote the fixed w:tblLayout, in its schema place.
    left.paragraphs[0].style = doc.styles["Header"]
    left.paragraphs[0].add_run("[EMBLEM]")
    right.paragraphs[0].style = doc.styles["Letterhead Country"]
    right.paragraphs[0].add_run("[COUNTRY_LINE]")
    name = right.add_paragraph("[INSTITUTION]", style=doc.styles["Letterhead Institution"])
    name.paragraph_format.space_after = Pt(0)
    right.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    left.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    # The rule under the letterhead: a bordered empty paragraph after the table.
    first._element.remove(placeholder._p)
    rule = first.add_paragraph(style=doc.styles["Header"])
    pbdr = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"),
                       ("w:color", theme.accent)):
        bottom.set(qn(key), value)
    pbdr.append(bottom)
    insert_ppr_child(rule._p.get_or_add_pPr(), pbdr)
    rule.paragraph_format.space_after = Pt(10)

    # The pages after the first have no running header, as in the PDF: an empty one, so
    # that they do not inherit the letterhead.
    running = section.header
    running.is_linked_to_previous = False
    running.paragraphs[0].style = doc.styles["Header"]


def _footer(doc) -> None:
    """The same footer on every page: institution and page « 1/2 », then the address."""
    section = doc.sections[0]
    for footer in (section.first_page_footer, section.footer):
        footer.is_linked_to_previous = False
        first = footer.paragraphs[0]
        first.style = doc.styles["Footer"]
        first.paragraph_format.tab_stops.add_tab_stop(Cm(16.8), WD_TAB_ALIGNMENT.RIGHT)
        name = first.add_run("[INSTITUTION]")
        name.bold = True
        first.add_run("\t")
        add_field(first, "PAGE")
        first.add_run("/")
        add_field(first, "NUMPAGES")
        footer.add_paragraph("[ADDRESS]  ·  [WEBSITE]", style=doc.styles["Footer"])


def _sample_body(doc) -> None:
    """One paragraph per style, so staff see every style when they open the file.

    The writer clears the body; only the styles, page setup, header and footer are used.
    """
    body = doc.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    samples = [
        ("Kicker", "COMMUNIQUÉ DE PRESSE"),
        ("Dateline", "Rabat, le 7 novembre 2024 (style Dateline; beside the kicker, "
                     "character style Dateline Char)"),
        ("Embargo", "Sous embargo jusqu’au 7 novembre 2024 à 18\u00a0h\u00a000"),
        ("Title", "Titre du communiqué (style Title)"),
        ("Subtitle", "Sous-titre (style Subtitle)"),
        ("Facts", "Lieu : événement, ville (pays)    Date : 7 novembre 2024"),
        ("Lead", "Chapô : le premier paragraphe, qui résume l’information (style Lead)."),
        ("Normal", "Corps du texte (style Normal)."),
        ("Heading 1", "Intertitre (style Heading 1)"),
        ("Heading 2", "Intertitre de second niveau (style Heading 2)"),
        ("List Bullet", "Élément de liste (style List Bullet)"),
        ("Quote", "« Citation » (style Quote)"),
        ("Attribution", "— Nom, titre (style Attribution)"),
        ("EndMark", "– FIN –"),
        ("Notes Heading", "Personnalités citées (style Notes Heading)"),
        ("People", "M. Nom, titres officiels (style People)"),
        ("About", "À propos : présentation de l’institution (style About)."),
        ("Contact", "Contact presse (style Contact)"),
        ("Event Detail", "Date : 7 novembre 2024 (style Event Detail, note aux rédactions)"),
        ("Programme", "10 h 30\tAccueil des invités (style Programme)"),
        ("Signature", "M. Nom, titre (style Signature, déclaration)"),
    ]
    for style, text in samples:
        doc.add_paragraph(text, style=doc.styles[style])


def main(argv: list[str]) -> int:  # pragma: no cover - a maintenance command
    if argv[:1] == ["--institution"] and len(argv) == 2:
        from ..read.safe_yaml import read_yaml

        folder = Path(argv[1])
        values, _ = read_yaml((folder / "institution.yaml").read_text(encoding="utf-8"),
                              str(folder / "institution.yaml"))
        print(make_style_source(folder / "styles.docx", theme_from_institution(values)))
        return 0
    target = Path(argv[0] if argv else "templates/communique/styles.docx")
    print(make_style_source(target))
    return 0


if __name__ == "__main__":  # pragma: no cover - a maintenance command
    sys.exit(main(sys.argv[1:]))
