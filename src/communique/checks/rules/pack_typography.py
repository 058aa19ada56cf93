"""French typography of the texts a release does not write itself: the pack's labels, the
institution's texts and the literal text of the pack's templates (language: fr).

The render context sets labels and institution texts with the same table the Y rules
use (`packs/typeset.py`), so the outputs are right either way; these rules say where the
source is not, so that what a press officer reads in the file is what gets printed and
a template's own text (which nothing rewrites) is corrected. Only for French releases:
the French labels and texts are the ones a French release prints.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from communique.checks.rule import CheckContext, Rule
from communique.checks.rules.typography import TYPOGRAPHY_RULES, describe_edit
from communique.diagnostics import Diagnostic, Severity
from communique.model import Location
from communique.packs.manifest import IDENTITY_TEXTS, PackError, pack_relative
from communique.packs.template_fields import template_sources
from communique.packs.typeset import (
    NBSP,
    NNBSP,
    RELEASE_CODES,
    Edit,
    apply_edits,
    french_edits,
    mask_text,
    printed_after,
)

MESSAGES = {rule.code: rule.message for rule in TYPOGRAPHY_RULES} | {
    "Y012": "no-break space missing after the form of address"}


@dataclass(frozen=True)
class PackText:
    """One label, institution text or template, with where its first character is."""

    what: str           # « the label 'embargo' », for the message
    key: str            # its place in the YAML file ('labels.fr.embargo'); "" in a template
    text: str
    masked: str         # same length; what is not prose (URLs, slots, markup) blanked
    file: str
    line: int
    column: int | None  # of text[0], when the value stands on its line as written
    # The file's lines from `line` on, to find a word of a value folded over several lines.
    following: tuple[str, ...] = ()

    def location(self, index: int) -> Location:
        if self.column is not None:
            before = self.text[:index]
            if "\n" not in before:
                return Location(self.file, self.line, self.column + index)
            return Location(self.file, self.line + before.count("\n"),
                            index - before.rfind("\n"))
        return self._in_folded_value(index)

    def _in_folded_value(self, index: int) -> Location:
        """The line of a `>-` or multi-line value where the word at `index` is written:
        the same occurrence of the word, counted from the value's start."""
        start = index
        while start > 0 and not self.text[start - 1].isspace():
            start -= 1
        rest = self.text[start:].split()
        word = rest[0] if rest else ""
        seen = self.text[:start].split().count(word)
        for offset, line in enumerate(self.following):
            for column in _columns(line, word):
                if seen == 0:
                    return Location(self.file, self.line + offset, column)
                seen -= 1
        return Location(self.file, self.line)


def _columns(line: str, word: str) -> Iterator[int]:
    for m in re.finditer(rf"(?<!\S){re.escape(word)}(?!\S)", line) if word else ():
        yield m.start() + 1


def _file_lines(path: Path) -> list[str]:
    try:
        return path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError):
        return []


def _yaml_text(what: str, key: str, value: str, where: Location | None, lines: list[str],
               fallback: Location) -> PackText:
    where = where or fallback
    line = lines[where.line - 1] if where.line and 0 < where.line <= len(lines) else ""
    column = line.find(value) + 1 if value and value in line else None
    return PackText(what, key, value, mask_text(value), where.file, where.line or 1, column,
                    tuple(lines[max(0, (where.line or 1) - 1):(where.line or 1) + 200]))


def label_texts(ctx: CheckContext) -> Iterator[PackText]:
    pack = ctx.pack
    lines = _file_lines(pack.manifest)
    fallback = Location(pack_relative(pack, str(pack.manifest)), 1)
    for key, value in pack.labels.get("fr", {}).items():
        if isinstance(value, str) and value.strip():
            yield _yaml_text(f"the label '{key}'", f"labels.fr.{key}", value,
                             pack.locations.get(f"labels.fr.{key}"), lines, fallback)


