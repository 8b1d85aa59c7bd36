"""Paths, folders, globs, URLs, feeds and archives to RawDocuments, one page at a time.

What is read, by name:

- ``.html``, ``.htm``, ``.html.gz``: one page; ``.txt``: one page of scraped text
  (never a URL list); ``.jsonl``: one page per line;
- ``.rss``, ``.atom``: a feed (:mod:`~newstrace.ingest.feeds`), and ``.xml`` when it
  starts like one (RSS, RDF or Atom root; other XML in a folder is skipped);
- ``.warc``, ``.warc.gz``: a WARC archive (:mod:`~newstrace.ingest.warc`);
- ``.urls``: one ``http(s)://`` URL per line, ``#`` starts a comment;
- an ``http://`` or ``https://`` argument: fetched (:mod:`~newstrace.ingest.fetch`);
  an RSS/Atom answer is read as a feed, HTML or plain text as a page.

URLs (arguments, ``.urls`` lines) and feed entries' links are the only network
access; ``fetch_links=False`` keeps feeds to their entries' own text.

A bad page never stops a batch: the reader *yields* its error (a PageError
naming the page) in the page's place and goes on, so a caller writes one loop
and sorts pages from errors with ``isinstance``.  Nothing is read whole that
need not be: JSON Lines stream line by line (a single huge line included), a
file over the size limit is refused from its size before it is read, and a
gzip file stops being decompressed as soon as it passes the limit (a small
``.gz`` can hold gigabytes).

Folders are walked recursively in sorted order, so two runs over the same tree
yield the same pages in the same order.  Inside folders only supported files
are read, and hidden files and folders (``.git``, editor backups, notebook
checkpoints) are skipped, as a shell glob skips them; a file named explicitly
is always read, or refused with :class:`~newstrace.errors.UnsupportedInput`.
"""

from __future__ import annotations

import glob
import gzip
import itertools
import json
import os
import stat
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from newstrace.errors import (
    BadArchive,
    BadRecord,
    DocumentTooLarge,
    NotFound,
    PageError,
    Unreadable,
    UnsupportedContent,
    UnsupportedInput,
)
from newstrace.ingest.feeds import SNIFF_BYTES, feed_documents, looks_like_feed
from newstrace.ingest.fetch import ACCEPT_ANY, Fetched, Fetcher, FetchOptions, page_document
from newstrace.ingest.media import FEED_TYPES, HTML_TYPES, TEXT_TYPES
from newstrace.ingest.warc import WARC_SUFFIXES, warc_documents
from newstrace.model import MediaType, RawDocument

HTML_SUFFIXES = (".html", ".htm")
GZ_SUFFIXES = (".html.gz", ".htm.gz")
TEXT_SUFFIXES = (".txt",)
JSONL_SUFFIXES = (".jsonl",)
FEED_SUFFIXES = (".rss", ".atom")
XML_SUFFIXES = (".xml",)
URL_LIST_SUFFIXES = (".urls",)
SUPPORTED = (
    HTML_SUFFIXES + GZ_SUFFIXES + TEXT_SUFFIXES + JSONL_SUFFIXES + FEED_SUFFIXES
    + XML_SUFFIXES + WARC_SUFFIXES + URL_LIST_SUFFIXES
)
URL_SCHEMES = ("http://", "https://")
#: A line of a .urls file longer than this is no URL.
MAX_URL_BYTES = 8192
DEFAULT_MAX_BYTES = 20_000_000

#: What the reader yields: a page, or the error that stands in its place.
Item = RawDocument | PageError

_GLOB_CHARS = frozenset("*?[")
#: Skipping the rest of an over-long JSONL line happens in chunks of this size.
_SKIP_CHUNK = 1 << 20


def _supported(path: Path) -> bool:
    return path.name.lower().endswith(SUPPORTED)


def _is_url(arg: str) -> bool:
    return arg.strip().lower().startswith(URL_SCHEMES)


