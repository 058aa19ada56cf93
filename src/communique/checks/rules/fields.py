"""Rules on the release fields: what must be there, and what must be a valid value."""

from __future__ import annotations

import re
from collections.abc import Iterator

from communique.checks.rule import CheckContext, Rule
from communique.diagnostics import Diagnostic, Severity
from communique.model import LANGUAGES, STATUSES
from communique.read.release import CORE_FIELDS

# Fields whose absence has a rule of its own, so the generic required-field rule is quiet.
_OWN_RULES = {"date", "dateline", "headline", "venue.event", "venue.city", "venue.country"}


class MissingDate(Rule):
    code, name = "F001", "missing-date"
    summary = "The release has no date."
    why = "A release without a date cannot be dated in the dateline, archived or trusted."
    example = "date:            ← empty"
    fix = "Add 'date: YYYY-MM-DD', e.g. 'date: 2024-11-07'."

    def check(self, ctx: CheckContext) -> Iterator[Diagnostic]:
        r = ctx.release
        if not r.fields.get("date"):
            yield self.problem("the release has no date.", r.where("date"))


class InvalidDate(Rule):
    code, name = "F002", "invalid-date"
    summary = "A date is not a real calendar date written as YYYY-MM-DD."
    why = "« 2024-02-30 » or « 7/11/24 » is either impossible or read differently by readers."
    example = "date: 2024-02-30"
    fix = "Write the date as YYYY-MM-DD, e.g. 2024-11-07."

    def check(self, ctx: CheckContext) -> Iterator[Diagnostic]:
        r = ctx.release
        for key, value in (("date", r.date), ("event_date", r.event_date)):
            written = r.fields.get(key, "")
            if written and value is None:
                shape_ok = re.fullmatch(r"\d{4}-\d{2}-\d{2}", written)
                why = "is not a day of the calendar" if shape_ok else "is not written YYYY-MM-DD"
                yield self.problem(f"'{key}' is '{written}', which {why}.", r.where(key))


class InvalidDatetime(Rule):
    code, name = "F003", "invalid-embargo"
    summary = "The embargo is not a date and time written as YYYY-MM-DDTHH:MM+HH:MM."
    why = "An embargo that readers can misread is an embargo that gets broken."
    example = "embargo: demain 18h"
    fix = "Write e.g. 'embargo: 2024-11-07T18:00+01:00'."

    def check(self, ctx: CheckContext) -> Iterator[Diagnostic]:
        r = ctx.release
        written = r.fields.get("embargo", "")
        if written and r.embargo is None:
            yield self.problem(f"'embargo' is '{written}', which is not a valid date and time.",
                               r.where("embargo"))


class MissingVenue(Rule):
    code, name = "F004", "missing-venue"
    summary = "The venue (event, city or country) is missing."
    why = "Where the event took place is a fact every release about an event must state."
    example = "venue:\n  event: Assemblée générale d'Interpol\n  city:        ← empty"
    fix = "Fill venue.event, venue.city and venue.country."

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
    code, name = "F005", "missing-dateline"
    summary = "The dateline city is missing."
    why = "« Rabat, le 7 novembre 2024 »: the dateline says who speaks, from where, when."
    example = "dateline:        ← empty"
    fix = "Add 'dateline: <city the release is issued from>'."

    def check(self, ctx: CheckContext) -> Iterator[Diagnostic]:
        if not ctx.release.dateline:
            yield self.problem("the release has no dateline city.",
                               ctx.release.where("dateline"))


class MissingHeadline(Rule):
    code, name = "F006", "missing-headline"
    summary = "The headline is missing."
    why = "The headline is what journalists read first and what the archive lists."
    example = "headline:        ← empty"
    fix = "Add 'headline: <one line>'."

    def check(self, ctx: CheckContext) -> Iterator[Diagnostic]:
        if not ctx.release.headline:
            yield self.problem("the release has no headline.", ctx.release.where("headline"))


class PersonWithoutTitle(Rule):
    code, name = "F007", "person-without-title"
    summary = "A person is named without an official title."
    why = "Protocol requires every official to be named with the title of their office."
    example = "people:\n  - name: Abdellatif Hammouchi      ← no titles"
    fix = "Add 'titles:' with the official title(s) as protocol writes them."

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
    code, name = "F008", "missing-required-field"
    summary = "A field that the template pack's manifest marks as required is empty."
    why = "The pack declares what its document cannot go out without."
    example = "people:        ← required by the communique pack"
    fix = "Fill the field (see `inv templates` for its help text)."

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
    code, name = "F009", "unknown-field"
    summary = "The release has a field that neither the model nor its template pack knows."
    why = "A misspelt field ('dateline' as 'date_line') is silently never shown."
    example = "date_line: Rabat"
    fix = "Check the spelling, or declare the field in the pack's manifest."

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
    code, name = "F010", "unsupported-language"
    summary = "The release's language is missing or not one its template pack is written in."
    why = "Labels, date formats and text direction all follow the language."
    example = "language: es"
    fix = "Use one of the pack's languages (see `inv templates`)."

    def check(self, ctx: CheckContext) -> Iterator[Diagnostic]:
        r = ctx.release
        allowed = ctx.pack.languages if ctx.pack else LANGUAGES
        if r.language not in allowed:
            written = f"'{r.language}'" if r.language else "missing"
            yield self.problem(f"the language is {written}; expected one of "
                               f"{', '.join(allowed)}.", r.where("language"))


class UnknownStatus(Rule):
    code, name = "F011", "unknown-status"
    severity = Severity.WARNING
    summary = "The status is not one of the workflow's steps."
    why = "`inv list` and publishing rely on the status to know what may go out."
    example = "status: ok"
    fix = f"Use one of: {', '.join(STATUSES)}."

    def check(self, ctx: CheckContext) -> Iterator[Diagnostic]:
        if ctx.release.status not in STATUSES:
            yield self.problem(f"status '{ctx.release.status}' is not a known step.",
                               ctx.release.where("status"))


class QuoteByUnknownPerson(Rule):
    code, name = "F012", "quote-by-unknown-person"
    summary = "A quote is attributed to nobody, or to someone not listed in people."
    why = "An attribution must carry the speaker's official title, which lives in people."
    example = "quotes:\n  - by: M. Hamouchi   ← not in people"
    fix = "Set 'by' to the exact name of a person listed in people."

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
