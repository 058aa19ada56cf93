"""The date finder shared by the extractor and the date checks."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

from communique.date_mentions import find_dates, find_mentions, sentences


def test_one_finder_for_extractor_and_checks():
    from communique.checks.rules import dates as check_dates
    from communique.extract import dates as extract_dates

    text = "Rabat, le jeudi 7 novembre 2024 – Le Maroc a été élu hier à Glasgow."
    written = find_dates(text)
    assert [(m.text, m.day, m.month, m.year, m.weekday) for m in written] == [
        ("jeudi 7 novembre 2024", 7, 11, 2024, 3)]
    assert check_dates.find_dates is find_dates
    extracted = extract_dates.find_mentions(text)
    assert [(text[m.start:m.end], m.kind) for m in extracted] == [
        ("jeudi 7 novembre 2024", "date"), ("hier", "relative")]


def test_forms_of_the_three_languages():
    got = [(m.day, m.month, m.year) for m in find_dates(
        "le 1er novembre, November 7, 2024, الخميس ٧ نونبر ٢٠٢٤, 3 جانفي, 5 تشرين الثاني")]
    assert got == [(1, 11, None), (7, 11, 2024), (7, 11, 2024), (3, 1, None), (5, 11, None)]
    ranges = find_mentions("du 11 au 14 juin 2025")
    assert [(m.kind, m.day, m.end_day, m.month) for m in ranges] == [("range", 11, 14, 6)]
    assert find_dates("le 31 novembre")[0].possible is False
    assert find_dates("le 7 novembre")[0].resolve(dt.date(2025, 1, 3)) == dt.date(2024, 11, 7)


def test_sentences_keep_abbreviations_and_offsets():
    text = "M. Hammouchi est arrivé. Le 7 nov. 2024, il a parlé."
    assert [text[s.start:s.end] for s in sentences(text)] == [
        "M. Hammouchi est arrivé.", "Le 7 nov. 2024, il a parlé."]


def test_imports_only_the_standard_library():
    code = ("import sys, communique.date_mentions as d; d.find_mentions('jeudi 7 novembre'); "
            "print(sorted(m for m in ('spacy', 'babel', 'ruamel', 'yaml', 'dateparser') "
            "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "[]"


def test_a_month_named_twice_keeps_its_year():
    # blind syriatoday: the Levant's name and the standard one, « حزيران/يونيو »
    (m,) = find_mentions("الأحد 13 حزيران/يونيو 2021")
    assert (m.day, m.month, m.year, m.weekday) == (13, 6, 2021, 6)
    (cur,) = find_mentions("في 8 حزيران/يونيو الجاري")
    assert (cur.day, cur.month, cur.current_month) == (8, 6, True)


def test_a_day_of_the_current_month_is_found_without_its_month():
    # pages-2026-12d ar-coptsunited « يوم 22 الجاري »; « le 14 courant »; "12th of this month"
    for text, day in (("وقع الوزير يوم 22 الجاري اتفاقية", 22), ("installé le 14 courant", 14),
                      ("opened on the 12th of this month", 12)):
        (m,) = find_mentions(text)
        assert (m.day, m.month, m.current_month, m.possible) == (day, None, True, True)
    # a month written keeps its own reading, and the checks' written forms do not read it
    (m,) = find_mentions("في 8 حزيران/يونيو الجاري")
    assert (m.day, m.month) == (8, 6)
    assert find_dates("وقع الوزير يوم 22 الجاري اتفاقية") == []
