"""Drafts of claims, one per sentence, headline or transcript turn: a draft is the content's
span, its source, its certainty and the cues that decided them (``_Draft``), before the
page's pass resolves pronouns and merges restatements.

Apart because a draft is read from one sentence and its block alone; what needs the whole
page is in ``_page``.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from newstrace.analyze.claims._according import (
    _DASHES,
    _according_to,
    _complete_before,
    _copula_before,
    _in_document,
)
from newstrace.analyze.claims._certainty import (
    _certainty,
    _conditional_form,
    _ends_with,
    _figures,
    _future_in_past,
    _heads,
    _inverted_condition,
    _negated,
    _own_future,
    _tagged_conditional,
)
from newstrace.analyze.claims._constructions import _measured, _promise
from newstrace.analyze.claims._cues import _generic_place, _has, _speaker_nouns, folded
from newstrace.analyze.claims._inserted import _relative_words
from newstrace.analyze.claims._reports import _reporting
from newstrace.analyze.claims._sources import _classify, wire_witness
from newstrace.analyze.claims._speakers import subjects_of
from newstrace.analyze.claims._syntax import (
    _OPENING_QUOTES,
    _THAT,
    RELATIVE_DEPS,
    SUBJECT_DEPS,
    _content_bounds,
    _in_relative,
    _opened_by_relative,
    _passive,
    _phrase_head,
    _relative_pronoun,
    _span_of,
    _tokens,
    _words_root,
)
from newstrace.analyze.claims._verbs import (
    _challenged,
    _cue_verbs,
    _headline_noun_verb,
    _intent_kinds,
    _lemma_in,
    _listed_verb,
    _none_said,
    _reflexive_not_said,
    _Report,
    _verb_kinds,
    _worry_told,
    cue_lemma,
)
from newstrace.analyze.entities import EntityIndex
from newstrace.model import Source, Span
from newstrace.nlp.dates import fold, is_month
from newstrace.nlp.parse import ParsedBlock

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token


def _whole_hyphenated(speaker: list[Token]) -> list[Token]:
    """The speaker with the words the tokenizer cut off its first one at a hyphen
    ("Maxi-Prix a démenti": the parser's subject is "Prix")."""
    while speaker and speaker[0].i >= 2 and (hyphen := speaker[0].doc[speaker[0].i - 1]).text in (
            "-", "‑") and not hyphen.whitespace_ and (
            before := speaker[0].doc[speaker[0].i - 2]).is_alpha and not before.whitespace_:
        speaker = [before, hyphen, *speaker]
    return speaker


def _whole_body_name(pb: ParsedBlock, speaker: list[Token], index: EntityIndex,
                     types: dict[str, str]) -> list[Token]:
    """The speaker with the rest of a body's name the parser cut at a preposition
    ("a prévenu Médecins sans frontières (MSF)": the parser's subject is "Médecins"), as
    the entity reader found the name."""
    if not speaker:
        return speaker
    start, end = speaker[0].idx, speaker[-1].idx + len(speaker[-1].text)
    last = max((m.end for m in index.mentions_at(pb.block.id, start, end)
                if types.get(m.entity) == "organization" and start <= m.start and end < m.end),
               default=end)
    sent = speaker[-1].sent
    return [*speaker, *(t for t in speaker[-1].doc[speaker[-1].i + 1 : sent.end] if t.idx < last)]


@dataclass(slots=True)
class _Draft:
    pb: ParsedBlock
    start: int  # content, normalised offsets in the block
    end: int
    source: Source
    source_span: tuple[int, int] | None
    cues: list[str] = field(default_factory=list)
    certainty: str = "asserted"
    headline: bool = False
    evidence: list[Span] = field(default_factory=list)

    @property
    def text(self) -> str:
        a, b = self.pb.norm.to_original(self.start, self.end)
        return self.pb.block.text[a:b]


def _content_heads(pb: ParsedBlock, rep: _Report, cues: dict[str, Any]) -> list[Token]:
    """The head of what a report says and its auxiliaries: the clause's head, or the
    words of its span whose head lies outside it."""
    if rep.clause is not None:
        return _heads([rep.clause], set())[1]
    if rep.span is not None:
        toks = _tokens(pb, *rep.span)
        heads = _heads(toks, {t.i for t in toks})[1]
        if not any(t.pos_ in ("VERB", "AUX") for t in heads):
            # ("Ces nouveaux venus, dont certains n'ont jamais enseigné, bénéficieront ...":
            # the parser hung the clause's verb on the relative clause before it)
            heads += [t for t in toks if t.pos_ in ("VERB", "AUX") and t.morph.get(
                "VerbForm") == ["Fin"] and not _in_relative(t) and not _opened_by_relative(
                toks, toks.index(t))]
        return heads
    return []


def _fronted_place(sent: SpacySpan, pronoun: Token, cues: dict[str, Any]
                  ) -> list[Token] | None:
    """The body a generic "on" speaks from when the sentence opens with it ("Au ministère
    des Armées, on assure que", "À la mairie, on affirme"; not "Au village"): the phrase
    set off by a comma before the pronoun, when a body's noun or that of people who can
    speak heads it ("Dans l'entourage du ministre, on juge")."""
    words = [t for t in sent if t.i < pronoun.i]
    first = next((n for n, t in enumerate(words[:-1]) if t.text == ","), None)
    if first is not None and words[-1].text == "," and (appos := next(
            (t for t in words[first + 1 : -1] if t.dep_ == "appos"
             and t.head in words[:first]), None)) is not None and all(
            t in appos.subtree for t in words[first + 1 : -1]):
        # ("Dans l'entourage du maire sortant, Bernard Causse (LR), on dément": the name
        # set off after the place says whose entourage)
        words = [*words[:first], words[-1]]
    if not words or words[-1].text != "," or any(t.text == "," for t in words[:-1]):
        return None
    place = _generic_place(pronoun, words[:-1], cues)
    head = next((t for t in place or [] if t.pos_ in ("NOUN", "PROPN")), None)
    people = fold(words[0].text) in folded(cues, "people_prepositions")
    if head is None or not _has(head.text, _speaker_nouns(cues)) or (
            people and _has(head.text, cues.get("institution_nouns", []))):
        return None
    return place


def _from_place(pb: ParsedBlock, sent: SpacySpan, speaker: list[Token],
                said_by: tuple[int, int] | None, source: Source, index: EntityIndex,
                types: dict[str, str], cues: dict[str, Any]
                ) -> tuple[tuple[int, int] | None, Source]:
    """The speaker's span and source, or, for a generic "on" after a fronted place ("Au
    ministère des Armées, on assure que ..."), those of the body it speaks from."""
    if source.kind == "vague" and len(speaker) == 1 and \
            (place := _fronted_place(sent, speaker[0], cues)) is not None:
        said_by = _span_of(place)
        return said_by, _classify(pb, *said_by, index, types, cues)
    return said_by, source


def _antecedent(verb: Token, pronoun: Token) -> list[Token]:
    """Who a relative pronoun stands for ("The governor, who said ..." -> "The governor"):
    the noun the relative clause hangs on, or (when the parser lost the clause) the
    noun just before the pronoun, with the words before it in its phrase."""
    noun: Token | None = verb.head if verb.dep_ in RELATIVE_DEPS else None
    if noun is not None and noun.pos_ == "PRON" and noun.morph.get("PronType") == ["Dem"] \
            and noun.i == pronoun.i - 1:
        return [noun]  # ("nombreux sont ceux qui voient", "those who")
    if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
        noun = next((t for t in reversed(pronoun.doc[pronoun.sent.start : pronoun.i])
                     if not t.is_punct), None)
        while noun is not None and noun.pos_ not in ("NOUN", "PROPN") and not noun.is_lower \
                and noun.i > pronoun.sent.start + 1 and (
                    noun.doc[noun.i - 1].pos_ == "PROPN" or noun.doc[noun.i - 1].text == "-"):
            # ("l'Unsa-Ferroviaire": a name's last word tagged ADJ or ADV)
            noun = noun.doc[noun.i - 1]
            if noun.text == "-":
                noun = noun.doc[noun.i - 1]
        if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
            return []
        # "Trois salariés de l'usine, qui ...": the phrase's head, not the last noun of it.
        while noun.dep_ in ("nmod", "pobj") and noun.head.i < noun.i and \
                noun.head.pos_ in ("NOUN", "PROPN", "ADP"):
            noun = noun.head if noun.head.pos_ != "ADP" else noun.head.head
            if noun.pos_ not in ("NOUN", "PROPN"):
                return []
    words = [t for t in noun.subtree if t.i < pronoun.i]
    while words and words[-1].is_punct:
        words.pop()
    while words and words[0].dep_ == "case" and words[0].head.i == noun.i:
        words.pop(0)  # ("appelés à la grève par une intersyndicale qui": not the "par")
    return words


def _without_comment(pb: ParsedBlock, start: int, end: int, cues: dict[str, Any]) -> int:
    """Where reported content ends when the outlet adds its own comment on it: "..., a
    claim that could not be independently verified", "..., une affirmation invérifiable"."""
    phrases = cues.get("comment_appositions", [])
    if not phrases:
        return end
    text = pb.norm.text[start:end]
    alternation = "|".join(re.escape(p) for p in phrases)
    m = re.search(rf",\s+(?:{alternation})(?![\w])", text, re.IGNORECASE)
    return start + m.start() if m and m.start() > 0 else end


def _is_sourcing_note(sent: SpacySpan, cues: dict[str, Any]) -> bool:
    """"Le responsable ... s'est exprimé sous couvert d'anonymat": about sources, not news."""
    if not _has(sent.text, cues.get("anonymity", [])) or \
            _has(sent.text, cues.get("according_to", [])):
        # ("..., according to a person familiar with the case": news, and its source.)
        return False
    root = sent.root
    if (cue_lemma(root, _cue_verbs(cues)) in _cue_verbs(cues) or _lemma_in(
            root, folded(cues, "np_reporting_verbs"))) and any(
            c.dep_ in ("obj", "dobj", "ccomp") for c in root.children):
        # ("Plusieurs soignants, qui ont requis l'anonymat, décrivent des urgences « à bout
        # de souffle »": what they say, on their word)
        return False
    nouns = folded(cues, "source_nouns")
    return any(fold(t.text) in nouns for t in subjects_of(root))


_LEAD = re.compile(r"^(?:que\b|qu['’]|that\b|,|;|:|\s)+", re.IGNORECASE)  # not "Quelque"


def _trim(pb: ParsedBlock, start: int, end: int) -> tuple[int, int] | None:
    """Drop a leading "que"/"that" and surrounding punctuation from a content span."""
    text = pb.norm.text[start:end]
    lead = _LEAD.match(text)
    if lead:
        start += lead.end()
    text = pb.norm.text[start:end].rstrip(" ,;:")
    return (start, start + len(text)) if text else None


def _dash_aside(sent: SpacySpan, at: int) -> tuple[int, int] | None:
    """The characters of the aside between two dashes that holds character ``at``, if any
    ("Les pluies – 180 mm selon Météo-France – pourraient ...")."""
    dashes = [t.idx for t in sent if t.text in _DASHES]
    return next(((a, b) for a, b in itertools.pairwise(dashes) if a < at < b), None)


def _relative_holding(sent: SpacySpan, at: int) -> Token | None:
    """The verb of the relative clause, opened by a relative word, that holds the word at
    character ``at``; None when no such clause holds it."""
    word = next((t for t in sent if t.idx == at), None)
    return next((t for t in (word.ancestors if word is not None else ())
                 if t.dep_ in RELATIVE_DEPS and t.pos_ in ("VERB", "AUX") and _in_relative(t)),
                None)


def _sentence_drafts(pb: ParsedBlock, sent: SpacySpan, cues: dict[str, Any], index: EntityIndex,
                     types: dict[str, str]) -> list[_Draft]:
    s_start, s_end = _content_bounds(sent)
    drafts: list[_Draft] = []
    extra: list[str] = []
    acc, via = _according_to(sent, cues), "according to"
    if acc is not None and _in_direct_quote(pb, acc[0]) and any(
            not _in_direct_quote(pb, r.verb.idx) for r in _reporting(sent, cues) if r.speaker):
        # ("“The run was secured according to the information we had,” X told reporters":
        # words of the quote, whose speaker is named outside it)
        acc = None
    reports = _reporting(sent, cues) if acc is None or fold(acc[3]) in folded(
        cues, "participle_sources") else []
    if acc is not None and (reports or fold(acc[3]) in folded(cues, "participle_sources")):
        # ("delayed the results, citing discrepancies in tally sheets": a reason, whether
        # or not a verb of saying comes with it)
        cited = _classify(pb, acc[1], acc[2], index, types, cues)
        head = _phrase_head(_tokens(pb, acc[1], acc[2]))
        people = _speaker_nouns(cues)
        if (cited.kind == "vague" and not _has(cited.text or "", [
                *cues.get("vague_nouns", []), *cues.get("vague_quantifiers", [])])) or \
                cited.kind == "document" or (
                    head is not None and head.pos_ == "NOUN" and not _has(head.text, people)):
            # ("citing staff shortages": the head is no one who speaks)
            # "announced her resignation, citing health reasons": a reason, not a source;
            # "said the plan would work, citing a poll": the speaker's evidence. The verb's
            # speaker speaks ("citing three officials" still names sources).
            acc = None
    if acc is not None and not reports and (pron := _tokens(pb, acc[1], acc[2])) and \
            pron[0].pos_ == "PRON" and (len(pron) == 1 or pron[1].is_punct):
        # (also "selon elle « en position non naturelle »": the pronoun, then a quote)
        # "Des associations dénoncent des délais qui, selon elles, dépassent un an": a
        # pronoun source inside what a speaker before it says is that speaker; the
        # report stands.
        # (every report of the sentence then stands, as with no source read: "« ... »,
        # martèle X, qui dénonce une « cabale » montée selon lui par ...")
        outer = [r for r in _reporting(sent, cues) if r.speaker and r.span is not None
                 and r.verb.idx < acc[0] and r.span[0] <= acc[0] < r.span[1]]
        if outer:
            acc, reports = None, _reporting(sent, cues)
    if acc is not None and not reports and (
            relative := _relative_holding(sent, acc[0])) is not None:
        # "L'association justifie cette augmentation par le coût de la sécurité, qui a
        # doublé depuis 2019 d'après son rapport financier": the source inside a relative
        # clause sources that clause only; the sentence's own report stands.
        outer = [r for r in _reporting(sent, cues) if r.speaker
                 and r.verb not in relative.subtree and r.verb.i < relative.i]
        if outer:
            acc, reports = None, outer
    if acc is not None and not reports and (aside := _dash_aside(sent, acc[0])) is not None:
        # "Les fortes pluies – plus de 180 mm selon Météo-France – pourraient avoir
        # fragilisé la digue, estime X": the source inside an aside between dashes sources
        # that aside only; the sentence's own report stands.
        outer = [r for r in _reporting(sent, cues) if r.speaker
                 and not aside[0] <= r.verb.idx < aside[1]]
        if outer:
            acc, reports = None, outer
    if acc is not None and not reports:
        # "La Commission a écarté toute révision, rappelant que le stock est « préoccupant »
        # selon les scientifiques": the source inside what a second verb of the same
        # speaker says sources that only; the speaker's first report stands.
        told = [r for r in _reporting(sent, cues) if r.speaker and r.span is not None
                and r.verb.idx < acc[0]]
        inner = [r for r in told if r.span[0] <= acc[0] < r.span[1]]
        if any(r.verb.head == o.verb and o.verb.i < r.verb.i and o not in inner
               for r in inner for o in told):
            acc, reports = None, told
    if acc is not None:
        reports = []
    if acc is None and not reports:
        # Read in a poll: the poll's word, but nobody's quote.
        acc, via = _in_document(sent, cues), "read in"
    if acc is not None:
        cue_start, src_start, src_end, cue = acc
        hole: tuple[tuple[int, int], ...] = ()
        source = _classify(pb, src_start, src_end, index, types, cues)
        if _has(cue, cues.get("anonymity", [])):  # "de source policière"
            source = Source("anonymous", source.text)
        if any(w in fold(f"{cue} {source.text or ''}") for w in (
                "estimat", "calcul", "projection")) or re.match(
                # (an evaluation the phrase is, not one a body's name holds: "la direction
                # de l'évaluation du ministère")
                r"(?:\S+\s){0,3}evaluations?\b", fold(source.text or "")):
            # "selon les estimations", "according to estimates", "selon ses calculs",
            # "selon les projections de l'agence"
            extra.append(f"estimate: {cue} {source.text}")
        after = [t for t in sent if t.idx >= src_end]
        if after and after[0].text == ":" and pb.norm.text[s_start:cue_start].strip(" ,"):
            # "Côté sécurité, le bilan est encourageant, selon la gendarmerie : aucun
            # accident ...": the source closes what came before and the colon opens its
            # detail; both are its word.
            a, b = s_start, s_end
        elif _copula_before(sent, cue_start, cues, " ,") is not None \
                and any(not t.is_punct for t in sent if t.idx >= src_end):
            # "Les travaux sont selon lui « presque terminés »", "La situation est, selon
            # la préfecture, sous contrôle": a copula or an auxiliary right before the
            # source, its predicate after it; the source is a hole in what it says.
            a, b, hole = s_start, s_end, ((cue_start, src_end),)
        elif _complete_before(sent, cue_start):
            # "X did Y, according to Z[, and W did V]": the cue closes a clause; what
            # follows it, if anything, continues the same report.
            # A participle after the source ("..., selon des sources sécuritaires, l'armée
            # n'ayant communiqué aucun bilan") is the outlet's aside, not more of the report.
            a, b = s_start, (s_end if any(t.pos_ in ("VERB", "AUX")
                                          and t.morph.get("VerbForm") != ["Part"]
                                          for t in after) else cue_start)
        elif any(t.pos_ in ("VERB", "AUX") for t in after) or not pb.norm.text[
                s_start:cue_start].strip(" «“\""):
            # "..., selon lui, pourrait entraîner ...": the source covers what follows it;
            # what stands before it is the outlet's own. ("Selon X, la situation empire":
            # opening the sentence, it covers the rest, verb seen or not.)
            a, b = src_end, s_end
            before = _trim(pb, s_start, cue_start)
            if before and any(t.pos_ in ("VERB", "AUX") for t in sent if t.idx < cue_start):
                m = _Draft(pb, *before, Source("unattributed"), None)
                m.certainty, m.cues = _certainty(pb, *before, cues, False, [])
                drafts.append(m)
            elif before:
                # "Environ 600 personnes, selon la préfecture, se sont rassemblées": words
                # with no verb before the source set off belong to what it says (its
                # subject, its time); the source is a hole in them.
                a, hole = s_start, ((cue_start, src_end),)
        else:
            a, b = s_start, cue_start
        a, b = _trim(pb, a, b) or (a, b)
        root = _words_root(pb, a, b)
        if root is not None and _lemma_in(root, folded(cues, "forecast_verbs")) and any(
                c.dep_ in ("obj", "dobj") for c in root.children) and any(
                c.dep_.startswith("nsubj") and c.pos_ != "PRON" and (
                    c.pos_ == "PROPN" or _has(c.text, _speaker_nouns(cues)))
                for c in root.children) and (forecast := _promise(root, cues)) is not None:
            # "La direction prévoit deux trains sur cinq, selon la même source": what a
            # body foresees, on the source's word, is to come (but what a text provides
            # for, "L'accord prévoit une hausse de la redevance, selon une copie",
            # "l'entente prévoit des hausses salariales", is told: 5 such lines of 6)
            extra.append(forecast)
        d = _Draft(pb, a, b, source, (src_start, src_end), cues=[f"{via}: {cue}"])
        own = source.kind == "unattributed" and source.text is None
        d.certainty, found = _certainty(pb, a, b, cues, not own, extra, hole,
                                        according=via == "according to")
        d.cues += found
        drafts.append(d)
        return drafts
    cue_verbs = _cue_verbs(cues)
    relative: list[Token] = []  # verbs of relative clauses: "X, who said Y, did Z"
    for n, rep in enumerate(reports):
        lemma = cue_lemma(rep.verb, cue_verbs)
        verb, speaker = rep.verb, rep.speaker
        extra = []
        if (challenged := _challenged(verb, cues)) is not None:
            extra.append(f"reported: challenge ({verb.text} {challenged.text})")
        elif _lemma_in(verb, folded(cues, "denial_verbs")):  # also "dément" left unlemmatized
            extra.append(f"denied: {verb.text}")
        elif _lemma_in(verb, folded(cues, "belief_verbs")) and _negated(verb, cues):
            extra.append(f"denied: not believed ({verb.text})")
        if rep.certainty:
            extra.append(rep.certainty)
        # ("se demande si": a question; "regrettent que les leçons n'aient pas été tirées"
        # is regretted, but after a quote "« Personne ne nous a rien expliqué », déplore-t-
        # elle" denies)
        if (_lemma_in(verb, folded(cues, "directive_verbs")) and not any(
                c.morph.get("Reflex") == ["Yes"] for c in verb.children)) or \
                _lemma_in(verb, folded(cues, "charge_verbs")) or (
                    _lemma_in(verb, folded(cues, "complaint_verbs"))
                    and rep.span is not None and rep.span[0] > verb.idx) or (
                    # ("disent regretter de ne pas en avoir mesuré l'ampleur": a regret told)
                    rep.clause is not None and rep.clause.morph.get("VerbForm") == ["Inf"]
                    and _lemma_in(rep.clause, folded(cues, "complaint_verbs"))):
            # (and "accusent la mairie de ne pas avoir déclenché l'alerte", "se sont plaints
            # de ne pas avoir été prévenus": the failure is what is charged, no denial)
            # "demande aux consommateurs de ne pas les consommer", "recommande de consulter
            # en cas de fièvre": a negation or a condition inside a request is part of it.
            extra.append(f"part of a request or charge: {verb.text}")
            if (none := _none_said(verb, cues)) is not None:
                # "Le document ne préconisait aucune limitation": the request itself is
                # denied, none made.
                extra.append(f"denied: none requested ({none.text})")
        heads = _content_heads(pb, rep, cues)
        if _lemma_in(verb, folded(cues, "announcing_verbs")) and _future_in_past(heads, cues):
            # "a promis que la ligne serait rouverte", "predicted that the bill would
            # clear": the speaker's own forecast, told in the future of the past.
            extra.append(f"predicted: announced ({verb.text})")
            if _lemma_in(verb, folded(cues, "commitment_verbs")):
                extra.append(f"predicted: promised ({verb.text})")
        elif (rep.clause is not None or (
                rep.span is not None and rep.span[0] > verb.idx
                and pb.norm.text[rep.span[0] : rep.span[0] + 1] not in _OPENING_QUOTES
        )) and ((own := _own_future(heads, cues) and not _past_conditional(heads))
                or _told_future(verb, heads, cues)):
            # ("a fait savoir dans la soirée qu'il présenterait": a clause the parser lost)
            # "said it would respect the process", "a indiqué qu'elle présenterait un plan",
            # "It said it was opening a ward next month": what the speaker will do, told
            # by the speaker; "said the government would present a package", "a déclaré
            # que 5 000 soldats seraient déployés": what is to come, told in the future
            # of the past (not "aurait agi seul", a past told on hearsay).
            extra.append(f"predicted: own plan ({verb.text})" if own
                         else f"predicted: future told ({verb.text})")
        # (A fear verb set after a quote is a way of saying it: "« Les patients prendront
        # des risques », s'inquiète X" tells what the quote tells.)
        # (nor a worry about a thing named: "s'inquiètent de la suppression de 46 places",
        # "s'inquiètent pour leurs puits" tell the worry, a stance, not what may happen)
        if rep.certainty is None and _listed_verb(verb, "fear_verbs", cues) and not (
                rep.clause is None and rep.span is not None and rep.span[1] <= verb.idx) \
                and not (rep.kind == "statement" and _worry_told(verb, cues)):
            extra.append(f"possible: fear ({verb.text})")  # "craignent que ... ne fasse"
        elif rep.certainty is None and not _passive(verb) and \
                _listed_verb(verb, "expectation_verbs", cues):
            # "Many economists expect the central bank to cut rates", "s'attendent à ce
            # que": what they hold likely; but what forecasters expect is their forecast
            # ("Forecasters expect a cold front to bring relief on Sunday": 2 of the 2
            # such lines read predicted).
            extra.append(f"predicted: forecast ({verb.text})" if speaker and _has(
                " ".join(t.text for t in speaker), cues.get("forecaster_nouns", []))
                else f"probable: expectation ({verb.text})")
        judged = _judgement(pb, verb, rep, cues) if lemma in folded(cues, "judging_verbs") \
            else None
        if judged:
            # "a jugé « probable » que son capitaine manque le match", "on juge possible
            # une rencontre": the judgement stands between the verb and what it bears on.
            extra.append(f"{judged}: judged ({verb.text})")
        # (what is said, in a clause or before the verb: "..., the Treasury estimates."; or
        # after it, a clause the parser lost: "estime qu'environ 300 élèves ... ne sont pas")
        content = _tokens(pb, *(rep.span or _span_of(list(rep.clause.subtree)))) if (
            rep.clause is not None or rep.span is not None) else []
        if content and lemma in {fold(v) for v in cues.get("estimate_clause_verbs", [])}:
            # "AAA estimates that 73 million will drive", "..., the Treasury estimates."
            extra.append(f"estimate: figures ({verb.text})")
        elif content and lemma in folded(cues, "figure_clause_verbs") and \
                content[0].text not in _OPENING_QUOTES and _figure_judged(content, cues):
            # "Une étude estimait qu'une patinoire consomme autant que 25 foyers": a view
            # whose content is a figure is an estimate ("estime que la mesure pénalise les
            # agents", with none, stays a view reported; a modal or a hedge in it still
            # says how surely: "estiment que les rendements pourraient reculer de 25 %")
            extra.append(f"estimate: a figure judged ({verb.text})")
        elif _lemma_in(verb, folded(cues, "figure_estimate_verbs")) and _figure_put_at(verb):
            # "La direction estime à environ 180 le nombre d'interventions reportées":
            # putting a count at a figure is estimating it.
            extra.append(f"estimate: a figure ({verb.text})")
        elif content and (
                believer := verb if lemma in folded(cues, "figure_estimate_verbs") else
                _believer(content, cues)) is not None and _rough_figure(
                    _without_participle_asides(content), cues):
            # "La Confédération estime qu'environ un bail sur quatre ...", "Quelque 8 000
            # hectares auraient été touchés, estime la chambre d'agriculture": a view that
            # holds a figure is an estimate of it, also when the view is told ("Investigators
            # believe the payments totaled roughly $2 million, one of the people said").
            extra.append(f"estimate: a figure ({believer.text})")
        c_start, c_end = rep.span or _span_of(list(rep.clause.subtree))  # type: ignore[union-attr]
        c_start, c_end = _trim(pb, c_start, c_end) or (c_start, c_end)
        c_end = _without_comment(pb, c_start, c_end, cues)
        if len(speaker) == 1 and _relative_pronoun(speaker[0]):
            antecedent = _antecedent(verb, speaker[0])
            if antecedent:
                if speaker[0].head.i == verb.i and \
                        antecedent[0].morph.get("PronType") != ["Dem"]:
                    # the verb's own relative clause (but "nombreux sont ceux qui voient
                    # ...": the clause is the whole claim, of whoever "ceux" are)
                    relative.append(verb)
                speaker = antecedent
        elif verb.dep_ in RELATIVE_DEPS and verb.sent.root.i not in {
                t.i for t in verb.subtree} and (
                    _relative_words(verb) or _contact_clause(verb)) and not (
                speaker and not _relative_pronoun(speaker[0]) and any(
                    _relative_pronoun(t) for t in speaker)  # ("X, qui regroupent ..., dénoncent")
                and fold(" ".join(t.text for t in speaker[1:3])) not in ("of whom", "of which")
        ) and not (rep.clause is None and rep.span is not None and rep.span[1] <= verb.idx
                   and speaker and speaker[0].i > verb.i):
            # ("Families of the victims, many of whom say ..., gathered"; but "..., dont
            # celle de Lyon-Centre, indique Atmo": an incise the parser hung on the relative)
            relative.append(verb)  # "The driver, who police said had suffered ..., was taken"
        said = pb.norm.text[c_start:c_end]
        manner = _has(said, cues.get("anonymity", [])) if rep.clause is not None and \
            len(said.split()) <= 12 else None
        if manner and any(t.pos_ in ("VERB", "AUX") or "anonym" in fold(t.text)
                          for t in _tokens(pb, c_start, c_end)
                          if fold(t.text) in fold(manner).split()):
            # "..., said the woman, who asked that her name not be used": how a source
            # spoke, not a claim (but "Regulators have identified a source, said X" is
            # one: "a source" names a thing there).
            continue
        said_by: tuple[int, int] | None = None
        # (a charge nobody is said to bring rests on unnamed accusers)
        source = Source("vague") if rep.kind == "charge" and not speaker else \
            Source("unattributed")
        speaker = _whole_body_name(pb, _whole_hyphenated(speaker), index, types)
        if speaker:
            # ("Un rapport du CGA, que ...": the comma the parser hung on the speaker
            # closes the phrase, no word of it)
            said_by = _span_of(speaker[:-1] if len(speaker) > 1 and speaker[-1].text == ","
                               else speaker)
            source = _classify(pb, *said_by, index, types, cues)
            if rep.kind == "rumour":
                source = Source("vague", source.text)  # (whoever spreads it)
            if _lemma_in(verb, folded(cues, "witness_verbs")) and wire_witness(
                    pb.norm.text[slice(*said_by)], cues):
                # "..., a constaté un correspondant de l'AFP": the wire's reporter saw it;
                # the outlet's own fact, as "a constaté notre journaliste" is.
                source = Source("unattributed")
        said_by, source = _from_place(pb, sent, speaker, said_by, source, index, types, cues)
        if (source.kind in ("vague", "institution") or (
                source.kind == "named" and source.entity is None) or (
                source.kind == "unattributed" and len(speaker) == 1
                and speaker[0].pos_ == "PRON")) and \
                _aside_is_anonymous(speaker, verb, cues):
            # (also "le vice-président chargé des finances, qui a requis l'anonymat"; "she
            # told the BBC, asking not to be named": whoever the pronoun stands for)
            source = Source("anonymous", source.text, None, source.count)
        elif source.kind == "institution" and _off_record(pb, sent, speaker, verb, c_start,
                                                          c_end, cues):
            source = Source("anonymous", source.text, None, source.count)
        # "Dans son jugement, le tribunal relève que", "said in its quarterly report": what
        # the document holds, on the document's word (the page makes the source a
        # document once a pronoun is resolved); its author stays the speaker, the quote's,
        # and the entity the source links to.
        written = _written_in(verb, speaker, cues) if source.kind != "anonymous" else None
        kind = rep.kind or _verb_kinds(cues).get(lemma, "reporting")
        commitment = folded(cues, "commitment_verbs")
        intent = _intent_kinds(cues).get(lemma)
        # ("avait promis en 2020 de ne pas toucher aux impôts": a promise of the past, told
        # as such, forecasts nothing now)
        past_promise = any(c.dep_.startswith("aux") and c.morph.get("Tense") in (
            ["Imp"], ["Past"]) for c in verb.children)
        if rep.clause is not None and (rep.clause.dep_ == "xcomp" or _headline_noun_verb(verb)) \
                and lemma in commitment and not past_promise:
            # "X vowed to win Florida": a commitment about the future, not words quoted.
            kind = "commitment"
            extra.append(f"predicted: commitment ({verb.text})")
        elif rep.clause is not None and rep.clause.dep_ == "xcomp" and intent and \
                lemma in folded(cues, "considering_verbs"):
            # "envisagent de conduire leurs enfants": a step weighed, told as such (but "n'a
            # jamais envisagé de payer" denies it); a body or a person named weighing it
            # makes it possible ("Le comité envisage d'étendre la fête": 5 of the 5 such
            # lines; uncounted or unnamed people's steps, 5 of 5 reported)
            if any(fold(c.text) in folded(cues, "c_negation") for c in verb.children):
                extra.append(f"denied: no intention ({verb.text})")
            elif source.kind in ("institution", "named"):
                extra.append(f"possible: considered ({verb.text})")
        elif rep.clause is not None and rep.clause.dep_ == "xcomp" and intent and \
                sent.text.rstrip().endswith("?") and not any(
                    t.text in _OPENING_QUOTES for t in sent if t.i < verb.i):
            # "Would the children want to come back?": the outlet asks; nobody's intention
            # is told.
            continue
        elif rep.clause is not None and rep.clause.dep_ == "xcomp" and intent:
            # "X plans to leave", "X hopes to win": an intention, nobody quoted.
            kind = "intention"
            extra.append(f"{intent}: intention ({verb.text})")
            if any(fold(c.text) in folded(cues, "c_negation") for c in verb.children):
                extra.append(f"denied: no intention ({verb.text})")  # "n'a jamais envisagé de"
            if _lemma_in(verb.head, folded(cues, "c_possible_lemmas")) and \
                    verb.head.i != verb.i:
                # "pourraient chercher à perturber": a possible intention, no more.
                extra.append(f"possible: modal ({verb.head.text})")
        marks = folded(cues, "c_condition_marks")
        before = [c for c in verb.children if c.dep_ == "advcl" and c.i < verb.i
                  and not (c_start <= c.idx < c_end)]
        condition = next((m for c in before for m in c.children
                          if m.dep_ == "mark" and fold(m.text) in marks), None) or next((
                              # ("Should those talks fail, Unite has said it will ...")
                              m for c in before if (m := _inverted_condition(
                                  list(c.subtree), cues)) is not None), None)
        if condition is not None:
            # "Si aucun accord n'est trouvé, les syndicats menacent d'étendre le
            # mouvement": the condition on the saying is one on what is said.
            extra.append(f"hypothetical: {condition.text} (condition on {verb.text})")
        if kind == "reporting" and lemma in folded(cues, "reporting_verbs") and (
                fear := next((h for h in heads if _fear_held(h, cues)), None)) is not None:
            # "Des habitants disent craindre un effet domino", "said they feared longer
            # waits": a fear told is what they say (18 of 27 such lines read so), where
            # a fear alone ("redoutent des embouteillages") is a possibility.
            extra.append(f"reported: a fear told ({verb.text} {fear.text})")
        d = _Draft(pb, c_start, c_end, source, said_by, cues=[f"{kind} verb: {verb.text}"])
        if written is not None:
            d.cues.append("written in: " + pb.norm.text[slice(*_span_of(written))])
        # "..., a constaté notre journaliste": the outlet's own word, stated as its fact.
        own = bool(speaker) and source.kind == "unattributed" and source.text is None
        d.certainty, found = _certainty(pb, c_start, c_end, cues, not own, extra)
        d.cues += found
        drafts.append(d)
        # "..., affirmant que": a participle of its own; "a assuré que" is a past tense.
        participle = (verb.morph.get("VerbForm") in (["Part"], ["Ger"]) or verb.tag_ == "VBG") \
            and not any(c.dep_.startswith("aux") for c in verb.lefts)
        # ("with at least one campaign group saying ...": a clause of its own)
        absolute = _absolute(verb, cues)
        # ("sued Quorra on Tuesday, accusing the company of ...", "ont quitté la table,
        # jugeant « indigentes » les mesures": an object and its complement, the same)
        # (after a verb of reaction, the participle goes on with its words: "welcomed the
        # result, saying ...", whose speaker's paragraph it is)
        if n == 0 and (rep.clause is not None or (
                rep.span is not None and rep.span[0] > verb.idx
                and (verb.tag_ == "VBG" or fold(verb.text).endswith("ant"))
                and not _speaks(verb.head, cues))) and not _lemma_in(
                    verb.head, folded(cues, "reaction_verbs")) and \
                participle and verb.dep_ != "ROOT" and \
                verb.sent.root.i != verb.i and ((
                    not subjects_of(verb) and verb.head.pos_ in ("VERB", "AUX"))
                    or absolute):  # not the speaker's noun the parser made root
            # "X font pression ..., affirmant que ...": the main clause is the outlet's.
            main_end = _main_clause_end(pb, s_start, verb.head if absolute else verb)
            if main_end > s_start:
                # ("La mairie a démenti, assurant que ...": a bare denial is the speaker's
                # own stance, told on their word)
                denial = (_lemma_in(verb.head, folded(cues, "denial_verbs")) and not any(
                    c.dep_ in ("obj", "dobj", "ccomp", "xcomp") for c in verb.head.children)
                ) or _rejects_what_was_said(verb.head, cues)
                # ("Dans son ordonnance du 10 juillet, le juge avait rejeté la demande,
                # jugeant que ...": what the document opening the sentence records)
                author = subjects_of(verb.head)
                recorded = _written_in(verb.head, author, cues) if author and not denial \
                    else None
                if recorded is not None:
                    by = _span_of(author)
                    m = _Draft(pb, s_start, main_end,
                               _classify(pb, *by, index, types, cues), by,
                               cues=["written in: " + pb.norm.text[slice(*_span_of(recorded))]])
                elif not denial and verb.head == sent.root and _stance_teller(sent.root, cues):
                    # ("Some residents oppose the plan, arguing that ...": blame of a thing
                    # named, the subject's stance, on its word)
                    drafts.insert(0, _main_draft(pb, sent, s_start, main_end, index, types,
                                                 cues))
                    continue
                else:
                    m = _Draft(pb, s_start, main_end,
                               source if denial else Source("unattributed"),
                               said_by if denial else None)
                m.certainty, found = _certainty(pb, s_start, main_end, cues,
                                                denial or recorded is not None, [])
                m.cues += found
                drafts.insert(0, m)
    conceded = next((r.verb for r in reports if _conceded(r.verb, cues)), None)
    if conceded is not None and all(r.verb in conceded.subtree for r in reports) and \
            not any(d.start <= s_start < d.end for d in drafts):
        # "The lineup will likely lean toward family films, though Carver said ...": a
        # report in a clause of contrast leaves the main clause the outlet's own.
        main_end = _main_clause_end(pb, s_start, conceded)
        if main_end > s_start:
            drafts.insert(0, _main_draft(pb, sent, s_start, main_end, index, types, cues))
    joined = _joined_report(sent, reports, cues)
    if joined is not None and not any(d.start <= s_start < d.end for d in drafts):
        # "Supporters gathered outside the clubhouse, and several fans said ...": a report
        # in a clause joined after a main clause of its own leaves that clause the
        # outlet's.
        main_end = joined.idx
        while main_end > s_start and pb.norm.text[main_end - 1] in " ,;":
            main_end -= 1
        if main_end > s_start:
            drafts.insert(0, _main_draft(pb, sent, s_start, main_end, index, types, cues))
    outside = [t for t in sent if not any(t in v.subtree for v in relative)]
    if reports and len(relative) == len(reports) and any(
            t.pos_ in ("VERB", "AUX") for t in outside):
        # "The governor, who said last month that ..., has now ordered rationing": the
        # relative clause reports the governor's words; the sentence is the outlet's.
        holes = tuple(_span_of(list(v.subtree)) for v in relative)
        drafts.insert(0, _main_draft(pb, sent, s_start, s_end, index, types, cues, holes))
    if drafts:
        return drafts
    root = sent.root
    if not reports and _stance_teller(root, cues):
        # "Les associations d'usagers, elles, s'agacent.": a stance told with no words of
        # it (what follows, often a quote, says them); the subject's, not the outlet's.
        return [_main_draft(pb, sent, s_start, s_end, index, types, cues)]
    if (attitude := _attitude(root, cues)) is not None and (speaker := subjects_of(root)):
        # "Certains parents restent pourtant inquiets", "Some parents remain skeptical": a
        # group's state of mind, told on its word (what follows, often a quote, says it).
        said_by = _span_of(speaker)
        source = _classify(pb, *said_by, index, types, cues)
        # (anyone's, when the verb says it: "Le maire, Alain Rouvière, se dit « partagé »",
        # ``saying_state_verbs``)
        if source.kind == "vague" or _lemma_in(root, folded(cues, "saying_state_verbs")):
            d = _told(pb, s_start, s_end, source, said_by, f"attitude told: {attitude.text}",
                      cues)
            d.certainty = "reported" if d.certainty == "asserted" else d.certainty
            return [d]
    d = _Draft(pb, s_start, s_end, Source("unattributed"), None)
    d.certainty, d.cues = _certainty(pb, s_start, s_end, cues, False, [])
    if d.certainty == "probable" and (belief := _has(sent.text, cues.get(
            "unnamed_beliefs", []))):
        # "The band is believed to be one of the oldest ...": believed by people the page
        # does not name (the 2 such lines with no other source read so), vague.
        d.source = Source("vague", belief)
    elif d.certainty == "asserted" and (view := _has(sent.text, cues.get(
            "unnamed_views", []))):
        # "Falconry displays are widely regarded as low-risk": a view held by people the
        # page does not name, on their word.
        d.source = Source("vague", view)
        d.certainty = "reported"
        d.cues.append(f"unnamed view: {view}")
    return [d]


def _main_draft(pb: ParsedBlock, sent: SpacySpan, start: int, end: int, index: EntityIndex,
                types: dict[str, str], cues: dict[str, Any],
                holes: tuple[tuple[int, int], ...] = ()) -> _Draft:
    """The main clause around reports that are not its own (in a relative clause, in a
    clause of contrast): the outlet's, unless its verb tells its subject's stance
    ("Residents ... largely welcomed the plan, though several asked ...", "Le maire s'est
    félicité d'une décision qui « ... »"), then on that subject's word."""
    teller = _stance_teller(sent.root, cues)
    if not teller:
        m = _Draft(pb, start, end, Source("unattributed"), None)
        m.certainty, m.cues = _certainty(pb, start, end, cues, False, [], holes)
        return m
    by = _span_of(teller)
    by, source = _from_place(pb, sent, teller, by, _classify(pb, *by, index, types, cues),
                             index, types, cues)
    m = _Draft(pb, start, end, source, by, cues=[f"stance told: {sent.root.text}"])
    # ("Des riverains s'inquiètent pour leurs puits privés": a worry about a thing named,
    # told)
    told = [f"reported: a fear told ({sent.root.text})"] if any(
        c.dep_.startswith("obl") for c in sent.root.children) and _worry_told(
            sent.root, cues) else []
    m.certainty, found = _certainty(pb, start, end, cues, True, told, holes)
    m.cues += found
    return m


def _aroused_group(root: Token, cues: dict[str, Any]) -> list[Token] | None:
    """The group whose reaction a verb of arousing tells (``arousing_verbs`` with one of
    the ``reaction_nouns``: "The contest drew criticism from some local health advocates,
    who say ...", "Le projet suscite des réserves chez des défenseurs de l'environnement,
    qui dénoncent ..."), when a relative clause gives its words: their stance, on their
    word (with no words of theirs, "drew criticism from international observers" is the
    outlet's account)."""
    if not _lemma_in(root, folded(cues, "arousing_verbs")) or not any(
            c.dep_ in ("obj", "dobj") and fold(c.lemma_) in folded(cues, "reaction_nouns")
            for c in root.children):
        return None
    verbs = _cue_verbs(cues)
    for t in root.subtree:
        prep = t.head if t.head.pos_ == "ADP" else next(
            (c for c in t.children if c.dep_ == "case"), None)
        relative = next((c for c in t.children if c.dep_ in ("relcl", "acl:relcl")
                         and cue_lemma(c, verbs) in verbs), None)
        if t.pos_ in ("NOUN", "PROPN") and prep is not None and relative is not None and \
                fold(prep.text) in folded(cues, "aroused_preps"):
            inside = {k.i for k in relative.subtree}
            return [k for k in t.subtree if k.i not in inside and not k.is_punct
                    and k.i != prep.i]
    return None


def _stance_teller(root: Token, cues: dict[str, Any]) -> list[Token] | None:
    """The subject of a verb of saying or of praise that tells a stance with no words of
    it ("Les associations d'usagers, elles, s'agacent.", "Waterfront business owners
    welcomed the change", "Les commerçants, eux, se réjouissent de ce changement": praise
    or blame of a thing named), if the sentence's verb is one and its subject can speak;
    what follows, often a quote, says the words."""
    if _reflexive_not_said(root, cues) or _measured(root, cues):
        # ("Le festival se poursuit jusqu'au dimanche": it goes on, no stance; "relève
        # chaque matin la température": a reading taken)
        return None
    if (group := _aroused_group(root, cues)) is not None:
        return group
    lemma = cue_lemma(root, _cue_verbs(cues))
    # (not guests counted: "Spain welcomed a record 85 million visitors")
    praise = _lemma_in(root, folded(cues, "praise_verbs")) and not any(
        c.dep_ in ("obj", "dobj") and any(t.like_num for t in c.subtree) for c in root.children)
    # (nor whom a committee questions: "will question Harwell's chief executive" asks,
    # where "questioned the price" doubts)
    praise = praise and not (_lemma_in(root, folded(cues, "interrogation_verbs")) and any(
        c.dep_ in ("obj", "dobj") and (c.pos_ == "PROPN" or _has(c.text, [
            *cues.get("title_nouns", []), *cues.get("spokesperson_nouns", [])]))
        for c in root.children))
    # ("welcomed the seizure in a statement and renewed its call for ...": praise given in
    # words, and what the same statement goes on to do is told too)
    stated = praise and any(
        fold(t.lemma_) in folded(cues, "speech_nouns") and t.head.pos_ == "ADP"
        and fold(t.head.text) in ("in", "dans") for t in root.subtree)
    if (praise or (
            lemma in _cue_verbs(cues) and lemma not in _intent_kinds(cues)
            and _verb_kinds(cues).get(lemma, "reporting") == "reporting")) and \
            root.pos_ == "VERB" and (speaker := subjects_of(root)) and not any(
                c.dep_ in ("obj", "dobj", "ccomp", "xcomp", "obl:arg", "parataxis", "advcl",
                           "conj") and not (
                    # ("s'inquiètent pour leurs données": what a worry is about)
                    c.dep_ == "obl:arg" and (praise or _lemma_in(root, folded(cues, "fear_verbs"))))
                and not (praise and c.dep_ in ("obj", "dobj"))
                # ("se réjouissent de pouvoir à nouveau lire l'heure": what they are glad of)
                and not (praise and c.dep_ == "xcomp" and c.morph.get("VerbForm") == ["Inf"])
                # (", le car ne pouvant plus emprunter l'ouvrage": a present participle
                # clause giving the reason, which the parser joined to the verb)
                and not (c.dep_ in ("conj", "advcl") and c.i > root.i
                         and c.morph.get("VerbForm") == ["Part"]
                         and c.morph.get("Tense") == ["Pres"])
                # (nor a past participle set off after the thing the stance is about,
                # which the parser hung on the verb: "s'inquiètent pour leurs jardins,
                # situés en bordure du chantier")
                and not (c.dep_ == "advcl" and c.i > root.i
                         and c.morph.get("VerbForm") == ["Part"]
                         and c.morph.get("Tense") == ["Past"] and not any(
                             k.dep_.startswith(("aux", "nsubj")) for k in c.children))
                and not (stated and c.dep_ == "conj" and c.i > root.i and not any(
                    k.dep_.startswith("nsubj") for k in c.children))
                # ("Le maire l'a contesté": a clitic taking up what was said before)
                and not (c.dep_ == "obj" and c.pos_ == "PRON" and c.i < root.i)
                # ("thanked visitors for keeping their screens dimmed": a participle of
                # what they are thanked for, which the parser hung on the verb)
                and not (praise and c.dep_ == "advcl" and not any(
                    k.dep_.startswith(("nsubj", "mark")) for k in c.children)
                         and any(p.dep_ == "prep" and p.i < c.i for p in root.children))
                # ("welcomed the plan, though several asked for ...": a contrast after it)
                and not (c.dep_ == "advcl" and c.i > root.i and any(
                    m.dep_ == "mark" and fold(m.text) in folded(cues, "contrast_marks")
                    for m in c.children))
                for c in root.children) and not _negated(root, cues) and \
            not _in_relative(root) and not _passive(root) and \
            (head := _phrase_head(speaker)) is not None and (
                head.pos_ in ("PROPN", "PRON") or _has(head.text, _speaker_nouns(cues))) and \
            fold(head.text) not in folded(cues, "c_negative_words"):
        # (someone who can speak: not "L'euro a peu réagi et s'échangeait à 1,08 dollar";
        # nor "Personne ne nous a prévenus", nobody)
        return speaker
    return None


def _told(pb: ParsedBlock, start: int, end: int, source: Source, said_by: tuple[int, int] | None,
          cue: str, cues: dict[str, Any]) -> _Draft:
    """A sentence told on its subject's word with no words of theirs quoted (a stance, a
    state of mind): the whole sentence is the claim, its certainty read as attributed."""
    d = _Draft(pb, start, end, source, said_by, cues=[cue])
    d.certainty, found = _certainty(pb, start, end, cues, True, [])
    d.cues += found
    return d


def _attitude(root: Token, cues: dict[str, Any]) -> Token | None:
    """The adjective of a state of mind a verb of keeping or showing gives its subject
    ("restent inquiets", "remain skeptical", "se disent inquiets"), if any: a stance held,
    not the outlet's plain description ("were skeptical", which no writer of quotes reads
    as anyone's words)."""
    if not _lemma_in(root, folded(cues, "state_verbs")):
        return None
    # (a verb that says it tells any state: "se disent « trahis » par l'État", "se dit
    # victime d'une arnaque", whatever the tagger made of the word)
    saying = _lemma_in(root, folded(cues, "saying_state_verbs"))
    # (also a participle the parser made an adverbial clause: "se dit « partagé »"; or,
    # after a verb that says it, an adjective: "se dit de son côté « ouverte à ... »", or
    # a state it is in: "se dit « dans une position inconfortable »", "dans l'attente"; not
    # "en", which also gives a language: "le mot se dit en anglais")
    return next((c for c in root.children if (c.dep_ in ("xcomp", "acomp", "attr") or (
        c.dep_ == "advcl" and (c.morph.get("VerbForm") == ["Part"]
                               or (saying and c.pos_ == "ADJ"))) or (
        saying and c.dep_ in ("obl", "obl:mod", "obl:arg") and c.pos_ == "NOUN" and any(
            k.dep_ == "case" and fold(k.text) == "dans" for k in c.children)))
                 and c.i > root.i and (fold(c.text) in folded(cues, "attitude_adjectives") or (
                     saying and c.pos_ in ("ADJ", "VERB", "NOUN")))), None)


def _judgement(pb: ParsedBlock, verb: Token, rep: _Report, cues: dict[str, Any]) -> str | None:
    """The certainty a verb of judging gives with the adjective after it: the words
    between the verb and its clause ("a jugé « probable » que"), or the first word of what
    the parser took for its content ("juge possible une rencontre")."""
    if rep.span is None:
        return None
    between = pb.norm.text[verb.idx + len(verb.text) : rep.span[0]]
    first = (pb.norm.text[rep.span[0] : rep.span[1]].split() or [""])[0].strip("«»“”\"")
    for certainty in ("probable", "possible"):
        adjectives = folded(cues, f"judged_{certainty}")
        if _has(between, [*cues.get(f"c_{certainty}", []), *adjectives]) or \
                fold(first) in adjectives:
            return certainty
    return None


def _past_conditional(heads: list[Token]) -> bool:
    """Whether a reported clause is in the past conditional ("aurait agi", "would have
    acted"): a past told on hearsay or that did not happen, no future."""
    # (by the auxiliary's form too: "n'auraient été informés", tagged a subjunctive)
    return any((c.dep_ == "aux:tense" and (c.morph.get("Mood") == ["Cnd"] or (
        fold(c.lemma_) in ("avoir", "etre") and (
            _conditional_form(c) or _tagged_conditional(c)))))  # "aurait agi"
               or (c.dep_ == "aux" and fold(c.lemma_) == "have")  # "would have acted"
               for h in heads for c in h.children if c.i < h.i)


def _told_future(verb: Token, heads: list[Token], cues: dict[str, Any]) -> bool:
    """Whether a verb of saying in the past tells, in the future of the past, what is to
    come ("said the government would present", "a assuré que le trafic serait normal"):
    no past conditional ("aurait agi", "would have"), and no verb of thought ("pensait
    que X gagnerait" is a view)."""
    # (the tense of "a fait savoir" is on "faire": ``causative_telling``)
    carrier = verb.head if verb.dep_ == "xcomp" and verb.morph.get("VerbForm") == ["Inf"] \
        and f"{fold(verb.head.lemma_)} {fold(verb.lemma_)}" in folded(
            cues, "causative_telling") and verb.head.i < verb.i else verb
    past = carrier.morph.get("Tense") == ["Past"] or any(
        c.dep_.startswith("aux") for c in carrier.children)
    perfect = _past_conditional(heads)
    lemma = cue_lemma(verb, _cue_verbs(cues))
    # (nor a modal's conditional: "ont fait valoir que cette contrainte pourrait coûter la
    # guerre" is what may be, read as such)
    modals = folded(cues, "c_possible_lemmas") | folded(cues, "obligation_lemmas")
    modal = any(fold(t.lemma_) in modals for h in heads for t in (h, *h.children)
                if t.i <= h.i)
    # (nor a question: "asked whether the owners would keep the ground")
    return past and not perfect and not modal and \
        _verb_kinds(cues).get(lemma, "reporting") == "reporting" and \
        lemma not in folded(cues, "question_verbs") and _future_in_past(heads, cues)


def _speaks(verb: Token, cues: dict[str, Any]) -> bool:
    """Whether a verb says something itself ("pushed back on the report", "conteste"), so
    that a participle after it ("..., calling it « inaccurate »") goes on with its words
    rather than giving the reason for an act ("sued Quorra, accusing it of ...")."""
    return cue_lemma(verb, _cue_verbs(cues)) in _cue_verbs(cues) or _lemma_in(verb, (
        folded(cues, "np_reporting_verbs") | folded(cues, "denial_verbs")
        | folded(cues, "rejection_verbs"))) or (
        verb.i + 1 < len(verb.doc) and f"{fold(verb.lemma_)} {fold(verb.doc[verb.i + 1].text)}"
        in folded(cues, "reply_phrases"))


def _without_participle_asides(tokens: list[Token]) -> list[Token]:
    """``tokens`` without the present participles set off in them and their words ("...,
    provoquant la mort de poissons sur près de huit kilomètres"): an aside, not what a
    view holds."""
    aside = {k.i for t in tokens if t.dep_ == "advcl" and t.morph.get("VerbForm") == ["Part"]
             and t.morph.get("Tense") == ["Pres"] for k in t.subtree}
    return [t for t in tokens if t.i not in aside]


def _figure_put_at(verb: Token) -> bool:
    """Whether the verb puts something at a figure ("estime à environ 180 le nombre de
    ...", "évalue à 2 millions d'euros les dégâts"): a phrase of "à" with a number (which
    the parser may tag a determiner after "près de": "estime à près de 5 000 le nombre")."""
    return any(c.dep_.startswith("obl") and c.i > verb.i
               and any(k.dep_ == "case" and k.lower_ == "à" for k in c.children)
               and any(k.like_num and k.dep_ in ("nummod", "det") for k in c.subtree)
               for c in verb.children)


def _believer(tokens: list[Token], cues: dict[str, Any]) -> Token | None:
    """The verb of a view that heads a content with its own subject ("Investigators believe
    the payments totaled ..."), if there is one."""
    return next((t for t in tokens if t.pos_ == "VERB" and (
        t.head.i == t.i or t.head not in tokens) and _lemma_in(
            t, folded(cues, "figure_estimate_verbs")) and any(
            c.dep_ in SUBJECT_DEPS for c in t.children)), None)


def _rough_figure(tokens: list[Token], cues: dict[str, Any]) -> bool:
    """Whether a content gives a figure roughly: a number after a word of approximation
    ("environ un bail sur quatre", "quelque 8 000 hectares", "entre 4 et 6 millions"), a
    range ("deux à trois fois plus") or a rough count ("une cinquantaine")."""
    rough = folded(cues, "rough_figure_words")
    if any(fold(t.text) in folded(cues, "rough_numerals") for t in tokens):
        return True  # "une cinquantaine d'emplois": a count told roughly by its own word
    for n in _figures(tokens):
        t = tokens[n]
        # ("un", "one": a figure only right after the word of approximation)
        if fold(t.text) in ("un", "une", "one") and not (n and fold(tokens[n - 1].text) in rough):
            continue
        # ("roughly $2 million": the currency sign between the word and the figure)
        if _ends_with([fold(k.text) for k in tokens[max(0, n - 4) : n] if not k.is_currency],
                      rough) or (
                n + 2 < len(tokens) and (fold(tokens[n + 1].text) in ("a", "à", "to") or (
                    # ("10-15", not the hyphen of "Quarante-deux")
                    tokens[n + 1].text == "-" and t.text[:1].isdigit()))
                and tokens[n + 2].like_num):
            return True
    return False


def _written_in(verb: Token, speaker: list[Token], cues: dict[str, Any]) -> list[Token] | None:
    """The document a verb of saying says its content in, named with a determiner in a
    phrase that opens the sentence before the speaker ("Dans sa décision de 94 pages,
    l'Autorité estime", "In a preliminary report, the group said"; read from the words'
    order, as the parser often hangs the phrase elsewhere) or that hangs on the verb after
    it ("said in its quarterly report"): a written work of record or a post
    (``framing_documents``: a report, a ruling, a letter, "Dans un message publié sur
    Facebook"), not a statement or an interview, which are the speaker's words however
    given."""
    preps, documents = folded(cues, "document_preps"), folded(cues, "framing_documents")

    def document(prep: Token, noun: Token | None) -> list[Token] | None:
        # (the phrase's head only: not "une réponse annexée au rapport")
        if noun is None or noun.pos_ != "NOUN" or noun.i < prep.i:
            return None
        left = [t for t in noun.subtree if prep.i < t.i <= noun.i]
        name = " ".join(fold(t.text) for t in left if t.i == noun.i or t.dep_ == "compound")
        # (a plural needs none: "In papers filed with the court, X says")
        if (any(t.dep_ in ("det", "poss") or t.pos_ == "DET" for t in left)
                or noun.morph.get("Number") == ["Plur"]) and (
                fold(noun.lemma_) in documents or fold(noun.text) in documents
                or name in documents):
            return left
        return None

    def head_of(prep: Token) -> Token | None:  # "Dans sa lettre" (case), "In a report" (pobj)
        if prep.dep_ == "case":
            return prep.head
        return next((k for k in prep.children if k.dep_ == "pobj"), None)

    sent = verb.sent
    first = sent[0]
    comma = next((t for t in sent if t.text == ","), None)
    if fold(first.text) in preps and comma is not None and speaker and \
            comma.i < speaker[0].i and comma.i < verb.i:
        noun = head_of(first)
        return document(first, noun) if noun is not None and noun.i < comma.i else None
    for c in verb.children:
        noun = c if c.dep_.startswith("obl") else next(
            (k for k in c.children if k.dep_ == "pobj"), None) if c.dep_ == "prep" else None
        if noun is None or noun.i < verb.i:
            continue
        prep = c if c.dep_ == "prep" else next(
            (k for k in noun.children if k.dep_ == "case"), None)
        # (after the verb, the speaker's own document: "said in its quarterly report"; not
        # "recense ..., dans un rapport publié jeudi", the body's count)
        if prep is not None and fold(prep.text) in preps and any(
                k.dep_ == "poss" or k.morph.get("Poss") == ["Yes"] for k in noun.children):
            found = document(prep, noun)
            if found is not None:
                return found
    return None


def _off_record(pb: ParsedBlock, sent: SpacySpan, speaker: list[Token], verb: Token,
                c_start: int, c_end: int, cues: dict[str, Any]) -> bool:
    """Whether a generic pronoun speaking from a body speaks off the record: by a verb of
    confiding ("..., glisse-t-on à la chambre de commerce") or with words that say so
    outside what is said ("Au ministère, on reconnaît en privé que"): someone unnamed
    there, not the body's word."""
    if not speaker or not _has(speaker[0].text.strip("-").removeprefix("t-"),
                               cues.get("generic_pronouns", [])):
        return False
    if _lemma_in(verb, folded(cues, "off_record_verbs")):
        return True
    outside = pb.norm.text[sent.start_char : c_start] + " " + pb.norm.text[c_end : sent.end_char]
    return _has(outside, cues.get("off_record_phrases", []))


_ASIDES = frozenset({"acl", "acl:relcl", "relcl", "advcl"})


def _rejects_what_was_said(verb: Token, cues: dict[str, Any]) -> bool:
    """Whether a verb of rejecting takes what was just said for object, by a pronoun
    (``claim_pronouns``: "Dunn rejected that, saying ..."): a denial, the speaker's own."""
    return _lemma_in(verb, folded(cues, "rejection_verbs")) and any(
        c.dep_ in ("obj", "dobj") and c.pos_ in ("PRON", "DET", "SCONJ")
        and not list(c.children) and fold(c.text) in folded(cues, "claim_pronouns")
        for c in verb.children)


def _absolute(verb: Token, cues: dict[str, Any]) -> bool:
    """Whether a participle of saying heads a clause of its own with its subject, opened
    by ``absolute_marks`` ("Legal challenges are likely, with at least one campaign group
    saying it was considering a judicial review"): a circumstance set after the main
    clause, which stays whoever's it was; not a share of the main clause's subject, who
    go on with their words ("Punters reacted angrily on social media, with some calling
    for ...": a pronoun or a number for subject)."""
    mark = verb.head
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i), None)
    return verb.dep_ == "pcomp" and fold(mark.text) in folded(cues, "absolute_marks") \
        and mark.i < verb.i and mark.head.pos_ in ("VERB", "AUX") and subject is not None \
        and subject.pos_ in ("NOUN", "PROPN")


