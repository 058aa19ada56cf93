"""Where a French title opens and ends (session 10): « par intérim » says how the post is
held and ends no title (« par » alone does); « désormais » before a title is no part of it.
Invented names, offices and orders, not the articles the rules were found in."""

from __future__ import annotations

import datetime as dt

import pytest

from communique.extract import extract_article

TODAY = dt.date(2026, 12, 3)


def people(text: str) -> dict[str, tuple[str, ...]]:
    return {p.name: p.titles for p in extract_article(text, "fr", reference_date=TODAY).people}


@pytest.mark.parametrize(("text", "name", "title"), [
    ("La cérémonie s’est déroulée en présence du secrétaire général adjoint par intérim, "
     "Moussa Koné.", "Moussa Koné", "secrétaire général adjoint par intérim"),
    ("Karim Tazi, directeur par intérim de l'Office des pêches, a reçu les élus.",
     "Karim Tazi", "directeur par intérim de l'Office des pêches"),
    ("La séance a été ouverte par la secrétaire générale par intérim Awa Ndiaye à Dakar.",
     "Awa Ndiaye", "secrétaire générale par intérim"),
    ("Marie Curie, ministre de la Santé par interim, a été reçue par le président Paul Kaba.",
     "Marie Curie", "ministre de la Santé par interim"),
])
def test_par_interim_belongs_to_the_title(text, name, title):
    assert title in people(text)[name]


def test_par_still_ends_a_title_before_its_agent():
    got = people("Le directeur de l'Office Karim Tazi a été reçu par le ministre Paul Kaba.")
    assert got["Karim Tazi"] == ("directeur de l'Office",)


@pytest.mark.parametrize(("text", "name", "title"), [
    ("M. Karim Tazi, le désormais Directeur de Cabinet de la Primature, a passé le témoin.",
     "Karim Tazi", "Directeur de Cabinet de la Primature"),
    ("Le colonel Issa Traoré, désormais gouverneur de la région de Ségou, a pris fonction.",
     "Issa Traoré", "gouverneur de la région de Ségou"),
])
def test_desormais_before_a_title_is_left_out_of_it(text, name, title):
    assert title in people(text)[name]


@pytest.mark.parametrize(("text", "name", "title"), [
    ("Le Ministre-Gouverneur du district autonome de Yamoussoukro, Koffi Yao, a reçu les "
     "chefs.", "Koffi Yao", "Ministre-Gouverneur du district autonome de Yamoussoukro"),
    ("Paul Kaba, président-fondateur du Rassemblement pour la paix, a été reçu à Dakar.",
     "Paul Kaba", "président-fondateur du Rassemblement pour la paix"),
    ("La séance était présidée par la ministre-conseillère Awa Ndiaye à Dakar.",
     "Awa Ndiaye", "ministre-conseillère"),
])
def test_two_heads_joined_by_a_hyphen_are_one_title(text, name, title):
    assert title in people(text)[name]


@pytest.mark.parametrize(("text", "name", "title"), [
    ("Le gouvernement était représenté par le chancelier d'Etat Hans Müller.",
     "Hans Müller", "chancelier d'Etat"),
    ("Anne Berger, chancelière de l'université de Genève, a ouvert la séance.",
     "Anne Berger", "chancelière de l'université de Genève"),
])
def test_a_chancellor_is_a_title(text, name, title):
    assert title in people(text)[name]


@pytest.mark.parametrize("text", [
    "Le Conseil était représenté par son président Maurice Tornay à Sion.",
    "Le préfet Maurice Dupuis, entouré des élus, a pris ses fonctions à Basse-Terre.",
])
def test_maurice_before_a_surname_is_a_given_name(text):
    assert any(name.startswith("Maurice ") for name in people(text))


