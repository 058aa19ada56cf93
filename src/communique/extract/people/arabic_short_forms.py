"""Arabic short forms of a name: « الوزير الدباغ », « الرئيس السنيورة », « رئيس الوزراء آبي أحمد ».

Once a person is named in full (« وزير الخارجية كريم الدباغ »), press copy names him again
by a title and his family name alone, or by the first two words of a longer name (« أبي أحمد
علي », then « آبي أحمد »). Arabic has no capital letters and a family name is no given name,
so the name look-ups do not read that second mention; read here, it joins the person's
mentions and the title before it is one of his titles.
"""

from __future__ import annotations

import re

from .lexicon import name_data
from .mentions import NameMention
from .name_matching import key_tokens
from .title_words import find_head, word_spans

# A word of a name, and what may follow the short form: a break, or another word
_WORD = re.compile(r"[\u0621-\u064A\u064B-\u0652]{3,}")
_AFTER = re.compile(r"[\s،,.:؛)]|$")
_DIACRITICS = re.compile(r"[\u064B-\u0652]")


def _short_keys(found: list[NameMention]) -> set[tuple[str, ...]]:
    """The keys of the short forms of the names in ``found``: the last word of a name of two
    words or more when it is no given name nor a link (« الدباغ », « طعمة »), and the first
    two words of a name of three or more."""
    given, links, _ = name_data()
    keys: set[tuple[str, ...]] = set()
    for m in found:
        words = _DIACRITICS.sub("", m.text).split()  # « سعيّد » is the given name « سعيد »
        if len(words) >= 2 and words[-1] not in given and words[-1] not in links:
            keys.add(tuple(key_tokens(words[-1])))
        if len(words) >= 3 and words[1] not in links:
            keys.add(tuple(key_tokens(" ".join(words[:2]))))
    return keys


def arabic_short_forms(text: str, norm: str, found: list[NameMention]) -> list[NameMention]:
    """The short forms, right after a title head (data/titles_ar.txt), of the names in
    ``found``; each a mention of its own."""
    keys = _short_keys(found)
    if not keys:
        return []
    taken = [(m.start, m.end) for m in found]
    out: list[NameMention] = []
    words = word_spans(norm, 0)
    for i in range(len(words)):
        n = find_head(words, "ar", i)
        if not n or not any(w[2].removeprefix("و").startswith("ال") for w in words[i:i + n]):
            continue  # a definite title: « الوزير », « رئيس الوزراء »
        for size in (2, 1):
            part = words[i + n:i + n + size]
            if len(part) < size or not all(_WORD.fullmatch(w[2]) for w in part):
                continue
            a, b = part[0][0], part[-1][1]
            if (tuple(key_tokens(norm[a:b])) not in keys or not _AFTER.match(norm, b)
                    or any(s < b and a < e for s, e in taken)):
                continue  # (the full name itself: « الوزير كريم الدباغ » reads « كريم »)
            out.append(NameMention(a, b, text[a:b]))
            taken.append((a, b))
            break
    return out
