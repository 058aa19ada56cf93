"""The words of a title: finding a title head, cutting a segment into words, and the
words and marks that continue, stop or trim a title."""

from __future__ import annotations

import re
from functools import cache

from ..constructions import EVERY_LANGUAGE, compile_skeleton
from ..constructions import words as slot_words
from ..reference import fold, places, title_index, titles
from .lexicon import (
    ar_proclitics,
    compound_of_heads,
    folded_set,
    is_title_word,
    unprefixed,
    unsuffixed,
)
from .lexicon import modifiers as modifier_words


def _continuation() -> frozenset[str]:
    """Words that continue a ministry's enumerated portfolio after a comma (« , des
    Collectivités locales »): patterns/*/words.yaml (slot portfolio_continuation).
    Compared in lower case with their accents (see ``_continues``): folded, « à » would
    be the verb « a »."""
    return slot_words("portfolio_continuation", EVERY_LANGUAGE)


def continues(word: str) -> bool:
    """The word opens a part continuing a portfolio (« à la Recherche », « des affaires »)."""
    return word.lower().replace("’", "'") in _continuation()


# A portfolio part is a few words of a ministry's name, not a clause or a figure.
PORTFOLIO_PART = re.compile(r"[^\d]{1,90}")


def continues_portfolio(norm: str, s: int, e: int) -> bool:
    """« ministre des Transports, des affaires maritimes et de la communication »: every
    part after a comma opens on a word continuing the portfolio, so the commas are inside
    one title."""
    parts = norm[s:e].split(",")[1:]
    return bool(parts) and all(
        (w := word_spans(part, 0)) and continues(w[0][2]) and PORTFOLIO_PART.fullmatch(part)
        for part in parts)


# Words that end a title (a relative pronoun, a verb, a time phrase): patterns/*/words.yaml
# (slot title_stop), pooled across languages, as a quoted title may be in another language.
_TITLE_STOP_SKELETON = r"\s{title_stop}\s|\s{title_stop_time}\b"


def title_stop() -> re.Pattern[str]:
    return compile_skeleton(_TITLE_STOP_SKELETON, EVERY_LANGUAGE, re.IGNORECASE)


# « directeur de X et responsable de Y »: a conjunction (« et », "and", « و » joined to the
# next word: patterns/*/words.yaml, slots conjunction, ar_conjunction) or a comma between
# two titles; pooled across languages, as a quoted title may be in another language.
_SPLIT_AND = r"\s+{conjunction}\s+|\s+{ar_conjunction}(?=\S)|,\s*"


def split_and() -> re.Pattern[str]:
    return compile_skeleton(_SPLIT_AND, EVERY_LANGUAGE, re.IGNORECASE)


_TRAILING_AND = r"[\s,]+(?:{ar_conjunction}|{conjunction})$"


# « X a été nommé au poste de Y », "X was sworn in as Y": the slots are filled from
# patterns/<language>/appointment.yaml (see constructions.py).
APPOINTED = (
    r"^\s*(?:,[^,]{0,80},\s*"
    # « Abdellatif Maâzouz du parti de l'Istiqlal (PI) a été élu »
    r"|\s(?:du|de la|de l'|des|of the|of)\s[^,.;()]{0,50}(?:\([^()]{1,12}\))?\s*"
    # « François Alabrune, va devenir ambassadeur »: one comma, then the verb
    r"|\s*,\s*"
    # « Xavier Bertrand (LR) a été élu président »: a party's letters in brackets
    r"|\s*\((?-i:[A-Z][\w.-]{0,11})\)\s*,?\s*)?"
    r"(?:{appointment_relative}\s+)?(?:{appointment_auxiliary})?\s*(?:{appointment_adverb}\s+)?"
    r"{appointment_verb}"
    # « élu, mercredi, président de ... »
    r"(?:\s*,\s*[^,]{1,30},)?\s+(?:{appointment_connector} )?"
)


# "sworn in as Minister of Finance on Monday", « mardi »: a day closes a title
# (patterns/*/words.yaml, slot day_after_title, pooled across languages).
_DAY_AFTER_TITLE = r"\s{day_after_title}\b|\son\s+\d"


def day_after_title() -> re.Pattern[str]:
    return compile_skeleton(_DAY_AFTER_TITLE, EVERY_LANGUAGE, re.IGNORECASE)


# (« Le nouveau préfet prend ses fonctions aujourd’hui… X a été nommé »: an ellipsis ends a
# sentence as a dot does)
BOUNDARY = re.compile(r"[.;:()\[\]\n«»\"“”!?…]|\s[-–—]\s")


