"""T004: the DOCX style source has every style the DOCX writer uses."""

import io
import zipfile

from communique.checks.engine import check_release_file
from communique.checks.rule import Selection
from communique.checks.rules.styles import defined_styles, needed_styles


def found(project):
    return check_release_file(project.root, project.release_file,
                              Selection(select=("T004",))).diagnostics


def _without_style(data: bytes, name: str) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "word/styles.xml":
                content = content.replace(f'"{name}"'.encode(), b'"Renamed"')
            target.writestr(item, content)
    return out.getvalue()


PACK_STYLES = ("templates", "communique", "styles.docx")
INSTITUTION_STYLES = ("templates", "institutions", "dgsn", "styles.docx")


def test_shipped_style_sources_are_complete(project):
    needed = needed_styles()
    for parts in (PACK_STYLES, INSTITUTION_STYLES):
        defined = defined_styles(str(project.root.joinpath(*parts)))
        assert [n for k, names in needed.items() for n in names
                if (k, n.lower()) not in defined] == [], parts
    assert found(project) == []


def test_missing_style_in_the_institution_style_source_is_named(project):
    styles = project.root.joinpath(*INSTITUTION_STYLES)
    styles.write_bytes(_without_style(styles.read_bytes(), "Dateline"))
    (d,) = found(project)
    assert "Dateline (paragraph)" in d.message
    assert d.location.file == "templates/institutions/dgsn/styles.docx"


def test_pack_style_source_serves_when_the_institution_has_none(project):
    project.root.joinpath(*INSTITUTION_STYLES).unlink()
    styles = project.root.joinpath(*PACK_STYLES)
    styles.write_bytes(_without_style(styles.read_bytes(), "Dateline"))
    (d,) = found(project)
    assert d.location.file == "templates/communique/styles.docx"


def test_missing_style_source_is_reported(project):
    project.root.joinpath(*INSTITUTION_STYLES).unlink()
    project.root.joinpath(*PACK_STYLES).unlink()
    (d,) = found(project)
    assert "does not exist" in d.message
