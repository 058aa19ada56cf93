"""People named in the article, one entry per person, with titles and honorifics apart.

Names come from spaCy NER for French, and from capitalised runs (English) or given-name
look-ups (Arabic) elsewhere. Titles come from appositions next to a name, read with the
title heads in ``data/titles_*.txt``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from itertools import takewhile

from .arabic_regions import division_at
from .arabic_verbs import is_arabic_verb
from .constructions import EVERY_LANGUAGE, compile_skeleton
from .constructions import words as slot_words
from .nlp import Entity
from .reference import (
    fold,
    honorifics,
    places,
    read_data_text,
    read_data_yaml,
    title_index,
    titles,
)


def _determiners() -> frozenset[str]:
    """Articles and linking words that open or close no name and no title:
    patterns/*/words.yaml (slot determiner), pooled across languages."""
    return slot_words("determiner", EVERY_LANGUAGE)


def _modifiers() -> frozenset[str]:
    """Lower-case words before a title head that belong to the title (« ancien », "senior"),
    and ordinals ("the 47th President"): patterns/*/titles.yaml, pooled across languages."""
    return _modifier_set(slot_words("title_premodifier", EVERY_LANGUAGE),
                         slot_words("title_ordinal_suffix", EVERY_LANGUAGE))


@cache
def _modifier_set(premodifiers: frozenset[str], suffixes: frozenset[str]) -> frozenset[str]:
    # Kept per pair of lists: the union holds some 3,000 ordinals, and folding it again on
    # each of the dozens of calls an article makes cost ~7 ms of a warm extraction.
    return _folded(premodifiers | _ordinals(suffixes))


@cache
def _ordinals(suffixes: frozenset[str]) -> frozenset[str]:
    """"47th", "22nd": a number written with an ordinal suffix (slot title_ordinal_suffix);
    numbers of a title's rank stay below a thousand."""
    return frozenset(f"{n}{s}" for n in range(1, 1000) for s in suffixes)


def _opening_words() -> frozenset[str]:
    """Determiners and premodifiers: what may open a title before its head."""
    return _union(_determiners(), _modifiers())


@cache
def _union(a: frozenset[str], b: frozenset[str]) -> frozenset[str]:
    return a | b  # some 3,000 words: built once per pair of lists, not on each call


@cache
def _folded(words: frozenset[str]) -> frozenset[str]:
    return frozenset(fold(w) for w in words)


def _continuation() -> frozenset[str]:
    """Words that continue a ministry's enumerated portfolio after a comma (« , des
    Collectivités locales »): patterns/*/words.yaml (slot portfolio_continuation).
    Compared in lower case with their accents (see ``_continues``): folded, « à » would
    be the verb « a »."""
    return slot_words("portfolio_continuation", EVERY_LANGUAGE)


def _continues(word: str) -> bool:
    """The word opens a part continuing a portfolio (« à la Recherche », « des affaires »)."""
    return word.lower().replace("’", "'") in _continuation()


# A portfolio part is a few words of a ministry's name, not a clause or a figure.
_PORTFOLIO_PART = re.compile(r"[^\d]{1,90}")


def _continues_portfolio(norm: str, s: int, e: int) -> bool:
    """« ministre des Transports, des affaires maritimes et de la communication »: every
    part after a comma opens on a word continuing the portfolio, so the commas are inside
    one title."""
    parts = norm[s:e].split(",")[1:]
    return bool(parts) and all(
        (w := _words(part, 0)) and _continues(w[0][2]) and _PORTFOLIO_PART.fullmatch(part)
        for part in parts)


# Words that end a title (a relative pronoun, a verb, a time phrase): patterns/*/words.yaml
# (slot title_stop), pooled across languages, as a quoted title may be in another language.
_TITLE_STOP_SKELETON = r"\s{title_stop}\s|\s{title_stop_time}\b"


def _title_stop() -> re.Pattern[str]:
    return compile_skeleton(_TITLE_STOP_SKELETON, EVERY_LANGUAGE, re.IGNORECASE)
# « directeur de X et responsable de Y »: a conjunction (« et », "and", « و » joined to the
# next word: patterns/*/words.yaml, slots conjunction, ar_conjunction) or a comma between
# two titles; pooled across languages, as a quoted title may be in another language.
_SPLIT_AND = r"\s+{conjunction}\s+|\s+{ar_conjunction}(?=\S)|,\s*"


def _split_and() -> re.Pattern[str]:
    return compile_skeleton(_SPLIT_AND, EVERY_LANGUAGE, re.IGNORECASE)


# A conjunction closing a stretch of text ("President of Parliament and", « ، و »).
_AND_AT_END = r"\s{conjunction}\s*$"
_TRAILING_AND = r"[\s,]+(?:{ar_conjunction}|{conjunction})$"
# What stands between two stacked titles: a comma, a conjunction, an article, the first
# title's acronym ("Chief of Army Staff (COAS) General X").
_STACK_GAP = (r"(?:\s|,|\s{conjunction}\s|\s{ar_conjunction}"
              r"|\s{title_article}(?=\s|$)|(?<=\w)\s\((?-i:[A-Z]{2,8})\)(?=\s))*$")
# « X a été nommé au poste de Y », "X was sworn in as Y": the slots are filled from
# patterns/<language>/appointment.yaml (see constructions.py).
_APPOINTED = (
    r"^\s*(?:,[^,]{0,80},\s*"
    # « Abdellatif Maâzouz du parti de l'Istiqlal (PI) a été élu »
    r"|\s(?:du|de la|de l'|des|of the|of)\s[^,.;()]{0,50}(?:\([^()]{1,12}\))?\s*"
    # « François Alabrune, va devenir ambassadeur »: one comma, then the verb
    r"|\s*,\s*"
    # « Xavier Bertrand (LR) a été élu président »: a party's letters in brackets
    r"|\s*\((?-i:[A-Z][\w.-]{0,11})\)\s*,?\s*)?"
    r"(?:{appointment_relative}\s+)?(?:{appointment_auxiliary})?\s*(?:{appointment_adverb}\s+)?"
    r"{appointment_verb}"
    # « élu, mercredi, président de ... »
    r"(?:\s*,\s*[^,]{1,30},)?\s+(?:{appointment_connector} )?"
)
# "sworn in as Minister of Finance on Monday", « mardi »: a day closes a title
# (patterns/*/words.yaml, slot day_after_title, pooled across languages).
_DAY_AFTER_TITLE = r"\s{day_after_title}\b|\son\s+\d"


def _day_after_title() -> re.Pattern[str]:
    return compile_skeleton(_DAY_AFTER_TITLE, EVERY_LANGUAGE, re.IGNORECASE)
_BOUNDARY = re.compile(r"[.;:()\[\]\n«»\"“”!?]|\s[-–—]\s")
# A role introduced without a verb of appointment: « en tant que », "as", « في منصب », a
# copula (« X, qui est aussi ministre »), « pour occuper le poste de », or a short verb phrase
# before « en qualité de »; the slots are filled from patterns/<language>/role.yaml.
_ROLE_INTRO = (
    r"^\s*(?:,[^,.;\n]{0,80})?,?\s*{role_intro}"
    r"|^\s*,?\s*{role_copula}\s+(?:{role_copula_adverb}\s+)?(?:{role_article})?"
    r"|^\s*,?\s*{role_take_up}"
    r"|^(?:\s+[a-zà-ÿ']+){1,9}?\s+{role_after_verbs}\s+"
)
# A title right after a name without a comma (patterns/<language>/role.yaml, slot
# role_no_comma): only a lower-case word can open it.
_NO_COMMA = r"^{role_no_comma}(?=[a-zà-ÿ])"
# « X – ministre de l'Economie – a … » (slot role_between_dashes): the opening dash.
_DASHED = r"^{role_between_dashes}"
_ROLE_END = re.compile(r"[.;:()\[\]\n«»\"“”!?؛,]")
# A trailing dot belongs to an initial ("U.", "W."), not to a word ending a sentence
# ("... by Sarma. Shah said"), and a run never crosses a line break (headline, list item).
# "P.S Sreedharan Pillai": initials whose last dot was left out are one token too.
_LATIN_TOKEN = (r"(?:[A-Z]\.[A-Z][a-z][\w'’\-]*|(?:[A-Z]\.){2,}|(?:[A-Z]\.)+[A-Z](?![\w'’\-.])|"
                r"[A-Z]\.|[A-ZÀ-ÖØ-Þ][\w'’\-]*(?![\w'’\-]))")
_GAP = r"[ \t\u00a0]+"
# Name particles (« de », "bin", « ould ») inside a run: patterns/*/names.yaml, pooled
# across languages, since a particle follows the name's origin, not the article's language.
_LATIN_RUN = (
    rf"(?<![\w'’-]){_LATIN_TOKEN}"
    rf"(?:{_GAP}(?:{{name_particle}}{_GAP}|{{name_elision}})?{_LATIN_TOKEN}){{0,8}}"
    r"(?![\w])"
)
# "M.B. Rajesh", "J.P. Nadda": dotted initials are part of a name, not an acronym.
_INITIALS = re.compile(r"(?:[A-Z]\.)+[A-Z]\.?")
_GLUED_HONORIFIC = re.compile(r"([A-Z][a-z]{0,2}\.)[A-Z][a-z]")
# "BJP-ruled states", "UN-backed talks": an acronym compounded with a lower-case word.
_ACRONYM_COMPOUND = re.compile(r"[A-Z]{2,}(?:-[a-z]+)+")
# « Ambassadeur d'Australie », « l'Inde »: a name never opens on a lower-case elided article
# (inside one it may: « Valéry Giscard d'Estaing »)
_LOWER_ELISION = re.compile(r"[dl]['’]\w")
_ROMAN = re.compile(r"^(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI)$")


@dataclass(frozen=True)
class NameMention:
    start: int
    end: int
    text: str
    honorific: tuple[int, int] | None = None


@dataclass
class PersonDraft:
    name: NameMention
    mentions: list[NameMention] = field(default_factory=list)
    titles: list[tuple[int, int]] = field(default_factory=list)
    honorific: tuple[int, int] | None = None
    # A title shared by a list in the plural is each member's in the singular: the offsets
    # of its plural letters, left out of its value (« les vice-présidents du parti AKP A et
    # B »: each is « vice-président du parti AKP »; the span stays the article's words).
    plural_letters: dict[tuple[int, int], tuple[int, ...]] = field(default_factory=dict)


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
def _latin_given_names() -> frozenset[str]:
    """The hand list, then the generated world list (see ``build_given_names.py``)."""
    names = _read_list("given_names_latin.txt") + _read_list("given_names_world.txt")
    return frozenset(fold(n) for n in names)


@cache
def _final_heads_en() -> frozenset[str]:
    return frozenset(fold(w) for w in _read_list("titles_en_final.txt"))


@cache
def _regnal_ordinals() -> frozenset[str]:
    return frozenset(read_data_yaml("names.yaml").get("regnal_ordinals") or ())


@cache
def _place_words() -> frozenset[str]:
    """Place names that end a person's name; not those that are also given names (Chad)."""
    p = places()
    return (frozenset(p.city_country) | frozenset(p.country_names)) - _latin_given_names()


@cache
def _place_heads() -> frozenset[str]:
    """Place names and the first words of longer ones (« كوريا » of « كوريا الجنوبية »)."""
    words = _place_words()
    return words | frozenset(w.split()[0] for w in words if " " in w)


@cache
def _region_names() -> frozenset[str]:
    """Provinces and states (``world_regions.txt``, see ``build_places.py``), folded."""
    return frozenset(fold(n) for n in _read_list("world_regions.txt"))


def _is_place_name(m: NameMention) -> bool:
    """"Hadjer Lamis", "Addis Ababa", "Wyoming Capitol": a run opening on a province or a
    town is a place or a building there, unless it opens on a known given name."""
    toks = [fold(t) for t in m.text.split()]
    if toks and toks[0].rstrip(".") in _folded(slot_words("saint", EVERY_LANGUAGE)):
        return True  # « Saint Lucie », "St Kitts": a saint's name in the news is a place
    if not toks or toks[0] in _latin_given_names():
        return False
    p = places()
    for n in range(min(3, len(toks)), 0, -1):
        head = " ".join(toks[:n])
        if head in _region_names() or head in p.city_country or head in p.country_names:
            return n == len(toks) or n > 1 or toks[1] in slot_words("building_word", EVERY_LANGUAGE)
    return False




def _is_title_word(word: str, language: str) -> bool:
    folded = _unprefixed(fold(word))
    first = title_index(language).first_words
    # "Rwanda's Senators Gertrude Kazarwa, ...": an English head in the plural is no name
    return folded in first or language == "en" and folded.endswith("s") and folded[:-1] in first


def _unprefixed(folded: str) -> str:
    """"ex-mayor" is read as "mayor": a prefix glued to a head by its hyphen (slot
    title_hyphen_prefix, patterns/*/titles.yaml) is part of the title, not another word."""
    for prefix in _hyphen_prefixes():
        if folded.startswith(prefix) and len(folded) > len(prefix):
            return folded[len(prefix):]
    return folded


def _hyphen_prefixes() -> frozenset[str]:
    return _folded(slot_words("title_hyphen_prefix", EVERY_LANGUAGE))


def _clean_latin(text: str, start: int, language: str) -> list[NameMention]:
    """Trim title and stop words from a capitalised run; keep the name part."""
    _, _, non_names = name_data()
    tokens = [(m.start(), m.end(), m.group(0)) for m in re.finditer(r"\S+", text)]
    # strip trailing punctuation on tokens
    tokens = [(s, s + len(t.rstrip(",.;:")), t.rstrip(",.;:")) for s, _, t in tokens]
    tokens = [t for t in tokens if t[2]]
    # A possessive ends the name: "Campbell’s Letters of Credence" is about Campbell; what
    # follows is read on its own: "Pakistan's Foreign Minister Shah Mahmood Qureshi".
    for i, (_, _, t) in enumerate(tokens[:-1]):
        if t.endswith(("'s", "’s")):
            rest_start = tokens[i + 1][0]
            tail = _clean_latin(text[rest_start:], start + rest_start, language)
            return _clean_latin(text[:tokens[i][1]], start, language) + tail
    tokens = [(s, e - 2, t[:-2]) if t.endswith(("'s", "’s")) else (s, e, t) for s, e, t in tokens]
    tokens = [(s, e - 1, t[:-1]) if t.endswith(("'", "’")) else (s, e, t) for s, e, t in tokens]
    hon = _folded_honorifics()
    # « en présence de M.Salahuddin RABBANI »: in French a form of address glued to the name
    # is not an initial (in English "M.Karunanidhi" is).
    glued = _GLUED_HONORIFIC.match(tokens[0][2]) if tokens and language == "fr" else None
    if glued and fold(glued.group(1)).rstrip(".") in hon:
        s0, e0, t0 = tokens[0]
        tokens[0] = (s0 + glued.end(1), e0, t0[glued.end(1):])
    # "Mohamed Abdullah M. Al Rumaihi": a capital initial between two words of a run is a
    # middle initial, not the French honorific "M.".
    inner = {tokens[k][0] for k in range(1, len(tokens) - 1)
             if re.fullmatch(r"[A-Z]", tokens[k][2]) and tokens[k - 1][2][:1].isupper()
             and fold(tokens[k - 1][2]).rstrip(".") not in hon}
    # "Blaise COMPAORE", « Roch Marc Christian KABORE »: a surname in capitals after a given
    # name is part of the name (an acronym elsewhere is not).
    caps_ok: set[str] = set()
    for k in range(1, len(tokens)):
        prev, tok = tokens[k - 1][2], tokens[k][2]
        if (tok.isupper() and len(tok) > 2 and not prev.isupper()
                and (fold(prev) in _latin_given_names() or prev in caps_ok)):
            caps_ok.add(tok)
        elif tok.isupper() and prev in caps_ok:
            caps_ok.add(tok)

    # "Md Shahriar Alam": a place word inside a run opened by a known given name is a name.
    mid = ({t[0] for t in tokens[1:-1]}
           if len(tokens) >= 3 and fold(tokens[0][2]) in _latin_given_names() else set())

    # « Mohamed Ould Cheikh El Ghazouani », « Cheikh Ould Zeidane »: a title word after a
    # filiation particle (« Ould », « Ben »: "son of") names the father; one that is also a
    # given name, before the particle, names the son.
    filiation = _folded(slot_words("name_filiation", EVERY_LANGUAGE))
    kin = {tokens[k][0] for k in range(len(tokens))
           if k > 0 and fold(tokens[k - 1][2]) in filiation
           or k + 1 < len(tokens) and fold(tokens[k + 1][2]) in filiation
           and fold(tokens[k][2]) in _latin_given_names()}

    # « son prédécesseur Christian Trimua »: a known given name that is also a word of no name
    # ("Christian Democrats") opens a name before a capitalised word that is no such word
    given_lead = ({tokens[0][0]} if language == "fr" and len(tokens) >= 2
                  and fold(tokens[0][2]) in non_names
                  and fold(tokens[0][2]) in _latin_given_names()
                  and not _is_title_word(tokens[0][2], language)
                  and not _is_title_word(tokens[0][2], "en")
                  and tokens[1][2][:1].isupper() and fold(tokens[1][2]) not in non_names
                  and not _is_title_word(tokens[1][2], language)
                  and fold(tokens[1][2]) not in _place_words() else set())

    in_body: set[int] = set()  # the words of a body's name (below)
    # "as New York’s 57th governor", "to New Zealand": a run opening on a place of two or
    # three words names the place; no word of it is a name of its own ("Zealand")
    for n in (3, 2):
        if len(tokens) >= n and fold(" ".join(t[2] for t in tokens[:n])) in _place_words():
            in_body.update(t[0] for t in tokens[:n])
            break

    def bad(tok: str, at: int = -1) -> bool:
        f = fold(tok).rstrip(".")
        if at in in_body:
            return True
        if at in inner or at in given_lead:
            return False
        if at in kin and f not in hon:
            return False
        if at in mid and f in _place_words() and f not in non_names and not _is_title_word(
                tok, language) and not _is_title_word(tok, "en"):
            return False
        if f in hon:
            return True
        if "-" in tok and any(fold(part) in _place_words() for part in tok.split("-")):
            return True
        elided = re.match(r"[LlDd]['’](\w.*)$", tok)
        if elided and _is_title_word(elided.group(1), language):
            return True  # « L’Ambassadeur de Côte d’Ivoire »: an article glued to a title
        return (
            f in non_names
            or _is_title_word(tok, language)
            or _is_title_word(tok, "en")
            or f in _final_heads_en()  # "Agency Executive Zhang Mao"
            or f in _place_words()
            or tok.isupper() and len(tok) > 2 and not _ROMAN.match(tok) and tok not in caps_ok
            and not _is_initials(tok)
            or _ACRONYM_COMPOUND.fullmatch(tok) is not None
            or any(ch.isdigit() for ch in tok)
        )
    # "the 14th Nagaland Legislative Assembly", "Speaker Punjab Vidhan Sabha Kultar Singh
    # Sandhwan": the capitalised words before a body's word name the body, not a person
    bodies = slot_words("body_after_name", EVERY_LANGUAGE)
    for k, t in enumerate(tokens):
        if fold(t[2]) in bodies:
            # back over title words too: "the Joseph N. France General Hospital"
            in_body.update(tokens[j][0] for j in range(k + 1))
    while tokens and (bad(tokens[0][2], tokens[0][0]) or fold(tokens[0][2]) in _determiners()
                      or _LOWER_ELISION.match(tokens[0][2])
                      ) and not _initial_before_initial(tokens):
        tokens.pop(0)
    # « le juge Anthony Kennedy », "Lewis Hamilton": a town's name after a known given name
    # is a surname (many are); a country's name there still ends the name ("Ali Kenya" is rare).
    if (len(tokens) >= 2 and fold(tokens[0][2]) in _latin_given_names()
            and fold(tokens[-1][2]) not in places().country_names):
        mid.add(tokens[-1][0])
    # "the Hon. David Burt JP MP", "Hargun, JP,": letters after a name are honours, not names
    post = slot_words("name_postnominal", EVERY_LANGUAGE)
    while tokens and (bad(tokens[-1][2], tokens[-1][0]) and not _ROMAN.match(tokens[-1][2])
                      or fold(tokens[-1][2]) in _determiners() or tokens[-1][2] in post
                      # "Mr. Inho Lee Non-resident Ambassador": a premodifier opens the title
                      or len(tokens) > 1 and fold(tokens[-1][2]) in _modifiers()):
        tokens.pop()
    if not tokens:
        return []
    # A stop word inside the run splits it: "Independent MP Edward Braam" keeps "Edward Braam";
    # a part that is itself only capitalised words of a name (no stop word) stays a candidate.
    parts: list[list[tuple[int, int, str]]] = [[]]
    for t in tokens:
        if bad(t[2], t[0]) and not _ROMAN.match(t[2]) and fold(t[2]) not in _determiners():
            parts.append([])
        else:
            parts[-1].append(t)
    out: list[NameMention] = []
    for part in parts:
        while part and fold(part[0][2]) in _determiners() and not _initial_before_initial(part):
            part.pop(0)
        while part and fold(part[-1][2]) in _determiners():
            part.pop()
        if len(part) == 1 and fold(part[0][2]) in _modifiers():
            continue  # "Non-resident Ambassador": a premodifier alone names no one
        if part and (len(parts) == 1 or len(part) >= 2):
            s, e = part[0][0], part[-1][1]
            out.append(NameMention(start + s, start + e, _caps_to_title(text[s:e])))
    return out


