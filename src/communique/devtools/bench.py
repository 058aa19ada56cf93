"""`inv bench`: how fast builds and the preview are, as ratios to baselines measured in the
same run, whole-process (each figure times complete commands, Python start included).

1. one release, cold: `inv build` vs the bare `weasyprint` command on the HTML communique
   renders for it;
2. 100 single-language releases: `inv build` vs a script laying out the same 100 HTML
   documents with WeasyPrint in 2 worker processes;
3. `inv build` again with nothing changed vs the full build of (2);
4. a save of the release file until the preview shows it (page, rendition and PDF
   fetched again) vs WeasyPrint laying out the same HTML in a warm process.

Ours and the baseline are timed alternately, so that a busy machine slows both; the
ratio of each pair is reported as the median with its min–max over the repetitions.
Absolute seconds are printed too, but on a machine shared with other work they say more
about the other work than about communique.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path
from typing import TextIO

from .extract_bench import extract_figures

EXAMPLE = "maroc-vice-presidence-interpol"
BATCH = 100
WORKERS = 2

# The baseline of figure 2: WeasyPrint's own API, 2 processes, nothing else.
_BATCH_SCRIPT = """
import sys
from multiprocessing import get_context
import weasyprint

def lay_out(job):
    path, base = job
    weasyprint.HTML(filename=path, base_url=base).write_pdf(path + ".pdf")

if __name__ == "__main__":
    jobs = [arg.split("\t") for arg in sys.argv[2:]]
    with get_context("fork").Pool(int(sys.argv[1])) as pool:
        pool.map(lay_out, jobs, chunksize=1)
