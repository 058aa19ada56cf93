"""Date resolution: partial, relative, ranges, Arabic months and digits, weekday checks."""

from __future__ import annotations

import datetime as dt

import pytest

from communique.extract.dates import find_mentions, resolve_event_date
from communique.extract.text import normalise, sentences

TODAY = dt.date(2026, 11, 29)


def resolve(text: str, language: str = "fr", ref: dt.date = TODAY):
    return resolve_event_date(
        text, normalise(text), sentences(text), language=language, reference_date=ref
    )


def test_partial_date_takes_most_recent_past_year_with_that_weekday():
    r = resolve("Le Maroc a été élu ce jeudi 7 novembre lors de l'Assemblée générale.")
    assert r.date == dt.date(2024, 11, 7)
    assert r.weekday_text == "jeudi"
    assert r.uncertain


def test_partial_date_never_in_the_future():
    r = resolve("Il a été élu le 20 décembre.", ref=dt.date(2026, 11, 29))
    assert r.date == dt.date(2025, 12, 20)


def test_partial_date_takes_year_from_dateline():
    text = "Rabat, le 9 novembre 2023\n\nLe ministre a reçu jeudi 7 novembre son homologue."
    r = resolve(text)
    assert r.date == dt.date(2023, 11, 7)
    assert any("2023-11-07" in w for w in r.warnings)  # 7 Nov 2023 was a Tuesday


def test_relative_date_against_byline():
    text = "Publié le 5 avril 2012\nLe gouvernement a été formé hier soir par le Premier ministre."
    assert resolve(text).date == dt.date(2012, 4, 4)


def test_last_weekday_against_dateline():
    text = "Paris, le 14 mars 2024\n\nLe traité a été signé mardi dernier."
    assert resolve(text).date == dt.date(2024, 3, 12)


def test_bare_weekday_against_a_dateline_with_city_and_country():
    text = ("Accords signés\n\nDakar, Sénégal, 10 novembre (Agence) - Le Sénégal et le Congo "
            "ont signé jeudi à Dakar huit accords de coopération.")
    assert resolve(text, ref=dt.date(2018, 11, 10)).date == dt.date(2018, 11, 8)


def test_english_yesterday_with_weekday():
    text = "LONDON, March 5, 2024 (Agency) - The minister was sworn in yesterday, Monday."
    r = resolve(text, "en")
    assert r.date == dt.date(2024, 3, 4)
    assert r.weekday_text == "Monday"
    assert not any("not «" in w for w in r.warnings)


def test_arabic_yesterday():
    text = "الرباط في 24 نونبر 2015\n\nوقع أمس الاثنين في الرباط اتفاق للتعاون."
    r = resolve(text, "ar")
    assert r.date == dt.date(2015, 11, 23)


def test_range_takes_day_of_election_when_weekday_given():
    text = ("Il a été élu président jeudi à Tunis.\n"
            "L'élection a eu lieu lors du 30e congrès (11 au 14 juin 2019).")
    assert resolve(text).date == dt.date(2019, 6, 13)


def test_range_alone_takes_first_day_and_is_flagged():
    r = resolve("Le forum se tient du 4 au 7 novembre 2024 à Dakar.")
    assert r.date == dt.date(2024, 11, 4)
    assert r.uncertain
    assert any("range" in w for w in r.warnings)


def test_english_range():
    mentions = find_mentions(normalise("The congress met on 4-7 November 2024 in Rome."))
    assert mentions[0].kind == "range"
    assert (mentions[0].day, mentions[0].end_day, mentions[0].month) == (4, 7, 11)


@pytest.mark.parametrize(
    "month,number",
    [("يناير", 1), ("فبراير", 2), ("مارس", 3), ("أبريل", 4), ("ماي", 5), ("يونيو", 6),
     ("يوليوز", 7), ("غشت", 8), ("شتنبر", 9), ("أكتوبر", 10), ("نونبر", 11), ("دجنبر", 12)],
)
def test_moroccan_months(month, number):
    r = resolve(f"انتخب المغرب يوم 3 {month} 2022 نائبا للرئيس.", "ar")
    assert r.date == dt.date(2022, number, 3)


