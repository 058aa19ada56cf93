"""The build pipeline: planned -> checked -> rendered in memory -> verified -> written.

`api.build` only prints and chooses exit codes; everything a build does is here, so that
other commands (publishing, the preview) run the same pipeline. The plan (build/plan.py)
says which releases are up to date; only the others are checked and rendered, and each
release's outputs are written together with its plan record.
"""

from __future__ import annotations

from collections import deque
from dataclasses import replace
from pathlib import Path

from communique.build import isolate
from communique.build.isolate import Rendered, RenderJob
from communique.build.plan import (
    Digests,
    ReleasePlan,
    input_record,
    new_record,
    plan_build,
    remove_outputs,
)
from communique.build.write import output_dir, output_name, write_outputs
from communique.read.folders import release_files
from communique.read.release import relative_name

__all__ = ["ReleasePlan", "Rendered", "check_and_render", "plan_build", "planned_outputs",
           "record_inputs", "remove_outputs", "render_releases", "write_release_sets"]


def render_releases(root: Path, results, selection, on_done=None,
                    pool: isolate.RenderPool | None = None) -> list[Rendered]:
    """Render every checked release (PDF and DOCX, in memory) and read both files back.

    `results` are the engine's Checked items, all free of errors. Each Rendered carries
    the bytes and what reading them back found, with `selection` (the project's rule
    settings) already applied. Nothing is written. Raises RenderError naming the release
    that could not be rendered. With `pool`, its warm workers render.
    """
    jobs = [RenderJob(r.release, r.pack, r.institution, relative_name(r.path, root))
            for r in results]
    rendered = isolate.render_jobs(jobs, on_done=on_done, pool=pool)
    return [replace(item, diagnostics=tuple(selection.apply(item.diagnostics)))
            for item in rendered]


def check_and_render(root: Path, folders: list[Path], selection, pool: isolate.RenderPool,
                     on_done=None, on_checked=None) -> tuple[list, list[Rendered] | None]:
    """Check the releases of `folders` and render them, side by side: each release goes
    to the workers as soon as it is read, and its rules run while they lay it out.

    Returns the engine's Checked items and the Rendered ones (with `selection` applied),
    or None for the latter when a release failed its checks: the renders still running
    are stopped, what was rendered is dropped, and the other releases are still checked
    so that the report lists every problem. Nothing is written here either way: the
    caller writes only when this returns rendered files. Raises RenderError naming a
    release that could not be rendered, when every release passed its checks.

    `on_checked(results)` is called once every release is read and checked, none with an
    error, as soon as that is so: usually while the workers still lay the PDFs out, so
    that what the caller makes of the checks' findings (the report's text) is ready when
    the files are, instead of being made after them.
    """
    from communique.checks.engine import read_release_file, report_once, run_checks

    results: list = []
    unchecked: deque = deque()
    seen: dict[Path, set] = {}
    failed = False
    # Listed up front, so that the last one is known when it is read.
    paths = [(folder, path) for folder in folders for path in release_files(folder)]
    read_all = reported = False

    def note(checked) -> None:
        nonlocal failed
        if checked.has_errors:
            failed = True

    def read_jobs():
        nonlocal read_all
        for number, (folder, path) in enumerate(paths, 1):
            checked = read_release_file(root, path, selection)
            results.append(checked)
            unchecked.append((folder, checked))
            read_all = number == len(paths)
            note(checked)
            if not failed:
                yield RenderJob(checked.release, checked.pack, checked.institution,
                                relative_name(checked.path, root))

    def check_next() -> bool:
        """Run the rules of the next release read; False when none is waiting."""
        if unchecked:
            folder, checked = unchecked.popleft()
            report_once(run_checks(root, checked, selection), seen.setdefault(folder, set()))
            note(checked)
            if failed:
                raise _ChecksFailed
        if not unchecked:
            all_checked()
        return bool(unchecked)

    def all_checked() -> None:
        nonlocal reported
        if read_all and not failed and not reported and on_checked is not None:
            reported = True
            on_checked(results)

    jobs = read_jobs()
    try:
        rendered = isolate.render_jobs(jobs, on_done=on_done, pool=pool, idle=check_next)
    except (_ChecksFailed, isolate.RenderError):
        _finish(jobs, check_next)  # the checks of the releases not reached yet come first
        if failed:
            return results, None
        raise
    try:
        _finish(jobs, check_next)
    except _ChecksFailed:
        pass
    if failed:
        return results, None
    return results, [replace(item, diagnostics=tuple(selection.apply(item.diagnostics)))
                     for item in rendered]


class _ChecksFailed(Exception):
    """A release failed its checks: the build stops rendering."""


def _finish(jobs, check_next) -> None:
    """Read and check every release not reached yet (an error stops nothing here)."""
    for _ in jobs:
        pass
    while True:
        try:
            if not check_next():
                return
        except _ChecksFailed:
            continue


def planned_outputs(root: Path, rendered: list[Rendered]) -> list[tuple[Path, bytes]]:
    """Where each rendered file goes: build/<slug>/<slug>.<lang>.pdf and .docx."""
    planned: list[tuple[Path, bytes]] = []
    for item in rendered:
        release = item.job.release
        folder = output_dir(root, release.slug)
        planned.append((folder / output_name(release.slug, release.language, "pdf"), item.pdf))
        planned.append((folder / output_name(release.slug, release.language, "docx"),
                        item.docx))
    return planned


def record_inputs(root: Path, results) -> dict:
    """The plan records' digests of the inputs of the checked releases `results` (the
    engine's Checked items, all renderable), for `write_release_sets`: the build takes
    them while the workers lay the files out, not after the last file."""
    by_folder: dict[Path, list] = {}
    for r in results:
        by_folder.setdefault(root / "releases" / r.release.slug, []).append(r)
    digests = Digests(root)
    inputs = {}
    for folder, items in by_folder.items():
        key = _record_key(folder, {r.pack.folder.name for r in items},
                          {r.institution.folder.name for r in items})
        inputs[key] = input_record(root, folder, key[1], key[2], digests)
    return inputs


def _record_key(folder: Path, packs: set[str], institutions: set[str]) -> tuple:
    return folder, frozenset(packs), frozenset(institutions)


def write_release_sets(root: Path, rendered: list[Rendered],
                       check_warnings: dict[str, int] | None = None,
                       inputs: dict | None = None) -> list[Path]:
    """Write the rendered files under build/, each release's plan record with them;
    return the output paths written (records aside).

    `check_warnings`: per slug, the warnings the checks reported (kept in the record).
    `inputs`: from `record_inputs`, when the inputs' digests were taken beforehand; a
    release it has no entry for (or not for these packs) has them taken now.
    Raises OutputError naming the file that could not be written.
    """
    check_warnings = check_warnings or {}
    inputs = inputs or {}
    planned = planned_outputs(root, rendered)
    records = []
    by_folder: dict[Path, list[Rendered]] = {}
    for item in rendered:
        by_folder.setdefault(root / "releases" / item.job.release.slug, []).append(item)
    digests = Digests(root)
    for folder, items in by_folder.items():
        packs = {i.job.pack.folder.name for i in items}
        institutions = {i.job.institution.folder.name for i in items}
        records.append(new_record(
            root, folder, packs, institutions, planned_outputs(root, items),
            warnings=sum(len(i.diagnostics) for i in items)
            + check_warnings.get(folder.name, 0), digests=digests,
            inputs=inputs.get(_record_key(folder, packs, institutions))))
    outputs = {path.name for path, _ in planned}
    return [path for path in write_outputs(root, planned + records) if path.name in outputs]
