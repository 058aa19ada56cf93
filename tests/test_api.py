"""The api functions behind the tasks: exit codes, messages, and the build's two phases."""

import io
import json

import pytest

from communique import api


def run_check(project, *names, **options):
    out, err = io.StringIO(), io.StringIO()
    code = api.check(project.root, list(names), out=out, err=err, **options)
    return code, out.getvalue(), err.getvalue()


def test_clean_example_checks_clean(project):
    code, out, _ = run_check(project)
    assert code == 0, out
    assert "No problems" in out


@pytest.mark.parametrize("old,new,needle,code", [
    ("  city: Glasgow\n", "", "venue:", "F004"),
    ("      - Directeur général de la Sûreté nationale\n", "", "- name: Abdellatif Hammouchi",
     "F007"),
    ("date: 2024-11-07\n", "", "status:", "F001"),
    ("date: 2024-11-07", "date: 2024-02-30", "date: 2024-02-30", "F002"),
])
def test_missing_or_invalid_fact_fails_naming_file_line_and_field(project, old, new, needle,
                                                                  code):
    project.edit(old, new)
    status, out, _ = run_check(project)
    assert status == 1
    line = project.line_of(needle) if code != "F001" else None
    assert code in out
    assert "releases/maroc-vice-presidence-interpol/release.md" in out
    if line:
        assert f"\n  {line}:" in out


def test_malformed_yaml_is_one_paragraph_and_exit_1(project):
    project.edit("venue:\n", "venue: [\n")
    status, out, err = run_check(project)
    assert status == 1
    assert "R001" in out and "malformed" in out and "Traceback" not in out + err


def test_unknown_template_is_reported_at_its_line(project):
    project.edit("template: communique", "template: comunique")
    status, out, _ = run_check(project)
    assert status == 1
    assert "T001" in out and "comunique" in out and "known packs: communique" in out
    assert f"\n  {project.line_of('template: comunique')}:1 " in out


def test_unknown_release_and_format_are_usage_errors(project):
    assert run_check(project, "nope")[0] == 2
    assert "no release 'nope'" in run_check(project, "nope")[2]
    assert run_check(project, fmt="xml")[0] == 2


def test_json_report(project):
    project.edit("  city: Glasgow\n", "")
    status, out, _ = run_check(project, fmt="json")
    doc = json.loads(out)
    assert status == 1
    assert doc["summary"]["error"] == len(doc["diagnostics"]) >= 1
    main = [d for d in doc["diagnostics"]
            if d["file"] == "releases/maroc-vice-presidence-interpol/release.md"]
    assert [(d["code"], d["line"]) for d in main] == [("F004", project.line_of("venue:"))]


def test_selection_from_pyproject_and_command_line(project):
    project.edit("status: review", "status: ok")
    assert "F011" in run_check(project)[1]
    assert "F011" not in run_check(project, ignore="F011")[1]
    with open(project.root / "pyproject.toml", "a", encoding="utf-8") as handle:
        handle.write('\n[tool.communique.checks]\nseverity = { F011 = "error" }\n')
    assert run_check(project)[0] == 1
    assert run_check(project, severity="F011=bogus")[0] == 2


@pytest.mark.parametrize("setting", ['ignore = "F011"', "select = [1]", "severity = 3",
                                     "severity = { F011 = 1 }"])
def test_check_settings_of_the_wrong_type_are_a_usage_error(project, setting):
    with open(project.root / "pyproject.toml", "a", encoding="utf-8") as handle:
        handle.write(f"\n[tool.communique.checks]\n{setting}\n")
    code, _, err = run_check(project)
    assert code == 2 and "[tool.communique.checks]" in err
    err = io.StringIO()
    assert api.list_releases(project.root, out=io.StringIO(), err=err) == 2
    assert "inv list: pyproject.toml" in err.getvalue()


def test_build_with_an_error_writes_nothing(project):
    project.edit("  city: Glasgow\n", "")
    sentinel = project.root / "build" / "maroc-vice-presidence-interpol" / "old.txt"
    sentinel.parent.mkdir(parents=True)
    sentinel.write_text("previous build")
    before = sorted(p.name for p in sentinel.parent.iterdir())
    err = io.StringIO()
    assert api.build(project.root, [], out=io.StringIO(), err=err) == 1
    assert "Nothing was built" in err.getvalue() and "F004" in err.getvalue()
    assert sorted(p.name for p in sentinel.parent.iterdir()) == before


def test_build_writes_pdf_and_docx(project):
    out = io.StringIO()
    assert api.build(project.root, [], out=out, err=io.StringIO()) == 0
    folder = project.root / "build" / "maroc-vice-presidence-interpol"
    names = sorted(p.name for p in folder.iterdir() if p.name != "build-plan.json")
    # release.md and its English and Arabic versions, each as PDF and DOCX (and the build
    # plan's record of what they were made from).
    assert names == [f"maroc-vice-presidence-interpol.{lang}.{ext}"
                     for lang in ("ar", "en", "fr") for ext in ("docx", "pdf")]
    for name in names:
        assert (folder / name).read_bytes().startswith(b"%PDF-" if name.endswith("pdf")
                                                         else b"PK")
