"""Where the event took place: its name, city and country, apart from the dateline city."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from .arabic_regions import capital_country, region_country
from .caseless_search import caseless_key, may_occur
from .event_rules import common_heads, held_cues, is_common_head
from .nlp import Entity
from .place_rules import HostOffice, Landmark, active_rules, region_countries
from .reference import event_words, fold, honorifics, places, read_data_text, read_data_yaml
from .text import Sentence, sentence_at
from .venue_clauses import (
    among_those_present,
    arrived_at,
    colon_labels,
    comes_from,
    council_towns,
    decree_read,
    earlier_happening,
    office_division_towns,
    reported_from,
    seat_of,
    several_places,
    to_come,
    town_building_names,
    visit_destination,
    where_clause_act,
    whereabouts,
)
from .weights import CITY, EVENT

_AR = "\u0600-\u06FF"
# compiled once: the hot loops below test one character per word
_AR_CHAR = re.compile(f"[{_AR}]")
_LOCATIVE = re.compile(
    r"(?:\b(?:à|a|in|at|au|aux|near|à l'|hosted in|hosted by|host city of|capital|capitale)\s+$"
    # « يصل الى الجزائر », « وصل إلى الرباط »: « الى / إلى » tells where a visitor arrives
    # « إلى العاصمة مسقط », « بالعاصمة الرباط »: the capital named after « العاصمة » is placed
    # as after « مدينة »
    r"|(?:^|\s)(?:في|ب|احتضنت|تحتضن|احتضنتها|استضافت|تستضيف|مدينة|العاصمة|بالعاصمة|الى|إلى)"
    r"\s*$|[بف]$)",
    re.IGNORECASE,
)
# "is visiting Singapore", "a visit to Monaco", « en visite à Luxembourg »: a visit's
# destination is placed as after « à » / "in" (a city-state is otherwise its country)
_VISITING = re.compile(
    r"\b(?:visiting|visited|visit(?:s)?\s+to|trip\s+to|en\s+visite\s+(?:à|au)|visite\s+(?:à|au)"
    r"|visité)\s+$", re.IGNORECASE)
# "held here", « ici », « بهذه المدينة »: the event took place in the dateline's city.
_HERE = re.compile(r"\b(?:here|ici)\b|هنا|بهذه المدينة", re.IGNORECASE)


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True)
class VenueDraft:
    city: Span | None
    country: Span | None
    country_label: str | None  # from the gazetteer when the article does not write it
    event: Span | None
    dateline_city: Span | None
    no_venue_cue: str | None
    # the city as the gazetteer spells it when the text fuses it with a clitic (« للقاهرة »)
    city_label: str | None = None
    # « dans plusieurs communes »: the lead tells the event in several places, none the venue
    several_places: str | None = None


_WORD = re.compile(r"[\w'’\-]+")
_ELISION = re.compile(r"^(?:[dlDL]|qu|Qu)['’]")
# Clitics that say "in"/"at" themselves: « بالجديدة » is the town, « الجديدة » may be "the new".
_AR_LOCATIVE_CLITICS = ("ب", "وب", "فب")


def _clitic_city(text: str) -> tuple[int, str | None, str] | None:
    """An Arabic word that is a clitic (data: places.yaml arabic_clitics) and a gazetteer
    city: (offset of the city, its spelling when the clitic fused with it, the clitic)."""
    table = places().city_country
    for c in active_rules().clitics:
        if not text.startswith(c.form) or len(text) <= len(c.form) + 1:
            continue
        rest = c.restore + text[len(c.form):]
        if fold(rest) in table:
            if c.restore:
                return len(c.form) - len(c.restore) + 1, rest, c.form
            return len(c.form), None, c.form
    return None


def _lookup_city(text: str) -> int | None:
    """Offset into text where a gazetteer city name starts and runs to its end, or None."""
    table = places().city_country
    if fold(text) in table:
        return 0
    if _AR_CHAR.match(text):
        hit = _clitic_city(text)
        return hit[0] if hit else None
    m = _ELISION.match(text)  # « d'Alger », « l'Aquila » is itself a name
    if m and fold(text[m.end():]) in table:
        return m.end()
    return None


# Capitalised words that may stand before a city without being part of one name with it.
_NAME_LEAD_OK = frozenset(
    "in at from to near for of and by on the a à au aux en de du des le la les l' d' dans "
    "sur vers depuis pour et ou mr mrs ms m mme dr new".split()
)


def _inside_proper_name(norm: str, start: int) -> bool:
    """ "Rajya Sabha", "Kigali Convention" is fine but "Rajya Sabha" is not Sabha: a Latin
    city word directly after another capitalised word (same line, no punctuation) is the end
    of a longer proper name — an institution, a person — unless that word is a function word
    or starts the sentence."""
    if _AR_CHAR.match(norm[start:start + 1]):
        return False
    m = re.search(r"([A-Za-zÀ-ÖØ-öø-ÿ'’\-]+) $", norm[max(0, start - 40):start])
    if not m:
        return False
    word = m.group(1)
    if not word[:1].isupper() or word.lower().strip("'’") in _NAME_LEAD_OK:
        return False
    before = norm[max(0, start - 40):start][:m.start(1)].rstrip(" ")
    # sentence or line start: "Sabha is ...", "Yesterday Sabha" — the capital is grammar
    return not (before == "" or before.endswith((".", "\n", ":", "!", "?", "«", '"', "“")))


_NEXT_WORD = re.compile(r"[^\S\n]([A-ZÀ-Ö][a-zà-ÿ'’\-]+)(?![\w'’\-]|[^\S\n]*\d)")


def _opens_a_name(norm: str, start: int, end: int) -> bool:
    """ "Baba Gorpal Singh and Atar Nazir": a Latin town name directly followed by a given
    name (the lists extract/people/ reads), with no locative before it, is the first word of a
    person's name. A word that is also a place ("Kingston Jamaica") or a common word
    (names.yaml non_name_words) is no name, nor one a number follows ("Accra May 5")."""
    if _AR_CHAR.match(norm[start:start + 1]) or _LOCATIVE.search(
            norm[max(0, start - 12):start]):
        return False
    m = _NEXT_WORD.match(norm, end)
    if not m:
        return False
    from .people.lexicon import name_data

    word = fold(m.group(1))
    p = places()
    return (word in _given_names() and word not in name_data()[2]
            and word not in p.city_country and word not in p.country_names
            and word not in p.demonyms)


_CITY_WORD_BEFORE = re.compile(r"(?:^|\s)[وب]?(?:مدينة|بلدة|عاصمة)\s*$")


# « au Luxembourg », « au Koweït », « en Djibouti »: French writes a country with « au » /
# « aux » / « en » and its capital of the same name with « à »
_COUNTRY_ARTICLE = re.compile(r"(?:^|\s)(?:au|aux|en)\s+$", re.IGNORECASE)


def _may_be_city(norm: str, start: int, end: int) -> bool:
    """A town name the data lists as mostly a surname or a common noun (places.yaml
    not_places) is a city only after a locative, or as a dateline at a line's start; a
    capital named as its country is no city after the country's « au » / « en »."""
    name = fold(_city_text(norm, Span(start, end)))
    before = norm[max(0, start - 12):start]
    if name in places().country_names and _COUNTRY_ARTICLE.search(before):
        return False  # « pour sa première visite au Luxembourg »: the country, not its capital
    entry = active_rules().not_places.get(name)
    if entry is None:
        return True
    if entry.after_locative and (_LOCATIVE.search(before) or _VISITING.search(
            norm[max(0, start - 24):start])) or _CITY_WORD_BEFORE.search(before):
        return True
    line_start = norm.rfind("\n", 0, start) + 1
    return start - line_start <= 2 and bool(re.match(r"\s*(?:[,(:–—]|-\s)", norm[end:end + 3]))


def _in_district(norm: str, start: int, end: int) -> bool:
    """« le quartier Riyad », « Hay Riyad », « بحي الرياض », "the Riyadh district": a district
    named like a city (places.yaml district_words) is not that city."""
    words = [re.escape(d.word) for d in active_rules().district_words]
    if not words:
        return False
    alt = "|".join(sorted(words, key=len, reverse=True))
    before = norm[max(0, start - 24):start]
    after = norm[end:end + 16]
    return bool(re.search(rf"(?:^|[^\w])[وب]?(?:{alt})(?:\s+(?:de|du|d'|of))?\s+$", before,
                          re.IGNORECASE)
                or re.match(rf"\s+(?:{alt})(?!\w)", after, re.IGNORECASE))


def _in_building(norm: str, start: int, end: int) -> bool:
    """« rue de Paris », « avenue de Rabat », « شارع القاهرة », "Buckingham Palace", "Lusaka
    Road": a name beside a street or building word (places.yaml building_words) names that
    street or building, not the city of the event."""
    rules = active_rules().building_words
    before = [re.escape(b.word) for b in rules if b.side == "before"]
    after = [re.escape(b.word) for b in rules if b.side == "after"]
    if before:
        alt = "|".join(sorted(before, key=len, reverse=True))
        if re.search(rf"(?:^|[^\w])[وب]?(?:{alt})(?:\s+(?:de\s+la|du|des|de|of)\s+"
                     rf"|\s+(?:de\s+l|d)['’]|\s+)$", norm[max(0, start - 24):start],
                     re.IGNORECASE):
            return True
    if after:
        alt = "|".join(sorted(after, key=len, reverse=True))
        # the word inside the span ("Buckingham Palace" read whole as one place) or after it
        if re.search(rf"(?:^|\s)(?:{alt})$", norm[start:end]) or re.match(
                rf"\s+(?:{alt})(?!\w)", norm[end:end + 24]):
            return True
    return False


def _destination(norm: str, start: int) -> bool:
    """« en partance pour Genève », "bound for Geneva": a city after a destination word
    (places.yaml destination_words) is where someone goes, not where the event was."""
    words = [re.escape(d.word) for d in active_rules().destination_words]
    if not words:
        return False
    alt = "|".join(sorted(words, key=len, reverse=True))
    return bool(re.search(rf"(?<![\w])(?:{alt})\s+$", norm[max(0, start - 30):start],
                          re.IGNORECASE))


# « يصل الى الجزائر », « وصل إلى الكويت »: a visitor arrives at a capital, not at a whole country
_ARRIVAL = re.compile(r"(?:^|\s)(?:يصل|وصل|تصل|وصلت|يحل|حل)\s+(?:[^\s.،]+\s+){0,8}?(?:الى|إلى)\s+$")


_CAPITAL_WORD = re.compile(r"(?:^|\s)[وب]?(?:ال)?عاصمة\s+$")


# « في قلب العاصمة السورية دمشق », « بالعاصمة الأردنية عمان »: the capital with its country's
# adjective before its name, placed as after « العاصمة » alone
_CAPITAL_ADJ = re.compile(r"(?:^|\s)[وب]?(?:ال)?عاصمة\s+ال[\u0621-\u064A]+ية\s+$")


def _arrival_capitals(norm: str) -> list[Span]:
    """A country whose capital bears its name (places.yaml capitals_named_as_country: « الجزائر »
    is Algeria and Algiers) is the capital where a visitor is said to arrive there."""
    found: list[Span] = []
    for cap in active_rules().capitals_named_as_country:
        rx = re.compile(rf"(?<![\w]){re.escape(cap.name)}(?![\w])")
        for m in rx.finditer(norm):
            # « في العاصمة تونس »: after « العاصمة » the name is the capital, not the country
            if _ARRIVAL.search(norm[max(0, m.start() - 120):m.start()]) or _CAPITAL_WORD.search(
                    norm[max(0, m.start() - 12):m.start()]):
                found.append(Span(m.start(), m.end()))
    return found


