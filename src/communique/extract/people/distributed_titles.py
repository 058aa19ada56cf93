"""French plural titles whose complement is told for each name: « les préfets du Bamingui
(nord-est), le colonel A, et de la Vakaga, le commandant B » gives A « préfet du Bamingui »
and B « préfet de la Vakaga »; « les ministres de la Santé et de l'Education, respectivement A
et B » gives A « ministre de la Santé » and B « ministre de l'Education »."""

from __future__ import annotations

import re

from ..constructions import compile_skeleton
from ..constructions import words as slot_words
from ..reference import fold
from .lexicon import determiners, modifiers
from .mentions import PersonDraft
from .shared_titles import fr_plural_letters, fr_singular, french_plural_head
from .title_words import word_spans

# A complement that opens on « de » (slot complement_of, patterns/fr/words.yaml) and names
# a place or a body (a capital in it), then a bracket (« (nord-est) »), the comma before the
# name and at most a rank or an article (« le Lieutenant-colonel »).
_COMPLEMENT = (r"(?P<comp>{complement_of}(?:(?<=')|\s+)[^,;:.()\n]{1,60}?)"
               r"\s*(?:\([^()\n]{1,40}\)\s*)?,[ \t]*(?P<lead>[^,;:.()\n]{0,40}?)")


# Before the first name: the plural head, right before its complement.
_FIRST = r"\s+" + _COMPLEMENT


# Between one name and the next: an apposition of the first at most (« , 59 ans »), then
# « et » and the next complement.
_NEXT = r"(?:\s*,[^,;:.()\n]{0,40})?\s*,?\s+et\s+" + _COMPLEMENT


def _opens_plural(words: list[tuple[int, int, str]], k: int) -> bool:
    """« les préfets », « des deux ambassadeurs », « les nouveaux ambassadeurs »: an article,
    a count (slot plural_count) or a premodifier before the head; not « quatre pays membres
    du Conseil » (« membres » after a noun describes the countries)."""
    if k == 0:
        return False
    before = fold(words[k - 1][2])
    return (before in determiners() or before in slot_words("plural_count", "fr")
            or fr_singular(before) in modifiers())


def _names_one(comp: str) -> bool:
    """The complement names one place or body (a capital in it), not several (« de quatre
    pays membres du Conseil »: a count is shared by the list, not told for each)."""
    words = comp.replace("'", " ").split()
    return re.search(r"(?<!\w)[A-ZÀ-Þ]", comp) is not None and not any(
        fold(w) in slot_words("plural_count", "fr") or w.isdigit() for w in words[:3])


def add_plural_title(p: PersonDraft, span: tuple[int, int], left_out: tuple[int, ...],
                     norm: str) -> None:
    """Give ``p`` the title at ``span`` read without the letters at ``left_out`` (a plural's
    « s », a complement told for another name), unless it holds that title already."""
    value = "".join(ch for at, ch in enumerate(norm[span[0]:span[1]], span[0])
                    if at not in left_out).lower()
    for t in p.titles:
        known = "".join(ch for at, ch in enumerate(norm[t[0]:t[1]], t[0])
                        if at not in p.plural_letters.get(t, ())).lower()
        if known == value:
            return
    p.titles.append(span)
    p.plural_letters[span] = left_out


def fr_distributed_titles(people: list[PersonDraft], norm: str) -> None:
    """« les préfets du X, A, et de Y, B », « des ambassadeurs du Pérou, A »: the plural
    head in the singular with the complement told before each name is that name's title."""
    first = compile_skeleton(_FIRST, "fr")
    nxt = compile_skeleton(_NEXT, "fr")
    owners = sorted(((m, p) for p in people for m in p.mentions), key=lambda x: x[0].start)
    starts = [m.start for m, _ in owners]

    def rank_only(hit: re.Match[str]) -> bool:
        # « , le Lieutenant-colonel A »: a rank or an article, not another name (« , A et B »
        # is a list sharing one title: shared_titles.py); nor does a name stand in the
        # complement (« des ambassadeurs du Sénégal A, de Pologne Mme B »: « du Sénégal A »
        # is no complement of B's title)
        return not any(hit.start("lead") <= s < hit.end("lead")
                       or hit.start("comp") <= s < hit.end("comp") for s in starts)
    for i, (m, p) in enumerate(owners):
        lo = max(norm.rfind(c, 0, m.start) for c in ".;\n") + 1
        lo = max(lo, m.start - 200)
        words = word_spans(norm[lo:m.start], lo)
        for k in range(len(words) - 1, -1, -1):
            if french_plural_head(words, k) != 1 or not _opens_plural(words, k):
                continue
            head = (words[k][0], words[k][1])
            hit = first.fullmatch(norm, head[1], m.start)
            if hit and _names_one(hit.group("comp")) and rank_only(hit):
                break
        else:
            continue
        letters = fr_plural_letters(norm, head)
        if not letters:
            continue
        add_plural_title(p, (head[0], hit.end("comp")), letters, norm)
        # the names after it, each with its own complement
        for m2, p2 in owners[i + 1:]:
            more = nxt.fullmatch(norm, m.end, m2.start)
            if not more or not _names_one(more.group("comp")) or not rank_only(more):
                break
            comp = (more.start("comp"), more.end("comp"))
            # « préfets » … « de la Vakaga »: the head, a space, the complement
            left_out = (*letters, *range(head[1], comp[0] - 1))
            add_plural_title(p2, (head[0], comp[1]), left_out, norm)
            m = m2


