"""French typography as text edits: the one table the Y rules report from, `inv fix`
applies to release files, and the render context applies to the pack's labels and the
institution's texts, so that the PDF and the DOCX (which both render the context) agree.

Each rule is a pattern on a *masked* copy of the text (same length, with what is not
prose blanked: URLs, e-mail addresses, `{field}` slots of a label) and the edit a match
calls for. An edit that touches a masked span is dropped: a URL is never rewritten.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

NNBSP = "\u202f"  # narrow no-break space: before ; ! ?
NBSP = "\u00a0"   # no-break space: before :, inside « », in « 12 h 30 », after « M. »

MONTHS = ("janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre"
          "|décembre")
DAYS = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"

URL = re.compile(r"(?:https?://|www\.|mailto:)[^\s<>()\"]*[^\s<>()\".,;:!?»]"
                 r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_FORMAT_SLOT = re.compile(r"\{[A-Za-z_][\w.]*\}")

# The forms of address a name follows: « M. Hammouchi », « Mme Dupont », « Dr Alami ».
HONORIFICS = ("M.", "MM.", "Mme", "Mmes", "Mlle", "Mlles", "Dr", "Pr", "Me")
_HONORIFIC = "|".join(re.escape(h) for h in HONORIFICS)


@dataclass(frozen=True)
class Edit:
    start: int
    end: int
    new: str


@dataclass(frozen=True)
class TextRule:
    """A typography rule: where it applies (pattern on the masked text) and the edit."""

    code: str
    pattern: re.Pattern
    edit: Callable[[re.Match], Edit | None]

    def edits(self, text: str, masked: str) -> list[Edit]:
        out = []
        for m in self.pattern.finditer(masked):
            edit = self.edit(m)
            if edit is None:
                continue
            lo, hi = max(0, edit.start - 1), min(len(text), edit.end + 1)
            if masked[lo:hi] != text[lo:hi]:
                continue  # touches a masked span (URL, code, markup)
            if text[edit.start:edit.end] != edit.new:
                out.append(edit)
        return out


def _replace_group(group: int, new: str) -> Callable[[re.Match], Edit]:
    return lambda m: Edit(m.start(group), m.end(group), new)


def _guillemet_space(m: re.Match) -> Edit:
    group = 1 if m.group(1) is not None else 2
    return Edit(m.start(group), m.end(group), NBSP)


def _ordinal(m: re.Match) -> Edit:
    if m.group("one"):
        return Edit(m.start(), m.end(), "1re")
    if m.group("ier"):
        return Edit(m.start(), m.end(), "1er")
    return Edit(m.start(), m.end(), m.group("n") + "e")


def _lower_date_word(m: re.Match) -> Edit:
    group = next(g for g in ("m1", "m2", "m3", "d") if m.group(g))
    return Edit(m.start(group), m.end(group), m.group(group).lower())


def _time(m: re.Match) -> Edit | None:
    minutes = m.group("m") or m.group("cm")
    new = f"{m.group('h')}{NBSP}h" + (f"{NBSP}{minutes}" if minutes else "")
    if m.group().replace(" ", NBSP) == new:
        return None  # « 12 h 30 » with plain spaces is accepted
    return Edit(m.start(), m.end(), new)


RULES: dict[str, TextRule] = {rule.code: rule for rule in (
    TextRule("Y001", re.compile(r"(?<=[^\s\u00a0\u202f;!?(\[«])( ?)(?=[;!?])"),
             _replace_group(1, NNBSP)),
    TextRule("Y002", re.compile(r"(?<=[^\s\u00a0\u202f:])( ?)(?=:(?:\s|$))"),
             _replace_group(1, NBSP)),
    TextRule("Y003", re.compile(r"(?<=«)([ \t]?)(?=[^\s\u00a0\u202f])"
                                r"|(?<=[^\s\u00a0\u202f])([ \t]?)(?=»)"), _guillemet_space),
    TextRule("Y004", re.compile(r"(?<=[^\W\d_])(')(?=[^\W_])"), _replace_group(1, "’")),
    TextRule("Y005", re.compile(
        r"(?<![\w])(?:(?P<one>1)[ \t]?(?P<re>ère|ere)|(?P<ier>1)[ \t]?ier"
        r"|(?P<n>\d+|[IVXLC]+)[ \t]?(?:ième|ieme|ème|eme|è)"
        rf"(?![ \t\u00a0]+(?:{MONTHS})))(?![\w])"), _ordinal),
    TextRule("Y006", re.compile(
        rf"(?<=\d[ \t\u00a0])(?P<m1>{MONTHS.title()})(?![\w])"
        rf"|(?<=1er[ \t\u00a0])(?P<m2>{MONTHS.title()})(?![\w])"
        rf"|(?<=[\w,][ \t\u00a0])(?P<m3>{MONTHS.title()})(?=[ \t\u00a0]+\d{{4}}(?!\d))"
        rf"|(?<=[\w,][ \t\u00a0])(?P<d>{DAYS.title()})(?=[ \t\u00a0]+(?:\d|1er))"),
        _lower_date_word),
    TextRule("Y007", re.compile(
        r"(?<![\w:.,])(?P<h>[01]?\d|2[0-3])(?:(?P<sep>[ \t\u00a0]?[hH][ \t\u00a0]?)"
        r"(?P<m>[0-5]\d)?|:(?P<cm>[0-5]\d))(?![\w:])"), _time),
    TextRule("Y008", re.compile(
        rf"(?<![\w])1(?:e|è|ème|eme|ier)?(?=[ \t\u00a0]+(?:{MONTHS}|{MONTHS.title()})(?![\w]))"),
        lambda m: Edit(m.start(), m.end(), "1er")),
    # « M. » never ends a line before the name it introduces.
    TextRule("Y012", re.compile(rf"(?<![\w.])(?:{_HONORIFIC})(?<=[\w.])([ \t]+)(?=[^\W\d_])"),
             _replace_group(1, NBSP)),
)}

# What release fields are checked and fixed for (Y001–Y008); pack and institution texts
# are held to these and to the honorific's no-break space (Y012).
RELEASE_CODES = ("Y001", "Y002", "Y003", "Y004", "Y005", "Y006", "Y007", "Y008")
PACK_TEXT_CODES = (*RELEASE_CODES, "Y012")


def mask_text(text: str) -> str:
    """`text` with URLs, e-mail addresses and a label's `{field}` slots blanked."""
    chars = list(text)
    for pattern in (URL, _FORMAT_SLOT):
        for m in pattern.finditer(text):
            chars[m.start():m.end()] = " " * (m.end() - m.start())
    return "".join(chars)


