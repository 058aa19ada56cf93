"""Arabic names led by an honorific or a rank (« السيدة/ », « داتو », « العماد », « الشيخ »),
with a transliteration's vowel marks, or closed by an Arabic family name (each test fails
without its rule)."""

from __future__ import annotations

import datetime as dt

from communique.extract import extract_article

TODAY = dt.date(2026, 11, 29)


def people(text: str) -> dict[str, list[str]]:
    return {p.name: list(p.titles)
            for p in extract_article(text, "ar", reference_date=TODAY).people}


def test_a_slash_after_the_honorific_leads_a_foreign_name():
    got = people("وهم سفراء دول كل من :\n\nفرنسا السيدة/ أرنو لاغارد .\n\n"
                 "مملكة النرويج السيد/ توربيورن هولث .\n")
    assert {"أرنو لاغارد", "توربيورن هولث"} <= set(got)


def test_the_honorific_written_with_a_slash_is_no_part_of_the_title():
    got = people("استقبل رئيس الحكومة السيد/ عبد القادر كامل محمد اليوم الوفد.")
    assert got["عبد القادر كامل محمد"] == ["رئيس الحكومة"]


def test_a_foreign_name_keeps_its_vowel_marks_and_shadda():
    got = people("• السيد دُومِينِيك ماغُو، بصفته سفيرا لجمهورية فرنسا.\n"
                 "• السيد ماتيّو بيرّوني، سفير الجمهورية الإيطالية في تونس.\n")
    assert {"دُومِينِيك ماغُو", "ماتيّو بيرّوني"} <= set(got)


def test_the_malaysian_datuk_leads_a_name_and_is_no_title():
    got = people("ووقعها وزير العمل سعد الغامدي، ونظيره داتو سري هاريز لينغ. "
                 "وحضر التوقيع وداتو- رحمن كوميندنج سفير ماليزيا.")
    assert got["هاريز لينغ"] == ["نظيره"]
    assert "رحمن كوميندنج" in got


def test_a_rank_leads_a_name_the_list_does_not_know():
    got = people("واستقبل قائد الجيش العماد رودولف هيكل الوفد العسكري الفرنسي.")
    assert "رودولف هيكل" in got
    assert "العماد" in got["رودولف هيكل"]


def test_an_arabic_family_name_closes_a_name_after_a_rank_or_an_honorific():
    got = people("ووقع عن الجانب المصري وزير النقل، الفريق المهندس عاصم القاضي، بينما وقع "
                 "عن الجانب السعودي وزير الصناعة. وافتتح المحافظ الشيخ حمود الصباح اليوم "
                 "المبنى الجديد.")
    assert {"عاصم القاضي", "حمود الصباح"} <= set(got)
    assert got["عاصم القاضي"][-1] == "الفريق"  # « المهندس » is a form of address


def test_an_al_word_that_does_not_end_the_name_is_no_family_name():
    got = people("وقال الدكتور فيكتور الجامعة الوطنية تستقبل الطلبة.")
    assert not any("فيكتور" in n for n in got)


def test_a_preposition_glued_to_the_envoy_is_no_list_item():
    got = people("قدم السفير أوراق اعتماده، ما يُتيح للسفيرة بدء مهامها الدبلوماسية.")
    assert not any("يُتيح" in n for n in got)


def test_what_a_head_of_state_receives_is_no_part_of_his_name():
    got = people("تسلم الرئيس قيس سعيد أوراق اعتماد سفير جديد. وتسلمت الرئيسة سامية حسن "
                 "أوراق اعتماد السفير الياباني.")
    assert {"قيس سعيد", "سامية حسن"} <= set(got)
    assert not any("أوراق" in n for n in got)


def test_a_noun_with_the_preposition_ba_ends_the_name():
    got = people("وأشاد وزير الخارجية حسين علي بجهود الأمين العام. واستقبل رئيس الحكومة "
                 "عزيز أخنوش بمكتبه السفير الفرنسي.")
    assert {"حسين علي", "عزيز أخنوش"} <= set(got)


def test_abdallah_written_in_one_word_or_two_is_one_person():
    got = people("وقال وزير الخارجية عبد الله بن زايد إن البلدين يعملان معا. وأكد عبدالله "
                 "بن زايد أهمية التعاون.")
    assert len(got) == 1


def test_a_word_before_a_filiation_link_is_a_given_name():
    got = people("وشارك في الاجتماع يعقوب ولد التاه، مدير الصيد. وحضر الحفل ضاري بن مشعل، "
                 "وكيل الوزارة.")
    assert {"يعقوب ولد التاه", "ضاري بن مشعل"} <= set(got)


def test_walad_before_a_preposition_is_the_verb_was_born():
    assert people("وذكر الوزير أنه ولد في نواكشوط عام 1960 وتخرج من جامعة داكار.") == {}


def test_what_the_subject_holds_after_his_name_is_no_part_of_it():
    got = people("وترأس والي جهة الرباط سلا القنيطرة محمد اليعقوبي اجتماع اللجنة الجهوية. "
                 "وعقد وزير الداخلية عبد الوافي لفتيت مباحثات مع نظيره الإسباني.")
    assert {"محمد اليعقوبي", "عبد الوافي لفتيت"} <= set(got)
