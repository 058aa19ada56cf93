"""When two mentions name the same person: folded keys, Arabic spelling variants,
filiations and one-letter misspellings."""

from __future__ import annotations

import re
from functools import cache

from ..constructions import EVERY_LANGUAGE
from ..constructions import words as slot_words
from ..reference import fold

# (« ی », « ک »: the Persian yeh and keheh of a Persian keyboard, « روحانی » for « روحاني »)
_AR_VARIANTS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه",
                              "ؤ": "و", "ئ": "ي", "ی": "ي", "ک": "ك"})


def _ar_key(token: str) -> str:
    """« ديبى » and « ديبي », « إدريس » and « ادريس » are one spelling for comparison."""
    return re.sub(r"[\u064B-\u0652\u0640]", "", token).translate(_AR_VARIANTS)


def key_tokens(name: str) -> list[str]:
    # « N.Enkhtaivan » is « N. Enkhtaivan »: an initial glued to the surname is a token.
    # « الجبالي » is « جبالي »: the article « ال » of a family name is not part of its key.
    # "AL Hek", "DE Lyngdoh": the same letters in capitals opening a name are initials.
    tokens = re.findall(r"[A-Z]\.(?=[A-Z])|[^\s\-]+", name)
    keys = [_ar_key(fold(t)) for k, t in enumerate(tokens)
            if fold(t) not in ("de", "el", "al")
            or k == 0 and len(tokens) > 1 and t.isupper() and t.isascii()]
    return [k[2:] if k.startswith("ال") and len(k) > 4 else k for k in keys]


def _abd_joined(tokens: list[str]) -> list[str]:
    """« عبد الفتاح » and « عبدالفتاح » compare as one token (keys of ``_key_tokens``)."""
    out: list[str] = []
    for t in tokens:
        if out and out[-1] == "عبد":
            # (« الله » is too short for _key_tokens to drop its « ال »: « عبد الله » and
            # « عبدالله » both compare as « عبدله »)
            out[-1] += t[2:] if t.startswith("ال") else t
        else:
            out.append("عبد" + t[5:] if t.startswith("عبدال") and len(t) > 6 else t)
    return out


def same_person(short: list[str], long: list[str]) -> bool:
    if not short or not long:
        return False
    short, long = _abd_joined(short), _abd_joined(long)
    if short == long:
        return True

    def has(t: str) -> bool:
        # « Y. N'Dour » is « Youssou N'Dour »
        if len(t.rstrip(".")) == 1:
            return any(x.startswith(t.rstrip(".")) for x in long)
        return t in long

    if len(short) < len(long):
        at = long.index(short[0]) if short[0] in long else -1
        if at > 0 and (long[at - 1] in ar_filiation() or long[at - 1] in latin_filiation()):
            # « محمد بن سلمان بن عبد العزيز »: « سلمان بن عبد العزيز » is his father, and so is
            # "Salman bin Abdulaziz" of "Prince Khalid bin Salman bin Abdulaziz"
            return False
        return all(has(t) for t in short) and short[-1] in long
    if len(short) == len(long) and short[-1] == long[-1]:
        # "C.A. Smith" after "Cornelius A. Smith": the same words, some told by their initial
        pairs = list(zip(short, long, strict=True))
        return all(a == b or _initial_of(a, b) or _initial_of(b, a) for a, b in pairs)
    return False


def _initial_of(initial: str, word: str) -> bool:
    """"c." (or "c") is the initial of "cornelius"."""
    letter = initial.rstrip(".")
    return len(letter) == 1 and len(word.rstrip(".")) > 1 and word.startswith(letter)


def _one_edit(a: str, b: str) -> bool:
    """One letter added, dropped, changed or two swapped: "Pokhriiyal" for "Pokhriyal"."""
    if a == b or abs(len(a) - len(b)) > 1:
        return a == b
    if len(a) > len(b):
        a, b = b, a
    k = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y),
             len(a))
    if len(a) < len(b):
        return a[k:] == b[k + 1:]
    return a[k + 1:] == b[k + 1:] or a[k:k + 2] == b[k:k + 2][::-1] and a[k + 2:] == b[k + 2:]


def misspelt(short: list[str], long: list[str]) -> bool:
    """A Latin name repeated with a typing slip is the person already named: "Mr Pokhriiyal"
    after "Ramesh Pokhriyal" (its surname: six letters or more, "Karim" and "Karin" stay
    two), "Mohammed Nacer" after "Mohamed Naser" (word by word, five letters or more)."""
    if not short or not long or not all(t.isascii() and t.isalpha() for t in short):
        return False
    if len(short) == 1:
        return len(long) >= 2 and len(short[0]) >= 6 and _one_edit(short[0], long[-1])
    return len(short) == len(long) and short != long and all(
        a == b or min(len(a), len(b)) >= 5 and _one_edit(a, b) and not _other_ending(a, b)
        for a, b in zip(short, long, strict=True))


def _other_ending(a: str, b: str) -> bool:
    """"Louis Martin" and "Louise Martin", "Denis" and "Denise": names that differ in their
    last letter only are a name and its feminine (or another name), two people, not a slip."""
    # ("Busaidy" and "Busaidi": a final "y" for "i" is one sound, transliterated two ways)
    return a[:-1] == b or b[:-1] == a or (len(a) == len(b) and a[:-1] == b[:-1]
                                          and {a[-1], b[-1]} != {"i", "y"})


def ar_filiation() -> frozenset[str]:
    """« بن », « بنت »: the words that say "son of", "daughter of" (patterns/ar/words.yaml)."""
    return frozenset(_ar_key(fold(w)) for w in slot_words("ar_filiation", "ar"))


def latin_filiation() -> frozenset[str]:
    """"bin", « Ould »: "son of" inside a name in Latin letters (slot name_filiation, pooled)."""
    return _folded(slot_words("name_filiation", EVERY_LANGUAGE))


@cache
def _folded(words: frozenset[str]) -> frozenset[str]:
    return frozenset(fold(w) for w in words)
