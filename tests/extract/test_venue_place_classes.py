"""Venue classes seen on the newest development sets (issue 15): a compound's « in » is no
preposition, a country named with its host's office after a possessive or as a governor's
seat, a town's region named only in the headline, a city named as a capital."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from communique.extract import extract_article
from communique.extract.place_rules import place_rules, without

TODAY = dt.date(2026, 11, 29)


def venue(text: str, language: str):
    return extract_article(text, language, reference_date=TODAY).venue


def test_the_in_of_a_compound_is_no_preposition():
    v = venue("Bermuda’s New Governor Sworn In\n\nGeorge Fergusson became the Governor at a "
              "Swearing-in Parade on the grounds of the Cabinet Office on May 23, 2012.", "en")
    assert v.city is None


def test_country_of_an_office_after_a_possessive():
    v = venue("Bermuda’s New Governor Sworn In\n\nGeorge Fergusson officially became "
              "Bermuda’s Governor at a ceremony on the grounds of the Cabinet Office on "
              "May 23, 2012.", "en")
    assert v.country == "Bermuda"
    v = venue("New speaker elected\n\nTunisia's first full elected parliament appointed "
              "Mohammed Nacer as its speaker on Tuesday, December 2, 2014.", "en")
    assert v.country == "Tunisia"


def test_country_of_a_governor():
    v = venue("New Governor of Bermuda Sworn In\n\nThis morning (Dec. 14), Ms. Rena Lalgie "
              "was sworn-in as the Governor of Bermuda during a closed event held at Government "
              "House.\n\nThose in attendance included the Premier of Bermuda.", "en")
    assert v.country == "Bermuda"


def test_region_named_only_in_the_headline_gives_the_country(french_nlp):
    v = venue("Muriel Nguyen, la nouvelle préfète de la Somme est arrivée hier\n"
              "La cérémonie d'intronisation s'est déroulée lundi 21 janvier 2019 dans la "
              "matinée à Amiens, place du maréchal Foch.", "fr")
    assert (v.city, v.country) == ("Amiens", "France")


def test_city_named_as_the_capital_is_the_venue():
    v = venue("Speaker elected\n\nThe assembly elected its speaker on Thursday, December 4, "
              "2014.\n\nMPs abstained.\n\nThe newly-elected parliament held its first "
              "session in capital Tunis.", "en")
    assert v.city == "Tunis"


CITY_CUES = list(place_rules().city_cues)


@pytest.mark.parametrize("cue", CITY_CUES, ids=[c.id for c in CITY_CUES])
def test_headline_town_cue_gives_the_city_and_needs_the_cue(cue, french_nlp):
    language = "ar" if re.search("[\u0600-\u06FF]", cue.example) else "fr"
    assert venue(cue.example, language).city == cue.city
    with without(cue.id):
        assert venue(cue.example, language).city != cue.city


def test_headline_town_is_also_the_town_of_the_body(french_nlp):
    v = venue("Mongo : le nouveau préfet du département du Guéra installé\n\nLe préfet a été "
              "installé lundi 14 juillet 2025 à Mongo, en présence des autorités.", "fr")
    assert (v.city, v.country) == ("Mongo", "Tchad")


def test_headline_prefix_that_is_a_topic_or_a_person_gives_no_town(french_nlp):
    for headline in ("En images : intronisation du préfet", "Breaking News: new speaker",
                     "Nouveaux ambassadeurs : le roi opère des changements",
                     "Emmanuel : le ministre reçoit"):
        v = venue(f"{headline}\n\nLe ministre a reçu lundi 14 juillet 2025 les ambassadeurs.",
                  "fr")
        assert v.city is None, headline


def test_a_decree_before_an_installation_in_a_town_keeps_the_town(french_nlp):
    v = venue("Le nouveau préfet installé\n\nLe nouveau préfet, nommé par décret n°1280 en date "
              "du 2 juillet 2025, a été officiellement installé ce lundi 14 juillet 2025 à "
              "Abéché, en présence des autorités.", "fr")
    assert v.city == "Abéché"


def test_an_appointment_by_decree_still_has_no_venue(french_nlp):
    v = venue("Nomination\n\nLe roi a nommé par décret lundi 14 juillet 2025 M. Karim Tazi "
              "directeur de l'Office.", "fr")
    assert v.city is None and v.country is None


TOWN_WORDS = list(place_rules().town_words)


@pytest.mark.parametrize("entry", TOWN_WORDS, ids=[t.word for t in TOWN_WORDS])
def test_town_word_example_gives_the_town_and_needs_the_entry(entry, french_nlp):
    language = ("ar" if re.search("[\u0600-\u06FF]", entry.example)
                else "en" if "The " in entry.example else "fr")
    assert venue(entry.example, language).city == entry.city
    with without(entry.word):
        assert venue(entry.example, language).city != entry.city


def test_the_country_is_named_as_the_press_writes_it(french_nlp):
    v = venue("Accueil officiel\n\nLe Premier ministre a présidé samedi 8 janvier 2022 à Hanoï "
              "la cérémonie d’accueil de son homologue.", "fr")
    assert (v.city, v.country) == ("Hanoï", "Vietnam")


def test_a_newspaper_section_before_the_colon_is_no_town(french_nlp):
    """« Diplomatie : … » opens the headline as « Mongo : … » does; the rubric list says it
    is the section, and the example needs the list."""
    example = place_rules().rubrics_example
    assert venue(example, "fr").city is None
    with without("headline_rubrics"):
        assert venue(example, "fr").city == "Diplomatie"
    for section in ("Economie", "SANTÉ", "Coopération"):
        v = venue(f"{section} : le ministre reçoit\n\nLe ministre a reçu lundi 14 juillet 2025 "
                  "les ambassadeurs.", "fr")
        assert v.city is None, section


@pytest.mark.parametrize("text, city", [
    # other towns, no date between the slashes, the colon spaced
    ("يريم / سبأ : دشن محافظ المحافظة اليوم مشروع المياه في مديرية عنس بكلفة مليار ريال.",
     "يريم"),
    ("رداع / 3 مايو / سبأ: افتتح وزير الصحة أمس مستشفى جديدا بحضور قيادة السلطة المحلية.",
     "رداع"),
])
def test_an_arabic_slash_dateline_gives_its_town(text, city):
    assert venue(text, "ar").city == city
    with without("dateline-town-slashes"):
        assert venue(text, "ar").city != city


def test_a_slash_inside_the_lead_is_no_dateline():
    # « الأخ / علي »: an honorific before a name, not a town before an agency
    text = "افتتح الأخ / علي محمد مجور رئيس مجلس الوزراء أمس عددا من المشاريع الخدمية."
    assert venue(text, "ar").city is None


def test_a_city_cue_is_read_on_the_headline_or_the_dateline(monkeypatch):
    from communique.extract import place_rules as module
    from communique.extract.reference import read_data_yaml

    raw = dict(read_data_yaml("places.yaml"))
    raw["city_cues"] = [dict(raw["city_cues"][0], where="footer")]
    monkeypatch.setattr(module, "read_data_yaml", lambda name: raw)
    module.place_rules.cache_clear()
    try:
        with pytest.raises(module.PlaceRuleError, match="city_cues entry 1: 'where'"):
            module.place_rules()
    finally:
        monkeypatch.undo()
        module.place_rules.cache_clear()
