"""Organisations: every rule of data/organisations.yaml reads its example as it says, and does
not without the rule; and the example release keeps its organisations."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from communique.extract import extract_article
from communique.extract.organisations import rule_examples, without

TODAY = dt.date(2026, 11, 29)
RULES = rule_examples()


def organisations(text: str) -> tuple[str, ...]:
    language = "fr" if re.search(r"\b(?:le|la|les|du|des|l')\b", text, re.IGNORECASE) else "en"
    return extract_article(text, language, reference_date=TODAY).organisations


def _holds(rule: dict) -> bool:
    got = organisations(rule["example"])
    expect = rule["expect"]
    ok = True
    if "absent" in expect:
        ok &= not any(expect["absent"] in g for g in got)
    if "present" in expect:
        ok &= expect["present"] in got
    if "only" in expect:
        ok &= got == (expect["only"],)
    return ok


@pytest.mark.parametrize("rule", RULES, ids=[r["id"] for r in RULES])
def test_rule_example_reads_as_expected(rule):
    assert _holds(rule), (rule["id"], organisations(rule["example"]))


@pytest.mark.parametrize("rule", RULES, ids=[r["id"] for r in RULES])
def test_rule_is_what_makes_its_example_work(rule):
    with without(rule.get("rule", rule["id"])):
        assert not _holds(rule), (rule["id"], organisations(rule["example"]))


def test_acronym_alone_with_other_initials_stays_its_own_entry():
    got = organisations("La Fédération internationale des journalistes a réuni lundi 12 juin "
                        "2023 son bureau. La FAO (FAO) a salué le Maroc.")
    assert "Fédération internationale des journalistes" in got and "FAO" in got


def test_a_minister_is_no_organisation_and_a_directorate_keeps_its_acronym():
    got = organisations("Le ministre de la Justice a reçu lundi 12 juin 2023 les cadres de la "
                        "Direction générale de la sûreté nationale (DGSN).")
    assert "ministre de la Justice" not in got
    assert "Direction générale de la sûreté nationale (DGSN)" in got
