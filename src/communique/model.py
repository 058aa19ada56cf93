"""The document model: the one typed seam between readers and writers.

Readers build a `Release`; checks and writers only ever see a `Release` (and a `Pack`).
Every value keeps where it came from (`Location`) so a diagnostic can name file and line.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

# Languages a release may be written in. The set lives here because templates, date
# formatting and checks must agree on it.
LANGUAGES = ("fr", "en", "ar")
STATUSES = ("draft", "review", "approved", "published")
# The statuses whose builds go out without the draft mark.
RELEASED_STATUSES = ("approved", "published")

# Characters the model never carries: XML 1.0 cannot hold C0 controls other than tab and
# newline, nor U+FFFE/U+FFFF (python-docx raises on them), and C1 controls are always
# mojibake in a release. The reader removes them and records where (`Release.cleaned`).
XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")


def drop_invalid_characters(text: str) -> str:
    return XML_INVALID.sub("", text)


@dataclass(frozen=True, order=True)
class Location:
    file: str
    line: int = 0
    column: int = 0

    def __str__(self) -> str:
        if self.line:
            return f"{self.file}:{self.line}:{self.column or 1}"
        return self.file


@dataclass(frozen=True)
class Run:
    """A stretch of inline text with one formatting."""

    text: str
    bold: bool = False
    italic: bool = False
    href: str | None = None


@dataclass(frozen=True)
class Block:
    """A body block: kind is one of paragraph, heading, bullet, quote.

    `items` holds one tuple of runs per list item (kind == "bullet"); other kinds use `runs`.
    """

    kind: str
    runs: tuple[Run, ...] = ()
    level: int = 0
    items: tuple[tuple[Run, ...], ...] = ()
    location: Location | None = None

    @property
    def text(self) -> str:
        if self.kind == "bullet":
            return "\n".join("".join(r.text for r in item) for item in self.items)
        return "".join(r.text for r in self.runs)


@dataclass(frozen=True)
class Person:
    name: str
    titles: tuple[str, ...] = ()
    honorific: str = ""
    role: str = ""
    former_titles: tuple[str, ...] = ()

    @property
    def display_name(self) -> str:
        return f"{self.honorific} {self.name}".strip()


@dataclass(frozen=True)
class Venue:
    event: str = ""
    city: str = ""
    country: str = ""
    address: str = ""

    @property
    def is_empty(self) -> bool:
        return not (self.event or self.city or self.country or self.address)


@dataclass(frozen=True)
class Quote:
    text: str
    by: str = ""


@dataclass(frozen=True)
class Contact:
    name: str = ""
    role: str = ""
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class Correction:
    """What a published correction (« Rectificatif ») says about the version it replaces.

    Not read from the release file: `inv publish --correction` sets it on the model it
    renders, so the writers print the notice like any other part of the release.
    """

    version: int
    corrects: int
    date: dt.date
    reason: str


@dataclass(frozen=True)
class Cleaned:
    """Characters the reader removed from one field (see XML_INVALID), and where."""

    path: str
    location: Location
    characters: tuple[str, ...]


@dataclass(frozen=True)
class Release:
    """One press release in one language, as read from its release folder.

    `fields` keeps every raw string the person wrote, keyed by field path
    (``venue.city``, ``people[0].titles[1]``); `locations` maps the same paths to where
    they were written. Typed attributes are the converted values; a value that could not
    be converted is left empty here and reported by the checks from `fields`.
    """

    slug: str
    folder: Path
    source: Path
    template: str = ""
    institution: str = ""
    language: str = ""
    status: str = "draft"
    date: dt.date | None = None
    event_date: dt.date | None = None
    dateline: str = ""
    venue: Venue = field(default_factory=Venue)
    headline: str = ""
    subheadline: str = ""
    people: tuple[Person, ...] = ()
    quotes: tuple[Quote, ...] = ()
    contacts: tuple[Contact, ...] = ()
    boilerplate: str = ""
    embargo: dt.datetime | None = None
    body: tuple[Block, ...] = ()
    article: str = ""
    article_path: Path | None = None
    fields: dict[str, str] = field(default_factory=dict)
    locations: dict[str, Location] = field(default_factory=dict)
    cleaned: tuple[Cleaned, ...] = ()
    correction: Correction | None = None
    # SHA-256 of the release file's bytes as read: which state of the file a build was
    # made from (the DOCX records it, so edits can come back only onto that state).
    source_sha256: str = ""

    def where(self, path: str) -> Location:
        """Where field `path` was written, or the nearest written parent, or the file."""
        probe = path
        while probe:
            if probe in self.locations:
                return self.locations[probe]
            cut = max(probe.rfind("."), probe.rfind("["))
            probe = probe[:cut] if cut > 0 else ""
        return self.locations.get("", Location(str(self.source)))

    @property
    def lead(self) -> Block | None:
        """The lead (chapô) is the body's first paragraph, as press offices write it."""
        for block in self.body:
            if block.kind == "paragraph":
                return block
        return None

    @property
    def rest_of_body(self) -> tuple[Block, ...]:
        lead = self.lead
        return tuple(b for b in self.body if b is not lead)
