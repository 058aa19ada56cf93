"""Article → draft release fields (date, venue, people and titles, figures) with provenance."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .article import ExtractError, extract_article
    from .cli import run_eval, run_extract
    from .evaluate import EvalReport, evaluate
    from .result import Extraction, Figure, Person, Provenance, Venue

# Each name is imported on first use (PEP 562): ``inv extract`` reaches ``cli`` without the
# extractor's modules (some 0.25 s cold), so it can start spaCy's child process first.
_WHERE = {
    "ExtractError": "article", "extract_article": "article",
    "run_eval": "cli", "run_extract": "cli",
    "EvalReport": "evaluate", "evaluate": "evaluate",
    "Extraction": "result", "Figure": "result", "Person": "result",
    "Provenance": "result", "Venue": "result",
}

__all__ = [
    "EvalReport",
    "ExtractError",
    "Extraction",
    "Figure",
    "Person",
    "Provenance",
    "Venue",
    "evaluate",
    "extract_article",
    "run_eval",
    "run_extract",
]


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{_WHERE[name]}", __name__), name)
    globals()[name] = value
    return value
