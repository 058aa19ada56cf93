"""Every construction pattern (extract/patterns/<language>/*.yaml) is proved by its example:
the extractor reads the expected person and title there, and does not without the pattern."""

from __future__ import annotations

import datetime as dt

import pytest

from communique.extract import constructions, extract_article
from communique.extract.constructions import ConstructionError, all_patterns

TODAY = dt.date(2026, 11, 29)
PATTERNS = all_patterns()


def _holds(p: constructions.Pattern) -> tuple[bool, dict[str, list[str]]]:
    got = {person.name: [t.lower() for t in person.titles]
           for person in extract_article(p.example, p.language, reference_date=TODAY).people}
    if "not_person" in p.expect:
        return p.expect["not_person"] not in got, got
    name = p.expect["person"]
    if name not in got:
        return False, got
    return ("title" not in p.expect or p.expect["title"].lower() in got[name]), got


def test_there_are_patterns_for_every_language():
    assert {p.language for p in PATTERNS} == set(constructions.LANGUAGES)


@pytest.mark.parametrize("pattern", PATTERNS, ids=[p.id for p in PATTERNS])
def test_pattern_example_reads_as_expected(pattern):
    ok, got = _holds(pattern)
    assert ok, f"{pattern.file} {pattern.id}: expected {pattern.expect}, read {got}"


@pytest.mark.parametrize("pattern", PATTERNS, ids=[p.id for p in PATTERNS])
def test_pattern_is_what_makes_its_example_work(pattern):
    with constructions.without(pattern.id):
        ok, got = _holds(pattern)
    assert not ok, (f"{pattern.file} {pattern.id}: the example reads the same without the "
                    f"pattern ({got}); give it an example that needs it")


def test_a_malformed_pattern_file_is_named_with_its_entry_and_field(tmp_path, monkeypatch):
    bad = tmp_path / "bad.yaml"
    bad.write_text("patterns:\n  - id: fr-x\n    slot: role_intro\n    forms: ['(']\n"
                   "    example: x\n    expect: {person: X}\n", "utf-8")
    with pytest.raises(ConstructionError) as err:
        constructions._read(bad, "fr")  # noqa: SLF001 - the reader is what is under test
    assert "extract/patterns/fr/bad.yaml, pattern 1 (fr-x)" in str(err.value)
    assert "not a valid pattern" in str(err.value)
    bad.write_text("patterns:\n  - id: fr-y\n    slot: role_intro\n    forms: [a]\n"
                   "    expect: {person: X}\n", "utf-8")
    with pytest.raises(ConstructionError, match="field 'example' is missing"):
        constructions._read(bad, "fr")  # noqa: SLF001
