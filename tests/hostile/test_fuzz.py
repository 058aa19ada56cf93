"""Random Unicode through the reader, the checks and both writers: a clean result or a
clean error (a diagnostic, a RenderError), never an unexpected exception."""

from __future__ import annotations

import json

from hostile_readback import assert_docx_leaks_nothing, assert_pdf_leaks_nothing
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from communique.checks.engine import check_release_file
from communique.checks.rule import Selection
from communique.diagnostics import Diagnostic
from communique.errors import RenderError
from communique.packs.manifest import load_institution, load_pack
from communique.read.release import read_release

FUZZ = settings(deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])

# Any code point but surrogates (not encodable as UTF-8), weighted towards the troublesome.
tricky = st.sampled_from(list("\x00\x01\x08\x0b\x0c\x1b\x7f\x85\x9f\u00ad\u200b\u200e"
                              "\u202e\u2028\u2066\ufeff\ufffe\uffff<>&\"'{}%*#:-[]|!\\\n\t"
                              "аеοΑ٠ا\u0301"))
text = st.text(st.one_of(st.characters(codec="utf-8"), tricky), max_size=60)


def skeleton(fields: dict[str, str], body: str) -> str:
    """A valid release whose values are `fields` (JSON strings are YAML double-quoted)."""
    q = {k: json.dumps(v, ensure_ascii=False) for k, v in fields.items()}
    return (
        "---\ntemplate: communique\ninstitution: dgsn\nlanguage: fr\nstatus: approved\n"
        f"date: 2024-11-07\ndateline: {q['dateline']}\n"
        f"venue:\n  event: {q['event']}\n  city: {q['city']}\n  country: Écosse\n"
        f"headline: {q['headline']}\nsubheadline: {q['subheadline']}\n"
        f"people:\n  - name: {q['name']}\n    titles:\n      - {q['title']}\n"
        f"quotes:\n  - text: {q['quote']}\n    by: {q['name']}\n"
        f"contacts:\n  - name: {q['name']}\n    email: {q['email']}\n"
        f"---\n{body}\n")


fields = st.fixed_dictionaries({k: text for k in (
    "dateline", "event", "city", "headline", "subheadline", "name", "title", "quote", "email")})


def read_and_check(hostile):
    result = read_release(hostile.release_file, hostile.root)
    assert all(isinstance(d, Diagnostic) for d in result.diagnostics)
    checked = check_release_file(hostile.root, hostile.release_file, Selection())
    assert all(isinstance(d, Diagnostic) and d.location.file for d in checked.diagnostics)
    return result.release


@settings(FUZZ, max_examples=60)
@given(raw=st.one_of(text, st.binary(max_size=200).map(lambda b: b.decode("latin-1"))))
def test_any_release_file_reads_and_checks_cleanly(hostile, raw):
    for content in (raw, f"---\n{raw}\n---\n{raw}"):
        hostile.release_file.write_bytes(content.encode("utf-8", "surrogatepass"))
        read_and_check(hostile)


@settings(FUZZ, max_examples=40)
@given(values=fields, body=text)
def test_any_field_and_body_text_gives_a_docx_or_a_clean_error(hostile, values, body):
    from communique.writers.docx import render_docx

    hostile.release_file.write_text(skeleton(values, body), "utf-8")
    release = read_and_check(hostile)
    if release is None:
        return
    try:
        data = render_docx(release, load_pack(hostile.root, "communique"),
                           load_institution(hostile.root, "dgsn"))
    except RenderError:
        return
    assert_docx_leaks_nothing(data)


@settings(FUZZ, max_examples=8)
@given(values=fields, body=text)
def test_any_field_and_body_text_gives_a_pdf_or_a_clean_error(hostile, values, body):
    from communique.writers.pdf import render_pdf

    hostile.release_file.write_text(skeleton(values, body), "utf-8")
    release = read_and_check(hostile)
    if release is None:
        return
    try:
        data = render_pdf(release, load_pack(hostile.root, "communique"),
                          load_institution(hostile.root, "dgsn"))
    except RenderError:
        return
    assert_pdf_leaks_nothing(data, written=tuple(release.fields.values()))
