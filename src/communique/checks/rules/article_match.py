"""Finding a release's names and titles in its source article, and whom the article gives
each title to.

Names and titles are compared without regard to case, accents, apostrophe forms and
spacing: « ministre d’État » in the release is the article's « ministre d'Etat ». The
folded form (`loose`) keeps every character at its place, so a match in the folded
article is a span of the article as written.

A title is the article's title *for* a person when it stands next to their name: « le
préfet de police Mohamed Dkhissi », « Abdellatif Hammouchi, Directeur général… », or,
failing a name beside it, the nearest person of the release named in the same sentence.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from communique.checks.rules.prose import ARABIC_DIGITS, ARABIC_FOLD

_APOSTROPHES = {"’": "'", "ʼ": "'", "‘": "'", "`": "'", "´": "'"}
_SPACES = "\u00a0\u202f\u2009\u2007\t\r\n"


@lru_cache(maxsize=8192)
def _loose_char(c: str) -> str:
    if c in _APOSTROPHES:
        return "'"
    if c in _SPACES:
        return " "
    base = unicodedata.normalize("NFD", c)[0]
    low = base.lower()
    return low if len(low) == 1 else base


def loose_char(c: str) -> str:
    """One character as `loose` folds it (Arabic letter variants and digits first)."""
    return "".join(_loose_char(x) for x in c.translate(ARABIC_FOLD).translate(ARABIC_DIGITS))


class _LooseTable(dict):
    """The `str.translate` table of `loose`: a character's folded form, worked out the
    first time the character is met. A checked release folds its article once per name
    and title it looks for; one C-level translate is many times faster than a Python call
    per character."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = loose_char(chr(code))
        return folded


_LOOSE = _LooseTable()


def loose(text: str) -> str:
    """Case, accents, apostrophes and space forms folded; the same length as `text`."""
    return text.translate(_LOOSE)


# Combining marks (Latin accents, Arabic short vowels): dropped when folding.
_COMBINING = re.compile("[\u0300-\u036f\u0483-\u0489\u0610-\u061a\u064b-\u065f\u0670"
                        "\u06d6-\u06ed\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_FOLDED = (*_APOSTROPHES.items(), *((chr(k), v) for k, v in ARABIC_FOLD.items()),
           *((chr(k), chr(v)) for k, v in ARABIC_DIGITS.items()))


def fold_text(text: str) -> str:
    """Case, accents and apostrophe forms folded, lines kept (not length-preserving)."""
    # str.replace per character is much faster than str.translate on long texts.
    for old, new in _FOLDED:
        if old in text:
            text = text.replace(old, new)
    text = _COMBINING.sub("", unicodedata.normalize("NFD", text)).lower()
    return unicodedata.normalize("NFC", text)


@lru_cache(maxsize=65536)
def loose_key(text: str) -> str:
    """The folded form of a phrase, spaces collapsed: for comparing two phrases (the same
    folding as `loose`, faster, not length-preserving)."""
    return " ".join(fold_text(text).split())


def phrase_spans(phrase: str, text: str) -> list[tuple[int, int]]:
    """Where `phrase` is written in `text` (whole words, any spacing, folded as `loose`)."""
    words = loose_key(phrase).split(" ")
    if not words or not words[0]:
        return []
    body = r"\s+".join(re.escape(w) for w in words)
    pattern = re.compile(rf"(?<![^\W_]){body}(?![^\W_])")
    return [m.span() for m in pattern.finditer(loose(text))]


# --- sentences and paragraphs ---------------------------------------------------------

# A full stop after an initial or an abbreviated honorific (« M. », « Dr. ») ends nothing.
_SENTENCE_END = re.compile(
    r"(?<!\b[A-ZÀ-Þ])(?<!\bMM)(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bPr)(?<!\bSt)(?<!\bMrs)"
    r"(?<!\bMme)[.!?؟]+[\"»”’)]*(?=\s+\S)|\n\s*\n")
_PARAGRAPH = re.compile(r"\n\s*\n")


