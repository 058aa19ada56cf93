"""Signals and closed pipes: SIGTERM stops a build like Ctrl-C (one line, exit 143,
render children stopped, nothing half-written, no traceback from any process); a closed
output pipe changes neither what is built nor what is said."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def children_of(pid: int) -> list[int]:
    """The forked render children of `pid` (same command line; not helper programs)."""
    found = []
    command = Path(f"/proc/{pid}/cmdline").read_bytes()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parent = (entry / "stat").read_text().rsplit(")", 1)[1].split()[1]
                if int(parent) == pid and (entry / "cmdline").read_bytes() == command:
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


def inv(root: Path, *args: str, **kwargs) -> subprocess.Popen:
    shutil.copy(ROOT / "tasks.py", root / "tasks.py")
    return subprocess.Popen([sys.executable, "-m", "invoke", *args], cwd=root,
                            text=True, **kwargs)


def test_sigterm_stops_a_build_with_one_line_and_exit_143(hostile):
    for version in (ROOT / "releases" / "maroc-vice-presidence-interpol").glob("release.*.md"):
        shutil.copy(version, hostile.release_file.parent / version.name)
    # A template slow to fill (seconds of work in each render child, nothing shown), so
    # that the signal lands while the children render.
    hostile.inject_template("{% for i in range(4000000) %}{% endfor %}")
    proc = inv(hostile.root, "build", stdout=subprocess.PIPE, stderr=subprocess.PIPE,
               start_new_session=True)
    deadline = time.monotonic() + 120
    workers: list[int] = []
    while not workers and time.monotonic() < deadline:
        assert proc.poll() is None, proc.communicate()
        workers = children_of(proc.pid)
        time.sleep(0.05)
    assert workers, "the build never started rendering"
    os.killpg(proc.pid, signal.SIGTERM)  # as a service manager or `timeout` would
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 143, err
    assert not [w for w in workers if Path(f"/proc/{w}").exists()], "a render child is left"
    # The check's warnings, then one line: nothing from the render children.
    assert err.splitlines()[-1] == "Stopped (SIGTERM): nothing half-written was left behind."
    assert err.count("Stopped") == 1 and "Traceback" not in err and "Error" not in err
    assert out == ""
    build = hostile.root / "build"
    assert not (build / "maroc-vice-presidence-interpol").exists()
    assert list((build / ".sets").iterdir()) == [] if (build / ".sets").exists() else True
    assert not list(build.rglob("*.part")) if build.exists() else True


def test_a_closed_output_pipe_changes_nothing_about_the_build(hostile):
    read, write = os.pipe()
    os.close(read)  # the reader has gone, as `| head -n 1` after its line
    try:
        proc = inv(hostile.root, "build", stdout=write, stderr=subprocess.PIPE)
    finally:
        os.close(write)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    assert "BrokenPipe" not in err and "unexpected error" not in err
    assert "Traceback" not in err and "Exception ignored" not in err
    assert sorted(p.name for p in hostile.output("pdf").parent.iterdir()
                  if p.suffix in (".pdf", ".docx")) == [
        "maroc-vice-presidence-interpol.fr.docx", "maroc-vice-presidence-interpol.fr.pdf"]


def test_a_closed_output_pipe_keeps_the_exit_status_of_a_refused_build(hostile):
    hostile.set_field("date", "2024-13-45")
    read, write = os.pipe()
    os.close(read)
    try:
        proc = inv(hostile.root, "build", stdout=write, stderr=subprocess.PIPE)
    finally:
        os.close(write)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 1 and "Nothing was built" in err
    assert "BrokenPipe" not in err and "unexpected error" not in err
