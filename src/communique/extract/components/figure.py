"""Figures: quantities as written with what they count, never a date (``figures.py``)."""

from __future__ import annotations

from ..figures import extract_figures
from ..state import ArticleState, Component


class Figures(Component):
    name = "figures"
    reads = ("norm", "date")
    adds = ("figures",)

    def __call__(self, state: ArticleState) -> None:
        spans = [(m.start, m.end) for m in state.date.mentions] if state.date else []
        state.figures = extract_figures(state.norm, spans)
        for i, f in enumerate(state.figures):
            state.source(f"figures[{i}]", f.start, f.end)
