"""Place rules kept as data in ``data/places.yaml``, each entry with the example it exists
for (run as a test): the Arabic clitics written before a city, the town names that running
text mostly uses as a surname or a common noun, and where an article writes its country
without a city (the headline's prefix, a dateline)."""

from __future__ import annotations

import re
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from functools import cache
from typing import TypeVar

from .reference import fold, read_data_text, read_data_yaml
from .rule_switches import RuleSwitches

T = TypeVar("T")


class PlaceRuleError(ValueError):
    """places.yaml has a malformed rule: the message names the section, entry and field."""


@dataclass(frozen=True)
class Clitic:
    form: str
    restore: str
    example: str
    city: str


@dataclass(frozen=True)
class NotPlace:
    word: str
    kind: str
    example: str
    city_example: str
    # False for a word that is most often itself after a locative (« في إطار », "within the
    # framework"): then only a town word (« مدينة ») or a dateline makes it a city
    after_locative: bool = True


@dataclass(frozen=True)
class DistrictWord:
    word: str  # « quartier », « حي »: what follows is a district, even named like a city
    example: str
    city: str  # the district's name, a gazetteer city that must not be read there


@dataclass(frozen=True)
class DestinationWord:
    word: str  # « en partance pour », "bound for": the city after it is where someone goes
    example: str
    city: str  # the destination, which must not be read as the city of the event


@dataclass(frozen=True)
class BuildingWord:
    word: str  # « rue », « avenue », "Palace": the name beside it names a street or a building
    side: str  # "before" (« rue de Paris ») or "after" ("Buckingham Palace") the name
    example: str
    city: str  # the name beside the word, which must not be read as the city


@dataclass(frozen=True)
class CapitalName:
    name: str  # « الجزائر »: the country's name, which is also its capital's
    country: str  # the gazetteer's key of the country
    example: str
    city: str  # what the example must give as the city


@dataclass(frozen=True)
class Landmark:
    names: tuple[str, ...]  # "Rashtrapati Bhavan", « البيت الأبيض »: a seat of power
    country: str  # the gazetteer's key of the country it stands in
    example: str
    expect: str  # the country the example must give
    # the spellings of the town it stands in (London, Londres, لندن): the venue when the
    # article writes one anywhere ("envoys based in London"), never guessed when it does not
    city: tuple[str, ...] = ()
    city_example: str = ""  # an article that writes the town away from the landmark


@dataclass(frozen=True)
class CountryCue:
    id: str
    where: str  # "headline" (the first line) or "dateline" (the start of the body)
    form: re.Pattern[str]
    example: str
    country: str


@dataclass(frozen=True)
class CityCue:
    id: str
    form: re.Pattern[str]  # on the headline, or the body's first line; group `city`
    example: str
    city: str
    where: str = "headline"  # or "dateline": the start of the body (« البيضاء / سبأ : »)


@dataclass(frozen=True)
class TownWord:
    word: str  # « la commune de », « la maire d' », "the town of": what follows is a town
    example: str
    city: str
    side: str = "before"  # or "after" the town's name: "at Kalonje village"


@dataclass(frozen=True)
class VenueWord:
    word: str  # « école », « place publique », « aéroport »: a place an act is held at
    example: str
    city: str  # the town named after it (« l'école de Saint-Sauveur »)
    # True for a place whose capitals name no institution (« le Monument aux Morts de X » is
    # still the town's memorial): the word is then read in any case
    any_case: bool = False


@dataclass(frozen=True)
class LocalOffice:
    word: str  # « sous-préfet », « maire », "mayor": an official who acts in the town named
    example: str
    city: str  # the town the example must give
    # True for an office only a town has (« maire », "mayor"): its town is read even when a
    # province bears the same name ("Mayor of Francistown", Francistown District)
    of_a_town: bool = False


@dataclass(frozen=True)
class HostOffice:
    words: tuple[str, ...]  # "President", « cour suprême », « الرئيس »: the host's offices
    side: str  # "before" the country or its demonym (« la cour suprême du Togo »), or "after"
    # an English possessive ("Tunisia's new assembly speaker")
    example: str
    country: str  # what the example must give as the country


