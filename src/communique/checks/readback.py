"""Verify rendered outputs by reading them back: the PDF's text with poppler's pdftotext
and its objects (fonts, what is painted) with pikepdf, the DOCX's XML with lxml.

A template edit that drops `{{ venue.city }}`, a writer that leaves a `{{` or a « Lieu : »
with nothing after it, a font that is not embedded: none of these show in the release
file, only in what was rendered. `verify_outputs` runs on the bytes in memory, before
anything is written, so a build whose outputs fail writes nothing.

Texts are compared on a *skeleton*: case, spaces, hyphens and apostrophe forms removed,
so CSS capitals, justification and line breaks do not count as differences.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

from communique.checks.docx_xml import DocxXml, W, paragraph_runs, run_text
from communique.checks.visibility import (
    Seen,
    docx_seen,
    open_pdf,
    pdf_may_hide_text,
    pdf_seen,
)
from communique.diagnostics import Diagnostic, Severity
from communique.model import Location, Release
from communique.packs.date_format import format_long_date
from communique.packs.manifest import Pack

_PLACEHOLDERS = re.compile(r"\{\{|\}\}|\{%|%\}|\bNone\b|\bUndefined\b|\[(?:EMBLEM|INSTITUTION|"
                           r"ADDRESS|COUNTRY_LINE|[A-Z_]{4,})\]")
_EMPTY_VALUE = re.compile(r"\(\s*\)|,\s*[,)]|:\s*,")
_PAGE_NUMBER = re.compile(r"^\s*(?:page\s*)?\d+\s*(?:/|sur|of)\s*\d+\s*$", re.IGNORECASE)
_MIN_PARITY = 20  # shorter DOCX paragraphs (labels, page fields) are not compared


_ARABIC_MARKS = re.compile(r"[\u064b-\u065f\u0670\u0640]")  # short vowels, tatweel
_ARABIC_PUNCTUATION = re.compile(r"[\u060c\u061b\u061f\u066a-\u066d\u06d4]")


def word_set(text: str) -> set[str]:
    """The words of a text, split where the script changes (Arabic, other letters, digits).

    For right-to-left documents: a PDF reader returns the runs of a line that mixes
    Arabic, digits and Latin names in visual order, and may glue two runs together, so an
    order-sensitive comparison would flag every such line; each word comes back whole.
    """
    text = _ARABIC_MARKS.sub("", unicodedata.normalize("NFKC", text)).casefold()
    # Arabic punctuation (، ؛ ؟) is not part of the word it follows: a reader may put
    # it at the other end of a line that changes direction.
    text = _ARABIC_PUNCTUATION.sub(" ", text)
    return set(re.findall(r"[\u0600-\u06ff]+|[^\W\d_\u0600-\u06ff]+|\d+", text))


def skeleton(text: str) -> str:
    # Invisible direction marks (LRM, bidi embeddings) the writers add to Arabic text.
    text = re.sub(r"[\u200e\u200f\u202a-\u202e\u2066-\u2069]", "", text)
    text = unicodedata.normalize("NFKC", text).casefold()
    text = text.replace("’", "'").replace("‘", "'").replace("ʼ", "'")
    return re.sub(r"[\s\u00ad\-‐‑–—]+", "", text)


# --- reading the outputs back --------------------------------------------------------

# poppler's pdftotext reads a release's text back in about 15 ms where pypdf takes ten
# times as long, and a worker that never imports pypdf starts 0.2 s sooner.
POPPLER_TIMEOUT_S = 60


def pdf_text(data: bytes, right_to_left: bool = False) -> str:
    """The PDF's text without running headers/footers and page numbers.

    Left-to-right text is read in the order the PDF draws it (`-raw`, as pypdf reads
    it): a label and its value drawn side by side stay on one line. Right-to-left text
    is read in poppler's reading order, which puts Arabic runs back in logical order.
    """
    mode = () if right_to_left else ("-raw",)
    pages = _poppler("pdftotext", data, "-enc", "UTF-8", *mode).split("\f")
    if pages and not pages[-1].strip():
        pages.pop()  # pdftotext ends every page, the last one included, with a form feed
    return _without_running_lines([page.splitlines() for page in pages])


def pdf_fonts_not_embedded(pdf) -> list[str]:
    """The fonts the PDF uses without embedding them (Type 3 fonts draw their glyphs).

    `pdf`: the bytes, or the file opened with pikepdf. As poppler's pdffonts counts them,
    every font of the pages' resources and of the forms and annotation appearances they
    draw, and (beyond pdffonts) of Type 3 glyph procedures; embedded when its descriptor
    (a composite font's: its descendant's) holds a font file. Read in the process, where
    running pdffonts cost 15 ms.
    """
    import pikepdf

    if isinstance(pdf, (bytes, bytearray)):
        with open_pdf(pdf) as opened:
            return pdf_fonts_not_embedded(opened)
    missing: set[str] = set()
    visited: set[tuple[int, int]] = set()

    def first_visit(obj) -> bool:
        key = obj.objgen
        if key == (0, 0):
            return True  # a direct object: part of its holder, no loop possible
        if key in visited:
            return False
        visited.add(key)
        return True

    def resources(res) -> None:
        if not isinstance(res, pikepdf.Dictionary) or not first_visit(res):
            return
        fonts = res.get("/Font")
        if isinstance(fonts, pikepdf.Dictionary):
            for _key, font in fonts.items():
                if isinstance(font, pikepdf.Dictionary) and first_visit(font):
                    one_font(font)
        forms = res.get("/XObject")
        if isinstance(forms, pikepdf.Dictionary):
            for _key, form in forms.items():
                if isinstance(form, pikepdf.Stream) and form.get("/Subtype") == "/Form" \
                        and first_visit(form):
                    resources(form.get("/Resources"))

    def one_font(font) -> None:
        kind = font.get("/Subtype")
        if kind == "/Type3":
            resources(font.get("/Resources"))
            return
        described = font
        if kind == "/Type0":
            descendants = font.get("/DescendantFonts")
            described = descendants[0] if isinstance(descendants, pikepdf.Array) \
                and len(descendants) else None
        descriptor = described.get("/FontDescriptor") \
            if isinstance(described, pikepdf.Dictionary) else None
        if not (isinstance(descriptor, pikepdf.Dictionary)
                and any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))):
            name = font.get("/BaseFont")
            missing.add(str(name)[1:] if isinstance(name, pikepdf.Name) else "[none]")

    for page in pdf.pages:
        resources(page.obj.get("/Resources"))
        for annotation in page.obj.get("/Annots") or ():
            appearance = annotation.get("/AP") if isinstance(annotation, pikepdf.Dictionary) \
                else None
            normal = appearance.get("/N") if isinstance(appearance, pikepdf.Dictionary) \
                else None
            states = [normal] if isinstance(normal, pikepdf.Stream) else \
                list(normal.values()) if isinstance(normal, pikepdf.Dictionary) else []
            for state in states:
                if isinstance(state, pikepdf.Stream):
                    resources(state.get("/Resources"))
    return sorted(missing)


def _poppler(tool: str, data: bytes, *options: str) -> str:
    import subprocess

    try:
        done = subprocess.run([tool, *options, "-q", "-", "-"] if tool == "pdftotext"
                              else [tool, *options, "-"], input=data, capture_output=True,
                              timeout=POPPLER_TIMEOUT_S, check=False)
    except FileNotFoundError:
        raise ValueError(f"{tool} is not installed (Debian package poppler-utils)") from None
    except subprocess.TimeoutExpired:
        raise ValueError(f"{tool} took longer than {POPPLER_TIMEOUT_S} s") from None
    if done.returncode != 0:
        raise ValueError(f"{tool} could not read it (exit code {done.returncode})")
    return done.stdout.decode("utf-8", "replace")


def _without_running_lines(pages: list[list[str]]) -> str:
    repeated: set[str] = set()
    if len(pages) > 1:
        counts = Counter(line.strip() for lines in pages for line in set(lines) if line.strip())
        repeated = {line for line, n in counts.items() if n >= len(pages)}

    def running(line: str) -> bool:
        return not line.strip() or line.strip() in repeated or bool(_PAGE_NUMBER.match(line))

    kept: list[str] = []
    for lines in pages:
        # Running headers and footers sit at the top and bottom of every page only; the
        # same words inside the page (the institution's name in a contact) stay.
        start, end = 0, len(lines)
        while start < end and running(lines[start]):
            start += 1
        while end > start and running(lines[end - 1]):
            end -= 1
        kept.extend(lines[start:end])
    return "\n".join(kept)


def docx_text(data) -> tuple[str, list[str]]:
    """All the DOCX's text (body, tables, headers, footers) and its body paragraphs.

    `data`: the bytes, or the package already opened (DocxXml). Read from the package's
    XML with lxml, as python-docx's `Paragraph.text` would give it (runs and hyperlinks,
    tabs and breaks), in a few milliseconds instead of the 60 ms python-docx takes to
    load every part of the package.
    """
    if isinstance(data, (bytes, bytearray)):
        with DocxXml(data) as package:
            return docx_text(package)
    body = _docx_paragraphs(data.document)
    extra: list[str] = []
    for name in data.header_footer_names():
        extra.extend(_docx_paragraphs(data.tree(name)))
    return "\n".join(body + extra), body


def _docx_paragraphs(tree) -> list[str]:
    paragraphs = []
    for p in tree.iter(f"{W}p"):
        if any(a.tag == f"{W}p" for a in p.iterancestors()):
            continue  # a text box's paragraph, which python-docx does not read either
        paragraphs.append("".join(run_text(r) for r in paragraph_runs(p)))
    return paragraphs


# --- what must be there ----------------------------------------------------------------

def _shown_values(release: Release, pack: Pack, moroccan: bool = False
                  ) -> list[tuple[str, str]]:
    """(field path, text the reader must find) for every required field with a value."""
    from communique.packs.date_format import format_time

    lang = release.language or (pack.languages[0] if pack.languages else "fr")
    values: list[tuple[str, str]] = []
    for spec in pack.required_fields:
        path = spec.path
        day = {"date": release.date, "event_date": release.event_date}.get(path)
        if day is not None:
            values.append((path, format_long_date(day, lang, moroccan_months=moroccan)))
        elif spec.type == "time" and release.fields.get(path):
            values.append((path, format_time(release.fields[path], lang)))
        elif path == "people":
            for i, person in enumerate(release.people):
                values.append((f"people[{i}].name", person.name))
                values.extend((f"people[{i}].titles[{j}]", t)
                              for j, t in enumerate(person.titles))
        elif path in ("body", "boilerplate"):
            continue
        elif path.startswith("venue."):
            value = getattr(release.venue, path.split(".", 1)[1], "")
            if value:
                values.append((path, value))
        else:
            value = release.fields.get(path, "")
            if value:
                values.append((path, value))
    return [(p, v) for p, v in values if v.strip()]


def _prose_units(release: Release) -> list[tuple[str, str]]:
    """(field path, text) of the prose both outputs must carry."""
    units = [("headline", release.headline), ("subheadline", release.subheadline)]
    units += [("body", b.text) for b in release.body]
    units += [(f"quotes[{i}].text", q.text) for i, q in enumerate(release.quotes)]
    return [(p, u) for p, u in units if u and u.strip()]


# Where a fault of the rendered outputs is fixed: the template line that shows the field,
# else the manifest line declaring it; for the DOCX, the manifest's docx_layout.
# Derived names the writer gives the template for a field (see T003).
_SHOWN_AS = {"date": ("date_text", "dateline_text"), "dateline": ("dateline_text",),
             "event_date": ("event_date_text",), "boilerplate": ("boilerplate", "institution")}
# Blocks that only fill the document's metadata, not what a reader sees.
_META_BLOCKS = frozenset({"title", "description", "keywords", "meta", "head"})


class OutputLocator:
    """Lines of a pack's files to point output diagnostics at (never 'line 0')."""

    def __init__(self, pack: Pack):
        self.pack = pack
        self.manifest = Location(_pack_file(pack, pack.manifest), 1)
        self._usages: list | None = None
        self.template = _template_file(pack, pack.html_template)

    @property
    def usages(self) -> list[tuple[str, str, int, bool]]:
        # Parsing the templates is only worth it when a diagnostic needs a line.
        if self._usages is None:
            self._usages = _template_usages(self.pack)
        return self._usages

    def output(self, kind: str) -> Location:
        """The manifest line that makes this output: outputs.html or the DOCX's layout."""
        keys = ("outputs.html", "outputs") if kind == "PDF" else \
            ("outputs.docx_layout", "outputs.docx_styles", "outputs")
        return next((self.pack.locations[k] for k in keys if k in self.pack.locations),
                    self.manifest)

    def field(self, path: str, kind: str = "PDF") -> Location:
        """Where `path` is shown: the template line (PDF), else its manifest declaration."""
        if kind == "PDF":
            shown = self.shown(path)
            if shown is not None:
                return shown
        elif "outputs.docx_layout" in self.pack.locations:
            return self.pack.locations["outputs.docx_layout"]
        return self.declared(path) or self.output(kind)

    def shown(self, path: str) -> Location | None:
        plain = re.sub(r"\[\d+\]", "", path)
        names = (plain, *_SHOWN_AS.get(plain, ()))
        # Metadata blocks (<title>, keywords) do not show a field to the reader.
        hits = [u for u in self.usages if not u[3]
                and any(u[0] == n or u[0].startswith(n + ".") or n.startswith(u[0] + ".")
                        for n in names)]
        if not hits:
            return None
        hits.sort(key=lambda u: (u[1] != self.pack.html_template, u[2]))
        return Location(_template_file(self.pack, hits[0][1]), hits[0][2], 1)

    def declared(self, path: str) -> Location | None:
        plain = re.sub(r"\[\d+\]", "", path)
        for candidate in (plain, plain.split(".")[0]):
            spec = self.pack.fields.get(candidate)
            if spec is not None and spec.location is not None:
                return spec.location
        return None

    def label(self, text: str, kind: str, language: str) -> Location:
        """The template line that prints a label (« Lieu »), or its line in the manifest."""
        labels = self.pack.labels.get(language, {})
        keys = [k for k, v in labels.items() if str(v).rstrip(" :\u00a0") == text]
        for key in keys:
            if kind == "PDF":
                shown = self.shown(f"labels.{key}")
                if shown is not None:
                    return shown
            where = self.pack.locations.get(f"labels.{language}.{key}")
            if where is not None:
                return where
        return self.output(kind)


