"""The build plan: which releases must be built again, and which are up to date.

A release's outputs depend on the files of its folder (every language version and the
article the fact checks compare them with), its packs' folders and `_base/`, its
institutions' folders, the protocol registry entries it mentions, the check settings
and communique's own code. Each build leaves beside the outputs, in
`build/<slug>/build-plan.json`, a digest of each of these and of each output file. A release
whose digests all still match, and whose outputs are still the files that were written,
is up to date: it is neither checked nor rendered again.

The registry is one file shared by every release: when it changes, each release's
digest of the entries it mentions (found by the protocol rules' own matcher, under the
new registry) is compared instead, so an edit to one person's titles rebuilds the
releases that name that person and no other.

Planning reads and hashes files and imports nothing heavy: a build with nothing to do
finishes before WeasyPrint or the check rules could even be imported.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from communique.build.write import BUILD_DIR, output_dir
from communique.read.folders import release_files

PLAN_FILE = "build-plan.json"
PLAN_FORMAT = 1
PUBLISHED_DIR = "published"  # build/published/: the archive, never touched by a build
SETTINGS_FILE = "pyproject.toml"
REGISTRY = Path("templates") / "protocol.yaml"
# Code that cannot change what a build writes.
_CODE_EXCLUDED = ("extract", "devtools", "preview")


@dataclass(frozen=True)
class ReleasePlan:
    """One release folder: up to date, or to be built again, and why."""

    folder: Path
    slug: str
    up_to_date: bool
    reason: str = ""  # why it must be built again, for the report
    outputs: tuple[str, ...] = ()  # what its last build wrote (paths under build/)
    warnings: int = 0  # warnings its last build reported


@dataclass
class Digests:
    """File digests, each folder hashed once per build."""

    root: Path
    folders: dict[Path, str] = field(default_factory=dict)

    def folder(self, path: Path) -> str:
        if path not in self.folders:
            self.folders[path] = folder_digest(path)
        return self.folders[path]

    def pack(self, name: str) -> str:
        templates = self.root / "templates"
        return _combine(self.folder(templates / name), self.folder(templates / "_base"))

    def institution(self, name: str) -> str:
        return self.folder(self.root / "templates" / "institutions" / name)


def plan_build(root: Path, folders: list[Path]) -> list[ReleasePlan]:
    """What a build of `folders` must do (see the module's docstring)."""
    digests = Digests(root)
    common: dict = {}
    return [_plan_one(root, folder, digests, common) for folder in folders]


def _plan_one(root: Path, folder: Path, digests: Digests, common: dict) -> ReleasePlan:
    slug = folder.name
    record = read_record(root, slug)
    if record is None:
        return ReleasePlan(folder, slug, False, "first build")
    if not common:  # only a release built before needs them: a first build starts sooner
        common.update(settings=settings_digest(root), code=code_digest(),
                      registry=file_digest(root / REGISTRY))
    outputs = tuple(record.get("outputs", {}))
    stale = lambda reason: ReleasePlan(folder, slug, False, reason, outputs)  # noqa: E731
    if record.get("release") != digests.folder(folder):
        return stale("its files changed")
    for name, digest in record.get("packs", {}).items():
        if digests.pack(name) != digest:
            return stale(f"the pack {name} changed")
    for name, digest in record.get("institutions", {}).items():
        if digests.institution(name) != digest:
            return stale(f"the institution {name} changed")
    if record.get("settings") != common["settings"]:
        return stale("the check settings changed")
    if record.get("code") != common["code"]:
        return stale("communique changed")
    if record.get("registry") != common["registry"]:
        if record.get("protocol_entries") != protocol_entries_digest(root, folder):
            return stale("protocol entries it mentions changed")
    for name, digest in record.get("outputs", {}).items():
        path = root / name
        if not path.is_file() or file_digest(path) != digest:
            return stale(f"{name} is missing or was changed")
    return ReleasePlan(folder, slug, True, outputs=outputs,
                       warnings=int(record.get("warnings", 0)))


def output_state(root: Path, plan: ReleasePlan) -> str:
    """What `inv list` says of a release's files under build/: "up to date", "stale"
    (files are there that no longer match the release: a build stopped before it reached
    them, or they were changed by hand) or "not built"."""
    if plan.up_to_date:
        return "up to date"
    folder = output_dir(root, plan.slug)
    written = folder.is_dir() and any(p.is_file() and p.suffix.lower() in (".pdf", ".docx")
                                      for p in folder.iterdir())
    return "stale" if written else "not built"


def new_record(root: Path, folder: Path, packs: set[str], institutions: set[str],
               outputs: list[tuple[Path, bytes]], warnings: int,
               digests: Digests | None = None, inputs: dict | None = None
               ) -> tuple[Path, bytes]:
    """The plan record to write with a release's outputs (in the same atomic set).

    `digests`: shared by the records of one build, so that a pack's folder is hashed
    once, not once per release.

    The digests are taken now, before the outputs are rendered: a file edited during the
    build leaves a record that no longer matches, so the next build renders again.

    `inputs`: what `input_record` gave for this folder, packs and institutions, when the
    build took the inputs' digests earlier (as the files were laid out).
    """
    record = dict(inputs or input_record(root, folder, packs, institutions, digests))
    record["outputs"] = {_relative(root, path): hashlib.sha256(data).hexdigest()
                         for path, data in outputs}
    record["warnings"] = warnings
    text = json.dumps(record, indent=1, sort_keys=True, ensure_ascii=False) + "\n"
    return output_dir(root, folder.name) / PLAN_FILE, text.encode()


def input_record(root: Path, folder: Path, packs: set[str], institutions: set[str],
                 digests: Digests | None = None) -> dict:
    """A plan record's digests of the release's inputs (all of it but its outputs)."""
    digests = digests or Digests(root)
    return {
        "format": PLAN_FORMAT,
        "release": digests.folder(folder),
        "packs": {name: digests.pack(name) for name in sorted(packs)},
        "institutions": {name: digests.institution(name) for name in sorted(institutions)},
        "settings": settings_digest(root),
        "code": code_digest(),
        "registry": file_digest(root / REGISTRY),
        "protocol_entries": protocol_entries_digest(root, folder),
    }


def read_record(root: Path, slug: str) -> dict | None:
    try:
        record = json.loads((output_dir(root, slug) / PLAN_FILE).read_text("utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(record, dict) or record.get("format") != PLAN_FORMAT:
        return None
    return record


def remove_outputs(root: Path, slug: str) -> list[Path]:
    """Remove what earlier builds wrote for `slug` (a release that now fails its checks):
    no PDF or DOCX is left that looks valid. Never anything outside build/<slug>/, never
    the archive build/published/."""
    build = (root / BUILD_DIR).resolve()
    folder = output_dir(root, slug).resolve()
    if folder.parent != build or folder.name == PUBLISHED_DIR or not folder.is_dir():
        return []
    removed = sorted(p for p in folder.iterdir()
                     if p.is_file() and p.suffix.lower() in (".pdf", ".docx"))
    for path in removed:
        path.unlink(missing_ok=True)
    (folder / PLAN_FILE).unlink(missing_ok=True)
    if not any(folder.iterdir()):
        shutil.rmtree(folder, ignore_errors=True)
    return removed


# --- digests ------------------------------------------------------------------------------

def file_digest(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return "absent"


def folder_digest(folder: Path) -> str:
    """The names and contents of every file under `folder` (symlinks followed)."""
    digest = hashlib.sha256()
    if not folder.is_dir():
        return "absent"
    for base, dirs, files in os.walk(folder, followlinks=False):
        dirs[:] = sorted(d for d in dirs if d not in ("__pycache__", ".git"))
        for name in sorted(files):
            path = Path(base) / name
            digest.update(str(path.relative_to(folder)).encode("utf-8", "surrogateescape"))
            digest.update(b"\0" + file_digest(path).encode() + b"\n")
    return digest.hexdigest()


def settings_digest(root: Path) -> str:
    """The [tool.communique] settings of pyproject.toml (the rest does not matter)."""
    import tomllib

    try:
        data = tomllib.loads((root / SETTINGS_FILE).read_text("utf-8"))
    except (OSError, ValueError):
        return file_digest(root / SETTINGS_FILE)  # unreadable: the checks will say so
    settings = data.get("tool", {}).get("communique", {})
    return hashlib.sha256(json.dumps(settings, sort_keys=True, default=str).encode()
                          ).hexdigest()


_code: list[str] = []


def code_digest() -> str:
    """communique's version and the code that checks and renders (a checkout that
    changes code never keeps the outputs of the old code)."""
    if not _code:
        import communique

        package = Path(communique.__file__).parent
        digest = hashlib.sha256(_version().encode())
        for path in sorted(package.rglob("*.py")):
            relative = path.relative_to(package)
            if relative.parts[0] not in _CODE_EXCLUDED:
                digest.update(str(relative).encode() + b"\0" + path.read_bytes())
        _code.append(digest.hexdigest())
    return _code[0]


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("communique")
    except PackageNotFoundError:
        return "unknown"


def protocol_entries_digest(root: Path, folder: Path) -> str:
    """The registry entries the release's files mention, as the protocol rules find them
    (near-miss spellings included), and the institution names they contain."""
    from communique.packs.protocol_registry import ProtocolError, load_registry

    try:
        registry = load_registry(root)
    except ProtocolError:
        return "unusable"
    if registry is None:
        return "none"
    from communique.checks.rules.protocol import find_mentions

    texts = []
    for path in release_files(folder):
        try:
            texts.append(path.read_text("utf-8"))
        except (OSError, UnicodeDecodeError):
            return "unreadable"
    people, forms = set(), set()
    for text in texts:
        people.update(_person_entry(m.person) for m in find_mentions(text, registry))
        folded = text.casefold()
        for language, names in registry.institutions.items():
            forms.update(f"{language}:{n}" for n in names if n.casefold() in folded)
    return hashlib.sha256(json.dumps([sorted(people), sorted(forms)]).encode()).hexdigest()


def _person_entry(person) -> str:
    # The entry's content without its line in the file: an entry added above another
    # moves it without changing it.
    return json.dumps([person.name, person.variants, person.names, person.honorifics,
                       person.honorific_required, person.titles], sort_keys=True,
                      ensure_ascii=False)


def _combine(*digests: str) -> str:
    return hashlib.sha256("\n".join(digests).encode()).hexdigest()


def _relative(root: Path, path: Path) -> str:
    path = path if path.is_absolute() else root / path
    return str(path.resolve().relative_to(root.resolve()))
