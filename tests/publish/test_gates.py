"""What stops a publish, and what `inv check` says before it: W rules, status, embargo."""

from __future__ import annotations

import datetime as dt
import io

from docx import Document
from pypdf import PdfReader

from communique import api
from communique.checks.engine import check_release_file
from communique.checks.rule import Selection
from communique.read.approval_record import content_hash

from .conftest import SLUG, run

NOW = dt.datetime(2024, 11, 7, 12, 0, tzinfo=dt.UTC)


def _codes(project, prefix="W"):
    return check_release_file(project.root, project.release_file,
                              Selection(select=(prefix,))).diagnostics


def _single_language(project):
    for version in project.release_file.parent.glob("release.*.md"):
        version.unlink()


def test_placeholders_warn_at_check_naming_file_and_line(shipped_project):
    project = shipped_project
    found = [d for d in _codes(project) if d.code == "W003"]
    where = {(d.location.file, d.location.line) for d in found}
    yaml = "templates/institutions/dgsn/institution.yaml"
    lines = (project.root / yaml).read_text("utf-8").splitlines()
    phone = next(i for i, line in enumerate(lines, 1) if "00 00 00" in line)
    email = next(i for i, line in enumerate(lines, 1) if "@example.ma" in line)
    assert (yaml, phone) in where and (yaml, email) in where
    assert all(d.severity.name == "WARNING" for d in found)


def test_placeholders_are_quiet_once_filled(publishable):
    assert [d for d in _codes(publishable) if d.code in ("W003", "W004")] == []


def test_a_placeholder_in_the_release_contacts_is_found(publishable):
    publishable.edit("people:", "contacts:\n  - name: Salle de presse\n"
                     "    phone: \"+212 6 00 00 00 00\"\npeople:")
    (d,) = [d for d in _codes(publishable) if d.code == "W003"]
    assert d.location.line == publishable.line_of("+212 6 00 00 00 00")


def test_publish_refuses_placeholders_as_errors_and_writes_nothing(shipped_project):
    project = shipped_project
    assert run(api.approve, project.root, SLUG, "Nadia Bennani", now=NOW)[0] == 0
    code, _, err = run(api.publish, project.root, SLUG, now=NOW)
    assert code == 1
    assert "error   W003" in err and "institution.yaml" in err
    assert not (project.root / "build" / "published").exists()


def test_institution_new_copies_and_the_copy_is_flagged_until_rewritten(publishable):
    code, out, _ = run(api.new_institution, publishable.root, "ministere-sante", "dgsn")
    assert code == 0 and "templates/institutions/ministere-sante" in out
    folder = publishable.root / "templates" / "institutions" / "ministere-sante"
    assert (folder / "institution.yaml").read_text("utf-8").startswith("# Started from 'dgsn'")
    publishable.edit("institution: dgsn", "institution: ministere-sante")
    copied = [d for d in _codes(publishable) if d.code == "W004"]
    assert any("'name.fr' is the same as in the institution 'dgsn'" in d.message for d in copied)
    assert all(d.location.file.endswith("ministere-sante/institution.yaml") and d.location.line
               for d in copied)
    # Never overwrites, and says so.
    code, _, err = run(api.new_institution, publishable.root, "ministere-sante", "dgsn")
    assert code == 2 and "already exists" in err
    code, _, err = run(api.new_institution, publishable.root, "Bad Name", "dgsn")
    assert code == 2 and "not a valid institution id" in err


def test_the_approval_hash_ignores_comments_and_layout_not_content(publishable):
    before = content_hash(publishable.release_file.parent)
    publishable.edit("dateline: Rabat", "dateline: Rabat  # relu par le cabinet")
    publishable.edit("status: draft", "status: review")
    assert content_hash(publishable.release_file.parent) == before
    publishable.edit("city: Glasgow", "city: Édimbourg")
    assert content_hash(publishable.release_file.parent) != before
    other = publishable.release_file.parent / "release.en.md"
    other.write_text(other.read_text("utf-8") + "\nOne more sentence.\n", encoding="utf-8")
    article = publishable.release_file.parent / "article.txt"
    changed = content_hash(publishable.release_file.parent)
    article.write_text(article.read_text("utf-8") + " ", encoding="utf-8")
    assert content_hash(publishable.release_file.parent) != changed


def test_w001_fires_when_approved_content_changes_and_not_before(publishable):
    assert run(api.approve, publishable.root, SLUG, "Nadia Bennani", now=NOW)[0] == 0
    assert [d.code for d in _codes(publishable)] == []
    publishable.edit("role: chef de la délégation marocaine", "role: chef de délégation")
    (d,) = _codes(publishable)
    assert d.code == "W001" and d.severity.name == "ERROR" and "Nadia Bennani" in d.message
    assert d.location.line == publishable.line_of("  content:")


def test_approve_needs_a_name_and_a_known_release(publishable):
    assert run(api.approve, publishable.root, SLUG, " ")[0] == 2
    code, _, err = run(api.approve, publishable.root, "nope", "Nadia")
    assert code == 2 and "no release 'nope'" in err


def test_approved_without_a_recorded_approval_is_not_published(publishable):
    publishable.edit("status: draft", "status: approved")
    code, _, err = run(api.publish, publishable.root, SLUG, now=NOW)
    assert code == 1 and "no approval is recorded" in err
    assert not (publishable.root / "build" / "published").exists()