def _template_file(pack: Pack, name: str) -> str:
    """The project-relative file of template `name` (the pack's folder, then _base/)."""
    for folder in pack.search_path():
        if (folder / name).is_file():
            return _pack_file(pack, folder / name)
    return _pack_file(pack, pack.folder / name)


def _pack_file(pack: Pack, path) -> str:
    root = pack.folder.parent.parent
    try:
        return str(Path(path).relative_to(root))
    except ValueError:
        return str(path)


def _template_usages(pack: Pack) -> list[tuple[str, str, int, bool]]:
    """(field path, template name, line, in a metadata block) for every field shown."""
    from communique.packs.manifest import PackError
    from communique.packs.template_fields import template_fields, template_sources

    try:
        fields = template_fields(pack)
        sources = template_sources(pack)
    except PackError:
        return []
    found = []
    for name, used in fields.items():
        meta_lines = _meta_lines(sources.get(name))
        found.extend((path, name, line, line in meta_lines) for path, line in used)
    return found


def _meta_lines(ast) -> set[int]:
    from jinja2 import nodes

    lines: set[int] = set()
    if ast is None:
        return lines
    for block in ast.find_all(nodes.Block):
        if block.name in _META_BLOCKS:
            lines.update(n.lineno for n in block.find_all((nodes.Name, nodes.Getattr)))
    return lines


