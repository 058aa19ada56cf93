"""Y009-Y012: the typography of pack labels, institution texts and template text, on a
copy of the project (the fixtures show one case each; these show what they leave alone)."""

from __future__ import annotations

from communique.checks.engine import check_release_file, check_targets
from communique.checks.rule import Selection

CODES = ("Y009", "Y010", "Y011", "Y012")


def pack_typography(project, release_file=None):
    checked = check_release_file(project.root, release_file or project.release_file,
                                 Selection(select=CODES))
    return checked.diagnostics


def edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_shipped_packs_and_institutions_pass(project):
    results = check_targets(project.root, [], Selection(select=CODES))
    assert results and [d for r in results for d in r.diagnostics] == []


def test_a_label_is_reported_at_its_line_and_column(project):
    manifest = project.root / "templates" / "communique" / "manifest.yaml"
    edit(manifest, 'embargo: "Sous embargo jusqu’au"', 'embargo: "Sous embargo jusqu\'au"')
    found = pack_typography(project)
    assert [d.code for d in found] == ["Y009"]
    line = manifest.read_text(encoding="utf-8").splitlines()[found[0].location.line - 1]
    assert line[found[0].location.column - 1] == "'"
    assert found[0].location.file == "templates/communique/manifest.yaml"
    assert 'embargo: "Sous embargo jusqu’au"' in found[0].fix


def test_a_colon_label_is_held_to_the_word_it_follows(project):
    manifest = project.root / "templates" / "communique" / "manifest.yaml"
    edit(manifest, 'colon: "\\u00a0:"', 'colon: " :"')
    found = pack_typography(project)
    assert [(d.code, d.location.file) for d in found] == [("Y009", str(manifest.relative_to(
        project.root)))]
    assert 'colon: "\\u00a0:"' in found[0].fix


def test_english_and_arabic_labels_are_not_held_to_french_typography(project):
    # « Venue: » is English typography: the rules read the French labels only.
    assert pack_typography(project) == []
    manifest = project.root / "templates" / "communique" / "manifest.yaml"
    text = manifest.read_text(encoding="utf-8")
    assert 'colon: ":"' in text and "Embargoed until" in text


def test_urls_addresses_and_label_slots_are_left_alone(project):
    institution = project.root / "templates" / "institutions" / "dgsn" / "institution.yaml"
    edit(institution, "  fr: Royaume du Maroc", "  fr: Royaume du Maroc — www.dgsn.gov.ma/a:b?c")
    manifest = project.root / "templates" / "communique" / "manifest.yaml"
    edit(manifest, 'dateline: "{city}, le {date}"', 'dateline: "{city}, le {date}"')
    assert pack_typography(project) == []


def test_a_folded_boilerplate_points_at_the_line_of_the_word(project):
    institution = project.root / "templates" / "institutions" / "dgsn" / "institution.yaml"
    edit(institution, "membres de l’Organisation.", "membres de l'Organisation.")
    found = pack_typography(project)
    assert [d.code for d in found] == ["Y010"]
    lines = institution.read_text(encoding="utf-8").splitlines()
    where = found[0].location
    assert lines[where.line - 1][where.column - 1:].startswith("l'Organisation")


def test_template_markup_styles_and_expressions_are_not_text(project):
    template = project.root / "templates" / "communique" / "release.html.j2"
    edit(template, "{% block main %}",
         "{% block main %}<style>p:first-child { color: red; }</style>"
         "<!-- l'ancien bloc: retiré ! -->"
         "<p title=\"l'info\" data-x='a:b'>{{ labels.venue }} : {{ venue.city }}</p>")
    assert pack_typography(project) == []


def test_template_text_is_reported_where_it_is_written(project):
    template = project.root / "templates" / "communique" / "release.html.j2"
    edit(template, "{% block main %}", "{% block main %}\n<p>Rendez-vous à 18h, M. Alaoui</p>")
    found = pack_typography(project)
    assert sorted(d.code for d in found) == ["Y011", "Y012"]
    lines = template.read_text(encoding="utf-8").splitlines()
    at = {d.code: lines[d.location.line - 1][:d.location.column - 1] for d in found}
    assert at["Y011"].endswith("Rendez-vous à ")  # « 18h » starts here
    assert at["Y012"].endswith("M.")  # the space after « M. » is the one to change


def test_a_release_in_english_does_not_report_the_french_texts(project):
    manifest = project.root / "templates" / "communique" / "manifest.yaml"
    edit(manifest, 'embargo: "Sous embargo jusqu’au"', 'embargo: "Sous embargo jusqu\'au"')
    english = project.release_file.with_name("release.en.md")
    assert english.is_file()
    assert pack_typography(project, english) == []
    assert [d.code for d in pack_typography(project)] == ["Y009"]
