"""Date mentions and the resolution of the main event's date.

dateparser alone picks future years for partial dates, mis-anchors bare weekdays, has no
ranges and no Moroccan month names, so mentions are found by the finder the date checks
share (``communique.date_mentions``) and resolved here against the article's own date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import cache

from ..date_mentions import DateMention as WrittenDate
from ..date_mentions import calendar, probe, weekday_name
from ..date_mentions import find_mentions as find_written_dates
from ..date_mentions import fold as fold_date_word
from .commemorations import commemorated
from .hijri import year_beside_hijri
from .reference import event_words, fold
from .text import Sentence, sentence_at
from .weights import DATE, DATE_FAR_DAYS, DATE_WEEKS_BEFORE_DAYS, DATE_YEAR_SLIP_DAYS


@dataclass(frozen=True)
class DateMention(WrittenDate):
    """A date as written, with what the article makes of it."""

    anchor: bool = False  # dateline, byline or publication date
    # "dateline" (« Rabat, le 9 novembre 2023 », "MINSK, April 12. /TASS/. The …"): the day
    # the report is filed from; "page" (a page stamp « 08 أغسطس 2022 الساعة 02:51م », « Publié
    # le », a byline): the day the page was published, which need not be the event's
    anchor_kind: str = ""
    resolved: dt.date | None = None
    resolved_end: dt.date | None = None
    # the year is one the article writes elsewhere (« en 2022 », « le 12 mars 2020 »)
    assumed_year: bool = False
    # the date in brackets after its weekday or relative day (« on Monday (August 4) »)
    apposed: bool = False
    # in page chrome after a header (« À lire aussi », "3 comments"): another article's date
    chrome: bool = False
    # the year written is a slip its weekday and the article's date correct (``_year_slip``)
    year_slip: bool = False


@dataclass(frozen=True)
class DateResult:
    date: dt.date | None
    mention: DateMention | None
    weekday_text: str | None
    weekday_span: tuple[int, int] | None
    warnings: tuple[str, ...]
    uncertain: bool
    mentions: tuple[DateMention, ...]


def find_mentions(norm: str) -> list[DateMention]:
    """All date mentions in the normalised article (the finder the date checks use too)."""
    return _join_apposed_dates(norm, [DateMention(**vars(m)) for m in find_written_dates(norm)])


# « on Monday (August 4) », "This morning (Dec. 14)": the day in brackets right after a
# weekday or a relative day is that day's date, written for the reader, not an aside.
_OPEN_BRACKET = re.compile(r"\s*\(\s*")


def _join_apposed_dates(norm: str, mentions: list[DateMention]) -> list[DateMention]:
    """A weekday or relative day followed by its date in brackets, read as one mention: the
    date, with the weekday written (its year then follows from the weekday when none is
    written), and no aside. Its span stays the date's: what stands before the weekday
    (« وقع، أمس الاثنين (23 نونبر) ») is no dateline."""
    out: list[DateMention] = []
    skip = -1
    for i, m in enumerate(mentions):
        if i == skip:
            continue
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        gap = _OPEN_BRACKET.fullmatch(norm, m.end, nxt.start) if nxt is not None else None
        if nxt is not None and gap is not None and m.kind in ("weekday", "relative") \
                and nxt.kind == "date" and nxt.weekday is None and nxt.month is not None \
                and norm[nxt.end:nxt.end + 2].lstrip().startswith(")"):
            out.append(replace(nxt, weekday=m.weekday, weekday_span=m.weekday_span,
                               apposed=True))
            skip = i + 1
            continue
        out.append(m)
    return out


# A byline's names at the start of a line: capitalised words, with particles (« Jean de La
# Fontaine », "Bethsheba Wambura and Jane Doe"); never prose such as "received by President
# Samia since she took oath of office on March 19" (a past date, not the page's).
_NAME_WORD = r"(?-i:[A-ZÀ-ÖØ-Þ][\w'’.-]*)"
_PARTICLE = r"(?-i:de|du|des|la|le|van|von|bin|ben|el|al)"
_BYLINE_NAME = rf"{_NAME_WORD}(?:\s+(?:{_PARTICLE}\s+)?{_NAME_WORD}){{0,4}}"
# The date after « le », "on", or a bar or dash: « par Awa Traoré | 05/03/2024 | 14:20 ».
_BYLINE = re.compile(
    rf"[ \t]*(?:par|by)\s+{_BYLINE_NAME}(?:\s*(?:,|et|and|&)\s*{_BYLINE_NAME}){{0,2}}"
    r"(?:,?\s+(?:le|on)\s+|\s*\|\s*|\s+[-–—]\s+)",
    re.IGNORECASE,
)
# Words just before the article's own date: a page date (« Publié le », « Créé le »,
# "Updated:", « آخر تحديث »); the byline (« par Jean Dupont le ») is matched on its line.
_DATELINE_CUE = re.compile(
    r"(?:publié|publiée|mis à jour|mis en ligne|créé|créée|modifié|modifiée|posted|published|"
    r"updated|last updated|first published|date|نشر|نشر في|بتاريخ|آخر تحديث|تاريخ النشر)"
    r"\W{0,5}(?:le\s+|on\s+|في\s+)?$",
    re.IGNORECASE,
)
# Of those, the words of an update stamp: the page changed that day, after it was published.
_UPDATE_CUE = re.compile(
    r"(?:mis à jour|modifié|modifiée|updated|last updated|آخر تحديث)\W{0,5}(?:le\s+|on\s+|في\s+)?$",
    re.IGNORECASE,
)
# From the start of a line to the date: "Rabat, 7 nov.", with the country too ("Dakar,
# Sénégal, 10 novembre") or a bureau ("Hohoe (V/R), Feb. 05"), the wire's mark before it
# (« (ATOP) Lomé, le 12 mars 2024 – »). Matched on the whole line start, never on a window
# of prose (« …communication, a été reconduit, le 9 octobre »).
_CITY_DATELINE = re.compile(
    r"\s*(?:\([^()\n]{1,20}\)\s*)?"
    r"[^\W\d][\w .'\-/()]{1,40}(?:,\s*[^\W\d][\w .'\-()]{1,30})?,\s*(?:le\s+)?",
    re.IGNORECASE,
)
# A dateline's town and country are names: in Latin script each word is capitalised but for
# the particles of place names (« Saint-Louis », "Port of Spain", « Ville de Québec »), and a
# dash between spaces ends the dateline (« الجزائر - أشرف الوزير، … »). Prose before a comma
# is no dateline: « Le Conseil des ministres a nommé, mercredi 15 mars 2023, … », "He took
# office today, Thursday 14 November, …".
_PLACE_PARTICLES = frozenset(
    {"de", "du", "des", "la", "le", "les", "d", "l", "el", "al", "en", "sur", "sous", "of",
     "and", "et", "upon", "on", "am", "an", "der", "di", "da", "do", "dos", "das", "y"})
_SPACED_DASH = re.compile(r"\s[-–—]\s")
_LATIN_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ][\w'’.\-]*")


# « يوم » (on the day of) before a date or its weekday is prose: « استقبل وزير الخارجية، السيد
# حمد الكعبي، يوم الاثنين 2 يناير 2022 » opens with a verb and its subject, no town; a dateline
# writes its date bare (« الرباط، الاثنين 2 يناير »).
_ON_THE_DAY = re.compile(r"(?<!\w)يوم\s*$")


def _told_on_the_day(norm: str, line_start: int, m: DateMention) -> bool:
    return norm.startswith("يوم", m.start) or bool(_ON_THE_DAY.search(norm, line_start, m.start))


def _names_a_place(line_start: str) -> bool:
    """Can the words before a dateline's date be a town (and a country or bureau)?"""
    if _SPACED_DASH.search(line_start):
        return False
    for word in _LATIN_WORD.findall(line_start):
        if word[0].islower() and word.split("'")[0].split("’")[0].lower() not in _PLACE_PARTICLES:
            return False
    return True
