"""What a pack's templates read from their context: parsed once, analysed for fields.

Used by the template checks (T002, T003…) and the output verification to relate each
field to the template lines that show it.
"""

from __future__ import annotations

from pathlib import Path

from jinja2 import nodes
from jinja2.exceptions import TemplateNotFound, TemplateSyntaxError

from communique.model import Location
from communique.packs.manifest import (
    BASE_DIR,
    Pack,
    PackError,
    pack_relative,
)
from communique.packs.sandbox import make_environment


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