@pytest.mark.parametrize("month,number", [("كانون الثاني", 1), ("تشرين الثاني", 11),
                                          ("نوفمبر", 11), ("أيلول", 9)])
def test_mashriq_and_standard_months(month, number):
    assert resolve(f"عقد الاجتماع في 3 {month} 2022.", "ar").date == dt.date(2022, number, 3)


def test_arabic_indic_digits():
    r = resolve("انتخب المغرب يوم الخميس ٧ نونبر ٢٠٢٤ نائبا للرئيس.", "ar")
    assert r.date == dt.date(2024, 11, 7)
    assert r.weekday_text == "الخميس"


def test_mismatched_weekday_is_a_warning_not_a_silent_pick():
    r = resolve("La cérémonie a eu lieu le vendredi 7 novembre 2024.")
    assert r.date == dt.date(2024, 11, 7)
    assert r.uncertain
    assert any("vendredi" in w and "jeudi" in w for w in r.warnings)


def test_dateline_date_is_not_the_event_when_another_is_given():
    text = "Rabat, le 9 novembre 2024\n\nLe ministre a été élu le 7 novembre à Glasgow."
    assert resolve(text).date == dt.date(2024, 11, 7)


def test_no_date_at_all():
    r = resolve("Le ministre a reçu une délégation.")
    assert r.date is None


def test_current_month_marker_in_arabic():
    text = "الرباط في 3 مارس 2022\nاستقبل الرئيس اليوم الأربعاء 2 مارس الجاري الوفد."
    assert resolve(text, "ar").date == dt.date(2022, 3, 2)


def test_invalid_date_warns():
    r = resolve("La réunion du 31 février 2024 a été annulée.")
    assert any("not a valid calendar date" in w for w in r.warnings)


def test_day_of_a_report_is_not_the_day_of_the_event():
    # 2022-03-22 is a Tuesday: the agreements were signed the day before.
    text = ("Both ministers discussed ways to strengthen ties as the two sides signed five "
            "agreements, the Foreign Office said on Tuesday.\n\nThe agreements were inked in "
            "Islamabad on Monday after the meeting.")
    got = resolve(text, "en", dt.date(2022, 3, 22))
    assert got.date == dt.date(2022, 3, 21)


# --- the article's own date anchors everything ----------------------------------------------

@pytest.mark.parametrize("text, want", [
    # a dateline at the start of the body, before the prose
    ("Accord signé\n\n12 mars 2019. – Le ministre a signé hier un accord.", dt.date(2019, 3, 11)),
    ("Accord\n\nRABAT, 7 nov. 2024 (MAP) - Le ministre a reçu jeudi son homologue.",
     dt.date(2024, 11, 7)),
    ("Accord\n\nLe 3 avril 2023 à 10h34\nLe ministre a signé hier l'accord.", dt.date(2023, 4, 2)),
    ("Elected\n\nHohoe (V/R), Feb. 05, 2020, GNA - The Assembly on Tuesday elected Mr Dzumador.",
     dt.date(2020, 2, 4)),
    # a byline or page date
    ("Accord\n\npar Jean Dupont le 5 avril 2012\nLe gouvernement a été formé hier.",
     dt.date(2012, 4, 4)),
    ("Accord\n\nCréé le 5 avril 2012\nLe gouvernement a été formé hier.", dt.date(2012, 4, 4)),
    ("Deal\n\nUpdated: March 5, 2024\nThe minister was sworn in yesterday.", dt.date(2024, 3, 4)),
])
def test_the_articles_own_date_anchors_relative_days(text, want):
    r = resolve(text, "en" if "The " in text else "fr", ref=dt.date(2030, 1, 1))
    assert r.date == want


