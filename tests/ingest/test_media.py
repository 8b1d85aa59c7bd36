"""HTTP Content-Type parsing and the charset handed to decode: never raise, never corrupt."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newstrace.ingest.decode import DecodeWarning, decode
from newstrace.ingest.media import parse_content_type, with_charset


def test_content_type() -> None:
    assert parse_content_type("Text/HTML; Charset=\"ISO-8859-1\"") == ("text/html", "iso-8859-1")
    assert parse_content_type("application/rss+xml") == ("application/rss+xml", None)
    assert parse_content_type(None) == ("", None)
    assert parse_content_type('text/html; charset="><script>') == ("text/html", None)


def test_header_charset_outranks_the_meta_but_not_a_bom() -> None:
    page = '<html><head><meta charset="utf-8"></head><p>caf\u00e9</p></html>'.encode("cp1252")
    assert "caf\u00e9" in decode(with_charset(page, "windows-1252"), document="t",
                                 media_type="html")
    bom = b"\xef\xbb\xbf<p>caf\xc3\xa9</p>"
    assert with_charset(bom, "windows-1252") == bom


def test_utf8_pages_survive_a_wrong_latin1_header() -> None:
    """Apache's default 'charset=iso-8859-1' on a UTF-8 page: decode still reads UTF-8."""
    page = "<p>Besan\u00e7on, \u00e9t\u00e9</p>".encode()
    with pytest.warns(DecodeWarning, match="the bytes are UTF-8"):
        text = decode(with_charset(page, "iso-8859-1"), document="t", media_type="html")
    assert "Besan\u00e7on, \u00e9t\u00e9" in text


def test_binary_data_keeps_its_signature() -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00"
    assert with_charset(png, "utf-8") == png


@given(st.text(max_size=200))
def test_parse_never_raises(value: str) -> None:
    mime, charset = parse_content_type(value)
    assert mime == mime.lower()
    assert charset is None or ('"' not in charset and ">" not in charset)


@given(st.binary(max_size=300), st.sampled_from(["utf-8", "windows-1252", "koi8-r", None]))
def test_the_page_bytes_are_kept_whole(data: bytes, charset: str | None) -> None:
    assert with_charset(data, charset).endswith(data)
