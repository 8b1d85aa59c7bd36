"""RSS and Atom feeds: entries become pages, fetched through the polite fetcher or read from
the feed itself; a bad feed is an error naming it, never the end of the batch."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from newstrace.errors import HttpStatus, MalformedFeed, NotAFeed, PageError, UnsupportedInput
from newstrace.ingest.decode import decode
from newstrace.ingest.feeds import FeedWarning, feed_documents, looks_like_feed
from newstrace.ingest.fetch import FetchOptions
from newstrace.ingest.readers import Item, iter_documents
from newstrace.model import RawDocument
from newstrace.pipeline import analyze

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"
RSS = FIXTURES / "feed.rss"
ATOM = FIXTURES / "feed.atom"
LOCAL = FetchOptions(allow_private=True, delay=0.0, timeout=5.0)


def read(*paths: Path | str, fetch_links: bool = False) -> list[Item]:
    return list(iter_documents([str(p) for p in paths], fetch=LOCAL, fetch_links=fetch_links))


def text_of(doc: RawDocument) -> str:
    return decode(doc.data, document=doc.source, media_type=doc.media_type)


def test_rss_entries_without_fetching() -> None:
    docs = read(RSS)
    assert all(isinstance(d, RawDocument) for d in docs), docs
    assert [d.source for d in docs] == [f"{RSS}:1", f"{RSS}:2", f"{RSS}:3"]
    assert [d.url for d in docs] == [
        "https://courrier.example/2024/11/budget", "https://courrier.example/2024/11/greve", None
    ]
    # 00:30 in Paris on the 18th is the 18th, not the 17th as UTC would say.
    assert [d.published for d in docs] == ["2024-11-18", "2024-11-17", None]
    assert {d.site for d in docs} == {"Le Courrier du Soir"}
    first = text_of(docs[0])  # the feed was Latin-1; the page is Unicode
    assert "Besançon" in first and "Le conseil municipal adopte le budget" in first
    assert "<script" not in first  # feedparser sanitises entry HTML


def test_entry_pages_read_like_articles() -> None:
    docs = [d for d in read(RSS, ATOM) if isinstance(d, RawDocument)]
    art = analyze(docs[0], nlp=False).article
    assert art.title == "Le conseil municipal adopte le budget"
    assert art.published == "2024-11-18"
    assert art.site == "Le Courrier du Soir"
    assert art.url == "https://courrier.example/2024/11/budget"
    assert [b.kind for b in art.blocks].count("paragraph") == 3
    quotas = analyze(docs[-1], nlp=False).article  # Atom plain-text summary in two paragraphs
    assert quotas.title == "Fishermen protest new quotas"
    assert quotas.published == "2024-11-15"
    assert [b.kind for b in quotas.blocks].count("paragraph") == 2


def test_atom_dates_in_the_feeds_own_zone() -> None:
    docs = read(ATOM)
    assert [d.published for d in docs if isinstance(d, RawDocument)] == ["2024-11-16", "2024-11-15"]
    assert {d.site for d in docs if isinstance(d, RawDocument)} == {"Harbour Gazette"}


def test_malformed_feed_keeps_entries_and_names_the_feed() -> None:
    items = read(FIXTURES / "malformed.rss")
    assert isinstance(items[0], RawDocument)
    assert isinstance(items[-1], MalformedFeed)
    assert items[-1].document == str(FIXTURES / "malformed.rss")


def test_not_a_feed(tmp_path: Path) -> None:
    page = tmp_path / "page.rss"
    page.write_text("<html><body><p>Hello</p></body></html>")
    [item] = read(page)
    assert isinstance(item, NotAFeed) and item.document == str(page)
    [item] = read(FIXTURES / "sitemap.xml")  # named: said; in a folder: skipped
    assert isinstance(item, UnsupportedInput)


def test_xml_feeds_in_folders_are_read_other_xml_skipped(tmp_path: Path) -> None:
    (tmp_path / "news.xml").write_bytes(RSS.read_bytes())
    (tmp_path / "sitemap.xml").write_bytes((FIXTURES / "sitemap.xml").read_bytes())
    docs = read(tmp_path)
    assert [Path(d.source).name for d in docs] == ["news.xml:1", "news.xml:2", "news.xml:3"]


@pytest.mark.parametrize(
    ("head", "feed"),
    [
        (b'<?xml version="1.0"?>\n<!-- c -->\n<rss version="2.0">', True),
        (b"\xef\xbb\xbf<feed xmlns='http://www.w3.org/2005/Atom'>", True),
        (b'<?xml version="1.0"?><rdf:RDF xmlns:rdf="x">', True),
        (b'<?xml version="1.0"?><?xml-stylesheet href="a.xsl"?><atom:feed xmlns:atom="x">',
         True),
        (b'<?xml version="1.0"?><urlset>', False),
        (b"<html><body><rss>", False),
    ],
)
def test_looks_like_feed(head: bytes, feed: bool) -> None:
    assert looks_like_feed(head) is feed


def _feed(server, items: list[tuple[str, str]]) -> bytes:  # type: ignore[no-untyped-def]
    entries = "".join(
        f"<item><title>{title}</title><link>{link}</link>"
        f"<pubDate>Sun, 17 Nov 2024 09:00:00 +0000</pubDate>"
        f"<description>&lt;p&gt;Feed text of {title}: the harbour council met on Sunday "
        f"and approved the plan, its chair said.&lt;/p&gt;</description></item>"
        for title, link in items
    )
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>Local Wire</title>{entries}</channel></rss>").encode()


def test_entries_are_fetched_and_fall_back_to_feed_text(server) -> None:  # type: ignore[no-untyped-def]
    server.robots("User-agent: *\nDisallow: /private/\n")
    ok = server.article("/ok.html", "Fetched page")
    server.article("/private/p.html", "Hidden")
    feed = _feed(server, [("One", ok), ("Two", server.url("/missing")),
                          ("Three", server.url("/private/p.html")), ("Four", "/relative")])
    server.routes["/feed"] = (200, {"Content-Type": "application/rss+xml"}, feed)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        items = read(server.url("/feed"), fetch_links=True)
    docs = [i for i in items if isinstance(i, RawDocument)]
    assert len(docs) == 4, items
    fetched = docs[0]
    assert b"Fetched page" in fetched.data and fetched.fetched_at and fetched.url == ok
    assert fetched.source == server.url("/feed") + ":1"
    assert fetched.published == "2024-11-17" and fetched.site == "Local Wire"
    # 404, robots.txt, a relative link (resolved against the feed's URL: 404): the feed's text
    for doc in docs[1:]:
        assert b"Feed text of" in doc.data and doc.fetched_at is None
    notes = [str(w.message) for w in caught if issubclass(w.category, FeedWarning)]
    assert len(notes) == 3 and any("404" in n for n in notes) and any("robots" in n for n in notes)
    assert "/private/p.html" not in server.requests


def test_no_fetch_uses_the_feed_text_only(server) -> None:  # type: ignore[no-untyped-def]
    ok = server.article("/ok.html", "Fetched page")
    server.routes["/feed.xml"] = (200, {"Content-Type": "text/xml"}, _feed(server, [("One", ok)]))
    [doc] = read(server.url("/feed.xml"), fetch_links=False)
    assert isinstance(doc, RawDocument) and b"Feed text of One" in doc.data
    assert server.requests.count("/ok.html") == 0 and "/feed.xml" in server.requests


def test_feed_url_errors_name_the_feed(server) -> None:  # type: ignore[no-untyped-def]
    server.routes["/notfeed"] = (200, {"Content-Type": "application/rss+xml"}, b"<html>no</html>")
    server.routes["/sitemap"] = (200, {"Content-Type": "application/xml"},
                                 (FIXTURES / "sitemap.xml").read_bytes())
    items = read(server.url("/gone.rss"), server.url("/notfeed"), server.url("/sitemap"))
    assert [type(i).__name__ for i in items] == ["HttpStatus", "NotAFeed", "UnsupportedContent"]
    assert [i.document for i in items if isinstance(i, PageError)] == [
        server.url("/gone.rss"), server.url("/notfeed"), server.url("/sitemap")
    ]
    assert isinstance(items[0], HttpStatus)


def test_feed_documents_api_takes_bytes_only() -> None:
    """Bytes that happen to name a file are parsed, never opened (feedparser would open them)."""
    [item] = list(feed_documents(str(RSS).encode(), feed="x", fetcher=None))
    assert isinstance(item, NotAFeed)
