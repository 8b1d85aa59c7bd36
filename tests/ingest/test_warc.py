"""WARC archives: HTML responses become pages, everything else is skipped, a broken archive
keeps what came before it and names the offset."""

from __future__ import annotations

import gzip
import io
import tracemalloc
import zlib
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newstrace.errors import BadWarc, DocumentTooLarge, PageError
from newstrace.ingest.decode import decode
from newstrace.ingest.readers import Item, iter_documents
from newstrace.model import RawDocument

PAGE = (
    "<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
    "<p>{title}: the regional council voted the budget on Tuesday, its president said.</p>"
    "</article></body></html>"
)


def _response(writer: WARCWriter, url: str, body: bytes, content_type: str = "text/html",
              status: str = "200 OK", extra: list[tuple[str, str]] | None = None) -> None:
    headers = StatusAndHeaders(status, [("Content-Type", content_type), *(extra or [])],
                               protocol="HTTP/1.1")
    record = writer.create_warc_record(
        url, "response", payload=io.BytesIO(body), http_headers=headers,
        warc_headers_dict={"WARC-Date": "2024-11-17T10:20:30Z"},
    )
    writer.write_record(record)


def build_warc(path: Path, *, gz: bool = True) -> Path:
    """Three pages among the records a crawl writes: request, metadata, revisit, image, 404."""
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=gz)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test"}))
        request = writer.create_warc_record(
            "https://news.example/one", "request", payload=io.BytesIO(b"GET /one HTTP/1.1\r\n\r\n"),
            http_headers=StatusAndHeaders("GET /one HTTP/1.1", [], is_http_request=True))
        writer.write_record(request)
        _response(writer, "https://news.example/one",
                  PAGE.format(title="Caf\u00e9 \u2019one").encode("cp1252"),
                  "text/html; charset=windows-1252")
        writer.write_record(writer.create_warc_record(
            "https://news.example/one", "metadata", payload=io.BytesIO(b"fetchTimeMs: 12\r\n"),
            warc_content_type="application/warc-fields"))
        _response(writer, "https://news.example/logo.png", b"\x89PNG\r\n\x1a\n....", "image/png")
        _response(writer, "https://news.example/gone", b"<html>gone</html>", status="404 Not Found")
        two = gzip.compress(PAGE.format(title="two").encode())
        _response(writer, "https://news.example/two", two, "text/html; charset=utf-8",
                  extra=[("Content-Encoding", "gzip")])
        revisit = writer.create_revisit_record(
            "https://news.example/one", digest="sha1:AAAA", refers_to_uri="https://news.example/one",
            refers_to_date="2024-11-16T10:00:00Z",
            http_headers=StatusAndHeaders("200 OK", [("Content-Type", "text/html")],
                                          protocol="HTTP/1.1"))
        writer.write_record(revisit)
        _response(writer, "https://news.example/three", PAGE.format(title="three").encode(),
                  "application/xhtml+xml")
    return path


def read(path: Path, max_bytes: int = 20_000_000) -> list[Item]:
    return list(iter_documents([str(path)], max_bytes=max_bytes))


@pytest.mark.parametrize("name", ["crawl.warc.gz", "crawl.warc"])
def test_html_responses_become_pages(tmp_path: Path, name: str) -> None:
    items = read(build_warc(tmp_path / name, gz=name.endswith(".gz")))
    assert all(isinstance(i, RawDocument) for i in items), items
    docs = [i for i in items if isinstance(i, RawDocument)]
    assert [d.url for d in docs] == [
        "https://news.example/one", "https://news.example/two", "https://news.example/three"
    ]
    assert {d.fetched_at for d in docs} == {"2024-11-17T10:20:30Z"}
    assert all(d.source.startswith(f"{tmp_path / name}@") for d in docs)
    offsets = [int(d.source.rsplit("@", 1)[1]) for d in docs]
    assert offsets == sorted(offsets) and offsets[0] > 0
    # The HTTP charset reaches decode; the gzip Content-Encoding is undone.
    assert "Caf\u00e9 \u2019one" in decode(docs[0].data, document="t", media_type="html")
    assert b"two: the regional council" in docs[1].data


