"""data/arabic_regions.yaml: an Arabic article that writes no city the gazetteer knows tells its
country by a division after its head word (« محافظ المهرة ») or by a capital's adjective of
nationality (« العاصمة المصرية »); every entry's example reads as it says, and does not
without the entry."""

from __future__ import annotations

import datetime as dt

import pytest

from communique.extract import extract_article
from communique.extract.arabic_regions import arabic_regions, division_at, without

TODAY = dt.date(2026, 11, 29)
RULES = arabic_regions()
ENTRIES = RULES.heads + RULES.capital_words


def venue(text: str):
    return extract_article(text, "ar", reference_date=TODAY).venue


@pytest.mark.parametrize("entry", ENTRIES, ids=[e.word for e in ENTRIES])
def test_a_division_or_capital_word_gives_the_country_and_needs_the_entry(entry):
    assert venue(entry.example).country == entry.country
    with without(entry.word):
        assert venue(entry.example).country != entry.country


def test_the_division_gives_the_country_of_a_town_the_gazetteer_lacks():
    v = venue("محافظ المهرة يتفقد مشروع توسعة المدخل الجنوبي للغيضة\n\n"
              "تفقد المحافظ اليوم الاثنين 14 يونيو 2021 سير العمل في مشروع توسعة المدخل "
              "الجنوبي لمدينة الغيضة.")
    assert (v.city, v.country) == ("الغيضة", "اليمن")


def test_a_name_of_two_countries_divisions_or_a_country_name_tells_no_country():
    # « الجوف » is a Yemeni governorate and a Saudi region; « عمان » is Oman and Amman
    assert "الجوف" not in RULES.table and "عمان" not in RULES.table
    v = venue("افتتاح مستشفى\n\nافتتح الوزير اليوم الثلاثاء 12 يونيو 2023 مستشفى في محافظة "
              "الجوف بحضور المسؤولين.")
    assert v.country is None


def test_a_division_name_without_its_head_word_is_no_country():
    v = venue("افتتاح معرض\n\nافتتح الوزير اليوم الثلاثاء 12 يونيو 2023 معرضا عن تاريخ "
              "ذي قار بحضور المسؤولين.")
    assert v.country is None


def test_a_division_with_no_town_leaves_the_country_unwritten():
    # « محافظ محافظة البيضاء » and no town: annotators leave the country to the article
    v = venue("افتتاح مشاريع\n\nافتتح رئيس الوزراء أمس الاثنين 12 يونيو 2023 بحضور محافظ "
              "محافظة البيضاء عددا من المشاريع في المحافظة.")
    assert (v.city, v.country) == (None, None)


def test_a_division_is_read_at_a_name_only_right_after_its_head_word():
    norm = "افتتح محافظ صلاح الدين بدر الفحل، وحضر صلاح الدين علي."
    at = norm.index("صلاح")
    assert norm[at:division_at(norm, at)] == "صلاح الدين"
    assert division_at(norm, norm.rindex("صلاح")) is None
