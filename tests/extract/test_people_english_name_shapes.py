"""People: the shapes of a name in English press copy (issue 15, session 11). Every sentence
is invented (names, places and offices of our own, none copied from an evaluation set): a
form of address before the name, initials in capitals, the Arabic article joined by a
hyphen, a month that is a surname, names listed in brackets, "son of" inside a name."""

from __future__ import annotations

import datetime as dt

import pytest

from communique.extract import extract_article

TODAY = dt.date(2026, 11, 29)


def people(text: str) -> dict[str, tuple[str, ...]]:
    return {p.name: p.titles for p in extract_article(text, "en", reference_date=TODAY).people}


def honorifics(text: str) -> dict[str, str | None]:
    return {p.name: p.honorific
            for p in extract_article(text, "en", reference_date=TODAY).people}


@pytest.mark.parametrize("text, name, address", [
    # a style before the name is no part of it, and says the name is a person's
    ("The dam was opened in 1962 by his grandfather Makhdoom Tariq Nawaz Bhatti.",
     "Tariq Nawaz Bhatti", "Makhdoom"),
    ("Senator Makhdoom Imran Shah Bukhari chaired the committee.",
     "Imran Shah Bukhari", "Makhdoom"),
    ("The market was opened by Alhaji Sani Kwankwaso on Friday.", "Sani Kwankwaso", "Alhaji"),
    ("Among the guests was Alhaja Rukayat Adeola, the patron of the school.",
     "Rukayat Adeola", "Alhaja"),
])
def test_a_local_form_of_address_opens_a_name(text, name, address):
    assert honorifics(text).get(name) == address


@pytest.mark.parametrize("text, name, titles", [
    ("Education Minister KR Lyngdoh, on Monday, opened the school.",
     "KR Lyngdoh", ("Education Minister",)),
    ("Power Minister AL Marak laid the stone. Speaking on the occasion, Marak said the line "
     "would be ready by June.", "AL Marak", ("Power Minister",)),
    ("The Deputy Commissioner, EL Sangma, received the team.", "EL Sangma",
     ("Deputy Commissioner",)),
])
def test_two_initials_in_capitals_open_a_name(text, name, titles):
    assert people(text).get(name) == titles


@pytest.mark.parametrize("text, name, titles", [
    ("In the presence of Interior Minister Samir al-Haddad, the accord was signed.",
     "Samir al-Haddad", ("Interior Minister",)),
    ("Karim el-Masri, the envoy of Jordan, arrived on Sunday.", "Karim el-Masri",
     ("envoy of Jordan",)),
    ("The Minister of Energy, Hisham al-Khatib, and the Governor, Dr. Rami Sousi, attended.",
     "Hisham al-Khatib", ("Minister of Energy",)),
])
def test_the_arabic_article_joined_by_a_hyphen_is_part_of_the_name(text, name, titles):
    assert people(text).get(name) == titles


@pytest.mark.parametrize("first", ["Hisham al-Khatib", "Hisham Khatib"])
def test_a_title_before_a_name_and_its_address_written_short_is_that_names(first):
    # "T, A, T2, Dr. B": in a list whose names follow their titles, the title before "Dr."
    # and the next name is that name's (the dot of "Dr." ends no part of the list)
    got = people(f"The Minister of Energy, {first}, Deputy Minister of Energy, Dr. "
                 "Rami Sousi, and Assistant Minister, Prof. Lina Haddad, attended.")
    assert got == {first: ("Minister of Energy",), "Rami Sousi": ("Deputy Minister of Energy",),
                   "Lina Haddad": ("Assistant Minister",)}


@pytest.mark.parametrize("text, name", [
    ("Her post went to Reverend Tobias April, who took the oath on Friday.", "Tobias April"),
    ("Home Secretary Gillian May opened the centre.", "Gillian May"),
    ("Councillor Peter June said the road would be rebuilt.", "Peter June"),
    ("The prize went to Ruth August of the parish choir, the minister said.", "Ruth August"),
])
def test_a_month_after_a_given_name_is_a_surname(text, name):
    assert name in people(text)


def test_a_month_before_a_day_stays_a_date():
    got = people("The talks resume on Sunday May 5 in Tema, Kofi Amankwah said.")
    assert set(got) == {"Kofi Amankwah"}
    got = people("The show opened on Grace Day April 12, Kofi Amankwah said.")
    assert set(got) == {"Kofi Amankwah"}


def test_names_in_brackets_after_the_items_of_a_list_are_people():
    # one of them is known a person (a form of address, a given name): all are
    got = people("The premier kept the ministers of Finance (Teburoro Tetoa), Health (Dr "
                 "Fiame Nauta), Trade (Kolinio Rabukawa) and Lands (Semisi Vakaloa).")
    assert {"Teburoro Tetoa", "Fiame Nauta", "Kolinio Rabukawa", "Semisi Vakaloa"} <= set(got)


def test_names_in_brackets_need_one_known_person():
    # places in brackets after places: nothing says a person
    got = people("The route links Koro Tavua (Vanua Levu), Ovalau (Naitasiri) and Kadavu "
                 "(Rotuma Levu).")
    assert got == {}


