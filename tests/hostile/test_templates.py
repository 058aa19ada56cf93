"""Threat: a staff-edited template (or text posing as one) reaches Python, files or the
machine's resources; article and field text is run as template source."""

from __future__ import annotations

import json
import time

import pytest
from hostile_readback import (
    assert_docx_leaks_nothing,
    assert_pdf_leaks_nothing,
    docx_text,
    pdf_text,
    squeezed,
)


@pytest.mark.parametrize("snippet, refusal", [
    ("{{ ''.__class__.__mro__ }}", "access to attribute '__class__' of 'str' object is unsafe"),
    ("{{ cycler.__init__.__globals__ }}", "access to attribute '__init__' of 'type' object"),
    ("{{ joiner.__init__.__globals__.os }}", "access to attribute '__init__' of 'type' object"),
    ("{{ lipsum.__globals__ }}", "access to attribute '__globals__' of 'function' object"),
    ("{{ self._TemplateReference__context }}",
     "access to attribute '_TemplateReference__context' of 'TemplateReference' object"),
    ("{{ ''|attr('__class__') }}", "access to attribute '__class__' of 'str' object"),
    ("{{ '{0.__class__}'.format(headline) }}", "access to attribute '__class__'"),
    ("{{ 9 ** 9 }}", "the power operator is not allowed in templates"),
    ("{{ headline * 1000 }}", "repeating text or lists with '*' is not allowed"),
    ("{{ [headline] * 1000 }}", "repeating text or lists with '*' is not allowed"),
    ("{% for i in range(1000000) %}{% endfor %}",
     "The sandbox blocks ranges larger than MAX_RANGE (100000)"),
])
def test_sandbox_refusals_fail_the_build_naming_the_template(hostile, snippet, refusal):
    hostile.inject_template(snippet)
    code, _, err = hostile.build()
    assert code == 1
    assert "templates/communique/release.html.j2" in err and "template error:" in err
    assert refusal in err
    assert "Traceback" not in err and hostile.built() == []


@pytest.mark.parametrize("name", ["../../../etc/passwd", "/etc/passwd", "../_base/../../x"])
def test_templates_cannot_include_files_outside_the_pack(hostile, name):
    hostile.inject_template(f'{{% include "{name}" %}}')
    code, out = hostile.check(select="T005")
    assert code == 1 and '"code": "T005"' in out
    assert "root:x:0:0" not in out


def test_a_template_linked_out_of_the_pack_is_not_read(hostile):
    (hostile.pack / "partial.html.j2").symlink_to("/etc/passwd")
    hostile.inject_template('{% include "partial.html.j2" %}')
    code, out = hostile.check(select="T005")
    assert code == 1 and "partial.html.j2" in out
    code, _, err = hostile.build()
    assert code == 1 and "root:x:0:0" not in err and hostile.built() == []


def test_constant_filters_are_not_run_while_checking(hostile, tight_limits):
    # Jinja folds filters of constants at compile time; `inv check` compiles templates
    # outside the render's limits, so this must not allocate 1.5 GB there.
    hostile.inject_template("{{ ''|center(1500000000) }}{{ '%01500000000d' % 1 }}")
    started = time.monotonic()
    code, _ = hostile.check()
    assert time.monotonic() - started < 10
    code, _, err = hostile.build()
    assert code == 1 and "rendering needed more memory than the limit allows" in err


def test_a_template_that_loops_for_ever_is_stopped(hostile, tight_limits):
    hostile.inject_template("{% for i in range(100000) %}{% for j in range(100000) %}"
                            "{% endfor %}{% endfor %}")
    code, _, err = hostile.build()
    assert code == 1 and "rendering took longer than 5 s and was stopped" in err
    assert hostile.built() == []


def test_a_template_that_nests_too_deep_for_layout_fails_cleanly(hostile, memory_limit):
    hostile.inject_template("{% for i in range(3000) %}<div>{% endfor %}")
    code, _, err = hostile.build()
    assert code == 1 and "the document is nested too deeply to lay out" in err


TEMPLATE_TEXT = "{{ 7*7 }} {% if 1 %}oui{% endif %} ${7*7} #{7*7} {{ config }}"


