"""Entities: people, organisations, countries and places, one canonical name across languages.

Sources of mentions, in order of trust:
1. the actors table (``data/actors.toml``): "Poutine", "Putin", "Путин" are one
   Vladimir Putin; "OTAN" is NATO;
2. the spaCy model's named entities, for everyone else;
3. country names, demonyms and adjectives ("nord-coréens", "américain") read to
   their country (``nlp.countries``), and capitals or seats of power acting as
   governments ("Moscou constate", "accordé à Kiev", "the Kremlin said").

Short forms are the person the page last named in full ("Schmidt" = "Milos
Schmidt"; "Clinton" after "Hillary Clinton" is her, not the table's Bill
Clinton): page-local coreference beats the global table.  A big city the model
took for a person ("Kyiv", "Kharkiv") is a place, unless the page uses the word
in a person's name; a possessive or a score the model left in a name is cut off
("Mitch McConnell's").  A byline names an author, who reports and is never an
actor: the author gets ``role="author"``.

Besides the entities, the analyzer returns every mention with its offsets, so
claims and events can tell which entity a word denotes.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from newstrace import lexicons
from newstrace.analyze.places import (
    PLACE_LABELS,
    PlaceMention,
    abbreviated_titles,
    person_name_words,
    persons_read_as_places,
    place_mentions,
    places_from,
    titles,
    trimmed,
)
from newstrace.model import Article, DateWindow, Entity, Place, Span
from newstrace.nlp import actors
from newstrace.nlp.countries import country_of, metonym_country
from newstrace.nlp.dates import fold
from newstrace.nlp.parse import ParsedBlock

PERSON_LABELS = {"PER", "PERSON"}
ORG_LABELS = {"ORG"}
GROUP_LABELS = {"NORP", "MISC"}
#: Dependency relations through which a capital acts ("Moscou constate", "accordé à Kiev").
ACTING_DEPS = {"nsubj", "nsubj:pass", "nsubjpass", "obl:arg", "iobj", "obj", "dobj", "agent",
               "obl:agent", "pobj", "dative"}
_LEADING = re.compile(r"^(?:l['’]|la |le |les |the |der |die |das |el |los |las )", re.I)
_NAME_SHAPE = re.compile(r"^[A-ZÀ-ÖØ-Þ][\w.'’-]+(?: [A-ZÀ-ÖØ-Þ][\w.'’-]+){1,3}$")


@dataclass(frozen=True, slots=True)
class Mention:
    """One place where an entity is named: offsets in the block's normalised text."""

    block: str
    start: int
    end: int
    entity: str
    how: str  # "table" | "ner" | "country" | "demonym" | "metonym" | "byline"


@dataclass(slots=True)
class EntityIndex:
    entities: list[Entity]
    mentions: list[Mention]
    date_hints: list[DateWindow] = field(default_factory=list)

    _by_block: dict[str, list[Mention]] | None = None

    def at(self, block: str, start: int, end: int) -> list[str]:
        """Entity ids named inside ``[start, end)`` of a block's normalised text."""
        return [m.entity for m in self.mentions_at(block, start, end)]

    def mentions_at(self, block: str, start: int, end: int) -> list[Mention]:
        """The mentions overlapping ``[start, end)`` of a block's normalised text (looked
        up by block, not over the whole page)."""
        if self._by_block is None:
            self._by_block = {}
            for m in self.mentions:
                self._by_block.setdefault(m.block, []).append(m)
        return [m for m in self._by_block.get(block, ()) if m.start < end and start < m.end]


@dataclass(slots=True)
class _Draft:
    id: str
    canonical: str
    type: str
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    names: list[str] = field(default_factory=list)
    proper: list[str] = field(default_factory=list)  # surfaces that are names, not adjectives
    spans: list[Span] = field(default_factory=list)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


def _strip_leading(text: str) -> str:
    return _LEADING.sub("", text).strip()


