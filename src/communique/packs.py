"""Template packs and institutions: folders of staff-edited files, read as data.

A pack is `templates/<name>/` with a `manifest.yaml` declaring its fields (type, required,
help), its labels per language and its outputs (HTML template, CSS, DOCX style source).
Shared partials live in `templates/_base/`. An institution is
`templates/institutions/<id>/institution.yaml` plus its emblem: identity is data that
both outputs share.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from jinja2 import FileSystemLoader, StrictUndefined, nodes, pass_context
from jinja2.exceptions import SecurityError, TemplateNotFound, TemplateSyntaxError
from jinja2.sandbox import ImmutableSandboxedEnvironment
from markupsafe import Markup, escape

from .model import LANGUAGES, Location, Release, Run
from .safe_yaml import YamlProblem, read_yaml

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
                          "moroccan_months"})


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


def _truth(text: str) -> bool:
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
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise PackError(f"cannot read this file ({err}).", Location(name)) from None
    try:
        tree, locations = read_yaml(text, name)
    except YamlProblem as err:
        raise PackError(err.message, err.location) from None
    if not isinstance(tree, dict):
        raise PackError("expected 'key: value' lines.", Location(name, 1))
    return tree, locations


def templates_dir(root: Path) -> Path:
    return root / "templates"


def list_packs(root: Path) -> list[str]:
    base = templates_dir(root)
    if not base.is_dir():
        return []
    return sorted(p.name for p in base.iterdir() if (p / "manifest.yaml").is_file())


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
        fields[path] = FieldSpec(path, ftype, _truth(str(spec.get("required", ""))),
                                 str(spec.get("help", "")), locations.get(f"fields.{path}"))
    outputs = tree.get("outputs", {}) if isinstance(tree.get("outputs"), dict) else {}
    languages = tree.get("languages", ["fr"])
    languages = tuple(languages if isinstance(languages, list) else [languages])
    for lang in languages:
        if lang not in LANGUAGES:
            raise PackError(f"language '{lang}' is not supported (use {', '.join(LANGUAGES)}).",
                            locations.get("languages", where))
    labels = tree.get("labels", {})
    labels = labels if isinstance(labels, dict) else {}
    css = outputs.get("css", ["style.css"])
    layout = outputs.get("docx_layout", list(DEFAULT_DOCX_LAYOUT))
    layout = tuple(layout if isinstance(layout, list) else [layout])
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
        labels={k: v for k, v in labels.items() if isinstance(v, dict)},
        html_template=str(outputs.get("html", "release.html.j2")),
        css=tuple(css if isinstance(css, list) else [css]),
        docx_styles=str(outputs.get("docx_styles", "styles.docx")),
        manifest=manifest,
        locations=locations,
        docx_layout=layout,
        announces_upcoming=str(tree.get("announces", "")).strip() == "upcoming-event",
    )


def list_institutions(root: Path) -> list[str]:
    base = templates_dir(root) / INSTITUTIONS_DIR
    if not base.is_dir():
        return []
    return sorted(p.name for p in base.iterdir() if (p / "institution.yaml").is_file())


def load_institution(root: Path, ident: str) -> Institution:
    if ident not in list_institutions(root):
        known = ", ".join(list_institutions(root)) or "none"
        raise PackError(f"there is no institution '{ident}' (known: {known}).",
                        Location(f"templates/{INSTITUTIONS_DIR}"), "T006")
    folder = templates_dir(root) / INSTITUTIONS_DIR / ident
    tree, _ = _read_data(folder / "institution.yaml", root)
    name = tree.get("name", ident)
    if isinstance(name, dict):  # the name in its first language, for messages and listings
        name = next(iter(name.values()), ident)
    return Institution(ident, folder, str(name), tree, folder / "institution.yaml")


# --- sandboxed Jinja -------------------------------------------------------------------

class _SafeEnvironment(ImmutableSandboxedEnvironment):
    """Sandboxed, and without the operators that let a template exhaust memory or CPU.

    '%' is intercepted (not refused) so that Jinja never folds `'%0999999999d' % 1` into a
    constant while compiling: compiling also happens in `inv check`, outside the time
    and memory limits that rendering runs under.
    """

    intercepted_binops = frozenset({"**", "*", "%"})

    def call_binop(self, context, operator, left, right):
        if operator == "**":
            raise SecurityError("the power operator is not allowed in templates")
        sequences = (str, list, tuple)
        if operator == "*" and (isinstance(left, sequences) or isinstance(right, sequences)):
            raise SecurityError("repeating text or lists with '*' is not allowed in templates")
        return super().call_binop(context, operator, left, right)


class _ConfinedLoader(FileSystemLoader):
    """Templates from the pack and `_base/` only, judged on their real path.

    FileSystemLoader already refuses '..' in a name, but follows symbolic links: a
    `partial.html.j2` linked to /etc/passwd would be included into a release.
    """

    def get_source(self, environment, template):
        source, filename, uptodate = super().get_source(environment, template)
        real = Path(filename).resolve()
        if not any(real.is_relative_to(Path(root).resolve()) for root in self.searchpath):
            raise TemplateNotFound(template, f"the template '{template}' is a link to a file "
                                   "outside the pack and _base/, which is not allowed.")
        return source, filename, uptodate


def make_environment(pack: Pack) -> _SafeEnvironment:
    env = _SafeEnvironment(
        loader=_ConfinedLoader([str(p) for p in pack.search_path()]),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["runs"] = render_runs
    env.filters["long_date"] = _long_date_filter
    env.filters["time_of_day"] = _time_filter
    env.filters = {name: _at_render_time(f) for name, f in env.filters.items()}
    return env


def _at_render_time(func):
    """The same filter, which Jinja will not run while compiling the template.

    Jinja folds a filter of constants into the compiled code: `''|center(2000000000)` would
    allocate 2 GB when `inv check` analyses the template, outside the render's limits.
    A filter that takes the context is never folded, so each one is wrapped as such.
    """
    kind = getattr(getattr(func, "jinja_pass_arg", None), "name", "")
    if kind == "context":
        return func

    @pass_context
    def filter_(context, *args, **kwargs):
        if kind == "eval_context":
            return func(context.eval_ctx, *args, **kwargs)
        if kind == "environment":
            return func(context.environment, *args, **kwargs)
        return func(*args, **kwargs)

    return filter_


@pass_context
def _long_date_filter(context, value) -> str:
    """`{{ accreditation.deadline|long_date }}`: an ISO date written in the release's language."""
    import datetime as dt

    from .dates import format_long_date

    try:
        day = value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))
    except ValueError:
        return str(value)  # reported by the field type check (T008) before rendering
    moroccan = _truth(str(context.get("institution", {}).get("moroccan_months", "")))
    return format_long_date(day, context.get("language", ""), moroccan_months=moroccan)


