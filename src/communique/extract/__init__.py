"""Article → draft release fields (date, venue, people and titles, figures) with provenance."""

from .article import ExtractError, extract_article
from .cli import run_eval, run_extract
from .evaluate import EvalReport, evaluate
from .result import Extraction, Figure, Person, Provenance, Venue

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
