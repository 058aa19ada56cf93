"""Arabic short forms of a name: « الوزير الدباغ », « الرئيس السنيورة », « السفير العبدالله ».

Once a person is named in full (« وزير الخارجية كريم الدباغ »), press copy names him again
by a title head with its article and his family name alone. Arabic has no capital letters
and a family name is no given name, so the name look-ups do not read that second mention;
read here, it joins the person's mentions and the head before it is one of his titles.
"""

from __future__ import annotations

import re

from ..reference import fold, titles
from .lexicon import name_data
from .mentions import NameMention

# « الوزير الدباغ »: a head with the article (« و » of a list may be joined to it), then one
# word closed by a break or followed by another word (a lookahead: « الحلبي والوزير الدباغ »
# is read from each of its words)
_HEAD_AND_WORD = re.compile(
    r"(?<!\S)و?(ال[\u0621-\u064A]{2,10})(?=[ \t]+([\u0621-\u064A\u064B-\u0652]{3,})"
    r"(?:[\s،,.:؛)]|$))")

_DIACRITICS = re.compile(r"[\u064B-\u0652]")


def arabic_short_forms(text: str, norm: str, found: list[NameMention]) -> list[NameMention]:
    """The family names written alone after a title head, of the names in ``found`` that
    have two words or more; each a mention of its own."""
    given, links, _ = name_data()
    families: set[str] = set()
    for m in found:
        words = _DIACRITICS.sub("", m.text).split()
        # the last word, when it is no given name nor a link: « الدباغ », « طعمة »
        if len(words) >= 2 and words[-1] not in given and words[-1] not in links:
            families.add(words[-1])
    if not families:
        return []
    heads = frozenset(titles("ar"))
    taken = [(m.start, m.end) for m in found]
    out: list[NameMention] = []
    for m in _HEAD_AND_WORD.finditer(norm):
        word = _DIACRITICS.sub("", m.group(2))
        if word not in families or fold(m.group(1)) not in heads:
            continue
        a, b = m.start(2), m.end(2)
        if any(s < b and a < e for s, e in taken):
            continue  # the full name itself (« الوزير كريم الدباغ » reads « كريم »)
        out.append(NameMention(a, b, text[a:b]))
    return out