@pass_context
def _time_filter(context, value) -> str:
    """`{{ event_time|time_of_day }}`: « 10 h 30 » in French, "10:30" elsewhere."""
    from .dates import format_time

    return format_time(str(value), context.get("language", ""))


def render_runs(runs: tuple[Run, ...]) -> Markup:
    """Inline runs as HTML, every piece of text escaped; links were vetted by the reader."""
    out = []
    for run in runs:
        piece = escape(run.text).replace("\n", Markup("<br>"))
        if run.italic:
            piece = Markup("<em>") + piece + Markup("</em>")
        if run.bold:
            piece = Markup("<strong>") + piece + Markup("</strong>")
        if run.href:
            piece = Markup('<a href="') + escape(run.href) + Markup('">') + piece + Markup("</a>")
        out.append(piece)
    return Markup("").join(out)


def _files_signature(folders: list[Path]) -> tuple:
    """What changes when a staff member edits a template: names, sizes, modification times."""
    entries = []
    for folder in folders:
        if folder.is_dir():
            for path in sorted(folder.iterdir()):
                if path.is_file():
                    stat = path.stat()
                    entries.append((str(path), stat.st_size, stat.st_mtime_ns))
    return tuple(entries)


# Parsed templates per pack, reused while no file of the pack or of _base/ changes: a
# batch check of many releases parses each template once, not once per release and rule.
_PARSED: dict[tuple, dict[str, nodes.Template]] = {}
_FIELDS: dict[tuple, dict[str, list[tuple[str, int]]]] = {}


