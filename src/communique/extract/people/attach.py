"""Titles for each candidate, read before and after its name, shared over lists and
filtered (pipeline component ``titles``)."""

from __future__ import annotations

import re

from ..arabic_verbs import is_arabic_verb
from ..constructions import compile_skeleton
from ..constructions import words as slot_words
from ..nlp import Entity
from ..reference import fold, places
from .abbreviated_titles import abbreviated_title_before
from .arabic_names import ar_accusative_title, ar_heads, ar_name_end
from .arabic_roles import ar_after_object_preposition, ar_title_cut
from .candidates import find_candidates
from .distributed_titles import fr_distributed_titles, fr_respective_complements
from .evidence import with_evidence
from .false_people import byline_over_date, credit_before, headline_only, signature_line
from .fr_listed_members import fr_listed_members
from .lexicon import latin_given_names, modifiers
from .mentions import NameMention, PersonDraft
from .name_matching import key_tokens
from .shared_titles import share_list_titles
from .subject_titles import fr_subject_titles
from .title_words import find_head, word_spans
from .titles_after_name import address_start, titles_after
from .titles_before_name import titles_before


# « أمام », « مع », « إلى »: a name after one of these is no verb's subject
# (patterns/ar/words.yaml, slots name_end and ar_object_preposition)
def _ar_verb_before(norm: str, start: int, name_ends: frozenset[int] = frozenset()) -> str | None:
    """The verb whose subject the name at start is, with nothing but its title between
    them (« واستقبل الملك محمد السادس »), or None; not when another name stands right
    before the verb, its subject (« أن الغالي سيلتقي الرئيس X »: X is the object)."""
    lo = max(0, start - 100)
    clause = re.split(r"[.،,:؛\n!?]", norm[lo:start])[-1]
    at = start - len(clause)
    for w in reversed(list(re.finditer(r"\S+", clause))):
        if (w.group(0) in ar_name_end() or w.group(0) in slot_words("ar_object_preposition", "ar")
                or w.group(0).startswith(("لل", "بال"))):
            return None  # « إلى », « أمام », « للرئيس »: the name follows a preposition
        if is_arabic_verb(w.group(0)):
            # (« X عينها الملك Y »: a verb with its object pronoun has that name as object)
            before = norm[:at + w.start()].rstrip(" \t")
            subject_before = (len(before) in name_ends or _ar_subject_then_verb(before)) \
                and not _ar_verb_has_object(w.group(0))
            return None if subject_before else w.group(0)
    return None


def _ar_subject_then_verb(before: str) -> bool:
    """« إن الوزير سيلتقي », « أن الغالي سيلتقي »: the verb's subject stands before it, a
    title head, or an « ال » word right after « أن » (patterns/ar/words.yaml, slot
    ar_subject_first); the name after the verb is then its object."""
    words = before.split()[-2:]
    if not words:
        return False
    last = words[-1]
    if fold(last) in ar_heads() and last.startswith("ال"):
        return True
    return (len(words) == 2 and last.startswith("ال")
            and words[0] in slot_words("ar_subject_first", "ar"))


# « عينها », « انتخبه »: the object pronouns a verb may end with
_AR_OBJECT_PRONOUN = re.compile(r"(?:ه|ها|هم|هما)$")


def _ar_verb_has_object(verb: str) -> bool:
    """« عينها الملك X سفيرة »: the verb carries its object, so the name after it is the
    subject (the one who appoints) and a role in the accusative is the object's."""
    bare = _AR_OBJECT_PRONOUN.sub("", verb)
    return bare != verb and is_arabic_verb(bare)


def extract_people(
    text: str, norm: str, language: str, ents: list[Entity]
) -> list[PersonDraft]:
    """Candidates, then their titles: the two pipeline components in one call."""
    return attach_titles(find_candidates(text, norm, language, ents), norm, language)


