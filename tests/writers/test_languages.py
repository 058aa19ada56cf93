"""Every pack in fr, en and ar, PDF and DOCX, for both example institutions; Arabic right
to left; labels and identity texts per language; restyling without code."""

from __future__ import annotations

import dataclasses
import io
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from pypdf import PdfReader

from communique import api
from communique.errors import RenderError
from communique.model import Block, Run
from communique.packs.manifest import load_institution, load_pack
from communique.packs.render_context import render_context
from communique.read.release import read_release, release_files
from communique.writers.docx import render_docx
from communique.writers.html import render_html
from communique.writers.pdf import render_pdf

ROOT = Path(__file__).resolve().parents[2]
FOLDERS = ("maroc-vice-presidence-interpol", "exemple-note-aux-redactions",
           "exemple-declaration")
FILES = [p for f in FOLDERS for p in release_files(ROOT / "releases" / f)]
PRESENTATION_FORMS = re.compile(r"[\ufb50-\ufdff\ufe70-\ufeff]")
ARABIC_WORD = re.compile(r"[\u0621-\u064a]+")


def squash(text: str) -> str:
    return " ".join(text.split())


def read(path: Path):
    release = read_release(path, ROOT).release
    return release, load_pack(ROOT, release.template), load_institution(ROOT, release.institution)


