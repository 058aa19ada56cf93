"""inv template-new: a new pack copied from an existing one, never over anything."""

from __future__ import annotations

import io

import pytest

from communique import api
from communique.packs.manifest import list_packs, load_pack
from communique.packs.scaffold import ScaffoldError, new_pack


def test_new_pack_is_a_working_copy(project):
    folder = new_pack(project.root, "communique-ministre", "communique", "Communiqué du ministre")
    assert folder == project.root / "templates" / "communique-ministre"
    pack = load_pack(project.root, "communique-ministre")
    assert pack.title == "Communiqué du ministre"
    assert pack.languages == ("fr", "en", "ar")
    assert set(pack.fields) == set(load_pack(project.root, "communique").fields)
    assert (folder / "release.html.j2").is_file() and (folder / "styles.docx").is_file()
    # A release using it checks clean, like one using the original.
    project.edit("template: communique", "template: communique-ministre")
    out = io.StringIO()
    assert api.check(project.root, [], out=out, err=io.StringIO()) == 0, out.getvalue()


def test_refuses_to_overwrite(project):
    before = (project.root / "templates" / "communique" / "manifest.yaml").read_bytes()
    with pytest.raises(ScaffoldError, match="already exists"):
        new_pack(project.root, "declaration", "communique")
    with pytest.raises(ScaffoldError, match="already exists"):
        new_pack(project.root, "communique", "declaration")
    assert (project.root / "templates" / "communique" / "manifest.yaml").read_bytes() == before


@pytest.mark.parametrize("name", ["", "Communique", "../x", "a b", "_base", "institutions",
                                  "x-", "-x", "é", "a" * 41, "con"])
def test_refuses_bad_names(project, name):
    packs = list_packs(project.root)
    with pytest.raises(ScaffoldError, match="not a valid pack name"):
        new_pack(project.root, name)
    assert list_packs(project.root) == packs
    assert not [p for p in (project.root / "templates").iterdir() if p.name.startswith(".")]


def test_unknown_source(project):
    with pytest.raises(ScaffoldError, match="no pack 'nope'"):
        new_pack(project.root, "x", "nope")


def test_api_exit_codes(project):
    out, err = io.StringIO(), io.StringIO()
    assert api.new_template(project.root, "avis", "declaration", out=out, err=err) == 0
    assert "templates/avis" in out.getvalue()
    assert api.new_template(project.root, "avis", "declaration", out=out, err=err) == 2
    assert "already exists" in err.getvalue()