# A town and the date with no comma, when a wire's mark follows the date: « القاهرة في 5 مارس
# 2024 / أ ش أ / », « عمان 5 آذار (بترا) - », « الرباط في 3 مارس / ومع / »: one to three
# words from the start of the line, then « في » or « le » at most.
_TOWN_BEFORE_WIRE = re.compile(
    r"\s*[^\W\d][\w'’.\-]*(?:\s+[^\W\d][\w'’.\-]*){0,2}\s+(?:(?:في|le)\s+)?", re.IGNORECASE)
# SPA's dateline, the Hijri date then its Gregorian equivalent (date_words.toml
# hijri_equivalent): « الرياض 22 شعبان 1445 هـ الموافق 3 مارس 2024 م واس ».
@cache
def _town_and_hijri_date() -> re.Pattern[str] | None:
    words = calendar().hijri_equivalent
    if not words:
        return None
    return re.compile(
        r"\s*[^\W\d][\w'’.\-]*(?:\s+[^\W\d][\w'’.\-]*){0,2}\s+\d{1,2}\s+[^\W\d]+"
        r"(?:\s+[^\W\d]+)?\s+1[34]\d\d\s*(?:هـ|ه)?\.?\s+"
        rf"(?:{'|'.join(re.escape(w) for w in sorted(words, key=len, reverse=True))})\s*")


# A town (and its country) or an outlet's name, a dash or a bar, the date, and after it a dash,
# a colon, a bar or a wire's mark: « LOMÉ – 12 mars 2024 : », « Lomé, Togo – 12 mars 2024 – »,
# « الرباط - 12 مارس 2024 (ومع) - », "Nairobi, Kenya | 12 March 2024 |"; or the date in brackets
# closing the line, the report below it: « حرية – (21/9/2023) », « Koudougou – (12 mars 2024) ».
_DATELINE_NAME = r"[^\W\d][\w'’.\-]*(?:[ \t]+[^\W\d][\w'’.\-]*){0,2}"
_NAME_AND_SEPARATOR = re.compile(
    rf"[ \t]*(?P<name>{_DATELINE_NAME}(?:,[ \t]*{_DATELINE_NAME})?)[ \t]*[-–—|][ \t]*"
    r"(?P<open>\([ \t]*)?")
_BRACKET_ENDS_LINE = re.compile(r"[ \t]*\)[ \t]*(?:\n|$)")
_SEPARATOR_AFTER = re.compile(
    r"[ \t]*(?:[.,][ \t]*)?(?:[-–—:|]|\([^()\n]{1,30}\)[ \t]*[-–—:]|/[^/\n]{1,20}/)")


def _name_separator_date(norm: str, line_start: int, m: DateMention) -> bool:
    """Is the date's line « NAME – date – … » or « NAME – (date) », the name a town's (with
    its country) or an outlet's?"""
    hit = _NAME_AND_SEPARATOR.fullmatch(norm, line_start, m.start)
    if hit is None or not _names_a_place(hit.group("name")):
        return False
    after = _BRACKET_ENDS_LINE if hit.group("open") else _SEPARATOR_AFTER
    return after.match(norm, m.end) is not None


_WIRE_MARK = re.compile(r"\s*(?:[.,]\s*)?(?:\((?:[^()\n]{1,30})\)|/[^/\n]{1,20}/)")
# … or a dash between spaces, the report starting after it: « وهران في 13 مارس 2024 - دشن »,
# "BO 13 March 2024 - The …" (the town's words names: never « Il a inauguré le 12 mars - »).
_DASH_AFTER = re.compile(r"[ \t]*[-–—][ \t]")
# After a date at the start of a line: what makes it the article's stamp rather than prose.
# « 12 mars 2019. – », "7 nov. (MAP) -", "Nov. 18, GNA -", « le 3 avril 2023 à 10h34 ».
_AFTER_DATELINE = re.compile(
    r"\s*(?:[.,]\s*)?(?:[-–—:|]|\((?:[^()\n]{1,30})\)\s*[-–—:]|/[^/\n]{1,20}/|[A-Z]{2,8}\s*[-–—:]"
    r"|(?:à|at|-|,)?\s*\d{1,2}\s*(?:h|:)\s*\d\d)"
)
# A time after the date (« 12-1-2026 | 16:49 », « le 3 avril 2023 à 10h34 »): a page stamp.
_TIME_AFTER = re.compile(r"\s*(?:[.,|]\s*)?(?:à|at|-|,)?\s*\d{1,2}\s*(?:h|:)\s*\d\d")
_LINE_START_WORDS = re.compile(r"\s*(?:(?:le|the|on|في)\s+)?$", re.IGNORECASE)


# The day a site's software prints when a page has no date (the Unix epoch): « Publié le
# 1 janvier 1970, mis à jour le 29 novembre 2017 » is dated by its update.
_EMPTY_PAGE_DATE = dt.date(1970, 1, 1)


# How far into the body a date may still be the article's own: a dateline, or a date in the
# prose that relative days are counted from.
_TOP_OF_BODY = 400


