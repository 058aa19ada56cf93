"""English offices written short in capitals right before a name ("PM Sogavare",
"HC Hilton"): the abbreviation is the person's title as written, not part of the name.

The abbreviations are data (patterns/en/words.yaml, slot office_abbreviation) and are
matched as written: "pm" or "Pm" is no office, and a "PM" right after a time ("03:57 PM
Monday") is the hour's, never a title."""

from __future__ import annotations

import re

from ..constructions import words as slot_words
from .mentions import NameMention

# "at 5 PM", "03:57 PM", "10.30 PM": a clock time before the capitals
_TIME_BEFORE = re.compile(r"\d[\d:.]*\s*$")
# "PM Sogavare": one space or a non-breaking one between the office and the name
_SPACE = re.compile(r"[ \u00a0]+")


def _office(word: str, norm: str, start: int) -> bool:
    return (word in slot_words("office_abbreviation", "en")
            and not _TIME_BEFORE.search(norm, max(0, start - 8), start))


def without_abbreviated_title(c: NameMention, norm: str) -> NameMention:
    """"PM Sogavare" read as one capitalised run: the name is "Sogavare"."""
    first, _, rest = c.text.partition(" ")
    if not rest or not rest[:1].isupper() or not _office(first, norm, c.start):
        return c
    gap = _SPACE.match(c.text, len(first))
    if gap is None:
        return c
    return NameMention(c.start + gap.end(), c.end, c.text[gap.end():], c.honorific)


def abbreviated_title_before(norm: str, start: int) -> list[tuple[int, int]]:
    """The span of an office abbreviation written right before the name at ``start``."""
    m = re.search(r"\b([A-Z]{2,4})[ \u00a0]+$", norm[max(0, start - 8):start])
    if m is None:
        return []
    at = max(0, start - 8) + m.start(1)
    if not _office(m.group(1), norm, at):
        return []
    return [(at, at + len(m.group(1)))]
