"""The whole workflow on the example: draft → approve → publish → correct (issue 10's
acceptance test), read back from the files it leaves."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader

from communique import api
from communique.read.release import read_release

from .conftest import ROOT, SLUG, fill_institution, run

APPROVER = "Nadia Bennani"
REASON = "« ferme engagement » remplacé à la demande du cabinet"
NOW = dt.datetime(2024, 11, 7, 20, 0, tzinfo=dt.UTC)


def _copy_project(base: Path) -> Path:
    shutil.copytree(ROOT / "templates", base / "templates")
    shutil.copytree(ROOT / "releases" / SLUG, base / "releases" / SLUG)
    shutil.copy(ROOT / "pyproject.toml", base / "pyproject.toml")
    fill_institution(base)
    release = base / "releases" / SLUG / "release.md"
    release.write_text(release.read_text("utf-8").replace("status: review", "status: draft"),
                       encoding="utf-8")
    return base


class Flow:
    """What each step of the workflow returned and left, kept for the tests below."""


@pytest.fixture(scope="module")
def flow(tmp_path_factory) -> Flow:
    f = Flow()
    f.root = root = _copy_project(tmp_path_factory.mktemp("flow"))
    f.release = root / "releases" / SLUG / "release.md"
    f.draft_build = run(api.build, root, [SLUG])
    f.draft_pdf = (root / "build" / SLUG / f"{SLUG}.fr.pdf").read_bytes()
    f.draft_docx = (root / "build" / SLUG / f"{SLUG}.fr.docx").read_bytes()
    f.draft_publish = run(api.publish, root, SLUG, now=NOW)
    f.after_draft_publish = (root / "build" / "published").exists()
    f.approve = run(api.approve, root, SLUG, APPROVER, now=NOW)
    f.approved_text = f.release.read_text("utf-8")
    f.v1 = run(api.publish, root, SLUG, now=NOW)
    f.v1_dir = root / "build" / "published" / SLUG / "v1"
    f.v1_bytes = {p.name: p.read_bytes() for p in f.v1_dir.iterdir()}
    f.again = run(api.publish, root, SLUG, now=NOW)
    text = f.release.read_text("utf-8")
    f.release.write_text(text.replace("traduit le ferme engagement",
                                      "traduit l’engagement constant"), encoding="utf-8")
    f.changed_check = run(api.check, root, [SLUG])
    f.unapproved_change = run(api.publish, root, SLUG, correction=REASON, now=NOW)
    f.after_unapproved = sorted(p.name for p in (root / "build" / "published" / SLUG).iterdir())
    run(api.approve, root, SLUG, APPROVER, now=NOW)
    f.without_reason = run(api.publish, root, SLUG, now=NOW)
    f.v2 = run(api.publish, root, SLUG, correction=REASON, now=NOW + dt.timedelta(days=1))
    f.v2_dir = root / "build" / "published" / SLUG / "v2"
    f.verify = run(api.verify_published, root)
    return f


def _manifest(folder: Path) -> dict:
    return json.loads((folder / "manifest.json").read_text("utf-8"))


def _pdf_pages(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def test_a_draft_build_is_marked_on_every_page_and_in_the_docx(flow):
    assert flow.draft_build[0] == 0, flow.draft_build[2]
    pages = _pdf_pages(flow.draft_pdf)
    assert len(pages) >= 2 and all("PROJET — NE PAS DIFFUSER" in p for p in pages)
    doc = Document(io.BytesIO(flow.draft_docx))
    headers = [p.text for s in doc.sections for p in s.header.paragraphs]
    assert "PROJET — NE PAS DIFFUSER" in headers


def test_a_draft_is_not_published_and_nothing_is_written(flow):
    code, _, err = flow.draft_publish
    assert code == 1 and "status is 'draft'" in err and "inv approve" in err
    assert not flow.after_draft_publish


def test_approve_records_who_when_and_what_keeping_the_file_as_written(flow):
    assert flow.approve[0] == 0, flow.approve[2]
    text = flow.approved_text
    assert "status: approved" in text and f'  by: "{APPROVER}"' in text
    assert "  at: \"2024-11-07T20:00:00+00:00\"" in text
    assert "  content: \"sha256:" in text
    # Everything else as it was: the body byte for byte, the other fields' lines.
    original = (ROOT / "releases" / SLUG / "release.md").read_text("utf-8")
    assert text.split("\n---\n", 1)[1] == original.split("\n---\n", 1)[1]
    kept = [line for line in text.splitlines() if not line.startswith(("status:", "approval:",
                                                                       "  by:", "  at:",
                                                                       "  content:"))]
    assert kept == [line for line in original.splitlines() if not line.startswith("status:")]


def test_v1_holds_pdfa_docx_manifest_sums_and_zip_that_match(flow):
    assert flow.v1[0] == 0, flow.v1[2]
    manifest = _manifest(flow.v1_dir)
    assert manifest["version"] == 1 and manifest["languages"] == ["fr", "ar", "en"]
    assert manifest["approval"]["by"] == APPROVER and manifest["status"] == "published"
    for entry in manifest["files"]:
        data = (flow.v1_dir / entry["name"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == entry["sha256"]
        assert len(data) == entry["size"]
        assert entry["name"].startswith(f"2024-11-07_dgsn_{SLUG}_v1_{entry['language']}.")
    for key in ("article_sha256", "template_pack_sha256", "institution_sha256"):
        assert len(manifest["sources"][key]) == 64
    article = (flow.root / "releases" / SLUG / "article.txt").read_bytes()
    assert manifest["sources"]["article_sha256"] == hashlib.sha256(article).hexdigest()
    checked = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=flow.v1_dir,
                             capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    with zipfile.ZipFile(flow.v1_dir / manifest["zip"]) as archive:
        assert sorted(archive.namelist()) == sorted(
            [e["name"] for e in manifest["files"]] + ["manifest.json"])
        assert {i.date_time[:3] for i in archive.infolist()} == {(2024, 11, 7)}
        assert archive.read("manifest.json") == flow.v1_bytes["manifest.json"]


def test_published_files_carry_no_draft_mark(flow):
    for name, data in flow.v1_bytes.items():
        if name.endswith(".pdf"):
            assert not any("PROJET" in p or "DRAFT" in p or "مسودة" in p
                           for p in _pdf_pages(data)), name
        if name.endswith(".docx"):
            doc = Document(io.BytesIO(data))
            texts = [p.text for s in doc.sections for p in s.header.paragraphs]
            texts += [p.text for p in doc.paragraphs]
            assert not any("PROJET" in t or "DRAFT" in t for t in texts), name


def test_the_ledger_lists_both_versions_with_each_files_hash(flow):
    from communique.publish.ledger import read_ledger

    entries = read_ledger(flow.root / "releases" / SLUG)
    assert [e.version for e in entries] == [1, 2]
    assert entries[0].approved_by == APPROVER and entries[0].correction == ""
    assert entries[1].correction == REASON and entries[1].corrects == "1"
    for entry, folder in zip(entries, (flow.v1_dir, flow.v2_dir), strict=True):
        assert set(entry.files) == {p.name for p in folder.iterdir()}
        for name, digest in entry.files.items():
            assert hashlib.sha256((folder / name).read_bytes()).hexdigest() == digest
    assert flow.verify[0] == 0, flow.verify[2]


def test_publishing_the_same_content_again_changes_nothing_and_says_so(flow):
    code, out, _ = flow.again
    assert code == 0 and "nothing changed" in out and "version 1" in out


def test_changed_content_needs_a_new_approval_then_a_correction(flow):
    code, out, _ = flow.changed_check
    assert code == 1 and "W001" in out
    assert flow.unapproved_change[0] == 1 and "W001" in flow.unapproved_change[2]
    assert flow.after_unapproved == ["v1"]
    code, _, err = flow.without_reason
    assert code == 1 and "--correction" in err


def test_v2_is_a_correction_naming_v1_with_a_word_diff(flow):
    assert flow.v2[0] == 0, flow.v2[2]
    manifest = _manifest(flow.v2_dir)
    correction = manifest["correction"]
    assert correction["corrects"] == 1 and correction["reason"] == REASON
    assert correction["date"] == "2024-11-08"
    v1_manifest = hashlib.sha256(flow.v1_bytes["manifest.json"]).hexdigest()
    assert correction["corrects_manifest_sha256"] == v1_manifest
    (change,) = correction["changes"]
    assert change["field"] == "body" and change["language"] == "fr"
    assert "[-le ferme engagement-]{+l’engagement constant+}" in change["diff"]
    fr_pdf = next(flow.v2_dir.glob("*_fr.pdf")).read_bytes()
    first = " ".join(_pdf_pages(fr_pdf)[0].split())
    assert "RECTIFICATIF du 8 novembre 2024 (version 2, remplace la version 1)" in first
    assert "ferme engagement » remplacé" in first
    en_docx = Document(io.BytesIO(next(flow.v2_dir.glob("*_en.docx")).read_bytes()))
    assert en_docx.paragraphs[0].text.startswith("CORRECTION of 8 November 2024 (version 2")
    ar_pdf = next(flow.v2_dir.glob("*_ar.pdf")).read_bytes()
    assert "تصحيح" in _pdf_pages(ar_pdf)[0]


def test_v1_is_unchanged_byte_for_byte(flow):
    assert {p.name: p.read_bytes() for p in flow.v1_dir.iterdir()} == flow.v1_bytes


def test_index_and_feeds_list_both_versions(flow):
    published = flow.root / "build" / "published"
    index = (published / "index.html").read_text("utf-8")
    assert f'id="{SLUG}-v1"' in index and f'id="{SLUG}-v2"' in index
    assert f'corrige <a href="#{SLUG}-v1">la version 1</a>' in index
    atom = (published / "feed.atom").read_text("utf-8")
    assert f"urn:communique:{SLUG}:v1" in atom and f"urn:communique:{SLUG}:v2" in atom
    feed = json.loads((published / "feed.json").read_text("utf-8"))
    assert feed["version"] == "https://jsonfeed.org/version/1.1"
    assert [i["id"] for i in feed["items"]] == [f"urn:communique:{SLUG}:v2",
                                                f"urn:communique:{SLUG}:v1"]


def test_the_release_is_marked_published(flow):
    release = read_release(flow.release, flow.root).release
    assert release.status == "published"


def test_clean_keeps_the_archive(flow):
    assert (flow.root / "build" / SLUG).is_dir()
    code, out, _ = run_clean(flow.root)
    assert code == 0 and not (flow.root / "build" / SLUG).exists()
    assert {p.name: p.read_bytes() for p in flow.v1_dir.iterdir()} == flow.v1_bytes
    assert (flow.root / "build" / "published" / "index.html").is_file()


def run_clean(root: Path):
    out = io.StringIO()
    return api.clean(root, out=out), out.getvalue(), ""


def test_verify_finds_a_changed_archived_file(flow, tmp_path):
    copy = tmp_path / "copy"
    shutil.copytree(flow.root, copy)
    victim = next((copy / "build" / "published" / SLUG / "v1").glob("*_fr.docx"))
    victim.chmod(0o644)
    victim.write_bytes(victim.read_bytes() + b"x")
    code, _, err = run(api.verify_published, copy)
    assert code == 1 and victim.name in err and "changed since it was published" in err


def test_the_same_inputs_give_byte_identical_files(flow, tmp_path):
    root = _copy_project(tmp_path)
    assert run(api.approve, root, SLUG, APPROVER, now=NOW)[0] == 0
    assert run(api.publish, root, SLUG, now=NOW)[0] == 0
    again = root / "build" / "published" / SLUG / "v1"
    assert {p.name: p.read_bytes() for p in again.iterdir()} == flow.v1_bytes


# --- PDF/A-3b, read back with pikepdf (veraPDF is not installable here) ------------------

def test_published_pdfs_are_pdfa_3b_with_the_fields_attached_and_tags_kept(flow):
    import pikepdf
    import pikepdf.pdfa

    for path in sorted(flow.v1_dir.glob("*.pdf")):
        data = path.read_bytes()
        with pikepdf.open(io.BytesIO(data)) as pdf:
            meta = pdf.open_metadata()
            assert (meta["pdfaid:part"], meta["pdfaid:conformance"]) == ("3", "B")
            assert meta["xmp:CreateDate"].startswith("2024-11-07")
            (intent,) = pdf.Root.OutputIntents
            assert intent.S == pikepdf.Name.GTS_PDFA1 and intent.DestOutputProfile.N == 3
            assert intent.DestOutputProfile.read_bytes()[36:40] == b"acsp"  # an ICC profile
            (associated,) = pdf.Root.AF
            assert associated.AFRelationship == pikepdf.Name.Data
            attached = json.loads(pdf.attachments["fields.json"].get_file().read_bytes())
            assert "/StructTreeRoot" in pdf.Root and pdf.Root.MarkInfo.Marked
        language = path.stem.rsplit("_", 1)[1]
        release = read_release(flow.root / "releases" / SLUG /
                               ("release.md" if language == "fr" else f"release.{language}.md"),
                               flow.root).release
        assert attached["language"] == language and attached["version"] == 1
        assert attached["fields"]["headline"] == release.headline
        assert "approval.content" not in attached["fields"]
        report = pikepdf.pdfa.validate_written(io.BytesIO(data), "3b")
        # Constructs the validator does not know (WeasyPrint's patterns, the structure
        # tree's namespaces) are 'unsupported', not violations; a violation fails.
        assert [f for f in report.findings if f.kind == "violation"] == [], path.name


# --- the archive page in a real browser ---------------------------------------------------

CHROMIUM = shutil.which("chromium")


def _chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--no-first-run", f"--user-data-dir={tmp_path / 'profile'}", *args],
        capture_output=True, text=True, timeout=120)


@pytest.mark.skipif(CHROMIUM is None, reason="Debian chromium is not installed "
                    "(.ci/setup-debian installs it)")
def test_the_archive_page_opens_in_chromium_and_every_link_is_a_file(flow, tmp_path):
    from html.parser import HTMLParser
    from urllib.parse import unquote, urlsplit

    from PIL import Image

    index = flow.root / "build" / "published" / "index.html"
    shot = tmp_path / "index.png"
    _chromium(tmp_path, "--window-size=1000,900", f"--screenshot={shot}", index.as_uri())
    image = Image.open(shot).convert("L")
    assert image.size == (1000, 900)
    low, high = image.getextrema()
    assert high - low > 100  # text on the page, not a blank or error screen
    dom = _chromium(tmp_path, "--dump-dom", index.as_uri()).stdout
    assert "Communiqués publiés" in dom and "Rectificatif du 2024-11-08" in dom

    class Links(HTMLParser):
        def __init__(self):
            super().__init__()
            self.hrefs: list[str] = []

        def handle_starttag(self, tag, attrs):
            if tag == "a":
                self.hrefs.append(dict(attrs)["href"])

    parser = Links()
    parser.feed(dom)
    files = [h for h in parser.hrefs if not h.startswith("#")]
    anchors = [h[1:] for h in parser.hrefs if h.startswith("#")]
    assert len(files) == 2 * 9 + 2  # 6 documents, ZIP, manifest, sums per version; 2 feeds
    for href in files:
        target = index.parent / unquote(urlsplit(href).path)
        assert target.is_file(), href
        assert target.resolve().is_relative_to(index.parent.resolve()), href
    for anchor in anchors:
        assert f'id="{anchor}"' in dom
