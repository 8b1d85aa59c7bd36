"""Places named in the page, resolved offline to coordinates (``nlp.gazetteer``).

Candidates are the model's place entities; each is resolved with the page's
countries as context (a "Paris" on a page about Texas) and, failing that, by
population.  A region phrase is read whole ("la région de Koursk", "the Kursk
region"), so the region comes out, not its city.  Unknown places stay
unresolved: they keep their name and get no coordinates.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from newstrace.model import Place
from newstrace.nlp.gazetteer import PlaceHit, resolve_place
from newstrace.nlp.parse import ParsedBlock

PLACE_LABELS = {"LOC", "GPE", "FAC"}
#: How many tokens before ("l'oblast de") or after ("border region") a name may make it
#: a region phrase.
_REACH = 3
_AFTER = 2


@dataclass(frozen=True, slots=True)
class PlaceMention:
    parsed: ParsedBlock
    start: int
    end: int
    hit: PlaceHit | None
    root_dep: str


@lru_cache(maxsize=4096)
def _resolve(name: str, language: str | None, countries: frozenset[str]) -> PlaceHit | None:
    return resolve_place(name, language=language, countries=countries)


def _region_phrase(pb: ParsedBlock, ent, language: str | None,  # type: ignore[no-untyped-def]
                   countries: frozenset[str]) -> tuple[int, int, PlaceHit] | None:
    """A wider phrase around the name that the gazetteer reads as a region, if any."""
    doc = pb.doc
    for before in range(_REACH, -1, -1):
        for after in range(_AFTER, -1, -1):
            if before == after == 0:
                continue
            lo, hi = max(0, ent.start - before), min(len(doc), ent.end + after)
            if any(t.is_punct for t in doc[lo:hi]):
                continue
            phrase = doc[lo:hi]
            hit = _resolve(phrase.text, language, countries)
            if hit is not None and hit.precision == "region":
                return phrase.start_char, phrase.end_char, hit
    return None


def place_mentions(parsed: list[ParsedBlock], *, language: str | None,
                   countries: frozenset[str]) -> list[PlaceMention]:
    """Every place entity of the parsed blocks, resolved (``hit`` None when unknown)."""
    out = []
    for pb in parsed:
        if pb.doc is None:
            continue
        lang = pb.block.language or language
        for ent in pb.doc.ents:
            if ent.label_ not in PLACE_LABELS:
                continue
            region = _region_phrase(pb, ent, lang, countries)
            if region is not None:
                start, end, hit = region
            else:
                start, end = ent.start_char, ent.end_char
                hit = _resolve(ent.text.strip(), lang, countries)
            out.append(PlaceMention(pb, start, end, hit, ent.root.dep_))
    return out


def places_from(mentions: list[PlaceMention]) -> list[Place]:
    """One Place per resolved place and context, with every mention as evidence."""
    merged: dict[tuple[str, str], Place] = {}
    for m in mentions:
        if m.hit is None:
            continue
        key = (m.hit.canonical, m.parsed.context)
        span = m.parsed.span(m.start, m.end)
        if key in merged:
            old = merged[key]
            merged[key] = Place(old.name, old.canonical, old.lat, old.lon, old.country,
                                old.precision, old.context, (*old.evidence, span))
            continue
        name = m.parsed.norm.original[span.start : span.end]
        merged[key] = Place(name, m.hit.canonical, m.hit.lat, m.hit.lon, m.hit.country,
                            m.hit.precision, m.parsed.context, (span,))  # type: ignore[arg-type]
    return list(merged.values())
