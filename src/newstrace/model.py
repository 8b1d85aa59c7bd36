"""The one vocabulary every stage shares.

Stages talk to each other only through these records: ingest produces a
:class:`RawDocument`, extract turns it into an :class:`Article` of typed
:class:`Block` s, the analyzers add findings (:class:`Entity`, :class:`Place`,
:class:`Time`, :class:`Quantity`, :class:`Claim`, :class:`Event`), and the
ledger stores an :class:`Analysis`.  Every finding carries the :class:`Span` s
it was read from, so that a reader can always go back to the words.

Records are frozen dataclasses: a stage never mutates what another stage
produced, it returns new records (``dataclasses.replace``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

BlockKind = Literal[
    "title",
    "byline",
    "standfirst",
    "paragraph",
    "subheading",
    "caption",
    "boilerplate",
    "comment",
]
BLOCK_KINDS: tuple[str, ...] = BlockKind.__args__  # type: ignore[attr-defined]

#: Kinds whose text is the article body, in reading order (``Article.text``).
BODY_KINDS: frozenset[str] = frozenset({"standfirst", "paragraph", "subheading"})

MediaType = Literal["html", "text"]


@dataclass(frozen=True, slots=True)
class Span:
    """A run of characters ``[start, end)`` in the text of one block.

    Offsets are relative to ``Block.text`` (which is itself an exact slice of
    ``Article.source_text``), so the web view can highlight evidence inside
    the block it shows without knowing the rest of the page.
    """

    block: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class RawDocument:
    """A page as it arrived, before any interpretation.

    ``data`` is kept as bytes so that encoding detection happens once, in one
    place (``ingest.decode``), whatever the entry point was.
    """

    source: str
    """Where the page came from: a file path, ``file.jsonl:LINE``, a feed or archive."""
    data: bytes
    media_type: MediaType
    url: str | None = None
    published: str | None = None
    """A publication date given from outside the page (JSONL field, CLI option)."""
    site: str | None = None
    fetched_at: str | None = None


@dataclass(frozen=True, slots=True)
class Block:
    """One typed piece of a page: title, paragraph, caption, boilerplate...

    ``start``/``end`` locate the block in ``Article.source_text``;
    ``duplicate_of`` names an earlier block this one repeats (a caption shown
    twice, a standfirst restated further down), so later stages count it once.
    ``cues`` say why the block got its kind, for a reviewer.
    """

    id: str
    kind: BlockKind
    text: str
    start: int
    end: int
    language: str | None = None
    duplicate_of: str | None = None
    cues: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class DateWindow:
    """An honest publication window when no exact date is known.

    Either bound may be ``None`` (unknown).  ``evidence`` lists the spans the
    bounds were read from.
    """

    not_before: str | None
    not_after: str | None
    evidence: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class Article:
    """What extraction made of a page: typed blocks plus metadata."""

    id: str
    source: str
    source_text: str
    """The text the blocks slice: the decoded file for scraped text, the
    extracted page text (blocks joined by blank lines) for HTML."""
    blocks: tuple[Block, ...]
    url: str | None = None
    title: str | None = None
    byline: str | None = None
    published: str | None = None
    published_window: DateWindow | None = None
    site: str | None = None
    language: str | None = None
    extractor: str = ""
    content_hash: str = ""

    @property
    def body_blocks(self) -> tuple[Block, ...]:
        return tuple(b for b in self.blocks if b.kind in BODY_KINDS)

    @property
    def text(self) -> str:
        """The article body alone, in reading order, one block per paragraph."""
        return "\n\n".join(b.text for b in self.body_blocks)

    def block(self, block_id: str) -> Block:
        for b in self.blocks:
            if b.id == block_id:
                return b
        raise KeyError(block_id)

    def span_text(self, span: Span) -> str:
        return self.block(span.block).text[span.start : span.end]


# --- Findings (filled by the analyzers; see the issues for each) -------------

Context = Literal["body", "caption"]


@dataclass(frozen=True, slots=True)
class Entity:
    id: str
    name: str
    canonical: str
    type: Literal["person", "organization", "country", "place", "other"]
    country: str | None = None
    evidence: tuple[Span, ...] = ()
    sector: str | None = None
    """PLOVER-style actor sector (GOV, MIL, IGO, REB, CVL...) when known."""
    role: str | None = None
    """The office held on the publication date ("President of the United States"),
    or "author" for a byline: an author reports, and is never an actor of the events."""


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    canonical: str | None
    lat: float | None
    lon: float | None
    country: str | None
    precision: Literal["site", "city", "region", "country"] | None
    context: Context
    evidence: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class Time:
    text: str
    value: str | None
    kind: Literal["date", "duration", "window"]
    context: Context
    evidence: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class Quantity:
    text: str
    value: float | None
    unit: str | None
    of: str | None
    bound: Literal["exact", "at_least", "at_most", "approximate", "range"]
    evidence: tuple[Span, ...] = ()
    high: float | None = None
    """The upper end of a range ("entre 10 000 et 12 000"); ``value`` is the lower end."""


SourceKind = Literal["named", "institution", "anonymous", "vague", "document", "unattributed"]
Certainty = Literal[
    "asserted",
    "reported",
    "estimate",
    "probable",
    "possible",
    "predicted",
    "denied",
    "hypothetical",
]


@dataclass(frozen=True, slots=True)
class Source:
    kind: SourceKind
    text: str | None = None
    entity: str | None = None
    count: int | None = None


@dataclass(frozen=True, slots=True)
class Claim:
    id: str
    text: str
    source: Source
    certainty: Certainty
    cues: tuple[str, ...] = ()
    evidence: tuple[Span, ...] = ()
    entities: tuple[str, ...] = ()
    quantities: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class Speaker:
    text: str | None
    entity: str | None = None


@dataclass(frozen=True, slots=True)
class Quote:
    """Words put in someone's mouth: ``direct`` between quote marks, ``indirect`` reported."""

    id: str
    text: str
    kind: Literal["direct", "indirect"]
    speaker: Speaker
    cue: str | None = None
    evidence: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class Sourcing:
    """On whose word a page rests: its claims counted by kind of source."""

    claims: int
    by_kind: dict[str, int]
    anonymous_sources: int | None
    """How many anonymous people are cited, when every anonymous source gives a count."""
    headline_claim: str | None
    headline_named_source: bool
    summary: str


