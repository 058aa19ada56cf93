"""Names in Latin script: capitalised runs (English) and spaCy's PER entities (French),
cleaned of titles, honorifics, places and stray words at their edges."""

from __future__ import annotations

import re
from functools import cache
from itertools import takewhile

from ..constructions import EVERY_LANGUAGE, compile_skeleton
from ..constructions import words as slot_words
from ..nlp import Entity
from ..reference import fold, honorifics, places
from .lexicon import (
    determiners,
    final_heads_en,
    folded_honorifics,
    folded_set,
    is_title_word,
    latin_given_names,
    modifiers,
    name_data,
    opens_longer_heads_only,
    place_words,
)
from .mentions import NameMention
from .title_words import dotted_head_words

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
    rf"(?:{_GAP}(?:{{name_particle}}{_GAP}|{{name_elision}})?{_LATIN_TOKEN}){{0,16}}"
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


# « la République Centre-africaine Faustin Touadéra », « Sud-africain »: a word whose part after
# its hyphen is in lower case and ends on a demonym's ending (patterns/fr/words.yaml, slot
# demonym_ending) is an adjective of origin, never a name's word (« Jean-Pierre » keeps its
# capital after the hyphen).
_FR_LOWER_DEMONYM = r"[A-ZÀ-Þ][\w'’]*-[a-zé][a-zéèëï]*{demonym_ending}"


_ROMAN = re.compile(r"^(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI)$")


