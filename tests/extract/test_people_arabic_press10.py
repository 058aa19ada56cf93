"""People (Arabic), session 10: appointments and elections in the accusative, governors and
prosecutors, verbs and nouns that end a name, on sentences written for these tests
(invented names and offices, none taken from an evaluation set). Each test fails without
the rule or the list entry it names.
"""

from __future__ import annotations

import datetime as dt

from communique.extract import extract_article

TODAY = dt.date(2026, 11, 29)


def people(text: str) -> dict[str, tuple[str, ...]]:
    return {p.name: p.titles
            for p in extract_article(text, "ar", reference_date=TODAY).people}


# data/given_names_ar.txt: common Levantine and Gulf given names and foreign first names.

def test_common_levantine_given_names_start_a_name():
    got = people("وشارك في الندوة الباحثان بسام عودة ونسرين حداد.")
    assert got == {"بسام عودة": (), "نسرين حداد": ()}


def test_a_foreign_first_name_after_a_title_starts_a_name():
    got = people("وقالت الكاتبة سوزان ميلر إن الرواية ستصدر قريبا.")
    assert got == {"سوزان ميلر": ("الكاتبة",)}


# patterns/ar/words.yaml, ar-press-verbs-reporting and ar-clause-nouns-ceremony: a verb
# (also in the future, « س- ») and the speech or ceremony after a name end it.

def test_a_verb_in_the_future_ends_a_name():
    got = people("وقال المتحدث إن المهندس كريم سعادة سيخلف المدير السابق في منصبه.")
    assert got == {"كريم سعادة": ()}


def test_a_speech_after_a_titled_name_ends_the_name():
    got = people("وألقى رئيس البلدية سامي نصار كلمة رحب فيها بالضيوف.")
    assert got == {"سامي نصار": ("رئيس البلدية",)}


# The accusative title a verb of election gives is the elected person's, even when he
# has a title before his name (attach._ar_verb_object).

def test_an_accusative_title_after_a_titled_subject_is_his_role():
    got = people("وانتخب أعضاء المجلس النائب عادل الشامي رئيسا للجنة المالية.")
    assert got == {"عادل الشامي": ("النائب", "رئيسا للجنة المالية")}


# data/titles_ar.txt: governors, the head of a municipal council, prosecutors.

def test_a_prosecutor_before_a_name_is_a_title():
    got = people("وقالت المدعية العامة لولاية كاليفورنيا ماري سميث إن التحقيق مستمر.")
    assert got == {"ماري سميث": ("المدعية العامة لولاية كاليفورنيا",)}


def test_a_mayor_elected_in_the_accusative_is_a_title():
    got = people("وانتخب المجلس البلدي خالد الورفلي، عميدا للبلدية.")
    assert got == {"خالد الورفلي": ("عميدا للبلدية",)}


def test_a_state_governor_after_a_name_is_a_title():
    got = people("وزار المعرض سامر الخوري، حاكم ولاية فيكتوريا، برفقة زوجته.")
    assert got == {"سامر الخوري": ("حاكم ولاية فيكتوريا",)}


# people/arabic_roles.py with patterns/ar/role.yaml (slot ar_role_gap): the role in the
# accusative past the party a councillor stood for, or past the oath.

def test_the_role_is_read_past_the_list_a_councillor_stood_for_between_commas():
    got = people("وجرى انتخاب، سامي العياري، عن قائمة الوفاق، رئيسا للبلدية خلفا للرئيس السابق.")
    assert got == {"سامي العياري": ("رئيسا للبلدية",)}


def test_the_role_is_read_past_a_party_named_with_its_article():
    got = people("وانتخب المجلس أمس كريم الصافي عن التحالف الوطني نائبا أول للرئيس.")
    assert got == {"كريم الصافي": ("نائبا أول للرئيس",)}


def test_a_headline_oath_gives_its_role_in_the_feminine_to_the_name_before_it():
    got = people("هدى المنصوري تؤدي اليمين رئيسة لمحكمة الاستئناف\n\n"
                 "أدت هدى المنصوري اليمين أمام الملك.")
    assert got == {"هدى المنصوري": ("رئيسة لمحكمة الاستئناف",)}


def test_the_role_sworn_into_is_not_that_of_the_one_it_is_sworn_before():
    got = people("وأدى الدكتور عماد الحلو، اليمين القانونية، أمام رئيس الجمهورية منصور الطيب، "
                 "وزيرا للعدل.")
    assert got == {"عماد الحلو": ("وزيرا للعدل",), "منصور الطيب": ("رئيس الجمهورية",)}


def test_a_feminine_role_given_by_a_verb_with_its_object_is_not_the_appointer_s():
    got = people("وكانت رنا الخطيب قد عينها الرئيس منير الحسن سفيرة لدى اليابان عام 2020.")
    assert got["منير الحسن"] == ("الرئيس",)


# The oath ends the title before it (patterns/ar/words.yaml, ar-title-stop-oath); the office
# after « ليصبح » is the one sworn into (patterns/ar/role.yaml, ar-role-become), read past
# the name's own title too.

def test_the_oath_after_a_past_title_ends_it_and_the_office_become_is_a_title():
    got = people("وأدى المهندس ماجد العلي محافظ البنك المركزي السابق اليمين الدستورية "
                 "ليصبح رئيس الوزراء الجديد.")
    assert got == {"ماجد العلي": ("محافظ البنك المركزي السابق", "رئيس الوزراء الجديد")}


