"""What a rule is and what it sees: the rule base class, its context, the selection of
rules (by code prefix) and their re-grading, as data."""

from __future__ import annotations

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


class Rule:
    """A check with a stable code. Subclasses set the class attributes and `check()`.

    `why` and `example` document the rule for `inv rules CODE`. A rule whose
    diagnostics come from the reader or the pack loader (not from `check`) sets
    `reported_by` and documents the code all the same.
    """

    code: str = ""
    name: str = ""
    severity: Severity = Severity.ERROR
    summary: str = ""
    why: str = ""
    example: str = ""
    fix: str = ""
    reported_by: str = ""

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
