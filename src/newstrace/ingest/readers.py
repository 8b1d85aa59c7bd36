"""Paths, folders, globs and JSON Lines to RawDocuments, one page at a time.

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
    UnsupportedInput,
)
from newstrace.model import MediaType, RawDocument

HTML_SUFFIXES = (".html", ".htm")
GZ_SUFFIXES = (".html.gz", ".htm.gz")
TEXT_SUFFIXES = (".txt",)
JSONL_SUFFIXES = (".jsonl",)
SUPPORTED = HTML_SUFFIXES + GZ_SUFFIXES + TEXT_SUFFIXES + JSONL_SUFFIXES
DEFAULT_MAX_BYTES = 20_000_000

#: What the reader yields: a page, or the error that stands in its place.
Item = RawDocument | PageError

_GLOB_CHARS = frozenset("*?[")
#: Skipping the rest of an over-long JSONL line happens in chunks of this size.
_SKIP_CHUNK = 1 << 20


def _supported(path: Path) -> bool:
    return path.name.lower().endswith(SUPPORTED)


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def _walk(folder: Path) -> Iterator[Path]:
    """Supported, visible files under ``folder``, sorted (symlinked folders are not followed)."""
    found = [
        sub
        for sub in folder.rglob("*")
        if _supported(sub) and not _hidden(sub, folder) and sub.is_file()
    ]
    yield from sorted(found)


def _expand(paths: Iterable[str]) -> Iterator[tuple[Path, bool] | PageError]:
    """Files to read, each with whether it was named explicitly, each file once."""
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


def _file(path: Path, explicit: bool, max_bytes: int) -> Iterator[Item]:
    name = str(path)
    lower = path.name.lower()
    if not lower.endswith(SUPPORTED):
        if explicit:
            yield UnsupportedInput(name, f"unsupported file type {path.suffix or '(none)'}")
        return
    with path.open("rb") as fh:
        if lower.endswith(JSONL_SUFFIXES):
            yield from _jsonl(fh, name, max_bytes)
            return
        size = os.fstat(fh.fileno()).st_size
        if size > max_bytes:
            yield DocumentTooLarge(name, f"{size:,} bytes, over the {max_bytes:,}-byte limit")
            return
        if lower.endswith(GZ_SUFFIXES):
            data = _read_gzip(fh, name, max_bytes)
        else:
            data = _read_limited(fh, name, max_bytes)  # the file may grow meanwhile
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


def iter_documents(paths: Iterable[str], *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """Every page under ``paths`` (files, folders, globs), or the error that stands for it.

    Yields :class:`~newstrace.model.RawDocument` s and, in the place of a page
    that cannot be read, a :class:`~newstrace.errors.PageError` naming it
    (``NotFound``, ``UnsupportedInput``, ``DocumentTooLarge``, ``BadArchive``,
    ``BadRecord``, ``Unreadable``).  Never raises for a page.  ``max_bytes``
    bounds one page: a file, a decompressed ``.gz``, or one JSONL line.
    """
    for entry in _expand(paths):
        if isinstance(entry, PageError):
            yield entry
            continue
        path, explicit = entry
        try:
            yield from _file(path, explicit, max_bytes)
        except PageError as exc:
            yield exc
        except FileNotFoundError:
            yield NotFound(str(path), "removed before it could be read")
        except OSError as exc:
            yield Unreadable(str(path), f"cannot be read: {exc.strerror or exc}")
