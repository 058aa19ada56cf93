"""French appositions that hold more than one person's words (each test fails without its
rule)."""

from __future__ import annotations

import datetime as dt

from communique.extract import extract_article

TODAY = dt.date(2026, 11, 29)


def people(text: str) -> dict[str, tuple[str, ...]]:
    got = extract_article(text, "fr", reference_date=TODAY).people
    return {p.name: tuple(p.titles) for p in got}


def test_a_title_after_a_name_and_a_conjunction_is_the_next_name_s():
    got = people("SM le Roi Mohammed VI et le Président chilien, Ricardo Lagos Escobar ont "
                 "présidé, jeudi à Santiago, la cérémonie.")
    assert got["Ricardo Lagos Escobar"] == ("Président chilien",)
    assert got["Mohammed VI"] == ("Roi",)


def test_a_name_after_de_and_a_title_completes_the_title_and_keeps_what_follows():
    got = people("Christophe Lecourtier a remis ses lettres à Sir Peter Cosgrove, gouverneur "
                 "général et représentant de la reine Elisabeth II, chef de l'Etat.")
    assert got["Peter Cosgrove"] == ("gouverneur général",
                                     "représentant de la reine Elisabeth II")
    assert got["Elisabeth II"] == ("reine", "chef de l'Etat")


def test_an_elided_article_glued_to_a_title_opens_no_name():
    got = people("La réunion s'est tenue en présence du gouverneur et du chargé de l’intérim "
                 "de L’Ambassadeur de Côte d’Ivoire.")
    assert got == {}


def test_a_street_named_after_a_rank_and_a_name_is_no_person():
    # « place du maréchal Foch »: the complement and the rank between the street and the name
    got = people("La cérémonie s'est déroulée à Amiens, place du maréchal Foch, en présence "
                 "du préfet Rollon Mouchel-Blaisot.")
    assert list(got) == ["Rollon Mouchel-Blaisot"]


def test_a_part_opening_on_du_after_a_name_is_the_next_item_of_the_list():
    got = people("Il a déposé une gerbe en présence du député Gilles Savary, de la vice-présidente "
                 "du conseil départemental Isabelle Dexpert, du maire de Langon Philippe Plagnol, "
                 "entre autres élus.")
    assert got["Isabelle Dexpert"] == ("vice-présidente du conseil départemental",)
    assert got["Philippe Plagnol"] == ("maire de Langon",)


def test_a_dash_glued_after_a_dateline_leaves_the_article_before_a_title():
    got = people("Kinshasa, 17 juin 2022 (TOP243NEWS).-Le Président de la République, Félix "
                 "Antoine Tshisekedi Tshilombo, a reçu jeudi l'envoyé spécial.")
    assert got["Félix Antoine Tshisekedi Tshilombo"] == ("Président de la République",)


def test_a_surname_right_after_a_title_head_is_a_person():
    got = people("Dans son intervention, le Président Martelly a surtout mis l'emphase sur la "
                 "fraternité.")
    assert got == {"Martelly": ("Président",)}


def test_a_word_after_a_title_s_complement_is_no_surname():
    got = people("Il a salué nanan Tehoua II et le chef de la tribu Ahua ainsi que la mutuelle.")
    assert "Ahua" not in got
