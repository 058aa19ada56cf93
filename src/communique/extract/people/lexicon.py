"""The word lists the people readers share, read once each: determiners, title
premodifiers, given names, place words, honorifics, and the folded sets built from them."""

from __future__ import annotations

import re
from functools import cache

from ..constructions import EVERY_LANGUAGE
from ..constructions import words as slot_words
from ..reference import fold, honorifics, places, read_data_text, read_data_yaml, title_index


def determiners() -> frozenset[str]:
    """Articles and linking words that open or close no name and no title:
    patterns/*/words.yaml (slot determiner), pooled across languages."""
    return slot_words("determiner", EVERY_LANGUAGE)


def modifiers() -> frozenset[str]:
    """Lower-case words before a title head that belong to the title (« ancien », "senior"),
    and ordinals ("the 47th President"): patterns/*/titles.yaml, pooled across languages."""
    return _modifier_set(slot_words("title_premodifier", EVERY_LANGUAGE),
                         slot_words("title_ordinal_suffix", EVERY_LANGUAGE))


@cache
def _modifier_set(premodifiers: frozenset[str], suffixes: frozenset[str]) -> frozenset[str]:
    # Kept per pair of lists: the union holds some 3,000 ordinals, and folding it again on
    # each of the dozens of calls an article makes cost ~7 ms of a warm extraction.
    return folded_set(premodifiers | _ordinals(suffixes))


@cache
def _ordinals(suffixes: frozenset[str]) -> frozenset[str]:
    """"47th", "22nd": a number written with an ordinal suffix (slot title_ordinal_suffix);
    numbers of a title's rank stay below a thousand."""
    return frozenset(f"{n}{s}" for n in range(1, 1000) for s in suffixes)


def opening_words() -> frozenset[str]:
    """Determiners and premodifiers: what may open a title before its head."""
    return _union(determiners(), modifiers())


@cache
def _union(a: frozenset[str], b: frozenset[str]) -> frozenset[str]:
    return a | b  # some 3,000 words: built once per pair of lists, not on each call


@cache
def folded_set(words: frozenset[str]) -> frozenset[str]:
    return frozenset(fold(w) for w in words)


def _read_list(name: str) -> list[str]:
    lines = (line.strip() for line in read_data_text(name).splitlines())
    return [line for line in lines if line and not line.startswith("#")]


@cache
def name_data() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    raw = read_data_yaml("names.yaml")
    return (
        frozenset(raw["arabic_given_names"]) | frozenset(_read_list("given_names_ar.txt")),
        frozenset(raw["arabic_name_links"]),
        frozenset(fold(w) for w in raw["non_name_words"]),
    )


@cache
def latin_given_names() -> frozenset[str]:
    """The hand list, then the generated world list (see ``build_given_names.py``)."""
    names = _read_list("given_names_latin.txt") + _read_list("given_names_world.txt")
    return frozenset(fold(n) for n in names)


@cache
def final_heads_en() -> frozenset[str]:
    return frozenset(fold(w) for w in _read_list("titles_en_final.txt"))


@cache
def place_words() -> frozenset[str]:
    """Place names that end a person's name; not those that are also given names (Chad)."""
    p = places()
    return (frozenset(p.city_country) | frozenset(p.country_names)) - latin_given_names()


@cache
def place_heads() -> frozenset[str]:
    """Place names and the first words of longer ones (« كوريا » of « كوريا الجنوبية »)."""
    words = place_words()
    return words | frozenset(w.split()[0] for w in words if " " in w)


@cache
def region_names() -> frozenset[str]:
    """Provinces and states (``world_regions.txt``, see ``build_places.py``), folded."""
    return frozenset(fold(n) for n in _read_list("world_regions.txt"))


def is_title_word(word: str, language: str) -> bool:
    folded = unprefixed(fold(word))
    first = title_index(language).first_words
    # "Rwanda's Senators Gertrude Kazarwa, ...": an English head in the plural is no name
    return folded in first or compound_of_heads(folded, language) or language == "en" and (
        folded.endswith("s") and folded[:-1] in first
        or folded.endswith("ies") and folded[:-3] + "y" in first)  # "Secretaries"