def test_a_full_date_in_the_text_dates_the_others_with_or_without_a_reference_date():
    text = ("Forum\n\nLe forum, ouvert le 7 juin 2021 à Dakar, s'est clos le 9 juin par "
            "l'élection du bureau.")
    for ref in (None, dt.date(2021, 6, 12)):
        resolved = [m.resolved for m in resolve(text, ref=ref).mentions]
        assert resolved == [dt.date(2021, 6, 7), dt.date(2021, 6, 9)]
    r = resolve("Forum\n\nLe forum s'est ouvert le 7 juin 2021. Le bureau a été élu hier.",
                ref=None)
    assert r.date == dt.date(2021, 6, 7) or (r.date == dt.date(2021, 6, 6) and r.uncertain)


def test_without_any_date_a_relative_day_is_left_to_confirm():
    r = resolve("Visite\n\nLe ministre a inauguré samedi le nouveau port.", ref=None)
    assert r.date is None
    assert r.uncertain
    assert any("--reference-date" in w for w in r.warnings)


def test_relative_words_inside_quotes_do_not_set_the_event_date():
    text = ("Rabat, le 10 mars 2024\n\nLe ministre a signé l'accord le 8 mars. « Nous irons "
            "demain à Fès », a-t-il dit.")
    assert resolve(text).date == dt.date(2024, 3, 8)


def test_weekday_only_as_written():
    r = resolve("Rabat, le 10 mars 2024\n\nLe ministre a signé l'accord le 8 mars à Rabat.")
    assert r.date == dt.date(2024, 3, 8)
    assert r.weekday_text is None  # 8 March 2024 was a Friday, but the article does not say so
    r = resolve("Rabat, le 10 mars 2024\n\nLe ministre a signé vendredi l'accord, le 8 mars.")
    assert r.weekday_text == "vendredi"


# --- what looks like the article's date and is not -------------------------------------------

def test_by_in_prose_is_not_a_byline():
    # "received by President Samia since she took oath of office on March 19": a past act,
    # not the page's date; "today" is the ceremony's day, written in full further on.
    text = ("Credentials\n\nBy Bethsheba Wambura\n\nDar es Salaam. President Samia today "
            "received five new ambassadors.\n\nThe ceremony was held today Monday May 10, 2021.\n"
            "\nThey are the first to be received by President Samia since she took oath of "
            "office on March 19, 2021.")
    r = resolve(text, "en", ref=None)
    assert r.date == dt.date(2021, 5, 10)
    assert not any(m.anchor for m in r.mentions)
    byline = resolve("Accord\n\npar Jean de La Fontaine le 5 avril 2012\nIl a signé hier.",
                     ref=None)
    assert byline.date == dt.date(2012, 4, 4)


@pytest.mark.parametrize("ref", [None, dt.date(2023, 11, 10)])
def test_numeric_date_read_month_first_when_the_article_bears_it_out(ref):
    # SPA writes month first: 11/10/2023 with « اليوم الجمعة » is Friday 10 November.
    text = ("وزير الخارجية يوقع مذكرة تفاهم\n\n11/10/2023\n\nالتقى وزير الخارجية، اليوم الجمعة، "
            "بنظيره السيراليوني.")
    r = resolve(text, "ar", ref=ref)
    assert r.date == dt.date(2023, 11, 10)
    assert r.weekday_text == "الجمعة"
    # day first stays the reading when nothing says otherwise
    assert resolve("Accord\n\n11/10/2023\n\nLe ministre a signé l'accord hier.",
                   ref=None).date == dt.date(2023, 10, 10)


def test_numeric_date_read_month_first_only_when_day_first_is_after_the_reference():
    # The reading must not depend on the day the article is drafted: « 12-1-2026 » drafted
    # in December 2026 stays 12 January, though 1 December is nearer.
    text = "Séance\n\n12-1-2026 | 16:49\n\nLes députés ont voté hier."
    assert resolve(text, ref=dt.date(2026, 12, 2)).date == dt.date(2026, 1, 11)
    # « 01/12/2023 » read day first would be after a reference date of 13 January 2023
    later = "Séance\n\n01/12/2023\n\nLes députés ont voté aujourd'hui."
    assert resolve(later, ref=dt.date(2023, 1, 13)).date == dt.date(2023, 1, 12)


