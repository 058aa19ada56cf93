"""The publishing parts on their own: word diff, bundle bytes, ledger, approval lines."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import pytest

from communique.publish.approval import ApprovalError, with_workflow_lines
from communique.publish.bundle import stem, sums_bytes, zip_bytes
from communique.publish.corrections import changes, readable, word_diff
from communique.publish.ledger import Entry, LedgerError, append_entry, read_ledger
from communique.publish.publisher import source_date

WHEN = dt.datetime(2024, 11, 7, tzinfo=dt.UTC)


def test_word_diff_marks_whole_words_with_context():
    before = "obtenue avec un large soutien des délégués de 96 pays membres, traduit le ferme"
    after = "obtenue avec un large soutien des délégués de 97 pays membres, traduit le ferme"
    assert readable(word_diff(before, after)) == \
        "… large soutien des délégués de [-96-]{+97+} pays membres, traduit le ferme"
    assert readable(word_diff("Glasgow", "Édimbourg")) == "[-Glasgow-]{+Édimbourg+}"
    assert readable(word_diff("un deux", "un deux trois")) == "un deux {+trois+}"
    assert word_diff("même texte", "même texte") == [(0, "même texte")]


def test_changes_lists_facts_and_text_per_language():
    before = {"fr": {"fields": {"venue.city": "Glasgow", "headline": "Titre"}, "body": "a b c"}}
    after = {"fr": {"fields": {"venue.city": "Édimbourg", "headline": "Titre"},
                    "body": "a b c"}}
    (change,) = changes(before, after)
    assert change == {"language": "fr", "field": "venue.city", "before": "Glasgow",
                      "after": "Édimbourg", "diff": "[-Glasgow-]{+Édimbourg+}"}


def test_zip_is_reproducible_and_dated_from_the_release():
    files = {"b.pdf": b"%PDF-b", "a.docx": b"PK-a"}
    first = zip_bytes(files, WHEN, "SOUS EMBARGO")
    assert first == zip_bytes(dict(reversed(list(files.items()))), WHEN, "SOUS EMBARGO")
    with zipfile.ZipFile(io.BytesIO(first)) as archive:
        assert archive.namelist() == ["a.docx", "b.pdf"]
        assert {i.date_time for i in archive.infolist()} == {(2024, 11, 7, 0, 0, 0)}
        assert archive.comment == b"SOUS EMBARGO"
    assert first != zip_bytes(files, WHEN + dt.timedelta(days=1))


def test_source_date_epoch_is_honoured(monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    assert source_date(dt.date(2024, 11, 7)) == WHEN
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    assert source_date(dt.date(2024, 11, 7)) == dt.datetime(2023, 11, 14, 22, 13, 20,
                                                            tzinfo=dt.UTC)


def test_sums_and_names():
    assert sums_bytes({"b": b"", "a": b"x"}).decode().splitlines() == [
        "2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881  a",
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  b"]
    embargo = dt.datetime(2024, 11, 7, 18, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    assert stem(dt.date(2024, 11, 7), "dgsn", "x", 2, embargo) == \
        "2024-11-07_dgsn_x_v2_SOUS-EMBARGO-jusqu-au-2024-11-07-1800"


def test_ledger_round_trips_and_reports_a_broken_file(tmp_path):
    reason = 'le nombre « 96 » était "faux": corrigé'
    append_entry(tmp_path, Entry(1, "2024-11-07T20:00:00+00:00", "Nadia Bennani", "t", "h",
                                 files={"a b.pdf": "ff"}))
    append_entry(tmp_path, Entry(2, "t2", "Nadia Bennani", "t", "h2", correction=reason,
                                 corrects="1", files={"c.pdf": "ee"}))
    entries = read_ledger(tmp_path)
    assert [(e.version, e.correction, e.files) for e in entries] == [
        (1, "", {"a b.pdf": "ff"}), (2, reason, {"c.pdf": "ee"})]
    (tmp_path / "published.yaml").write_text("versions:\n  - version: x\n", encoding="utf-8")
    with pytest.raises(LedgerError, match="no version number"):
        read_ledger(tmp_path)


def test_workflow_lines_change_only_status_and_approval():
    text = ("---\n# note\ntemplate: communique\nstatus: draft  # à relire\npeople:\n"
            "  - name: A\n---\nCorps.\n")
    approved = with_workflow_lines(text, "approved", {"by": "N B", "at": "t", "content": "h"})
    assert approved == ("---\n# note\ntemplate: communique\nstatus: approved  # à relire\n"
                        "people:\n"
                        "  - name: A\napproval:\n  by: \"N B\"\n  at: \"t\"\n"
                        "  content: \"h\"\n---\nCorps.\n")
    again = with_workflow_lines(approved, "approved", {"by": "X", "at": "t2", "content": "h2"})
    assert again.count("approval:") == 1 and '  by: "X"' in again
    assert with_workflow_lines(again, "published").count("status: published  # à") == 1
    with pytest.raises(ApprovalError):
        with_workflow_lines("no front matter", "approved")
