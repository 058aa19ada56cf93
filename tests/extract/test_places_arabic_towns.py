"""Arabic names of Arab League towns, taken from GeoNames' alternate names by
build_places.py (data/world_places.tsv): the towns are found in Arabic sentences, and the
filters keep common words, given names and other scripts' spellings out of the gazetteer."""

from __future__ import annotations

import datetime as dt

import pytest

from communique.extract import extract_article
from communique.extract.build_places import _geonames_arabic, _is_common_word
from communique.extract.reference import fold, places

TODAY = dt.date(2026, 11, 29)


def venue(text: str):
    return extract_article(text, "ar", reference_date=TODAY).venue


# --- the generated file --------------------------------------------------------------------

@pytest.mark.parametrize(("name", "country"), [
    ("تبوك", "SA"), ("تعز", "YE"), ("تبسة", "DZ"), ("الطائف", "SA"), ("الحديدة", "YE"),
    ("دير الزور", "SY"), ("خان يونس", "PS"), ("نجران", "SA"), ("سيدي بوزيد", "TN"),
])
def test_arab_towns_have_their_arabic_names(name, country):
    assert places().city_country.get(fold(name)) == country, name


@pytest.mark.parametrize("word", [
    "السلام", "النصر", "الوحدة",  # towns named "peace", "victory", "unity"
    "جمال", "مساكن", "البرج", "العبور", "الجميل",  # given name, "dwellings", "the tower"...
    "امان",  # Amman spelt as « أمان » "safety"
    "حديده", "ئاممان",  # a Persian final ه, a Kurdish spelling
    "لعيون",  # « ل » + « عيون » "for eyes"
    "ربك",  # Kosti, but "your Lord" in a quoted prayer
])
def test_common_words_and_other_scripts_are_no_towns(word):
    assert fold(word) not in places().city_country, word


# --- the filters (a frequency table of our own, not wordfreq's) -------------------------

ZIPF = {fold("السلام"): 5.6, fold("برج"): 4.7, fold("مشيط"): 1.0, fold("عيون"): 4.6}


def test_a_frequent_word_or_its_twin_is_a_common_word():
    assert _is_common_word("السلام", ZIPF, set())  # itself frequent
    assert _is_common_word("البرج", ZIPF, set())  # « برج » without its article is
    assert _is_common_word("لعيون", ZIPF, set())  # « ل » + a frequent word
    assert _is_common_word("كريم", ZIPF, {fold("كريم")})  # a given name
    assert not _is_common_word("الزنتان", ZIPF, set())
    assert not _is_common_word("خميس مشيط", ZIPF, set())  # a phrase of names
    assert _is_common_word("الوزير حميدو", ZIPF, set())  # opens with a title


def test_geonames_names_keep_arabic_letters_only():
    alternates = ["Jeddah", "جدة", "جده", "جدّة", "جدہ", "تبوک", "محافظة جدة", "ئاممان", "جد"]
    assert _geonames_arabic(alternates, set(), {}) == ["جدة"]
    assert _geonames_arabic(alternates, {fold("جدة")}, {}) == []


# --- venue ---------------------------------------------------------------------------------

def test_saudi_town_after_ila():
    v = venue("وصل الوزير يوم الأحد 5 مارس 2023 إلى تبوك في زيارة عمل تستغرق يومين.")
    assert v.city == "تبوك"


def test_yemeni_town_after_fi():
    v = venue("افتتح المحافظ يوم الاثنين 12 يونيو 2023 في تعز معرضا للكتاب بحضور المسؤولين.")
    assert v.city == "تعز"


def test_saudi_town_with_article_after_ila():
    v = venue("وصل وفد الهلال الأحمر يوم السبت 3 يونيو 2023 إلى الطائف.")
    assert v.city == "الطائف"


def test_tunisian_town_of_two_words_with_clitic():
    v = venue("أشرف الوالي يوم الخميس 8 يونيو 2023 بسيدي بوزيد على افتتاح المعرض.")
    assert v.city == "سيدي بوزيد"


def test_algerian_town_with_clitic_ba():
    v = venue("عقد المجلس الولائي دورته العادية يوم الخميس 8 يونيو 2023 بتبسة بحضور الوالي.")
    assert v.city == "تبسة"


def test_syrian_town_of_two_words():
    v = venue("وصل وفد الهلال الأحمر يوم السبت 3 يونيو 2023 إلى دير الزور لتوزيع المساعدات.")
    assert v.city == "دير الزور"


# --- a town's name as an envoy's surname ---------------------------------------------------

def test_envoy_surname_that_is_also_a_town_stays_in_the_name():
    # « بيلا » is Biyala, Egypt, in the gazetteer; after the envoy's first name it is his
    # surname (a seat would be written « في » or « ب »)
    got = {p.name: p.titles for p in extract_article(
        "وقدم أوراق اعتمادهم كل من سفير جمهورية إيطاليا ماريو بيلا وسفير جمهورية مالطا "
        "جوزيف كاميليري.", "ar", reference_date=TODAY).people}
    assert got.get("ماريو بيلا") == ("سفير جمهورية إيطاليا",)


def test_ismailia_is_a_town_after_a_locative_and_the_ismailis_are_not():
    # « الإسماعيلية » is also "the Ismailis": a not_places word (places.yaml), no longer
    # dropped from the gazetteer
    assert venue("افتتح الوزير يوم الأحد 5 مارس 2023 بالإسماعيلية مصنعا جديدا.").city \
        == "الإسماعيلية"
    assert venue("حضر الوزير يوم الأحد 5 مارس 2023 في الإسماعيلية حفل التخرج.").city \
        == "الإسماعيلية"
    assert venue("ألقى الباحث يوم الأحد 5 مارس 2023 محاضرة عن الدعوة الإسماعيلية في القرن "
                 "العاشر.").city is None
