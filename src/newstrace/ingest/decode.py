"""From bytes to text, once, for every entry point.

Order: a byte-order mark; for HTML the charset the page declares, when it
decodes cleanly; UTF-8; then charset-normalizer's best guess.  Binary data is
refused early with a clear error instead of being fed to the extractors.
"""

from __future__ import annotations

import codecs
import re

from newstrace.errors import BinaryDocument, DecodeFailed, EmptyDocument

_MAGIC = {
    b"\x89PNG": "PNG image",
    b"\xff\xd8\xff": "JPEG image",
    b"GIF8": "GIF image",
    b"%PDF": "PDF document",
    b"PK\x03\x04": "ZIP archive",
    b"\x1f\x8b": "gzip data",
    b"RIFF": "RIFF media",
    b"\x7fELF": "executable",
    b"OggS": "Ogg media",
}
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
#: Above this share of control characters (not tab, newline, CR, FF) text is binary.
_MAX_CONTROL_SHARE = 0.05


def _check_binary(data: bytes, document: str) -> None:
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise BinaryDocument(document, f"this is {what}, not a page")
    sample = data[:65536]
    if b"\x00" in sample and not sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise BinaryDocument(document, "binary data (NUL bytes)")
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    if sample and controls / len(sample) > _MAX_CONTROL_SHARE:
        raise BinaryDocument(document, "binary data (control characters)")


def _declared(data: bytes) -> str | None:
    m = _META_CHARSET.search(data[:4096])
    if not m:
        return None
    name = m.group(1).decode("ascii", "ignore").lower()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


#: A page that is UTF-8 but for a few stray bytes stays UTF-8 (stray bytes replaced).
_MAX_STRAY_SHARE = 0.01


def _latin_single_byte(encoding: str) -> bool:
    name = encoding.lower().replace("-", "_")
    return name.startswith(("cp125", "windows_125", "iso8859", "latin", "mac_"))


def _guess(data: bytes, document: str) -> str:
    """Not clean UTF-8 nor declared: nearly UTF-8, else charset-normalizer, else cp1252."""
    lenient = data.decode("utf-8", errors="replace")
    if lenient.count("\ufffd") <= _MAX_STRAY_SHARE * len(lenient):
        return lenient
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None and not _latin_single_byte(best.encoding):
        return str(best)
    # Among single-byte Latin code pages the statistics of a short page cannot tell
    # cp1252 from cp1250 ("à" vs "ŕ"); Western European news is by far the likelier.
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise DecodeFailed(document, "no text encoding fits these bytes") from exc


def decode(data: bytes, *, document: str, media_type: str) -> str:
    """The page's text with ``\\n`` newlines, or a PageError naming the document."""
    if not data.strip():
        raise EmptyDocument(document, "empty file")
    text: str | None = None
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as exc:
                raise DecodeFailed(document, f"bad {codec} after its byte-order mark") from exc
            break
    if text is None:
        _check_binary(data, document)
        candidates = [_declared(data)] if media_type == "html" else []
        candidates.append("utf-8")
        for codec in filter(None, candidates):
            try:
                text = data.decode(codec)
                break
            except (UnicodeDecodeError, LookupError):
                continue
    if text is None:
        text = _guess(data, document)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise EmptyDocument(document, "no text once decoded")
    return text
