"""How surely a claim is stated: negation, conditional mood, modal verbs, hedges, future
forms, conditions and estimates, strongest first (``CERTAINTY_ORDER``, ``strongest``).

Apart because certainty is read from the content's words whoever said them; the report
finders only borrow a few of its tests (``_declined``, ``_refusal``, ``_quoted_titles``,
``_modifying_participle``).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, Any

from newstrace.analyze.claims._cues import (
    _has,
    _masked,
    _person_noun,
    _speaker_nouns,
    cues_for,
    folded,
)
from newstrace.analyze.claims._syntax import (
    _DEGREE,
    _NE,
    _OPENING_QUOTES,
    _QUESTION_MARKS,
    _THAT,
    RELATIVE_DEPS,
    SUBJECT_DEPS,
    _adjectival,
    _inside_quote,
    _tokens,
)
from newstrace.analyze.claims._verbs import (
    _challenged,
    _intent_kinds,
    _lemma_in,
    _listed_verb,
    cue_lemma,
)
from newstrace.nlp.dates import fold
from newstrace.nlp.parse import ParsedBlock

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token


#: Strongest first: when several cues apply, the first in this list wins.
CERTAINTY_ORDER = ("denied", "hypothetical", "possible", "probable", "estimate", "predicted",
                   "reported", "asserted")


def _own_future(heads: list[Token], cues: dict[str, Any]) -> bool:
    """Whether a reported clause tells what its speaker will do: its subject is a personal
    pronoun ("it", "they", "elle", "nous"; a speaker's own plan is told of themself) and
    its verb is in the future of the past ("would", "présenterait"), or, in English, a
    past progressive with a time to come ("was opening ... next month")."""
    pronouns = folded(cues, "own_pronouns")
    root = heads[0] if heads else None
    if root is None or not any(c.dep_ in SUBJECT_DEPS and c.pos_ == "PRON"
                               and fold(c.text) in pronouns for c in root.children):
        return False
    if _future_in_past(heads, cues):
        return True
    coming = folded(cues, "coming_time_words")
    # (not "the next", a moment of a story told: "One second she was clapping, the next
    # she was screaming")
    return root.tag_ == "VBG" and any(c.dep_ == "aux" and c.morph.get("Tense") == ["Past"]
                                      for c in root.children) and any(
        fold(t.text) in coming and not (t.i > 0 and fold(t.doc[t.i - 1].text) == "the")
        for t in root.subtree)


def _future_in_past(heads: list[Token], cues: dict[str, Any]) -> bool:
    """Whether a reported clause tells the future: a future or a conditional verb (the
    French future of the past, "serait rouverte"), or "will"/"would" ("would clear")."""
    will = folded(cues, "future_auxiliaries")
    # (the first clause's: "said it was cooperating and would pay for hotel rooms" tells
    # first what is, and a second verb joined to it does not make that a forecast)
    verbs = [t for t in heads if t.pos_ in ("VERB", "AUX") and not t.dep_.startswith("aux")]
    joined = {t.i for t in verbs if t.dep_ == "conj" and verbs and t.i > verbs[0].i}
    first = [t for t in heads if t.i not in joined and t.head.i not in joined] or heads
    # ("otherwise it would have started flaking": a past that did not happen, no future)
    return any(_tagged_future(t) or _tagged_conditional(t)
               or _future_form(t) or _conditional_form(t) or (
                   fold(t.text) in will and not (
                       t.i + 1 < len(t.doc) and fold(t.doc[t.i + 1].text) in ("have", "'ve")
                       and t.doc[t.i + 1].dep_.startswith("aux")))
               for t in first)


def _unnamed(pb: ParsedBlock, start: int, end: int, tokens: list[Token]) -> str:
    """The content's text with proper names blanked: a name never hedges a claim ("in May",
    "Will Smith", "Maybe Records"), though its letters spell a cue word."""
    chars = list(pb.norm.text[start:end])
    for t in tokens:
        if t.pos_ == "PROPN" and t.idx >= start:
            for i in range(t.idx - start, min(t.idx - start + len(t.text), len(chars))):
                chars[i] = " "
    return "".join(chars)


def _predicate(tok: Token) -> bool:
    """Whether ``tok`` heads a clause: a verb, or a noun or adjective with a copula ("n'est
    pas grave", "ne suis candidat à rien"), or with the finite verb of an idiom the parser
    made its auxiliary ("La boîte n'a pas vocation à remplacer ...", "n'a pas lieu"), or
    the sentence's root."""
    return tok.pos_ in ("VERB", "AUX") or tok.dep_ == "ROOT" or any(
        c.dep_ == "cop" or (c.dep_ == "aux:tense" and c.morph.get("VerbForm") == ["Fin"])
        for c in tok.children)


def _in_condition(tok: Token, marks: set[str]) -> bool:
    """Whether ``tok`` stands in an "if" clause: "if the bill is not passed, X will ..."
    states a hypothesis, not a denial."""
    for anc in [tok, *tok.ancestors]:
        if any(c.dep_ == "mark" and fold(c.text) in marks for c in anc.children):
            return True
    return False


def _in_adverbial(tok: Token, marks: frozenset[str],
                  concessions: frozenset[str] = frozenset()) -> bool:
    """Whether ``tok`` stands in an adverbial clause of time, cause or contrast ("sera
    reconduit tant que le ministère n'aura pas retiré son texte", "because it was not
    safe", "même s'il reconnaît que « rien n'est gagné »"): its negation is a
    circumstance, and denies nothing of the claim. The mark is one word ("because"), a
    word before "que" ("parce que", "tant que") or a concession ("même si")."""
    for anc in [tok, *tok.ancestors]:
        for c in anc.children:
            if c.dep_ != "mark":
                continue
            before = fold(c.doc[c.i - 1].text) if c.i > 0 else ""
            after = fold(c.doc[c.i + 1].text) if c.i + 1 < len(c.doc) else ""
            if fold(c.text) in marks or (fold(c.text) in _THAT and before in marks) or \
                    f"{before} {fold(c.text)}" in concessions or \
                    f"{fold(c.text)} {after}" in concessions:  # ("même" marks, "s'" fixed)
                return True
    return False


def _negated(verb: Token, cues: dict[str, Any]) -> bool:
    """Whether a negation word hangs on a verb, or on an adverb of it ("n'a pas encore
    fait savoir", "n'a pas encore réagi": the parser hangs "pas" on "encore")."""
    negation = folded(cues, "c_negation")
    return any(fold(c.text) in negation for c in [*verb.children, *(
        g for a in verb.children if a.dep_ == "advmod" for g in a.children)])


def _head_verb(roots: list[Token], lemmas: frozenset[str], cues: dict[str, Any],
               also: Callable[[Token], bool] = lambda t: True) -> Token | None:
    """The first of the content's heads that is a verb of ``lemmas`` with no negation word
    of its own (and what ``also`` asks of it): an aim, an expectation told as such, not
    denied."""
    negation = folded(cues, "c_negation")
    return next((t for t in roots if t.pos_ == "VERB" and _lemma_in(t, lemmas) and also(t)
                 and not any(fold(c.text) in negation for c in t.children)), None)


def _told_in_the_past(verb: Token) -> bool:
    """Whether a verb is a past ("said", "a indiqué", "avait annoncé")."""
    return verb.tag_ == "VBD" or (verb.morph.get("Tense") in (["Past"], ["Imp"]) and (
        verb.morph.get("VerbForm") == ["Fin"] or any(
            c.dep_.startswith("aux") for c in verb.children)))


def _subordinate(verb: Token) -> bool:
    """Whether ``verb`` is a clause standing as a subject or a modifier, whose negation
    says nothing of the content's truth: "paying no income taxes was smart", "not wanting
    to fight, he left"."""
    return verb.dep_ in ("csubj", "csubjpass", "csubj:pass") or (
        verb.morph.get("VerbForm") in (["Ger"], ["Part"]) and verb.dep_ in (
            "advcl", "acl", "pcomp", "amod")
        and not any(c.dep_.startswith("aux") for c in verb.children)) or (  # "ne nous a prévenus"
        # (or a clause such a modifier governs: "a joué la montre en pensant que personne
        # n'oserait bloquer la première")
        verb.dep_ in ("ccomp", "xcomp") and verb.head.i != verb.i and _subordinate(verb.head))


#: The lexicon lists whose verbs speak: a question left unanswered is told with one.
_SPEECH_LISTS = ("reporting_verbs", "np_reporting_verbs", "comment_verbs", "answer_verbs",
                 "verification_verbs")


def _declined(verb: Token, cues: dict[str, Any]) -> bool:
    """Whether a verb of saying tells a question left unanswered ("declined to say how
    many", "did not say whether", "a refusé de dire si"): the outlet's fact, nobody's claim.
    Only a verb of speech: "has not yet decided whether", "have not determined what
    started the fire" deny a decision or a finding, which is no silence."""
    if not any(_lemma_in(verb, folded(cues, k)) for k in _SPEECH_LISTS):
        return False
    negation = folded(cues, "c_negation")
    held = any(fold(c.text) in negation for c in verb.children) or (
        verb.dep_ == "xcomp" and (_lemma_in(verb.head, folded(cues, "declining_verbs")) or any(
            fold(c.text) in negation for c in verb.head.children)))
    asking = folded(cues, "question_words") | _QUESTION_MARKS
    # (the question may come after the request it answered: "did not respond to a request
    # for comment on how many workers it planned to hire")
    for t in verb.doc[verb.i + 1 : min(verb.i + 10, verb.sent.end)]:
        if fold(t.text) in asking and t.pos_ != "CCONJ" and not (
                t.i + 1 < len(t.doc) and fold(t.doc[t.i + 1].text) in _THAT):
            # ("ou", not "où", folded alike; nor "qui que ce soit", anyone)
            return held
        if not t.is_punct and t.pos_ not in ("ADP", "DET", "NOUN", "ADJ", "PROPN"):
            return False
        if t.is_punct and t.text not in ("«", "“", '"'):
            return False
    return False


def _refused_alike(verb: Token, cues: dict[str, Any]) -> bool:
    """Whether a verb is joined to a negated verb of a refusal to speak ("n'a ni confirmé
    ni démenti ce vol de données"): no answer either, the outlet's plain fact."""
    return verb.dep_ == "conj" and _refusal(verb.head, cues) and _negated(verb.head, cues)


def _refusal(verb: Token, cues: dict[str, Any]) -> bool:
    """Whether negating ``verb`` tells a refusal to speak, the outlet's plain fact and no
    denial: a verb of speech ("would not elaborate", "ne s'est pas exprimé") or a verb of
    will with one ("n'a pas souhaité s'exprimer", "did not want to comment"); not in the
    passive, which tells what was kept from others."""
    speech = folded(cues, "comment_verbs")
    if any(c.dep_ in ("aux:pass", "auxpass") for c in verb.children):
        return False  # "Ce document n'a jamais été communiqué aux parents": kept from them
    if any(c.dep_ in ("dobj", "obj") and fold(c.lemma_) in folded(cues, "c_uttered_nouns")
           and any(k.dep_ == "det" and (k.morph.get("PronType") == ["Dem"]
                                        or k.morph.get("Definite") == ["Def"])
                   for k in c.children) for c in verb.children):
        # "Je n'ai jamais prononcé ces mots": words denied, not a refusal (but "n'a pas
        # commenté le tir", "n'a pas précisé le nombre" refuse)
        return False
    if fold(verb.lemma_) in folded(cues, "object_comment_verbs") and not any(
            c.dep_ in ("dobj", "obj") for c in verb.children):
        return False  # "power had not returned": no call or message left unanswered
    if fold(verb.lemma_) in folded(cues, "contact_verbs") and not any(
            c.dep_ in ("dobj", "obj") and c.pos_ in ("PROPN", "PRON") for c in verb.children):
        return False  # "Rescuers could not reach the ridge": a place, nobody unanswering
    if fold(verb.lemma_) in speech or any(  # "n'a pas fait savoir": a phrase of speech
            c.dep_ == "xcomp" and f"{fold(verb.lemma_)} {fold(c.lemma_)}" in speech
            for c in verb.children):
        return True
    return fold(verb.lemma_) in folded(cues, "refusal_verbs") and any(
        c.dep_ == "xcomp" and fold(c.lemma_) in speech for c in verb.children)


def _modifying_participle(tok: Token) -> bool:
    """"des personnes ayant pu consommer les produits": a participle, perfect or not,
    that qualifies a noun."""
    return tok.dep_ == "acl" and tok.morph.get("VerbForm") == ["Part"] and \
        tok.head.pos_ in ("NOUN", "PROPN", "PRON") and all(
            c.morph.get("VerbForm") in (["Part"], ["Ger"])
            for c in tok.children if c.dep_.startswith("aux"))


def _place_relative(tok: Token) -> bool:
    """Whether ``tok`` heads a relative clause of place or of whose ("..., où les trois
    courts vont être remplacés"): what is to come there says what the place is, not the
    claim's time (a subject relative may be the claim itself: "ce sont les plus fragiles
    qui vont payer")."""
    # (whatever the parser called it: "..., où les courts ... vont être remplacés", an
    # adverbial clause of the main verb)
    opening = next((t for t in tok.subtree if not t.is_punct), tok)
    return tok.dep_ != "ROOT" and opening.morph.get("PronType") == ["Rel"] and fold(
        opening.text) in {fold(w) for w in ("où", "where", "dont", "whose")}


def _aside(tok: Token, within: set[int]) -> bool:
    """Whether ``tok`` stands in a side clause of the content, whose negation or denial is
    not the content's: a relative clause ("the owner, who is not named in the
    indictment, is cooperating"), a participle on a noun ("un chiffre contesté par la
    direction"), or a clause joined after the first ("had been contacted but that no talks
    had been scheduled", "Nous irons jusqu'au bout, mais nous ne laisserons pas"): the
    claim an analyst cites first is the first clause's."""
    for a in [tok, *tok.ancestors]:
        if a.i in within and a.head.i not in within and a.dep_ in RELATIVE_DEPS and any(
                i < a.left_edge.i for i in within) and next(
                (t for t in a.subtree if not t.is_punct), a).morph.get("PronType") == ["Rel"]:
            # "justifie cette décision par le départ de deux agents, qui ne seront pas
            # remplacés": the parser hung the relative clause on a word before the
            # content, after which it still stands aside.
            return True
        if a.i not in within or a.head.i == a.i or a.head.i not in within:
            return False
        # (the phrase's first word, past its punctuation, comes right after a comma)
        set_off = a.doc[next((t.i for t in a.subtree if not t.is_punct), a.i) - 1].text == ","
        opening = next((t for t in a.subtree if t.pos_ != "ADP" and not t.is_punct), a)
        if a.dep_ in RELATIVE_DEPS or _adjectival(a) or _modifying_participle(a) or (
                # (or a noun with its own auxiliary the parser made the clause's head:
                # "..., qui n'ont pas accès aux démarches en ligne")
                (a.pos_ in ("VERB", "AUX") or any(
                    c.dep_.startswith("aux") for c in a.children)) and opening.i < a.i
                and opening.morph.get("PronType") == ["Rel"]) or (
                # (an English relative word the model left unmarked, set off: "..., which
                # could complicate efforts to free it")
                a.pos_ in ("VERB", "AUX") and opening.i < a.i and set_off
                and opening.tag_ in ("WDT", "WP")) or (
                # ("..., là où il n'y a aucune caméra": the relative word after an adverb)
                a.pos_ in ("VERB", "AUX") and opening.pos_ == "ADV" and opening.i + 1 < a.i
                and a.doc[opening.i + 1].morph.get("PronType") == ["Rel"]):
            # (a relative clause the parser called something else: "..., dont la
            # létalité peut atteindre 30 %", "..., sur lesquels il n'aurait aucune prise")
            return True
        if a.dep_ == "conj" and a.pos_ in ("VERB", "AUX") and a.head.pos_ in ("VERB", "AUX"):
            return True
        if a.dep_ == "dep" and a.pos_ in ("VERB", "AUX") and a.head.pos_ == "NOUN" and any(
                c.dep_ == "mark" and fold(c.text) in _THAT for c in a.children):
            return True  # "une chance qu'ils n'auraient peut-être pas": a relative clause
        if a.dep_ in ("ccomp", "advcl") and a.pos_ in ("VERB", "AUX") and a.head.pos_ in (
                "ADJ", "ADV") and any(c.dep_ == "mark" and fold(c.text) in _THAT
                                      for c in a.children) and any(
                c.dep_ == "advmod" and fold(c.text) in _DEGREE for c in a.head.children):
            # "found oxygen levels so low that few fish could survive there": a clause of
            # consequence says how low; its modal or negation is not the claim's.
            return True
        if a.pos_ == "VERB" and a.i > a.head.i and set_off and (any(
                c.dep_.startswith("aux") and c.morph.get("VerbForm") in (["Part"], ["Ger"])
                for c in a.children) or (
                    a.tag_ == "VBG" and a.dep_ == "advcl"
                    and not any(c.dep_.startswith("aux") for c in a.children))):
            # "..., de nombreux cas bénins n'ayant pas donné lieu à une consultation",
            # "..., meaning it was no longer transmitted": a participle clause set off after
            # the claim gives its reason or its consequence.
            return True
        if a.dep_ == "acl" and a.head.pos_ in ("NOUN", "PROPN", "PRON") and any(
                c.dep_ in SUBJECT_DEPS or (c.dep_ == "mark" and fold(c.text) in _THAT) or (
                    c.dep_.startswith("aux") and c.morph.get("VerbForm") == ["Fin"])
                for c in a.children) and not any(
                c.dep_ == "mark" and fold(c.text) not in _THAT for c in a.children):
            # "un niveau de tension que nous n'avions pas connu": a clause with its own
            # subject that says what the noun is, whatever the parser called its "que".
            return True
        mark = next((c for c in a.children if c.dep_ == "mark" and fold(c.text) in _THAT), None)
        if a.dep_ == "ccomp" and mark is not None and mark.i > 0 and (
                noun := a.doc[mark.i - 1]).pos_ == "NOUN" and noun.dep_ in ("obj", "dobj") \
                and noun.head.i == a.head.i:
            # "Nous vivons une crise que nous n'avions jamais connue": the parser made the
            # relative clause on the object a second complement of the verb.
            return True
        if (a.dep_ == "appos" or (a.dep_ in ("conj", "obl:mod", "nmod") and a.pos_ == "NOUN"
                                  and not any(c.dep_ == "cc" for c in a.children))) and \
                a.i > a.head.i and set_off and a.right_edge.i >= max(within) - 1:
            # "..., des faits susceptibles de constituer des crimes de guerre": a remark
            # set off after a noun.
            return True
        # (also a finite verb the parser hung on a noun: "un banc pour que personne ne
        # reste seul")
        if (a.dep_ == "advcl" or (a.dep_ == "nmod" and a.pos_ in ("VERB", "AUX"))) and any(
                c.dep_ == "mark" and fold(c.text) in folded(
                    cues_for(a.lang_), "adverbial_marks") for c in a.children):
            # "..., as some people may not yet have reported their symptoms": a reason or
            # a time, not the claim.
            return True
    return False


def _indirect_question(tok: Token) -> bool:
    """Whether ``tok`` is the verb of a clause that an interrogative word opens under
    another verb ("on ne sait pas comment on va payer nos loyers"): what is to come is
    asked about, not forecast."""
    return tok.dep_ == "ccomp" and any(c.morph.get("PronType") == ["Int"] and c.i < tok.i
                                       for c in tok.children)


def _weather_awaited(tokens: list[Token], cues: dict[str, Any],
                     crowds: bool = False) -> str | None:
    """The participle of awaiting ("attendus", "expected") in a content that gives a figure
    in a unit of the weather (``weather_units``: "42 °C", "80 mph"), or (``crowds``) a
    crowd counted (``awaited_crowds``: "15 000 visiteurs sont attendus"), if any."""
    units = folded(cues, "weather_units")
    people = folded(cues, "awaited_crowds") if crowds else frozenset()
    if not any(t.like_num and t.i + 1 < len(t.doc) and (
            fold(t.doc[t.i + 1].text) in units
            or fold(t.doc[t.i + 1 : min(t.i + 3, len(t.doc))].text).replace(" ", "") in units
            or (t.dep_ in ("nummod", "det") and fold(t.head.text) in people))
            for t in tokens):
        return None
    return next((t.text for t in tokens if fold(t.lemma_) in ("attendre", "expect")
                 and t.morph.get("VerbForm") == ["Part"]), None)


def _past_ability(modal: Token, cues: dict[str, Any]) -> bool:
    """Whether a modal of possibility tells what could be done at a time gone by, which a
    word of its clause dates (``past_ability_marks``: "Ten years ago you could sell a
    decent collection"): a past ability told, no hedge ("could have sold it years ago" is
    what might have been)."""
    marks = cues.get("past_ability_marks", [])
    if not marks:
        return False  # (asked of every verb of a claim: no subtree text built for nothing)
    head = modal.head if modal.dep_.startswith("aux") else modal
    if any(c.dep_.startswith("aux") and c.lemma_ == "have" for c in head.children):
        return False
    # (an adverbial of the modal's own verb, not a word deep in its subject: "falling rolls
    # — an estimated 40 fewer pupils than five years ago — could lead to ...")
    return any(c.dep_ in ("advmod", "npadvmod", "prep", "obl", "obl:mod") and _has(
        " ".join(t.text for t in c.subtree), marks) for c in head.children)


def _future_in_side_clause(tok: Token, cues: dict[str, Any]) -> bool:
    """Whether the future ``tok`` is the verb (or its auxiliary) of a clause of time or of
    an indirect question (``side_clause_marks``, or an interrogative word) under a verb
    that is not itself to come: "sans savoir quand nous partirons", "a préparé une
    version, prête à être présentée dès que la pression retombera" say when something
    will happen within a claim that is no forecast ("Le chantier reprendra dès que ..."
    stays one, by its own future)."""
    head = tok.head if tok.dep_.startswith("aux") else tok
    if head.dep_ not in ("advcl", "ccomp") or head.head.i == head.i:
        return False
    marks = folded(cues, "side_clause_marks")
    if not any(c.dep_ in ("mark", "advmod") and c.i < head.i and (
            fold(c.text) in marks or c.morph.get("PronType") == ["Int"])
            for c in head.children):
        return False
    ruler = head.head
    return not any(_tagged_future(t) or _future_form(t) or (
        t.tag_ == "MD" and fold(t.lemma_) in ("will", "shall"))
        for t in [ruler, *(c for c in ruler.children if c.dep_.startswith("aux"))])


def _later_clause(tok: Token, tokens: list[Token]) -> bool:
    """Whether ``tok`` stands in a clause with a subject of its own, joined after the
    content's first clause by a comma, a colon or a conjunction ("ont baissé de 40 % et
    le site n'est plus viable", "ont été arrêtés dès 2022, le four n'a jamais été rénové",
    "a été touché aux jambes, mais son pronostic vital n'est pas engagé", "n'a qu'une
    valeur consultative : le conseil restera libre"). The parser hangs such a clause
    anywhere, so it is read from the words' order: what an analyst cites first is the
    first clause's claim (as in ``_aside``), its negation and its tense."""
    def main(t: Token) -> bool:  # a finite verb of a clause neither relative nor subordinate
        head = t.head if t.dep_.startswith("aux") or t.dep_ == "cop" else t
        # (nor a noun the tagger made a verb: "passe" of "Les mots de passe", an nmod)
        # (nor a verb of saying inserted before the clause it governs: "Pendant la
        # fermeture, a précisé l'ARS, les patients devront ...")
        inserted = (head.dep_ == "ROOT" or (
            head.dep_ in ("advcl", "parataxis") and head.i < head.head.i)) and \
            t.doc[min([head.i, *(c.i for c in head.children if c.dep_.startswith("aux"))]) - 1
                  ].text == "," and not any(
                      c.dep_ in SUBJECT_DEPS and c.i < head.i for c in head.children)
        return t.pos_ in ("VERB", "AUX") and t.morph.get("VerbForm") == ["Fin"] and \
            head.dep_ not in RELATIVE_DEPS and not (t.pos_ == "VERB" and t.dep_ == "nmod") \
            and not inserted and not any(
                c.dep_ == "mark" and fold(c.text) not in _THAT for c in head.children)
    first = next((t for t in tokens if t.i < tok.i and main(t)), None)
    if first is None:
        return False
    joint = next((t for t in reversed(tokens) if first.i < t.i < tok.i and (
        t.pos_ == "CCONJ" or t.text in (",", ";", ":"))), None)
    if joint is None:
        return False
    # (a second "que" clause of the same verb: "assure que « la situation est sous
    # contrôle » et qu'aucun blessé n'est à déplorer")
    words = [t for t in tokens if joint.i < t.i < tok.i and t.pos_ != "CCONJ"
             and fold(t.text) not in _THAT]
    subject = [t for t in words if t.pos_ in ("NOUN", "PROPN", "PRON")]
    # (the clause's own verb before a negative object: "..., il n'avait aucune intention")
    # ("..., mais le traditionnel défilé de chars fleuris ne traversera pas": a subject
    # with its complement)
    return all(t.pos_ in ("DET", "NOUN", "PROPN", "PRON", "ADJ", "NUM", "AUX", "ADP") or fold(
        t.text) in _NE or (t.pos_ == "VERB" and main(t) and any(
            s.i < t.i and s.dep_.startswith(("nsubj", "expl")) for s in subject)) for t in words) \
        and not any(t.morph.get("PronType") == ["Rel"] for t in words) and (
        bool(subject) or (not words and (tok.pos_ in ("DET", "PRON") or (
            # ("..., personne ne nous a rien dit": a negative subject tagged a noun)
            tok.dep_.startswith("nsubj")))))


def _conditioned(pred: Token, cues: dict[str, Any]) -> bool:
    """Whether a predicate is in the conditional ("would", "serait") with a condition hung
    on it ("unless ...", "si ..."): negated, it denies nothing yet."""
    marks = folded(cues, "c_condition_marks")
    conditional = any(fold(c.text) in folded(cues, "conditional_modals")
                      or c.morph.get("Mood") == ["Cnd"] for c in [pred, *pred.children])
    return conditional and any(c.dep_ in ("advcl", "ccomp") and any(
        m.dep_ == "mark" and fold(m.text) in marks for m in c.children) for c in pred.children)


def _inability(verb: Token, cues: dict[str, Any]) -> bool:
    """Whether a negated verb tells what someone or something cannot do now ("ne peut plus
    accepter", "ne parvient plus à assurer", "cannot keep"): a state stated, not a denial
    of a claim, nor a possibility (not "n'a pas pu", a past attempt)."""
    able = folded(cues, "ability_verbs")
    # (an infinitive too, under a verb of saying: "disent ne plus pouvoir dormir")
    return (fold(verb.lemma_) in able and verb.morph.get("VerbForm") in (["Fin"], ["Inf"])
            and any(
        c.dep_ == "xcomp" and (c.morph.get("VerbForm") == ["Inf"] or any(  # "être garanti"
            k.dep_.startswith("aux") and k.morph.get("VerbForm") == ["Inf"] for k in c.children))
        for c in verb.children)) or any(
        c.dep_ == "aux" and fold(c.lemma_) in able for c in verb.children)


def _perceived(modal: Token, cues: dict[str, Any]) -> bool:
    """Whether a modal of ability on a verb of perceiving, with a person's pronoun for
    subject, tells what was perceived ("I could already see the flames", "You could smell
    it from the bridge", "on pouvait entendre"): a scene told, no possibility (not
    "Hospitals could see a surge in demand", nor a conditional: "on pourrait voir")."""
    if fold(modal.lemma_) not in folded(cues, "perceiving_modals") or \
            modal.morph.get("Mood") == ["Cnd"]:
        return False
    verb = modal.head if modal.dep_ == "aux" else next(
        (c for c in modal.children if c.dep_ == "xcomp"), None)
    if verb is None or not _lemma_in(verb, folded(cues, "perception_verbs")):
        return False
    holder = verb if modal.dep_ == "aux" else modal
    if modal.dep_ == "aux" and any(c.dep_ in ("auxpass", "aux:pass") for c in verb.children) \
            and any((c.dep_ == "prep" and fold(c.text) in ("from", "across"))
                    or (c.dep_ in ("advmod", "prep") and any(
                        fold(k.text) == "away" for k in c.subtree))
                    or (c.dep_ == "xcomp" and c.tag_ == "VBG") for c in verb.children):
        # ("the fire could be seen from more than 10 miles away", "Smoke could be seen
        # rising from the roof": a scene told, whoever saw it)
        return True
    return any(c.dep_ in SUBJECT_DEPS and c.pos_ == "PRON" and c.morph.get("PronType") == [
        "Prs"] for c in holder.children)


def _unable(modal: Token, cues: dict[str, Any]) -> bool:
    """Whether a negated modal of ability tells what could not be done ("ne pouvons plus
    délivrer", with the "plus" hung on the infinitive; "les gens n'en peuvent plus"; "you
    couldn't see your hand"): a state told, no possibility."""
    able = folded(cues, "ability_verbs") | folded(cues, "relative_ability_modals")
    # (a conditional is a possibility, negated or not: "pourrait n'être que la partie
    # émergée", "pourrait ne pas rouvrir")
    if fold(modal.lemma_) not in able or modal.morph.get("Mood") == ["Cnd"] or any(
            c.dep_ == "xcomp" and _lemma_in(c, folded(cues, "open_verbs"))
            for c in modal.children):
        # (what cannot be ruled out is possible: "ne pouvait plus être écartée")
        return False
    if modal.dep_ == "aux":  # ("couldn't see": the negation hangs on the verb)
        return _negated(modal.head, cues)
    # (not the "n'" of "n'importe quel", an idiom the parser may hang on the modal)
    negated = _negated(modal, cues) or any(
        fold(c.text) in _NE and not any(k.dep_ == "fixed" for k in c.children)
        for c in modal.children)
    # ("n'en peuvent plus": no verb after it, with "en", an idiom of exhaustion; not "ne
    # sont jamais parvenus à un accord", which denies)
    return negated and (_inability(modal, cues) or (any(
        c.lower_ == "en" for c in modal.children) and not any(
        c.dep_ in ("xcomp", "obj", "dobj", "ccomp") for c in modal.children)))


def _under_infinitive(pred: Token, within: set[int]) -> bool:
    """Whether a clause opened by "que"/"that" completes an infinitive of the content
    itself ("consistera à démontrer qu'il ne siégeait pas", "to prove that he had not"):
    what is to be said or shown, not what the content states (not the verb of saying's
    own clause: "fait valoir que ...")."""
    return any(c.dep_ == "mark" and fold(c.text) in _THAT for c in pred.children) and \
        pred.head.i != pred.i and pred.head.i in within and \
        pred.head.morph.get("VerbForm") == ["Inf"]


def _past_belief(pred: Token, within: set[int], cues: dict[str, Any]) -> bool:
    """Whether a clause completes a verb of belief in the past ("On a cru qu'on ne
    rouvrirait jamais", "We thought we would never reopen"): a belief
    told as once held, whose negation the speaker does not assert now."""
    believing = pred.head
    if pred.dep_ != "ccomp" or believing.i >= pred.i or believing.i not in within:
        return False
    if not _lemma_in(believing, folded(cues, "stance_verbs")):
        return False
    return believing.morph.get("Tense") in (["Past"], ["Imp"]) or any(
        c.dep_ == "aux:tense" for c in believing.children)


def _joined_to_adjective(tok: Token, within: set[int]) -> bool:
    """Whether a negation stands on a verb joined to a predicate adjective before it ("sont
    inacceptables et n'ont pas leur place"): the first predicate is the claim, the second
    does not deny it (a hedge there still counts: "est provisoire et va très probablement
    augmenter")."""
    verb = tok.head
    return verb.dep_ == "conj" and verb.pos_ in ("VERB", "AUX") and verb.head.i in within \
        and verb.head.i < verb.i and any(c.dep_ == "cop" for c in verb.head.children)


def _past_ignorance(verb: Token, cues: dict[str, Any]) -> bool:
    """Whether a speaker's own quoted words tell what they did not know then, before a
    question ("« Le lendemain, je ne savais plus où j'étais »", "“We didn't know where to
    put it all”", ``knowing_verbs`` and ``knowing_questions``): a state of mind narrated,
    no fact denied (the four such quoted lines of the readable sets read reported; the
    present, "on ne sait pas quand on reprendra", denies what is known, and so does a past
    outside quotes, which reported speech shifts back)."""
    if not _listed_verb(verb, "knowing_verbs", cues) or not _inside_quote(
            verb.doc[verb.sent.start : verb.i].text):
        return False
    past = verb.morph.get("Tense") in (["Imp"], ["Past"]) or any(
        c.dep_.startswith("aux") and c.morph.get("Tense") == ["Past"] for c in verb.children)
    questions = folded(cues, "knowing_questions")
    # (whatever the parser made the question: "où" hung as punctuation)
    return past and any(c.i > verb.i and (not c.is_punct or fold(c.text) in questions)
                        for c in verb.children if fold(c.left_edge.text) in questions)


def _surprise(verb: Token, cues: dict[str, Any]) -> bool:
    """Whether an expectation is denied in the imperfect ("« On ne s'attendait pas à un tel
    engouement »", ``expectation_verbs``): what came was a surprise, told; no likelihood,
    and no fact denied.  (Not an English past, which reported speech shifts back: "said
    it did not expect any change" is a forecast denied.)"""
    return verb.morph.get("Tense") == ["Imp"] and \
        _listed_verb(verb, "expectation_verbs", cues) and _negated(verb, cues)


def _negation(tokens: list[Token], cues: dict[str, Any]) -> Token | None:
    """The word that negates the content: an adverb on its predicate ("did not", "n'a pas",
    "never"), or a negative determiner or pronoun as one of its arguments ("no evidence",
    "aucune décision n'a", "none of the passengers", "ne ... rien"); not inside an "if"
    clause, nor on what a share counted lacks ("11,4 % des assurés n'ont pas de
    médecin"), nor on an aim ("pour ne pas payer")."""
    adverbs = folded(cues, "c_negation")
    words = folded(cues, "c_negative_words")
    marks = folded(cues, "c_condition_marks")
    adverbials = folded(cues, "c_adverbial_marks")
    with_ne = folded(cues, "negation_with_ne")
    alone = folded(cues, "negation_alone_before")
    idioms = [fold(n) for n in cues.get("not_negations", [])]
    within = {t.i for t in tokens}
    opening = next((t for t in tokens if not t.is_punct), None)
    if opening is not None and fold(opening.text) in folded(cues, "why_words"):
        # "questioned why the upgrade had not been carried out": a negation the question
        # takes as known, no denial by the one who asks
        return None
    for t in tokens:
        w = fold(t.text)
        ne = any(fold(c.text) in _NE for c in [
            *t.head.children, *t.doc[max(t.i - 4, t.sent.start) : t.i]])
        if w in with_ne and not ne and not (
                t.i + 1 < len(t.doc) and f"{w} {fold(t.doc[t.i + 1].text)}" in alone):
            # "plus de 4 000 dossiers": more, not "ne ... plus"; "une prière, pas une
            # kermesse": a contrast, not "ne ... pas" (but "Pas de blessé" denies)
            continue
        if w in with_ne and any(fold(q.text) in _THAT and (
                q.i == t.i + 1 or q.head.pos_ not in ("VERB", "AUX"))
                for q in t.doc[t.i + 1 : min(t.i + 4, t.sent.end)]):
            # "ne vise plus qu'une marge de 4,5 %", "n'étaient plus remplis qu'à 17 %":
            # only, not "not" (a "que" opening a clause is no restriction)
            continue
        before = t.doc[t.i - 2] if t.i > 1 and t.doc[t.i - 1].text in ("«", "“", '"') \
            else t.doc[t.i - 1] if t.i > 0 else t  # ("un niveau « jamais observé »")
        if not ne and w in adverbs and t.i > 0 and t.i + 1 < len(t.doc) and \
                before.pos_ == "NOUN" and (part := t.doc[t.i + 1]).morph.get(
                    "VerbForm") == ["Part"] and not any(
                    c.dep_.startswith("aux") for c in part.children):
            continue  # "un niveau jamais atteint": a participle describing a noun
        around = fold(t.doc[max(t.i - 4, 0) : t.i + 6].text).replace("-", " ")  # "jamais-vu"
        if any(i in around and (w in i.split() or (w == "not" and "cannot" in i.split()))
               for i in idioms):  # ("cannot", which the tokenizer splits)
            continue  # "du jamais vu": unprecedented, nothing denied
        if _correction(t, cues):
            continue  # "« Ce n'est pas une course, c'est une promenade »": what it is
        if any(fold(t.doc[max(t.i - 3, 0) : t.i + 1].text).endswith(m)
               for m in folded(cues, "possible_negations")):
            continue  # "may not withstand", "pourrait ne pas": what may happen
        # "had been told not to discuss it": a negated instruction, not a negated claim.
        instruction = (t.head.dep_ == "xcomp" and t.head.morph.get("VerbForm") == ["Inf"] and
                       t.head.head.pos_ == "VERB" and (fold(t.head.head.lemma_) not in folded(
                           cues, "infinitive_reporting") or (
                           # ("On nous a dit de ne rien confirmer": told what to do)
                           _lemma_in(t.head.head, folded(cues, "de_instruction_verbs"))
                           and any(c.dep_ == "mark" and fold(c.text) in ("de", "d'", "d’")
                                   for c in t.head.children)))) or (
            # ("under orders not to intervene": what an order asks; "not to" opens an
            # infinitive's own clause)
            t.head.morph.get("VerbForm") == ["Inf"] and t.head.dep_ in ("acl", "xcomp")
            and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "to") or (
            # ("nous demandons à chacun de ne pas sortir": the infinitive hung on whom the
            # instruction is given to)
            t.head.morph.get("VerbForm") == ["Inf"] and t.head.dep_ == "acl"
            and _lemma_in(t.head.head.head, folded(cues, "de_instruction_verbs"))
            and any(c.dep_ == "mark" and fold(c.text) in ("de", "d'", "d’")
                    for c in t.head.children))
        # ("n'est pas encore connue": the negation the parser hung on "encore")
        held = t.head.head if t.head.pos_ == "ADV" and t.head.dep_ == "advmod" and \
            not _predicate(t.head) else t.head
        if _under_infinitive(held, within):
            continue  # "consistera à démontrer qu'il ne siégeait pas": what is to be shown
        if _imperative(held):
            continue  # "« Ne consommez pas votre récolte »": an instruction, nothing denied
        clause = next((a for a in (held, *held.ancestors) if a.pos_ in ("VERB", "AUX")), held)
        if clause.dep_ == "ccomp" and _lemma_in(clause.head, folded(cues, "judging_verbs")) and \
                any(c.dep_ == "xcomp" and c.pos_ == "ADJ" and c.i < clause.i
                    for c in clause.head.children):
            continue  # "a jugé « inacceptable » qu'aucune fermeture n'ait été décidée": judged
        if _appealed(held, cues):
            continue  # "a appelé les habitants ... à ne pas saturer les numéros": asked
        if held.morph.get("VerbForm") == ["Inf"] and held.dep_ == "acl" and \
                held.head.pos_ == "NOUN" and held.head.i in within:
            continue  # "a pesé dans la décision de ne pas prolonger": what a noun holds
        if _change_to_come(t, held, cues):
            continue  # "will no longer have to drive 25 miles": what is to come
        if clause.dep_ == "ccomp" and clause.left_edge.i > 0 and any(
                fold(w.text) in folded(cues, "why_words")
                for w in (clause.doc[clause.left_edge.i - 1], *clause.children)):
            # "expliquerait pourquoi elle n'avait pas donné de nouvelles": what a "why"
            # explains is taken as known, nothing denied
            continue
        if _past_belief(held, within, cues):
            continue  # "« On a cru qu'on ne rouvrirait jamais »": a belief once held
        if fold(held.lemma_) == "croire" and any(fold(c.text) == "y" for c in held.children):
            # "« On n'y croyait pas du tout »": surprise told, no fact denied (3 of the 3
            # such lines read reported)
            continue
        if _surprise(held, cues):
            continue  # "« On ne s'attendait pas à un tel engouement »"
        if _past_ignorance(held, cues):
            continue  # "« Je ne savais plus où j'étais »": a past state of mind told
        if fold(held.lemma_) == "attendre" and any(
                c.dep_ == "advcl" and c.morph.get("VerbForm") == ["Inf"] and any(
                    m.dep_ == "mark" and fold(m.text) == "pour" for m in c.children)
                for c in held.children):
            # "ils n'avaient pas attendu le palmarès pour faire le détour": they did it
            # before, which the negation only stresses
            continue
        if any(c.dep_.startswith(("aux", "cop")) and c.morph.get("VerbForm") == ["Part"]
               and c.morph.get("Tense") == ["Pres"] for c in held.children):
            # "..., les analyses n'étant pas terminées": an absolute participle clause
            # gives a circumstance, it denies nothing the claim says
            continue
        pred = t.head.head if t.dep_ == "det" else held  # ("have no way": the verb's)
        counted = next((c for c in pred.children if c.dep_ in SUBJECT_DEPS and c.i < pred.i), None)
        # (the share's noun between: "Six communes rurales sur dix ne comptent plus")
        share = counted is not None and any(
            k.text == "%" or fold(k.text) in ("percent", "pourcent") or (
                k.like_num and any(j + 1 < len(k.doc) and fold(k.doc[j].text) in (
                    "in", "sur", "out") and (k.doc[j + 1].like_num
                                             or k.doc[j + 1].lower_ == "of")
                    for j in range(k.i + 1, min(k.i + 4, len(k.doc)))))
            for k in counted.subtree if k.i < counted.i + 2)
        # ("2 760 habitants du secteur n'avaient pas de médecin traitant": a count of those
        # who lack something, a figure told)
        share = share or (counted is not None and fold(pred.lemma_) in folded(
            cues, "possession_verbs") and any(
                c.dep_ == "nummod" and c.like_num for c in counted.children))
        if share:
            # "11,4 % des assurés n'ont pas de médecin traitant", "four in ten households
            # have no way of cooling": a share counted, a figure told, nothing denied
            continue
        if held.morph.get("VerbForm") == ["Inf"] and (any(
                c.dep_ in ("mark", "case") and fold(c.text) in folded(cues, "purpose_marks")
                for c in held.children) or (
                # ("afin de ne pas pénaliser les agriculteurs": hung on "afin")
                held.head.i < held.i and fold(held.head.text) in folded(cues, "purpose_marks"))):
            continue  # "se garent dans les rues voisines pour ne pas payer": an aim
        if w in adverbs and (_inability(held, cues) or _unable(held, cues)):
            continue  # "L'île ne peut pas gérer seule", "cannot keep a school open": a state
        if w in adverbs and any(c.dep_ == "aux" and fold(c.text) in folded(cues, "advice_modals")
                                for c in held.children):
            continue  # "Customers should not eat them": advice, nothing denied
        bound = t.head.head if t.dep_ == "det" else held
        if fold(bound.lemma_) in folded(cues, "obligation_lemmas") and (
                bound.morph.get("VerbForm") != ["Part"] or any(
                    c.dep_.startswith("aux") and c.morph.get("Mood") == ["Cnd"]
                    for c in bound.children)):
            # "Le détenu « ne doit en aucun cas être approché »": a prohibition (but
            # "aucune intervention n'a dû être annulée" tells what did not have to happen;
            # "n'auraient jamais dû être maintenus", should never have been, judges)
            continue
        adverb = w in adverbs and t.dep_ in ("advmod", "neg") and _predicate(held) and \
            not instruction and not _refusal(held, cues) and not _subordinate(held)
        # A negative word as a determiner or a pronoun ("aucune décision", "nothing"), not
        # as an adjective ("une croissance nulle": zero, not a negation).
        argument = w in words and t.pos_ != "ADJ" and not instruction and (
            (_predicate(t.head) and not _subordinate(t.head))
            or (t.dep_ == "det" and _predicate(t.head.head) and not _subordinate(t.head.head)))
        able = folded(cues, "ability_verbs") | folded(cues, "relative_ability_modals")
        if argument and any(c.dep_ in ("relcl", "acl:relcl") and (
                fold(c.lemma_) in able or any(k.dep_ == "aux" and fold(k.lemma_) in able
                                              for k in c.children)) for c in t.children):
            # "there was nothing we could do to get inside", "rien que nous puissions
            # faire": what could not be done, a state told (as ``_inability``)
            argument = False
        if argument and (verb := t.head.head if t.dep_ == "det" else t.head).dep_ == "xcomp" \
                and verb.morph.get("VerbForm") == ["Inf"] and _unable(verb.head, cues):
            # "« Nous ne pouvons prendre aucun risque »": what cannot be done, a state
            # told (the negative word stands on the infinitive's object)
            argument = False
        if argument and (verb := t.head.head if t.dep_ == "det" else t.head).tag_ == "VBG" \
                and verb.dep_ in ("xcomp", "ccomp") and _lemma_in(
                    verb.head, folded(cues, "reporting_verbs")) and not any(
                    c.dep_.startswith("aux") for c in verb.children):
            # "had reported having no salbutamol inhalers": what someone reported having,
            # a shortage told, not a denial (but "No guests were staying ..., the office
            # said", a progressive with its auxiliary, denies).
            argument = False
        if argument and t.i == t.head.i + 1 and fold(t.head.lemma_) in {
                fold(v) for v in cues.get("answer_verbs", [])}:
            argument = False  # "voters said no to the plan": an answer, not a negation
        # "n'envisage ni plan social ni cession": the conjunction denies with the "ne" of
        # the predicate it joins objects to.
        joined = w in adverbs and t.pos_ == "CCONJ" and (pred := next(
            (a for a in t.ancestors if _predicate(a)), None)) is not None and any(
            fold(c.text) in _NE for c in pred.children) and \
            not _subordinate(pred) and not _refusal(pred, cues)
        if (adverb or argument or joined) and not _in_condition(t, marks) and \
                not _in_adverbial(t, adverbials, folded(cues, "c_concessions")) and \
                not _aside(t, within) and \
                not _later_clause(t, tokens) and not _joined_to_adjective(t, within):
            return t
    return None


def _apostrophes(text: str) -> str:
    return fold(text).replace("’", "'")


def _correction(neg: Token, cues: dict[str, Any]) -> bool:
    """Whether a negation opens a correction ("Ce n'est pas une course de vitesse, c'est
    une promenade", "It's not vanity, it's engineering"): the clause says what a thing
    is, set against what it is not; nothing is denied (``correction_openers``, the words
    of the clause up to the negation, and ``correction_followers`` after the comma)."""
    doc, sent = neg.doc, neg.sent
    # (past a phrase set off before it: "« Le plus dur, ce n'est pas l'élevage, c'est de
    # vendre »")
    first = next((t.i + 1 for t in reversed(doc[sent.start : neg.i])
                  if t.text in ("«", "“", '"', "‘", ";", ":", ",")), sent.start)
    if _apostrophes(doc[first : neg.i + 1].text) not in {
            _apostrophes(o) for o in cues.get("correction_openers", [])}:
        return False
    comma = next((t for t in doc[neg.i + 1 : min(neg.i + 12, sent.end)]
                  if t.text in (",", ";")), None)
    after = _apostrophes(doc[comma.i + 1 : min(comma.i + 4, sent.end)].text) if comma else ""
    if comma is None and sent.end - neg.i <= 12 and sent.end < len(doc):
        # (or the next sentence: "This was not competition. This was a cartel")
        after = _apostrophes(doc[sent.end : min(sent.end + 3, len(doc))].text)
    return any(after.startswith(f"{_apostrophes(w)} ") or after == _apostrophes(w)
               for w in cues.get("correction_followers", []))


def _imperative(verb: Token) -> bool:
    """Whether a verb is an imperative: no subject, nor one it shares as a conjunct, and
    the form of one ("ne consommez pas", "n'oublions pas"; "Do not eat", its "do" with
    no subject either).  What it asks is an instruction, not a claim."""
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ in ("conj", "xcomp") or any(
            c.dep_.startswith(("nsubj", "expl")) for c in verb.children):
        return False
    if verb.morph.get("Mood") == ["Imp"]:
        return True
    if verb.lang_ == "fr":
        return verb.morph.get("VerbForm") == ["Fin"] and fold(verb.text).endswith(("ez", "ons"))
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and fold(c.text) == "do" and c.i < verb.i
                                     for c in verb.children)


