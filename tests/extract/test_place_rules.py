"""The place rules of data/places.yaml (Arabic clitics, town names that are mostly surnames or
common nouns, country cues) and the common event heads of data/events.yaml: every entry's
example reads as the entry says, and does not without the entry."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from communique.extract import extract_article
from communique.extract.event_rules import common_heads, held_cues
from communique.extract.event_rules import without as events_without
from communique.extract.place_rules import place_rules, without

TODAY = dt.date(2026, 11, 29)
RULES = place_rules()


def venue(text: str):
    language = "ar" if re.search("[\u0600-\u06FF]", text) else (
        "fr" if re.search(r"\b(?:le|la|les|du|de|une?)\b", text) else "en")
    return extract_article(text, language, reference_date=TODAY).venue


@pytest.mark.parametrize("clitic", RULES.clitics, ids=[c.form for c in RULES.clitics])
def test_clitic_example_reads_the_city_and_needs_the_entry(clitic):
    assert venue(clitic.example).city == clitic.city
    with without(clitic.form):
        assert venue(clitic.example).city != clitic.city


def test_fused_article_gives_the_city_as_spelled_and_its_country():
    v = venue("قام الوزير يوم الأحد 5 مارس 2023 بزيارة للرباط التقى خلالها نظيره.")
    assert (v.city, v.country) == ("الرباط", "المغرب")


ENTRIES = list(RULES.not_places.values())


@pytest.mark.parametrize("entry", ENTRIES, ids=[e.word for e in ENTRIES])
def test_stop_listed_town_is_no_city_in_its_example(entry):
    assert venue(entry.example).city is None
    with without(entry.word):
        assert venue(entry.example).city == entry.word


@pytest.mark.parametrize("entry", ENTRIES, ids=[e.word for e in ENTRIES])
def test_stop_listed_town_is_a_city_after_a_locative(entry):
    assert venue(entry.city_example).city == entry.word


@pytest.mark.parametrize("cue", RULES.country_cues, ids=[c.id for c in RULES.country_cues])
def test_country_cue_example_gives_the_country_and_needs_the_cue(cue):
    assert venue(cue.example).country == cue.country
    with without(cue.id):
        assert venue(cue.example).country != cue.country


def test_headline_prefix_that_is_no_country_gives_none():
    v = venue("Diplomatie : le ministre reçoit les ambassadeurs\n\nLe ministre a reçu mardi "
              "3 mars 2023 les nouveaux ambassadeurs.")
    assert v.country is None


def test_city_country_wins_over_the_headline_prefix():
    v = venue("Afrique : le sommet s'ouvre\n\nLe sommet s'est ouvert mardi 3 mars 2023 à Rabat.")
    assert (v.city, v.country) == ("Rabat", "Maroc")


# --- events: common heads with a lower-case complement (events.yaml common_heads) ----------

HEADS = [h for lang in ("fr", "en", "ar") for h in common_heads(lang).heads]


def event(text: str, language: str) -> str | None:
    return extract_article(text, language, reference_date=TODAY).venue.event


@pytest.mark.parametrize("head", HEADS, ids=[f"{h.language}-{h.head}" for h in HEADS])
def test_common_head_example_reads_the_event_and_needs_the_entry(head):
    assert event(head.example, head.language) == head.event
    with events_without(head.head):
        assert event(head.example, head.language) != head.event


def test_common_head_alone_is_still_no_event():
    assert event("Le ministre a effectué lundi 12 juin 2023 une visite. Il a parlé.", "fr") is None


def test_lower_case_complement_ends_at_the_phrase():
    assert event("Le roi a présidé lundi 12 juin 2023 l'inauguration de la nouvelle gare, en "
                 "présence du ministre.", "fr") == "inauguration de la nouvelle gare"
    assert event("Le roi a présidé lundi 12 juin 2023 l'inauguration de la gare ce matin.",
                 "fr") == "inauguration de la gare"


DISTRICTS = list(RULES.district_words)


@pytest.mark.parametrize("entry", DISTRICTS, ids=[d.word for d in DISTRICTS])
def test_a_district_named_like_a_city_is_no_city(entry):
    assert venue(entry.example).city != entry.city
    with without(entry.word):
        assert venue(entry.example).city == entry.city


BUILDINGS = list(RULES.building_words)


@pytest.mark.parametrize("entry", BUILDINGS, ids=[b.word for b in BUILDINGS])
def test_a_name_beside_a_street_or_building_word_is_no_city(entry):
    assert venue(entry.example).city != entry.city
    with without(entry.word):
        assert venue(entry.example).city == entry.city


def test_a_building_word_has_a_side(monkeypatch):
    from communique.extract import place_rules as module
    from communique.extract.reference import read_data_yaml

    raw = dict(read_data_yaml("places.yaml"))
    raw["building_words"] = [dict(raw["building_words"][0], side="inside")]
    monkeypatch.setattr(module, "read_data_yaml", lambda name: raw)
    module.place_rules.cache_clear()
    try:
        with pytest.raises(module.PlaceRuleError, match="building_words entry 1: 'side'"):
            module.place_rules()
    finally:
        monkeypatch.undo()
        module.place_rules.cache_clear()


CAPITALS = list(RULES.capitals_named_as_country)


@pytest.mark.parametrize("entry", CAPITALS, ids=[c.name for c in CAPITALS])
def test_a_capital_named_as_its_country_is_the_city_a_visitor_arrives_at(entry):
    v = venue(entry.example)
    assert (v.city, v.country) == (entry.city, entry.name)
    with without(entry.name):
        assert venue(entry.example).city != entry.city


def test_a_country_named_like_its_capital_is_no_city_without_an_arrival():
    # « الى الجزائر » after a verb of sending is Algeria, not a visit to Algiers
    v = venue("بعث الرئيس يوم الاثنين 12 يونيو 2023 رسالة تهنئة الى الجزائر بمناسبة العيد.")
    assert v.city is None
    assert v.country == "الجزائر"


def test_ila_is_a_locative_of_arrival_for_the_country():
    # « الى » tells where the visitor went: the country, over the visitor's own country
    v = venue("وصل الرئيس الإيطالي اليوم الاثنين 12 يونيو 2023 الى موريتانيا في زيارة دولة.")
    assert v.country == "موريتانيا"


HELD = [c for lang in ("fr", "en") for c in held_cues(lang)]


@pytest.mark.parametrize("cue", HELD, ids=[c.id for c in HELD])
def test_a_head_told_as_held_is_the_event_and_needs_the_cue(cue):
    assert event(cue.example, cue.language) == cue.event
    with events_without(cue.id):
        assert event(cue.example, cue.language) != cue.event


def test_a_meeting_held_on_another_date_is_no_event():
    text = ("On Monday, June 12, 2023, the Minister received the Ambassador of Cuba. The two "
            "sides reviewed the issues agreed during the consultative meeting held on "
            "December 15, 2021.")
    assert event(text, "en") is None


def test_a_held_cue_names_its_side():
    from communique.extract import event_rules as module
    from communique.extract.reference import read_data_yaml

    raw = dict(read_data_yaml("events.yaml"))
    raw["held_cues"] = {"en": [dict(raw["held_cues"]["en"][0], side="inside")]}
    saved = module.read_data_yaml
    module.read_data_yaml = lambda name: raw
    module._read_held.cache_clear()
    try:
        with pytest.raises(module.EventRuleError, match="held_cues.en, entry 1: 'side'"):
            module.held_cues("en")
    finally:
        module.read_data_yaml = saved
        module._read_held.cache_clear()


LANDMARKS = list(RULES.landmarks)


@pytest.mark.parametrize("entry", LANDMARKS, ids=[m.names[0] for m in LANDMARKS])
def test_a_seat_of_power_gives_the_country_and_needs_the_entry(entry):
    v = venue(entry.example)
    assert (v.city, v.country) == (None, entry.expect)
    with without(entry.names[0]):
        assert venue(entry.example).country != entry.expect


CITY_LANDMARKS = [m for m in LANDMARKS if m.city]


@pytest.mark.parametrize("entry", CITY_LANDMARKS, ids=[m.names[0] for m in CITY_LANDMARKS])
def test_a_seat_of_power_gives_its_town_when_the_article_writes_it(entry):
    assert venue(entry.city_example).city in entry.city
    with without(entry.names[0]):
        assert venue(entry.city_example).city not in entry.city


def test_a_landmark_does_not_override_a_country_told_with_the_event():
    v = venue("Le président a reçu lundi 12 juin 2023 en France les ambassadeurs, avant un "
              "dîner à la Maison-Blanche de Paris.")
    assert v.country == "France"


NAMED_VENUES = list(RULES.named_venue_examples)


@pytest.mark.parametrize("text,city", NAMED_VENUES,
                         ids=[f"named-venue-{i}" for i in range(len(NAMED_VENUES))])
def test_the_town_after_a_building_s_own_name_is_the_city(text, city, french_nlp):
    assert venue(text).city == city


def test_a_building_s_own_name_needs_the_list_to_place_its_town(french_nlp):
    text, city = NAMED_VENUES[0]
    with without("named_venue_words"):
        assert venue(text).city != city


def test_a_palace_named_by_its_quarter_alone_names_no_town(french_nlp):
    # « le palais d'Etoudi »: the palace's quarter, no building's name before « de »
    v = venue("Le président a reçu lundi 12 juin 2023 au palais de Mvolyé les ambassadeurs.")
    assert v.city is None


def test_a_wire_agency_opening_the_dispatch_is_no_town(french_nlp):
    assert venue(RULES.wire_example).city is None
    with without("wire_agencies"):
        assert venue(RULES.wire_example).city == RULES.wire_city
    # with a town before it, the town is the dateline as before
    v = venue("Audience\n\nKOLDA, 3 mars (APS) - Le gouverneur a reçu lundi 12 juin 2023 "
              "une délégation de l'ordre des avocats.")
    assert v.city == "Kolda"


def test_the_first_word_of_a_country_s_name_is_that_country_not_a_town():
    for country in ("Cayman", "Solomon", "Marshall"):
        v = venue(f"School opens\n\nThe Minister opened on Tuesday, June 13, 2023 the new "
                  f"school, a model for future schools in {country}.")
        assert v.city is None, country


HOSTS = RULES.host_offices


@pytest.mark.parametrize("host", HOSTS, ids=[f"{h.side}-{h.words[0]}" for h in HOSTS])
def test_host_office_example_gives_the_country_and_needs_the_entry(host):
    assert venue(host.example).country == host.country
    with without(host.words[0]):
        assert venue(host.example).country != host.country


# --- local offices: the town where the official acts (places.yaml local_offices) ----------

OFFICES = RULES.local_offices


@pytest.mark.parametrize("office", OFFICES, ids=[o.word for o in OFFICES])
def test_local_office_example_gives_its_town_and_needs_the_entry(office):
    assert venue(office.example).city == office.city
    with without(office.word):
        assert venue(office.example).city != office.city


def test_an_office_town_does_not_outweigh_the_city_told_with_the_event():
    v = venue("Le maire de Bordeaux, Pierre Hurmic, a participé mardi 3 mars 2023 à Paris au "
              "congrès des maires de France.")
    assert v.city == "Paris"


def test_a_department_after_an_article_is_no_office_town():
    v = venue("Muriel Nguyen a pris ses fonctions de préfète de la Somme lundi 5 septembre 2016, "
              "devant les élus.")
    assert v.city is None


def test_a_listed_office_town_gives_its_country():
    v = venue("Jean Dupont a pris ses fonctions de maire de Lyon lundi 5 septembre 2016, devant "
              "les élus.")
    assert (v.city, v.country) == ("Lyon", "France")


def test_a_received_local_official_is_a_visitor_and_needs_the_list():
    assert venue(RULES.visitors_example).city is None
    with without("local_office_visitors"):
        assert venue(RULES.visitors_example).city == RULES.visitors_city


def test_an_office_town_a_few_sentences_into_the_body_is_read():
    v = venue("La convention a été signée mardi 13 février 2024 à l'hôtel la Tour Hassan. Les "
              "deux régions veulent aller plus loin. Elles ont signé une convention. Cette "
              "signature s'est faite en présence du Gouverneur de Rabat et des élus.")
    assert (v.city, v.country) == ("Rabat", "Maroc")
