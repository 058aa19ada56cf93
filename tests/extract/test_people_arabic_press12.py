"""People (Arabic), session 12: forms of address, titles stacked and shortened, « ك » + a
title, « بن » in a town's name, given names of the Horn of Africa, and the words that end a
name, on sentences written for these tests (invented names and offices, none taken from an
evaluation set). Each case fails without the rule or the list entry its comment names.
"""

from __future__ import annotations

import datetime as dt

import pytest

from communique.extract import extract_article

TODAY = dt.date(2026, 12, 4)


def people(text: str) -> dict[str, tuple[str, ...]]:
    return {p.name: p.titles
            for p in extract_article(text, "ar", reference_date=TODAY).people}


CASES = [
    # a title head and the family name of a person already named: his short form
    ("short-form",
     "واستقبل وزير الخارجية كريم الدباغ سفير اليابان. وقال الوزير الدباغ إن العلاقات متينة.",
     {"كريم الدباغ": ("وزير الخارجية", "الوزير")}),
    ("short-form-in-list",
     "وحضر اللقاء وزير المالية كريم الدباغ. وحضر العشاء مدير الإدارة السفير سامي الحلبي "
     "والوزير الدباغ والوفد المرافق.",
     {"كريم الدباغ": ("وزير المالية", "الوزير"), "سامي الحلبي": ("مدير الإدارة", "السفير")}),
    # « النائب الأول لرئيس الوزراء »: a head with « ل » joined is the first one's
    # complement; « بن » and an « ال » family name ending in « ية » closed by a comma
    ("deputy-to-the-prime-minister",
     "وكان في استقباله النائب الأول لرئيس الوزراء وزير الطاقة سالم بن حمد العطية، "
     "ووزير المالية.",
     {"سالم بن حمد العطية": ("النائب الأول لرئيس الوزراء", "وزير الطاقة")}),
    # « على شرف »: in honour of; the host's title ends before it
    ("in-honour-of",
     "وتلا اللقاء عشاء أقامه رئيس البلدية على شرف الرئيس منصور كيتا والوفد المرافق.",
     {"منصور كيتا": ("الرئيس",)}),
    # « نور الدين », a compound that may end a name, then « و » and the next name
    ("compound-then-the-next-name",
     "وحضر اللقاء المستشاران رولا نور الدين وعارف سلامة.",
     {"رولا نور الدين": (), "عارف سلامة": ()}),
    # a verb then a family name, before a comma and a title in the dual: no name
    ("verb-before-comma",
     "واستقبل رئيس الجمهورية منصور كيتا رئيسي المجلسين. وخلال اللقاء، هنأ كيتا، "
     "الرئيسين على الثقة.",
     {"منصور كيتا": ("رئيس الجمهورية",)}),
    # « برفقة مستشاريه، السفير … »: "accompanied by his advisers" is no name
    ("accompanied-by",
     "ووصل الوزير إلى المطار برفقة مستشاريه، السفير كمال الدباغ وسلمى حداد.",
     {"كمال الدباغ": ("السفير",), "سلمى حداد": ()}),
    # « بن » in a town's name (« بن عروس »): no filiation
    ("ben-in-a-town",
     "وأشرف رئيس الجمهورية أمس، على موكب أداء اليمين لوالي بن عروس الجديد سامي الورتاني.",
     {"سامي الورتاني": ("والي بن عروس الجديد",)}),
    ("ben-in-a-town-after-office",
     "وقرر الرئيس إعفاء كمال الحداد من مهامه على رأس ولاية بن عروس.",
     {"كمال الحداد": ()}),
    # « كان قد »: the verb ends the name
    ("kana-ends-a-name",
     "يذكر أن وزير الداخلية كمال الدباغ كان قد أعلن عن الخطة.",
     {"كمال الدباغ": ("وزير الداخلية",)}),
    # « أكد X ضرورة »: what is stressed ends the name
    ("necessity-ends-a-name",
     "وأكد رئيس مجلس النواب يوسف الحلبي ضرورة تعزيز التعاون.",
     {"يوسف الحلبي": ("رئيس مجلس النواب",)}),
    # given names of the Horn of Africa and of the Levant
    ("somali-given-name",
     "وضمت القائمة سفير كينيا، جون موانغي، وسفير الصومال، عبدي حسن جامع، حسب البيان.",
     {"جون موانغي": ("سفير كينيا",), "عبدي حسن جامع": ("سفير الصومال",)}),
    ("levantine-given-names",
     "وحضر اللقاء كل من رولا حداد وعارف سلامة وفايز عودة.",
     {"رولا حداد": (), "عارف سلامة": (), "فايز عودة": ()}),
    # « وسام » is a medal before it is a given name
    ("a-medal-is-no-name",
     "ومنح الملك وسام العرش من درجة قائد للسفير.",
     {}),
    # the marks around a title: a dash after it, « ب » and « و » before it
    ("dash-after-a-title",
     "رحب رئيس الوزراء الكيني- السيد جون موانغي، في مراسم استقبال رسمية، برئيس جمهورية "
     "أوغندا، السيد ديفيد موسيسي، الذي بدأ اليوم زيارة رسمية.",
     {"جون موانغي": ("رئيس الوزراء الكيني",), "ديفيد موسيسي": ("رئيس جمهورية أوغندا",)}),
    ("envoys-listed-with-and",
     "وضمت القائمة سفير إيران، كريم نادري، وسفير تركيا، أحمد يلماز.",
     {"كريم نادري": ("سفير إيران",), "أحمد يلماز": ("سفير تركيا",)}),
    # « و » + a title opens the next titled name of a list
    ("and-title-opens-the-next-name",
     "بحضور رئيس مجلس الوزراء الدكتور كمال الحداد ورئيسة القضاء نعمات سليمان والأمين العام "
     "للمجلس سامي يوسف.",
     {"كمال الحداد": ("رئيس مجلس الوزراء",), "نعمات سليمان": ("رئيسة القضاء",),
      "سامي يوسف": ("الأمين العام للمجلس",)}),
    # « د. » (Dr), written short before a name, glued or apart: the title before it is the
    # name's
    ("dr-glued",
     "واستقبل رئيس المجلس أمس سفير الأردن لدى تونس د.سامر الخطيب في مكتبه.",
     {"سامر الخطيب": ("سفير الأردن لدى تونس",)}),
    ("dr-apart",
     "وقال مدير المستشفى د. سامر الخطيب إن الجناح الجديد جاهز.",
     {"سامر الخطيب": ("مدير المستشفى",)}),
    # « ك » + a title: "as <office>"
    ("as-an-office",
     "وشملت التعيينات سامي العلوي كمفتش عام لوزارة المالية.",
     {"سامي العلوي": ("مفتش عام لوزارة المالية",)}),
    # « الذي عين » + a role in the accusative
    ("who-was-appointed",
     "ومن بين المعينين كريم الصافي الذي عين مديرا للميزانية.",
     {"كريم الصافي": ("مديرا للميزانية",)}),
    # a rank of three words, and « غداً » after a title
    ("rank-of-three-words",
     "ويقدم السفراء أوراق اعتمادهم للسيد الفريق أول ركن عمر الحسن رئيس مجلس السيادة غداً "
     "الخميس.",
     {"عمر الحسن": ("الفريق أول ركن", "رئيس مجلس السيادة")}),
    # the oath read past the time of the event
    ("oath-past-the-day",
     "أدى الرئيس منصور العلي اليوم الثلاثاء، اليمين الدستورية رئيسا للبلاد، في مقر البرلمان.",
     {"منصور العلي": ("الرئيس", "رئيسا للبلاد")}),
    # « ولد … ولد الشيخ X صباح اليوم »: the time of the event closes the name
    ("filiation-before-the-time",
     "وتسلم الوزير الأول السيد أحمد ولد داده ولد الشيخ مولود صباح اليوم مهامه.",
     {"أحمد ولد داده ولد الشيخ مولود": ("الوزير الأول",)}),
    # « أول رئيس »: "the first president", a title
    ("first-president",
     "انتخب أعضاء المجلس، الثلاثاء، كمال الحداد، أول رئيس لبرلمان منتخب في البلاد.",
     {"كمال الحداد": ("أول رئيس لبرلمان منتخب في البلاد",)}),
    # a later mention by a family name with « أبو », then the verb's object
    ("abu-family-name-then-object",
     "بحضور المدير العام سامي أبو ريشة. وهنأ أبو ريشة أعضاء البلدية على إجماعهم.",
     {"سامي أبو ريشة": ("المدير العام",)}),
    # a plural noun and a role in the accusative between a head and the next title: no name
    ("members-then-a-role",
     "وهنأ المدير أعضاء البلدية، وأمهل الرئيس والأعضاء لانتخاب نائبا للرئيس حتى الثاني من "
     "الشهر المقبل.",
     {}),
    # a form of address glued to the given name (a space left out)
    ("glued-form-of-address",
     "وترأس الدكتورسامي الحلبي، وزير الصحة، الاجتماع. وحضر السيدكمال الدباغ.",
     {"سامي الحلبي": ("وزير الصحة",), "كمال الدباغ": ()}),
    ("verb-and-address-glued-to-the-name",
     "قامالسيدكمال الدباغ، وزير الثقافة، بتدشين المكتبة.",
     {"كمال الدباغ": ("وزير الثقافة",)}),
    # envoys' names set off by commas after their country: a verb (« عين ») or a country
    # (« سوريا ») may be one of their words
    ("envoy-names-between-commas",
     "وضمت القائمة سفير إيران، عين الله كاظمي، وسفير إسبانيا، خوان سوريا مارين، حسب البيان.",
     {"عين الله كاظمي": ("سفير إيران",), "خوان سوريا مارين": ("سفير إسبانيا",)}),
    # the first two words of a longer name, again after a title
    ("short-form-of-two-words",
     "رحب رئيس الوزراء الكيني، السيد جوما أوتينو كيبيت، بالضيوف. وشكر رئيس الوزراء جوما "
     "أوتينو الرئيس على الزيارة.",
     {"جوما أوتينو كيبيت": ("رئيس الوزراء الكيني", "رئيس الوزراء")}),
    # « أميرها »: a head with the pronoun of the country just named
    ("its-emir",
     "وكانت الكويت محطته الثانية حيث التقى أميرها الشيخ نواف الصباح في القصر.",
     {"نواف الصباح": ("أميرها",)}),
    # « سعادة » between two stacked titles: both are the envoy's
    ("address-between-stacked-titles",
     "واستقبلت وزيرة الخارجية سلمى حداد بمكتبها سفير مملكة السويد المعتمد بالسودان، سعادة "
     "السفير جون سميث، بمناسبة انتهاء مهامه.",
     {"سلمى حداد": ("وزيرة الخارجية",),
      "جون سميث": ("سفير مملكة السويد المعتمد بالسودان", "السفير")}),
    # « العامل على إقليم X »: a Moroccan province's governor, with the article; the name
    # quoted after its form of address
    ("governor-of-a-province",
     "وحضر الحفل العامل على إقليم الحسيمة كمال الدباغ.",
     {"كمال الدباغ": ("العامل على إقليم الحسيمة",)}),
    ("quoted-name-after-its-address",
     "وقام الوزير بتنصيب العامل الجديد على إقليم الحسيمة السيد ” كمال الدباغ” صباح اليوم.",
     {"كمال الدباغ": ("العامل الجديد على إقليم الحسيمة",)}),
    # « أسماء بارزة »: "prominent names", no person
    ("prominent-names",
     "وشملت التعيينات أسماء بارزة في الإدارة المركزية.",
     {}),
    ("a-name-before-its-family-name-in-ta-marbuta",
     "وقالت الوزيرة أسماء جمعة إن البرنامج ناجح.",
     {"أسماء جمعة": ("الوزيرة",)}),
    # « في شخص »: "in the person of", after the office
    ("in-the-person-of",
     "وجرى انتخاب رئيس اللجنة الوطنية، في شخص كمال الدباغ، وزير المالية.",
     {"كمال الدباغ": ("رئيس اللجنة الوطنية", "وزير المالية")}),
]


@pytest.mark.parametrize(("text", "want"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_arabic_press_copy_people_and_titles(text: str, want: dict[str, tuple[str, ...]]) -> None:
    assert people(text) == want
