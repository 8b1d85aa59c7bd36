"""Quotes: words put in someone's mouth, direct (between quote marks) or indirect.

Direct quotes are found by their typography in any language — « … », “ … ”,
„ … “, "…" — including a quote whose paragraph ends without closing it, as
English and French typography do when a quote runs on.  The speaker is the
subject of a reporting verb outside the marks in the same sentence ("…, a
déclaré le ministre", "she said"), else in the sentence before or after
(a quote alone in its sentence continues the speaker's turn); a pronoun or a
title ("she", "le ministre") goes to the last person named.  Indirect quotes are
the claims that a reporting verb or "selon / according to" attributes to someone.

A quote's evidence is its content span, then (when read) the words naming its speaker,
so that a reader, or a benchmark, can check who was taken to speak.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import takewhile
from typing import TYPE_CHECKING

from newstrace.analyze.claims import (
    cue_lemma,
    cues_for,
    inverted_subject,
    inverted_words,
    last_person_before,
    person_genders,
    speaker_of,
    subjects_of,
    titled_first,
)
from newstrace.analyze.entities import EntityIndex
from newstrace.model import Article, Claim, Quote, Span, Speaker
from newstrace.nlp.dates import fold
from newstrace.nlp.parse import ParsedBlock

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

#: Opening mark -> closing marks it pairs with.
PAIRS = {"«": "»", "“": "”", "„": "“”", '"': '"', "»": "«", "‹": "›", "”": "”"}
#: Marks that open and close alike: after a letter or digit they close (or are inches).
SYMMETRIC = frozenset({'"', "”"})
MIN_WORDS = 3


def _direct_spans(text: str) -> list[tuple[int, int]]:
    """Content spans between paired quote marks; an unclosed quote runs to the block's end
    (but for single quotes, whose closing mark is the apostrophe too).

    Two apostrophes stand for a double quote mark in some wire copy (''Like this,'' he
    said): read as one mark and a space, so that offsets stay those of the page.
    """
    text = text.replace("''", '" ')
    spans = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch in "‘'" and (i == 0 or text[i - 1] in " \n(—–") and i + 1 < len(text) and \
                text[i + 1].isalnum():
            # British single quotes (straight once normalised): the closing mark is also the
            # apostrophe ("We’ve"), so it closes only after the quote's own punctuation
            # (",’ she said"); with none, no quote is read.
            j = next((k for k in range(i + 1, len(text)) if text[k] in "’'" and text[k - 1] in
                      ",.!?…" and (k + 1 == len(text) or not text[k + 1].isalnum())), None)
            if j is not None and len(text[i + 1 : j].split()) >= MIN_WORDS:
                inner = text[i + 1 : j].strip(" \u00a0\u202f")
                a = text.index(inner, i + 1)
                spans.append((a, a + len(inner)))
            i = (j + 1) if j is not None else i + 1
            continue
        if ch in PAIRS and (ch not in SYMMETRIC or i == 0 or not text[i - 1].isalnum()):
            closers = PAIRS[ch]
            j = next((k for k in range(i + 1, len(text)) if text[k] in closers), None)
            end = j if j is not None else len(text)
            inner = text[i + 1 : end].strip(" \u00a0\u202f")
            if len(inner.split()) >= MIN_WORDS:
                a = text.index(inner, i + 1)
                spans.append((a, a + len(inner)))
            i = (j + 1) if j is not None else len(text)
            continue
        i += 1
    return spans


Spans = list[tuple[int, int]]

#: A quote signed off after its closing mark by a dash and a name, at the end of its line:
#: '“We can build a wall.” ― Steve Quinlan', "« On a tout perdu. » — Marie D., habitante".
_SIGN_OFF = re.compile(r"[\"”»“']?[ \u00a0]*[―—–][ \u00a0]*([^\W\d_][^\n;:!?“”«»\"]{0,80}?)"
                       r"[ \u00a0]*\.?[ \u00a0]*(?:\n|$)")
#: Lower-case words a name may hold ("Carlos de la Cruz").
_PARTICLES = frozenset({"de", "da", "do", "dos", "das", "del", "della", "di", "du", "des", "la",
                        "le", "van", "von", "der", "den", "ter", "bin", "ibn", "al", "el", "y"})


def _signed_off(text: str, end: int) -> tuple[int, int] | None:
    """The span of the name signing off the quote ending at ``end``, if there is one: the
    words before any comma are a name (capitalised words, initials, particles); after the
    comma a description may follow ("― Marie D., habitante de Kherson")."""
    m = _SIGN_OFF.match(text, end)
    if m is None:
        return None
    name = m.group(1).split(",")[0].split()
    if not 1 <= len(name) <= 5 or not all(
            w[0].isupper() or w in _PARTICLES for w in name) or len(m.group(1).split()) > 14:
        return None
    a = m.start(1)
    return a, a + len(" ".join(m.group(1).split(",")[0].split()))


def _quoted(tok: Token, quoted: Spans) -> bool:
    return any(a <= tok.idx < b for a, b in quoted)


def _speaker_in(sent: SpacySpan, quoted: Spans, verbs: set[str]
                ) -> tuple[list[Token], Token] | None:
    """The words naming who speaks in ``sent`` and the verb of saying that links them to
    its quote, if the sentence has one; words between quote marks (this quote or another
    in the paragraph) are what someone says, never who says it."""
    verb = next((t for t in sent if t.pos_ in ("VERB", "AUX") and cue_lemma(t, verbs) in verbs
                 and not _quoted(t, quoted)), None)
    if verb is None:
        return None
    who = [t for t in speaker_of(verb) if not _quoted(t, quoted) and not t.is_punct]
    if who and who[0].i > verb.i:  # a subject after the verb: "a déclaré le chef ... devant"
        who = inverted_words(who, who[0])
    who = who or [t for t in inverted_subject(verb) if not _quoted(t, quoted)]
    return (who, verb) if who else None


def _without_incises(doc: Doc, spans: Spans, verbs: set[str]) -> Spans:
    """Quotes cut around the reporting phrase French typography leaves inside the marks:
    « Nous irons, a-t-il ajouté, jusqu'au bout » and « C'est fini, dit-elle. Nous partons »
    are two pieces each, spoken by the incise's inverted subject."""
    out: Spans = []
    for start, end in spans:
        pieces, at = [], start
        for verb in (t for t in doc if start <= t.idx < end and t.pos_ in ("VERB", "AUX")
                     and cue_lemma(t, verbs) in verbs):
            who = subjects_of(verb) or inverted_subject(verb)
            # "a-t-il ajouté": the auxiliary and the clitic subject open the incise.
            first = min([verb, *(c for c in verb.lefts if c.dep_.startswith("aux")
                                 or c.text.startswith("-"))], key=lambda t: t.i)
            if first.i == 0 or doc[first.i - 1].text not in (",", "—", "–") or not who or \
                    min(t.i for t in who) < first.i or doc[first.i - 1].idx < at:
                continue
            last = max(t.i for t in [verb, *who] if not t.is_punct)
            # An apposition after the name ("..., prévient la secrétaire de la CGT, Sophie
            # Binet.") still belongs to the incise, and so does a circumstance closing it
            # (", Laurent Bisson, lors d'une conférence de presse au stade Francis-Le Basser.").
            for _ in range(2):
                nxt = last + 1
                if nxt >= len(doc) or doc[nxt].text != ",":
                    break
                tail = list(takewhile(lambda t: t.text not in (",", ".", ";", "»", "”"),
                                      doc[nxt + 1 :]))
                named = all(t.pos_ in ("PROPN", "NOUN", "ADJ", "DET", "ADP") for t in tail
                            if not t.is_punct)
                circumstance = bool(tail) and tail[0].pos_ in ("ADP", "ADV") and not any(
                    t.pos_ in ("VERB", "AUX") for t in tail)
                if tail and (named or circumstance) and tail[-1].i + 1 < len(doc) and \
                        doc[tail[-1].i + 1].text in ".,":
                    last = tail[-1].i
                else:
                    break
            close = doc[last + 1] if last + 1 < len(doc) and doc[last + 1].text in ".,;" else None
            finite = verb.morph.get("VerbForm") == ["Fin"] or first.i != verb.i
            if close is None or not finite:  # "..., could they explain": a question, no incise
                continue
            resume = close.idx + 1
            pieces.append((at, doc[first.i - 1].idx))
            at = resume
        if not pieces:
            out.append((start, end))
            continue
        pieces.append((at, end))
        for a, b in pieces:
            text = doc.text[a:b]
            a += len(text) - len(text.lstrip(" \u00a0\u202f"))
            b -= len(text) - len(text.rstrip(" ,\u00a0\u202f"))
            if b > a and any(ch.isalpha() for ch in doc.text[a:b]):
                out.append((a, b))
    return out


