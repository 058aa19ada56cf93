"""French names of one written word (session 10): a word joined by a hyphen (« Sorel-Tracy »,
« Kaga-Bandoro ») names a town as often as a surname; alone, with no form of address or
title, it is no person, as a surname alone is not. Invented places and names."""

from __future__ import annotations

import datetime as dt

import pytest

from communique.extract import extract_article

TODAY = dt.date(2026, 12, 3)


def names(text: str) -> set[str]:
    return {p.name for p in extract_article(text, "fr", reference_date=TODAY).people}


def test_a_hyphenated_town_alone_is_no_person():
    got = names("C’est le cas notamment à Mont-Laurier, alors que la cérémonie s’est tenue "
                "lundi. « Il faut faire grandir Mont-Laurier », a déclaré le maire Paul Gagnon.")
    assert got == {"Paul Gagnon"}


def test_a_hyphenated_surname_after_an_address_stays_a_person():
    assert "Dupond-Moretti" in names("Le texte a été défendu par M. Dupond-Moretti devant les "
                                     "députés, mardi à Paris.")


def test_given_names_joined_by_a_hyphen_stay_a_person():
    assert "Anne-Catherine" in names("Elle a rendu hommage à la sortante Anne-Catherine, "
                                     "présente quelques rangs derrière ses anciens collègues.")


@pytest.mark.parametrize("text", [
    "Elle a siégé au sein du gouvernement Charles II avant 2019, selon Paul Kaba.",
    "Il était ministre de l'Intérieur dans le gouvernement Edouard II jusqu'en 2020, selon "
    "Paul Kaba.",
])
def test_a_numbered_government_named_after_its_head_is_no_person(text):
    assert names(text) == {"Paul Kaba"}


def test_a_king_with_his_ordinal_stays_a_person():
    assert "Philippe 1er" in names("Le roi Philippe 1er a reçu le gouvernement à Bruxelles. "
                                   "Sa Majesté Philippe 1er a salué Paul Kaba.")
