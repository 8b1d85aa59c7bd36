"""Fetching URLs with httpx, politely and without reaching into private networks.

Polite: a User-Agent naming newstrace, robots.txt obeyed (read once per site,
RFC 9309: a missing file allows everything, an unreachable one allows nothing,
``Crawl-delay`` is honoured up to a minute), a delay between two requests to
one host, a bounded number of requests in flight, timeouts on every network
step and on the whole answer (a server dripping one byte a second cannot hold
a worker for ever), and bodies read as a stream that stops one byte past
``max_bytes`` -- counted after decompression, which is done here with a bound
rather than by httpx, so that a small gzip body cannot grow to gigabytes.

Safe: a URL from a feed or a list is untrusted input, and a fetcher run on a
server must not become a way into that server's network (SSRF).  Every TCP
connection is opened through an address guard that resolves the host itself,
refuses the connection when any resolved address is private, loopback,
link-local, multicast, reserved or otherwise not global (IPv4-mapped IPv6
included), and connects to the very addresses it checked, so a DNS answer that
changes between the check and the connection (DNS rebinding) changes nothing.
Redirects are followed by hand, one hop at a time, and each hop goes through
robots.txt and the guard again.  Proxies from the environment are not used:
through a proxy, the guard would check the proxy's address, not the page's.
``allow_private=True`` lifts the address rule, for fetching from one's own
network (and for tests against a local server); ``allow_networks`` lifts it
for the networks named only (redirects elsewhere are still checked).

Errors name the URL asked for and say which hop failed:
:class:`~newstrace.errors.FetchFailed`, :class:`~newstrace.errors.HttpStatus`,
:class:`~newstrace.errors.FetchTimeout`, :class:`~newstrace.errors.RefusedAddress`,
:class:`~newstrace.errors.RobotsDisallowed`, :class:`~newstrace.errors.DocumentTooLarge`.
"""

from __future__ import annotations

import ipaddress
import socket
import threading
import time
import zlib
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.robotparser import RobotFileParser

import httpcore
import httpx

from newstrace import __version__
from newstrace.errors import (
    DocumentTooLarge,
    FetchFailed,
    FetchTimeout,
    HttpStatus,
    PageError,
    RefusedAddress,
    RobotsDisallowed,
)
from newstrace.ingest.media import HTML_TYPES, parse_content_type, with_charset
from newstrace.model import MediaType, RawDocument

#: The product token robots.txt rules are matched against.
ROBOTS_AGENT = "newstrace"
USER_AGENT = f"{ROBOTS_AGENT}/{__version__} (news analysis; obeys robots.txt)"
ACCEPT_PAGE = "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.5,*/*;q=0.1"
ACCEPT_FEED = (
    "application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.1"
)
ACCEPT_ANY = (
    "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml;q=0.9,"
    "application/xml;q=0.8,text/xml;q=0.8,text/plain;q=0.5,*/*;q=0.1"
)
#: RFC 9309: crawlers must read at least 500 KiB of a robots.txt; more is ignored.
ROBOTS_MAX_BYTES = 512 * 1024
#: A Crawl-delay above this is taken as this (a site asking for hours between pages).
MAX_CRAWL_DELAY = 60.0
#: The whole answer (all hops, the whole body) may take this many times ``timeout``.
DEADLINE_FACTOR = 4
_CHUNK = 64 * 1024

#: host, port -> the addresses a connection may use.
Resolver = Callable[[str, int], list[str]]
Address = ipaddress.IPv4Address | ipaddress.IPv6Address


@dataclass(frozen=True, slots=True)
class FetchOptions:
    """Every knob of fetching in one object (the CLI fills it from its options).

    ``timeout`` bounds each network step (connect, each read, each write), and
    ``DEADLINE_FACTOR * timeout`` the whole answer; ``delay`` is the minimum
    time between the starts of two requests to one host; ``concurrency`` is the
    number of requests in flight (to different hosts, given the delay).
    """

    timeout: float = 15.0
    max_bytes: int = 20_000_000
    concurrency: int = 4
    delay: float = 1.0
    allow_private: bool = False
    allow_networks: tuple[str, ...] = ()
    """Networks (CIDR) fetched from even when private, e.g. one internal archive host."""
    max_redirects: int = 5
    user_agent: str = USER_AGENT


