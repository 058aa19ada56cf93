"""Speed of the extractor against spaCy NER alone on the same text, in the same process.

Run: ``python -m communique.extract.benchmark`` (prints ratios; no timed tests).
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable

from . import nlp
from .article import extract_article

_SAMPLE = """Le Maroc a été élu ce jeudi 7 novembre lors de l'Assemblée générale de l'organisation \
à Glasgow, en Écosse, vice-président d'Interpol pour l'Afrique, en la personne du préfet de \
police, Mohamed Dkhissi, directeur de la police judiciaire et responsable du Bureau central \
national d'Interpol à Rabat. Cette élection, obtenue avec un large soutien des délégués de 96 \
pays membres, traduit le ferme engagement du Royaume. La délégation marocaine, dirigée par le \
Directeur général de la Sûreté nationale, Abdellatif Hammouchi, a participé aux discussions. """


def _article(words: int) -> str:
    text = "Le Maroc élu vice-président d'Interpol pour l'Afrique\n\n"
    while len(text.split()) < words:
        text += _SAMPLE
    return text


def _best_of(fn: Callable[[], object], n: int) -> float:
    best = float("inf")
    for _ in range(n):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def benchmark(n: int = 5, words: int = 500) -> dict[str, float]:
    """Time extract_article and spaCy NER alone on a ``words``-word article; print the ratio."""
    text = _article(words)
    ref = dt.date(2026, 11, 29)
    load = time.perf_counter()
    nlp.french_pipeline()
    load = time.perf_counter() - load
    extract_article(text, "fr", reference_date=ref)  # warm caches (patterns, data files)
    ours = _best_of(lambda: extract_article(text, "fr", reference_date=ref), n)
    base = _best_of(lambda: nlp.french_pipeline()(text), n)
    ratio = ours / base if base else float("inf")
    print(f"article: {len(text.split())} words; model load {load:.2f} s (once per process)")
    print(f"spaCy NER alone : {base * 1000:8.1f} ms  (baseline)")
    print(f"extract_article : {ours * 1000:8.1f} ms  ({ratio:.2f}x baseline; target < 1 s)")
    return {"ours_s": ours, "baseline_s": base, "ratio": ratio, "load_s": load}



if __name__ == "__main__":
    benchmark()
