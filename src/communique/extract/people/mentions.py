"""The two records of the people readers: a name found in the text, and a person with the
titles and honorific read around it."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class NameMention:
    start: int
    end: int
    text: str
    honorific: tuple[int, int] | None = None


@dataclass
class PersonDraft:
    name: NameMention
    mentions: list[NameMention] = field(default_factory=list)
    titles: list[tuple[int, int]] = field(default_factory=list)
    honorific: tuple[int, int] | None = None
    # A title shared by a list in the plural is each member's in the singular: the offsets
    # of its plural letters, left out of its value (« les vice-présidents du parti AKP A et
    # B »: each is « vice-président du parti AKP »; the span stays the article's words).
    plural_letters: dict[tuple[int, int], tuple[int, ...]] = field(default_factory=dict)
