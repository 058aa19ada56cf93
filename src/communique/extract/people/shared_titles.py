"""Plural titles shared over a list of names (« les ministres A et B », "Presidents A
and B")."""

from __future__ import annotations

import re

from ..constructions import EVERY_LANGUAGE, compile_skeleton
from ..constructions import words as slot_words
from ..reference import fold
from .lexicon import determiners, modifiers
from .mentions import NameMention, PersonDraft
from .title_phrases import en_head_at, split_titles
from .title_words import ROLE_END, day_after_title, find_head, title_stop, trim, word_spans

# Between two names of a list: a comma, a conjunction, or "&" (slot name_conjunction: it
# joins names, never two titles: "Minister of Trade & Industry").
# ("Harbhajan Singh ETO, Lal Chand": letters after a name, before the comma, are his)
_SHARED_GAP = (r"(?:[ \t]+(?-i:[A-Z]{2,5})(?=[,،]))?"
               r"\s*(?:\([^()\n]{1,40}\)\s*)?(?:[,،]\s*)?"
               r"(?:(?:{conjunction}|{name_conjunction})\s+|{ar_conjunction})?")


_LIST_JOIN = r"[,،(]|\s(?:{conjunction}|{name_conjunction})\s|{ar_conjunction}"


# "as Cabinet Ministers", "were sworn in as Minister of State", « en tant que ministres »
# « ont été nommés … en tant que »; slots in patterns/*/words.yaml (shared_were, shared_as)
_SHARED_AFTER = (
    r"\s*(?:\([^()\n]{1,40}\)\s*)?,?\s*(?P<were>{shared_were}\s+"
    r"{shared_participle}\s+)?"
    r"{shared_as}\s+"
)


# « respectivement », "respectively"; « كل من », "including" (patterns/*/words.yaml)
_RESPECTIVELY = r"\s*(?:\([^()\n]{1,40}\)\s*)?,?\s*{respectively}\s*,?\s+"


_LIST_OPENER = r"\s*{list_opener}\s*$"


_ACRONYM_AT = re.compile(r"\((?:[A-Z][A-Za-z]?){2,6}\)")


# « سفراء كل من X »: a plural head a few words before a list
# "The Cabinet Ministers, who were sworn in at Raj Bhawan, included A (MLA Sunam), B": a
# relative clause may stand between the head and the list (slot shared_relative)
_PLURAL_LEAD = (r"(?:(?P<complement>\s+{complement_of}\s+[^.;:\n()]{1,60}?),)?"
                r"(?:,\s*{shared_relative}\s[^.;:\n()]{1,120}?,)?"
                # "accepted three Ministers - Raghu Sharma, Harish Choudary and ...": a colon
                # or a dash opens the list; « cinq vice-présidents, dont A, B et C »: an
                # opener may follow a comma
                r"\s*(?:,?\s*{list_opener}|:|\s[-–—])?\s*$")


# « des vice-présidents du parti AKP A et B »: a complement of a few words, no comma, runs
# from the plural head into the list (slot complement_of, pooled)
# « les chefs de la diplomatie des deux pays, A et B »: what stands before "of the two
# countries" is each one's title (slot both_parties)
_BOTH_PARTIES = r"\s+{both_parties}\s*$"


# (« des deux chefs d'Etat A et B »: the elided « d' » is glued to the next word)
_PLURAL_COMPLEMENT = r"\s+{complement_of}(?:(?<=')|\s+)(?:[^\s,.;:()\d]+\s+){1,4}"


def _skeleton(skeleton: str, flags: int = 0) -> re.Pattern[str]:
    """A list-sharing expression with its slots filled from every language's patterns."""
    return compile_skeleton(skeleton, EVERY_LANGUAGE, flags)


# Plural heads a list shares (« سفراء كل من X (بلجيكا) وY (كندا) ») and heads it does not
# (« les professeurs A et B »): patterns/*/words.yaml.
def _ar_plural_heads() -> frozenset[str]:
    return slot_words("shared_plural_head", "ar")


def french_plural_head(words: list[tuple[int, int, str]], k: int) -> int:
    """« ministres », « ambassadeurs »: a French head in the plural (read only before a list)."""
    w = words[k]
    if not fold(w[2]).endswith(("s", "x")) or (
            fold(w[2])[:-1] in slot_words("not_shared_head", "fr")):
        return 0
    return find_head([*words[:k], (w[0], w[1] - 1, w[2][:-1])], "fr", k)


def fr_singular(word: str) -> str:
    """« ministres » → « ministre », « Premiers » → « premier » (folded; no other plural
    is needed for a head or its premodifiers)."""
    w = fold(word)
    return w[:-1] if w.endswith(("s", "x")) else w