def _main_clause_end(pb: ParsedBlock, s_start: int, verb: Token) -> int:
    """Where the main clause before a side clause headed by ``verb`` ends (a participle's
    or a contrast's report: "X font pression ..., affirmant que", "..., though Carver said"),
    past the punctuation between them."""
    end = _span_of(list(verb.subtree))[0]
    while end > s_start and pb.norm.text[end - 1] in " ,;":
        end -= 1
    return end


def _contact_clause(verb: Token) -> bool:
    """Whether a relative clause with no relative word follows its noun directly ("at a
    cost the health board put at £410,000": the subject right after the noun), unlike an
    incise the parser made relative (", state business filings show")."""
    subject = subjects_of(verb)
    return bool(subject) and verb.head.i < verb.i and verb.head.pos_ == "NOUN" and \
        min(t.left_edge.i for t in subject) == verb.head.i + 1


def _joined_report(sent: SpacySpan, reports: list[_Report],
                   cues: dict[str, Any]) -> Token | None:
    """The conjunction or the colon opening a report joined, with a subject of its own,
    after a main clause that reports nothing and has its own finite verb ("Supporters
    gathered ..., and several fans said ...", "..., et plusieurs fans ont affirmé que
    ...", "La mobilisation pourrait se durcir : l'intersyndicale n'exclut pas ..."); None
    when there is none.  (English hangs the conjunction on the first verb, French on the
    second.)"""
    root = sent.root
    # (nor after a main verb of saying, read or not: "Some shoppers posted photos ..., and
    # at least two said ...")
    verbs = _cue_verbs(cues)
    if root.pos_ not in ("VERB", "AUX") or not _finite(root) or any(
            r.verb == root for r in reports) or cue_lemma(root, verbs) in verbs:
        return None
    for r in reports:
        verb = r.verb
        subject = subjects_of(verb)
        if verb.i < root.i or not subject or subject[0].i < root.i or not _finite(verb):
            continue
        # ("La mobilisation pourrait se durcir ... : l'intersyndicale n'exclut pas de ...":
        # a colon, outside quote marks, before the report's subject)
        colon = next((t for t in sent.doc[root.i + 1 : subject[0].i] if t.text == ":"
                      and not any(q.text in _OPENING_QUOTES for q in sent.doc[sent.start : t.i])),
                     None)
        if colon is not None:
            return colon
        cc = next((c for c in [*root.children, *verb.children] if c.dep_ == "cc"
                   and root.i < c.i < subject[0].i), None)
        if verb.dep_ == "conj" and verb.head == root and cc is not None:
            return cc
    return None