ROLE_END = re.compile(r"[.;:()\[\]\n«»\"“”!?؛,…]")


@cache
def dotted_head_words() -> frozenset[str]:
    return frozenset(w for head in titles("en") for w in head.split() if w.endswith("."))


def _article_heads() -> frozenset[str]:
    """Heads that are a title only after an article (patterns/fr/words.yaml, slot
    head_after_article)."""
    return folded_set(slot_words("head_after_article", "fr"))


def head_after_article(word: str) -> bool:
    """« benjamin », « titulaire », « élue »: a French head that is a title only after its
    article (see ``find_head``), so absent from the head words ``is_title_word`` knows."""
    return unprefixed(fold(word)) in _article_heads()


def _article_before_head() -> frozenset[str]:
    return folded_set(slot_words("article_before_head", "fr"))


def find_head(words: list[tuple[int, int, str]], language: str, i: int) -> int:
    """Length in words of the longest title head starting at words[i], or 0."""
    if i >= len(words):
        return 0
    index = title_index(language)
    first = unprefixed(fold(words[i][2]))
    if language == "fr" and first in _article_heads():
        # « l'élue PDC de Porrentruy Anne Roy »: a participle read as a noun after its
        # article, never in « a été élue présidente »
        return int(i > 0 and fold(words[i - 1][2]) in _article_before_head())
    # the first word as written, without a proclitic (ar), without a plural or accusative
    # ending (single-word heads): only heads opening on one of these can match
    keys = {first}
    if language == "ar":
        if first.startswith(ar_proclitics()):
            keys.add(first[1:])
        if first.startswith("لل"):
            keys.add("ا" + first[1:])  # « للرئيس »: « ل » + « الرئيس », written without its « ا »
        keys.update(first[:-k] for k in (1, 2) if len(first) > k)
    elif language == "en" and first.endswith("s"):
        keys.add(first[:-1])
        if first.endswith("ies"):
            keys.add(first[:-3] + "y")  # "secretaries", "deputies"
    candidates = index.by_first.get(first, ()) if len(keys) == 1 else _longest_first(
        {c for k in keys for c in index.by_first.get(k, ())}, language)
    if not candidates and compound_of_heads(first, language):
        return 1  # « Ministre-Gouverneur »: two heads joined by a hyphen
    for n, head in candidates:
        if i + n > len(words):
            continue
        got = " ".join([first] + [fold(w[2]) for w in words[i + 1:i + n]])
        if "' " in got:
            got = got.replace("' ", "'")  # « chargé d' affaires » as cut: one head
        if got == head or n > 1 and unsuffixed(got) == head:  # "vice president-elect"
            return n
        if language == "ar" and got.startswith(ar_proclitics()) and got[1:] == head:
            return n  # « والرئيس الفرنسي », « بولي العهد »: a proclitic is not part of the title
        if language == "ar" and got.startswith("لل") and "ا" + got[1:] == head:
            return n  # « للرئيس المصري »
        # "ministers", "ambassadors"; Arabic accusative « وزيرا », « سفيرا »
        if language == "en" and (got == head + "s" or head.endswith("y")
                                 and got == head[:-1] + "ies") or language == "ar" and got in {
                head + end for end in slot_words("ar_accusative_ending", "ar")}:
            return n
        if language == "ar" and n >= 2 and _ar_indefinite_construct(got) == head:
            return n
        if language == "ar" and n == 1 and not head.startswith("ال") and got in {
                head + end for end in slot_words("ar_possessive_ending", "ar")}:
            return n  # « التقى أميرها الشيخ X »: "its emir", the head with a pronoun
    return 0


def _ar_indefinite_construct(got: str) -> str:
    """« كاتبا للدولة » is « كاتب الدولة » said after an appointment verb: the head in the
    accusative, its complement's « ال » turned into « لل » (« سفيرة للمملكة »). Returns the
    construct form, or "" when ``got`` is not so written. (A feminine « ة » head takes no
    written ending: « كاتبة للدولة ».)"""
    first, _, rest = got.partition(" ")
    bare = compile_skeleton(r"{ar_accusative_ending}$", "ar").sub("", first)
    if bare == first and not first.endswith("ة") or not rest.startswith("لل"):
        return ""
    return f"{bare} ا{rest[1:]}"


