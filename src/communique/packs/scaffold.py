"""`inv template-new NAME --from communique`: a new template pack copied from an existing one.

The copy is a starting point a press officer then edits (manifest labels and fields,
release.html.j2, style.css, styles.docx). It never overwrites: an existing folder of that
name is refused, and the copy is made in a temporary folder renamed into place at the end,
so an interrupted copy leaves nothing half-made.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from pathlib import Path

from communique.packs.manifest import (
    BASE_DIR,
    INSTITUTIONS_DIR,
    PackError,
    list_packs,
    load_pack,
    templates_dir,
)

# A pack name is a folder name and a `template:` value: lower-case words joined by hyphens.
PACK_NAME = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
RESERVED = {BASE_DIR, INSTITUTIONS_DIR, "con", "prn", "aux", "nul"}


class ScaffoldError(Exception):
    """The pack cannot be made; the message says why and what to do."""


def new_pack(root: Path, name: str, source: str = "communique", title: str = "") -> Path:
    """Copy pack `source` to `templates/<name>/`, retitled; return the new folder."""
    if not PACK_NAME.match(name or "") or len(name) > 40 or name in RESERVED:
        raise ScaffoldError(f"'{name}' is not a valid pack name: use lower-case letters, "
                            "digits and hyphens (e.g. note-aux-redactions), at most 40, "
                            f"not {', '.join(sorted(RESERVED))}.")
    base = templates_dir(root)
    target = base / name
    if target.exists():
        raise ScaffoldError(f"templates/{name}/ already exists; choose another name "
                            "(nothing was changed).")
    if source not in list_packs(root):
        known = ", ".join(list_packs(root)) or "none"
        raise ScaffoldError(f"there is no pack '{source}' to copy (packs: {known}).")
    try:
        load_pack(root, source)
    except PackError as err:
        raise ScaffoldError(f"the pack '{source}' cannot be copied: {err}") from None
    staging = Path(tempfile.mkdtemp(prefix=f".{name}.", dir=base))
    try:
        copy = staging / name
        shutil.copytree(base / source, copy, symlinks=False,
                        ignore=shutil.ignore_patterns("__pycache__", "*.pyc", ".*"))
        manifest = copy / "manifest.yaml"
        manifest.write_text(_retitled(manifest.read_text(encoding="utf-8"), source,
                                      title or name.replace("-", " ").capitalize()),
                            encoding="utf-8")
        copy.rename(target)  # refuses if the name appeared meanwhile (not empty)
    except OSError as err:
        raise ScaffoldError(f"could not create templates/{name}/ ({err}); nothing was "
                            "left behind.") from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return target


def _retitled(text: str, source: str, title: str) -> str:
    """The manifest with a new `title:` and a first line saying where it came from."""
    lines = text.splitlines(keepends=True)
    out, done = [], False
    for line in lines:
        if not done and re.match(r"^title\s*:", line):
            out.append(f"title: {_yaml_text(title)}\n")
            done = True
        else:
            out.append(line)
    if not done:
        out.insert(0, f"title: {_yaml_text(title)}\n")
    return f"# Copied from the '{source}' pack by `inv template-new`; edit it freely.\n" + \
        "".join(out)


def _yaml_text(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def new_institution_folder(root: Path, ident: str, source: str = "dgsn") -> Path:
    """Copy institution `source` to `templates/institutions/<ident>/`; return the new folder.

    The copy keeps the other institution's texts and contacts on purpose, each marked by
    the checks (W003 placeholders, W004 copied texts) until it is rewritten: a folder that
    started empty would let a release go out with a blank letterhead instead.
    """
    from communique.packs.manifest import list_institutions

    if not PACK_NAME.match(ident or "") or len(ident) > 40 or ident in RESERVED:
        raise ScaffoldError(f"'{ident}' is not a valid institution id: use lower-case letters, "
                            "digits and hyphens (e.g. ministere-sante), at most 40.")
    base = templates_dir(root) / INSTITUTIONS_DIR
    target = base / ident
    if target.exists():
        raise ScaffoldError(f"templates/{INSTITUTIONS_DIR}/{ident}/ already exists; choose "
                            "another id (nothing was changed).")
    if source not in list_institutions(root):
        known = ", ".join(list_institutions(root)) or "none"
        raise ScaffoldError(f"there is no institution '{source}' to start from "
                            f"(institutions: {known}).")
    staging = Path(tempfile.mkdtemp(prefix=f".{ident}.", dir=base))
    try:
        copy = staging / ident
        shutil.copytree(base / source, copy, symlinks=False,
                        ignore=shutil.ignore_patterns("__pycache__", "*.pyc", ".*"))
        yaml_file = copy / "institution.yaml"
        yaml_file.write_text(
            f"# Started from '{source}' by `inv institution-new`: every name, address, contact\n"
            "# and text below is still that institution's. Write your own; inv check lists\n"
            "# what remains (W003, W004) and inv publish refuses until it is done.\n"
            + yaml_file.read_text(encoding="utf-8"), encoding="utf-8")
        copy.rename(target)
    except OSError as err:
        raise ScaffoldError(f"could not create templates/{INSTITUTIONS_DIR}/{ident}/ ({err}); "
                            "nothing was left behind.") from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return target