def _appealed(verb: Token, cues: dict[str, Any]) -> bool:
    """Whether a negated infinitive opened by "à" or "de" is what a verb of appeal asks
    for ("a appelé les habitants à limiter leurs déplacements et à ne pas saturer les
    numéros d'urgence"), hung on it or joined to what it asks first: an instruction, no
    denial."""
    if verb.morph.get("VerbForm") != ["Inf"] or not any(
            c.dep_ in ("mark", "case") and fold(c.text) in ("a", "de", "d'", "d’")
            for c in verb.children):
        return False
    asking = folded(cues, "appeal_verbs") | folded(cues, "directive_verbs")
    head = verb.head
    while head.dep_ in ("conj", "acl", "xcomp") and head.head != head and \
            head.morph.get("VerbForm") == ["Inf"]:
        head = head.head  # (past the first thing asked: "à limiter ... et à ne pas")
    return head != verb and _lemma_in(head, asking)


def _change_to_come(neg: Token, verb: Token, cues: dict[str, Any]) -> bool:
    """Whether a negation tells a change on a verb in the future ("will no longer have to
    drive", "ne sera plus desservie"): what is to come, not a denial."""
    following = fold(neg.doc[neg.i + 1].text) if neg.i + 1 < len(neg.doc) else ""
    cessation = folded(cues, "cessation_negations")
    if fold(neg.text) not in cessation and f"{fold(neg.text)} {following}" not in cessation:
        return False
    return _tagged_future(verb) or _future_form(verb) or any(
        c.dep_.startswith(("aux", "cop")) and (_tagged_future(c) or _future_form(c) or (
            fold(c.lemma_) in folded(cues, "c_predicted_lemmas")
            and c.morph.get("Tense") not in (["Imp"], ["Past"]))) for c in verb.children)


