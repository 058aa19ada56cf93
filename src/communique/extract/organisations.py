"""Organisations named in the article, as written, one entry each."""

from __future__ import annotations

import re

from .nlp import Entity
from .reference import fold, places

_ORG_HEADS_LATIN = (
    r"(?:Ministry|Ministère|Organisation|Organization|Union|Fédération|Federation|Association|"
    r"Agence|Agency|Banque|Bank|Fonds|Fund|Conseil|Council|Commission|Committee|Comité|Parti|"
    r"Party|Office|Direction|Bureau|Institut|Institute|Université|University|Syndicat|"
    r"Chambre|Chamber|Cour|Court|Parlement|Parliament|Sénat|Senate|Nations)"
)
_LATIN_ORG = re.compile(
    rf"(?<![\w])(?:[A-Z][\w'\-]*\s+){{0,3}}{_ORG_HEADS_LATIN}"
    r"(?:\s+(?:of|for|on|de|du|des|de la|de l'|d'|pour|the|and|et)?\s*"
    r"(?:[A-ZÀ-Ö][\w'\-]*|internationale?|nationale?|mondiale?|africaine?|unies|arabe)){0,6}",
)
_ACRONYM = re.compile(r"\(([A-Z][A-Z0-9&\-]{1,9})\)")
_AR_ORG = re.compile(
    r"(?<![\u0600-\u06FF])(?:وزارة|منظمة|هيئة|مجلس|الاتحاد|اتحاد|جامعة|المنظمة|البنك|صندوق|"
    r"الأمم المتحدة|المديرية العامة|مديرية|حزب|الأنتربول|الانتربول)"
    r"(?:\s+(?:ال|لل)[\u0600-\u06FF]+){0,4}"
)


def extract_organisations(
    norm: str, language: str, ents: list[Entity], excluded: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for ent in ents:
        if ent.label == "ORG":
            spans.append((ent.start, ent.end))
    if language == "ar":
        spans += [m.span() for m in _AR_ORG.finditer(norm)]
    else:
        if language == "en":
            spans += [m.span() for m in _LATIN_ORG.finditer(norm)]
        spans += [m.span(1) for m in _ACRONYM.finditer(norm)]
    place_names = set(places().country_names) | set(places().city_country)
    seen: set[str] = set()
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        while e > s and norm[e - 1] in " ,.;:'":
            e -= 1
        value = norm[s:e]
        key = fold(value)
        if len(value) < 2 or key in seen or key in place_names:
            continue
        if any(a <= s < b for a, b in excluded):
            continue
        if any(a <= s and e <= b for a, b in out):
            continue
        seen.add(key)
        out.append((s, e))
    return out
