"""Titles whose head is followed by a nationality adjective, then the portfolio or the post
(session 10): « le ministre sénégalais de la Santé X », « X, l'ambassadeur japonais au
Sénégal, », "Kenyan Foreign Minister X". The adjective is part of the title, as the sets'
gold writes it. An apposition the writer did not close with a comma ends at the clause's
verb (« X, nouveau Président libanais a reçu Y »). Invented names, countries and offices,
not the articles the rules were found in."""

from __future__ import annotations

import datetime as dt

import pytest

from communique.extract import extract_article

TODAY = dt.date(2026, 12, 3)


def people(text: str, language: str) -> dict[str, tuple[str, ...]]:
    return {p.name: p.titles
            for p in extract_article(text, language, reference_date=TODAY).people}


@pytest.mark.parametrize(("language", "text", "name", "title"), [
    ("fr", "Le ministre sénégalais des Affaires étrangères, Amadou Ba, a reçu les élus.",
     "Amadou Ba", "ministre sénégalais des Affaires étrangères"),
    ("fr", "La ministre sénégalaise de la Santé Awa Ndiaye a inauguré le centre.",
     "Awa Ndiaye", "ministre sénégalaise de la Santé"),
    ("fr", "Karim Tazi, ministre marocain de l'Intérieur, a reçu les élus.",
     "Karim Tazi", "ministre marocain de l'Intérieur"),
    ("fr", "L'ambassadeur japonais au Sénégal, Kenji Sato, a reçu les élus.",
     "Kenji Sato", "ambassadeur japonais au Sénégal"),
    ("fr", "Le Président malien Issa Traoré a reçu les chefs.", "Issa Traoré",
     "Président malien"),
    ("en", "The Syrian Ambassador to Lebanon Ali Hassan met the mayor.", "Ali Hassan",
     "Syrian Ambassador to Lebanon"),
    ("en", "Kenyan Foreign Minister Jane Wambui met the mayor.", "Jane Wambui",
     "Kenyan Foreign Minister"),
    ("en", "Peruvian President Luis Vega met the mayor.", "Luis Vega", "Peruvian President"),
])
def test_a_nationality_adjective_stays_in_the_title(language, text, name, title):
    assert title in people(text, language)[name]


@pytest.mark.parametrize(("text", "name", "title"), [
    ("Paul Kaba, nouveau Président ivoirien a reçu Jean Kone, l'émissaire spécial du "
     "Président malien.", "Paul Kaba", "nouveau Président ivoirien"),
    ("Paul Kaba, ministre de la Santé a reçu Jean Kone à Abidjan.", "Paul Kaba",
     "ministre de la Santé"),
    ("Hier, Awa Touré, ministre guinéenne des Mines a accueilli Jean Kone et Paul Kaba.",
     "Awa Touré", "ministre guinéenne des Mines"),
    ("Samedi, Omar Diallo, ambassadeur malien au Niger s'est entretenu avec Jean Kone.",
     "Omar Diallo", "ambassadeur malien au Niger"),
])
def test_an_unclosed_apposition_ends_at_the_verb(text, name, title):
    got = people(text, "fr")
    assert title in got[name]
    assert not any(title in t for n, ts in got.items() if n != name for t in ts)


def test_the_next_name_keeps_no_title_of_the_first():
    got = people("Paul Kaba, ministre de la Santé a reçu Jean Kone à Abidjan.", "fr")
    assert got["Jean Kone"] == ()
