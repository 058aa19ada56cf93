"""Where a title opens before a name, and how a run of stacked titles splits into
its titles (ranks, portfolios, « X et Y »)."""

from __future__ import annotations

import re

from ..constructions import EVERY_LANGUAGE, compile_skeleton
from ..constructions import words as slot_words
from ..reference import fold, title_index
from .lexicon import determiners, final_heads_en, folded_honorifics, folded_set, modifiers
from .title_words import BOUNDARY, find_head, split_and, trim, word_spans


def title_start(
    words: list[tuple[int, int, str]], language: str, last: bool, norm: str = ""
) -> int | None:
    """Index where a title phrase starts in words, checking what precedes its head."""
    hits: list[int] = []

    def norm_between(a: tuple[int, int, str], b: tuple[int, int, str]) -> str:
        return norm[a[1]:b[0]]

    covered = 0  # "Ambassador Extraordinary and Plenipotentiary": no head inside a head
    for i in range(len(words)):
        n = find_head(words, language, i) or _final_head_last(words, language, i)
        if not n or i < covered:
            continue
        j = i
        while j > 0 and fold(words[j - 1][2]).rstrip(".") in modifiers():
            j -= 1
        prev = fold(words[j - 1][2]) if j > 0 else ""
        prev_word = words[j - 1][2] if j > 0 else ""
        ok = (
            j == 0
            or prev in determiners()
            or prev.endswith("'")
            or language == "en" and prev_word[:1].isupper()
            # "credentials to President Pranab Mukherjee": a capitalised title needs no article
            or language == "en" and words[i][2][:1].isupper()
            # "state cabinet ministers Keshab Mahanta": a head right before the name
            or language == "en" and i == len(words) - 1
            or language == "ar"
        )
        if not ok and language == "en" and _lower_complement(words, i):
            # "..., state minister for foreign affairs Md Shahriar Alam"
            ok = True
            j = _list_item_start(words, j, norm)
        if language == "en" and j > 0 and prev_word[:1].isupper():
            # "Interior Minister X", not "Relations Jose Felix Fernandez, Interior Minister X"
            the = slot_words("title_article", "en")
            # "the Hon Justice Narinder Hargun": a form of address is no part of the title
            while (j > 0 and words[j - 1][2][:1].isupper() and fold(words[j - 1][2]) not in the
                   and fold(words[j - 1][2]).rstrip(".") not in folded_honorifics()
                   and "," not in norm_between(words[j - 1], words[j])):
                j -= 1
        if ok and last and hits and _after_title_link(words, j, language):
            continue  # "Minister of Justice Kwame Mensah": « Justice » completes « Minister »
        if ok:
            hits.append(j)
            covered = i + n
            if not last:
                break
    if not hits:
        return None
    return hits[-1] if last else hits[0]


def _final_head_last(words: list[tuple[int, int, str]], language: str, i: int) -> int:
    """"the Agency Executive, Mr Zhang Mao", "Board Member John Doe": an English head that
    only ends a title (data/titles_en_final.txt) counts as the last word before the name,
    after a capitalised word (the walk back in ``_title_start`` takes those in)."""
    if not (language == "en" and 0 < i == len(words) - 1
            and fold(words[i][2]) in final_heads_en()):
        return 0
    # "former member Dr Imtiwapang Aier": in lower case after a premodifier
    return int(words[i - 1][2][:1].isupper() and words[i][2][:1].isupper()
               or fold(words[i - 1][2]) in modifiers() and words[i][2].islower())


def only_capitals_and_links(text: str) -> bool:
    """"Water Resources AYUSH" (part of a title), not "Francois Hollande received on Thursday
    the credentials of" (a clause)."""
    links = slot_words("title_link", "en") | determiners() | slot_words("name_conjunction",
                                                                         "en")
    return all(w[:1].isupper() or fold(w) in links for w in text.split())


def after_participle(words: list[tuple[int, int, str]], i: int) -> bool:
    """"Thanking the chief minister and the members ..., Longkumer assured": a title right
    after a present participle (and its article) is that verb's object, not the name's."""
    k = i - 1
    if k >= 0 and fold(words[k][2]) in determiners():
        k -= 1
    return (k >= 0 and words[k][2].isalpha() and fold(words[k][2]).endswith("ing")
            and fold(words[k][2]) not in modifiers() and len(words[k][2]) > 5)


def _lower_complement(words: list[tuple[int, int, str]], i: int) -> bool:
    """A lower-case English head whose complement runs up to the name: "minister for foreign
    affairs X", "minister for civil aviation & tourism X" (a link word, then lower case)."""
    n = find_head(words, "en", i)
    rest = [w[2] for w in words[i + n:]]
    return (words[i][2][:1].islower() and 2 <= len(rest) <= 6
            and fold(rest[0]) in slot_words("title_link", "en")
            and all(w[:1].islower() or w in slot_words("name_conjunction", "en")
                    for w in rest[1:]))


