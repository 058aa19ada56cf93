"""A URL fetcher for WeasyPrint that can only read the project's own template files.

A release is untrusted text, and a template or stylesheet is edited by staff: neither may
make the renderer read /etc/passwd, call the network or hang on a device. This fetcher
serves regular files under a few folders (the pack, `templates/_base/`, the institution),
checked on their resolved real path — after `<base>` and `../` have been applied and
symlinks followed — and refuses everything else with an error naming the URL. A refusal
stops the render (it is a `FatalURLFetchingError`), it is never a silent missing image.

Importing this module imports WeasyPrint; only `pdf.render_pdf` does, lazily.
"""

from __future__ import annotations

import mimetypes
import stat
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import urlsplit
from urllib.request import url2pathname

from weasyprint.urls import FatalURLFetchingError, URLFetcher, URLFetcherResponse

from communique.packs.images import image_data_problem

MAX_BYTES = 10 * 1024 * 1024

# Types WeasyPrint needs to tell apart; anything else is served as application/octet-stream.
_TYPES = {".css": "text/css", ".svg": "image/svg+xml", ".png": "image/png",
          ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".gif": "image/gif",
          ".webp": "image/webp", ".woff": "font/woff", ".woff2": "font/woff2",
          ".ttf": "font/ttf", ".otf": "font/otf", ".html": "text/html"}


class RefusedResource(FatalURLFetchingError):
    """A resource the document asked for and may not have; stops the render."""

    def __init__(self, url: str, reason: str):
        super().__init__(f"refused to load '{_short(url)}': {reason}")
        self.url = url
        self.reason = reason

    def __str__(self) -> str:
        return self.args[0]


class LockedFetcher(URLFetcher):
    """Serve regular files under `roots` (read on their real path), nothing else."""

    def __init__(self, roots: Iterable[Path], max_bytes: int = MAX_BYTES):
        super().__init__(timeout=1, allowed_protocols=("file",), allow_redirects=False,
                         fail_on_errors=True)
        self.roots = tuple(Path(r).resolve() for r in roots)
        self.max_bytes = max_bytes
        self.served: list[Path] = []
        # Refusals, kept because WeasyPrint swallows some (inside an SVG) into a vaguer log.
        self.refused: list[RefusedResource] = []

    def fetch(self, url: str, headers=None) -> URLFetcherResponse:
        try:
            path = self.resolve(url)
            data = self._read(url, path)
        except RefusedResource as refusal:
            self.refused.append(refusal)
            raise
        content_type = _TYPES.get(path.suffix.lower()) or (
            mimetypes.guess_type(path.name)[0] or "application/octet-stream")
        if content_type.startswith("image/") and content_type != "image/svg+xml":
            problem = image_data_problem(data)
            if problem:
                refusal = RefusedResource(url, f"{problem}.")
                self.refused.append(refusal)
                raise refusal
        self.served.append(path)
        if content_type.startswith("text/"):
            content_type += "; charset=utf-8"
        return URLFetcherResponse(url, data, {"Content-Type": content_type})

    def resolve(self, url: str) -> Path:
        """The real path `url` names, if it is a regular file this fetcher may serve."""
        try:
            parts = urlsplit(url)
        except ValueError:
            raise RefusedResource(url, "this is not a valid URL.") from None
        if parts.scheme.lower() != "file":
            scheme = parts.scheme or "relative"
            raise RefusedResource(url, f"the '{scheme}' scheme is not allowed; a document "
                                  "may only use files of its template pack and institution.")
        if parts.netloc not in ("", "localhost"):
            raise RefusedResource(url, f"file URLs on another host ('{parts.netloc}') "
                                  "are not allowed.")
        raw = Path(url2pathname(parts.path))
        try:
            path = raw.resolve(strict=True)
        except (OSError, RuntimeError):
            raise RefusedResource(url, "no such file.") from None
        if not any(path.is_relative_to(root) for root in self.roots):
            allowed = ", ".join(_short(str(r)) for r in self.roots)
            raise RefusedResource(url, f"it is outside the folders a document may read "
                                  f"({allowed}).")
        try:
            info = path.stat()
        except OSError as err:
            raise RefusedResource(url, f"cannot read it ({err.strerror}).") from None
        if not stat.S_ISREG(info.st_mode):
            raise RefusedResource(url, "it is not a regular file.")
        if info.st_size > self.max_bytes:
            raise RefusedResource(url, f"it is {info.st_size} bytes, more than the "
                                  f"{self.max_bytes} allowed.")
        return path

    def _read(self, url: str, path: Path) -> bytes:
        try:
            with path.open("rb") as handle:
                data = handle.read(self.max_bytes + 1)
        except OSError as err:
            raise RefusedResource(url, f"cannot read it ({err.strerror}).") from None
        if len(data) > self.max_bytes:
            raise RefusedResource(url, f"it is more than the {self.max_bytes} bytes allowed.")
        return data


def _short(text: str, keep: int = 160) -> str:
    return text if len(text) <= keep else text[:keep] + "…"