def _diag(rule: str, message: str, where: Location, fix: str | None = None,
          severity: Severity | None = None) -> Diagnostic:
    """A diagnostic of the output rule class named `rule` (checks/rules/outputs.py)."""
    # Imported here: the render workers read files back with this module and need none
    # of the rule catalogue, whose import costs them 0.2 s; the parent compares.
    from communique.checks.rules import outputs

    r = getattr(outputs, rule)()
    d = r.problem(message, where, fix)
    return d.regraded(severity) if severity else d


@dataclass(frozen=True)
class Reading:
    """What reading one rendered file back found: its text, or why it cannot be read."""
    kind: str  # "PDF" or "DOCX"
    text: str = ""
    paragraphs: tuple[str, ...] = ()  # the DOCX's body paragraphs
    fonts_not_embedded: tuple[str, ...] = ()  # the PDF's
    unreadable: str = ""  # the reason the file cannot be read, when it cannot
    fonts_unreadable: str = ""
    seen: Seen | None = None  # its text split by whether a reader can see it (O006)


def read_pdf(data: bytes, right_to_left: bool = False) -> Reading:
    """Read a rendered PDF back: its text (poppler) and, from one parse of its objects
    (pikepdf), what is painted where a reader cannot see it and the fonts not embedded."""
    try:
        text = pdf_text(data, right_to_left)
    except Exception as err:  # noqa: BLE001 - any parse failure means an unreadable file
        return Reading("PDF", unreadable=str(err))
    try:
        pdf = open_pdf(data)
    except Exception as err:  # noqa: BLE001 - poppler read it, the object parser cannot
        return Reading("PDF", text, fonts_unreadable=str(err))
    with pdf:
        try:
            # The quick scan proves that nothing is hidden, or hands over to the painter.
            seen = pdf_seen(data) if pdf_may_hide_text(pdf) else \
                Seen(visible=text.splitlines())
        except Exception:  # noqa: BLE001 - poppler read it: what is painted stays unknown
            seen = None
        try:
            missing = tuple(pdf_fonts_not_embedded(pdf))
        except Exception as err:  # noqa: BLE001
            return Reading("PDF", text, fonts_unreadable=str(err), seen=seen)
    return Reading("PDF", text, fonts_not_embedded=missing, seen=seen)


