"""Publishing fixtures: the example project with the institution's own details filled in."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SLUG = "maroc-vice-presidence-interpol"
# What a press office writes in place of the shipped example details (W003 placeholders).
OWN_DETAILS = {
    "Avenue de l’Exemple": "Avenue Mohammed VI",
    "شارع المثال": "شارع محمد السادس",
    "https://www.example.ma": "https://www.dgsn.gov.ma",
    "+212 5 37 00 00 00": "+212 5 37 72 34 10",
    "presse@example.ma": "presse@dgsn.gov.ma",
}


def fill_institution(root: Path) -> None:
    path = root / "templates" / "institutions" / "dgsn" / "institution.yaml"
    text = path.read_text(encoding="utf-8")
    for old, new in OWN_DETAILS.items():
        assert old in text, old
        text = text.replace(old, new)
    path.write_text(text, encoding="utf-8")


def run(function, *args, **kwargs) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = function(*args, out=out, err=err, **kwargs)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def publishable(project):
    """The example, draft, with the institution's details filled in and tasks.py beside."""
    fill_institution(project.root)
    project.edit("status: approved", "status: draft")
    shutil.copy(ROOT / "tasks.py", project.root / "tasks.py")
    return project
