"""Turn the release body (Markdown written by a person) into model blocks.

Raw HTML is disabled: the body is untrusted text and must not carry markup into the PDF.
Only http, https and mailto links survive; any other link keeps its text and loses its
target, so a `file:` or `javascript:` URL can never reach an output.
"""

from __future__ import annotations

from markdown_it import MarkdownIt

from communique.model import Block, Location, Run, drop_invalid_characters

SAFE_SCHEMES = ("http://", "https://", "mailto:")

_parser = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
_parser.disable(["image", "html_block", "html_inline"])


def safe_href(href: str | None) -> str | None:
    if href and href.strip().lower().startswith(SAFE_SCHEMES):
        return href.strip()
    return None


def _runs(inline) -> tuple[Run, ...]:
    runs: list[Run] = []
    bold = italic = 0
    href: str | None = None
    for tok in inline.children or ():
        kind = tok.type
        if kind == "strong_open":
            bold += 1
        elif kind == "strong_close":
            bold -= 1
        elif kind == "em_open":
            italic += 1
        elif kind == "em_close":
            italic -= 1
        elif kind == "link_open":
            href = safe_href(tok.attrGet("href"))
        elif kind == "link_close":
            href = None
        elif kind in ("text", "code_inline"):
            # An entity such as &#12; decodes to a character XML cannot hold.
            text = drop_invalid_characters(tok.content)
            if text:
                runs.append(Run(text, bool(bold), bool(italic), href))
        elif kind in ("softbreak", "hardbreak"):
            runs.append(Run(" " if kind == "softbreak" else "\n", bool(bold), bool(italic), href))
    return _merge(runs)


def _merge(runs: list[Run]) -> tuple[Run, ...]:
    merged: list[Run] = []
    for run in runs:
        if merged and (merged[-1].bold, merged[-1].italic, merged[-1].href) == (
            run.bold, run.italic, run.href
        ):
            merged[-1] = Run(merged[-1].text + run.text, run.bold, run.italic, run.href)
        else:
            merged.append(run)
    return tuple(merged)


def read_body(text: str, file: str, line_offset: int = 0) -> tuple[Block, ...]:
    """Parse Markdown `text` into blocks; `line_offset` is the body's first line in `file`."""
    tokens = _parser.parse(text)
    blocks: list[Block] = []
    quote_depth = 0
    items: list[tuple[Run, ...]] = []
    list_start: Location | None = None
    heading_level = 0
    for i, tok in enumerate(tokens):
        where = Location(file, tok.map[0] + 1 + line_offset) if tok.map else None
        if tok.type == "blockquote_open":
            quote_depth += 1
        elif tok.type == "blockquote_close":
            quote_depth -= 1
        elif tok.type in ("bullet_list_open", "ordered_list_open"):
            items, list_start = [], where
        elif tok.type in ("bullet_list_close", "ordered_list_close"):
            blocks.append(Block("bullet", items=tuple(items), location=list_start))
            items = []
        elif tok.type == "heading_open":
            heading_level = int(tok.tag[1:])
        elif tok.type == "inline":
            runs = _runs(tok)
            parent = tokens[i - 1] if i else None
            in_item = any(t.type == "list_item_open" and t.level < tok.level
                          for t in tokens[max(0, i - 3):i])
            if heading_level:
                blocks.append(Block("heading", runs, level=heading_level, location=where
                                    or (parent and _loc(parent, file, line_offset))))
                heading_level = 0
            elif in_item:
                items.append(runs)
            elif runs:
                kind = "quote" if quote_depth else "paragraph"
                blocks.append(Block(kind, runs, location=_loc(parent, file, line_offset)))
        elif tok.type in ("fence", "code_block"):
            blocks.append(Block("paragraph", (Run(tok.content.rstrip("\n")),), location=where))
    return tuple(blocks)


def _loc(tok, file: str, line_offset: int) -> Location | None:
    if tok is not None and tok.map:
        return Location(file, tok.map[0] + 1 + line_offset)
    return None