def template_sources(pack: Pack) -> dict[str, nodes.Template]:
    """The pack's HTML template and every template it includes or extends, parsed."""
    key = (pack.html_template, _files_signature(pack.search_path()))
    if key not in _PARSED:
        _PARSED.clear()
        _PARSED[key] = _parse_templates(pack)
    return _PARSED[key]


def template_fields(pack: Pack) -> dict[str, list[tuple[str, int]]]:
    """For each template file of the pack, the context fields it reads, with their lines."""
    key = (pack.html_template, _files_signature(pack.search_path()))
    if key not in _FIELDS:
        _FIELDS.clear()
        _FIELDS[key] = {name: used_fields(ast) for name, ast in template_sources(pack).items()}
    return _FIELDS[key]


def _parse_templates(pack: Pack) -> dict[str, nodes.Template]:
    env = make_environment(pack)
    parsed: dict[str, nodes.Template] = {}
    todo = [pack.html_template]
    from jinja2 import meta

    while todo:
        name = todo.pop()
        if name in parsed:
            continue
        try:
            source, filename, _ = env.loader.get_source(env, name)
        except TemplateNotFound:
            raise PackError(f"the template '{name}' is not in the pack or in {BASE_DIR}/.",
                            Location(pack_relative(pack, str(pack.manifest))), "T005") from None
        try:
            ast = env.parse(source, name, filename)
        except TemplateSyntaxError as err:
            raise PackError(f"template syntax error: {err.message}",
                            Location(pack_relative(pack, filename), err.lineno or 0),
                            "T005") from None
        parsed[name] = ast
        todo.extend(n for n in meta.find_referenced_templates(ast) if isinstance(n, str))
    return parsed


def pack_relative(pack: Pack, filename: str | None) -> str:
    if not filename:
        return str(pack.folder)
    path = Path(filename)
    root = pack.folder.parent.parent
    return str(path.relative_to(root)) if path.is_relative_to(root) else str(path)


def _bound_names(ast: nodes.Template) -> set[str]:
    """Names a template binds itself anywhere (imports, macros, set, loops, arguments).

    Jinja's own analysis misses names imported at the top of a child template and used
    inside its blocks; such names are the template's, never the release's.
    """
    bound: set[str] = set()
    for node in ast.find_all(nodes.FromImport):
        bound.update(n[1] if isinstance(n, tuple) else n for n in node.names)
    for node in ast.find_all((nodes.Import, )):
        bound.add(node.target)
    for node in ast.find_all(nodes.Macro):
        bound.add(node.name)
    for node in ast.find_all(nodes.Name):
        if node.ctx in ("store", "param"):
            bound.add(node.name)
    return bound


def used_fields(ast: nodes.Template) -> list[tuple[str, int]]:
    """Dotted paths a template reads from its context (`venue.city`), with their lines.

    Names bound inside the template (loop variables, `set`, macro arguments) are left out,
    so `{% for p in people %}{{ p.name }}` reports `people`, not `p.name`.
    """
    from jinja2 import meta

    free = meta.find_undeclared_variables(ast) - _bound_names(ast)
    found: list[tuple[str, int]] = []
    inner: set[int] = set()
    for node in ast.find_all(nodes.Getattr):
        chain = []
        probe = node
        while isinstance(probe, nodes.Getattr):
            inner.add(id(probe.node))
            chain.append(probe.attr)
            probe = probe.node
        if isinstance(probe, nodes.Name) and probe.name in free:
            found.append((".".join([probe.name, *reversed(chain)]), node.lineno))
            inner.add(id(probe))
    for node in ast.find_all(nodes.Name):
        if node.name in free and node.ctx == "load" and id(node) not in inner:
            found.append((node.name, node.lineno))
    # Keep only the longest chain per starting node: venue.city, not also venue.
    longest = {}
    for path, line in found:
        if not any(other != path and other.startswith(path + ".") and ol == line
                   for other, ol in found):
            longest[(path, line)] = None
    return list(longest)