def _fear_held(verb: Token, cues: dict[str, Any]) -> bool:
    """Whether a verb of the content tells someone's fear ("disent craindre", "said they
    feared", "said they had feared"), not a participle that fears for nobody ("Dozens
    feared dead")."""
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    return _listed_verb(verb, "fear_verbs", cues) and (verb.tag_ != "VBN" or perfect) and not any(
        c.dep_ == "oprd" for c in verb.children) and not (
        verb.morph.get("VerbForm") == ["Part"]
        and not any(c.dep_.startswith("aux") for c in verb.children))


def _finite(verb: Token) -> bool:
    """Whether a verb is finite or has a finite auxiliary ("ont affirmé")."""
    return verb.morph.get("VerbForm") == ["Fin"] or any(
        c.dep_.startswith("aux") and c.morph.get("VerbForm") == ["Fin"] for c in verb.children)


def _conceded(verb: Token, cues: dict[str, Any]) -> bool:
    """Whether a verb of saying heads a clause of contrast, time or cause hung on the main
    verb after it ("..., though Carver said ...", "..., même si le maire a reconnu ...",
    "..., once air monitoring showed ..."; ``contrast_marks``, ``side_clause_marks``), not
    opening the sentence."""
    contrast = folded(cues, "contrast_marks")
    side = folded(cues, "side_clause_marks")
    mark = next((c for c in verb.children if (
        # ("once" the parser tags an adverb: the clause's first word)
        c.dep_ == "mark" or (c.dep_ == "advmod" and c.i == verb.left_edge.i))
        and c.i < verb.i and fold(c.text) in contrast | side), None)
    head = verb.head
    # (a clause of time or cause only after a main clause with its own finite verb: not
    # "A geological survey commissioned after the collapse found ...", which the parser
    # read as a clause of the participle)
    finite = _finite(head)
    return verb.dep_ == "advcl" and head.i < verb.i and head.pos_ in (
        "VERB", "AUX", "ADJ") and mark is not None and (fold(mark.text) in contrast or finite)


