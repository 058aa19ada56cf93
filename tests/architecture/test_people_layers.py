"""The people readers (extract/people/) in layers: each module reads only from those below
it, so a newcomer reads them from the records and word lists up to ``attach``."""

from __future__ import annotations

import grimp
import pytest

PEOPLE = "communique.extract.people"

# Top to bottom; names in one tuple are siblings, independent of each other.
PEOPLE_LAYERS = (
    ("attach",),
    ("candidates", "fr_listed_members"),
    ("evidence", "subject_titles", "distributed_titles"),
    ("titles_after_name",),
    ("titles_before_name", "shared_titles", "arabic_roles"),
    ("en_portfolios", "false_people", "latin_names", "arabic_names", "abbreviated_titles",
     "fr_appositions", "arabic_short_forms"),
    ("title_phrases",),
    ("title_words", "name_matching"),
    ("lexicon", "mentions"),
)


@pytest.fixture(scope="module")
def graph():
    return grimp.build_graph("communique")


def test_people_modules_import_downward_only(graph):
    illegal = graph.find_illegal_dependencies_for_layers(
        layers=[grimp.Layer(*layer, independent=True) for layer in PEOPLE_LAYERS],
        containers={PEOPLE})
    described = [f"{d.importer} imports {d.imported}" for d in illegal]
    assert not described, "\n".join(described)


def test_every_people_module_is_in_a_layer(graph):
    named = {n for layer in PEOPLE_LAYERS for n in layer}
    present = {m.rsplit(".", 1)[1] for m in graph.modules if m.startswith(PEOPLE + ".")}
    assert present == named, (f"in no layer: {sorted(present - named)}; "
                              f"gone: {sorted(named - present)}")
