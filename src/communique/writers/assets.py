"""Where a rendered document may read files from, apart from the HTML writer: the PDF
writer lays out HTML rendered elsewhere (by the build's parent process) without
importing Jinja and the render context."""

from __future__ import annotations

from pathlib import Path

from ..packs.manifest import BASE_DIR, Institution, Pack


def asset_roots(pack: Pack, institution: Institution) -> tuple[Path, ...]:
    """The only folders a rendered document may read files from."""
    return (pack.folder, pack.folder.parent / BASE_DIR, institution.folder)