def opens_longer_heads_only(word: str, language: str) -> bool:
    """"Prime" of "Prime Minister", "Vice" of "Vice President": a word that opens titles of
    two words or more, and is no title alone."""
    heads = title_index(language).by_first.get(unprefixed(fold(word)), ())
    return bool(heads) and all(n > 1 for n, _ in heads)


def compound_of_heads(folded: str, language: str) -> bool:
    """« Ministre-Gouverneur du district autonome d'Abidjan », « président-fondateur »: in
    French two one-word heads joined by a hyphen are one office (a compound listed whole,
    « député-maire », is read from the list)."""
    if language != "fr" or "-" not in folded:
        return False
    parts = folded.split("-")
    by_first = title_index(language).by_first
    return len(parts) == 2 and all(
        any(head == part for _, head in by_first.get(part, ())) for part in parts)


def unprefixed(folded: str) -> str:
    """"ex-mayor" is read as "mayor", "president-elect" as "president": a prefix or a suffix
    glued to a head by its hyphen (slots title_hyphen_prefix, title_hyphen_suffix,
    patterns/*/titles.yaml) is part of the title, not another word."""
    for prefix in _hyphen_prefixes():
        if folded.startswith(prefix) and len(folded) > len(prefix):
            folded = folded[len(prefix):]
            break
    return unsuffixed(folded)


def unsuffixed(folded: str) -> str:
    """"governor-elect" is read as "governor" (slot title_hyphen_suffix)."""
    for suffix in _hyphen_suffixes():
        if folded.endswith(suffix) and len(folded) > len(suffix):
            return folded[:-len(suffix)]
    return folded


def _hyphen_suffixes() -> frozenset[str]:
    return folded_set(slot_words("title_hyphen_suffix", EVERY_LANGUAGE))


def _hyphen_prefixes() -> frozenset[str]:
    return folded_set(slot_words("title_hyphen_prefix", EVERY_LANGUAGE))


@cache
def folded_honorifics() -> frozenset[str]:
    return frozenset(fold(h).rstrip(".") for h in honorifics())


def ar_proclitics() -> tuple[str, ...]:
    """« و », « ب », « ل » joined to a name or a title (« بولي العهد »): patterns/ar/words.yaml."""
    return _sorted_forms(slot_words("ar_proclitic", "ar"))


@cache
def _sorted_forms(forms: frozenset[str]) -> tuple[str, ...]:
    # keyed on the set itself: a rule switched off in a test changes the set, not a stale copy
    return tuple(sorted(forms))


def _ar_and_before(norm: str, s: int, honorific: str) -> bool:
    """« والمهندس طارق »: the list's « و » joined to an Arabic honorific, which it opens."""
    return (norm[s - 1] == "و" and (s == 1 or norm[s - 2].isspace())
            and "\u0621" <= honorific[:1] <= "\u064A")


def honorific_before(text: str, norm: str, start: int) -> tuple[int, int] | None:
    head = norm[max(0, start - 45):start].rstrip()
    if re.search(r"[\u0621-\u064A][ \t]*[\"«“”]$", head):
        head = head[:-1].rstrip()  # « السيد ” علي خليل” »: the name quoted after its address
    if re.search(r"[\u0621-\u064A][ \t]*[/-]$", head):
        head = head[:-1].rstrip()  # « السيدة/ باميلا جوان ماكفال », « داتو- جيليد كوميندنج »
    base = max(0, start - 45)
    for h in honorifics():
        hn = h.replace("’", "'")
        if head.endswith(hn):
            s = base + len(head) - len(hn)
            # "M." must be a word on its own, not the end of "PM." or "AM.".
            if s > 0 and (norm[s - 1].isalnum()) and not _ar_and_before(norm, s, hn):
                continue
            return (s, s + len(hn))
    return None
