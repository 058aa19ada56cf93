"""People (Arabic): how Arabic press copy names an official, on sentences written for these
tests (invented names and offices, none taken from an evaluation set). Each test fails
without the rule it names.
"""

from __future__ import annotations

import datetime as dt

from communique.extract import extract_article

TODAY = dt.date(2026, 11, 29)


def people(text: str) -> dict[str, tuple[str, ...]]:
    return {p.name: p.titles
            for p in extract_article(text, "ar", reference_date=TODAY).people}


# A verb-first sentence: subject, then object. After a given name and an « ال » family name,
# a further « ال » word (no given name, no name of origin) is the verb's object.

def test_the_object_after_a_given_and_family_name_is_no_part_of_the_name():
    got = people("واستقبل الدكتور رامي الحلبي الوفد الزائر.")
    assert got == {"رامي الحلبي": ()}


def test_the_oath_after_a_titled_name_is_no_part_of_the_name():
    got = people("وأدى وزير العدل الجديد طارق السويدي اليمين أمام الرئيس.")
    assert got == {"طارق السويدي": ("وزير العدل الجديد",)}


def test_a_second_given_name_or_a_name_of_origin_still_goes_on():
    got = people("وحضر الاجتماع عبد الأحد الفاسي الفهري والوفد المرافق له.")
    assert "عبد الأحد الفاسي الفهري" in got


# An appointment in the accusative: « كاتب الدولة » becomes « كاتبا للدولة ».

def test_an_accusative_title_in_the_indefinite_construct_is_read_after_a_name():
    got = people("ويتعلق الأمر بكل من :\nيوسف العلمي، كاتبا للدولة لدى وزير الفلاحة، "
                 "مكلفا بالصيد البحري.")
    assert got == {"يوسف العلمي": ("كاتبا للدولة لدى وزير الفلاحة",)}


def test_a_feminine_accusative_head_takes_no_written_ending():
    got = people("ويتعلق الأمر بكل من :\nسلمى الريفي، كاتبة للدولة مكلفة بالتجارة الخارجية.")
    assert got["سلمى الريفي"][0].startswith("كاتبة للدولة")


# Persian keyboard letters: « ی » and « ک » in an Arabic article.

def test_a_name_typed_with_a_persian_yeh_is_the_same_person_spelt_in_arabic_letters():
    got = people("وأكد الرئيس الإيراني مسعود بزشكیان أن المحادثات مثمرة. "
                 "واستقبل الرئيس الإيراني مسعود بزشكيان نظيره في طهران.")
    assert got == {"مسعود بزشكيان": ("الرئيس الإيراني",)}
