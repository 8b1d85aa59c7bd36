"""`newstrace ingest` end to end on the new inputs: a feed file, a WARC, a feed URL."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from click.testing import CliRunner

from newstrace.cli import main

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"
PAGE = (
    "<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
    "<p>The harbour council of Saint-Malo met on Tuesday and approved the {title} plan after "
    "a long debate, its chair said in a statement.</p><p>Work should start next spring and "
    "last two years, according to the council.</p></article></body></html>"
)


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def stored(db: str) -> list[tuple[str, str, str]]:
    with sqlite3.connect(db) as con:
        return con.execute("SELECT url, site, source FROM documents"
                           " ORDER BY coalesce(url, '')").fetchall()


def test_feed_and_warc_into_a_ledger_twice(tmp_path: Path, write_warc) -> None:  # type: ignore[no-untyped-def]
    warc = write_warc(tmp_path / "crawl.warc.gz", [
        ("https://port.example/ferry", PAGE.format(title="ferry").encode("cp1252"),
         "text/html; charset=windows-1252"),
        ("https://port.example/logo.png", b"\x89PNG....", "image/png"),
        ("https://port.example/quay", PAGE.format(title="quay").encode(), "text/html"),
    ])
    db = str(tmp_path / "news.db")
    args = ("ingest", str(FIXTURES / "feed.rss"), str(warc), "--db", db, "--no-nlp",
            "--no-fetch", "--quiet")
    code, out, err = run(*args)
    assert code == 0, err
    assert "5 added, 0 already stored, 0 failed" in out
    rows = stored(db)
    assert [r[0] for r in rows] == [
        None, "https://courrier.example/2024/11/budget", "https://courrier.example/2024/11/greve",
        "https://port.example/ferry", "https://port.example/quay",
    ]
    assert {r[1] for r in rows[:3]} == {"Le Courrier du Soir"}
    assert all("@" in r[2] for r in rows[3:])
    code, out, _ = run(*args)  # the same feed and archive again: nothing new
    assert code == 0 and "0 added, 5 already stored, 0 failed" in out
    assert len(stored(db)) == 5


def test_feed_url_with_fetching_and_refusals(tmp_path: Path, server) -> None:  # type: ignore[no-untyped-def]
    link = server.url("/ferry.html")
    server.routes["/ferry.html"] = (200, {"Content-Type": "text/html"},
                                    PAGE.format(title="ferry").encode())
    feed = (f'<rss version="2.0"><channel><title>Port News</title><item><title>Ferry</title>'
            f"<link>{link}</link><description>Short.</description></item></channel></rss>")
    server.routes["/feed.rss"] = (200, {"Content-Type": "application/rss+xml"}, feed.encode())
    db = str(tmp_path / "news.db")
    common = ("--db", db, "--no-nlp", "--quiet", "--delay", "0", "--timeout", "5")

    code, out, err = run("ingest", server.url("/feed.rss"), *common)
    assert code == 1  # 127.0.0.1 is refused without --allow-private
    assert "E014" in err and server.url("/feed.rss") in err
    assert server.requests == []

    code, out, err = run("ingest", server.url("/feed.rss"), server.url("/gone"),
                         "--allow-private", *common)
    assert code == 1 and "HTTP 404" in err and "1 added" in out
    [(url, _site, source)] = stored(db)
    assert (url, source) == (link, server.url("/feed.rss") + ":1")  # site: the page's own
    with sqlite3.connect(db) as con:
        codes = [c for (c,) in con.execute("SELECT code FROM errors")]
    assert codes.count("E014") == 1 and codes.count("E012") == 1


def test_usage_errors_keep_exit_code_2() -> None:
    code, _, _ = run("ingest", "x.rss", "--concurrency", "0")
    assert code == 2
    code, _, _ = run("ingest", "x.rss", "--timeout", "soon")
    assert code == 2