def _city_key(norm: str, city: Span) -> str | None:
    """The gazetteer's country key of a city, or of a capital named as its country."""
    text = _city_text(norm, city)
    key = places().city_country.get(fold(text))
    if key is None:
        key = next((c.country for c in active_rules().capitals_named_as_country
                    if c.name == text), None)
    return key


def _city_text(norm: str, city: Span) -> str:
    """The city as the gazetteer spells it: « للقاهرة » is « القاهرة » with the clitic « ل »."""
    ws = city.start
    while ws > 0 and _AR_CHAR.match(norm[ws - 1]):
        ws -= 1
    if ws < city.start:
        hit = _clitic_city(norm[ws:city.end])
        if hit and hit[1]:
            return hit[1]
    return norm[city.start:city.end]


_ENGLISH_TAIL = re.compile(r"(?:['’]s|['’\-])$")


def _city_mentions(norm: str, ents: list[Entity]) -> list[Span]:
    """Gazetteer cities in the text: runs of up to four words looked up whole, longest first."""
    p = places()
    words = [(m.start(), m.end()) for m in _WORD.finditer(norm)]
    # the same word runs recur through an article (« في », a city named again): the
    # gazetteer and clitic rules do not change within one call, so each run is looked up once
    offsets: dict[str, int | None] = {}
    # the run as written -> (the run without its English tail, its offset in the gazetteer)
    runs: dict[str, tuple[str, int | None]] = {}
    # a run spans words joined by one space only; each gap is tested once, not per run
    spaced = [norm[words[k][1]:words[k + 1][0]] in (" ", "\u00a0")
              for k in range(len(words) - 1)]
    found: list[Span] = []
    i = 0
    while i < len(words):
        hit = None
        for n in range(min(4, len(words) - i), 0, -1):
            s, e = words[i][0], words[i + n - 1][1]
            if n > 1 and not all(spaced[i:i + n - 1]):
                continue
            written = norm[s:e]
            run = runs.get(written)
            if run is None:
                # "Guwahati’s", "Glasgow-based": the name without its English tail
                text = _ENGLISH_TAIL.sub("", written)
                if text in offsets:
                    off = offsets[text]
                else:
                    off = offsets[text] = _lookup_city(text)
                run = runs[written] = (text, off)
            text, off = run
            if off is None:
                continue
            cs, ce = s + off, s + len(text)
            if not _AR_CHAR.match(norm[cs]) and not (
                    norm[cs].isupper() or norm[cs:ce].isupper()):
                continue  # « lima » is not Lima; a city is capitalised in Latin script
            if _inside_proper_name(norm, cs) or _opens_a_name(norm, cs, ce):
                continue
            if not _may_be_city(norm, cs, ce):
                continue
            hit = (Span(cs, ce), n)
            break
        if hit:
            found.append(hit[0])
            i += hit[1]
        else:
            i += 1
    for ent in ents:
        # « à l’Elysée », « à la Primature »: a building written with its article in lower case
        # is no town; a town is capitalised in Latin script, as the gazetteer's are above
        if ent.label == "LOC" and fold(ent.text) not in p.country_names \
                and ent.text[:1].isupper():
            before = norm[max(0, ent.start - 3):ent.start]
            if re.search(r"\bà $", before) and all(ent.end <= f.start or ent.start >= f.end
                                                   for f in found):
                found.append(Span(ent.start, ent.end))
    return sorted(found, key=lambda s: s.start)


# "WILLEMSTAD – ", "PUTRAJAYA: ", "JUBA, March 16 (Xinhua) --": a wire dateline in capitals.
_CAPS_DATELINE = re.compile(
    r"(?m)^([A-Z][A-Z'’\-]+(?: [A-Z][A-Z'’\-]+){0,2})\s*(?:[:–—]|-\s|,\s|\()"
)
# A wire dateline in title case: "Kohima, March 20 (DIPR):", "Tepa(Ash), Nov. 18, GNA -".
_WIRE_DATELINE = re.compile(
    r"(?m)^([A-Z][a-zà-ÿ]+(?:[ -][A-Z][a-zà-ÿ]+){0,2})\s*(?:\([^()\n]{1,12}\))?\s*,\s*"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|janv|févr|fév|mars|avr|mai|juin|juil|"
    r"août|sept|oct|nov|déc)[a-zéû]*\.?\s+\d{1,2}\b"
)
# "Panaji: Chief Minister Pramod Sawant was administered …": a newspaper's dateline in title
# case before a colon, the body's sentence after it (a label, "Update: 5:22PM", is no town).
_COLON_DATELINE = re.compile(
    r"(?m)^([A-Z][a-zà-ÿ]+(?:[ -][A-Z][a-zà-ÿ]+)?)[^\S\n]?:[^\S\n]+(?=[A-Z\"“])")
# "on Monday in Guwahati’s Bhangagarh area": a capitalised place after « in »/« à ».
# A second capitalised word makes it a building or a body ("in Rashtrapati Bhavan"); the
# « in » of a compound ("a Swearing-in Parade", "a sit-in Monday") is no preposition.
_IN_PLACE = re.compile(
    r"(?<![\w\-])(?:in|à)\s+([A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?)(?=[’']s\b|\s+(?![A-Z])|[,.;]|$"
    r"|\s+(?=[A-Z]))"
)
# the dots of an honorific written with spaces: « S. E. M. » is « S.E. M. »
_SPACED_DOTS = re.compile(r"(?<=\b[A-Z]\.) (?=[A-Z]\.)")


def _honorific_follows(norm: str, end: int) -> bool:
    """« reçu … au château Mercier à Sierre S. E. M. Irakli Kurashvili », « à Delémont Mme Ana
    Ruiz »: the capitalised word after a town is a form of address (honorifics.yaml) that
    opens the guest's name, not the second word of a building's."""
    head = _SPACED_DOTS.sub("", norm[end:end + 24].lstrip())
    return any(head.startswith(h) and not head[len(h):len(h) + 1].islower()
               for h in honorifics())


def _unlisted_cities(
    norm: str, sentences: list[Sentence], first_body: int, date_offset: int | None
) -> list[Span]:
    """Cities missing from the gazetteer: a capitalised dateline, or « in X » with the date."""
    from .people.lexicon import name_data

    _, _, non_names = name_data()
    p = places()

    wires = active_rules().wire_agencies
    country_heads = _country_first_words()

    def is_place_word(word: str) -> bool:
        # « ANI - Le président … »: a wire agency's name; "schools in Cayman": the first word
        # of a country's name (Cayman Islands) is that country
        w = fold(word)
        return w not in non_names and w not in p.country_names and not w.endswith(
            ("ian", "ese")) and w not in wires and w not in country_heads

    found: list[Span] = []
    m = _CAPS_DATELINE.search(norm, first_body, first_body + 300)
    if m and m.start(1) - first_body < 200 and is_place_word(m.group(1).title()):
        found.append(Span(m.start(1), m.end(1)))
    else:
        m = _WIRE_DATELINE.search(norm, first_body, first_body + 300)
        if m and m.start(1) - first_body < 200 and is_place_word(m.group(1)):
            found.append(Span(m.start(1), m.end(1)))
        else:
            m = _COLON_DATELINE.search(norm, first_body, first_body + 300)
            labels = colon_labels() | active_rules().headline_rubrics
            if m and m.start(1) - first_body < 200 and is_place_word(m.group(1)) and not (
                    fold(m.group(1)) in labels or fold(m.group(1)) in _given_names()):
                found.append(Span(m.start(1), m.end(1)))
    sent = sentence_at(sentences, date_offset) if date_offset is not None else None
    if sent is not None:
        for m in _IN_PLACE.finditer(norm, sent.start, sent.end):
            if re.match(r"\s+[A-Z]", norm[m.end(1):m.end(1) + 2]) and not _honorific_follows(
                    norm, m.end(1)):
                continue  # "in Rashtrapati Bhavan": a second capitalised word, a building
            if is_place_word(m.group(1)):
                found.append(Span(m.start(1), m.end(1)))
    return found


# "at State House, Entebbe", "at Parliament House, Canberra": a named building, a comma and
# its town ("in" is left out: "sworn in Saturday, Jan. 4"); "at Ravitaki in Kadavu", "at
# Mbale, Bugisu": a place and the province it is in.
_BUILDING_COMMA_TOWN = re.compile(
    r"(?<![\w\-])at[^\S\n]+(?:the[^\S\n]+)?(?:[A-Z][\w'’\-]+[^\S\n]+){0,4}"
    r"[A-Z][\w'’\-]+,[^\S\n]+([A-Z][a-zà-ÿ'’\-]+(?:[^\S\n][A-Z][a-zà-ÿ'’\-]+)?)"
    r"(?=[^\S\n]*[,.;]|[^\S\n]+(?:on|in|this|today|yesterday)\b|[^\S\n]*$)")
_PLACE_IN_REGION = re.compile(
    r"(?<![\w\-])at[^\S\n]+([A-Z][a-zà-ÿ'’\-]+)(?:,[^\S\n]*|[^\S\n]+in[^\S\n]+)"
    r"([A-Z][\w'’\-]+(?:[^\S\n][A-Z][\w'’\-]+)?)")


def _placed_towns(norm: str, language: str) -> tuple[set[int], list[Span], set[int]]:
    """English towns told by their building or their province: "at State House, Entebbe",
    "at Ravitaki in Kadavu" (a province of region_countries.tsv). The first offsets say where
    the act was, as "in" does; the spans are every mention of a name the gazetteer lacks; the
    last offsets are the provinces that contain such a town (Kadavu: no venue there, though
    many a town shares its province's name, as Kisumu does)."""
    if language != "en":
        return set(), [], set()
    from .people.lexicon import name_data

    _, _, non_names = name_data()
    p = places()
    regions = region_countries()

    def town(word: str) -> bool:
        f = fold(word)
        return not (f in non_names or f in p.country_names or f in p.demonyms
                    or f in _given_names() or f in regions and f not in p.city_country)

    anchors: set[int] = set()
    containers: set[int] = set()
    names: list[str] = []
    for m in _BUILDING_COMMA_TOWN.finditer(norm):
        if town(m.group(1)):
            anchors.add(m.start(1))
            names.append(m.group(1))
    for m in _PLACE_IN_REGION.finditer(norm):
        region = fold(m.group(2))
        if region in regions and region not in p.city_country and town(m.group(1)):
            anchors.add(m.start(1))
            containers.add(m.start(2))
            names.append(m.group(1))
    unlisted = [n for n in dict.fromkeys(names) if fold(n) not in p.city_country]
    return anchors, _every_mention(unlisted, norm), containers


@cache
def _country_first_words() -> frozenset[str]:
    """The first word of each country name of several words ("Cayman Islands", "Solomon
    Islands", « Sri Lanka »), folded, when it is no gazetteer town: written alone ("in Cayman")
    it still names that country, not a town the gazetteer lacks."""
    p = places()
    return frozenset(name.split()[0] for name in p.country_names
                     if " " in name and name.split()[0] not in p.city_country)


@cache
def _given_names() -> frozenset[str]:
    """Folded Latin given names (the lists people/lexicon reads): « Emmanuel : … » is a person."""
    names: set[str] = set()
    for file in ("given_names_latin.txt", "given_names_world.txt"):
        names.update(fold(w.strip()) for w in read_data_text(file).splitlines()
                     if w.strip() and not w.startswith("#"))
    return frozenset(names)