class _Collector:
    def __init__(self, article: Article) -> None:
        self.article = article
        self.drafts: dict[str, _Draft] = {}
        self.mentions: list[Mention] = []
        self.taken: dict[str, list[tuple[int, int]]] = defaultdict(list)
        self.hints: list[DateWindow] = []
        #: Evidence and surface of each mention, to move it when a short name is resolved.
        self.evidence: dict[Mention, tuple[Span, str]] = {}

    def free(self, block: str, start: int, end: int) -> bool:
        return not any(s < end and start < e for s, e in self.taken[block])

    def add(self, pb: ParsedBlock, start: int, end: int, draft: _Draft, how: str) -> None:
        known = self.drafts.setdefault(draft.id, draft)
        surface = pb.norm.original[slice(*pb.norm.to_original(start, end))]
        if surface not in known.names:
            known.names.append(surface)
        if how != "demonym":
            known.proper.append(surface)
        span = pb.span(start, end)
        if span not in known.spans:
            known.spans.append(span)
        mention = Mention(pb.block.id, start, end, draft.id, how)
        self.mentions.append(mention)
        self.evidence[mention] = (span, surface)
        self.taken[pb.block.id].append((start, end))


def _actor_draft(actor: actors.Actor, role: actors.Role | None) -> _Draft:
    return _Draft(
        actor.id, actor.name, actor.type, actor.country,
        (role.sector if role else None) or actor.sector, role.role if role else None,
    )


def _country_draft(country) -> _Draft:  # type: ignore[no-untyped-def]
    return _Draft(f"country:{country.iso3}", country.name, "country", country.iso3, "GOV")


def _in_other_name(pb: ParsedBlock, start: int, end: int, actor: actors.Actor,
                   language: str | None) -> bool:
    """A one-word alias inside the model's name of someone else: "Clinton" in "Hillary Clinton".

    The table knows Bill Clinton as "Clinton"; in "Hillary Clinton" the word before is a
    given name that is none of his, so the name is another person's ("President Clinton"
    and "William Clinton" are still his: a title is not a given name).
    """
    if pb.doc is None or actor.type != "person" or " " in pb.norm.text[start:end]:
        return False
    own = {w for n in (actor.name, *actor.aliases) for w in n.split()}
    skip = titles(language)
    for ent in pb.doc.ents:
        if ent.label_ in PERSON_LABELS and ent.start_char < start and end <= ent.end_char:
            return any(t.idx < start and t.is_alpha and t.text[:1].isupper()
                       and t.text.lower() not in skip and t.text not in own for t in ent)
    return False


def _table_pass(c: _Collector, pb: ParsedBlock, day: str | None, language: str | None) -> None:
    text = pb.norm.text
    for m in actors.alias_pattern().finditer(text):
        actor = actors.lookup(m.group(0))
        if actor is None or _in_other_name(pb, m.start(), m.end(), actor, language):
            continue
        before = fold(text[max(0, m.start() - 40) : m.start()])
        role = None
        for r in actor.roles:
            if r.cues and any(fold(cue) in before for cue in r.cues):
                role = r
                c.hints.append(DateWindow(r.start, r.end, (pb.span(m.start(), m.end()),)))
        role = role or actor.role_on(day)
        c.add(pb, m.start(), m.end(), _actor_draft(actor, role), "table")


