"""The page's pass (``claims_in``): drafts for every block, then what needs the whole page:
the labels of an interview transcript, sentences inside quote marks given to their
speaker, pronoun and role speakers resolved against the sources and people named before
them, restatements merged into one claim, and the page's sourcing profile.

Apart because these rules compare drafts of different sentences and blocks; the drafts
themselves are read in ``_drafts``.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from functools import cache
from typing import TYPE_CHECKING, Any

import spacy
from spacy.attrs import LIKE_NUM

from newstrace.analyze.claims._certainty import CERTAINTY_ORDER
from newstrace.analyze.claims._constructions import _object_reports
from newstrace.analyze.claims._cues import _has, _person_noun, cues_for, folded
from newstrace.analyze.claims._drafts import (
    _LABEL,
    _Draft,
    _headline,
    _is_sourcing_note,
    _quote_then_speaker,
    _sentence_drafts,
    _speaker_label,
    _turn,
)
from newstrace.analyze.claims._genders import Gender, person_genders, pronoun_gender
from newstrace.analyze.claims._incises import _opening_by_form
from newstrace.analyze.claims._reports import _reporting
from newstrace.analyze.claims._sources import (
    _classify,
    _named_as_body,
    _names_shown_as_bodies,
    _person_nouns,
    _short_body_name,
)
from newstrace.analyze.claims._speakers import last_person_position, subjects_of
from newstrace.analyze.claims._syntax import SUBJECT_DEPS, _span_of, _tokens, _words_root
from newstrace.analyze.claims._verbs import _cue_verbs, cue_lemma
from newstrace.analyze.entities import EntityIndex
from newstrace.model import Article, Claim, Quantity, Source, Sourcing
from newstrace.nlp.dates import fold
from newstrace.nlp.parse import ParsedBlock

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Span as SpacySpan


def _quoted_words_are_the_speakers(drafts: list[_Draft], order: dict[str, int]) -> None:
    """Sentences inside quote marks are the speaker's words, never the outlet's.

    A quote of several sentences ('X said: "A. B. C."') gives one attributed claim for
    the sentence the verb of saying governs; the others would otherwise read as the
    outlet's own assertions.  They take the source of a claim read from the same quote,
    else from the paragraph's last attributed quote ('"A," X said. "B."'), else, for a
    paragraph that opens by continuing a quote, from the previous block's; with none,
    they are still "reported", their speaker not read.
    """
    from newstrace.analyze.quotes import _direct_spans  # quotes imports this module

    by_block: dict[str, list[_Draft]] = {}
    for d in sorted(drafts, key=lambda d: (order[d.pb.block.id], d.start)):
        if d.pb.doc is not None and not d.headline:
            by_block.setdefault(d.pb.block.id, []).append(d)
    last_owner: _Draft | None = None
    for block_drafts in by_block.values():
        pb = block_drafts[0].pb
        text = pb.norm.text
        for qa, qb in _direct_spans(text):
            # Who speaks the quote is named outside it; a speaker named inside ("The
            # Americans wanted to ...") is part of what the quote says.
            # (A pronoun speaker, "he wrote", owns the quote too: it is resolved later.)
            owners = [d for d in block_drafts if (d.source.kind != "unattributed"
                                                  or d.source.text)
                      and d.start < qb and d.end > qa and not (
                          d.source_span and qa <= d.source_span[0] < qb)]
            for d in block_drafts:
                if owners and d not in owners and d.source_span and \
                        qa <= d.source_span[0] < qb and qa <= _past_opening_mark(text, d) and \
                        _before_closing_mark(text, d) <= qb + 1:
                    d.cues.append(f"said by {d.source.text} inside the quote of "
                                  f"{owners[0].source.text or 'its speaker'}")
                    d.source, d.source_span = owners[0].source, owners[0].source_span
                    if d.certainty in ("possible", "predicted") and any(
                            c.startswith(f"{d.certainty}: intention") for c in d.cues):
                        # ('"People want to meet the maker," she said'): others' wishes
                        # told by the speaker are what she says, as her own aims are.
                        d.certainty = "reported"
            if not owners:
                # ("« Lena est vivante ! » : le message publié mercredi remercie ...": the
                # quote a colon sets before whoever or whatever speaks)
                owners = [d for d in block_drafts if d.source_span and d.source.kind not in (
                    "unattributed", "vague") and text[qb:d.source_span[0]].strip(
                    " \"”»’'") == ":"][:1]
            if not owners and last_owner is not None and (
                    last_owner.pb is pb or not text[:qa].strip(" \"“«‘'„")):
                # '"A," X said. "B."', or « ... running over from the paragraph before.
                owners = [last_owner]
            for d in block_drafts:
                if d.source.kind != "unattributed" or d.source.text or not (
                        qa <= _past_opening_mark(text, d) and _before_closing_mark(text, d)
                        <= qb + 1):
                    continue
                if owners:
                    d.source, d.source_span = owners[0].source, owners[0].source_span
                    if owners[0].pb is not pb:
                        d.source_span = None  # the speaker stands in another block
                    d.cues.append(f"inside the quote of {owners[0].source.text or 'its speaker'}")
                else:
                    d.cues.append("inside quote marks, speaker not read")
                if d.certainty == "asserted":
                    d.certainty = "reported"
            if owners:
                last_owner = owners[0]


def transcript_labels(parsed: list[ParsedBlock], rubrics: list[str]) -> frozenset[str]:
    """The labels of an interview transcript: words in capitals opening body paragraphs
    ("WALLACE: ...", '"PENCE: ...'), when at least two different ones take turns and some
    speak more than once.

    One label alone is a rubric or a kicker ("UPDATE:", "EXCLUSIVE:"); a wire story's
    sections ("ENERGY: ...", "CURRENCIES: ...") each come once; a dialogue has two voices
    that come back, and then every capitalised label is a speaker even when the page
    never names them in full.
    """
    seen: Counter[str] = Counter()
    skip = {fold(r) for r in rubrics}
    for pb in parsed:
        if pb.block.kind != "paragraph":
            continue
        m = _LABEL.match(pb.block.text)
        # "Q:" and "A:" stand for the interviewer and the one interviewed, not for names.
        if m and m.group(1).isupper() and len(m.group(1)) > 1 and len(m.group(1).split()) <= 3 \
                and fold(m.group(1)) not in skip:
            seen[fold(m.group(1))] += 1
    if len(seen) < 2 or sum(seen.values()) <= len(seen):
        return frozenset()
    return frozenset(seen)


@cache
def _stop_words(language: str | None) -> frozenset[str]:
    """The language's function words (spaCy's lists, but for its numerals: "un TGV sur
    deux" says what "un TGV sur deux et un TER sur trois" says): "have been" shared by two
    sentences says nothing of their being one claim."""
    try:
        defaults = spacy.util.get_lang_class(language or "xx").Defaults
    except ImportError:
        return frozenset()
    numeral = defaults.lex_attr_getters.get(LIKE_NUM, lambda _: False)
    return frozenset(fold(w) for w in defaults.stop_words if not numeral(w))


@cache
def _words(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"\w{4,}", fold(text)))


def _same_claim(a: _Draft, b: _Draft) -> bool:
    own = [d for d in (a, b) if d.source.kind == "unattributed" and d.source.text is None]
    if not own and a.source.kind != b.source.kind:
        # "RDC : le cessez-le-feu violé, selon l'armée" and a lede on what residents
        # heard: each rests on its own source, two claims.
        return False
    if a.pb is b.pb and a.start < b.end and b.start < a.end and own:
        # The outlet's sentence and the words a relative clause in it reports ("X, who
        # said Y, did Z"): two claims, not a repetition.
        return False
    ta, tb = fold(a.text), fold(b.text)
    short, long = sorted((ta, tb), key=len)
    overlap = a.pb is b.pb and a.start < b.end and b.start < a.end
    if short and (overlap or (len(short.split()) >= 3 and re.search(
            rf"(?<!\w){re.escape(short)}(?!\w)", long))) and short in long:
        # (one reading of a sentence inside another; elsewhere whole words and more than a
        # scrap: "a ransom" is no repetition of "after a ransomware attack knocked out")
        return True
    wa, wb = _words(a.text), _words(b.text)
    if not wa or not wb:
        return False
    # ("un recours au 49.3" has one long word: too little to call two claims one; "vote
    # rigging" shares one word with "48.6% of the vote": not enough either.)
    # An attributed headline gives its source to the outlet's sentence it joins, so it
    # must restate it more fully ("l'ARS promet des renforts pour rouvrir les urgences la
    # nuit" is not "Les urgences sont fermées la nuit").
    least = 3 if own and a.source.kind != b.source.kind else 2
    # (the words shared must say something: "patients ... may have been" shares two
    # function words and one noun with "Patients whose data may have been affected")
    shared = wa & wb
    # (half of the headline's own words at least, which is also half of the shorter
    # text's: "Darts league loses its oldest venue as Red Lion cuts evening hours" is not
    # restated by "the league could fold if it loses another venue", a shorter sentence
    # that shares three of its words)
    headline = wa if a.headline else wb
    return (a.headline or b.headline) and min(len(wa), len(wb)) >= 2 and \
        len(shared) >= least and len(shared - _stop_words(a.pb.block.language)) >= least and \
        len(shared) / len(headline) >= 0.5


def _merge(drafts: list[_Draft]) -> list[_Draft]:
    """The same claim twice (repeated standfirst, headline restating the lede) counts once."""
    out: list[_Draft] = []
    for d in drafts:
        # (not a headline's forecast over the lede's fact stated: "... sera livrée en juin"
        # and "a lancé lundi les travaux" are two claims, each as sure as it is said)
        twin = next((o for o in out if _same_claim(o, d) and not (
            o.headline != d.headline and {o.certainty, d.certainty} == {"predicted", "asserted"}
            and (o if o.headline else d).certainty == "predicted")), None)
        if twin is None:
            out.append(d)
            continue
        twin.evidence.extend(d.evidence)
        if twin.source.kind == "unattributed" and d.source.kind != "unattributed":
            twin.source = d.source
        # (the most hedged reading wins; but a lede's reading stands against its
        # headline's, being the fuller sentence, unless it states as a fact what the
        # headline hedges: "has agreed to buy ..., the companies said" is reported,
        # whatever "Billionaire to buy paper" forecasts)
        if (twin.certainty == "asserted" or not d.headline or twin.headline) and \
                CERTAINTY_ORDER.index(d.certainty) < CERTAINTY_ORDER.index(twin.certainty):
            twin.certainty = d.certainty
        twin.cues.extend(c for c in d.cues if c not in twin.cues)
    return out


def claims_in(parsed: list[ParsedBlock], article: Article, index: EntityIndex,
              quantities: list[Quantity]) -> tuple[list[Claim], Sourcing]:
    """Every claim of the page with its source and certainty, and the page's sourcing profile."""
    types = {e.id: e.type for e in index.entities}
    order = {b.id: i for i, b in enumerate(article.blocks)}
    genders = person_genders(parsed, index, types)
    drafts: list[_Draft] = []
    anonymity_notes: list[str] = []
    from newstrace.analyze.shallow_claims import ShallowReader  # imports this module

    shallow = ShallowReader(article, index)  # blocks in a language with no parser
    turns = transcript_labels(parsed, cues_for(article.language).get("headline_rubrics", []))
    for pb in parsed:
        if pb.block.kind in ("caption", "subheading"):
            continue
        if pb.doc is None:
            drafts.extend(_Draft(pb, c.start, c.end, c.source, c.source_span, cues=list(c.cues),
                                 certainty=c.certainty, headline=c.headline)
                          for c in shallow.read(pb))
            continue
        cues = cues_for(pb.block.language or article.language)
        if pb.block.kind == "title":
            d = _headline(pb, cues, _speaker_label(pb, index, types, cues, people_only=False))
            if d and d.source.kind == "unattributed":
                if (quoted := _quote_then_speaker(pb, cues, index, types)) is not None:
                    drafts.append(quoted)  # ("« ... » : le maire défend le projet")
                    continue
                # No headline convention ("Sources : ..."): the headline may still say
                # whose word it is, as a sentence does ("..., officials say").
                said = [x for sent in pb.doc.sents
                        for x in _sentence_drafts(pb, sent, cues, index, types)
                        if x.source.kind != "unattributed" or x.source.text]
                topic = _LABEL.match(pb.norm.text)
                if said:
                    for x in said:
                        x.headline = True
                        if topic is not None and x.start < topic.end() < x.end:
                            # "Procès de l'ancien maire : « ... », assure X": the topic
                            # before the colon is no part of what X says.
                            x.start = topic.end()
                    drafts.extend(said)
                    continue
            if d:
                drafts.append(d)
            continue
        label = _speaker_label(pb, index, types, cues, people_only=True, turns=turns)
        if label is not None:
            drafts.extend(_turn(pb, label, cues))
            continue
        for sent in pb.doc.sents:
            if not _states_something(sent, cues):
                continue
            if _is_sourcing_note(sent, cues) and not _reporting(sent, cues):
                anonymity_notes.append(sent.text)
                continue
            drafts.extend(_sentence_drafts(pb, sent, cues, index, types))
    _quoted_words_are_the_speakers(drafts, order)
    texts = {pb.block.id: pb.norm.text for pb in parsed}
    surnames = _surname_mentions(index, types, order, texts)
    # Names the page shows to be bodies ("directeur général d'Eurofer") are no person a
    # pronoun may stand for.
    named_bodies = _names_shown_as_bodies(index, types, texts, article.language)
    types = {**types, **{e: "organization" for e in named_bodies}}
    spoke: list[tuple[tuple[int, int], Source]] = []  # earlier speakers, in page order
    previous: _Draft | None = None
    for d in sorted(drafts, key=lambda d: (order[d.pb.block.id], d.start)):
        pos = d.source_span[0] if d.source_span else d.start
        if d.source.kind == "unattributed" and d.source.text and (
                dislocated := _dislocated(d)) is not None:
            # "La mairie du 5e arrondissement, elle, se dit ...": the pronoun takes up the
            # phrase set off before it.
            d.source = _classify(d.pb, *dislocated, index, types,
                                 cues_for(d.pb.block.language or article.language))
            d.source_span = dislocated
        elif d.source_span and (taken := _demonstrative_antecedent(d)) is not None:
            # "..., déposé par l'intersyndicale, ..., a indiqué celle-ci": the last noun of
            # the pronoun's gender and number before it in the sentence.
            found = _classify(d.pb, *taken, index, types,
                              cues_for(d.pb.block.language or article.language))
            if found.kind in ("named", "institution"):
                d.source = Source(found.kind, d.source.text, found.entity, found.count)
        elif d.source.kind == "unattributed" and d.source.text:  # a pronoun
            body = _body_of_pronoun(d, index, types)
            if body is not None:
                d.source = body
            else:
                d.source = _antecedent_source(d, pos, spoke, index, types, order,
                                              genders, surnames) or (
                    # "La société Norvale a été visée par une cyberattaque. Elle affirme
                    # ...": with nobody named or heard before, the body the outlet's last
                    # sentence was about.
                    previous is not None and not spoke and last_person_position(
                        index, types, order, d.pb.block.id, pos) is None
                    and (body := _subject_body(previous.pb, previous.start, previous.end,
                                               _pronoun(d), index, types)) is not None
                    and Source(body.kind, d.source.text, body.entity, body.count)) or d.source
        elif d.source.text and spoke and _has(d.source.text, cues_for(
                d.pb.block.language or article.language).get("same_source", [])):
            # "selon la même source", "the same source said": the source named before.
            before = spoke[-1][1]
            d.source = Source(before.kind, d.source.text, before.entity, before.count)
        elif d.source_span and _their_figures(d) and not (
                # ("le PGHM a mené 142 opérations, selon ses chiffres": the sentence's own
                # subject, read with the source, owns them)
                d.source.kind in ("named", "institution") and d.source.entity) and (
                owner := _speaking_body(d, index, types) or
                # ("Les sapeurs-pompiers recensent chaque hiver, selon leurs estimations,
                # ...": a body, the subject of the sentence's own verb, counts)
                _own_subject_figures(d, index, types) or
                # ("La préfecture assure avoir intensifié les contrôles : 143 opérations
                # ..., d'après ses chiffres": a body the entity reader does not know)
                _figures_owner(
                spoke, last_person_position(index, types, order, d.pb.block.id, pos)
        )) is not None:
            # "Selon ses estimations, près de 80 % ...": the figures of the speaker
            # heard last, or of a person named since ("Pour l'économiste Claire Fontaine,
            # ..., selon ses calculs").
            d.source = Source(owner.kind, d.source.text, owner.entity, owner.count)
        elif ((d.source.kind in ("vague", "named") and d.source.entity is None) or (
                # ("Holloway, who represented himself, had denied": a surname the entity
                # reader took for a body)
                d.source.kind == "institution" and types.get(d.source.entity or "") ==
                "organization")) and \
                (person := _surname_of(d.source.text or "", index, frozenset(
                    e.id for e in index.entities for _, s in spoke
                    if s.kind == "named" and e.name in (s.text or "")))) is not None:
            # "Drummond pledges to ..." (a headline's name the tagger took for a noun)
            # after "Rachel Drummond": the person the page names in full.
            d.source = Source("named", d.source.text, person)
        elif d.source.kind in ("vague", "institution", "named") and (
                d.source.entity is None or types.get(d.source.entity) == "organization") and \
                (person := _family_of(d.source.text or "", index)) is not None:
            # "according to the Kesslers" after "Dana and Mike Kessler": the family the
            # page names, people, not a body.
            d.source = Source("named", d.source.text, person)
        elif d.source.kind in ("vague", "anonymous", "named") and d.source.entity is None and \
                (person := _role_antecedent(
                    d.source.text or "", (order[d.pb.block.id], pos), index, types, order,
                    texts, cues_for(d.pb.block.language or article.language))) is not None:
            # "a réagi le coureur" after "du coureur français Maël Riou": the person the
            # page named with that noun.
            d.source = Source("named", d.source.text, person)
        elif d.source.kind in ("vague", "institution") and \
                d.source.entity is None and (person := _demonstrative_person(
                    d, (order[d.pb.block.id], pos), index, types, order, genders)) is not None:
            # "Cette native de la commune, âgée de 31 ans, explique" after "Julie Martin a
            # ouvert ...": the person the page named last.
            d.source = Source("named", d.source.text, person)
        elif d.source.kind in ("vague", "anonymous") and d.source.entity is None and \
                (person := _pair_antecedent(d.source.text or "", (order[d.pb.block.id], pos),
                                            index, types, order, texts,
                                            cues_for(d.pb.block.language or article.language))
                 ) is not None:
            # "Les nouveaux propriétaires comptent rouvrir", "the couple said", "les deux
            # associés envisagent" after "Camille et Hugo Berthelot", "Priya and Tom
            # Ashworth": the two people the page named together, not an uncounted group
            # nor two unnamed people.
            d.source = Source("named", d.source.text, person)
        elif d.source.kind == "named" and d.source.entity is None and \
                _unnamed_antecedent(d.source.text or "", spoke):
            # "a prévenu l'élu" after "deux sources sécuritaires et un élu local": the
            # unnamed person the page brought in with that noun.
            d.source = Source("anonymous", d.source.text, None, 1)
        if d.source.kind in ("named", "institution", "vague") and any(
                c.startswith("written in: ") for c in d.cues):
            # ("Dans sa lettre, il souligne que": the pronoun's person wrote the document
            # the claim rests on)
            d.source = Source("document", d.source.text, d.source.entity, d.source.count)
        if d.source.kind == "unattributed" and d.source.text is None:
            previous = d  # the outlet's own sentence, which a later "Elle" may be about
        if d.source.kind != "unattributed":
            spoke.append(((order[d.pb.block.id], pos), d.source))
        if d.source.kind == "anonymous" and anonymity_notes:
            d.cues.append("anonymity stated: " + anonymity_notes[0][:60])
        d.evidence = [d.pb.span(d.start, d.end)]
        if d.source_span:
            d.evidence.append(d.pb.span(*d.source_span))
    # A name the page once shows to be a body ("Telecom operator Norvale", "la société
    # rennaise Lexiane") is a body wherever else it speaks ("Norvale declined to say ...").
    bodies = {d.source.entity for d in drafts if d.source.kind == "institution"
              and d.source.entity and types.get(d.source.entity) == "person"} | named_bodies
    people = _person_nouns(cues_for(article.language))
    for d in drafts:
        said = (d.source.text or "").split()
        if d.source.kind != "named" or (said and fold(said[-1].strip(",.")) in people) or (
                len(said) > 2 and fold(said[0]) in folded(cues_for(article.language),
                                                          "title_nouns")) or _post_then_name(
                said, folded(cues_for(article.language), "title_nouns")):
            # ("says Corrie Space boss": the body's officer, a person; so is "Councillor
            # Margaret Ollerton", whatever the entity reader made of the whole, and "Hollins
            # Lane head teacher Rebecca Tait")
            continue
        if (d.source.entity in bodies or (
                d.source.entity is None and _named_as_body(d.source.text or "", texts,
                                                           article.language))):
            d.source = Source("institution", d.source.text, d.source.entity, d.source.count)
        elif d.source.entity is None and (body := _short_body_name(d.source.text or "",
                                                                  index)) is not None:
            d.source = Source("institution", d.source.text, body, d.source.count)
    # Headline last, so that it joins the body claim it restates.
    drafts.sort(key=lambda d: d.headline)
    merged = _merge(drafts)
    claims = []
    for i, d in enumerate(sorted(merged, key=lambda d: (order[d.pb.block.id], d.start)), start=1):
        span = d.evidence[0]
        qs = tuple(
            qi for qi, q in enumerate(quantities)
            if any(e.block == span.block and e.start < span.end and span.start < e.end
                   for e in q.evidence)
        )
        claims.append(Claim(
            id=f"c{i}", text=d.text, source=d.source, certainty=d.certainty,  # type: ignore[arg-type]
            cues=tuple(dict.fromkeys(d.cues)), evidence=tuple(d.evidence),
            entities=tuple(dict.fromkeys(index.at(d.pb.block.id, d.start, d.end))),
            quantities=qs,
        ))
    return claims, _profile(claims, article)


