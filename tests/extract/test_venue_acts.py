"""Where the act happened (issue 15, session 6): a happening joined to the event by « de » is
its complement, not another happening that would take the city away; a city an envoy's title
places after a locative (« l'ambassadeur français à Alger ») is the venue when no other is told,
and the town of any other office is not."""

from __future__ import annotations

import datetime as dt

import pytest

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


VENUE_WORDS = list(place_rules().venue_words)


@pytest.mark.parametrize("entry", VENUE_WORDS, ids=[v.word for v in VENUE_WORDS])
def test_the_town_after_a_venue_word_is_the_city_and_needs_the_entry(entry, french_nlp):
    assert venue(entry.example).city == entry.city
    with without(entry.word):
        assert venue(entry.example).city != entry.city


def test_a_capitalised_venue_word_names_an_institution_not_a_town(french_nlp):
    v = venue("Rentrée\n\nLe ministre a visité mardi 3 septembre 2019 l'École de Médecine avec "
              "les doyens.")
    assert v.city is None


def test_a_venue_word_says_where_the_act_was_as_a_locative_does(french_nlp):
    # Maroua is listed; without the construction it is a city told without « à » in the lead
    v = venue("Au Cameroun, le centre de réhabilitation des personnes "
              "handicapées de Maroua a désormais son directeur. Ils ont été installés mercredi "
              "5 février 2020 par la ministre.")
    assert (v.city, v.country) == ("Maroua", "Cameroun")


def test_a_venue_word_is_written_in_lower_case(monkeypatch):
    from communique.extract import place_rules as module
    from communique.extract.reference import read_data_yaml

    raw = dict(read_data_yaml("places.yaml"))
    raw["venue_words"] = [dict(raw["venue_words"][0], word="École")]
    monkeypatch.setattr(module, "read_data_yaml", lambda name: raw)
    module.place_rules.cache_clear()
    try:
        with pytest.raises(module.PlaceRuleError, match="venue_words entry 1: 'word'"):
            module.place_rules()
    finally:
        monkeypatch.undo()
        module.place_rules.cache_clear()


def test_an_unlisted_town_takes_the_country_of_the_dateline_city(french_nlp):
    v = venue("Remise des clés\n\nBouaké, 24 déc (AIP)-Le président du conseil régional a "
              "remis samedi 24 décembre 2022 les clés du centre de santé d'Agbagnansou aux "
              "populations.")
    assert (v.city, v.country) == ("Agbagnansou", "Côte d'Ivoire")


def test_the_country_a_visit_goes_to_is_the_venue_country():
    v = venue("Minister signs two agreements\n\nThe Minister, who accompanied the President on "
              "the 3-day State Visit to Mauritius, signed two agreements on Monday, June 12, "
              "2023.", "en")
    assert (v.city, v.country) == (None, "Mauritius")
    v = venue("After his tour, the Foreign Minister visited Haiti to sign agreements on "
              "17 August 2020.", "en")
    assert v.country == "Haiti"


def test_envoys_accredited_with_a_curly_apostrophe_name_the_country(french_nlp):
    v = venue("Copies figurées\n\nLe nouvel ambassadeur de France auprès de l’Union des "
              "Comores, Étienne Chapon, a été reçu ce mardi 3 juin 2025 au ministère.")
    assert v.country == "Comores"


def test_the_country_an_envoy_is_sent_to_receives_him():
    v = venue("Foreign Minister meets Cuban Ambassador\n\nOn December 24, 2023, the Minister "
              "received the Ambassador Extraordinary and Plenipotentiary of the Republic of "
              "Cuba to Mongolia Jorge Ferrer Rodriguez.", "en")
    assert v.country == "Mongolia"


def test_a_memorial_written_with_capitals_is_read_in_any_case(monkeypatch, french_nlp):
    # « au Monument aux Morts de Dzaoudzi »: without any_case the capitals hide the town
    from dataclasses import replace

    from communique.extract import venue as venue_module

    entry = next(v for v in VENUE_WORDS if v.word == "monument aux morts")
    assert venue(entry.example).city == entry.city
    rules = venue_module.active_rules()
    lower = replace(rules, venue_words=tuple(replace(v, any_case=False)
                                             for v in rules.venue_words))
    monkeypatch.setattr(venue_module, "active_rules", lambda: lower)
    assert venue(entry.example).city != entry.city


def test_a_town_only_office_reads_a_town_named_like_a_district(monkeypatch):
    # "the Mayor of Francistown": a mayor's seat is a town, though a district bears its name
    from dataclasses import replace

    from communique.extract import venue as venue_module

    text = ("Thato Molefe was sworn in as the Mayor of Francistown on Monday, June 5, 2023, "
            "before the councillors.")
    assert venue(text, "en").city == "Francistown"
    rules = venue_module.active_rules()
    plain = replace(rules, local_offices=tuple(replace(o, of_a_town=False)
                                               for o in rules.local_offices))
    monkeypatch.setattr(venue_module, "active_rules", lambda: plain)
    assert venue(text, "en").city is None


def test_a_flag_of_places_yaml_is_true_or_false(monkeypatch):
    from communique.extract import place_rules as module
    from communique.extract.reference import read_data_yaml

    raw = dict(read_data_yaml("places.yaml"))
    raw["local_offices"] = [dict(raw["local_offices"][0], of_a_town="yes")]
    monkeypatch.setattr(module, "read_data_yaml", lambda name: raw)
    module.place_rules.cache_clear()
    try:
        with pytest.raises(module.PlaceRuleError, match="local_offices entry 1: 'of_a_town'"):
            module.place_rules()
    finally:
        monkeypatch.undo()
        module.place_rules.cache_clear()
