"""Rendering runs in children with a deadline and a memory limit."""

import time

import pytest

from communique.build import isolate as rendering
from communique.errors import RenderError
from communique.packs.manifest import load_institution, load_pack
from communique.read.release import read_release


@pytest.fixture
def job(project):
    release = read_release(project.release_file, project.root).release
    return rendering.RenderJob(release, load_pack(project.root, "communique"),
                               load_institution(project.root, "dgsn"), "the-label")


def test_renders_pdf_and_docx(job):
    (done,) = rendering.render_jobs([job])
    assert done.pdf.startswith(b"%PDF-") and done.docx.startswith(b"PK")


def test_a_render_that_never_ends_is_stopped(job, monkeypatch):
    monkeypatch.setattr("communique.writers.pdf.render_pdf", lambda *a: time.sleep(60))
    started = time.monotonic()
    with pytest.raises(RenderError, match="the-label: rendering took longer than 1 s"):
        rendering.render_jobs([job], timeout_s=1)
    assert time.monotonic() - started < 30


def test_a_render_that_eats_memory_is_stopped(job, monkeypatch):
    monkeypatch.setattr("communique.writers.pdf.render_pdf", lambda *a: bytearray(4 << 30))
    with pytest.raises(RenderError, match="more memory than the limit"):
        rendering.render_jobs([job], memory_mb=1024)


def test_render_errors_name_the_release(job, monkeypatch):
    def refuse(*_):
        raise RenderError("the emblem is missing")

    monkeypatch.setattr("communique.writers.pdf.render_pdf", refuse)
    with pytest.raises(RenderError, match="the-label: the emblem is missing"):
        rendering.render_jobs([job])


def _slow_when_asked(release, *args):
    from communique.writers import pdf

    if "LENTEMENT" in release.headline:
        time.sleep(60)
    return pdf.real_render_pdf(release, *args)


def _greedy_when_asked(release, *args):
    from communique.writers import pdf

    if "GOURMAND" in release.headline:
        return bytearray(8 << 30)  # more than the default limit
    return pdf.real_render_pdf(release, *args)


@pytest.mark.parametrize("fault, limits, message", [
    ("LENTEMENT", {"timeout_s": 2}, "rendering took longer than 2 s and was stopped"),
    # The default limit: the warm process inherits the test process's address space,
    # which other tests may have filled (spaCy), and a real render must fit beside it.
    ("GOURMAND", {}, "rendering needed more memory than the limit allows"),
])
def test_a_worker_that_overran_is_replaced_and_the_pool_renders_on(job, monkeypatch, fault,
                                                                  limits, message):
    from dataclasses import replace

    from communique.writers import pdf

    monkeypatch.setattr(pdf, "real_render_pdf", pdf.render_pdf, raising=False)
    monkeypatch.setattr(pdf, "render_pdf",
                        _slow_when_asked if fault == "LENTEMENT" else _greedy_when_asked)
    faulty = replace(job, release=replace(job.release, headline=fault), label="faulty")
    with rendering.RenderPool(2, **limits) as pool:
        with pytest.raises(rendering.RenderError, match=f"faulty: {message}"):
            pool.render([faulty])
        pool.timeout_s = rendering.DEFAULT_TIMEOUT_S  # a real render on a busy machine
        (done,) = pool.render([job])  # fresh workers, from the same warm process
    assert done.pdf.startswith(b"%PDF-") and done.diagnostics == ()


def test_many_releases_share_the_workers(job):
    from dataclasses import replace

    jobs = [replace(job, label=f"copy {i}") for i in range(5)]
    with rendering.RenderPool(2) as pool:
        done = pool.render(iter(jobs))  # a generator works too: jobs taken as needed
        assert pool.renders == 10  # a PDF and a DOCX each
    assert [d.job.label for d in done] == [j.label for j in jobs]
    assert all(d.pdf.startswith(b"%PDF-") and d.docx.startswith(b"PK") for d in done)