@dataclass(frozen=True)
class PlaceRules:
    clitics: tuple[Clitic, ...]  # longest form first
    not_places: dict[str, NotPlace]  # folded word -> entry
    country_cues: tuple[CountryCue, ...]
    district_words: tuple[DistrictWord, ...] = ()
    city_cues: tuple[CityCue, ...] = ()
    town_words: tuple[TownWord, ...] = ()
    headline_rubrics: frozenset[str] = frozenset()  # folded section words (« Diplomatie »)
    rubrics_example: str = ""
    building_words: tuple[BuildingWord, ...] = ()
    capitals_named_as_country: tuple[CapitalName, ...] = ()
    landmarks: tuple[Landmark, ...] = ()
    envoy_titles: frozenset[str] = frozenset()  # folded heads (« ambassadeur », "envoy")
    envoy_example: str = ""
    envoy_city: str = ""
    venue_words: tuple[VenueWord, ...] = ()
    host_offices: tuple[HostOffice, ...] = ()
    local_offices: tuple[LocalOffice, ...] = ()
    local_visitors: frozenset[str] = frozenset()  # folded verbs (« reçu »): a visiting official
    visitors_example: str = ""
    visitors_city: str = ""
    destination_words: tuple[DestinationWord, ...] = ()
    departure_words: frozenset[str] = frozenset()  # folded verbs (« quitter »): a city left
    departure_example: str = ""
    departure_city: str = ""
    # « l'église Saint-Marcel de Delémont »: building words (lower case, accents kept: they
    # are matched in the text) before a name and a town
    named_venue_words: frozenset[str] = frozenset()
    named_venue_examples: tuple[tuple[str, str], ...] = ()  # (text, city), the example first
    wire_agencies: frozenset[str] = frozenset()  # folded: « ANI - … » opens with no town
    wire_example: str = ""
    wire_city: str = ""  # what the example gives without the list


def _field(entry: object, key: str, where: str) -> str:
    if not isinstance(entry, dict) or not str(entry.get(key) or "").strip():
        raise PlaceRuleError(f"extract/data/places.yaml, {where}: field '{key}' is missing")
    return str(entry[key])


def _entries(raw: dict, name: str, read: Callable[[object, str], T]) -> list[T]:
    """Each entry of the list ``name``, read with the place a message must name."""
    return [read(e, f"{name} entry {n}") for n, e in enumerate(raw.get(name) or (), 1)]


def _word_example_city(make: Callable[[str, str, str], T]) -> Callable[[object, str], T]:
    """The reader of an entry made of a 'word', its 'example' and the 'city' read there."""
    return lambda e, where: make(_field(e, "word", where), _field(e, "example", where),
                                 _field(e, "city", where))


def _flag(entry: object, key: str, where: str) -> bool:
    """An entry's optional true/false field (false when absent)."""
    value = entry.get(key, False) if isinstance(entry, dict) else False
    if not isinstance(value, bool):
        raise PlaceRuleError(f"extract/data/places.yaml, {where}: '{key}' is true or false, "
                             f"not {value!r}")
    return value


def _side(entry: object, where: str) -> str:
    side = _field(entry, "side", where)
    if side not in ("before", "after"):
        raise PlaceRuleError(f"extract/data/places.yaml, {where}: 'side' is before or "
                             f"after, not {side!r}")
    return side


def _strings(entry: object, key: str, where: str, what: str) -> tuple[str, ...]:
    """An entry's field that is a non-empty list ('names': spellings, 'words': words)."""
    items = entry.get(key) if isinstance(entry, dict) else None
    if not isinstance(items, list) or not items:
        raise PlaceRuleError(f"extract/data/places.yaml, {where}: field '{key}' is a "
                             f"list of {what}")
    return tuple(str(x) for x in items)


def _word_list(raw: dict, name: str, *checked: str) -> dict:
    """A named word list ('envoy_titles', …): its 'words', and the fields its test reads."""
    entry = raw.get(name) or {}
    if entry:
        _strings(entry, "words", name, "words")
        for key in checked:
            _field(entry, key, name)
    return entry


def _form(entry: dict, where: str, group: str, flags: int = 0) -> re.Pattern[str]:
    """An entry's 'form': a valid pattern with the named group the cue reads."""
    try:
        form = re.compile(_field(entry, "form", where), flags)
    except re.error as exc:
        raise PlaceRuleError(f"extract/data/places.yaml, {where}: 'form' is not a valid "
                             f"pattern ({exc})") from None
    if group not in form.groupindex:
        raise PlaceRuleError(f"extract/data/places.yaml, {where}: 'form' needs a group "
                             f"(?P<{group}>...)")
    return form


