"""`inv new`: a release folder drafted from an article, or an article re-extracted into one.

A new folder gets the article copied byte for byte, a drafted `release.md` and
`extracted.json` (what the extractor proposed). Re-extracting into an existing release
compares three values per field — in the release now, proposed last time, proposed now —
shows the differences, and writes only the fields the person names with `accept`; a field
the person has edited by hand is never overwritten.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from communique.draft.compose import (
    EXTRACTED_FILE,
    draft_body,
    draft_release_text,
    draft_values,
    slugify,
    unsure_values,
)
from communique.fs import content_hash, write_atomically
from communique.lock import project_lock
from communique.packs.manifest import PackError, list_institutions, load_pack
from communique.read.release import ARTICLE_FILE, is_safe_slug, read_release


class NewReleaseError(Exception):
    """A request `inv new` cannot carry out; `code` is the exit code (2 usage, 1 problem)."""

    def __init__(self, message: str, code: int = 2):
        super().__init__(message)
        self.code = code


@dataclass
class FieldChange:
    path: str
    current: str
    proposed: str
    edited_by_hand: bool


def read_article(path: Path):
    """The article as read (text, kind, publication date); a clear error when unusable."""
    from communique.extract.article_files import read_article_file

    try:
        return read_article_file(path)
    except ValueError as err:
        raise NewReleaseError(f"{err}.") from None


def original_name(path: Path) -> str:
    """Where the file as received is kept beside article.txt when it is not UTF-8 text."""
    return "article.original" + (path.suffix.lower() or ".bin")


def default_institution(root: Path) -> str:
    """The project's institution: [tool.communique] institution, or the only one there is."""
    import tomllib

    known = list_institutions(root)
    try:
        config = tomllib.loads((root / "pyproject.toml").read_text("utf-8"))
        chosen = config.get("tool", {}).get("communique", {}).get("institution", "")
    except (OSError, ValueError):
        chosen = ""
    if chosen:
        return chosen
    if len(known) == 1:
        return known[0]
    raise NewReleaseError("several institutions exist; name one with --institution "
                          f"({', '.join(known) or 'none'}) or set [tool.communique] "
                          "institution in pyproject.toml.")


def _extract(text: str, language: str, reference_date: str = "") -> dict:
    import datetime as dt

    from communique.extract import extract_article
    from communique.extract.article import ExtractError

    try:
        reference = dt.date.fromisoformat(reference_date) if reference_date else None
    except ValueError:
        raise NewReleaseError(f"--reference-date '{reference_date}' is not a date written "
                              "YYYY-MM-DD.") from None
    try:
        return extract_article(text, language, reference_date=reference).to_dict()
    except ExtractError as err:
        raise NewReleaseError(f"the article cannot be read: {err}.") from None


def _same_title(a: str, b: str) -> bool:
    def norm(text: str) -> str:
        return " ".join(text.replace("\u2019", "'").casefold().split())

    return norm(a) == norm(b)


def apply_registry(extraction: dict, root: Path) -> dict:
    """People the protocol registry knows get its name, honorific and official titles.

    The article may write « le Roi Mohammed VI » or an abbreviated title; the release must
    carry the forms protocol prescribes, so the draft takes them from the registry and
    says so in a note beside the value (with the article's own wording).
    """
    from communique.checks.rules.protocol import registered_person
    from communique.packs.protocol_registry import ProtocolError, load_registry

    try:
        registry = load_registry(root)
    except ProtocolError:
        return extraction  # `inv check` reports a broken registry (P007)
    if registry is None:
        return extraction
    language = extraction.get("language") or "fr"
    notes = dict(extraction.get("notes", {}))
    people = []
    for i, person in enumerate(extraction.get("people") or []):
        entry = registered_person(person.get("name", ""), registry)
        if entry is None:
            people.append(person)
            continue
        person = dict(person)
        official = entry.titles_in(language)
        written = person.get("titles") or []
        kept = [t for t in official if any(_same_title(t, w) for w in written)]
        titles = kept or list(official[:1])
        if entry.name_in(language) != person.get("name"):
            notes[f"people[{i}].name"] = (f"protocol registry spelling; the article writes "
                                          f"« {person.get('name')} »")
            person["name"] = entry.name_in(language)
        honorifics = entry.honorifics_in(language)
        if honorifics and person.get("honorific") not in honorifics:
            person["honorific"] = honorifics[0]
            notes[f"people[{i}].honorific"] = "protocol registry honorific"
        if titles != written:
            for j, _title in enumerate(titles):
                notes[f"people[{i}].titles[{j}]"] = (
                    "protocol registry title; the article writes « "
                    + " ; ".join(written) + " »" if written else "protocol registry title")
            person["titles"] = titles
        people.append(person)
    return {**extraction, "people": people, "notes": notes}


