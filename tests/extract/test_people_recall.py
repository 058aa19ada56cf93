"""People and titles the recall round added (one rule per test; each fails without its rule)."""

from __future__ import annotations

import datetime as dt

from communique.extract import extract_article
from communique.extract.people.lexicon import latin_given_names

TODAY = dt.date(2026, 11, 29)


def people(text: str, language: str) -> dict[str, object]:
    return {p.name: p for p in extract_article(text, language, reference_date=TODAY).people}


def test_world_given_names_are_loaded_and_common_words_are_not():
    names = latin_given_names()
    assert {"letizia", "abraham", "blaise", "pierre"} <= names
    assert not {"will", "rose", "paris", "wyoming", "monday"} & names


def test_french_run_opening_on_a_known_given_name_is_a_person():
    # spaCy labels this run MISC; « Dagny » is in the world list of given names.
    got = people("Dagny Venson-Moitoi et Marie Dupont sont arrivées.", "fr")
    assert "Dagny Venson-Moitoi" in got


def test_english_his_excellency_is_an_honorific_and_the_title_follows_the_comma():
    got = people("His Excellency Uhuru Kenyatta, President of the Republic of Kenya, received "
                 "the delegation on Monday.", "en")
    assert got["Uhuru Kenyatta"].titles == ("President of the Republic of Kenya",)
    assert got["Uhuru Kenyatta"].honorific == "His Excellency"


def test_english_professor_between_title_and_name_is_an_honorific():
    got = people("The meeting was chaired by the Minister of Education, Professor David J "
                 "Francis, in Freetown.", "en")
    assert got["David J Francis"].titles == ("Minister of Education",)


def test_english_initial_glued_to_the_surname():
    got = people("Foreign Minister N.Enkhtaivan received the Cuban ambassador on Tuesday.", "en")
    assert got["N.Enkhtaivan"].titles == ("Foreign Minister",)


def test_all_caps_surname_after_a_given_name_is_kept_in_title_case():
    got = people("President Blaise COMPAORE received the envoy in Ouagadougou on Monday.", "en")
    assert got["Blaise Compaore"].titles == ("President",)


def test_province_and_building_are_not_people():
    got = people("The governor visited Hadjer Lamis and the Wyoming Capitol on Monday, said "
                 "Mark Gordon.", "en")
    assert set(got) == {"Mark Gordon"}


def test_headline_words_are_not_a_person():
    got = people("Ambassador Pays Farewell Call on Prime Minister\nThe outgoing ambassador of "
                 "Japan, Mr Kenji Suzuki, paid a farewell call on Prime Minister James Marape.",
                 "en")
    assert set(got) == {"Kenji Suzuki", "James Marape"}
    assert got["Kenji Suzuki"].titles == ("outgoing ambassador of Japan",)


def test_french_va_devenir_gives_the_title():
    got = people("L'ancien ministre Paul Durand va devenir ambassadeur aux Pays-Bas, a annoncé "
                 "l'Elysée.", "fr")
    assert "ambassadeur aux Pays-Bas" in got["Paul Durand"].titles


def test_french_serait_nommee_gives_the_title():
    got = people("Selon nos informations, Catherine Colonna serait nommée ambassadrice à "
                 "Londres.", "fr")
    assert got["Catherine Colonna"].titles == ("ambassadrice à Londres",)


def test_french_pour_occuper_le_poste_de():
    got = people("Le gouvernement a choisi Mamadou Diallo pour occuper le poste de président de "
                 "la Commission électorale.", "fr")
    assert got["Mamadou Diallo"].titles == ("président de la Commission électorale",)


def test_french_en_qualite_de_after_a_verb():
    got = people("Ibrahima Sall a été reçu en qualité de ministre délégué chargé du budget.", "fr")
    assert got["Ibrahima Sall"].titles == ("ministre délégué chargé du budget",)


def test_arabic_foreign_name_before_an_envoy_title():
    got = people("وقدم إلير هوسا، سفير غير مقيم لجمهورية ألبانيا، أوراق اعتماده.", "ar")
    assert got["إلير هوسا"].titles == ("سفير غير مقيم لجمهورية ألبانيا",)


def test_arabic_new_envoy_of_a_state_in_a_city_then_the_name():
    got = people("استقبل الرئيس السفير الجديد لجمهورية فرنسا في نواكشوط روبير موليي يوم الاثنين.",
                 "ar")
    assert "روبير موليي" in got


def test_arabic_member_of_parliament_after_the_name():
    got = people("وقال هشام بدوي عضو مجلس النواب إن الجلسة كانت مهمة.", "ar")
    assert got["هشام بدوي"].titles == ("عضو مجلس النواب",)


def test_arabic_woman_deputy_before_the_name():
    got = people("وأكدت النائبة عبلة الهواري أن القانون جاهز.", "ar")
    assert got["عبلة الهواري"].titles == ("النائبة",)


def test_arabic_in_his_capacity_ends_the_name_and_opens_the_title():
    got = people("وشارك خالد الجازي بصفته وزير الدولة لشؤون رئاسة الوزراء.", "ar")
    assert got["خالد الجازي"].titles == ("وزير الدولة لشؤون رئاسة الوزراء",)


def test_arabic_sheikh_is_not_part_of_the_name_and_al_carries_it_on():
    got = people("وحضر الشيخ محمد بن عبدالرحمن آل ثاني رئيس مجلس الوزراء الحفل.", "ar")
    assert got["محمد بن عبدالرحمن آل ثاني"].honorific == "الشيخ"
