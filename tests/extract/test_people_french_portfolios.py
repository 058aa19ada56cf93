"""French titles whose ministry lists its portfolio with commas (« ministre des Transports, des
affaires maritimes et de la communication »), and what stays out of one (each test fails
without its rule)."""

from __future__ import annotations

import datetime as dt

from communique.extract import extract_article

TODAY = dt.date(2026, 11, 29)


def people(text: str) -> dict[str, tuple[str, ...]]:
    got = extract_article(text, "fr", reference_date=TODAY).people
    return {p.name: tuple(p.titles) for p in got}


def test_a_portfolio_continued_with_a_la_keeps_every_part():
    got = people("Était présent le Secrétaire d’Etat à l’Enseignement Supérieur, à la Recherche "
                 "Scientifique et à la Formation Professionnelle, Abakar Moussa Kalle.")
    assert got["Abakar Moussa Kalle"] == (
        "Secrétaire d’Etat à l’Enseignement Supérieur, à la Recherche Scientifique et à la "
        "Formation Professionnelle",)


def test_a_portfolio_with_commas_right_before_a_name_is_that_name_s_title():
    got = people("Il était accompagné du ministre de l’Economie Zafer Çağlayan, le ministre des "
                 "Transports, des affaires maritimes et de la communication Binali Yıldırım, et "
                 "de son épouse.")
    assert got["Binali Yıldırım"] == (
        "ministre des Transports, des affaires maritimes et de la communication",)
    assert got["Zafer Çağlayan"] == ("ministre de l’Economie",)


def test_a_list_after_a_title_is_no_portfolio():
    got = people("Le professeur Reinhard Genzel, président du conseil des adjudicateurs, des "
                 "récompenses aux lauréats des prix Shaw 2023, à savoir les professeurs Matthew "
                 "Bailes, Duncan Lorimer et Maura McLaughlin.")
    assert got["Duncan Lorimer"] == ()
    assert got["Matthew Bailes"] == ()


def test_a_portfolio_followed_by_and_and_a_name_stays_the_first_name_s():
    got = people("Le mémorandum a été signé par Mohand Laenser, ministre de l’agriculture, du "
                 "développement rural et des pêches maritimes et Jaime Campos, ministre chilien "
                 "de l’agriculture.")
    assert got["Mohand Laenser"] == ("ministre de l’agriculture",)


def test_a_title_before_a_list_of_people_stays_the_first_name_s():
    got = people("Il a rendu hommage à M. Run Run Shaw, fondateur des prix Shaw, et de Mme Mona "
                 "Shaw, au développement culturel de Hong Kong.")
    assert got["Run Run Shaw"] == ("fondateur des prix Shaw",)


def test_the_verb_a_after_a_title_continues_no_portfolio():
    got = people("M. Huang Xia, accompagné de Mme Bintou Keita, représentante spéciale en RDC et "
                 "cheffe de la MONUSCO, a été reçu par le Président Tshisekedi.")
    # « cheffe » is a head of its own: two titles joined by « et »
    assert got["Bintou Keita"] == ("représentante spéciale en RDC", "cheffe de la MONUSCO")


def test_monsieur_in_lower_case_is_a_form_of_address_before_the_name():
    got = people("Il était accompagné par le représentant spécial du secrétaire général au Mali, "
                 "monsieur Mahamat Saleh Annadif.")
    assert got["Mahamat Saleh Annadif"] == ("représentant spécial du secrétaire général au Mali",)


def test_a_title_does_not_end_on_an_elided_article():
    got = people("La nouvelle Secrétaire d’Etat aux Infrastructures, Chargée de l’Entretien "
                 "Routier, Haoua Abdelkerim Ahmadaye. C’était en présence du ministre des "
                 "Infrastructures, de Désenclavement et de l’Entretien Routier, Aziz Mahamat "
                 "Saleh.")
    assert not any(t.endswith("de l") for titles in got.values() for t in titles)
    assert got["Aziz Mahamat Saleh"] == (
        "ministre des Infrastructures, de Désenclavement et de l’Entretien Routier",)
