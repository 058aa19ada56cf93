"""The article `inv bench` times extraction on: the example's own text, 500 words or more."""

from __future__ import annotations

from pathlib import Path

from communique.devtools.extract_bench import WORDS, article_of

EXAMPLE = (Path(__file__).parents[2] / "releases" / "maroc-vice-presidence-interpol"
           / "article.txt")


def test_the_bench_article_is_the_example_read_again_to_500_words():
    source = EXAMPLE.read_text("utf-8")
    text = article_of(WORDS, source)
    assert len(text.split()) >= WORDS
    assert text.startswith(source.strip())
    paragraphs = {p.strip() for p in source.split("\n") if p.strip()}
    assert {p.strip() for p in text.split("\n") if p.strip()} <= paragraphs
