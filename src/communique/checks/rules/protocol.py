"""Rules against the protocol registry (templates/protocol.yaml): names, titles, honorifics.

Names are matched word by word: a word that is one or two letters away from the
registry's spelling (« Abdelatif » for « Abdellatif ») is a variant, while short words and
regnal numbers must match exactly, so « Mohammed V » is never read as « Mohammed VI ».
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from ...protocol import ProtocolError, RegisteredPerson, Registry, load_registry
from ..diagnostic import Diagnostic, Severity
from ..registry import CheckContext, Rule
from .prose import Segment, normalise, segments

NAME_WORD_SIMILARITY = 0.85
TITLE_SIMILARITY = 0.8
TITLE_WINDOW = 160  # characters either side of a name where its title is looked for
_ROMAN = re.compile(r"^[IVXLC]+$")


def registry_of(ctx: CheckContext) -> Registry | None:
    try:
        return load_registry(ctx.root)
    except ProtocolError:
        return None  # reported once by P007


def _plain(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word.casefold())
                   if unicodedata.category(c) != "Mn").replace("’", "'")


def _word_close(written: str, canonical: str) -> bool:
    """Is `written` a misspelling of `canonical` (not the same word, not another word)?"""
    if written.casefold() == canonical.casefold():
        return True
    if len(canonical) < 4 or _ROMAN.match(canonical) or _ROMAN.match(written):
        return False
    ratio = difflib.SequenceMatcher(None, _plain(written), _plain(canonical)).ratio()
    return ratio >= NAME_WORD_SIMILARITY


@dataclass(frozen=True)
class Mention:
    person: RegisteredPerson
    start: int
    end: int
    written: str
    exact: bool  # written as the canonical name (case aside)


def find_mentions(text: str, registry: Registry) -> list[Mention]:
    """Mentions of registered people in `text`: canonical, listed variant or near spelling."""
    words = [m for m in re.finditer(r"[^\W_]+(?:['’\-][^\W_]+)*", text)]
    found: list[Mention] = []
    taken: set[int] = set()
    for person in registry.people:
        forms = [person.name, *person.variants]
        for form in forms:
            parts = form.split()
            n = len(parts)
            for i in range(len(words) - n + 1):
                if any(k in taken for k in range(i, i + n)):
                    continue
                window = words[i:i + n]
                # Names are written with capitals; lower-case words are common nouns.
                if not all(w.group()[:1].isupper() or not w.group()[:1].isalpha()
                           for w in window):
                    continue
                if any(text[window[k].end():window[k + 1].start()].strip()
                       for k in range(n - 1)):
                    continue
                written = [w.group() for w in window]
                if form != person.name:
                    if [w.casefold() for w in written] != [p.casefold() for p in parts]:
                        continue
                elif not all(_word_close(w, p) for w, p in zip(written, parts, strict=True)):
                    continue
                exact = [w.casefold() for w in written] == \
                    [p.casefold() for p in person.name.split()]
                found.append(Mention(person, window[0].start(), window[-1].end(),
                                     text[window[0].start():window[-1].end()], exact))
                taken.update(range(i, i + n))
    # A surname alone (« M. Hamouchi »), once the full name has been given.
    for i, w in enumerate(words):
        if i in taken or not w.group()[:1].isupper():
            continue
        for person in registry.people:
            surname = person.name.split()[-1]
            if len(person.name.split()) < 2 or len(surname) < 5:
                continue
            if w.group().casefold() != surname.casefold() and _word_close(w.group(), surname) \
                    and not _is_registered_word(w.group(), registry):
                found.append(Mention(person, w.start(), w.end(), w.group(), False))
                break
    return sorted(found, key=lambda m: m.start)


def _is_registered_word(word: str, registry: Registry) -> bool:
    return any(word.casefold() == part.casefold() for p in registry.people
               for part in p.name.split())


def _fix_name(mention: Mention) -> str:
    if len(mention.written.split()) == 1:
        return mention.person.name.split()[-1]
    return mention.person.name


def _person_for(name: str, registry: Registry) -> tuple[RegisteredPerson, bool] | None:
    """The registered person a people[].name refers to, and whether it is spelt canonically."""
    for person in registry.people:
        if name == person.name:
            return person, True
    for mention in find_mentions(name, registry):
        if mention.start == 0 and mention.end == len(name):
            return mention.person, False
    return None


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
        for i in range(len(words) - n + 1):
            start, end = words[i].start(), words[i + n - 1].end()
            candidate = window[start:end].rstrip(",;.:")
            end = start + len(candidate)
            if lo + start < mention.end and lo + end > mention.start:
                continue  # overlaps the name itself
            ratio = difflib.SequenceMatcher(None, normalise(candidate), normalise(title)).ratio()
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
    code, name = "P001", "wrong-official-title"
    summary = "A registered person's title differs from the protocol registry's."
    why = ("An official's title is written exactly as protocol writes it; a near miss "
           "(« Directeur général de la Police nationale ») is a wrong title in print.")
    example = ("people:\n  - name: Abdellatif Hammouchi\n    titles:\n"
               "      - Directeur de la Sûreté nationale   ← « Directeur général de la "
               "Sûreté nationale »")
    fix = "Write the title as in templates/protocol.yaml."

    def check_registry(self, ctx: CheckContext, registry: Registry) -> Iterator[Diagnostic]:
        r = ctx.release
        for i, person in enumerate(r.people):
            found = _person_for(person.name, registry)
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
                        f"« {title} » is not an official title of {registered.name} in the "
                        f"protocol registry.", r.where(f"people[{i}].titles[{j}]"),
                        f"Write « {right} »." if right else self.fix)
        for segment, mention in _body_mentions(ctx, registry):
            finding = _title_findings(segment, mention, r.language)
            if finding.near_miss:
                start, end, right = finding.near_miss
                yield self.problem(
                    f"« {segment.text[start:end]} » near « {mention.written} » is not the "
                    f"official title.", segment.location(start), f"Write « {right} ».")


class NameVariant(_ProtocolRule):
    code, name = "P002", "name-variant"
    summary = "A registered person's name is spelt differently from the protocol registry."
    why = ("A misspelt name (« Abdelatif » for « Abdellatif ») is a protocol incident and "
           "breaks every search of the archive for that person.")
    example = "people:\n  - name: Abdelatif Hammouchi   ← « Abdellatif Hammouchi »"
    fix = "Write the name as in templates/protocol.yaml."

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
                    f"« {mention.person.name} ».", where, f"Write « {_fix_name(mention)} ».")


class MissingHonorific(_ProtocolRule):
    code, name = "P003", "missing-honorific"
    summary = "A name that protocol always writes with its honorific appears without it."
    why = "« le Roi Mohammed VI » for « Sa Majesté le Roi Mohammed VI » is a protocol fault."
    example = "... sous l'impulsion du Roi Mohammed VI."
    fix = "Write the honorific before the name, as in templates/protocol.yaml."

    def check_registry(self, ctx: CheckContext, registry: Registry) -> Iterator[Diagnostic]:
        r = ctx.release
        lang = r.language
        for i, person in enumerate(r.people):
            found = _person_for(person.name, registry)
            if found and found[0].honorific_required and found[0].honorifics_in(lang) \
                    and not person.honorific:
                yield self.problem(f"{found[0].name} is listed without the honorific "
                                   "protocol requires.", r.where(f"people[{i}]"),
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
                    f"Write « {forms[0]} {mention.person.name} ».")


class WrongHonorific(_ProtocolRule):
    code, name = "P004", "wrong-honorific"
    summary = "A person's honorific is not the one the protocol registry gives."
    why = "« M. » for a minister styled « S.E. », or « Mr » in a French release, is a fault."
    example = "people:\n  - name: Mohammed VI\n    honorific: M."
    fix = "Use the honorific given in templates/protocol.yaml."

    def check_registry(self, ctx: CheckContext, registry: Registry) -> Iterator[Diagnostic]:
        r = ctx.release
        for i, person in enumerate(r.people):
            found = _person_for(person.name, registry)
            if found is None or not person.honorific:
                continue
            forms = found[0].honorifics_in(r.language)
            if forms and not any(_same_title(person.honorific, f) for f in forms):
                yield self.problem(f"« {person.honorific} » is not the honorific of "
                                   f"{found[0].name} (« {forms[0]} »).",
                                   r.where(f"people[{i}].honorific"),
                                   f"Write 'honorific: {forms[0]}'.")


class TitleMissingAtFirstMention(_ProtocolRule):
    code, name = "P005", "title-missing-at-first-mention"
    summary = "A registered official is first named in the text without an official title."
    why = ("Protocol names an official with the title of their office the first time they "
           "appear; the reader must know in what capacity they act.")
    example = "La délégation marocaine, dirigée par M. Abdellatif Hammouchi, ..."
    fix = "Give the official title next to the first mention of the name."

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
        for name, finding in first.items():
            if name in titled:
                continue
            titles = finding.mention.person.titles_in(lang)
            yield self.problem(f"{name} is named without an official title.",
                               finding.segment.location(finding.mention.start),
                               f"Add the title, e.g. « {titles[0]}, {name} ».")


class InstitutionCapitalisation(_ProtocolRule):
    code, name = "P006", "institution-capitalisation"
    severity = Severity.WARNING
    summary = "An institution's name is capitalised differently from the protocol registry."
    why = ("« sûreté nationale » and « Sûreté nationale » in one release look careless and "
           "the registry's form is the one the institution signs with.")
    example = "... la Direction générale de la sûreté nationale ..."
    fix = "Write the name as in templates/protocol.yaml."

    def check_registry(self, ctx: CheckContext, registry: Registry) -> Iterator[Diagnostic]:
        forms = sorted(registry.institutions_in(ctx.release.language), key=len, reverse=True)
        if not forms:
            return
        for segment in segments(ctx.release):
            text = segment.masked.replace("’", "'")
            taken: list[tuple[int, int]] = []
            for form in forms:
                pattern = re.escape(form.replace("’", "'")).replace(r"\ ", r"[\s\u00a0]+")
                for m in re.finditer(rf"(?<!\w){pattern}(?!\w)", text, re.IGNORECASE):
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
    code, name = "P007", "protocol-registry-broken"
    summary = "templates/protocol.yaml cannot be read; names and titles go unchecked."
    why = "A registry that cannot be read would silently let every protocol fault through."
    example = "people:\n  - name: Mohammed VI\n    titles: [Roi du Maroc   ← bracket never closed"
    fix = "Correct templates/protocol.yaml at the line given."

    def check(self, ctx: CheckContext) -> Iterator[Diagnostic]:
        try:
            load_registry(ctx.root)
        except ProtocolError as err:
            yield self.problem(err.message, err.location)


PROTOCOL_RULES = [WrongTitle, NameVariant, MissingHonorific, WrongHonorific,
                  TitleMissingAtFirstMention, InstitutionCapitalisation, RegistryBroken]
