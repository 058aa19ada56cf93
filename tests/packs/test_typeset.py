"""The typographic normaliser of pack and institution texts, and the render context that
applies it before either writer sees the texts."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from communique.model import Quote
from communique.packs.manifest import load_institution, load_pack
from communique.packs.render_context import render_context
from communique.packs.typeset import NBSP, NNBSP, name_joiner, typeset
from communique.read.release import read_release

ROOT = Path(__file__).resolve().parents[2]


def test_french_texts_get_the_release_fields_typography():
    assert typeset("Sous embargo jusqu'au", "fr") == "Sous embargo jusqu’au"
    assert typeset("Ouvert de 9h à 18:00", "fr") == f"Ouvert de 9{NBSP}h à 18{NBSP}h{NBSP}00"
    assert typeset("Contact : M. Karim Alaoui", "fr") == f"Contact{NBSP}: M.{NBSP}Karim Alaoui"
    assert typeset("Mme Dupont et Dr Alami ; enfin !", "fr") == \
        f"Mme{NBSP}Dupont et Dr{NBSP}Alami{NNBSP}; enfin{NNBSP}!"


def test_a_label_that_opens_on_a_colon_is_held_to_the_word_before_it():
    assert typeset(" :", "fr") == f"{NBSP}:"
    assert typeset(":", "fr") == f"{NBSP}:"
    assert typeset(f"{NBSP}:", "fr") == f"{NBSP}:"


def test_what_is_not_prose_is_left_alone():
    assert typeset("{city}, le {date}", "fr") == "{city}, le {date}"
    assert typeset("www.example.ma/a:b?c presse@example.ma", "fr") == \
        "www.example.ma/a:b?c presse@example.ma"
    assert typeset("Sa Majesté le Roi", "fr") == "Sa Majesté le Roi"
    assert typeset("Venue: Mr Smith's office", "en") == "Venue: Mr Smith's office"


def test_the_name_joiner_is_a_no_break_space_after_a_french_form_of_address():
    assert name_joiner("M.", "fr") == NBSP
    assert name_joiner("Mme", "fr") == NBSP
    assert name_joiner("Sa Majesté le Roi", "fr") == " "
    assert name_joiner("M.", "en") == " "


def example():
    release = read_release(ROOT / "releases" / "maroc-vice-presidence-interpol" /
                           "release.md", ROOT).release
    return release, load_pack(ROOT, release.template), load_institution(ROOT,
                                                                        release.institution)


def test_the_render_context_typesets_labels_and_institution_texts():
    release, pack, institution = example()
    labels = {**pack.labels["fr"], "colon": " :", "embargo": "Sous embargo jusqu'au"}
    pack = dataclasses.replace(pack, labels={**pack.labels, "fr": labels})
    values = {**institution.values, "about_title": {"fr": "À propos : la DGSN"},
              "press_contacts": [{"name": "M. Karim Alaoui", "role": "l'attaché"}]}
    institution = dataclasses.replace(institution, values=values)
    ctx = render_context(dataclasses.replace(release, contacts=()), pack, institution)
    assert ctx["labels"]["colon"] == f"{NBSP}:"
    assert ctx["labels"]["embargo"] == "Sous embargo jusqu’au"
    assert ctx["institution"]["about_title"] == f"À propos{NBSP}: la DGSN"
    assert (ctx["contacts"][0].name, ctx["contacts"][0].role) == \
        (f"M.{NBSP}Karim Alaoui", "l’attaché")
    # The release's own texts are not rewritten here: the Y rules and `inv fix` own them.
    assert ctx["headline"] == release.headline


def test_people_are_shown_with_the_joiner_and_quotes_still_find_who_signed_them():
    release, pack, institution = example()
    person = release.people[0]
    quotes = (Quote("Un honneur.", by=person.display_name), Quote("Oui.", by=person.name))
    ctx = render_context(dataclasses.replace(release, quotes=quotes), pack, institution)
    shown = ctx["people"][0]
    assert shown.display_name == f"{person.honorific}{NBSP}{person.name}"
    assert [q.by for q in ctx["quotes"]] == [shown.display_name, person.name]
    # The model keeps what was written: the checks match quotes on it.
    assert person.display_name == f"{person.honorific} {person.name}"