def _alternatives(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _chrome_header() -> re.Pattern[str] | None:
    words = calendar().chrome_headers
    if not words:
        return None
    return re.compile(
        rf"^[ \t]*(?:\d+[ \t]+)?(?:{_alternatives(words)})[ \t]*(?:\(\d+\))?[ \t]*"
        r"(?P<link>:[^\n]*)?$", re.IGNORECASE | re.MULTILINE)


def _mark_chrome(norm: str, mentions: list[DateMention]) -> list[DateMention]:
    """Mark the dates of page chrome (date_words.toml chrome_headers): all below a header
    line (« À lire aussi », "3 comments"), and those of a link line (« Lire aussi : … »)."""
    pattern = _chrome_header()
    if pattern is None or not mentions:
        return mentions
    spans: list[tuple[int, int]] = []
    for hit in pattern.finditer(probe(norm)):
        if hit.group("link") and hit.group("link")[1:].strip():
            spans.append(hit.span())
        else:
            spans.append((hit.start(), len(norm)))
            break
    if not spans:
        return mentions
    return [replace(m, chrome=True) if any(a <= m.start < b for a, b in spans) else m
            for m in mentions]


def _mark_anchors(norm: str, mentions: list[DateMention], first_body: int) -> list[DateMention]:
    """Mark the article's own date: a page date, byline or dateline near the top."""
    out = []
    for m in mentions:
        if m.kind not in ("date",) or m.end_day is not None or m.chrome:
            out.append(m)
            continue
        line_start = norm.rfind("\n", 0, m.start) + 1
        line_end = norm.find("\n", m.end)
        line_end = len(norm) if line_end < 0 else line_end
        before = norm[max(0, m.start - 80):m.start]
        short_line = (line_end - line_start) - (m.end - m.start) < 16
        near_top = m.start < first_body + _TOP_OF_BODY
        at_line_start = bool(_LINE_START_WORDS.fullmatch(norm[line_start:m.start]))
        city = bool(((_CITY_DATELINE.fullmatch(norm[line_start:m.start])
                      and _names_a_place(norm[line_start:m.start])
                      and not _told_on_the_day(norm, line_start, m))
                     or (m.start >= first_body  # a headline « Sommet le 3 mars (Dakar) »
                         and ((_TOWN_BEFORE_WIRE.fullmatch(norm[line_start:m.start])
                               and (_WIRE_MARK.match(norm, m.end)
                                    or (_DASH_AFTER.match(norm, m.end)
                                        and _names_a_place(norm[line_start:m.start]))))
                              or _after_a_hijri_date(probe(norm[line_start:m.start]))))
                     or _name_separator_date(norm, line_start, m))
                    and m.start < first_body + 300)
        after = at_line_start and near_top and bool(_AFTER_DATELINE.match(norm, m.end))
        anchor = (
            bool(_DATELINE_CUE.search(before))
            or bool(_BYLINE.fullmatch(norm, line_start, m.start))
            or (short_line and near_top)
            or city
            or after
        )
        if not anchor:
            out.append(m)
            continue
        # A dateline opens the report (a town before it, or the prose after it on its line);
        # a date alone on its line, with a time, a cue or a byline, stamps the page.
        wire = after and not short_line and not _TIME_AFTER.match(norm, m.end)
        kind = "dateline" if city or wire else "page"
        if _UPDATE_CUE.search(before) and not (city or wire):
            kind = "updated"
        out.append(replace(m, anchor=True, anchor_kind=kind))
    return out


def _anchors_to_count_from(mentions: list[DateMention],
                           reference_date: dt.date | None) -> list[DateMention]:
    """The article's own dates, in the order relative days are counted from them: an update
    stamp (« Mis à jour le 27 mai 2021 ») last, and not at all when it is after the reference
    date the user gave (the day the article was published: the update came later); never the
    empty page date (« Publié le 1 janvier 1970 »)."""
    anchors = [m for m in mentions if m.anchor
               and (m.year, m.month, m.day) != (_EMPTY_PAGE_DATE.year, 1, 1)]
    updates = [m for m in anchors if m.anchor_kind == "updated"]
    if reference_date is not None:
        updates = [m for m in updates
                   if m.year is None or _safe_date(m.year, m.month or 0, m.day or 0) is None
                   or _safe_date(m.year, m.month or 0, m.day or 0) <= reference_date]
    return [m for m in anchors if m.anchor_kind != "updated"] + updates


def _weekday_of_a_yearless_dateline(norm: str, mentions: list[DateMention],
                                    first_body: int) -> list[DateMention]:
    """« Dakar, 03 Oct (SL-INFO) – … s'est tenue ce jeudi »: a dateline with no year and no
    weekday, and near the top the day called this one (« ce jeudi », "this Thursday",
    « اليوم الخميس »): that weekday is the dateline's, and narrows its year (to confirm)."""
    stamp = next((m for m in mentions if m.anchor), None)
    if stamp is None or stamp.year is not None or stamp.weekday is not None \
            or stamp.month is None:
        return mentions
    today = [m.weekday for m in mentions
             if not m.anchor and m.weekday is not None and m.start < first_body + _TOP_OF_BODY
             and ((m.kind == "weekday" and m.direction == 0 and _told_as_this_day(norm, m))
                  or (m.kind == "relative" and m.offset == 0))]
    if len(set(today)) != 1:
        return mentions
    return [replace(m, weekday=today[0]) if m is stamp else m for m in mentions]


def _after_a_hijri_date(line_start: str) -> bool:
    """Is the line, up to a Gregorian date, a town and the Hijri date it is the equivalent of?"""
    pattern = _town_and_hijri_date()
    return pattern is not None and pattern.fullmatch(line_start) is not None


@cache
def _year_alone() -> re.Pattern[str]:
    """« en 2022 », and « en avril 2023 » (a month and its year, no day): a year written
    alone, in the pattern's one group."""
    cal = calendar()
    words = _alternatives(cal.year_before)
    month = (rf"|(?:{_alternatives(cal.month_year_before)})\s*(?:{_alternatives(cal.month_forms)})"
             r"\.?" if cal.month_year_before else "")
    return re.compile(rf"(?<!\w)(?:(?:{words}){month})\s+((?:19|20)\d\d)(?![\w%/-]|[.,]\d)",
                      re.IGNORECASE)


@dataclass(frozen=True)
class _WrittenYear:
    """Where the article writes a year: alone (« en 2022 ») or in a full date (« le 12 mars
    2020 »), and whether it is the year of an act told as before the article's (« Élu en
    2019 », « qui avait été nommé le 2 mai 2022 », "established on 3 May 1996" below the
    news, the day an anniversary commemorates); a full date's day and month too."""

    start: int
    end: int
    alone: bool
    earlier_act: bool
    day: int | None = None
    month: int | None = None


@cache
def _earlier_act_before_year() -> re.Pattern[str] | None:
    words = calendar().earlier_act_years
    if not words:
        return None
    return re.compile(rf"(?<!\w)(?:{_alternatives(words)})\s*,?\s*$", re.IGNORECASE)


def _years_written(norm: str, mentions: list[DateMention], today: dt.date,
                   sentences: list[Sentence] | None = None) -> dict[int, list[_WrittenYear]]:
    """The years the article writes, each with where it is written: in its full dates
    (« lancé le 12 mars 2020 ») and alone (« au Vietnam en 2022 »). A year after today is a
    target (« en 2030 »), as is a year told as to come (date_words.toml to_come: "prepares to
    host the summit in 2026"), and the date of a text the article cites (« la loi n° 12 du 3
    mars 1991 ») says nothing of when the article was written: none is kept."""
    found: dict[int, list[_WrittenYear]] = {}
    for m in mentions:
        if m.year is not None and m.kind in ("date", "range") and not m.chrome \
                and not _dates_a_cited_text(norm, m):
            sent = sentence_at(sentences, m.start) if sentences else None
            earlier = _told_as_before(norm, m, sent) or commemorated(norm, m, sent, mentions)
            found.setdefault(m.year, []).append(
                _WrittenYear(m.start, m.end, False, earlier, m.day, m.month))
    look = probe(norm)
    earlier = _earlier_act_before_year()
    to_come = _to_come_cue()
    for hit in _year_alone().finditer(look):
        if to_come is not None and to_come.search(look, max(0, hit.start() - 70), hit.start()):
            continue  # « accueillera le sommet en 2026 », "prepares to host … in 2026": a target
        told_before = earlier is not None and bool(
            earlier.search(look, max(0, hit.start() - 30), hit.start()))
        found.setdefault(int(hit.group(1)), []).append(
            _WrittenYear(hit.start(), hit.end(), True, told_before))
    return {y: sorted(spots, key=lambda w: w.start)
            for y, spots in sorted(found.items(), key=lambda kv: min(w.start for w in kv[1]))
            if y <= today.year}


def _gives_its_year(spot: _WrittenYear, at: int) -> bool:
    """Can a year written there give a day and month written at `at` without a weekday their
    year? Not an earlier act's (« Élu en 2019, le maire a inauguré le 12 mars »), nor a full
    date's written after the day: press copy writes the year once, at its first date, and a
    date further on written with one is of another year (« reçu le 14 novembre … Les
    relations furent établies le 2 octobre 1991 »). A year alone (« la première visite au
    Niger en 2023 ») tells the article's own time wherever it stands."""
    return not spot.earlier_act and (spot.alone or spot.start < at)


def _year_from_written(month: int, day: int, weekday: int | None,
                       years: dict[int, list[_WrittenYear]], at: int = 0) -> int | None:
    """The year a day and month written without one (at offset `at`) take from the years the
    article writes: with its weekday (« vendredi 4 septembre »), the one written year where
    that day falls on that weekday; without, the one year written, when only one is and it
    is written where it gives it (``_gives_its_year``). Before either, the year of the same
    day and month written in full elsewhere (``_restated_year``)."""
    restated = _restated_year(month, day, weekday, years)
    if restated is not None:
        return restated
    fits = [y for y in years if _safe_date(y, month, day) is not None]
    if weekday is not None:
        fits = [y for y in fits if dt.date(y, month, day).weekday() == weekday]
        return fits[0] if len(fits) == 1 else None
    if len(years) != 1 or not fits:
        return None
    return fits[0] if any(_gives_its_year(w, at) for w in years[fits[0]]) else None


def _restated_year(month: int, day: int, weekday: int | None,
                   years: dict[int, list[_WrittenYear]]) -> int | None:
    """« le 20 avril, au Palais du peuple » and further on « la date du 20 avril 2023 »: the
    day told again with its year, before or after, is the same day; the one year so written
    (its weekday fitting the one written with the day, if any), not an earlier act's nor an
    anniversary's (« 60e anniversaire de l'indépendance proclamée le 3 août 1960 »)."""
    found = {y for y, spots in years.items()
             if any((w.day, w.month) == (day, month) and not w.earlier_act for w in spots)}
    if weekday is not None:
        found = {y for y in found if dt.date(y, month, day).weekday() == weekday}
    return found.pop() if len(found) == 1 else None


def _years_from_hijri(norm: str, mentions: list[DateMention]) -> list[DateMention]:
    """« 5 ربيع الآخر 1446 هـ الموافق 8 أكتوبر »: the day's year, told by its Hijri date."""
    out = []
    for m in mentions:
        year = year_beside_hijri(norm, m) if m.kind == "date" else None
        out.append(replace(m, year=year) if year is not None else m)
    return out


def _read_numeric_dates(mentions: list[DateMention], ref: dt.date | None) -> list[DateMention]:
    """« 11/10/2023 » is read day first, unless the other reading is the one the article
    bears out: its own weekday written before it ("Wednesday, 04/10/2024") that only month
    first gives, or the article's own date with "today" and a weekday written (« اليوم
    الجمعة », "today Friday") that only month first gives, or, failing that, a day-first
    reading that falls after the reference date while month first does not (wires that
    write month first, as SPA does)."""
    today_weekdays = {m.weekday for m in mentions
                      if m.kind == "relative" and m.offset == 0 and m.weekday is not None}
    out = []
    for m in mentions:
        if m.form != "numeric" or m.day is None or m.month is None or m.year is None \
                or m.day > 12 or m.day == m.month:
            out.append(m)
            continue
        day_first = _safe_date(m.year, m.month, m.day)
        month_first = _safe_date(m.year, m.day, m.month)
        if day_first is None or month_first is None:
            out.append(m)
            continue
        flip = False
        wd = next(iter(today_weekdays)) if len(today_weekdays) == 1 else None
        if m.weekday is not None and (month_first.weekday() == m.weekday) != (
                day_first.weekday() == m.weekday):
            flip = month_first.weekday() == m.weekday
        elif m.anchor and wd is not None and (month_first.weekday() == wd) != (
                day_first.weekday() == wd):
            flip = month_first.weekday() == wd
        elif ref is not None:
            # An article is not dated after its reference date: only a day-first reading
            # that would be is given up (nearness alone would make the reading depend on
            # the day the article is drafted).
            flip = day_first > ref >= month_first
        out.append(replace(m, day=m.month, month=m.day, form="numeric_mdy") if flip else m)
    return out


@cache
def _cited_text_cue() -> re.Pattern[str]:
    cal = calendar()
    dated = "|".join(re.escape(w) for w in sorted(cal.cited_dated, key=len, reverse=True))
    texts = "|".join(re.escape(w) for w in sorted(cal.cited_texts, key=len, reverse=True))
    return re.compile(
        rf"(?:(?<!\w)(?:{dated})|(?<!\w)(?:{texts})\s+(?:n[°o]|no\.|رقم|عدد)\s*[\w/.-]{{1,14}}"
        rf"(?:\s+(?:لسنة|de|of)\s+\d{{4}})?\s+(?:du|of|بتاريخ|في))\s*$",
        re.IGNORECASE,
    )


def _dates_a_cited_text(norm: str, m: DateMention) -> bool:
    """« القانون عدد 14 لسنة 1991 المؤرخ في 25 فيفري 1991 », « la loi n° 12 du 3 mars 2019 »:
    the date of a text the article cites, which says nothing of when the article was written."""
    return bool(_cited_text_cue().search(probe(norm[max(0, m.start - 60):m.start])))


def _may_date_the_article(m: DateMention, quoted: list[tuple[int, int]], first_body: int) -> bool:
    """Can a date in the prose stand for the article's own date, to count « hier » from? Only
    one near the top, or written with its weekday (« ce jeudi 22 janvier 2018 », "today Monday
    May 10, 2021"), and never inside a quotation: a speaker's date is the speaker's day, and a
    past act told further down (« avant de prendre fonction le 13 octobre 2017 ») is not the
    day the article was written."""
    if any(a < m.start < b for a, b in quoted):
        return False
    return m.start < first_body + _TOP_OF_BODY or m.weekday is not None


def _tense(norm: str, m: DateMention) -> int:
    """-1 for a day and month told as past (« le 7 avril dernier »), +1 as to come (« aura
    lieu le 12 juin »), else 0: which side of the article's date a yearless day may fall."""
    if m.kind not in ("date", "range") or m.year is not None:
        return 0
    if _told_as_past(norm, m):
        return -1
    return 1 if _told_as_to_come(norm, m) else 0


def _year_slip(m: DateMention, article_day: dt.date | None) -> DateMention:
    """« mardi 20 décembre 2023 » in an article of 21 December 2022, « Tuesday 2 January
    2023 » in one of 5 January 2024: a full date whose weekday does not fit its year but fits
    the year before or after, that day just before the article's date (weights
    DATE_YEAR_SLIP_DAYS), is that day: the weekday and the article's date agree, the year
    written is a slip. Only the article's own date or the reference date tells it."""
    if article_day is None or m.kind != "date" or m.year is None or m.weekday is None \
            or m.resolved is None or m.resolved.weekday() == m.weekday \
            or m.month is None or m.day is None:
        return m
    fits = [d for d in (_safe_date(m.year + step, m.month, m.day) for step in (-1, 1))
            if d is not None and d.weekday() == m.weekday and d <= article_day
            and (article_day - d).days <= DATE_YEAR_SLIP_DAYS]
    return replace(m, resolved=fits[0], year_slip=True) if len(fits) == 1 else m


def _prose_date_gives_the_year(norm: str, sentences: list[Sentence], prose: DateMention,
                               prose_day: dt.date | None, m: DateMention) -> bool:
    """Does a full date of the prose, the article's only date (« Nommé par décret du 2
    février 2024, … installé le 15 février »), give a day and month written without a year
    (`m`) its year? Only as a year the article writes does (``_gives_its_year``: written
    before the day, no earlier act's), or when `m`'s weekday fits the day it gives: « reçu le
    14 novembre … Les relations avaient été établies le 2 octobre 1997 » gives none."""
    if m.kind not in ("date", "range") or m.year is not None or m.month is None \
            or m.current_month or prose_day is None:
        return True
    weekday = m.weekday if m.kind == "date" else None
    if weekday is not None:
        day = _year_near_reference(m.month, m.day or 1, None, prose_day, True)
        if day is not None and day.weekday() == weekday:
            return True
    spot = _WrittenYear(prose.start, prose.end, False,
                        _told_as_before(norm, prose, sentence_at(sentences, prose.start)))
    return _gives_its_year(spot, m.start)


def _spelled_out(m: DateMention) -> bool:
    """A date written with weekday, day, month and year that agree (« mardi 10 janvier 2023 »)."""
    return (m.kind == "date" and m.year is not None and m.weekday is not None
            and m.resolved is not None and m.resolved.weekday() == m.weekday)


def _exists(m: DateMention) -> bool:
    """Is there such a day (« 31 février 2024 » is none; « 29 février » without a year may be)?"""
    if m.year is not None:
        return _safe_date(m.year, m.month or 0, m.day or 0) is not None
    return m.possible


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _latest_matching(month: int, day: int, weekday: int | None, ref: dt.date) -> dt.date | None:
    """Most recent year (≤ ref) whose date has the written weekday: never a future year."""
    for y in range(ref.year, ref.year - 60, -1):
        cand = _safe_date(y, month, day)
        if cand is None or cand > ref:
            continue
        if weekday is None or cand.weekday() == weekday:
            return cand
    return None


def _year_near_reference(month: int, day: int, weekday: int | None, ref: dt.date,
                         ahead: bool, ahead_cost: float = 1.5) -> dt.date | None:
    """The day and month meant, written without a year in an article of `ref`: the
    occurrence nearest it among those its weekday fits, a day to come counted half again as
    far as a day gone, and only when one may be meant (`ahead`: « aura lieu le 2 janvier »
    published on 28 December is the coming 2 January; « le 30 décembre » published on 2
    January, or « élu le 20 décembre » on 29 November, the last); with no such occurrence
    within a year, the latest before `ref` with that weekday, then without it. From a date
    of the prose, not the article's (`ahead_cost` 1), either side is as near."""
    best: tuple[float, dt.date] | None = None
    for y in (ref.year - 1, ref.year, ref.year + 1):
        cand = _safe_date(y, month, day)
        if cand is None or (weekday is not None and cand.weekday() != weekday) \
                or (not ahead and cand > ref):
            continue
        delta = (cand - ref).days
        cost = abs(delta) if delta <= 0 else delta * ahead_cost
        if best is None or cost < best[0]:
            best = (cost, cand)
    if best is not None:
        return best[1]
    return _latest_matching(month, day, weekday, ref) or _latest_matching(month, day, None, ref)


def _resolve(m: DateMention, anchor: dt.date | None, ref: dt.date | None,
             years: dict[int, list[_WrittenYear]] | None = None,
             tense: int = 0, prose_anchor: bool = False) -> DateMention:
    """The day a mention means, counted from the article's date (`anchor`) or, failing it,
    the reference date the user gave; relative days with neither stay unresolved, and a day
    and month with no year take theirs from the years the article writes (`years`), or
    from their weekday, or stay unresolved. `tense`: the day is told as past (-1, « le 20
    octobre dernier ») or as to come (+1, « aura lieu le 2 janvier »); `prose_anchor`: the
    anchor is a date of the prose, which a later day may follow as well as precede."""
    base = anchor or ref
    if m.kind == "date" and m.day and m.month is None and m.current_month:
        # « يوم 22 الجاري »: the day of the month the article is dated in, or unknown
        start = _safe_date(base.year, base.month, m.day) if base else None
        return replace(m, resolved=start)
    if m.kind in ("date", "range") and m.day and m.month:
        assumed = False
        weekday = m.weekday if m.kind == "date" else None
        if m.year:
            start = _safe_date(m.year, m.month, m.day)
        elif m.current_month and base:
            start = _safe_date(base.year, base.month, m.day)
        elif anchor:
            # the article's own date: the nearest occurrence (a written weekday that does
            # not fit is warned of, not used to move the day)
            start = _year_near_reference(m.month, m.day, None, anchor, tense >= 0,
                                         1.0 if prose_anchor else 1.5)
        elif ref:
            # a day after the day the article was published only when told as to come or
            # when its weekday fits one (« will be sworn in on Friday, January 3 »)
            start = _year_near_reference(m.month, m.day, weekday, ref,
                                         tense > 0 or (tense == 0 and weekday is not None))
        else:
            start = None
            year = _year_from_written(m.month, m.day, weekday, years or {}, m.start)
            if year is not None:
                start = _safe_date(year, m.month, m.day)
                assumed = True
            if start is None and weekday is not None:
                # the weekday narrows the year: the latest past one with that weekday
                start = _latest_matching(m.month, m.day, weekday, dt.date.today())
            # with neither, the year cannot be known: the date stays to confirm, never guessed
        end = None
        if m.kind == "range" and start and m.end_day and m.end_month:
            end = _safe_date(start.year + (m.end_month < m.month), m.end_month, m.end_day)
        return replace(m, resolved=start, resolved_end=end, assumed_year=assumed)
    if base is None:
        return m
    if m.kind == "relative" and m.offset is not None:
        return replace(m, resolved=base + dt.timedelta(days=m.offset))
    if m.kind == "weekday" and m.weekday is not None:
        back = (base.weekday() - m.weekday) % 7
        if m.direction < 0:
            back = back or 7
            return replace(m, resolved=base - dt.timedelta(days=back))
        if m.direction > 0:
            ahead = (m.weekday - base.weekday()) % 7 or 7
            return replace(m, resolved=base + dt.timedelta(days=ahead))
        return replace(m, resolved=base - dt.timedelta(days=back))
    return m


_QUOTED = re.compile(r"«[^»]{0,600}»|“[^”]{0,600}”|\"[^\"\n]{0,600}\"")


# A day told as when something was said or announced (not when the event took place).
_REPORTED_ON = re.compile(
    r"(?:\b(?:said|says|told|announced|reported|stated|added)|\ba\s+(?:indiqué|annoncé|déclaré|"
    r"précisé|affirmé|fait savoir)|\b(?:indique|annonce|précise)|(?:^|\s)(?:قال|أعلن|أعلنت|أفاد|"
    r"أفادت|ذكر|ذكرت|صرح))\s+(?:on\s+|le\s+|ce\s+|يوم\s+)?$",
    re.IGNORECASE,
)


@cache
def _just_done_cue() -> re.Pattern[str] | None:
    cal = calendar()
    words = sorted(cal.just_done_markers + cal.under_way_markers, key=len, reverse=True)
    if not words:
        return None
    forms = "|".join(re.escape(w) + ("" if w.endswith("'") else r"(?!\w)") for w in words)
    return re.compile(rf"(?<!\w)(?:{forms})", re.IGNORECASE)


def _told_as_just_done(norm: str, sentences: list[Sentence], first_body: int,
                       stamps: tuple[DateMention, ...] = ()) -> tuple[int, int] | None:
    """Where the headline or the lead (the body's first two sentences, a page stamp's line
    not counted) tells its act as just done (« viennent d'élire », "has just") or under way
    (« se tient », « بدأ »), or None."""
    cue = _just_done_cue()
    if cue is None:
        return None
    lead_end = len(norm)
    if sentences:
        body = [s for s in sentences if s.end > first_body
                and not any(s.start <= m.start and m.end <= s.end and s.end - s.start
                            - (m.end - m.start) < 16 for m in stamps)]
        if body:
            lead_end = body[min(1, len(body) - 1)].end
    hit = cue.search(probe(norm[:lead_end]))
    return hit.span() if hit else None


@cache
def _no_day_period() -> re.Pattern[str] | None:
    forms = calendar().no_day_periods
    return re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(f) for f in forms)})(?!\w)",
                      re.IGNORECASE) if forms else None


