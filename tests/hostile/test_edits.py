"""In-place edits never lose a human edit; slugs identify their article.

`inv new --accept` and `inv fix` read a release file, work, then replace it: an edit saved
in an editor in between must survive (compare-and-swap on the content hash). Two
articles whose headlines give the same slug never mix; a slug is never empty.
"""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest

from communique import api, fs

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "releases" / "maroc-vice-presidence-interpol" / "article.txt"
EDITOR_LINE = "(phrase ajoutée dans l’éditeur pendant la commande)"


@pytest.fixture
def drafted(tmp_path):
    shutil.copytree(ROOT / "templates", tmp_path / "templates")
    shutil.copy(SEED, tmp_path / "seed.txt")
    assert api.new(tmp_path, str(tmp_path / "seed.txt"), slug="interpol", institution="dgsn",
                   out=io.StringIO(), err=io.StringIO()) == 0
    release = tmp_path / "releases" / "interpol" / "release.md"
    # A value the extractor proposed last time and would now change: acceptable.
    record_file = release.parent / "extracted.json"
    record = json.loads(record_file.read_text("utf-8"))
    old = record["values"]["venue.event"]
    record["values"]["venue.event"] = "Ancienne valeur extraite"
    record_file.write_text(json.dumps(record), "utf-8")
    release.write_text(release.read_text("utf-8").replace(f"event: {old}",
                                                          "event: Ancienne valeur extraite"))
    return tmp_path, release


def save_in_editor(path: Path) -> None:
    """A person adds words at the end of the last paragraph and saves."""
    text = path.read_text("utf-8").rstrip("\n")
    path.write_text(f"{text} {EDITOR_LINE}\n", "utf-8")


@pytest.mark.parametrize("moment", ["after the comparison", "just before the rename"])
def test_accept_refuses_when_the_file_was_saved_meanwhile(drafted, monkeypatch, moment):
    root, release = drafted
    from communique.draft import new_release

    if moment == "after the comparison":
        real_compare = new_release.compare

        def compare_then_save(*args):
            save_in_editor(release)
            return real_compare(*args)

        monkeypatch.setattr(new_release, "compare", compare_then_save)
    else:
        real_stage = fs.stage_file

        def save_then_stage(target, data, name):
            if target == release:
                save_in_editor(release)
            return real_stage(target, data, name)

        monkeypatch.setattr(fs, "stage_file", save_then_stage)
    err = io.StringIO()
    assert api.new(root, str(root / "seed.txt"), slug="interpol", accept=["venue.event"],
                   out=io.StringIO(), err=err) == 1
    assert "releases/interpol/release.md was changed on disk" in err.getvalue()
    text = release.read_text("utf-8")
    assert EDITOR_LINE in text and "event: Ancienne valeur extraite" in text
    assert list(release.parent.glob(".*.part")) == []


def test_fix_refuses_when_the_file_was_saved_meanwhile(project, monkeypatch):
    from communique.checks import fix

    project.edit("ainsi que son rôle", "ainsi que l'rôle")
    real_plan = fix.plan_fixes

    def plan_then_save(path, root=None):
        planned = real_plan(path, root)
        save_in_editor(path)
        return planned

    monkeypatch.setattr(fix, "plan_fixes", plan_then_save)
    err = io.StringIO()
    assert api.fix(project.root, [], out=io.StringIO(), err=err) == 1
    assert "release.md was changed on disk" in err.getvalue()
    text = project.release_file.read_text("utf-8")
    assert EDITOR_LINE in text and "l'rôle" in text  # the edit kept, nothing fixed over it


def test_an_article_with_the_same_slug_never_goes_into_another_release(drafted):
    root, release = drafted
    other = root / "other.txt"
    other.write_text(SEED.read_text("utf-8").replace("96 pays", "97 pays"), "utf-8")
    before = {p.name: p.read_bytes() for p in release.parent.iterdir()}
    err = io.StringIO()
    assert api.new(root, str(other), slug="interpol", accept=["venue.event"],
                   out=io.StringIO(), err=err) == 1
    assert "releases/interpol/ was drafted from another article" in err.getvalue()
    assert "--slug" in err.getvalue()
    assert {p.name: p.read_bytes() for p in release.parent.iterdir()} == before


@pytest.mark.parametrize("headline", [
    "Anticonstitutionnellementextraordinairementincompréhensiblementlong "
    "élu vice-président",
    "« ★ — ★ »",
])
def test_a_headline_without_a_slug_asks_for_one(tmp_path, headline):
    shutil.copytree(ROOT / "templates", tmp_path / "templates")
    article = tmp_path / "article.txt"
    article.write_text(headline + "\n\n" + SEED.read_text("utf-8").split("\n", 2)[2], "utf-8")
    err = io.StringIO()
    assert api.new(tmp_path, str(article), institution="dgsn", language="fr",
                   out=io.StringIO(), err=err) == 2
    assert "name the release folder with --slug" in err.getvalue()
    assert not (tmp_path / "releases").exists()
