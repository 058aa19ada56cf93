"""People: who signs the article is no person of the event, and a name never runs over a line
break (each test fails without its rule in extract/people/)."""

from __future__ import annotations

import datetime as dt

from communique.extract import extract_article

TODAY = dt.date(2026, 11, 29)


def people(text: str, language: str) -> dict[str, tuple[str, ...]]:
    return {p.name: p.titles
            for p in extract_article(text, language, reference_date=TODAY).people}


BODY = ("Le ministre Nasser Bourita a reçu hier l'ambassadeur de France à Rabat.\n"
        "Il a salué le travail de Jean Dupont, conseiller.\n")


def test_a_name_alone_on_the_last_line_signs_the_article():
    got = people("Le ministre reçoit l'ambassadeur\n" + BODY + "Stanys Bujakera\n", "fr")
    assert "Stanys Bujakera" not in got
    assert "Nasser Bourita" in got and "Jean Dupont" in got


def test_a_name_alone_under_the_headline_signs_the_article():
    got = people("Le ministre reçoit l'ambassadeur\nStanys Bujakera\n" + BODY, "fr")
    assert "Stanys Bujakera" not in got


def test_a_name_alone_on_a_line_with_a_title_is_a_person():
    got = people("Le ministre reçoit l'ambassadeur\n" + BODY + "M. Stanys Bujakera\n", "fr")
    assert "Stanys Bujakera" in got


def test_a_name_never_runs_over_a_line_break():
    text = ("Le patron du MEDEF, Geoffroy ROUX DE BEZIEUX, reçu à Terehēamanu\n\n"
            "Siège de Terehēamanu, Afaahiti, Mercredi 03 mai 2023 – Cet après-midi, Geoffroy "
            "ROUX DE BEZIEUX, Président du MEDEF, accompagné de Frédéric DOCK, son homologue "
            "polynésien, ont été reçus par le Président Tearii Te Moana ALPHA, à Terehēamanu, "
            "aux côtés de Tavana JAMET et Tavana HAMBLIN.")
    got = people(text, "fr")
    assert not any("\n" in name for name in got), got
