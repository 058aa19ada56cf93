"""People: how English press copy names an official (issue 15, session 9). Every sentence is
invented (names, places and offices of our own, none copied from an evaluation set): the
constructions must be read whatever the words in them."""

from __future__ import annotations

import datetime as dt

import pytest

from communique.extract import extract_article

TODAY = dt.date(2026, 11, 29)


def people(text: str) -> dict[str, tuple[str, ...]]:
    return {p.name: p.titles for p in extract_article(text, "en", reference_date=TODAY).people}


# (sentence, {person: titles}): the constructions English news uses for an official.
TABLE = [
    ("Minister of Fisheries Corwin Aldous opened the harbour on Monday.",
     {"Corwin Aldous": ("Minister of Fisheries",)}),
    ("Foreign Minister Talia Brennick met the delegation on Monday.",
     {"Talia Brennick": ("Foreign Minister",)}),
    ("Deputy Health Minister Oswin Farrel toured the clinic.",
     {"Oswin Farrel": ("Deputy Health Minister",)}),
    ("Talia Brennick, the Minister of Culture, opened the exhibition.",
     {"Talia Brennick": ("Minister of Culture",)}),
    ("Talia Brennick, Minister of Trade and Industry, signed the agreement.",
     {"Talia Brennick": ("Minister of Trade and Industry",)}),
    ("Governor Halden Voss of Kentucky signed the bill.", {"Halden Voss": ("Governor",)}),
    ("Halden Voss, Governor of Ohio, signed the bill.", {"Halden Voss": ("Governor of Ohio",)}),
    ("The state's Governor, Halden Voss, signed the bill.",
     {"Halden Voss": ("Governor",)}),
    ("Mrs Talia Brennick and Ms Rena Okafor attended.", {"Talia Brennick": (), "Rena Okafor": ()}),
    ("The Hon. Corwin Aldous tabled the motion.", {"Corwin Aldous": ()}),
    ("Sen. Rena Okafor and Rep. Milo Hartigan sponsored the bill.",
     {"Rena Okafor": ("Sen.",), "Milo Hartigan": ("Rep.",)}),
    ("Lt. Gen. Bram Kessler commanded the parade.", {"Bram Kessler": ("Lt. Gen.",)}),
    ("Justice Odile Ferrand read the judgment.", {"Odile Ferrand": ("Justice",)}),
    ("The newly appointed Finance Minister, Oswin Farrel, presented the budget.",
     {"Oswin Farrel": ("Finance Minister",)}),
    ("Acting Governor Rena Okafor declared an emergency.", {"Rena Okafor": ("Acting Governor",)}),
    ("Outgoing Mayor Milo Hartigan handed over the keys.", {"Milo Hartigan": ("Outgoing Mayor",)}),
    ("Rep. Milo Hartigan (R-Texas) opposed it.", {"Milo Hartigan": ("Rep.",)}),
    ("Chief Justice Odile Ferrand administered the oath to the new ministers.",
     {"Odile Ferrand": ("Chief Justice",)}),
    ("The board appointed Corwin Aldous as its new chairman.",
     {"Corwin Aldous": ("new chairman",)}),
    ("Corwin Aldous, who is also Minister of Works, chaired the meeting.",
     {"Corwin Aldous": ("Minister of Works",)}),
    ("His Excellency Oswin Farrel, Ambassador of Norway to Kenya, presented his credentials.",
     {"Oswin Farrel": ("Ambassador of Norway to Kenya",)}),
    ("Rena Okafor, High Commissioner of Ghana, called on the minister.",
     {"Rena Okafor": ("High Commissioner of Ghana",)}),
    ("Minister of Health & Family Welfare Corwin Aldous visited.",
     {"Corwin Aldous": ("Minister of Health & Family Welfare",)}),
    ("Minister of State for External Affairs Rena Okafor met him.",
     {"Rena Okafor": ("Minister of State for External Affairs",)}),
    ("Halden Voss, 54, Mayor of Lorton, spoke.", {"Halden Voss": ("Mayor of Lorton",)}),
    ("The Ambassador of Peru, Oswin Farrel, presented his letters.",
     {"Oswin Farrel": ("Ambassador of Peru",)}),
]


