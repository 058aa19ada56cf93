"""Read YAML written by people into plain strings, lists and mappings, with locations.

Built on ruamel.yaml's event parser rather than a loader because a loader decides types
(PyYAML turns ``NO`` into False, ``10:30`` into 630) and keeps the last of duplicate keys.
Here every scalar stays a string until the release schema converts it; tags, anchors and
aliases are refused (they are never needed in a release and aliases enable "billion
laughs" expansion); a duplicate key is an error naming both lines.
"""

from __future__ import annotations

from dataclasses import dataclass

from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.events import (
    AliasEvent,
    DocumentEndEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
    StreamStartEvent,
)

from communique.model import Location

Value = str | list["Value"] | dict[str, "Value"]

# Deeply nested input is either a mistake or an attack; releases need three levels.
MAX_DEPTH = 20


@dataclass
class YamlProblem(Exception):
    """A YAML text that cannot be taken, with where and a hint for the person fixing it."""

    message: str
    location: Location
    code: str = "R001"

    def __str__(self) -> str:
        return f"{self.location}: {self.message}"


def _where(file: str, mark, line_offset: int) -> Location:
    return Location(file, mark.line + 1 + line_offset, mark.column + 1)


def read_yaml(
    text: str, file: str, *, line_offset: int = 0
) -> tuple[Value, dict[str, Location]]:
    """Parse `text` into strings/lists/dicts and a map from field path to location.

    `line_offset` shifts reported lines, for YAML embedded after other lines (front matter).
    An empty document reads as an empty mapping.
    """
    locations: dict[str, Location] = {}
    parser = YAML(typ="safe", pure=True)
    try:
        events = list(parser.parse(text))
    except MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        where = _where(file, mark, line_offset) if mark else Location(file)
        what = " ".join(p for p in (err.context, err.problem) if p)
        raise YamlProblem(f"the YAML is malformed ({what}).", where) from None
    except YAMLError as err:
        raise YamlProblem(f"the YAML is malformed ({err}).", Location(file)) from None

    pos = 0

    def take():
        nonlocal pos
        event = events[pos]
        pos += 1
        return event

    def refuse_extras(event) -> None:
        where = _where(file, event.start_mark, line_offset)
        if isinstance(event, AliasEvent) or getattr(event, "anchor", None):
            raise YamlProblem(
                "YAML anchors and aliases (&name, *name) are not accepted in release files; "
                "write the value out in full.",
                where,
                "R003",
            )
        if getattr(event, "tag", None) not in (None, "!"):
            raise YamlProblem(
                f"YAML tags ({event.tag}) are not accepted in release files; write a plain "
                "value (quote it if it looks like a number or a date).",
                where,
                "R003",
            )

    def node(path: str, depth: int) -> Value:
        event = take()
        refuse_extras(event)
        if depth > MAX_DEPTH:
            raise YamlProblem("the YAML is nested too deeply.", _where(file, event.start_mark,
                              line_offset), "R004")
        if isinstance(event, ScalarEvent):
            locations.setdefault(path, _where(file, event.start_mark, line_offset))
            return event.value
        if isinstance(event, SequenceStartEvent):
            locations.setdefault(path, _where(file, event.start_mark, line_offset))
            items: list[Value] = []
            while not isinstance(events[pos], SequenceEndEvent):
                item_path = f"{path}[{len(items)}]"
                locations[item_path] = _where(file, events[pos].start_mark, line_offset)
                items.append(node(item_path, depth + 1))
            take()
            return items
        if isinstance(event, MappingStartEvent):
            locations.setdefault(path, _where(file, event.start_mark, line_offset))
            mapping: dict[str, Value] = {}
            seen: dict[str, Location] = {}
            while not isinstance(events[pos], MappingEndEvent):
                key_event = take()
                refuse_extras(key_event)
                key_where = _where(file, key_event.start_mark, line_offset)
                if not isinstance(key_event, ScalarEvent):
                    raise YamlProblem("a key must be a plain word.", key_where, "R004")
                key = key_event.value
                if key in seen:
                    raise YamlProblem(
                        f"the key '{key}' is written twice (first at line {seen[key].line}); "
                        "keep one.",
                        key_where,
                        "R002",
                    )
                seen[key] = key_where
                child = f"{path}.{key}" if path else key
                locations[child] = key_where
                mapping[key] = node(child, depth + 1)
            take()
            return mapping
        raise YamlProblem("unexpected YAML content.", _where(file, event.start_mark,
                          line_offset), "R001")

    documents: list[Value] = []
    while pos < len(events):
        event = events[pos]
        if isinstance(event, (StreamStartEvent, DocumentStartEvent, DocumentEndEvent)):
            pos += 1
            continue
        if isinstance(event, StreamEndEvent):
            break
        documents.append(node("", 0))
    if len(documents) > 1:
        raise YamlProblem("only one YAML document is expected here.", Location(file), "R001")
    value = documents[0] if documents else {}
    if value == "":
        value = {}
    return value, locations
