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


def date_table(name: str) -> list[dict]:
    """The cases of an invented date table (fixtures/press_dates*.yaml)."""
    from ruamel.yaml import YAML

    return YAML(typ="safe").load((FIXTURES / name).read_text("utf-8"))["cases"]


def _day(value) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(str(value))


def check_date_case(case: dict) -> None:
    """Read one table case through the whole extractor; compare the date and whether it is
    flagged for a reviewer (the keys are explained at the top of each table)."""
    r = extract_article(case["text"], case["language"], reference_date=_day(case["ref"]))
    got, want = _day(r.date), _day(case["want"])
    if case.get("any_year"):
        assert got is not None and (got.month, got.day) == (want.month, want.day), r.warnings
    else:
        assert got == want, r.warnings
    if "confirm" in case:
        assert ("date" in r.uncertain) == case["confirm"], r.warnings