def _is_initials(tok: str) -> bool:
    """"M.B", "J.P": a person's initials; "U.S" is a country's."""
    return (_INITIALS.fullmatch(tok) is not None
            and fold(tok.rstrip(".") + ".") not in _place_words()
            and fold(tok.rstrip(".").replace(".", "")) not in _place_words())


def _initial_before_initial(tokens: list[tuple[int, int, str]]) -> bool:
    """"A K Balan": a capital that reads as a word ("A") is an initial before another one."""
    return (len(tokens) >= 3 and re.fullmatch(r"[A-Z]", tokens[0][2]) is not None
            and re.fullmatch(r"[A-Z]\.?", tokens[1][2]) is not None)


@cache
def _folded_honorifics() -> frozenset[str]:
    return frozenset(fold(h).rstrip(".") for h in honorifics())


def _caps_to_title(name: str) -> str:
    """"Blaise COMPAORE" is written "Blaise Compaore" in a release (house style, as the gold)."""
    if name.isupper():
        return name
    return re.sub(r"\b[A-ZÀ-ÖØ-Þ]{3,}\b", lambda m: m.group(0).capitalize(), name)


def _latin_candidates(text: str, norm: str, language: str) -> list[NameMention]:
    found: list[NameMention] = []
    bodies = slot_words("body_after_name", EVERY_LANGUAGE)
    for m in compile_skeleton(_LATIN_RUN, EVERY_LANGUAGE).finditer(norm):
        # "the 13th Nagaland Legislative assembly": a body's word in lower case after the run
        # is read with it
        nxt = re.match(r"[ \t]+([a-z]+)\b", norm[m.end():m.end() + 30])
        end = m.end() + nxt.end() if nxt and nxt.group(1) in bodies else m.end()
        # "Gov. Ned Lamont": a one-word run before a dot may be a title written short (not
        # "Amartya Sen." ending a sentence)
        if norm[end:end + 1] == "." and fold(norm[m.start():end] + ".") in _dotted_head_words():
            continue
        found.extend(_clean_latin(text[m.start():end], m.start(), language))
    return found


# « رئيساً », « سفيرا »: the accusative endings of a title (patterns/ar/words.yaml).
_AR_ACCUSATIVE_END = r"{ar_accusative_ending}$"


def _ar_proclitics() -> tuple[str, ...]:
    """« و », « ب », « ل » joined to a name or a title (« بولي العهد »): patterns/ar/words.yaml."""
    return tuple(sorted(slot_words("ar_proclitic", "ar")))


def _ar_nisba_endings() -> tuple[str, ...]:
    """« الجزائريين », « المغربية »: endings of an adjective of origin, which ends a name."""
    return tuple(sorted(slot_words("ar_nisba_ending", "ar")))


def _is_given(word: str) -> bool:
    """A given name as the list writes it, or with « ى » for its final « ي » (« عدلى », the
    Egyptian spelling of « عدلي »)."""
    given = name_data()[0]
    if word in given:
        return True
    word = re.sub(r"[\u064B-\u0652]", "", word)  # « غسّان » is « غسان »
    if word in slot_words("name_stop", "ar"):
        return False  # « على » is the preposition, not « علي »
    return word in given or word.endswith("ى") and word[:-1] + "ي" in given


def _ar_title_at(norm: str, start: int) -> bool:
    """A title head of two words or more (data/titles_ar.txt) is written at start."""
    words = _words(norm[start:start + 60], start)
    return _find_head(words, "ar", 0) >= 2


def _arabic_candidates(text: str, norm: str) -> list[NameMention]:
    given, links, _ = name_data()
    heads = set(titles("ar"))
    # patterns/ar/words.yaml; « بمقر », « بجهود » (slot ar_clause_noun) end a name too
    stops = set(slot_words("name_stop", "ar")) | _ar_clause_nouns()
    found: list[NameMention] = []
    # An article that writes no final « ى » types « على » as « علي »: there « علي » starts a
    # name only before a given name (« علي سالم »), not before « المجلس » or « صوتين ».
    typed_ya = (len(norm.split()) >= 80
                and not re.search(r"ى(?![\u0621-\u064A\u064B-\u0652])", norm))
    for m in re.finditer(r"[\u0621-\u064A\u0671-\u06D3\u064B-\u0652]+", norm):
        word = m.group(0)
        core = word[1:] if word.startswith(_ar_proclitics()) and _is_given(word[1:]) else word
        if word in stops or core in stops or not _is_given(core):
            continue
        if typed_ya and core in slot_words("ar_typed_as_name", "ar"):
            nxt = re.match(r"\s+(\S+)", norm[m.end():])
            if not nxt or not _is_given(nxt.group(1)):
                continue
        start = m.start() + (len(word) - len(core))
        if division_at(norm, start):
            continue  # « محافظ صلاح الدين بدر الفحل »: the governorate, not a name
        if _ar_title_at(norm, start):
            continue  # « أمين عام الرئاسة »: a title of two words opening on a given name
        pos = m.end()
        end = pos
        count = 1  # parts of the name: a link and the word it joins (« بن سلمان ») are one
        need_next = core in links
        while count < 5:
            nxt = re.match(r"\s+([\u0621-\u064A\u0671-\u06D3\u064B-\u0652]+)", norm[pos:])
            if not nxt:
                break
            tok = nxt.group(1)
            if is_arabic_verb(tok) and not _is_given(tok):
                break  # « مهدي الحسناوي افتتح »: a verb ends the name, even after a link
            if tok in slot_words("shared_plural_head", "ar"):
                break  # « أسماء الوزراء »: a plural title is no part of a name
            if tok in _ar_not_name():
                break  # « تسلم الرئيس سعيد أوراق اعتماد »: what he receives, not his name
            # « عبد الملك »: after a link, a title word or a place is part of the name
            if (tok in stops or typed_ya and tok in slot_words("ar_typed_as_name", "ar")
                    or not need_next and (fold(tok) in heads or fold(tok) in _place_words())):
                break
            if tok[:1] in slot_words("ar_as_clitic", "ar") and (
                    tok[1:] in heads or tok[1:].removeprefix("ال") in heads):
                break  # « المختار كسفير »: « ك » + a title is "as ambassador", not a name

            bare = compile_skeleton(_AR_ACCUSATIVE_END, "ar").sub("", tok)
            if bare != tok and (fold(bare) in heads or fold("ال" + bare) in heads):
                break  # « علي عبد العال رئيساً »: an accusative title ends the name

            # « محمد بن علي منصب »: past a link, only a family name (« ال »), a link or a given
            # name goes on
            # (an « ال » word after « عبد X Y » only as a family name of origin, « الفهري »:
            # « عبد الوافي لفتيت الوفد »)
            if (count == 2 and not need_next and len(norm[start:end].split()) > 2
                    and tok not in links and not _is_given(tok)
                    and not (tok.startswith(("ال", "آل")) and (
                        tok.endswith("ي") or any(w in _ar_filiation()
                                                 for w in norm[start:end].split())))):
                break
            if tok in _regnal_ordinals():
                # « محمد السادس »: the ordinal closes a sovereign's name.
                pos += nxt.end()
                end = pos
                count += 1
                break
            # « منصور وحازم »: « و » and a given name open the next name of a list; « وليد »
            # is a given name of its own
            if tok.startswith("و") and len(tok) > 3 and not need_next and (
                    tok not in given or _is_given(tok[1:])):
                break
            if tok.endswith(_ar_nisba_endings()) and not need_next:
                break
            pos += nxt.end()
            end = pos
            count += 0 if need_next else 1
            need_next = tok in links
            # « تميم بن حمد آل ثاني »: a link after the third word carries the name on.
            after = re.match(r"\s+(\S+)", norm[pos:])
            if count >= 3 and not need_next and not (after and after.group(1) in links):
                # « حسن ادوم بخيت هجار، سفير جمهورية تشاد »: one more plain word, closed by a
                # comma or a full stop, is the last of the name
                last = re.match(r"[ \t]+([\u0621-\u064A]{2,14})(?=[ \t]*[,.])", norm[pos:])
                bare = last.group(1).removeprefix("ال") if last else ""
                if last and _arabic_plain_word(bare, stops | heads) and (
                        bare == last.group(1) or any(t in links for t in norm[start:end].split())):
                    # (an « ال » word only after « بن »: « سامي بن عبد الله بن عثمان الصالح »)
                    pos += last.end()
                    end = pos
                break
        if count >= 2 or count == 1 and len(norm[start:end].split()) >= 2 and not need_next:
            last = found[-1] if found else None
            second = re.match(r"\S+\s+", norm[last.start:]) if last else None
            if last and second and last.start + second.end() == start < last.end < end:
                # « محمد حسين بحر » then « حسين بحر العلوم »: read from its second given
                # name the run goes on; both are one name
                start = last.start
                found.pop()
            found.append(NameMention(start, end, text[start:end]))
    return (found + _arabic_after_envoy(text, norm, stops | heads)
            + _arabic_before_title(text, norm, stops | heads)
            + _arabic_after_title(text, norm, stops | heads)
            + _arabic_list_before_envoy(text, norm, stops | heads)
            + _arabic_after_honorific(text, norm, stops | heads)
            + _arabic_before_country(text, norm, stops | heads)
            + _arabic_before_link(text, norm, stops | heads))


# « سفراء كل من باسكال غريكوار (بلجيكا) »: two or three words before a country in brackets,
# opening a list item (after « من », a comma or « و »), name an envoy.
_AR_COUNTRY_PAREN = re.compile(r"\s*\(([^()\n]{2,30})\)")


def _arabic_before_country(text: str, norm: str, stops: set[str]) -> list[NameMention]:
    found: list[NameMention] = []
    for m in _AR_COUNTRY_PAREN.finditer(norm):
        if fold(m.group(1).strip()) not in places().country_names:
            continue
        words = list(re.finditer(r"\S+", norm[max(0, m.start() - 60):m.start()]))[-3:]
        off = max(0, m.start() - 60)
        kept: list[tuple[int, int, str]] = []
        for w in reversed(words):
            tok = w.group(0)
            if not re.fullmatch(r"[\u0621-\u064A\u0671-\u06D3]{2,14}", tok) or tok in stops or (
                    tok in slot_words("clause_word", "ar") or fold(tok) in _place_words()):
                break
            kept.insert(0, (off + w.start(), off + w.end(), tok))
            if tok.startswith("و") and tok[1:2] and len(kept) >= 2:
                break  # « وجون سميث »: the list's « و » opens the item
        if len(kept) > 3:
            kept = kept[-3:]
        if len(kept) < 2:
            continue
        s = kept[0][0]
        if kept[0][2].startswith("و") and len(kept[0][2]) > 3:
            s += 1
        found.append(NameMention(s, kept[-1][1], text[s:kept[-1][1]]))
    return found


_AR_WORD = r"[\u0621-\u064A\u0671-\u06D3\u064B-\u0652]+"


# « محمدي ولد آمه », « سيدي ولد التاه », « حمد بن جاسم »: a word the given-name list does not
# know, right before a filiation link and the name it joins, is a given name; the link's
# name may be an « ال » name and may take one more link (« محمد ولد الشيخ ولد أحمد »).
_AR_BEFORE_LINK = (
    rf"(?<![^\s،,:؛(])({_AR_WORD})[ \t]+{{ar_filiation_link}}[ \t]+({_AR_WORD})"
    rf"(?:[ \t]+{{ar_filiation_link}}[ \t]+({_AR_WORD}))?")


def _arabic_before_link(text: str, norm: str, stops: set[str]) -> list[NameMention]:
    found: list[NameMention] = []
    for m in compile_skeleton(_AR_BEFORE_LINK, "ar").finditer(norm):
        first, joined = m.group(1), m.group(2)
        bare = _AR_DIACRITICS.sub("", first)
        if (_is_given(bare) or not _arabic_plain_word(first, stops)
                or bare.startswith("و") and _is_given(bare[1:])):
            continue  # a known name is the look-up's; « ال », a verb or a place is no name
        if joined in stops or is_arabic_verb(joined) or fold(joined) in _place_words():
            continue  # « ولد في »: "was born in"
        end = m.end(3) if m.group(3) and m.group(3) not in stops else m.end(2)
        found.append(NameMention(m.start(1), end, text[m.start(1):end]))
    return found


# « ، وتران ثان كونغ سفير جمهورية فيتنام »; « ؛ وسيفاغ أفيديسيان، سفير غير مقيم »: an item of a
# list (after a line break, a comma, a colon or a semicolon, « و » joined to its first word)
# whose two to four words stand right before an envoy's title (patterns/ar/words.yaml, slot
# ar_envoy_head).
_AR_LIST_ENVOY = (
    rf"(?:^|(?<=[\n،,:؛]))[ \t]*({_AR_WORD}(?:[ \t]+{_AR_WORD}){{1,3}})[ \t]*[،,]?[ \t]*"
    r"(?<![^\s،,])و?(?:ال)?{ar_envoy_head}(?!\S)"  # (« يُتيح للسفير »: not « لل » + « سفير »)
)
# « السيد », « الدكتورة », « داتو »: patterns/ar/words.yaml (slot ar_name_honorific); « السيدة/ »
# (a slash after the honorific) is how Gulf and Horn of Africa releases write it; « والسيد »,
# « وداتو- »: the list's « و » joined to it
_AR_NAME_HONORIFIC = r"(?<!\S)و?{ar_name_honorific}(?:[ \t]*[/-][ \t]*|[ \t]+)"
_AR_NAME_WORD = re.compile(r"[\u0621-\u064A\u0671-\u06D3]{2,14}")
_AR_DIACRITICS = re.compile(r"[\u064B-\u0652]")


def _arabic_plain_word(w: str, stops: set[str]) -> bool:
    # « سَوَدُغُو », « بازّي »: the vowel marks and the shadda a transliteration may carry
    w = _AR_DIACRITICS.sub("", w)
    return bool(_AR_NAME_WORD.fullmatch(w)) and not (
        w.startswith("ال") or w in stops or w in _ar_name_end() or w in _ar_not_name()
        or w in slot_words("clause_word", "ar") or fold(w) in _place_words()
        or is_arabic_verb(w))


def _arabic_list_before_envoy(text: str, norm: str, stops: set[str]) -> list[NameMention]:
    """Transliterated names in a list of envoys, each right before its « سفير » title."""
    found: list[NameMention] = []
    for m in compile_skeleton(_AR_LIST_ENVOY, "ar", re.MULTILINE).finditer(norm):
        start = m.start(1)
        words = m.group(1).split()
        if words[0].startswith("و") and len(words[0]) > 3 and words[0] not in name_data()[0]:
            start += 1
            words[0] = words[0][1:]
        if len(words) < 2 or not all(_arabic_plain_word(w, stops) for w in words):
            continue
        found.append(NameMention(start, m.end(1), text[start:m.end(1)]))
    return found


def _arabic_after_honorific(text: str, norm: str, stops: set[str]) -> list[NameMention]:
    """« السيد أتيليو بيراردي هويدا »: a foreign name after « السيد » / « الدكتورة », with no known
    given name (those are found by the look-up), up to four words before a break."""
    found: list[NameMention] = []
    given = name_data()[0]
    for m in compile_skeleton(_AR_NAME_HONORIFIC, "ar").finditer(norm):
        toks: list[tuple[int, int]] = []
        pos = m.end()
        while len(toks) < 4:
            nxt = re.match(r"[ \t]*([^\s،,.:؛\"'«»“”()]+)", norm[pos:])
            if not nxt:
                break
            w = nxt.group(1)
            if not _arabic_plain_word(w, stops) or toks and w.startswith("و") and len(w) > 3:
                break
            toks.append((pos + nxt.start(1), pos + nxt.end(1)))
            pos += nxt.end()
        if 1 <= len(toks) <= 2:
            family = _ar_family_name_after(norm, pos, stops)
            if family:
                toks.append(family)
                pos = family[1]
        if len(toks) < 2 or norm[toks[0][0]:toks[0][1]] in given:
            continue
        nxt_word = re.match(r"[ \t]*(\S+)", norm[pos:])
        if nxt_word and _AR_NAME_WORD.fullmatch(nxt_word.group(1)) and len(toks) == 4:
            continue  # a run that does not stop is a clause, not a name
        found.append(NameMention(toks[0][0], toks[-1][1], text[toks[0][0]:toks[-1][1]]))
    return found


# « سمو الشيخ صباح الخالد اليوم », « الفريق كامل الوزير، »: after an honorific or a rank and
# a given name the list does not know, an « ال » word is the family name when the name ends
# with it: a break or the end of the text, or a word that ends a name (« اليوم », « في »), or
# a verb. A title word as family name (« الوزير ») only before a break.
_AR_FAMILY_AFTER = re.compile(r"[ \t]+(ال[\u0621-\u064A\u064B-\u0652]{2,12})"
                              r"(?:[ \t]*(?=[،,.:؛\n]|$)|[ \t]+(\S+))")


