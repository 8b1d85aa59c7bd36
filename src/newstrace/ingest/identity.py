"""How a page is identified: its normalised URL plus a hash of its text.

Why both: the same text under two different URLs is two pages (a syndicated
copy is a fact worth keeping, and the corpus stage links them); the same URL
with changed text is a new version of the page.  Re-ingesting the very same
page (same URL, same text, perhaps re-saved with other line endings) gives the
same id, so it is never stored twice.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import urlsplit

_SPACES = re.compile(r"\s+")


def normalize_url(url: str) -> str:
    """The URL as one page is known by, whatever link led to it (courlan's normalisation).

    Lower-case scheme and host, no default port, no fragment, no tracking
    parameters (``utm_*``, ``fbclid``, ``gclid``, ``mc_cid``...), the other query
    parameters kept and sorted: they often name the article (``?id=123``).  A
    string that is no parsable URL comes back stripped but otherwise as given,
    never an exception: a bad URL must not cost the page.
    """
    from courlan import normalize_url as courlan_normalize

    url = url.strip()
    try:
        # strict=False: drop tracking parameters (utm_*, fbclid...) but keep the others,
        # which often name the article ("?id=123").
        normalised = courlan_normalize(url, strict=False)
    except (ValueError, AttributeError):
        return url
    parts = urlsplit(normalised)
    return parts._replace(fragment="").geturl()


def content_hash(text: str) -> str:
    """sha256 of the text after NFC and whitespace folding (line endings, trailing spaces)."""
    folded = _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip()
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()


def document_id(text: str, url: str | None) -> str:
    """A short stable id: 16 hex characters of sha256(normalised URL + "\\n" + content hash).

    Without a URL (a scraped ``.txt``, a local file) the content hash alone is
    hashed.  16 hex characters are 64 bits: collisions stay negligible far past
    the millions of pages a ledger holds, and the id stays short enough to type
    (``newstrace show ID``).
    """
    key = content_hash(text)
    if url and url.strip():
        key = normalize_url(url) + "\n" + key
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]
