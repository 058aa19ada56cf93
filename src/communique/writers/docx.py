"""The DOCX writer: the release as an editable Word document in the pack's house style.

The look comes entirely from the style source: the institution's `styles.docx` when its
folder has one, else the pack's. Its styles, page setup, header and footer are kept, its
body is replaced. Nothing here sets a font or a colour; a style the source lacks is an
error naming it, never a silent fallback to Word's defaults. Values go in as text runs —
no template engine runs on the DOCX — so `&`, `<` or `{{` in a field are just characters.

What the body holds, and in which order, is the pack's `outputs.docx_layout` (data); each
name there is drawn by one function below, with the pack's labels in the release's
language. Arabic is written right to left: bidi paragraphs and section, right-to-left
runs for Arabic text (Latin names stay left-to-right runs inside them), complex-script
bold and italic.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm
from docx.text.paragraph import Paragraph
from docx.text.run import Run as DocxRun

from ..model import Block, Release, Run
from ..packs.date_format import format_long_date, format_time
from ..packs.images import image_problem
from ..packs.manifest import Institution, Pack, pack_relative
from ..packs.render_context import render_context
from ..read.body import safe_href
from . import RenderError
from .docx_guard import UnsafeDocx, check_style_source
from .docx_package import build_time, drop_stale_parts, set_app_properties
from .docx_record import BuildRecord, FieldMarks, add_record
from .docx_trim import drop_unused_table_styles
from .ooxml import (
    RPR_ORDER,
    drop_last_printed,
    field_instructions,
    fixed_zip,
    insert_in_order,
    insert_ppr_child,
)
from .style_names import CHARACTER_STYLES, SECTION_STYLES, style_source

# Placeholders of the style source's header and footer that must be there.
REQUIRED_MARKS = {"header": ("[EMBLEM]", "[INSTITUTION]"), "footer": ("[ADDRESS]",)}
LOCALES = {"fr": "fr-FR", "en": "en-GB", "ar": "ar-MA"}
EMBLEM_HEIGHT = Mm(17)


def render_docx(release: Release, pack: Pack, institution: Institution) -> bytes:
    """The release as DOCX bytes; equal input gives equal bytes."""
    context = render_context(release, pack, institution)
    context["_manifest"] = pack_relative(pack, str(pack.manifest))
    context["_marks"] = FieldMarks()
    context["_release"] = release
    source = style_source(pack, institution)
    doc, style_ids = _base_document(source, (pack.folder, institution.folder),
                                    tuple(pack.docx_layout))
    _remember_style_ids(doc, style_ids)
    _clear_body(doc)
    locale = LOCALES.get(context["language"], context["language"])
    rtl = context["dir"] == "rtl"
    _set_language(doc, locale, rtl=rtl)
    _fill_header_footer(doc, context, institution, source)
    add_notices(doc, context)
    layout = list(pack.docx_layout)
    for i, section in enumerate(layout):
        if section == "dateline" and i and layout[i - 1] == "kicker":
            continue  # written beside the kicker, on its line
        if section == "kicker" and layout[i + 1:i + 2] == ["dateline"]:
            _masthead(doc, context)
        else:
            SECTIONS[section](doc, context)
    if rtl:
        _make_right_to_left(doc)
    add_record(doc, BuildRecord(release.source.name, release.slug, context["language"],
                                release.source_sha256, tuple(context["_marks"].fields)))
    stamp = build_time(release.date)
    _set_core_properties(doc, context, release, locale, stamp)
    drop_stale_parts(doc)
    set_app_properties(doc, context["institution"]["name"])
    buffer = io.BytesIO()
    doc.save(buffer)
    return fixed_zip(buffer.getvalue(), stamp)


# --- style source -------------------------------------------------------------------

# Style sources already checked and parsed, by file identity: a render worker writes many
# releases of the same pack, and the guard, the parse and the style check were a third of
# each DOCX's time. Each render takes its own deep copy; a changed file is a new key.
# With each, the style ids its style names were found to have (see _remember_style_ids):
# every copy has the same styles, and the writer adds or renames none.
_BASES: dict[tuple, tuple[object, dict]] = {}
_MAX_BASES = 8


def _base_document(source: Path, roots: tuple[Path, ...], layout: tuple[str, ...]):
    """A fresh copy of the style source, checked safe and complete for `layout`, and the
    style ids already looked up in that source (filled as the writer looks more up)."""
    import copy

    try:
        info = source.stat()
        key = (str(source.resolve()), info.st_mtime_ns, info.st_size, info.st_ino,
               tuple(str(r) for r in roots), layout)
    except (OSError, RuntimeError):
        key = None  # open_style_source says what is wrong with it
    if key is None or key not in _BASES:
        doc = open_style_source(source, roots)
        check_styles(doc, source, layout)
        drop_unused_table_styles(doc)
        if key is None:
            return doc, {}
        if len(_BASES) >= _MAX_BASES:
            _BASES.clear()
        _BASES[key] = (doc, {})
    base, style_ids = _BASES[key]
    return copy.deepcopy(base), style_ids


def open_style_source(path: Path, roots: tuple[Path, ...] = ()):
    """The style source, opened only after `docx_guard` found it safe (see there why).

    `roots`: the folders it must really be in (the pack's, the institution's).
    """
    if not path.is_file():
        raise RenderError(f"{_name(path)}: the DOCX style source does not exist (make one "
                          "with `python -m communique.writers.docx_styles`).")
    try:
        data = check_style_source(path, roots)
    except UnsafeDocx as err:
        raise RenderError(f"{_name(path)}: the DOCX style source is refused: "
                          f"{err.reason}") from None
    try:
        return Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as err:
        raise RenderError(f"{_name(path)}: not a readable DOCX style source ({err}).") from None


def _remember_style_ids(doc, known: dict) -> None:
    """Look each style name up once per style source, and the default style once per type.

    python-docx finds the style of every paragraph and run it styles by scanning all the
    document's styles for the default one: 40 % of this writer's time. The styles do not
    change while the body is written, and every copy of one style source has the same:
    `known` ((name, type) → style id, None for the type's default) is that source's, kept
    with it, so a worker looks a name up once for all its releases. Same answers as
    python-docx's own lookup (Styles.get_style_id), which still reports any misuse.
    """
    lookup, styles = doc.part.get_style_id, doc.styles
    defaults: dict[object, object] = {}

    def get_style_id(style_or_name, style_type):
        if not isinstance(style_or_name, str):
            return lookup(style_or_name, style_type)
        key = (style_or_name, style_type)
        if key not in known:
            try:
                style = styles[style_or_name]
            except KeyError:
                return lookup(style_or_name, style_type)
            if style.type != style_type:
                return lookup(style_or_name, style_type)
            if style_type not in defaults:
                defaults[style_type] = styles.default(style_type)
            known[key] = None if style == defaults[style_type] else style.style_id
        return known[key]

    doc.part.get_style_id = get_style_id


def check_styles(doc, source: Path, layout=tuple(SECTION_STYLES)) -> None:
    """Every style the layout uses must be defined by the style source, with its type."""
    defined = {(s.name, s.type) for s in doc.styles}
    needed = dict.fromkeys(["Normal", *(n for part in layout for n in SECTION_STYLES[part])])
    missing = [n for n in needed if (n, WD_STYLE_TYPE.PARAGRAPH) not in defined]
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
    values = {"[INSTITUTION]": inst["name"], "[COUNTRY_LINE]": inst["country_line"],
              "[ADDRESS]": inst["address"], "[WEBSITE]": str(inst.get("website", "") or "")}
    emblem = _emblem_png(institution)
    seen: dict[str, set[str]] = {"header": set(), "footer": set()}
    # Every footer in use (first page, following pages) numbers its page.
    unnumbered: list[str] = []
    for section in doc.sections:
        for kind in ("header", "footer"):
            for part in _stories(section, kind):
                for p in _paragraphs(part):
                    found = _replace_marks(p, values, emblem)
                    seen[kind].update(found)
                if kind == "footer" and not any(
                        i.split()[0].upper() == "PAGE"
                        for i in field_instructions(part._element)):
                    unnumbered.append(_story_name(section, part))
    for kind, marks in REQUIRED_MARKS.items():
        lost = [m for m in marks if m not in seen[kind]]
        if lost:
            raise RenderError(f"{_name(source)}: the {kind} of the style source lacks "
                              f"{', '.join(lost)}; put the placeholder back where the value "
                              "should appear.")
    if unnumbered or not seen["footer"]:
        which = " and ".join(dict.fromkeys(unnumbered)) or "footer"
        raise RenderError(f"{_name(source)}: the {which} of the style source has no PAGE "
                          "field; insert Page Number (and Page Count) in the footer.")


def add_notices(doc, context: dict) -> None:
    """The draft mark in every header in use (so on every page), and a correction's notice
    (« RECTIFICATIF … ») as the first paragraph; both come from the pack's labels."""
    mark = context.get("draft_mark", "")
    if mark:
        for section in doc.sections:
            for part in _stories(section, "header"):
                paragraph = part.add_paragraph()
                paragraph.alignment = 1  # centred
                run = paragraph.add_run(mark)
                run.bold = True
    notice = context.get("correction_text", "")
    if notice:
        doc.add_paragraph(notice, style="Embargo" if _has_style(doc, "Embargo") else None)


def _has_style(doc, name: str) -> bool:
    return any(style.name == name for style in doc.styles)


def _story_name(section, part) -> str:
    if section.different_first_page_header_footer and \
            part.part is section.first_page_footer.part:
        return "first-page footer"
    if part.part is section.even_page_footer.part:
        return "even-page footer"
    return "footer"


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
    if not path.resolve().is_relative_to(institution.folder.resolve()):
        raise RenderError(f"{_name(institution.source)}: emblem_png '{name}' is outside the "
                          "institution's folder; put the PNG next to institution.yaml.")
    problem = image_problem(path)
    if problem:
        raise RenderError(f"{_name(path)}: the emblem is refused: {problem}.")
    return path


# --- body: one function per layout section ----------------------------------------

def _label(ctx: dict, key: str) -> str:
    """A label of the pack in the release's language; a missing one stops the render."""
    labels = ctx["labels"]
    if key not in labels:
        raise RenderError(f"{ctx['_manifest']}: labels.{ctx['language']} has no '{key}'; "
                          "add it (every language lists the same labels).")
    return str(labels[key])


def _labelled(p: Paragraph, ctx: dict, key: str, value: str) -> None:
    p.add_run(f"{_label(ctx, key)}{_label(ctx, 'colon')} ").bold = True
    p.add_run(value)


def _kicker(doc, ctx):
    # The style shades the words (a box, as in the PDF); a no-break space on each side
    # pads the box (Word has no padding for text).
    doc.add_paragraph(f"\u00a0{_label(ctx, 'kicker')}\u00a0", style="Kicker")


def _masthead(doc, ctx):
    """Kicker and dateline on one line, as the PDF's masthead: the dateline after a tab
    stop at the end of the line, in its own character style (out of the kicker's box)."""
    p = doc.add_paragraph(f"\u00a0{_label(ctx, 'kicker')}\u00a0", style="Kicker")
    if not ctx["dateline_text"]:
        return
    section = doc.sections[-1]
    width = section.page_width - section.left_margin - section.right_margin
    p.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
    p.add_run(f"\t{ctx['dateline_text']}", style="Dateline Char")


def _dateline(doc, ctx):
    if ctx["dateline_text"]:
        doc.add_paragraph(ctx["dateline_text"], style="Dateline")


def _embargo(doc, ctx):
    if ctx["embargo"]:
        doc.add_paragraph(f"{_label(ctx, 'embargo')} {ctx['embargo_text']}", style="Embargo")


def _headline(doc, ctx):
    ctx["_marks"].wrap(doc.add_paragraph(ctx["headline"], style="Title"), "headline")


def _subheadline(doc, ctx):
    if ctx["subheadline"]:
        ctx["_marks"].wrap(doc.add_paragraph(ctx["subheadline"], style="Subtitle"),
                           "subheadline")


def _place(ctx: dict, with_address: bool = True) -> str:
    venue, comma = ctx["venue"], _label(ctx, "comma")
    parts = (venue.event, venue.address if with_address else "", venue.city)
    place = comma.join(x for x in parts if x)
    return place + (f" ({venue.country})" if venue.country else "")


def _facts(doc, ctx):
    p = doc.add_paragraph(style="Facts")
    _labelled(p, ctx, "venue", _place(ctx))
    if ctx["event_date_text"]:
        p.add_run("\t\t")
        _labelled(p, ctx, "event_date", ctx["event_date_text"])


def _event(doc, ctx):
    """Media advisory: when and where, one line each."""
    when = ctx["event_date_text"] or ctx["date_text"]
    time = format_time(str(ctx.get("event_time", "") or ""), ctx["language"])
    _labelled(doc.add_paragraph(style="Event Detail"), ctx, "event_date", when)
    if time:
        _labelled(doc.add_paragraph(style="Event Detail"), ctx, "event_time", time)
    # The venue on three lines, as the PDF shows it: event, street address, city (country).
    venue = ctx["venue"]
    p = doc.add_paragraph(style="Event Detail")
    lines = [x for x in (venue.event, venue.address,
                         venue.city + (f" ({venue.country})" if venue.country else "")) if x]
    _labelled(p, ctx, "venue", lines[0] if lines else "")
    for line in lines[1:]:
        p.add_run().add_break()
        p.add_run(line)


def _lead(doc, ctx):
    if ctx["lead"] is not None:
        p = doc.add_paragraph(style="Lead")
        _runs(doc, p, ctx["lead"].runs)
        ctx["_marks"].wrap(p, _body_path(ctx, ctx["lead"]))


def _body(doc, ctx):
    for block in ctx["body"]:
        p = _block(doc, block)
        if p is not None:
            ctx["_marks"].wrap(p, _body_path(ctx, block))


def _body_path(ctx, block) -> str:
    return f"body[{next(i for i, b in enumerate(ctx['_release'].body) if b is block)}]"


def _quotes(doc, ctx):
    for i, quote in enumerate(ctx["quotes"]):
        p = doc.add_paragraph(_label(ctx, "quote_open"), style="Quote")
        ctx["_marks"].wrap(p, f"quotes[{i}].text", [p.add_run(quote.text)])
        p.add_run(_label(ctx, "quote_close"))
        if quote.by:
            doc.add_paragraph(f"— {_attribution(quote.by, ctx['people'], _label(ctx, 'comma'))}",
                              style="Attribution")


def _programme(doc, ctx):
    items = ctx.get("programme") or []
    items = items if isinstance(items, list) else [items]
    if not items:
        return
    doc.add_paragraph(_label(ctx, "programme"), style="Notes Heading")
    for item in items:
        p = doc.add_paragraph(style="Programme")
        if isinstance(item, dict):
            time = format_time(str(item.get("time", "")), ctx["language"])
            if time:
                p.add_run(time).bold = True
                p.add_run("\t")
            p.add_run(str(item.get("item", "")))
        else:
            p.add_run(str(item))


def _accreditation(doc, ctx):
    accreditation = ctx.get("accreditation") or {}
    if not isinstance(accreditation, dict) or not accreditation:
        return
    doc.add_paragraph(_label(ctx, "accreditation"), style="Notes Heading")
    deadline = str(accreditation.get("deadline", "") or "")
    if deadline:
        try:
            deadline = format_long_date(dt.date.fromisoformat(deadline), ctx["language"],
                                        moroccan_months=ctx["moroccan_months"])
        except ValueError:
            pass  # reported by inv check (T008) before any render
        _labelled(doc.add_paragraph(style="Event Detail"), ctx, "deadline", deadline)
    contact = accreditation.get("contact") or {}
    contact = contact if isinstance(contact, dict) else {"name": str(contact)}
    p = doc.add_paragraph(style="Event Detail")
    p.add_run(f"{_label(ctx, 'accreditation_contact')}{_label(ctx, 'colon')} ").bold = True
    p.add_run(_label(ctx, "comma").join(str(contact[k]) for k in ("name", "phone")
                                         if contact.get(k)))
    if contact.get("email"):
        if contact.get("name") or contact.get("phone"):
            p.add_run(_label(ctx, "comma"))
        _hyperlink(p, f"mailto:{contact['email']}", [Run(str(contact["email"]))])


def _signature(doc, ctx):
    """Statement: the official the text is attributed to (the first person listed)."""
    if not ctx["people"]:
        return
    person = ctx["people"][0]
    p = doc.add_paragraph(style="Signature")
    p.add_run(person.display_name).bold = True
    for title in person.titles:
        p.add_run().add_break()
        p.add_run(title)


def _end(doc, ctx):
    # « – FIN – » closes the text: it keeps with the paragraph before it, never alone at
    # the top of a page (pagination, not look: the style source cannot say it).
    previous = doc.element.body.findall(qn("w:p"))
    if previous:
        Paragraph(previous[-1], doc).paragraph_format.keep_with_next = True
    doc.add_paragraph(_label(ctx, "end"), style="EndMark")


def _people(doc, ctx):
    if not ctx["people"]:
        return
    doc.add_paragraph(_label(ctx, "people"), style="Notes Heading")
    comma = _label(ctx, "comma")
    people = []
    for i, (person, written) in enumerate(zip(ctx["people"], ctx["_release"].people,
                                              strict=True)):
        p = doc.add_paragraph(style="People")
        people.append(p)
        p.add_run(person.display_name).bold = True
        for title in person.titles:
            p.add_run(comma)
            ctx["_marks"].wrap(p, f"people[{i}].titles[{written.titles.index(title)}]",
                               [p.add_run(title)])
        if person.role:
            p.add_run(" — ")
            p.add_run(person.role).italic = True
    # As the PDF: the list breaks only between people, never after the first or before
    # the last (a short list stays whole; the heading keeps with it by its style).
    for p in {people[0], people[-2]} if len(people) > 1 else ():
        p.paragraph_format.keep_with_next = True


def _about(doc, ctx):
    if ctx["boilerplate"]:
        doc.add_paragraph(ctx["institution"]["about"], style="Notes Heading")
        for para in ctx["boilerplate"].split("\n\n"):
            if para.strip():
                doc.add_paragraph(" ".join(para.split()), style="About")


def _contacts(doc, ctx):
    if not ctx["contacts"]:
        return
    doc.add_paragraph(_label(ctx, "contact"), style="Notes Heading")
    phone = _label(ctx, "phone")
    colon = _label(ctx, "colon")
    for contact in ctx["contacts"]:
        p = doc.add_paragraph(style="Contact")
        lines = []
        if contact.name:
            lines.append(("name", contact.name))
        if contact.role:
            lines.append(("role", contact.role))
        if contact.phone:
            lines.append(("phone", f"{phone}{colon} {contact.phone}"))
        if contact.email:
            lines.append(("email", contact.email))
        for i, (kind, text) in enumerate(lines):
            if i:
                p.add_run().add_break()
            if kind == "email":
                _hyperlink(p, f"mailto:{text}", [Run(text)])
            else:
                p.add_run(text).bold = kind == "name"


SECTIONS = {"kicker": _kicker, "dateline": _dateline, "embargo": _embargo,
            "headline": _headline, "subheadline": _subheadline, "facts": _facts,
            "event": _event, "lead": _lead, "body": _body, "quotes": _quotes,
            "programme": _programme, "accreditation": _accreditation,
            "signature": _signature, "end": _end, "people": _people, "about": _about,
            "contacts": _contacts}


def _block(doc, block: Block):
    """The block's paragraph; None for a list (several paragraphs, not one field)."""
    if block.kind == "bullet":
        for item in block.items:
            _runs(doc, doc.add_paragraph(style="List Bullet"), item)
        return None
    style = {"heading": "Heading 1" if block.level <= 2 else "Heading 2",
             "quote": "Quote"}.get(block.kind, "Normal")
    p = doc.add_paragraph(style=style)
    _runs(doc, p, block.runs)
    return p


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


def _attribution(by: str, people, comma: str = ", ") -> str:
    for person in people:
        if by in (person.name, person.display_name):
            return comma.join([person.display_name, *person.titles[:1]])
    return by


# --- right to left ------------------------------------------------------------------

_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
# A stretch of Latin-script text (a name, an e-mail address) inside Arabic: it keeps its
# own left-to-right run so Word and LibreOffice keep its words in order.
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f][A-Za-z0-9\u00c0-\u024f .,'’@_\-/:+]*"
                    r"[A-Za-z0-9\u00c0-\u024f]|[A-Za-z\u00c0-\u024f]")
