"""`kill -9` at any moment of a build never leaves a partial PDF or DOCX at an output path."""

import random
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[1]


def assert_whole_or_absent(folder: Path) -> int:
    whole = 0
    for path in folder.glob("*.pdf"):
        assert len(PdfReader(path).pages) >= 1, path
        whole += 1
    for path in folder.glob("*.docx"):
        with zipfile.ZipFile(path) as archive:
            assert archive.testzip() is None, path
            assert "word/document.xml" in archive.namelist()
        whole += 1
    return whole


def test_killed_builds_leave_whole_files_or_none(project):
    shutil.copy(ROOT / "tasks.py", project.root / "tasks.py")
    for version in project.release_file.parent.glob("release.*.md"):
        version.unlink()  # one release file: a build short enough to be caught finishing
    out = project.root / "build" / "maroc-vice-presidence-interpol"
    rng = random.Random(7)
    seen_whole = 0
    for _ in range(8):
        shutil.rmtree(project.root / "build", ignore_errors=True) if rng.random() < 0.3 else None
        proc = subprocess.Popen([sys.executable, "-m", "invoke", "build"], cwd=project.root,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                start_new_session=True)
        time.sleep(rng.uniform(0.2, 2.5))
        try:
            proc.send_signal(signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.wait()
        if out.exists():
            seen_whole += assert_whole_or_absent(out)
    assert seen_whole > 0  # some kills came late enough to find finished outputs
