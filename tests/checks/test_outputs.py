"""Output verification (O…): rendered PDF and DOCX read back."""

import io

import pytest
from docx import Document

from communique.api import build, check_release_file
from communique.checks.registry import Selection
from communique.checks.rules.outputs import skeleton, verify_outputs


def _docx(paragraphs):
    doc = Document()
    for p in paragraphs:
        doc.add_paragraph(p)
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


@pytest.fixture
def checked(project):
    return check_release_file(project.root, project.release_file, Selection())


@pytest.fixture
def rendered(checked):
    pytest.importorskip("weasyprint")
    from communique.writers.docx import render_docx
    from communique.writers.pdf import render_pdf

    r, pack, inst = checked.release, checked.pack, checked.institution
    return render_pdf(r, pack, inst), render_docx(r, pack, inst)


def test_example_outputs_verify_clean(checked, rendered):
    pdf, docx = rendered
    assert verify_outputs(checked.release, checked.pack, pdf, docx) == []


def test_docx_without_the_venue_and_with_a_placeholder(checked, rendered):
    pdf, _ = rendered
    r = checked.release
    texts = [r.headline, r.subheadline, *(b.text for b in r.body), "Lieu : ", "{{ venue.city }}"]
    found = verify_outputs(r, checked.pack, pdf, _docx(texts))
    codes = {d.code for d in found}
    assert {"O001", "O003"} <= codes
    assert any(d.code == "O001" and "venue.city" in d.message and "DOCX" in d.message
               for d in found)


def test_unreadable_pdf(checked, rendered):
    _, docx = rendered
    found = verify_outputs(checked.release, checked.pack, b"%PDF-1.7 broken", docx)
    assert "O005" in {d.code for d in found}


def test_skeleton_ignores_case_spaces_and_apostrophes():
    assert skeleton("L’Assemblée\u00a0GÉNÉRALE  d'Interpol") == skeleton("l'assemblée générale "
                                                                           "d’interpol")


def test_build_fails_and_writes_nothing_when_the_template_drops_the_venue(project):
    pytest.importorskip("weasyprint")
    html = project.root / "templates" / "communique" / "release.html.j2"
    html.write_text(html.read_text("utf-8").replace("{{ venue.city }}", ""), encoding="utf-8")
    out, err_stream = io.StringIO(), io.StringIO()
    code = build(project.root, [], out=out, err=err_stream)
    err = err_stream.getvalue()
    assert code == 1
    assert "O001" in err and "venue.city" in err
    assert not any((project.root / "build").rglob("*.*")) if (project.root / "build").exists() \
        else True
