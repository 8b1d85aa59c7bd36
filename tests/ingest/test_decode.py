"""Bytes to text: every encoding a news page comes in, and a clear refusal of what is not text."""

import codecs
import gzip
import warnings

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newstrace.errors import BinaryDocument, DecodeFailed, EmptyDocument, PageError
from newstrace.ingest.decode import DecodeWarning, decode, decode_detailed

FR = "L’armée a frappé à Kharkiv, a déclaré le ministère — à 5 h du matin."
EN = "The minister said it was the government’s decision, not the army’s."


def quiet_decode(data: bytes, media_type: str = "text", document: str = "page") -> str:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DecodeWarning)
        return decode(data, document=document, media_type=media_type)


def html(body: str, head: str = "") -> str:
    return f"<html><head>{head}<title>t</title></head><body><p>{body}</p></body></html>"


# --- What every page gets ---------------------------------------------------


def test_utf8_and_utf8_with_bom_read_the_same_without_warning() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert decode(FR.encode("utf-8"), document="a", media_type="text") == FR
        assert decode(codecs.BOM_UTF8 + FR.encode(), document="a", media_type="text") == FR


def test_newlines_become_lf() -> None:
    assert quiet_decode(b"a\r\nb\rc\n\nd") == "a\nb\nc\n\nd"


def test_broken_html_is_still_text_extraction_sorts_it_out() -> None:
    page = '<html><head><title>Été</title></head><body><p>Début d’un para'.encode()
    assert quiet_decode(page, "html") == page.decode()


# --- Code pages -------------------------------------------------------------


def test_windows_1252_french_keeps_its_accents_and_apostrophes() -> None:
    result = decode_detailed(FR.encode("cp1252"), document="a.txt", media_type="text")
    assert result.text == FR
    assert "é" in result.text and "à" in result.text and "’" in result.text
    assert result.encoding == "windows-1252" and result.how == "guessed"


def test_a_guessed_code_page_is_said_in_a_warning_naming_the_page() -> None:
    with pytest.warns(DecodeWarning, match=r"pages/a\.txt: .*windows-1252"):
        decode(FR.encode("cp1252"), document="pages/a.txt", media_type="text")


def test_one_curly_apostrophe_in_english_is_not_read_as_chinese() -> None:
    data = (EN + " It was a long day. " * 100).encode("cp1252")
    assert quiet_decode(data).startswith(EN)


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Москва заявила о новых ударах по Харькову в понедельник.", "cp1251"),
        ("Ελληνικά κείμενα για την κυβέρνηση και τον πρόεδρο της χώρας.", "cp1253"),
        ("Zażółć gęślą jaźń, powiedział minister w poniedziałek.", "cp1250"),
        ("北京市政府今天宣布了新的交通规定，市民需要遵守。", "gb18030"),
    ],
)
def test_other_scripts_are_not_forced_into_windows_1252(text: str, encoding: str) -> None:
    assert quiet_decode(text.encode(encoding)) == text


def test_declared_html_charset_is_honoured() -> None:
    page = html("Été à Besançon", '<meta charset="iso-8859-15">').replace("Été", "€té")
    result = decode_detailed(page.encode("iso-8859-15"), document="p", media_type="html")
    assert "€té à Besançon" in result.text and result.how == "declared"


def test_declared_latin1_is_read_as_windows_1252_like_a_browser() -> None:
    head = '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">'
    data = html(FR, head).encode("cp1252")  # ’ is 0x92: no Latin-1 character
    assert FR in quiet_decode(data, "html")


def test_a_stale_meta_charset_on_a_utf8_page_gives_way_to_utf8() -> None:
    data = html(FR, '<meta charset="iso-8859-1">').encode("utf-8")
    with pytest.warns(DecodeWarning, match=r"'iso-8859-1', but the bytes are UTF-8"):
        assert FR in decode(data, document="p", media_type="html")


def test_xml_declaration_counts_as_a_declared_charset() -> None:
    page = '<?xml version="1.0" encoding="windows-1251"?>' + html("Москва")
    assert "Москва" in quiet_decode(page.encode("cp1251"), "html")


def test_meta_utf16_on_an_ascii_page_means_utf8() -> None:
    data = html("Été à Besançon", '<meta charset="utf-16">').encode("utf-8")
    assert "Été à Besançon" in quiet_decode(data, "html")


def test_a_label_that_is_no_web_encoding_is_ignored_with_a_warning() -> None:
    data = html("+ADw-script+AD4-alert(1)", '<meta charset="utf-7">').encode()
    with pytest.warns(DecodeWarning, match="'utf-7' is no web encoding"):
        text = decode(data, document="p", media_type="html")
    assert "<script>" not in text and "+ADw-script+AD4-" in text


def test_a_declared_charset_that_does_not_fit_gives_way() -> None:
    data = html(FR, '<meta charset="utf-8">').encode("cp1252")
    with pytest.warns(DecodeWarning) as record:
        assert FR in decode(data, document="p", media_type="html")
    notes = [str(w.message) for w in record]
    assert notes == [
        "p: declared charset 'utf-8' does not fit the bytes; ignored",
        "p: read as windows-1252 (a guess: not UTF-8, and no declared charset that fits)",
    ]