def read_docx(data: bytes) -> Reading:
    """Read a rendered DOCX back: all its text, its body paragraphs and what of it a
    reader sees, from one parse of its parts."""
    try:
        package = DocxXml(data)
    except Exception as err:  # noqa: BLE001
        return Reading("DOCX", unreadable=str(err))
    with package:
        try:
            text, paragraphs = docx_text(package)
        except Exception as err:  # noqa: BLE001
            return Reading("DOCX", unreadable=str(err))
        try:
            seen = docx_seen(package)
        except Exception:  # noqa: BLE001 - lxml read it: what is hidden stays unknown
            seen = None
    return Reading("DOCX", text, tuple(paragraphs), seen=seen)


def verify_outputs(release: Release, pack: Pack, pdf_bytes: bytes,
                   docx_bytes: bytes, institution=None) -> list[Diagnostic]:
    """Read the rendered PDF and DOCX back and report what a reader would miss."""
    return verify_readings(release, pack, read_pdf(pdf_bytes, release.language == "ar"),
                           read_docx(docx_bytes), institution)


def shown_values(release: Release, pack: Pack, institution=None) -> list[tuple[str, str]]:
    """(field path, text) of each required value the outputs must show, as
    `verify_readings` looks for them: known before anything is rendered, so that the
    build works them out (the first date formatted loads the language's locale data,
    some 0.03 s) while the files are laid out rather than once they are back."""
    moroccan = institution is not None and str(
        institution.values.get("moroccan_months", "")).strip().lower() in ("true", "yes", "1")
    return _shown_values(release, pack, moroccan)


