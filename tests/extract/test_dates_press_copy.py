"""How press copy says WHEN, article by article (fixtures/press_dates.yaml): datelines, page
and byline dates, numeric dates, relative days, years from elsewhere, past acts, dates to
come, ranges, Hijri beside Gregorian, and no date; each read by the whole extractor."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from communique.extract import extract_article

CASES = YAML(typ="safe").load(
    (Path(__file__).parent / "fixtures" / "press_dates.yaml").read_text("utf-8"))["cases"]


def _day(value) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(str(value))


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_the_event_date_a_press_officer_would_put_in_the_release(case):
    r = extract_article(case["text"], case["language"], reference_date=_day(case["ref"]))
    got, want = _day(r.date), _day(case["want"])
    if case.get("any_year"):
        assert got is not None and (got.month, got.day) == (want.month, want.day), r.warnings
    else:
        assert got == want, r.warnings
    if "confirm" in case:
        assert ("date" in r.uncertain) == case["confirm"], r.warnings


def test_the_table_covers_every_language_and_is_invented():
    assert {c["language"] for c in CASES} == {"fr", "en", "ar"}
    assert len({c["id"] for c in CASES}) == len(CASES)