@pytest.mark.parametrize(("text", "want"), TABLE, ids=[t[:40] for t, _ in TABLE])
def test_english_press_constructions_name_the_official(text, want):
    assert people(text) == want


def test_an_apposition_before_and_stays_with_the_first_name_of_a_list():
    # "and" closes the first item: the title before it is not the next name's
    got = people("Talia Brennick, Minister for Health, and Oswin Farrel, Minister for Lands, "
                 "signed the accord.")
    assert got == {"Talia Brennick": ("Minister for Health",),
                   "Oswin Farrel": ("Minister for Lands",)}
    got = people("The deal was signed by Ilse Brandvik, the Mayor of Lorton, and Dr Tovin "
                 "Marsh on Friday.")
    assert got == {"Ilse Brandvik": ("Mayor of Lorton",), "Tovin Marsh": ()}


def test_a_title_with_the_suffix_elect_is_a_title_and_no_word_of_the_name():
    assert people("Governor-elect Rena Okafor met the outgoing governor.") == {
        "Rena Okafor": ("Governor-elect",)}
    assert people("Halden Voss, the Vice President-elect, named his staff.") == {
        "Halden Voss": ("Vice President-elect",)}
    assert people("Prime Minister-designate Oswin Farrel began talks.") == {
        "Oswin Farrel": ("Prime Minister-designate",)}


def test_park_opens_a_korean_name_and_ends_a_park():
    assert people("The accord was signed by Park Jiwoon, the Korean Minister of Trade.") == {
        "Park Jiwoon": ("Korean Minister of Trade",)}
    got = people("The fair was held at Indira Park, Mayor Tovin Marsh said.")
    assert got == {"Tovin Marsh": ("Mayor",)}


def test_a_state_counsellor_is_a_title_stacked_with_a_ministry():
    got = people("Li Wenhao, State Counsellor and Minister of Foreign Affairs, arrived.")
    assert got == {"Li Wenhao": ("State Counsellor", "Minister of Foreign Affairs")}
    got = people("State Councilor and Defence Minister Zhou Anmin arrived.")
    assert got == {"Zhou Anmin": ("State Councilor", "Defence Minister")}


def test_took_oath_as_without_its_article():
    assert people("Rena Okafor took oath as Chief Minister of the state on Monday.") == {
        "Rena Okafor": ("Chief Minister of the state",)}
    assert people("Milo Hartigan, who takes oath of office as Governor today, arrived.") == {
        "Milo Hartigan": ("Governor",)}


def test_a_malaysian_form_of_address_of_two_words_is_no_part_of_the_name():
    got = people("Datuk Seri Azlan Rahim, the Minister of Works, opened the bridge.")
    assert got == {"Azlan Rahim": ("Minister of Works",)}
    got = people("Prime Minister Tan Sri Noraini Hashim met Dato' Sri Kamal Yusof.")
    assert got == {"Noraini Hashim": ("Prime Minister",), "Kamal Yusof": ()}
    # "Tan" alone is a surname, not an address
    assert people("Tan Wei Ming, the chairman, spoke.") == {"Tan Wei Ming": ("chairman",)}


def test_an_ordinal_written_as_a_word_opens_the_title():
    got = people("The Governor swore in Halden Voss as the fifth Prime Minister of Lorvania.")
    assert got == {"Halden Voss": ("fifth Prime Minister of Lorvania",)}
    got = people("Rena Okafor, the twelfth Mayor of Lorton, cut the ribbon.")
    assert got == {"Rena Okafor": ("twelfth Mayor of Lorton",)}


def test_a_superlative_opens_the_title():
    got = people("Odile Ferrand, the most senior High Court Judge, was sworn in on Monday.")
    assert got == {"Odile Ferrand": ("most senior High Court Judge",)}


def test_a_day_told_after_a_title_ends_it():
    got = people("Odile Ferrand was sworn in as the new Chief Justice of Lorvania this morning.")
    assert got == {"Odile Ferrand": ("Chief Justice of Lorvania",)}
    got = people("Milo Hartigan was sworn in as Mayor of Lorton today at the town hall.")
    assert got == {"Milo Hartigan": ("Mayor of Lorton",)}


