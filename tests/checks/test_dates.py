"""Date rules (D…): each fires on a defect injected into the example, and not on the example."""

import pytest

from communique.checks.engine import check_release_file
from communique.checks.rule import Selection
from communique.checks.rules.dates import find_bare_weekdays, find_dates


def found(project, prefix):
    checked = check_release_file(project.root, project.release_file, Selection(select=(prefix,)))
    return checked.diagnostics


CASES = [
    # (code, old, new, text on the reported line)
    ("D001", "ce jeudi 7 novembre", "ce mercredi 7 novembre", "ce mercredi 7"),
    ("D002", "ce jeudi 7 novembre", "ce jeudi 31 novembre", "31 novembre"),
    ("D003", "date: 2024-11-07", "date: 2024-11-06", "date: 2024-11-06"),
    ("D004", "date: 2024-11-07", "date: 2024-12-20", "date: 2024-12-20"),
    ("D005", "status: review", "status: review\nembargo: 2024-11-12T18:00+01:00",
     "embargo:"),
    ("D006", "status: review", "status: review\nembargo: 2024-11-05T18:00+01:00",
     "embargo:"),
    ("D007", "status: review", "status: review\nembargo: 2024-11-07T18:00", "embargo:"),
    ("D008", "ce jeudi 7 novembre", "ce jeudi 7 novembre 2023", "novembre 2023"),
    ("D009", "ce jeudi 7 novembre", "ce vendredi 8 novembre", "vendredi 8"),
    ("D010", "ce jeudi 7 novembre", "ce mercredi", "ce mercredi"),
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
    project.edit("status: review", "status: review\nembargo: 2024-11-07T18:00+01:00")
    assert found(project, "D") == []


# --- D010: a weekday without a date next to the event ------------------------------------

def _version(project, name):
    return project.release_file.parent / name


def _edit_version(project, name, old, new):
    path = _version(project, name)
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _version_found(project, name, prefix):
    return check_release_file(project.root, _version(project, name),
                              Selection(select=(prefix,))).diagnostics


def test_bare_weekday_is_a_warning_naming_the_event_day(project):
    project.edit("ce jeudi 7 novembre", "ce mercredi")
    (d,) = found(project, "D010")
    assert d.severity.name == "WARNING" and "2024-11-07" in d.message
    assert "« jeudi »" in d.fix
    line = project.release_file.read_text("utf-8").splitlines()[d.location.line - 1]
    assert line[d.location.column - 1:].startswith("mercredi")


def test_bare_weekday_of_the_event_is_fine(project):
    project.edit("ce jeudi 7 novembre", "ce jeudi")
    assert found(project, "D01") == []


def test_bare_weekday_in_english_and_arabic(project):
    _edit_version(project, "release.en.md", "on Thursday 7 November", "on Wednesday")
    _edit_version(project, "release.ar.md", "يوم الخميس 7 نونبر", "يوم الأربعاء")
    (en,) = _version_found(project, "release.en.md", "D010")
    (ar,) = _version_found(project, "release.ar.md", "D010")
    assert "« Thursday »" in en.fix and "الخميس" in ar.fix


def test_relative_weekdays_are_counted_from_the_release_date(project):
    # Released on Friday 8 about Thursday 7: « jeudi dernier » is the event's day.
    project.edit("date: 2024-11-07", "date: 2024-11-08")
    project.edit("ce jeudi 7 novembre", "jeudi dernier")
    assert found(project, "D010") == []
    project.edit("jeudi dernier", "jeudi prochain")
    (d,) = found(project, "D010")
    assert "2024-11-14" in d.message


def test_english_last_thursday_and_next_week_relatives(project):
    _edit_version(project, "release.en.md", "language: en\n", "language: en\ndate: 2024-11-08\n")
    project.edit("date: 2024-11-07", "date: 2024-11-08")
    _edit_version(project, "release.en.md", "on Thursday 7 November", "last Thursday")
    assert _version_found(project, "release.en.md", "D010") == []


def test_weekdays_away_from_the_event_or_of_other_days_are_not_flagged(project):
    # Not next to the event (no lead, no venue in the sentence), a sentence with another
    # weekday that is the event's, habitual and relative-to-another-day phrases.
    project.edit("À ce titre, le Maroc", "Une réunion de suivi se tiendra mardi. À ce titre, "
                 "le Maroc")
    project.edit("ce jeudi 7 novembre", "ouverte lundi, jeudi")
    project.edit("La délégation marocaine,", "Le jeudi suivant, puis le jeudi de chaque "
                 "semaine à Glasgow, la délégation marocaine,")
    assert found(project, "D010") == []


def test_find_bare_weekdays_skips_dates_and_day_numbers():
    assert find_bare_weekdays("le jeudi 7 novembre et jeudi 7") == []
    assert [w.relation for w in find_bare_weekdays("ce jeudi, jeudi prochain, last Friday")] \
        == ["", "next", "last"]
    assert find_bare_weekdays("الخميس المقبل")[0].relation == "next"
    assert find_bare_weekdays("الأحد منهم") == []  # « one of them », not Sunday
