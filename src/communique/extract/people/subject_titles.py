"""French subject titles: « Le ministre … a déclaré », a title opening a sentence that
names its subject later."""

from __future__ import annotations

import re

from ..constructions import compile_skeleton
from ..reference import fold
from .lexicon import modifiers, opening_words
from .mentions import NameMention, PersonDraft
from .title_words import BOUNDARY, day_after_title, find_head, title_stop, trim, word_spans

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
    stop = BOUNDARY.search(norm, lead.end(), e)
    end = min(stop.start() if stop else e, e)
    comma = norm.find(",", lead.end(), end)
    closed = comma >= 0
    end = comma if closed else end
    for cut in (title_stop().search(norm, lead.end() - 1, end),
                day_after_title().search(norm, lead.end() - 1, end)):
        closed = closed or cut is not None
        end = cut.start() if cut else end
    if not closed:
        return None  # « le nouveau gouverneur veut … »: no verb known to close it
    words = word_spans(norm[lead.end():end], lead.end())
    k = 0
    while k < len(words) - 1 and fold(words[k][2]) in modifiers():
        k += 1
    # (« L'élu du Finistère »: a head read only after its article is read with it)
    article = word_spans(norm[s:lead.end()], s)[-1:]
    if not words or len(words) > 12 or not find_head(article + words, "fr", k + len(article)):
        return None
    verb = title_stop().search(norm, end - 1, e)
    if any(lead.end() <= n <= (verb.start() if verb else e) for n in name_starts):
        # « Le président Gbagbo a … », « La ministre du Pétrole, des Mines, X, … »: the
        # title of the name after it
        return None
    return trim(norm, words[0][0], words[-1][1])


def _from_head(norm: str, span: tuple[int, int]) -> str:
    """A title from its head on (« député breton » of « le nouveau député breton »), folded;
    or "" when no head opens it."""
    words = word_spans(norm[span[0]:span[1]], span[0])
    k = 0
    while k < len(words) - 1 and fold(words[k][2]) in opening_words():
        k += 1
    if not find_head(words, "fr", k):
        return ""
    return fold(" ".join(w[2] for w in words[k:]))


def fr_subject_titles(people: list[PersonDraft], norm: str,
                       name_starts: frozenset[int]) -> None:
    """« Richard Ferrand est élu président de l'Assemblée. Le député breton, fidèle du chef de
    l'État, a été élu … »: a sentence whose subject is a title with no name names again the
    subject of the sentence before it, when that sentence names no one else and opens on the
    name (after a phrase at most), or when it names no one and its own subject title was
    read so (« L'élu du Finistère devient … Investi lundi, le chef de file du groupe … »).
    Not when another person of the article holds the same title or a longer one of it: it
    may be theirs."""
    owner = sorted(((m, p) for p in people for m in p.mentions), key=lambda x: x[0].start)
    sentences = _sentences(norm)
    told: PersonDraft | None = None  # whom the sentence before's subject title named
    for (ps, pe), (s, e) in zip(sentences, sentences[1:], strict=False):
        before, told = told, None
        span = _subject_title(norm, s, e, name_starts)
        if span is None:
            continue
        named = [(m, p) for m, p in owner if ps <= m.start < pe]
        if named:
            # one person in the sentence before: with two, the title may be either's
            if len({id(p) for _, p in named}) > 1 or not _opens_sentence(
                    norm, ps, named[0][0]):
                continue
            holder = named[0][1]
        elif before is not None:
            holder = before
        else:
            continue
        title = fold(norm[span[0]:span[1]])
        if any(_same_office(norm, span, t) for p in people if p is not holder
               for t in p.titles):
            continue  # « le maire » after the sentence of a candidate, in the mayor's article
        if not any(fold(norm[t[0]:t[1]]) == title for t in holder.titles):
            holder.titles.append(span)
        told = holder


def _same_office(norm: str, span: tuple[int, int], other: tuple[int, int]) -> bool:
    """The title at ``span`` may name the office of ``other``: the same head, and one of
    the two titles, from its head on, opens the other (« le maire » and « maire de Sète »;
    not « chef de l'Etat djiboutien » and « chef de la diplomatie guinéenne »)."""
    a, b = _from_head(norm, span), _from_head(norm, other)
    return bool(a) and bool(b) and a.split()[0] == b.split()[0] and (
        a.startswith(b) or b.startswith(a))


def _opens_sentence(norm: str, s: int, m: NameMention) -> bool:
    """The name is the subject of its sentence: before it, a phrase ending on a comma, a title
    or a form of address at most (« Dès l'annonce de son élection, François de Rugy a … »)."""
    before = norm[s:m.start]
    if m.honorific:
        before = norm[s:m.honorific[0]]
    lead = re.sub(r"^[^,]{0,80},[ \t]*", "", before.strip())
    if not lead:
        return True
    words = word_spans(lead, 0)
    k = 0
    while k < len(words) and fold(words[k][2]) in opening_words():
        k += 1
    return k < len(words) and bool(find_head(words, "fr", k)) and len(words) <= 12
