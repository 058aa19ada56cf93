"""One writer at a time: the project lock taken by every command that writes.

Builds, publishing and every in-place edit of release files take the same lock, so that
two commands never interleave their writes. The lock is an OS file lock (filelock, i.e.
flock on POSIX): the kernel releases it when its holder dies, even by `kill -9`, so a
crashed command never leaves the project locked. Beside it, a small note says which
command holds it, for the message the waiting command prints.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from filelock import FileLock, Timeout

LOCK_FILE = ".communique.lock"
HOLDER_FILE = ".communique.lock.holder"
DEFAULT_WAIT_S = 10.0
NOTE_GRACE_S = 0.3

# Projects whose lock this process holds, with the depth: a command that holds it may call
# code that takes it again (a build's writer), which must not wait for itself.
_held: dict[str, int] = {}


class ProjectBusy(Exception):
    """Another command holds the project lock; the message says which, and since when."""


def _holder(root: Path) -> str:
    try:
        note = json.loads((root / HOLDER_FILE).read_text(encoding="utf-8"))
        os.kill(int(note["pid"]), 0)  # a note left by a command killed with -9 names nobody
        since = time.strftime("%H:%M:%S", time.localtime(note["since"]))
        return f"`inv {note['command']}` (process {note['pid']}, since {since})"
    except (OSError, ValueError, KeyError, TypeError, OverflowError):
        return "another communique command"


@contextmanager
def project_lock(root: Path, command: str, *, wait_s: float | None = None,
                 err: TextIO = sys.stderr) -> Iterator[None]:
    """Hold the project lock while the block runs; wait a bounded time for it.

    Raises ProjectBusy when the lock is still held after `wait_s` seconds (the
    COMMUNIQUE_LOCK_WAIT environment variable, in seconds, overrides the default).
    """
    key = str(Path(root).resolve())
    if _held.get(key):
        _held[key] += 1
        try:
            yield
        finally:
            _held[key] -= 1
        return
    if wait_s is None:
        wait_s = float(os.environ.get("COMMUNIQUE_LOCK_WAIT", DEFAULT_WAIT_S))
    lock = FileLock(str(root / LOCK_FILE))
    try:
        # The holder writes its note just after it takes the lock: a moment's grace lets the
        # message name it, and a lock released at once needs no message at all.
        lock.acquire(timeout=min(NOTE_GRACE_S, wait_s))
    except Timeout:
        print(f"inv {command}: waiting for {_holder(root)} to finish…", file=err)
        try:
            lock.acquire(timeout=wait_s)
        except Timeout:
            raise ProjectBusy(
                f"{_holder(root)} is still writing in this project after {wait_s:g} s; "
                f"nothing was done. Run `inv {command}` again when it has finished.") from None
    try:
        note = {"command": command, "pid": os.getpid(), "since": time.time()}
        try:
            (root / HOLDER_FILE).write_text(json.dumps(note), encoding="utf-8")
        except OSError:
            pass  # the note only improves the message; the lock itself is held
        _held[key] = 1
        yield
    finally:
        _held.pop(key, None)
        # The note goes with the lock: the next waiter must not name a command long finished.
        try:
            (root / HOLDER_FILE).unlink()
        except OSError:
            pass
        lock.release()


def holds_lock(root: Path) -> bool:
    """Whether this process holds the project lock of `root`."""
    return bool(_held.get(str(Path(root).resolve())))
