"""`inv new`: draft from an article, then re-extract without overwriting hand edits."""

import io
import json
import shutil
from pathlib import Path

import pytest

from communique import api
from communique.checks.engine import check_release_file
from communique.checks.settings import read_selection
from communique.draft.new_release import compare
from communique.read.release import read_release

SEED = Path(__file__).resolve().parents[1] / "releases" / "maroc-vice-presidence-interpol" / \
    "article.txt"


@pytest.fixture(scope="module")
def drafted(tmp_path_factory):
    """One extraction of the seed article for the module (spaCy loads once)."""
    root = tmp_path_factory.mktemp("proj")
    shutil.copytree(Path(__file__).resolve().parents[1] / "templates", root / "templates")
    shutil.copy(SEED, root / "seed.txt")
    out = io.StringIO()
    assert api.new(root, str(root / "seed.txt"), slug="interpol", institution="dgsn",
                   out=out) == 0
    return root, out.getvalue()


def test_new_copies_the_article_verbatim_and_drafts_the_facts(drafted):
    root, message = drafted
    folder = root / "releases" / "interpol"
    assert (folder / "article.txt").read_bytes() == SEED.read_bytes()
    release = read_release(folder / "release.md", root).release
    assert str(release.date) == "2024-11-07"
    assert release.dateline == "Rabat"
    assert (release.venue.city, release.venue.country) == ("Glasgow", "Écosse")
    assert "Interpol" in release.venue.event
    names = {p.name: p.titles for p in release.people}
    assert "directeur de la police judiciaire" in names["Mohamed Dkhissi"]
    assert "Directeur général de la Sûreté nationale" in names["Abdellatif Hammouchi"]
    assert release.status == "draft"
    assert "review releases/interpol/release.md".lower() in message.lower()


def test_draft_shows_where_each_value_came_from(drafted):
    root, _ = drafted
    text = (root / "releases" / "interpol" / "release.md").read_text("utf-8")
    assert "# from the article: «" in text
    assert "# CHECK: uncertain" in text  # the year of « jeudi 7 novembre » was inferred


def test_drafted_release_needs_only_prose_editing(drafted):
    """Every fact field passes every check once the person has confirmed what the extractor
    was unsure of (F013, the year of « jeudi 7 novembre »); what is left is the body."""
    root, _ = drafted
    release_file = root / "releases" / "interpol" / "release.md"
    shutil.copy(Path(__file__).resolve().parents[1] / "pyproject.toml", root / "pyproject.toml")
    body_starts = release_file.read_text("utf-8").split("\n").index("---", 1) + 2
    checked = check_release_file(root, release_file, read_selection(root))
    in_fields = [d for d in checked.diagnostics if d.location.file.endswith("release.md")
                 and d.location.line < body_starts]
    assert {d.code for d in in_fields} == {"F013"}, in_fields


def test_registry_forms_replace_the_article_wording(drafted):
    root, _ = drafted
    text = (root / "releases" / "interpol" / "release.md").read_text("utf-8")
    release = read_release(root / "releases" / "interpol" / "release.md", root).release
    king = next(p for p in release.people if p.name == "Mohammed VI")
    assert king.honorific == "Sa Majesté le Roi" and king.titles == ("Roi du Maroc",)
    assert "# protocol registry title; the article writes « Roi »" in text


