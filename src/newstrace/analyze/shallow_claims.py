"""Claims for pages in languages that have no spaCy model: a parser-free reader.

Why: only French and English have a parser here, and ``claims.py`` reads attribution
from the parse.  Without this reader a Spanish or German page had no claims at all,
so no sourcing profile, and its rumours were invisible instead of flagged.  The
promise is the same as for parsed languages: a claim is ``asserted`` only when the
outlet states it in its own voice with no cue of hearsay, mood or modality.

What replaces the parser, per sentence (split by punctuation, never inside a quote):
1. attribution anchors from the language's lexicon (``lexicons/<lang>.claims.toml``,
   section ``[shallow]``): reporting verbs written in their inflected forms (no
   lemmatizer), compound tenses as participle + auxiliary, separable particles
   ("teilte ... mit"), "according to" before the source ("según", "laut"), after it
   ("zufolge") or closing the sentence ("..., so der Minister");
2. the speaker is the phrase before the verb, or after it in an inverted phrase
   ("..., dijo el ministro"); the content is what follows a complementizer, a colon or
   an opening quote, or what precedes the comma before the reporting phrase;
3. the source's kind from words, capitals and the entity index, in the same order of
   decisions as ``claims.py`` (anonymity wins over the body a source works for; an
   office holder with a definite determiner is named; "experts" are vague);
4. certainty from cue phrases and word endings (reportive conditional "habría",
   "avrebbe"; German "soll" and Konjunktiv; future "-rá", "-rà", "wird ... -en").
A language with no lexicon at all gets claims only where typography alone shows
attribution: a quote next to a capitalised name.  Nothing is read there as the
outlet's own assertion, since a missed cue would turn a rumour into a fact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from newstrace import lexicons
from newstrace.analyze.claims import last_person_before, strongest
from newstrace.analyze.entities import EntityIndex
from newstrace.analyze.quotes import _direct_spans
from newstrace.model import Article, Source
from newstrace.nlp.countries import country_of, metonym_country
from newstrace.nlp.parse import ParsedBlock

#: Characters that end a phrase: a source phrase, a reporting phrase, a clause.
BREAKS = frozenset(",;:()[]—–«»“”„\"‹›")
OPEN_QUOTES = frozenset("«“„\"‹")
CLOSE_QUOTES = frozenset("»”“\"›")
#: Lexicon keys whose nouns may head a German-style compound ("Innenministerium").
NOUN_KEYS = ("source_nouns", "institution_nouns", "title_nouns", "document_nouns",
             "vague_nouns", "spokesperson_nouns")
#: A reporting verb whose speaker and content lie further than this is not one.
MAX_POST_WORDS = 10
MAX_SPEAKER_WORDS = 16

_WORD = re.compile(r"[^\W\d_](?:[\w'’-]*\w)?|\d+(?:[.,]\d+)*")
_END = re.compile(r"[.!?…]+[\"'»”“’)\]]*(?=\s|$)")
_LETTER = re.compile(r"[^\W\d_]")


@dataclass(frozen=True, slots=True)
class ShallowClaim:
    """One claim read without a parse: offsets in the block's normalised text."""

    start: int
    end: int
    source: Source
    source_span: tuple[int, int] | None
    certainty: str
    cues: tuple[str, ...]
    headline: bool = False


# --- lexicon access -----------------------------------------------------------------


@cache
def shallow_lexicon(language: str | None) -> dict[str, Any]:
    """The ``[shallow]`` section of a language's lexicon (empty when it has none)."""
    if not language:
        return {}
    return dict(lexicons.load(language).get("shallow", {}))


def _words_of(language: str | None, *keys: str) -> frozenset[str]:
    lex = shallow_lexicon(language)
    out: set[str] = set()
    for key in keys:
        section = lex.get("certainty", {}) if key.startswith("c_") else lex
        out.update(_lower(w) for w in section.get(key.removeprefix("c_"), []))
    return frozenset(out)


@cache
def _word_set(language: str | None, keys: tuple[str, ...]) -> frozenset[str]:
    return _words_of(language, *keys)


#: Lexicon keys of verbs whose separable particle closes the clause: the middle field
#: between them may hold the speaker and adverbials.
VERB_KEYS = frozenset({"reporting_verbs", "denial_verbs", "stance_verbs", "evidence_verbs",
                       "question_verbs", "promise_verbs", "intention_verbs", "announce_verbs",
                       "forecast_verbs", "accuse_verbs"})


def _phrase_regex(phrase: str, closers: tuple[str, ...] = (), gap: int = 5) -> str:
    """A lexicon phrase as a regex: spaces match any run of spaces; `` * `` stands for a
    gap of up to ``gap`` words before a separable particle that closes its clause, before
    punctuation or a complementizer ("teilte * mit" matches "teilte am Montag mit,",
    "kondigde * aan" matches "kondigde aan dat").  A verb's gap is longer (16): its
    middle field may hold the speaker and adverbials ("sagte der Kronzeuge X am Dienstag
    vor dem Landgericht aus") and may hold an object with its infinitive clause ("wies
    am Donnerstag den Vorwurf der DUH, manipulierte Geräte geliefert zu haben, zurück")."""
    parts = phrase.strip().split(" * ")
    body = [r"\s+".join(re.escape(w) for w in part.split()) for part in parts]
    if len(body) == 1:
        return body[0]
    words = "".join(rf"|\s+{re.escape(c)}\b" for c in closers)
    between = rf"(?:\s+\S+){{0,{gap}}}?\s+"
    return between.join(body) + rf"(?=\s*[,.;:!?]|\s*$|{words[1:]})" \
        if words else between.join(body) + r"(?=\s*[,.;:!?]|\s*$)"


@cache
def _matcher(language: str | None, key: str) -> re.Pattern[str] | None:
    """Every phrase of ``key`` (``c_`` prefix: the ``[shallow.certainty]`` table) as one
    regex over lowercased text; German-style nouns also match as a compound's head."""
    lex = shallow_lexicon(language)
    section = lex.get("certainty", {}) if key.startswith("c_") else lex
    phrases = sorted({_lower(p).strip() for p in section.get(key.removeprefix("c_"), [])},
                     key=len, reverse=True)
    phrases = [p for p in phrases if p]
    if not phrases:
        return None
    closers = tuple(_lower(c) for c in lex.get("complementizers", []))
    nouns = key in NOUN_KEYS
    alternatives = []
    for p in phrases:
        if nouns and lex.get("inflected_nouns"):
            body = r"\s+".join(_stem(w) for w in p.split())
        else:
            body = _phrase_regex(p, closers, 16 if key in VERB_KEYS else 5)
        if nouns and lex.get("compound_nouns") and len(p) >= (
                5 if lex.get("inflected_nouns") else 4):
            # "Innenministerium": a long noun may head a compound; a short one ("rat")
            # would match the end of too many words.
            body = rf"\w*?{body}"
            if lex.get("capitalised_nouns") and p[-1].isalpha():
                body += r"(?:e?s)?"  # the genitive: "des britischen Geheimdienstes"
        # Word boundaries where the phrase has word characters (", czy" has none before).
        before = r"(?<!\w)" if p[0].isalnum() else ""
        after = r"(?!\w)" if p[-1].isalnum() else ""
        alternatives.append(f"{before}{body}{after}")
    return re.compile("|".join(alternatives))


def _stem(word: str) -> str:
    """A noun as a regex for its case forms, in a language that inflects them
    ("минздрав" matches "Минздрава", "źródło" matches "źródeł"): the word without its
    final vowel, then up to three letters.  Short words stay exact ("ес" is not "если")."""
    if len(word) <= 3 or not word[-1].isalpha():
        return re.escape(word)
    stem = word[:-1] if word[-1] in "аеиоуыэюяіїєьйaeiouyąę" else word
    return re.escape(stem) + r"\w{0,3}"


@cache
def _patterns(language: str | None, key: str) -> tuple[re.Pattern[str], ...]:
    """Regexes written in the lexicon (word endings of a tense or a mood), case-sensitive."""
    section = shallow_lexicon(language).get("certainty", {})
    return tuple(re.compile(p) for p in section.get(key, []))


def _find(language: str | None, key: str, low: str, start: int = 0,
          end: int | None = None) -> list[re.Match[str]]:
    pattern = _matcher(language, key)
    if pattern is None:
        return []
    found = pattern.finditer(low, start, len(low) if end is None else end)
    if key not in NOUN_KEYS:
        return list(found)
    # Words that only end like a compound of a known noun: "Soldaten" is no "Daten".
    wrong = _word_set(language, ("compound_exceptions",))
    return [m for m in found if m.group(0) not in wrong]


def _first(language: str | None, key: str, low: str, start: int = 0,
           end: int | None = None) -> str | None:
    found = _find(language, key, low, start, end)
    return found[0].group(0) if found else None


@lru_cache(maxsize=4096)
def _lower(text: str) -> str:
    """Lowercase, one character for one, so that offsets stay those of the text; "ё" is
    read as "е", as Russian writes either ("отчёт" is "отчет")."""
    return "".join(low if len(low := ch.lower()) == 1 else ch for ch in text).replace("ё", "е")


# --- sentences ----------------------------------------------------------------------


def sentences(text: str, language: str | None) -> list[tuple[int, int]]:
    """Sentence spans of a block: after ``.!?…`` before a capital, a quote or a digit,
    but not after an abbreviation, an initial, a German ordinal ("am 3. März"), nor
    inside a direct quote (a quoted speech of several sentences stays whole, so that
    its speaker after it is read)."""
    lex = shallow_lexicon(language)
    abbreviations = {_lower(a).rstrip(".") for a in lex.get("abbreviations", [])}
    ordinal_dot = bool(lex.get("ordinal_dot"))
    quoted = [(a, b) for a, b in _direct_spans(text) if b - a < 1200]
    out: list[tuple[int, int]] = []
    start = 0
    for m in _END.finditer(text):
        nxt = m.end()
        while nxt < len(text) and text[nxt].isspace() and text[nxt] != "\n":
            nxt += 1
        if nxt >= len(text):
            break
        ch = text[nxt]
        newline = "\n" in text[m.end():nxt + 1]
        if not newline and not (ch.isupper() or ch.isdigit() or ch in "«“„\"¿¡—–-‹'("):
            continue
        if any(a < m.start() < b for a, b in quoted):
            continue
        if ch in "—–-" and m.group(0)[-1] in "?!»”“\"" and re.match(
                r"[—–-]\s*[^\W\d_]", text[nxt:]) and text[_skip_spaces(
                text, nxt + 1):][:1].islower():
            continue  # "– Co zrobimy? – pytał radny": the speaker's tag after a quoted question
        before = re.search(r"(\S+)$", text[start:m.start()])
        if m.group(0).startswith(".") and before:
            word = before.group(1).lstrip("(«“„\"")
            if len(word) == 1 and word.isalpha() and word.isupper():
                continue  # an initial: "J. Smith"
            if _lower(word) in abbreviations or (word.isdigit() and ordinal_dot):
                continue
        out.append((start, m.end()))
        start = nxt
    out.append((start, len(text)))
    spans = []
    for a, b in out:  # a line break inside a block ends a sentence too
        for piece in re.finditer(r"[^\n]+", text[a:b]):
            s, e = a + piece.start(), a + piece.end()
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if e > s:
                spans.append((s, e))
    return spans


# --- phrases and sources ------------------------------------------------------------


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A span without surrounding spaces, punctuation and quote marks; None if no letter."""
    strip = " \t,;:—–-«»“”„\"‹›'.!?…"
    while start < end and text[start] in strip:
        start += 1
    while end > start and text[end - 1] in strip:
        end -= 1
    if end <= start or not _LETTER.search(text, start, end):
        return None
    return start, end


def _words(text: str, start: int, end: int) -> list[re.Match[str]]:
    return list(_WORD.finditer(text, start, end))


def _last_break(text: str, start: int, pos: int) -> int:
    """Position just after the last break before ``pos`` (or ``start``)."""
    for i in range(pos - 1, start - 1, -1):
        if text[i] in BREAKS or (text[i] == "-" and text[i - 1:i + 2] == " - "):
            return i + 1
    return start


@dataclass(slots=True)
class _Context:
    """One sentence of one block, with what every step needs."""

    pb: ParsedBlock
    language: str | None
    text: str  # the block's normalised text
    low: str
    start: int
    end: int  # without the closing punctuation

    def words(self, start: int, end: int) -> list[re.Match[str]]:
        return _words(self.text, start, end)


_LINK = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)


def _links(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where web addresses stand in ``text[start:end]``: their words are no statement."""
    return [m.span() for m in _LINK.finditer(text, start, end)]


