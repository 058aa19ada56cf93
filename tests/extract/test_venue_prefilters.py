"""The prefilters that spare the venue reader scans (a case-insensitive scan per event head,
a search per country spelling) must never skip what the full scan would find."""

import re

import pytest

from communique.extract.caseless_search import caseless_key, may_occur
from communique.extract.venue import _event_mentions


@pytest.mark.parametrize("word, text", [
    ("Assemblée générale", "L'ASSEMBLÉE GÉNÉRALE d'Interpol"),
    ("summit", "the SUMMIT opened"),
    ("sommet", "le ſommet"),          # re matches a long s for an s
    ("istanbul", "İSTANBUL"),         # a dotted capital I: its simple lower case is « i »
    ("ıstanbul", "Istanbul"),         # a dotless i: re takes it for an i
    ("kelvin", "\u212aelvin"),        # the Kelvin sign lowers to « k »
    ("μ", "µ"),                       # micro sign and mu
    ("قمة", "انعقدت قمة الرياض"),
])
def test_every_word_re_finds_may_occur(word, text):
    assert re.search(re.escape(word), text, re.IGNORECASE)
    assert may_occur(word, caseless_key(text))


def test_a_word_absent_in_every_case_is_skipped():
    assert not may_occur("congrès", caseless_key("Le conseil municipal de Trappes"))


def test_keys_keep_every_case_insensitive_pair_of_the_basic_plane_together():
    # every character against its case variants: where re matches one for the other, the
    # keys agree (so the substring test is a necessary condition of a match)
    for code in range(0x10000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        c = chr(code)
        for d in {c.upper(), c.lower(), c.title(), c.casefold()}:
            if len(d) == 1 and re.fullmatch(re.escape(c), d, re.IGNORECASE):
                assert caseless_key(c) == caseless_key(d), (c, d)


def test_event_mentions_are_those_of_a_scan_per_head():
    norm = "Le 30e Congrès mondial s'est ouvert. La CONFÉRENCE DE PRESSE a suivi le congrès."
    got = _event_mentions(norm, norm, "fr")
    assert {head for _sc, _sp, head in got} >= {"congrès"}
    assert len([h for _sc, _sp, h in got if h == "congrès"]) == 2


def test_country_needles_follow_the_gazetteer_they_were_built_from():
    from communique.extract.venue import _country_needles

    first = ("Côte d’Ivoire", "Mali")
    assert _country_needles(first) == (("Côte d’Ivoire", "Côte d'Ivoire"), ("Mali", "Mali"))
    assert _country_needles(first) is _country_needles(first)
    assert _country_needles(("Niger",)) == (("Niger", "Niger"),)
