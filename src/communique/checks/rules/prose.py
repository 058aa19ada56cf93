"""The prose of a release as located text: what date, protocol, fact and typography rules read.

A rule that reports « mercredi » at line 28, column 25 needs the text as it is written in
the file, not as the model holds it (YAML quoting and Markdown markup are gone there). A
`Segment` is one field value or one body paragraph as written, with the file offset of
every character, and a *masked* copy of the same length in which what is not prose (URLs,
e-mail addresses, code spans, link targets, emphasis marks) is blanked, so rules never
read or rewrite it. The fixer applies its edits through the same offsets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from communique.model import Location, Release
from communique.packs.typeset import URL

# Field values that are prose a reader sees. Identifiers (template, language), ISO dates,
# phone numbers and e-mail addresses are not, and are never rewritten.
PROSE_FIELDS = re.compile(
    r"^(?:headline|subheadline|dateline|boilerplate|venue\.(?:event|city|country|address)"
    r"|people\[\d+\]\.(?:name|honorific|role|titles\[\d+\]|former_titles\[\d+\])"
    r"|quotes\[\d+\]\.(?:text|by)|contacts\[\d+\]\.(?:name|role))$")

_CODE = re.compile(r"(`+)[^`]*?\1")
_LINK_TARGET = re.compile(r"\]\([^)\s]*(?:\s+\"[^\"]*\")?\)")
_AUTOLINK = re.compile(r"<[^<>\s]+>")
_EMPHASIS = re.compile(r"(?<![\w*_])[*_]{1,3}|[*_]{1,3}(?![\w*_])")
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")

# Arabic letters that are written interchangeably (hamza on alef, alef maqsura): matching
# reads one form, length-preserving so offsets stay true.
ARABIC_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي"})
ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


@dataclass(frozen=True)
class Segment:
    """One field value or body paragraph as written in the release file."""

    path: str            # field path ('headline', 'people[1].titles[0]') or 'body'
    text: str            # the text as the model / reader sees it
    masked: str          # same length; non-prose spans replaced by spaces
    file: str
    offsets: tuple[int, ...] | None  # file offset of each char of text, plus one past the end
    fallback: Location   # where to point when offsets are unknown
    lines: tuple[int, ...] = ()      # file offsets where each line starts

    @property
    def exact(self) -> bool:
        """Can a character of `text` be mapped to the file (and so be fixed in place)?"""
        return self.offsets is not None

    def location(self, index: int) -> Location:
        if self.offsets is None:
            return self.fallback
        offset = self.offsets[min(index, len(self.offsets) - 1)]
        line = _bisect(self.lines, offset)
        return Location(self.file, line + 1, offset - self.lines[line] + 1)

    def span(self, start: int, end: int) -> tuple[int, int] | None:
        """File offsets of text[start:end]."""
        if self.offsets is None:
            return None
        return self.offsets[start], self.offsets[end]


def _bisect(starts: tuple[int, ...], offset: int) -> int:
    lo, hi = 0, len(starts) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if starts[mid] <= offset:
            lo = mid
        else:
            hi = mid - 1
    return lo


def mask(text: str, *, markdown: bool = False) -> str:
    """Blank what is not prose, keeping every other character at its place."""
    chars = list(text)

    def blank(pattern: re.Pattern, keep_brackets: bool = False) -> None:
        for m in pattern.finditer("".join(chars)):
            for i in range(m.start(), m.end()):
                if not (keep_brackets and chars[i] in "]"):
                    chars[i] = " " if chars[i] not in "\r\n" else chars[i]

    if markdown:
        blank(_CODE)
        blank(_LINK_TARGET, keep_brackets=True)
        blank(_AUTOLINK)
    blank(URL)
    if markdown:
        # Emphasis marks and link brackets sit between words; a space keeps words apart.
        joined = "".join(chars)
        for m in _EMPHASIS.finditer(joined):
            for i in range(m.start(), m.end()):
                chars[i] = " "
        for i, ch in enumerate(chars):
            if ch in "[]":
                chars[i] = " "
    return "".join(chars)


# --- reading the file --------------------------------------------------------------

@dataclass(frozen=True)
class SourceText:
    text: str
    lines: tuple[int, ...]
    body_start: int  # file offset where the body begins (after the closing '---')
    body_line: int   # 0-based line index of the body's first line


@lru_cache(maxsize=64)
def _read_source(path: str, stamp: tuple[int, int]) -> SourceText | None:
    try:
        text = Path(path).read_bytes().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return None
    starts = [0]
    for m in re.finditer(r"\r\n|\n|\r", text):
        starts.append(m.end())
    lines = text.splitlines(keepends=True)
    body_start = len(text)
    body_line = len(lines)
    if lines and lines[0].strip() == "---":
        offset = len(lines[0])
        for i in range(1, len(lines)):
            if lines[i].strip() in ("---", "..."):
                body_start = offset + len(lines[i])
                body_line = i + 1
                break
            offset += len(lines[i])
    return SourceText(text, tuple(starts), body_start, body_line)


def source_text(release: Release) -> SourceText | None:
    try:
        st = release.source.stat()
    except OSError:
        return None
    return _read_source(str(release.source), (st.st_mtime_ns, st.st_size))


# Segments per release object: some twenty rules read them, the release is read once.
# The entry holds the release itself, so its id is not reused while the entry lives.
_SEGMENTS: dict[tuple, tuple[Release, tuple[Segment, ...]]] = {}
_SEGMENTS_KEPT = 48


def segments(release: Release, *, body: bool = True, fields: bool = True) -> list[Segment]:
    """Every prose field value and body paragraph of `release`, located in its file."""
    try:
        st = release.source.stat()
        stamp = (st.st_mtime_ns, st.st_size)
    except OSError:
        stamp = None
    key = (id(release), body, fields, stamp)
    kept = _SEGMENTS.get(key)
    if kept is not None and kept[0] is release:
        return list(kept[1])
    found = _segments(release, body=body, fields=fields)
    if len(_SEGMENTS) >= _SEGMENTS_KEPT:
        _SEGMENTS.clear()
    _SEGMENTS[key] = (release, tuple(found))
    return found


def _segments(release: Release, *, body: bool, fields: bool) -> list[Segment]:
    src = source_text(release)
    out: list[Segment] = []
    if fields:
        for path, value in release.fields.items():
            if value and PROSE_FIELDS.match(path):
                out.append(_field_segment(release, src, path, value))
    if body and src is not None:
        out.extend(_body_segments(release, src))
    elif body:
        for block in release.body:
            where = block.location or release.where("")
            out.append(Segment("body", block.text, mask(block.text), where.file, None, where))
    return out


def _field_segment(release: Release, src: SourceText | None, path: str,
                   value: str) -> Segment:
    where = release.where(path)
    if src is not None and where.line:
        start = src.lines[where.line - 1]
        end = src.lines[where.line] if where.line < len(src.lines) else len(src.text)
        line = src.text[start:end]
        col = max(where.column - 1, 0)
        if "[" not in path.rsplit(".", 1)[-1]:
            # A 'key: value' line: look after the colon, never inside the key.
            colon = line.find(":", col)
            col = colon + 1 if colon >= 0 else col
        found = line.find(value, col)
        if found >= 0:
            offs = tuple(range(start + found, start + found + len(value) + 1))
            return Segment(path, value, mask(value), where.file, offs, where, src.lines)
        doubled = value.replace("'", "''")
        found = line.find("'" + doubled + "'", col)
        if "'" in value and found >= 0:
            offs_list = []
            pos = start + found + 1
            for ch in value:
                offs_list.append(pos)
                pos += 2 if ch == "'" else 1
            offs_list.append(pos)
            return Segment(path, value, mask(value), where.file, tuple(offs_list), where,
                           src.lines)
    return Segment(path, value, mask(value), where.file, None, where)


def _body_segments(release: Release, src: SourceText) -> list[Segment]:
    name = release.where("").file
    out: list[Segment] = []
    text = src.text
    para_start: int | None = None
    in_fence = False
    line_index = src.body_line
    while line_index < len(src.lines):
        start = src.lines[line_index]
        end = src.lines[line_index + 1] if line_index + 1 < len(src.lines) else len(text)
        line = text[start:end]
        if start < src.body_start:
            line_index += 1
            continue
        if _FENCE.match(line):
            if para_start is not None:
                out.append(_body_segment(name, text, para_start, start, src))
                para_start = None
            in_fence = not in_fence
        elif in_fence:
            pass
        elif not line.strip():
            if para_start is not None:
                out.append(_body_segment(name, text, para_start, start, src))
                para_start = None
        elif para_start is None:
            para_start = start
        line_index += 1
    if para_start is not None and not in_fence:
        out.append(_body_segment(name, text, para_start, len(text), src))
    return out


def _body_segment(name: str, text: str, start: int, end: int, src: SourceText) -> Segment:
    raw = text[start:end].rstrip("\r\n")
    offs = tuple(range(start, start + len(raw) + 1))
    line = _bisect(src.lines, start)
    return Segment("body", raw, mask(raw, markdown=True), name, offs,
                   Location(name, line + 1, 1), src.lines)


# --- shared helpers ------------------------------------------------------------------

# Both tables in one: their keys are disjoint and neither maps to a key of the other, so
# one pass gives what two give (fold runs on every segment of every rule).
_FOLD = {**ARABIC_FOLD, **ARABIC_DIGITS}


def fold(text: str) -> str:
    """Length-preserving form for matching: Arabic letter variants and digits unified."""
    return text.translate(_FOLD)


def normalise(text: str) -> str:
    """Comparable form of a phrase: apostrophes, spaces and case unified (not length-safe)."""
    text = text.replace("’", "'").replace("ʼ", "'").replace("‘", "'")
    text = re.sub(r"[\s\u00a0\u202f]+", " ", text)
    return fold(text).strip().casefold()

