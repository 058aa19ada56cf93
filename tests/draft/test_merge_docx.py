"""inv merge-docx: a colleague's DOCX edits come back into the release file, field by
field; never over a field changed in the release meanwhile; tracked changes only when
accepted; a DOCX from elsewhere refused."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from communique import api
from communique.draft import merge_docx as merging
from communique.draft.merge_docx import MergeRefused, merge_docx, word_diff
from communique.packs.manifest import load_institution, load_pack
from communique.read.release import read_release
from communique.writers.docx import render_docx

SLUG = "maroc-vice-presidence-interpol"


def build_docx(project) -> bytes:
    release = read_release(project.release_file, project.root).release
    return render_docx(release, load_pack(project.root, release.template),
                       load_institution(project.root, release.institution))


def edit_runs(doc, style: str, old: str, new: str) -> None:
    """Type in a paragraph as a person would: the run's text changes, bookmarks stay."""
    for p in doc.paragraphs:
        if p.style.name == style:
            for run in p.runs:
                if old in run.text:
                    run.text = run.text.replace(old, new)
                    return
    raise AssertionError(f"{old!r} not in a {style} paragraph")


@pytest.fixture
def edited(project, tmp_path) -> Path:
    """The example's DOCX with the headline, a body paragraph and a title edited."""
    doc = Document(io.BytesIO(build_docx(project)))
    edit_runs(doc, "Title", "élu", "réélu")
    edit_runs(doc, "Normal", "un large soutien", "un très large soutien")
    edit_runs(doc, "People", "préfet de police", "préfet de police hors classe")
    path = tmp_path / "edited.docx"
    doc.save(path)
    return path


def folder(project) -> Path:
    return project.root / "releases" / SLUG


def check_written(project) -> None:
    release = read_release(project.release_file, project.root).release
    assert release.headline == "Le Maroc réélu vice-président d’Interpol pour l’Afrique"
    assert "obtenue avec un très large soutien des délégués" in release.body[1].text
    assert release.people[0].titles[0] == "préfet de police hors classe"
    assert release.people[0].titles[1] == "directeur de la police judiciaire"


def test_edits_by_python_docx_come_back(project, edited):
    before = project.release_file.read_text(encoding="utf-8")
    report = merge_docx(folder(project), edited, root=project.root)
    assert report.same_build and report.written
    by_path = {c.path: c for c in report.changes}
    assert set(by_path) == {"headline", "body[1]", "people[0].titles[0]"}
    assert by_path["headline"].diff == "Le Maroc [-élu-]{+réélu+} vice-président " \
                                       "d’Interpol pour l’Afrique"
    assert "un {+très +}large soutien" in by_path["body[1]"].diff
    check_written(project)
    after = project.release_file.read_text(encoding="utf-8")
    # Only those lines changed: comments, order and the rest of the body as written.
    changed = [(a, b) for a, b in zip(before.splitlines(), after.splitlines(), strict=True)
               if a != b]
    assert len(changed) == 3


@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice not installed")
def test_the_same_edits_resaved_by_libreoffice_come_back(project, edited, tmp_path):
    out = tmp_path / "lo"
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path}/profile",
                    "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir",
                    str(out), str(edited)], capture_output=True, timeout=180, check=True)
    resaved = out / "edited.docx"
    assert resaved.read_bytes() != edited.read_bytes()
    report = merge_docx(folder(project), resaved, root=project.root)
    assert {c.path for c in report.changes if c.status == "written"} == \
        {"headline", "body[1]", "people[0].titles[0]"}
    check_written(project)


def track(paragraph, old: str, new: str) -> None:
    """Replace `old` in the paragraph's first run holding it by a tracked deletion and a
    tracked insertion, as Word writes them with Track Changes on."""
    for run in paragraph.runs:
        if old in run.text:
            before, _, after = run.text.partition(old)
            run.text = before
            deletion, insertion = OxmlElement("w:del"), OxmlElement("w:ins")
            for element, kind in ((deletion, "w:delText"), (insertion, "w:t")):
                element.set(qn("w:id"), "900" if kind == "w:delText" else "901")
                element.set(qn("w:author"), "Collègue")
                r, t = OxmlElement("w:r"), OxmlElement(kind)
                t.text = old if kind == "w:delText" else new
                t.set(qn("xml:space"), "preserve")
                r.append(t)
                element.append(r)
            rest = OxmlElement("w:r")
            rest_t = OxmlElement("w:t")
            rest_t.text = after
            rest_t.set(qn("xml:space"), "preserve")
            rest.append(rest_t)
            run._r.addnext(deletion)
            deletion.addnext(insertion)
            insertion.addnext(rest)
            return
    raise AssertionError(old)


