"""A cold `inv extract` runs spaCy's NER in a child process while it reads its own data:
what it finds is exactly what the in-process run finds, and a child that fails only means
reading the article in process."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest

from communique.extract import extract_article, nlp, run_extract

TODAY = dt.date(2026, 11, 29)
FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def child(monkeypatch, french_nlp):
    """A NER child for this test (``start_ner_process`` starts none where the model is
    already loaded, as it is in the test session)."""
    process = nlp.NerProcess()
    monkeypatch.setattr(nlp, "_process", process)
    yield process
    process.close()


def test_the_child_finds_the_entities_the_process_finds(child, seed_text):
    assert child.send(seed_text)
    assert child.entities(seed_text) == nlp.entities(seed_text, "fr")
    other = "Emmanuel Macron a reçu Abdellatif Hammouchi à Rabat."
    assert child.entities(other) == nlp.entities(other, "fr")  # not sent before: sent now


def test_an_extraction_through_the_child_is_the_in_process_one(monkeypatch, child, seed_text):
    answered: list[str] = []
    real = child.entities

    def counting(text):
        answered.append(text)
        return real(text)

    monkeypatch.setattr(child, "entities", counting)
    through_child = extract_article(seed_text, "auto", reference_date=TODAY).to_dict()
    assert answered == [seed_text]
    monkeypatch.setattr(nlp, "_process", None)
    assert through_child == extract_article(seed_text, "auto", reference_date=TODAY).to_dict()


def test_a_child_that_dies_means_reading_in_process(child, seed_text):
    child._child.kill()  # noqa: SLF001 - the failure under test
    child._child.join()  # noqa: SLF001
    doc, found = nlp.parse_entities(seed_text, "fr")
    assert doc is not None  # read in process
    assert found == nlp.entities(seed_text, "fr")
    assert not child.send(seed_text)  # closed: later articles are read in process too


def test_no_child_for_other_languages_or_an_empty_text(child):
    assert not nlp.send_ahead("The minister visited Rabat.", "en")
    assert not nlp.send_ahead("  \n", "fr")
    assert nlp.parse_entities("The minister visited Rabat.", "en") == (None, [])


def test_no_child_where_the_model_is_already_loaded(french_nlp):
    nlp.start_ner_process()
    assert nlp._process is None  # noqa: SLF001


def test_inv_extract_stops_its_child(monkeypatch, french_nlp):
    started: list[nlp.NerProcess] = []

    def start():
        started.append(nlp.NerProcess())
        monkeypatch.setattr(nlp, "_process", started[-1])

    monkeypatch.setattr(nlp, "start_ner_process", start)
    out = io.StringIO()
    path = FIXTURES / "interpol-vice-presidence.fr.txt"
    assert run_extract(str(path), "auto", "json", out) == 0
    assert json.loads(out.getvalue())["venue"]["city"] == "Glasgow"
    [process] = started
    assert process._child is None and nlp._process is None  # noqa: SLF001


def test_a_child_still_loading_is_stopped_not_waited_for(monkeypatch):
    """An English article or an unreadable file ends before the model would be loaded."""
    import signal
    import time

    monkeypatch.setattr(nlp, "french_pipeline", lambda: time.sleep(30))
    process = nlp.NerProcess()
    child = process._child  # noqa: SLF001 - what close() does to it is under test
    process.close()
    assert child.exitcode == -signal.SIGTERM
    assert process._child is None  # noqa: SLF001


@pytest.mark.parametrize("article", [
    "fixtures/interpol-vice-presidence.fr.txt",
    "sets/validation/pages-2026-12/en-fanabc-ethiopia-russia-mou.txt",
])
def test_inv_extract_stops_its_child_without_a_word_on_stderr(article):
    """The command turns SIGTERM into an exception for its own clean-up; the child must not
    inherit that, or stopping it prints a traceback under a press officer's result."""
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    path = Path(__file__).parent / article
    done = subprocess.run([sys.executable, "-m", "invoke", "extract", str(path)], cwd=root,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert "date" in done.stdout