@dataclass(frozen=True, slots=True)
class Participant:
    name: str | None
    entity: str | None = None
    country: str | None = None
    sector: str | None = None


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    type: str
    actor: Participant
    recipient: Participant | None
    context: Context
    tense: Literal["past", "ongoing", "future", "hypothetical", "negated"]
    certainty: Certainty
    mode: str | None = None
    event_context: str | None = None
    location: str | None = None
    date: str | None = None
    source: Source | None = None
    claim: str | None = None
    evidence: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything newstrace read from one page: the unit the ledger stores."""

    article: Article
    entities: tuple[Entity, ...] = ()
    places: tuple[Place, ...] = ()
    times: tuple[Time, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    claims: tuple[Claim, ...] = ()
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    sourcing: Sourcing | None = None
    warnings: tuple[str, ...] = field(default=())


# --- Corpus findings (what only many pages show) -----------------------------

ProvenanceKind = Literal["copy", "rewrite", "translation"]


@dataclass(frozen=True, slots=True)
class Alignment:
    """One paragraph of a copy matched to the paragraph of its origin it was taken from.

    ``how`` says what matched: ``text`` (the same words), ``numbers+names``
    (the same rare numbers and names in the same order, as across a
    translation) or ``embedding`` (close meaning).
    """

    copy: Span
    origin: Span
    score: float
    how: str


@dataclass(frozen=True, slots=True)
class ProvenanceLink:
    """Page ``copy`` copies, rewrites or translates page ``origin``.

    ``summary`` is the sentence a reader checks first ("14 of 17 paragraphs
    aligned with page X, in French; X is in English and earlier"); ``why``
    lists the signals that chose the direction (dates, completeness, untranslated
    leftovers, a credit line).
    """

    copy: str
    origin: str
    kind: ProvenanceKind
    credited: bool
    score: float
    summary: str
    evidence: tuple[Alignment, ...] = ()
    credit: Span | None = None
    why: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class StoryClaim:
    """A claim of a story as several pages make it, with how many independent origins back it.

    ``members`` are ``(document id, claim id)`` pairs; copies and translations
    of one origin count once in ``independent``.
    """

    id: str
    text: str
    members: tuple[tuple[str, str], ...]
    independent: int
    certainty: tuple[str, ...] = ()
    events: tuple[tuple[str, str], ...] = ()
    """``(document id, event id)`` of the events the member claims carry: an event is
    corroborated exactly as much as the claim that reports it."""


@dataclass(frozen=True, slots=True)
class Contradiction:
    """Where the pages of a story disagree.

    ``kind``: ``quantity`` (10,000 vs 12,000 troops), ``certainty``
    (confirmed vs not confirmed), ``source_count`` ("a US official and three
    people" vs "two US officials"). ``values`` pair each document with what it
    says and where: ``(document id, claim id or None, text, evidence span)``.
    """

    kind: Literal["quantity", "certainty", "source_count"]
    about: str
    values: tuple[tuple[str, str | None, str, Span | None], ...]


@dataclass(frozen=True, slots=True)
class Story:
    """Pages about the same event, in any language, with what they establish together."""

    id: str
    title: str
    documents: tuple[str, ...]
    languages: tuple[str, ...] = ()
    first_seen: str | None = None
    last_seen: str | None = None
    links: tuple[ProvenanceLink, ...] = ()
    claims: tuple[StoryClaim, ...] = ()
    contradictions: tuple[Contradiction, ...] = ()


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """The comparable essence of one page.

    ``keys`` are prefixed by kind: ``e:`` entity, ``p:`` place, ``d:`` date,
    ``n:`` number, ``w:`` a capitalised word (a name spelled alike in several
    languages).  ``minhash`` holds the 128 hash values of the page's word
    shingles (little-endian uint32, 512 bytes: compact for 100k pages in
    memory); ``vector`` the normalised mean of its leading paragraphs' vectors.
    """

    document: str
    language: str | None
    day_lo: int | None
    day_hi: int | None
    keys: frozenset[str]
    minhash: bytes = b""
    vector: Any = field(default=None, compare=False)
    """A numpy float32 vector, or ``None`` when no embedding model ran."""
    title: str = ""

    @property
    def dated(self) -> bool:
        return self.day_lo is not None and self.day_lo == self.day_hi


@dataclass(frozen=True, slots=True)
class Assignment:
    """Where a page went, and why: the score, and the copy it duplicates if any."""

    document: str
    story: str
    score: float
    opened: bool
    duplicate_of: str | None = None
    similarity: float = 0.0
    merged: tuple[str, ...] = ()
    """Stories this page showed to be the same as ``story``, folded into it."""
