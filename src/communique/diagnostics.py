"""What every check, reader and verifier reports: one `Diagnostic` per problem."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from communique.model import Location


class Severity(enum.IntEnum):
    INFO = 1
    WARNING = 2
    ERROR = 3

    def __str__(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, text: str) -> Severity:
        try:
            return cls[text.strip().upper()]
        except KeyError:
            raise ValueError(
                f"unknown severity '{text}' (use error, warning or info)"
            ) from None


@dataclass(frozen=True)
class Diagnostic:
    code: str
    name: str
    severity: Severity
    message: str
    location: Location
    fix: str = ""

    def to_dict(self) -> dict:
        return {
            "code": self.code,
            "name": self.name,
            "severity": str(self.severity),
            "file": self.location.file,
            "line": self.location.line,
            "column": self.location.column,
            "message": self.message,
            "fix": self.fix,
        }

    def regraded(self, severity: Severity) -> Diagnostic:
        return Diagnostic(self.code, self.name, severity, self.message, self.location, self.fix)