def _causative_made_noun(subject: Token, verb: Token, cues: dict[str, Any]) -> bool:
    """"Cyber attack forces Harwick council to shut down online services": a verb that
    makes someone act, tagged a plural noun inside the subject and followed by the one it
    makes act, is the headline's verb (in a past or present), not a subject of an
    infinitive to come ("Government forces to withdraw" has nothing between)."""
    return any(fold(t.text) in folded(cues, "causative_verbs") and t.i + 1 < verb.i - 1
               for t in subject.subtree)


def _right_after(noun: Token, word: Token) -> bool:
    """Whether ``word`` comes right after ``noun`` or after the preposition phrases it
    heads ("Tolls on Carver Bay Bridge to rise": the bridge still says whose tolls)."""
    between = [t for t in noun.doc[noun.i + 1 : word.i]]
    phrases = {t.i for c in noun.children if c.dep_ == "prep" and c.i > noun.i
               for t in c.subtree}
    # (not a verb the parser took for the phrase's noun: "Wildfire near Athens forces
    # thousands to flee", its object made an apposition)
    return all(t.i in phrases and t.pos_ not in ("VERB", "AUX") and t.dep_ != "appos"
               for t in between)


def _finite_outside_adverbial(tokens: list[Token]) -> bool:
    """Whether a line has a finite verb outside any adverbial clause opened by its mark
    ("Family bakery to close after 50 years as owners retire" has none): a sentence with
    its own verb, no headline's infinitive."""
    return any(t.morph.get("VerbForm") == ["Fin"] and not any(
        a.dep_ == "advcl" and any(k.dep_ == "mark" for k in a.children)
        for a in (t, *t.ancestors)) for t in tokens)


