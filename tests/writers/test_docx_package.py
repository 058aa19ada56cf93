"""Every DOCX communique writes is a valid WordprocessingML package (what Word opens without
a repair prompt), carries its own properties, and is byte-identical from run to run."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import zipfile
from pathlib import Path

import pytest
from docx import Document
from openxml_audit import OpenXmlValidator

from communique.model import Block, Quote, Run
from communique.packs.manifest import load_institution, load_pack
from communique.read.release import read_release, release_files
from communique.writers.docx import render_docx
from communique.writers.docx_styles import style_source_bytes

ROOT = Path(__file__).resolve().parents[2]
FILES = sorted(p for f in (ROOT / "releases").iterdir() if f.is_dir()
               for p in release_files(f))

# Findings of the validator that are not faults of the file, each with the reason.
# (None today: the stale stylesWithEffects part, whose styles and docDefaults drifted
# from styles.xml, is no longer written.)
EXPLAINED: dict[str, str] = {}
PLUS_ONE = dt.timezone(dt.timedelta(hours=1))


def read(path: Path):
    release = read_release(path, ROOT).release
    assert release is not None, path
    return release, load_pack(ROOT, release.template), load_institution(ROOT, release.institution)


def findings(data: bytes, tmp_path: Path, name: str = "doc.docx") -> list[str]:
    path = tmp_path / name
    path.write_bytes(data)
    result = OpenXmlValidator().validate(path)
    return [f"{e.error_type.value} {e.part_uri} {e.path}: {e.description}"
            for e in result.errors if not any(k in e.description for k in EXPLAINED)]


def writer_fixtures():
    """The example release with every kind of block and tricky values the writer tests use."""
    release, pack, institution = read(ROOT / "releases" / "maroc-vice-presidence-interpol"
                                      / "release.md")
    body = release.body + (
        Block("paragraph", (Run("Voir "), Run("le site", href="https://www.example.ma/x?a=1"),
                            Run(" et "), Run("rien", href="javascript:alert(1)"))),
        Block("heading", (Run("Intertitre"),), level=2),
        Block("heading", (Run("Sous-intertitre"),), level=3),
        Block("bullet", items=((Run("un"),), (Run("deux", bold=True),))),
        Block("quote", (Run("cité", italic=True),)),
    )
    tricky = dataclasses.replace(release, headline='R&D <b>x</b> {{ headline }} "q"', body=body,
                                 quotes=(Quote("A < B & C", by="Mohamed Dkhissi"),),
                                 embargo=dt.datetime(2024, 11, 7, 18, 0, tzinfo=PLUS_ONE))
    return [("links-and-blocks", tricky, pack, institution)]


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_example_docx_is_valid(path, tmp_path):
    release, pack, institution = read(path)
    assert findings(render_docx(release, pack, institution), tmp_path) == []


@pytest.mark.parametrize("case", writer_fixtures(), ids=lambda c: c[0])
def test_writer_fixture_docx_is_valid(case, tmp_path):
    _, release, pack, institution = case
    assert findings(render_docx(release, pack, institution), tmp_path) == []


def test_style_sources_are_valid(tmp_path):
    sources = sorted((ROOT / "templates").rglob("styles.docx"))
    assert len(sources) >= 3
    for source in sources:
        assert findings(source.read_bytes(), tmp_path) == [], source
    assert findings(style_source_bytes(), tmp_path) == []


def test_the_validator_sees_a_broken_header(tmp_path):
    """The test above can fail: a second w:tblLayout after w:tblLook is what Word repairs."""
    release, pack, institution = read(FILES[0])
    data = render_docx(release, pack, institution)
    broken = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(broken, "w") as dst:
        for info in src.infolist():
            part = src.read(info.filename)
            if info.filename == "word/header1.xml":
                part = part.replace(b"</w:tblPr>", b'<w:tblLayout w:type="fixed"/></w:tblPr>', 1)
            dst.writestr(info, part)
    assert any("tblLayout" in f for f in findings(broken.getvalue(), tmp_path))


@pytest.fixture(scope="module")
def example():
    return read(ROOT / "releases" / "maroc-vice-presidence-interpol" / "release.md")


def test_properties_name_communique_and_count_nothing(example):
    release, pack, institution = example
    data = render_docx(release, pack, institution)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = set(archive.namelist())
        app = archive.read("docProps/app.xml").decode()
        types = archive.read("[Content_Types].xml").decode()
        rels = archive.read("word/_rels/document.xml.rels").decode()
        settings = archive.read("word/settings.xml").decode()
    assert "docProps/thumbnail.jpeg" not in names and "jpeg" not in types
    assert "word/stylesWithEffects.xml" not in names and "stylesWithEffects" not in rels
    assert "savePreviewPicture" not in settings
    assert "<Application>communique</Application>" in app
    assert "Microsoft" not in app
    for count in ("<Pages>", "<Words>", "<Characters>", "<Lines>", "<Paragraphs>"):
        assert count not in app
    assert "<Company>Direction générale de la Sûreté nationale</Company>" in app


def test_two_renders_are_byte_identical(example):
    release, pack, institution = example
    first = render_docx(release, pack, institution)
    assert render_docx(release, pack, institution) == first
    with zipfile.ZipFile(io.BytesIO(first)) as archive:
        assert {i.date_time for i in archive.infolist()} == {(2024, 11, 7, 0, 0, 0)}
    props = Document(io.BytesIO(first)).core_properties
    assert props.created.isoformat() == props.modified.isoformat() == "2024-11-07T00:00:00+00:00"


def test_source_date_epoch_is_honoured(example, monkeypatch):
    release, pack, institution = example
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1733000000")  # 2024-11-30 20:53:20 UTC
    first = render_docx(release, pack, institution)
    assert render_docx(release, pack, institution) == first
    with zipfile.ZipFile(io.BytesIO(first)) as archive:
        assert {i.date_time for i in archive.infolist()} == {(2024, 11, 30, 20, 53, 20)}
    assert Document(io.BytesIO(first)).core_properties.modified.isoformat() == \
        "2024-11-30T20:53:20+00:00"
