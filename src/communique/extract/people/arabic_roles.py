"""Arabic roles in the accusative, read past what a report of an election or an oath puts
between the name and the role: « انتخاب X، عن قائمة الأحرار، رئيسا للمجلس », « X يؤدي
اليمين رئيسا لبلدية المدينة ».

A title head in the accusative (« رئيسا », « محافظاً », « عميدا ») is the role a verb of
appointment, election or oath gives to the name before it (its « حال »); whatever stands
between them is told by the gap openers of patterns/ar/role.yaml (slot ar_role_gap: the
party list the person stood for, the oath taken).
"""

from __future__ import annotations

import re

from ..constructions import compile_skeleton
from ..constructions import words as slot_words
from ..reference import fold, title_index
from .arabic_names import AR_TIME_PHRASE, ar_accusative_title, ar_clause_nouns
from .lexicon import ar_proclitics
from .title_words import find_head, title_stop, trim, word_spans

# Words between the name and the role: up to this many (a party's name, « اليمين الدستورية »)
_GAP_WORDS = 10

# What ends the role: a clause mark or a bracket (« رئيسا للمجلس الجماعي لأزمور (اقليم …) »).
_ROLE_END = re.compile(r"[.;:()\[\]\n«»\"“”!?؛،,]")

# Where the look-ahead for a role stops: the end of the sentence.
_SENTENCE_END = re.compile(r"[.!?\n؟]")

# the prepositions a name may follow that make it no verb's subject nor object
# (patterns/ar/words.yaml, slot ar_object_preposition: « أمام », « بحضور »)
def ar_after_object_preposition(norm: str, start: int, name_starts: set[int] | frozenset[int],
                                lo: int = 0) -> bool:
    """The name at ``start`` follows « أمام » (or « بحضور ») in its clause, with no other
    name between: « أمام رئيس الدولة Y », not « أمام الرئيس Z كل من Y »."""
    lo = max(lo, start - 80)
    clause = re.split(r"[.،,:؛\n!?]", norm[lo:start])[-1]
    at = start - len(clause)
    for w in reversed(list(re.finditer(r"\S+", clause))):
        if w.group(0) in slot_words("ar_object_preposition", "ar"):
            return not any(at + w.end() < n < start for n in name_starts)
    return False


_GAP = r"[\s،,]*{ar_role_gap}"

# « ليصبح », « لتكون »: "so as to become", after the oath (patterns/ar/role.yaml, slot
# ar_role_become); the office after it, in the definite, is the one sworn into
_BECOME = r"{ar_role_become}"


def ar_accusative_role(norm: str, end: int, name_starts: set[int]) -> tuple[int, int] | None:
    """The role in the accusative after the name ending at ``end``, past a gap the
    patterns tell (the comma alone is read by ``titles_after``), or None."""
    stop = _SENTENCE_END.search(norm, end, end + 300)
    limit = stop.start() if stop else min(len(norm), end + 300)
    # « أدى X اليمين أمام الرئيس Y، محافظا »: the one the oath is taken before is no
    # appointee; the role past him is still X's
    nxt = min((n for n in name_starts if end < n < limit
               and not ar_after_object_preposition(norm, n, name_starts, end)), default=limit)
    gap = compile_skeleton(_GAP, "ar").match(norm, end, nxt)
    if not gap:
        return None
    become = compile_skeleton(_BECOME, "ar")
    words = list(re.finditer(r"\S+", norm[gap.end():nxt]))
    for k, w in enumerate(words[:_GAP_WORDS]):
        s = gap.end() + w.start()
        if become.fullmatch(w.group(0)) and k + 1 < len(words):
            # « اليمين الدستورية ليصبح الحاكم العام للبلاد »: the office he becomes
            s = gap.end() + words[k + 1].start()
            if not find_head(word_spans(norm[s:s + 60], s), "ar", 0):
                return None
        elif not ar_accusative_title(norm[s:nxt][:60]):
            continue
        b = _ROLE_END.search(norm, s, nxt)
        e = b.start() if b else nxt
        # « محافظاً لمحافظة درعا ونمير … »: the « و » of a list opens the next name
        if e == nxt and norm[e - 1:e] == "و":
            e -= 1
        cut = title_stop().search(norm, s, e)
        e = cut.start() if cut else e
        s, e = trim(norm, s, e)
        return (s, e) if e > s else None
    return None


def ar_title_cut(norm: str, title: tuple[int, int]) -> tuple[int, int] | None:
    """« وزيرة الخارجية بمكتبها صباح اليوم »: a title ends before a clause noun (where, with
    what: patterns/ar/words.yaml, slot ar_clause_noun) and before the time of the event
    (slot ar_time_phrase); None when nothing of it is left. « وسفير تركيا », « برئيس
    جمهورية أوغندا », « رئيس الوزراء الكيني- »: the list's « و », a preposition's « ب » and a
    dash are the sentence's, not the title's."""
    s, e = title
    first = norm[s:e].split()[:1]
    if (first and first[0][:1] in ar_proclitics() and not first[0].startswith("لل")
            and fold(first[0]) not in title_index("ar").by_first
            and find_head(word_spans(norm[s + 1:e], s + 1), "ar", 0)):
        s += 1
    while e > s and norm[e - 1] in "-–—":
        e -= 1
    for w in re.finditer(r"\S+", norm[s:e]):
        at = s + w.start()
        if w.group(0) in ar_clause_nouns() or compile_skeleton(AR_TIME_PHRASE, "ar").match(
                norm, at):
            e = at
            break
    s, e = trim(norm, s, e)
    return (s, e) if e > s else None
