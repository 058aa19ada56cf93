"""The event date chosen among other dates (fixtures/press_dates_among_others.yaml): an
earlier decree or election, the page's date beside a relative day, a past act told in the
body, a date to come, a term or a deadline, chrome after the body, a dateline and another day,
a visit's range, an anniversary; each read by the whole extractor."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from communique.extract import extract_article

CASES = YAML(typ="safe").load(
    (Path(__file__).parent / "fixtures" / "press_dates_among_others.yaml").read_text("utf-8")
)["cases"]


def _day(value) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(str(value))


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_the_event_date_among_the_other_dates_of_the_article(case):
    r = extract_article(case["text"], case["language"], reference_date=_day(case["ref"]))
    got, want = _day(r.date), _day(case["want"])
    if case.get("any_year"):
        assert got is not None and (got.month, got.day) == (want.month, want.day), r.warnings
    else:
        assert got == want, r.warnings
    if "confirm" in case:
        assert ("date" in r.uncertain) == case["confirm"], r.warnings


def test_the_table_gives_other_dates_in_every_language():
    assert {c["language"] for c in CASES} == {"fr", "en", "ar"}
    assert len({c["id"] for c in CASES}) == len(CASES)
    # every article writes at least one date besides the event's own
    assert all(len(c["text"]) > 100 for c in CASES)