def new_release(root: Path, article: Path, *, template: str = "communique",
                institution: str = "", slug: str = "", language: str = "auto",
                accept: list[str] | None = None, reference_date: str = "",
                out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> Path:
    """Create `releases/<slug>/` from `article`, or re-extract into it when it exists."""
    if slug and not is_safe_slug(slug):  # refused before the (slow) extraction
        raise NewReleaseError(f"'{slug}' cannot name a release folder: use lower-case letters, "
                              "digits and hyphens (at most 80), not a name Windows reserves.")
    source = read_article(article)
    text = source.text
    # What article.txt holds: the file as received, or the text read from a page or document.
    stored = article.read_bytes() if source.verbatim else text.encode("utf-8")
    if not reference_date and source.published is not None:
        reference_date = source.published.isoformat()  # the page's date anchors « hier »
    try:
        pack = load_pack(root, template)
    except PackError as err:
        raise NewReleaseError(err.message) from None
    extraction = apply_registry(_extract(text, language, reference_date), root)
    headline = extraction.get("headline") or text[:120]
    slug = slug or slugify(headline)
    if not slug:
        shown = " ".join(headline.split())
        raise NewReleaseError(
            f"no folder name can be made from the headline « {shown[:80]}"
            f"{'…' if len(shown) > 80 else ''} » (no letter or digit a folder name can hold, "
            "or a first word longer than 60 letters); name the release folder with --slug, "
            "e.g. --slug visite-officielle-2024.")
    if not is_safe_slug(slug):
        raise NewReleaseError(f"'{slug}' cannot name a release folder: use lower-case letters, "
                              "digits and hyphens (at most 80), not a name Windows reserves.")
    folder = root / "releases" / slug
    with project_lock(root, "new", err=err):
        _refuse_another_article(folder, stored)
        if (folder / "release.md").exists():
            update_release(folder, extraction, accept or [], root, out)
            return folder
        return _create(root, folder, source, article, stored, extraction, pack, institution,
                       out)


def _refuse_another_article(folder: Path, raw: bytes) -> None:
    """A folder drafted from one article never takes another's facts (same slug)."""
    kept = folder / ARTICLE_FILE
    if not kept.is_file():
        return
    try:
        same = content_hash(kept.read_bytes()) == content_hash(raw)
    except OSError as err:
        raise NewReleaseError(f"releases/{folder.name}/{ARTICLE_FILE}: cannot read it "
                              f"({err.strerror}).", 1) from None
    if not same:
        raise NewReleaseError(
            f"releases/{folder.name}/ was drafted from another article (its {ARTICLE_FILE} "
            "differs from this one); nothing was written. Give this article its own folder "
            f"with --slug, e.g. --slug {folder.name[:70].rstrip('-')}-2.", 1)


def _create(root: Path, folder: Path, source, article: Path, stored: bytes, extraction: dict,
            pack, institution: str, out: TextIO) -> Path:
    slug, text = folder.name, source.text
    from communique.packs.manifest import load_institution

    institution = institution or default_institution(root)
    if institution not in list_institutions(root):
        raise NewReleaseError(f"there is no institution '{institution}' "
                              f"(known: {', '.join(list_institutions(root))}).")
    dateline = load_institution(root, institution).text("city", extraction.get("language"))
    release_text = draft_release_text(
        extraction, article=text, template=pack.name, institution=institution, dateline=dateline,
        body=draft_body(text, extraction.get("headline")))
    folder.mkdir(parents=True, exist_ok=True)
    # article.txt is the text the extractor read; a file that was not already that text
    # (a web page, a Word file, a PDF, another encoding) is kept as received beside it.
    write_atomically(folder / ARTICLE_FILE, stored)
    if not source.verbatim:
        write_atomically(folder / original_name(article), article.read_bytes())
    write_atomically(folder / EXTRACTED_FILE, _extracted_json(draft_values(extraction),
                                                              unsure_values(extraction)))
    write_atomically(folder / "release.md", release_text.encode("utf-8"))
    kept = "" if source.verbatim else f", {original_name(article)}"
    print(f"created releases/{slug}/ (release.md, {ARTICLE_FILE}{kept}, {EXTRACTED_FILE})",
          file=out)
    for note in source.notes:
        print(f"  {note}", file=out)
    for warning in extraction.get("warnings", ()):
        print(f"  warning: {warning}", file=out)
    if extraction.get("uncertain"):
        print(f"  to confirm (listed under 'confirm:' in release.md; inv check fails until "
              f"you delete each line): {', '.join(extraction['uncertain'])}", file=out)
    print(f"Review releases/{slug}/release.md (the source of each value is in a comment), "
          f"then run inv check --release {slug}.", file=out)
    return folder


def _extracted_json(values: dict[str, str], uncertain: dict[str, str] | None = None) -> bytes:
    record: dict = {"values": values}
    if uncertain:
        record["uncertain"] = uncertain  # what was drafted for each field under 'confirm:'
    return (json.dumps(record, ensure_ascii=False, indent=2) + "\n").encode()


def compare(current: dict[str, str], previous: dict[str, str] | None,
            proposed: dict[str, str]) -> list[FieldChange]:
    """Fields where the new extraction differs from the release, and whose edit they are."""
    changes = []
    for path in sorted(set(proposed) | set(previous or {})):
        now, new = current.get(path, ""), proposed.get(path, "")
        if now == new:
            continue
        # Without a record of what was proposed, every value written is the person's.
        by_hand = bool(now) and (previous is None or previous.get(path, "") != now)
        changes.append(FieldChange(path, now, new, by_hand))
    return changes


def update_release(folder: Path, extraction: dict, accept: list[str], root: Path,
                   out: TextIO) -> None:
    try:
        read_hash = content_hash((folder / "release.md").read_bytes())
    except OSError as err:
        raise NewReleaseError(f"releases/{folder.name}/release.md: cannot read it "
                              f"({err.strerror}).", 1) from None
    result = read_release(folder / "release.md", root)
    if result.release is None:
        problem = result.diagnostics[0]
        raise NewReleaseError(f"{problem.location}: {problem.message} Fix the release file "
                              "before re-extracting into it.", 1)
    record = folder / EXTRACTED_FILE
    previous = None
    unsure: dict[str, str] = {}
    if record.is_file():
        try:
            data = json.loads(record.read_text("utf-8"))
            previous = data.get("values", {})
            unsure = dict(data.get("uncertain") or {})
        except (ValueError, UnicodeDecodeError, AttributeError):
            previous = None
    proposed = draft_values(extraction)
    changes = compare(result.release.fields, previous, proposed)
    unknown = [p for p in accept if p not in {c.path for c in changes}]
    if unknown:
        raise NewReleaseError(f"nothing to accept for {', '.join(unknown)} (fields that differ: "
                              f"{', '.join(c.path for c in changes) or 'none'}).")
    refused = [c.path for c in changes if c.path in accept and c.edited_by_hand]
    if refused:
        raise NewReleaseError(f"{', '.join(refused)} were edited by hand in "
                              f"{folder.name}/release.md and are never overwritten; edit them "
                              "yourself if the new value is right.", 1)
    if not changes:
        print(f"releases/{folder.name}: the release already has every extracted value.",
              file=out)
        return
    print(f"releases/{folder.name}: the new extraction differs on {len(changes)} field(s):",
          file=out)
    for c in changes:
        state = "edited by hand, kept" if c.edited_by_hand else (
            "accepted" if c.path in accept else f"to take it: --accept {c.path}")
        print(f"  {c.path}: release has {c.current or '(empty)'!r}; article gives "
              f"{c.proposed or '(nothing)'!r} [{state}]", file=out)
    chosen = [c for c in changes if c.path in accept]
    if not chosen:
        print("Nothing was written.", file=out)
        return
    from communique.draft.edit import set_fields

    set_fields(folder / "release.md", {c.path: c.proposed for c in chosen}, read_hash=read_hash,
               shown_as=f"releases/{folder.name}/release.md")
    merged = dict(previous or {})
    merged.update({c.path: c.proposed for c in chosen})
    write_atomically(record, _extracted_json(merged, unsure))
    print(f"Wrote {len(chosen)} field(s) to releases/{folder.name}/release.md.", file=out)
