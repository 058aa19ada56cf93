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
    if "no_title" in p.expect and p.expect["no_title"].lower() in got[name]:
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


NEW_CONSTRUCTION = """\
patterns:
  - id: fr-appointment-promu
    slot: appointment_verb
    forms: ['promue?']
    example: "Karim Tazi a été promu directeur général de l'Office national des pêches."
    expect: {person: Karim Tazi, title: directeur général de l'office national des pêches}
"""


def test_a_newcomer_adds_a_title_construction_with_a_pattern_and_its_example(tmp_path):
    """« X a été promu Y »: one YAML entry (id, slot, forms, example, expect), no Python."""
    folder = tmp_path / "patterns"
    (folder / "fr").mkdir(parents=True)
    (folder / "fr" / "promotion.yaml").write_text(NEW_CONSTRUCTION, "utf-8")
    with constructions.also_reading(folder):
        (pattern,) = [p for p in constructions.patterns("fr") if p.id == "fr-appointment-promu"]
        ok, got = _holds(pattern)
        assert ok, got
    ok, got = _holds(pattern)
    assert not ok, f"read without the new pattern too: {got}"


WORD_LISTS = [p for p in PATTERNS if p.file.endswith("/words.yaml")]


def test_the_word_lists_people_reads_are_data_with_their_examples():
    """Stop words, determiners, list-sharing and Arabic lists: patterns/<lang>/words.yaml."""
    slots = {p.slot for p in WORD_LISTS}
    assert {"determiner", "portfolio_continuation", "building_word", "title_abbreviation",
            "name_stop", "clause_word", "not_name_after_title", "name_end",
            "shared_plural_head", "not_shared_head", "respectively", "list_opener",
            "saint", "demonym_ending", "demonym_article", "conjunction", "name_conjunction",
            "ar_conjunction", "complement_of", "title_article", "indefinite_article",
            "ar_envoy_head", "ar_envoy_qualifier", "ar_after_envoy_stop", "ar_apposed_head",
            "ar_proclitic", "ar_as_clitic", "ar_nisba_ending", "ar_accusative_ending",
            "ar_serving_in", "ar_resident"} <= slots
