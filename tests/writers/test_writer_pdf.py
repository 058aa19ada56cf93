"""The PDF writer, read back with pypdf; and the locked-down fetcher."""

from __future__ import annotations

import dataclasses
import io
import os
from pathlib import Path

import pytest
from pypdf import PdfReader

from communique.errors import RenderError
from communique.writers.pdf import html_to_pdf, render_pdf


def squash(text: str) -> str:
    """Text as read back from a PDF: line breaks and justified spaces collapsed."""
    return " ".join(text.split())


@pytest.fixture(scope="module")
def pdf(release, pack, institution) -> PdfReader:
    return PdfReader(io.BytesIO(render_pdf(release, pack, institution)))


@pytest.fixture(scope="module")
def text(pdf) -> str:
    return squash(" ".join(page.extract_text() for page in pdf.pages))


def test_facts_the_checks_read_back(text, release):
    assert "COMMUNIQUÉ DE PRESSE" in text
    assert "Rabat, le 7 novembre 2024" in text
    assert release.headline in text
    for value in (release.venue.event, release.venue.city, release.venue.country):
        assert value in text
    for person in release.people:
        assert person.name in text
        for title in person.titles:
            assert title in text, title
    assert "– FIN –" in text
    assert "À propos de la DGSN".upper() in text


def test_page_numbers_and_footer(pdf):
    assert len(pdf.pages) == 2
    first = squash(pdf.pages[0].extract_text())
    second = squash(pdf.pages[1].extract_text())
    assert "1/2" in first and "2/2" in second
    assert "Avenue de l’Exemple, Rabat, Maroc" in first
    assert "Avenue de l’Exemple, Rabat, Maroc" in second


def test_metadata(pdf, release):
    info = pdf.metadata
    assert info.title == release.headline
    assert info.author == "Direction générale de la Sûreté nationale"
    assert pdf.trailer["/Root"]["/Lang"] == "fr"
    assert "/CreationDate" not in info  # no date: same release, same bytes


def test_a4(pdf):
    box = pdf.pages[0].mediabox
    assert round(float(box.width) * 25.4 / 72) == 210
    assert round(float(box.height) * 25.4 / 72) == 297


def test_every_font_is_embedded(pdf):
    fonts = {}

    def walk(resources):
        resources = resources.get_object() if resources else {}
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            targets = [d.get_object() for d in descendants] if descendants else [font]
            for target in targets:
                descriptor = target.get("/FontDescriptor")
                name = str(target.get("/BaseFont"))
                fonts[name] = descriptor is not None and any(
                    key in descriptor.get_object()
                    for key in ("/FontFile", "/FontFile2", "/FontFile3"))
        for xobject in (resources.get("/XObject") or {}).values():
            xobject = xobject.get_object()
            if "/Resources" in xobject:
                walk(xobject["/Resources"])

    for page in pdf.pages:
        walk(page.get("/Resources"))
    assert fonts, "no fonts found"
    assert all(fonts.values()), fonts
    assert any("Noto-Serif" in name for name in fonts), fonts


# --- fetcher ---------------------------------------------------------------------------

@pytest.fixture
def fetcher(tmp_path):
    from communique.writers.fetcher import LockedFetcher

    (tmp_path / "ok.css").write_text("p { color: black }")
    return LockedFetcher([tmp_path], max_bytes=1000)


def refused(fetcher, url):
    from communique.writers.fetcher import RefusedResource

    with pytest.raises(RefusedResource) as err:
        fetcher.fetch(url)
    return str(err.value)


def test_fetcher_serves_a_file_in_its_folder(fetcher, tmp_path):
    response = fetcher.fetch((tmp_path / "ok.css").as_uri())
    assert response.read() == b"p { color: black }"
    assert response.content_type == "text/css"


