"""Output verification (O…): rendered PDF and DOCX read back."""

import io

import pytest
from docx import Document

from communique.api import build
from communique.checks.engine import check_release_file
from communique.checks.readback import skeleton, verify_outputs
from communique.checks.rule import Selection


def _docx(paragraphs):
    doc = Document()
    for p in paragraphs:
        doc.add_paragraph(p)
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


@pytest.fixture
def checked(project):
    return check_release_file(project.root, project.release_file, Selection())


@pytest.fixture
def rendered(checked):
    pytest.importorskip("weasyprint")
    from communique.writers.docx import render_docx
    from communique.writers.pdf import render_pdf

    r, pack, inst = checked.release, checked.pack, checked.institution
    return render_pdf(r, pack, inst), render_docx(r, pack, inst)


def test_example_outputs_verify_clean(checked, rendered):
    pdf, docx = rendered
    assert verify_outputs(checked.release, checked.pack, pdf, docx) == []


def test_docx_without_the_venue_and_with_a_placeholder(checked, rendered):
    pdf, _ = rendered
    r = checked.release
    texts = [r.headline, r.subheadline, *(b.text for b in r.body), "Lieu : ", "{{ venue.city }}"]
    found = verify_outputs(r, checked.pack, pdf, _docx(texts))
    codes = {d.code for d in found}
    assert {"O001", "O003"} <= codes
    assert any(d.code == "O001" and "venue.city" in d.message and "DOCX" in d.message
               for d in found)


def test_unreadable_pdf(checked, rendered):
    _, docx = rendered
    found = verify_outputs(checked.release, checked.pack, b"%PDF-1.7 broken", docx)
    assert "O005" in {d.code for d in found}


def test_skeleton_ignores_case_spaces_and_apostrophes():
    assert skeleton("L’Assemblée\u00a0GÉNÉRALE  d'Interpol") == skeleton("l'assemblée générale "
                                                                           "d’interpol")


def test_build_fails_and_writes_nothing_when_the_template_drops_the_venue(project):
    pytest.importorskip("weasyprint")
    html = project.root / "templates" / "communique" / "release.html.j2"
    html.write_text(html.read_text("utf-8").replace("{{ venue.city }}", ""), encoding="utf-8")
    out, err_stream = io.StringIO(), io.StringIO()
    code = build(project.root, [], out=out, err=err_stream)
    err = err_stream.getvalue()
    assert code == 1
    assert "O001" in err and "venue.city" in err
    assert not any((project.root / "build").rglob("*.*")) if (project.root / "build").exists() \
        else True


# --- where output diagnostics point ---------------------------------------------------------

def _line_of(path, needle):
    for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if needle in line:
            return number
    raise AssertionError(needle)


def test_a_field_missing_from_the_docx_points_at_the_manifest_layout(project, checked,
                                                                      rendered):
    pdf, _ = rendered
    r = checked.release
    texts = [r.headline, r.subheadline, *(b.text for b in r.body), "Lieu : "]
    found = verify_outputs(r, checked.pack, pdf, _docx(texts))
    manifest = project.root / "templates" / "communique" / "manifest.yaml"
    (city,) = [d for d in found if d.code == "O001" and "venue.city" in d.message]
    assert city.location.file == "templates/communique/manifest.yaml"
    assert city.location.line == _line_of(manifest, "docx_layout:")
    (label,) = [d for d in found if d.code == "O003" and "Lieu" in d.message]
    assert label.location.file == "templates/communique/manifest.yaml"
    assert label.location.line == _line_of(manifest, "venue: Lieu")
    assert all(d.location.line > 0 for d in found)


def test_a_field_shown_by_the_template_but_not_in_the_pdf_points_at_the_template_line(
        project, checked, rendered):
    pytest.importorskip("weasyprint")
    from communique.packs.manifest import load_pack
    from communique.writers.pdf import render_pdf

    html = project.root / "templates" / "communique" / "release.html.j2"
    # Still in the template, but never printed: the line that shows it is where to look.
    html.write_text(html.read_text("utf-8").replace(
        "{{ labels.comma }}{{ venue.city }} (", "{% if false %}{{ venue.city }}{% endif %} ("),
        encoding="utf-8")
    pack = load_pack(project.root, "communique")
    r = checked.release
    _, docx = rendered
    found = verify_outputs(r, pack, render_pdf(r, pack, checked.institution), docx)
    (d,) = [d for d in found if d.code == "O001" and "PDF" in d.message]
    assert d.location.file == "templates/communique/release.html.j2"
    assert d.location.line == _line_of(html, "{% if false %}")
    assert str(r.where("venue.city")) in d.message  # the value's own line stays in the text


