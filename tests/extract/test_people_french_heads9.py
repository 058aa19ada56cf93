"""French title heads (session 9): feminine forms of common offices, heads with an elided
article inside them (« chargé d'affaires »), the indefinite article after a copula, and
a numeral after a name kept in capitals. Names, offices and orders differ from the
articles the rules were found in."""

from __future__ import annotations

import datetime as dt

import pytest

from communique.extract import extract_article

TODAY = dt.date(2026, 11, 29)


def people(text: str) -> dict[str, tuple[str, ...]]:
    got = extract_article(text, "fr", reference_date=TODAY).people
    return {p.name: tuple(p.titles) for p in got}


@pytest.mark.parametrize(("text", "name", "title"), [
    ("La mairesse de Gatineau, Maude Marquis-Bissonnette, a ouvert la séance.",
     "Maude Marquis-Bissonnette", "mairesse de Gatineau"),
    ("Il a battu l’ancienne mairesse suppléante Hélène Tremblay.",
     "Hélène Tremblay", "ancienne mairesse suppléante"),
    ("Le bureau a reçu Amel Jaziri, assesseure du président de l'Assemblée, à Tunis.",
     "Amel Jaziri", "assesseure du président de l'Assemblée"),
    ("La procureure Sophie Leclerc a requis six mois.", "Sophie Leclerc", "procureure"),
    ("La doyenne de la faculté, Anne Morel, a ouvert la séance.",
     "Anne Morel", "doyenne de la faculté"),
])
def test_a_feminine_head_opens_a_title(text, name, title):
    assert title in people(text)[name]


@pytest.mark.parametrize(("text", "name", "title"), [
    ("Le chargé d'affaires de l'ambassade du Canada, Paul Roy, a signé.",
     "Paul Roy", "chargé d'affaires de l'ambassade du Canada"),
    ("Julie Roy, chargée d’affaires de l’ambassade de Belgique, a signé.",
     "Julie Roy", "chargée d’affaires de l’ambassade de Belgique"),
    ("Il a reçu M. Samuel R. Watson III, Chargé d’affaires de l’ambassade des Etats-Unis "
     "au Gabon.", "Samuel R. Watson III", "Chargé d’affaires de l’ambassade des Etats-Unis "
     "au Gabon"),
])
def test_a_head_with_an_elided_article_inside_opens_a_title(text, name, title):
    assert title in people(text)[name]


def test_an_indefinite_article_after_the_copula_opens_the_role():
    got = people("Il a salué Marie Curie, qui est une ancienne ministre de la Santé, à Paris.")
    assert got["Marie Curie"] == ("ancienne ministre de la Santé",)
    got = people("Pendant ce temps, Paul Martin est un conseiller du maire de Lyon.")
    assert got["Paul Martin"] == ("conseiller du maire de Lyon",)
    # no head after « une »: no title
    assert people("Il a salué Marie Curie, qui est une amie de la famille.")["Marie Curie"] == ()


def test_a_numeral_after_a_name_stays_in_capitals():
    got = people("Le roi a reçu M. Jean DUPONT et M. Henri FORD III à Rabat.")
    assert "Henri Ford III" in got
    assert "Jean Dupont" in got