def _fr_plural_premodifiers(words: list[tuple[int, int, str]], k: int) -> int:
    """« les Premiers ministres », « les nouveaux ambassadeurs »: the premodifiers before a
    plural head belong to the shared title."""
    while k > 0 and fr_singular(words[k - 1][2]) in modifiers():
        k -= 1
    return k


def fr_plural_letters(norm: str, span: tuple[int, int]) -> tuple[int, ...]:
    """Offsets of the plural « s »/« x » of a French title's premodifiers and head (« les
    Premiers ministres » → « Premier ministre »); none if the head is singular."""
    words = word_spans(norm[span[0]:span[1]], span[0])
    letters: list[int] = []
    k = 0
    while k < len(words) - 1 and fr_singular(words[k][2]) in modifiers():
        if fold(words[k][2]) != fr_singular(words[k][2]):
            letters.append(words[k][1] - 1)
        k += 1
    if k < len(words) and french_plural_head(words, k):
        # « ministres sortants »: a modifier after the head agrees with it
        after = [w[1] - 1 for w in words[k + 1:] if fr_singular(w[2]) in modifiers()
                 and fold(w[2]) != fr_singular(w[2])]
        return (*letters, words[k][1] - 1, *after)
    return ()


def plural_head(norm: str, s: int, e: int, language: str) -> bool:
    words = word_spans(norm[s:e], s)
    for k in range(len(words)):
        if language == "ar" and fold(words[k][2]) in _ar_plural_heads():
            return True
        n = find_head(words, language, k)
        if not n and language == "fr":
            n = french_plural_head(words, k)
            if n == 1:
                return True
        if not n:
            continue
        last = fold(words[k + n - 1][2])
        if language in ("en", "fr") and last.endswith(("s", "x")):
            return True
        if language == "ar" and last in _ar_plural_heads():
            return True
    return False


def _list_groups(people: list[PersonDraft], norm: str) -> list[list[tuple[NameMention,
                                                                          PersonDraft]]]:
    owner = sorted(((m, p) for p in people for m in p.mentions), key=lambda x: x[0].start)
    groups: list[list[tuple[NameMention, PersonDraft]]] = []
    for m, p in owner:
        if groups:
            pm = groups[-1][-1][0]
            # "Cabinet Ministers Harpal Singh Cheema, Dr. Baljit Kaur, ...", « les ministres A et
            # Dr B »: a form of address opens a member of the list, it is not the gap
            gap = norm[pm.end:m.honorific[0] if m.honorific else m.start]
            if re.fullmatch(r"\s*\([^()\n]*", gap):
                continue  # "Fauja Singh (MLA Guru Har Sahai), ...": a place in the bracket
            if (gap and _skeleton(_SHARED_GAP, re.IGNORECASE).fullmatch(gap)
                    and _skeleton(_LIST_JOIN).search(gap) and "\n" not in gap):
                groups[-1].append((m, p))
                continue
        groups.append([(m, p)])
    return [g for g in groups if len(g) >= 2]


def _add_title(p: PersonDraft, span: tuple[int, int], norm: str) -> None:
    if span[1] > span[0] and not any(
            fold(norm[span[0]:span[1]]) == fold(norm[t[0]:t[1]]) for t in p.titles):
        p.titles.append(span)


def _holds_singular(p: PersonDraft, span: tuple[int, int], letters: tuple[int, ...],
                    norm: str) -> bool:
    """The person already holds the singular of a plural title shared by a list."""
    singular = fold("".join(ch for at, ch in enumerate(norm[span[0]:span[1]], span[0])
                            if at not in letters))
    return any(fold(norm[t[0]:t[1]]) == singular for t in p.titles)