class ShallowReader:
    """Reads claims from the blocks of one article that have no parse.

    One reader per article: it remembers the last speaker, so that a speaker left
    implicit ("Añadió que ...", a quote continuing the last speaker's turn) is the
    one named before.
    """

    def __init__(self, article: Article, index: EntityIndex) -> None:
        self.article = article
        self.index = index
        self.types = {e.id: e.type for e in index.entities}
        self.order = {b.id: i for i, b in enumerate(article.blocks)}
        self.last: tuple[Source, tuple[int, int] | None, str] | None = None  # + block id

    # -- public ---------------------------------------------------------------------

    def read(self, pb: ParsedBlock) -> list[ShallowClaim]:
        """The claims of one block (a title gives the headline claim)."""
        language = pb.block.language or self.article.language
        text = pb.norm.text
        low = _lower(text)
        known = bool(shallow_lexicon(language))
        if pb.block.kind == "title":
            return self._headline(pb, language, text, low) if known else []
        out: list[ShallowClaim] = []
        for s, e in sentences(text, language):
            ctx = _Context(pb, language, text, low, s, _content_end(text, s, e))
            found = self._sentence(ctx) if known else self._quoted_only(ctx)
            out.extend(found)
        return out

    # -- sentences ------------------------------------------------------------------

    def _sentence(self, ctx: _Context) -> list[ShallowClaim]:
        claims = self._attributed(ctx)
        if claims:
            return claims
        if self._is_sourcing_note(ctx) and not _find(ctx.language, "refusals", ctx.low,
                                                     ctx.start, ctx.end):
            # (a refusal to comment is the outlet's own fact, whoever refused)
            words = ctx.words(ctx.start, ctx.end)
            comps = _word_set(ctx.language, ("complementizers",))
            if len(words) <= 12 and not any(_lower(w.group(0)) in comps for w in words) \
                    and "," not in ctx.text[ctx.start:ctx.end]:
                return []  # "Los funcionarios hablaron bajo condición de anonimato."
            # Anonymous sources are named but their verb was not read: still theirs.
            who = _find(ctx.language, "source_nouns", ctx.low, ctx.start, ctx.end)[0]
            span = _trim(ctx.text, ctx.start, ctx.end)
            if span is None:
                return []
            level, cues = _certainty(ctx, *span, True, [])
            count = _count(ctx, ctx.start, who.end())
            return [ShallowClaim(*span, Source("anonymous", who.group(0), None, count), None, level,
                                 ("anonymous sources named, verb not read", *cues))]
        spoken = self._colon_quote(ctx)
        if spoken:
            return spoken
        quoted = _whole_quote(ctx)
        if quoted and self.last and self.last[2] in self._nearby(ctx.pb):
            source, _, _ = self.last
            level, cues = _certainty(ctx, *quoted, True, [])
            return [ShallowClaim(*quoted, source, None, level,
                                 ("quote continues the last speaker's turn", *cues))]
        links = _links(ctx.text, ctx.start, ctx.end)
        words = [w for w in ctx.words(ctx.start, ctx.end)
                 if not any(a <= w.start() < b for a, b in links)]
        if len(words) < 4 or not any(w.group(0)[0].islower() for w in words):
            return []  # a label, a name, a bare link ("http://amzn.to/2iJFhRj"): no claim
        span = _trim(ctx.text, ctx.start, ctx.end)
        if span is None:
            return []
        extra = []
        if quoted:
            extra.append("reported: quoted, speaker not read")
        found = _find(ctx.language, "denial_verbs", ctx.low, *span) or _find(
            ctx.language, "denial_participles", ctx.low, *span)
        denial = found[0].group(0) if found else None
        if denial:
            extra.append(f"denied: denial verb: {denial}")
            # "Shell ontkent elke betrokkenheid", "PKP Intercity zaprzeczyło doniesieniom":
            # a short phrase that can name a speaker, then the denial verb, is who denies.
            who = _trim(ctx.text, span[0], found[0].start())
            after = _trim(ctx.text, found[0].end(), span[1])
            if who is not None and after is not None and len(ctx.words(*who)) <= 8 and \
                    self._speakerish(ctx, who):
                level, cues = _certainty(ctx, *after, True, extra)
                return [ShallowClaim(*after, self.classify(ctx, *who), who, level,
                                     (*cues, "attributed"))]
        level, cues = _certainty(ctx, *span, False, extra)
        return [ShallowClaim(*span, Source("unattributed"), None, level, tuple(cues))]

    def _colon_quote(self, ctx: _Context) -> list[ShallowClaim]:
        """"El ministro fue claro: «No habrá más recortes»": a direct quote after a colon
        is the words of the speaker who opens the sentence, whatever verb (or none) stands
        between them.  The speaker runs to its last known noun or name."""
        colon = ctx.text.find(":", ctx.start, ctx.end)
        if colon < 0:
            return []
        opening = _skip_spaces(ctx.text, colon + 1)
        quote = _trim(ctx.text, opening, ctx.end)
        if quote is None or not any(a - 1 <= opening and b >= quote[1] - 1
                                    for a, b in _direct_spans(ctx.text)):
            return []
        before = _trim(ctx.text, ctx.start, colon)
        if quote is None or before is None or len(ctx.words(*before)) > 8:
            return []
        # A known noun or a full name: a capital opening the sentence is not enough
        # ("Hay algo claro: «...»").
        ends = [m.end() for key in NOUN_KEYS for m in _find(ctx.language, key, ctx.low, *before)]
        ends += [r[1] for r in _name_runs(ctx, before) if len(r[2]) >= 2]
        who = _trim(ctx.text, before[0], max(ends)) if ends else None
        if who is None or self._adverbial(ctx, who) or not self._speakerish(ctx, who):
            return []
        source = self.classify(ctx, *who)
        level, cues = _certainty(ctx, *quote, True, [])
        self.last = (source, who, ctx.pb.block.id)
        return [ShallowClaim(*quote, source, who, level,
                             (f"quoted after a colon: {ctx.text[slice(*who)]}", *cues))]

    def _nearby(self, pb: ParsedBlock) -> set[str]:
        """This block and the one before it: where a quote's speaker may stand."""
        i = self.order.get(pb.block.id, 0)
        return {b.id for b in self.article.blocks[max(0, i - 1):i + 1]}

    def _is_sourcing_note(self, ctx: _Context) -> bool:
        """"El funcionario habló bajo condición de anonimato": about sources, not news."""
        return bool(_find(ctx.language, "anonymity", ctx.low, ctx.start, ctx.end)) and bool(
            _find(ctx.language, "source_nouns", ctx.low, ctx.start, ctx.end)) and not any(
            _find(ctx.language, key, ctx.low, ctx.start, ctx.end)
            for key in ("according_to", "according_to_after"))

    def _attributed(self, ctx: _Context) -> list[ShallowClaim]:
        """One claim per attribution anchor; an anchor inside another's content is the
        outer speaker's word, unless it continues the same report ("y añadió que")."""
        reads = [r for r in (self._resolve(ctx, a) for a in _anchors(ctx)) if r is not None]
        reads.sort(key=lambda r: r.cue[0])
        kept: list[_Read] = []
        for r in reads:
            outer = next((k for k in kept if k.content[0] <= r.cue[0] < k.content[1]), None)
            if outer is None:
                if not any(k.content[0] < r.content[1] and r.content[0] < k.content[1]
                           for k in kept):
                    kept.append(r)
                continue
            joint = _coordinated(ctx, outer.content[0], r)
            if joint is None or r.kind != "after":
                continue
            outer.content = (outer.content[0], joint)
            if r.source is None:
                r.source = outer.source
            kept.append(r)
        out = []
        for r in kept:
            span = _trim(ctx.text, *r.content)
            if span is None:
                continue
            source = r.source or self._implicit(r)
            level, cues = _certainty(ctx, *span, True, r.extra)
            out.append(ShallowClaim(*span, source, r.speaker, level, (r.cue_text, *cues)))
            if source.kind != "vague" or r.speaker is not None:
                self.last = (source, r.speaker, ctx.pb.block.id)
        return out

    def _implicit(self, r: _Read) -> Source:
        """A speaker the sentence leaves out ("Añadió que ..."): the last one named."""
        if self.last is not None:
            return self.last[0]
        return Source("vague")

    # -- anchors --------------------------------------------------------------------

    def _resolve(self, ctx: _Context, anchor: _Anchor) -> _Read | None:
        if anchor.kind == "verb":
            if anchor.verb_kind == "complaint":  # only "klagen over <what>" says something
                return self._object(ctx, anchor)
            if _first(ctx.language, "estimating_verbs", ctx.low, anchor.start, anchor.end):
                # "Ein Papier ..., das der Zeitung vorliegt, beziffert die Lücke auf ...": a
                # quantity as object first, before reading the phrase after the verb as an
                # inverted speaker.
                read = self._object(ctx, anchor) or self._verb(ctx, anchor)
            else:
                read = self._verb(ctx, anchor) or self._object(ctx, anchor)
            if read is not None and read.speaker is not None and _first(
                    ctx.language, "intention_verbs", ctx.low, anchor.start, anchor.end):
                before = ctx.words(ctx.start, read.speaker[0])[-1:]
                if before and _lower(before[0].group(0)) in _word_set(ctx.language,
                                                                      ("complementizers",)):
                    # "disseram ... que Lula pretende trocar ...": a plan inside what
                    # someone says is part of what they say, not the planner's word.
                    return None
            if read is not None and _first(ctx.language, "accuse_verbs", ctx.low, anchor.start,
                                           anchor.end) and (read.source is None or
                                                            read.source.kind not in (
                                                                "institution", "vague")):
                # "Die Staatsanwaltschaft wirft ihm vor, ...": a body accuses through its
                # statement, which is reported, and so do critics as a group ("Kritiker
                # werfen der Regierung vor"); a person's accusation ("Merz warf der
                # Regierung vor, ...") is the outlet's report of an act.
                return None
            return read
        if anchor.kind == "passive":
            return self._passive(ctx, anchor)
        if anchor.kind == "setting" and anchor.agent is not None:
            content = (anchor.agent[1], ctx.end)
            return self._read(ctx, anchor, anchor.agent, content, "around")
        return self._according(ctx, anchor)

    def _passive(self, ctx: _Context, a: _Anchor) -> _Read | None:
        """"Il fermo è stato confermato dalla Procura": the agent reports the subject."""
        if a.agent is None:
            return None
        # After the participle, an adverbial may follow the agent ("por la Policía en
        # un comunicado"); before it, the agent runs to the participle.
        agent = self._cut_apposition(ctx, a.agent) if a.agent[0] >= a.end else a.agent
        if not self._speakerish(ctx, agent):
            return None
        content = _trim(ctx.text, ctx.start, a.start)
        if content is None:
            return None
        return self._read(ctx, a, agent, content, "before")

    def _verb(self, ctx: _Context, a: _Anchor) -> _Read | None:
        """Speaker and content around a reporting verb, or None if it reports nothing."""
        text, lang = ctx.text, ctx.language
        comps = _word_set(lang, ("complementizers",))
        if a.verb_kind == "question":  # "se preguntan si", "задаються питанням, чи"
            comps = comps | _word_set(lang, ("question_complementizers",))
        infinitives = _word_set(lang, ("infinitive_starts",))
        pos, n_words, stop, content_start = a.end, 0, "end", ctx.end
        post_end = a.end
        markers = _word_set(lang, ("infinitive_markers",))
        marked = False
        in_name = False  # inside a quoted name after the verb ("повідомило «УП», що")
        promised = shallow_lexicon(lang).get("infinitive_pattern") if _first(
            lang, "promise_verbs", ctx.low, a.start, a.end) or _first(
            lang, "intention_verbs", ctx.low, a.start, a.end) else None
        last = ctx.words(a.start, a.end)[-1:]
        if last and _lower(last[0].group(0)) in comps:  # a lexicon phrase "indica que"
            pos, stop, content_start = ctx.end, "comp", a.end
        while pos < ctx.end:
            while pos < ctx.end and text[pos].isspace():
                pos += 1
            if pos >= ctx.end:
                break
            ch = text[pos]
            if ch in OPEN_QUOTES and _opens_quote(text, pos):
                stop, content_start = "quote", pos
                break
            if in_name and ch in CLOSE_QUOTES:  # the quoted name ends, the phrase goes on
                in_name = False
                pos += 1
                continue
            if ch in OPEN_QUOTES:  # «Автостат»: a quoted name, part of the speaker
                in_name = True
                pos += 1
                continue
            if ch == ":":
                stop, content_start = "colon", pos + 1
                break
            if ch == ",":
                after = _WORD.match(text, _skip_spaces(text, pos + 1))
                if after and _lower(after.group(0)) in comps:
                    stop, content_start = "comp", after.end()
                elif after and a.verb_kind == "question" and _enclitic_question(ctx, after):
                    # "задаются вопросом, выдержит ли бюджет ...": "ли" after the clause's
                    # first word makes it the open question.
                    stop, content_start = "comp", after.start()
                else:
                    stop, content_start = "comma", pos + 1
                break
            if ch in BREAKS:
                stop = "break"
                break
            w = _WORD.match(text, pos)
            if w is None:
                pos += 1
                continue
            if _lower(w.group(0)) in comps:
                stop, content_start = "comp", w.end()
                break
            if _lower(w.group(0)) in infinitives and n_words == 0 and a.verb_kind in (
                    "reporting", "denial"):
                # "negó haber ...", "ha detto di aver ...": an infinitive right after the
                # verb is its content ("accusò l'opposizione di ..." is an object).
                stop, content_start = "comp", w.start()
                break
            if n_words == 0 and promised and re.match(promised, _lower(w.group(0))):
                # "prometeu entregar as obras até março": the infinitive is what is promised.
                stop, content_start = "comp", w.start()
                break
            n_words += 1
            marked = marked or _lower(w.group(0)) in markers
            if n_words > (MAX_POST_WORDS + 6 if marked else MAX_POST_WORDS):
                return None
            pos = post_end = w.end()
        if stop == "end" and marked and n_words >= 3:
            # "Getuigen zeggen twee mannen te hebben zien vluchten": the words after the
            # verb, up to an infinitive with "te"/"zu", are what is said.
            stop, content_start = "comp", _skip_spaces(text, a.end)
            post_end = a.end
        post = _trim(text, a.end, post_end) if post_end > a.end else None
        inner = ctx.words(a.start, a.end)[1:-1]
        if post is None and inner and stop == "end":
            # "räumte der Verkehrssenator ein": the speaker inside a separable verb.
            post = _trim(text, inner[0].start(), inner[-1].end())
        left_start = _last_break(text, ctx.start, a.start)
        while left_start > ctx.start and text[left_start - 1] in CLOSE_QUOTES and not \
                text[left_start:a.start].strip():
            # "В «Укренерго» попередили": a quoted name right before the verb is no break.
            opening = next((i for i in range(left_start - 2, ctx.start - 1, -1)
                            if text[i] in OPEN_QUOTES), None)
            if opening is None or _opens_quote(text, opening) or left_start - opening > 40:
                break
            left_start = _last_break(text, ctx.start, opening)
        joints = _word_set(lang, ("complementizers", "connectors"))
        listed = self._listed_name(ctx, left_start, a.start)
        left_start = listed if listed is not None else left_start
        for w in ctx.words(left_start, a.start):
            if listed is None and _lower(w.group(0)) in joints and w.start() > left_start:
                left_start = w.end()  # "... y añadió": the speaker is not before "y"
        left = _trim(text, left_start, a.start)
        left = self._strip_connectors(ctx, left)
        if stop not in ("comp", "colon", "quote") and any(
                _lower(w.group(0)) in _word_set(lang, ("relative_pronouns",))
                for w in ctx.words(left_start, a.start)[:2]):
            return None  # "Пожар, о котором первым сообщил канал, потушили": a relative clause
        learned = self._learned_from(ctx, a, post)
        impersonal = _word_set(lang, ("impersonal",))
        around = [_lower(w.group(0)) for span in (left, post) if span for w in ctx.words(*span)]
        if around and all(w in impersonal for w in around):
            return None  # "Se estima que ...", "Man schätzt, ...": nobody in particular
        if not around and not text[ctx.start:a.start].strip() and _lower(
                text[a.start:a.end]) in _word_set(lang, ("impersonal_verbs",)):
            return None  # "Говорят, что ...": "they say", no one in particular (hearsay)
        quote_first = left_start > ctx.start and text[left_start - 1] in ",—–" and not left \
            and _whole_quote(ctx, (ctx.start, left_start - 1)) is not None
        # "„...“, sagte der FDP-Chef der „Bild am Sonntag“": the quote before the verb is
        # what was said, whatever follows the speaker.
        # "De aanval, zei minister X, is ...": a verb right after a comma with its speaker
        # after it and a comma again is a report inserted in the content.
        inserted = stop == "comma" and left is None and left_start > ctx.start and \
            text[left_start - 1] == "," and self._speakerish(ctx, post)
        introduced = not quote_first and not inserted and (stop in ("comp", "colon", "quote") or (
            stop == "comma" and shallow_lexicon(lang).get("comma_content") and (
                post is None  # "Zwei Beamte, die ..., sagten, ...": the speaker is before
                or (left is not None and self._speakerish(ctx, left)
                    and not self._adverbial(ctx, left))
                or self._speakerish(ctx, post))))  # "Am Montag sagte der Minister, ..."
        if introduced:
            brk = _last_break(text, ctx.start, a.start)
            only_joints = all(_lower(w.group(0)) in joints for w in ctx.words(brk, a.start))
            if left is None and brk > ctx.start and text[brk - 1] == "," and only_joints:
                # "El portavoz del Kremlin, Dmitri Peskov, dijo que": an apposition;
                # "Montero no quiso precisarlo, pero insistió en que": the same subject.
                wide = _trim(text, ctx.start, a.start)
                if wide and len(ctx.words(*wide)) <= MAX_SPEAKER_WORDS:
                    left = self._strip_connectors(ctx, wide)
            if a.verb_kind == "denial" and left and post and \
                    self._document_head(ctx, *post) is not None:
                post = None  # "В Кремле опровергли сообщения о том, что": what is refuted
            speaker = None
            if left and self._adverbial(ctx, left) and a.verb_kind != "evidence":
                # "W wywiadzie dla radia minister X powiedział": who follows the adverbial
                # ("Z raportu Amnesty International wynika": the report, read below).
                speaker = self._speaker_after_adverbial(ctx, left)
            speaker = speaker or self._pick_speaker(ctx, left, post)
            if speaker is None and left and a.verb_kind == "evidence":
                words = ctx.words(*left)
                if words and _lower(words[0].group(0)) in _word_set(lang, ("source_prepositions",)):
                    speaker = _trim(text, words[0].end(), left[1])  # "Uit een studie"
            if speaker is None and (left or post) and not (left and self._adverbial(ctx, left)) \
                    and not (left is None and post and self._adverbial(ctx, post)):
                speaker = left or post
            content = (content_start, ctx.end)
            return self._from_source(ctx, self._read(ctx, a, learned or speaker, content,
                                                     "after"), learned)
        # "<content>, dijo el ministro." / "<content>, el ministro dijo."
        if left_start <= ctx.start or text[left_start - 1] not in ",—–\"»”“)":
            return None
        if left and len(ctx.words(*left)) > 8:
            return None
        content = _trim(text, ctx.start, left_start - 1)
        rest = _trim(text, content_start, ctx.end) if stop == "comma" and \
            post_end < ctx.end else None
        if content is None or len(ctx.words(*content)) + (
                len(ctx.words(*rest)) if rest else 0) < 2:
            return None  # "L'offensiva, ha spiegato X, non cambierà ...": the rest counts
        sourced = _word_set(lang, ("source_prepositions",))
        post_words = ctx.words(*post) if post else []
        if a.verb_kind == "evidence" and post_words and _lower(post_words[0].group(0)) in sourced:
            post = _trim(text, post_words[0].end(), post[1])  # "wynika z raportu GUS"
        elif post_words and _lower(post_words[0].group(0)) in _word_set(
                lang, ("locative_prepositions",)) and not (left and self._speakerish(ctx, left)):
            # "..., сообщили в министерстве": the body where it was said; "... – przypomniał
            # w rozmowie z TVN24 prof. X": an interview, then the one who speaks in it.
            post = self._speaker_after_adverbial(ctx, post) or post
        elif post and self._adverbial(ctx, post) and not (
                left and self._speakerish(ctx, left)):
            # "«...», aseguró tras el entrenamiento el director deportivo": after a quote,
            # the speaker may follow an adverbial; else the phrase is an object ("...,
            # acusó al Gobierno de ..."), not an inverted speaker.
            shifted = self._speaker_after_adverbial(ctx, post) if _whole_quote(
                ctx, (ctx.start, left_start - 1)) is not None else None
            if shifted is None:
                return None
            post = shifted
        tail = _trim(text, _last_break(text, ctx.start, content[1]), content[1])
        if tail and content[0] < tail[0] and all(
                w.group(0)[0].isupper() for w in ctx.words(*tail)):
            return None  # "El líder de Vox, Santiago Abascal, acusó ...": a subject's name
        if left and _find(lang, "c_negation", ctx.low, *left):
            return None  # "..., todavía no se ha anunciado": nobody reports
        quoted = _whole_quote(ctx, (ctx.start, left_start - 1)) is not None
        if left and self._speakerish(ctx, left):
            speaker: tuple[int, int] | None = left
        elif post is None or self._speakerish(ctx, post) or quoted or (post_words and _lower(
                post_words[0].group(0)) in _word_set(lang, ("locative_prepositions",))) or (
                stop == "end" and len(ctx.words(*post)) <= 4 and not self._adverbial(ctx, post)):
            # A quote then a verb of saying is someone's word, whoever the words after
            # the verb name ("«...», — сказал главный врач").
            # none: "..., añadió." (the speaker named before); "aseguró Sánchez en una
            # rueda de prensa": the speaker without the adverbial.
            speaker = self._cut_apposition(ctx, post) if post else None
        else:
            return None  # "..., se ha anunciado oficialmente": no speaker, no report
        if rest is not None:
            runs = _name_runs(ctx, rest)
            if speaker and runs and runs[0][0] == rest[0]:
                # "..., dijo la portavoz del ministerio, Elena Ruiz[, durante un acto]": the
                # name is the speaker's; what follows it is circumstance.
                speaker = (speaker[0], runs[0][1])
            elif len(ctx.words(*rest)) >= 2 and not quoted:
                # "El acuerdo, dijo el ministro, está cerca": the report is inserted.
                content = (content[0], ctx.end)
        return self._from_source(ctx, self._read(ctx, a, learned or speaker, content, "before"),
                                 learned)

    def _listed_name(self, ctx: _Context, start: int, verb: int) -> int | None:
        """Where a body's name starts when it lists its areas before the verb ("El
        Ministerio de Agricultura, Pesca y Alimentación negó"): the words after the comma
        are capitalised, joined by "and", and the phrase before the comma holds a body's
        noun and ends on a capital.  None when the comma ends something else."""
        text, lang = ctx.text, ctx.language
        if start <= ctx.start or text[start - 1] != ",":
            return None
        words = ctx.words(start, verb)
        connectors = _word_set(lang, ("connectors",))
        if len(words) < 3 or not any(_lower(w.group(0)) in connectors for w in words) or any(
                not w.group(0)[0].isupper() and _lower(w.group(0)) not in connectors
                for w in words) or _lower(words[-1].group(0)) in connectors:
            return None
        opening = _last_break(text, ctx.start, start - 1)
        before = ctx.words(opening, start - 1)
        if not before or not before[-1].group(0)[0].isupper() or not _find(
                lang, "institution_nouns", ctx.low, opening, start - 1):
            return None
        return opening

    def _object(self, ctx: _Context, a: _Anchor) -> _Read | None:
        """A verb whose content is its noun object, with its subject opening the sentence:
        a body that refutes or does not rule out something ("Il Cremlino smentisce
        qualsiasi trattativa", "La Protezione civile non esclude nuove evacuazioni": a
        verb of refuting takes a statement as object and a body speaks only through its
        statements, so the denial is its word; a person's denial of a noun, or a plain
        "denied any involvement", stays the outlet's report of an act), and anyone who
        estimates a quantity ("Die Polizei schätzt die Zahl der Teilnehmer auf 5.000", "Волонтери
        оцінюють кількість ... у кілька тисяч": the estimate is theirs)."""
        lang, text = ctx.language, ctx.text
        estimating = a.verb_kind in ("stance", "reporting") and _first(
            lang, "estimating_verbs", ctx.low, a.start, a.end)
        forecasting = _first(lang, "forecast_verbs", ctx.low, a.start, a.end)
        # "O plano ... prevê o início da exploração em 2028": with a noun object, "prever"
        # is "to provide for", a forecast; with a clause ("prevê que") it is a stance.
        planned = _first(lang, "object_forecast_verbs", ctx.low, a.start, a.end)
        forecasting = forecasting or planned
        evidencing = _first(lang, "evidence_verbs", ctx.low, a.start, a.end)
        complaining = _first(lang, "complaint_verbs", ctx.low, a.start, a.end)
        # "Artur Correia anunciou na sexta-feira a sua demissão": a verb of saying with
        # only a noun object still says something (the parsed languages read it so).
        announcing = _first(lang, "object_reporting_verbs", ctx.low, a.start, a.end)
        if not estimating and not forecasting and not evidencing and not complaining and \
                not announcing and \
                a.verb_kind != "possibility" and not (
                a.verb_kind == "denial" and _first(lang, "refute_verbs", ctx.low, a.start,
                                                   a.end)):
            return None
        negated = ctx.words(_last_break(text, ctx.start, a.start), a.start)[-1:]
        negated = [w for w in negated if _lower(w.group(0)) in _word_set(lang, ("c_negation",))]
        left = _trim(text, ctx.start, negated[0].start() if negated else a.start)
        named = False
        if left is not None and text[left[1]:a.start].strip() == "," and \
                text.find(",", *left) > left[0]:
            inserted = _trim(text, text.find(",", *left) + 1, left[1])
            if inserted and any(r[:2] == inserted and len(r[2]) >= 2
                                for r in _name_runs(ctx, inserted)):
                # "El presidente de la Federación ..., Tomás Vera, cifró en ...": the name
                # in apposition is the office holder's; the subject is the whole.
                named = len(ctx.words(*left)) <= MAX_SPEAKER_WORDS
            else:
                # "O boletim Focus, divulgado ... pelo Banco Central, projeta ...": the
                # subject is the phrase before an inserted one between commas.
                left = _trim(text, left[0], text.find(",", *left))
        if left is None or (not named and any(ch in ",;:()[]—–" for ch in text[left[0]:left[1]])):
            return None
        content = _trim(text, a.end, ctx.end)
        inner = ctx.words(a.start, a.end)[1:-1]
        if content is None and forecasting and inner:
            # "sagt für das kommende Jahr ein Wachstum ... voraus": the object stands
            # between the verb and its particle.
            content = _trim(text, inner[0].start(), inner[-1].end())
        # (a body's long name counts its words of substance only: "Un informe de la
        # Autoridad Independiente de Responsabilidad Fiscal estima en ...")
        small = _word_set(ctx.language, ("source_continuers", "definite_determiners"))
        if content is None or len(ctx.words(*content)) < 2 or (
                len([w for w in ctx.words(*left) if _lower(w.group(0)) not in small]) > 8
                and not named):
            return None
        first = ctx.words(*content)[0]
        if _lower(first.group(0)) in _word_set(lang, ("complementizers",)):
            return None  # a clause: read as one, or not at all
        speaker = self._pick_speaker(ctx, self._strip_connectors(ctx, left), None)
        if speaker is None:
            return None
        read = self._read(ctx, a, speaker, content, "after")
        if read is None or read.source is None:
            return None
        if estimating:
            read.extra.append(f"estimate: estimating verb with an object: {estimating}")
        elif forecasting:
            # "X forecasts growth of 0.4%": whoever forecasts, the forecast is theirs.
            if planned:
                read.extra.append(f"predicted: forecast verb with an object: {planned}")
        elif evidencing and a.verb_kind != "denial":
            # "Um relatório do Tribunal de Contas aponta falhas graves": what a document
            # finds is its statement; a person or a body that "shows" something acts.
            if read.source.kind != "document":
                return None
        elif complaining:
            # "Omwonenden klagen al jaren over stankoverlast": a complaint about something,
            # said; without its preposition ("klagen al jaren") nothing is said.
            if not any(_lower(w.group(0)) in _word_set(lang, ("complaint_prepositions",))
                       for w in ctx.words(*content)[:4]):
                return None
        elif not announcing and read.source.kind != "institution":
            return None
        if negated:
            # "O relatório não encontrou indícios de ...": a negated finding denies.
            read.extra.append(f"denied: negated verb: {negated[0].group(0)} "
                              f"{text[a.start:a.end]}")
        return read

    def _from_source(self, ctx: _Context, read: _Read | None,
                     learned: tuple[int, int] | None) -> _Read | None:
        """After "from" a noun stands in the genitive: "od osoby" is one person ("od osób",
        several), though "osoby" alone may be plural."""
        if read is None or learned is None or read.source is None or \
                read.source.kind != "anonymous" or read.source.count is not None:
            return read
        head = ctx.words(*learned)[:2]
        singular = _word_set(ctx.language, ("genitive_singular_source_nouns",))
        if any(_lower(w.group(0)) in singular for w in head):
            s = read.source
            read.source = Source(s.kind, s.text, s.entity, 1)
        return read

    def _learned_from(self, ctx: _Context, a: _Anchor, post: tuple[int, int] | None
                      ) -> tuple[int, int] | None:
        """"dowiedziała się PAP od osoby znającej kulisy sprawy": who learned something
        only relays; the source is the one it was learned from."""
        if post is None or not _find(ctx.language, "learned_verbs", ctx.low, a.start, a.end):
            return None
        froms = _word_set(ctx.language, ("from_prepositions",))
        for w in ctx.words(*post):
            if _lower(w.group(0)) in froms:
                return _trim(ctx.text, w.end(), post[1])
        return None

    def _according(self, ctx: _Context, a: _Anchor) -> _Read | None:
        """"según X, ..." / "..., según X" / "X zufolge" / "..., so der Minister"."""
        text = ctx.text
        if a.kind == "according_pronoun":  # "По его словам, ...": the last one named
            before = _trim(text, ctx.start, a.start)
            after = _trim(text, a.end, ctx.end)
            content = (before or after or (a.start, a.end))[0], (after or before or (
                a.start, a.end))[1]
            if after is None and before is None:
                return None
            read = self._read(ctx, a, None, content, "around")
            if read is not None:
                read.source = self._implicit(read)
            return read
        if a.kind == "according_after":  # "Dem Bericht zufolge ...": the source before
            s_start = _last_break(text, ctx.start, a.start)
            source = _trim(text, s_start, a.start)
            if source is None:
                return None
            after = _trim(text, a.end, ctx.end)
            before = _trim(text, ctx.start, s_start - 1) if s_start > ctx.start else None
            content = (before or after or source)[0], (after or before or source)[1]
            if after is None and before is None:
                return None
            return self._read(ctx, a, source, content, "around")
        s_start = _skip_spaces(text, a.end)
        verbish = _word_set(ctx.language, ("auxiliaries", "agent_words"))
        # "según informó", "según ha anunciado", "secondo quanto annunciato dall'"
        for _ in range(4):
            first = _WORD.match(text, s_start)
            if first is None:
                break
            low = ctx.low[first.start():first.end()]
            if low in verbish or _find(ctx.language, "reporting_verbs", ctx.low, first.start(),
                                       first.end()) or _find(ctx.language, "participles",
                                                             ctx.low, first.start(),
                                                             first.end()):
                s_start = _skip_spaces(text, first.end())
                continue
            if _elided(first.group(0)) != first.group(0) and \
                    _lower(first.group(0)[:len(first.group(0)) - len(_elided(first.group(0)))]) \
                    in verbish:
                s_start = first.end() - len(_elided(first.group(0)))  # "dall'Arera"
            break
        if s_start > _skip_spaces(text, a.end):
            # "según declaró ante el juez su antiguo socio": after the verb, a phrase
            # opening with a preposition is circumstance; the source is the next phrase,
            # from its determiner.
            s_start = self._after_circumstance(ctx, s_start)
        if s_start < ctx.end and text[s_start] in OPEN_QUOTES and not _opens_quote(
                text, s_start):
            # "Як розповів «Українській правді» один із депутатів, ...": the quoted outlet
            # is who was told when a phrase follows it before the break; alone, it speaks
            # ("Как сообщил «Коммерсант», ...").
            close = next((i for i in range(s_start + 1, ctx.end) if text[i] in CLOSE_QUOTES),
                         None)
            after = _skip_spaces(text, close + 1) if close is not None else ctx.end
            if after < ctx.end and text[after] not in BREAKS:
                s_start = after
        s_end = self._source_end(ctx, s_start)
        source = _trim(text, s_start, s_end)
        if source is None:
            return None
        before = _trim(text, ctx.start, a.start)
        after = _trim(text, s_end, ctx.end)
        if after and text[s_end:s_end + 1] == ",":
            stop = _clause_stop(text, s_end + 1, ctx.end)
            name = _trim(text, s_end + 1, stop)
            if name and stop < ctx.end and text[stop] == "," and _trim(
                    text, stop + 1, ctx.end) and any(r[:2] == name and len(r[2]) >= 2
                                                     for r in _name_runs(ctx, name)):
                # "Según el portavoz del PSOE en el Senado, Andrés Villalba, el Gobierno
                # ...": a full name set off after the source is its holder's.
                source, s_end = (source[0], name[1]), stop
                after = _trim(text, s_end, ctx.end)
        if a.kind == "according_closing" and before and after and text[s_end:s_end + 1] == ",":
            content = (before[0], after[1])  # "Die Angriffe, so ein Sprecher, hätten ..."
            return self._read(ctx, a, source, content, "around")
        if before and len(ctx.words(*before)) <= 2 and after:
            before = None  # "Pero según X, ...": the opening words are not a claim
        if before and after and text[s_end:s_end + 1] == "," and len(ctx.words(*after)) >= 2 \
                and any(r[:2] == after for r in _name_runs(ctx, after)):
            # "..., según su antiguo socio, Luis Cano": a name closing the sentence after the
            # source is its apposition.
            source, after = (source[0], after[1]), None
        if a.kind == "according_closing" or (before and not after):
            if before is None:
                return None
            content = before
        elif after and not before:
            content = after
        elif after and before:
            content = (before[0], after[1])
        else:
            return None
        return self._read(ctx, a, source, content, "around")

    def _after_circumstance(self, ctx: _Context, start: int) -> int:
        """Where a phrase starts after a prepositional phrase at ``start`` ("ante el juez
        su antiguo socio": "su"): at the first determiner after the preposition's own noun
        that is no linker; ``start`` when there is none."""
        lang = ctx.language
        words = ctx.words(start, _clause_stop(ctx.text, start, ctx.end))
        if not words or _lower(words[0].group(0)) not in _word_set(lang, ("prepositions",)):
            return start
        linkers = _word_set(lang, ("linkers",))
        determiners = _word_set(lang, ("definite_determiners",)) - linkers
        for i, w in enumerate(words[2:], start=2):
            if _lower(w.group(0)) in determiners and _lower(words[i - 1].group(0)) not in linkers:
                return w.start()
        return start

    def _source_end(self, ctx: _Context, start: int) -> int:
        """Where a source phrase after "según" ends: at the next break; in a language that
        capitalises nouns, also at the first lowercase word after its head noun ("Nach
        Angaben des Ministeriums waren ...": "waren" is no longer the source)."""
        text = ctx.text
        end = start
        if end < ctx.end and text[end] in OPEN_QUOTES and not _opens_quote(text, end):
            # "Как сообщил «Коммерсант», ...": the phrase opens with a quoted name.
            close = next((i for i in range(end + 1, ctx.end) if text[i] in CLOSE_QUOTES), None)
            end = close + 1 if close is not None else end
        while end < ctx.end and text[end] not in BREAKS:
            end += 1
            if end < ctx.end and text[end] in OPEN_QUOTES and not _opens_quote(text, end):
                # "Nach Informationen des „Spiegel“": a quoted name stays in the phrase.
                close = next((i for i in range(end + 1, ctx.end) if text[i] in "“”»\"›"),
                             None)
                end = close + 1 if close is not None else end
        if end == ctx.end and len(ctx.words(ctx.start, start)) <= 3:
            # "Volgens twee ingewijden wil het concern ...": no comma after a fronted
            # source; it ends after its last known noun and the names tied to it.
            nouns = sorted(m.end() for key in (*NOUN_KEYS, "anonymity")
                           for m in _find(ctx.language, key, ctx.low, start, end))
            if nouns and len(ctx.words(start, nouns[0])) <= 4:
                # Only a noun at the phrase's head: "Nach Schätzungen des Hilfswerks sind
                # ... Menschen" does not reach the clause's subject.
                stop = max(n for n in nouns if n - nouns[0] < 40)
                keep = _word_set(ctx.language, ("linkers", "name_particles",
                                                "definite_determiners"))
                for w in ctx.words(stop, end):  # "een peiling van Ipsos"
                    if _lower(w.group(0)) not in keep and not w.group(0)[0].isupper():
                        break
                    stop = w.end()
                return stop
        if not shallow_lexicon(ctx.language).get("capitalised_nouns"):
            return end
        continuers = _word_set(ctx.language, ("source_continuers",)) or _word_set(
            ctx.language, ("linkers", "name_particles"))
        stoppers = _word_set(ctx.language, ("definite_determiners", "function_words"))
        dates = _word_set(ctx.language, ("not_names",))
        seen_noun = False
        words = ctx.words(start, end)
        for i, w in enumerate(words):
            word = w.group(0)
            if word[0].isupper():
                seen_noun = seen_noun or _lower(word) not in dates
                continue
            if not seen_noun or word[0].isdigit() or _lower(word) in continuers:
                continue
            following = words[i + 1].group(0) if i + 1 < len(words) else ""
            if word.endswith(("e", "en", "er", "es", "em")) and following[:1].isupper() and \
                    _lower(word) not in stoppers:
                continue  # an adjective before its noun: "am Dienstag veröffentlichten Studie"
            return w.start()
        return end

    def _read(self, ctx: _Context, a: _Anchor, speaker: tuple[int, int] | None,
              content: tuple[int, int], kind: str) -> _Read | None:
        if _trim(ctx.text, *content) is None:
            return None
        speaker = _without_time(ctx, speaker) if speaker else None
        cited = _find(ctx.language, "cited_by", ctx.low, *speaker) if speaker else []
        if speaker and cited:
            # "Una pessoa próxima do presidente, citada pela Folha, garante ...": the
            # outlet only relays; the speaker is the person it cites.
            speaker = _trim(ctx.text, speaker[0], _last_break(
                ctx.text, speaker[0], cited[0].start()) - 1) or speaker
        extra = []
        if a.verb_kind == "denial":
            extra.append(f"denied: denial verb: {ctx.text[a.start:a.end]}")
        if a.verb_kind == "possibility":
            extra.append(f"possible: not ruled out: {ctx.text[a.start:a.end]}")
        if a.verb_kind == "question":
            extra.append(f"hypothetical: question verb: {ctx.text[a.start:a.end]}")
        if a.kind == "verb":
            extra.extend(_promised(ctx, a, content))
        elif a.kind == "setting":
            # "В докладе ... прогнозируется, что ...": the document forecasts what follows.
            head = ctx.words(*content)[:1]
            forecast = _first(ctx.language, "forecast_verbs", ctx.low, head[0].start(),
                              head[0].end()) if head else None
            if forecast:
                extra.append(f"predicted: forecast verb: {forecast}")
        source = self.classify(ctx, *speaker) if speaker else None
        if speaker:
            est = _first(ctx.language, "c_estimate", ctx.low, min(a.start, speaker[0]),
                         max(a.end, speaker[1]))
            if est:  # "según las estimaciones de la ONU", "laut einer ersten Schätzung"
                extra.append(f"estimate: {est}")
        if source is not None and source.kind in ("institution", "document") and (
                est := _first(ctx.language, "estimate_verbs", ctx.low, a.start, a.end)):
            # "El Banco de España calcula que ...": a body's calculation is its estimate
            # (the convention of "estimates by a body"; researchers who calculate report).
            extra.append(f"estimate: {est}")
        elif speaker and (est := _first(ctx.language, "estimating_verbs", ctx.low, a.start,
                                        a.end)) and _quantity(ctx, *content):
            # "Moradores estimam que mais de 200 famílias ...": whoever estimates a number
            # gives an estimate (a verb that only means "calculate" does so for a body).
            extra.append(f"estimate: {est}")
        # "halten es für möglich, dass ...", "considera probable que": the verb itself, or
        # the words between it and its complementizer, weigh what it introduces.
        weighed = content[0] if kind == "after" and a.end < content[0] <= a.end + 40 else a.end
        for level, label in (("possible", "modal"), ("probable", "hedge")):
            cue = _first(ctx.language, f"c_{level}", ctx.low, a.start, weighed)
            if cue:
                extra.append(f"{level}: {label}: {cue}")
        label = {"verb": f"{a.verb_kind} verb", "passive": "reporting verb, passive",
                 "setting": "according to, a document as setting",
                 "according": "according to",
                 "according_pronoun": "according to",
                 "according_after": "according to", "according_closing": "according to"}
        cue = f"{label[a.kind]}: {ctx.text[a.start:a.end]}"
        if a.verb_kind == "denial":
            cue = f"reporting verb: {ctx.text[a.start:a.end]}"
        return _Read(a.start, cue, content, speaker, source, kind, extra)

    # -- speakers -------------------------------------------------------------------

    def _strip_connectors(self, ctx: _Context, span: tuple[int, int] | None
                          ) -> tuple[int, int] | None:
        """Drop "y", "pero", "und", "auch" at the edges of a speaker phrase."""
        if span is None:
            return None
        connectors = _word_set(ctx.language, ("connectors",))
        heads = connectors | _word_set(ctx.language, ("as_words",))  # "wie die Bahn mitteilte"
        words = ctx.words(*span)
        while words and _lower(words[0].group(0)) in heads:
            words = words[1:]
        while words and _lower(words[-1].group(0)) in connectors:
            words = words[:-1]
        return _trim(ctx.text, words[0].start(), words[-1].end()) if words else None

    def _adverbial(self, ctx: _Context, span: tuple[int, int]) -> bool:
        """"Am Montag", "En un comunicado": a phrase that opens with a preposition."""
        words = ctx.words(*span)
        return bool(words) and _lower(words[0].group(0)) in _word_set(
            ctx.language, ("prepositions",))

    def _pick_speaker(self, ctx: _Context, left: tuple[int, int] | None,
                      post: tuple[int, int] | None) -> tuple[int, int] | None:
        if left and self._speakerish(ctx, left) and not self._adverbial(ctx, left):
            return left
        if post and self._speakerish(ctx, post):
            return self._cut_apposition(ctx, post)
        if left and (_find(ctx.language, "institution_nouns", ctx.low, *left) or _find(
                ctx.language, "anonymity", ctx.low, *left) or any(
                _acronym(w.group(0)) for w in ctx.words(*left))):
            return left  # "В МВД сообщили, что ...": the body where it was said
        if left:
            words = ctx.words(*left)
            if words and _lower(words[0].group(0)) in _word_set(
                    ctx.language, ("locative_prepositions",)) and _name_runs(ctx, left) and \
                    len(words) <= 4:
                return left  # "В «Укренерго» попередили": a named body, where it was said
        return None

    def _speaker_after_adverbial(self, ctx: _Context, span: tuple[int, int]
                                 ) -> tuple[int, int] | None:
        """"W poście na platformie X wicepremier Władysław K. napisał": with no comma after
        the opening adverbial, the speaker is what follows it, from the first office, voice
        or full name that is no complement of a noun before it (a linker: "el comunicado
        del ministro" is the ministry's document, not the minister speaking)."""
        lang = ctx.language
        linkers = _word_set(lang, ("linkers",))
        starts = [m.start() for key in ("title_nouns", "spokesperson_nouns")
                  for m in _find(lang, key, ctx.low, *span)]
        starts += [r[0] for r in _name_runs(ctx, span) if len(r[2]) >= 2 and not r[3]]
        definite = _word_set(lang, ("definite_determiners",))
        words = ctx.words(*span)
        for at in sorted(starts):
            before = [w for w in words if w.end() <= at]
            if before and _lower(before[-1].group(0)) in definite - linkers:
                at = before.pop().start()  # "... con la radio el ministro": with its article
            if len(before) >= 2 and _lower(before[-1].group(0)) not in linkers:
                return at, span[1]
        return None

    def _cut_apposition(self, ctx: _Context, span: tuple[int, int]) -> tuple[int, int]:
        """"dijo el ministro en una rueda de prensa": the speaker is the noun phrase, not
        the adverbial after it."""
        preps = _word_set(ctx.language, ("prepositions",))
        linkers = _word_set(ctx.language, ("linkers",))
        words = ctx.words(*span)
        for i, w in enumerate(words[1:], start=1):
            word = _lower(w.group(0))
            if word in preps and word not in linkers:
                return span[0], words[i - 1].end()
        return span

    def _speakerish(self, ctx: _Context, span: tuple[int, int] | None) -> bool:
        """Whether a phrase can name who speaks: a known noun, a pronoun, a name."""
        if span is None:
            return False
        low, lang = ctx.low, ctx.language
        for key in ("anonymity", *NOUN_KEYS, "vague_quantifiers"):
            if _find(lang, key, low, *span):
                return True
        words = [w.group(0) for w in ctx.words(*span)]
        pronouns = _word_set(lang, ("pronouns", "plural_pronouns"))
        if any(_lower(w) in pronouns for w in words):
            return True
        if self.index.at(ctx.pb.block.id, *span):
            return True
        return bool(_name_runs(ctx, span)) or any(_acronym(w) for w in words)

    def classify(self, ctx: _Context, start: int, end: int) -> Source:
        """The kind of a source phrase, decided in ``claims.py``'s order."""
        lang, low, text = ctx.language, ctx.low, ctx.text
        phrase = text[start:end]
        words = ctx.words(start, end)
        lowered = [_lower(w.group(0)) for w in words]
        ids = self.index.at(ctx.pb.block.id, start, end)
        people = [i for i in ids if self.types.get(i) == "person"]
        bodies = [i for i in ids if self.types.get(i) in ("organization", "country")]
        if len(words) == 1 and lowered[0] in _word_set(lang, ("pronouns",)):
            who = last_person_before(self.index, self.types, self.order, ctx.pb.block.id,
                                     start)
            if who is None and self.last and self.last[0].kind == "named":
                who = self.last[0].entity
            return Source("named", phrase, who)
        if len(words) == 1 and lowered[0] in _word_set(lang, ("plural_pronouns",)):
            if self.last is not None:
                return Source(self.last[0].kind, phrase, self.last[0].entity,
                              self.last[0].count)
            return Source("vague", phrase)
        if _find(lang, "anonymity", low, start, end):
            return Source("anonymous", phrase, None, _count(ctx, start, end))
        one_of = _find(lang, "one_of", low, start, end)
        if one_of and one_of[0].start() == words[0].start() and any(
                _find(lang, key, low, one_of[0].end(), end)
                for key in ("title_nouns", "source_nouns", "spokesperson_nouns", "vague_nouns")):
            # "один із депутатів фракції", "uno dei consiglieri del ministro": one unnamed
            # person among several who hold an office; "Jeden z górników": one among a
            # group is a person, unnamed, not the group.
            return Source("anonymous", phrase, None, 1)
        every_run = _name_runs(ctx, (start, end))
        connectors = _word_set(lang, ("connectors",))
        # "Ministerio de Agricultura, Pesca y Alimentación": a list closed by "and" after
        # a name owned by its body goes on naming the body.
        every_run = [(r[0], r[1], r[2], True) if i and every_run[i - 1][3] and text[
            every_run[i - 1][1]:r[0]].strip() == "," and r[1] == end and any(
            _lower(w.group(0)) in connectors for w in ctx.words(r[0], r[1])) else r
            for i, r in enumerate(every_run)]
        runs = [r for r in every_run if not r[3]]
        if (lowered[0] in _word_set(lang, ("vague_quantifiers",)) or any(
                w in _word_set(lang, ("polled_words",)) for w in lowered)) and _find(
                lang, "vague_nouns", low, start, end) and not _find(
                lang, "source_nouns", low, start, end) and not people:
            # "Varios vecinos del barrio de X, que denunciaron ... ante la Policía", "Veel
            # boeren in de Gelderse Vallei": a group counted vaguely, wherever it lives and
            # whatever body its complement names; "Опрошенные РБК аналитики": a group the
            # outlet polled is no body's voice.
            return Source("vague", phrase)
        if people:
            return Source("named", phrase, people[0])
        nouns = any(_find(lang, key, low, start, end) for key in NOUN_KEYS)
        if runs and not nouns and (self._adverbial(ctx, (start, end)) or all(
                _country(text[r[0]:r[1]], lang) for r in runs)):
            # "hieß es in Washington", "aus Seoul und Kiew", "según Corea del Sur": a
            # country or a capital speaks for its government.
            return Source("institution", phrase, bodies[0] if bodies else None)
        if runs and all(text[r[0] - 1:r[0]] in OPEN_QUOTES for r in runs) and not _find(
                lang, "document_nouns", low, start, runs[0][0]):  # "опрос «Левада-центра»"
            return Source("institution", phrase)  # "des „Spiegel“": a paper, a company
        # "el Instituto Nacional de Estadística", "la patronal Anfac", "A Petrobras": the
        # name of a body, which the noun or the article before it introduces.
        named_bodies = [r for r in runs if self._body_name(ctx, start, r) or any(
            self.types.get(i) == "organization"  # "da Human Rights Watch"
            for i in self.index.at(ctx.pb.block.id, r[0], r[1]))]
        connectors = _word_set(lang, ("connectors",))
        for r in runs:
            if named_bodies and r not in named_bodies and r[0] > named_bodies[-1][1] and \
                    _lower(text[named_bodies[-1][1]:r[0]].strip()) in connectors:
                # "Ministerstwo Funduszy i Polityki Regionalnej": a body's name goes on
                # past "and".
                named_bodies.append(r)
        runs = [r for r in runs if r not in named_bodies]
        head_doc = self._document_head(ctx, start, end)
        if head_doc is not None:
            # "uno studio del Cnr pubblicato su Nature Geoscience": the names after a
            # document are its authors or where it appeared.  "A imprensa desportiva": the
            # press with no title named is nobody in particular (as local media are).
            if _lower(head_doc.group(0)) in _word_set(lang, ("press_nouns",)) and not \
                    every_run and not _find(lang, "institution_nouns", low, start, end):
                return Source("vague", phrase)
            return Source("document", phrase, bodies[0] if bodies else None)
        heading = _find(lang, "vague_nouns", low, start, end)[:1]
        if heading and heading[0].start() == words[0].start() and runs and all(
                r[0] > heading[0].end() for r in runs) and not _find(
                lang, "source_nouns", low, start, end) and not named_bodies:
            # "Waarnemers in Den Haag", "Vecinos de Carabanchel": a group opening the
            # phrase; the names after it say where it stands, not who speaks.
            return Source("vague", phrase)
        if any(len(r[2]) >= 2 for r in runs):
            return Source("named", phrase)
        if self._titled(ctx, start, end) or (runs and self._title_before(ctx, start, runs)):
            return Source("named", phrase)
        titles = _find(lang, "title_nouns", low, start, end)
        if titles and titles[0].start() == words[0].start() and any(
                len(r[2]) >= 2 for r in every_run):
            # "minister van Buitenlandse Zaken Caspar Veldkamp": an office heading the
            # phrase, then its complement and the holder's name run together.
            return Source("named", phrase)
        sources = _find(lang, "source_nouns", low, start, end)
        if sources and self._insider(ctx, start, end, sources):
            return Source("anonymous", phrase, None, _count(ctx, start, end))
        vague = _find(lang, "vague_nouns", low, start, end)
        documents = [d for d in _find(lang, "document_nouns", low, start, end) if not any(
            v.start() <= d.start() and d.end() <= v.end() for v in vague)]  # "medios locales"
        if documents and vague and not sources and not named_bodies and vague[0].end() <= \
                documents[0].start() and not any(_find(lang, key, low, start, vague[0].start())
                                                 for key in NOUN_KEYS):
            # "Los analistas consultados por este diario": the group heads the phrase; the
            # document is in its complement.
            return Source("vague", phrase)
        if documents and not sources:
            return Source("document", phrase, bodies[0] if bodies else None)
        if named_bodies or _find(lang, "institution_nouns", low, start, end) or any(
                _acronym(w.group(0)) for w in words) or (bodies and not sources):
            count = len(set(bodies)) if len(set(bodies)) > 1 else None
            return Source("institution", phrase, bodies[0] if bodies else None, count)
        if sources:
            return Source("anonymous", phrase, None, _count(ctx, start, end))
        numbers = {_lower(k): v for k, v in shallow_lexicon(lang).get("numbers", {}).items()}
        if numbers.get(lowered[0]) == 1 and len(words) > 1 and words[1].group(0)[0].islower() \
                and not _find(lang, "vague_quantifiers", low, start, end):
            # "Een buurtbewoonster die de brand zag", "Un vecino del barrio": one person
            # with no name, not a group speaking vaguely.
            return Source("anonymous", phrase, None, 1)
        if _find(lang, "vague_quantifiers", low, start, end) or _find(
                lang, "vague_nouns", low, start, end):
            return Source("vague", phrase)
        if runs:
            return Source("named", phrase)
        return Source("vague", phrase)

    def _document_head(self, ctx: _Context, start: int, end: int) -> re.Match[str] | None:
        """The document noun that heads a phrase (its first known noun, after at most two
        lowercase words), unless people or a vague group hold it ("medios locales")."""
        lang, low = ctx.language, ctx.low
        docs = _find(lang, "document_nouns", low, start, end)
        if not docs:
            return None
        nouns = sorted((m for key in (*NOUN_KEYS, "anonymity") for m in _find(lang, key, low,
                                                                             start, end)),
                       key=lambda m: m.start())
        head = docs[0]
        before = ctx.words(start, head.start())
        # "Einer Studie", "El Plan": a determiner is no name, even capitalised.
        function = _word_set(lang, ("definite_determiners", "function_words")) | {
            _lower(k) for k in shallow_lexicon(lang).get("numbers", {})}
        if nouns[0].start() < head.start() or len(before) > 2 or any(
                not w.group(0)[0].islower() and _lower(w.group(0)) not in function
                for w in before):
            return None
        if any(m.start() <= head.start() < m.end() and m.re is not head.re for m in nouns
               if m.end() != head.end() or m.start() != head.start()):
            return None  # "medios locales": a vague phrase that holds the document noun
        if _find(lang, "source_nouns", low, start, end) or _find(lang, "anonymity", low,
                                                                   start, end):
            return None
        return head

    def _insider(self, ctx: _Context, start: int, end: int,
                 sources: list[re.Match[str]]) -> bool:
        """Whether people of a body speak, not the body: the phrase opens with a source
        noun ("un alto funcionario del Departamento de Estado", "Ein hochrangiger Beamter
        des Ministeriums") or counts them ("двоє українських військових посадовців",
        "quatro autoridades americanas").  As in ``claims.py``, a body's voice (a
        spokesperson, a representative uncounted) still speaks for the body."""
        lang, low = ctx.language, ctx.low

        def besides(voices: list[re.Match[str]]) -> list[re.Match[str]]:
            return [m for m in sources if not any(
                v.start() < m.end() and m.start() < v.end() for v in voices)]

        spokespeople = _find(lang, "spokesperson_nouns", low, start, end)
        if besides(spokespeople) and _count(ctx, start, end, implied=False) is not None:
            return True  # "dwaj przedstawiciele wywiadów": counted, they are people
        people = besides(spokespeople + _find(lang, "body_voices", low, start, end))
        if not people:
            return False
        nouns = sorted((m for key in NOUN_KEYS for m in _find(lang, key, low, start, end)),
                       key=lambda m: m.start())
        # The head is the first noun, and only a person's: "autoridades" heading "As
        # autoridades sanitárias" is also a body's noun, and the body speaks.
        head = nouns[0].span()
        return head == people[0].span() and all(
            m.re is people[0].re for m in nouns if m.span() == head)

    def _body_name(self, ctx: _Context, start: int, run: tuple[int, int, list[str], bool]
                   ) -> bool:
        """Whether a name run names a body: right after an institution noun that is no
        title ("el Instituto Nacional ...", "der Branchenverband VDA") or after a document
        noun, whose author it is ("raportu Amnesty International"), or a single word
        right after a definite article at the phrase's start ("La Fiat", "A Petrobras":
        people take no article in these languages)."""
        lang, text = ctx.language, ctx.text
        definite = _word_set(lang, ("definite_determiners",))
        first = _WORD.match(text, run[0])
        elided = first.group(0)[:len(first.group(0)) - len(_elided(first.group(0)))] \
            if first else ""
        if len(run[2]) == 1 and elided and _lower(elided) in definite and \
                not text[start:run[0]].strip():
            return True  # "l'Istat"
        fused = re.search(r"(\w+)['’]$", text[max(0, run[0] - 8):run[0]])
        if len(run[2]) == 1 and fused and f"{_lower(fused.group(1))}'" in _word_set(
                lang, ("agent_words", "definite_determiners")):
            return True  # "annunciato dall'Arera": the article, fused, is before the phrase
        before = text[start:run[0]].rstrip(" ")
        nouns = sorted(_find(lang, "institution_nouns", ctx.low, start, run[0]) + _find(
            lang, "document_nouns", ctx.low, start, run[0]), key=lambda m: m.end())
        persons = _find(lang, "title_nouns", ctx.low, start, run[0]) + _find(
            lang, "spokesperson_nouns", ctx.low, start, run[0])
        spoken_for = any(t.end() <= nouns[-1].start() for t in persons) if nouns else False
        plain = len(run[2]) >= 2 and len(ctx.words(run[0], run[1])) == len(run[2])
        if spoken_for and plain:
            return False  # "Речник Повітряних сил Юрій Ігнат": the spokesperson's name
        if nouns and nouns[-1].end() == len(before) + start and not any(
                t.end() == nouns[-1].end() for t in persons):
            return True
        words = ctx.words(start, run[0])
        if words and _acronym(words[-1].group(0)) and not text[words[-1].end():run[0]].strip() \
                and not persons:
            # "PKP Polskie Linie Kolejowe": a body's initials, then its name ("Речник ДПСУ
            # Андрій Демченко": after an office, the holder's name).
            return True
        return len(run[2]) == 1 and len(words) == 1 and _lower(words[0].group(0)) in definite

    def _titled(self, ctx: _Context, start: int, end: int) -> bool:
        """"El ministro de Economía", "der Innenminister": one person identified by office,
        a title noun right after a definite or possessive determiner (or, in a language
        without articles, at the phrase's head)."""
        titles = _find(ctx.language, "title_nouns", ctx.low, start, end)
        if not titles:
            return False
        words = ctx.words(start, titles[0].start())
        if shallow_lexicon(ctx.language).get("no_articles"):
            # No articles to tell "the minister" from "a minister": the office at the
            # phrase's head, after at most two adjectives, is one person ("министр").
            return len(words) <= 2 and all(w.group(0)[0].islower() for w in words)
        definite = _word_set(ctx.language, ("definite_determiners",))
        elided = re.search(r"(\w+['’])$", ctx.text[start:titles[0].start()])
        if elided and _lower(elided.group(1)).replace("’", "'") in definite and len(words) <= 2:
            return True  # "l'amministratore delegato"
        return bool(words) and _lower(words[0].group(0)) in definite and len(words) <= 2

    def _title_before(self, ctx: _Context, start: int,
                      runs: list[tuple[int, list[str], bool]]) -> bool:
        """"Bundeskanzler Scholz", "la portavoz Sánchez": a title then a single name."""
        titles = _find(ctx.language, "title_nouns", ctx.low, start, runs[0][0])
        return bool(titles) and not ctx.text[titles[-1].end():runs[0][0]].strip(" ")

    # -- headline and languages without a lexicon -----------------------------------

    def _headline(self, pb: ParsedBlock, language: str | None, text: str,
                  low: str) -> list[ShallowClaim]:
        """The headline claim: a convention ("Fuentes: ..."), a speaker before a colon
        ("Sánchez: «No habrá elecciones»"), an attribution read as in the body, else the
        outlet's own words with their cues."""
        end = len(text.rstrip(" .!"))
        ctx = _Context(pb, language, text, low, 0, end)
        prefix = next((p for p in shallow_lexicon(language).get("headline_prefixes", [])
                       if low.startswith(_lower(p)) or low.rstrip(" .").endswith(_lower(p))),
                      None)
        if prefix is not None:
            if low.startswith(_lower(prefix)):
                src, content = (0, len(prefix.rstrip(" :"))), _trim(text, len(prefix), end)
            else:
                a = low.rstrip(" .").rfind(_lower(prefix))
                src, content = (a, a + len(prefix)), _trim(text, 0, a)
            if content:
                level, cues = _certainty(ctx, *content, True, [])
                return [ShallowClaim(*content, Source("anonymous", text[slice(*src)]), src,
                                     level, (f"headline convention: {prefix}", *cues), True)]
        colon = text.find(":")
        if 0 < colon < end:
            who = _trim(text, 0, colon)
            content = _trim(text, colon + 1, end)
            if who and content and self._headline_speaker(ctx, who, content):
                source = self.classify(ctx, *who)
                level, cues = _certainty(ctx, *content, True, [])
                return [ShallowClaim(*content, source, who, level,
                                     (f"headline convention: {text[who[0]:who[1]]}:", *cues),
                                     True)]
        claims = self._attributed(ctx)
        if not claims:
            span = _trim(text, 0, end)
            if span is None:
                return []
            level, cues = _certainty(ctx, *span, False, [])
            claims = [ShallowClaim(*span, Source("unattributed"), None, level, tuple(cues))]
        return [_as_headline(c) for c in claims]

    def _headline_speaker(self, ctx: _Context, who: tuple[int, int],
                          content: tuple[int, int]) -> bool:
        """Whether "X: ..." names a speaker ("Sánchez: «...»") rather than a topic
        ("Incendios en Chile: ...", "Hochwasser in Bayern: ...")."""
        words = ctx.words(*who)
        if len(words) > 4 or not _name_runs(ctx, who):
            return False
        if any(self.types.get(i) == "person" for i in self.index.at(ctx.pb.block.id, *who)):
            return True
        if any(_lower(w.group(0)) in _word_set(ctx.language, ("prepositions", "linkers"))
               for w in words):
            return False
        quoted = ctx.text[_skip_spaces(ctx.text, content[0] - 1):][:1] in OPEN_QUOTES
        return quoted or not shallow_lexicon(ctx.language).get("capitalised_nouns")

    def _quoted_only(self, ctx: _Context) -> list[ShallowClaim]:
        """In a language with no lexicon: a direct quote with a capitalised name right
        before it (ending with ":" or ",") or right after it is that person's word."""
        out = []
        for a, b in _direct_spans(ctx.text[:ctx.end]):
            if not ctx.start <= a < ctx.end:
                continue
            after = _trim(ctx.text, min(b + 1, ctx.end), ctx.end)
            before = _trim(ctx.text, ctx.start, max(ctx.start, a - 1))
            for side in (after, before):
                if side is None or len(ctx.words(*side)) > 6:
                    continue
                runs = [r for r in _name_runs(ctx, side) if len(r[2]) >= 2]
                if not runs:
                    continue
                span = runs[0][:2]
                ids = [i for i in self.index.at(ctx.pb.block.id, *span)
                       if self.types.get(i) == "person"]
                source = Source("named", ctx.text[slice(*span)], ids[0] if ids else None)
                out.append(ShallowClaim(a, b, source, span, "reported",
                                        ("quoted: speaker named beside the quote",)))
                break
        return out