def institution_texts(ctx: CheckContext) -> Iterator[PackText]:
    institution = ctx.institution
    if institution is None:
        return
    lines = _file_lines(institution.source)
    fallback = institution.locations.get("") or Location(str(institution.source), 1)

    def text(key: str, value) -> Iterator[PackText]:
        if isinstance(value, dict):
            key, value = f"{key}.fr", value.get("fr")
        if isinstance(value, str) and value.strip():
            yield _yaml_text(f"the institution's text '{key}'", key, value,
                             institution.locations.get(key), lines, fallback)

    for key in IDENTITY_TEXTS:
        yield from text(key, institution.values.get(key))
    contacts = institution.values.get("press_contacts")
    for i, contact in enumerate(contacts if isinstance(contacts, list) else []):
        if isinstance(contact, dict):
            for field in ("name", "role"):
                yield from text(f"press_contacts[{i}].{field}", contact.get(field))


# What a template prints that is not text: Jinja tags, HTML comments, style and script
# contents, tags with their attributes, character references.
_JINJA = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.S)
_MARKUP = re.compile(r"<!--.*?-->|<(style|script)\b.*?</\1\s*>|<[^>]*>|&#?\w+;", re.S | re.I)


def _mask_template(source: str) -> str:
    chars = list(source)
    for pattern in (_JINJA, _MARKUP):
        for m in pattern.finditer("".join(chars)):
            for i in range(m.start(), m.end()):
                if chars[i] != "\n":
                    chars[i] = " "
    return mask_text("".join(chars))


def template_texts(ctx: CheckContext) -> Iterator[PackText]:
    pack = ctx.pack
    try:
        names = template_sources(pack)
    except PackError:
        return  # reported as T005
    for name in names:
        path = next((f / name for f in pack.search_path() if (f / name).is_file()), None)
        if path is None:
            continue
        try:
            stat = path.stat()
            source, masked = _template_text(str(path), stat.st_size, stat.st_mtime_ns)
        except (OSError, UnicodeDecodeError):
            continue
        yield PackText(f"the text of the template {name}", "", source, masked,
                       pack_relative(pack, str(path)), 1, 1)


@lru_cache(maxsize=32)
def _template_text(path: str, _size: int, _mtime: int) -> tuple[str, str]:
    """A template's source and its masked copy, read once while the file is unchanged
    (a batch check reads the same templates for every release)."""
    source = Path(path).read_text(encoding="utf-8")
    return source, _mask_template(source)


def _describe(text: PackText, edit: Edit) -> str:
    """The words around the edit on its own line, markup and all, before and after."""
    lo = text.text.rfind("\n", 0, edit.start) + 1
    hi = text.text.find("\n", edit.end)
    hi = len(text.text) if hi < 0 else hi
    if len(text.text) > 60 or lo or hi < len(text.text):
        lo = max(lo, edit.start - 20)
        hi = min(hi, edit.end + 20)
        while lo > 0 and not text.text[lo - 1].isspace() and edit.start - lo < 30:
            lo -= 1  # whole words: « membres de l'Organisation », not « mbres de l'… »
        while hi < len(text.text) and not text.text[hi].isspace() and hi - edit.end < 30:
            hi += 1
    if not text.key:  # a template: the text between the tags, not the markup
        lo = max(lo, text.text.rfind(">", lo, edit.start) + 1)
        tag = text.text.find("<", edit.end, hi)
        hi = hi if tag < 0 else tag
    return describe_edit(text.text[lo:hi], Edit(edit.start - lo, edit.end - lo, edit.new),
                         width=len(text.text))


