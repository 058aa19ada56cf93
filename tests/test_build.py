import os

import pytest

from communique.build.write import clean_outputs, remove_leftovers, write_outputs
from communique.errors import OutputError


def test_write_is_atomic_and_leaves_no_temporary(tmp_path):
    target = tmp_path / "build" / "x" / "x.fr.pdf"
    write_outputs(tmp_path, [(target, b"one")])
    write_outputs(tmp_path, [(target, b"two")])
    assert target.read_bytes() == b"two"
    assert os.listdir(target.parent) == ["x.fr.pdf"]
    assert os.listdir(tmp_path / "build" / ".sets") == []


@pytest.mark.parametrize("path", ["releases/x/release.md", "build/../tasks.py", "build",
                                  "build/x.pdf", "build/published/x.pdf", "build/.sets/x.pdf",
                                  "build/x/y/z.pdf"])
def test_refuses_to_write_outside_a_release_folder_of_build(tmp_path, path):
    with pytest.raises(OutputError, match="refusing to write outside"):
        write_outputs(tmp_path, [(tmp_path / path, b"x")])
    assert not (tmp_path / "releases").exists() and not (tmp_path / "build").exists()


def test_read_only_build_gives_a_clear_error(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root ignores directory permissions")
    (tmp_path / "build").mkdir()
    (tmp_path / "build").chmod(0o500)
    with pytest.raises(OutputError, match="cannot write"):
        write_outputs(tmp_path, [(tmp_path / "build" / "a" / "b.pdf", b"x")])


def test_leftovers_of_killed_builds_are_removed_whatever_their_age(tmp_path):
    folder = tmp_path / "build" / "x"
    folder.mkdir(parents=True)
    (folder / "x.fr.pdf").write_bytes(b"whole")
    fresh_part = folder / ".x.fr.pdf.def.part"
    fresh_part.write_bytes(b"half")
    unfinished = tmp_path / "build" / ".sets" / "x.abc"
    unfinished.mkdir(parents=True)
    (unfinished / "x.fr.pdf").write_bytes(b"half")
    archive = tmp_path / "build" / "published" / "x"
    archive.mkdir(parents=True)
    (archive / ".x.fr.pdf.old.part").write_bytes(b"the archive's own")
    assert remove_leftovers(tmp_path) == 2
    assert not fresh_part.exists() and not unfinished.exists()
    assert (folder / "x.fr.pdf").read_bytes() == b"whole"
    assert (archive / ".x.fr.pdf.old.part").exists()  # build/published/ is never touched


def test_a_set_replaces_the_previous_one_whole(tmp_path):
    folder = tmp_path / "build" / "x"
    write_outputs(tmp_path, [(folder / "x.fr.pdf", b"1"), (folder / "x.en.pdf", b"1")])
    inode = folder.stat().st_ino
    write_outputs(tmp_path, [(folder / "x.fr.pdf", b"2")])
    assert os.listdir(folder) == ["x.fr.pdf"]  # a language no longer built is gone
    assert folder.stat().st_ino != inode  # switched as a folder, not file by file


def test_outputs_change_together_or_not_at_all(tmp_path, monkeypatch):
    from communique.build import write as build

    pdf, docx = tmp_path / "build" / "x" / "x.fr.pdf", tmp_path / "build" / "x" / "x.fr.docx"
    other = tmp_path / "build" / "y" / "y.fr.pdf"
    write_outputs(tmp_path, [(pdf, b"old pdf"), (docx, b"old docx"), (other, b"old y")])
    real_fdopen, calls = os.fdopen, []

    def disk_fills_on_the_third_file(fd, *args, **kwargs):
        calls.append(fd)
        if len(calls) == 3:
            os.close(fd)
            raise OSError(28, "No space left on device")
        return real_fdopen(fd, *args, **kwargs)

    monkeypatch.setattr(build.os, "fdopen", disk_fills_on_the_third_file)
    with pytest.raises(OutputError, match="y.fr.pdf: cannot write .No space left"):
        write_outputs(tmp_path, [(pdf, b"new pdf"), (docx, b"new docx"), (other, b"new y")])
    assert (pdf.read_bytes(), docx.read_bytes()) == (b"old pdf", b"old docx")
    assert other.read_bytes() == b"old y"
    assert sorted(os.listdir(pdf.parent)) == ["x.fr.docx", "x.fr.pdf"]
    assert os.listdir(tmp_path / "build" / ".sets") == []  # no temporary left


def test_clean_keeps_the_publishing_archive(tmp_path):
    write_outputs(tmp_path, [(tmp_path / "build" / "x" / "x.fr.pdf", b"1")])
    archive = tmp_path / "build" / "published" / "x" / "1" / "x.fr.pdf"
    archive.parent.mkdir(parents=True)
    archive.write_bytes(b"as published")
    assert clean_outputs(tmp_path) == ["build/.sets/", "build/x/"]
    assert archive.read_bytes() == b"as published"
    assert sorted(os.listdir(tmp_path / "build")) == ["published"]


def test_atomic_rewrite_keeps_the_file_permissions(tmp_path):
    from communique.fs import write_atomically

    target = tmp_path / "release.md"
    target.write_text("old")
    target.chmod(0o600)
    write_atomically(target, b"new")
    assert target.read_bytes() == b"new"
    assert target.stat().st_mode & 0o777 == 0o600
    assert os.listdir(tmp_path) == ["release.md"]
