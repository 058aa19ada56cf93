"""Template packs and institutions: folders of staff-edited files, read as data.

A pack is `templates/<name>/` with a `manifest.yaml` declaring its fields (type, required,
help), its labels per language and its outputs (HTML template, CSS, DOCX style source).
Shared partials live in `templates/_base/`. An institution is
`templates/institutions/<id>/institution.yaml` plus its emblem: identity is data that
both outputs share.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from communique.model import LANGUAGES, Location
from communique.packs.date_format import dateline_pattern_problem
from communique.read.data_file import read_mapping
from communique.read.safe_yaml import YamlProblem

BASE_DIR = "_base"
INSTITUTIONS_DIR = "institutions"
FIELD_TYPES = ("text", "date", "datetime", "time", "markdown", "venue", "people", "quotes",
               "contact", "contacts", "list")
# The parts of a DOCX a pack may list, in order, under outputs.docx_layout; each is drawn
# by the DOCX writer from the model with the pack's styles and labels.
DOCX_SECTIONS = ("kicker", "dateline", "embargo", "headline", "subheadline", "facts", "event",
                 "lead", "body", "quotes", "programme", "accreditation", "signature", "end",
                 "people", "about", "contacts")
DEFAULT_DOCX_LAYOUT = ("kicker", "dateline", "embargo", "headline", "subheadline", "facts",
                       "lead", "body", "quotes", "end", "people", "about", "contacts")
# Identity texts of an institution: given once for every language or per language
# (`name: {fr: …, en: …, ar: …}`); writers read them only through `Institution.text`.
IDENTITY_TEXTS = ("name", "short_name", "country_line", "address", "about_title",
                  "boilerplate", "city")
# Names every template may use without declaring them: they come from the institution,
# the pack's labels or the writer itself, not from the release file.
SYSTEM_NAMES = frozenset({"institution", "labels", "language", "dir", "dateline_text",
                          "date_text", "event_date_text", "lead", "body", "pack", "css",
                          "emblem", "runs", "embargo_text", "person_line", "title",
                          "moroccan_months", "draft_mark", "correction_text"})


class PackError(Exception):
    """A pack or institution that cannot be used, with the file and line to fix."""

    def __init__(self, message: str, location: Location, code: str = "T005"):
        super().__init__(f"{location}: {message}")
        self.message = message
        self.location = location
        self.code = code


@dataclass(frozen=True)
class FieldSpec:
    path: str
    type: str = "text"
    required: bool = False
    help: str = ""
    location: Location | None = None


@dataclass(frozen=True)
class Pack:
    name: str
    folder: Path
    title: str
    description: str
    languages: tuple[str, ...]
    fields: dict[str, FieldSpec]
    labels: dict[str, dict[str, str]]
    html_template: str
    css: tuple[str, ...]
    docx_styles: str
    manifest: Path
    locations: dict[str, Location] = field(default_factory=dict)
    docx_layout: tuple[str, ...] = DEFAULT_DOCX_LAYOUT
    # `announces: upcoming-event` (a media advisory): the event comes after the release.
    announces_upcoming: bool = False

    @property
    def required_fields(self) -> list[FieldSpec]:
        return [f for f in self.fields.values() if f.required]

    def declares(self, used: str) -> bool:
        """Is a template's use of `used` (e.g. 'venue.city.upper') covered by the manifest?"""
        root = used.split(".")[0]
        if root in SYSTEM_NAMES:
            return True
        return any(used == d or used.startswith(d + ".") or d.startswith(used + ".")
                   for d in self.fields)

    def search_path(self) -> list[Path]:
        return [self.folder, self.folder.parent / BASE_DIR]


@dataclass(frozen=True)
class Institution:
    id: str
    folder: Path
    name: str
    values: dict
    source: Path
    # Where each key of institution.yaml is written, for diagnostics (T008).
    locations: dict[str, Location] = field(default_factory=dict)

    def text(self, key: str, language: str) -> str:
        """A value given once or per language (`boilerplate: {fr: …, en: …}`).

        A per-language value without this language gives "" — never another language's
        text; `inv check` reports the gap (T007) before anything is rendered.
        """
        value = self.values.get(key, "")
        if isinstance(value, dict):
            value = value.get(language, "")
        return value.strip() if isinstance(value, str) else ""

    def missing_texts(self, language: str) -> list[str]:
        """Identity keys given per language but not in `language`."""
        return [k for k in IDENTITY_TEXTS if isinstance(self.values.get(k), dict)
                and not str(self.values[k].get(language, "") or "").strip()]


def is_yes(text: str) -> bool:
    return text.strip().lower() in ("true", "yes", "oui", "1")


# Parsed data files, reused while the file is unchanged (a batch reads each pack once).
_DATA: dict[tuple, tuple[dict, dict[str, Location]]] = {}


def _read_data(path: Path, root: Path) -> tuple[dict, dict[str, Location]]:
    try:
        stat = path.stat()
        key = (str(path), str(root), stat.st_size, stat.st_mtime_ns)
    except OSError:
        key = None
    if key in _DATA:
        return _DATA[key]
    result = _read_data_uncached(path, root)
    if key is not None:
        if len(_DATA) > 64:
            _DATA.clear()
        _DATA[key] = result
    return result


