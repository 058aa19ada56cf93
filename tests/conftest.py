"""Shared fixtures: a throw-away copy of the project with the example release."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = "maroc-vice-presidence-interpol"
# What a press office writes in place of the example institution's placeholder details.
OWN_DETAILS = {
    "Avenue de l’Exemple": "Avenue Mohammed VI",
    "شارع المثال": "شارع محمد السادس",
    "https://www.example.ma": "https://www.dgsn.gov.ma",
    "+212 5 37 00 00 00": "+212 5 37 72 34 10",
    "presse@example.ma": "presse@dgsn.gov.ma",
}


class Project:
    """A copy of templates/, the example release and pyproject.toml in a temp folder."""

    def __init__(self, root: Path):
        self.root = root

    @property
    def release_file(self) -> Path:
        return self.root / "releases" / EXAMPLE / "release.md"

    def edit(self, old: str, new: str, count: int = 1) -> None:
        """Replace text in the example release file; fail loudly if `old` is not there."""
        text = self.release_file.read_text(encoding="utf-8")
        assert old in text, f"{old!r} not in the example release"
        self.release_file.write_text(text.replace(old, new, count), encoding="utf-8")

    def fill_institution(self) -> None:
        """Write the press office's own details over the example institution's placeholders
        (W003 warns about them), as a press office does before publishing."""
        path = self.root / "templates" / "institutions" / "dgsn" / "institution.yaml"
        text = path.read_text(encoding="utf-8")
        for old, new in OWN_DETAILS.items():
            assert old in text, old
            text = text.replace(old, new)
        path.write_text(text, encoding="utf-8")

    def line_of(self, needle: str) -> int:
        for number, line in enumerate(self.release_file.read_text("utf-8").splitlines(), 1):
            if needle in line:
                return number
        raise AssertionError(f"{needle!r} not found")


@pytest.fixture
def project(tmp_path: Path) -> Project:
    shutil.copytree(ROOT / "templates", tmp_path / "templates")
    shutil.copytree(ROOT / "releases" / EXAMPLE, tmp_path / "releases" / EXAMPLE)
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    return Project(tmp_path)


def pytest_addoption(parser):
    parser.addoption("--accept", action="store_true", default=False,
                     help="rewrite the rule fixtures' report snapshots "
                          "(tests/checks/fixtures/<CODE>/snapshot.*) from what the checks "
                          "print now; review them in the diff")


@pytest.fixture
def accept(request) -> bool:
    return request.config.getoption("--accept")