def _bare_or_passive_infinitive(verb: Token) -> bool:
    """"close" of "to close", or "extended" of "to be extended" ("Badger cull to be
    extended to three more counties"): a headline's infinitive, active or passive."""
    return verb.tag_ == "VB" or (verb.tag_ == "VBN" and any(
        k.dep_ == "auxpass" and k.tag_ == "VB" for k in verb.children))


def _headline_infinitive_by_form(tokens: list[Token]) -> bool:
    """"Judge to decide Fairhaven mayor's race after ...": a line opened by a few
    capitalised words and "to" with a verb, read by its form where the parser made the
    first word a verb; what is to come (not "Work to convert the hall has been
    suspended", a sentence with its own verb)."""
    words = [t for t in tokens if not t.is_punct]
    to = next((n for n, t in enumerate(words[:5]) if t.lower_ == "to"), None)
    return to is not None and to > 0 and to + 1 < len(words) and \
        tokens[0].lang_ == "en" and words[0].i == words[0].sent.start and all(
            t.text[:1].isupper() for t in words[:to]) and \
        words[to].pos_ == "PART" and words[to + 1].pos_ == "VERB" and \
        words[to + 1].morph.get("VerbForm") == ["Inf"] and not any(
            t.morph.get("VerbForm") == ["Fin"] for t in words[:to]) and not (
            # (a verb of its own in the past, or in the third person, or with its
            # auxiliary: not "sparks challenge", a noun the tagger read as a verb)
            words[0].dep_ in ("nsubj", "nsubjpass") and words[0].head.i > words[to + 1].i
            and (words[0].head.tag_ in ("VBD", "VBZ") or any(
                c.dep_.startswith("aux") and c.morph.get("VerbForm") == ["Fin"]
                for c in words[0].head.children)))