def render_both(hostile):
    from communique.packs.manifest import load_institution, load_pack
    from communique.read.release import read_release
    from communique.writers.docx import render_docx
    from communique.writers.pdf import render_pdf

    release = read_release(hostile.release_file, hostile.root).release
    pack = load_pack(hostile.root, "communique")
    institution = load_institution(hostile.root, "dgsn")
    return release, render_pdf(release, pack, institution), render_docx(release, pack,
                                                                          institution)


@pytest.fixture
def template_text(hostile):
    hostile.set_field("headline", f"{TEMPLATE_TEXT} Le Maroc élu")
    hostile.set_field("  city", "Glasgow {{ lipsum() }}")
    hostile.set_body(f"`{TEMPLATE_TEXT}`\n\n{{% include '/etc/passwd' %}}\n")
    return hostile


def test_field_and_body_text_is_never_template_source(template_text):
    _, pdf, docx = render_both(template_text)
    for text in (squeezed(pdf_text(pdf)), squeezed(docx_text(docx))):
        assert squeezed(TEMPLATE_TEXT) in text and "49" not in text
        assert squeezed("{% include '/etc/passwd' %}") in text
        assert squeezed("Glasgow {{ lipsum() }}") in text
    assert_pdf_leaks_nothing(pdf)
    assert_docx_leaks_nothing(docx)


def test_a_build_with_template_text_in_fields_stops_at_verification(template_text):
    # The read-back check (O003) sees the literal braces and refuses to issue the release.
    code, _, err = template_text.build()
    assert code == 1 and "O003" in err and "{{ 7*7 }}" in err and "49" not in err
    assert template_text.built() == []


def test_markup_in_a_headline_is_text_and_nothing_is_fetched(hostile, monkeypatch):
    from communique.writers.fetcher import LockedFetcher

    asked: list[str] = []
    original = LockedFetcher.fetch

    def spy(self, url, headers=None):
        asked.append(url)
        return original(self, url, headers)

    monkeypatch.setattr(LockedFetcher, "fetch", spy)
    headline = ('<script>alert(1)</script><img src=file:///etc/passwd>'
                '<link rel=stylesheet href=https://evil.example/x.css> Le Maroc élu')
    hostile.set_field("headline", headline)

    release, pdf, docx = render_both(hostile)
    assert release.headline.startswith("<script>")
    assert squeezed("<img src=file:///etc/passwd>") in squeezed(pdf_text(pdf))
    assert squeezed("<script>alert(1)</script>") in squeezed(docx_text(docx))
    assert not any("passwd" in u or "evil.example" in u for u in asked), asked
    templates = (hostile.root / "templates").resolve().as_uri()
    assert asked and all(u.startswith(templates) for u in asked), asked
    assert_pdf_leaks_nothing(pdf, written=(release.headline,))


def huge_png(width: int = 20000, height: int = 20000) -> bytes:
    """A PNG header claiming width × height pixels: a few bytes on disk."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(b"\x00" * 4096)) + chunk(b"IEND", b""))


def test_a_huge_emblem_is_refused_by_check_and_by_both_writers(hostile):
    import dataclasses

    from communique.errors import RenderError
    from communique.packs.manifest import load_institution, load_pack
    from communique.read.release import read_release
    from communique.writers.docx import render_docx

    (hostile.institution / "emblem.png").write_bytes(huge_png())
    code, out = hostile.check(select="T011")
    found = json.loads(out)["diagnostics"]
    assert code == 1 and [d["file"] for d in found] == [
        "templates/institutions/dgsn/emblem.png"]
    assert "20000 × 20000 pixels, more than the 25000000 allowed" in found[0]["message"]
    code, _, err = hostile.build()
    assert code == 1 and "T011" in err and hostile.built() == []
    # The writers refuse it too, checked or not (the DOCX embedded it before).
    release = read_release(hostile.release_file, hostile.root).release
    pack = load_pack(hostile.root, release.template)
    institution = load_institution(hostile.root, release.institution)
    with pytest.raises(RenderError, match="the emblem is refused: it is 20000 × 20000"):
        render_docx(release, pack, institution)
    from communique.writers.pdf import render_pdf

    svg_free = dataclasses.replace(institution, values={**institution.values,
                                                        "emblem": "emblem.png"})
    with pytest.raises(RenderError, match="20000 × 20000 pixels"):
        render_pdf(release, pack, svg_free)