def test_a_field_not_in_the_template_points_at_its_manifest_declaration(project):
    pytest.importorskip("weasyprint")
    html = project.root / "templates" / "communique" / "release.html.j2"
    html.write_text(html.read_text("utf-8").replace("{{ venue.city }}", ""), encoding="utf-8")
    out, err_stream = io.StringIO(), io.StringIO()
    assert build(project.root, [], out=out, err=err_stream) == 1
    manifest_line = _line_of(project.root / "templates" / "communique" / "manifest.yaml",
                             "venue.city:")
    report = err_stream.getvalue()
    o001 = [line for line in report.splitlines() if "O001" in line and "venue.city" in line]
    assert o001 and all(line.split()[0] == f"{manifest_line}:3" for line in o001)
    assert "Show 'venue.city' in templates/communique/release.html.j2" in report
    assert " 0:1 " not in report


def test_an_unreadable_pdf_points_at_the_manifest_outputs(project, checked, rendered):
    _, docx = rendered
    (d,) = [d for d in verify_outputs(checked.release, checked.pack, b"%PDF-1.7 broken", docx)
            if d.code == "O005"]
    manifest = project.root / "templates" / "communique" / "manifest.yaml"
    assert d.location.line == _line_of(manifest, "html: release.html.j2")


UNEMBEDDED = b"""%PDF-1.4
1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]
  /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >> endobj
4 0 obj << /Length 38 >> stream
BT /F1 24 Tf 72 720 Td (Bonjour) Tj ET
endstream endobj
5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj
trailer << /Root 1 0 R >>
%%EOF
"""


def test_a_font_that_is_not_embedded_is_found():
    from communique.checks.readback import read_pdf

    reading = read_pdf(UNEMBEDDED)
    assert "Bonjour" in reading.text
    assert reading.fonts_not_embedded == ("Helvetica",)


def test_the_example_fonts_are_all_embedded(rendered):
    from communique.checks.readback import read_pdf

    assert read_pdf(rendered[0]).fonts_not_embedded == ()


def test_docx_text_reads_as_python_docx_does(rendered):
    from communique.checks.readback import docx_text

    _, docx = rendered
    doc = Document(io.BytesIO(docx))
    text, paragraphs = docx_text(docx)
    expected = [p.text for p in doc.paragraphs]
    expected += [p.text for t in doc.tables for row in t.rows for c in row.cells
                 for p in c.paragraphs]
    assert sorted(set(expected)) == sorted(set(paragraphs))
    headers = [p.text for s in doc.sections for part in (s.header, s.footer)
               for p in part.paragraphs]
    assert all(h in text for h in headers)


def _pdffonts_not_embedded(data: bytes) -> list[str]:
    """What poppler's pdffonts says is not embedded (the reference the read-back follows)."""
    import subprocess

    lines = subprocess.run(["pdffonts", "-"], input=data, capture_output=True,
                           check=True).stdout.decode().splitlines()
    spans, at = [], 0
    for dashes in lines[1].split(" "):
        spans.append((at, at + len(dashes)))
        at += len(dashes) + 1
    found = set()
    for line in lines[2:]:
        name, kind, _encoding, embedded = (line[a:b].strip() for a, b in spans[:4])
        if kind != "Type 3" and embedded == "no":
            found.add(name)
    return sorted(found)


