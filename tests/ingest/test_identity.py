"""Page identity: the same page twice is one page; another URL or another text is another."""

import hashlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newstrace.ingest.identity import content_hash, document_id, normalize_url

TEXT = "Un titre\n\nUn paragraphe où l’armée a frappé."


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("HTTPS://Example.ORG/news/a", "https://example.org/news/a"),
        ("https://example.org:443/news/a", "https://example.org/news/a"),
        ("https://example.org/news/a#comments", "https://example.org/news/a"),
        ("https://e.org/a?utm_source=tw&utm_medium=social&utm_campaign=x", "https://e.org/a"),
        ("https://e.org/a?fbclid=IwAR0abc", "https://e.org/a"),
        ("https://e.org/a?gclid=EAIaIQ", "https://e.org/a"),
        ("https://e.org/a?utm_source=tw&id=3&fbclid=zz#top", "https://e.org/a?id=3"),
        ("https://e.org/view?page=2&article=12", "https://e.org/view?article=12&page=2"),
        ("  https://e.org/a  ", "https://e.org/a"),
    ],
)
def test_url_normalisation(given: str, expected: str) -> None:
    assert normalize_url(given) == expected


def test_meaningful_query_parameters_and_path_case_are_kept() -> None:
    a, b = normalize_url("https://e.org/view?article=12"), normalize_url("https://e.org/view?article=13")
    assert a != b
    assert normalize_url("https://e.org/News/A") != normalize_url("https://e.org/news/a")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80) | st.from_regex(r"https?://[\w.\[\]:@-]{0,20}/[\w/?=&#%.-]{0,30}"))
def test_normalisation_never_raises_and_is_stable(url: str) -> None:
    once = normalize_url(url)
    assert isinstance(once, str)
    assert normalize_url(once) == normalize_url(normalize_url(once))


def test_line_endings_trailing_spaces_and_unicode_forms_do_not_change_the_hash() -> None:
    crlf = "Un titre  \r\n\r\nUn paragraphe où l’armée a frappé.\r\n"
    nfd = TEXT.replace("é", "e\u0301").replace("ù", "u\u0300")
    assert content_hash(crlf) == content_hash(TEXT) == content_hash(nfd)
    assert content_hash(TEXT) != content_hash(TEXT.replace("frappé", "frappe"))
    assert len(content_hash(TEXT)) == 64 and int(content_hash(TEXT), 16) >= 0


def test_the_same_page_saved_with_crlf_has_the_same_id() -> None:
    crlf = TEXT.replace("\n", "\r\n") + "\r\n"
    url = "https://e.org/a"
    assert document_id(crlf, url) == document_id(TEXT, url)
    assert document_id(crlf, None) == document_id(TEXT, None)


def test_a_tracking_link_to_the_same_page_gives_the_same_id() -> None:
    assert document_id(TEXT, "https://E.org/a?utm_medium=x#top") == document_id(
        TEXT, "https://e.org/a"
    )


def test_another_url_is_another_page_and_changed_text_another_version() -> None:
    url = "https://e.org/a"
    assert document_id(TEXT, url) != document_id(TEXT, "https://other.org/a")  # syndicated copy
    assert document_id(TEXT, url) != document_id(TEXT + " Mis à jour.", url)  # new version
    assert document_id(TEXT, url) != document_id(TEXT, None)


def test_no_url_and_a_blank_url_are_the_same() -> None:
    assert document_id(TEXT, None) == document_id(TEXT, "") == document_id(TEXT, "  ")


def test_ids_are_short_and_never_change_across_versions() -> None:
    # Pinned: the ledger uses these ids as keys, so a change here orphans stored pages.
    assert document_id(TEXT, "https://e.org/a") == "cbefc289c9a10201"
    assert document_id(TEXT, None) == "678e5d9c09890616"
    folded = "Un titre Un paragraphe où l’armée a frappé."
    digest = hashlib.sha256(folded.encode()).hexdigest()
    assert content_hash(TEXT) == digest
    key = f"https://e.org/a\n{digest}".encode()
    assert document_id(TEXT, "https://e.org/a") == hashlib.sha256(key).hexdigest()[:16]
