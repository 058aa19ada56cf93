"""People: English portfolio lists, semicolon lists, titles that belong to the next name,
heads of US city offices and their prefixes (each test fails without its rule or data entry;
the sentences are written for the construction, with names of no evaluation article)."""

from __future__ import annotations

import datetime as dt

from communique.extract import extract_article

TODAY = dt.date(2026, 11, 29)


def people(text: str) -> dict[str, tuple[str, ...]]:
    return {p.name: p.titles for p in extract_article(text, "en", reference_date=TODAY).people}


def test_city_offices_are_title_heads():
    got = people("Councilwoman Dalia Ferrante and State Comptroller Oren Halvik met "
                 "Administrator Priya Venn.")
    assert got == {"Dalia Ferrante": ("Councilwoman",), "Oren Halvik": ("State Comptroller",),
                   "Priya Venn": ("Administrator",)}
    # a council seat is an office, not a person named "District Councilman"
    got = people("Both were formerly Council President and 7th District Councilman, "
                 "respectively. Tovin Marsh won.")
    assert "District Councilman" not in got


def test_a_prefix_glued_by_its_hyphen_keeps_the_head():
    got = people("Ex-Minister of Finance Tovin Marsh and the ex-governor, Ilse Brandvik, "
                 "spoke at the forum.")
    assert got == {"Tovin Marsh": ("Ex-Minister of Finance",), "Ilse Brandvik": ("ex-governor",)}


def test_how_long_an_office_was_held_ends_the_title():
    got = people("Dalia Ferrante, who was Mayor of Tucson for eight years, spoke.")
    assert got == {"Dalia Ferrante": ("Mayor of Tucson",)}
    got = people("Oren Halvik served as Governor of the Central Bank for nearly a decade.")
    assert got == {"Oren Halvik": ("Governor of the Central Bank",)}


def test_a_day_inside_a_title_before_a_name_ends_it():
    got = people("Marsh was sworn in as the new president Friday following ex-President "
                 "Oren Halvik's resignation.")
    assert got["Oren Halvik"] == ("ex-President",)
    got = people("Tuesday Minister Oren Halvik opened the session.")
    assert got == {"Oren Halvik": ("Minister",)}


def test_a_title_closed_by_a_department_is_no_part_of_the_name_after_it():
    got = people("Director Fisheries Department Wanjiru Odhiambo and Secretary Health "
                 "Department Zarkani opened the clinic.")
    assert got == {"Wanjiru Odhiambo": ("Director Fisheries Department",),
                   "Zarkani": ("Secretary Health Department",)}


def test_a_title_running_up_to_a_titled_name_is_that_name_s():
    got = people("Also present were Governor Okonkwo, Oren Halvik, Ilse Brandvik and Tovin "
                 "Marsh.")
    assert got["Okonkwo"] == ("Governor",)
    assert got["Oren Halvik"] == ()
    got = people("At the invitation of Minister of Trade of Chile Ilse Brandvik, Minister of "
                 "Energy Tovin Marsh has begun his visit.")
    assert got["Ilse Brandvik"] == ("Minister of Trade of Chile",)
    assert got["Tovin Marsh"] == ("Minister of Energy",)


def test_the_names_opening_the_items_of_a_semicolon_list_are_people():
    got = people("Sworn in were: Oren Halvik, Ministry of Finance; Tovin Marsh, Ministry of "
                 "Health; Ilse Brandvik, Roads and Works; and Dr Zarko Venn, Ministry of Energy.")
    assert set(got) == {"Oren Halvik", "Tovin Marsh", "Ilse Brandvik", "Zarko Venn"}
    # a list of places is no list of people
    got = people("Delegates came from Kumasi Central; Tamale North; and Dr Zarko Venn led them.")
    assert set(got) == {"Zarko Venn"}


def test_a_relative_of_someone_in_apposition_is_a_person():
    got = people("The prize went to Quorla Zentwick, the daughter of the late founder.")
    assert got == {"Quorla Zentwick": ()}


def test_a_portfolio_listed_with_commas_before_the_name():
    got = people("The MoU was signed by Minister of Trade, Industry and Investment, Dr Tovin "
                 "Marsh and Chile's Minister of Health, Oren Halvik.")
    assert got == {"Tovin Marsh": ("Minister of Trade, Industry and Investment",),
                   "Oren Halvik": ("Chile's Minister of Health",)}
    got = people("The Minister of Youth, Sports and Culture, Ilse Brandvik, opened it.")
    assert got == {"Ilse Brandvik": ("Minister of Youth, Sports and Culture",)}


def test_the_field_of_a_portfolio_opens_no_name_after_its_title():
    got = people("Minister of Energy Tovin Marsh and the Minister of Culture and Tourism "
                 "Ilse Brandvik said.")
    assert got == {"Tovin Marsh": ("Minister of Energy",),
                   "Ilse Brandvik": ("Minister of Culture and Tourism",)}


def test_a_future_office_after_will_be():
    got = people("Ilse Brandvik will be the next Governor of the Central Bank.")
    assert got == {"Ilse Brandvik": ("next Governor of the Central Bank",)}
    got = people("The incoming mayor, Tovin Marsh, spoke.")
    assert got == {"Tovin Marsh": ("incoming mayor",)}


def test_a_school_named_after_a_town_or_a_person_is_no_person():
    got = people("The oath was taken at the Kellerton High School with Dr Tovin Marsh.")
    assert got == {"Tovin Marsh": ()}


def test_words_before_a_name_ending_on_a_copula_or_a_preposition_are_no_title():
    got = people("She said the new delegates are Tovin Marsh from Chile and Dr Ilse Brandvik "
                 "from Norway.")
    assert got == {"Tovin Marsh": (), "Ilse Brandvik": ()}
    got = people("The ministers sent greetings from their prime ministers to Dr Tovin Marsh.")
    assert got == {"Tovin Marsh": ()}
    got = people("Three new Ministers in Dr Ilse Brandvik's cabinet were sworn in.")
    assert got == {"Ilse Brandvik": ()}


def test_just_after_an_hour_ends_the_title():
    got = people("Tovin Marsh was sworn in as the town's 12th mayor just before noon.")
    assert got == {"Tovin Marsh": ("town's 12th mayor",)}


def test_a_portfolio_listed_with_commas_right_before_the_name():
    got = people("Minister of Mines, Lands and Irrigation Zorbu Quell opened the dam.")
    assert got == {"Zorbu Quell": ("Minister of Mines, Lands and Irrigation",)}
    got = people("Minister for Information Tovik, Hajj and Religious Affairs Ilse Brandvik spoke.")
    assert got == {"Ilse Brandvik": ("Minister for Information Tovik, Hajj and Religious Affairs",)}


def test_a_head_in_the_plural_before_names_is_no_part_of_a_name():
    got = people("The Senators Ilse Brandvik and Tovin Marsh met Chairperson Zorbu Quell.")
    assert got == {"Ilse Brandvik": ("Senators",), "Tovin Marsh": ("Senators",),
                   "Zorbu Quell": ("Chairperson",)}


def test_a_list_item_s_title_before_a_dash():
    got = people("Present were: Minister of Finance – Tovin Marsh; Governor of the Central "
                 "Bank – Ilse Brandvik.")
    assert got == {"Tovin Marsh": ("Minister of Finance",),
                   "Ilse Brandvik": ("Governor of the Central Bank",)}
    # a list labelled by country: the country is no title
    got = people("Heads of mission of Chile – Tovin Marsh, Norway – Ilse Brandvik attended.")
    assert got["Tovin Marsh"] == ()
