from hypothesis import given
from hypothesis import strategies as st

from communique.draft.compose import draft_body, slugify, source_excerpt, yaml_scalar
from communique.read.safe_yaml import read_yaml


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
               max_size=60))
def test_any_value_survives_the_trip_through_yaml(value):
    value = value.replace("\r", "").replace("\x85", "").replace("\u2028", "").replace(
        "\u2029", "")
    tree, _ = read_yaml(f"key: {yaml_scalar(value)}\n", "x.yaml")
    assert tree == {"key": value}


def test_plain_values_stay_readable():
    assert yaml_scalar("Assemblée générale d’Interpol") == "Assemblée générale d’Interpol"
    assert yaml_scalar("2024-11-07") == "2024-11-07"
    assert yaml_scalar("NO") == '"NO"'
    assert yaml_scalar("10:30") == '"10:30"'
    assert yaml_scalar("- dash") == '"- dash"'


def test_slugify():
    assert slugify("Le Maroc élu vice-président d’Interpol") == \
        "le-maroc-elu-vice-president-d-interpol"
    assert len(slugify("mot " * 100)) <= 60
    assert slugify("انتخاب المغرب") == "ntkhb-lmghrb"  # transliterated (anyascii)
    assert slugify("«» —") == ""


def test_draft_body_drops_the_headline_and_keeps_text_literal():
    article = "Titre de l'article\n\nPremier paragraphe.\n\n# pas un titre\n"
    assert draft_body(article, "Titre de l'article") == "Premier paragraphe.\n\n\\# pas un titre"


def test_source_excerpt_centres_on_the_value():
    article = "Intro. " + "mot " * 40 + "Glasgow" + " fin" * 40 + "."
    sentence = article[len("Intro. "):]
    start = article.index("Glasgow")
    e = {"provenance": {"venue.city": {"text": sentence, "start": start, "end": start + 7}}}
    excerpt = source_excerpt(e, "venue.city", article, width=20)
    assert "Glasgow" in excerpt and excerpt.startswith("…") and excerpt.endswith("…")
    assert len(excerpt) < 60
