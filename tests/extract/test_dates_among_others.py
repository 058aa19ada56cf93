"""The event date chosen among other dates (fixtures/press_dates_among_others.yaml): an
earlier decree or election, the page's date beside a relative day, a past act told in the
body, a date to come, a term or a deadline, chrome after the body, a dateline and another day,
a visit's range, an anniversary; each read by the whole extractor."""

from __future__ import annotations

import pytest

from .conftest import check_date_case, date_table

CASES = date_table("press_dates_among_others.yaml")


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_the_event_date_among_the_other_dates_of_the_article(case):
    check_date_case(case)


def test_the_table_gives_other_dates_in_every_language():
    assert {c["language"] for c in CASES} == {"fr", "en", "ar"}
    assert len({c["id"] for c in CASES}) == len(CASES)
    # every article writes at least one date besides the event's own
    assert all(len(c["text"]) > 100 for c in CASES)
