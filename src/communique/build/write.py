"""Write outputs: a release's files change as one set, only inside the project's build/.

A release's files (`build/<slug>/<slug>.<lang>.pdf` and `.docx`, every language) are
first written in full into a fresh hidden folder, `build/.sets/<slug>.<token>/`, and
flushed to disk. Only then is that folder switched with `build/<slug>/` in one step
(Linux `renameat2(RENAME_EXCHANGE)`; a plain rename the first time), and the previous
set, now in the hidden folder, is removed. Whatever the moment a build is stopped, even
by `kill -9`, `build/<slug>/` holds the previous complete set or the new one, never a
mix. What a killed build leaves in `build/.sets/` is removed by the next build: builds
hold the project lock (communique.lock) while they write, so a folder there that the
current build did not make belongs to no live process.

`build/published/` is the publishing archive: a build never writes, switches or cleans it.
"""

from __future__ import annotations

import ctypes
import errno
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from communique.errors import OutputError
from communique.lock import project_lock

BUILD_DIR = "build"
SETS_DIR = ".sets"
# Folders under build/ that are not release outputs and that no build touches.
RESERVED = frozenset({SETS_DIR, "published"})

_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


def output_dir(root: Path, slug: str) -> Path:
    return root / BUILD_DIR / slug


def output_name(slug: str, language: str, suffix: str) -> str:
    return f"{slug}.{language}.{suffix}"


def _shown(root: Path, path: Path) -> str:
    try:
        return str(path.relative_to(root))
    except ValueError:
        return str(path)


def check_build_folder(root: Path) -> Path:
    """`build/` as a real folder of the project (it may not exist yet); else OutputError.

    A `build/` that is a link would send the outputs wherever it points (another disk,
    `templates/`): refused before anything is created.
    """
    build = root / BUILD_DIR
    if build.is_symlink():
        raise OutputError(f"{BUILD_DIR}/ is a link (to {os.readlink(build)}); outputs are "
                          f"written only into a real {BUILD_DIR}/ folder inside the project. "
                          f"Remove the link and build again.")
    if build.exists() and not build.is_dir():
        raise OutputError(f"{BUILD_DIR} is a file, not a folder; move it away and build again.")
    return build


def remove_leftovers(root: Path) -> int:
    """Remove what killed builds left (unfinished sets, old `.part` files); how many.

    Call with the project lock held: nothing else can be writing there then.
    """
    build = check_build_folder(root)
    removed = 0
    sets = build / SETS_DIR
    if sets.is_symlink():
        sets.unlink()
        removed += 1
    elif sets.is_dir():
        for entry in sets.iterdir():
            _remove(entry)
            removed += 1
    if build.is_dir():
        for folder in build.iterdir():
            if folder.name in RESERVED or folder.is_symlink() or not folder.is_dir():
                continue
            # Temporary files of the one-file-at-a-time writer of earlier versions.
            for part in folder.glob(".*.part"):
                part.unlink(missing_ok=True)
                removed += 1
    return removed


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


def write_outputs(root: Path, planned: list[tuple[Path, bytes]]) -> list[Path]:
    """Write `planned` files (each `build/<slug>/<name>`), one complete set per folder.

    Each `build/<slug>/` afterwards holds exactly the files planned for it. Every set is
    written and flushed before the first switch, so a full disk or an unwritable folder
    leaves every previous output as it was. Raises OutputError naming the file.
    """
    root = root.resolve()
    build = check_build_folder(root)
    sets: dict[str, list[tuple[str, bytes]]] = {}
    for path, data in planned:
        slug, name = _place(root, build, path)
        sets.setdefault(slug, []).append((name, data))
    with project_lock(root, "build"):
        remove_leftovers(root)
        for slug in sets:
            _check_target(root, build / slug, [name for name, _ in sets[slug]])
        staged: dict[str, Path] = {}
        try:
            for slug, files in sets.items():
                staged[slug] = _stage_set(root, build, slug, files)
            for slug, folder in list(staged.items()):
                _switch(root, folder, build / slug)
                del staged[slug]
        finally:
            for folder in staged.values():
                _remove(folder)
    return [build / slug / name for slug, files in sets.items() for name, _ in files]


