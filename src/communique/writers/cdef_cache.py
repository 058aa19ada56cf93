"""WeasyPrint's C declarations, parsed once per machine instead of in every process.

WeasyPrint declares the Pango, HarfBuzz and fontconfig functions it calls in cffi's
in-line ABI mode: `cffi.FFI()`, then `ffi.cdef(text)` on some 430 lines of C, which cffi
parses with pycparser on every import. With pycparser's own import that is about 0.08 s
of CPU in every build, on its path: the first PDF waits for WeasyPrint's import, and the
bare `weasyprint` command it is measured against pays the same.

cffi's out-of-line ABI mode writes down what that parse produces (`set_source(name,
None)`, then `emit_python_code(path)`): one `_cffi_backend.FFI(...)` call whose
arguments are plain literals, and which builds the very same declarations without
pycparser, in about 1 ms. While `cached_declarations()` is active (around `import
weasyprint`), `cffi.FFI()` returns a `CachedFFI` whose `cdef(text)` rebuilds the FFI
from those arguments, kept in the user's cache folder under the hash of what the parse
depends on: the text, its options and the cffi version. Missing, unreadable, truncated
or foreign, the cached entry only means parsing as cffi always does, then writing the
entry (whole or not at all) for the next process.

Libraries are looked up as in-line mode does (out-of-line `dlopen` takes no bare name
like `pango-1.0`), so each name WeasyPrint tries opens the same file either way.
"""

from __future__ import annotations

import ast
import contextlib
import hashlib
import inspect
import marshal
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import cffi

from communique.cache import cache_dir, store_whole

# Bumped when what an entry holds changes, so that an older entry is another key.
ENTRY_VERSION = 1
MODULE_NAME = "_communique_cached_cdef"
_DIGEST = hashlib.sha256().digest_size
# cffi's own FFI class, also while `cached_declarations` stands in for it.
_STANDARD_FFI = cffi.FFI


def _folder() -> Path:
    return cache_dir("cdef")


def entry_key(csource: str, options: tuple) -> str:
    """What the parse of `csource` depends on, hashed: the text, the options of `cdef`,
    the parser (cffi's version) and the entry's format (marshal's, with Python's)."""
    import _cffi_backend

    described = repr((ENTRY_VERSION, cffi.__version__, _cffi_backend.__version__,
                      sys.version_info[:2], marshal.version, options, csource))
    return hashlib.sha256(described.encode("utf-8")).hexdigest()


class CachedFFI:
    """Stands for a `cffi.FFI()` whose declarations come from the cache (see the
    module's docstring); every other attribute is the underlying FFI's own."""

    def __init__(self):
        self._ffi = None

    def cdef(self, csource, override=False, packed=False, pack=None):
        if self._ffi is not None:  # a compiled FFI takes no more declarations
            raise TypeError("CachedFFI: cdef() may only be called once")
        self._use(declared(csource, (override, packed, pack)))

    def dlopen(self, name, flags=0):
        """In-line mode's lookup: a name with a dot or a slash is opened as it is, and
        any name it cannot open is asked of `ctypes.util.find_library`."""
        ffi = self._declared()
        if not isinstance(name, str):
            return ffi.dlopen(name, flags)
        first_error = None
        if "." in name or "/" in name or os.sep in name:
            try:
                return ffi.dlopen(name, flags)
            except OSError as err:
                first_error = err
        import ctypes.util

        path = ctypes.util.find_library(name)
        if path is None:
            message = ("ctypes.util.find_library() did not manage to locate a library "
                       f"called {name!r}")
            if first_error is not None:
                message = f"{first_error}.  Additionally, {message}"
            raise OSError(message)
        return ffi.dlopen(path, flags)

    def _use(self, ffi) -> None:
        self._ffi = ffi
        # WeasyPrint calls ffi.new, ffi.gc, ffi.string... for every line of text: kept as
        # attributes of this object, they cost what they cost on the FFI itself. Data
        # descriptors (ffi.errno) are read from it each time instead.
        for name in dir(ffi):
            if name.startswith("_") or hasattr(CachedFFI, name) or hasattr(
                    inspect.getattr_static(type(ffi), name, None), "__set__"):
                continue
            self.__dict__[name] = getattr(ffi, name)

    def _declared(self):
        if self._ffi is None:  # as cffi's own FFI, usable before any cdef()
            self._use(_STANDARD_FFI())
        return self._ffi

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self._declared(), name)


def declared(csource: str, options: tuple = (False, False, None)):
    """An FFI with the declarations of `csource`: built from the cached entry, or parsed
    (then kept for the next process)."""
    key = entry_key(csource, options)
    entry = _folder() / f"{key}.marshal"
    ffi = _from_entry(entry, key)
    if ffi is not None:
        return ffi
    override, packed, pack = options
    parsed = _STANDARD_FFI()
    parsed.cdef(csource, override=override, packed=packed, pack=pack)
    try:
        arguments = _compiled_arguments(csource, options)
        _store(entry, key, arguments)
    except Exception:  # noqa: BLE001, S110 - only the cache is lost: parsed is the FFI
        pass
    return parsed


def _from_entry(entry: Path, key: str):
    import _cffi_backend

    try:
        data = entry.read_bytes()
        digest, payload = data[:_DIGEST], data[_DIGEST:]
        # The bytes become C type tables: a damaged entry must never reach them.
        if hashlib.sha256(payload).digest() != digest:
            return None
        stored_key, arguments = marshal.loads(payload)
        if stored_key != key:
            return None
        return _cffi_backend.FFI(MODULE_NAME, **arguments)
    except Exception:  # noqa: BLE001 - missing, unreadable or foreign: parse again
        return None


def _compiled_arguments(csource: str, options: tuple) -> dict:
    """The keyword arguments of the `_cffi_backend.FFI(...)` call that cffi writes for
    these declarations in out-of-line ABI mode (all of them literals)."""
    override, packed, pack = options
    builder = _STANDARD_FFI()
    builder.cdef(csource, override=override, packed=packed, pack=pack)
    builder.set_source(MODULE_NAME, None)
    with tempfile.TemporaryDirectory(prefix="communique-cdef-") as folder:
        path = Path(folder) / f"{MODULE_NAME}.py"
        with contextlib.redirect_stdout(None):  # cffi prints "generating ..."
            builder.emit_python_code(str(path))
        tree = ast.parse(path.read_text("utf-8"))
    (call,) = [node.value for node in tree.body if isinstance(node, ast.Assign)
               and [t.id for t in node.targets if isinstance(t, ast.Name)] == ["ffi"]]
    return {keyword.arg: ast.literal_eval(keyword.value) for keyword in call.keywords}


def _store(entry: Path, key: str, arguments: dict) -> None:
    payload = marshal.dumps((key, arguments))
    store_whole(entry, hashlib.sha256(payload).digest() + payload)


@contextlib.contextmanager
def cached_declarations() -> Iterator[None]:
    """While active, `cffi.FFI()` (with no argument, as WeasyPrint calls it) returns a
    `CachedFFI`; an FFI asked for with another backend is cffi's own."""
    def make(*args, **kwargs):
        return CachedFFI() if not args and not kwargs else _STANDARD_FFI(*args, **kwargs)

    cffi.FFI = make
    try:
        yield
    finally:
        cffi.FFI = _STANDARD_FFI
