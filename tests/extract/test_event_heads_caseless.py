"""Event heads are searched case-blind; a head with no letter case (Arabic) is first looked
for as written, which skips the scan of an article that does not contain it."""

from communique.extract.venue import _caseless, event_name_spans


def test_an_arabic_head_has_no_case_a_french_one_has():
    assert _caseless("الجمعية العامة")
    assert not _caseless("sommet")
    assert not _caseless("ı")  # dotless i has a capital: re.IGNORECASE still scans for it


def test_an_arabic_head_is_found_as_written():
    assert event_name_spans("انعقدت قمة عربية في الرياض.", "ar") == [(7, 16, "قمة")]
    assert event_name_spans("انعقد اجتماع في الرياض.", "ar")[0][2] == "اجتماع"


def test_a_cased_head_is_still_found_in_capitals():
    # the prefilter must not apply to heads with case: « SOMMET » is the head « sommet »
    assert event_name_spans("Le SOMMET de la Francophonie.", "fr") == [(3, 28, "sommet")]