def _infinitive_before_adverbial_root(tokens: list[Token]) -> bool:
    """"Portland coffee roaster to shut plant as bean prices soar": the parser made the
    verb of the closing adverbial clause the root, the headline's subject its subject and
    the infinitive a clause of that subject.  A subject opening the line with "to" and a
    verb right after it, before the root's own conjunction, is a headline's infinitive:
    what is to come."""
    for root in (t for t in tokens if t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX")):
        mark = next((c for c in root.children if c.dep_ == "mark" and c.i < root.i), None)
        subjects = [c for c in root.children if c.dep_ == "nsubj" and c.i < root.i]
        # (where the clause opens: its conjunction, or its own subject, the second one
        # the root has, when the parser hung the conjunction elsewhere)
        opens = mark.i if mark is not None else subjects[1].i if len(subjects) > 1 else None
        subject = subjects[0] if subjects and opens is not None and subjects[0].i < opens \
            else None
        if subject is None or subject.lang_ != "en" or subject.left_edge.i != subject.sent.start \
                or any(t.dep_ not in ("amod", "compound", "det") or t.head.i > subject.i
                       for t in subject.doc[subject.sent.start : subject.i]):
            continue
        if any(c.dep_ in ("relcl", "acl") and c.tag_ == "VB" and c.i < opens and any(
                k.dep_ == "aux" and k.tag_ == "TO" and _right_after(subject, k)
                for k in c.children) for c in subject.children):
            return True
    return False


def _figures(tokens: list[Token]) -> list[int]:
    """Where the content's figures stand, a year being none ("entre 2016 et 2020")."""
    return [n for n, t in enumerate(tokens)
            if t.like_num and not re.fullmatch(r"(?:19|20)\d\d", t.text)]


def _ends_with(words: list[str], phrases: frozenset[str]) -> str | None:
    """The phrase the folded ``words`` end with, if any ("près de" of "... à près de")."""
    return next((p for p in phrases if words[-len(p.split()):] == p.split()), None)


def _describing(noun: Token, within: set[int]) -> bool:
    """Whether a noun of the content is set off after another of it to describe it: an
    apposition, or a second subject of the same verb after a comma, as the parser may hang
    one ("Le tableau, une toile d'environ 60 centimètres, a été volé"); not a phrase the
    parser hung on the speaker ("Selon le préfet, Thierry Ossart, quelque 400 personnes
    ont ...": the content's own subject)."""
    if noun.i not in within or noun.head.i not in within:
        return False
    if noun.dep_ == "appos":
        return True
    doc = noun.doc
    return noun.dep_.startswith("nsubj") and noun.left_edge.i > 0 and \
        doc[noun.left_edge.i - 1].text == "," and any(
            c.dep_.startswith("nsubj") and c.i < noun.i for c in noun.head.children)


def _approximate(tokens: list[Token], within: set[int], cues: dict[str, Any],
                 key: str = "approximation_words", plain: bool = False) -> str | None:
    """The word of approximation (of the lexicon list ``key``) right before a figure of
    the content's own clause ("environ 3,8 millions", "an estimated £11 million"), if any;
    not a figure in a side clause.  ``plain``: only a figure in digits that the claim
    states, not one set off ("Le budget, d'environ 120 000 euros, aurait ...", "..., soit
    environ 160 euros", "(environ un million d'euros)") nor one inside a quote ("sur une
    pente d'environ 40 degrés" said by a witness)."""
    words = folded(cues, key)
    for n in _figures(tokens):
        if _aside(tokens[n], within) or (plain and (
                not any(c.isdigit() for c in tokens[n].text)
                or _set_off(tokens[n], within, cues)
                # (nor one inside an apposition that describes a thing: "L'objet, un
                # mannequin d'environ 80 centimètres, a été dérobé")
                or any(_describing(a, within) for a in tokens[n].ancestors)
                or _inside_quote(tokens[n].doc[tokens[n].sent.start : tokens[n].i].text))):
            continue
        opening = next((m for m in range(n - 1, -1, -1) if tokens[m].text == ","), -1)
        if any(t.morph.get("PronType") == ["Rel"] and t.head in tokens[n].ancestors
               for t in tokens[opening + 1 : n]):
            # ("Le site, qui emploie environ 140 salariés, a été mis à l'arrêt": a relative
            # clause the parser made the root still stands aside; but not one closed
            # before the figure: "la vague de chaleur qui frappe le pays depuis le 14
            # juillet aurait causé environ 420 décès")
            continue
        # (an adverb the parser hung on the verb right before the content: "a revendiqué
        # environ 600 participants", the object alone the content)
        doc = tokens[n].doc
        lead = [k for k in doc[max(0, tokens[0].i - 2) : tokens[0].i] if k.pos_ == "ADV"
                and k.dep_ == "advmod" and k.head.i not in within] if n <= 1 else []
        before = [fold(k.text) for k in [*lead, *tokens[max(0, n - 4) : n]] if not k.is_currency]
        if (hit := _ends_with(before, words)) is not None:
            return hit
    return None


def _rough_crowd(tokens: list[Token], within: set[int], cues: dict[str, Any]) -> str | None:
    """The word of approximation (``crowd_approximations``) before a figure of the content
    that counts a crowd (``awaited_crowds``: "quelque 2 500 spectateurs"), if any."""
    crowds = folded(cues, "awaited_crowds")
    for n, t in enumerate(tokens):
        if not (t.like_num and t.dep_ in ("nummod", "det", "amod") and fold(t.head.text) in crowds
                and t.head.i in within):
            continue
        if (rough := _approximate(tokens[: n + 1], within, cues, "crowd_approximations",
                                  plain=True)) is not None:
            return rough
        if (opener := _range_opener(tokens[:n], cues)) is not None:
            return opener  # "Entre 300 et 400 personnes": a range is a rough count
    return None


def _range_opener(before: list[Token], cues: dict[str, Any]) -> str | None:
    """The word opening a range that ends right before a figure ("entre 300 et", "between
    2,000 and"; ``range_marks``: opener and joiner), if any."""
    marks = cues.get("range_marks", [])
    if len(marks) != 2 or not before or fold(before[-1].text) != fold(marks[1]):
        return None
    k = len(before) - 2
    while k >= 0 and before[k].like_num:
        k -= 1
    return before[k].text if 0 <= k < len(before) - 2 and fold(before[k].text) == fold(
        marks[0]) else None


def _counts_set_against(tokens: list[Token], cues: dict[str, Any]) -> bool:
    """Whether two figures or more of the sentence are each followed by their own source
    ("Ils étaient 450 selon la préfecture, un millier selon les organisateurs", "between
    2,000, according to police, and 5,000, according to organisers"): the sides' counts of
    a crowd set against each other, estimates whatever words of approximation they have."""
    phrases = [p.split() for p in folded(cues, "according_to")]
    rough = folded(cues, "rough_numerals")
    counted = 0
    for n in range(len(tokens)):
        ahead = [fold(u.text) for u in tokens[n : n + 3]]
        if not any(ahead[: len(p)] == p for p in phrases):
            continue
        # (the figure, or the figure and where it was counted: "11 200 à Paris selon")
        counted += any(u.like_num or fold(u.text) in rough for u in tokens[max(0, n - 5) : n])
    return counted >= 2


def _set_off(figure: Token, within: set[int], cues: dict[str, Any]) -> bool:
    """Whether the phrase a figure counts opens right after a comma or a bracket of the
    content, or after a word of equivalence that does (``equivalence_marks``: ", soit")."""
    if figure.head.dep_.startswith("nsubj"):
        return False  # ("..., qui a analysé l'échantillon, environ 25 000 patients seraient")
    doc, left = figure.doc, figure.head.left_edge.i if figure.head.i > figure.i else figure.i
    left = min(left, figure.left_edge.i)
    before = [doc[k] for k in (left - 1, left - 2) if k >= 0]
    if before and before[0].text in (",", "(") and before[0].i in within:
        return True
    return len(before) == 2 and fold(before[0].text) in folded(cues, "equivalence_marks") \
        and before[1].text == ","


def _manner_phrases(cues: dict[str, Any]) -> list[str]:
    """"selon un mécanisme de type Ponzi", "according to plan": a way of doing, no hearsay;
    nor is "selon toute vraisemblance" (``according_to_exceptions``), a hedge."""
    return [*_ways(tuple(cues.get("according_to", [])), tuple(cues.get("according_to_ways", []))),
            *cues.get("according_to_exceptions", [])]


@cache
def _ways(according: tuple[str, ...], ways: tuple[str, ...]) -> tuple[str, ...]:
    # (built once per language, not for every claim)
    return tuple(f"{cue} {det}{way}" for cue in according
                 for det in ("", "un ", "une ", "le ", "la ", "les ", "l'", "a ", "an ", "the ")
                 for way in ways)


def _managed(tok: Token, attributed: bool, things: tuple[str, ...]) -> bool:
    """"que notre rédaction a pu consulter": a compound past of a modal with an indicative
    auxiliary tells what someone managed to do, no possibility ("aurait pu" still is one);
    but in someone's words, with a thing for its subject, it tells what may have happened
    ("estiment que les pratiques ont pu se poursuivre", "selon les enquêteurs, la
    modification de la coque a pu réduire la stabilité du navire"; a thing told by its
    noun's ending, ``thing_noun_endings``: "les secouristes ont pu atteindre la victime"
    is what they managed)."""
    if tok.morph.get("VerbForm") != ["Part"] or not any(
            c.dep_.startswith("aux") and c.morph.get("Mood") == ["Ind"] for c in tok.children):
        return False
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return not (attributed and things and subject is not None and subject.pos_ == "NOUN"
                and fold(subject.text).endswith(things))


def _on_object(word: Token) -> bool:
    """Whether an adjective or adverb of hearsay qualifies the object, through the words
    that describe it ("des meubles prétendument d'époque", "des tableaux prétendument
    signés Utrillo"), not the verb."""
    if word.pos_ not in ("ADJ", "ADV") or word.dep_ not in ("amod", "advmod"):
        return False
    at = word.head
    while at.dep_ in ("amod", "acl", "nmod") and at.head.i != at.i and (
            at.pos_ in ("NOUN", "PROPN", "ADJ") or at.morph.get("VerbForm") == ["Part"]):
        at = at.head
    return at.pos_ == "NOUN" and at.dep_ in ("obj", "dobj")


def _epistemic_should(modal: Token, cues: dict[str, Any]) -> bool:
    """Whether a modal such as "should" tells a likelihood by the verb it bears ("the new
    roof should last at least 60 years", "should make up much of the difference"), not what
    ought to be ("should be protected", "should make the first two hours free")."""
    verb = modal.head
    if verb.i == modal.i or verb.pos_ != "VERB" or any(
            c.dep_ in ("auxpass", "aux:pass") for c in verb.children):
        return False
    words = folded(cues, "c_epistemic_should_verbs")
    particle = next((fold(c.text) for c in verb.children if c.dep_ == "prt"), "")
    return fold(verb.lemma_) in words or f"{fold(verb.lemma_)} {particle}" in words


def _main_cue(tokens: list[Token], roots: list[Token], within: set[int],
              found: str | None) -> str | None:
    """A cue found in the content's words, unless each of its occurrences stands in a side
    clause ("... and that patients should come forward if they needed care"), or,
    for "whether", deeper than a complement of the content's predicate ("deserve to know
    whether", "before deciding whether": a question inside the claim, not the claim as a
    question; "it was unclear whether" and "questioned whether" are)."""
    if not found:
        return found
    first = fold(found.split()[0]) if found.split() else ""
    # ("s'il": the tokenizer cuts it after the apostrophe)
    hits = [t for t in tokens if fold(t.text) == first or (
        fold(t.text) in ("s'", "s’") and first[:2] == fold(t.text))]
    if not hits:
        return found  # a phrase the tokens do not show one to one: trust the words
    words = fold(found).split()
    whole = [t for t in hits if len(words) > 1 and [fold(k.text) for k in t.doc[
        t.i : t.i + len(words)]] == words]
    # ("Helicopters were ferrying ..., while engineers were expected to": where the whole
    # phrase stands, not its first word elsewhere)
    for t in whole or hits:
        # (a phrase of several words set off by commas on its own, "est parti, selon toute
        # vraisemblance, d'un court-circuit", speaks of the clause, whatever the parser
        # hung on it)
        framed = t in whole and t.i > 0 and t.doc[t.i - 1].text == "," and \
            t.i + len(words) < len(t.doc) and t.doc[t.i + len(words)].text == ","
        # (nor does an adverb opening a phrase set off after the clause: "Le feu s'est
        # déclaré vers 2 h 30, probablement à la suite d'un court-circuit": the likely
        # cause is what the claim adds)
        framed = framed or (t.pos_ == "ADV" and t.i > 0 and t.doc[t.i - 1].text == ","
                            and t.head.dep_.startswith("obl") and t.head.i > t.i)
        # (nor does one in a participle set off on the clause's subject: "Les cigarettes,
        # fabriquées selon toute vraisemblance dans des usines clandestines, transitaient
        # par ...": what the subject is said to be is part of the claim)
        if _aside(t, within) and not framed and not any(
                _modifying_participle(a) and a.head.dep_ in SUBJECT_DEPS
                and a.head.head in roots and a.doc[a.left_edge.i - 1].text == ","
                for a in t.ancestors):
            continue
        if first == "whether" and not (t.head in roots or t.head.head in roots):
            continue
        if t.pos_ == "ADJ" and t.i > 1 and t.doc[t.i - 1].text == "," and t.doc[
                t.i - 2].pos_ in ("NOUN", "ADJ", "PROPN") and not any(
                c.dep_ == "cop" for c in t.children):
            continue  # "rappelle ses pavés, susceptibles de contenir du sésame": of the noun
        if t in whole and t.pos_ == "ADJ" and t.dep_ == "amod" and t.head.pos_ == "NOUN" and \
                t.head.i < t.i and t.head not in roots and not any(
                    c.dep_ == "cop" for c in t.children):
            # "présenteraient des brûlures susceptibles de laisser des séquelles" (a phrase
            # of several words: "juge « probable »", "juge" tagged a noun, is the verb's)
            continue
        lexicon = cues_for(t.lang_)
        if fold(t.text) in folded(lexicon, "kind_adjectives") and t.dep_ == "amod" and \
                t.head.i > t.i and t.head.morph.get("Number") == ["Plur"]:
            continue  # "47% of likely voters": a kind of voter, no hedge
        # (not the condition's own verb made the root: "Si les faits étaient établis, ...")
        if fold(t.text) in folded(lexicon, "c_condition_marks") | folded(
                lexicon, "yes_no_marks") and t.dep_ == "mark" and t.head.head != t.head and \
                t.head.head.i < t.i and any(
                fold(v.lemma_) in folded(lexicon, "deciding_verbs") for v in [t.head.head, *(
                    c for c in t.head.head.children if c.dep_ == "xcomp")]):
            # "doit décider s'il suspend les travaux", "voters will decide whether to keep
            # the tax": what a decision is about
            continue
        if fold(t.text) in folded(lexicon, "c_condition_marks") and t.head.i == t.i + 1 and \
                t.head.pos_ in ("ADV", "ADJ") and (
                    (t.pos_ == "ADV" and t.dep_ == "advmod")
                    # (or tagged a conjunction: "n'étaient « pas si rares »", "sont si
                    # fragiles"; "si nécessaire", with no copula, is a condition)
                    or fold(t.doc[t.i - 1].text) == "pas"
                    or any(c.dep_ == "cop" and c.i < t.i for c in t.head.children)):
            continue  # "depuis si longtemps", "si peu": a degree, no condition
        if fold(t.text) in folded(lexicon, "c_condition_marks") and 0 < t.i < len(t.doc) - 1 \
                and t.doc[t.i - 1].pos_ == "DET" and t.doc[t.i + 1].pos_ == "ADJ":
            continue  # "pour une si petite commune": a degree inside a noun phrase
        return found
    return None


def _in_relative_clause(tokens: list[Token], phrase: str) -> bool:
    """Whether a phrase's first word stands in a relative clause of a noun of the content
    ("fera l'objet d'une restauration, dont le coût est évalué à 412 000 euros"): what
    the clause says of the noun is an aside, not how surely the claim is put."""
    first = fold(phrase.split()[0]) if phrase.split() else ""
    word = next((t for t in tokens if fold(t.text) == first), None)
    # (or whose clause a relative pronoun opens, however the parser hung it: "...,
    # dont le coût total est évalué à" made a conjunct)
    return word is not None and (any(a.dep_ in RELATIVE_DEPS for a in (word, *word.ancestors))
                                 or (word.left_edge.morph.get("PronType") == ["Rel"]
                                     and word.left_edge.i > 0
                                     and word.doc[word.left_edge.i - 1].text == ","))


def _concessive_marks(tokens: list[Token], cues: dict[str, Any]) -> list[tuple[int, int]]:
    """The characters of a mark of condition (``c_concessive_marks``: "if") that opens no
    clause but a second adjective or participle, set off by a comma after a first one it
    is joined to ("flattered, if slightly alarmed", "a modest, if welcome, rise"): it
    concedes, it sets no condition ("if necessary", on a verb, still does)."""
    marks = folded(cues, "c_concessive_marks")
    return [(t.idx, t.idx + len(t.text)) for t in tokens
            if fold(t.text) in marks and t.dep_ == "mark" and t.i > 0
            and t.doc[t.i - 1].text == "," and t.head.dep_ in ("acomp", "amod", "conj")
            and (t.head.pos_ == "ADJ" or t.head.tag_ == "VBN")
            and not any(c.dep_.startswith(("nsubj", "aux", "cop")) for c in t.head.children)]


def _after_auxiliary(tok: Token) -> bool:
    """Whether a word follows an auxiliary of tense, past adverbs only ("n'ai jamais
    prétendu"): a participle of a compound tense (not an adverb after a copula: "est
    prétendument diplômé")."""
    prev = next((t for t in reversed(tok.doc[tok.sent.start : tok.i]) if t.pos_ != "ADV"),
                None)
    return tok.pos_ != "ADV" and prev is not None and prev.pos_ == "AUX" and (
        prev.dep_ == "aux:tense" or fold(prev.lemma_) in ("avoir", "have"))


def _checked_thing(verb: Token) -> bool:
    """A passive check whose subject is the thing checked ("The video could not be
    independently verified", "Great white sharks have never been confirmed in British
    waters"): the page denies the thing was shown, no note on the outlet's own checking
    ("It has not been confirmed that ...": an empty subject, the note)."""
    return any(c.dep_ in ("nsubjpass", "nsubj:pass") and c.pos_ != "PRON"
               for c in verb.children)


def _certainty(pb: ParsedBlock, start: int, end: int, cues: dict[str, Any],
               attributed: bool, extra: list[str],
               holes: tuple[tuple[int, int], ...] = (),
               according: bool = False) -> tuple[str, list[str]]:
    """The content's certainty and the cues that decided it; words in ``holes`` (a
    relative clause that reports someone else's words) do not count.  ``according``: the
    source is given by "selon X" / "according to X", not by a verb of saying."""
    raw = _tokens(pb, start, end)
    holes = (*holes, *_quoted_titles(raw, cues))
    tokens = [t for t in raw if not any(a <= t.idx < b for a, b in holes)]
    # The content's heads and their auxiliaries and copulas ("serait dans le viseur": the
    # parser makes the noun the root, the verb its copula): tense and mood are read there.
    roots, heads = _heads(tokens, {t.i for t in raw})
    text = _unnamed(pb, start, end, tokens)
    for a, b in holes:
        text = text[: max(0, a - start)] + " " * (min(b, end) - max(a, start)) + \
            text[min(b, end) - start :]
    found: dict[str, str] = {}
    within = {t.i for t in tokens}
    speech = folded(cues, "comment_verbs")
    checked = next((r for r in roots[:1] if (not any(
        t.text in (";", ":") for t in tokens if t.i < r.i) and ((
        (_lemma_in(r, folded(cues, "verification_verbs")) and not _checked_thing(r))
        or _refusal(r, cues)) and _negated(r, cues))) \
        or _declined(r, cues)
        or any(c.dep_ == "xcomp" and ((_lemma_in(r, folded(cues, "declining_verbs")) and fold(
            c.lemma_) in speech) or _declined(c, cues)) for c in r.children)), None)
    if checked is None and tokens:
        # ("n'a pas pu vérifier", "L'AFP n'a pas été en mesure de vérifier ces bilans,
        # l'accès ... étant contrôlé": the negation stands on the verb the check hangs on,
        # which the parser may not make the root)
        checked = next((d for d in tokens[:12] if _lemma_in(d, folded(cues, "verification_verbs"))
                        and d.morph.get("VerbForm") == ["Inf"] and d.head.i < d.i and any(
                            fold(c.text) in folded(cues, "c_negation") for c in d.head.children)
                        and any(c.dep_ in SUBJECT_DEPS for c in d.head.children)), None)
    if checked is not None and not attributed:
        # "Reuters could not independently verify the claim": the outlet telling what it
        # checked is its own plain fact; nothing is denied. ("n'a pas souhaité préciser si
        # d'autres procédures étaient en cours", "n'a pas souhaité dire si": a refusal, no
        # question of the outlet's.)
        return "asserted", [f"outlet's note: {checked.text}"]
    directive = any(c.startswith("part of a request or charge") for c in extra)
    # ("n'exclut « aucune piste »": the negation was the stance's, already read.)
    # ("asked why the plant had not been inspected": the question holds the negation.)
    # ("estimait qu'environ 10 % des unités ne disposaient pas d'une barrière": the
    # negation is part of what the figure counts, an estimate, no denial.)
    # ("« Aucune zone d'ombre ne subsistera », a promis le ministre": what is promised not
    # to happen is the promise, a forecast; "jugent probable que les deux frères ne soient
    # jamais extradés": what is judged probable, likely.)
    # ("Quelque 4 000 tonnes n'avaient pas été ramassées, selon les estimations de la
    # métropole": so is a figure given roughly on an estimate's word.)
    negated = _negation(tokens, cues) if not directive and not any(
        c in ("possible: not ruled out", "hypothetical: question")
        or c.startswith(("estimate: a figure", "estimate: figures", "predicted: promised"))
        or ": judged (" in c for c in extra) and not (any(c.startswith("estimate: ") for c in extra)
                                 and _approximate(tokens, within, cues)) else None
    if negated is not None:
        found["denied"] = f"negation: {negated.text}"
    denial = folded(cues, "denial_verbs")
    purpose = folded(cues, "purpose_marks")
    # ("déposerait un recours pour contester la séance": what a purpose clause contests is
    # the aim of an act, not a denial of the claim; nor is what someone is going to
    # contest or will contest: "il allait contester la suspension")
    going = folded(cues, "c_predicted_lemmas")
    denying = {fold(t.lemma_) for t in tokens if fold(t.lemma_) in denial and not _aside(
        t, within) and not (
        # ("in a long-running dispute over pay", "recount sparks dispute": the noun, no
        # denial, unless it has a subject, a verb the tagger missed)
        t.pos_ == "NOUN" and not any(c.dep_ in SUBJECT_DEPS and c.pos_ in (
            "NOUN", "PROPN", "PRON") for c in t.children)) and not any(
        fold(c.text) in purpose for c in t.children
        if c.dep_ in ("mark", "case", "aux")) and not (
        t.dep_ == "xcomp" and fold(t.head.lemma_) in going) and not (
        # ("has denied organised crime groups millions of pounds": to deprive someone of a
        # thing takes two objects; a denial takes one)
        sum(c.dep_ in ("dobj", "dative") for c in t.children) >= 2) and not (
        # ("detainees were denied medical care": deprived of it, in the passive, with
        # what they were denied still its object)
        any(c.dep_ == "auxpass" for c in t.children)
        and any(c.dep_ == "dobj" for c in t.children)) and not (
        # ("la compagnie contesterait la décision devant le tribunal": to come; "L'État
        # pourrait contester le jugement": a possibility)
        _tagged_future(t) or _future_form(t) or t.morph.get("Mood") == ["Cnd"]
        or _conditional_form(t)) and not (
        t.dep_ == "xcomp" and fold(t.head.lemma_) in folded(cues, "c_possible_lemmas")) and not (
        # ("n'exclut pas de contester la procédure": what may come, not a denial)
        "possible: not ruled out" in extra and t.morph.get("VerbForm") == ["Inf"]) and (
        # ("auraient contesté la procédure devant le tribunal": an outcome challenged)
        _challenged(t, cues) is None)}
    if denying:
        found["denied"] = f"denial verb: {next(iter(denying))}"
    rejecting = next((r for r in roots if _lemma_in(r, folded(cues, "rejection_verbs")) and any(
        c.dep_ in ("dobj", "obj") and (fold(c.lemma_) in folded(cues, "claim_nouns")
                                       or fold(c.text) in folded(cues, "claim_nouns")
                                       # ("Dunn rejected that": what was said, on his word)
                                       or (attributed and not list(c.children) and fold(
                                           c.text) in folded(cues, "claim_pronouns")))
        for c in r.children)), None)
    if rejecting is not None:
        # "said her client “categorically rejects” the allegations": a denial told.
        found["denied"] = f"rejection: {rejecting.text}"
    denied = next((c for c in extra if c.startswith("denied")), None)
    if denied:
        found["denied"] = denied
    phrase = _has(text, cues.get("negation_phrases", []))
    ends = [t for t in tokens if phrase and fold(t.text) == fold(phrase).split()[-1]]
    if ends and all(_aside(t, within) or _later_clause(t, tokens) or fold(t.head.lemma_) in
                    folded(cues, "obligation_lemmas") for t in ends):
        # "une rature, qui ne permettait en rien d'identifier l'électeur"; "ne doit en
        # aucun cas être approché", a prohibition
        phrase = None
    if phrase and "denied" not in found:
        found["denied"] = f"negation: {phrase}"
    # ("would likely last up to three days even if the ship is refloated": a concession,
    # no hypothesis.)
    # (nor "il y a moins d'un mois", which reads "a moins d'" once folded)
    masked = _masked(text, [*cues.get("c_concessions", []), *cues.get("c_set_conditions", []),
                            *cues.get("c_condition_lookalikes", [])])
    for a, b in _concessive_marks(tokens, cues):
        # ("flattered, if slightly alarmed": a concession on a second word of the same
        # kind, no condition)
        masked = masked[: a - start] + " " * (b - a) + masked[b - start :]
    for t in tokens:
        if fold(t.text) in folded(cues, "knowing_questions") and any(
                _past_ignorance(v, cues) for v in (t.head, t.head.head) if v.i < t.i):
            # ("“We didn't know if we'd ever see it again”": the "if" of a question once
            # unanswered, no condition)
            a, b = t.idx - start, t.idx - start + len(t.text)
            masked = masked[:a] + " " * (b - a) + masked[b:]
    hyp = _main_cue(tokens, roots, within, _has(masked, cues.get("c_hypothetical", []))) \
        if not directive else None
    # ("La rivière polluée par une usine ? L'enquête qui embarrasse le groupe": a headline's
    # first sentence asks, the tagger kept one sentence)
    asks_first = re.match(r"[^«“\"?]{3,}\?\s+[A-ZÀ-Ý]", text) is not None
    if hyp or asks_first or text.rstrip(" »”\"'’").endswith("?") or \
            pb.norm.text[end : end + 3].strip().startswith("?"):
        found["hypothetical"] = f"hypothesis: {hyp.strip() if hyp else '?'}"
    inverted = _inverted_condition(tokens, cues)
    if inverted is not None:
        found["hypothetical"] = f"hypothesis: {inverted.text} (inverted)"
        if negated is not None and found.get("denied", "").startswith("negation") and \
                negated in inverted.head.subtree:
            # "Had he not been found on Tuesday, the search would have been scaled back":
            # the negation is the condition's, nothing is denied
            del found["denied"]
    if negated is not None and hyp and found.get("denied", "").startswith("negation") and \
            _conditioned(negated.head, cues):
        # "the review would not be credible unless it was carried out by an external
        # auditor": what is denied is what the condition decides, a hypothesis
        del found["denied"]
    question = next((c for c in extra if c.startswith("hypothetical")), None)
    if question:
        found.setdefault("hypothetical", question)
    # (each phrase found, in lexicon order: "n'exclut pas ..., ce qui pourrait": the first
    # the content's own clause holds)
    listed = _has(text, cues.get("c_possible", []))
    possible = _main_cue(tokens, roots, within, listed)
    if listed and not possible:
        possible = next((hit for phrase in cues.get("c_possible", []) if (
            hit := _main_cue(tokens, roots, within, _has(text, [phrase])))), None)
    rough = [t for t in tokens if fold(t.text) == fold(possible or "")]
    if rough and all(t.i + 1 < len(t.doc) and t.doc[t.i + 1].like_num for t in rough):
        possible = None  # "We had maybe ten minutes": a figure told roughly, no hedge
    if rough and all(_unable(t, cues) or _perceived(t, cues) for t in rough):
        possible = None  # "you couldn't see your hand": what could not be done, no hedge
    if rough and all(_past_ability(t, cues) for t in rough):
        possible = None  # "Ten years ago you could sell a collection": what could be done
    things = tuple(folded(cues, "thing_noun_endings"))
    # "au pouvoir" is a noun: only the verb (or an adverb) makes a claim possible.
    # ("faute de pouvoir leur délivrer": an infinitive "pouvoir" is no hedge of the claim)
    if possible or {fold(t.lemma_) for t in tokens if t.pos_ in ("VERB", "AUX", "ADV")
                    and t.morph.get("VerbForm") != ["Inf"] and not _managed(t, attributed, things)
                    # ("sans avoir pu rencontrer d'avocat": a perfect infinitive, no hedge)
                    and not any(c.dep_.startswith("aux") and c.morph.get("VerbForm") == ["Inf"]
                                for c in t.children)
                    and not _aside(t, within) and not _unable(t, cues)
                    and not _perceived(t, cues) and not _past_ability(t, cues)
                    # ("C'est un verger pour tout le monde : chacun pourra venir cueillir":
                    # the modal of a clause after the first is not the claim's)
                    and not _later_clause(t, tokens)
                    # ("les habitants pourront regagner leur domicile à 14 heures": what
                    # will be allowed, a future the tense tells, no hedge)
                    and not ((_tagged_future(t) or _future_form(t))
                             and not _conditional_form(t))
                    # ("Les consommateurs peuvent se faire rembourser les produits", "la garde
                    # à vue peut durer jusqu'à 96 heures": in the outlet's own words a
                    # present of "pouvoir" tells what is allowed or can be done, a fact;
                    # in someone's words, "peut provoquer des infections graves", a risk)
                    and not (not attributed and fold(t.lemma_) == "pouvoir"
                             and t.morph.get("Mood") == ["Ind"]
                             and t.morph.get("Tense") == ["Pres"])} & folded(
                            cues, "c_possible_lemmas"):
        found["possible"] = f"modal: {possible or 'pouvoir'}"
    # (the adjective with its copula, or the copula with its adjective: "were possible")
    judged = next((a for r in roots for a in (r, *(c for c in r.children if c.dep_ == "acomp"))
                   if a.pos_ == "ADJ" and fold(a.text) in folded(cues, "judged_possible")
                   and (a.dep_ == "acomp" or any(c.dep_ == "cop" for c in a.children))
                   and any(c.dep_ in SUBJECT_DEPS for c in r.children)), None)
    if judged is not None:
        # "said further slips were possible": what the content calls possible is so.
        found.setdefault("possible", f"modal: {judged.text}")
    if "possible" in found and any(c.startswith("estimate: figures") or (
            c.startswith("estimate: ") and "estimat" in fold(c.removeprefix("estimate: ")))
            for c in extra) and any(
            t.like_num or fold(t.text) in folded(cues, "magnitude_words") for t in tokens):
        # "Analysts estimated that peak sales could reach $14 billion": the modal is part
        # of the figure estimated, which is what the claim is (also "dozens more"; and
        # "Environ 40 000 patients pourraient être concernés, selon une estimation de la
        # direction").
        del found["possible"]
    unreal = _counterfactual(tokens, within, cues) if "possible" in found else None
    if unreal is not None:
        # "said the village could have drawn on its reserves instead", "« on aurait pu
        # refaire les trottoirs »": what could have been and was not, a hypothesis (not
        # "may have been started deliberately", a possibility about the past).
        del found["possible"]
        if "estimate" not in found and not any(c.startswith("estimate") for c in extra):
            # (but "aurait pu alimenter 22 000 foyers, selon les estimations de la
            # société": the figure estimated is the claim)
            found.setdefault("hypothetical", f"hypothesis: counterfactual ({unreal.text})")
    risk = _at_risk(tokens, cues)
    if risk is not None:
        # "Nuvalia menacée d'une amende record", "l'usine est menacée de fermeture": what
        # threatens may come, or not ("a été menacé de mort" tells threats made).
        found["possible"] = f"at risk: {risk.text}"
    wish = next((c for c in extra if c.startswith("possible")), None)
    if wish:
        found.setdefault("possible", wish)
    # ("had made extreme fire weather twice as likely": a comparison, no hedge)
    # (but a superlative judges the likeliest: "la piste la plus probable")
    probable = _main_cue(tokens, roots, within, _has(
        _masked(text, cues.get("c_comparisons", [])), cues.get("c_probable", [])) or _has(
        text, cues.get("c_superlative_probable", [])))
    if probable and inverted is not None and fold(inverted.text) == probable:
        probable = None  # "Should the league approve": a condition, not "should" as a hedge
    if probable and attributed and fold(probable) in folded(cues, "c_deontic_in_speech") and \
            not any(fold(t.text) == fold(probable) and _epistemic_should(t, cues) for t in tokens):
        # "argued that overflights should be protected", "say banks should be required":
        # in someone's words "should" tells what ought to be, no likelihood.
        probable = None
    if probable and str(found.get("possible", "")).startswith("modal: ") and all(
            t.pos_ == "ADV" and t.head.pos_ == "NOUN" for t in tokens
            if fold(t.text) == fold(found["possible"].removeprefix("modal: "))):
        # "would likely last at least several weeks, and possibly months": the likelihood
        # is the claim's; the possibility only widens what it says by an alternative.
        del found["possible"]
    if probable:
        found["probable"] = f"hedge: {probable}"
        hedge = next((t for t in tokens if fold(t.text) == fold(probable.split()[0])), None)
        if negated is not None and hedge is not None and found.get("denied", "").startswith(
                "negation") and (negated.head in (hedge, hedge.head)
                                 or hedge in negated.head.ancestors):
            # "ne devrait pas examiner le dossier avant le printemps", "is not expected to":
            # a likelihood that something will not happen, still a likelihood (also one
            # the negation lies below: "were likely to mean one post would not be filled").
            del found["denied"]
    expected = next((c for c in extra if c.startswith("probable")), None)
    if expected:
        found.setdefault("probable", expected)
    aside: str | bool = False  # (an estimate in a relative clause of a noun, read last)
    estimate = next((c for c in extra if c.startswith("estimate")), None) or (
        f"estimate: {e}" if (e := _has(text, cues.get("c_estimate", [])))
        and not _apposed(text, e, cues.get("aside_openers", []))
        and not _figure_after_hedged_verb(tokens, e)
        and not (aside := _in_relative_clause(tokens, e) and e) else None) or (
        # ("espère attirer entre 3 000 et 4 000 marcheurs, une estimation fondée sur ...":
        # the phrase closing the sentence calls what it says an estimate)
        f"estimate: {e}" if (e := _closing_apposition(text, cues.get("c_estimate_appositions",
                                                                     []))) else None)
    if estimate:
        found["estimate"] = estimate

    hedged = next((t for t in tokens if probable and fold(t.text) == fold(probable.split()[0])),
                  None)
    # What the hedge bears on: the words after it, or all of the content for a verb of
    # expecting outside it ("St Catherine's Hospice expects the shop to raise an estimated
    # £80,000").
    after_hedge = [t for t in tokens if t.i > hedged.i] if hedged is not None else \
        tokens if expected and expected.startswith("probable: expectation (") else None
    # (what estimates are said to give: "selon les estimations de l'architecte", "according
    # to the club's estimates", not "selon les prévisions d'Enedis")
    estimates = any(c.startswith("estimate: ") and "estimat" in fold(c.removeprefix(
        "estimate: ")) for c in extra)
    if "probable" in found and "estimate" in found and after_hedge is not None and (
            rough := _approximate(after_hedge, within, cues) or (
                # ("Around 1,200 players are expected, according to the club's
                # estimates": the rough figure before the hedge, on an estimate's word)
                _approximate(tokens, within, cues) if any(
                    c.startswith("estimate: ") for c in extra) else None) or (
                # ("La consommation devrait être divisée par trois, selon les estimations
                # de l'architecte": a likelihood on estimates' word is their estimate, 5
                # of the 5 such lines; on forecasts' it stays a likelihood, 2 of 2)
                "on estimates' word" if estimates else None)):
        # "Selon une estimation du syndicat, la hausse devrait rapporter environ 3,8
        # millions", "is expected to raise an estimated £11 million": the likelihood bears
        # on a figure given roughly after it, which is what is estimated (not "The order,
        # worth an estimated 2.1 billion euros, is expected to be announced").
        del found["probable"]
        found["estimate"] = f"{found['estimate']} ({rough})"
    future = folded(cues, "c_predicted_lemmas")
    # ("Le prévenu devra verser 180 000 euros": a penalty a judgment sets now, not a
    # forecast; but "les patients devront se rendre à Forestville" tells what is to come)
    obligations = folded(cues, "obligation_lemmas")
    penalties = folded(cues, "sentence_acts")
    forecast = _has(text, cues.get("c_predicted", []))
    if forecast:
        found["predicted"] = f"forecast: {forecast}"
    poised = next((t for t in tokens if fold(t.text) in folded(cues, "c_to_come_participles")
                   and t.tag_ in ("VBN", "VBD") and t.i + 1 < len(t.doc)
                   and t.doc[t.i + 1].lower_ == "to"
                   and not any(c.dep_.startswith("aux") and c.morph.get("Tense") == ["Past"]
                               for c in t.children)), None)
    if poised is not None:
        # "Perseids set to peak this week", "The council is set to approve": what is set
        # to happen is to come (not "which was set to open Nov. 22", a past plan)
        found["predicted"] = f"forecast: {poised.text} to"
    counted_on = {fold(p.split()[0]) for p in cues.get("c_predicted", [])}
    if (forecast or any(c.startswith("predicted: forecast (") and fold(
            c.removeprefix("predicted: forecast (").rstrip(")")) in counted_on for c in extra)) \
            and (rough := _approximate(tokens, within, cues)) is not None:
        # "tablent sur environ 6 000 abonnés la première année": a figure counted on,
        # given roughly, is an estimate.
        found.setdefault("estimate", f"estimate: a figure forecast roughly ({rough})")
    # "va fermer" tells the future; "allait fermer" only as what is said ("a annoncé
    # qu'elle allait étendre"), not deeper ("savait que le site allait fermer").
    # ("pour aller travailler": an infinitive "aller" is a purpose, no future.)
    # (not a gerund: "en allant chercher le pain" is no future)
    futures = [t for t in tokens if fold(t.lemma_) in future and (
        t.morph.get("Tense") not in (["Imp"], ["Past"]) or t in heads)
        and t.morph.get("VerbForm") not in (["Inf"], ["Ger"]) and not (
            t.morph.get("VerbForm") == ["Part"] and fold(t.text).endswith("ant"))]
    # ("Food businesses have acted quickly, and we will continue": the future of a second
    # clause is not the claim's.)
    if any(c.startswith("predicted") for c in extra) or any(
            (_tagged_future(t) or _future_form(t)) and not _conditional_form(t)
            and not _aside(t, within) and not _later_clause(t, tokens)
            and not _place_relative(t) and not _future_in_side_clause(t, cues)
            and not (fold(t.lemma_) in obligations and any(
                c.dep_ == "xcomp" and fold(c.lemma_) in penalties for c in t.children))
            # ("Il aura fallu attendre 23 h 40 pour que": a future perfect looking back)
            and not (t.i + 1 < len(t.doc) and f"{fold(t.text)} {fold(t.doc[t.i + 1].text)}"
                     in folded(cues, "retrospective_futures"))
            for t in tokens) or (
        any((t.tag_ == "MD" or (t.pos_ == "AUX" and t.dep_.startswith("aux")))
            and not _aside(t, within) and not _later_clause(t, tokens)
            and not _future_in_side_clause(t, cues) for t in futures)
    ) or any(  # "va supprimer": a future auxiliary the parser took for the main verb
        # (or "va être organisée", its passive)
        any(c.dep_ == "xcomp" and (c.morph.get("VerbForm") == ["Inf"] or any(
            k.dep_ == "aux:pass" and k.morph.get("VerbForm") == ["Inf"] for k in c.children))
            for c in t.children)
        and not _later_clause(t, tokens) and not _indirect_question(t)
        and not _place_relative(t) for t in futures
    ):
        found["predicted"] = next((c for c in extra if c.startswith("predicted")),
                                  "future tense")
    if any(((r.morph.get("VerbForm") == ["Inf"] and r.tag_ == "VB") or (
            # (the passive after no clause of its own: not "Bird flu hits duck farms,
            # 60,000 birds to be culled", the first clause the claim)
            r.tag_ == "VBN" and _bare_or_passive_infinitive(r) and not any(
                t.morph.get("VerbForm") == ["Fin"] and t.i < r.i for t in tokens))) and any(
            c.dep_ == "aux" and c.tag_ == "TO" for c in r.children) and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.i < r.i and not _causative_made_noun(
                c, r, cues) for c in r.children)
            and (r.dep_ == "ROOT" or r.head.i > r.i) for r in roots):
        # "Helixa to cut 1,800 jobs", "Workers to strike next week, union says": a
        # headline's infinitive with its subject tells what is to come (not "called for
        # the inquiry to be swift", whose verb comes first).
        found["predicted"] = "future: headline infinitive"
    elif any(r.dep_ == "ROOT" and r.pos_ in ("NOUN", "PROPN") and all(
            # ("Riverside Sunday market", "Kettle Creek rail bike line": a compound of a
            # compound; not "Ransomware attack forces hospital to divert", a verb taken for
            # a noun in the chain)
            (t.head.i == r.i or (t.pos_ == "PROPN" and r in t.ancestors) or (
                t.dep_ == "compound" and r in t.ancestors and not any(
                    fold(k.text) in folded(cues, "causative_verbs") for k in tokens
                    if k.i < r.i)))
            and t.dep_ in ("amod", "compound", "det")
            for t in tokens if t.i < r.i) and not (
            # ("Harlow Springs council votes to close ...": a verb tagged a plural noun
            # after its subject)
            r.tag_ == "NNS" and any(t.pos_ == "NOUN" and t.dep_ == "compound"
                                    for t in tokens if t.i < r.i)) and any(
            # (an active infinitive the parser made the noun's complement is its purpose:
            # "Town launches campaign to spay ...", a verb taken for a noun in the chain)
            (c.dep_ in ("relcl", "acl", "advcl") or (c.dep_ == "xcomp" and c.tag_ == "VBN"))
            and _bare_or_passive_infinitive(c) and c.i > r.i and any(
                k.dep_ == "aux" and k.tag_ == "TO" and _right_after(r, k) for k in c.children)
            for c in r.children) for r in roots) and not _finite_outside_adverbial(tokens):
        # ("Rural hospital to close its maternity unit": the parser made the infinitive a
        # clause of the subject, in a line with no finite verb but in an adverbial clause:
        # "Family bakery to close after 50 years as owners retire")
        found["predicted"] = "future: headline infinitive"
    elif _headline_infinitive_by_form(tokens) or _infinitive_before_adverbial_root(tokens):
        found["predicted"] = "future: headline infinitive"
    soon = next((t for t in tokens if fold(t.text) in folded(cues, "c_soon_words")
                 and t.dep_ == "advmod" and not any(
                     fold(k.text) in folded(cues, "c_soon_blockers")
                     for k in t.doc[max(t.i - 1, 0) : t.i + 2] if k.i != t.i)), None)
    if soon is not None and not any(t.morph.get("VerbForm") == ["Fin"] for t in tokens):
        # "Les vélos-taxis bientôt plus nombreux dans le centre de Bordeaux": a line with
        # no verb that says "soon" tells what is to come (not "as soon as", "depuis
        # bientôt deux ans")
        found.setdefault("predicted", f"future: soon ({soon.text})")
    intents = _intent_kinds(cues)
    # A present intention only: "envisagerait" is hearsay, "entendait" a past (or "heard"),
    # "n'a pas souhaité commenter" a refusal.
    # A plan ("l'entreprise prévoit de fermer", "said she plans to"), or an aim or a wish
    # the speaker tells of their own; "estiment que la junte cherche à" and "« Le
    # gouvernement veut nous faire travailler »" tell another's, as reported.
    intent = next((t for t in roots if t.pos_ == "VERB" and cue_lemma(t, set(intents)) in intents
                   and any(c.dep_ == "xcomp" or (  # ("expects revenue to grow")
                       c.dep_ == "ccomp" and c.morph.get("VerbForm") == ["Inf"]
                       and any(k.dep_ == "aux" and k.lower_ == "to" for k in c.children))
                           for c in t.children)
                   and (cue_lemma(t, set(intents)) not in folded(cues, "aim_verbs")
                        | folded(cues, "wish_verbs") or (all(
                       c.pos_ == "PRON" and not (
                           # ("“They want us to work until we drop,” said X": in quoted
                           # words, "they" are others, whose wish the speaker tells)
                           c.morph.get("Person") == ["3"]
                           and _inside_quote(t.doc[t.sent.start : t.i].text))
                       for c in t.children if c.dep_ in SUBJECT_DEPS)
                       # ("« Nous voulons offrir une alternative », a-t-elle ajouté": an aim
                       # in the speaker's own quoted words is what they say, as writers
                       # read all three such lines)
                       and text.lstrip()[:1] not in _OPENING_QUOTES))
                   and (t.morph.get("Tense") in (["Pres"], []) or (
                       # ("said the airline planned to cut", "a indiqué que l'accusation
                       # comptait appeler": a plan, not a wish, told in the past of a past
                       # saying; "selon un mémo, la direction envisageait" is a past plan)
                       attributed and t.morph.get("Tense") in (["Imp"], ["Past"])
                       and t.morph.get("VerbForm") == ["Fin"]
                       and cue_lemma(t, set(intents)) in folded(cues, "intention_verbs")
                       and t.head.i != t.i and _told_in_the_past(t.head)))
                   and t.morph.get("Mood") != ["Cnd"]
                   # ("disent envisager de vendre": a step weighed, no plan yet)
                   and cue_lemma(t, set(intents)) not in folded(cues, "considering_verbs")
                   and not _conditional_form(t) and not any(
                       fold(c.text) in folded(cues, "c_negation") for c in t.children)), None)
    # ("accusent le fonds de vouloir faire de Rochefort une filiale": an intention charged
    # is what the charge says, nobody's plan)
    if intent is not None and not any(c.startswith("part of a request or charge")
                                      for c in extra):  # "said she plans to start"
        kind = intents[cue_lemma(intent, set(intents))]
        if kind == "possible" and intent.head.i < intent.i and _lemma_in(
                intent.head, folded(cues, "announcing_verbs")):
            kind = "predicted"  # "a annoncé vouloir relancer la production": a will announced
        found.setdefault(kind, f"intention: {intent.text}")
    considered = next((t for t in roots if t.pos_ == "VERB" and cue_lemma(
        t, folded(cues, "considering_verbs")) in folded(cues, "considering_verbs")
        and any(c.dep_ == "xcomp" for c in t.children)
        and (t.morph.get("Tense") in (["Pres"], []) or (
            t.morph.get("Tense") == ["Imp"] and t.head.i != t.i and _told_in_the_past(t.head)))
        and t.morph.get("Mood") != ["Cnd"] and not _conditional_form(t) and not any(
            fold(c.text) in folded(cues, "c_negation") for c in t.children)
        # (a body or a person: not uncounted or counted people, "plusieurs élus", "seuls 9 %
        # envisagent", "près de six sur dix envisagent")
        and any(c.dep_ in SUBJECT_DEPS and c.pos_ in ("NOUN", "PROPN", "PRON") and not any(
            fold(d.text) in folded(cues, "vague_quantifiers") or d.dep_ == "nummod"
            or d.like_num for d in c.subtree) for c in t.children)), None) \
        if attributed else None
    if considered is not None:
        # "a indiqué qu'elle envisageait de reporter le feu", "D'après un document, la ville
        # envisage de confier ...": a step a body weighs, on someone's word, is possible
        # (not uncounted people's: "plusieurs élus envisagent de démissionner", reported).
        found.setdefault("possible", f"possible: considered ({considered.text})")
    committed = next((r for r in roots if r.pos_ == "VERB" and _lemma_in(
        r, folded(cues, "commitment_verbs")) and any(c.dep_ == "xcomp" for c in r.children)
        and not any((c.dep_.startswith("aux") and c.morph.get("Tense") in (["Imp"], ["Past"]))
                    or c.dep_ in ("aux:pass", "auxpass") for c in r.children)
        # ("la mairie aurait promis d'installer ...": the promise itself reported, 7 of
        # the 7 such lines with a verb of intent in the conditional)
        and not any(c.morph.get("Mood") == ["Cnd"] or _conditional_form(c)
                    for c in (r, *r.children) if c == r or c.dep_.startswith("aux"))
        and not any(fold(c.text) in folded(cues, "c_negation") for c in r.children)), None)
    if committed is not None and attributed:
        # "L'État s'est engagé à verser des avances, selon la préfecture": a commitment told
        # on a source's word is what is to come (as "X vowed to win" is).
        found.setdefault("predicted", f"commitment: {committed.text}")
    # (a thing's step, with its time in the infinitive's own phrase: not "La ministre doit
    # présenter la semaine prochaine un plan", whose writers read what she must do)
    people = cues.get("title_nouns", [])
    scheduled = _head_verb(roots, obligations, cues, lambda t: t.morph.get("Tense") == ["Pres"]
                           and t.morph.get("Mood") == ["Ind"] and any(
                               c.dep_ == "xcomp" and fold(c.lemma_) not in penalties
                               and _has(" ".join(k.text for k in c.subtree),
                                        cues.get("schedule_times", []))
                               for c in t.children) and not any(
                               c.dep_ in SUBJECT_DEPS and (c.pos_ in ("PRON", "PROPN") or _has(
                                   c.text, people) or _person_noun(c.text, cues))
                               for c in t.children))
    if scheduled is not None and attributed:
        # "Des arbres doivent être plantés cet hiver, selon le service des espaces verts":
        # a step set for a time to come, told on a source's word, is what is to come.
        found.setdefault("predicted", f"scheduled: {scheduled.text}")
    aimed = _head_verb(roots, folded(cues, "aim_verbs") | folded(cues, "wish_verbs"), cues)
    if aimed is not None and attributed and (by := _has(text, cues.get("deadline_marks", []))):
        # "La commune vise 50 % de produits locaux d'ici à la rentrée 2025, a indiqué
        # l'élue": an aim set by a date, told on a source's word, is what is to come.
        found.setdefault("predicted", f"aim by a deadline: {aimed.text} ({by})")
    # (with its object, and not a figure: "expects pre-tax profit of 410 million pounds"
    # is a forecast)
    expecting = _head_verb(roots, folded(cues, "expectation_verbs"), cues, lambda t: any(
        c.dep_ in ("dobj", "obj") and c.pos_ == "NOUN" and not any(
            k.like_num for k in c.subtree) for c in t.children))
    if expecting is not None and attributed:
        # "said it expected further delays on Monday": what the source expects is likely
        # (an expectation with its object; "expects revenue to grow" is a plan told).
        found.setdefault("probable", f"expectation: {expecting.text}")
    fear = folded(cues, "fear_verbs")
    feared = next((t for t in roots if t.pos_ == "VERB" and _lemma_in(t, fear)), None)
    if feared is not None and not any(c.startswith("reported: a fear told") for c in extra):
        found.setdefault("possible", f"fear: {feared.text}")
    conditional = [t for t in heads if (_tagged_conditional(t) and not _future_form(t))
                   or _conditional_form(t)]
    opening = next((t for t in tokens if not t.is_punct), None)
    after = next((t for t in tokens if opening is not None and t.i > opening.i), None)
    to_come = any(_tagged_future(t) or _future_form(t) for t in heads)
    # ("Without the van, I'd have no books": the English conditional is its auxiliary's)
    would = any(c.dep_ == "aux" and fold(c.text) in folded(cues, "c_conditional_auxiliaries")
                for t in heads for c in t.children)
    if (conditional or to_come or would) and opening is not None and fold(opening.text) in folded(
            cues, "c_counterfactual_openers") and after is not None and (
            after.pos_ in ("DET", "PRON") or after.morph.get("VerbForm") in (["Inf"], ["Ger"])
            or (after.pos_ in ("NOUN", "PROPN") and after.is_lower and fold(after.text) not in
                folded(cues, "c_manner_nouns_after_without")
                # (its phrase closed by a comma, the noun lowercase whatever the tagger
                # called it: "Sans pluie significative d'ici trois semaines, nous
                # pourrions ...")
                and any(t.text == "," for t in after.doc[after.i + 1 : min(
                    after.i + 8, after.sent.end)]))):
        # (with what it lacks, not an adverb: "Sans surprise, le ministre aurait démissionné";
        # or whom: "« Sans eux, on aurait perdu le dernier service public »"; or a bare
        # noun set off, with what would follow in the future: "« Sans compensation, il
        # n'y aura pas de volontaires »")
        # "« Sans cette hausse, nous aurions dû supprimer des lignes »": what would have
        # been, a hypothesis, not hearsay.
        found.setdefault("hypothetical", f"hypothesis: counterfactual ({opening.text})")
    if conditional and "possible" not in found and "probable" not in found:
        found["reported"] = f"conditional: {conditional[0].text}"
    reported = _has(_masked(text, _manner_phrases(cues)), cues.get("c_reported", []))
    hits = [t for t in tokens if fold(t.text) == fold(reported or "")]
    if hits and all(t.pos_ in ("ADJ", "NOUN", "VERB", "ADV") and t.dep_ in (
            "amod", "acl", "xcomp") and any(a.dep_.startswith(("obl", "nmod", "pobj"))
                                            for a in t.ancestors) for t in hits):
        # "porte plainte après la fuite présumée du sujet", "after the alleged attack": a
        # doubt on a circumstance, not on the claim.
        reported = None
    if hits and all(_after_auxiliary(t) for t in hits):
        # "« Je n'ai jamais prétendu soigner qui que ce soit »": the verb "prétendre" in
        # a compound tense, whatever the tagger made it, no "prétendu" of hearsay
        reported = None
    if hits and all(_on_object(t) for t in hits):
        # "avait écoulé des dizaines de meubles prétendument d'époque Louis XV", "une
        # vingtaine de tableaux prétendument signés Utrillo": a doubt on what the thing
        # done was done to, not on the deed.
        reported = None
    if hits and all(_in_adverbial(t, folded(cues, "c_adverbial_marks")) and any(
            a.dep_ == "advcl" for a in t.ancestors) for t in hits):
        # "..., after a farm labourer murdered his family in 1905 while reportedly drunk
        # on the spirit": a doubt on a circumstance of a clause of time, not on the claim.
        reported = None
    if reported:
        found.setdefault("reported", f"hearsay: {reported}")
    charged = next((t for t in roots if _charged(t, cues)), None) or next(
        (t for r in roots if r.dep_ == "ROOT" and r.pos_ in ("NOUN", "PROPN")
         for t in r.children if t.dep_ == "acl" and _charged(t, cues)), None)
    if charged is not None:
        # "Le maire est soupçonné d'avoir ...", a headline's "Minister accused of billing
        # taxpayers": a charge someone makes, told, not the outlet's fact.
        found.setdefault("reported", f"charge: {charged.text}")
    passive = next((c for c in extra if c.startswith("reported")), None)
    if passive:
        found.setdefault("reported", passive)
    if attributed and (awaited := _has(text, cues.get("c_attributed_forecasts", []))):
        # "Selon Météo-France, de nouvelles pluies sont attendues": what a source expects
        # to come is its forecast (the outlet's own "Le ministre est attendu jeudi" is a
        # scheduled step, asserted).
        found.setdefault("predicted", f"forecast: {awaited}")
    if set(found) <= {"reported", "probable"} and (weather := _weather_awaited(
            tokens, cues, crowds=not attributed)):
        # "jusqu'à 42 °C attendus dans le Sud-Ouest", "Gusts of up to 80 mph are expected
        # on exposed summits": a measure of the weather awaited is a forecast, the outlet's
        # own too (3 such lines of 3); the awaiting was the only hedge ("are expected").
        # So is the outlet's own crowd awaited ("Près de 15 000 visiteurs sont attendus ce
        # week-end"; on a source's word it is its estimate, read below).
        found.pop("probable", None)
        found["predicted"] = f"forecast: {weather}"
    if attributed:
        found.setdefault("reported", "attributed")
    if attributed and set(found) == {"reported"} and (rough := _approximate(
            tokens, within, cues, "estimate_approximations", plain=True)) is not None:
        # "Environ 300 habitants ont été évacués, selon la mairie", "The closure affects
        # roughly 2,000 season-pass holders, the parks department said": a source's figure
        # given roughly is its estimate (44 of the 50 French lines with "environ" before
        # "selon X"); not a forecast ("supprimera environ 1 200 postes, a-t-elle annoncé")
        # nor anything hedged.
        found["estimate"] = f"estimate: a figure given roughly ({rough})"
    if according and (set(found) == {"reported"} or (
            # ("Quelque 450 exposants sont attendus, selon le comité des fêtes": a crowd
            # awaited, counted roughly on a source's word, is its estimate too: 6 lines of 6)
            set(found) == {"reported", "predicted"}
            and str(found["predicted"]).startswith("forecast: "))) and (
            rough := _rough_crowd(tokens, within, cues)) is not None:
        found.pop("predicted", None)
        # "Selon le comité des fêtes, quelque 2 500 spectateurs se sont massés le long du
        # parcours": a crowd a source counts roughly, on its word, is its estimate, with
        # any word of approximation ("quelque" too, which writers split on other figures;
        # 7 such lines of 7 read as estimates); not what a verb of saying tells ("Quelque
        # 430 personnes sont inscrites sur le registre, a indiqué le CCAS", reported).
        found["estimate"] = f"estimate: a crowd counted roughly ({rough})"
    if set(found) == {"reported"} and raw and _counts_set_against(list(raw[0].sent), cues):
        # "Ils étaient 11 200 à Paris selon la préfecture de police, 35 000 selon les
        # organisateurs": counts each side gives against the other's are estimates (3 such
        # lines of 3; "selon les estimations" already read so).
        found["estimate"] = "estimate: counts set against each other"
    if ("possible: not ruled out" in extra or _has(str(found.get("possible", "")), cues.get(
            "c_not_ruled_out", []))) and str(found.get("hypothetical", "")).startswith(
            "hypothesis: ") and not (
            opening is not None and fold(opening.text) in folded(cues, "c_condition_marks")):
        # "n'exclut pas de convoquer à nouveau les candidats si l'enquête établissait ...",
        # "une nouvelle hausse n'est pas exclue si l'État ne compense pas": what is not
        # ruled out, under its condition, stays a possibility (but a condition opening the
        # sentence sets it first: "Si la fréquentation ne suit pas, les repreneurs
        # n'excluent pas d'ajouter ...", a hypothesis: 5 lines of 5).
        del found["hypothetical"]
    if "hypothetical" in found and "denied" in found and opening is not None and (
            fold(opening.text) in folded(cues, "c_condition_marks")
            or found["hypothetical"].startswith("hypothesis: counterfactual")):
        # "« Si rien n'est fait, certaines universités ne pourront plus payer »": a
        # negation inside what a condition would bring is part of the hypothesis.
        found = {"hypothetical": found.pop("hypothetical"), **found}
        return "hypothetical", list(found.values())
    if str(found.get("denied", "")).startswith("negation") and str(
            found.get("possible", "")).startswith(("fear", "possible: fear")):
        # "Some residents had feared the library would never reopen": the negation is part
        # of what is feared, which is only possible.
        del found["denied"]
    if aside and not found:
        # ("The museum, which drew an estimated 1.1 million visitors last year, is one of
        # the most visited": with nothing else to say how surely, the estimate the
        # relative clause gives still hedges the claim; "fera l'objet d'une restauration,
        # dont le coût est évalué à ...", a forecast, or a report stay what they are)
        found["estimate"] = f"estimate: {aside}"
    return strongest(found)


