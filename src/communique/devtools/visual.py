"""Visual regression: each pack × language × example institution rendered to a small PNG
and compared with a reviewed reference image (the visual tests keep theirs in
`tests/visual/references/`; the developer task names the folder).

A case is a release file of `releases/` (one per pack and language) rendered with an
institution. Its pages are rasterised with pdftoppm at 40 dpi and set side by side in one
PNG. Two images match when they have the same size (same number of pages) and, after a
light blur that absorbs font hinting and anti-aliasing, their mean absolute difference
and the share of clearly changed pixels stay under the tolerances below. A moved block,
a new line or another colour goes well over them.

`inv visual-refresh` rewrites the references; review the changed PNGs before committing.
"""

from __future__ import annotations

import io
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from communique.errors import RenderError

DPI = 40
MEAN_TOLERANCE = 1.2      # mean |difference| per pixel, 0–255 grey levels, after blur
CHANGED_TOLERANCE = 0.004  # share of pixels differing by more than CHANGED_LEVEL
CHANGED_LEVEL = 48
# (release folder, institutions) rendered for every release file of the folder.
CASES = (("maroc-vice-presidence-interpol", ("dgsn", "ministere-exemple")),
         ("exemple-note-aux-redactions", ("dgsn", "ministere-exemple")),
         ("exemple-declaration", ("dgsn", "ministere-exemple")))


@dataclass(frozen=True)
class Case:
    name: str          # <pack>-<language>-<institution>
    release: Path
    institution: str


@dataclass(frozen=True)
class Comparison:
    name: str
    same_size: bool
    mean: float
    changed: float

    @property
    def ok(self) -> bool:
        return self.same_size and self.mean <= MEAN_TOLERANCE and \
            self.changed <= CHANGED_TOLERANCE

    def __str__(self) -> str:
        if not self.same_size:
            return f"{self.name}: the page size or number of pages changed"
        return (f"{self.name}: mean difference {self.mean:.2f} (max {MEAN_TOLERANCE}), "
                f"changed pixels {self.changed:.2%} (max {CHANGED_TOLERANCE:.2%})")


def cases(root: Path) -> list[Case]:
    from communique.read.release import read_release, release_files

    found = []
    for slug, institutions in CASES:
        for path in release_files(root / "releases" / slug):
            release = read_release(path, root).release
            if release is None:
                continue
            for ident in institutions:
                found.append(Case(f"{release.template}-{release.language}-{ident}", path, ident))
    return found


def render_case(root: Path, case: Case) -> bytes:
    """The PDF of a case."""
    from communique.packs.manifest import load_institution, load_pack
    from communique.read.release import read_release
    from communique.writers.pdf import render_pdf

    release = read_release(case.release, root).release
    return render_pdf(release, load_pack(root, release.template),
                      load_institution(root, case.institution))


def pdf_to_image(pdf: bytes, dpi: int = DPI):
    """Every page of `pdf` rasterised by pdftoppm, side by side, as a Pillow RGB image."""
    from PIL import Image

    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "doc.pdf"
        source.write_bytes(pdf)
        subprocess.run(["pdftoppm", "-png", "-r", str(dpi), str(source), str(Path(tmp) / "p")],
                       check=True, capture_output=True, timeout=60)
        pages = [Image.open(p).convert("RGB") for p in sorted(Path(tmp).glob("p-*.png"),
                                                              key=_page_number)]
    sheet = Image.new("RGB", (sum(p.width for p in pages), max(p.height for p in pages)),
                      "white")
    x = 0
    for page in pages:
        sheet.paste(page, (x, 0))
        x += page.width
    return sheet


def _page_number(path: Path) -> int:
    return int(path.stem.rsplit("-", 1)[1])


def png_bytes(image) -> bytes:
    """A small PNG: 64-colour palette, optimised (references stay a few kB each)."""
    buffer = io.BytesIO()
    image.quantize(colors=64).save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def compare(name: str, reference, candidate) -> Comparison:
    from PIL import ImageChops, ImageFilter, ImageStat

    if reference.size != candidate.size:
        return Comparison(name, False, 255.0, 1.0)
    a = reference.convert("L").filter(ImageFilter.BoxBlur(1))
    b = candidate.convert("L").filter(ImageFilter.BoxBlur(1))
    diff = ImageChops.difference(a, b)
    mean = ImageStat.Stat(diff).mean[0]
    histogram = diff.histogram()
    changed = sum(histogram[CHANGED_LEVEL + 1:]) / (diff.width * diff.height)
    return Comparison(name, True, mean, changed)


def refresh(root: Path, folder: Path, out=None) -> list[Path]:
    """Render every case and write its reference PNG into `folder`; return the files."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for case in cases(root):
        target = folder / f"{case.name}.png"
        target.write_bytes(png_bytes(pdf_to_image(render_case(root, case))))
        written.append(target)
        if out is not None:
            print(f"wrote {target.relative_to(root)}", file=out)
    return written


def run_refresh(root: Path, folder: Path, *, out=sys.stdout, err=sys.stderr) -> int:
    """`inv visual-refresh`: rewrite the references for review; exit code as the commands."""
    try:
        written = refresh(root, folder, out)
    except RenderError as problem:
        print(f"inv visual-refresh: {problem}", file=err)
        return 1
    print(f"{len(written)} reference image(s) written: look at the changed ones (git diff "
          "--stat, then open them) before committing.", file=out)
    return 0
