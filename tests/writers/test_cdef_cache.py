"""WeasyPrint's C declarations from the cache: the same PDFs, to the byte, as when cffi
parses them; and every damaged or foreign entry parsed again rather than used."""

from __future__ import annotations

import ctypes.util
import json
import os
import subprocess
import sys
from pathlib import Path

import cffi
import pytest

from communique.writers import cdef_cache
from communique.writers.cdef_cache import CachedFFI, cached_declarations, declared

SRC = Path(__file__).resolve().parents[2] / "src"
ROOT = Path(__file__).resolve().parents[2]

DECLARATIONS = """
    typedef struct { int x; double y; } point_t;
    typedef enum { RED, GREEN = 5 } colour_t;
    int abs(int);
    size_t strlen(const char *);
"""

# Renders the example release in French, English and Arabic; prints the PDFs' hex digests
# and which kind of FFI WeasyPrint was given.
_RENDER = """
import hashlib, json, sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from tests.conftest import rendered_as_approved
from communique.packs.manifest import load_institution, load_pack
from communique.read.release import read_release
from communique.writers.pdf import render_pdf
root = Path(sys.argv[1])
folder = root / "releases" / "maroc-vice-presidence-interpol"
digests = {}
with rendered_as_approved():
    for name in ("release.md", "release.en.md", "release.ar.md"):
        release = read_release(folder / name, root).release
        pdf = render_pdf(release, load_pack(root, "communique"), load_institution(root, "dgsn"))
        digests[release.language] = hashlib.sha256(pdf).hexdigest()
import weasyprint.text.ffi as ffi
print(json.dumps({"digests": digests, "ffi": type(ffi.ffi._ffi).__module__,
                  "pycparser": "pycparser" in sys.modules}))
"""


def _render_in_a_fresh_process(cache: Path) -> dict:
    env = dict(os.environ, COMMUNIQUE_CACHE_DIR=str(cache),
               PYTHONPATH=str(SRC) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    done = subprocess.run([sys.executable, "-c", _RENDER, str(ROOT)], capture_output=True,
                          text=True, env=env, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[-1])


def test_pdfs_are_the_same_bytes_with_the_declarations_parsed_or_cached(tmp_path):
    parsed = _render_in_a_fresh_process(tmp_path)  # nothing cached yet: cffi parses
    assert parsed["ffi"] == "cffi.api" and parsed["pycparser"]
    assert list((tmp_path / "cdef").glob("*.marshal"))
    cached = _render_in_a_fresh_process(tmp_path)
    assert cached["ffi"] == "_cffi_backend" and not cached["pycparser"]
    assert sorted(cached["digests"]) == ["ar", "en", "fr"]
    assert cached["digests"] == parsed["digests"]


def _entries(cache: Path) -> list[Path]:
    return sorted((cache / "cdef").glob("*.marshal"))


@pytest.fixture
def cache(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("COMMUNIQUE_CACHE_DIR", str(tmp_path))
    return tmp_path


class _Point(ctypes.Structure):
    _fields_ = [("x", ctypes.c_int), ("y", ctypes.c_double)]


def _works(ffi) -> None:
    libc = ffi.dlopen(None)
    assert libc.abs(-3) == 3
    assert libc.strlen(b"press") == 5
    point = ffi.new("point_t *")
    assert (point.x, point.y) == (0, 0.0)
    assert ffi.sizeof("point_t") == ctypes.sizeof(_Point)
    assert libc.GREEN == 5


def test_the_first_process_parses_and_keeps_the_declarations_the_next_reads_them(cache):
    first = declared(DECLARATIONS)
    assert isinstance(first, cdef_cache._STANDARD_FFI)  # parsed by cffi
    _works(first)
    (entry,) = _entries(cache)
    second = declared(DECLARATIONS)
    assert type(second).__module__ == "_cffi_backend"  # built from the entry
    _works(second)
    assert second.sizeof("point_t") == first.sizeof("point_t")
    assert _entries(cache) == [entry]


def test_edited_declarations_are_another_entry(cache):
    declared(DECLARATIONS)
    edited = DECLARATIONS + "    long labs(long);\n"
    parsed = declared(edited)
    assert isinstance(parsed, cdef_cache._STANDARD_FFI)  # not the other text's entry
    assert len(_entries(cache)) == 2
    assert declared(edited).dlopen(None).labs(-7) == 7


@pytest.mark.parametrize("damage", [
    lambda data: data[: len(data) // 2],  # truncated
    lambda data: data[:40] + bytes([data[40] ^ 0xFF]) + data[41:],  # one byte changed
    lambda data: b"",  # empty
    lambda data: b"not an entry at all",
])
def test_a_damaged_entry_is_parsed_again_and_written_whole(cache, damage):
    declared(DECLARATIONS)
    (entry,) = _entries(cache)
    good = entry.read_bytes()
    entry.write_bytes(damage(good))
    again = declared(DECLARATIONS)
    assert isinstance(again, cdef_cache._STANDARD_FFI)  # the damaged bytes were not used
    _works(again)
    assert entry.read_bytes() == good


def test_an_entry_under_another_key_is_not_used(cache):
    declared(DECLARATIONS)
    (entry,) = _entries(cache)
    other = declared(DECLARATIONS + "    int rand(void);\n")
    assert other is not None
    # The other text's entry renamed to this text's key: its stored key gives it away.
    (foreign,) = [e for e in _entries(cache) if e != entry]
    foreign.replace(entry)
    assert isinstance(declared(DECLARATIONS), cdef_cache._STANDARD_FFI)


def test_an_unwritable_cache_only_means_parsing(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("COMMUNIQUE_CACHE_DIR", str(blocker))
    _works(declared(DECLARATIONS))
    _works(declared(DECLARATIONS))


def test_weasyprint_is_given_a_cached_ffi_and_cffi_is_restored_after(cache):
    standard = cffi.FFI
    with cached_declarations():
        ffi = cffi.FFI()
        assert isinstance(ffi, CachedFFI)
        own = cffi.FFI(backend=None)  # asked for a backend: cffi's own
        assert isinstance(own, standard)
        ffi.cdef(DECLARATIONS)
    assert cffi.FFI is standard
    _works(ffi)
    with pytest.raises(TypeError):
        ffi.cdef("int rand(void);")


def test_bare_library_names_are_looked_up_as_in_line_mode_does(cache, monkeypatch):
    # Out-of-line dlopen takes a file name only; WeasyPrint asks for 'pango-1.0' and the
    # like, which in-line mode resolves with ctypes.util.find_library.
    libm = ctypes.util.find_library("m")
    if libm is None:
        pytest.skip("no libm to open")
    declared(DECLARATIONS)
    with cached_declarations():
        ffi = cffi.FFI()
        ffi.cdef(DECLARATIONS)
    assert type(ffi._ffi).__module__ == "_cffi_backend"
    with pytest.raises(OSError):
        ffi._ffi.dlopen("m")
    asked = []
    monkeypatch.setattr(ctypes.util, "find_library",
                        lambda name: asked.append(name) or {"m": libm}.get(name))
    assert ffi.dlopen("m") is not None
    assert asked == ["m"]
    with pytest.raises(OSError, match="find_library"):
        ffi.dlopen("no-such-library-anywhere")
