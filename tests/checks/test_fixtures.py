"""One fixture pair per rule code, run through the real check engine, with the text and
JSON reports compared with a reviewed snapshot (as Ruff keeps them).

tests/checks/fixtures/<CODE>/
  fires/      laid over a copy of the project: releases/<slug>/release.md (and any
              article.txt, release.en.md), templates/… files that replace the pack's;
              the code, and only that code, is reported
  passes/     the same, one change away: nothing is reported at all
  snapshot.txt, snapshot.json   the reports of both, as `inv check` prints them

O codes are reported by the build's read-back, so their fixtures are rendered (a pack
with a tampered template, or `tamper.txt` naming what to do to the rendered bytes, as a
broken writer would). After a deliberate change to a rule's messages, rewrite the
snapshots with `pytest tests/checks/test_fixtures.py --accept` and review the diff.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest

from communique.checks.engine import check_targets, unique
from communique.checks.registry import all_rules
from communique.checks.report import to_json, to_text
from communique.checks.settings import read_selection
from communique.read.front_matter import relative_name
from tests.conftest import Project

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).parent / "fixtures"
CODES = [rule.code for rule in all_rules()]
CASES = ("fires", "passes")


def test_every_rule_code_has_its_fixture_and_nothing_else_does():
    present = sorted(p.name for p in FIXTURES.iterdir() if p.is_dir())
    assert present == sorted(CODES)
    for code in CODES:
        for case in CASES:
            assert list((FIXTURES / code / case / "releases").glob("*/release*.md")), \
                f"{code}/{case} has no release file"


@pytest.fixture(scope="module")
def base(tmp_path_factory) -> Path:
    """The project without its releases, copied once: each code copies it in turn."""
    root = tmp_path_factory.mktemp("base")
    shutil.copytree(ROOT / "templates", root / "templates")
    shutil.copy(ROOT / "pyproject.toml", root / "pyproject.toml")
    (root / "releases").mkdir()
    # The shipped institution's contacts are placeholders (W003 reports them for every
    # release); fixtures are about their own code, so the base has real-looking ones.
    Project(root).fill_institution()
    return root


class Overlay:
    """A fixture case laid over the project copy, and lifted again before the next one."""

    def __init__(self, root: Path, case: Path):
        self.root, self.case, self.saved = root, case, {}

    def __enter__(self) -> Overlay:
        for source in sorted(self.case.rglob("*")):
            if source.is_dir() or source.name == "tamper.txt":
                continue
            target = self.root / source.relative_to(self.case)
            self.saved[target] = target.read_bytes() if target.exists() else None
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
        return self

    def __exit__(self, *_exc) -> None:
        for target, data in self.saved.items():
            if data is None:
                target.unlink()
            else:
                target.write_bytes(data)
        shutil.rmtree(self.root / "releases")
        (self.root / "releases").mkdir()


def _tamper(how: str, data: bytes) -> bytes:
    """What a broken writer could hand over: cut short, or fonts not embedded."""
    if how == "truncate":
        return data[:len(data) // 3]
    if how == "unembed-fonts":
        import io

        from pypdf import PdfReader, PdfWriter
        from pypdf.generic import NameObject, NullObject

        writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
        for page in writer.pages:
            for ref in page["/Resources"].get_object().get("/Font", {}).values():
                font = ref.get_object()
                owners = [font, *(d.get_object() for d in
                                  font.get("/DescendantFonts", NullObject()).get_object() or ())]
                for owner in owners:
                    descriptor = owner.get("/FontDescriptor")
                    for key in ("/FontFile", "/FontFile2", "/FontFile3"):
                        if descriptor is not None:
                            descriptor.get_object().pop(NameObject(key), None)
        out = io.BytesIO()
        writer.write(out)
        return out.getvalue()
    raise AssertionError(f"unknown tamper '{how}' (truncate, unembed-fonts)")


def _report(root: Path, case: Path, render: bool) -> tuple[list, str, dict]:
    selection = read_selection(root)
    results = check_targets(root, [], selection)
    diagnostics = unique(d for r in results for d in r.diagnostics)
    checked = [relative_name(r.path, root) for r in results]
    if render:
        assert not diagnostics, f"{case}: a build fixture must pass inv check first"
        diagnostics = _read_back(root, results, selection, case)
    text = to_text(diagnostics, checked).replace(str(root), "<project>")
    document = json.loads(to_json(diagnostics, checked).replace(str(root), "<project>"))
    return diagnostics, text, document


_RENDERED: dict[str, list] = {}


def _digest(root: Path) -> str:
    """What the render depends on: every file of the project copy, by its relative path."""
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        digest.update(f"{path.relative_to(root)}\0".encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _read_back(root: Path, results, selection, case: Path) -> list:
    """What `inv build` reports after rendering: each file read back (rules O001-O005)."""
    from communique.build.run import render_releases
    from communique.checks.readback import verify_outputs

    key = _digest(root)
    if key not in _RENDERED:  # the same project renders the same bytes: render it once
        _RENDERED[key] = render_releases(root, results, selection)
    found = []
    tamper = case / "tamper.txt"
    for item in _RENDERED[key]:
        if tamper.is_file():
            kind, _, how = tamper.read_text("utf-8").strip().partition(": ")
            pdf = _tamper(how, item.pdf) if kind == "pdf" else item.pdf
            docx = _tamper(how, item.docx) if kind == "docx" else item.docx
            found.extend(selection.apply(verify_outputs(
                item.job.release, item.job.pack, pdf, docx, item.job.institution)))
        else:
            found.extend(item.diagnostics)
    return unique(found)


@pytest.mark.parametrize("code", CODES)
def test_rule_fixture(code, base, tmp_path, accept):
    folder = FIXTURES / code
    if not folder.is_dir():
        pytest.fail(f"no fixture for {code}: add {folder.relative_to(ROOT)}/fires and passes")
    root = tmp_path / "project"
    shutil.copytree(base, root)
    render = code.startswith("O")
    texts, documents = [], {}
    for case in CASES:
        with Overlay(root, folder / case):
            diagnostics, text, document = _report(root, folder / case, render)
        codes = sorted({d.code for d in diagnostics})
        if case == "fires":
            assert codes == [code], f"{code}/fires reports {codes}, not only {code}"
        else:
            assert codes == [], f"{code}/passes reports {codes}"
        texts.append(f"# {case}\n{text}\n")
        documents[case] = document
    snapshot_text = "\n".join(texts)
    snapshot_json = json.dumps(documents, ensure_ascii=False, indent=2) + "\n"
    text_file, json_file = folder / "snapshot.txt", folder / "snapshot.json"
    if accept:
        text_file.write_text(snapshot_text, encoding="utf-8")
        json_file.write_text(snapshot_json, encoding="utf-8")
        return
    hint = "run `pytest tests/checks/test_fixtures.py --accept` and review the diff"
    assert text_file.is_file() and json_file.is_file(), f"{code}: no snapshot yet; {hint}"
    assert snapshot_text == text_file.read_text("utf-8"), f"{code}: text report changed; {hint}"
    assert json.loads(json_file.read_text("utf-8")) == documents, \
        f"{code}: JSON report changed; {hint}"
