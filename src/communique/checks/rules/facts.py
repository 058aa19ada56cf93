"""Rules tracing the release's facts to its source article (only when article.txt exists).

Every number, date, person and title the release states must be found in the article the
press office received (titles and spellings may come from the protocol registry instead).
A fact that is not there is reported with the article's nearest one, so « 196 » reads
« not in the article (nearest: 96) ».
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Iterator
from functools import lru_cache

from communique.checks.rule import CheckContext, Rule
from communique.checks.rules.article_match import loose_key, names_person, person_keys
from communique.checks.rules.dates import find_dates, reference_date
from communique.checks.rules.prose import fold, normalise, segments
from communique.checks.rules.protocol import find_mentions, person_for, registry_of
from communique.diagnostics import Diagnostic
from communique.packs.protocol_registry import Registry

_NUMBER = re.compile(r"(?<![\w.,])\d{1,3}(?:[\u00a0\u202f .]\d{3})+(?:,\d+)?(?![\d])"
                     r"|(?<![\w])\d+(?:[.,]\d+)?(?![\d])")
_ORDINAL_ONE = re.compile(r"1(?:er|re|ère)\b")
_HONORIFIC_NAME = re.compile(
    r"(?<![\w])(?:M\.|MM\.|Mme|Mlle|Monsieur|Madame|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Pr\.?)"
    r"[\s\u00a0]+(?P<name>[A-ZÀ-ÖØ-Þ][\w’'\-]+(?:[\s\u00a0]+[A-ZÀ-ÖØ-Þ][\w’'\-]+){0,3})")
# Fields whose numbers are not facts taken from an article.
_NO_NUMBERS = re.compile(r"^(?:people\[\d+\]\.(?:name|honorific)|contacts|boilerplate"
                         r"|venue\.address)")
# Figures that say when and where to come, not what happened: clock times (« 10 h 00 »,
# "10:30", "10 a.m."), phone numbers, street numbers and post boxes. A media advisory is
# full of them and the article rarely gives them.
_NOT_A_FACT = re.compile(
    r"(?<![\w])\d{1,2}[\s\u00a0\u202f]*[hH](?:[\s\u00a0\u202f]*\d{2})?(?![^\W\d_])"
    r"|(?<![\w:])\d{1,2}:\d{2}(?::\d{2})?(?![\d:])"
    r"|(?<![\w])\d{1,2}(?:[.:]\d{2})?[\s\u00a0]*(?:a\.m\.|p\.m\.|am\b|pm\b)"
    r"|(?:\+|\b00)\d[\d\s\u00a0.\-()]{6,}\d"
    r"|(?<![\w])0\d(?:[\s\u00a0.\-]?\d{2}){4}(?!\d)"
    r"|(?<![\w])\d{1,4}(?:[\s\u00a0]*(?:bis|ter))?,?[\s\u00a0]+(?:rue|avenue|av\.|boulevard"
    r"|bd|place|chemin|route|impasse|allée|quai|street|st\.|road|rd\.|lane|شارع|زنقة)\b"
    r"|\b(?:B\.?P\.?|P\.?O\.? Box|ص\.ب)[\s\u00a0]*\d+", re.IGNORECASE)
_UNIT = re.compile(r"[\s\u00a0\u202f]*(?P<unit>[^\W\d_]{2,})")


def _value(number: str) -> str:
    """« 1 500 », « 1.500 », « 1500 » → '1500'; « 2,5 » → '2.5'."""
    text = re.sub(r"[\u00a0\u202f .](?=\d{3}(?!\d))", "", number)
    return text.replace(",", ".")


def numbers_in(text: str) -> list[tuple[int, int, str]]:
    probe = fold(text)
    return [(m.start(), m.end(), _value(m.group())) for m in _NUMBER.finditer(probe)]


@lru_cache(maxsize=16)
def _article_facts(article: str) -> tuple[frozenset[str], tuple[tuple[int, int], ...], str]:
    numbers = frozenset(v for _, _, v in numbers_in(article))
    dates = tuple(dict.fromkeys((d.day, d.month) for d in find_dates(article) if d.possible))
    return numbers, dates, normalise(article)


def unit_after(text: str, end: int) -> str:
    """The word written after a number (« heures » in « 48 heures »), or ''."""
    m = _UNIT.match(text, end)
    return m.group("unit") if m else ""


@lru_cache(maxsize=16)
def _article_figures(article: str) -> tuple[tuple[str, str, str], ...]:
    """(value, as written, the word after it) for every number of the article."""
    probe = fold(article)
    return tuple(dict.fromkeys((v, article[s:e], unit_after(article, e))
                               for s, e, v in numbers_in(probe)))


def nearest_figure(value: str, unit: str, article: str) -> str:
    """The article's figure most like `value`: the same unit first (« 48 heures » → « 24
    heures »), then the closest as a number (97 → 96), then the closest as written."""
    figures = _article_figures(article)
    if not figures:
        return ""
    same_unit = [f for f in figures if unit and f[2] and loose_key(f[2]) == loose_key(unit)]
    pool = same_unit or list(figures)
    try:
        target = float(value)
    except ValueError:
        target = None

    def distance(figure: tuple[str, str, str]) -> tuple[float, float]:
        written = 1 - difflib.SequenceMatcher(None, figure[0], value).ratio()
        try:
            number = abs(float(figure[0]) - target) / max(abs(target), 1) \
                if target is not None else written
        except ValueError:
            number = float("inf")
        return number, written

    best = min(pool, key=distance)
    return f"{best[1]} {best[2]}" if same_unit else best[1]


def _nearest_phrase(phrase: str, article: str) -> str:
    """The run of article words most like `phrase` (same number of words)."""
    words = re.findall(r"\S+", article)
    size = max(1, len(phrase.split()))
    best, best_ratio = "", 0.0
    target = normalise(phrase)
    for n in (size, size - 1, size + 1):
        for i in range(len(words) - n + 1 if n > 0 else 0):
            candidate = " ".join(words[i:i + n]).strip(",.;:()«»\"")
            ratio = difflib.SequenceMatcher(None, normalise(candidate), target).ratio()
            if ratio > best_ratio:
                best, best_ratio = candidate, ratio
    return best if best_ratio >= 0.5 else ""


class _FactRule(Rule):
    def check(self, ctx: CheckContext) -> Iterator[Diagnostic]:
        if not ctx.release.article.strip():
            return
        yield from self.check_article(ctx, *_article_facts(ctx.release.article))

    def check_article(self, ctx, numbers, dates, article) -> Iterator[Diagnostic]:
        return iter(())


class NumberNotInArticle(_FactRule):
    """A001 number-not-in-article: A number in the release is not in the source article.

    Why: « 196 pays » where the article says 96: a changed figure is the most quoted and the most
    embarrassing error a release can carry.

    Example:
        article: « ... des délégués de 96 pays membres »
        release: « ... de 196 pays »

    Fix: Write the number as the article gives it.
    """

    def check_article(self, ctx, numbers, dates, article) -> Iterator[Diagnostic]:
        r = ctx.release
        own_years = {str(d.year) for d in (r.date, r.event_date) if d}
        reported: set[str] = set()
        for segment in segments(r):
            if _NO_NUMBERS.match(segment.path):
                continue
            in_dates = [(d.start, d.end) for d in find_dates(segment.masked)]
            in_dates += [m.span() for m in _NOT_A_FACT.finditer(segment.masked)]
            for start, end, value in numbers_in(segment.masked):
                if any(s <= start < e for s, e in in_dates) or value in own_years:
                    continue
                if _ORDINAL_ONE.match(segment.masked, start):
                    continue  # « 1er » is often « premier » in the article
                if value in numbers:
                    continue
                where = segment.location(start)
                key = f"{segment.path}:{value}:{where.line}"
                if key in reported:
                    continue
                reported.add(key)
                near = nearest_figure(value, unit_after(segment.masked, end), r.article)
                hint = f" (nearest in the article: « {near} »)" if near else ""
                yield self.problem(f"« {segment.text[start:end]} » is not in the source "
                                   f"article{hint}.", where,
                                   f"Write « {near} », as the article does, or correct the "
                                   "article." if near else self.fix)


class PersonNotInArticle(_FactRule):
    """A002 person-not-in-article: A person named in the release is not named in the source article.

    Why: A person the article never mentions was added from memory or misspelt; either way the
    release states something its source does not.

    Example:
        people:
          - name: Abdelatif Hammouchi   ← the article says Abdellatif

    Fix: Name the person as the article (or the protocol registry) does.
    """

    def check_article(self, ctx, numbers, dates, article) -> Iterator[Diagnostic]:
        r = ctx.release
        registry = registry_of(ctx)
        loose_article = _loose_article(r.article)
        # A name the release corrects, with the article's spelling noted (A009), is traced
        # through that spelling, in people[] and wherever the text names the person.
        corrected = [person_keys(p.name) for i, p in enumerate(r.people)
                     if _article_spelling(r, i)
                     and loose_key(_article_spelling(r, i)) in loose_article]

        def traceable(name: str) -> bool:
            return _traceable_name(name, article, registry) \
                or loose_key(name) in loose_article \
                or any(names_person(name, keys) for keys in corrected)

        for i, person in enumerate(r.people):
            if not person.name or traceable(person.name):
                continue
            near = _nearest_phrase(person.name, r.article)
            yield self.problem(
                f"{person.name} is not named in the source article"
                + (f" (nearest: « {near} »)." if near else "."),
                r.where(f"people[{i}].name"),
                f"Write « {near} » if that is the person." if near else self.fix)
        seen: set[str] = set()
        for segment in segments(r):
            if segment.path not in ("body", "headline", "subheadline"):
                continue
            names = [(m.start("name"), m.group("name")) for m in
                     _HONORIFIC_NAME.finditer(segment.masked)]
            if registry is not None:
                names += [(m.start, segment.masked[m.start:m.end])
                          for m in find_mentions(segment.masked, registry)]
            for start, name in sorted(names):
                key = normalise(name)
                if key in seen or traceable(name):
                    continue
                seen.add(key)
                near = _nearest_phrase(name, r.article)
                yield self.problem(
                    f"« {name} » is not named in the source article"
                    + (f" (nearest: « {near} »)." if near else "."),
                    segment.location(start),
                    f"Write « {near} » if that is the person." if near else self.fix)


def _article_spelling(release, index: int) -> str:
    return release.fields.get(f"people[{index}].article_spelling", "").strip()


@lru_cache(maxsize=16)
def _loose_article(article: str) -> str:
    return loose_key(article)


def _traceable_name(name: str, article: str, registry: Registry | None) -> bool:
    if normalise(name) in article:
        return True
    if registry is not None:
        found = person_for(name, registry)
        if found is not None and found[1]:
            return True
    return False


class DateNotInArticle(_FactRule):
    """A003 date-not-in-article: A date in the release (event date or a date in the text) is not in
    the article.

    Why: The article is the only witness of when the event took place; a date it never gives is a
    date nobody checked.

    Example:
        article: « ce jeudi 7 novembre »
        release: event_date: 2024-11-08

    Fix: Use the date the article gives.
    """

    def check_article(self, ctx, numbers, dates, article) -> Iterator[Diagnostic]:
        if not dates:
            return  # the article dates nothing (« hier »): nothing to trace against
        r = ctx.release
        known = set(dates)
        event = reference_date(r)
        field = "event_date" if r.event_date else "date"
        if event and (event.day, event.month) not in known:
            yield self.problem(
                f"'{field}' is {event.isoformat()}, a day the article never gives "
                f"(it gives {_list_dates(dates)}).", r.where(field),
                f"Use {_nearest_date(event, dates)}, as the article does.")
        for segment in segments(r):
            for mention in find_dates(segment.masked):
                if not mention.possible or (mention.day, mention.month) in known:
                    continue
                near = event or r.date
                when = mention.resolve(near)
                yield self.problem(
                    f"« {mention.text.strip()} » is not a date the article gives "
                    f"(it gives {_list_dates(dates)}).", segment.location(mention.start),
                    f"Use {_nearest_date(when, dates)}, as the article does." if when
                    else self.fix)


def _list_dates(dates) -> str:
    return ", ".join(f"{d:02d}/{m:02d}" for d, m in dates[:5])


def _nearest_date(date: dt.date, dates) -> str:
    def distance(dm):
        try:
            return abs((dt.date(date.year, dm[1], dm[0]) - date).days)
        except ValueError:
            return 10_000
    day, month = min(dates, key=distance)
    return f"{day:02d}/{month:02d}"


class TitleNotInArticle(_FactRule):
    """A004 title-not-in-article: A person's title is neither in the source article nor in the
    protocol registry.

    Why: A title the article does not give and protocol does not know was invented or misremembered:
    an official's title is never guessed.

    Example:
        people:
          - name: Mohamed Dkhissi
            titles: [directeur de la police]

    Fix: Use the title the article gives, or add it to templates/protocol.yaml.
    """

    def check_article(self, ctx, numbers, dates, article) -> Iterator[Diagnostic]:
        r = ctx.release
        registry = registry_of(ctx)
        for i, person in enumerate(r.people):
            registered = person_for(person.name, registry) if registry else None
            allowed = {normalise(t) for t in registered[0].titles_in(r.language)} \
                if registered else set()
            allowed |= {loose_key(t) for t in allowed}
            loose_article = _loose_article(r.article)
            for j, title in enumerate(person.titles):
                key = normalise(title)
                # Case, accents, apostrophes and spacing aside: « ministre d’État » is the
                # article's « ministre d'Etat ».
                if key in article or key in allowed or loose_key(title) in loose_article \
                        or loose_key(title) in allowed:
                    continue
                near = _nearest_phrase(title, r.article)
                yield self.problem(
                    f"« {title} » ({person.name}) is neither in the source article nor in "
                    "the protocol registry" + (f" (nearest: « {near} »)." if near else "."),
                    r.where(f"people[{i}].titles[{j}]"))


FACT_RULES = [NumberNotInArticle, PersonNotInArticle, DateNotInArticle, TitleNotInArticle]
