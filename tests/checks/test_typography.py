"""Typography rules (Y…) and the fixer (`inv fix`)."""

import pytest

from communique.checks.engine import check_release_file
from communique.checks.fix import fix_files, plan_fixes
from communique.checks.rule import Selection

NNBSP, NBSP = "\u202f", "\u00a0"


def found(project, prefix):
    checked = check_release_file(project.root, project.release_file, Selection(select=(prefix,)))
    return checked.diagnostics


ANCHOR = "ainsi que son rôle clé"
CASES = [
    ("Y001", ANCHOR, "ainsi que son rôle clé ; ", f"ainsi que son rôle clé{NNBSP}; "),
    ("Y002", ANCHOR, "ainsi que son rôle: ", f"ainsi que son rôle{NBSP}: "),
    ("Y003", ANCHOR, "ainsi que son «rôle clé»", f"ainsi que son «{NBSP}rôle clé{NBSP}»"),
    ("Y004", ANCHOR, "ainsi que l'rôle clé", "ainsi que l’rôle clé"),
    ("Y005", ANCHOR, "ainsi que la 92ème session", "ainsi que la 92e session"),
    ("Y006", ANCHOR, "ainsi que le 7 Novembre", "ainsi que le 7 novembre"),
    ("Y007", ANCHOR, "ainsi que à 12h30 son rôle", f"ainsi que à 12{NBSP}h{NBSP}30 son rôle"),
    ("Y008", ANCHOR, "ainsi que le 1 novembre", "ainsi que le 1er novembre"),
]


@pytest.mark.parametrize("code", [c[0] for c in CASES])
def test_quiet_on_the_clean_example(project, code):
    assert found(project, code) == []


@pytest.mark.parametrize("code,old,new,fixed", CASES, ids=[c[0] for c in CASES])
def test_fires_with_line_and_column_and_the_fixer_corrects_it(project, code, old, new, fixed):
    project.edit(old, new)
    diagnostics = found(project, code)
    assert diagnostics, f"{code} did not fire"
    assert diagnostics[0].location.line == project.line_of(new)
    assert diagnostics[0].location.column > 1
    assert fix_files(project.root, [project.release_file.parent]) == 0
    assert fixed in project.release_file.read_text("utf-8")
    assert found(project, "Y") == []


def test_fixer_keeps_everything_else_byte_for_byte(project):
    text = project.release_file.read_text("utf-8")
    text = text.replace("status: review", "status: review  # relu par la cellule com", 1)
    text = text.replace("headline: Le Maroc élu vice-président d’Interpol pour l’Afrique",
                        "headline: 'Le Maroc élu vice-président d''Interpol pour l''Afrique'")
    text = text.replace("ainsi que son rôle", "ainsi que son rôle (voir https://x.ma/a?b=1 "
                        "et `l'code`)", 1)
    project.release_file.write_text(text, encoding="utf-8")
    assert fix_files(project.root, [project.release_file.parent]) == 0
    after = project.release_file.read_text("utf-8")
    assert "# relu par la cellule com" in after
    assert "headline: 'Le Maroc élu vice-président d’Interpol pour l’Afrique'" in after
    assert "https://x.ma/a?b=1" in after and "`l'code`" in after
    assert after.replace("’", "'") == text.replace("’", "'").replace(
        "d''Interpol pour l''Afrique", "d'Interpol pour l'Afrique")


def test_check_only_changes_nothing(project):
    project.edit("ainsi que son rôle", "ainsi que l'rôle")
    before = project.release_file.read_bytes()
    assert fix_files(project.root, [project.release_file.parent], check_only=True) == 1
    assert project.release_file.read_bytes() == before


def test_other_languages_are_left_alone(project):
    project.edit("language: fr", "language: en")
    project.edit("ainsi que son rôle", "ainsi que l'rôle")
    assert found(project, "Y") == []
    assert plan_fixes(project.release_file, project.root).new_text is None


def test_a_file_that_cannot_be_written_is_reported_and_left_as_it_was(project, monkeypatch):
    import io

    from communique.checks import fix
    from communique.errors import OutputError

    def refuse(path, data, read_hash, *, shown_as=""):
        raise OutputError(f"{shown_as}: cannot write (Read-only file system).")

    monkeypatch.setattr(fix, "replace_if_unchanged", refuse)
    project.edit("ainsi que son rôle", "ainsi que l'rôle")
    before = project.release_file.read_bytes()
    err = io.StringIO()
    assert fix_files(project.root, [project.release_file.parent], out=io.StringIO(),
                     err=err) == 1
    assert "release.md: cannot write (Read-only file system)" in err.getvalue()
    assert project.release_file.read_bytes() == before
