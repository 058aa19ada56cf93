"""`inv preview`: serve one release on 127.0.0.1 and render it again on every save.

The HTTP server runs in a thread; the main thread watches the files (watchfiles) and
renders. The render pool is started before the server thread, and its workers are forked
from its own single-threaded warm process, never from this threaded one.
"""

from __future__ import annotations

import json
import signal
import sys
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TextIO
from urllib.parse import parse_qs, urlsplit

from communique.build.isolate import RenderPool
from communique.preview.page import preview_page
from communique.preview.session import ASSETS, PreviewSession, asset_path

HOST = "127.0.0.1"  # loopback only: a draft release is not for the network
LONG_POLL_S = 20
# Editors write a file in several steps; wait this long after the last change.
SETTLE_MS = 30
_TYPES = {".css": "text/css", ".svg": "image/svg+xml", ".png": "image/png",
          ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".woff": "font/woff",
          ".woff2": "font/woff2", ".ttf": "font/ttf", ".otf": "font/otf"}


class _Handler(BaseHTTPRequestHandler):
    server: _PreviewServer

    def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
        url = urlsplit(self.path)
        session = self.server.session
        snapshot = session.current
        if url.path == "/":
            self._send(preview_page(snapshot).encode(), "text/html; charset=utf-8")
        elif url.path.startswith("/rendition/"):
            if snapshot.html is None:
                self._send(b"", "text/html; charset=utf-8", HTTPStatus.NOT_FOUND)
            else:
                self._send(snapshot.html.encode(), "text/html; charset=utf-8")
        elif url.path.startswith("/pdf/") and snapshot.pdf is not None:
            self._send(snapshot.pdf, "application/pdf")
        elif url.path == "/changes":
            since = parse_qs(url.query).get("since", ["0"])[0]
            try:
                since_version = int(since)
            except ValueError:
                since_version = 0
            latest = session.wait_for_change(since_version, LONG_POLL_S)
            body = json.dumps({"version": latest.version}).encode()
            self._send(body, "application/json")
        elif url.path.startswith(ASSETS):
            path = asset_path(snapshot, session.root, url.path)
            if path is None:
                self._send(b"not a file of this release's pack or institution",
                           "text/plain", HTTPStatus.NOT_FOUND)
            else:
                self._send(path.read_bytes(),
                           _TYPES.get(path.suffix.lower(), "application/octet-stream"))
        else:
            self._send(b"not found", "text/plain", HTTPStatus.NOT_FOUND)

    def _send(self, body: bytes, content_type: str, status=HTTPStatus.OK) -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the page reloaded before this answer arrived

    def log_message(self, format, *args) -> None:  # noqa: A002 - http.server's name
        pass


class _PreviewServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, session: PreviewSession, port: int):
        self.session = session
        super().__init__((HOST, port), _Handler)


def run_preview(root: Path, release_file: Path, port: int, *, out: TextIO = sys.stdout,
                err: TextIO = sys.stderr, ready=None, stop: threading.Event | None = None
                ) -> int:
    """Serve `release_file` until Ctrl-C (or `stop` is set); 0 when stopped, 2 if the port
    cannot be used. `ready(url)` is called once the first rendering is served."""
    from watchfiles import DefaultFilter, watch

    with RenderPool() as pool:
        pool.start()
        session = PreviewSession(root, release_file, pool)
        try:
            server = _PreviewServer(session, port)
        except OSError as problem:
            print(f"inv preview: cannot listen on {HOST}:{port} ({problem.strerror}); "
                  "choose another port with --port.", file=err)
            return 2
        thread = threading.Thread(target=server.serve_forever, name="preview-http",
                                  daemon=True)
        try:
            first = session.refresh()
            thread.start()
            url = f"http://{HOST}:{server.server_address[1]}/"
            print(f"Preview of {first.release_name} at {url} — it follows every save; "
                  "Ctrl-C to stop.", file=out, flush=True)
            if ready:
                ready(url)
            editor_noise = DefaultFilter()
            # Everything the release could come to use; `concerns` keeps what it uses now.
            watched = (release_file.parent, root / "templates", root / "pyproject.toml")
            for changes in watch(*(p for p in watched if p.exists()), step=SETTLE_MS,
                                 stop_event=stop, raise_interrupt=True,
                                 watch_filter=lambda change, path: editor_noise(change, path)
                                 and session.concerns(Path(path))):
                snapshot = session.refresh()
                # Editors' temporary files come and go; name the files that stay.
                shown = ", ".join(sorted({_short(root, p) for _, p in changes
                                          if Path(p).exists()})) or "a file"
                state = "PDF updated" if snapshot.pdf_current else "PDF not updated"
                print(f"{shown} changed: rendered again in {snapshot.seconds:.2f} s "
                      f"({state}, {len(snapshot.diagnostics)} diagnostic(s)).", file=out,
                      flush=True)
        except KeyboardInterrupt:
            pass
        finally:
            # Stopping takes a moment; a second Ctrl-C must not cut it short.
            signal.signal(signal.SIGINT, signal.SIG_IGN)
            server.shutdown() if thread.is_alive() else None
            server.server_close()
    signal.signal(signal.SIGINT, signal.default_int_handler)
    print("Preview stopped.", file=out, flush=True)
    return 0


def _short(root: Path, path: str) -> str:
    try:
        return str(Path(path).relative_to(root))
    except ValueError:
        return path
