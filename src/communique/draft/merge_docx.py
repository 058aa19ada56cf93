"""Bring a colleague's edits of a DOCX back into the release file (inv merge-docx).

The DOCX communique built carries its build record (writers/docx_record.py): the release
file's SHA-256 at build time and, for each field it shows, the text shown, wrapped in a
bookmark. Reading the edited DOCX gives each field's text now; a word-by-word diff
against the recorded text is what the colleague changed. It is a three-way merge:

- base: the text recorded in the DOCX (the release when it was built);
- theirs: the text in the edited DOCX;
- ours: the field in the release file now.

When the release file is byte for byte the one the DOCX was built from, every change is
written. When it changed since, a field changed in the DOCX is written only if it still
shows what the DOCX was built from; otherwise it is a conflict, listed, never written.
Tracked changes (w:ins, w:del) are shown and applied only when accepted; comments are
listed with the field they are on. The file is replaced only if it did not change
between reading it and writing it (compare and swap).
"""

from __future__ import annotations

import hashlib
import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from diff_match_patch import diff_match_patch
from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn

from communique.draft.edit import with_fields
from communique.fs import ChangedMeanwhile, replace_if_unchanged
from communique.read.front_matter import split_front_matter
from communique.read.release import read_release
from communique.writers.docx_record import BOOKMARK_PREFIX, BuildRecord, read_record

MAX_DOCX_BYTES = 50 * 1024 * 1024
_BODY = re.compile(r"^body\[(\d+)\]$")
_TOKEN = re.compile(r"\s+|\w+|[^\w\s]")


class MergeRefused(Exception):
    """A DOCX that cannot be merged; the message says why, for a press officer."""


@dataclass
class FieldText:
    """A field's text in the edited DOCX: as it stands without the tracked changes
    (`original`), with them accepted (`accepted`), and the changes themselves."""

    original: str = ""
    accepted: str = ""
    insertions: list[str] = field(default_factory=list)
    deletions: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Comment:
    author: str
    text: str
    path: str  # the field it is on, "" when on none


@dataclass(frozen=True)
class FieldChange:
    path: str
    before: str
    after: str
    diff: str           # word by word: [-removed-]{+added+}
    tracked: bool       # the change comes from accepted tracked changes
    status: str         # "written", "conflict", "unplaced", "tracked-not-accepted"
    reason: str = ""


@dataclass
class MergeReport:
    release_file: Path
    same_build: bool
    changes: list[FieldChange] = field(default_factory=list)
    comments: list[Comment] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)   # fields deleted from the DOCX
    written: bool = False


def read_edited_docx(path: Path) -> tuple[BuildRecord, dict[str, FieldText], list[Comment]]:
    """The build record, the text of each recorded field, and the comments of a DOCX."""
    try:
        data = path.read_bytes()
    except OSError as err:
        raise MergeRefused(f"{path}: cannot read the file ({err.strerror}).") from None
    if len(data) > MAX_DOCX_BYTES or not zipfile.is_zipfile(io.BytesIO(data)):
        raise MergeRefused(f"{path}: not a Word document (.docx).")
    try:
        doc = Document(io.BytesIO(data))
    except Exception:  # noqa: BLE001 - any unreadable package gets the same answer
        raise MergeRefused(f"{path}: not a readable Word document (.docx).") from None
    record = read_record(doc)
    if record is None:
        raise MergeRefused(f"{path}: this document was not built by communique (it has no "
                           "build record); its edits cannot be matched to release fields. "
                           "Copy them into release.md by hand.")
    keys = {f.key: f.path for f in record.fields}
    texts, anchors = _field_texts(doc.element.body, keys)
    return record, texts, _comments(doc, anchors)