def _figure_judged(content: list[Token], cues: dict[str, Any]) -> bool:
    """Whether what a verb of judging bears on is a figure: a number that is no date (not
    "en 2021", "le 12 mars", "il y a deux ans"), told in the present or past, or roughly
    ("estime qu'environ 35 conducteurs seront redéployés"); a figure forecast plainly
    ("estime que la croissance atteindra 0,8 %") is a forecast."""
    ago = folded(cues, "ago_words")

    def dated(t: Token) -> bool:
        nearby = [t.doc[k] for k in (t.i - 1, t.i + 1) if 0 <= k < len(t.doc)]
        unit = t.head if t.dep_ == "nummod" and t.head.i > t.i else t
        before = fold(" ".join(k.text for k in t.doc[max(t.i - 3, 0) : t.i]))
        return (t.text.isdigit() and len(t.text) == 4 and t.text[:2] in ("19", "20")) or any(
            t.ent_type_ == "DATE" or is_month(k.text) for k in nearby) or any(
            before.endswith(p) for p in ago) or (
            unit.i + 1 < len(t.doc) and fold(t.doc[unit.i + 1].text) in ago)
    def core(t: Token) -> bool:  # a figure of one of the clause's own arguments
        # (or the whole of a share: "un paquet sur trois", "one in five")
        share = t.dep_ in ("nmod", "pobj") and any(
            c.dep_ in ("case", "prep") and fold(c.text) in ("sur", "in") for c in t.children)
        noun = t.head if t.dep_ in ("nummod", "det") or share else t
        # ("consomme autant d'eau que 300 foyers": the term of a comparison)
        compared = any(c.dep_ in ("mark", "case") and fold(c.text) in _THAT
                       for c in noun.children)
        return compared or (noun.dep_.startswith(("nsubj", "obj", "obl", "dobj"))
                            and noun.head.pos_ in ("VERB", "AUX")
                            and noun.head.dep_ in ("ccomp", "ROOT", "xcomp", "advcl"))
    fractions = folded(cues, "fraction_words")
    # (not "d'un transformateur": an article; but "avoir perdu un tiers de son chiffre
    # d'affaires": a fraction is a figure)
    figures = [t for t in content if (t.pos_ == "NUM" or any(ch.isdigit() for ch in t.text)
                                      or fold(t.text) in fractions) and not dated(t)]
    rough = any(_has(t.text, cues.get("approximation_words", [])) for t in content)
    if not figures or not (rough or any(core(t) for t in figures)):
        # ("ont estimé que l'élu avait attribué des marchés d'un montant de 1,2 million":
        # a figure deep in what was judged leaves it a judgement)
        return False
    return rough or not any(t.morph.get("Tense") == ["Fut"] for t in content)


