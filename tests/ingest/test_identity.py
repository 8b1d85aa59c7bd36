"""Page identity: the same page twice is one page; another URL or another text is another."""

from newstrace.ingest.identity import content_hash, document_id, normalize_url


def test_tracking_parameters_and_fragments_do_not_make_a_new_page() -> None:
    a = normalize_url("HTTPS://Example.ORG/news/a?utm_source=tw&id=3&fbclid=zz#top")
    b = normalize_url("https://example.org/news/a?id=3")
    assert a == b == "https://example.org/news/a?id=3"


def test_meaningful_query_parameters_are_kept() -> None:
    a, b = normalize_url("https://e.org/view?article=12"), normalize_url("https://e.org/view?article=13")
    assert a != b and a == "https://e.org/view?article=12"


def test_line_endings_and_trailing_spaces_do_not_change_the_hash() -> None:
    crlf = "Un titre\r\n\r\nUn paragraphe.  "
    assert content_hash(crlf) == content_hash("Un titre\n\nUn paragraphe.")


def test_same_page_same_id_other_url_other_id() -> None:
    text = "Un titre\n\nUn paragraphe."
    assert document_id(text, "https://e.org/a?utm_medium=x") == document_id(text, "https://e.org/a")
    assert document_id(text, "https://e.org/a") != document_id(text, "https://other.org/a")
    assert document_id(text, None) != document_id(text + " Modifié.", None)
    assert len(document_id(text, None)) == 16
