"""Dates written in text, found one way for the extractor and for the date checks.

« jeudi 7 novembre 2024 », "Thursday, November 7", « الخميس 7 نونبر », « du 11 au 14 juin »,
« 12/1/2026 », « hier », "last Thursday", « le jour de l'An »: each found once, with offsets
into the text as given, from the words in ``data/date_words.toml`` (French, English, Arabic of
the Maghreb, Egypt and the Levant). Standard library only: the checks import it without
spaCy, Babel or YAML.
"""

from __future__ import annotations

import calendar as _calendar
import datetime as dt
import re
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

# One character for one character, so offsets in the probe are offsets in the text: digits,
# spaces, apostrophes, and the Arabic letters written interchangeably (hamza on alef, alef
# maqsura; Persian yeh and keheh typed on Persian keyboards).
_PROBE = str.maketrans({
    **{chr(0x0660 + i): str(i) for i in range(10)},
    **{chr(0x06F0 + i): str(i) for i in range(10)},
    "\u00a0": " ", "\u202f": " ", "\u2009": " ",
    "\u2019": "'", "\u02bc": "'", "\u2018": "'",
    "أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي", "\u06cc": "\u064a", "\u06a9": "\u0643",
    "\u060c": ",", "\u2013": "-", "\u2014": "-",
})


def probe(text: str) -> str:
    """Same-length copy of `text` to match date words in (offsets stay true)."""
    return text.translate(_PROBE)


def fold(word: str) -> str:
    """Look-up key of a date word: case, accents, apostrophes and Arabic variants unified."""
    word = probe(word).lower()
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


@dataclass(frozen=True)
class Calendar:
    months: dict[str, int]            # folded word -> 1..12
    hijri_months: dict[str, int]      # as probed (« ربيع الاخر ») -> 1..12
    weekdays: dict[str, int]          # folded word -> 0..6, Monday first
    weekday_names: dict[str, tuple[str, ...]]
    relative_days: dict[str, int]     # folded word -> offset in days from the article's date
    named_days: dict[str, tuple[int, int]]  # folded name -> (month, day): « jour de l'an »
    past_markers: tuple[str, ...]
    future_markers: tuple[str, ...]
    current_month_markers: tuple[str, ...]
    # « يوم 22 الجاري », « le 22 courant »: a day whose month is the article's own, unnamed
    current_month_forms: tuple[str, ...]
    this_day_markers: tuple[str, ...]  # « ce mercredi », "this Monday": the article's day
    just_done_markers: tuple[str, ...]  # « viennent d'élire », "has just": the article's day
    under_way_markers: tuple[str, ...]  # « se tient », "is under way", « بدأ »: a live report
    year_before: tuple[str, ...]      # « en », "in", « عام » before a year written alone
    month_year_before: tuple[str, ...]  # « en », « في » before a month and its year, no day
    cited_dated: tuple[str, ...]      # « المؤرخ في », « en date du »: a cited text's date
    cited_texts: tuple[str, ...]      # « loi », « décret », "Act" before « n° 14 du »
    publication_names: tuple[str, ...]  # « quotidien », « صحيفة » before a title « 14 Octobre »
    # « 3 مارس 2024م »: the era's mark written against the year (Gregorian, beside a Hijri date)
    era_marks: tuple[str, ...]
    # « la semaine dernière », "last week", « الأسبوع الماضي »: when, without a day
    no_day_periods: tuple[str, ...]
    hijri_equivalent: tuple[str, ...]  # « 22 شعبان 1445 هـ الموافق 3 مارس 2024 »
    before_the_event: tuple[str, ...]  # "following", « depuis », « منذ » before a date
    act_determiners: tuple[str, ...]  # "following HER election on": the words between
    day_prepositions: tuple[str, ...]  # "following her election ON"
    earlier_act_openers: tuple[str, ...]  # « Élu le 12 mars, le maire a été installé … »
    earlier_act_auxiliaries: tuple[str, ...]  # « qui avait été nommé le 2 mai »
    earlier_act_years: tuple[str, ...]  # « Élu en 2019 », "founded in 1962": no year of the event
    chrome_headers: tuple[str, ...]  # « À lire aussi », "Related", « اقرأ أيضا »: chrome below
    term_bounds: tuple[str, ...]  # « à compter du », "with effect from", « اعتبارا من »
    to_come: tuple[str, ...]  # « aura lieu », "will be held", « ستعقد »: a day to come
    anniversaries: tuple[str, ...]  # « 60e anniversaire », "anniversary", « الذكرى »
    # spellings to build patterns from: as written in the data, and folded; longest first
    month_forms: tuple[str, ...]
    weekday_forms: tuple[str, ...]
    relative_forms: tuple[str, ...]
    named_day_forms: tuple[str, ...]


