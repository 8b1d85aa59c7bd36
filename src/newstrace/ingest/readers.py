"""Paths, folders, globs and JSON Lines to RawDocuments, one page at a time.

A bad page never stops a batch: the reader *yields* its error (a PageError
naming the page) in the page's place and goes on.  Nothing is read whole that
need not be: JSON Lines stream line by line, and a file over the size limit is
refused before it is read.
"""

from __future__ import annotations

import glob
import gzip
import json
import os
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from newstrace.errors import (
    BadArchive,
    BadRecord,
    DocumentTooLarge,
    NotFound,
    PageError,
    UnsupportedInput,
)
from newstrace.model import MediaType, RawDocument

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
GZ_SUFFIXES = (".html.gz", ".htm.gz")
TEXT_SUFFIXES = (".txt",)
JSONL_SUFFIXES = (".jsonl", ".ndjson")
SUPPORTED = HTML_SUFFIXES + GZ_SUFFIXES + TEXT_SUFFIXES + JSONL_SUFFIXES
DEFAULT_MAX_BYTES = 20_000_000

Item = RawDocument | PageError


def _supported(path: Path) -> bool:
    return path.name.lower().endswith(SUPPORTED)


def _expand(paths: Iterable[str]) -> Iterator[tuple[Path, bool] | PageError]:
    """Files to read, each with whether it was named explicitly."""
    seen: set[Path] = set()

    def once(p: Path, explicit: bool) -> Iterator[tuple[Path, bool]]:
        key = p.resolve()
        if key not in seen:
            seen.add(key)
            yield p, explicit

    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for sub in sorted(path.rglob("*")):
                if sub.is_file() and _supported(sub):
                    yield from once(sub, False)
        elif path.is_file():
            yield from once(path, True)
        elif any(ch in raw for ch in "*?["):
            matches = sorted(glob.glob(raw, recursive=True))
            if not matches:
                yield NotFound(raw, "no file matches this pattern")
            for m in matches:
                mp = Path(m)
                if mp.is_file() and _supported(mp):
                    yield from once(mp, False)
        else:
            yield NotFound(raw, "no such file or folder")


def _read_gzip(path: Path, max_bytes: int) -> bytes:
    name = str(path)
    try:
        with gzip.open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise BadArchive(name, f"cannot decompress: {exc}") from exc
    if len(data) > max_bytes:
        raise DocumentTooLarge(name, f"more than {max_bytes:,} bytes once decompressed")
    return data


def _jsonl(path: Path, max_bytes: int) -> Iterator[Item]:
    with path.open("rb") as fh:
        for number, line in enumerate(fh, start=1):
            where = f"{path}:{number}"
            if not line.strip():
                continue
            if len(line) > max_bytes:
                yield DocumentTooLarge(where, f"line of {len(line):,} bytes")
                continue
            try:
                record = json.loads(line)
            except (json.JSONDecodeError, UnicodeDecodeError) as exc:
                yield BadRecord(where, f"not JSON ({exc.msg if hasattr(exc, 'msg') else exc})")
                continue
            if not isinstance(record, dict):
                yield BadRecord(where, f"a JSON {type(record).__name__}, not an object")
                continue
            body = record.get("html")
            media: MediaType = "html"
            if not isinstance(body, str):
                body, media = record.get("text"), "text"
            if not isinstance(body, str):
                yield BadRecord(where, 'no "html" or "text" string')
                continue
            site = record.get("source") if isinstance(record.get("source"), str) else None
            url = record.get("url") if isinstance(record.get("url"), str) else None
            published = record.get("published")
            yield RawDocument(
                source=f"{site} ({where})" if site else where,
                data=body.encode("utf-8"),
                media_type=media,
                url=url,
                published=published if isinstance(published, str) else None,
                site=site,
            )


def _file(path: Path, explicit: bool, max_bytes: int) -> Iterator[Item]:
    name = str(path)
    lower = path.name.lower()
    if lower.endswith(JSONL_SUFFIXES):
        yield from _jsonl(path, max_bytes)
        return
    if not lower.endswith(SUPPORTED):
        if explicit:
            yield UnsupportedInput(name, f"unsupported file type {path.suffix or '(none)'}")
        return
    size = os.path.getsize(path)
    if size > max_bytes:
        yield DocumentTooLarge(name, f"{size:,} bytes, over the {max_bytes:,} limit")
        return
    data = _read_gzip(path, max_bytes) if lower.endswith(GZ_SUFFIXES) else path.read_bytes()
    media: MediaType = "text" if lower.endswith(TEXT_SUFFIXES) else "html"
    yield RawDocument(source=name, data=data, media_type=media)


def iter_documents(paths: Iterable[str], *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """Every page under ``paths`` (files, folders, globs), or the error that stands for it."""
    for entry in _expand(paths):
        if isinstance(entry, PageError):
            yield entry
            continue
        path, explicit = entry
        try:
            yield from _file(path, explicit, max_bytes)
        except PageError as exc:
            yield exc
        except OSError as exc:
            yield NotFound(str(path), f"cannot read: {exc.strerror or exc}")
