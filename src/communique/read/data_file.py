"""A YAML data file edited by staff (a pack manifest, an institution, the protocol
registry), read safely as a mapping with the line of every key."""

from __future__ import annotations

from pathlib import Path

from communique.model import Location
from communique.read.safe_yaml import YamlProblem, read_yaml


def read_mapping(path: Path, name: str, *, what: str = "this file",
                 expected: str = "expected 'key: value' lines.") -> tuple[dict, dict]:
    """(tree, locations) of the file shown as `name`; YamlProblem names the file and line
    when it cannot be read, is not YAML, or is not a mapping (`expected` says what is)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise YamlProblem(f"cannot read {what} ({err}).", Location(name)) from None
    tree, locations = read_yaml(text, name)
    if not isinstance(tree, dict):
        raise YamlProblem(expected, Location(name, 1))
    return tree, locations
