"""Read YAML written by people into plain strings, lists and mappings, with locations.

Built on ruamel.yaml's event parser rather than a loader because a loader decides types
(PyYAML turns ``NO`` into False, ``10:30`` into 630) and keeps the last of duplicate keys.
Here every scalar stays a string until the release schema converts it; tags, anchors and
aliases are refused (they are never needed in a release and aliases enable "billion
laughs" expansion); a duplicate key is an error naming both lines.
"""

from __future__ import annotations

import re
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


_KEY_LINE = re.compile(r"^(?P<indent>\s*)(?:-\s+)?(?P<key>[\w\-]+):")


def _plain_problem(err: MarkedYAMLError, text: str, file: str, offset: int) -> YamlProblem:
    """The parser's complaint said the way a person who does not program can act on."""
    lines = text.splitlines()
    for number, line in enumerate(lines, 1):
        lead = line[:len(line) - len(line.lstrip())]
        if "\t" in lead:
            return YamlProblem(f"line {number + offset} starts with a tab: indent with spaces "
                               "(two per level), as in the lines above it.",
                               Location(file, number + offset, 1))
    mark = err.problem_mark or err.context_mark
    where = _where(file, mark, offset) if mark else Location(file)
    line_no = mark.line if mark else 0  # 0-based in `text`
    shown = where.line
    problem = f"{err.context or ''} {err.problem or ''}"
    current = lines[line_no] if 0 <= line_no < len(lines) else ""
    if "expected <block end>" in problem and current.lstrip().startswith("-"):
        above = next((m for m in (_KEY_LINE.match(lines[i]) for i in range(line_no - 1, -1, -1))
                      if m), None)
        key = "titles" if above and above.group("key") in ("name", "honorific", "role") \
            else (above.group("key") if above else "")
        hint = f" — is a `{key}:` line missing above?" if key else \
            " — is the line naming the list missing above?"
        return YamlProblem(f"line {shown}: a list item where a value was expected{hint}",
                           where)
    if "quoted scalar" in problem:
        opened = (err.context_mark.line + 1 + offset) if err.context_mark else shown
        return YamlProblem(f"line {opened}: a quote is opened and never closed; close it on "
                           "the same line.", Location(file, opened, 1))
    if "flow sequence" in problem or "flow mapping" in problem:
        opened = (err.context_mark.line + 1 + offset) if err.context_mark else shown
        return YamlProblem(f"line {opened}: a bracket [ or {{ is opened and never closed; "
                           "close it on the same line.", Location(file, opened, 1))
    if "mapping values are not allowed" in problem:
        return YamlProblem(f"line {shown}: a ':' inside a value, or a line indented more than "
                           "the one above: put the value in double quotes, or align the line "
                           "with the fields above it.", where)
    if "could not find expected ':'" in problem or "simple key" in problem:
        return YamlProblem(f"line {shown}: a line that is not 'field: value'; add the ':' after "
                           "the field name, or put the text in double quotes.", where)
    if "cannot start any token" in problem:
        char = current[mark.column:mark.column + 1] if mark else ""
        return YamlProblem(f"line {shown}: a value cannot start with « {char} »; put the value "
                           "in double quotes.", where)
    return YamlProblem(f"line {shown}: this line cannot be read as 'field: value'; check its "
                       "indentation (spaces, aligned with the fields it belongs to) and its "
                       "quotes.", where)


def _fast_events(text: str) -> list | None:
    """The events of `text` from libyaml (ruamel.yaml.clib), or None when the pure-Python
    parser must read it instead.

    libyaml parses a release's front matter about twenty times faster, and a build reads
    every release before it checks it. Its events are the same except in two cases, both
    left to the pure parser so that every value, location and message stays the same: a
    text it refuses (its complaints are worded differently, and it refuses a few texts the
    pure parser takes), and an empty value, which it places on the key's line rather than
    where the pure parser does.
    """
    try:
        events = list(YAML(typ="safe", pure=False).parse(text))
    except Exception:  # noqa: BLE001 - the pure parser says what is wrong, in its words
        return None
    for event in events:
        if isinstance(event, ScalarEvent) and event.value == "" and not event.style:
            return None
    return events


def read_yaml(
    text: str, file: str, *, line_offset: int = 0
) -> tuple[Value, dict[str, Location]]:
    """Parse `text` into strings/lists/dicts and a map from field path to location.

    `line_offset` shifts reported lines, for YAML embedded after other lines (front matter).
    An empty document reads as an empty mapping.
    """
    locations: dict[str, Location] = {}
    events = _fast_events(text)
    try:
        if events is None:
            events = list(YAML(typ="safe", pure=True).parse(text))
    except MarkedYAMLError as err:
        raise _plain_problem(err, text, file, line_offset) from None
    except YAMLError:
        raise YamlProblem("the fields cannot be read: check the indentation and the quotes.",
                          Location(file)) from None

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