@dataclass(slots=True)
class _Anchor:
    kind: str  # "verb" | "according" | "according_after" | "according_closing"
    start: int
    end: int
    verb_kind: str = ""  # "reporting" | "stance" | "evidence" | "denial" | "possibility"
    agent: tuple[int, int] | None = None  # a passive's agent ("dalla Procura")


@dataclass(slots=True)
class _Read:
    """What one anchor attributes: its content, and to whom."""

    at: int
    cue_text: str
    content: tuple[int, int]
    speaker: tuple[int, int] | None
    source: Source | None
    kind: str  # "after" (content follows) | "before" | "around"
    extra: list[str]

    @property
    def cue(self) -> tuple[int, str]:
        return self.at, self.cue_text


def _anchors(ctx: _Context) -> list[_Anchor]:
    """Reporting verbs (simple forms, participle + auxiliary) and "according to" cues."""
    lang, low, text = ctx.language, ctx.low, ctx.text
    out: list[_Anchor] = _passives(ctx)
    taken: list[tuple[int, int]] = [(a.start, a.end) for a in out]
    for key, kind in (("question_verbs", "question"), ("denial_verbs", "denial"),
                      ("reporting_verbs", "reporting"), ("intention_verbs", "reporting"),
                      ("evidence_verbs", "evidence"), ("stance_verbs", "stance"),
                      ("complaint_verbs", "complaint")):
        for m in _find(lang, key, low, ctx.start, ctx.end):
            if not any(a < m.end() and m.start() < b for a, b in taken):
                out.append(_Anchor("verb", m.start(), m.end(), kind))
                taken.append((m.start(), m.end()))
    negations = _word_set(lang, ("c_negation",))
    for a in out:
        before = ctx.words(_last_break(text, ctx.start, a.start), a.start)[-1:]
        if a.verb_kind == "denial" and before and _lower(before[0].group(0)) in negations:
            # "El Pentágono no descarta que ...": what is not ruled out is possible.
            a.start, a.verb_kind = before[0].start(), "possibility"
    auxiliaries = _word_set(lang, ("auxiliaries",))
    for key, kind in (("denial_participles", "denial"), ("participles", "reporting")):
        for m in _find(lang, key, low, ctx.start, ctx.end):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            clause = _last_break(text, ctx.start, m.start())
            before = ctx.words(clause, m.start())[-6:]
            aux = next((w for w in before if _lower(w.group(0)) in auxiliaries), None)
            if aux is not None:
                # The verb phrase runs from its auxiliary: "ha dicho", "hat ... gesagt".
                start = aux.start() if len(before) - before.index(aux) <= 2 else m.start()
                out.append(_Anchor("verb", start, m.end(), kind))
                taken.append((start, m.end()))
    for key, kind in (("according_to_pronoun", "according_pronoun"),
                      ("according_to", "according"), ("according_to_after", "according_after"),
                      ("according_to_closing", "according_closing")):
        for m in _find(lang, key, low, ctx.start, ctx.end):
            if kind == "according_closing":
                prev = text[:m.start()].rstrip()
                nxt = _WORD.match(low, _skip_spaces(low, m.end()))
                if not prev or prev[-1] not in ",—–" or (
                        nxt and nxt.group(0) in _word_set(lang, ("complementizers",))):
                    continue  # ", zegt dat ...": a verb with its clause, not "..., zegt X"
            if any(a.kind == "according_pronoun" and a.start <= m.start() < a.end for a in out):
                continue  # "по его словам" is read once, as the pronoun's
            if kind == "according" and text[ctx.start:m.start()].strip() and _find(
                    lang, "cited_by", low, m.start(), m.end()):
                continue  # "Osoba ..., cytowana przez „Rz”, twierdzi": the person speaks
            out.append(_Anchor(kind, m.start(), m.end()))
    out.extend(_according_if_speaker(ctx))
    if not out:
        out.extend(_document_setting(ctx))
    # "Sollte sich der Bericht bestätigen, ...": a verb inside an opening condition
    # reports nothing; the condition is the sentence's.
    conditions = [(h.start(), _clause_stop(text, h.end(), ctx.end)) for h in _find(
        lang, "c_hypothetical_start", low, ctx.start, ctx.end)
        if _last_break(text, ctx.start, h.start()) == h.start() or
        not text[ctx.start:h.start()].strip()]
    out = [a for a in out if a.kind != "verb" or not any(
        c < a.start < e for c, e in conditions)]
    # A verb inside a quoted title says nothing ("«Nadie dijo que ...», la película");
    # one inside an opening quote in single marks is the quoted speech, when a verb of
    # saying follows the quote.
    title = _quoted_title(ctx)
    if title is not None:
        out = [a for a in out if not title[0] <= a.start < title[1]]
    single = _single_quoted(ctx)
    if single is not None and any(a.start >= single[1] for a in out):
        out = [a for a in out if not single[0] <= a.start < single[1]]
    return sorted(out, key=lambda a: a.start)