def _introducer(sent: SpacySpan, quoted: Spans, verbs: set[str], nouns: set[str]
                ) -> tuple[list[Token], Token] | None:
    """The speaker a sentence hands a following quote to: "X said:", "X said on Monday",
    "X issued a statement" (a verb with a noun of speech as object or in its phrase)."""
    found = _speaker_in(sent, quoted, verbs)
    if found:
        return found
    for tok in sent:
        if fold(tok.text) in nouns and tok.pos_ == "NOUN" and not _quoted(tok, quoted):
            verb = tok.head
            while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                verb = verb.head
            who = speaker_of(verb) if verb.pos_ in ("VERB", "AUX") else []
            if who:
                return who, tok
    return None


def quotes_in(parsed: list[ParsedBlock], article: Article, index: EntityIndex,
              claims: list[Claim]) -> list[Quote]:
    """Direct quotes with their speakers, then the indirect ones read as claims.

    Where the speaker is looked for, in order: a verb of saying in the quote's own
    sentences ("..., she said", "X said: ..."); the sentence before it in the paragraph
    ('"Fine," X said. "B."': the turn goes on); unless an attributed claim read in the
    quote's own sentences already knows who speaks (a verb the tagger missed); for a
    paragraph that opens with the quote, the last sentence of the paragraph before when it
    introduces words ("X said:", "X issued a statement"); the named person a colon or the
    sentence before introduces ("Michel, 74 ans, ne cache pas son inquiétude : « ... »");
    the sentence after; else the last speaker named.
    """
    types = {e.id: e.type for e in index.entities}
    order = {b.id: i for i, b in enumerate(article.blocks)}
    genders = person_genders(parsed, index, types)
    out: list[Quote] = []
    last_speaker: tuple[Speaker, Span | None] | None = None
    run_on: list[int] = []  # quotes left open at their paragraph's end, speaker not yet read
    # The paragraph before: its last sentence and its quotes.
    before: tuple[ParsedBlock, SpacySpan, Spans] | None = None
    for pb in parsed:
        if pb.doc is None or pb.block.kind not in ("paragraph", "standfirst"):
            continue
        cues = cues_for(pb.block.language or article.language)
        verbs = {fold(v) for v in cues.get("reporting_verbs", [])}
        nouns = {fold(v) for v in cues.get("speech_nouns", [])}
        sents = list(pb.doc.sents)
        text = pb.norm.text
        opens = text.lstrip()[:1] in PAIRS
        quoted = _without_incises(pb.doc, _direct_spans(text), verbs)
        for n, (start, end) in enumerate(quoted):
            here = [s for s in sents if s.start_char < end and start < s.end_char]
            earlier = [s for s in sents if s.end_char <= start][-1:]
            later = [s for s in sents if s.start_char >= end][:1]
            found: tuple[list[Token], Token] | None = None
            where = pb
            signed = _signed_off(text, end)
            for sent in [] if signed else here + earlier:
                found = _speaker_in(sent, quoted, verbs)
                if found:
                    break
            told = None if signed or (found and found[1].sent in here) else \
                _claim_speaker(claims, pb, here, start, end)
            if found is None and n == 0 and opens and before is not None and not signed:
                where, sent, spans = before
                found = _introducer(sent, spans, verbs, nouns)
                if found is None:
                    where = pb
            if found is None and not signed and told is None:
                found = _introduced(pb, here, earlier, start, index, types)
            if found is None and later and not signed:
                found = _speaker_in(later[0], quoted, verbs)
            speaker, cue, spoken = None, None, None
            if told is not None:
                # The claim read in the quote's own sentence knows its speaker ("»,
                # soupire Maëlle", a verb the tagger took for a noun): no need to look
                # further away.
                speaker, spoken, cue = told
            elif signed:
                ids = [i for i in index.at(pb.block.id, *signed) if types.get(i) == "person"]
                spoken = pb.span(*signed)
                speaker = Speaker(pb.block.text[spoken.start : spoken.end], ids[0] if ids else None)
                cue = text[end:signed[0]].strip(" \u00a0\"”»“'")
            elif found:
                who, verb = found
                a = min(t.idx for t in who)
                b = max(t.idx + len(t.text) for t in who if not t.is_punct or t is who[0])
                # "dit-elle", "a-t-il": the pronoun without its hyphens.
                a += 3 if where.norm.text.startswith("-t-", a) else int(
                    where.norm.text.startswith("-", a))
                ids = [i for i in index.at(where.block.id, a, b) if types.get(i) == "person"]
                if len(ids) > 1 and titled_first(who):
                    ids.reverse()  # "le président de Forgeval, Olivier Desgranges": the name
                ids = ids or [i for i in index.at(where.block.id, a, b)
                              if types.get(i) in ("organization", "country")]
                entity = ids[0] if ids else None
                if entity is None and all(t.pos_ in ("PRON", "DET", "NOUN") for t in who):
                    entity = last_person_before(index, types, order, where.block.id, a,
                                                " ".join(t.text for t in who), genders)
                spoken = where.span(a, b)
                speaker = Speaker(where.block.text[spoken.start : spoken.end], entity)
                cue = verb.text
            own = speaker is not None
            if speaker is None:
                speaker, spoken = last_speaker or (Speaker(None), None)
            elif speaker.text:
                last_speaker = speaker, spoken
            if n == 0 and opens and own and run_on:
                # The quote goes on from the paragraph before, where its speaker was not
                # named yet ("“... (no closing mark) / “...,” she said."): same speaker.
                for i in run_on:
                    out[i] = replace(out[i], speaker=speaker, cue=cue,
                                     evidence=(out[i].evidence[0], spoken) if spoken else
                                     out[i].evidence[:1])
            if n == 0 and not (opens and not own):
                run_on = []
            ev = pb.span(start, end)
            if not own and not text[end:].strip(" \u00a0\u202f\n"):
                run_on.append(len(out))
            out.append(Quote(f"q{len(out) + 1}", pb.block.text[ev.start : ev.end], "direct",
                             speaker, cue, (ev, spoken) if spoken else (ev,)))
        if not quoted:
            run_on = []
        if sents:
            before = (pb, sents[-1], quoted)
    return _with_indirect(out, claims, {pb.block.id: pb.block.text for pb in parsed})


