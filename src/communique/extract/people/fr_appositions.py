"""French lists of names each followed by its title: « en présence de A, conseiller du
président, B, conseillère chargée de la presse »: the apposition between two names is the
first name's when the second has its own after it."""

from __future__ import annotations

import re
from collections.abc import Collection

from ..constructions import words as slot_words
from ..reference import fold
from .lexicon import determiners, modifiers
from .title_words import BOUNDARY, find_head, word_spans

_COMMA = re.compile(r"[ \t]*,[ \t]*")
_PART_END = re.compile(r",|" + BOUNDARY.pattern)


def _opens_title(norm: str, s: int) -> bool:
    """A French title head opens the comma-delimited part at ``s`` (past an article or a
    premodifier: « , l'ancienne ministre … »), as an apposition, not a list's next item
    (« , du ministre de … »)."""
    b = _PART_END.search(norm, s, s + 200)
    words = word_spans(norm[s:b.start() if b else min(len(norm), s + 200)], s)[:10]
    if words and fold(words[0][2]) in slot_words("complement_of", "fr"):
        return False  # « A, du ministre d'Etat, B »: the list's next item, not A's title
    k = 0
    while k < len(words) - 1 and fold(words[k][2]) in determiners() | modifiers():
        k += 1
    return bool(words) and find_head(words, "fr", k) > 0


# A name as French press writes it: capitalised words, short particles between them
# (« Jean de la Fontaine », « Kalthoum BADREDDINE »)
_NAME_RUN = re.compile(r"[A-ZÀ-Ý][\w'’.-]*(?:[ \t]+(?:[a-z]{1,3}[ \t]+)?[A-ZÀ-Ý][\w'’.-]*)*")


def fr_apposition_after_name(norm: str, start: int) -> bool:
    """The name opening at ``start`` has a title of its own after a comma (« B, conseillère
    chargée de la presse »)."""
    run = _NAME_RUN.match(norm, start)
    if not run:
        return False
    comma = _COMMA.match(norm, run.end())
    return bool(comma) and "," in comma.group(0) and _opens_title(norm, comma.end())


def fr_titled_before_comma(norm: str, name_end: int,
                           name_starts: Collection[int] = frozenset()) -> bool:
    """« le préfet du Mfoundi, A, le préfet de la Lékié, B »: the name ending at
    ``name_end`` comes after its own title and a comma, so the list gives each name the
    title before it, not the one after it. When a name of ``name_starts`` closes the part
    before that title (« MM. P, ambassadeur de Malte, A, ambassadeur du Chili, B, … »), the
    title is that name's apposition unless its own list runs so: the list's first item says
    which way it runs."""
    comma = norm.rfind(",", max(0, name_end - 80), name_end)
    if comma < 0:
        return False
    name = norm[comma + 1:name_end].split()
    if not name or not all(w[:1].isupper() or len(w) <= 3 and w.islower() for w in name):
        return False
    lo = max(0, comma - 200)
    b = max((m.end() for m in _PART_END.finditer(norm, lo, comma)), default=lo)
    words = word_spans(norm[b:comma], b)
    if not any(find_head(words, "fr", k) for k in range(len(words))):
        return False
    before = _name_closing_part(norm, b - 1, name_starts) if norm[b - 1:b] == "," else None
    return before is None or fr_titled_before_comma(norm, before, name_starts)


def _name_closing_part(norm: str, comma: int, name_starts: Collection[int]) -> int | None:
    """Where the name that closes the part before the comma at ``comma`` ends, or None."""
    end = len(norm[:comma].rstrip())
    for s in name_starts:
        if end - 80 < s < end:
            run = _NAME_RUN.match(norm, s)
            if run and run.end() == end:
                return end
    return None
