"""French press constructions (session 12): Belgian mayors and aldermen, the youngest of an
assembly, the holder of a portfolio, a sovereign's or a marshal's style, adjectives of origin
in a country's name, buildings named after someone, and a list's next item after « et ».
Names, towns and offices differ from the articles the rules were found in."""

from __future__ import annotations

import datetime as dt

import pytest

from communique.extract import extract_article

TODAY = dt.date(2026, 12, 4)


def people(text: str) -> dict[str, tuple[str, ...]]:
    got = extract_article(text, "fr", reference_date=TODAY).people
    return {p.name: tuple(p.titles) for p in got}


@pytest.mark.parametrize(("text", "name", "title"), [
    ("La nouvelle bourgmestre de Wavre, Anne Lambert (MR), a prêté serment lundi.",
     "Anne Lambert", "nouvelle bourgmestre de Wavre"),
    ("Le parti dont le bourgmestre sortant, Marc Dubois, fera un pas de côté a gagné.",
     "Marc Dubois", "bourgmestre sortant"),
    ("L'échevine des finances, Julie Martin, a présenté le budget communal.",
     "Julie Martin", "échevine des finances"),
    ("Son père, Paul Lambert, bourgmestre de la commune jusqu'en 2006, était présent.",
     "Paul Lambert", "bourgmestre de la commune"),
])
def test_a_belgian_mayor_or_alderman_has_a_title(text, name, title):
    assert people(text)[name] == (title,)


@pytest.mark.parametrize(("text", "name", "title"), [
    ("Le discours a été prononcé par le benjamin du conseil général, Hugo Perrin, 22 ans.",
     "Hugo Perrin", "benjamin du conseil général"),
    ("La séance a été ouverte par la benjamine de l'Assemblée, Léa Morel, élue du Var.",
     "Léa Morel", "benjamine de l'Assemblée"),
    ("Le nouveau titulaire de la Culture, Marc Joseph, a été installé vendredi à Jacmel.",
     "Marc Joseph", "nouveau titulaire de la Culture"),
    ("La passation a eu lieu entre la ministre sortante, Awa Diallo, et la nouvelle "
     "titulaire du portefeuille, O’Neige N’kanza.",
     "O’Neige N’kanza", "nouvelle titulaire du portefeuille"),
])
def test_a_head_read_only_after_its_article_is_a_title(text, name, title):
    assert people(text)[name] == (title,)


@pytest.mark.parametrize(("text", "name"), [
    ("Benjamin Dupont a présidé la séance lundi.", "Benjamin Dupont"),
    ("Marie Curie, titulaire d'un doctorat en physique, a reçu le prix.", "Marie Curie"),
])
def test_a_given_name_or_a_degree_is_no_such_title(text, name):
    assert people(text)[name] == ()


def test_a_grand_duchess_named_by_her_given_name_alone_is_a_person():
    assert people("La Grande-Duchesse Charlotte a reçu, ce mercredi, le Premier ministre "
                  "portugais.") == {"Charlotte": ("Grande-Duchesse",)}


def test_a_marshal_after_a_head_of_state_is_a_rank_not_a_name():
    got = people("Le Président de la République, Maréchal Idriss Mahamat Kaba, a reçu le "
                 "représentant de la Banque.")
    assert got["Idriss Mahamat Kaba"] == ("Président de la République", "Maréchal")


def test_an_adjective_of_origin_in_a_country_name_is_no_name_word():
    got = people("Le président de la République Centre-africaine Faustin Touadéra vient "
                 "d’arriver à Kinshasa.")
    assert got == {"Faustin Touadéra": ("président de la République Centre-africaine",)}


@pytest.mark.parametrize("text", [
    "Le président a été accueilli à l'aéroport international Victor Hugo par le Premier "
    "ministre.",
    "La délégation a été accueillie au Centre international de conférences Victor Hugo de "
    "Dakar.",
    "Après l’accueil de la délégation à l’entrée du hall Victor Hugo, le ministre s'est "
    "rendu au bureau.",
])
def test_a_building_named_after_someone_names_no_person(text):
    assert "Victor Hugo" not in people(text)


def test_a_guest_received_at_the_presidential_palace_is_a_person():
    got = people("Il a été reçu au Palais Présidentiel par Alamine Ousmane Mey, ministre de "
                 "l’Economie.")
    assert got["Alamine Ousmane Mey"] == ("ministre de l’Economie",)


def test_a_dash_after_a_name_is_no_part_of_it():
    got = people("Le bourgmestre d'Ixelles, Christos Kalou - lequel accède pour la première "
                 "fois à une fonction exécutive -, a prêté serment.")
    assert got == {"Christos Kalou": ("bourgmestre d'Ixelles",)}


def test_and_an_article_after_a_name_open_the_next_item_of_a_list():
    got = people("La passation a eu lieu entre la ministre sortante, Awa Diallo, et la "
                 "nouvelle directrice, dont le nom n'est pas connu.")
    assert got["Awa Diallo"] == ("ministre sortante",)


