"""Article text helpers: a same-length normalised copy for matching, and sentence spans."""

from __future__ import annotations

import re
from dataclasses import dataclass

# One character for one character, so offsets in the normalised copy are offsets in the article.
_SAME_LENGTH = str.maketrans(
    {
        **{chr(0x0660 + i): str(i) for i in range(10)},  # Arabic-Indic digits
        **{chr(0x06F0 + i): str(i) for i in range(10)},  # Eastern Arabic-Indic digits
        "\u00a0": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u2019": "'",
        "\u02bc": "'",
        "\u2018": "'",
        "\u06cc": "\u064a",  # Persian yeh, in Arabic text typed on Persian keyboards
        "\u06a9": "\u0643",  # keheh, likewise, for kaf
        "\u060c": ",",  # Arabic comma
        "\u061b": ";",
        "\u061f": "?",
        "\u2013": "-",
        "\u2014": "-",
    }
)


def normalise(text: str) -> str:
    """Return a copy of the same length with digits, spaces, apostrophes and commas unified."""
    return text.translate(_SAME_LENGTH)


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    index: int


_ABBREVIATIONS = re.compile(
    r"(?:\b(?:M|MM|Mme|Mlle|Dr|Pr|Me|Mr|Mrs|Ms|St|Sr|Jr|Gen|Col|Hon|No|art|av|J\.-C|etc|[A-Z])\.$)"
    r"|(?:\b(?:S\.E|S\.M|H\.E|H\.M|U\.S|U\.K|S\.A\.R|H\.R\.H)\.$)"
)
_BOUNDARY = re.compile(r"[.!?؟]+[\"»”')\]]*\s+|\n\s*\n|\n")


def sentences(text: str) -> list[Sentence]:
    """Split on sentence punctuation and line breaks, not after known abbreviations."""
    spans: list[Sentence] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        candidate_end = m.start() + len(m.group(0).rstrip())
        window = text[max(0, m.start() - 8):m.end()].rstrip()
        if "\n" not in m.group(0) and _ABBREVIATIONS.search(window):
            continue
        if "\n" not in m.group(0):
            nxt = text[m.end():m.end() + 1]
            # "le 7 nov. 2024" or a lower-case continuation is not a new sentence.
            if nxt and nxt.islower():
                continue
        _add(text, spans, start, candidate_end)
        start = m.end()
    _add(text, spans, start, len(text))
    return spans


def _add(text: str, spans: list[Sentence], start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append(Sentence(start, end, len(spans)))


def sentence_at(spans: list[Sentence], offset: int) -> Sentence | None:
    lo, hi = 0, len(spans) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        s = spans[mid]
        if offset < s.start:
            hi = mid - 1
        elif offset >= s.end:
            lo = mid + 1
        else:
            return s
    # Between sentences (whitespace): take the previous one.
    return spans[hi] if 0 <= hi < len(spans) else (spans[0] if spans else None)