@cache
def place_rules() -> PlaceRules:
    raw = read_data_yaml("places.yaml")
    clitics = []
    for n, e in enumerate(raw.get("arabic_clitics") or (), 1):
        where = f"arabic_clitics entry {n}"
        clitics.append(Clitic(_field(e, "form", where), str(e.get("restore") or ""),
                              _field(e, "example", where), _field(e, "city", where)))
    stop = {}
    for n, e in enumerate(raw.get("not_places") or (), 1):
        where = f"not_places entry {n}"
        flag = e.get("after_locative", True)
        if not isinstance(flag, bool):
            raise PlaceRuleError(f"extract/data/places.yaml, {where}: 'after_locative' is "
                                 f"true or false, not {flag!r}")
        entry = NotPlace(_field(e, "word", where), _field(e, "kind", where),
                         _field(e, "example", where), _field(e, "city_example", where), flag)
        stop[fold(entry.word)] = entry
    cues = []
    for n, e in enumerate(raw.get("country_cues") or (), 1):
        where = f"country_cues entry {n}"
        kind = _field(e, "where", where)
        if kind not in ("headline", "dateline"):
            raise PlaceRuleError(f"extract/data/places.yaml, {where}: 'where' is headline "
                                 f"or dateline, not {kind!r}")
        form = _form(e, where, "country", re.MULTILINE)
        cues.append(CountryCue(_field(e, "id", where), kind, form,
                               _field(e, "example", where), _field(e, "country", where)))
    districts = _entries(raw, "district_words", _word_example_city(DistrictWord))
    city_cues = []
    for n, e in enumerate(raw.get("city_cues") or (), 1):
        where = f"city_cues entry {n}"
        form = _form(e, where, "city")
        kind = str(e.get("where") or "headline")
        if kind not in ("headline", "dateline"):
            raise PlaceRuleError(f"extract/data/places.yaml, {where}: 'where' is headline "
                                 f"or dateline, not {kind!r}")
        city_cues.append(CityCue(_field(e, "id", where), form, _field(e, "example", where),
                                 _field(e, "city", where), kind))
    towns = _entries(raw, "town_words", lambda e, where: TownWord(
        _field(e, "word", where), _field(e, "example", where), _field(e, "city", where),
        _side(e, where) if isinstance(e, dict) and "side" in e else "before"))
    buildings = _entries(raw, "building_words", lambda e, where: BuildingWord(
        _field(e, "word", where), _side(e, where), _field(e, "example", where),
        _field(e, "city", where)))
    capitals = _entries(raw, "capitals_named_as_country", lambda e, where: CapitalName(
        _field(e, "name", where), _field(e, "country", where), _field(e, "example", where),
        _field(e, "city", where)))
    landmarks = _entries(raw, "landmarks", lambda e, where: Landmark(
        _strings(e, "names", where, "spellings"), _field(e, "country", where),
        _field(e, "example", where), _field(e, "expect", where),
        *((_strings(e, "city", where, "spellings"), _field(e, "city_example", where))
          if isinstance(e, dict) and "city" in e else ())))
    venues = []
    for n, e in enumerate(raw.get("venue_words") or (), 1):
        where = f"venue_words entry {n}"
        word = _field(e, "word", where)
        if word != word.lower():
            raise PlaceRuleError(f"extract/data/places.yaml, {where}: 'word' is written in "
                                 f"lower case (« L'École de Médecine » names a school, not a "
                                 f"town), not {word!r}")
        venues.append(VenueWord(word, _field(e, "example", where), _field(e, "city", where),
                                _flag(e, "any_case", where)))
    hosts = _entries(raw, "host_offices", lambda e, where: HostOffice(
        _strings(e, "words", where, "words"), _side(e, where), _field(e, "example", where),
        _field(e, "country", where)))
    locals_ = _entries(raw, "local_offices", lambda e, where: LocalOffice(
        _field(e, "word", where), _field(e, "example", where), _field(e, "city", where),
        _flag(e, "of_a_town", where)))
    destinations = _entries(raw, "destination_words", _word_example_city(DestinationWord))
    visitors = _word_list(raw, "local_office_visitors", "example", "city")
    departures = _word_list(raw, "departure_words", "example", "city")
    rubrics = _word_list(raw, "headline_rubrics")
    envoys = _word_list(raw, "envoy_titles", "example", "city")
    named = _word_list(raw, "named_venue_words", "example", "city")
    named_examples = [(str(named.get("example") or ""), str(named.get("city") or ""))] + [
        (_field(e, "text", f"named_venue_words also {n}"),
         _field(e, "city", f"named_venue_words also {n}"))
        for n, e in enumerate(named.get("also") or (), 1)] if named else []
    wires = _word_list(raw, "wire_agencies", "example", "city")
    return PlaceRules(tuple(sorted(clitics, key=lambda c: len(c.form), reverse=True)), stop,
                      tuple(cues), tuple(districts), tuple(city_cues), tuple(towns),
                      frozenset(fold(str(w)) for w in rubrics.get("words") or ()),
                      str(rubrics.get("example") or ""), tuple(buildings), tuple(capitals),
                      tuple(landmarks), frozenset(fold(str(w)) for w in envoys.get("words") or ()),
                      str(envoys.get("example") or ""), str(envoys.get("city") or ""),
                      tuple(venues), tuple(hosts), tuple(locals_),
                      frozenset(fold(str(w)) for w in visitors.get("words") or ()),
                      str(visitors.get("example") or ""), str(visitors.get("city") or ""),
                      tuple(destinations),
                      frozenset(fold(str(w)) for w in departures.get("words") or ()),
                      str(departures.get("example") or ""), str(departures.get("city") or ""),
                      frozenset(str(w).lower() for w in named.get("words") or ()),
                      tuple(named_examples),
                      frozenset(fold(str(w)) for w in wires.get("words") or ()),
                      str(wires.get("example") or ""), str(wires.get("city") or ""))


