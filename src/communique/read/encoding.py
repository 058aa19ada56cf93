"""Saying where a file stops being UTF-8 text, and what it was probably saved as."""

from __future__ import annotations


def not_utf8_message(raw: bytes, error: UnicodeDecodeError, what: str) -> str:
    """« the release file is not UTF-8 text: line 12, column 8 (« Genève » saved as
    Windows-1252, it seems). » — the line and column of the first byte that is not UTF-8."""
    start = error.start
    line = raw.count(b"\n", 0, start) + 1
    line_start = raw.rfind(b"\n", 0, start) + 1
    column = len(raw[line_start:start].decode("utf-8", "replace")) + 1
    guess = likely_encoding(raw)
    shown = ""
    if guess:
        try:
            text_line = raw[line_start:raw.find(b"\n", start) if b"\n" in raw[start:]
                            else len(raw)].decode(guess)
            shown = f" « {text_line.strip()[:60]} »"
        except (LookupError, UnicodeDecodeError):
            shown = ""
    name = _COMMON.get(guess, (guess,))[0]
    saved = f"; it looks saved as {name}:{shown}" if guess else ""
    return f"{what} is not UTF-8 text: line {line}, column {column}{saved}."


# Encodings press offices' files are actually saved in, with the names editors show and
# iconv's name. charset-normalizer ranks every code page; on a short file an exotic one
# (cp775) can come first, so the first of these among its candidates wins.
_COMMON = {"cp1252": ("Windows-1252 (Western)", "WINDOWS-1252"),
           "latin_1": ("Latin-1 (ISO-8859-1)", "ISO-8859-1"),
           "iso8859_15": ("Latin-9 (ISO-8859-15)", "ISO-8859-15"),
           "cp1256": ("Windows-1256 (Arabic)", "WINDOWS-1256"),
           "iso8859_6": ("ISO-8859-6 (Arabic)", "ISO-8859-6"),
           "utf_16": ("UTF-16", "UTF-16"), "mac_roman": ("Mac Roman", "MACINTOSH"),
           "cp850": ("DOS (CP850)", "CP850")}


def _guess(raw: bytes) -> str:
    try:
        from charset_normalizer import from_bytes
    except ImportError:
        return ""
    results = list(from_bytes(raw))
    for result in results:
        if result.encoding in _COMMON:
            return result.encoding
    for codec in ("cp1252", "cp1256"):
        try:
            raw.decode(codec)
            return codec
        except UnicodeDecodeError:
            continue
    return results[0].encoding if results else ""


def likely_encoding(raw: bytes) -> str:
    """The encoding the file was most likely saved in, as Python names it, or ''."""
    return _guess(raw)


def utf8_fix(guess: str) -> str:
    shown, iconv = _COMMON.get(guess, (guess, guess.upper().replace("_", "-")))
    source = f" (it is {shown} now)" if guess else ""
    command = (f" or run `iconv -f {iconv} -t UTF-8 FILE > FILE.new` and replace the file "
               "with it") if guess else ""
    return (f"Open the file in a text editor and save it again as UTF-8{source} (Save as… › "
            f"Encoding: UTF-8),{command}.").replace(",.", ".")
