"""What the Invoke tasks call. Each function prints to `out`, returns an exit code.

Exit codes follow linters: 0 clean, 1 problems found (or a build refused), 2 usage error.
"""

from __future__ import annotations

import os
import shutil
import sys
import tomllib
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from .checks.diagnostic import Diagnostic, Severity
from .checks.registry import CheckContext, Selection, all_rules, find_rule, run_rules
from .checks.report import to_json, to_text
from .model import Release
from .packs import (
    Institution,
    Pack,
    PackError,
    list_institutions,
    list_packs,
    load_institution,
    load_pack,
)
from .releases import find_releases, read_release, relative_name, release_files

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """The command was asked for something that does not exist or makes no sense."""


@dataclass
class Checked:
    """One release file after reading and checking."""

    path: Path
    release: Release | None
    pack: Pack | None
    institution: Institution | None
    diagnostics: list[Diagnostic] = field(default_factory=list)

    @property
    def has_errors(self) -> bool:
        return any(d.severity is Severity.ERROR for d in self.diagnostics)


def guarded(function, *args, **kwargs) -> int:
    """Call an api function; turn an unexpected exception into a one-paragraph error.

    Set COMMUNIQUE_DEBUG=1 to see the traceback instead.
    """
    try:
        return function(*args, **kwargs)
    except KeyboardInterrupt:
        print("Interrupted: nothing half-written was left behind.", file=sys.stderr)
        return 130
    except Exception as problem:  # noqa: BLE001 - the last line of defence for the CLI
        if os.environ.get("COMMUNIQUE_DEBUG"):
            raise
        print(f"communique: unexpected error: {type(problem).__name__}: {problem}. "
              "Nothing was written. Run again with COMMUNIQUE_DEBUG=1 to see details, "
              "and report it with the command you ran.", file=sys.stderr)
        return 3


# --- configuration ---------------------------------------------------------------------

def read_selection(root: Path, select: str = "", ignore: str = "",
                   severity: str = "") -> Selection:
    """Rule selection from pyproject.toml [tool.communique.checks], then the command line."""
    config = _read_check_settings(root)
    try:
        severities = {code.upper(): Severity.parse(level)
                      for code, level in config.get("severity", {}).items()}
        for item in _split(severity):
            code, _, level = item.partition("=")
            severities[code.strip().upper()] = Severity.parse(level)
    except ValueError as err:
        raise UsageError(f"severity setting: {err}.") from None
    chosen_select = _split(select) or [c.upper() for c in config.get("select", [])]
    chosen_ignore = [c.upper() for c in config.get("ignore", [])] + _split(ignore)
    return Selection(tuple(c.upper() for c in chosen_select),
                     tuple(c.upper() for c in chosen_ignore), severities)


def _read_check_settings(root: Path) -> dict:
    """[tool.communique.checks] of pyproject.toml, its shape checked: a wrong type there
    (`ignore = "F011"`, `severity = 3`) is a usage error naming the key, never a crash
    and never a string read as a list of one-letter prefixes."""
    pyproject = root / "pyproject.toml"
    if not pyproject.is_file():
        return {}
    try:
        config = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
        raise UsageError(f"pyproject.toml: cannot read the check settings ({err}).") from None
    for key in ("tool", "communique", "checks"):
        config = config.get(key, {}) if isinstance(config, dict) else None
    if not isinstance(config, dict):
        raise UsageError("pyproject.toml: [tool.communique.checks] must be a table.")
    for key in ("select", "ignore"):
        value = config.get(key, [])
        if not (isinstance(value, list) and all(isinstance(c, str) for c in value)):
            raise UsageError(f"pyproject.toml: [tool.communique.checks] {key} must be a list "
                             'of rule codes or prefixes, e.g. ["F011"].')
    levels = config.get("severity", {})
    if not (isinstance(levels, dict) and all(isinstance(v, str) for v in levels.values())):
        raise UsageError("pyproject.toml: [tool.communique.checks] severity must map rule "
                         'codes to error, warning or info, e.g. { F007 = "warning" }.')
    return config


def _split(text: str) -> list[str]:
    return [part.strip() for part in (text or "").split(",") if part.strip()]


# --- reading and checking --------------------------------------------------------------

