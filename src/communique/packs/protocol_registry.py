"""The protocol registry: how the press office names people and institutions.

`templates/protocol.yaml` is data the press office edits: for each person, the canonical
spelling of the name, the spellings that must be corrected to it, the name as written in
other scripts per language (« محمد الدخيسي » for « Mohamed Dkhissi »), the form of address
(honorific) per language and whether protocol requires it at every mention, and the
official titles per language, written exactly as protocol writes them; then institution
names whose capitalisation is fixed. It is read with the project's safe YAML reader (every
value a string, duplicate keys refused) and kept per file version in memory.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from communique.model import Location
from communique.read.data_file import read_mapping
from communique.read.safe_yaml import YamlProblem

REGISTRY_FILE = Path("templates") / "protocol.yaml"
PERSON_KEYS = ("name", "variants", "names", "honorific", "honorific_required", "titles",
               "note")


class ProtocolError(Exception):
    """The registry cannot be used; the message names the file, line and what to fix."""

    def __init__(self, message: str, location: Location):
        super().__init__(f"{location}: {message}")
        self.message = message
        self.location = location


@dataclass(frozen=True)
class Spelling:
    """One way protocol writes a person's name: the canonical form and its variants."""

    canonical: str
    variants: tuple[str, ...] = ()
    language: str = ""  # '' for the entry's `name`, else the language of `names`


@dataclass(frozen=True)
class RegisteredPerson:
    name: str
    variants: tuple[str, ...] = ()
    honorifics: dict[str, tuple[str, ...]] = field(default_factory=dict)
    honorific_required: bool = False
    titles: dict[str, tuple[str, ...]] = field(default_factory=dict)
    location: Location | None = None
    # Per language, the name as protocol writes it in that language's script (first) and
    # spellings to correct to it (« محمد الدخيسي », then « محمد دخيسي »).
    names: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def spellings(self) -> tuple[Spelling, ...]:
        """`name` with its variants, then each language's own spelling with its variants."""
        found = [Spelling(self.name, self.variants)]
        for lang, forms in self.names.items():
            if forms and all(forms[0] != s.canonical for s in found):
                found.append(Spelling(forms[0], forms[1:], lang))
        return tuple(found)

    def name_in(self, language: str) -> str:
        """The canonical name in `language`: its own spelling when given, else `name`."""
        forms = self.names.get(language, ())
        return forms[0] if forms else self.name

    def titles_in(self, language: str) -> tuple[str, ...]:
        return self.titles.get(language, ())

    def honorifics_in(self, language: str) -> tuple[str, ...]:
        return self.honorifics.get(language, ())


@dataclass(frozen=True)
class Registry:
    people: tuple[RegisteredPerson, ...] = ()
    institutions: dict[str, tuple[str, ...]] = field(default_factory=dict)
    source: str = ""

    def institutions_in(self, language: str) -> tuple[str, ...]:
        return self.institutions.get(language, ())


def registry_path(root: Path) -> Path:
    return root / REGISTRY_FILE


def load_registry(root: Path) -> Registry | None:
    """The registry of project `root`, or None when the project has none.

    Raises ProtocolError when the file exists but cannot be used.
    """
    path = registry_path(root)
    try:
        stat = path.stat()
    except OSError:
        return None
    return _load(str(path), str(REGISTRY_FILE), (stat.st_mtime_ns, stat.st_size))


@lru_cache(maxsize=8)
def _load(path: str, name: str, _stamp: tuple[int, int]) -> Registry:
    try:
        tree, locations = read_mapping(Path(path), name, what="the protocol registry",
                                       expected="expected 'people:' and 'institutions:'.")
    except YamlProblem as err:
        raise ProtocolError(err.message, err.location) from None
    raw_people = tree.get("people", [])
    if not isinstance(raw_people, list):
        raise ProtocolError("'people' must be a list of '- name: …' entries.",
                            locations.get("people", Location(name, 1)))
    people = []
    for i, entry in enumerate(raw_people):
        where = locations.get(f"people[{i}]", Location(name, 1))
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str) \
                or not entry["name"].strip():
            raise ProtocolError(f"person {i + 1} needs a 'name:'.", where)
        for key in entry:
            if key not in PERSON_KEYS:
                raise ProtocolError(f"'{key}' is not a person field (known: "
                                    f"{', '.join(PERSON_KEYS)}).",
                                    locations.get(f"people[{i}].{key}", where))
        people.append(RegisteredPerson(
            name=entry["name"].strip(),
            variants=_strings(entry.get("variants"), f"people[{i}].variants", locations, where),
            honorifics=_per_language(entry.get("honorific"), f"people[{i}].honorific",
                                     locations, where),
            honorific_required=str(entry.get("honorific_required", "")).strip().lower()
            in ("yes", "true", "oui", "1"),
            titles=_per_language(entry.get("titles"), f"people[{i}].titles", locations, where),
            location=where,
            names=_per_language(entry.get("names"), f"people[{i}].names", locations, where),
        ))
    institutions = _per_language(tree.get("institutions"), "institutions", locations,
                                 Location(name, 1))
    return Registry(tuple(people), institutions, name)


def _strings(value, key: str, locations: dict[str, Location], where: Location) -> tuple[str, ...]:
    if value in (None, ""):
        return ()
    if isinstance(value, str):
        return (value.strip(),)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(v.strip() for v in value if v.strip())
    raise ProtocolError(f"'{key}' must be a text or a list of texts.",
                        locations.get(key, where))


def _per_language(value, key: str, locations: dict[str, Location],
                  where: Location) -> dict[str, tuple[str, ...]]:
    if value in (None, ""):
        return {}
    if not isinstance(value, dict):
        raise ProtocolError(f"'{key}' must be given per language (fr:, en:, ar:).",
                            locations.get(key, where))
    return {lang: _strings(v, f"{key}.{lang}", locations, where) for lang, v in value.items()}
