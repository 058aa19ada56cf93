"""People: English constructions of session 7 (issue 15) — places inside titles, abbreviated
titles, head-final titles, one-word names, misspelt repeats (each test fails without its rule
or data entry)."""

from __future__ import annotations

import datetime as dt

from communique.extract import extract_article

TODAY = dt.date(2026, 11, 29)


def people(text: str) -> dict[str, tuple[str, ...]]:
    return {p.name: p.titles for p in extract_article(text, "en", reference_date=TODAY).people}


def test_a_place_of_two_words_in_a_title_is_no_name_that_cuts_it():
    # "Zealand" of "New Zealand" is no name of its own: the title runs to the place's end
    got = people("Jane Doe was appointed High Commissioner to New Zealand on Monday.")
    assert got == {"Jane Doe": ("High Commissioner to New Zealand",)}
    got = people("Jane Doe, the High Commissioner to South Africa, arrived.")
    assert got == {"Jane Doe": ("High Commissioner to South Africa",)}


def test_leader_of_the_opposition_is_a_title_not_part_of_the_name():
    got = people("Leader of the Opposition Ramesh Chennithala attended the ceremony.")
    assert got == {"Ramesh Chennithala": ("Leader of the Opposition",)}


def test_a_title_written_short_with_its_dot_before_a_name():
    got = people("On Wednesday morning, Lt. Gov. Susan Bysiewicz was sworn in.")
    assert got == {"Susan Bysiewicz": ("Lt. Gov.",)}
    got = people("The bill was signed by Gov. Ned Lamont and Sen. Chuck Schumer on Monday.")
    assert got == {"Ned Lamont": ("Gov.",), "Chuck Schumer": ("Sen.",)}


def test_a_surname_spelt_as_a_short_title_still_ends_a_sentence_with_the_name():
    # "Sen." is a title written short only as a word of its own, not after a given name
    got = people("Growth would slow, said Amartya Sen. Economists agreed.")
    assert got == {"Amartya Sen": ()}


def test_a_head_that_only_ends_a_title_right_before_the_name():
    got = people("The Chinese government was represented by the Agency Executive, Mr Zhang Mao.")
    assert got == {"Zhang Mao": ("Agency Executive",)}
    got = people("The motion was seconded by Agency Executive Zhang Mao on Monday.")
    assert got == {"Zhang Mao": ("Agency Executive",)}


def test_a_head_final_title_after_and_is_a_second_title():
    got = people("He was nominated by his fellow MP and Alliance For Change Executive, "
                 "Cathy Hughes.")
    assert got == {"Cathy Hughes": ("MP", "Alliance For Change Executive")}


def test_a_surname_repeated_with_a_typing_slip_is_the_same_person():
    got = people("Union Education Minister Ramesh Pokhriyal opened the building. The "
                 "institute trains the best brains, Mr Pokhriiyal said.")
    assert got == {"Ramesh Pokhriyal": ("Union Education Minister",)}


def test_a_name_spelt_two_ways_is_one_person_under_the_spelling_repeated():
    got = people("The parliament appointed Mohammed Nacer, vice president of the party, as its "
                 "speaker. Mohamed Naser said he was grateful. Naser thanked the deputies.")
    assert list(got) == ["Mohamed Naser"]


def test_a_name_and_its_feminine_are_two_people_not_a_slip():
    got = people("Louise Martin, Minister of Justice, met her brother Louis Martin, the "
                 "Mayor of the town, on Monday. Louis Martin said so.")
    assert set(got) == {"Louise Martin", "Louis Martin"}


def test_two_names_one_letter_apart_but_short_stay_two_people():
    got = people("Minister Abu Bakarr Karim met Mrs Karin on Monday. Mr Karim said so.")
    assert set(got) == {"Abu Bakarr Karim", "Karin"}


def test_capitalised_words_before_building_or_party_name_no_person():
    got = people("Education Minister Inaugurates Golden Jubilee Building Of NIT Rourkela")
    assert "Golden Jubilee" not in got
    got = people("Mohamed Naser, a member of the centrist Nidaa Tounes party, was elected.")
    assert "Nidaa Tounes" not in got and "Mohamed Naser" in got


def test_a_relative_named_by_a_given_name_alone_is_a_person():
    got = people("The chief judge administered the oath to Hochul as her husband, Bill, held "
                 "the Bible.")
    assert got == {"Bill": ()}
    got = people("Chief Justice Michael K. Davis administered the oath of office to Governor "
                 "Gordon on the family bible with his wife Jennie at his side.")
    assert got["Jennie"] == ()


