"""Each pack × language × example institution looks like its reviewed reference image.

References are regenerated with `inv visual-refresh` (then reviewed before committing).
The comparison tolerates font hinting and anti-aliasing, not a moved or added block.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageChops

from communique.devtools.visual import cases, compare, pdf_to_image, render_case

ROOT = Path(__file__).resolve().parents[2]
REFERENCES = Path("tests") / "visual" / "references"  # reviewed; inv visual-refresh rewrites them
CASES = cases(ROOT)


def test_every_pack_and_language_has_cases():
    names = {c.name for c in CASES}
    for pack in ("communique", "note-aux-redactions", "declaration"):
        for lang in ("fr", "en", "ar"):
            for institution in ("dgsn", "ministere-exemple"):
                assert f"{pack}-{lang}-{institution}" in names


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_matches_reference(case):
    reference = ROOT / REFERENCES / f"{case.name}.png"
    assert reference.is_file(), f"no reference for {case.name}: run inv visual-refresh"
    result = compare(case.name, Image.open(reference).convert("RGB"),
                     pdf_to_image(render_case(ROOT, case)))
    assert result.ok, f"{result} — if the change is intended, run inv visual-refresh and " \
                      "review the new image"


@pytest.fixture(scope="module")
def reference():
    return Image.open(ROOT / REFERENCES / "communique-fr-dgsn.png").convert("RGB")


def test_tolerates_hinting_noise(reference):
    # A word drawn one pixel to the side, as another FreeType version may place it.
    box = (60, 120, 200, 135)
    moved = reference.copy()
    moved.paste(reference.crop(box), (box[0] + 1, box[1]))
    assert compare("hinting", reference, moved).ok


def test_catches_layout_changes(reference):
    # The body moved down by 6 px (about one line at 40 dpi): a layout change.
    shifted = ImageChops.offset(reference, 0, 6)
    assert not compare("shifted", reference, shifted).ok
    # Another page count.
    wider = Image.new("RGB", (reference.width + 10, reference.height), "white")
    assert not compare("pages", reference, wider).ok
    # Another colour for the title block.
    recoloured = reference.copy()
    recoloured.paste((200, 0, 0), (40, 95, 300, 125))
    assert not compare("colour", reference, recoloured).ok