def _headline_cities(norm: str, first_body: int) -> list[Span]:
    """A town the headline puts before its colon or dots (« Mongo : le nouveau préfet … »,
    « لشبونة.. الرئيس … »; places.yaml city_cues), and every mention of it in the body: the
    headline says it is a place, even when the gazetteer lacks it. A word of no case (Arabic)
    must be in the gazetteer, but in a dateline cue at the body's start (« البيضاء / 14
    أكتوبر / سبأ : », the town, the date and the agency), whose form says it is a town; a
    Latin one must be no country, demonym, given name or common word."""
    from .people.lexicon import name_data

    _, _, non_names = name_data()
    given = _given_names()
    p = places()
    start = len(norm) - len(norm.lstrip())
    end = norm.find("\n", start)
    end = first_body if end < 0 or first_body <= start else min(end, first_body)
    body = first_body + len(norm[first_body:]) - len(norm[first_body:].lstrip())
    body_end = norm.find("\n", body)
    body_end = len(norm) if body_end < 0 else body_end
    for cue in active_rules().city_cues:
        dateline = cue.where == "dateline"
        m = cue.form.match(norm, body, body_end) if dateline else cue.form.match(norm, start, end)
        if not m:
            continue
        name = m.group("city").strip()
        words = [fold(w) for w in re.split(r"[\s\-]+", name)]
        if fold(name) in p.country_names or fold(name) in p.demonyms:
            continue
        if fold(name) in active_rules().headline_rubrics:
            continue  # « Diplomatie : … » names the newspaper's section
        if fold(name) in region_countries() and fold(name) not in p.city_country:
            continue  # « Bretagne : … » names a region, which is never the town
        arabic_dateline = dateline and bool(re.fullmatch(f"[{_AR} ]+", name))
        if fold(name) not in p.city_country and not arabic_dateline and (
                not name[:1].isupper()
                or any(w in non_names or w in given for w in words)):
            continue
        s = m.start("city")
        found = [Span(s, s + len(name))]
        rx = re.compile(rf"(?<![\w\-]){re.escape(name)}(?![\w\-])")
        found += [Span(x.start(), x.end()) for x in rx.finditer(norm, max(first_body, s + 1))]
        return found
    return []


def _named_towns(norm: str) -> list[Span]:
    """Towns a construction names (« la commune de X », « la maire d'Arrah », "the town of X",
    « بلدية X »; places.yaml town_words), and every other mention of them: a town below the
    gazetteer's floor is still a place when the text says so."""
    from .people.lexicon import name_data

    _, _, non_names = name_data()
    p = places()
    rules = active_rules().town_words
    words = [re.escape(t.word) for t in rules if t.side == "before"]
    if not words:
        return []
    alt = "|".join(sorted(words, key=len, reverse=True))
    # (a word after the name is looked for only where the text holds it: most hold none)
    after = [re.escape(t.word) for t in rules if t.side == "after" and t.word in norm]
    rx = re.compile(
        # « لمدينة الغيضة », « وبلدية X »: Arabic clitics fuse with the town word
        rf"(?<![\w])(?:[وبلف]{{1,2}}(?=[{_AR}]))?(?:{alt})(?:\s+|(?<=['’]))"
        rf"((?:[A-ZÀ-Ö][\w'’]*|[{_AR}]+)(?:-[A-ZÀ-Ö][\w'’]*)*)",
        re.IGNORECASE)
    names: list[str] = []
    for m in rx.finditer(norm):
        name = m.group(1)
        if not (name[:1].isupper() or _AR_CHAR.match(name)):
            continue  # the case-blind match lets « la commune de la ville » through
        f = fold(name)
        if f in non_names or f in p.country_names or f in names:
            continue
        names.append(name)
    if after:
        # "at Kalonje village": a capitalised name before the lower-case word, on its line
        rx_after = re.compile(r"(?<![\w\-])([A-ZÀ-Ö][\w'’]*(?:-[A-ZÀ-Ö][\w'’]*)*)[^\S\n]+"
                              rf"(?:{'|'.join(sorted(after, key=len, reverse=True))})(?![\w\-])")
        for m in rx_after.finditer(norm):
            name = m.group(1)
            f = fold(name)
            if f in non_names or f in p.country_names or f in p.demonyms or f in names \
                    or f in _given_names() or f in _NAME_LEAD_OK:
                continue
            names.append(name)
    return _every_mention(names, norm)


def _every_mention(names: list[str], norm: str) -> list[Span]:
    """Every mention of each name in the article, as a whole word (a hyphen joins words)."""
    found: list[Span] = []
    for name in names:
        rx_name = re.compile(rf"(?<![\w\-]){re.escape(name)}(?![\w\-])")
        found += [Span(x.start(), x.end()) for x in rx_name.finditer(norm)]
    return found


def _venue_word_towns(norm: str) -> tuple[set[int], list[Span]]:
    """The town after a place an act is held at (« l'école de Saint-Sauveur », « la place
    publique de Massakori », « le centre de santé d'Agbagnansou »; places.yaml venue_words):
    the offsets where such a construction names it, which say where the act was as « à »
    does, and every mention of a name the gazetteer lacks. The word is in lower case (« L'École
    de Médecine » names a school); a lower-case complement may stand between it and « de »."""
    from .people.lexicon import name_data

    _, _, non_names = name_data()
    given = _given_names()
    p = places()
    words = [(len(v.word), f"(?i:{re.escape(v.word)})" if v.any_case else re.escape(v.word))
             for v in active_rules().venue_words]
    if not words:
        return set(), []
    alt = "|".join(w for _n, w in sorted(words, reverse=True))
    rx = re.compile(
        rf"(?<![\w\-])(?:{alt})(?:[^\S\n]+[a-zà-ÿ'’\-]+){{0,5}}?[^\S\n]+(?:de[^\S\n]+|d['’])"
        r"([A-ZÀ-Ö][\w'’]*(?:-[A-ZÀ-Ö]?[\w'’]*)*)(?![\w\-])")
    anchors: set[int] = set()
    names: list[str] = []
    quarters: list[Span] = []
    for m in rx.finditer(norm):
        name = m.group(1)
        f = fold(name)
        anchors.add(m.start(1))
        if f in p.city_country or f in names:
            continue  # the gazetteer's own mentions already are candidates
        head = name.split("-")[0]
        if "-" in name and fold(head) in p.city_country:
            # « l'aéroport international de Yaoundé-Nsimalen »: a place named after its city
            # and its quarter is in that city
            quarters.append(Span(m.start(1), m.start(1) + len(head)))
            continue
        if f in non_names or f in p.country_names or f in p.demonyms or (
                "-" not in name and f in given):
            continue
        names.append(name)
    return anchors, quarters + _every_mention(names, norm)


def _named_venue_towns(norm: str) -> tuple[set[int], list[Span]]:
    """The town after a building's own name (« au Palais de l'Unité de Yaoundé », « à l'église
    Saint-Marcel de Delémont »; places.yaml named_venue_words): the offsets where such a
    construction names it, which say where the act was as « à » does, and every mention of a
    name the gazetteer lacks."""
    words = active_rules().named_venue_words
    lower = norm.lower()
    if not any(w in lower for w in words):
        return set(), []  # no building word at all: no scan
    from .people.lexicon import name_data

    _, _, non_names = name_data()
    p = places()
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    rx = re.compile(
        rf"(?<![\w\-])(?i:{alt})[^\S\n]+"
        r"(?:de[^\S\n]+la[^\S\n]+|de[^\S\n]+l['’]|du[^\S\n]+|des[^\S\n]+|l['’])?"
        r"[A-ZÀ-Ö][\w'’\-]*(?:[^\S\n]+[A-ZÀ-Ö][\w'’\-]*){0,2}"
        r"[^\S\n]+(?:(?:de[^\S\n]+|d['’])([A-ZÀ-Ö][\w'’]*(?:-[A-ZÀ-Ö]?[\w'’]*)*)"
        # « l'aéroport international Amadou Sanogo Ségou-Sébougou »: the town and its quarter
        # after the name, without « de »; only a gazetteer town, checked below
        r"|([A-ZÀ-Ö][\w'’]*)-[A-ZÀ-Ö][\w'’]*)(?![\w\-])")
    anchors: set[int] = set()
    names: list[str] = []
    quarters: list[Span] = []
    for m in rx.finditer(norm):
        if m.group(2) is not None:
            if fold(m.group(2)) in p.city_country and fold(m.group(2)) not in p.country_names:
                anchors.add(m.start(2))
                quarters.append(Span(m.start(2), m.end(2)))
            continue
        name = m.group(1)
        f = fold(name)
        if f in non_names or f in p.country_names or f in p.demonyms or (
                f not in p.city_country and f in _given_names()):
            continue
        anchors.add(m.start(1))
        if f not in p.city_country and name not in names:
            names.append(name)  # the gazetteer's own mentions already are candidates
    return anchors, quarters + _every_mention(names, norm)


def _town_building_towns(norm: str) -> tuple[set[int], list[Span]]:
    """The town before its civic building ("the Eldoret City Hall"; venue_clauses.yaml
    town_buildings): the offsets where the building names it, which say where the act was as
    "in" does, and every mention of a name the gazetteer lacks."""
    from .people.lexicon import name_data

    _, _, non_names = name_data()
    p = places()
    anchors: set[int] = set()
    names: list[str] = []
    for s, e in town_building_names(norm):
        words = norm[s:e].split()
        if len(words) > 1 and words[0].lower() in _NAME_LEAD_OK:
            s += len(words[0]) + 1  # "The Eldoret Town Hall"
        name = norm[s:e]
        f = fold(name)
        if f in non_names or f in p.country_names or f in p.demonyms or f in _given_names():
            continue
        anchors.add(s)
        if f not in p.city_country and name not in names:
            names.append(name)  # the gazetteer's own mentions already are candidates
    for s, e in town_building_names(norm, "town_landmarks"):
        words = norm[s:e].split()
        if len(words) > 1 and words[0].lower() in _NAME_LEAD_OK:
            s += len(words[0]) + 1  # "the Durban waterfront"
        if fold(norm[s:e]) in p.city_country:  # "Pearl Harbor" names no town
            anchors.add(s)
    return anchors, _every_mention(names, norm)


@cache
def _caseless(word: str) -> bool:
    """No character of ``word`` has a case, so re.IGNORECASE finds it only as written."""
    return word.lower() == word == word.upper() and word.casefold() == word


