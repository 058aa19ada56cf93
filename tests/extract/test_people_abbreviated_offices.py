"""English offices written short in capitals before a name (session 10): "PM Sogavare",
"HC Hilton" give the person the abbreviation as a title, written as printed, and the name
without it. Case-sensitive: "pm" is no office, and a clock's "PM" is never a title.
Invented names, offices and orders, not the article the rule was found in."""

from __future__ import annotations

import datetime as dt

import pytest

from communique.extract import extract_article

TODAY = dt.date(2026, 12, 3)


def people(text: str) -> dict[str, tuple[str, ...]]:
    return {p.name: p.titles for p in extract_article(text, "en", reference_date=TODAY).people}


@pytest.mark.parametrize(("text", "name", "title"), [
    ("PM Okello met HC Brandt at the office.", "Okello", "PM"),
    ("PM Okello met HC Brandt at the office.", "Brandt", "HC"),
    ("Governor Ruto thanked CM Sarma for the new bridge.", "Sarma", "CM"),
    ("The meeting of DPM Haruna Lamin and MP Jane Wambui was held in Kisumu.",
     "Jane Wambui", "MP"),
    ("The meeting of DPM Haruna Lamin and MP Jane Wambui was held in Kisumu.",
     "Haruna Lamin", "DPM"),
    ("Flood relief: DC Meena Rao visits the camps", "Meena Rao", "DC"),
])
def test_an_office_in_capitals_before_a_name_is_its_title(text, name, title):
    got = people(text)
    assert title in got[name]
    assert not any(n.split()[0] == title for n in got)


def test_the_full_name_elsewhere_takes_the_abbreviated_title():
    got = people("New HC Brandt meets PM Okello\n\nHigh Commissioner Anna Brandt paid a "
                 "courtesy visit to Prime Minister Samuel Okello on Monday.")
    assert "HC" in got["Anna Brandt"] and "PM" in got["Samuel Okello"]
    assert set(got) == {"Anna Brandt", "Samuel Okello"}


@pytest.mark.parametrize("text", [
    "The pm Okello met the press in Kisumu.",
    "Ruto arrived at 5 PM Monday, the governor said.",
    "Posted 03:57 PM Okello Street closure announced, the council said.",
])
def test_no_office_in_lower_case_or_after_a_clock_time(text):
    got = people(text)
    assert not any("PM" in t for ts in got.values() for t in ts)
    assert "Okello" not in got and "Monday" not in got
