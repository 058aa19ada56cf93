"""Write outputs: atomically, and only inside the project's build/ folder."""

from __future__ import annotations

import os
import time
from pathlib import Path

from communique.errors import OutputError
from communique.fs import stage_file

BUILD_DIR = "build"


def output_dir(root: Path, slug: str) -> Path:
    return root / BUILD_DIR / slug


def output_name(slug: str, language: str, suffix: str) -> str:
    return f"{slug}.{language}.{suffix}"


def _inside_build(root: Path, path: Path) -> Path:
    build = (root / BUILD_DIR).resolve()
    target = path.resolve() if path.is_absolute() else (root / path).resolve()
    if not target.is_relative_to(build) or target == build:
        raise OutputError(f"{path}: refusing to write outside {BUILD_DIR}/.")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise OutputError(f"{target.relative_to(root.resolve())}: cannot write "
                          f"({err.strerror}).") from None
    _remove_stale_parts(target)
    return target


def write_output(root: Path, path: Path, data: bytes) -> Path:
    """Write one output under build/ atomically; anything outside build/ is refused."""
    return write_outputs(root, [(path, data)])[0]


def write_outputs(root: Path, planned: list[tuple[Path, bytes]]) -> list[Path]:
    """Write several outputs under build/ so that they change together or not at all.

    Every file is first written in full to a temporary file beside its target and flushed
    to disk; only when all are on disk are they renamed into place. A full disk or an
    unwritable folder therefore leaves every previous output as it was, never a new PDF
    beside an old DOCX.
    """
    targets = [_inside_build(root, path) for path, _ in planned]
    shown = [str(t.relative_to(root.resolve())) for t in targets]
    staged: list[str] = []
    try:
        for target, (_, data), name in zip(targets, planned, shown, strict=True):
            staged.append(stage_file(target, data, name))
        for temp, target, name in zip(staged, targets, shown, strict=True):
            try:
                os.replace(temp, target)
            except OSError as err:
                raise OutputError(f"{name}: cannot write ({err.strerror}).") from None
    finally:
        for temp in staged:
            Path(temp).unlink(missing_ok=True)
    return targets


# A build killed between writing its temporary file and renaming it leaves a '.part' file
# (never at an output path). Old ones are removed; recent ones may belong to a build
# running right now.
STALE_PART_S = 600


def _remove_stale_parts(target: Path) -> None:
    now = time.time()
    for part in target.parent.glob(f".{target.name}.*.part"):
        try:
            if now - part.stat().st_mtime > STALE_PART_S:
                part.unlink()
        except OSError:
            pass