def _states_something(sent: SpacySpan, cues: dict[str, Any]) -> bool:
    """Whether a sentence can hold a claim: it has a verb, or, verbless as headlines and
    briefs are ("Ukraine : au moins 14 morts dans une frappe russe", "... selon la
    Défense civile", "Soudan : qui contrôle El-Fasher ?"), at least four words and a
    figure, a source or a question.  A verbless scrap ("Par Milos Schmidt", "Photo
    AFP") states nothing."""
    if any(t.pos_ in ("VERB", "AUX") for t in sent) or any(
            fold(t.text) in folded(cues, "denial_forms") for t in sent) or _object_reports(
                sent, cues) or _opening_by_form(sent, cues):
        # ("l'opérateur dément tout piratage", "Le rapport juge « probable » un retard",
        # "Le document pointe des retards": a verb tagged as an adjective or a noun)
        return True
    words = [t for t in sent if t.is_alpha]
    return len(words) >= 4 and (any(any(ch.isdigit() for ch in t.text) or t.pos_ == "NUM"
                                    for t in sent)
                                or sent.text.rstrip().endswith("?")
                                or _has(sent.text, cues.get("according_to", [])) is not None)


_PERSONAL = frozenset({"il", "elle", "he", "she", "him", "her", "lui"})
_NEUTER = frozenset({"it"})
_PLURAL = frozenset({"ils", "elles", "they", "them", "eux"})


