"""Language versions of a release: `release.<lang>.md` beside `release.md`.

A version holds what differs by language — headline, subheadline, dateline city, venue
names, people's titles, body — and inherits the shared facts it does not write from the
main `release.md`: template, institution, status, date, event date, embargo, and the
pack-specific facts (event time, programme, accreditation). Its language defaults to the
one in its file name. Inherited values keep the location where they were written
(`release.md`, line n), so a diagnostic about them points at the right file.

Facts a version writes itself are compared with the main release by the L rules
(`checks/rules/versions.py`): the same document in two languages must give the same
date, venue, people and figures.
"""

from __future__ import annotations

from pathlib import Path

from communique.model import Location
from communique.read.front_matter import relative_name, split_front_matter
from communique.read.safe_yaml import YamlProblem, read_yaml

MAIN_FILE = "release.md"
# Shared facts a version may leave out; language-specific text is never inherited.
INHERITED = ("template", "institution", "status", "approval", "date", "event_date",
             "embargo", "event_time", "programme", "accreditation")


def main_release_path(path: Path) -> Path | None:
    """The `release.md` a version file belongs to, or None for a main file or a lone version."""
    if path.name == MAIN_FILE:
        return None
    main = path.parent / MAIN_FILE
    return main if main.is_file() else None


def file_language(path: Path) -> str:
    """'ar' for release.ar.md; '' for release.md."""
    parts = path.name.split(".")
    return parts[1] if len(parts) == 3 else ""


def inherit_shared_fields(path: Path, tree: dict, locations: dict[str, Location],
                          root: Path | None) -> tuple[dict, dict[str, Location]]:
    """`tree` completed with the shared facts of the main release it does not give.

    A main release that cannot be read leaves the version as written: the main file's own
    check reports its problem.
    """
    lang = file_language(path)
    tree = dict(tree)
    locations = dict(locations)
    if lang and "language" not in tree:
        tree["language"] = lang
        locations.setdefault("language", Location(relative_name(path, root), 1))
    main = main_release_path(path)
    if main is None:
        return tree, locations
    name = relative_name(main, root)
    try:
        parts = split_front_matter(main.read_bytes().decode("utf-8-sig"))
        if parts is None:
            return tree, locations
        main_tree, main_locations = read_yaml(parts[0], name, line_offset=1)
    except (OSError, UnicodeDecodeError, YamlProblem):
        return tree, locations
    if not isinstance(main_tree, dict):
        return tree, locations
    for key in INHERITED:
        if key in main_tree:
            tree[key] = _merge(tree.get(key), main_tree[key], key, locations, main_locations)
    return tree, locations


def _merge(mine, theirs, path: str, locations: dict, main_locations: dict):
    """`mine` completed from `theirs`: a missing value is taken whole; in a group of fields
    (`accreditation:`) the missing sub-fields are taken one by one. Lists are never mixed."""
    if mine is None:
        for where, location in main_locations.items():
            if where == path or where.startswith((path + ".", path + "[")):
                locations[where] = location
        return theirs
    if isinstance(mine, dict) and isinstance(theirs, dict):
        merged = dict(mine)
        for key, value in theirs.items():
            merged[key] = _merge(mine.get(key), value, f"{path}.{key}", locations,
                                 main_locations)
        return merged
    return mine
