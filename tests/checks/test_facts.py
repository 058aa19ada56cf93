"""Fact rules (A…): the release against its source article."""

import pytest

from communique.checks.engine import check_release_file
from communique.checks.rule import Selection


def found(project, prefix):
    checked = check_release_file(project.root, project.release_file, Selection(select=(prefix,)))
    return checked.diagnostics


CASES = [
    ("A001", "délégués de 96 pays membres, traduit", "délégués de 196 pays membres, traduit",
     "196 pays membres, traduit"),
    ("A002", "- name: Abdellatif Hammouchi", "- name: Abdelatif Hammouchi", "- name: Abdelatif"),
    ("A002", "M. Abdellatif Hammouchi, a pris", "M. Karim Alaoui, a pris", "Karim Alaoui"),
    ("A003", "ce jeudi 7 novembre", "ce vendredi 8 novembre", "vendredi 8"),
    ("A003", "event_date: 2024-11-07", "event_date: 2024-11-05", "event_date:"),
    ("A004", "      - directeur de la police judiciaire",
     "      - directeur de la police scientifique",
     "- directeur de la police scientifique"),
]


@pytest.mark.parametrize("code", sorted({c[0] for c in CASES}))
def test_quiet_on_the_clean_example(project, code):
    assert found(project, code) == []


@pytest.mark.parametrize("code,old,new,needle", CASES, ids=[f"{c[0]}-{i}" for i, c in
                                                            enumerate(CASES)])
def test_fires_at_the_right_line(project, code, old, new, needle):
    project.edit(old, new)
    diagnostics = found(project, code)
    assert diagnostics, f"{code} did not fire"
    assert diagnostics[0].location.line == project.line_of(needle)


def test_changed_number_names_the_article_number(project):
    project.edit("délégués de 96 pays membres, traduit", "délégués de 196 pays membres, traduit")
    (d,) = found(project, "A001")
    assert "196" in d.message and "96" in d.fix


def test_release_year_is_not_a_fact_to_trace(project):
    project.edit("ce jeudi 7 novembre,", "ce jeudi 7 novembre 2024,")
    assert found(project, "A") == []


def test_no_article_no_fact_check(project):
    (project.root / "releases" / project.release_file.parent.name / "article.txt").unlink()
    project.edit("délégués de 96 pays", "délégués de 196 pays")
    assert found(project, "A") == []
