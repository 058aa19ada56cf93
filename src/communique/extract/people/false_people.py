"""Names that are no person: photo credits and signatures, buildings and events named
after someone, places, demonyms before a name, names seen only in the headline."""

from __future__ import annotations

import re
from functools import cache

from ..constructions import EVERY_LANGUAGE, compile_skeleton
from ..constructions import words as slot_words
from ..reference import fold, places, read_data_yaml
from .lexicon import folded_set, is_title_word, latin_given_names, name_data, region_names
from .mentions import NameMention, PersonDraft


def is_place_name(m: NameMention) -> bool:
    """"Hadjer Lamis", "Addis Ababa", "Wyoming Capitol": a run opening on a province or a
    town is a place or a building there, unless it opens on a known given name."""
    toks = [fold(t) for t in m.text.split()]
    if toks and toks[0].rstrip(".") in folded_set(slot_words("saint", EVERY_LANGUAGE)):
        return True  # « Saint Lucie », "St Kitts": a saint's name in the news is a place
    if not toks or toks[0] in latin_given_names():
        return False
    p = places()
    for n in range(min(3, len(toks)), 0, -1):
        head = " ".join(toks[:n])
        if head in region_names() or head in p.city_country or head in p.country_names:
            return n == len(toks) or n > 1 or toks[1] in slot_words("building_word", EVERY_LANGUAGE)
    return False


_CREDIT = r"(?:(?:^|\n)[ \t]*{byline_lead}[ \t]+|{credit_lead}[ \t]*)$"


def credit_before(norm: str, start: int, language: str) -> bool:
    """"By Bethsheba Wambura" on a line of its own, « Photo : X »: the author or the
    photographer, not a person of the event."""
    return bool(compile_skeleton(_CREDIT, language).search(norm[max(0, start - 30):start]))


def signature_line(p: PersonDraft, m: NameMention, norm: str) -> bool:
    """A name alone on the article's last line, on its first (a copy with no headline) or on
    the line under the headline, with no title or form of address, signs the article:
    "Stanys Bujakera"."""
    if p.titles or p.honorific:
        return False
    line_start = norm.rfind("\n", 0, m.start) + 1
    line_end = norm.find("\n", m.end)
    line_end = len(norm) if line_end < 0 else line_end
    if norm[line_start:m.start].strip() or norm[m.end:line_end].strip(" \t.,"):
        return False
    lines = [(x.start(), x.end()) for x in re.finditer(r"[^\n]*\S[^\n]*", norm)]
    return (line_start, line_end) in (lines[-1:] + lines[:2]) and len(lines) > 2


_BYLINE_DATE = r"[ \t]*\n[ \t]*{byline_date}"


def byline_over_date(p: PersonDraft, m: NameMention, norm: str, language: str) -> bool:
    """"Tony Jones" alone on a line, "Thursday 21 March 2024 14:22" on the next: the by-line
    of a wire story (with no "By"), not a person of the event."""
    if p.titles or p.honorific:
        return False
    line_start = norm.rfind("\n", 0, m.start) + 1
    line_end = norm.find("\n", m.end)
    if line_end < 0 or norm[line_start:m.start].strip() or norm[m.end:line_end].strip():
        return False
    return bool(compile_skeleton(_BYLINE_DATE, language).match(norm, line_end))


# French: « la Botswanaise Pilomina Venson-Moitoi »: an article and a capitalised demonym;
# the articles and the demonym endings are in patterns/fr/words.yaml (slots demonym_article,
# demonym_ending). The expression itself says only that a demonym is one capitalised word
# (or hyphenated ones: « Sud-Africaine ») ending on one of those endings.
_FR_DEMONYM = r"\b(?i:{demonym_article})\s*$"


_FR_DEMONYM_WORD = r"[A-ZÉ][a-zéèëï]+(?:-[A-ZÉ][a-zéèëï]+)*{demonym_ending}"


def fr_demonym_lead(c: NameMention, norm: str) -> int:
    """Length of a leading « Botswanaise » (after « la ») in a French run, or 0."""
    first = c.text.split()[0] if c.text.split() else ""
    if (len(c.text.split()) >= 3 and compile_skeleton(_FR_DEMONYM_WORD, "fr").fullmatch(first)
            and compile_skeleton(_FR_DEMONYM, "fr").search(norm[max(0, c.start - 5):c.start])
            and fold(first) not in latin_given_names() and not is_title_word(first, "fr")):
        return len(first)
    return 0


