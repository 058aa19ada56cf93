"""Live preview: `inv preview --release SLUG` shows a release in the browser while it is
edited — the HTML rendition, a link to the PDF just rendered and the check diagnostics
beside it — and renders again on every save of the release, its pack or its institution.

session.py renders and keeps the latest state; page.py writes the page; server.py serves
it on 127.0.0.1 and watches the files.
"""
