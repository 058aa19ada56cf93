"""The preview page: the rendition in a frame, the PDF link, the diagnostics beside it.

The page asks the server, with one long-polling request at a time, whether a newer
rendering exists, and reloads itself when one does.
"""

from __future__ import annotations

import html
import time

from communique.diagnostics import Severity
from communique.preview.session import Snapshot

_STYLE = """
body { margin: 0; font: 14px/1.4 "Noto Sans", "DejaVu Sans", sans-serif; color: #1f2937;
       display: flex; flex-direction: column; height: 100vh; }
header { padding: .5rem 1rem; background: #1f2937; color: #f9fafb; display: flex;
         gap: 1.5rem; align-items: baseline; flex-wrap: wrap; }
header a { color: #fde68a; font-weight: bold; }
main { flex: 1; display: flex; min-height: 0; }
iframe { flex: 3; border: 0; background: #e5e7eb; }
aside { flex: 1; min-width: 18rem; max-width: 32rem; overflow: auto; padding: .5rem 1rem;
        border-left: 1px solid #d1d5db; background: #f9fafb; }
.note { background: #fef3c7; padding: .5rem; border-left: 4px solid #d97706; }
.diag { margin: .5rem 0; padding: .4rem .5rem; border-left: 4px solid #9ca3af; }
.diag.error { border-color: #b91c1c; } .diag.warning { border-color: #d97706; }
.diag code { font-weight: bold; } .where { color: #6b7280; font-size: 12px; }
.stale { color: #fca5a5; }
"""

_SCRIPT = """
const shown = %d;
function poll() {
  fetch('/changes?since=' + shown, {cache: 'no-store'})
    .then(r => r.json())
    .then(s => { if (s.version !== shown) { location.reload(); } else { poll(); } })
    .catch(() => setTimeout(poll, 500));
}
poll();
"""


def preview_page(snapshot: Snapshot) -> str:
    e = html.escape
    when = time.strftime("%H:%M:%S")
    if snapshot.pdf is None:
        pdf = '<span id="pdf-missing">no PDF yet</span>'
    else:
        href = f"/pdf/{snapshot.pdf_version}/{snapshot.pdf_name}"
        stale = "" if snapshot.pdf_current else \
            ' <span class="stale">(out of date: from an earlier save)</span>'
        pdf = f'<a id="pdf" href="{e(href)}" target="_blank">PDF</a>{stale}'
    rendition = (f'<iframe id="rendition" title="rendition" '
                 f'src="/rendition/{snapshot.version}"></iframe>'
                 if snapshot.html is not None else '<iframe id="rendition"></iframe>')
    items = []
    if snapshot.note:
        items.append(f'<p class="note" id="note">{e(snapshot.note)}</p>')
    for d in snapshot.diagnostics:
        kind = {Severity.ERROR: "error", Severity.WARNING: "warning"}.get(d.severity, "info")
        where = f"{d.location.file}:{d.location.line}" if d.location.line else d.location.file
        fix = f"<div>{e(d.fix)}</div>" if d.fix else ""
        items.append(f'<div class="diag {kind}"><code>{e(d.code)}</code> {e(str(d.severity))}'
                     f' — {e(d.message)}<div class="where">{e(where)}</div>{fix}</div>')
    if not items:
        items.append('<p id="clean">No problem found.</p>')
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Preview — {e(snapshot.headline or snapshot.release_name)}</title>
<style>{_STYLE}</style></head>
<body data-version="{snapshot.version}">
<header><strong>{e(snapshot.release_name)}</strong>
<span>rendered at {when} in {snapshot.seconds:.2f} s</span> {pdf}</header>
<main>{rendition}<aside id="diagnostics"><h2>Checks</h2>{''.join(items)}</aside></main>
<script>{_SCRIPT % snapshot.version}</script>
</body></html>
"""
