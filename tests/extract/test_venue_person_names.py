"""A town's name that opens a person's name ("Atar Nazir") is no place (each test fails
without ``venue._opens_a_name``)."""

from __future__ import annotations

import datetime as dt

from communique.extract import extract_article

TODAY = dt.date(2023, 7, 20)


def test_a_town_name_before_a_given_name_is_a_person_not_the_venue():
    # the development article's construction (pages-2026-12c, en-thenews-kakakhel): Atar is a
    # town of Mauritania, « Atar Nazir » a guest of the ceremony in Peshawar
    text = ("PESHAWAR: The Caretaker Minister for Information on Thursday inaugurated a new "
            "building at the Auqaf Department.\n\nKP Chief Khateeb Maulana Muhammad Tayyab "
            "Qureshi, Baba Gorpal Singh and Atar Nazir and other religious community "
            "representatives were among those present at the inaugural ceremony.")
    r = extract_article(text, "en", reference_date=TODAY)
    assert r.venue.city.lower() == "peshawar"


def test_other_town_and_given_name_in_a_list_of_guests():
    # other names, other places: Kano (Nigeria) opening the name « Kano Hamid »
    text = ("KUMASI: The Regional Minister on Friday opened the new central market.\n\n"
            "Chiefs Nana Osei Bonsu, Kofi Boateng and Kano Hamid attended the opening "
            "ceremony with traders of the city.")
    r = extract_article(text, "en", reference_date=TODAY)
    assert r.venue.city.lower() == "kumasi"


def test_the_name_as_subject_of_the_lead():
    text = ("JUBA – Kano Salim, the new director of the agency, was sworn in on Monday at a "
            "ceremony attended by the minister.")
    r = extract_article(text, "en", reference_date=TODAY)
    assert r.venue.city.lower() == "juba"


def test_after_a_locative_the_town_stays_a_place():
    # « in » says the place, even before a given name (« Hamid », here a street's)
    text = ("The governor inaugurated the new bridge in Kano Hamid Road on Monday, before "
            "a crowd of residents.")
    r = extract_article(text, "en", reference_date=TODAY)
    assert r.venue.city == "Kano"