def _forms(words) -> tuple[str, ...]:
    forms = {probe(str(w)) for w in words} | {fold(str(w)) for w in words}
    return tuple(sorted(forms, key=len, reverse=True))


@cache
def calendar() -> Calendar:
    """The date words of ``data/date_words.toml``."""
    raw = tomllib.loads(
        resources.files("communique").joinpath("data", "date_words.toml").read_text("utf-8"))
    markers = raw["markers"]
    return Calendar(
        months={fold(k): int(v) for k, v in raw["months"].items()},
        hijri_months={probe(k): int(v) for k, v in raw.get("hijri_months", {}).items()},
        weekdays={fold(k): int(v) for k, v in raw["weekdays"].items()},
        weekday_names={k: tuple(v) for k, v in raw["weekday_names"].items()},
        relative_days={fold(k): int(v) for k, v in raw["relative_days"].items()},
        named_days={fold(k): (int(v[:2]), int(v[3:]))
                    for k, v in raw.get("named_days", {}).items()},
        past_markers=tuple(fold(w) for w in markers["past"]),
        future_markers=tuple(fold(w) for w in markers["future"]),
        current_month_markers=tuple(fold(w) for w in markers["current_month"]),
        current_month_forms=_forms(markers["current_month"] + markers.get("day_of_month", [])),
        this_day_markers=tuple(fold(w) for w in markers.get("this_day", ())),
        just_done_markers=tuple(probe(w) for w in markers.get("just_done", ())),
        under_way_markers=tuple(probe(w) for w in markers.get("under_way", ())),
        year_before=tuple(probe(w) for w in markers.get("year_before", ())),
        month_year_before=tuple(probe(w) for w in markers.get("month_year_before", ())),
        cited_dated=tuple(probe(w) for w in markers["cited_dated"]),
        cited_texts=tuple(probe(w) for w in markers["cited_texts"]),
        publication_names=tuple(probe(w) for w in markers["publication_names"]),
        era_marks=_forms(markers.get("era", ())),
        no_day_periods=_forms(markers.get("no_day", ())),
        hijri_equivalent=tuple(probe(w) for w in markers.get("hijri_equivalent", ())),
        before_the_event=tuple(probe(w) for w in markers.get("before_the_event", ())),
        act_determiners=tuple(probe(w) for w in markers.get("act_determiners", ())),
        day_prepositions=tuple(probe(w) for w in markers.get("day_prepositions", ())),
        earlier_act_openers=tuple(fold(w) for w in markers.get("earlier_act_openers", ())),
        earlier_act_auxiliaries=tuple(probe(w) for w in markers.get("earlier_act_auxiliaries", ())),
        earlier_act_years=tuple(probe(w) for w in markers.get("earlier_act_years", ())),
        chrome_headers=tuple(probe(w) for w in markers.get("chrome_headers", ())),
        term_bounds=tuple(probe(w) for w in markers.get("term_bounds", ())),
        to_come=tuple(probe(w) for w in markers.get("to_come", ())),
        anniversaries=tuple(probe(w) for w in markers.get("anniversaries", ())),
        month_forms=_forms(raw["months"]),
        weekday_forms=_forms(raw["weekdays"]),
        relative_forms=_forms(raw["relative_days"]),
        named_day_forms=_forms(raw.get("named_days", {})),
    )


