"""Threat: the renderer reads or sends what it should not (files, network, devices)."""

from __future__ import annotations

import os
import time

import pytest
from hostile_readback import (
    assert_docx_leaks_nothing,
    assert_pdf_leaks_nothing,
    docx_external_targets,
    docx_text,
    pdf_links,
    pdf_text,
)

from communique.writers.fetcher import LockedFetcher, RefusedResource


@pytest.fixture
def fetcher(tmp_path):
    (tmp_path / "ok.css").write_text("p { color: black }")
    (tmp_path / "out.css").symlink_to("/etc/passwd")
    (tmp_path / "zero.png").symlink_to("/dev/zero")
    os.mkfifo(tmp_path / "pipe.css")
    with open(tmp_path / "huge.png", "wb") as handle:  # sparse: costs no disk
        handle.truncate(11 * 1024 * 1024)
    return LockedFetcher([tmp_path])


@pytest.mark.parametrize("url, reason", [
    ("http://example.invalid/logo.png", "the 'http' scheme is not allowed"),
    ("https://example.invalid/logo.png", "the 'https' scheme is not allowed"),
    ("ftp://example.invalid/logo.png", "the 'ftp' scheme is not allowed"),
    ("data:text/css,p{color:red}", "the 'data' scheme is not allowed"),
    ("gopher://example.invalid/", "the 'gopher' scheme is not allowed"),
    ("file:///etc/passwd", "outside the folders a document may read"),
    ("file:///dev/zero", "outside the folders a document may read"),
    ("file:///dev/urandom", "outside the folders a document may read"),
    ("file://server/share/x.css", "file URLs on another host ('server')"),
    ("{root}/out.css", "outside the folders a document may read"),
    ("{root}/zero.png", "outside the folders a document may read"),
    ("{root}/pipe.css", "it is not a regular file"),
    ("{root}/huge.png", "it is 11534336 bytes, more than the 10485760 allowed"),
    ("{root}/../../../../etc/passwd", "outside the folders a document may read"),
    ("{root}/missing.png", "no such file"),
])
def test_fetcher_refuses(fetcher, tmp_path, url, reason):
    url = url.replace("{root}", tmp_path.as_uri())
    started = time.monotonic()
    with pytest.raises(RefusedResource) as refusal:
        fetcher.fetch(url)
    assert reason in str(refusal.value)
    assert str(refusal.value).startswith(f"refused to load '{url[:160]}")
    assert time.monotonic() - started < 1  # no network wait, no read of a device
    assert fetcher.served == []


def test_fetcher_serves_a_regular_file_inside(fetcher, tmp_path):
    assert fetcher.fetch((tmp_path / "ok.css").as_uri()).read() == b"p { color: black }"


def test_base_href_is_applied_before_the_decision(hostile):
    hostile.inject_template('<base href="file:///etc/"><img src="passwd" alt="x">')
    code, _, err = hostile.build()
    assert code == 1
    assert "refused to load 'file:///etc/" in err  # the stylesheet or the image
    assert hostile.built() == []


def test_remote_stylesheet_fails_the_build_without_waiting(hostile):
    hostile.inject_template('<link rel="stylesheet" href="https://example.invalid/x.css">')
    started = time.monotonic()
    code, _, err = hostile.build()
    assert code == 1 and "refused to load 'https://example.invalid/x.css'" in err
    assert time.monotonic() - started < 10  # never the 10 s network stall
    assert "Traceback" not in err


def test_a_fifo_in_the_pack_fails_the_build_instead_of_hanging(hostile):
    os.mkfifo(hostile.pack / "texture.png")
    hostile.add_css("body { background-image: url(texture.png) }")
    code, _, err = hostile.build()
    # Stopped by the check of the pack's images (T011), before the renderer would block.
    assert code == 1 and "T011" in err
    assert "the image texture.png is refused: it is not a regular file" in err


