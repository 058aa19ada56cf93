"""People: stacked titles split by a rank or an acronym, and surnames that are towns
(issue 15, session 7, second round); each test fails without its rule."""

from __future__ import annotations

import datetime as dt

from communique.extract import extract_article

TODAY = dt.date(2026, 11, 29)


def people(text: str, language: str) -> dict[str, tuple[str, ...]]:
    return {p.name: p.titles
            for p in extract_article(text, language, reference_date=TODAY).people}


def test_a_rank_ending_a_title_is_a_second_title():
    got = people("Le préfet entrant Colonel Alseny Camara a pris fonction à Nzérékoré.", "fr")
    assert got == {"Alseny Camara": ("préfet entrant", "Colonel")}


def test_a_rank_word_after_a_head_stays_in_the_head():
    # "General" of "Secretary General", « Général » of « Directeur Général » is no rank
    got = people("UN Secretary General Antonio Guterres spoke in Abuja.", "en")
    assert got == {"Antonio Guterres": ("UN Secretary General",)}
    got = people("Le Directeur Général Jean Dupont a ouvert la séance à Dakar.", "fr")
    assert got == {"Jean Dupont": ("Directeur Général",)}


def test_an_acronym_between_two_titles_keeps_both_for_the_name_after():
    got = people("The ceremony was attended by Prime Minister Shehbaz Sharif, Chief of Army "
                 "Staff (COAS) General Syed Asim Munir, Saudi Investment Minister Khalid "
                 "Al Falih in Islamabad.", "en")
    assert got["Syed Asim Munir"] == ("Chief of Army Staff (COAS)", "General")
    assert got["Shehbaz Sharif"] == ("Prime Minister",)


def test_a_town_after_a_given_name_is_a_surname():
    # "Kennedy" is a town in the places table; after "Anthony" it is his surname
    got = people("Le juge Anthony Kennedy a fait prêter serment à Washington.", "fr")
    assert got == {"Anthony Kennedy": ("juge",)}
    got = people("Judge Anthony Kennedy administered the oath in Washington.", "en")
    assert got == {"Anthony Kennedy": ("Judge",)}


def test_the_apostolic_nuncio_is_a_title_and_monseigneur_an_address():
    got = extract_article("Le président a reçu les lettres de créance du Nonce apostolique au "
                          "Cameroun, Monseigneur Julio Murat, et des ambassadeurs du Soudan.",
                          "fr", reference_date=TODAY).people
    assert [(p.name, p.titles, p.honorific) for p in got] == [
        ("Julio Murat", ("Nonce apostolique au Cameroun",), "Monseigneur")]
