import pytest

from communique.checks.engine import check_release_file
from communique.checks.rule import Selection


def found(project, code):
    checked = check_release_file(project.root, project.release_file, Selection(select=(code,)))
    return checked.diagnostics


@pytest.mark.parametrize("code", ["S001", "S002"])
def test_quiet_on_the_example(project, code):
    assert found(project, code) == []


@pytest.mark.parametrize("hidden", ["\u200b", "\u202e", "\u2066", "\u00ad"])
def test_hidden_characters_in_a_name(project, hidden):
    project.edit("name: Mohamed Dkhissi", f"name: Moha{hidden}med Dkhissi")
    (d,) = found(project, "S001")
    assert d.location.line == project.line_of("name: Moha")
    assert f"U+{ord(hidden):04X}" in d.message and "people[0].name" in d.message


def test_homoglyph_in_a_venue(project):
    project.edit("city: Glasgow", "city: Glаsgow")  # Cyrillic а
    (d,) = found(project, "S002")
    assert "Cyrillic and Latin" in d.message


def test_arabic_and_latin_words_side_by_side_are_fine(project):
    project.edit("city: Glasgow", "city: Glasgow غلاسكو")
    assert found(project, "S002") == []