def _aside_is_anonymous(speaker: list[Token], verb: Token, cues: dict[str, Any]) -> bool:
    """"Deux enquêteurs, s'exprimant sous couvert d'anonymat, ont indiqué": the words set
    off after the speaker (a participle or a relative clause, on the speaker or, as the
    parser often has it, on the verb before it) say that they spoke unnamed; so do words
    set off by commas right after the verb ("Au ministère, on indique, sous couvert
    d'anonymat, que ...")."""
    doc = verb.doc
    if verb.i + 2 < len(doc) and doc[verb.i + 1].text == "," and (close := next(
            (t.i for t in doc[verb.i + 2 : verb.sent.end] if t.text == ","), None)) and _has(
                doc[verb.i + 2 : close].text, cues.get("anonymity", [])):
        return True
    head = _phrase_head(speaker)
    if head is None:
        return False
    after = speaker[-1].i + 1
    if speaker[0].i > verb.i and after + 1 < verb.sent.end and doc[after].text == "," and \
            doc[after + 1].morph.get("PronType") == ["Rel"] and _has(
                doc[after + 1 : verb.sent.end].text, cues.get("anonymity", [])):
        # ("», prédit le gérant d'une boucherie, qui n'a pas souhaité donner son nom": a
        # relative clause set off after an inverted speaker, however the parser hung it)
        return True
    # A clause anywhere in the speaker's phrase ("un opérateur croisé à la sortie du site,
    # qui n'a pas voulu donner son nom"), or on the verb before it, or, after an inverted
    # speaker, a relative clause the parser hung on the verb.
    spoken, inverted = {t.i for t in speaker}, speaker[0].i > verb.i
    # ("one neighbor said, asking not to be named": a participle set off after the verb.)
    asides = [c for c in head.subtree if c.dep_ in _ASIDES and c.i not in spoken] + [
        c for c in verb.children if c.dep_ in _ASIDES and c.i not in spoken and (
            # (not what an inverted speaker says before the verb: "..., et l'un d'eux, un
            # homme de 78 ans, est décédé, a annoncé l'agence régionale de santé")
            (c.i < verb.i and not inverted) or (inverted and c.dep_ in ("acl:relcl", "relcl")
                             and c.i > speaker[-1].i) or (
                c.dep_ == "advcl" and c.i > max(verb.i, speaker[-1].i) + 1
                and c.doc[c.i - 1].text == "," and "Part" in c.morph.get("VerbForm")))]
    # ("Several nurses ..., speaking on condition of anonymity ..., said": the words set
    # off between the speaker and the verb, however the parser hung them.)
    between = verb.doc[speaker[-1].i + 1 : verb.i] if not inverted else None
    return any(_has(verb.doc.text[slice(*_span_of(list(c.subtree)))], cues.get("anonymity", []))
               for c in asides) or (between is not None and len(between) > 2 and
                                    between[0].text == "," and _has(between.text, cues.get(
                                        "anonymity", [])))