def _ar_family_name_after(norm: str, pos: int, stops: set[str]) -> tuple[int, int] | None:
    m = _AR_FAMILY_AFTER.match(norm, pos)
    if not m:
        return None
    word = _AR_DIACRITICS.sub("", m.group(1))
    if (fold(word) in _place_words() or fold(word[2:]) in _place_words()
            or word.endswith(_ar_nisba_endings()) or word in _ar_state()):
        return None  # « المغربية », « الرباط », « المملكة »: no family name
    nxt = m.group(2)
    if nxt is not None and (word in stops or fold(word) in stops or not (
            nxt in _ar_name_end() or nxt in slot_words("name_stop", "ar")
            or is_arabic_verb(nxt))):
        return None
    return m.start(1), m.end(1)


# « سفيرة كوريا الجنوبية لدى الولايات المتحدة "كانغ كيونغ هوا" », « الرئيس الكوري الجنوبي لي
# جيه ميونغ »: a head, then what qualifies it (« ال » words, a country, « لدى » + a country),
# then a transliterated name of two to four words that ends on a break.
# The heads a qualified title opens on: patterns/ar/words.yaml (slot ar_qualified_head)
_AR_TITLE_HEAD = r"(?<!\S)و?(?:ال)?{ar_qualified_head}{ar_accusative_ending}?(?!\S)"
_AR_TOKEN = re.compile(r"[^\s،,.:؛\"«»“”]+|[،,.:؛\"«»“”\n]")
# Words after a title where a name could stand, and words that end a name:
# patterns/ar/words.yaml (slots not_name_after_title, name_end).
def _ar_not_name() -> frozenset[str]:
    return slot_words("not_name_after_title", "ar")


def _ar_name_end() -> frozenset[str]:
    return slot_words("name_end", "ar")


def _ar_clause_nouns() -> frozenset[str]:
    """« بمقر », « بجهود », « اتصالا »: nouns after a subject's name (where, with what, what he
    holds), in no name or title."""
    return slot_words("ar_clause_noun", "ar")


def _arabic_after_title(text: str, norm: str, stops: set[str]) -> list[NameMention]:
    """A foreign name with no known given name, right after a qualified title: every word
    of the qualifier is an « ال » word, a country or « لدى », and one says whose title it is."""
    found: list[NameMention] = []
    given = name_data()[0]

    def place(w: str) -> bool:
        state = _ar_state()
        if w in state or "ال" + w in state or w.removeprefix("ال") in state:
            return False  # « الدولة » of « وزير الدولة » is no country
        return fold(w) in _place_heads() or fold(w.removeprefix("ال")) in _place_heads()

    def nationality(w: str) -> bool:
        # « الكوري » (كوريا), « الأمريكي » (أمريكا), « المغربية » (المغرب); not « الخارجية »
        bare = w.removeprefix("ال")
        stem = re.sub(r"(?:ية|ي)$", "", bare)
        # « المكسيكي » (المكسيك): the country's name may keep its article
        return bare != stem and any(place(art + stem + end) for end in ("", "ا", "يا")
                                    for art in ("", "ال"))

    for m in compile_skeleton(_AR_TITLE_HEAD, "ar").finditer(norm):
        words = [(m.end() + w.start(), m.end() + w.end(), w.group(0)) for w in
                 _AR_TOKEN.finditer(norm[m.end():m.end() + 160])]
        k, owner, state = 0, False, False
        while k < len(words) and k < 6 and (
                words[k][2] == "لدى" or words[k][2].startswith("ال") or place(words[k][2])):
            w = words[k][2]
            owner = owner or place(w) or nationality(w)
            state = state or w in _ar_state()
            k += 1
        # « رئيس الجمهورية باسيرو ديوماي فايي، »: the state's own head, then a name closed
        # by a break
        if not (owner or state) or k == 0:
            continue
        # « السفير البرازيلي، فلافيو ماريغا. »: a comma between the title and the name
        comma = owner and k < len(words) and words[k][2] in (",", "،")
        if k < len(words) and words[k][2] in ('"', "«", "“", ",", "،"):
            k += 1
        name: list[tuple[int, int, str]] = []
        particles = slot_words("ar_name_particle", "ar")
        while k < len(words) and len(name) < 3 + any(w in particles for _, _, w in name):
            w = words[k][2]
            # (a transliterated name hardly ends in « ة »: « رسالة تهنئة » is no name)
            if (not re.fullmatch(r"[\u0621-\u064A]{2,8}", w) or w.startswith(("ال", "و"))
                    or w in stops or w in _ar_name_end() or w in _ar_not_name() or place(w)
                    or is_arabic_verb(w) or w.endswith("ة")):
                break
            name.append(words[k])
            k += 1
        nxt = words[k][2] if k < len(words) else ""
        broken = not nxt or not re.fullmatch(r"[\u0621-\u064A]+", nxt)
        ends = broken or not (comma or not owner) and (
            nxt.startswith("ال") or nxt in _ar_name_end() or nxt in stops
            or is_arabic_verb(nxt))
        if len(name) < 2 or not ends or any(w in given for _, _, w in name):
            continue  # names with a known given name are found by the look-up
        if name[-1][2] in particles:
            continue
        found.append(NameMention(name[0][0], name[-1][1], text[name[0][0]:name[-1][1]]))
    return found


def _arabic_before_title(text: str, norm: str, stops: set[str]) -> list[NameMention]:
    found: list[NameMention] = []
    given = name_data()[0]
    for m in compile_skeleton(_AR_BEFORE_TITLE, "ar").finditer(norm):
        toks = (m.group(1), m.group(2))
        if any(t in stops or t in given or t.startswith(("ال", "وال")) or len(t) < 3
               or fold(t) in _place_words() for t in toks):
            continue  # a known first name is found by the look-up; « ال » is no foreign name
        a = m.start(1)
        if toks[0].startswith("و") and len(toks[0]) > 3 and toks[0] not in given:
            a += 1  # « ؛ وسيفاغ أفيديسيان، سفير »: « و » joins the list item
        found.append(NameMention(a, m.end(2), text[a:m.end(2)]))
    return found


# « سفير جمهورية كازاخستان »: the state words and their adjectives (« المتحدة ») are in
# patterns/ar/words.yaml (slots ar_state, ar_state_adjective).
def _ar_state() -> frozenset[str]:
    return slot_words("ar_state", "ar")


# The envoy's heads and the qualifiers after them (« الجديد », « فوق العادة »):
# patterns/ar/words.yaml (slots ar_envoy_head, ar_envoy_qualifier).
_AR_ENVOY = (
    r"(?<!\S)و?(?:ال)?{ar_envoy_head}{ar_accusative_ending}?"
    # « السفير الجديد لجمهورية فرنسا »: an adjective, then « ل » before the state
    r"(?:\s+{ar_envoy_qualifier})*"
    rf"(?:\s+ل?{{ar_state}})?\s+ل?({_AR_WORD})"
    r"((?:\s+{ar_state_adjective})*)"
    # « ... في نواكشوط روبير موليي »: where the envoy serves, before the name
    rf"(?:\s+(?:{{ar_serving_in}}|ب)\s+({_AR_WORD}))?"
)
# « إلير هوسا، سفير غير مقيم »: two unknown words, then a comma and an envoy's or minister's
# title (its heads: patterns/ar/words.yaml, slot ar_apposed_head).
_AR_BEFORE_TITLE = (
    rf"(?:^|(?<=[\s.،,:]))({_AR_WORD})\s+({_AR_WORD})\s*[،,]\s*(?:ال)?{{ar_apposed_head}}"
    r"(?!\S*ال\S)"
)


# « في نواكشوط », « لدى المغرب », « المقيم في باماكو »: where the envoy serves or resides
# (patterns/ar/words.yaml, slots ar_serving_in, ar_resident).
_AR_SERVES_IN = rf"\s+(?:{{ar_serving_in}}\s+|ب|{{ar_resident}})({_AR_WORD})"


def _arabic_after_envoy(text: str, norm: str, stops: set[str]) -> list[NameMention]:
    """« سفير جمهورية كازاخستان طلعت شالدنباي »: a foreign name, unknown to the given-name
    list, follows an envoy's title and a country; take up to three words before a break."""
    found: list[NameMention] = []
    for m in compile_skeleton(_AR_ENVOY, "ar").finditer(norm):
        country = m.group(1)
        bare = country.removeprefix("ال")
        pos = m.end()
        if fold(country) not in _place_words() and fold(bare) not in _place_words():
            # « سفيرة جمهورية جنوب افريقيا », « سفيرة كوريا الجنوبية »: the first word of a
            # country's two-word name, then its second; « سفير كوريا الديمقراطية »: the
            # first word of one, then a state's adjective
            if fold(country) not in _place_heads():
                continue
            # (not « مملكة النرويج »: a state word before a country is the ar_state slot's)
            second = re.match(rf"\s+({_AR_WORD})", norm[m.end(1):])
            if not m.group(2) and second and fold(f"{country} {second.group(1)}") in (
                    _place_words()) and fold(second.group(1)) not in _place_words():
                pos = m.end(1) + second.end()
            elif not m.group(2):
                continue
        if m.group(3) and fold(m.group(3).removeprefix("ال")) not in _place_words() and (
                fold(m.group(3)) not in _place_words()):
            continue  # « في » must name a place to be skipped
        # « سفير مملكة النرويج في نواكشوط المقيم في باماكو أولي آندرياس ليندمان »
        for _ in range(2):
            # « سفير جمهورية سلوفينيا غير المقيم كوزرد رنسيلج »: a qualifier after the state
            qual = compile_skeleton(r"\s+{ar_envoy_qualifier}(?!\S)", "ar").match(norm[pos:])
            if qual:
                pos += qual.end()
                continue
            res = compile_skeleton(_AR_SERVES_IN, "ar").match(norm[pos:])
            if not res or fold(res.group(1).removeprefix("ال")) not in _place_words() and (
                    fold(res.group(1)) not in _place_words()):
                break
            pos += res.end()
        # « سفير جمهورية تركيا (أنل بورا إينان) »: the name may stand in brackets
        bracket = re.match(r"[ \t]+\((?=\S)", norm[pos:])
        pos += bracket.end() - 1 if bracket else 0
        toks: list[tuple[int, int]] = []
        while len(toks) < 3:
            nxt = re.match(rf"(?:[ \t]+|(?<=\())({_AR_WORD})", norm[pos:])
            if not nxt and bracket and not toks:
                nxt = re.match(rf"\(({_AR_WORD})", norm[pos:])
            if not nxt:
                break
            tok = nxt.group(1)
            if (tok in stops or fold(tok) in _place_words() or tok.startswith("ال")
                    or tok.startswith("و") and not toks and len(tok) <= 3
                    # « براتسيلاف جيجل وسفير جمهورية تركيا »: « و » and a title open the next
                    or tok.startswith("و") and toks and tok[1:].removeprefix("ال") in stops
                    or tok in slot_words("ar_after_envoy_stop", "ar") or tok in _ar_not_name()
                    or is_arabic_verb(tok)):
                break
            toks.append((pos + nxt.start(1), pos + nxt.end(1)))
            pos += nxt.end()
        if bracket and not norm.startswith(")", pos):
            continue
        if len(toks) >= 2:
            a, b = toks[0][0], toks[-1][1]
            found.append(NameMention(a, b, text[a:b]))
    return found


def _honorific_before(text: str, norm: str, start: int) -> tuple[int, int] | None:
    head = norm[max(0, start - 45):start].rstrip()
    if re.search(r"[\u0621-\u064A][ \t]*[/-]$", head):
        head = head[:-1].rstrip()  # « السيدة/ باميلا جوان ماكفال », « داتو- جيليد كوميندنج »
    base = max(0, start - 45)
    for h in honorifics():
        hn = h.replace("’", "'")
        if head.endswith(hn):
            s = base + len(head) - len(hn)
            # "M." must be a word on its own, not the end of "PM." or "AM.".
            if s > 0 and (norm[s - 1].isalnum()):
                continue
            return (s, s + len(hn))
    return None


def _spacy_candidates(text: str, ents: list[Entity], language: str) -> list[NameMention]:
    found: list[NameMention] = []
    for ent in ents:
        if ent.label != "PER":
            continue
        # spaCy can run an entity over a line break ("Terehēamanu\n\nSiège de …"): a name
        # never crosses one, each line is read on its own.
        for line in re.finditer(r"[^\n]+", ent.text):
            found.extend(m for m in _clean_latin(line.group(0), ent.start + line.start(), language)
                         if not _lower_at_an_edge(m))
    return found


def _lower_at_an_edge(m: NameMention) -> bool:
    """« par tacite reconduction », « ministre de la Santé et de l'Hygiène publique »: a name
    neither opens nor ends on a word in lower case (inside it, « Dafydd ab Iago » may)."""
    toks = m.text.split()
    return any(t[:1].islower() for t in (toks[0], toks[-1]))


_ACRONYM = re.compile(r"\([A-Z][A-Za-z0-9&.\-]{1,11}\)")


# "Lt. Gov. Susan Bysiewicz", "Sen. Chuck Schumer": the dot of a title written short
# (an English head in data/titles_en.txt that ends on a dot) ends no clause.
_SHORT_WORD_DOT = re.compile(r"(?<![\w.])[A-Z][a-z]{0,4}\.(?=[ \t]+[A-Z]|[ \t]*$)")


@cache
def _dotted_head_words() -> frozenset[str]:
    return frozenset(w for head in titles("en") for w in head.split() if w.endswith("."))


def _clause_before(norm: str, start: int) -> tuple[int, str]:
    lo = max(0, start - 250)
    chunk = norm[lo:start]
    # "the CEO of Rwanda Development Board (RDB), Claire Akamanzi": an acronym in brackets
    # is part of the title, not a clause boundary.
    masked = _ACRONYM.sub(lambda m: "x" * len(m.group(0)), chunk)
    masked = _SHORT_WORD_DOT.sub(
        lambda m: m.group(0)[:-1] + "x" if fold(m.group(0)) in _dotted_head_words()
        else m.group(0), masked)
    cut = max((m.end() for m in _BOUNDARY.finditer(masked)), default=0)
    return lo + cut, chunk[cut:]


def _find_head(words: list[tuple[int, int, str]], language: str, i: int) -> int:
    """Length in words of the longest title head starting at words[i], or 0."""
    if i >= len(words):
        return 0
    index = title_index(language)
    first = _unprefixed(fold(words[i][2]))
    # the first word as written, without a proclitic (ar), without a plural or accusative
    # ending (single-word heads): only heads opening on one of these can match
    keys = {first}
    if language == "ar":
        if first.startswith(_ar_proclitics()):
            keys.add(first[1:])
        if first.startswith("لل"):
            keys.add("ا" + first[1:])  # « للرئيس »: « ل » + « الرئيس », written without its « ا »
        keys.update(first[:-k] for k in (1, 2) if len(first) > k)
    elif language == "en" and first.endswith("s"):
        keys.add(first[:-1])
    candidates = index.by_first.get(first, ()) if len(keys) == 1 else _longest_first(
        {c for k in keys for c in index.by_first.get(k, ())}, language)
    for n, head in candidates:
        if i + n > len(words):
            continue
        got = " ".join([first] + [fold(w[2]) for w in words[i + 1:i + n]])
        if got == head:
            return n
        if language == "ar" and got.startswith(_ar_proclitics()) and got[1:] == head:
            return n  # « والرئيس الفرنسي », « بولي العهد »: a proclitic is not part of the title
        if language == "ar" and got.startswith("لل") and "ا" + got[1:] == head:
            return n  # « للرئيس المصري »
        # "ministers", "ambassadors"; Arabic accusative « وزيرا », « سفيرا »
        if language == "en" and got == head + "s" or language == "ar" and got in {
                head + end for end in slot_words("ar_accusative_ending", "ar")}:
            return n
        # French elision « d'état » and hyphenated heads are one word for the split.
    return 0


def _longest_first(candidates: set[tuple[int, str]], language: str) -> list[tuple[int, str]]:
    """Candidates in the order of ``titles(language)`` (longest first, as the full scan)."""
    order = _title_order(language)
    return sorted(candidates, key=lambda c: order[c[1]])


@cache
def _title_order(language: str) -> dict[str, int]:
    return {h: k for k, h in enumerate(titles(language))}


def _title_start(
    words: list[tuple[int, int, str]], language: str, last: bool, norm: str = ""
) -> int | None:
    """Index where a title phrase starts in words, checking what precedes its head."""
    hits: list[int] = []

    def norm_between(a: tuple[int, int, str], b: tuple[int, int, str]) -> str:
        return norm[a[1]:b[0]]

    covered = 0  # "Ambassador Extraordinary and Plenipotentiary": no head inside a head
    for i in range(len(words)):
        n = _find_head(words, language, i) or _final_head_last(words, language, i)
        if not n or i < covered:
            continue
        j = i
        while j > 0 and fold(words[j - 1][2]).rstrip(".") in _modifiers():
            j -= 1
        prev = fold(words[j - 1][2]) if j > 0 else ""
        prev_word = words[j - 1][2] if j > 0 else ""
        ok = (
            j == 0
            or prev in _determiners()
            or prev.endswith("'")
            or language == "en" and prev_word[:1].isupper()
            # "credentials to President Pranab Mukherjee": a capitalised title needs no article
            or language == "en" and words[i][2][:1].isupper()
            # "state cabinet ministers Keshab Mahanta": a head right before the name
            or language == "en" and i == len(words) - 1
            or language == "ar"
        )
        if not ok and language == "en" and _lower_complement(words, i):
            # "..., state minister for foreign affairs Md Shahriar Alam"
            ok = True
            j = _list_item_start(words, j, norm)
        if language == "en" and j > 0 and prev_word[:1].isupper():
            # "Interior Minister X", not "Relations Jose Felix Fernandez, Interior Minister X"
            the = slot_words("title_article", "en")
            # "the Hon Justice Narinder Hargun": a form of address is no part of the title
            while (j > 0 and words[j - 1][2][:1].isupper() and fold(words[j - 1][2]) not in the
                   and fold(words[j - 1][2]).rstrip(".") not in _folded_honorifics()
                   and "," not in norm_between(words[j - 1], words[j])):
                j -= 1
        if ok and last and hits and _after_title_link(words, j, language):
            continue  # "Minister of Justice Kwame Mensah": « Justice » completes « Minister »
        if ok:
            hits.append(j)
            covered = i + n
            if not last:
                break
    if not hits:
        return None
    return hits[-1] if last else hits[0]


def _final_head_last(words: list[tuple[int, int, str]], language: str, i: int) -> int:
    """"the Agency Executive, Mr Zhang Mao", "Board Member John Doe": an English head that
    only ends a title (data/titles_en_final.txt) counts as the last word before the name,
    after a capitalised word (the walk back in ``_title_start`` takes those in)."""
    if not (language == "en" and 0 < i == len(words) - 1
            and fold(words[i][2]) in _final_heads_en()):
        return 0
    # "former member Dr Imtiwapang Aier": in lower case after a premodifier
    return int(words[i - 1][2][:1].isupper() and words[i][2][:1].isupper()
               or fold(words[i - 1][2]) in _modifiers() and words[i][2].islower())


def _only_capitals_and_links(text: str) -> bool:
    """"Water Resources AYUSH" (part of a title), not "Francois Hollande received on Thursday
    the credentials of" (a clause)."""
    links = slot_words("title_link", "en") | _determiners()
    return all(w[:1].isupper() or fold(w) in links for w in text.split())


