"""`inv fix`: apply the French typography rules (Y…) to release files, in place.

Only field values and body text change; every other byte of the file (keys, indentation,
comments, quoting, line endings) is kept. Edits go through the character offsets the rules
located, the result is read back and must give the same fields and body shape, and the
file is replaced atomically (temporary file in the same folder, then `os.replace`), and
only if it still holds what the fixes were planned on: an edit saved meanwhile is kept.
"""

from __future__ import annotations

import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from communique.checks.rules.prose import segments
from communique.checks.rules.typography import typography_edits
from communique.errors import OutputError
from communique.fs import ChangedMeanwhile, content_hash, replace_if_unchanged
from communique.read.release import read_release, relative_name, release_files


@dataclass
class FixResult:
    path: Path
    changes: list[tuple[str, str]] = field(default_factory=list)  # (location, description)
    skipped: list[str] = field(default_factory=list)  # fields not fixable in place
    problem: str = ""
    new_text: str | None = None
    bom: bool = False
    read_hash: str = ""  # of the bytes the fixes were planned on


def plan_fixes(path: Path, root: Path | None = None) -> FixResult:
    """What `inv fix` would change in release file `path` (nothing is written)."""
    result = FixResult(path)
    read = read_release(path, root)
    release = read.release
    if release is None:
        result.problem = "the file cannot be read; run `inv check` and correct it first."
        return result
    if release.language != "fr":
        return result
    try:
        raw = path.read_bytes()
        result.read_hash = content_hash(raw)
        original = raw.decode("utf-8-sig")
        result.bom = raw.startswith(b"\xef\xbb\xbf")
    except (OSError, UnicodeDecodeError) as err:
        result.problem = f"cannot read the file ({err})."
        return result
    edits: list[tuple[int, int, str]] = []
    for segment in segments(release):
        found = typography_edits(segment)
        if not found:
            continue
        if not segment.exact:
            result.skipped.append(segment.path)
            continue
        for rule, edit in found:
            span = segment.span(edit.start, edit.end)
            if span is None:
                continue
            new = edit.new
            if span[1] - span[0] != edit.end - edit.start and "'" in original[span[0]:span[1]]:
                new = new.replace("'", "''")  # inside a single-quoted YAML scalar
            edits.append((span[0], span[1], new))
            result.changes.append((str(segment.location(edit.start)),
                                   f"{rule.code} {rule.describe(segment, edit)}"))
    if not edits:
        return result
    edits.sort()
    text = original
    last_start = len(text) + 1
    for start, end, new in sorted(edits, reverse=True):
        if end > last_start:
            continue  # overlapping edits: keep the first, the next run fixes the rest
        text = text[:start] + new + text[end:]
        last_start = start
    result.new_text = text
    return result


def _same_shape(path: Path, new_text: str, root: Path | None) -> str:
    """Read the fixed text back; '' when it gives the same fields and body shape."""
    before = read_release(path, root).release
    with tempfile.TemporaryDirectory() as tmp:
        # Same folder name as the original: the reader checks it is a valid slug.
        probe = Path(tmp) / path.parent.name / path.name
        probe.parent.mkdir()
        probe.write_text(new_text, encoding="utf-8")
        after_read = read_release(probe)
    after = after_read.release
    if after is None or after_read.diagnostics:
        return "the fixed file would not read back cleanly"
    if before is None or set(before.fields) != set(after.fields):
        return "the fixed file would change the fields"
    if [b.kind for b in before.body] != [b.kind for b in after.body]:
        return "the fixed file would change the body's structure"
    return ""


def fix_files(root: Path, folders: list[Path], *, check_only: bool = False,
              out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    """Fix (or with `check_only`, list) typography in every release file of `folders`.

    Returns 0 when nothing needed fixing or everything was fixed, 1 when `check_only`
    found something to fix or a file could not be fixed.
    """
    status = 0
    for folder in folders:
        for path in release_files(folder):
            name = relative_name(path, root)
            plan = plan_fixes(path, root)
            if plan.problem:
                print(f"{name}: {plan.problem}", file=err)
                status = 1
                continue
            for field_path in dict.fromkeys(plan.skipped):
                print(f"{name}: '{field_path}' is written over several lines or with "
                      "escapes; fix its typography by hand.", file=err)
            if plan.new_text is None:
                continue
            for where, what in plan.changes:
                print(f"{where}: {what}", file=out)
            if check_only:
                status = 1
                continue
            problem = _same_shape(path, plan.new_text, root)
            if problem:
                print(f"{name}: not fixed, {problem}; fix by hand.", file=err)
                status = 1
                continue
            try:
                replace_if_unchanged(path, (("\ufeff" if plan.bom else "") + plan.new_text)
                                     .encode("utf-8"), plan.read_hash, shown_as=name)
            except ChangedMeanwhile as problem:
                print(problem, file=err)
                status = 1
                continue
            except OutputError as problem:
                print(f"{problem} Nothing was changed in it.", file=err)
                status = 1
                continue
            print(f"fixed {name} ({len(plan.changes)} change(s))", file=out)
    return status
