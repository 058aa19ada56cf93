"""Venue: event, city, country; dateline city apart; nothing invented."""

from __future__ import annotations

import datetime as dt

from communique.extract import extract_article

TODAY = dt.date(2026, 11, 29)


def test_city_and_written_country(french_nlp):
    r = extract_article("Le Maroc a été élu jeudi 7 novembre 2024 lors du congrès de l'UPF à "
                        "Glasgow, en Écosse.", "fr", reference_date=TODAY)
    assert (r.venue.city, r.venue.country) == ("Glasgow", "Écosse")


def test_country_from_gazetteer_when_not_written():
    r = extract_article("Leaders met on Monday, June 27, 2016 for the summit in Ottawa.", "en",
                        reference_date=TODAY)
    assert (r.venue.city, r.venue.country) == ("Ottawa", "Canada")
    assert r.to_dict()["provenance"]["venue.country"]["start"] == r.to_dict()["provenance"][
        "venue.city"]["start"]


def test_dateline_city_apart_from_venue(french_nlp):
    text = ("Rabat, le 8 novembre 2024 (MAP) - Le Maroc a été élu jeudi lors de l'Assemblée "
            "générale d'Interpol à Glasgow.")
    r = extract_article(text, "fr", reference_date=TODAY)
    assert r.venue.city == "Glasgow"
    assert r.date == "2024-11-07"


def test_videoconference_has_no_venue(french_nlp):
    text = ("Rabat, le 8 novembre 2024 - Le ministre a participé mercredi par visioconférence "
            "à la réunion des ministres africains.")
    r = extract_article(text, "fr", reference_date=TODAY)
    assert r.venue.city is None and r.venue.country is None
    assert any("visioconférence" in w for w in r.warnings)


def test_decree_has_no_venue():
    text = "By decree signed on 3 March 2023, the President appointed Jane Doe as ambassador."
    r = extract_article(text, "en", reference_date=TODAY)
    assert r.venue.to_dict() == {"city": None, "country": None, "event": None}


def test_city_inside_a_title_is_not_the_venue(french_nlp):
    text = ("Mohamed Dkhissi, responsable du Bureau central national d'Interpol à Rabat, "
            "a été élu le 7 novembre 2024.")
    r = extract_article(text, "fr", reference_date=TODAY)
    assert r.venue.city is None


def test_arabic_city_with_prefix():
    r = extract_article("وقع الوزير أمس الاثنين 23 نونبر 2015 بالرباط على اتفاق.", "ar",
                        reference_date=TODAY)
    assert r.venue.city == "الرباط"
    assert r.venue.country == "المغرب"


def test_country_from_the_host_office_when_no_venue_is_written():
    text = ("Ram Nath Kovind was on Tuesday sworn in as the 14th President of India in "
            "Parliament's Central Hall. The Prime Minister and Ambassadors were present.")
    got = extract_article(text, "en", reference_date=dt.date(2017, 7, 25))
    assert got.venue.city is None
    assert got.venue.country == "India"


def test_country_named_as_a_subject_is_not_the_venue():
    text = ("Morocco was elected on Thursday vice-president of the General Assembly. Morocco "
            "thanked the members.")
    got = extract_article(text, "en", reference_date=dt.date(2017, 6, 2))
    assert got.venue.country is None


def test_country_written_beside_a_city_the_gazetteer_lacks():
    text = ("La remise des prix s'est déroulée ce vendredi à Oviedo, capitale de la principauté "
            "des Asturies, dans le nord-ouest de l'Espagne.")
    got = extract_article(text, "fr", reference_date=dt.date(2015, 10, 23))
    assert got.venue.city == "Oviedo"
    assert got.venue.country == "Espagne"


def test_title_case_wire_dateline_names_the_city():
    text = ("Tepa(Ash), Nov. 18, GNA - The District Assembly on Thursday elected Mr Bismark "
            "Osei as its Presiding member at the Second Ordinary meeting.")
    got = extract_article(text, "en", reference_date=dt.date(2005, 11, 18))
    assert got.venue.city == "Tepa"


def test_wire_dateline_with_the_agency_after_a_slash_is_the_city():
    v = extract_article("Talks held\n\nUlaanbaatar/MONTSAME/. The two ministers held talks on "
                        "Monday, June 12, 2023.", "en", reference_date=dt.date(2026, 11, 29)).venue
    assert (v.city, v.country) == ("Ulaanbaatar", "Mongolia")


def test_city_after_in_with_a_bare_ceremony_is_the_venue():
    v = extract_article("The two sides signed three agreements on Monday, June 12, 2023. The "
                        "documents were exchanged during a ceremony held at the ministry in "
                        "Beijing.", "en", reference_date=dt.date(2026, 11, 29)).venue
    assert v.city == "Beijing"


def test_city_of_another_visit_in_the_event_sentence_is_not_the_venue():
    v = extract_article("Le ministre a signé mercredi 12 juin 2023 trois accords. Ils préparent "
                        "la visite d'Etat du président en France, après la visite du ministre à "
                        "Luanda.", "fr", reference_date=dt.date(2026, 11, 29)).venue
    assert v.city != "Luanda"