def _period_without_a_day(norm: str, quoted: list[tuple[int, int]]) -> tuple[int, int] | None:
    """Where the article tells its time by a period with no day (date_words.toml no_day:
    « la semaine dernière », "last week"), outside quotations, or None."""
    cue = _no_day_period()
    if cue is None:
        return None
    for hit in cue.finditer(probe(norm)):
        if not any(a < hit.start() < b for a, b in quoted):
            return hit.span()
    return None


@dataclass(frozen=True)
class _Context:
    norm: str
    sentences: list[Sentence]
    first_body: int
    ranges: list[DateMention]
    anchor_date: dt.date | None
    reference_date: dt.date | None
    mentions: tuple[DateMention, ...] = ()


def _told_as_this_day(norm: str, m: DateMention) -> bool:
    """« ce mercredi 16 mars 2022 », "this Monday": a weekday after a demonstrative
    (date_words.toml this_day) is the day the article reports from."""
    if m.weekday_span is None:
        return False
    before = re.search(r"([^\W\d]+)\s+$", norm[max(0, m.weekday_span[0] - 12):m.weekday_span[0]])
    return before is not None and fold(before.group(1)) in calendar().this_day_markers


@cache
def _today_before() -> re.Pattern[str]:
    cal = calendar()
    today = sorted((w for w, offset in cal.relative_days.items() if offset == 0),
                   key=len, reverse=True)
    return re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(w) for w in today)})\s*,?\s*$")


