"""Date rules (D…): each fires on a defect injected into the example, and not on the example."""

import pytest

from communique.api import check_release_file
from communique.checks.registry import Selection
from communique.checks.rules.dates import find_dates


def found(project, prefix):
    checked = check_release_file(project.root, project.release_file, Selection(select=(prefix,)))
    return checked.diagnostics


CASES = [
    # (code, old, new, text on the reported line)
    ("D001", "ce jeudi 7 novembre", "ce mercredi 7 novembre", "ce mercredi 7"),
    ("D002", "ce jeudi 7 novembre", "ce jeudi 31 novembre", "31 novembre"),
    ("D003", "date: 2024-11-07", "date: 2024-11-06", "date: 2024-11-06"),
    ("D004", "date: 2024-11-07", "date: 2024-12-20", "date: 2024-12-20"),
    ("D005", "status: approved", "status: approved\nembargo: 2024-11-12T18:00+01:00",
     "embargo:"),
    ("D006", "status: approved", "status: approved\nembargo: 2024-11-05T18:00+01:00",
     "embargo:"),
    ("D007", "status: approved", "status: approved\nembargo: 2024-11-07T18:00", "embargo:"),
    ("D008", "ce jeudi 7 novembre", "ce jeudi 7 novembre 2023", "novembre 2023"),
    ("D009", "ce jeudi 7 novembre", "ce vendredi 8 novembre", "vendredi 8"),
]


@pytest.mark.parametrize("code", sorted({c[0] for c in CASES}))
def test_quiet_on_the_clean_example(project, code):
    assert found(project, code) == []


@pytest.mark.parametrize("code,old,new,needle", CASES, ids=[c[0] for c in CASES])
def test_fires_at_the_right_line(project, code, old, new, needle):
    project.edit(old, new)
    diagnostics = found(project, code)
    assert diagnostics, f"{code} did not fire"
    assert diagnostics[0].location.line == project.line_of(needle)


def test_wrong_weekday_names_the_right_one_and_the_column(project):
    project.edit("ce jeudi 7 novembre", "ce mercredi 7 novembre")
    (d,) = found(project, "D001")
    line = project.release_file.read_text("utf-8").splitlines()[d.location.line - 1]
    assert line[d.location.column - 1:].startswith("mercredi")
    assert "« jeudi »" in d.fix and d.severity.name == "ERROR"


def test_weekday_in_english_and_arabic():
    english = find_dates("on Thursday, November 7, 2024 in Glasgow")[0]
    arabic = find_dates("يوم الخميس 7 نونبر 2024")[0]
    assert (english.day, english.month, english.year, english.weekday) == (7, 11, 2024, 3)
    assert (arabic.day, arabic.month, arabic.year, arabic.weekday) == (7, 11, 2024, 3)


def test_february_29_only_in_leap_years():
    assert find_dates("le 29 février 2024")[0].possible
    assert not find_dates("le 29 février 2023")[0].possible


def test_embargo_on_release_day_with_zone_is_fine(project):
    project.edit("status: approved", "status: approved\nembargo: 2024-11-07T18:00+01:00")
    assert found(project, "D") == []
