"""Read queries for the HTTP API and the web page: filtered, paged, never string-built.

Why a mixin of its own: the API needs lists the CLI does not (events across
pages with their coordinates, claims by source kind, pages by date or words),
and these change with the web views, not with how pages are stored.  Findings
live whole in ``documents.analysis`` (the JSON contract), so the filters run
inside it with SQLite's JSON1 (``json_each``/``json_extract``).  Every value a
user sends is a bound parameter; a filter given several values is bound as one
JSON array and read back with ``json_each``, so no SQL is ever built from input.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Sequence
from pathlib import PurePosixPath, PureWindowsPath
from typing import Any

#: A page's (or an event's) time span as comparable ISO strings: "2024" covers the
#: whole year, "2024-11" the whole month.  Used as ``_LO.format(x=...)`` on
#: constant column expressions only, never on input.
_LO = "substr({x} || '-01-01', 1, 10)"
_HI = (
    "(CASE length({x}) WHEN 4 THEN {x} || '-12-31' WHEN 7 THEN {x} || '-31'"
    " ELSE substr({x}, 1, 10) END)"
)

_EV = "json_extract(f.value, '$.date')"
_EVENT_LO = (
    f"COALESCE({_LO.format(x=_EV)}, {_LO.format(x='d.published')},"
    " d.window_not_before, d.window_not_after)"
)
_EVENT_HI = (
    f"COALESCE({_HI.format(x=_EV)}, {_HI.format(x='d.published')},"
    " d.window_not_after, d.window_not_before)"
)
_PAGE_LO = f"COALESCE({_LO.format(x='d.published')}, d.window_not_before, d.window_not_after)"
_PAGE_HI = f"COALESCE({_HI.format(x='d.published')}, d.window_not_after, d.window_not_before)"


_PAGE_COLUMNS = (
    "d.id, d.title, d.url, d.site, d.source, d.language, d.published, d.window_not_before,"
    " d.window_not_after"
)


def _any_of(values: Sequence[str] | None) -> str | None:
    """Several accepted values as one bound parameter (a JSON array), or None for any."""
    cleaned = [v for v in (values or ()) if v]
    return json.dumps(cleaned) if cleaned else None


def _like(words: str | None) -> str | None:
    """A LIKE pattern matching ``words`` literally (``%`` and ``_`` escaped)."""
    if not words:
        return None
    escaped = words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


_URL = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)
_FILE_PATH = re.compile(r"^(?:/|~|[A-Za-z]:[\\/])|^\S*[\\/]\S*$")


def public_source(source: str | None) -> str | None:
    """A page's source as the API may show it: a local file by its name only.

    Why: ``source`` is the path the page was read from when it has no outlet
    name; served over HTTP, a full path would tell any reader where the
    server's files live.  URLs, outlet names and API labels pass unchanged.
    """
    if not source or _URL.match(source) or not _FILE_PATH.search(source):
        return source
    return PureWindowsPath(source).name if "\\" in source else PurePosixPath(source).name


def _page(row: sqlite3.Row) -> dict[str, Any]:
    return {
        "id": row["id"], "title": row["title"], "url": row["url"],
        "source": public_source(row["site"] or row["source"]), "language": row["language"],
        "published": row["published"],
        "published_window": (
            {"not_before": row["window_not_before"], "not_after": row["window_not_after"]}
            if row["window_not_before"] or row["window_not_after"] else None
        ),
    }


def place_of(location: str | None, context: str | None,
             places: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The resolved place (with coordinates) an event's ``location`` names on its page.

    Events name their place in words; the page's ``places`` carry the
    coordinates.  A place read in the same context (body or caption) is preferred,
    so a body event in Kyiv does not borrow a caption's reading of it.
    """
    if not location:
        return None
    matches = [
        p for p in places
        if location in (p.get("name"), p.get("canonical")) and p.get("lat") is not None
    ]
    if not matches:
        return None
    best = next((p for p in matches if p.get("context") == context), matches[0])
    return {k: best.get(k) for k in ("name", "canonical", "lat", "lon", "country", "precision")}


