"""Import WeasyPrint without spawning the C compiler for each shared library it loads.

WeasyPrint opens Pango, HarfBuzz, fontconfig and GObject through cffi, trying several
names for each (`libgobject-2.0-0`, `gobject-2.0-0`, `gobject-2.0`, ...). For every name
it tries, cffi asks `ctypes.util.find_library`, which on Linux runs `ldconfig -p` and,
when that finds nothing, the C compiler and the linker: 22 lookups, 0.35 s of the 0.9 s
import on the machines we build on (WeasyPrint issue #1125), paid by every build before
its first PDF.

Here every lookup is answered from one reading of the loader's cache (`ldconfig -p`, as
`find_library` reads it) and the folders of LD_LIBRARY_PATH (which the linker would
search). If WeasyPrint still cannot open a library that way, it is imported again with
the standard lookup, so a machine where only the compiler finds a library renders as
before, only slower. Either way WeasyPrint's C declarations come from the cache of
cdef_cache.py rather than from pycparser.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import struct
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

LDCONFIG = "/sbin/ldconfig"
# The ABI tag ldconfig prints for this interpreter's libraries, as ctypes.util chooses it.
_ABI = {"x86_64-64": "libc6,x86-64", "ppc64-64": "libc6,64bit", "sparc64-64": "libc6,64bit",
        "s390x-64": "libc6,64bit", "ia64-64": "libc6,IA-64"}


def import_weasyprint() -> None:
    """Import WeasyPrint (once per process), its libraries found as described above."""
    if "weasyprint" in sys.modules:
        return
    from .cdef_cache import cached_declarations

    listing = read_loader_cache()
    if listing is not None:
        try:
            # WeasyPrint prints installation advice before raising: not for a fallback.
            with _find_library_from(listing), cached_declarations(), \
                    contextlib.redirect_stdout(io.StringIO()):
                import weasyprint  # noqa: F401
            return
        except OSError:
            for name in [n for n in sys.modules if n == "weasyprint"
                         or n.startswith("weasyprint.")]:
                del sys.modules[name]
    with cached_declarations():
        import weasyprint  # noqa: F401, F811 - the standard lookup


def find_library(name: str, listing: bytes) -> str | None:
    """What `ctypes.util.find_library(name)` answers, from `ldconfig -p`'s `listing`
    and the folders of LD_LIBRARY_PATH, or None."""
    machine = os.uname().machine + ("-32" if struct.calcsize("l") == 4 else "-64")
    pattern = rf"\s+(lib{re.escape(name)}\.[^\s]+)\s+\({_ABI.get(machine, 'libc6')}"
    found = re.search(os.fsencode(pattern), listing)
    if found:
        return os.fsdecode(found.group(1))
    for folder in filter(None, os.environ.get("LD_LIBRARY_PATH", "").split(os.pathsep)):
        matches = sorted(Path(folder).glob(f"lib{name}.so*")) if Path(folder).is_dir() \
            else []
        if matches:
            return str(matches[0])
    return None


def read_loader_cache() -> bytes | None:
    if not sys.platform.startswith("linux") or not os.access(LDCONFIG, os.X_OK):
        return None
    try:
        done = subprocess.run([LDCONFIG, "-p"], stdin=subprocess.DEVNULL,
                              capture_output=True, env={"LC_ALL": "C", "LANG": "C"},
                              timeout=30, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return done.stdout if done.returncode == 0 else None


@contextlib.contextmanager
def _find_library_from(listing: bytes) -> Iterator[None]:
    import ctypes.util

    standard = ctypes.util.find_library
    ctypes.util.find_library = lambda name: find_library(name, listing)
    try:
        yield
    finally:
        ctypes.util.find_library = standard
