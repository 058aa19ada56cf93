"""Rules on the release fields: what must be there, and what must be a valid value."""

from __future__ import annotations

import re
from collections.abc import Iterator

from communique.checks.rule import CheckContext, Rule
from communique.diagnostics import Diagnostic
from communique.model import LANGUAGES, STATUSES
from communique.read.release import CORE_FIELDS

# Fields whose absence has a rule of its own, so the generic required-field rule is quiet.
_OWN_RULES = {"date", "dateline", "headline", "venue.event", "venue.city", "venue.country"}


class MissingDate(Rule):
    """F001 missing-date: The release has no date.

    Why: A release without a date cannot be dated in the dateline, archived or trusted.

    Example: date:            ← empty

    Fix: Add 'date: YYYY-MM-DD', e.g. 'date: 2024-11-07'.
    """

    def check(self, ctx: CheckContext) -> Iterator[Diagnostic]:
        r = ctx.release
        if not r.fields.get("date"):
            yield self.problem("the release has no date.", r.where("date"))


class InvalidDate(Rule):
    """F002 invalid-date: A date is not a real calendar date written as YYYY-MM-DD.

    Why: « 2024-02-30 » or « 7/11/24 » is either impossible or read differently by readers.

    Example: date: 2024-02-30

    Fix: Write the date as YYYY-MM-DD, e.g. 2024-11-07.
    """

    def check(self, ctx: CheckContext) -> Iterator[Diagnostic]:
        r = ctx.release
        for key, value in (("date", r.date), ("event_date", r.event_date)):
            written = r.fields.get(key, "")
            if written and value is None:
                shape_ok = re.fullmatch(r"\d{4}-\d{2}-\d{2}", written)
                why = "is not a day of the calendar" if shape_ok else "is not written YYYY-MM-DD"
                yield self.problem(f"'{key}' is '{written}', which {why}.", r.where(key))


class InvalidDatetime(Rule):
    """F003 invalid-embargo: The embargo is not a date and time written as YYYY-MM-DDTHH:MM+HH:MM.

    Why: An embargo that readers can misread is an embargo that gets broken.

    Example: embargo: demain 18h

    Fix: Write e.g. 'embargo: 2024-11-07T18:00+01:00'.
    """

    def check(self, ctx: CheckContext) -> Iterator[Diagnostic]:
        r = ctx.release
        written = r.fields.get("embargo", "")
        if written and r.embargo is None:
            yield self.problem(f"'embargo' is '{written}', which is not a valid date and time.",
                               r.where("embargo"))


class MissingVenue(Rule):
    """F004 missing-venue: The venue (event, city or country) is missing.

    Why: Where the event took place is a fact every release about an event must state.

    Example:
        venue:
          event: Assemblée générale d'Interpol
          city:        ← empty

    Fix: Fill venue.event, venue.city and venue.country.
    """

    def check(self, ctx: CheckContext) -> Iterator[Diagnostic]:
        r = ctx.release
        if ctx.pack is not None and not any(p.startswith("venue.") and spec.required
                                            for p, spec in ctx.pack.fields.items()):
            return  # this pack has no venue (a statement, for example)
        if r.venue.is_empty:
            yield self.problem("the release has no venue (event, city, country).",
                               r.where("venue"))
            return
        for part, label in (("event", "event name"), ("city", "city"), ("country", "country")):
            required = ctx.pack is None or (ctx.pack.fields.get(f"venue.{part}") is not None
                                            and ctx.pack.fields[f"venue.{part}"].required)
            if required and not getattr(r.venue, part):
                yield self.problem(f"the venue has no {label} (venue.{part}).",
                                   r.where(f"venue.{part}"))


class MissingDateline(Rule):
    """F005 missing-dateline: The dateline city is missing.

    Why: « Rabat, le 7 novembre 2024 »: the dateline says who speaks, from where, when.

    Example: dateline:        ← empty

    Fix: Add 'dateline: <city the release is issued from>'.
    """

    def check(self, ctx: CheckContext) -> Iterator[Diagnostic]:
        if not ctx.release.dateline:
            yield self.problem("the release has no dateline city.",
                               ctx.release.where("dateline"))


class MissingHeadline(Rule):
    """F006 missing-headline: The headline is missing.

    Why: The headline is what journalists read first and what the archive lists.

    Example: headline:        ← empty

    Fix: Add 'headline: <one line>'.
    """

    def check(self, ctx: CheckContext) -> Iterator[Diagnostic]:
        if not ctx.release.headline:
            yield self.problem("the release has no headline.", ctx.release.where("headline"))


