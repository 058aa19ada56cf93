"""Whether an Arabic word is a press verb: « افتتح », « يتسلّم », « عيّنها », « وقالت ».

Arabic has no capital letters, so a name read from a given name runs on until a word that
cannot be part of it; a verb right after a name (« وزير الصحة مهدي الحسناوي افتتح الجناح »)
is such a word. The stems are data (``patterns/ar/words.yaml``, slot ``ar_verb``: the
third person masculine singular, perfect and imperfect); what stays here is the morphology
every stem takes: « و » or « ف » before it, « س » before an imperfect, « ت » for « ي » in
the feminine imperfect, and the endings of the feminine, the plural, the dual (imperfect)
and an object pronoun.
"""

from __future__ import annotations

from functools import cache

from .constructions import words as slot_words
from .reference import fold

# Endings a verb takes: the feminine « ت », the plural « وا » / « ون », and an object
# pronoun (« عينها », « استقبله », « سلمته »).
# « يضعان », « يشهدان »: the dual of an imperfect (its subject two people, « حجازي وشعيب »).
_ENDINGS = ("", "ت", "ه", "ها", "هم", "هما", "ته", "تها", "وا", "ون", "ان")
_CONJUNCTIONS = ("", "و", "ف")


@cache
def _stems(forms: frozenset[str]) -> frozenset[str]:
    return frozenset(fold(f) for f in forms)


def is_arabic_verb(word: str) -> bool:
    """The word is one of the verb stems with its conjunction, prefix and ending."""
    stems = _stems(slot_words("ar_verb", "ar"))
    if not stems:
        return False
    w = fold(word)
    for conj in _CONJUNCTIONS:
        if not w.startswith(conj):
            continue
        body = w[len(conj):]
        for ending in _ENDINGS:
            if ending and not body.endswith(ending):
                continue
            stem = body[:len(body) - len(ending)] if ending else body
            if len(stem) < 3:
                continue
            if ending == "ان" and not stem.startswith(("ي", "ت")):
                continue  # the dual only of an imperfect (« يضعان »): « سلمان » is a name
            # « سيفتتح » (future), « تفتتح » (feminine of « يفتتح »)
            for s in (stem, stem[1:] if stem.startswith("س") else "",
                      "ي" + stem[1:] if stem.startswith("ت") else ""):
                if s in stems:
                    return True
    return False
