"""WeasyPrint's import: its libraries found from one reading of the loader cache, the same
libraries the standard lookup finds, and the standard lookup again when that fails."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from communique.writers.libraries import find_library, read_loader_cache

SRC = Path(__file__).resolve().parents[2] / "src"

pytestmark = pytest.mark.skipif(read_loader_cache() is None,
                                reason="no ldconfig loader cache on this system")


def _python(code: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(SRC) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=env, timeout=120, check=False)


def test_every_name_weasyprint_asks_for_gets_the_standard_answer():
    # The names WeasyPrint tries, with what ctypes' own lookup answers for each.
    done = _python(
        "import ctypes.util, json\n"
        "standard, asked = ctypes.util.find_library, {}\n"
        "ctypes.util.find_library = lambda n: asked.setdefault(n, standard(n))\n"
        "import weasyprint\n"
        "print(json.dumps(asked))\n")
    assert done.returncode == 0, done.stderr
    asked = json.loads(done.stdout)
    assert len(asked) >= 7  # gobject, pango, harfbuzz, fontconfig, pangoft2 and more
    assert any(answer is None for answer in asked.values())  # the misses were slow ones
    listing = read_loader_cache()
    assert {name: find_library(name, listing) for name in asked} == asked


def test_the_import_runs_ldconfig_once_and_never_the_compiler():
    done = _python(
        "import subprocess, json\n"
        "ran, standard = [], subprocess.Popen.__init__\n"
        "def spy(self, args, *a, **k):\n"
        "    ran.append(args[0] if isinstance(args, (list, tuple)) else args)\n"
        "    standard(self, args, *a, **k)\n"
        "subprocess.Popen.__init__ = spy\n"
        "from communique.writers.libraries import import_weasyprint\n"
        "import_weasyprint()\n"
        "import weasyprint.text.ffi as ffi\n"
        "assert ffi.pango is not None\n"
        "print(json.dumps(ran))\n")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.splitlines()[-1]) == ["/sbin/ldconfig"]


def test_a_library_the_cache_does_not_list_is_looked_up_the_standard_way():
    # An empty listing: the quick import cannot open Pango and gives way, silently.
    done = _python(
        "import sys\n"
        "from communique.writers import libraries\n"
        "libraries.read_loader_cache = lambda: b''\n"
        "libraries.import_weasyprint()\n"
        "import weasyprint.text.ffi as ffi\n"
        "assert ffi.pango is not None and 'weasyprint' in sys.modules\n"
        "import weasyprint\n"
        "assert weasyprint.HTML(string='<p>x</p>').write_pdf().startswith(b'%PDF')\n")
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""  # WeasyPrint's installation advice was not printed


def test_ld_library_path_is_searched_as_the_linker_would(tmp_path, monkeypatch):
    (tmp_path / "libexample-1.0.so.0").write_bytes(b"")
    monkeypatch.setenv("LD_LIBRARY_PATH", str(tmp_path))
    assert find_library("example-1.0", b"") == str(tmp_path / "libexample-1.0.so.0")
    assert find_library("absent-2.0", b"") is None
