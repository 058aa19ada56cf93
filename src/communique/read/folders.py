"""Where releases are: `releases/<slug>/` folders holding `release.md` and its language
versions `release.<lang>.md`. Reads no file's content, so commands that only need to know
which releases exist (a build with nothing to do) import nothing else.
"""

from __future__ import annotations

import re
from pathlib import Path

from communique.errors import UsageError

RELEASE_FILE = re.compile(r"^release(?:\.(?P<lang>[a-z]{2}))?\.md$")


def is_release_folder(path: Path) -> bool:
    return path.is_dir() and any(RELEASE_FILE.match(p.name) for p in path.iterdir())


def find_releases(root: Path) -> list[Path]:
    """Every release folder under `root`/releases, sorted by slug."""
    base = root / "releases"
    if not base.is_dir():
        return []
    return sorted(p for p in base.iterdir() if is_release_folder(p))


def release_files(folder: Path) -> list[Path]:
    """The release files of a folder: `release.md` first, then the other languages."""
    files = [p for p in folder.iterdir() if RELEASE_FILE.match(p.name) and p.is_file()]
    return sorted(files, key=lambda p: (p.name != "release.md", p.name))


def resolve_targets(root: Path, names: list[str]) -> list[Path]:
    """Release folders named by slug or path; all of them when no name is given."""
    if not names:
        return find_releases(root)
    folders = []
    for name in names:
        candidate = Path(name)
        for folder in (candidate, root / candidate, root / "releases" / name):
            if folder.is_dir() and release_files(folder):
                folders.append(folder.resolve())
                break
        else:
            known = ", ".join(p.name for p in find_releases(root)) or "none"
            raise UsageError(f"no release '{name}' under releases/ (known: {known}).")
    return folders
