"""run_extract / run_eval: output, and one-line errors naming the file with exit 2."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest

from communique.extract import run_eval, run_extract

FIXTURES = Path(__file__).parent / "fixtures"
DEVSET = Path(__file__).parent / "devset"


def test_json_output(french_nlp):
    out = io.StringIO()
    assert run_extract(str(FIXTURES / "interpol-vice-presidence.fr.txt"), "auto", "json", out) == 0
    data = json.loads(out.getvalue())
    assert data["venue"]["city"] == "Glasgow"


def test_yaml_output(french_nlp):
    out = io.StringIO()
    assert run_extract(str(FIXTURES / "interpol-vice-presidence.fr.txt"), "fr", "yaml", out) == 0
    assert "Glasgow" in out.getvalue()


@pytest.mark.parametrize(
    "content,message",
    [(None, "no such file"), (b"", "empty"), (b"\x00\x01\x02abc", "binary"),
     (b"\xff\xfe\xfa bad", "not UTF-8")],
)
def test_bad_files(tmp_path, capsys, content, message):
    path = tmp_path / "article.txt"
    if content is not None:
        path.write_bytes(content)
    assert run_extract(str(path), "auto", "json", io.StringIO()) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert str(path) in err and message in err


def test_directory_is_an_error(tmp_path, capsys):
    assert run_extract(str(tmp_path), "auto", "json", io.StringIO()) == 2
    assert "not a regular file" in capsys.readouterr().err


def test_bad_language_is_exit_2(capsys):
    path = FIXTURES / "interpol-vice-presidence.fr.txt"
    assert run_extract(str(path), "de", "json", io.StringIO()) == 2
    assert "unsupported language" in capsys.readouterr().err


def test_run_eval_on_two_articles(tmp_path, french_nlp):
    for name in ("fr-wikinews-youssou-ndour-ministre", "en-wikinews-g8-hokkaido"):
        for suffix in (".txt", ".gold.yaml"):
            shutil.copy(DEVSET / f"{name}{suffix}", tmp_path / f"{name}{suffix}")
    out = io.StringIO()
    assert run_eval(tmp_path, out) == 0
    table = out.getvalue()
    assert "people" in table and "baseline" in table


def test_run_eval_missing_dir(tmp_path, capsys):
    assert run_eval(tmp_path / "nope", io.StringIO()) == 2


def test_reference_date_anchors_relative_days(tmp_path, french_nlp, capsys):
    article = tmp_path / "a.txt"
    article.write_text("Accord signé\n\nLe ministre a signé hier un accord avec son homologue.\n",
                       encoding="utf-8")
    out = io.StringIO()
    assert run_extract(str(article), "fr", "json", out, reference_date="2024-03-15") == 0
    assert json.loads(out.getvalue())["date"] == "2024-03-14"
    assert run_extract(str(article), "fr", "json", io.StringIO(), reference_date="15/03") == 2
    assert "--reference-date" in capsys.readouterr().err
