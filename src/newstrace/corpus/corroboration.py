"""What the pages of a story establish together, on how many independent words, and where
they disagree.

Why count origins and not pages: twenty copies of one wire report are one
report.  Pages joined by provenance links (copy, rewrite, translation) form one
*origin*; a claim is corroborated by as many origins as state it.

Claims of different pages state the same thing when they stand in paragraphs
the provenance aligned, or when they share rare entities and, within a
language, their meaning (paragraph vectors).  Across languages without an
alignment, only near-identical entities and a shared number group claims:
the vectors are too weakly aligned to say more.

Disagreements are read from the records, not from words:

* ``quantity``: the same unit of the same thing (same context entities) with
  different values (10,000 vs 12,000 troops), or the same value bounded in
  opposite directions ("as many as 12,000" vs "no fewer than 12,000");
* ``certainty``: one page states or reports a claim another page denies;
* ``source_count``: the same claim (or the lead claims of two origins) rests on
  different numbers of anonymous sources ("a US official and three people" = 4
  vs "two US officials" = 2).
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newstrace.model import (
    Analysis,
    Claim,
    Contradiction,
    ProvenanceLink,
    Quantity,
    Span,
    StoryClaim,
)
from newstrace.nlp.dates import fold

if TYPE_CHECKING:
    import numpy as np

#: Two claims at least this similar state the same thing.
SAME_CLAIM = 0.62
#: A denied claim this close to a stated one denies it.
DENIES = 0.5
#: Claims read per story: bounds the pairwise work (MAX_CLAIMS² / 2 comparisons).
MAX_CLAIMS = 1500
#: Values closer than this (relative) are the same value.
SAME_VALUE = 0.02
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_STATED = frozenset({"asserted", "reported", "estimate", "probable"})


class _Origins:
    """Union-find over documents: pages joined by provenance links are one origin."""

    def __init__(self, docs: Sequence[str]) -> None:
        self.parent = {d: d for d in docs}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, x: str, y: str) -> None:
        rx, ry = self.find(x), self.find(y)
        if rx != ry:
            self.parent[max(rx, ry)] = min(rx, ry)


@dataclass
class _Item:
    """One claim of one page, with what comparing it needs."""

    doc: str
    claim: Claim
    language: str | None
    block: str | None
    entities: frozenset[str]
    numbers: frozenset[float]
    order: int
    words: frozenset[str] = frozenset()


def _is_vague(q: Quantity) -> bool:
    """"Thousands of troops" names an order of magnitude, not a figure to compare."""
    return not any(ch.isdigit() for ch in q.text)


def _source_quantity(q: Quantity, claims: Sequence[Claim]) -> bool:
    """A count of sources ("three people familiar with ...") is sourcing, not content."""
    return any(c.source.text and q.text in c.source.text for c in claims)


def _items(analyses: Sequence[Analysis]) -> list[_Item]:
    out: list[_Item] = []
    for a in analyses:
        lang = a.article.language
        for c in a.claims:
            block = c.evidence[0].block if c.evidence else None
            if block:
                b = next((x for x in a.article.blocks if x.id == block), None)
                lang = (b.language if b and b.language else a.article.language)
            numbers = frozenset(
                a.quantities[i].value for i in c.quantities
                if i < len(a.quantities) and a.quantities[i].value is not None
                and not _is_vague(a.quantities[i])
                and not _source_quantity(a.quantities[i], a.claims)
            )
            out.append(_Item(a.article.id, c, lang, block, frozenset(c.entities),
                             numbers, len(out), _content_words(c.text)))  # type: ignore[arg-type]
            if len(out) >= MAX_CLAIMS:
                return out
    return out


def _content_words(text: str) -> frozenset[str]:
    """Words long enough to carry meaning in most languages (a stop list per language
    would be better; length is the same rule everywhere)."""
    return frozenset(w for w in (fold(x) for x in _WORD.findall(text)) if len(w) >= 4)


def _vectors(items: list[_Item]) -> np.ndarray | None:
    try:
        from newstrace.nlp.embeddings import embed

        return embed([it.claim.text for it in items])
    except Exception:  # no model: entities, numbers and alignments still group claims
        return None


def _aligned_blocks(links: Sequence[ProvenanceLink]) -> set[tuple[str, str, str, str]]:
    pairs = set()
    for ln in links:
        for al in ln.evidence:
            pairs.add((ln.copy, al.copy.block, ln.origin, al.origin.block))
            pairs.add((ln.origin, al.origin.block, ln.copy, al.copy.block))
    return pairs


def _entity_similarity(x: frozenset[str], y: frozenset[str], w: dict[str, float]) -> float:
    """Weighted Dice of the entities; containment counts too when the smaller side names
    at least two (one name inside a long claim says little)."""
    if not x or not y:
        return 0.0
    shared = sum(w[e] for e in x & y)
    wx, wy = sum(w[e] for e in x), sum(w[e] for e in y)
    dice = 2 * shared / (wx + wy)
    if min(len(x), len(y)) < 2:
        return dice
    return 0.5 * shared / min(wx, wy) + 0.5 * dice


def _word_overlap(x: frozenset[str], y: frozenset[str]) -> float:
    return len(x & y) / min(len(x), len(y)) if x and y else 0.0


def _similarity(x: _Item, y: _Item, cos: float, aligned: bool, alone: bool,
                w: dict[str, float]) -> float:
    """How surely two claims of two pages state the same thing (0..1)."""
    ents = _entity_similarity(x.entities, y.entities, w)
    number = 1.0 if x.numbers & y.numbers else 0.0
    same_language = x.language is not None and x.language == y.language
    if aligned:
        # The paragraphs are one another's copy: the claim is the one whose
        # entities (or, in one language, meaning) agree, or the only one there.
        base = 0.45 + 0.55 * max(ents, cos if same_language else 0.0, number)
        return max(base, 0.8) if alone else base
    if same_language:
        words = _word_overlap(x.words, y.words)
        return 0.4 * cos + 0.3 * ents + 0.3 * words + 0.1 * number
    if len(x.entities & y.entities) < 2:
        return 0.0  # across languages one shared name is every other sentence of the story
    return 0.7 * ents + 0.3 * number


class _Scorer:
    """Pairwise claim similarity over one story, with what it needs computed once."""

    def __init__(self, items: list[_Item], links: Sequence[ProvenanceLink]) -> None:
        self.items = items
        self.vectors = _vectors(items)
        df: Counter[str] = Counter(e for it in items for e in it.entities)
        self.w = {e: math.log(1 + len(items) / n) for e, n in df.items()}
        self.aligned = _aligned_blocks(links)
        self.per_block = Counter((it.doc, it.block) for it in items)

    def cos(self, i: int, j: int) -> float:
        return float(self.vectors[i] @ self.vectors[j]) if self.vectors is not None else 0.0

    def same(self, i: int, j: int) -> float:
        x, y = self.items[i], self.items[j]
        is_aligned = (x.doc, x.block, y.doc, y.block) in self.aligned
        if not is_aligned and not (x.entities & y.entities or x.numbers & y.numbers):
            return 0.0
        alone = self.per_block[(x.doc, x.block)] == 1 and self.per_block[(y.doc, y.block)] == 1
        return _similarity(x, y, self.cos(i, j), is_aligned, alone, self.w)

    def denies(self, i: int, j: int) -> float:
        """How surely denied claim ``i`` denies what ``j`` states.

        A denial restates the claim in a short clause ("denied that Biden had
        authorized the strikes"): its words inside the other claim count most.
        """
        x, y = self.items[i], self.items[j]
        if x.language is None or x.language != y.language:
            shared = len(x.entities & y.entities)
            return 0.7 * _entity_similarity(x.entities, y.entities, self.w) if shared >= 2 else 0
        words = len(x.words & y.words) / len(x.words) if x.words else 0.0
        ents = _entity_similarity(x.entities, y.entities, self.w)
        return 0.5 * words + 0.3 * self.cos(i, j) + 0.2 * ents


def _groups(scorer: _Scorer) -> list[list[_Item]]:
    """Claims stating the same thing, grouped across pages, best pairs first."""
    items = scorer.items
    scored: list[tuple[float, int, int]] = []
    for i, x in enumerate(items):
        for j in range(i + 1, len(items)):
            if x.doc != items[j].doc and (score := scorer.same(i, j)) >= SAME_CLAIM:
                scored.append((score, i, j))
    # Never two claims of one page in a group: a page states a thing once, and
    # the rule keeps chains of look-alikes from swallowing the story.
    cluster = list(range(len(items)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(items))}
    docs: dict[int, set[str]] = {i: {it.doc} for i, it in enumerate(items)}
    for _, i, j in sorted(scored, key=lambda t: (-t[0], t[1], t[2])):
        ci, cj = cluster[i], cluster[j]
        if ci == cj or docs[ci] & docs[cj]:
            continue
        for k in members[cj]:
            cluster[k] = ci
        members[ci].extend(members.pop(cj))
        docs[ci] |= docs.pop(cj)
    return [[items[k] for k in sorted(group)] for group in members.values()]


def _story_claim(group: list[_Item], origins: _Origins, copies: set[str]) -> StoryClaim:
    lead = next((it for it in group if it.doc not in copies), group[0])
    members = tuple((it.doc, it.claim.id) for it in group)
    digest = hashlib.sha1(repr(sorted(members)).encode()).hexdigest()[:12]
    return StoryClaim(
        id=f"sc{digest}",
        text=lead.claim.text,
        members=members,
        independent=len({origins.find(it.doc) for it in group}),
        certainty=tuple(it.claim.certainty for it in group),
    )


def _span(c: Claim) -> Span | None:
    return c.evidence[0] if c.evidence else None


def _certainty_conflicts(groups: list[list[_Item]], scorer: _Scorer) -> list[Contradiction]:
    """A page denies (or does not confirm) what another page states or reports."""
    group_of = {it.order: g for g in groups for it in g}
    out = []
    for i, d in enumerate(scorer.items):
        if d.claim.certainty != "denied":
            continue
        best, best_score = None, DENIES
        for j, s in enumerate(scorer.items):
            if s.doc != d.doc and s.claim.certainty in _STATED:
                score = scorer.denies(i, j)
                if score >= best_score:
                    best, best_score = s, score
        if best is None:
            continue
        stated = [it for it in group_of[best.order] if it.claim.certainty in _STATED] or [best]
        values = tuple((it.doc, it.claim.id, f"{it.claim.certainty}: {it.claim.text}",
                        _span(it.claim)) for it in [*stated, d])
        out.append(Contradiction("certainty", best.claim.text, values))
    return out


def _anonymous_count(c: Claim) -> int | None:
    return c.source.count if c.source.kind == "anonymous" else None


def _source_conflicts(groups: list[list[_Item]], items: list[_Item], origins: _Origins,
                      copies: set[str]) -> list[Contradiction]:
    out = []
    compared: set[frozenset[str]] = set()
    for group in groups:
        counted = [it for it in group if _anonymous_count(it.claim)]
        if len({_anonymous_count(it.claim) for it in counted}) > 1:
            out.append(_source_contradiction(counted[0].claim.text, counted))
            compared.update(frozenset((x.doc, y.doc)) for x in counted for y in counted)
    # The lead claim of each origin: in one story, the anonymous sources its
    # first sourced claim rests on speak for the story's main claim.
    leads: dict[str, _Item] = {}
    for it in sorted(items, key=lambda it: (it.doc in copies, it.order)):  # origins first
        root = origins.find(it.doc)
        if root not in leads and _anonymous_count(it.claim):
            leads[root] = it
    firsts = list(leads.values())
    for i, x in enumerate(firsts):
        for y in firsts[i + 1 :]:
            if frozenset((x.doc, y.doc)) in compared or not x.entities & y.entities:
                continue
            if _anonymous_count(x.claim) != _anonymous_count(y.claim):
                out.append(_source_contradiction(x.claim.text, [x, y]))
    return out


def _source_contradiction(about: str, members: list[_Item]) -> Contradiction:
    values = tuple(
        (it.doc, it.claim.id, f"{it.claim.source.text} ({_anonymous_count(it.claim)})",
         _span(it.claim))
        for it in members
    )
    return Contradiction("source_count", about, values)


@dataclass
class _Figure:
    doc: str
    claim: str | None
    quantity: Quantity
    context: frozenset[str]


def _figures(analyses: Sequence[Analysis]) -> list[_Figure]:
    """Every precise figure of the story, with the entities of the claim (or block) it is in."""
    out = []
    for a in analyses:
        in_claim = {i: c for c in a.claims for i in c.quantities}
        for i, q in enumerate(a.quantities):
            if q.value is None or not q.unit or _is_vague(q) or _source_quantity(q, a.claims):
                continue
            claim = in_claim.get(i)
            if claim is not None:
                context = frozenset(claim.entities)
            else:
                blocks = {s.block for s in q.evidence}
                context = frozenset(e.id for e in a.entities
                                    if any(s.block in blocks for s in e.evidence))
            out.append(_Figure(a.article.id, claim.id if claim else None, q, context))
    return out


def _interval(q: Quantity) -> tuple[float, float]:
    v = q.value or 0.0
    return {
        "at_least": (v, math.inf),
        "at_most": (-math.inf, v),
        "range": (v, q.high if q.high is not None else v),
    }.get(q.bound, (v, v))


def _disagree(x: Quantity, y: Quantity) -> bool:
    a, b = x.value or 0.0, y.value or 0.0
    if abs(a - b) > SAME_VALUE * max(abs(a), abs(b)):
        return True
    return {x.bound, y.bound} == {"at_least", "at_most"}  # "no fewer than" vs "as many as"


def _quantity_conflicts(analyses: Sequence[Analysis]) -> list[Contradiction]:
    figures = _figures(analyses)
    parent = list(range(len(figures)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, x in enumerate(figures):
        for j in range(i + 1, len(figures)):
            y = figures[j]
            if x.quantity.unit != y.quantity.unit or not x.context or not y.context:
                continue
            shared = len(x.context & y.context) / min(len(x.context), len(y.context))
            if shared >= 0.5:
                parent[find(j)] = find(i)
    clusters: dict[int, list[_Figure]] = {}
    for i, f in enumerate(figures):
        clusters.setdefault(find(i), []).append(f)
    out = []
    for cluster in clusters.values():
        if len({f.doc for f in cluster}) < 2:
            continue
        if not any(_disagree(x.quantity, y.quantity) for x in cluster for y in cluster
                   if x.doc != y.doc):
            continue
        first = cluster[0].quantity
        values = tuple((f.doc, f.claim, f"{f.quantity.text} [{f.quantity.bound}]",
                        f.quantity.evidence[0] if f.quantity.evidence else None)
                       for f in cluster)
        about = f"{first.unit}" + (f" ({first.of})" if first.of else "")
        out.append(Contradiction("quantity", about, values))
    return out


def corroborate(
    analyses: Sequence[Analysis], links: Sequence[ProvenanceLink]
) -> tuple[list[StoryClaim], list[Contradiction]]:
    """Claims of the story with their independent-origin counts, and where pages disagree."""
    docs = [a.article.id for a in analyses]
    origins = _Origins(docs)
    for ln in links:
        origins.union(ln.copy, ln.origin)
    items = _items(analyses)
    scorer = _Scorer(items, links)
    groups = _groups(scorer) if items else []
    copies = {ln.copy for ln in links}
    claims = [_story_claim(g, origins, copies) for g in groups]
    order = {id(g[0]): g[0].order for g in groups}
    ranked = sorted(zip(claims, groups, strict=True),
                    key=lambda cg: (-cg[0].independent, -len(cg[0].members), order[id(cg[1][0])]))
    contradictions = [
        *_quantity_conflicts(analyses),
        *_certainty_conflicts(groups, scorer),
        *_source_conflicts(groups, items, origins, copies),
    ]
    return [c for c, _ in ranked], contradictions
