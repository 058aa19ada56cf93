"""Messages about unreadable release files, for a press officer rather than a programmer."""

from __future__ import annotations

import io
import json

import pytest

from communique import api
from communique.draft import new_release
from communique.draft.compose import slugify

JARGON = ("block end", "scalar", "token", "mapping", "stream", "byte ", "<", "YAML")


def check(project) -> tuple[int, dict]:
    out = io.StringIO()
    code = api.check(project.root, [], fmt="json", out=out, err=io.StringIO())
    (diagnostic,) = [d for d in json.loads(out.getvalue())["diagnostics"]
                     if d["file"].endswith("release.md")]
    return code, diagnostic


def test_a_tab_says_indent_with_spaces(project):
    project.edit("    honorific: M.\n", "\thonorific: M.\n")
    code, d = check(project)
    line = project.line_of("\thonorific: M.")
    assert code == 1 and d["code"] == "R001" and d["line"] == line
    assert d["message"].startswith(f"line {line} starts with a tab: indent with spaces")
    assert not any(word in d["message"] for word in JARGON)


def test_a_missing_titles_line_is_named(project):
    project.edit("    titles:\n      - Directeur général de la Sûreté nationale\n",
                 "    - Directeur général de la Sûreté nationale\n")
    code, d = check(project)
    line = project.line_of("    - Directeur général de la Sûreté nationale")
    assert code == 1 and d["line"] == line
    assert d["message"] == (f"line {line}: a list item where a value was expected — is a "
                            "`titles:` line missing above?")


@pytest.mark.parametrize("old,new,expected", [
    ("headline: Le Maroc élu", 'headline: "Le Maroc élu', "a quote is opened and never closed"),
    ("headline: Le Maroc élu", "headline: @Le Maroc élu", "put the value in double quotes"),
])
def test_other_yaml_faults_say_what_to_do(project, old, new, expected):
    project.edit(old, new)
    code, d = check(project)
    assert code == 1 and expected in d["message"]
    assert not any(word in d["message"] for word in JARGON)


def test_a_latin1_file_names_line_column_encoding_and_fix(project):
    text = project.release_file.read_text("utf-8")
    safe = text.replace("’", "'").replace("œ", "oe").replace("—", "-")
    project.release_file.write_bytes(safe.encode("latin-1"))
    code, d = check(project)
    line = next(i for i, s in enumerate(safe.splitlines(), 1) if not s.isascii())
    column = next(i for i, c in enumerate(safe.splitlines()[line - 1], 1) if not c.isascii())
    assert code == 1 and d["code"] == "R006" and d["line"] == line
    assert f"line {line}, column {column}" in d["message"]
    assert "Latin-1" in d["message"] or "Windows-1252" in d["message"]
    assert "save it again as UTF-8" in d["fix"] and "iconv" in d["fix"]
    assert "byte" not in d["message"]


def test_a_latin1_article_is_named_too(project):
    article = project.root / "releases" / project.release_file.parent.name / "article.txt"
    article.write_bytes(article.read_text("utf-8").replace("’", "'").replace("œ", "oe")
                        .encode("cp1252"))
    out = io.StringIO()
    api.check(project.root, [], fmt="json", out=out, err=io.StringIO())
    (d,) = [d for d in json.loads(out.getvalue())["diagnostics"] if d["code"] == "R006"]
    assert d["file"].endswith("article.txt") and "line 1, column" in d["message"]


def test_arabic_headlines_are_transliterated_into_a_folder_name():
    assert slugify("المغرب ينتخب نائبا لرئيس الأنتربول") == "lmghrb-yntkhb-nib-lriys-lntrbwl"


def test_a_headline_giving_no_folder_name_says_to_pass_slug(project, monkeypatch):
    article = project.root / "a.txt"
    article.write_text("«» — «»\n\nTexte.\n", "utf-8")
    monkeypatch.setattr(new_release, "_extract",
                        lambda text, language, reference_date="": {"headline": "«» —"})
    err = io.StringIO()
    assert api.new(project.root, str(article), out=io.StringIO(), err=err) == 2
    assert "--slug" in err.getvalue() and "''" not in err.getvalue()