def test_the_role_sworn_into_is_read_past_the_name_s_title_between_commas():
    got = people("وأدى المهندس خليل عبود، رئيس البلدية السابق، اليمين القانونية محافظا للعاصمة.")
    assert got == {"خليل عبود": ("رئيس البلدية السابق", "محافظا للعاصمة")}


def test_where_a_titled_host_receives_his_guest_ends_the_host_s_title():
    got = people("استقبل اللواء هشام عبد الحميد، محافظ المنيا بمكتبه بديوان المحافظة "
                 "الدكتور سامر الخوري، مدير المعهد.")
    assert got["هشام عبد الحميد"] == ("اللواء", "محافظ المنيا")


# arabic_names._arabic_between_titles: a transliterated name no list knows, between a title
# and its apposition.

def test_an_unknown_name_between_a_title_and_its_apposition_is_a_person():
    got = people("واستقبل الوزير أمس الرئيس ماهاموتو كيريكو رئيس جمهورية جزر القمر.")
    assert got["ماهاموتو كيريكو"] == ("الرئيس", "رئيس جمهورية جزر القمر")


def test_two_plain_words_between_titles_that_are_a_title_s_words_are_no_name():
    got = people("وحضر الاجتماع مدير مكتب شؤون الطلبة رئيس اللجنة.")
    assert got == {}


# attach._ar_verb_before: a subject before the verb (after « أن », or a titled word) makes
# the titled name after the verb its object, whose apposition is its own; a title does not
# run over a verb.

def test_after_an_subject_before_the_verb_the_object_keeps_its_apposition():
    got = people("وقال المتحدث إن الوزير سيلتقي الرئيس بيتار كوفاليتش رئيس جمهورية الجبل الأسود.")
    assert got == {"بيتار كوفاليتش": ("الرئيس", "رئيس جمهورية الجبل الأسود")}


# data/given_names_ar.txt: foreign given names opening on « ال »; « حياة » ("life") is no
# given name.

def test_a_foreign_given_name_opening_on_al_starts_a_name():
    got = people("واستقبل الوزير سفير جمهورية النمسا الفريد شميت في مكتبه.")
    assert "الفريد شميت" in got


def test_a_decent_life_initiative_is_no_person():
    got = people("وشمل التعاون قرى مبادرة حياة كريمة في عدة محافظات.")
    assert got == {}


# arabic_roles.ar_title_cut: a clause noun or the time of the event ends a title.

def test_where_and_when_a_minister_receives_end_her_title():
    got = people("استقبلت الدكتورة ريم الساعدي وزيرة الصحة بمكتبها صباح اليوم وفد المنظمة.")
    assert got == {"ريم الساعدي": ("وزيرة الصحة",)}


# patterns/ar/words.yaml, name_end: what two officials sign ends a name read from a given
# name too.

def test_the_agreement_signed_ends_a_name_read_from_a_given_name():
    got = people("ووقعت وزيرة الثقافة لينا الحكيم مذكرة تفاهم مع نظيرها.")
    assert got == {"لينا الحكيم": ("وزيرة الثقافة",)}


# arabic_names._ar_adjective_after_noun: an « ال » given name after an « ال » noun is its
# adjective; after a title, a form of address, or before a link it is still a name.

def test_arab_after_a_definite_noun_is_an_adjective_not_a_name():
    got = people("ودعا البيان إلى تعزيز العمل العربي المشترك باعتباره ركيزة للاستقرار.")
    assert got == {}


def test_a_given_name_with_the_article_after_a_title_or_before_a_link_is_still_a_name():
    got = people("واستقبل الأمير الحسن الطيب في قصره الوفد، وحضر الملك الراحل الحسين بن علي.")
    assert "الحسن الطيب" in got and "الحسين بن علي" in got


def test_the_time_has_come_is_no_person():
    got = people("وقال المتحدث إنه آن الأوان لإنهاء الأزمة.")
    assert got == {}


def test_a_title_in_the_dual_ends_the_name_before_it():
    got = people("وتسلم الملك أوراق اعتماد المغربي يوسف الإدريسي والتونسي كمال الورتاني "
                 "سفيرين لدى المملكة.")
    assert "كمال الورتاني" in got


def test_a_feminine_head_of_two_words_in_the_construct_is_read_past_the_party():
    got = people("وتم تعيين السيدة نادية الفاسي، عن حزب الاستقلال، كاتبة للدولة.")
    assert got == {"نادية الفاسي": ("كاتبة للدولة",)}


# arabic_names._appointee_after: « عين رئيس الحكومة X Y محافظا »: the one appointed follows
# the one who appoints with no mark between; a role in the accusative after the second name
# tells two people, and the appointer's title stays his.

def test_the_appointee_after_the_appointer_is_a_person_of_his_own():
    got = people("وعين رئيس الجمهورية منير العلوي يوسف الخطيب محافظا لمحافظة حمص.")
    assert got == {"منير العلوي": ("رئيس الجمهورية",), "يوسف الخطيب": ("محافظا لمحافظة حمص",)}


def test_a_four_word_name_with_a_second_given_name_is_still_one_name():
    got = people("وحضر الاجتماع محمد علي حسن الخطيب رئيسا للوفد.")
    assert got == {"محمد علي حسن الخطيب": ("رئيسا للوفد",)}