def _passives(ctx: _Context) -> list[_Anchor]:
    """"È stato confermato dalla Procura", "wurde von der Polizei bestätigt", "была
    подтверждена пресс-службой": a reporting verb in the passive with its agent is the
    agent's report of the subject.  The agent follows an agent preposition ("dalla",
    "von", "pela", "door", "przez"), or, in a language that marks it by case alone
    (no ``agent_prepositions``), is the phrase right after the participle.  Without an
    agent nothing is read here ("La notizia è stata confermata")."""
    lang, low, text = ctx.language, ctx.low, ctx.text
    auxiliaries = _word_set(lang, ("passive_auxiliaries",))
    preps = _word_set(lang, ("agent_prepositions",))
    out: list[_Anchor] = []
    for m in _find(lang, "passive_participles", low, ctx.start, ctx.end):
        clause = _last_break(text, ctx.start, m.start())
        # German puts the agent between them: "wurde am Abend von der Polizei bestätigt".
        before = ctx.words(clause, m.start())[-10:]
        aux = next((w for w in before if _lower(w.group(0)) in auxiliaries), None)
        if aux is None or not _trim(text, clause, aux.start()):
            continue  # no passive, or no subject before it: nothing is confirmed
        stop = _clause_stop(text, m.end(), ctx.end)
        agent = None
        if preps:
            for w in ctx.words(aux.end(), stop):
                if m.start() <= w.start() < m.end():
                    continue
                word = _lower(w.group(0))
                elided = _elided(w.group(0))
                head = word[:len(word) - len(elided)] if elided != w.group(0) else ""
                if word in preps:
                    end = m.start() if w.end() <= m.start() else stop
                    agent = _trim(text, w.end(), end)
                elif head and head in preps:  # "dall'Istat"
                    end = m.start() if w.end() <= m.start() else stop
                    agent = _trim(text, w.end() - len(elided), end)
                if agent is not None:
                    break
        else:
            agent = _trim(text, m.end(), stop)
        if agent is None:
            continue
        out.append(_Anchor("passive", aux.start(), m.end(), "reporting", agent))
    return out