def resolve_targets(root: Path, names: list[str]) -> list[Path]:
    """Release folders named by slug or path; all of them when no name is given."""
    if not names:
        return find_releases(root)
    folders = []
    for name in names:
        candidate = Path(name)
        for folder in (candidate, root / candidate, root / "releases" / name):
            if folder.is_dir() and release_files(folder):
                folders.append(folder.resolve())
                break
        else:
            known = ", ".join(p.name for p in find_releases(root)) or "none"
            raise UsageError(f"no release '{name}' under releases/ (known: {known}).")
    return folders


def _load_named(release: Release, field: str, loader, known: list[str],
                diagnostics: list[Diagnostic]):
    """Load the pack or institution a release names; a problem becomes a diagnostic."""
    name = getattr(release, field)
    if not name:
        diagnostics.append(Diagnostic(
            "F008", "missing-required-field", Severity.ERROR,
            f"the release names no {field}.", release.where(field),
            f"Add '{field}: <name>' (known: {', '.join(known) or 'none'})."))
        return None
    try:
        return loader(name)
    except PackError as err:
        # "No such pack" is the release's fault (its line); a broken pack is the pack's.
        where = release.where(field) if err.code in ("T001", "T006") else err.location
        rule = find_rule(err.code)
        diagnostics.append(Diagnostic(err.code, rule.name if rule else err.code,
                                      Severity.ERROR, err.message, where,
                                      rule.fix if rule else ""))
        return None


def check_release_file(root: Path, path: Path, selection: Selection) -> Checked:
    result = read_release(path, root)
    checked = Checked(path, result.release, None, None, list(result.diagnostics))
    release = result.release
    if release is None:
        checked.diagnostics = selection.apply(checked.diagnostics)
        return checked
    checked.pack = _load_named(release, "template", lambda n: load_pack(root, n),
                               list_packs(root), checked.diagnostics)
    checked.institution = _load_named(release, "institution",
                                      lambda n: load_institution(root, n),
                                      list_institutions(root), checked.diagnostics)
    context = CheckContext(release, checked.pack, checked.institution, root)
    checked.diagnostics = selection.apply(checked.diagnostics) + run_rules(context, selection)
    return checked


def check_targets(root: Path, names: list[str], selection: Selection) -> list[Checked]:
    results = []
    for folder in resolve_targets(root, names):
        seen: set[tuple] = set()
        for path in release_files(folder):
            checked = check_release_file(root, path, selection)
            # A version inherits release.md's shared facts: a problem with one of them is
            # reported once, at release.md, not again for every version.
            checked.diagnostics = [d for d in checked.diagnostics
                                   if (d.code, d.message, d.location) not in seen]
            seen.update((d.code, d.message, d.location) for d in checked.diagnostics)
            results.append(checked)
    return results


def check(root: Path, names: list[str], *, fmt: str = "text", select: str = "",
          ignore: str = "", severity: str = "", out: TextIO = sys.stdout,
          err: TextIO = sys.stderr) -> int:
    if fmt not in ("text", "json"):
        print(f"inv check: unknown format '{fmt}' (use text or json).", file=err)
        return EXIT_USAGE
    try:
        selection = read_selection(root, select, ignore, severity)
        results = check_targets(root, names, selection)
    except UsageError as problem:
        print(f"inv check: {problem}", file=err)
        return EXIT_USAGE
    diagnostics = _unique(d for r in results for d in r.diagnostics)
    checked = [relative_name(r.path, root) for r in results]
    if fmt == "json":
        print(to_json(diagnostics, checked), file=out)
    else:
        print(to_text(diagnostics, checked, colour=_is_tty(out)), file=out)
    return EXIT_PROBLEMS if any(r.has_errors for r in results) else EXIT_OK


def fix(root: Path, names: list[str], *, check_only: bool = False, out: TextIO = sys.stdout,
        err: TextIO = sys.stderr) -> int:
    """Apply the French typography fixes (Y rules) to release files (checks/fix.py)."""
    from .checks.fix import fix_files

    try:
        folders = resolve_targets(root, names)
    except UsageError as problem:
        print(f"inv fix: {problem}", file=err)
        return EXIT_USAGE
    return fix_files(root, folders, check_only=check_only, out=out, err=err)


