"""Rules against the protocol registry (templates/protocol.yaml): names, titles, honorifics.

Names are matched word by word: a word that is one or two letters away from the
registry's spelling (« Abdelatif » for « Abdellatif ») is a variant, while short words and
regnal numbers must match exactly, so « Mohammed V » is never read as « Mohammed VI ».
A person is found under every spelling the registry gives: the `name`, its `variants`,
and the name per language (« محمد الدخيسي ») with that language's variants. Arabic
letters written interchangeably (أ/إ/ا, ى/ي), short vowels and a one-letter prefix glued
to the name (« وعبد اللطيف ») do not make a variant.

Matching is the hot path of `inv check` (four rules scan every paragraph): the registry is
compiled once into an index (`_Matcher`), and the mentions of a text are kept per text,
so a paragraph is scanned once for all the rules.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from communique.checks.rule import CheckContext, Rule
from communique.checks.rules.prose import Segment, fold, normalise, segments
from communique.diagnostics import Diagnostic
from communique.packs.protocol_registry import (
    ProtocolError,
    RegisteredPerson,
    Registry,
    Spelling,
    load_registry,
)

NAME_WORD_SIMILARITY = 0.85
TITLE_SIMILARITY = 0.8
TITLE_WINDOW = 160  # characters either side of a name where its title is looked for
_ROMAN = re.compile(r"^[IVXLC]+$")
# Regnal numbers written out in Arabic: like Roman numerals, exact or nothing.
_ARABIC_ORDINALS = frozenset(fold(w) for w in (
    "الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن",
    "التاسع", "العاشر"))
_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"  # Arabic vowels and signs
_LETTERS = rf"(?:[^\W_]|[{_MARKS}])+"
_WORD = re.compile(rf"{_LETTERS}(?:['’\-]{_LETTERS})*")
_STRIP_MARKS = re.compile(rf"[{_MARKS}\u0640]")  # and tatweel
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_CLITICS = "وفبلك"  # one-letter Arabic prefixes written joined to the next word
_MEMO_SIZE = 512    # texts whose mentions are kept per registry


def registry_of(ctx: CheckContext) -> Registry | None:
    try:
        return load_registry(ctx.root)
    except ProtocolError:
        return None  # reported once by P007


@lru_cache(maxsize=4096)
def _plain(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word.casefold())
                   if unicodedata.category(c) != "Mn").replace("’", "'")


@lru_cache(maxsize=4096)
def _key(word: str) -> str:
    """A word as compared for an exact match: case, Arabic letter forms and vowels aside."""
    return _STRIP_MARKS.sub("", fold(word)).casefold().replace("’", "'")


def _cased(word: str) -> bool:
    """Written like a name: a capital first letter, or a script without capitals."""
    first = word[:1]
    return first.isupper() or not first.isalpha() or first.lower() == first.upper()


@lru_cache(maxsize=16384)
def _word_close(written: str, canonical: str) -> bool:
    """Is `written` a misspelling of `canonical` (not the same word, not another word)?"""
    if _key(written) == _key(canonical):
        return True
    if len(canonical) < 4 or _ROMAN.match(canonical) or _ROMAN.match(written) \
            or fold(canonical) in _ARABIC_ORDINALS or fold(written) in _ARABIC_ORDINALS:
        return False
    a, b = _plain(fold(written)), _plain(fold(canonical))
    # 2·matches / (len a + len b) can never reach the threshold when lengths differ a lot.
    if 2 * min(len(a), len(b)) < NAME_WORD_SIMILARITY * (len(a) + len(b)):
        return False
    matcher = difflib.SequenceMatcher(None, a, b)
    return matcher.quick_ratio() >= NAME_WORD_SIMILARITY and \
        matcher.ratio() >= NAME_WORD_SIMILARITY


@dataclass(frozen=True)
class Mention:
    person: RegisteredPerson
    start: int
    end: int
    written: str
    exact: bool  # written as a canonical spelling (case, Arabic letter forms aside)
    canonical: str = ""  # the canonical spelling this mention is compared with

    @property
    def spelling(self) -> str:
        return self.canonical or self.person.name


@dataclass(frozen=True)
class _Form:
    order: tuple[int, int, int]  # person, spelling, form: the registry's order decides
    person: RegisteredPerson
    spelling: Spelling
    parts: tuple[str, ...]
    keys: tuple[str, ...]
    fuzzy: bool                  # a canonical spelling: near misses are variants of it


class _Matcher:
    """The registry compiled for matching, and the mentions already found per text."""

    def __init__(self, registry: Registry):
        self.registry = registry
        self.exact: dict[tuple[str, ...], list[_Form]] = {}
        self.fuzzy: list[_Form] = []
        self.lengths: set[int] = set()
        self.registered_words = {_key(part) for p in registry.people
                                 for s in p.spellings for part in s.canonical.split()}
        self.surnames = [(p, p.name.split()[-1]) for p in registry.people
                         if len(p.name.split()) >= 2 and len(p.name.split()[-1]) >= 5]
        for pi, person in enumerate(registry.people):
            for si, spelling in enumerate(person.spellings):
                for fi, text in enumerate((spelling.canonical, *spelling.variants)):
                    parts = tuple(text.split())
                    if not parts:
                        continue
                    form = _Form((pi, si, fi), person, spelling, parts,
                                 tuple(_key(p) for p in parts), fi == 0)
                    self.exact.setdefault(form.keys, []).append(form)
                    self.lengths.add(len(parts))
                    if form.fuzzy:
                        self.fuzzy.append(form)
        self.memo: dict[str, tuple[Mention, ...]] = {}

    def mentions(self, text: str) -> tuple[Mention, ...]:
        found = self.memo.get(text)
        if found is None:
            if len(self.memo) >= _MEMO_SIZE:
                self.memo.clear()
            found = self.memo[text] = tuple(self._scan(text))
        return found

    def _scan(self, text: str) -> list[Mention]:
        words = list(_WORD.finditer(text))
        if not words:
            return []
        tokens = [w.group() for w in words]
        keys = [_key(t) for t in tokens]
        cased = [_cased(t) for t in tokens]
        # joined[i]: word i is separated from word i + 1 by spaces only.
        joined = [not text[words[i].end():words[i + 1].start()].strip()
                  for i in range(len(words) - 1)] + [False]
        candidates: list[tuple[tuple[int, int, int], int, int, int, _Form]] = []
        for i in range(len(words)):
            for n in self.lengths:
                if i + n > len(words) or not all(cased[i:i + n]) \
                        or not all(joined[i:i + n - 1]):
                    continue
                window = tuple(keys[i:i + n])
                for form in self.exact.get(window, ()):
                    candidates.append((form.order, i, n, 0, form))
                for form in self._prefixed(tokens[i], window):
                    candidates.append((form.order, i, n, 1, form))
            for form in self.fuzzy:
                n = len(form.parts)
                if i + n > len(words) or not all(cased[i:i + n]) \
                        or not all(joined[i:i + n - 1]) or form.keys == tuple(keys[i:i + n]):
                    continue
                if all(_word_close(t, p) for t, p in zip(tokens[i:i + n], form.parts,
                                                        strict=True)):
                    candidates.append((form.order, i, n, 0, form))
        candidates.sort(key=lambda c: (c[0], c[1]))
        found: list[Mention] = []
        taken: set[int] = set()
        for _order, i, n, skip, form in candidates:
            if any(k in taken for k in range(i, i + n)):
                continue
            start, end = words[i].start() + skip, words[i + n - 1].end()
            exact = tuple(keys[i:i + n]) == form.keys if not skip else \
                (keys[i][skip:], *keys[i + 1:i + n]) == form.keys
            exact = exact and form.fuzzy
            found.append(Mention(form.person, start, end, text[start:end], exact,
                                 form.spelling.canonical))
            taken.update(range(i, i + n))
        # A surname alone (« M. Hamouchi »), once the full name has been given.
        for i, token in enumerate(tokens):
            if i in taken or not token[:1].isupper():
                continue
            for person, surname in self.surnames:
                if keys[i] != _key(surname) and _word_close(token, surname) \
                        and keys[i] not in self.registered_words:
                    found.append(Mention(person, words[i].start(), words[i].end(), token,
                                         False, person.name))
                    break
        return sorted(found, key=lambda m: m.start)

    def _prefixed(self, first: str, window: tuple[str, ...]) -> list[_Form]:
        """Arabic forms written with a prefix joined to their first word (« ومحمد »)."""
        if first[:1] not in _CLITICS or not _ARABIC.match(first):
            return []
        head = window[0][1:]
        if len(head) < 3:
            return []
        return list(self.exact.get((head, *window[1:]), ()))


_MATCHERS: dict[int, _Matcher] = {}


def matcher_for(registry: Registry) -> _Matcher:
    """The compiled registry; it holds the registry, so its id is not reused meanwhile."""
    found = _MATCHERS.get(id(registry))
    if found is None or found.registry is not registry:
        if len(_MATCHERS) >= 4:
            _MATCHERS.clear()
        found = _MATCHERS[id(registry)] = _Matcher(registry)
    return found


def find_mentions(text: str, registry: Registry) -> list[Mention]:
    """Mentions of registered people in `text`: canonical, listed variant or near spelling."""
    return list(matcher_for(registry).mentions(text))


def _fix_name(mention: Mention) -> str:
    if len(mention.written.split()) == 1:
        return mention.spelling.split()[-1]
    return mention.spelling


def person_for(name: str, registry: Registry) -> tuple[RegisteredPerson, bool] | None:
    """The registered person a people[].name refers to, and whether it is spelt canonically.

    Any canonical spelling counts (the `name` or the name in a language), so a version in
    Arabic may list « محمد الدخيسي » where release.md lists « Mohamed Dkhissi ».
    """
    name = name.strip()
    for mention in find_mentions(name, registry):
        if mention.start == 0 and mention.end == len(name):
            return mention.person, mention.exact
    return None


def registered_person(name: str, registry: Registry) -> RegisteredPerson | None:
    """The registry's entry for a name written in any of its spellings, or None."""
    found = person_for(name, registry)
    return found[0] if found else None


