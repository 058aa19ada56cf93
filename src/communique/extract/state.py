"""What the pipeline's components share: the article, its spaCy ``Doc``, and the result each
component adds (values as spans of the article, with the sentence each came from)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from .dates import DateResult
from .figures import FigureDraft
from .nlp import Entity
from .people.mentions import PersonDraft
from .result import Person, Provenance
from .text import Sentence, sentence_at
from .venue import VenueDraft


@dataclass
class ArticleState:
    """One article as the components read it; each component fills the fields it ``adds``."""

    text: str  # the article as read (the first MAX_ARTICLE_CHARS characters)
    language: str
    reference_date: dt.date | None
    norm: str  # same length as ``text``: offsets in one are offsets in the other
    sentences: list[Sentence]
    doc: Any = None  # spaCy Doc over the whole article (French); None without a model
    entities: list[Entity] = field(default_factory=list)
    headline: tuple[int, int] | None = None
    first_body: int = 0
    date: DateResult | None = None
    candidates: list[PersonDraft] = field(default_factory=list)
    people: list[PersonDraft] = field(default_factory=list)
    persons: list[Person] = field(default_factory=list)
    title_spans: list[tuple[int, int]] = field(default_factory=list)
    name_spans: list[tuple[int, int]] = field(default_factory=list)
    venue: VenueDraft | None = None
    organisations: list[tuple[int, int]] = field(default_factory=list)
    figures: list[FigureDraft] = field(default_factory=list)
    provenance: dict[str, Provenance] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    uncertain: list[str] = field(default_factory=list)

    def value(self, span: tuple[int, int]) -> str:
        return self.text[span[0]:span[1]]

    def source(self, path: str, start: int, end: int) -> None:
        """Record where a value came from: its offsets and the sentence around them."""
        sent = sentence_at(self.sentences, start)
        sentence = self.text[sent.start:sent.end] if sent else self.text[start:end]
        self.provenance[path] = Provenance(sentence, start, end)


class Component:
    """A step of the pipeline: a ``name``, the state fields it ``reads`` and those it
    ``adds``; calling it adds them (and their provenance) to the state."""

    name: str = ""
    reads: tuple[str, ...] = ()
    adds: tuple[str, ...] = ()

    def __call__(self, state: ArticleState) -> None:  # pragma: no cover - interface
        raise NotImplementedError
