"""Titles shared by a list of names, and titles after a verb (each test fails without its rule)."""

from __future__ import annotations

import datetime as dt

from communique.extract import extract_article

TODAY = dt.date(2026, 11, 29)


def people(text: str, language: str) -> dict[str, tuple[str, ...]]:
    got = extract_article(text, language, reference_date=TODAY).people
    return {p.name: tuple(p.titles) for p in got}


def test_arabic_plural_title_before_names_with_countries_in_brackets():
    got = people("تسلم الرئيس عبد المجيد تبون أوراق اعتماد سفراء كل من باسكال غريكوار (بلجيكا) "
                 "وجون سميث (كندا) يوم الاثنين بالجزائر.", "ar")
    assert got["باسكال غريكوار"] == ("سفراء",)
    assert got["جون سميث"] == ("سفراء",)


def test_english_plural_title_of_countries_before_names_with_countries_in_brackets():
    got = people("The new ambassadors of Kenya, Ghana and Peru, John Doe (Kenya), Kwame Mensah "
                 "(Ghana) and Luis Vargas (Peru), presented their credentials on Monday.", "en")
    assert all(got[n] == ("ambassadors",) for n in ("John Doe", "Kwame Mensah", "Luis Vargas"))


def test_french_plural_title_distributes_over_a_list_in_the_singular():
    got = people("Le président Macky Sall a reçu les ministres Pierre Dupont et Marie Curie "
                 "lundi à Dakar.", "fr")
    assert got["Pierre Dupont"] == ("ministre",)
    assert got["Marie Curie"] == ("ministre",)


def test_french_plural_title_with_its_complement_before_a_list():
    got = people("Il était accompagné des vice-présidents du parti AKP Numan Kurtulmuş et "
                 "Mevlüt Çavuşoğlu.", "fr")
    assert got["Numan Kurtulmuş"] == ("vice-président du parti AKP",)
    assert got["Mevlüt Çavuşoğlu"] == ("vice-président du parti AKP",)


def test_french_plural_premodifier_belongs_to_the_shared_title():
    got = people("A cette occasion, les Premiers ministres Pham Minh Chinh et Phankham Viphavanh "
                 "vont coprésider la cérémonie.", "fr")
    assert got["Pham Minh Chinh"] == ("Premier ministre",)
    assert got["Phankham Viphavanh"] == ("Premier ministre",)


def test_a_shared_title_keeps_its_plural_words_as_provenance():
    text = "Le président a reçu les anciens ministres Pierre Dupont et Marie Curie lundi."
    got = extract_article(text, "fr", reference_date=TODAY)
    assert [p.titles for p in got.people] == [("ancien ministre",)] * 2
    source = got.provenance["people[0].titles[0]"]
    assert text[source.start:source.end] == "anciens ministres"


def test_english_state_cabinet_ministers_distributes_over_a_list():
    got = people("Governor Ram Nath administered the oath to state cabinet ministers Ravi Kumar, "
                 "Anil Sharma and Sunil Joshi at Raj Bhavan.", "en")
    assert got["Anil Sharma"] == ("ministers",)
    assert got["Sunil Joshi"] == ("ministers",)


def test_title_after_a_list_as_plural_role():
    got = people("Mishra administered oath to Ravi Kumar, Anil Sharma and Sunil Joshi as Cabinet "
                 "Ministers on Sunday.", "en")
    assert all(got[n] == ("Cabinet Ministers",) for n in ("Ravi Kumar", "Anil Sharma",
                                                          "Sunil Joshi"))


def test_respectivement_pairs_titles_with_names_in_order():
    got = people("Le roi a nommé Pierre Dupont et Marie Curie, respectivement ministre de "
                 "l'Intérieur et ministre de la Santé.", "fr")
    assert got["Pierre Dupont"] == ("ministre de l'Intérieur",)
    assert got["Marie Curie"] == ("ministre de la Santé",)


def test_designated_number_two_after_a_verb():
    got = people("Ahmed Khan is designated number two of the government, the presidency said "
                 "on Monday in Islamabad.", "en")
    assert got["Ahmed Khan"] == ("number two of the government",)


def test_sworn_in_as_title_ends_before_the_day():
    got = people("Ali Hassan was sworn in as Minister of Finance on Monday in Nairobi.", "en")
    assert got["Ali Hassan"] == ("Minister of Finance",)


def test_reconduit_au_poste_de_title_ends_before_the_day():
    got = people("Paul Durand a été reconduit au poste de président du Sénat mardi à Paris.", "fr")
    assert got["Paul Durand"] == ("président du Sénat",)


def test_arabic_yashghal_mansib_title_ends_before_mundhu():
    got = people("ويشغل محمد بن علي منصب وزير الخارجية منذ عام 2019.", "ar")
    assert got["محمد بن علي"] == ("وزير الخارجية",)


def test_english_names_with_capital_initials():
    got = people("Governor Ram Nath administered the oath to E P Jayarajan, KM Khalid and "
                 "Md Shahriar Alam at Raj Bhavan on Monday.", "en")
    assert {"E P Jayarajan", "KM Khalid", "Md Shahriar Alam"} <= set(got)
    assert got["KM Khalid"] == ()  # no clause "Governor ... to E P Jayarajan" as a title


def test_title_abbreviation_is_not_initials():
    got = people("Shah thanked CM Sarma for the work. PM Modi had a vision.", "en")
    assert "CM Sarma" not in got and "PM Modi" not in got


def test_an_honorific_inside_a_list_keeps_the_list_sharing_its_title():
    got = people("C'est au ministère que les ministres Sékou Kourouma et Dr Ibrahima Kourouma "
                 "ont passé le témoin.", "fr")
    assert got["Ibrahima Kourouma"] == ("ministre",)
    assert got["Sékou Kourouma"] == ("ministre",)


def test_a_modifier_after_a_french_plural_head_is_part_of_the_shared_title():
    got = people("Les ministres sortants Sékou Kourouma et Ibrahima Kourouma ont passé le "
                 "témoin à leurs successeurs.", "fr")
    assert got["Sékou Kourouma"] == ("ministre sortant",)
    assert got["Ibrahima Kourouma"] == ("ministre sortant",)
