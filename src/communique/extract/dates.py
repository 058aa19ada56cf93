"""Date mentions and the resolution of the main event's date.

dateparser alone picks future years for partial dates, mis-anchors bare weekdays, has no
ranges and no Moroccan month names, so mentions are found with patterns built from
``data/months.yaml`` and resolved here against the article's own dateline/byline date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import cache

from .reference import calendar, event_words, fold
from .text import Sentence, sentence_at

_YEAR = r"(?:1[89]|20)\d\d"
_DAY = r"(?:[0-3]?\d)(?:\s?(?:er|ᵉʳ|st|nd|rd|th))?"


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    kind: str  # "date", "range", "relative", "weekday"
    day: int | None = None
    month: int | None = None
    year: int | None = None
    end_day: int | None = None
    end_month: int | None = None
    weekday: int | None = None
    weekday_span: tuple[int, int] | None = None
    offset: int | None = None  # days from the article date, for « hier », "yesterday"
    direction: int = 0  # -1 « dernier », +1 « prochain », 0 unmarked
    current_month: bool = False
    anchor: bool = False  # dateline, byline or publication date
    resolved: dt.date | None = None
    resolved_end: dt.date | None = None


@dataclass(frozen=True)
class DateResult:
    date: dt.date | None
    mention: DateMention | None
    weekday_text: str | None
    weekday_span: tuple[int, int] | None
    warnings: tuple[str, ...]
    uncertain: bool
    mentions: tuple[DateMention, ...]


def _alt(forms: tuple[str, ...]) -> str:
    return "|".join(re.escape(f) for f in forms)


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    cal = calendar()
    mon = rf"(?P<m>{_alt(cal.month_forms)})\.?"
    wd = rf"(?:يوم\s+)?(?P<wd>{_alt(cal.weekday_forms)})"
    rel = rf"(?P<rel>{_alt(cal.relative_forms)})"
    markers = _alt(tuple(cal.past_markers) + tuple(cal.future_markers))
    flags = re.IGNORECASE
    b = r"(?<![\w])"
    e = r"(?![\w])"
    return {
        "range_dm": re.compile(
            rf"{b}(?:(?:du|from|between|entre|من)\s+)?(?:{wd}\s*,?\s+)?(?P<d1>{_DAY})\s*"
            rf"(?:(?P<m1>{_alt(cal.month_forms)})\.?\s*)?"
            rf"(?:au|à|-|to|and|et|إلى|الى|و|through|until|jusqu'au)\s*(?P<d2>{_DAY})\s+{mon}"
            rf"(?:\s*,?\s*(?P<y>{_YEAR}))?{e}",
            flags,
        ),
        "range_md": re.compile(
            rf"{b}{mon}\s+(?P<d1>{_DAY})\s*(?:-|to|and|through)\s*(?P<d2>{_DAY})"
            rf"(?:\s*,?\s*(?P<y>{_YEAR}))?{e}",
            flags,
        ),
        "iso": re.compile(rf"{b}(?P<y>{_YEAR})-(?P<mn>[01]\d)-(?P<d>[0-3]\d){e}"),
        # « 12/1/2026 », « 12.01.2026 », « 12-1-2026 » (day first, one separator throughout)
        "numeric": re.compile(
            rf"{b}(?P<d>[0-3]?\d)(?P<sep>[/.-])(?P<mn>[01]?\d)(?P=sep)(?P<y>{_YEAR}){e}"
        ),
        "dmy": re.compile(
            rf"{b}(?:{wd}\s*,?\s+(?:(?:le|the)\s+)?)?(?P<d>{_DAY})\s+(?:(?:de|of)\s+)?{mon}"
            rf"(?:\s*,?\s*(?P<y>{_YEAR}))?(?:\s+(?P<cur>الجاري|courant))?{e}",
            flags,
        ),
        "mdy": re.compile(
            rf"{b}(?:{wd}\s*,?\s+)?{mon}\s+(?P<d>{_DAY})(?![\w])(?:\s*,?\s*(?P<y>{_YEAR}))?{e}",
            flags,
        ),
        "relative": re.compile(rf"{b}{rel}(?:\s*,?\s*(?:le\s+)?{wd})?{e}", flags),
        "weekday": re.compile(
            rf"{b}(?:(?P<pre>last|next|this|ce|cette)\s+)?{wd}(?:\s+(?P<post>{markers}))?{e}",
            flags,
        ),
    }


def _int_day(raw: str) -> int:
    return int(re.match(r"\d+", raw).group(0))  # type: ignore[union-attr]


def find_mentions(norm: str) -> list[DateMention]:
    """All date mentions in the normalised article, longest pattern first, no overlaps."""
    cal = calendar()
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    def wd_of(m: re.Match[str]) -> tuple[int | None, tuple[int, int] | None]:
        if m.groupdict().get("wd"):
            return cal.weekdays.get(fold(m.group("wd"))), m.span("wd")
        return None, None

    for name, pattern in _patterns().items():
        for m in pattern.finditer(norm):
            s, e = m.span()
            if not free(s, e):
                continue
            gd = m.groupdict()
            mention: DateMention | None = None
            if name in ("range_dm", "range_md"):
                month = cal.months.get(fold(gd["m"]))
                first_month = cal.months.get(fold(gd["m1"])) if gd.get("m1") else month
                d1, d2 = _int_day(gd["d1"]), _int_day(gd["d2"])
                if month and first_month and (d1 < d2 or first_month != month):
                    weekday, span = wd_of(m)
                    mention = DateMention(
                        s, e, "range", d1, first_month, int(gd["y"]) if gd.get("y") else None,
                        d2, month, weekday, span,
                    )
            elif name in ("iso", "numeric"):
                mention = DateMention(s, e, "date", int(gd["d"]), int(gd["mn"]), int(gd["y"]))
            elif name in ("dmy", "mdy"):
                month = cal.months.get(fold(gd["m"]))
                # "may" and "mar" are also English words: require a day after them.
                if month:
                    weekday, span = wd_of(m)
                    mention = DateMention(
                        s, e, "date", _int_day(gd["d"]), month,
                        int(gd["y"]) if gd.get("y") else None, weekday=weekday,
                        weekday_span=span, current_month=bool(gd.get("cur")),
                    )
            elif name == "relative":
                weekday, span = wd_of(m)
                mention = DateMention(
                    s, e, "relative", weekday=weekday, weekday_span=span,
                    offset=cal.relative_days.get(fold(gd["rel"])),
                )
            elif name == "weekday":
                weekday, span = wd_of(m)
                marker = fold(gd.get("post") or gd.get("pre") or "")
                direction = (
                    -1 if marker in cal.past_markers
                    else 1 if marker in cal.future_markers or marker == "next"
                    else 0
                )
                mention = DateMention(
                    s, e, "weekday", weekday=weekday, weekday_span=span, direction=direction
                )
            if mention is not None:
                taken.append((s, e))
                found.append(mention)
    found.sort(key=lambda x: x.start)
    return found


_DATELINE_CUE = re.compile(
    r"(publié|publiée|mis à jour|posted|published|updated|date|نشر|بتاريخ|آخر تحديث)\W{0,5}"
    r"(?:le\s+|on\s+)?$",
    re.IGNORECASE,
)
# From the start of a line to the date: "Rabat, 7 nov.", and with the country too:
# "Dakar, Sénégal, 10 novembre". Matched on the whole line start, never on a window of
# prose (« …communication, a été reconduit, le 9 octobre » is not a dateline).
_CITY_DATELINE = re.compile(
    r"\s*[^\W\d][\w .'\-]{1,40}(?:,\s*[^\W\d][\w .'\-]{1,30})?,\s*(?:le\s+)?",
    re.IGNORECASE,
)


def _mark_anchors(norm: str, mentions: list[DateMention], first_body: int) -> list[DateMention]:
    out = []
    for m in mentions:
        if m.kind not in ("date",) or m.end_day is not None:
            out.append(m)
            continue
        line_start = norm.rfind("\n", 0, m.start) + 1
        line_end = norm.find("\n", m.end)
        line_end = len(norm) if line_end < 0 else line_end
        before = norm[max(0, m.start - 40):m.start]
        short_line = (line_end - line_start) - (m.end - m.start) < 16
        anchor = (
            bool(_DATELINE_CUE.search(before))
            or (short_line and m.start < first_body + 400)
            or bool(_CITY_DATELINE.fullmatch(norm[line_start:m.start])
                    and m.start < first_body + 300)
        )
        out.append(replace(m, anchor=anchor) if anchor else m)
    return out


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _year_near(month: int, day: int, anchor: dt.date) -> dt.date | None:
    """The occurrence of day/month nearest the article date; announcements may look ahead."""
    best: tuple[float, dt.date] | None = None
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        cand = _safe_date(y, month, day)
        if cand is None:
            continue
        delta = (cand - anchor).days
        cost = abs(delta) if delta <= 0 else delta * 1.5
        if best is None or cost < best[0]:
            best = (cost, cand)
    return best[1] if best else None


def _latest_matching(month: int, day: int, weekday: int | None, ref: dt.date) -> dt.date | None:
    """Most recent year (≤ ref) whose date has the written weekday: never a future year."""
    for y in range(ref.year, ref.year - 60, -1):
        cand = _safe_date(y, month, day)
        if cand is None or cand > ref:
            continue
        if weekday is None or cand.weekday() == weekday:
            return cand
    return None


def _resolve(m: DateMention, anchor: dt.date | None, ref: dt.date) -> DateMention:
    base = anchor or ref
    if m.kind in ("date", "range") and m.day and m.month:
        if m.year:
            start = _safe_date(m.year, m.month, m.day)
        elif m.current_month:
            start = _safe_date(base.year, base.month, m.day)
        elif anchor:
            start = _year_near(m.month, m.day, anchor)
        else:
            start = _latest_matching(m.month, m.day, m.weekday if m.kind == "date" else None, ref)
            if start is None and m.weekday is not None:
                start = _latest_matching(m.month, m.day, None, ref)
        end = None
        if m.kind == "range" and start and m.end_day and m.end_month:
            end = _safe_date(start.year + (m.end_month < m.month), m.end_month, m.end_day)
        return replace(m, resolved=start, resolved_end=end)
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


def _weekday_name(language: str, weekday: int) -> str:
    names = calendar().weekday_names.get(language) or calendar().weekday_names["fr"]
    return names[weekday]


# A day told as when something was said or announced (not when the event took place).
_REPORTED_ON = re.compile(
    r"(?:\b(?:said|says|told|announced|reported|stated|added)|\ba\s+(?:indiqué|annoncé|déclaré|"
    r"précisé|affirmé|fait savoir)|\b(?:indique|annonce|précise)|(?:^|\s)(?:قال|أعلن|أعلنت|أفاد|"
    r"أفادت|ذكر|ذكرت|صرح))\s+(?:on\s+|le\s+|ce\s+|يوم\s+)?$",
    re.IGNORECASE,
)


def resolve_event_date(
    text: str,
    norm: str,
    sentences: list[Sentence],
    *,
    language: str,
    reference_date: dt.date,
    first_body: int = 0,
) -> DateResult:
    """Find every date mention and decide which one is the main event's date."""
    mentions = _mark_anchors(norm, find_mentions(norm), first_body)
    warnings: list[str] = []

    anchor_date: dt.date | None = None
    for m in mentions:
        if m.anchor and m.year:
            anchor_date = _resolve(m, None, reference_date).resolved
            if anchor_date:
                break
    if anchor_date is None:
        for m in mentions:
            if m.anchor:
                anchor_date = _resolve(m, None, reference_date).resolved
                if anchor_date:
                    break
    resolved = [_resolve(m, anchor_date, reference_date) for m in mentions]

    # A bare weekday inside a range the article gives ("élu jeudi", congress 11-14 June)
    # is the day within that range.
    ranges = [m for m in resolved if m.kind == "range" and m.resolved and m.resolved_end]
    final: list[DateMention] = []
    for m in resolved:
        if m.kind in ("weekday",) and m.weekday is not None and ranges:
            for r in ranges:
                days = (r.resolved_end - r.resolved).days  # type: ignore[operator]
                hits = [
                    r.resolved + dt.timedelta(days=i)  # type: ignore[operator]
                    for i in range(days + 1)
                    if (r.resolved + dt.timedelta(days=i)).weekday() == m.weekday  # type: ignore[operator]
                ]
                if len(hits) == 1:
                    m = replace(m, resolved=hits[0])
                    break
        final.append(m)

    for m in final:
        if m.resolved is None and m.kind in ("date", "range"):
            warnings.append(f"« {text[m.start:m.end]} » is not a valid calendar date")
        if m.weekday is not None and m.resolved and m.kind in ("date", "relative"):
            if m.resolved.weekday() != m.weekday:
                written = text[m.weekday_span[0]:m.weekday_span[1]] if m.weekday_span else "?"
                warnings.append(
                    f"« {text[m.start:m.end]} »: {m.resolved.isoformat()} is a "
                    f"{_weekday_name(language, m.resolved.weekday())}, not « {written} »"
                )

    candidates = [m for m in final if not m.anchor and m.resolved]
    if not candidates:
        anchors = [m for m in final if m.anchor and m.resolved]
        if not anchors:
            return DateResult(None, None, None, None, tuple(warnings), False, tuple(final))
        chosen = anchors[0]
        warnings.append("no event date in the text: the article's own date was taken")
        return _result(text, chosen, language, warnings, True, final)

    verbs = event_words().event_verbs
    first_index = sentence_at(sentences, first_body).index if sentences else 0

    def score(m: DateMention) -> float:
        sent = sentence_at(sentences, m.start)
        idx = (sent.index - first_index) if sent else 0
        s = -1.0 * max(idx, -1)
        if sent is not None:
            folded = fold(norm[sent.start:sent.end])
            if any(re.search(rf"(?<!\w){re.escape(v)}(?!\w)", folded) for v in verbs):
                s += 3
        if m.start < first_body:
            s -= 1.5  # headline
        before = norm[max(0, m.start - 2):m.start]
        if "(" in before:
            s -= 2
        if _REPORTED_ON.search(norm[max(0, m.start - 40):m.start]):
            s -= 3  # "the Foreign Office said on Tuesday": the day of the report, not the event
        for r in ranges:
            if r is not m and r.resolved and r.resolved_end and m.resolved:
                if r.resolved <= m.resolved <= r.resolved_end and m.kind != "range":
                    s += 4
        ref = anchor_date or reference_date
        if m.resolved and abs((m.resolved - ref).days) > 400:
            s -= 6
        if m.kind == "weekday" and m.direction == 0 and not ranges and anchor_date is None:
            s -= 0.5
        return s

    chosen = max(candidates, key=lambda m: (score(m), -m.start))
    uncertain = False
    if chosen.kind == "range":
        uncertain = True
        warnings.append(
            f"« {text[chosen.start:chosen.end]} » is a range: its first day was taken as the "
            "event date"
        )
    if chosen.kind in ("relative", "weekday") and anchor_date is None:
        uncertain = True
        warnings.append(
            f"« {text[chosen.start:chosen.end]} » is relative and the article carries no date: "
            f"resolved against {reference_date.isoformat()}"
        )
    if chosen.kind == "date" and chosen.year is None and anchor_date is None:
        if chosen.weekday is not None and chosen.resolved:
            uncertain = True
            warnings.append(
                f"« {text[chosen.start:chosen.end]} » has no year and the article no dateline: "
                f"{chosen.resolved.year} is the most recent past year with that weekday"
            )
        if chosen.weekday is None:
            uncertain = True
            warnings.append(
                f"« {text[chosen.start:chosen.end]} » has no year and no weekday: "
                "the most recent past year was taken"
            )
    if any(text[chosen.start:chosen.end] in w and "not «" in w for w in warnings):
        uncertain = True
    return _result(text, chosen, language, warnings, uncertain, final)


def _result(
    text: str,
    chosen: DateMention,
    language: str,
    warnings: list[str],
    uncertain: bool,
    mentions: list[DateMention],
) -> DateResult:
    weekday_text = None
    span = None
    if chosen.weekday_span and chosen.weekday is not None:
        span = chosen.weekday_span
        weekday_text = text[span[0]:span[1]]
    elif chosen.resolved:
        weekday_text = _weekday_name(language, chosen.resolved.weekday())
    return DateResult(
        chosen.resolved, chosen, weekday_text, span, tuple(warnings), uncertain, tuple(mentions)
    )
