"""Approving a release: the lines `inv approve` writes in release.md, and the gate that
lets only approved content be published (see read/approval_record.py for the hash)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from communique.model import RELEASED_STATUSES, Release
from communique.read.approval_record import content_hash, recorded_approval


class ApprovalError(Exception):
    """A release that cannot be approved or published as it stands."""


def approval_values(folder: Path, by: str, now: dt.datetime) -> dict[str, str]:
    """The lines `inv approve` writes in release.md."""
    if not by.strip():
        raise ApprovalError("say who approves with --by \"First Last\".")
    return {"status": "approved", "approval.by": by.strip(),
            "approval.at": now.isoformat(timespec="seconds"),
            "approval.content": content_hash(folder)}


def publishable_approval(release: Release, slug: str):
    """The approval that lets `release` be published, or ApprovalError saying what is
    missing: only an approved release whose content is still the approved one goes out."""
    if release.status not in RELEASED_STATUSES:
        raise ApprovalError(
            f"releases/{slug}/release.md: status is '{release.status}'; only an approved "
            f"release is published. Have it approved: inv approve --release {slug} "
            "--by \"NAME\".")
    approval = recorded_approval(release)
    if approval is None:
        raise ApprovalError(
            f"releases/{slug}/release.md: status says approved but no approval is recorded "
            f"(who, when, what). Record it: inv approve --release {slug} --by \"NAME\".")
    if approval.content != content_hash(release.folder):
        raise ApprovalError(
            f"releases/{slug}: the content changed after {approval.by} approved it "
            f"({approval.at}); approve it again: inv approve --release {slug} --by \"NAME\".")
    return approval


def with_workflow_lines(text: str, status: str, approval: dict[str, str] | None = None) -> str:
    """`text` (a release file) with its `status:` line and, when given, its `approval:`
    block replaced; every other line (comments, indentation, quoting) kept byte for byte.

    The round-trip YAML editor re-indents lists when it writes a file back; approving must
    change only the lines it owns.
    """
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != "---":
        raise ApprovalError("the release file does not start with its fields between '---'.")
    end = next((i for i in range(1, len(lines)) if lines[i].strip() == "---"), None)
    if end is None:
        raise ApprovalError("the release file's fields have no closing '---' line.")
    front = lines[1:end]
    status_line = f"status: {status}\n"
    at = next((i for i, line in enumerate(front) if line.startswith("status:")), None)
    if at is None:
        front.insert(0, status_line)
    else:
        comment = re.search(r"\s+#.*$", front[at].rstrip("\n"))
        front[at] = status_line if comment is None else \
            f"status: {status}{comment.group()}\n"
    if approval is not None:
        start = next((i for i, line in enumerate(front) if line.startswith("approval:")), None)
        block = ["approval:\n"] + [f"  {key}: {_quoted(value)}\n" for key, value in
                                   approval.items()]
        if start is None:
            if front and not front[-1].endswith("\n"):
                front[-1] += "\n"
            front.extend(block)
        else:
            stop = start + 1
            while stop < len(front) and (front[stop].startswith((" ", "\t"))
                                         or not front[stop].strip()):
                stop += 1
            front[start:stop] = block
    return "".join([lines[0], *front, *lines[end:]])


def _quoted(value: str) -> str:
    import json

    return json.dumps(value, ensure_ascii=False)