def _after_participle(words: list[tuple[int, int, str]], i: int) -> bool:
    """"Thanking the chief minister and the members ..., Longkumer assured": a title right
    after a present participle (and its article) is that verb's object, not the name's."""
    k = i - 1
    if k >= 0 and fold(words[k][2]) in _determiners():
        k -= 1
    return (k >= 0 and words[k][2].isalpha() and fold(words[k][2]).endswith("ing")
            and fold(words[k][2]) not in _modifiers() and len(words[k][2]) > 5)


def _lower_complement(words: list[tuple[int, int, str]], i: int) -> bool:
    """A lower-case English head whose complement runs up to the name: "minister for foreign
    affairs X", "minister for civil aviation & tourism X" (a link word, then lower case)."""
    n = _find_head(words, "en", i)
    rest = [w[2] for w in words[i + n:]]
    return (words[i][2][:1].islower() and 2 <= len(rest) <= 6
            and fold(rest[0]) in slot_words("title_link", "en")
            and all(w[:1].islower() or w in slot_words("name_conjunction", "en")
                    for w in rest[1:]))


def _list_item_start(words: list[tuple[int, int, str]], j: int, norm: str) -> int:
    """Back over up to two lower-case words to the comma or "and" opening a list item: "...,
    state minister for cultural affairs KM Khalid" keeps "state"; without one, j."""
    for k in (j - 1, j - 2):
        if k < 0 or not all(w[2].isalpha() and w[2].islower()
                            and fold(w[2]) not in _determiners() for w in words[k:j]):
            return j
        if (k == 0 or "," in norm[words[k - 1][1]:words[k][0]]
                or fold(words[k - 1][2]) in slot_words("conjunction", "en")):
            return k
    return j


def _after_title_link(words: list[tuple[int, int, str]], j: int, language: str) -> bool:
    """The word before words[j] (or before its article) links it to a title just before it:
    "Minister of Justice" ("of", "for": patterns/<language>/words.yaml, title_link); not
    "the invitation of President X"."""
    links = slot_words("title_link", language)
    k = j - 1
    if k > 0 and fold(words[k][2]) in _determiners() and fold(words[k][2]) not in links:
        k -= 1
    if k < 1 or fold(words[k][2]) not in links:
        return False
    before = words[k - 1][2]
    return before[:1].isupper() or bool(_find_head(words, language, k - 1))


def _words(segment: str, offset: int) -> list[tuple[int, int, str]]:
    out = []
    for m in re.finditer(r"[^\s,]+", segment):
        tok = m.group(0)
        dash = len(tok) - len(tok.lstrip("-–—"))
        if 0 < dash < len(tok):
            # « (TOP243NEWS).-Le Président »: a dash glued after a dateline opens no word
            out.extend(_words(tok[dash:], offset + m.start() + dash))
            continue
        # « l'Assemblée »: the elided article is its own word for the head search.
        el = re.match(r"^([ldLDjJnNsSmMtTcCqu]{1,2}')(.+)$", tok)
        if el:
            out.append((offset + m.start(), offset + m.start() + len(el.group(1)), el.group(1)))
            out.append((offset + m.start() + len(el.group(1)), offset + m.end(), el.group(2)))
        else:
            out.append((offset + m.start(), offset + m.end(), tok))
    return out


def _trim(norm: str, s: int, e: int) -> tuple[int, int]:
    while s < e and (norm[s].isspace() or norm[s] in ",;"):
        s += 1
    while e > s and (norm[e - 1].isspace() or norm[e - 1] in ",;'"):
        e -= 1
    # "Bermuda's Governor at a": a stop the trimmed end left without its following space
    stop = _title_stop().search(norm, s, min(len(norm), e + 1))
    if stop:
        e = min(e, stop.start())
    e = _before_city(norm, s, e)
    # « المدير العام للشؤون الداخلية، و »: a conjunction left at the end opens the next item
    tail = compile_skeleton(_TRAILING_AND, EVERY_LANGUAGE).search(norm[s:e])
    if tail:
        e = s + tail.start()
    return s, e


# "deputy chief justice in Juba": a city after a title tells where the scene is, not the
# title's office (a country stays: "High Commissioner in Sri Lanka"); the prepositions are
# patterns/*/words.yaml, slot city_after_title.
_CITY_AFTER = r"\s(?i:{city_after_title})\s+(?P<place>[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2})"


def _before_city(norm: str, s: int, e: int) -> int:
    for m in compile_skeleton(_CITY_AFTER, EVERY_LANGUAGE).finditer(norm, s, e):
        words = m.group("place").split()
        cities = places().city_country
        if any(fold(" ".join(words[:n])) in cities and fold(" ".join(words[:n])) not in
               places().country_names for n in range(len(words), 0, -1)):
            return m.start()
    return e


# « Le poste de directeur général a été confié à X », "The post of Governor was entrusted to X":
# the title is told before the verb that hands it to the name; slots in assignment.yaml.
_ASSIGNED = (r"{assigned_lead}\s+(?P<title>[^,.;:()\[\]\n«»\"]{2,150}?)\s+{assigned_verb}"
             r"\s*(?:(?:M\.|Mme|Mr\.?|Mrs\.?|Ms\.?)\s*)?$")


def _assigned_title(norm: str, start: int, language: str) -> list[tuple[int, int]]:
    lo = max(0, start - 220)
    m = compile_skeleton(_ASSIGNED, language, re.IGNORECASE).search(norm, lo, start)
    if not m:
        return []
    s, e = _trim(norm, m.start("title"), m.end("title"))
    if not _find_head(_words(norm[s:e], s), language, 0):
        return []
    return _split_titles(norm, s, e, language)


_DASH_BEFORE = re.compile(r"(?<=\w)[ \t]+[–—-][ \t]+$")
_PAREN_BEFORE = re.compile(r"(?<=[\w.])[ \t]*\([^()\n]{1,40}\)[ \t]*$")


def _titles_before(
    norm: str, start: int, language: str, name_starts: frozenset[int] = frozenset(),
    depth: int = 0, name_ends: frozenset[int] = frozenset(),
) -> list[tuple[int, int]]:
    assigned = _assigned_title(norm, start, language) if depth == 0 else []
    if assigned:
        return assigned
    paren = _PAREN_BEFORE.search(norm, max(0, start - 45), start) if depth == 0 else None
    if paren and language == "en":
        # "Minister of State for Water Resources AYUSH (Independent Charge) Ramkishore Kawre":
        # the title stands before the bracket
        return _titles_before(norm, paren.start(), language, name_starts, 1, name_ends)
    dash = _DASH_BEFORE.search(norm, max(0, start - 6), start) if depth == 0 else None
    label = norm[:dash.start()].split()[-1] if dash else ""
    if dash and language == "en" and fold(label) not in _place_words():
        # "Present were: Minister of Finance – Tovin Marsh; Governor – Ilse Brandvik": a list
        # item's title stands before the dash (not "heads of mission of Ethiopia – X, Japan
        # – Y": a list labelled by country)
        return _titles_before(norm, dash.start(), language, name_starts, 1, name_ends)
    if language == "ar" and depth == 0 and norm[start - 1:start] in ("(", '"'):
        # « سفير جمهورية تركيا (أنل بورا إينان) »: a name in brackets after its title
        lead = start - 1
        while lead > 0 and norm[lead - 1] in " \t":
            lead -= 1
        return _titles_before(norm, lead, language, name_starts, 1, name_ends)
    clause_start, clause = _clause_before(norm, start)
    stripped = clause.rstrip()
    article = compile_skeleton(r",\s*{title_article}$", language, re.IGNORECASE).search(stripped)
    if article and language == "en":
        # "the Premier of Bermuda, the Hon. David Burt": the article before the honorific
        stripped = stripped[:article.start() + 1]
    if stripped.endswith(","):
        # « le Directeur général de la Sûreté nationale, Abdellatif Hammouchi »
        body_end = clause_start + len(stripped) - 1
        out: list[tuple[int, int]] = []
        if language == "en" and _name_of_two_words_ends(norm, body_end, name_starts,
                                                        name_ends):
            # "Cabinet Ministers Harpal Singh Cheema, Dr. Baljit Kaur": a name before the
            # comma makes a list; what stands before it is that name's
            return out
        for _ in range(3):
            cut = norm.rfind(",", clause_start, body_end)
            seg_start = cut + 1 if cut >= 0 else clause_start
            if language in ("en", "fr"):
                # "The Union minister was accompanied by the Chief Minister of Assam, Dr. X",
                # « Le président a reçu son homologue guinéen, X »: the title opens after the
                # last stop word ("was", « a »), not before it
                stops = list(_title_stop().finditer(norm, seg_start, body_end))
                seg_start = stops[-1].end() - 1 if stops else seg_start
            words = _words(norm[seg_start:body_end], seg_start)
            all_words = len(words)
            words = _after_name_and(words, norm, seg_start, body_end, name_ends, language)
            # "..., Dr X and South Korea's Minister of Environment, Y": the part opens after
            # X's name, so what stands before it is X's, no title stacked on Y's
            after_name = len(words) < all_words
            i = _title_start(words, language, last=False, norm=norm)
            # « le ministre de l'Intérieur, des Collectivités locales et de l'Aménagement du
            # Territoire, Kamel Beldjoud »: a part starting « des/du/de » continues a title.
            for _ in range(4):
                part_end = norm.find(",", seg_start, body_end)
                part_end = body_end if part_end < 0 else part_end
                listed = language == "en" and _en_portfolio_item(norm, seg_start, part_end)
                if (i is not None or cut < 0 or not words
                        or not (listed or _continues(words[0][2]))
                        # « , à savoir les professeurs A, B »: a part naming someone or
                        # giving a figure is no portfolio
                        or not _PORTFOLIO_PART.fullmatch(norm[seg_start:part_end])
                        or not listed and any(seg_start <= n < part_end
                                              and not _of_before().search(norm[seg_start:n])
                                              for n in name_starts)):
                    break
                cut = norm.rfind(",", clause_start, cut)
                seg_start = cut + 1 if cut >= 0 else clause_start
                words = _words(norm[seg_start:body_end], seg_start)
                i = _title_start(words, language, last=False, norm=norm)
            if i is None or language == "en" and _after_participle(words, i):
                break
            s, e = _trim(norm, words[i][0], body_end)
            if any(s < n < body_end and _clause_after_name(norm, n, body_end)
                   for n in name_starts):
                break  # "Governor X administered the oath to Y, Z": a clause, not a title
            if language == "en" and _appointed_before(norm, s, seg_start, name_ends):
                break  # "Manzoor Nadir elected Speaker of the National Assembly, Shuman ..."
            if e > s:
                parts = _split_titles(norm, s, e, language)
                if cut >= 0 and any(cut - 2 <= n <= cut for n in name_ends):
                    # "Judith Uwizeye, Minister of Public Service and Labour and the CEO of
                    # RDB, Claire Akamanzi": only the last part is the next name's
                    parts = parts[-1:]
                out = parts + out
            # « le wali de X, gouverneur de Y, Mohamed Mhidia »: stacked appositions
            if i != 0 or cut < 0 or after_name:
                break
            body_end = cut
        return out
    # « le président Macky Sall », "U.S. President Barack Obama", « وزير الداخلية عبد الوافي »
    words = _words(clause, clause_start)[-18:]
    i = _title_start(words, language, last=True, norm=norm)
    if i is None:
        return []
    head_at = words[i][0]  # "Farmers Welfare": a run of the portfolio after "and" is no name
    if language == "en":
        i = _portfolio_with_and(words, i, norm, name_ends)
    if compile_skeleton(_AND_AT_END, EVERY_LANGUAGE, re.IGNORECASE).search(
            norm[words[i][0]:start]):
        return []  # "elected President of Parliament and Norberto Ribeiro": not Ribeiro's
    s, e = _trim(norm, words[i][0], start)
    if (language == "ar" and norm[s:s + 1] in _ar_proclitics() and norm[s:s + 2] != "لل"
            and _find_head([(0, 0, words[i][2][1:])] + words[i + 1:], "ar", 0)):
        # « مرفوقا بولي العهد الأمير مولاي الحسن »: a proclitic is not the title (« للرئيس »
        # keeps its « ل », which stands for the article: components/titles.py writes « ال »)
        s += 1
    if _title_stop().search(" " + norm[s:e] + " "):
        return []
    days = list(_day_after_title().finditer(" " + norm[s:e] + " ")) if language == "en" else []
    if days:
        # "sworn in as the new president Friday following X", "Tuesday Minister X": a day
        # ends the title before it; only a title after the day is the name's
        rest = [w for w in words if w[0] >= s + days[-1].end() - 1]
        k = _title_start(rest, language, last=True, norm=norm)
        if k is None:
            return []
        s = rest[k][0]
    kin = compile_skeleton(_AND_POSSESSIVE, language, re.IGNORECASE).search(norm, s, e)
    if kin and not _find_head(_words(norm[kin.end():e], kin.end()), language, 0):
        return []  # « le nouveau ministre et son prédécesseur X »: X is the predecessor
    if any(c.isalpha() for c in norm[e:start]):
        # "Ministers (OIC-CFM) as a special guest at the invitation of Qureshi"; « مويل سفير
        # الكونغو، وزياد عطا الله »: a title cut short of the name is not that name's
        return []
    if "," in norm[s:e]:
        # « du ministre d'Etat, ministre des Affaires étrangères X » is one stack of titles;
        # « la ministre, Mme Y, et le président X » is not
        cut = norm.rfind(",", s, e) + 1
        tail = [w for w in _words(norm[cut:e], cut) if fold(w[2]) not in _determiners()]
        # (French only: "Governor of Pitcairn, and he also served as" is a clause)
        if (not tail or not _find_head(tail, language, 0)) and not (
                language == "fr" and _continues_portfolio(norm, s, e)
                or language == "en" and _en_portfolio_listed(norm, s, e)):
            return []
    # "Minister for Information Auqaf, Hajj, Religious and Minority Affairs X": the fields
    # of a listed portfolio are capitalised words, not names
    listed = language == "en" and "," in norm[s:e] and _en_portfolio_listed(norm, s, e)
    if not listed and any(s < n < e and n != head_at
                          and not (language == "en" and _of_before().search(norm[s:n])
                                   and _only_capitals_and_links(norm[n:e]))
                          for n in name_starts):
        # "President X at a ceremony held in Rashtrapati Bhavan": X's title; not "Water
        # Resources" of "Minister of State for Water Resources AYUSH"
        return []
    tail = norm[s:e].split()
    if tail and (fold(tail[-1]) in _determiners() or norm[e:e + 1] in "'’"
                 or language == "en" and fold(tail[-1]) in slot_words("title_link", "en")
                 # "five new Ministers in Bhagwant Mann led cabinet": nor on "in", "namely"
                 or language == "en" and fold(tail[-1]) in slot_words("title_never_ends",
                                                                      "en")):
        # "Leaders of the Three Amigos", « ministre des Infrastructures et de l'Entretien
        # Routier »: a title does not end on « of the », nor on an elided « de l' »; "Minister
        # of State for Water Resources": nor on "for"
        return []
    found = _split_titles(norm, s, e, language) if e > s else []
    if found and depth < 2:
        # Stacked titles: « وزير الخارجية الأمير فيصل », "Vice President and Rajya Sabha Chair
        # M. Venkaiah Naidu", « au chef de l'Etat ivoirien, le président Laurent Gbagbo ».
        at = s
        address = re.search(r"(\S+)[ \t]+$", norm[max(0, s - 20):s])
        if (language == "en" and address
                and fold(address.group(1)).rstrip(".") in _folded_honorifics()):
            at = s - len(address.group(0))  # "the Chief Justice, the Hon Justice X"
        gap = compile_skeleton(_STACK_GAP, EVERY_LANGUAGE, re.IGNORECASE).search(
            norm[max(0, at - 12):at])
        lead = at - len(gap.group(0)) if gap else at
        prev = _titles_before(norm, lead, language, name_starts, depth + 1, name_ends)
        last_word = norm[prev[-1][0]:prev[-1][1]].split()[-1] if prev else ""
        if (prev and prev[-1][1] >= lead and len(norm[prev[0][0]:s].split()) <= 9
                # « نقل الوزير تحياته إلى الرئيس البرازيلي »: no title ends on « إلى »
                and last_word not in _ar_name_end() and fold(last_word) not in _determiners()
                # (a bracketed acronym after it abbreviates the words before: "Army Staff"
                # of "Chief of Army Staff (COAS) General X" names no one)
                and (")" in gap.group(0) or not any(prev[0][0] <= n < s for n in name_starts))
                # « ومحمد مفكر، الوالي مدير ...، ومحمد الدخيسي »: « الوالي » is مفكر's
                # (« جبر، ومستشار الرئيس القانوني حسن العوري »: « و » opens the next item)
                # (an acronym between the two titles ties them: "Sharif, Chief of Army
                # Staff (COAS) General X" are X's)
                and (")" in gap.group(0)
                     or not any(prev[0][0] - 4 <= n <= prev[0][0] for n in name_ends
                                if norm[prev[0][0] - 1:prev[0][0]] != "و"))):
            one = norm[prev[-1][0]:prev[-1][1]]
            if (language == "ar" and len(one.split()) == 1 and not one.startswith("ال")
                    and not norm[prev[-1][1]:s].strip()):
                # « نائب رئيس مجلس الوزراء »: a head without « ال » is in the construct state,
                # the title after it is its complement, not a second title
                found = [(prev[-1][0], found[0][1])] + found[1:]
                prev = prev[:-1]
            if prev and ")" in gap.group(0):  # the acronym belongs to the title it follows
                prev = prev[:-1] + [(prev[-1][0], norm.find(")", prev[-1][1], s) + 1)]
            found = prev + found
    if language == "ar":
        # « سفيراً لدولة فلسطين خلفاً لمحمود الخالدي »: an accusative title is said of a name
        # before it (« عين X سفيرا »), never of the name it precedes
        found = [t for t in found if not _ar_accusative_head(norm[t[0]:t[1]].split()[0])]
        # « السفير الجديد أوراق اعتماده لرئيس الجمهورية »: what an envoy hands over, or a
        # verb, is the clause between two people, never part of a title
        clause = _ar_not_name() | _ar_clause_nouns()
        found = [t for t in found if not any(w in clause for w in norm[t[0]:t[1]].split())]
    return found


def _en_portfolio_item(norm: str, s: int, e: int) -> bool:
    """"Minister of Water, Land and Natural Resources, Dr X": after a comma, a few capitalised
    words (and links: "and", "of") continue the portfolio the title before enumerates, when
    the part before the comma ends on a capitalised word after "of" or "for"."""
    part = norm[s:e].strip()
    words = part.split()
    if not words or len(words) > 6 or not words[0][:1].isupper():
        return False
    if any(fold(w) in _latin_given_names() or fold(w) in _place_words() for w in words):
        # "Minister of Finance, Kwame Mensah": a name, not a portfolio; "the ambassadors
        # of Kenya, Ghana and Peru, John Doe (Kenya)": countries, not a ministry's fields
        return False
    if not _only_capitals_and_links(part) or not _PORTFOLIO_PART.fullmatch(part):
        return False
    # the items before it may be listed too: "of Culture, Gender, Entertainment and Sport"
    before = re.search(r"\b(?:of|for)\s+(?:the\s+)?[A-Z][\w'’&-]*"
                       r"(?:(?:\s+|\s*,\s*|\s+and\s+)[A-Z][\w'’&-]*){0,8}\s*,\s*$",
                       norm[max(0, s - 90):s])
    return before is not None