def test_the_date_of_a_cited_law_does_not_date_the_article():
    text = ("وزير التجهيز الجديد يؤدي اليمين\n\nقرر رئيس الجمهورية، مساء أمس الخميس، تعيين وزير "
            "للتجهيز.\n\nوأدى الوزير اليمين، عملا بأحكام القانون عدد 14 لسنة 1991 المؤرخ في 25 "
            "فيفري 1991.")
    r = resolve(text, "ar", ref=None)
    assert r.date is None and r.uncertain
    fr = ("Nomination\n\nLe ministre a été installé hier, en application de la loi n° 2019-12 "
          "du 3 mars 2019.")
    assert resolve(fr, ref=None).date is None


def test_a_newspaper_named_like_a_date_is_not_a_date():
    text = ("Visite\n\nSelon le quotidien « 14 Octobre », le ministre a inauguré samedi 9 mars "
            "2024 le port d'Aden.")
    r = resolve(text, ref=None)
    assert r.date == dt.date(2024, 3, 9)
    assert [m.text for m in r.mentions] == ["samedi 9 mars 2024"]
    assert find_mentions("صحيفة 14 أكتوبر نشرت الخبر") == []


def test_a_date_written_in_full_beats_a_bare_weekday_beside_it():
    text = ("Congrès\n\nLes journalistes ont élu leurs dirigeants dans la nuit de jeudi à ce "
            "vendredi 20 septembre 2024, à Kinshasa.")
    r = resolve(text, ref=dt.date(2024, 9, 20))
    assert r.date == dt.date(2024, 9, 20)
    assert r.weekday_text == "vendredi"


def test_an_act_weeks_before_the_article_is_not_its_event():
    text = ("Installation\n\nLes neuf gouverneurs nommés le 9 avril ont été installés ce jeudi "
            "à Libreville.")
    assert resolve(text, ref=dt.date(2020, 7, 9)).date == dt.date(2020, 7, 9)
    # an act a few days back stays the event (« élu le 6 mai » in a piece of 9 May)
    assert resolve("Élection\n\nIl a été élu le 6 mai.", ref=dt.date(2012, 5, 9)).date \
        == dt.date(2012, 5, 6)


def test_an_empty_page_date_1970_does_not_date_the_article():
    text = ("L'ambassadeur reçu par la Reine\n\nPublié le 1 janvier 1970, mis à jour le "
            "29 novembre 2017\n\nMardi 28 novembre, l'ambassadeur s'est rendu au palais.")
    r = resolve(text, ref=None)
    assert r.date == dt.date(2017, 11, 28)
    assert r.weekday_text == "Mardi"


def test_this_morning_is_the_articles_day():
    text = ("Délégation reçue\n\nLa délégation a été reçue ce matin au palais de la nation. Elle "
            "avait été annoncée pour les 19 et 20 septembre.")
    assert resolve(text, ref=dt.date(2016, 11, 7)).date == dt.date(2016, 11, 7)
    en = "Sworn in\n\nThis morning, the Governor was sworn in at Government House."
    assert resolve(en, "en", ref=dt.date(2020, 12, 14)).date == dt.date(2020, 12, 14)


def test_a_weekday_counted_from_the_reference_date_is_not_a_weekday_alone():
    # « élus lors des élections du 17 septembre » tells an earlier act; « Ce vendredi soir »,
    # counted from the reference date the user gave, is the day of the meeting.
    text = ("Conseil municipal\n\nCe vendredi soir, les conseillers élus lors des élections du "
            "17 septembre se sont réunis pour élire le nouveau maire.")
    r = resolve(text, ref=dt.date(2023, 9, 23))
    assert r.date == dt.date(2023, 9, 22)
    assert r.uncertain  # counted from the reference date, not from the article's own date


def test_an_act_told_as_just_done_is_of_the_reference_date_when_no_date_is_written():
    text = ("François de Rugy élu président de l'Assemblée\n\nLes députés viennent d'élire "
            "François de Rugy pour les présider. Il a pris la parole au perchoir.")
    r = resolve(text, ref=dt.date(2017, 6, 27))
    assert r.date == dt.date(2017, 6, 27)
    assert r.uncertain and any("viennent d'" in w for w in r.warnings)
    en = "Senate vote\n\nThe Senate has just confirmed the new ambassador to Kenya."
    assert resolve(en, "en", ref=dt.date(2021, 3, 4)).date == dt.date(2021, 3, 4)
    # without a reference date nothing says which day that is: left to confirm
    assert resolve(text, ref=None).date is None
    # an act merely told in the past is not dated by the reference date
    past = "Rugy élu\n\nLes députés ont élu François de Rugy pour les présider."
    assert resolve(past, ref=dt.date(2017, 6, 27)).date is None


