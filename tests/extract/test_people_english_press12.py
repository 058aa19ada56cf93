"""People: English press constructions of issue 15, session 12 (courtesy calls listed with
the post before a bracketed name, Westminster styles of address, an envoy's residence between
title and name, local offices of Indian copy, appointments told without a verb). Every
sentence is invented (names, places and offices of our own): each construction is read
whatever the words in it."""

from __future__ import annotations

import datetime as dt

import pytest

from communique.extract import extract_article

TODAY = dt.date(2026, 12, 4)


def people(text: str) -> dict[str, tuple[str, ...]]:
    return {p.name: p.titles for p in extract_article(text, "en", reference_date=TODAY).people}


# (sentence, {person: titles})
TABLE = [
    # the post before a name in brackets is that name's; "in her capacity as" tells an office
    # in capitals that needs no title head ("Dean" is a given name too)
    ("The Lorvania High Commissioner (H.E. Ruth Ambler) in her capacity as Dean of the "
     "Diplomatic Corps received the envoys on Monday.",
     {"Ruth Ambler": ("Lorvania High Commissioner", "Dean of the Diplomatic Corps")}),
    # (a country unknown to us, read as a run of capitals, is no name before the bracket)
    ("The envoys who called on the Dean included: Ambassador of Lorvania (H.E. Ruth "
     "Ambler); Ambassador of Chile (H.E. Corwin Aldous); and Ambassador of Kestrelia (H.E. "
     "Daniel Okoro).",
     {"Ruth Ambler": ("Ambassador of Lorvania",), "Corwin Aldous": ("Ambassador of Chile",),
      "Daniel Okoro": ("Ambassador of Kestrelia",)}),
    # a plural before the brackets is shared, told once; one word in brackets qualifies the
    # title ("Retd"), and names no one
    ("The president retained the governors of Tarvia (Elia Irimari), Melkon (Laura Voss) "
     "and Orrin (Marius Okoro).",
     {"Elia Irimari": (), "Laura Voss": (), "Marius Okoro": ()}),
    ("Ruth Ambler succeeds Justice (Retd) P Corwin, who left for Lorton.",
     {"Ruth Ambler": (), "P Corwin": ("Justice",)}),
    ("Second Secretary (Political) Corwin Aldous attended.",
     {"Corwin Aldous": ("Second Secretary",)}),
    # "Rt. Hon." and "Rt Hon" are forms of address, with their dots or without
    ("The envoys presented their credentials to the Governor General of Kestrelia, H.E. Rt. "
     "Hon. Dame Odile Ferrand.",
     {"Odile Ferrand": ("Governor General of Kestrelia",)}),
    ("The Rt Hon Corwin Aldous, Prime Minister of Lorvania, opened the session.",
     {"Corwin Aldous": ("Prime Minister of Lorvania",)}),
    ("The Speaker, the Rt. Hon. Corwin Aldous, opened the session.",
     {"Corwin Aldous": ("Speaker",)}),
    ("Rt. Hon. Ruth Ambler, Prime Minister of Lorvania, met the envoys.",
     {"Ruth Ambler": ("Prime Minister of Lorvania",)}),
    # courtesy calls listed with the post after each name
    ("The Dean received courtesy calls from Her Excellency Ruth Ambler, High Commissioner of "
     "Lorvania to Kestrelia, and His Excellency Corwin Aldous, Ambassador of Peru.",
     {"Ruth Ambler": ("High Commissioner of Lorvania to Kestrelia",),
      "Corwin Aldous": ("Ambassador of Peru",)}),
    ("Courtesy calls were paid by Ruth Ambler, Ambassador of Oman; Corwin Aldous, Ambassador "
     "of Lorvania; and Daniel Okoro, High Commissioner of Kestrelia.",
     {"Ruth Ambler": ("Ambassador of Oman",), "Corwin Aldous": ("Ambassador of Lorvania",),
      "Daniel Okoro": ("High Commissioner of Kestrelia",)}),
    # where an envoy sits, told between the title and the name, is no title
    ("The High Commissioner of Lorvania to Kestrelia, resident in Lorton, H.E. Mele Tupou "
     "also paid a courtesy call.",
     {"Mele Tupou": ("High Commissioner of Lorvania to Kestrelia",)}),
    # a body of envoys is no person
    ("The Dean briefed them on the activities of the Lorton Diplomatic Corps and of the 40 "
     "Diplomatic Missions in Lorton. Ambassador Ruth Ambler thanked him.",
     {"Ruth Ambler": ("Ambassador",)}),
    ("The Dean advised them of the activities of the KL Diplomatic Corps. The Heads of "
     "Diplomatic Missions from Kenya and Peru thanked Ambassador Ruth Ambler.",
     {"Ruth Ambler": ("Ambassador",)}),
    # a portfolio and a comma before a lawyer's style ("Cllr.") and the name
    ("Those commissioned include Trade Minister, Ruth Ambler; and Labor Minister, Cllr. "
     "Corwin Aldous.",
     {"Ruth Ambler": ("Trade Minister",), "Corwin Aldous": ("Labor Minister",)}),
    # one initial with its dot before a given name and a surname
    ("The Governor swore in P. Corwin Aldous for his new role on Friday.",
     {"P. Corwin Aldous": ()}),
    # local offices of Indian copy: a works department's engineer, a district council member
    ("Lorton WRD Subdivision Assistant Engineer Daniel Okoro explained the design.",
     {"Daniel Okoro": ("Lorton WRD Subdivision Assistant Engineer",)}),
    ("ZPMs Tavita Ulufale and Sione Latu, besides officers, were present.",
     {"Tavita Ulufale": ("ZPMs",), "Sione Latu": ("ZPMs",)}),
    ("Minister Wangki Okoro opened the market. ZPM Tavita Okoro attended.",
     {"Wangki Okoro": ("Minister",), "Tavita Okoro": ("ZPM",)}),
    # a sworn-in list of four names or more, commas only, ending the sentence lists people
    # when half of them are; "Prime" after a given name ends a surname, as "Prime Minister"
    # opens a title
    ("The new ministers sworn in today were Ruth Ambler, Willow Jean Prime, Tavita Ulufale, "
     "Deborah Okoro. Prime Minister Corwin Aldous thanked them.",
     {"Ruth Ambler": (), "Willow Jean Prime": (), "Tavita Ulufale": (), "Deborah Okoro": (),
      "Corwin Aldous": ("Prime Minister",)}),
    # Indian copy's office told by its head alone, the portfolio after a comma ("Minister,
    # Health & Family Welfare, X"); a name after the comma is no portfolio
    ("Minister, Health & Family Welfare, P Longon graced the occasion.",
     {"P Longon": ("Minister, Health & Family Welfare",)}),
    ("The meeting was chaired by Commissioner & Secretary, Health, Ruth Ambler, and others.",
     {"Ruth Ambler": ("Commissioner & Secretary, Health",)}),
    ("On Monday the Minister, Ruth Ambler, opened the Lorton market.",
     {"Ruth Ambler": ("Minister",)}),
    # the one who presides over a bench; "Presiding Member" stays one head
    ("The Governor also swore in Odile Ferrand as presiding justice.",
     {"Odile Ferrand": ("presiding justice",)}),
    ("The Assembly elected Mr. Joseph Ulufale, a retired teacher as its new Presiding Member "
     "(PM) for a four year term.",
     {"Joseph Ulufale": ("new Presiding Member",)}),
    # stacked titles before a rank ("Lorton Institute Director, Ambassador Dr. X"); a title
    # after "and" and before the next name is that name's, its portfolio's last word no name
    ("The MOU was signed by Lorton Institute Director, Ambassador Dr. Ruth Ambler, and "
     "Director-General of the Centre for Measurement and Evaluation, Dr. Corwin Aldous.",
     {"Ruth Ambler": ("Lorton Institute Director", "Ambassador"),
      "Corwin Aldous": ("Director-General of the Centre for Measurement and Evaluation",)}),
    ("The accord was signed by Dr. Ruth Ambler, and Minister of Trade for Lorton and "
     "Kestrel, Dr. Corwin Aldous.",
     {"Ruth Ambler": (), "Corwin Aldous": ("Minister of Trade for Lorton and Kestrel",)}),
    # a headline's words are no title stacked on the body's first name
    ("G-G swears in new Govt ministers\n\nGovernor-General Ruth Ambler has sworn in the "
     "newest members of the ministry.",
     {"Ruth Ambler": ("Governor-General",)}),
    # an appointment told without a verb after the name; when it takes effect ends the title
    ("The King also approved the appointment of Sione Manu Latu to the position of Governor "
     "of Lorton with effect from tomorrow.",
     {"Sione Manu Latu": ("Governor of Lorton",)}),
    ("Minister Ulufale succeeds Mele Havili, who resigned from Cabinet on Friday.",
     {"Ulufale": ("Minister",), "Mele Havili": ()}),
]


@pytest.mark.parametrize(("text", "want"), TABLE, ids=[t[:40] for t, _ in TABLE])
def test_english_press_constructions_of_session_12(text, want):
    assert people(text) == want
