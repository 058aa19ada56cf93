"""Article text helpers: a same-length normalised copy for matching, and sentence spans."""

from __future__ import annotations

# Sentences are the unit dates are read in, by the extractor and the date checks alike.
from ..date_mentions import Sentence, sentence_at, sentences  # noqa: F401

# One character for one character, so offsets in the normalised copy are offsets in the article.
_SAME_LENGTH = str.maketrans(
    {
        **{chr(0x0660 + i): str(i) for i in range(10)},  # Arabic-Indic digits
        **{chr(0x06F0 + i): str(i) for i in range(10)},  # Eastern Arabic-Indic digits
        "\u00a0": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u2019": "'",
        "\u02bc": "'",
        "\u2018": "'",
        "\u06cc": "\u064a",  # Persian yeh, in Arabic text typed on Persian keyboards
        "\u06a9": "\u0643",  # keheh, likewise, for kaf
        "\u060c": ",",  # Arabic comma
        "\u061b": ";",
        "\u061f": "?",
        "\u2013": "-",
        "\u2014": "-",
    }
)


def normalise(text: str) -> str:
    """Return a copy of the same length with digits, spaces, apostrophes and commas unified."""
    return text.translate(_SAME_LENGTH)


