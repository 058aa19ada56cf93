"""Dates as a press office writes them, per language (Babel for the locale data)."""

from __future__ import annotations

import datetime as dt
import re
import string

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
    """Fill a pack's dateline pattern: the convention of each language is data.

    '{city}, le {date}' → « Rabat, le 7 novembre 2024 »; '{CITY}, {date}' (the city in
    capitals, as English wire style writes it) → "RABAT, 7 November 2024";
    '{city} في {date}' → « الرباط في 7 نونبر 2024 ».
    """
    when = format_long_date(date, language, moroccan_months=moroccan_months) if date else ""
    return pattern.format(city=city, CITY=city.upper(), date=when).strip(" ,")


DATELINE_PLACEHOLDERS = ("city", "CITY", "date")


def dateline_pattern_problem(pattern: str) -> str:
    """Why a pack's dateline pattern cannot be filled by `format_dateline`, or ''.

    Checked when the pack is loaded, so a typo (« {dat} », a lone « { ») is a T005 at
    `inv check` rather than a crash half-way through a build.
    """
    try:
        names = [name for _text, name, _spec, _conv in string.Formatter().parse(pattern)
                 if name is not None]
    except ValueError as err:
        return f"it is not a valid pattern ({err}); write braces only around placeholders"
    unknown = [name for name in names if name not in DATELINE_PLACEHOLDERS]
    if unknown:
        return (f"it uses {', '.join('{' + n + '}' for n in unknown)}; the placeholders are "
                f"{', '.join('{' + n + '}' for n in DATELINE_PLACEHOLDERS)}")
    try:
        pattern.format(city="", CITY="", date="")
    except ValueError as err:
        return f"it is not a valid pattern ({err})"
    return ""


_TIME = re.compile(r"(\d{1,2})[:h.](\d{2})")


def format_time(text: str, language: str) -> str:
    """« 10 h 30 » in French (with no-break spaces), "10:30" in English and Arabic.

    Ranges keep their shape: '10:30-12:00' → « 10 h 30-12 h 00 ». Text that holds no time
    is returned as written.
    """
    def one(match: re.Match) -> str:
        hours, minutes = int(match.group(1)), match.group(2)
        if language == "fr":
            return f"{hours}\u00a0h\u00a0{minutes}"
        return f"{hours:02d}:{minutes}"

    return _TIME.sub(one, text.strip())
