"""People and titles in article styles the first sets lacked (one rule per test)."""

from __future__ import annotations

import datetime as dt

from communique.extract import extract_article

TODAY = dt.date(2026, 11, 29)


def people(text: str, language: str) -> dict[str, object]:
    return {p.name: p for p in extract_article(text, language, reference_date=TODAY).people}


def test_possessive_country_does_not_swallow_the_title_and_name():
    got = people("Pakistan's Foreign Minister Shah Mahmood Qureshi met the delegation on "
                 "Monday.", "en")
    assert got["Shah Mahmood Qureshi"].titles == ("Pakistan's Foreign Minister",)


def test_long_capitalised_run_keeps_the_whole_name():
    got = people("South Sudan's Cabinet Affairs Minister Martin Elia Lomoro said the talks "
                 "went well.", "en")
    assert "Martin Elia Lomoro" in got


def test_english_head_final_apposition_after_the_name():
    got = people("The election was supervised by Mr Alex Manu Sakyi, the District Electoral "
                 "Officer, on Thursday.", "en")
    assert got["Alex Manu Sakyi"].titles == ("District Electoral Officer",)


def test_english_apposition_without_comma_after_article():
    got = people("Mr Sam Kwaku Bensa Alomatu a Circuit Court Judge, swore in the members.", "en")
    assert got["Sam Kwaku Bensa Alomatu"].titles == ("Circuit Court Judge",)


def test_english_age_between_name_and_title_is_skipped():
    got = people("Mr Eric Nana Agyemang Prempeh, 52, Ahafo-Ano North District Chief Executive, "
                 "spoke.", "en")
    assert got["Eric Nana Agyemang Prempeh"].titles == ("Ahafo-Ano North District Chief Executive",)


def test_officers_alone_do_not_start_a_title():
    got = people("Officers and staff of the Department led by Principal Director, "
                 "Dr. Watikala Wsere were present.", "en")
    assert got["Watikala Wsere"].titles == ("Principal Director",)


def test_french_profession_before_and_after_the_name(french_nlp):
    got = people("L'économiste Esther Duflo a reçu le prix. Le prix est décerné à Leonardo "
                 "Padura, journaliste et romancier cubain.", "fr")
    assert got["Esther Duflo"].titles == ("économiste",)
    assert got["Leonardo Padura"].titles == ("journaliste", "romancier cubain")


def test_arabic_list_title_after_colon():
    got = people("وفي ما يلي لائحة السفراء:\n*- يوسف العمراني : سفير الملك لدى الولايات المتحدة "
                 "الأمريكية\n", "ar")
    assert got["يوسف العمراني"].titles == ("سفير الملك لدى الولايات المتحدة الأمريكية",)


def test_arabic_foreign_name_after_envoy_and_country():
    got = people("وتسلم الملك أوراق اعتماد كل من سفير جمهورية كازاخستان طلعت شالدنباي، "
                 "وسفير جمهورية الهند مانيش تشوهان.", "ar")
    assert "طلعت شالدنباي" in got
    assert "مانيش تشوهان" in got
