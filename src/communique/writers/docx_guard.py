"""Check a DOCX style source before anything opens it.

The style source (`styles.docx`) is edited by staff in Word or LibreOffice, or arrives by
e-mail as "the new letterhead"; its header, footer, styles and settings are copied into
every release sent out under the institution's name. A DOCX is a zip of XML parts, so a
hostile or careless one can carry: a zip bomb, macros (`vbaProject.bin`, a
macro-enabled content type), ActiveX or OLE objects, relationships to remote files (an
attached template or an image fetched by Word when a journalist opens the release — a
tracking beacon or a credential leak over `\\\\server\\share`), fields that pull in other
files (INCLUDETEXT, INCLUDEPICTURE, LINK, DDE), or a DTD with entities (XXE, "billion
laughs") aimed at whatever parses it next.

`check_style_source` reads the file once, refuses all of that with a reason, and returns
the bytes it checked, so the writer opens exactly what was checked. It needs only the
standard library (it also runs in `inv check`, which must stay fast).
"""

from __future__ import annotations

import io
import re
import stat
import zipfile
from collections.abc import Iterable
from pathlib import Path, PurePosixPath
from xml.etree import ElementTree

MAX_BYTES = 20 * 1024 * 1024  # the file on disk
MAX_ENTRIES = 1000  # parts in the zip
MAX_UNCOMPRESSED = 100 * 1024 * 1024  # all parts once inflated

_RELS_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_TYPES_NS = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

# Content types a style source may hold, as prefixes; everything else is refused.
_ALLOWED_TYPES = (
    "application/vnd.openxmlformats-officedocument.wordprocessingml.",
    "application/vnd.openxmlformats-officedocument.theme+xml",
    "application/vnd.openxmlformats-officedocument.themeOverride+xml",
    "application/vnd.openxmlformats-officedocument.drawingml.",
    "application/vnd.openxmlformats-officedocument.extended-properties+xml",
    "application/vnd.openxmlformats-officedocument.custom-properties+xml",
    "application/vnd.openxmlformats-officedocument.customXmlProperties+xml",
    "application/vnd.openxmlformats-officedocument.obfuscatedFont",
    "application/vnd.openxmlformats-package.core-properties+xml",
    "application/vnd.openxmlformats-package.relationships+xml",
    "application/vnd.openxmlformats-package.digital-signature-",
    "application/vnd.ms-word.stylesWithEffects+xml",
    "application/vnd.ms-word.commentsExtended+xml",
    "application/vnd.ms-word.commentsIds+xml",
    "application/vnd.ms-word.commentsExtensible+xml",
    "application/vnd.ms-word.people+xml",
    "application/vnd.ms-office.chartstyle+xml",
    "application/vnd.ms-office.chartcolorstyle+xml",
    "application/xml",
    "text/xml",
    "image/",
    "application/x-font",
    "application/vnd.ms-fontobject",
    "font/",
)
# Refused even when a prefix above would let them through.
_REFUSED_TYPES = {
    "macroenabled": "it is macro-enabled (a .docm or .dotm)",
    "vbaproject": "it contains macros (a VBA project)",
    "vbadata": "it contains macros (VBA data)",
    "activex": "it contains ActiveX controls",
    "oleobject": "it contains embedded OLE objects",
    "keymapcustomizations": "it contains keyboard customisations that run macros",
    "attachedtoolbars": "it contains toolbars that run macros",
}
_MAIN_TYPES = (
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
)
# Part names that mean executable or embedded content whatever their declared type.
_REFUSED_PARTS = (
    (re.compile(r"(^|/)vbaProject\.bin$", re.I), "it contains macros (vbaProject.bin)"),
    (re.compile(r"(^|/)vbaData\.xml$", re.I), "it contains macros (vbaData.xml)"),
    (re.compile(r"(^|/)activeX/", re.I), "it contains ActiveX controls"),
    (re.compile(r"(^|/)embeddings/", re.I), "it contains embedded files or OLE objects"),
)
# Relationship types that load code or other documents, wherever their target is.
_REFUSED_RELATIONSHIPS = {
    "attachedTemplate": "it is attached to another template",
    "oleObject": "it contains an OLE object",
    "package": "it embeds another document",
    "control": "it contains an ActiveX control",
    "activeXControlBinary": "it contains an ActiveX control",
    "aFChunk": "it imports another file (altChunk)",
    "subDocument": "it includes a sub-document",
    "frame": "it loads a web frame",
    "vbaProject": "it contains macros (a VBA project)",
    "wordVbaData": "it contains macros (VBA data)",
    "keyMapCustomizations": "it contains keyboard customisations that run macros",
    "attachedToolbars": "it contains toolbars that run macros",
}
# Field codes that make Word read or run something outside the document when it updates
# fields (on open, on print): other files, remote images, DDE commands.
_REFUSED_FIELDS = frozenset({"INCLUDETEXT", "INCLUDEPICTURE", "INCLUDE", "LINK", "DDE",
                             "DDEAUTO", "IMPORT", "EMBED", "RD", "DATABASE", "MACROBUTTON",
                             "AUTOTEXTLIST"})
