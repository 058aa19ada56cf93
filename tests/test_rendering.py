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