def _ner_pass(c: _Collector, pb: ParsedBlock, language: str | None,
              names: frozenset[str], places: frozenset[tuple[str, int, int]]) -> None:
    """Countries, people and organisations from NER (places come after, see _place_pass).

    ``names`` are the words of the page's full names of people: a one-word "person" among
    them is that person, never a country ("Jordan" after "Michael Jordan"); ``places`` are
    the "persons" that are big cities, left to the place pass.
    """
    if pb.doc is None:
        return
    for ent in pb.doc.ents:
        label = ent.label_
        if label in PERSON_LABELS | ORG_LABELS:
            ent = trimmed(ent)  # "Mitch McConnell's", "Nicolas Jarry 6-4": the name before
            if ent is None or (pb.block.id, ent.start_char, ent.end_char) in places:
                continue
        start, end = ent.start_char, ent.end_char
        if not c.free(pb.block.id, start, end):
            continue
        text = ent.text.strip()
        country = country_of(text, language)
        if country is not None and label in PERSON_LABELS and text in names:
            country = None
        if country is not None and (label in PLACE_LABELS | GROUP_LABELS or (
                label in PERSON_LABELS | ORG_LABELS and text[:1].isupper())):
            # A country's whole name the model took for a person or a body ("Sri Lanka has
            # established ties", "Benin opened its borders") is the country.
            c.add(pb, start, end, _country_draft(country), "country")
        elif label in PERSON_LABELS and "Plur" in ent[-1].morph.get("Number"):
            continue  # "Bosnian Serbs": a people, not a person; the demonym pass reads it
        elif (label in PERSON_LABELS and not _common_word_in(text)) or (
                label in ORG_LABELS and (_titled_name(ent, language) or _aged(ent))):
            name = _strip_leading(text)
            if len(name) > 1 and name[0].isupper():
                c.add(pb, start, end, _Draft(f"person:{_slug(name)}", name, "person"), "ner")
        elif label in ORG_LABELS or label in PERSON_LABELS:
            # ("Santé publique France", "l'Union étudiante": a common word inside the name
            # makes a "person" of the model a body)
            name = _strip_leading(text)
            if len(name) > 1:
                draft = _Draft(f"org:{_slug(name)}", name, "organization",
                               _org_country(ent, language))
                c.add(pb, start, end, draft, "ner")


#: Lowercase words a person's name may hold ("Charles de Gaulle", "Ursula von der Leyen").
_NAME_PARTICLES = frozenset({
    "de", "du", "des", "d'", "d’", "la", "le", "les", "van", "von", "der", "den", "di", "da",
    "do", "dos", "das", "del", "della", "bin", "ibn", "bint", "al", "el", "ben", "y", "e",
    "zu", "ter", "ten", "op", "af", "st", "mc", "et", "and"})


def _common_word_in(name: str) -> bool:
    """Whether a name holds a lowercase word that is no particle of a person's name
    ("Santé publique France"): then it names a body, not a person."""
    words = _strip_leading(name).split()
    return any(w[:1].islower() and w.lower() not in _NAME_PARTICLES
               and not re.match(r"^[a-z]{1,3}[-'’][A-Z]", w)  # ("al-Assad", "d'Estaing")
               for w in words[1:])


def _aged(ent) -> bool:  # type: ignore[no-untyped-def]
    """Whether a name of two words or more is followed by an age set off by commas
    ("Elena Varga, 34, a Hungarian-born violinist"): a person, whatever the model read.
    (One word could be a body's: "Ikea, 80, ..." reads a founding age as well.)"""
    doc = ent.doc
    after = doc[ent.end : ent.end + 3]
    return len(ent) > 1 and len(after) == 3 and after[0].text == "," and \
        after[1].text.isdigit() and 0 < int(after[1].text) < 120 and after[2].text in (",", ")")


def _titled_name(ent, language: str | None) -> bool:  # type: ignore[no-untyped-def]
    """A name the model took for a body but a title introduces ("President Camila
    Ortúzar", "the president, Camila Ortúzar,") or follows set off by a comma ("Iain
    MacRae, leader of ..."): a person.  Only a name's shape, two to four capitalised
    words, so "Minister ... Foreign Office" stays a body."""
    doc, skip = ent.doc, titles(language)
    if len(ent) > 2 and doc[ent.start].pos_ == "DET":
        ent = doc[ent.start + 1 : ent.end]  # ("the Rev Anne Whitlow": past the article)
    if not _NAME_SHAPE.match(ent.text.strip()):
        return False
    first = doc[ent.start]
    if len(ent) > 1 and first.lower_ in skip and (
            first.text.endswith(".") or first.lower_ in abbreviated_titles(language)):
        return True  # "Cllr Finch", "Dr. Amara Osei": an abbreviated title inside the name
    after = [t for t in doc[ent.end : ent.end + 3] if t.pos_ != "DET"]
    if len(ent) > 1 and len(after) > 1 and after[0].text == "," and \
            after[1].lower_ in skip and after[1].pos_ == "NOUN":
        return True  # "said Iain MacRae, leader of the Glen Arran Mountain Rescue Team"
    if ent.start == 0:
        return False
    before = doc[ent.start - 1]
    if before.text == "," and ent.start > 1:
        before = doc[ent.start - 2]
    return before.lower_ in skip and before.pos_ in ("NOUN", "PROPN")


