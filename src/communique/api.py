"""What the Invoke tasks call. Each function prints to `out`, returns an exit code.

Exit codes follow linters: 0 clean, 1 problems found (or a build refused), 2 usage error.
"""

from __future__ import annotations

import os
import shutil
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from communique.checks.engine import (
    check_release_file,
    check_targets,
    resolve_targets,
    unique,
)
from communique.checks.registry import all_rules, find_rule
from communique.checks.report import to_json, to_text
from communique.checks.settings import read_selection
from communique.diagnostics import Severity
from communique.errors import OutputError, UsageError
from communique.packs.manifest import PackError, list_institutions, list_packs, load_pack
from communique.read.release import find_releases, relative_name, release_files

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


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


# --- reading and checking --------------------------------------------------------------

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
    diagnostics = unique(d for r in results for d in r.diagnostics)
    checked = [relative_name(r.path, root) for r in results]
    if fmt == "json":
        print(to_json(diagnostics, checked), file=out)
    else:
        print(to_text(diagnostics, checked, colour=_is_tty(out)), file=out)
    return EXIT_PROBLEMS if any(r.has_errors for r in results) else EXIT_OK


def fix(root: Path, names: list[str], *, check_only: bool = False, out: TextIO = sys.stdout,
        err: TextIO = sys.stderr) -> int:
    """Apply the French typography fixes (Y rules) to release files (checks/fix.py)."""
    from communique.checks.fix import fix_files

    try:
        folders = resolve_targets(root, names)
    except UsageError as problem:
        print(f"inv fix: {problem}", file=err)
        return EXIT_USAGE
    return fix_files(root, folders, check_only=check_only, out=out, err=err)


def merge_docx(root: Path, slug: str, docx: str, *, accept_changes: bool = False,
               out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    """Bring the edits of a DOCX communique built back into its release file."""
    from communique.draft.merge_docx import MergeRefused, merge_docx, report_lines

    folder = root / "releases" / slug
    if not slug or not docx or not folder.is_dir():
        print(f"inv merge-docx: give --release SLUG (a folder under releases/) and the "
              f"DOCX file{f'; no release {slug!r}' if slug else ''}.", file=err)
        return EXIT_USAGE
    try:
        report = merge_docx(folder, Path(docx), accept_changes=accept_changes, root=root)
    except MergeRefused as refusal:
        print(f"inv merge-docx: {refusal}", file=err)
        return EXIT_PROBLEMS
    print("\n".join(report_lines(report, relative_name(report.release_file, root))), file=out)
    left = any(c.status in ("conflict", "unplaced") for c in report.changes)
    return EXIT_PROBLEMS if left else EXIT_OK


def _is_tty(stream: TextIO) -> bool:
    return hasattr(stream, "isatty") and stream.isatty()


# --- building --------------------------------------------------------------------------

def build(root: Path, names: list[str], *, out: TextIO = sys.stdout,
          err: TextIO = sys.stderr) -> int:
    """Check everything asked for; render all in memory; write only when all succeeded."""
    from communique.build.run import render_releases, write_release_sets
    from communique.errors import RenderError

    try:
        selection = read_selection(root)
        results = check_targets(root, names, selection)
    except UsageError as problem:
        print(f"inv build: {problem}", file=err)
        return EXIT_USAGE
    if not results:
        print("inv build: there is no release to build under releases/.", file=err)
        return EXIT_USAGE
    diagnostics = unique(d for r in results for d in r.diagnostics)
    checked = [relative_name(r.path, root) for r in results]
    if any(r.has_errors for r in results):
        print(to_text(diagnostics, checked, colour=_is_tty(err)), file=err)
        print("Nothing was built: correct the errors above, then run inv build again.",
              file=err)
        return EXIT_PROBLEMS
    if diagnostics:
        print(to_text(diagnostics, checked, colour=_is_tty(err)), file=err)
    try:
        with _progress(len(results), "Rendering", err) as advance:
            rendered = render_releases(root, results, selection,
                                       on_done=lambda _job: advance())
    except RenderError as problem:
        print(f"{problem}\nThe release could not be rendered; nothing was built.", file=err)
        return EXIT_PROBLEMS
    verified = unique(d for item in rendered for d in item.diagnostics)
    if verified:
        print(to_text(verified, checked, colour=_is_tty(err)), file=err)
    if any(d.severity is Severity.ERROR for d in verified):
        print("Nothing was built: the rendered files failed verification (above).", file=err)
        return EXIT_PROBLEMS
    try:
        for path in write_release_sets(root, rendered):
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
    from communique.draft.new_release import NewReleaseError, new_release

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
    from communique.extract.cli import run_extract

    return run_extract(article, language, fmt, out, reference_date=reference_date)


def evaluate_extraction(manifest: Path, *, role: str = "", sets: tuple[str, ...] = (),
                        out: TextIO = sys.stdout) -> int:
    """Score the extractor on the evaluation sets a manifest lists (the caller names it)."""
    from communique.extract.cli import run_eval

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
    """Scaffold templates/<name>/ from an existing pack (communique.packs.scaffold)."""
    from communique.packs.scaffold import ScaffoldError, new_pack

    try:
        folder = new_pack(root, name, source, title)
    except ScaffoldError as problem:
        print(f"inv template-new: {problem}", file=err)
        return EXIT_USAGE
    print(f"created {relative_name(folder, root)}/ from '{source}': edit its manifest.yaml "
          "(title, fields, labels), release.html.j2, style.css and styles.docx.", file=out)
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
