"""French envoys' lists, forms of address, profession heads and runs that name no one (each
test fails without its rule; the second sentence of a test is not from any article)."""

from __future__ import annotations

import datetime as dt

from communique.extract import extract_article

TODAY = dt.date(2026, 11, 29)


def people(text: str) -> dict[str, tuple[str, ...]]:
    got = extract_article(text, "fr", reference_date=TODAY).people
    return {p.name: tuple(p.titles) for p in got}


def test_an_elided_article_in_lower_case_opens_no_name():
    got = people("- Damien Patrick Donovan, Ambassadeur d’Australie;")
    assert got == {"Damien Patrick Donovan": ("Ambassadeur d’Australie",)}
    got = people("Mme Keiko Tanaka, Ambassadrice d'Italie, a présenté ses lettres de créance.")
    assert got == {"Keiko Tanaka": ("Ambassadrice d'Italie",)}


def test_sem_is_a_form_of_address_between_a_title_and_a_name():
    got = people("Le président de la République, SEM Patrice Talon, reçoit ce jour en audience "
                 "plusieurs personnalités.")
    assert got["Patrice Talon"] == ("président de la République",)
    got = people("Le Premier ministre a reçu l’ambassadeur du Japon en Mauritanie, SEM. Uchida "
                 "Tatsukuni.")
    assert got["Uchida Tatsukuni"] == ("ambassadeur du Japon en Mauritanie",)
    got = people("Le forum a été ouvert par le ministre des Mines, SEM Oumar Traoré, à Bamako.")
    assert got["Oumar Traoré"] == ("ministre des Mines",)


def test_professions_and_cheffe_are_title_heads():
    got = people("La mosquée a été construite par l’architecte turc Vedat Dalokay en 1976.")
    assert got["Vedat Dalokay"] == ("architecte turc",)
    got = people("Le festival a honoré l'actrice sénégalaise Awa Ndiaye et l'acteur belge Luc "
                 "Dumont, puis l'artiste Paul Kaboré.")
    assert got["Awa Ndiaye"] == ("actrice sénégalaise",)
    assert got["Luc Dumont"] == ("acteur belge",)
    assert got["Paul Kaboré"] == ("artiste",)
    got = people("Mme Ingrid Berg, cheffe de la délégation de l'Union européenne, a parlé.")
    assert got["Ingrid Berg"] == ("cheffe de la délégation de l'Union européenne",)


def test_a_dotted_form_of_address_inside_a_title_does_not_end_it():
    got = people("Étaient présents M. Taieb Fassi Fihri et M. Brahim Frej, Chambellan de S.M. le "
                 "Roi.")
    assert got["Brahim Frej"] == ("Chambellan de S.M. le Roi",)
    got = people("M. Karim Bennani, conseiller de S.M. le Roi, a lu le message. Puis M. Ali Tazi "
                 "a parlé.")
    assert got["Karim Bennani"] == ("conseiller de S.M. le Roi",)
    assert got["Ali Tazi"] == ()


def test_a_hall_or_a_hotel_named_after_someone_names_no_one_even_after_an_elision():
    got = people("De nombreuses personnes ont fait le déplacement ce matin à l'Espace Jules "
                 "Cazot pour le conseil municipal présidé par le maire Max Roustan.")
    assert list(got) == ["Max Roustan"]
    got = people("Les élèves de l'école Jules Ferry ont accueilli la ministre Anne Morel.")
    assert list(got) == ["Anne Morel"]


def test_a_run_opening_or_ending_in_lower_case_is_no_name():
    got = people("En vertu de cette convention, qui s’étale sur trois années renouvelables par "
                 "tacite reconduction, chacune des parties s’engage.")
    assert got == {}
    got = people("Le bloc a été ouvert par le ministre de la Santé et de l’Hygiène publique, Dr "
                 "Aka Aouélé, samedi.")
    assert list(got) == ["Aka Aouélé"]