def _event_mentions(text: str, norm: str, language: str) -> list[tuple[float, Span, str]]:
    common = common_heads(language)
    heads = tuple(sorted(set(event_words().heads.get(language, ()))
                         | {h.head for h in common.heads}, key=len, reverse=True))
    out: list[tuple[float, Span, str]] = []
    norm_key = caseless_key(norm)
    for head in heads:
        if _caseless(head) and head not in norm:
            continue  # a head without letter case (Arabic) matches only as written
        if not may_occur(head, norm_key):
            continue  # no spelling of the head in any case: its scan would find nothing
        flags = re.IGNORECASE
        for m in re.finditer(rf"(?<![\w]){re.escape(head)}(?![\w])", norm, flags):
            s, e = m.span()
            score = 0.0
            if norm[s].isupper():
                score += EVENT["capitalised_head"]
            if language == "ar":
                tail = re.match(rf"(?:\s+(?:ال|لل|ل)?[{_AR}\d]+|\s+الـ\s*\d+|\s+\d+){{1,5}}",
                                norm[e:e + 80])
                if tail:
                    words = tail.group(0).split()
                    keep = []
                    for w in words:
                        if w in ("في", "التي", "الذي", "يوم", "من", "على", "مع"):
                            break
                        keep.append(w)
                    if keep:
                        e = e + norm[e:e + 80].find(keep[-1]) + len(keep[-1])
                        score += EVENT["arabic_complement"]
                out.append((score, Span(s, e), head))
                continue
            # complement: « de l'organisation », « d'Interpol », "of the United Nations"
            comp = re.match(
                r"(?:\s+(?:de la|de l'|des|du|de|d'|of the|of|pour l'|pour la|for the|for)\s*)"
                # « visite de M. Obama »: an honorific starts a person, not an event's name
                r"(?!(?:M|Mme|Mlle|Mr|Mrs|Ms|Dr|Me)\.?\s)"
                r"((?:[A-ZÀ-Ö][\w'\-]*|[A-Z]{2,})(?:[^\S\n]*"  # the complement stays on its line
                r"(?:[A-ZÀ-Ö][\w'\-]*|de l'[A-ZÀ-Ö][\w\-]*|"
                r"l'[A-ZÀ-Ö][\w\-]*|d'[A-ZÀ-Ö][\w\-]*|de la [A-ZÀ-Ö][\w\-]*|de [A-ZÀ-Ö][\w\-]*|"
                r"des [A-ZÀ-Ö][\w\-]*|du [A-ZÀ-Ö][\w\-]*|of the [A-Z][\w\-]*|of [A-Z][\w\-]*|"
                r"and [A-Z][\w\-]*|et [A-ZÀ-Ö][\w\-]*|internationale?|nationale?|mondiale?|"
                r"africaine?|européenne?|arabe|islamique|unies|générale?)){0,6})",
                norm[e:e + 160],
            )
            generic = re.match(r"\s+(?:de l'|du |de la |des |of the )(organisation|organization|"
                               r"association|union|conseil|council|ministère)\b", norm[e:e + 40],
                               re.IGNORECASE | re.DOTALL)
            # « cérémonie officielle », "official ceremony": a qualifier names the event
            words = event_words()
            after = next((q for q in words.qualifiers_after
                          if re.match(rf"\s+{re.escape(q)}\b", norm[e:e + 40], re.IGNORECASE)),
                         None)
            if after:
                e = e + norm[e:e + 40].lower().find(after.lower()) + len(after)
                score += EVENT["qualifier"]
                comp = re.match(
                    r"(?:\s+(?:de la|de l'|des|du|de|d'|of the|of)\s*)((?:[A-ZÀ-Ö][\w'\-]*)"
                    r"(?:\s+[A-ZÀ-Ö][\w'\-]*){0,4})", norm[e:e + 120])
            before = next((q for q in words.qualifiers_before
                           if re.search(rf"\b{re.escape(q)}\s+$", norm[max(0, s - 30):s],
                                        re.IGNORECASE)), None)
            if before:
                s = s - len(norm[max(0, s - 30):s]) + norm[max(0, s - 30):s].lower().rfind(
                    before.lower())
                score += EVENT["qualifier"]
            lower = None
            if not comp and common.complement is not None and is_common_head(head, language):
                # « discours d'investiture », "inauguration of the new terminal"
                lower = common.complement.match(norm, e, min(len(norm), e + 120))
            if lower:
                e = lower.end()
                score += EVENT["qualifier"]
            elif comp:
                e2 = e + comp.end(1)
                # Keep a closing acronym: « ... de la francophonie (OIF) »
                while e2 > e and norm[e2 - 1] in " ,":
                    e2 -= 1
                e = e2
                score += EVENT["named_complement"]
            elif generic:
                score += EVENT["generic_complement"]
            # preceding qualifiers: "North American Leaders' Summit", « 30e congrès », "2008 G8"
            pre = re.search(
                # words on the same line only: a headline's last word is no qualifier of
                # the body's first event (« … à Trappes\n\nLe conseil municipal … »)
                r"((?:(?:\d+(?:e|è|ème|eme|th|st|nd|rd)?|[IVXL]+e|[A-Z][\w'’\-]*|premier|première|"
                r"\w+ième)[^\S\n]+){1,4})$",
                norm[max(0, s - 60):s],
            )
            if pre and re.search(rf"(?:{_MONTH_ABBR})[a-zéû]*\.?\s+\d{{1,2}}(?:[-–]\d{{1,2}})?\s+$",
                                 norm[max(0, s - 60):s], re.IGNORECASE):
                pre = None  # "a July 9-11 visit": the days of a date name no event
            if pre and not norm[s].isupper() or pre and language == "en":
                cand = pre.group(1)
                words = cand.split()
                while words and fold(words[0]) in ("the", "le", "la", "les", "a", "an", "l"):
                    words.pop(0)
                if words:
                    s = s - len(cand) + cand.find(words[0])
                    score += EVENT["numbered_or_named_before"]
            out.append((score, Span(s, e), head))
    return out


def event_name_spans(norm: str, language: str) -> list[tuple[int, int, str]]:
    """Every place the text names an event by one of its heads (events.yaml), as
    (start, end, head), generic or not: what the organisations list leaves out."""
    return [(sp.start, sp.end, head) for _sc, sp, head in _event_mentions(norm, norm, language)]


_BARE = re.compile(r"^(?:(?:the|this|that|a|an|le|la|les|ce|cet|cette|un|une)\s+|l')?(.*)$",
                   re.IGNORECASE | re.DOTALL)


@cache
def _act_phrases(language: str) -> tuple[str, ...]:
    acts = (read_data_yaml("events.yaml").get("acts") or {}).get(language) or ()
    return tuple(sorted((str(a) for a in acts), key=len, reverse=True))


def _act_event(
    norm: str, language: str, sentences: list[Sentence], first_body: int, first_idx: int
) -> Span | None:
    """With no event named: the article's main act (credentials, a memorandum, an oath) as it is
    written in the headline or the first two sentences, the earliest and then the longest."""
    lead_end = max([s.end for s in sentences if first_idx <= s.index < first_idx + 2]
                   + [min(len(norm), first_body)])
    best: Span | None = None
    for phrase in _act_phrases(language):
        flags = 0 if phrase.isupper() or phrase[:-1].isupper() else re.IGNORECASE
        # Arabic: « أوراق اعتمادهم », a pronoun suffix follows the act's noun.
        tail = "" if language == "ar" else r"(?![\w])"
        m = re.search(rf"(?<![\w]){re.escape(phrase)}{tail}", norm[:lead_end], flags)
        if m and (best is None or m.start() < best.start):
            best = Span(m.start(), m.end())
    return best


# "held on December 15, 2021", « tenue le 3 mai »: the happening carries a date of its own
_HELD_ON_A_DATE = re.compile(r"\s*(?:on|le|du)\s+(?:[^\W\d]+\s+){0,2}\d", re.IGNORECASE)


def _held_event(norm: str, language: str, mentions: list[tuple[Span, str]],
                date_offset: int | None) -> Span | None:
    """With no event named: the first common head alone that the article tells as held ("a
    ceremony held at", « une audience tenue », « reçu en audience »; events.yaml held_cues).
    One held on a date that is not the event's ("the meeting held on December 15") is an
    earlier happening the article recalls."""
    cues = held_cues(language)
    for sp, _head in sorted(mentions, key=lambda m: m[0].start):
        if not _generic_event(norm[sp.start:sp.end], language):
            continue
        for cue in cues:
            if cue.side == "before":
                if cue.form.search(norm[max(0, sp.start - 60):sp.start]):
                    return sp
                continue
            m = cue.form.match(norm, sp.end)
            if not m:
                continue
            dated = _HELD_ON_A_DATE.match(norm, m.end())
            if dated and not (date_offset is not None
                              and m.end() <= date_offset <= m.end() + 40):
                continue
            return sp
    return None


def _generic_event(value: str, language: str) -> bool:
    """A head alone ("meeting", « cette cérémonie », « الزيارة ») names no event."""
    core = fold(_BARE.match(value.strip()).group(1)).strip()
    heads = {fold(h) for h in event_words().heads.get(language, ()) if " " not in h.strip()}
    heads |= {fold(h.head) for h in common_heads(language).heads}
    if language == "ar" and core.startswith("ال"):
        core = core[2:]
        heads = {h[2:] if h.startswith("ال") else h for h in heads}
    # "visite officielle", « الجلسة الافتتاحية »: a head of two words already says which event
    return core in heads


# « le conseil municipal d'installation », "the ceremony of investiture": a happening joined to
# the event by « de » alone is the event's own complement, not another happening.
_JOINED = re.compile(r"\s*(?:d['’]|de|du|des|of(?:\s+the)?)\s*")


def _complement_of(norm: str, event: Span, m: Span) -> bool:
    return m.start >= event.end and bool(_JOINED.fullmatch(norm, event.end, m.start))


