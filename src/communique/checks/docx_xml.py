"""A rendered DOCX's parts, read once with lxml for the read-back: its text (readback.py)
and what a reader sees of it (visibility.py).

python-docx loads every part of the package and wraps each element it meets in Python
objects: 20 ms and more a release, where parsing the few parts the read-back needs takes
two or three. The answers are python-docx's (the same paragraphs, runs, styles and values,
read with its own value converters); tests/checks/test_docx_xml.py holds the two side by
side.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_MAIN = "word/document.xml"
_STYLES = "word/styles.xml"


def _parse(xml: bytes):
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    return etree.fromstring(xml, parser)


class DocxXml:
    """The parts of one DOCX, each parsed on first use."""

    def __init__(self, data: bytes):
        self.archive = zipfile.ZipFile(io.BytesIO(data))
        self.names = set(self.archive.namelist())
        self._trees: dict[str, object] = {}

    def tree(self, name: str):
        """The part's root element, or None when the package has no such part."""
        if name not in self._trees:
            self._trees[name] = _parse(self.archive.read(name)) if name in self.names \
                else None
        return self._trees[name]

    @property
    def document(self):
        tree = self.tree(_MAIN)
        if tree is None:
            raise ValueError(f"it has no {_MAIN}")
        return tree

    @property
    def styles(self):
        """The style definitions' root (word/styles.xml), or None."""
        return self.tree(_STYLES)

    def header_footer_names(self) -> list[str]:
        """Every header and footer part, by name."""
        return sorted(n for n in self.names
                      if re.fullmatch(r"word/(?:header|footer)\d*\.xml", n))

    def related(self, rid: str) -> str | None:
        """The part the main document's relationship `rid` points at."""
        rels = self.tree("word/_rels/document.xml.rels")
        if rels is None:
            return None
        for rel in rels.iter(f"{_RELS}Relationship"):
            if rel.get("Id") == rid and rel.get("TargetMode") != "External":
                target = rel.get("Target", "")
                return target.lstrip("/") if target.startswith("/") else \
                    posixpath.normpath(posixpath.join("word", target))
        return None

    def section_parts(self) -> list:
        """Each section's default header and footer roots, as python-docx's
        `section.header` and `section.footer` find them (a section without its own takes
        the previous section's; None when no section before has one)."""
        body = self.document.find(f"{W}body")
        if body is None:
            return []
        sections = [e for e in body.iterchildren(f"{W}p", f"{W}sectPr")
                    if e.tag == f"{W}sectPr"
                    or e.find(f"{W}pPr/{W}sectPr") is not None]
        sections = [e if e.tag == f"{W}sectPr" else e.find(f"{W}pPr/{W}sectPr")
                    for e in sections]
        found, previous = [], {"header": None, "footer": None}
        for sect in sections:
            for kind in ("header", "footer"):
                ref = next((r for r in sect.iterchildren(f"{W}{kind}Reference")
                            if r.get(f"{W}type") == "default"), None)
                if ref is not None:
                    name = self.related(ref.get(f"{_R}id", ""))
                    previous[kind] = self.tree(name) if name else None
                found.append(previous[kind])
        return found

    def close(self) -> None:
        self.archive.close()

    def __enter__(self) -> DocxXml:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()


def body_paragraphs(document) -> list:
    """python-docx's `doc.paragraphs`, then the paragraphs of each cell of `doc.tables`
    (`row.cells`: a cell spanning n grid columns n times, a vertically merged cell as the
    cell it continues)."""
    body = document.find(f"{W}body")
    if body is None:
        return []
    paragraphs = list(body.iterchildren(f"{W}p"))
    for table in body.iterchildren(f"{W}tbl"):
        above: dict[int, object] = {}  # grid offset -> the cell holding it, previous row
        for row in table.iterchildren(f"{W}tr"):
            here: dict[int, object] = {}
            offset = _int(row.find(f"{W}trPr/{W}gridBefore"), 0)
            for tc in row.iterchildren(f"{W}tc"):
                merge = tc.find(f"{W}tcPr/{W}vMerge")
                holder = tc
                if merge is not None and merge.get(f"{W}val", "continue") == "continue":
                    if offset not in above:
                        raise ValueError("a merged cell continues no cell above it")
                    holder = above[offset]
                span = _int(tc.find(f"{W}tcPr/{W}gridSpan"), 1)
                for _ in range(span):
                    paragraphs.extend(holder.iterchildren(f"{W}p"))
                here[offset] = holder
                offset += span
            above = here
    return paragraphs


def _int(element, default: int) -> int:
    if element is None:
        return default
    return int(element.get(f"{W}val"))


# Run children that stand for characters, as python-docx's Run.text reads them.
_RUN_CHARACTERS = {f"{W}tab": "\t", f"{W}ptab": "\t", f"{W}br": "\n", f"{W}cr": "\n",
                   f"{W}noBreakHyphen": "-"}


def paragraph_runs(p) -> list:
    """`paragraph.iter_inner_content()`, hyperlinks opened: the paragraph's runs."""
    runs = []
    for child in p.iterchildren(f"{W}r", f"{W}hyperlink"):
        if child.tag == f"{W}hyperlink":
            runs.extend(child.iterchildren(f"{W}r"))
        else:
            runs.append(child)
    return runs


def run_text(r) -> str:
    text = []
    for child in r:
        if child.tag == f"{W}t":
            text.append(child.text or "")
        elif child.tag == f"{W}br" and child.get(f"{W}type", "textWrapping") \
                != "textWrapping":
            continue  # page and column breaks are no character
        elif child.tag in _RUN_CHARACTERS:
            text.append(_RUN_CHARACTERS[child.tag])
    return "".join(text)
