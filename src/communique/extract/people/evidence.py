"""What proves a candidate is a person when no title or honorific does: a verb of
speech, kin, initials, a country after the name, a list item."""

from __future__ import annotations

import re

from ..constructions import EVERY_LANGUAGE, compile_skeleton
from ..constructions import words as slot_words
from ..reference import fold, places
from .lexicon import folded_set, latin_given_names, place_words
from .mentions import NameMention, PersonDraft
from .titles_after_name import address_start

# A verb of speech or appointment next to a run of capitals marks a person ("X said",
# « X a été élue »); a by-line or a photo credit marks one who is no person of the event.
# Slots filled from patterns/<language>/evidence.yaml and credits.yaml.
_SPEECH_AFTER = r"^[’']?s?\s*(?:,[^,]{0,60},\s*)?{speech_after}\b"


_SPEECH_BEFORE = r"\b{speech_before}\s*$"


_INITIALS_NAME = re.compile(
    r"^(?:(?:[A-Z]\.?\s+){2,3}|[A-Z]{2}\s+(?:[A-Z]\.?\s+)?|(?:[A-Z]\.){2,3}\s*)"
    r"[A-Z][a-z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*$")


# ("P. Harris Hines": with its dot, one initial may open a given name and a surname)
_ONE_INITIAL_NAME = re.compile(r"^[A-Z]\.?\s+[A-Z][a-z][\w'’-]{2,}$"
                               r"|^[A-Z]\.\s+[A-Z][a-z][\w'’-]+\s+[A-Z][a-z][\w'’-]{2,}$")


_FROM_COUNTRY = (r"\s+from\s+(?:the\s+)?([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})"
                 r"\s*(?:[,;.]|{conjunction}\b)")


# "Amber Buchanan, wife of the Secretary of State" (patterns/<language>/words.yaml, slot
# kin_after_name).
_KIN_AFTER = r"[ \t]*,[ \t]*{kin_after_name}"


def _has_person_evidence(p: PersonDraft, norm: str, language: str) -> bool:
    """A title, an honorific, a known given name or a verb of speech marks a person."""
    if p.titles or p.honorific:
        return True
    given = latin_given_names()
    for m in p.mentions:
        first = m.text.split()[0]
        # "thanked CM Sarma": a title written short opens the run, not a person's initials
        abbreviated_title = first in slot_words("title_abbreviation", "en")
        if fold(first) in given or "-" in first and fold(first.split("-")[0]) in given:
            return True
        if compile_skeleton(_SPEECH_AFTER, language, re.IGNORECASE).match(
                norm[m.end:m.end + 80]):
            return True
        if compile_skeleton(_SPEECH_BEFORE, language, re.IGNORECASE).search(
                norm[max(0, m.start - 20):m.start]) and not abbreviated_title:
            return True
        if compile_skeleton(_KIN_AFTER, language, re.IGNORECASE).match(norm, m.end):
            return True
        # "E P Jayarajan", "KM Khalid", "T M Thomas Isaac": initials before a surname
        if (_INITIALS_NAME.match(m.text) and fold(m.text.split()[0]) not in place_words()
                and m.text.split()[0] not in slot_words("title_abbreviation", "en")):
            return True
        # "O Rajagopal", "P Sathasivam", "P. Harris Hines": one initial before a surname ("A"
        # opening a run is read as the article, see _clean_latin)
        if _ONE_INITIAL_NAME.match(m.text):
            return True
        # "Zine al-Abidine Ben Ali", "Khalid bin Hilal Al Busaidi": "son of" inside a name
        # (patterns/fr/words.yaml, slot name_filiation) names a man and his father
        inner = [fold(t) for t in m.text.split()[1:-1]]
        if any(t in folded_set(slot_words("name_filiation", EVERY_LANGUAGE)) for t in inner):
            return True
        # "John Doe (Kenya)": an envoy's country in brackets
        paren = re.match(r"\s*\(([^()\n]{2,40})\)", norm[m.end:m.end + 45])
        if paren and fold(paren.group(1)) in places().country_names:
            return True
        # "Zeynalli Akram from Azerbaijan, Martin Mbazumutima from Burundi": an envoy's country
        after = compile_skeleton(_FROM_COUNTRY, language).match(norm[m.end:m.end + 50])
        if after and fold(after.group(1)) in places().country_names:
            return True
        # "Egypt, Maher Almahdy; Mongolia, Shagdar Battsetseg; Kenya, Lemarron Kaanto"
        listed = re.search(r"[;:]\s*([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}),\s*$",
                           norm[max(0, m.start - 40):m.start])
        if listed and fold(listed.group(1)) in places().country_names:
            return True
        # "heads of mission of Ethiopia – Kasahun Dender Melese, Japan – Chikahito Harada"
        lead = re.search(r"([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s*[–—-]\s*$",
                         norm[max(0, m.start - 40):m.start])
        if lead and fold(lead.group(1)) in places().country_names:
            return True
    return False


_NAMES_JOINED = r"\s*(?:,|,?\s+(?:{conjunction}|{name_conjunction}))\s*"


_LAST_AND = r", (?:{conjunction}|{name_conjunction})"


