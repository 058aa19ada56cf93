"""People: name boundaries around initials, forms of address glued to a name, and capitalised
words that are no name (each test fails without its rule in extract/people/)."""

from __future__ import annotations

import datetime as dt

from communique.extract import extract_article

TODAY = dt.date(2026, 11, 29)


def people(text: str, language: str) -> dict[str, tuple[str, ...]]:
    return {p.name: p.titles
            for p in extract_article(text, language, reference_date=TODAY).people}


def test_dotted_initials_are_part_of_the_name_not_an_acronym():
    got = people("Kerala Governor M.B. Rajesh was present at the event.", "en")
    assert got == {"M.B. Rajesh": ("Kerala Governor",)}
    got = people("Prime Minister Narendra Modi and BJP national president J.P. Nadda were "
                 "present at the event.", "en")
    assert "J.P. Nadda" in got


def test_initials_whose_last_dot_is_left_out_are_one_token():
    got = people("Chief Minister Pramod Sawant was administered oath of office by Goa "
                 "Governor P.S Sreedharan Pillai on Monday.", "en")
    assert got["P.S Sreedharan Pillai"] == ("Goa Governor",)
    assert "S Sreedharan Pillai" not in got


def test_a_country_written_with_dots_is_still_no_name():
    got = people("The U.S. Embassy said the ambassador would arrive on Monday.", "en")
    assert got == {}


def test_one_initial_before_a_surname_marks_a_person():
    got = people("Speaker P Sreeramakrishnan and the lone BJP legislator O Rajagopal also "
                 "attended the function.", "en")
    assert "O Rajagopal" in got


def test_the_initial_a_before_another_initial_is_not_the_article():
    got = people("State Ministers including E P Jayarajan, T M Thomas Isaac, A K Balan and "
                 "K T Jaleel also attended.", "en")
    assert "A K Balan" in got
    assert "K Balan" not in got
    # "A" opening a run on its own is still the article
    assert people("A Rajagopal family statement was read at the ceremony.", "en") == {}


def test_a_french_form_of_address_glued_to_the_name_is_not_an_initial():
    got = people("L'ambassadeur a présenté ses lettres de créance en présence de "
                 "M.Salahuddin RABBANI, ministre des Affaires étrangères.", "fr")
    assert got == {"Salahuddin Rabbani": ("ministre des Affaires étrangères",)}


def test_an_acronym_compounded_with_a_lower_case_word_is_no_name():
    got = people("Chief ministers of several BJP-ruled states were present at the event, "
                 "said Amit Shah.", "en")
    assert "Bjp-ruled" not in got and "BJP-ruled" not in got
    assert "Amit Shah" in got