def _org_country(ent, language: str | None) -> str | None:  # type: ignore[no-untyped-def]
    """The country an organisation's own name carries: "the Latvian Constitutional Court",
    "Nigerian Union of Teachers", "Ivory Coast's Supreme Court", "Banque de France"."""
    for tok in ent:
        if tok.pos_ in ("ADJ", "PROPN", "NOUN") and (tok.is_alpha or "-" in tok.text):
            country = _country_of(tok.text, language)
            if country is not None:
                return country.iso3
    for size in (3, 2):  # names of several words ("Ivory Coast", "Sri Lanka")
        for i in range(len(ent) - size + 1):
            country = _country_of(ent[i : i + size].text, language)
            if country is not None:
                return country.iso3
    return None


@lru_cache(maxsize=65536)
def _country_of(word: str, language: str | None):  # type: ignore[no-untyped-def]
    return country_of(word, language)


def _aged_name_pass(c: _Collector, pb: ParsedBlock) -> None:
    """People the NER left out whose name an age set off by commas follows ("Ellie Marsh,
    27, who trained for four years ..."): two or three capitalised proper nouns, then
    ", 27,", as ``_aged`` reads a body's name the model gave a person's age."""
    if pb.doc is None:
        return
    doc = pb.doc
    for i, tok in enumerate(doc):
        if tok.pos_ != "PROPN" or not tok.is_title or (
                i > 0 and doc[i - 1].pos_ == "PROPN" and doc[i - 1].is_title):
            continue
        k = next((k for k in (2, 3) if i + k <= len(doc)
                  and all(t.pos_ == "PROPN" and t.is_title for t in doc[i : i + k])
                  and _aged(doc[i : i + k])), None)
        if k is None:
            continue
        start, end = tok.idx, doc[i + k - 1].idx + len(doc[i + k - 1].text)
        if c.free(pb.block.id, start, end):
            name = pb.norm.text[start:end]
            c.add(pb, start, end, _Draft(f"person:{_slug(name)}", name, "person"), "ner")


def _demonym_pass(c: _Collector, pb: ParsedBlock, language: str | None) -> None:
    """Country names and adjectives the NER left out ("nord-coréens", "américaine")."""
    if pb.doc is None:
        return
    for tok in pb.doc:
        if tok.pos_ not in ("ADJ", "NOUN", "PROPN") or (
            not tok.is_alpha and "-" not in tok.text
        ):
            continue
        start, end = tok.idx, tok.idx + len(tok.text)
        if not c.free(pb.block.id, start, end):
            continue
        country = _country_of(tok.text, language)
        if country is not None:
            c.add(pb, start, end, _country_draft(country), "demonym")


def _place_pass(c: _Collector, mentions: list[PlaceMention], language: str | None) -> None:
    for m in mentions:
        pb = m.parsed
        if m.hit is None or not c.free(pb.block.id, m.start, m.end):
            continue
        hit = m.hit
        draft = _Draft(f"place:{hit.geonameid or _slug(hit.canonical)}", hit.canonical, "place",
                       hit.country)
        c.add(pb, m.start, m.end, draft, "ner")
        text = pb.norm.text[m.start : m.end]
        seat = metonym_country(text, pb.block.language or language)
        if seat is not None and m.root_dep in ACTING_DEPS:
            country = _country_draft(seat)
            known = c.drafts.setdefault(country.id, country)
            known.spans.append(pb.span(m.start, m.end))
            c.mentions.append(Mention(pb.block.id, m.start, m.end, country.id, "metonym"))


def _name_words(surface: str, skip: frozenset[str]) -> frozenset[str]:
    """The words of a person's name as written, without titles or a leading article."""
    return frozenset(w for w in _strip_leading(surface).split() if w.lower() not in skip)