def _document_setting(ctx: _Context) -> list[_Anchor]:
    """"W najnowszym sondażu IBRiS Koalicja zdobywa 31 proc.", "Im aktuellen Bericht der
    OECD liegt ...": a sentence that opens inside a document (a poll, a report) and has
    no verb of saying reports what the document says.  The source is the document's
    noun with the adjectives before it and the names after it."""
    lang, low, text = ctx.language, ctx.low, ctx.text
    words = ctx.words(ctx.start, ctx.end)
    if len(words) < 5 or text[ctx.start:words[0].start()].strip() or _lower(
            words[0].group(0)) not in _word_set(lang, ("setting_prepositions",)):
        return []
    docs = _find(lang, "document_nouns", low, words[1].start(), words[min(3, len(words) - 1)].end())
    if not docs:
        return []
    between = ctx.words(words[0].end(), docs[0].start())
    if any(not w.group(0)[0].islower() for w in between):
        return []
    keep = _word_set(lang, ("linkers", "name_particles"))
    stop = docs[0].end()
    pos = stop
    while pos < ctx.end:
        pos = _skip_spaces(text, pos)
        if pos < ctx.end and text[pos] in OPEN_QUOTES and not _opens_quote(text, pos):
            close = next((i for i in range(pos + 1, ctx.end) if text[i] in CLOSE_QUOTES), None)
            if close is None:
                break
            pos = stop = close + 1
            continue
        w = _WORD.match(text, pos)
        if w is None or not (_acronym(w.group(0)) or _lower(w.group(0)) in keep):
            break
        pos = w.end()
        if _acronym(w.group(0)):
            stop = pos
    source = _trim(text, words[1].start(), stop)
    if source is None or _trim(text, stop, ctx.end) is None:
        return []
    return [_Anchor("setting", words[0].start(), words[0].end(), "", source)]