@pytest.fixture(scope="module", params=FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def rendered(request):
    release, pack, institution = read(request.param)
    pdf = PdfReader(io.BytesIO(render_pdf(release, pack, institution)))
    docx = Document(io.BytesIO(render_docx(release, pack, institution)))
    return release, pack, institution, pdf, docx


def pdf_text(pdf) -> str:
    return squash(" ".join(page.extract_text() for page in pdf.pages))


def docx_text(docx) -> str:
    return squash(" ".join(p.text for p in docx.paragraphs))


def test_every_pack_has_every_language():
    seen = {(read(p)[0].template, read(p)[0].language) for p in FILES}
    assert seen == {(pack, lang) for pack in ("communique", "note-aux-redactions", "declaration")
                    for lang in ("fr", "en", "ar")}


def test_labels_and_identity_in_the_release_language(rendered):
    release, pack, institution, pdf, docx = rendered
    lang = release.language
    labels = pack.labels[lang]
    text, dtext = pdf_text(pdf), docx_text(docx)
    assert pdf.trailer["/Root"]["/Lang"] == lang
    assert labels["kicker"] in dtext
    name = institution.text("name", lang)
    header = "".join(t.text or "" for s in docx.sections
                     for t in s.first_page_header._element.iter(qn("w:t")))
    assert name and name in header
    if lang != "ar":  # Arabic PDF text is checked word by word below
        assert labels["kicker"] in text and name in text
    # Nothing in another language's labels leaks in (French fallbacks were the risk).
    for other, other_labels in pack.labels.items():
        if other != lang:
            assert other_labels["kicker"] not in text + dtext
    others = [institution.text("name", o) for o in ("fr", "en", "ar") if o != lang]
    for other_name in others:
        assert other_name not in text + dtext


@pytest.mark.parametrize("lang, expected", [
    ("fr", "Rabat, le 7 novembre 2024"),
    ("en", "RABAT, 7 November 2024"),
    ("ar", "الرباط في 7 نونبر 2024"),
])
def test_dateline_conventions(lang, expected):
    name = "release.md" if lang == "fr" else f"release.{lang}.md"
    release, pack, institution = read(ROOT / "releases" / FOLDERS[0] / name)
    assert render_context(release, pack, institution)["dateline_text"] == expected


def test_moroccan_months_are_an_institution_option():
    release, pack, _ = read(ROOT / "releases" / FOLDERS[0] / "release.ar.md")
    other = load_institution(ROOT, "ministere-exemple")
    assert render_context(release, pack, other)["dateline_text"] == "الرباط في 7 نوفمبر 2024"


@pytest.fixture(scope="module")
def arabic():
    release, pack, institution = read(ROOT / "releases" / FOLDERS[0] / "release.ar.md")
    return release, render_pdf(release, pack, institution), render_docx(release, pack,
                                                                          institution)


@pytest.fixture(scope="module")
def arabic_advisory():
    """The Arabic media advisory: a Latin name inside Arabic text, a phone number and an
    e-mail address on one line."""
    release, pack, institution = read(ROOT / "releases" / FOLDERS[1] / "release.ar.md")
    return release, render_pdf(release, pack, institution), render_docx(release, pack,
                                                                          institution)


def poppler_text(pdf: bytes, tmp_path, *options: str) -> str:
    (tmp_path / "doc.pdf").write_bytes(pdf)
    return subprocess.run(["pdftotext", "-enc", "UTF-8", *options, str(tmp_path / "doc.pdf"),
                           "-"], capture_output=True, text=True, check=True).stdout


def test_arabic_pdf_text_is_shaped_and_logical(arabic):
    release, pdf, _ = arabic
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert not PRESENTATION_FORMS.search(text)  # real letters, not isolated glyph forms
    # A line of Arabic only comes back verbatim, in reading order.
    assert release.headline in text
    assert "المدير العام للأمن الوطني" in text
    # Every Arabic word of the body comes back whole (pypdf may order the runs of a line
    # mixing Arabic, digits and Latin visually; poppler reorders them, checked below).
    words = set(ARABIC_WORD.findall(text))
    for block in release.body:
        clean = re.sub(r"[\u064b-\u065f]", "", block.text)
        for word in ARABIC_WORD.findall(clean):
            assert word in words or word in re.sub(r"[\u064b-\u065f]", "", text), word


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")
def test_arabic_pdf_reads_in_order_with_latin_names(arabic, arabic_advisory, tmp_path):
    text = squash(re.sub(r"[\u200e\u200f\u202a-\u202e]", "", poppler_text(arabic[1], tmp_path)))
    compact = re.sub(r"\s", "", text)  # poppler may drop the space at a direction change
    assert "الرباطفي7نونبر2024" in compact
    assert "بدعممنمندوبي96دولةعضوا" in compact
    # The Latin name keeps its own order inside the Arabic line.
    text = squash(re.sub(r"[\u200e\u200f\u202a-\u202e]", "",
                         poppler_text(arabic_advisory[1], tmp_path)))
    assert "Clara Exemple" in text and "Exemple Clara" not in text
    # The phone number keeps the order of its digit groups.
    assert "+999 20 00 00 01" in text


def words_by_position(pdf: bytes, tmp_path, page: int = 1) -> list[tuple[float, float, str]]:
    """(x, y, word) of a page, from poppler's bounding boxes."""
    xml = poppler_text(pdf, tmp_path, "-bbox", "-f", str(page), "-l", str(page))
    return [(float(x), float(y), w) for x, y, w in
            re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)</word>', xml)]


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")
def test_arabic_pdf_footer_is_mirrored(arabic, tmp_path):
    """Institution on the right (where an Arabic reader starts), « 1/2 » on the left;
    the other way round in French."""
    release, pdf, _ = arabic
    french, pack, institution = read(ROOT / "releases" / FOLDERS[0] / "release.md")
    for data, rtl in ((pdf, True), (render_pdf(french, pack, institution), False)):
        words = words_by_position(data, tmp_path)
        bottom = max(y for _, y, _ in words) - 40  # the footer: the last lines of the page
        footer = [(x, w) for x, y, w in words if y > bottom]
        number = next(x for x, w in footer if re.fullmatch(r"\d+/\d+", w))
        others = [x for x, w in footer if not re.fullmatch(r"\d+/\d+", w)]
        assert others
        if rtl:
            assert number < min(others)
        else:
            assert number > max(others)


@pytest.mark.skipif(not shutil.which("libreoffice"), reason="LibreOffice not installed")
def test_arabic_docx_reads_in_order_in_libreoffice(arabic_advisory, tmp_path):
    """« 1/2 » (not « 2/1 ») in the footer, and the accreditation line in reading order:
    name, phone, e-mail."""
    release, _, _ = arabic_advisory
    # Long enough for two pages, so that a reversed « 2/1 » could show.
    filler = Block("paragraph", (Run("نص إضافي يملأ الصفحة " * 40),))
    longer = dataclasses.replace(release, body=release.body + (filler,) * 6)
    data = render_docx(longer, *read(ROOT / "releases" / FOLDERS[1] / "release.ar.md")[1:])
    (tmp_path / "ar.docx").write_bytes(data)
    subprocess.run(["libreoffice", "--headless", "--convert-to", "pdf", "--outdir",
                    str(tmp_path), str(tmp_path / "ar.docx")], capture_output=True,
                   timeout=180, check=True)
    pdf = (tmp_path / "ar.pdf").read_bytes()
    words = words_by_position(pdf, tmp_path)
    assert any(w == "1/2" for _, _, w in words)
    assert not any(w == "2/1" for _, _, w in words)
    if not any(w.startswith("accreditation@") for _, _, w in words):
        words = words_by_position(pdf, tmp_path, page=2)
    line_y = next(y for _, y, w in words if w.startswith("accreditation@"))
    line = sorted((x, w) for x, y, w in words if abs(y - line_y) < 2)
    order = [w for _, w in line]  # left to right: read right to left
    email = next(i for i, w in enumerate(order) if w.startswith("accreditation@"))
    phone = order.index("+999")
    assert email < phone, order  # the e-mail comes after (left of) the phone number


def test_arabic_docx_is_right_to_left(arabic):
    release, _, data = arabic
    doc = Document(io.BytesIO(data))
    body = doc.element.body
    assert body.find(qn("w:sectPr")).find(qn("w:bidi")) is not None
    paragraphs = list(body.iter(qn("w:p")))
    assert paragraphs and all(p.find(qn("w:pPr")).find(qn("w:bidi")) is not None
                              for p in paragraphs)
    runs = list(body.iter(qn("w:r")))
    arabic_runs = [r for r in runs if ARABIC_WORD.search("".join(
        t.text or "" for t in r.iter(qn("w:t"))))]
    assert arabic_runs and all(r.find(qn("w:rPr")).find(qn("w:rtl")) is not None
                               for r in arabic_runs)
    bold = [r for r in arabic_runs if r.find(qn("w:rPr")).find(qn("w:b")) is not None]
    assert bold and all(r.find(qn("w:rPr")).find(qn("w:bCs")) is not None for r in bold)
    # A run set not bold (the contact's role) stays not bold in Arabic too.
    for r in bold:
        b, bcs = r.find(qn("w:rPr")).find(qn("w:b")), r.find(qn("w:rPr")).find(qn("w:bCs"))
        assert b.get(qn("w:val")) == bcs.get(qn("w:val"))
    styles = doc.styles.element
    lang = styles.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(
        qn("w:rPr")).find(qn("w:lang"))
    assert lang.get(qn("w:bidi")) == "ar-MA"
    normal = doc.styles["Normal"].element.find(qn("w:rPr"))
    assert normal.find(qn("w:rFonts")).get(qn("w:cs")) == "Noto Naskh Arabic"
    assert normal.find(qn("w:szCs")) is not None


def test_arabic_docx_keeps_latin_names_and_numbers_left_to_right(arabic_advisory):
    _, _, data = arabic_advisory
    body = Document(io.BytesIO(data)).element.body
    runs = {"".join(t.text or "" for t in r.iter(qn("w:t"))): r for r in body.iter(qn("w:r"))}
    assert "Clara Exemple" in runs
    assert runs["Clara Exemple"].find(qn("w:rPr")).find(qn("w:rtl")) is None
    # A left-to-right mark before a spaced phone number, a right-to-left mark after it.
    assert any("\u200e+999 20 00 00 01\u200f" in text for text in runs)


@pytest.mark.skipif(not shutil.which("libreoffice"), reason="LibreOffice not installed")
def test_arabic_docx_opens_right_to_left_in_libreoffice(arabic, tmp_path):
    _, _, data = arabic
    (tmp_path / "ar.docx").write_bytes(data)
    subprocess.run(["libreoffice", "--headless", "--convert-to", "odt", "--outdir",
                    str(tmp_path), str(tmp_path / "ar.docx")], capture_output=True,
                   timeout=180, check=True)
    import zipfile

    content = zipfile.ZipFile(tmp_path / "ar.odt").read("content.xml").decode()
    styles = zipfile.ZipFile(tmp_path / "ar.odt").read("styles.xml").decode()
    assert 'style:writing-mode="rl-tb"' in content + styles


def test_a_missing_label_is_a_check_error_not_french(project):
    manifest = project.root / "templates" / "communique" / "manifest.yaml"
    text = manifest.read_text(encoding="utf-8")
    en = text.index("  en:\n")
    manifest.write_text(text[:en] + text[en:].replace("    venue: Venue\n", "", 1),
                        encoding="utf-8")
    out = io.StringIO()
    assert api.check(project.root, [], out=out, err=io.StringIO()) == 1
    assert "T007" in out.getvalue() and "'venue'" in out.getvalue()
    release = read_release(project.release_file.parent / "release.en.md", project.root).release
    pack = load_pack(project.root, "communique")
    institution = load_institution(project.root, "dgsn")
    with pytest.raises(RenderError):
        render_html(release, pack, institution)
    with pytest.raises(RenderError, match="labels.en has no 'venue'"):
        render_docx(release, pack, institution)


def test_a_missing_institution_text_is_a_check_error(project):
    path = project.root / "templates" / "institutions" / "dgsn" / "institution.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("  en: Directorate General for National Security\n", "", 1),
                    encoding="utf-8")
    out = io.StringIO()
    assert api.check(project.root, [], out=out, err=io.StringIO()) == 1
    assert "T008" in out.getvalue() and "name" in out.getvalue()


