"""A version's hand-off bundle: file names, manifest.json, SHA256SUMS and the staff ZIP.

Everything here is a pure function of its inputs: the same release gives the same names
and bytes (ZIP entries carry the release's date, never the time of the run).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import zipfile
from pathlib import Path

MANIFEST = "manifest.json"
SUMS = "SHA256SUMS"
MANIFEST_VERSION = 1


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def tree_hash(*folders: Path) -> str:
    """One SHA-256 over every file of the folders (relative path and bytes), sorted."""
    digest = hashlib.sha256()
    for folder in folders:
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            if "__pycache__" in path.parts:
                continue
            digest.update(f"{folder.name}/{path.relative_to(folder).as_posix()}\0".encode())
            digest.update(sha256(path.read_bytes()).encode())
    return digest.hexdigest()


def embargo_tag(embargo: dt.datetime | None) -> str:
    """« SOUS-EMBARGO-jusqu-au-2024-11-07-1800 » for file names, '' without an embargo."""
    if embargo is None:
        return ""
    return f"SOUS-EMBARGO-jusqu-au-{embargo:%Y-%m-%d-%H%M}"


def stem(date: dt.date | None, institution: str, slug: str, version: int,
         embargo: dt.datetime | None = None) -> str:
    """« 2024-11-07_dgsn_maroc-vice-presidence-interpol_v1 »: a name a person can file."""
    day = date.isoformat() if date else "sans-date"
    tag = embargo_tag(embargo)
    return f"{day}_{institution}_{slug}_v{version}" + (f"_{tag}" if tag else "")


def file_name(stem_: str, language: str, suffix: str) -> str:
    """« 2024-11-07_dgsn_<slug>_v1_fr.pdf » (the language before the extension)."""
    return f"{stem_}_{language}.{suffix}"


def manifest_bytes(manifest: dict) -> bytes:
    return (json.dumps(manifest, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def sums_bytes(files: dict[str, bytes]) -> bytes:
    """SHA256SUMS in the format `sha256sum -c` reads: « <hex>  <name> »."""
    return "".join(f"{sha256(data)}  {name}\n" for name, data in sorted(files.items())).encode()


def zip_bytes(files: dict[str, bytes], when: dt.datetime, comment: str = "") -> bytes:
    """The staff ZIP: entries sorted, dated `when`, fixed permissions: reproducible."""
    stamp = max(when, dt.datetime(1980, 1, 1, tzinfo=when.tzinfo))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(files):
            info = zipfile.ZipInfo(name, date_time=stamp.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3  # Unix, whatever the machine
            info.external_attr = 0o644 << 16
            archive.writestr(info, files[name], compresslevel=9)
        archive.comment = comment.encode("utf-8")[:65535]
    return buffer.getvalue()