@dataclass(frozen=True, slots=True)
class Fetched:
    """A successful answer: the body (decompressed, at most ``max_bytes``) and what it is."""

    url: str
    """The URL asked for."""
    final_url: str
    """Where the body came from, after redirects."""
    status: int
    mime: str
    charset: str | None
    data: bytes
    fetched_at: str


def now_iso() -> str:
    """The current UTC time as ISO 8601 (``2024-11-17T09:30:00Z``), as WARC-Date writes it."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


# --- Address guard ------------------------------------------------------------


_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")


class _Refused(Exception):
    """A connection the guard refused; turned into RefusedAddress naming the URL."""


class _Unresolvable(Exception):
    """A host name that does not resolve; turned into FetchFailed naming the URL."""


def refusal(address: str) -> str | None:
    """Why ``address`` is not fetched from ("loopback", "private"...), or None if global."""
    try:
        ip: Address = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return "not an IP address"
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            ip = ip.ipv4_mapped  # ::ffff:127.0.0.1 is 127.0.0.1
        elif ip in _NAT64:  # 64:ff9b::a00:1 is 10.0.0.1 through the local NAT64 gateway
            ip = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    for test, why in (
        (ip.is_unspecified, "unspecified"),
        (ip.is_loopback, "loopback"),
        (ip.is_link_local, "link-local"),
        (ip.is_multicast, "multicast"),
        (ip.is_reserved, "reserved"),
        (ip.is_private, "private"),
        (not ip.is_global, "not globally routable"),
    ):
        if test:
            return why
    return None


def system_resolve(host: str, port: int) -> list[str]:
    """Every address the system resolver gives for ``host`` (each once, in its order)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise _Unresolvable(f"the host name {host!r} does not resolve ({exc})") from None
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


