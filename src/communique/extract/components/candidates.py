"""People candidates: name mentions (spaCy PER entities, capitalised runs, Arabic given
names), grouped per person (« Abdellatif Hammouchi » … « M. Hammouchi »)."""

from __future__ import annotations

from ..people.candidates import find_candidates
from ..state import ArticleState, Component


class Candidates(Component):
    name = "candidates"
    reads = ("text", "norm", "language", "entities")
    adds = ("candidates",)

    def __call__(self, state: ArticleState) -> None:
        state.candidates = find_candidates(state.text, state.norm, state.language,
                                           state.entities)
