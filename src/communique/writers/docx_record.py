"""The build record a DOCX carries, so that a colleague's edits can come back.

A custom XML part (`customXml/itemN.xml`, which Word and LibreOffice keep when they save)
names the release file the DOCX was built from, the SHA-256 of its content, and every
field the document shows with the text it showed. Each such text is wrapped in the
document by a bookmark named after the field (`cq_<n>`), so that an edited paragraph can
still be told apart from the others after Word or LibreOffice rewrote the XML.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from lxml import etree

NAMESPACE = "urn:communique:build-record:1"
BOOKMARK_PREFIX = "cq_"
_ITEM_TYPE = "application/xml"
_PROPS_TYPE = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml"
_DS = "http://schemas.openxmlformats.org/officeDocument/2006/customXml"


@dataclass(frozen=True)
class RecordedField:
    """One field shown in the DOCX: its path in the release file and the text shown."""

    key: str      # the bookmark's name
    path: str     # headline, body[3], quotes[0].text, people[1].titles[0]
    shown: str


@dataclass(frozen=True)
class BuildRecord:
    release: str          # the release file, relative to the project
    slug: str
    language: str
    sha256: str
    fields: tuple[RecordedField, ...]


class FieldMarks:
    """Bookmarks around the texts of fields, collected while the writer adds them."""

    def __init__(self):
        self.fields: list[RecordedField] = []

    def wrap(self, paragraph, path: str, runs=None) -> None:
        """Wrap `runs` (default: the whole paragraph) of `paragraph` in a bookmark for
        field `path`."""
        runs = list(runs) if runs is not None else None
        elements = [r._r if hasattr(r, "_r") else r for r in runs] if runs is not None \
            else [c for c in paragraph._p if c.tag != qn("w:pPr")]
        if not elements:
            return
        number = len(self.fields)
        key = f"{BOOKMARK_PREFIX}{number}"
        start, end = OxmlElement("w:bookmarkStart"), OxmlElement("w:bookmarkEnd")
        # Bookmark ids only need to be unique; 1000+ keeps clear of any the source has.
        start.set(qn("w:id"), str(1000 + number))
        start.set(qn("w:name"), key)
        end.set(qn("w:id"), str(1000 + number))
        elements[0].addprevious(start)
        elements[-1].addnext(end)
        text = "".join(t.text or "" for e in elements for t in e.iter(qn("w:t")))
        self.fields.append(RecordedField(key, path, text))


def add_record(doc, record: BuildRecord) -> None:
    """Put the record in the document as a custom XML part with its properties."""
    root = etree.Element(f"{{{NAMESPACE}}}build", nsmap={None: NAMESPACE})
    for name in ("release", "slug", "language", "sha256"):
        root.set(name, getattr(record, name))
    for recorded in record.fields:
        element = etree.SubElement(root, f"{{{NAMESPACE}}}field", key=recorded.key,
                                   path=recorded.path)
        element.text = recorded.shown
    item_xml = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    package = doc.part.package
    taken = {str(p.partname) for p in package.iter_parts()}
    n = 1
    while f"/customXml/item{n}.xml" in taken:
        n += 1
    item = Part(PackURI(f"/customXml/item{n}.xml"), _ITEM_TYPE, item_xml, package)
    # A stable item id, from the content: equal input, equal bytes.
    digest = hashlib.sha256(item_xml).hexdigest().upper()
    guid = f"{{{digest[:8]}-{digest[8:12]}-{digest[12:16]}-{digest[16:20]}-{digest[20:32]}}}"
    props_xml = (f"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
                 f'<ds:datastoreItem xmlns:ds="{_DS}" ds:itemID="{guid}"><ds:schemaRefs>'
                 f'<ds:schemaRef ds:uri="{NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>')
    props = Part(PackURI(f"/customXml/itemProps{n}.xml"), _PROPS_TYPE,
                 props_xml.encode("utf-8"), package)
    item.relate_to(props, RT.CUSTOM_XML_PROPS)
    doc.part.relate_to(item, RT.CUSTOM_XML)


def read_record(doc) -> BuildRecord | None:
    """The build record of an opened DOCX, or None when it has none."""
    for rel in doc.part.rels.values():
        if rel.reltype != RT.CUSTOM_XML or rel.is_external:
            continue
        try:
            root = etree.fromstring(rel.target_part.blob,
                                    etree.XMLParser(resolve_entities=False, no_network=True))
        except etree.XMLSyntaxError:
            continue
        if root.tag != f"{{{NAMESPACE}}}build":
            continue
        fields = tuple(RecordedField(f.get("key", ""), f.get("path", ""), f.text or "")
                       for f in root.iter(f"{{{NAMESPACE}}}field"))
        return BuildRecord(root.get("release", ""), root.get("slug", ""),
                           root.get("language", ""), root.get("sha256", ""), fields)
    return None
