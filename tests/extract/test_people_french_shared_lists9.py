"""French titles told once for a list of people (session 9): a numeral, an elided
complement, a colon or « , dont » between the plural title and the list. Each test uses
other names, offices and word orders than the article the rule was found in."""

from __future__ import annotations

import datetime as dt

from communique.extract import extract_article

TODAY = dt.date(2026, 11, 29)


def people(text: str) -> dict[str, tuple[str, ...]]:
    got = extract_article(text, "fr", reference_date=TODAY).people
    return {p.name: tuple(p.titles) for p in got}


def test_a_plural_title_then_comma_dont_is_shared_by_the_list():
    got = people("Le maire a nommé trois adjoints, dont Pierre Dupont, Marie Curie et "
                 "Paul Martin.")
    assert {got[n] for n in ("Pierre Dupont", "Marie Curie", "Paul Martin")} == {("adjoint",)}


def test_dont_without_a_comma_opens_the_list_too():
    got = people("Le conseil a reçu les ambassadeurs dont Hélène Marchand et Omar Benali.")
    assert got["Hélène Marchand"] == got["Omar Benali"] == ("ambassadeur",)


def test_a_plural_head_with_an_elided_complement_is_shared():
    # « chefs d'Etat »: the plural is on the head, « d'Etat » is glued to its « d' »
    got = people("La rencontre s'est tenue sous la présidence des deux chefs d’Etat "
                 "Alassane Ouattara et Nana Akufo-Addo, à Abidjan.")
    assert got["Alassane Ouattara"] == got["Nana Akufo-Addo"] == ("chef d’Etat",)
    got = people("Il a reçu les ministres d'Etat Ali Bongo et Paul Martin à Libreville.")
    assert got["Ali Bongo"] == got["Paul Martin"] == ("ministre d'Etat",)


def test_a_colon_after_the_plural_title_opens_the_list():
    got = people("Le congrès a élu deux nouveaux vice-présidents: Teresa Küchler et "
                 "Dafydd ab Iago.")
    assert got["Teresa Küchler"] == ("nouveau vice-président",)
    assert got["Dafydd ab Iago"] == ("nouveau vice-président",)
    got = people("Le bureau compte trois secrétaires: Anne Leroy, Marc Petit et Louis Blanc.")
    assert got["Marc Petit"] == ("secrétaire",)


def test_a_comma_alone_after_the_plural_title_shares_nothing_new():
    # « Après avoir salué les ambassadeurs, A et B ont signé »: a comma alone is no opener
    got = people("Après avoir salué les ambassadeurs, Pierre Dupont et Marie Curie ont signé "
                 "l'accord.")
    assert got.get("Pierre Dupont", ()) == ()