# Digit groups separated by spaces (a phone number), which right-to-left text would reverse.
_SPACED_NUMBER = re.compile(r"(?<![\d\u200e])(\+?\d+(?: \d+)+)")


def _make_right_to_left(doc) -> None:
    """Bidi section and paragraphs, Arabic runs marked right to left (w:rtl) with
    complex-script bold and italic, Latin stretches split into runs of their own."""
    for sect in doc.element.body.iter(qn("w:sectPr")):
        _insert_in_order(sect, OxmlElement("w:bidi"), _SECT_ORDER)
    parts = [doc.element.body]
    for section in doc.sections:
        for kind in ("header", "footer"):
            parts += [story._element for story in _stories(section, kind)]
    for part in parts:
        for tbl_pr in part.iter(qn("w:tblPr")):
            if tbl_pr.find(qn("w:bidiVisual")) is None:
                tbl_pr.insert(0, OxmlElement("w:bidiVisual"))
        for p in part.iter(qn("w:p")):
            ppr = p.get_or_add_pPr()
            if ppr.find(qn("w:bidi")) is None:
                insert_ppr_child(ppr, OxmlElement("w:bidi"))
            for r in list(p.iter(qn("w:r"))):
                _split_latin(r)
            for r in p.iter(qn("w:r")):
                text = "".join(t.text or "" for t in r.iter(qn("w:t")))
                rpr = r.get_or_add_rPr()
                bold = rpr.find(qn("w:b"))
                if bold is not None and rpr.find(qn("w:bCs")) is None:
                    # The same value: a run set not bold (w:b w:val=0) stays not bold.
                    twin = OxmlElement("w:bCs")
                    if bold.get(qn("w:val")) is not None:
                        twin.set(qn("w:val"), bold.get(qn("w:val")))
                    _insert_in_order(rpr, twin, _RPR_ORDER)
                if _ARABIC.search(text):
                    for t in r.iter(qn("w:t")):
                        # « +212 5 37 00 00 00 » keeps its order: a left-to-right mark
                        # before it makes its digit groups one left-to-right stretch, a
                        # right-to-left mark after it ends the stretch there (else a Latin
                        # e-mail address that follows joins it, and comes first).
                        t.text = _SPACED_NUMBER.sub("\u200e\\1\u200f", t.text or "")
                    if rpr.find(qn("w:rtl")) is None:
                        _insert_in_order(rpr, OxmlElement("w:rtl"), _RPR_ORDER)
                    # Arabic is not slanted: emphasis the style sets in italics stays upright.
                    if rpr.find(qn("w:iCs")) is None:
                        upright = OxmlElement("w:iCs")
                        upright.set(qn("w:val"), "0")
                        _insert_in_order(rpr, upright, _RPR_ORDER)
                elif text.strip() == "/":
                    # « 1/2 » between two page fields: left-to-right marks keep the order.
                    for t in r.iter(qn("w:t")):
                        t.text = "\u200e/\u200e"
            _isolate_page_fields(p)


