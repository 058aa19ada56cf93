"""The build pipeline renders a release while its rules run, and writes only when they
pass: a release that fails them is rendered for nothing, never written."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from communique import api
from communique.build import isolate, run
from communique.checks import engine
from communique.checks.settings import read_selection

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


def _hold_rules_until(marker: Path, seen: list[bool], monkeypatch) -> None:
    """The rules wait (30 s at most) for a worker to start laying out the PDF."""
    real = engine.run_checks

    def held(*args, **kwargs):
        deadline = time.monotonic() + 30
        while not marker.exists() and time.monotonic() < deadline:
            time.sleep(0.02)
        seen.append(marker.exists())
        return real(*args, **kwargs)

    monkeypatch.setattr(engine, "run_checks", held)


def _mark_pdf_renders(marker: Path, monkeypatch, then=None) -> None:
    """Workers are forked from the build: they inherit this wrapper."""
    from communique.writers import pdf

    real = pdf.render_pdf

    def marked(*args, **kwargs):
        marker.touch()
        if then:
            then()
        return real(*args, **kwargs)

    monkeypatch.setattr(pdf, "render_pdf", marked)


def test_the_pdf_is_laid_out_while_the_rules_run(project, tmp_path, monkeypatch):
    marker, seen = tmp_path / "rendering", []
    _mark_pdf_renders(marker, monkeypatch)
    _hold_rules_until(marker, seen, monkeypatch)
    out, err = io.StringIO(), io.StringIO()
    assert api.build(project, [], out=out, err=err) == 0, err.getvalue()
    assert seen == [True]  # the rules ran only once the layout had begun
    assert sorted(p.suffix for p in (project / "build" / SLUG).iterdir()
                  if p.suffix in (".pdf", ".docx")) == [".docx", ".pdf"]


def test_a_release_failing_its_rules_is_not_written_and_its_render_is_stopped(
        project, tmp_path, monkeypatch):
    release = project / "releases" / SLUG / "release.md"
    text = release.read_text("utf-8")
    # A date the rules refuse (D rules); reading it still succeeds.
    release.write_text(text.replace("event_date: ", "event_date: 2019-02-29 #", 1), "utf-8")
    marker, seen = tmp_path / "rendering", []
    _mark_pdf_renders(marker, monkeypatch, then=lambda: time.sleep(600))
    _hold_rules_until(marker, seen, monkeypatch)
    selection = read_selection(project)
    with isolate.RenderPool(2, timeout_s=600) as pool:
        results, rendered = run.check_and_render(project, [release.parent], selection, pool)
        assert rendered is None
        assert seen == [True]  # it was being laid out when the rules found the error
        assert any(r.has_errors for r in results)
        assert pool.renders == 0  # the hung layout was stopped, not waited for
    out, err = io.StringIO(), io.StringIO()
    monkeypatch.undo()
    assert api.build(project, [], out=out, err=err) == 1
    assert "Nothing was built" in err.getvalue()
    assert not (project / "build" / SLUG).exists()


def test_reading_a_release_imports_no_rule(project):
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from communique.checks.engine import read_release_file\n"
        "from communique.checks.settings import read_selection\n"
        f"root = Path({str(project)!r})\n"
        f"checked = read_release_file(root, root / 'releases' / {SLUG!r} / 'release.md',\n"
        "                            read_selection(root))\n"
        "assert checked.release is not None and checked.pack is not None\n"
        "print(sorted(m for m in sys.modules if m.startswith('communique.checks.r')))\n")
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src") + os.pathsep
               + os.environ.get("PYTHONPATH", ""))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=env, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "['communique.checks.rule']"  # the base class, no rules


def test_the_checks_findings_are_handed_over_while_the_pdf_is_laid_out(project):
    """The build writes its report of the checks' warnings from `on_checked`, before the
    files are rendered, not after the last of them."""
    selection = read_selection(project)
    done: list = []
    handed: list[tuple[int, int]] = []

    def on_checked(results):
        handed.append((len(results), len(done)))

    with isolate.RenderPool(2) as pool:
        results, rendered = run.check_and_render(
            project, [project / "releases" / SLUG], selection, pool,
            on_done=done.append, on_checked=on_checked)
    assert rendered is not None and len(done) == 1
    assert handed == [(1, 0)]  # once, every release checked, none rendered yet
    assert any(d.code == "W003" for d in results[0].diagnostics)


def test_the_report_written_during_the_render_is_the_one_printed(project):
    out, err = io.StringIO(), io.StringIO()
    assert api.build(project, [], out=out, err=err) == 0, err.getvalue()
    from communique.checks.report import to_text

    selection = read_selection(project)
    checked = engine.check_release_file(project, project / "releases" / SLUG / "release.md",
                                        selection)
    expected = to_text(checked.diagnostics, [f"releases/{SLUG}/release.md"], colour=False)
    assert expected.strip() and err.getvalue() == expected + "\n"


def test_the_plan_records_digests_are_taken_before_the_files_are_back(project, monkeypatch):
    """The digests of a release's inputs (its folder, pack, the code…) are taken while
    the workers lay it out; once the files are back only the outputs are hashed. The
    record is the one a build taking them afterwards would write: the next build finds
    the release up to date."""
    from communique.checks import readback

    events: list[str] = []
    real_inputs, real_verify = run.input_record, readback.verify_readings

    def inputs(*args, **kwargs):
        events.append("inputs")
        return real_inputs(*args, **kwargs)

    def verify(*args, **kwargs):
        events.append("verified")
        return real_verify(*args, **kwargs)

    monkeypatch.setattr(run, "input_record", inputs)
    monkeypatch.setattr(readback, "verify_readings", verify)
    out, err = io.StringIO(), io.StringIO()
    assert api.build(project, [], out=out, err=err) == 0, err.getvalue()
    assert events == ["inputs", "verified"]
    monkeypatch.undo()
    out = io.StringIO()
    assert api.build(project, [], out=out, err=io.StringIO()) == 0
    assert out.getvalue().startswith("up to date ")
