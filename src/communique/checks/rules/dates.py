"""Rules on dates: written weekdays, impossible days, release vs event, embargo, years.

Dates written in prose (« jeudi 7 novembre », "Thursday, November 7", « الخميس 7 نونبر »)
are found by the finder the extractor uses (communique.date_mentions), in French, English and
Arabic (Modern Standard, Moroccan, Algerian/Tunisian and Levantine months), whatever the
release's language: a French release may quote an English date.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from communique.checks.rule import CheckContext, Rule
from communique.checks.rules.prose import Segment, fold, segments
from communique.date_mentions import DateMention, find_dates, sentences
from communique.date_mentions import calendar as date_words
from communique.date_mentions import fold as fold_word
from communique.diagnostics import Diagnostic
from communique.packs.date_format import format_weekday

LATE_AFTER_EVENT = dt.timedelta(days=30)
EMBARGO_GRACE = dt.timedelta(days=1)

def reference_date(release) -> dt.date | None:
    return release.event_date or release.date


def dated_segments(ctx: CheckContext) -> Iterator[tuple[Segment, DateMention]]:
    for segment in segments(ctx.release):
        for mention in find_dates(segment.masked):
            yield segment, mention


class WeekdayMismatch(Rule):
    """D001 weekday-mismatch: A weekday written with a date is not that date's weekday.

    Why: « mercredi 7 novembre » when 7 November 2024 is a Thursday: one of the two is wrong, and
    journalists will print whichever they read first.

    Example:
        date: 2024-11-07
        ...
        Le Maroc a été élu, ce mercredi 7 novembre, ...

    Fix: Write the weekday of that date (or correct the date).
    """

    def check(self, ctx: CheckContext) -> Iterator[Diagnostic]:
        near = reference_date(ctx.release)
        for segment, mention in dated_segments(ctx):
            if mention.weekday is None or not mention.possible:
                continue
            date = mention.resolve(near)
            if date is None or date.weekday() == mention.weekday:
                continue
            start, end = mention.weekday_span
            written = segment.text[start:end]
            right = _same_case(format_weekday(date, _language_of(written, ctx)), written)
            yield self.problem(
                f"« {mention.text.strip()} »: {date.isoformat()} is a {date:%A}, "
                f"not a « {written} ».", segment.location(start),
                f"Write « {right} » (or correct the date).")


def _language_of(word: str, ctx: CheckContext) -> str:
    if any("\u0600" <= c <= "\u06ff" for c in word):
        return "ar"
    from babel.dates import get_day_names

    english = {n.lower() for n in get_day_names("wide", locale="en").values()}
    return "en" if word.lower() in english else "fr"


def _same_case(word: str, model: str) -> str:
    return word[:1].upper() + word[1:] if model[:1].isupper() else word


class ImpossibleDate(Rule):
    """D002 impossible-date: A date written in the text does not exist (« 31 novembre », « 29
    février 2023 »).

    Why: An impossible day is a typo for another day; the reader cannot know which.

    Example: ... le 31 novembre ...

    Fix: Correct the day or the month.
    """

    def check(self, ctx: CheckContext) -> Iterator[Diagnostic]:
        for segment, mention in dated_segments(ctx):
            if not mention.possible:
                last = calendar.monthrange(mention.year or 2024, mention.month)[1]
                yield self.problem(
                    f"« {mention.text.strip()} » does not exist: that month has {last} days"
                    + (f" in {mention.year}." if mention.year and mention.month == 2 else "."),
                    segment.location(mention.start))


class ReleaseBeforeEvent(Rule):
    """D003 release-before-event: The release is dated before the event it reports (event_date later
    than date).

    Why: A release reporting an event cannot be issued before it happened; one of the two dates is
    wrong. (For an announcement of a future event, re-grade or ignore D003 in pyproject.toml.)

    Example:
        date: 2024-11-06
        event_date: 2024-11-07

    Fix: Correct 'date' or 'event_date'.
    """

    def check(self, ctx: CheckContext) -> Iterator[Diagnostic]:
        r = ctx.release
        if ctx.pack is not None and ctx.pack.announces_upcoming:
            return  # a media advisory announces an event to come (manifest: announces)
        if r.date and r.event_date and r.event_date > r.date:
            yield self.problem(
                f"the release is dated {r.date.isoformat()}, before the event it reports "
                f"({r.event_date.isoformat()}).", r.where("date"),
                f"Date the release {r.event_date.isoformat()} or later, or correct "
                "'event_date'.")


class ReleaseLongAfterEvent(Rule):
    """D004 release-long-after-event: The release is dated more than 30 days after the event it
    reports.

    Why: A month-old event is rarely news; it is more often a wrong year or month.

    Example:
        date: 2025-11-07
        event_date: 2024-11-07

    Fix: Check the year and month of 'date' and 'event_date'.

    Severity: warning
    """

    def check(self, ctx: CheckContext) -> Iterator[Diagnostic]:
        r = ctx.release
        if r.date and r.event_date and r.date - r.event_date > LATE_AFTER_EVENT:
            days = (r.date - r.event_date).days
            yield self.problem(f"the release is dated {days} days after the event "
                               f"({r.event_date.isoformat()} → {r.date.isoformat()}).",
                               r.where("date"))


class EmbargoAfterRelease(Rule):
    """D005 embargo-after-release-date: The embargo ends more than a day after the release date.

    Why: The release date is printed in the dateline; an embargo that lifts later makes the printed
    date wrong, or the embargo is a typo.

    Example:
        date: 2024-11-07
        embargo: 2024-11-17T18:00+01:00

    Fix: Lift the embargo on the release date (or the day after), or change the date.

    Severity: warning
    """

    def check(self, ctx: CheckContext) -> Iterator[Diagnostic]:
        r = ctx.release
        if r.embargo and r.date and r.embargo.date() > r.date + EMBARGO_GRACE:
            yield self.problem(f"the embargo lifts on {r.embargo.date().isoformat()}, after "
                               f"the release date {r.date.isoformat()}.", r.where("embargo"))


class EmbargoBeforeEvent(Rule):
    """D006 embargo-before-event: The embargo lifts before the event the release reports.

    Why: Publishing the outcome of an event before it happens breaks trust and protocol.

    Example:
        event_date: 2024-11-07
        embargo: 2024-11-06T18:00+01:00

    Fix: Lift the embargo on or after the event date.

    Severity: warning
    """

    def check(self, ctx: CheckContext) -> Iterator[Diagnostic]:
        r = ctx.release
        if r.embargo and r.event_date and r.embargo.date() < r.event_date:
            yield self.problem(f"the embargo lifts on {r.embargo.date().isoformat()}, before "
                               f"the event ({r.event_date.isoformat()}).", r.where("embargo"))


class EmbargoWithoutTimeZone(Rule):
    """D007 embargo-without-time-zone: The embargo time has no time zone.

    Why: « 18:00 » is 18:00 in Rabat, 17:00 in London and 13:00 in New York: newsrooms abroad cannot
    honour an embargo without its zone.

    Example: embargo: 2024-11-07T18:00

    Fix: Add the offset, e.g. 'embargo: 2024-11-07T18:00+01:00'.

    Severity: warning
    """

    def check(self, ctx: CheckContext) -> Iterator[Diagnostic]:
        r = ctx.release
        if r.embargo and r.embargo.tzinfo is None:
            yield self.problem(f"the embargo '{r.fields.get('embargo', '')}' has no time zone.",
                               r.where("embargo"))


class DateYearMismatch(Rule):
    """D008 date-year-mismatch: A date in the text is the event's (or release's) day and month in
    another year.

    Why: « le 7 novembre 2023 » in a release about 7 November 2024: the year was copied from last
    year's release, or the dateline is wrong.

    Example:
        date: 2024-11-07
        ...
        ... le jeudi 7 novembre 2023 ...

    Fix: Write the year of the release's dates.
    """

    def check(self, ctx: CheckContext) -> Iterator[Diagnostic]:
        r = ctx.release
        anchors = {d for d in (r.date, r.event_date) if d}
        for segment, mention in dated_segments(ctx):
            if mention.year is None or not mention.possible:
                continue
            for anchor in anchors:
                if (mention.day, mention.month) == (anchor.day, anchor.month) \
                        and mention.year != anchor.year:
                    yield self.problem(
                        f"« {mention.text.strip()} » has the year {mention.year}, but the "
                        f"release's date is {anchor.isoformat()}.",
                        segment.location(mention.start),
                        f"Write {anchor.year} (or correct 'date'/'event_date').")
                    break


class LeadDateDiffers(Rule):
    """D009 lead-date-differs: The first date in the lead is not the event date (or the release
    date).

    Why: The lead says when the event happened; when it disagrees with event_date, the dateline and
    the facts block print a different day from the text.

    Example:
        event_date: 2024-11-07
        ...
        Le Maroc a été élu, ce jeudi 8 novembre, ...

    Fix: Make the lead's date and 'event_date' agree.

    Severity: warning
    """

    def check(self, ctx: CheckContext) -> Iterator[Diagnostic]:
        r = ctx.release
        expected = reference_date(r)
        if expected is None:
            return
        body = [s for s in segments(r, fields=False)]
        lead = next((s for s in body if not s.text.lstrip().startswith(("#", ">", "-", "*"))),
                    None)
        if lead is None:
            return
        mentions = [m for m in find_dates(lead.masked) if m.possible]
        if not mentions:
            return
        first = mentions[0]
        date = first.resolve(expected)
        if date is not None and date != expected and not any(
                m.resolve(expected) == expected for m in mentions):
            field = "event_date" if r.event_date else "date"
            yield self.problem(
                f"the lead dates the event « {first.text.strip()} » ({date.isoformat()}) but "
                f"'{field}' is {expected.isoformat()}.", lead.location(first.start))


# --- weekdays written without a day number (« ce jeudi », "on Thursday", « يوم الخميس ») ---

_NEXT = "next"
_LAST = "last"
_SKIP = "skip"  # relative to another day (« le jeudi suivant »), or habitual (« le jeudi »)
# Words after the weekday: « jeudi prochain », « الخميس المقبل ».
_AFTER = {"prochain": _NEXT, "prochaine": _NEXT, "dernier": _LAST, "derniere": _LAST,
          "passe": _LAST, "suivant": _SKIP, "precedent": _SKIP, "المقبل": _NEXT,
          "القادم": _NEXT, "الماضي": _LAST, "المنصرم": _LAST, "الفائت": _LAST,
          "الموالي": _SKIP, "السابق": _SKIP, "الموالية": _SKIP}
# Words before it: "last Thursday", "this coming Thursday", « le jeudi » (every Thursday).
_BEFORE = {"next": _NEXT, "coming": _NEXT, "last": _LAST, "past": _LAST, "previous": _SKIP,
           "following": _SKIP, "every": _SKIP, "each": _SKIP, "le": _SKIP, "les": _SKIP,
           "chaque": _SKIP, "tous": _SKIP, "du": _SKIP, "au": _SKIP}
_RELATIVE_SPAN = 14  # days: « jeudi prochain » said on a Wednesday may be tomorrow or in 8 days


@dataclass(frozen=True)
class BareWeekday:
    start: int
    end: int
    weekday: int
    relation: str  # '' (the day of the event), _NEXT or _LAST (from the release date)
    text: str

    def dates(self, release_date: dt.date) -> list[dt.date]:
        """The days a relative weekday can mean, counted from the release date."""
        sign = 1 if self.relation == _NEXT else -1
        days = (release_date + dt.timedelta(days=sign * k) for k in range(1, _RELATIVE_SPAN + 1))
        return sorted(d for d in days if d.weekday() == self.weekday)


@lru_cache(maxsize=1)
def _weekday_pattern() -> re.Pattern:
    forms = "|".join(re.escape(f) for f in date_words().weekday_forms)
    return re.compile(rf"(?<![\w])(?P<wd>{forms})(?![\w])", re.IGNORECASE)


def find_bare_weekdays(text: str) -> list[BareWeekday]:
    """Weekdays written without a day number or a month, with how they count the day."""
    days = date_words().weekdays
    probe = fold(text)
    in_dates = [(d.start, d.end) for d in find_dates(text)]
    found: list[BareWeekday] = []
    for m in _weekday_pattern().finditer(probe):
        start, end = m.span()
        if any(s <= start < e for s, e in in_dates):
            continue  # part of a full date: D001 checks it
        after = probe[end:end + 30]
        if re.match(r"\s*,?\s*(?:le\s+|the\s+)?[\d٠-٩]", after):
            continue  # « jeudi 7 », "Thursday 7th": a day number (with or without month)
        word = fold_word(m.group("wd"))
        arabic = bool(re.match(r"[\u0600-\u06ff]", word))
        next_word = fold_word(re.match(r"\s*([^\W\d_]*)", after).group(1))
        before_words = re.findall(r"[^\W\d_]+", fold_word(probe[max(0, start - 30):start]))
        previous = before_words[-1] if before_words else ""
        relation = _AFTER.get(next_word) or _BEFORE.get(previous, "")
        if arabic and not relation and previous not in ("يوم", "ويوم", "بيوم", "فيوم"):
            continue  # an Arabic weekday counts as a day when written « يوم الخميس »
        if relation == _SKIP:
            continue
        if not arabic and not (text[start:end][:1].isupper() or word in
                               {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
                                "dimanche"}):
            continue  # English weekdays are written with a capital
        found.append(BareWeekday(start, end, days[word], relation, text[start:end]))
    return found


class WeekdayNotEventDay(Rule):
    """D010 weekday-not-event-day: A weekday written without a date (« ce jeudi », "on Thursday", «
    يوم الخميس ») next to the event is not the event's weekday.

    Why: « Le Maroc a été élu, ce mercredi, … » when event_date is a Thursday: readers take the
    weekday as the date, and no full date in the sentence catches the error. The weekday is taken as
    the event's day when its sentence is in the lead or names the venue (event or city); « jeudi
    prochain », "last Thursday", « الخميس المقبل » are counted from the release date; « le jeudi
    suivant », « le jeudi » (every Thursday) and sentences that also give a full date (D001, D009)
    are left alone, as is a sentence where one of its weekdays is the event's (« ouverts lundi, les
    travaux se sont conclus jeudi »). A warning, because the link between the weekday and the event
    is read from the sentence; re-grade it to an error in pyproject.toml (severity = { D010 =
    "error" }) to stop such a release.

    Example:
        event_date: 2024-11-07
        ...
        Le Maroc a été élu, ce mercredi, vice-président …

    Fix: Write the event's weekday, or give the full date (« jeudi 7 novembre »).

    Severity: warning
    """

    def check(self, ctx: CheckContext) -> Iterator[Diagnostic]:
        r = ctx.release
        event = reference_date(r)
        if event is None:
            return
        cues = [fold(v).casefold() for v in (r.venue.event, r.venue.city) if v and v.strip()]
        body = segments(r, fields=False)
        lead = next((s for s in body if not s.text.lstrip().startswith(("#", ">", "-", "*"))),
                    None)
        for segment in body:
            weekdays = find_bare_weekdays(segment.masked)
            if not weekdays:
                continue
            probe = fold(segment.masked).casefold()
            for lo, hi in ((s.start, s.end) for s in sentences(segment.masked)):
                here = [w for w in weekdays if lo <= w.start < hi]
                if not here:
                    continue
                if segment is not lead and not any(c in probe[lo:hi] for c in cues):
                    continue  # not next to the event
                if any(lo <= d.start < hi and d.possible for d in find_dates(segment.masked)):
                    continue  # the sentence gives the date in full
                wrong = [w for w in here if not self._fits(w, event, r.date)]
                if len(wrong) < len(here) or not wrong:
                    continue  # one of its weekdays is the event's: the others are other days
                for w in wrong:
                    yield self._report(segment, w, event, r.date, ctx)

    @staticmethod
    def _fits(weekday: BareWeekday, event: dt.date, release_date: dt.date | None) -> bool:
        if not weekday.relation:
            return weekday.weekday == event.weekday()
        if release_date is None:
            return True  # nothing to count from
        return event in weekday.dates(release_date)

    def _report(self, segment: Segment, w: BareWeekday, event: dt.date,
                release_date: dt.date | None, ctx: CheckContext) -> Diagnostic:
        lang = _language_of(w.text, ctx)
        right = _same_case(format_weekday(event, lang), w.text)
        field = "event_date" if ctx.release.event_date else "date"
        if w.relation and release_date is not None:
            meant = " or ".join(d.isoformat() for d in w.dates(release_date))
            message = (f"« {segment.text[w.start:w.end]} » counted from the release date "
                       f"({release_date.isoformat()}) is {meant}, not the event's day "
                       f"('{field}' is {event.isoformat()}, a {event:%A}).")
        else:
            message = (f"« {segment.text[w.start:w.end]} » is not the event's weekday: "
                       f"'{field}' is {event.isoformat()}, a {event:%A}.")
        return self.problem(message, segment.location(w.start),
                            f"Write « {right} », give the full date, or correct '{field}'.")


DATE_RULES = [WeekdayMismatch, ImpossibleDate, ReleaseBeforeEvent, ReleaseLongAfterEvent,
              EmbargoAfterRelease, EmbargoBeforeEvent, EmbargoWithoutTimeZone,
              DateYearMismatch, LeadDateDiffers, WeekdayNotEventDay]