@dataclass(frozen=True)
class DateMention:
    """One date as written. `kind`: date, range, relative (« hier »), weekday (bare « jeudi »);
    `form`: the pattern that found it (dmy, mdy, iso, numeric, range_dm, range_md, ...)."""

    start: int
    end: int
    kind: str
    form: str = ""
    day: int | None = None
    month: int | None = None
    year: int | None = None
    end_day: int | None = None
    end_month: int | None = None
    weekday: int | None = None
    weekday_span: tuple[int, int] | None = None
    offset: int | None = None  # days from the article's date, for « hier », "yesterday"
    direction: int = 0  # -1 « dernier », +1 « prochain », 0 unmarked
    current_month: bool = False
    text: str = ""

    def resolve(self, near: dt.date | None) -> dt.date | None:
        """The calendar date meant, taking the year nearest to `near` when none is written."""
        if self.day is None or self.month is None:
            return None
        if self.year is not None:
            try:
                return dt.date(self.year, self.month, self.day)
            except ValueError:
                return None
        if near is None:
            return None
        best = None
        for year in (near.year - 1, near.year, near.year + 1):
            try:
                candidate = dt.date(year, self.month, self.day)
            except ValueError:
                continue
            if best is None or abs(candidate - near) < abs(best - near):
                best = candidate
        return best

    @property
    def possible(self) -> bool:
        """Does the day exist in its month (« 31 novembre » does not)?"""
        if self.day is not None and self.month is None and self.current_month:
            return 1 <= self.day <= 31  # « 22 الجاري »: its month is the article's
        if self.day is None or self.month is None:
            return False
        year = self.year if self.year is not None else 2024  # a leap year: 29 février passes
        return 1 <= self.day <= _calendar.monthrange(year, self.month)[1]


_YEAR = r"(?:1[89]|20)\d\d"
# « إلى », « الى »: the words between a range's two days, matched in the probe (where « ى » is
# « ي »), so spelled through it
_RANGE_TO = ("au", "à", "-", "to", "and", "et", "إلى", "الى", "و", "through", "until", "jusqu'au")
_DAY = r"(?:[0-3]?\d)(?:\s?(?:er|ᵉʳ|re|e|st|nd|rd|th)(?![\w]))?"


def _alt(forms) -> str:
    return "|".join(re.escape(f) for f in forms)


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    """Longest readings first: a range before the dates inside it, a date before a weekday."""
    cal = calendar()
    # « 13 حزيران/يونيو 2021 »: the Levant's and the standard name of one month, written
    # together; the first one is read
    mon = rf"(?P<m>{_alt(cal.month_forms)})\.?(?:\s*/\s*(?:{_alt(cal.month_forms)})(?!\w))?"
    wd = rf"(?:يوم\s+)?(?P<wd>{_alt(cal.weekday_forms)})"
    wd_lead = rf"(?:{wd}\s*,?\s+(?:(?:le|the|يوم)\s+)?)?"
    rel = rf"(?P<rel>{_alt(cal.relative_forms)})"
    markers = _alt(tuple(cal.past_markers) + tuple(cal.future_markers))
    year = rf"(?P<y>{_YEAR})(?:{_alt(cal.era_marks)})?" if cal.era_marks else rf"(?P<y>{_YEAR})"
    to = _alt(sorted({probe(w) for w in _RANGE_TO}, key=len, reverse=True))
    flags = re.IGNORECASE
    b = r"(?<![\w])"
    e = r"(?![\w])"
    return {
        # not a date: « le quotidien « 14 Octobre » », « صحيفة 14 أكتوبر » (a title)
        "publication": re.compile(
            rf"{b}(?:{_alt(sorted(cal.publication_names, key=len, reverse=True))})\s*"
            r"[«\"“']?\s*$", flags),
        "range_dm": re.compile(
            rf"{b}(?:(?:du|from|between|entre|من)\s+)?(?:{wd}\s*,?\s+)?(?P<d1>{_DAY})\s*"
            rf"(?:(?P<m1>{_alt(cal.month_forms)})\.?\s*)?"
            rf"(?:{to})\s*(?P<d2>{_DAY})\s+{mon}"
            rf"(?:\s*,?\s*{year})?{e}",
            flags,
        ),
        "range_md": re.compile(
            rf"{b}{mon}\s+(?P<d1>{_DAY})\s*(?:-|to|and|through)\s*(?P<d2>{_DAY})"
            rf"(?:\s*,?\s*{year})?{e}",
            flags,
        ),
        "iso": re.compile(rf"{b}(?P<y>{_YEAR})-(?P<mn>[01]\d)-(?P<d>[0-3]\d){e}"),
        # « 12/1/2026 », « 12.01.2026 », « 12-1-2026 » (day first, one separator throughout;
        # "03/14/2024", whose second number is no month, month first), and the weekday written
        # before it ("Wednesday, 04/10/2024"), which says which reading is meant
        "numeric": re.compile(
            rf"{b}{wd_lead}(?P<d>[0-3]?\d)(?P<sep>[/.-])(?P<mn>[0-3]?\d)(?P=sep){year}{e}",
            flags,
        ),
        "dmy": re.compile(
            rf"{b}{wd_lead}(?P<d>{_DAY})\s*(?:(?:de|of)\s+)?{mon}"
            rf"(?:\s*,?\s*{year}(?!\d))?(?:\s+(?P<cur>الجاري|courant))?{e}",
            flags,
        ),
        "mdy": re.compile(
            rf"{b}{wd_lead}{mon}\s+(?P<d>{_DAY})(?![\w])(?:\s*,\s*(?P<y>{_YEAR})(?!\d)"
            rf"|\s+(?P<y2>{_YEAR})(?!\d))?",
            flags,
        ),
        # « يوم 22 الجاري », « le 22 courant », "the 22nd of this month": a day of the
        # month the article is written in, the month unnamed
        "day_of_month": re.compile(
            rf"{b}(?P<d>{_DAY})\s+(?P<cur>{_alt(cal.current_month_forms)}){e}", flags),
        # « le jour de l'An », "New Year's Day": a day named, its month and day fixed
        "named_day": re.compile(rf"{b}(?P<named>{_alt(cal.named_day_forms)}){e}", flags)
        if cal.named_day_forms else re.compile(r"(?!)"),
        "relative": re.compile(rf"{b}{rel}(?:\s*,?\s*(?:le\s+)?{wd})?{e}", flags),
        "weekday": re.compile(
            rf"{b}(?:(?P<pre>last|next|this|ce|cette)\s+)?{wd}(?:\s+(?P<post>{markers}))?{e}",
            flags,
        ),
    }