def _en_portfolio_listed(norm: str, s: int, e: int) -> bool:
    """"Caretaker Minister for Information Auqaf, Hajj, Religious and Minority Affairs X":
    every part after a comma is a field of the portfolio the title enumerates."""
    cuts = [k for k in range(s, e) if norm[k] == ","]
    ends = cuts[1:] + [e]
    return bool(cuts) and all(_en_portfolio_item(norm, c + 1, end)
                              for c, end in zip(cuts, ends, strict=True))


# « le ministre et son prédécesseur X »: a conjunction and a possessive (slot possessive,
# patterns/<language>/words.yaml) before the noun that names X
_AND_POSSESSIVE = r"\s{conjunction}\s+{possessive}\s+"


def _portfolio_with_and(words: list[tuple[int, int, str]], i: int, norm: str,
                        name_ends: frozenset[int]) -> int:
    """"Union Agriculture and Farmers Welfare Minister X": a head-final title whose
    portfolio of capitalised words holds "and" opens before it (not "President Ruto and
    Foreign Minister X": a name ends before "and")."""
    joins = slot_words("conjunction", "en")
    if not (1 < i < len(words) and fold(words[i - 1][2]) in joins
            and words[i][2][:1].isupper() and not _find_head(words, "en", i)):
        return i
    k = i - 1
    if words[k - 1][1] in name_ends or "," in norm[words[k - 1][1]:words[k][0]]:
        return i
    while (k > 0 and words[k - 1][2][:1].isupper() and words[k - 1][2].isalpha()
           and fold(words[k - 1][2]) not in _determiners()
           and "," not in norm[words[k - 1][1]:words[k][0]]):
        k -= 1
    return k if k < i - 1 else i


def _appointed_before(norm: str, s: int, lo: int, name_ends: frozenset[int]) -> bool:
    """A name and a verb of appointment lead to the title at ``s``: it is that name's."""
    appointed = compile_skeleton(_APPOINTED, "en", re.IGNORECASE)
    return any(lo - 40 <= n < s and (m := appointed.match(norm[n:s])) and n + m.end() == s
               for n in name_ends)


def _name_of_two_words_ends(norm: str, at: int, name_starts: frozenset[int],
                            name_ends: frozenset[int]) -> bool:
    """A name of two words or more ends at ``at`` (not "Logistics" of "Minister of
    Transport and Logistics", a one-word run that is no name)."""
    start = max((n for n in name_starts if n < at), default=-1)
    return at in name_ends and start >= 0 and len(norm[start:at].split()) >= 2 and (
        "," not in norm[start:at]) and not _ends_portfolio_list(norm, start, at)


def _ends_portfolio_list(norm: str, start: int, at: int) -> bool:
    """"Minister of Water, Land and Natural Resources, Dr X": capitalised words closing the
    list of a portfolio after "and" are the portfolio's, not a name ending a list of names."""
    item = norm.rfind(",", max(0, start - 60), start)
    return (item >= 0 and re.search(r"\sand\s+$", norm[item:start]) is not None
            and _en_portfolio_item(norm, item + 1, at))


def _ar_accusative_head(word: str) -> bool:
    """« وزيرا », « سفيراً »: a title head with an accusative ending (patterns/ar/words.yaml)."""
    heads = set(titles("ar"))
    bare = compile_skeleton(_AR_ACCUSATIVE_END, "ar").sub("", word)
    return bare != word and fold(word) not in heads and (
        fold(bare) in heads or fold("ال" + bare) in heads)


# « SM le Roi Mohammed VI et le Président chilien, Ricardo Lagos Escobar »: a conjunction
# after a name inside an apposition opens the next name's title (slot conjunction, pooled).
_NAME_AND = r"[ \t]+{conjunction}[ \t]+"


def _after_name_and(words: list[tuple[int, int, str]], norm: str, s: int, e: int,
                    name_ends: frozenset[int], language: str) -> list[tuple[int, int, str]]:
    """The words of an apposition after the last name in it that a conjunction follows,
    when a title opens there; else all its words ("Minister of Transport and Logistics":
    capitals inside a title are no name)."""
    joined = compile_skeleton(_NAME_AND, EVERY_LANGUAGE, re.IGNORECASE)
    after = [m.end() for n in name_ends if s < n < e and (m := joined.match(norm, n))]
    if not after:
        return words
    rest = [w for w in words if w[0] >= max(after)]
    i = _title_start(rest, language, last=False, norm=norm)
    opens = i is not None and all(fold(w[2]) in _determiners() for w in rest[:i])
    return rest if opens else words


def _clause_after_name(norm: str, n: int, e: int) -> bool:
    """"Governor X administered the oath to Y": words after a name inside an apposition,
    one of them lower case and no determiner, make it a clause, not a title."""
    after = norm[n:e].split()[1:]
    return len(after) >= 3 and any(
        w[:1].islower() and fold(w) not in _determiners() and not _continues(w) for w in after)


def _has_head(words: list[tuple[int, int, str]], language: str) -> bool:
    return any(_find_head(words, language, j) for j in range(len(words)))


def _split_titles(norm: str, s: int, e: int, language: str) -> list[tuple[int, int]]:
    """« directeur de X et responsable de Y » is two titles; « ministre de X et de Y » one."""
    parts: list[tuple[int, int]] = []
    pos = s
    # "Ambassador Extraordinary and Plenipotentiary": a head with a conjunction inside
    whole = _words(norm[s:e], s)
    inside = [(whole[i][0], whole[i + n - 1][1]) for i in range(len(whole))
              for n in [_find_head(whole, language, i)] if n > 1]
    for m in _split_and().finditer(norm, s, e):
        if any(a < m.start() < b for a, b in inside):
            continue
        words = _words(norm[m.end():e], m.end())
        if words and (_find_head(words, language, 0)
                      or fold(words[0][2]) in _modifiers() and len(words) > 1
                      and _find_head(words, language, 1)
                      or fold(words[0][2]) in _determiners() and len(words) > 1
                      and _find_head(words, language, 1)
                      # "MP and Alliance For Change Executive": a head-final title after
                      # a title (not "Agriculture and Farmers Welfare Minister")
                      or _en_title_phrase(words, language) and _has_head(
                          _words(norm[pos:m.start()], pos), language)):
            parts.append((pos, m.start()))
            pos = m.end()
    parts.append((pos, e))
    parts = [piece for ps, pe in parts for piece in _split_at_rank(norm, ps, pe, language)]
    out = []
    for ps, pe in parts:
        ps, pe = _trim(norm, ps, pe)
        words = _words(norm[ps:pe], ps)
        while words and fold(words[0][2]) in _determiners():
            words.pop(0)
        if language == "ar":
            # « ولي العهد رئيس مجلس الوزراء »: a head of two words or more is a whole title;
            # another head right after it opens a second one
            while words and 1 < (n := _find_head(words, language, 0)) < len(words) and (
                    _find_head(words, language, n)):
                out.append((words[0][0], words[n - 1][1]))
                words = words[n:]
        if words and pe > words[0][0]:
            out.append((words[0][0], pe))
    return out


def _split_at_rank(norm: str, s: int, e: int, language: str) -> list[tuple[int, int]]:
    """« le préfet entrant Colonel X », "Chief of Army Staff (COAS) General X": a capitalised
    military rank ending a title is a second title; not "Secretary General", « Directeur
    Général », where the rank word follows a head as its adjective."""
    words = _words(norm[s:e], s)
    ranks = _folded(slot_words("rank_after_title", language))
    k = len(words)
    while k > 1 and words[k - 1][2][:1].isupper() and fold(words[k - 1][2]) in ranks:
        k -= 1
    if k == len(words) or k == 0 or not _has_head(words[:k], language):
        return [(s, e)]
    before = fold(words[k - 1][2])
    if before in title_index(language).first_words or before in ranks:
        return [(s, e)]
    return [(s, words[k - 1][1]), (words[k][0], e)]


def _en_head_at(words: list[tuple[int, int, str]], k: int) -> int | None:
    """Index of an English title head within a few words from k, reached only over capitalised
    words, possessives and modifiers ("District Electoral Officer", "country's foreign")."""
    for p in range(k, min(len(words), k + 6)):
        if _find_head(words, "en", p):
            return p
        if p > k and fold(words[p][2]) in _final_heads_en():
            return p
        w = words[p][2]
        if not (w[:1].isupper() or w.endswith(("'s", "’s")) or fold(w) in _modifiers()
                or fold(w) in ("&",)):
            return None
    return None


def _en_title_phrase(words: list[tuple[int, int, str]], language: str) -> bool:
    """"the District Electoral Officer": capitalised words closed by a head are a title, not
    the name they look like."""
    if language != "en" or not words:
        return False
    k = 1 if fold(words[0][2]) in _determiners() | _modifiers() else 0
    p = _en_head_at(words, k)
    if p is None or p == k:
        return False
    n = _find_head(words, "en", p) or 1
    return p + n == len(words)


def _opens_next_person(norm: str, at: int, name_starts: set[int]) -> bool:
    """"..., the Chief Justice, the Hon Justice Narinder Hargun": the part after the next comma
    opens on a name of two words or more behind at most three words of address or title (an
    article, "Hon", capitalised words), so the apposition before it is that person's."""
    b = re.compile(r"[,]|" + _BOUNDARY.pattern).search(norm, at)
    limit = b.start() if b else len(norm)
    n = min((n for n in name_starts if at <= n < limit), default=None)
    if n is None:
        return False
    between = norm[at:n].split()
    name = list(takewhile(lambda w: w[:1].isupper(), norm[n:limit].split()))
    return len(between) <= 3 and len(name) >= 2 and all(
        fold(w) in _determiners() or fold(w).rstrip(".") in _folded_honorifics()
        or w[:1].isupper() for w in between)


def _en_title_opens(words: list[tuple[int, int, str]], language: str) -> bool:
    """After "as", "sworn in as": an English title whose head comes after an article,
    premodifiers and capitalised words ("as the first High Commissioner of New Zealand",
    "became Bermuda's Governor")."""
    if language != "en":
        return False
    k = 0
    while k < min(3, len(words) - 1) and fold(words[k][2]) in _determiners() | _modifiers():
        k += 1
    return _en_head_at(words, k) is not None


def _names_past_title(
    norm: str, s: int, e: int, words: list[tuple[int, int, str]], inner: list[int],
    name_starts: set[int],
) -> list[int]:
    """The names of an English segment s..e after a comma that stand past the title opening
    it: not "High" of "High Commissioner of India", nor "President Salva Kiir" after "deputy
    chief justice in Juba and witnessed by" (a title stop or a city ends the title first);
    but "Ambassador of France Alexandre Ziegler" is the title of the name that ends it."""
    k = 0
    while k < len(words) - 1 and fold(words[k][2]) in _determiners() | _modifiers():
        k += 1
    p = _en_head_at(words, k)
    if p is None:
        return inner
    head_end = words[p][1]
    # "Minister of State for Water Resources AYUSH (Independent Charge) Ramkishore Kawre,":
    # a name right after the bracket that closes the segment takes its title
    bracket = re.match(r"\s*\([^()\n]{1,40}\)\s*", norm[e:e + 45])
    if bracket and e + bracket.end() in name_starts:
        return [e + bracket.end()]
    stop = _title_stop().search(norm, head_end, e)
    end = _before_city(norm, head_end, stop.start() if stop else e)
    inner = [n for n in inner if head_end <= n < end]
    joins = slot_words("conjunction", "en") | slot_words("name_conjunction", "en")
    for n in sorted(name_starts):
        after = norm[n:e].split()
        name = list(takewhile(lambda w: w[:1].isupper(), after))
        # a name of two words or more that closes the segment or a list item ("... Ermindo
        # Augusto Ferreira and Ambassador of ..."), not "Technology" of "Minister of
        # Information Technology"
        if (head_end < n < end and n not in inner and len(name) >= 2
                and (len(name) == len(after) or after[len(name)] in joins)):
            before = _titles_before(norm, n, "en", frozenset(name_starts))
            links = slot_words("title_link", "en")
            # "Member of Parliament for Ablekuma North": no title ends on "for"
            if (before and before[0][0] <= words[k][0]
                    and fold(norm[before[-1][0]:before[-1][1]].split()[-1]) not in links):
                inner.append(n)
    return inner


# "Minister of International Relations", « directeur de l'Office »: capitals after « of »,
# « de » (and an article) complete a title; they do not open the next name.
# The words of « de », "of" and their articles: patterns/*/words.yaml (slots complement_of,
# title_article), pooled; the elided « d' » may be glued to the capital it introduces.
_OF_BEFORE = (r"\b(?i:{complement_of})(?:\s+{title_article})?"
              r"(?:\s+[A-ZÀ-Þ][\w'’-]*)*\s*$|\b(?i:{complement_of})$")


def _of_before() -> re.Pattern[str]:
    return compile_skeleton(_OF_BEFORE, EVERY_LANGUAGE)


# « représentant de la reine Elisabeth II », « conseiller du président Macky Sall »: « de »,
# an article and a title head before a name (slots complement_of, title_article, pooled)
_OF_TITLE = r"\b(?i:{complement_of})\s+(?:(?i:{title_article})\s*)?([a-zà-ÿ][\w-]*)\s+$"
# « ambassadeur de France en Australie à Sir Peter Cosgrove »: the prepositions that end a
# title before the next name (patterns/fr/words.yaml, slot title_to_name, pooled)
_TO_NAME = r"\s(?i:{title_to_name})\s+$"


def _of_title_before(before: str) -> bool:
    m = compile_skeleton(_OF_TITLE, EVERY_LANGUAGE).search(before)
    return bool(m and _is_title_word(m.group(1), "fr"))


def _address_start(norm: str, n: int, lo: int = 0) -> int:
    """Where the forms of address before a name at ``n`` start: "His Excellency Dr Julius
    Maada Bio" stacks two; ``n`` when there is none."""
    at = n
    while (hon := _honorific_before(norm, norm, at)) and hon[0] > lo:
        at = hon[0]
    return at


def _preposition_before_name(norm: str, s: int, n: int) -> int | None:
    """Where a title read after a name ends when a preposition (and a form of address) leads
    from it to the next name at ``n``; None when nothing does."""
    end = _address_start(norm, n, s)
    m = compile_skeleton(_TO_NAME, EVERY_LANGUAGE).search(norm, s, end)
    return m.start() if m else None


def _cut_at_next_name(
    norm: str, s: int, e: int, name_starts: set[int], language: str = ""
) -> int:
    """End of a title read after a name: the next name, unless it complements the title or
    (English) opens its head: "as the first High Commissioner" ("High" is no name)."""
    return min([e] + [n for n in name_starts if s < n < e and not _of_before().search(norm[s:n])
                      and not (language == "en" and _en_head_at(_words(norm[n:e], n), 0) == 1)])


# "Mr X a Circuit Court Judge": an article (patterns/en/words.yaml) opens a title with no comma.
_EN_ARTICLE_GAP = r"[ \t]+(?:{indefinite_article}|{title_article})[ \t]+"


def _en_title_glued(norm: str, end: int, name_starts: set[int]) -> list[tuple[int, int]]:
    """"Mr. Inho Lee Non-resident Ambassador of the Republic of Korea (South Korea)": a
    capitalised title right after a name with no comma (not in a title-case headline), up
    to the first punctuation; none when another name stands in it ("Hochul Governor Cuomo")."""
    glued = re.match(r"[ \t]+(?=[A-Z])", norm[end:end + 3])
    if not glued:
        return []
    s = end + glued.end()
    b = _ROLE_END.search(norm, s, s + 150)
    e = b.start() if b else min(len(norm), s + 150)
    for stop in (_title_stop().search(norm, s - 1, e), _day_after_title().search(norm, s - 1, e)):
        e = stop.start() if stop else e
    if _cut_at_next_name(norm, s, e, name_starts, "en") < e:
        return []
    words = _words(norm[s:e], s)
    k = 0
    while k < len(words) - 1 and fold(words[k][2]) in _modifiers():
        k += 1
    n = _find_head(words, "en", k) if words and words[k][2][:1].isupper() else 0
    # the head and its complement ("of", "for"), in capitals and links only: not "Hohoe
    # Municipal Magistrate" (a place before a head) nor "... Sustainability Minister signed"
    if (not n or k + n >= len(words) or fold(words[k + n][2]) not in slot_words("title_link", "en")
            or not _only_capitals_and_links(norm[words[k][1]:e])):
        return []
    return _split_titles(norm, *_trim(norm, s, e), "en")


