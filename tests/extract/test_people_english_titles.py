"""People: English titles keep their whole head, constructions "appointed X as", "served as"
(each test fails without its rule or data entry)."""

from __future__ import annotations

import datetime as dt

from communique.extract import extract_article

TODAY = dt.date(2026, 11, 29)


def people(text: str) -> dict[str, tuple[str, ...]]:
    return {p.name: p.titles for p in extract_article(text, "en", reference_date=TODAY).people}


def test_police_prefect_and_an_apposition_naming_a_body_after_of():
    got = people("Police Prefect Laurent Nuñez, Director of the Judicial Police, attended.")
    assert got == {"Laurent Nuñez": ("Police Prefect", "Director of the Judicial Police")}


def test_appointed_as_a_title_ends_before_the_day():
    got = people("The President appointed John Mensah as Minister of Justice on Monday.")
    assert got == {"John Mensah": ("Minister of Justice",)}



def test_a_title_head_after_of_completes_the_title_before_it():
    # « Justice » is a head too ("Justice Mary Ann"); after « of » it completes « Minister »
    got = people("Minister of Justice Kwame Mensah and Minister of State Ama Boateng met.")
    assert got["Kwame Mensah"] == ("Minister of Justice",)


def test_a_title_after_of_a_common_noun_opens_its_own_title():
    got = people("They were sworn in on the advice of Prime Minister Andrew Holness.")
    assert got["Andrew Holness"] == ("Prime Minister",)
    got = people("The Ambassador conveyed the greetings of Cuban Minister of Foreign Affairs "
                 "Bruno Rodríguez Parrilla.")
    assert got["Bruno Rodríguez Parrilla"] == ("Cuban Minister of Foreign Affairs",)