def _feed_file(path: Path) -> bool:
    """An .xml file in a folder is read only when it starts like a feed (not a sitemap)."""
    try:
        with path.open("rb") as fh:
            return looks_like_feed(fh.read(SNIFF_BYTES))
    except OSError:
        return True  # named as unreadable when it is read


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def _walk(folder: Path) -> Iterator[Path]:
    """Supported, visible files under ``folder``, sorted (symlinked folders are not followed)."""
    found = [
        sub
        for sub in folder.rglob("*")
        if _supported(sub) and not _hidden(sub, folder) and sub.is_file()
        and (not sub.name.lower().endswith(XML_SUFFIXES) or _feed_file(sub))
    ]
    yield from sorted(found)


def _expand(paths: Iterable[str]) -> Iterator[tuple[Path, bool] | str | PageError]:
    """Files to read, each with whether it was named explicitly, each file once; URLs as str."""
    seen: set[Path] = set()

    def once(p: Path, explicit: bool) -> Iterator[tuple[Path, bool]]:
        key = p.resolve()
        if key not in seen:
            seen.add(key)
            yield p, explicit

    def entry(path: Path, explicit: bool) -> Iterator[tuple[Path, bool] | PageError]:
        try:
            mode = path.stat().st_mode
        except FileNotFoundError:
            yield NotFound(str(path), "no such file or folder")
            return
        if stat.S_ISDIR(mode):
            for sub in _walk(path):
                yield from once(sub, False)
        elif stat.S_ISREG(mode):
            if explicit or _supported(path):
                yield from once(path, explicit)
        elif explicit:
            # A FIFO or a device would block or never end: never opened.
            yield UnsupportedInput(str(path), "not a regular file")

    for raw in paths:
        if _is_url(raw):
            yield raw.strip()
            continue
        try:
            if any(ch in _GLOB_CHARS for ch in raw) and not Path(raw).exists():
                matches = sorted(glob.glob(raw, recursive=True))
                if not matches:
                    yield NotFound(raw, "no file matches this pattern")
                for match in matches:
                    yield from entry(Path(match), explicit=False)
            else:
                yield from entry(Path(raw), explicit=True)
        except OSError as exc:
            yield Unreadable(raw, f"cannot be listed: {exc.strerror or exc}")


def _read_limited(fh: IO[bytes], name: str, max_bytes: int, what: str = "") -> bytes:
    """At most ``max_bytes``, or DocumentTooLarge: reading one byte more tells."""
    data = fh.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise DocumentTooLarge(name, f"more than {max_bytes:,} bytes{what}, over the limit")
    return data


def _read_gzip(fh: IO[bytes], name: str, max_bytes: int) -> bytes:
    try:
        with gzip.GzipFile(fileobj=fh, mode="rb") as gz:
            return _read_limited(gz, name, max_bytes, " once decompressed")
    except gzip.BadGzipFile as exc:
        raise BadArchive(name, f"not gzip data ({exc})") from exc
    except EOFError as exc:
        raise BadArchive(name, "truncated gzip data") from exc
    except zlib.error as exc:
        raise BadArchive(name, f"corrupt gzip data ({exc})") from exc


class _Network:
    """The one Fetcher of a reading, opened at the first URL, closed at the end."""

    def __init__(self, options: FetchOptions, fetch_links: bool) -> None:
        self.options = options
        self.fetch_links = fetch_links
        self._fetcher: Fetcher | None = None

    def fetcher(self) -> Fetcher:
        if self._fetcher is None:
            self._fetcher = Fetcher(self.options)
        return self._fetcher

    def links(self) -> Fetcher | None:
        """The fetcher for feed entries' links, or None when only the feeds' text is wanted."""
        return self.fetcher() if self.fetch_links else None

    def close(self) -> None:
        if self._fetcher is not None:
            self._fetcher.close()

    def urls(self, urls: Iterable[str | PageError]) -> Iterator[Item]:
        """Each URL fetched (``concurrency`` at a time, in order) as pages; errors pass through."""
        for url, answer in self.fetcher().map(urls, accept=ACCEPT_ANY):
            if isinstance(answer, PageError):
                yield answer
            else:
                yield from self._answer(url, answer)

    def _answer(self, url: str, answer: Fetched) -> Iterator[Item]:
        mime = answer.mime
        if mime in FEED_TYPES or (not mime and looks_like_feed(answer.data)):
            if mime in ("application/xml", "text/xml") and not looks_like_feed(answer.data):
                yield UnsupportedContent(url, f"{mime} that is not an RSS or Atom feed")
                return
            content_type = f"{mime}; charset={answer.charset}" if answer.charset else mime
            yield from feed_documents(answer.data, feed=url, fetcher=self.links(),
                                      content_type=content_type, location=answer.final_url)
        elif not mime or mime in HTML_TYPES or mime in TEXT_TYPES:
            yield page_document(answer)
        else:
            yield UnsupportedContent(url, f"the server sent {mime}")


