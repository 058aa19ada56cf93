"""Rules that a test turns off one at a time, to prove that each rule's example needs it.

Each data-driven module (place rules, venue clauses, event rules, organisations, Arabic regions)
keeps one ``RuleSwitches``; its ``without`` is what the example tests call. Off switches live
only for the ``with`` block, so the extractor itself always runs with every rule on."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager


class RuleSwitches:
    """The names (a word, a cue's id, a list's name) of the rules turned off right now."""

    def __init__(self) -> None:
        self._off: set[str] = set()

    def __contains__(self, name: object) -> bool:
        return name in self._off

    def __bool__(self) -> bool:
        return bool(self._off)

    @contextmanager
    def without(self, name: str) -> Iterator[None]:
        self._off.add(name)
        try:
            yield
        finally:
            self._off.discard(name)