def without_demonym(c: NameMention, text: str, norm: str) -> NameMention:
    """« la Sud-Africaine Nkosazana Dlamini-Zuma »: the demonym is not part of the name."""
    n = fr_demonym_lead(c, norm)
    if not n:
        return c
    start = c.start + n
    while start < c.end and text[start].isspace():
        start += 1
    return NameMention(start, c.end, text[start:c.end], c.honorific)


_ORDINAL_AFTER = re.compile(r"[ \u00a0]+(?:1er|Ier|\d{1,2}e|[IVX]{1,4})(?![\w])")


def with_ordinal(c: NameMention, text: str, norm: str) -> NameMention:
    """« Sa Majesté Philippe 1er »: a regnal ordinal after a given name belongs to the name."""
    m = _ORDINAL_AFTER.match(norm, c.end)
    if not m or fold(c.text.split()[0]) not in latin_given_names():
        return c
    return NameMention(c.start, m.end(), text[c.start:m.end()], c.honorific)


@cache
def _event_words() -> frozenset[str]:
    heads = read_data_yaml("events.yaml")["heads"]
    return frozenset(fold(h) for lang in ("en", "fr") for h in heads[lang] if " " not in h)


def is_building_name(m: NameMention) -> bool:
    """"Raj Bhavan", "Seri Perdana Complex": a building's name ends on a building word."""
    toks = m.text.split()
    return len(toks) > 1 and fold(toks[-1]) in slot_words("building_end", EVERY_LANGUAGE)


# « le stade Général Lansana Conté », « la sphère Ousmane Tanor Dieng », « place du maréchal
# Foch »: a building or a street named after someone (slot named_after, patterns/fr/words.yaml),
# with a rank between them at most; that name is the place's, not a person of the event. The
# word may carry an elided article: « l'Espace Jules Cazot », and an adjective (slot
# named_after_qualifier): « l'aéroport international Léon Mba ».
_NAMED_AFTER = (r"(?:(?<![\w'])|(?<=\b[lLdD]'))(?i:{named_after})"
                # « l'aéroport international Léon Mba »: an adjective of the building's reach
                r"(?:\s+(?i:{named_after_qualifier}))?"
                r"(?:\s+(?i:{complement_of})(?:\s+{title_article})?)?"
                r"\s+(?:(?P<rank>[\w-]+)\s+)?$")


def is_named_after(m: NameMention, norm: str, language: str) -> bool:
    lead = compile_skeleton(_NAMED_AFTER, language).search(norm, max(0, m.start - 60), m.start)
    return bool(lead) and (not lead.group("rank") or is_title_word(lead.group("rank"), language))


# « l'équipe Michel 1er », « le gouvernement Philippe II »: a government named after its
# head and numbered (slot numbered_government, patterns/fr/words.yaml) is no person.
_NUMBERED_GOVERNMENT = r"(?:(?<![\w'])|(?<=\b[lLdD]'))(?i:{numbered_government})\s+$"


def is_numbered_government(m: NameMention, norm: str, language: str) -> bool:
    """The name and its ordinal (``with_ordinal``) right after a government's word."""
    if language != "fr" or not _ORDINAL_AFTER.search(m.text):
        return False
    lead = compile_skeleton(_NUMBERED_GOVERNMENT, language)
    return lead.search(norm, max(0, m.start - 30), m.start) is not None


def is_event_name(m: NameMention) -> bool:
    """"Credentialing Ceremony", « Conférence Nationale »: an event noun ends no person's name."""
    toks = m.text.split()
    return len(toks) > 1 and fold(toks[-1]) in _event_words()


def headline_only(p: PersonDraft, norm: str) -> bool:
    """"Ambassador Pays Farewell Call on Prime Minister": a title-case headline makes any words
    look like a name; a person named only there, with no known given name, is not kept."""
    head = re.match(r"\s*[^\n]+\n", norm)
    if not head or head.group(0).rstrip().endswith((".", "!", "?")):
        return False
    if any(m.start >= head.end() for m in p.mentions) or p.titles or p.honorific:
        return False
    first = fold(p.name.text.split()[0])
    return first not in latin_given_names() and first not in name_data()[0]
