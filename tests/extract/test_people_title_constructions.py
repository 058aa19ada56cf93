"""(person, title) constructions: Arabic lists, stacked titles, role phrases, appointment verbs
(each test fails without its rule).
"""

from __future__ import annotations

import datetime as dt

from communique.extract import extract_article

TODAY = dt.date(2026, 11, 29)


def titles(text: str, language: str) -> dict[str, list[str]]:
    got = extract_article(text, language, reference_date=TODAY).people
    return {p.name: [t.lower() for t in p.titles] for p in got}


def test_arabic_title_after_a_name_in_a_line_list_is_that_names():
    got = titles("استقبل الملك محمد السادس السفراء التالية أسماؤهم:\n"
                 "جان ماري مويل سفير جمهورية الكونغو،\n"
                 "زياد عطا الله سفير الجمهورية اللبنانية،\n", "ar")
    assert got["جان ماري مويل"] == ["سفير جمهورية الكونغو"]


def test_title_before_a_comma_is_not_the_next_names():
    got = titles("وحضر الحفل جان ماري مويل سفير جمهورية الكونغو، وزياد عطا الله سفير "
                 "الجمهورية اللبنانية.", "ar")
    assert got["زياد عطا الله"] == ["سفير الجمهورية اللبنانية"]


def test_stacked_arabic_titles_before_a_name_are_both_kept():
    got = titles("نيويورك – وقع وزير الخارجية الأمير فيصل بن فرحان يوم الثلاثاء مذكرة تفاهم.", "ar")
    assert "وزير الخارجية" in got["فيصل بن فرحان"]


def test_arabic_proclitic_before_a_title_is_not_part_of_it():
    got = titles("ترأس الملك محمد السادس، مرفوقا بولي العهد الأمير مولاي الحسن، حفلا.", "ar")
    assert "ولي العهد" in got["مولاي الحسن"]


def test_french_stacked_title_across_a_comma_before_le_president():
    got = titles("Les ambassadeurs ont présenté hier leurs lettres de créance au chef de l'Etat "
                 "ivoirien, le président Laurent Gbagbo.", "fr")
    assert "chef de l'etat ivoirien" in got["Laurent Gbagbo"]


def test_acronym_in_brackets_does_not_cut_a_title_before_a_name():
    got = titles("Judith Uwizeye, Minister of Public Service and Labour and the CEO of Rwanda "
                 "Development Board (RDB), Claire Akamanzi, signed on behalf of Rwanda.", "en")
    assert got["Claire Akamanzi"] == ["ceo of rwanda development board (rdb)"]


def test_who_is_also_gives_a_second_title():
    got = titles("Acting Minister of Foreign Affairs, Rodney Sikumba, signed the MOU. "
                 "Mr Sikumba, who is also Minister of Tourism, signed additional MOUs.", "en")
    assert "minister of tourism" in got["Rodney Sikumba"]


def test_french_copula_est_l_gives_the_title():
    got = titles("Khalid Al Mansouri est l'ambassadeur extraordinaire et plénipotentiaire de "
                 "l'État du Qatar en France.", "fr")
    assert any(t.startswith("ambassadeur extraordinaire") for t in got["Khalid Al Mansouri"])


def test_french_en_sa_qualite_de():
    got = titles("M. Jean Dupont a signé l'accord en sa qualité de ministre des Finances.", "fr")
    assert "ministre des finances" in got["Jean Dupont"]


def test_french_long_verb_phrase_then_pour_occuper_le_poste_de():
    got = titles("François de Rugy a été choisi ce mardi par les députés pour occuper le poste "
                 "de président de l'Assemblée nationale avec 353 voix.", "fr")
    assert "président de l'assemblée nationale" in got["François de Rugy"]


def test_french_devenue_after_a_comma():
    got = titles("Elle remplace Catherine Colonna, devenue ministre des affaires étrangères "
                 "après la réélection.", "fr")
    assert "ministre des affaires étrangères" in got["Catherine Colonna"]


def test_french_apposition_before_et_son_homologue_stays_with_the_first_name():
    got = titles("Les accords ont été paraphés par Léon Kacou Adom, ministre des Affaires "
                 "étrangères de la Côte d'Ivoire et son homologue sénégalais, Yassine Fall.", "fr")
    assert "ministre des affaires étrangères de la côte d'ivoire" in got["Léon Kacou Adom"]
    assert "ministre des affaires étrangères de la côte d'ivoire" not in got["Yassine Fall"]


def test_role_after_another_name_is_not_the_subjects():
    got = titles("M. Jean Dupont a reçu Mme Marie Martin en qualité de ministre.", "fr")
    assert got["Jean Dupont"] == []


def test_title_after_a_parenthesis_that_is_no_title_is_the_names():
    # « (Tanzanie) », « (PS) » name a country or a party: the apposition after them is read
    got = titles("La délégation était conduite par Valentine Mokiwa (Tanzanie), président en "
                 "exercice de l'organisation, qui a parlé.", "fr")
    assert got["Valentine Mokiwa"] == ["président en exercice de l'organisation"]
    got = titles("Pierre Dupont (PS), député de la Gironde, a voté contre.", "fr")
    assert got["Pierre Dupont"] == ["député de la gironde"]


def test_lawmaker_and_membre_are_title_heads():
    got = titles("\"We lived it,\" lawmaker Diosdado Cabello said when presenting the proposal.",
                 "en")
    assert got["Diosdado Cabello"] == ["lawmaker"]
    got = titles("René Piccini, membre de la délégation spéciale, a ouvert la séance.", "fr")
    assert got["René Piccini"] == ["membre de la délégation spéciale"]


def test_sous_prefet_is_a_title_head():
    got = titles("Gaël Rousseau, sous-préfet de Neufchâteau a pris ses fonctions lundi.", "fr")
    assert got["Gaël Rousseau"] == ["sous-préfet de neufchâteau"]


def test_a_french_clause_before_a_comma_title_ends_at_its_verb():
    # « Le président a reçu … »: the title opens after « a », not on the subject's head
    got = titles("Le président a reçu son homologue guinéen, Alpha Condé en présence des "
                 "ministres.", "fr")
    assert got["Alpha Condé"] == ["homologue guinéen"]


def test_depute_maire_is_a_title_head():
    got = titles("Le numéro deux des Républicains, le député-maire du Puy-en-Velay Laurent "
                 "Wauquiez, a été élu avec 113 voix.", "fr")
    assert "député-maire du puy-en-velay" in got["Laurent Wauquiez"]


def test_a_role_is_read_past_the_party_in_brackets_after_the_name():
    got = titles("Le conseil municipal a désigné Jean-Michel Fourgous (LR), comme maire "
                 "d'Élancourt pour un cinquième mandat.", "fr")
    assert got["Jean-Michel Fourgous"] == ["maire d'élancourt"]


def test_naval_ranks_and_attache_are_title_heads():
    got = titles("La délégation comprenait le Vice-amiral Patrick Chevallereau (attaché de défense "
                 "français au Royaume-Uni), reçu au palais.", "fr")
    assert got["Patrick Chevallereau"] == ["vice-amiral",
                                           "attaché de défense français au royaume-uni"]
