"""People: English constructions of session 7 (issue 15) — places inside titles, abbreviated
titles, head-final titles, one-word names, misspelt repeats (each test fails without its rule
or data entry)."""

from __future__ import annotations

import datetime as dt

from communique.extract import extract_article

TODAY = dt.date(2026, 11, 29)


def people(text: str) -> dict[str, tuple[str, ...]]:
    return {p.name: p.titles for p in extract_article(text, "en", reference_date=TODAY).people}


def test_a_place_of_two_words_in_a_title_is_no_name_that_cuts_it():
    # "Zealand" of "New Zealand" is no name of its own: the title runs to the place's end
    got = people("Jane Doe was appointed High Commissioner to New Zealand on Monday.")
    assert got == {"Jane Doe": ("High Commissioner to New Zealand",)}
    got = people("Jane Doe, the High Commissioner to South Africa, arrived.")
    assert got == {"Jane Doe": ("High Commissioner to South Africa",)}


def test_leader_of_the_opposition_is_a_title_not_part_of_the_name():
    got = people("Leader of the Opposition Ramesh Chennithala attended the ceremony.")
    assert got == {"Ramesh Chennithala": ("Leader of the Opposition",)}


def test_a_title_written_short_with_its_dot_before_a_name():
    got = people("On Wednesday morning, Lt. Gov. Susan Bysiewicz was sworn in.")
    assert got == {"Susan Bysiewicz": ("Lt. Gov.",)}
    got = people("The bill was signed by Gov. Ned Lamont and Sen. Chuck Schumer on Monday.")
    assert got == {"Ned Lamont": ("Gov.",), "Chuck Schumer": ("Sen.",)}


def test_a_surname_spelt_as_a_short_title_still_ends_a_sentence_with_the_name():
    # "Sen." is a title written short only as a word of its own, not after a given name
    got = people("Growth would slow, said Amartya Sen. Economists agreed.")
    assert got == {"Amartya Sen": ()}


def test_a_head_that_only_ends_a_title_right_before_the_name():
    got = people("The Chinese government was represented by the Agency Executive, Mr Zhang Mao.")
    assert got == {"Zhang Mao": ("Agency Executive",)}
    got = people("The motion was seconded by Agency Executive Zhang Mao on Monday.")
    assert got == {"Zhang Mao": ("Agency Executive",)}


def test_a_head_final_title_after_and_is_a_second_title():
    got = people("He was nominated by his fellow MP and Alliance For Change Executive, "
                 "Cathy Hughes.")
    assert got == {"Cathy Hughes": ("MP", "Alliance For Change Executive")}


def test_a_surname_repeated_with_a_typing_slip_is_the_same_person():
    got = people("Union Education Minister Ramesh Pokhriyal opened the building. The "
                 "institute trains the best brains, Mr Pokhriiyal said.")
    assert got == {"Ramesh Pokhriyal": ("Union Education Minister",)}


def test_a_name_spelt_two_ways_is_one_person_under_the_spelling_repeated():
    got = people("The parliament appointed Mohammed Nacer, vice president of the party, as its "
                 "speaker. Mohamed Naser said he was grateful. Naser thanked the deputies.")
    assert list(got) == ["Mohamed Naser"]


def test_two_names_one_letter_apart_but_short_stay_two_people():
    got = people("Minister Abu Bakarr Karim met Mrs Karin on Monday. Mr Karim said so.")
    assert set(got) == {"Abu Bakarr Karim", "Karin"}


def test_capitalised_words_before_building_or_party_name_no_person():
    got = people("Education Minister Inaugurates Golden Jubilee Building Of NIT Rourkela")
    assert "Golden Jubilee" not in got
    got = people("Mohamed Naser, a member of the centrist Nidaa Tounes party, was elected.")
    assert "Nidaa Tounes" not in got and "Mohamed Naser" in got
