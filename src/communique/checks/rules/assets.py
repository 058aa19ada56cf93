"""T011: the images of the pack and the institution are within bounds (packs/images.py)."""

from __future__ import annotations

from collections.abc import Iterator

from communique.checks.rule import CheckContext, Rule
from communique.diagnostics import Diagnostic
from communique.model import Location
from communique.packs.images import image_problem, images_in
from communique.packs.manifest import pack_relative

_verdicts: dict[tuple, str] = {}


def _problem_of(path) -> str:
    """Remembered while the file is unchanged: every release of a pack shares its images."""
    try:
        info = path.stat()
        key = (str(path), info.st_mtime_ns, info.st_size, info.st_ino)
    except OSError:
        return image_problem(path)
    if key not in _verdicts:
        _verdicts[key] = image_problem(path)
    return _verdicts[key]


class OversizedImage(Rule):
    """T011 oversized-image: An image of the template pack or the institution (the emblem, any
    asset) is too large or cannot be read.

    Why: An image of a few kilobytes on disk can decode to gigabytes (20 000 × 20 000 pixels):
    the PDF would fail to lay out and the DOCX would carry it to every journalist.

    Example: templates/institutions/dgsn/emblem.png   ← 20000 × 20000 pixels

    Fix: Save the image again at the size it is printed (an emblem: about 600 × 600).
    """

    def check(self, ctx: CheckContext) -> Iterator[Diagnostic]:
        if ctx.pack is None:
            return
        folders = list(ctx.pack.search_path())
        if ctx.institution is not None:
            folders.append(ctx.institution.folder)
        for path in images_in(folders):
            problem = _problem_of(path)
            if problem:
                yield self.problem(f"the image {path.name} is refused: {problem}.",
                                   Location(pack_relative(ctx.pack, str(path))))


ASSET_RULES = [OversizedImage]