def test_an_oversized_image_fails_the_build(hostile):
    with open(hostile.pack / "poster.png", "wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    hostile.add_css("body { background-image: url(poster.png) }")
    code, _, err = hostile.build()
    assert code == 1 and "the image poster.png is refused: it is 52428800 bytes, more than" in err


def test_a_stylesheet_linked_out_of_the_pack_fails_the_build(hostile):
    (hostile.pack / "extra.css").symlink_to("/etc/passwd")
    hostile.add_css('@import url("extra.css");')
    code, _, err = hostile.build()
    assert code == 1 and "extra.css': it is outside the folders a document may read" in err


def test_any_weasyprint_warning_fails_the_build(hostile):
    hostile.add_css("h1 { colour: red; }")
    code, _, err = hostile.build()
    assert code == 1
    assert "PDF not rendered, WeasyPrint reported:" in err and "colour" in err
    assert hostile.built() == []


def test_a_template_link_to_a_local_file_is_refused(hostile):
    # A relative href becomes file:///…/templates/communique/contact.html in the PDF.
    hostile.inject_template('<a href="contact.html">contact</a>')
    code, _, err = hostile.build()
    assert code == 1
    assert "the document links to or attaches file://" in err and "contact.html" in err


def test_a_template_attachment_is_refused(hostile):
    hostile.inject_template('<a rel="attachment" href="style.css">style</a>')
    code, _, err = hostile.build()
    assert code == 1 and "only http, https and mailto links may go out" in err


HOSTILE_BODY = """\
Le Maroc a été élu vice-président d'Interpol pour l'Afrique.

<script>alert(1)</script> <img src=file:///etc/passwd> <iframe src="https://evil.example/">

Liens : [fichier](file:///etc/passwd), [script](javascript:alert(1)), [vb](vbscript:x),
[données](data:text/html;base64,PHNjcmlwdD4=), [relatif](../../etc/passwd),
[protocole](//evil.example/x), [ftp](ftp://evil.example/x), [unc](\\\\server\\share),
<file:///etc/shadow>, [bon](https://www.interpol.int/fr), [courriel](mailto:presse@example.ma),
[MAJ](HTTP://WWW.EXAMPLE.MA/X).
"""


@pytest.fixture
def hostile_body_build(hostile):
    hostile.set_body(HOSTILE_BODY)
    code, _, err = hostile.build()
    assert code == 0, err
    return hostile.output("pdf").read_bytes(), hostile.output("docx").read_bytes()


def test_raw_html_in_the_body_is_text(hostile_body_build):
    pdf, docx = hostile_body_build
    for literal in ("<script>alert(1)</script>", "<img src=file:///etc/passwd>"):
        assert literal in pdf_text(pdf)
        assert literal in docx_text(docx)


def test_only_http_https_mailto_links_reach_the_pdf(hostile_body_build):
    pdf, _ = hostile_body_build
    links = pdf_links(pdf)
    assert "https://www.interpol.int/fr" in links
    assert "mailto:presse@example.ma" in links
    assert "HTTP://WWW.EXAMPLE.MA/X" in links
    assert all(link.lower().startswith(("http://", "https://", "mailto:")) for link in links)
    assert "fichier" in pdf_text(pdf)  # the text of a refused link stays, without target
    assert_pdf_leaks_nothing(pdf)


def test_only_http_https_mailto_links_reach_the_docx(hostile_body_build):
    _, docx = hostile_body_build
    targets = docx_external_targets(docx)
    assert "https://www.interpol.int/fr" in targets
    assert all(t.lower().startswith(("http://", "https://", "mailto:")) for t in targets)
    assert_docx_leaks_nothing(docx)


def test_the_docx_emblem_cannot_come_from_outside_the_institution(hostile, tmp_path):
    outside = tmp_path / "private.png"
    outside.write_bytes((hostile.institution / "emblem.png").read_bytes())
    yaml = hostile.institution / "institution.yaml"
    yaml.write_text(yaml.read_text("utf-8").replace("emblem_png: emblem.png",
                                                    f"emblem_png: {outside}"), "utf-8")
    code, _, err = hostile.build()
    assert code == 1
    assert f"emblem_png '{outside}' is outside the institution's folder" in err
    assert hostile.built() == []
