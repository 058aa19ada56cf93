"""People: foreign names in Arabic after qualified titles, event nouns, middle initials,
counterparts (each test fails without its rule).
"""

from __future__ import annotations

import datetime as dt

from communique.extract import extract_article

TODAY = dt.date(2026, 11, 29)


def people(text: str, language: str) -> dict[str, object]:
    return {p.name: p for p in extract_article(text, language, reference_date=TODAY).people}


def test_arabic_transliterated_name_after_a_title_and_nationality():
    got = people("ونقل الوزير تحياته إلى الرئيس البرازيلي فيرناندو هاداد خلال اللقاء.", "ar")
    assert "فيرناندو هاداد" in got
    assert got["فيرناندو هاداد"].titles == ("الرئيس البرازيلي",)


def test_arabic_quoted_name_after_envoy_to_a_country_keeps_its_title():
    got = people('قدم سفير اليابان لدى فرنسا "تاكيشي ناكانو"، أوراق اعتماده أمس.', "ar")
    assert got["تاكيشي ناكانو"].titles == ("سفير اليابان لدى فرنسا",)


def test_arabic_envoy_of_a_two_word_country_is_read_before_the_name():
    # « جنوب افريقيا », « كوريا الجنوبية »: the gazetteer's two-word names of a country
    got = people("واستقبل الرئيس عبد اللطيف رشيد سفيرة جمهورية جنوب افريقيا غير المقيمة "
                 "تسيلاني موكوينا.", "ar")
    assert got["تسيلاني موكوينا"].titles == ("سفيرة جمهورية جنوب افريقيا غير المقيمة",)
    got = people("واستقبل الرئيس عبد اللطيف رشيد سفيرة كوريا الجنوبية بيونغ سيك أمس.", "ar")
    assert got["بيونغ سيك"].titles == ("سفيرة كوريا الجنوبية",)


def test_arabic_envoy_of_a_country_and_a_state_adjective_is_read_before_the_name():
    # « كوريا الديمقراطية »: the first word of « كوريا الجنوبية », then a state's adjective
    got = people("واستقبل الرئيس محمد ولد عبد العزيز سفير كوريا الديمقراطية في نواكشوط "
                 "المقيم في الجزائر سونغ تشانغ سيك.", "ar")
    assert "سونغ تشانغ سيك" in got


def test_arabic_transliterated_name_after_the_head_of_the_state_closed_by_a_comma():
    # « رئيس الجمهورية »: the state is the owner; the name must end on a break
    got = people("قدم أربعة دبلوماسيين أوراق اعتمادهم إلى رئيس الجمهورية باسيرو ديوماي فايي، "
                 "اليوم الخميس.", "ar")
    assert got["باسيرو ديوماي فايي"].titles == ("رئيس الجمهورية",)
    # nouns ending in « ة », and a verb, are no name there
    assert people("وجه رئيس الجمهورية رسالة تهنئة، بمناسبة العيد.", "ar") == {}
    assert people("رئيس الجمهورية يستقبل سفراء جدد.", "ar") == {}


def test_arabic_transliterated_name_after_a_comma_that_follows_a_nationality():
    got = people("ووقع على المذكرة وزير الخارجية محمد جواد ظريف، ونظيره التركي، مولود جاويش "
                 "أوغلو، في أنقرة.", "ar")
    assert "مولود جاويش أوغلو" in got
    got = people("وقدم أوراق اعتمادهم سفير النمسا بيتر السنر، وأخيرا السفير البرازيلي، "
                 "فلافيو ماريغا.", "ar")
    assert got["فلافيو ماريغا"].titles == ("السفير البرازيلي",)


def test_arabic_envoy_name_in_brackets_takes_the_title_before_them_and_ends_the_last():
    got = people("والسفراء هم كل من سفير جمهورية صربيا براتسيلاف جيجل وسفير جمهورية تركيا "
                 "(أنل بورا إينان)، وسفير جمهورية الصومال الفيدرالية رضوان حرسي محمد.", "ar")
    assert got["أنل بورا إينان"].titles == ("سفير جمهورية تركيا",)
    assert got["براتسيلاف جيجل"].titles == ("سفير جمهورية صربيا",)


def test_arabic_title_then_verb_is_not_a_name():
    # « الخارجية » is no nationality: « يبحث تعزيز » must not become a person.
    assert people("وزير الخارجية يبحث تعزيز العلاقات مع فرنسا.", "ar") == {}


def test_arabic_kaf_before_a_title_means_as_and_ends_the_name():
    got = people("وقد عيّن الملك محمد المختار كسفير لدى فرنسا.", "ar")
    assert not any("كسفير" in name for name in got)


def test_english_middle_initial_is_not_the_french_honorific():
    got = people("Ambassador Mohamed Abdullah M. Al Rumaihi, State of Qatar, was received.",
                 "en")
    assert list(got) == ["Mohamed Abdullah M. Al Rumaihi"]


def test_english_event_noun_ends_no_person_name():
    got = people("The President will participate in an Ambassador Credentialing Ceremony "
                 "with Ambassador Josip Paro.", "en")
    assert "Credentialing Ceremony" not in got and "Josip Paro" in got


def test_english_country_dash_name_list_gives_people():
    got = people("The new envoys of Ethiopia – Kasahun Dender Melese, Japan – Chikahito Harada "
                 "will present their credentials.", "en")
    assert {"Kasahun Dender Melese", "Chikahito Harada"} <= set(got)


def test_french_saint_and_a_place_is_not_a_person():
    got = people("M. Younes Dirhoussi, ambassadeur auprès de Saint Lucie.", "fr")
    assert "Saint Lucie" not in got
    assert got["Younes Dirhoussi"].titles == ("ambassadeur auprès de Saint Lucie",)


def test_french_regnal_ordinal_belongs_to_the_name():
    got = people("Il est accrédité auprès de Sa Majesté Philippe 1er, Roi des Belges.", "fr")
    assert "Philippe 1er" in got


def test_counterpart_is_a_title_head():
    got = people("He met his Filipino counterpart Alberto Romulo in Manila on Monday.", "en")
    assert got["Alberto Romulo"].titles == ("Filipino counterpart",)


def test_a_given_name_that_is_a_title_before_ould_is_part_of_the_name():
    # « Cheikh » is a title head and a given name: before « Ould » it is the name's
    got = people("Le Premier ministre a reçu Cheikh Ould Zeidane, directeur de cabinet du "
                 "Premier ministre, lundi à Nouakchott.", "fr")
    assert "Cheikh Ould Zeidane" in got
    assert got["Cheikh Ould Zeidane"].titles == ("directeur de cabinet du Premier ministre",)