def test_a_past_act_further_down_or_a_quoted_date_does_not_date_the_article():
    # « mardi » cannot be counted from the day the ambassador took office, told far below
    filler = " Le diplomate a salué les relations cordiales entre les deux pays." * 8
    text = ("Adieux\n\nL'ambassadeur a fait ses adieux mardi au Président lors d'une audience."
            f"{filler} Il avait pris ses fonctions le 13 octobre 2017.")
    r = resolve(text, ref=None)
    assert r.date is None and r.uncertain
    # nor from a date inside a quotation: the speaker's day, not the article's
    quoted = ("Audience\n\nL'ancien ministre a été reçu hier au palais. Il écrit : « Merci pour "
              "l'audience de ce mardi 10 janvier 2023. »")
    assert resolve(quoted, ref=None).date != dt.date(2023, 1, 9)
    # a date near the top still anchors « hier » (a page stamp the finder did not mark)
    top = ("Accord signé\n\nMardi 24 novembre 2015 à 11h33\nLe protocole a été signé hier "
           "au ministère.")
    assert resolve(top, ref=None).date == dt.date(2015, 11, 23)


def test_a_day_written_in_full_is_taken_when_a_relative_day_cannot_be_counted():
    text = ("Audience au palais\n\nL'ancien ministre a été reçu en audience, hier, par le "
            "président. Il écrit : « Merci pour l'audience qu'il m'a accordée ce mardi "
            "10 janvier 2023 au palais. »")
    r = resolve(text, ref=None)
    assert r.date == dt.date(2023, 1, 10)
    assert r.weekday_text == "mardi"
    assert r.uncertain and any("written in full" in w for w in r.warnings)
    # a date without its weekday is no such day: « hier » stays to confirm
    bare = text.replace("ce mardi 10 janvier 2023", "le 10 janvier 2023")
    assert resolve(bare, ref=None).date is None


# --- page stamps, years written alone, years nowhere -----------------------------------------

def test_a_page_stamp_alone_does_not_date_an_event_told_in_the_past():
    # round8 miadhu: the page's date above a signing the text gives no day for
    text = ("2019-09-20\nMaldives and China signs on Cooperation Agreements\n\nThe Foreign "
            "Minister met his counterpart and signed three Memoranda of Understanding in "
            "Beijing.")
    r = resolve(text, "en", ref=dt.date(2019, 9, 20))
    assert r.date is None and r.uncertain
    assert any("dates the page" in w for w in r.warnings)
    # dev-2026-12a pdn: a stamp with its time, after the site's name
    ar = ("المالكي يوقع مع نظيره المكسيكي اتفاقية مشاورات سياسية\n\nبي دي ان |\n\n08 أغسطس 2022 "
          "الساعة 02:51م\n\nوقع وزير الخارجية مع نظيره المكسيكي اتفاقية مشاورات سياسية.")
    assert resolve(ar, "ar", ref=None).date is None
    # « Créé le » is the page's day too
    fr = "Accord\n\nCréé le 5 avril 2012\nLe ministre a signé un accord avec son homologue."
    assert resolve(fr, ref=None).date is None


def test_a_dateline_still_dates_the_event_it_reports_when_no_other_day_is_written():
    for text, want in [
        ("CIS statement\n\nMINSK, April 12, 2024. /TASS/. The Council meeting in Minsk has "
         "adopted a joint statement.", dt.date(2024, 4, 12)),
        ("Accords\n\nKigali, 10 February 2017 – Rwanda and Mozambique have signed five "
         "Memoranda of Understanding.", dt.date(2017, 2, 10)),
        ("Accord\n\n12 mars 2019. – Le ministre a signé un accord avec son homologue.",
         dt.date(2019, 3, 12)),
    ]:
        r = resolve(text, "en", ref=None)
        assert r.date == want and r.uncertain


