"""People in envoy lists, after honorifics, in by-lines and lists, behind demonyms (each test fails
without its rule).
"""

from __future__ import annotations

import datetime as dt

from communique.extract import extract_article
from communique.extract.people.candidates import _fr_person_context
from communique.extract.people.mentions import NameMention

TODAY = dt.date(2026, 11, 29)


def names(text: str, language: str) -> set[str]:
    return {p.name for p in extract_article(text, language, reference_date=TODAY).people}


def test_arabic_accusative_title_ends_the_name():
    got = names("انتخب أعضاء البرلمان أمس أستاذ القانون علي عبد العال رئيساً له في أول جلسة.", "ar")
    assert "علي عبد العال" in got
    assert not any("رئيس" in n for n in got)


def test_arabic_list_item_joined_by_waw_before_an_envoy_title():
    got = names("والسفراء هم، كيتيل موراندو سفير جمهورية فنلندا، وتريكو ثان دوبا سفير جمهورية "
                "فيتنام، ودوساني لوكيرو سفير جمهورية مالي.", "ar")
    assert {"تريكو ثان دوبا", "دوساني لوكيرو"} <= got
    assert not any(n.startswith("و") for n in got)


def test_arabic_foreign_name_after_sayyid_honorific():
    got = names("وقدم أوراق اعتماده سعادة سفير جمهورية الأرجنتين، السيد بيرتو كارلاني هويدو، "
                "إلى رئيس الجمهورية.", "ar")
    assert "بيرتو كارلاني هويدو" in got


def test_arabic_non_resident_envoy_title_before_the_name():
    got = names("وتقبل الملك أوراق اعتماد السفير غير المقيم لجمهورية أرمينيا "
                "تيكوران كافوريان.", "ar")
    assert "تيكوران كافوريان" in got


def test_arabic_envoy_resident_city_before_the_name():
    got = names("وتسلم الرئيس أوراق اعتماد سفير مملكة النرويج في نواكشوط المقيم في باماكو "
                "أوليو آندريوس ليندمو.", "ar")
    assert "أوليو آندريوس ليندمو" in got


def test_english_byline_is_not_a_person():
    # issue 15: the author of the article is no person of the event
    got = names("By Bethsoba Wamburo\n\nDar es Salaam. The ceremony was held on Monday.", "en")
    assert "Bethsoba Wamburo" not in got


def test_english_envoy_from_a_country_is_a_person():
    got = names("Present were Zeynolli Akrum from Azerbaijan, Chrispo Kiyongu from Uganda.", "en")
    assert {"Zeynolli Akrum", "Chrispo Kiyongu"} <= got


def test_english_country_comma_name_in_a_semicolon_list():
    got = names("The ambassadors of Egypt, Mahor Almahdo; Mongolia, Shagdur Battsetsog; Kenya, "
                "Lemorron Kaantu, presented their letters.", "en")
    assert {"Shagdur Battsetsog", "Lemorron Kaantu"} <= got


def test_english_list_closed_by_and_with_one_known_person_lists_people():
    got = names("In addition, Robert Bora, Bhabosh Kalitu and Baijoyant Pandu were also in "
                "attendance.", "en")
    assert {"Bhabosh Kalitu", "Baijoyant Pandu"} <= got


def test_english_list_of_parties_not_closed_by_and_stays_out():
    got = names("A majority of the parties MFK, Korsou di Nos Tur, Pueblo Soberano, Marilyn Moses "
                "of Movementu Progresivo called a meeting.", "en")
    assert "Korsou di Nos Tur" not in got and "Pueblo Soberano" not in got


def test_french_demonym_before_a_name_marks_the_person_and_is_left_out():
    got = names("Ses concurrents, la Botswanaise Pilomuna Venson-Moitoe et le Sénégalais "
                "Abdoulayo Bathilo, ont été éliminés.", "fr")
    assert "Pilomuna Venson-Moitoe" in got
    assert not any("Botswanaise" in n for n in got)


def test_french_verb_of_appointment_marks_the_person():
    # spaCy may or may not label the run; the rule admits it either way.
    text = "Au congrès de Tunis, Qhapaq Yupanqui a été élue première vice-présidente."
    start = text.index("Qhapaq")
    run = NameMention(start, start + len("Qhapaq Yupanqui"), "Qhapaq Yupanqui")
    assert _fr_person_context(run, text)
    assert not _fr_person_context(run, text.replace("a été élue", "et"))
