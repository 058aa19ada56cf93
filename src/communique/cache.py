"""The user's cache folder: what communique keeps between runs to start faster (parsed
pattern files, WeasyPrint's C declarations). Everything in it can be deleted at any time;
a missing or unreadable entry only means the work is done again."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def cache_dir(part: str) -> Path:
    """``$COMMUNIQUE_CACHE_DIR``, else the user's cache folder (``$XDG_CACHE_HOME`` or
    ``~/.cache``) ``/communique``, then `part`: never inside the package, which may be
    read-only and is shared by every user."""
    base = os.environ.get("COMMUNIQUE_CACHE_DIR") or Path(
        os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "communique"
    return Path(base) / part


def store_whole(entry: Path, data: bytes) -> None:
    """Write `entry` whole or not at all (a temporary file, then renamed), so that another
    process never reads half of it; a folder that cannot be written is left alone (the
    cache is an optimisation, never a reason to fail)."""
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(dir=entry.parent, prefix=".", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(data)
            os.replace(temp, entry)
        except BaseException:
            os.unlink(temp)
            raise
    except OSError:
        pass
