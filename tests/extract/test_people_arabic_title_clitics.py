"""Arabic titles written with the preposition « ل » (« للرئيس » is « ل » + « الرئيس »), and the
clause between two people that is no title (« أوراق اعتماده », « رسالة خطية »); each test fails
without its rule."""

from __future__ import annotations

import datetime as dt

from communique.extract import extract_article

TODAY = dt.date(2026, 11, 29)


def titles(text: str) -> dict[str, list[str]]:
    return {p.name: list(p.titles)
            for p in extract_article(text, "ar", reference_date=TODAY).people}


def test_a_title_after_li_is_written_with_its_article():
    got = titles("وقدم السفير الجديد أوراق اعتماده للرئيس الموريتاني محمد ولد الغزواني.")
    assert got["محمد ولد الغزواني"] == ["الرئيس الموريتاني"]
    got = titles("وسلم المبعوث رسالة للأمين العام أنطونيو غوتيريش في نيويورك.")
    assert got["أنطونيو غوتيريش"] == ["الأمين العام"]


def test_what_an_envoy_hands_over_is_no_title():
    got = titles("وقدم السفير الجديد أوراق اعتماده لرئيس الجمهورية عبد المجيد تبون.")
    assert got["عبد المجيد تبون"] == ["رئيس الجمهورية"]


def test_a_title_after_li_and_the_same_title_later_are_one_title():
    got = titles("وبعث الوزير برقية تهنئة للملك محمد السادس. وأشاد الملك محمد السادس بالمبادرة.")
    assert got["محمد السادس"] == ["الملك"]


def test_the_royal_chamberlain_and_a_professor_are_titles():
    got = titles("وحضر الحفل الحاجب الملكي إدريس الشرقاوي. وانتخب المجلس أستاذ الاقتصاد "
                 "حسن الصديقي رئيسا له.")
    assert "الحاجب الملكي" in got["إدريس الشرقاوي"]
    assert "أستاذ الاقتصاد" in got["حسن الصديقي"]


def test_a_spokesman_is_a_title():
    got = titles("وقال المتحدث الرسمي باسم الحكومة أسامة الحسني إن الوزارة تتابع الملف.")
    assert got["أسامة الحسني"] == ["المتحدث الرسمي باسم الحكومة"]


def test_a_definite_title_after_a_verbs_subject_is_its_object():
    got = titles("واستقبل الملك محمد السادس السفير الإسباني في الرباط. واستقبل وزير الخارجية "
                 "الموريتاني محمد سالم ولد مرزوك سفير ألمانيا.")
    assert got["محمد السادس"] == ["الملك"]
    assert got["محمد سالم ولد مرزوك"] == ["وزير الخارجية الموريتاني"]


def test_a_definite_title_after_a_name_that_follows_a_preposition_is_its_own():
    got = titles("وسلم الوزير رسالة إلى محمد ولد الغزواني الرئيس الموريتاني. وأجرى الوزير "
                 "مباحثات مع أنطونيو غوتيريش الأمين العام للأمم المتحدة.")
    assert got["محمد ولد الغزواني"] == ["الرئيس الموريتاني"]
    assert got["أنطونيو غوتيريش"] == ["الأمين العام للأمم المتحدة"]


def test_the_papers_received_end_a_title_after_the_name():
    got = titles("وتسلم الشيخ محمد بن زايد آل نهيان رئيس الدولة أوراق اعتماد سفير كوريا.")
    assert got["محمد بن زايد آل نهيان"] == ["رئيس الدولة"]
