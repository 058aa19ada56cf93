"""The build plan: what did not change is not rendered again; what changed is, exactly."""

from __future__ import annotations

import io
import re
import shutil
from pathlib import Path

import pytest

from communique import api
from communique.build import isolate

ROOT = Path(__file__).resolve().parents[2]
MAROC, DECLARATION, NOTE = ("maroc-vice-presidence-interpol", "exemple-declaration",
                            "exemple-note-aux-redactions")
ALL = {MAROC, DECLARATION, NOTE}


@pytest.fixture(scope="module")
def built_once(tmp_path_factory) -> Path:
    """The three example releases (one language each, to keep builds short), built."""
    root = tmp_path_factory.mktemp("built")
    shutil.copytree(ROOT / "templates", root / "templates")
    shutil.copytree(ROOT / "releases", root / "releases")
    for other in (root / "releases").glob("*/release.*.md"):
        other.unlink()
    shutil.copy(ROOT / "pyproject.toml", root / "pyproject.toml")
    code, built, _, err = build(root)
    assert code == 0, err
    assert built == ALL
    return root


@pytest.fixture
def project(built_once, tmp_path) -> Path:
    root = tmp_path / "project"
    shutil.copytree(built_once, root)  # contents and times: still up to date
    return root


def build(root: Path) -> tuple[int, set[str], set[str], str]:
    """Exit code, the slugs rendered, the slugs up to date, and the messages."""
    out, err = io.StringIO(), io.StringIO()
    code = api.build(root, [], out=out, err=err)
    lines = out.getvalue().splitlines()

    def slugs(prefix: str) -> set[str]:
        return {m.group(1) for line in lines
                if (m := re.match(rf"{prefix} build/([^/]+)/", line))}

    return code, slugs("built"), slugs("up to date"), err.getvalue()


def outputs(root: Path) -> dict[str, int]:
    return {str(p.relative_to(root)): p.stat().st_mtime_ns
            for p in (root / "build").rglob("*") if p.suffix in (".pdf", ".docx")}


def append(path: Path, text: str) -> None:
    path.write_text(path.read_text("utf-8") + text, "utf-8")


def test_an_unchanged_project_is_not_rendered_again(project, monkeypatch):
    before = outputs(project)

    def no_render(*_args, **_kwargs):
        raise AssertionError("a renderer was started for an up-to-date project")

    monkeypatch.setattr(isolate.RenderPool, "start", no_render)
    code, built, up_to_date, err = build(project)
    assert (code, built, up_to_date) == (0, set(), ALL), err
    assert outputs(project) == before  # not rewritten either


@pytest.mark.parametrize("change, rebuilt", [
    (lambda r: append(r / "templates/declaration/style.css", "\nh1 { letter-spacing: 0 }\n"),
     {DECLARATION}),
    (lambda r: append(r / "templates/_base/house.css", "\nh1 { letter-spacing: 0 }\n"), ALL),
    (lambda r: append(r / "templates/institutions/dgsn/institution.yaml", "\n# checked\n"),
     {MAROC}),
    (lambda r: append(r / "templates/institutions/ministere-exemple/institution.yaml",
                      "\n# checked\n"), {DECLARATION, NOTE}),
    (lambda r: append(r / f"releases/{MAROC}/article.txt",
                      "\nLa délégation est rentrée à Rabat.\n"), {MAROC}),
    # An entry the Moroccan release mentions (« M. Abdellatif Hammouchi »).
    (lambda r: edit(r / "templates/protocol.yaml", "Abdellatif Hammouchy]",
                    "Abdellatif Hammouchy, Abdellatif Hamouchy]"), {MAROC}),
    # A person no release mentions.
    (lambda r: edit(r / "templates/protocol.yaml", "\npeople:\n",
                    "\npeople:\n  - name: Zineb Exemplaire\n"
                    "    titles:\n      fr: [Ambassadrice]\n"),
     set()),
], ids=["pack-css", "base-css", "institution", "other-institution", "article",
        "protocol-entry-used", "protocol-entry-unused"])
def test_a_change_renders_exactly_the_releases_that_use_it(project, change, rebuilt):
    before = outputs(project)
    change(project)
    code, built, up_to_date, err = build(project)
    assert code == 0, err
    assert built == rebuilt
    assert up_to_date == ALL - rebuilt
    after = outputs(project)
    changed = {name.split("/")[1] for name in after if after[name] != before.get(name)}
    assert changed == rebuilt
    assert build(project)[1:3] == (set(), ALL)  # and now all is up to date again


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text, f"{old!r} is no longer in {path.name}"
    path.write_text(text.replace(old, new, 1), "utf-8")


def test_a_release_that_gains_an_error_leaves_no_valid_looking_output(project):
    archive = project / "build" / "published" / MAROC / "v1" / f"{MAROC}.fr.pdf"
    archive.parent.mkdir(parents=True)
    archive.write_bytes(b"%PDF-1.7 the approved version")
    others = {k: v for k, v in outputs(project).items() if MAROC not in k}

    edit(project / "releases" / MAROC / "release.md", "date: 2024-11-07", "date: 2024-02-30")
    code, built, _, err = build(project)
    assert code == 1 and built == set()
    assert f"removed build/{MAROC}/{MAROC}.fr.pdf" in err
    folder = project / "build" / MAROC
    assert not folder.exists() or not [p for p in folder.iterdir()
                                       if p.suffix in (".pdf", ".docx", ".json")]
    assert {k: v for k, v in outputs(project).items() if MAROC not in k} == others
    assert archive.read_bytes() == b"%PDF-1.7 the approved version"

    edit(project / "releases" / MAROC / "release.md", "date: 2024-02-30", "date: 2024-11-07")
    code, built, up_to_date, err = build(project)
    assert code == 0 and built == {MAROC} and up_to_date == {DECLARATION, NOTE}, err


def listed(root: Path) -> dict[str, str]:
    """`inv list`: each release's build column, by slug."""
    out = io.StringIO()
    assert api.list_releases(root, out=out, err=io.StringIO()) == 0
    states = {}
    for line in out.getvalue().splitlines():
        m = re.search(r"releases/([a-z0-9-]+)/release\.md.*│\s*(up to date|stale|not built)"
                      r"\s*│", line)
        if m:
            states[m.group(1)] = m.group(2)
    return states


def test_inv_list_says_which_outputs_are_stale(project):
    """A build that stops at one release's error leaves the others' old files: stale."""
    assert listed(project) == {slug: "up to date" for slug in ALL}
    note = project / "releases" / NOTE / "release.md"
    note.write_text(note.read_text("utf-8") + "\n", "utf-8")  # changed, still correct
    edit(project / "releases" / MAROC / "release.md", "date: 2024-11-07", "date: 2024-02-30")
    code, built, _, err = build(project)
    assert code == 1 and built == set(), err
    assert listed(project) == {MAROC: "not built", NOTE: "stale", DECLARATION: "up to date"}


def test_a_release_that_cannot_be_rendered_loses_its_old_outputs(project):
    """A render that fails (here WeasyPrint refuses the pack's CSS) is an error too."""
    style = project / "templates" / "communique" / "style.css"
    style.write_text(style.read_text("utf-8") + "\n.headline { colour: red }\n", "utf-8")
    code, built, _, err = build(project)
    assert code == 1 and built == set(), err
    assert "could not be rendered" in err
    (failed,) = {m.group(1) for m in re.finditer(r"removed build/([^/]+)/", err)}
    assert listed(project)[failed] == "not built"
    assert not [p for p in (project / "build" / failed).glob("*") if p.suffix == ".pdf"]