def _antecedent_source(d: _Draft, pos: int, spoke: list[tuple[tuple[int, int], Source]],
                       index: EntityIndex, types: dict[str, str],
                       order: dict[str, int], genders: dict[str, Gender],
                       surnames: Sequence[tuple[tuple[int, int], str]] = ()) -> Source | None:
    """Who a pronoun speaker stands for: the nearer of the last person named and the last
    source that spoke before it, when the pronoun can stand for that source.  "One nurse,
    who asked not to be named, told the BBC ... 'I've seen ...,' she said" is the nurse's
    (anonymous), "The trust said ... It said it was opening" the trust's; "he" cannot be a
    body in English, "it" is never a person, and "ils"/"they" never one person."""
    word = fold((d.source.text or "").strip("-").split()[0]) if d.source.text else ""
    word = word.removeprefix("t-")
    cues = cues_for(d.pb.block.language)
    phrase = fold((d.source.text or "").strip())
    if phrase in folded(cues, "singular_anaphors"):
        word = "il"  # "ce dernier", "cette dernière": one, like "il"/"elle"
    elif phrase in folded(cues, "plural_anaphors"):
        word = "ils"
    key = (order[d.pb.block.id], pos)
    person_at = last_person_position(index, types, order, d.pb.block.id, pos,
                                     d.source.text, genders)
    gender = pronoun_gender(d.source.text)
    surname_at = next((m for m in reversed(surnames) if m[0] < key and (
        gender is None or genders.get(m[1], gender) == gender)), None)
    if surname_at is not None and (person_at is None or surname_at[0] > person_at[0]):
        person_at = surname_at  # ("Okafor is not worried. « ... », she said")
    english = (d.pb.block.language or "").startswith("en")
    for at, source in reversed(spoke):
        if at >= key:
            continue
        if gender is not None and source.kind == "named" and source.entity and \
                genders.get(source.entity, gender) != gender:
            continue  # ("Michel Aubry a salué ... « ... », a-t-elle dit": not him)
        if person_at is not None and person_at[0] > at and word not in _NEUTER:
            break  # a person named since: the pronoun is theirs
        if source.kind == "document":
            if word in _NEUTER and english:  # "A study ... found ... It found that": the study
                return Source(source.kind, d.source.text, source.entity, source.count)
            continue
        # (an uncounted anonymous source is one person unless its phrase says several:
        # "according to people close to him ... he told the BBC" is not theirs)
        single = source.kind == "named" or (source.kind == "anonymous" and (
            source.count == 1 or (source.count is None and not _several(source.text, cues))))
        if not english and source.kind in ("institution", "anonymous") and _article_clash(
                word, source.text, cues):
            # "selon les calculs du ministère ... a-t-elle assuré": not "elle"; nor is "un
            # ancien safranier du village"
            continue
        # ("A spokeswoman for his company, Hearth Group Ltd, said ... She denied": the
        # body's voice is one person)
        voice = source.kind == "institution" and _has(source.text or "",
                                                      cues.get("body_voices", []))
        if word in _PERSONAL and (single or voice or (
                not english and source.kind == "institution")):
            return Source(source.kind, d.source.text, source.entity, source.count)
        if word in _NEUTER and source.kind == "institution":
            return Source(source.kind, d.source.text, source.entity, source.count)
        if word in _PLURAL and not single:
            return Source(source.kind, d.source.text, source.entity, source.count)
        break  # the last speaker is not this pronoun's: look no further back
    if person_at is not None and word not in _NEUTER:
        return Source("named", d.source.text, person_at[1])
    return None


