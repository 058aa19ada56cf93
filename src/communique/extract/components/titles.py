"""Titles and honorifics of each candidate (appositions, and the constructions of
``patterns/<language>/*.yaml``); keeps the candidates the article shows to be people."""

from __future__ import annotations

from ..people.attach import attach_titles
from ..result import Person
from ..state import ArticleState, Component


class Titles(Component):
    name = "titles"
    reads = ("norm", "language", "candidates")
    adds = ("people", "persons", "title_spans", "name_spans")

    def __call__(self, state: ArticleState) -> None:
        state.people = attach_titles(state.candidates, state.norm, state.language)
        for i, d in enumerate(state.people):
            state.source(f"people[{i}].name", d.name.start, d.name.end)
            titles = []
            for j, span in enumerate(d.titles):
                plural = d.plural_letters.get(span, ())
                title = "".join(ch for at, ch in enumerate(state.value(span), span[0])
                                if at not in plural)
                if state.language == "ar" and title.startswith("لل"):
                    title = "ا" + title[1:]  # « للرئيس المصري » (« ل » + « الرئيس »): الرئيس المصري
                titles.append(title)
                state.source(f"people[{i}].titles[{j}]", *span)
                state.title_spans.append(span)
            honorific = None
            if d.honorific:
                honorific = state.value(d.honorific)
                state.source(f"people[{i}].honorific", *d.honorific)
            state.name_spans.extend((m.start, m.end) for m in d.mentions)
            state.persons.append(Person(d.name.text, tuple(titles), honorific))
            if not titles:
                state.uncertain.append(f"people[{i}].titles")
