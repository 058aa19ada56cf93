"""The user's cache folder: where it is, and entries written whole or not at all."""

from __future__ import annotations

import os

import pytest

from communique.cache import cache_dir, store_whole


def test_the_folder_is_the_one_the_user_names(tmp_path, monkeypatch):
    monkeypatch.setenv("COMMUNIQUE_CACHE_DIR", str(tmp_path / "mine"))
    assert cache_dir("cdef") == tmp_path / "mine" / "cdef"


def test_without_a_named_folder_it_is_the_user_cache_folder(tmp_path, monkeypatch):
    monkeypatch.delenv("COMMUNIQUE_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache_dir("yaml") == tmp_path / "communique" / "yaml"


def test_an_entry_is_written_whole_and_leaves_no_temporary_file(tmp_path):
    entry = tmp_path / "a" / "b.bin"
    store_whole(entry, b"x" * 1000)
    assert entry.read_bytes() == b"x" * 1000
    assert [p.name for p in entry.parent.iterdir()] == ["b.bin"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_folder_that_cannot_be_written_is_left_alone(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        store_whole(folder / "entry", b"data")  # no exception: the cache is optional
        assert not list(folder.iterdir())
    finally:
        folder.chmod(0o700)


def test_a_failed_write_removes_its_temporary_file(tmp_path, monkeypatch):
    def refuse(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", refuse)
    store_whole(tmp_path / "entry", b"data")
    assert not list(tmp_path.iterdir())