def extract_venue(
    text: str,
    norm: str,
    language: str,
    sentences: list[Sentence],
    ents: list[Entity],
    *,
    first_body: int,
    date_offset: int | None,
    excluded: list[tuple[int, int]],
    title_spans: list[tuple[int, int]] = (),
) -> VenueDraft:
    """The venue, never inside a name (``excluded``) nor a title (``title_spans``), but for a
    city a title places after a locative."""
    names = excluded
    excluded = list(excluded) + list(title_spans)
    p = places()
    body_start_sentence = sentence_at(sentences, first_body)
    first_idx = body_start_sentence.index if body_start_sentence else 0
    if body_start_sentence is not None and _credit_line(norm, body_start_sentence):
        first_idx += 1  # « وكالات- », "Agencies –": the lead is the sentence after the credit
    lead = [s for s in sentences if first_idx <= s.index < first_idx + 3]
    lead_text = fold(" ".join(norm[s.start:s.end] for s in lead))
    cue = next(
        (
            w for w in event_words().no_venue
            if re.search(rf"(?<!\w){re.escape(w)}(?!\w)", lead_text)
        ),
        None,
    )

    # read once: both lists below filter the same mentions
    mentions = _event_mentions(text, norm, language)
    all_mentions = [
        (sp, head) for _sc, sp, head in mentions
        # « رئيس مجلس وزراء مصر »: a head inside a title or a name is not an event
        if not any(a <= sp.start < b for a, b in excluded)
    ]
    # happenings told by a common head alone ("a ceremony", « la visite »), not bodies
    happenings = [sp for sp, head in all_mentions if is_common_head(head, language)]
    events = [
        (sc, sp) for sc, sp, _head in mentions
        if not any(a <= sp.start < b for a, b in excluded)
        and not _generic_event(norm[sp.start:sp.end], language)
    ]
    event: Span | None = None
    if events:
        date_sent = sentence_at(sentences, date_offset) if date_offset is not None else None

        def ev_score(item: tuple[float, Span]) -> float:
            sc, sp = item
            sent = sentence_at(sentences, sp.start)
            idx = (sent.index - first_idx) if sent else 0
            same = date_sent is not None and sent == date_sent
            bonus = EVENT["sentence_of_the_date"] if same else 0
            return (sc + bonus + EVENT["per_sentence_later"] * max(idx, 0)
                    + (EVENT["in_headline"] if sp.start < first_body else 0))
        best = max(events, key=lambda it: (ev_score(it), -it[1].start))
        event = best[1]
        if best[0] < 0:
            # « l'Assemblée générale de l'organisation » is anaphoric: prefer the same event
            # named in full further on (« l'Assemblée générale d'Interpol »).
            head = fold(norm[event.start:event.start + 12])
            named = [
                sp for sc, sp in events
                if sc > 0 and fold(norm[sp.start:sp.start + 12]) == head
            ]
            if named:
                event = min(named, key=lambda sp: sp.start)
        # Drop a leading article from the value.
        m = re.match(r"(?:l'|le |la |les |the )", norm[event.start:event.end], re.IGNORECASE)
        if m:
            event = Span(event.start + m.end(), event.end)

    if event is None:
        event = _held_event(norm, language, all_mentions, date_offset)
    if event is None:
        event = _act_event(norm, language, sentences, first_body, first_idx)

    envoys = active_rules().envoy_titles

    def title_city(c: Span) -> bool:
        # « le nouvel ambassadeur français à Alger », "the High Commissioner in Accra": a city an
        # envoy's title (places.yaml envoy_titles) places after a locative is where the envoy
        # serves and is received, the venue when nothing else is; a title's other cities
        # (« maire de Lyon », « responsable du Bureau d'Interpol à Rabat ») name an office
        # (« en présence … de l'ambassadeur de France à Libreville »: an envoy among the
        # guests serves there, the event may be anywhere in the country)
        title = next(((a, b) for a, b in title_spans if a <= c.start < b), None)
        return (title is not None
                and not any(a <= c.start < b for a, b in names)
                and bool(_LOCATIVE.search(norm[max(0, c.start - 12):c.start]))
                and any(fold(w) in envoys for w in _WORD.findall(norm[title[0]:c.start]))
                and not among_those_present(norm, title[0]))

    def opens_a_guest(c: Span) -> bool:
        # « à Sierre S. E. M. Irakli Kurashvili »: a name read from the town on has its town
        # before the form of address that opens it, after a locative
        return _honorific_follows(norm, c.end) and bool(
            _LOCATIVE.search(norm[max(0, c.start - 12):c.start]))

    cities = [
        c for c in _city_mentions(norm, ents)
        if (not any(a <= c.start < b for a, b in excluded) or title_city(c) or opens_a_guest(c))
        and not _in_district(norm, c.start, c.end)
        and not _in_building(norm, c.start, c.end)
        and not _destination(norm, c.start)
    ]
    in_title = [c for c in cities if title_city(c)]
    cities = sorted(cities + [
        c for c in _unlisted_cities(norm, sentences, first_body, date_offset)
        # "here in Tirap district": a district is no town, listed or not
        if (not any(a <= c.start < b for a, b in excluded) or opens_a_guest(c))
        and not _in_district(norm, c.start, c.end)
        and all(c.end <= k.start or c.start >= k.end for k in cities)
    ], key=lambda c: c.start)
    headline_towns = _headline_cities(norm, first_body)
    placed, venue_towns = _venue_word_towns(norm)
    at_hall, hall_towns = _town_building_towns(norm)
    at_building, building_towns, provinces = _placed_towns(norm, language)
    at_named, named_venue_towns = _named_venue_towns(norm)
    placed |= at_hall | at_building | at_named
    venue_towns += hall_towns + building_towns + named_venue_towns
    named_towns = _named_towns(norm)

    def locative(c: Span) -> bool:
        # « à Rabat », "in Accra", and « l'école de Saint-Sauveur »: said where the act was,
        # as « pour Kaolack, où il a inauguré » is
        return c.start in placed or bool(_LOCATIVE.search(norm[max(0, c.start - 12):c.start])
                                         ) or bool(_VISITING.search(
            norm[max(0, c.start - 24):c.start])) or where_clause_act(norm, c.end) or bool(
            _CAPITAL_ADJ.search(norm[max(0, c.start - 30):c.start]))

    cities = sorted(cities + [
        c for c in headline_towns + named_towns + venue_towns + _arrival_capitals(norm)
        if not any(a <= c.start < b for a, b in excluded)
        and all(c.end <= k.start or c.start >= k.end for k in cities)
    ], key=lambda c: c.start)
    # « a appris l'ACAP jeudi à Bangui »: where the news was learned; « intervient une semaine
    # après l'accueil … à Libreville »: another happening's town (data/venue_clauses.yaml)
    # « à Kremlin », "at Rideau Hall": a seat of power (places.yaml landmarks) is no town,
    # though the NER reads it as a place; « prévu à Washington en décembre prochain »: a
    # happening to come
    landmarks = {fold(n) for mark in active_rules().landmarks for n in mark.names}
    cities = [c for c in cities if not reported_from(norm, c.start) and not seat_of(norm, c.start)
              and not comes_from(norm, c.start)
              and fold(norm[c.start:c.end]) not in landmarks
              and not to_come(norm, c.start, c.end)
              and not _at_a_past_time(norm, c, date_offset)
              and c.start not in provinces
              and not earlier_happening(norm, _sentence_start(sentences, c.start), c.start)]
    cities = _drop_places_inside_towns(norm, cities)
    lead_end = lead[-1].end if lead else first_body
    dispersed = several_places(norm, 0, lead_end) if language in ("fr", "en") else None
    dateline: Span | None = None
    for c in cities:
        line_start = norm.rfind("\n", 0, c.start) + 1
        follows = norm[c.end:c.end + 5]
        # "Ulaanbaatar/MONTSAME/.": a wire dateline with the agency after a slash; "Dar es
        # Salaam. President Samia today received…": a newspaper's dateline ending in a stop
        if c.start - line_start <= 2 and re.match(
                r"\s*(?:\(|,|-|–|—|:|/[A-Z]|\s+le\s|\s+في\s|\.\s+[A-Z])", follows):
            dateline = c
            break
        if c.start < first_body + 3 and re.match(r"\s*[,(-]", norm[c.end:c.end + 3]):
            dateline = c
            break

    decree = ("decret", "decree", "dahir", "مرسوم", "ظهير")
    if cue is not None and fold(cue) in decree and decree_read(lead_text, fold(cue)):
        cue = None  # « وبعد قراءة ظهير التعيين »: a decree read at the installation
    if cue is not None and fold(cue) in decree and date_offset is not None:
        # « nommé par décret …, a été installé lundi 14 juillet 2025 à Mongo »: the decree came
        # before; a town after a locative in the sentence of the date is where the event was
        date_sent = sentence_at(sentences, date_offset)
        if date_sent is not None and any(
                date_sent.start <= c.start < date_sent.end
                and locative(c) for c in cities):
            cue = None
    if cue is not None:
        cue = event_words().no_venue_written.get(cue, cue)
        return VenueDraft(None, None, None, event if fold(cue) not in decree else None,
                          dateline, cue)

    def city_score(c: Span) -> float:
        sent = sentence_at(sentences, c.start)
        idx = (sent.index - first_idx) if sent else 0
        score = CITY["per_sentence_later"] * max(idx, 0)
        if locative(c):
            score += CITY["locative_before"]
        if where_clause_act(norm, c.end):
            score += CITY["where_clause_act"]
        if sent and event and sent.start <= event.start < sent.end:
            score += CITY["sentence_of_the_event"]
        if sent and date_offset is not None and sent.start <= date_offset < sent.end:
            score += CITY["sentence_of_the_date"]
        if c in in_title:
            score += CITY["in_a_title"]
        if c.start < first_body:
            score += CITY["in_headline"]
        if dateline and c == dateline:
            score += CITY["dateline"]
            date_sent = sentence_at(sentences, date_offset) if date_offset is not None else None
            if any(x is not None and _HERE.search(norm[x.start:x.end])
                   for x in (date_sent, sentence_at(sentences, event.start) if event else None)):
                score += CITY["dateline_here"]
        return score

    def plausible(c: Span) -> bool:
        # A venue is told with the event or its date, or in the lead with « à »/"in";
        # a city met later (« correspondante à Bruxelles ») is not where the event was.
        sent = sentence_at(sentences, c.start)
        if c == dateline or headline_towns and c == headline_towns[0]:
            return True
        if sent is None:
            return False
        if event and sent.start <= event.start < sent.end:
            # « la visite d'Etat ..., suivie de la visite du président à Luanda »: a city
            # belongs to the nearest event the sentence tells, not across another happening
            # (the event's own head, « visit » of "a two-day state visit", is no other one)
            lo, hi = sorted((event.end, c.start))
            return not any(lo <= m.start < hi and not event.start <= m.start < event.end
                           and not _complement_of(norm, event, m) for m in happenings)
        if date_offset is not None and sent.start <= date_offset < sent.end:
            return True
        if sent in lead and arrived_at(norm, c.start):
            return True  # « ولدى وصوله الى مطار الدوحة »: the town the visitor reached
        placed_here = locative(c)
        # "during a ceremony held at the Ministry in Beijing": an event told by its head alone
        # is still the event; a city after « à »/"in" in its sentence is its venue, unless the
        # sentence names other towns as well (« il a rendu visite aux équipes du centre
        # hospitalier de Montbrison et du centre de secours de Feurs »: a round of places)
        if placed_here and any(sent.start <= m.start < sent.end for m in happenings):
            name = fold(_city_text(norm, c))
            return not any(sent.start <= k.start < sent.end
                           and fold(_city_text(norm, k)) != name for k in cities)
        return sent.index <= first_idx and placed_here

    def another_happening(c: Span) -> bool:
        # « après la visite du ministre à Luanda »: the place of a happening the sentence
        # tells before the city, which is not the event; and
        # a city told with an act past the first sentences (« L'accord a été signé à
        # Georgetown », five sentences in) is another act's
        sent = sentence_at(sentences, c.start)
        return sent is not None and (any(
            sent.start <= m.start < c.start and m != event for m in happenings)
            or _tells_an_act(norm, sentences, c, len(sentences)))

    city: Span | None = None
    office_town = False
    told = [c for c in cities if plausible(c)]
    if dateline is not None and told and language in ("fr", "en") and all(
            c == dateline or c in headline_towns for c in told):
        # « Bangui, 8 mars (ACAP) - … installés … le premier à Ndélé »: a town after « à » /
        # "in" in a sentence of the first paragraphs telling an act is the event's, where the
        # dateline only says where the wire filed from
        wire = fold(_city_text(norm, dateline))
        told += [c for c in cities if c.start >= first_body and locative(c)
                 and c not in in_title and fold(_city_text(norm, c)) != wire
                 and not _told_apart(norm, c)
                 and not _in_another_year(norm, c, sentences, date_offset)
                 and _tells_an_act(norm, sentences, c, first_idx + _ACT_SENTENCES)][:1]
    if dispersed:
        told = []  # « élections … dans plusieurs communautés »: no one town is the venue
    if not told and language in ("fr", "en"):
        # (Arabic venues are read by their own rules: « في نيويورك » after « انتخاب » is the
        # seat of the body that elects, not where the event was.)
        # "The 10 MoUs signed in Guyana's capital Georgetown", "… took place at the Government
        # House in Wellington" further on: with no city told with the event, its date or in
        # the lead, the first after « à »/"in" in a sentence of the first paragraphs that
        # tells an act (events.yaml event_verbs) is where it was
        told = [c for c in cities if c.start >= first_body and locative(c)
                and c not in in_title and c != dateline
                and not _in_another_year(norm, c, sentences, date_offset)
                and _tells_an_act(norm, sentences, c, first_idx + _ACT_SENTENCES)][:1]
    if not told and language == "ar":
        told = _dateline_country_city(norm, [c for c in cities if c not in in_title
                                             and c != dateline], first_body)
    if not told and language == "ar":
        # « في قلب العاصمة السورية دمشق، شهدت الأجواء الدبلوماسية حدثا »: a town the lead
        # places as its nation's capital is where the event was
        told = [c for c in cities if any(x.start <= c.start < x.end for x in lead)
                and c not in in_title
                and _CAPITAL_ADJ.search(norm[max(0, c.start - 30):c.start])][:1]
    if not told and language in ("fr", "en"):
        towns = {t.start for t in named_towns}
        told = _city_told_elsewhere(norm, [
            c for c in cities if c not in in_title and c != dateline
            and (locative(c) or c.start in towns or _departure(norm, c.start))
            and not _told_apart(norm, c) and not another_happening(c)
            and not _in_another_year(norm, c, sentences, date_offset)
            and not whereabouts(norm, c.start)], lead, language)
    cities = told
    if cities:
        city = max(cities, key=lambda c: (city_score(c), -c.start))
    country: Span | None = None
    label: str | None = None
    if city is not None:
        after = norm[city.end:city.end + 60]
        m = re.match(r"\s*(?:,\s*(?:en |au |aux |in |dans l'|à )?|\(|\s(?:en|au|aux|in)\s|،\s*)",
                     after)
        if m:
            rest = city.end + m.end()
            for _name, n in _country_needles(p.country_spellings):
                if norm.startswith(n, rest) and not (rest + len(n) < len(norm)
                                                    and norm[rest + len(n)].isalnum()):
                    country = Span(rest, rest + len(n))
                    break
        if country is None:
            key = _city_key(norm, city)
            if key:
                labels = p.country_labels.get(key, {}).get(language) or ()
                label = labels[0] if labels else None
            else:
                # A city the gazetteer lacks: « à Oviedo, ..., dans le nord-ouest de l'Espagne »
                sent = sentence_at(sentences, city.start)
                if sent is not None:
                    country = _first_country(norm, city.end, sent.end)
                if country is None:
                    # « Bouaké, 24 déc (AIP) - … le centre de santé d'Agbagnansou (trois km de
                    # Bouaké) »: the country of the dateline's city, or of a listed city told
                    # in the same sentence
                    listed = [k for k in cities if k != city and _city_key(norm, k)
                            and (k == dateline or sent is not None
                                 and sent.start <= k.start < sent.end)]
                    if listed:
                        labels = p.country_labels.get(_city_key(norm, listed[0]) or "", {}
                                                      ).get(language) or ()
                        label = labels[0] if labels else None
                if country is None and label is None:
                    country = _cue_country(norm, first_body)
                if country is None and label is None:
                    # « Muriel Nguyen, la nouvelle préfète de la Somme » … « à Amiens »: the
                    # headline may be the one to name the town's region
                    head = [x for x in sentences if x.end <= first_body and x not in lead]
                    near = [x for x in (sent,) if x is not None] + lead + head
                    country, label = _region_country(norm, near, language)
                if country is None and label is None:
                    country, label = _prevailing_country(norm, language)
                if country is None and label is None:
                    country, label = _arabic_division_country(norm, near, language)
    if city is None and not dispersed:
        # No venue city told with the event: the city a wire dateline or a by-line gives
        # ("Paris, February 23 (QNA) –" inside a paragraph; "From X in Kigali, Rwanda"), the
        # press office's convention for where a story was reported from.
        city = (_landmark_city(norm, lead, date_offset, sentences, names)
                or _embedded_dateline(norm, first_body) or _byline_city(norm, first_body))
        if city is None:
            # last: the town a local official's title names, where the official acts
            city = _office_town(norm, sentences, first_body, first_idx)
            if city is None and language == "ar":
                city = _arabic_office_town(norm, sentences, first_body, first_idx,
                                           {fold(norm[t.start:t.end]) for t in named_towns})
            office_town = city is not None
        if city is not None:
            key = p.city_country.get(fold(norm[city.start:city.end]))
            if key:
                labels = p.country_labels.get(key, {}).get(language) or ()
                label = labels[0] if labels else None
    if city is None or office_town and label is None:
        # (an office town the gazetteer lacks tells no country: the article's own cues do)
        # « a reçu … à l'Elysée » … « la crise au Mali »: the seat of power the event is told
        # at says its country before a country the lead names otherwise
        country, label = _landmark_country(norm, lead, date_offset, sentences, language)
        if country is None:
            country, label = _venue_country(norm, lead, language)
        country = country or _cue_country(norm, first_body)
        if country is None and label is None:
            country, label = _visited_country(norm, [
                x for x in sentences if first_idx <= x.index <= first_idx + _ACT_SENTENCES],
                language)
        if country is None and label is None:
            country, label = _prevailing_country(norm, language)
        if country is None and label is None:
            # last: a capital may be another country's, which a head of state or government
            # the article names would outweigh. A division tells the country of a town in it
            # (above), not of an article that writes no town: « محافظ محافظة البيضاء » with
            # no city leaves the country unwritten, as annotators read it.
            head = [x for x in sentences if x.end <= first_body and x not in lead]
            country, label = _arabic_division_country(norm, head + lead, language,
                                                      divisions=False)
    city_label = None
    if city is not None and _city_text(norm, city) != norm[city.start:city.end]:
        city_label = _city_text(norm, city)
    elif city is not None and _in_capitals(text[city.start:city.end]):
        city_label = _spelled(text[city.start:city.end])
    return VenueDraft(city, country, label, event, dateline, None, city_label, dispersed)


