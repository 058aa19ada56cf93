"""The rule catalogue: one explicit, ordered registry of the rules in `checks/rules/`."""

from __future__ import annotations

from communique.checks.rule import CheckContext, Rule, Selection
from communique.checks.rules import ALL_RULES
from communique.diagnostics import Diagnostic


def all_rules() -> list[Rule]:
    """The catalogue, in the order checks run and are documented."""
    return [cls() for cls in ALL_RULES]


def find_rule(code: str) -> Rule | None:
    code = code.strip().upper()
    return next((r for r in all_rules() if r.code == code or r.name == code.lower()), None)


def run_rules(ctx: CheckContext, selection: Selection | None = None) -> list[Diagnostic]:
    selection = selection or Selection()
    found: list[Diagnostic] = []
    for rule in all_rules():
        if rule.reported_by or not selection.wants(rule.code):
            continue
        found.extend(rule.check(ctx))
    return selection.apply(found)
