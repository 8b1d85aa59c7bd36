"""Reading paths: folders, globs, gzip, JSON Lines; a bad page yields its error."""

import gzip
import json
from pathlib import Path

from newstrace.errors import (
    BadArchive,
    BadRecord,
    DocumentTooLarge,
    NotFound,
    PageError,
    UnsupportedInput,
)
from newstrace.ingest.readers import iter_documents
from newstrace.model import RawDocument


def names(items: list) -> list[str]:  # type: ignore[type-arg]
    return [Path(i.source).name if isinstance(i, RawDocument) else f"!{type(i).__name__}"
            for i in items]


def test_folder_is_read_recursively_in_order_skipping_other_files(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "a.html").write_text("<p>a</p>")
    (tmp_path / "b" / "c.txt").write_text("c")
    (tmp_path / "b" / "d.html.gz").write_bytes(gzip.compress(b"<p>d</p>"))
    (tmp_path / "LICENSE").write_text("MIT")
    items = list(iter_documents([str(tmp_path)]))
    assert names(items) == ["a.html", "c.txt", "d.html.gz"]
    assert [i.media_type for i in items] == ["html", "text", "html"]
    assert items[2].data == b"<p>d</p>"


def test_glob_and_the_same_file_named_twice(tmp_path: Path) -> None:
    for n in ("x.html", "y.html", "z.txt"):
        (tmp_path / n).write_text("t")
    items = list(iter_documents([str(tmp_path / "*.html"), str(tmp_path / "x.html")]))
    assert names(items) == ["x.html", "y.html"]


def test_missing_path_and_unsupported_file_are_named(tmp_path: Path) -> None:
    (tmp_path / "notes.docx").write_bytes(b"PK")
    items = list(iter_documents([str(tmp_path / "nope.html"), str(tmp_path / "notes.docx")]))
    assert isinstance(items[0], NotFound) and "nope.html" in str(items[0])
    assert isinstance(items[1], UnsupportedInput) and "notes.docx" in str(items[1])


def test_gz_that_is_not_gzip_and_truncated_gzip(tmp_path: Path) -> None:
    (tmp_path / "fake.html.gz").write_bytes(b"<html>plain</html>")
    (tmp_path / "cut.html.gz").write_bytes(gzip.compress(b"<p>" + b"x" * 5000)[:40])
    items = list(iter_documents([str(tmp_path)]))
    assert all(isinstance(i, BadArchive) for i in items)
    assert {Path(i.document).name for i in items} == {"fake.html.gz", "cut.html.gz"}


def test_page_over_the_limit_is_refused_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.html"
    with big.open("wb") as fh:  # a sparse 50 MB file
        fh.seek(50_000_000)
        fh.write(b"x")
    [item] = list(iter_documents([str(big)]))
    assert isinstance(item, DocumentTooLarge) and "big.html" in str(item)
    bomb = tmp_path / "bomb.html.gz"
    bomb.write_bytes(gzip.compress(b"a" * 2_000_000))
    [item] = list(iter_documents([str(bomb)], max_bytes=1_000_000))
    assert isinstance(item, DocumentTooLarge)


def test_jsonl_bad_lines_yield_errors_and_good_lines_go_on(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"url": "https://e.org/1", "html": "<p>one</p>", "published": "2024-11-17",
                    "source": "Wire"}),
        "{not json",
        json.dumps(["a", "list"]),
        json.dumps({"url": "https://e.org/4"}),
        "",
        json.dumps({"url": "https://e.org/6", "text": "six"}),
    ]
    path.write_text("\n".join(lines))
    items = list(iter_documents([str(path)]))
    assert [type(i).__name__ for i in items] == [
        "RawDocument", "BadRecord", "BadRecord", "BadRecord", "RawDocument"
    ]
    first, last = items[0], items[-1]
    assert first.url == "https://e.org/1" and first.published == "2024-11-17"
    assert first.source == f"Wire ({path}:1)" and first.site == "Wire"
    assert last.media_type == "text" and last.source == f"{path}:6"
    errors = [i for i in items if isinstance(i, PageError)]
    assert [str(e).split(":")[1].split()[0] for e in errors] == ["2", "3", "4"]
    assert all(isinstance(e, BadRecord) for e in errors)
