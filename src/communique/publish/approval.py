"""Approving a release: the lines `inv approve` writes in release.md, and the gate that
lets only approved content be published (see read/approval_record.py for the hash)."""

from __future__ import annotations

import datetime as dt
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
