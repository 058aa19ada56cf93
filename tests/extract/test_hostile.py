"""Odd input gives a result or a clear error, never a traceback."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from communique.extract import ExtractError, extract_article

TODAY = dt.date(2026, 11, 29)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\t ",
        "\x00\x01\x02 binary \xff\xfe junk \x1b[31m",
        "Pas de date ici, seulement du texte.",
        "مرحبا بكم في الرباط",
        "Mixed: Le ministre met the President في الرباط le 3 mars 2024.",
        "M.\nM. M. , , ,",
        "31/02/2024 99/99/9999 2024-13-45",
        "(((((((((((((((((((",
    ],
)
def test_odd_inputs_give_a_result(text, french_nlp):
    r = extract_article(text, reference_date=TODAY)
    assert r.language in ("fr", "en", "ar")
    r.to_dict()


def test_random_bytes_decoded_as_text(french_nlp):
    rng = random.Random(7)
    junk = bytes(rng.randrange(256) for _ in range(5000)).decode("latin-1")
    extract_article(junk, reference_date=TODAY).to_dict()


def test_one_megabyte_is_truncated_with_a_warning(french_nlp, seed_text):
    big = (seed_text + "\n") * (1_000_000 // len(seed_text) + 1)
    r = extract_article(big, reference_date=TODAY)
    assert r.date == "2024-11-07"
    assert any("only the first" in w for w in r.warnings)


def test_unknown_language_is_a_clear_error():
    with pytest.raises(ExtractError, match="unsupported language"):
        extract_article("texte", "de")


def test_not_text_is_a_clear_error():
    with pytest.raises(ExtractError):
        extract_article(b"bytes")  # type: ignore[arg-type]
