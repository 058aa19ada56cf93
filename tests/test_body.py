from communique.read.body import read_body


def test_paragraphs_headings_lists_quotes_with_lines():
    text = "Lead **bold** and *it*.\n\n## Section\n\n- one\n- two\n\n> quoted\n"
    blocks = read_body(text, "r.md", line_offset=10)
    assert [b.kind for b in blocks] == ["paragraph", "heading", "bullet", "quote"]
    assert blocks[0].location.line == 11
    runs = {r.text: (r.bold, r.italic) for r in blocks[0].runs}
    assert runs["bold"] == (True, False) and runs["it"] == (False, True)
    assert runs["Lead "] == (False, False)
    assert blocks[1].level == 2 and blocks[1].text == "Section"
    assert blocks[2].text == "one\ntwo"
    assert blocks[3].text == "quoted"


def test_raw_html_is_text_not_markup():
    blocks = read_body("<script>alert(1)</script> <b>x</b>\n", "r.md")
    assert "<script>" in blocks[0].text  # kept as literal text, escaped by writers


def test_only_web_and_mail_links_survive():
    blocks = read_body("[a](https://ok.example) [b](file:///etc/passwd) [c](javascript:x) "
                       "[d](mailto:p@example.org)\n", "r.md")
    hrefs = [r.href for r in blocks[0].runs if r.href]
    assert hrefs == ["https://ok.example", "mailto:p@example.org"]
    assert "b" in blocks[0].text and "c" in blocks[0].text


def test_images_are_not_pulled_in():
    blocks = read_body("![x](file:///etc/passwd)\n", "r.md")
    assert all(r.href is None for b in blocks for r in b.runs)
