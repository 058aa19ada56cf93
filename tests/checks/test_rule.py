"""A rule describes itself in its docstring, read once when the class is defined."""

import pytest

from communique.checks.rule import Rule, RuleDocError, parse_rule_doc
from communique.checks.rules import ALL_RULES
from communique.diagnostics import Severity

DOC = '''F999 sample-rule: The sample is missing, which a long summary may say over
    two lines.

    Why: A sample without its value cannot be checked,
    nor archived.

    Example:
        sample:
          value:        ← empty

    Fix: Fill sample.value.

    Severity: warning
    Reported by: reader
    '''


def test_docstring_gives_every_field():
    found = parse_rule_doc(DOC)
    assert found == {
        "code": "F999", "name": "sample-rule",
        "summary": "The sample is missing, which a long summary may say over two lines.",
        "why": "A sample without its value cannot be checked, nor archived.",
        "example": "sample:\n  value:        ← empty",
        "fix": "Fill sample.value.",
        "severity": Severity.WARNING, "reported_by": "reader"}


def test_one_line_example_and_defaults_from_the_base_class():
    class Family(Rule):
        """Rules of a family share their fix."""
        fix = "Run `inv fix`."

    class Member(Family):
        """F998 member-rule: A member.

        Why: Because.

        Example: a → b
        """

    assert (Member.code, Member.example, Member.fix) == ("F998", "a → b", "Run `inv fix`.")
    assert Member.severity is Severity.ERROR and Member.reported_by == ""
    assert Family.code == ""


@pytest.mark.parametrize("doc, complaint", [
    ("F999: no name", "must start with 'CODE name: summary'"),
    ("F999 sample: s\n\nWhy: a\n\nWhy: b", "'Why:' is written twice"),
    ("F999 sample: s\n\nstray words", "'stray words' is outside a section"),
    ("F999 sample: s\n\nFix:", "the section for 'fix' is empty"),
    ("F999 sample: s\n\nSeverity: fatal", "sample: unknown severity 'fatal'"),
])
def test_malformed_docstrings_are_refused(doc, complaint):
    with pytest.raises(RuleDocError, match=complaint):
        parse_rule_doc(doc, "sample")


def test_a_rule_without_its_docstring_or_with_both_is_refused():
    with pytest.raises(RuleDocError, match="describe the rule in its docstring"):
        class Bare(Rule):
            code, name = "F997", "bare"
    with pytest.raises(RuleDocError, match="summary given both"):
        class Both(Rule):
            """F996 both: In the docstring.

            Why: w

            Example: e

            Fix: f
            """
            summary = "And as an attribute."


def test_every_rule_of_the_catalogue_is_documented_in_its_docstring():
    for cls in ALL_RULES:
        found = parse_rule_doc(cls.__dict__["__doc__"], cls.__name__)
        assert found["code"] == cls.code and found["name"] == cls.name
        assert {"why", "example"} <= found.keys(), cls.code