def same_person(a: str, b: str, registry: Registry | None) -> bool:
    """Do two people[].name values name one person? Through the registry when it knows
    them (any of its spellings), else by exact spelling."""
    if a == b:
        return True
    if registry is None:
        return False
    first, second = person_for(a, registry), person_for(b, registry)
    return first is not None and second is not None and first[0] is second[0]


def _nearest(text: str, choices: tuple[str, ...]) -> str:
    if not choices:
        return ""
    return max(choices, key=lambda c: difflib.SequenceMatcher(
        None, normalise(text), normalise(c)).ratio())


def _same_title(written: str, canonical: str, *, at_sentence_start: bool = False) -> bool:
    a = written.replace("’", "'")
    b = canonical.replace("’", "'")
    a, b = re.sub(r"[\s\u00a0\u202f]+", " ", a).strip(), re.sub(r"[\s\u00a0\u202f]+", " ",
                                                                    b).strip()
    if at_sentence_start:
        a, b = a[:1].lower() + a[1:], b[:1].lower() + b[1:]
    return a == b


class _ProtocolRule(Rule):
    def check(self, ctx: CheckContext) -> Iterator[Diagnostic]:
        registry = registry_of(ctx)
        if registry is None or not registry.people and not registry.institutions:
            return
        yield from self.check_registry(ctx, registry)

    def check_registry(self, ctx: CheckContext, registry: Registry) -> Iterator[Diagnostic]:
        return iter(())


