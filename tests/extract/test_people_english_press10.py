"""People: English press constructions of issue 15, session 10 (envoys' posts, byline lines,
Arab filiations, names after a complement). Every sentence is invented (names, places and
offices of our own, none copied from an evaluation set): each construction is read whatever
the words in it."""

from __future__ import annotations

import datetime as dt

import pytest

from communique.extract import extract_article

TODAY = dt.date(2026, 12, 3)


def people(text: str) -> dict[str, tuple[str, ...]]:
    return {p.name: p.titles for p in extract_article(text, "en", reference_date=TODAY).people}


# (sentence, {person: titles})
TABLE = [
    # "High" opens the titles of a Commonwealth envoy and of the EU's foreign-policy chief: it
    # opens no name, so "High Commissioner Vance" is Vance's title
    ("Outgoing Canadian High Commissioner to Ghana, Lorna Vance, paid a farewell call on the "
     "minister. High Commissioner Vance thanked the government.",
     {"Lorna Vance": ("Outgoing Canadian High Commissioner to Ghana", "High Commissioner")}),
    ("The talks were chaired by the Union's High Representative for Trade Policy, Oskar "
     "Lindqvist, and by the minister.",
     {"Oskar Lindqvist": ("Union's High Representative for Trade Policy",)}),
    ("Deputy High Commissioner Mele Tupou and First Secretary Ivo Brandt attended.",
     {"Mele Tupou": ("Deputy High Commissioner",), "Ivo Brandt": ("First Secretary",)}),
    # a ministry's division is a body, not a person; the post held at a mission or a ministry
    # belongs to the title
    ("Deputy Director of the West Asia Division, Ruth Ambler, received the envoys.",
     {"Ruth Ambler": ("Deputy Director of the West Asia Division",)}),
    ("Also present was Counsellor for Trade at the High Commission, Ruth Ambler, who will act "
     "as charge d'affaires.",
     {"Ruth Ambler": ("Counsellor for Trade at the High Commission",)}),
    ("The guests were received by the Deputy Director of the Kestrel Division at the Ministry "
     "of Foreign Affairs, Trade and Tourism, Ruth Ambler.",
     {"Ruth Ambler": ("Deputy Director of the Kestrel Division at the Ministry of Foreign "
                      "Affairs, Trade and Tourism",)}),
    ("President Oswin Farrel at the ceremony thanked the guests.",
     {"Oswin Farrel": ("President",)}),
    # a name after the complement of a title opens on its known given name
    ("Special Envoy for Peace Talks Daniel Okoro signed the memorandum.",
     {"Daniel Okoro": ("Special Envoy for Peace Talks",)}),
    ("The accord was signed by Special Presidential Envoy for Border Affairs Miriam Osei.",
     {"Miriam Osei": ("Special Presidential Envoy for Border Affairs",)}),
    ("The President thanked the family of Mohamed Ali Diallo for the visit.",
     {"Mohamed Ali Diallo": ()}),
    # "Prince X bin Y bin Z": "Y bin Z" is his father, another person
    ("King Faisal bin Turki al Rashid received Prince Omar bin Faisal bin Turki al Rashid, "
     "Minister of Energy, at the palace. The prince conveyed the greetings of Faisal bin Turki "
     "al Rashid.",
     {"Faisal bin Turki al Rashid": ("King",),
      "Omar bin Faisal bin Turki al Rashid": ("Prince", "Minister of Energy")}),
    # an address before a royal rank ("His Highness Sheikh X") and "Sayyid" are forms of
    # address; a final "y" for "i" spells one surname two ways
    ("His Highness Sheikh Tamim bin Hamad received the envoys. The audience was attended by "
     "Sayyid Faris bin Taimur al Zaidy, Minister of Culture. Sayyid Faris bin Taimur al Zaidi "
     "thanked the guests.",
     {"Tamim bin Hamad": ("Sheikh",), "Faris bin Taimur al Zaidy": ("Minister of Culture",)}),
    # a verb in the past after a title's head ends it: what follows is no title, and a title
    # after the verb is the next name's
    ("The Deputy Minister of Trade conveyed the greetings of the Custodian of the Two Holy "
     "Mosques King Faisal bin Turki al Rashid to the Emir.",
     {"Faisal bin Turki al Rashid": ("Custodian of the Two Holy Mosques", "King")}),
    ("It should be noted that Prince Omar bin Faisal al Rashid, Deputy Minister of Energy "
     "arrived here on Monday.",
     {"Omar bin Faisal al Rashid": ("Prince", "Deputy Minister of Energy")}),
    ("The delegation was received by Minister of State Prince Turki bin Faisal al Rashid.",
     {"Turki bin Faisal al Rashid": ("Minister of State", "Prince")}),
    ("The President thanked the Minister of Trade, John Mensah, for the visit.",
     {"John Mensah": ("Minister of Trade",)}),
    ("The Governor appointed Ruth Ambler as Minister of Justice on Monday.",
     {"Ruth Ambler": ("Minister of Justice",)}),
    ("Brigadier (retired) Corwin Aldous and the newly appointed Minister Ruth Ambler attended.",
     {"Corwin Aldous": ("Brigadier",), "Ruth Ambler": ("Minister",)}),
    ("On Wednesday the President held talks with the foreign minister, Ivo Brandt.",
     {"Ivo Brandt": ("foreign minister",)}),
    # the junior ministers of Westminster systems
    ("Ruth Ambler was sworn in as a parliamentary under-secretary for fisheries and forestry.",
     {"Ruth Ambler": ("parliamentary under-secretary for fisheries and forestry",)}),
    ("Corwin Aldous, Under-Secretary for Trade, signed it.",
     {"Corwin Aldous": ("Under-Secretary for Trade",)}),
    # who is met, welcomed or joined right after the verb is a person; a title written
    # short before a surname is no part of the name, but the person's title
    # (test_people_abbreviated_offices.py)
    ("The monarch first met Tavita Ulufale at the palace, and was later joined by Siosaia "
     "Taufa.",
     {"Tavita Ulufale": (), "Siosaia Taufa": ()}),
    ("The minister thanked DC Mbeki for the arrangements.", {"Mbeki": ("DC",)}),
    # who is replaced or succeeded in an office is a person; "Reverend" is a form of address
    ("The council named Ruth Ambler as its new clerk, replacing Tavita Ulufale, while Daniel "
     "Okoro took over from Mele Havili in the place of Sione Latu.",
     # ("clerk" is a title head since session 11, read as "its new chairman" is)
     {"Ruth Ambler": ("new clerk",), "Tavita Ulufale": (), "Daniel Okoro": (), "Mele Havili": (),
      "Sione Latu": ()}),
    ("The service was led by Reverend Tavita Ulufale.", {"Tavita Ulufale": ()}),
    ("Ruth Ambler takes over as Ambassador to Ghana from her predecessor Dr. Corwin Aldous.",
     {"Ruth Ambler": (), "Corwin Aldous": ()}),
    # a style of address stacked over an article ("Her Excellency the Most Hon. Dame X"),
    # and a headline's "Sworn In as" after a name
    ("The ceremony featured a farewell salute to the former Governor-General, Her Excellency "
     "the Most Hon. Dame Ruth Ambler.",
     {"Ruth Ambler": ("former Governor-General",)}),
    ("The Hon. Corwin B. Aldous Sworn In as the 9th Speaker\n\nThe Hon. Corwin B. Aldous was "
     "sworn in today. C.B. Aldous thanked the members.",
     {"Corwin B. Aldous": ("9th Speaker",)}),
    # a rank with its bracket and dot before the name, a traditional ruler's title, a
    # constituency after "from"
    ("The President of the Republic of Malawi, H.E Gen. (Rtd). Halden Voss has today hosted "
     "the Kabaka of Buganda, His Majesty Daudi Kintu Mawanda II, at State House.",
     {"Halden Voss": ("President of the Republic of Malawi", "Gen."),
      "Daudi Kintu Mawanda II": ("Kabaka of Buganda",)}),
    ("The meeting was attended by Ruth Ambler, MLA from Kestrel, and others.",
     {"Ruth Ambler": ("MLA from Kestrel",)}),
    # Brunei's styles of address open no name; after "bin", the father's are part of it
    ("The event was attended by Yang Berhormat Dato Seri Setia Awang Haji Rosli bin Pehin "
     "Datu Haji Kamal Yusri, Minister of Energy, and Yang Mulia Dato Seri Paduka Awang Amin "
     "bin Dato Paduka Haji Salleh, Deputy Minister.",
     {"Rosli bin Pehin Datu Haji Kamal Yusri": ("Minister of Energy",),
      "Amin bin Dato Paduka Haji Salleh": ("Deputy Minister",)}),
    # a street or an institute named, in its own country's order, after someone
    ("A MOU was signed between the Diplomatic Academy and the Institute Benito Ortega of "
     "Mexico on Monday.", {}),
    ("The two ministers met on Boulevard Habib Karoui, close to the parliament.", {}),
    # "A, T1, B, T2": each name's apposition is its own; "T1, A, T2, B": the title before
    # each name is its own
    ("He was received by Ruth Ambler, Minister of Trade, Corwin Aldous, Ambassador to Ghana, "
     "and Daniel Okoro.",
     {"Ruth Ambler": ("Minister of Trade",), "Corwin Aldous": ("Ambassador to Ghana",),
      "Daniel Okoro": ()}),
    ("The guests were met by Sayyid Hamad bin Salim al Harthy, Minister of the Royal Court, "
     "Eid bin Nasser al Qasimi, UAE Ambassador to the Sultanate and some members of the "
     "embassy.",
     {"Hamad bin Salim al Harthy": ("Minister of the Royal Court",),
      "Eid bin Nasser al Qasimi": ("UAE Ambassador to the Sultanate",)}),
    ("They are the Ambassador of Peru, Ruth Ambler, the Ambassador of Chile, Corwin Aldous, "
     "the Ambassador of Fiji, Daniel Okoro.",
     {"Ruth Ambler": ("Ambassador of Peru",), "Corwin Aldous": ("Ambassador of Chile",),
      "Daniel Okoro": ("Ambassador of Fiji",)}),
]


@pytest.mark.parametrize(("text", "want"), TABLE, ids=[t[:40] for t, _ in TABLE])
def test_english_press_constructions_of_session_10(text, want):
    assert people(text) == want


def test_a_name_alone_on_the_line_over_the_date_is_the_byline():
    text = ("Minister opens new bridge\n\nThe bridge links two towns.\n\nMarta Kessel\n"
            "Friday 4 April 2025 10:15\n\nMinister Corwin Aldous opened the bridge on Friday.")
    assert people(text) == {"Corwin Aldous": ("Minister",)}
    # a name the story also tells in its body is a person of it
    text = ("Minister opens new bridge\n\nDaniel Okoro\n12/03/2025\n\nMinister Corwin "
            "Aldous opened the bridge with Daniel Okoro, who said it was long awaited.")
    assert "Daniel Okoro" in people(text)


def test_a_name_alone_on_the_first_line_of_a_copy_without_headline_signs_it():
    text = ("Marta Kessel\n\nFormer trade adviser Corwin Aldous was yesterday appointed as "
            "governor of the region.\n\nAldous said he was honoured.")
    assert set(people(text)) == {"Corwin Aldous"}