def attach_titles(people: list[PersonDraft], norm: str, language: str) -> list[PersonDraft]:
    """Each person's titles and honorific, then only the people the article shows to be
    people of the event (a one-word name needs an honorific; no by-line, no credit)."""
    mentions = sorted((m for p in people for m in p.mentions), key=lambda m: m.start)
    name_starts = {m.start for m in mentions}
    frozen_starts = frozenset(name_starts)
    frozen_ends = frozenset(m.end for m in mentions)
    kept: list[PersonDraft] = []
    for p in people:
        for m in p.mentions:
            if p.honorific is None and m.honorific:
                p.honorific = m.honorific
            # « Le président de la République, M. Abdelmadjid Tebboune »: the title is
            # before the honorific; "the outgoing ambassador, Mr X" keeps "Mr" out of it.
            before = []
            if m.honorific:
                before = titles_before(norm, address_start(norm, m.honorific[0]), language,
                                        frozen_starts, name_ends=frozen_ends)
            if not before:
                before = titles_before(norm, m.start, language, frozen_starts,
                                        name_ends=frozen_ends)
                if m.honorific and language == "en":
                    # "... of Kenya and His Excellency Dr X": no title ends on an address
                    # (« Sa Majesté le Roi Mohammed VI » keeps « Roi »)
                    at = address_start(norm, m.honorific[0])
                    before = [t for t in before if t[1] <= at]
                if m.honorific and language == "ar":
                    # « مدير الشؤون القانونية والمهندس سامي رمزي »: no title runs over the
                    # honorific into the name (« فخامة الرئيس X » keeps « الرئيس »)
                    at = m.honorific[0]
                    before = [t for t in before if not t[0] < at < t[1]]
            if not before and language == "en":
                before = abbreviated_title_before(norm, m.start)  # "PM Sogavare"
            quote = re.search(r"[\"«“]\s*$", norm[max(0, m.start - 3):m.start])
            if not before and quote:
                # « سفيرة كوريا الجنوبية "كانغ كيونغ هوا" »: a quoted name keeps its title
                at = max(0, m.start - 3) + quote.start()
                before = titles_before(norm, at, language, frozen_starts)
            sure = bool(m.honorific) or fold(m.text.split()[0]) in latin_given_names()
            after = titles_after(norm, m.end, language, name_starts, sure)
            if language == "ar":
                # « إن الوزير سيلتقي الرئيس X »: a title does not run over a verb (the one
                # before it is its subject's)
                before = [t for t in before if not any(
                    is_arabic_verb(w) for w in norm[t[0]:t[1]].split())]
                after = [t for t in after
                         if not _ar_verb_object(norm, m, before, t, frozen_ends)]
                if ar_after_object_preposition(norm, m.start, frozen_starts):
                    # « أدى X اليمين أمام الرئيس Y، محافظا لمحافظة غزة »: the role sworn
                    # into is the oath taker's, not that of the one it is sworn before
                    after = [t for t in after if not ar_accusative_title(norm[t[0]:t[1]])]
            spans = before + after
            if language == "ar":
                spans = [c for c in (ar_title_cut(norm, t) for t in spans) if c]
            for span in spans:
                if not any(_title_key(norm, span) == _title_key(norm, t) for t in p.titles):
                    p.titles.append(span)
        # « faire grandir Sorel-Tracy », « Kaga-Bandoro (centre-nord) »: in French one word
        # joined by a hyphen is a town as often as a surname; alone it is one name, as a
        # surname alone is (given names joined so, « Anne-Catherine », stay a person's)
        single = len(key_tokens(p.name.text)) < 2 or language == "fr" and " " not in (
            p.name.text.strip()) and not all(
                fold(part) in latin_given_names() for part in p.name.text.split("-"))
        # « le président Gbagbo »: in French a title right before a surname names him as an
        # honorific would
        titled = language == "fr" and any(
            _head_before_surname(norm, t, m) for m in p.mentions for t in p.titles)
        if single and not p.honorific and not titled and not _named_by_kin(p, norm, language) \
                and not (language == "en" and _one_name_after_title(p, norm)):
            continue
        kept.append(p)
    share_list_titles(kept, norm, language, frozen_starts)
    if language == "fr":
        fr_distributed_titles(kept, norm)
        fr_respective_complements(kept, norm)
        fr_listed_members(kept, norm)
        fr_subject_titles(kept, norm, frozen_starts)
    if language == "en":
        # (after a person's name: not after "Ambassador of Lorvania (H.E. X)", whose
        # "Lorvania" was read as a run of capitals and is no person)
        kept_ends = frozenset(m.end for p in kept for m in p.mentions)
        kept = [p for p in kept if not _in_bracket_after_name(p, norm, kept_ends)]
        _drop_titles_of_next_name(kept)
    kept = [p for p in kept if not headline_only(p, norm)
            and not all(credit_before(norm, m.start, language)
                        or signature_line(p, m, norm)
                        or byline_over_date(p, m, norm, language) for m in p.mentions)]
    if language == "en":
        kept = with_evidence(kept, norm, language)
    kept.sort(key=lambda p: p.mentions[0].start)
    return kept


def _drop_titles_of_next_name(people: list[PersonDraft]) -> None:
    """"Queen Oja, Bimal Bora and ...", "Mongolia's N.Enkhtaivan, ..., Minister of Foreign
    Affairs Wang Yi": a title read after one name that runs up to the end of another name
    carrying that title is the other person's ("Queen" of Oja), not the first's."""
    titled_at = {m.start: m.end for q in people for m in q.mentions
                 if any(m.start - 2 <= t[1] <= m.start for t in q.titles)}
    for p in people:
        own = {m.start for m in p.mentions}
        p.titles = [t for t in p.titles
                    if not any(t[0] < start and end == t[1] and start not in own
                               for start, end in titled_at.items())]


