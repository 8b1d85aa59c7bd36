"""Places named in the page, resolved offline to coordinates (``nlp.gazetteer``).

Candidates are the model's place entities; each is resolved with the page's
countries as context (a "Paris" on a page about Texas) and, failing that, by
population.  A region phrase is read whole ("la région de Koursk", "the Kursk
region"), so the region comes out, not its city.  Unknown places stay
unresolved: they keep their name and get no coordinates.  A big city that the
model took for a person ("Kyiv said", "Kharkiv was shelled") is a place again,
unless the page uses the word in a person's name (:func:`persons_read_as_places`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from newstrace import lexicons
from newstrace.model import Place
from newstrace.nlp import actors
from newstrace.nlp.gazetteer import PlaceHit, capital_country, resolve_place
from newstrace.nlp.parse import ParsedBlock

PLACE_LABELS = {"LOC", "GPE", "FAC"}
PERSON_LABELS = {"PER", "PERSON"}
#: A one-word "person" that is a city this big (or a capital) is read as the city: the
#: model takes "Kyiv", "Kharkiv", "Kursk" for people; "Florence" or "Jordan" as first names
#: are kept by the other tests of :func:`persons_read_as_places`.
MIN_PERSON_AS_CITY_POPULATION = 100_000
_POSSESSIVE = {"'s", "’s", "'", "’"}
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


def trimmed(ent):  # type: ignore[no-untyped-def]
    """The entity without a trailing possessive or score ("McConnell's", "Jarry 6-4"), or None.

    The model often keeps them inside the name; the name is the words before.
    """
    doc, end = ent.doc, ent.end
    while end > ent.start:
        last = doc[end - 1].text
        if last in ("'", "’") and not (end - 2 >= ent.start and doc[end - 2].text.endswith("s")):
            break  # a closing quote ("An 'Oxygen Bar'"), not "Kyrgios'"
        if last not in _POSSESSIVE and any(ch.isalpha() for ch in last):
            break
        end -= 1
    return doc[ent.start:end] if end > ent.start else None


def _titles(language: str | None) -> frozenset[str]:
    return frozenset(t.lower() for t in lexicons.load(language).get("names", {}).get("titles", ()))


def titles(language: str | None) -> frozenset[str]:
    """Words that come before a name without being part of it ("President", "Mr.", "général")."""
    return _titles(language) | _titles(None)


def abbreviated_titles(language: str | None) -> frozenset[str]:
    """Titles written short without a full stop ("Cllr", "Mme"): inside a name the model
    read as a body's, they still make it a person's (a title with a full stop is short
    by its spelling)."""
    return frozenset(t.lower() for t in lexicons.load(language).get("names", {}).get(
        "abbreviated_titles", ()))


def person_name_words(parsed: list[ParsedBlock]) -> frozenset[str]:
    """Every word of a person's name of two words or more in the page (model or actors table).

    A word in there is a name on this page: "Paris" after "Paris Hilton", "Jordan" after
    "Michael Jordan" is the person again, not the city or the country.
    """
    words: set[str] = set()
    for pb in parsed:
        lang = pb.block.language
        skip = titles(lang)
        if pb.doc is not None:
            for ent in pb.doc.ents:
                name = trimmed(ent) if ent.label_ in PERSON_LABELS else None
                if name is not None and len(name) > 1:
                    words.update(t.text for t in name if t.text.lower() not in skip)
        for m in actors.alias_pattern().finditer(pb.norm.text):
            actor = actors.lookup(m.group(0))
            if actor is not None and actor.type == "person" and " " in m.group(0):
                words.update(m.group(0).split())
    return frozenset(words)


def _person_neighbour(tok) -> bool:  # type: ignore[no-untyped-def]
    """A capitalised name or title right beside the word ("Mr. Kyiv", "Kyiv Mayor")."""
    return tok.text[:1].isupper() and tok.pos_ == "PROPN" and tok.ent_type_ in ("", *PERSON_LABELS)


def _is_big_city(hit: PlaceHit | None, name: str, language: str | None) -> bool:
    if hit is None or hit.precision != "city":
        return False
    if (hit.population or 0) >= MIN_PERSON_AS_CITY_POPULATION:
        return True
    return capital_country(name, language) is not None


def persons_read_as_places(parsed: list[ParsedBlock], *, language: str | None,
                           ) -> frozenset[tuple[str, int, int]]:
    """One-word "persons" of the model that are big cities: (block id, start, end) of each.

    The model reads "Kyiv", "Kharkiv", "Kursk" as people, mostly at the start of a
    sentence.  Such a word becomes a place only when it is a capital or a city of
    100,000 or more, is no word of a person's fuller name on the page ("Paris Hilton",
    "Florence Parly", "Michael Jordan"), has no capitalised name or title beside it
    ("Mr. Kyiv", "Hurricane Florence"), and is not followed by an age ("Sofia, 34,").
    """
    names = person_name_words(parsed)
    out: set[tuple[str, int, int]] = set()
    for pb in parsed:
        if pb.doc is None:
            continue
        lang = pb.block.language or language
        doc = pb.doc
        for ent in doc.ents:
            if ent.label_ not in PERSON_LABELS:
                continue
            name = trimmed(ent)
            if name is None or len(name) != 1:
                continue
            tok = name[0]
            if not tok.is_alpha or not tok.text[:1].isupper() or tok.text in names:
                continue
            before = doc[tok.i - 1] if tok.i > 0 else None
            after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if any(t is not None and _person_neighbour(t) for t in (before, after)):
                continue
            if after is not None and after.text == "," and tok.i + 2 < len(doc) \
                    and doc[tok.i + 2].like_num:
                continue
            if _is_big_city(_resolve(tok.text, lang, frozenset()), tok.text, lang):
                out.add((pb.block.id, tok.idx, tok.idx + len(tok.text)))
    return frozenset(out)


def place_mentions(parsed: list[ParsedBlock], *, language: str | None,
                   countries: frozenset[str],
                   persons: frozenset[tuple[str, int, int]] = frozenset()) -> list[PlaceMention]:
    """Every place entity of the parsed blocks, resolved (``hit`` None when unknown).

    ``persons`` are the model's "persons" that are places (:func:`persons_read_as_places`).
    """
    out = []
    for pb in parsed:
        if pb.doc is None:
            continue
        lang = pb.block.language or language
        for ent in pb.doc.ents:
            if ent.label_ in PERSON_LABELS:
                name = trimmed(ent)
                if name is None or (pb.block.id, name.start_char, name.end_char) not in persons:
                    continue
                ent = name
            elif ent.label_ not in PLACE_LABELS:
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