def verify_readings(release: Release, pack: Pack, pdf: Reading, docx: Reading,
                    institution=None, expected: list[tuple[str, str]] | None = None
                    ) -> list[Diagnostic]:
    """`verify_outputs` on files already read back (the build reads each file back in the
    worker that rendered it, and compares the two here). `expected`: `shown_values` of
    the release, when worked out beforehand."""
    found: list[Diagnostic] = []
    where = OutputLocator(pack)
    texts: dict[str, str] = {}
    seen: dict[str, Seen] = {}
    for reading in (pdf, docx):
        if reading.unreadable:
            found.append(_diag("OutputUnreadable", f"the {reading.kind} cannot be read back "
                               f"({reading.unreadable}).", where.output(reading.kind)))
        else:
            texts[reading.kind] = reading.text
            if reading.seen is not None:
                seen[reading.kind] = reading.seen
    docx_paragraphs = list(docx.paragraphs)
    skeletons = {kind: skeleton(text) for kind, text in texts.items()}
    rtl = release.language == "ar"
    glued = {kind: _ARABIC_MARKS.sub("", s) for kind, s in skeletons.items()} if rtl else {}

    line_words = {kind: glued_lines(text.splitlines()) for kind, text in texts.items()} \
        if rtl else {}

    def shown(value: str, kind: str, within: dict[str, str]) -> bool:
        if rtl:
            return rtl_shown(value, glued[kind], line_words[kind])
        return skeleton(value) in within[kind]

    def printed(value: str, kind: str, within: dict[str, str]) -> bool:
        """For O002 only: is the value's text in the output at all (O001 and O006 judge
        whether a reader sees it)."""
        if rtl:
            return rtl_shown_unordered(value, glued[kind], line_words[kind])
        return skeleton(value) in within[kind]

    # O002 first: every prose unit in both, then the DOCX's paragraphs in the PDF.
    units = _prose_units(release)
    for path, unit in units:
        missing = [k for k in skeletons if not printed(unit, k, skeletons)]
        if missing and len(missing) < len(skeletons):
            found.append(_diag("OutputsDiffer", f"« {_short(unit)} » is in the "
                               f"{_other(missing, skeletons)} but not in the "
                               f"{' or the '.join(missing)}.", where.field(path, missing[0])))
    if "PDF" in skeletons:
        for paragraph in docx_paragraphs:
            s = skeleton(paragraph)
            if len(s) >= _MIN_PARITY and not printed(paragraph, "PDF", skeletons):
                found.append(_diag("OutputsDiffer", f"« {_short(paragraph)} » is in the DOCX "
                                   "but not in the PDF.", where.output("PDF")))

    # O001: required values, looked for outside the prose that may repeat them.
    remainders = dict(skeletons)
    for unit in sorted((u for _, u in units), key=len, reverse=True):
        s = skeleton(unit)
        for kind in remainders:
            remainders[kind] = remainders[kind].replace(s, "\x00")
    values = shown_values(release, pack, institution) if expected is None else expected
    for path, value in values:
        # The headline and subheadline are prose units themselves: look in the whole text.
        where_to_look = skeletons if path in ("headline", "subheadline") else remainders
        for kind in where_to_look:
            if not shown(value, kind, where_to_look):
                at = where.field(path, kind)
                found.append(_diag(
                    "FieldMissingFromOutput",
                    f"'{path}' (« {_short(value)} », {release.where(path)}) is not shown in "
                    f"the rendered {kind}.", at,
                    f"Show '{path}' in {where.template}." if kind == "PDF" else
                    f"Show '{path}' in the DOCX (outputs.docx_layout, the DOCX writer or its "
                    "style source)."))

    # O006: required values in the text layer that a reader cannot see.
    found.extend(_hidden_fields(release, pack, values, units, seen, where))

    # O003: placeholders and labels left without a value.
    # Each label's pattern compiled once: every line of both files is searched for each.
    labels = [(label, re.compile(rf"(?<!\w){re.escape(label)}[\s\u00a0\u202f]*:"
                                 rf"[\s\u00a0\u202f]*(?:$|\t)", re.IGNORECASE))
              for label in _labels(pack, release)]
    for kind, text in texts.items():
        for line in text.splitlines():
            m = _PLACEHOLDERS.search(line)
            if m:
                found.append(_diag("UnresolvedPlaceholder", f"the {kind} contains « {m.group()} »"
                                   f" in « {_short(line.strip())} ».", where.output(kind)))
                continue
            m = _EMPTY_VALUE.search(line)
            if m:
                found.append(_diag("UnresolvedPlaceholder", f"the {kind} shows an empty value: "
                                   f"« {_short(line.strip())} ».", where.output(kind)))
                continue
            for label, pattern in labels:
                if pattern.search(line):
                    found.append(_diag("UnresolvedPlaceholder", f"the {kind} shows the label "
                                       f"« {label} : » with nothing after it.",
                                       where.label(label, kind, release.language or "fr")))
                    break

    # O004: fonts.
    if not pdf.unreadable:
        if pdf.fonts_unreadable:
            found.append(_diag("OutputUnreadable", f"the PDF's fonts cannot be read "
                               f"({pdf.fonts_unreadable}).", where.output("PDF")))
        fonts_at = pack.locations.get("outputs.css") or where.output("PDF")
        for font in pdf.fonts_not_embedded:
            found.append(_diag("FontNotEmbedded", f"the PDF uses the font '{font}' without "
                               "embedding it.", fonts_at))
    return _unique(found)


