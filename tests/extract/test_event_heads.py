"""Event heads read without a capitalised name (``heads`` in events.yaml): each with the
sentence it was added for, and the same sentence without the head names no event."""

from __future__ import annotations

import datetime as dt

import pytest

from communique.extract import extract_article

TODAY = dt.date(2026, 11, 29)

EXAMPLES = [
    # (language, sentence, event read, the same sentence told without the head)
    ("fr", "La prise de fonction d'un nouveau préfet a eu lieu lundi 12 juin 2023 à Mamoudzou.",
     "prise de fonction", "Un nouveau préfet est arrivé lundi 12 juin 2023 à Mamoudzou."),
    ("fr", "En ce 28 novembre 2024, le conseil municipal était réuni sous la présidence du maire.",
     "conseil municipal", "En ce 28 novembre 2024, les élus étaient réunis sous la présidence "
     "du maire."),
    ("en", "The High Commissioner paid a courtesy call on the President on Monday, June 12, 2023.",
     "courtesy call", "The High Commissioner called on the President on Monday, June 12, 2023."),
    ("en", "The Minister received the Ambassador of Japan for his farewell call on Monday, "
     "June 12, 2023.", "farewell call", "The Minister received the Ambassador of Japan, who is "
     "leaving, on Monday, June 12, 2023."),
]


def event(text: str, language: str) -> str | None:
    return extract_article(text, language, reference_date=TODAY).to_dict()["venue"]["event"]


@pytest.mark.parametrize(("language", "text", "want", "without"), EXAMPLES,
                         ids=[e[2] for e in EXAMPLES])
def test_an_event_head_reads_its_example(language, text, want, without):
    assert event(text, language) == want
    assert event(without, language) is None


def test_an_event_name_stays_on_its_line():
    """The headline's last word is no qualifier of the body's first event, and a complement
    does not run on into the next paragraph."""
    text = ("Un nouveau maire à Trappes\n\nLe conseil municipal de Trappes s’est réuni "
            "mercredi 27 mai 2020 pour élire le maire.")
    assert event(text, "fr") == "conseil municipal de Trappes"
    assert "\n" not in (event("Le ministre ouvre le forum de Dakar\nAmadou Ba\n\nLe forum "
                              "s’est tenu mercredi 27 mai 2020.", "fr") or "")
