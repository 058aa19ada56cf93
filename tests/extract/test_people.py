"""Names joined to titles in appositions; honorifics apart; one entry per person."""

from __future__ import annotations

import datetime as dt

from communique.extract import extract_article

TODAY = dt.date(2026, 11, 29)


def people(text: str, language: str = "fr") -> dict[str, object]:
    return {p.name: p for p in extract_article(text, language, reference_date=TODAY).people}


def test_title_before_name_with_comma(french_nlp):
    got = people("La délégation, dirigée par le Directeur général de la Sûreté nationale, "
                 "Abdellatif Hammouchi, a participé aux discussions.")
    assert got["Abdellatif Hammouchi"].titles == ("Directeur général de la Sûreté nationale",)


def test_title_after_name_split_on_and(french_nlp):
    got = people("Le Maroc était représenté par Mohamed Dkhissi, directeur de la police "
                 "judiciaire et responsable du Bureau central national d'Interpol à Rabat.")
    assert got["Mohamed Dkhissi"].titles == (
        "directeur de la police judiciaire",
        "responsable du Bureau central national d'Interpol à Rabat",
    )


def test_one_title_with_and_inside(french_nlp):
    got = people("Le chanteur Youssou N'Dour a été nommé ministre de la Culture et du tourisme "
                 "par le Premier ministre Abdoul Mbaye.")
    assert got["Youssou N'Dour"].titles == ("ministre de la Culture et du tourisme",)
    assert got["Abdoul Mbaye"].titles == ("Premier ministre",)


def test_former_title_kept(french_nlp):
    got = people("Il a rencontré l'ancien ministre de l'Intérieur, Driss Basri, à Rabat.")
    assert got["Driss Basri"].titles == ("ancien ministre de l'Intérieur",)


def test_honorific_apart_from_title_and_coreference(french_nlp):
    text = ("Le directeur général de la Sûreté nationale, Abdellatif Hammouchi, a reçu la "
            "délégation. M. Hammouchi a salué la coopération.")
    r = extract_article(text, "fr", reference_date=TODAY)
    assert [p.name for p in r.people] == ["Abdellatif Hammouchi"]
    person = r.people[0]
    assert person.honorific == "M."
    assert all("M." not in t for t in person.titles)


def test_consecutive_appositions_go_to_the_right_person(french_nlp):
    got = people("Il a été salué par le ministre d'État chargé des droits de l'Homme, Mustapha "
                 "Ramid, le ministre de l'Intérieur, Abdelouafi Laftit, et d'autres.")
    assert got["Mustapha Ramid"].titles == ("ministre d'État chargé des droits de l'Homme",)
    assert got["Abdelouafi Laftit"].titles == ("ministre de l'Intérieur",)


def test_king_is_a_named_person(french_nlp):
    got = people("Cette stratégie est menée sous l'impulsion du Roi Mohammed VI.")
    assert got["Mohammed VI"].titles == ("Roi",)


def test_unnamed_people_are_not_listed(french_nlp):
    assert people("Le ministre de l'Intérieur a reçu le préfet de police hier à Rabat.") == {}


def test_english_titles_and_honorific():
    text = ("Later today, U.S. President Barack Obama will meet Canadian Prime Minister "
            "Justin Trudeau in Ottawa. Mr. Trudeau said the talks were useful.")
    got = people(text, "en")
    assert got["Justin Trudeau"].titles == ("Canadian Prime Minister",)
    assert got["Justin Trudeau"].honorific == "Mr."
    assert "Barack Obama" in got
    assert len(got) == 2


def test_english_former_title_after_name():
    got = people("The post went to Martin Burt, former Mayor of Asuncion, on Monday.", "en")
    assert got["Martin Burt"].titles == ("former Mayor of Asuncion",)


def test_arabic_honorific_and_title():
    text = "استقبل الرئيس التونسي قيس سعيد، وزير الداخلية المغربي عبد الوافي لفتيت، بقصر قرطاج."
    got = people(text, "ar")
    assert got["قيس سعيد"].titles == ("الرئيس التونسي",)
    assert got["عبد الوافي لفتيت"].titles == ("وزير الداخلية المغربي",)
    got = people("وقعها السيد ناصر بوريطة، وزير الشؤون الخارجية، بالرباط.", "ar")
    assert got["ناصر بوريطة"].honorific == "السيد"
    assert got["ناصر بوريطة"].titles == ("وزير الشؤون الخارجية",)
