"""RSS and Atom feeds (feedparser): every entry becomes a page.

An entry points at an article; the article is what newstrace analyses, so by
default the linked page is fetched (through :class:`~newstrace.ingest.fetch.Fetcher`:
polite, size-bounded, refusing private addresses).  When fetching is off
(``--no-fetch``), or the page cannot be had (gone, refused by robots.txt, not
HTML), the entry's own content -- or its summary -- is used instead, as a small
HTML page carrying the entry's title, link and date, so the extractor reads it
like any other page; a fetch that failed is said in a :class:`FeedWarning`.

Every page carries ``url`` (the link; after redirects when fetched),
``published`` (the entry's date, ``YYYY-MM-DD`` as written in the feed's own
time zone: a page dated 00:30 in Paris is not from the day before),
``site`` (the feed's title) and ``source`` ``FEED:N`` (the N-th entry).

A feed that is no feed yields :class:`~newstrace.errors.NotAFeed`; one that is
not well-formed XML yields the entries feedparser's lenient parser recovered,
then :class:`~newstrace.errors.MalformedFeed` naming it.  Feed bytes are never
handed to feedparser as a string, which it may take for a path or URL to open.
"""

from __future__ import annotations

import html
import io
import re
import time
import warnings
import xml.sax
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import Any

import feedparser

from newstrace.errors import EmptyDocument, MalformedFeed, NotAFeed, PageError
from newstrace.ingest.fetch import ACCEPT_PAGE, Fetched, Fetcher, page_document
from newstrace.ingest.media import HTML_TYPES
from newstrace.model import RawDocument

#: What a feed yields: a page, or the error standing in its place.
Item = RawDocument | PageError

#: The root element of an RSS (0.9x, 2.0), RSS 1.0 (RDF) or Atom document, after
#: the XML declaration, comments, processing instructions and a doctype.
_FEED_ROOT = re.compile(
    rb"""\A\s*(?:<\?xml[^>]*>\s*)?(?:(?:<!--.*?-->|<\?.*?\?>|<!DOCTYPE[^>]*>)\s*)*"""
    rb"""<(?:[\w.-]+:)?(?:rss|feed|RDF)[\s>/]""",
    re.DOTALL | re.IGNORECASE,
)
#: How much of a file is looked at to tell a feed from other XML.
SNIFF_BYTES = 65536
_HTML_CONTENT = frozenset({*HTML_TYPES, "text/html"})


class FeedWarning(UserWarning):
    """A feed entry's page could not be fetched; the feed's own text was used instead."""


def looks_like_feed(data: bytes) -> bool:
    """Whether the bytes start like an RSS or Atom document (a sitemap, XHTML... do not)."""
    head = data[:SNIFF_BYTES]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        head = head.decode("utf-16", errors="ignore").encode("utf-8")
    return bool(_FEED_ROOT.match(head.removeprefix(b"\xef\xbb\xbf")))


@dataclass(frozen=True, slots=True)
class _Entry:
    source: str
    link: str | None
    title: str | None
    published: str | None
    published_at: str | None
    content: str | None


def _date(entry: Any) -> tuple[str | None, str | None]:
    """``(YYYY-MM-DD, full ISO 8601)`` in the feed's own time zone, or Nones.

    RSS writes RFC 822 dates, Atom RFC 3339; feedparser's parsed form is in UTC,
    which may move a late-evening page to the next day, so it is the fallback.
    """
    for key in ("published", "updated", "created"):
        raw = entry.get(key)
        if not isinstance(raw, str) or not raw.strip():
            continue
        for parse in (parsedate_to_datetime, datetime.fromisoformat):
            try:
                when = parse(raw.strip())
            except (TypeError, ValueError, IndexError, OverflowError):
                continue
            return when.date().isoformat(), when.isoformat()
        parsed = entry.get(f"{key}_parsed")
        if parsed:
            return time.strftime("%Y-%m-%d", parsed), time.strftime("%Y-%m-%dT%H:%M:%SZ", parsed)
    return None, None


def _content(entry: Any) -> str | None:
    """The entry's text as HTML: the longest HTML content, else plain content, else summary."""
    parts = [c for c in entry.get("content") or [] if (c.get("value") or "").strip()]
    htmls = [c["value"] for c in parts if c.get("type") in _HTML_CONTENT]
    if htmls:
        return max(htmls, key=len)
    if parts:
        return _plain_to_html(max((c["value"] for c in parts), key=len))
    summary = entry.get("summary") or ""
    if not summary.strip():
        return None
    detail = entry.get("summary_detail") or {}
    return summary if detail.get("type", "text/html") in _HTML_CONTENT else _plain_to_html(summary)


