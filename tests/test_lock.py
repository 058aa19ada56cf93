"""The project lock's note names the command that holds it, and only while it holds it."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import time

import pytest

from communique import lock
from communique.lock import HOLDER_FILE, ProjectBusy, project_lock


def test_the_note_goes_with_the_lock(tmp_path):
    with project_lock(tmp_path, "approve"):
        assert json.loads((tmp_path / HOLDER_FILE).read_text("utf-8"))["command"] == "approve"
    assert not (tmp_path / HOLDER_FILE).exists()


def test_a_note_left_by_a_dead_command_names_nobody(tmp_path):
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    (tmp_path / HOLDER_FILE).write_text(json.dumps(
        {"command": "approve", "pid": gone.pid, "since": time.time()}), "utf-8")
    assert lock._holder(tmp_path) == "another communique command"  # noqa: SLF001


def test_a_waiting_command_names_the_holder(tmp_path):
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; from pathlib import Path; "
         "from communique.lock import project_lock\n"
         "with project_lock(Path(sys.argv[1]), 'publish'):\n"
         "    print('held', flush=True); time.sleep(30)", str(tmp_path)],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        err = io.StringIO()
        with pytest.raises(ProjectBusy, match="`inv publish`"):
            with project_lock(tmp_path, "build", wait_s=0.5, err=err):
                pass
        assert "waiting for `inv publish` (process" in err.getvalue()
    finally:
        holder.kill()
        holder.wait()