# « du champ d'Arbaud, à Basse-Terre », "the Karura grounds, in Nairobi": the connector
# between a place and the town it lies in
_IN_THE_TOWN = re.compile(r"[^\S\n]*(?:,[^\S\n]*)?(?:à|in)[^\S\n]+")


def _drop_places_inside_towns(norm: str, cities: list[Span]) -> list[Span]:
    """« au monument aux morts du champ d'Arbaud, à Basse-Terre », « la rue Lamartine, à
    Quimperlé »: a place named directly before « à » / "in" and another town is a field, a
    street or a quarter of that town, which is the event's. Without a comma, only a place the
    gazetteer lacks (« de Dakar à Thiès » is a road between two towns)."""
    by_start = {c.start: c for c in cities}
    table = places().city_country
    kept = []
    for c in cities:
        m = _IN_THE_TOWN.match(norm, c.end)
        town = by_start.get(m.end()) if m else None
        name = fold(_city_text(norm, c))
        if town is not None and name != fold(_city_text(norm, town)) and (
                "," in m.group(0) or name not in table):
            continue
        kept.append(c)
    return kept


# « وكالات- », "(Agencies) –": a wire credit alone on the line the body opens with
_CREDIT = re.compile(r"[^\S\n]*\(?[^\W\d]+(?:[^\S\n][^\W\d]+)?\)?[^\S\n]*[-–—:][^\S\n]*")


def _credit_line(norm: str, sent: Sentence) -> bool:
    """Is the sentence a credit line without a town (« وكالات- »), the body's next sentence
    then the lead, where the venue is told?"""
    line = norm[sent.start:sent.end]
    return (norm[sent.end:sent.end + 1] in ("\n", "") and bool(_CREDIT.fullmatch(line))
            and not any(_lookup_city(w) is not None for w in _WORD.findall(line)))


def _sentence_start(sentences: list[Sentence], offset: int) -> int:
    sent = sentence_at(sentences, offset)
    return sent.start if sent is not None else max(0, offset - 200)


def _in_capitals(written: str) -> bool:
    """A Latin name written all in capitals (a wire's dateline: "LUSAKA", « NDÉLÉ »)."""
    return len(written) > 1 and written.isupper() and not re.search(f"[{_AR}]", written)


@cache
def _city_spellings() -> dict[str, str]:
    """Folded city name -> the gazetteer's spelling of it."""
    out: dict[str, str] = {}
    for name in places().city_spellings:
        if not name.isupper():
            out.setdefault(fold(name), name)
    return out


def _spelled(written: str) -> str:
    """A dateline's city in capitals as a release writes it: the gazetteer's spelling
    ("LUSAKA": Lusaka, "DAR ES SALAAM": Dar es Salaam), else each word capitalised
    (« SAINT-LOUIS »: Saint-Louis)."""
    listed = _city_spellings().get(fold(written))
    if listed:
        return listed
    return re.sub(r"[^\W\d_]+", lambda m: m.group(0)[0] + m.group(0)[1:].lower(), written)


# « à Luanda en 2023 », « correspondante à Bruxelles depuis 2001 », "in Lagos since 2019":
# a city told with another time than the event's
_ANOTHER_TIME = re.compile(
    r"\s*,?\s*(?:(?:en|in|depuis|since|dès|from|au cours de|in the year)\s+(?:l'an\s+)?"
    r"(?:19|20)\d\d\b|(?:depuis|since)\b)", re.IGNORECASE)


_MONTHS = (r"(?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|"
           r"octobre|novembre|décembre|decembre|January|February|March|April|May|June|July|"
           r"August|September|October|November|December)")
# « à Lomé début octobre dernier », « à Kayes le mois dernier », "in Accra last October": a
# past time told right after the town, without a day
_PAST_TIME_AFTER = re.compile(
    rf"\s*,?\s*(?:(?:au\s+)?(?:début|fin|mi-|courant)\s*)?{_MONTHS}\s+dernier\b"
    r"|\s*,?\s*(?:le\s+)?mois\s+dernier\b|\s*,?\s*l'(?:an|année)\s+derni[eè]re?\b"
    rf"|\s*,?\s*(?:early\s+|late\s+)?last\s+(?:week|month|year|{_MONTHS})\b", re.IGNORECASE)


def _at_a_past_time(norm: str, c: Span, date_offset: int | None) -> bool:
    """« aux assises de la coopération à Lomé début octobre dernier », "the forum in Accra last
    October": a town told with a past month, no day of it, is an earlier happening's, unless
    the event's own date is told there."""
    m = _PAST_TIME_AFTER.match(norm, c.end)
    return m is not None and not (date_offset is not None
                                  and c.start - 40 <= date_offset <= m.end())


# « l'attaque le mois dernier à Londres », "the attack last month in London"
_ANOTHER_TIME_BEFORE = re.compile(
    r"(?:last (?:month|year|week)|le mois dernier|l'an dernier|l'année dernière|en (?:19|20)\d\d"
    r"|in (?:19|20)\d\d)\s+(?:à|au|in|at)\s+$", re.IGNORECASE)


def _departure(norm: str, start: int) -> bool:
    """« La délégation doit quitter Kinshasa ce soir », "before leaving Lusaka": the city a
    visitor leaves is where the visit was (places.yaml departure_words)."""
    words = active_rules().departure_words
    before = re.search(r"([^\W\d]+)\s+$", norm[max(0, start - 24):start])
    return before is not None and fold(before.group(1)) in words


def _told_apart(norm: str, c: Span) -> bool:
    """A city that cannot be the event's told elsewhere: with another time (« à Luanda en
    2023 »), an envoy's post (« du consul du Sénégal à Lyon »), a word of a longer name
    (« déclaré à Ouest-France »)."""
    if _ANOTHER_TIME.match(norm, c.end) or _ANOTHER_TIME_BEFORE.search(
            norm[max(0, c.start - 40):c.start]):
        return True
    envoys = active_rules().envoy_titles
    post = re.search(r"((?:[\w'’\-]+\s+){1,4})(?:à|au|in|at|to)\s+$",
                     norm[max(0, c.start - 60):c.start], re.IGNORECASE)
    if post is not None and any(fold(w) in envoys for w in post.group(1).split()):
        return True  # « du consul du Sénégal à Lyon »: where the envoy serves
    text = norm[c.start:c.end]
    return "-" in text and any(fold(w) in places().country_names for w in text.split("-"))


def _dateline_country_city(norm: str, cities: list[Span], first_body: int) -> list[Span]:
    """« العراق / نبأ – استقبل الرئيس العراقي … التعاون بين بغداد والدوحة »: with no city
    told with the event, a dateline that names the country (places.yaml country_cues) places
    it in the one town of that country the article names, if it names only one."""
    cue = _cue_country(norm, first_body)
    if cue is None or cue.start < first_body:
        return []
    key = places().country_names.get(fold(norm[cue.start:cue.end]))
    first: dict[str, Span] = {}
    for c in cities:
        if key is not None and _city_key(norm, c) == key:
            first.setdefault(fold(_city_text(norm, c)), c)
    return list(first.values()) if len(first) == 1 else []


