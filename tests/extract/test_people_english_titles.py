"""People: English titles keep their whole head, constructions "appointed X as", "served as"
(each test fails without its rule or data entry)."""

from __future__ import annotations

import datetime as dt

from communique.extract import extract_article

TODAY = dt.date(2026, 11, 29)


def people(text: str) -> dict[str, tuple[str, ...]]:
    return {p.name: p.titles for p in extract_article(text, "en", reference_date=TODAY).people}


def test_police_prefect_and_an_apposition_naming_a_body_after_of():
    got = people("Police Prefect Laurent Nuñez, Director of the Judicial Police, attended.")
    assert got == {"Laurent Nuñez": ("Police Prefect", "Director of the Judicial Police")}


def test_appointed_as_a_title_ends_before_the_day():
    got = people("The President appointed John Mensah as Minister of Justice on Monday.")
    assert got == {"John Mensah": ("Minister of Justice",)}



def test_a_title_head_after_of_completes_the_title_before_it():
    # « Justice » is a head too ("Justice Mary Ann"); after « of » it completes « Minister »
    got = people("Minister of Justice Kwame Mensah and Minister of State Ama Boateng met.")
    assert got["Kwame Mensah"] == ("Minister of Justice",)


def test_a_title_after_of_a_common_noun_opens_its_own_title():
    got = people("They were sworn in on the advice of Prime Minister Andrew Holness.")
    assert got["Andrew Holness"] == ("Prime Minister",)
    got = people("The Ambassador conveyed the greetings of Cuban Minister of Foreign Affairs "
                 "Bruno Rodríguez Parrilla.")
    assert got["Bruno Rodríguez Parrilla"] == ("Cuban Minister of Foreign Affairs",)


def test_an_english_title_after_as_may_open_on_an_article_and_capitalised_words():
    got = people("The Government has appointed Mr. Michael Edward Appleton as the first High "
                 "Commissioner of New Zealand to Sri Lanka based in Colombo.")
    assert got == {"Michael Edward Appleton":
                   ("first High Commissioner of New Zealand to Sri Lanka",)}
    got = people("At the ceremony, Mr Daniel Ofori is the Director of the Regional Office.")
    assert got == {"Daniel Ofori": ("Director of the Regional Office",)}


def test_a_title_ends_before_at_a_even_when_a_name_follows():
    got = people("George Fergusson officially became Bermuda’s Governor at a Swearing-in "
                 "Parade on the grounds.")
    assert got == {"George Fergusson": ("Bermuda’s Governor",)}


def test_a_capitalised_word_opening_a_title_head_is_no_next_name():
    got = people("He met Gopal Baglay, High Commissioner of India.")
    assert got == {"Gopal Baglay": ("High Commissioner of India",)}


def test_a_name_after_the_end_of_an_apposition_does_not_take_it_away():
    got = people("The ceremony was administered by John Gatwech Lul, deputy chief justice in "
                 "Juba and witnessed by President Salva Kiir and Vice President Riek Machar.")
    assert got["John Gatwech Lul"] == ("deputy chief justice",)
    assert got["Salva Kiir"] == ("President",)


def test_a_list_of_titles_before_names_gives_each_title_to_its_own_name():
    got = people("The envoys were - Ambassador of France Alexandre Ziegler, High Commissioner "
                 "of Republic of Mozambique Ermindo Augusto Ferreira and Ambassador of the "
                 "Republic of Equatorial Guinea Manuel Mbela Bama Ndong.")
    assert got == {
        "Alexandre Ziegler": ("Ambassador of France",),
        "Ermindo Augusto Ferreira": ("High Commissioner of Republic of Mozambique",),
        "Manuel Mbela Bama Ndong": ("Ambassador of the Republic of Equatorial Guinea",),
    }


def test_a_title_ends_before_as_its_and_keeps_a_complement_after_for():
    got = people("The Assembly on Thursday elected Mr Bismark Francis Osei, 56, assemblyman of "
                 "Asuhyiae electoral area as its Presiding member at the meeting.")
    assert got == {"Bismark Francis Osei": ("assemblyman of Asuhyiae electoral area",)}
    got = people("The bill was tabled by Kofi Mensah, Member of Parliament for Ablekuma North, "
                 "on Monday.")
    assert got == {"Kofi Mensah": ("Member of Parliament for Ablekuma North",)}


def test_lower_case_titles_with_their_complement_before_the_names_of_a_list():
    got = people("Those present were Tipu Munshi, state minister for foreign affairs Md Shahriar "
                 "Alam, state minister for cultural affairs KM Khalid and state minister for "
                 "civil aviation & tourism Md Mahbub Ali.")
    assert got == {"Md Shahriar Alam": ("state minister for foreign affairs",),
                   "KM Khalid": ("state minister for cultural affairs",),
                   "Md Mahbub Ali": ("state minister for civil aviation & tourism",)}


def test_a_title_before_a_bracket_is_the_name_after_it():
    got = people("Present were Medical Education Minister Vishwas Sarang, Minister of State for "
                 "Water Resources AYUSH (Independent Charge) Ramkishore Kawre, and MLAs.")
    assert got == {"Vishwas Sarang": ("Medical Education Minister",),
                   "Ramkishore Kawre": ("Minister of State for Water Resources AYUSH",)}