def _according_if_speaker(ctx: _Context) -> list[_Anchor]:
    """"Per alcuni osservatori, ...", "Para muchos analistas, ...": a preposition that
    means "according to" only when it opens the sentence and a speaker's noun follows
    within three words ("per alcuni giorni" is a duration)."""
    lang, low = ctx.language, ctx.low
    out = []
    for m in _find(lang, "according_to_if_speaker", low, ctx.start, ctx.end):
        if ctx.text[ctx.start:m.start()].strip():
            continue
        phrase = ctx.words(m.end(), _clause_stop(ctx.text, m.end(), ctx.end))
        head = phrase[:3]
        if head and (any(_find(lang, key, low, head[0].start(), head[-1].end()) for key in (
                "vague_nouns", "source_nouns", "institution_nouns", "title_nouns")) or (
                len(phrase) <= 5 and any(len(r[2]) >= 2 and not r[3] for r in _name_runs(
                    ctx, (phrase[0].start(), phrase[-1].end()))))):
            # "Per l'economista Lucia Bertoni, ...": a phrase of a person's full name, up to
            # its comma, speaks too.
            out.append(_Anchor("according", m.start(), m.end()))
    return out


def _enclitic_question(ctx: _Context, first: re.Match[str]) -> bool:
    """Whether a clause opening with ``first`` asks a question by an enclitic particle
    right after its first word (Russian "выдержит ли", "будет ли")."""
    second = _WORD.match(ctx.text, _skip_spaces(ctx.text, first.end()))
    return second is not None and _lower(second.group(0)) in _word_set(
        ctx.language, ("question_enclitics",))


