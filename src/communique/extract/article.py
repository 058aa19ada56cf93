"""Article → draft fields: runs each extractor and attaches provenance to every value."""

from __future__ import annotations

import datetime as dt
import re

from . import nlp
from .dates import resolve_event_date
from .figures import extract_figures
from .language import SUPPORTED, detect_language
from .organisations import extract_organisations
from .people import extract_people
from .result import Extraction, Figure, Person, Provenance, Venue
from .text import normalise, sentence_at, sentences

# Longer than any news article; beyond it the text is junk or a dump and only its start is read.
MAX_ARTICLE_CHARS = 100_000


class ExtractError(ValueError):
    """The input cannot be read as an article (e.g. an unknown language code)."""


def _headline(text: str) -> tuple[int, int] | None:
    m = re.match(r"\s*([^\n]+)\n", text)
    if not m:
        return None
    line = m.group(1).strip()
    s = m.start(1) + (len(m.group(1)) - len(m.group(1).lstrip()))
    e = s + len(line)
    rest = text[m.end():].strip()
    looks_like_title = (
        0 < len(line) <= 200
        and len(line.split()) >= 2
        and not line.endswith((".", ":", ";", ","))
        and bool(rest)
        and not re.fullmatch(r"[\d\s/.,:-]+", line)
    )
    return (s, e) if looks_like_title else None


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

    norm = normalise(work)
    sents = sentences(work)
    provenance: dict[str, Provenance] = {}

    def prov(path: str, start: int, end: int) -> None:
        sent = sentence_at(sents, start)
        sentence_text = work[sent.start:sent.end] if sent else work[start:end]
        provenance[path] = Provenance(sentence_text, start, end)

    head = _headline(work)
    headline = None
    first_body = 0
    if head:
        headline = work[head[0]:head[1]]
        prov("headline", *head)
        first_body = head[1] + 1

    ents = nlp.entities(work, lang)

    date_res = resolve_event_date(
        work, norm, sents, language=lang, reference_date=reference_date, first_body=first_body
    )
    warnings.extend(date_res.warnings)
    date_value = date_res.date.isoformat() if date_res.date else None
    if date_res.mention is not None:
        prov("date", date_res.mention.start, date_res.mention.end)
        if date_res.weekday_span:
            prov("weekday", *date_res.weekday_span)
        elif date_res.weekday_text:
            prov("weekday", date_res.mention.start, date_res.mention.end)
    elif not date_res.uncertain:
        warnings.append("no date found in the article")
    if date_res.uncertain:
        uncertain.append("date")
    date_spans = [(m.start, m.end) for m in date_res.mentions]

    drafts = extract_people(work, norm, lang, ents)
    people: list[Person] = []
    title_spans: list[tuple[int, int]] = []
    name_spans: list[tuple[int, int]] = []
    for i, d in enumerate(drafts):
        prov(f"people[{i}].name", d.name.start, d.name.end)
        titles_out = []
        for j, (s, e) in enumerate(d.titles):
            titles_out.append(work[s:e])
            prov(f"people[{i}].titles[{j}]", s, e)
            title_spans.append((s, e))
        honorific = None
        if d.honorific:
            honorific = work[d.honorific[0]:d.honorific[1]]
            prov(f"people[{i}].honorific", *d.honorific)
        name_spans.extend((m.start, m.end) for m in d.mentions)
        people.append(Person(d.name.text, tuple(titles_out), honorific))
        if not titles_out:
            uncertain.append(f"people[{i}].titles")

    from .venue import extract_venue

    v = extract_venue(
        work, norm, lang, sents, ents,
        first_body=first_body,
        date_offset=date_res.mention.start if date_res.mention else None,
        excluded=title_spans + name_spans,
    )
    city = (v.city_label or work[v.city.start:v.city.end]) if v.city else None
    if v.city:
        prov("venue.city", v.city.start, v.city.end)
        if v.dateline_city and v.city == v.dateline_city:
            uncertain.append("venue.city")
            warnings.append("the only city found is the dateline's: confirm it is the venue")
    country = None
    if v.country and not v.country_label:
        country = work[v.country.start:v.country.end]
        prov("venue.country", v.country.start, v.country.end)
    elif v.country_label and (v.city or v.country):
        # from the gazetteer: the city's country, or the country the article keeps naming
        country = v.country_label
        src = v.city or v.country
        assert src is not None
        prov("venue.country", src.start, src.end)
    event = None
    if v.event:
        event = work[v.event.start:v.event.end]
        prov("venue.event", v.event.start, v.event.end)
    if v.no_venue_cue:
        warnings.append(f"no physical venue (« {v.no_venue_cue} »): venue left empty")
    elif city is None:
        warnings.append("no venue city found")
        uncertain.append("venue.city")

    org_spans = extract_organisations(norm, lang, ents, name_spans)
    organisations = []
    for i, (s, e) in enumerate(org_spans):
        organisations.append(work[s:e])
        prov(f"organisations[{i}]", s, e)

    figures = []
    for i, f in enumerate(extract_figures(norm, date_spans)):
        figures.append(Figure(work[f.start:f.end], work[f.what_start:f.what_end]))
        prov(f"figures[{i}]", f.start, f.end)

    return Extraction(
        language=lang,
        headline=headline,
        date=date_value,
        weekday=date_res.weekday_text if date_value else None,  # only as written
        venue=Venue(city, country, event),
        people=tuple(people),
        organisations=tuple(organisations),
        figures=tuple(figures),
        provenance=provenance,
        warnings=tuple(warnings),
        uncertain=tuple(dict.fromkeys(uncertain)),
    )