def _unique(diagnostics) -> list[Diagnostic]:
    """Each problem once: versions of a release share a template and inherited fields, so
    the same diagnostic at the same place can come from several release files."""
    return list(dict.fromkeys(diagnostics))


def _is_tty(stream: TextIO) -> bool:
    return hasattr(stream, "isatty") and stream.isatty()


# --- building --------------------------------------------------------------------------

def build(root: Path, names: list[str], *, out: TextIO = sys.stdout,
          err: TextIO = sys.stderr) -> int:
    """Check everything asked for; render all in memory; write only when all succeeded."""
    from .build import OutputError, output_dir, output_name, write_outputs
    from .writers import RenderError

    try:
        selection = read_selection(root)
        results = check_targets(root, names, selection)
    except UsageError as problem:
        print(f"inv build: {problem}", file=err)
        return EXIT_USAGE
    if not results:
        print("inv build: there is no release to build under releases/.", file=err)
        return EXIT_USAGE
    diagnostics = _unique(d for r in results for d in r.diagnostics)
    checked = [relative_name(r.path, root) for r in results]
    if any(r.has_errors for r in results):
        print(to_text(diagnostics, checked, colour=_is_tty(err)), file=err)
        print("Nothing was built: correct the errors above, then run inv build again.",
              file=err)
        return EXIT_PROBLEMS
    if diagnostics:
        print(to_text(diagnostics, checked, colour=_is_tty(err)), file=err)

    from .rendering import RenderJob, render_jobs

    jobs = [RenderJob(r.release, r.pack, r.institution, relative_name(r.path, root))
            for r in results]
    try:
        with _progress(len(jobs), "Rendering", err) as advance:
            rendered = render_jobs(jobs, on_done=lambda _job: advance())
    except RenderError as problem:
        print(f"{problem}\nThe release could not be rendered; nothing was built.", file=err)
        return EXIT_PROBLEMS
    verified = _unique(selection.apply(d for item in rendered for d in item.diagnostics))
    if verified:
        print(to_text(verified, checked, colour=_is_tty(err)), file=err)
    if any(d.severity is Severity.ERROR for d in verified):
        print("Nothing was built: the rendered files failed verification (above).", file=err)
        return EXIT_PROBLEMS
    planned: list[tuple[Path, bytes]] = []
    for item in rendered:
        release = item.job.release
        folder = output_dir(root, release.slug)
        planned.append((folder / output_name(release.slug, release.language, "pdf"), item.pdf))
        planned.append((folder / output_name(release.slug, release.language, "docx"),
                        item.docx))
    try:
        for path in write_outputs(root, planned):
            print(f"built {relative_name(path, root)}", file=out)
    except OutputError as problem:
        print(f"inv build: {problem}", file=err)
        return EXIT_PROBLEMS
    return EXIT_OK


@contextmanager
def _progress(total: int, label: str, stream: TextIO):
    """A progress bar for batches worth one (several releases, on a terminal)."""
    if total < 3 or not _is_tty(stream):
        yield lambda: None
        return
    from rich.progress import Progress

    with Progress(transient=True) as bar:
        task = bar.add_task(label, total=total)
        yield lambda: bar.advance(task)


# --- drafting from an article ----------------------------------------------------------

