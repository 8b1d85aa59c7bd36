"""From bytes to text, once, for every entry point.

Order: a byte-order mark; for HTML the charset the page declares (``<meta
charset>``, ``http-equiv``, an XML declaration), when it decodes cleanly and the
bytes are not plainly UTF-8 instead; UTF-8; then charset-normalizer's best
guess.  Binary data is refused early with a clear
error instead of being fed to the extractors.

Declared charsets are read the way browsers read them (the WHATWG Encoding
standard), because news pages are written for browsers, not for Python's codec
registry: ``iso-8859-1`` and ``us-ascii`` mean windows-1252 (pages that declare
Latin-1 routinely contain cp1252 curly quotes), a ``<meta>`` that claims UTF-16
on an ASCII-compatible page means UTF-8, and labels that are not web encodings
(``utf-7``, ``unicode_escape``, ``idna``...) are ignored: honouring them would
turn markup into text a browser never shows.

Every choice that may be wrong (replacement characters, a guessed code page)
is said in a :class:`DecodeWarning` naming the page: :func:`decode` issues it
through :mod:`warnings` (the CLI prints warnings as one line), and
:func:`decode_detailed` returns it to callers that store it with the page.
"""

from __future__ import annotations

import codecs
import contextlib
import re
import unicodedata
import warnings
from dataclasses import dataclass

from newstrace.errors import BinaryDocument, DecodeFailed, EmptyDocument
from newstrace.model import MediaType

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or an office document)"),
    (b"\x1f\x8b", "gzip data (name it .html.gz)"),
    (b"BZh", "bzip2 data"),
    (b"\xfd7zXZ\x00", "xz data"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"RIFF", "RIFF media (WebP, WAV, AVI)"),
    (b"OggS", "Ogg media"),
    (b"\x7fELF", "an executable"),
    (b"\x00asm", "WebAssembly"),
    (b"SQLite format 3\x00", "an SQLite database"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 first: its little-endian BOM starts with UTF-16's.
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_DECLARED = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([\w.:-]+)"""
    rb"""|<\?xml[^>]+?encoding\s*=\s*["']([\w.:-]+)""",
    re.IGNORECASE,
)
#: How far into the page a charset declaration is looked for (browsers: 1024 bytes;
#: we are more lenient, because long <head> comments and scripts come first).
_DECLARED_WITHIN = 4096

#: Python codec name (as ``codecs.lookup(label).name`` gives it) -> codec to use.
#: Only web encodings are here: a label outside this table is ignored.
_WEB_ENCODINGS: dict[str, str] = {
    "utf-8": "utf-8",
    # A <meta> cannot truthfully declare UTF-16/32 (it would not be readable as
    # ASCII); browsers take it as UTF-8.  A real UTF-16 page has a BOM.
    "utf-16": "utf-8",
    "utf-16-le": "utf-8",
    "utf-16-be": "utf-8",
    "utf-32": "utf-8",
    "utf-32-le": "utf-8",
    "utf-32-be": "utf-8",
    "ascii": "windows-1252",
    "iso8859-1": "windows-1252",
    "cp1252": "windows-1252",
    "iso8859-9": "cp1254",
    "iso8859-11": "cp874",
    "tis-620": "cp874",
    "cp874": "cp874",
    "cp866": "cp866",
    "koi8-r": "koi8-r",
    "koi8-u": "koi8-u",
    "mac-roman": "mac-roman",
    "mac-cyrillic": "mac-cyrillic",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "gb18030": "gb18030",
    "big5": "big5hkscs",
    "big5hkscs": "big5hkscs",
    "euc_jp": "euc_jp",
    "iso2022_jp": "iso2022_jp",
    "shift_jis": "cp932",
    "cp932": "cp932",
    "euc_kr": "cp949",
    "cp949": "cp949",
    **{f"cp125{n}": f"cp125{n}" for n in range(9) if n != 2},
    **{f"iso8859-{n}": f"iso8859-{n}" for n in (2, 3, 4, 5, 6, 7, 8, 10, 13, 14, 15, 16)},
}

#: How many non-ASCII letters tell the script of a reading.
_SCRIPT_SAMPLE = 2000
#: How many characters are enough to tell a right code page from a wrong one.
_ODD_SAMPLE = 200_000
#: How many of charset-normalizer's candidates are looked at for a Latin reading.
_CANDIDATES = 5
#: EBCDIC code pages: charset-normalizer sometimes offers them for short Latin text;
#: no news page is EBCDIC.
_EBCDIC = frozenset({"cp037", "cp273", "cp424", "cp500", "cp875", "cp1026", "cp1140"})

#: A page with a BOM may have this share of broken sequences replaced; more is no text.
_MAX_REPLACED_SHARE = 0.01
#: Above this share of control characters (not tab, newline, CR, FF) text is binary.
_MAX_CONTROL_SHARE = 0.05
_SAMPLE = 65536
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))
_CONTROL_CHARS = re.compile("[\x00-\x08\x0b\x0e-\x1f]")