def _url_lines(fh: IO[bytes], name: str) -> Iterator[str | PageError]:
    """The URLs of a ``.urls`` file, read lazily; a line that is no URL is an error."""
    for number, line in _lines(fh, MAX_URL_BYTES):
        text = "" if line is None else line.decode("utf-8", errors="replace").strip()
        if line is not None and (not text or text.startswith("#")):
            continue
        if _is_url(text):
            yield text
        else:
            shown = text if len(text) < 80 else text[:79] + "…"
            yield UnsupportedInput(f"{name}:{number}", f"not an http(s) URL: {shown!r}",
                                   hint="a .urls file holds one http(s) URL per line; "
                                   "# starts a comment")


def _file(path: Path, explicit: bool, max_bytes: int, net: _Network) -> Iterator[Item]:
    name = str(path)
    lower = path.name.lower()
    if not lower.endswith(SUPPORTED):
        if explicit:
            yield UnsupportedInput(name, f"unsupported file type {path.suffix or '(none)'}")
        return
    with path.open("rb") as fh:
        # Streams: read record by record, line by line, never whole.
        if lower.endswith(JSONL_SUFFIXES):
            yield from _jsonl(fh, name, max_bytes)
            return
        if lower.endswith(WARC_SUFFIXES):
            yield from warc_documents(fh, name=name, max_bytes=max_bytes)
            return
        if lower.endswith(URL_LIST_SUFFIXES):
            yield from net.urls(_url_lines(fh, name))
            return
        size = os.fstat(fh.fileno()).st_size
        if size > max_bytes:
            yield DocumentTooLarge(name, f"{size:,} bytes, over the {max_bytes:,}-byte limit")
            return
        if lower.endswith(GZ_SUFFIXES):
            data = _read_gzip(fh, name, max_bytes)
        else:
            data = _read_limited(fh, name, max_bytes)  # the file may grow meanwhile
    if lower.endswith(FEED_SUFFIXES + XML_SUFFIXES):
        if lower.endswith(XML_SUFFIXES) and not looks_like_feed(data):
            yield UnsupportedInput(name, "an XML file that is not an RSS or Atom feed")
            return
        yield from feed_documents(data, feed=name, fetcher=net.links())
        return
    media: MediaType = "text" if lower.endswith(TEXT_SUFFIXES) else "html"
    yield RawDocument(source=name, data=data, media_type=media)


def _lines(fh: IO[bytes], max_bytes: int) -> Iterator[tuple[int, bytes | None]]:
    """``(line number, line)``, or ``(number, None)`` for a line over ``max_bytes``.

    ``readline`` with a limit never holds more than ``max_bytes`` of one line:
    the rest of an over-long line is skipped chunk by chunk.
    """
    number = 0
    while line := fh.readline(max_bytes + 1):
        number += 1
        if len(line) > max_bytes and not line.endswith(b"\n"):
            rest = line
            while rest and not rest.endswith(b"\n"):
                rest = fh.readline(_SKIP_CHUNK)
            yield number, None
        else:
            yield number, line