def _titles_after(
    norm: str, end: int, language: str, name_starts: set[int], glued: bool = False
) -> list[tuple[int, int]]:
    """Titles read after a name; ``glued``: the name is surely one (a form of address or a
    known given name), so a title with no comma after it may be read (``_en_title_glued``)."""
    rest = norm[end:end + 300]
    found: list[tuple[int, int]] = []
    paren = re.match(r"\s*\(([^()]{2,80})\)", rest)
    skip = 0  # « Valentine Mokiwa (Tanzanie), président en exercice »: past the parenthesis
    if paren:
        # « Pierre-Yves Beaudouin (président de séance) »
        ps = end + paren.start(1)
        words = _words(norm[ps:end + paren.end(1)], ps)
        if words and _find_head(words, language, 0):
            found.extend(_split_titles(norm, ps, end + paren.end(1), language))
        elif rest[paren.end():].lstrip(" \t").startswith(","):
            skip = paren.end()
    # « Jean-Michel Fourgous (LR), comme maire d'Élancourt »: the role is read past the party
    role = compile_skeleton(_ROLE_INTRO, language, re.IGNORECASE).match(rest[skip:])
    if role and any(end < n < end + skip + role.end() for n in name_starts):
        role = None  # « X a reçu Y en qualité de ministre »: Y's role, not X's
    if role:
        # « خالد آيت طالب، في منصب والي جهة فاس », « X, en tant que vice-président »
        s = end + skip + role.end()
        b = _ROLE_END.search(norm, s, s + 200)
        e = b.start() if b else min(len(norm), s + 200)
        e = _cut_at_next_name(norm, s, e, name_starts, language)
        stop = _title_stop().search(norm, s, e)
        e = stop.start() if stop else e  # « منصب وزير الخارجية منذ عام 2019 »
        day = _day_after_title().search(norm, s, e)
        e = day.start() if day else e  # "appointed X as Minister of Justice on Monday"
        words = _words(norm[s:e], s)
        k = 0  # « comme second adjoint »: premodifiers open the title too
        while k < len(words) - 1 and fold(words[k][2]) in _modifiers():
            k += 1
        if words and (_find_head(words, language, k) or _en_title_opens(words, language)):
            s2, e2 = _trim(norm, s, e)
            found.extend(_split_titles(norm, s2, e2, language))
    colon = re.match(r"[ \t]*:[ \t]*", rest)
    if colon:
        # « *- يوسف العمراني : سفير الملك لدى الولايات المتحدة » (a list of appointments)
        s = end + colon.end()
        b = _ROLE_END.search(norm, s, s + 200)
        e = b.start() if b else min(len(norm), s + 200)
        words = _words(norm[s:e], s)
        if words and _find_head(words, language, 0):
            s2, e2 = _trim(norm, s, e)
            found.extend(_split_titles(norm, s2, e2, language))
    dash = compile_skeleton(_DASHED, language).match(rest)
    if dash and not found:
        # « Karim Tazi – ministre de l'Economie – a présidé »: the title ends at the next dash
        s = end + dash.end()
        b = re.compile(r"\s[-–—]\s|" + _ROLE_END.pattern).search(norm, s, s + 200)
        e = b.start() if b else min(len(norm), s + 200)
        e = _cut_at_next_name(norm, s, e, name_starts)
        words = _words(norm[s:e], s)
        k = 0
        while k < len(words) - 1 and fold(words[k][2]) in _determiners() | _modifiers():
            k += 1
        if words and (_find_head(words, language, k) or _en_title_opens(words, language)):
            found.extend(_split_titles(norm, *_trim(norm, s, e), language))
    bare_fr = compile_skeleton(_NO_COMMA, language).match(rest)
    if bare_fr and not found:
        # « sous la présidence de Stéphane Masse premier adjoint, devant »: no comma, so the
        # title must open on a head (after premodifiers) and ends at the first punctuation
        s = end + bare_fr.end()
        b = _ROLE_END.search(norm, s, s + 150)
        e = b.start() if b else min(len(norm), s + 150)
        e = _cut_at_next_name(norm, s, e, name_starts)
        stop = _title_stop().search(norm, s - 1, e)
        e = stop.start() if stop else e
        day = _day_after_title().search(norm, s - 1, e)
        e = day.start() if day else e
        words = _words(norm[s:e], s)
        k = 0
        while k < len(words) - 1 and fold(words[k][2]) in _modifiers():
            k += 1
        if words and _find_head(words, language, k):
            found.extend(_split_titles(norm, *_trim(norm, s, e), language))
    if language == "en":
        # "Mr Sam Kwaku Bensa Alomatu a Circuit Court Judge, ..." (no comma)
        bare = compile_skeleton(_EN_ARTICLE_GAP, "en").match(rest)
        if bare:
            s = end + bare.end()
            b = _ROLE_END.search(norm, s, s + 120)
            e = b.start() if b else min(len(norm), s + 120)
            words = _words(norm[s:e], s)
            p = _en_head_at(words, 0)
            if p is not None and p + (_find_head(words, language, p) or 1) == len(words):
                found.extend(_split_titles(norm, *_trim(norm, s, e), language))
        elif glued and not found and "\n" in norm[:end]:
            found.extend(_en_title_glued(norm, end, name_starts))
    appointed = compile_skeleton(_APPOINTED, language, re.IGNORECASE).match(rest)
    if appointed:
        s = end + appointed.end()
        b = _BOUNDARY.search(norm, s, s + 200)
        e = b.start() if b else min(len(norm), s + 200)
        comma = norm.find(",", s, e)
        e = comma if comma > 0 else e
        e = _cut_at_next_name(norm, s, e, name_starts, language)
        # "sworn in as Minister of Finance on Monday", « reconduit au poste de président du
        # Sénat mardi »: the day closes the title
        day = _day_after_title().search(norm, s, e)
        e = day.start() if day else e
        words = _words(norm[s:e], s)
        k = 0  # "as the new President of Parliament"
        while k < min(2, len(words) - 1) and fold(words[k][2]) in _determiners() | _modifiers():
            k += 1
        if words and (_find_head(words, language, k) or _en_title_opens(words, language)):
            s2, e2 = _trim(norm, s, e)
            found.extend(_split_titles(norm, s2, e2, language))
    if skip:
        end += skip
        rest = norm[end:end + 300]
    if not rest.lstrip().startswith(","):
        # Arabic: « عبد الوافي لفتيت وزير الداخلية » needs no comma.
        if language != "ar":
            return found
    b = _boundary_past_addresses(norm, end, end + 300)
    limit = b.start() if b else min(len(norm), end + 300)
    if language == "ar" and b and norm[limit] == "(" and limit + 1 in name_starts:
        # « براتسيلاف جيجل وسفير جمهورية تركيا (أنل بورا إينان) »: the title before a name in
        # brackets is that name's; read up to the name so that it ends this one's titles
        limit += 2
    pos = end
    for seg in re.finditer(r"[^,]+", norm[end:limit]):
        s, e = end + seg.start(), end + seg.end()
        if s < pos:
            continue
        words = _words(norm[s:e], s)
        if language == "fr" and words and fold(words[0][2]) in slot_words("complement_of", "fr"):
            # « en présence de la vice-présidente X, du maire de Langon Y »: a part opening on
            # « du », « de la » is the list's next item, not an apposition of this name
            break
        # "Director of the Judicial Police": capitals after « of » complete the title
        # « représentant de la reine Elisabeth II »: a name after « de » and a title is the
        # complement of this title, and what follows it is that name's
        of_title = [n for n in name_starts if s < n < e and _of_title_before(norm[s:n])]
        inner = [n for n in name_starts if s < n < e and not _of_before().search(norm[s:n])
                 and n not in of_title]
        if language == "en":
            inner = _names_past_title(norm, s, e, words, inner, name_starts)
        closed = None
        if inner and language == "ar":
            # « صلاح الزواري وزيرا للتجهيز خلفا لسارة زعفراني », « علي محمد مجور رئيس مجلس
            # الوزراء أمس ومعه يحيى الراعي »: a title stop before the next name closes this
            # one's; so does the « و » of a list (« نائب رئيس مجلس النواب ويحيى العمري »)
            stop = _title_stop().search(norm, s, min(inner) + 1)
            joined = min(inner) - 1 if norm[min(inner) - 2:min(inner)] == " و" else None
            closed = stop.start() if stop else joined
            if closed and any(w in _ar_name_end() for w in norm[s:closed].split()):
                closed = None  # « رئيساً له في أول جلسة للبرلمان الذي »: no title runs over « في »
        if closed:
            e, inner = closed, []
            words = _words(norm[s:e], s)
            if not words:
                break  # « ، ومحمد مفكر »: the next item, no title of this name before it
        if inner and not _en_title_phrase(words, language):
            # « ambassadeur de France en Australie à Sir Peter Cosgrove »: the title ends at
            # the preposition that leads to the next name
            to = _preposition_before_name(norm, s, min(inner))
            part = _words(norm[s:to], s) if to else []
            k = 0
            while k < len(part) - 1 and fold(part[k][2]) in _determiners() | _modifiers():
                k += 1
            if part and _find_head(part, language, k):
                found.extend(_split_titles(norm, *_trim(norm, part[0][0], to), language))
            break  # « ، وزير الداخلية عبد الوافي لفتيت »: the title of the next name
        if not words:
            continue
        if (language == "ar" and norm[end:s].strip() == "," and words[0][2].startswith("و")
                and fold(words[0][2]) not in title_index("ar").by_first
                and _find_head([(0, 0, words[0][2][1:])] + words[1:], "ar", 0)):
            # « الأمير مولاي رشيد، والعاهل الإسباني صاحب الجلالة الملك “ضون” فيليبي »: right
            # after a name and its comma, « و » and a title open the next item of the list
            # (an apposition does not open on « و »; the last of stacked titles may)
            break
        if len(words) == 1 and re.fullmatch(r"\d{1,3}", words[0][2]):
            pos = e  # "Mr Bismark Francis Osei, 56, assemblyman of ...": an age, read on
            continue
        k = 0
        while k < len(words) - 1 and fold(words[k][2]) in _determiners() | _modifiers():
            k += 1
        if language == "en" and not _find_head(words, language, k):
            # Head-final English titles: "the District Electoral Officer", "former Bihar
            # Governor", "the country's foreign minister".
            p = _en_head_at(words, k)
            if p is not None:
                k = p
        final_head = language == "en" and k > 0 and fold(words[k][2]) in _final_heads_en()
        if (language == "ar" and words[0][2].startswith("و") and len(words[0][2]) > 2
                and not _find_head(words, language, 0)):
            w0 = words[0]
            words[0] = (w0[0] + 1, w0[1], w0[2][1:])
        if not _find_head(words, language, k) and not final_head:
            break
        if language == "fr" and _portfolio_runs_into_name(norm, e, limit, name_starts):
            # « Zafer Çağlayan, le ministre des Transports, des affaires maritimes et de la
            # communication Binali Yıldırım »: the portfolio goes on up to the next name
            found.extend(_split_titles(norm, *_trim(norm, words[0][0], e), language)[:-1])
            break
        if language == "en" and _plural_head(norm, words[k][0], words[k][1], "en"):
            break  # "VD Sharma, MLAs and other public representatives": others, not his title
        # « Mustapha Ramid, le ministre de l'Intérieur, Abdelouafi Laftit »: the last
        # apposition belongs to the next name.
        after = norm[e:e + 3].lstrip(", ")
        nxt = e + (len(norm[e:e + 3]) - len(after))
        if ((any(abs(nxt - n) <= 1 for n in name_starts)
             or language == "en" and _opens_next_person(norm, nxt, name_starts))
                and norm[e:e + 1] == ","
                and not after.startswith("و") and "\n" not in norm[e:e + 3]
                and (s > end or rest.lstrip(" \t").startswith(","))):
            # « Léon Kacou Adom, ministre des Affaires étrangères et son homologue sénégalais,
            # Yassine Fall »: the parts before « et » are still this name's
            parts = _split_titles(norm, *_trim(norm, words[0][0], e), language)
            found.extend(parts[:-1])
            break
        ts, te = _trim(norm, words[0][0], e)
        if _title_stop().search(" " + norm[ts:te] + " "):
            stop = _title_stop().search(norm, ts, te)
            te = stop.start() if stop else te
            found.extend(_split_titles(norm, ts, te, language))
            break
        found.extend(_split_titles(norm, ts, te, language))
        if closed:
            break
        if of_title and all(t[:1].isupper() for t in norm[max(of_title):e].split()):
            break  # « …, représentant de la reine Elisabeth II, chef de l'Etat »: hers
        pos = e
    return found


# « أمام », « مع », « إلى »: a name after one of these is no verb's subject
# (patterns/ar/words.yaml, slots name_end and ar_object_preposition)
def _ar_subject_of_verb(norm: str, start: int) -> bool:
    """The name at start is the subject of a verb before it, with nothing but its title
    between them (« واستقبل الملك محمد السادس »)."""
    lo = max(0, start - 100)
    clause = re.split(r"[.،,:؛\n!?]", norm[lo:start])[-1].split()
    for w in reversed(clause):
        if (w in _ar_name_end() or w in slot_words("ar_object_preposition", "ar")
                or w.startswith(("لل", "بال"))):
            return False  # « إلى », « أمام », « للرئيس »: the name follows a preposition
        if is_arabic_verb(w):
            return True
    return False


_DOTTED_ADDRESS = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,}")


def _boundary_past_addresses(norm: str, start: int, end: int) -> re.Match[str] | None:
    """The first clause boundary in norm[start:end], a dot of a form of address written with
    initials inside a title not being one: « Chambellan de S.M. le Roi », « conseiller de
    S.A.R. le Prince »."""
    for b in _BOUNDARY.finditer(norm, start, end):
        if b.group(0) != ".":
            return b
        address = _DOTTED_ADDRESS.search(norm, max(start, b.start() - 8), b.end() + 8)
        inside = (address is not None and address.start() <= b.start() < address.end()
                  and fold(address.group(0)).rstrip(".") in _folded_honorifics())
        # the last dot of the address still ends a sentence when no word follows it
        if not inside or b.end() == address.end() and not re.match(r" \w", norm[b.end():]):
            return b
    return None


def _portfolio_runs_into_name(norm: str, e: int, limit: int, name_starts: set[int]) -> bool:
    """The parts after the comma at ``e`` continue a portfolio (« , des affaires maritimes et
    de la communication ») and run into the next name, with no comma before it: the title
    is that name's."""
    pos = e
    while pos < limit and norm[pos] == ",":
        nxt = norm.find(",", pos + 1, limit)
        nxt = limit if nxt < 0 else nxt
        words = _words(norm[pos + 1:nxt], pos + 1)
        if not words or not _continues(words[0][2]) or not _PORTFOLIO_PART.fullmatch(
                norm[pos + 1:nxt]):
            return False
        inner = [k for k, w in enumerate(words) if w[0] in name_starts]
        if inner:
            # « … et de la communication Binali Yıldırım », not « … maritimes et Jaime
            # Campos », « , et de Mme Mona Shaw » (a list of names) nor « lauréats des prix
            # Shaw 2023 » (no portfolio)
            before = fold(words[inner[0] - 1][2]) if inner[0] else ""
            return (before not in _determiners() and not _split_and().fullmatch(f" {before} ")
                    and before.rstrip(".") not in _folded_honorifics()
                    and _PORTFOLIO_PART.fullmatch(norm[pos + 1:words[inner[0]][0]]) is not None)
        pos = nxt
    return False


_AR_VARIANTS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه",
                              "ؤ": "و", "ئ": "ي"})


def _ar_key(token: str) -> str:
    """« ديبى » and « ديبي », « إدريس » and « ادريس » are one spelling for comparison."""
    return re.sub(r"[\u064B-\u0652\u0640]", "", token).translate(_AR_VARIANTS)


def _key_tokens(name: str) -> list[str]:
    # « N.Enkhtaivan » is « N. Enkhtaivan »: an initial glued to the surname is a token.
    # « الجبالي » is « جبالي »: the article « ال » of a family name is not part of its key.
    keys = [_ar_key(fold(t)) for t in re.findall(r"[A-Z]\.(?=[A-Z])|[^\s\-]+", name)
            if fold(t) not in ("de", "el", "al")]
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


def _same_person(short: list[str], long: list[str]) -> bool:
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
        if at > 0 and long[at - 1] in _ar_filiation():
            return False  # « محمد بن سلمان بن عبد العزيز »: « سلمان بن عبد العزيز » is his father
        return all(has(t) for t in short) and short[-1] in long
    return False


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


def _misspelt(short: list[str], long: list[str]) -> bool:
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
    return a[:-1] == b or b[:-1] == a or (len(a) == len(b) and a[:-1] == b[:-1])


def _ar_filiation() -> frozenset[str]:
    """« بن », « بنت »: the words that say "son of", "daughter of" (patterns/ar/words.yaml)."""
    return frozenset(_ar_key(fold(w)) for w in slot_words("ar_filiation", "ar"))


# A verb of speech or appointment next to a run of capitals marks a person ("X said",
# « X a été élue »); a by-line or a photo credit marks one who is no person of the event.
# Slots filled from patterns/<language>/evidence.yaml and credits.yaml.
_SPEECH_AFTER = r"^[’']?s?\s*(?:,[^,]{0,60},\s*)?{speech_after}\b"
_SPEECH_BEFORE = r"\b{speech_before}\s*$"
_PERSON_VERB = r"^\s*(?:,[^,]{0,60},\s*)?{person_verb_after}\b"
_CREDIT = r"(?:(?:^|\n)[ \t]*{byline_lead}[ \t]+|{credit_lead}[ \t]*)$"


def _credit_before(norm: str, start: int, language: str) -> bool:
    """"By Bethsheba Wambura" on a line of its own, « Photo : X »: the author or the
    photographer, not a person of the event."""
    return bool(compile_skeleton(_CREDIT, language).search(norm[max(0, start - 30):start]))


def _signature_line(p: PersonDraft, m: NameMention, norm: str) -> bool:
    """A name alone on the article's last line, or on the line under the headline, with no
    title or form of address, signs the article: "Stanys Bujakera"."""
    if p.titles or p.honorific:
        return False
    line_start = norm.rfind("\n", 0, m.start) + 1
    line_end = norm.find("\n", m.end)
    line_end = len(norm) if line_end < 0 else line_end
    if norm[line_start:m.start].strip() or norm[m.end:line_end].strip(" \t.,"):
        return False
    lines = [(x.start(), x.end()) for x in re.finditer(r"[^\n]*\S[^\n]*", norm)]
    return (line_start, line_end) in (lines[-1:] + lines[1:2]) and len(lines) > 2


# French: « la Botswanaise Pilomina Venson-Moitoi »: an article and a capitalised demonym;
# the articles and the demonym endings are in patterns/fr/words.yaml (slots demonym_article,
# demonym_ending). The expression itself says only that a demonym is one capitalised word
# (or hyphenated ones: « Sud-Africaine ») ending on one of those endings.
_FR_DEMONYM = r"\b(?i:{demonym_article})\s*$"
_FR_DEMONYM_WORD = r"[A-ZÉ][a-zéèëï]+(?:-[A-ZÉ][a-zéèëï]+)*{demonym_ending}"


def _given_name_first(m: NameMention) -> bool:
    """Two or more capitalised words opening on a known given name: "Pilomina Venson-Moitoi"."""
    toks = m.text.split()
    particles = slot_words("name_particle", EVERY_LANGUAGE)
    if len(toks) < 2 or not all(t[:1].isupper() for t in toks[1:] if fold(t) not in particles):
        return False
    first = fold(toks[0])
    return first in _latin_given_names() or "-" in first and first.split("-")[0] in (
        _latin_given_names())


_INITIALS_NAME = re.compile(
    r"^(?:(?:[A-Z]\.?\s+){2,3}|[A-Z]{2}\s+(?:[A-Z]\.?\s+)?|(?:[A-Z]\.){2,3}\s*)"
    r"[A-Z][a-z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*$")
_ONE_INITIAL_NAME = re.compile(r"^[A-Z]\.?\s+[A-Z][a-z][\w'’-]{2,}$")
# Between two names of a list: a comma, a conjunction, or "&" (slot name_conjunction: it
# joins names, never two titles: "Minister of Trade & Industry").
# ("Harbhajan Singh ETO, Lal Chand": letters after a name, before the comma, are his)
_SHARED_GAP = (r"(?:[ \t]+(?-i:[A-Z]{2,5})(?=[,،]))?"
               r"\s*(?:\([^()\n]{1,40}\)\s*)?(?:[,،]\s*)?"
               r"(?:(?:{conjunction}|{name_conjunction})\s+|{ar_conjunction})?")
_LIST_JOIN = r"[,،(]|\s(?:{conjunction}|{name_conjunction})\s|{ar_conjunction}"
# "as Cabinet Ministers", "were sworn in as Minister of State", « en tant que ministres »
# « ont été nommés … en tant que »; slots in patterns/*/words.yaml (shared_were, shared_as)
_SHARED_AFTER = (
    r"\s*(?:\([^()\n]{1,40}\)\s*)?,?\s*(?P<were>{shared_were}\s+"
    r"{shared_participle}\s+)?"
    r"{shared_as}\s+"
)
# « respectivement », "respectively"; « كل من », "including" (patterns/*/words.yaml)
_RESPECTIVELY = r"\s*(?:\([^()\n]{1,40}\)\s*)?,?\s*{respectively}\s*,?\s+"
_LIST_OPENER = r"\s*{list_opener}\s*$"
# « سفراء كل من X »: a plural head a few words before a list
# "The Cabinet Ministers, who were sworn in at Raj Bhawan, included A (MLA Sunam), B": a
# relative clause may stand between the head and the list (slot shared_relative)
_PLURAL_LEAD = (r"(?:(?P<complement>\s+{complement_of}\s+[^.;:\n()]{1,60}?),)?"
                r"(?:,\s*{shared_relative}\s[^.;:\n()]{1,120}?,)?"
                # "accepted three Ministers - Raghu Sharma, Harish Choudary and ...": a colon
                # or a dash opens the list
                r"\s*(?:{list_opener}|:|\s[-–—])?\s*$")