def test_a_page_stamp_dates_an_act_told_as_under_way():
    # unseen/blind darelhilal: a live report of the opening session, under the page's stamp
    text = ("أعضاء مجلس النواب ينتخبون وكيلي المجلس في الجلسة الافتتاحية\n\n12-1-2026 | 16:49\n\n"
            "بدأ أعضاء مجلس النواب، إجراءات انتخاب المجلس في الجلسة الافتتاحية.\n\nوفاز المستشار "
            "هشام بدوي برئاسة مجلس النواب.")
    r = resolve(text, "ar", ref=None)
    assert r.date == dt.date(2026, 1, 12) and r.uncertain
    assert any("بدأ" in w and "under way" in w for w in r.warnings)
    fr = ("Conseil national\n\nPublié le 4 mars 2023\n\nLe conseil national du parti se tient "
          "depuis ce matin à Dakar.")
    assert resolve(fr, ref=None).date == dt.date(2023, 3, 4)
    # told in the past under the same stamp: not that day
    past = fr.replace("se tient depuis ce matin", "s'est tenu")
    assert resolve(past, ref=None).date is None


def test_the_one_year_written_alone_gives_a_day_and_month_their_year_to_confirm():
    # dev-2026-12b vietnamplus: « samedi » inside « du 8 au 10 janvier », « en 2022 » below
    text = ("Hanoï (VNA) – Le Premier ministre a présidé samedi matin à Hanoï la cérémonie "
            "d'accueil de son homologue lao, en visite officielle au Vietnam du 8 au 10 janvier."
            "\n\nC'est la première visite d'un haut dirigeant étranger au Vietnam en 2022.")
    r = resolve(text, ref=None)
    assert r.date == dt.date(2022, 1, 8)  # Saturday 8 January 2022
    assert r.weekday_text == "samedi"
    assert r.uncertain and any("en 2022" in w for w in r.warnings)
    # two years written: neither is taken, and no year is guessed from today
    two = text.replace("en 2022.", "en 2022, après celle de 2019 en 2019.")
    r = resolve(two, ref=None)
    assert r.date is None and r.uncertain
    # a year after today is a target, not the year of the visit
    target = text.replace("en 2022", "en 2099")
    assert resolve(target, ref=None).date is None
    # the reference date, when given, gives the year first (Saturday 9 January 2016)
    assert resolve(text, ref=dt.date(2016, 1, 11)).date == dt.date(2016, 1, 9)


def test_a_day_and_month_take_the_year_a_full_date_of_the_article_writes():
    # « vendredi 4 septembre » at the top, the year only in a full date lower down (not near
    # enough the top to date the article): 4 September 2020 is a Friday, 2026's as well, so
    # the weekday alone would take today's year
    filler = " Le centre accueillera les jeunes de la région." * 12
    text = ("Le ministre a inauguré ce vendredi 4 septembre le centre de formation de Thiès."
            + filler + "\n\nLe projet avait été lancé le 12 mars 2020 par le gouvernement.")
    r = resolve(text, ref=None)
    assert r.date == dt.date(2020, 9, 4) and r.uncertain
    assert any("12 mars 2020" in w and "weekday" in w for w in r.warnings)
    # without a weekday, a full date written after it, of an earlier act, gives no year
    # (press copy writes the year at its first date: one written further on is another's)
    plain = text.replace("ce vendredi 4 septembre", "le 4 septembre")
    r = resolve(plain, ref=None)
    assert r.date is None and r.uncertain
    # written before it, not as an earlier act, it does: its year, not the day nearest it
    # (12 March 2020 is nearer 4 September 2019 than 4 September 2020, by a fortnight)
    before = ("Le 12 mars 2020, le gouvernement annonçait le projet. Le ministre a inauguré le "
              "4 septembre le centre de formation de Thiès." + filler)
    r = resolve(before, ref=None)
    assert r.date == dt.date(2020, 9, 4) and r.uncertain
    assert any("12 mars 2020" in w for w in r.warnings)
    # two years written: the weekday says which (4 September 2019 was a Wednesday)
    two = text.replace("le 12 mars 2020", "le 12 mars 2020, un an après l'étude menée en 2019,")
    assert resolve(two, ref=None).date == dt.date(2020, 9, 4)
    assert resolve(two.replace("ce vendredi 4", "le 4"), ref=None).date is None
    # a year the weekday does not fit is not taken (4 September 2021 was a Saturday)
    other = text.replace("12 mars 2020", "12 mars 2021")
    assert resolve(other, ref=None).date.year not in (2021,)
    # the date of a text the article cites is no year of the article
    cited = text.replace("Le projet avait été lancé le 12 mars 2020 par le gouvernement.",
                         "Il applique la loi n° 12 du 3 mars 2020 sur la formation.")
    assert resolve(cited, ref=None).date != dt.date(2020, 9, 4)


