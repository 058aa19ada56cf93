"""Score the extractor on evaluation sets against baselines measured in the same run.

Each article is ``NAME.txt`` with ``NAME.gold.yaml`` beside it (date, city, country, event,
people with titles, reference_date = the day the article was processed). The sets live in
``tests/extract`` (see ``SETS``): ``devset`` (development: the extractor was tuned on it, so its
scores flatter), ``unseen`` and ``final`` (gathered later, since also tuned on), ``fresh``
(gathered after that), ``fresh_final`` (kept aside from ``fresh``, run once at the end),
``blind`` (gathered later still, gold written before any run; also run once, with ``--final``)
and ``last`` (8 items gathered at the end of the recall round, the same way as ``blind``).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML


def _norm(value: str | None) -> str:
    if not value:
        return ""
    value = value.replace("’", "'").replace("ʼ", "'").lower()
    value = "".join(
        c for c in unicodedata.normalize("NFKD", value) if not unicodedata.combining(c)
    )
    value = re.sub(r"[\u064B-\u0652\u0640]", "", value)  # Arabic diacritics and tatweel
    value = re.sub(r"[^\w]+", " ", value)
    value = re.sub(r"\b(?:l|d|le|la|les|the|de|du|des|of)\b", " ", value)
    return " ".join(value.split())


def same_name(a: str, b: str) -> bool:
    ta, tb = _norm(a).split(), _norm(b).split()
    if not ta or not tb:
        return False
    if ta == tb:
        return True
    short, long = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    return len(short) >= 2 and all(t in long for t in short)


def same_text(a: str | None, b: str | None) -> bool:
    """Lenient: equal after normalisation, or one contains the other."""
    na, nb = _norm(a), _norm(b)
    if not na or not nb:
        return na == nb
    return na == nb or na in nb or nb in na


@dataclass
class _Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def scores(self) -> dict[str, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3)}


@dataclass
class _Acc:
    right: int = 0
    total: int = 0

    def score(self) -> float:
        return round(self.right / self.total, 3) if self.total else 0.0


@dataclass(frozen=True)
class EvalReport:
    articles: int
    ours: dict[str, Any]
    baseline: dict[str, Any]
    failures: dict[str, list[str]] = field(default_factory=dict)
    label: str = "development"

    def to_dict(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "articles": self.articles,
            "ours": self.ours,
            "baseline": self.baseline,
            "failures": self.failures,
        }

    def table(self) -> str:
        rows = [f"communique extractor vs baselines on {self.articles} articles ({self.label})", ""]
        rows.append(f"{'field':<22}{'metric':<10}{'ours':>8}{'baseline':>10}  baseline is")
        names = {
            "date": "dateparser search_dates, first hit",
            "city": "spaCy NER, first LOC",
            "country": "none",
            "event": "none",
            "people": "spaCy NER, PER entities",
            "person_title": "spaCy NER (no titles)",
        }
        for key in ("date", "city", "country", "event"):
            rows.append(
                f"{key:<22}{'accuracy':<10}{self.ours[key]:>8.3f}"
                f"{self.baseline.get(key, 0.0):>10.3f}  {names[key]}"
            )
        for key in ("people", "person_title"):
            for metric in ("precision", "recall", "f1"):
                rows.append(
                    f"{key:<22}{metric:<10}{self.ours[key][metric]:>8.3f}"
                    f"{self.baseline[key][metric]:>10.3f}  {names[key]}"
                )
        return "\n".join(rows)


def _load_gold(path: Path) -> dict[str, Any]:
    data = YAML(typ="safe", pure=True).load(path.read_text("utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"{path}: gold file is not a mapping")
    return data


def _baseline(text: str, language: str, ref: dt.date) -> dict[str, Any]:
    from . import nlp

    ents = nlp.entities(text, "fr")  # the only spaCy model installable here
    people = [e.text for e in ents if e.label == "PER"]
    city = next((e.text for e in ents if e.label == "LOC"), None)
    date = None
    try:
        from dateparser.search import search_dates

        hits = search_dates(
            text[:5000],
            languages=[language],
            settings={"RELATIVE_BASE": dt.datetime.combine(ref, dt.time())},
        )
        if hits:
            date = hits[0][1].date().isoformat()
    except Exception:  # noqa: BLE001 - the baseline's own failures count as misses
        date = None
    return {"date": date, "city": city, "people": [{"name": p, "titles": []} for p in people]}


def _score_people(
    pred: list[dict[str, Any]], gold: list[dict[str, Any]], people: _Counts, pairs: _Counts
) -> list[str]:
    misses: list[str] = []
    used: set[int] = set()
    matched: list[tuple[dict[str, Any], dict[str, Any]]] = []
    for g in gold:
        hit = next(
            (i for i, p in enumerate(pred) if i not in used and same_name(p["name"], g["name"])),
            None,
        )
        if hit is None:
            people.fn += 1
            misses.append(f"missed person {g['name']}")
        else:
            used.add(hit)
            people.tp += 1
            matched.append((pred[hit], g))
    for i, p in enumerate(pred):
        if i not in used:
            people.fp += 1
            misses.append(f"extra person {p['name']}")
    gold_pairs = sum(len(g.get("titles") or []) for g in gold)
    pred_pairs = sum(len(p.get("titles") or []) for p in pred)
    tp = 0
    for p, g in matched:
        taken: set[int] = set()
        for t in g.get("titles") or []:
            hit = next(
                (i for i, pt in enumerate(p.get("titles") or [])
                 if i not in taken and same_text(pt, t)),
                None,
            )
            if hit is None:
                misses.append(f"missed title {g['name']}: {t}")
            else:
                taken.add(hit)
                tp += 1
    pairs.tp += tp
    pairs.fp += pred_pairs - tp
    pairs.fn += gold_pairs - tp
    return misses


def evaluate(
    devset_dir: Path, *, progress: bool = True, label: str = "development"
) -> EvalReport:
    """Per-field scores for communique's extractor and for spaCy/dateparser alone."""
    from rich.progress import Progress

    from .article import extract_article

    devset_dir = Path(devset_dir)
    golds = sorted(devset_dir.glob("*.gold.yaml"))
    if not golds:
        raise ValueError(f"{devset_dir}: no *.gold.yaml files")
    acc = {k: _Acc() for k in ("date", "city", "country", "event")}
    base_acc = {k: _Acc() for k in ("date", "city")}
    people, pairs = _Counts(), _Counts()
    b_people, b_pairs = _Counts(), _Counts()
    failures: dict[str, list[str]] = {}
    with Progress(disable=not progress, transient=True) as bar:
        task = bar.add_task("evaluating", total=len(golds))
        for gold_path in golds:
            name = gold_path.name.removesuffix(".gold.yaml")
            text = (devset_dir / f"{name}.txt").read_text("utf-8")
            gold = _load_gold(gold_path)
            ref = dt.date.fromisoformat(str(gold.get("reference_date") or dt.date.today()))
            language = str(gold.get("language", "auto"))
            result = extract_article(text, "auto", reference_date=ref).to_dict()
            notes: list[str] = []
            for key, got in (
                ("date", result["date"]),
                ("city", result["venue"]["city"]),
                ("country", result["venue"]["country"]),
                ("event", result["venue"]["event"]),
            ):
                want = gold.get(key)
                want = str(want) if want is not None else None
                ok = same_text(got, want) if key != "date" else got == want
                acc[key].total += 1
                acc[key].right += ok
                if not ok:
                    notes.append(f"{key}: got {got!r}, want {want!r}")
            notes += _score_people(result["people"], gold.get("people") or [], people, pairs)

            base = _baseline(text, language, ref)
            base_acc["date"].total += 1
            base_acc["date"].right += base["date"] == (str(gold["date"]) if gold.get("date")
                                                       else None)
            base_acc["city"].total += 1
            base_acc["city"].right += same_text(base["city"], gold.get("city"))
            _score_people(base["people"], gold.get("people") or [], b_people, b_pairs)
            if notes:
                failures[name] = notes
            bar.advance(task)
    ours = {k: a.score() for k, a in acc.items()}
    ours["people"] = people.scores()
    ours["person_title"] = pairs.scores()
    baseline: dict[str, Any] = {k: a.score() for k, a in base_acc.items()}
    baseline["people"] = b_people.scores()
    baseline["person_title"] = b_pairs.scores()
    return EvalReport(len(golds), ours, baseline, failures, label)


