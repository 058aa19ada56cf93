"""run_extract / run_eval: output, and one-line errors naming the file with exit 2."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest

from communique.extract import run_eval, run_extract

FIXTURES = Path(__file__).parent / "fixtures"
DEVSET = Path(__file__).parent / "sets" / "development" / "core"


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
     (b"\xff\xfe\xfa bad", "binary"), (b"%PDF-1.4 not really", "not a PDF")],
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


def _manifest(tmp_path: Path, sets: dict[str, tuple[str, str]]) -> Path:
    """A manifest of one-article sets: id -> (role, article name in the core set)."""
    lines = ["sets:"]
    for set_id, (role, name) in sets.items():
        folder = tmp_path / set_id
        folder.mkdir()
        for suffix in (".txt", ".gold.yaml"):
            shutil.copy(DEVSET / f"{name}{suffix}", folder / f"{name}{suffix}")
        lines += [f"  - id: {set_id}", f"    role: {role}", f"    path: {set_id}",
                  "    gathered: 2026-12-01", "    languages: [fr]", "    source: test",
                  "    licence: test"]
    path = tmp_path / "sets.yaml"
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def test_run_eval_prints_each_set_grouped_by_role(tmp_path, french_nlp):
    manifest = _manifest(tmp_path, {
        "val-a": ("validation", "en-wikinews-g8-hokkaido"),
        "dev-a": ("development", "fr-wikinews-youssou-ndour-ministre"),
    })
    out = io.StringIO()
    assert run_eval(manifest, out) == 0
    table = out.getvalue()
    assert "(dev-a, development)" in table and "(val-a, validation)" in table
    summary = table[table.index("summary:"):]
    assert summary.index("development sets") < summary.index("dev-a (1)") \
        < summary.index("validation sets") < summary.index("val-a (1)")
    out = io.StringIO()
    assert run_eval(manifest, out, role="validation") == 0
    assert "dev-a" not in out.getvalue() and "val-a" in out.getvalue()


def test_run_eval_bad_manifest_names_file_and_set(tmp_path, capsys):
    assert run_eval(tmp_path / "nope.yaml", io.StringIO()) == 2
    assert "nope.yaml: cannot be read" in capsys.readouterr().err
    manifest = _manifest(tmp_path, {"dev-a": ("development", "en-wikinews-g8-hokkaido")})
    manifest.write_text(manifest.read_text("utf-8").replace("    licence: test\n", ""), "utf-8")
    assert run_eval(manifest, io.StringIO()) == 2
    assert "sets.yaml: set 1 (dev-a) lacks licence" in capsys.readouterr().err
    manifest.write_text(manifest.read_text("utf-8").replace("development", "tuning"), "utf-8")
    manifest.write_text(manifest.read_text("utf-8") + "    licence: test\n", "utf-8")
    assert run_eval(manifest, io.StringIO()) == 2
    assert "role 'tuning' is not one of development, validation" in capsys.readouterr().err


def test_reference_date_anchors_relative_days(tmp_path, french_nlp, capsys):
    article = tmp_path / "a.txt"
    article.write_text("Accord signé\n\nLe ministre a signé hier un accord avec son homologue.\n",
                       encoding="utf-8")
    out = io.StringIO()
    assert run_extract(str(article), "fr", "json", out, reference_date="2024-03-15") == 0
    assert json.loads(out.getvalue())["date"] == "2024-03-14"
    assert run_extract(str(article), "fr", "json", io.StringIO(), reference_date="15/03") == 2
    assert "--reference-date" in capsys.readouterr().err
