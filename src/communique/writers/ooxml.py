"""Small OOXML helpers shared by the DOCX writer and the style-source generator."""

from __future__ import annotations

import datetime as dt
import io
import struct
import zipfile

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

# The earliest time a zip entry can carry.
_ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)


def fixed_zip(data: bytes, when: dt.date | dt.datetime | None = None) -> bytes:
    """The same zip with every entry dated `when` (a date: midnight), so equal input →
    equal bytes.

    python-docx stamps each entry with the current time; entry order is kept because
    `[Content_Types].xml` must stay first. The dates, the permissions and the system of
    each entry are rewritten in place, in its local header and in the central directory:
    its compressed bytes are kept as they are, where decompressing and compressing every
    part again cost a sixth of a DOCX's time. A zip laid out otherwise than python-docx
    writes it (zip64, data descriptors, a comment) is rewritten entry by entry instead.
    """
    if isinstance(when, dt.datetime):
        stamp = (when.year, when.month, when.day, when.hour, when.minute,
                 when.second // 2 * 2)
    elif when is not None:
        stamp = (when.year, when.month, when.day, 0, 0, 0)
    stamp = stamp if when is not None and when.year >= 1980 else _ZIP_EPOCH
    patched = _restamped(data, stamp)
    if patched is not None:
        return patched
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=stamp)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = _MODE
            entry.create_system = 0
            dst.writestr(entry, src.read(info.filename))
    return out.getvalue()


_MODE = 0o644 << 16
_LOCAL, _CENTRAL, _END = b"PK\x03\x04", b"PK\x01\x02", b"PK\x05\x06"
_END_SIZE = 22


def _restamped(data: bytes, stamp: tuple) -> bytes | None:
    """`data` with each entry's time, date, system and permissions set, or None when its
    layout is not the plain one this rewrites safely."""
    year, month, day, hour, minute, second = stamp
    when = struct.pack("<HH", hour << 11 | minute << 5 | second // 2,
                       (year - 1980) << 9 | month << 5 | day)
    out = bytearray(data)
    end = len(out) - _END_SIZE
    if end < 0 or out[end:end + 4] != _END:
        return None  # a comment after the directory, or not a zip
    count, size, start = struct.unpack_from("<HII", out, end + 10)
    if count == 0xFFFF or start == 0xFFFFFFFF or start + size != end:
        return None  # zip64
    pos = start
    for _ in range(count):
        if out[pos:pos + 4] != _CENTRAL:
            return None
        flags, = struct.unpack_from("<H", out, pos + 8)
        names, extra, comment = struct.unpack_from("<HHH", out, pos + 28)
        local, = struct.unpack_from("<I", out, pos + 42)
        if flags & 0x08 or out[local:local + 4] != _LOCAL:
            return None  # sizes after the data: the local header is not the whole story
        out[pos + 5] = 0  # made on MS-DOS (FAT): no Unix owner or mode carried along
        out[pos + 12:pos + 16] = when
        struct.pack_into("<I", out, pos + 38, _MODE)
        out[local + 10:local + 14] = when
        pos += 46 + names + extra + comment
    if pos != end:
        return None
    return bytes(out)


def add_field(paragraph, instruction: str, placeholder: str = "1") -> None:
    """Append a complex field (PAGE, NUMPAGES…) to `paragraph`, as Word writes it."""
    def fld_char(kind: str):
        run = OxmlElement("w:r")
        char = OxmlElement("w:fldChar")
        char.set(qn("w:fldCharType"), kind)
        run.append(char)
        return run

    paragraph._p.append(fld_char("begin"))
    instr_run = OxmlElement("w:r")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    instr_run.append(instr)
    paragraph._p.append(instr_run)
    paragraph._p.append(fld_char("separate"))
    shown = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = placeholder
    shown.append(text)
    paragraph._p.append(shown)
    paragraph._p.append(fld_char("end"))


def field_instructions(element) -> list[str]:
    """Every field instruction (complex or simple) found under an XML element."""
    found = [(t.text or "").strip() for t in element.iter(qn("w:instrText"))]
    found += [(f.get(qn("w:instr")) or "").strip() for f in element.iter(qn("w:fldSimple"))]
    return [f for f in found if f]


def drop_last_printed(core_properties) -> None:
    """Remove cp:lastPrinted (python-docx cannot set it to nothing)."""
    element = core_properties._element
    for child in list(element):
        if child.tag.endswith("}lastPrinted"):
            element.remove(child)


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# Children of w:rPr in schema order: Word refuses a file whose children are out of order.
RPR_ORDER = ["rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike",
             "dstrike", "outline", "shadow", "emboss", "imprint", "noProof", "snapToGrid",
             "vanish", "webHidden", "color", "spacing", "w", "kern", "position", "sz",
             "szCs", "highlight", "u", "effect", "bdr", "shd", "fitText", "vertAlign",
             "rtl", "cs", "em", "lang", "eastAsianLayout", "specVanish", "oMath"]


def insert_in_order(parent, child, order: list[str]) -> None:
    """Insert `child` into `parent` where the schema order `order` (local names) puts it."""
    rank = order.index(child.tag.replace(_W, ""))
    for i, existing in enumerate(parent):
        tag = existing.tag.replace(_W, "")
        if tag in order and order.index(tag) > rank:
            parent.insert(i, child)
            return
    parent.append(child)


# Children of w:pPr in schema order.
PPR_ORDER = ["pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr",
             "widowControl", "numPr", "suppressLineNumbers", "pBdr", "shd", "tabs",
             "suppressAutoHyphens", "kinsoku", "wordWrap", "overflowPunct", "topLinePunct",
             "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid", "spacing",
             "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc",
             "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId",
             "cnfStyle", "rPr", "sectPr", "pPrChange"]


def insert_ppr_child(ppr, child) -> None:
    """Insert `child` into a w:pPr where the schema puts it."""
    insert_in_order(ppr, child, PPR_ORDER)
