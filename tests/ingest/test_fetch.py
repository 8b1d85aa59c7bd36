"""Fetching URLs: polite (robots.txt, delay, concurrency, timeouts, size) and refusing
private addresses.  Every test talks to a local server on 127.0.0.1 or to nothing."""

from __future__ import annotations

import gzip
import time
from pathlib import Path

import pytest

from newstrace.errors import (
    DocumentTooLarge,
    FetchFailed,
    FetchTimeout,
    HttpStatus,
    PageError,
    RefusedAddress,
    RobotsDisallowed,
    UnsupportedContent,
    UnsupportedInput,
)
from newstrace.ingest.decode import decode
from newstrace.ingest.fetch import Fetched, Fetcher, FetchOptions, page_document, refusal
from newstrace.ingest.readers import iter_documents
from newstrace.model import RawDocument

LOCAL = FetchOptions(allow_private=True, delay=0.0, timeout=5.0)


def fetcher(**options: object) -> Fetcher:
    fields = {"allow_private": True, "delay": 0.0, "timeout": 5.0, **options}
    return Fetcher(FetchOptions(**fields))  # type: ignore[arg-type]


def error_of(fetch: Fetcher, url: str) -> PageError:
    answer = fetch.fetch_or_error(url)
    assert isinstance(answer, PageError), answer
    assert answer.document == url  # every error names the URL asked for
    return answer


# --- addresses ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("address", "why"),
    [
        ("127.0.0.1", "loopback"),
        ("127.8.9.10", "loopback"),
        ("::1", "loopback"),
        ("10.1.2.3", "private"),
        ("172.16.0.1", "private"),
        ("192.168.1.1", "private"),
        ("169.254.169.254", "link-local"),
        ("fe80::1", "link-local"),
        ("224.0.0.1", "multicast"),
        ("ff02::1", "multicast"),
        ("0.0.0.0", "unspecified"),
        ("240.0.0.1", "reserved"),
        ("100.64.0.1", "not globally routable"),
        ("::ffff:127.0.0.1", "loopback"),
        ("64:ff9b::a00:1", "private"),
        ("fd00::1", "private"),
    ],
)
def test_non_public_addresses_are_refused(address: str, why: str) -> None:
    assert refusal(address) == why


@pytest.mark.parametrize("address", ["93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946"])
def test_public_addresses_pass(address: str) -> None:
    assert refusal(address) is None


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:{port}/a.html",
        "http://10.0.0.7/a.html",
        "http://[::1]:{port}/a.html",
        "http://169.254.169.254/latest/meta-data/",
        "http://localhost:{port}/a.html",  # a name resolving to loopback
        "http://2130706433:{port}/a.html",  # 127.0.0.1 written as one number
    ],
)
def test_private_targets_are_refused_without_allow_private(server, url: str) -> None:
    server.article("/a.html", "Hello")
    url = url.format(port=server.port)
    with Fetcher(FetchOptions(delay=0.0)) as fetch:
        error = error_of(fetch, url)
    assert isinstance(error, RefusedAddress), error
    assert server.requests == []  # not even robots.txt was asked


def test_every_resolved_address_must_pass() -> None:
    """A name with one public and one private address is refused (no connection tried)."""

    def resolve(host: str, port: int) -> list[str]:
        return ["93.184.216.34", "10.0.0.1"]

    with Fetcher(FetchOptions(delay=0.0), resolve=resolve) as fetch:
        error = error_of(fetch, "http://mixed.example/news")
    assert isinstance(error, RefusedAddress)
    assert "10.0.0.1" in error.message


def test_connections_go_to_the_checked_addresses(server) -> None:
    """The guard resolves and connects itself: a name only our resolver knows is fetched
    from the address it gave, and refused when that address is private."""
    server.article("/a.html", "Resolved")
    asked: list[str] = []

    def resolve(host: str, port: int) -> list[str]:
        asked.append(host)
        return ["127.0.0.1"]

    url = f"http://news.example:{server.port}/a.html"
    with Fetcher(LOCAL, resolve=resolve) as fetch:
        assert isinstance(fetch.fetch_or_error(url), Fetched)
    assert "news.example" in asked
    with Fetcher(FetchOptions(delay=0.0), resolve=resolve) as fetch:
        assert isinstance(error_of(fetch, url), RefusedAddress)


@pytest.mark.parametrize(
    "target",
    ["http://10.0.0.1/x", "http://[::1]:{port}/a.html", "http://127.0.0.2:{port}/a.html",
     "http://169.254.169.254/"],
)
def test_a_redirect_to_a_private_address_is_refused(server, target: str) -> None:
    """The first hop is allowed (127.0.0.1 only, as a site on one's network would be);
    the redirect goes elsewhere and is checked again."""
    server.article("/a.html", "Hello")
    server.routes["/jump"] = (302, {"Location": target.format(port=server.port)}, b"")
    options = FetchOptions(delay=0.0, allow_networks=("127.0.0.1/32",))
    with Fetcher(options) as fetch:
        error = error_of(fetch, server.url("/jump"))
    assert isinstance(error, RefusedAddress), error
    assert "redirected to" in error.message
    assert "/a.html" not in server.requests