def _told_as_today(norm: str, m: DateMention) -> bool:
    """« aujourd'hui, lundi 1er septembre », "today, Thursday 14 November", « اليوم الاثنين 1
    سبتمبر »: a day written out and called the article's own day, which the report is of
    rather than the day before it also tells (« Hier, l'aéroport a accueilli … »)."""
    if m.kind != "date" or m.month is None:
        return False
    return _today_before().search(fold_date_word(norm[max(0, m.start - 20):m.start])) is not None


def _told_as_past(norm: str, m: DateMention) -> bool:
    """« nommé le samedi 7 avril dernier », « يوم 7 أبريل الماضي »: a day and month followed by
    a past marker (date_words.toml past) are recalled from a later day, the article's, whose
    news is told otherwise (« a pris fonction, hier »)."""
    if m.kind != "date" or m.month is None:
        return False
    after = re.match(r"\s+([^\W\d]+)", norm[m.end:m.end + 16])
    return after is not None and fold(after.group(1)) in calendar().past_markers


@cache
def _before_the_event_cue() -> re.Pattern[str] | None:
    cal = calendar()
    if not cal.before_the_event:
        return None
    forms = _alternatives(cal.before_the_event)
    # « following the … », or the act between: "following her election on", « منذ تعيينه في »
    # (a noun and its adjective: « issu des élections cantonales du »), and a first day before
    # this one in a list: « issu des élections du 18 octobre et du 8 novembre »
    act = (rf"(?:(?:{_alternatives(cal.act_determiners)})\s*)?[^\W\d][\w'-]*"
           rf"(?:\s+[^\W\d][\w'-]*)?\s+(?:{_alternatives(cal.day_prepositions)})\s+"
           if cal.act_determiners and cal.day_prepositions else "(?!)")
    first_day = (rf"(?:[0-3]?\d(?:er)?\s+[^\W\d]+\.?(?:\s+(?:19|20)\d\d)?\s*,?\s+"
                 rf"(?:et|and|و)\s*(?:(?:{_alternatives(cal.day_prepositions)})\s+)?)?")
    return re.compile(rf"(?<!\w)(?:{forms})\s+(?:(?:the|le|la|les|l'|du|des)\s*|{act})?"
                      rf"{first_day}$", re.IGNORECASE)