"""


FIGURES = ("cold", "batch", "preview", "extract")


def run_benchmark(root: Path, slug: str = "", repeat: int = 3, batch: int = BATCH,
                  out: TextIO = sys.stdout, err: TextIO = sys.stderr, only: str = "") -> int:
    slug = slug or EXAMPLE
    source = root / "releases" / slug
    if not (source / "release.md").is_file():
        print(f"inv bench: no release '{slug}' under releases/.", file=err)
        return 2
    # A whole run takes minutes; one figure is what a change to one path needs measured.
    chosen = [name.strip() for name in only.split(",") if name.strip()] or list(FIGURES)
    unknown = [name for name in chosen if name not in FIGURES]
    if unknown:
        print(f"inv bench: no figure '{unknown[0]}' (--only takes "
              f"{', '.join(FIGURES)}, separated by commas).", file=err)
        return 2
    repeat = max(1, repeat)
    load = os.getloadavg()[0]
    print(f"Benchmark: releases/{slug} (French version), {repeat} paired run(s) per figure, "
          f"load average {load:.1f} on {os.cpu_count()} cores at the start.", file=out,
          flush=True)
    with tempfile.TemporaryDirectory(prefix="communique-bench-") as temp:
        temp = Path(temp)
        one = _project(root, temp / "one", source, 1)
        rows = []
        if "cold" in chosen:
            rows.append(_cold_one(one, repeat, out))
        if "batch" in chosen:
            many = _project(root, temp / "batch", source, batch)
            rows += _batch(many, batch, repeat, out)
        if "preview" in chosen:
            rows.append(_preview(one, slug, repeat, out))
        if "extract" in chosen:
            rows += extract_figures(root, slug, repeat, temp, out)
    print(file=out)
    width = max(len(r[0]) for r in rows) + 2
    print(f"  {'figure':<{width}}{'ours (s)':>10}{'baseline (s)':>14}{'ratio':>8}"
          f"{'min–max':>14}{'target':>9}", file=out)
    for label, ours, base, ratios, target in rows:
        ratio = statistics.median(ratios)
        verdict = "" if target is None else ("  ok" if ratio <= target else "  MISSED")
        print(f"  {label:<{width}}{ours:>10.2f}{base:>14.2f}{ratio:>7.2f}x"
              f"{min(ratios):>7.2f}–{max(ratios):<6.2f}"
              f"{'' if target is None else f'≤{target:g}x':>7}{verdict}", file=out)
    print(f"Load average {os.getloadavg()[0]:.1f} at the end. On a shared machine the "
          "absolute times move with the other work; the paired ratios are what count.",
          file=out)
    return 0


# --- projects -----------------------------------------------------------------------------

def _project(root: Path, target: Path, source: Path, copies: int) -> Path:
    """A throw-away project with `copies` copies of one release, French version only."""
    shutil.copytree(root / "templates", target / "templates")
    shutil.copy(root / "pyproject.toml", target / "pyproject.toml")
    shutil.copy(root / "tasks.py", target / "tasks.py")
    for i in range(copies):
        name = source.name if copies == 1 else f"{source.name}-{i + 1:03d}"
        folder = target / "releases" / name
        shutil.copytree(source, folder)
        for version in folder.glob("release.*.md"):
            version.unlink()
    return target


def _html_files(project: Path, beside: bool = True) -> list[str]:
    """The HTML communique renders for each release, saved in its pack's folder (so
    that its relative links resolve the same way for the bare WeasyPrint).

    `beside=False`: saved in `bench-html/` instead, each as "path<TAB>pack folder" for the
    batch script's base URL. 100 files and their PDFs in a pack's folder would be files
    of the pack, which every build hashes and every check lists; a real pack has none.
    """
    from communique.checks.engine import check_release_file
    from communique.checks.settings import read_selection
    from communique.read.release import find_releases
    from communique.writers.html import render_html

    selection = read_selection(project)
    paths = []
    for i, folder in enumerate(find_releases(project)):
        checked = check_release_file(project, folder / "release.md", selection)
        html = render_html(checked.release, checked.pack, checked.institution)
        if beside:
            path = checked.pack.folder / f"bench-{i:03d}.html"
        else:
            path = project / "bench-html" / f"bench-{i:03d}.html"
            path.parent.mkdir(exist_ok=True)
        path.write_text(html, "utf-8")
        paths.append(str(path) if beside else f"{path}\t{checked.pack.folder}/")
    return paths


def _inv(project: Path, *args: str) -> float:
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "invoke", *args], cwd=project,
                          capture_output=True, text=True, env=_env())
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"inv bench: `inv {' '.join(args)}` failed:\n{done.stderr[-2000:]}")
    return elapsed


def _timed(command: list[str], cwd: Path) -> float:
    started = time.perf_counter()
    subprocess.run(command, cwd=cwd, check=True, capture_output=True, env=_env())
    return time.perf_counter() - started


def _env() -> dict:
    env = dict(os.environ)
    src = str(Path(__file__).resolve().parents[2])
    env["PYTHONPATH"] = src + os.pathsep + env.get("PYTHONPATH", "")
    return env


def _pairs(ours, baseline, repeat: int) -> tuple[float, float, list[float]]:
    mine, theirs = [], []
    for _ in range(repeat):
        mine.append(ours())
        theirs.append(baseline())
    return statistics.median(mine), statistics.median(theirs), \
        [a / b for a, b in zip(mine, theirs, strict=True)]


# --- the four figures -----------------------------------------------------------------

def _cold_one(project: Path, repeat: int, out: TextIO):
    (html,) = _html_files(project)
    weasyprint = shutil.which("weasyprint") or str(Path(sys.executable).with_name("weasyprint"))

    def ours():
        shutil.rmtree(project / "build", ignore_errors=True)
        return _inv(project, "build")

    def bare():
        return _timed([weasyprint, html, str(project / "bare.pdf")], project)

    print("1. one release, cold …", file=out, flush=True)
    ours_s, base_s, ratios = _pairs(ours, bare, repeat)
    return ("one release, cold: inv build / weasyprint CLI", ours_s, base_s, ratios, 1.2)


def _batch(project: Path, count: int, repeat: int, out: TextIO):
    html = _html_files(project, beside=False)
    script = project / "batch.py"
    script.write_text(_BATCH_SCRIPT, "utf-8")
    full: list[float] = []

    def ours():
        shutil.rmtree(project / "build", ignore_errors=True)
        full.append(_inv(project, "build"))
        return full[-1]

    def batch():
        return _timed([sys.executable, str(script), str(WORKERS), *html], project)

    print(f"2. {count} releases, full build …", file=out, flush=True)
    ours_s, base_s, ratios = _pairs(ours, batch, repeat)
    rows = [(f"{count} releases: inv build / {WORKERS}-worker WeasyPrint", ours_s, base_s,
             ratios, 1.3)]
    print(f"3. {count} releases, nothing changed …", file=out, flush=True)
    _inv(project, "build")  # leave the project built

    def again():
        return _inv(project, "build")

    def build_all():
        shutil.rmtree(project / "build", ignore_errors=True)
        return _inv(project, "build")

    noop_s, full_s, noop_ratios = _pairs(again, build_all, repeat)
    rows.append((f"{count} releases: no-op inv build / full build", noop_s, full_s,
                 noop_ratios, 0.03))
    peak = _peak_memory_mb(project)
    print(f"   peak memory of a render worker over 20 releases: {peak:.0f} MB (target ≤ 150)",
          file=out, flush=True)
    return rows


def _peak_memory_mb(project: Path) -> float:
    """The largest resident size a worker reached rendering 20 of the releases."""
    from communique.build.isolate import RenderJob, RenderPool
    from communique.checks.engine import check_release_file
    from communique.checks.settings import read_selection
    from communique.read.release import find_releases

    selection = read_selection(project)
    jobs = []
    for folder in find_releases(project)[:20]:
        checked = check_release_file(project, folder / "release.md", selection)
        jobs.append(RenderJob(checked.release, checked.pack, checked.institution,
                              folder.name))
    with RenderPool(WORKERS) as pool:
        pool.render(jobs)
        return pool.peak_memory_kb / 1024


def _preview(project: Path, slug: str, repeat: int, out: TextIO):
    """Save the headline, wait for the page to learn of it, fetch page, rendition, PDF."""
    import json
    import re
    from html import escape as html_escape

    from communique.read.release import find_releases
    from communique.writers.pdf import html_to_pdf

    print("4. preview, save to updated page …", file=out, flush=True)
    (folder,) = find_releases(project)
    release = folder / "release.md"
    original = release.read_text("utf-8")
    (html,) = _html_files(project)  # before the preview starts watching the pack
    pack = Path(html).parent
    proc = subprocess.Popen([sys.executable, "-m", "invoke", "preview", "--release",
                             folder.name, "--port", "0"], cwd=project, env=_env(),
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        line = proc.stdout.readline()
        match = re.search(r"(http://127\.0\.0\.1:\d+/)", line)
        if not match:
            raise SystemExit(f"inv bench: the preview did not start ({line.strip()}).")
        url = match.group(1)
        threading.Thread(target=proc.stdout.read, daemon=True).start()

        def get(path: str) -> bytes:
            with urllib.request.urlopen(url.rstrip("/") + path, timeout=60) as answer:
                return answer.read()

        version = json.loads(get("/changes?since=-1"))["version"]
        saves = []

        def save_and_see():
            nonlocal version
            # Words, not digits: a figure the article lacks would fail the fact checks.
            saves.append(len(saves))
            marker = ("Glasgow", "Écosse", "Interpol", "Afrique", "Rabat")[saves[-1] % 5]
            headline = f"headline: Le Maroc élu vice-président d’Interpol, {marker}"
            text = re.sub(r"(?m)^headline: .*$", headline, original)
            started = time.perf_counter()
            release.write_text(text, "utf-8")
            shown = html_escape(f"d’Interpol, {marker}")
            while True:  # as the page does: wait for a newer rendering, then reload
                version = json.loads(get(f"/changes?since={version}"))["version"]
                page = get("/").decode()
                link = re.search(r'id="pdf" href="(/pdf/(\d+)/[^"]+)"', page)
                if shown in page and link and int(link.group(2)) == version:
                    break
                if time.perf_counter() - started > 120:
                    raise SystemExit("inv bench: the preview never showed the saved "
                                     "headline with a new PDF (see inv check).")
            get(f"/rendition/{version}")
            get(link.group(1))
            return time.perf_counter() - started

        def warm_layout():
            started = time.perf_counter()
            html_to_pdf(Path(html).read_text("utf-8"), pack, (pack, pack.parent))
            return time.perf_counter() - started

        warm_layout()
        ours_s, base_s, ratios = _pairs(save_and_see, warm_layout, repeat)
        release.write_text(original, "utf-8")
        print(f"   save to updated preview: {ours_s:.2f} s, median of {repeat} "
              "(target ≤ 0.5 s)", file=out, flush=True)
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    return ("preview: save → page, rendition and PDF / warm WeasyPrint", ours_s, base_s,
            ratios, None)
