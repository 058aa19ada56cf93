"""French lists of members, one name per dashed line after a plural title and a colon:
« Les autres membres du conseil municipal sont : ⏎ - A ⏎ - B » gives A and B « membre du
conseil municipal » (the minutes of a town council, a board's composition)."""

from __future__ import annotations

import re

from ..reference import fold
from .distributed_titles import add_plural_title
from .lexicon import determiners
from .mentions import NameMention, PersonDraft
from .shared_titles import fr_plural_letters, french_plural_head
from .title_words import title_stop, trim, word_spans

# A list item: a dash or a bullet opening the line, then the name and nothing else.
_ITEM_LEAD = re.compile(r"[ \t]*[-–—•][ \t]*")
_ITEM_TAIL = re.compile(r"[ \t.;,]*")


def _item_line(norm: str, m: NameMention) -> tuple[int, int] | None:
    """The line that holds only a dash and the name ``m``: its start and end."""
    start = norm.rfind("\n", 0, m.start) + 1
    end = norm.find("\n", m.end)
    end = len(norm) if end < 0 else end
    if _ITEM_LEAD.fullmatch(norm, start, m.start) and _ITEM_TAIL.fullmatch(norm, m.end, end):
        return start, end
    return None


def _title_before_list(norm: str, first_line: int) -> tuple[tuple[int, int],
                                                            tuple[int, ...]] | None:
    """On the line before the list, ending on a colon, a plural head after its article up
    to the verb or the colon (« L'ensemble des membres du conseil restant sont: »): the
    title's span and the plural letters to leave out."""
    end = len(norm[:first_line].rstrip())
    if not norm[:end].endswith(":"):
        return None
    start = norm.rfind("\n", 0, end - 1) + 1
    words = word_spans(norm[start:end - 1], start)
    for k in range(1, len(words)):
        # (« les autres membres »: the article one word before the head at most)
        if french_plural_head(words, k) and any(
                fold(w[2]) in determiners() for w in words[max(0, k - 2):k]):
            # (« restant sont: »: the verb before the colon ends the title)
            tail = norm[words[k][1]:end - 1] + " "
            stop = title_stop().search(tail)
            span = trim(norm, words[k][0], words[k][1] + stop.start() if stop else end - 1)
            letters = fr_plural_letters(norm, span)
            return (span, letters) if letters else None
    return None


def fr_listed_members(people: list[PersonDraft], norm: str) -> None:
    """Each name of a dashed list after a plural title and a colon holds that title in the
    singular; the list needs two names or more, each alone on its line."""
    owners = sorted(((m, p) for p in people for m in p.mentions), key=lambda x: x[0].start)
    groups: list[list[tuple[int, int, PersonDraft]]] = []
    for m, p in owners:
        line = _item_line(norm, m)
        if line is None:
            continue
        if groups and not norm[groups[-1][-1][1]:line[0]].strip():
            groups[-1].append((*line, p))
        else:
            groups.append([(*line, p)])
    for group in groups:
        title = _title_before_list(norm, group[0][0]) if len(group) >= 2 else None
        if title is None:
            continue
        for _, _, p in group:
            add_plural_title(p, title[0], title[1], norm)
