"""Rules on the people of a release: each entry is a person, each title is theirs, whole.

A title must be attested for *that* person: the article writes it next to their name
(« le préfet de police Mohamed Dkhissi », « Abdellatif Hammouchi, Directeur général… »,
or in the sentence that names them), or the protocol registry gives it to them. Without
that, « Premier ministre malien » can end up on a Moroccan minister because both are
named in the article.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from communique.checks.rule import CheckContext, Rule
from communique.checks.rules.article_match import (
    ArticlePeople,
    loose_key,
    person_keys,
    phrase_spans,
)
from communique.checks.rules.lexicon import (
    ORGANISATION_HEADS,
    honorific_words,
    looks_like_acronym,
    non_name_words,
    place_names,
    title_head_phrases,
    title_heads,
)
from communique.checks.rules.protocol import person_for, registry_of
from communique.diagnostics import Diagnostic, Severity
from communique.model import Release

# Words a title never ends on: it was cut in the middle of a phrase (« … national d' »).
CUT_ENDINGS = {
    "fr": ("de", "du", "des", "d'", "la", "le", "les", "l'", "à", "au", "aux", "en", "pour",
           "par", "sur", "et", "ou", "chargé", "chargée", "auprès"),
    "en": ("of", "for", "the", "a", "an", "to", "in", "at", "on", "and", "or", "by", "with",
           "from"),
    "ar": ("في", "من", "على", "إلى", "الى", "عن", "و", "لدى", "مع"),
}
# Any language's: a title copied from a foreign article into a French release is cut too.
_ENDINGS = frozenset(loose_key(w) for words in CUT_ENDINGS.values() for w in words)
_ENDING = re.compile(r"(?:^|[\s\u00a0])(?P<word>[^\s\u00a0]+?)[\s\u00a0]*$")


def article_spelling(release: Release, index: int) -> str:
    return release.fields.get(f"people[{index}].article_spelling", "").strip()


def _cut_word(title: str) -> str:
    text = title.rstrip()
    elided = re.search(r"(?<![^\W\d_])[dlDL]['’]$", text)
    if elided:
        return elided.group()
    m = _ENDING.search(text)
    if not m or m.group("word") == text:
        return ""
    word = m.group("word")
    return word if loose_key(word) in _ENDINGS else ""


class TitleCutShort(Rule):
    """F014 title-cut-short: A person's title ends on a preposition or an article: it was cut short.

    Why: « responsable du Bureau central national d’ » or "Member of Parliament for" is half a
    title: the end was lost when it was copied or extracted.

    Example:
        people:
          - name: Mohamed Dkhissi
            titles:
              - responsable du Bureau central national d’   ← d’Interpol à Rabat

    Fix: Complete the title as the article or the protocol registry writes it.
    """

    def check(self, ctx: CheckContext) -> Iterator[Diagnostic]:
        r = ctx.release
        for i, person in enumerate(r.people):
            for field, titles in (("titles", person.titles),
                                  ("former_titles", person.former_titles)):
                for j, title in enumerate(titles):
                    word = _cut_word(title)
                    if word:
                        yield self.problem(
                            f"the title « {title} » of {person.name or 'people[' + str(i) + ']'}"
                            f" ends on « {word} »: it is cut short "
                            f"(people[{i}].{field}[{j}]).",
                            r.where(f"people[{i}].{field}[{j}]"))


# Offices at court and in a cabinet that the extractor's title heads do not list.
_MORE_TITLE_HEADS = ("chambellan", "grand chambellan", "chamberlain", "lord chamberlain",
                     "porte-parole", "spokesperson", "spokesman", "conseiller du roi",
                     "conseiller de sa majeste")


def _what_is_not_a_person(name: str, registry_institutions: set[str]) -> str:
    key = loose_key(name)
    if not key:
        return ""
    if key in place_names():
        return "a place"
    words = key.split(" ")
    if key in registry_institutions or words[0] in ORGANISATION_HEADS \
            or looks_like_acronym(name):
        return "an organisation"
    heads = sorted({*title_head_phrases(), *_MORE_TITLE_HEADS}, key=len, reverse=True)
    head = next((h for h in heads if key == h or key.startswith(h + " ")), "")
    if not head:
        return ""
    # What follows the title head names no one: small words, or words that are never part
    # of a name (« de Sa Majesté », « de la Sûreté nationale »).
    never_names = non_name_words() | honorific_words() | title_heads() | ORGANISATION_HEADS
    rest = name.split()[len(head.split()):]
    if all(not w[:1].isupper() or loose_key(w) in never_names for w in rest):
        return "a title without a name"
    return ""


class NotAPerson(Rule):
    """F015 not-a-person: An entry of `people` is a place, an organisation or a title without a
    name.

    Why: « Glasgow », « Interpol » or « Chambellan de Sa Majesté » listed as a person prints as
    one in the release: a place where a name should be, a title with no one holding it.

    Example:
        people:
          - name: Glasgow   ← the city of the event, not a person

    Fix: Remove the entry, or write the person's name (and put the place in venue, the
    organisation in the text).
    """

    def check(self, ctx: CheckContext) -> Iterator[Diagnostic]:
        r = ctx.release
        if not r.people:
            return
        registry = registry_of(ctx)
        institutions = {loose_key(n) for lang in ("fr", "en", "ar")
                        for n in (registry.institutions_in(lang) if registry else ())}
        for i, person in enumerate(r.people):
            if registry is not None and person.name and person_for(person.name, registry):
                continue  # protocol knows the person
            what = _what_is_not_a_person(person.name, institutions)
            if what:
                yield self.problem(f"« {person.name} » (people[{i}].name) is {what}, not a "
                                   "person.", r.where(f"people[{i}].name"))


class TitleForAnotherPerson(Rule):
    """A005 title-not-for-this-person: A person's title is one the article gives to someone else,
    or never gives next to that person's name.

    Why: An article names several people with their titles; a title moved to the wrong one («
    Premier ministre malien » on a Moroccan minister) is in the article, so a check that only
    looks for the words lets it through.

    Example:
        article: « … le préfet de police, Mohamed Dkhissi
        … dirigée par le Directeur général de la Sûreté nationale, Abdellatif Hammouchi »
        people:
          - name: Mohamed Dkhissi
            titles:
              - Directeur général de la Sûreté nationale   ← Hammouchi's title

    Fix: Give the person the title the article writes next to their name, or add it for them in
    templates/protocol.yaml.
    """

    def check(self, ctx: CheckContext) -> Iterator[Diagnostic]:
        r = ctx.release
        if not r.article.strip() or not r.people:
            return
        registry = registry_of(ctx)
        keys = [person_keys(p.name, article_spelling(r, i)) for i, p in enumerate(r.people)]
        ignored = non_name_words() | honorific_words() | title_heads()
        people = ArticlePeople(r.article, keys, ignored)
        for i, person in enumerate(r.people):
            if not any(m[2] == i for m in people.mentions):
                continue  # the article does not name them as written: A002's concern
            registered = person_for(person.name, registry) if registry and person.name else None
            allowed = {loose_key(t) for t in registered[0].titles_in(r.language)} \
                if registered else set()
            for j, title in enumerate(person.titles):
                if not title.strip() or loose_key(title) in allowed:
                    continue
                found = people.attributions(title)
                if not found:
                    continue  # not in the article at all: A004's concern
                if any(a.index == i for a in found):
                    continue
                others = list(dict.fromkeys(a.person for a in found if a.person))
                where = r.where(f"people[{i}].titles[{j}]")
                if others:
                    yield self.problem(
                        f"« {title} » (people[{i}].titles[{j}]) is the article's title for "
                        f"{' and '.join(others)}, not for {person.name}.", where)
                    continue
                # Written where the article names nobody: it counts when the paragraph is
                # about this person (named in it) and about no one else of the release.
                near = [people.paragraph_of(a.start) for a in found]
                if any(people.mentioned_in(p, i) for p in near):
                    continue
                yield self.problem(
                    f"« {title} » (people[{i}].titles[{j}]) is in the article, but never "
                    f"next to {person.name}'s name.", where)


class ArticleSpellingNoted(Rule):
    """A009 article-spelling-corrected: A name corrects the article's spelling, which the release
    notes (article_spelling).

    Why: Articles misspell names (« Soumyelou » for « Soumeylou »); the release may correct
    them, and says so, so a reviewer sees the correction was deliberate.

    Example:
        people:
          - name: Soumeylou Boubèye Maïga
            article_spelling: Soumyelou Boubèye Maïga

    Fix: Nothing to do; remove article_spelling if the article is right after all.

    Severity: info
    """

    def check(self, ctx: CheckContext) -> Iterator[Diagnostic]:
        r = ctx.release
        for i, person in enumerate(r.people):
            written = article_spelling(r, i)
            if not written:
                continue
            where = r.where(f"people[{i}].article_spelling")
            if r.article.strip() and not phrase_spans(written, r.article):
                yield self.problem(
                    f"people[{i}].article_spelling « {written} » is not in the article.",
                    where, "Copy the name exactly as the article writes it.").regraded(
                        Severity.ERROR)
                continue
            yield self.problem(f"« {person.name} » corrects the article's « {written} ».",
                               where)


PEOPLE_RULES = [TitleCutShort, NotAPerson, TitleForAnotherPerson, ArticleSpellingNoted]
