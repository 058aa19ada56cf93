"""Clauses that tell whether a town a sentence names is where the event was, kept as data in
``data/venue_clauses.yaml`` with their examples: a relative clause telling the act there
(« à Malabo, où il a été reçu »), a report's clause (« a appris l'ACAP … à Bangui »), a
sentence relating the event to an earlier happening (« intervient … après la visite … à
Washington »), a lead telling the event in several places at once (« dans plusieurs
communes »), a town's own civic building ("the Eldoret City Hall") or landmark ("Sydney
Harbour"), an Arabic local office's town (« واليا لولاية وهران »), a decree read at the
ceremony (« قراءة ظهير التعيين »), a visitor's arrival (« لدى وصوله الى مطار الدوحة »), an
envoy among those present (« en présence … de l'ambassadeur de France à Libreville ») and
officials of several towns (« les maires de douze des vingt communes »)."""

from __future__ import annotations

import re
from contextlib import AbstractContextManager
from dataclasses import dataclass
from functools import cache

from .reference import event_words, fold, read_data_yaml
from .rule_switches import RuleSwitches


class VenueClauseError(ValueError):
    """venue_clauses.yaml has a malformed list: the message names the list and field."""


@dataclass(frozen=True)
class Example:
    text: str
    city: str | None
    country: str | None = None  # checked only when the entry gives it (``has_country``)
    has_country: bool = False


@dataclass(frozen=True)
class ClauseList:
    name: str
    words: tuple[str, ...]  # folded; for earlier_happenings the verbs, several_places the
    # quantifiers
    others: tuple[str, ...]  # folded: the links (earlier_happenings), the places (several)
    examples: tuple[Example, ...]  # the list's example first, then its `also`


_LISTS = {"where_clauses": ("words", None), "reporting_words": ("words", None),
          "earlier_happenings": ("verbs", "links"), "several_places": ("quantifiers", "places"),
          "town_buildings": ("words", None), "seat_words": ("words", None),
          "origin_words": ("words", None), "office_divisions": ("words", "divisions"),
          "town_landmarks": ("words", None), "read_decrees": ("words", None),
          "council_heads": ("words", "councils"), "whereabouts_words": ("words", None),
          "happenings_to_come": ("words", "times"), "arrival_words": ("words", None),
          "attendance_words": ("words", None), "several_offices": ("words", "numbers"),
          "visit_words": ("words", None)}


def _words(raw: dict, name: str, key: str) -> tuple[str, ...]:
    items = raw.get(key)
    if not isinstance(items, list) or not items:
        raise VenueClauseError(f"extract/data/venue_clauses.yaml, {name}: field '{key}' is a "
                               f"list of words")
    return tuple(fold(str(w)) for w in items)


def _example(entry: object, name: str) -> Example:
    if not isinstance(entry, dict) or not str(entry.get("text") or entry.get("example")
                                              or "").strip():
        raise VenueClauseError(f"extract/data/venue_clauses.yaml, {name}: an example needs "
                               f"its text")
    city = entry.get("city")
    country = entry.get("country")
    return Example(str(entry.get("text") or entry.get("example")),
                   None if city is None else str(city),
                   None if country is None else str(country), "country" in entry)


@cache
def clause_lists() -> dict[str, ClauseList]:
    raw = read_data_yaml("venue_clauses.yaml")
    out: dict[str, ClauseList] = {}
    for name, (first, second) in _LISTS.items():
        entry = raw.get(name)
        if not isinstance(entry, dict):
            raise VenueClauseError(f"extract/data/venue_clauses.yaml: the list '{name}' is "
                                   f"missing")
        examples = [_example(entry, name)] + [_example(e, name) for e in entry.get("also") or ()]
        out[name] = ClauseList(name, _words(entry, name, first),
                               _words(entry, name, second) if second else (), tuple(examples))
    return out


_DISABLED = RuleSwitches()


def without(name: str) -> AbstractContextManager[None]:
    """Run with one list turned off, to prove its examples need it."""
    return _DISABLED.without(name)


