"""French typography rules (language: fr), each with the edit that `inv fix` applies.

The rules and the fixer share one table: what a rule reports is exactly what the fixer
changes, in the release file itself, so the PDF and the DOCX (which both render the
model) agree. URLs, e-mail addresses and code spans are masked and never touched.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from communique.checks.rule import CheckContext, Rule
from communique.checks.rules.prose import Segment, segments
from communique.diagnostics import Diagnostic, Severity

NNBSP = "\u202f"  # narrow no-break space: before ; ! ?
NBSP = "\u00a0"   # no-break space: before :, inside « », in « 12 h 30 »

_MONTHS = ("janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre"
           "|décembre")
_DAYS = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"


@dataclass(frozen=True)
class Edit:
    start: int
    end: int
    new: str


def _visible(text: str) -> str:
    return text.replace(NNBSP, "⍽").replace(NBSP, "⍽")


class TypographyRule(Rule):
    """A rule given by a pattern on the masked text and the edit each match calls for."""

    severity = Severity.WARNING
    pattern: re.Pattern = re.compile(r"(?!)")
    fix = "Run `inv fix` (or correct by hand)."

    def edits(self, segment: Segment) -> list[Edit]:
        out = []
        for m in self.pattern.finditer(segment.masked):
            edit = self.edit(m)
            if edit is None:
                continue
            lo, hi = max(0, edit.start - 1), min(len(segment.text), edit.end + 1)
            if segment.masked[lo:hi] != segment.text[lo:hi]:
                continue  # touches a masked span (URL, code, markup)
            if segment.text[edit.start:edit.end] != edit.new:
                out.append(edit)
        return out

    def edit(self, m: re.Match) -> Edit | None:
        raise NotImplementedError

    def describe(self, segment: Segment, edit: Edit) -> str:
        lo = max(0, edit.start - 12)
        hi = min(len(segment.text), edit.end + 12)
        before = segment.text[lo:hi]
        after = segment.text[lo:edit.start] + edit.new + segment.text[edit.end:hi]
        return f"« {_visible(before).strip()} » → « {_visible(after).strip()} »"

    def check(self, ctx: CheckContext) -> Iterator[Diagnostic]:
        if ctx.release.language != "fr":
            return
        for segment in segments(ctx.release):
            for edit in self.edits(segment):
                yield self.problem(f"{self.message}: {self.describe(segment, edit)} "
                                   "(⍽ = no-break space).", segment.location(edit.start))

    message = ""


def _replace_group(group: int, new: str | Callable[[re.Match], str]):
    def edit(self, m: re.Match) -> Edit:
        value = new(m) if callable(new) else new
        return Edit(m.start(group), m.end(group), value)
    return edit


class NarrowSpaceBeforePunctuation(TypographyRule):
    """Y001 space-before-punctuation: « ; », « ! » and « ? » are not preceded by a narrow no-break
    space.

    Why: French sets a thin space before ; ! ?; a plain space lets the sign wrap alone to the next
    line, and none at all is English typography.

    Example: Pourquoi ? → Pourquoi\u202f?
    """
    message = "narrow no-break space missing before the punctuation"
    pattern = re.compile(r"(?<=[^\s\u00a0\u202f;!?(\[«])( ?)(?=[;!?])")
    edit = _replace_group(1, NNBSP)


class SpaceBeforeColon(TypographyRule):
    """Y002 space-before-colon: « : » is not preceded by a no-break space.

    Why: French sets a space before the colon; a plain one lets the colon wrap alone.

    Example: Lieu: Glasgow → Lieu\u00a0: Glasgow
    """
    message = "no-break space missing before the colon"
    pattern = re.compile(r"(?<=[^\s\u00a0\u202f:])( ?)(?=:(?:\s|$))")
    edit = _replace_group(1, NBSP)


class SpaceInsideGuillemets(TypographyRule):
    """Y003 space-inside-guillemets: « and » are not separated from the quoted words by a no-break
    space.

    Why: Without a no-break space a guillemet can end up alone at the start or end of a line.

    Example: «Merci» → «\u00a0Merci\u00a0»
    """
    message = "no-break space missing inside the guillemets"
    pattern = re.compile(r"(?<=«)([ \t]?)(?=[^\s\u00a0\u202f])|(?<=[^\s\u00a0\u202f])([ \t]?)(?=»)")

    def edit(self, m: re.Match) -> Edit:
        group = 1 if m.group(1) is not None else 2
        return Edit(m.start(group), m.end(group), NBSP)


class StraightApostrophe(TypographyRule):
    """Y004 straight-apostrophe: A typewriter apostrophe (') is used instead of the typographic one
    (’).

    Why: The house style and both outputs use ’; mixing the two looks careless in print.

    Example: l'Assemblée → l’Assemblée
    """
    message = "typewriter apostrophe"
    pattern = re.compile(r"(?<=[^\W\d_])(')(?=[^\W_])")
    edit = _replace_group(1, "’")


class OrdinalAbbreviation(TypographyRule):
    """Y005 ordinal-abbreviation: An ordinal is written « 92ème », « 92è » or « 1ère » instead of «
    92e », « 1re ».

    Why: French abbreviates ordinals with the last letter only: 92e, 1er, 1re, XXIe.

    Example: la 92ème Assemblée générale → la 92e Assemblée générale
    """
    message = "ordinal abbreviation"
    pattern = re.compile(
        r"(?<![\w])(?:(?P<one>1)[ \t]?(?P<re>ère|ere)|(?P<ier>1)[ \t]?ier"
        r"|(?P<n>\d+|[IVXLC]+)[ \t]?(?:ième|ieme|ème|eme|è)"
        rf"(?![ \t\u00a0]+(?:{_MONTHS})))(?![\w])")

    def edit(self, m: re.Match) -> Edit:
        if m.group("one"):
            return Edit(m.start(), m.end(), "1re")
        if m.group("ier"):
            return Edit(m.start(), m.end(), "1er")
        return Edit(m.start(), m.end(), m.group("n") + "e")


class CapitalisedDateWord(TypographyRule):
    """Y006 capitalised-month-or-weekday: A month or weekday name is capitalised in running text («
    7 Novembre »).

    Why: French writes month and weekday names in lower case, except at a sentence start.

    Example: jeudi 7 Novembre 2024 → jeudi 7 novembre 2024
    """
    message = "month or weekday in lower case in French"
    pattern = re.compile(
        rf"(?<=\d[ \t\u00a0])(?P<m1>{_MONTHS.title()})(?![\w])"
        rf"|(?<=1er[ \t\u00a0])(?P<m2>{_MONTHS.title()})(?![\w])"
        rf"|(?<=[\w,][ \t\u00a0])(?P<m3>{_MONTHS.title()})(?=[ \t\u00a0]+\d{{4}}(?!\d))"
        rf"|(?<=[\w,][ \t\u00a0])(?P<d>{_DAYS.title()})(?=[ \t\u00a0]+(?:\d|1er))")

    def edit(self, m: re.Match) -> Edit:
        group = next(g for g in ("m1", "m2", "m3", "d") if m.group(g))
        return Edit(m.start(group), m.end(group), m.group(group).lower())


class TimeFormat(TypographyRule):
    """Y007 time-format: A time is written « 12h30 », « 12H30 » or « 12:30 » instead of « 12 h 30 ».

    Why: French house style writes hours « 12 h 30 », with no-break spaces so it never splits.

    Example: à 12h30 → à 12 h 30
    """
    message = "time written in French style"
    pattern = re.compile(
        r"(?<![\w:.,])(?P<h>[01]?\d|2[0-3])(?:(?P<sep>[ \t\u00a0]?[hH][ \t\u00a0]?)"
        r"(?P<m>[0-5]\d)?|:(?P<cm>[0-5]\d))(?![\w:])")

    def edit(self, m: re.Match) -> Edit | None:
        minutes = m.group("m") or m.group("cm")
        new = f"{m.group('h')}{NBSP}h" + (f"{NBSP}{minutes}" if minutes else "")
        written = m.group()
        if written.replace(" ", NBSP) == new:
            return None  # « 12 h 30 » with plain spaces is accepted
        return Edit(m.start(), m.end(), new)


class FirstOfMonth(TypographyRule):
    """Y008 first-of-month: The first day of a month is not written « 1er » (« 1 novembre », « 1ème
    mai »).

    Why: French writes the first of the month as an ordinal: « le 1er novembre ».

    Example: le 1 novembre → le 1er novembre
    """
    message = "first of the month written « 1er »"
    pattern = re.compile(
        rf"(?<![\w])1(?:e|è|ème|eme|ier)?(?=[ \t\u00a0]+(?:{_MONTHS}|{_MONTHS.title()})(?![\w]))")

    def edit(self, m: re.Match) -> Edit:
        return Edit(m.start(), m.end(), "1er")


TYPOGRAPHY_RULES = [NarrowSpaceBeforePunctuation, SpaceBeforeColon, SpaceInsideGuillemets,
                    StraightApostrophe, OrdinalAbbreviation, CapitalisedDateWord, TimeFormat,
                    FirstOfMonth]


def typography_edits(segment: Segment, rules=None) -> list[tuple[Rule, Edit]]:
    """Every edit the typography rules call for in `segment`, without overlaps."""
    chosen = [cls() for cls in (rules or TYPOGRAPHY_RULES)]
    found = [(rule, edit) for rule in chosen for edit in rule.edits(segment)]
    found.sort(key=lambda pair: (pair[1].start, pair[1].end))
    kept: list[tuple[Rule, Edit]] = []
    for rule, edit in found:
        if kept and edit.start < kept[-1][1].end:
            continue
        if kept and edit.start == kept[-1][1].start == kept[-1][1].end == edit.end:
            continue
        kept.append((rule, edit))
    return kept
