"""Which literal words a case-insensitive regular expression could find in a text, known
without running one scan per word.

A search for ``re.escape(word)`` with ``re.IGNORECASE`` scans every position of the text
(a lookbehind before the word leaves ``re`` no literal prefix to jump to), and most words of a
list never occur in a given article. Both the text and the word are mapped through one
character key that ``re``'s own case-insensitive comparison cannot tell apart: a character's
simple lower case, then the smallest of the lower cases ``re`` takes for the same letter
(« ı » and « i », « ſ » and « s »). A word whose key is not inside the text's key has no
case-insensitive match there, so skipping its scan changes no result; a word whose key is
found is still searched as before.
"""

from __future__ import annotations

from functools import cache

# The tables CPython's re compiles IGNORECASE literals with (re/_compiler.py): they are the
# interpreter's, not another module of ours; the venue prefilter tests check the keys
# against re itself over the whole basic plane. Elsewhere: every word is scanned.
try:
    import re._casefix as _casefix
    from _sre import unicode_tolower
    _EXTRA_CASES: dict[int, tuple[int, ...]] = _casefix._EXTRA_CASES
except (ImportError, AttributeError):  # pragma: no cover
    unicode_tolower = None
    _EXTRA_CASES = {}


class _Keys(dict):
    """code point -> its key, filled on first sight (str.translate reads it)."""

    def __missing__(self, code: int) -> int:
        lower = unicode_tolower(code)
        key = min((lower, *_EXTRA_CASES.get(lower, ())))
        self[code] = key
        return key


_KEYS = _Keys()


def caseless_key(text: str) -> str | None:
    """``text`` with each character replaced by its key (same length), or None where the
    interpreter's case tables are not known."""
    if unicode_tolower is None:
        return None
    return text.translate(_KEYS)


@cache
def _word_key(word: str) -> str | None:
    return caseless_key(word)


def may_occur(word: str, text_key: str | None) -> bool:
    """False only when ``re.search(re.escape(word), text, re.IGNORECASE)`` finds nothing in the
    text whose :func:`caseless_key` is ``text_key``."""
    if text_key is None:
        return True
    return _word_key(word) in text_key
