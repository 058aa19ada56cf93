"""Images of the packs and institutions (emblems, any asset): bounded before any writer.

An emblem arrives as a file from a designer or an e-mail. A 20 000 × 20 000 PNG is a few
kilobytes on disk and 1.6 GB once decoded: the PDF renderer refused it only by accident
and the DOCX writer embedded it. Every image is therefore checked, from its header alone
(nothing is decoded), for its size on disk and its pixel count before the PDF or the DOCX
uses it, and by `inv check` (T011).
"""

from __future__ import annotations

import io
import stat
import warnings
from pathlib import Path

MAX_BYTES = 10 * 1024 * 1024
MAX_PIXELS = 25_000_000  # 5 000 × 5 000: far beyond any letterhead at print resolution
IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp", ".tif",
                            ".tiff"})


def image_problem(path: Path) -> str:
    """Why the image file at `path` may not be used ("" when it may)."""
    try:
        info = path.stat()
    except OSError as err:
        return f"cannot read it ({err.strerror})"
    if not stat.S_ISREG(info.st_mode):
        return "it is not a regular file"
    if info.st_size > MAX_BYTES:
        return f"it is {info.st_size} bytes, more than the {MAX_BYTES} allowed"
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as err:
        return f"cannot read it ({err.strerror})"
    return image_data_problem(data)


def image_data_problem(data: bytes) -> str:
    """Why these image bytes may not be used ("" when they may); reads the header only."""
    if len(data) > MAX_BYTES:
        return f"it is more than the {MAX_BYTES} bytes allowed"
    from PIL import Image, UnidentifiedImageError

    # Opening reads the header only, so Pillow's own guard (which refuses without giving
    # the size) is lifted for that moment; the size is judged below, with its numbers.
    guard = Image.MAX_IMAGE_PIXELS
    try:
        Image.MAX_IMAGE_PIXELS = None
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                width, height = image.size
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError):
        return "it is not an image file that can be read (PNG, JPEG, GIF, WebP…)"
    finally:
        Image.MAX_IMAGE_PIXELS = guard
    if width * height > MAX_PIXELS:
        return (f"it is {width} × {height} pixels, more than the {MAX_PIXELS} allowed; "
                "save it smaller")
    return ""


def is_image(path: Path) -> bool:
    return path.suffix.lower() in IMAGE_SUFFIXES


def images_in(folders: list[Path], limit: int = 500) -> list[Path]:
    """The image files in `folders` and their subfolders (links not followed)."""
    found: list[Path] = []
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in sorted(folder.rglob("*")):
            if is_image(path) and not path.is_symlink():
                found.append(path)
                if len(found) >= limit:
                    return found
    return found
