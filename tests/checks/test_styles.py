"""T004: the DOCX style source has every style the DOCX writer uses."""

import io
import zipfile

from communique.api import check_release_file
from communique.checks.registry import Selection
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


def test_style_source_of_the_pack_is_complete(project):
    styles = project.root / "templates" / "communique" / "styles.docx"
    needed = needed_styles()
    defined = defined_styles(str(styles))
    missing = [n for k, names in needed.items() for n in names if (k, n.lower()) not in defined]
    assert found(project) == [] or missing  # quiet exactly when nothing is missing


def test_missing_style_is_named(project):
    styles = project.root / "templates" / "communique" / "styles.docx"
    styles.write_bytes(_without_style(styles.read_bytes(), "Dateline"))
    (d,) = found(project)
    assert "Dateline (paragraph)" in d.message and d.location.file.endswith("styles.docx")


def test_missing_style_source_is_reported(project):
    (project.root / "templates" / "communique" / "styles.docx").unlink()
    (d,) = found(project)
    assert "does not exist" in d.message