_SAFE_LINK = re.compile(r"^(https?://|mailto:)", re.I)


class UnsafeDocx(Exception):
    """A DOCX that may not be opened, with the reason (the caller names the file)."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def check_style_source(path: Path, roots: Iterable[Path] = ()) -> bytes:
    """The bytes of `path` if it is a DOCX safe to open and copy from; else UnsafeDocx.

    `roots`: folders the file must really be in (after following links), when given.
    """
    data = _read(path, tuple(roots))
    check_docx_bytes(data)
    return data


_verdicts: dict[tuple, str] = {}


def style_source_problem(path: Path, roots: Iterable[Path] = ()) -> str:
    """Why `path` may not be used as a style source ("" when it may), for `inv check`.

    Remembered while the file is unchanged: every release of a pack shares it.
    """
    roots = tuple(roots)
    try:
        info = path.stat()
        key = (str(path.resolve()), info.st_mtime_ns, info.st_size, info.st_ino, roots)
    except (OSError, RuntimeError):
        key = None
    if key is not None and key in _verdicts:
        return _verdicts[key]
    try:
        check_style_source(path, roots)
        verdict = ""
    except UnsafeDocx as err:
        verdict = err.reason
    if key is not None:
        _verdicts[key] = verdict
    return verdict


def check_docx_bytes(data: bytes) -> None:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError):
        raise UnsafeDocx("it is not a DOCX file (not a zip archive).") from None
    with archive:
        parts = _check_entries(archive)
        texts = {name: _xml_text(archive, name) for name in parts if _is_xml(name)}
        _check_content_types(texts, parts)
        for name, text in texts.items():
            if name.endswith(".rels"):
                _check_relationships(name, text)
            elif name.startswith("word/") and _may_hold_fields(text):
                _check_fields(name, text)


def _read(path: Path, roots: tuple[Path, ...]) -> bytes:
    try:
        real = path.resolve(strict=True)
    except (OSError, RuntimeError):
        raise UnsafeDocx("the file does not exist.") from None
    if roots and not any(real.is_relative_to(Path(r).resolve()) for r in roots):
        raise UnsafeDocx("it is a link to a file outside the template pack.")
    try:
        info = real.stat()
    except OSError as err:
        raise UnsafeDocx(f"cannot read it ({err.strerror}).") from None
    if not stat.S_ISREG(info.st_mode):
        raise UnsafeDocx("it is not a regular file.")
    if info.st_size > MAX_BYTES:
        raise UnsafeDocx(f"it is {info.st_size} bytes, more than the {MAX_BYTES} allowed.")
    try:
        with real.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as err:
        raise UnsafeDocx(f"cannot read it ({err.strerror}).") from None
    if len(data) > MAX_BYTES:
        raise UnsafeDocx(f"it is more than the {MAX_BYTES} bytes allowed.")
    return data


def _check_entries(archive: zipfile.ZipFile) -> list[str]:
    infos = archive.infolist()
    if len(infos) > MAX_ENTRIES:
        raise UnsafeDocx(f"it has {len(infos)} parts, more than the {MAX_ENTRIES} allowed.")
    total = sum(info.file_size for info in infos)
    if total > MAX_UNCOMPRESSED:
        raise UnsafeDocx(f"it inflates to {total} bytes, more than the {MAX_UNCOMPRESSED} "
                         "allowed (a zip bomb?).")
    names: list[str] = []
    for info in infos:
        name = info.filename
        pure = PurePosixPath(name)
        if name.startswith(("/", "\\")) or ".." in pure.parts or "\\" in name or ":" in name:
            raise UnsafeDocx(f"it has a part with an unsafe name ('{name}').")
        if name in names:
            raise UnsafeDocx(f"it has the part '{name}' twice.")
        for pattern, reason in _REFUSED_PARTS:
            if pattern.search(name):
                raise UnsafeDocx(f"{reason}: '{name}'.")
        names.append(name)
    if "[Content_Types].xml" not in names:
        raise UnsafeDocx("it is not a DOCX file ([Content_Types].xml is missing).")
    return [n for n in names if not n.endswith("/")]


def _is_xml(name: str) -> bool:
    return name.lower().endswith((".xml", ".rels", ".vml"))


def read_part(archive: zipfile.ZipFile, name: str, limit: int = MAX_UNCOMPRESSED) -> bytes:
    """One part of the archive, inflated at most to `limit` bytes (else UnsafeDocx).

    Whatever sizes the zip declares, reading stops one byte past the limit: a part that
    inflates to gigabytes costs no more than the limit in time and memory.
    """
    try:
        with archive.open(name) as handle:
            data = handle.read(limit + 1)
    except KeyError:
        raise UnsafeDocx(f"the part '{name}' is missing.") from None
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError,
            OverflowError, EOFError) as err:
        raise UnsafeDocx(f"the part '{name}' cannot be read ({err}).") from None
    if len(data) > limit:
        raise UnsafeDocx(f"the part '{name}' inflates to more than the {limit} bytes "
                         "allowed (a zip bomb?).")
    return data


def _xml_text(archive: zipfile.ZipFile, name: str) -> bytes:
    data = read_part(archive, name)
    head = data[:4]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in head:
        text = data.decode("utf-16", errors="replace")
    else:
        text = data.decode("utf-8", errors="replace")
    upper = text.upper()
    if "<!DOCTYPE" in upper or "<!ENTITY" in upper:
        raise UnsafeDocx(f"the part '{name}' declares a DTD or entities (<!DOCTYPE, "
                         "<!ENTITY), which a DOCX never needs.")
    return data


def _parse(name: str, data: bytes) -> ElementTree.Element:
    # Safe to parse with the standard library: no DTD, hence no entity, got this far.
    try:
        return ElementTree.fromstring(data)
    except ElementTree.ParseError as err:
        raise UnsafeDocx(f"the part '{name}' is not well-formed XML ({err}).") from None


def _check_content_types(texts: dict[str, bytes], parts: list[str]) -> None:
    types = _parse("[Content_Types].xml", texts["[Content_Types].xml"])
    declared: list[tuple[str, str]] = []
    defaults: dict[str, str] = {}
    overrides: dict[str, str] = {}
    for element in types:
        kind = element.get("ContentType", "")
        if element.tag == f"{_TYPES_NS}Default":
            defaults[element.get("Extension", "").lower()] = kind
            declared.append((f"*.{element.get('Extension', '')}", kind))
        elif element.tag == f"{_TYPES_NS}Override":
            overrides[element.get("PartName", "").lstrip("/")] = kind
            declared.append((element.get("PartName", ""), kind))
    for where, kind in declared:
        lowered = kind.lower()
        for marker, reason in _REFUSED_TYPES.items():
            if marker in lowered:
                raise UnsafeDocx(f"{reason} (content type {kind} for {where}).")
        if not lowered.startswith(tuple(t.lower() for t in _ALLOWED_TYPES)):
            raise UnsafeDocx(f"it holds content of an unexpected type ({kind} for {where}).")
    main = overrides.get(_main_part(texts))
    if main not in _MAIN_TYPES:
        raise UnsafeDocx(f"its main part is not a Word document ({main or 'missing'}).")
    for name in parts:
        if name == "[Content_Types].xml" or name in overrides:
            continue
        base = name.rsplit("/", 1)[-1]
        if "." not in base or base.rsplit(".", 1)[-1].lower() not in defaults:
            raise UnsafeDocx(f"the part '{name}' has no declared content type.")


def _main_part(texts: dict[str, bytes]) -> str:
    """The part the package's officeDocument relationship points to (word/document.xml)."""
    if "_rels/.rels" in texts:
        for rel in _parse("_rels/.rels", texts["_rels/.rels"]).iter(f"{_RELS_NS}Relationship"):
            if rel.get("Type", "").endswith("/officeDocument"):
                return rel.get("Target", "").lstrip("/")
    return "word/document.xml"