def new(root: Path, article: str, *, template: str = "communique", institution: str = "",
        slug: str = "", language: str = "auto", accept: list[str] | None = None,
        reference_date: str = "", out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    from .build import OutputError
    from .newrelease import NewReleaseError, new_release

    if not article:
        print("inv new: give the article file with --article PATH.", file=err)
        return EXIT_USAGE
    try:
        new_release(root, Path(article), template=template, institution=institution,
                    slug=slug, language=language, accept=accept or [],
                    reference_date=reference_date, out=out)
    except NewReleaseError as problem:
        print(f"inv new: {problem}", file=err)
        return problem.code
    except OutputError as problem:
        print(f"inv new: {problem}", file=err)
        return EXIT_PROBLEMS
    return EXIT_OK


def extract(article: str, *, language: str = "auto", fmt: str = "json",
            reference_date: str = "", out: TextIO = sys.stdout) -> int:
    from .extract.cli import run_extract

    return run_extract(article, language, fmt, out, reference_date=reference_date)


def evaluate_extraction(manifest: Path, *, role: str = "", sets: tuple[str, ...] = (),
                        out: TextIO = sys.stdout) -> int:
    """Score the extractor on the evaluation sets a manifest lists (the caller names it)."""
    from .extract.cli import run_eval

    return run_eval(manifest, out, role=role, sets=sets)


# --- listing, templates, rules, clean -------------------------------------------------

def list_releases(root: Path, *, out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    from rich.console import Console
    from rich.table import Table

    try:
        selection = read_selection(root)
    except UsageError as problem:
        print(f"inv list: {problem}", file=err)
        return EXIT_USAGE
    table = Table("release", "language", "template", "date", "status", "check")
    for folder in find_releases(root):
        for path in release_files(folder):
            result = check_release_file(root, path, selection)
            r = result.release
            errors = sum(d.severity is Severity.ERROR for d in result.diagnostics)
            warnings = sum(d.severity is Severity.WARNING for d in result.diagnostics)
            verdict = (f"{errors} error(s)" if errors else
                       f"{warnings} warning(s)" if warnings else "ok")
            table.add_row(relative_name(path, root), r.language if r else "?",
                          r.template if r else "?", r.fields.get("date", "") if r else "?",
                          r.status if r else "?", verdict)
    Console(file=out, width=140).print(table)
    return EXIT_OK


def describe_templates(root: Path, *, out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    names = list_packs(root)
    if not names:
        print("There is no template pack under templates/.", file=err)
        return EXIT_PROBLEMS
    for name in names:
        try:
            pack = load_pack(root, name)
        except PackError as problem:
            print(f"{name}: cannot be loaded: {problem}", file=out)
            continue
        print(f"{pack.name} — {pack.title} (languages: {', '.join(pack.languages)})", file=out)
        for lang in pack.languages:
            labels = pack.labels.get(lang, {})
            print(f"  [{lang}] {labels.get('kicker', '(no kicker label)')} — "
                  f"{len(labels)} labels", file=out)
        for spec in pack.fields.values():
            need = "required" if spec.required else "optional"
            print(f"  {spec.path:<16} {spec.type:<9} {need:<9} {spec.help}", file=out)
    print(f"Institutions: {', '.join(list_institutions(root)) or 'none'}", file=out)
    return EXIT_OK


def new_template(root: Path, name: str, source: str = "communique", *, title: str = "",
                 out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    """Scaffold templates/<name>/ from an existing pack (communique.scaffold)."""
    from .scaffold import ScaffoldError, new_pack

    try:
        folder = new_pack(root, name, source, title)
    except ScaffoldError as problem:
        print(f"inv template-new: {problem}", file=err)
        return EXIT_USAGE
    print(f"created {relative_name(folder, root)}/ from '{source}': edit its manifest.yaml "
          "(title, fields, labels), release.html.j2, style.css and styles.docx.", file=out)
    return EXIT_OK


def visual_refresh(root: Path, *, out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    """Rewrite the visual test references (tests/visual/references/) for review."""
    from .visual import refresh
    from .writers import RenderError

    try:
        written = refresh(root, out)
    except RenderError as problem:
        print(f"inv visual-refresh: {problem}", file=err)
        return EXIT_PROBLEMS
    print(f"{len(written)} reference image(s) written: look at the changed ones (git diff "
          "--stat, then open them) before committing.", file=out)
    return EXIT_OK


def explain_rules(code: str = "", *, out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    if code:
        rule = find_rule(code)
        if rule is None:
            print(f"inv rules: no rule '{code}' (see `inv rules`).", file=err)
            return EXIT_USAGE
        origin = f" (reported by the {rule.reported_by})" if rule.reported_by else ""
        print(f"{rule.code} {rule.name} — default severity: {rule.severity}{origin}\n\n"
              f"{rule.summary}\n\nWhy it matters: {rule.why}\n\nExample:\n"
              + "\n".join("    " + line for line in rule.example.splitlines())
              + f"\n\nFix: {rule.fix}", file=out)
        return EXIT_OK
    for rule in all_rules():
        print(f"{rule.code}  {rule.name:<28} {str(rule.severity):<8} {rule.summary}", file=out)
    return EXIT_OK


def clean(root: Path, *, out: TextIO = sys.stdout) -> int:
    build_dir = root / "build"
    if build_dir.is_dir():
        shutil.rmtree(build_dir)
        print("removed build/", file=out)
    return EXIT_OK