def _isolate_page_fields(p) -> None:
    """Left-to-right marks around the page fields « 1/2 » of a right-to-left paragraph.

    LibreOffice lays a field out as one neutral character: between the Arabic name and
    the end of the paragraph the two numbers took the paragraph's direction and read
    « 2/1 ». Marks before the first field and after the last make the whole a
    left-to-right stretch.
    """
    runs = [r for r in p.iter(qn("w:r")) if r.find(qn("w:fldChar")) is not None]
    begins = [r for r in runs if r.find(qn("w:fldChar")).get(qn("w:fldCharType")) == "begin"]
    ends = [r for r in runs if r.find(qn("w:fldChar")).get(qn("w:fldCharType")) == "end"]
    if not begins or not ends or not any(
            i.split()[0].upper() in ("PAGE", "NUMPAGES") for i in field_instructions(p)):
        return
    for anchor, before in ((begins[0], True), (ends[-1], False)):
        mark = OxmlElement("w:r")
        text = OxmlElement("w:t")
        text.text = "\u200e"
        mark.append(text)
        if before:
            anchor.addprevious(mark)
        else:
            anchor.addnext(mark)


def _split_latin(r) -> None:
    """Split a run holding Arabic and Latin text into runs of one script each."""
    children = [c for c in r if c.tag != qn("w:rPr")]
    if len(children) != 1 or children[0].tag != qn("w:t"):
        return  # a picture, a break or a field: left whole
    text = children[0].text or ""
    if not (_ARABIC.search(text) and _LATIN.search(text)):
        return
    pieces, pos = [], 0
    for match in _LATIN.finditer(text):
        if match.start() > pos:
            pieces.append(text[pos:match.start()])
        pieces.append(match.group())
        pos = match.end()
    if pos < len(text):
        pieces.append(text[pos:])
    parent = r.getparent()
    index = parent.index(r)
    from copy import deepcopy

    for offset, piece in enumerate(pieces):
        new = deepcopy(r)
        new.find(qn("w:t")).text = piece
        new.find(qn("w:t")).set(qn("xml:space"), "preserve")
        parent.insert(index + 1 + offset, new)
    parent.remove(r)


# Children of w:sectPr in schema order (only those this module adds matter).
_SECT_ORDER = ["headerReference", "footerReference", "footnotePr", "endnotePr", "type",
               "pgSz", "pgMar", "paperSrc", "pgBorders", "lnNumType", "pgNumType", "cols",
               "formProt", "vAlign", "noEndnote", "titlePg", "textDirection", "bidi",
               "rtlGutter", "docGrid", "printerSettings", "sectPrChange"]
_RPR_ORDER = RPR_ORDER
_insert_in_order = insert_in_order


# --- metadata -----------------------------------------------------------------------

def _set_core_properties(doc, ctx: dict, release: Release, locale: str,
                         stamp: dt.datetime) -> None:
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
    props.created = props.modified = stamp
    drop_last_printed(props)


def _name(path: Path) -> str:
    parts = path.parts
    if "templates" in parts:
        return str(Path(*parts[len(parts) - 1 - parts[::-1].index("templates"):]))
    return str(path)
