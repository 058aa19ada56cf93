from communique.checks.registry import all_rules, find_rule
from communique.checks.rule import Selection
from communique.diagnostics import Diagnostic, Severity
from communique.model import Location


def diag(code):
    return Diagnostic(code, "x", Severity.ERROR, "m", Location("f", 1))


def test_codes_are_unique_and_documented():
    rules = all_rules()
    assert len({r.code for r in rules}) == len(rules)
    assert len({r.name for r in rules}) == len(rules)
    for rule in rules:
        assert rule.code and rule.name and rule.summary and rule.why and rule.example
        assert rule.fix, rule.code


def test_find_rule_by_code_or_name():
    assert find_rule("f004").name == "missing-venue"
    assert find_rule("missing-venue").code == "F004"
    assert find_rule("Z999") is None


def test_select_and_ignore_by_prefix():
    s = Selection(select=("F",), ignore=("F00",))
    assert [d.code for d in s.apply([diag("F004"), diag("F011"), diag("T002")])] == ["F011"]


def test_longest_prefix_regrades():
    s = Selection(severities={"F": Severity.WARNING, "F004": Severity.INFO})
    graded = s.apply([diag("F004"), diag("F005")])
    assert [d.severity for d in graded] == [Severity.INFO, Severity.WARNING]
