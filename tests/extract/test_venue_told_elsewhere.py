"""The city of an event told at a building, with no city beside it: the city the article names
elsewhere (« La délégation doit quitter Kinshasa ce soir »), never a destination, an envoy's
post, another act's or another time's city, a city not placed by « à » or a town word, or a
word of a longer name (data/places.yaml destination_words, departure_words)."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from communique.extract import extract_article
from communique.extract.place_rules import place_rules, without

TODAY = dt.date(2026, 11, 29)
RULES = place_rules()


def city(text: str, language: str = "fr") -> str | None:
    return extract_article(text, language, reference_date=TODAY).venue.city


DESTINATIONS = list(RULES.destination_words)


@pytest.mark.parametrize("entry", DESTINATIONS, ids=[d.word for d in DESTINATIONS])
def test_a_destination_is_not_the_city_of_the_event(entry):
    language = "fr" if re.search(r"\b(?:le|la|les|du|de|une?)\b", entry.example) else "en"
    assert city(entry.example, language) != entry.city
    with without(entry.word):
        assert city(entry.example, language) == entry.city


def test_a_city_left_is_where_the_visit_was_and_needs_the_list():
    assert city(RULES.departure_example) == RULES.departure_city
    with without("departure_words"):
        assert city(RULES.departure_example) is None


@pytest.mark.parametrize(("text", "language", "want"), [
    # dev-2026-12d fr-habarizacomores: « reçu ce mardi au ministère » … « sa mission à Moroni »
    ("Le nouvel ambassadeur de France auprès de l’Union des Comores, Étienne Chapon, a été "
     "reçu ce mardi 9 septembre 2025 au ministère des Affaires étrangères pour la présentation "
     "des copies figurées de ses lettres de créance. Cette étape protocolaire marque le début "
     "officiel de sa mission diplomatique à Moroni.", "fr", "Moroni"),
    # other names: a hall, the town in the third sentence
    ("La ministre a inauguré jeudi 4 mai 2023 la nouvelle salle des fêtes. Les habitants "
     "étaient nombreux. La salle accueillera les associations à Bamenda dès l'été.", "fr",
     "Bamenda"),
    ("The Premier received the new envoy at Government House on Monday, June 12, 2023. They "
     "discussed trade. The envoy later toured the harbour in Nassau.", "en", "Nassau"),
    # several cities: the one of the country the lead places the event in (round5 Abidjan)
    ("Quatre ambassadeurs accrédités auprès du Sénégal ont présenté mardi 7 juillet 2009 "
     "leurs lettres de créance au palais présidentiel. L'ambassadeur de Turquie réside à "
     "Bamako. Son pays ouvrira une ambassade à Dakar.", "fr", "Dakar"),
])
def test_the_city_told_elsewhere_is_the_venue(text, language, want):
    assert city(text, language) == want


@pytest.mark.parametrize(("text", "language"), [
    # two cities and no country placing the event: none is taken
    ("La ministre a inauguré jeudi 4 mai 2023 la nouvelle salle des fêtes. Les habitants "
     "étaient nombreux. Une salle semblable existe à Bamenda et à Douala.", "fr"),
    # another time (round7 fr-norafrik « à Luanda en 2023 »; core « à Bruxelles depuis 2001 »)
    ("Les deux ministres ont signé lundi 12 juin 2023 trois accords au ministère. Ils "
     "s'étaient déjà vus à Luanda en 2023.", "fr"),
    ("Katalin Halmai a été élue lundi 12 juin 2023 présidente de l'association. Elle est "
     "correspondante à Bruxelles depuis 2001.", "fr"),
    ("The Governor was sworn in at Government House on Monday, June 12, 2023. He recalled "
     "the attack last month in London.", "en"),
    # a city told with an act past the lead is another act's (blind fr-dakarxibar « serait
    # nommée à Londres »)
    ("Le ministre a reçu lundi 12 juin 2023 au ministère les directeurs. Ils ont parlé du "
     "budget. Puis des effectifs. Puis des locaux. Puis de l'été. La directrice, Hélène "
     "Duchêne, serait nommée à Londres.", "fr"),
    # an envoy's post (pages-2026-12d fr-flashinfos « du consul du Sénégal à Lyon »)
    ("La convention a été signée lundi 12 juin 2023 au lycée. Elle porte sur l'eau. Et sur "
     "les écoles. Et sur les routes. Et sur la santé. Le préfet a parlé. Il y avait aussi le "
     "maire et le consul du Sénégal à Lyon.", "fr"),
    # a city not placed by « à », "in" or a town word: an origin (dev-2026-12c en-bernews
    # "arrived last night from London"), a newspaper (pages-2026-12c "The Boston Globe")
    ("The Governor was sworn in at the Cabinet Office on Monday, June 12, 2023. The diplomat "
     "arrived last night from London.", "en"),
    ("The new mayor was sworn in at the High School on Monday, June 12, 2023. His wife held "
     "the bible, wrote The Boston Globe.", "en"),
    # a word of a longer name (round9 fr-orange « déclaré à Ouest-France »)
    ("Le nouveau président a été élu lundi 12 juin 2023 au perchoir. « Il faut agir », "
     "avait-il déclaré à Ouest-France.", "fr"),
])
def test_no_city_is_told_elsewhere(text, language):
    assert city(text, language) is None


def test_a_place_named_after_its_city_and_quarter_is_in_that_city():
    # pages-2026-12c fr-cameroontribune: « l'aéroport international de Yaoundé-Nsimalen »
    text = ("En partance pour Genève en Suisse, le président a été salué hier à son arrivée. "
            "Il était 19 h hier soir lorsque l'avion s'est immobilisé sur le tarmac de "
            "l'aéroport international de Yaoundé-Nsimalen.")
    assert city(text) == "Yaoundé"
    assert city(text.replace("Yaoundé-Nsimalen", "Abidjan-Port-Bouët")) == "Abidjan"