def _surname_mentions(index: EntityIndex, types: dict[str, str], order: dict[str, int],
                      texts: dict[str, str]) -> list[tuple[tuple[int, int], str]]:
    """Where the page writes the surname alone of a person it named in full ("Will the
    boom last? Okafor is not worried." after "Helen Okafor"), which the entity reader may
    leave unmarked, in page order: read once per page, for the pronouns after them."""
    found: list[tuple[tuple[int, int], str]] = []
    for e in index.entities:
        words = e.name.split()
        if types.get(e.id) != "person" or len(words) < 2 or not words[-1][:1].isupper():
            continue
        pattern = re.compile(rf"(?<![\w-]){re.escape(words[-1])}(?![\w-])")
        for block, text in texts.items():
            # (the surname alone, in no name the entity reader marked: not the full name
            # again, nor "Fournil Kerhervé" for "Yannick Kerhervé")
            found += [((order[block], m.start()), e.id) for m in pattern.finditer(text)
                      if not index.mentions_at(block, m.start(), m.end())]
    return sorted(found)


def _several(phrase: str | None, cues: dict[str, Any]) -> bool:
    """Whether a source's phrase names several people by a plural noun of sources
    (``source_nouns`` in the plural: "people close to him", "des sources proches")."""
    nouns = folded(cues, "source_nouns")
    return any(w in nouns and (w == "people" or (w[-1:] in ("s", "x") and w[:-1] in nouns))
               for w in fold(phrase or "").split())


