"""Entry points for tasks.py: ``inv extract`` and ``inv eval``. Errors are one line, exit 2."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TextIO

MAX_FILE_BYTES = 5_000_000


def read_article(path: Path) -> str:
    """Read an article file or raise ValueError with a one-line reason naming the file."""
    if not path.exists():
        raise ValueError(f"{path}: no such file")
    if not path.is_file():
        raise ValueError(f"{path}: not a regular file")
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ValueError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    if len(raw) > MAX_FILE_BYTES:
        raise ValueError(f"{path}: {len(raw)} bytes is too large for an article")
    if b"\x00" in raw[:8192]:
        raise ValueError(f"{path}: binary file, not a text article")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValueError(
            f"{path}: not UTF-8 text (invalid byte at offset {exc.start})"
        ) from None
    if not text.strip():
        raise ValueError(f"{path}: the file is empty")
    return text


def run_extract(article_path: str, language: str, fmt: str, out: TextIO, *,
                reference_date: str = "") -> int:
    """`reference_date` (YYYY-MM-DD): the day the article was published, when known, for
    « hier » or « jeudi » in an article that carries no date itself (without it, such a date
    is left to confirm)."""
    import datetime as dt
    import sys

    from .article import ExtractError, extract_article

    if fmt not in ("json", "yaml"):
        print(f"error: unknown format {fmt!r}; use json or yaml", file=sys.stderr)
        return 2
    try:
        reference = dt.date.fromisoformat(reference_date) if reference_date else None
    except ValueError:
        print(f"error: --reference-date {reference_date!r} is not a date written YYYY-MM-DD",
              file=sys.stderr)
        return 2
    path = Path(article_path)
    try:
        text = read_article(path)
        result = extract_article(text, language, reference_date=reference)
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
