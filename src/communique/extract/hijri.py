"""The Gregorian year of a day written beside its Hijri date: « يوم الثلاثاء 5 ربيع الآخر 1446 هـ
الموافق 8 أكتوبر » (Gulf and Saudi copy) writes the Hijri year and, after « الموافق » (or before
it), the Gregorian day and month alone. The Hijri date, counted in the arithmetic calendar (a day
or two from the sighted one), falls within days of the Gregorian day in one year only: that year
is written, in the Hijri calendar, not guessed."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from ..date_mentions import DateMention, calendar, probe

# Days from 1 January of year 1 (proleptic Gregorian, as ``date.toordinal``) to the eve of
# 1 Muharram AH 1 (16 July 622, Julian): the epoch of the arithmetic Hijri calendar.
_HIJRI_EPOCH = dt.date(622, 7, 19).toordinal() - 1
# How far apart the two readings of one day may be and still be that day.
_SAME_DAY_DAYS = 3


def hijri_to_gregorian(year: int, month: int, day: int) -> dt.date:
    """The arithmetic (tabular) Hijri calendar: 30-year cycles of 11 leap years."""
    days = (day + (29 * (month - 1) + (month - 1 + 1) // 2) + 354 * (year - 1)
            + (3 + 11 * year) // 30)
    return dt.date.fromordinal(_HIJRI_EPOCH + days)


@cache
def _beside() -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    cal = calendar()
    if not cal.hijri_months or not cal.hijri_equivalent:
        return None
    months = "|".join(re.escape(w) for w in sorted(cal.hijri_months, key=len, reverse=True))
    same = "|".join(re.escape(w) for w in sorted(cal.hijri_equivalent, key=len, reverse=True))
    hijri = rf"(?P<d>[0-3]?\d)\s+(?P<m>{months})\s+(?P<y>1[34]\d\d)\s*(?:هـ|ه)?\.?"
    return (re.compile(rf"{hijri}\s*(?:{same})\s*$"),        # the Hijri date, then the day
            re.compile(rf"^\s*(?:م\s*)?(?:{same})\s*{hijri}"))  # the day, then the Hijri date


def year_beside_hijri(norm: str, m: DateMention) -> int | None:
    """The Gregorian year of `m`, a day and month written without a year next to its Hijri
    date and « الموافق », or None."""
    patterns = _beside()
    if patterns is None or m.year is not None or m.month is None or m.day is None:
        return None
    before, after = patterns
    hit = before.search(probe(norm[max(0, m.start - 60):m.start])) \
        or after.search(probe(norm[m.end:m.end + 60]))
    if hit is None:
        return None
    month = calendar().hijri_months[hit.group("m")]
    hijri_day = hijri_to_gregorian(int(hit.group("y")), month, int(hit.group("d")))
    for year in (hijri_day.year - 1, hijri_day.year, hijri_day.year + 1):
        try:
            day = dt.date(year, m.month, m.day)
        except ValueError:
            continue
        if abs((day - hijri_day).days) <= _SAME_DAY_DAYS:
            return year
    return None
