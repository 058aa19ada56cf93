"""L rules: a language version (`release.<lang>.md`) tells the same facts as `release.md`.

A version inherits the shared facts it does not write (see `communique.read.language_versions`); the
rules here compare what it does write with the main release: dates, event time and other
language-neutral values, people (how many, which names), venue (which parts are given,
the numbers of the address), the figures in the text, and the settings (template,
institution). Only versions are checked, so each disagreement is reported once, at the
version's line, with the main release's value and line in the message.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from communique.checks.rule import CheckContext, Rule
from communique.diagnostics import Diagnostic
from communique.model import Release
from communique.read.language_versions import INHERITED, file_language, main_release_path

_NUMBER = re.compile(r"(?<![\d.,])\d+(?:[.,\u00a0\u202f ]\d{3})*(?:[.,]\d+)?")
_LETTER = re.compile(r"[^\W\d_]")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+$")


def main_of(ctx: CheckContext) -> Release | None:
    """The main release of the version being checked (None for a main release)."""
    main = main_release_path(ctx.release.source)
    if main is None:
        return None
    try:
        stamp = main.stat()
    except OSError:
        return None
    return _read_main(str(main), str(ctx.root), stamp.st_mtime_ns, stamp.st_size)


@lru_cache(maxsize=16)
def _read_main(path: str, root: str, _mtime: int, _size: int) -> Release | None:
    from communique.read.release import read_release

    return read_release(Path(path), Path(root)).release


def _said(main: Release, path: str) -> str:
    value = main.fields.get(path, "")
    return f"release.md says '{value}' ({main.where(path)})" if value else \
        "release.md does not give it"


class _VersionRule(Rule):
    def check(self, ctx: CheckContext) -> Iterator[Diagnostic]:
        main = main_of(ctx)
        if main is not None:
            yield from self.compare(ctx.release, main)

    def compare(self, version: Release, main: Release) -> Iterator[Diagnostic]:
        return iter(())


class VersionFactDiffers(_VersionRule):
    """L001 version-fact-differs: A language version gives another date, time or number than
    release.md.

    Why: The versions of a release are one statement in several languages: a journalist who reads
    two of them must find the same day, hour and contact.

    Example:
        release.md: date: 2024-11-07
        release.ar.md: date: 2024-11-08

    Fix: Correct the version, or remove the field from it: a version takes the shared facts of
    release.md when it does not write them.
    """

    def compare(self, version: Release, main: Release) -> Iterator[Diagnostic]:
        for key in ("date", "event_date", "embargo"):
            mine, theirs = version.fields.get(key, ""), main.fields.get(key, "")
            if mine != theirs:
                yield self.problem(f"'{key}' is '{mine or 'empty'}' here; {_said(main, key)}.",
                                   version.where(key))
        # Language-neutral values of the pack's shared facts (times, dates, phones, e-mails).
        shared = tuple(k for k in INHERITED if k not in ("template", "institution", "status",
                                                          "date", "event_date", "embargo"))
        for path, theirs in main.fields.items():
            if path.split(".")[0].split("[")[0] not in shared or not _neutral(theirs):
                continue
            mine = version.fields.get(path, "")
            if mine != theirs:
                yield self.problem(f"'{path}' is '{mine or 'empty'}' here; "
                                   f"{_said(main, path)}.", version.where(path))


class VersionPeopleDiffer(_VersionRule):
    """L002 version-people-differ: A language version lists other people (or in another order) than
    release.md.

    Why: Names are facts: each version lists the same people, in the same order; only their
    honorifics, titles and roles are translated. A person in the protocol registry may be written
    under any of its canonical spellings (« محمد الدخيسي » in Arabic for « Mohamed Dkhissi »);
    anyone else is spelt as in release.md.

    Example:
        release.md: Mohamed Dkhissi, Abdellatif Hammouchi
        release.en.md: Mohamed Dkhissi

    Fix: List the same people, in the same order, with the names spelt as in release.md or as the
    protocol registry writes them in this language.
    """

    def check(self, ctx: CheckContext) -> Iterator[Diagnostic]:
        main = main_of(ctx)
        if main is None:
            return
        from communique.checks.rules.protocol import registry_of, same_person

        registry = registry_of(ctx)
        ours = [p.name for p in ctx.release.people]
        theirs = [p.name for p in main.people]
        version = ctx.release
        if len(ours) != len(theirs):
            yield self.problem(f"{len(ours)} people here, {len(theirs)} in release.md "
                               f"({', '.join(theirs) or 'none'}).", version.where("people"))
            return
        for i, (mine, other) in enumerate(zip(ours, theirs, strict=True)):
            if not same_person(mine, other, registry):
                yield self.problem(f"person {i + 1} is '{mine}' here and '{other}' in "
                                   f"release.md ({main.where(f'people[{i}].name')}).",
                                   version.where(f"people[{i}].name"))


class VersionVenueDiffers(_VersionRule):
    """L003 version-venue-differs: A language version's venue gives other parts, or other address
    numbers.

    Why: Venue names are translated, but a version must not drop or add the address or city.

    Example:
        release.md: venue.address: 12, boulevard X
        release.en.md: (no address)

    Fix: Give the same venue parts as release.md, translated; keep the numbers.
    """

    def compare(self, version: Release, main: Release) -> Iterator[Diagnostic]:
        for part in ("event", "address", "city", "country"):
            mine, theirs = getattr(version.venue, part), getattr(main.venue, part)
            path = f"venue.{part}"
            if bool(mine) != bool(theirs):
                state = "given here but not in release.md" if mine else \
                    f"missing here; {_said(main, path)}"
                yield self.problem(f"'{path}' is {state}.", version.where(path))
            elif _numbers(mine) != _numbers(theirs):
                yield self.problem(f"'{path}' has the numbers {_listed(_numbers(mine))} here and "
                                   f"{_listed(_numbers(theirs))} in release.md.",
                                   version.where(path))


class VersionFiguresDiffer(_VersionRule):
    """L004 version-figures-differ: The text of a language version has other figures than
    release.md.

    Why: « 96 pays » in French and « 69 countries » in English is a translation error.

    Example:
        release.md body: … 96 pays membres
        release.en.md body: … 69 member countries

    Fix: Use the same figures (in Western digits) in every version.

    Severity: warning
    """

    def compare(self, version: Release, main: Release) -> Iterator[Diagnostic]:
        ours, theirs = _text_numbers(version), _text_numbers(main)
        if ours != theirs:
            only_here, only_there = sorted(ours - theirs), sorted(theirs - ours)
            parts = []
            if only_here:
                parts.append(f"{_listed(only_here)} only here")
            if only_there:
                parts.append(f"{_listed(only_there)} only in release.md")
            yield self.problem(f"the figures differ: {'; '.join(parts)}.",
                               version.where("headline"))


class VersionSettingDiffers(_VersionRule):
    """L005 version-setting-differs: A language version names another template or institution than
    release.md, or its language is not the one of its file name.

    Why: The versions of one release are the same document, from the same institution.

    Example: release.ar.md: language: fr

    Fix: Remove template and institution from the version (they are taken from release.md); set
    language to the one in the file name.
    """

    def check(self, ctx: CheckContext) -> Iterator[Diagnostic]:
        r = ctx.release
        expected = file_language(r.source)
        if expected and r.language and r.language != expected:
            yield self.problem(f"the file is named for '{expected}' but its language is "
                               f"'{r.language}'.", r.where("language"))
        yield from super().check(ctx)

    def compare(self, version: Release, main: Release) -> Iterator[Diagnostic]:
        for key in ("template", "institution"):
            if getattr(version, key) != getattr(main, key):
                yield self.problem(f"'{key}' is '{getattr(version, key)}' here; "
                                   f"{_said(main, key)}.", version.where(key))
        if version.language and version.language == main.language:
            yield self.problem(f"release.md is already in '{main.language}'.",
                               version.where("language"))


def _neutral(value: str) -> bool:
    """A value that reads the same in every language: digits and signs, or an e-mail."""
    return bool(value) and (not _LETTER.search(value) or bool(_EMAIL.match(value)))


def _numbers(text: str) -> list[str]:
    return [re.sub(r"[\u00a0\u202f ]", "", n) for n in _NUMBER.findall(text or "")]


def _text_numbers(release: Release) -> set[str]:
    texts = [release.headline, release.subheadline, *(b.text for b in release.body),
             *(q.text for q in release.quotes)]
    return {n for t in texts for n in _numbers(t)}


def _listed(numbers) -> str:
    return ", ".join(numbers) if numbers else "none"


VERSION_RULES = [VersionFactDiffers, VersionPeopleDiffer, VersionVenueDiffers,
                 VersionFiguresDiffer, VersionSettingDiffers]