def _article_clash(pronoun: str, phrase: str | None, cues: dict[str, Any]) -> bool:
    """Whether a French subject pronoun cannot stand for a phrase, by the phrase's article:
    "elle" for "le ministère", "les calculs" or "un safranier", "il" for "la préfecture"
    or "une voisine"; after an elided
    article, by the noun's ending ("il" for "l'agence": ``feminine_noun_endings``)."""
    first = fold((phrase or "").split()[0]) if phrase else ""
    if pronoun == "elle":
        return first in ("le", "les", "du", "des", "au", "aux", "un")
    if pronoun == "il":
        elided = re.match(r"l['’](\w+)", first)
        return first in ("la", "les", "des", "aux", "une") or (elided is not None and fold(
            elided.group(1)).endswith(tuple(folded(cues, "feminine_noun_endings"))))
    return False


_ROLE = re.compile(r"^(?:le|la|l['’]|the)\s*([^\W\d_][\w-]+(?:\s+(?:[\w-]+|[ld]['’]\w+)){0,4})$",
                   re.IGNORECASE)


def _surname_of(text: str, index: EntityIndex, speakers: frozenset[str] = frozenset()
                ) -> str | None:
    """The one person of the page whose full name ends with the one capitalised word
    ``text`` is ("Drummond" for Rachel Drummond); ``speakers``: entities named in the
    words of people the page's claims heard speak, whatever type the entity reader gave
    them ("landlord Gareth Price said", whose name it read as a body's)."""
    word = text.strip()
    if not re.fullmatch(r"[^\W\d_][\w-]+", word) or not word[0].isupper():
        return None
    people = _people_of_family(index, {fold(word)}, speakers)
    return people[0] if len(people) == 1 else None


