"""The extractor's data files read the same however fast they are read."""

from __future__ import annotations

from importlib import resources

import pytest
from ruamel.yaml import YAML

from communique.extract import constructions, reference


def _shipped_yaml():
    root = resources.files("communique.extract")
    files = [f for f in root.joinpath("data").iterdir() if f.name.endswith(".yaml")]
    for language in constructions.LANGUAGES:
        folder = root.joinpath("patterns", language)
        files += [f for f in folder.iterdir() if f.name.endswith(".yaml")]
    return sorted(files, key=lambda f: str(f))


def test_every_data_and_pattern_file_reads_as_the_pure_python_loader_reads_it():
    """libyaml parses YAML 1.1 and the project's files are YAML 1.2: the values must still
    be the YAML 1.2 loader's (« NO », « on », « 1:30 » and dates stay as written)."""
    files = _shipped_yaml()
    assert len(files) > 15
    for file in files:
        text = file.read_text("utf-8")
        assert reference.load_yaml(text) == YAML(typ="safe", pure=True).load(text), file.name


def test_yaml_1_2_scalars_stay_what_they_are():
    text = "words: [NO, on, Off, yes, y, n, 012, 2024-11-07, ~, true]\ntime: 1:30\n"
    assert reference.load_yaml(text) == YAML(typ="safe", pure=True).load(text)
    assert reference.load_yaml(text)["words"][:6] == ["NO", "on", "Off", "yes", "y", "n"]


def test_what_libyaml_refuses_and_yaml_1_2_accepts_still_reads():
    """A regular expression in a flow list (« forms: [(?:M|Mme)] ») is YAML 1.2, not 1.1."""
    text = "forms: [(?:M|Mme) X, 1:30]\n"
    assert reference.load_yaml(text) == {"forms": ["(?:M|Mme) X", "1:30"]}


def test_the_data_files_are_parsed_by_libyaml():
    """The C parser reads the ~70 KB of patterns and data some six times faster than the
    pure-Python one; without ``ruamel.yaml.clib`` every cold ``inv extract`` pays for it."""
    pytest.importorskip("_ruamel_yaml", reason="ruamel.yaml.clib is a declared dependency")
    from _ruamel_yaml import CParser

    assert YAML(typ="safe").Parser is CParser


def test_a_malformed_pattern_file_still_names_its_line(tmp_path):
    (tmp_path / "fr").mkdir()
    (tmp_path / "fr" / "broken.yaml").write_text("patterns:\n  - id: x\n    forms: [a\n  b: :\n",
                                                 "utf-8")
    with pytest.raises(constructions.ConstructionError, match=r"broken\.yaml, line \d"), \
            constructions.also_reading(str(tmp_path)):
        constructions.patterns("fr")


@pytest.mark.parametrize("word", ["Dkhissi", "Élysée", "d’Interpol", "ÇA", "ʼAbd", "x"])
def test_fold_is_the_same_with_or_without_its_ascii_shortcut(word):
    import unicodedata

    slow = word.replace("’", "'").replace("ʼ", "'").lower()
    slow = "".join(c for c in unicodedata.normalize("NFKD", slow) if not unicodedata.combining(c))
    assert reference.fold(word) == slow
