"""Run every analyzer on one Article, each reading the Article and its parse.

``analyze_article`` runs them in dependency order (entities before places'
disambiguation, dates anchored on the publication date or window) and merges
repeats: a finding read twice (a standfirst restated further down, a caption
shown twice) is one record with two pieces of evidence.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from newstrace.analyze.claims import claims_in
from newstrace.analyze.entities import entities_in
from newstrace.analyze.events import events_in
from newstrace.analyze.quantities import quantities_in
from newstrace.analyze.quotes import quotes_in
from newstrace.analyze.times import anchor_from, times_in
from newstrace.model import Analysis, Article, DateWindow
from newstrace.nlp.parse import parse_article


def _merge_repeats(records: list[Any], key: tuple[str, ...], article: Article) -> list[Any]:
    """Records equal on ``key`` and read from a block and its repeat become one.

    Only repeats merge: "des milliers de soldats" in two different paragraphs may
    be two facts, but the same words in a restated standfirst are one.
    """
    repeats = {b.id: b.duplicate_of for b in article.blocks if b.duplicate_of}
    merged: list[Any] = []
    for r in records:
        k = tuple(getattr(r, f) for f in key)
        block = r.evidence[0].block if r.evidence else None
        origin = repeats.get(block or "")
        twin = next((i for i, m in enumerate(merged)
                     if tuple(getattr(m, f) for f in key) == k and origin
                     and m.evidence and m.evidence[0].block == origin), None)
        if twin is None:
            merged.append(r)
        else:
            merged[twin] = replace(merged[twin], evidence=(*merged[twin].evidence, *r.evidence))
    return merged


def _narrow(window: DateWindow | None, hints: list[DateWindow]) -> DateWindow | None:
    """Intersect the publication window with what dated roles prove ("président élu")."""
    if not hints:
        return window
    lo = window.not_before if window else None
    hi = window.not_after if window else None
    evidence = list(window.evidence) if window else []
    for h in hints:
        if h.not_before and (lo is None or h.not_before > lo):
            lo = h.not_before
        if h.not_after and (hi is None or h.not_after < hi):
            hi = h.not_after
        evidence.extend(h.evidence)
    return DateWindow(lo, hi, tuple(evidence))


def analyze_article(article: Article, warnings: tuple[str, ...] = ()) -> Analysis:
    """Every finding of one page, each with its evidence."""
    parsed = parse_article(article)
    index, places = entities_in(parsed, article)
    if article.published is None:
        article = replace(article, published_window=_narrow(article.published_window,
                                                              index.date_hints))
    anchor = anchor_from(article.published, article.published_window)
    times, quantities = [], []
    for pb in parsed:
        language = pb.block.language or article.language
        times.extend(times_in(pb.block, language=language, anchor=anchor))
        quantities.extend(quantities_in(pb.block, language=language))
    quantities = _merge_repeats(quantities, ("text", "value", "unit", "bound"), article)
    claims, sourcing = claims_in(parsed, article, index, quantities)
    times = _merge_repeats(times, ("text", "value", "context"), article)
    events = events_in(parsed, index, claims, places, times)
    quotes = quotes_in(parsed, article, index, claims)
    return Analysis(
        article=article,
        entities=tuple(index.entities),
        places=tuple(places),
        times=tuple(times),
        quantities=tuple(quantities),
        claims=tuple(claims),
        events=tuple(events),
        quotes=tuple(quotes),
        sourcing=sourcing,
        warnings=warnings,
    )