def test_a_surname_in_capitals_after_an_address_or_a_title_is_part_of_the_name():
    got = people("Mr TANAKA Kenji is the 13th Ambassador of Japan to Peru.")
    assert got == {"Tanaka Kenji": ("13th Ambassador of Japan to Peru",)}
    got = people("Ambassador NGUYEN Thao met Minister TRB Valan on Monday.")
    assert got == {"Nguyen Thao": ("Ambassador",), "TRB Valan": ("Minister",)}
    # an acronym before a word of no name stays out of it
    assert people("Mr Aldous said the NATO Summit went well.") == {"Aldous": ()}


def test_a_military_rank_in_full_before_a_surname():
    got = people("Bram Kessler arrived. The oath was read by Major General Kessler.")
    assert got == {"Bram Kessler": ("Major General",)}
    got = people("Rear Admiral Oswin Farrel and Lieutenant Colonel Rena Okafor attended.")
    assert got == {"Oswin Farrel": ("Rear Admiral",), "Rena Okafor": ("Lieutenant Colonel",)}
    # "major" alone is an adjective, no rank
    assert people("It was a major step, Corwin Aldous said.") == {"Corwin Aldous": ()}


def test_a_plural_head_in_ies_shares_its_title_over_a_list():
    got = people("Permanent Secretaries Talia Brennick and Oswin Farrel came.")
    assert got == {"Talia Brennick": ("Permanent Secretaries",),
                   "Oswin Farrel": ("Permanent Secretaries",)}


@pytest.mark.parametrize("portfolio", [
    "Foreign Affairs and Regional Integration", "Humanitarian Affairs and Disaster Management",
    "Justice and Constitutional Affairs", "Youth Empowerment", "Vocational Training",
    "Micro, Small and Medium Enterprises", "Poverty Alleviation", "Oil and Gas", "Statistics"])
def test_the_words_of_a_portfolio_are_no_name_before_or_after_the_title(portfolio):
    assert people(f"He met the Minister of {portfolio}, Talia Brennick, on Monday.") == {
        "Talia Brennick": (f"Minister of {portfolio}",)}
    assert people(f"Minister of {portfolio} Talia Brennick spoke on Monday.") == {
        "Talia Brennick": (f"Minister of {portfolio}",)}


def test_a_peoples_republic_is_part_of_the_title_before_a_name():
    got = people("They are the ambassador of the People’s Republic of China to Peru, Oswin "
                 "Farrel, and the Ambassador of Chile to Peru, Rena Okafor.")
    assert got == {"Oswin Farrel": ("ambassador of the People’s Republic of China to Peru",),
                   "Rena Okafor": ("Ambassador of Chile to Peru",)}


def test_madam_is_a_form_of_address():
    assert people("He met the Chief of Staff, Madam Rena Okafor, on Monday.") == {
        "Rena Okafor": ("Chief of Staff",)}


def test_a_title_after_the_verb_of_a_titled_subject_is_the_next_names():
    got = people("President Halden Voss met the Mayor of Lima, Milo Hartigan, on Monday.")
    assert got == {"Halden Voss": ("President",), "Milo Hartigan": ("Mayor of Lima",)}
    got = people("Governor Halden Voss administered the oath to the Chief Minister, Milo "
                 "Hartigan, on Monday.")
    assert got == {"Halden Voss": ("Governor",), "Milo Hartigan": ("Chief Minister",)}
    # no title in the clause: none for the names after it
    got = people("Governor Halden Voss administered the oath to Milo Hartigan, Rena Okafor "
                 "and Talia Brennick.")
    assert got == {"Halden Voss": ("Governor",), "Milo Hartigan": (), "Rena Okafor": (),
                   "Talia Brennick": ()}


def test_his_excellency_written_short_without_its_last_dot():
    got = people("The President of Peru, H.E Halden Voss hosted the delegation.")
    assert got == {"Halden Voss": ("President of Peru",)}


def test_the_dots_of_an_address_in_initials_end_no_clause_before_a_rank():
    got = people("The President of Peru, H.E Gen. Halden Voss has today hosted the delegation.")
    assert got == {"Halden Voss": ("President of Peru", "Gen.")}
