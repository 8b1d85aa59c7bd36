"""The ledger stores a page once, keeps errors beside pages, and refuses what it can't read."""

import sqlite3

import pytest

from newstrace.errors import BinaryDocument
from newstrace.ledger import Ledger, LedgerError
from newstrace.ledger.sqlite import SCHEMA_VERSION
from newstrace.model import Analysis, Article, Block


def make_analysis(doc_id: str = "abc123", source: str = "a.txt") -> Analysis:
    text = "Titre\n\nUn paragraphe."
    blocks = (
        Block("b0", "title", "Titre", 0, 5, "fr"),
        Block("b1", "paragraph", "Un paragraphe.", 7, 21, "fr"),
    )
    return Analysis(Article(doc_id, source, text, blocks, title="Titre", language="fr"))


def test_store_is_idempotent_and_counts_sightings(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with Ledger(tmp_path / "l.db") as ledger:
        assert ledger.store(make_analysis()) == "added"
        assert ledger.store(make_analysis()) == "unchanged"
        assert ledger.store(make_analysis(source="copy/a.txt")) == "unchanged"
        stats = ledger.stats()
    assert stats["documents"] == 1
    assert stats["sightings"] == 2
    assert stats["blocks"] == {"title": 1, "paragraph": 1}


def test_get_by_id_and_unique_prefix(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with Ledger(tmp_path / "l.db") as ledger:
        ledger.store(make_analysis("abc123"))
        ledger.store(make_analysis("abd456"))
        assert ledger.get("abc123")["document"]["title"] == "Titre"
        assert ledger.get("abc")["document"]["id"] == "abc123"
        assert ledger.get("ab") is None  # ambiguous
        assert ledger.get("zzz") is None
        assert ledger.get("a%") is None  # no pattern injection


def test_errors_are_kept_and_pages_survive(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "l.db"
    with Ledger(path) as ledger:
        ledger.store(make_analysis())
        ledger.record_error(BinaryDocument("img.html", "PNG data"))
    with Ledger(path) as ledger:  # reopened: everything is still there
        assert ledger.stats()["documents"] == 1
        [e] = ledger.errors()
        assert (e["document"], e["code"]) == ("img.html", "E002")


def test_schema_is_versioned_and_wal(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "l.db"
    with Ledger(path) as ledger:
        assert ledger.schema_version == SCHEMA_VERSION
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.close()
    with pytest.raises(LedgerError, match="newer"):
        Ledger(path)


def test_a_file_that_is_not_a_database_is_refused(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "notes.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(LedgerError, match=r"notes\.db"):
        Ledger(path)


def test_failed_store_leaves_nothing_half_written(tmp_path) -> None:  # type: ignore[no-untyped-def]
    bad = make_analysis("dup")
    # Two blocks with the same id violate the primary key after the document row went in.
    art = bad.article
    broken = Analysis(
        Article(art.id, art.source, art.source_text, (art.blocks[0], art.blocks[0]))
    )
    with Ledger(tmp_path / "l.db") as ledger:
        with pytest.raises(sqlite3.IntegrityError):
            ledger.store(broken)
        assert ledger.stats()["documents"] == 0
        assert ledger.store(make_analysis("dup")) == "added"
