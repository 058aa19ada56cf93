"""World gazetteer (data/world_places.tsv), venue city and country, events, and titles it
helped with. Each test fails without the rule or data it names."""

from __future__ import annotations

import datetime as dt

from communique.extract import extract_article
from communique.extract.reference import fold, places

TODAY = dt.date(2026, 11, 29)


def venue(text: str, language: str):
    return extract_article(text, language, reference_date=TODAY).venue


def titles(text: str, language: str) -> dict[str, tuple[str, ...]]:
    return {p.name: p.titles for p in extract_article(text, language,
                                                       reference_date=TODAY).people}


# --- the gazetteer as data ---------------------------------------------------------------

def test_gazetteer_has_every_country_in_three_languages():
    p = places()
    for name in ("Pérou", "Peru", "البيرو", "Tchad", "Chad", "تشاد", "Curaçao", "Mongolie",
                 "Mongolia", "منغوليا"):
        assert fold(name) in p.country_names, name
    assert p.country_labels["MN"]["fr"][0] == "Mongolie"


def test_gazetteer_cities_map_to_their_country_or_nation():
    p = places()
    assert p.city_country[fold("Lima")] == "PE"
    assert p.city_country[fold("N'Djamena")] == "TD"
    assert p.city_country[fold("المضيق")] == "MA"
    assert p.city_country[fold("Putrajaya")] == "MY"
    assert p.city_country[fold("Glasgow")] == "SCT" and p.nation_state["SCT"] == "GB"
    assert p.city_country[fold("Le Caire")] == "EG"


def test_demonyms_in_three_languages():
    p = places()
    assert p.demonyms[fold("marocaine")] == "MA"
    assert p.demonyms[fold("Peruvian")] == "PE"
    assert p.demonyms[fold("المغربي")] == "MA"


def test_words_and_given_names_are_not_cities():
    p = places()
    for word in ("male", "victoria", "nice", "van", "الجديدة"):
        assert p.city_country.get(fold(word)) in (None, "MA"), word  # El Jadida is hand-listed


# --- venue ---------------------------------------------------------------------------------

def test_arabic_city_with_prefix_and_country_derived():
    v = venue("وقع الوزيران يوم الاثنين 12 يونيو 2023 بليما اتفاقية للتعاون.", "ar")
    assert (v.city, v.country) == ("ليما", "بيرو")


def test_small_moroccan_town_from_the_gazetteer():
    v = venue("ترأس العامل حفل استقبال يوم الجمعة 30 يوليوز 2021 بمدينة المضيق.", "ar")
    assert v.city == "المضيق" and v.country == "المغرب"


def test_kuwaiti_governorate_seats_are_cities():
    v = venue("افتتح رئيس مجلس الوزراء اليوم مبنى محافظة الجهراء الجديد.", "ar")
    assert v.city == "الجهراء" and v.country == "الكويت"


def test_caps_wire_dateline_with_colon_is_the_city():
    v = venue("Deals signed\n\nPUTRAJAYA: Malaysia and China signed 31 MOUs on Wednesday "
              "(April 16) at the Seri Perdana Complex here.", "en")
    assert v.city == "Putrajaya" and v.country == "Malaysia"  # the gazetteer's spelling


def test_event_city_beats_arabic_dateline():
    v = venue("الرباط - و م ع\n\nشارك الوزير يوم الخميس 7 نوفمبر 2024 في أشغال المؤتمر "
              "المنعقد في القاهرة.", "ar")
    assert v.city == "القاهرة" and v.country == "مصر"


def test_country_in_the_lead_when_no_city():
    v = venue("The minister arrived in Mongolia on Friday, August 24, 2012 for talks.", "en")
    assert v.city is None and v.country == "Mongolia"


# --- events --------------------------------------------------------------------------------

def test_bare_head_is_no_event():
    v = venue("The ceremony was held on Wednesday, April 16, 2025 in Putrajaya.", "en")
    assert v.event is None


def test_qualified_head_is_an_event():
    v = venue("Franco swore in his cabinet on Monday, June 25, 2012 at an official ceremony "
              "in Asuncion.", "en")
    assert v.event == "official ceremony"


def test_event_head_inside_a_title_is_no_event():
    v = venue("حضر رئيس مجلس وزراء مصر مصطفى مدبولي يوم السبت 12 دجنبر 2020 توقيع المذكرة.",
              "ar")
    assert v.event is None or "مدبولي" not in v.event


# --- titles --------------------------------------------------------------------------------

def test_arabic_role_after_fi_mansib():
    t = titles("جرى تعيين خالد آيت طالب، في منصب والي جهة فاس وعامل عمالة فاس.", "ar")
    got = t["خالد آيت طالب"]
    assert any(x.startswith("والي جهة فاس") for x in got)
    assert any(x.startswith("عامل عمالة فاس") for x in got)


def test_french_role_after_en_tant_que(french_nlp):
    t = titles("Le conseil a accueilli Marie Dupont, en tant que vice-présidente du comité.",
               "fr")
    assert t["Marie Dupont"] == ("vice-présidente du comité",)


def test_stacked_titles_without_comma_before_name(french_nlp):
    # a guard: the comma-apposition rules already read this case
    t = titles("L'entretien s'est déroulé en présence du ministre d'Etat, ministre des "
               "Affaires étrangères Karim Benali, et du ministre des Transports, Ali Saadi.",
               "fr")
    assert t["Karim Benali"] == ("ministre d'Etat", "ministre des Affaires étrangères")


def test_title_before_and_name_is_not_that_names():
    t = titles("The MP for MFK Gilmar Pisas was elected as the new President of Parliament "
               "and Norberto Ribeiro as Vice-President.", "en")
    assert "new President of Parliament" in t["Gilmar Pisas"]
    assert t["Norberto Ribeiro"] == ("Vice-President",)


def test_arabic_spelling_variants_are_one_person():
    people = extract_article("استقبل الرئيس محمد إدريس ديبى وزير الخارجية. وقال محمد إدريس "
                             "ديبي إن الزيارة مهمة.", "ar", reference_date=TODAY).people
    assert len([p for p in people if "ديب" in p.name]) == 1


def test_trailing_conjunction_is_not_part_of_a_title():
    t = titles("وحضر اللقاء محمد مفكر، المدير العام للشؤون الداخلية، ومحمد الدخيسي، مدير "
               "التعاون الدولي، وعبد الوافي لفتيت، وزير الداخلية.", "ar")
    assert all(not x.endswith("و") for got in t.values() for x in got)
