"""Reporters: readable text grouped by file, and a stable JSON document."""

from __future__ import annotations

import json
from collections.abc import Iterable

from communique.diagnostics import Diagnostic, Severity

JSON_VERSION = 1
_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


def summarise(diagnostics: Iterable[Diagnostic]) -> dict[str, int]:
    counts = {"error": 0, "warning": 0, "info": 0}
    for d in diagnostics:
        counts[str(d.severity)] += 1
    return counts


def sort_key(d: Diagnostic):
    return (d.location.file, d.location.line, d.location.column, d.code)


def to_json(diagnostics: list[Diagnostic], checked: list[str]) -> str:
    """The JSON report; its shape is documented in the README and versioned."""
    ordered = sorted(diagnostics, key=sort_key)
    return json.dumps({
        "version": JSON_VERSION,
        "checked": checked,
        "summary": summarise(ordered),
        "diagnostics": [d.to_dict() for d in ordered],
    }, ensure_ascii=False, indent=2)


def to_text(diagnostics: list[Diagnostic], checked: list[str], *, colour: bool = False) -> str:
    """Problems grouped by file, one line each, the fix hint under it."""
    from rich.console import Console
    from rich.text import Text

    console = Console(record=True, force_terminal=colour, no_color=not colour, width=10_000,
                      highlight=False, file=_Null())
    by_file: dict[str, list[Diagnostic]] = {}
    for d in sorted(diagnostics, key=sort_key):
        by_file.setdefault(d.location.file, []).append(d)
    for file, items in by_file.items():
        console.print(Text(file, style="bold underline"))
        for d in items:
            line = Text("  ")
            # A file without lines (a .docx style source) gets no position, not « 0:1 ».
            where = f"{d.location.line}:{d.location.column or 1}" if d.location.line else "-"
            line.append(where.ljust(8))
            line.append(str(d.severity).ljust(8), style=_STYLE[d.severity])
            line.append(f"{d.code} {d.name}  ", style="bold")
            line.append(d.message)
            console.print(line)
            if d.fix:
                console.print(Text(f"          fix: {d.fix}", style="dim"))
    counts = summarise(diagnostics)
    if diagnostics:
        console.print(Text(f"{counts['error']} error(s), {counts['warning']} warning(s) "
                           f"in {len(checked)} release file(s).",
                           style="bold red" if counts["error"] else "yellow"))
    else:
        console.print(Text(f"No problems in {len(checked)} release file(s).", style="green"))
    return console.export_text(styles=colour).rstrip("\n")


class _Null:
    def write(self, _text: str) -> int:
        return 0

    def flush(self) -> None:
        pass
