"""People (Arabic): how far a name read from a given name runs, who is whose father, and
the titles of ranks and honorifics stacked before a name (each test fails without its rule).
"""

from __future__ import annotations

import datetime as dt

from communique.extract import extract_article

TODAY = dt.date(2026, 11, 29)


def people(text: str) -> dict[str, tuple[str, ...]]:
    return {p.name: p.titles
            for p in extract_article(text, "ar", reference_date=TODAY).people}


def test_a_given_name_written_with_a_final_alef_maqsura_is_a_given_name():
    # Egyptian spelling: « سامى » for « سامي »
    got = people("وحضر الاجتماع سامى شكري، وزير الخارجية.")
    assert got == {"سامى شكري": ("وزير الخارجية",)}


def test_and_with_a_given_name_opens_the_next_name_of_a_list():
    got = people("وحضر الاجتماع فؤاد منصور وحازم الببلاوي أمس.")
    assert set(got) == {"فؤاد منصور", "حازم الببلاوي"}


def test_a_link_and_the_word_it_joins_count_as_one_part_of_the_name():
    got = people("ويتعلق الأمر بكل من عبد الأحد الفاسي الفهري، وزيرا للصحة.")
    assert got == {"عبد الأحد الفاسي الفهري": ("وزيرا للصحة",)}


def test_a_title_word_after_a_link_is_part_of_the_name():
    got = people("واستقبل الوزير عبد الملك الحسني، سفير المغرب، أمس.")
    assert "عبد الملك الحسني" in got


def test_a_rank_before_a_name_is_a_title_stacked_after_the_office():
    got = people("وحضر المراسم وقائد الحرس الرئاسي اللواء منير الزعبي.")
    assert got == {"منير الزعبي": ("قائد الحرس الرئاسي", "اللواء")}


def test_the_custodian_of_the_two_holy_mosques_is_a_title_before_the_king():
    got = people("نيابة عن خادم الحرمين الشريفين الملك سلمان بن عبد العزيز، افتتح الأمير المعرض.")
    assert got == {"سلمان بن عبد العزيز": ("خادم الحرمين الشريفين", "الملك")}


def test_a_whole_title_then_another_head_are_two_titles():
    got = people("استقبل الأمير محمد بن سلمان، ولي العهد رئيس مجلس الوزراء، السفراء.")
    assert got == {"محمد بن سلمان": ("الأمير", "ولي العهد", "رئيس مجلس الوزراء")}


def test_a_head_in_the_construct_state_takes_the_title_after_it_as_complement():
    got = people("وقال نائب رئيس مجلس الوزراء وزير الخارجية فؤاد حسين إن العراق يرحب.")
    assert got == {"فؤاد حسين": ("نائب رئيس مجلس الوزراء", "وزير الخارجية")}


def test_and_before_a_title_after_a_name_opens_the_next_item():
    got = people("وحضر المستشار إسماعيل جبر، ومستشار الرئيس القانوني حسن العوري.")
    assert got["حسن العوري"] == ("مستشار الرئيس القانوني",)


def test_one_more_word_closed_by_a_comma_ends_a_long_name_and_keeps_its_title():
    got = people("- السيد حسن ادوم بخيت هجار، سفير جمهورية تشاد.")
    assert got == {"حسن ادوم بخيت هجار": ("سفير جمهورية تشاد",)}


def test_a_family_name_with_the_article_ends_a_name_of_filiations():
    got = people("- السيد سامي بن عبد الله بن عثمان الصالح، سفير المملكة العربية السعودية.")
    assert got == {"سامي بن عبد الله بن عثمان الصالح": ("سفير المملكة العربية السعودية",)}


def test_past_a_link_a_common_word_does_not_go_on_with_the_name():
    got = people("ويشغل محمد بن علي منصب وزير الخارجية منذ عام 2019.")
    assert "محمد بن علي" in got


def test_abd_glued_or_apart_and_a_family_name_with_or_without_al_are_one_person():
    got = people("وأدى عبدالفتاح السيسي اليمين. وقال عبد الفتاح السيسي إن الحكومة جاهزة. "
                 "وفاز حنفي جبالي برئاسة المجلس، وهنأ الأعضاء حنفي الجبالي أمس.")
    assert len([n for n in got if "السيسي" in n]) == 1
    assert len([n for n in got if "جبالي" in n]) == 1


def test_a_given_name_with_a_shadda_is_a_given_name():
    assert "غسّان أبو ستة" in people("وقدمت الجائزة للطبيب غسّان أبو ستة، أمس.")


def test_a_title_after_a_name_without_comma_ends_at_a_title_stop_before_the_next_name():
    got = people("قرّر رئيس الجمهورية قيس سعيد، مساء أمس الخميس، تعيين صلاح الزواري وزيرا "
                 "للتجهيز والإسكان خلفا لسارة زعفراني التي تم تكليفها برئاسة الحكومة.")
    assert got["صلاح الزواري"] == ("وزيرا للتجهيز والإسكان",)
    assert got["سارة زعفراني"] == ()


def test_a_title_after_a_name_without_comma_ends_at_the_and_of_the_next_name():
    got = people("افتتح الأخ الدكتور / علي محمد مجور رئيس مجلس الوزراء أمس ومعه الأخوان / يحيى "
                 "الراعي نائب رئيس مجلس النواب ويحيى العمري محافظ محافظة البيضاء المشاريع.")
    assert got["علي محمد مجور"] == ("رئيس مجلس الوزراء",)
    assert got["يحيى الراعي"] == ("نائب رئيس مجلس النواب",)


