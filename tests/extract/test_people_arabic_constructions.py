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


# The verbal noun of an appointment (patterns/ar/words.yaml, ar-clause-nouns-appointment)
# stands between the one who appoints and the one appointed.

def test_a_decree_appointing_someone_gives_the_appointer_s_title_to_no_one():
    got = people("وأصدر الملك مرسوما بتعيين خالد الزين محافظا لمحافظة البصرة.")
    assert got == {"خالد الزين": ("محافظا لمحافظة البصرة",)}


def test_an_election_announced_by_an_official_gives_his_title_to_no_one():
    got = people("وأعلن رئيس الوزراء انتخاب سلمى الريفي رئيسة للجنة.")
    assert got == {"سلمى الريفي": ("رئيسة للجنة",)}


# An elative in apposition (patterns/ar/words.yaml, ar-name-stops-elatives).

def test_an_elative_after_a_name_ends_it():
    got = people("وحضر اللقاء سعيد الزهراني أحد أبرز رجال الأعمال في المدينة.")
    assert got == {"سعيد الزهراني": ()}


def test_a_one_word_name_before_an_elative_is_no_person():
    got = people("وفاز المرشح على منافسه في عهد مبارك اقرب منافسيه الخمسة.")
    assert got == {}


# Feminine heads (data/titles_ar.txt).

def test_a_spokeswoman_s_title_is_read_before_her_name():
    got = people("وقالت المتحدثة باسم الحكومة ليلى الحسيني إن القرار نهائي.")
    assert got == {"ليلى الحسيني": ("المتحدثة باسم الحكومة",)}


def test_a_queen_and_a_woman_envoy_have_their_titles():
    got = people("واستقبلت الملكة رانيا العبد الله المندوبة الدائمة للأردن سلمى الريفي.")
    assert got["رانيا العبد الله"] == ("الملكة",)
    assert got["سلمى الريفي"] == ("المندوبة الدائمة للأردن",)


# « ب » / « ل » and the article: "with the …", "to the …" (another person, no name word).

def test_with_the_minister_after_a_name_is_no_title_of_that_name():
    got = people("والتقى الأمين العام للأمم المتحدة أنطونيو غوتيريش بالوزير في نيويورك.")
    assert got == {"أنطونيو غوتيريش": ("الأمين العام للأمم المتحدة",)}


def test_with_the_delegation_ends_a_transliterated_name():
    got = people("والتقى رئيس الوزراء الياباني شيغيرو إيشيبا بالوفد المرافق.")
    assert got == {"شيغيرو إيشيبا": ("رئيس الوزراء الياباني",)}


# Lists of attendees in Egyptian and Yemeni copy: ranks, honorifics joined to « و », acting
# officials, assistants, secretaries-general.

def test_the_dual_of_an_imperfect_verb_ends_the_names_before_it():
    got = people("سعاد المنصوري وكريم الدمياطي يفتتحان المعرض الدولي للكتاب")
    assert got == {"سعاد المنصوري": (), "كريم الدمياطي": ()}


def test_an_honorific_joined_to_and_opens_the_next_item_of_a_list():
    got = people("وحضر اللقاء عادل فكري مدير الشؤون القانونية والمهندس سامي رمزي مدير عام "
                 "المشروعات.")
    assert got == {"عادل فكري": ("مدير الشؤون القانونية",), "سامي رمزي": ("مدير عام المشروعات",)}


def test_a_title_joined_to_and_opens_the_next_item_and_ends_the_title_before_it():
    got = people("وذلك بحضور اللواء مجدي نصار السكرتير العام للمحافظة والنائبة سحر فؤاد "
                 "والنائب كريم الدمياطي.")
    assert got == {"مجدي نصار": ("اللواء", "السكرتير العام للمحافظة"),
                   "سحر فؤاد": ("النائبة",), "كريم الدمياطي": ("النائب",)}


def test_abd_joined_to_the_name_it_links_is_a_given_name():
    got = people("وحضر اللقاء عبدالرزاق النعيمي، مدير المكتب الإعلامي.")
    assert got == {"عبدالرزاق النعيمي": ("مدير المكتب الإعلامي",)}


def test_an_acting_official_and_and_with_him_end_a_name_and_a_title():
    got = people("وتفقد الاستاذ سعيد الزهراني وكيل المحافظة ومعه الاستاذ نادر الحمصي القائم "
                 "بأعمال مدير المديرية.")
    assert got["سعيد الزهراني"] == ("وكيل المحافظة",)
    assert "نادر الحمصي" in got


def test_an_assistant_minister_is_a_title_of_two_words_that_ends_the_name():
    got = people("وحضر اللواء فتحي الجمال مساعد الوزير لشئون الأمن.")
    assert got == {"فتحي الجمال": ("اللواء", "مساعد الوزير لشئون الأمن")}


def test_a_rank_before_a_name_leaves_the_office_after_it_to_that_name():
    got = people("واستقبل الفريق حمدي بدين قائد الشرطة العسكرية اليوم الوفد الزائر.")
    assert got == {"حمدي بدين": ("الفريق", "قائد الشرطة العسكرية")}


def test_professions_written_before_a_name_are_its_titles():
    got = people("كما استقبل المحامية نادية الشريف والشاعر بولس خوري.")
    assert got == {"نادية الشريف": ("المحامية",), "بولس خوري": ("الشاعر",)}


def test_the_honorific_ustadh_written_without_its_hamza_is_an_honorific():
    got = extract_article("وتفقد الاستاذ سعيد الزهراني سير العمل في المشروع.", "ar",
                          reference_date=TODAY).people
    assert [(p.name, p.honorific) for p in got] == [("سعيد الزهراني", "الاستاذ")]


def test_a_construct_object_after_a_given_and_family_name_is_no_part_of_the_name():
    got = people("وتفقد الاستاذ سعيد الزهراني سير العمل في المشروع.")
    assert got == {"سعيد الزهراني": ()}


# Time phrases and months (patterns/ar/words.yaml, ar-time-of-day, ar-month-noun).

def test_the_time_of_the_event_ends_a_name_before_a_given_name_like_word():
    got = people("واستقبل رئيس الجمهورية نبيه حداد مساء أمس في القصر السفير.")
    assert got == {"نبيه حداد": ("رئيس الجمهورية",)}


def test_a_month_named_like_a_man_is_no_person_and_the_man_still_is():
    got = people("وذلك في شهر رجب الماضي بحضور رجب طيب أردوغان.")
    assert list(got) == ["رجب طيب أردوغان"]
