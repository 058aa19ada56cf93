"""Venue and date: institution names are not cities, datelines and by-lines in paragraphs (each
test fails without its rule).
"""

from __future__ import annotations

import datetime as dt

from communique.extract import extract_article

TODAY = dt.date(2018, 7, 12)


def test_city_word_inside_an_institution_name_is_not_the_city():
    # "Rajya Sabha" (India's upper house) is not Sabha, Libya; the dateline city stays.
    text = ("New Delhi, July 10 (IANS) In a first in its history, the Rajya Sabha on Tuesday "
            "inked an MoU with its counterpart in Rwanda.\n\nVice President and Rajya Sabha "
            "Chair M. Venkaiah Naidu signed the Memorandum of Understanding.")
    r = extract_article(text, "en", reference_date=TODAY)
    assert r.venue.city == "New Delhi"
    assert r.venue.country == "India"


def test_wire_dateline_quoted_inside_a_paragraph():
    text = ("Le président a reçu jeudi les lettres de créance du nouvel ambassadeur.\n\n"
            "L'annonce officielle a été faite sous cette forme : Paris, February 23 (QNA) – "
            "President Francois Hollande received on Thursday the credentials of the ambassador.")
    r = extract_article(text, "fr", reference_date=dt.date(2017, 2, 24))
    assert r.venue.city == "Paris"


def test_byline_filed_from_city_when_no_venue_is_written():
    text = ("Zimbabwe and Rwanda sign five MOUs\n\nFrom Victoria Ruzvidzo in Kigali, Rwanda\n\n"
            "Zimbabwe and Rwanda have signed five MOUs set to transform economic relations "
            "between the two countries.")
    r = extract_article(text, "en", reference_date=TODAY)
    assert r.venue.city == "Kigali"


def test_arabic_yesterday_with_article():
    # « الامس » / « الأمس » is « أمس » with the article: the day before the article's date.
    text = ("الرئيس يستلم أوراق اعتماد السفير\nNov 25, 2017\n"
            "استلم الرئيس بشار الأسد في قصر الشعب بدمشق الامس أوراق اعتماد سعد زخيا سفيرا.")
    r = extract_article(text, "ar", reference_date=dt.date(2017, 11, 25))
    assert r.date == "2017-11-24"
    assert r.venue.city == "دمشق"


def test_a_dateline_ending_in_a_full_stop():
    # The Citizen's style: "Dar es Salaam. President … today received …", with no other city
    # told with the event.
    text = ("President receives ambassadors\n\nBy Bethsheba Wambura\n\nDar es Salaam. President "
            "Samia Suluhu Hassan today received five new ambassadors who came to present their "
            "credentials.")
    r = extract_article(text, "en", reference_date=dt.date(2021, 5, 10))
    assert (r.venue.city, r.venue.country) == ("Dar es Salaam", "Tanzania")
    assert "venue.city" in r.uncertain  # only the dateline's city: to confirm
