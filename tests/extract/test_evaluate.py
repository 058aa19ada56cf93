from __future__ import annotations

from pathlib import Path

from communique.extract.evaluate import evaluate, same_name, same_text

DEVSET = Path(__file__).parent / "devset"


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