_FR_FUTURE_ENDINGS = ("ons", "ont", "ez", "ai", "as", "a")
_FR_IRREGULAR_FUTURE = ("ser", "aur", "ir", "fer", "pourr", "devr", "viendr", "tiendr", "verr",
                        "saur", "voudr", "faudr", "enverr", "courr", "mourr", "vaudr", "pleuvr",
                        "recevr", "percevr", "apercevr", "concevr", "decevr", "obtiendr",
                        "maintiendr", "reviendr", "interviendr", "deviendr", "soutiendr",
                        "parviendr", "prevaudr", "accueiller", "recueiller", "cueiller",
                        "acquerr", "conquerr", "requerr")


_FR_CONDITIONAL_ENDINGS = ("aient", "ions", "iez", "ais", "ait")


def _counterfactual(tokens: list[Token], within: set[int], cues: dict[str, Any]
                    ) -> Token | None:
    """The modal of a past that did not happen in the content's own clause
    (``counterfactual_modals``): English "could have" + participle, French "aurait pu" +
    infinitive (not "il aurait pu s'agir", which weighs what happened:
    ``weighing_infinitives``)."""
    modals = folded(cues, "counterfactual_modals")
    weighing = folded(cues, "weighing_infinitives")
    opening = fold(tokens[0].sent.text.lstrip(" «“\"'")).split()[:1] if tokens else []
    # (nothing says it did not happen, and a thing, not someone who could have acted, is
    # the subject: "said a failure of the release could have played a role", "l'intrusion
    # aurait pu débuter en mars", a possibility; but "the council could have sold the
    # building years ago" tells a choice not made)
    weighed = bool(tokens) and bool(cues.get("counterfactual_signals")) and not _has(
        tokens[0].sent.text, cues.get("counterfactual_signals", [])) and not (
        opening and opening[0] in folded(cues, "counterfactual_leads"))
    for t in tokens:
        if _aside(t, within) or t.i + 2 >= len(t.doc):
            continue
        after = t.doc[t.i + 1]
        if t.tag_ == "MD" and fold(t.text) in modals and after.lemma_ == "have" and \
                t.head.tag_ == "VBN" and t.head.i > after.i and not (
                    weighed and not _agent_subject(t.head, cues)):
            return t  # "could have drawn"
        if fold(t.lemma_) in modals and t.morph.get("VerbForm") == ["Part"] and any(
                c.dep_ == "aux:tense" and c.morph.get("Mood") == ["Cnd"] for c in t.children
        ) and not any(c.dep_ == "xcomp" and fold(c.lemma_) in weighing for c in t.children
                      ) and not (weighed and not _agent_subject(t, cues)):
            return t  # "aurait pu refaire"
    return None


