"""The fields of a YAML text read the same whichever parser reads them: libyaml where it
gives the same events, the pure-Python parser for what libyaml refuses or places
differently (values, locations and messages unchanged)."""

from __future__ import annotations

from pathlib import Path

import pytest

from communique.read import safe_yaml
from communique.read.safe_yaml import YamlProblem, read_yaml

ROOT = Path(__file__).resolve().parents[2]
FRONT_MATTERS = sorted((ROOT / "releases").glob("*/release*.md")) + sorted(
    (ROOT / "tests" / "checks" / "fixtures").glob("*/*/releases/*/release*.md"))


def _front_matter(path: Path) -> str:
    return path.read_text("utf-8", errors="replace").split("---", 2)[1]


def _read(text: str):
    try:
        return read_yaml(text, "release.md", line_offset=1)
    except YamlProblem as problem:
        return "problem", str(problem), problem.code


def _read_pure(text: str, monkeypatch):
    with monkeypatch.context() as patch:
        patch.setattr(safe_yaml, "_fast_events", lambda _text: None)
        return _read(text)


@pytest.mark.parametrize("path", FRONT_MATTERS, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_release_reads_as_the_pure_parser_reads_it(path, monkeypatch):
    text = _front_matter(path)
    assert _read(text) == _read_pure(text, monkeypatch)


def test_the_example_takes_the_fast_parser():
    example = ROOT / "releases" / "maroc-vice-presidence-interpol" / "release.md"
    assert safe_yaml._fast_events(_front_matter(example)) is not None


@pytest.mark.parametrize("text", [
    "headline: Le Maroc\nsubheadline:\ndateline: Rabat\n",  # an empty value
    'headline: "Le Maroc\\uD800 élu"\n',  # libyaml refuses a lone surrogate; we do not
    "headline: Le Maroc\n\tdateline: Rabat\n",  # a tab: the plain message names it
    'headline: "Le Maroc\ndateline: Rabat\n',  # a quote never closed
    "headline: Le Maroc\n  dateline: Rabat: x\n",
], ids=["empty-value", "surrogate", "tab", "open-quote", "colon"])
def test_what_libyaml_reads_differently_is_read_by_the_pure_parser(text, monkeypatch):
    assert safe_yaml._fast_events(text) is None
    assert _read(text) == _read_pure(text, monkeypatch)
