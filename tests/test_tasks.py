"""The Invoke layer: task list, exit codes, and no traceback on bad input."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
INV = [sys.executable, "-m", "invoke"]


@pytest.fixture
def tasks_project(project):
    shutil.copy(ROOT / "tasks.py", project.root / "tasks.py")
    return project


def inv(project, *args):
    return subprocess.run([*INV, *args], cwd=project.root, capture_output=True, text=True,
                          timeout=120)


def test_task_list_has_help(tasks_project):
    listing = inv(tasks_project, "--list").stdout
    for name in ("new", "check", "build", "list", "templates", "rules", "clean"):
        assert f"  {name} " in listing or f"  {name}\n" in listing, name


def test_exit_codes(tasks_project):
    assert inv(tasks_project, "check").returncode == 0
    tasks_project.edit("  city: Glasgow\n", "")
    failed = inv(tasks_project, "check")
    assert failed.returncode == 1 and "F004" in failed.stdout
    usage = inv(tasks_project, "check", "--release", "nope")
    assert usage.returncode == 2
    for result in (failed, usage):
        assert "Traceback" not in result.stdout + result.stderr