class PersonWithoutTitle(Rule):
    """F007 person-without-title: A person is named without an official title.

    Why: Protocol requires every official to be named with the title of their office.

    Example:
        people:
          - name: Abdellatif Hammouchi      ← no titles

    Fix: Add 'titles:' with the official title(s) as protocol writes them.
    """

    def check(self, ctx: CheckContext) -> Iterator[Diagnostic]:
        for i, person in enumerate(ctx.release.people):
            if not person.name:
                yield self.problem(f"person {i + 1} has no name.",
                                   ctx.release.where(f"people[{i}]"),
                                   "Add 'name:' or remove the entry.")
            elif not person.titles:
                yield self.problem(f"{person.name} has no official title.",
                                   ctx.release.where(f"people[{i}]"))


class MissingRequiredField(Rule):
    """F008 missing-required-field: A field that the template pack's manifest marks as required is
    empty.

    Why: The pack declares what its document cannot go out without.

    Example: people:        ← required by the communique pack

    Fix: Fill the field (see `inv templates` for its help text).
    """

    def check(self, ctx: CheckContext) -> Iterator[Diagnostic]:
        if ctx.pack is None:
            return
        r = ctx.release
        for spec in ctx.pack.required_fields:
            if spec.path in _OWN_RULES:
                continue
            if spec.path == "body":
                present = bool(r.body)
            else:
                present = any(k == spec.path or k.startswith((spec.path + ".", spec.path + "["))
                              for k, v in r.fields.items() if v)
            if not present:
                hint = f"Fill '{spec.path}'" + (f": {spec.help}" if spec.help else ".")
                yield self.problem(
                    f"'{spec.path}' is required by the '{ctx.pack.name}' template but is empty.",
                    r.where(spec.path), hint)


class UnknownField(Rule):
    """F009 unknown-field: The release has a field that neither the model nor its template pack
    knows.

    Why: A misspelt field ('dateline' as 'date_line') is silently never shown.

    Example: date_line: Rabat

    Fix: Check the spelling, or declare the field in the pack's manifest.
    """

    def check(self, ctx: CheckContext) -> Iterator[Diagnostic]:
        r = ctx.release
        declared = set(ctx.pack.fields) if ctx.pack else set()
        tops = {k.split(".")[0].split("[")[0] for k in r.locations if k}
        for top in sorted(tops):
            if top in CORE_FIELDS or any(d.split(".")[0] == top for d in declared):
                continue
            yield self.problem(f"'{top}' is not a field of this release's template.",
                               r.where(top))


class UnsupportedLanguage(Rule):
    """F010 unsupported-language: The release's language is missing or not one its template pack is
    written in.

    Why: Labels, date formats and text direction all follow the language.

    Example: language: es

    Fix: Use one of the pack's languages (see `inv templates`).
    """

    def check(self, ctx: CheckContext) -> Iterator[Diagnostic]:
        r = ctx.release
        allowed = ctx.pack.languages if ctx.pack else LANGUAGES
        if r.language not in allowed:
            written = f"'{r.language}'" if r.language else "missing"
            yield self.problem(f"the language is {written}; expected one of "
                               f"{', '.join(allowed)}.", r.where("language"))


class UnknownStatus(Rule):
    """F011 unknown-status: The status is not one of the workflow's steps.

    Why: `inv list` and publishing rely on the status to know what may go out.

    Example: status: ok

    Fix: Use one of: draft, review, approved, published.

    Severity: warning
    """

    def check(self, ctx: CheckContext) -> Iterator[Diagnostic]:
        if ctx.release.status not in STATUSES:
            yield self.problem(f"status '{ctx.release.status}' is not a known step.",
                               ctx.release.where("status"))


class QuoteByUnknownPerson(Rule):
    """F012 quote-by-unknown-person: A quote is attributed to nobody, or to someone not listed in
    people.

    Why: An attribution must carry the speaker's official title, which lives in people.

    Example:
        quotes:
          - by: M. Hamouchi   ← not in people

    Fix: Set 'by' to the exact name of a person listed in people.
    """

    def check(self, ctx: CheckContext) -> Iterator[Diagnostic]:
        names = {p.name for p in ctx.release.people}
        for i, quote in enumerate(ctx.release.quotes):
            if not quote.text:
                yield self.problem(f"quote {i + 1} has no text.",
                                   ctx.release.where(f"quotes[{i}]"), "Add 'text:'.")
            if quote.by not in names:
                who = f"'{quote.by}'" if quote.by else "nobody"
                yield self.problem(f"quote {i + 1} is attributed to {who}, who is not in people.",
                                   ctx.release.where(f"quotes[{i}].by"))


FIELD_RULES = [MissingDate, InvalidDate, InvalidDatetime, MissingVenue, MissingDateline,
               MissingHeadline, PersonWithoutTitle, MissingRequiredField, UnknownField,
               UnsupportedLanguage, UnknownStatus, QuoteByUnknownPerson]