#: A non-ASCII character between two word characters (kept when it is no letter).
_INSIDE_WORD = re.compile(r"(?<=[^\W\d_])[^\x00-\x7f](?=[^\W\d_])")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
#: Punctuation that does belong inside words.
_WORD_PUNCTUATION = frozenset("’‘‐‑·")

#: windows-1252 as browsers decode it: the five bytes cp1252 leaves undefined
#: (0x81, 0x8D, 0x8F, 0x90, 0x9D) become the C1 controls of the same number,
#: so the decoding never fails.
_WINDOWS_1252 = {
    b: ch
    for b in range(0x80, 0xA0)
    for ch in [bytes([b]).decode("cp1252", errors="ignore")]
    if ch
}


class DecodeWarning(UserWarning):
    """A page was decoded, but with a choice worth knowing (guessed, or repaired)."""


@dataclass(frozen=True, slots=True)
class Decoded:
    """The text of a page and how it was obtained.

    ``encoding`` is the codec used; ``how`` is one of ``"bom"``, ``"declared"``,
    ``"utf-8"``, ``"utf-16 without bom"``, ``"utf-8 repaired"`` or ``"guessed"``;
    ``warnings`` are one-line notes naming the page, for the ledger.
    """

    text: str
    encoding: str
    how: str
    warnings: tuple[str, ...] = ()


def _windows_1252(data: bytes) -> str:
    return data.decode("latin-1").translate(_WINDOWS_1252)


def _check_magic(data: bytes, document: str) -> None:
    """Known file signatures: the clearest message for the commonest mistakes."""
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise BinaryDocument(document, f"this is {what}, not a page")
    if data[4:8] == b"ftyp":
        raise BinaryDocument(document, "this is MP4/QuickTime media, not a page")


def _check_binary(data: bytes, document: str) -> None:
    """NUL bytes or many control bytes: no text encoding a page uses has them."""
    sample = data[:_SAMPLE]
    if b"\x00" in sample:
        raise BinaryDocument(document, "binary data (NUL bytes)")
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if controls > _MAX_CONTROL_SHARE * len(sample):
        raise BinaryDocument(document, "binary data (control characters)")


