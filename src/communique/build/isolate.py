"""Render releases to PDF and DOCX in warm worker processes, each render under a deadline
and a memory limit.

WeasyPrint makes no promise about hostile HTML or CSS: a template or a value could make
layout run for ever or eat all memory. Renders therefore run in worker processes with an
address-space limit (RLIMIT_AS), and a render that overruns its deadline has its worker
killed; the build fails with a clear message naming the release, and a fresh worker
takes the dead one's place for the next render.

A pool forks, as soon as it starts and before the build has read anything, one process
that imports WeasyPrint and makes the font configuration (about 0.6 s cold), while the
parent reads and checks the releases; the workers are forked from that warm process, so
the import is paid once however many workers run or are replaced, and each worker takes
many renders. The first worker is forked as soon as WeasyPrint is in, to lay out the
first PDF (the longest task of a one-release build); the warm process imports python-docx
and the read-back helpers meanwhile, for the workers after it. A release is two tasks,
its PDF and its DOCX, which two workers take side by side; each file is read back (its
text extracted) by the worker that made it, except the PDF of a worker forked before
the read-back helpers were imported: that worker is replaced by a fresh one, which
reads the PDF back (a 'read-pdf' task), rather than it importing pikepdf after the
layout. The parent only compares the texts.

That first worker has no Jinja either: while it waits for WeasyPrint, a process forked
from the parent (which has the templates' libraries for reading the release) renders the
HTML of the first release under the same memory limit and a short deadline, and the
worker lays that HTML out. Should that fail or overrun, the worker renders the HTML
itself, under its own limits, and reports the template's error exactly as it would have.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import resource
import signal
import sys
import time
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass
from multiprocessing.connection import wait
from typing import TYPE_CHECKING

from communique.errors import RenderError

if TYPE_CHECKING:  # the pool starts before the parent imports the packs (and babel)
    from communique.model import Release
    from communique.packs.manifest import Institution, Pack

DEFAULT_TIMEOUT_S = 120
DEFAULT_MEMORY_MB = 3072
MAX_WORKERS = 4
# How long a fresh worker may take to import the renderers before it is ready.
WARM_UP_S = 120
PARTS = ("pdf", "docx")


@dataclass(frozen=True)
class RenderJob:
    release: Release
    pack: Pack
    institution: Institution
    label: str
    # The release's HTML document, when it was rendered before the job was sent (see
    # `_html_beforehand`); otherwise the worker renders it.
    html: str | None = None


@dataclass(frozen=True)
class Rendered:
    job: RenderJob
    pdf: bytes
    docx: bytes
    # What reading the two files back found (rules O001–O005), before any selection.
    diagnostics: tuple = ()


def default_workers() -> int:
    return max(1, min(os.cpu_count() or 1, MAX_WORKERS))


def _die_with_parent(parent: int) -> None:
    """Never outlive the process that started this one (kill -9 included)."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        pass  # not Linux: an orphaned child ends when its pipe closes
    if os.getppid() != parent:
        os._exit(1)  # the parent died before the line above


_PR_SET_PDEATHSIG = 1


# --- in the worker -----------------------------------------------------------------------

def _limit_memory(memory_mb: int) -> None:
    limit = memory_mb * 1024 * 1024
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _warm_up(part: str) -> None:
    """Import what the workers need, in two parts: 'pdf' (WeasyPrint and the font
    configuration) before the first worker is forked, which lays out the first PDF; 'rest'
    (python-docx, the read-back, pikepdf) after, while that worker renders. A worker forked
    before the rest imports it itself when it needs it."""
    if part == "pdf":
        from communique.writers.pdf import font_configuration

        font_configuration()  # imports WeasyPrint
        return
    import pikepdf  # noqa: F401 - the read-back parses the PDF's objects with it

    from communique.checks import readback  # noqa: F401
    from communique.writers import docx, html  # noqa: F401


