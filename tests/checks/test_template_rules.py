"""Template rules, on small templates written into a copy of the communique pack."""

from communique.checks.engine import check_release_file
from communique.checks.rule import Selection

FULL = """<h1>{{ headline }}</h1><p>{{ dateline_text }}</p>
<p>{{ venue.event }}, {{ venue.city }} ({{ venue.country }})</p>
{% for p in people %}<p>{{ p.name }}: {{ p.titles | join(', ') }}</p>{% endfor %}
"""


def diagnostics(project, template, prefix="T"):
    (project.root / "templates" / "communique" / "release.html.j2").write_text(
        template, encoding="utf-8")
    checked = check_release_file(project.root, project.release_file,
                                 Selection(select=(prefix,)))
    return checked.diagnostics


def test_a_complete_template_passes(project):
    assert diagnostics(project, FULL) == []


def test_undeclared_field_is_reported_with_its_line(project):
    found = diagnostics(project, FULL + "\n<p>{{ venue.room }}</p>\n", "T002")
    assert [(d.code, d.location.line) for d in found] == [("T002", 5)]
    assert "venue.room" in found[0].message
    assert found[0].location.file.endswith("release.html.j2")


def test_loop_variables_are_not_mistaken_for_fields(project):
    assert diagnostics(project, FULL + "{% set x = 1 %}{{ x }}", "T002") == []


def test_required_field_never_shown(project):
    found = diagnostics(project, FULL.replace("{{ venue.city }}", ""), "T003")
    assert [d.code for d in found] == ["T003"]
    assert "venue.city" in found[0].message
    assert found[0].location.file.endswith("manifest.yaml")


def test_broken_template_is_reported_not_raised(project):
    found = diagnostics(project, "{{ venue.city }", "T005")
    assert [d.code for d in found] == ["T005"]
    assert found[0].location.line == 1


def test_missing_include_is_reported(project):
    found = diagnostics(project, FULL + '{% include "nowhere.html.j2" %}', "T005")
    assert [d.code for d in found] == ["T005"]
    assert "nowhere.html.j2" in found[0].message


def test_macros_imported_by_a_child_template_are_not_fields(project):
    base = project.root / "templates" / "_base" / "test_layout.html.j2"
    base.write_text("<html>{% block main %}{% endblock %}</html>", encoding="utf-8")
    (project.root / "templates" / "_base" / "test_macros.html.j2").write_text(
        "{% macro shout(x) %}<b>{{ x }}</b>{% endmacro %}", encoding="utf-8")
    child = ('{% extends "test_layout.html.j2" %}{% from "test_macros.html.j2" import shout %}'
             "{% block main %}" + FULL + "{{ shout(headline) }}{{ venue.room }}{% endblock %}")
    found = diagnostics(project, child, "T002")
    assert [d.message.split("'")[1] for d in found] == ["venue.room"]


def test_undeclared_field_in_a_base_template_is_reported_in_base(project):
    layout = project.root / "templates" / "_base" / "layout.html.j2"
    text = layout.read_text("utf-8")
    layout.write_text(text.replace("<body", "{{ venue.room }}<body", 1), encoding="utf-8")
    found = diagnostics(project, '{% extends "layout.html.j2" %}', "T002")
    room = [d for d in found if "venue.room" in d.message]
    assert room and room[0].location.file == "templates/_base/layout.html.j2"
    assert room[0].location.line > 0


def test_missing_institution_text_points_at_its_key(project):
    path = project.root / "templates" / "institutions" / "dgsn" / "institution.yaml"
    lines = path.read_text("utf-8").splitlines()
    ar_name = next(i for i, line in enumerate(lines) if line.strip().startswith("ar:"))
    del lines[ar_name]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    ar = project.release_file.parent / "release.ar.md"
    found = check_release_file(project.root, ar, Selection(select=("T008",))).diagnostics
    assert found and found[0].location.line == lines.index("name:") + 1


def test_dateline_pattern_with_an_unknown_placeholder_is_reported(project):
    manifest = project.root / "templates" / "communique" / "manifest.yaml"
    text = manifest.read_text(encoding="utf-8")
    manifest.write_text(text.replace('dateline: "{city}, le {date}"',
                                     'dateline: "{city}, le {dat}"', 1), encoding="utf-8")
    found = diagnostics(project, FULL, "T005")
    assert [d.code for d in found] == ["T005"]
    assert "labels.fr.dateline" in found[0].message and "{dat}" in found[0].message
    assert found[0].location.line > 1


def test_stylesheet_list_of_the_wrong_shape_is_reported(project):
    manifest = project.root / "templates" / "communique" / "manifest.yaml"
    text = manifest.read_text(encoding="utf-8")
    manifest.write_text(text.replace("css: [style.css]", "css: [{a: b}]", 1), encoding="utf-8")
    found = diagnostics(project, FULL, "T005")
    assert [d.code for d in found] == ["T005"]
    assert "outputs.css" in found[0].message
