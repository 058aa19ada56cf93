"""Publishing fixtures: the example project with the institution's own details filled in."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest

from tests.conftest import Project

ROOT = Path(__file__).resolve().parents[2]
SLUG = "maroc-vice-presidence-interpol"


def fill_institution(root: Path) -> None:
    Project(root).fill_institution()


def run(function, *args, **kwargs) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = function(*args, out=out, err=err, **kwargs)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def publishable(project):
    """The example, draft, with the institution's details filled in and tasks.py beside."""
    project.edit("status: review", "status: draft")
    shutil.copy(ROOT / "tasks.py", project.root / "tasks.py")
    return project
