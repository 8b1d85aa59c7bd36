"""The ledger's corpus tables: fingerprints, stories, memberships, provenance links.

Kept apart from the page tables' code (``sqlite.py``) because it changes with
the corpus stage, not with the page analysis; the :class:`Ledger` carries both.
Every statement uses parameters.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from newstrace.model import Assignment, Fingerprint, Story


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _vector_blob(fp: Fingerprint) -> bytes | None:
    if fp.vector is None:
        return None
    import numpy as np

    return np.asarray(fp.vector, dtype="<f2").tobytes()


def _vector(blob: bytes | None) -> Any:
    if blob is None:
        return None
    import numpy as np

    return np.frombuffer(blob, dtype="<f2").astype(np.float32)


class CorpusTables:
    """Methods on the corpus tables; mixed into :class:`~newstrace.ledger.sqlite.Ledger`."""

    _db: sqlite3.Connection

    # -- fingerprints and memberships -------------------------------------------
    def unclustered(self) -> list[str]:
        """Pages not yet in a story, oldest publication first (then ingestion order).

        Earliest first, so that an origin tends to open the story its copies join.
        """
        rows = self._db.execute(
            "SELECT d.id FROM documents d LEFT JOIN story_members m ON m.document_id = d.id"
            " WHERE m.document_id IS NULL"
            " ORDER BY COALESCE(d.published, d.window_not_after, d.ingested_at), d.ingested_at,"
            " d.id"
        )
        return [r[0] for r in rows]

    def clustered(self) -> Iterator[tuple[Fingerprint, str]]:
        """Every clustered page's fingerprint with its story, in the order they joined."""
        for row in self._db.execute(
            "SELECT f.document_id, f.language, f.day_lo, f.day_hi, f.keys, f.minhash, f.vector,"
            " f.title, m.story_id FROM fingerprints f"
            " JOIN story_members m ON m.document_id = f.document_id"
            " ORDER BY m.joined_at, m.rowid"
        ):
            fp = Fingerprint(
                document=row[0], language=row[1], day_lo=row[2], day_hi=row[3],
                keys=frozenset(json.loads(row[4])), minhash=bytes(row[5]),
                vector=_vector(row[6]), title=row[7] or "",
            )
            yield fp, row[8]

    def add_member(self, fp: Fingerprint, assignment: Assignment, title: str) -> None:
        """Store a page's fingerprint and its story in one transaction."""
        now = _now()
        cur = self._db.cursor()
        cur.execute("BEGIN IMMEDIATE")
        try:
            cur.execute(
                "INSERT OR REPLACE INTO fingerprints (document_id, language, day_lo, day_hi,"
                " keys, minhash, vector, title) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (fp.document, fp.language, fp.day_lo, fp.day_hi,
                 json.dumps(sorted(fp.keys), ensure_ascii=False), fp.minhash,
                 _vector_blob(fp), fp.title),
            )
            cur.execute(
                "INSERT OR IGNORE INTO stories (id, title, updated_at) VALUES (?, ?, ?)",
                (assignment.story, title, now),
            )
            cur.execute(
                "INSERT OR REPLACE INTO story_members (document_id, story_id, score,"
                " duplicate_of, similarity, joined_at) VALUES (?, ?, ?, ?, ?, ?)",
                (fp.document, assignment.story, assignment.score, assignment.duplicate_of,
                 assignment.similarity, now),
            )
            cur.execute("COMMIT")
        except BaseException:
            cur.execute("ROLLBACK")
            raise

    def merge_stories(self, sources: tuple[str, ...], target: str) -> None:
        """Fold stories into ``target`` when a new page showed they are one."""
        cur = self._db.cursor()
        cur.execute("BEGIN IMMEDIATE")
        try:
            for source in sources:
                cur.execute("UPDATE story_members SET story_id = ? WHERE story_id = ?",
                            (target, source))
                cur.execute("DELETE FROM provenance WHERE story_id = ?", (source,))
                cur.execute("DELETE FROM stories WHERE id = ?", (source,))
            cur.execute("COMMIT")
        except BaseException:
            cur.execute("ROLLBACK")
            raise

    def members(self, story_id: str) -> list[str]:
        """A story's pages in the order they were stored: when nothing else tells two
        identical pages apart, the one seen first is the origin."""
        rows = self._db.execute(
            "SELECT m.document_id FROM story_members m JOIN documents d ON d.id = m.document_id"
            " WHERE m.story_id = ? ORDER BY d.rowid",
            (story_id,),
        )
        return [r[0] for r in rows]

    # -- stories -----------------------------------------------------------------
    def store_story(self, story: Story, analysis: dict[str, Any],
                    links: list[dict[str, Any]]) -> None:
        """Replace what is known of one story: its summary, its links, its findings."""
        cur = self._db.cursor()
        cur.execute("BEGIN IMMEDIATE")
        try:
            cur.execute(
                "UPDATE stories SET title = ?, first_seen = ?, last_seen = ?, updated_at = ?,"
                " analysis = ? WHERE id = ?",
                (story.title, story.first_seen, story.last_seen, _now(),
                 json.dumps(analysis, ensure_ascii=False), story.id),
            )
            cur.execute("DELETE FROM provenance WHERE story_id = ?", (story.id,))
            cur.executemany(
                "INSERT OR REPLACE INTO provenance (copy_id, origin_id, story_id, kind, credited,"
                " score, summary, link) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (ln["copy"]["id"], ln["origin"]["id"], story.id, ln["kind"],
                     int(ln["credited"]), ln["score"], ln["summary"],
                     json.dumps(ln, ensure_ascii=False))
                    for ln in links
                ],
            )
            cur.execute("COMMIT")
        except BaseException:
            cur.execute("ROLLBACK")
            raise

    def stories(self) -> list[dict[str, Any]]:
        """Every story with its pages (id, url, source), largest first."""
        out: dict[str, dict[str, Any]] = {}
        for row in self._db.execute(
            "SELECT s.id, s.title, s.first_seen, s.last_seen, d.id, d.url, d.site, d.source,"
            " d.language, m.duplicate_of FROM stories s"
            " JOIN story_members m ON m.story_id = s.id JOIN documents d ON d.id = m.document_id"
            " ORDER BY s.id, COALESCE(d.published, d.window_not_after), d.id"
        ):
            story = out.setdefault(row[0], {
                "id": row[0], "title": row[1], "first_seen": row[2], "last_seen": row[3],
                "documents": [],
            })
            story["documents"].append({
                "id": row[4], "url": row[5], "source": row[6] or row[7], "language": row[8],
                "duplicate_of": row[9],
            })
        return sorted(out.values(), key=lambda s: (-len(s["documents"]), s["id"]))

    def story(self, story_id: str) -> dict[str, Any] | None:
        """One story, whole: pages, provenance links, claims and contradictions."""
        row = self._db.execute(
            "SELECT id FROM stories WHERE id = ? OR substr(id, 1, ?) = ? LIMIT 2",
            (story_id, len(story_id), story_id),
        ).fetchall()
        if len(row) != 1:
            return None
        sid = row[0][0]
        base = next((s for s in self.stories() if s["id"] == sid), None)
        if base is None:
            return None
        analysis = self._db.execute("SELECT analysis FROM stories WHERE id = ?", (sid,)).fetchone()
        extra = json.loads(analysis[0]) if analysis and analysis[0] else {}
        return {**base, "links": self.provenance(sid), **extra}

    def provenance(self, ident: str | None = None) -> list[dict[str, Any]]:
        """Provenance links: all, one story's, or those touching one page."""
        if ident is None:
            rows = self._db.execute("SELECT link FROM provenance ORDER BY story_id, copy_id")
        else:
            rows = self._db.execute(
                "SELECT link FROM provenance WHERE story_id = ? OR copy_id = ? OR origin_id = ?"
                " OR substr(copy_id, 1, ?) = ? OR substr(origin_id, 1, ?) = ?"
                " ORDER BY story_id, copy_id",
                (ident, ident, ident, len(ident), ident, len(ident), ident),
            )
        return [json.loads(r[0]) for r in rows]