def _optional_str(record: dict[str, Any], key: str, where: str) -> str | None:
    value = record.get(key)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise BadRecord(where, f'"{key}" is a JSON {type(value).__name__}, not a string')
    return value


def _utf8(text: str) -> bytes:
    """UTF-8 bytes of a JSON string; lone surrogates ("\\ud800") become U+FFFD."""
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        repaired = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
        return repaired.encode("utf-8")


def _record(line: bytes, where: str) -> RawDocument:
    try:
        record = json.loads(line.strip())
    except json.JSONDecodeError as exc:
        raise BadRecord(where, f"not JSON ({exc.msg}, column {exc.colno})") from exc
    except UnicodeDecodeError as exc:
        raise BadRecord(where, "not JSON (not UTF-8 text)") from exc
    except (ValueError, RecursionError) as exc:  # a 5000-digit number, [[[[...]]]]
        raise BadRecord(where, f"unusable JSON ({type(exc).__name__})") from exc
    if not isinstance(record, dict):
        kind = {list: "list", str: "string"}.get(type(record), type(record).__name__)
        raise BadRecord(where, f"a JSON {kind}, not an object")
    media: MediaType
    if isinstance(record.get("html"), str):
        body, media = record["html"], "html"
    elif isinstance(record.get("text"), str):
        body, media = record["text"], "text"
    else:
        raise BadRecord(where, 'no "html" or "text" string')
    site = _optional_str(record, "source", where)
    # The text is already Unicode: the bytes carry a UTF-8 BOM so that decoding
    # trusts it over a stale <meta charset="iso-8859-1"> inside the HTML.
    return RawDocument(
        source=f"{site} ({where})" if site else where,
        data=b"\xef\xbb\xbf" + _utf8(body),
        media_type=media,
        url=_optional_str(record, "url", where),
        published=_optional_str(record, "published", where),
        site=site,
    )


def _jsonl(fh: IO[bytes], name: str, max_bytes: int) -> Iterator[Item]:
    for number, line in _lines(fh, max_bytes):
        where = f"{name}:{number}"
        if line is None:
            yield DocumentTooLarge(where, f"line over the {max_bytes:,}-byte limit")
        elif line.strip():
            try:
                yield _record(line, where)
            except PageError as exc:
                yield exc


def iter_documents(
    paths: Iterable[str],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    fetch: FetchOptions | None = None,
    fetch_links: bool = True,
) -> Iterator[Item]:
    """Every page under ``paths`` (files, folders, globs, URLs), or the error that stands for it.

    Yields :class:`~newstrace.model.RawDocument` s and, in the place of a page
    that cannot be read, a :class:`~newstrace.errors.PageError` naming it
    (``NotFound``, ``UnsupportedInput``, ``DocumentTooLarge``, ``BadArchive``,
    ``BadRecord``, ``Unreadable``, the feed, WARC and fetch errors).  Never
    raises for a page.  ``max_bytes`` bounds one page: a file, a decompressed
    ``.gz``, one JSONL line, a feed, a WARC payload, a fetched body.  ``fetch``
    sets how URLs are fetched (default: :class:`FetchOptions` with ``max_bytes``);
    ``fetch_links=False`` keeps feed entries to their own text.  Consecutive URL
    arguments are fetched together, ``concurrency`` at a time, in order.
    """
    net = _Network(fetch or FetchOptions(max_bytes=max_bytes), fetch_links)
    try:
        for is_url, group in itertools.groupby(_expand(paths), key=lambda e: isinstance(e, str)):
            if is_url:
                yield from net.urls(group)  # type: ignore[arg-type]
                continue
            for entry in group:
                if isinstance(entry, PageError):
                    yield entry
                    continue
                path, explicit = entry  # type: ignore[misc]
                try:
                    yield from _file(path, explicit, max_bytes, net)
                except PageError as exc:
                    yield exc
                except FileNotFoundError:
                    yield NotFound(str(path), "removed before it could be read")
                except OSError as exc:
                    yield Unreadable(str(path), f"cannot be read: {exc.strerror or exc}")
    finally:
        net.close()
