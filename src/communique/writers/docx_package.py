"""The parts of a DOCX package around its text: what python-docx's template leaves stale,
the extended properties, and the times the package is stamped with.

python-docx builds on a template saved by Word 2010 for the Mac. It carries a
`stylesWithEffects.xml` (a Word 2010 copy of the styles that goes stale as soon as the
styles change, and that validators flag), a blank-page `thumbnail.jpeg` (shown by file
browsers as the document's preview) and an `app.xml` that names Word and counts one page
and no words. A document communique writes names communique and counts nothing it has not
counted: Word and LibreOffice fill the counts in when they save.
"""

from __future__ import annotations

import datetime as dt
import os

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml.ns import qn

STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"
APP_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.extended-properties+xml"
APPLICATION = "communique"


def drop_stale_parts(doc) -> None:
    """Remove the template's stylesWithEffects and thumbnail, and the setting that asks
    Word to save a new preview picture; a part nothing relates to is not saved."""
    for rel_id, rel in list(doc.part.rels.items()):
        if rel.reltype == STYLES_WITH_EFFECTS:
            doc.part.drop_rel(rel_id)
            doc.part.rels.pop(rel_id, None)
    package_rels = doc.part.package.rels
    for rel_id, rel in list(package_rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            package_rels.pop(rel_id)
    settings = doc.settings.element
    for element in settings.findall(qn("w:savePreviewPicture")):
        settings.remove(element)


def set_app_properties(doc, company: str = "") -> None:
    """A fresh docProps/app.xml: communique as the application, no page or word counts."""
    package = doc.part.package
    for rel_id, rel in list(package.rels.items()):
        if rel.reltype == RT.EXTENDED_PROPERTIES:
            package.rels.pop(rel_id)
    xml = ("<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
           '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
           'extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/'
           f'2006/docPropsVTypes"><Application>{APPLICATION}</Application>'
           f"<DocSecurity>0</DocSecurity>{_company(company)}"
           "<LinksUpToDate>false</LinksUpToDate></Properties>")
    part = Part(PackURI("/docProps/app.xml"), APP_CONTENT_TYPE, xml.encode("utf-8"), package)
    package.relate_to(part, RT.EXTENDED_PROPERTIES)


def _company(name: str) -> str:
    if not name:
        return ""
    escaped = name.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return f"<Company>{escaped}</Company>"


def build_time(release_date: dt.date | None) -> dt.datetime:
    """When the package says it was made: SOURCE_DATE_EPOCH when the environment sets it
    (reproducible builds), else midnight (UTC) of the release date, else 1 January 1980
    (the earliest time a zip entry can carry). Never the clock: equal input, equal bytes."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        stamp = dt.datetime.fromtimestamp(int(epoch), dt.UTC).replace(tzinfo=None)
        return max(stamp, dt.datetime(1980, 1, 1))
    if release_date is not None and release_date.year >= 1980:
        return dt.datetime.combine(release_date, dt.time())
    return dt.datetime(1980, 1, 1)