def _check_text(text: str, document: str, codec: str) -> None:
    """The same test on decoded text: a BOM in front of binary data is still binary."""
    sample = text[:_SAMPLE]
    if "\x00" in sample:
        raise BinaryDocument(document, f"binary data (NUL characters once read as {codec})")
    if len(_CONTROL_CHARS.findall(sample)) > _MAX_CONTROL_SHARE * len(sample):
        raise BinaryDocument(document, f"binary data (control characters once read as {codec})")


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` when every other byte of the start is NUL (ASCII in UTF-16)."""
    sample = data[:4096]
    if len(sample) < 8 or b"\x00" not in sample:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) >= 0.7 * len(odd) and even.count(0) <= 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) >= 0.7 * len(even) and odd.count(0) <= 0.1 * len(odd):
        return "utf-16-be"
    return None


def _declared_charset(data: bytes) -> tuple[str, str] | None:
    """The charset an HTML page declares: ``(label as written, codec to use)``.

    The codec is ``""`` when the label is no web encoding (ignored, with a warning).
    """
    m = _DECLARED.search(data[:_DECLARED_WITHIN])
    if not m:
        return None
    label = (m.group(1) or m.group(2)).decode("ascii", "replace").strip().lower()
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return label, ""
    return label, _WEB_ENCODINGS.get(name, "")


def _codec(encoding: str) -> str:
    return codecs.lookup(encoding).name


def _latin_script(text: str) -> bool:
    """Whether the non-ASCII letters of a reading are mostly Latin ("é", "ł", "Æ")."""
    letters = [ch for ch in _NON_ASCII.findall(text, 0, 50 * _SCRIPT_SAMPLE) if ch.isalpha()]
    letters = letters[:_SCRIPT_SAMPLE]
    latin = sum(1 for ch in letters if unicodedata.name(ch, "").startswith("LATIN"))
    return latin * 2 >= len(letters)


def _odd_symbols(text: str) -> int:
    """Symbols stuck inside words ("Za¿ó³æ"): the mark of a wrong code page."""
    return sum(
        1
        for ch in _INSIDE_WORD.findall(text, 0, _ODD_SAMPLE)
        if ch not in _WORD_PUNCTUATION and unicodedata.category(ch)[0] not in "LM"
    )


_GUESSED = "a guess: not UTF-8, and no declared charset that fits"


def _guess(data: bytes, document: str) -> tuple[str, str, str, list[str]]:
    """Neither declared nor clean UTF-8: (text, codec, how, notes)."""
    lenient = data.decode("utf-8", errors="replace")
    bad = lenient.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    non_ascii = len(lenient) - len(lenient.encode("ascii", errors="ignore"))
    good = non_ascii - lenient.count("\ufffd")
    if good > bad:
        # Mostly valid UTF-8 with a few broken sequences (a truncated character,
        # a stray byte pasted in): a code page would garble every good character
        # to rescue a few bad ones, so the bad ones become U+FFFD.
        note = (
            f"{document}: {bad} invalid UTF-8 byte sequence{'s' if bad > 1 else ''} "
            "replaced with U+FFFD"
        )
        return lenient, "utf-8", "utf-8 repaired", [note]

    from charset_normalizer import from_bytes

    matches = from_bytes(data)
    best = matches.best()
    said = _codec(best.encoding) if best is not None else None
    if best is not None and said not in _EBCDIC and not _latin_script(str(best)):
        # Another script (Cyrillic, Greek, CJK...): charset-normalizer knows best,
        # unless a Latin reading makes at least as much sense: a few stray high
        # bytes in English or French also read as one or two Chinese characters
        # ("government\x92s" as Big5), with no language behind them.
        rivals = [m for m in list(matches)[:_CANDIDATES] if m.coherence >= best.coherence]
        if not any(_latin_script(str(m)) for m in rivals if m is not best):
            note = f"{document}: read as {said} ({_GUESSED})"
            return str(best), str(said), "guessed", [note]
    readings: list[tuple[str, str]] = []
    with contextlib.suppress(UnicodeDecodeError):  # a byte cp1252 leaves undefined
        readings.append(("windows-1252", data.decode("cp1252")))
    if best is not None and said not in _EBCDIC and _latin_script(str(best)):
        readings.append((str(said), str(best)))
    if not readings:
        raise DecodeFailed(document, "not UTF-8, and no text encoding fits")
    # Between Latin code pages the statistics of a short page cannot tell cp1252
    # from cp1250 ("à" read as "ŕ"): windows-1252 comes first and wins ties, since
    # Western European news is the likelier and browsers assume it.  Another
    # Latin page wins when cp1252 would stick symbols inside its words (Polish
    # "Zażółć" read as "Za¿ó³æ").
    codec, text = min(readings, key=lambda r: _odd_symbols(r[1]))
    also = f"; charset-normalizer said {said}" if said and said not in (codec, "cp1252") else ""
    note = f"{document}: read as {codec} ({_GUESSED}{also})"
    return text, codec, "guessed", [note]


def _utf8_with_non_ascii(data: bytes) -> bool:
    if data.isascii():
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _after_bom(data: bytes, bom_codec: str, codec: str, document: str, notes: list[str]) -> str:
    """The text after a BOM; a few broken sequences are replaced, as for bare UTF-8."""
    try:
        return data.decode(bom_codec)
    except UnicodeError:
        pass
    text = data.decode(bom_codec, errors="replace")
    bad = text.count("\ufffd") - data.decode(bom_codec, errors="ignore").count("\ufffd")
    plural = "s" if bad > 1 else ""
    if bad > _MAX_REPLACED_SHARE * len(text):
        raise DecodeFailed(
            document, f"{bad} invalid {codec} sequence{plural} after its byte-order mark"
        )
    notes.append(f"{document}: {bad} invalid {codec} sequence{plural} replaced with U+FFFD")
    return text


def decode_detailed(data: bytes, *, document: str, media_type: MediaType | str) -> Decoded:
    """Like :func:`decode`, and say which encoding was used and what was uncertain."""
    if not data or data.isspace():
        raise EmptyDocument(document, "empty file")
    notes: list[str] = []
    text: str | None = None
    codec, how = "", ""
    for bom, bom_codec in _BOMS:
        if data.startswith(bom):
            codec, how = bom_codec.replace("-sig", ""), "bom"
            text = _after_bom(data, bom_codec, codec, document, notes)
            break
    if text is None:
        _check_magic(data, document)
    if text is None and (utf16 := _utf16_without_bom(data)):
        try:
            text, codec, how = data.decode(utf16), utf16, "utf-16 without bom"
        except UnicodeError:
            text = None
        else:
            notes.append(f"{document}: UTF-16 without a byte-order mark; read as {utf16}")
    if text is None:
        _check_binary(data, document)
        if media_type == "html" and (declared := _declared_charset(data)):
            label, web_codec = declared
            if not web_codec:
                notes.append(f"{document}: declared charset {label!r} is no web encoding; ignored")
            elif web_codec != "utf-8" and _utf8_with_non_ascii(data):
                # A stale <meta> left by a CMS template: non-ASCII text that is valid
                # UTF-8 is next to never a single- or double-byte code page by chance.
                notes.append(
                    f"{document}: declared charset {label!r}, but the bytes are UTF-8; "
                    "read as utf-8"
                )
            else:
                try:
                    text = (
                        _windows_1252(data)
                        if web_codec == "windows-1252"
                        else data.decode(web_codec)
                    )
                    codec, how = web_codec, "declared"
                except UnicodeError:
                    notes.append(
                        f"{document}: declared charset {label!r} does not fit the bytes; ignored"
                    )
    if text is None:
        try:
            text, codec, how = data.decode("utf-8"), "utf-8", "utf-8"
        except UnicodeDecodeError:
            text, codec, how, more = _guess(data, document)
            notes.extend(more)
    _check_text(text, document, codec)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise EmptyDocument(document, "no text once decoded")
    return Decoded(text=text, encoding=codec, how=how, warnings=tuple(notes))


def decode(data: bytes, *, document: str, media_type: MediaType | str) -> str:
    """The page's text with ``\\n`` newlines, or a PageError naming the document.

    Raises :class:`~newstrace.errors.EmptyDocument`,
    :class:`~newstrace.errors.BinaryDocument` or
    :class:`~newstrace.errors.DecodeFailed`, and nothing else.  Uncertain choices
    are issued as :class:`DecodeWarning`.
    """
    result = decode_detailed(data, document=document, media_type=media_type)
    for note in result.warnings:
        warnings.warn(note, DecodeWarning, stacklevel=2)
    return result.text
