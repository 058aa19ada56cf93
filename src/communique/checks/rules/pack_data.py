"""Rules on the data a pack and an institution give in the release's language.

A label or an identity text missing in one language would otherwise be rendered as an
error half-way through a build — or, worse, be filled in from another language.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from communique.checks.rule import CheckContext, Rule
from communique.diagnostics import Diagnostic
from communique.model import Location
from communique.packs.manifest import PackError, pack_relative
from communique.packs.template_fields import template_fields
from communique.read.release import relative_name

_TIME = re.compile(r"^\d{1,2}[:h.]\d{2}(?:\s*[-–]\s*\d{1,2}[:h.]\d{2})?$")
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})?$")
# Checked by rules of their own (F002, F003).
_CORE_TYPED = {"date", "event_date", "embargo"}


def needed_labels(pack) -> set[str]:
    """Every label any language of the pack gives, plus every `labels.x` its templates use."""
    needed = {key for labels in pack.labels.values() for key in labels}
    try:
        for used in template_fields(pack).values():  # parsed and analysed once per pack
            for path, _line in used:
                parts = path.split(".")
                if parts[0] == "labels" and len(parts) > 1:
                    needed.add(parts[1])
    except PackError:
        pass  # reported as T005
    return needed


class MissingLabel(Rule):
    """T007 missing-label: The pack has no label (fixed text such as « Lieu ») in the release's
    language.

    Why: Labels are per language; a missing one would stop the render, or print another language's
    word in the document.

    Example:
        labels:
          en:
            kicker: PRESS RELEASE     ← no 'venue' (fr has « Lieu »)

    Fix: Add the label under labels.<language> in the pack's manifest.yaml.
    """

    def check(self, ctx: CheckContext) -> Iterator[Diagnostic]:
        pack, lang = ctx.pack, ctx.release.language
        if pack is None or lang not in pack.languages:
            return  # no pack, or a language the pack does not have (F010)
        given = pack.labels.get(lang, {})
        missing = sorted(needed_labels(pack) - set(given))
        if missing:
            where = (pack.locations.get(f"labels.{lang}") or pack.locations.get("labels")
                     or Location(str(pack.manifest.name), 1))
            where = Location(pack_relative(pack, str(pack.manifest)), where.line, where.column)
            yield self.problem(f"the '{pack.name}' pack has no label "
                               f"{', '.join(repr(m) for m in missing)} in '{lang}'.", where)


class InstitutionTextMissing(Rule):
    """T008 institution-text-missing: The institution gives a text per language, but not in the
    release's language.

    Why: The letterhead, footer and « About » would be empty, or in another language, in this
    release.

    Example:
        name:
          fr: Direction générale…
          en: Directorate General…   ← no 'ar'

    Fix: Add the text in this language to the institution's institution.yaml.
    """

    def check(self, ctx: CheckContext) -> Iterator[Diagnostic]:
        inst, lang = ctx.institution, ctx.release.language
        if inst is None or not lang:
            return
        missing = inst.missing_texts(lang)
        if ctx.release.boilerplate and "boilerplate" in missing:
            missing.remove("boilerplate")  # the release gives its own
        if not inst.text("name", lang):
            missing = sorted({*missing, "name"})
        if missing:
            yield self.problem(f"the institution '{inst.id}' has no {', '.join(missing)} "
                               f"in '{lang}'.", _institution_line(ctx, missing))


class PackFieldInvalid(Rule):
    """T009 pack-field-invalid: A field the pack declares as a date, time or date and time is not
    one.

    Why: « 5 nov » for an accreditation deadline is printed as written, or misread.

    Example:
        accreditation:
          deadline: 5 nov      ← write 2024-11-05

    Fix: Write dates YYYY-MM-DD, times HH:MM (or HH:MM-HH:MM), moments YYYY-MM-DDTHH:MM+01:00.
    """

    def check(self, ctx: CheckContext) -> Iterator[Diagnostic]:
        if ctx.pack is None:
            return
        r = ctx.release
        for path, spec in ctx.pack.fields.items():
            if path in _CORE_TYPED or spec.type not in ("date", "time", "datetime"):
                continue
            value = r.fields.get(path, "")
            if value and not _valid(spec.type, value):
                yield self.problem(f"'{path}' is '{value}', which is not a valid {spec.type}.",
                                   r.where(path))


def _valid(kind: str, value: str) -> bool:
    if kind == "time":
        return bool(_TIME.match(value)) and all(
            int(h) < 24 and int(m) < 60 for h, m in re.findall(r"(\d{1,2})[:h.](\d{2})", value))
    if kind == "date":
        try:
            return bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", value)) and bool(
                dt.date.fromisoformat(value))
        except ValueError:
            return False
    if not _DATETIME.match(value):
        return False
    try:
        dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


def _institution_line(ctx: CheckContext, keys: list[str]) -> Location:
    """The line of the first text missing a language (where to add it), else line 1."""
    name = relative_name(ctx.institution.source, ctx.root)
    locations = ctx.institution.locations
    found = next((locations[k] for k in keys if k in locations), None)
    return Location(name, found.line, found.column) if found else Location(name, 1)


PACK_DATA_RULES = [MissingLabel, InstitutionTextMissing, PackFieldInvalid]
