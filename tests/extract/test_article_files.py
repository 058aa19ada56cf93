"""Articles as they arrive: a web page, a Word file, a PDF, a Latin-1 text each draft a release."""

from __future__ import annotations

import html
import io
import json
import shutil
from pathlib import Path

import pytest

from communique import api
from communique.extract import run_extract
from communique.extract.article_files import read_article_file
from communique.read.release import read_release

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "releases" / "maroc-vice-presidence-interpol" / "article.txt"
SEED_TEXT = SEED.read_text("utf-8")
HEADLINE, *PARAGRAPHS = [p.strip() for p in SEED_TEXT.split("\n\n") if p.strip()]


def _html(published: str = "2024-11-08", body: list[str] | None = None) -> bytes:
    paragraphs = "".join(f"<p>{html.escape(p)}</p>\n" for p in (body or PARAGRAPHS))
    return (f"<!DOCTYPE html><html lang='fr'><head><meta charset='utf-8'>"
            f"<title>{html.escape(HEADLINE)} | Le Journal</title>"
            f"<meta property='article:published_time' content='{published}T09:30:00+01:00'>"
            f"</head><body><nav><a href='/'>Accueil</a> | <a href='/c'>Contact</a></nav>"
            f"<article><h1>{html.escape(HEADLINE)}</h1>\n{paragraphs}</article>"
            f"<footer>Tous droits réservés. Abonnez-vous à notre lettre.</footer>"
            f"</body></html>").encode()


def _docx() -> bytes:
    import docx

    document = docx.Document()
    document.add_heading(HEADLINE, level=1)
    for p in PARAGRAPHS:
        document.add_paragraph(p)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _pdf() -> bytes:
    from weasyprint import HTML

    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in PARAGRAPHS)
    return HTML(string=f"<h1>{html.escape(HEADLINE)}</h1>{paragraphs}").write_pdf()


def _latin1() -> bytes:
    # Latin-1 has neither the typographic apostrophe nor « œ »: written as an old editor would
    return SEED_TEXT.replace("’", "'").replace("œ", "oe").encode("latin-1")


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    root = tmp_path_factory.mktemp("proj")
    shutil.copytree(ROOT / "templates", root / "templates")
    return root


@pytest.mark.parametrize("suffix, make, kind", [
    (".html", _html, "html"), (".docx", _docx, "docx"), (".pdf", _pdf, "pdf"),
    (".txt", _latin1, "text"),
])
def test_each_kind_of_article_drafts_a_release(project, french_nlp, suffix, make, kind):
    article = project / f"depeche-{kind}{suffix}"
    article.write_bytes(make())
    out = io.StringIO()
    slug = f"interpol-{kind}"
    assert api.new(project, str(article), slug=slug, institution="dgsn", out=out) == 0, out
    folder = project / "releases" / slug
    kept = folder / f"article.original{suffix}"
    assert kept.read_bytes() == article.read_bytes()  # the file as received, beside the text
    text = (folder / "article.txt").read_text("utf-8")
    assert text == read_article_file(article).text  # what the extractor read
    assert text.startswith("Le Maroc élu à la majorité")
    assert "Sûreté nationale" in text
    assert "Dkhissi" in text and "Accueil" not in text and "Abonnez-vous" not in text
    assert text.split("\n")[0].replace("'", "’") == HEADLINE
    release = read_release(folder / "release.md", project).release
    assert release.venue.city == "Glasgow"
    assert str(release.date) == "2024-11-07"
    names = {p.name: p.titles for p in release.people}
    assert "directeur de la police judiciaire" in names["Mohamed Dkhissi"]
    assert f"article.original{suffix}" in out.getvalue()


def test_latin1_text_says_which_encoding_was_used(tmp_path):
    article = tmp_path / "a.txt"
    article.write_bytes("Le ministre a été reçu à Genève le 3 février 2025.\n".encode("cp1252"))
    read = read_article_file(article)
    assert read.text.startswith("Le ministre a été reçu à Genève")
    assert read.encoding and not read.verbatim
    assert "not UTF-8; read as" in read.notes[0]


def test_utf8_text_is_kept_verbatim(tmp_path):
    article = tmp_path / "a.txt"
    article.write_bytes(SEED.read_bytes())
    read = read_article_file(article)
    assert read.verbatim and read.text == SEED_TEXT


def test_the_pages_date_anchors_relative_days(tmp_path, french_nlp, capsys):
    body = ["Le ministre a inauguré hier le nouveau port de Tanger Med, en présence du wali."]
    page = tmp_path / "page.html"
    page.write_bytes(_html("2025-03-06", body))
    out = io.StringIO()
    assert run_extract(str(page), "fr", "json", out) == 0
    data = json.loads(out.getvalue())
    assert data["date"] == "2025-03-05"
    assert data["headline"] == HEADLINE
    assert "published 2025-03-06" in capsys.readouterr().err
    out = io.StringIO()  # a reference date given by the user wins over the page's
    assert run_extract(str(page), "fr", "json", out, reference_date="2025-03-10") == 0
    assert json.loads(out.getvalue())["date"] == "2025-03-09"


@pytest.mark.parametrize("name, content, message", [
    ("a.docx", b"PK\x03\x04 not a zip", "not a Word document"),
    ("a.pdf", b"%PDF-1.4\n%%EOF", "PDF"),
    ("a.html", b"<html><head><title>x</title></head><body></body></html>", "no article text"),
])
def test_unreadable_files_are_one_line_naming_the_file(tmp_path, capsys, name, content,
                                                        message):
    path = tmp_path / name
    path.write_bytes(content)
    assert run_extract(str(path), "auto", "json", io.StringIO()) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and str(path) in err and message in err, err
