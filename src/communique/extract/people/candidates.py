"""Finding the people named in an article: the candidates of each reader, merged into
one entry per person (pipeline component ``candidates``)."""

from __future__ import annotations

import re

from ..constructions import EVERY_LANGUAGE, compile_skeleton
from ..constructions import words as slot_words
from ..nlp import Entity
from ..reference import fold
from .abbreviated_titles import without_abbreviated_title
from .arabic_names import arabic_candidates
from .arabic_short_forms import arabic_short_forms
from .false_people import (
    fr_demonym_lead,
    is_building_name,
    is_event_name,
    is_named_after,
    is_numbered_government,
    is_place_name,
    with_ordinal,
    without_demonym,
)
from .latin_names import latin_candidates, spacy_candidates
from .lexicon import honorific_before, is_title_word, latin_given_names, opening_words
from .mentions import NameMention, PersonDraft
from .name_matching import key_tokens, misspelt, same_person
from .title_words import find_head, head_after_article, word_spans
from .titles_before_name import titles_before

_PERSON_VERB = r"^\s*(?:,[^,]{0,60},\s*)?{person_verb_after}\b"


def _given_name_first(m: NameMention) -> bool:
    """Two or more capitalised words opening on a known given name: "Pilomina Venson-Moitoi"."""
    toks = m.text.split()
    particles = slot_words("name_particle", EVERY_LANGUAGE)
    if len(toks) < 2 or not all(t[:1].isupper() for t in toks[1:] if fold(t) not in particles):
        return False
    first = fold(toks[0])
    return first in latin_given_names() or "-" in first and first.split("-")[0] in (
        latin_given_names())


def find_candidates(
    text: str, norm: str, language: str, ents: list[Entity]
) -> list[PersonDraft]:
    """Name mentions (spaCy PER entities, capitalised runs, Arabic given-name look-ups), one
    draft per person with all its mentions; no titles yet, nothing dropped for lack of one."""
    if language == "fr":
        cands = spacy_candidates(text, ents, language)
        cands = [without_demonym(c, text, norm) for c in cands]
        named = list(cands)
        cands += [without_demonym(c, text, norm) for c in latin_candidates(text, norm, language)
                  if honorific_before(text, norm, c.start) or _given_name_first(c)
                  or _fr_person_context(c, norm) or _between_names(c, named, norm)]
    elif language == "ar":
        cands = arabic_candidates(text, norm)
        cands += [c for c in latin_candidates(text, norm, language) if len(c.text.split()) > 1]
        cands += arabic_short_forms(text, norm, cands)  # « الوزير الدباغ »
    else:
        # "PM Sogavare": the office written short is a title, not the name's first word
        cands = [without_abbreviated_title(c, norm) for c in latin_candidates(text, norm, language)]
    cands = [with_ordinal(c, text, norm) for c in cands
             if not is_place_name(c) and not is_event_name(c) and not is_building_name(c)
             and not is_named_after(c, norm, language)]
    cands = [c for c in cands if not is_numbered_government(c, norm, language)]
    # Longest first, drop overlaps.
    cands.sort(key=lambda c: (-(c.end - c.start), c.start))
    taken: list[NameMention] = []
    for c in cands:
        if all(c.end <= t.start or c.start >= t.end for t in taken):
            taken.append(c)
    taken.sort(key=lambda c: c.start)

    mentions = [
        NameMention(c.start, c.end, c.text, honorific_before(text, norm, c.start)) for c in taken
    ]
    # Group mentions naming the same person (« Abdellatif Hammouchi » … « M. Hammouchi »).
    people: list[PersonDraft] = []
    slipped: set[int] = set()  # people one of whose mentions is misspelt (``_misspelt``)
    by_length = sorted(mentions, key=lambda m: (-len(key_tokens(m.text)), m.start))
    for m in by_length:
        toks = key_tokens(m.text)
        home = next((p for p in people if same_person(toks, key_tokens(p.name.text))
                     # "Naser" after "Mohammed Nacer" and "Mohamed Naser": either spelling
                     or id(p) in slipped and any(same_person(toks, key_tokens(x.text))
                                                 for x in p.mentions)), None)
        if home is None:
            home = next((p for p in people if misspelt(toks, key_tokens(p.name.text))), None)
            if home is not None:
                slipped.add(id(home))
        if home is None:
            people.append(PersonDraft(m, [m]))
        else:
            home.mentions.append(m)
    for p in people:
        p.mentions.sort(key=lambda m: m.start)
        if id(p) in slipped:
            p.name = _best_spelt(p)
        elif _PERSIAN_LETTERS.search(p.name.text):
            p.name = _in_arabic_letters(p)
    return people