def _introduced(pb: ParsedBlock, here: list[SpacySpan], earlier: list[SpacySpan], start: int,
                index: EntityIndex, types: dict[str, str]) -> tuple[list[Token], Token] | None:
    """The person a quote with no verb of saying is given to by the words just before it:
    the named subject of the clause that a colon ends ("Michel, 74 ans, ne cache pas son
    inquiétude : « ... »") or of the sentence before ("Jacques, retraité, remplit son
    cabas. « ... »"), as reportage introduces whom it quotes. A first name alone is often
    no entity the model knows: a proper name that is no place or body will do."""
    sent = here[0] if here else None
    lead = pb.norm.text[sent.start_char:start].strip(" \u00a0\u202f«“\"") if sent else ""
    if sent is not None and lead.endswith(":"):
        intro = sent
    elif sent is not None and not lead and earlier:
        intro = earlier[0]
    else:
        return None
    root = intro.root
    who = [t for t in subjects_of(root) if t.idx < start and not t.is_punct]
    if not who:
        # "Karim Benali, plombier, roule ...": a name opening the sentence before a comma;
        # "Dans la salle d'attente, Michel, 74 ans, ...": a name set off by commas.
        doc = intro.doc
        opening = list(takewhile(lambda t: t.pos_ == "PROPN", intro))
        who = opening if opening and opening[-1].i + 1 < intro.end and \
            doc[opening[-1].i + 1].text == "," else next(
                ([t] for t in intro if t.pos_ == "PROPN" and t.i < root.i and t.i > 0
                 and doc[t.i - 1].text == "," and doc[t.i + 1].text == ","), [])
    first = next((k for k, t in enumerate(who) if t.pos_ == "PROPN"), None)
    # The first name in the subject ("Karim Benali, plombier installé à Vénissieux"):
    # the places and bodies in its apposition are not who speaks.
    names = list(takewhile(lambda t: t.pos_ == "PROPN", who[first:])) if first is not None \
        else []
    if not names or any(types.get(i) != "person" for i in index.at(
            pb.block.id, names[0].idx, names[-1].idx + len(names[-1].text))):
        return None  # a place or a body is not whom reportage introduces this way
    return names, root