def _longest_first(candidates: set[tuple[int, str]], language: str) -> list[tuple[int, str]]:
    """Candidates in the order of ``titles(language)`` (longest first, as the full scan)."""
    order = _title_order(language)
    return sorted(candidates, key=lambda c: order[c[1]])


@cache
def _title_order(language: str) -> dict[str, int]:
    return {h: k for k, h in enumerate(titles(language))}


# compiled once: word_spans runs on every segment a title may be read in
_TOKEN = re.compile(r"[^\s,]+")
_DATELINE_DASH = re.compile(r"(.+?[).])[-–—]+(?=\w)")
_ELIDED = re.compile(r"^([ldLDjJnNsSmMtTcCqu]{1,2}')(.+)$")


def word_spans(segment: str, offset: int) -> list[tuple[int, int, str]]:
    out = []
    for m in _TOKEN.finditer(segment):
        tok = m.group(0)
        dash = len(tok) - len(tok.lstrip("-–—"))
        if 0 < dash < len(tok):
            # « (TOP243NEWS).-Le Président »: a dash glued after a dateline opens no word
            out.extend(word_spans(tok[dash:], offset + m.start() + dash))
            continue
        glued = _DATELINE_DASH.match(tok)
        if glued:
            # « Bouaké, 24 déc (AIP)-Le président »: the agency's bracket, then the first word
            at = offset + m.start()
            out.append((at, at + len(glued.group(1)), glued.group(1)))
            out.extend(word_spans(tok[glued.end():], at + glued.end()))
            continue
        # « l'Assemblée »: the elided article is its own word for the head search.
        el = _ELIDED.match(tok)
        if el:
            out.append((offset + m.start(), offset + m.start() + len(el.group(1)), el.group(1)))
            out.append((offset + m.start() + len(el.group(1)), offset + m.end(), el.group(2)))
        else:
            out.append((offset + m.start(), offset + m.end(), tok))
    return out


def trim(norm: str, s: int, e: int) -> tuple[int, int]:
    while s < e and (norm[s].isspace() or norm[s] in ",;"):
        s += 1
    while e > s and (norm[e - 1].isspace() or norm[e - 1] in ",;'"):
        e -= 1
    # "Bermuda's Governor at a": a stop the trimmed end left without its following space
    stop = title_stop().search(norm, s, min(len(norm), e + 1))
    if stop:
        e = min(e, stop.start())
    e = before_city(norm, s, e)
    verb = past_verb_after_head(norm, s, e)
    e = e if verb is None else len(norm[:verb].rstrip(" \t,"))
    # « المدير العام للشؤون الداخلية، و »: a conjunction left at the end opens the next item
    tail = compile_skeleton(_TRAILING_AND, EVERY_LANGUAGE).search(norm[s:e])
    if tail:
        e = s + tail.start()
    return s, e


# "conveyed", "arrived": a lower-case word in the past tense (not "-eed": "agreed" is a verb,
# "speed" is not, and neither is a noun)
_PAST_TENSE = re.compile(r"[a-z]{2,}[^e\W]ed")


def past_verb_after_head(norm: str, s: int, e: int) -> int | None:
    """Where a verb in the past tense stands after an English title's head in s..e: "the KSA
    Deputy Minister of Defence arrived here", "the Deputy Minister conveyed greetings of the
    King": the title ends before it (the subject's verb); None if none does ("the newly
    appointed Minister" keeps its participle, before the head; "General (retired)" too)."""
    seen = False
    for ws, _, w in word_spans(norm[s:e], s):
        if seen and (_PAST_TENSE.fullmatch(w) or w in slot_words("past_verb", "en")) \
                and norm[ws - 1:ws] != "(" \
                and fold(w) not in modifier_words():
            return ws
        seen = seen or is_title_word(w, "en")
    return None


# "deputy chief justice in Juba": a city after a title tells where the scene is, not the
# title's office (a country stays: "High Commissioner in Sri Lanka"); the prepositions are
# patterns/*/words.yaml, slot city_after_title.
_CITY_AFTER = r"\s(?i:{city_after_title})\s+(?P<place>[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2})"


def before_city(norm: str, s: int, e: int) -> int:
    for m in compile_skeleton(_CITY_AFTER, EVERY_LANGUAGE).finditer(norm, s, e):
        words = m.group("place").split()
        cities = places().city_country
        if any(fold(" ".join(words[:n])) in cities and fold(" ".join(words[:n])) not in
               places().country_names for n in range(len(words), 0, -1)):
            return m.start()
    return e