def test_a_weekday_after_a_demonstrative_is_the_day_the_article_reports():
    # pages-2026-12d aminata-camara: the decree's night first, then « ce mercredi 16 Mars
    # 2022 », the day of the handover the article reports
    text = ("C'est dans la nuit du 11 mars 2022 que le décret sur la mutation des préfets est "
            "tombé. Les deux préfets ont été mutés. Dès 10h de ce mercredi 16 mars 2022, la "
            "salle de la préfecture était pleine pour la passation de service.")
    assert resolve(text, ref=None).date == dt.date(2022, 3, 16)
    # without the demonstrative the first date told stays first
    assert resolve(text.replace("de ce mercredi", "du mercredi"), ref=None).date == \
        dt.date(2022, 3, 11)
    en = ("The decree was published on March 11, 2022. Officials were moved. This Wednesday, "
          "March 16, 2022, the new prefect took office.")
    assert resolve(en, "en", ref=None).date == dt.date(2022, 3, 16)


def test_a_day_and_month_without_any_year_stay_to_confirm():
    # dev-2026-12c newsupdatesbm: "This morning (Dec. 14)" and no page or reference date
    text = ("New Governor of Bermuda Sworn In\n\nThis morning (Dec. 14), Her Excellency, Ms. "
            "Rena Lalgie was sworn-in as the Governor of Bermuda at Government House.")
    r = resolve(text, "en", ref=None)
    assert r.date is None and r.uncertain
    assert any("Dec. 14" in w and "no year" in w for w in r.warnings)
    r = resolve("Élection\n\nIl a été élu le 20 décembre à la présidence du conseil.", ref=None)
    assert r.date is None and r.uncertain
    assert not any("not a valid calendar date" in w for w in r.warnings)
    # with a reference date the year is the one before it
    assert resolve(text, "en", ref=dt.date(2020, 12, 14)).date == dt.date(2020, 12, 14)


def test_a_page_date_without_a_year_leaves_the_event_date_to_confirm():
    # a weekday narrows the year of « الأحد 13 حزيران » but does not give it
    text = ("الأحد 13 حزيران\nسوريا اليوم – دمشق\nتقبل الرئيس اليوم أوراق اعتماد سفيرين "
            "لبلادهما في سوريا.")
    r = resolve(text, "ar", ref=None)
    assert r.date is not None and (r.date.month, r.date.day, r.date.weekday()) == (6, 13, 6)
    assert r.date <= dt.date.today() and r.uncertain
    assert any("has no year" in w for w in r.warnings)