ALL_FORMS = ("range_dm", "range_md", "iso", "numeric", "dmy", "mdy", "day_of_month", "named_day",
             "relative", "weekday")
# Day and month written in words, with or without weekday and year: what the checks read.
WRITTEN_FORMS = ("dmy", "mdy")


def _int_day(raw: str) -> int:
    return int(re.match(r"\d+", raw).group(0))  # type: ignore[union-attr]


def _mention(form: str, m: re.Match[str], text: str, cal: Calendar) -> DateMention | None:
    gd = m.groupdict()
    s, e = m.span()
    weekday, wd_span = None, None
    if gd.get("wd"):
        weekday, wd_span = cal.weekdays.get(fold(gd["wd"])), m.span("wd")
    written = text[s:e]
    if form in ("range_dm", "range_md"):
        month = cal.months.get(fold(gd["m"]))
        first_month = cal.months.get(fold(gd["m1"])) if gd.get("m1") else month
        d1, d2 = _int_day(gd["d1"]), _int_day(gd["d2"])
        if month and first_month and (d1 < d2 or first_month != month):
            return DateMention(s, e, "range", form, d1, first_month,
                               int(gd["y"]) if gd.get("y") else None, d2, month, weekday,
                               wd_span, text=written)
        return None
    if form == "iso":
        return DateMention(s, e, "date", form, int(gd["d"]), int(gd["mn"]), int(gd["y"]),
                           text=written)
    if form == "numeric":
        day, month = int(gd["d"]), int(gd["mn"])
        if month > 12 >= day:
            # "03/14/2024": no fourteenth month, so the first number is the month
            day, month, form = month, day, "numeric_mdy"
        elif month > 12:
            return None  # « 14/15/2024 »: no date
        return DateMention(s, e, "date", form, day, month, int(gd["y"]), weekday=weekday,
                           weekday_span=wd_span, text=written)
    if form in ("dmy", "mdy"):
        month = cal.months.get(fold(gd["m"]))
        if not month:
            return None
        year = gd.get("y") or gd.get("y2")
        return DateMention(s, e, "date", form, _int_day(gd["d"]), month,
                           int(year) if year else None, weekday=weekday, weekday_span=wd_span,
                           current_month=bool(gd.get("cur")), text=written)
    if form == "day_of_month":
        return DateMention(s, e, "date", form, _int_day(gd["d"]), current_month=True,
                           text=written)
    if form == "named_day":
        month, day = cal.named_days[fold(gd["named"])]
        return DateMention(s, e, "date", form, day, month, text=written)
    if form == "relative":
        return DateMention(s, e, "relative", form, weekday=weekday, weekday_span=wd_span,
                           offset=cal.relative_days.get(fold(gd["rel"])), text=written)
    marker = fold(gd.get("post") or gd.get("pre") or "")
    direction = (-1 if marker in cal.past_markers
                 else 1 if marker in cal.future_markers or marker == "next" else 0)
    return DateMention(s, e, "weekday", form, weekday=weekday, weekday_span=wd_span,
                       direction=direction, text=written)


