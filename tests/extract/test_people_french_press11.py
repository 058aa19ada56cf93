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


@pytest.mark.parametrize(("text", "name", "title"), [
    ("Il fut le directeur de cabinet de Marc Lenoir, alors haut-commissaire, à Nouméa.",
     "Marc Lenoir", "haut-commissaire"),
    ("Il a travaillé avec Marie Lefort, aujourd’hui préfète de l’Aude, à Paris.",
     "Marie Lefort", "préfète de l’Aude"),
])
def test_an_adverb_of_time_before_an_apposition_is_no_part_of_the_title(text, name, title):
    assert people(text)[name] == (title,)


def test_the_eldest_of_an_assembly_has_a_title():
    got = people("La séance était présidée par l’aînée des conseillers, Jeanne Morel, 81 ans.")
    assert got["Jeanne Morel"] == ("aînée des conseillers",)


def test_a_spokesperson_written_without_a_hyphen_has_a_title():
    got = people("Il était entouré de Julie Marc (porte parole de l'ambassade) et de Paul Roy.")
    assert got["Julie Marc"] == ("porte parole de l'ambassade",)


def test_a_long_title_before_a_rank_stacks_with_it():
    got = people("La cérémonie a eu lieu en présence du Délégué général du gouvernement auprès "
                 "de la province du Batha, le Général Ahmat Youssouf Hassan, et des notables.")
    assert got["Ahmat Youssouf Hassan"] == (
        "Délégué général du gouvernement auprès de la province du Batha", "Général")


def test_the_complement_of_a_title_is_no_name_and_does_not_cut_the_stack():
    # « Transition » (spaCy's PER « Président de la Transition ») is no one
    got = people("Il a salué la vision du Président de la Transition, le Colonel Assimi GOITA.")
    assert got == {"Assimi Goita": ("Président de la Transition", "Colonel")}


@pytest.mark.parametrize(("text", "name"), [
    ("Le Chef de l’Etat, Général MAHAMAT IDRISS DEBY ITNO a reçu la délégation.",
     "MAHAMAT IDRISS DEBY ITNO"),
    ("Le président a reçu hier le colonel ISSA OUSMANE KORE à Niamey.", "ISSA OUSMANE KORE"),
])
def test_a_whole_name_in_capitals_with_a_known_given_name_is_a_person(text, name):
    assert name in people(text)


def test_a_given_name_that_is_also_a_word_of_no_name_stays_inside_a_name():
    got = people("Le président du Faso, Son Excellence Roch Marc Christian KABORE, a reçu.")
    assert "Roch Marc Christian Kabore" in got


@pytest.mark.parametrize(("text", "name", "title"), [
    ("Selon l'agence, Mansour el-Azzam, ministre syrien des Affaires présidentielles, a parlé.",
     "Mansour el-Azzam", "ministre syrien des Affaires présidentielles"),
    ("Le président a reçu Karim al-Khoury, ambassadeur du Liban, au palais.",
     "Karim al-Khoury", "ambassadeur du Liban"),
])
def test_a_name_ending_on_an_arabic_article_joined_to_the_surname_is_a_person(
        text, name, title):
    assert people(text)[name] == (title,)


def test_a_role_after_a_name_ends_before_the_next_name_and_its_own_role():
    got = people("La liste menée par Sophie Blanc, en tant que première adjointe au maire et "
                 "Marc Petit comme second adjoint, a été élue.")
    assert got["Sophie Blanc"] == ("première adjointe au maire",)
    assert got["Marc Petit"] == ("second adjoint",)


def test_a_form_of_address_without_its_dot_stands_between_the_title_and_the_name():
    got = people("Le Ministre malien de la Santé, M Oumar Traoré, a visité le centre.")
    assert got["Oumar Traoré"] == ("Ministre malien de la Santé",)


@pytest.mark.parametrize(("text", "name", "title"), [
    ("Cinq voix sont allées à l'élue d'opposition Claire Martin, lundi soir.",
     "Claire Martin", "élue d'opposition"),
    ("L'élu socialiste de Brest Marc Aubry a obtenu 30 voix.",
     "Marc Aubry", "élu socialiste de Brest"),
    ("Le maire a salué le nouvel élu du canton, Marc Aubry.", "Marc Aubry", "nouvel élu du canton"),
])
def test_an_elected_member_named_by_his_article_has_a_title(text, name, title):
    assert people(text)[name] == (title,)


def test_elected_as_a_verb_is_no_title():
    assert people("Paul Martin, élu président du Sénat mardi, a parlé.")["Paul Martin"] == (
        "président du Sénat",)


@pytest.mark.parametrize(("text", "name"), [
    ("Bruno Le Maire est désigné numéro deux du gouvernement.", "Bruno Le Maire"),
    ("Le conseil a reçu Anne Le Préfet, directrice de l'école, lundi.", "Anne Le Préfet"),
])
def test_a_surname_opening_on_an_article_keeps_its_word_that_is_a_title(text, name):
    assert name in people(text)



@pytest.mark.parametrize(("text", "name", "title"), [
    ("Dans le nouveau gouvernement, Karim Benali reste ministre de la Justice.",
     "Karim Benali", "ministre de la Justice"),
    ("Après le remaniement, Sophie Marchal demeure porte-parole du gouvernement.",
     "Sophie Marchal", "porte-parole du gouvernement"),
    ("Awa Diop, très proche du président, est propulsée ministre des Armées.",
     "Awa Diop", "ministre des Armées"),
])
def test_a_member_kept_or_promoted_in_a_reshuffle_holds_the_office_named(text, name, title):
    assert people(text)[name] == (title,)


def test_staying_convinced_is_no_office():
    got = people("Paul Martin reste convaincu que le projet aboutira, a dit le maire.")
    assert got.get("Paul Martin", ()) == ()
