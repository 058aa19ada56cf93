"""spaCy over the article: one ``Doc`` (French model, NER only) and its entities."""

from __future__ import annotations

from .. import nlp
from ..state import ArticleState, Component


class Ner(Component):
    name = "ner"
    reads = ("text", "language")
    adds = ("doc", "entities")

    def __call__(self, state: ArticleState) -> None:
        state.doc, state.entities = nlp.parse_entities(state.text, state.language)
