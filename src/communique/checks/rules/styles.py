"""T004: the pack's DOCX style source defines every style the DOCX writer uses.

The style names come from the writer (`communique.writers.style_names.PARAGRAPH_STYLES`
and `CHARACTER_STYLES`), so the check and the writer cannot disagree. The style source is read
as XML from the zip (no python-docx document is built), names compared case-insensitively
as Word does for built-in styles (« heading 1 » is « Heading 1 »).
"""

from __future__ import annotations

import os
import zipfile
from collections.abc import Iterator
from functools import lru_cache
from xml.etree import ElementTree

from communique.checks.rule import CheckContext, Rule
from communique.diagnostics import Diagnostic
from communique.model import Location
from communique.packs.manifest import pack_relative

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def needed_styles() -> dict[str, tuple[str, ...]]:
    """{'paragraph': (...), 'character': (...)} as the DOCX writer declares them."""
    from communique.writers import style_names as writer

    return {"paragraph": tuple(getattr(writer, "PARAGRAPH_STYLES", ())),
            "character": tuple(getattr(writer, "CHARACTER_STYLES", ()))}


def defined_styles(data: bytes | str) -> set[tuple[str, str]]:
    """(type, lower-case name) of every style in a .docx (path or bytes)."""
    import io

    if isinstance(data, str):
        try:
            stat = os.stat(data)
        except OSError:
            pass
        else:  # a style source is read once while it is unchanged, not once per release
            return set(_defined_styles_of_file(data, stat.st_mtime_ns, stat.st_size))
        return _read_styles(data)
    return _read_styles(io.BytesIO(data))


@lru_cache(maxsize=16)
def _defined_styles_of_file(path: str, _mtime: int, _size: int) -> frozenset[tuple[str, str]]:
    return frozenset(_read_styles(path))


def _read_styles(source) -> set[tuple[str, str]]:
    from communique.writers.docx_guard import read_part

    with zipfile.ZipFile(source) as archive:
        root = ElementTree.fromstring(read_part(archive, "word/styles.xml"))
    found = set()
    for style in root.iter(f"{_W}style"):
        kind = style.get(f"{_W}type", "")
        name = style.find(f"{_W}name")
        if name is not None:
            found.add((kind, name.get(f"{_W}val", "").lower()))
        found.add((kind, style.get(f"{_W}styleId", "").lower()))
    return found


class DocxStyleMissing(Rule):
    """T004 docx-style-missing: The pack's DOCX style source lacks a style the DOCX writer needs (or
    is missing).

    Why: The DOCX takes its look from the style source; a missing style fails the build, or in Word
    silently falls back to the default look.

    Example: styles.docx without a paragraph style 'Lead'

    Fix: Add the style in Word or LibreOffice (Styles) and save styles.docx again.
    """

    def check(self, ctx: CheckContext) -> Iterator[Diagnostic]:
        pack = ctx.pack
        if pack is None or not pack.docx_styles:
            return
        source = pack.folder / pack.docx_styles
        if ctx.institution is not None:
            from communique.writers.style_names import style_source

            source = style_source(pack, ctx.institution)  # the institution's look wins
        where = Location(pack_relative(pack, str(source)))
        manifest = pack.locations.get("outputs.docx_styles") or Location(
            pack_relative(pack, str(pack.manifest)), 1)
        if not source.is_file():
            yield self.problem(f"the DOCX style source '{pack.docx_styles}' named in the "
                               "manifest does not exist.", manifest,
                               "Make one with `python -m communique.writers.docx_styles`, or "
                               "correct outputs.docx_styles.")
            return
        from communique.writers.docx_guard import UnsafeDocx, style_source_problem

        roots = [pack.folder] + ([ctx.institution.folder] if ctx.institution else [])
        if style_source_problem(source, roots):
            return  # refused by T010: none of its parts is read
        try:
            defined = defined_styles(str(source))
        except (zipfile.BadZipFile, KeyError, ElementTree.ParseError, OSError,
                UnsafeDocx) as err:
            yield self.problem(f"the DOCX style source cannot be read ({err}).", where,
                               "Save it again from Word or LibreOffice as .docx.")
            return
        try:
            needed = needed_styles()
        except ImportError:
            return  # no DOCX writer in this installation: nothing needs the styles
        missing = [f"{name} ({kind})" for kind, names in needed.items() for name in names
                   if (kind, name.lower()) not in defined]
        if missing:
            yield self.problem(f"{source.name} lacks the style(s) the DOCX writer uses: "
                               f"{', '.join(missing)}.", where)


STYLE_RULES = [DocxStyleMissing]
