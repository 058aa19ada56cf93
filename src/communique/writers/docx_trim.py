"""Leave out of each DOCX the built-in table styles nothing in it uses.

A style source made from python-docx's template (every shipped one, and any made with
`communique.writers.docx_styles`) carries about a hundred of Word's built-in table styles
— 340 KB of its 358 KB `word/styles.xml` — and no release uses one: the letterhead table
sets its own properties. Copying, saving, compressing and reading back those kilobytes
were most of a DOCX's cost in a batch build. Word and LibreOffice offer their built-in
table styles from their own galleries, so a colleague editing the DOCX loses nothing.

A style is left out only when all of these hold, so that what staff put in their style
source is kept: it is a table style; it is not a default style; no part of the document
names it (w:tblStyle, or any w:val that could be a style id) and no kept style reaches it
through w:basedOn, w:link or w:next; and its definition is exactly the one in
python-docx's own template, i.e. nobody edited it. The style source file is never changed.
"""

from __future__ import annotations

import functools
import io
import zipfile
from pathlib import Path

from docx.oxml import parse_xml
from docx.oxml.ns import qn
from lxml import etree

_CHAINS = ("w:basedOn", "w:link", "w:next")


def drop_unused_table_styles(doc) -> int:
    """Remove from `doc` (a python-docx Document) the table styles described above;
    return how many were removed."""
    styles = doc.styles.element
    by_id = {s.get(qn("w:styleId")): s for s in styles.iterfind(qn("w:style"))}
    named = _names_in_parts(doc)
    builtin = _builtin_table_styles()
    keep = {sid for sid, s in by_id.items()
            if s.get(qn("w:type")) != "table" or s.get(qn("w:default")) in ("1", "true", "on")
            or sid in named or _shape(s) != builtin.get(sid)}
    todo = list(keep)
    while todo:  # whatever a kept style is based on, linked to or followed by stays too
        style = by_id.get(todo.pop())
        if style is None:
            continue
        for tag in _CHAINS:
            ref = style.find(qn(tag))
            target = None if ref is None else ref.get(qn("w:val"))
            if target in by_id and target not in keep:
                keep.add(target)
                todo.append(target)
    dropped = [s for sid, s in by_id.items() if sid not in keep]
    for style in dropped:
        styles.remove(style)
    return len(dropped)


def _names_in_parts(doc) -> set[str]:
    """Every w:val in the package's XML parts other than the styles: a superset of the
    style ids they name (paragraph, run, table and numbering style references)."""
    val = qn("w:val")
    styles_part = doc.styles.element
    names: set[str] = set()
    for part in doc.part.package.iter_parts():
        element = getattr(part, "element", None)
        if element is None or element is styles_part:
            continue
        names.update(e.get(val) for e in element.iter() if e.get(val) is not None)
    return names


def _shape(element) -> bytes:
    """The element as exclusive C14N: independent of where its namespaces are declared
    and of its attributes' order (both trees are read by python-docx's parser, which
    drops the template's indentation)."""
    return etree.tostring(element, method="c14n", exclusive=True)


@functools.cache
def _builtin_table_styles() -> dict[str, bytes]:
    """The table styles of python-docx's default template, by id, as `_shape`s."""
    import docx

    template = Path(docx.__file__).parent / "templates" / "default.docx"
    with zipfile.ZipFile(io.BytesIO(template.read_bytes())) as package:
        root = parse_xml(package.read("word/styles.xml"))
    return {s.get(qn("w:styleId")): _shape(s) for s in root.iterfind(qn("w:style"))
            if s.get(qn("w:type")) == "table"}
