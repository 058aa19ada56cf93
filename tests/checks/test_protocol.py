"""Protocol rules (P…) against templates/protocol.yaml."""

import pytest

from communique.checks.engine import check_release_file
from communique.checks.rule import Selection


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


# --- names in Arabic script (templates/protocol.yaml, names: ar) -------------------------

AR = "release.ar.md"


def _ar(project):
    return project.release_file.parent / AR


def _edit_ar(project, old, new):
    path = _ar(project)
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _ar_found(project, prefix):
    return check_release_file(project.root, _ar(project), Selection(select=(prefix,))).diagnostics


def _ar_line(project, needle):
    for number, line in enumerate(_ar(project).read_text("utf-8").splitlines(), 1):
        if needle in line:
            return number
    raise AssertionError(needle)


def test_the_arabic_version_is_clean_with_names_in_arabic_script(project):
    assert _ar_found(project, "P") == []


def test_arabic_name_variant_in_the_text(project):
    _edit_ar(project, "السيد عبد اللطيف حموشي", "السيد عبداللطيف حموشي")
    (d,) = _ar_found(project, "P002")
    assert d.fix == "Write « عبد اللطيف حموشي »."
    assert d.location.line == _ar_line(project, "عبداللطيف")


def test_arabic_name_variant_in_people(project):
    _edit_ar(project, "  - name: محمد الدخيسي", "  - name: محمد دخيسي")
    found = _ar_found(project, "P002")
    assert any(d.location.line == _ar_line(project, "- name: محمد دخيسي") for d in found)


def test_arabic_letter_forms_and_a_joined_prefix_are_not_variants(project):
    _edit_ar(project, "السيد عبد اللطيف حموشي", "السيد عبد اللطيف حمّوشي")
    _edit_ar(project, "والي الأمن السيد محمد الدخيسي،", "والي الأمن السيد محمد الدخيسى،")
    _edit_ar(project, "لصاحب الجلالة الملك محمد السادس", "لصاحب الجلالة الملك ومحمد السادس")
    assert _ar_found(project, "P002") == []


def test_wrong_title_of_a_person_named_in_arabic_script(project):
    _edit_ar(project, "      - المدير العام للأمن الوطني", "      - مدير الأمن الوطني")
    (d,) = _ar_found(project, "P001")
    assert "« المدير العام للأمن الوطني »" in d.fix
    assert d.location.line == _ar_line(project, "- مدير الأمن الوطني")


def test_missing_honorific_in_arabic_text(project):
    _edit_ar(project, "لصاحب الجلالة الملك محمد السادس", "للملك محمد السادس")
    (d,) = _ar_found(project, "P003")
    assert "صاحب الجلالة الملك" in d.fix
    assert d.location.line == _ar_line(project, "للملك محمد السادس")


def test_another_arabic_king_is_not_a_variant(project):
    _edit_ar(project, "لصاحب الجلالة الملك محمد السادس",
             "لصاحب الجلالة الملك محمد السادس، على خطى صاحب الجلالة الملك محمد الخامس")
    assert [d for d in _ar_found(project, "P00") if "الخامس" in d.message] == []


def test_title_missing_at_first_arabic_mention(project):
    _edit_ar(project, "برئاسة المدير العام للأمن الوطني السيد عبد اللطيف حموشي",
             "برئاسة السيد عبد اللطيف حموشي")
    (d,) = _ar_found(project, "P005")
    assert "عبد اللطيف حموشي" in d.message


def test_registry_names_must_be_given_per_language(project):
    path = project.root / "templates" / "protocol.yaml"
    path.write_text(path.read_text("utf-8").replace("    names:\n      ar: [محمد السادس, محمد 6]",
                                                    "    names: محمد السادس", 1), "utf-8")
    (d,) = found(project, "P007")
    assert "per language" in d.message