def share_list_titles(
    people: list[PersonDraft], norm: str, language: str, name_starts: frozenset[int]
) -> None:
    """A title said once for a list is each member's: "state cabinet ministers A, B and C",
    « les ministres A et B », « سفراء كل من X (بلجيكا) وY (كندا) », "A, B and C as Cabinet
    Ministers", « A et B, respectivement ministre de X et ministre de Y »."""
    for group in _list_groups(people, norm):
        first, p0 = group[0]
        # Before the list: the first member's title ending right before it, if plural.
        lead = [t for t in p0.titles if first.start - 3 <= t[1] <= first.start]
        shared = [t for t in lead if plural_head(norm, *t, language)]
        opener = _skeleton(_LIST_OPENER)
        for t in shared:
            tail = opener.search(norm, t[0], t[1])
            if tail:  # « سفراء كل من »: the title is « سفراء »
                p0.titles[p0.titles.index(t)] = (t[0], tail.start())
        shared = [(t[0], tail.start()) if (tail := opener.search(norm, t[0], t[1])) else t
                  for t in shared]
        if not lead:
            b = max(norm.rfind(c, 0, first.start) for c in ".;\n")
            lo = max(b + 1, first.start - 200)
            # « deux nouveaux vice-présidents: A et B »: the colon opening the list is not
            # the head's
            words = [(ws, we - 1, w[:-1]) if w.endswith(":") and len(w) > 1 else (ws, we, w)
                     for ws, we, w in word_spans(norm[lo:first.start], lo)]
            for k in range(len(words) - 1, -1, -1):
                n = find_head(words, language, k) or (
                    french_plural_head(words, k) == 1 and language == "fr") or (
                    language == "ar" and fold(words[k][2]) in _ar_plural_heads())
                if not n or not plural_head(norm, words[k][0], words[k + n - 1][1], language):
                    continue
                end = words[k + n - 1][1]
                if language == "fr":
                    # « les ministres sortants A et B »: a modifier after the head is the
                    # title's too
                    after = k + n
                    while (after < len(words)
                           and fr_singular(words[after][2]) in modifiers()):
                        end, after = words[after][1], after + 1
                    k = _fr_plural_premodifiers(words, k)
                if plural_lead := _skeleton(_PLURAL_LEAD).fullmatch(norm[end:first.start]):
                    complement = plural_lead.group("complement") or ""
                    both = _skeleton(_BOTH_PARTIES, re.IGNORECASE).search(complement)
                    end += both.start() if both else 0
                    # "The Cabinet Ministers": capitals before the head are the title's
                    while (language == "en" and k > 0 and words[k - 1][2][:1].isupper()
                           and fold(words[k - 1][2]) not in determiners()):
                        k -= 1
                    shared = [(words[k][0], end)]
                    break
                gap = norm[end:first.start]
                if (language == "fr" and _skeleton(_PLURAL_COMPLEMENT).fullmatch(gap)
                        and not title_stop().search(gap)):
                    shared = [(words[k][0], end + len(gap.rstrip()))]
                    break
        for _, p in group:
            for t in shared:
                letters = fr_plural_letters(norm, t) if language == "fr" else ()
                if letters and _holds_singular(p, t, letters, norm):
                    continue  # « le Premier ministre X », then « les Premiers ministres X et Y »
                _add_title(p, t, norm)
                if letters:
                    p.plural_letters[t] = letters
        # After the list.
        last = group[-1][0]
        rest = norm[last.end:last.end + 200]
        resp = _skeleton(_RESPECTIVELY, re.IGNORECASE).match(rest)
        if resp:
            s = last.end + resp.end()
            b = ROLE_END.search(norm, s, s + 200)
            if b and norm[b.start()] == ",":  # « respectivement ministre de X, de Y »
                b = re.compile(r"[.;:()\[\]\n«»\"“”!?؛]").search(norm, s, s + 200)
            while b and (acronym := _ACRONYM_AT.match(norm, b.start())):
                # « président de l'Assemblée nationale (AN) et Premier ministre »: an office's
                # letters in brackets end no title of the list
                b = ROLE_END.search(norm, acronym.end(), s + 200)
            e = b.start() if b else min(len(norm), s + 200)
            day = day_after_title().search(norm, s, e)
            e = day.start() if day else e
            parts = [(ps, pe) for ps, pe in split_titles(norm, s, e, language)]
            if len(parts) == len(group) and all(
                    find_head(word_spans(norm[ps:pe], ps), language, 0) for ps, pe in parts):
                for (_, p), span in zip(group, parts, strict=True):
                    _add_title(p, span, norm)
            continue
        after = _skeleton(_SHARED_AFTER, re.IGNORECASE).match(rest)
        if not after:
            continue
        s = last.end + after.end()
        b = ROLE_END.search(norm, s, s + 150)
        e = b.start() if b else min(len(norm), s + 150)
        day = day_after_title().search(norm, s, e)
        e = day.start() if day else e
        stop = title_stop().search(norm, s - 1, e)
        e = stop.start() if stop else e
        e = min([e] + [n for n in name_starts if s < n < e])
        s, e = trim(norm, s, e)
        words = word_spans(norm[s:e], s)
        if not words or not (find_head(words, language, 0) or (
                language == "en" and en_head_at(words, 0) is not None)):
            continue
        if not (after.group("were") or plural_head(norm, s, e, language)):
            continue
        for _, p in group:
            _add_title(p, (s, e), norm)
