"""``ShallowReader``, which reads the claims of an article's blocks that have no parse,
and ``ShallowClaim``, what it returns.

Apart because it is the entry point and holds the per-article state (the last speaker):
per sentence it tries the anchors (resolved by the classes above), then what has no
anchor (a sourcing note, a quote after a colon or continuing a speaker's turn, the
outlet's own words); also the headline, and quotes beside names in a language with no
lexicon.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newstrace.analyze.entities import EntityIndex
from newstrace.analyze.quotes import _direct_spans
from newstrace.analyze.shallow_claims._according import _According
from newstrace.analyze.shallow_claims._anchors import (
    _Anchor,
    _anchors,
    _coordinated,
    _document_setting,
    _negation_before,
    _Read,
)
from newstrace.analyze.shallow_claims._certainty import _certainty
from newstrace.analyze.shallow_claims._lexicon import (
    NOUN_KEYS,
    _find,
    _first,
    _lower,
    _word_set,
    shallow_lexicon,
)
from newstrace.analyze.shallow_claims._names import _count, _name_runs
from newstrace.analyze.shallow_claims._text import (
    OPEN_QUOTES,
    _content_end,
    _Context,
    _links,
    _skip_spaces,
    _trim,
    _whole_quote,
    sentences,
)
from newstrace.model import Article, Source
from newstrace.nlp.parse import ParsedBlock


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


class ShallowReader(_According):
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
        # (a language of its own verbs of saying; the cues shared by all are no lexicon)
        known = bool(shallow_lexicon(language).get("reporting_verbs"))
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
        opening = _opening_condition(ctx, *span)
        # ("Si el Congreso rechaza los presupuestos, el Ejecutivo tendría ...": a denial
        # inside the opening condition is part of the hypothesis, nobody's denial)
        if found and opening is not None and \
                "," not in ctx.text[opening.end():found[0].start()]:
            found = []
        denial = found[0].group(0) if found else None
        if denial:
            extra.append(f"denied: denial verb: {denial}")
            # "Shell ontkent elke betrokkenheid", "PKP Intercity zaprzeczyło doniesieniom":
            # a short phrase that can name a speaker, then the denial verb, is who denies.
            who = _trim(ctx.text, span[0], found[0].start())
            inner = None
            helper = ctx.words(*who)[-1:] if who is not None else []
            if helper and len(ctx.words(*who)) > 1 and _lower(helper[0].group(0)) in _word_set(
                    ctx.language, ("auxiliaries",)):
                who = _trim(ctx.text, who[0], helper[0].start())  # "Iberdrola ha negado"
            elif who is not None and (aux := next((
                    w for w in ctx.words(*who)[1:-1] if _lower(w.group(0)) in _word_set(
                        ctx.language, ("auxiliaries",))), None)) is not None and \
                    _find(ctx.language, "denial_participles", ctx.low, *span):
                # "Der frühere Landrat X hat die Vorwürfe entschieden zurückgewiesen": the
                # speaker before the auxiliary, what is denied between it and the participle.
                who, inner = _trim(ctx.text, who[0], aux.start()), _trim(
                    ctx.text, aux.end(), found[0].start())
            negation = _negation_before(ctx, found[0].start())
            if who is not None and negation is not None and negation.start() > who[0] and any(
                    w.startswith(tuple(_word_set(ctx.language, ("ruling_out_stems",))))
                    for w in _lower(denial).split()):
                # "Il ministro non ha escluso un nuovo intervento", "no descarta una
                # subida": what is not ruled out is possible (as "no descarta que ...").
                who = _trim(ctx.text, who[0], negation.start())
                extra[-1] = f"possible: not ruled out: {denial}"
            after = _trim(ctx.text, found[0].end(), span[1])
            if after is None and inner is not None:
                after = inner
            if after is None and len(parts := denial.split()) > 2:
                # "Der Konzern wies die Vorwürfe ... zurück": a separable verb wraps what
                # it denies.
                after = _trim(ctx.text, found[0].start() + len(parts[0]),
                              found[0].end() - len(parts[-1]))
            runs = _name_runs(ctx, who) if who is not None and after is None else []
            if runs and runs[-1][1] < who[1] and not runs[-1][3]:
                # "Олег Марченко свою вину не признал": the verb last, what is denied between
                # the name and it.
                after = _trim(ctx.text, runs[-1][1], who[1])
                who = (who[0], runs[-1][1])
            if who is not None and after is not None and len(ctx.words(*who)) <= 8 and \
                    self._speakerish(ctx, who):
                level, cues = _certainty(ctx, *after, True, extra)
                return [ShallowClaim(*after, self.classify(ctx, *who), who, level,
                                     (*cues, "attributed"))]
        refused = _find(ctx.language, "refusals", ctx.low, *span)
        if refused and not denial:
            # "Ajax wilde niet reageren op berichten over een mogelijk vertrek": a refusal
            # to comment is the outlet's plain fact, whatever the question it left open.
            return [ShallowClaim(*span, Source("unattributed"), None, "asserted",
                                 (f"refusal to comment: {refused[0].group(0)}",))]
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
        if not reads:
            # ("У звіті ... збитки ... оцінюють у понад 50 млрд": a verb with no speaker
            # of its own, in a sentence that opens inside a document, says what it holds)
            reads = [r for r in (self._resolve(ctx, a) for a in _document_setting(ctx))
                     if r is not None]
        # (a read whose content holds its own verb and another read's is a misreading,
        # when that other read stands clear: "Caso ..., o Governo admite recorrer ...,
        # disse fonte do executivo")
        # (a read around its cue, "A – jak przyznał X – B", holds it by right)
        clear = [r for r in reads if not r.content[0] <= r.at < r.content[1]]
        reads = [r for r in reads if not (
            r.kind in ("before", "after") and r.content[0] <= r.at < r.content[1]
            and any(r.content[0] <= o.at < r.content[1] for o in clear))]
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
        # ("Caso o acordo não seja aprovado, a Fenprof ameaça avançar com uma greve": a
        # condition opening the sentence, closed by a comma before the verb of saying,
        # bears on what is said, as the parsed languages read it)
        opening = _opening_condition(ctx, ctx.start, ctx.end)
        closed = ctx.text.find(",", opening.end(), ctx.end) if opening is not None else -1
        for r in kept:
            span = _trim(ctx.text, *r.content)
            if span is None:
                continue
            source = r.source or self._implicit(r)
            extra = r.extra
            if opening is not None and closed != -1 and closed < r.cue[0] <= span[0]:
                extra = [*extra, f"hypothetical: condition on the saying ({opening.group(0)})"]
            level, cues = _certainty(ctx, *span, True, extra)
            out.append(ShallowClaim(*span, source, r.speaker, level, (r.cue_text, *cues)))
            if source.kind != "vague" or r.speaker is not None:
                self.last = (source, r.speaker, ctx.pb.block.id)
        return out

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


def _as_headline(c: ShallowClaim) -> ShallowClaim:
    return ShallowClaim(c.start, c.end, c.source, c.source_span, c.certainty, c.cues, True)


def _opening_condition(ctx: _Context, start: int, end: int) -> re.Match[str] | None:
    """The word of condition that opens ``[start, end)`` ("Si ...", "Caso ...",
    ``hypothetical_start``), if one does."""
    return next((h for h in _find(ctx.language, "c_hypothetical_start", ctx.low, start, end)
                 if not ctx.text[start : h.start()].strip()), None)