# --- titles near a name in the text --------------------------------------------------

@dataclass(frozen=True)
class TitleFinding:
    mention: Mention
    segment: Segment
    exact: bool                 # a registered title written exactly near the name
    near_miss: tuple[int, int, str] | None  # (start, end, canonical) of a misspelt title


def _title_findings(segment: Segment, mention: Mention, language: str) -> TitleFinding:
    titles = mention.person.titles_in(language)
    text = segment.masked
    lo = max(0, mention.start - TITLE_WINDOW)
    hi = min(len(text), mention.end + TITLE_WINDOW)
    window = text[lo:hi]
    flat = window.replace("’", "'")
    exact_spans: list[tuple[int, int]] = []
    for title in titles:
        t = title.replace("’", "'")
        for m in re.finditer(re.escape(t), flat, re.IGNORECASE):
            if _same_title(window[m.start():m.end()], title,
                           at_sentence_start=_sentence_start(window, m.start())):
                exact_spans.append((lo + m.start(), lo + m.end()))
    if exact_spans:
        return TitleFinding(mention, segment, True, None)
    best: tuple[float, int, int, str] | None = None
    words = list(re.finditer(r"\S+", window))
    for title in titles:
        n = len(title.split())
        # The title is the matcher's second sequence, analysed once for all the candidates.
        matcher = difflib.SequenceMatcher(None, "", normalise(title))
        for i in range(len(words) - n + 1):
            start, end = words[i].start(), words[i + n - 1].end()
            candidate = window[start:end].rstrip(",;.:")
            end = start + len(candidate)
            if lo + start < mention.end and lo + end > mention.start:
                continue  # overlaps the name itself
            matcher.set_seq1(normalise(candidate))
            # The quick ratios bound the ratio from above: a candidate they rule out could
            # neither reach the threshold nor beat the best so far.
            floor = TITLE_SIMILARITY if best is None else max(TITLE_SIMILARITY, best[0])
            if matcher.real_quick_ratio() < floor or matcher.quick_ratio() < floor:
                continue
            ratio = matcher.ratio()
            if ratio >= TITLE_SIMILARITY and (best is None or ratio > best[0]):
                best = (ratio, lo + start, lo + end, title)
    if best is not None:
        return TitleFinding(mention, segment, False, (best[1], best[2], best[3]))
    return TitleFinding(mention, segment, False, None)


