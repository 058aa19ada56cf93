"""Language detection (fr/en/ar) from script and stop-word counts; no model, no network."""

from __future__ import annotations

import re

SUPPORTED = ("fr", "en", "ar")

_FR = frozenset(
    "le la les des du de un une et est en dans pour sur au aux par avec que qui ce cette "
    "son sa ses a été lors ont sont d l qu".split()
)
_EN = frozenset(
    "the of and to in a is was for on with that by as at from has have were be it "
    "his her their which said".split()
)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]")


def detect_language(text: str) -> str:
    """Return "ar" when Arabic letters dominate, else the language with more stop words."""
    sample = text[:20000]
    letters = sum(1 for c in sample if c.isalpha())
    if letters == 0:
        return "fr"
    arabic = len(_ARABIC.findall(sample))
    if arabic / letters > 0.4:
        return "ar"
    words = [w.lower() for w in _WORD.findall(sample)]
    fr = sum(w in _FR for w in words)
    en = sum(w in _EN for w in words)
    # French articles elide (« l’Assemblée »): count the elisions too.
    fr += len(re.findall(r"\b[lLdDqQ][’']\w", sample))
    return "en" if en > fr else "fr"