def _marks(project) -> dict[str, bool]:
    """Whether each built output carries a draft mark, by file name."""
    folder = project.root / "build" / SLUG
    found = {}
    for pdf in folder.glob("*.pdf"):
        found[pdf.name] = any(m in (p.extract_text() or "") for p in PdfReader(pdf).pages
                              for m in DRAFT_MARKS)
    for docx in folder.glob("*.docx"):
        doc = Document(docx)
        found[docx.name] = any(m in p.text for s in doc.sections for p in s.header.paragraphs
                               for m in DRAFT_MARKS)
    return found


DRAFT_MARKS = ("PROJET — NE PAS DIFFUSER", "DRAFT — NOT FOR RELEASE", "مسودة — لا تنشر")


def test_a_recorded_approval_builds_every_language_without_the_draft_mark(publishable):
    assert run(api.approve, publishable.root, SLUG, "Nadia Bennani", now=NOW)[0] == 0
    assert run(api.build, publishable.root, [SLUG])[0] == 0
    marks = _marks(publishable)
    # fr, en and ar, PDF and DOCX: the versions inherit the approval of release.md.
    assert len(marks) == 6 and not any(marks.values()), marks


def test_approved_typed_by_hand_keeps_the_draft_mark_and_warns(publishable):
    _single_language(publishable)
    publishable.edit("status: draft", "status: approved")
    code, out, err = run(api.build, publishable.root, [SLUG])
    assert code == 0, err
    marks = _marks(publishable)
    assert marks and all(marks.values()), marks
    found = [d for d in _codes(publishable) if d.code == "W002"]
    assert len(found) == 1 and found[0].location.line == 5
    assert "inv approve" in found[0].fix


def test_arabic_and_english_drafts_carry_their_own_mark(publishable):
    from communique.packs.manifest import load_institution, load_pack
    from communique.read.release import read_release
    from communique.writers.docx import render_docx
    from communique.writers.pdf import render_pdf

    for name, mark in (("release.ar.md", "مسودة — لا تنشر"),
                       ("release.en.md", "DRAFT — NOT FOR RELEASE")):
        release = read_release(publishable.release_file.parent / name, publishable.root).release
        pack = load_pack(publishable.root, release.template)
        institution = load_institution(publishable.root, release.institution)
        pages = [p.extract_text() for p in
                 PdfReader(io.BytesIO(render_pdf(release, pack, institution))).pages]
        assert all(mark in " ".join(p.split()) or mark.split()[0] in p for p in pages), name
        doc = Document(io.BytesIO(render_docx(release, pack, institution)))
        assert mark in [p.text for s in doc.sections for p in s.header.paragraphs]


def test_embargo_gate_and_embargoed_hand_off(publishable):
    _single_language(publishable)
    publishable.edit("status: draft", "status: draft\nembargo: 2024-11-07T18:00+01:00")
    assert run(api.approve, publishable.root, SLUG, "Nadia Bennani", now=NOW)[0] == 0
    code, _, err = run(api.publish, publishable.root, SLUG, now=NOW)
    assert code == 1 and "under embargo until 2024-11-07T18:00+01:00" in err
    assert "--embargoed" in err and not (publishable.root / "build" / "published").exists()
    code, out, err = run(api.publish, publishable.root, SLUG, embargoed=True, now=NOW)
    assert code == 0, err
    folder = publishable.root / "build" / "published" / SLUG / "v1"
    names = sorted(p.name for p in folder.iterdir())
    tag = "SOUS-EMBARGO-jusqu-au-2024-11-07-1800"
    assert all(tag in n for n in names if n.endswith((".pdf", ".docx", ".zip"))), names
    import json
    import zipfile

    manifest = json.loads((folder / "manifest.json").read_text("utf-8"))
    assert manifest["embargo"]["notice"] == \
        "SOUS EMBARGO jusqu'au 7 novembre 2024 à 18:00 (UTC+01:00)"
    with zipfile.ZipFile(next(folder.glob("*.zip"))) as archive:
        assert archive.comment.decode() == manifest["embargo"]["notice"]
    index = (publishable.root / "build" / "published" / "index.html").read_text("utf-8")
    assert "SOUS EMBARGO jusqu&#x27;au 7 novembre 2024" in index


def test_embargoed_without_an_embargo_is_refused(publishable):
    assert run(api.approve, publishable.root, SLUG, "Nadia Bennani", now=NOW)[0] == 0
    code, _, err = run(api.publish, publishable.root, SLUG, embargoed=True, now=NOW)
    assert code == 1 and "no embargo is in force" in err


def test_an_embargo_without_time_zone_is_an_error_at_publish(publishable):
    publishable.edit("status: draft", "status: draft\nembargo: 2024-11-07T18:00")
    assert run(api.approve, publishable.root, SLUG, "Nadia Bennani", now=NOW)[0] == 0
    code, _, err = run(api.publish, publishable.root, SLUG, now=NOW)
    assert code == 1 and "error   D007" in err


def test_a_release_with_errors_is_not_published(publishable):
    publishable.edit("city: Glasgow", "city:")
    assert run(api.approve, publishable.root, SLUG, "Nadia Bennani", now=NOW)[0] == 0
    code, _, err = run(api.publish, publishable.root, SLUG, now=NOW)
    assert code == 1 and "F004" in err
    assert not (publishable.root / "build" / "published").exists()


def test_clean_without_an_archive_removes_build(project):
    (project.root / "build" / "x").mkdir(parents=True)
    out = io.StringIO()
    assert api.clean(project.root, out=out) == 0
    assert not (project.root / "build").exists() and "removed build/" in out.getvalue()


def test_institution_new_from_an_unknown_institution(project):
    code, _, err = run(api.new_institution, project.root, "bureau", "nope")
    assert code == 2 and "no institution 'nope'" in err
    assert not (project.root / "templates" / "institutions" / "bureau").exists()