def _coordinated(ctx: _Context, outer_start: int, r: _Read) -> int | None:
    """Where an outer report's content ends when ``r`` continues it ("dijo que A y añadió
    que B", "sagte, A, und fügte hinzu, B"): before the connector or the break that
    stands right before ``r``'s verb, its own speaker aside.  None when nothing joins
    them ("dijo que el alcalde aseguró que ..." is a report inside the report)."""
    connectors = _word_set(ctx.language, ("connectors",))
    spoken = range(*r.speaker) if r.speaker else range(0)
    cut, joined = r.at, False
    for w in reversed(ctx.words(outer_start, r.at)):
        if any(ch in BREAKS for ch in ctx.text[w.end():cut]):
            joined = True
            break
        if _lower(w.group(0)) in connectors:
            cut, joined = w.start(), True
        elif w.start() in spoken and not joined:
            cut = w.start()
        else:
            break
    if not joined:
        return None
    brk = _last_break(ctx.text, outer_start, cut)
    if brk > outer_start and not ctx.text[brk:cut].strip():
        cut = brk - 1
    return cut if cut > outer_start else None


def _without_time(ctx: _Context, span: tuple[int, int]) -> tuple[int, int]:
    """"confirmó este martes la Aemet": a day at the head of an inverted speaker phrase
    (with the lowercase words before it) is when, not who."""
    words = ctx.words(*span)[:4]
    days = _word_set(ctx.language, ("not_names",))
    for i, w in enumerate(words[:3]):
        if _lower(w.group(0)) in days and all(v.group(0)[0].islower() for v in words[:i]) \
                and i + 1 < len(words):
            return _trim(ctx.text, words[i + 1].start(), span[1]) or span
    return span


def _opens_quote(text: str, pos: int) -> bool:
    """Whether the mark at ``pos`` opens a quoted statement (three words or more), not a
    quoted name ("agencia «Autostat»")."""
    return any(pos < a <= pos + 2 for a, _ in _direct_spans(text))