# « des vice-présidents du parti AKP A et B »: a complement of a few words, no comma, runs
# from the plural head into the list (slot complement_of, pooled)
# « les chefs de la diplomatie des deux pays, A et B »: what stands before "of the two
# countries" is each one's title (slot both_parties)
_BOTH_PARTIES = r"\s+{both_parties}\s*$"
_PLURAL_COMPLEMENT = r"\s+{complement_of}\s+(?:[^\s,.;:()\d]+\s+){1,4}"


def _skeleton(skeleton: str, flags: int = 0) -> re.Pattern[str]:
    """A list-sharing expression with its slots filled from every language's patterns."""
    return compile_skeleton(skeleton, EVERY_LANGUAGE, flags)


# Plural heads a list shares (« سفراء كل من X (بلجيكا) وY (كندا) ») and heads it does not
# (« les professeurs A et B »): patterns/*/words.yaml.
def _ar_plural_heads() -> frozenset[str]:
    return slot_words("shared_plural_head", "ar")


def _french_plural_head(words: list[tuple[int, int, str]], k: int) -> int:
    """« ministres », « ambassadeurs »: a French head in the plural (read only before a list)."""
    w = words[k]
    if not fold(w[2]).endswith(("s", "x")) or (
            fold(w[2])[:-1] in slot_words("not_shared_head", "fr")):
        return 0
    return _find_head([*words[:k], (w[0], w[1] - 1, w[2][:-1])], "fr", k)


def _fr_singular(word: str) -> str:
    """« ministres » → « ministre », « Premiers » → « premier » (folded; no other plural
    is needed for a head or its premodifiers)."""
    w = fold(word)
    return w[:-1] if w.endswith(("s", "x")) else w


def _fr_plural_premodifiers(words: list[tuple[int, int, str]], k: int) -> int:
    """« les Premiers ministres », « les nouveaux ambassadeurs »: the premodifiers before a
    plural head belong to the shared title."""
    while k > 0 and _fr_singular(words[k - 1][2]) in _modifiers():
        k -= 1
    return k


def _fr_plural_letters(norm: str, span: tuple[int, int]) -> tuple[int, ...]:
    """Offsets of the plural « s »/« x » of a French title's premodifiers and head (« les
    Premiers ministres » → « Premier ministre »); none if the head is singular."""
    words = _words(norm[span[0]:span[1]], span[0])
    letters: list[int] = []
    k = 0
    while k < len(words) - 1 and _fr_singular(words[k][2]) in _modifiers():
        if fold(words[k][2]) != _fr_singular(words[k][2]):
            letters.append(words[k][1] - 1)
        k += 1
    if k < len(words) and _french_plural_head(words, k):
        # « ministres sortants »: a modifier after the head agrees with it
        after = [w[1] - 1 for w in words[k + 1:] if _fr_singular(w[2]) in _modifiers()
                 and fold(w[2]) != _fr_singular(w[2])]
        return (*letters, words[k][1] - 1, *after)
    return ()


def _plural_head(norm: str, s: int, e: int, language: str) -> bool:
    words = _words(norm[s:e], s)
    for k in range(len(words)):
        if language == "ar" and fold(words[k][2]) in _ar_plural_heads():
            return True
        n = _find_head(words, language, k)
        if not n and language == "fr":
            n = _french_plural_head(words, k)
            if n == 1:
                return True
        if not n:
            continue
        last = fold(words[k + n - 1][2])
        if language in ("en", "fr") and last.endswith(("s", "x")):
            return True
        if language == "ar" and last in _ar_plural_heads():
            return True
    return False


def _list_groups(people: list[PersonDraft], norm: str) -> list[list[tuple[NameMention,
                                                                          PersonDraft]]]:
    owner = sorted(((m, p) for p in people for m in p.mentions), key=lambda x: x[0].start)
    groups: list[list[tuple[NameMention, PersonDraft]]] = []
    for m, p in owner:
        if groups:
            pm = groups[-1][-1][0]
            # "Cabinet Ministers Harpal Singh Cheema, Dr. Baljit Kaur, ...", « les ministres A et
            # Dr B »: a form of address opens a member of the list, it is not the gap
            gap = norm[pm.end:m.honorific[0] if m.honorific else m.start]
            if re.fullmatch(r"\s*\([^()\n]*", gap):
                continue  # "Fauja Singh (MLA Guru Har Sahai), ...": a place in the bracket
            if (gap and _skeleton(_SHARED_GAP, re.IGNORECASE).fullmatch(gap)
                    and _skeleton(_LIST_JOIN).search(gap) and "\n" not in gap):
                groups[-1].append((m, p))
                continue
        groups.append([(m, p)])
    return [g for g in groups if len(g) >= 2]


def _add_title(p: PersonDraft, span: tuple[int, int], norm: str) -> None:
    if span[1] > span[0] and not any(
            fold(norm[span[0]:span[1]]) == fold(norm[t[0]:t[1]]) for t in p.titles):
        p.titles.append(span)


def _holds_singular(p: PersonDraft, span: tuple[int, int], letters: tuple[int, ...],
                    norm: str) -> bool:
    """The person already holds the singular of a plural title shared by a list."""
    singular = fold("".join(ch for at, ch in enumerate(norm[span[0]:span[1]], span[0])
                            if at not in letters))
    return any(fold(norm[t[0]:t[1]]) == singular for t in p.titles)


def _share_list_titles(
    people: list[PersonDraft], norm: str, language: str, name_starts: frozenset[int]
) -> None:
    """A title said once for a list is each member's: "state cabinet ministers A, B and C",
    « les ministres A et B », « سفراء كل من X (بلجيكا) وY (كندا) », "A, B and C as Cabinet
    Ministers", « A et B, respectivement ministre de X et ministre de Y »."""
    for group in _list_groups(people, norm):
        first, p0 = group[0]
        # Before the list: the first member's title ending right before it, if plural.
        lead = [t for t in p0.titles if first.start - 3 <= t[1] <= first.start]
        shared = [t for t in lead if _plural_head(norm, *t, language)]
        opener = _skeleton(_LIST_OPENER)
        for t in shared:
            tail = opener.search(norm, t[0], t[1])
            if tail:  # « سفراء كل من »: the title is « سفراء »
                p0.titles[p0.titles.index(t)] = (t[0], tail.start())
        shared = [(t[0], tail.start()) if (tail := opener.search(norm, t[0], t[1])) else t
                  for t in shared]
        if not lead:
            b = max(norm.rfind(c, 0, first.start) for c in ".;\n")
            lo = max(b + 1, first.start - 200)
            words = _words(norm[lo:first.start], lo)
            for k in range(len(words) - 1, -1, -1):
                n = _find_head(words, language, k) or (
                    _french_plural_head(words, k) == 1 and language == "fr") or (
                    language == "ar" and fold(words[k][2]) in _ar_plural_heads())
                if not n or not _plural_head(norm, words[k][0], words[k + n - 1][1], language):
                    continue
                end = words[k + n - 1][1]
                if language == "fr":
                    # « les ministres sortants A et B »: a modifier after the head is the
                    # title's too
                    after = k + n
                    while (after < len(words)
                           and _fr_singular(words[after][2]) in _modifiers()):
                        end, after = words[after][1], after + 1
                    k = _fr_plural_premodifiers(words, k)
                if plural_lead := _skeleton(_PLURAL_LEAD).fullmatch(norm[end:first.start]):
                    complement = plural_lead.group("complement") or ""
                    both = _skeleton(_BOTH_PARTIES, re.IGNORECASE).search(complement)
                    end += both.start() if both else 0
                    # "The Cabinet Ministers": capitals before the head are the title's
                    while (language == "en" and k > 0 and words[k - 1][2][:1].isupper()
                           and fold(words[k - 1][2]) not in _determiners()):
                        k -= 1
                    shared = [(words[k][0], end)]
                    break
                gap = norm[end:first.start]
                if (language == "fr" and _skeleton(_PLURAL_COMPLEMENT).fullmatch(gap)
                        and not _title_stop().search(gap)):
                    shared = [(words[k][0], end + len(gap.rstrip()))]
                    break
        for _, p in group:
            for t in shared:
                letters = _fr_plural_letters(norm, t) if language == "fr" else ()
                if letters and _holds_singular(p, t, letters, norm):
                    continue  # « le Premier ministre X », then « les Premiers ministres X et Y »
                _add_title(p, t, norm)
                if letters:
                    p.plural_letters[t] = letters
        # After the list.
        last = group[-1][0]
        rest = norm[last.end:last.end + 200]
        resp = _skeleton(_RESPECTIVELY, re.IGNORECASE).match(rest)
        if resp:
            s = last.end + resp.end()
            b = _ROLE_END.search(norm, s, s + 200)
            if b and norm[b.start()] == ",":  # « respectivement ministre de X, de Y »
                b = re.compile(r"[.;:()\[\]\n«»\"“”!?؛]").search(norm, s, s + 200)
            e = b.start() if b else min(len(norm), s + 200)
            day = _day_after_title().search(norm, s, e)
            e = day.start() if day else e
            parts = [(ps, pe) for ps, pe in _split_titles(norm, s, e, language)]
            if len(parts) == len(group) and all(
                    _find_head(_words(norm[ps:pe], ps), language, 0) for ps, pe in parts):
                for (_, p), span in zip(group, parts, strict=True):
                    _add_title(p, span, norm)
            continue
        after = _skeleton(_SHARED_AFTER, re.IGNORECASE).match(rest)
        if not after:
            continue
        s = last.end + after.end()
        b = _ROLE_END.search(norm, s, s + 150)
        e = b.start() if b else min(len(norm), s + 150)
        day = _day_after_title().search(norm, s, e)
        e = day.start() if day else e
        stop = _title_stop().search(norm, s - 1, e)
        e = stop.start() if stop else e
        e = min([e] + [n for n in name_starts if s < n < e])
        s, e = _trim(norm, s, e)
        words = _words(norm[s:e], s)
        if not words or not (_find_head(words, language, 0) or (
                language == "en" and _en_head_at(words, 0) is not None)):
            continue
        if not (after.group("were") or _plural_head(norm, s, e, language)):
            continue
        for _, p in group:
            _add_title(p, (s, e), norm)


_FROM_COUNTRY = (r"\s+from\s+(?:the\s+)?([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})"
                 r"\s*(?:[,;.]|{conjunction}\b)")


# "Amber Buchanan, wife of the Secretary of State" (patterns/<language>/words.yaml, slot
# kin_after_name).
_KIN_AFTER = r"[ \t]*,[ \t]*{kin_after_name}"


def _has_person_evidence(p: PersonDraft, norm: str, language: str) -> bool:
    """A title, an honorific, a known given name or a verb of speech marks a person."""
    if p.titles or p.honorific:
        return True
    given = _latin_given_names()
    for m in p.mentions:
        first = m.text.split()[0]
        if fold(first) in given or "-" in first and fold(first.split("-")[0]) in given:
            return True
        if compile_skeleton(_SPEECH_AFTER, language, re.IGNORECASE).match(
                norm[m.end:m.end + 80]):
            return True
        if compile_skeleton(_SPEECH_BEFORE, language, re.IGNORECASE).search(
                norm[max(0, m.start - 20):m.start]):
            return True
        if compile_skeleton(_KIN_AFTER, language, re.IGNORECASE).match(norm, m.end):
            return True
        # "E P Jayarajan", "KM Khalid", "T M Thomas Isaac": initials before a surname
        if (_INITIALS_NAME.match(m.text) and fold(m.text.split()[0]) not in _place_words()
                and m.text.split()[0] not in slot_words("title_abbreviation", "en")):
            return True
        # "O Rajagopal", "P Sathasivam": one initial before a surname ("A" opening a run is
        # read as the article, see _clean_latin)
        if _ONE_INITIAL_NAME.match(m.text):
            return True
        # "John Doe (Kenya)": an envoy's country in brackets
        paren = re.match(r"\s*\(([^()\n]{2,40})\)", norm[m.end:m.end + 45])
        if paren and fold(paren.group(1)) in places().country_names:
            return True
        # "Zeynalli Akram from Azerbaijan, Martin Mbazumutima from Burundi": an envoy's country
        after = compile_skeleton(_FROM_COUNTRY, language).match(norm[m.end:m.end + 50])
        if after and fold(after.group(1)) in places().country_names:
            return True
        # "Egypt, Maher Almahdy; Mongolia, Shagdar Battsetseg; Kenya, Lemarron Kaanto"
        listed = re.search(r"[;:]\s*([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}),\s*$",
                           norm[max(0, m.start - 40):m.start])
        if listed and fold(listed.group(1)) in places().country_names:
            return True
        # "heads of mission of Ethiopia – Kasahun Dender Melese, Japan – Chikahito Harada"
        lead = re.search(r"([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s*[–—-]\s*$",
                         norm[max(0, m.start - 40):m.start])
        if lead and fold(lead.group(1)) in places().country_names:
            return True
    return False


def extract_people(
    text: str, norm: str, language: str, ents: list[Entity]
) -> list[PersonDraft]:
    """Candidates, then their titles: the two pipeline components in one call."""
    return attach_titles(find_candidates(text, norm, language, ents), norm, language)


def find_candidates(
    text: str, norm: str, language: str, ents: list[Entity]
) -> list[PersonDraft]:
    """Name mentions (spaCy PER entities, capitalised runs, Arabic given-name look-ups), one
    draft per person with all its mentions; no titles yet, nothing dropped for lack of one."""
    if language == "fr":
        cands = _spacy_candidates(text, ents, language)
        cands = [_without_demonym(c, text, norm) for c in cands]
        cands += [_without_demonym(c, text, norm) for c in _latin_candidates(text, norm, language)
                  if _honorific_before(text, norm, c.start) or _given_name_first(c)
                  or _fr_person_context(c, norm)]
    elif language == "ar":
        cands = _arabic_candidates(text, norm)
        cands += [c for c in _latin_candidates(text, norm, language) if len(c.text.split()) > 1]
    else:
        cands = _latin_candidates(text, norm, language)
    cands = [_with_ordinal(c, text, norm) for c in cands
             if not _is_place_name(c) and not _is_event_name(c) and not _is_building_name(c)
             and not _is_named_after(c, norm, language)]
    # Longest first, drop overlaps.
    cands.sort(key=lambda c: (-(c.end - c.start), c.start))
    taken: list[NameMention] = []
    for c in cands:
        if all(c.end <= t.start or c.start >= t.end for t in taken):
            taken.append(c)
    taken.sort(key=lambda c: c.start)

    mentions = [
        NameMention(c.start, c.end, c.text, _honorific_before(text, norm, c.start)) for c in taken
    ]
    # Group mentions naming the same person (« Abdellatif Hammouchi » … « M. Hammouchi »).
    people: list[PersonDraft] = []
    slipped: set[int] = set()  # people one of whose mentions is misspelt (``_misspelt``)
    by_length = sorted(mentions, key=lambda m: (-len(_key_tokens(m.text)), m.start))
    for m in by_length:
        toks = _key_tokens(m.text)
        home = next((p for p in people if _same_person(toks, _key_tokens(p.name.text))
                     # "Naser" after "Mohammed Nacer" and "Mohamed Naser": either spelling
                     or id(p) in slipped and any(_same_person(toks, _key_tokens(x.text))
                                                 for x in p.mentions)), None)
        if home is None:
            home = next((p for p in people if _misspelt(toks, _key_tokens(p.name.text))), None)
            if home is not None:
                slipped.add(id(home))
        if home is None:
            people.append(PersonDraft(m, [m]))
        else:
            home.mentions.append(m)
    for p in people:
        p.mentions.sort(key=lambda m: m.start)
        if id(p) in slipped:
            p.name = _best_spelt(p)
    return people


def _best_spelt(p: PersonDraft) -> NameMention:
    """Of a person's full mentions, the spelling the article repeats ("Mohamed Naser" and
    "Naser" twice, not the "Mohammed Nacer" of one sentence); the first one on a tie."""
    full = [m for m in p.mentions if len(_key_tokens(m.text)) == len(_key_tokens(p.name.text))]

    def support(m: NameMention) -> int:
        keys = set(_key_tokens(m.text))
        return sum(set(_key_tokens(o.text)) <= keys for o in p.mentions)

    return max(full, key=lambda m: (support(m), -m.start))


def attach_titles(people: list[PersonDraft], norm: str, language: str) -> list[PersonDraft]:
    """Each person's titles and honorific, then only the people the article shows to be
    people of the event (a one-word name needs an honorific; no by-line, no credit)."""
    mentions = sorted((m for p in people for m in p.mentions), key=lambda m: m.start)
    name_starts = {m.start for m in mentions}
    frozen_starts = frozenset(name_starts)
    frozen_ends = frozenset(m.end for m in mentions)
    kept: list[PersonDraft] = []
    for p in people:
        for m in p.mentions:
            if p.honorific is None and m.honorific:
                p.honorific = m.honorific
            # « Le président de la République, M. Abdelmadjid Tebboune »: the title is
            # before the honorific; "the outgoing ambassador, Mr X" keeps "Mr" out of it.
            before = []
            if m.honorific:
                before = _titles_before(norm, _address_start(norm, m.honorific[0]), language,
                                        frozen_starts, name_ends=frozen_ends)
            if not before:
                before = _titles_before(norm, m.start, language, frozen_starts,
                                        name_ends=frozen_ends)
                if m.honorific and language == "en":
                    # "... of Kenya and His Excellency Dr X": no title ends on an address
                    # (« Sa Majesté le Roi Mohammed VI » keeps « Roi »)
                    at = _address_start(norm, m.honorific[0])
                    before = [t for t in before if t[1] <= at]
            quote = re.search(r"[\"«“]\s*$", norm[max(0, m.start - 3):m.start])
            if not before and quote:
                # « سفيرة كوريا الجنوبية "كانغ كيونغ هوا" »: a quoted name keeps its title
                at = max(0, m.start - 3) + quote.start()
                before = _titles_before(norm, at, language, frozen_starts)
            sure = bool(m.honorific) or fold(m.text.split()[0]) in _latin_given_names()
            after = _titles_after(norm, m.end, language, name_starts, sure)
            if language == "ar":
                after = [t for t in after if not _ar_verb_object(norm, m, before, t)]
            for span in before + after:
                if not any(_title_key(norm, span) == _title_key(norm, t) for t in p.titles):
                    p.titles.append(span)
        single = len(_key_tokens(p.name.text)) < 2
        # « le président Gbagbo »: in French a title right before a surname names him as an
        # honorific would
        titled = language == "fr" and any(
            _head_before_surname(norm, t, m) for m in p.mentions for t in p.titles)
        if single and not p.honorific and not titled and not _named_by_kin(p, norm, language) \
                and not (language == "en" and _one_name_after_title(p, norm)):
            continue
        kept.append(p)
    _share_list_titles(kept, norm, language, frozen_starts)
    if language == "fr":
        _fr_subject_titles(kept, norm, frozen_starts)
    if language == "en":
        kept = [p for p in kept if not _in_bracket_after_name(p, norm, frozen_ends)]
        _drop_titles_of_next_name(kept)
    kept = [p for p in kept if not _headline_only(p, norm)
            and not all(_credit_before(norm, m.start, language)
                        or _signature_line(p, m, norm) for m in p.mentions)]
    if language == "en":
        kept = _with_evidence(kept, norm, language)
    kept.sort(key=lambda p: p.mentions[0].start)
    return kept