def _sentence_start(text: str, index: int) -> bool:
    before = text[:index].rstrip()
    return not before or before[-1] in ".!?«\"—"


def _body_mentions(ctx: CheckContext, registry: Registry):
    for segment in segments(ctx.release, fields=False):
        for mention in find_mentions(segment.masked, registry):
            yield segment, mention


class WrongTitle(_ProtocolRule):
    """P001 wrong-official-title: A registered person's title differs from the protocol registry's.

    Why: An official's title is written exactly as protocol writes it; a near miss (« Directeur
    général de la Police nationale ») is a wrong title in print.

    Example:
        people:
          - name: Abdellatif Hammouchi
            titles:
              - Directeur de la Sûreté nationale   ← « Directeur général de la Sûreté nationale »

    Fix: Write the title as in templates/protocol.yaml.
    """

    def check_registry(self, ctx: CheckContext, registry: Registry) -> Iterator[Diagnostic]:
        r = ctx.release
        for i, person in enumerate(r.people):
            found = person_for(person.name, registry)
            if found is None:
                continue
            registered, _ = found
            allowed = registered.titles_in(r.language)
            if not allowed:
                continue
            for j, title in enumerate(person.titles):
                if not any(_same_title(title, a) for a in allowed):
                    right = _nearest(title, allowed)
                    yield self.problem(
                        f"« {title} » is not an official title of "
                        f"{registered.name_in(r.language)} in the protocol registry.",
                        r.where(f"people[{i}].titles[{j}]"),
                        f"Write « {right} »." if right else self.fix)
        for segment, mention in _body_mentions(ctx, registry):
            finding = _title_findings(segment, mention, r.language)
            if finding.near_miss:
                start, end, right = finding.near_miss
                yield self.problem(
                    f"« {segment.text[start:end]} » near « {mention.written} » is not the "
                    f"official title.", segment.location(start), f"Write « {right} ».")