@pytest.mark.parametrize("text, name", [
    ("The uprising ousted longtime ruler Zaid al-Nasir Ben Hamdi.", "Zaid al-Nasir Ben Hamdi"),
    ("The talks were opened by Zawi bin Hamoud Tarrah in Sur.", "Zawi bin Hamoud Tarrah"),
])
def test_son_of_inside_a_name_names_a_person(text, name):
    assert name in people(text)


@pytest.mark.parametrize("text, gone", [
    ("According to Radio Television Kigali, the visit will last three days.", "Radio Television"),
    ("The company hires more Solomon Islanders every year, Tama Potaka said.",
     "Solomon Islanders"),
    ("The fund helps Marshall Islanders who study abroad, minister Hilda Kabua said.",
     "Marshall Islanders"),
])
def test_a_broadcaster_or_a_people_in_the_plural_is_no_person(text, gone):
    assert gone not in people(text)


@pytest.mark.parametrize("text, name, title", [
    # the offices of a school, a house, a council (data/titles_en.txt)
    ("“The hall is ready,” said principal Grace Mutasa.", "Grace Mutasa", "principal"),
    ("Guests included the Speaker, Omar Deane, and Clerk of the House, Lydia Barrow.",
     "Lydia Barrow", "Clerk of the House"),
    ("The register was signed by Town Clerk Peter Harwell.", "Peter Harwell", "Town Clerk"),
    ("The school's headmistress, Ruth Kamwendo, welcomed the pupils.", "Ruth Kamwendo",
     "headmistress"),
])
def test_the_head_of_a_school_or_the_clerk_of_a_house_is_a_title(text, name, title):
    assert title in people(text).get(name, ())


@pytest.mark.parametrize("text, name, title", [
    # a body's name in capitals before an officer's head in lower case
    ("Former Ruling Party Youth Wing spokesperson Tomas Ndume was named ambassador.",
     "Tomas Ndume", "Former Ruling Party Youth Wing spokesperson"),
    ("Youth League spokesman Elias Mbambo opened the market.", "Elias Mbambo",
     "Youth League spokesman"),
])
def test_a_body_in_capitals_before_a_head_in_lower_case_is_part_of_the_title(text, name, title):
    assert title in people(text).get(name, ())


@pytest.mark.parametrize("text, name, title", [
    ("Party spokesperson Tomas Uugwanga was yesterday appointed as the governor of Kunene.",
     "Tomas Uugwanga", "governor of Kunene"),
    ("Mariam Sheya was today sworn in as Minister of Lands.", "Mariam Sheya", "Minister of Lands"),
    ("Paulo Nehale was last week elected Chairman of the Regional Council.", "Paulo Nehale",
     "Chairman of the Regional Council"),
])
def test_a_relative_day_between_the_auxiliary_and_the_appointment(text, name, title):
    assert title in people(text).get(name, ())



@pytest.mark.parametrize("text, name, titles, address", [
    # a chief's style before the name, a matai title between it and the name told again
    ("The Minister of Works, Susuga Fonoti Dr Lemalu Fonoti opened the hall.",
     "Lemalu Fonoti", ("Minister of Works",), "Susuga"),
    ("The Minister of Police, Afioga Tuala Tevaga Iosefo, launched the plan.",
     "Tuala Tevaga Iosefo", ("Minister of Police",), "Afioga"),
    ("Swearing in of the Speaker of Parliament Grand Chief Sir Peter Ipatas was done today.",
     "Peter Ipatas", ("Speaker of Parliament",), "Sir"),
])
def test_a_pacific_style_of_address_is_no_title_and_no_name(text, name, titles, address):
    got = {p.name: (p.titles, p.honorific)
           for p in extract_article(text, "en", reference_date=TODAY).people}
    assert got.get(name) == (titles, address)


@pytest.mark.parametrize("text", [
    "Kaupa won the Governor General election against Walter Nimbo and Ruth Kiap.",
    "The premier lost the mayoral race with Dorcas Ambai last year.",
])
def test_a_contest_against_a_name_gives_it_no_title(text):
    assert all(t == () for t in people(text).values())


def test_a_common_noun_closing_a_clause_is_no_title_stacked_on_the_next():
    got = people("On the question of social justice, President Barrow said the courts were "
                 "ready.")
    assert got == {"Barrow": ("President",)}


def test_names_sworn_in_with_an_adverb_between_are_people():
    # (the verb after the last name of the list proves it a person)
    assert "Ousainou Bojang" in people("Ousainou Bojang was formally sworn in on Tuesday.")
    got = people("Joseph Ceesay and Ousainou Bojang were also sworn in on Tuesday.")
    assert {"Joseph Ceesay", "Ousainou Bojang"} <= set(got)


@pytest.mark.parametrize("text, name, title", [
    # the office held then, after "who was" and "then" or "at the time"
    ("The bridge was opened in 1971 by Ekow Mensah-Bonsu, who was then Minister of Roads.",
     "Ekow Mensah-Bonsu", "Minister of Roads"),
    ("The port was built under Kofi Boateng, who was at the time Governor of the Region.",
     "Kofi Boateng", "Governor of the Region"),
])
def test_the_office_held_then_is_read_after_who_was(text, name, title):
    assert title in people(text).get(name, ())