def _clean_latin(text: str, start: int, language: str, dated: bool = False,
                 bracketed: bool = False) -> list[NameMention]:
    """Trim title and stop words from a capitalised run; keep the name part (``dated``: a
    day's number follows the run; ``bracketed``: a bracket does)."""
    _, _, non_names = name_data()
    tokens = [(m.start(), m.end(), m.group(0)) for m in re.finditer(r"\S+", text)]
    # strip trailing punctuation on tokens
    tokens = [(s, s + len(t.rstrip(",.;:")), t.rstrip(",.;:")) for s, _, t in tokens]
    # « Christos Doulkeridis - lequel … »: a dash standing alone is punctuation, no name's word
    tokens = [t for t in tokens if t[2].strip("-–—")]
    # A possessive ends the name: "Campbell’s Letters of Credence" is about Campbell; what
    # follows is read on its own: "Pakistan's Foreign Minister Shah Mahmood Qureshi".
    for i, (_, _, t) in enumerate(tokens[:-1]):
        if t.endswith(("'s", "’s")):
            rest_start = tokens[i + 1][0]
            tail = _clean_latin(text[rest_start:], start + rest_start, language, dated)
            return _clean_latin(text[:tokens[i][1]], start, language) + tail
    tokens = [(s, e - 2, t[:-2]) if t.endswith(("'s", "’s")) else (s, e, t) for s, e, t in tokens]
    tokens = [(s, e - 1, t[:-1]) if t.endswith(("'", "’")) else (s, e, t) for s, e, t in tokens]
    hon = folded_honorifics()
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
    caps_run = [t[2] for t in tokens]
    while caps_run and not _fr_caps_word(caps_run[0], hon):
        caps_run.pop(0)
    if (language == "fr" and len(caps_run) >= 2
            and all(_fr_caps_word(t, hon) for t in caps_run)
            and any(fold(t) in latin_given_names() for t in caps_run)):
        # « le Général MAHAMAT IDRISS DEBY ITNO »: a whole name in capitals, after its title
        # or alone, with a known given name in it
        caps_ok.update(caps_run)
    for k in range(1, len(tokens)):
        prev, tok = tokens[k - 1][2], tokens[k][2]
        if (tok.isupper() and len(tok) > 2 and not prev.isupper()
                and (fold(prev) in latin_given_names() or prev in caps_ok)):
            caps_ok.add(tok)
        elif tok.isupper() and prev in caps_ok:
            caps_ok.add(tok)
        elif language == "fr" and _fr_caps_surname(prev, tok, non_names, hon):
            # « M. Gopounan CHERIF », « Mohamed Lamine Sy SAVANE »: French press writes the
            # surname in capitals after any given name, known to us or not
            caps_ok.add(tok)
        elif (language == "fr" and k == len(tokens) - 1 and _fr_caps_word(tok, hon)
              and (fold(prev).rstrip(".") in hon or is_title_word(prev, "fr"))):
            # « M. SAVANE », « aux côtés de Tavana JAMET »: a surname alone in capitals after
            # a form of address or a title
            caps_ok.add(tok)
        elif (tok.isupper() and len(tok) > 2 and k + 1 < len(tokens)
              and (fold(prev).rstrip(".") in hon or is_title_word(prev, "en"))
              and _plain_name_word(tokens[k + 1][2], non_names)
              and not is_title_word(tok, "en") and fold(tok) not in place_words()):
            # "Mr SUZUKI Hiroshi", "Minister TRB Rajaa": a word in capitals between a form
            # of address (or a title) and a name's word is a surname written first, or initials
            caps_ok.add(tok)

    # "Md Shahriar Alam": a place word inside a run opened by a known given name is a name.
    mid = ({t[0] for t in tokens[1:-1]}
           if len(tokens) >= 3 and fold(tokens[0][2]) in latin_given_names() else set())

    # « Mohamed Ould Cheikh El Ghazouani », « Cheikh Ould Zeidane »: a title word after a
    # filiation particle (« Ould », « Ben »: "son of") names the father; one that is also a
    # given name, before the particle, names the son.
    filiation = folded_set(slot_words("name_filiation", EVERY_LANGUAGE))
    kin = {tokens[k][0] for k in range(len(tokens))
           if k > 0 and fold(tokens[k - 1][2]) in filiation
           or k + 1 < len(tokens) and fold(tokens[k + 1][2]) in filiation
           and fold(tokens[k][2]) in latin_given_names()}
    # "Mohd Riza bin Dato Paduka Haji Mohd Yunos": after "bin" the father is named with his
    # own forms of address, which are part of the son's name
    fathers = {tokens[k][0] for k in range(1, len(tokens))
               if any(fold(t[2]) in filiation for t in tokens[1:k])}

    # « son prédécesseur Christian Trimua »: a known given name that is also a word of no name
    # ("Christian Democrats") opens a name before a capitalised word that is no such word
    given_lead = ({tokens[0][0]} if language == "fr" and len(tokens) >= 2
                  and fold(tokens[0][2]) in non_names
                  and fold(tokens[0][2]) in latin_given_names()
                  and not is_title_word(tokens[0][2], language)
                  and not is_title_word(tokens[0][2], "en")
                  and tokens[1][2][:1].isupper() and fold(tokens[1][2]) not in non_names
                  and not is_title_word(tokens[1][2], language)
                  and fold(tokens[1][2]) not in place_words() else set())

    # « Bruno Le Maire », « Anne Le Préfet »: after a known given name, a capitalised
    # article (« Le », « La »: patterns/fr/words.yaml, slot title_article) opens a surname,
    # whatever word follows it (a title's word here is the surname's)
    articles = slot_words("title_article", "fr")
    article_surname = {tokens[k][0] for k in range(2, len(tokens))
                       if language == "fr" and tokens[k - 1][2][:1].isupper()
                       and tokens[k - 1][2].lower() in articles
                       and fold(tokens[k - 2][2]) in latin_given_names()
                       and tokens[k][2][:1].isupper()}
    # "Theresa May", "Reverend Salomon April": a month after a known given name ends the
    # name, unless a day's number follows it ("Sunday May 5" is a date)
    month_surname = ({tokens[-1][0]} if not dated and len(tokens) >= 2
                     and tokens[-1][2] in slot_words("month_surname", EVERY_LANGUAGE)
                     and fold(tokens[-2][2]) in latin_given_names() else set())

    # "Willow Jean Prime": after a known given name, a last word that opens only titles of
    # two words or more ("Prime" of "Prime Minister") is a surname; no title ends a run on it
    head_surname = ({tokens[-1][0]} if len(tokens) >= 2
                    and fold(tokens[-2][2]) in latin_given_names()
                    and opens_longer_heads_only(tokens[-1][2], "en") else set())
    # « Hervé Doyen (Jette - cdH) »: in French a title's word after a known given name, the
    # last of the run before a bracket (a party, a constituency), is a surname
    title_surname = ({tokens[-1][0]} if bracketed and language == "fr" and len(tokens) == 2
                     and fold(tokens[0][2]) in latin_given_names()
                     and is_title_word(tokens[-1][2], language) else set())

    in_body: set[int] = set()  # the words of a body's name (below)
    # "as New York’s 57th governor", "to New Zealand": a run opening on a place of two or
    # three words names the place; no word of it is a name of its own ("Zealand")
    for n in (3, 2):
        if len(tokens) >= n and fold(" ".join(t[2] for t in tokens[:n])) in place_words():
            in_body.update(t[0] for t in tokens[:n])
            break

    def bad(tok: str, at: int = -1) -> bool:
        f = fold(tok).rstrip(".")
        if at in in_body:
            return True
        if (at in inner or at in given_lead or at in article_surname or at in month_surname
                or at in head_surname or at in title_surname):
            return False
        if at in kin and f not in hon or at in fathers and f in hon:
            return False
        if at in mid and f in place_words() and f not in non_names and not is_title_word(
                tok, language) and not is_title_word(tok, "en"):
            return False
        if at in mid and f in non_names and f in latin_given_names() and not is_title_word(
                tok, language):
            return False  # « Roch Marc Christian KABORE »: a given name, not "Christian Democrats"
        if f in hon:
            return True
        if "-" in tok and any(fold(part) in place_words() for part in tok.split("-")):
            return True
        if language == "fr" and compile_skeleton(_FR_LOWER_DEMONYM, "fr").fullmatch(tok):
            return True
        elided = re.match(r"[LlDd]['’](\w.*)$", tok)
        if elided and is_title_word(elided.group(1), language):
            return True  # « L’Ambassadeur de Côte d’Ivoire »: an article glued to a title
        return (
            f in non_names
            or is_title_word(tok, language)
            or is_title_word(tok, "en")
            or f in final_heads_en()  # "Agency Executive Zhang Mao"
            or f in place_words()
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
    addressed = False  # the run opened on a form of address (deleted here)
    while tokens and (bad(tokens[0][2], tokens[0][0]) or fold(tokens[0][2]) in determiners()
                      or _LOWER_ELISION.match(tokens[0][2])
                      or _address_phrase(tokens, hon)) and not _initial_before_initial(tokens):
        addressed = fold(tokens[0][2]).rstrip(".") in hon or bool(_address_phrase(tokens, hon))
        del tokens[:max(1, _address_phrase(tokens, hon))]
    # « le juge Anthony Kennedy », "Lewis Hamilton": a town's name after a known given name
    # is a surname (many are); a country's name there still ends the name ("Ali Kenya" is rare).
    if (len(tokens) >= 2 and fold(tokens[0][2]) in latin_given_names()
            and fold(tokens[-1][2]) not in places().country_names):
        mid.add(tokens[-1][0])
    # "the Hon. David Burt JP MP", "Hargun, JP,": letters after a name are honours, not names
    post = slot_words("name_postnominal", EVERY_LANGUAGE)
    while tokens and (bad(tokens[-1][2], tokens[-1][0]) and not _ROMAN.match(tokens[-1][2])
                      or fold(tokens[-1][2]) in determiners() or tokens[-1][2] in post
                      # "Mr. Inho Lee Non-resident Ambassador": a premodifier opens the title
                      or len(tokens) > 1 and fold(tokens[-1][2]) in modifiers()):
        tokens.pop()
    if not tokens:
        return []
    # A stop word inside the run splits it: "Independent MP Edward Braam" keeps "Edward Braam";
    # a part that is itself only capitalised words of a name (no stop word) stays a candidate.
    parts: list[list[tuple[int, int, str]]] = [[]]
    # "Lorton WRD Subdivision Assistant Engineer Daniel Okoro": the words before a head that
    # only ends a title (data/titles_en_final.txt) are that title's, no name
    titled: set[int] = set()
    for t in tokens:
        if bad(t[2], t[0]) and not _ROMAN.match(t[2]) and fold(t[2]) not in determiners():
            if fold(t[2]) in final_heads_en() and parts[-1]:
                titled.add(id(parts[-1]))
            parts.append([])
        else:
            parts[-1].append(t)
    out: list[NameMention] = []
    for part in parts:
        if id(part) in titled:
            continue
        while part and fold(part[0][2]) in determiners() and not _initial_before_initial(part):
            part.pop(0)
        while part and fold(part[-1][2]) in determiners():
            part.pop()
        if len(part) == 1 and fold(part[0][2]) in modifiers():
            continue  # "Non-resident Ambassador": a premodifier alone names no one
        # ("Afioga Tuitama Dr Talalelei Tuitama": one word after a form of address opening
        # the run is a name too, the style's bearer)
        if part and (len(parts) == 1 or len(part) >= 2 or addressed and part is parts[0]):
            s, e = part[0][0], part[-1][1]
            out.append(NameMention(start + s, start + e, _caps_to_title(text[s:e])))
    return out


def _plain_name_word(tok: str, non_names: frozenset[str]) -> bool:
    """"Hiroshi", "Rajaa": a capitalised word in lower case after its capital that is no
    title, place or word of no name."""
    return (tok[:1].isupper() and tok[1:].islower() and fold(tok) not in non_names
            and not is_title_word(tok, "en") and fold(tok) not in place_words())


def _fr_caps_surname(prev: str, tok: str, non_names: frozenset[str],
                     hon: frozenset[str]) -> bool:
    """« Gopounan CHERIF »: a word in capitals (a vowel in it: no initials) right after a
    word written as a name (a capital, then lower case) that is no title, place, article or
    form of address; the capitals are no place or form of address either (« le Sommet USA »,
    « le Chef de l'Etat Togolais SEM … »)."""
    return (_fr_caps_word(tok, hon)
            and _plain_name_word(prev, non_names) and not is_title_word(prev, "fr")
            and fold(prev) not in determiners() and fold(prev).rstrip(".") not in hon)


def _fr_caps_word(tok: str, hon: frozenset[str]) -> bool:
    """A word in capitals that may be a surname: a vowel in it (no initials), no numeral,
    no place, no form of address, no title."""
    f = fold(tok)
    return (tok.isupper() and len(tok) > 2 and not _ROMAN.match(tok)
            and re.search(r"[AEIOUYÀ-ÖØ-Þ]", tok) is not None
            and f not in hon and f not in place_words() and not is_title_word(tok, "fr"))


def _address_phrase(tokens: list[tuple[int, int, str]], hon: frozenset[str]) -> int:
    """"Datuk Seri Azlan Rahim", "Tan Sri X": the number of words of a form of address of
    two or three words opening the run (its words alone are no address: "Tan" is a
    surname), or 0."""
    for n in (3, 2):
        if len(tokens) > n and fold(" ".join(t[2] for t in tokens[:n])).rstrip(".") in hon:
            return n
    return 0


def _is_initials(tok: str) -> bool:
    """"M.B", "J.P": a person's initials; "U.S" is a country's."""
    return (_INITIALS.fullmatch(tok) is not None
            and fold(tok.rstrip(".") + ".") not in place_words()
            and fold(tok.rstrip(".").replace(".", "")) not in place_words())


def _initial_before_initial(tokens: list[tuple[int, int, str]]) -> bool:
    """"A K Balan": a capital that reads as a word ("A") is an initial before another one."""
    return (len(tokens) >= 3 and re.fullmatch(r"[A-Z]", tokens[0][2]) is not None
            and re.fullmatch(r"[A-Z]\.?", tokens[1][2]) is not None)


def _caps_to_title(name: str) -> str:
    """"Blaise COMPAORE" is written "Blaise Compaore" in a release (house style, as the gold)."""
    if name.isupper():
        return name
    # (a king's or a son's numeral stays in capitals: "Samuel R. Watson III"; so do capitals
    # without a vowel, which are initials: "TRB Rajaa")
    return re.sub(r"\b[A-ZÀ-ÖØ-Þ]{3,}\b", lambda m: m.group(0)
                  if _ROMAN.match(m.group(0)) or not re.search(r"[AEIOUYÀ-ÖØ-Þ]", m.group(0))
                  else m.group(0).capitalize(), name)


def latin_candidates(text: str, norm: str, language: str) -> list[NameMention]:
    found: list[NameMention] = []
    bodies = slot_words("body_after_name", EVERY_LANGUAGE)
    for m in compile_skeleton(_LATIN_RUN, EVERY_LANGUAGE).finditer(norm):
        # "the 13th Nagaland Legislative assembly": a body's word in lower case after the run
        # is read with it
        nxt = re.match(r"[ \t]+([a-z]+)\b", norm[m.end():m.end() + 30])
        end = m.end() + nxt.end() if nxt and nxt.group(1) in bodies else m.end()
        # "Gov. Ned Lamont": a one-word run before a dot may be a title written short (not
        # "Amartya Sen." ending a sentence)
        if norm[end:end + 1] == "." and fold(norm[m.start():end] + ".") in dotted_head_words():
            continue
        end = _before_dotted_address(norm, m.start(), end)
        if end <= m.start():
            continue
        start = _given_name_after_complement(norm, m.start(), end) if language == "en" else None
        start = m.start() if start is None else start
        dated = re.match(r"[ \t]*\d", norm[end:end + 4]) is not None
        bracketed = re.match(r"[ \t]*\(", norm[end:end + 4]) is not None
        found.extend(_clean_latin(text[start:end], start, language, dated, bracketed))
    return found


@cache
def _dotted_addresses() -> tuple[str, ...]:
    """Forms of address whose first word ends on a dot ("Rt. Hon."): a run of capitals
    stops at that dot, so it would end on the word ("H.E. Rt")."""
    return tuple(h for h in honorifics() if re.match(r"[A-Z][a-z]*\.[ \t]", h))


def _before_dotted_address(norm: str, s: int, e: int) -> int:
    """"the Governor General, H.E. Rt. Hon. Dame X": where the run s..e ends once its last
    word is taken off when it opens a form of address written with dots ("Rt" of "Rt. Hon.")."""
    last = re.search(r"\S+$", norm[s:e])
    if norm[e:e + 1] != "." or last is None:
        return e
    at = s + last.start()
    if any(norm.startswith(h, at) for h in _dotted_addresses()):
        return len(norm[:at].rstrip())
    return e


# "Special Envoy for Compact Negotiations Joseph Yun": a run after a title's "for" or "of"
_AFTER_LINK = r"\b(?:{title_link})[ \t]+$"


def _given_name_after_complement(norm: str, s: int, e: int) -> int | None:
    """Where the name starts in a run of capitals that completes a title ("Special Envoy for
    Compact Negotiations Joseph Yun"): at its first known given name, when no word before it
    in the run is one and a title head stands before the link; else None."""
    if not compile_skeleton(_AFTER_LINK, "en").search(norm, max(0, s - 8), s):
        return None
    # the title head stands before the link over capitals and links only ("Special Envoy
    # for", "Minister of State for"), not "The King approved the appointment of"
    before = norm[max(0, s - 60):s].split()[-6:-1]
    links = slot_words("title_link", "en")
    title = list(takewhile(lambda w: w[:1].isupper() or fold(w) in links, reversed(before)))
    if not any(is_title_word(w, "en") for w in title):
        return None
    tokens = [t for t in re.finditer(r"\S+", norm[s:e])]
    given = latin_given_names()
    _, _, non_names = name_data()
    for k, t in enumerate(tokens):
        word = fold(t.group(0))
        if word in given:
            return s + t.start() if 0 < k < len(tokens) - 1 else None
        if word in place_words() or word in non_names or is_title_word(word, "en"):
            # "High Commissioner of Mozambique Ermindo Augusto Ferreira": a place (or a word
            # of no name) ends the complement, and what follows it is the name, whole
            return None
    return None


def spacy_candidates(text: str, ents: list[Entity], language: str) -> list[NameMention]:
    found: list[NameMention] = []
    for ent in ents:
        if ent.label != "PER":
            continue
        # spaCy can run an entity over a line break ("Terehēamanu\n\nSiège de …"): a name
        # never crosses one, each line is read on its own.
        for line in re.finditer(r"[^\n]+", ent.text):
            found.extend(m for m in _clean_latin(line.group(0), ent.start + line.start(), language)
                         if not _lower_at_an_edge(m))
    if language == "fr":
        found = [c for m in found if (c := _past_title_complement(text, m)) is not None]
    return found


# « le Président de la Transition », « ministre de l'Urbanisme »: a title head, then « de »
# (slot complement_of) and an article at most, right before a run
_COMPLEMENT_BEFORE = (r"(?i:(?P<head>[\w'’-]+)[ \t]+(?:{complement_of})"
                      r"(?:[ \t]*{title_article})?[ \t]*)$")


def _past_title_complement(text: str, m: NameMention) -> NameMention | None:
    """« le Président de la Transition, le Colonel X »: a run right after a title and its
    « de » is the title's complement (« Transition »), not a name; a name may follow it in
    the run, from its known given name on (« ministre de la Santé Awa Ndiaye »)."""
    before = compile_skeleton(_COMPLEMENT_BEFORE, "fr").search(text, max(0, m.start - 60),
                                                               m.start)
    if not before or not is_title_word(before.group("head"), "fr"):
        return m
    words = list(re.finditer(r"\S+", m.text))
    given = next((w for w in words[1:] if fold(w.group(0)) in latin_given_names()), None)
    if given is not None:
        return NameMention(m.start + given.start(), m.end, m.text[given.start():])
    return None if len(words) == 1 else m


def _lower_at_an_edge(m: NameMention) -> bool:
    """« par tacite reconduction », « ministre de la Santé et de l'Hygiène publique »: a name
    neither opens nor ends on a word in lower case (inside it, « Dafydd ab Iago » may; « Bachar
    al-Assad » ends on a particle joined to a capital: patterns/*/names.yaml, name_particle)."""
    toks = m.text.split()
    particles = folded_set(slot_words("name_particle", EVERY_LANGUAGE))
    return toks[0][:1].islower() or toks[-1][:1].islower() and not (
        len(toks) > 1 and (joined := re.fullmatch(r"([a-z]+)-([A-Z]\w+)", toks[-1]))
        and fold(joined.group(1)) in particles)