# Sibling folders of the development set, in report order: folder, label, shown only with --final.
# ``fresh`` was gathered after the extractor had been tuned on the first three; ``fresh_final`` is
# its kept-aside part, run once at the end of a round of changes; ``blind`` was gathered for the
# people/titles round and written up before the extractor ever ran on it (see blind/SOURCES.md);
# ``last`` likewise for the recall round (see last/SOURCES.md); ``clean5`` likewise for the round
# after it (see clean5/SOURCES.md); ``clean6`` for the round after that (see clean6/SOURCES.md);
# ``clean7`` likewise for the round after that (see clean7/SOURCES.md); ``clean8`` for the round
# after that (see clean8/SOURCES.md); ``clean9`` for the round after that (see clean9/SOURCES.md);
# ``clean10`` for the round after that (see clean10/SOURCES.md).
SETS = (
    ("devset", "development", False),
    ("unseen", "held out", False),
    ("fresh", "fresh", False),
    ("final", "final check", True),
    ("fresh_final", "fresh final", True),
    ("blind", "blind", True),
    ("last", "last", True),
    ("clean5", "clean5", True),
    ("clean6", "clean6", True),
    ("clean7", "clean7", True),
    ("clean8", "clean8", True),
    ("clean9", "clean9", True),
    ("clean10", "clean10", True),
)


def evaluation_sets(devset_dir: Path, *, final: bool = False) -> list[tuple[str, Path]]:
    """The development set, then the sets beside it (the kept-aside ones only when asked)."""
    devset_dir = Path(devset_dir)
    found = [("development", devset_dir)]
    for folder, label, kept_aside in SETS[1:]:
        if kept_aside and not final:
            continue
        path = devset_dir.parent / folder
        if path != devset_dir and path.is_dir() and any(path.glob("*.gold.yaml")):
            found.append((label, path))
    return found


def summary_table(reports: list[EvalReport]) -> str:
    """One row per field, one column per set; each cell is ours/baseline (F1 for people)."""
    heads = [f"{r.label} ({r.articles})" for r in reports]
    widths = [max(len(h), 11) + 3 for h in heads]
    rows = ["summary: ours/baseline; accuracy, or F1 for people and (person, title) pairs", ""]
    rows.append(f"{'field':<14}" + "".join(f"{h:>{w}}" for h, w in zip(heads, widths, strict=True)))
    for key in ("date", "city", "country", "event", "people", "person_title"):
        cells = []
        for r, w in zip(reports, widths, strict=True):
            ours, base = r.ours[key], r.baseline.get(key, 0.0)
            if isinstance(ours, dict):
                ours, base = ours["f1"], base["f1"]
            cells.append(f"{f'{ours:.3f}/{base:.3f}':>{w}}")
        rows.append(f"{key:<14}" + "".join(cells))
    return "\n".join(rows)