def _agent_subject(verb: Token, cues: dict[str, Any]) -> bool:
    """Whether the subject of a verb is someone who can act: a person or a body by its
    name or noun, or a personal pronoun ("we could have", "on aurait pu")."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "expl:subj")), None)
    if subject is None:
        return False
    if subject.pos_ == "PRON":
        return fold(subject.text) in folded(cues, "agent_pronouns")
    return subject.pos_ == "PROPN" or _person_noun(subject.text, cues) or _has(
        subject.text, _speaker_nouns(cues))


def _conditional_form(tok: Token) -> bool:
    """A French conditional the tagger read as an imperfect ("ouvrirait" tagged Tense=Imp)
    or a future ("seraient" tagged Tense=Fut): the future's stem and an imperfect ending
    ("ouvrir-ait", "ser-aient")."""
    return tok.morph.get("Mood") != ["Cnd"] and _fr_future_stem(tok, _FR_CONDITIONAL_ENDINGS)


def _charged(tok: Token, cues: dict[str, Any]) -> bool:
    """Whether ``tok`` is the participle of a charge in the passive with what is charged
    ("soupçonné d'avoir fait payer", "accused of billing"): no perfect's auxiliary ("a
    accusé" is the accuser's own statement)."""
    return (tok.morph.get("VerbForm") == ["Part"] or tok.tag_ == "VBN") and \
        _lemma_in(tok, folded(cues, "charged_participles")) and not any(
            c.dep_ in ("aux:tense", "aux") and c.lemma_ in ("avoir", "have")
            for c in tok.children) and any(
            c.dep_ in ("xcomp", "prep", "obl:arg", "obl:mod", "advcl") and any(
                fold(k.text) in ("de", "d'", "d’", "of") for k in [c, *c.children])
            for c in tok.children)


