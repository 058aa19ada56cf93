"""Article → draft fields: runs the pipeline of components (``pipeline.py``) over the
article and reads the result, every value with its provenance."""

from __future__ import annotations

import datetime as dt

from . import pipeline
from .language import SUPPORTED, detect_language
from .result import Extraction, Figure, Venue

# Longer than any news article; beyond it the text is junk or a dump and only its start is read.
MAX_ARTICLE_CHARS = 100_000


class ExtractError(ValueError):
    """The input cannot be read as an article (e.g. an unknown language code)."""


def extract_article(
    text: str, language: str = "auto", *, reference_date: dt.date | None = None
) -> Extraction:
    """Draft press-release fields from a news article, each with the sentence it came from."""
    if not isinstance(text, str):
        raise ExtractError("the article must be text")
    if language not in ("auto", *SUPPORTED):
        raise ExtractError(f"unsupported language {language!r}; use one of auto, fr, en, ar")
    warnings: list[str] = []
    uncertain: list[str] = []
    full_length = len(text)
    work = text[:MAX_ARTICLE_CHARS]
    if full_length > MAX_ARTICLE_CHARS:
        warnings.append(
            f"article is {full_length} characters: only the first {MAX_ARTICLE_CHARS} were read"
        )
    lang = detect_language(work) if language == "auto" else language
    if not work.strip():
        return Extraction(language=lang, warnings=("the article is empty",))

    state = pipeline.run(work, lang, reference_date)
    warnings.extend(state.warnings)
    date = state.date
    date_value = date.date.isoformat() if date and date.date else None
    v = state.venue
    assert v is not None
    country = None
    if v.country and not v.country_label:
        country = state.value((v.country.start, v.country.end))
    elif v.country_label and (v.city or v.country):
        country = v.country_label
    return Extraction(
        language=lang,
        headline=state.value(state.headline) if state.headline else None,
        date=date_value,
        weekday=date.weekday_text if date and date_value else None,  # only as written
        # The gazetteer's spelling when the text wraps the name (« للقاهرة » → القاهرة).
        venue=Venue((v.city_label or state.value((v.city.start, v.city.end))) if v.city
                    else None, country,
                    state.value((v.event.start, v.event.end)) if v.event else None),
        people=tuple(state.persons),
        organisations=tuple(state.value(span) for span in state.organisations),
        figures=tuple(Figure(state.value((f.start, f.end)),
                             state.value((f.what_start, f.what_end))) for f in state.figures),
        provenance=state.provenance,
        warnings=tuple(warnings),
        uncertain=tuple(dict.fromkeys(uncertain + state.uncertain)),
    )