# "sworn in: A, Ministry of X; B, Ministry of Y; and Dr C, Ministry of Z": a name opening an
# item of a list whose items are closed by semicolons.
_ITEM_OPENS = r"[;:][ \t]*(?:{conjunction}[ \t]+)?$"


def _semicolon_items(owner: list[tuple[NameMention, PersonDraft]], norm: str, language: str
                     ) -> list[list[PersonDraft]]:
    """The people opening the items of each semicolon list, in the article's order: one
    run per list (the items of one sentence, a semicolon between each two)."""
    opens = compile_skeleton(_ITEM_OPENS, language)
    runs: list[list[PersonDraft]] = []
    last_end = -1
    for m, p in owner:
        at = address_start(norm, m.honorific[0]) if m.honorific else m.start
        if not opens.search(norm, max(0, at - 12), at):
            continue
        gap = norm[last_end:at] if last_end >= 0 else ""
        if runs and gap.count(";") == 1 and not re.search(r"[.!?]\s|\n", gap):
            runs[-1].append(p)
        else:
            runs.append([p])
        last_end = m.end
    return runs


# "the governors of Oshana (Elia Irimari), Khomas (Laura McLeod), ... and Kunene (Marius
# Sheya)": between two names in brackets, the next item's place or office and its bracket.
_BRACKET_ITEMS = r"\)[ \t]*,?[ \t]*(?:{conjunction}[ \t]+)?[^()\n.;:]{1,50}\([ \t]*$"


def _bracket_items(owner: list[tuple[NameMention, PersonDraft]], norm: str, language: str
                   ) -> list[list[PersonDraft]]:
    """The people named in brackets after the items of one list ("Oshana (A), Khomas (B)
    and Kunene (C)"), one run per list."""
    between = compile_skeleton(_BRACKET_ITEMS, language)
    runs: list[list[PersonDraft]] = []
    last_end = -1
    for m, p in owner:
        at = address_start(norm, m.honorific[0]) if m.honorific else m.start
        if not re.search(r"\([ \t]*$", norm[max(0, at - 3):at]) or not re.match(
                r"[ \t]*\)", norm[m.end:m.end + 3]):
            last_end = -1
            continue
        closes = norm.index(")", m.end)
        if runs and last_end >= 0 and between.fullmatch(norm, last_end, at):
            runs[-1].append(p)
        else:
            runs.append([p])
        last_end = closes
    return runs


_LIST_CLOSES = re.compile(r"[ \t]*(?:\.(?:\s|$)|$)")


def with_evidence(people: list[PersonDraft], norm: str, language: str) -> list[PersonDraft]:
    """Keep people with evidence, and those listed beside them ("ministers A, B and C")."""
    ok = {id(p) for p in people if _has_person_evidence(p, norm, language)}
    # "A, B and C", "A & B": the conjunctions of patterns/<language>/words.yaml
    joined = compile_skeleton(_NAMES_JOINED, language)
    last_and = compile_skeleton(_LAST_AND, language)
    owner = sorted(((m, p) for p in people for m in p.mentions), key=lambda x: x[0].start)
    # A list headed by a plural title: "state cabinet ministers A, B and C".
    for k, (m, p) in enumerate(owner):
        if not any(e >= m.start - 1 and e <= m.start for _, e in p.titles):
            continue
        for m2, p2 in owner[k + 1:]:
            if not joined.fullmatch(norm[m.end:m2.start]):
                break
            ok.add(id(p2))
            m = m2
    # "Queen Oja, Bimal Bora, Bhabesh Kalita and Baijayant Panda were also in attendance": a list
    # of three names or more in which one is a person lists people.
    # The list must close on "and": "MFK, Korsou di Nos Tur, Pueblo Soberano, Marilyn Moses of
    # ..." lists parties before a person.
    runs: list[tuple[list[PersonDraft], bool, int]] = []
    last_end = -10
    for m, p in owner:
        gap = norm[last_end:m.start] if last_end >= 0 else ""
        if runs and joined.fullmatch(gap):
            runs[-1] = (runs[-1][0] + [p], "," not in last_and.sub("", gap), m.end)
        else:
            runs.append(([p], False, m.end))
        last_end = m.end
    for run, closed, end in runs:
        if len(run) >= 3 and closed and any(id(p) in ok for p in run):
            ok.update(id(p) for p in run)
        elif (len(run) >= 4 and 2 * sum(id(p) in ok for p in run) >= len(run)
              and _LIST_CLOSES.match(norm, end)):
            # "The new ministers sworn in today were A, B, C, D.": a list of four names or
            # more, commas only, that ends the sentence and is half people lists people
            ok.update(id(p) for p in run)
    for run in _bracket_items(owner, norm, language):
        if len(run) >= 3 and any(id(p) in ok for p in run):
            ok.update(id(p) for p in run)
    for run in _semicolon_items(owner, norm, language):
        if len(run) >= 3 and any(id(p) in ok for p in run):
            ok.update(id(p) for p in run)
    # "Seri Perdana Complex", "Three Amigos": capitalised, but nothing says a person.
    return [p for p in people if id(p) in ok]