def _list_item_start(words: list[tuple[int, int, str]], j: int, norm: str) -> int:
    """Back over up to two lower-case words to the comma or "and" opening a list item: "...,
    state minister for cultural affairs KM Khalid" keeps "state"; without one, j."""
    for k in (j - 1, j - 2):
        if k < 0 or not all(w[2].isalpha() and w[2].islower()
                            and fold(w[2]) not in determiners() for w in words[k:j]):
            return j
        if (k == 0 or "," in norm[words[k - 1][1]:words[k][0]]
                or fold(words[k - 1][2]) in slot_words("conjunction", "en")):
            return k
    return j


def _after_title_link(words: list[tuple[int, int, str]], j: int, language: str) -> bool:
    """The word before words[j] (or before its article) links it to a title just before it:
    "Minister of Justice" ("of", "for": patterns/<language>/words.yaml, title_link); not
    "the invitation of President X"."""
    links = slot_words("title_link", language)
    k = j - 1
    if k > 0 and fold(words[k][2]) in determiners() and fold(words[k][2]) not in links:
        k -= 1
    if k < 1 or fold(words[k][2]) not in links:
        return False
    before = words[k - 1][2]
    return before[:1].isupper() or bool(find_head(words, language, k - 1))


# « Le poste de directeur général a été confié à X », "The post of Governor was entrusted to X":
# the title is told before the verb that hands it to the name; slots in assignment.yaml.
_ASSIGNED = (r"{assigned_lead}\s+(?P<title>[^,.;:()\[\]\n«»\"]{2,150}?)\s+{assigned_verb}"
             r"\s*(?:(?:M\.|Mme|Mr\.?|Mrs\.?|Ms\.?)\s*)?$")


def assigned_title(norm: str, start: int, language: str) -> list[tuple[int, int]]:
    lo = max(0, start - 220)
    m = compile_skeleton(_ASSIGNED, language, re.IGNORECASE).search(norm, lo, start)
    if not m:
        return []
    s, e = trim(norm, m.start("title"), m.end("title"))
    if not find_head(word_spans(norm[s:e], s), language, 0):
        return []
    return split_titles(norm, s, e, language)


def _has_head(words: list[tuple[int, int, str]], language: str) -> bool:
    return any(find_head(words, language, j) for j in range(len(words)))


def split_titles(norm: str, s: int, e: int, language: str) -> list[tuple[int, int]]:
    """« directeur de X et responsable de Y » is two titles; « ministre de X et de Y » one."""
    parts: list[tuple[int, int]] = []
    pos = s
    # "Ambassador Extraordinary and Plenipotentiary": a head with a conjunction inside
    whole = word_spans(norm[s:e], s)
    inside = [(whole[i][0], whole[i + n - 1][1]) for i in range(len(whole))
              for n in [find_head(whole, language, i)] if n > 1]
    for m in split_and().finditer(norm, s, e):
        if any(a < m.start() < b for a, b in inside):
            continue
        words = word_spans(norm[m.end():e], m.end())
        if words and (find_head(words, language, 0)
                      or fold(words[0][2]) in modifiers() and len(words) > 1
                      and find_head(words, language, 1)
                      or fold(words[0][2]) in determiners() and len(words) > 1
                      and find_head(words, language, 1)
                      # "MP and Alliance For Change Executive": a head-final title after
                      # a title (not "Agriculture and Farmers Welfare Minister")
                      or en_title_phrase(words, language) and _has_head(
                          word_spans(norm[pos:m.start()], pos), language)):
            parts.append((pos, m.start()))
            pos = m.end()
    parts.append((pos, e))
    parts = [piece for ps, pe in parts for piece in _split_at_rank(norm, ps, pe, language)]
    out = []
    for ps, pe in parts:
        ps, pe = trim(norm, ps, pe)
        words = word_spans(norm[ps:pe], ps)
        while words and fold(words[0][2]) in determiners():
            words.pop(0)
        if language == "ar":
            # « ولي العهد رئيس مجلس الوزراء »: a head of two words or more is a whole title;
            # another head right after it opens a second one
            while words and 1 < (n := find_head(words, language, 0)) < len(words) and (
                    find_head(words, language, n)):
                out.append((words[0][0], words[n - 1][1]))
                words = words[n:]
        if words and pe > words[0][0]:
            out.append((words[0][0], pe))
    return out


