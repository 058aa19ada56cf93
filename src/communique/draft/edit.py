"""Change field values in a release file, keeping everything else as the person wrote it.

ruamel.yaml's round-trip mode keeps comments, order and quoting of the untouched parts;
the body below the front matter is carried over byte for byte.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from communique.fs import ChangedMeanwhile, content_hash, replace_if_unchanged
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


def set_fields(path: Path, values: dict[str, str], *, read_hash: str = "",
               shown_as: str = "") -> None:
    """Set each `field.path: value` in the release file at `path`, atomically.

    `read_hash`: the content hash of the file as the caller read it to decide the
    values; the file is replaced only if it still holds that content (ChangedMeanwhile
    otherwise), so an edit saved meanwhile is never lost.
    """
    raw = path.read_bytes()
    read_hash = read_hash or content_hash(raw)
    if content_hash(raw) != read_hash:
        raise ChangedMeanwhile(f"{shown_as or path} was changed on disk since it was read "
                               "(saved in an editor?); nothing was written to it. Run the "
                               "command again.")
    text = raw.decode("utf-8")
    replace_if_unchanged(path, with_fields(text, values, str(path)).encode(), read_hash,
                         shown_as=shown_as)


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
    tree = round_trip.load(front) or CommentedMap()
    for field_path, value in values.items():
        _set(tree, field_path, value)
    buffer = io.StringIO()
    round_trip.dump(tree, buffer)
    return f"---\n{buffer.getvalue()}---\n{old_body if body is None else body}"