def test_fetcher_refuses_other_files_schemes_and_escapes(fetcher, tmp_path):
    assert "file:///etc/passwd" in refused(fetcher, "file:///etc/passwd")
    assert "'http' scheme" in refused(fetcher, "http://example.com/logo.png")
    assert "'https' scheme" in refused(fetcher, "https://example.com/logo.png")
    assert "'data' scheme" in refused(fetcher, "data:text/css,p{}")
    escape = tmp_path.as_uri() + "/../../../../etc/passwd"
    assert "outside" in refused(fetcher, escape)
    assert "no such file" in refused(fetcher, tmp_path.as_uri() + "/missing.png")
    assert "another host" in refused(fetcher, "file://server/share/x.css")


def test_fetcher_refuses_symlinks_out_devices_and_big_files(fetcher, tmp_path):
    (tmp_path / "link.css").symlink_to("/etc/hostname")
    assert "outside" in refused(fetcher, (tmp_path / "link.css").as_uri())
    os.mkfifo(tmp_path / "pipe.css")
    assert "not a regular file" in refused(fetcher, (tmp_path / "pipe.css").as_uri())
    (tmp_path / "big.png").write_bytes(b"x" * 1001)
    assert "1001 bytes" in refused(fetcher, (tmp_path / "big.png").as_uri())


# --- failures stop the render ------------------------------------------------------------

def render(tmp_path: Path, body: str) -> bytes:
    html = f"<!DOCTYPE html><html lang=fr><head><title>t</title></head><body>{body}</body></html>"
    return html_to_pdf(html, tmp_path, (tmp_path,))


def test_missing_image_fails_the_render(tmp_path):
    with pytest.raises(RenderError, match="missing.png"):
        render(tmp_path, '<img src="missing.png" alt="x">')


def test_image_outside_the_folders_fails_the_render(tmp_path):
    with pytest.raises(RenderError, match="/etc/passwd"):
        render(tmp_path, '<img src="file:///etc/passwd" alt="x">')


def test_remote_stylesheet_fails_the_render_without_network(tmp_path):
    with pytest.raises(RenderError, match="http://example.invalid/x.css"):
        render(tmp_path, '<link rel="stylesheet" href="http://example.invalid/x.css">')


def test_base_element_cannot_widen_access(tmp_path):
    with pytest.raises(RenderError, match="passwd"):
        render(tmp_path, '<base href="file:///etc/"><img src="passwd" alt="x">')


def test_css_error_fails_the_render(tmp_path):
    with pytest.raises(RenderError, match="colour"):
        render(tmp_path, "<style>p { colour: red }</style><p>x</p>")


def test_emblem_reaching_out_fails_the_render(release, pack, institution, tmp_path):
    folder = tmp_path / "dgsn"
    folder.mkdir()
    (folder / "institution.yaml").write_text("name: X\n")
    (folder / "emblem.svg").write_text("<svg xmlns='http://www.w3.org/2000/svg'><image "
                                       "href='https://example.invalid/a.png'/></svg>")
    bad = dataclasses.replace(institution, folder=folder)
    with pytest.raises(RenderError, match="https://example.invalid/a.png"):
        render_pdf(release, pack, bad)


def test_html_rendered_beforehand_is_laid_out_as_given(release, pack, institution):
    from communique.writers.html import render_html

    html = render_html(release, pack, institution).replace(
        release.headline, "Titre rendu par le processus de la construction")
    assert html != render_html(release, pack, institution)
    pdf = PdfReader(io.BytesIO(render_pdf(release, pack, institution, html)))
    text = squash(" ".join(page.extract_text() for page in pdf.pages))
    assert "Titre rendu par le processus de la construction" in text


def test_the_pdf_writer_imports_no_template_engine(root):
    # The first worker of a build lays out HTML rendered by the parent: Jinja, babel's
    # dates aside, and the render context would be imported on its path for nothing.
    import subprocess
    import sys

    code = ("import sys\nimport communique.writers.pdf\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('jinja2', 'markdown_it')"
            " or m in ('communique.writers.html', 'communique.packs.render_context')))")
    env = dict(os.environ, PYTHONPATH=str(root / "src") + os.pathsep
               + os.environ.get("PYTHONPATH", ""))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=env, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
