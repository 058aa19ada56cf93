"""Reference data (titles, honorifics, places, events) loaded from editable files; month and
weekday words live with the shared date finder (communique.date_mentions)."""

from __future__ import annotations

import hashlib
import pickle
import re
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

from communique.cache import cache_dir, store_whole


def read_data_text(name: str) -> str:
    return resources.files("communique.extract").joinpath("data", name).read_text("utf-8")


def read_data_yaml(name: str) -> Any:
    return load_yaml(read_data_text(name))


def load_yaml(text: str) -> Any:
    """A data or pattern file's YAML: ruamel's YAML 1.2 safe loader ("NO" stays a string,
    unlike PyYAML's safe_load), parsed by libyaml (``ruamel.yaml.clib``) when installed.

    The C parser only replaces the scanner and parser: the constructor and the YAML 1.2
    resolver stay ruamel's own, so the values are those of the pure-Python loader (a test
    compares them on every shipped file) at about a sixth of the cost, which every cold
    ``inv extract`` pays on some 70 KB of patterns. libyaml reads YAML 1.1, stricter in a
    few places (a ":" inside a plain scalar of a flow list, as in ``[(?:a|b)]``): what it
    refuses goes to the pure-Python parser, which accepts it or names the error as before.

    What a text parses to is kept in the user's cache folder (``yaml_cache_dir``), under the
    hash of the text itself: a pattern or data file that changes is another key, so a value
    is never stale, and an unreadable or unwritable cache only means parsing again. The
    parse costs some 0.2 s on every cold ``inv extract``; reading the cached values, 2 ms."""
    return _kept(f"{hashlib.sha256(text.encode('utf-8')).hexdigest()}.pickle",
                 lambda: parse_yaml(text))