def _resolve_short_names(c: _Collector, parsed: list[ParsedBlock]) -> None:
    """A short name ("Clinton", "Schmidt") is the person the page last named in full.

    Page-local coreference beats the actors table: after "Hillary Clinton", "Clinton" is
    her, not the table's Bill Clinton.  Each short mention goes to the person whose
    fuller name (its words a strict superset) was written most recently before it; with
    none before (a headline), to the first one after; with none at all, it stays as read.
    People left with no mention (the table's namesake) are dropped.
    """
    order = {pb.block.id: i for i, pb in enumerate(parsed)}
    lang = {pb.block.id: pb.block.language or c.article.language for pb in parsed}
    people = {d.id for d in c.drafts.values() if d.type == "person"}
    spoken = [m for m in c.mentions if m.entity in people and m in c.evidence]
    words = {m: _name_words(c.evidence[m][1], titles(lang.get(m.block))) for m in spoken}
    # A fuller name may carry a title: "Andrew" is "Prince Andrew" when no other fits.
    written = {m: _name_words(c.evidence[m][1], frozenset()) for m in spoken}
    full = sorted(((order.get(m.block, -1), m.start), m.entity, written[m])
                  for m in spoken if len(written[m]) > 1)
    moved: dict[Mention, str] = {}
    for m in spoken:
        short = words[m]
        if not short:
            continue
        fits = [(pos, entity) for pos, entity, w in full if short < w]
        if not fits:
            continue
        here = (order.get(m.block, -1), m.start)
        before = [f for f in fits if f[0] < here]
        target = before[-1][1] if before else fits[0][1]
        if target != m.entity:
            moved[m] = target
    _move(c, moved)


def _surname_read_as_body(c: _Collector) -> None:
    """A lone surname the model read as a body, on a page that names a person of that
    surname in full ("Thibault Marchetti", then "Marchetti could also face charges" read
    as an organisation), is that person: the short-name pass then joins it to them; so
    is a lone given name that only one person named in full on the page bears ("Amira
    Shah", then "Amira told reporters", as pages name children and neighbours).  (A
    one-word name read both ways with no full name, "Chirp", is left as read: companies
    are often read as people.)"""
    names = {d.id: d.canonical.split() for d in c.drafts.values()
             if d.type == "person" and len(d.canonical.split()) > 1}
    given = Counter(words[0] for words in names.values())
    # (a surname wins over a given name spelt the same)
    short = {**{words[0]: id_ for id_, words in names.items() if given[words[0]] == 1},
             **{words[-1]: id_ for id_, words in names.items()}}
    moved: dict[Mention, str] = {}
    for d in c.drafts.values():
        if d.type == "organization" and d.canonical in short:
            moved.update({m: short[d.canonical] for m in c.mentions
                          if m in c.evidence and m.entity == d.id})
    _move(c, moved)


@lru_cache(maxsize=16)
def _after_body_noun(language: str | None) -> re.Pattern[str] | None:
    """A folded text that ends on one of the language's ``[names] body_nouns``."""
    nouns = sorted({fold(t) for t in lexicons.load(language).get("names", {}).get(
        "body_nouns", ())}, key=len, reverse=True)
    return re.compile(rf"(?:^|[\s'’])(?:{'|'.join(map(re.escape, nouns))})$") if nouns else None


def _body_read_as_person(c: _Collector, parsed: list[ParsedBlock]) -> None:
    """A name the model read as a person's that the page introduces with a body's noun
    right before the name (``[names] body_nouns``: "la compagnie Armor Liaisons", "le
    bailleur social Isère Habitat Solidaire", "the cruise line Meridian"; not "l'exploitant,
    Karim Benali", a person set off after a post) is that body, everywhere on the page
    ("Dans un communiqué, Armor Liaisons a indiqué ...")."""
    moved: dict[Mention, str] = {}
    for d in list(c.drafts.values()):
        if d.type != "person" or len(d.canonical) < 3:
            continue
        # (wherever the page writes the name, the model may not have read it there)
        name = re.compile(rf"\b{re.escape(d.canonical)}\b")
        if any((noun := _after_body_noun(pb.block.language or c.article.language)) is not None
               and noun.search(fold(pb.norm.text[max(0, at.start() - 40) : at.start()]).rstrip(" "))
               for pb in parsed for at in name.finditer(pb.norm.text)):
            target = f"org:{_slug(d.canonical)}"
            c.drafts.setdefault(target, _Draft(target, d.canonical, "organization"))
            moved.update({m: target for m in c.mentions
                          if m.entity == d.id and m in c.evidence})
    _move(c, moved)


