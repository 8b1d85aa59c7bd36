"""Bytes to text: every encoding a news page comes in, and a clear refusal of what is not text."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newstrace.errors import BinaryDocument, EmptyDocument, PageError
from newstrace.ingest.decode import decode

FR = "L’armée a frappé à Kharkiv, a déclaré le ministère — à 5 h du matin."


def test_utf8_and_bom() -> None:
    assert decode(FR.encode("utf-8"), document="a", media_type="text") == FR
    assert decode(b"\xef\xbb\xbf" + FR.encode(), document="a", media_type="text") == FR


def test_windows_1252_french_keeps_its_accents_and_apostrophes() -> None:
    text = decode(FR.encode("cp1252"), document="a.txt", media_type="text")
    assert "L’armée" in text and "à Kharkiv" in text and "déclaré" in text


def test_declared_html_charset_is_honoured() -> None:
    page = '<html><head><meta charset="iso-8859-1"></head><body>Été à Besançon</body></html>'
    assert "Été à Besançon" in decode(page.encode("latin-1"), document="p", media_type="html")


def test_utf16_with_bom() -> None:
    assert decode(FR.encode("utf-16"), document="a", media_type="text") == FR


def test_invalid_utf8_bytes_do_not_crash() -> None:
    data = FR.encode("utf-8") + b" \xff\xfe\xfa " + FR.encode("utf-8")
    text = decode(data, document="a", media_type="text")
    assert "Kharkiv" in text


def test_crlf_becomes_newline() -> None:
    assert decode(b"a\r\nb\rc", document="a", media_type="text") == "a\nb\nc"


@pytest.mark.parametrize(
    ("data", "error", "words"),
    [
        (b"", EmptyDocument, "empty"),
        (b"  \n\t ", EmptyDocument, "empty"),
        (b"\x89PNG\r\n\x1a\n" + bytes(100), BinaryDocument, "PNG"),
        (b"%PDF-1.7\n" + bytes(100), BinaryDocument, "PDF"),
        (b"abc\x00def" * 20, BinaryDocument, "NUL"),
    ],
)
def test_what_is_not_a_page_is_refused_by_name(data: bytes, error: type, words: str) -> None:
    with pytest.raises(error) as info:
        decode(data, document="pages/x.html", media_type="html")
    assert "pages/x.html" in str(info.value) and words in str(info.value)


@given(st.binary(max_size=2000))
def test_arbitrary_bytes_give_text_or_a_page_error(data: bytes) -> None:
    try:
        assert isinstance(decode(data, document="fuzz", media_type="html"), str)
    except PageError as exc:
        assert "fuzz" in str(exc)
