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