@cache
def _pluperfect_cue() -> re.Pattern[str] | None:
    words = calendar().earlier_act_auxiliaries
    if not words:
        return None
    return re.compile(rf"(?<!\w)(?:{_alternatives(words)})(?!\w)[^,;:.!?()«»\n]*$",
                      re.IGNORECASE)


def _told_as_before(norm: str, m: DateMention, sentence: Sentence | None = None) -> bool:
    """« Following the November 11, 2020 general election, … today swore in »: a day after
    « following », « depuis », « منذ » (date_words.toml before_the_event), or after the act
    they name ("since his appointment on"), is a point the article's event comes after, not
    the event's day; so is a day in a clause in the pluperfect (« qui avait été nommé le 2 mai
    2022 ») or in a participle clause opening the sentence (« Élu le 12 mars 2023, le maire a
    été installé le 28 mars »)."""
    cue = _before_the_event_cue()
    window = probe(norm[max(0, m.start - 80):m.start])
    if cue is not None and cue.search(window) is not None:
        return True
    pluperfect = _pluperfect_cue()
    if pluperfect is not None and pluperfect.search(probe(norm[max(0, m.start - 70):m.start])):
        return True
    if sentence is None:
        return False
    opening = norm[sentence.start:m.start]
    first = re.match(r"\s*([^\W\d][\w'-]*)", opening)
    return (first is not None and not re.search(r"[,;:]", opening)
            and fold_date_word(first.group(1)) in calendar().earlier_act_openers)


@cache
def _term_bound_cue() -> re.Pattern[str] | None:
    words = calendar().term_bounds
    return re.compile(rf"(?<!\w)(?:{_alternatives(words)})\s*$", re.IGNORECASE) if words \
        else None


@cache
def _to_come_cue() -> re.Pattern[str] | None:
    words = calendar().to_come
    return re.compile(rf"(?<!\w)(?:{_alternatives(words)})(?!\w)[^,;:.!?()«»\n]{{0,40}}$",
                      re.IGNORECASE) if words else None


def _told_as_to_come(norm: str, m: DateMention) -> bool:
    """« … a annoncé que la conférence aura lieu le 12 juin 2024 »: a day in a clause telling
    it as to come (date_words.toml to_come)."""
    cue = _to_come_cue()
    return cue is not None and cue.search(probe(norm[max(0, m.start - 70):m.start])) is not None


def _bounds_a_term(norm: str, m: DateMention) -> bool:
    """« pour un mandat de cinq ans à compter du 1er janvier 2025 », "with effect from 1
    January", « au plus tard le 30 juin »: a day after a term's or a deadline's words
    (date_words.toml term_bounds) is when a term starts or a time runs out, not the act's."""
    cue = _term_bound_cue()
    return cue is not None and cue.search(probe(norm[max(0, m.start - 30):m.start])) is not None


def date_clues(m: DateMention, ctx: _Context) -> dict[str, float]:
    """What counts for and against `m` being the event's date (weights.DATE), clue by clue;
    the candidate with the highest total is the event date."""
    norm, sentences, ranges = ctx.norm, ctx.sentences, ctx.ranges
    clues: dict[str, float] = {}
    first_index = sentence_at(sentences, ctx.first_body).index if sentences else 0
    sent = sentence_at(sentences, m.start)
    idx = (sent.index - first_index) if sent else 0
    clues["per_sentence_later"] = DATE["per_sentence_later"] * max(idx, -1)
    if sent is not None:
        folded = fold(norm[sent.start:sent.end])
        if any(re.search(rf"(?<!\w){re.escape(v)}(?!\w)", folded)
               for v in event_words().event_verbs):
            clues["event_verb_in_sentence"] = DATE["event_verb_in_sentence"]
    if m.start < ctx.first_body:
        clues["in_headline"] = DATE["in_headline"]
    if "(" in norm[max(0, m.start - 2):m.start] and not m.apposed:
        clues["in_brackets"] = DATE["in_brackets"]
    if _REPORTED_ON.search(norm[max(0, m.start - 40):m.start]):
        clues["reported_on"] = DATE["reported_on"]
    for r in ranges:
        if r is not m and r.resolved and r.resolved_end and m.resolved and m.kind != "range" \
                and r.resolved <= m.resolved <= r.resolved_end:
            clues["inside_a_written_range"] = (clues.get("inside_a_written_range", 0.0)
                                               + DATE["inside_a_written_range"])
    ref = ctx.anchor_date or ctx.reference_date
    if m.resolved and ref and abs((m.resolved - ref).days) > DATE_FAR_DAYS:
        clues["far_from_article_date"] = DATE["far_from_article_date"]
    if m.kind == "weekday" and m.direction == 0 and not ranges and ctx.anchor_date is None \
            and ctx.reference_date is None:
        clues["weekday_alone"] = DATE["weekday_alone"]
    if _dates_a_cited_text(norm, m):
        clues["dates_a_cited_text"] = DATE["dates_a_cited_text"]
    if m.kind == "date" and m.day and m.month and (m.year or m.weekday is not None):
        clues["written_in_full"] = DATE["written_in_full"]
    if _told_as_before(norm, m, sent):
        clues["told_as_before"] = DATE["told_as_before"]
    if commemorated(norm, m, sent, ctx.mentions):
        clues["commemorated_day"] = DATE["commemorated_day"]
    if _told_as_past(norm, m):
        clues["told_as_past"] = DATE["told_as_past"]
    if _bounds_a_term(norm, m):
        clues["bounds_a_term"] = DATE["bounds_a_term"]
    if _told_as_to_come(norm, m):
        clues["told_as_to_come"] = DATE["told_as_to_come"]
    if _told_as_this_day(norm, m):
        clues["this_day"] = DATE["this_day"]
    if _told_as_today(norm, m):
        clues["today_written_out"] = DATE["today_written_out"]
    if m.resolved and ref and DATE_WEEKS_BEFORE_DAYS < (ref - m.resolved).days <= DATE_FAR_DAYS:
        clues["weeks_before_article"] = DATE["weeks_before_article"]
    return clues


