"""A local HTTP server for the fetch and feed tests (no test ever reaches the internet), and
a small WARC writer."""

from __future__ import annotations

import io
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

#: A route answers (status, headers, body); a callable route may sleep or count first.
Answer = tuple[int, dict[str, str], bytes]
Route = Answer | Callable[[], Answer]


@dataclass
class LocalServer:
    """Routes by path; records every request path, the User-Agents and the peak concurrency."""

    port: int = 0
    routes: dict[str, Route] = field(default_factory=dict)
    requests: list[str] = field(default_factory=list)
    agents: list[str] = field(default_factory=list)
    active: int = 0
    peak: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}{path}"

    def article(self, path: str, title: str, text: str = "", charset: str = "utf-8",
                delay: float = 0.0) -> str:
        """Serve a small news page at ``path`` (after ``delay`` seconds); its URL."""
        body = ARTICLE.format(title=title, text=text).encode(charset)
        answer: Answer = (200, {"Content-Type": f"text/html; charset={charset}"}, body)
        self.routes[path] = _slow(delay, answer) if delay else answer
        return self.url(path)

    def robots(self, text: str, status: int = 200) -> None:
        self.routes["/robots.txt"] = (status, {"Content-Type": "text/plain"}, text.encode())


ARTICLE = (
    "<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
    "<p>{text} The regional council met on Tuesday and voted the new budget after a long "
    "debate, its president said in a statement released in the evening.</p>"
    "<p>The opposition said the debt would grow too fast over the next three years, and "
    "asked for an independent audit of the accounts before any new spending.</p>"
    "</article></body></html>"
)


def _slow(seconds: float, answer: Answer) -> Callable[[], Answer]:
    def route() -> Answer:
        time.sleep(seconds)
        return answer

    return route


def _handler(server: LocalServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *_args: object) -> None:  # quiet test output
            pass

        def do_GET(self) -> None:
            with server.lock:
                server.requests.append(self.path)
                server.agents.append(self.headers.get("User-Agent", ""))
                server.active += 1
                server.peak = max(server.peak, server.active)
            try:
                route = server.routes.get(self.path, (404, {}, b"not found"))
                try:
                    status, headers, body = route() if callable(route) else route
                finally:
                    # (counted until the answer is ready, not until it is written: the
                    # client may read it whole and open its next request before this
                    # thread gets back from the write, which would count one too many)
                    with server.lock:
                        server.active -= 1
                self.send_response(status)
                for name, value in headers.items():
                    if name != "X-Omit-Length":  # body until the connection closes
                        self.send_header(name, value)
                if "Content-Length" not in headers and "X-Omit-Length" not in headers:
                    self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client stopped reading: what a size limit does

    return Handler


@pytest.fixture
def server() -> Iterator[LocalServer]:
    """A fresh server on 127.0.0.1 with an empty robots.txt (404: everything allowed)."""
    state = LocalServer()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    httpd.daemon_threads = True
    state.port = httpd.server_address[1]
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        httpd.shutdown()
        httpd.server_close()


WarcPage = tuple[str, bytes, str]  # url, HTTP body, Content-Type


@pytest.fixture
def write_warc() -> Callable[[Path, list[WarcPage]], Path]:
    """Write a gzipped WARC of HTTP responses (with a request record before each)."""

    def write(path: Path, pages: list[WarcPage]) -> Path:
        with path.open("wb") as fh:
            writer = WARCWriter(fh, gzip=True)
            for url, body, content_type in pages:
                request = StatusAndHeaders("GET / HTTP/1.1", [], is_http_request=True)
                writer.write_record(writer.create_warc_record(
                    url, "request", payload=io.BytesIO(b""), http_headers=request))
                headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)],
                                           protocol="HTTP/1.1")
                writer.write_record(writer.create_warc_record(
                    url, "response", payload=io.BytesIO(body), http_headers=headers))
        return path

    return write
