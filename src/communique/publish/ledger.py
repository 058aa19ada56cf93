"""The ledger: `releases/<slug>/published.yaml`, what was published from a release.

Kept in git with the release, it survives where `build/published/` does not: each
version's number, date, approver, correction reason and the SHA-256 of every file, so
anyone can rebuild a version and `inv publish --verify` can check an archive against it.
Values are written as quoted strings and read back with the project's safe reader.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from communique.fs import write_atomically
from communique.read.safe_yaml import YamlProblem, read_yaml

LEDGER_FILE = "published.yaml"
HEADER = ("# What was published from this release (written by inv publish; keep it in git).\n"
          "# Each version: when, who approved it, why it was corrected, and the SHA-256 of\n"
          "# every file of build/published/<slug>/v<N>/ (inv publish --verify checks them).\n")
SCALARS = ("version", "published_at", "approved_by", "approved_at", "content", "correction",
           "corrects", "corrects_sha256", "embargo", "folder")


class LedgerError(Exception):
    """A ledger that cannot be read; the message names the file and line."""


@dataclass
class Entry:
    version: int
    published_at: str
    approved_by: str
    approved_at: str
    content: str
    correction: str = ""
    corrects: str = ""
    corrects_sha256: str = ""
    embargo: str = ""
    folder: str = ""
    files: dict[str, str] = field(default_factory=dict)


def ledger_path(folder: Path) -> Path:
    return folder / LEDGER_FILE


def read_ledger(folder: Path, shown_as: str = "") -> list[Entry]:
    path = ledger_path(folder)
    if not path.is_file():
        return []
    name = shown_as or str(path)
    try:
        tree, _ = read_yaml(path.read_text(encoding="utf-8"), name)
    except (OSError, UnicodeDecodeError) as err:
        raise LedgerError(f"{name}: cannot be read ({err}).") from None
    except YamlProblem as err:
        raise LedgerError(f"{err.location}: {err.message}") from None
    items = tree.get("versions", []) if isinstance(tree, dict) else None
    if not isinstance(items, list):
        raise LedgerError(f"{name}: expected 'versions:' with one entry per version.")
    entries = []
    for i, item in enumerate(items):
        if not isinstance(item, dict) or not str(item.get("version", "")).isdigit():
            raise LedgerError(f"{name}: entry {i + 1} has no version number.")
        files = item.get("files", {})
        entries.append(Entry(
            version=int(item["version"]),
            **{k: str(item.get(k, "") or "") for k in SCALARS if k != "version"},
            files={str(k): str(v) for k, v in files.items()} if isinstance(files, dict) else {}))
    return entries


def ledger_text(entries: list[Entry]) -> str:
    lines = [HEADER, "versions:\n"]
    for entry in entries:
        first = True
        for key in SCALARS:
            value = str(getattr(entry, key))
            indent = "  - " if first else "    "
            lines.append(f"{indent}{key}: {json.dumps(value, ensure_ascii=False)}\n")
            first = False
        lines.append("    files:\n")
        for name, digest in sorted(entry.files.items()):
            lines.append(f"      {json.dumps(name, ensure_ascii=False)}: \"{digest}\"\n")
    return "".join(lines)


def append_entry(folder: Path, entry: Entry, shown_as: str = "") -> None:
    entries = read_ledger(folder, shown_as) + [entry]
    write_atomically(ledger_path(folder), ledger_text(entries).encode("utf-8"),
                     shown_as=shown_as or str(ledger_path(folder)))
