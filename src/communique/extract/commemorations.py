"""The day an anniversary commemorates: « Le 3 août, le Premier ministre a présidé la
cérémonie du 60e anniversaire de l'indépendance proclamée le 3 août 1960 ». The full date
after the anniversary's word (date_words.toml anniversaries) falls on the day and month of
another date of the article, in an earlier year: it is the day being remembered, not the
day of the event, and gives that other day no year."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from ..date_mentions import DateMention, calendar, probe
from .text import Sentence


@cache
def _anniversary_word() -> re.Pattern[str] | None:
    words = sorted(calendar().anniversaries, key=len, reverse=True)
    if not words:
        return None
    # the start of a word: « anniversaires », "anniversary's"
    return re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(w) for w in words)})", re.IGNORECASE)


def commemorated(norm: str, m: DateMention, sentence: Sentence | None,
                 mentions: Sequence[DateMention]) -> bool:
    """Is `m` a full date that an anniversary of its sentence commemorates: written after the
    anniversary's word, on the day and month of another date of the article written without
    a year or in a later one? The same day alone is no anniversary (« le 20 avril … la date
    du 20 avril 2023 » writes one day twice), nor an anniversary's word alone (« à
    l'occasion du 60e anniversaire, le 12 mars 2024, le président a inauguré … »)."""
    if m.kind != "date" or m.year is None or m.month is None or sentence is None \
            or sentence.start > m.start:
        return False
    if not any(o is not m and o.kind == "date" and (o.day, o.month) == (m.day, m.month)
               and (o.year is None or o.year > m.year) for o in mentions):
        return False
    pattern = _anniversary_word()
    return pattern is not None and pattern.search(probe(norm[sentence.start:m.start])) is not None