def test_redirects_are_followed_and_counted(server) -> None:
    server.article("/a.html", "Hello")
    server.routes["/old"] = (301, {"Location": "/a.html"}, b"")
    server.routes["/loop"] = (302, {"Location": "/loop"}, b"")
    with fetcher(max_redirects=3) as fetch:
        answer = fetch.fetch(server.url("/old"))
        assert answer.final_url == server.url("/a.html")
        assert answer.url == server.url("/old")
        error = error_of(fetch, server.url("/loop"))
    assert isinstance(error, FetchFailed) and "redirects" in error.message


def test_only_http_urls(server) -> None:
    server.routes["/ftp"] = (302, {"Location": "file:///etc/passwd"}, b"")
    with fetcher() as fetch:
        assert isinstance(error_of(fetch, "ftp://example.org/x"), FetchFailed)
        assert isinstance(error_of(fetch, server.url("/ftp")), FetchFailed)


# --- politeness ---------------------------------------------------------------------


def test_user_agent_names_newstrace(server) -> None:
    server.article("/a.html", "Hello")
    with fetcher() as fetch:
        fetch.fetch(server.url("/a.html"))
    assert server.agents and all(a.startswith("newstrace/") for a in server.agents)


def test_robots_txt_is_obeyed_and_read_once(server) -> None:
    server.robots("User-agent: *\nDisallow: /private/\n\nUser-agent: newstrace\nDisallow: /nt/\n")
    for path in ("/ok.html", "/private/a.html", "/nt/a.html"):
        server.article(path, "Page")
    with fetcher() as fetch:
        assert isinstance(fetch.fetch_or_error(server.url("/ok.html")), Fetched)
        assert isinstance(error_of(fetch, server.url("/nt/a.html")), RobotsDisallowed)
        # Rules for newstrace replace the '*' group (RFC 9309): /private/ is allowed to us.
        assert isinstance(fetch.fetch_or_error(server.url("/private/a.html")), Fetched)
    assert server.requests.count("/robots.txt") == 1
    assert "/nt/a.html" not in server.requests


def test_robots_disallow_all(server) -> None:
    server.robots("User-agent: *\nDisallow: /\n")
    server.article("/a.html", "Page")
    with fetcher() as fetch:
        error = error_of(fetch, server.url("/a.html"))
    assert isinstance(error, RobotsDisallowed)
    assert "robots.txt" in error.one_line()


def test_robots_unreachable_allows_nothing_missing_allows_all(server) -> None:
    server.article("/a.html", "Page")
    with fetcher() as fetch:  # 404 robots.txt
        assert isinstance(fetch.fetch_or_error(server.url("/a.html")), Fetched)
    server.robots("oops", status=503)
    with fetcher() as fetch:
        error = error_of(fetch, server.url("/a.html"))
    assert isinstance(error, RobotsDisallowed) and "503" in error.message


def test_per_host_delay(server) -> None:
    server.article("/a.html", "A")
    server.article("/b.html", "B")
    with fetcher(delay=0.3) as fetch:
        start = time.monotonic()
        fetch.fetch(server.url("/a.html"))
        fetch.fetch(server.url("/b.html"))
        elapsed = time.monotonic() - start
    # robots.txt, a, b: two waits of 0.3 s between three requests to one host.
    assert elapsed >= 0.6


def test_crawl_delay_is_honoured(server) -> None:
    server.robots("User-agent: *\nCrawl-delay: 1\n")  # whole seconds (urllib.robotparser)
    server.article("/a.html", "A")
    with fetcher(delay=0.0) as fetch:
        start = time.monotonic()
        fetch.fetch(server.url("/a.html"))
        assert time.monotonic() - start >= 1.0


def test_concurrency_is_bounded_and_order_kept(server) -> None:
    urls = [server.article(f"/p{i}.html", f"Page {i}", delay=0.2) for i in range(8)]
    with fetcher(concurrency=3) as fetch:
        answers = list(fetch.map(urls))
    assert [u for u, _ in answers] == urls
    assert all(isinstance(a, Fetched) and f"Page {i}".encode() in a.data
               for i, (_, a) in enumerate(answers))
    # In parallel (the server saw more than one request at once), never more than three.
    assert 2 <= server.peak <= 3


# --- failures -----------------------------------------------------------------------


def test_http_errors_name_the_url(server) -> None:
    server.routes["/gone"] = (410, {}, b"gone")
    server.routes["/boom"] = (500, {}, b"boom")
    with fetcher() as fetch:
        e404 = error_of(fetch, server.url("/missing"))
        e410 = error_of(fetch, server.url("/gone"))
        e500 = error_of(fetch, server.url("/boom"))
    assert isinstance(e404, HttpStatus) and "404" in e404.message
    assert isinstance(e410, HttpStatus) and "410" in e410.message
    assert isinstance(e500, HttpStatus) and "500" in e500.message
    assert e404.one_line().startswith(server.url("/missing") + ": HTTP 404")