@pytest.mark.parametrize(("text", "first", "title"), [
    ("La séance s'est tenue en présence de M. Samba Diouf, ambassadeur directeur du "
     "protocole et Mme Fatou Sarr, directrice de la communication, à Dakar.",
     "Samba Diouf", "ambassadeur directeur du protocole"),
    ("Étaient présents Karim Tazi, conseiller du ministre ainsi que Jean Dupont, chef du "
     "protocole, à Rabat.", "Karim Tazi", "conseiller du ministre"),
])
def test_et_before_the_next_name_ends_the_title_read_after_a_name(text, first, title):
    assert people(text)[first] == (title,)


@pytest.mark.parametrize(("text", "name", "title"), [
    ("Lors de la signature, Paul Kaba, directeur des Mines s'est félicité de ce partenariat.",
     "Paul Kaba", "directeur des Mines"),
    ("En 2019, Fatou Sarr, conseillère régionale de Thiès s'était engagée à rénover l'école.",
     "Fatou Sarr", "conseillère régionale de Thiès"),
])
def test_a_reflexive_verb_ends_a_title(text, name, title):
    assert people(text)[name] == (title,)


def test_an_envoy_is_a_title():
    got = people("Le chef de l'Etat a reçu Mme Awa Ndiaye, émissaire de son homologue "
                 "sénégalais, lundi au palais.")
    assert got["Awa Ndiaye"] == ("émissaire de son homologue sénégalais",)


@pytest.mark.parametrize(("text", "name", "title"), [
    ("À l'invitation du roi Philippe 1er, Paul Kaba, président du Gabon, a visité Bruxelles.",
     "Paul Kaba", "président du Gabon"),
    ("Sur proposition du ministre Karim Tazi, Awa Ndiaye a été nommée directrice de l'Office.",
     "Awa Ndiaye", "directrice de l'Office"),
])
def test_a_title_ending_on_a_name_before_a_comma_is_not_the_next_names(text, name, title):
    assert people(text)[name] == (title,)


@pytest.mark.parametrize(("text", "name", "title"), [
    ("Le maire de Thiès, Paul Kaba, par ailleurs président de l'Association des maires, a "
     "reçu les élus.", "Paul Kaba", "président de l'Association des maires"),
    ("Awa Ndiaye, directrice de l'Office des routes, par ailleurs députée, a signé.",
     "Awa Ndiaye", "députée"),
])
def test_par_ailleurs_before_a_second_title_is_left_out_of_it(text, name, title):
    assert title in people(text)[name]


@pytest.mark.parametrize(("text", "name", "title"), [
    ("Après sa nomination, Awa Ndiaye a pris ses fonctions en tant que ministre de la Jeunesse, "
     "des Sports et de la Culture. La passation a eu lieu lundi.",
     "Awa Ndiaye", "ministre de la Jeunesse, des Sports et de la Culture"),
    ("Karim Tazi a été nommé ministre de l'Energie, des Mines et de l'Eau, a annoncé la "
     "présidence.", "Karim Tazi", "ministre de l'Energie, des Mines et de l'Eau"),
])
def test_a_role_or_an_appointment_goes_on_over_its_portfolio_after_a_comma(text, name, title):
    assert people(text)[name] == (title,)


def test_a_bare_de_phrase_after_a_comma_is_no_portfolio():
    got = people("Paul Kaba a été élu président du conseil, de justesse, mardi à Lomé.")
    assert got["Paul Kaba"] == ("président du conseil",)


def test_a_place_after_a_comma_is_no_portfolio():
    got = people("Il a salué Awa Ndiaye, qui est une ancienne ministre de la Culture, à Dakar.")
    assert got["Awa Ndiaye"] == ("ancienne ministre de la Culture",)


def test_et_du_after_a_name_opens_the_lists_next_item():
    got = people("Le chef du gouvernement était accompagné du ministre des Mines Paul Kaba, de la "
                 "ministre des Sports Awa Ndiaye, et du gouverneur de Thiès, a précisé la "
                 "présidence.")
    assert got["Awa Ndiaye"] == ("ministre des Sports",)
    got = people("Le président était accompagné de Paul Kaba, ministre des Mines, et du "
                 "gouverneur de Thiès, lundi.")
    assert got["Paul Kaba"] == ("ministre des Mines",)
