from __future__ import annotations

from pathlib import Path

from communique.extract.evaluate import ROLES, evaluate, read_manifest, same_name, same_text

DEVSET = Path(__file__).parent / "sets" / "development" / "core"


def test_lenient_matching():
    assert same_text("ministre de l’Intérieur", "Ministre de l'intérieur")
    assert same_text("U.S. President", "President")
    assert not same_text("trésorier", "président")
    assert same_name("M. Abdellatif Hammouchi", "Abdellatif Hammouchi")
    assert not same_name("Hammouchi", "Abdellatif Hammouchi")


def test_devset_is_large_enough_and_annotated():
    golds = sorted(DEVSET.glob("*.gold.yaml"))
    assert len(golds) >= 20
    for g in golds:
        assert (DEVSET / g.name.replace(".gold.yaml", ".txt")).exists()
    assert (DEVSET / "SOURCES.md").exists()


def test_report_shape(french_nlp, tmp_path):
    import shutil

    name = "fr-wikinews-obama-russie"
    for suffix in (".txt", ".gold.yaml"):
        shutil.copy(DEVSET / f"{name}{suffix}", tmp_path / f"{name}{suffix}")
    report = evaluate(tmp_path, progress=False).to_dict()
    assert report["articles"] == 1
    assert set(report["ours"]) >= {"date", "city", "country", "event", "people", "person_title"}
    assert set(report["baseline"]["people"]) == {"precision", "recall", "f1"}


def test_an_article_whose_gold_gives_no_reference_date_is_read_without_one(french_nlp,
                                                                          tmp_path):
    # « hier » with no day the article was published: to confirm, never counted from the
    # day the evaluation runs
    (tmp_path / "fr-pont.txt").write_text(
        "Un pont inauguré à Gaoua\n\nLe ministre des Infrastructures, Paul Somé, a inauguré "
        "hier le nouveau pont de Gaoua.", "utf-8")
    (tmp_path / "fr-pont.gold.yaml").write_text(
        "language: fr\ndate: null\ncity: Gaoua\ncountry: null\nevent: null\npeople: []\n",
        "utf-8")
    report = evaluate(tmp_path, progress=False)
    assert not any(n.startswith("date:") for n in report.failures.get("fr-pont", []))


SETS = Path(__file__).parent / "sets"
SRC = Path(__file__).parents[2] / "src" / "communique"


def test_manifest_lists_every_set_folder_with_its_sources():
    sets = read_manifest(Path(__file__).parent / "sets.yaml")
    listed = {s.path.resolve() for s in sets}
    on_disk = {p.parent.resolve() for p in SETS.glob("*/*/*.gold.yaml")}
    assert on_disk == listed
    for s in sets:
        assert s.role in ROLES and s.path.parent.name == s.role  # the folder says its role
        assert (s.path / "SOURCES.md").exists()
        langs = {g.name[:2] for g in s.path.glob("*.gold.yaml")}
        assert langs == set(s.languages)
    assert any(s.role == "validation" for s in sets)


def test_manifest_keeps_each_sets_history():
    """Each set says when it was first scored, and a set moved from validation says so in the
    manifest and in its SOURCES.md: a merge that drops a note would hide that a set was tuned on."""
    from ruamel.yaml import YAML

    entries = YAML(typ="safe", pure=True).load(
        (Path(__file__).parent / "sets.yaml").read_text("utf-8"))["sets"]
    for entry in entries:
        note = entry.get("note", "")
        assert note, f"{entry['id']} has no note"
        sources = (Path(__file__).parent / entry["path"] / "SOURCES.md").read_text("utf-8")
        moved = "moved to development" in note
        assert moved == ("## Moved to development" in sources), entry["id"]
        if moved:
            assert entry["role"] == "development", entry["id"]
        if "first score recorded" in note:
            assert "## Scores" in sources, entry["id"]


def test_extraction_code_never_reads_tests():
    # the sets' path comes from tasks.py (the developer layer), never from the package
    assert "sets.yaml" not in (SRC / "api.py").read_text("utf-8")
    for module in (SRC / "extract").rglob("*.py"):
        text = module.read_text("utf-8")
        assert '"tests"' not in text and "'tests'" not in text and "tests/" not in text, module


def test_a_title_the_gold_does_not_give_is_named_among_the_failures():
    from communique.extract.evaluate import _Counts, _score_people

    people, pairs = _Counts(), _Counts()
    pred = [{"name": "Awa Diallo", "titles": ["ministre de la Santé", "porte-parole"]}]
    gold = [{"name": "Awa Diallo", "titles": ["ministre de la Santé"]}]
    notes = _score_people(pred, gold, people, pairs)
    assert notes == ["extra title Awa Diallo: porte-parole"]
    assert (pairs.tp, pairs.fp, pairs.fn) == (1, 1, 0)
