"""Reading paths: folders, globs, gzip, JSON Lines; a bad page yields its error, the rest go on."""

import gzip
import json
import os
import pathlib
import tracemalloc
import warnings
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from newstrace.errors import (
    BadArchive,
    BadRecord,
    BinaryDocument,
    DecodeFailed,
    DocumentTooLarge,
    EmptyDocument,
    NotFound,
    PageError,
    Unreadable,
    UnsupportedInput,
)
from newstrace.ingest.decode import DecodeWarning, decode
from newstrace.ingest.readers import DEFAULT_MAX_BYTES, Item, iter_documents
from newstrace.model import RawDocument

PAGE = "<html><head><title>Un titre</title></head><body><p>Été à Besançon.</p></body></html>"


def names(items: list[Item]) -> list[str]:
    return [
        Path(i.source).name if isinstance(i, RawDocument) else f"!{type(i).__name__}"
        for i in items
    ]


def read(*paths: Path | str, max_bytes: int = DEFAULT_MAX_BYTES) -> list[Item]:
    return list(iter_documents([str(p) for p in paths], max_bytes=max_bytes))


def read_text(path: Path) -> str | PageError:
    """What a user gets for one file: its text, or the error naming it (reader or decoder)."""
    [item] = read(path)
    if isinstance(item, PageError):
        return item
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DecodeWarning)
            return decode(item.data, document=item.source, media_type=item.media_type)
    except PageError as exc:
        return exc


def assert_names(error: object, kind: type[PageError], path: Path | str) -> None:
    """The right class, and one line that starts with the document's name."""
    assert type(error) is kind, error
    assert isinstance(error, PageError)
    message = str(error)
    assert message.startswith(f"{path}: ") and "\n" not in message
    assert f"[{kind.code}]" in message


def peak_memory(work: Callable[[], object]) -> int:
    tracemalloc.start()
    try:
        work()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


# --- Folders and globs ------------------------------------------------------


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    (tmp_path / "b" / "deep").mkdir(parents=True)
    (tmp_path / ".git").mkdir()
    (tmp_path / "a.html").write_text(PAGE)
    (tmp_path / "B.HTM").write_text(PAGE)
    (tmp_path / "b" / "c.txt").write_text("Du texte déjà extrait.")
    (tmp_path / "b" / "d.html.gz").write_bytes(gzip.compress(b"<p>d</p>"))
    (tmp_path / "b" / "deep" / "e.jsonl").write_text(json.dumps({"html": "<p>e</p>"}) + "\n")
    (tmp_path / "LICENSE").write_text("MIT")
    (tmp_path / "photo.png").write_bytes(b"\x89PNG")
    (tmp_path / "b" / "notes.md").write_text("# notes")
    (tmp_path / ".git" / "x.html").write_text(PAGE)
    (tmp_path / ".~lock.a.html").write_text(PAGE)
    return tmp_path


def test_folder_is_read_recursively_in_order_skipping_other_and_hidden_files(tree: Path) -> None:
    items = read(tree)
    assert names(items) == ["B.HTM", "a.html", "c.txt", "d.html.gz", "e.jsonl:1"]
    assert [i.media_type for i in items] == ["html", "html", "text", "html", "html"]
    assert items[3].data == b"<p>d</p>" and items[3].source == str(tree / "b" / "d.html.gz")


def test_globs_one_level_and_recursive(tree: Path) -> None:
    assert names(read(tree / "*.html")) == ["a.html"]
    assert names(read(f"{tree}/**/*.txt", f"{tree}/**/*.gz")) == ["c.txt", "d.html.gz"]
    assert names(read(tree / "b" / "*")) == ["c.txt", "d.html.gz", "e.jsonl:1"]  # deep/ walked


def test_a_file_named_twice_is_read_once(tree: Path) -> None:
    assert names(read(tree / "a.html", tree / "*.html", tree)) == [
        "a.html", "B.HTM", "c.txt", "d.html.gz", "e.jsonl:1"
    ]