def _skip_spaces(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def _content_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " .!…;":
        end -= 1
    return end


def _whole_quote(ctx: _Context, within: tuple[int, int] | None = None
                 ) -> tuple[int, int] | None:
    """The sentence (or ``within``) when it is a direct quote and nothing else."""
    start, end = within or (ctx.start, ctx.end)
    span = _trim(ctx.text, start, end)
    if span is None or ctx.text[start] not in OPEN_QUOTES:
        return None
    for a, b in _direct_spans(ctx.text):
        if a - 1 <= ctx.start and b >= span[1] - 1:
            return span
    return None


def _as_headline(c: ShallowClaim) -> ShallowClaim:
    return ShallowClaim(c.start, c.end, c.source, c.source_span, c.certainty, c.cues, True)


@lru_cache(maxsize=4096)
def _country(name: str, language: str | None) -> bool:
    """A country's name or its capital's ("Corea del Sur", "Washington")."""
    return country_of(name, language) is not None or metonym_country(name, language) is not None


def _elided(word: str) -> str:
    """"l'Istat" -> "Istat", "dell'Onu" -> "Onu": the word after an elided article."""
    for mark in "'’":
        head, sep, rest = word.partition(mark)
        if sep and rest and len(head) <= 5 and head.isalpha() and (
                len(head) == 1 or head[1:].islower()):
            return rest  # "l'Istat", and "L'Aeronautica" at a sentence's start
    return word


def _acronym(word: str) -> bool:
    """"ONU", "OTAN", "EFE", "NATO": a body's initials; also initials joined by a
    lowercase "and" ("GDDKiA", "MSWiA", "UOKiK": Polish bodies' names with "i")."""
    if 2 <= len(word) <= 6 and word.isalpha() and word.isupper():
        return True
    if not (4 <= len(word) <= 8 and word.isalpha() and word[:2].isupper() and word[-1].isupper()):
        return False
    lower = [i for i, ch in enumerate(word) if not ch.isupper()]
    return bool(lower) and len(word) - len(lower) >= 3 and all(
        word[i - 1].isupper() and word[i + 1].isupper() for i in lower)


def _name_runs(ctx: _Context, span: tuple[int, int]
               ) -> list[tuple[int, int, list[str], bool]]:
    """Runs of capitalised words that are not known nouns, function words, dates or
    initials: (start, end, words, owned), ``owned`` when a linker ("de", "des", "von") makes
    the run the complement of a noun ("el portavoz del Kremlin") rather than a speaker."""
    lang = ctx.language
    skip = _word_set(lang, ("function_words", "definite_determiners", "not_names",
                            "prepositions", "connectors", "pronouns", "plural_pronouns",
                            "vague_quantifiers"))
    particles = _word_set(lang, ("name_particles",))
    linkers = _word_set(lang, ("linkers",))
    definite = _word_set(lang, ("definite_determiners",))
    numbers = {_lower(k) for k in shallow_lexicon(lang).get("numbers", {})}
    nouns = [(m.start(), m.end()) for key in (*NOUN_KEYS, "anonymity")
             for m in _find(lang, key, ctx.low, *span)]
    runs: list[tuple[int, int, list[str], bool]] = []
    current: list[re.Match[str]] = []
    previous: re.Match[str] | None = None
    words = ctx.words(*span)

    def close() -> None:
        if current:
            i = words.index(current[0])
            while i >= 1 and _lower(words[i - 1].group(0)) in definite:
                i -= 1  # "Ministerio para la Transición": the linker before the article
            # "el portavoz del Kremlin": a linker after a word; "A Petrobras": an article.
            owned = i >= 2 and _lower(words[i - 1].group(0)) in linkers
            runs.append((current[0].start(), current[-1].end(), [w.group(0) for w in current],
                         owned))

    for w in words:
        word = _elided(w.group(0))
        low = _lower(word)
        head = w.group(0)[:len(w.group(0)) - len(word)]
        at = w.start() + len(head)
        is_noun = any(a <= at < b for a, b in nouns)
        name = (word[0].isupper() and not _acronym(word) and low not in skip
                and low not in numbers and not is_noun)
        gap = previous is not None and ctx.text[previous.end():w.start()].strip() != ""
        if name and head and _lower(head) in linkers:
            close()  # "dell'Università": the name is a complement, owned by the linker
            runs.append((at, w.end(), [word], True))
            current = []
        elif name and not gap:
            current.append(w)
        elif current and low in particles and not gap:
            previous = w
            continue
        else:
            close()
            current = [w] if name else []
        previous = w
    close()
    return runs


def _count(ctx: _Context, start: int, end: int, implied: bool = True) -> int | None:
    """How many people an anonymous phrase names ("un funcionario y tres personas": 4);
    None when a noun has no number ("fuentes cercanas").  ``implied``: a lone singular
    noun counts one in a language without articles ("Высокопоставленный источник")."""
    numbers = {_lower(k): int(v) for k, v in shallow_lexicon(ctx.language).get(
        "numbers", {}).items()}
    total, unknown = 0, False
    nouns = _find(ctx.language, "source_nouns", ctx.low, start, end)
    first = ctx.words(start, end)[:1]
    if len(nouns) == 1 and first and _lower(first[0].group(0)) in numbers:
        # "Einer mit der Sache vertrauten Person": the number opens the phrase.
        return numbers[_lower(first[0].group(0))]
    singular = _word_set(ctx.language, ("singular_source_nouns",))
    for m in nouns:
        before = [_lower(w.group(0)) for w in ctx.words(start, m.start())][-3:]
        found = [numbers.get(w) or (int(w) if w.isdigit() else None) for w in reversed(before)]
        n = next((f for f in found if f), None)
        if n is None and implied and len(nouns) == 1 and m.group(0) in singular:
            n = 1  # "Высокопоставленный источник": no article, the singular says one
        if n:
            total += n
        else:
            unknown = True
    return None if unknown or total == 0 else total


# --- certainty ------------------------------------------------------------------------


def _certainty(ctx: _Context, start: int, end: int, attributed: bool,
               extra: list[str]) -> tuple[str, list[str]]:
    """Certainty of a content span from the cues it holds, strongest first (the order
    of ``claims.CERTAINTY_ORDER``), and every cue found."""
    lang, low, text = ctx.language, ctx.low, ctx.text
    found: dict[str, str] = {}
    for cue in extra:
        level, _, what = cue.partition(": ")
        found.setdefault(level, what if level == "reported" else cue)
    negations = _find(lang, "c_negation", low, start, end)
    exceptions = _find(lang, "c_negation_exceptions", low, start, end)
    # "o caso", "el caso": after a determiner a hypothesis word is a noun.
    definite = _word_set(lang, ("definite_determiners",))
    questions = [h for h in _find(lang, "c_hypothetical", low, start, end)
                 if not (before := _words(text, start, h.start())[-1:])
                 or _lower(before[0].group(0)) not in definite]
    hyp = questions[0].group(0) if questions else _pattern(lang, "hypothetical_patterns",
                                                             text, start, end)
    # "если" opening the content or a clause inside it ("ограничения, если они будут
    # введены, ударят ..."): a condition.
    opening = next((h for h in _find(lang, "c_hypothetical_start", low, start, end)
                    if not text[_last_break(text, start, h.start()):h.start()].strip()), None)
    conditions = [(h.start(), _clause_stop(text, h.end(), end)) for h in (
        questions + ([opening] if opening else []))]
    # "Si no hay acuerdo, ...": a negation inside the condition denies nothing; nor does
    # one that frames an open question ("Не зрозуміло, чи ...", "Nie wiadomo, czy ...").
    negations = [n for n in negations if not any(e.start() <= n.start() < e.end()
                                                 for e in exceptions)
                 and not any(a <= n.start() < b for a, b in conditions)
                 and not any(h.start() >= n.end() and len(_words(
                     text, n.end(), h.start())) <= 2 for h in questions)
                 and not any(a <= n.start() < b for a, b in _quoted_names(ctx, start, end))]
    but = _adversative(ctx, start, end)
    if but is not None and not any(n.start() < but for n in negations):
        # "Schoof sprak over de crisis, maar gaf geen details": the claim is the main
        # clause; a negation only in the clause after "but" denies nothing of it.
        negations = []
    if negations:
        found.setdefault("denied", f"negation: {negations[0].group(0)}")
    if hyp or opening or text[start:end + 1].rstrip().endswith("?"):
        what = hyp or (opening.group(0) if opening else "?")
        found["hypothetical"] = f"hypothesis: {what}"
    for level, label in (("possible", "modal"), ("probable", "hedge"),
                         ("estimate", "estimate")):
        cue = _first(lang, f"c_{level}", low, start, end)
        if cue:
            found.setdefault(level, f"{label}: {cue}")
    future = _first(lang, "c_predicted", low, start, end) or _pattern(
        lang, "predicted_patterns", text, start, end)
    if future:
        found["predicted"] = f"future: {future}"
    hearsay = _first(lang, "c_reported", low, start, end)
    if hearsay:
        found.setdefault("reported", f"hearsay: {hearsay}")
    conditional = _conditional(ctx, start, end)
    if conditional and "possible" not in found and "probable" not in found:
        found.setdefault("reported", f"conditional: {conditional}")
    if attributed:
        found.setdefault("reported", "attributed")
    return strongest(found)


def _promised(ctx: _Context, a: _Anchor, content: tuple[int, int]) -> list[str]:
    """A promise is the speaker's own forecast: its content is predicted ("пообещал, что
    ремонт завершат", "ha promesso che ..."), whatever its tense.  A verb that announces
    in advance ("kündigte an", "zapowiedziała") makes a forecast of a content in the
    future, including the future of indirect speech that reads as hearsay elsewhere
    ("der Freistaat werde ... schaffen", "zostanie oddany")."""
    lang, low = ctx.language, ctx.low
    promise = _first(lang, "promise_verbs", low, a.start, a.end)
    if promise:
        return [f"predicted: promise verb: {promise}"]
    # "Iberdrola planea construir ...", "Укренерго планує відновити": a plan is the
    # planner's own forecast, as in the parsed languages ("plans to", "prévoit de").
    intent = _first(lang, "intention_verbs", low, a.start, a.end)
    if intent:
        return [f"predicted: intention verb: {intent}"]
    # A verb of forecasting ("pronostica que", "sagt ... voraus", "прогнозирует"): what is
    # forecast is the forecaster's own prediction, as a promise is.
    forecast = _first(lang, "forecast_verbs", low, a.start, a.end)
    if forecast:
        return [f"predicted: forecast verb: {forecast}"]
    if _first(lang, "announce_verbs", low, a.start, a.end):
        future = _first(lang, "c_announced_future", low, *content)
        if future:
            return [f"predicted: announced future: {future}"]
        # "kündigte an, die Strecke ab Juli zu sperren": an infinitive closing the content
        # is what the announcer will do.
        said = ctx.text[content[0] : content[1]]
        own = next((m for p in _patterns(lang, "announced_infinitive") if (m := p.search(said))),
                   None)
        if own:
            return [f"predicted: announced act: {own.group(0).strip()}"]
    return []


def _quantity(ctx: _Context, start: int, end: int) -> bool:
    """Whether a span states a number: digits or a number word."""
    numbers = {_lower(k) for k in shallow_lexicon(ctx.language).get("numbers", {})}
    return any(w.group(0)[0].isdigit() or _lower(w.group(0)) in numbers
               for w in ctx.words(start, end))


_QUOTED_NAME = re.compile(r"(?<=\w)\s+([«“„\"‹])\s*[^\W\d_][^«»“”„\"‹›]{0,60}[»”“\"›]")


def _quoted_names(ctx: _Context, start: int, end: int) -> list[tuple[int, int]]:
    """Quoted titles and names inside a span ("la plataforma «Ni una menos»", "de film
    „Nooit meer“"): up to six words in quote marks right after a determiner and a noun
    with no punctuation between, opening on a capital, with no punctuation inside, and
    not after a verb of saying or a complementizer (there they are words said: "El
    ministro dijo «No habrá recortes»", "Carlos repitió «No me voy»").  Their words are a
    name, not the claim's: a negation there denies nothing."""
    text, lang = ctx.text, ctx.language
    comps = _word_set(lang, ("complementizers",))
    determiners = _word_set(lang, ("definite_determiners",)) | {
        _lower(k) for k in shallow_lexicon(lang).get("numbers", {})}
    out = []
    for m in _QUOTED_NAME.finditer(text, start, end):
        inner = (m.start(1) + 1, m.end() - 1)
        before = ctx.words(start, m.start(1))[-2:]
        if len(before) < 2 or _lower(before[0].group(0)) not in determiners:
            continue
        before = before[1:]
        if not text[_skip_spaces(text, inner[0])].isupper() or len(
                ctx.words(*inner)) > 6 or any(ch in ".!?:;," for ch in text[slice(*inner)]):
            continue
        w = before[0]
        if _lower(w.group(0)) in comps or any(
                _find(lang, key, ctx.low, w.start(), w.end())
                for key in (*VERB_KEYS, "participles", "denial_participles")):
            continue
        out.append((m.start(1), m.end()))
    title = _quoted_title(ctx)
    if title is not None and title[0] < end and start < title[1]:
        out.append(title)
    return out


def _quoted_title(ctx: _Context) -> tuple[int, int] | None:
    """"«Nadie dijo que fuera fácil», la última película de X, se estrena ...": a quote
    opening the sentence in apposition to a noun of a work (a film, a book, a song),
    after at most three words, is the work's title: its words are a name, not speech."""
    text = ctx.text
    opening = _skip_spaces(text, ctx.start)
    span = next(((a, b) for a, b in _direct_spans(text) if a - 1 <= opening < a), None)
    if span is None:
        return None
    close = span[1] + 1 if span[1] < ctx.end and text[span[1]] in CLOSE_QUOTES else span[1]
    if text[_skip_spaces(text, close):][:1] != ",":
        return None
    after = ctx.words(close, _clause_stop(text, _skip_spaces(text, close) + 1, ctx.end))[:4]
    if after and any(_find(ctx.language, "work_nouns", ctx.low, w.start(), w.end())
                     for w in after):
        return opening, close
    return None


def _single_quoted(ctx: _Context) -> tuple[int, int] | None:
    """"'We hebben ... gewaarschuwd', zegt X": a quote in single marks opening the
    sentence and closed before a comma (Dutch press style); None when there is none."""
    m = re.compile(r"'(?=[^\W\d_])[^']{2,}?[^\W_]'(?=\s*,)").match(ctx.text, ctx.start, ctx.end)
    return m.span() if m else None


def _adversative(ctx: _Context, start: int, end: int) -> int | None:
    """Where a clause opened by ", but" starts in a span that has a main clause of at
    least three words before it, or None."""
    buts = _word_set(ctx.language, ("adversatives",))
    if not buts:
        return None
    for w in ctx.words(start, end):
        if _lower(w.group(0)) in buts and ctx.text[:w.start()].rstrip().endswith(",") and \
                len(ctx.words(start, w.start())) >= 3:
            return w.start()
    return None


def _clause_stop(text: str, start: int, end: int) -> int:
    """The next comma or other break after ``start`` (or ``end``): a clause's end."""
    return next((i for i in range(start, end) if text[i] in BREAKS), end)


def _pattern(language: str | None, key: str, text: str, start: int, end: int) -> str | None:
    """The first match of a lexicon regex that is not a listed exception ("porão" ends
    like a future) nor a noun after a determiner ("no verão")."""
    base = key.removesuffix("_patterns")
    exceptions = _word_set(language, (f"c_{base}_exceptions",))
    blockers = _word_set(language, (f"c_{base}_blockers",))
    for pattern in _patterns(language, key):
        for m in pattern.finditer(text, start, end):
            if _lower(m.group(0)) in exceptions:
                continue
            before = _words(text, start, m.start())[-1:]
            if before and _lower(before[0].group(0)) in blockers:
                continue
            return m.group(0)
    return None


def _conditional(ctx: _Context, start: int, end: int) -> str | None:
    """A conditional (or German Konjunktiv) verb form: the reportive mood of the press
    ("habría autorizado", "avrebbe firmato", "teria recebido").  A word with the same
    ending after a determiner is a noun ("la mayoría"), as are listed exceptions."""
    return _pattern(ctx.language, "conditional_patterns", ctx.text, start, end)


__all__ = ["ShallowClaim", "ShallowReader", "sentences", "shallow_lexicon"]
