"""The country an Arabic article tells by a division or a capital rather than a city:
« محافظ المهرة » (the governor of al-Mahra) puts a town the gazetteer lacks in Yemen,
« العاصمة المصرية » an article that names no city in Egypt.

The names, head words and capital words are data (``data/arabic_regions.yaml``); this module
reads them and finds a head word followed by a division's name, or a capital word followed
by an adjective of nationality (the gazetteer's demonyms)."""

from __future__ import annotations

import re
from contextlib import AbstractContextManager
from dataclasses import dataclass
from functools import cache

from .reference import fold, places, read_data_yaml
from .rule_switches import RuleSwitches

_FILE = "extract/data/arabic_regions.yaml"


class ArabicRegionError(ValueError):
    """arabic_regions.yaml is malformed (the message names the file and entry)."""


@dataclass(frozen=True)
class CueWord:
    word: str
    example: str
    country: str  # the country label the example must give


@dataclass(frozen=True)
class ArabicRegions:
    heads: tuple[CueWord, ...]
    capital_words: tuple[CueWord, ...]
    # folded division name (its words joined by one space) -> country key
    table: dict[str, str]
    longest: int  # words in the longest name


def _entries(raw: dict, key: str) -> tuple[CueWord, ...]:
    out = []
    for n, e in enumerate(raw.get(key) or (), 1):
        if not isinstance(e, dict) or not all(isinstance(e.get(k), str) and e[k].strip()
                                              for k in ("word", "example", "country")):
            raise ArabicRegionError(f"{_FILE}, {key} entry {n}: needs 'word', 'example' "
                                    "and 'country'")
        out.append(CueWord(e["word"], e["example"], e["country"]))
    return tuple(out)


@cache
def arabic_regions() -> ArabicRegions:
    raw = read_data_yaml("arabic_regions.yaml") or {}
    countries = places().country_names
    seen: dict[str, set[str]] = {}
    for key, names in (raw.get("regions") or {}).items():
        for name in names or ():
            seen.setdefault(" ".join(fold(w) for w in str(name).split()), set()).add(str(key))
    # A name of two countries' divisions, or a country's own name, tells no one country.
    table = {name: next(iter(keys)) for name, keys in seen.items()
             if len(keys) == 1 and name not in countries}
    return ArabicRegions(_entries(raw, "heads"), _entries(raw, "capital_words"), table,
                         max((len(n.split()) for n in table), default=0))


_DISABLED = RuleSwitches()


def without(word: str) -> AbstractContextManager[None]:
    """Run with one head or capital word turned off, to prove its example needs it."""
    return _DISABLED.without(word)


_WORD = re.compile(r"[\u0621-\u064A\u0660-\u0669\u0670-\u06D3\u064B-\u0652]+")
_CLITIC = re.compile(r"^(?:و?(?:ب|ل|ف)?|ف)")


def _is_word(written: str, words: frozenset[str]) -> bool:
    """The word, or the word behind the clitics « و », « ب », « ل », « ف » (« لمحافظة »)."""
    w = fold(written)
    if w in words:
        return True
    m = _CLITIC.match(w)
    return bool(m and m.end() and w[m.end():] in words)


def _next_words(norm: str, words: list[re.Match[str]], i: int, n: int) -> list[re.Match[str]]:
    """Up to n words after words[i], while only spaces stand between them."""
    seq: list[re.Match[str]] = []
    prev = words[i]
    for w in words[i + 1:i + 1 + n]:
        if norm[prev.end():w.start()].strip():
            break
        seq.append(w)
        prev = w
    return seq


def region_country(norm: str, start: int, end: int) -> tuple[int, int, str] | None:
    """The first division named after a head word between start and end: its offsets and
    its country's key."""
    rules = arabic_regions()
    heads = frozenset(fold(h.word) for h in rules.heads if h.word not in _DISABLED)
    if not heads:
        return None
    words = list(_WORD.finditer(norm, start, end))
    for i, w in enumerate(words):
        if not _is_word(w.group(), heads):
            continue
        seq = _next_words(norm, words, i, rules.longest)
        for n in range(len(seq), 0, -1):
            key = rules.table.get(" ".join(fold(x.group()) for x in seq[:n]))
            if key:
                return seq[0].start(), seq[n - 1].end(), key
    return None


def division_at(norm: str, start: int) -> int | None:
    """Where the division named at ``start`` ends, when a head word stands right before it
    (« محافظ صلاح الدين بدر الفحل »: the governorate, then the governor's name)."""
    rules = arabic_regions()
    heads = frozenset(fold(h.word) for h in rules.heads if h.word not in _DISABLED)
    head = re.search(r"(\S+)[ \t]+$", norm[max(0, start - 30):start])
    if not heads or not head or not _is_word(head.group(1), heads):
        return None
    seq = list(_WORD.finditer(norm, start, min(len(norm), start + 60)))
    if not seq or seq[0].start() != start:
        return None
    seq = [seq[0], *_next_words(norm, seq, 0, rules.longest - 1)]
    for n in range(len(seq), 0, -1):
        if " ".join(fold(x.group()) for x in seq[:n]) in rules.table:
            return seq[n - 1].end()
    return None


def capital_country(norm: str, start: int, end: int) -> tuple[int, int, str] | None:
    """The first adjective of nationality after a capital word (« العاصمة المصرية »)
    between start and end: its offsets and its country's key."""
    capitals = frozenset(fold(c.word) for c in arabic_regions().capital_words
                         if c.word not in _DISABLED)
    if not capitals:
        return None
    p = places()
    words = list(_WORD.finditer(norm, start, end))
    for i, w in enumerate(words):
        if not _is_word(w.group(), capitals):
            continue
        seq = _next_words(norm, words, i, 1)
        key = p.demonyms.get(fold(seq[0].group())) if seq else None
        if key:
            return seq[0].start(), seq[0].end(), p.nation_state.get(key, key)
    return None
