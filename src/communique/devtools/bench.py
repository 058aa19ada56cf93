"""`inv bench`: how fast the pipeline is, as ratios to baselines measured in the same run.

Absolute seconds depend on the machine; a ratio to a plain use of the same library, timed
seconds apart on the same machine, says what communique itself costs:
- checking a release vs parsing its YAML alone;
- the PDF writer vs WeasyPrint laying out the same HTML with its default settings;
- the DOCX writer vs python-docx adding the same paragraphs to a blank document;
- a whole build (isolated child processes, both outputs, atomic writes) vs the two writers
  called in-process.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TextIO


def _time(function: Callable[[], object], repeat: int) -> float:
    function()  # warm: imports, caches, font configuration
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def run_benchmark(root: Path, slug: str = "", repeat: int = 5,
                  out: TextIO = sys.stdout) -> int:
    import io

    from communique.api import build
    from communique.checks.engine import check_release_file
    from communique.checks.settings import read_selection
    from communique.read.release import find_releases, release_files, split_front_matter
    from communique.read.safe_yaml import read_yaml
    from communique.writers.docx import render_docx
    from communique.writers.html import render_html
    from communique.writers.pdf import render_pdf

    folders = [f for f in find_releases(root) if not slug or f.name == slug]
    if not folders:
        print(f"inv bench: no release '{slug}'.", file=sys.stderr)
        return 2
    path = release_files(folders[0])[0]
    selection = read_selection(root)
    checked = check_release_file(root, path, selection)
    release, pack, institution = checked.release, checked.pack, checked.institution
    if release is None or pack is None or institution is None or checked.has_errors:
        print(f"inv bench: {path} does not pass its checks; run inv check.", file=sys.stderr)
        return 1
    html = render_html(release, pack, institution)
    text = path.read_text("utf-8")
    front = split_front_matter(text)[0]

    def baseline_pdf():
        import weasyprint

        weasyprint.HTML(string=html, base_url=str(pack.folder)).write_pdf()

    def baseline_docx():
        import docx

        document = docx.Document()
        document.add_heading(release.headline, 0)
        for block in release.body:
            document.add_paragraph(block.text)
        document.save(io.BytesIO())

    rows = []

    def measure(label, ours, baseline, times=repeat):
        a, b = _time(ours, times), _time(baseline, times)
        rows.append((label, a, b, a / b if b else float("inf")))

    measure("check (read + all rules)",
            lambda: check_release_file(root, path, selection),
            lambda: read_yaml(front, "x"))
    measure("PDF writer", lambda: render_pdf(release, pack, institution), baseline_pdf)
    measure("DOCX writer", lambda: render_docx(release, pack, institution), baseline_docx)

    # Every language version of the folder, as a build renders them all.
    versions = [check_release_file(root, p, selection) for p in release_files(folders[0])]

    def baseline_build():
        for v in versions:
            render_pdf(v.release, v.pack, v.institution)
            render_docx(v.release, v.pack, v.institution)

    with tempfile.TemporaryDirectory() as temp:
        import shutil

        copy = Path(temp)
        shutil.copytree(root / "templates", copy / "templates")
        shutil.copytree(folders[0], copy / "releases" / folders[0].name)
        sink = io.StringIO()
        measure(f"build of {len(versions)} version(s): checks, isolated render, "
                "read-back verification, writes",
                lambda: build(copy, [], out=sink, err=sink), baseline_build,
                max(2, repeat // 2))

    print(f"Benchmark on releases/{folders[0].name} (median of {repeat} runs, warm):", file=out)
    width = max(len(label) for label, *_ in rows) + 2
    print(f"  {'what':<{width}}{'ours':>10}{'baseline':>10}{'ratio':>8}", file=out)
    for label, ours, base, ratio in rows:
        print(f"  {label:<{width}}{ours * 1000:>8.1f}ms{base * 1000:>8.1f}ms{ratio:>7.2f}x",
              file=out)
    print("Baselines: YAML parse alone; WeasyPrint on the same HTML with defaults; python-docx "
          "with the same paragraphs; both writers in-process for every version.", file=out)
    return 0
