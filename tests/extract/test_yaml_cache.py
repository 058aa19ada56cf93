"""Parsed pattern and data files are cached by the hash of their text: an edited file is
parsed again, and a cache that cannot be read or written only means parsing again."""

from __future__ import annotations

from importlib import resources

import pytest

from communique.extract import constructions, reference


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("COMMUNIQUE_CACHE_DIR", str(folder))
    return folder


@pytest.fixture
def parses(monkeypatch):
    """The texts ``load_yaml`` actually parses (not those it reads from the cache)."""
    seen: list[str] = []
    real = reference.parse_yaml

    def counting(text):
        seen.append(text)
        return real(text)

    monkeypatch.setattr(reference, "parse_yaml", counting)
    return seen


PATTERN = """patterns:
  - id: fr-appointment-promu
    slot: appointment_verb
    forms: ['promue?']
"""


def test_a_file_read_again_comes_from_the_cache(cache, parses):
    first = reference.load_yaml(PATTERN)
    assert reference.load_yaml(PATTERN) == first == reference.parse_yaml(PATTERN)
    assert parses == [PATTERN, PATTERN]  # the load, then the comparison; not the second load
    assert len(list(reference.yaml_cache_dir().glob("*.pickle"))) == 1


def test_an_edited_pattern_file_is_parsed_again(cache, parses, tmp_path):
    file = tmp_path / "appointment.yaml"
    file.write_text(PATTERN, "utf-8")
    assert reference.load_yaml(file.read_text("utf-8"))["patterns"][0]["forms"] == ["promue?"]
    file.write_text(PATTERN.replace("promue?", "promus?"), "utf-8")
    assert reference.load_yaml(file.read_text("utf-8"))["patterns"][0]["forms"] == ["promus?"]
    assert len(parses) == 2


def test_an_unreadable_cache_entry_is_parsed_again_and_replaced(cache, parses):
    reference.load_yaml(PATTERN)
    [entry] = reference.yaml_cache_dir().glob("*.pickle")
    for garbage in (b"", b"\x80\x05not a pickle", b"\x80"):
        entry.write_bytes(garbage)
        assert reference.load_yaml(PATTERN) == reference.parse_yaml(PATTERN)
    assert reference.load_yaml(PATTERN) == reference.parse_yaml(PATTERN)
    assert len(parses) == 1 + 2 * 3 + 1  # each broken entry parsed once and written again


def test_a_cache_folder_that_cannot_be_written_still_reads(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", "utf-8")
    monkeypatch.setenv("COMMUNIQUE_CACHE_DIR", str(blocker / "cache"))
    assert reference.load_yaml(PATTERN) == reference.parse_yaml(PATTERN)
    assert blocker.read_text("utf-8") == "not a folder"


def test_a_yaml_error_is_not_cached(cache):
    broken = "patterns:\n  - id: x\n    forms: [a\n  b: :\n"
    for _ in range(2):
        with pytest.raises(Exception, match="line"):
            reference.load_yaml(broken)
    assert not list(reference.yaml_cache_dir().glob("*.pickle"))


def test_every_shipped_file_reads_the_same_from_the_cache(cache):
    root = resources.files("communique.extract")
    files = [f for f in root.joinpath("data").iterdir() if f.name.endswith(".yaml")]
    for language in constructions.LANGUAGES:
        folder = root.joinpath("patterns", language)
        files += [f for f in folder.iterdir() if f.name.endswith(".yaml")]
    for file in files:
        text = file.read_text("utf-8")
        parsed = reference.load_yaml(text)  # parsed and stored
        assert reference.load_yaml(text) == parsed == reference.parse_yaml(text), file.name


def test_the_cache_is_the_user_s_never_the_package_s(tmp_path, monkeypatch):
    monkeypatch.delenv("COMMUNIQUE_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    folder = reference.yaml_cache_dir()
    assert folder.parent == tmp_path / "communique"
    monkeypatch.delenv("XDG_CACHE_HOME")
    package = resources.files("communique")
    assert str(package) not in str(reference.yaml_cache_dir())


def test_a_table_built_from_data_files_is_kept_until_a_file_changes(cache, monkeypatch):
    files = {"cities.tsv": "Rabat\tMA\n"}
    monkeypatch.setattr(reference, "read_data_text", lambda name: files[name])
    builds: list[str] = []

    def build():
        builds.append(files["cities.tsv"])
        return dict(line.split("\t") for line in files["cities.tsv"].splitlines())

    assert reference.cached_table("cities", ("cities.tsv",), build) == {"Rabat": "MA"}
    assert reference.cached_table("cities", ("cities.tsv",), build) == {"Rabat": "MA"}
    assert len(builds) == 1  # the second came from the cache
    files["cities.tsv"] += "Glasgow\tGB\n"
    assert reference.cached_table("cities", ("cities.tsv",), build) == {"Rabat": "MA",
                                                                         "Glasgow": "GB"}
    assert len(builds) == 2
    for entry in reference.yaml_cache_dir().glob("cities-*.pickle"):
        entry.write_bytes(b"\x80\x05garbage")
    assert reference.cached_table("cities", ("cities.tsv",), build)["Glasgow"] == "GB"
    assert len(builds) == 3


def test_the_places_read_from_the_cache_are_those_built(cache):
    built = reference._build_places()  # noqa: SLF001 - the builder the cache stands for
    reference.places.cache_clear()
    try:
        assert reference.places() == built  # built, then stored
        reference.places.cache_clear()
        assert reference.places() == built  # read from the cache
        assert list(reference.yaml_cache_dir().glob("places-*.pickle"))
    finally:
        reference.places.cache_clear()
