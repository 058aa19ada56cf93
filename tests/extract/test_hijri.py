"""The Gregorian year of a day written beside its Hijri date (``extract/hijri.py``)."""

from __future__ import annotations

import datetime as dt

from communique.extract.dates import find_mentions
from communique.extract.hijri import hijri_to_gregorian, year_beside_hijri


def test_the_arithmetic_calendar_falls_within_a_day_or_two_of_the_announced_one():
    # days as the Saudi calendar printed them: 22 Shaaban 1445, 1 Ramadan 1445, 1 Muharram 1447
    for hijri, gregorian in [((1445, 8, 22), dt.date(2024, 3, 3)),
                             ((1445, 9, 1), dt.date(2024, 3, 11)),
                             ((1447, 1, 1), dt.date(2025, 6, 26))]:
        assert abs((hijri_to_gregorian(*hijri) - gregorian).days) <= 2


def _year(text: str) -> int | None:
    day = next(m for m in find_mentions(text) if m.kind == "date" and m.year is None)
    return year_beside_hijri(text, day)


def test_the_hijri_year_gives_the_day_written_beside_it_its_year():
    assert _year("افتتح الأمير في 5 ربيع الآخر 1446 هـ الموافق 8 أكتوبر المستشفى.") == 2024
    assert _year("استقبل الوزير في 29 نوفمبر الموافق 15 جمادى الأولى 1445هـ السفير.") == 2023
    # a Hijri date that is not that day's (a slip or another day) gives none
    assert _year("افتتح الأمير في 5 ربيع الآخر 1446 هـ الموافق 8 مارس المستشفى.") is None
    # nor one written without « الموافق »
    assert _year("افتتح الأمير في 5 ربيع الآخر 1446 هـ ثم في 8 أكتوبر المستشفى.") is None