def resolve_event_date(
    text: str,
    norm: str,
    sentences: list[Sentence],
    *,
    language: str,
    reference_date: dt.date | None,
    first_body: int = 0,
) -> DateResult:
    """Find every date mention and decide which one is the main event's date.

    Relative days and years left out are counted from the article's own date: its dateline,
    byline or page date first, then the reference date the user gave (the day the article
    was published), and only without one a full date written near the top of the text; with
    none of them a relative day stays unresolved and the
    date is left to confirm (never counted from today), and a day and month without a year
    take a year the article writes elsewhere (the one their weekday fits, or without one the
    only year, written alone or in a full date before them, and not an earlier act's nor a
    target: « en 2022 », « le 12 mars 2020 »), or stay to confirm. With no
    event date in the text, a dateline dates the event it reports; a page stamp only when
    the lead tells the act as just done or under way."""
    mentions = _read_numeric_dates(
        _mark_anchors(norm, _mark_chrome(norm, _years_from_hijri(norm, find_mentions(norm))),
                      first_body), reference_date)
    warnings: list[str] = []

    anchor_date: dt.date | None = None
    anchor_from: DateMention | None = None  # set when the anchor is a date in the prose
    for m in _anchors_to_count_from(mentions, reference_date):
        if m.year:
            anchor_date = _resolve(m, None, reference_date).resolved
            if anchor_date == _EMPTY_PAGE_DATE:
                anchor_date = None  # « Publié le 1 janvier 1970, mis à jour le 29 novembre 2017 »
            if anchor_date:
                break
    anchor_yearless: DateMention | None = None  # its year only from its weekday
    if anchor_date is None and reference_date is None:
        mentions = _weekday_of_a_yearless_dateline(norm, mentions, first_body)
    if anchor_date is None:
        for m in _anchors_to_count_from(mentions, reference_date):
            if m.weekday is not None or reference_date is not None:
                anchor_date = _resolve(m, None, reference_date).resolved
                if anchor_date:
                    anchor_yearless = m if reference_date is None else None
                    break
    # « "Nous signerons demain" » tells when someone spoke of a day, not when the event was.
    quoted = [q.span() for q in _QUOTED.finditer(norm)]
    if anchor_date is None:
        for m in mentions:
            if m.chrome or _dates_a_cited_text(norm, m) \
                    or not _may_date_the_article(m, quoted, first_body) \
                    or commemorated(norm, m, sentence_at(sentences, m.start), mentions):
                continue
            full = _resolve(m, None, None).resolved if m.kind == "date" and m.year else None
            # the reference date is the day the article was published: given, it is the day
            # « hier » counts from, not a day the prose tells (« conveyed its Agreement on
            # 13 May 2022 », « Following the November 11, 2020 general election »)
            if full and reference_date is None:
                anchor_date, anchor_from = full, m
                break
    # « du 8 au 10 janvier » and, further on, « en 2022 »; « vendredi 4 septembre » and, lower
    # down, « lancé le 12 mars 2020 »: with nothing else to give a year, the article's own
    # years give it (to confirm); with none that fits, no year is guessed.
    years = (_years_written(norm, mentions, dt.date.today(), sentences)
             if reference_date is None and (anchor_date is None or anchor_from is not None)
             else {})
    resolved = [
        _resolve(m, None, None, years)
        if anchor_from is not None and not _prose_date_gives_the_year(
            norm, sentences, anchor_from, anchor_date, m)
        else _resolve(m, anchor_date, reference_date, years, _tense(norm, m),
                      anchor_from is not None)
        for m in mentions]

    # A bare weekday inside a range the article gives ("élu jeudi", congress 11-14 June)
    # is the day within that range; not a day after the article's own date or the reference
    # date: "on Thursday received the organisers of the fair, to be held from 2 to 9 October"
    # is the Thursday before the article, not one of the fair's.
    article_day = reference_date or (anchor_date if anchor_from is None else None)
    resolved = [_year_slip(m, article_day) if not m.anchor else m for m in resolved]
    ranges = [m for m in resolved if m.kind == "range" and m.resolved and m.resolved_end]
    latest = anchor_date or reference_date
    final: list[DateMention] = []
    for m in resolved:
        if m.kind in ("weekday",) and m.weekday is not None and ranges:
            for r in ranges:
                days = (r.resolved_end - r.resolved).days  # type: ignore[operator]
                hits = [
                    r.resolved + dt.timedelta(days=i)  # type: ignore[operator]
                    for i in range(days + 1)
                    if (r.resolved + dt.timedelta(days=i)).weekday() == m.weekday  # type: ignore[operator]
                    and (latest is None or r.resolved + dt.timedelta(days=i) <= latest)  # type: ignore[operator]
                ]
                if len(hits) == 1:
                    m = replace(m, resolved=hits[0], assumed_year=r.assumed_year)
                    break
        final.append(m)

    for m in final:
        if m.resolved is None and m.kind in ("date", "range") and not _exists(m):
            warnings.append(f"« {text[m.start:m.end]} » is not a valid calendar date")
        if m.weekday is not None and m.resolved and m.kind in ("date", "relative"):
            if m.resolved.weekday() != m.weekday:
                written = text[m.weekday_span[0]:m.weekday_span[1]] if m.weekday_span else "?"
                warnings.append(
                    f"« {text[m.start:m.end]} »: {m.resolved.isoformat()} is a "
                    f"{weekday_name(language, m.resolved.weekday())}, not « {written} »"
                )

    # With nothing to count from, « samedi » still tells which sentence reports the event
    # (the venue is read there), but not its day.
    countless = anchor_date is None and reference_date is None
    # a day and month the prose's only full date gives no year (``_prose_date_gives_the_year``)
    # still tells the event's day: it is chosen unresolved, to confirm, over that other date
    yearless = anchor_from is not None
    candidates = [
        m for m in final
        if not m.anchor and not m.chrome and (m.resolved or (countless and (
            m.kind in ("relative", "weekday") or (m.kind in ("date", "range") and _exists(m))))
            or (yearless and m.kind in ("date", "range") and m.year is None and _exists(m)))
        and not (m.kind in ("relative", "weekday") and any(a < m.start < b for a, b in quoted))
    ]
    if not candidates:
        anchors = [m for m in final
                   if m.anchor and m.resolved and m.resolved != _EMPTY_PAGE_DATE]
        datelines = [m for m in anchors if m.anchor_kind == "dateline"]
        if datelines:
            # "MINSK, April 12. /TASS/. The … meeting has adopted": a report filed that day
            # tells that day's event when it names no other.
            warnings.append("no event date in the text: the article's own date was taken")
            return _result(text, datelines[0], language, warnings, True, final)
        told = _told_as_just_done(norm, sentences, first_body, tuple(anchors))
        if anchors:
            page = anchors[0]
            if told is not None:
                # « 12-1-2026 | 16:49 », then « بدأ أعضاء مجلس النواب … »: a live report is of
                # the day its page is stamped with.
                warnings.append(
                    f"no event date in the text; « {text[told[0]:told[1]]} » tells the act as "
                    f"just done or under way: the page's date « {text[page.start:page.end]} » "
                    "was taken")
                return _result(text, page, language, warnings, True, final)
            # « 2019-09-20 » above a signing told in the past: the day the page went up, not
            # necessarily the day of the event.
            warnings.append(
                f"no event date in the text; « {text[page.start:page.end]} » dates the page, "
                "not the event: the event date is to be confirmed")
            return DateResult(None, page, None, None, tuple(warnings), True, tuple(final))
        if told is not None and reference_date is not None:
            # « Les députés viennent d'élire … »: the act is of the day the article is
            # of, and only the reference date the user gave says which day that is.
            warnings.append(
                f"no date in the text; « {text[told[0]:told[1]]} » tells an act just done or "
                f"under way: the reference date {reference_date.isoformat()} was taken")
            return DateResult(reference_date, None, None, None, tuple(warnings), True,
                              tuple(final))
        period = _period_without_a_day(norm, quoted)
        if period is not None:
            # « a présenté ses lettres de créance la semaine dernière »: a time, not a day
            warnings.append(
                f"« {text[period[0]:period[1]]} » names no day: the event date is to be "
                "confirmed")
            return DateResult(None, None, None, None, tuple(warnings), True, tuple(final))
        return DateResult(None, None, None, None, tuple(warnings), False, tuple(final))

    ctx = _Context(norm, sentences, first_body, ranges, anchor_date, reference_date,
                   tuple(final))
    chosen = max(candidates, key=lambda m: (sum(date_clues(m, ctx).values()), -m.start))
    chosen = _the_day_its_weekday_names(chosen, candidates, ctx)
    if chosen.resolved is None:
        spelled = [m for m in candidates if _spelled_out(m)]
        if spelled:
            # « reçu hier … » and, in a message it quotes, « ce mardi 10 janvier 2023 »:
            # « hier » cannot be counted, but a day written with weekday and year needs no
            # counting; it is taken, left to confirm.
            best = max(spelled, key=lambda m: (sum(date_clues(m, ctx).values()), -m.start))
            warnings.append(
                f"« {text[chosen.start:chosen.end]} » cannot be counted (no article or "
                f"reference date): « {text[best.start:best.end]} », written in full, was taken")
            return _result(text, best, language, warnings, True, final)
        yearless = [m for m in candidates if m.kind in ("date", "range") and m.year is None]
        if chosen.kind in ("date", "range") or yearless:
            # "This morning (Dec. 14)": the day is written, its year nowhere
            day = chosen if chosen.kind in ("date", "range") else yearless[0]
            warnings.append(
                f"« {text[day.start:day.end]} » has no year, and neither the article nor "
                "--reference-date gives one: the event date is to be confirmed")
        else:
            warnings.append(
                f"« {text[chosen.start:chosen.end]} » is counted from the day the article was "
                "published, and neither the article nor --reference-date gives that day: "
                "the event date is to be confirmed")
        return DateResult(None, chosen, None, None, tuple(warnings), True, tuple(final))
    uncertain = False
    if chosen.year_slip and chosen.resolved:
        uncertain = True
        written = text[chosen.start:chosen.end]
        day_of = article_day.isoformat() if article_day else "?"
        warnings.append(
            f"« {written} »: {chosen.year}-{chosen.month:02d}-{chosen.day:02d} is not a "
            f"{weekday_name(language, chosen.weekday or 0)}; {chosen.resolved.isoformat()}, "
            f"that weekday just before the article's date {day_of}, was taken: the year "
            "written is read as a slip")
    if chosen.kind == "range":
        uncertain = True
        warnings.append(
            f"« {text[chosen.start:chosen.end]} » is a range: its first day was taken as the "
            "event date"
        )
    if chosen.kind in ("relative", "weekday") and anchor_date is None and reference_date:
        uncertain = True
        warnings.append(
            f"« {text[chosen.start:chosen.end]} » is relative and the article carries no date: "
            f"resolved against {reference_date.isoformat()}"
        )
    if chosen.kind in ("relative", "weekday") and anchor_from is not None:
        uncertain = True
        warnings.append(
            f"« {text[chosen.start:chosen.end]} » is relative and the article has no dateline: "
            f"counted from « {text[anchor_from.start:anchor_from.end]} », a date in its text"
        )
    if chosen.kind == "date" and chosen.year is None and anchor_date is None \
            and not chosen.assumed_year and chosen.resolved:
        uncertain = True
        if reference_date is not None:
            fits = " that its weekday fits" if chosen.weekday is not None else ""
            warnings.append(
                f"« {text[chosen.start:chosen.end]} » has no year and the article no dateline: "
                f"{chosen.resolved.year} gives the day nearest the reference date "
                f"{reference_date.isoformat()}{fits}")
        else:
            warnings.append(
                f"« {text[chosen.start:chosen.end]} » has no year and the article no dateline: "
                f"{chosen.resolved.year} is the most recent past year with that weekday"
            )
    if anchor_from is not None and chosen.kind in ("date", "range") and chosen.year is None \
            and chosen.resolved and not chosen.assumed_year and not chosen.current_month:
        # « Nommé par décret du 2 février 2024, … installé le 15 février »: the year of the
        # article's only full date, told before it
        uncertain = True
        warnings.append(
            f"« {text[chosen.start:chosen.end]} » has no year: it is taken in "
            f"{chosen.resolved.year}, from « {text[anchor_from.start:anchor_from.end]} », a "
            "date in the text")
    if anchor_yearless is not None and chosen.year is None:
        # « الأحد 13 حزيران » atop the page, no year and no reference date: the weekday
        # narrows the year, it does not give it
        uncertain = True
        warnings.append(
            f"« {text[anchor_yearless.start:anchor_yearless.end]} », the article's own date, has "
            f"no year: {anchor_date.year if anchor_date else '?'} is the most recent past year "
            "with that weekday")
    if chosen.assumed_year and chosen.resolved and chosen.resolved.year in years:
        uncertain = True
        spots = years[chosen.resolved.year]
        again = [w for w in spots if (w.day, w.month) == (chosen.day, chosen.month)]
        where = (again or spots)[0]
        how = ("the year the same day is written with among those" if again
               else "the year of its weekday among those" if chosen.weekday is not None
               else "the only year")
        warnings.append(
            f"« {text[chosen.start:chosen.end]} » has no year: it is taken in "
            f"{chosen.resolved.year}, {how} the article writes (« {text[where.start:where.end]} »)")
    if any(text[chosen.start:chosen.end] in w and "not «" in w for w in warnings):
        uncertain = True
    if chosen.kind == "date" and chosen.year is None and anchor_date is None \
            and reference_date is None and chosen.weekday is None:
        uncertain = True
    return _result(text, chosen, language, warnings, uncertain, final)


