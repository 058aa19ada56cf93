"""The extractor is an ordered list of components over one article and its spaCy Doc: each
reads only what the article or an earlier component gives, and adds what it says it adds."""

from __future__ import annotations

import datetime as dt
import re

from communique.extract import nlp, pipeline
from communique.extract.state import ArticleState, Component

TODAY = dt.date(2026, 11, 29)
NAMES = ["ner", "headline", "dates", "candidates", "titles", "venue", "organisations",
         "figures"]


def test_the_components_in_order():
    assert [c.name for c in pipeline.PIPELINE] == NAMES
    assert pipeline.check_order() == []


def test_a_component_out_of_order_is_reported():
    swapped = tuple(reversed(pipeline.PIPELINE))
    problems = pipeline.check_order(swapped)
    assert "figures reads 'date' before any component adds it" in problems


def test_each_component_adds_what_it_says(seed_text, french_nlp):
    fresh = ArticleState(text="", language="fr", reference_date=None, norm="", sentences=[])
    state = pipeline.run(seed_text, "fr", TODAY)
    for c in pipeline.PIPELINE:
        for field in c.adds:
            assert getattr(state, field) != getattr(fresh, field), (c.name, field)


def test_one_doc_over_the_article_its_offsets_the_article_s(seed_text, french_nlp):
    state = pipeline.run(seed_text, "fr", TODAY)
    assert state.doc.text == seed_text
    assert all(seed_text[e.start:e.end] == e.text for e in state.entities)


def test_a_long_article_is_one_doc_made_of_chunks(french_nlp):
    text = "Emmanuel Macron a reçu Abdellatif Hammouchi à Rabat.\n" * 600
    assert len(nlp._chunks(text)) > 1  # noqa: SLF001 - the chunking is what is under test
    doc = nlp.parse(text, "fr")
    assert doc.text == text
    ents = nlp.doc_entities(doc)
    assert ents[-1].start > nlp.CHUNK_CHARS
    assert all(text[e.start:e.end] == e.text for e in ents)


def test_values_keep_their_provenance(seed_text, french_nlp):
    state = pipeline.run(seed_text, "fr", TODAY)
    for path, prov in state.provenance.items():
        assert prov.text, path
        assert seed_text[prov.start:prov.end] in prov.text or path.startswith("venue.country")


def test_a_component_can_be_added_without_touching_the_others(seed_text, french_nlp):
    class Hashtags(Component):
        name = "hashtags"
        reads = ("norm",)
        adds = ("warnings",)

        def __call__(self, state: ArticleState) -> None:
            state.warnings += [m.group(0) for m in re.finditer(r"#\w+", state.norm)]

    steps = (*pipeline.PIPELINE, Hashtags())
    assert pipeline.check_order(steps) == []
    state = pipeline.run(seed_text + "\n#Interpol", "fr", TODAY, steps)
    assert "#Interpol" in state.warnings


def test_english_and_arabic_need_no_spacy_model():
    state = pipeline.run("Ambassador John Smith met President Jane Doe in Accra.\n", "en", TODAY)
    assert state.doc is None and state.entities == []
    assert [p.name for p in state.persons] == ["John Smith", "Jane Doe"]


def test_the_factored_token_match_reads_as_the_model_s():
    """The French model's token-match expression, factored (it compiles in a fraction of
    the time), accepts exactly the words the expression as written accepts: every word of
    the development articles, and the hyphen and elision forms it exists for."""
    from pathlib import Path

    import srsly
    from spacy.util import get_package_path

    path = get_package_path(nlp.MODEL)
    raw = next(path.glob(f"{nlp.MODEL}-*/tokenizer")).read_bytes()
    written = srsly.msgpack_loads(raw)["token_match"]
    ours, theirs = nlp.factored(written), re.compile(written)
    assert len(ours.pattern) < len(written) / 10
    sets = Path(__file__).parent / "sets" / "development"
    words = {w for p in sets.glob("*/*.txt") for w in p.read_text("utf-8").split()}
    words |= {"aujourd'hui", "Premier-ministre", "vice-président", "Saint-Étienne",
              "droits-de-l'homme", "entr'abat", "pet-en-l'air", "saut-de-ski", "anti-Macron",
              "Jean-Yves", "hip-hop", "HIP-HOP", "prud'homal", "grand'mère"}
    words |= {w.lower() for w in words} | {w.upper() for w in words}
    accepted = {w for w in words if theirs.match(w)}
    assert len(accepted) > 20
    assert {w for w in words if ours.match(w)} == accepted


def test_the_tokens_are_those_of_spacy_s_french_tokenizer(seed_text, french_nlp):
    """The model is loaded without importing spaCy's French language class; its tokenizer,
    read from the model's files, cuts every development article as that class does."""
    from pathlib import Path

    from spacy.lang.fr import French

    reference = French().tokenizer
    sets = Path(__file__).parent / "sets" / "development"
    texts = [seed_text] + [p.read_text("utf-8") for p in sorted(sets.glob("*/*.txt"))[:80]]
    for text in texts:
        assert [t.text for t in french_nlp.tokenizer(text)] == [t.text for t in reference(text)]


def test_the_entities_are_those_of_the_model_loaded_by_spacy(seed_text, french_nlp):
    """Loaded without its shared tok2vec, spaCy's French class, its tokenizer defaults and
    its string table, the model finds on the development articles the entities it finds
    loaded by spaCy with the same NER: that NER reads its own tok2vec, not the shared one
    (which only the tagger and parser read)."""
    from pathlib import Path

    import spacy

    by_spacy = spacy.load(nlp.MODEL, exclude=[c for c in nlp.UNUSED if c != "tok2vec"])
    assert by_spacy.pipe_names == ["tok2vec", "ner"] and french_nlp.pipe_names == ["ner"]
    sets = Path(__file__).parent / "sets" / "development"
    texts = [seed_text] + [p.read_text("utf-8") for p in sorted(sets.glob("*/*.txt"))[::3]]
    found = 0
    for text in texts:
        ours = [(e.label_, e.start_char, e.end_char) for e in french_nlp(text).ents]
        assert ours == [(e.label_, e.start_char, e.end_char) for e in by_spacy(text).ents]
        found += len(ours)
    assert found > 100