def glued_lines(lines: Iterable[str]) -> list[str]:
    return [_ARABIC_MARKS.sub("", skeleton(line)) for line in lines]


def rtl_shown_unordered(value: str, glued: str, lines: list[str]) -> bool:
    """rtl_shown for the PDF/DOCX parity check (O002), where the value is known to be
    printed: poppler does not always give a paragraph's lines in order (seen on the
    example's Arabic body), so a pair split by a line break may stand on any two lines."""
    if not all(word in glued for word in word_set(value)):
        return False
    return all(first + second in glued
               or (any(first in a for a in lines) and any(second in b for b in lines))
               for first, second in arabic_pairs(value))


def rtl_shown(value: str, glued: str, lines: list[str]) -> bool:
    """Whether a right-to-left value is in a text read back in visual order.

    Every word must be there, and every two words that follow each other in the value
    (within a run of Arabic letters) must follow each other in the text, or end one line
    and open the next: the words of a hidden headline are often all in the body too.
    """
    if not all(word in glued for word in word_set(value)):
        return False
    for first, second in arabic_pairs(value):
        if first + second in glued:
            continue
        if not any(first in a and second in b for a, b in pairwise(lines)):
            return False
    return True


_ARABIC_RUN = re.compile(r"[\u0620-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff]+(?:[ \u00a0]+"
                         r"[\u0620-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff]+)*")