class LedgerQueries:
    """Filtered, paged reads for the API; mixed into :class:`~newstrace.ledger.sqlite.Ledger`."""

    _db: sqlite3.Connection

    # -- pages -----------------------------------------------------------------
    def page_list(
        self, *, language: Sequence[str] | None = None, since: str | None = None,
        until: str | None = None, text: str | None = None, limit: int = 50, offset: int = 0,
    ) -> tuple[int, list[dict[str, Any]]]:
        """Pages matching every filter given, newest first, with their counts of findings.

        ``text`` matches the title, URL, source or any block's words; ``since`` and
        ``until`` keep pages whose date (or honest window) overlaps the range.
        """
        params = {
            "langs": _any_of(language), "since": since, "until": until, "like": _like(text),
        }
        where = (
            " WHERE (:langs IS NULL OR d.language IN (SELECT value FROM json_each(:langs)))"
            f" AND (:since IS NULL OR {_PAGE_HI} >= :since)"
            f" AND (:until IS NULL OR {_PAGE_LO} <= :until)"
            " AND (:like IS NULL OR d.title LIKE :like ESCAPE '\\' OR d.url LIKE :like ESCAPE '\\'"
            "  OR d.site LIKE :like ESCAPE '\\' OR d.source LIKE :like ESCAPE '\\'"
            "  OR EXISTS (SELECT 1 FROM blocks b WHERE b.document_id = d.id"
            "   AND b.text LIKE :like ESCAPE '\\'))"
        )
        total = self._db.execute(f"SELECT COUNT(*) FROM documents d{where}", params).fetchone()[0]
        rows = self._db.execute(
            f"SELECT {_PAGE_COLUMNS}, d.ingested_at, m.story_id,"
            " json_array_length(d.analysis, '$.claims') AS claims,"
            " json_array_length(d.analysis, '$.events') AS events,"
            " json_extract(d.analysis, '$.document.sourcing.summary') AS sourcing"
            " FROM documents d LEFT JOIN story_members m ON m.document_id = d.id"
            f"{where} ORDER BY {_PAGE_HI} DESC NULLS LAST, d.ingested_at DESC, d.id"
            " LIMIT :limit OFFSET :offset",
            {**params, "limit": limit, "offset": offset},
        )
        items = [
            {**_page(r), "story": r["story_id"], "ingested_at": r["ingested_at"],
             "claims": r["claims"] or 0, "events": r["events"] or 0, "sourcing": r["sourcing"]}
            for r in rows
        ]
        return total, items

    def story_of(self, doc_id: str) -> str | None:
        """The story a page was placed in, if clustering has placed it."""
        row = self._db.execute(
            "SELECT story_id FROM story_members WHERE document_id = ?", (doc_id,)
        ).fetchone()
        return row[0] if row else None

    def _findings(self, array: str, where: str, params: dict[str, Any], limit: int,
                  offset: int, *, order: str, columns: str = "",
                  ) -> tuple[int, list[sqlite3.Row]]:
        """How many findings of one kind match, and one page of them (``finding``, the
        finding's JSON, beside its page's columns).  ``array`` and the SQL pieces are
        constants of this module; only ``params`` carry what a user sent."""
        source = f" FROM documents d, json_each(d.analysis, '$.{array}') f"
        total = self._db.execute(f"SELECT COUNT(*){source}{where}", params).fetchone()[0]
        rows = self._db.execute(
            f"SELECT {_PAGE_COLUMNS}, f.value AS finding{columns}{source}{where}"
            f" ORDER BY {order} LIMIT :limit OFFSET :offset",
            {**params, "limit": limit, "offset": offset},
        ).fetchall()
        return total, rows

    # -- events ----------------------------------------------------------------
    def event_list(
        self, *, types: Sequence[str] | None = None, countries: Sequence[str] | None = None,
        certainties: Sequence[str] | None = None, since: str | None = None,
        until: str | None = None, context: str | None = None, document: str | None = None,
        located: bool = False, limit: int = 1000, offset: int = 0,
    ) -> tuple[int, list[dict[str, Any]]]:
        """Events across pages in time order, each with its page and resolved place.

        An event dated by its own words is placed there; one that is not takes its
        page's date, or its page's window (``when.basis`` says which), so a
        timeline never invents a precision the text does not give.  ``countries``
        match the actor's, the recipient's or the place's country; ``located``
        keeps only events whose place has coordinates (the map).
        """
        params = {
            "types": _any_of(types), "countries": _any_of(countries),
            "certs": _any_of(certainties), "since": since, "until": until,
            "context": context, "doc": document,
        }
        where = (
            " WHERE (:types IS NULL OR json_extract(f.value, '$.type')"
            "   IN (SELECT value FROM json_each(:types)))"
            " AND (:certs IS NULL OR json_extract(f.value, '$.certainty')"
            "   IN (SELECT value FROM json_each(:certs)))"
            " AND (:context IS NULL OR json_extract(f.value, '$.context') = :context)"
            " AND (:doc IS NULL OR d.id = :doc)"
            " AND (:countries IS NULL"
            "  OR json_extract(f.value, '$.actor.country')"
            "   IN (SELECT value FROM json_each(:countries))"
            "  OR json_extract(f.value, '$.recipient.country')"
            "   IN (SELECT value FROM json_each(:countries))"
            "  OR EXISTS (SELECT 1 FROM json_each(d.analysis, '$.places') p"
            "   WHERE json_extract(p.value, '$.country')"
            "    IN (SELECT value FROM json_each(:countries))"
            "   AND json_extract(f.value, '$.location')"
            "    IN (json_extract(p.value, '$.name'), json_extract(p.value, '$.canonical'))))"
            f" AND (:since IS NULL OR {_EVENT_HI} >= :since)"
            f" AND (:until IS NULL OR {_EVENT_LO} <= :until)"
        )
        if located:
            where += (
                " AND EXISTS (SELECT 1 FROM json_each(d.analysis, '$.places') p"
                "  WHERE json_extract(p.value, '$.lat') IS NOT NULL"
                "  AND json_extract(f.value, '$.location')"
                "   IN (json_extract(p.value, '$.name'), json_extract(p.value, '$.canonical')))"
            )
        total, rows = self._findings(
            "events", where, params, limit, offset,
            columns=f", json_extract(d.analysis, '$.places') AS places, {_EVENT_LO} AS lo,"
            f" {_EVENT_HI} AS hi", order="lo IS NULL, lo, d.id, f.key",
        )
        items = []
        for r in rows:
            event = json.loads(r["finding"])
            if event.get("date"):
                basis = "event"
            elif r["published"]:
                basis = "page"
            elif r["window_not_before"] or r["window_not_after"]:
                basis = "window"
            else:
                basis = None
            places = json.loads(r["places"] or "[]")
            items.append({
                **event,
                "document": _page(r),
                "when": {"start": r["lo"], "end": r["hi"], "basis": basis},
                "place": place_of(event.get("location"), event.get("context"), places),
            })
        return total, items

    # -- claims ----------------------------------------------------------------
    def claim_list(
        self, *, certainties: Sequence[str] | None = None,
        sources: Sequence[str] | None = None, document: str | None = None,
        text: str | None = None, limit: int = 200, offset: int = 0,
    ) -> tuple[int, list[dict[str, Any]]]:
        """Claims across pages, with their page: "every claim resting on anonymous sources"."""
        params = {
            "certs": _any_of(certainties), "sources": _any_of(sources), "doc": document,
            "like": _like(text),
        }
        where = (
            " WHERE (:certs IS NULL OR json_extract(f.value, '$.certainty')"
            "   IN (SELECT value FROM json_each(:certs)))"
            " AND (:sources IS NULL OR json_extract(f.value, '$.source.kind')"
            "   IN (SELECT value FROM json_each(:sources)))"
            " AND (:doc IS NULL OR d.id = :doc)"
            " AND (:like IS NULL OR json_extract(f.value, '$.text') LIKE :like ESCAPE '\\')"
        )
        total, rows = self._findings(
            "claims", where, params, limit, offset,
            order=f"{_PAGE_HI} DESC NULLS LAST, d.id, f.key",
        )
        return total, [{**json.loads(r["finding"]), "document": _page(r)} for r in rows]

    # -- places ----------------------------------------------------------------
    def place_list(self, *, document: str | None = None,
                   countries: Sequence[str] | None = None) -> list[dict[str, Any]]:
        """Every resolved place with coordinates, merged by name and point, with its pages."""
        rows = self._db.execute(
            "SELECT d.id AS doc, COALESCE(json_extract(p.value, '$.canonical'),"
            "  json_extract(p.value, '$.name')) AS name,"
            " json_extract(p.value, '$.lat') AS lat, json_extract(p.value, '$.lon') AS lon,"
            " json_extract(p.value, '$.country') AS country,"
            " json_extract(p.value, '$.precision') AS precision,"
            " json_extract(p.value, '$.context') AS context"
            " FROM documents d, json_each(d.analysis, '$.places') p"
            " WHERE json_extract(p.value, '$.lat') IS NOT NULL"
            " AND (:doc IS NULL OR d.id = :doc)"
            " AND (:countries IS NULL OR json_extract(p.value, '$.country')"
            "   IN (SELECT value FROM json_each(:countries)))"
            " ORDER BY name, d.id",
            {"doc": document, "countries": _any_of(countries)},
        )
        merged: dict[tuple[Any, ...], dict[str, Any]] = {}
        for r in rows:
            key = (r["name"], r["lat"], r["lon"])
            place = merged.setdefault(key, {
                "name": r["name"], "lat": r["lat"], "lon": r["lon"], "country": r["country"],
                "precision": r["precision"], "contexts": [], "documents": [],
            })
            if r["context"] not in place["contexts"]:
                place["contexts"].append(r["context"])
            if r["doc"] not in place["documents"]:
                place["documents"].append(r["doc"])
        return list(merged.values())

    # -- facets ----------------------------------------------------------------
    def facets(self) -> dict[str, list[dict[str, Any]]]:
        """The values the filters can take, with counts: event types, certainties,
        countries, languages (what the web page's filter menus offer)."""
        one = self._db.execute

        def counted(sql: str) -> list[dict[str, Any]]:
            return [{"value": r[0], "count": r[1]} for r in one(sql) if r[0] is not None]

        ev = " FROM documents d, json_each(d.analysis, '$.events') e"
        return {
            "types": counted(
                f"SELECT json_extract(e.value, '$.type') AS v, COUNT(*) AS n{ev}"
                " GROUP BY v ORDER BY n DESC, v"
            ),
            "certainties": counted(
                f"SELECT json_extract(e.value, '$.certainty') AS v, COUNT(*) AS n{ev}"
                " GROUP BY v ORDER BY n DESC, v"
            ),
            "countries": counted(
                "SELECT v, COUNT(*) AS n FROM ("
                f" SELECT json_extract(e.value, '$.actor.country') AS v{ev}"
                f" UNION ALL SELECT json_extract(e.value, '$.recipient.country') AS v{ev})"
                " GROUP BY v ORDER BY n DESC, v"
            ),
            "languages": counted(
                "SELECT language AS v, COUNT(*) AS n FROM documents GROUP BY v ORDER BY n DESC, v"
            ),
            "claim_sources": counted(
                "SELECT json_extract(c.value, '$.source.kind') AS v, COUNT(*) AS n"
                " FROM documents d, json_each(d.analysis, '$.claims') c"
                " GROUP BY v ORDER BY n DESC, v"
            ),
        }

    def finding_counts(self) -> dict[str, int]:
        """How many events, claims and stories the ledger holds (for /api/stats)."""
        row = self._db.execute(
            "SELECT COALESCE(SUM(json_array_length(analysis, '$.events')), 0),"
            " COALESCE(SUM(json_array_length(analysis, '$.claims')), 0),"
            " (SELECT COUNT(*) FROM stories), (SELECT COUNT(*) FROM provenance)"
            " FROM documents"
        ).fetchone()
        return {"events": row[0], "claims": row[1], "stories": row[2], "provenance_links": row[3]}