def _in_direct_quote(pb: ParsedBlock, at: int) -> bool:
    """Whether the block's offset ``at`` stands inside a direct quote (the quotes
    reader's spans)."""
    from newstrace.analyze.quotes import _direct_spans  # quotes imports this package

    return any(a <= at < b for a, b in _direct_spans(pb.norm.text))


def _headline(pb: ParsedBlock, cues: dict[str, Any],
              label: tuple[Source, int, int] | None = None) -> _Draft | None:
    text = pb.norm.text
    folded = fold(text).rstrip()
    prefix = next((p for p in cues.get("headline_prefixes", [])
                   if folded.startswith(fold(p)) or folded.endswith(fold(p))), None)
    start, end = 0, len(text.rstrip(" .!"))
    if prefix is None and label is not None:
        source, label_end, content_start = label
        d = _Draft(pb, content_start, end, source, (label_end - len(source.text or ""), label_end),
                   headline=True,
                   cues=["headline convention: speaker label"])
        d.certainty, found = _certainty(pb, content_start, end, cues, True, [])
        d.cues += found
        return d
    if prefix is None:
        d = _Draft(pb, start, end, Source("unattributed"), None, headline=True)
        d.certainty, d.cues = _certainty(pb, start, end, cues, False, [])
        return d
    if fold(text).startswith(fold(prefix)):
        start = len(prefix)
        while start < end and text[start] == " ":
            start += 1
        src = (0, len(prefix.rstrip(" :")))
    else:
        end = len(text) - len(prefix)
        src = (end, len(text))
    # "Report: ..." rests on a report; "Sources: ..." on unnamed people.
    kind = "document" if _has(prefix.strip(" :"), cues.get("document_nouns", [])) else "anonymous"
    source = Source(kind, text[src[0]:src[1]])
    d = _Draft(pb, start, end, source, src, headline=True, cues=[f"headline convention: {prefix}"])
    d.certainty, found = _certainty(pb, start, end, cues, True, [])
    d.cues += found
    return d


