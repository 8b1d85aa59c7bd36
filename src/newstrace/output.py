"""The JSON contract: one object per page, as ``newstrace extract --format json`` prints it.

Published as a JSON Schema in ``schema/analysis.schema.json``; tests validate
real output against it.  Every span is written with the words it covers
(``text``), so a reader can check evidence without the page at hand.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from newstrace.model import Analysis, Article, Span

SCHEMA_VERSION = 1


def _value(obj: Any, article: Article) -> Any:
    if isinstance(obj, Span):
        return {
            "block": obj.block,
            "start": obj.start,
            "end": obj.end,
            "text": article.span_text(obj),
        }
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: _value(getattr(obj, f.name), article) for f in dataclasses.fields(obj)}
    if isinstance(obj, tuple | list):
        return [_value(v, article) for v in obj]
    return obj


def document_dict(article: Article) -> dict[str, Any]:
    window = article.published_window
    return {
        "id": article.id,
        "source": article.source,
        "url": article.url,
        "site": article.site,
        "language": article.language,
        "title": article.title,
        "byline": article.byline,
        "published": article.published,
        "published_window": _value(window, article) if window else None,
        "extractor": article.extractor,
        "content_hash": article.content_hash,
        "text": article.text,
        "blocks": [
            {
                "id": b.id,
                "kind": b.kind,
                "text": b.text,
                "language": b.language,
                "start": b.start,
                "end": b.end,
                "duplicate_of": b.duplicate_of,
                "cues": list(b.cues),
            }
            for b in article.blocks
        ],
    }


def analysis_dict(analysis: Analysis) -> dict[str, Any]:
    """The whole contract for one page."""
    art = analysis.article
    out: dict[str, Any] = {"schema_version": SCHEMA_VERSION, "document": document_dict(art)}
    out["document"]["sourcing"] = _value(analysis.sourcing, art) if analysis.sourcing else None
    for name in ("entities", "places", "times", "quantities", "claims", "quotes", "events"):
        out[name] = _value(getattr(analysis, name), art)
    out["warnings"] = list(analysis.warnings)
    return out
