"""The clauses of data/venue_clauses.yaml that say whether a town is where the event was: every
list's examples (its own and its `also`, with other towns and word orders) read as the list
says, and the list's own example does not without it; and the dateline that gives way to a
town told with the act."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from communique.extract import extract_article, venue_clauses
from communique.extract.venue_clauses import clause_lists, without

TODAY = dt.date(2024, 3, 13)
LISTS = list(clause_lists().values())
EXAMPLES = [(rule.name, ex) for rule in LISTS for ex in rule.examples]


def venue(text: str):
    language = "fr" if any(w in text.split() for w in ("le", "la", "les", "de", "à")) else "en"
    if re.search("[\u0600-\u06FF]", text):
        language = "ar"
    return extract_article(text, language, reference_date=TODAY).venue


def city(text: str) -> str | None:
    return venue(text).city


def read(example) -> tuple[str | None, str | None]:
    """The example's city, and its country when the example gives one."""
    v = venue(example.text)
    return v.city, (v.country if example.has_country else None)


@pytest.mark.parametrize("name,example", EXAMPLES,
                         ids=[f"{n}-{i}" for i, (n, _e) in enumerate(EXAMPLES)])
def test_each_example_gives_its_city(name, example, french_nlp):
    assert read(example) == (example.city, example.country)


@pytest.mark.parametrize("rule", LISTS, ids=[r.name for r in LISTS])
def test_each_list_is_needed_by_its_example(rule, french_nlp):
    example = rule.examples[0]
    with without(rule.name):
        assert read(example) != (example.city, example.country)


def test_a_tour_of_several_towns_before_the_event_is_another_happening(french_nlp):
    # « après une tournée dans plusieurs communes »: the event itself is at Kaolack
    assert city("A Kaolack, après une tournée dans plusieurs communes de la région, le "
                "ministre a présidé lundi 4 mars 2024 le conseil régional de développement."
                ) == "Kaolack"


def test_several_places_leave_the_city_empty_with_a_warning(french_nlp):
    example = clause_lists()["several_places"].examples[0]
    r = extract_article(example.text, "fr", reference_date=TODAY)
    assert r.venue.city is None
    assert "venue.city" in r.uncertain
    assert any("plusieurs communautés" in w for w in r.warnings)


def test_a_relative_clause_needs_an_act_to_place_the_event(french_nlp):
    # « à Paris, où il est né »: no event verb in the clause, the town of the act stays
    assert city("Le ministre, arrivé lundi 4 mars 2024 à Kigali, a présidé le forum. Il a "
                "étudié à Paris, où il est né.") == "Kigali"


def test_a_town_told_with_the_act_outweighs_the_wire_dateline(french_nlp):
    text = ("Nouveaux préfets\n\nBamako, 12 mars (AMAP) – Deux nouveaux préfets ont été "
            "installés dans leurs fonctions cette semaine. Le premier a été installé à Ségou, "
            "le second à Mopti.")
    assert city(text) == "Ségou"


def test_the_wire_dateline_stays_the_venue_when_the_act_is_told_there(french_nlp):
    text = ("Nouveau préfet\n\nBamako, 12 mars (AMAP) – Le nouveau préfet a été installé "
            "mardi à Bamako en présence du ministre, arrivé de Ségou.")
    assert city(text) == "Bamako"


def test_a_label_before_a_colon_is_no_dateline_and_needs_the_list():
    from communique.extract.reference import read_data_yaml

    raw = read_data_yaml("venue_clauses.yaml")["colon_labels"]
    assert city(raw["example"]) is None
    with without("colon_labels"):
        assert city(raw["example"]) == "Watch"


def test_a_malformed_list_is_named(monkeypatch):
    monkeypatch.setattr(venue_clauses, "read_data_yaml", lambda name: {"where_clauses": {}})
    venue_clauses.clause_lists.cache_clear()
    try:
        with pytest.raises(venue_clauses.VenueClauseError, match="where_clauses"):
            venue_clauses.clause_lists()
    finally:
        monkeypatch.undo()
        venue_clauses.clause_lists.cache_clear()
