"""Where the act happened (issue 15, session 6): a happening joined to the event by « de » is
its complement, not another happening that would take the city away; a city an envoy's title
places after a locative (« l'ambassadeur français à Alger ») is the venue when no other is told,
and the town of any other office is not."""

from __future__ import annotations

import datetime as dt

from communique.extract import extract_article
from communique.extract.place_rules import place_rules, without

TODAY = dt.date(2026, 11, 29)


def venue(text: str, language: str = "fr"):
    return extract_article(text, language, reference_date=TODAY).venue


def test_a_happening_joined_to_the_event_is_its_complement(french_nlp):
    v = venue("Un cinquième mandat\n\nMercredi 27 mai 2020, le conseil municipal d’installation "
              "a réélu Jean Dupont pour un cinquième mandat à Nantes.")
    assert v.city == "Nantes"


def test_a_city_an_envoy_title_places_after_a_locative_is_the_venue(french_nlp):
    rules = place_rules()
    v = venue(rules.envoy_example)
    assert (v.city, v.country) == (rules.envoy_city, "Algérie")
    with without("envoy_titles"):
        assert venue(rules.envoy_example).city != rules.envoy_city


def test_a_city_told_with_the_act_wins_over_the_city_of_a_title(french_nlp):
    v = venue("Audience\n\nLe Premier ministre, Abdelmadjid Tebboune a reçu mardi 18 juillet "
              "2017 à Oran le nouvel ambassadeur français à Alger, Xavier Driencourt.")
    assert v.city == "Oran"


def test_the_town_of_an_office_is_no_venue(french_nlp):
    v = venue("Audience\n\nLe ministre, Paul Martin, a reçu mardi 18 juillet 2017 le maire de "
              "Lyon, Jean Dupont.")
    assert v.city is None
