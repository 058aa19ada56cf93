import datetime as dt

from communique.read.release import find_releases, read_release


def test_example_release_reads_into_the_model(project):
    result = read_release(project.release_file, project.root)
    assert result.diagnostics == []
    r = result.release
    assert r.date == dt.date(2024, 11, 7)
    assert (r.venue.event, r.venue.city, r.venue.country) == (
        "Assemblée générale d’Interpol", "Glasgow", "Écosse")
    assert [p.name for p in r.people] == ["Mohamed Dkhissi", "Abdellatif Hammouchi"]
    assert "directeur de la police judiciaire" in r.people[0].titles
    assert r.lead is not None and r.lead.text.startswith("Le Maroc a été élu")
    assert r.article.startswith("Le Maroc élu")


def test_locations_point_at_the_written_line(project):
    r = read_release(project.release_file, project.root).release
    assert r.where("venue.city").line == project.line_of("city: Glasgow")
    assert r.where("venue.city").file == f"releases/{project.release_file.parent.name}/release.md"
    # A missing field falls back to its nearest written parent.
    assert r.where("venue.address").line == project.line_of("venue:")


def test_invalid_date_is_kept_raw_not_converted(project):
    project.edit("date: 2024-11-07", "date: 2024-02-30")
    r = read_release(project.release_file, project.root).release
    assert r.date is None and r.fields["date"] == "2024-02-30"


def test_wrong_shapes_are_reported_with_lines(project):
    project.edit("dateline: Rabat", "dateline:\n  - Rabat")
    project.edit("    titles:\n      - Directeur général", "    title:\n      - Directeur général")
    result = read_release(project.release_file, project.root)
    codes = {(d.code, d.location.line) for d in result.diagnostics}
    assert ("R004", project.line_of("dateline:")) in codes
    assert ("R005", project.line_of("    title:")) in codes


def test_missing_front_matter_and_bad_encoding(project):
    project.release_file.write_text("no front matter\n", encoding="utf-8")
    assert read_release(project.release_file, project.root).diagnostics[0].code == "R001"
    project.release_file.write_bytes("---\nheadline: caf\xe9\n---\n".encode("latin-1"))
    result = read_release(project.release_file, project.root)
    assert result.release is None and result.diagnostics[0].code == "R006"


def test_control_characters_are_dropped_and_text_normalised(project):
    project.edit("headline: Le Maroc", "headline: Le\x0b Mar\u006f\u0301c")
    r = read_release(project.release_file, project.root).release
    assert r.headline.startswith("Le Maró")  # NFC: o + combining acute → ó
    assert "\x0b" not in r.headline


def test_find_releases(project):
    assert [p.name for p in find_releases(project.root)] == ["maroc-vice-presidence-interpol"]


def test_unsafe_folder_names_are_reported(project):
    from communique.read.release import is_safe_slug

    assert is_safe_slug("maroc-vice-presidence-interpol")
    for bad in ("con", "nul-2024", "Communiqué", "a b", "..", "x" * 81, "trailing-", "a.b"):
        assert not is_safe_slug(bad), bad
    moved = project.release_file.parent.rename(project.root / "releases" / "aux")
    result = read_release(moved / "release.md", project.root)
    assert [d.code for d in result.diagnostics] == ["R007"]
