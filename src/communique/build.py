"""Write outputs: atomically, and only inside the project's build/ folder."""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

BUILD_DIR = "build"


class OutputError(Exception):
    """An output that cannot be written, with the path and the reason."""


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
            staged.append(_stage(target, data, name))
        for temp, target, name in zip(staged, targets, shown, strict=True):
            try:
                os.replace(temp, target)
            except OSError as err:
                raise OutputError(f"{name}: cannot write ({err.strerror}).") from None
    finally:
        for temp in staged:
            Path(temp).unlink(missing_ok=True)
    return targets


def write_atomically(target: Path, data: bytes, *, shown_as: str = "") -> None:
    """Write `data` to `target` so that readers see the old file or the new one, never half.

    The bytes go to a temporary file in the same folder, are flushed to disk, then
    renamed over the target (atomic on POSIX); a file replaced keeps its permissions.
    Raises OutputError naming the file.
    """
    name = shown_as or str(target)
    temp = _stage(target, data, name)
    try:
        if target.exists():
            os.chmod(temp, target.stat().st_mode & 0o777)
        os.replace(temp, target)
    except OSError as err:
        raise OutputError(f"{name}: cannot write ({err.strerror}).") from None
    finally:
        Path(temp).unlink(missing_ok=True)


def _stage(target: Path, data: bytes, name: str) -> str:
    """Write `data` in full to a temporary file beside `target`; return its path."""
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part",
                                    dir=target.parent)
    except OSError as err:
        raise OutputError(f"{name}: cannot write ({err.strerror}).") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, 0o644)
    except OSError as err:
        Path(temp).unlink(missing_ok=True)
        raise OutputError(f"{name}: cannot write ({err.strerror}).") from None
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return temp


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