@pytest.mark.parametrize(("text", "language", "want"), [
    # pages-2026-12d ar-coptsunited: the signing is « يوم 22 الجاري », the summit « أمس 23 الجاري »
    ("الخميس ٢٤ نوفمبر ٢٠١٦\n\nوقع سامح شكري وزير الخارجية يوم 22 الجاري مع وزير خارجية "
     "مالاوي اتفاقية، وذلك على هامش القمة التي بدأت أعمالها أمس 23 الجاري في مالابو.",
     "ar", dt.date(2016, 11, 22)),
    # other names, the month written « من الشهر الجاري »
    ("الرباط في 9 مارس 2021\n\nاستقبل وزير الداخلية يوم 5 من الشهر الجاري سفير اليابان.",
     "ar", dt.date(2021, 3, 5)),
    # French administrative style, « le 14 courant »
    ("Dakar, le 20 juin 2019\n\nLe préfet a installé le 14 courant le nouveau conseil.",
     "fr", dt.date(2019, 6, 14)),
    ("Accra, May 20, 2018\n\nThe minister opened the new wing on the 12th of this month.",
     "en", dt.date(2018, 5, 12)),
])
def test_a_day_of_the_current_month_takes_the_articles_month(text, language, want):
    assert resolve(text, language, ref=None).date == want


def test_a_day_of_the_current_month_alone_is_no_invalid_date():
    r = resolve("وقع الوزير يوم 22 الجاري اتفاقية مع نظيره.", "ar", ref=None)
    assert r.date is None and r.uncertain
    assert not any("not a valid calendar date" in w for w in r.warnings)


@pytest.mark.parametrize(("text", "want"), [
    # pages-2026-12b fr-225ci-komoe: the appointment is recalled, the hand-over was « hier »
    ("mercredi 11 avril 2007 par Notre Voie\n\nNommé le samedi 7 avril dernier à la tête du "
     "ministère de la Culture, Augustin Komoé Kouadio a officiellement pris fonction, hier, "
     "au terme de la cérémonie de passation des charges.", dt.date(2007, 4, 10)),
    # other names, no weekday; and the act first, the recalled day after
    ("Lomé, le 3 mars 2015\n\nNommée le 20 février dernier par décret, la nouvelle préfète a "
     "été installée hier à Kara.", dt.date(2015, 3, 2)),
    ("Lomé, le 3 mars 2015\n\nLa nouvelle préfète a été installée hier, elle qui avait été "
     "nommée le 20 février dernier par décret.", dt.date(2015, 3, 2)),
    ("RABAT, June 9, 2022\n\nThe ambassador presented his credentials today, having arrived "
     "in Rabat on May 30 last.", dt.date(2022, 6, 9)),
])
def test_a_day_told_as_past_gives_way_to_the_articles_own_day(text, want):
    assert resolve(text, ref=None).date == want


def test_a_day_told_as_past_alone_is_still_the_event_date():
    r = resolve("Lomé, le 3 mars 2015\n\nLa préfète a été installée le 20 février dernier.",
                ref=None)
    assert r.date == dt.date(2015, 2, 20)


def test_a_town_and_a_date_make_a_dateline_only_with_a_wire_mark_or_a_hijri_date():
    # « عمان 5 آذار (بترا) - »: the day the report is filed, « أمس » counted from it
    wire = resolve("زيارة\n\nعمان 5 آذار 2024 (بترا) - زار الوزير أمس مدينة إربد.", "ar", ref=None)
    assert wire.date == dt.date(2024, 3, 4) and not wire.uncertain
    # prose with more than a town before the date, and a bracket after it, is no dateline
    prose = resolve("Visite\n\nLe ministre a signé le 3 mars 2024 (heure de Dakar) un accord.",
                    ref=None)
    assert not any(m.anchor for m in prose.mentions)
    assert prose.date == dt.date(2024, 3, 3)
    # nor is a headline: its date is the event's
    text = "Sommet le 3 mars 2024 (Dakar)\n\nLes chefs d'État se sont réunis."
    head = resolve_event_date(text, normalise(text), sentences(text), language="fr",
                              reference_date=None, first_body=text.index("Les chefs"))
    assert not any(m.anchor for m in head.mentions)


def test_a_period_without_a_day_leaves_the_date_to_confirm_unless_quoted():
    r = resolve("Lettres de créance\n\nL'ambassadeur a été reçu la semaine dernière.", ref=None)
    assert r.date is None and r.uncertain
    assert any("la semaine dernière" in w and "no day" in w for w in r.warnings)
    quoted = resolve("Visite\n\nLe ministre a dit : « Je suis venu la semaine dernière ».",
                     ref=None)
    assert quoted.date is None and not quoted.uncertain
