"""Quantities as written (« 96 » pays membres, "200 votes"), without dates, years or ordinals."""

from __future__ import annotations

import re
from dataclasses import dataclass

_NUMBER = re.compile(
    r"(?<![\w.,/:-])(\d{1,3}(?:[ \u202f.,]\d{3})+|\d+)(?:[.,]\d+)?"
    r"(?:\s*(?:%|pour cent|per cent|percent|millions?|milliards?|billions?|mille|"
    r"مليون|مليار|ملايين|ألف))?(?![\w/:])",
    re.IGNORECASE,
)
_ORDINAL_AFTER = re.compile(r"^(?:e|è|ème|eme|er|ère|re|th|st|nd|rd|ᵉ|ᵉʳ|°)(?!\w)", re.IGNORECASE)
_REFERENCE_BEFORE = re.compile(
    r"(?:article|art\.|articles|n°|no\.|numéro|number|section|chapitre|chapter|page|p\.|"
    r"loi|law|décret|resolution|résolution|الفصل|المادة|رقم|الـ|ال|édition|session)\s*$",
    re.IGNORECASE,
)
_TIME_AFTER = re.compile(r"^\s*(?:h\b|h\d|heures?|hours?|am\b|pm\b|a\.m\.|p\.m\.|ساعة|:\d)",
                         re.IGNORECASE)
_STOP = frozenset(
    "et contre pour sur qui que dont à au aux en dans par avec lors and against for on who "
    "which that to in at by with during from was were is are have has ont sont a été "
    "après avant depuis plus moins environ after before since ago more less about "
    "و في على من عن مع ضد".split()
)
_SKIP_FIRST = frozenset("de d' des du of".split())


@dataclass(frozen=True)
class FigureDraft:
    start: int
    end: int
    what_start: int
    what_end: int


def extract_figures(norm: str, excluded: list[tuple[int, int]]) -> list[FigureDraft]:
    out: list[FigureDraft] = []
    for m in _NUMBER.finditer(norm):
        s, e = m.span()
        if any(a <= s < b for a, b in excluded):
            continue
        digits = re.sub(r"\D", "", m.group(1))
        if len(digits) == 4 and 1800 <= int(digits) <= 2100 and m.group(1).isdigit():
            continue
        if _ORDINAL_AFTER.match(norm[e:e + 4]) or _TIME_AFTER.match(norm[e:e + 8]):
            continue
        if _REFERENCE_BEFORE.search(norm[max(0, s - 14):s]) and not re.match(
            r"\s*(?:%|pour cent)", norm[e:e + 10]
        ):
            continue
        # what: the noun phrase after the number
        rest = norm[e:e + 80]
        words = list(re.finditer(r"[^\s,.;:()«»\"]+", rest))
        picked: list[re.Match[str]] = []
        last_end = 0
        for w in words:
            if rest[last_end:w.start()].strip():
                break  # punctuation between words ends the phrase
            last_end = w.end()
            token = w.group(0).lower()
            if not picked and token in _SKIP_FIRST:
                continue
            if token in _STOP or token.replace("'", "") in _STOP or token.isdigit():
                break
            picked.append(w)
            if len(picked) == 3:
                break
        if not picked:
            continue
        out.append(FigureDraft(s, e, e + picked[0].start(), e + picked[-1].end()))
    return out
