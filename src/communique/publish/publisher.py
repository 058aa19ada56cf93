"""`inv publish`: check, render in memory, then write one immutable version and its record.

Order matters for what a crash can leave: the version folder appears whole (versions.py),
then the ledger gains its entry, then the archive page and feeds are regenerated, then
the release's status becomes `published`. Everything runs under the project lock, so two
publishes of the same release never interleave: the second finds the first's version.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from communique.checks.engine import Checked
from communique.diagnostics import Diagnostic, Severity
from communique.model import Correction, Release
from communique.publish import bundle
from communique.publish.approval import ApprovalError, publishable_approval
from communique.publish.ledger import Entry, append_entry, read_ledger
from communique.read.approval_record import content_hash

# Rules that warn while drafting and stop a publish: what is sent cannot be taken back.
PUBLISH_ERRORS = ("W003", "W004", "D006", "D007")


class PublishRefused(Exception):
    """The release cannot be published as it stands; the message says why and what to do."""


@dataclass
class Plan:
    """What one publish will write, decided before anything is rendered."""

    slug: str
    version: int
    main: Release
    approval: object
    identity: str
    correction: Correction | None = None
    corrected: Entry | None = None
    embargo: dt.datetime | None = None
    releases: list[Release] = field(default_factory=list)


def communique_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("communique")
    except PackageNotFoundError:
        return "unknown"


def source_date(release_date: dt.date | None) -> dt.datetime:
    """The date written into the files: SOURCE_DATE_EPOCH when set, else the release's."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC)
    day = release_date or dt.date(2000, 1, 1)
    return dt.datetime.combine(day, dt.time(), tzinfo=dt.UTC)


def today(now: dt.datetime) -> dt.date:
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC).date()
    return now.date()


def identity_of(root: Path, release: Release) -> str:
    """What makes two publishes the same: the approved content, the pack, the institution."""
    templates = root / "templates"
    pack = bundle.tree_hash(templates / release.template, templates / "_base")
    institution = bundle.tree_hash(templates / "institutions" / release.institution)
    return bundle.sha256(f"{content_hash(release.folder)}|{pack}|{institution}".encode())


def plan_publish(root: Path, results: list[Checked], *, correction: str, embargoed: bool,
                 now: dt.datetime, existing: list[int]) -> Plan | str:
    """The version to write, or a sentence saying why nothing needs writing."""
    main = results[0].release
    slug = main.slug
    try:
        approval = publishable_approval(main, slug)
    except ApprovalError as problem:
        raise PublishRefused(str(problem)) from None
    embargo = main.embargo
    if embargo is not None and embargo.tzinfo is not None and now < embargo:
        if not embargoed:
            raise PublishRefused(
                f"releases/{slug}/release.md: the release is under embargo until "
                f"{main.fields.get('embargo') or embargo.isoformat()}; publishing now would "
                "hand it out before then. Wait, or hand it over as embargoed material with "
                "--embargoed (the files then say « SOUS EMBARGO jusqu'au … »).")
    elif embargoed:
        raise PublishRefused(f"releases/{slug}: --embargoed was given but no embargo is in "
                             "force (none set, or it has lifted); publish without it.")
    ledger = read_ledger(main.folder, f"releases/{slug}/published.yaml")
    identity = identity_of(root, main)
    last = ledger[-1] if ledger else None
    if last is not None and last.content == identity:
        return (f"nothing changed: version {last.version} of {slug} already holds this "
                f"approved content (build/published/{slug}/v{last.version}/).")
    if last is not None and not correction.strip():
        raise PublishRefused(
            f"{slug}: the content differs from the published version {last.version}; a "
            "published version is never replaced. Publish the change as a correction: "
            f"inv publish --release {slug} --correction \"what was wrong\".")
    if last is None and correction.strip():
        raise PublishRefused(f"{slug}: nothing has been published yet, so there is nothing "
                             "to correct; publish without --correction.")
    version = max([e.version for e in ledger] + existing + [0]) + 1
    fix = None
    if last is not None:
        fix = Correction(version=version, corrects=last.version, date=today(now),
                         reason=" ".join(correction.split()))
    releases = [dataclasses.replace(r.release, status="published", correction=fix)
                for r in results]
    return Plan(slug, version, main, approval, identity, fix, last,
                embargo if embargoed else None, releases)