def test_missing_path_glob_without_match_and_unsupported_file_are_named(tree: Path) -> None:
    items = read(tree / "nope.html", tree / "*.xml", tree / "LICENSE", tree / "a.html")
    assert_names(items[0], NotFound, tree / "nope.html")
    assert_names(items[1], NotFound, tree / "*.xml")
    assert_names(items[2], UnsupportedInput, tree / "LICENSE")
    assert isinstance(items[3], RawDocument)  # the batch went on


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_is_refused_not_opened(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.html"
    os.mkfifo(fifo)
    [item] = read(fifo)  # opening it would block forever
    assert_names(item, UnsupportedInput, fifo)
    assert read(tmp_path) == []


def test_an_unreadable_file_is_named_and_the_batch_goes_on(
    tree: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_open = pathlib.Path.open

    def no_access(self: Path, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        if self.name == "a.html":
            raise PermissionError(13, "Permission denied")
        return real_open(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pathlib.Path, "open", no_access)
    items = read(tree / "a.html", tree / "B.HTM")
    assert_names(items[0], Unreadable, tree / "a.html")
    assert "Permission denied" in str(items[0])
    assert names(items[1:]) == ["B.HTM"]


# --- Every bad file gets its own error, naming it ---------------------------


@pytest.mark.parametrize(
    ("name", "data", "error"),
    [
        ("photo.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64), BinaryDocument),
        ("empty.html", b"", EmptyDocument),
        ("blank.txt", b" \r\n\t\n", EmptyDocument),
        ("zipped.html", gzip.compress(PAGE.encode()), BinaryDocument),
        ("bom-garbage.html", b"\xef\xbb\xbf\xff\xfe\xfd<p>", DecodeFailed),
    ],
    ids=lambda value: value if isinstance(value, str) else "",
)
def test_a_bad_file_is_refused_in_one_line_naming_it(
    tmp_path: Path, name: str, data: bytes, error: type[PageError]
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    assert_names(read_text(path), error, path)


def test_invalid_utf8_and_truncated_html_still_give_text(tmp_path: Path) -> None:
    head, tail = PAGE.split("</p>")
    broken = tmp_path / "broken.html"
    broken.write_bytes(head.encode() + b"\xff</p>" + tail.encode())
    cut = tmp_path / "cut.html"
    cut.write_bytes(PAGE[:60].encode())
    assert read_text(broken) == head + "\ufffd</p>" + tail
    assert read_text(cut) == PAGE[:60]


def test_gzip_pages_are_decompressed(tmp_path: Path) -> None:
    path = tmp_path / "page.htm.gz"
    path.write_bytes(gzip.compress(PAGE.encode("cp1252")))
    assert read_text(path) == PAGE


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (PAGE.encode(), "not gzip data"),
        (gzip.compress(PAGE.encode() * 50)[:60], "truncated gzip"),
        (gzip.compress(PAGE.encode())[:20] + b"\x00" * 40, "gzip"),
    ],
    ids=["not-gzip", "truncated", "corrupt"],
)
def test_a_bad_gz_is_a_bad_archive(tmp_path: Path, data: bytes, words: str) -> None:
    path = tmp_path / "page.html.gz"
    path.write_bytes(data)
    [item] = read(path, tmp_path / "missing.html")[:1]
    assert_names(item, BadArchive, path)
    assert words in str(item)


# --- Size limits: refused without being read --------------------------------


def test_a_50_mb_page_is_refused_at_the_default_limit_without_being_read(tmp_path: Path) -> None:
    big = tmp_path / "big.html"
    with big.open("wb") as fh:  # sparse: instant to make
        fh.seek(50_000_000)
        fh.write(b"x")
    items: list[Item] = []
    peak = peak_memory(lambda: items.extend(read(big)))
    assert_names(items[0], DocumentTooLarge, big)
    assert "50,000,001 bytes" in str(items[0])
    assert peak < 1_000_000  # reading it would hold 20 MB at least


def test_the_limit_is_a_parameter(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(b"<p>" + b"x" * 1000 + b"</p>")
    assert isinstance(read(page, max_bytes=2000)[0], RawDocument)
    assert_names(read(page, max_bytes=1000)[0], DocumentTooLarge, page)


def test_a_gzip_bomb_stops_decompressing_at_the_limit(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.html.gz"
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)  # 31: gzip container
    zeros = b" " * (1 << 20)
    bomb.write_bytes(b"".join(packer.compress(zeros) for _ in range(64)) + packer.flush())
    assert bomb.stat().st_size < 200_000
    items: list[Item] = []
    peak = peak_memory(lambda: items.extend(read(bomb, max_bytes=1_000_000)))
    assert_names(items[0], DocumentTooLarge, bomb)
    assert "once decompressed" in str(items[0])
    assert peak < 10_000_000  # decompressing it all would hold 64 MB


# --- JSON Lines -------------------------------------------------------------


def jsonl(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_jsonl_bad_lines_yield_errors_and_good_lines_go_on_in_order(tmp_path: Path) -> None:
    path = jsonl(
        tmp_path / "feed.jsonl",
        [
            json.dumps({"url": "https://e.org/1", "html": "<p>one</p>", "published": "2024-11-17",
                        "source": "Wire"}),
            "{not json",
            json.dumps(["a", "list"]),
            json.dumps({"url": "https://e.org/4"}),
            "",
            json.dumps({"url": "https://e.org/6", "text": "six"}),
            json.dumps({"html": 7, "text": None}),
            json.dumps({"html": "<p>eight</p>", "url": 8}),
            json.dumps({"html": "<p>nine</p>", "url": None, "source": ""}),
        ],
    )
    items = read(path)
    assert names(items) == [
        "feed.jsonl:1)", "!BadRecord", "!BadRecord", "!BadRecord", "feed.jsonl:6",
        "!BadRecord", "!BadRecord", "feed.jsonl:9",
    ]
    for item, line in zip([items[i] for i in (1, 2, 3, 5, 6)], (2, 3, 4, 7, 8), strict=True):
        assert_names(item, BadRecord, f"{path}:{line}")
    assert "not JSON (Expecting property name enclosed in double quotes, column 2)" in str(items[1])
    assert "a JSON list, not an object" in str(items[2])
    assert 'no "html" or "text"' in str(items[3]) and 'no "html" or "text"' in str(items[5])
    assert '"url" is a JSON int' in str(items[6])


def test_jsonl_fields_are_carried_through(tmp_path: Path) -> None:
    path = jsonl(
        tmp_path / "feed.jsonl",
        [
            json.dumps({"url": "https://e.org/1", "html": "<p>un</p>", "published": "2024-11-17",
                        "source": "Le Monde"}),
            json.dumps({"text": "deux"}),
        ],
    )
    first, second = read(path)
    assert isinstance(first, RawDocument) and isinstance(second, RawDocument)
    assert first.source == f"Le Monde ({path}:1)" and first.site == "Le Monde"
    assert first.url == "https://e.org/1" and first.published == "2024-11-17"
    assert first.media_type == "html"
    assert second.source == f"{path}:2" and second.site is None and second.url is None
    assert second.media_type == "text"
    assert decode(second.data, document=second.source, media_type="text") == "deux"


def test_jsonl_html_is_already_unicode_whatever_its_meta_charset_says(tmp_path: Path) -> None:
    page = '<meta charset="iso-8859-1"><p>Été à Besançon, l’armée</p>'
    path = jsonl(tmp_path / "feed.jsonl", [json.dumps({"html": page}), json.dumps({"html": page},
                                                                                  ensure_ascii=False)])
    for item in read(path):
        assert isinstance(item, RawDocument)
        assert decode(item.data, document=item.source, media_type="html") == page


def test_jsonl_odd_but_valid_lines_do_not_break_the_batch(tmp_path: Path) -> None:
    path = tmp_path / "odd.jsonl"
    path.write_bytes(
        b'{"text": "lone \\ud800 surrogate"}\r\n'
        + b"[" * 100_000 + b"]" * 100_000 + b"\n"
        + b'{"text": "n", "published": ' + b"9" * 5000 + b"}\n"
        + b'{"text": "caf\xe9"}\n'
        + b'{"text": "last"}'  # no final newline
    )
    items = read(path)
    assert names(items) == ["odd.jsonl:1", "!BadRecord", "!BadRecord", "!BadRecord", "odd.jsonl:5"]
    first = items[0]
    assert isinstance(first, RawDocument)
    assert decode(first.data, document="x", media_type="text") == "lone \ufffd surrogate"
    assert "not UTF-8" in str(items[3])


def test_a_huge_jsonl_line_is_refused_without_being_held_and_the_next_lines_go_on(
    tmp_path: Path,
) -> None:
    path = tmp_path / "feed.jsonl"
    with path.open("wb") as fh:
        fh.write(json.dumps({"text": "one"}).encode() + b"\n")
        fh.write(b'{"html": "' + b"x" * 8_000_000 + b'"}\n')
        fh.write(json.dumps({"text": "three"}).encode() + b"\n")
    items: list[Item] = []
    peak = peak_memory(lambda: items.extend(read(path, max_bytes=500_000)))
    assert names(items) == ["feed.jsonl:1", "!DocumentTooLarge", "feed.jsonl:3"]
    assert_names(items[1], DocumentTooLarge, f"{path}:2")
    assert peak < 4_000_000  # the 8 MB line was never held whole


def test_jsonl_is_streamed_one_page_at_a_time(tmp_path: Path) -> None:
    path = jsonl(tmp_path / "feed.jsonl", [json.dumps({"text": f"page {n}"}) for n in range(3)])
    pages: Iterator[Item] = iter_documents([str(path)])
    first = next(pages)
    with path.open("a") as fh:  # written after the first page was yielded: still read
        fh.write(json.dumps({"text": "page 3"}) + "\n")
    assert names([first, *pages]) == [f"feed.jsonl:{n}" for n in range(1, 5)]
