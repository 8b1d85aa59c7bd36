"""The JSON contract: one object per page, as ``newstrace extract --format json`` prints it.

Published as a JSON Schema in ``schema/analysis.schema.json``; tests validate
real output against it.  Every span is written with the words it covers
(``text``), so a reader can check evidence without the page at hand.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import types
import typing
from typing import Any

from newstrace import model
from newstrace.model import (
    Analysis,
    Article,
    Block,
    DateWindow,
    ProvenanceLink,
    Sourcing,
    Span,
    Story,
)

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


# --- Reading the contract back --------------------------------------------------

def _hint_args(hint: Any) -> tuple[Any, ...]:
    return typing.get_args(hint)


def _decode(value: Any, hint: Any) -> Any:
    """Turn a contract value back into the model type ``hint`` describes."""
    if value is None:
        return None
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in _hint_args(hint) if a is not type(None)]
        return _decode(value, options[0]) if len(options) == 1 else value
    if origin is tuple:
        args = _hint_args(hint)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_decode(v, args[0]) for v in value)
        return tuple(_decode(v, a) for v, a in zip(value, args, strict=False))
    if origin is typing.Literal or hint in (str, int, float, bool, Any) or origin is dict:
        return value
    if dataclasses.is_dataclass(hint):
        hints = _hints(hint)
        kwargs = {
            f.name: _decode(value[f.name], hints[f.name])
            for f in dataclasses.fields(hint)
            if f.name in value
        }
        return hint(**kwargs)
    return value


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls, vars(model))


def article_from_dict(doc: dict[str, Any]) -> Article:
    """The :class:`Article` of a stored page, rebuilt from its contract.

    ``source_text`` is rebuilt by laying each block's text at its offsets, so
    every span of the page points at the same words as when it was analysed.
    """
    blocks = tuple(
        Block(
            id=b["id"], kind=b["kind"], text=b["text"], start=b["start"], end=b["end"],
            language=b.get("language"), duplicate_of=b.get("duplicate_of"),
            cues=tuple(b.get("cues") or ()),
        )
        for b in doc["blocks"]
    )
    size = max((b.end for b in blocks), default=0)
    chars = [" "] * size
    for b in blocks:
        chars[b.start : b.end] = b.text
    window = doc.get("published_window")
    return Article(
        id=doc["id"], source=doc["source"], source_text="".join(chars), blocks=blocks,
        url=doc.get("url"), title=doc.get("title"), byline=doc.get("byline"),
        published=doc.get("published"),
        published_window=_decode(window, DateWindow) if window else None,
        site=doc.get("site"), language=doc.get("language"),
        extractor=doc.get("extractor") or "", content_hash=doc.get("content_hash") or "",
    )


def analysis_from_dict(data: dict[str, Any]) -> Analysis:
    """An :class:`Analysis` from the JSON contract (what the ledger stores): the inverse
    of :func:`analysis_dict`, so corpus work runs on stored pages without re-analysing."""
    article = article_from_dict(data["document"])
    hints = _hints(Analysis)
    fields = {
        name: _decode(data.get(name) or [], hints[name])
        for name in ("entities", "places", "times", "quantities", "claims", "quotes", "events")
    }
    sourcing = data["document"].get("sourcing")
    return Analysis(
        article=article,
        sourcing=_decode(sourcing, Sourcing) if sourcing else None,
        warnings=tuple(data.get("warnings") or ()),
        **fields,
    )


# --- Corpus findings ------------------------------------------------------------

def _span_in(span: Span | None, article: Article | None) -> dict[str, Any] | None:
    if span is None:
        return None
    out: dict[str, Any] = {"block": span.block, "start": span.start, "end": span.end}
    if article is not None:
        with contextlib.suppress(KeyError):
            out["text"] = article.span_text(span)
    return out


def _page(article: Article) -> dict[str, Any]:
    return {"id": article.id, "url": article.url, "source": article.site or article.source,
            "language": article.language}


def link_dict(link: ProvenanceLink, articles: dict[str, Article]) -> dict[str, Any]:
    """One provenance link as ``newstrace provenance`` prints it, with both pages' words."""
    copy, origin = articles[link.copy], articles[link.origin]
    return {
        "copy": _page(copy),
        "origin": _page(origin),
        "kind": link.kind,
        "credited": link.credited,
        "credit": _span_in(link.credit, copy),
        "score": round(link.score, 3),
        "summary": link.summary,
        "why": list(link.why),
        "evidence": [
            {"copy": _span_in(a.copy, copy), "origin": _span_in(a.origin, origin),
             "score": round(a.score, 3), "how": a.how}
            for a in link.evidence
        ],
    }


def story_findings_dict(story: Story, articles: dict[str, Article],
                        event_types: dict[tuple[str, str], str] | None = None) -> dict[str, Any]:
    """A story's claims (with independent-source counts) and contradictions."""
    return {
        "languages": list(story.languages),
        "claims": [
            {"id": c.id, "text": c.text, "independent": c.independent,
             "documents": sorted({d for d, _ in c.members}),
             "members": [{"document": d, "claim": k} for d, k in c.members],
             "certainty": list(c.certainty),
             "events": [{"document": d, "event": e, "type": (event_types or {}).get((d, e))}
                        for d, e in c.events]}
            for c in story.claims
        ],
        "contradictions": [
            {"kind": x.kind, "about": x.about,
             "values": [
                 {"document": d, "claim": k, "text": t,
                  "evidence": _span_in(sp, articles.get(d))}
                 for d, k, t, sp in x.values
             ]}
            for x in story.contradictions
        ],
    }
