import os

import pytest

from communique.build.write import write_output
from communique.errors import OutputError


def test_write_is_atomic_and_leaves_no_temporary(tmp_path):
    target = tmp_path / "build" / "x" / "x.fr.pdf"
    write_output(tmp_path, target, b"one")
    write_output(tmp_path, target, b"two")
    assert target.read_bytes() == b"two"
    assert os.listdir(target.parent) == ["x.fr.pdf"]


@pytest.mark.parametrize("path", ["releases/x/release.md", "build/../tasks.py", "build"])
def test_refuses_to_write_outside_build(tmp_path, path):
    with pytest.raises(OutputError):
        write_output(tmp_path, tmp_path / path, b"x")
    assert not (tmp_path / "releases").exists()


def test_read_only_build_gives_a_clear_error(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root ignores directory permissions")
    (tmp_path / "build").mkdir()
    (tmp_path / "build").chmod(0o500)
    with pytest.raises(OutputError, match="cannot write"):
        write_output(tmp_path, tmp_path / "build" / "a" / "b.pdf", b"x")


def test_stale_temporary_files_are_removed(tmp_path):
    target = tmp_path / "build" / "x" / "x.fr.pdf"
    target.parent.mkdir(parents=True)
    stale = target.parent / ".x.fr.pdf.abc.part"
    fresh = target.parent / ".x.fr.pdf.def.part"
    stale.write_bytes(b"half")
    fresh.write_bytes(b"half")
    os.utime(stale, (1, 1))
    write_output(tmp_path, target, b"ok")
    assert not stale.exists() and fresh.exists()


def test_outputs_change_together_or_not_at_all(tmp_path, monkeypatch):
    from communique.build import write as build

    pdf, docx = tmp_path / "build" / "x" / "x.fr.pdf", tmp_path / "build" / "x" / "x.fr.docx"
    build.write_outputs(tmp_path, [(pdf, b"old pdf"), (docx, b"old docx")])
    real_stage, calls = build.stage_file, []

    def disk_fills_on_the_second_file(target, data, name):
        calls.append(target)
        if len(calls) == 2:
            raise OutputError(f"{name}: cannot write (No space left on device).")
        return real_stage(target, data, name)

    monkeypatch.setattr(build, "stage_file", disk_fills_on_the_second_file)
    with pytest.raises(OutputError, match="No space left"):
        build.write_outputs(tmp_path, [(pdf, b"new pdf"), (docx, b"new docx")])
    assert (pdf.read_bytes(), docx.read_bytes()) == (b"old pdf", b"old docx")
    assert sorted(os.listdir(pdf.parent)) == ["x.fr.docx", "x.fr.pdf"]  # no temporary left


def test_atomic_rewrite_keeps_the_file_permissions(tmp_path):
    from communique.fs import write_atomically

    target = tmp_path / "release.md"
    target.write_text("old")
    target.chmod(0o600)
    write_atomically(target, b"new")
    assert target.read_bytes() == b"new"
    assert target.stat().st_mode & 0o777 == 0o600
    assert os.listdir(tmp_path) == ["release.md"]