def _split_at_rank(norm: str, s: int, e: int, language: str) -> list[tuple[int, int]]:
    """« le préfet entrant Colonel X », "Chief of Army Staff (COAS) General X": a capitalised
    military rank ending a title is a second title; not "Secretary General", « Directeur
    Général », where the rank word follows a head as its adjective."""
    words = word_spans(norm[s:e], s)
    ranks = folded_set(slot_words("rank_after_title", language))
    k = len(words)
    while k > 1 and words[k - 1][2][:1].isupper() and fold(words[k - 1][2]) in ranks:
        k -= 1
    if k == len(words) or k == 0 or not _has_head(words[:k], language):
        return [(s, e)]
    before = fold(words[k - 1][2])
    if before in title_index(language).first_words or before in ranks:
        return [(s, e)]
    return [(s, words[k - 1][1]), (words[k][0], e)]


def en_head_at(words: list[tuple[int, int, str]], k: int) -> int | None:
    """Index of an English title head within a few words from k, reached only over capitalised
    words, possessives and modifiers ("District Electoral Officer", "country's foreign")."""
    for p in range(k, min(len(words), k + 6)):
        if find_head(words, "en", p):
            return p
        if p > k and fold(words[p][2]) in final_heads_en():
            return p
        w = words[p][2]
        if not (w[:1].isupper() or w.endswith(("'s", "’s")) or fold(w) in modifiers()
                or fold(w) in ("&",)):
            return None
    return None


def en_title_phrase(words: list[tuple[int, int, str]], language: str) -> bool:
    """"the District Electoral Officer": capitalised words closed by a head are a title, not
    the name they look like."""
    if language != "en" or not words:
        return False
    k = 1 if fold(words[0][2]) in determiners() | modifiers() else 0
    p = en_head_at(words, k)
    if p is None or p == k:
        return False
    n = find_head(words, "en", p) or 1
    return p + n == len(words)


# "Minister of International Relations", « directeur de l'Office »: capitals after « of »,
# « de » (and an article) complete a title; they do not open the next name.
# The words of « de », "of" and their articles: patterns/*/words.yaml (slots complement_of,
# title_article), pooled; the elided « d' » may be glued to the capital it introduces.
_OF_BEFORE = (r"\b(?i:{complement_of})(?:\s+{title_article})?"
              r"(?:\s+[A-ZÀ-Þ][\w'’-]*)*\s*$|\b(?i:{complement_of})$")


def of_before() -> re.Pattern[str]:
    return compile_skeleton(_OF_BEFORE, EVERY_LANGUAGE)


# A name in capitals from its first word, with the short particles inside it ("Eid bin
# Mohammed al Thaqafi", "Pieter van Vollenhoven")
# ("Walid al-Muallem": a particle joined to the next word of the name by a hyphen)
_NAME_RUN = re.compile(
    r"[A-Z][\w'’.-]*(?:[ \t]+(?:[a-z]{1,3}[ \t]+|[a-z]{1,3}-)?[A-Z][\w'’.-]*)*")


def apposition_after_name(norm: str, start: int) -> bool:
    """"B, KSA Ambassador to Ghana": the English name starting at ``start`` has its own title
    after a comma, so in "A, Minister of Trade, B, KSA Ambassador to Ghana" the apposition
    before B is A's, not B's."""
    run = _NAME_RUN.match(norm, start)
    if not run:
        return False
    comma = re.match(r"[ \t]*,[ \t]*", norm[run.end():run.end() + 6])
    if not comma:
        return False
    s = run.end() + comma.end()
    b = re.compile(r",|" + BOUNDARY.pattern).search(norm, s, s + 200)
    words = word_spans(norm[s:b.start() if b else min(len(norm), s + 200)], s)[:10]
    k = 0
    while k < len(words) - 1 and fold(words[k][2]) in determiners() | modifiers():
        k += 1
    return bool(words) and en_head_at(words, k) is not None


def titled_before_comma(norm: str, name_end: int) -> bool:
    """"the Ambassador of Peru, A": the English name ending at ``name_end`` comes after its
    title and a comma, so a list it opens gives each name the title before it ("T, A, T2, B")
    rather than the one after it ("A, T1, B, T2")."""
    comma = norm.rfind(",", max(0, name_end - 80), name_end)
    if comma < 0:
        return False
    name = norm[comma + 1:name_end].split()
    if not name or not all(w[:1].isupper() or len(w) <= 3 and w.islower()
                           or re.match(r"[a-z]{1,3}-[A-Z]", w) for w in name):
        return False
    b = max((m.end() for m in re.compile(r",|" + BOUNDARY.pattern).finditer(
        norm, max(0, comma - 200), comma)), default=max(0, comma - 200))
    words = word_spans(norm[b:comma], b)
    return any(find_head(words, "en", k) for k in range(len(words)))
