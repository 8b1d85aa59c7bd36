"""Attributions made by a construction, not by a verb of saying and its clause: a verb with
an object and a complement ("X called Y a liar", "X a accusé Y d'avoir menti"), a denial
with a noun, "n'exclut pas de ...", an estimate ("estime à 4 % la hausse"), a colon after
a stance ("was adamant: ...").

Apart because each construction gives its own content span and certainty; ``_reports``
adds what they find to the verbs that govern a clause.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Any

from newstrace.analyze.claims._certainty import (
    _conditional_form,
    _declined,
    _future_form,
    _modifying_participle,
    _refused_alike,
    _surprise,
    _tagged_future,
)
from newstrace.analyze.claims._cues import _has, cues_for, folded
from newstrace.analyze.claims._speakers import (
    _fronted_subject,
    _subject_left_unparsed,
    speaker_of,
    subjects_of,
)
from newstrace.analyze.claims._syntax import (
    _CLOSING_QUOTES,
    _NE,
    _OPENING_QUOTES,
    _QUESTION_MARKS,
    _THAT,
    RELATIVE_DEPS,
    SUBJECT_DEPS,
    _adjectival,
    _agrees_only_with,
    _agrees_with,
    _bare_past_participle,
    _content_bounds,
    _in_relative,
    _inside_quote,
    _passive,
    _phrase_head,
    _span_of,
)
from newstrace.analyze.claims._verbs import (
    _challenged,
    _idiom,
    _lemma_in,
    _listed_verb,
    _none_said,
    _reflexive_not_said,
    _Report,
    _said,
    _verb_like,
    _worry_told,
    cue_lemma,
)
from newstrace.nlp.dates import fold

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token


def _agent_by_form(verb: Token) -> list[Token]:
    """The agent of a passive verb read by its preposition ("par la préfecture", "by the
    city"), whatever the parser called the phrase: its noun's words up to punctuation."""
    # (not a rate: "45 000 euros par an par les services de l'agglomération", whose
    # bare noun after "par" has no determiner)
    by = next((t for t in verb.doc[verb.i + 1 : verb.sent.end]
               if fold(t.text) in ("par", "by") and t.dep_ in ("case", "agent", "prep")
               and not (t.i + 1 < len(t.doc) and t.doc[t.i + 1].pos_ == "NOUN"
                        and t.doc[t.i + 1].is_lower)), None)
    if by is None or any(t.pos_ == "VERB" for t in verb.doc[verb.i + 1 : by.i]):
        return []  # ("est évalué à 4,2 millions, financés par le département": another's)
    noun = by.head if by.dep_ == "case" else next(
        (c for c in by.children if c.dep_ == "pobj"), None)
    if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
        return []
    words = []
    for t in noun.subtree:
        if t.i > noun.i and t.is_punct:
            break
        if t.i > by.i:
            words.append(t)
    return words


def _asked(tok: Token, cues: dict[str, Any]) -> bool:
    """"Asked whether other items might follow, a spokesperson said ...", "Interrogé sur
    ..., le maire a assuré": a participle telling what the speaker was asked; who was
    asked answers, and the question is no one's claim."""
    # (a participle opening the sentence the tagger took for a past: "Asked how ..., a
    # club spokesman declined to comment")
    return _lemma_in(tok, folded(cues, "question_verbs")) and tok.dep_ in ("advcl", "acl") \
        and (tok.tag_ == "VBN" or tok.morph.get("VerbForm") == ["Part"] or (
            tok.i == tok.sent.start and not any(c.dep_ in SUBJECT_DEPS for c in tok.children))) \
        and not any(c.dep_.startswith("aux") for c in tok.children)


def _time_object(obj: Token, cues: dict[str, Any]) -> bool:
    """Whether the object the parser gave a verb of saying is a time ("a-t-il annoncé la
    semaine dernière", "announced last week"): a short phrase of a time word with its
    determiner or adjective (a bare day, "a dénoncé lundi « une enquête bâclée »", may
    carry the real object the parser hung on it)."""
    if fold(obj.text) not in folded(cues, "time_words"):
        return False
    words = list(obj.subtree)
    if len(words) == 1:
        # ("..., a-t-il annoncé jeudi.": a bare day that ends the clause, or that a
        # circumstance follows: "a-t-il annoncé lundi lors d'une conférence de presse")
        nxt = obj.doc[obj.i + 1] if obj.i + 1 < obj.sent.end else None
        return nxt is None or (nxt.is_punct and nxt.text not in ("«", "“", '"')) or (
            nxt.pos_ in ("ADP", "ADV") and nxt.head.i != obj.i)
    return len(words) <= 3 and any(c.dep_ in ("det", "amod") for c in obj.children) and not any(
        t.is_quote or t.text in ("«", "»") for t in words)


def _judged_at_phrase_end(obj: Token) -> bool:
    """Whether the object's phrase closes on what it is judged, an adjective or a bare
    participle the parser hung on a noun inside it but that agrees with the object only
    ("jugent la hausse du tarif injustifiée"), before punctuation."""
    last = obj.right_edge
    # ("jugent le nombre de moniteurs insuffisant pour un mercredi après-midi": or with
    # what it is judged for after it, the phrase's end then that complement's)
    last = next((t for t in obj.subtree if t.i > obj.i and t.dep_ in ("amod", "acl")
                 and t.right_edge == last and any(c.i > t.i for c in t.children)
                 and all(c.dep_.startswith("obl") and any(
                     k.dep_ == "case" and k.i < c.i for k in c.children)
                     for c in t.children if c.i > t.i)), last)
    # (an adverb before it is its own: "le programme trop chargé")
    if last != obj and last.dep_ in ("amod", "acl") and not any(
            c.i < last.i and c.pos_ != "ADV" for c in last.children) and (
            last.pos_ == "ADJ" or last.morph.get("VerbForm") == ["Part"]) and \
            last.right_edge.i + 1 < len(last.doc) and last.doc[last.right_edge.i + 1].is_punct \
            and ((last.head == obj and _agrees_with(last, obj)) or _agrees_only_with(last, obj)):
        return True
    # ("jugent le budget alloué au jumelage, 6 500 euros cette année, disproportionné":
    # past an apposition set off by commas, an adjective agreeing with the object only)
    return any(t.pos_ == "ADJ" and t.dep_ == "amod" and t.head != obj
               and t.doc[t.i - 1].text == "," and _agrees_only_with(t, obj)
               for t in obj.sent if t.i > obj.right_edge.i)


def _object_reports(sent: SpacySpan, cues: dict[str, Any]) -> list[_Report]:
    """"X called Y a liar", "X described Y as Z", "X accused Y of Z", "X urged Y to Z",
    "X a accusé Y d'avoir menti": a verb whose object and the complement after it together
    say what the speaker asserted or asked.  The object alone ("X praised Y") says nothing
    that could be true or false, so a complement is required.
    """
    verbs = folded(cues, "object_complement_verbs")
    preps = folded(cues, "object_complement_preps")
    billed = folded(cues, "object_complement_exceptions")
    calls = folded(cues, "call_verbs")
    judging = folded(cues, "judging_verbs")
    out: list[_Report] = []
    for tok in sent:
        if _reflexive_not_said(tok, cues):
            continue  # ("se montre prudente": an attitude, no words)
        adjective = next((c for c in tok.children if c.dep_ in ("xcomp", "acomp") and
                          c.pos_ == "ADJ" and c.i > tok.i), None)
        # "Le rapport juge également « probable » un report": a verb the tagger took for
        # the adjective of its own subject.
        on_subject = tok.pos_ in ("NOUN", "ADJ") and tok.dep_ == "amod" and \
            tok.head.i == tok.i - 1 and tok.head.dep_ in SUBJECT_DEPS and \
            any(form in judging for form in (f"{fold(tok.text)}r", f"{fold(tok.text)[:-3]}er"))
        judges = (tok.pos_ == "VERB" and fold(tok.lemma_) in judging) or on_subject
        if adjective is None and judges:
            # "juge « probable » qu'un accord soit signé": the quote marks hide the
            # adjective from the parser; read it by its place, before "que" or its object.
            nxt = [t for t in tok.doc[tok.i + 1 : min(tok.i + 6, sent.end)]
                   if not t.is_quote and t.pos_ != "ADV"]
            if len(nxt) >= 2 and nxt[0].pos_ == "ADJ" and (
                    fold(nxt[1].text) in _THAT or (on_subject and nxt[1].pos_ == "DET")):
                adjective = nxt[0]
        if adjective is None and tok.pos_ == "VERB" and fold(tok.lemma_) in judging:
            # "juge l'objectif « hors d'atteinte »": an object, then what it is judged.
            obj = next((c for c in tok.children if c.dep_ in ("dobj", "obj") and c.i > tok.i),
                       None)
            adjective = next((c for c in tok.children if obj is not None and c.i > obj.i and (
                c.dep_ in ("xcomp", "oprd") or (c.dep_ == "obl:arg" and any(
                    t.is_quote for t in tok.doc[obj.i : c.i])))), None) and obj
            if adjective is None and obj is not None and obj.pos_ == "NOUN" and \
                    tok.morph.get("Tense") != ["Fut"] and \
                    fold(tok.lemma_) not in folded(cues, "evidence_verbs") and (any(
                        # (or after its adverb: "le calendrier trop serré")
                        c.dep_ == "amod" and ((c.pos_ == "ADJ" and c.i > obj.i and all(
                            t.pos_ == "ADV" and t.head == c
                            for t in tok.doc[obj.i + 1 : c.i])) or (
                            # (« irréalistes », quoted, which the tagger makes a noun)
                            c.i == obj.i + 2 and tok.doc[obj.i + 1].text in _OPENING_QUOTES
                            and c.pos_ in ("ADJ", "NOUN")))
                        for c in obj.children) or _judged_at_phrase_end(obj)):
                # "jugent la facture excessive": what the object is judged, which the
                # parser hangs on it ("Les images montrent une foule immense" shows; "Le
                # tribunal jugera l'affaire pénale" tries a case, no judgement yet told)
                adjective = obj
            if obj is None and tok.i + 3 < sent.end and tok.doc[tok.i + 1].pos_ == "DET" and \
                    tok.doc[tok.i + 2].pos_ == "NOUN" and any(
                        t.text == "«" for t in tok.doc[tok.i + 3 : sent.end]):
                # (the same, with the object the parser hung elsewhere)
                adjective = tok.doc[tok.i + 1]
        if judges and adjective is not None:
            # "jugent probable un remaniement", "s'est dit prêt à négocier": the judgement
            # and what it bears on are the speaker's.
            speaker = [t for t in tok.head.subtree if t.i < tok.i] if on_subject \
                else speaker_of(tok)
            if speaker and not any(t.is_quote for t in sent.doc[speaker[0].i : tok.i]):
                # (« Ce budget sacrifie ... », a jugé X: the quote is no speaker)
                last = max((t.idx + len(t.text) for c in tok.rights if not c.is_punct
                            for t in c.subtree), default=adjective.idx + len(adjective.text))
                if on_subject or adjective.head != tok:
                    # (a list: with no closing mark, max() would be given one int)
                    last = max([last, *(t.idx + len(t.text) for t in adjective.head.subtree
                                        if not t.is_punct)])
                    last = max([last, *(t.idx + len(t.text) for t in sent if t.text == "»")])
                first = min(t.idx for t in adjective.subtree if t.i > tok.i and t.pos_ != "ADV")
                out.append(_Report(tok, speaker, None, (first, last)))
            continue
        if tok.pos_ == "VERB" and _lemma_in(tok, calls) and not _in_relative(tok) and (obj := next(
                # ("a appelé mercredi sur France Inter les deux parties à": the object hung
                # on a name's word the tagger took for a verb)
                (c for c in [*tok.children, *(g for k in tok.children if k.dep_ == "xcomp"
                                              and k.pos_ == "VERB" and k.text[:1].isupper()
                                              for g in k.children)]
                 if c.dep_ in ("dobj", "obj") and c.i > tok.i
                 and c.pos_ in ("NOUN", "PROPN")), None)) is not None and (inf := next(
                (c for c in [*tok.children, *obj.children] if c.i > obj.i
                 and c.morph.get("VerbForm") == ["Inf"] and any(
                     k.dep_ in ("mark", "case") and fold(k.text) in preps
                     for k in c.children)), None)) is not None and \
                not _lemma_in(inf, folded(cues, "mobilisation_verbs")) and \
                (speaker := speaker_of(tok)):
            # "a appelé lundi les deux parties à « reprendre le dialogue »": a call on
            # someone to act, which the parser may hang on the object (a call to protest
            # or strike is the caller's act: "a appelé ses partisans à descendre dans la
            # rue").
            out.append(_Report(tok, speaker, None, (obj.left_edge.idx, max(
                t.idx + len(t.text) for t in inf.subtree))))
            continue
        if tok.pos_ == "VERB" and _lemma_in(tok, calls) and not _in_relative(tok) and not any(
                c.dep_ in ("dobj", "obj") for c in tok.children) and (inf := next(
                    (c for c in tok.children if c.dep_ == "xcomp" and c.i > tok.i
                     and c.morph.get("VerbForm") == ["Inf"]), None)) is not None and (quote := next(
                    (t for t in tok.doc[tok.i + 1 : inf.i] if t.text in _OPENING_QUOTES),
                    None)) is not None and fold(tok.doc[quote.i - 1].text) in preps and \
                (speaker := speaker_of(tok)):
            # "La chambre d'agriculture appelle à « ne pas faire le procès de toute une
            # profession »": a call in the caller's own words, quoted (an unquoted call to
            # strike, "appelle à la grève", stays the caller's act).
            last = max(inf.subtree, key=lambda t: t.i)
            if last.i + 1 < sent.end and last.nbor().text in _CLOSING_QUOTES:
                last = last.nbor()
            out.append(_Report(tok, speaker, None, (quote.idx, last.idx + len(last.text))))
            continue
        if tok.pos_ != "VERB" or fold(tok.lemma_) not in verbs or _idiom(tok, cues):
            continue  # (nor "voir le jour": to come about)
        if _bare_past_participle(tok):
            continue  # "went on trial on Monday accused of running ...": who is charged
        if _lemma_in(tok, folded(cues, "perception_verbs")) and any(
                c.dep_ == "xcomp" and c.morph.get("VerbForm") == ["Inf"] for c in tok.children):
            continue  # "n'avaient jamais vu une pomme de terre sortir de terre": perceived
        # (or a clitic pronoun before it, a person's: "Des collègues la décrivent comme
        # « prudente »"; not a relative word, "ce qu'il décrit comme")
        obj = next((c for c in tok.children if c.dep_ in ("dobj", "obj") and (
            c.i > tok.i or (c.pos_ == "PRON" and c.i < tok.i and c.morph.get("Person")
                            and c.morph.get("PronType") != ["Rel"] and all(
                                t.pos_ in ("AUX", "PRON") for t in tok.doc[c.i + 1 : tok.i])))),
                   None)
        small = next((c for c in tok.children if obj is None and c.dep_ in ("oprd", "ccomp")
                      and c.i > tok.i and c.pos_ in ("ADJ", "NOUN")), None)
        if small is not None:
            # "called the price cap illegal": the parser made the object the subject of
            # its complement; "called the walkout “unacceptable”": a modifier of it, the
            # noun tagged an adjective before the quote mark.
            obj = next((k for k in small.children if k.dep_ in SUBJECT_DEPS and k.i < small.i),
                       None) or next((k for k in small.children if k.dep_ == "amod"
                                      and k.i < small.i and any(d.dep_ == "det"
                                                                for d in k.head.children)
                                      and k.pos_ == "ADJ" and small.doc[k.i + 1].is_quote), None)
        if obj is None:  # "called on Congress to act"
            on = next((c for c in tok.children if c.dep_ == "prep" and fold(c.text) in
                       ("on", "upon")), None)
            obj = next((c for c in on.children if c.dep_ == "pobj"), None) if on else None
        if obj is None or (obj.pos_ not in ("NOUN", "PROPN", "PRON") and obj.dep_ != "amod"):
            continue
        if _lemma_in(tok, folded(cues, "experience_verbs")) and any(
                c.morph.get("Poss") == ["Yes"] for c in obj.children):
            continue  # "a vu son chiffre d'affaires reculer": what befell the subject
        if _lemma_in(tok, folded(cues, "suffering_verbs")) and any(
                _has(t.text, cues.get("suffered_nouns", [])) for t in obj.subtree):
            continue  # "a accusé 40 minutes de retard", "accuse une baisse de 3 %": shows
        if _has(obj.text, cues.get("awarded_nouns", [])):
            continue  # "a attribué la restauration de ses écoles à la société X": awarded
        # "voient dans la réforme « un tri social »": the complement may come first.
        # ("a traité 4 millions de conteneurs": a figure's noun is no complement.)
        counted = obj.morph.get("NumType") == ["Card"] or any(
            c.dep_ == "nummod" for c in obj.children)
        # ("attribue l'essentiel du retard à la découverte de ...": an "à" hung on the noun
        # the object's "de" governs)
        deeper = [k for c in obj.children if c.dep_ == "nmod" and c.i > obj.i
                  for k in c.children if k.dep_ == "nmod" and k.i > c.i and any(
                      d.dep_ == "case" and fold(d.text) in ("a", "au", "aux") for d in k.children)]
        # ("a qualifié la concertation menée par la ville de « simulacre »": a complement
        # in quote marks closing the sentence, hung deep inside the object's phrase)
        deeper += [k for k in obj.subtree if k.i > obj.i + 1 and k.head != obj and any(
            d.dep_ == "case" and fold(d.text) in preps and k.doc[d.i + 1].text in _OPENING_QUOTES
            for d in k.children) and all(t.is_punct for t in k.doc[k.right_edge.i + 1 : sent.end])]
        deeper += [k for c in tok.children if c.dep_.startswith("obl") and c.i > obj.i
                   for k in c.children if k.dep_ == "acl" and k.i > c.i]
        comps = [c for c in [*tok.children, *(c for c in obj.children if not (
                    counted and (c.dep_ == "prep" or c.dep_.startswith(("nmod", "obl"))))),
                             *([] if counted else deeper)]
                 if c.i > tok.i and c is not obj and (
            c is small or
            # ("a vu au moins trois immeubles d'habitation éventrés": what was seen of them)
            (counted and c.dep_ == "acl" and c.morph.get("VerbForm") == ["Part"]) or
            # ("a accusé la majorité d'avoir « enterré » la réforme": the charge the parser
            # hung on the object; or the quoted complement it made a clause of it: "a
            # qualifié le tir de « déstabilisateur »")
            # (or on a complement of the object the parser gave the verb: "accusent les
            # gestionnaires du camp d'avoir ignoré des alertes")
            (c.dep_ == "acl" and (c.head.i == obj.i or (
                c.head.head == tok and c.head.dep_.startswith("obl") and c.head.i > obj.i))
             and any(k.dep_ in ("mark", "case") and fold(k.text) in preps
                     for k in c.children)) or
            (c.dep_ in ("oprd", "xcomp", "ccomp", "advcl") and not _purpose(c))
            # ("called the contest “a parade of vanity”": the quoted name the parser
            # made the object's apposition, right after it)
            or (c.dep_ == "appos" and c.head == obj and c.left_edge.i == obj.i + 2
                and c.doc[c.left_edge.i - 1].text in _OPENING_QUOTES)
            or ((c.dep_ in ("prep", "nmod") or c.dep_.startswith("obl")) and (prep := fold(next(
                (k.text for k in c.children if k.dep_ == "case"), c.text))) in preps
                # ("charging them for repairs": a bill, no charge)
                and f"{fold(tok.lemma_)} {prep}" not in billed))]
        if not comps and _lemma_in(tok, folded(cues, "directive_verbs")):
            # ("urged anyone who had been offered the items to come forward": the
            # infinitive the parser hung at the end of the object's relative clause)
            comps = [c for k in obj.children if k.dep_ in RELATIVE_DEPS for c in k.children
                     if c.dep_ in ("advcl", "xcomp") and c.i > k.i
                     and c.morph.get("VerbForm") == ["Inf"] and c.right_edge.i >= obj.right_edge.i
                     and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
        if not comps:
            continue
        speaker = speaker_of(tok)
        if not speaker:
            continue
        start = min(t.idx for t in [*obj.subtree, *(t for c in comps for t in c.subtree)])
        end = max(t.idx + len(t.text) for t in [*obj.subtree, *(t for c in comps
                                                                  for t in c.subtree)])
        out.append(_Report(tok, speaker, None, (start, end)))
    return out


def _rumour(verb: Token, cues: dict[str, Any]) -> Token | None:
    """The rumour a verb says goes round ("Une rumeur évoquant ... circule", "Rumours that
    ... have circulated"), when the rumour says something (words after its noun)."""
    if verb.pos_ not in ("VERB", "AUX") or not _lemma_in(verb, folded(cues, "circulation_verbs")):
        return None
    rumours = folded(cues, "rumour_nouns")
    root = verb.sent.root
    # (or the sentence's root, when the parser hung the verb inside the rumour's words:
    # "Une rumeur évoquant le départ de l'entraîneur circule", "circule" made a participle
    # of "départ")
    return next((c for c in [*verb.children, root] if c.i < verb.i
                 and (c.dep_ in SUBJECT_DEPS or (c is root and c.pos_ == "NOUN"
                                                 and verb in c.subtree))
                 and fold(c.text) in rumours
                 and any(not t.is_punct for t in _rumoured(c, verb))), None)


def _rumoured(rumour: Token, verb: Token) -> list[Token]:
    """What a rumour says: its words after its noun, short of the verb that says it goes
    round (and of that verb's words, when the parser hung it inside the rumour's)."""
    inside = set() if rumour.head == verb else {t.i for t in verb.subtree}
    return [t for t in rumour.subtree if rumour.i < t.i < verb.i and t.i not in inside]


def _purpose(clause: Token) -> bool:
    """An infinitive the parser hangs as an adverbial clause with "to" says what an act was
    for ("pressed the button at 5.30pm to light up the street"), not what anyone was urged
    to do: the parser makes that one a complement ("pressed the council to act")."""
    return clause.dep_ == "advcl" and clause.morph.get("VerbForm") == ["Inf"] and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in clause.children)


_RELATIVE_LEAD = frozenset({"that", "which", "selon", "laquelle", "lequel", "lesquelles",
                            "lesquels", "que", "qu'", "qu’"})


def _rated_in(tok: Token, cues: dict[str, Any]) -> Token | None:
    """The document a passive verb of rating names as where the rating was given ("was
    rated in “poor” condition in a 2021 state inspection report"), if any."""
    rating = folded(cues, "rating_verbs")
    if tok.pos_ != "VERB" or not _passive(tok) or cue_lemma(tok, rating) not in rating:
        return None
    documents = cues.get("document_nouns", [])
    inside = folded(cues, "rating_preps")
    # (on the verb, or on the rating it gives: "in “critical” condition in its report")
    rated = [c for c in tok.children if c.i > tok.i]
    for prep in [*rated, *(k for c in rated for g in c.children for k in (g, *g.children))]:
        if prep.dep_ in ("prep", "obl") and prep.i > tok.i:
            noun = next((c for c in prep.children if c.dep_ == "pobj"), None) \
                if prep.dep_ == "prep" else prep
            if noun is not None and noun.pos_ == "NOUN" and (
                    _has(noun.text, documents) or _has(noun.lemma_, documents)) and (
                    (prep.dep_ == "prep" and fold(prep.text) in inside)
                    or any(k.dep_ == "case" and fold(k.text) in inside
                           for k in noun.children)):
                return noun
    return None


def _charged_passive(tok: Token, cues: dict[str, Any]) -> bool:
    """Whether a verb is one of charging someone ("accusé", "mis en cause", "épinglé"):
    in the passive with its agent, the agent's charge, put forward on its word
    ("L'exploitant du barrage mis en cause par un rapport")."""
    return _idiom(tok, cues, "passive_charge_verbs")


def _content_of(tok: Token) -> tuple[int, int]:
    """The span of a clause or phrase without the words that only introduce it ("that",
    "selon laquelle")."""
    toks = list(tok.subtree)
    while len(toks) > 1 and (toks[0].dep_ == "mark" or fold(toks[0].text) in _RELATIVE_LEAD):
        toks = toks[1:]
    return _span_of(toks)


def _other_reports(sent: SpacySpan, cues: dict[str, Any]) -> list[_Report]:
    """Attributions with no verb of saying before a clause, each with the certainty the
    construction gives:
    - a denial with a noun ("a nié toute implication", "denied any wrongdoing"), or a
      rejection of claims ("rejected claims that its forces had struck"): denied;
    - "n'exclut pas de suspendre", "did not rule out a strike": possible; "exclut toute
      démission": denied;
    - "estime à 4 % la hausse", "estimated the cost at $486 billion": an estimate;
    - "a été clair : ...", "was adamant: ...": the words after the colon are the subject's.
    """
    denial = folded(cues, "denial_verbs")
    rejection = folded(cues, "rejection_verbs")
    claim_nouns = folded(cues, "claim_nouns")
    open_verbs = folded(cues, "open_verbs")
    document_acts = folded(cues, "document_acts")
    seeing_in = folded(cues, "seeing_in")
    judging = folded(cues, "judging_verbs")
    estimating = folded(cues, "estimate_verbs")
    at = folded(cues, "estimate_preps")
    adjectives = folded(cues, "speaking_adjectives")
    negation = folded(cues, "c_negation")
    np_verbs = folded(cues, "np_reporting_verbs")
    evidence = folded(cues, "evidence_verbs")
    proofs = folded(cues, "evidence_nouns")
    questions = folded(cues, "question_verbs")
    magnitudes = folded(cues, "magnitude_words")
    marks = folded(cues, "c_condition_marks") | _QUESTION_MARKS
    out: list[_Report] = []
    for tok in sent:
        if _asked(tok, cues) or any(_declined(a, cues) for a in tok.ancestors) or \
                _refused_alike(tok, cues) or _reflexive_not_said(tok, cues) or \
                _measured(tok, cues):
            # ("did not say why the bowl had been reopened while the forecast rated the
            # danger considerable": inside a question left unanswered, nobody's claim;
            # "n'a ni confirmé ni démenti": no answer; "relève chaque matin la température": a
            # reading taken)
            continue
        lemma = fold(tok.lemma_)
        if (known := cue_lemma(tok, denial | rejection)) in denial | rejection:
            lemma = known  # ("conteste", left as it is by the lemmatizer)
        explained = next((c for c in tok.children if c.dep_ == "obj" and c.i > tok.i), None) \
            if tok.pos_ == "VERB" and _lemma_in(tok, folded(cues, "explaining_verbs")) else None
        # (the cause on what is explained or on the verb, not "2 000 euros par an" in a
        # clause after it)
        cause = next((t for t in sent if t.i > tok.i and t.dep_ == "case"
                      and fold(t.text) == "par" and t.head.head in (tok, explained)), None) \
            if explained is not None else None
        if cause is not None and not any(c.morph.get("Reflex") == ["Yes"]
                                         or c.dep_ == "expl:comp" for c in tok.children):
            # "Le laboratoire explique ces difficultés par une demande forte": the cause
            # the speaker gives is what is said (not "la hausse s'explique par ...").
            speaker = subjects_of(tok)
            if speaker and _said(tok):
                said = [t for t in sent if t.i >= cause.i
                        and not (t.is_punct and t.i == sent.end - 1)]
                out.append(_Report(tok, speaker, None, _span_of(said), None, "statement"))
                continue
        if (rumour := _rumour(tok, cues)) is not None:
            # "Une rumeur évoquant la fermeture de l'agence circule", "Rumours that the
            # bakery would close have circulated": what the rumour says, on nobody's word
            # in particular (vague), and only reported.
            said = _rumoured(rumour, tok)
            out.append(_Report(tok, [t for t in rumour.subtree if t.i <= rumour.i],
                               None, _span_of(said), "reported: a rumour", "rumour"))
            continue
        # (an adjective the tagger may call a verb: "a été catégorique :")
        if tok.pos_ in ("ADJ", "VERB") and (lemma in adjectives or fold(tok.text) in adjectives) \
                and any(c.dep_ == "cop" for c in tok.children):
            colon = next((t for t in sent if tok.i < t.i <= tok.i + 2 and t.text == ":"), None)
            speaker = subjects_of(tok)
            if colon is not None and speaker and colon.i < sent.end - 2:
                out.append(_Report(tok, speaker, None, (colon.idx + 1, _content_bounds(sent)[1])))
            continue
        if tok.pos_ == "VERB" and _passive(tok) and _lemma_in(tok, estimating) and \
                (agent := _agent_by_form(tok)):
            # "Le nombre de sans-abri est estimé à 3 500 par la mairie": the agent's figure.
            subject = next((c for c in tok.children if c.dep_ in SUBJECT_DEPS), None)
            if subject is not None:
                first = min(t.i for t in subject.subtree)
                figure = [t for t in sent if first <= t.i < agent[0].i - 1]
                out.append(_Report(tok, agent, None, _span_of(figure),
                                   f"estimate: {tok.text}", "estimate"))
            continue
        judged_as = next((c for c in tok.children if c.dep_ == "xcomp" and c.pos_ == "ADJ"
                          and c.i > tok.i), None) if _lemma_in(tok, judging) else None
        if (rated := _rated_in(tok, cues)) is not None:
            # "The bridge was rated in “poor” condition in its most recent federal
            # inspection": the document that rates it speaks.
            subject = next((c for c in tok.children if c.dep_ in ("nsubjpass", "nsubj:pass")),
                           None)
            if subject is not None:
                out.append(_Report(tok, list(rated.subtree), None, (
                    subject.left_edge.idx, _content_bounds(sent)[1])))
                continue
        charged = _charged_passive(tok, cues)
        # ("L'exploitant du barrage mis en cause par un rapport": a verbless headline's
        # participle with its agent)
        headline = charged and tok.dep_ == "acl" and tok.morph.get("VerbForm") == ["Part"] \
            and not any(
                t.morph.get("VerbForm") == ["Fin"] for t in sent)
        if tok.pos_ == "VERB" and (_passive(tok) or headline) and (
                _lemma_in(tok, np_verbs) or judged_as or charged):
            # "The closure was confirmed on Wednesday by the company": what the agent says
            # is the subject; "Ce virage est jugé dangereux par des riverains": the subject
            # and what the agent judges it.
            agent = speaker_of(tok)
            # (an agent the parser hung elsewhere, read by its "par" within a few words:
            # "Ce tronçon est régulièrement pointé du doigt par des élus locaux"; the verb
            # phrase is then the judgement)
            by_form = not agent and any(fold(t.text) in ("par", "by") for t in tok.doc[
                tok.i + 1 : min(tok.i + 4, tok.sent.end)])
            agent = agent or (_agent_by_form(tok) if judged_as or by_form else [])
            subject = next((c for c in tok.children if c.dep_ in ("nsubjpass", "nsubj:pass") or (
                c.dep_ == "nsubj" and c.i < tok.i)), None) if not headline else tok.head
            if charged:  # ("by regulators of misleading customers": the charge ends it)
                agent = list(itertools.takewhile(lambda t: not (
                    fold(t.text) in ("of", "de", "d'", "d’") and t.i + 1 < len(t.doc)
                    and t.doc[t.i + 1].pos_ in ("VERB", "AUX")), agent))
            # ("l'exploitant" tagged a participle: its article makes it a noun)
            if agent and subject is not None and (subject.pos_ in ("NOUN", "PROPN") or any(
                    c.dep_ == "det" for c in subject.children)):
                judged = list(judged_as.subtree) if judged_as else [
                    t for t in tok.doc[tok.i : agent[0].i - 1] if not t.is_punct
                    and fold(t.text) not in ("par", "by")] if by_form else []
                # ("was accused by regulators of misleading customers": the charge is
                # the whole clause)
                out.append(_Report(tok, agent, None, (subject.left_edge.idx, _content_bounds(
                    sent)[1]) if charged else _span_of(list(subject.subtree) + judged)))
            elif headline and not agent and subject is not None and fold(
                    tok.lemma_) in folded(cues, "allegation_verbs"):
                # "Vente d'un terrain communal : le maire accusé de favoritisme": a charge
                # with nobody to bring it, an allegation of unnamed accusers, never a fact.
                out.append(_Report(tok, [], None, (subject.left_edge.idx,
                                                   _content_bounds(sent)[1]),
                                   f"reported: charge ({tok.text})", "charge"))
            continue
        if (said := _estimate_by_form(sent, tok, estimating, at, magnitudes)) is not None:
            out.append(said)
            continue
        if (said := _apposed_by_agent(sent, tok, cues)) is not None:
            out.append(said)
            continue
        if not _verb_like(tok) or _passive(tok) or _idiom(tok, cues):
            # "est estimé à 20 000": the subject is what is estimated, not who; "declared a
            # state of emergency": an act
            continue
        speaker = speaker_of(tok) or _subject_left_unparsed(sent, tok, cues)
        verb_made_participle = False
        if not speaker and _lemma_in(tok, document_acts) and (
                fronted := _fronted_subject(sent, tok)) and \
                (lead := _phrase_head(fronted)) is not None and \
                _has(lead.text, cues.get("document_nouns", [])):
            # "Un sondage Ifop réalisé pour ... donnait X gagnante", "Le document, que Le
            # Monde a pu consulter, décrit ...": the parser made the document the root.
            speaker = fronted
            verb_made_participle = True  # ("décrit" tagged a participle of a noun)
        if speaker and speaker[-1].text in _OPENING_QUOTES and speaker[-1].i + 1 == tok.i:
            # ("la direction de Pharmalys « conteste fermement tout lien »": the mark opens
            # the words quoted from the verb on, the name before it speaks)
            speaker = speaker[:-1]
        signs = [t.text for t in speaker if t.text in ("«", "“", "»", "”")]
        if not speaker or (signs and not (
                speaker[0].pos_ == "DET" and speaker[1:2] and speaker[1].pos_ == "NOUN"
                and signs in (["«", "»"], ["“", "”"]))):
            # ("« C'est une atteinte à la dignité », a dénoncé X": the quote the parser
            # made the subject is what is said; the inserted phrase is read elsewhere. But
            # "Le groupe d'opposition « Vernelles en commun » réclame": a name in quote
            # marks after its noun.)
            continue
        if _idiom(tok, cues, "plea_idioms"):
            # "has pleaded not guilty to bribery", "a plaidé non coupable": the accused
            # denies the charges in court.
            out.append(_Report(tok, speaker, None, (tok.idx, _content_bounds(sent)[1]),
                               f"denied: plea: {tok.text}", "statement"))
            continue
        if tok.dep_ == "ROOT" and not _inside_quote(sent.doc.text[sent.start_char : tok.idx]) \
                and _idiom(tok, cues, "assent_idioms"):
            # "Le diocèse a donné son accord, à condition que ...", "gave its approval": the
            # speaker's yes, and what it sets with it, is its word (not a yes in a condition
            # or in a quote: "tant que les géologues n'auront pas donné leur feu vert").
            out.append(_Report(tok, speaker, None, (tok.idx, _content_bounds(sent)[1]), None,
                               "statement"))
            continue
        particles = [fold(c.text) for c in tok.children if c.dep_ in ("prt", "compound:prt")]
        phrase = " ".join([lemma, *particles])
        # (not a participle on the object the parser hung on the verb: "dénonce, elle, un
        # procès « politique » destiné à écarter ...")
        clause = next((c for c in tok.children if c.dep_ in ("ccomp", "xcomp")
                       and c.pos_ in ("VERB", "AUX") and not (
                           c.dep_ == "xcomp" and c.morph.get("VerbForm") == ["Part"]
                           and c.tag_ != "VBG"  # ("ruled out introducing a charge")
                           and not any(k.dep_.startswith("aux") for k in c.children))
                       and not _in_relative(c)), None)  # (", qui emploie 240 personnes")
        # ("réclame davantage de moyens": a quantity heading its noun is an object too)
        obj = next((c for c in tok.children if c.dep_ in ("dobj", "obj") and c.i > tok.i
                    and (c.pos_ in ("NOUN", "PROPN", "PRON") or (c.pos_ == "ADV" and any(
                        k.pos_ == "NOUN" for k in c.children)))), None)
        head = _phrase_head(speaker)
        if head is not None and head.pos_ == "NOUN" and _has(head.text,
                                                              cues.get("event_nouns", [])):
            # "a 3-1 defeat at Stockwell confirmed their relegation", "le scrutin a
            # confirmé": what happened shows it, nobody says it.
            continue
        reference = any(c.dep_ == "mark" and fold(c.text) in ("comme", "as") for c in tok.children)
        texts = [*cues.get("document_nouns", []), *cues.get("law_nouns", [])]
        if reference and head is not None and head.pos_ == "NOUN" and (
                _has(head.lemma_, texts) or _has(head.text, texts)):
            # "comme le prévoit la loi en cas d'égalité", "comme l'impose le règlement", "as
            # the rules require": a reference to a text, no statement of it.
            continue
        # ("Le budget fait apparaître ...": "fait" before its infinitive is a present)
        causative = _causative_act(tok, document_acts)
        if head is not None and head.pos_ == "NOUN" and (
                _lemma_in(tok, document_acts) or causative) and \
                (_said(tok) or verb_made_participle or causative) and not reference and not (
                    # ("A study put the cost at roughly $2 billion": an estimate, below)
                    _lemma_in(tok, estimating) and any(
                        fold(t.text) in at and any(k.like_num or fold(k.text) in magnitudes
                                                   for k in sent.doc[t.i + 1 : t.i + 5])
                        for t in sent if t.i > tok.i)) \
                and (
                _has(head.lemma_, cues.get("document_nouns", []))
                or _has(head.text, cues.get("document_nouns", []))):
            # "L'arrêté préfectoral interdit tout rassemblement", "Un rapport avait classé la
            # vallée parmi ...": what a document rules or finds is its word, not the outlet's
            # (a verb that tells it, not "Her results ..., including her victory", nor a
            # reference: "comme l'impose le règlement européen").  A negation before the
            # verb is the document's too: "The survey did not find any rise".
            first = min((c for c in tok.lefts if c.dep_ in ("aux", "neg") and any(
                k.dep_ == "neg" for k in tok.lefts)), key=lambda c: c.i, default=tok)
            out.append(_Report(tok, speaker, None, (first.idx, _content_bounds(sent)[1]), None,
                               "statement"))
            continue
        if clause is None and obj is not None and any(
                p.split()[0] == lemma for p in seeing_in) and any(
                fold(c.text) in folded(cues, "seeing_clitics") and c.i < tok.i
                for c in tok.children):
            # "Des associations y voient un « mobilier anti-pauvres »": the clitic stands
            # for "dans" and the object is the judgement.
            out.append(_Report(tok, speaker, None, _span_of(list(obj.subtree)), None, "stance"))
            continue
        demand = next((c for c in tok.children if c.dep_ == "advcl" and c.i > tok.i
                       and c.morph.get("VerbForm") == ["Inf"]
                       and _lemma_in(c, folded(cues, "demand_verbs")) and any(
                           k.dep_ in ("mark", "case") and fold(k.text) in folded(
                               cues, "purpose_marks") for k in c.children)), None) \
            if _lemma_in(tok, folded(cues, "petition_verbs")) else None
        if demand is not None:
            # "a écrit au PDG d'Enedis pour demander « un plan d'urgence »", "ont saisi les
            # prud'hommes pour réclamer ...": what they wrote or went to court to ask for.
            out.append(_Report(tok, speaker, None, _span_of(list(demand.subtree)), None,
                               "statement"))
            continue
        if obj is not None and _lemma_in(tok, folded(cues, "favouring_verbs")) and \
                fold(obj.lemma_) in folded(cues, "favoured_leads"):
            # "les enquêteurs privilégient l'hypothèse d'une manœuvre ratée": the lead they
            # favour is what they hold likely.
            out.append(_Report(tok, speaker, None, _span_of(list(obj.subtree)),
                               f"probable: lead favoured ({tok.text})", "stance"))
            continue
        seen = next((c for c in tok.children if c.dep_.startswith("obl") and c.i > tok.i and any(
            k.dep_ == "case" and f"{lemma} {fold(k.text)}" in seeing_in
            for k in c.children)), None)
        if clause is None and obj is None and seen is not None and any(
                t.text in ("«", "“", '"') for t in sent if t.i > seen.i):
            # "voient dans la réforme « un tri social déguisé »": the judgement in quote
            # marks, which the parser hung on the noun before it.
            out.append(_Report(tok, speaker, None, (seen.left_edge.idx,
                                                    _content_bounds(sent)[1]), None, "stance"))
            continue
        # ("a jugé possible une réouverture": the adjective may be made an adverb's)
        judged = next((c for c in tok.children if c.i > tok.i and c.dep_ in (
            "obj", "dobj", "xcomp", "amod", "advmod") and (c.pos_ == "ADJ" or (
                c.dep_ == "xcomp" and c.morph.get("VerbForm") == ["Part"]))), None)
        about = obj or next((c for c in judged.children if c.dep_ in ("obj", "dobj")
                             and c.pos_ in ("NOUN", "PROPN")), None) if judged else None
        quoted = _quoted_judgement(obj) if obj is not None else None
        if judged is None and obj is not None and obj.pos_ in ("NOUN", "PROPN") and \
                clause is None and _lemma_in(tok, judging) and not (
                    _lemma_in(tok, estimating) and any(fold(t.text) in at for t in sent
                                                       if t.i > obj.i)) and (any(
                    c.dep_ == "amod" and c.pos_ == "ADJ" and c.i > obj.i
                    and c.right_edge.i == obj.right_edge.i for c in obj.children)
                                                                          or quoted):
            if quoted is not None:
                # "on juge ces revendications « en partie légitimes »": the judgement in
                # quote marks after the object, however the parser hung it.
                out.append(_Report(tok, speaker, None, (obj.left_edge.idx, quoted), None,
                                   "stance"))
                continue
            # (the adjective closes the object: not "estime la valeur marchande de X à 35
            # millions", an estimate)
            # "jugent ces engagements insuffisants": the parser hung the judgement on the
            # noun it is about.
            out.append(_Report(tok, speaker, None, _span_of(list(obj.subtree)), None, "stance"))
            continue
        if judged is not None and about is not None and judged.i < about.i and (
                clause is None or clause.i == judged.i) and \
                _lemma_in(tok, judging):
            # "a jugé « inacceptables » les frappes" (the adjective may be tagged a
            # participle): the judgement and what it is about.
            words = [*judged.subtree, *about.subtree]
            out.append(_Report(tok, speaker, None, (min(t.idx for t in words), max(
                t.idx + len(t.text) for t in words)), None, "stance"))
            continue
        if phrase in open_verbs or (lemma in open_verbs and not particles):
            # ("n'exclut pas que l'incendie soit criminel": a clause with a copula, headed
            # by its adjective)
            # (or an object the model took for an adjective or a predicate: "has not ruled
            # out a go-slow")
            target = clause or next((c for c in tok.children if c.dep_ == "ccomp" and any(
                k.dep_ == "cop" for k in c.children)), None) or obj or next(
                (c for c in tok.children if c.dep_ in ("oprd", "dobj", "obj") and c.i > tok.i),
                None)
            # "n'exclut pas, de son côté, une réorganisation": the object past an insertion
            at_span = _content_of(target) if target is not None else _object_by_form(tok, cues)
            if at_span is None:
                continue
            # (or the "ne" of the modal it completes: "ne peut exclure", "cannot rule out")
            modal = tok.head if tok.dep_ == "xcomp" and _lemma_in(
                tok.head, folded(cues, "ability_verbs")) else None
            # ("n'exclut toutefois pas des orages": the "ne" on the verb, the "pas" hung on
            # the object past the adverb)
            negated = any(fold(c.text) in negation | _NE for c in tok.children
                          if c.dep_ in ("neg", "advmod")) or (modal is not None and any(
                              fold(c.text) in negation | _NE
                              for c in modal.children if c.dep_ in ("neg", "advmod"))) or any(
                # "n'exclut « aucune piste »", "did not rule out any option"
                fold(t.text) in folded(cues, "c_negative_words")
                for t in [t for t in sent if t.idx >= at_span[0] and not t.is_punct][:2])
            out.append(_Report(tok, speaker, None, at_span,
                               "possible: not ruled out" if negated else f"denied: {tok.text}",
                               "stance"))
        elif _lemma_in(tok, estimating):
            # "estimated the cost of rebuilding at $486 billion": the figure may hang on
            # the object's words; "estime à 4 % la hausse": the object may follow it.
            # "estiment à plus de 30 % la part": the parser may take the figure for the
            # object; "à plusieurs centaines": a figure without digits.
            near = [*tok.children, *(obj.subtree if obj is not None else [])]
            candidates = [c for c in near if (c.dep_ == "prep" and fold(c.text) in at) or (
                # ("estime à près de 2.000 le nombre": the figure made the object's number)
                c.dep_.startswith(("obl", "obj", "nmod", "nummod")) and any(
                    k.dep_ == "case" and fold(k.text) in at for k in c.children))] + [
                # "estime au contraire à 4 millions", "chiffre le préjudice pour l'opérateur
                # à 40 millions": hung on the adverbial
                # ("estime le surcoût des programmes examinés à 1,7 milliard": on a participle
                # of the adverbial)
                g for c in tok.children if c.dep_.startswith("obl") for g in c.subtree
                if g.i != c.i and any(k.dep_ == "case" and fold(k.text) in at for k in g.children)
            ] + [
                # "estime pour sa part à environ 120 millions d'euros le surcoût supporté
                # par ...": the parser made the object's participle a clause and hung the
                # figure on it.
                g for c in tok.children if c.dep_ == "xcomp" and c.i > tok.i for g in c.children
                if g.i < c.i and g.dep_.startswith("obl")
                and any(k.dep_ == "case" and fold(k.text) in at for k in g.children)]
            # ("estime à près d'une sur deux la part": the parser made the figure the
            # object's determiner)
            shares = [t for t in (obj.subtree if obj is not None else []) if t.dep_ == "det"
                      and any(k.dep_ == "case" and fold(k.text) in at for k in t.children)]
            # ("évalue les pertes à « au moins 40 millions »": the quote mark took the "à")
            candidates += [t for t in (obj.subtree if obj is not None else [])
                           if t.dep_.startswith("nmod") and _after_quoted_preposition(t, at)]
            # The first with a figure ("£40bn"), not "entre amendes et indemnisations".
            by = next((c for c in candidates + shares if any(
                t.like_num or fold(t.text) in magnitudes or any(ch.isdigit() for ch in t.text)
                for t in [*c.subtree, *(c.doc[c.i + 1 : c.i + 4] if c in shares else [])])),
                None)
            if by is None:
                continue
            if obj is not None and obj in by.subtree:
                obj = next((c for c in tok.children if c.dep_ in ("dobj", "obj")
                            and c not in by.subtree), None) or next(
                    (t for t in by.subtree if t.dep_ == "appos"), None)
            toks = [*by.subtree, *(obj.subtree if obj is not None else [])]
            out.append(_Report(tok, speaker, None, _span_of(toks), f"estimate: {tok.text}",
                               "estimate"))
        elif clause is None and (feared := _feared(tok, obj, cues)) is not None:
            # "On redoute une fermeture", "on s'attend à une offensive": a fear or an
            # expectation of something named; the stance is the certainty.
            out.append(_Report(tok, speaker, None, _span_of(list(feared[0].subtree)),
                               f"{feared[1]}: {tok.text}", "stance"))
        elif clause is None and obj is None and _listed_verb(tok, "fear_verbs", cues) and \
                (found := _object_by_form(tok, cues)) is not None:
            # "craignent, elles, une hausse déguisée": the feared thing past an insertion
            # (a worry about a thing named is told: "s'inquiètent du bruit", as above).
            told = _worry_told(tok, cues)
            out.append(_Report(tok, speaker, None, found,
                               f"{'reported' if told else 'possible'}: {tok.text}", "stance"))
        elif _lemma_in(tok, questions) and clause is None and (colon := next(
                (t for t in sent if tok.i < t.i <= tok.i + 2 and t.text == ":"), None)
        ) is not None and colon.i < sent.end - 2:
            # "des parents d'élèves s'interrogent : l'école rouvrira-t-elle ?"
            out.append(_Report(tok, speaker, None, (colon.idx + 1, _content_bounds(sent)[1]),
                               "hypothetical: question", "stance"))
        elif _lemma_in(tok, questions) and \
                (opening := _question_opening(tok, marks, cues)) is not None:
            # "Des diplomates se demandent si ...", "s'interroge sur la capacité de l'État",
            # "have long debated whether": read by the words after the verb, as the parser
            # often loses the clause ("survivra" taken for a participle). (But "questioned on
            # social media why the clubhouse had no CCTV" challenges what it takes as known:
            # ``challenge_questions``, reported.)
            out.append(_Report(tok, speaker, None, (opening.idx, _content_bounds(sent)[1]),
                               None if _challenge(tok, opening, cues)
                               else "hypothetical: question", "stance"))
        elif _lemma_in(tok, questions) and clause is not None and any(
                c.dep_ == "mark" and fold(c.text) in marks for c in clause.children):
            # "se demandent si le tramway pourra ...", "asked whether ...": a question.
            out.append(_Report(tok, speaker, None, _content_of(clause), "hypothetical: question",
                               "stance"))
        elif (lemma in evidence or _lemma_in(tok, evidence)) and obj is not None and (
                fold(obj.lemma_) in proofs or fold(obj.text) in proofs or any(
                    fold(c.text) in folded(cues, "c_negative_words")
                    for c in obj.children)) and clause is None:
            # "An internal review found no evidence that ...": the finding is the content.
            out.append(_Report(tok, speaker, None, _span_of(list(obj.subtree))))
        elif clause is None and not (tok.dep_ == "advcl" and tok.morph.get("Tense") == ["Past"]
                                     and not _said(tok)) and (
                said := _prep_object(tok, cues)) is not None:
            # (not an opening past participle: "Appelé à la barre, le prévenu a nié ...";
            # but "faisant état d'une trésorerie exsangue" says)
            # "a fait état sur Telegram de 14 morts", "se plaignent depuis des mois de
            # panaches de fumée": a phrase of saying whose object follows a preposition.
            # ("table sur une croissance de 4 % en 2025": a forecast; "warns of possible
            # breach": a possibility, read off the noun as for an object)
            noun = next((t for t in sent if said[0] <= t.idx < said[1]
                         and t.pos_ in ("NOUN", "PROPN")), None)
            out.append(_Report(tok, speaker, None, said, _promise(tok, cues, noun), "statement"))
        elif clause is None and (crowd := _awaited_crowd(tok, obj, cues)) is not None:
            # "Les Floralies attendent 40 000 visiteurs ce week-end": a crowd counted in
            # advance, the subject's estimate.
            out.append(_Report(tok, speaker, None, _span_of(list(crowd.subtree)),
                               f"estimate: a crowd awaited ({tok.text})", "statement"))
        elif _lemma_in(tok, np_verbs) and clause is None and (
                # (a day the parser made the object: "a réclamé mardi, dans un communiqué,
                # « toute la transparence »")
                obj is None or _time_object(obj, cues)) and \
                not _after_comma(tok) and not _incise_by_its_comma(tok) and _said(tok) and \
                not _sentenced(tok, cues) and \
                (found := _object_by_form(tok, cues)) is not None and (
                    obj is None or found[0] > obj.idx):
            # "dénoncent depuis des mois des rodéos", "a revendiqué vendredi, via son
            # agence, l'attentat": the parser hung the object on the phrase before it.
            first = next((t for t in sent if t.idx >= found[0]), None)
            out.append(_Report(tok, speaker, None, found, _promise(tok, cues, first),
                               "statement"))
        elif obj is not None and (_lemma_in(tok, np_verbs) or (
                # ("ont confié leur inquiétude pour leur trésorerie": a feeling confided is
                # told, where "a confié la gestion à une association" entrusts)
                _lemma_in(tok, folded(cues, "feeling_telling_verbs"))
                and fold(obj.lemma_) in folded(cues, "feeling_nouns"))) and (
                clause is None or (clause.dep_ == "xcomp" and clause.i > obj.i)) and (
                obj.pos_ in ("NOUN", "PROPN") or fold(obj.text) in {
                    fold(w) for w in cues.get("indefinite_articles", [])}
                or obj.pos_ == "ADV" or (
                    # ("dénoncent depuis des années ce qu'ils appellent « l'abandon »")
                    fold(obj.text) in folded(cues, "demonstrative_heads") and any(
                        c.dep_ == "acl:relcl" for c in obj.children))) and not (
                lemma in denial or lemma in rejection) and not _after_comma(tok) and \
                _said(tok) and not _has(obj.text, cues.get("manner_nouns", [])) and not (
                    _has(" ".join(t.lemma_ for t in obj.subtree), cues.get("act_nouns", []))
                    or (fold(obj.lemma_) in folded(cues, "act_heads")  # ("des urgences": wards)
                        and obj.morph.get("Number") != ["Plur"])) \
                and not (tok.dep_ != "ROOT" and _lemma_in(tok, folded(cues, "observation_verbs"))) \
                and not (_lemma_in(tok, folded(cues, "thanking_verbs")) and not _thanks(tok, obj)) \
                and not _sentenced(tok, cues) \
                and not _time_object(obj, cues) \
                and not (
                    _lemma_in(tok, folded(cues, "finding_verbs")) and any(
                        c.dep_ == "det" and c.morph.get("Definite") == ["Def"]
                        for c in obj.children)) and not (
                    tok.dep_ == "advcl" and _lemma_in(tok, folded(cues, "charge_verbs"))):
            # ("has not declared a shortage emergency": an act;
            # "qui a requis l'anonymat": how one speaks, not what; "a relevé l'âge
            # légal": raised, where "relève de graves lacunes" notes a finding; "Mela
            # cancelled as organisers blame soaring costs": a charge giving the cause of
            # the outlet's fact.)
            # "announced his resignation", "dénoncent une baisse de leur chiffre
            # d'affaires": a verb of saying whose object is what was said.  A claim, but
            # no quote: nobody's words are given.
            # "décrivent un car « lancé à pleine vitesse »": an article the tagger took
            # for a pronoun opens a phrase the parser tore apart; it runs to the end.
            what = _span_of(list(obj.subtree)) if obj.pos_ != "PRON" else (
                obj.idx, _content_bounds(sent)[1])
            if (intended := _intention_clause(obj, cues)) is not None:
                what = (what[0], _span_of(list(intended.subtree))[1])  # "... de faire appel"
            # "Le plan prévoit l'évacuation ... si le débit dépasse ...": a condition.
            inside = {t.i for t in obj.subtree}
            # (the verb's own condition, not one inside a second verb's clause: "described
            # the cracking as « significant » and warned that ... if ...")
            # (nor one after a second verb the parser tore off: "a revendiqué l'attaque,
            # en menaçant de diffuser les données si une rançon n'était pas versée")
            condition = next((t for t in sent if t.i > tok.i and t.i not in inside
                              and t.dep_ == "mark" and fold(t.text) in marks
                              and not _concession(t, cues)
                              and _clause_verb_head(t) == tok.i and not any(
                                  v.pos_ == "VERB" and v.i not in inside
                                  for v in sent.doc[tok.i + 1 : t.i])), None)
            # ("Le document ne préconisait aucune limitation": it recommended none, a
            # denial; "n'a fait aucun commentaire" is a refusal, read before)
            none = _none_said(tok, cues)
            out.append(_Report(tok, speaker, None, what,
                               f"hypothetical: condition ({condition.text})" if condition
                               else f"denied: none ({none.text})" if none is not None
                               else _promise(tok, cues, obj), "statement"))
        elif _lemma_in(tok, folded(cues, "defence_verbs")) and obj is not None and (
                # (or the words that defend it, quoted after a colon: "a défendu
                # l'organisation de l'épreuve : « Chaque concurrent a une carte »")
                clause is None or (clause.i > obj.i and any(
                    t.text == ":" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].text in (
                        "«", "“", '"') for t in tok.doc[obj.i : clause.left_edge.i + 1]))) and (
                fold(obj.lemma_) in folded(cues, "defended_nouns")
                                     or fold(obj.text) in folded(cues, "defended_nouns")
                                     or _quoted_judgement(obj) is not None):
            # "a défendu son choix", "defended its figures": the speaker stands by what
            # they decided or said (but "défendent la ville" is no word of theirs); so
            # does "a défendu un péage « indispensable »", what they judge it.
            out.append(_Report(tok, speaker, None, _span_of(list(obj.subtree)), None,
                               "statement"))
        elif (lemma in denial or lemma in rejection) and clause is None and obj is not None:
            if fold(obj.lemma_) in folded(cues, "whole_nouns"):
                # "a rejeté l'ensemble des 21 chefs d'accusation": what is counted
                obj = next((c for c in obj.children if c.dep_ in ("nmod", "prep", "pobj")
                            and c.pos_ in ("NOUN", "PROPN")), None) or next(
                    (g for c in obj.children if c.dep_ == "prep" for g in c.children
                     if g.dep_ == "pobj"), obj)
            # ("les chefs retenus contre lui": a participle says what the noun is, no more.)
            # (not "ces accusations, qu'il qualifie de « fabrications »": a relative clause
            # whose pronoun is its object says what the speaker thinks of the noun)
            said = next((c for c in obj.children if c.dep_ in ("acl", "ccomp", "acl:relcl", "relcl")
                         and c.pos_ in ("VERB", "AUX") and not _modifying_participle(c)
                         and not any(k.dep_ in ("obj", "dobj") and k.morph.get("PronType")
                                     == ["Rel"] for k in c.children)), None) \
                if fold(obj.lemma_) in claim_nouns or fold(obj.text) in claim_nouns else None
            refused = cues.get("refused_nouns", [])
            # ("rejette toute irrégularité", "rejected any wrongdoing": whatever the noun, all
            # of it denied, unless it is something asked: "rejette toute demande")
            reports_noun = fold(obj.lemma_) in claim_nouns or fold(obj.text) in claim_nouns or (
                any(c.dep_ == "det" and fold(c.text) in folded(cues, "denied_determiners")
                    for c in obj.children)
                and not (_has(obj.lemma_, refused) or _has(obj.text, refused)))
            if said is None and not reports_noun and (lemma not in denial or (
                    (_has(obj.lemma_, refused) or _has(obj.text, refused))
                    and lemma not in folded(cues, "denial_only_verbs"))):
                # "rejected the offer", "denied his request": an act, not a denial of
                # something said ("dément tout recours à des groupes électrogènes" is one:
                # "démentir" refuses nothing).
                continue
            what = _content_of(said) if said is not None else _span_of(list(obj.subtree))
            # ("ont contesté la victoire de X": an outcome challenged, told, not denied)
            challenge = f"reported: challenge ({tok.text} {obj.text})"
            out.append(_Report(tok, speaker, None, what,
                               challenge if _challenged(tok, cues) else f"denied: {tok.text}",
                               None if said is not None else "statement"))
    return out


