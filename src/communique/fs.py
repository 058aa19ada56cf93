"""Writing files so that a reader sees the old file or the new one, never half of one."""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from communique.errors import OutputError


def write_atomically(target: Path, data: bytes, *, shown_as: str = "") -> None:
    """Write `data` to `target` so that readers see the old file or the new one, never half.

    The bytes go to a temporary file in the same folder, are flushed to disk, then
    renamed over the target (atomic on POSIX); a file replaced keeps its permissions.
    Raises OutputError naming the file.
    """
    name = shown_as or str(target)
    temp = stage_file(target, data, name)
    try:
        if target.exists():
            os.chmod(temp, target.stat().st_mode & 0o777)
        os.replace(temp, target)
    except OSError as err:
        raise OutputError(f"{name}: cannot write ({err.strerror}).") from None
    finally:
        Path(temp).unlink(missing_ok=True)


class ChangedMeanwhile(OutputError):
    """The file changed on disk after it was read: replacing it would lose that edit."""


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def replace_if_unchanged(target: Path, data: bytes, read_hash: str, *,
                         shown_as: str = "") -> None:
    """Replace `target` with `data` only if it still holds what was read (`read_hash`).

    A person may save the file in an editor while a command works on it: the new bytes
    are staged first, then the file is read again just before the rename, and the
    command refuses (ChangedMeanwhile) when its content is no longer what it read.
    """
    name = shown_as or str(target)
    temp = stage_file(target, data, name)
    try:
        try:
            now = content_hash(target.read_bytes())
        except OSError as err:
            raise OutputError(f"{name}: cannot read it again ({err.strerror}).") from None
        if now != read_hash:
            raise ChangedMeanwhile(
                f"{name} was changed on disk while the command worked on it (saved in an "
                "editor?); it was left as it is now, with that change. Run the command "
                "again to apply it on top.")
        os.chmod(temp, target.stat().st_mode & 0o777)
        os.replace(temp, target)
    except OSError as err:
        raise OutputError(f"{name}: cannot write ({err.strerror}).") from None
    finally:
        Path(temp).unlink(missing_ok=True)


def stage_file(target: Path, data: bytes, name: str) -> str:
    """Write `data` in full to a temporary file beside `target`; return its path.

    The name starts with a dot and ends in `.part`, so that a killed writer's leftover is
    never taken for an output and can be found and removed later.
    """
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
