"""French press constructions (session 11): heads of clerks, clergy, candidacies and
traditional chiefs; lists of names each followed by its own title; stacked titles with a
long first one. Names, offices and orders differ from the articles the rules were found in."""

from __future__ import annotations

import datetime as dt

import pytest

from communique.extract import extract_article

TODAY = dt.date(2026, 11, 29)


def people(text: str) -> dict[str, tuple[str, ...]]:
    got = extract_article(text, "fr", reference_date=TODAY).people
    return {p.name: tuple(p.titles) for p in got}


@pytest.mark.parametrize(("text", "name", "title"), [
    ("Le serment a été reçu par Claire Dubois, greffière de la Cour suprême, à Ottawa.",
     "Claire Dubois", "greffière de la Cour suprême"),
    ("Le greffier en chef du tribunal, Marc Lefort, a lu la décision.",
     "Marc Lefort", "greffier en chef du tribunal"),
    ("Une délégation présidée par l'abbé Pierre Khoury a été reçue au palais.",
     "Pierre Khoury", "abbé"),
    ("Le curé de la paroisse, Jean Morel, a béni le nouveau bâtiment.",
     "Jean Morel", "curé de la paroisse"),
    ("La Cour a proclamé la candidate du PDS, Awa Ndiaye, élue au premier tour.",
     "Awa Ndiaye", "candidate du PDS"),
    ("Il a devancé le candidat sénégalais, Moussa Diallo, au second tour.",
     "Moussa Diallo", "candidat sénégalais"),
    ("Le projet a été soutenu par nanan Kouassi Yao III, le chef du village, depuis 2019.",
     "Kouassi Yao III", "nanan"),
])
def test_a_clerk_a_cleric_a_candidate_or_a_chief_has_a_title(text, name, title):
    assert title in people(text)[name]


@pytest.mark.parametrize(("text", "pairs"), [
    ("La séance s'est tenue en présence de Mohamed Saidane, assesseur du président chargé "
     "des relations extérieures, Kalthoum Badreddine, assesseure du président, et d'autres.",
     {"Mohamed Saidane": "assesseur du président chargé des relations extérieures",
      "Kalthoum Badreddine": "assesseure du président"}),
    ("Étaient présents Paul Morel, conseiller du maire, Anne Roy, adjointe aux sports, et "
     "Luc Petit.", {"Paul Morel": "conseiller du maire", "Anne Roy": "adjointe aux sports"}),
    ("Il était accompagné de Sami Haddad, directeur du protocole, Rania Aoun, conseillère "
     "diplomatique, à Beyrouth.",
     {"Sami Haddad": "directeur du protocole", "Rania Aoun": "conseillère diplomatique"}),
])
def test_in_a_list_of_names_each_followed_by_its_title_the_title_is_the_name_before(
        text, pairs):
    got = people(text)
    for name, title in pairs.items():
        assert got[name] == (title,)


@pytest.mark.parametrize(("text", "pairs"), [
    # each title before its name: the list gives each name the title before it
    ("Il a reçu le préfet du Mfoundi, Jean Tsila, le préfet de la Lékié, Paul Ndo, à Yaoundé.",
     {"Jean Tsila": ("préfet du Mfoundi",), "Paul Ndo": ("préfet de la Lékié",)}),
    # « du … » opens the list's next item, not the name before's apposition
    ("En présence du président du Sénat Karim Alaoui, du Premier ministre, Saad Bennani, "
     "du ministre d'Etat, directeur de cabinet, Omar Tazi, et d'autres.",
     {"Saad Bennani": ("Premier ministre",)}),
])
def test_a_list_of_titles_before_names_keeps_each_title_with_the_name_after(text, pairs):
    got = people(text)
    for name, titles in pairs.items():
        assert got[name] == titles
