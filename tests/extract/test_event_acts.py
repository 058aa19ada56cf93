"""The article's main act as its event when no other event is named (``acts`` in events.yaml)."""

from __future__ import annotations

import datetime as dt

from communique.extract import extract_article

TODAY = dt.date(2026, 11, 29)


def event(text: str, language: str) -> str | None:
    return extract_article(text, language, reference_date=TODAY).to_dict()["venue"]["event"]


def test_presentation_of_credentials_is_the_event():
    text = ("Présentation des lettres de créance de l'ambassadeur de France au président, à Kaboul"
            " le 16 décembre 2018.\n\nL'ambassadeur a présenté ses lettres au président.")
    assert event(text, "fr") == "Présentation des lettres de créance"


def test_arabic_signing_of_a_memorandum_is_the_event():
    text = ("أعلنت الحكومة اليوم السبت عن توقيع مذكرة تفاهم بين البلدين بحضور وزير الخارجية.")
    assert event(text, "ar") == "توقيع مذكرة تفاهم"


def test_bare_verb_of_credentials_names_no_event():
    text = ("Envoys of four states presented their credentials to the President in New Delhi "
            "today. The envoys then met the Minister.")
    assert event(text, "en") is None