def _render_part(job: RenderJob, part: str, data: bytes = b"") -> tuple:
    """('ok', bytes, reading) or ('error', message, whether the worker must be replaced).

    'pdf' renders the PDF and reads it back, unless this worker was forked before the
    read-back's libraries were imported (the first worker of a pool): then the reading
    is None and the pool has the PDF read back ('read-pdf', with `data`) by a worker
    that has them, instead of importing pikepdf after the layout, on the path of a
    one-release build.
    """
    try:
        if part == "pdf":
            from communique.writers import pdf

            data = pdf.render_pdf(job.release, job.pack, job.institution, job.html)
            if not _read_back_ready():
                return "ok", data, None
            from communique.checks import readback

            return "ok", data, readback.read_pdf(data, job.release.language == "ar")
        from communique.checks import readback

        if part == "read-pdf":
            return "ok", b"", readback.read_pdf(data, job.release.language == "ar")
        from communique.writers import docx

        data = docx.render_docx(job.release, job.pack, job.institution)
        return "ok", data, readback.read_docx(data)
    except RenderError as err:
        return "error", err.message, False
    except MemoryError:
        return "error", "rendering needed more memory than the limit allows", True
    except RecursionError:
        return "error", "the document is nested too deeply to lay out", True
    except Exception as err:  # noqa: BLE001 - a layout engine crash must not kill the build
        return "error", f"the layout engine failed ({type(err).__name__}: {err})", True


def _read_back_ready() -> bool:
    """Whether this process has what reading a PDF back needs (see `_warm_up`)."""
    return "pikepdf" in sys.modules and "communique.checks.readback" in sys.modules


def _warm_parent(control, memory_mb: int, parent: int) -> None:
    """The process the workers are forked from: warm, single-threaded, doing nothing else.

    It receives, for each worker wanted, the worker's end of a fresh pipe.
    """
    from multiprocessing.connection import Connection
    from multiprocessing.reduction import recv_handle

    # The build answers Ctrl-C (sent to the whole process group) and SIGTERM and stops
    # the workers itself; none may print a traceback or outlive it (kill -9).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _die_with_parent(parent)
    _limit_memory(memory_mb)  # inherited by every worker
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # workers are reaped without a wait
    failure = ""
    parts = ["pdf", "rest"]

    def warm_next() -> None:
        nonlocal failure
        try:
            _warm_up(parts.pop(0))
        except MemoryError:
            failure = "the renderers do not fit in the memory limit"

    warm_next()
    while True:
        try:
            handle = recv_handle(control)
        except (EOFError, OSError):
            os._exit(0)  # the build is over
        warm = os.getpid()
        if os.fork() == 0:
            control.close()
            _die_with_parent(warm)
            signal.signal(signal.SIGCHLD, signal.SIG_DFL)  # pdftotext must be waited for
            _work(Connection(handle), failure)
            os._exit(0)
        os.close(handle)
        if parts and not failure:
            warm_next()  # the first worker lays out its PDF meanwhile


def _work(conn, failure: str = "") -> None:
    """A worker's life: say why it cannot render, or serve renders until told to stop.
    A pool that closed its end first (a worker forked for it and no longer needed, as the
    build ends) is no error: the worker leaves, with no traceback on the build's stderr."""
    try:
        if failure:
            conn.send(("failed", failure))
        else:
            _serve(conn)
    except OSError:
        pass


def _serve(conn) -> None:
    conn.send(("ready", os.getpid(), _read_back_ready()))
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):
            return
        if request is None:
            return
        outcome = _render_part(*request)
        if outcome[0] == "ok":
            outcome += (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,)
        conn.send(outcome)
        if outcome[0] == "error" and outcome[2]:
            return  # after a MemoryError or a crash the heap is not to be trusted


# --- in the parent -----------------------------------------------------------------------