def test_reextracting_keeps_hand_edits_and_writes_only_what_is_accepted(drafted):
    root, _ = drafted
    folder = root / "releases" / "interpol"
    release_file = folder / "release.md"
    text = release_file.read_text("utf-8")
    release_file.write_text(text.replace("city: Glasgow", "city: Glasgow (Écosse)")
                            .replace("country: Écosse", "country: Royaume-Uni"), "utf-8")
    record = json.loads((folder / "extracted.json").read_text("utf-8"))
    record["values"]["venue.event"] = "Ancienne valeur extraite"
    (folder / "extracted.json").write_text(json.dumps(record), "utf-8")
    release_file.write_text(release_file.read_text("utf-8").replace(
        record_line(release_file, "event:"), "  event: Ancienne valeur extraite"), "utf-8")

    out, err = io.StringIO(), io.StringIO()
    assert api.new(root, str(root / "seed.txt"), slug="interpol", out=out, err=err) == 0
    shown = out.getvalue()
    assert "venue.city" in shown and "edited by hand, kept" in shown
    assert "--accept venue.event" in shown and "Nothing was written." in shown
    before = release_file.read_text("utf-8")

    assert api.new(root, str(root / "seed.txt"), slug="interpol", accept=["venue.city"],
                   out=io.StringIO(), err=err) == 1
    assert "never overwritten" in err.getvalue()
    assert release_file.read_text("utf-8") == before

    assert api.new(root, str(root / "seed.txt"), slug="interpol", accept=["venue.event"],
                   out=io.StringIO(), err=io.StringIO()) == 0
    after = read_release(release_file, root).release
    assert after.venue.event != "Ancienne valeur extraite"
    assert after.venue.city == "Glasgow (Écosse)"  # the hand edit survived
    assert "# from the article: «" in release_file.read_text("utf-8")  # comments kept


def record_line(path, needle):
    return next(line for line in path.read_text("utf-8").splitlines() if needle in line)


def test_compare_tells_hand_edits_from_extracted_values():
    current = {"venue.city": "Glasgow", "date": "2024-11-08"}
    previous = {"venue.city": "Glasgow", "date": "2024-11-07"}
    proposed = {"venue.city": "Édimbourg", "date": "2024-11-06"}
    changes = {c.path: c.edited_by_hand for c in compare(current, previous, proposed)}
    assert changes == {"venue.city": False, "date": True}
    assert all(c.edited_by_hand for c in compare(current, None, proposed))


@pytest.mark.parametrize("content,expected", [
    (b"", "empty"), (b"\xff\xfe\x00binary", "binary"), (b"%PDF-1.4\n%%EOF", "PDF"),
    (None, "no such file")])
def test_bad_articles_are_clear_usage_errors(tmp_path, content, expected):
    shutil.copytree(Path(__file__).resolve().parents[1] / "templates", tmp_path / "templates")
    article = tmp_path / "a.txt"
    if content is not None:
        article.write_bytes(content)
    err = io.StringIO()
    assert api.new(tmp_path, str(article), err=err) == 2
    assert expected in err.getvalue() and "a.txt" in err.getvalue()
    assert not (tmp_path / "releases").exists()


def test_unknown_template_is_a_usage_error(tmp_path):
    shutil.copytree(Path(__file__).resolve().parents[1] / "templates", tmp_path / "templates")
    err = io.StringIO()
    assert api.new(tmp_path, str(SEED), template="nope", institution="dgsn", err=err) == 2
    assert "no template pack 'nope'" in err.getvalue()


def test_institution_comes_from_the_project_settings(tmp_path):
    from communique.draft.new_release import NewReleaseError, default_institution

    shutil.copytree(Path(__file__).resolve().parents[1] / "templates", tmp_path / "templates")
    with pytest.raises(NewReleaseError, match="several institutions"):
        default_institution(tmp_path)
    (tmp_path / "pyproject.toml").write_text('[tool.communique]\ninstitution = "dgsn"\n')
    assert default_institution(tmp_path) == "dgsn"


def test_a_bad_reference_date_is_a_usage_error(tmp_path):
    shutil.copytree(Path(__file__).resolve().parents[1] / "templates", tmp_path / "templates")
    err = io.StringIO()
    assert api.new(tmp_path, str(SEED), institution="dgsn", reference_date="7/11",
                   err=err) == 2
    assert "--reference-date '7/11'" in err.getvalue()
    assert not (tmp_path / "releases").exists()