def test_timeout(server) -> None:
    server.article("/slow.html", "Slow", delay=2.0)
    with fetcher(timeout=0.3) as fetch:
        start = time.monotonic()
        error = error_of(fetch, server.url("/slow.html"))
        assert time.monotonic() - start < 1.5
    assert isinstance(error, FetchTimeout)


def test_dns_failure_is_a_page_error() -> None:
    def resolve(host: str, port: int) -> list[str]:
        from newstrace.ingest.fetch import system_resolve

        return system_resolve("no-such-host.invalid", port)

    with Fetcher(FetchOptions(delay=0.0), resolve=resolve) as fetch:
        error = error_of(fetch, "http://no-such-host.invalid/a")
    assert isinstance(error, FetchFailed) and "does not resolve" in error.message


def test_connection_refused(server) -> None:
    with fetcher() as fetch:
        error = error_of(fetch, "http://127.0.0.1:9/closed")  # discard port: nobody listens
    assert isinstance(error, FetchFailed | RobotsDisallowed)


@pytest.mark.parametrize("announced", [True, False])
def test_size_limit(server, announced: bool) -> None:
    body = b"<html><body>" + b"<p>word</p>" * 20_000 + b"</body></html>"  # ~220 kB
    headers = {"Content-Type": "text/html"}
    if not announced:
        headers["X-Omit-Length"] = "1"
    server.routes["/big.html"] = (200, headers, body)
    with fetcher(max_bytes=50_000) as fetch:
        error = error_of(fetch, server.url("/big.html"))
    assert isinstance(error, DocumentTooLarge)


def test_size_limit_counts_decompressed_bytes(server) -> None:
    bomb = gzip.compress(b"\x20" * 20_000_000)  # 20 MB of spaces in ~20 kB
    assert len(bomb) < 100_000
    server.routes["/bomb.html"] = (200, {"Content-Type": "text/html",
                                         "Content-Encoding": "gzip"}, bomb)
    server.routes["/small.html"] = (200, {"Content-Type": "text/html",
                                          "Content-Encoding": "gzip"},
                                    gzip.compress(b"<p>caf\xc3\xa9</p>"))
    with fetcher(max_bytes=1_000_000) as fetch:
        error = error_of(fetch, server.url("/bomb.html"))
        small = fetch.fetch(server.url("/small.html"))
    assert isinstance(error, DocumentTooLarge) and "decompressed" in error.message
    assert small.data == b"<p>caf\xc3\xa9</p>"


def test_http_charset_reaches_decode(server) -> None:
    """The header says windows-1252 and the page says nothing: é and the curly quote read."""
    server.article("/latin.html", "Caf\u00e9 \u2019s", charset="cp1252")
    with fetcher() as fetch:
        doc = page_document(fetch.fetch(server.url("/latin.html")))
    text = decode(doc.data, document=doc.source, media_type=doc.media_type)
    assert "Caf\u00e9 \u2019s" in text
    assert doc.url == server.url("/latin.html") and doc.fetched_at


# --- URL inputs ---------------------------------------------------------------------


def test_url_arguments_and_url_lists(server, tmp_path: Path) -> None:
    a = server.article("/a.html", "Alpha")
    b = server.article("/b.html", "Beta")
    server.routes["/img.png"] = (200, {"Content-Type": "image/png"}, b"\x89PNG....")
    listing = tmp_path / "list.urls"
    listing.write_text(f"# morning list\n\n{b}\nnot a url\n{server.url('/missing')}\n"
                       f"{server.url('/img.png')}\n", encoding="utf-8")
    items = list(iter_documents([a, str(listing)], fetch=LOCAL))
    kinds = [type(i).__name__ for i in items]
    assert kinds == ["RawDocument", "RawDocument", "UnsupportedInput", "HttpStatus",
                     "UnsupportedContent"]
    assert isinstance(items[0], RawDocument) and items[0].url == a and items[0].source == a
    assert isinstance(items[1], RawDocument) and b"Beta" in items[1].data
    assert isinstance(items[2], UnsupportedInput) and items[2].document == f"{listing}:4"
    assert isinstance(items[4], UnsupportedContent)


def test_url_arguments_are_refused_by_default(server) -> None:
    server.article("/a.html", "Alpha")
    [item] = iter_documents([server.url("/a.html")])
    assert isinstance(item, RefusedAddress)
    assert server.requests == []


def test_a_txt_file_is_never_a_url_list(tmp_path: Path) -> None:
    page = tmp_path / "scraped.txt"
    page.write_text("https://example.org/a\nA scraped page starting with its URL.\n")
    [item] = iter_documents([str(page)])
    assert isinstance(item, RawDocument) and item.media_type == "text"
