"""What an HTTP ``Content-Type`` says, and how its charset reaches :mod:`decode`.

Pages that arrive over HTTP (fetched, or kept in a WARC archive) carry their
charset in a header, not only in a ``<meta>``.  Browsers rank them: a byte-order
mark first, then the HTTP charset, then the page's own ``<meta>``.  ``decode``
reads a page's bytes only, and honours the first ``<meta charset>`` it finds, so
the header's charset is passed on as a ``<meta charset>`` put in front of the
page: every rule ``decode`` applies to a declared charset (the WHATWG label
table, valid UTF-8 beating a stale single-byte declaration, labels that are no
web encoding ignored with a note) then applies to the header too, in one place.
"""

from __future__ import annotations

import re

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
FEED_TYPES = frozenset(
    {
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
        "application/x-rss+xml",
        "application/xml",
        "text/xml",
    }
)
TEXT_TYPES = frozenset({"text/plain"})

_CHARSET = re.compile(r"""charset\s*=\s*["']?\s*([^"';\s]+)""", re.IGNORECASE)
#: What a charset label may look like; anything else is not passed on (no markup injection).
_LABEL = re.compile(r"^[A-Za-z0-9][\w.:-]{0,39}$")
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


def parse_content_type(value: str | None) -> tuple[str, str | None]:
    """``("text/html", "iso-8859-1")`` from ``"text/html; charset=ISO-8859-1"``.

    The media type is lower-cased and ``""`` when missing; the charset is
    ``None`` when absent or not a plausible label.
    """
    if not value:
        return "", None
    mime = value.split(";", 1)[0].strip().lower()
    m = _CHARSET.search(value)
    charset = m.group(1).strip().lower() if m else None
    if charset and not _LABEL.match(charset):
        charset = None
    return mime, charset


def with_charset(data: bytes, charset: str | None) -> bytes:
    """HTML bytes that tell :func:`~newstrace.ingest.decode.decode` the header's charset.

    Left as they are when there is no charset, when a byte-order mark already
    decides (it outranks the header), or when the bytes do not start like markup
    (binary data keeps its signature, so decode's binary checks still name it).
    """
    if not charset or not _LABEL.match(charset) or data.startswith(_BOMS):
        return data
    head = data[:1024]
    if b"\x00" in head or not head.lstrip().startswith(b"<"):
        return data
    return b'<meta charset="' + charset.encode("ascii") + b'">' + data
