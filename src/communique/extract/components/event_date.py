"""The event date: the article's own date first (dateline, byline, page date), then the
reference date, then a full date in the text; the weekday only as written (``dates.py``)."""

from __future__ import annotations

from ..dates import resolve_event_date
from ..state import ArticleState, Component


class EventDate(Component):
    name = "dates"
    reads = ("text", "norm", "sentences", "language", "reference_date", "first_body")
    adds = ("date",)

    def __call__(self, state: ArticleState) -> None:
        res = resolve_event_date(state.text, state.norm, state.sentences,
                                 language=state.language, reference_date=state.reference_date,
                                 first_body=state.first_body)
        state.date = res
        state.warnings.extend(res.warnings)
        if res.mention is not None:
            state.source("date", res.mention.start, res.mention.end)
            if res.weekday_span:
                state.source("weekday", *res.weekday_span)
            elif res.weekday_text:
                state.source("weekday", res.mention.start, res.mention.end)
        elif not res.uncertain:
            state.warnings.append("no date found in the article")
        if res.uncertain:
            state.uncertain.append("date")
