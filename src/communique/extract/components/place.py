"""The venue: city, country and event (``venue.py``, the places data), never inside a name
or a title."""

from __future__ import annotations

from ..state import ArticleState, Component
from ..venue import extract_venue


class Place(Component):
    name = "venue"
    reads = ("text", "norm", "language", "sentences", "entities", "first_body", "date",
             "title_spans", "name_spans")
    adds = ("venue",)

    def __call__(self, state: ArticleState) -> None:
        date = state.date.mention if state.date else None
        v = extract_venue(state.text, state.norm, state.language, state.sentences,
                          state.entities, first_body=state.first_body,
                          date_offset=date.start if date else None,
                          excluded=state.name_spans, title_spans=state.title_spans)
        state.venue = v
        if v.city:
            state.source("venue.city", v.city.start, v.city.end)
            if v.dateline_city and v.city == v.dateline_city:
                state.uncertain.append("venue.city")
                state.warnings.append("the only city found is the dateline's: confirm it is "
                                      "the venue")
        if v.country and not v.country_label:
            state.source("venue.country", v.country.start, v.country.end)
        elif v.country_label and (v.city or v.country):
            # from the gazetteer: the city's country, or the country the article keeps naming
            src = v.city or v.country
            assert src is not None
            state.source("venue.country", src.start, src.end)
        if v.event:
            state.source("venue.event", v.event.start, v.event.end)
        if v.no_venue_cue:
            state.warnings.append(f"no physical venue (« {v.no_venue_cue} »): venue left empty")
        elif v.several_places:
            state.warnings.append(f"the event took place in several places (« "
                                  f"{v.several_places} »): city left empty")
            state.uncertain.append("venue.city")
        elif v.city is None:
            state.warnings.append("no venue city found")
            state.uncertain.append("venue.city")