@pytest.fixture
def tracked(project, tmp_path) -> Path:
    doc = Document(io.BytesIO(build_docx(project)))
    title = next(p for p in doc.paragraphs if p.style.name == "Title")
    track(title, "élu", "réélu")
    doc.add_comment(title.runs[0], text="Vérifier : réélu ou élu ?", author="Amina")
    path = tmp_path / "tracked.docx"
    doc.save(path)
    return path


def test_tracked_changes_are_shown_not_applied(project, tracked):
    before = project.release_file.read_bytes()
    report = merge_docx(folder(project), tracked, root=project.root)
    [change] = report.changes
    assert change.status == "tracked-not-accepted" and change.path == "headline"
    assert change.diff == "Le Maroc [-élu-]{+réélu+} vice-président d’Interpol pour l’Afrique"
    assert not report.written and project.release_file.read_bytes() == before
    assert [(c.author, c.text, c.path) for c in report.comments] == \
        [("Amina", "Vérifier : réélu ou élu ?", "headline")]


def test_tracked_changes_applied_when_accepted(project, tracked):
    report = merge_docx(folder(project), tracked, accept_changes=True, root=project.root)
    assert [(c.path, c.status, c.tracked) for c in report.changes] == \
        [("headline", "written", True)]
    release = read_release(project.release_file, project.root).release
    assert release.headline == "Le Maroc réélu vice-président d’Interpol pour l’Afrique"


def test_a_field_edited_on_both_sides_is_reported_not_overwritten(project, edited):
    project.edit("headline: Le Maroc élu vice-président d’Interpol pour l’Afrique",
                 "headline: Le Maroc élu à la vice-présidence d’Interpol pour l’Afrique")
    report = merge_docx(folder(project), edited, root=project.root)
    assert not report.same_build
    status = {c.path: c.status for c in report.changes}
    assert status == {"headline": "conflict", "body[1]": "written",
                      "people[0].titles[0]": "written"}
    release = read_release(project.release_file, project.root).release
    assert release.headline == "Le Maroc élu à la vice-présidence d’Interpol pour l’Afrique"
    assert "un très large soutien" in release.body[1].text


def test_a_docx_not_built_by_communique_is_refused(project, tmp_path):
    path = tmp_path / "other.docx"
    doc = Document()
    doc.add_paragraph("Le Maroc élu vice-président d’Interpol pour l’Afrique")
    doc.save(path)
    with pytest.raises(MergeRefused, match="not built by communique"):
        merge_docx(folder(project), path, root=project.root)
    (tmp_path / "text.docx").write_text("not a zip")
    with pytest.raises(MergeRefused, match="not a Word document"):
        merge_docx(folder(project), tmp_path / "text.docx", root=project.root)


def test_a_docx_of_another_release_is_refused(project, edited):
    other = project.root / "releases" / "autre-communique"
    shutil.copytree(folder(project), other)
    before = (other / "release.md").read_bytes()
    with pytest.raises(MergeRefused, match=f"built from the release '{SLUG}'"):
        merge_docx(other, edited, root=project.root)
    assert (other / "release.md").read_bytes() == before


def test_a_release_saved_during_the_merge_is_not_replaced(project, edited, monkeypatch):
    real = merging.with_fields

    def someone_saves_meanwhile(text, values, name, body=None):
        project.edit("status: ", "status:  ")
        return real(text, values, name, body=body)

    monkeypatch.setattr(merging, "with_fields", someone_saves_meanwhile)
    with pytest.raises(MergeRefused, match="changed while the edits were being merged"):
        merge_docx(folder(project), edited, root=project.root)
    assert "status:  " in project.release_file.read_text(encoding="utf-8")
    assert "réélu" not in project.release_file.read_text(encoding="utf-8")


def test_command_reports_and_exits(project, edited):
    out, err = io.StringIO(), io.StringIO()
    code = api.merge_docx(project.root, SLUG, str(edited), out=out, err=err)
    out = out.getvalue()
    assert code == 0
    assert "changed headline:" in out and "[-élu-]{+réélu+}" in out
    assert "wrote 3 field(s)" in out
    project.edit("headline: Le Maroc réélu", "headline: Le Royaume réélu")
    doc = Document(edited)
    edit_runs(doc, "Title", "réélu", "reconduit")  # an older copy, edited again
    doc.save(edited)
    out = io.StringIO()
    assert api.merge_docx(project.root, SLUG, str(edited), out=out, err=err) == 1
    assert "CONFLICT headline" in out.getvalue()
    assert api.merge_docx(project.root, "absent", str(edited), out=out, err=err) == 2
    assert "no release 'absent'" in err.getvalue()


def test_word_diff_is_by_words():
    assert word_diff("un large soutien", "un très large appui") == \
        "un {+très +}large [-soutien-]{+appui+}"
