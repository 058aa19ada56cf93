"""Scoring weights: how much each clue counts when the extractor chooses, among the
candidates an article offers, the event date (``dates.py``), the event and the city
(``venue.py``). The highest total wins; ties go to the earliest mention.

One table, so that a change of weight is a change of data seen in one place and measured
with ``inv eval --role development`` (never tuned on validation sets). Sentence positions
count from the first sentence of the body (the headline is before it).
"""

from __future__ import annotations

from types import MappingProxyType

DATE = MappingProxyType({
    "per_sentence_later": -1.0,       # each sentence after the first of the body
    "event_verb_in_sentence": 3.0,    # « a présidé », "inaugurated" (events.yaml) in its sentence
    "in_headline": -1.5,              # the headline restates; the body dates
    "in_brackets": -2.0,              # « (le 3 mai) »: an aside
    "reported_on": -3.0,              # "the Foreign Office said on Tuesday": the day of the report
    "inside_a_written_range": 4.0,    # a day inside « du 2 au 5 mai » written elsewhere
    "far_from_article_date": -6.0,    # more than DATE_FAR_DAYS from the article's own date
    "weekday_alone": -0.5,            # a bare weekday, no range, no article or reference date
    "written_in_full": 0.5,           # « vendredi 20 septembre 2024 » over « jeudi » beside it
    "weeks_before_article": -1.5,     # « nommés le 9 avril » in a piece dated 9 July: earlier act
    "dates_a_cited_text": -4.0,       # « la loi n° 12 du 3 mars 2019 », « المؤرخ في »
    "this_day": 3.0,                  # « ce mercredi 16 mars »: the day the article reports from
    "today_written_out": 4.0,         # « aujourd'hui, lundi 1er septembre » over « Hier » above it
    "told_as_past": -1.0,             # « le 7 avril dernier »: recalled from the article's day
    "told_as_before": -2.0,           # "Following the November 11 election": a point before
    "commemorated_day": -4.0,         # « 60e anniversaire de l'indépendance du 3 août 1960 »
    "told_as_to_come": -2.0,          # « aura lieu le 12 juin »: announced, beside an act done
    "bounds_a_term": -2.0,            # « à compter du 1er janvier », "with effect from": a term's
})
DATE_WEEKS_BEFORE_DAYS = 30
DATE_FAR_DAYS = 400
# A full date whose weekday fits only the year before or after the one written, that day
# within this many days before the article's date: the year is a slip (« mardi 20 décembre
# 2023 » on a page of 21 December 2022; « mardi 2 janvier 2023 » on one of 5 January 2024)
DATE_YEAR_SLIP_DAYS = 31

EVENT = MappingProxyType({
    "capitalised_head": 1.0,          # « Assemblée générale », "Summit"
    "arabic_complement": 1.0,         # « مؤتمر الأمن الدولي »: words after the head
    "qualifier": 1.0,                 # « cérémonie officielle », "official ceremony" (each side)
    "named_complement": 2.0,          # « de l'Organisation », "of the United Nations"
    "generic_complement": -3.0,       # « de l'organisation »: anaphoric, named in full elsewhere
    "numbered_or_named_before": 1.0,  # « 30e congrès », "North American Leaders' Summit"
    "sentence_of_the_date": 2.0,      # told in the sentence that gives the event date
    "per_sentence_later": -0.3,
    "in_headline": -2.0,
})

CITY = MappingProxyType({
    "per_sentence_later": -0.7,
    "locative_before": 3.0,           # « à Rabat », "in Accra", « في الرباط »
    "where_clause_act": 4.0,          # « à Malabo, où il a été reçu »: the act told there
    "sentence_of_the_event": 2.0,
    "sentence_of_the_date": 2.0,
    "in_headline": -1.0,
    "in_a_title": -4.0,               # « l'ambassadeur français à Alger »: where the envoy serves
    "dateline": -4.0,                 # "RABAT, 7 nov. (MAP) -": where the wire filed from ...
    "dateline_here": 6.0,             # ... unless the event is said to be there (« ici »)
})