def test_offset_names_the_record(tmp_path: Path) -> None:
    """ARCHIVE@OFFSET is where the record starts: reading from there gives that very page."""
    from warcio.archiveiterator import ArchiveIterator

    path = build_warc(tmp_path / "crawl.warc.gz")
    docs = [i for i in read(path) if isinstance(i, RawDocument)]
    offset = int(docs[1].source.rsplit("@", 1)[1])
    with path.open("rb") as fh:
        fh.seek(offset)
        record = next(iter(ArchiveIterator(fh)))
        assert record.rec_headers.get_header("WARC-Target-URI") == docs[1].url


@pytest.mark.parametrize("gz", [True, False])
def test_truncated_archive_keeps_earlier_records(tmp_path: Path, gz: bool) -> None:
    whole = build_warc(tmp_path / ("whole.warc.gz" if gz else "whole.warc"), gz=gz)
    docs = [i for i in read(whole) if isinstance(i, RawDocument)]
    last = int(docs[-1].source.rsplit("@", 1)[1])
    cut = tmp_path / ("cut.warc.gz" if gz else "cut.warc")
    data = whole.read_bytes()
    cut.write_bytes(data[: last + (len(data) - last) // 2])  # in the middle of the last page
    items = read(cut)
    assert [i.url for i in items if isinstance(i, RawDocument)] == [d.url for d in docs[:-1]]
    error = items[-1]
    assert isinstance(error, BadWarc), items
    assert error.document == f"{cut}@{last}"


def test_corrupt_archive_names_the_offset(tmp_path: Path) -> None:
    whole = build_warc(tmp_path / "whole.warc.gz")
    docs = [i for i in read(whole) if isinstance(i, RawDocument)]
    second = int(docs[1].source.rsplit("@", 1)[1])
    data = bytearray(whole.read_bytes())
    data[second + 20: second + 60] = b"\x00" * 40  # inside the gzip member of page two
    bad = tmp_path / "bad.warc.gz"
    bad.write_bytes(bytes(data))
    items = read(bad)
    assert isinstance(items[0], RawDocument) and items[0].url == docs[0].url
    assert isinstance(items[-1], BadWarc)
    assert items[-1].document.startswith(f"{bad}@")
    assert "@" in items[-1].one_line()


def test_not_a_warc(tmp_path: Path) -> None:
    for name, data in [("a.warc", b"<html>not an archive</html>"),
                       ("b.warc.gz", gzip.compress(b"hello world\n" * 10))]:
        path = tmp_path / name
        path.write_bytes(data)
        [item] = read(path)
        assert isinstance(item, BadWarc) and item.document == f"{path}@0", item


def test_one_gzip_stream_for_the_whole_archive(tmp_path: Path) -> None:
    plain = build_warc(tmp_path / "plain.warc", gz=False)
    path = tmp_path / "whole.warc.gz"
    path.write_bytes(gzip.compress(plain.read_bytes()))
    items = read(path)
    assert isinstance(items[-1], BadWarc) and "warcio recompress" in items[-1].message


def test_oversized_payload_costs_its_record_only(tmp_path: Path) -> None:
    path = tmp_path / "big.warc.gz"
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        _response(writer, "https://news.example/big", b"<html><p>" + b"x" * 50_000 + b"</p>")
        _response(writer, "https://news.example/small", PAGE.format(title="small").encode())
    items = read(path, max_bytes=10_000)
    assert isinstance(items[0], DocumentTooLarge)
    assert isinstance(items[1], RawDocument) and items[1].url == "https://news.example/small"


def test_archive_is_streamed(tmp_path: Path) -> None:
    """A 12 MB archive of 60 pages is read holding about one page, not the archive."""
    path = tmp_path / "many.warc.gz"
    filler = "".join(f"<p>paragraph {n} {zlib.crc32(str(n).encode()):x}</p>" for n in range(6000))
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for n in range(60):
            _response(writer, f"https://news.example/{n}", f"<html>{n}{filler}</html>".encode())
    size = sum(len(f"<html>{n}{filler}</html>") for n in range(60))
    assert size > 10_000_000
    tracemalloc.start()
    count = 0
    for item in iter_documents([str(path)]):
        assert not isinstance(item, PageError), item
        count += 1
        del item
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert count == 60
    assert peak < 2_500_000, peak  # one ~200 kB page and warcio's buffers