@dataclass
class _Worker:
    conn: object
    pid: int = 0  # known once the worker said it is ready
    ready: bool = False
    task: tuple[int, str] | None = None
    sent_at: float = 0.0
    ready_at: float = 0.0
    read_back_ready: bool = False  # it can read a PDF back without importing pikepdf
    # Forked as soon as WeasyPrint is imported, before the HTML writer (the first worker
    # of a warm process): the parent renders the HTML of what it sends it while it warms.
    early: bool = False

    def deadline(self, timeout_s: float) -> float:
        if not self.ready:  # the deadline of a render starts when the worker is warm
            return self.sent_at + max(timeout_s, WARM_UP_S)
        return max(self.sent_at, self.ready_at) + timeout_s

    def take_ready(self, message) -> bool:
        if message is not None and message[0] == "ready":
            self.ready, self.pid, self.ready_at = True, message[1], time.monotonic()
            self.read_back_ready = message[2]
            return True
        return False

    def stop(self) -> None:
        """Kill the worker: it holds nothing worth a graceful exit. One that has not said
        it is ready yet has no render to stop, and leaves when its pipe closes."""
        if not self.pid:
            try:
                while self.conn.poll(0) and not self.take_ready(self.conn.recv()):
                    pass
            except (EOFError, OSError):
                pass
        if self.pid:
            try:
                os.kill(self.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        self.conn.close()


class RenderPool:
    """Warm renderer processes that take many releases each (see the module's docstring).

    Use as a context manager; `start()` forks the workers early so that they warm up
    while the caller does other work. Forking needs a parent with no other threads busy
    in C code; the build and the preview start their pool before any thread.
    """

    def __init__(self, workers: int | None = None, *, timeout_s: float | None = None,
                 memory_mb: int | None = None):
        self.size = max(1, workers or default_workers())
        self.timeout_s = DEFAULT_TIMEOUT_S if timeout_s is None else timeout_s
        self.memory_mb = DEFAULT_MEMORY_MB if memory_mb is None else memory_mb
        self.renders = 0  # files rendered by this pool, for the build's report and tests
        self.peak_memory_kb = 0  # the largest peak resident memory a worker reported
        self._context = multiprocessing.get_context("fork")
        self._workers: list[_Worker] = []
        self._warm: multiprocessing.Process | None = None
        self._control = None

    def __enter__(self) -> RenderPool:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    def start(self, count: int | None = None) -> RenderPool:
        """Have workers up to `count` (the pool's size by default); returns at once."""
        from multiprocessing.reduction import send_handle

        fresh = self._warm is None or not self._warm.is_alive()
        if fresh:
            self._stop_warm_parent()
            self._control, theirs = self._context.Pipe()
            self._warm = self._context.Process(target=_warm_parent,
                                               args=(theirs, self.memory_mb, os.getpid()),
                                               name="communique-render", daemon=True)
            self._warm.start()
            theirs.close()
        wanted = min(self.size, count or self.size)
        while len(self._workers) < wanted:
            ours, theirs = self._context.Pipe()
            try:
                send_handle(self._control, theirs.fileno(), self._warm.pid)
            except OSError as err:
                ours.close()
                raise RenderError(f"the renderer could not be started ({err})") from None
            finally:
                theirs.close()
            self._workers.append(_Worker(ours, sent_at=time.monotonic(), early=fresh))
            fresh = False
        return self

    def close(self) -> None:
        for worker in self._workers:
            worker.stop()
        self._workers.clear()
        self._stop_warm_parent()

    def _stop_warm_parent(self) -> None:
        if self._warm is not None:
            self._warm.kill()
            self._warm.join()
            self._control.close()
            self._warm = self._control = None

    def render(self, jobs: Iterable[RenderJob], on_done=None, idle=None) -> list[Rendered]:
        """Render every job, or raise RenderError naming the first that failed.

        `jobs` may be a generator: a job is asked for only when a worker is free. `idle`,
        when given, is called each time the workers have been handed what they can take:
        it does one piece of the caller's own work (checking one release) and says
        whether it has more, so the caller works while the workers render. An exception
        it raises stops the render: the busy workers are killed and it propagates.
        """
        from communique.checks.readback import shown_values, verify_readings

        source = iter(jobs)
        taken: list[RenderJob] = []
        pending: deque[tuple[int, str]] = deque()

        def take() -> bool:
            job = next(source, None)
            if job is None:
                return False
            taken.append(job)
            pending.extend((len(taken) - 1, part) for part in PARTS)
            return True

        more = take()
        if not more:
            return []
        self.start()
        parts: dict[int, dict[str, tuple]] = {}
        done: dict[int, Rendered] = {}
        shown: dict[int, list | None] = {}

        def foresee() -> bool:
            """Work out what one job's files must show (see `shown_values`) while the
            workers render it; False when every job taken has it. Should that fail, the
            verification works it out again and fails at its usual place."""
            index = next((i for i in range(len(taken)) if i not in shown and i not in done),
                         None)
            if index is None:
                return False
            job = taken[index]
            try:
                shown[index] = shown_values(job.release, job.pack, job.institution)
            except Exception:  # noqa: BLE001 - raised again, where it always was
                shown[index] = None
            return True

        def hand_out() -> None:
            nonlocal more
            while free := [w for w in self._workers if w.task is None]:
                if not pending:
                    if not more:
                        return
                    more = take()
                    continue
                index, part = pending.popleft()
                if part == "read-pdf":  # to a worker that has the read-back's libraries
                    free.sort(key=lambda w: not w.read_back_ready)
                    request = (taken[index], part, parts[index]["pdf"][0])
                else:
                    request = (taken[index], part)
                worker = free[0]
                if part == "pdf" and worker.early and not worker.ready:
                    request = (_html_beforehand(taken[index], self.memory_mb,
                                                  min(HTML_BEFOREHAND_S, self.timeout_s)), part)
                worker.task, worker.sent_at = (index, part), time.monotonic()
                worker.conn.send(request)

        try:
            while pending or more or any(w.task for w in self._workers):
                hand_out()
                if not any(w.task for w in self._workers):
                    continue
                busy_elsewhere = bool(idle()) if idle is not None else False
                busy_elsewhere = foresee() or busy_elsewhere
                for index, part, data, reading in self._collect(taken, busy_elsewhere):
                    if part == "read-pdf":
                        parts[index]["pdf"] = (parts[index]["pdf"][0], reading)
                    else:
                        parts.setdefault(index, {})[part] = (data, reading)
                        self.renders += 1
                        if reading is None:
                            pending.appendleft((index, "read-pdf"))
                            self._retire_unready()
                    read = [r for _, r in parts[index].values() if r is not None]
                    if len(read) == len(PARTS):
                        both = parts.pop(index)
                        (pdf, pdf_reading), (docx, docx_reading) = both["pdf"], both["docx"]
                        job = taken[index]
                        found = verify_readings(job.release, job.pack, pdf_reading,
                                                docx_reading, job.institution,
                                                shown.pop(index, None))
                        done[index] = Rendered(job, pdf, docx, tuple(found))
                        if on_done:
                            on_done(job)
        except BaseException:
            self._abandon_busy()
            raise
        return [done[i] for i in range(len(taken))]

    def _collect(self, jobs: list[RenderJob], poll_only: bool = False):
        """Wait for the next finished tasks (only look, with `poll_only`); stop and
        report a worker that overran."""
        busy = [w for w in self._workers if w.task is not None]
        now = time.monotonic()
        nearest = min(w.deadline(self.timeout_s) for w in busy)
        ready = wait([w.conn for w in busy],
                     timeout=0.0 if poll_only else max(0.0, nearest - now))
        for worker in busy:
            job = jobs[worker.task[0]]
            label = job.label
            if worker.conn in ready:
                try:
                    message = worker.conn.recv()
                except (EOFError, OSError):
                    message = None  # the worker died: killed, or crashed in C code
                if worker.take_ready(message):
                    continue
                if message is None or message[0] == "failed":
                    self._replace(worker)
                    raise RenderError(f"{label}: {self._death(worker, message)}",
                                      job.release.slug)
                index, part = worker.task
                worker.task = None
                if message[0] == "error":
                    if message[2]:
                        self._replace(worker)
                    raise RenderError(f"{label}: {message[1]}", job.release.slug)
                self.peak_memory_kb = max(self.peak_memory_kb, message[3])
                yield index, part, message[1], message[2]
            elif time.monotonic() >= worker.deadline(self.timeout_s):
                self._replace(worker)
                raise RenderError(f"{label}: rendering took longer than {self.timeout_s:g} s "
                                  "and was stopped", job.release.slug)

    def _retire_unready(self) -> None:
        """Replace the workers that cannot read a PDF back (the first of a warm process,
        forked before it imported the read-back) by fresh ones, which can: the PDF that
        one made is read back by its successor, forked in a few milliseconds, instead of
        it importing pikepdf after the layout or the PDF waiting for a busy worker."""
        unready = [w for w in self._workers
                   if w.task is None and w.ready and not w.read_back_ready]
        for worker in unready:
            self._replace(worker)
        if unready:
            self.start()

    def _death(self, worker: _Worker, message) -> str:
        if message is not None and message[0] == "failed":
            return message[1]
        return ("the renderer stopped unexpectedly; it may have needed more than the "
                f"{self.memory_mb} MB of memory allowed")

    def _replace(self, worker: _Worker) -> None:
        """Kill a worker; the next render forks a fresh one in its place."""
        worker.stop()
        self._workers.remove(worker)

    def _abandon_busy(self) -> None:
        # Their results would arrive during the next render and be taken for its own.
        for worker in [w for w in self._workers if w.task is not None]:
            self._replace(worker)


# A press release's HTML renders in about 0.1 s; past this the worker renders it itself,
# under the render's own deadline, as if it had never been tried here.
HTML_BEFOREHAND_S = 5.0


def _html_beforehand(job: RenderJob, memory_mb: int,
                     timeout_s: float = HTML_BEFOREHAND_S) -> RenderJob:
    """`job` with its HTML document, rendered while the worker it goes to imports
    WeasyPrint, by a process forked from this one under the workers' memory limit and a
    deadline; or `job` unchanged, for the worker to render it (and report any error in
    the template) as it always has.

    Off the path of a one-release build: Jinja, babel and the render context, which the
    parent has imported to read the release, and the template's compilation.
    """
    import threading
    from dataclasses import replace
    from multiprocessing.connection import Pipe

    if job.html is not None or threading.active_count() > 1:
        return job  # forking is only safe while no other thread may hold a lock
    ours, theirs = Pipe(duplex=False)
    parent = os.getpid()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child's coverage is not collected
        code = 1
        try:
            ours.close()
            signal.signal(signal.SIGINT, signal.SIG_IGN)
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            _die_with_parent(parent)
            _limit_memory(memory_mb)
            from communique.writers.html import render_html

            theirs.send(render_html(job.release, job.pack, job.institution))
            code = 0
        except BaseException:  # noqa: BLE001 - the worker renders it again and reports
            pass
        finally:
            os._exit(code)
    theirs.close()
    html = None
    try:
        if ours.poll(timeout_s):
            html = ours.recv()
    except (EOFError, OSError):
        html = None  # it failed: the worker renders the HTML and says why
    finally:
        ours.close()
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        os.waitpid(pid, 0)
    return job if html is None else replace(job, html=html)


def render_jobs(jobs: list[RenderJob], *, workers: int | None = None,
                timeout_s: float | None = None, memory_mb: int | None = None,
                on_done=None, pool: RenderPool | None = None, idle=None) -> list[Rendered]:
    """Render every job, or raise RenderError naming the first that failed.

    With `pool`, its warm workers render (and its limits apply); otherwise a pool lives
    for this call only. `idle`: see RenderPool.render.
    """
    if pool is not None:
        return pool.render(jobs, on_done, idle)
    if not jobs:
        return []
    with RenderPool(workers, timeout_s=timeout_s, memory_mb=memory_mb) as own:
        return own.render(jobs, on_done, idle)
