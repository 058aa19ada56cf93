"""What the Invoke tasks call. Each function prints to `out`, returns an exit code.

Exit codes follow linters: 0 clean, 1 problems found (or a build refused), 2 usage error.
"""

from __future__ import annotations

import inspect
import os
import signal
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from communique.diagnostics import Severity
from communique.errors import OutputError, UsageError
from communique.lock import ProjectBusy, project_lock
from communique.read.folders import find_releases, release_files, resolve_targets
from communique.read.front_matter import relative_name

# The check engine, its rules and the renderers are imported by the commands that use
# them: `inv build` with nothing to rebuild needs none of them.

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


class Terminated(BaseException):
    """SIGTERM arrived: unwinds like Ctrl-C, so that every `finally` cleans up."""


def _terminate(_signum, _frame) -> None:
    signal.signal(signal.SIGTERM, signal.SIG_IGN)  # one is enough while cleaning up
    raise Terminated


class _PipeSafe:
    """A text stream that stops writing, silently, once its reader has gone away.

    `inv build | head -n 1` closes the pipe after one line: what the command does, what
    it says on the other stream and its exit code must not change because of it.
    """

    def __init__(self, stream):
        self._stream = stream
        self.closed_by_reader = False

    def write(self, text: str) -> int:
        if not self.closed_by_reader:
            try:
                self._stream.write(text)
            except BrokenPipeError:
                self._reader_gone()
        return len(text)

    def flush(self) -> None:
        if not self.closed_by_reader:
            try:
                self._stream.flush()
            except BrokenPipeError:
                self._reader_gone()

    def _reader_gone(self) -> None:
        self.closed_by_reader = True
        try:  # what is still buffered goes nowhere, also at exit, instead of an error
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, self._stream.fileno())
            os.close(devnull)
        except (OSError, ValueError, AttributeError):
            pass

    def isatty(self) -> bool:
        return not self.closed_by_reader and _is_tty(self._stream)

    def __getattr__(self, name):
        return getattr(self._stream, name)


def guarded(function, *args, **kwargs) -> int:
    """Call an api function as a command: one line for Ctrl-C or SIGTERM (exit 130 or
    143), a closed output pipe ignored, an unexpected exception as one paragraph.

    Set COMMUNIQUE_DEBUG=1 to see the traceback instead.
    """
    streams = {"out": _PipeSafe(sys.stdout), "err": _PipeSafe(sys.stderr)}
    accepted = inspect.signature(function).parameters
    for name, stream in streams.items():
        if name in accepted and name not in kwargs:
            kwargs[name] = stream
    previous = None
    try:
        previous = signal.signal(signal.SIGTERM, _terminate)
    except ValueError:
        pass  # not the main thread: no signal handlers there
    err = streams["err"]
    try:
        if previous is not None:  # a SIGTERM held since tasks.py (build/early.py) lands here
            signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM})
        return function(*args, **kwargs)
    except KeyboardInterrupt:
        print("Interrupted: nothing half-written was left behind.", file=err)
        return 130
    except Terminated:
        print("Stopped (SIGTERM): nothing half-written was left behind.", file=err)
        return 143
    except Exception as problem:  # noqa: BLE001 - the last line of defence for the CLI
        if os.environ.get("COMMUNIQUE_DEBUG"):
            raise
        print(f"communique: unexpected error: {type(problem).__name__}: {problem}. "
              "No output was left half-written. Run again with COMMUNIQUE_DEBUG=1 to see "
              "details, and report it with the command you ran.", file=err)
        return 3
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
        for stream in streams.values():
            stream.flush()


def exit_at_once(code: int) -> None:
    """End the process with `code` now, without the interpreter's teardown; return when
    that is not safe (another thread still runs, which a normal exit would wait for).

    Freeing every module and object after a build costs about 0.1 s of CPU (0.4 s on a
    busy machine) that the user waits for and that writes nothing: the outputs are
    written (renamed into place), the project lock released and the render processes
    killed by then. What is buffered for the terminal or the pipe is flushed first.
    """
    import threading

    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass  # the reader has gone (`| head`) or the stream is closed: nothing to keep
    if threading.active_count() == 1:
        os._exit(code)


