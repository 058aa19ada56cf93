"""French names in lists (session 9): a run of capitalised words with a given name, next
to a name of a list, is a name though spaCy reads no person there (or cuts « N' » off it).
Other names and orders than the article the rule was found in."""

from __future__ import annotations

import datetime as dt

import pytest

from communique.extract import extract_article

TODAY = dt.date(2026, 11, 29)


def names(text: str) -> set[str]:
    return {p.name for p in extract_article(text, "fr", reference_date=TODAY).people}


@pytest.mark.parametrize(("text", "name"), [
    ("Le bureau compte Koffi Yao, N'Dri Kouamé Paul, Konan Amoin Marie et Diallo Ibrahima.",
     "N'Dri Kouamé Paul"),
    ("Ont pris la parole Traoré Issa, N'Zi Kouadio Jean, Yao Akissi Marie et Koné Lassina.",
     "N'Zi Kouadio Jean"),
    ("Le conseil a désigné trois adjoints, dont Kouassi Marc, N'Goran Aya Sylvie et Bamba "
     "Moussa.", "N'Goran Aya Sylvie"),
    ("Il a salué Koné Lassina et N'Dri Yao Firmin à Bouaké.", "N'Dri Yao Firmin"),
])
def test_a_run_with_a_given_name_next_to_a_name_of_a_list_is_a_name(text, name):
    assert name in names(text)


def test_the_list_then_shares_its_title_with_that_name():
    got = {p.name: p.titles for p in extract_article(
        "Le conseil a désigné trois adjoints, dont Kouassi Marc, N'Goran Aya Sylvie et Bamba "
        "Moussa.", "fr", reference_date=TODAY).people}
    assert got["N'Goran Aya Sylvie"] == ("adjoint",)


def test_a_body_between_two_names_of_a_list_stays_no_person():
    got = names("Il a reçu Pierre Dupont, Air France et Marie Curie à Abidjan.")
    assert "Air France" not in got


def test_a_place_before_a_name_and_its_verb_is_no_name_of_a_list():
    got = names("Arrivé à l’aéroport international Lahore Allama Iqbal, Erdoğan a été accueilli "
                "par le Premier ministre.")
    assert "Allama Iqbal" not in got and "Lahore Allama Iqbal" not in got
