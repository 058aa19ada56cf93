"""Rules on where a release's values come from: the extractor's guesses a person has not
confirmed yet, and a body that is still the article.

`inv new` lists under `confirm:` the fields the extractor was unsure of (a year inferred
from the weekday, a date resolved against the reference date) and keeps what it proposed
in `extracted.json`. Such a value stays an error until a person deletes its line under
`confirm:`, or changes the value: a changed value is the person's, so it is confirmed.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from communique.checks.rule import CheckContext, Rule
from communique.checks.rules.article_match import loose_key, sentence_spans
from communique.diagnostics import Diagnostic
from communique.model import Release

EXTRACTED_FILE = "extracted.json"  # what `inv new` proposed (draft/compose.py writes it)
CONFIRM_ITEM = re.compile(r"^confirm\[\d+\]$")


def drafted_values(release: Release) -> dict[str, str]:
    """What `inv new` wrote for each field (uncertain values first), or {} without a record."""
    record = release.folder / EXTRACTED_FILE
    try:
        stat = record.stat()
    except OSError:
        return {}
    return dict(_read_record(str(record), (stat.st_mtime_ns, stat.st_size)))


@lru_cache(maxsize=32)
def _read_record(path: str, stamp: tuple[int, int]) -> tuple[tuple[str, str], ...]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError, UnicodeDecodeError):
        return ()
    if not isinstance(data, dict):
        return ()
    values = {k: v for k, v in (data.get("values") or {}).items() if isinstance(v, str)}
    values.update({k: v for k, v in (data.get("uncertain") or {}).items()
                   if isinstance(v, str)})
    return tuple(values.items())


class UnconfirmedValue(Rule):
    """F013 unconfirmed-value: A value the extractor was unsure of is still as drafted, not
    confirmed.

    Why: « samedi » resolved against today for an event three years old reads like any other
    date; only a person who checked it against the article can vouch for it.

    Example:
        confirm:
          - date   ← the year was inferred from the weekday
        date: 2024-11-07

    Fix: Check the value against the article, then delete its line under 'confirm:' (changing
    the value confirms it too).
    """

    def check(self, ctx: CheckContext) -> Iterator[Diagnostic]:
        r = ctx.release
        items = [(p, v) for p, v in r.fields.items() if CONFIRM_ITEM.match(p) and v]
        if not items:
            return
        drafted = drafted_values(r)
        for item, path in items:
            current = r.fields.get(path)
            proposed = drafted.get(path)
            if proposed is not None and (current or "") != proposed:
                continue  # changed by a person: the new value is theirs
            where = r.where(item)
            if current is None:
                yield self.problem(f"'confirm' lists « {path} », which is not a field of the "
                                   "release.", where,
                                   "Delete the line, or correct the field name.")
                continue
            at = r.where(path)
            line = f", line {at.line}" if at.line else ""
            shown = f"« {current} »" if current else "empty"
            yield self.problem(
                f"'{path}' ({shown}{line}) is a value the extractor was unsure of and nobody "
                "has confirmed it yet.", where,
                f"Check '{path}' against the article, then delete the line '- {path}' under "
                "'confirm:' (changing the value confirms it too).")


_MIN_WORDS = 6        # shorter sentences (« Il a été élu. ») are repeated by chance
COPIED_SHARE = 0.6    # most of the body's sentences
_MIN_COPIED = 3     # and a body of one or two sentences can hardly be rewritten


class BodyCopiesArticle(Rule):
    """A008 body-copies-article: Most sentences of the body are the article's, word for word.

    Why: A release is the institution's text: pasting the article publishes a journalist's words
    (and rights) under the institution's name, with its errors and its tone.

    Example:
        the body of release.md is the text of article.txt pasted in

    Fix: Write the body for the release: the facts in the institution's words.

    Severity: warning
    """

    def check(self, ctx: CheckContext) -> Iterator[Diagnostic]:
        r = ctx.release
        if not r.article.strip() or not r.body:
            return
        article = _article_sentences(r.article)
        counted = copied = 0
        first = None
        for block in r.body:
            text = block.text
            for s, e in sentence_spans(text):
                key = loose_key(text[s:e]).rstrip(" .!?")
                if len(key.split()) < _MIN_WORDS:
                    continue
                counted += 1
                if key in article:
                    copied += 1
                    first = first or block.location
        if counted and copied >= _MIN_COPIED and copied >= COPIED_SHARE * counted:
            yield self.problem(f"{copied} of the body's {counted} sentences are the article's "
                               "word for word.", first or r.where(""))


@lru_cache(maxsize=16)
def _article_sentences(article: str) -> frozenset[str]:
    return frozenset(loose_key(article[s:e]).rstrip(" .!?") for s, e in sentence_spans(article))


PROVENANCE_RULES = [UnconfirmedValue, BodyCopiesArticle]
