"""Reference data (months, titles, honorifics, places, events) loaded from editable files."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from ruamel.yaml import YAML


def read_data_text(name: str) -> str:
    return resources.files("communique.extract").joinpath("data", name).read_text("utf-8")


def read_data_yaml(name: str) -> Any:
    # YAML 1.2 safe loader: "NO" stays a string, unlike PyYAML's safe_load.
    return YAML(typ="safe", pure=True).load(read_data_text(name))


def fold(text: str) -> str:
    """Case-, accent- and apostrophe-insensitive key for lexicon look-ups (not for offsets)."""
    text = text.replace("’", "'").replace("ʼ", "'").lower()
    return "".join(
        c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
    )


@dataclass(frozen=True)
class Calendar:
    months: dict[str, int]
    weekdays: dict[str, int]
    weekday_names: dict[str, tuple[str, ...]]
    relative_days: dict[str, int]
    past_markers: tuple[str, ...]
    future_markers: tuple[str, ...]
    current_month_markers: tuple[str, ...]
    # Spellings as written in the data file, for building patterns.
    month_forms: tuple[str, ...]
    weekday_forms: tuple[str, ...]
    relative_forms: tuple[str, ...]


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
def calendar() -> Calendar:
    raw = read_data_yaml("months.yaml")
    return Calendar(
        months={fold(k): int(v) for k, v in raw["months"].items()},
        weekdays={fold(k): int(v) for k, v in raw["weekdays"].items()},
        weekday_names={k: tuple(v) for k, v in raw["weekday_names"].items()},
        relative_days={fold(k): int(v) for k, v in raw["relative_days"].items()},
        past_markers=tuple(fold(w) for w in raw["past_markers"]),
        future_markers=tuple(fold(w) for w in raw["future_markers"]),
        current_month_markers=tuple(fold(w) for w in raw["current_month_markers"]),
        month_forms=_forms(raw["months"]),
        weekday_forms=_forms(raw["weekdays"]),
        relative_forms=_forms(raw["relative_days"]),
    )


def _forms(mapping: dict[str, Any]) -> tuple[str, ...]:
    forms = {str(k) for k in mapping} | {fold(str(k)) for k in mapping}
    return tuple(sorted(forms, key=len, reverse=True))


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
    """Countries and cities: the hand-edited ``places.yaml`` first, then the world gazetteer."""
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
