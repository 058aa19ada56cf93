"""The DOCX writer: the release as an editable Word document in the pack's house style.

The look comes entirely from the pack's style source (`styles.docx`): its styles, page
setup, header and footer are kept, its body is replaced. Nothing here sets a font or a
colour; a style the source lacks is an error naming it, never a silent fallback to
Word's defaults. Values go in as text runs — no template engine runs on the DOCX — so
`&`, `<` or `{{` in a field are just characters.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm
from docx.text.paragraph import Paragraph
from docx.text.run import Run as DocxRun

from ..body import safe_href
from ..model import Block, Release, Run
from ..packs import Institution, Pack, render_context
from . import RenderError
from .ooxml import drop_last_printed, field_instructions, fixed_zip

PARAGRAPH_STYLES = ("Normal", "Title", "Subtitle", "Heading 1", "Heading 2", "Quote",
                    "List Bullet", "Lead", "Kicker", "Dateline", "Embargo", "Facts",
                    "Attribution", "EndMark", "Notes Heading", "People", "About", "Contact")
CHARACTER_STYLES = ("Hyperlink",)
# Placeholders of the style source's header and footer that must be there.
REQUIRED_MARKS = {"header": ("[EMBLEM]", "[INSTITUTION]"), "footer": ("[ADDRESS]",)}
LOCALES = {"fr": "fr-FR", "en": "en-GB", "ar": "ar-MA"}
EMBLEM_HEIGHT = Mm(17)


def render_docx(release: Release, pack: Pack, institution: Institution) -> bytes:
    """The release as DOCX bytes; equal input gives equal bytes."""
    context = render_context(release, pack, institution)
    source = pack.folder / pack.docx_styles
    doc = open_style_source(source)
    check_styles(doc, source)
    _clear_body(doc)
    locale = LOCALES.get(context["language"], context["language"])
    _set_language(doc, locale, rtl=context["dir"] == "rtl")
    _fill_header_footer(doc, context, institution, source)
    _write_body(doc, context)
    _set_core_properties(doc, context, release, locale)
    buffer = io.BytesIO()
    doc.save(buffer)
    return fixed_zip(buffer.getvalue(), release.date)


# --- style source -------------------------------------------------------------------

def open_style_source(path: Path):
    if not path.is_file():
        raise RenderError(f"{_name(path)}: the DOCX style source does not exist (make one "
                          "with `python -m communique.writers.docx_styles`).")
    try:
        return Document(str(path))
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as err:
        raise RenderError(f"{_name(path)}: not a readable DOCX style source ({err}).") from None


def check_styles(doc, source: Path) -> None:
    """Every style the writer uses must be defined by the style source, with its type."""
    defined = {(s.name, s.type) for s in doc.styles}
    missing = [n for n in PARAGRAPH_STYLES if (n, WD_STYLE_TYPE.PARAGRAPH) not in defined]
    missing += [n for n in CHARACTER_STYLES if (n, WD_STYLE_TYPE.CHARACTER) not in defined]
    if missing:
        names = ", ".join(f"'{n}'" for n in missing)
        plural = len(missing) > 1
        raise RenderError(f"{_name(source)}: the style source lacks the style{'s' * plural} "
                          f"{names}; add {'them' if plural else 'it'} in Word or "
                          "LibreOffice (Styles) and save the file again.")


def _clear_body(doc) -> None:
    body = doc.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)


def _set_language(doc, locale: str, rtl: bool) -> None:
    """The document language lives in the default run properties of styles.xml."""
    styles = doc.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles.insert(0, defaults)
    rpr_default = defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = OxmlElement("w:rPrDefault")
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        rpr_default.append(rpr)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), locale)
    lang.set(qn("w:eastAsia"), locale)
    if rtl:
        lang.set(qn("w:bidi"), locale)


# --- header and footer -------------------------------------------------------------------

def _fill_header_footer(doc, context: dict, institution: Institution, source: Path) -> None:
    inst = context["institution"]
    values = {"[INSTITUTION]": inst.get("name", ""),
              "[COUNTRY_LINE]": str(inst.get("country_line", "") or ""),
              "[ADDRESS]": str(inst.get("address", "") or ""),
              "[WEBSITE]": str(inst.get("website", "") or "")}
    emblem = _emblem_png(institution)
    seen: dict[str, set[str]] = {"header": set(), "footer": set()}
    page_field = False
    for section in doc.sections:
        for kind in ("header", "footer"):
            for part in _stories(section, kind):
                for p in _paragraphs(part):
                    found = _replace_marks(p, values, emblem)
                    seen[kind].update(found)
                if kind == "footer" and any(
                        i.split()[0].upper() == "PAGE"
                        for i in field_instructions(part._element)):
                    page_field = True
    for kind, marks in REQUIRED_MARKS.items():
        lost = [m for m in marks if m not in seen[kind]]
        if lost:
            raise RenderError(f"{_name(source)}: the {kind} of the style source lacks "
                              f"{', '.join(lost)}; put the placeholder back where the value "
                              "should appear.")
    if not page_field:
        raise RenderError(f"{_name(source)}: the footer of the style source has no PAGE "
                          "field; insert Page Number (and Page Count) in the footer.")


def _stories(section, kind: str):
    """The header or footer parts of a section that are in use (default, first, even)."""
    parts = [getattr(section, kind)]
    if section.different_first_page_header_footer:
        parts.append(getattr(section, f"first_page_{kind}"))
    if section.even_page_header.is_linked_to_previous is False:
        parts.append(getattr(section, f"even_page_{kind}"))
    return [p for p in parts if not p.is_linked_to_previous]


def _paragraphs(story):
    """Every paragraph of a header or footer, tables included."""
    return [Paragraph(p, story) for p in story._element.iter(qn("w:p"))]


def _replace_marks(paragraph: Paragraph, values: dict[str, str], emblem: Path) -> set[str]:
    """Replace [MARK]s in a paragraph even when Word split them over several runs."""
    found: set[str] = set()
    for mark in ("[EMBLEM]", *values):
        while True:
            texts = list(paragraph._p.iter(qn("w:t")))
            joined = "".join(t.text or "" for t in texts)
            start = joined.find(mark)
            if start < 0:
                break
            found.add(mark)
            end = start + len(mark)
            pos = 0
            first_t = None
            for t in texts:
                text = t.text or ""
                lo, hi = pos, pos + len(text)
                pos = hi
                if hi <= start or lo >= end:
                    continue
                keep_before = text[:max(0, start - lo)]
                keep_after = text[max(0, end - lo):] if hi > end else ""
                if first_t is None:
                    first_t = t
                    insert = "" if mark == "[EMBLEM]" else values[mark]
                    t.text = keep_before + insert + keep_after
                else:
                    t.text = keep_after
                t.set(qn("xml:space"), "preserve")
            if mark == "[EMBLEM]" and first_t is not None:
                DocxRun(first_t.getparent(), paragraph).add_picture(
                    str(emblem), height=EMBLEM_HEIGHT)
    return found


def _emblem_png(institution: Institution) -> Path:
    name = str(institution.values.get("emblem_png", "") or "")
    path = institution.folder / name
    if not name or not path.is_file():
        raise RenderError(f"{_name(institution.source)}: emblem_png "
                          f"{repr(name) if name else 'is not set'}"
                          f"{' does not exist' if name else ''}; the DOCX header needs a "
                          "PNG of the emblem next to institution.yaml.")
    return path


# --- body ---------------------------------------------------------------------------

def _write_body(doc, ctx: dict) -> None:
    labels = ctx["labels"]
    add = doc.add_paragraph
    add(labels["kicker"], style="Kicker")
    if ctx["dateline_text"]:
        add(ctx["dateline_text"], style="Dateline")
    if ctx["embargo"]:
        add(f"{labels['embargo']} {ctx['embargo_text']}", style="Embargo")
    add(ctx["headline"], style="Title")
    if ctx["subheadline"]:
        add(ctx["subheadline"], style="Subtitle")
    _facts(doc, ctx)
    if ctx["lead"] is not None:
        _runs(doc, add(style="Lead"), ctx["lead"].runs)
    for block in ctx["body"]:
        _block(doc, block)
    for quote in ctx["quotes"]:
        add(f"« {quote.text} »", style="Quote")
        if quote.by:
            add(f"— {_attribution(quote.by, ctx['people'])}", style="Attribution")
    add(labels["end"], style="EndMark")
    if ctx["people"]:
        add(labels["people"], style="Notes Heading")
        for person in ctx["people"]:
            p = add(style="People")
            p.add_run(person.display_name).bold = True
            if person.titles:
                p.add_run(", " + ", ".join(person.titles))
            if person.role:
                p.add_run(" — ")
                p.add_run(person.role).italic = True
    if ctx["boilerplate"]:
        add(ctx["institution"]["about"], style="Notes Heading")
        for para in ctx["boilerplate"].split("\n\n"):
            if para.strip():
                add(" ".join(para.split()), style="About")
    if ctx["contacts"]:
        add(labels["contact"], style="Notes Heading")
        phone = labels.get("phone", "Tél.")
        for contact in ctx["contacts"]:
            p = add(style="Contact")
            lines = []
            if contact.name:
                lines.append(("name", contact.name))
            if contact.role:
                lines.append(("role", contact.role))
            if contact.phone:
                lines.append(("phone", f"{phone}\u00a0: {contact.phone}"))
            if contact.email:
                lines.append(("email", contact.email))
            for i, (kind, text) in enumerate(lines):
                if i:
                    p.add_run().add_break()
                if kind == "email":
                    _hyperlink(p, f"mailto:{text}", [Run(text)])
                else:
                    p.add_run(text).bold = kind == "name"


def _facts(doc, ctx: dict) -> None:
    labels, venue = ctx["labels"], ctx["venue"]
    p = doc.add_paragraph(style="Facts")
    p.add_run(f"{labels.get('venue', 'Lieu')}\u00a0: ").bold = True
    place = ", ".join(x for x in (venue.event, venue.address, venue.city) if x)
    if venue.country:
        place += f" ({venue.country})"
    p.add_run(place)
    if ctx["event_date_text"]:
        p.add_run("\t\t")
        p.add_run(f"{labels.get('event_date', 'Date')}\u00a0: ").bold = True
        p.add_run(ctx["event_date_text"])


def _block(doc, block: Block) -> None:
    if block.kind == "heading":
        _runs(doc, doc.add_paragraph(style="Heading 1" if block.level <= 2 else "Heading 2"),
              block.runs)
    elif block.kind == "bullet":
        for item in block.items:
            _runs(doc, doc.add_paragraph(style="List Bullet"), item)
    elif block.kind == "quote":
        _runs(doc, doc.add_paragraph(style="Quote"), block.runs)
    else:
        _runs(doc, doc.add_paragraph(style="Normal"), block.runs)


def _runs(doc, paragraph: Paragraph, runs: tuple[Run, ...]) -> None:
    for run in runs:
        href = safe_href(run.href)
        if href:
            _hyperlink(paragraph, href, [run])
        else:
            r = paragraph.add_run(run.text)
            r.bold = run.bold or None
            r.italic = run.italic or None


def _hyperlink(paragraph: Paragraph, href: str, runs: list[Run]) -> None:
    """A real Word hyperlink (external relationship) around text runs."""
    rel_id = paragraph.part.relate_to(href, RT.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rel_id)
    for run in runs:
        r = OxmlElement("w:r")
        link.append(r)
        wrapped = DocxRun(r, paragraph)
        wrapped.text = run.text
        wrapped.style = "Hyperlink"
        if run.bold:
            wrapped.bold = True
        if run.italic:
            wrapped.italic = True
    paragraph._p.append(link)


def _attribution(by: str, people) -> str:
    for person in people:
        if by in (person.name, person.display_name):
            return ", ".join([person.display_name, *person.titles[:1]])
    return by


# --- metadata -----------------------------------------------------------------------

def _set_core_properties(doc, ctx: dict, release: Release, locale: str) -> None:
    props = doc.core_properties
    props.title = ctx["headline"]
    props.subject = ctx["subheadline"] or ctx["labels"].get("kicker", "")
    props.author = ctx["institution"]["name"]
    props.last_modified_by = ctx["institution"]["name"]
    props.language = locale
    props.keywords = ", ".join(x for x in (ctx["labels"].get("kicker", ""),
                                            ctx["venue"].event, ctx["venue"].city) if x)
    props.category = ctx["labels"].get("kicker", "")
    props.comments = ""
    props.revision = 1
    props.content_status = release.status
    props.identifier = release.slug
    stamp = dt.datetime.combine(release.date or dt.date(2000, 1, 1), dt.time())
    props.created = props.modified = stamp
    drop_last_printed(props)


def _name(path: Path) -> str:
    parts = path.parts
    if "templates" in parts:
        return str(Path(*parts[len(parts) - 1 - parts[::-1].index("templates"):]))
    return str(path)