def _move(c: _Collector, moved: dict[Mention, str]) -> None:
    """Give each mention of ``moved`` to its new entity, with its evidence and surface, and
    drop an entity left with no mention."""
    if not moved:
        return
    for m, target in moved.items():
        span, surface = c.evidence.pop(m)
        new = Mention(m.block, m.start, m.end, target, m.how)
        c.evidence[new] = (span, surface)
        draft = c.drafts[target]
        if span not in draft.spans:
            draft.spans.append(span)
        if surface not in draft.names:
            draft.names.append(surface)
        draft.proper.append(surface)
    c.mentions = [Mention(m.block, m.start, m.end, moved[m], m.how) if m in moved else m
                  for m in c.mentions]
    for old in {m.entity for m in moved}:
        kept = [m for m in c.mentions if m.entity == old]
        if not kept:
            del c.drafts[old]
            continue
        draft = c.drafts[old]
        left = [c.evidence[m] for m in kept if m in c.evidence]
        draft.spans = [s for s in draft.spans if s in {e[0] for e in left}]
        draft.names = [n for n in draft.names if n in {e[1] for e in left}]
        draft.proper = [n for n in draft.proper if n in {e[1] for e in left}]


def _byline(c: _Collector, article: Article) -> None:
    for b in article.blocks:
        if b.kind != "byline":
            continue
        name = b.text.strip()
        name = re.sub(r"^(?:par|by|von|por|di|door)\s+", "", name, flags=re.I).split(",")[0]
        if not _NAME_SHAPE.match(name):
            continue
        start = b.text.index(name)
        actor = actors.lookup(name)
        draft_id = actor.id if actor else f"person:{_slug(name)}"
        draft = c.drafts.setdefault(
            draft_id, _Draft(draft_id, actor.name if actor else name, "person",
                             actor.country if actor else None)
        )
        draft.role = "author"
        draft.names.append(name)
        draft.spans.append(Span(b.id, start, start + len(name)))
        c.mentions.append(Mention(b.id, start, start + len(name), draft_id, "byline"))


def _display_name(d: _Draft) -> str:
    """The page's own name for the entity: its most frequent proper form, then the longest."""
    if d.proper:
        counts = {n: d.proper.count(n) for n in d.proper}
        return max(counts, key=lambda n: (counts[n], len(n)))
    return max(d.names, key=len) if d.names else d.canonical


def entities_in(parsed: list[ParsedBlock], article: Article) -> tuple[EntityIndex, list[Place]]:
    """Every entity of the page with all its evidence, and every mention with its offsets."""
    c = _Collector(article)
    names = person_name_words(parsed)
    misread = persons_read_as_places(parsed, language=article.language)
    for pb in parsed:
        language = pb.block.language or article.language
        _table_pass(c, pb, article.published, language)
        _ner_pass(c, pb, language, names, misread)
        _aged_name_pass(c, pb)
        _demonym_pass(c, pb, language)
    countries = frozenset(
        d.country for d in c.drafts.values() if d.type == "country" and d.country
    )
    places = place_mentions(parsed, language=article.language, countries=countries,
                            persons=misread)
    _place_pass(c, places, article.language)
    _surname_read_as_body(c)
    _body_read_as_person(c, parsed)
    _resolve_short_names(c, parsed)
    _byline(c, article)
    entities = [
        Entity(
            id=d.id,
            name=_display_name(d),
            canonical=d.canonical,
            type=d.type,  # type: ignore[arg-type]
            country=d.country,
            evidence=tuple(d.spans),
            sector=d.sector,
            role=d.role,
        )
        for d in c.drafts.values()
    ]
    return EntityIndex(entities, c.mentions, c.hints), places_from(places)
