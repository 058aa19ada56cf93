"""French typography rules (language: fr), each with the edit that `inv fix` applies.

The rules and the fixer share one table (`packs/typeset.py`, which the render context
also applies to the pack's labels and the institution's texts): what a rule reports is
exactly what the fixer changes, in the release file itself, so the PDF and the DOCX
(which both render the model) agree. URLs, e-mail addresses and code spans are masked
and never touched.
"""

from __future__ import annotations

from collections.abc import Iterator

from communique.checks.rule import CheckContext, Rule
from communique.checks.rules.prose import Segment, segments
from communique.diagnostics import Diagnostic, Severity
from communique.packs.typeset import NBSP, NNBSP, RULES, Edit, french_edits


def _visible(text: str) -> str:
    return text.replace(NNBSP, "⍽").replace(NBSP, "⍽")


def describe_edit(text: str, edit: Edit, width: int = 12) -> str:
    """« l'Assemblée » → « l’Assemblée »: the words around the edit, before and after."""
    lo = max(0, edit.start - width)
    hi = min(len(text), edit.end + width)
    before = text[lo:hi]
    after = text[lo:edit.start] + edit.new + text[edit.end:hi]
    return f"« {_visible(before).strip()} » → « {_visible(after).strip()} »"


class TypographyRule(Rule):
    """A rule whose pattern and edit are the table's entry for its code (packs/typeset.py)."""

    severity = Severity.WARNING
    fix = "Run `inv fix` (or correct by hand)."

    def edits(self, segment: Segment) -> list[Edit]:
        return RULES[self.code].edits(segment.text, segment.masked)

    def describe(self, segment: Segment, edit: Edit) -> str:
        return describe_edit(segment.text, edit)

    def check(self, ctx: CheckContext) -> Iterator[Diagnostic]:
        if ctx.release.language != "fr":
            return
        for segment in segments(ctx.release):
            for edit in self.edits(segment):
                yield self.problem(f"{self.message}: {self.describe(segment, edit)} "
                                   "(⍽ = no-break space).", segment.location(edit.start))

    message = ""


class NarrowSpaceBeforePunctuation(TypographyRule):
    """Y001 space-before-punctuation: « ; », « ! » and « ? » are not preceded by a narrow no-break
    space.

    Why: French sets a thin space before ; ! ?; a plain space lets the sign wrap alone to the next
    line, and none at all is English typography.

    Example: Pourquoi ? → Pourquoi\u202f?
    """
    message = "narrow no-break space missing before the punctuation"


class SpaceBeforeColon(TypographyRule):
    """Y002 space-before-colon: « : » is not preceded by a no-break space.

    Why: French sets a space before the colon; a plain one lets the colon wrap alone.

    Example: Lieu: Glasgow → Lieu\u00a0: Glasgow
    """
    message = "no-break space missing before the colon"


class SpaceInsideGuillemets(TypographyRule):
    """Y003 space-inside-guillemets: « and » are not separated from the quoted words by a no-break
    space.

    Why: Without a no-break space a guillemet can end up alone at the start or end of a line.

    Example: «Merci» → «\u00a0Merci\u00a0»
    """
    message = "no-break space missing inside the guillemets"


class StraightApostrophe(TypographyRule):
    """Y004 straight-apostrophe: A typewriter apostrophe (') is used instead of the typographic one
    (’).

    Why: The house style and both outputs use ’; mixing the two looks careless in print.

    Example: l'Assemblée → l’Assemblée
    """
    message = "typewriter apostrophe"


class OrdinalAbbreviation(TypographyRule):
    """Y005 ordinal-abbreviation: An ordinal is written « 92ème », « 92è » or « 1ère » instead of «
    92e », « 1re ».

    Why: French abbreviates ordinals with the last letter only: 92e, 1er, 1re, XXIe.

    Example: la 92ème Assemblée générale → la 92e Assemblée générale
    """
    message = "ordinal abbreviation"


class CapitalisedDateWord(TypographyRule):
    """Y006 capitalised-month-or-weekday: A month or weekday name is capitalised in running text («
    7 Novembre »).

    Why: French writes month and weekday names in lower case, except at a sentence start.

    Example: jeudi 7 Novembre 2024 → jeudi 7 novembre 2024
    """
    message = "month or weekday in lower case in French"


class TimeFormat(TypographyRule):
    """Y007 time-format: A time is written « 12h30 », « 12H30 » or « 12:30 » instead of « 12 h 30 ».

    Why: French house style writes hours « 12 h 30 », with no-break spaces so it never splits.

    Example: à 12h30 → à 12 h 30
    """
    message = "time written in French style"


class FirstOfMonth(TypographyRule):
    """Y008 first-of-month: The first day of a month is not written « 1er » (« 1 novembre », « 1ème
    mai »).

    Why: French writes the first of the month as an ordinal: « le 1er novembre ».

    Example: le 1 novembre → le 1er novembre
    """
    message = "first of the month written « 1er »"


TYPOGRAPHY_RULES = [NarrowSpaceBeforePunctuation, SpaceBeforeColon, SpaceInsideGuillemets,
                    StraightApostrophe, OrdinalAbbreviation, CapitalisedDateWord, TimeFormat,
                    FirstOfMonth]


def typography_edits(segment: Segment, rules=None) -> list[tuple[Rule, Edit]]:
    """Every edit the typography rules call for in `segment`, without overlaps."""
    chosen = {cls.code: cls() for cls in (rules or TYPOGRAPHY_RULES)}
    return [(chosen[code], edit)
            for code, edit in french_edits(segment.text, segment.masked, tuple(chosen))]