def _plain_to_html(text: str) -> str:
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    return "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)


def entry_page(entry: _Entry, site: str | None) -> bytes:
    """The entry's own text as a small HTML page the extractor reads like any other.

    UTF-8 with a byte-order mark: the text is already Unicode, and the BOM makes
    decode trust it over any ``<meta charset>`` quoted inside the content.
    """
    esc = html.escape
    head = ['<meta charset="utf-8">']
    if entry.title:
        head.append(f"<title>{esc(entry.title)}</title>")
    if entry.published_at:
        head.append(f'<meta property="article:published_time" content="{esc(entry.published_at)}">')
    if site:
        head.append(f'<meta property="og:site_name" content="{esc(site)}">')
    if entry.link:
        head.append(f'<link rel="canonical" href="{esc(entry.link)}">')
    title = f"<h1>{esc(entry.title)}</h1>\n" if entry.title else ""
    page = (
        f"<!DOCTYPE html>\n<html><head>{''.join(head)}</head>\n"
        f"<body><article>\n{title}{entry.content or ''}\n</article></body></html>\n"
    )
    return b"\xef\xbb\xbf" + page.encode("utf-8", errors="replace")


def _from_entry(entry: _Entry, site: str | None) -> RawDocument:
    return RawDocument(source=entry.source, data=entry_page(entry, site), media_type="html",
                       url=entry.link, published=entry.published, site=site)


def _fetchable(link: str | None) -> bool:
    return bool(link) and link.lower().startswith(("http://", "https://"))  # type: ignore[union-attr]


def _resolve(entry: _Entry, site: str | None, answer: Fetched | PageError) -> Item:
    """The fetched page, else the entry's own text (with a warning), else the error."""
    if isinstance(answer, Fetched):
        if not answer.mime or answer.mime in HTML_TYPES:
            return page_document(answer, source=entry.source, published=entry.published,
                                 site=site)
        why = f"{answer.final_url} is {answer.mime}, not an HTML page"
    else:
        why = answer.one_line()
    if entry.content is None:
        if isinstance(answer, PageError):
            return answer
        return EmptyDocument(entry.source, f"{why}, and the entry has no text of its own")
    warnings.warn(f"{entry.source}: {why}; the feed's own text was used", FeedWarning,
                  stacklevel=2)
    return _from_entry(entry, site)


def _parse(data: bytes, content_type: str | None, location: str | None) -> Any:
    headers = {"content-type": content_type or "application/xml"}
    if location:
        headers["content-location"] = location  # relative links resolve against the feed
    return feedparser.parse(io.BytesIO(data), response_headers=headers)


def feed_documents(
    data: bytes,
    *,
    feed: str,
    fetcher: Fetcher | None,
    content_type: str | None = None,
    location: str | None = None,
) -> Iterator[Item]:
    """Every entry of the feed in ``data`` as a page (or its error), in feed order.

    ``feed`` names the feed in sources and errors; ``fetcher`` fetches the linked
    pages (None: the entries' own text only); ``content_type`` is the HTTP header
    the feed came with (its charset counts); ``location`` its URL, for relative links.
    """
    parsed = _parse(data, content_type, location)
    fault = parsed.get("bozo_exception") if parsed.get("bozo") else None
    if not parsed.get("version"):
        detail = f" ({fault})" if isinstance(fault, xml.sax.SAXException) else ""
        yield NotAFeed(feed, f"no RSS or Atom feed in it{detail}")
        return
    site = (parsed.feed.get("title") or "").strip() or None
    entries = []
    for number, raw in enumerate(parsed.entries, start=1):
        published, published_at = _date(raw)
        link = (raw.get("link") or "").strip() or None
        entries.append(_Entry(source=f"{feed}:{number}", link=link,
                              title=(raw.get("title") or "").strip() or None,
                              published=published, published_at=published_at,
                              content=_content(raw)))
    if fetcher is not None:
        answers = fetcher.map((e.link for e in entries if _fetchable(e.link)), accept=ACCEPT_PAGE)
    for entry in entries:
        if fetcher is not None and _fetchable(entry.link):
            _link, answer = next(answers)
            yield _resolve(entry, site, answer)
        elif entry.content is not None:
            yield _from_entry(entry, site)
        else:
            yield EmptyDocument(entry.source, "a feed entry with no text and no link to fetch")
    if isinstance(fault, xml.sax.SAXException):
        yield MalformedFeed(feed, f"not well-formed XML ({fault}); {len(entries)} entries read")