def test_the_state_an_envoy_stands_for_is_no_person():
    got = people("- Momodu Koroma, Ambassadeur de la République de Sierra Leone;\n\n- Nardos "
                 "Ayalew Belay, Ambassadeur de la République Fédérale Démocratique d’Éthiopie;")
    assert list(got) == ["Momodu Koroma", "Nardos Ayalew Belay"]
    got = people("Mme Claire Rossi, Ambassadrice de la Principauté de Monaco, est arrivée.")
    assert list(got) == ["Claire Rossi"]


def test_a_run_before_a_comma_and_a_title_is_a_person():
    got = people("Il s’agit de:\n\n- Lamine Ouattara, Ambassadeur de la République de Côte "
                 "d’Ivoire;\n\n- Charity Gbedawo, Ambassadeur de la République du Ghana.")
    assert got["Lamine Ouattara"] == ("Ambassadeur de la République de Côte d’Ivoire",)
    assert got["Charity Gbedawo"] == ("Ambassadeur de la République du Ghana",)
    got = people("À la tribune, Kwabena Otoo, le conseiller du ministre, a pris la parole.")
    assert got["Kwabena Otoo"] == ("conseiller du ministre",)
    # only a run of capitalised words: not a place written with its articles
    got = people("Dans la Salle Noble du Palais Présidentiel, le Président João Lourenço a reçu "
                 "les lettres.")
    assert list(got) == ["João Lourenço"]


def test_a_verb_in_the_present_ends_a_title_before_a_name():
    got = people("Le Président ivoirien reçoit M. Ould Khelifa à Alger.")
    assert got["Ould Khelifa"] == ()
    got = people("La ministre de la Santé accueille Mme Awa Diop au ministère.")
    assert got["Awa Diop"] == ()


def test_a_given_name_that_is_also_a_word_of_no_name_opens_a_name():
    got = people("Le président du groupe LR, Christian Jacob, a salué l'élection.")
    assert "Christian Jacob" in got
    got = people("Christian Mbarga a ouvert la séance à Yaoundé.")
    assert "Christian Mbarga" in got


def test_a_run_right_after_a_title_and_its_comma_is_a_person():
    got = people("Sous la présidence du Secrétaire général adjoint du gouvernement, Makre Skpane, "
                 "cette cérémonie a eu lieu.")
    assert got["Makre Skpane"] == ("Secrétaire général adjoint du gouvernement",)
    got = people("Étaient présents le directeur régional de la santé, Kossi Agbeko, et les élus.")
    assert got["Kossi Agbeko"] == ("directeur régional de la santé",)
    # without a comma, only after a title that ends on its head
    got = people("Le président de la Commission Électorale Nationale a parlé.")
    assert got == {}


def test_a_title_before_and_a_possessive_is_not_the_name_s():
    got = people("La passation a eu lieu entre le nouveau ministre et son prédécesseur M. Karim "
                 "Tazi.")
    assert got["Karim Tazi"] == ()
    got = people("La préfète et sa collaboratrice Mme Awa Diop sont arrivées à Thiès.")
    assert got["Awa Diop"] == ()


def test_a_plural_title_shared_by_a_list_is_not_given_twice_in_the_singular():
    got = people("Le Premier ministre Pham Minh Chinh a présidé la cérémonie. A cette occasion, "
                 "les Premiers ministres Pham Minh Chinh et Phankham Viphavanh vont coprésider "
                 "la cérémonie.")
    assert got["Pham Minh Chinh"] == ("Premier ministre",)
    got = people("Le gouverneur Kofi Annan Mensah a ouvert la séance. Plus tard, les gouverneurs "
                 "Kofi Annan Mensah et Ama Serwaa Boateng ont signé.")
    assert got["Kofi Annan Mensah"] == ("gouverneur",)


def test_a_name_after_saint_in_lower_case_is_a_saint_s():
    got = people("La messe a été célébrée en l'église de sainte Marie Madeleine par le curé Paul "
                 "Ngono.")
    assert list(got) == ["Paul Ngono"]