# --- the media advisory cannot go out without its practical details ----------------------

@pytest.fixture
def advisory(project):
    source = ROOT / "releases" / "exemple-note-aux-redactions"
    target = project.root / "releases" / source.name
    shutil.copytree(source, target)
    return target / "release.md"


@pytest.mark.parametrize("remove, field", [
    ('event_time: "10:30"\n', "event_time"),
    ("  address: 12, boulevard des Exemples\n", "venue.address"),
    ('  contact:\n    name: Bureau de presse\n    phone: "+999 20 00 00 01"\n'
     "    email: accreditation@meaf.example.org\n", "accreditation.contact"),
])
def test_media_advisory_refuses_to_build_without(project, advisory, remove, field):
    text = advisory.read_text(encoding="utf-8")
    assert remove in text
    advisory.write_text(text.replace(remove, ""), encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    assert api.check(project.root, ["exemple-note-aux-redactions"], out=out,
                     err=io.StringIO()) == 1
    assert re.search(rf"F008 .*'{re.escape(field)}'", out.getvalue()), out.getvalue()
    assert api.build(project.root, ["exemple-note-aux-redactions"], out=io.StringIO(),
                     err=err) == 1
    assert "Nothing was built" in err.getvalue()
    assert not (project.root / "build").exists()


def test_media_advisory_time_must_be_a_time(project, advisory):
    text = advisory.read_text(encoding="utf-8")
    advisory.write_text(text.replace('event_time: "10:30"', "event_time: demain matin"),
                        encoding="utf-8")
    out = io.StringIO()
    assert api.check(project.root, ["exemple-note-aux-redactions"], out=out,
                     err=io.StringIO()) == 1
    assert "T009" in out.getvalue()


def test_statement_needs_no_venue():
    release, pack, _ = read(ROOT / "releases" / "exemple-declaration" / "release.md")
    assert release.venue.is_empty and not any(p.startswith("venue") for p in pack.fields)


# --- restyling without code -------------------------------------------------------------

def _pixels_near(pdf: bytes, colour: tuple[int, int, int], tmp_path: Path) -> int:
    from communique.devtools.visual import pdf_to_image

    data = pdf_to_image(pdf, dpi=50).tobytes()
    return sum(1 for i in range(0, len(data), 3)
               if all(abs(data[i + k] - colour[k]) < 40 for k in range(3)))


def test_css_colour_and_docx_font_change_the_outputs(project, tmp_path):
    release = read_release(project.release_file, project.root).release
    institution = load_institution(project.root, "dgsn")
    pack = load_pack(project.root, "communique")
    red = (0xD0, 0x10, 0x10)
    before = _pixels_near(render_pdf(release, pack, institution), red, tmp_path)
    # A press officer edits the pack's stylesheet: no code changes.
    css = project.root / "templates" / "communique" / "style.css"
    css.write_text(css.read_text(encoding="utf-8") + "\n.headline { color: #d01010; }\n",
                   encoding="utf-8")
    after = _pixels_near(render_pdf(release, pack, institution), red, tmp_path)
    assert before == 0 and after > 200

    # …and the font of the title in the DOCX style document, as Word would save it.
    styles_path = project.root / "templates" / "institutions" / "dgsn" / "styles.docx"
    styles = Document(str(styles_path))
    styles.styles["Title"].font.name = "DejaVu Sans"
    styles.save(str(styles_path))
    doc = Document(io.BytesIO(render_docx(release, pack, institution)))
    title = next(p for p in doc.paragraphs if p.text == release.headline)
    assert title.style.name == "Title" and title.style.font.name == "DejaVu Sans"


def test_the_institution_style_source_wins_over_the_packs(project):
    release = read_release(project.release_file, project.root).release
    pack = load_pack(project.root, "communique")
    dgsn = load_institution(project.root, "dgsn")
    fictional = load_institution(project.root, "ministere-exemple")

    def kicker_fill(institution) -> str:
        doc = Document(io.BytesIO(render_docx(release, pack, institution)))
        shd = doc.styles["Kicker"].element.find(qn("w:rPr")).find(qn("w:shd"))
        return shd.get(qn("w:fill")).upper()

    assert kicker_fill(dgsn) == "0B3D2E"
    assert kicker_fill(fictional) == "6B1D3A"
    (project.root / "templates" / "institutions" / "ministere-exemple" / "styles.docx").unlink()
    assert kicker_fill(fictional) == "1F2937"  # the pack's neutral style source


def test_fictional_institution_in_every_pack(rendered):
    release, pack, _, _, _ = rendered
    other = load_institution(ROOT, "ministere-exemple")
    pdf = render_pdf(dataclasses.replace(release, institution=other.id), pack, other)
    text = pdf_text(PdfReader(io.BytesIO(pdf)))
    if release.language != "ar":
        assert other.text("name", release.language) in text
        assert other.text("address", release.language).split(" — ")[0] in text
