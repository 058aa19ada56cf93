"""The archive's front page and feeds, regenerated from the manifests after each publish.

`build/published/index.html` lists every published version, newest first, with links to
each language's PDF and DOCX, the ZIP and the manifest (relative links: the page opens
from the disk, no server needed); a correction is shown against the version it corrects.
`feed.atom` (feedgen) and `feed.json` (JSON Feed 1.1) list the same versions.
"""

from __future__ import annotations

import datetime as dt
import html
import json
from dataclasses import dataclass
from pathlib import Path

INDEX = "index.html"
ATOM = "feed.atom"
JSON_FEED = "feed.json"
FEED_TITLE = "Communiqués publiés"


@dataclass(frozen=True)
class Published:
    slug: str
    version: int
    folder: str  # relative to build/published/
    manifest: dict

    @property
    def anchor(self) -> str:
        return f"{self.slug}-v{self.version}"

    @property
    def issued(self) -> str:
        correction = self.manifest.get("correction") or {}
        return correction.get("date") or self.manifest.get("date") or ""


def collect(published: Path) -> list[Published]:
    """Every version folder with a readable manifest, newest first."""
    found = []
    for manifest_path in sorted(published.glob("*/v*/manifest.json")):
        version_dir = manifest_path.parent
        if not version_dir.name[1:].isdigit():
            continue
        try:
            manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        found.append(Published(version_dir.parent.name, int(version_dir.name[1:]),
                               f"{version_dir.parent.name}/{version_dir.name}", manifest))
    return sorted(found, key=lambda p: (p.issued, p.slug, p.version), reverse=True)


def _headline(item: Published) -> str:
    headlines = item.manifest.get("headlines", {})
    return headlines.get(item.manifest.get("language", ""), "") or next(
        iter(headlines.values()), item.slug)


def _links(item: Published) -> list[tuple[str, str]]:
    """(label, relative href) for the files of a version, by language, then the bundle."""
    links = []
    for entry in item.manifest.get("files", []):
        links.append((f"{entry['language']} {entry['kind'].upper()}",
                      f"{item.folder}/{entry['name']}"))
    if item.manifest.get("zip"):
        links.append(("ZIP", f"{item.folder}/{item.manifest['zip']}"))
    links.append(("manifest", f"{item.folder}/manifest.json"))
    links.append(("SHA256SUMS", f"{item.folder}/SHA256SUMS"))
    return links


def index_html(items: list[Published]) -> str:
    e = html.escape
    rows = []
    for item in items:
        m = item.manifest
        correction = m.get("correction") or {}
        note = ""
        if correction:
            corrected = f"{item.slug}-v{correction['corrects']}"
            note = (f'<p class="correction">Rectificatif du {e(correction["date"])} — corrige '
                    f'<a href="#{e(corrected)}">la version {e(str(correction["corrects"]))}</a>'
                    f" : {e(correction['reason'])}</p>")
        embargo = m.get("embargo") or {}
        embargo_note = (f'<p class="embargo">{e(embargo["notice"])}</p>' if embargo else "")
        links = " ".join(f'<a href="{e(href)}">{e(label)}</a>' for label, href in _links(item))
        rows.append(
            f'<article id="{e(item.anchor)}">\n'
            f'<h2>{e(_headline(item))}</h2>\n'
            f'<p class="meta">{e(item.issued)} · {e(m.get("institution", ""))} · '
            f'{e(item.slug)} · version {item.version} · approuvé par '
            f'{e(m.get("approval", {}).get("by", ""))}</p>\n'
            f"{note}{embargo_note}<p class=\"links\">{links}</p>\n</article>")
    body = "\n".join(rows) or "<p>Aucune version publiée.</p>"
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>{e(FEED_TITLE)}</title>
<link rel="alternate" type="application/atom+xml" href="{ATOM}">
<link rel="alternate" type="application/feed+json" href="{JSON_FEED}">
<style>
body {{ font-family: "Noto Sans", "DejaVu Sans", sans-serif; max-width: 52rem;
       margin: 2rem auto; padding: 0 1rem; color: #1a1a1a; }}
article {{ border-top: 1px solid #ccc; padding: 0.6rem 0; }}
h2 {{ font-size: 1.15rem; margin: 0.2rem 0; }}
.meta {{ color: #555; margin: 0.2rem 0; }}
.correction {{ color: #7a1d00; font-weight: bold; margin: 0.2rem 0; }}
.embargo {{ color: #b00020; font-weight: bold; margin: 0.2rem 0; }}
.links a {{ margin-right: 0.8rem; }}
</style>
</head>
<body>
<h1>{e(FEED_TITLE)}</h1>
<p>Flux : <a href="{ATOM}">Atom</a> · <a href="{JSON_FEED}">JSON Feed</a></p>
{body}
</body>
</html>
"""


def _when(item: Published) -> dt.datetime:
    day = dt.date.fromisoformat(item.issued) if item.issued else dt.date(2000, 1, 1)
    return dt.datetime.combine(day, dt.time(), tzinfo=dt.UTC)


def atom_feed(items: list[Published]) -> bytes:
    from feedgen.feed import FeedGenerator

    fg = FeedGenerator()
    fg.id("urn:communique:published")
    fg.title(FEED_TITLE)
    fg.link(href=INDEX, rel="alternate")
    fg.language("fr")
    # The feed's date is its newest entry's, never the time of the run: same archive,
    # same bytes.
    fg.updated(max((_when(i) for i in items), default=dt.datetime(2000, 1, 1, tzinfo=dt.UTC)))
    for item in reversed(items):  # feedgen puts the last added first
        entry = fg.add_entry()
        entry.id(f"urn:communique:{item.slug}:v{item.version}")
        entry.title(_headline(item))
        entry.updated(_when(item))
        entry.published(_when(item))
        entry.link(href=f"{INDEX}#{item.anchor}", rel="alternate")
        for label, href in _links(item):
            if href.endswith(".pdf"):
                entry.link(href=href, rel="enclosure", type="application/pdf", title=label)
        correction = item.manifest.get("correction")
        summary = (f"Rectificatif (corrige la version {correction['corrects']}) : "
                   f"{correction['reason']}" if correction else _headline(item))
        entry.summary(summary)
    return fg.atom_str(pretty=True)


def json_feed(items: list[Published]) -> bytes:
    feed = {"version": "https://jsonfeed.org/version/1.1", "title": FEED_TITLE,
            "home_page_url": INDEX, "language": "fr", "items": []}
    for item in items:
        correction = item.manifest.get("correction")
        feed["items"].append({
            "id": f"urn:communique:{item.slug}:v{item.version}",
            "url": f"{INDEX}#{item.anchor}",
            "title": _headline(item),
            "content_text": (f"Rectificatif (corrige la version {correction['corrects']}) : "
                             f"{correction['reason']}" if correction else _headline(item)),
            "date_published": _when(item).isoformat(),
            "language": item.manifest.get("language", ""),
            "attachments": [{"url": href, "title": label,
                             "mime_type": "application/pdf" if href.endswith(".pdf") else
                             "application/octet-stream"}
                            for label, href in _links(item)
                            if href.endswith((".pdf", ".docx", ".zip"))],
        })
    return (json.dumps(feed, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def archive_files(published: Path) -> dict[str, bytes]:
    """The front page and both feeds, from what is in the archive now."""
    items = collect(published)
    return {INDEX: index_html(items).encode("utf-8"), ATOM: atom_feed(items),
            JSON_FEED: json_feed(items)}