# « conquise à Brasschaat (au nord d'Anvers) lors du scrutin communal d'octobre 2012 », "won
# in Kitwe in the 2016 election": a year told in the town's clause
_YEAR_AFTER = re.compile(r"[^.;!?\n]{0,70}?(?<![\d])((?:19|20)\d\d)(?![\d])")
_YEAR = re.compile(r"(?<![\d])(?:19|20)\d\d(?![\d])")


# « ce lundi 13 mars », "on Monday, March 13", "13 March": a day told with its month
_DAY_OF_MONTH = re.compile(
    r"(?<![\w])(?:\d{1,2}(?:er|st|nd|rd|th)?\s+(?:janvier|février|fevrier|mars|avril|mai|juin|"
    r"juillet|août|aout|septembre|octobre|novembre|décembre|decembre|January|February|March|"
    r"April|May|June|July|August|September|October|November|December)|(?:January|February|"
    r"March|April|May|June|July|August|September|October|November|December)\s+\d{1,2})(?!\w)")


def _days_of_month(norm: str, start: int, end: int) -> list[tuple[str, str]]:
    """Each day told with its month between start and end, as (day, month's first letters)."""
    out = []
    for m in _DAY_OF_MONTH.finditer(norm, start, end):
        words = fold(m.group(0)).split()
        day = next(w for w in words if w[:1].isdigit())
        month = next(w for w in words if not w[:1].isdigit())
        out.append((re.sub(r"\D", "", day), month[:3]))
    return out


def _day_of_month(norm: str, start: int, end: int) -> tuple[str, str] | None:
    days = _days_of_month(norm, start, end)
    return days[0] if days else None


def _in_another_year(norm: str, c: Span, sentences: list[Sentence],
                     date_offset: int | None) -> bool:
    """Is the town told in a clause that names a year the event's date does not write (its
    sentence's years), or in a sentence dated another day than the event's (« prendra ses
    fonctions ce lundi 13 mars après un dépôt de gerbe … de Créteil »)? Then it is another
    happening's, an earlier election or a later ceremony."""
    date_sent = sentence_at(sentences, date_offset) if date_offset is not None else None
    sent = sentence_at(sentences, c.start)
    event_day = _day_of_month(norm, date_offset, date_offset + 40) \
        if date_offset is not None else None
    if event_day is not None and sent is not None and any(
            day != event_day for day in _days_of_month(norm, sent.start, sent.end)):
        return True
    m = _YEAR_AFTER.match(norm, c.end)
    if m is None:
        return False
    years = set(_YEAR.findall(norm, date_sent.start, date_sent.end)) if date_sent else set()
    return m.group(1) not in years


def _city_told_elsewhere(norm: str, cities: list[Span], lead: list[Sentence],
                         language: str) -> list[Span]:
    """« reçu ce matin au palais de la nation » … « La délégation doit quitter Kinshasa ce
    soir »: with the event told at a building and no city beside it, the one city the article
    names is the event's; of several, the one city of the country the lead places the event in
    (« accrédités auprès de la Côte d'Ivoire » … « à Dakar » … « à Abidjan »)."""
    first: dict[str, Span] = {}
    for c in cities:
        first.setdefault(fold(_city_text(norm, c)), c)
    if len(first) == 1:
        return list(first.values())
    host, _label = _venue_country(norm, lead, language)
    if host is None:
        return []
    key = places().country_names.get(fold(norm[host.start:host.end]))
    inside = [c for c in first.values() if key is not None and _city_key(norm, c) == key]
    return inside if len(inside) == 1 else []


