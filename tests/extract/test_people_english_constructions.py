"""People: English constructions of session 7 (issue 15) — places inside titles, abbreviated
titles, head-final titles, one-word names, misspelt repeats (each test fails without its rule
or data entry)."""

from __future__ import annotations

import datetime as dt

from communique.extract import extract_article

TODAY = dt.date(2026, 11, 29)


def people(text: str) -> dict[str, tuple[str, ...]]:
    return {p.name: p.titles for p in extract_article(text, "en", reference_date=TODAY).people}


def test_a_place_of_two_words_in_a_title_is_no_name_that_cuts_it():
    # "Zealand" of "New Zealand" is no name of its own: the title runs to the place's end
    got = people("Jane Doe was appointed High Commissioner to New Zealand on Monday.")
    assert got == {"Jane Doe": ("High Commissioner to New Zealand",)}
    got = people("Jane Doe, the High Commissioner to South Africa, arrived.")
    assert got == {"Jane Doe": ("High Commissioner to South Africa",)}