def test_an_accusative_title_is_not_the_title_of_the_name_after_it():
    got = people("وبعد حوالي 11 ساعة أعلن محمد أبو شقة انتخاب د. عبد العال رئيساً للمجلس بـ401 "
                 "صوت من أصل 580 صوتاً صحيحا في مقابل 110 اصوات لعلي مصيلحي.")
    assert got["علي مصيلحي"] == ()


def test_an_envoy_qualifier_after_the_state_comes_before_the_envoy_name():
    got = people("وسفير جمهورية سلوفينيا غير المقيم كوزرد رنسيلج، وسفير جمهورية جورجيا غير المقيم "
                 "ارتشيل دوزلياشفيلي.")
    assert got == {"كوزرد رنسيلج": ("سفير جمهورية سلوفينيا غير المقيم",),
                   "ارتشيل دوزلياشفيلي": ("سفير جمهورية جورجيا غير المقيم",)}


def test_because_a_post_and_a_number_end_a_name():
    assert "أروى عثمان" in people("1- وزيرة الثقافة أروى عثمان بسبب ارتباطها بمراسم أخرى.")
    assert "سليم الجبوري" in people("وأعلن فوز النائب سليم الجبوري بمنصب رئيس البرلمان.")
    assert people("ووقع الجانبان علي ثلاث مذكرات تفاهم.") == {}


def test_given_names_of_the_mashriq_start_names():
    got = people("وشارك في التوقيع الوزير الأردني يعرب القضاة، والنائبة شروق العبايجي.")
    assert {"يعرب القضاة", "شروق العبايجي"} <= set(got)


def test_titles_after_a_name_stop_at_the_and_of_the_next_item():
    got = people("والذي يضم إدريس الجواهري، الوالي المدير العام للشؤون الداخلية، ومحمد مفكر، "
                 "الوالي مدير التعاون الدولي بوزارة الداخلية، ومحمد الدخيسي، والي الأمن.")
    assert got == {"إدريس الجواهري": ("الوالي المدير العام للشؤون الداخلية",),
                   "محمد مفكر": ("الوالي مدير التعاون الدولي بوزارة الداخلية",),
                   "محمد الدخيسي": ("والي الأمن",)}


def test_a_common_noun_with_the_article_does_not_go_on_with_an_abd_name():
    assert set(people("وترأس عبد الوافي لفتيت الوفد المغربي المشارك.")) == {"عبد الوافي لفتيت"}


def test_a_verb_after_a_name_ends_it_with_its_feminine_and_object_endings():
    # « عينها »: « عين » with the object « ها »; « يتسلّم »: an imperfect with a shadda
    got = people("جدير بالذكر أن سميرة سطايل عينها الملك محمد السادس سفيرة للمغرب بفرنسا.")
    assert "سميرة سطايل" in got
    got = people("نائب رئيس الوزراء السيد فؤاد حسين يتسلّم أوراق اعتماد السفراء")
    assert set(got) == {"فؤاد حسين"}


def test_a_division_after_its_head_word_is_no_name_though_it_is_a_given_name():
    # « صلاح الدين »: a given name, and the Iraqi governorate after « محافظ »
    got = people("افتتح محافظ صلاح الدين بدر الفحل اليوم الاثنين دار الاستراحة.")
    assert got == {"بدر الفحل": ("محافظ صلاح الدين",)}


def test_a_name_read_on_from_its_second_given_name_is_one_name():
    # from « محمد » the run stops at « بحر »; from « حسين » it goes on to « العلوم »
    got = people("وحضر المراسم ووكيل وزارة الخارجية محمد حسين بحر العلوم.")
    assert got == {"محمد حسين بحر العلوم": ("وكيل وزارة الخارجية",)}


def test_an_undersecretary_a_monarch_a_profession_and_the_popes_envoy_are_title_heads():
    got = people("واستقبل العاهل الإسباني فيليبي السادس اليوم الإعلامية العراقية ليلى الشيخلي "
                 "والقاصد الرسولي ميشيل باناش.")
    assert got["ليلى الشيخلي"] == ("الإعلامية العراقية",)
    assert got["ميشيل باناش"] == ("القاصد الرسولي",)


def test_a_plural_title_after_a_given_name_is_no_name():
    # « أسماء »: a given name, and "the names of"
    assert people("وأعلنت الرئاسة أسماء الوزراء الجدد اليوم.") == {}


def test_a_title_of_two_words_opening_on_a_given_name_is_no_name():
    # « أمين »: a given name, and the head of « أمين عام »
    got = people("وحضر المراسم أمين عام الرئاسة الطيب عبد الرحيم.")
    assert got == {"الطيب عبد الرحيم": ("أمين عام الرئاسة",)}


def test_and_with_a_title_right_after_a_name_and_its_comma_opens_the_next_item():
    got = people("وترأس الأمير مولاي رشيد، والعاهل الإسباني صاحب الجلالة الملك “ضون” فيليبي "
                 "السادس، اليوم الأربعاء بالرباط حفل التوقيع.")
    assert got["مولاي رشيد"] == ("الأمير",)


def test_christophe_as_arabic_news_write_it_is_a_given_name():
    # the union in brackets is no country, so only the given name tells a name here
    got = people("وتسلم ولي العهد أوراق اعتماد سفراء كل من ميشائيل كيندسغراب (ألمانيا)، "
                 "كرستوف فارنو (الاتحاد الأوروبي).")
    assert "كرستوف فارنو" in got