def _people_of_family(index: EntityIndex, names: set[str],
                      speakers: frozenset[str] = frozenset()) -> list[str]:
    """The people of the page named in full whose last name is one of ``names`` (folded)."""
    return [e.id for e in index.entities if (e.type == "person" or e.id in speakers)
            and len(e.name.split()) > 1 and fold(e.name.split()[-1]) in names]


def _family_of(text: str, index: EntityIndex) -> str | None:
    """The first person of the page whose full name ends with the family name a definite
    plural gives ("the Kesslers", "les Dupont"), when the page names one."""
    found = re.fullmatch(r"(?:the|les)\s+([^\W\d_][\w-]+)", text.strip(), re.IGNORECASE)
    if found is None or not found.group(1)[0].isupper():
        return None
    word = fold(found.group(1))
    people = _people_of_family(index, {word, word[:-1]} if word.endswith("s") else {word})
    return people[0] if people else None


def _role_antecedent(text: str, at: tuple[int, int], index: EntityIndex, types: dict[str, str],
                     order: dict[str, int], texts: dict[str, str],
                     cues: dict[str, Any]) -> str | None:
    """The person a definite role noun stands for ("le coureur", "the striker"): the last
    one the page named right after that noun ("du coureur français Maël Riou", "striker
    Tom Hale"), one adjective allowed between where adjectives follow their noun (in
    English the word after is the title's own noun: "The society" is not "society
    secretary Alan Brierley"); a leader's noun ("la dirigeante") stands for the last one
    named after a company title ("sa directrice générale, Claire Hennebert")."""
    found = _ROLE.match(text.strip())
    if found is None or not found.group(1).islower():
        return None
    # ("l'adjoint à l'urbanisme" after "l'adjoint à l'urbanisme, Karim Benhaddou")
    between = r"(?:\s+[^\W\d_]+)?" if cues.get("adjectives_after_nouns") else ""
    role = fold(found.group(1))
    if role in folded(cues, "institution_nouns") and not _person_noun(role, cues):
        return None  # ("indique l'école" after "la directrice de l'école, Hélène Vasseur")
    nouns = [role, *(fold(t) for t in cues.get("company_titles", []))] \
        if role in folded(cues, "leader_nouns") else [role]
    noun = re.compile(rf"\b(?:{'|'.join(re.escape(n) for n in nouns)}){between},?\s*$")
    best: tuple[tuple[int, int], str] | None = None
    for m in index.mentions:
        key = (order.get(m.block, -1), m.start)
        if types.get(m.entity) != "person" or m.how == "byline" or key >= at or (
                best is not None and key <= best[0]):
            continue
        if noun.search(fold(texts.get(m.block, "")[max(0, m.start - 60) : m.start])):
            best = (key, m.entity)
    return best[1] if best else None


def _pair_antecedent(text: str, at: tuple[int, int], index: EntityIndex, types: dict[str, str],
                     order: dict[str, int], texts: dict[str, str],
                     cues: dict[str, Any]) -> str | None:
    """The person last named of a pair the page named together before ``at`` ("Camille et
    Hugo Berthelot", "Priya and Tom Ashworth"), when a definite plural role noun or a
    noun of a pair ("les nouveaux propriétaires", "the couple") speaks; None otherwise."""
    words = fold(text).split()
    if len(words) < 2 or len(words) > 4 or words[0] not in folded(cues, "pair_articles") or \
            words[-1] not in folded(cues, "pair_nouns"):
        return None
    joins = folded(cues, "name_joins")
    best: tuple[tuple[int, int], str] | None = None
    persons = sorted((m for m in index.mentions if types.get(m.entity) == "person"
                      and m.how != "byline"), key=lambda m: (order.get(m.block, -1), m.start))
    for one, two in itertools.pairwise(persons):
        key = (order.get(two.block, -1), two.start)
        if one.block == two.block and key < at and fold(
                texts.get(one.block, "")[one.end : two.start]).strip() in joins:
            best = (key, two.entity)
    for m in persons:
        # (one mention for both, "Camille et Hugo Berthelot", or a first name before it
        # the entity reader left out: "Priya and Tom Ashworth")
        key = (order.get(m.block, -1), m.start)
        text_of = texts.get(m.block, "")
        before = re.search(r"\b[A-ZÀ-Ý][\w-]+\s+(\S+)\s+$", text_of[max(0, m.start - 30) : m.start])
        if key < at and (best is None or key > best[0]) and (any(
                j in fold(text_of[m.start : m.end]).split() for j in joins) or (
                before is not None and fold(before.group(1)) in joins)):
            best = (key, m.entity)
    return best[1] if best else None