def render_context(release: Release, pack: Pack, institution: Institution) -> dict:
    """Everything a template or the DOCX writer may show, derived from the model only."""
    from .dates import format_dateline, format_long_date
    from .writers import RenderError

    lang = release.language or (pack.languages[0] if pack.languages else "fr")
    labels = dict(pack.labels.get(lang, {}))
    if "dateline" not in labels:
        raise RenderError(f"{pack_relative(pack, str(pack.manifest))}: labels.{lang} has no "
                          "'dateline' pattern (e.g. '{city}, le {date}').")
    moroccan = _truth(str(institution.values.get("moroccan_months", "")))
    city = release.dateline
    dateline_text = format_dateline(city, release.date, lang, str(labels["dateline"]),
                                    moroccan_months=moroccan)
    identity = {key: institution.text(key, lang) for key in IDENTITY_TEXTS}
    context = {
        "language": lang,
        "dir": "rtl" if lang == "ar" else "ltr",
        "moroccan_months": moroccan,
        "labels": labels,
        "institution": {**institution.values, **identity,
                        "about": identity["about_title"] or identity["name"]},
        "headline": release.headline,
        "subheadline": release.subheadline,
        "dateline": release.dateline,
        "dateline_text": dateline_text,
        "date": release.date,
        "date_text": format_long_date(release.date, lang, moroccan_months=moroccan)
        if release.date else "",
        "event_date": release.event_date or release.date,
        "event_date_text": format_long_date(release.event_date, lang, moroccan_months=moroccan)
        if release.event_date else "",
        "venue": release.venue,
        "people": release.people,
        "quotes": release.quotes,
        "contacts": release.contacts or tuple(_institution_contacts(institution, lang)),
        "boilerplate": release.boilerplate or institution.text("boilerplate", lang),
        "embargo": release.embargo,
        "embargo_text": _embargo_text(release.embargo, lang, moroccan),
        "lead": release.lead,
        "body": release.rest_of_body,
        "title": release.headline,
        "pack": {"name": pack.name, "title": pack.title},
    }
    # Pack-specific fields (declared in the manifest, not in the core model) pass raw.
    for path in pack.fields:
        top = path.split(".")[0].split("[")[0]
        if top not in context:
            context[top] = _raw_subtree(release.fields, top)
    return context


def _embargo_text(when, lang: str, moroccan: bool) -> str:
    """« 7 novembre 2024 à 18:00 (UTC+01:00) »: the moment, as a reader checks it.

    (Added for the writers: the raw ISO form read badly on a letterhead.)
    """
    if when is None:
        return ""
    from .dates import format_long_date

    day = format_long_date(when.date(), lang, moroccan_months=moroccan)
    joiner = {"fr": " à ", "ar": "، "}.get(lang, ", ")
    offset = when.strftime("%z")
    zone = f" (UTC{offset[:3]}:{offset[3:]})" if offset else ""
    return f"{day}{joiner}{when:%H:%M}{zone}"


def _institution_contacts(institution: Institution, lang: str) -> list:
    """The institution's press contacts; a name or role may be given per language."""
    from .model import Contact

    def pick(value) -> str:
        if isinstance(value, dict):
            value = value.get(lang, "")
        return str(value or "")

    raw = institution.values.get("press_contacts", [])
    out = []
    for item in raw if isinstance(raw, list) else []:
        if isinstance(item, dict):
            out.append(Contact(**{k: pick(item.get(k)) for k in
                                  ("name", "role", "phone", "email")}))
    return out


_PATH_PART = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def _raw_subtree(flat: dict[str, str], top: str):
    """The raw values under `top`, nested again: `programme[0].time` → programme[0]["time"].

    Mappings become dicts and lists become lists, so a template writes
    `accreditation.contact.email` or `{% for item in programme %}{{ item.time }}`.
    """
    if top in flat:
        return flat[top]
    tree: dict = {}
    for key, value in flat.items():
        if not key.startswith((top + ".", top + "[")):
            continue
        parts = [name if name else int(index)
                 for name, index in _PATH_PART.findall(key[len(top):])]
        _place(tree, parts, value)
    return _listify(tree)


def _place(tree: dict, parts: list, value: str) -> None:
    node = tree
    for part in parts[:-1]:
        child = node.get(part)
        if not isinstance(child, dict):
            child = node[part] = {}
        node = child
    node[parts[-1]] = value


def _listify(node):
    """Dicts keyed 0, 1, 2… (from `[i]` paths) become lists, recursively."""
    if not isinstance(node, dict):
        return node
    items = {k: _listify(v) for k, v in node.items()}
    if items and all(isinstance(k, int) for k in items):
        return [items[k] for k in sorted(items)]
    return items