def french_edits(text: str, masked: str, codes=RELEASE_CODES) -> list[tuple[str, Edit]]:
    """Every edit the rules `codes` call for in `text`, first come first, without overlaps."""
    found = [(code, edit) for code in codes for edit in RULES[code].edits(text, masked)]
    found.sort(key=lambda pair: (pair[1].start, pair[1].end))
    kept: list[tuple[str, Edit]] = []
    for code, edit in found:
        if kept and edit.start < kept[-1][1].end:
            continue
        if kept and edit.start == kept[-1][1].start == kept[-1][1].end == edit.end:
            continue
        kept.append((code, edit))
    return kept


def apply_edits(text: str, edits) -> str:
    for edit in sorted(edits, key=lambda e: e.start, reverse=True):
        text = text[:edit.start] + edit.new + text[edit.end:]
    return text


def printed_after(text: str) -> str:
    """What a text that opens on a sign is printed after: a word. « : » (the label that
    follows « Lieu ») is set as in « Lieu : », its space made a no-break one."""
    return "x" if re.match(r"[ \u00a0\u202f]?[:;!?]", text) else ""


def typeset(text: str, language: str) -> str:
    """A pack or institution text as French typography sets it; other languages as given."""
    if language != "fr" or not text:
        return text
    lead = printed_after(text)
    whole = lead + text
    return apply_edits(whole, [edit for _, edit in
                               french_edits(whole, mask_text(whole), PACK_TEXT_CODES)])[len(lead):]


def name_joiner(honorific: str, language: str) -> str:
    """The space between a form of address and the name: no-break after « M. » in French
    (the same rule, Y012, as in pack and institution texts)."""
    probe = f"{honorific} Name"
    return NBSP if typeset(probe, language).endswith(f"{NBSP}Name") else " "
