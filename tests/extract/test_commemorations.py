"""The day an anniversary commemorates (``extract/commemorations.py``)."""

from __future__ import annotations

from communique.extract.commemorations import commemorated
from communique.extract.dates import find_mentions
from communique.extract.text import sentences


def _last_date_commemorated(text: str) -> bool:
    mentions = find_mentions(text)
    last = mentions[-1]
    sentence = next(s for s in sentences(text) if s.start <= last.start < s.end)
    return commemorated(text, last, sentence, mentions)


def test_the_earlier_day_of_an_anniversary_is_the_day_commemorated():
    assert _last_date_commemorated(
        "Le 3 août, le Premier ministre a présidé la cérémonie du 60e anniversaire de "
        "l'indépendance proclamée le 3 août 1960.")
    assert _last_date_commemorated(
        "On October 9, the President led celebrations marking the 60th anniversary of "
        "independence, won on October 9, 1962.")
    assert _last_date_commemorated(
        "احتفلت البلاد يوم 5 يوليو بالذكرى الستين لاستقلالها في 5 يوليو 1962.")


def test_one_day_written_twice_or_an_anniversary_on_another_day_is_none():
    # the same day told again with its year: no anniversary word
    assert not _last_date_commemorated(
        "Les ambassadeurs ont présenté leurs lettres de créance le 20 avril. L'un d'eux a "
        "estimé que la date du 20 avril 2023 était mémorable.")
    # an anniversary's word, but no other date on that day and month
    assert not _last_date_commemorated(
        "Le 12 mars, à l'occasion du 60e anniversaire de la commune, le maire a inauguré la "
        "place fondée le 4 juin 1964.")
    # the day of the celebration, in a later year than the day it remembers
    assert not _last_date_commemorated(
        "Le 60e anniversaire de l'indépendance du 3 août 1960 a été célébré le 3 août 2020.")