class _GuardedBackend(httpcore.NetworkBackend):
    """httpcore's network backend, with every TCP connection checked by address first."""

    def __init__(self, inner: httpcore.NetworkBackend, resolve: Resolver, allow_private: bool,
                 allow_networks: Iterable[str] = ()) -> None:
        self._inner = inner
        self._resolve = resolve
        self._allow_private = allow_private
        self._allowed = tuple(ipaddress.ip_network(n, strict=False) for n in allow_networks)

    def _exempt(self, address: str) -> bool:
        try:
            ip = ipaddress.ip_address(address.split("%", 1)[0])
        except ValueError:
            return False
        return any(ip.version == net.version and ip in net for net in self._allowed)

    def addresses(self, host: str, port: int) -> list[str]:
        """The addresses to connect to; all of them must pass, or none is used."""
        host = host.strip("[]")
        try:
            ipaddress.ip_address(host.split("%", 1)[0])
            found = [host]
        except ValueError:
            found = self._resolve(host, port)
        if not found:
            raise _Unresolvable(f"the host name {host!r} has no address")
        if not self._allow_private:
            for address in found:
                why = None if self._exempt(address) else refusal(address)
                if why:
                    shown = host if address == host else f"{host} ({address})"
                    raise _Refused(f"{shown} is a {why} address")
        return found

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        last: Exception | None = None
        for address in self.addresses(host, port):
            try:
                return self._inner.connect_tcp(
                    address, port, timeout=timeout, local_address=local_address,
                    socket_options=socket_options,
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                last = exc
        assert last is not None
        raise last

    def connect_unix_socket(
        self, path: str, timeout: float | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        raise _Refused("unix sockets are never connected to")

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


def _guarded_transport(backend: _GuardedBackend, limits: httpx.Limits) -> httpx.HTTPTransport:
    """httpx's own transport, its connection pool opening connections through ``backend``.

    httpx 0.28 takes no network backend; httpcore 1.x's pool reads the backend
    from ``_network_backend`` each time it opens a connection.  Checked here so
    that a changed httpcore fails loudly instead of silently fetching unguarded
    (``tests/ingest/test_fetch.py`` also proves the guard is in the path).
    """
    transport = httpx.HTTPTransport(limits=limits, retries=0, trust_env=False)
    pool = getattr(transport, "_pool", None)
    if not isinstance(pool, httpcore.ConnectionPool) or not hasattr(pool, "_network_backend"):
        raise RuntimeError("unsupported httpcore version: cannot install the address guard")
    backend._inner = pool._network_backend
    pool._network_backend = backend
    return transport


# --- Bodies -------------------------------------------------------------------


def _inflater(encoding: str, url: str) -> Any:
    """A zlib decompressor for the Content-Encoding, or None for an identity body."""
    encoding = encoding.strip().lower()
    if encoding in ("", "identity"):
        return None
    if encoding in ("gzip", "x-gzip", "deflate"):
        return zlib.decompressobj(zlib.MAX_WBITS | 32)  # gzip or zlib header, told apart
    raise FetchFailed(url, f"unsupported Content-Encoding {encoding!r}")


def _read_body(response: httpx.Response, url: str, limit: int, deadline: float) -> bytes:
    """The body, decompressed, one byte past ``limit`` at most ever held, or a PageError."""
    encoding = response.headers.get("content-encoding", "")
    inflate = _inflater(encoding, url)
    announced = response.headers.get("content-length", "")
    if inflate is None and announced.isdigit() and int(announced) > limit:
        raise DocumentTooLarge(url, f"{int(announced):,} bytes announced, over the "
                                    f"{limit:,}-byte limit")
    body = bytearray()
    try:
        for chunk in response.iter_raw(_CHUNK):
            if inflate is not None:
                # max_length: never more than one byte past the limit, whatever the ratio.
                chunk = inflate.decompress(chunk, limit + 1 - len(body))
            body += chunk
            if len(body) > limit:
                what = " once decompressed" if inflate is not None else ""
                raise DocumentTooLarge(url, f"more than {limit:,} bytes{what}, over the limit")
            if time.monotonic() > deadline:
                raise FetchTimeout(url, "the answer took too long to arrive in full")
        if inflate is not None:
            body += inflate.flush()
    except zlib.error as exc:
        raise FetchFailed(url, f"corrupt {encoding} body ({exc})") from None
    if len(body) > limit:
        raise DocumentTooLarge(url, f"more than {limit:,} bytes once decompressed, over the limit")
    return bytes(body)


# --- robots.txt ---------------------------------------------------------------


@dataclass(slots=True)
class _Robots:
    """One site's robots.txt rules, or the reason everything is refused."""

    parser: RobotFileParser | None = None
    refused: str | None = None
    delay: float = 0.0

    def allows(self, url: str) -> bool:
        if self.refused is not None:
            return False
        return self.parser is None or self.parser.can_fetch(ROBOTS_AGENT, url)


# --- The fetcher --------------------------------------------------------------


@dataclass(slots=True)
class _HostState:
    next_slot: float = 0.0
    delay: float = 0.0


@dataclass(slots=True)
class _Shared:
    lock: threading.Lock = field(default_factory=threading.Lock)
    hosts: dict[str, _HostState] = field(default_factory=dict)
    robots: dict[str, _Robots] = field(default_factory=dict)
    robots_locks: dict[str, threading.Lock] = field(default_factory=dict)


class Fetcher:
    """Fetches URLs one at a time (:meth:`fetch`) or many in order (:meth:`map`).

    Nothing is opened until the first fetch; :meth:`close` (or ``with``) ends the
    connection pool and the worker threads.  ``resolve`` replaces the system
    resolver (tests use it to play DNS answers).
    """

    def __init__(self, options: FetchOptions | None = None, *,
                 resolve: Resolver | None = None) -> None:
        self.options = options or FetchOptions()
        self._resolve = resolve or system_resolve
        self._client: httpx.Client | None = None
        self._executor: ThreadPoolExecutor | None = None
        self._shared = _Shared()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        """End the worker threads (pending fetches are cancelled) and the connections."""
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None
        if self._client is not None:
            self._client.close()
            self._client = None

    def _http(self) -> httpx.Client:
        with self._shared.lock:
            if self._client is None:
                opts = self.options
                backend = _GuardedBackend(httpcore.SyncBackend(), self._resolve,
                                          opts.allow_private, opts.allow_networks)
                limits = httpx.Limits(max_connections=2 * opts.concurrency,
                                      max_keepalive_connections=opts.concurrency)
                self._client = httpx.Client(
                    transport=_guarded_transport(backend, limits),
                    timeout=httpx.Timeout(opts.timeout),
                    follow_redirects=False,
                    trust_env=False,
                    headers={"User-Agent": opts.user_agent, "Accept-Encoding": "gzip"},
                )
            return self._client

    # -- politeness -------------------------------------------------------------
    def _wait_turn(self, host: str) -> None:
        """Sleep until this host may be asked again; slots are booked under the lock."""
        shared = self._shared
        with shared.lock:
            state = shared.hosts.setdefault(host, _HostState(delay=self.options.delay))
            now = time.monotonic()
            slot = max(now, state.next_slot)
            state.next_slot = slot + state.delay
        if slot > now:
            time.sleep(slot - now)

    def _robots(self, url: httpx.URL, deadline: float) -> _Robots:
        origin = f"{url.scheme}://{url.netloc.decode('ascii')}"
        shared = self._shared
        with shared.lock:
            lock = shared.robots_locks.setdefault(origin, threading.Lock())
        with lock:  # one read per site, even with many workers asking at once
            if origin not in shared.robots:
                shared.robots[origin] = self._read_robots(origin, url.host, deadline)
            return shared.robots[origin]

    def _read_robots(self, origin: str, host: str, deadline: float) -> _Robots:
        """RFC 9309: 2xx parsed; 4xx allow all; 5xx or no answer allow nothing."""
        self._wait_turn(host)
        robots_url = origin + "/robots.txt"
        try:
            with self._http().stream("GET", robots_url, follow_redirects=True,
                                     headers={"Accept": "text/plain"}) as response:
                status = response.status_code
                if 400 <= status < 500:
                    return _Robots()
                if status >= 500 or not 200 <= status < 300:
                    return _Robots(refused=f"{robots_url} answered HTTP {status}")
                try:
                    data = _read_body(response, robots_url, ROBOTS_MAX_BYTES, deadline)
                except DocumentTooLarge:
                    data = b""  # over 500 KiB: rather no rules than half of them
        except httpx.TooManyRedirects:
            return _Robots()  # RFC 9309: more than five redirects is "unavailable"
        except (httpx.HTTPError, FetchFailed, FetchTimeout) as exc:
            return _Robots(refused=f"{robots_url} could not be read ({_describe(exc)})")
        parser = RobotFileParser(robots_url)
        parser.parse(data.decode("utf-8", errors="replace").splitlines())
        crawl_delay = parser.crawl_delay(ROBOTS_AGENT)
        rules = _Robots(parser=parser)
        if crawl_delay:
            rules.delay = min(float(crawl_delay), MAX_CRAWL_DELAY)
            with self._shared.lock:
                state = self._shared.hosts.setdefault(host, _HostState())
                state.delay = max(self.options.delay, rules.delay)
                # The robots.txt request itself counts: the next one waits from now.
                state.next_slot = max(state.next_slot, time.monotonic() + state.delay)
        return rules

    # -- fetching ---------------------------------------------------------------
    def fetch(self, url: str, *, accept: str = ACCEPT_PAGE) -> Fetched:
        """One URL's body, following redirects; raises a PageError naming ``url``."""
        url = url.strip()
        deadline = time.monotonic() + DEADLINE_FACTOR * self.options.timeout
        current = url
        for _hop in range(self.options.max_redirects + 1):
            via = "" if current == url else f" (redirected to {current})"
            try:
                target = httpx.URL(current)
            except (httpx.InvalidURL, ValueError, TypeError) as exc:
                raise FetchFailed(url, f"not a valid URL{via}: {exc}") from None
            if target.scheme not in ("http", "https") or not target.host:
                raise FetchFailed(url, f"not an http(s) URL{via}")
            try:
                rules = self._robots(target, deadline)
                if not rules.allows(str(target)):
                    why = rules.refused or f"disallowed by {target.scheme}://{target.host}/robots.txt"
                    raise RobotsDisallowed(url, why + via)
                self._wait_turn(target.host)
                with self._http().stream("GET", target, headers={"Accept": accept}) as response:
                    if response.has_redirect_location:
                        current = str(target.join(response.headers["location"]))
                        continue
                    status = response.status_code
                    if status >= 400:
                        raise HttpStatus(url, f"HTTP {status} {response.reason_phrase}{via}")
                    if not 200 <= status < 300:
                        raise FetchFailed(url, f"unexpected HTTP {status}{via}")
                    data = _read_body(response, url, self.options.max_bytes, deadline)
                    mime, charset = parse_content_type(response.headers.get("content-type"))
                    return Fetched(url=url, final_url=str(target), status=status, mime=mime,
                                   charset=charset, data=data, fetched_at=now_iso())
            except _Refused as exc:
                raise RefusedAddress(url, f"{exc}{via}") from None
            except _Unresolvable as exc:
                raise FetchFailed(url, f"{exc}{via}") from None
            except httpx.TimeoutException:
                raise FetchTimeout(
                    url, f"no answer within {self.options.timeout:g} s{via}") from None
            except httpx.HTTPError as exc:
                raise FetchFailed(url, f"{_describe(exc)}{via}") from None
        raise FetchFailed(url, f"more than {self.options.max_redirects} redirects")

    def fetch_or_error(self, url: str, accept: str = ACCEPT_PAGE) -> Fetched | PageError:
        """:meth:`fetch`, with the error returned: what a worker thread runs."""
        try:
            return self.fetch(url, accept=accept)
        except PageError as exc:
            return exc
        except Exception as exc:  # a bug on one URL must not end the batch
            return FetchFailed(url, f"internal error: {type(exc).__name__}: {exc}")

    def map(self, urls: Iterable[str | PageError], *,
            accept: str = ACCEPT_PAGE) -> Iterator[tuple[str, Fetched | PageError]]:
        """Each URL with its answer or error, in input order, ``concurrency`` at a time.

        ``urls`` is read lazily and at most ``2 * concurrency`` answers are held,
        so a list of any length is fetched in bounded memory.  A PageError in
        ``urls`` (a bad line of a list) passes through in its place.
        """
        if self._executor is None:
            self._executor = ThreadPoolExecutor(max_workers=self.options.concurrency,
                                                thread_name_prefix="newstrace-fetch")
        window = 2 * self.options.concurrency
        pending: deque[tuple[str, Future[Fetched | PageError] | PageError]] = deque()

        def first() -> tuple[str, Fetched | PageError]:
            url, job = pending.popleft()
            return url, job if isinstance(job, PageError) else job.result()

        try:
            for url in urls:
                if isinstance(url, PageError):
                    pending.append((url.document, url))
                else:
                    pending.append((url, self._executor.submit(self.fetch_or_error, url, accept)))
                if len(pending) >= window:
                    yield first()
            while pending:
                yield first()
        finally:
            for _url, job in pending:
                if isinstance(job, Future):
                    job.cancel()


def _describe(exc: BaseException) -> str:
    """A short reason: the PageError's message, or the transport error's text."""
    if isinstance(exc, PageError):
        return exc.message
    text = str(exc) or type(exc).__name__
    return text if len(text) < 200 else text[:199] + "…"


def page_document(fetched: Fetched, *, source: str | None = None,
                  published: str | None = None, site: str | None = None) -> RawDocument:
    """A fetched page as a RawDocument: the header's charset passed on to decode."""
    media: MediaType = "html" if fetched.mime in HTML_TYPES or not fetched.mime else "text"
    data = with_charset(fetched.data, fetched.charset) if media == "html" else fetched.data
    return RawDocument(source=source or fetched.url, data=data, media_type=media,
                       url=fetched.final_url, published=published, site=site,
                       fetched_at=fetched.fetched_at)
