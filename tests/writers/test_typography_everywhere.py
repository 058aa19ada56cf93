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


NBSP = "\u00a0"


def test_no_break_spaces_of_labels_and_names_are_the_same_in_pdf_and_docx():
    """A pack typed with ordinary spaces (« Lieu » + « : ») and a contact « M. Karim
    Alaoui »: both outputs hold the colon to its label and « M. » to the name."""
    release = read_release(ROOT / "releases" / "maroc-vice-presidence-interpol" /
                           "release.md", ROOT).release
    pack, institution = load_pack(ROOT, release.template), \
        load_institution(ROOT, release.institution)
    pack = dataclasses.replace(pack, labels={**pack.labels,
                                             "fr": {**pack.labels["fr"], "colon": " :"}})
    contact = {**institution.values["press_contacts"][0], "name": {"fr": "M. Karim Alaoui"}}
    institution = dataclasses.replace(institution, values={**institution.values,
                                                           "press_contacts": [contact]})
    # pypdf keeps U+00A0 as written (pdftotext turns it into a space).
    pdf = "".join(p.extract_text() for p in
                  PdfReader(io.BytesIO(render_pdf(release, pack, institution))).pages)
    doc = Document(io.BytesIO(render_docx(release, pack, institution)))
    docx = "".join(t.text or "" for t in doc.element.body.iter(qn("w:t")))
    expected = [f"Lieu{NBSP}:", f"Date{NBSP}:", f"Tél.{NBSP}:", f"M.{NBSP}Karim Alaoui",
                *(f"M.{NBSP}{p.name}" for p in release.people if p.honorific == "M.")]
    for text in (pdf, docx):
        missing = [snippet for snippet in expected if snippet not in text]
        assert not missing, missing
        assert not [m for m in ("Lieu :", "Date :", "Tél. :", "M. Karim") if m in text]
    assert pdf.count(f"M.{NBSP}") == docx.count(f"M.{NBSP}")
    assert pdf.count(f"{NBSP}:") == docx.count(f"{NBSP}:")
