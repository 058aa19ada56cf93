"""Organisations named in the article, as written, one entry each.

What is left out, and how an acronym joins its long form, are rules with the example each
exists for (data/organisations.yaml, run as tests): a title or portfolio phrase is a
person's, an event is the venue's, and « Long form (ACRONYM) », the long form alone and the
acronym alone are one entry."""

from __future__ import annotations

import re
from contextlib import AbstractContextManager
from functools import cache

from .nlp import Entity
from .reference import fold, honorifics, places, read_data_yaml, titles
from .rule_switches import RuleSwitches
from .venue import event_name_spans

_ORG_HEADS_LATIN = (
    r"(?:Ministry|Ministère|Organisation|Organization|Union|Fédération|Federation|Association|"
    r"Agence|Agency|Banque|Bank|Fonds|Fund|Conseil|Council|Commission|Committee|Comité|Parti|"
    r"Party|Office|Direction|Bureau|Institut|Institute|Université|University|Syndicat|"
    r"Chambre|Chamber|Cour|Court|Parlement|Parliament|Sénat|Senate|Nations)"
)
_LATIN_ORG = re.compile(
    rf"(?<![\w])(?:[A-Z][\w'\-]*\s+){{0,3}}{_ORG_HEADS_LATIN}"
    r"(?:\s+(?:of|for|on|de|du|des|de la|de l'|d'|pour|the|and|et)?\s*"
    # "the Ministry of Health on Monday": a day or a month ends the name
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December)\b)"
    r"(?:[A-ZÀ-Ö][\w'\-]*|internationale?|nationale?|mondiale?|africaine?|unies|arabe)){0,6}",
)
_ACRONYM = re.compile(r"\(([A-Z][A-Z0-9&\-]{1,9})\)")
# « (Interpol) », « (DGSN) » right after a long form
_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][A-Za-z0-9&\-]{1,11})\)")
_AR_ORG_HEADS = (r"وزارة|منظمة|هيئة|مجلس|الاتحاد|اتحاد|جامعة|المنظمة|البنك|صندوق|"
                 r"الأمم المتحدة|المديرية العامة|مديرية|حزب|الأنتربول|الانتربول")
_AR_ORG = re.compile(
    rf"(?<![\u0600-\u06FF])(?:{_AR_ORG_HEADS})"
    r"(?:\s+(?:ال|لل)[\u0600-\u06FF]+){0,4}"
)
# An event whose head is a body's (« Conseil des ministres », "Council") may be the body.
_BODY_HEAD = re.compile(rf"{_ORG_HEADS_LATIN}|{_AR_ORG_HEADS}", re.IGNORECASE)
_LEAD_WORDS = ("former ", "ancien ", "ancienne ", "the ", "le ", "la ", "l'", "new ", "nouveau ")

_DISABLED = RuleSwitches()


@cache
def _data() -> dict:
    return read_data_yaml("organisations.yaml")


@cache
def _initials_skip() -> frozenset[str]:
    return frozenset(fold(str(w)) for w in _data().get("initials_skip") or ())


def rule_examples() -> list[dict]:
    """The rules' entries (id, example, expect) for the tests."""
    return [dict(r) for r in _data().get("rules") or ()]


def _on(rule: str) -> bool:
    return rule not in _DISABLED


def without(rule: str) -> AbstractContextManager[None]:
    """Run with one rule off, to prove its example needs it."""
    return _DISABLED.without(rule)


def _is_title_phrase(value: str, language: str) -> bool:
    """« ministre de l'Intérieur », "Union Home Minister": it ends with a title, or starts
    with one and names no body after it."""
    key = fold(value).strip()
    for lead in _LEAD_WORDS:
        key = key.removeprefix(lead)
    words = re.findall(r"[\w'\-]+", key)
    if not words:
        return False
    for head in titles(language):
        n = len(head.split())
        if " ".join(words[-n:]) == head:
            return True
        # "Chief Minister's Office": a body's head after the title makes it the body's name
        if " ".join(words[:n]) == head and not _BODY_HEAD.search(value[len(head):]):
            return True
    return False


@cache
def _honorific_keys() -> frozenset[str]:
    return frozenset(fold(h) for h in honorifics())


def _initials(value: str) -> str:
    words = re.findall(r"[^\W\d_][\w\-]*", value.replace("’", "'").replace("'", " "))
    return "".join(w[0] for w in words if fold(w) not in _initials_skip()).upper()


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
    # an event named by a head that is no body's (« Assemblée générale », "Summit"); an
    # organisation inside its complement (« ... d'Interpol ») stays one
    events = [(s, e, fold(head)) for s, e, head in event_name_spans(norm, language)
              if not _BODY_HEAD.match(head)] if _on("event-name") else []
    seen: dict[str, int] = {}  # folded long form or acronym -> index in out
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        # a person inside the span ends it: « Union Home Minister | Amit Shah »
        for a, _b in excluded:
            if s < a < e:
                e = a
                e -= len(re.search(r"(?:\s+(?:and|et|و))?\s*$", norm[s:e]).group(0))
        while e > s and norm[e - 1] in " ,.;:'\n":
            e -= 1
        value = norm[s:e]
        key = fold(value)
        if len(value) < 2 or key in seen or key in place_names:
            continue
        if any(a <= s < b for a, b in excluded):
            continue
        if any(a <= s and e <= b for a, b in out):
            continue
        if _on("title-phrase") and _is_title_phrase(value, language):
            continue
        if any((a <= s < b or s <= a < e) and head in key
               # « Bureau de l'Assemblée générale »: a body of the event is a body
               and (key.startswith(head) or not _BODY_HEAD.match(value))
               for a, b, head in events):
            continue
        if key in _honorific_keys() or key in places().demonyms:
            continue  # what is left of « Monsieur Blaise COMPAORE », « Botswanaise X »
        acronym = None
        if _on("acronym-after-long-form"):
            m = _ACRONYM_AFTER.match(norm, e)
            if m and " " in value.strip():
                acronym = m.group(1)
                e = m.end()
                value = norm[s:e]
        if _on("acronym-of-long-form") and re.fullmatch(r"[A-Z][A-Z&]{1,9}", value):
            hit = next((i for i, (a, b) in enumerate(out)
                        if " " in norm[a:b] and _initials(norm[a:b].split(" (")[0]) == value),
                       None)
            if hit is not None:
                seen[key] = hit
                continue
        seen[key] = len(out)
        if acronym:
            seen[fold(acronym)] = len(out)
            seen[fold(norm[s:e].rsplit(" (", 1)[0])] = len(out)
        out.append((s, e))
    return out