def _fonts_everywhere() -> bytes:
    """A page whose fonts hide in a form XObject, a composite font, an annotation's
    appearance and a Type 3 glyph procedure; some embedded, some not."""
    import pikepdf
    from pikepdf import Array, Dictionary, Name

    pdf = pikepdf.new()

    def simple(name: str, embedded: bool):
        descriptor = Dictionary(Type=Name.FontDescriptor, FontName=Name("/" + name),
                                Flags=32, FontBBox=Array([0, 0, 1000, 1000]), ItalicAngle=0,
                                Ascent=800, Descent=-200, CapHeight=700, StemV=80)
        if embedded:
            descriptor.FontFile2 = pikepdf.Stream(pdf, b"\0" * 16)
        return pdf.make_indirect(Dictionary(Type=Name.Font, Subtype=Name.TrueType,
                                            BaseFont=Name("/" + name), FirstChar=32,
                                            LastChar=32, Widths=Array([500]),
                                            FontDescriptor=pdf.make_indirect(descriptor)))

    def stream(content: bytes, fonts: dict, **extra):
        return pikepdf.Stream(pdf, content, Type=Name.XObject, Subtype=Name.Form,
                              BBox=Array([0, 0, 100, 100]),
                              Resources=Dictionary(Font=Dictionary(fonts)), **extra)

    composite = pdf.make_indirect(Dictionary(
        Type=Name.Font, Subtype=Name.Type0, BaseFont=Name("/ABCDEF+Composite-Bare"),
        Encoding=Name("/Identity-H"),
        DescendantFonts=Array([pdf.make_indirect(Dictionary(
            Type=Name.Font, Subtype=Name.CIDFontType2, BaseFont=Name("/ABCDEF+Composite-Bare"),
            CIDSystemInfo=Dictionary(Registry=pikepdf.String("Adobe"),
                                     Ordering=pikepdf.String("Identity"), Supplement=0),
            FontDescriptor=pdf.make_indirect(Dictionary(
                Type=Name.FontDescriptor, FontName=Name("/ABCDEF+Composite-Bare"), Flags=32,
                FontBBox=Array([0, 0, 1000, 1000]), ItalicAngle=0, Ascent=800,
                Descent=-200, CapHeight=700, StemV=80))))])))
    glyph = pikepdf.Stream(pdf, b"0 0 d0 BT /G1 1 Tf (a) Tj ET",
                           Resources=Dictionary(Font=Dictionary(G1=simple("InGlyph", False))))
    type3 = pdf.make_indirect(Dictionary(
        Type=Name.Font, Subtype=Name.Type3, FontBBox=Array([0, 0, 1, 1]),
        FontMatrix=Array([1, 0, 0, 1, 0, 0]), CharProcs=Dictionary(a=glyph),
        Encoding=Dictionary(Differences=Array([97, Name.a])), FirstChar=97, LastChar=97,
        Widths=Array([1]), Resources=Dictionary(Font=Dictionary(G1=simple("InGlyph", False)))))
    form = stream(b"BT /F3 12 Tf (x) Tj ET", {"/F3": simple("InForm", False)})
    appearance = stream(b"BT /F4 12 Tf (y) Tj ET", {"/F4": simple("InAnnotation", False)})
    page = pikepdf.Page(Dictionary(
        Type=Name.Page, MediaBox=Array([0, 0, 595, 842]),
        Resources=Dictionary(
            Font=Dictionary(F1=simple("Embedded", True), F2=composite, T3=type3),
            XObject=Dictionary(X1=pdf.make_indirect(form))),
        Contents=pikepdf.Stream(pdf, b"BT /F1 12 Tf (a) Tj /F2 12 Tf <0001> Tj "
                                     b"/T3 12 Tf (a) Tj ET /X1 Do"),
        Annots=Array([pdf.make_indirect(Dictionary(
            Type=Name.Annot, Subtype=Name.Square, Rect=Array([0, 0, 100, 100]),
            AP=Dictionary(N=pdf.make_indirect(appearance))))])))
    pdf.pages.append(page)
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def test_fonts_not_embedded_are_found_where_pdffonts_finds_them(rendered):
    from communique.checks.readback import pdf_fonts_not_embedded, read_pdf

    data = _fonts_everywhere()
    expected = ["ABCDEF+Composite-Bare", "InAnnotation", "InForm", "InGlyph"]
    # pdffonts does not look inside Type 3 glyph procedures; the read-back does.
    assert _pdffonts_not_embedded(data) == [f for f in expected if f != "InGlyph"]
    assert pdf_fonts_not_embedded(data) == expected
    assert read_pdf(data).fonts_not_embedded == tuple(expected)
    assert _pdffonts_not_embedded(UNEMBEDDED) == pdf_fonts_not_embedded(UNEMBEDDED)
    assert _pdffonts_not_embedded(rendered[0]) == pdf_fonts_not_embedded(rendered[0]) == []