@lru_cache(maxsize=8)
def sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where each sentence of `text` starts and ends. Kept for the last few texts: the
    people, facts and provenance rules each split the same article."""
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        spans.append((start, m.end()))
        start = m.end()
    spans.append((start, len(text)))
    return tuple(s for s in spans if text[s[0]:s[1]].strip())


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in _PARAGRAPH.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return spans


def _enclosing(spans: list[tuple[int, int]], index: int) -> tuple[int, int]:
    for s, e in spans:
        if s <= index < e:
            return s, e
    return (0, 0)


# --- people in the article ------------------------------------------------------------

_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][\w’'\-]*[\w]"
_PARTICLE = r"(?:de|du|des|da|di|van|von|der|ben|bin|ibn|el|al|ould|ag|dos|do|le|la|bint)"
# Two or more capitalised words (particles between them), or one after an honorific.
_NAME_AFTER = re.compile(
    rf"^[\s,]*(?:(?:M\.|Mme|MM\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s+)?"
    rf"(?P<name>{_NAME_WORD}(?:\s+(?:{_PARTICLE}\s+)?{_NAME_WORD}){{1,4}})")
_HONORIFIC_AFTER = re.compile(
    rf"^[\s,]*(?:M\.|Mme|MM\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s+(?P<name>{_NAME_WORD})")
_NAME_BEFORE = re.compile(
    rf"(?P<name>{_NAME_WORD}(?:\s+(?:{_PARTICLE}\s+)?{_NAME_WORD}){{1,4}}),\s*"
    r"(?:(?:le|la|l'|l’|the|an?)\s+)?$")


_JOINED = re.compile(r"^[\s,]*(?:and|et|ainsi que|as well as|together with)\b",
                     re.IGNORECASE)


@dataclass(frozen=True)
class Attribution:
    """One place the article writes a title, and the person it writes it for."""

    start: int
    end: int
    person: str   # the name as the article writes it; '' when the article names no one there
    index: int    # the release's people[] index of that person, -1 when not in the release


def person_keys(name: str, article_spelling: str = "") -> tuple[str, ...]:
    """Folded forms under which the article may name a person: full name, surname."""
    keys = []
    for written in (name, article_spelling):
        key = loose_key(written)
        if key:
            keys.append(key)
            words = key.split(" ")
            if len(words) >= 2 and len(words[-1]) >= 4:
                keys.append(words[-1])
    return tuple(dict.fromkeys(keys))


def names_person(written: str, keys: tuple[str, ...]) -> bool:
    """Does a name as the article writes it name the person with these keys?"""
    folded = loose_key(written)
    words = folded.split(" ")
    return any(folded == k or (" " not in k and words[-1] == k) for k in keys)


class ArticlePeople:
    """The release's people as the article names them, for attributing titles."""

    def __init__(self, article: str, people: list[tuple[str, ...]],
                 ignored_names: frozenset[str] = frozenset()):
        self.article = article
        self.keys = people
        self.ignored = ignored_names
        self.sentences = sentence_spans(article)
        self.paragraphs = paragraph_spans(article)
        self.mentions: list[tuple[int, int, int]] = []   # start, end, people index
        for index, keys in enumerate(people):
            for key in keys:
                for s, e in phrase_spans(key, article):
                    if not any(s < me and e > ms for ms, me, _ in self.mentions):
                        self.mentions.append((s, e, index))
        self.mentions.sort()

    def mentioned_in(self, span: tuple[int, int], index: int) -> bool:
        return any(span[0] <= s < span[1] for s, _, i in self.mentions if i == index)

    def _adjacent_name(self, start: int, end: int) -> str:
        after = self.article[end:end + 80]
        m = _NAME_AFTER.match(after) or _HONORIFIC_AFTER.match(after)
        if m and not self._not_a_name(m.group("name")):
            return m.group("name")
        before = self.article[max(0, start - 80):start]
        m = _NAME_BEFORE.search(before)
        if m and not self._not_a_name(m.group("name")):
            return m.group("name")
        return ""

    def _not_a_name(self, name: str) -> bool:
        words = name.split()
        return all(loose(w) in self.ignored for w in words) or \
            loose(words[0]) in self.ignored

    def attribute(self, start: int, end: int) -> Attribution:
        name = self._adjacent_name(start, end)
        if name:
            index = next((i for i, keys in enumerate(self.keys) if names_person(name, keys)),
                         -1)
            return Attribution(start, end, name, index)
        sentence = _enclosing(self.sentences, start)
        # « X, co-chair … and Minister of … and Y, … »: a name after « and » opens the next
        # person; the title is not theirs.
        near = [(min(abs(s - end), abs(start - e)), s, e, i) for s, e, i in self.mentions
                if sentence[0] <= s < sentence[1] and not (s < end and e > start)
                and not (s >= end and _JOINED.match(self.article[end:s]))]
        if not near:
            return Attribution(start, end, "", -1)
        _, s, e, i = min(near)
        return Attribution(start, end, self.article[s:e], i)

    def attributions(self, title: str) -> list[Attribution]:
        return [self.attribute(s, e) for s, e in phrase_spans(title, self.article)]

    def paragraph_of(self, index: int) -> tuple[int, int]:
        return _enclosing(self.paragraphs, index)