def _unnamed_antecedent(text: str, spoke: list[tuple[tuple[int, int], Source]]) -> bool:
    """Whether a definite role noun ("l'élu", "the official") takes up an unnamed source
    the page brought in with that noun and an indefinite article ("un élu local") or
    "one" ("one judge said on condition of anonymity ... the judge added")."""
    found = _ROLE.match(text.strip())
    if found is None or not found.group(1).islower():
        return False
    noun = re.escape(fold(found.group(1).split()[0]))
    return any(source.kind == "anonymous" and re.search(
        rf"\b(?:un|une|a|an|one)\s+(?:[^\W\d_]+\s+)?{noun}\b", fold(source.text or ""))
        for _, source in spoke)


def _body_of_pronoun(d: _Draft, index: EntityIndex, types: dict[str, str]) -> Source | None:
    """"Le parquet de Marseille a ouvert une enquête ..., a-t-il fait savoir": a pronoun
    speaker after the content stands for the content's own subject when that is a body of
    the same gender ("il" for "le parquet"; "it" for "the company"); also inside the
    content ("..., qui relèvent selon lui du « secret des affaires »")."""
    if d.pb.doc is None or not d.source_span or d.source_span[0] <= d.start:
        return None
    return _subject_body(d.pb, d.start, d.end, _pronoun(d), index, types)


def _speaking_body(d: _Draft, index: EntityIndex, types: dict[str, str]) -> Source | None:
    """The body that is the subject of the draft's own verb of saying ("La préfecture
    assure avoir intensifié les contrôles : ..., d'après ses chiffres"): its figures."""
    if d.pb.doc is None:
        return None
    root = _words_root(d.pb, d.start, d.end)
    verbs = _cue_verbs(cues_for(d.pb.block.language))
    if root is None or cue_lemma(root, verbs) not in verbs:
        return None
    return _subject_body(d.pb, d.start, d.end, "it", index, types)


def _own_subject_figures(d: _Draft, index: EntityIndex, types: dict[str, str]) -> Source | None:
    """Whose "leurs estimations" are when the sentence's own subject can own them ("Les
    gardes forestiers recensent chaque été, selon leurs estimations, ..."): a body, or a
    group for a plural possessive ("leurs", "their")."""
    if d.pb.doc is None or not d.source_span:
        return None
    words = [t for t in _tokens(d.pb, *d.source_span) if not t.is_punct]
    if not words or not (words[0].morph.get("Number[psor]") == ["Plur"] or fold(
            words[0].text) in folded(cues_for(d.pb.block.language), "plural_possessives")):
        return _subject_body(d.pb, d.start, d.end, "it", index, types)
    root = _words_root(d.pb, d.start, d.end)
    subject = next((c for c in root.children if c.dep_ in SUBJECT_DEPS), None) if root else None
    feminine = subject is not None and subject.morph.get("Gender") == ["Fem"]
    return _subject_body(d.pb, d.start, d.end, "elles" if feminine else "ils", index, types)


def _figures_owner(spoke: list[tuple[tuple[int, int], Source]],
                   named: tuple[tuple[int, int], str] | None) -> Source | None:
    """Whose "ses estimations" are: the person named last, when named after the last
    speaker heard (or with none heard), else that speaker; None with neither."""
    if named is not None and (not spoke or named[0] > spoke[-1][0]):
        return Source("named", None, named[1])
    return spoke[-1][1] if spoke else None


def _past_opening_mark(text: str, d: _Draft) -> int:
    """Where a draft's words start, past an opening quote mark ("« On nous dit ça": the
    sentence opens the quote, whose span starts after the mark)."""
    return d.start + len(text[d.start:d.end]) - len(text[d.start:d.end].lstrip(" \"“«‘'„"))


def _before_closing_mark(text: str, d: _Draft) -> int:
    """Where a draft's words end, before a closing quote mark and the spaces French puts
    inside it ("Lena est vivante ! »": the sentence closes the quote, whose span ends
    before the mark)."""
    return d.start + len(text[d.start:d.end].rstrip(" \"”»’'"))


def _their_figures(d: _Draft) -> bool:
    """Whether the source is someone's figures by a possessive ("ses estimations", "its
    figures"), whose owner is a speaker before."""
    if d.pb.doc is None or not d.source_span:
        return False
    words = [t for t in _tokens(d.pb, *d.source_span) if not t.is_punct]
    return len(words) == 2 and words[0].morph.get("Poss") == ["Yes"] and _has(
        words[1].text, cues_for(d.pb.block.language).get("content_nouns", []))


def _dislocated(d: _Draft) -> tuple[int, int] | None:
    """The noun phrase opening the sentence that a pronoun set off by commas right after
    it takes up ("La mairie du 5e arrondissement, elle, se dit"), if the speaker is such a
    pronoun."""
    if d.pb.doc is None or not d.source_span:
        return None
    words = [t for t in _tokens(d.pb, *d.source_span) if not t.is_punct]
    if len(words) != 1 or words[0].pos_ != "PRON":
        return None
    pron, doc = words[0], d.pb.doc
    if pron.i < 2 or pron.i + 1 >= len(doc) or doc[pron.i - 1].text != "," or \
            doc[pron.i + 1].text != ",":
        return None
    phrase = list(doc[pron.sent.start : pron.i - 1])
    if not phrase or phrase[0].pos_ not in ("DET", "PROPN", "NOUN") or any(
            t.pos_ in ("VERB", "AUX", "PRON") or t.is_punct for t in phrase):
        return None
    return _span_of(phrase)


