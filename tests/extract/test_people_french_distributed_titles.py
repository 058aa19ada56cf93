"""« les préfets du X, A, et de Y, B »: a plural title whose complement is told for each
name (people/distributed_titles.py). Other offices, places and orders than the article the
rule was found in."""

from __future__ import annotations

import datetime as dt

from communique.extract import extract_article

TODAY = dt.date(2026, 11, 29)


def people(text: str) -> dict[str, tuple[str, ...]]:
    got = extract_article(text, "fr", reference_date=TODAY).people
    return {p.name: tuple(p.titles) for p in got}


def test_each_name_holds_the_head_with_its_own_complement():
    got = people("Bangui, 8 mars - Les préfets du Bamingui Bangoran (nord-est), le "
                 "Lieutenant-colonel Venant-Nicaise Adouma, et de la Vakaga (extrême nord-est), "
                 "le Commandant Léonard Mbélé, ont été installés.")
    assert "préfet du Bamingui Bangoran" in got["Venant-Nicaise Adouma"]
    assert "préfet de la Vakaga" in got["Léonard Mbélé"]


def test_other_heads_places_and_an_apposition_between():
    got = people("Le président a reçu les lettres des deux ambassadeurs du Japon, Kenji Sato, "
                 "59 ans, et de l'Inde, Ravi Kumar, à Dakar.")
    assert got["Kenji Sato"] == ("ambassadeur du Japon",)
    assert got["Ravi Kumar"] == ("ambassadeur de l'Inde",)
    got = people("Étaient présents les gouverneurs de la région de Kayes, le général Moussa "
                 "Diarra, et de la région de Ségou, Awa Traoré.")
    assert "gouverneur de la région de Kayes" in got["Moussa Diarra"]
    assert "gouverneur de la région de Ségou" in got["Awa Traoré"]


def test_one_name_after_a_plural_head_and_its_complement():
    got = people("Il a reçu les lettres de créance des ambassadeurs du Pérou, José Javier "
                 "Shaw, qui réside à Pretoria.")
    assert got["José Javier Shaw"] == ("ambassadeur du Pérou",)


def test_a_plural_after_a_noun_or_a_count_in_the_complement_is_not_distributed():
    got = people("Il a reçu les représentants de quatre pays membres du Conseil de sécurité "
                 "de l’ONU, M. Dmitry Kourakov, Ambassadeur de Russie.")
    assert got["Dmitry Kourakov"] == ("Ambassadeur de Russie",)


def test_a_complement_with_a_name_in_it_is_no_complement_of_the_next_name():
    # (session 10) « des ambassadeurs du Sénégal A, de Pologne Mme B »: « du Sénégal A » holds
    # A's name; B's title is not « ambassadeur du Sénégal A »
    got = people("Le président a reçu les ambassadeurs du Ghana Kofi Mensah, de Hongrie Mme "
                 "Eva Kovacs, du Chili M. Pablo Rojas, lundi à Lomé.")
    assert not any("Kofi" in t for titles in got.values() for t in titles)


def test_complements_joined_by_et_are_told_in_order_after_respectivement():
    # (session 10) « les ambassadeurs de France et des Etats Unis …, respectivement MM. A et B »
    got = people("Le ministre s'est entretenu avec les ministres de la Santé et de "
                 "l'Education, respectivement Awa Ndiaye et Paul Kaba, lundi à Dakar.")
    assert got["Awa Ndiaye"] == ("ministre de la Santé",)
    assert got["Paul Kaba"] == ("ministre de l'Education",)


def test_three_complements_a_shared_tail_and_forms_of_address():
    got = people("Le président a reçu les gouverneurs du Nord, du Centre et de l'Est auprès de "
                 "la présidence, respectivement leurs Excellences MM. Paul Kaba, Jean Tia et "
                 "Marie Curie.")
    assert got["Paul Kaba"] == ("gouverneur du Nord",)
    assert got["Marie Curie"] == ("gouverneur de l'Est",)


def test_a_count_of_names_unlike_the_count_of_complements_shares_the_head():
    got = people("Le président a reçu les ministres de la Santé et de l'Education, "
                 "respectivement Awa Ndiaye, Paul Kaba et Jean Tia, lundi.")
    assert "ministre de la Santé" not in got["Awa Ndiaye"]
