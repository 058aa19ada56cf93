from __future__ import annotations

from communique.extract.language import detect_language


def test_french():
    text = "Le Maroc a été élu lors de l’Assemblée générale de l’organisation."
    assert detect_language(text) == "fr"


def test_english():
    assert detect_language("The minister was sworn in at the palace on Monday.") == "en"


def test_arabic():
    assert detect_language("انتخب المغرب نائبا لرئيس الجمعية العامة للأمم المتحدة") == "ar"


def test_mixed_mostly_arabic():
    assert detect_language("استقبل الرئيس التونسي قيس سعيد وزير الداخلية Interpol") == "ar"


def test_no_letters():
    assert detect_language("1234 5678") in ("fr", "en", "ar")

