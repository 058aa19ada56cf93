"""Figures as written, without dates, years, ordinals, times or article numbers."""

from __future__ import annotations

from communique.extract.figures import extract_figures
from communique.extract.text import normalise


def figures(text: str, excluded=()):
    n = normalise(text)
    return [(text[f.start:f.end], text[f.what_start:f.what_end])
            for f in extract_figures(n, list(excluded))]


def test_count_with_its_noun():
    assert figures("avec le soutien des délégués de 96 pays membres.") == [("96", "pays membres")]


def test_years_ordinals_articles_times_excluded():
    text = ("Fondée en 1923, lors du 30e congrès, selon l'article 12, à 10 h 05, "
            "la 72e session a réuni 200 délégués.")
    assert figures(text) == [("200", "délégués")]


def test_date_spans_excluded():
    text = "le 7 novembre, 73 ans après"
    assert figures(text, [(3, 13)]) == [("73", "ans")]


def test_arabic_digits_and_ordinal_prefix():
    assert figures("الدورة الـ 39 بحضور ٢٢ وزيرا") == [("٢٢", "وزيرا")]


def test_percent_and_millions():
    got = figures("soit 99% de voix et 18 millions de francs CFA.")
    assert ("99%", "voix") in got
    assert ("18 millions", "francs CFA") in got
