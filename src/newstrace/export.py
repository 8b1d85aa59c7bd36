"""Exports for other tools: events as JSON Lines or CSV, with POLECAT-like fields.

Users of GDELT- and POLECAT-style data expect one row per event with flat
columns they can load into pandas and count; newstrace adds what those data sets
lack: each event's certainty, its source's kind, and the words it was read from.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from typing import IO, Any

from newstrace.analyze.events import CAMEO_ROOT

EVENT_COLUMNS = (
    "event_id", "document_id", "url", "source", "publication_date", "event_type", "cameo_root",
    "mode", "context", "actor_name", "actor_country", "actor_sector", "actor_entity",
    "recipient_name", "recipient_country", "recipient_sector", "recipient_entity",
    "location", "event_date", "tense", "certainty", "source_kind", "source_text",
    "source_count", "claim_id", "evidence_trigger", "evidence_sentence",
)


def event_rows(analyses: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """One flat row per event, from analyses in the JSON contract (as the ledger stores them)."""
    for result in analyses:
        doc = result["document"]
        for e in result.get("events", []):
            actor = e.get("actor") or {}
            target = e.get("recipient") or {}
            source = e.get("source") or {}
            evidence = e.get("evidence") or []
            yield {
                "event_id": f"{doc['id']}:{e['id']}",
                "document_id": doc["id"],
                "url": doc.get("url"),
                "source": doc.get("source"),
                "publication_date": doc.get("published"),
                "event_type": e["type"],
                "cameo_root": CAMEO_ROOT.get(e["type"]),
                "mode": e.get("mode"),
                "context": e["context"],
                "actor_name": actor.get("name"),
                "actor_country": actor.get("country"),
                "actor_sector": actor.get("sector"),
                "actor_entity": actor.get("entity"),
                "recipient_name": target.get("name"),
                "recipient_country": target.get("country"),
                "recipient_sector": target.get("sector"),
                "recipient_entity": target.get("entity"),
                "location": e.get("location"),
                "event_date": e.get("date"),
                "tense": e["tense"],
                "certainty": e["certainty"],
                "source_kind": source.get("kind"),
                "source_text": source.get("text"),
                "source_count": source.get("count"),
                "claim_id": e.get("claim"),
                "evidence_trigger": evidence[0]["text"] if evidence else None,
                "evidence_sentence": evidence[1]["text"] if len(evidence) > 1 else None,
            }


def write_events(analyses: Iterable[dict[str, Any]], out: IO[str], fmt: str) -> int:
    """Write events as ``events-json`` (JSON Lines) or ``csv``; return how many."""
    count = 0
    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=EVENT_COLUMNS)
        writer.writeheader()
        for row in event_rows(analyses):
            writer.writerow(row)
            count += 1
        return count
    for row in event_rows(analyses):
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        count += 1
    return count
