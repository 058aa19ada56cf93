"""The HTML writer: structure, metadata, escaping, and the manifest contract."""

from __future__ import annotations

import dataclasses

import pytest
from markupsafe import escape

from communique.errors import RenderError
from communique.model import Block, Quote, Run
from communique.packs.template_fields import template_sources, used_fields
from communique.writers.html import render_html


@pytest.fixture(scope="module")
def html(release, pack, institution) -> str:
    return render_html(release, pack, institution)


def test_template_uses_only_declared_fields(pack):
    used = [(name, path, line) for name, ast in template_sources(pack).items()
            for path, line in used_fields(ast)]
    assert any(path == "venue.event" for _, path, _ in used)
    assert {"venue.city", "venue.country"} <= {path for _, path, _ in used}
    undeclared = [u for u in used if not pack.declares(u[1])]
    assert undeclared == []


def test_document_head(html, release):
    assert '<html lang="fr" dir="ltr">' in html
    assert f"<title>{escape(release.headline)}</title>" in html
    assert '<meta name="author" content="Direction générale de la Sûreté nationale">' in html
    assert '<meta name="description" content="Le préfet de police Mohamed Dkhissi' in html


def test_communique_parts(html, release):
    for text in ("COMMUNIQUÉ DE PRESSE", "Rabat, le 7 novembre 2024",
                 str(escape(release.venue.event)), "Glasgow (Écosse)",
                 "Personnalités citées", "préfet de police", "directeur de la police judiciaire",
                 "Directeur général de la Sûreté nationale", "À propos de la DGSN",
                 "Contact presse", "presse@example.ma", "– FIN –", "Royaume du Maroc",
                 "Avenue de l’Exemple"):
        assert text in html, text


def test_links_are_relative_to_the_pack(html):
    assert 'href="style.css"' in html
    assert 'src="../institutions/dgsn/emblem.svg"' in html
    assert "file:" not in html and "/work/" not in html


def test_field_values_cannot_inject_markup(release, pack, institution):
    hostile = dataclasses.replace(
        release, headline='R&D <script>alert(1)</script> "x"',
        quotes=(Quote('<img src="file:///etc/passwd">', by="Mohamed Dkhissi"),),
        body=release.body + (Block("paragraph", (Run("<b>gras</b>", bold=True),)),))
    html = render_html(hostile, pack, institution)
    assert "<script>" not in html and "<img src=\"file:" not in html
    assert "R&amp;D &lt;script&gt;" in html
    assert "<strong>&lt;b&gt;gras&lt;/b&gt;</strong>" in html


def test_quote_is_signed_with_name_and_first_title(release, pack, institution):
    quoted = dataclasses.replace(release, quotes=(Quote("Un honneur.", by="Mohamed Dkhissi"),))
    html = render_html(quoted, pack, institution)
    # « M. » is held to the name by a no-break space: it never ends a line alone.
    assert "M.\u00a0<bdi>Mohamed Dkhissi</bdi>, préfet de police</figcaption>" in html


def test_embargo_line(release, pack, institution):
    import datetime as dt

    when = dt.datetime(2024, 11, 7, 18, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    html = render_html(dataclasses.replace(release, embargo=when), pack, institution)
    assert "Sous embargo jusqu’au 7 novembre 2024 à 18\u00a0h\u00a000 (UTC+01:00)" in html


def test_bad_colour_is_refused(release, pack, institution):
    values = {**institution.values, "colors": {"primary": "red;}body{display:none",
                                               "accent": "#b8892b"}}
    bad = dataclasses.replace(institution, values=values)
    with pytest.raises(RenderError, match="colors.primary"):
        render_html(release, pack, bad)


def test_missing_emblem_is_named(release, pack, institution):
    bad = dataclasses.replace(institution, values={**institution.values, "emblem": "nope.svg"})
    with pytest.raises(RenderError, match="nope.svg"):
        render_html(release, pack, bad)


def test_writers_do_not_import_weasyprint_until_they_render():
    import subprocess
    import sys

    code = ("import sys, communique.writers.pdf, communique.writers.html, "
            "communique.writers.docx; print('weasyprint' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "False"