def test_a_one_word_name_right_after_its_title_is_a_person():
    got = people("Ambassador Campbell then presented her credentials to President Elbegdorj "
                 "on Monday.")
    assert got["Elbegdorj"] == ("President",)


def test_the_last_word_of_a_portfolio_is_no_one_word_name():
    got = people("The memorandum was signed by the Minister of Information Technology on Monday.")
    assert got == {}


def test_a_capitalised_title_with_its_complement_right_after_the_name_without_comma():
    got = people("Credentials\nThe letters were presented by Mr. Inho Lee Non-resident "
                 "Ambassador of the Republic of Korea (South Korea) to Saint Kitts and Nevis.")
    assert got == {"Inho Lee": ("Non-resident Ambassador of the Republic of Korea",)}


def test_no_title_without_comma_for_a_run_that_may_be_no_name_or_before_a_verb():
    got = people("Minutes\nThe Natural Resources and Environmental Sustainability Minister "
                 "signed for Malaysia.")
    assert got == {}
    got = people("Oath\nMr Dzumador was sworn in by the Hohoe Municipal Director of the "
                 "Electoral Commission.")
    assert "Hohoe Municipal" not in got


def test_a_plural_title_is_shared_over_a_form_of_address_and_letters_in_the_list():
    got = people("The guests included Cabinet Ministers Harpal Singh Cheema, Dr. Baljit Kaur, "
                 "Harbhajan Singh ETO, Lal Chand and Harjot Singh Bains.")
    assert got == {name: ("Cabinet Ministers",) for name in (
        "Harpal Singh Cheema", "Baljit Kaur", "Harbhajan Singh", "Lal Chand",
        "Harjot Singh Bains")}


def test_a_one_word_complement_before_the_comma_is_no_name_ending_a_list():
    got = people("Acting Minister of Transport and Logistics, Gift Sialubalo, signed it.")
    assert got == {"Gift Sialubalo": ("Acting Minister of Transport and Logistics",)}


def test_a_plural_title_shared_by_the_list_a_dash_opens():
    got = people("Chief Minister Ashok Gehlot accepted three Ministers - Raghu Sharma, Harish "
                 "Choudary and Govind Singh Dotasra, who agreed to work in organisation.")
    assert got["Harish Choudary"] == ("Ministers",)
    assert got["Govind Singh Dotasra"] == ("Ministers",)


def test_a_title_given_by_an_appointment_verb_is_not_the_next_name_s_apposition():
    got = people("Headline here\nManzoor Nadir elected Speaker of the National Assembly, "
                 "Shuman elected Deputy Speaker. Mr Shuman thanked them.")
    assert got == {"Manzoor Nadir": ("Speaker of the National Assembly",),
                   "Shuman": ("Deputy Speaker",)}


def test_and_and_stacked_forms_of_address_end_a_title_before_the_next_name():
    got = people("The signing took place in the presence of His Excellency Uhuru Kenyatta, "
                 "President of the Republic of Kenya and His Excellency Dr Julius Maada Bio, "
                 "President of the Republic of Sierra Leone.")
    assert got == {"Uhuru Kenyatta": ("President of the Republic of Kenya",),
                   "Julius Maada Bio": ("President of the Republic of Sierra Leone",)}


def test_a_lower_case_head_that_only_ends_a_title_after_a_premodifier():
    got = people("The House made an obituary reference to the passing away of former member "
                 "Dr Imtiwapang Aier, who died on January 7.")
    assert got == {"Imtiwapang Aier": ("former member",)}
    got = people("The officers and member Dr Imtiwapang Aier came.")
    assert got == {"Imtiwapang Aier": ()}


def test_a_head_final_portfolio_holding_and_before_the_name():
    got = people("On this occasion, Chief Minister Shivraj Singh Chouhan, Union Agriculture and "
                 "Farmers Welfare Minister Narendra Singh Tomar, Finance and Commercial Taxes "
                 "Minister Jagdish Deora were present.")
    assert got["Narendra Singh Tomar"] == ("Union Agriculture and Farmers Welfare Minister",)
    assert got["Jagdish Deora"] == ("Finance and Commercial Taxes Minister",)
    got = people("President William Ruto and Foreign Minister Musalia Mudavadi met.")
    assert got == {"William Ruto": ("President",), "Musalia Mudavadi": ("Foreign Minister",)}