def test_envoys_accredited_to_a_country_are_received_there(french_nlp):
    text = ("Quatre ambassadeurs présentent leurs lettres de créance\n\nQuatre nouveaux "
            "ambassadeurs accrédités auprès de la Côte d'Ivoire ont présenté hier leurs lettres "
            "de créance au palais présidentiel.")
    r = extract_article(text, "fr", reference_date=dt.date(2009, 7, 8))
    assert r.venue.country == "Côte d'Ivoire"
    ar = ("سفراء جدد\n\nاستقبل رئيس الدولة أمس بمقر رئاسة الجمهورية عدة سفراء سلموا له أوراق "
          "اعتمادهم بصفتهم سفراء جدد لدى الجزائر.")
    assert extract_article(ar, "ar", reference_date=dt.date(2019, 7, 1)).venue.country \
        == "الجزائر"
    en = ("Credentials\n\nFive new ambassadors accredited to Tanzania presented their "
          "credentials to the President on Monday.")
    assert extract_article(en, "en", reference_date=dt.date(2021, 5, 10)).venue.country \
        == "Tanzania"


def test_a_long_official_country_name_is_given_by_its_common_name():
    text = ("أوراق اعتماد\n\nتسلم الرئيس أمس أوراق اعتماد السفير الجديد المعتمد لدى الجمهورية "
            "العربية السورية.")
    r = extract_article(text, "ar", reference_date=dt.date(2019, 7, 1))
    assert r.venue.country == "سوريا"


def test_a_town_the_gazetteer_lacks_takes_its_regions_country():
    text = ("Governor sworn in\n\nThe new Wyoming Governor took the oath of office on Monday, "
            "January 7, 2019 in Cheyenne.")
    r = extract_article(text, "en", reference_date=dt.date(2019, 1, 7))
    assert (r.venue.city, r.venue.country) == ("Cheyenne", "United States")
    ghana = ("Presiding member elected\n\nTepa(Ash), Nov. 18, GNA - The Ahafo-Ano North "
             "District Assembly on Thursday elected Mr Kofi Osei as its Presiding member at the "
             "Second Ordinary meeting held at Tepa.")
    r = extract_article(ghana, "en", reference_date=dt.date(2005, 11, 18))
    assert (r.venue.city, r.venue.country) == ("Tepa", "Ghana")  # not Cameroon's "North"


def test_a_region_shared_by_several_countries_gives_none():
    text = ("Presiding member elected\n\nTepa(Ash), Nov. 18, GNA - The Centre Region Assembly "
            "on Thursday elected Mr Kofi Osei as its Presiding member at the Second Ordinary "
            "meeting held at Tepa.")
    r = extract_article(text, "en", reference_date=dt.date(2005, 11, 18))
    assert r.venue.city == "Tepa" and r.venue.country is None


def test_a_city_told_with_an_act_after_the_lead_is_the_venue(french_nlp):
    # pages-2026-12d sierraloaded: no date, no event named in the lead; the second sentence
    # tells the act and where it took place
    en = ("Sierra Leone's Ambassador to China, Dr. Abu Bakarr Karim, has officially assumed the "
          "role of non-resident High Commissioner to New Zealand.\nThe formal presentation of "
          "his Letters of Credence to the Governor-General took place at the Government House "
          "in Wellington.")
    r = extract_article(en, "en", reference_date=TODAY)
    assert (r.venue.city, r.venue.country) == ("Wellington", "New Zealand")
    # told without an act, a city further on is no venue (of two such cities, neither: one
    # alone is the city told elsewhere, test_venue_told_elsewhere.py)
    idle = en.replace("took place at the Government House in Wellington",
                      "is a step of his mission in Wellington and in Auckland")
    assert extract_article(idle, "en", reference_date=TODAY).venue.city is None
    # dev-2026-12d hindustantimes: "signed in Guyana's capital Georgetown"
    fr = ("Le Premier ministre est arrivé mercredi pour une visite de deux jours.\nIl a rencontré "
          "le président du pays.\nL'accord a été signé à Georgetown en présence des "
          "deux délégations.")
    assert extract_article(fr, "fr", reference_date=TODAY).venue.city == "Georgetown"
    # too far into the article, an act told with a city is another one
    far = fr.replace("Il a rencontré le président du pays.",
                     "Il a rencontré le président. Ils ont parlé. Ils ont déjeuné. Ils ont marché.")
    assert extract_article(far, "fr", reference_date=TODAY).venue.city is None


def test_a_building_written_with_its_article_is_no_city(french_nlp):
    # pages-2026-12d senenews: « à l’Elysée », Paris not named
    text = ("Le président français Emmanuel Macron a reçu ce vendredi 04 septembre 2020 son "
            "homologue ivoirien Alassane Ouattara à l’Elysée.")
    r = extract_article(text, "fr", reference_date=TODAY)
    assert r.venue.city is None
    # a town the gazetteer lacks, capitalised after « à », is still read
    town = text.replace("à l’Elysée", "à Bingerville")
    assert extract_article(town, "fr", reference_date=TODAY).venue.city == "Bingerville"
