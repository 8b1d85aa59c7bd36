"""WARC archives (warcio), as Common Crawl News publishes them: pages as they were served.

The archive is streamed record by record (``.warc`` or ``.warc.gz``, one gzip
member per record); only one record's payload, at most ``max_bytes``, is held
at a time.  A ``response`` record whose HTTP answer is a 2xx HTML page becomes
a page: ``url`` is WARC-Target-URI, ``fetched_at`` WARC-Date, the bytes the HTTP
payload (de-chunked, decompressed), with the HTTP Content-Type charset passed
on to decode (see :mod:`newstrace.ingest.media`).  Requests, metadata,
revisits (no payload of their own), redirects, error pages and non-HTML
payloads are skipped silently: they are no articles.

Pages are named ``ARCHIVE@OFFSET``, the byte offset of their record in the
file, so ``warcio extract ARCHIVE OFFSET`` shows the very record.  A corrupt or
truncated archive yields :class:`~newstrace.errors.BadWarc` naming the archive
and the offset of the record that failed, after every record before it.
"""

from __future__ import annotations

import os
import zlib
from collections.abc import Iterator
from typing import IO, Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from newstrace.errors import BadWarc, DocumentTooLarge, PageError
from newstrace.ingest.media import HTML_TYPES, parse_content_type, with_charset
from newstrace.model import RawDocument

WARC_SUFFIXES = (".warc", ".warc.gz")
_DRAIN_CHUNK = 1 << 16
#: What a broken archive raises inside warcio (and the gzip/zlib layers under it).
_ARCHIVE_ERRORS = (ArchiveLoadFailed, zlib.error, EOFError, ValueError, OSError)


def _reason(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    if "non-chunked gzip" in text:
        return ("one gzip stream for the whole archive, not one gzip member per record "
                "(fix it with: warcio recompress IN OUT)")
    if isinstance(exc, ArchiveLoadFailed):
        return f"not a valid WARC record ({text[:120] or 'unknown format'})"
    return f"corrupt archive data ({type(exc).__name__}: {text[:120]})"


def _wanted(record: Any) -> bool:
    """Whether a record is a 2xx HTML response: the only records that hold an article."""
    if record.rec_type != "response" or record.http_headers is None:
        return False
    status = record.http_headers.get_statuscode() or ""
    if not status.startswith("2"):
        return False
    mime, _ = parse_content_type(record.http_headers.get_header("Content-Type"))
    if not mime:  # Common Crawl says what it found when the server did not
        mime, _ = parse_content_type(record.rec_headers.get_header("WARC-Identified-Payload-Type"))
    return mime in HTML_TYPES


def _page(record: Any, source: str, max_bytes: int) -> RawDocument | PageError:
    data = record.content_stream().read(max_bytes + 1)
    if len(data) > max_bytes:
        return DocumentTooLarge(source, f"payload over the {max_bytes:,}-byte limit")
    _, charset = parse_content_type(record.http_headers.get_header("Content-Type"))
    return RawDocument(
        source=source,
        data=with_charset(data, charset),
        media_type="html",
        url=record.rec_headers.get_header("WARC-Target-URI"),
        fetched_at=record.rec_headers.get_header("WARC-Date"),
    )


def _size(fh: IO[bytes]) -> int:
    """The file's size, or 0 when it has none (a pipe): then no truncation check."""
    try:
        return os.fstat(fh.fileno()).st_size
    except (OSError, AttributeError, ValueError):
        return 0


def _drained(record: Any) -> bool:
    """Read the rest of the record; whether it was all there (a cut file is not)."""
    raw = record.raw_stream
    while raw.read(_DRAIN_CHUNK):
        pass
    return getattr(raw, "limit", 0) <= 0


def warc_documents(
    fh: IO[bytes], *, name: str, max_bytes: int
) -> Iterator[RawDocument | PageError]:
    """Every HTML page in the archive open as ``fh``, in archive order, or the errors.

    A payload that cannot be decoded (bad chunking or compression inside one
    HTTP answer) costs that record only; a broken archive ends the reading
    with a :class:`~newstrace.errors.BadWarc` at the record's offset.
    """
    try:
        archive = ArchiveIterator(fh)
        records = iter(archive)
    except _ARCHIVE_ERRORS as exc:
        yield BadWarc(f"{name}@0", _reason(exc))
        return
    while True:
        try:
            record = next(records)
        except StopIteration:
            # warcio takes a record cut short in its headers for the end of the file:
            # bytes left after the last whole record are a truncated one.
            if archive.offset < _size(fh):
                yield BadWarc(f"{name}@{archive.offset}",
                              "truncated: the archive ends inside this record")
            return
        except _ARCHIVE_ERRORS as exc:
            yield BadWarc(f"{name}@{archive.offset}", _reason(exc))
            return
        offset = archive.offset  # where this record starts (set once the previous one ended)
        source = f"{name}@{offset}"
        item: RawDocument | PageError | None = None
        try:
            if _wanted(record):
                try:
                    item = _page(record, source, max_bytes)
                except _ARCHIVE_ERRORS as exc:
                    item = BadWarc(source, f"unreadable HTTP payload ({_reason(exc)})")
            complete = _drained(record)
        except _ARCHIVE_ERRORS as exc:
            yield BadWarc(source, _reason(exc))
            return
        if not complete:
            yield BadWarc(source, "truncated: the archive ends inside this record")
            return
        if item is not None:
            yield item
