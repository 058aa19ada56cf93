"""What an approval covers: a hash of a release's content, and the approval recorded in it.

`inv approve` writes, in `release.md`, the approver, the time and a hash of the content a
reader would receive: every release file's fields and body (all language versions) and the
source article. Status and the approval itself are left out of the hash, and so are
comments and layout: re-indenting a list or adding a note does not withdraw an approval,
changing a title or a sentence does. Checks (W001) and publishing both read it here.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from communique.model import Release
from communique.read.front_matter import split_front_matter
from communique.read.release import ARTICLE_FILE, release_files
from communique.read.safe_yaml import YamlProblem, read_yaml

# Fields that record the workflow, not the content approved.
WORKFLOW_FIELDS = ("status", "approval")


@dataclass(frozen=True)
class Approval:
    by: str
    at: str
    content: str


def recorded_approval(release: Release) -> Approval | None:
    """The approval written in the release file, or None when there is none."""
    fields = release.fields
    content = fields.get("approval.content", "")
    if not content:
        return None
    return Approval(fields.get("approval.by", ""), fields.get("approval.at", ""), content)


def approval_in_force(release: Release) -> Approval | None:
    """The approval that covers `release` as it stands: its status says approved (or
    published), an approval is recorded, and the content is still the one approved.

    Only then may an output go out without the draft mark: a `status: approved` typed by
    hand, or an approval the content has since moved away from, vouches for nothing.
    """
    from communique.model import RELEASED_STATUSES

    if release.status not in RELEASED_STATUSES:
        return None
    approval = recorded_approval(release)
    if approval is None or approval.content != content_hash(release.folder):
        return None
    return approval


def content_hash(folder: Path) -> str:
    """`sha256:…` of what the release says: fields and body of every release file, and the
    article, independent of comments, key order and YAML layout."""
    document: dict[str, object] = {}
    for path in release_files(folder):
        document[path.name] = _content_of(path)
    article = folder / ARTICLE_FILE
    document[ARTICLE_FILE] = (hashlib.sha256(article.read_bytes()).hexdigest()
                              if article.is_file() else "")
    canonical = json.dumps(document, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return "sha256:" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _content_of(path: Path) -> dict:
    text = path.read_bytes().decode("utf-8-sig")
    parts = split_front_matter(text)
    if parts is None:
        return {"text": text}
    front, body, _ = parts
    try:
        tree, _locations = read_yaml(front, path.name, line_offset=1)
    except YamlProblem:
        return {"front": front, "body": body}
    if isinstance(tree, dict):
        tree = {k: v for k, v in tree.items() if k not in WORKFLOW_FIELDS}
    # Trailing spaces and blank lines at the end never reach a reader.
    return {"fields": tree, "body": "\n".join(line.rstrip() for line in body.splitlines())
            .strip()}