def _ar_verb_object(norm: str, m: NameMention, before: list[tuple[int, int]],
                   title: tuple[int, int], name_ends: frozenset[int]) -> bool:
    """« واستقبل الملك محمد السادس السفير الإسباني », « استقبل وزير الخارجية X سفير ألمانيا »:
    after a verb's subject, a title right after the name (no comma) is the verb's object when
    it is definite (« ال ») or when the name has its office before it already (a rank,
    « اللواء », is no office: « استقبل اللواء X محافظ مطروح »)."""
    verb = None if norm[m.end:title[0]].strip() else _ar_verb_before(norm, m.start, name_ends)
    if verb is None:
        return False
    if ar_accusative_title(norm[title[0]:title[1]]):
        # « انتخب … النائب X رئيسا للبرلمان »: the role he is elected to, unless the verb
        # has its object already (« عينها الملك X سفيرة »: hers, not the king's)
        return _ar_verb_has_object(verb)
    titled = any(0 <= m.start - t[1] <= 2 and norm[t[0]:t[1]] not in slot_words("ar_rank", "ar")
                 for t in before)
    return titled or norm.startswith("ال", title[0])


def _title_key(norm: str, span: tuple[int, int]) -> str:
    """A title as compared for repeats: « للملك » (« ل » + « الملك ») is « الملك »."""
    key = fold(norm[span[0]:span[1]])
    return "ا" + key[1:] if key.startswith("لل") else key


def _one_name_after_title(p: PersonDraft, norm: str) -> bool:
    """"presented her credentials to President Elbegdorj": a one-word name right after its
    title, never written in full, is a person (Mongolian names, a surname used alone)."""
    def bare_head(t: tuple[int, int]) -> bool:
        words = word_spans(norm[t[0]:t[1]], t[0])
        k = 0
        while k < len(words) - 1 and fold(words[k][2]) in modifiers():
            k += 1
        return words[k][2][:1].isupper() and find_head(words, "en", k) == len(words) - k

    def names_body(t: tuple[int, int]) -> bool:
        # "Secretary Auqaf Department Asadullah": a title closed by a body's word ends
        # before the name, as no portfolio word follows "Department" (a bare "Minister of
        # Information Technology" leaves "Technology" no name)
        words = word_spans(norm[t[0]:t[1]], t[0])
        return (len(words) >= 3 and words[0][2][:1].isupper()
                and fold(words[-1][2]) in slot_words("body_after_name", "en"))

    office_abbreviations = slot_words("office_abbreviation", "en")
    return any(m.start - 2 <= t[1] <= m.start and re.fullmatch(r"[A-Z][a-z]{2,}", m.text)
               and not fold(m.text).endswith("s") and (bare_head(t) or names_body(t)
                                                       # "met PM Sogavare"
                                                       or norm[t[0]:t[1]] in office_abbreviations)
               for t in p.titles for m in p.mentions)


# "her husband, Bill,", "his wife Jennie": a relative named by a given name alone
# (patterns/<language>/words.yaml, slot kin_before_name).
_KIN_BEFORE = r"(?i:{kin_before_name})[ \t]*,?[ \t]*$"


def _named_by_kin(p: PersonDraft, norm: str, language: str) -> bool:
    kin = compile_skeleton(_KIN_BEFORE, language)
    return any(fold(m.text) in latin_given_names()
               and kin.search(norm, max(0, m.start - 40), m.start) for m in p.mentions)


def _head_before_surname(norm: str, title: tuple[int, int], m: NameMention) -> bool:
    """« le président Gbagbo »: a title ending on its head right before a capitalised word;
    not « le chef de la tribu Ahua » (a complement), nor « le Président chilien »."""
    last = word_spans(norm[title[0]:title[1]], title[0])[-1:]
    return (m.start - 2 <= title[1] <= m.start and m.text[:1].isupper()
            and bool(last) and bool(find_head(last, "fr", 0))
            and fold(m.text) not in places().country_names
            and fold(m.text) not in places().city_country)


def _in_bracket_after_name(p: PersonDraft, norm: str, name_ends: frozenset[int]) -> bool:
    """"Fauja Singh (MLA Guru Har Sahai)": a name inside the bracket after another name is
    part of that person's title (a constituency), not a person."""
    own = {x.end for x in p.mentions}
    return all(any(e in name_ends and e not in own
                   and re.fullmatch(r"\s*\([^()\n]{0,40}", norm[e:m.start])
                   for e in range(max(0, m.start - 45), m.start - 1))
               for m in p.mentions)
