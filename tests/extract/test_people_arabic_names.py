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


def test_a_given_name_inside_a_name_starts_no_second_name():
    got = people("وقالت الوزارة إن وزير الصحة صالح مهدي الحسناوي افتتح الجناح الخاص في المستشفى.")
    assert got == {"صالح مهدي الحسناوي": ("وزير الصحة",)}


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