def _the_day_its_weekday_names(chosen: DateMention, candidates: list[DateMention],
                               ctx: _Context) -> DateMention:
    """« Ce mercredi 12 mars, le Premier ministre … a effectué sa première visite », then « Le
    Président a reçu, ce mercredi, le Premier ministre »: a weekday that cannot be counted (no
    article or reference date), neither « dernier » nor « prochain », is the day a date of the
    article writes with that weekday; that date is taken (its year to confirm as ever)."""
    if chosen.resolved is not None or chosen.weekday is None or chosen.direction != 0 \
            or chosen.kind not in ("weekday", "relative"):
        return chosen
    named = [m for m in candidates if m.kind == "date" and m.weekday == chosen.weekday
             and m.resolved is not None and m.resolved.weekday() == m.weekday]
    if not named:
        return chosen
    return max(named, key=lambda m: (sum(date_clues(m, ctx).values()), -m.start))


def _result(
    text: str,
    chosen: DateMention,
    language: str,
    warnings: list[str],
    uncertain: bool,
    mentions: list[DateMention],
) -> DateResult:
    """The chosen date, with a weekday only where the article writes one for that day."""
    weekday_text = None
    span = None
    written = [chosen] + [m for m in mentions if m is not chosen and m.resolved == chosen.resolved]
    for m in written:
        if m.weekday_span and m.weekday is not None and m.resolved \
                and m.resolved.weekday() == m.weekday:
            span = m.weekday_span
            break
    if span is None and chosen.weekday_span and chosen.weekday is not None:
        span = chosen.weekday_span  # written, though not that date's weekday (warned above)
    if span:
        weekday_text = text[span[0]:span[1]]
    return DateResult(
        chosen.resolved, chosen, weekday_text, span, tuple(warnings), uncertain, tuple(mentions)
    )