def _place(root: Path, build: Path, path: Path) -> tuple[str, str]:
    """(slug, file name) of a planned output; refused unless it is build/<slug>/<name>."""
    path = path if path.is_absolute() else root / path
    folder = Path(os.path.normpath(path.parent))
    name = path.name
    if (folder.parent != build or folder.name in RESERVED or folder.name.startswith(".")
            or not name or name.startswith(".") or name in (".", "..")):
        raise OutputError(f"{_shown(root, path)}: refusing to write outside "
                          f"{BUILD_DIR}/<release>/.")
    return folder.name, name


def _check_target(root: Path, target: Path, names: list[str]) -> None:
    """The output folder, if there, is a real folder without links (which could lead out)."""
    if target.is_symlink():
        raise OutputError(f"{_shown(root, target)}: is a link; refusing to write outside "
                          f"{BUILD_DIR}/.")
    if not target.exists():
        return
    if not target.is_dir():
        raise OutputError(f"{_shown(root, target)}: is a file, not a folder; move it away.")
    for entry in target.iterdir():
        if entry.is_symlink():
            raise OutputError(f"{_shown(root, entry)}: is a link; refusing to write outside "
                              f"{BUILD_DIR}/. Remove it and build again.")


def _stage_set(root: Path, build: Path, slug: str, files: list[tuple[str, bytes]]) -> Path:
    """Write a complete set into a fresh `build/.sets/<slug>.<token>/`, flushed to disk."""
    first = _shown(root, build / slug / files[0][0])
    try:
        (build / SETS_DIR).mkdir(parents=True, exist_ok=True)
        folder = Path(tempfile.mkdtemp(prefix=f"{slug}.", dir=build / SETS_DIR))
    except OSError as err:
        raise OutputError(f"{first}: cannot write ({err.strerror}).") from None
    try:
        os.chmod(folder, 0o755)
        for name, data in files:
            shown = _shown(root, build / slug / name)
            try:
                fd = os.open(folder / name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
                with os.fdopen(fd, "wb") as handle:
                    handle.write(data)
                    handle.flush()
                    os.fsync(handle.fileno())
            except OSError as err:
                raise OutputError(f"{shown}: cannot write ({err.strerror}).") from None
        _fsync_folder(folder)
    except BaseException:
        _remove(folder)
        raise
    return folder


def _switch(root: Path, new: Path, target: Path) -> None:
    """Put the set `new` at `target` in one step; remove the set it replaces."""
    try:
        if not os.path.lexists(target):
            os.rename(new, target)
        else:
            try:
                exchange(new, target)
            except OSError as err:
                if err.errno not in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP):
                    raise
                # A file system without the exchange: two renames. A stop between them
                # leaves no build/<slug>/ for a moment, never a mixed one.
                os.rename(target, Path(f"{new}.previous"))
                os.rename(new, target)
                new = Path(f"{new}.previous")
            _remove(new)  # now the previous set
        _fsync_folder(target.parent)
    except OSError as err:
        raise OutputError(f"{_shown(root, target)}: cannot write ({err.strerror}).") from None


def _exchange_syscall() -> Callable | None:
    try:
        return ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return None


_renameat2 = _exchange_syscall()


def exchange(a: Path, b: Path) -> None:
    """Swap the two paths atomically (both must exist)."""
    if _renameat2 is None:
        raise OSError(errno.ENOSYS, os.strerror(errno.ENOSYS), str(b))
    if _renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE):
        code = ctypes.get_errno()
        raise OSError(code, os.strerror(code), str(b))


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems cannot sync a folder; the data itself was synced
    finally:
        os.close(fd)


def clean_outputs(root: Path) -> list[str]:
    """Remove the built outputs under build/ (never build/published/); what was removed."""
    build = check_build_folder(root)
    if not build.is_dir():
        return []
    removed = []
    with project_lock(root, "clean"):
        for entry in sorted(build.iterdir()):
            if entry.name == "published":
                continue
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry)
                removed.append(f"{BUILD_DIR}/{entry.name}/")
            else:
                entry.unlink()
                removed.append(f"{BUILD_DIR}/{entry.name}")
        if not any(build.iterdir()):
            build.rmdir()
    return removed
