"""Version folders under build/published/<slug>/: written whole, once, never changed.

A version is staged in a hidden folder beside its final place, every file flushed to
disk, then renamed into place in one step: a publish killed at any moment leaves either
no `v<N>/` or a complete one, never part of one. A staging folder left by a killed publish
is removed by the next publish (which holds the project lock, so none is in use).
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

from communique.errors import OutputError

PUBLISHED_DIR = "published"
_VERSION = re.compile(r"^v(\d+)$")
STAGING_PREFIX = ".staging-"


def published_root(root: Path) -> Path:
    return root / "build" / PUBLISHED_DIR


def release_archive(root: Path, slug: str) -> Path:
    return published_root(root) / slug


def existing_versions(root: Path, slug: str) -> list[int]:
    folder = release_archive(root, slug)
    if not folder.is_dir():
        return []
    return sorted(int(m.group(1)) for p in folder.iterdir() if (m := _VERSION.match(p.name)))


def remove_stale_staging(root: Path, slug: str) -> None:
    folder = release_archive(root, slug)
    if folder.is_dir():
        for leftover in folder.glob(f"{STAGING_PREFIX}*"):
            shutil.rmtree(leftover, ignore_errors=True)


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_version(root: Path, slug: str, version: int, files: dict[str, bytes]) -> Path:
    """Write `files` as build/published/<slug>/v<version>/, whole or not at all."""
    archive = release_archive(root, slug)
    target = archive / f"v{version}"
    shown = f"build/{PUBLISHED_DIR}/{slug}/v{version}/"
    if target.exists():
        raise OutputError(f"{shown} already exists; a published version is never rewritten.")
    staging = archive / f"{STAGING_PREFIX}v{version}-{os.getpid()}"
    try:
        staging.mkdir(parents=True)
        for name, data in files.items():
            with open(staging / name, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.chmod(staging / name, 0o444)  # archived files are read-only
        _fsync_dir(staging)
        os.rename(staging, target)
        _fsync_dir(archive)
    except OSError as err:
        shutil.rmtree(staging, ignore_errors=True)
        raise OutputError(f"{shown}: cannot write ({err.strerror}); nothing was "
                          "published.") from None
    return target
