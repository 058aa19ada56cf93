"""Protocol rules (P…) against templates/protocol.yaml."""

import pytest

from communique.api import check_release_file
from communique.checks.registry import Selection


def found(project, prefix):
    checked = check_release_file(project.root, project.release_file, Selection(select=(prefix,)))
    return checked.diagnostics


HAMMOUCHI_BODY = "dirigée par le Directeur général de la Sûreté nationale, M. Abdellatif"

CASES = [
    ("P001", "      - Directeur général de la Sûreté nationale",
     "      - Directeur de la Sûreté nationale", "- Directeur de la Sûreté"),
    ("P001", HAMMOUCHI_BODY, HAMMOUCHI_BODY.replace("Sûreté", "Police"), "dirigée par"),
    ("P002", "- name: Abdellatif Hammouchi", "- name: Abdelatif Hammouchi", "- name: Abdelatif"),
    ("P002", "M. Abdellatif Hammouchi, a pris", "M. Abdelatif Hammouchi, a pris", "Abdelatif"),
    ("P003", "de Sa Majesté le Roi Mohammed VI", "du Roi Mohammed VI", "du Roi Mohammed"),
    ("P004", "  - name: Abdellatif Hammouchi\n    honorific: M.",
     "  - name: Abdellatif Hammouchi\n    honorific: Mr", "honorific: Mr"),
    ("P005", HAMMOUCHI_BODY, "dirigée par M. Abdellatif", "dirigée par M."),
    ("P006", "la Sûreté nationale, M.", "la sûreté nationale, M.", "sûreté nationale, M."),
]


@pytest.mark.parametrize("code", sorted({c[0] for c in CASES} | {"P007"}))
def test_quiet_on_the_clean_example(project, code):
    assert found(project, code) == []


@pytest.mark.parametrize("code,old,new,needle", CASES, ids=[f"{c[0]}-{i}" for i, c in
                                                            enumerate(CASES)])
def test_fires_at_the_right_line(project, code, old, new, needle):
    project.edit(old, new)
    diagnostics = found(project, code)
    assert diagnostics, f"{code} did not fire"
    assert diagnostics[0].location.line == project.line_of(needle)


def test_name_variant_fix_is_the_canonical_name(project):
    project.edit("M. Abdellatif Hammouchi, a pris", "M. Abdelatif Hammouchi, a pris")
    (d,) = found(project, "P002")
    assert d.fix == "Write « Abdellatif Hammouchi »."


def test_wrong_title_fix_is_the_canonical_title(project):
    project.edit("      - Directeur général de la Sûreté nationale",
                 "      - Directeur de la Sûreté nationale")
    (d,) = found(project, "P001")
    assert "« Directeur général de la Sûreté nationale »" in d.fix


def test_another_king_is_not_a_variant(project):
    project.edit("sous l’impulsion des hautes orientations",
                 "dans la lignée de feu le Roi Mohammed V, sous l’impulsion des hautes "
                 "orientations")
    assert [d for d in found(project, "P00") if "Mohammed V »" in d.message] == []


def test_broken_registry_is_reported(project):
    path = project.root / "templates" / "protocol.yaml"
    path.write_text("people:\n  - name: [unclosed\n", encoding="utf-8")
    (d,) = found(project, "P007")
    assert d.location.file.endswith("protocol.yaml") and d.location.line
