"""The extractor as an ordered list of components over one article and its spaCy ``Doc``.

Each component (``components/``) has a name, the state fields it reads and those it adds
(with their provenance); ``run`` calls them in the order of ``PIPELINE``. A component reads
only what an earlier one added (``check_order``, tested). The patterns the components apply
are data: ``patterns/<language>/*.yaml`` (constructions, each with its example) and
``data/`` (word lists, places, events).

Why not spaCy's own pipeline (``@Language.component``): the French model reads a long
article in chunks (bounded memory on hostile input) while the components read the whole
article at once, and English and Arabic have no model, so they need not import spaCy.
"""

from __future__ import annotations

import datetime as dt

from . import nlp
from .components.candidates import Candidates
from .components.event_date import EventDate
from .components.figure import Figures
from .components.headline import Headline
from .components.ner import Ner
from .components.organisation import Organisations
from .components.place import Place
from .components.titles import Titles
from .state import ArticleState, Component
from .text import normalise, sentences

PIPELINE: tuple[Component, ...] = (
    Ner(), Headline(), EventDate(), Candidates(), Titles(), Place(), Organisations(), Figures(),
)
# What the article gives before any component runs.
GIVEN = ("text", "language", "reference_date", "norm", "sentences")


def check_order(pipeline: tuple[Component, ...] = PIPELINE) -> list[str]:
    """Problems in a pipeline's order: a component reading what no earlier one added."""
    known = set(GIVEN)
    problems = []
    for c in pipeline:
        problems += [f"{c.name} reads {r!r} before any component adds it"
                     for r in c.reads if r not in known]
        known.update(c.adds)
    return problems


def run(text: str, language: str, reference_date: dt.date | None,
        pipeline: tuple[Component, ...] = PIPELINE) -> ArticleState:
    state = ArticleState(text=text, language=language, reference_date=reference_date,
                         norm=normalise(text), sentences=sentences(text))
    if nlp.send_ahead(text, language):
        _rehearse(state, pipeline)
    for component in pipeline:
        component(state)
    return state


def _rehearse(given: ArticleState, pipeline: tuple[Component, ...]) -> None:
    """While spaCy reads the article in its own process (``nlp.NerProcess``, a cold
    ``inv extract``), run the components that do not need its entities over a copy of the
    article without entities, and drop what they find: the patterns and data files each
    component reads on its first article (cached, some 0.4 s) are then read meanwhile, not
    after. The components are pure functions of the state, so the real run is the same."""
    state = ArticleState(text=given.text, language=given.language,
                         reference_date=given.reference_date, norm=given.norm,
                         sentences=given.sentences)
    for component in pipeline:
        if "entities" in component.adds:
            continue
        try:
            component(state)
        except Exception:  # noqa: BLE001 - a rehearsal only warms caches; the real run reports
            return
