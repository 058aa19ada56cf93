"""Threat: a release file that explodes the reader, smuggles types or characters, or names
a path outside the project."""

from __future__ import annotations

import io
import json
import time

import pytest

from communique import api
from communique.read.release import is_safe_slug, read_release
from communique.read.safe_yaml import YamlProblem, read_yaml


def diagnostics(hostile, select: str) -> list[dict]:
    _, out = hostile.check(select=select)
    return json.loads(out)["diagnostics"]


# --- YAML --------------------------------------------------------------------------------

BILLION_LAUGHS = "a: &a ['lol','lol','lol','lol','lol','lol','lol','lol','lol']\n" + "".join(
    f"{c}: &{c} [*{p},*{p},*{p},*{p},*{p},*{p},*{p},*{p},*{p}]\n"
    for p, c in zip("abcdefgh", "bcdefghi", strict=True))


@pytest.mark.parametrize("text, message", [
    (BILLION_LAUGHS, "anchors and aliases (&name, *name) are not accepted"),
    ("x: !!python/object/apply:os.system ['id']\n", "YAML tags (tag:yaml.org,2002:python/"),
    ("x: !!python/object:__main__.X {}\n", "YAML tags (tag:yaml.org,2002:python/object"),
    ("x: !!binary aGVsbG8=\n", "YAML tags (tag:yaml.org,2002:binary)"),
    ("headline: a\nheadline: b\n", "the key 'headline' is written twice (first at line 1)"),
    ("x: " + "[" * 200 + "]" * 200 + "\n", "the YAML is nested too deeply"),
    ("x: " + "{a: " * 100 + "1" + "}" * 100 + "\n", "the YAML is nested too deeply"),
    ("? [a, b]\n: c\n", "a key must be a plain word"),
    ("a: 1\n---\nb: 2\n", "only one YAML document is expected here"),
])
def test_hostile_yaml_is_refused_quickly(text, message):
    started = time.monotonic()
    with pytest.raises(YamlProblem) as problem:
        read_yaml(text, "release.md")
    assert message in problem.value.message
    assert time.monotonic() - started < 2


def test_a_huge_front_matter_is_read_as_text_without_blowing_up():
    text = "".join(f"k{i}: {'x' * 200}\n" for i in range(5000))  # about 1 MB
    started = time.monotonic()
    tree, _ = read_yaml(text, "release.md")
    assert len(tree) == 5000 and tree["k4999"] == "x" * 200
    assert time.monotonic() - started < 10


def test_scalars_stay_text(hostile):
    hostile.set_field("headline", "NO")
    text = hostile.release_file.read_text("utf-8").replace('headline: "NO"', "headline: NO")
    hostile.release_file.write_text(text.replace("date: 2024-11-07", "date: 2024-11-07\n"
                                                 "event_time: 10:30", 1), "utf-8")
    release = read_release(hostile.release_file, hostile.root).release
    assert release.headline == "NO" and release.fields["event_time"] == "10:30"


# --- characters ----------------------------------------------------------------------------

def test_control_characters_are_removed_and_reported_with_field_and_line(hostile):
    hostile.edit("  city: Glasgow", "  city: Glas\x0bgow\x00")
    release = read_release(hostile.release_file, hostile.root).release
    assert release.venue.city == "Glasgow"
    (found,) = diagnostics(hostile, "S003")
    assert found["severity"] == "warning" and found["name"] == "control-characters-removed"
    assert found["line"] == hostile.project.line_of("  city: Glas")
    assert found["message"] == "'venue.city': 2 control characters (U+000B, U+0000) removed."


def test_escaped_control_characters_are_removed_and_reported(hostile):
    hostile.set_field("headline", "Le Maroc\x0b élu\ufffe\x85")  # json.dumps escapes \x0b
    assert "\\u000b" in hostile.release_file.read_text("utf-8")
    release = read_release(hostile.release_file, hostile.root).release
    assert release.headline == "Le Maroc élu"
    (found,) = diagnostics(hostile, "S003")
    assert found["message"] == ("'headline': 3 control characters (U+FFFE, U+0085, U+000B) "
                                "removed.")
    assert found["line"] == hostile.project.line_of("headline:")


def test_control_characters_in_the_body_and_an_entity_never_reach_the_docx(hostile):
    hostile.set_body("Le Maroc\x0c élu &#12; vice-président.\n")
    release = read_release(hostile.release_file, hostile.root).release
    assert release.body[0].text == "Le Maroc élu  vice-président."
    (found,) = diagnostics(hostile, "S003")
    assert found["message"].startswith("'body': 1 control character (U+000C)")


