"""Each field rule fires on a defect injected into the example, and not on the example."""

import pytest

from communique.checks.engine import check_release_file
from communique.checks.rule import Selection


def codes(project, prefix):
    checked = check_release_file(project.root, project.release_file, Selection(select=(prefix,)))
    return [(d.code, d.location.line, d.message) for d in checked.diagnostics]


CASES = [
    # (code, old text, new text, line holding the new text)
    ("F001", "date: 2024-11-07\n", "date:\n", "date:"),
    ("F002", "date: 2024-11-07", "date: 2024-02-30", "date: 2024-02-30"),
    ("F002", "event_date: 2024-11-07", "event_date: 7/11/2024", "event_date:"),
    ("F003", "status: review", "status: review\nembargo: demain 18h", "embargo:"),
    ("F004", "  city: Glasgow\n", "", "venue:"),
    ("F005", "dateline: Rabat", "dateline:", "dateline:"),
    ("F006", "headline: Le Maroc élu vice-président d’Interpol pour l’Afrique", "headline:",
     "headline:"),
    ("F007", "    titles:\n      - Directeur général de la Sûreté nationale\n", "",
     "- name: Abdellatif Hammouchi"),
    ("F008", "people:", "people: \nnobody:", "people:"),
    ("F009", "status: review", "status: review\ndate_line: Rabat", "date_line:"),
    ("F010", "language: fr", "language: es", "language: es"),
    ("F011", "status: review", "status: ok", "status: ok"),
    ("F012", "status: review", "status: review\nquotes:\n  - text: Merci.\n    by: Hamouchi",
     "by: Hamouchi"),
]


@pytest.mark.parametrize("code", sorted({c[0] for c in CASES}))
def test_rule_is_quiet_on_the_clean_example(project, code):
    assert codes(project, code) == []


@pytest.mark.parametrize("code,old,new,needle", CASES, ids=[f"{c[0]}-{i}" for i, c in
                                                            enumerate(CASES)])
def test_rule_fires_on_its_defect_at_the_right_line(project, code, old, new, needle):
    project.edit(old, new)
    found = codes(project, code)
    assert found, f"{code} did not fire"
    assert found[0][1] == project.line_of(needle), found


def test_missing_venue_names_the_missing_part(project):
    project.edit("  country: Écosse\n", "")
    (code, _, message), = codes(project, "F004")
    assert "country" in message


def test_whole_venue_missing_is_one_problem(project):
    project.edit("venue:\n  event: Assemblée générale d’Interpol\n  city: Glasgow\n"
                 "  country: Écosse\n", "")
    assert len(codes(project, "F004")) == 1


def test_person_without_title_names_the_person(project):
    project.edit("    titles:\n      - Directeur général de la Sûreté nationale\n", "")
    (_, _, message), = codes(project, "F007")
    assert "Abdellatif Hammouchi" in message