def _heads(tokens: list[Token], within: set[int]) -> tuple[list[Token], list[Token]]:
    """The tokens whose head lies outside ``within`` (the content's roots), and those roots
    with their auxiliaries and copulas, where a clause's tense and mood are written."""
    roots = [t for t in tokens if t.head.i not in within or t.head.i == t.i]
    return roots, [*roots, *(c for r in roots for c in r.children
                             if c.dep_.startswith("aux") or c.dep_ == "cop")]


def _quoted_titles(tokens: list[Token], cues: dict[str, Any]) -> tuple[tuple[int, int], ...]:
    """Quoted titles in the content: quote marks opened right after a noun of a work
    (``work_nouns``), with or without a comma ("Le livre « Nous ne mourrons pas ce soir »",
    'Her debut novel, "We Were Never Here,"'), or after a word that names
    (``naming_words``: "Le rapport, sobrement intitulé « Sortir de l'impasse »"). Their
    words hedge and deny nothing, and no incise follows them."""
    works = folded(cues, "work_nouns")
    naming = folded(cues, "naming_words")
    out = []
    for n, t in enumerate(tokens):
        if not ((t.is_quote and t.is_left_punct) or t.text in ("«", "“")) or n == 0:
            continue
        before = tokens[n - 1] if tokens[n - 1].text != "," or n < 2 else tokens[n - 2]
        # ("Mohamed Hamdan Daglo, dit « Hemedti »": a name's nickname, after its comma)
        nickname = n >= 3 and fold(tokens[n - 1].text) in folded(cues, "nickname_words") and \
            tokens[n - 2].text == "," and tokens[n - 3].pos_ == "PROPN"
        close = next((k for k in tokens[n + 1 :] if k.is_quote or k.text in ("»", "”")), None)
        inner = tokens[n + 1 : tokens.index(close)] if close is not None else []
        # ("Le navire, le « Kerlouan », avait quitté": a name quoted after its article; "Le
        # collectif « Sauvons la dune », qui ...": after a body's noun, verbs and all)
        body = tokens[n - 1].pos_ == "NOUN" and _has(tokens[n - 1].text, cues.get(
            "institution_nouns", []))
        # (or after a preposition, every word capitalised: "le gérant de « Serrurerie
        # Express Pro 49 »", a firm's name)
        named = 0 < len(inner) <= 6 and inner[0].text[:1].isupper() and (
            body or (tokens[n - 1].pos_ == "DET" and len(inner) <= 4 and not any(
                k.morph.get("VerbForm") == ["Fin"] or k.is_punct for k in inner)) or (
                tokens[n - 1].pos_ == "ADP" and all(
                    k.text[:1].isupper() or k.like_num for k in inner)))
        if (before.pos_ not in ("NOUN", "PROPN") or fold(before.text) not in works) and \
                fold(tokens[n - 1].text) not in naming and not nickname and not named:
            continue
        if close is not None:
            out.append((t.idx, close.idx + len(close.text)))
    return tuple(out)


_FR_FUTURE = re.compile("r(?:" + "|".join(_FR_FUTURE_ENDINGS) + ")$")


def _at_risk(tokens: list[Token], cues: dict[str, Any]) -> Token | None:
    """The participle that puts the claim at risk of something ("Nuvalia menacée d'une
    amende", "l'usine est menacée de fermeture"; ``risk_participles``): the claim's own
    verb, or the participle on its subject (after a headline's topic too: "Concurrence :
    Nuvalia menacée d'..."), with no past auxiliary and with what threatens after "de"."""
    def main(t: Token) -> bool:
        head = t.head
        return t.dep_ == "ROOT" or (t.dep_ == "acl" and (head.dep_ == "ROOT" or (
            head.head.dep_ == "ROOT" and head.head.i < head.i
            and any(x.text == ":" for x in t.doc[head.head.i : head.i]))))

    def past(t: Token) -> bool:  # "a été menacé de mort": threats made
        return any(c.dep_ == "aux:tense" or (c.dep_.startswith("aux") and (
            c.morph.get("VerbForm") == ["Part"] or c.morph.get("Tense") in (["Imp"], ["Past"])))
            for c in t.children)

    def threat(t: Token) -> bool:  # (not "menacés d'ici à 2026")
        return any(fold(k.text) in ("de", "d'", "d’") for c in t.children
                   if c.pos_ in ("NOUN", "VERB") for k in c.children
                   if k.dep_ in ("case", "mark"))

    return next((t for t in tokens if _lemma_in(t, folded(cues, "risk_participles"))
                 and t.morph.get("VerbForm") == ["Part"] and main(t) and not past(t)
                 and threat(t)), None)


def _tagged_conditional(tok: Token) -> bool:
    """A conditional by the tagger, believed in French only with a conditional's ending:
    the small model tags "restent" Mood=Cnd ("les guichets restent ouverts")."""
    # (and the future's stem before it: "transportait", an imperfect the model tagged
    # Mood=Cnd, has the ending but not "transporter-")
    return tok.morph.get("Mood") == ["Cnd"] and (
        tok.lang_ != "fr" or (fold(tok.text).endswith(_FR_CONDITIONAL_ENDINGS)
                              and _fr_future_stem(tok, _FR_CONDITIONAL_ENDINGS)))


def _tagged_future(tok: Token) -> bool:
    """A future by the tagger, believed in French only with a future's ending: the small
    model tags "comprends" Tense=Fut."""
    return tok.morph.get("Tense") == ["Fut"] and (
        tok.lang_ != "fr" or _FR_FUTURE.search(fold(tok.text)) is not None)


def _future_form(tok: Token) -> bool:
    """A French future the tagger read as a present ("ouvrirons" tagged Tense=Pres): the
    infinitive's stem and a future ending ("ouvrir-ons", "prendr-ont", "ser-a")."""
    # (and "gagnerons" tagged Mood=Cnd: no conditional ending, a future)
    return _fr_future_stem(tok, _FR_FUTURE_ENDINGS) and (
        tok.morph.get("Mood") != ["Cnd"] or not fold(tok.text).endswith(_FR_CONDITIONAL_ENDINGS))


def _fr_future_stem(tok: Token, endings: tuple[str, ...]) -> bool:
    """Whether a French verb is the future stem (the infinitive, or an irregular stem such
    as "ser-", "ir-") followed by one of ``endings``."""
    if tok.lang_ != "fr" or tok.pos_ not in ("VERB", "AUX"):
        return False
    word, lemma = fold(tok.text), fold(tok.lemma_)
    for ending in endings:
        stem = word[: -len(ending)]
        # ("appellerons" of "appeler", "emploiera" of "employer": the future's spelling)
        regular = re.sub(r"(?<=[aou])ier$", "yer",
                         re.sub(r"(ll|tt)er$", lambda m: m[1][0] + "er", stem))
        if word.endswith(ending) and stem.endswith("r") and (
                (len(stem) > 2 and lemma in (stem, stem + "e", regular))
                or stem in _FR_IRREGULAR_FUTURE):  # "irons": "ir-" of "aller"
            return True
    return False


def _setting_off_commas(text: str) -> str:
    """``text`` folded, its decimal commas made points ("7,5 millions"), so that its commas
    are only those that set phrases off."""
    return re.sub(r"(\d),(\d)", r"\1.\2", fold(text))


def _closing_apposition(text: str, phrases: list[str]) -> str | None:
    """The phrase of ``phrases`` that opens the last phrase of the sentence, set off by a
    comma ("..., une estimation fondée sur la fréquentation d'un itinéraire voisin")."""
    flat = _setting_off_commas(text).rstrip(" .")
    return next((p for p in phrases if re.search(
        rf",\s*{re.escape(fold(p))}\b[^,]*$", flat) is not None), None)


def _apposed(text: str, phrase: str, openers: list[str] | None = None) -> bool:
    """Whether ``phrase`` opens a phrase set off by commas inside the sentence ("Ce projet,
    estimé à 7,5 millions d'euros, sera lancé en 2026"), or comes right after one of the
    language's ``aside_openers`` there ("A trailer ..., home to an estimated two million
    bees, has been stolen"): it qualifies a noun, and the sentence's claim is elsewhere."""
    lead = "|".join(re.escape(fold(o)) for o in openers or [])
    lead = rf"(?:(?:{lead})\s+)?" if lead else ""
    return re.search(rf",\s*{lead}{re.escape(fold(phrase))}[^,]*,\s*\S",
                     _setting_off_commas(text)) is not None


def _figure_after_hedged_verb(tokens: list[Token], phrase: str) -> bool:
    """Whether ``phrase`` ("évalué à") qualifies a noun after a verb whose own mood or tense
    already says how surely ("le réseau aurait écoulé 6 800 billets, pour un préjudice
    évalué à 412 000 euros", "nécessitera six agents, pour un coût évalué à ..."): the
    figure is the claim's detail; the conditional or the future is the claim's."""
    first = fold(phrase).split()[0]
    for t in tokens:
        if fold(t.text) != first or t.dep_ != "acl" or t.head.pos_ != "NOUN" or \
                t.head.dep_ in SUBJECT_DEPS:
            continue
        verb = next((a for a in t.head.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is not None and verb.i < t.head.i and any(
                v.morph.get("Mood") == ["Cnd"] or v.morph.get("Tense") == ["Fut"]
                # (an auxiliary the parser left loose: "aurait" as a "dep")
                for v in (verb, *(c for c in verb.children if c.dep_.startswith("aux") or (
                    c.pos_ == "AUX" and c.dep_ == "dep" and c.i < verb.i)))):
            return True
    return False


def _inverted_condition(tokens: list[Token], cues: dict[str, Any]) -> Token | None:
    """"Should the league approve the sale, ...", "Had he known, ...": an auxiliary opening
    a clause before its subject states a condition."""
    words = folded(cues, "inverted_conditions")
    for t in tokens:
        if fold(t.text) not in words or t.i + 1 >= len(t.doc):
            continue
        # (also opening a quote: "\"Should China choose escalation, we are ready,\" ...")
        starts = t.i == t.sent.start or (
            t.i - 1 == t.sent.start and t.doc[t.i - 1].text in _OPENING_QUOTES)
        opens = starts or t.doc[t.i - 1].text in (",", ";", "—")
        subject_after = any(c.dep_ in SUBJECT_DEPS and c.i > t.i for c in t.head.children)
        # ("Should the owners fail to pay, the ITF said, it would ...": opening the
        # sentence, whatever the parser hung it on, unless the sentence asks.)
        first = starts and not t.sent.text.rstrip().endswith("?") and any(
            k.text == "," for k in t.doc[t.head.i : t.sent.end])
        if opens and subject_after and t.head.i > t.i and (t.head.dep_ == "advcl" or first):
            return t
    return None


def strongest(found: dict[str, str]) -> tuple[str, list[str]]:
    """The certainty that decides (the first of ``CERTAINTY_ORDER`` found, else asserted)
    and every cue found, the deciding one first: both readers, parsed or not, end here."""
    for level in CERTAINTY_ORDER:
        if level in found:
            return level, [found[level]] + [v for k, v in found.items() if k != level]
    return "asserted", []
