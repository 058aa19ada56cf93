"""The year of the event date and the regional ways of writing a day, article by article
(fixtures/press_dates_years_and_regions.yaml): a year told once elsewhere (by the page or the
dateline, and not by a « © », a mandate, an earlier act), the December/January boundary,
Maghreb, Levant and Moroccan months, Hijri beside Gregorian, Eastern Arabic digits, numeric
dates day or month first, English ordinals, relative days with and without a reference date."""

from __future__ import annotations

import pytest

from .conftest import check_date_case, date_table

CASES = date_table("press_dates_years_and_regions.yaml")


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_the_event_date_and_its_year_as_a_press_officer_would_write_them(case):
    check_date_case(case)


def test_the_table_covers_every_language_and_is_invented():
    assert {c["language"] for c in CASES} == {"fr", "en", "ar"}
    assert len({c["id"] for c in CASES}) == len(CASES)