def _kept(name: str, make: Callable[[], Any]) -> Any:
    """The value kept in the cache folder under ``name``, or ``make()``'s, then kept there."""
    entry = yaml_cache_dir() / name
    try:
        return pickle.loads(entry.read_bytes())
    except Exception:  # noqa: BLE001, S110 - missing, truncated or foreign: make it again
        pass
    value = make()
    store_whole(entry, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
    return value


def parse_yaml(text: str) -> Any:
    """``load_yaml`` without its cache."""
    from ruamel.yaml import YAML
    from ruamel.yaml.error import YAMLError

    try:
        return YAML(typ="safe").load(text)
    except YAMLError:
        return YAML(typ="safe", pure=True).load(text)


# Bumped when what load_yaml returns for a text changes (another loader, another resolver).
_YAML_CACHE_VERSION = 1


def yaml_cache_dir() -> Path:
    """Where parsed pattern and data files are kept (``communique.cache.cache_dir``): one
    subfolder per loader version and Python version (pickle's format)."""
    return cache_dir(f"yaml-v{_YAML_CACHE_VERSION}"
                     f"-py{sys.version_info.major}.{sys.version_info.minor}")


T = TypeVar("T")


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Case-, accent- and apostrophe-insensitive key for lexicon look-ups (not for offsets).

    Cached: an article asks for the same few hundred words thousands of times. An ASCII
    word has no accent nor curly apostrophe to take off (NFKD leaves ASCII as it is): the
    50,000 given names read at the first extraction are mostly such words."""
    if text.isascii():
        return text.lower()
    text = text.replace("’", "'").replace("ʼ", "'").lower()
    return "".join(
        c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
    )


@dataclass(frozen=True)
class Places:
    # folded spelling -> country key
    city_country: dict[str, str]
    # folded spelling -> country key
    country_names: dict[str, str]
    # country key -> language -> names as written in that language
    country_labels: dict[str, dict[str, tuple[str, ...]]]
    city_spellings: tuple[str, ...]
    country_spellings: tuple[str, ...]
    # folded adjective or demonym (« marocaine », "Peruvian", « المغربي ») -> country key
    demonyms: dict[str, str]
    # constituent nation -> its state (SCT -> GB)
    nation_state: dict[str, str]


@dataclass(frozen=True)
class EventWords:
    heads: dict[str, tuple[str, ...]]
    no_venue: tuple[str, ...]
    no_venue_written: dict[str, str]  # folded cue -> cue as spelled in the data file
    event_verbs: tuple[str, ...]
    qualifiers_before: tuple[str, ...]
    qualifiers_after: tuple[str, ...]


@cache
def titles(language: str) -> tuple[str, ...]:
    """Title heads for a language, longest first so « premier ministre » beats « ministre »."""
    try:
        raw = read_data_text(f"titles_{language}.txt")
    except FileNotFoundError:
        return ()
    heads = {fold(line.strip()) for line in raw.splitlines() if line.strip()}
    heads = {h for h in heads if not h.startswith("#")}
    return tuple(sorted(heads, key=len, reverse=True))


@dataclass(frozen=True)
class TitleIndex:
    """The title heads of a language by first word, so a look-up reads the few heads that
    can start at a word instead of all of them; each list keeps the longest-first order."""
    by_first: dict[str, tuple[tuple[int, str], ...]]
    first_words: frozenset[str]


_GLUED_ELISION = re.compile(r"(?:^|\s)[a-z]{1,2}'(?=\w)")


@cache
def title_index(language: str) -> TitleIndex:
    by_first: dict[str, list[tuple[int, str]]] = {}
    for head in titles(language):
        # « chargé d'affaires »: the people reader cuts an elided article off the word it is
        # glued to (« d' », « affaires »), so the head is read as that many words
        words = head.count(" ") + 1 + len(_GLUED_ELISION.findall(head))
        by_first.setdefault(head.split(" ", 1)[0], []).append((words, head))
    return TitleIndex({k: tuple(v) for k, v in by_first.items()}, frozenset(by_first))


@cache
def honorifics() -> tuple[str, ...]:
    raw = read_data_yaml("honorifics.yaml")["honorifics"]
    return tuple(sorted({str(h) for h in raw}, key=len, reverse=True))


def _world_places() -> list[list[str]]:
    """Rows of the generated gazetteer ``world_places.tsv`` (see ``build_places.py``)."""
    rows = []
    for line in read_data_text("world_places.tsv").splitlines():
        if line and not line.startswith("#"):
            rows.append((line.split("\t") + [""] * 10)[:10])
    return rows


def _names(cell: str) -> list[str]:
    return [n for n in cell.split("|") if n]


@cache
def places() -> Places:
    """Countries and cities: the hand-edited ``places.yaml`` first, then the world gazetteer
    (built once from those files, then read from the cache: ``cached_table``)."""
    return cached_table("places", ("places.yaml", "world_places.tsv"), _build_places)


def cached_table(name: str, sources: tuple[str, ...], build: Callable[[], T]) -> T:
    """``build()``, a table made from the data files ``sources``, kept in the cache folder
    (``yaml_cache_dir``) under the hash of those files' text and of this module's code: an
    edited data file, or a table built by other code, is another key, so a kept table is
    never stale; an unreadable or unwritable cache only means building it again."""
    digest = hashlib.sha256(Path(__file__).read_bytes())
    for source in sources:
        text = read_data_text(source)
        digest.update(b"\0".join((b"", source.encode("utf-8"), text.encode("utf-8"))))
    return _kept(f"{name}-{digest.hexdigest()}.pickle", build)


def _build_places() -> Places:
    raw = read_data_yaml("places.yaml")
    country_names: dict[str, str] = {}
    labels: dict[str, dict[str, list[str]]] = {}
    for key, by_lang in raw["countries"].items():
        labels[str(key)] = {lang: list(names) for lang, names in by_lang.items()}
    city_country: dict[str, str] = {}
    spellings: list[str] = []
    for entry in raw["cities"]:
        for name in entry["names"]:
            city_country[fold(name)] = str(entry["country"])
            spellings.append(name)
    demonyms: dict[str, str] = {}
    parent: dict[str, str] = {}
    for kind, key, country, _pop, fr, en, ar, afr, aen, aar in _world_places():
        if kind in ("country", "nation"):
            by = labels.setdefault(key, {})
            for lang, cell in (("fr", fr), ("en", en), ("ar", ar)):
                have = by.setdefault(lang, [])
                have.extend(n for n in _names(cell) if n not in have)
            for name in _names(afr) + _names(aen) + _names(aar):
                demonyms.setdefault(fold(name), key)
            if kind == "nation":
                parent[key] = country
        elif kind == "city":
            for name in _names(fr) + _names(en) + _names(ar):
                if fold(name) not in city_country:
                    city_country[fold(name)] = country
                    spellings.append(name)
    for key, by_lang in labels.items():
        for names in by_lang.values():
            for name in names:
                country_names.setdefault(fold(name), key)
    return Places(
        city_country=city_country,
        country_names=country_names,
        country_labels={k: {lang: tuple(v) for lang, v in by.items()} for k, by in labels.items()},
        city_spellings=tuple(sorted(set(spellings), key=len, reverse=True)),
        country_spellings=tuple(
            sorted({n for by in labels.values() for ns in by.values() for n in ns},
                   key=len, reverse=True)
        ),
        demonyms=demonyms,
        nation_state=parent,
    )


@cache
def event_words() -> EventWords:
    raw = read_data_yaml("events.yaml")
    return EventWords(
        heads={lang: tuple(sorted(v, key=len, reverse=True)) for lang, v in raw["heads"].items()},
        no_venue=tuple(fold(w) for w in raw["no_venue"]),
        no_venue_written={fold(w): str(w) for w in raw["no_venue"]},
        event_verbs=tuple(fold(w) for w in raw["event_verbs"]),
        qualifiers_before=tuple(sorted((str(w) for w in raw.get("qualifiers_before") or ()),
                                       key=len, reverse=True)),
        qualifiers_after=tuple(sorted((str(w) for w in raw.get("qualifiers_after") or ()),
                                      key=len, reverse=True)),
    )