def _check_relationships(name: str, data: bytes) -> None:
    for rel in _parse(name, data).iter(f"{_RELS_NS}Relationship"):
        kind = rel.get("Type", "").rsplit("/", 1)[-1]
        target = rel.get("Target", "")
        if kind in _REFUSED_RELATIONSHIPS:
            raise UnsafeDocx(f"{_REFUSED_RELATIONSHIPS[kind]} ({name}: {kind} → {target}).")
        if rel.get("TargetMode", "").lower() == "external":
            if kind == "hyperlink" and _SAFE_LINK.match(target.strip()):
                continue
            raise UnsafeDocx(f"it refers to an outside resource that Word would load "
                             f"({name}: {kind} → {target}).")


def _may_hold_fields(data: bytes) -> bool:
    """A cheap test before parsing: styles.xml alone can be half a megabyte."""
    if b"\x00" in data[:4]:  # UTF-16: the byte test below would miss
        return True
    return b"instrText" in data or b"fldSimple" in data


def _check_fields(name: str, data: bytes) -> None:
    root = _parse(name, data)
    # A complex field's instruction may be split over several runs, and fields nest:
    # gather the instruction text of each field from its begin to its separate (or end).
    instructions: list[str] = []
    open_fields: list[list[str] | None] = []
    for element in root.iter():
        if element.tag == f"{_W_NS}fldChar":
            kind = element.get(f"{_W_NS}fldCharType")
            if kind == "begin":
                open_fields.append([])
            elif kind in ("separate", "end") and open_fields:
                pieces = open_fields[-1] if kind == "separate" else open_fields.pop()
                if pieces is not None:
                    instructions.append("".join(pieces))
                if kind == "separate":
                    open_fields[-1] = None
        elif element.tag == f"{_W_NS}instrText" and open_fields and open_fields[-1] is not None:
            open_fields[-1].append(element.text or "")
        elif element.tag == f"{_W_NS}fldSimple":
            instructions.append(element.get(f"{_W_NS}instr", ""))
    instructions += ["".join(p) for p in open_fields if p is not None]
    for instruction in instructions:
        words = instruction.split()
        if words and words[0].upper() in _REFUSED_FIELDS:
            raise UnsafeDocx(f"the field {words[0].upper()} in '{name}' would make Word "
                             "read or run something outside the document.")