# « ی », « ک »: letters of a Persian keyboard in an Arabic article
_PERSIAN_LETTERS = re.compile("[\u06cc\u06a9]")


def _in_arabic_letters(p: PersonDraft) -> NameMention:
    """« حسن روحانی » then « حسن روحاني »: of a person's full mentions, the first one the
    article writes in Arabic letters, as a reader of Arabic spells the name."""
    full = [m for m in p.mentions if len(key_tokens(m.text)) == len(key_tokens(p.name.text))]
    return next((m for m in full if not _PERSIAN_LETTERS.search(m.text)), p.name)


def _best_spelt(p: PersonDraft) -> NameMention:
    """Of a person's full mentions, the spelling the article repeats ("Mohamed Naser" and
    "Naser" twice, not the "Mohammed Nacer" of one sentence); the first one on a tie."""
    full = [m for m in p.mentions if len(key_tokens(m.text)) == len(key_tokens(p.name.text))]

    def support(m: NameMention) -> int:
        keys = set(key_tokens(m.text))
        return sum(set(key_tokens(o.text)) <= keys for o in p.mentions)

    return max(full, key=lambda m: (support(m), -m.start))


def _fr_person_context(c: NameMention, norm: str) -> bool:
    """A French run of two words or more after « la Péruvienne », before « a été élue » or
    before a comma and a title."""
    if len(c.text.split()) < 2:
        return False
    return bool(fr_demonym_lead(c, norm)
                or compile_skeleton(_PERSON_VERB, "fr").match(norm[c.end:c.end + 80])
                or _title_after_comma(c, norm) or _title_right_before(c, norm))


# « A, B et C »: the gap between two names of a list
_IN_LIST = re.compile(r"[ \t]*(?:,|\bet\b)[ \t]*")
_NEXT_IN_LIST = re.compile(r"[ \t]*(?:,|\bet\b)[ \t]*[A-ZÀ-Þ]")


def _between_names(c: NameMention, named: list[NameMention], norm: str) -> bool:
    """« dont Kossonou Ignace, N'Guettia Amoa Béatrice, Kamagaté Ali et … »: a run of
    capitalised words with a known given name, next to a name in a list, is a name too
    (spaCy may read it as no person, or cut « N' » off it)."""
    toks = c.text.split()
    if len(toks) < 2 or not all(t[:1].isupper() for t in toks) or not any(
            fold(t) in latin_given_names() for t in toks):
        return False
    # after the run, a name only makes a list if « et » or another name follows it: not
    # « à l'aéroport Lahore Allama Iqbal, Erdoğan a été accueilli »
    return any(n.end < c.start and _IN_LIST.fullmatch(norm, n.end, c.start)
               or c.end < n.start and (gap := _IN_LIST.fullmatch(norm, c.end, n.start))
               and ("et" in gap.group(0) or _NEXT_IN_LIST.match(norm, n.end))
               for n in named)


def _title_right_before(c: NameMention, norm: str) -> bool:
    """« son prédécesseur Christian Trimua », « du Secrétaire général adjoint du gouvernement,
    Makre SKPANE »: a run of capitalised words right after a title (or its comma) is who
    holds it."""
    if not all(t[:1].isupper() for t in c.text.split()):
        return False
    gap = re.search(r"[ \t]*,?[ \t]*$", norm[max(0, c.start - 4):c.start])
    end = c.start - (len(gap.group(0)) if gap else 0)
    if end == c.start or not any(is_title_word(w, "fr") or head_after_article(w)
                                 for w in norm[max(0, end - 120):end]
                                 .replace("'", " ").split()[-12:]):
        return False  # (no head word before it: the full reading is not needed)
    comma = "," in norm[end:c.start]
    for s, e in titles_before(norm, c.start, "fr"):
        # without a comma the title ends on its head: not « président de la Commission
        # Électorale Nationale »
        last = word_spans(norm[s:e], s)[-1:]
        if e == end and (comma or last and find_head(last, "fr", 0)):
            return True
    return False


_COMMA_AFTER = re.compile(r"[ \t]*,[ \t]*")


def _title_after_comma(c: NameMention, norm: str) -> bool:
    """« - Lamine Ouattara, Ambassadeur de la République de Côte d'Ivoire; »: a run followed by
    a comma and a title (after an article or premodifiers) names who holds it."""
    comma = _COMMA_AFTER.match(norm, c.end)
    # only capitalised words: not « Dans la Salle Noble du Palais, le Président … »
    if not comma or not all(t[:1].isupper() for t in c.text.split()):
        return False
    words = word_spans(norm[comma.end():comma.end() + 80], comma.end())[:8]
    k = 0
    while k < len(words) - 1 and fold(words[k][2]) in opening_words():
        k += 1
    return bool(find_head(words, "fr", k))