# --- reading and checking --------------------------------------------------------------

def check(root: Path, names: list[str], *, fmt: str = "text", select: str = "",
          ignore: str = "", severity: str = "", out: TextIO = sys.stdout,
          err: TextIO = sys.stderr) -> int:
    from communique.checks.engine import check_targets, unique
    from communique.checks.report import to_json, to_text
    from communique.checks.settings import read_selection

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
    if check_only:
        return fix_files(root, folders, check_only=True, out=out, err=err)
    try:
        with project_lock(root, "fix", err=err):
            return fix_files(root, folders, out=out, err=err)
    except ProjectBusy as problem:
        print(f"inv fix: {problem}", file=err)
        return EXIT_PROBLEMS


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
    """Check what changed; render it in memory; write only when all succeeded.

    Releases whose inputs are unchanged since their last build are up to date (plan.py):
    neither checked nor rendered again. The whole build holds the project lock: the
    release files it checked are the ones it renders, and no other command writes
    meanwhile.
    """
    from communique.build import early
    from communique.build.write import check_build_folder

    try:
        check_build_folder(root)
        with project_lock(root, "build", err=err):
            return _build_locked(root, names, out, err)
    except OutputError as problem:
        print(f"inv build: {problem}", file=err)
        return EXIT_PROBLEMS
    except ProjectBusy as problem:
        print(f"inv build: {problem}", file=err)
        return EXIT_PROBLEMS
    finally:
        early.discard()  # renderers started for a build that needed none


def _build_locked(root: Path, names: list[str], out: TextIO, err: TextIO) -> int:
    from communique.build.plan import plan_build
    from communique.build.write import remove_leftovers

    remove_leftovers(root)
    try:
        folders = resolve_targets(root, names)
    except UsageError as problem:
        print(f"inv build: {problem}", file=err)
        return EXIT_USAGE
    if not folders:
        print("inv build: there is no release to build under releases/.", file=err)
        return EXIT_USAGE
    plans = plan_build(root, folders)
    for plan in plans:
        if plan.up_to_date:
            note = f" ({plan.warnings} warning(s): see inv check)" if plan.warnings else ""
            for name in plan.outputs:
                print(f"up to date {name}{note}", file=out)
    stale = [plan.folder for plan in plans if not plan.up_to_date]
    if not stale:
        return EXIT_OK
    from communique.build import early
    from communique.build.isolate import RenderPool

    # The workers import the renderers while the releases are checked; tasks.py may have
    # started them before this module was even imported.
    with early.take() or RenderPool().start() as pool:
        return _build(root, stale, pool, out, err)


