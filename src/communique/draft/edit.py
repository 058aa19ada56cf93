"""Change field values in a release file, keeping everything else as the person wrote it.

ruamel.yaml's round-trip mode keeps comments, order and quoting of the untouched parts;
the body below the front matter is carried over byte for byte.
"""

from __future__ import annotations

import hashlib
import io
import re
from pathlib import Path

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from communique.fs import write_atomically
from communique.read.release import split_front_matter

_STEP = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def _steps(path: str) -> list[str | int]:
    return [int(index) if index else key for key, index in _STEP.findall(path)]


def _set(tree, path: str, value: str) -> None:
    steps = _steps(path)
    node = tree
    for step, following in zip(steps, steps[1:], strict=False):
        if isinstance(step, int):
            while len(node) <= step:
                node.append(CommentedMap() if isinstance(following, str) else CommentedSeq())
            node = node[step]
        else:
            if node.get(step) in (None, ""):
                node[step] = CommentedMap() if isinstance(following, str) else CommentedSeq()
            node = node[step]
    last = steps[-1]
    if isinstance(last, int):
        while len(node) <= last:
            node.append("")
    node[last] = value


def set_fields(path: Path, values: dict[str, str]) -> None:
    """Set each `field.path: value` in the release file at `path`, atomically."""
    text = path.read_text(encoding="utf-8")
    write_atomically(path, with_fields(text, values, str(path)).encode())


class ChangedMeanwhile(Exception):
    """The release file is no longer what the edit was computed from."""


def replace_if_unchanged(path: Path, new_text: str, expected_sha256: str) -> None:
    """Write `new_text` to `path` only if the file still hashes to `expected_sha256`
    (compare and swap): a person who saved the file meanwhile keeps their edit."""
    if hashlib.sha256(path.read_bytes()).hexdigest() != expected_sha256:
        raise ChangedMeanwhile(str(path))
    write_atomically(path, new_text.encode())


def with_fields(text: str, values: dict[str, str], name: str = "release file",
                body: str | None = None) -> str:
    """The release text with each `field.path: value` set (and the body replaced by
    `body` when given), the rest as the person wrote it."""
    parts = split_front_matter(text)
    if parts is None:
        raise ValueError(f"{name}: no front matter")
    front, old_body, _ = parts
    # Round-trip mode builds only maps, lists and scalars (never Python objects), and this
    # front matter has already passed the safe reader (no tags, anchors or aliases): it
    # is used here only to keep the person's comments and layout while changing values.
    round_trip = YAML(typ="rt")
    round_trip.preserve_quotes = True
    round_trip.width = 4096
    # Lists indented as `inv new` writes them (and people do): « people:\n  - name: ».
    round_trip.indent(mapping=2, sequence=4, offset=2)
    if not values:
        return f"---\n{front}---\n{old_body if body is None else body}"
    tree = round_trip.load(front) or CommentedMap()
    for field_path, value in values.items():
        _set(tree, field_path, value)
    buffer = io.StringIO()
    round_trip.dump(tree, buffer)
    return f"---\n{buffer.getvalue()}---\n{old_body if body is None else body}"
