"""The SQLite ledger: one file, WAL, a versioned schema, one transaction per page.

All SQL of newstrace lives in this package; other stages hand it model
objects.  Every statement uses parameters, never string-built values.
Storing is idempotent: a page already in the ledger (same id: same content
under the same normalised URL) is not stored again, only its sighting.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from newstrace.errors import PageError
from newstrace.ledger.corpus import CorpusTables
from newstrace.ledger.queries import LedgerQueries
from newstrace.model import Analysis
from newstrace.output import analysis_dict

#: Migration scripts in order; the ledger's ``PRAGMA user_version`` says how many ran.
MIGRATIONS = ("schema_001.sql", "schema_002.sql")
SCHEMA_VERSION = len(MIGRATIONS)

StoreResult = Literal["added", "unchanged"]


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class LedgerError(Exception):
    """The ledger file cannot be used (newer schema, not a database...)."""


class Ledger(CorpusTables, LedgerQueries):
    """A newstrace ledger in one SQLite file: pages (here) and the corpus tables."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        try:
            self._db = sqlite3.connect(self.path, isolation_level=None)
            self._db.row_factory = sqlite3.Row
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA foreign_keys=ON")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise LedgerError(f"{self.path}: not a usable newstrace ledger ({exc})") from exc

    # -- schema --------------------------------------------------------------
    def _migrate(self) -> None:
        version = self._db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise LedgerError(
                f"{self.path}: schema version {version} is newer than this newstrace "
                f"({SCHEMA_VERSION}); upgrade newstrace"
            )
        for number, name in enumerate(MIGRATIONS[version:], start=version + 1):
            script = (resources.files(__package__) / name).read_text(encoding="utf-8")
            # executescript commits first; the version bump is in the same script run.
            self._db.executescript(f"BEGIN;\n{script}\nPRAGMA user_version = {number};\nCOMMIT;")

    @property
    def schema_version(self) -> int:
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    # -- writing -------------------------------------------------------------
    def store(self, analysis: Analysis) -> StoreResult:
        """Store one page and its findings in one transaction; idempotent by id."""
        art = analysis.article
        now = _now()
        cur = self._db.cursor()
        cur.execute("BEGIN IMMEDIATE")
        try:
            exists = cur.execute("SELECT 1 FROM documents WHERE id = ?", (art.id,)).fetchone()
            if exists:
                cur.execute(
                    "INSERT OR IGNORE INTO sightings (document_id, source, seen_at)"
                    " VALUES (?, ?, ?)",
                    (art.id, art.source, now),
                )
                cur.execute("COMMIT")
                return "unchanged"
            window = art.published_window
            cur.execute(
                "INSERT INTO documents (id, content_hash, url, source, site, language, title,"
                " byline, published, window_not_before, window_not_after, extractor,"
                " ingested_at, analysis) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    art.id,
                    art.content_hash,
                    art.url,
                    art.source,
                    art.site,
                    art.language,
                    art.title,
                    art.byline,
                    art.published,
                    window.not_before if window else None,
                    window.not_after if window else None,
                    art.extractor,
                    now,
                    json.dumps(analysis_dict(analysis), ensure_ascii=False),
                ),
            )
            cur.executemany(
                "INSERT INTO blocks (document_id, id, position, kind, language, start, \"end\","
                " text, duplicate_of) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (art.id, b.id, i, b.kind, b.language, b.start, b.end, b.text, b.duplicate_of)
                    for i, b in enumerate(art.blocks)
                ],
            )
            cur.execute(
                "INSERT OR IGNORE INTO sightings (document_id, source, seen_at) VALUES (?, ?, ?)",
                (art.id, art.source, now),
            )
            cur.execute("COMMIT")
        except BaseException:
            cur.execute("ROLLBACK")
            raise
        return "added"

    def record_error(self, error: PageError) -> None:
        """Keep a page's error beside the pages that worked."""
        self._db.execute(
            "INSERT INTO errors (document, code, message, occurred_at) VALUES (?, ?, ?, ?)",
            (error.document, error.code, error.message, _now()),
        )

    # -- reading -------------------------------------------------------------
    def get(self, doc_id: str) -> dict[str, Any] | None:
        """One page's analysis (the JSON contract), by id or unambiguous id prefix."""
        row = self._db.execute("SELECT analysis FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if row is None and doc_id:
            # Ids are hex: a prefix needs no LIKE escaping, but use substr to be safe.
            rows = self._db.execute(
                "SELECT analysis FROM documents WHERE substr(id, 1, ?) = ? LIMIT 2",
                (len(doc_id), doc_id),
            ).fetchall()
            row = rows[0] if len(rows) == 1 else None
        return json.loads(row[0]) if row else None

    def documents(self) -> Iterator[dict[str, Any]]:
        """Summary rows of every page, oldest first."""
        for row in self._db.execute(
            "SELECT id, url, source, language, title, published, window_not_before,"
            " window_not_after, ingested_at FROM documents ORDER BY ingested_at, id"
        ):
            yield dict(row)

    def analyses(self) -> Iterator[dict[str, Any]]:
        """Every page's full analysis, for exports and corpus work."""
        for (text,) in self._db.execute("SELECT analysis FROM documents ORDER BY ingested_at, id"):
            yield json.loads(text)

    def errors(self) -> list[dict[str, Any]]:
        rows = self._db.execute(
            "SELECT document, code, message, occurred_at FROM errors ORDER BY id"
        )
        return [dict(r) for r in rows]

    def stats(self) -> dict[str, Any]:
        """Counts a user wants at a glance."""
        one = self._db.execute
        by_lang = one(
            "SELECT COALESCE(language, '?') AS language, COUNT(*) AS n FROM documents"
            " GROUP BY language ORDER BY n DESC"
        ).fetchall()
        by_kind = one("SELECT kind, COUNT(*) AS n FROM blocks GROUP BY kind ORDER BY n DESC")
        return {
            "path": self.path,
            "schema_version": self.schema_version,
            "documents": one("SELECT COUNT(*) FROM documents").fetchone()[0],
            "sightings": one("SELECT COUNT(*) FROM sightings").fetchone()[0],
            "errors": one("SELECT COUNT(*) FROM errors").fetchone()[0],
            "dated": one("SELECT COUNT(*) FROM documents WHERE published IS NOT NULL").fetchone()[
                0
            ],
            "languages": {r["language"]: r["n"] for r in by_lang},
            "blocks": {r["kind"]: r["n"] for r in by_kind.fetchall()},
        }

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
