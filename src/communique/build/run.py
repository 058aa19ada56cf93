"""The build pipeline: planned -> checked -> rendered in memory -> verified -> written.

`api.build` only prints and chooses exit codes; everything a build does is here, so that
other commands (publishing, the preview) run the same pipeline. The plan (build/plan.py)
says which releases are up to date; only the others are checked and rendered, and each
release's outputs are written together with its plan record.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from communique.build import isolate
from communique.build.isolate import Rendered, RenderJob
from communique.build.plan import (
    Digests,
    ReleasePlan,
    new_record,
    plan_build,
    remove_outputs,
)
from communique.build.write import output_dir, output_name, write_outputs
from communique.read.release import relative_name

__all__ = ["ReleasePlan", "Rendered", "check_and_render", "plan_build", "planned_outputs",
           "remove_outputs", "render_releases", "write_release_sets"]


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
                     on_done=None) -> tuple[list, list[Rendered] | None]:
    """Check the releases of `folders` and render those that pass, side by side: the
    workers render a release while the next is checked.

    Returns the engine's Checked items and the Rendered ones (with `selection` applied),
    or None for the latter when a release failed its checks: the build stops there, and
    what was rendered is dropped. Raises RenderError naming a release that could not be
    rendered, when every release passed its checks.
    """
    from communique.checks.engine import check_targets

    results: list = []

    def checked_jobs():
        for folder in folders:
            for checked in check_targets(root, [str(folder)], selection):
                results.append(checked)
                if not checked.has_errors and not any(r.has_errors for r in results):
                    yield RenderJob(checked.release, checked.pack, checked.institution,
                                    relative_name(checked.path, root))

    jobs = checked_jobs()
    try:
        rendered = isolate.render_jobs(jobs, on_done=on_done, pool=pool)
    except isolate.RenderError:
        for _ in jobs:  # the checks of the releases not reached yet come first
            pass
        if any(r.has_errors for r in results):
            return results, None
        raise
    for _ in jobs:
        pass
    if any(r.has_errors for r in results):
        return results, None
    return results, [replace(item, diagnostics=tuple(selection.apply(item.diagnostics)))
                     for item in rendered]


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


def write_release_sets(root: Path, rendered: list[Rendered],
                       check_warnings: dict[str, int] | None = None) -> list[Path]:
    """Write the rendered files under build/, each release's plan record with them;
    return the output paths written (records aside).

    `check_warnings`: per slug, the warnings the checks reported (kept in the record).
    Raises OutputError naming the file that could not be written.
    """
    check_warnings = check_warnings or {}
    planned = planned_outputs(root, rendered)
    records = []
    by_folder: dict[Path, list[Rendered]] = {}
    for item in rendered:
        by_folder.setdefault(root / "releases" / item.job.release.slug, []).append(item)
    digests = Digests(root)
    for folder, items in by_folder.items():
        records.append(new_record(
            root, folder, {i.job.pack.folder.name for i in items},
            {i.job.institution.folder.name for i in items}, planned_outputs(root, items),
            warnings=sum(len(i.diagnostics) for i in items)
            + check_warnings.get(folder.name, 0), digests=digests))
    outputs = {path.name for path, _ in planned}
    return [path for path in write_outputs(root, planned + records) if path.name in outputs]