def _claim_speaker(claims: list[Claim], pb: ParsedBlock, here: list[SpacySpan], start: int,
                   end: int) -> tuple[Speaker, Span, str | None] | None:
    """The speaker of an attributed claim over the quote whose speaker words stand in the
    quote's own sentences, with the claim's verb of saying."""
    if not here:
        return None
    quote = pb.span(start, end)
    within = pb.span(here[0].start_char, here[-1].end_char)
    found = []
    for c in claims:
        if c.source.kind == "unattributed" or len(c.evidence) < 2:
            continue
        content, said = c.evidence[0], c.evidence[1]
        if content.block == said.block == pb.block.id and content.start < quote.end and \
                quote.start < content.end and within.start <= said.start and \
                said.end <= within.end and not (quote.start <= said.start < quote.end):
            cue = next((x.split(": ", 1)[1] for x in c.cues if x.startswith(
                ("reporting verb", "according to"))), None)
            found.append((cue is None, Speaker(c.source.text, c.source.entity), said, cue))
    if not found:
        return None
    _, speaker, said, cue = min(found, key=lambda f: f[0])  # one with its verb first
    return speaker, said, cue


#: A quoted fragment covering less than this share of a reported claim is a phrase the
#: reporter kept verbatim ('China still has "enormous market potential" despite ...'):
#: the whole claim is the quote.
FRAGMENT_SHARE = 0.6


