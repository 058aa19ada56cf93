"""PDF/A-3b for the archive: the rendered PDF, identified as PDF/A-3b, with an sRGB output
intent and the release's fields attached as JSON (an associated file), its tags kept.

veraPDF is not installable here; `pikepdf.pdfa.validate_written` (an allow-list validator
of the same rules) is used by the tests instead, and the structure is checked with pikepdf.
Dates come from the caller (the release's date or SOURCE_DATE_EPOCH) and the file ID is
derived from the content, so the same release gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

# Debian's colord-data ships the sRGB profile (.ci/setup-debian installs it); pikepdf's own
# copy is the fallback on a machine without it.
ICC_CANDIDATES = (Path("/usr/share/color/icc/colord/sRGB.icc"),)
FIELDS_NAME = "fields.json"
PRINT_FLAG = 4  # annotation flag: printed, as PDF/A requires of every annotation


def srgb_profile() -> bytes:
    for path in ICC_CANDIDATES:
        if path.is_file():
            return path.read_bytes()
    import pikepdf

    return (Path(pikepdf.__file__).parent / "pdfa" / "data" / "sRGB.icc").read_bytes()


def to_pdfa(pdf: bytes, fields_json: bytes, when: dt.datetime, *, title: str = "",
            language: str = "") -> bytes:
    """`pdf` as PDF/A-3b, with `fields_json` attached as the data it was made from."""
    import pikepdf
    from pikepdf import Array, Dictionary, Name, String

    stamp = when.astimezone(dt.UTC)
    pdf_date = stamp.strftime("D:%Y%m%d%H%M%SZ")
    xmp_date = stamp.strftime("%Y-%m-%dT%H:%M:%SZ")
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        profile = pikepdf.Stream(doc, srgb_profile())
        profile.N = 3
        doc.Root.OutputIntents = Array([Dictionary(
            Type=Name.OutputIntent, S=Name.GTS_PDFA1,
            OutputConditionIdentifier=String("sRGB IEC61966-2.1"),
            Info=String("sRGB IEC61966-2.1"), DestOutputProfile=profile)])
        for page in doc.pages:
            for annot in page.get("/Annots", []):
                annot.F = PRINT_FLAG
        spec = pikepdf.AttachedFileSpec(
            doc, fields_json, description="The release's fields (communique)",
            filename=FIELDS_NAME, mime_type="application/json", creation_date=pdf_date,
            mod_date=pdf_date, relationship=Name.Data)
        doc.attachments[FIELDS_NAME] = spec
        doc.Root.AF = Array([spec.obj])
        if language and "/Lang" not in doc.Root:
            doc.Root.Lang = String(language)
        doc.docinfo[Name.CreationDate] = pdf_date
        doc.docinfo[Name.ModDate] = pdf_date
        if title:
            doc.docinfo[Name.Title] = title
        with doc.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta:
            meta.load_from_docinfo(doc.docinfo)
            meta["pdfaid:part"] = "3"
            meta["pdfaid:conformance"] = "B"
            meta["xmp:CreateDate"] = xmp_date
            meta["xmp:ModifyDate"] = xmp_date
            meta["xmp:MetadataDate"] = xmp_date
        out = io.BytesIO()
        doc.save(out, deterministic_id=True, static_id=False)
    return out.getvalue()


def attached_fields(pdf: bytes) -> bytes:
    """The fields JSON attached to a published PDF (for `inv publish --verify` and tests)."""
    import pikepdf

    with pikepdf.open(io.BytesIO(pdf)) as doc:
        return doc.attachments[FIELDS_NAME].get_file().read_bytes()
