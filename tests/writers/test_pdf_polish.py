"""The PDF's own polish: a facts line set flush left, a long people list that breaks
between people, an honorific's title said once, one link per e-mail address."""

from __future__ import annotations

import dataclasses
import io
import re
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from communique.model import Person
from communique.packs.manifest import load_institution, load_pack
from communique.read.release import read_release
from communique.writers.docx import render_docx
from communique.writers.pdf import render_pdf

ROOT = Path(__file__).resolve().parents[2]


def read(folder: str, name: str = "release.md"):
    release = read_release(ROOT / "releases" / folder / name, ROOT).release
    return release, load_pack(ROOT, release.template), load_institution(ROOT, release.institution)


def bbox_words(pdf: bytes, tmp_path: Path, page: int):
    (tmp_path / "p.pdf").write_bytes(pdf)
    xml = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page),
                          str(tmp_path / "p.pdf"), "-"], capture_output=True, text=True,
                         check=True).stdout
    return [(float(a), float(b), float(c), w) for a, b, c, w in re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)"[^>]*>([^<]*)</word>', xml)]


def test_facts_line_is_not_stretched(tmp_path):
    release, pack, institution = read("maroc-vice-presidence-interpol")
    # A long venue: justified, its one line would be stretched to the margin.
    venue = dataclasses.replace(release.venue, event="Assemblée générale annuelle de "
                                "l'Organisation internationale de police criminelle")
    pdf = render_pdf(dataclasses.replace(release, venue=venue), pack, institution)
    words = bbox_words(pdf, tmp_path, 1)
    start = next(i for i, w in enumerate(words) if w[3] == "Lieu")
    line = [w for w in words[start:] if abs(w[1] - words[start][1]) < 1]
    gaps = [b[0] - a[2] for a, b in zip(line, line[1:], strict=False)]
    assert len(gaps) > 5
    # Word spaces of a 9 pt line stay a few points wide; the gap between two facts is 6 mm.
    assert sorted(gaps)[-2] < 4, gaps


def test_a_long_people_list_breaks_between_people(tmp_path):
    release, pack, institution = read("exemple-note-aux-redactions")
    people = tuple(Person(name=f"Personne Exemple{i}", honorific="M.",
                          titles=("directeur de l'exemple numéro " + str(i),))
                   for i in range(14))
    pdf = render_pdf(dataclasses.replace(release, people=people), pack, institution)
    reader = PdfReader(io.BytesIO(pdf))
    texts = [page.extract_text() for page in reader.pages]
    heading = pack.labels["fr"]["people"].upper()
    first = next(i for i, t in enumerate(texts) if heading in t.upper())
    on_first = [i for i in range(14) if f"Exemple{i}," in texts[first]]
    # The list starts on the page of its heading and goes on on the next one.
    assert on_first and on_first[0] == 0 and 2 <= len(on_first) < 13
    assert "Exemple13," in texts[first + 1]


def test_honorific_title_is_not_repeated():
    release, pack, institution = read("maroc-vice-presidence-interpol")
    king = Person(name="Mohammed VI", honorific="Sa Majesté le Roi", titles=("Roi du Maroc",))
    changed = dataclasses.replace(release, people=release.people + (king,))
    text = " ".join(p.extract_text() for p in
                    PdfReader(io.BytesIO(render_pdf(changed, pack, institution))).pages)
    text = " ".join(text.split())
    assert "Sa Majesté le Roi Mohammed VI" in text
    assert "Roi du Maroc" not in text
    from docx import Document

    doc = Document(io.BytesIO(render_docx(changed, pack, institution)))
    people = [p.text for p in doc.paragraphs if p.style.name == "People"]
    assert people[-1] == "Sa Majesté le Roi Mohammed VI"


def test_one_link_per_contact_address():
    release, pack, institution = read("maroc-vice-presidence-interpol")
    reader = PdfReader(io.BytesIO(render_pdf(release, pack, institution)))
    uris = [a.get_object()["/A"]["/URI"] for page in reader.pages
            for a in page.get("/Annots") or [] if "/A" in a.get_object()]
    assert uris.count("mailto:presse@example.ma") == 1


@pytest.mark.parametrize("honorific, titles, shown", [
    ("Son Excellence", ("Ambassadeur du Japon",), ("Ambassadeur du Japon",)),
    ("Madame la Ministre", ("ministre de l'Économie",), ()),
    ("", ("Roi du Maroc",), ("Roi du Maroc",)),
])
def test_only_a_title_that_restates_the_honorific_goes(honorific, titles, shown):
    from communique.packs.render_context import render_context

    release, pack, institution = read("maroc-vice-presidence-interpol")
    person = Person(name="X", honorific=honorific, titles=titles)
    context = render_context(dataclasses.replace(release, people=(person,)), pack, institution)
    assert context["people"][0].titles == shown
