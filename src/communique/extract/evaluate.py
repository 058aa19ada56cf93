"""Score the extractor on evaluation sets against baselines measured in the same run.

Each article is ``NAME.txt`` with ``NAME.gold.yaml`` beside it (date, city, country, event,
people with titles, reference_date = the day the article was published, with
``reference_date_approximate: true`` when that day is a guess, in which case the extractor is
run without it, as a user without it would). The sets are listed
in a manifest (see ``read_manifest``) whose path the caller gives: each set has an id, a role
(``development``: tuned on, its scores flatter; ``validation``: never tuned on), the day it was
gathered, its languages, source and licence.
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
    role: str = "development"

    def to_dict(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "role": self.role,
            "articles": self.articles,
            "ours": self.ours,
            "baseline": self.baseline,
            "failures": self.failures,
        }

    def table(self) -> str:
        rows = [f"communique extractor vs baselines on {self.articles} articles "
                f"({self.label}, {self.role})", ""]
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
        # a title the gold does not give costs precision; naming it shows where
        misses.extend(
            f"extra title {g['name']}: {pt}"
            for i, pt in enumerate(p.get("titles") or []) if i not in taken
        )
    pairs.tp += tp
    pairs.fp += pred_pairs - tp
    pairs.fn += gold_pairs - tp
    return misses


def evaluate(
    devset_dir: Path, *, progress: bool = True, label: str = "development",
    role: str = "development",
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
            written = gold.get("reference_date")
            # the baseline's search needs a day to count from; ours is never given the day
            # the evaluation runs (« hier » would then be counted from it)
            ref = dt.date.fromisoformat(str(written)) if written else dt.date.today()
            language = str(gold.get("language", "auto"))
            # An approximate reference date (the annotator guessed the era) is what a press
            # officer would not have: the extractor runs without one, as `inv extract` would;
            # so does it when the gold gives none.
            given = None if gold.get("reference_date_approximate") or not written else ref
            result = extract_article(text, "auto", reference_date=given).to_dict()
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
    return EvalReport(len(golds), ours, baseline, failures, label, role)


ROLES = ("development", "validation")
_MANIFEST_KEYS = ("id", "role", "path", "gathered", "languages", "source", "licence")


@dataclass(frozen=True)
class EvalSet:
    id: str
    role: str
    path: Path
    gathered: dt.date
    languages: tuple[str, ...]
    source: str
    licence: str


def read_manifest(manifest: Path) -> list[EvalSet]:
    """The sets a manifest lists, in its order; ValueError naming the file and set when wrong."""
    manifest = Path(manifest)
    try:
        data = YAML(typ="safe", pure=True).load(manifest.read_text("utf-8"))
    except OSError as exc:
        raise ValueError(f"{manifest}: cannot be read ({exc.strerror or exc})") from None
    except Exception as exc:  # noqa: BLE001 - any YAML error becomes one line for the user
        raise ValueError(f"{manifest}: not valid YAML ({exc})") from None
    entries = data.get("sets") if isinstance(data, dict) else None
    if not isinstance(entries, list) or not entries:
        raise ValueError(f"{manifest}: no 'sets:' list")
    found: list[EvalSet] = []
    seen: set[str] = set()
    for n, entry in enumerate(entries, 1):
        where = f"{manifest}: set {n}"
        if not isinstance(entry, dict):
            raise ValueError(f"{where} is not a mapping")
        missing = [k for k in _MANIFEST_KEYS if entry.get(k) in (None, "", [])]
        if missing:
            raise ValueError(f"{where} ({entry.get('id', '?')}) lacks {', '.join(missing)}")
        set_id = str(entry["id"])
        if set_id in seen:
            raise ValueError(f"{where}: the id {set_id!r} is used twice")
        seen.add(set_id)
        role = str(entry["role"])
        if role not in ROLES:
            raise ValueError(f"{where} ({set_id}): role {role!r} is not one of {', '.join(ROLES)}")
        try:
            gathered = dt.date.fromisoformat(str(entry["gathered"]))
        except ValueError:
            raise ValueError(f"{where} ({set_id}): gathered {entry['gathered']!r} is not "
                             "a date written YYYY-MM-DD") from None
        path = manifest.parent / str(entry["path"])
        if not path.is_dir() or not any(path.glob("*.gold.yaml")):
            raise ValueError(f"{where} ({set_id}): {path} holds no *.gold.yaml files")
        found.append(EvalSet(set_id, role, path, gathered,
                             tuple(str(x) for x in entry["languages"]),
                             str(entry["source"]), str(entry["licence"])))
    return found


def select_sets(sets: list[EvalSet], *, role: str = "", ids: tuple[str, ...] = ()
                ) -> list[EvalSet]:
    """The sets of one role and/or with the given ids, grouped by role (development first)."""
    if role and role not in ROLES:
        raise ValueError(f"unknown role {role!r}; use one of {', '.join(ROLES)}")
    unknown = [i for i in ids if i not in {s.id for s in sets}]
    if unknown:
        raise ValueError(f"no evaluation set {', '.join(unknown)} in the manifest")
    chosen = [s for s in sets if (not role or s.role == role) and (not ids or s.id in ids)]
    return sorted(chosen, key=lambda s: ROLES.index(s.role))


def _pooled(reports: list[EvalReport], role: str) -> EvalReport:
    """All articles of one role scored as one set: counts weighted by articles."""
    total = sum(r.articles for r in reports)

    def mean(get) -> float:
        return round(sum(get(r) * r.articles for r in reports) / total, 3) if total else 0.0

    def merge(side: str) -> dict[str, Any]:
        first = getattr(reports[0], side)
        out: dict[str, Any] = {}
        for key, value in first.items():
            if isinstance(value, dict):
                out[key] = {m: mean(lambda r, k=key, m=m: getattr(r, side)[k][m]) for m in value}
            else:
                out[key] = mean(lambda r, k=key: getattr(r, side).get(k, 0.0))
        return out

    return EvalReport(total, merge("ours"), merge("baseline"), {}, f"{role} mean", role)


def summary_table(reports: list[EvalReport]) -> str:
    """Per role, one row per field and one column per set, then the role's articles pooled
    (mean weighted by articles); each cell is ours/baseline (F1 for people)."""
    rows = ["summary: ours/baseline; accuracy, or F1 for people and (person, title) pairs"]
    for role in ROLES:
        group = [r for r in reports if r.role == role]
        if group:
            rows += ["", f"{role} sets"]
            rows.append(_table_rows(group + ([_pooled(group, role)] if len(group) > 1 else [])))
    return "\n".join(rows)


def _table_rows(reports: list[EvalReport]) -> str:
    heads = [f"{r.label} ({r.articles})" for r in reports]
    widths = [max(len(h), 11) + 3 for h in heads]
    rows = []
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
