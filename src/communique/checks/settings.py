"""The check settings: which rules run and at what severity, from pyproject.toml and the
command line."""

from __future__ import annotations

import tomllib
from pathlib import Path

from communique.checks.rule import Selection
from communique.diagnostics import Severity
from communique.errors import UsageError


def read_selection(root: Path, select: str = "", ignore: str = "",
                   severity: str = "") -> Selection:
    """Rule selection from pyproject.toml [tool.communique.checks], then the command line."""
    config = _read_check_settings(root)
    try:
        severities = {code.upper(): Severity.parse(level)
                      for code, level in config.get("severity", {}).items()}
        for item in _split(severity):
            code, _, level = item.partition("=")
            severities[code.strip().upper()] = Severity.parse(level)
    except ValueError as err:
        raise UsageError(f"severity setting: {err}.") from None
    chosen_select = _split(select) or [c.upper() for c in config.get("select", [])]
    chosen_ignore = [c.upper() for c in config.get("ignore", [])] + _split(ignore)
    return Selection(tuple(c.upper() for c in chosen_select),
                     tuple(c.upper() for c in chosen_ignore), severities)


def _read_check_settings(root: Path) -> dict:
    """[tool.communique.checks] of pyproject.toml, its shape checked: a wrong type there
    (`ignore = "F011"`, `severity = 3`) is a usage error naming the key, never a crash
    and never a string read as a list of one-letter prefixes."""
    pyproject = root / "pyproject.toml"
    if not pyproject.is_file():
        return {}
    try:
        config = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
        raise UsageError(f"pyproject.toml: cannot read the check settings ({err}).") from None
    for key in ("tool", "communique", "checks"):
        config = config.get(key, {}) if isinstance(config, dict) else None
    if not isinstance(config, dict):
        raise UsageError("pyproject.toml: [tool.communique.checks] must be a table.")
    for key in ("select", "ignore"):
        value = config.get(key, [])
        if not (isinstance(value, list) and all(isinstance(c, str) for c in value)):
            raise UsageError(f"pyproject.toml: [tool.communique.checks] {key} must be a list "
                             'of rule codes or prefixes, e.g. ["F011"].')
    levels = config.get("severity", {})
    if not (isinstance(levels, dict) and all(isinstance(v, str) for v in levels.values())):
        raise UsageError("pyproject.toml: [tool.communique.checks] severity must map rule "
                         'codes to error, warning or info, e.g. { F007 = "warning" }.')
    return config


def _split(text: str) -> list[str]:
    return [part.strip() for part in (text or "").split(",") if part.strip()]