def _quoted_judgement(obj: Token) -> int | None:
    """The end of an adjective in quote marks right after an object ("ces revendications
    « en partie légitimes »"), if any."""
    doc = obj.doc
    # (right after the noun, where the parser may hang the quote on it, or after its phrase,
    # or after its complement when a second object joined to it follows: "les conditions
    # d'hygiène « indignes » et l'accès aux soins « insuffisant »")
    joined = next((t.i for t in obj.subtree if t.i > obj.i and t.pos_ == "CCONJ"), None)
    inside = next((t.i for t in obj.subtree if obj.i < t.i < (joined or 0)
                   and t.text in ("«", "“", '"')), None)
    k = next((i for i in (obj.i + 1, obj.right_edge.i + 1, inside)
              if i is not None and i < obj.sent.end and doc[i].text in ("«", "“", '"')), None)
    if k is None:
        return None
    # (up to a dozen words: "une organisation « plus respectueuse des rythmes de l'enfant »")
    close = next((t for t in doc[k + 1 : min(k + 13, obj.sent.end)]
                  if t.text in ("»", "”", '"')), None)
    if close is None or not any(t.pos_ == "ADJ" or t.morph.get("VerbForm") == ["Part"]
                                for t in doc[k + 1 : close.i]):  # ("« en partie fondées »")
        return None
    return close.idx + len(close.text)


