"""English portfolios: "Minister of Finance, Planning and Economic Development", the
parts of a ministry's name that belong to one title."""

from __future__ import annotations

import re

from ..constructions import words as slot_words
from ..reference import fold
from .lexicon import determiners, folded_honorifics, latin_given_names, place_words
from .title_phrases import only_capitals_and_links
from .title_words import PORTFOLIO_PART, continues, find_head, split_and, word_spans


def en_portfolio_item(norm: str, s: int, e: int) -> bool:
    """"Minister of Water, Land and Natural Resources, Dr X": after a comma, a few capitalised
    words (and links: "and", "of") continue the portfolio the title before enumerates, when
    the part before the comma ends on a capitalised word after "of" or "for"."""
    part = norm[s:e].strip()
    words = part.split()
    if not words or len(words) > 6 or not words[0][:1].isupper():
        return False
    if any(fold(w) in latin_given_names() or fold(w) in place_words()
           or fold(w).rstrip(".") in folded_honorifics() for w in words):
        # "Minister of Finance, Kwame Mensah": a name, not a portfolio; "the ambassadors
        # of Kenya, Ghana and Peru, John Doe (Kenya)": countries, not a ministry's fields;
        # "Minister of Health, Afioga Tuitama Dr X": a form of address opens a name
        return False
    if not only_capitals_and_links(part) or not PORTFOLIO_PART.fullmatch(part):
        return False
    # the items before it may be listed too: "of Culture, Gender, Entertainment and Sport"
    before = re.search(r"\b(?:of|for)\s+(?:the\s+)?[A-Z][\w'’&-]*"
                       r"(?:(?:\s+|\s*,\s*|\s+and\s+)[A-Z][\w'’&-]*){0,8}\s*,\s*$",
                       norm[max(0, s - 90):s])
    return before is not None or _bare_head_before(norm, s)


# "Minister, Health & Family Welfare, X", "Administrator, UT, Chandigarh, X": a head alone
# (or two joined: "Commissioner & Secretary") opening a clause, then its comma
_BARE_HEAD = re.compile(r"(?:^|[.:;\n]|\bby)[ \t]*((?:[A-Z][\w-]*[ \t]+(?:&|and)[ \t]+)?"
                        r"[A-Z][\w-]*)[ \t]*,(?:[^,]{1,40},)*[ \t]*$")


def _bare_head_before(norm: str, s: int) -> bool:
    """Indian copy's "Minister, Health & Family Welfare, P Longon": the office told by its
    head alone, its portfolio in the parts after the comma."""
    m = _BARE_HEAD.search(norm, max(0, s - 90), s)
    if m is None:
        return False
    # (every other word is a head: the words between are "&" or "and")
    return all(find_head([w], "en", 0) for w in word_spans(m.group(1), m.start(1))[::2])


def en_portfolio_listed(norm: str, s: int, e: int) -> bool:
    """"Caretaker Minister for Information Auqaf, Hajj, Religious and Minority Affairs X":
    every part after a comma is a field of the portfolio the title enumerates."""
    cuts = [k for k in range(s, e) if norm[k] == ","]
    ends = cuts[1:] + [e]
    return bool(cuts) and all(en_portfolio_item(norm, c + 1, end)
                              for c, end in zip(cuts, ends, strict=True))


def portfolio_with_and(words: list[tuple[int, int, str]], i: int, norm: str,
                        name_ends: frozenset[int]) -> int:
    """"Union Agriculture and Farmers Welfare Minister X": a head-final title whose
    portfolio of capitalised words holds "and" opens before it (not "President Ruto and
    Foreign Minister X": a name ends before "and")."""
    joins = slot_words("conjunction", "en")
    if not (1 < i < len(words) and fold(words[i - 1][2]) in joins
            and words[i][2][:1].isupper() and not find_head(words, "en", i)):
        return i
    k = i - 1
    if words[k - 1][1] in name_ends or "," in norm[words[k - 1][1]:words[k][0]]:
        return i
    while (k > 0 and words[k - 1][2][:1].isupper() and words[k - 1][2].isalpha()
           and fold(words[k - 1][2]) not in determiners()
           and "," not in norm[words[k - 1][1]:words[k][0]]):
        k -= 1
    return k if k < i - 1 else i


def name_of_two_words_ends(norm: str, at: int, name_starts: frozenset[int],
                            name_ends: frozenset[int]) -> bool:
    """A name of two words or more ends at ``at`` (not "Logistics" of "Minister of
    Transport and Logistics", a one-word run that is no name)."""
    start = max((n for n in name_starts if n < at), default=-1)
    return at in name_ends and start >= 0 and len(norm[start:at].split()) >= 2 and (
        "," not in norm[start:at]) and not _ends_portfolio_list(norm, start, at)


def _ends_portfolio_list(norm: str, start: int, at: int) -> bool:
    """"Minister of Water, Land and Natural Resources, Dr X": capitalised words closing the
    list of a portfolio after "and" are the portfolio's, not a name ending a list of names."""
    item = norm.rfind(",", max(0, start - 60), start)
    return (item >= 0 and re.search(r"\sand\s+$", norm[item:start]) is not None
            and en_portfolio_item(norm, item + 1, at))


def portfolio_runs_into_name(norm: str, e: int, limit: int, name_starts: set[int]) -> bool:
    """The parts after the comma at ``e`` continue a portfolio (« , des affaires maritimes et
    de la communication ») and run into the next name, with no comma before it: the title
    is that name's."""
    pos = e
    while pos < limit and norm[pos] == ",":
        nxt = norm.find(",", pos + 1, limit)
        nxt = limit if nxt < 0 else nxt
        words = word_spans(norm[pos + 1:nxt], pos + 1)
        if not words or not continues(words[0][2]) or not PORTFOLIO_PART.fullmatch(
                norm[pos + 1:nxt]):
            return False
        inner = [k for k, w in enumerate(words) if w[0] in name_starts]
        if inner:
            # « … et de la communication Binali Yıldırım », not « … maritimes et Jaime
            # Campos », « , et de Mme Mona Shaw » (a list of names) nor « lauréats des prix
            # Shaw 2023 » (no portfolio)
            before = fold(words[inner[0] - 1][2]) if inner[0] else ""
            return (before not in determiners() and not split_and().fullmatch(f" {before} ")
                    and before.rstrip(".") not in folded_honorifics()
                    and PORTFOLIO_PART.fullmatch(norm[pos + 1:words[inner[0]][0]]) is not None)
        pos = nxt
    return False