@pytest.mark.parametrize("key, field", [("headline", "headline"),
                                        ("  - name", "people[0].name")])
def test_a_lone_surrogate_is_an_error_naming_field_and_line(hostile, key, field):
    lines = hostile.release_file.read_text("utf-8").split("\n")
    at = next(i for i, line in enumerate(lines) if line.startswith(key + ":"))
    lines[at] = key + ': "Mohamed \\ud800Dkhissi"'  # the escape, as a program writes it
    hostile.release_file.write_text("\n".join(lines), "utf-8")
    code, out = hostile.check()
    assert code == 1
    found = [d for d in json.loads(out)["diagnostics"] if d["code"] == "S005"]
    assert [(d["severity"], d["line"]) for d in found] == [
        ("error", hostile.project.line_of(key + ":"))]
    assert found[0]["message"].startswith(f"'{field}' holds U+D800, half of a character pair")
    code, _, err = hostile.build()
    assert code == 1 and "S005" in err and "Nothing was built" in err
    assert "unexpected error" not in err and hostile.built() == []


def test_a_lone_surrogate_in_a_key_is_reported_not_a_crash(hostile):
    hostile.edit("headline:", '"\\uDC00x": 1\nheadline:')
    code, out = hostile.check()
    assert code == 1
    (found,) = [d for d in json.loads(out)["diagnostics"] if d["code"] == "S005"]
    assert "U+DC00" in found["message"]


def test_text_is_normalised_to_nfc(hostile):
    hostile.set_field("headline", "Le Maroc e\u0301lu")
    assert read_release(hostile.release_file, hostile.root).release.headline == "Le Maroc élu"


@pytest.mark.parametrize("field, value, code, needle", [
    ("  city", "Glas\u202egow", "S001", "'venue.city' holds a direction control U+202E"),
    ("headline", "Le Maroc\u200b élu", "S001", "'headline' holds a invisible character U+200B"),
    ("dateline", "Ra\u2066bat", "S001", "'dateline' holds a direction control U+2066"),
    ("  - name", "Mohamed Dkhi\u0455si", "S002", "mixes Cyrillic and Latin letters"),
    ("  event", "Аssemblée générale", "S002", "mixes Cyrillic and Latin letters"),
])
def test_hidden_and_mixed_script_characters_are_flagged(hostile, field, value, code, needle):
    hostile.set_field(field, value)
    found = diagnostics(hostile, code)
    assert found and needle in found[0]["message"]


# --- names and paths -----------------------------------------------------------------------

@pytest.mark.parametrize("slug", [
    "../x", "..", ".", "a/b", "a\\b", "/etc", "x.", "x ", "CON", "con", "nul-x", "aux",
    "com1", "lpt9", "Communiqué", "x" * 81, "-x", "x-", "", "a\x00b", "a:b", "ａｂ",
])
def test_unsafe_slugs_are_refused(slug):
    assert not is_safe_slug(slug)


def test_new_refuses_a_traversing_slug_before_extracting(tmp_path, hostile):
    article = tmp_path / "article.txt"
    article.write_text("Le Maroc élu vice-président d'Interpol, le 7 novembre 2024 à Glasgow.")
    err = io.StringIO()
    started = time.monotonic()
    code = api.new(hostile.root, str(article), slug="../x", out=io.StringIO(), err=err)
    assert code == 2
    assert "'../x' cannot name a release folder" in err.getvalue()
    assert time.monotonic() - started < 2  # refused before the language models load
    assert not (hostile.root / "x").exists() and not (hostile.root / "releases" / "x").exists()


@pytest.mark.parametrize("name", ["../../etc", "/etc", "..", "releases", "../../../../../tmp"])
def test_build_of_a_path_that_is_not_a_release_is_a_usage_error(hostile, name):
    err = io.StringIO()
    assert api.build(hostile.root, [name], out=io.StringIO(), err=err) == 2
    assert f"no release '{name}' under releases/" in err.getvalue()
    assert not (hostile.root / "build").exists()


def test_an_unsafe_release_folder_is_never_built(hostile):
    unsafe = hostile.root / "releases" / "Con"
    hostile.release_file.parent.rename(unsafe)
    err = io.StringIO()
    assert api.build(hostile.root, [], out=io.StringIO(), err=err) == 1
    assert "R007" in err.getvalue() and "'Con' is not safe as a file name" in err.getvalue()
    assert not (hostile.root / "build").exists()