_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’\-]+(?:\s+(?:of\s+|de\s+|du\s+)?[A-Z][\w'’\-]+){0,3}")


# How far into the body a sentence telling an act may still tell the venue of the event.
_ACT_SENTENCES = 4


def _tells_an_act(norm: str, sentences: list[Sentence], c: Span, last: int) -> bool:
    """Does the sentence of `c`, no further than sentence `last`, tell an act by one of the
    event verbs (events.yaml)?"""
    sent = sentence_at(sentences, c.start)
    if sent is None or sent.index > last:
        return False
    folded = fold(norm[sent.start:sent.end])
    return any(re.search(rf"(?<!\w){re.escape(v)}(?!\w)", folded)
               for v in event_words().event_verbs)


def _region_country(norm: str, near: list[Sentence], language: str
                    ) -> tuple[Span | None, str | None]:
    """A town the gazetteer lacks, with its province or state named near it ("Cheyenne …
    Wyoming Governor", "Kohima … Nagaland", "Tepa … Ahafo"): the country of that region, when
    the region's name belongs to one country only."""
    table = region_countries()
    p = places()
    for sent in near:
        for m in _CAPITALISED_RUN.finditer(norm, sent.start, sent.end):
            # "Ahafo-Ano North District": Ahafo is the region
            words = list(re.finditer(r"[^\s\-]+", m.group(0)))
            for i in range(len(words)):
                for j in range(len(words), i, -1):
                    s, e = m.start() + words[i].start(), m.start() + words[j - 1].end()
                    key = table.get(fold(norm[s:e]))
                    if key is None or fold(norm[s:e]) in p.country_names:
                        continue
                    labels = p.country_labels.get(key, {}).get(language) or ()
                    if labels:
                        return Span(s, e), labels[0]
    return None, None


def _arabic_division_country(norm: str, near: list[Sentence], language: str,
                             divisions: bool = True) -> tuple[Span | None, str | None]:
    """A division named after its head word (« محافظ المهرة », « بولاية صفاقس »), when
    ``divisions``, or a capital told by its nation's adjective (« العاصمة المصرية ») in the
    headline or the lead: that country (data/arabic_regions.yaml). The span is the division's
    or the adjective's, the label the country's name."""
    if language != "ar":
        return None, None
    for find in (region_country, capital_country)[0 if divisions else 1:]:
        for sent in near:
            hit = find(norm, sent.start, sent.end)
            labels = places().country_labels.get(hit[2], {}).get(language) or () if hit else ()
            if hit and labels:
                return Span(hit[0], hit[1]), labels[0]
    return None, None


def _cue_country(norm: str, first_body: int) -> Span | None:
    """The country a headline prefix (« Tchad : … ») or a dateline (« Massakori, Tchad. – »)
    writes, by the cues of places.yaml (country_cues)."""
    names = places().country_names
    for cue in active_rules().country_cues:
        if cue.where == "headline":
            start = len(norm) - len(norm.lstrip())
            end = norm.find("\n", start)
            end = first_body if end < 0 or first_body <= start else min(end, first_body)
        else:
            start = first_body + len(norm[first_body:]) - len(norm[first_body:].lstrip())
            end = norm.find("\n", start)
            end = len(norm) if end < 0 else end
        m = cue.form.match(norm, start, end)
        if m and fold(m.group("country").strip()) in names:
            return Span(m.start("country"), m.start("country") + len(m.group("country").strip()))
    return None


_MONTH_ABBR = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
               r"|janv|févr|mars|avr|mai|juin|juil|août|sept|oct|nov|déc")


def _gazetteer_span(norm: str, s: int, e: int) -> Span | None:
    text = norm[s:e]
    off = _lookup_city(text)
    return Span(s + off, e) if off is not None else None


def _office_town(norm: str, sentences: list[Sentence], first_body: int,
                 first_idx: int) -> Span | None:
    """The town of a local office (places.yaml local_offices) in the headline or the first
    sentences of the body, as far as an act may still tell the venue (_ACT_SENTENCES):
    « ses fonctions de sous-préfet de Langon », « maire d’Élancourt », "Mayor of Hohoe". The
    official acts there; a department or a body (« préfet de la Somme », "Governor of the
    Central Bank") takes an article, and a region, a country or a common word is no town."""
    from .people.lexicon import name_data

    offices = active_rules().local_offices
    words = [re.escape(o.word) for o in offices]
    if not words:
        return None
    town_only = {fold(o.word) for o in offices if o.of_a_town}
    _, _, non_names = name_data()
    given = _given_names()
    visitors = active_rules().local_visitors
    p = places()
    regions = region_countries()
    alt = "|".join(sorted(words, key=len, reverse=True))
    rx = re.compile(rf"(?<![\w\-])((?i:{alt}))[^\S\n]+(?:de[^\S\n]+|d['’]|of[^\S\n]+)"
                    r"([A-ZÀ-Ö][\w'’]*(?:-[\w'’]+)*(?:[^\S\n][A-ZÀ-Ö][\w'’]*){0,2})")
    # "Kitwe's 40th mayor", "Nakuru's new governor": the English possessive names the town
    possessive = re.compile(
        r"(?<![\w\-])([A-Z][\w\-]*(?:[^\S\n][A-Z][\w\-]*)?)['’]s[^\S\n]+"
        rf"(?:(?:\d+(?:st|nd|rd|th)|new|first|next|current|former)[^\S\n]+)?(?:(?i:{alt}))"
        r"(?![\w\-])")
    near = [x for x in sentences if x.end <= first_body
            or first_idx <= x.index <= first_idx + _ACT_SENTENCES]
    for sent in near:
        for m in possessive.finditer(norm, sent.start, sent.end):
            f = fold(m.group(1))
            if f in p.country_names or f in p.demonyms or f in non_names or f in given or (
                    f in regions and f not in p.city_country):
                continue  # "Kenya's governor", "Mary's mayor" name no town
            return Span(m.start(1), m.end(1))
        for m in rx.finditer(norm, sent.start, sent.end):
            if any(fold(w) in visitors for w in _WORD.findall(norm[sent.start:m.start()])):
                continue  # « a reçu le maire de Lyon »: the official came from there
            # "Mayor of New York", « maire de Langon Philippe Plagnol »: a listed name of up
            # to three words, else the first (hyphenated) word alone
            parts = m.group(2).split()
            name = next((" ".join(parts[:n]) for n in range(len(parts), 1, -1)
                         if fold(" ".join(parts[:n])) in p.city_country), parts[0])
            f = fold(name)
            if f in non_names or f in p.country_names or f in p.demonyms or (
                    f in regions and f not in p.city_country  # Kankan is both
                    and fold(m.group(1)) not in town_only):
                continue
            # « gouverneur de Hadjer Lamis »: an unlisted name of several words is a region
            # or a body, not « maire de Langon Philippe Plagnol » with a person after it
            rest = parts[len(name.split()):]
            if rest and fold(rest[0]) not in given or any(
                    fold(" ".join(parts[:n])) in regions for n in range(2, len(parts) + 1)):
                continue
            return Span(m.start(2), m.start(2) + len(name))
    return None


def _arabic_office_town(norm: str, sentences: list[Sentence], first_body: int,
                        first_idx: int, named: set[str] = frozenset()) -> Span | None:
    """The gazetteer town an Arabic local office governs (« العامل الجديد على إقليم الناظور »,
    « واليا لولاية وهران », « محافظ أسوان »; venue_clauses.yaml office_divisions) in the
    headline or the first sentences of the body, where the official acts; or the town whose
    council's head the article names (« رئيس بلدية صيدا », « رئيسا للمجلس الجماعي لأزمور »;
    council_heads), a gazetteer town or one of ``named``, the (folded) towns the article
    names as such (« مدينة أزمور »)."""
    p = places()
    near = [x for x in sentences if x.end <= first_body
            or first_idx <= x.index <= first_idx + _ACT_SENTENCES]
    for sent in near:
        for s, e in office_division_towns(norm, sent.start, sent.end):
            f = fold(norm[s:e])
            if f in p.city_country and f not in p.country_names:
                return Span(s, e)
        for s, e in council_towns(norm, sent.start, sent.end):
            f = fold(norm[s:e])
            if (f in p.city_country or f in named) and f not in p.country_names:
                return Span(s, e)
    return None


def _embedded_dateline(norm: str, first_body: int) -> Span | None:
    """A wire dateline quoted inside the text: "Paris, February 23 (QNA) –"."""
    rx = re.compile(
        rf"(?:^|[:.«\n]\s*)([A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){{0,2}}),\s*(?:{_MONTH_ABBR})"
        rf"[a-zéû]*\.?\s+\d{{1,2}}\s*\(",
    )
    for m in rx.finditer(norm, first_body):
        sp = _gazetteer_span(norm, m.start(1), m.end(1))
        if sp is not None:
            return sp
    return None


def _byline_city(norm: str, first_body: int) -> Span | None:
    """A by-line that says where the reporter filed from: "From Victoria Ruzvidzo in Kigali"."""
    rx = re.compile(
        r"(?m)^(?:From|By|De|Par|Reporting by)\s+[A-Z][^\n]{0,60}?\s(?:in|à)\s+"
        r"([A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){0,2})\s*(?:,[^\n]{0,30})?$"
    )
    for m in rx.finditer(norm):
        if m.start() > first_body + 400:
            break
        sp = _gazetteer_span(norm, m.start(1), m.end(1))
        if sp is not None:
            return sp
    return None


# "in Rwanda", « en France », « في مصر », « بالمغرب »; and where envoys are accredited, which is
# where they present their credentials: « accrédités auprès de la Côte d'Ivoire », « سفراء جدد
# لدى الجزائر », "accredited to Tanzania"; and where a visit goes: "the State Visit to
# Mauritius", "visited Haiti". « auprès de l’Union » is written with either apostrophe.
_COUNTRY_LOCATIVE = re.compile(
    r"(?:\b(?:in|en|au|aux|à|accredited to|visit to|visited|auprès (?:de la|de l['’]|du|des|de))"
    r"\s*(?<=\s|['’])"
    r"|(?:^|\s)(?:في\s+|لدى\s+|الى\s+|إلى\s+|ب))$",
    re.IGNORECASE,
)


# "Ambassador Extraordinary and Plenipotentiary of the Republic of Cuba to Mongolia": an
# envoy's title says, after « to », the country that receives the envoy.
_ENVOY_TO = re.compile(
    r"\b(?:ambassador|envoy|high commissioner)\b[^.\n]{0,80}?\bto\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _occurrences(text: str, name: str, start: int, end: int) -> Iterator[int]:
    """Where ``name`` starts between start and end, left to right without overlap (a plain
    search: a regular expression for each of the gazetteer's hundreds of spellings would
    overflow the expression cache and be compiled again for every article)."""
    i = text.find(name, start, end)
    while i >= 0:
        yield i
        i = text.find(name, i + len(name), end)


_NEEDLES: dict[int, tuple[tuple[str, ...], tuple[tuple[str, str], ...]]] = {}


def _country_needles(spellings: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """Each country spelling with the text's apostrophe, built once per gazetteer (kept by
    identity: a gazetteer read again gets its own)."""
    got = _NEEDLES.get(id(spellings))
    if got is None or got[0] is not spellings:
        got = _NEEDLES[id(spellings)] = (
            spellings, tuple((name, name.replace("’", "'")) for name in spellings))
    return got[1]


def _venue_country(norm: str, lead: list[Sentence], language: str
                   ) -> tuple[Span | None, str | None]:
    """With no city: a country the lead says the event was in (« en France », "in Rwanda",
    « في مصر »), with the gazetteer's name for it when the text writes a long official form
    (« لدى الجمهورية العربية السورية »: « سوريا »)."""
    p = places()
    needles = _country_needles(p.country_spellings)
    if lead:
        # a spelling the lead does not hold at all is in none of its sentences
        lo, hi = min(s.start for s in lead), max(s.end for s in lead)
        needles = [(name, n) for name, n in needles if norm.find(n, lo, hi) >= 0]
    for sent in lead:
        for name, n in needles:
            for s in _occurrences(norm, n, sent.start, sent.end):
                e = s + len(n)
                if e < len(norm) and norm[e].isalnum() or s > 0 and norm[s - 1].isalnum() and \
                        not (norm[s - 1] in "بف" and (s < 2 or not norm[s - 2].isalnum())):
                    continue
                if _COUNTRY_LOCATIVE.search(norm[max(0, s - 20):s]) or _ENVOY_TO.search(
                        norm[max(0, s - 100):s]):
                    return Span(s, e), _short_country_name(name, language)
    return None, None


def _visited_country(norm: str, near: list[Sentence], language: str
                     ) -> tuple[Span | None, str | None]:
    """With no city: the country a visit or a stay leads to in the first sentences of the body
    (« Pour sa première visite au Luxembourg », venue_clauses.yaml visit_words)."""
    needles = _country_needles(places().country_spellings)
    best: tuple[Span, str] | None = None
    for sent in near:
        for name, n in needles:
            for s in _occurrences(norm, n, sent.start, sent.end):
                if _country_bounds_ok(norm, s, s + len(n)) and visit_destination(norm, s) and (
                        best is None or s < best[0].start):
                    best = Span(s, s + len(n)), name
        if best is not None:
            return best[0], _short_country_name(best[1], language)
    return None, None


def _landmark_country(norm: str, lead: list[Sentence], date_offset: int | None,
                      sentences: list[Sentence], language: str
                      ) -> tuple[Span | None, str | None]:
    """With no city: the country of a seat of power the lead or the date's sentence names as
    where the event was ("at Rashtrapati Bhavan", « في البيت الأبيض »; places.yaml landmarks).
    The city stays unwritten: the article does not name it. The span is the landmark's, the
    label the country's name."""
    p = places()
    for mark, hit in _event_landmarks(norm, lead, date_offset, sentences):
        labels = p.country_labels.get(mark.country, {}).get(language) or ()
        if labels:
            return hit, labels[0]
    return None, None


def _event_landmarks(norm: str, lead: list[Sentence], date_offset: int | None,
                     sentences: list[Sentence]) -> Iterator[tuple[Landmark, Span]]:
    """The seats of power (places.yaml landmarks) the lead or the date's sentence names, each
    with its first mention there, in the table's order."""
    where = list(lead)
    date_sent = sentence_at(sentences, date_offset) if date_offset is not None else None
    if date_sent is not None and date_sent not in where:
        where.append(date_sent)
    for mark in active_rules().landmarks:
        for name in mark.names:
            rx = re.compile(rf"(?<![\w]){re.escape(name)}(?![\w])")
            hit = next((m for x in where if (m := rx.search(norm, x.start, x.end))), None)
            if hit:
                yield mark, Span(hit.start(), hit.end())
                break


def _landmark_city(norm: str, lead: list[Sentence], date_offset: int | None,
                   sentences: list[Sentence], names: list[tuple[int, int]]) -> Span | None:
    """With no city told with the event: the town of the seat of power where it was ("at
    Buckingham Palace"; places.yaml landmarks, city) when the article writes that town
    anywhere ("High commissioners based in London", « Lepetitjournal Londres »): its first
    mention outside a person's name. A town the article does not write is not guessed."""
    for mark, _hit in _event_landmarks(norm, lead, date_offset, sentences):
        found = []
        for name in mark.city:
            rx = re.compile(rf"(?<![\w\-]){re.escape(name)}(?![\w\-])")
            found += [Span(m.start(), m.end()) for m in rx.finditer(norm)
                      if not any(a <= m.start() < b for a, b in names)]
        if found:
            return min(found, key=lambda sp: sp.start)
    return None


def _short_country_name(written: str, language: str) -> str | None:
    """The gazetteer's name of a country written in a long official form (two words or more
    beyond it: « الجمهورية العربية السورية », "the Republic of the Union of Myanmar")."""
    p = places()
    key = p.country_names.get(fold(written))
    labels = p.country_labels.get(key, {}).get(language) or () if key else ()
    if labels and len(written.split()) >= len(labels[0].split()) + 2:
        return labels[0]
    return None


def _country_bounds_ok(norm: str, s: int, e: int) -> bool:
    if e < len(norm) and norm[e].isalnum():
        return False
    return not (s > 0 and norm[s - 1].isalnum()
                and not (norm[s - 1] in "بف" and (s < 2 or not norm[s - 2].isalnum())))


def _first_country(norm: str, start: int, end: int) -> Span | None:
    """The first country written between start and end."""
    best: Span | None = None
    for _name, n in _country_needles(places().country_spellings):
        i = norm.find(n, start, end)
        while i >= 0 and not _country_bounds_ok(norm, i, i + len(n)):
            i = norm.find(n, i + 1, end)
        if i >= 0 and (best is None or i < best.start):
            best = Span(i, i + len(n))
    return best


_AR_CLITIC = re.compile(r"^(?:و|ب|ل|ف)(?=ال)")


@cache
def _host_office_forms(offices: tuple[HostOffice, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The host's own offices (places.yaml host_offices) as two expressions: before the
    country or its demonym ("President of India", « le président mongol », « la cour suprême
    du Togo », « الرئيس المصري »), and after an English possessive ("Tunisia's new assembly
    speaker")."""
    def alt(words: set[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"

    before_words = {w for h in offices if h.side == "before" for w in h.words}
    arabic = {w for w in before_words if re.search(f"[{_AR}]", w)}
    # "President of the Republic of Uganda", « président de la République du Bénin »: the
    # state's form may stand between the office and the country
    before = re.compile(rf"(?:\b(?:{alt(before_words - arabic)})|(?:^|\s)(?:{alt(arabic)}))"
                        r"\s*(?:(?:of\s+the|de\s+la)\s+(?:Republic|République)\s+)?"
                        r"(?:of\s+|de\s+|du\s+|d'|de la\s+|des\s+)?$", re.IGNORECASE)
    after_words = {w for h in offices if h.side == "after" for w in h.words}
    after = re.compile(rf"['’]s\s+(?:[\w\-]+\s+){{0,3}}?(?:{alt(after_words)})\b",
                       re.IGNORECASE)
    return before, after


def _prevailing_country(norm: str, language: str) -> tuple[Span | None, str | None]:
    """With no venue written: the country whose head of state, government or parliament the
    article names ("14th President of India", « السلام الملكي الأردني »), when one prevails."""
    p = places()
    counts: dict[str, int] = {}
    first: dict[str, Span] = {}
    office_before, office_after = _host_office_forms(active_rules().host_offices)

    def add(key: str, s: int, e: int) -> None:
        # a country named only as a subject ("Morocco was elected") is not where the event was
        if not (office_before.search(norm[max(0, s - 40):s])
                or office_after.match(norm, e, e + 60)):
            return
        counts[key] = counts.get(key, 0) + 1
        if key not in first or s < first[key].start:
            first[key] = Span(s, e)

    for name, n in _country_needles(p.country_spellings):
        key = p.country_names.get(fold(name))
        if key is None:
            continue
        for s in _occurrences(norm, n, 0, len(norm)):
            if _country_bounds_ok(norm, s, s + len(n)):
                add(key, s, s + len(n))
    for m in re.finditer(r"[\w'’\-]+", norm):
        word = _AR_CLITIC.sub("", m.group(0))
        key = p.demonyms.get(fold(word))
        if key is not None:
            add(p.nation_state.get(key, key), m.start(), m.end())
    if not counts:
        return None, None
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    key, n = ranked[0]
    if len(ranked) > 1 and ranked[1][1] >= n:
        return None, None
    labels = p.country_labels.get(key, {}).get(language) or ()
    return first[key], (labels[0] if labels else None)
