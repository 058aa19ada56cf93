"""Draft a release file from an extraction: fields pre-filled, each with its source sentence.

The release file is what a person edits, so the draft is written for reading: one field a
line, the sentence each value came from in a comment above it, uncertain values flagged.
What the extractor proposed is also kept beside the release (`extracted.json`), so a later
extraction can tell a person's edits from its own values and never overwrite the former.
"""

from __future__ import annotations

import json
import re
import unicodedata

from communique.checks.rules.provenance import EXTRACTED_FILE as EXTRACTED_FILE

_PLAIN = re.compile(r"^[^\s\-?:,\[\]{}#&*!|>'\"%@`][^#\n]*$")
_LOOKS_TYPED = re.compile(r"^(\d[\d:.\-+eE]*|true|false|yes|no|on|off|null|~)$", re.I)
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")  # read as text by our reader: no quotes needed


def yaml_scalar(value: str) -> str:
    """A value as YAML: plain when unambiguous, else double-quoted (JSON escapes are YAML)."""
    if _ISO_DATE.match(value):
        return value
    plain = (value and value.isprintable() and _PLAIN.match(value) and ": " not in value
             and not _LOOKS_TYPED.match(value) and value == value.strip()
             and not value.endswith(":"))
    if plain:
        return value
    quoted = json.dumps(value, ensure_ascii=False)
    # JSON leaves DEL, C1 controls and other non-printables raw; YAML refuses them raw.
    return "".join(c if c.isprintable() else
                   (f"\\u{ord(c):04x}" if ord(c) <= 0xFFFF else f"\\U{ord(c):08x}")
                   for c in quoted)


def slugify(text: str, limit: int = 60) -> str:
    text = re.sub(r"['’ʼ]", " ", text)  # « d’Interpol » → d-interpol, not dinterpol
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    if not re.search(r"[A-Za-z0-9]", ascii_text):
        # Arabic (or any non-Latin) headline: transliterated, « المغرب » → lmghrb.
        from anyascii import anyascii

        ascii_text = re.sub(r"['`]", "", anyascii(text))
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    slug = ""
    for word in words:
        if len(slug) + len(word) + 1 > limit:
            break
        slug = f"{slug}-{word}" if slug else word
    return slug


def source_excerpt(extraction: dict, path: str, article: str, width: int = 60) -> str:
    """The words around the value in its sentence, so a reviewer sees it in context."""
    source = extraction.get("provenance", {}).get(path)
    if not source:
        return ""
    sentence = source.get("text", "")
    start, end = source.get("start", 0), source.get("end", 0)
    first = article.find(sentence) if sentence else -1
    if first < 0 or not (first <= start <= end <= first + len(sentence)):
        text = " ".join(sentence.split())
        return text if len(text) <= 2 * width else text[: 2 * width] + "…"
    left = max(first, start - width)
    right = min(first + len(sentence), end + width)
    excerpt = " ".join(article[left:right].split())
    return ("…" if left > first else "") + excerpt + ("…" if right < first + len(sentence)
                                                         else "")


def _comment(extraction: dict, path: str, indent: str, article: str) -> list[str]:
    lines = []
    sentence = source_excerpt(extraction, path, article)
    if path in extraction.get("uncertain", ()):
        lines.append(f"{indent}# CHECK: uncertain, confirm against the article")
    note = extraction.get("notes", {}).get(path)
    if note:
        lines.append(f"{indent}# {' '.join(note.split())}")
    if sentence:
        lines.append(f"{indent}# from the article: « {sentence} »")
    return lines