def _field_texts(body, keys: dict[str, str]):
    """Walk the body once, in order: the text inside each cq_ bookmark, with and
    without its tracked changes, and the field each comment starts in."""
    open_ids: dict[str, str] = {}
    texts: dict[str, FieldText] = {}
    anchors: dict[str, str] = {}
    for element in body.iter():
        tag = element.tag
        if tag == qn("w:bookmarkStart"):
            name = element.get(qn("w:name"), "")
            if name.startswith(BOOKMARK_PREFIX) and name in keys:
                open_ids[element.get(qn("w:id"))] = keys[name]
                texts.setdefault(keys[name], FieldText())
        elif tag == qn("w:bookmarkEnd"):
            open_ids.pop(element.get(qn("w:id")), None)
        elif tag == qn("w:commentRangeStart") and open_ids:
            anchors[element.get(qn("w:id"))] = next(iter(open_ids.values()))
        elif tag in (qn("w:t"), qn("w:delText")) and open_ids:
            text = element.text or ""
            inserted = _inside(element, "w:ins")
            deleted = tag == qn("w:delText") or _inside(element, "w:del")
            for path in open_ids.values():
                current = texts[path]
                if not inserted:
                    current.original += text
                if not deleted:
                    current.accepted += text
                if inserted:
                    current.insertions.append(text)
                if deleted:
                    current.deletions.append(text)
    return texts, anchors


def _inside(element, tag: str) -> bool:
    parent = element.getparent()
    while parent is not None:
        if parent.tag == qn(tag):
            return True
        parent = parent.getparent()
    return False


def _comments(doc, anchors: dict[str, str]) -> list[Comment]:
    found = []
    for rel in doc.part.rels.values():
        if rel.reltype != RT.COMMENTS or rel.is_external:
            continue
        from lxml import etree

        root = etree.fromstring(rel.target_part.blob,
                                etree.XMLParser(resolve_entities=False, no_network=True))
        for comment in root.iter(qn("w:comment")):
            text = " ".join("".join(t.text or "" for t in p.iter(qn("w:t")))
                            for p in comment.iter(qn("w:p"))).strip()
            found.append(Comment(comment.get(qn("w:author"), ""), text,
                                 anchors.get(comment.get(qn("w:id")), "")))
    return found


def word_diff(before: str, after: str) -> str:
    """A word-by-word diff: unchanged words as they are, [-removed-] and {+added+}."""
    dmp = diff_match_patch()
    tokens: dict[str, str] = {}

    def encode(text: str) -> str:
        return "".join(tokens.setdefault(t, chr(0xE000 + len(tokens)))
                       for t in _TOKEN.findall(text))

    a, b = encode(before), encode(after)
    back = {v: k for k, v in tokens.items()}
    out = []
    for op, chars in dmp.diff_main(a, b, False):
        text = "".join(back[c] for c in chars)
        out.append(text if op == 0 else f"[-{text}-]" if op < 0 else f"{{+{text}+}}")
    return "".join(out)


def shown_text(release, path: str) -> str | None:
    """What the DOCX writer shows for field `path` of `release` (None: no such field)."""
    match = _BODY.match(path)
    try:
        if path in ("headline", "subheadline"):
            return getattr(release, path)
        if match:
            return release.body[int(match.group(1))].text
        quote = re.fullmatch(r"quotes\[(\d+)\]\.text", path)
        if quote:
            return release.quotes[int(quote.group(1))].text
        title = re.fullmatch(r"people\[(\d+)\]\.titles\[(\d+)\]", path)
        if title:
            return release.people[int(title.group(1))].titles[int(title.group(2))]
    except IndexError:
        return None
    return None


