"""The French typography of release fields holds for the pack's labels and the
institution's texts too, identically in the PDF and the DOCX."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from pathlib import Path

from docx import Document
from docx.oxml.ns import qn
from pypdf import PdfReader

from communique.packs.manifest import load_institution, load_pack
from communique.read.release import read_release
from communique.writers.docx import render_docx
from communique.writers.pdf import render_pdf

ROOT = Path(__file__).resolve().parents[2]


def test_labels_and_institution_texts_follow_french_typography():
    release = read_release(ROOT / "releases" / "maroc-vice-presidence-interpol" /
                           "release.md", ROOT).release
    when = dt.datetime(2024, 11, 7, 18, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    release = dataclasses.replace(release, embargo=when)
    pack, institution = load_pack(ROOT, release.template), \
        load_institution(ROOT, release.institution)
    pdf = "".join(p.extract_text() for p in
                  PdfReader(io.BytesIO(render_pdf(release, pack, institution))).pages)
    doc = Document(io.BytesIO(render_docx(release, pack, institution)))
    parts = [doc.element.body] + [s._element for section in doc.sections
                                  for s in (section.first_page_header, section.footer,
                                            section.first_page_footer)]
    docx = "".join(t.text or "" for part in parts for t in part.iter(qn("w:t")))
    for text in (pdf, docx):
        assert "'" not in text  # Y004: apostrophes are curly (’), labels and footer too
        words = " ".join(text.replace("\u00a0", " ").split())
        assert "Sous embargo jusqu’au 7 novembre 2024 à 18 h 00" in words
        assert "18:00" not in text  # Y007: « 18 h 00 », not « 18:00 »
        assert "Avenue de l’Exemple" in text