def _yaml_quoted(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + escaped.replace(NBSP, "\\u00a0").replace(NNBSP, "\\u202f") + '"'


@lru_cache(maxsize=1024)
def _french_edits(text: str, masked: str, codes: tuple[str, ...]) -> tuple:
    """french_edits, remembered: the pack's and institution's texts are the same for
    every release of a batch, and were a fifth of each release's check time."""
    return tuple(french_edits(text, masked, codes))


class PackTypographyRule(Rule):
    """Typography rules on pack and institution texts, by where the texts come from."""

    severity = Severity.WARNING
    codes: tuple[str, ...] = RELEASE_CODES

    def texts(self, ctx: CheckContext) -> Iterable[PackText]:
        return ()

    def check(self, ctx: CheckContext) -> Iterator[Diagnostic]:
        if ctx.release.language != "fr" or ctx.pack is None:
            return
        for text in self.texts(ctx):
            lead = printed_after(text.text)
            found = [(code, Edit(e.start - len(lead), e.end - len(lead), e.new))
                     for code, e in _french_edits(lead + text.text, lead + text.masked,
                                                  tuple(self.codes))]
            for code, edit in found:
                yield self.problem(f"{text.what}, in French: {MESSAGES[code]}: "
                                   f"{_describe(text, edit)} (⍽ = no-break space).",
                                   text.location(edit.start), self.fix_for(text, found))

    def fix_for(self, text: PackText, found) -> str:
        """The corrected value, ready to paste, when it is short enough to read."""
        if text.key and "\n" not in text.text.strip() and len(text.text) <= 120:
            corrected = apply_edits(text.text, [edit for _, edit in found])
            return (f"Write {text.key.rsplit('.', 1)[-1]}: {_yaml_quoted(corrected)} "
                    f"({text.key}; \\u00a0 is a no-break space, \\u202f a narrow one).")
        return self.fix


class LabelTypography(PackTypographyRule):
    """Y009 label-typography: A French label of the pack (manifest.yaml) breaks French typography.

    Why: A label (« Sous embargo jusqu’au », « Lieu ») is printed on every release of the pack:
    the outputs set it right, but the manifest is what the next person copies.

    Example: embargo: "Sous embargo jusqu'au" → "Sous embargo jusqu’au"

    Fix: Correct the label in the pack's manifest.yaml, as the message shows.
    """

    def texts(self, ctx: CheckContext) -> Iterable[PackText]:
        return label_texts(ctx)


class InstitutionTextTypography(PackTypographyRule):
    """Y010 institution-text-typography: A French text of the institution (institution.yaml)
    breaks French typography.

    Why: The institution's name, address, press contacts and boilerplate close every release it
    issues: a straight apostrophe or « 18:00 » there is in every document.

    Example: boilerplate: La Direction … membres de l'Organisation. → l’Organisation

    Fix: Correct the text in the institution's institution.yaml, as the message shows.
    """

    def texts(self, ctx: CheckContext) -> Iterable[PackText]:
        return institution_texts(ctx)


class TemplateTextTypography(PackTypographyRule):
    """Y011 template-text-typography: Text written in a template of the pack breaks French
    typography.

    Why: Nothing rewrites a template's own text: it is printed exactly as written, in every
    release and every language of the pack.

    Example: <p>Pour plus d'informations: …</p> in release.html.j2

    Fix: Move the text into a label of the pack's manifest.yaml (each language then has its
    own), or correct it in the template (&nbsp; is a no-break space, &#8239; a narrow one).
    """

    def texts(self, ctx: CheckContext) -> Iterable[PackText]:
        return template_texts(ctx)


class HonorificSpace(PackTypographyRule):
    r"""Y012 honorific-space: « M. », « Mme » or « Dr » in a pack or institution text is followed
    by an ordinary space, not a no-break one.

    Why: With an ordinary space « M. » can end a line, the name starting the next one; French
    typography holds the form of address to the name.

    Example: press_contacts: name: M. Karim Alaoui → "M.\u00a0Karim Alaoui"

    Fix: Write a no-break space after the form of address (\u00a0 in a double-quoted YAML value,
    &nbsp; in a template).
    """

    codes = ("Y012",)

    def texts(self, ctx: CheckContext) -> Iterable[PackText]:
        yield from label_texts(ctx)
        yield from institution_texts(ctx)
        yield from template_texts(ctx)


PACK_TYPOGRAPHY_RULES = [LabelTypography, InstitutionTextTypography, TemplateTextTypography,
                         HonorificSpace]