def draft_release_text(extraction: dict, *, article: str, template: str, institution: str,
                       dateline: str, body: str) -> str:
    """The text of a new release.md from an extraction dict (the `inv extract` JSON)."""
    e = extraction
    lines = ["---"]
    for warning in e.get("warnings", ()):
        lines.append(f"# WARNING from extraction: {' '.join(str(warning).split())}")
    lines += [f"template: {yaml_scalar(template)}", f"institution: {yaml_scalar(institution)}",
              f"language: {yaml_scalar(e.get('language') or 'fr')}", "status: draft"]
    lines += confirm_lines(extraction)

    date = e.get("date") or ""
    lines += _comment(e, "date", "", article)
    lines.append(f"date: {yaml_scalar(date)}" if date else "date:")
    if date:
        lines.append(f"event_date: {yaml_scalar(date)}")
    lines.append(f"dateline: {yaml_scalar(dateline)}" if dateline else "dateline:")

    venue = e.get("venue") or {}
    lines.append("venue:")
    for key in ("event", "city", "country"):
        lines += _comment(e, f"venue.{key}", "  ", article)
        value = venue.get(key) or ""
        lines.append(f"  {key}: {yaml_scalar(value)}" if value else f"  {key}:")

    headline = e.get("headline") or ""
    lines += _comment(e, "headline", "", article)
    lines.append(f"headline: {yaml_scalar(headline)}" if headline else "headline:")

    people = e.get("people") or []
    lines.append("people:" if people else "people: []")
    for i, person in enumerate(people):
        lines += _comment(e, f"people[{i}].name", "  ", article)
        lines.append(f"  - name: {yaml_scalar(person.get('name', ''))}")
        if person.get("honorific"):
            lines += _comment(e, f"people[{i}].honorific", "    ", article)
            lines.append(f"    honorific: {yaml_scalar(person['honorific'])}")
        titles = person.get("titles") or []
        lines.append("    titles:" if titles else "    titles: []")
        for j, title in enumerate(titles):
            lines += _comment(e, f"people[{i}].titles[{j}]", "      ", article)
            lines.append(f"      - {yaml_scalar(title)}")
    figures = e.get("figures") or []
    if figures:
        lines.append("# Figures in the article, to quote exactly:")
        lines += [f"#   {f.get('value', '')} {f.get('what', '')}".rstrip() for f in figures]
    lines.append("---")
    return "\n".join(lines) + "\n" + body.strip() + "\n"


def unsure_paths(extraction: dict) -> list[str]:
    """The fields whose drafted value the extractor was unsure of, as written in the draft.

    An uncertain `date` is written twice (date and event_date): both are to confirm.
    """
    paths = [p for p in extraction.get("uncertain") or () if isinstance(p, str)]
    if "date" in paths and extraction.get("date"):
        paths.insert(paths.index("date") + 1, "event_date")
    return list(dict.fromkeys(paths))


def unsure_values(extraction: dict) -> dict[str, str]:
    """What the draft writes for each unsure field: a changed value is a confirmed one."""
    values = draft_values(extraction)
    if extraction.get("date"):
        values["event_date"] = extraction["date"]
    return {p: values.get(p, "") for p in unsure_paths(extraction)}


def confirm_lines(extraction: dict) -> list[str]:
    paths = unsure_paths(extraction)
    if not paths:
        return []
    return ["# The extractor was unsure of these values: check each one against the article,",
            "# then delete its line here (changing the value confirms it too).",
            "confirm:", *(f"  - {yaml_scalar(p)}" for p in paths)]


def draft_body(article: str, headline: str | None) -> str:
    """The article's paragraphs as a first draft of the body, the headline left out."""
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", article) if p.strip()]
    if headline and paragraphs and " ".join(headline.split()) == paragraphs[0]:
        paragraphs = paragraphs[1:]
    elif paragraphs and "\n" in article.strip() and len(paragraphs[0].split()) < 20 and \
            headline and paragraphs[0].startswith(" ".join(headline.split())):
        paragraphs[0] = paragraphs[0][len(" ".join(headline.split())):].strip()
    return "\n\n".join(_escape_markdown(p) for p in paragraphs if p)


def _escape_markdown(paragraph: str) -> str:
    # Article text is not Markdown: a line starting with '#', '-' or '1.' must stay text.
    if re.match(r"^(#|[-+*] |\d+[.)] |>)", paragraph):
        return "\\" + paragraph
    return paragraph


def draft_values(extraction: dict) -> dict[str, str]:
    """The flat field values an extraction proposes (the same paths as Release.fields)."""
    e = extraction
    values: dict[str, str] = {}
    for key in ("date", "headline"):
        if e.get(key):
            values[key] = e[key]
    for key, value in (e.get("venue") or {}).items():
        if value:
            values[f"venue.{key}"] = value
    for i, person in enumerate(e.get("people") or []):
        values[f"people[{i}].name"] = person.get("name", "")
        for j, title in enumerate(person.get("titles") or []):
            values[f"people[{i}].titles[{j}]"] = title
    return values