def _demonstrative_person(d: _Draft, at: tuple[int, int], index: EntityIndex,
                          types: dict[str, str], order: dict[str, int],
                          genders: dict[str, Gender]) -> str | None:
    """The person a demonstrative with a person's noun stands for ("Cette native de la
    commune"): the last one the page named, of the gender the determiner says; None for a
    body's or a document's noun ("Cette association").  (An unnamed source taken up,
    "cette source", "cet élu", is read as anonymous before and stays so.)"""
    if d.pb.doc is None or not d.source_span:
        return None
    cues = cues_for(d.pb.block.language)
    forms = cues.get("demonstrative_determiners", {})
    words = [t for t in _tokens(d.pb, *d.source_span) if not t.is_punct]
    if len(words) < 2 or fold(words[0].text) not in forms or words[0].pos_ != "DET":
        return None
    noun = next((t for t in words[1:] if t.pos_ == "NOUN"), None)
    if noun is None or noun.morph.get("Number") == ["Plur"] or any(
            _has(noun.text, cues.get(k, [])) for k in (
                "institution_nouns", "document_nouns", "organisation_words", "record_nouns")):
        return None
    found = last_person_position(index, types, order, d.pb.block.id, at[1],
                                 forms[fold(words[0].text)] or None, genders)
    return found[1] if found is not None and found[0] < at else None


def _post_then_name(words: list[str], titles: frozenset[str]) -> bool:
    """Whether a source's words hold a post followed by a capitalised name that ends them
    ("Hollins Lane head teacher Rebecca Tait"): the person holding it, whatever body's
    name comes first."""
    for k in range(1, len(words) - 1):
        for size in (2, 1):
            post = fold(" ".join(words[k : k + size]))
            rest = words[k + size :]
            if post in titles and rest and all(w[:1].isupper() for w in rest):
                return True
    return False


def _demonstrative_antecedent(d: _Draft) -> tuple[int, int] | None:
    """The noun phrase a demonstrative pronoun speaker ("celle-ci") stands for: the last
    noun of its gender and number before it in the same sentence (``demonstrative_pronouns``);
    None when the speaker is no such pronoun or no noun fits."""
    if d.pb.doc is None or not d.source_span:
        return None
    words = [t for t in _tokens(d.pb, *d.source_span) if not t.is_punct]
    forms = cues_for(d.pb.block.language).get("demonstrative_pronouns", {})
    if len(words) != 1 or fold(words[0].text) not in forms:
        return None
    gender, number = forms[fold(words[0].text)].split()
    pron = words[0]
    noun = next((t for t in reversed(pron.doc[pron.sent.start : pron.i])
                 if t.pos_ == "NOUN" and t.morph.get("Gender") == [gender]
                 and t.morph.get("Number") == [number]), None)
    if noun is None:
        return None
    return _span_of([t for t in noun.subtree if t.i < pron.i and not t.is_punct
                     and (t.i <= noun.i or t.dep_ not in ("acl", "acl:relcl"))])


def _pronoun(d: _Draft) -> str | None:
    """The pronoun that speaks for ``d``, folded ("il" for "-t-il")."""
    if d.pb.doc is None or not d.source_span:
        return None
    pronoun = next((t for t in _tokens(d.pb, *d.source_span) if t.pos_ == "PRON"
                    or fold(t.text) in _GENDERS), None)  # ("elle" tagged a noun)
    return fold(pronoun.text.strip("-")).removeprefix("t-") if pronoun is not None else None


_GENDERS = {"il": "Masc", "ils": "Masc", "lui": "Masc", "eux": "Masc", "elle": "Fem",
            "elles": "Fem", "it": None}


def _subject_body(pb: ParsedBlock, start: int, end: int, word: str | None, index: EntityIndex,
                  types: dict[str, str]) -> Source | None:
    """The body that is the subject of the words from ``start`` to ``end``, when the
    pronoun ``word`` can stand for it (same gender; "it" for any body)."""
    if pb.doc is None or word not in _GENDERS:
        return None
    root = _words_root(pb, start, end)
    subject = next((c for c in root.children if c.dep_ in SUBJECT_DEPS), None) if root else None
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return None
    if _GENDERS[word] and subject.morph.get("Gender") not in ([_GENDERS[word]], []):
        return None
    # (all its words: "Les sapeurs-pompiers du département", which the tokenizer cut at
    # the hyphen into three subjects)
    words = [t for t in subjects_of(root) if not t.is_punct]
    cues = cues_for(pb.block.language)
    if fold(subject.text) in folded(cues, "named_only_bodies") and not any(
            t.pos_ == "PROPN" for t in words):
        return None  # ("Le nouveau site accueillera 90 chalets, a-t-il précisé": a place)
    source = _classify(pb, *_span_of(words), index, types, cues)
    # ("Plusieurs associations ... qui pousse selon elles": a plural stands for a group too)
    return source if source.kind == "institution" or (
        source.kind == "vague" and word in _PLURAL) else None


def _profile(claims: list[Claim], article: Article) -> Sourcing:
    by_kind: dict[str, int] = {}
    for c in claims:
        by_kind[c.source.kind] = by_kind.get(c.source.kind, 0) + 1
    anonymous = [c.source.count for c in claims if c.source.kind == "anonymous" and c.source.count]
    anon_count = max(anonymous) if anonymous else None
    title_ids = {b.id for b in article.blocks if b.kind == "title"}
    headline = next((c for c in claims if any(e.block in title_ids for e in c.evidence)), None)
    named = bool(headline and headline.source.kind in ("named", "institution", "document"))
    if headline is None:
        summary = "No headline claim was read."
    elif headline.source.kind == "anonymous":
        n = headline.source.count
        who = f"{n} anonymous source{'s' if n != 1 else ''}" if n else "anonymous sources"
        summary = f"The headline claim rests on {who} only ({headline.certainty})."
    elif headline.source.kind == "unattributed":
        summary = f"The headline claim is the outlet's own ({headline.certainty})."
    else:
        kind = headline.source.kind
        summary = (f"The headline claim rests on {'an' if kind[0] in 'aeiou' else 'a'} {kind} "
                   "source: "
                   f"{headline.source.text} ({headline.certainty}).")
    return Sourcing(len(claims), by_kind, anon_count, headline.id if headline else None, named,
                    summary)
