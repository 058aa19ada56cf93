"""kill -9 during a publish never leaves a partial version; two publishes at once end with
one version and a clear message for the other."""

from __future__ import annotations

import hashlib
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from communique import api

from .conftest import SLUG, run

PUBLISH = [sys.executable, "-m", "invoke", "publish", "--release", SLUG]


def _approved_single_language(project) -> None:
    for version in project.release_file.parent.glob("release.*.md"):
        version.unlink()  # one language: a publish short enough to be caught finishing
    assert run(api.approve, project.root, SLUG, "Nadia Bennani")[0] == 0


def _assert_whole(version_dir: Path) -> None:
    manifest = json.loads((version_dir / "manifest.json").read_text("utf-8"))
    names = {e["name"] for e in manifest["files"]} | {"manifest.json", "SHA256SUMS",
                                                      manifest["zip"]}
    assert {p.name for p in version_dir.iterdir()} == names
    for line in (version_dir / "SHA256SUMS").read_text().splitlines():
        digest, name = line.split("  ", 1)
        assert hashlib.sha256((version_dir / name).read_bytes()).hexdigest() == digest, name


def test_killed_publishes_leave_whole_versions_or_none(publishable):
    _approved_single_language(publishable)
    archive = publishable.root / "build" / "published" / SLUG
    rng = random.Random(11)
    for _ in range(6):
        proc = subprocess.Popen(PUBLISH, cwd=publishable.root, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL, start_new_session=True)
        time.sleep(rng.uniform(0.5, 9.0))
        try:
            os.killpg(proc.pid, signal.SIGKILL)  # the render children too
        except ProcessLookupError:
            pass
        proc.wait()
        if archive.is_dir():
            for version_dir in archive.glob("v*"):
                _assert_whole(version_dir)
    # Whatever the kills left, the next publish finishes the job: one version, recorded,
    # no staging folder left behind.
    finished = subprocess.run(PUBLISH, cwd=publishable.root, capture_output=True, text=True)
    assert finished.returncode == 0, finished.stderr
    assert [p.name for p in archive.iterdir()] == ["v1"]
    _assert_whole(archive / "v1")
    assert run(api.verify_published, publishable.root)[0] == 0


def test_two_publishes_at_once_make_one_version(publishable):
    _approved_single_language(publishable)
    env = {**os.environ, "COMMUNIQUE_LOCK_WAIT": "300"}
    procs = [subprocess.Popen(PUBLISH, cwd=publishable.root, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, env=env) for _ in range(2)]
    outputs = [p.communicate() for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outputs
    said = sorted(out for out, _ in outputs)
    assert "nothing changed: version 1" in said[0] and said[1].startswith("published")
    assert any("waiting for `inv publish`" in err for _, err in outputs)
    archive = publishable.root / "build" / "published" / SLUG
    assert [p.name for p in archive.iterdir()] == ["v1"]
    ledger = (publishable.release_file.parent / "published.yaml").read_text("utf-8")
    assert ledger.count("- version:") == 1


def test_a_publish_that_cannot_wait_says_who_holds_the_project(publishable):
    from communique.lock import project_lock

    _approved_single_language(publishable)
    env = {**os.environ, "COMMUNIQUE_LOCK_WAIT": "0"}
    with project_lock(publishable.root, "build"):
        busy = subprocess.run(PUBLISH, cwd=publishable.root, capture_output=True, text=True,
                              env=env)
    assert busy.returncode == 1 and "`inv build`" in busy.stderr
    assert "nothing was done" in busy.stderr
    assert not (publishable.root / "build" / "published").exists()
