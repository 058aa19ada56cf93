"""Folding an article for matching names and titles (checks/rules/article_match.py)."""

from communique.checks.rules.article_match import loose, loose_char, phrase_spans

# Latin accents and case, apostrophe and space forms, Arabic letter variants and digits.
_SAMPLE = ("Le Ministre d’État ÉLU à Glasgow, le 7\u00a0novembre\u202f2024 ; "
           "ʼ‘`´ İstanbul ß Ǆ ﬁ — أإآى ٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹ مدينة\t\r\n")


def test_loose_folds_each_character_as_folding_it_alone_does():
    # The table is filled as characters are met: a text folded twice, and every
    # character folded on its own, give the same result (and the same length).
    for _ in range(2):
        folded = loose(_SAMPLE)
        assert folded == "".join(loose_char(c) for c in _SAMPLE)
        assert len(folded) == len(_SAMPLE)


def test_loose_folds_case_accents_apostrophes_spaces_and_arabic_forms():
    assert loose("Ministre d’État") == "ministre d'etat"
    assert loose("7\u00a0novembre\u202f2024") == "7 novembre 2024"
    assert loose("أحمد ٢٠٢٤") == "احمد 2024"


def test_a_title_is_found_as_the_article_writes_it():
    article = "Il a reçu le ministre d'Etat, puis le Ministre  d’État."
    spans = phrase_spans("ministre d’État", article)
    assert [article[s:e] for s, e in spans] == ["ministre d'Etat", "Ministre  d’État"]


def test_fold_unifies_arabic_letter_variants_and_digits_in_one_pass():
    from communique.checks.rules.prose import ARABIC_DIGITS, ARABIC_FOLD, fold

    assert fold(_SAMPLE) == _SAMPLE.translate(ARABIC_FOLD).translate(ARABIC_DIGITS)
    assert fold("أإآى ٢٠٢٤ ۱۹") == "اااي 2024 19"


def test_sentences_are_those_of_the_text_asked_for():
    from communique.checks.rules.article_match import sentence_spans

    first = "Le Dr. Alaoui est arrivé. Il a parlé."
    other = "Une seule phrase ici"
    assert [first[s:e].strip() for s, e in sentence_spans(first)] == \
        ["Le Dr. Alaoui est arrivé.", "Il a parlé."]
    # A cached split is keyed by the text: another text gets its own sentences.
    assert [other[s:e] for s, e in sentence_spans(other)] == [other]
    assert sentence_spans(first) == sentence_spans("" + first)
