"""The example article, end to end."""

from __future__ import annotations

import datetime as dt
import json
import unicodedata

from communique.extract import extract_article

TODAY = dt.date(2026, 11, 29)


def _apos(s: str) -> str:
    return s.replace("’", "'")


def test_example_date_and_weekday(seed):
    assert seed.date == "2024-11-07"
    assert seed.weekday == "jeudi"


def test_example_venue(seed):
    assert seed.venue.city == "Glasgow"
    assert seed.venue.country == "Écosse"
    assert _apos(seed.venue.event) == "Assemblée générale d'Interpol"


def test_example_people_and_titles(seed):
    by_name = {p.name: p for p in seed.people}
    assert [_apos(t) for t in by_name["Mohamed Dkhissi"].titles] == [
        "préfet de police",
        "directeur de la police judiciaire",
        "responsable du Bureau central national d'Interpol à Rabat",
    ]
    assert by_name["Abdellatif Hammouchi"].titles == (
        "Directeur général de la Sûreté nationale",
    )
    assert "Mohammed VI" in by_name


def test_example_figure_without_year_or_day(seed):
    values = {f.value: f.what for f in seed.figures}
    assert values.get("96") == "pays membres"
    assert "1923" not in values
    assert "7" not in values


def test_example_headline(seed):
    assert seed.headline.startswith("Le Maroc élu à la majorité")


def test_every_value_has_provenance_matching_the_article(seed, seed_text):
    data = seed.to_dict()
    prov = data["provenance"]
    expected = ["date", "weekday", "venue.city", "venue.country", "venue.event", "headline"]
    for i, person in enumerate(data["people"]):
        expected.append(f"people[{i}].name")
        expected += [f"people[{i}].titles[{j}]" for j in range(len(person["titles"]))]
    expected += [f"figures[{i}]" for i in range(len(data["figures"]))]
    expected += [f"organisations[{i}]" for i in range(len(data["organisations"]))]
    for path in expected:
        assert path in prov, path
        p = prov[path]
        assert seed_text[p["start"]:p["end"]] in p["text"]
    # Where the value is literally in the article, the offsets point at it.
    assert seed_text[prov["venue.city"]["start"]:prov["venue.city"]["end"]] == "Glasgow"
    assert seed_text[prov["weekday"]["start"]:prov["weekday"]["end"]] == "jeudi"
    for i, person in enumerate(data["people"]):
        p = prov[f"people[{i}].name"]
        assert seed_text[p["start"]:p["end"]] == person["name"]
        for j, title in enumerate(person["titles"]):
            p = prov[f"people[{i}].titles[{j}]"]
            assert seed_text[p["start"]:p["end"]] == title
    for i, fig in enumerate(data["figures"]):
        p = prov[f"figures[{i}]"]
        assert seed_text[p["start"]:p["end"]] == fig["value"]


def test_json_shape_is_stable(seed):
    data = json.loads(json.dumps(seed.to_dict(), ensure_ascii=False))
    assert list(data) == [
        "language", "headline", "date", "weekday", "venue", "people", "organisations",
        "figures", "provenance", "warnings", "uncertain",
    ]
    assert set(data["venue"]) == {"city", "country", "event"}
    assert all(set(p) == {"name", "titles", "honorific"} for p in data["people"])
    assert all(set(f) == {"value", "what"} for f in data["figures"])


def test_year_inferred_from_weekday_is_flagged_for_review(seed):
    assert "date" in seed.uncertain


def test_apostrophes_as_written(french_nlp):
    text = "Titre de la dépêche\n\nLe ministre a visité l’usine de Rabat le 3 mars 2023."
    r = extract_article(text, reference_date=TODAY)
    assert r.date == "2023-03-03"
    assert unicodedata.is_normalized("NFC", r.to_dict()["headline"])
