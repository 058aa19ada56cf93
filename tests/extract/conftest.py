from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from communique.extract import extract_article

FIXTURES = Path(__file__).parent / "fixtures"
DEVSET = Path(__file__).parent / "sets" / "development" / "core"
TODAY = dt.date(2026, 11, 29)


@pytest.fixture(scope="session")
def french_nlp():
    """Load spaCy once per test session."""
    from communique.extract import nlp

    return nlp.french_pipeline()


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (FIXTURES / "interpol-vice-presidence.fr.txt").read_text("utf-8")


@pytest.fixture(scope="session")
def seed(french_nlp, seed_text):
    return extract_article(seed_text, reference_date=TODAY)
