"""Common event heads with lower-case complements (``common_heads`` in data/events.yaml):
« discours d'investiture », « inauguration du nouveau port », "inauguration of the new
terminal". Each head carries the example it exists for, run as a test."""

from __future__ import annotations

import re
from contextlib import AbstractContextManager
from dataclasses import dataclass
from functools import cache

from .reference import fold, read_data_yaml
from .rule_switches import RuleSwitches


class EventRuleError(ValueError):
    """events.yaml has a malformed common head: the message names language, entry, field."""


@dataclass(frozen=True)
class CommonHead:
    head: str
    language: str
    example: str
    event: str


@dataclass(frozen=True)
class HeldCue:
    id: str
    language: str
    side: str  # "after" the head ("a ceremony held at") or "before" it (« reçu en audience »)
    form: re.Pattern[str]  # matched right after the head, or ending right before it
    example: str
    event: str


@dataclass(frozen=True)
class CommonHeads:
    heads: tuple[CommonHead, ...]
    complement: re.Pattern[str] | None


@cache
def _read(language: str) -> CommonHeads:
    raw = ((read_data_yaml("events.yaml").get("common_heads") or {}).get(language)) or {}
    where = f"extract/data/events.yaml, common_heads.{language}"
    form = str(raw.get("complement") or "")
    try:
        complement = re.compile(form) if form else None
    except re.error as exc:
        raise EventRuleError(f"{where}: 'complement' is not a valid pattern ({exc})") from None
    heads = []
    for n, e in enumerate(raw.get("heads") or (), 1):
        for key in ("head", "example", "event"):
            if not isinstance(e, dict) or not str(e.get(key) or "").strip():
                raise EventRuleError(f"{where}, entry {n}: field '{key}' is missing")
        heads.append(CommonHead(str(e["head"]), language, str(e["example"]), str(e["event"])))
    return CommonHeads(tuple(heads), complement)


@cache
def _read_held(language: str) -> tuple[HeldCue, ...]:
    raw = ((read_data_yaml("events.yaml").get("held_cues") or {}).get(language)) or ()
    where = f"extract/data/events.yaml, held_cues.{language}"
    cues = []
    for n, e in enumerate(raw, 1):
        for key in ("id", "side", "form", "example", "event"):
            if not isinstance(e, dict) or not str(e.get(key) or "").strip():
                raise EventRuleError(f"{where}, entry {n}: field '{key}' is missing")
        side = str(e["side"])
        if side not in ("after", "before"):
            raise EventRuleError(f"{where}, entry {n}: 'side' is after or before, not {side!r}")
        try:
            form = re.compile(rf"\s*(?:{e['form']})(?![\w])" if side == "after"
                              else rf"(?<![\w])(?:{e['form']})\s*$", re.IGNORECASE)
        except re.error as exc:
            raise EventRuleError(f"{where}, entry {n}: 'form' is not a valid pattern "
                                 f"({exc})") from None
        cues.append(HeldCue(str(e["id"]), language, side, form, str(e["example"]),
                            str(e["event"])))
    return tuple(cues)


_DISABLED = RuleSwitches()


def held_cues(language: str) -> tuple[HeldCue, ...]:
    """Words telling that a common head alone is the happening itself: "a ceremony held at",
    « une audience tenue », « reçu en audience » (events.yaml held_cues)."""
    return tuple(c for c in _read_held(language) if c.id not in _DISABLED)


def common_heads(language: str) -> CommonHeads:
    got = _read(language)
    if not _DISABLED:
        return got
    return CommonHeads(tuple(h for h in got.heads if h.head not in _DISABLED), got.complement)


def is_common_head(head: str, language: str) -> bool:
    return fold(head) in {fold(h.head) for h in common_heads(language).heads}


def without(head: str) -> AbstractContextManager[None]:
    """Run with one common head (or a held cue's id) turned off, to prove its example needs
    it."""
    return _DISABLED.without(head)
