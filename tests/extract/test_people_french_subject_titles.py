"""French titles told away from the name: a sentence whose subject is a title with no name
names the subject of the sentence before; and predicative titles after « a été » (each test
fails without its rule; sentences not from any article)."""

from __future__ import annotations

import datetime as dt

from communique.extract import extract_article

TODAY = dt.date(2026, 11, 29)


def people(text: str) -> dict[str, tuple[str, ...]]:
    got = extract_article(text, "fr", reference_date=TODAY).people
    return {p.name: tuple(p.titles) for p in got}


def test_a_title_opening_the_next_sentence_names_its_subject():
    got = people("Awa Diop a présidé lundi la réunion du conseil régional à Thiès. La présidente "
                 "du conseil régional a annoncé un plan d'investissement.")
    assert got["Awa Diop"] == ("présidente du conseil régional",)
    # after an opening phrase, in both sentences
    got = people("Dès son arrivée, Karim Tazi a salué les élus. Selon ses proches, le nouveau "
                 "gouverneur de la région a promis d'aller vite.")
    assert got["Karim Tazi"] == ("nouveau gouverneur de la région",)


def test_a_subject_title_is_not_given_when_it_may_be_another_s():
    # two people in the sentence before
    got = people("Karim Tazi a reçu Ali Benali à Rabat. Le gouverneur de la région a salué la "
                 "visite.")
    assert got["Karim Tazi"] == () and got["Ali Benali"] == ()
    # another person holds a title of that head
    got = people("Le maire Paul Blanc a accueilli les élus. Karim Tazi a pris la parole. Le "
                 "maire a ensuite remercié les invités.")
    assert got["Karim Tazi"] == ()
    # a name after the title: the title is that name's
    got = people("Karim Tazi a salué les élus. Le ministre de l'Intérieur, Ali Benali, a pris "
                 "la parole.")
    assert got["Karim Tazi"] == ()
    # no verb known to end the title
    got = people("Karim Tazi a salué les élus. Le nouveau gouverneur de la région veut aller "
                 "vite.")
    assert got["Karim Tazi"] == ()


def test_a_ete_before_a_title_says_the_office_held():
    got = people("Avant cela, Aminata Touré avait été ministre de la Justice entre 2012 et 2013.")
    assert got["Aminata Touré"] == ("ministre de la Justice",)
    got = people("Karim Tazi a été reçu par le ministre à Rabat.")
    assert got["Karim Tazi"] == ()


def test_an_adverb_between_a_and_ete_and_a_party_in_brackets_before_the_verb():
    got = people("Le journaliste Siméon Isako a également été élu juge.")
    assert got["Siméon Isako"] == ("journaliste", "juge")
    got = people("Carole Delga (PS) a été élue présidente de la région Occitanie.")
    assert got["Carole Delga"] == ("présidente de la région Occitanie",)


def test_a_french_ordinal_in_figures_opens_the_title():
    got = people("Mme Sophie Martin, 5e adjointe au maire, a ouvert la séance.")
    assert got["Sophie Martin"] == ("5e adjointe au maire",)
