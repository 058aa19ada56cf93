"""Shared fixtures: a throw-away copy of the project with the example release."""

from __future__ import annotations

import contextlib
import re
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = "maroc-vice-presidence-interpol"
# What a press office writes in place of the example institution's placeholder details.
OWN_DETAILS = {
    r"Avenue de l['’]Exemple": "Avenue Mohammed VI",
    "شارع المثال": "شارع محمد السادس",
    "https://www.example.ma": "https://www.dgsn.gov.ma",
    "+212 5 37 00 00 00": "+212 5 37 72 34 10",
    "presse@example.ma": "presse@dgsn.gov.ma",
}


@pytest.fixture(scope="session", autouse=True)
def _session_cache(tmp_path_factory):
    """The extractor's parsed data files are cached in this session's folder, not the user's
    (``COMMUNIQUE_CACHE_DIR``, read by communique.extract.reference)."""
    patch = pytest.MonkeyPatch()
    patch.setenv("COMMUNIQUE_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    yield
    patch.undo()


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
            text, count = re.subn(old if old.startswith("Avenue") else re.escape(old), new,
                                  text)
            assert count, old
        path.write_text(text, encoding="utf-8")

    def line_of(self, needle: str) -> int:
        for number, line in enumerate(self.release_file.read_text("utf-8").splitlines(), 1):
            if needle in line:
                return number
        raise AssertionError(f"{needle!r} not found")


@pytest.fixture
def shipped_project(tmp_path: Path) -> Project:
    """The project as shipped, the example institution's placeholder contacts included."""
    shutil.copytree(ROOT / "templates", tmp_path / "templates")
    shutil.copytree(ROOT / "releases" / EXAMPLE, tmp_path / "releases" / EXAMPLE)
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    return Project(tmp_path)


@pytest.fixture
def project(shipped_project: Project) -> Project:
    """The project with the institution's own contact details, as a press office has it
    (the shipped ones are placeholders that W003 reports for every release)."""
    shipped_project.fill_institution()
    return shipped_project


def pytest_addoption(parser):
    parser.addoption("--accept", action="store_true", default=False,
                     help="rewrite the rule fixtures' report snapshots "
                          "(tests/checks/fixtures/<CODE>/snapshot.*) from what the checks "
                          "print now; review them in the diff")


@pytest.fixture
def accept(request) -> bool:
    return request.config.getoption("--accept")


@contextlib.contextmanager
def rendered_as_approved():
    """Render releases as an approved release looks: no draft mark.

    The example releases ship for review, so their builds carry the draft mark; the writer
    and visual tests are about the house look of what goes out. The mark itself, and when
    it is left out, is tested in tests/publish/.
    """
    from communique.packs import render_context
    from communique.read.approval_record import Approval

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(render_context, "approval_in_force",
                      lambda release: Approval("test", "", "sha256:test"))
        yield