class NameVariant(_ProtocolRule):
    """P002 name-variant: A registered person's name is spelt differently from the protocol
    registry.

    Why: A misspelt name (« Abdelatif » for « Abdellatif ») is a protocol incident and breaks every
    search of the archive for that person.

    Example:
        people:
          - name: Abdelatif Hammouchi   ← « Abdellatif Hammouchi »

    Fix: Write the name as in templates/protocol.yaml.
    """

    def check_registry(self, ctx: CheckContext, registry: Registry) -> Iterator[Diagnostic]:
        reported: set[tuple[int, int, str]] = set()
        for segment in segments(ctx.release):
            for mention in find_mentions(segment.masked, registry):
                if mention.exact:
                    continue
                where = segment.location(mention.start)
                key = (where.line, where.column, segment.path)
                if key in reported:
                    continue
                reported.add(key)
                yield self.problem(
                    f"« {segment.text[mention.start:mention.end]} » is a variant of "
                    f"« {mention.spelling} ».", where, f"Write « {_fix_name(mention)} ».")


class MissingHonorific(_ProtocolRule):
    """P003 missing-honorific: A name that protocol always writes with its honorific appears without
    it.

    Why: « le Roi Mohammed VI » for « Sa Majesté le Roi Mohammed VI » is a protocol fault.

    Example: ... sous l'impulsion du Roi Mohammed VI.

    Fix: Write the honorific before the name, as in templates/protocol.yaml.
    """

    def check_registry(self, ctx: CheckContext, registry: Registry) -> Iterator[Diagnostic]:
        r = ctx.release
        lang = r.language
        for i, person in enumerate(r.people):
            found = person_for(person.name, registry)
            if found and found[0].honorific_required and found[0].honorifics_in(lang) \
                    and not person.honorific:
                yield self.problem(f"{found[0].name_in(lang)} is listed without the "
                                   "honorific protocol requires.", r.where(f"people[{i}]"),
                                   f"Add 'honorific: {found[0].honorifics_in(lang)[0]}'.")
        for segment in segments(r):
            if not (segment.path == "body" or segment.path in ("headline", "subheadline")):
                continue
            for mention in find_mentions(segment.masked, registry):
                forms = mention.person.honorifics_in(lang)
                if not (mention.person.honorific_required and forms):
                    continue
                before = normalise(segment.masked[max(0, mention.start - 60):mention.start])
                if any(before.endswith(normalise(f)) for f in forms):
                    continue
                yield self.problem(
                    f"« {mention.written} » is written without « {forms[0]} ».",
                    segment.location(mention.start),
                    f"Write « {forms[0]} {mention.spelling} ».")


class WrongHonorific(_ProtocolRule):
    """P004 wrong-honorific: A person's honorific is not the one the protocol registry gives.

    Why: « M. » for a minister styled « S.E. », or « Mr » in a French release, is a fault.

    Example:
        people:
          - name: Mohammed VI
            honorific: M.

    Fix: Use the honorific given in templates/protocol.yaml.
    """

    def check_registry(self, ctx: CheckContext, registry: Registry) -> Iterator[Diagnostic]:
        r = ctx.release
        for i, person in enumerate(r.people):
            found = person_for(person.name, registry)
            if found is None or not person.honorific:
                continue
            forms = found[0].honorifics_in(r.language)
            if forms and not any(_same_title(person.honorific, f) for f in forms):
                yield self.problem(f"« {person.honorific} » is not the honorific of "
                                   f"{found[0].name_in(r.language)} (« {forms[0]} »).",
                                   r.where(f"people[{i}].honorific"),
                                   f"Write 'honorific: {forms[0]}'.")


