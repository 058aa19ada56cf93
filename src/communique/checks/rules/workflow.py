"""Workflow rules (W…): what must hold before a release goes out.

W001 keeps an approval honest: it covers the content that was approved, not what the
file says today. W003 and W004 catch an institution's details that were never made its
own: example addresses, « 00 00 00 » numbers, text copied from another institution. They
warn at `inv check` and `inv build`; `inv publish` grades them as errors (publish.gates).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from communique.checks.rule import CheckContext, Rule
from communique.diagnostics import Diagnostic
from communique.model import RELEASED_STATUSES, Location
from communique.packs.manifest import PackError, list_institutions, load_institution
from communique.read.approval_record import content_hash, recorded_approval

MAIN_FILE = "release.md"

# Placeholder contact details, each with the kind of value it is found in.
PLACEHOLDERS = (
    ("email", re.compile(r"@(?:[\w-]+\.)*example\.[a-z]{2,}\b|@exemple\.", re.IGNORECASE),
     "an example e-mail domain"),
    ("website", re.compile(r"^(?:https?://)?(?:[\w-]+\.)*(?:example|exemple)\.[a-z]{2,}",
                           re.IGNORECASE), "an example web address"),
    ("phone", re.compile(r"\b00[\s.\u00a0-]?00[\s.\u00a0-]?00\b"), "a « 00 00 00 » number"),
    ("address", re.compile(r"\b(?:de l'|de l’|des )?Exemples?\b|\bExample\b|المثال"),
     "an « Exemple » address"),
)
# Identity texts that are the institution's own; the same text in two institutions is a
# copy that was never rewritten.
OWN_TEXTS = ("name", "short_name", "about_title", "boilerplate", "address")


class ApprovalOutdated(Rule):
    """W001 approval-outdated: The release was approved, then its content changed.

    Why: An approval vouches for one text. Once a date, a title or a sentence changes,
    what would go out is not what was approved.

    Example:
        approval:
          by: "Nadia Bennani"
          content: "sha256:…"    ← then the headline was edited

    Fix: Have the release approved again: inv approve --release SLUG --by "NAME".
    """

    def check(self, ctx: CheckContext) -> Iterator[Diagnostic]:
        r = ctx.release
        if r.source.name != MAIN_FILE or r.status not in RELEASED_STATUSES:
            return
        approval = recorded_approval(r)
        if approval is None or approval.content == content_hash(r.folder):
            return
        yield self.problem(
            f"the content changed after {approval.by or 'the approver'} approved it "
            f"({approval.at or 'time not recorded'}); the approval no longer covers what "
            "would go out.", r.where("approval.content"),
            f"Review the changes, then approve again: inv approve --release {r.slug} "
            "--by \"NAME\".")


class ApprovalNotRecorded(Rule):
    """W002 approval-not-recorded: The status says approved, but no approval is recorded.

    Why: `status: approved` typed by hand says nothing of who approved what, or when. Its
    outputs keep the draft mark, and inv publish refuses it, until the approval is
    recorded.

    Example:
        status: approved     ← no `approval:` block (by, at, content) under it

    Fix: Have the release approved: inv approve --release SLUG --by "NAME".

    Severity: warning
    """

    def check(self, ctx: CheckContext) -> Iterator[Diagnostic]:
        r = ctx.release
        if r.source.name != MAIN_FILE or r.status not in RELEASED_STATUSES:
            return
        if recorded_approval(r) is not None:
            return
        yield self.problem(
            f"the status says '{r.status}' but no approval is recorded (who, when, what); "
            "the PDF and DOCX keep the draft mark and the release cannot be published.",
            r.where("status"),
            f"Record the approval: inv approve --release {r.slug} --by \"NAME\".")


class PlaceholderContact(Rule):
    """W003 placeholder-contact: A contact detail is a placeholder (example.* address,
    00 00 00, « Exemple »).

    Why: Journalists call the number and write to the address on a release; a placeholder
    sent out makes the institution unreachable and looks careless. An error at
    inv publish.

    Example:
        phone: "+212 5 37 00 00 00"
        email: presse@example.ma

    Fix: Write the press office's own details (institution.yaml or the release's contacts).

    Severity: warning
    """

    def check(self, ctx: CheckContext) -> Iterator[Diagnostic]:
        r = ctx.release
        for path, value in sorted(r.fields.items()):
            if path.startswith("contacts["):
                yield from self._scan(path, value, r.where(path))
        institution = ctx.institution
        if institution is None or r.source.name != MAIN_FILE:
            return  # institution details: reported once, with the main release
        for path, value in _flat(institution.values):
            top = path.split(".")[0].split("[")[0]
            if top in ("press_contacts", "address", "website"):
                where = institution.locations.get(path) or Location(str(institution.source))
                yield from self._scan(path, value, where)

    def _scan(self, path: str, value: str, where: Location) -> Iterator[Diagnostic]:
        leaf = path.split(".")[-1].split("[")[0]
        for kind, pattern, what in PLACEHOLDERS:
            if (kind == leaf or (kind == "address" and path.startswith("address"))) \
                    and pattern.search(value):
                yield self.problem(f"'{path}' is {what} (« {value} »).", where)


class CopiedInstitutionText(Rule):
    """W004 copied-institution-text: An institution's name, address or boilerplate is
    another institution's.

    Why: A folder started from another institution (inv institution-new --from) keeps
    its texts until they are rewritten; a release would present one institution with
    another's « À propos ». An error at inv publish.

    Example: boilerplate: (the DGSN's text, in templates/institutions/new-office/)

    Fix: Rewrite the text in the institution's own words (institution.yaml).

    Severity: warning
    """

    def check(self, ctx: CheckContext) -> Iterator[Diagnostic]:
        mine = ctx.institution
        if mine is None or ctx.release.source.name != MAIN_FILE:
            return
        theirs: dict[str, str] = {}
        for other in list_institutions(ctx.root):
            if other == mine.id:
                continue
            try:
                values = load_institution(ctx.root, other).values
            except PackError:
                continue
            for _path, value in _flat({k: values.get(k) for k in OWN_TEXTS}):
                theirs.setdefault(_normal(value), other)
        for path, value in _flat({k: mine.values.get(k) for k in OWN_TEXTS}):
            source = theirs.get(_normal(value))
            if source and len(_normal(value)) >= 3:
                where = mine.locations.get(path) or Location(str(mine.source))
                yield self.problem(f"'{path}' is the same as in the institution '{source}' "
                                   f"(« {_short(value)} »).", where)


def _flat(value, path: str = "") -> list[tuple[str, str]]:
    if isinstance(value, dict):
        return [item for k, v in value.items()
                for item in _flat(v, f"{path}.{k}" if path else str(k))]
    if isinstance(value, list):
        return [item for i, v in enumerate(value) for item in _flat(v, f"{path}[{i}]")]
    if value is None or isinstance(value, bool):
        return []
    return [(path, str(value))]


def _normal(text: str) -> str:
    return " ".join(text.split()).casefold()


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


WORKFLOW_RULES = [ApprovalOutdated, ApprovalNotRecorded, PlaceholderContact, CopiedInstitutionText]
