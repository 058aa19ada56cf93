"""Articles as they arrive: text in any common encoding, a saved web page, a Word file, a PDF.

Each becomes the plain text the extractor reads (what `inv new` keeps as ``article.txt``),
with what was learnt on the way: the encoding used, the page's headline and publication date
(which anchors « hier » when the text itself carries no date). Failures are one line naming
the file, for the press officer who chose it.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from dataclasses import dataclass
from pathlib import Path

MAX_FILE_BYTES = 5_000_000
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
NEWSROOM_ENCODINGS = ("cp1252", "iso8859_15", "latin_1", "cp1256", "iso8859_6", "mac_roman")


@dataclass(frozen=True)
class ArticleFile:
    text: str
    kind: str  # "text", "html", "docx" or "pdf"
    verbatim: bool  # the text is the file's bytes as UTF-8: nothing to keep beside it
    encoding: str | None = None  # text files: the encoding the bytes were read in
    published: dt.date | None = None  # web pages: the publication date the page gives
    notes: tuple[str, ...] = ()  # what a person should know about the reading


def read_article_file(path: Path) -> ArticleFile:
    """Read an article file, or raise ValueError with a one-line reason naming the file."""
    path = Path(path)
    if not path.exists():
        raise ValueError(f"{path}: no such file")
    if not path.is_file():
        raise ValueError(f"{path}: not a regular file")
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ValueError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    if len(raw) > MAX_FILE_BYTES:
        raise ValueError(f"{path}: {len(raw)} bytes is too large for an article")
    suffix = path.suffix.lower()
    if suffix == ".docx" or (raw[:4] == b"PK\x03\x04" and suffix != ".txt"):
        article = _read_docx(path, raw)
    elif suffix == ".pdf" or raw[:5] == b"%PDF-":
        article = _read_pdf(path, raw)
    elif suffix in HTML_SUFFIXES:
        article = _read_html(path, raw)
    else:
        article = _read_text(path, raw)
    if not article.text.strip():
        raise ValueError(f"{path}: the file is empty")
    return article


def _read_text(path: Path, raw: bytes) -> ArticleFile:
    binary = ValueError(f"{path}: binary file, not a text article (give a .txt, .html, "
                        ".docx or .pdf file)")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = raw.decode("utf-16")
        except UnicodeDecodeError:
            raise binary from None
        if re.search(r"[\x00-\x08\x0e-\x1f]", text):
            raise binary
        return ArticleFile(text, "text", False, "utf_16", notes=(f"{path.name}: read as UTF-16",))
    if b"\x00" in raw[:8192]:
        raise binary
    try:
        return ArticleFile(raw.decode("utf-8-sig"), "text", not raw.startswith(b"\xef\xbb\xbf"),
                           "utf_8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    # The encodings French, English and Arabic newsrooms save in come first: unrestricted,
    # a short French text can pass for Central European (« reçu ŕ Genčve »).
    best = from_bytes(raw, cp_isolation=list(NEWSROOM_ENCODINGS)).best() or from_bytes(raw).best()
    if best is None:
        raise ValueError(f"{path}: not text in any common encoding")
    encoding = best.encoding
    return ArticleFile(str(best), "text", False, encoding,
                       notes=(f"{path.name}: not UTF-8; read as {_encoding_name(encoding)}",))


def _encoding_name(codec: str) -> str:
    names = {"cp1252": "Windows-1252 (Western European)", "latin_1": "Latin-1 (ISO-8859-1)",
             "iso8859_15": "Latin-9 (ISO-8859-15)", "cp1256": "Windows-1256 (Arabic)",
             "iso8859_6": "ISO-8859-6 (Arabic)", "mac_roman": "Mac Roman",
             "utf_16": "UTF-16", "cp850": "DOS Latin-1 (CP850)"}
    return names.get(codec, codec)


def _read_html(path: Path, raw: bytes) -> ArticleFile:
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(raw, with_metadata=True, include_comments=False,
                                          include_tables=False, favor_precision=True)
    except Exception as exc:  # noqa: BLE001 - a page trafilatura cannot parse is a user problem
        raise ValueError(f"{path}: the web page cannot be read ({type(exc).__name__})") from None
    body = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not body:
        raise ValueError(f"{path}: no article text found in the web page")
    title = (getattr(doc, "title", None) or "").strip()
    paragraphs = [p.strip() for p in body.split("\n") if p.strip()]
    if title and paragraphs and _same_line(paragraphs[0], title):
        paragraphs = paragraphs[1:]
    text = "\n\n".join(([title] if title else []) + paragraphs) + "\n"
    published = None
    raw_date = getattr(doc, "date", None)
    if raw_date:
        try:
            published = dt.date.fromisoformat(str(raw_date)[:10])
        except ValueError:
            published = None
    notes = [f"{path.name}: web page, main text kept"
             + (f", headline « {title} »" if title else "")
             + (f", published {published.isoformat()}" if published else ", no publication date")]
    return ArticleFile(text, "html", False, published=published, notes=tuple(notes))


def _same_line(a: str, b: str) -> bool:
    def norm(s: str) -> str:
        return " ".join(re.sub(r"[\W_]+", " ", s.casefold()).split())

    return norm(a) == norm(b)


def _read_docx(path: Path, raw: bytes) -> ArticleFile:
    import zipfile

    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(raw))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise ValueError(f"{path}: not a Word document (.docx) that can be read "
                         f"({type(exc).__name__})") from None
    except Exception as exc:  # noqa: BLE001 - zip and XML errors of a damaged file
        raise ValueError(f"{path}: the Word document is damaged ({type(exc).__name__})") from None
    paragraphs = [p.text.strip() for p in document.paragraphs if p.text.strip()]
    return ArticleFile("\n\n".join(paragraphs) + ("\n" if paragraphs else ""), "docx", False,
                       notes=(f"{path.name}: Word document, {len(paragraphs)} paragraphs",))


def _read_pdf(path: Path, raw: bytes) -> ArticleFile:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(raw))
        if reader.is_encrypted:
            raise ValueError(f"{path}: the PDF is password-protected")
        pages = [page.extract_text() or "" for page in reader.pages]
    except ValueError:
        raise
    except (PdfReadError, OSError) as exc:
        raise ValueError(f"{path}: not a PDF that can be read ({type(exc).__name__})") from None
    except Exception as exc:  # noqa: BLE001 - pypdf raises many kinds on damaged files
        raise ValueError(f"{path}: the PDF is damaged ({type(exc).__name__})") from None
    text = "\n\n".join(_unwrap(p) for p in pages if p.strip())
    if not text.strip():
        raise ValueError(f"{path}: the PDF has no text layer (a scan?): copy its text into a "
                         ".txt file")
    return ArticleFile(text + "\n", "pdf", False,
                       notes=(f"{path.name}: PDF, text of {len(pages)} page(s)",))


def _unwrap(page: str) -> str:
    """Lines of a PDF page joined into paragraphs: a line break inside a sentence is a space.

    A line ending a sentence ends its paragraph; the first line stays apart (the headline)
    unless it plainly runs on (a hyphen, a comma, a lower-case next line)."""
    out: list[str] = []
    for line in (raw.strip() for raw in page.splitlines()):
        if not line:
            if out and out[-1]:
                out.append("")
            continue
        prev = out[-1] if out else ""
        runs_on = bool(prev) and (prev.endswith(("-", ",", ";", "’", "'")) or line[:1].islower())
        ends = bool(re.search(r"[.!?:»\"”؟]$", prev))
        if prev and (runs_on or (not ends and len([p for p in out if p]) > 1)):
            # « vice-\nprésident »: the hyphen is the word's, only the break goes
            out[-1] = prev + line if prev.endswith(("-", "’", "'")) else prev + " " + line
        else:
            if prev:
                out.append("")
            out.append(line)
    return "\n\n".join(p for p in out if p)