def _build(root: Path, folders: list[Path], pool, out: TextIO, err: TextIO) -> int:
    from communique.build.run import (
        check_and_render,
        record_inputs,
        remove_outputs,
        write_release_sets,
    )
    from communique.checks.engine import unique
    from communique.checks.report import to_text
    from communique.checks.settings import read_selection
    from communique.errors import RenderError

    def remove_failing(slugs) -> None:
        for slug in sorted(slugs):
            for path in remove_outputs(root, slug):
                print(f"removed {relative_name(path, root)}: it no longer matches the "
                      "release, which now fails its checks or could not be rendered",
                      file=err)

    total = sum(len(release_files(folder)) for folder in folders)
    # The checks' report, written while the workers lay the PDFs out (its first text
    # imports rich: some 0.04 s that would otherwise come after the last PDF).
    composed: dict[tuple, str] = {}

    def report_of(diagnostics, checked) -> str:
        key = (tuple(diagnostics), tuple(checked))
        if key not in composed:
            composed[key] = to_text(diagnostics, checked, colour=_is_tty(err))
        return composed[key]

    inputs: dict = {}

    def prepare(results) -> None:
        """What the build prints and writes once the files are laid out, made while
        they are: the checks' report and the plan records' digests of the inputs."""
        diagnostics = unique(d for r in results for d in r.diagnostics)
        if diagnostics:
            report_of(diagnostics, [relative_name(r.path, root) for r in results])
        inputs.update(record_inputs(root, results))

    try:
        selection = read_selection(root)
        # The workers render each release that passes while the next one is checked.
        with _progress(total, "Checking and rendering", err) as advance:
            results, rendered = check_and_render(root, folders, selection, pool,
                                                 on_done=lambda _job: advance(),
                                                 on_checked=prepare)
    except UsageError as problem:
        print(f"inv build: {problem}", file=err)
        return EXIT_USAGE
    except RenderError as problem:
        print(f"{problem}\nThe release could not be rendered; nothing was built.", file=err)
        if problem.release:
            remove_failing({problem.release})
        return EXIT_PROBLEMS
    diagnostics = unique(d for r in results for d in r.diagnostics)
    checked = [relative_name(r.path, root) for r in results]
    if rendered is None:
        print(to_text(diagnostics, checked, colour=_is_tty(err)), file=err)
        remove_failing({r.path.parent.name for r in results if r.has_errors})
        print("Nothing was built: correct the errors above, then run inv build again.",
              file=err)
        return EXIT_PROBLEMS
    if diagnostics:
        print(report_of(diagnostics, checked), file=err)
    verified = unique(d for item in rendered for d in item.diagnostics)
    if verified:
        print(to_text(verified, checked, colour=_is_tty(err)), file=err)
    if any(d.severity is Severity.ERROR for d in verified):
        remove_failing({item.job.release.slug for item in rendered
                        if any(d.severity is Severity.ERROR for d in item.diagnostics)})
        print("Nothing was built: the rendered files failed verification (above).", file=err)
        return EXIT_PROBLEMS
    warnings = {}
    for r in results:
        slug = r.path.parent.name
        warnings[slug] = warnings.get(slug, 0) + len(r.diagnostics)
    try:
        for path in write_release_sets(root, rendered, warnings, inputs):
            print(f"built {relative_name(path, root)}", file=out)
    except OutputError as problem:
        print(f"inv build: {problem}", file=err)
        return EXIT_PROBLEMS
    return EXIT_OK


def preview(root: Path, slug: str, *, port: int = 8000, out: TextIO = sys.stdout,
            err: TextIO = sys.stderr) -> int:
    """Serve one release on 127.0.0.1, rendered again on every save (preview/)."""
    from communique.preview.server import run_preview

    if not slug:
        print("inv preview: name the release with --release SLUG.", file=err)
        return EXIT_USAGE
    try:
        (folder,) = resolve_targets(root, [slug])
    except UsageError as problem:
        print(f"inv preview: {problem}", file=err)
        return EXIT_USAGE
    if not 0 <= port <= 65535:
        print(f"inv preview: --port {port} is not a port number (0 to 65535).", file=err)
        return EXIT_USAGE
    return run_preview(root, release_files(folder)[0], port, out=out, err=err)


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
                    reference_date=reference_date, out=out, err=err)
    except NewReleaseError as problem:
        print(f"inv new: {problem}", file=err)
        return problem.code
    except (OutputError, ProjectBusy) as problem:
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

    from communique.build.plan import output_state, plan_build
    from communique.checks.engine import check_release_file
    from communique.checks.settings import read_selection

    try:
        selection = read_selection(root)
    except UsageError as problem:
        print(f"inv list: {problem}", file=err)
        return EXIT_USAGE
    table = Table("release", "language", "template", "date", "status", "check", "build")
    folders = find_releases(root)
    built = {plan.folder: output_state(root, plan) for plan in plan_build(root, folders)}
    for folder in folders:
        for path in release_files(folder):
            result = check_release_file(root, path, selection)
            r = result.release
            errors = sum(d.severity is Severity.ERROR for d in result.diagnostics)
            warnings = sum(d.severity is Severity.WARNING for d in result.diagnostics)
            verdict = (f"{errors} error(s)" if errors else
                       f"{warnings} warning(s)" if warnings else "ok")
            table.add_row(relative_name(path, root), r.language if r else "?",
                          r.template if r else "?", r.fields.get("date", "") if r else "?",
                          r.status if r else "?", verdict, built[folder])
    Console(file=out, width=160).print(table)
    return EXIT_OK


