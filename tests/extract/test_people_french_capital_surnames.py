"""French surnames written in capitals (session 10): « M. Gopounan CHERIF », « Mohamed
Lamine Sy SAVANE », « aux côtés de Tavana JAMET ». The press writes the surname in capitals
after any given name, known to our lists or not, and after a form of address or a title
alone. Invented names, offices and orders, not the articles the rule was found in."""

from __future__ import annotations

import datetime as dt

import pytest

from communique.extract import extract_article

TODAY = dt.date(2026, 12, 3)


def people(text: str) -> dict[str, tuple[str, ...]]:
    return {p.name: p.titles for p in extract_article(text, "fr", reference_date=TODAY).people}


@pytest.mark.parametrize(("text", "name", "title"), [
    # a given name no list of ours holds, then the surname in capitals
    ("La cérémonie a été présidée par M. Tiémoko KOUROUMA, Chef de Cabinet, lundi à Conakry.",
     "Tiémoko Kourouma", "Chef de Cabinet"),
    ("Mme Nafissatou DIALLO, directrice de l'Office des routes, a reçu les élus.",
     "Nafissatou Diallo", "directrice de l'Office des routes"),
    # a known given name, then a word that is no known given name, then the capitals
    ("M. Amadou Lamine Sy NDOYE, conseiller du ministre, a pris la parole à Dakar.",
     "Amadou Lamine Sy Ndoye", "conseiller du ministre"),
    # after a rank: the rank stays a title
    ("Le message du Président de la Transition, le Colonel Abdourahmane KEITA, a été lu.",
     "Abdourahmane Keita", "Colonel"),
])
def test_a_surname_in_capitals_after_a_given_name_is_part_of_the_name(text, name, title):
    got = people(text)
    assert name in got, got
    assert title in got[name]


@pytest.mark.parametrize(("text", "name"), [
    # (a name written all in capitals is kept as written)
    ("Le président Oscar Temaru a été reçu, aux côtés de Tavana TEHEI et Tavana MAITERAI, à "
     "Papeete.", "TEHEI"),
    ("Le discours de M. KONATÉ a été salué par les participants à Bamako.", "KONATÉ"),
])
def test_a_surname_alone_in_capitals_after_an_address_or_a_title_is_a_name(text, name):
    assert name in people(text)


@pytest.mark.parametrize(("text", "absent"), [
    # a place or a form of address in capitals is no surname
    ("Le Chef de l'Etat Togolais SEM Koffi Amegan a reçu les ambassadeurs à Lomé.",
     "Togolais Sem"),
    ("Le ministre Paul Kaba s'est rendu au Sommet USA-Afrique à Washington.", "Sommet Usa"),
])
def test_capitals_that_are_a_place_or_an_address_make_no_surname(text, absent):
    assert absent not in people(text)
