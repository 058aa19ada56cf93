"""What a rule is and what it sees: the rule base class, its context, the selection of
rules (by code prefix) and their re-grading, as data."""

from __future__ import annotations

import inspect
import re
import textwrap
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from communique.diagnostics import Diagnostic, Severity
from communique.model import Location, Release
from communique.packs.manifest import Institution, Pack


@dataclass
class CheckContext:
    """What a rule may look at: the release, its pack and institution, the project root."""

    release: Release
    pack: Pack | None
    institution: Institution | None
    root: Path


# The first line of a rule's docstring: « F004 missing-venue: The venue … is missing. »
_HEAD = re.compile(r"(?P<code>[A-Z]\d{3}) (?P<name>[a-z0-9]+(?:-[a-z0-9]+)*): (?P<summary>\S.*)")
_SECTIONS = {"Why": "why", "Example": "example", "Fix": "fix", "Severity": "severity",
             "Reported by": "reported_by"}
_SECTION = re.compile(rf"(?P<head>{'|'.join(_SECTIONS)}):(?P<rest>.*)")


class RuleDocError(TypeError):
    """A rule class whose docstring does not follow the rule format (a programming error)."""


def parse_rule_doc(doc: str, where: str = "rule") -> dict:
    """The metadata a rule's docstring gives: code, name, summary, then its sections.

    Format (sections separated by blank lines; Severity and Reported by only when needed):

        F004 missing-venue: The venue (event, city or country) is missing.

        Why: Where the event took place is a fact every release must state.

        Example:
            venue:
              city:        ← empty

        Fix: Fill venue.event, venue.city and venue.country.

        Severity: warning
        Reported by: reader

    Prose may wrap over several lines (joined with one space); the example is the indented
    block under « Example: » kept line for line, or the text after it on the same line.
    """
    lines = inspect.cleandoc(doc).splitlines()
    head_end = lines.index("") if "" in lines else len(lines)
    head = _HEAD.fullmatch(" ".join(line.strip() for line in lines[:head_end]))
    if head is None:
        raise RuleDocError(f"{where}: the docstring must start with 'CODE name: summary', "
                           f"e.g. 'F004 missing-venue: The venue is missing.'")
    found: dict = head.groupdict()
    sections: dict[str, list[str]] = {}
    current = None
    for line in lines[head_end:]:
        section = _SECTION.fullmatch(line)
        if section:
            current = _SECTIONS[section["head"]]
            if current in sections:
                raise RuleDocError(f"{where}: '{section['head']}:' is written twice.")
            sections[current] = [section["rest"]]
        elif current is not None:
            sections[current].append(line)
        elif line.strip():
            raise RuleDocError(f"{where}: '{line.strip()}' is outside a section "
                               f"({', '.join(s + ':' for s in _SECTIONS)}).")
    for key, text in sections.items():
        if key == "example":
            first, block = text[0].strip(), textwrap.dedent("\n".join(text[1:])).strip("\n")
            value = "\n".join(part for part in (first, block) if part)
        else:
            value = " ".join(part.strip() for part in text if part.strip())
        if not value:
            raise RuleDocError(f"{where}: the section for '{key}' is empty.")
        try:
            found[key] = Severity.parse(value) if key == "severity" else value
        except ValueError as err:
            raise RuleDocError(f"{where}: {err}.") from None
    return found


class Rule:
    """A check with a stable code. Subclasses give `check()` and describe themselves in
    their docstring (see `parse_rule_doc`), read once when the class is defined: the
    code, the name, a one-line summary, why it matters, an example and the fix hint, as
    `inv rule CODE` prints them. Severity is an error unless the docstring (or a family
    base class) says otherwise. A rule whose diagnostics come from the reader, the pack
    loader or the build read-back (not from `check`) says who reports it.
    """

    code: str = ""
    name: str = ""
    severity: Severity = Severity.ERROR
    summary: str = ""
    why: str = ""
    example: str = ""
    fix: str = ""
    reported_by: str = ""

    def __init_subclass__(cls, **kwargs) -> None:
        super().__init_subclass__(**kwargs)
        doc = cls.__dict__.get("__doc__") or ""
        where = f"{cls.__module__}.{cls.__qualname__}"
        if not _HEAD.match(doc.strip()):
            if "code" in cls.__dict__:
                raise RuleDocError(f"{where}: describe the rule in its docstring "
                                   "('CODE name: summary', then Why:, Example:, Fix:).")
            return  # a family base class: it may set shared defaults (severity, fix)
        found = parse_rule_doc(doc, where)
        twice = [key for key in found if key in cls.__dict__]
        if twice:
            raise RuleDocError(f"{where}: {', '.join(twice)} given both in the docstring "
                               "and as class attributes.")
        for key, value in found.items():
            setattr(cls, key, value)

    def check(self, ctx: CheckContext) -> Iterator[Diagnostic]:
        return iter(())

    def problem(self, message: str, location: Location, fix: str | None = None) -> Diagnostic:
        return Diagnostic(self.code, self.name, self.severity, message, location,
                          self.fix if fix is None else fix)


@dataclass
class Selection:
    """Which codes run and at what severity; prefixes select families ('F', 'F00')."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severities: dict[str, Severity] = field(default_factory=dict)

    def wants(self, code: str) -> bool:
        if self.select and not any(code.startswith(p) for p in self.select):
            return False
        return not any(code.startswith(p) for p in self.ignore)

    def grade(self, diagnostic: Diagnostic) -> Diagnostic:
        # The longest matching prefix wins, so 'F006 = warning' beats 'F = error'.
        best = max((p for p in self.severities if diagnostic.code.startswith(p)), key=len,
                   default=None)
        return diagnostic.regraded(self.severities[best]) if best else diagnostic

    def apply(self, diagnostics: Iterable[Diagnostic]) -> list[Diagnostic]:
        return [self.grade(d) for d in diagnostics if self.wants(d.code)]