#: A headline opening with a whole quote, then a colon: "« Ce permis respecte le droit » : le
#: maire défend le projet".
_QUOTE_THEN_CLAUSE = re.compile(r"^\s*[«“\"]([^«»“”\"]{3,}?)[»”\"]\s*:\s+(?=\S)")


def _quote_then_speaker(pb: ParsedBlock, cues: dict[str, Any], index: EntityIndex,
                        types: dict[str, str]) -> _Draft | None:
    """"« Ce permis respecte le droit » : le maire de Villeneuve défend le projet": a
    headline's quote set before a colon is the word of the subject of the clause after it
    (a noun phrase, with its own verb), never the outlet's."""
    m = _QUOTE_THEN_CLAUSE.match(pb.norm.text)
    if m is None or pb.doc is None:
        return None
    words = [t for t in pb.doc if m.start(1) <= t.idx < m.end(1) and t.is_alpha
             and t.pos_ not in ("ADP", "DET", "CCONJ")]
    if all(t.text[:1].isupper() for t in words):
        return None  # (a name in quote marks, "« Cœurs de Pattes » : le procès ...": a topic)
    verb = next((t for t in pb.doc if t.idx >= m.end() and t.pos_ in ("VERB", "AUX")
                 and not t.dep_.startswith("aux")), None)
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")
                    and c.i < verb.i and c.idx >= m.end()), None) if verb is not None else None
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return None
    span = _span_of([t for t in subject.subtree if t.idx >= m.end()])
    source = _classify(pb, *span, index, types, cues)
    if source.kind == "unattributed":
        return None
    quote = m.group(1)
    start = m.start(1) + len(quote) - len(quote.lstrip())
    end = m.end(1) - len(quote) + len(quote.rstrip())
    d = _Draft(pb, start, end, source, span, headline=True,
               cues=["headline convention: quote, then its speaker"])
    d.certainty, found = _certainty(pb, start, end, cues, True, [])
    d.cues += found
    return d


