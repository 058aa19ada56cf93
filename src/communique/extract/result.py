"""The extraction result: draft fields, where each came from, and what a reviewer must confirm."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Provenance:
    text: str  # the sentence the value came from
    start: int  # char offsets of the value in the article
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Venue:
    city: str | None = None
    country: str | None = None
    event: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"city": self.city, "country": self.country, "event": self.event}


@dataclass(frozen=True)
class Person:
    name: str
    titles: tuple[str, ...] = ()
    honorific: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "titles": list(self.titles), "honorific": self.honorific}


@dataclass(frozen=True)
class Figure:
    value: str
    what: str

    def to_dict(self) -> dict[str, Any]:
        return {"value": self.value, "what": self.what}


@dataclass(frozen=True)
class Extraction:
    language: str
    headline: str | None = None
    date: str | None = None
    weekday: str | None = None
    venue: Venue = field(default_factory=Venue)
    people: tuple[Person, ...] = ()
    organisations: tuple[str, ...] = ()
    figures: tuple[Figure, ...] = ()
    provenance: dict[str, Provenance] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()
    uncertain: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "language": self.language,
            "headline": self.headline,
            "date": self.date,
            "weekday": self.weekday,
            "venue": self.venue.to_dict(),
            "people": [p.to_dict() for p in self.people],
            "organisations": list(self.organisations),
            "figures": [f.to_dict() for f in self.figures],
            "provenance": {k: v.to_dict() for k, v in self.provenance.items()},
            "warnings": list(self.warnings),
            "uncertain": list(self.uncertain),
        }