def find_mentions(text: str, forms: tuple[str, ...] = ALL_FORMS) -> list[DateMention]:
    """Date mentions in `text`, in order, without overlaps (the longest reading wins)."""
    return list(_find_mentions(text, forms))


@lru_cache(maxsize=1024)
def _find_mentions(text: str, forms: tuple[str, ...]) -> tuple[DateMention, ...]:
    # The date rules and the fact rules read the same paragraphs: each is scanned once.
    cal = calendar()
    look = probe(text)
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []
    patterns = _patterns()
    publication = patterns["publication"]
    for form, pattern in patterns.items():
        if form not in forms:
            continue
        for m in pattern.finditer(look):
            s, e = m.span()
            if any(s < b and e > a for a, b in taken):
                continue
            if publication.search(look, max(0, s - 30), s):
                taken.append((s, e))  # a newspaper's name: no shorter reading inside it either
                continue
            mention = _mention(form, m, text, cal)
            if mention is not None:
                taken.append((s, e))
                found.append(mention)
    found.sort(key=lambda x: x.start)
    return tuple(found)


def find_dates(text: str) -> list[DateMention]:
    """Dates with day and month in words (« 7 novembre », "November 7, 2024"), in order."""
    return find_mentions(text, WRITTEN_FORMS)


def weekday_name(language: str, weekday: int) -> str:
    """The weekday's name in a language of the data (French when it has none)."""
    names = calendar().weekday_names
    return (names.get(language) or names["fr"])[weekday]


# --- sentences: where a date is read (the extractor scores them, D010 reads one at a time) ---

@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    index: int


_ABBREVIATIONS = re.compile(
    r"(?:\b(?:M|MM|Mme|Mlle|Dr|Pr|Me|Mr|Mrs|Ms|St|Sr|Jr|Gen|Col|Hon|No|art|av|J\.-C|etc|[A-Z])\.$)"
    r"|(?:\b(?:S\.E|S\.M|H\.E|H\.M|U\.S|U\.K|S\.A\.R|H\.R\.H)\.$)"
)
_BOUNDARY = re.compile(r"[.!?؟]+[\"»”')\]]*\s+|\n\s*\n|\n")


def sentences(text: str) -> list[Sentence]:
    """Split on sentence punctuation and line breaks, not after known abbreviations."""
    spans: list[Sentence] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        candidate_end = m.start() + len(m.group(0).rstrip())
        window = text[max(0, m.start() - 8):m.end()].rstrip()
        if "\n" not in m.group(0) and _ABBREVIATIONS.search(window):
            continue
        if "\n" not in m.group(0):
            nxt = text[m.end():m.end() + 1]
            # a lower-case continuation is not a new sentence, nor « 7 nov. 2024 »
            if nxt and nxt.islower():
                continue
            word = re.search(r"(\w+)\.$", text[max(0, m.start() - 12):m.start() + 1])
            if nxt.isdigit() and word and fold(word.group(1)) in calendar().months:
                continue
        _add(text, spans, start, candidate_end)
        start = m.end()
    _add(text, spans, start, len(text))
    return spans


def _add(text: str, spans: list[Sentence], start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append(Sentence(start, end, len(spans)))


def sentence_at(spans: list[Sentence], offset: int) -> Sentence | None:
    lo, hi = 0, len(spans) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        s = spans[mid]
        if offset < s.start:
            hi = mid - 1
        elif offset >= s.end:
            lo = mid + 1
        else:
            return s
    # Between sentences (whitespace): take the previous one.
    return spans[hi] if 0 <= hi < len(spans) else (spans[0] if spans else None)
