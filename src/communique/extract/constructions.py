"""Constructions the people component reads, as data: ``patterns/<language>/*.yaml``.

A construction is a way an article ties a title to a name (« X a été nommé au poste de Y »,
"X, who is also Minister of Y"), marks a run of capitals as a person ("X said"), or marks
one as no person (a by-line). The component's regular expressions are skeletons with one
named slot per construction family; each slot is filled, for the article's language, with
the ``forms`` of every pattern of that slot, in file order (earlier forms are tried first).

Every pattern carries an ``id``, the ``example`` sentence it exists for and what the
extractor must read there (``expect``); the extraction tests run each
example through the extractor, with and without the pattern, so a pattern that stops being
needed, or an example that stops working, fails a test. A newcomer adds a construction by
adding an entry with its example: no Python.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from ruamel.yaml.error import YAMLError

from .reference import load_yaml

LANGUAGES = ("ar", "en", "fr")
_KEYS = {"id", "slot", "forms", "example", "expect", "note"}
_EXPECT_KEYS = {"person", "title", "no_title", "not_person"}


class ConstructionError(ValueError):
    """A pattern file a newcomer edited is malformed: the message names file, entry, field."""


@dataclass(frozen=True)
class Pattern:
    id: str
    language: str
    slot: str
    forms: tuple[str, ...]
    example: str
    expect: dict[str, str]
    file: str


def _pattern_files(language: str, extra: tuple[str, ...] = ()) -> list[Any]:
    folders = [resources.files("communique.extract").joinpath("patterns", language),
               *(Path(f) / language for f in extra)]
    return [file for folder in folders if folder.is_dir()
            for file in sorted((f for f in folder.iterdir() if f.name.endswith(".yaml")),
                               key=lambda f: f.name)]


def _read(file: Any, language: str) -> list[Pattern]:
    where = f"extract/patterns/{language}/{file.name}"
    try:
        raw = load_yaml(file.read_text("utf-8")) or {}
    except YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f", line {mark.line + 1}" if mark else ""
        raise ConstructionError(f"{where}{line}: not valid YAML ({exc})") from None
    entries = raw.get("patterns") if isinstance(raw, dict) else None
    if not isinstance(entries, list):
        raise ConstructionError(f"{where}: needs a list under 'patterns:'")
    out = []
    for n, entry in enumerate(entries, 1):
        name = entry.get("id") if isinstance(entry, dict) else None
        label = f"{where}, pattern {n}" + (f" ({name})" if name else "")
        if not isinstance(entry, dict):
            raise ConstructionError(f"{label}: each pattern is a mapping with id, slot, forms")
        unknown = set(entry) - _KEYS
        if unknown:
            raise ConstructionError(f"{label}: unknown field(s) {', '.join(sorted(unknown))}")
        for key in ("id", "slot", "forms", "example", "expect"):
            if not entry.get(key):
                raise ConstructionError(f"{label}: field '{key}' is missing or empty")
        forms = entry["forms"]
        if isinstance(forms, str):
            forms = [forms]
        for form in forms:
            try:
                re.compile(str(form))
            except re.error as exc:
                raise ConstructionError(f"{label}: form {form!r} is not a valid pattern "
                                        f"({exc})") from None
        expect = entry["expect"]
        if not isinstance(expect, dict) or set(expect) - _EXPECT_KEYS or not (
                "person" in expect or "not_person" in expect):
            raise ConstructionError(f"{label}: 'expect' needs 'person' (and 'title') or "
                                    "'not_person'")
        out.append(Pattern(str(entry["id"]), language, str(entry["slot"]),
                           tuple(str(f) for f in forms), str(entry["example"]),
                           {k: str(v) for k, v in expect.items()}, where))
    return out


def patterns(language: str) -> tuple[Pattern, ...]:
    """Every pattern of a language, files in name order, entries in file order (then those
    of the folders given to ``also_reading``)."""
    return _patterns(language, _extra)


@cache
def _patterns(language: str, extra: tuple[str, ...]) -> tuple[Pattern, ...]:
    found = [p for f in _pattern_files(language, extra) for p in _read(f, language)]
    seen: dict[str, str] = {}
    for p in found:
        if p.id in seen:
            raise ConstructionError(f"{p.file}: pattern id {p.id!r} is also used in "
                                    f"{seen[p.id]}")
        seen[p.id] = p.file
    return tuple(found)


def all_patterns() -> tuple[Pattern, ...]:
    return tuple(p for lang in LANGUAGES for p in patterns(lang))


_left_out: frozenset[str] = frozenset()
_extra: tuple[str, ...] = ()


@contextmanager
def also_reading(folder: Path) -> Iterator[None]:
    """Read articles as if the pattern files of ``folder/<language>/*.yaml`` were in
    ``patterns/<language>/`` (to try a new pattern and its example before adding it)."""
    global _extra
    before = _extra
    _extra = (*before, str(folder))
    try:
        yield
    finally:
        _extra = before


@contextmanager
def without(pattern_id: str) -> Iterator[None]:
    """Read articles as if one pattern were not in its file (to show what it is for)."""
    global _left_out
    before = _left_out
    _left_out = before | {pattern_id}
    try:
        yield
    finally:
        _left_out = before


EVERY_LANGUAGE = "*"


def forms(slot: str, language: str) -> tuple[str, ...]:
    """The forms of a slot for an article's language; ``EVERY_LANGUAGE`` pools them all, for
    slots about where a name comes from, not the article's language (« bin », « de »)."""
    langs = LANGUAGES if language == EVERY_LANGUAGE else (language,)
    found = (f for lang in langs for p in patterns(lang) if p.slot == slot
             and p.id not in _left_out for f in p.forms)
    return tuple(dict.fromkeys(found))


def alternation(slot: str, language: str) -> str:
    """``(?:form|form|...)`` for a slot, or a group that matches nothing when it is empty."""
    found = forms(slot, language)
    return "(?:" + "|".join(found) + ")" if found else "(?!)"


def words(slot: str, language: str) -> frozenset[str]:
    """A slot whose forms are plain words (a word list), as a set."""
    return _words(slot, language, _left_out, _extra)


@cache
def _words(slot: str, language: str, left_out: frozenset[str],
           extra: tuple[str, ...]) -> frozenset[str]:
    return frozenset(forms(slot, language))


def compile_skeleton(skeleton: str, language: str, flags: int = 0) -> re.Pattern[str]:
    """Fill each ``{slot}`` of a regular-expression skeleton with that slot's forms."""
    return _compiled(skeleton, language, flags, _left_out, _extra)


@cache
def _compiled(skeleton: str, language: str, flags: int, left_out: frozenset[str],
              extra: tuple[str, ...]) -> re.Pattern[str]:
    def fill(m: re.Match[str]) -> str:
        return alternation(m.group(1), language)
    return re.compile(re.sub(r"\{([a-z_]+)\}", fill, skeleton), flags)
