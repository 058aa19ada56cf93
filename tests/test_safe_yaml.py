import pytest

from communique.read.safe_yaml import YamlProblem, read_yaml


def test_scalars_stay_strings():
    tree, _ = read_yaml("a: NO\nb: 10:30\nc: 0123\nd: 2024-02-30\ne: true\nf: 1e3\n", "x.yaml")
    assert tree == {"a": "NO", "b": "10:30", "c": "0123", "d": "2024-02-30", "e": "true",
                    "f": "1e3"}


def test_locations_are_kept_per_path():
    text = "venue:\n  city: Glasgow\npeople:\n  - name: A\n    titles:\n      - t1\n      - t2\n"
    _, where = read_yaml(text, "r.md", line_offset=1)
    assert where["venue.city"].line == 3
    assert where["people[0].titles[1]"].line == 8
    assert where["people[0].titles[1]"].file == "r.md"


def test_duplicate_key_names_both_lines():
    with pytest.raises(YamlProblem) as info:
        read_yaml("date: 2024-11-06\nheadline: x\ndate: 2024-11-07\n", "r.md")
    assert info.value.code == "R002"
    assert info.value.location.line == 3
    assert "line 1" in info.value.message


@pytest.mark.parametrize("text", ["a: &x [1]\nb: *x\n", "a: !!int 3\n", "a: !custom x\n"])
def test_tags_anchors_and_aliases_are_refused(text):
    with pytest.raises(YamlProblem) as info:
        read_yaml(text, "r.md")
    assert info.value.code == "R003"


def test_malformed_yaml_reports_line():
    with pytest.raises(YamlProblem) as info:
        read_yaml("a: [1,\nb: 2\n", "r.md", line_offset=1)
    assert info.value.code == "R001"
    assert info.value.location.line >= 2
    assert "never closed" in info.value.message


def test_deep_nesting_is_refused():
    with pytest.raises(YamlProblem):
        read_yaml("a: " + "[" * 50 + "]" * 50, "r.md")


def test_empty_document_is_an_empty_mapping():
    assert read_yaml("", "r.md")[0] == {}
    assert read_yaml("# only a comment\n", "r.md")[0] == {}
