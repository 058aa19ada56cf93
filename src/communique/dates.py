"""Dates as a press office writes them, per language (Babel for the locale data)."""

from __future__ import annotations

import datetime as dt

from babel.dates import format_date

_LOCALES = {"fr": "fr_FR", "en": "en_GB", "ar": "ar"}


def format_long_date(date: dt.date, language: str, *, moroccan_months: bool = False) -> str:
    """« 7 novembre 2024 », "7 November 2024", « 7 نونبر 2024 » (Western digits)."""
    if language == "ar":
        # Babel's ar_MA has the Moroccan month names (نونبر); plain ar has نوفمبر. Digits
        # stay Western, as Moroccan and most Maghreb institutions print them.
        locale = "ar_MA" if moroccan_months else "ar"
        return f"{date.day} {format_date(date, 'MMMM', locale=locale)} {date.year}"
    text = format_date(date, "d MMMM y", locale=_LOCALES.get(language, language))
    if language == "fr" and date.day == 1:
        # French writes the first of the month as an ordinal: « le 1er novembre ».
        text = "1er" + text[1:]
    return text


def format_weekday(date: dt.date, language: str) -> str:
    return format_date(date, "EEEE", locale=_LOCALES.get(language, language))


def format_dateline(city: str, date: dt.date | None, language: str, pattern: str,
                    *, moroccan_months: bool = False) -> str:
    """Fill a pack's dateline pattern, e.g. '{city}, le {date}' → « Rabat, le 7 novembre 2024 »."""
    when = format_long_date(date, language, moroccan_months=moroccan_months) if date else ""
    return pattern.format(city=city, date=when).strip(" ,")
