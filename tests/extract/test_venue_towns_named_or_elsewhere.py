"""The venue's town told by a place's name (an airport of its town) or not told at all though
the article names towns (a summit to come, an earlier happening, an envoy among the guests, a
country named like its capital, officials of several towns, a district, envoys resident
elsewhere): the table of invented articles in fixtures/venue_towns_named_or_elsewhere.yaml,
each run through the whole extractor."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from communique.extract import extract_article

TODAY = dt.date(2024, 3, 13)
TABLE = Path(__file__).parent / "fixtures" / "venue_towns_named_or_elsewhere.yaml"
CASES = YAML(typ="safe").load(TABLE.read_text(encoding="utf-8"))["cases"]


def test_the_table_has_one_entry_per_id():
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids)) and len(ids) >= 15


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_the_city_and_country_a_press_officer_would_write(case, french_nlp):
    venue = extract_article(case["text"], case["language"], reference_date=TODAY).venue
    assert venue.city == case["city"]
    if "country" in case:
        assert venue.country == case["country"]