def arabic_pairs(value: str) -> list[tuple[str, str]]:
    """Pairs of neighbouring Arabic words of a value (never across digits or punctuation)."""
    text = _ARABIC_MARKS.sub("", unicodedata.normalize("NFKC", value)).casefold()
    pairs: list[tuple[str, str]] = []
    for run in _ARABIC_RUN.finditer(text):
        words = run.group().split()
        pairs.extend(pairwise(words))
    return pairs


def _hidden_fields(release: Release, pack: Pack, values: list[tuple[str, str]],
                   units: list[tuple[str, str]], seen: dict[str, Seen],
                   where: OutputLocator) -> list[Diagnostic]:
    """O006: a required value painted where no one sees it, and seen nowhere else."""
    rtl = release.language == "ar"
    sheets = ", ".join(_template_file(pack, name) for name in pack.css) or where.template
    found = []
    for kind, layers in seen.items():
        if not layers.hidden:
            continue
        hidden_text = "\n".join(layers.hidden)
        visible_text = "\n".join(layers.visible)
        hidden, visible = skeleton(hidden_text), skeleton(visible_text)
        if rtl:
            hidden_glued = _ARABIC_MARKS.sub("", hidden)
            visible_glued = _ARABIC_MARKS.sub("", visible)
            hidden_lines = glued_lines(layers.hidden)
            visible_lines = glued_lines(layers.visible)
        remainder = visible
        for unit in sorted((u for _, u in units), key=len, reverse=True):
            remainder = remainder.replace(skeleton(unit), "\x00")
        for path, value in values:
            if rtl:
                in_hidden = rtl_shown(value, hidden_glued, hidden_lines)
                in_sight = rtl_shown(value, visible_glued, visible_lines)
            else:
                in_hidden = skeleton(value) in hidden
                in_sight = skeleton(value) in (
                    visible if path in ("headline", "subheadline") else remainder)
            if not in_hidden or in_sight:
                continue
            why = next((layers.reasons[line] for line in layers.hidden
                        if _overlaps(value, line, rtl)), "hidden")
            found.append(_diag(
                "HiddenInOutput",
                f"'{path}' (« {_short(value)} », {release.where(path)}) is in the rendered "
                f"{kind} but a reader cannot see it: it is {why}.", where.field(path, kind),
                f"Remove the style that hides it ({sheets}, or the style sheets they "
                "import), or the template's inline style." if kind == "PDF" else
                "Remove what hides it in the DOCX: the formatting of its paragraph, or the "
                "style in the pack's style source (outputs.docx_styles)."))
    return found


def _overlaps(value: str, line: str, rtl: bool) -> bool:
    if rtl:
        return bool(word_set(value) & word_set(line))
    a, b = skeleton(value), skeleton(line)
    return bool(b) and (b in a or a in b)


def _labels(pack: Pack, release: Release) -> list[str]:
    lang = release.language or "fr"
    labels = pack.labels.get(lang, {})
    names = {"Lieu", "Date", "Venue", "Place"}
    for key in ("venue", "event_date", "date", "phone", "contact"):
        if labels.get(key):
            names.add(str(labels[key]).rstrip(" :\u00a0"))
    return sorted(names)


def _other(missing: list[str], skeletons: dict[str, str]) -> str:
    return " and the ".join(k for k in skeletons if k not in missing)


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _unique(diagnostics: Iterable[Diagnostic]) -> list[Diagnostic]:
    return list(dict.fromkeys(diagnostics))

