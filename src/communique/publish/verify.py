"""`inv publish --verify`: every archived file against the ledgers kept with the releases.

The ledger (`releases/<slug>/published.yaml`, in git) says which files each version has
and their SHA-256; the archive (`build/published/`) must hold exactly those bytes. A
version folder that no ledger mentions, a missing file, a changed byte: each is reported.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from communique.publish.ledger import LedgerError, read_ledger
from communique.publish.versions import existing_versions, published_root
from communique.read.release import find_releases


def verify_archive(root: Path) -> tuple[list[str], int]:
    """(problems, number of files checked)."""
    problems: list[str] = []
    checked = 0
    ledgered: set[tuple[str, int]] = set()
    for folder in find_releases(root):
        slug = folder.name
        try:
            entries = read_ledger(folder, f"releases/{slug}/published.yaml")
        except LedgerError as err:
            problems.append(str(err))
            continue
        for entry in entries:
            ledgered.add((slug, entry.version))
            version_dir = published_root(root) / slug / f"v{entry.version}"
            shown = f"build/published/{slug}/v{entry.version}"
            if not version_dir.is_dir():
                problems.append(f"{shown}/ is missing (in releases/{slug}/published.yaml); "
                                "rebuild it from the release at that commit.")
                continue
            present = {p.name for p in version_dir.iterdir()}
            for name, digest in sorted(entry.files.items()):
                path = version_dir / name
                if not path.is_file():
                    problems.append(f"{shown}/{name}: missing.")
                    continue
                checked += 1
                if hashlib.sha256(path.read_bytes()).hexdigest() != digest:
                    problems.append(f"{shown}/{name}: changed since it was published "
                                    "(SHA-256 differs from the ledger).")
            for extra in sorted(present - set(entry.files)):
                problems.append(f"{shown}/{extra}: not in the ledger.")
    base = published_root(root)
    if base.is_dir():
        for slug_dir in sorted(p for p in base.iterdir() if p.is_dir()):
            for version in existing_versions(root, slug_dir.name):
                if (slug_dir.name, version) not in ledgered:
                    problems.append(f"build/published/{slug_dir.name}/v{version}/: no ledger "
                                    "records this version.")
    return problems, checked