class TitleMissingAtFirstMention(_ProtocolRule):
    """P005 title-missing-at-first-mention: A registered official is first named in the text without
    an official title.

    Why: Protocol names an official with the title of their office the first time they appear; the
    reader must know in what capacity they act.

    Example: La délégation marocaine, dirigée par M. Abdellatif Hammouchi, ...

    Fix: Give the official title next to the first mention of the name.
    """

    def check_registry(self, ctx: CheckContext, registry: Registry) -> Iterator[Diagnostic]:
        lang = ctx.release.language
        first: dict[str, TitleFinding] = {}
        titled: set[str] = set()
        for segment, mention in _body_mentions(ctx, registry):
            person = mention.person
            if not person.titles_in(lang) or person.honorific_required:
                continue  # a sovereign is named by the honorific, not a title
            finding = _title_findings(segment, mention, lang)
            first.setdefault(person.name, finding)
            if finding.exact or finding.near_miss:
                titled.add(person.name)
        for key, finding in first.items():
            if key in titled:
                continue
            name = finding.mention.spelling
            titles = finding.mention.person.titles_in(lang)
            yield self.problem(f"{name} is named without an official title.",
                               finding.segment.location(finding.mention.start),
                               f"Add the title, e.g. « {titles[0]}, {name} ».")


class InstitutionCapitalisation(_ProtocolRule):
    """P006 institution-capitalisation: An institution's name is capitalised differently from the
    protocol registry.

    Why: « sûreté nationale » and « Sûreté nationale » in one release look careless and the
    registry's form is the one the institution signs with.

    Example: ... la Direction générale de la sûreté nationale ...

    Fix: Write the name as in templates/protocol.yaml.

    Severity: warning
    """

    def check_registry(self, ctx: CheckContext, registry: Registry) -> Iterator[Diagnostic]:
        forms = sorted(registry.institutions_in(ctx.release.language), key=len, reverse=True)
        if not forms:
            return
        # Each form's pattern compiled once, not once for every segment it is looked for in.
        patterns = [(form, re.compile(
            r"(?<!\w)" + re.escape(form.replace("’", "'")).replace(r"\ ", r"[\s\u00a0]+")
            + r"(?!\w)", re.IGNORECASE)) for form in forms]
        for segment in segments(ctx.release):
            text = segment.masked.replace("’", "'")
            taken: list[tuple[int, int]] = []
            for form, pattern in patterns:
                for m in pattern.finditer(text):
                    if any(m.start() < e and m.end() > s for s, e in taken):
                        continue
                    taken.append(m.span())
                    written = segment.text[m.start():m.end()]
                    if _same_title(written, form) or written.isupper():
                        continue
                    if _sentence_start(text, m.start()) and _same_title(
                            written, form, at_sentence_start=True):
                        continue
                    yield self.problem(f"« {written} » is written « {form} » by protocol.",
                                       segment.location(m.start()), f"Write « {form} ».")


class RegistryBroken(Rule):
    """P007 protocol-registry-broken: templates/protocol.yaml cannot be read; names and titles go
    unchecked.

    Why: A registry that cannot be read would silently let every protocol fault through.

    Example:
        people:
          - name: Mohammed VI
            titles: [Roi du Maroc   ← bracket never closed

    Fix: Correct templates/protocol.yaml at the line given.
    """

    def check(self, ctx: CheckContext) -> Iterator[Diagnostic]:
        try:
            load_registry(ctx.root)
        except ProtocolError as err:
            yield self.problem(err.message, err.location)


PROTOCOL_RULES = [WrongTitle, NameVariant, MissingHonorific, WrongHonorific,
                  TitleMissingAtFirstMention, InstitutionCapitalisation, RegistryBroken]
