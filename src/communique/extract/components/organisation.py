"""Organisations: spaCy ORG entities, acronyms, Arabic bodies (``organisations.py``), not
inside a person's name."""

from __future__ import annotations

from ..organisations import extract_organisations
from ..state import ArticleState, Component


class Organisations(Component):
    name = "organisations"
    reads = ("norm", "language", "entities", "name_spans")
    adds = ("organisations",)

    def __call__(self, state: ArticleState) -> None:
        state.organisations = extract_organisations(state.norm, state.language,
                                                    state.entities, state.name_spans)
        for i, span in enumerate(state.organisations):
            state.source(f"organisations[{i}]", *span)
