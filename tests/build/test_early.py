"""The renderers started by tasks.py when the command line asks for a build: the build
takes them; a build that needs none kills them at once."""

from __future__ import annotations

import io
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from communique import api
from communique.build import early, isolate

ROOT = Path(__file__).resolve().parents[2]
SLUG = "maroc-vice-presidence-interpol"


@pytest.fixture
def project(tmp_path) -> Path:
    root = tmp_path / "project"
    shutil.copytree(ROOT / "templates", root / "templates")
    shutil.copytree(ROOT / "releases" / SLUG, root / "releases" / SLUG)
    for other in (root / "releases" / SLUG).glob("release.*.md"):
        other.unlink()
    shutil.copy(ROOT / "pyproject.toml", root / "pyproject.toml")
    return root


@pytest.fixture(autouse=True)
def _nothing_left_started():
    yield
    early.discard()
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM})  # as api.guarded does


def _build(root: Path) -> int:
    out, err = io.StringIO(), io.StringIO()
    code = api.build(root, [], out=out, err=err)
    assert code == 0, err.getvalue()
    return code


@pytest.mark.parametrize("argv", [["inv"], ["inv", "check"], ["inv", "--list"],
                                  ["inv", "--help", "build"]])
def test_only_a_build_starts_the_renderers(argv):
    early.start_for(argv)
    assert early.take() is None


def test_the_build_takes_the_renderers_started_for_it(project, monkeypatch):
    early.start_for(["inv", "build"])
    started = early._pool
    assert started is not None and started._warm.is_alive()
    made = []
    real = isolate.RenderPool.__init__
    monkeypatch.setattr(isolate.RenderPool, "__init__",
                        lambda self, *a, **k: made.append(1) or real(self, *a, **k))
    _build(project)
    assert made == []  # no second pool: the early one rendered
    assert started.renders == 2 and started._warm is None  # and was closed after
    assert (project / "build" / SLUG / f"{SLUG}.fr.pdf").is_file()


def test_a_build_with_nothing_to_render_stops_them_at_once(project):
    _build(project)
    early.start_for(["inv", "build"])
    warm = early._pool._warm
    _build(project)  # up to date
    assert early.take() is None
    assert not warm.is_alive()


def test_a_build_refused_stops_them_too(project):
    early.start_for(["inv", "build"])
    warm = early._pool._warm
    err = io.StringIO()
    code = api.build(project, ["no-such-release"], out=io.StringIO(), err=err)
    assert code != 0
    assert early.take() is None and not warm.is_alive()


# --- ending the process at once -----------------------------------------------------------

_EXIT = """
import atexit, sys, threading, time
from communique import api
atexit.register(lambda: print("teardown ran", flush=True))
if sys.argv[1] == "thread":
    threading.Thread(target=time.sleep, args=(0.2,)).start()
sys.stdout.write("half a line, buffered")
api.exit_at_once(int(sys.argv[2]))
print(" ... exit_at_once returned")
sys.exit(int(sys.argv[2]))
"""


def _exit(mode: str, code: int) -> subprocess.CompletedProcess:
    env = {"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"}
    return subprocess.run([sys.executable, "-c", _EXIT, mode, str(code)],
                          capture_output=True, text=True, env=env, timeout=60, check=False)


@pytest.mark.parametrize("code", [0, 1])
def test_a_finished_command_ends_without_teardown_its_output_flushed(code):
    done = _exit("alone", code)
    assert done.returncode == code
    assert done.stdout == "half a line, buffered"  # flushed; no atexit, no teardown


def test_with_another_thread_running_the_exit_is_the_normal_one():
    done = _exit("thread", 1)
    assert done.returncode == 1
    assert "exit_at_once returned" in done.stdout and "teardown ran" in done.stdout