_LABEL = re.compile(r"^\s*[\"“«]?\s*([^\W\d][^:\n]{0,40}?)\s*:\s+(?=\S)")
#: Words a label may hold: a name, a title and an initial or two ("Sen. Ted Cruz").
_LABEL_WORDS = 6
#: Marks opening a quote right after a label ("Mayor Ellen Brandt: 'I will not resign'").
_LABEL_QUOTES = frozenset("«“\"'‘")


def _names_people_only(pb: ParsedBlock, start: int, end: int, index: EntityIndex,
                       types: dict[str, str], cues: dict[str, Any]) -> bool:
    """Whether a label names people and nothing else: past the people's names, only
    titles and the words that join names ("Faux Chagall et faux Foujita :", a topic,
    though the entity reader took "Faux Chagall" for a person)."""
    named = [(m.start, m.end) for m in index.mentions if m.block == pb.block.id
             and types.get(m.entity) == "person" and m.start < end and start < m.end]
    allowed = folded(cues, "name_joins") | folded(cues, "title_nouns")
    return all(w.group(0)[:1].isupper() or fold(w.group(0)) in allowed
               for w in re.finditer(r"\w+", pb.norm.text[start:end])
               if not any(a <= start + w.start() < b for a, b in named))


def _speaker_label(pb: ParsedBlock, index: EntityIndex, types: dict[str, str],
                   cues: dict[str, Any], people_only: bool,
                   turns: frozenset[str] = frozenset()) -> tuple[Source, int, int] | None:
    """(source, label end, content start) for a block opened by who speaks: a headline
    "Ted Cruz: '...'", "Study: ...", or a transcript turn "FALLIN: Well, I think ...".

    A place or a country is a dateline or a topic ("NEW YORK:", "Ukraine :"), and a word
    such as "Analysis:" or "Live:" a rubric: neither speaks.  In the body only people speak so
    ("people_only"): a turn of an interview, or a label of the page's transcript
    (``turns``, from ``transcript_labels``).
    """
    m = _LABEL.match(pb.norm.text)
    if m is None or len(m.group(1).split()) > _LABEL_WORDS:
        return None
    start, end = m.span(1)
    if fold(m.group(1)) in folded(cues, "headline_rubrics") or m.group(1)[-1:].isdigit():
        return None  # (and "Ligue 2 :", "Formule 1 :": a competition, a topic)
    ids = index.at(pb.block.id, start, end)
    if any(types.get(i) in ("place", "country") for i in ids) and not any(
            types.get(i) in ("person", "organization") for i in ids):
        return None  # "Ukraine : Kiev et Moscou échangent ...": a topic
    if people_only:
        # A turn names someone the page names elsewhere: "FALLIN:" for Mary Fallin (the
        # parser does not read names in capitals, and a dateline is nobody's name).
        # ("Mayor Ellen Brandt:": a title before the name is no part of it.)
        words = {fold(w) for w in re.findall(r"\w+", m.group(1))} - folded(cues, "title_nouns")
        # ("Budget : le gouvernement ...": a word the entity reader took for a one-word
        # person's name is a topic.)
        who = next((e for e in index.entities if e.type == "person" and words and words <= {
            fold(w) for w in re.findall(r"\w+", e.name)} and len(e.name.split()) > 1), None)
        if who is None:
            if fold(m.group(1)) in turns:
                return Source("named", m.group(1)), end, m.end()
            return None
        return Source("named", m.group(1), who.id), end, m.end()
    if re.search(r"[»”\"]\s*,\s*\w", pb.norm.text[m.end() :]):
        # "Rage au parc animalier : « Aucun visiteur n'a été mordu », assure la direction":
        # the incise after the quote says who speaks; before the colon, a topic.
        return None
    source = _classify(pb, start, end, index, types, cues)
    if source.kind not in ("named", "institution", "document", "anonymous"):
        return None
    words = [t for t in _tokens(pb, start, end) if not t.is_punct and t.pos_ != "DET"]
    if cues.get("clause_labels_are_topics") and \
            pb.norm.text[m.end() :][:1] not in _LABEL_QUOTES and not (
            (len(words) == 1 and _has(words[0].text, [*cues.get("document_nouns", []),
                                                       *cues.get("survey_nouns", [])]))
            or (any(e.type == "person" and len(e.name.split()) > 1 and e.id in ids
                    for e in index.entities) and _names_people_only(pb, start, end, index,
                                                                     types, cues))):
        # "Don du sang : l'EFS appelle ...", "Audit accablant : le maire démissionne",
        # "Hôpital de Valmont : ...": in French press, before a clause of its own, a label
        # is the topic (``clause_labels_are_topics``; writers read 15 of 17 so); a
        # person's name or a bare document ("Sondage : ...") still speaks, and any label
        # before a quote.  (English wire headlines put speakers so: "Kremlin: ...".)
        return None
    if any(t.pos_ == "VERB" and t.is_lower for t in _tokens(pb, start, end)):
        return None  # "Tram déraillé à Villefranche : ...": what happened, a topic
    head = _phrase_head(_tokens(pb, start, end))
    if head is not None and head.pos_ not in ("PROPN", "PRON") and not _has(
            head.text, [*_speaker_nouns(cues), *cues.get("document_nouns", [])]):
        # "Grève chez Vellard : ...", "Meurtre de Lucie Bernard : ...": an event named,
        # with a body or a person in it, is a topic; nobody speaks (nor when the tagger
        # takes the event's noun for an adjective: "Arnaque au faux conseiller : ...").
        return None
    if source.kind == "named" and len(m.group(1).split()) == 1 and not any(
            e.type == "person" and len(e.name.split()) > 1
            and fold(m.group(1)) in {fold(w) for w in e.name.split()} for e in index.entities):
        # "Budget : le gouvernement n'exclut pas ...": one word that names nobody the page
        # names in full is a topic ("Trump: ..." has its Donald Trump in the story).
        return None
    return source, end, m.end()


def _turn(pb: ParsedBlock, label: tuple[Source, int, int], cues: dict[str, Any]
          ) -> list[_Draft]:
    """A transcript turn ("FALLIN: Well, I think ... Why not?"): every sentence of it is
    the labelled speaker's, whatever it reports inside (a report within a report is the
    outer speaker's word), verbless answers included."""
    source, label_end, content_start = label
    out = []
    for sent in pb.doc.sents:  # type: ignore[union-attr]
        start, end = _content_bounds(sent)
        start = max(start, content_start)
        if end <= start or not any(t.is_alpha for t in sent if t.idx >= start):
            continue
        d = _Draft(pb, start, end, source, (label_end - len(source.text or ""), label_end),
                   cues=["speaker label: :"])
        d.certainty, found = _certainty(pb, start, end, cues, True, [])
        d.cues += found
        out.append(d)
    return out