def test_scraped_text_ignores_markup_looking_declarations() -> None:
    data = ('<meta charset="koi8-r"> ' + FR).encode("utf-8")
    assert quiet_decode(data, "text").endswith(FR)


# --- UTF-16 -----------------------------------------------------------------


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_bom(codec: str) -> None:
    bom = codecs.BOM_UTF16_BE if codec == "utf-16-be" else b""
    assert quiet_decode(bom + FR.encode(codec)) == FR


def test_utf16_without_bom_is_recognised_not_refused_as_binary() -> None:
    page = html(FR)
    result = decode_detailed(page.encode("utf-16-le"), document="p", media_type="html")
    assert result.text == page and result.encoding == "utf-16-le"


# --- Broken UTF-8 -----------------------------------------------------------


def test_invalid_bytes_in_a_utf8_page_become_replacement_characters_with_a_warning() -> None:
    data = FR.encode("utf-8") + b" \xff\xfe\xfa " + FR.encode("utf-8")
    with pytest.warns(DecodeWarning, match=r"page\.html: 3 invalid UTF-8 byte sequences"):
        text = decode(data, document="page.html", media_type="html")
    assert text == f"{FR} \ufffd\ufffd\ufffd {FR}"


def test_a_truncated_character_at_the_end_does_not_lose_the_page() -> None:
    data = FR.encode("utf-8") + "é".encode()[:1]
    assert quiet_decode(data) == FR + "\ufffd"


def test_utf8_bom_with_a_stray_byte_is_repaired_but_garbage_is_refused() -> None:
    assert quiet_decode(codecs.BOM_UTF8 + FR.encode() * 3 + b"\xff").endswith("\ufffd")
    with pytest.raises(DecodeFailed, match=r"^p\.txt: 3 invalid utf-8 sequences"):
        decode(codecs.BOM_UTF8 + b"ab\xff\xfe\xfd", document="p.txt", media_type="text")


# --- What is not a page -----------------------------------------------------


@pytest.mark.parametrize(
    ("data", "error", "words"),
    [
        (b"", EmptyDocument, "empty"),
        (b"  \n\t\r\n ", EmptyDocument, "empty"),
        (codecs.BOM_UTF8 + b" \n", EmptyDocument, "no text"),
        ("  \n".encode("utf-16"), EmptyDocument, "no text"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(100), BinaryDocument, "PNG"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", BinaryDocument, "PDF"),
        (b"PK\x03\x04\x14\x00\x06\x00", BinaryDocument, "ZIP"),
        (gzip.compress(b"<html>zipped</html>"), BinaryDocument, "gzip"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", BinaryDocument, "JPEG"),
        (b"abc\x00def" * 20, BinaryDocument, "NUL"),
        (bytes(range(1, 9)) * 50 + b"some text", BinaryDocument, "control"),
        (codecs.BOM_UTF16_LE + "\x01\x02\x03ab".encode("utf-16-le") * 50, BinaryDocument, "utf-16"),
        (codecs.BOM_UTF16_LE + b"\x00\xd8ab", DecodeFailed, "invalid utf-16"),
        (codecs.BOM_UTF8 + b"ab\xff\xfe\xfd", DecodeFailed, "invalid utf-8"),
    ],
    ids=lambda value: value if isinstance(value, str) else "",
)
def test_what_is_not_a_page_is_refused_in_one_line_naming_it(
    data: bytes, error: type[PageError], words: str
) -> None:
    with pytest.raises(error) as info:
        decode(data, document="pages/x.html", media_type="html")
    message = str(info.value)
    assert type(info.value) is error
    assert message.startswith("pages/x.html: ") and words in message and "\n" not in message
    assert info.value.document == "pages/x.html"


def test_a_text_starting_like_a_magic_number_word_is_still_text() -> None:
    assert quiet_decode(b"GIF8 is not a word, but PK is a name.").startswith("GIF8")


# --- Never anything but a PageError -----------------------------------------

_PREFIXES = st.sampled_from(
    [
        b"",
        codecs.BOM_UTF8,
        codecs.BOM_UTF16_LE,
        codecs.BOM_UTF16_BE,
        codecs.BOM_UTF32_LE,
        b'<meta charset="utf-16">',
        b'<meta charset="shift_jis">',
        b'<meta charset="iso-8859-1">',
        b'<meta charset="idna">',
        b'<?xml version="1.0" encoding="utf-7"?>',
        "Été à Besançon ".encode("cp1252"),
        "Été à Besançon ".encode(),
    ]
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    prefix=_PREFIXES,
    data=st.binary(max_size=1500) | st.text(max_size=300).map(lambda t: t.encode("utf-8")),
    media_type=st.sampled_from(["html", "text"]),
)
def test_arbitrary_bytes_give_text_or_a_page_error(
    prefix: bytes, data: bytes, media_type: str
) -> None:
    try:
        text = quiet_decode(prefix + data, media_type, document="fuzz.html")
    except PageError as exc:
        assert str(exc).startswith("fuzz.html: ") and "\n" not in str(exc)
    else:
        assert isinstance(text, str) and "\r" not in text and text.strip()
