"""Find and read release folders.

A release folder `releases/<slug>/` holds the source article exactly as received
(`article.txt`) and the release file a person edits (`release.md`: YAML front matter
with the fields, then the body in Markdown). A version in another language sits beside it
as `release.<lang>.md` and shares the article.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from communique.diagnostics import Diagnostic, Severity
from communique.model import (
    XML_INVALID,
    Cleaned,
    Contact,
    Location,
    Person,
    Quote,
    Release,
    Venue,
    drop_invalid_characters,
)
from communique.read.body import read_body
from communique.read.encoding import likely_encoding, not_utf8_message, utf8_fix
from communique.read.folders import (  # noqa: F401 - where callers have always found them
    RELEASE_FILE,
    find_releases,
    is_release_folder,
    release_files,
)
from communique.read.front_matter import relative_name, split_front_matter
from communique.read.language_versions import inherit_shared_fields
from communique.read.safe_yaml import YamlProblem, read_yaml

ARTICLE_FILE = "article.txt"
SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{0,79}$")
# Names Windows reserves whatever the case or extension; a release shared on a Windows
# drive under one of them cannot be opened.
_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9]|lpt[0-9])(-|$)")


def is_safe_slug(slug: str) -> bool:
    """Safe as a folder and file name on Linux, macOS and Windows alike."""
    return bool(SLUG.match(slug)) and not _RESERVED.match(slug) and not slug.endswith("-")

# Text fields of the core schema; packs may declare more (kept raw in Release.fields).
TEXT_FIELDS = ("template", "institution", "language", "status", "dateline", "headline",
               "subheadline", "boilerplate")
DATE_FIELDS = ("date", "event_date")
VENUE_KEYS = ("event", "city", "country", "address")
# article_spelling: the article's spelling of a name the release corrects (rule A009).
PERSON_KEYS = ("name", "titles", "honorific", "role", "former_titles", "article_spelling")
QUOTE_KEYS = ("text", "by")
CONTACT_KEYS = ("name", "role", "phone", "email")
# confirm: the fields `inv new` was unsure of, until a person confirms them (rule F013).
# `approval` is written by `inv approve` (who, when, the hash of what was approved).
CORE_FIELDS = (*TEXT_FIELDS, *DATE_FIELDS, "venue", "people", "quotes", "contacts", "embargo",
               "confirm", "approval")


def clean_text(text: str) -> str:
    return drop_invalid_characters(unicodedata.normalize("NFC", text))


@dataclass
class ReadResult:
    release: Release | None
    diagnostics: list[Diagnostic] = field(default_factory=list)


def _problem(code: str, name: str, message: str, where: Location, fix: str = "") -> Diagnostic:
    return Diagnostic(code, name, Severity.ERROR, message, where, fix)


def read_release(path: Path, root: Path | None = None) -> ReadResult:
    """Read one release file into a Release, reporting every problem with its location."""
    name = relative_name(path, root)
    try:
        raw = path.read_bytes()
    except OSError as err:
        return ReadResult(None, [_problem("R006", "release-unreadable",
                                          f"cannot read the release file ({err.strerror}).",
                                          Location(name))])
    try:
        decoded = unicodedata.normalize("NFC", raw.decode("utf-8-sig"))
    except UnicodeDecodeError as err:
        line = raw.count(b"\n", 0, err.start) + 1
        return ReadResult(None, [_problem(
            "R006", "release-unreadable", not_utf8_message(raw, err, "the release file"),
            Location(name, line), utf8_fix(likely_encoding(raw)))])
    removed = _invalid_by_line(decoded)
    text = drop_invalid_characters(decoded)
    parts = split_front_matter(text)
    if parts is None:
        return ReadResult(None, [_problem(
            "R001", "yaml-malformed",
            "the release file does not start with a front matter block between '---' lines.",
            Location(name, 1), "Start the file with '---', the fields, then '---' and the body.")])
    yaml_text, body_text, body_start = parts
    try:
        tree, locations = read_yaml(yaml_text, name, line_offset=1)
    except YamlProblem as err:
        names = {"R001": "yaml-malformed", "R002": "duplicate-key", "R003": "yaml-tag-or-alias",
                 "R004": "wrong-shape"}
        return ReadResult(None, [_problem(err.code, names.get(err.code, "yaml-malformed"),
                                          err.message, err.location)])
    if not isinstance(tree, dict):
        return ReadResult(None, [_problem("R004", "wrong-shape",
                                          "the front matter must be a list of 'field: value'.",
                                          Location(name, 2))])
    locations[""] = Location(name, 1)
    tree, locations = inherit_shared_fields(path, tree, locations, root)
    lone: dict[str, list[str]] = {}
    tree = _drop_surrogates(tree, "", lone)
    escaped: dict[str, list[str]] = {}
    tree = _clean_tree(tree, "", escaped)
    cleaned = _cleaned_fields(removed, escaped, locations, body_start, name)
    result = _convert(path, name, tree, locations, body_text, body_start, root, cleaned)
    result.diagnostics[:0] = [_unencodable(field_path, chars, locations.get(field_path)
                                           or Location(name))
                              for field_path, chars in lone.items()]
    if result.release is not None:
        result = dataclasses.replace(result, release=dataclasses.replace(
            result.release, source_sha256=hashlib.sha256(raw).hexdigest()))
    return result


# Lone surrogates: a quoted YAML value can write them as escapes ("\uD800"); no UTF-8 file,
# PDF or DOCX can hold them, and every writer would fail on them.
_SURROGATE = re.compile("[\ud800-\udfff]")


def _visible(text: str) -> str:
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04X}", text)


def _drop_surrogates(value, path: str, found: dict[str, list[str]]):
    """The YAML tree without lone surrogates (in values and in keys), each kept in `found`."""
    if isinstance(value, dict):
        out = {}
        for key, item in value.items():
            shown = _visible(key) if isinstance(key, str) else key
            if shown != key:
                found.setdefault(f"{path}.{shown}" if path else shown, []).extend(
                    _SURROGATE.findall(key))
            out[_SURROGATE.sub("", key) if isinstance(key, str) else key] = _drop_surrogates(
                item, f"{path}.{shown}" if path else str(shown), found)
        return out
    if isinstance(value, list):
        return [_drop_surrogates(v, f"{path}[{i}]", found) for i, v in enumerate(value)]
    if isinstance(value, str) and _SURROGATE.search(value):
        found.setdefault(path, []).extend(_SURROGATE.findall(value))
        return _SURROGATE.sub("", value)
    return value


def _unencodable(path: str, chars: list[str], where: Location) -> Diagnostic:
    codes = ", ".join(dict.fromkeys(f"U+{ord(c):04X}" for c in chars))
    return _problem("S005", "unencodable-character",
                    f"'{path}' holds {codes}, half of a character pair (a lone surrogate, "
                    "written as an escape) that no PDF, DOCX or text file can hold.", where,
                    "Retype the value at the line given, without the \\u escape.")


def _invalid_by_line(text: str) -> dict[int, list[str]]:
    """XML-invalid characters written in `text`, by line (1-based)."""
    found: dict[int, list[str]] = {}
    for match in XML_INVALID.finditer(text):
        found.setdefault(text.count("\n", 0, match.start()) + 1, []).append(match.group())
    return found


def _clean_tree(value, path: str, found: dict[str, list[str]]):
    """The YAML tree with every value NFC and without XML-invalid characters.

    They can still be there after the text was cleaned: a quoted YAML value may write
    them as escapes (backslash-v, backslash-x00, backslash-uFFFE). Removed characters are
    kept in `found`.
    """
    if isinstance(value, dict):
        return {k: _clean_tree(v, f"{path}.{k}" if path else k, found) for k, v in value.items()}
    if isinstance(value, list):
        return [_clean_tree(v, f"{path}[{i}]", found) for i, v in enumerate(value)]
    if isinstance(value, str):
        bad = XML_INVALID.findall(value)
        if bad:
            found.setdefault(path, []).extend(bad)
        return clean_text(value)
    return value


def _cleaned_fields(removed: dict[int, list[str]], escaped: dict[str, list[str]],
                    locations: dict[str, Location], body_start: int,
                    name: str) -> tuple[Cleaned, ...]:
    """Which field each removed character belonged to: the field written last on or
    before its line (the body after the front matter)."""
    written = sorted((loc.line, loc.column, len(p), p) for p, loc in locations.items() if p)
    out: dict[str, tuple[Location, list[str]]] = {}
    for line, chars in sorted(removed.items()):
        if line > body_start:
            path = "body"
        else:
            before = [w for w in written if w[0] <= line]
            path = before[-1][3] if before else "front matter"
        out.setdefault(path, (Location(name, line), []))[1].extend(chars)
    for path, chars in escaped.items():
        out.setdefault(path, (locations.get(path, Location(name)), []))[1].extend(chars)
    return tuple(sorted((Cleaned(p, where, tuple(chars)) for p, (where, chars) in out.items()),
                        key=lambda c: (c.location.line, c.path)))


def _convert(path: Path, name: str, tree: dict, locations: dict[str, Location],
             body_text: str, body_start: int, root: Path | None,
             cleaned: tuple[Cleaned, ...] = ()) -> ReadResult:
    problems: list[Diagnostic] = []
    flat: dict[str, str] = {}
    _flatten(tree, "", flat)

    def text_of(value, key: str) -> str:
        if isinstance(value, str):
            return value.strip()
        if value is None:
            return ""
        problems.append(_problem("R004", "wrong-shape", f"'{key}' must be a single text value.",
                                 locations.get(key, Location(name)),
                                 f"Write '{key}: <text>' on one line."))
        return ""

    def list_of(value, key: str) -> list:
        if value in (None, ""):
            return []
        if isinstance(value, list):
            return value
        if isinstance(value, str):
            return [value]
        problems.append(_problem("R004", "wrong-shape", f"'{key}' must be a list.",
                                 locations.get(key, Location(name)),
                                 f"Write each entry of '{key}' on its own '- ' line."))
        return []

    def mapping_of(value, key: str, keys: tuple[str, ...]) -> dict:
        if value in (None, ""):
            return {}
        if not isinstance(value, dict):
            problems.append(_problem("R004", "wrong-shape",
                                     f"'{key}' must be a group of fields ({', '.join(keys)}).",
                                     locations.get(key, Location(name)),
                                     f"Indent the fields of '{key}' under it."))
            return {}
        for sub in value:
            if sub not in keys:
                problems.append(Diagnostic(
                    "R005", "unknown-subfield", Severity.ERROR,
                    f"'{key}' has no field '{sub}' (known: {', '.join(keys)}).",
                    locations.get(f"{key}.{sub}", Location(name)),
                    "Check the spelling of the field name."))
        return value

    values = {k: text_of(tree.get(k), k) for k in TEXT_FIELDS}
    dates = {k: _parse_date(flat.get(k, "")) for k in DATE_FIELDS}

    venue_raw = mapping_of(tree.get("venue"), "venue", VENUE_KEYS)
    venue = Venue(**{k: text_of(venue_raw.get(k), f"venue.{k}") for k in VENUE_KEYS})

    people = []
    for i, item in enumerate(list_of(tree.get("people"), "people")):
        key = f"people[{i}]"
        if isinstance(item, str):
            item = {"name": item}
        entry = mapping_of(item, key, PERSON_KEYS)
        people.append(Person(
            name=text_of(entry.get("name"), f"{key}.name"),
            titles=tuple(text_of(t, f"{key}.titles") for t in
                         list_of(entry.get("titles"), f"{key}.titles") if t),
            honorific=text_of(entry.get("honorific"), f"{key}.honorific"),
            role=text_of(entry.get("role"), f"{key}.role"),
            former_titles=tuple(text_of(t, f"{key}.former_titles") for t in
                                list_of(entry.get("former_titles"), f"{key}.former_titles")
                                if t),
        ))

    quotes = []
    for i, item in enumerate(list_of(tree.get("quotes"), "quotes")):
        entry = mapping_of(item, f"quotes[{i}]", QUOTE_KEYS)
        quotes.append(Quote(text_of(entry.get("text"), f"quotes[{i}].text"),
                            text_of(entry.get("by"), f"quotes[{i}].by")))

    contacts = []
    for i, item in enumerate(list_of(tree.get("contacts"), "contacts")):
        entry = mapping_of(item, f"contacts[{i}]", CONTACT_KEYS)
        contacts.append(Contact(**{k: text_of(entry.get(k), f"contacts[{i}].{k}")
                                   for k in CONTACT_KEYS}))

    embargo = _parse_datetime(flat.get("embargo", ""))
    folder = path.parent
    article_path = folder / ARTICLE_FILE
    article = ""
    if article_path.is_file():
        try:
            article_raw = article_path.read_bytes()
            article = clean_text(article_raw.decode("utf-8-sig"))
        except OSError:
            problems.append(Diagnostic(
                "R006", "release-unreadable", Severity.WARNING,
                "the source article cannot be read; facts cannot be traced to it.",
                Location(relative_name(article_path, root)), "Check the file's permissions."))
        except UnicodeDecodeError as err:
            problems.append(Diagnostic(
                "R006", "release-unreadable", Severity.WARNING,
                not_utf8_message(article_raw, err, "the source article")
                + " Its facts cannot be traced until it is.",
                Location(relative_name(article_path, root),
                         article_raw.count(b"\n", 0, err.start) + 1),
                utf8_fix(likely_encoding(article_raw))))
    body = read_body(body_text, name, body_start)
    if not is_safe_slug(folder.name):
        problems.append(_problem(
            "R007", "unsafe-slug",
            f"the release folder name '{folder.name}' is not safe as a file name everywhere.",
            Location(name), "Rename the folder with lower-case letters, digits and hyphens "
            "(at most 80), not a name Windows reserves (con, nul, aux, com1…)."))

    release = Release(
        slug=folder.name,
        folder=folder,
        source=path,
        date=dates["date"],
        event_date=dates["event_date"],
        venue=venue,
        people=tuple(people),
        quotes=tuple(quotes),
        contacts=tuple(contacts),
        embargo=embargo,
        body=body,
        article=article,
        article_path=article_path if article else None,
        fields=flat,
        locations=locations,
        cleaned=cleaned,
        **{k: values[k] for k in TEXT_FIELDS if k != "status"},
        status=values["status"] or "draft",
    )
    return ReadResult(release, problems)


def _flatten(value, path: str, out: dict[str, str]) -> None:
    if isinstance(value, dict):
        for k, v in value.items():
            _flatten(v, f"{path}.{k}" if path else k, out)
    elif isinstance(value, list):
        for i, v in enumerate(value):
            _flatten(v, f"{path}[{i}]", out)
    else:
        out[path] = clean_text(value).strip()


def _parse_date(text: str) -> dt.date | None:
    """ISO dates only (2024-11-07): the one form no reader can misread as another day."""
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def _parse_datetime(text: str) -> dt.datetime | None:
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})?", text):
        return None
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