@pytest.mark.parametrize(("text", "pairs"), [
    # a list opening on a name: each title after its name, a form of address or not
    ("Il s'agit de MM. Paul Kaba, ambassadeur de Malte, Jean Kone, ambassadeur du Chili, "
     "M. Pierre Louis, ambassadeur de Suisse, et Marc Dupont, ambassadeur de Corée.",
     {"Jean Kone": ("ambassadeur du Chili",), "Pierre Louis": ("ambassadeur de Suisse",)}),
    ("Il était accompagné de Mme Julie Roy, directrice adjointe de cabinet, Mme Anne Petit, "
     "conseillère technique, M. Marc Blanc, haut-commissaire de la République et M. Luc "
     "Moreau, directeur de cabinet.",
     {"Anne Petit": ("conseillère technique",),
      "Marc Blanc": ("haut-commissaire de la République",)}),
    # a list opening on a title: each title before its name, however long the list
    ("Il a reçu le préfet du Mfoundi, Jean Tsila, le préfet de la Lékié, Paul Ndo, le "
     "préfet du Nyong, Marc Abena, à Yaoundé.",
     {"Paul Ndo": ("préfet de la Lékié",), "Marc Abena": ("préfet du Nyong",)}),
])
def test_the_first_item_of_a_list_says_which_way_its_titles_run(text, pairs):
    got = people(text)
    for name, titles in pairs.items():
        assert got[name] == titles


def test_a_preposition_after_a_name_leads_to_another_person():
    got = people("Présentation des lettres de créance de l’Ambassadeur de France, M. Paul "
                 "KABA, au Président de la République du Ghana, M. Kwame ASANTE.")
    assert got["Paul Kaba"] == ("Ambassadeur de France",)


def test_an_ellipsis_ends_a_title_as_a_sentence_ends():
    got = people("Le nouveau préfet de Bretagne prend ses fonctions aujourd’hui… Paul Kaba a "
                 "été nommé au cabinet du ministre.")
    assert got["Paul Kaba"] == ()


def test_titles_told_respectively_keep_an_office_s_letters_in_brackets():
    got = people("Le président a reçu MM Paul Durand et Jean Kone respectivement président "
                 "de l'Assemblée nationale (AN) et Premier ministre.")
    assert got["Jean Kone"] == ("Premier ministre",)
    assert got["Paul Durand"] == ("président de l'Assemblée nationale (AN)",)


COUNCIL = """Le premier conseil municipal s'est tenu samedi à Vernon.
Paul Morel a été élu maire.
{lead}
- Claire Dubois
- Hugo PERRIN
- Anne-Marie Lefort
"""


@pytest.mark.parametrize("lead", [
    "Les autres membres du conseil municipal sont :",
    "L'ensemble des membres du conseil municipal sont:",
])
def test_members_listed_one_per_line_after_a_plural_title_hold_it(lead):
    got = people(COUNCIL.format(lead=lead))
    assert got["Paul Morel"] == ("maire",)
    for name in ("Claire Dubois", "Hugo Perrin", "Anne-Marie Lefort"):
        assert got[name] == ("membre du conseil municipal",)


def test_names_listed_after_no_title_hold_none():
    got = people(COUNCIL.format(lead="Étaient présents à la séance :"))
    assert got["Claire Dubois"] == ()


def test_subject_titles_of_following_sentences_name_the_same_person():
    got = people("Karim Benali est élu président du Sénat. L'élu de Tanger devient ainsi le "
                 "deuxième personnage de l'État. Investi lundi par son groupe, le chef de "
                 "file de la majorité était assuré de l'emporter.")
    assert got["Karim Benali"] == ("président du Sénat", "élu de Tanger",
                                   "chef de file de la majorité")


def test_a_subject_title_of_another_office_with_the_same_head_is_still_read():
    got = people("Comme annoncé, le président malien, Paul Kaba a foulé le sol guinéen ce "
                 "mercredi. En provenance de son pays, le chef de l’Etat malien a été accueilli "
                 "à l'aéroport. Le chef de la diplomatie guinéenne, Marc Dupont, était présent.")
    assert got["Paul Kaba"] == ("président malien", "chef de l’Etat malien")


def test_a_subject_title_another_person_holds_in_full_is_not_read():
    got = people("Paul Kaba, candidat du PDS, a voté ce matin à Sète. Le maire a salué la "
                 "participation. Le maire de Sète, Jean Kone, était présent.")
    assert got["Paul Kaba"] == ("candidat du PDS",)


@pytest.mark.parametrize(("text", "name"), [
    ("Alpha Bangoura a été accueilli par une foule dans la commune rurale de Kindia ce "
     "mercredi 26 février 2020.", "Alpha Bangoura"),
    ("Ont prêté serment Paul Morel (Uccle - MR); Hervé Doyen (Jette - cdH) et Anne Petit "
     "(Forest - PS).", "Hervé Doyen"),
])
def test_a_given_name_that_is_also_a_word_or_a_title_opens_a_name(text, name):
    assert name in people(text)


@pytest.mark.parametrize(("text", "name", "title"), [
    ("Ouagadougou, 3 mai (AIB)-Le ministre de la Santé, Paul Kaba, a remis les clés du centre.",
     "Paul Kaba", "ministre de la Santé"),
    ("«Le projet avait été pensé du temps de notre maire précédent Julien Marchal», a "
     "rappelé l'élu.", "Julien Marchal", "maire précédent"),
    ("Mme Awa Kaboré garde ses fonctions de ministre de la Santé et s'impose comme la seule "
     "femme du gouvernement.", "Awa Kaboré", "ministre de la Santé"),
    ("Nous comptons sur vous, a déclaré Marc Yao appelé dans les fonctions du ministre de la "
     "Ville et de la Salubrité publique.",
     "Marc Yao", "ministre de la Ville et de la Salubrité publique"),
])
def test_a_dateline_a_possessive_or_a_post_kept_or_called_to_leads_to_the_title(
        text, name, title):
    assert people(text)[name] == (title,)