def embargo_notice(embargo: dt.datetime) -> str:
    """« SOUS EMBARGO jusqu'au 7 novembre 2024 à 18:00 (UTC+01:00) »."""
    from communique.packs.date_format import format_long_date

    offset = embargo.strftime("%z")
    zone = f" (UTC{offset[:3]}:{offset[3:]})" if offset else ""
    return (f"SOUS EMBARGO jusqu'au {format_long_date(embargo.date(), 'fr')} à "
            f"{embargo:%H:%M}{zone}")


def refusals(results: list[Checked]) -> list[Diagnostic]:
    return [d for r in results for d in r.diagnostics if d.severity is Severity.ERROR]


def content_of(release: Release) -> dict:
    """The fields and text of one language version, as attached to its PDF and diffed."""
    fields = {k: v for k, v in release.fields.items()
              if k != "status" and not k.startswith("approval")}
    return {"fields": dict(sorted(fields.items())),
            "body": "\n\n".join(block.text for block in release.body)}


def fields_json(plan: Plan, release: Release) -> bytes:
    document = {"slug": plan.slug, "version": plan.version, "language": release.language,
                **content_of(release)}
    return (json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode()


def build_files(root: Path, plan: Plan, rendered: list, previous: dict | None) -> dict[str, bytes]:
    """Every file of the version folder: PDF/A and DOCX per language, manifest, ZIP, sums."""
    from communique.publish.corrections import changes
    from communique.publish.pdfa import to_pdfa

    main = plan.main
    when = source_date(plan.correction.date if plan.correction else main.date)
    stem = bundle.stem(main.date, main.institution, plan.slug, plan.version, plan.embargo)
    outputs: dict[str, bytes] = {}
    entries = []
    for item, release in zip(rendered, plan.releases, strict=True):
        pdf = to_pdfa(item.pdf, fields_json(plan, release), when, title=release.headline,
                      language=release.language)
        for kind, data in (("pdf", pdf), ("docx", item.docx)):
            name = bundle.file_name(stem, release.language, kind)
            outputs[name] = data
            entries.append({"name": name, "language": release.language, "kind": kind,
                            "size": len(data), "sha256": bundle.sha256(data)})
    article = main.folder / "article.txt"
    templates = root / "templates"
    manifest: dict = {
        "manifest_version": bundle.MANIFEST_VERSION,
        "slug": plan.slug, "version": plan.version,
        "date": main.date.isoformat() if main.date else "",
        "institution": main.institution, "template": main.template,
        "language": main.language, "languages": [r.language for r in plan.releases],
        "headlines": {r.language: r.headline for r in plan.releases},
        "status": "published",
        "approval": {"by": plan.approval.by, "at": plan.approval.at,
                     "content": plan.approval.content},
        "embargo": None, "correction": None,
        "files": entries,
        "sources": {
            "article_sha256": bundle.sha256(article.read_bytes()) if article.is_file() else "",
            "template_pack_sha256": bundle.tree_hash(templates / main.template,
                                                     templates / "_base"),
            "institution_sha256": bundle.tree_hash(templates / "institutions" /
                                                   main.institution),
            "identity": plan.identity,
        },
        "communique_version": communique_version(),
        "zip": "",
    }
    if plan.embargo is not None:
        manifest["embargo"] = {"until": plan.embargo.isoformat(),
                               "notice": embargo_notice(plan.embargo)}
    if plan.correction is not None:
        after = {r.language: content_of(r) for r in plan.releases}
        manifest["correction"] = {
            "date": plan.correction.date.isoformat(), "reason": plan.correction.reason,
            "corrects": plan.correction.corrects,
            "corrects_manifest_sha256": plan.corrected.files.get(bundle.MANIFEST, ""),
            "changes": changes(previous, after) if previous is not None else
            "the corrected version's files are not in this archive; rebuild it to compare"}
    # The ZIP holds the manifest, so the manifest names the ZIP but cannot hold its hash;
    # SHA256SUMS and the ledger do.
    zip_name = f"{stem}.zip"
    manifest["zip"] = zip_name
    files = dict(outputs)
    files[bundle.MANIFEST] = bundle.manifest_bytes(manifest)
    comment = manifest["embargo"]["notice"] if plan.embargo else ""
    files[zip_name] = bundle.zip_bytes({**outputs, bundle.MANIFEST: files[bundle.MANIFEST]},
                                       when, comment)
    files[bundle.SUMS] = bundle.sums_bytes(files)
    return files


def previous_content(root: Path, slug: str, entry: Entry | None) -> dict | None:
    """The corrected version's content per language, read from its PDFs' attachments."""
    if entry is None:
        return None
    from communique.publish.pdfa import attached_fields
    from communique.publish.versions import release_archive

    folder = release_archive(root, slug) / f"v{entry.version}"
    content = {}
    for name in sorted(entry.files):
        path = folder / name
        if name.endswith(".pdf") and path.is_file():
            document = json.loads(attached_fields(path.read_bytes()))
            content[document["language"]] = {"fields": document["fields"],
                                             "body": document["body"]}
    return content or None


def commit_version(root: Path, plan: Plan, files: dict[str, bytes], now: dt.datetime) -> Path:
    """Write the version folder whole, then its ledger entry, then the archive pages."""
    from communique.publish.versions import write_version

    folder = write_version(root, plan.slug, plan.version, files)
    append_entry(plan.main.folder, Entry(
        version=plan.version, published_at=now.isoformat(timespec="seconds"),
        approved_by=plan.approval.by, approved_at=plan.approval.at, content=plan.identity,
        correction=plan.correction.reason if plan.correction else "",
        corrects=str(plan.correction.corrects) if plan.correction else "",
        corrects_sha256=plan.corrected.files.get(bundle.MANIFEST, "") if plan.corrected else "",
        embargo=plan.embargo.isoformat() if plan.embargo else "",
        folder=f"build/published/{plan.slug}/v{plan.version}",
        files={name: bundle.sha256(data) for name, data in sorted(files.items())}),
        f"releases/{plan.slug}/published.yaml")
    return folder


def adopt_unrecorded(root: Path, release: Release, now: dt.datetime) -> list[str]:
    """Record in the ledger a version folder a killed publish wrote but did not record.

    A folder under build/published/ is always whole (it appears by one rename), so one
    without a ledger entry is a publish stopped between the two steps: its files are
    recorded as they are, with their manifest's approval.
    """
    from communique.publish.versions import existing_versions, release_archive

    slug = release.slug
    recorded = {e.version for e in read_ledger(release.folder, f"releases/{slug}/published.yaml")}
    notes = []
    for version in existing_versions(root, slug):
        if version in recorded:
            continue
        folder = release_archive(root, slug) / f"v{version}"
        try:
            manifest = json.loads((folder / bundle.MANIFEST).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue  # reported by inv publish --verify
        correction = manifest.get("correction") or {}
        embargo = manifest.get("embargo") or {}
        append_entry(release.folder, Entry(
            version=version, published_at=now.isoformat(timespec="seconds"),
            approved_by=manifest.get("approval", {}).get("by", ""),
            approved_at=manifest.get("approval", {}).get("at", ""),
            content=manifest.get("sources", {}).get("identity", ""),
            correction=correction.get("reason", ""),
            corrects=str(correction.get("corrects", "")),
            corrects_sha256=correction.get("corrects_manifest_sha256", ""),
            embargo=embargo.get("until", ""), folder=f"build/published/{slug}/v{version}",
            files={p.name: bundle.sha256(p.read_bytes()) for p in sorted(folder.iterdir())}),
            f"releases/{slug}/published.yaml")
        notes.append(f"recorded build/published/{slug}/v{version}/ in the ledger (an "
                     "earlier publish was stopped before it could).")
    return notes


def refresh_archive(root: Path, release: Release) -> None:
    """The archive page and feeds from what is archived now; the release marked published."""
    from communique.fs import write_atomically
    from communique.publish.approval import with_workflow_lines
    from communique.publish.archive import archive_files
    from communique.publish.versions import published_root

    base = published_root(root)
    base.mkdir(parents=True, exist_ok=True)
    for name, data in archive_files(base).items():
        write_atomically(base / name, data, shown_as=f"build/published/{name}")
    if release.status != "published":
        source = release.source
        write_atomically(source, with_workflow_lines(source.read_text(encoding="utf-8"),
                                                     "published").encode(),
                         shown_as=f"releases/{release.slug}/{source.name}")
