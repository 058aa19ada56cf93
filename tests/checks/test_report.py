import json

from communique.checks.report import to_json, to_text
from communique.diagnostics import Diagnostic, Severity
from communique.model import Location

DIAGS = [
    Diagnostic("F004", "missing-venue", Severity.ERROR, "the venue has no city.",
               Location("releases/a/release.md", 12, 3), "Fill venue.city."),
    Diagnostic("F011", "unknown-status", Severity.WARNING, "status 'ok'.",
               Location("releases/a/release.md", 5, 1)),
]


def test_json_shape_is_stable():
    doc = json.loads(to_json(DIAGS, ["releases/a/release.md"]))
    assert doc["version"] == 1
    assert doc["summary"] == {"error": 1, "warning": 1, "info": 0}
    first = doc["diagnostics"][0]
    assert set(first) == {"code", "name", "severity", "file", "line", "column", "message", "fix"}
    assert (first["code"], first["line"]) == ("F011", 5)  # sorted by file and line


def test_text_groups_by_file_and_shows_fix():
    text = to_text(DIAGS, ["releases/a/release.md"])
    lines = text.splitlines()
    assert lines[0] == "releases/a/release.md"
    assert "12:3" in text and "F004 missing-venue" in text and "fix: Fill venue.city." in text
    assert "1 error(s), 1 warning(s)" in lines[-1]
    assert "\x1b[" not in text  # no colour codes when not on a terminal


def test_clean_report():
    assert to_text([], ["x"]) == "No problems in 1 release file(s)."


def test_a_file_without_lines_gets_no_position():
    binary = Diagnostic("T004", "docx-style-missing", Severity.ERROR, "no style 'Lead'.",
                        Location("templates/communique/styles.docx"))
    text = to_text([binary], ["x"])
    assert "0:1" not in text and "  -       error" in text
