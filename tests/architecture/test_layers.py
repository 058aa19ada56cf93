"""The package's layers: imports go downward only, with no cycle and no private name
imported from another module. A newcomer can then read the pipeline from the bottom up."""

from __future__ import annotations

import ast
from pathlib import Path

import grimp
import pytest

SRC = Path(__file__).resolve().parents[2] / "src" / "communique"

# Top to bottom. A layer may import any layer below it, never one above. Names in one
# tuple are siblings: independent of each other.
LAYERS = (
    ("devtools",),
    ("api",),
    ("publish", "preview"),
    ("draft",),
    ("build",),
    ("checks",),
    ("writers",),
    ("packs", "extract"),
    ("read",),
    ("diagnostics", "fs", "lock", "cache"),
    ("model", "errors", "date_mentions"),
)


@pytest.fixture(scope="module")
def graph():
    return grimp.build_graph("communique")


def _present(graph, name: str) -> bool:
    return f"communique.{name}" in graph.modules


def test_imports_go_downward_only(graph):
    layers = [tuple(f"communique.{n}" for n in layer if _present(graph, n))
              for layer in LAYERS]
    illegal = graph.find_illegal_dependencies_for_layers(
        layers=[grimp.Layer(*layer, independent=True) for layer in layers if layer],
        containers=set())
    described = [f"{d.importer} imports {d.imported}: "
                 + "; ".join(" -> ".join(r.importer for r in route.heads) for route in d.routes)
                 for d in illegal]
    assert not described, "\n".join(described)


def test_every_module_is_in_a_layer(graph):
    named = {n for layer in LAYERS for n in layer}
    top = {m.split(".")[1] for m in graph.modules if m.count(".") >= 1}
    assert top <= named | {"__init__"}, f"modules in no layer: {sorted(top - named)}"


def test_no_import_cycle_between_modules(graph):
    cycles = []
    for module in sorted(graph.modules):
        for imported in graph.find_modules_directly_imported_by(module):
            if graph.chain_exists(importer=imported, imported=module):
                cycles.append(f"{module} <-> {imported}")
    assert not cycles, "\n".join(cycles)


def test_no_private_name_imported_from_another_module():
    offences = []
    for path in SRC.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                for alias in node.names:
                    if alias.name.startswith("_") and not alias.name.startswith("__"):
                        offences.append(f"{path.relative_to(SRC)}:{node.lineno} {alias.name}")
    assert not offences, "\n".join(offences)


def test_the_package_never_reads_the_tests_folder():
    offences = [str(p.relative_to(SRC)) for p in SRC.rglob("*.py")
                if p.parts[-2] != "devtools"
                and ('"tests"' in p.read_text(encoding="utf-8")
                     or "'tests'" in p.read_text(encoding="utf-8"))]
    assert not offences, offences
