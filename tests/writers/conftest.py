"""Fixtures for the writer tests: the example release, its pack and institution."""

from __future__ import annotations

from pathlib import Path

import pytest

from communique.packs.manifest import load_institution, load_pack
from communique.read.release import read_release
from tests.conftest import rendered_as_approved

ROOT = Path(__file__).parents[2]
EXAMPLE = ROOT / "releases" / "maroc-vice-presidence-interpol" / "release.md"


@pytest.fixture(scope="module", autouse=True)
def _as_approved():
    with rendered_as_approved():
        yield


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def release():
    result = read_release(EXAMPLE, ROOT)
    assert result.release is not None, result.diagnostics
    return result.release


@pytest.fixture(scope="session")
def pack():
    return load_pack(ROOT, "communique")


@pytest.fixture(scope="session")
def institution():
    return load_institution(ROOT, "dgsn")

