"""The same-length normalised copy of an article."""

from communique.extract.text import normalise


def test_persian_letters_match_their_arabic_forms_at_the_same_offsets():
    typed = "سفیر جمهوریة ایران کمال"
    assert normalise(typed) == "سفير جمهورية ايران كمال"
    assert len(normalise(typed)) == len(typed)
