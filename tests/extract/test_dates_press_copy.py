"""How press copy says WHEN, article by article (fixtures/press_dates.yaml): datelines, page
and byline dates, numeric dates, relative days, years from elsewhere, past acts, dates to
come, ranges, Hijri beside Gregorian, and no date; each read by the whole extractor."""

from __future__ import annotations

import pytest

from .conftest import check_date_case, date_table

CASES = date_table("press_dates.yaml")


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_the_event_date_a_press_officer_would_put_in_the_release(case):
    check_date_case(case)


def test_the_table_covers_every_language_and_is_invented():
    assert {c["language"] for c in CASES} == {"fr", "en", "ar"}
    assert len({c["id"] for c in CASES}) == len(CASES)