# « les ambassadeurs de France et des Etats-Unis auprès de la Mauritanie, respectivement MM.
# A et B »: a plural head with one complement for each name, the names told after
# « respectivement » (slot respectively) in the same order.
_RESPECTIVE = r",?\s*{respectively}\s*,?\s+"


# Between two names after « respectivement »: a comma or « et » (and a form of address).
_RESPECTIVE_GAP = re.compile(r"\s*(?:,|\bet\b)\s*(?:et\s+)?(?:[A-Z][\w.]{0,4}\.?\s+)?")


# What several complements share after the last one (« auprès de la Mauritanie »): cut off.
_SHARED_TAIL = re.compile(r"\s(?:auprès|en|à|au)\s.*$")


def fr_respective_complements(people: list[PersonDraft], norm: str) -> None:
    """« les ambassadeurs de France et des Etats Unis d'Amérique auprès de la Mauritanie,
    respectivement leurs Excellences MM. A et B »: A is « ambassadeur de France », B
    « ambassadeur des Etats Unis d'Amérique »."""
    owners = sorted(((m, p) for p in people for m in p.mentions), key=lambda x: x[0].start)
    resp = compile_skeleton(_RESPECTIVE, "fr")
    split = compile_skeleton(r"\s+{conjunction}\s+|,\s*", "fr")
    for i, (m, _) in enumerate(owners):
        hit = None
        # (« leurs Excellences MM. »: forms of address between, their dots too)
        for r in resp.finditer(norm, max(0, m.start - 60), m.start):
            if re.fullmatch(r"[^,;:()\n]{0,40}", norm[r.end():m.start]):
                hit = r
        if hit is None or (i and owners[i - 1][0].end > hit.start()):
            continue
        lo = max(norm.rfind(c, 0, hit.start()) for c in ".;\n") + 1
        group = [owners[i]]
        for m2, p2 in owners[i + 1:]:
            if not _RESPECTIVE_GAP.fullmatch(norm, group[-1][0].end, m2.start):
                break
            group.append((m2, p2))
        words = word_spans(norm[lo:hit.start()], lo)
        for k in range(len(words) - 1, -1, -1):
            if french_plural_head(words, k) == 1 and _opens_plural(words, k):
                break
        else:
            continue
        head = (words[k][0], words[k][1])
        bounds = [head[1]] + [x for sp in split.finditer(norm, head[1], hit.start())
                              for x in (sp.start(), sp.end())] + [hit.start()]
        comps = [(bounds[j], bounds[j + 1]) for j in range(0, len(bounds), 2)]
        comps = [(a + len(norm[a:b]) - len(norm[a:b].lstrip()), b) for a, b in comps]
        if len(comps) != len(group) or len(group) < 2 or not all(
                fold(norm[a:b].split()[0]) in slot_words("complement_of", "fr")
                or norm[a:b].lower().startswith(("d'", "d’"))
                for a, b in comps if norm[a:b].split()):
            continue
        tail = _SHARED_TAIL.search(norm, comps[-1][0], comps[-1][1])
        if tail:
            comps[-1] = (comps[-1][0], tail.start())
        letters = fr_plural_letters(norm, head)
        if not letters:
            continue
        for (_, p), (a, b) in zip(group, comps, strict=True):
            # the head shared by the whole list (« ministre », « ministre de X et de Y ») is
            # replaced by the name's own
            p.titles = [t for t in p.titles if t[0] != head[0]]
            add_plural_title(p, (head[0], b), (*letters, *range(head[1], a - 1)), norm)