def test_a_list_of_the_hon_names_each_with_the_title_before_it():
    got = people("Those in attendance included the Premier of Bermuda, the Hon. David Burt, the "
                 "Chief Justice, the Hon Justice Narinder Hargun, and the Secretary to the "
                 "Cabinet, Maj Marc T. Telemaque.")
    assert got == {"David Burt": ("Premier of Bermuda",),
                   # "Hon" is a form of address between two stacked titles, part of neither
                   "Narinder Hargun": ("Chief Justice", "Justice"),
                   "Marc T. Telemaque": ("Secretary to the Cabinet", "Maj")}


def test_ambassador_extraordinary_and_plenipotentiary_is_one_title():
    got = people("Minister of Foreign Affairs B. Battsetseg received Ambassador Extraordinary and "
                 "Plenipotentiary of the Republic of Cuba to Mongolia Jorge Ferrer Rodriguez.")
    assert got["Jorge Ferrer Rodriguez"] == (
        "Ambassador Extraordinary and Plenipotentiary of the Republic of Cuba to Mongolia",)


def test_a_premodifier_after_a_name_opens_the_title_and_leaves_the_name():
    got = people("The Letters of Credence were presented by Ambassador Mr. Inho Lee Non-resident "
                 "Ambassador of the Republic of Korea to Saint Kitts and Nevis.")
    assert "Inho Lee" in got


def test_a_body_named_in_lower_case_after_its_capitals_is_no_person():
    got = people("Longkumer, who was also the Speaker of the 13th Nagaland Legislative assembly, "
                 "was elected Speaker of the House unopposed as none of the members filed "
                 "nominations.")
    assert "Nagaland Legislative" not in got


def test_a_speaker_elected_unopposed_on_the_first_day_of_the_session():
    got = people("Dimapur: Sharingain Longkumer was elected unopposed as the Speaker of the 14th "
                 "Nagaland Legislative Assembly on the first day of the first session of the "
                 "Assembly. Thanking the chief minister and the members of the House for their "
                 "support, Longkumer assured that he will carry out his duties.")
    assert got == {"Sharingain Longkumer": ("Speaker of the 14th Nagaland Legislative Assembly",)}


def test_a_title_made_of_several_heads_keeps_the_head_a_name_follows():
    # "foreign minister" covers "minister" only when it is itself read as the title
    got = people("From Bangladesh sides, foreign minister AK Abdul Momen and commerce minister "
                 "Tipu Munshi were present.")
    assert got["AK Abdul Momen"] == ("minister",)


def test_a_hospital_named_after_a_person_is_no_person_and_a_nurse_is_a_title():
    got = people("Condolences were extended on the recent passing of Nurse Josephine Arceo who "
                 "served at the Maternity Ward of the Joseph N. France General Hospital.")
    assert got == {"Josephine Arceo": ("Nurse",)}


def test_a_month_after_a_title_ends_it():
    got = people("Eric Garcetti was sworn in as US ambassador to India in March.")
    assert got == {"Eric Garcetti": ("US ambassador to India",)}


def test_a_name_after_of_followed_by_a_clause_keeps_its_own_title():
    got = people("President of the French Republic Francois Hollande received on Thursday the "
                 "credentials of HE Khalid bin Rashid Al Mansouri, the new ambassador.")
    assert got["Francois Hollande"] == ("President of the French Republic",)
    assert got["Khalid bin Rashid Al Mansouri"] == ("new ambassador",)


def test_a_plural_title_shared_by_a_list_with_constituencies_in_brackets():
    got = people("The Cabinet Ministers, who were sworn in at the Guru Nanak Dev auditorium, "
                 "included Aman Arora (MLA Sunam), Fauja Singh (MLA Guru Har Sahai) and Anmol "
                 "Gagan Mann (MLA Kharar).")
    assert got == {"Aman Arora": ("MLA Sunam", "Cabinet Ministers"),
                   "Fauja Singh": ("MLA Guru Har Sahai", "Cabinet Ministers"),
                   "Anmol Gagan Mann": ("MLA Kharar", "Cabinet Ministers")}


def test_a_plural_after_a_name_names_other_people():
    got = people("Present were State President VD Sharma, MLAs and other public representatives.")
    assert got == {"VD Sharma": ("State President",)}


def test_a_title_ends_before_at_the_with_a_name_and_here():
    got = people("Arif Mohammad Khan was on Friday sworn in as the Kerala Governor at the Raj "
                 "Bhavan here.")
    assert got == {"Arif Mohammad Khan": ("Kerala Governor",)}
    got = people("Ram Nath Kovind was sworn in as the 14th President of India with Chief "
                 "Justice JS Khehar administering the oath.")
    assert got["Ram Nath Kovind"] == ("14th President of India",)
    got = people("M.B. Rajesh was sworn in Minister in the State Cabinet here on Tuesday.")
    assert got == {"M.B. Rajesh": ("Minister in the State Cabinet",)}


def test_a_title_before_a_comma_opens_after_the_last_stop_word():
    got = people("The Union minister was accompanied by the Chief Minister of Assam, Dr. Himanta "
                 "Biswa Sarma at the inauguration event.")
    assert got == {"Himanta Biswa Sarma": ("Chief Minister of Assam",)}