_DISABLED = RuleSwitches()


def active_rules() -> PlaceRules:
    """The rules less any an example test turned off (see ``without``)."""
    rules = place_rules()
    if not _DISABLED:
        return rules
    return PlaceRules(
        tuple(c for c in rules.clitics if c.form not in _DISABLED),
        {k: v for k, v in rules.not_places.items() if v.word not in _DISABLED},
        tuple(c for c in rules.country_cues if c.id not in _DISABLED),
        tuple(d for d in rules.district_words if d.word not in _DISABLED),
        tuple(c for c in rules.city_cues if c.id not in _DISABLED),
        tuple(t for t in rules.town_words if t.word not in _DISABLED),
        frozenset() if "headline_rubrics" in _DISABLED else rules.headline_rubrics,
        rules.rubrics_example,
        tuple(b for b in rules.building_words if b.word not in _DISABLED),
        tuple(c for c in rules.capitals_named_as_country if c.name not in _DISABLED),
        tuple(m for m in rules.landmarks if m.names[0] not in _DISABLED),
        frozenset() if "envoy_titles" in _DISABLED else rules.envoy_titles,
        rules.envoy_example,
        rules.envoy_city,
        tuple(v for v in rules.venue_words if v.word not in _DISABLED),
        tuple(h for h in rules.host_offices if h.words[0] not in _DISABLED),
        tuple(o for o in rules.local_offices if o.word not in _DISABLED),
        frozenset() if "local_office_visitors" in _DISABLED else rules.local_visitors,
        rules.visitors_example,
        rules.visitors_city,
        tuple(d for d in rules.destination_words if d.word not in _DISABLED),
        frozenset() if "departure_words" in _DISABLED else rules.departure_words,
        rules.departure_example,
        rules.departure_city,
        frozenset() if "named_venue_words" in _DISABLED else rules.named_venue_words,
        rules.named_venue_examples,
        frozenset() if "wire_agencies" in _DISABLED else rules.wire_agencies,
        rules.wire_example,
        rules.wire_city,
    )


def without(key: str) -> AbstractContextManager[None]:
    """Run with one rule (a clitic's form, a not_places word, a cue's id, a district, town,
    building, destination or venue word, a local office, a capital's name, a landmark's or a
    host office's first name, or a whole list: "headline_rubrics", "envoy_titles",
    "local_office_visitors", "departure_words", "named_venue_words", "wire_agencies")
    turned off, to prove its example needs it."""
    return _DISABLED.without(key)


@cache
def region_countries() -> dict[str, str]:
    """Folded name of a province or state found in one country only -> that country's key
    (``region_countries.tsv``, generated by ``build_places.py --regions``)."""
    table: dict[str, str] = {}
    for line in read_data_text("region_countries.tsv").splitlines():
        if line and not line.startswith("#"):
            name, _, country = line.partition("\t")
            if country:
                table[fold(name)] = country
    return table