def _drop_titles_of_next_name(people: list[PersonDraft]) -> None:
    """"Queen Oja, Bimal Bora and ...", "Mongolia's N.Enkhtaivan, ..., Minister of Foreign
    Affairs Wang Yi": a title read after one name that runs up to the end of another name
    carrying that title is the other person's ("Queen" of Oja), not the first's."""
    titled_at = {m.start: m.end for q in people for m in q.mentions
                 if any(m.start - 2 <= t[1] <= m.start for t in q.titles)}
    for p in people:
        own = {m.start for m in p.mentions}
        p.titles = [t for t in p.titles
                    if not any(t[0] < start and end == t[1] and start not in own
                               for start, end in titled_at.items())]


def _ar_verb_object(norm: str, m: NameMention, before: list[tuple[int, int]],
                   title: tuple[int, int]) -> bool:
    """« واستقبل الملك محمد السادس السفير الإسباني », « استقبل وزير الخارجية X سفير ألمانيا »:
    after a verb's subject, a title right after the name (no comma) is the verb's object when
    it is definite (« ال ») or when the name has its title before it already."""
    if norm[m.end:title[0]].strip() or not _ar_subject_of_verb(norm, m.start):
        return False
    titled = any(0 <= m.start - t[1] <= 2 for t in before)
    return titled or norm.startswith("ال", title[0])


def _title_key(norm: str, span: tuple[int, int]) -> str:
    """A title as compared for repeats: « للملك » (« ل » + « الملك ») is « الملك »."""
    key = fold(norm[span[0]:span[1]])
    return "ا" + key[1:] if key.startswith("لل") else key


# A sentence ends at « . », « ! », « ? » before a capital, not after a form of address or an
# initial (« M. Reynders », « J. Biden »); a line break ends one too.
_SENTENCE_END = re.compile(r"(?<![\s.][A-Z])(?<!\bM)(?<!\bMme)(?<!\bDr)[.!?]+[ \t]+"
                           r"(?=[A-ZÀ-Ý«\"])|\n+")
# « Après les résultats, le député nantais qui … »: an opening phrase with no verb, then the
# article of a title that is the sentence's subject (slot anaphor_article, words.yaml).
_SUBJECT_TITLE = r"[ \t]*(?:[^,\n]{1,60},[ \t]*)?(?i:{anaphor_article})[ \t]*(?=\w)"


def _sentences(norm: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for m in _SENTENCE_END.finditer(norm):
        if m.start() > start:
            out.append((start, m.start()))
        start = m.end()
    if start < len(norm):
        out.append((start, len(norm)))
    return out


def _subject_title(norm: str, s: int, e: int,
                   name_starts: frozenset[int]) -> tuple[int, int] | None:
    """The title that opens the sentence norm[s:e] as its subject, with no name after it:
    « Le député breton, fidèle du chef de l'État, a été élu … » gives « député breton »."""
    lead = compile_skeleton(_SUBJECT_TITLE, "fr").match(norm, s, e)
    if not lead or any(s <= n < lead.end() for n in name_starts):
        return None
    stop = _BOUNDARY.search(norm, lead.end(), e)
    end = min(stop.start() if stop else e, e)
    comma = norm.find(",", lead.end(), end)
    closed = comma >= 0
    end = comma if closed else end
    for cut in (_title_stop().search(norm, lead.end() - 1, end),
                _day_after_title().search(norm, lead.end() - 1, end)):
        closed = closed or cut is not None
        end = cut.start() if cut else end
    if not closed:
        return None  # « le nouveau gouverneur veut … »: no verb known to close it
    words = _words(norm[lead.end():end], lead.end())
    k = 0
    while k < len(words) - 1 and fold(words[k][2]) in _modifiers():
        k += 1
    if not words or len(words) > 12 or not _find_head(words, "fr", k):
        return None
    verb = _title_stop().search(norm, end - 1, e)
    if any(lead.end() <= n <= (verb.start() if verb else e) for n in name_starts):
        # « Le président Gbagbo a … », « La ministre du Pétrole, des Mines, X, … »: the
        # title of the name after it
        return None
    return _trim(norm, words[0][0], words[-1][1])


def _head_of(norm: str, span: tuple[int, int]) -> str:
    """The head of a title (« député » of « le nouveau député breton »), folded; or ""."""
    words = _words(norm[span[0]:span[1]], span[0])
    k = 0
    while k < len(words) - 1 and fold(words[k][2]) in _opening_words():
        k += 1
    n = _find_head(words, "fr", k)
    return fold(" ".join(w[2] for w in words[k:k + n])) if n else ""


def _fr_subject_titles(people: list[PersonDraft], norm: str,
                       name_starts: frozenset[int]) -> None:
    """« Richard Ferrand est élu président de l'Assemblée. Le député breton, fidèle du chef de
    l'État, a été élu … »: a sentence whose subject is a title with no name names again the
    subject of the sentence before it, when that sentence names no one else and opens on the
    name (after a phrase at most). Not when another person of the article holds a title of
    the same head: it may be theirs."""
    owner = sorted(((m, p) for p in people for m in p.mentions), key=lambda x: x[0].start)
    sentences = _sentences(norm)
    for (ps, pe), (s, e) in zip(sentences, sentences[1:], strict=False):
        span = _subject_title(norm, s, e, name_starts)
        if span is None:
            continue
        named = [(m, p) for m, p in owner if ps <= m.start < pe]
        # one person in the sentence before: with two, the title may be either's
        if not named or len({id(p) for _, p in named}) > 1 or not _opens_sentence(
                norm, ps, named[0][0]):
            continue
        title = fold(norm[span[0]:span[1]])
        holder = named[0][1]
        head = _head_of(norm, span)
        if any(_head_of(norm, t) == head for p in people if p is not holder for t in p.titles):
            continue  # « le maire » after the sentence of a candidate, in the mayor's article
        if not any(fold(norm[t[0]:t[1]]) == title for t in holder.titles):
            holder.titles.append(span)


def _opens_sentence(norm: str, s: int, m: NameMention) -> bool:
    """The name is the subject of its sentence: before it, a phrase ending on a comma, a title
    or a form of address at most (« Dès l'annonce de son élection, François de Rugy a … »)."""
    before = norm[s:m.start]
    if m.honorific:
        before = norm[s:m.honorific[0]]
    lead = re.sub(r"^[^,]{0,80},[ \t]*", "", before.strip())
    if not lead:
        return True
    words = _words(lead, 0)
    k = 0
    while k < len(words) and fold(words[k][2]) in _opening_words():
        k += 1
    return k < len(words) and bool(_find_head(words, "fr", k)) and len(words) <= 12


def _one_name_after_title(p: PersonDraft, norm: str) -> bool:
    """"presented her credentials to President Elbegdorj": a one-word name right after its
    title, never written in full, is a person (Mongolian names, a surname used alone)."""
    def bare_head(t: tuple[int, int]) -> bool:
        words = _words(norm[t[0]:t[1]], t[0])
        k = 0
        while k < len(words) - 1 and fold(words[k][2]) in _modifiers():
            k += 1
        return words[k][2][:1].isupper() and _find_head(words, "en", k) == len(words) - k

    def names_body(t: tuple[int, int]) -> bool:
        # "Secretary Auqaf Department Asadullah": a title closed by a body's word ends
        # before the name, as no portfolio word follows "Department" (a bare "Minister of
        # Information Technology" leaves "Technology" no name)
        words = _words(norm[t[0]:t[1]], t[0])
        return (len(words) >= 3 and words[0][2][:1].isupper()
                and fold(words[-1][2]) in slot_words("body_after_name", "en"))

    return any(m.start - 2 <= t[1] <= m.start and re.fullmatch(r"[A-Z][a-z]{2,}", m.text)
               and not fold(m.text).endswith("s") and (bare_head(t) or names_body(t))
               for t in p.titles for m in p.mentions)


# "her husband, Bill,", "his wife Jennie": a relative named by a given name alone
# (patterns/<language>/words.yaml, slot kin_before_name).
_KIN_BEFORE = r"(?i:{kin_before_name})[ \t]*,?[ \t]*$"


def _named_by_kin(p: PersonDraft, norm: str, language: str) -> bool:
    kin = compile_skeleton(_KIN_BEFORE, language)
    return any(fold(m.text) in _latin_given_names()
               and kin.search(norm, max(0, m.start - 40), m.start) for m in p.mentions)


def _head_before_surname(norm: str, title: tuple[int, int], m: NameMention) -> bool:
    """« le président Gbagbo »: a title ending on its head right before a capitalised word;
    not « le chef de la tribu Ahua » (a complement), nor « le Président chilien »."""
    last = _words(norm[title[0]:title[1]], title[0])[-1:]
    return (m.start - 2 <= title[1] <= m.start and m.text[:1].isupper()
            and bool(last) and bool(_find_head(last, "fr", 0))
            and fold(m.text) not in places().country_names
            and fold(m.text) not in places().city_country)


def _in_bracket_after_name(p: PersonDraft, norm: str, name_ends: frozenset[int]) -> bool:
    """"Fauja Singh (MLA Guru Har Sahai)": a name inside the bracket after another name is
    part of that person's title (a constituency), not a person."""
    own = {x.end for x in p.mentions}
    return all(any(e in name_ends and e not in own
                   and re.fullmatch(r"\s*\([^()\n]{0,40}", norm[e:m.start])
                   for e in range(max(0, m.start - 45), m.start - 1))
               for m in p.mentions)


def _fr_demonym_lead(c: NameMention, norm: str) -> int:
    """Length of a leading « Botswanaise » (after « la ») in a French run, or 0."""
    first = c.text.split()[0] if c.text.split() else ""
    if (len(c.text.split()) >= 3 and compile_skeleton(_FR_DEMONYM_WORD, "fr").fullmatch(first)
            and compile_skeleton(_FR_DEMONYM, "fr").search(norm[max(0, c.start - 5):c.start])
            and fold(first) not in _latin_given_names() and not _is_title_word(first, "fr")):
        return len(first)
    return 0


def _without_demonym(c: NameMention, text: str, norm: str) -> NameMention:
    """« la Sud-Africaine Nkosazana Dlamini-Zuma »: the demonym is not part of the name."""
    n = _fr_demonym_lead(c, norm)
    if not n:
        return c
    start = c.start + n
    while start < c.end and text[start].isspace():
        start += 1
    return NameMention(start, c.end, text[start:c.end], c.honorific)


def _fr_person_context(c: NameMention, norm: str) -> bool:
    """A French run of two words or more after « la Péruvienne », before « a été élue » or
    before a comma and a title."""
    if len(c.text.split()) < 2:
        return False
    return bool(_fr_demonym_lead(c, norm)
                or compile_skeleton(_PERSON_VERB, "fr").match(norm[c.end:c.end + 80])
                or _title_after_comma(c, norm) or _title_right_before(c, norm))


def _title_right_before(c: NameMention, norm: str) -> bool:
    """« son prédécesseur Christian Trimua », « du Secrétaire général adjoint du gouvernement,
    Makre SKPANE »: a run of capitalised words right after a title (or its comma) is who
    holds it."""
    if not all(t[:1].isupper() for t in c.text.split()):
        return False
    gap = re.search(r"[ \t]*,?[ \t]*$", norm[max(0, c.start - 4):c.start])
    end = c.start - (len(gap.group(0)) if gap else 0)
    if end == c.start or not any(_is_title_word(w, "fr") for w in norm[max(0, end - 120):end]
                                 .replace("'", " ").split()[-12:]):
        return False  # (no head word before it: the full reading is not needed)
    comma = "," in norm[end:c.start]
    for s, e in _titles_before(norm, c.start, "fr"):
        # without a comma the title ends on its head: not « président de la Commission
        # Électorale Nationale »
        last = _words(norm[s:e], s)[-1:]
        if e == end and (comma or last and _find_head(last, "fr", 0)):
            return True
    return False


_COMMA_AFTER = re.compile(r"[ \t]*,[ \t]*")


def _title_after_comma(c: NameMention, norm: str) -> bool:
    """« - Lamine Ouattara, Ambassadeur de la République de Côte d'Ivoire; »: a run followed by
    a comma and a title (after an article or premodifiers) names who holds it."""
    comma = _COMMA_AFTER.match(norm, c.end)
    # only capitalised words: not « Dans la Salle Noble du Palais, le Président … »
    if not comma or not all(t[:1].isupper() for t in c.text.split()):
        return False
    words = _words(norm[comma.end():comma.end() + 80], comma.end())[:8]
    k = 0
    while k < len(words) - 1 and fold(words[k][2]) in _opening_words():
        k += 1
    return bool(_find_head(words, "fr", k))


_ORDINAL_AFTER = re.compile(r"[ \u00a0]+(?:1er|Ier|\d{1,2}e|[IVX]{1,4})(?![\w])")


def _with_ordinal(c: NameMention, text: str, norm: str) -> NameMention:
    """« Sa Majesté Philippe 1er »: a regnal ordinal after a given name belongs to the name."""
    m = _ORDINAL_AFTER.match(norm, c.end)
    if not m or fold(c.text.split()[0]) not in _latin_given_names():
        return c
    return NameMention(c.start, m.end(), text[c.start:m.end()], c.honorific)


@cache
def _event_words() -> frozenset[str]:
    heads = read_data_yaml("events.yaml")["heads"]
    return frozenset(fold(h) for lang in ("en", "fr") for h in heads[lang] if " " not in h)


def _is_building_name(m: NameMention) -> bool:
    """"Raj Bhavan", "Seri Perdana Complex": a building's name ends on a building word."""
    toks = m.text.split()
    return len(toks) > 1 and fold(toks[-1]) in slot_words("building_end", EVERY_LANGUAGE)


# « le stade Général Lansana Conté », « la sphère Ousmane Tanor Dieng », « place du maréchal
# Foch »: a building or a street named after someone (slot named_after, patterns/fr/words.yaml),
# with a rank between them at most; that name is the place's, not a person of the event. The
# word may carry an elided article: « l'Espace Jules Cazot ».
_NAMED_AFTER = (r"(?:(?<![\w'])|(?<=\b[lLdD]'))(?i:{named_after})"
                r"(?:\s+(?i:{complement_of})(?:\s+{title_article})?)?"
                r"\s+(?:(?P<rank>[\w-]+)\s+)?$")


def _is_named_after(m: NameMention, norm: str, language: str) -> bool:
    lead = compile_skeleton(_NAMED_AFTER, language).search(norm, max(0, m.start - 60), m.start)
    return bool(lead) and (not lead.group("rank") or _is_title_word(lead.group("rank"), language))


def _is_event_name(m: NameMention) -> bool:
    """"Credentialing Ceremony", « Conférence Nationale »: an event noun ends no person's name."""
    toks = m.text.split()
    return len(toks) > 1 and fold(toks[-1]) in _event_words()


def _headline_only(p: PersonDraft, norm: str) -> bool:
    """"Ambassador Pays Farewell Call on Prime Minister": a title-case headline makes any words
    look like a name; a person named only there, with no known given name, is not kept."""
    head = re.match(r"\s*[^\n]+\n", norm)
    if not head or head.group(0).rstrip().endswith((".", "!", "?")):
        return False
    if any(m.start >= head.end() for m in p.mentions) or p.titles or p.honorific:
        return False
    first = fold(p.name.text.split()[0])
    return first not in _latin_given_names() and first not in name_data()[0]


_NAMES_JOINED = r"\s*(?:,|,?\s+(?:{conjunction}|{name_conjunction}))\s*"
_LAST_AND = r", (?:{conjunction}|{name_conjunction})"


# "sworn in: A, Ministry of X; B, Ministry of Y; and Dr C, Ministry of Z": a name opening an
# item of a list whose items are closed by semicolons.
_ITEM_OPENS = r"[;:][ \t]*(?:{conjunction}[ \t]+)?$"


def _semicolon_items(owner: list[tuple[NameMention, PersonDraft]], norm: str, language: str
                     ) -> list[list[PersonDraft]]:
    """The people opening the items of each semicolon list, in the article's order: one
    run per list (the items of one sentence, a semicolon between each two)."""
    opens = compile_skeleton(_ITEM_OPENS, language)
    runs: list[list[PersonDraft]] = []
    last_end = -1
    for m, p in owner:
        at = _address_start(norm, m.honorific[0]) if m.honorific else m.start
        if not opens.search(norm, max(0, at - 12), at):
            continue
        gap = norm[last_end:at] if last_end >= 0 else ""
        if runs and gap.count(";") == 1 and not re.search(r"[.!?]\s|\n", gap):
            runs[-1].append(p)
        else:
            runs.append([p])
        last_end = m.end
    return runs


def _with_evidence(people: list[PersonDraft], norm: str, language: str) -> list[PersonDraft]:
    """Keep people with evidence, and those listed beside them ("ministers A, B and C")."""
    ok = {id(p) for p in people if _has_person_evidence(p, norm, language)}
    # "A, B and C", "A & B": the conjunctions of patterns/<language>/words.yaml
    joined = compile_skeleton(_NAMES_JOINED, language)
    last_and = compile_skeleton(_LAST_AND, language)
    owner = sorted(((m, p) for p in people for m in p.mentions), key=lambda x: x[0].start)
    # A list headed by a plural title: "state cabinet ministers A, B and C".
    for k, (m, p) in enumerate(owner):
        if not any(e >= m.start - 1 and e <= m.start for _, e in p.titles):
            continue
        for m2, p2 in owner[k + 1:]:
            if not joined.fullmatch(norm[m.end:m2.start]):
                break
            ok.add(id(p2))
            m = m2
    # "Queen Oja, Bimal Bora, Bhabesh Kalita and Baijayant Panda were also in attendance": a list
    # of three names or more in which one is a person lists people.
    # The list must close on "and": "MFK, Korsou di Nos Tur, Pueblo Soberano, Marilyn Moses of
    # ..." lists parties before a person.
    runs: list[tuple[list[PersonDraft], bool]] = []
    last_end = -10
    for m, p in owner:
        gap = norm[last_end:m.start] if last_end >= 0 else ""
        if runs and joined.fullmatch(gap):
            runs[-1] = (runs[-1][0] + [p], "," not in last_and.sub("", gap))
        else:
            runs.append(([p], False))
        last_end = m.end
    for run, closed in runs:
        if len(run) >= 3 and closed and any(id(p) in ok for p in run):
            ok.update(id(p) for p in run)
    for run in _semicolon_items(owner, norm, language):
        if len(run) >= 3 and any(id(p) in ok for p in run):
            ok.update(id(p) for p in run)
    # "Seri Perdana Complex", "Three Amigos": capitalised, but nothing says a person.
    return [p for p in people if id(p) in ok]
