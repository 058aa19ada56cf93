"""The first release of a build: its HTML rendered by the parent while the first worker
imports WeasyPrint, under the workers' limits, and laid out from that HTML."""

from __future__ import annotations

import io
import os
import shutil
import time
from pathlib import Path

import pytest

from communique import api
from communique.build import isolate
from communique.checks.engine import read_release_file
from communique.checks.settings import read_selection
from communique.writers import html as html_writer

ROOT = Path(__file__).resolve().parents[2]
SLUG = "maroc-vice-presidence-interpol"


@pytest.fixture
def project(tmp_path) -> Path:
    root = tmp_path / "project"
    shutil.copytree(ROOT / "templates", root / "templates")
    shutil.copytree(ROOT / "releases" / SLUG, root / "releases" / SLUG)
    for other in (root / "releases" / SLUG).glob("release.*.md"):
        other.unlink()
    shutil.copy(ROOT / "pyproject.toml", root / "pyproject.toml")
    return root


def _job(root: Path) -> isolate.RenderJob:
    checked = read_release_file(root, root / "releases" / SLUG / "release.md",
                                read_selection(root))
    assert checked.release is not None and checked.pack is not None
    return isolate.RenderJob(checked.release, checked.pack, checked.institution, SLUG)


def _children() -> set[int]:
    found: set[int] = set()
    for task in Path(f"/proc/{os.getpid()}/task").iterdir():
        found.update(int(pid) for pid in (task / "children").read_text().split())
    return found


def _inject(root: Path, snippet: str) -> None:
    template = root / "templates" / "communique" / "release.html.j2"
    text = template.read_text("utf-8")
    assert "{% block main %}" in text
    template.write_text(text.replace("{% block main %}", "{% block main %}" + snippet, 1),
                        "utf-8")


def test_a_one_release_build_renders_its_html_in_a_child_of_the_build(
        project, tmp_path, monkeypatch):
    calls = tmp_path / "html-renders"
    build_pid = os.getpid()
    real = html_writer.render_html

    def noted(*args, **kwargs):
        # Workers are forked from the warm process, the HTML's renderer from the build.
        with calls.open("a") as out:
            out.write("build\n" if os.getppid() == build_pid else "worker\n")
        return real(*args, **kwargs)

    monkeypatch.setattr(html_writer, "render_html", noted)
    out, err = io.StringIO(), io.StringIO()
    assert api.build(project, [], out=out, err=err) == 0, err.getvalue()
    assert calls.read_text().split() == ["build"]
    pdf = project / "build" / SLUG / f"{SLUG}.fr.pdf"
    from pypdf import PdfReader

    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Interpol" in text and "Glasgow" in text


def test_the_html_rendered_beforehand_is_the_writers(project):
    job = _job(project)
    ready = isolate._html_beforehand(job, isolate.DEFAULT_MEMORY_MB)
    assert ready.html == html_writer.render_html(job.release, job.pack, job.institution)
    assert isolate._html_beforehand(ready, isolate.DEFAULT_MEMORY_MB) is ready


def test_a_template_that_runs_on_is_left_to_the_worker_at_its_deadline(project):
    _inject(project, "{% for i in range(100000) %}{% for j in range(100000) %}"
                     "{% endfor %}{% endfor %}")
    job = _job(project)
    before = _children()
    started = time.monotonic()
    assert isolate._html_beforehand(job, isolate.DEFAULT_MEMORY_MB, 0.5) is job
    assert time.monotonic() - started < 10
    assert _children() == before  # the child was killed and reaped


def test_a_template_beyond_the_memory_limit_is_left_to_the_worker(project):
    # 1.5 GB of text: beyond 1 GB on top of what this process maps.
    _inject(project, "{{ ''|center(1500000000) }}")
    vm = next(int(line.split()[1]) // 1024 for line in
              Path("/proc/self/status").read_text().splitlines()
              if line.startswith("VmSize:"))
    job = _job(project)
    assert isolate._html_beforehand(job, vm + 1024) is job


def test_a_template_error_is_reported_by_the_worker_as_before(project):
    _inject(project, "{{ no_such_field }}")
    with isolate.RenderPool(1) as pool, pytest.raises(isolate.RenderError) as raised:
        pool.render([_job(project)])
    assert "template error" in raised.value.message and "no_such_field" in raised.value.message


def _read_pdf_requests(monkeypatch) -> list[int]:
    """Spy on the parent's requests: one entry (a job's index) per 'read-pdf' task sent."""
    from multiprocessing.connection import Connection

    sent: list[int] = []
    parent, real = os.getpid(), Connection.send

    def spy(self, obj):
        if os.getpid() == parent and isinstance(obj, tuple) and len(obj) == 3 \
                and obj[1] == "read-pdf":
            sent.append(obj[0].label)
        return real(self, obj)

    monkeypatch.setattr(Connection, "send", spy)
    return sent


def test_workers_forked_after_the_read_back_read_their_own_pdfs(project, monkeypatch):
    from dataclasses import replace

    job = _job(project)
    sent = _read_pdf_requests(monkeypatch)
    with isolate.RenderPool(2) as pool:
        done = pool.render([replace(job, label=f"copy {i}") for i in range(4)])
    assert all(d.diagnostics == () for d in done)
    # Only the first worker, forked before the read-back was imported, hands its PDF on.
    assert len(sent) == 1


def test_the_first_worker_is_replaced_by_one_that_reads_its_pdf_back(project, monkeypatch):
    sent = _read_pdf_requests(monkeypatch)
    with isolate.RenderPool(1) as pool:
        (done,) = pool.render([_job(project)])
        (worker,) = pool._workers
        # The worker left is not the one that laid the PDF out: that one could not read
        # it back, and was replaced rather than importing pikepdf after the layout.
        assert worker.read_back_ready and not worker.early
    assert sent == [SLUG] and done.diagnostics == ()


@pytest.mark.parametrize("failure", ["", "the renderers do not fit in the memory limit"])
def test_a_worker_whose_pool_has_gone_leaves_quietly(failure):
    from multiprocessing import Pipe

    ours, theirs = Pipe()
    ours.close()  # the pool stopped this worker before it said it was ready
    isolate._work(theirs, failure)  # returns: no BrokenPipeError traceback on stderr
    theirs.close()


def test_what_the_files_must_show_is_worked_out_while_they_are_rendered(
        project, monkeypatch):
    """The verification receives the required values (their dates formatted) worked out
    while the workers rendered, and finds what it would have found working them out."""
    from communique.checks import readback

    events: list[str] = []
    real_shown, real_verify = readback.shown_values, readback.verify_readings

    def shown(*args, **kwargs):
        events.append("shown")
        return real_shown(*args, **kwargs)

    def verify(release, pack, pdf, docx, institution=None, expected=None):
        events.append("verify with values" if expected is not None else "verify")
        assert real_verify(release, pack, pdf, docx, institution, expected) == \
            real_verify(release, pack, pdf, docx, institution)
        return real_verify(release, pack, pdf, docx, institution, expected)

    monkeypatch.setattr(readback, "shown_values", shown)
    monkeypatch.setattr(readback, "verify_readings", verify)
    with isolate.RenderPool(2) as pool:
        (rendered,) = pool.render([_job(project)])
    assert events[:2] == ["shown", "verify with values"]
    assert rendered.pdf.startswith(b"%PDF")
