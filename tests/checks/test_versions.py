"""L rules: language versions (release.<lang>.md) tell the same facts as release.md."""

from __future__ import annotations

from pathlib import Path

from communique.checks.engine import check_release_file, check_targets
from communique.checks.rule import Selection
from communique.read.release import read_release

EN = "release.en.md"
AR = "release.ar.md"


def version(project, name: str) -> Path:
    return project.release_file.parent / name


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def codes(project, name: str) -> list[str]:
    checked = check_release_file(project.root, version(project, name), Selection())
    return [d.code for d in checked.diagnostics]


def l_codes(project, name: str) -> list[str]:
    return [c for c in codes(project, name) if c.startswith("L")]


def test_the_example_versions_agree(project):
    for name in (EN, AR):
        assert codes(project, name) == [], name


def test_a_version_inherits_the_shared_facts(project):
    release = read_release(version(project, AR), project.root).release
    assert (release.template, release.institution, release.status) == \
        ("communique", "dgsn", "review")
    assert release.date.isoformat() == "2024-11-07" and release.language == "ar"
    # An inherited fact points where it was written: release.md.
    assert release.where("date").file.endswith("maroc-vice-presidence-interpol/release.md")
    assert release.where("headline").file.endswith("release.ar.md")


def test_another_date_is_flagged(project):
    edit(version(project, AR), "language: ar\n", "language: ar\ndate: 2024-11-08\n")
    found = check_release_file(project.root, version(project, AR), Selection())
    l001 = [d for d in found.diagnostics if d.code == "L001"]
    assert l001 and "2024-11-07" in l001[0].message and l001[0].location.file.endswith(AR)


def test_a_missing_person_is_flagged(project):
    path = version(project, EN)
    text = path.read_text(encoding="utf-8")
    start = text.index("  - name: Abdellatif Hammouchi")
    end = text.index("---", start)
    path.write_text(text[:start] + text[end:], encoding="utf-8")
    assert "L002" in l_codes(project, EN)


def test_a_misspelt_registered_name_is_a_protocol_fault_not_another_person(project):
    # The registry knows « Mohammed Dkhissi » as a variant of the same person: P002 says how
    # to spell it; L002 (another person) would be a second, wrong report.
    edit(version(project, EN), "  - name: Mohamed Dkhissi", "  - name: Mohammed Dkhissi")
    found = codes(project, EN)
    assert "P002" in found and "L002" not in found


def test_people_are_compared_through_the_registry(project):
    # release.ar.md names them in Arabic script; the registry makes them the same people.
    text = version(project, AR).read_text(encoding="utf-8")
    assert "  - name: محمد الدخيسي" in text and "  - name: عبد اللطيف حموشي" in text
    assert l_codes(project, AR) == []


def test_another_registered_person_in_arabic_is_flagged(project):
    edit(version(project, AR), "  - name: محمد الدخيسي", "  - name: محمد السادس")
    found = check_release_file(project.root, version(project, AR), Selection())
    l002 = [d for d in found.diagnostics if d.code == "L002"]
    assert l002 and "Mohamed Dkhissi" in l002[0].message
    assert l002[0].location.line == _line(version(project, AR), "- name: محمد السادس")


def test_a_person_not_in_the_registry_must_be_spelt_as_in_release_md(project):
    for path in (project.release_file, version(project, EN)):
        edit(path, "  - name: Mohamed Dkhissi", "  - name: Nadia Benali")
    assert l_codes(project, EN) == []
    edit(version(project, EN), "  - name: Nadia Benali", "  - name: Nadia Ben Ali")
    assert "L002" in l_codes(project, EN)


def _line(path: Path, needle: str) -> int:
    for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if needle in line:
            return number
    raise AssertionError(needle)


def test_a_venue_part_given_in_one_version_only_is_flagged(project):
    edit(version(project, EN), "  city: Glasgow\n", "  city: Glasgow\n  address: 1 Main St\n")
    assert "L003" in l_codes(project, EN)


def test_other_figures_are_a_warning(project):
    path = version(project, EN)
    path.write_text(path.read_text(encoding="utf-8").replace(" 96 ", " 69 "), encoding="utf-8")
    found = check_release_file(project.root, version(project, EN), Selection())
    l004 = [d for d in found.diagnostics if d.code == "L004"]
    assert l004 and str(l004[0].severity) == "warning"
    assert "69" in l004[0].message and "96" in l004[0].message


def test_language_must_match_the_file_name(project):
    edit(version(project, AR), "language: ar\n", "language: en\n")
    assert "L005" in l_codes(project, AR)


def test_another_institution_is_flagged(project):
    edit(version(project, EN), "language: en\n", "language: en\ninstitution: ministere-exemple\n")
    assert "L005" in l_codes(project, EN)


def test_a_problem_in_an_inherited_fact_is_reported_once(project):
    project.edit("date: 2024-11-07", "date: 2024-02-30")
    results = check_targets(project.root, [], Selection())
    f002 = [d for r in results for d in r.diagnostics if d.code == "F002"]
    assert len(f002) == 1 and f002[0].location.file.endswith("/release.md")


def test_a_main_release_is_not_compared(project):
    assert not [c for c in codes(project, "release.md") if c.startswith("L")]