def _marked(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands between quote marks (a quote too short to be read
    as one on its own, '"Elections matter," Kelly said', found by its reporting verb)."""
    before = text[:start].rstrip(" \u00a0\u202f")
    after = text[end:].lstrip(" ,.\u00a0\u202f")
    return bool(before) and before[-1] in PAIRS and after[:1] in "»”“\"'"


def _with_indirect(direct: list[Quote], claims: list[Claim], texts: dict[str, str]
                   ) -> list[Quote]:
    """Add the attributed claims as indirect quotes; a claim absorbs quoted fragments in it."""
    dropped: set[int] = set()
    indirect: list[Quote] = []
    for c in claims:
        if c.source.kind == "unattributed" or not c.evidence:
            continue
        ev = c.evidence[0]
        if not re.search(r"\w\w", c.text):
            continue
        inside = [i for i, q in enumerate(direct) if q.evidence[0].block == ev.block
                  and q.evidence[0].start < ev.end and ev.start < q.evidence[0].end]
        spans = [direct[i].evidence[0] for i in inside]
        # A closing mark after the claim's last word ('... was "unhinged, even for him."')
        # still leaves the fragment inside.
        fragments = all(ev.start <= s.start and s.end <= ev.end + 2 for s in spans) and \
            sum(s.end - s.start for s in spans) < FRAGMENT_SHARE * (ev.end - ev.start)
        if inside and any(x.startswith("speaker label") for x in c.cues) and len(c.evidence) > 1:
            # A transcript turn in quote marks ('"WALLACE: Let's start ...'): the label says
            # who speaks, whoever spoke before; the label itself is not what was said.
            label = c.evidence[1]
            for i in inside:
                q = direct[i]
                ev = q.evidence[0]
                if ev.start <= label.start < ev.end:
                    after = texts.get(ev.block, "")[label.end : ev.end]
                    ev = replace(ev, start=ev.end - len(after.lstrip(" :\u00a0\u202f")))
                direct[i] = replace(q, text=texts.get(ev.block, q.text)[ev.start:ev.end] or q.text,
                                    speaker=Speaker(c.source.text, c.source.entity), cue=":",
                                    evidence=(ev, label))
            continue
        if inside and not fragments:
            continue
        cue = next((x.split(": ", 1)[1] for x in c.cues
                    if x.startswith(("reporting verb", "according to", "headline",
                                   "speaker label")) and ": " in x), None)
        if cue is None:  # attributed by a verb of thought or evidence: nobody is quoted
            continue
        dropped.update(inside)
        kind = "direct" if _marked(texts.get(ev.block, ""), ev.start, ev.end) else "indirect"
        indirect.append(Quote("", c.text, kind, Speaker(c.source.text, c.source.entity),
                              cue, c.evidence[:2]))
    kept = [q for i, q in enumerate(direct) if i not in dropped] + indirect
    return [replace(q, id=f"q{n}") for n, q in enumerate(kept, start=1)]


__all__ = ["quotes_in"]
