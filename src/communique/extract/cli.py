"""Entry points for tasks.py: ``inv extract`` and ``inv eval``. Errors are one line, exit 2."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TextIO


def read_article(path: Path) -> str:
    """The text of an article file (.txt in any common encoding, .html, .docx, .pdf), or
    ValueError with a one-line reason naming the file."""
    from .article_files import read_article_file

    return read_article_file(path).text


def run_extract(article_path: str, language: str, fmt: str, out: TextIO, *,
                reference_date: str = "") -> int:
    """`reference_date` (YYYY-MM-DD): the day the article was published, when known, for
    « hier » or « jeudi » in an article that carries no date itself (without it, such a date
    is left to confirm)."""
    import sys

    from . import nlp

    if fmt not in ("json", "yaml"):
        print(f"error: unknown format {fmt!r}; use json or yaml", file=sys.stderr)
        return 2
    if language in ("auto", "fr"):
        # First, before the extractor's own imports: spaCy loads in a child process while
        # this one reads the article, the patterns and the data files (cold, some 0.6 s).
        nlp.start_ner_process()
    try:
        return _extract_to(article_path, language, fmt, out, reference_date)
    finally:
        nlp.stop_ner_process()


def _extract_to(article_path: str, language: str, fmt: str, out: TextIO,
                reference_date: str) -> int:
    import datetime as dt
    import sys

    from .article import ExtractError, extract_article

    try:
        reference = dt.date.fromisoformat(reference_date) if reference_date else None
    except ValueError:
        print(f"error: --reference-date {reference_date!r} is not a date written YYYY-MM-DD",
              file=sys.stderr)
        return 2
    path = Path(article_path)
    try:
        from .article_files import read_article_file

        source = read_article_file(path)
        for note in source.notes:
            print(note, file=sys.stderr)
        if reference is None and source.published is not None:
            reference = source.published  # the page's own date anchors « hier »
        result = extract_article(source.text, language, reference_date=reference)
    except (ValueError, ExtractError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:  # noqa: BLE001 - a bug must still not show a traceback to staff
        print(f"error: {path}: extraction failed ({type(exc).__name__}: {exc})", file=sys.stderr)
        return 1
    data = result.to_dict()
    if fmt == "json":
        out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    else:
        from ruamel.yaml import YAML

        yaml = YAML()
        yaml.allow_unicode = True
        yaml.default_flow_style = False
        yaml.dump(data, out)
    return 0


def run_eval(manifest: str | Path, out: TextIO, *, role: str = "",
             sets: tuple[str, ...] = ()) -> int:
    """Score every set the manifest lists (or those of one role, or given ids), by role."""
    import sys

    from .evaluate import evaluate, read_manifest, select_sets, summary_table

    try:
        chosen = select_sets(read_manifest(Path(manifest)), role=role, ids=tuple(sets))
        if not chosen:
            print(f"error: {manifest}: no evaluation set with role {role!r}", file=sys.stderr)
            return 2
        reports = [evaluate(s.path, progress=True, label=s.id, role=s.role) for s in chosen]
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for report in reports:
        out.write(report.table() + "\n\n")
    out.write(summary_table(reports) + "\n")
    return 0
