"""fixed_zip: equal content gives equal bytes, whatever time the zip was written at, and
the parts themselves are untouched."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import pytest

from communique.writers.ooxml import fixed_zip

PARTS = {"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document>" * 500,
         "word/media/image1.png": bytes(range(256)) * 8}


def _zip(when: tuple, comment: bytes = b"") -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in PARTS.items():
            entry = zipfile.ZipInfo(name, date_time=when)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o600 << 16
            entry.create_system = 3
            package.writestr(entry, data)
        package.comment = comment
    return buffer.getvalue()


@pytest.mark.parametrize("comment", [b"", b"written by hand"], ids=["plain", "commented"])
def test_a_zip_written_at_another_time_gives_the_same_bytes(comment):
    one = fixed_zip(_zip((2026, 12, 2, 13, 1, 58), comment), dt.date(2024, 11, 7))
    two = fixed_zip(_zip((2025, 3, 4, 5, 6, 8), comment), dt.date(2024, 11, 7))
    assert one == two
    with zipfile.ZipFile(io.BytesIO(one)) as package:
        assert package.testzip() is None
        assert package.namelist() == list(PARTS)  # [Content_Types].xml first
        for info in package.infolist():
            assert info.date_time == (2024, 11, 7, 0, 0, 0)
            assert info.external_attr == 0o644 << 16 and info.create_system == 0
            assert package.read(info) == PARTS[info.filename]


def test_the_time_of_day_is_kept_to_two_seconds():
    stamped = fixed_zip(_zip((2026, 12, 2, 13, 1, 58)),
                        dt.datetime(2024, 11, 7, 18, 30, 15, tzinfo=dt.UTC))
    with zipfile.ZipFile(io.BytesIO(stamped)) as package:
        assert {i.date_time for i in package.infolist()} == {(2024, 11, 7, 18, 30, 14)}


def test_a_date_before_1980_gives_the_zip_epoch():
    stamped = fixed_zip(_zip((2026, 12, 2, 13, 1, 58)), dt.date(1970, 1, 1))
    with zipfile.ZipFile(io.BytesIO(stamped)) as package:
        assert {i.date_time for i in package.infolist()} == {(1980, 1, 1, 0, 0, 0)}