def _read_data_uncached(path: Path, root: Path) -> tuple[dict, dict[str, Location]]:
    name = str(path.relative_to(root)) if path.is_relative_to(root) else str(path)
    try:
        return read_mapping(path, name)
    except YamlProblem as err:
        raise PackError(err.message, err.location) from None


def templates_dir(root: Path) -> Path:
    return root / "templates"


def _folders_holding(base: Path, file_name: str) -> list[str]:
    """The names of the folders under `base` that hold `file_name`, sorted."""
    if not base.is_dir():
        return []
    return sorted(p.name for p in base.iterdir() if (p / file_name).is_file())


def list_packs(root: Path) -> list[str]:
    return _folders_holding(templates_dir(root), "manifest.yaml")


def load_pack(root: Path, name: str) -> Pack:
    if name not in list_packs(root):
        known = ", ".join(list_packs(root)) or "none"
        raise PackError(f"there is no template pack '{name}' (known packs: {known}).",
                        Location("templates"), "T001")
    folder = templates_dir(root) / name
    manifest = folder / "manifest.yaml"
    tree, locations = _read_data(manifest, root)
    where = Location(str(manifest.relative_to(root)), 1)
    fields: dict[str, FieldSpec] = {}
    raw_fields = tree.get("fields", {})
    if not isinstance(raw_fields, dict):
        raise PackError("'fields' must map field names to their type, required, help.",
                        locations.get("fields", where))
    for path, spec in raw_fields.items():
        spec = spec if isinstance(spec, dict) else {}
        ftype = spec.get("type", "text") if isinstance(spec.get("type", "text"), str) else ""
        if ftype not in FIELD_TYPES:
            raise PackError(f"field '{path}' has unknown type '{ftype}' "
                            f"(known: {', '.join(FIELD_TYPES)}).",
                            locations.get(f"fields.{path}", where))
        fields[path] = FieldSpec(path, ftype, is_yes(str(spec.get("required", ""))),
                                 str(spec.get("help", "")), locations.get(f"fields.{path}"))
    outputs = tree.get("outputs", {}) if isinstance(tree.get("outputs"), dict) else {}
    languages = _as_tuple(tree.get("languages", ["fr"]))
    for lang in languages:
        if lang not in LANGUAGES:
            raise PackError(f"language '{lang}' is not supported (use {', '.join(LANGUAGES)}).",
                            locations.get("languages", where))
    labels = tree.get("labels", {})
    labels = {k: v for k, v in labels.items() if isinstance(v, dict)} \
        if isinstance(labels, dict) else {}
    for lang, texts in labels.items():
        problem = dateline_pattern_problem(str(texts.get("dateline", "")))
        if problem:
            raise PackError(f"labels.{lang}.dateline: {problem}.",
                            locations.get(f"labels.{lang}.dateline", where))
    css = _as_tuple(outputs.get("css", ["style.css"]))
    if not all(isinstance(name, str) for name in css):
        raise PackError("outputs.css must list stylesheet file names (style.css).",
                        locations.get("outputs.css", where))
    layout = _as_tuple(outputs.get("docx_layout", list(DEFAULT_DOCX_LAYOUT)))
    for part in layout:
        if part not in DOCX_SECTIONS:
            raise PackError(f"outputs.docx_layout names '{part}', which the DOCX writer does "
                            f"not know (known: {', '.join(DOCX_SECTIONS)}).",
                            locations.get("outputs.docx_layout", where))
    return Pack(
        name=name,
        folder=folder,
        title=str(tree.get("title", name)),
        description=str(tree.get("description", "")),
        languages=languages,
        fields=fields,
        labels=labels,
        html_template=str(outputs.get("html", "release.html.j2")),
        css=css,
        docx_styles=str(outputs.get("docx_styles", "styles.docx")),
        manifest=manifest,
        locations=locations,
        docx_layout=layout,
        announces_upcoming=str(tree.get("announces", "")).strip() == "upcoming-event",
    )


def _as_tuple(value) -> tuple:
    """A manifest list; one value written without brackets is a list of one."""
    return tuple(value if isinstance(value, list) else [value])


def list_institutions(root: Path) -> list[str]:
    return _folders_holding(templates_dir(root) / INSTITUTIONS_DIR, "institution.yaml")


def load_institution(root: Path, ident: str) -> Institution:
    if ident not in list_institutions(root):
        known = ", ".join(list_institutions(root)) or "none"
        raise PackError(f"there is no institution '{ident}' (known: {known}).",
                        Location(f"templates/{INSTITUTIONS_DIR}"), "T006")
    folder = templates_dir(root) / INSTITUTIONS_DIR / ident
    tree, locations = _read_data(folder / "institution.yaml", root)
    name = tree.get("name", ident)
    if isinstance(name, dict):  # the name in its first language, for messages and listings
        name = next(iter(name.values()), ident)
    return Institution(ident, folder, str(name), tree, folder / "institution.yaml", locations)


def pack_relative(pack: Pack, filename: str | None) -> str:
    if not filename:
        return str(pack.folder)
    path = Path(filename)
    root = pack.folder.parent.parent
    return str(path.relative_to(root)) if path.is_relative_to(root) else str(path)
