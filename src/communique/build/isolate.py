"""Render releases to PDF and DOCX in child processes with time and memory limits.

WeasyPrint makes no promise about hostile HTML or CSS: a template or a value could make
layout run for ever or eat all memory. Each release is therefore rendered in a forked
child with an address-space limit and a deadline; a child that overruns is killed and the
build fails with a clear message. WeasyPrint and the font configuration are loaded once in
the parent before forking, so children start warm, and two children run at once on two
cores.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import resource
import signal
from dataclasses import dataclass

from communique.errors import RenderError
from communique.model import Release
from communique.packs.manifest import Institution, Pack

DEFAULT_TIMEOUT_S = 120
DEFAULT_MEMORY_MB = 3072


@dataclass(frozen=True)
class RenderJob:
    release: Release
    pack: Pack
    institution: Institution
    label: str


@dataclass(frozen=True)
class Rendered:
    job: RenderJob
    pdf: bytes
    docx: bytes
    # What reading the two files back found (rules O001–O005), before any selection.
    diagnostics: tuple = ()


# The jobs of the current batch, inherited by forked children (nothing is pickled in).
_JOBS: list[RenderJob] = []


def _start_worker(memory_mb: int, parent: int) -> None:
    """A render child: limited memory, stopped quietly, and never outliving the build."""
    # The parent answers Ctrl-C and SIGTERM and stops the children; a child must neither
    # print a traceback of its own nor go on rendering once the parent is gone (kill -9).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _die_with_parent(parent)
    _limit_memory(memory_mb)


def _die_with_parent(parent: int) -> None:
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        pass  # not Linux: a child orphaned by kill -9 ends when its pipe closes
    if os.getppid() != parent:
        os._exit(1)  # the parent died before the line above


_PR_SET_PDEATHSIG = 1


def _limit_memory(memory_mb: int) -> None:
    limit = memory_mb * 1024 * 1024
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _render_one(index: int) -> tuple[int, bytes, bytes, tuple] | tuple[int, str]:
    """Render one job and read both files back, in the child: verification is as heavy
    as rendering, and children run side by side on the two cores."""
    from communique.checks.readback import verify_outputs
    from communique.writers.docx import render_docx
    from communique.writers.pdf import render_pdf

    job = _JOBS[index]
    try:
        pdf = render_pdf(job.release, job.pack, job.institution)
        docx = render_docx(job.release, job.pack, job.institution)
        found = verify_outputs(job.release, job.pack, pdf, docx, job.institution)
        return index, pdf, docx, tuple(found)
    except RenderError as err:
        return index, err.message
    except MemoryError:
        return index, "rendering needed more memory than the limit allows"
    except RecursionError:
        return index, "the document is nested too deeply to lay out"
    except Exception as err:  # noqa: BLE001 - a layout engine crash must not kill the build
        return index, f"the layout engine failed ({type(err).__name__}: {err})"


def _warm_up() -> None:
    # Pay the imports (WeasyPrint alone is about 1 s) and the font set-up once, before
    # forking, rather than once in every child.
    from communique.checks import readback  # noqa: F401 - imported for its side of the fork
    from communique.writers import docx  # noqa: F401
    from communique.writers.pdf import font_configuration

    font_configuration()


def render_jobs(jobs: list[RenderJob], *, workers: int | None = None,
                timeout_s: float = DEFAULT_TIMEOUT_S, memory_mb: int = DEFAULT_MEMORY_MB,
                on_done=None) -> list[Rendered]:
    """Render every job, or raise RenderError naming the first that failed."""
    if not jobs:
        return []
    _warm_up()
    _JOBS[:] = jobs
    workers = max(1, min(workers or os.cpu_count() or 1, len(jobs), 4))
    context = multiprocessing.get_context("fork")
    results: dict[int, Rendered] = {}
    pool = context.Pool(workers, initializer=_start_worker,
                        initargs=(memory_mb, os.getpid()),
                        maxtasksperchild=8)
    try:
        pending = [(i, pool.apply_async(_render_one, (i,))) for i in range(len(jobs))]
        for index, handle in pending:
            try:
                outcome = handle.get(timeout=timeout_s)
            except multiprocessing.TimeoutError:
                raise RenderError(f"{jobs[index].label}: rendering took longer than "
                                  f"{timeout_s:g} s and was stopped") from None
            if len(outcome) == 2:
                raise RenderError(f"{jobs[index].label}: {outcome[1]}")
            _, pdf, docx, found = outcome
            results[index] = Rendered(jobs[index], pdf, docx, found)
            if on_done:
                on_done(jobs[index])
    finally:
        pool.terminate()
        pool.join()
        _JOBS.clear()
    return [results[i] for i in range(len(jobs))]