def describe_templates(root: Path, *, out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    from communique.packs.manifest import PackError, list_institutions, list_packs, load_pack

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
    from communique.checks.registry import all_rules, find_rule

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


def clean(root: Path, *, out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    """Remove the built outputs; build/published/ (the publishing archive) is kept."""
    from communique.build.write import clean_outputs

    try:
        removed = clean_outputs(root)
    except (OutputError, ProjectBusy) as problem:
        print(f"inv clean: {problem}", file=err)
        return EXIT_PROBLEMS
    except OSError as problem:
        print(f"inv clean: cannot remove {problem.filename or 'build/'} "
              f"({problem.strerror}).", file=err)
        return EXIT_PROBLEMS
    for name in removed:
        print(f"removed {name}", file=out)
    return EXIT_OK


# --- approving and publishing (communique.publish) -------------------------------------

def approve(root: Path, name: str, by: str, *, now=None, out: TextIO = sys.stdout,
            err: TextIO = sys.stderr) -> int:
    """Record who approved the release, when, and a hash of what they approved."""
    import datetime as dt

    from communique.fs import write_atomically
    from communique.lock import ProjectBusy, project_lock
    from communique.publish.approval import (
        ApprovalError,
        approval_values,
        with_workflow_lines,
    )

    if not name:
        print("inv approve: name the release with --release SLUG.", file=err)
        return EXIT_USAGE
    try:
        (folder,) = resolve_targets(root, [name])
        values = approval_values(folder, by, now or dt.datetime.now().astimezone())
        main = folder / "release.md"
        if not main.is_file():
            raise ApprovalError(f"{relative_name(folder, root)}/ has no release.md to approve.")
        with project_lock(root, "approve", err=err):
            text = main.read_text(encoding="utf-8")
            approval = {k.split(".", 1)[1]: v for k, v in values.items() if "." in k}
            write_atomically(main, with_workflow_lines(text, "approved", approval).encode(),
                             shown_as=relative_name(main, root))
    except (UsageError, ApprovalError) as problem:
        print(f"inv approve: {problem}", file=err)
        return EXIT_USAGE
    except (ProjectBusy, OutputError, OSError) as problem:
        print(f"inv approve: {problem}", file=err)
        return EXIT_PROBLEMS
    print(f"approved {relative_name(main, root)} by {values['approval.by']} at "
          f"{values['approval.at']} ({values['approval.content'][:19]}…)", file=out)
    return EXIT_OK


def publish(root: Path, name: str, *, correction: str = "", embargoed: bool = False,
            now=None, out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    """Check, render, write build/published/<slug>/v<N>/ whole, record it in the ledger."""
    import dataclasses
    import datetime as dt

    from communique.checks.engine import check_targets, unique
    from communique.checks.report import to_text
    from communique.checks.settings import read_selection
    from communique.errors import RenderError
    from communique.lock import ProjectBusy, project_lock
    from communique.publish import publisher, versions
    from communique.publish.ledger import LedgerError

    if not name:
        print("inv publish: name the release with --release SLUG.", file=err)
        return EXIT_USAGE
    now = now or dt.datetime.now().astimezone()
    try:
        with project_lock(root, "publish", err=err):
            selection = read_selection(root)
            selection = dataclasses.replace(selection, severities={
                **selection.severities, **{c: Severity.ERROR for c in publisher.PUBLISH_ERRORS}})
            results = check_targets(root, [name], selection)
            checked = [relative_name(r.path, root) for r in results]
            diagnostics = unique(d for r in results for d in r.diagnostics)
            main = results[0].release
            if publisher.refusals(results) or main is None:
                print(to_text(diagnostics, checked, colour=_is_tty(err)), file=err)
                print("Nothing was published: correct the errors above (placeholder contacts "
                      "and embargo problems are errors when publishing).", file=err)
                return EXIT_PROBLEMS
            versions.remove_stale_staging(root, main.slug)
            for note in publisher.adopt_unrecorded(root, main, now):
                print(note, file=out)
            plan = publisher.plan_publish(root, results, correction=correction,
                                          embargoed=embargoed, now=now,
                                          existing=versions.existing_versions(root, main.slug))
            if isinstance(plan, str):
                publisher.refresh_archive(root, main)
                print(plan, file=out)
                return EXIT_OK
            if diagnostics:
                print(to_text(diagnostics, checked, colour=_is_tty(err)), file=err)
            rendered = _render_for_publish(root, results, plan.releases, selection, err)
            if rendered is None:
                return EXIT_PROBLEMS
            previous = publisher.previous_content(root, main.slug, plan.corrected)
            files = publisher.build_files(root, plan, rendered, previous)
            folder = publisher.commit_version(root, plan, files, now)
            publisher.refresh_archive(root, main)
    except (UsageError, LedgerError) as problem:
        print(f"inv publish: {problem}", file=err)
        return EXIT_USAGE
    except publisher.PublishRefused as problem:
        print(f"inv publish: {problem}\nNothing was published.", file=err)
        return EXIT_PROBLEMS
    except (ProjectBusy, OutputError, RenderError) as problem:
        print(f"inv publish: {problem}", file=err)
        return EXIT_PROBLEMS
    what = (f"correction of version {plan.correction.corrects}" if plan.correction
            else "first version")
    print(f"published {relative_name(folder, root)}/ ({what}; {len(files)} files, "
          f"recorded in releases/{main.slug}/published.yaml)", file=out)
    for file_name in sorted(files):
        print(f"  {file_name}", file=out)
    return EXIT_OK


def _render_for_publish(root: Path, results, releases, selection, err: TextIO):
    """Render every language version in memory (build/run.py) and read it back; None when
    refused."""
    import dataclasses

    from communique.build.run import render_releases
    from communique.checks.engine import unique
    from communique.checks.report import to_text
    from communique.errors import RenderError

    to_render = [dataclasses.replace(r, release=release)
                 for r, release in zip(results, releases, strict=True)]
    try:
        rendered = render_releases(root, to_render, selection)
    except RenderError as problem:
        print(f"{problem}\nThe release could not be rendered; nothing was published.",
              file=err)
        return None
    verified = unique(d for item in rendered for d in item.diagnostics)
    if any(d.severity is Severity.ERROR for d in verified):
        labels = [relative_name(r.path, root) for r in results]
        print(to_text(verified, labels, colour=_is_tty(err)), file=err)
        print("Nothing was published: the rendered files failed verification (above).",
              file=err)
        return None
    return rendered


def verify_published(root: Path, *, out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    """Check every archived file against the ledgers (and each version's SHA256SUMS)."""
    from communique.publish.verify import verify_archive

    problems, checked = verify_archive(root)
    for problem in problems:
        print(problem, file=err)
    if problems:
        print(f"{len(problems)} problem(s) in build/published/ ({checked} file(s) checked).",
              file=err)
        return EXIT_PROBLEMS
    print(f"build/published/: {checked} file(s) match their ledgers.", file=out)
    return EXIT_OK


def new_institution(root: Path, ident: str, source: str = "dgsn", *, out: TextIO = sys.stdout,
                    err: TextIO = sys.stderr) -> int:
    """Start templates/institutions/<ident>/ from another institution's folder."""
    from communique.lock import ProjectBusy, project_lock
    from communique.packs.scaffold import ScaffoldError, new_institution_folder

    try:
        with project_lock(root, "institution-new", err=err):
            folder = new_institution_folder(root, ident, source)
    except ScaffoldError as problem:
        print(f"inv institution-new: {problem}", file=err)
        return EXIT_USAGE
    except ProjectBusy as problem:
        print(f"inv institution-new: {problem}", file=err)
        return EXIT_PROBLEMS
    print(f"created {relative_name(folder, root)}/ from '{source}'. Now write the "
          "institution's own name, address, contacts and « À propos » in institution.yaml and "
          "replace the emblem: inv check lists what is still copied or a placeholder "
          "(W003, W004), and inv publish refuses until it is done.", file=out)
    return EXIT_OK