def merge_docx(release_folder: Path, docx_path: Path, *, accept_changes: bool = False,
               root: Path | None = None, write: bool = True) -> MergeReport:
    """Compare an edited DOCX with its release; write what can be written safely."""
    record, texts, comments = read_edited_docx(docx_path)
    if record.slug != release_folder.name:
        raise MergeRefused(f"{docx_path}: this document was built from the release "
                           f"'{record.slug}', not '{release_folder.name}'; run "
                           f"inv merge-docx --release {record.slug} {docx_path.name}.")
    source = release_folder / record.release
    if not re.fullmatch(r"release(\.[a-z]{2})?\.md", record.release) or not source.is_file():
        raise MergeRefused(f"{docx_path}: it was built from {record.release}, which is not "
                           f"in {release_folder}.")
    raw = source.read_bytes()
    sha = hashlib.sha256(raw).hexdigest()
    current = read_release(source, root).release
    if current is None:
        raise MergeRefused(f"{source}: the release file cannot be read now; run inv check "
                           f"--release {release_folder.name} and fix it first.")
    report = MergeReport(source, same_build=sha == record.sha256, comments=comments)
    values: dict[str, str] = {}
    body_edits: dict[int, tuple[str, str]] = {}
    for recorded in record.fields:
        text = texts.get(recorded.path)
        if text is None:
            report.missing.append(recorded.path)
            continue
        has_tracked = bool(text.insertions or text.deletions)
        after = text.accepted if accept_changes else text.original
        if has_tracked and not accept_changes and text.accepted != text.original:
            report.changes.append(FieldChange(
                recorded.path, text.original, text.accepted,
                word_diff(text.original, text.accepted), True, "tracked-not-accepted",
                "tracked changes, applied only with --accept-changes"))
        if after == recorded.shown:
            continue
        diff = word_diff(recorded.shown, after)
        ours = shown_text(current, recorded.path)
        if not report.same_build and ours != recorded.shown:
            report.changes.append(FieldChange(
                recorded.path, recorded.shown, after, diff, has_tracked, "conflict",
                "also changed in the release file since the DOCX was built"))
            continue
        match = _BODY.match(recorded.path)
        if match:
            index = int(match.group(1))
            body_edits[index] = (recorded.shown, after)
        else:
            values[recorded.path] = after
        report.changes.append(FieldChange(recorded.path, recorded.shown, after, diff,
                                          has_tracked and accept_changes, "written"))
    text = raw.decode("utf-8-sig")
    body, unplaced = _edited_body(text, current, body_edits)
    for change in report.changes:
        if change.path in unplaced and change.status == "written":
            report.changes[report.changes.index(change)] = FieldChange(
                change.path, change.before, change.after, change.diff, change.tracked,
                "unplaced", "the paragraph's Markdown could not take the edit")
    values = {k: v for k, v in values.items() if k not in unplaced}
    if write and (values or body is not None):
        new_text = with_fields(text, values, str(source), body=body)
        try:
            replace_if_unchanged(source, new_text.encode(), sha)
        except ChangedMeanwhile:
            raise MergeRefused(f"{source} changed while the edits were being merged; "
                               "nothing was written. Run inv merge-docx again.") from None
        report.written = True
    return report


def _edited_body(text: str, release, edits: dict[int, tuple[str, str]]):
    """The body text with each edited paragraph's Markdown changed, and the paths of the
    edits that could not be placed. None when there is nothing to change."""
    if not edits:
        return None, set()
    parts = split_front_matter(text)
    _, body, first_line = parts
    lines = body.splitlines(keepends=True)
    dmp = diff_match_patch()
    unplaced = set()
    replaced: list[tuple[int, int, str]] = []
    for index, (before, after) in sorted(edits.items()):
        block = release.body[index]
        if block.location is None or block.location.line is None:
            unplaced.add(f"body[{index}]")
            continue
        start = block.location.line - 1 - first_line
        end = start
        while end < len(lines) and lines[end].strip():
            end += 1
        source = "".join(lines[start:end])
        ending = source[len(source.rstrip("\n")):]
        source = source.rstrip("\n")
        if source == before:
            new = after
        else:
            new, applied = dmp.patch_apply(dmp.patch_make(before, after), source)
            if not all(applied):
                unplaced.add(f"body[{index}]")
                continue
        replaced.append((start, end, new + (ending or "\n")))
    for start, end, new in sorted(replaced, reverse=True):
        lines[start:end] = [new]
    return ("".join(lines) if replaced else None), unplaced


def report_lines(report: MergeReport, name: str) -> list[str]:
    """The report a press officer reads: each changed field word by word, conflicts,
    tracked changes left aside, comments, and what was written."""
    lines = [f"{name}: " + ("built from this very file" if report.same_build else
                            "the release file changed since this DOCX was built; fields "
                            "changed on both sides are listed, not written")]
    labels = {"written": "changed", "conflict": "CONFLICT", "unplaced": "NOT PLACED",
              "tracked-not-accepted": "tracked changes"}
    for change in report.changes:
        reason = f" ({change.reason})" if change.reason else ""
        lines.append(f"  {labels[change.status]} {change.path}{reason}:")
        lines.append(f"    {change.diff}")
    for path in report.missing:
        lines.append(f"  removed from the DOCX: {path} (left as it is in the release file)")
    for comment in report.comments:
        where = f" on {comment.path}" if comment.path else ""
        lines.append(f"  comment by {comment.author or 'someone'}{where}: {comment.text}")
    written = [c.path for c in report.changes if c.status == "written"]
    if report.written:
        lines.append(f"wrote {len(written)} field(s) into {name}: {', '.join(written)}")
    elif not written:
        lines.append("nothing to write")
    return lines