def _alt(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _active(name: str) -> ClauseList | None:
    return None if name in _DISABLED else clause_lists()[name]


def where_clause_act(norm: str, end: int) -> bool:
    """Does a relative clause telling an act (an event verb) follow the town ending at
    ``end``: « à Malabo, où il a été reçu », "to Gitega, where he was received"?"""
    rule = _active("where_clauses")
    if rule is None:
        return False
    m = re.match(rf"\s*,\s*(?:{_alt(rule.words)})(?!\w)([^.;!?\n]{{0,120}})",
                 fold(norm[end:end + 140]))
    return m is not None and any(re.search(rf"(?<!\w){re.escape(v)}(?!\w)", m.group(1))
                                 for v in event_words().event_verbs)


def _told_before(name: str, norm: str, start: int, span: int, shape: str) -> bool:
    """Do the ``span`` characters before ``start`` (folded) end in ``shape``, where
    ``WORDS`` stands for the words of the clause list ``name``? One reader for every clause
    told just before a town."""
    rule = _active(name)
    if rule is None:
        return False
    before = fold(norm[max(0, start - span):start])
    return bool(re.search(shape.replace("WORDS", f"(?:{_alt(rule.words)})"), before))


def reported_from(norm: str, start: int) -> bool:
    """Is the town starting at ``start`` in a report's clause, after « à » / "in" (« a appris
    l'ACAP jeudi à Bangui », "told reporters in Lilongwe")?"""
    return _told_before("reporting_words", norm, start, 90,
                        r"(?<!\w)WORDS(?!\w)[^,.;:!?\n]{0,60}?(?<!\w)(?:a|in|at)\s+$")


def seat_of(norm: str, start: int) -> bool:
    """Is the town starting at ``start`` told as someone's seat (« avec résidence à New Delhi »,
    "with residence in New Delhi", "based in Nairobi", « مقيمين بالرياض »)?"""
    # « مقيمين بالرياض »: Arabic glues « ب » to the town
    return _told_before("seat_words", norm, start, 40,
                        r"(?<!\w)WORDS\s+(?:(?:a|in|at|في)\s+|ب)$")


def whereabouts(norm: str, start: int) -> bool:
    """Is the town starting at ``start`` told as where someone is at the time of writing
    (« se trouve actuellement à Lyon », "is currently in Auckland")?"""
    return _told_before("whereabouts_words", norm, start, 40,
                        r"(?<!\w)WORDS\s+(?:a|au|in|at|في|ب)\s*$")


def arrived_at(norm: str, start: int) -> bool:
    """Is the town starting at ``start`` where a visitor arrives (« لدى وصوله الى مطار
    الدوحة », « à son arrivée à l'aéroport de Kayes », "on arrival in Ndola"), after a
    preposition of the place reached?"""
    # a preposition of the place reached (« arrivé de Dakar », "arrived from London" tell
    # where the visitor came from), then at most the place's own words (« l'aéroport de »)
    return _told_before("arrival_words", norm, start, 50,
                        r"(?<!\w)WORDS(?:\s+[^\W\d]+){0,2}?"
                        r"\s+(?:a|au|aux|in|at|to|الى|إلى|في)(?:[\s']+[^\W\d]+){0,3}\s*$")


def visit_destination(norm: str, start: int) -> bool:
    """Is the place starting at ``start`` a visit's destination (« pour sa première visite au
    Luxembourg », « un séjour d'étude en France », "his first visit to Luxembourg"): a visit's
    word, up to three words, then « au », « en », "to" or « إلى »?"""
    return _told_before("visit_words", norm, start, 60,
                        r"(?<!\w)WORDS(?:\s+[^\W\d][\w']*){0,3}?"
                        r"\s+(?:au|aux|en|to|in|الى|إلى)\s+$")


def among_those_present(norm: str, start: int) -> bool:
    """Is the title starting at ``start`` one of a list of those present (« en présence
    notamment du ministre …, de l'ambassadeur de France à Libreville », "attended by the
    Minister and the Ambassador of Japan in Lusaka"): after an attendance word earlier in its
    sentence, the title opening a list's item (« de », « du », « et », "and", "of")?"""
    rule = _active("attendance_words")
    if rule is None:
        return False
    before = fold(norm[max(0, start - 250):start])
    before = re.split(r"[.;!?\n]", before)[-1]
    return bool(re.search(rf"(?<!\w)(?:{_alt(rule.words)})(?!\w)", before)) and bool(
        re.search(r"(?<!\w)(?:de|du|des|d'|et|and|of|و)\s*(?:l'|la\s+|le\s+|les\s+|the\s+|ال)?$",
                  before))


def comes_from(norm: str, start: int) -> bool:
    """Is the town starting at ``start`` where a visitor comes from (« venu de Dakar »,
    « en provenance de Bamako », "arriving from Accra", « قادما من القاهرة »)?"""
    rule = _active("origin_words")
    if rule is None:
        return False
    before = fold(norm[max(0, start - 30):start])
    return bool(re.search(rf"(?<!\w)(?:{_alt(rule.words)})\s+(?:de\s+|d'|du\s+|from\s+|من\s+)$",
                          before))


def to_come(norm: str, start: int, end: int) -> bool:
    """Is the town from ``start`` to ``end`` where a happening to come will be (« prévu à
    Washington », "scheduled in Nairobi", « qui se tiendra à Arusha »), or told with a time to
    come (« à Arusha le mois prochain », "in Nairobi next month")?"""
    rule = _active("happenings_to_come")
    if rule is None:
        return False
    before_rx, after_rx = _to_come_forms(rule)
    return bool(before_rx.search(fold(norm[max(0, start - 60):start]))
                or after_rx.match(fold(norm[end:end + 45])))


@cache
def _to_come_forms(rule: ClauseList) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The list's two expressions, compiled once: it is asked for every town of an article."""
    # « qui se déroulera du 30 au 31 mars à Kigali », "to be held on March 30 and 31 in":
    # the days of the happening may stand between the words and the town
    days = r"(?:\s+(?:du|le|les|on|from|between|entre)(?:\s+(?:[^\W\d]+|\d{1,4}\w{0,3})){1,6}?)?"
    return (re.compile(rf"(?<!\w)(?:{_alt(rule.words)})(?:\s+[^\W\d]+){{0,2}}?{days}\s+"
                       r"(?:a|au|in|at|في|ب)\s*$"),
            re.compile(rf"[^.;:!?\n]{{0,25}}?(?<!\w)(?:{_alt(rule.others)})(?!\w)"))


def earlier_happening(norm: str, sentence_start: int, start: int) -> bool:
    """Does the sentence, before the town at ``start``, relate the event to another
    happening (« intervient … après la visite … à Washington », "comes … after talks in")?"""
    rule = _active("earlier_happenings")
    if rule is None:
        return False
    before = fold(norm[sentence_start:start])
    return bool(re.search(rf"(?<!\w)(?:{_alt(rule.words)})(?!\w)[^.;!?]*?"
                          rf"(?<!\w)(?:{_alt(rule.others)})(?!\w)", before))


def several_places(norm: str, start: int, end: int) -> str | None:
    """The words by which the text between ``start`` and ``end`` tells the event in several
    places (« dans plusieurs communautés », "in several municipalities"), or None."""
    rule = _active("several_places")
    if rule is None:
        return None
    folded = fold(norm[start:end])
    rx = re.compile(rf"(?<!\w)(?:dans|in|across|a travers)\s+(?:les\s+|des\s+|de\s+|the\s+)?"
                    rf"(?:{_alt(rule.words)})\s+(?:{_alt(rule.others)})(?!\w)")
    links = clause_lists()["earlier_happenings"].others
    link = re.compile(rf"(?<!\w)(?:{_alt(links)})(?!\w)")
    # « A Cotonou, après une tournée dans plusieurs communes, le président reçoit »: a tour
    # before the event, told after a link word in the same clause, is another happening
    m = next((x for x in rx.finditer(folded)
              if not link.search(re.split(r"[,.;:!?\n]", folded[:x.start()])[-1])), None)
    offices = _active("several_offices")
    if m is None and offices is not None:
        # « les nouveaux maires de douze des vingt communes », "the mayors of five of the nine
        # municipalities": officials of several towns, each sworn in its own
        count = rf"(?:{_alt(rule.words + offices.others)}|\d+)"
        m = re.search(rf"(?<!\w)(?:{_alt(offices.words)})\s+(?:de\s+|d'|of\s+)(?:the\s+)?"
                      rf"{count}(?:\s+(?:des|de|of\s+the|of)\s+{count})?\s+"
                      rf"(?:{_alt(rule.others)})(?!\w)", folded)
    if m is None:
        return None
    # folding keeps a French or English text's length: the words as written, for the warning
    same = len(folded) == end - start
    return norm[start + m.start():start + m.end()] if same else m.group(0)


def town_building_names(norm: str, list_name: str = "town_buildings") -> list[tuple[int, int]]:
    """The names written before a town's civic building ("the Eldoret City Hall") or, with
    ``list_name="town_landmarks"``, its landmark ("Sydney Harbour"): (start, end) of each,
    capitalised words of the same line."""
    rule = _active(list_name)
    if rule is None:
        return []
    rx = re.compile(r"([A-ZÀ-Ö][\w'’\-]+(?:[^\S\n][A-ZÀ-Ö][\w'’\-]+)?)[^\S\n]+"
                    rf"(?i:{_alt(rule.words)})(?!\w)")
    return [(m.start(1), m.end(1)) for m in rx.finditer(norm)]


def office_division_towns(norm: str, start: int, end: int) -> list[tuple[int, int]]:
    """The word after an Arabic local office and its division, between ``start`` and ``end``
    (« العامل الجديد على إقليم الناظور », « واليا لولاية وهران », « محافظ أسوان »): (start,
    end) of each, for the caller to check against the gazetteer."""
    rule = _active("office_divisions")
    if rule is None:
        return []
    # Arabic folds to itself (no accents, no case): the offsets are the text's
    rx = re.compile(rf"(?:^|(?<=\s))و?(?:{_alt(rule.words)})(?:\s+(?:الجديد|الجديدة))?\s+"
                    rf"(?:(?:على\s+|ل)(?:{_alt(rule.others)})\s+|(?:{_alt(rule.others)})\s+)?"
                    r"([\u0621-\u064A]+)")
    return [(m.start(1), m.end(1)) for m in rx.finditer(norm, start, end)]


def council_towns(norm: str, start: int, end: int) -> list[tuple[int, int]]:
    """The word after the head of a town's council and the council, between ``start`` and
    ``end`` (« رئيس بلدية صيدا », « رئيسا للمجلس الجماعي لتارودانت »): (start, end) of the
    word and then, when it opens with « ل », of the word without it, for the caller to
    check against the gazetteer and the towns the article names."""
    rule = _active("council_heads")
    if rule is None:
        return []
    rx = re.compile(rf"(?:^|(?<=\s))(?:{_alt(rule.words)})\s+(?:{_alt(rule.others)})\s+"
                    r"([\u0621-\u064A]+)")
    # the words are folded (« رئيس » is « رييس »); Arabic folds letter for letter, so the
    # folded text keeps the offsets
    folded = fold(norm[start:end])
    if len(folded) != end - start:
        return []
    out: list[tuple[int, int]] = []
    for m in rx.finditer(folded):
        s, e = start + m.start(1), start + m.end(1)
        out.append((s, e))
        if m.group(1).startswith("ل") and len(m.group(1)) > 2:
            out.append((s + 1, e))  # « لتارودانت »: « ل » glued to the town
    return out


def decree_read(folded: str, decree: str) -> bool:
    """Is a mention of the (folded) decree word in the (folded) text one read at the
    ceremony (« قراءة ظهير التعيين », « après lecture du décret »)? The text then tells the
    ceremony, where the decree may be handed over as well (« سلم الوزير للعامل ظهير التعيين »)."""
    rule = _active("read_decrees")
    if rule is None:
        return False
    spots = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(decree)}(?!\w)", folded)]
    before = re.compile(rf"(?<!\w)(?:{_alt(rule.words)})\s+$")
    return any(before.search(folded[max(0, s - 30):s]) for s in spots)


@cache
def _colon_labels() -> frozenset[str]:
    raw = read_data_yaml("venue_clauses.yaml").get("colon_labels") or {}
    return frozenset(_words(raw, "colon_labels", "words"))


def colon_labels() -> frozenset[str]:
    """Folded labels a line opens with before a colon ("Update:", "Photo:"): no dateline."""
    return frozenset() if "colon_labels" in _DISABLED else _colon_labels()