def _clause_verb_head(mark: Token) -> int | None:
    """Where the clause a mark opens hangs: the head of its first verb up the tree."""
    verb = next((a for a in mark.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return verb.head.i if verb is not None else None


def _after_quoted_preposition(tok: Token, preps: frozenset[str]) -> bool:
    """Whether a phrase follows one of ``preps`` and an opening quote mark ("à « au moins
    40 millions »"), which the parser then hangs the preposition on."""
    k = tok.left_edge.i - 1
    if k < 0 or tok.doc[k].text not in ("«", "“", '"'):
        return False
    while k > 0 and tok.doc[k].text in ("«", "“", '"'):
        k -= 1
    return fold(tok.doc[k].text) in preps


def _causative_act(verb: Token, acts: frozenset[str]) -> bool:
    """Whether ``verb`` is "faire" before an infinitive it makes one act with ("Le budget
    fait apparaître une enveloppe de 8 000 euros", ``document_acts``: "faire apparaître"),
    past an adverb ("fait aussi apparaître")."""
    doc = verb.doc
    if fold(verb.lemma_) == "faire":
        inf = next((c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i
                    and c.morph.get("VerbForm") == ["Inf"]
                    and all(t.pos_ == "ADV" for t in doc[verb.i + 1 : c.i])), None)
    else:  # (the infinitive made the verb, "fait" hung on it)
        inf = verb if verb.morph.get("VerbForm") == ["Inf"] and any(
            c.i < verb.i and fold(c.lemma_) == "faire" and c.morph.get("VerbForm") == ["Fin"]
            and all(t.pos_ == "ADV" for t in doc[c.i + 1 : verb.i])
            for c in verb.children) else None
    return inf is not None and f"faire {fold(inf.lemma_)}" in acts


def _estimate_by_form(sent: SpacySpan, tok: Token, estimating: frozenset[str],
                      at: frozenset[str], magnitudes: frozenset[str]) -> _Report | None:
    """"Le rapporteur, X, chiffre à environ 12 milliards le coût": a French estimate verb
    the tagger took for a noun ("chiffre", "évalue"), read by its form: a present tense
    whose infinitive is an estimate verb, then "à" and a figure; the noun phrase before it
    (no verb in it) estimates, what follows is the estimate."""
    doc = tok.doc
    # (a participle set off after its noun is no present: "Un projet, chiffré à 3 millions
    # d'euros, est à l'étude")
    if tok.lang_ != "fr" or tok.pos_ not in ("NOUN", "ADJ") or tok.i == sent.start or \
            fold(tok.text) + "r" not in estimating or tok.lower_.endswith("é") or \
            tok.i + 1 >= sent.end or \
            fold(doc[tok.i + 1].text) not in at or not any(
                t.like_num or fold(t.text) in magnitudes for t in doc[tok.i + 1 : tok.i + 5]):
        return None
    speaker = [t for t in doc[sent.start : tok.i]]
    while speaker and speaker[-1].is_punct:
        speaker.pop()
    if not speaker or any(t.pos_ in ("VERB", "AUX") for t in speaker) or not any(
            t.pos_ in ("NOUN", "PROPN") for t in speaker):
        return None
    figure = [t for t in doc[tok.i + 1 : sent.end] if not (t.is_punct and t.i == sent.end - 1)]
    return _Report(tok, speaker, None, _span_of(figure), f"estimate: {tok.text}", "estimate")


def _thanks(verb: Token, obj: Token) -> bool:
    """Whether a verb of thanking thanks ("a remercié « les voisins »", "remercie les
    bénévoles pour leur aide"): quoted words or what for; "a remercié son entraîneur
    après trois défaites" dismisses him, an act."""
    # (the quote may come after a time: "a remercié dimanche soir « les voisins »")
    return any(t.text in ("«", "“", '"') for t in obj.subtree) or any(
        t.text in ("«", "“", '"') for t in verb.doc[verb.i + 1 : verb.i + 5]) or any(
        fold(k.text) in ("pour", "for") for c in (verb, obj) for k in c.subtree
        if k.dep_ in ("case", "prep", "mark") and k.i > verb.i)


def _apposed_by_agent(sent: SpacySpan, tok: Token, cues: dict[str, Any]) -> _Report | None:
    """"The teen, identified by the county coroner's office as Tyler Brennan, was pulled
    from ...", "Les travaux, estimés à 450 000 euros par la pharmacienne, ont débuté en
    juin": a participle of identifying or estimating set off after the subject, with its
    agent (``identifying_verbs``, ``estimate_verbs``).  Who the subject is, or what it is
    worth, rests on the agent's word, and so does the sentence that tells of it (an
    estimate for a verb of estimating)."""
    doc = tok.doc
    subject = tok.head
    estimate = _lemma_in(tok, folded(cues, "estimate_verbs"))
    # (a participle with its agent, whatever the tagger made of it: "chiffré" a noun)
    verb = tok.pos_ == "VERB" or (tok.pos_ == "NOUN" and tok.is_lower and any(
        c.dep_ == "obl:agent" for c in tok.children))
    if not verb or tok.dep_ != "acl" or doc[tok.i - 1].text != "," or \
            not subject.dep_.startswith("nsubj") or subject.i >= tok.i or not (
                estimate or _lemma_in(tok, folded(cues, "identifying_verbs"))):
        return None
    agent = next((k for c in tok.children if c.dep_ == "agent" for k in c.children
                  if k.dep_ == "pobj"), None) or next(
        (c for c in tok.children if c.dep_ == "obl:agent"), None)
    if agent is None:
        return None
    words = [t for t in doc[subject.left_edge.i : sent.end] if not (
        t.is_punct and t.i == sent.end - 1)]
    # (not the name it gives, "as Tyler Brennan", nor the "par" before it)
    given = {t.i for c in agent.children if c.dep_ == "prep" and fold(c.text) in ("as", "comme")
             for t in c.subtree}
    speaker = [t for t in agent.subtree if t.i not in given and not (
        t.dep_ == "case" and t.head == agent and t.i < agent.i)]
    return _Report(tok, speaker, None, _span_of(words),
                   f"estimate: {tok.text}" if estimate else None, "statement")


def _to_punctuation(first: Token, end: int) -> tuple[int, int]:
    """The characters from ``first`` to the next punctuation before token ``end``; quote
    marks and hyphens do not end the phrase ("dénoncé « une enquête bâclée »"), nor does
    an aside between a pair of dashes ("concern that falling rolls — an estimated 40
    fewer pupils — could lead to mixed-age classes")."""
    doc = first.doc
    dashes = [k for k in range(first.i + 1, end) if doc[k].text in ("—", "–")]
    aside = range(dashes[0], dashes[1] + 1) if len(dashes) >= 2 else range(0)
    stop = next((k for k in range(first.i + 1, end) if doc[k].is_punct and k not in aside
                 and doc[k].text not in ("«", "»", "“", "”", '"', "-")), end)
    last = doc[stop - 1]
    return first.idx, last.idx + len(last.text)


def _awaited_crowd(verb: Token, obj: Token | None, cues: dict[str, Any]) -> Token | None:
    """The crowd a verb of awaiting counts in advance (``awaiting_verbs``,
    ``awaited_crowds``: "attendent 40 000 visiteurs"), its object, or the complement the
    parser made of it after a rough figure ("attend entre 8 000 et 10 000 visiteurs",
    "attendent près de 5 000 visiteurs"); with a figure on it."""
    if not _lemma_in(verb, folded(cues, "awaiting_verbs")):
        return None
    crowds = folded(cues, "awaited_crowds")
    crowd = obj if obj is not None else next(
        (c for c in verb.children if c.dep_ in ("obl:arg", "obl") and c.i > verb.i
         and fold(c.text) in crowds), None)
    if crowd is None or fold(crowd.text) not in crowds or not any(
            c.dep_ == "nummod" or (c.like_num and c.dep_ in ("det", "amod"))
            for c in crowd.children):
        return None
    return crowd


def _prep_object(verb: Token, cues: dict[str, Any]) -> tuple[int, int] | None:
    """What a phrase of saying with a prepositional object says (``prep_object_reporting``:
    "faire état de", "se plaindre de"), read by the words after the verb: its noun if it
    has one, then the preposition, past adjuncts each time; up to the next punctuation."""
    reflexive = any(c.morph.get("Reflex") == ["Yes"] for c in verb.children)
    for entry in folded(cues, "prep_object_reporting"):
        words = entry.removeprefix("s'en ").removeprefix("s'").removeprefix("se ").split()
        if len(words) < 2 or not _lemma_in(verb, {words[0]}) or (
                words[0] != entry.split()[0] and not reflexive):
            continue
        at: Token | None = verb
        # ("a appelé les maires à « la plus grande prudence »": whom the call is made to
        # comes first, then what it calls for)
        # (also past "toutes" or a quote mark before the article, whatever the parser
        # called the noun: "a appelé « toutes les parties à la retenue »")
        obj = next((c for c in verb.children if c.dep_ in ("obj", "obl:mod", "xcomp")
                    and c.i - 1 > verb.i and c.pos_ == "NOUN" and all(
                        t.text in ("«", "“") or fold(t.lemma_) == "tout"
                        or (t.head == c and t.dep_ in ("det", "nummod"))
                        for t in verb.doc[verb.i + 1 : c.i])
                    and any(t.dep_ == "det" for t in verb.doc[verb.i + 1 : c.i])
                    and not any(t.morph.get("VerbForm") == ["Inf"] or t.like_num
                                or fold(t.text) in folded(cues, "time_words")
                                for t in c.doc[c.i + 2 : c.i + 4] if not t.is_punct)), None) \
            if _lemma_in(verb, folded(cues, "appeal_verbs")) else None
        # (not "a appelé ses partisans à descendre dans la rue": what they are to do; nor
        # "a appelé les pompiers à 3 h": when)
        for n, word in enumerate(words[1:]):
            # (a preposition with its article: "du", "des"; "au", "aux")
            forms = (word, *(("du", "des", "d'", "d’") if word == "de" else
                             ("au", "aux") if word == "a" else ()))
            nxt = _past_adjuncts(at, cues, frozenset({*forms, "du", "des", "d'", "d’"}),
                                 start=obj.i + 1 if n == 0 and obj is not None else None)
            if nxt is not None and nxt.pos_ == "DET" and nxt.i + 1 < verb.sent.end and \
                    fold(nxt.text) not in forms and fold(nxt.nbor().text) in forms:
                nxt = nxt.nbor()  # (a noun's article: "présente ses excuses pour")
            if nxt is None or fold(nxt.text) not in forms:
                at = None
                break
            at = nxt
        if at is None or at.i + 1 >= verb.sent.end:
            continue
        # (after "de" comes the object; after a noun ending the phrase too: "met en
        # cause un glissement de terrain")
        first = verb.doc[at.i + 1] if fold(at.text) in ("de", "d'", "d’", "a") or \
            at.pos_ in ("NOUN", "PROPN", "ADV") else at  # ("met en avant le coût")
        if first.pos_ == "PRON" and first.morph.get("PronType") == ["Prs"]:
            # ("Ce n'est pas la première fois que le collège fait parler de lui": who is
            # spoken of, no content)
            return None
        return _to_punctuation(first, verb.sent.end)
    return None


def _sentenced(verb: Token, cues: dict[str, Any]) -> bool:
    """"a condamné jeudi un ancien adjoint à dix-huit mois de prison": a court's sentence,
    an act, where "a fermement condamné le coup de force" says something."""
    if not _lemma_in(verb, folded(cues, "sentence_verbs")):
        return False
    preps = folded(cues, "sentence_preps")
    # (the verb's own words, not those of a verb joined to it, even one the parser hung
    # deeper: "et appelle au respect", "dans un communiqué publié dimanche et appelé à")
    def joined(t: Token) -> bool:
        return any(a.dep_ in ("conj", "cc") for a in [t, *t.ancestors] if a.i != verb.i
                   and verb in a.ancestors)
    own = [t for t in verb.subtree if t.i > verb.i and not joined(t)]
    return any(t.pos_ == "ADP" and fold(t.text) in preps for t in own)


def _intended(infinitive: Token, cues: dict[str, Any]) -> bool:
    """Whether an infinitive completes a noun of intention right before it ("a annoncé son
    intention de faire appel"), which the parser hung on the verb: what is intended, not
    what the verb reports."""
    doc = infinitive.doc
    k = infinitive.i - 1
    while k > 0 and (doc[k].dep_.startswith("aux") or fold(doc[k].text) in (
            "de", "d'", "d’", "to", "ne", "se")):
        k -= 1
    return k < infinitive.i - 1 and doc[k].pos_ == "NOUN" and fold(doc[k].lemma_) in folded(
        cues, "intention_nouns")


def _intention_clause(noun: Token, cues: dict[str, Any]) -> Token | None:
    """The infinitive completing a noun of intention that the parser hung elsewhere:
    "faire" in "a annoncé son intention de faire appel"."""
    return next((t for t in noun.doc[noun.i + 1 : noun.i + 5] if t.morph.get("VerbForm") ==
                 ["Inf"] and t.head.i != noun.i and _intended(t, cues)), None)


def _promise(verb: Token, cues: dict[str, Any], obj: Token | None = None) -> str | None:
    """The certainty a verb of saying gives its noun object when it tells the future:
    "predicted the collapse", "a promis l'envoi de 600 policiers", "a annoncé son
    intention de se pourvoir en cassation" (an intention with what is intended), "a
    confirmé une hausse, qui passeront ..." (a future inside the object), "a annoncé la
    fermeture de onze magasins d'ici à la fin juin" (a deadline); or only a possibility:
    "évoque une possible contamination"."""
    if _lemma_in(verb, folded(cues, "forecast_verbs")) and not any(
            c.morph.get("Mood") == ["Cnd"] or _conditional_form(c)
            or c.morph.get("Tense") == ["Imp"] for c in (verb, *verb.children)
            if c == verb or c.dep_.startswith("aux")):
        # (not in the reportive conditional: "le projet d'accord prévoirait une amnistie"
        # is what it provides for on hearsay, reported; nor in the imperfect: "Le
        # programme prévoyait des démonstrations" tells the plan as it stood, 4 lines of 4)
        return f"predicted: forecast ({verb.text})"
    if _lemma_in(verb, folded(cues, "announce_forecast_verbs")) and (who := speaker_of(verb)) \
            and _has(verb.doc.text[slice(*_span_of(who))], cues.get("forecaster_nouns", [])):
        # "Météo-France annonce un ciel couvert pour samedi soir": what a forecaster
        # announces is its forecast.
        return f"predicted: forecaster's announcement ({verb.text})"
    if _lemma_in(verb, folded(cues, "commitment_verbs")) and not any(
            c.dep_.startswith("aux") and c.morph.get("Tense") in (["Imp"], ["Past"])
            for c in verb.children):
        # (not "On nous avait promis un tram pour 2022": a promise made long before, told
        # as a past, forecasts nothing now; as in the verbs of saying's own reading)
        return f"predicted: commitment ({verb.text})"
    if obj is not None and fold(obj.lemma_) in folded(cues, "intention_nouns") and not \
            _lemma_in(verb, folded(cues, "opposing_verbs")) and (any(
            t.morph.get("VerbForm") == ["Inf"] for t in obj.subtree)
            or _intention_clause(obj, cues) is not None):
        return f"predicted: intention ({obj.text})"
    if obj is not None and (hedge := next((c for c in obj.children if c.dep_ == "amod" and fold(
            c.text) in folded(cues, "hedged_adjectives")), None)) is not None:
        # "évoque une possible contamination": what is said is only a possibility.
        return f"possible: {hedge.text}"
    if obj is not None and (fold(obj.lemma_) in folded(cues, "lead_nouns")
                            or fold(obj.text) in folded(cues, "lead_nouns")):
        # "évoque la piste d'un accident domestique", "raised the possibility of a leak":
        # a lead or a hypothesis put forward, not a fact.
        return f"possible: a lead ({obj.text})"
    if obj is not None:
        # "a confirmé une hausse des droits, qui passeront de 178 à 199 euros": what is
        # said is to come; "a annoncé la fermeture de onze magasins d'ici à la fin juin":
        # an announced step with its deadline.
        # (the object's relative clause too, which the parser may hang on a noun it did
        # not make the object; not a clause of time: "tant que les travaux n'auront pas
        # été réalisés")
        inside = {k.i for k in obj.subtree}
        rest = [t for t in verb.sent if t.i in inside or (
            t.dep_ in RELATIVE_DEPS and t.head.i >= obj.i)]
        future = next((t for t in rest if _tagged_future(t) or _future_form(t) or (
            t.tag_ == "MD" and fold(t.text) in ("will", "'ll"))), None)
        if future is not None:
            return f"predicted: future in what is said ({future.text})"
        words = verb.doc.text[obj.left_edge.idx : verb.sent.end_char]
        if _lemma_in(verb, folded(cues, "announcing_verbs")) and (soon := next(
                (c for c in obj.children if c.dep_ == "amod"
                 and fold(c.text) in folded(cues, "upcoming_adjectives")), None)) is not None:
            # "a annoncé la restitution prochaine de 27 objets": a step said to be near
            return f"predicted: announced as to come ({soon.text})"
        if _lemma_in(verb, folded(cues, "announcing_verbs")) and (
                deadline := _has(words, cues.get("deadline_marks", []))):
            return f"predicted: announced by a deadline ({deadline})"
        # (the time in the object or on the verb after it, not in a clause beyond: "n'a
        # pas confirmé ces signalements, se bornant à indiquer qu'un plan avait été mené
        # au printemps")
        timed = [t for t in obj.subtree] + [t for c in verb.children if c.i > obj.i and (
            c.dep_.startswith("obl") or c.dep_ == "advmod") for t in c.subtree]
        when = "".join(t.text_with_ws for t in sorted(timed, key=lambda t: t.i))
        if (_lemma_in(verb, folded(cues, "announcing_verbs"))
                or _lemma_in(verb, folded(cues, "timed_step_verbs"))) and (
                coming := _has(when, cues.get("coming_times", []))):
            # "a confirmé l'ouverture d'une classe à la rentrée": a step set for a time
            # to come
            return f"predicted: announced for a time to come ({coming})"
        # (or a phrase of several words: "une journée de grève le 14 mars")
        events = folded(cues, "announced_events")
        held = next((c for c in obj.children if c.dep_ == "nmod" and c.i > obj.i), None) \
            if fold(obj.lemma_) in folded(cues, "event_holding_nouns") else None
        if held is not None:
            obj = held  # "a annoncé la tenue d'une réunion publique le 9 octobre"
        if _lemma_in(verb, folded(cues, "announcing_verbs")) and (
                fold(obj.lemma_) in events or fold("".join(
                    t.text_with_ws for t in obj.subtree if obj.i <= t.i <= obj.i + 2
                )).startswith(tuple(e for e in events if " " in e))):
            # "a annoncé une nouvelle mobilisation le 14 juin": an event to come
            return f"predicted: announced event ({obj.text})"
    return None


def _past_adjuncts(verb: Token, cues: dict[str, Any], keep: frozenset[str] = frozenset(),
                   start: int | None = None) -> Token | None:
    """The first word after a verb that is not an adjunct, as the parser often hangs what
    follows the adjuncts elsewhere: words of time and adverbs, one prepositional phrase
    ("a assuré dans la matinée que", "dénoncent depuis l'été des loyers", "se demandent
    en privé si") and insertions between commas (", via son agence Amaq,").  Words in
    ``keep`` ("si", "que", "des") stop the search."""
    times = folded(cues, "time_words")
    stressed = folded(cues, "stressed_pronouns")
    doc, end = verb.doc, verb.sent.end
    i, pps = (verb.i + 1 if start is None else start), 0
    while i < end and fold(doc[i].text) not in keep:
        t = doc[i]
        # (and a stressed pronoun that stresses the subject: "s'interrogent eux aussi sur")
        if fold(t.text) in times or t.pos_ == "ADV" or (
                t.pos_ == "PRON" and fold(t.text) in stressed and t.i == verb.i + 1):
            i += 1
        elif t.text == ",":
            close = next((k for k in range(i + 1, end) if doc[k].text == ","), None)
            if close is None:
                return None
            i = close + 1
        elif t.pos_ == "ADP" and pps < 2:
            # ("affirme au contraire à Ouest-France que": two phrases at most.)
            pps += 1
            i += 1
            while i < end and doc[i].pos_ in ("DET", "ADJ", "NUM"):
                i += 1  # the phrase's own article ("depuis des mois")
            if i < end and fold(doc[i].text) not in keep:
                i += 1  # the phrase's noun, whatever the tagger made of it ("depuis l'été")
            # ("au Dauphiné libéré": a name's participle the tagger took for a verb.)
            while i < end and (doc[i].pos_ in ("NOUN", "PROPN", "ADJ") or (
                    _adjectival(doc[i]) and doc[i].head.i == i - 1)) and \
                    fold(doc[i].text) not in keep:
                i += 1
        else:
            break
    return doc[i] if i < end else None


def _concession(mark: Token, cues: dict[str, Any]) -> bool:
    """Whether a condition's mark opens a concession ("saluent un lieu « enfin
    sécurisé », même si certains regrettent ...", "even if"): what is granted, no
    hypothesis."""
    return _has(mark.doc[max(0, mark.i - 1) : mark.i + 1].text,
                cues.get("c_concessions", [])) is not None


def _object_by_form(verb: Token, cues: dict[str, Any]) -> tuple[int, int] | None:
    """The noun object of a verb read by its place when the parser hung it elsewhere
    (see ``_past_adjuncts``): a determiner and a noun, up to the next punctuation."""
    partitive = folded(cues, "partitive_articles")
    end = verb.sent.end
    nxt = verb.doc[verb.i + 1] if verb.i + 3 < end else None
    bare = folded(cues, "adjective_partitives")
    if nxt is not None and (
            (fold(nxt.text) in folded(cues, "quantity_adverbs") and fold(nxt.nbor().text) in bare)
            or (fold(nxt.text) in bare and nxt.nbor().pos_ == "ADJ"
                and verb.doc[nxt.i + 2].pos_ == "NOUN")):
        # "prévoit peu de précipitations", "prévoit de fortes pluies jeudi": an object
        # opened by a quantity or by "de" before its adjective, which the parser hung
        # elsewhere as an adjunct.
        return _to_punctuation(nxt, end)
    first = _past_adjuncts(verb, cues, partitive)
    if first is not None and first.text in ("«", "“", '"') and first.i + 2 < end:
        first = verb.doc[first.i + 1]  # "n'a pas exclu « des départs volontaires »"
    if first is not None and first.i + 1 < end and not any(
            t.is_punct for t in verb.doc[verb.i + 1 : first.i]) and (
            (first.like_num and verb.doc[first.i + 1].pos_ == "NOUN")
            or (first.pos_ == "PROPN" and first.i > verb.i + 1)):
        # "recense pour sa part au moins 47 détentions", "accusent pour leur part Rome
        # de ...": a figure or a name opens the object after the adjuncts.
        return _to_punctuation(first, end)
    if first is None or first.i + 1 >= end or not (
            first.pos_ == "DET" or first.dep_ == "det" or fold(first.text) in partitive or (
                # ("a réclamé, dans un communiqué, « toute la transparence »": "toute"
                # before its article, tagged an adjective)
                fold(first.text) in folded(cues, "predeterminers")
                and verb.doc[first.i + 1].pos_ == "DET")):
        # (a determiner the tagger took for an adjective: "a démenti vendredi toute intrusion")
        return None
    if _lemma_in(verb, folded(cues, "belonging_verbs")) and (
            fold(first.text) in folded(cues, "definite_contractions") or (
                fold(first.text) in ("de", "d'", "d’") and fold(verb.doc[first.i + 1].text)
                in folded(cues, "definite_articles_after_de"))):
        # ("ne relèvent pas du régime des calamités agricoles": "relever de" places a thing
        # under a rule or a body; no finding is told, as "relève des lacunes" tells one)
        return None
    after = verb.doc[first.i + 1]
    if after.pos_ == "DET" and first.i + 2 < end:
        after = verb.doc[first.i + 2]  # ("toute la transparence")
    if after.text in ("«", "“", '"') and first.i + 2 < end:
        after = verb.doc[first.i + 2]  # "a dénoncé mercredi une « décision politique »"
    if after.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM"):
        return None
    return _to_punctuation(first, end)


def _question_opening(verb: Token, marks: set[str], cues: dict[str, Any]) -> Token | None:
    """Where a question opens after a verb of asking, past its adjuncts: at "si"/"whether"
    ("se demandent si", "debated whether"), or after the "sur" of a reflexive
    "s'interroger sur la capacité de ..." (the question is about that)."""
    words = folded(cues, "question_words")
    first = _past_adjuncts(verb, cues, frozenset(marks) | folded(cues, "question_preps") | words)
    if first is not None and first.text in ("«", "“", '"') and first.i + 1 < verb.sent.end:
        first = verb.doc[first.i + 1]  # "se demande « comment garder des familles ... »"
    if first is None or first.i >= verb.sent.end - 1:
        return None
    word = fold(first.text)
    if word in marks or word in words:
        return first
    if word in folded(cues, "question_preps") and any(
            c.morph.get("Reflex") == ["Yes"] for c in verb.children):
        return verb.doc[first.i + 1]
    return None



def _feared(verb: Token, obj: Token | None, cues: dict[str, Any]) -> tuple[Token, str] | None:
    """What a fear or an expectation with no clause is about, and the certainty it gives
    it: "redoute une fermeture" (possible), "s'attend à une offensive", "expect a rate
    cut" (probable).  A lexicon entry written "s'attendre" needs the reflexive."""
    # ("Party insiders had feared a narrower margin": a fear of before, told as such, says
    # what they thought then, no likelihood now.)
    before = any(c.dep_.startswith("aux") and fold(c.lemma_) in ("have", "avoir") and
                 c.morph.get("Tense") in (["Past"], ["Imp"]) for c in verb.children)
    for key, now in (("fear_verbs", "possible"), ("expectation_verbs", "probable")):
        # ("« On ne s'attendait pas à un tel engouement »": a surprise told, no likelihood)
        certainty = "reported" if before or _surprise(verb, cues) else now
        if _listed_verb(verb, key, cues):
            if obj is not None and fold(obj.text) in folded(cues, "awaited_crowds") and any(
                    c.dep_ == "nummod" for c in obj.children):
                return None  # "expects about 120,000 visitors": a crowd awaited, below
            if obj is not None and obj.pos_ in ("NOUN", "PROPN"):
                if key == "fear_verbs" and _worry_told(verb, cues):
                    # "s'inquiètent du bruit et de la circulation": a worry about a thing
                    # named is told, a stance (writers read it so), unlike "redoutent une
                    # fermeture" or a worry for something ("pour l'avenir de la poste")
                    return obj, "reported"
                return obj, certainty
            target = next((c for c in verb.children if c.dep_.startswith("obl")
                           and c.pos_ == "NOUN" and any(k.dep_ == "case" and fold(k.text) == "a"
                                                        for k in c.children)), None)
            return (target, certainty) if target is not None else None
    return None


def _measured(verb: Token, cues: dict[str, Any]) -> bool:
    """Whether a verb tells a measurement taken ("relève chaque matin la température";
    ``measuring_verbs``, ``measured_nouns``): an activity, no finding told ("relève de
    graves lacunes")."""
    if not _lemma_in(verb, folded(cues, "measuring_verbs")) or any(
            c.dep_ == "ccomp" for c in verb.children):
        return False
    # (the words after it, before any "que": "relève que le niveau de la rivière a baissé"
    # tells a finding; and with no figure: "Météo-France a relevé 38 millimètres de
    # précipitations" gives one on the body's word)
    words = list(itertools.takewhile(lambda t: fold(t.text) not in _THAT,
                                     verb.doc[verb.i + 1 : verb.sent.end]))
    measured = folded(cues, "measured_nouns")
    figure = any(t.like_num and (fold(t.head.lemma_) in measured or (
        t.i + 1 < len(t.doc) and fold(t.doc[t.i + 1].lemma_) in measured)) for t in words)
    # (the measure with its own article: not "relève « des relevés de température
    # incomplets »", a finding about readings)
    return not figure and any(
        fold(t.lemma_) in measured and any(c.dep_ == "det" for c in t.children)
        for t in words if t.pos_ == "NOUN")


def _challenge(verb: Token, opening: Token, cues: dict[str, Any]) -> bool:
    """Whether a question verb and the word opening its question challenge what they take as
    known ("questioned why the decision had come so late"; ``challenge_questions``): what
    was said, reported, no question left open."""
    return f"{fold(verb.lemma_)} {fold(opening.text)}" in folded(cues, "challenge_questions")


def _verb_start(verb: Token) -> Token:
    """The first word of a verb's form: its auxiliary before it, or the verb."""
    return min([verb, *(c for c in verb.lefts if c.dep_.startswith("aux"))], key=lambda t: t.i)


def _incise_by_its_comma(verb: Token) -> bool:
    """Whether a verb with no subject of its own before it comes right after a comma, its
    auxiliary first ("Le modèle pourrait ..., a nuancé un magistrat de la chambre"): an
    incise whose speaker follows, whatever the parser hung the words after it on."""
    first = _verb_start(verb)
    return first.i > verb.sent.start and verb.doc[first.i - 1].text == "," and not any(
        c.dep_ in SUBJECT_DEPS and c.i < verb.i for c in verb.children)


def _after_comma(verb: Token) -> bool:
    """Whether the verb opens a phrase after a comma with a definite noun or a name after
    it ("..., a annoncé l'ONU"): that noun is the speaker, inverted, not what was said
    ("..., décrivent des cadences intenables" says what was described)."""
    subject = next((c for c in verb.lefts if c.dep_ in SUBJECT_DEPS), None)
    # "A procédé à un échange, le premier depuis deux mois, ont annoncé les deux pays":
    # an apposition after a clause is no subject, the phrase is an incise.
    apposed = subject is not None and subject.left_edge.i > verb.sent.start and \
        verb.doc[subject.left_edge.i - 1].text == "," and any(
            t.pos_ in ("VERB", "AUX") and t.morph.get("VerbForm") == ["Fin"]
            for t in verb.doc[verb.sent.start : subject.left_edge.i])
    # ("Le transporteur table sur ..., a indiqué sa porte-parole": a second subject after
    # the verb is the inverted speaker; the first was the content's.)
    inverted = any(c.dep_ in SUBJECT_DEPS and c.i > verb.i for c in verb.children)
    # (what its own participle says, "welcomed the result, saying the cap would have
    # ...", not a finite verb joined or hung on it: "a souligné X, a atteint ...")
    own = {t.i for c in verb.children if c.dep_ != "conj" and c.morph.get("VerbForm") != ["Fin"]
           and not any(a.dep_.startswith("aux") and a.morph.get("VerbForm") == ["Fin"]
                       for a in c.children) for t in c.subtree}
    if subject is not None and not apposed and not inverted and not any(
            t.i > verb.i and t.pos_ in ("VERB", "AUX") and t.morph.get("VerbForm") == ["Fin"]
            and t.i not in own for t in verb.sent):
        # "L'avocat, Me X, a regretté « la lenteur »": the subject came first; but in "La
        # fréquentation, a souligné la directrice, a atteint ..." the sentence goes on.
        return False
    first = _verb_start(verb)
    obj = next((c for c in verb.rights if c.dep_ in ("obj", "dobj", "nsubj")), None)
    # ("..., a confirmé un porte-parole de la collectivité": one who speaks, unnamed, when
    # no subject came before; not "Plusieurs habitants ..., saluaient « un maire ... »")
    # (or a possessive on the inverted subject: "..., a annoncé son représentant dans le
    # pays"; not on an object, "a reconnu sa défaite")
    definite = obj is not None and (obj.pos_ == "PROPN" or any(
        d.dep_ == "det" and (d.morph.get("Definite") == ["Def"] or (
            d.morph.get("Poss") == ["Yes"] and obj.dep_ == "nsubj"))
        for d in obj.children) or (
        subject is None and fold(obj.text) in (folded(cues_for(verb.lang_), "body_voices")
                           | folded(cues_for(verb.lang_), "source_nouns")
                           | folded(cues_for(verb.lang_), "title_nouns"))))
    after_quote = first.i > 1 and verb.doc[first.i - 2].text in ("»", "”", '"')
    return first.i > 0 and verb.doc[first.i - 1].text in (",", "—", "–") and (
        definite or after_quote)  # "», raconte un voisin": the incise after a quote
