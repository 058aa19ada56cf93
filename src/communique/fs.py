"""Writing files so that a reader sees the old file or the new one, never half of one."""

from __future__ import annotations

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
