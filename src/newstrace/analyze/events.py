"""Events in the PLOVER ontology: who did what to whom, where and when, tied to its claim.

One code path for every language: per-language trigger lexicons
(``lexicons/<lang>.events.toml``: verbs, nouns, adjectives per PLOVER type)
read on the dependency parse of the language layer.

- **Actor**: the trigger's subject; through syntax when it has none — the object
  of a control verb ("autorise l'Ukraine à frapper"), the agent of a passive
  ("par X"), the noun a participle qualifies ("l'administration ... pour avoir
  accordé"), the complement of a governing noun ("la décision de la Corée du
  Nord d'envoyer"), the subject of a light verb ("font pression"), the
  demonym on a noun ("les attaques russes").  Pronouns go to the last person
  named.  Forces with a demonym ("soldats nord-coréens") are that country, MIL.
- **Recipient**: the object or the indirect object ("à la Russie", "sur Biden"),
  else the country where an assault or a deployment lands.
- **Across sentences**: an agentless passive act repeated from the previous body sentence
  takes the actor it had there ("Ces armes seront utilisées ..."); an opposition without
  complement rejects whoever asked the actor just before ("Biden était resté opposé").
  What is inferred is marked: a third evidence span, in the earlier sentence.
- **Certainty and source** come from the claim that carries the event: an event
  read in a rumour is a rumour.  **Tense** from morphology and the claim's
  modality.  Captions give caption events, dated by the caption only.
- What is only wanted or permitted (an infinitive under a control verb, a purpose
  clause) is not an event of its own; a negated grant becomes a REJECT and a
  negated action is dropped: never the action itself.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING, Any

from newstrace import lexicons
from newstrace.analyze.entities import EntityIndex
from newstrace.model import BODY_KINDS, Claim, Entity, Event, Participant, Place, Source, Span, Time
from newstrace.nlp.dates import fold
from newstrace.nlp.parse import ParsedBlock

if TYPE_CHECKING:
    from spacy.tokens import Token

#: PLOVER type -> CAMEO root code, for users of GDELT-style data (CAMEO2PLOVER table).
CAMEO_ROOT = {
    "AGREE": "03", "CONSULT": "04", "SUPPORT": "05", "COOPERATE": "06", "AID": "07",
    "CONCEDE": "08", "RETREAT": "08", "REQUEST": "10", "ACCUSE": "11", "REJECT": "12",
    "THREATEN": "13", "PROTEST": "14", "MOBILIZE": "15", "SANCTION": "16", "COERCE": "17",
    "ASSAULT": "18",
}
#: Grants whose negation is a refusal ("n'a pas autorisé" is a REJECT).
GRANTS = {"CONCEDE", "AID", "AGREE", "COOPERATE", "SUPPORT", "CONSULT"}
SYMMETRIC = {"AGREE", "CONSULT", "COOPERATE"}
#: Cooperative acts whose announced intent PLOVER codes as AGREE (CAMEO root 03).
INTENT_TYPES = {"SUPPORT", "AID", "CONCEDE", "COOPERATE", "RETREAT", "CONSULT"}
SUBJECTS = {"nsubj", "csubj"}
PASSIVE_SUBJECTS = {"nsubj:pass", "nsubjpass"}
AGENTS = {"obl:agent", "agent"}
OBJECTS = {"obj", "dobj", "iobj", "obl:arg", "dative", "obl"}
DEPENDENT_CLAUSES = {"xcomp", "advcl", "ccomp"}
#: Function words that introduce a phrase and are not part of a participant's name.
MARKERS = {"case", "mark", "prep"}
RELATIVE = {"qui", "que", "which", "who", "that", "lequel", "dont"}
#: Clauses hanging from a word: not part of its own phrase.
CLAUSES = {"advcl", "ccomp", "xcomp", "conj", "parataxis", "acl:relcl", "relcl", "csubj"}
#: Clauses under a trigger that say what it asks for, announces or is for.
REQUESTED = {"xcomp", "ccomp", "advcl", "acl"}
#: Heads through which a reported clause reaches its speaker ("declared that ... must").
REPORTED = {"ccomp", "acl", "advcl", "conj", "xcomp", "parataxis"}


#: Hostile acts whose announcement by their actor PLOVER codes as THREATEN, with the
#: THREATEN mode the act makes clear (CAMEO2PLOVER 13x).
HOSTILE = {"SANCTION": "relations", "COERCE": "restrict", "ASSAULT": "violence",
           "PROTEST": "relations", "MOBILIZE": "violence"}
#: Types a verb of saying can carry without being the act ("agree that", "recognise that").
SAYING = {"AGREE", "CONCEDE", "SUPPORT"}
#: Dependencies of what a verb acts on, where a frame looks for its object.
FRAME_OBJECTS = {"obj", "dobj", "nsubj:pass", "nsubjpass", "obl:arg", "obl", "nmod", "attr",
                 "oprd", "pobj"}
DIRECT_OBJECTS = {"obj", "dobj", "nsubj:pass", "nsubjpass"}


@dataclass(frozen=True, slots=True)
class _Frame:
    """A verb or noun whose object decides the type ("block roads" is a PROTEST)."""

    type: str
    mode: str | None
    objects: frozenset[str]  # empty: any direct object


@dataclass(frozen=True, slots=True)
class _Lexicon:
    verbs: dict[str, str]
    nouns: dict[str, str]
    adjectives: dict[str, str]
    frames: dict[str, tuple[_Frame, ...]]
    modes: dict[str, dict[str, str]]
    sectors: dict[str, str]
    use_verbs: frozenset[str]
    weapons: frozenset[str]
    forces: frozenset[str]
    object_control: frozenset[str]
    purpose: frozenset[str]
    negation: frozenset[str]
    intent: frozenset[str]
    carriers: frozenset[str]
    recipient_preps: frozenset[str]
    threat_intent: frozenset[str]
    obligation: frozenset[str]
    possibility: frozenset[str]
    failure: frozenset[str]
    future: frozenset[str]
    speech: frozenset[str]
    impersonal: frozenset[str]
    collectives: frozenset[str]
    residence: frozenset[str]


@cache
def _lexicon(language: str | None) -> _Lexicon:
    lex = lexicons.load(language)
    events = lex.get("events") or lexicons.load_all().get("events", {})
    tables: dict[str, dict[str, str]] = {"verbs": {}, "nouns": {}, "adjectives": {}}
    modes: dict[str, dict[str, str]] = {}
    for etype, entry in events.items():
        if etype in ("cues", "frames", "sectors"):
            continue
        for pos, table in tables.items():
            for word in entry.get(pos, []):
                table.setdefault(fold(word), etype)
        for mode, words in entry.get("modes", {}).items():
            for word in words:
                modes.setdefault(etype, {}).setdefault(fold(word), mode)
    frames: dict[str, list[_Frame]] = {}
    for f in events.get("frames", []):
        frame = _Frame(f["type"], f.get("mode"), frozenset(fold(o) for o in f.get("objects", [])))
        for verb in f.get("verbs", []):
            frames.setdefault(fold(verb), []).append(frame)
    sectors = {fold(w): sector for sector, words in events.get("sectors", {}).items()
               for w in words}
    cues = events.get("cues", {})
    neg = lex.get("certainty", {}).get("negation", [])

    def fs(name: str) -> frozenset[str]:
        return frozenset(fold(w) for w in cues.get(name, []))

    return _Lexicon(tables["verbs"], tables["nouns"], tables["adjectives"],
                    {k: tuple(v) for k, v in frames.items()}, modes, sectors, fs("use_verbs"),
                    fs("weapons"), fs("forces"), fs("object_control"), fs("purpose_marks"),
                    frozenset(fold(w) for w in neg), fs("intent"), fs("carrier_verbs"),
                    fs("recipient_preps"), fs("threat_intent"), fs("obligation"),
                    fs("possibility"), fs("failure"), fs("future"),
                    frozenset(fold(w) for w in lex.get("claims", {}).get("reporting_verbs", [])),
                    fs("impersonal_pronouns"), fs("collectives"), fs("residence_preps"))


def _lemmas(tok: Token) -> tuple[str, ...]:
    """The lemma with its particle first ("call off", "hand over"), then the bare lemma."""
    lemma = fold(tok.lemma_)
    prt = next((c for c in tok.children if c.dep_ in ("prt", "compound:prt")), None)
    return (f"{lemma} {fold(prt.text)}", lemma) if prt is not None else (lemma,)


def _phrases(tok: Token, width: int = 3) -> set[str]:
    """``tok``'s lemma, text and the short word runs around it in its own phrase.

    "state of emergency", "état d'urgence", "peacekeeping troops": what a lexicon
    entry of several words can match, without parsing the entry.
    """
    out = {fold(tok.lemma_), fold(tok.text)}
    lo = max(tok.left_edge.i, tok.i - width)
    hi = min(tok.right_edge.i, tok.i + width)
    doc = tok.doc
    for i in range(lo, tok.i + 1):
        for j in range(tok.i, hi + 1):
            if i == j:
                continue
            out.add(fold("".join(t.text_with_ws for t in doc[i : j + 1]).strip()))
    return out


def _frame_objects(tok: Token) -> list[Token]:
    objs = [c for c in tok.children if c.dep_ in FRAME_OBJECTS]
    for prep in (c for c in tok.children if c.dep_ in ("prep", "agent")):
        objs += [g for g in prep.children if g.dep_ == "pobj"]
    return objs


def _frame(tok: Token, lemmas: tuple[str, ...], lex: _Lexicon) -> tuple[_Frame, Token] | None:
    """The frame a verb or noun and its object make, with the object."""
    for lemma in lemmas:
        for frame in lex.frames.get(lemma, ()):
            for obj in _frame_objects(tok):
                if not frame.objects:
                    if obj.dep_ in DIRECT_OBJECTS and obj.pos_ in ("NOUN", "PROPN", "PRON"):
                        return frame, obj
                elif _phrases(obj) & frame.objects:
                    return frame, obj
    return None


def _classify(tok: Token, lex: _Lexicon) -> tuple[str, str | None, int | None] | None:
    """Type, mode and the object that decided it (consumed: not an event of its own)."""
    if tok.pos_ in ("VERB", "AUX") or (tok.pos_ == "ADJ" and tok.tag_ == "VBN"):
        lemmas = _lemmas(tok)
        found = _frame(tok, lemmas, lex)
        if found is not None:
            frame, obj = found
            return frame.type, frame.mode or _mode(tok, frame.type, lex), obj.i
    elif tok.pos_ == "NOUN" and tok.dep_ != "compound":
        found = _frame(tok, (fold(tok.lemma_), fold(tok.text)), lex)
        if found is not None:
            frame, obj = found
            return frame.type, frame.mode or _mode(tok, frame.type, lex), obj.i
    etype = _type_of(tok, lex)
    return (etype, _mode(tok, etype, lex), None) if etype else None


def _mode(tok: Token, etype: str, lex: _Lexicon) -> str | None:
    """The PLOVER mode the trigger's own phrase makes clear ("car bomb": explosives)."""
    table = lex.modes.get(etype)
    if not table:
        return None
    phrases = _phrases(tok, 3)
    for child in tok.children:
        if child.dep_ not in CLAUSES:
            for word in (child, *child.children):
                phrases |= _phrases(word, 3)
    hits = [p for p in phrases if p in table]
    # The longest words decide: "grève de la faim" is a hunger strike, not a strike.
    return table[max(hits, key=lambda p: (len(p), p))] if hits else None


def _type_of(tok: Token, lex: _Lexicon) -> str | None:
    lemma = fold(tok.lemma_)
    text = fold(tok.text)
    if tok.pos_ in ("VERB", "AUX") or (tok.pos_ == "ADJ" and tok.tag_ == "VBN"):
        lemmas = _lemmas(tok)
        if len(lemmas) > 1 and lemmas[0] in lex.verbs:
            return lex.verbs[lemmas[0]]
        if lemma in lex.use_verbs:
            around = {fold(t.text) for t in tok.children} | {fold(t.text) for t in tok.subtree}
            return "ASSAULT" if around & lex.weapons else None
        if lemma == "pression" or text == "pression":
            return None
        return lex.verbs.get(lemma) or lex.verbs.get(text)
    if tok.pos_ == "NOUN":
        if tok.dep_ == "compound":
            return None  # "opposition parties", "aid groups": a modifier, not an event
        # Compounds first: "hunger strike", "grève de la faim" are protests, not assaults.
        mods = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod")]
        for m in mods:
            for phrase in (f"{fold(m.text)} {lemma}", f"{fold(m.text)} {text}",
                           f"{lemma} {fold(m.text)}",
                           f"{lemma} de la {fold(m.text)}", f"{lemma} {fold(m.lemma_)}"):
                if phrase in lex.nouns:
                    return lex.nouns[phrase]
        return lex.nouns.get(lemma) or lex.nouns.get(text)
    if tok.pos_ in ("ADJ",):
        return lex.adjectives.get(text) or lex.adjectives.get(lemma)
    return None



@dataclass(slots=True)
class _Discourse:
    """What came just before a sentence: the previous body sentence (in the same block or
    the last one of the previous body block) and the events of the last few sentences."""

    previous: tuple[ParsedBlock, Any] | None = None  # (block, sentence)
    recent: list[tuple[int, Event]] | None = None  # (sentences back, event), nearest first


#: How far back an implicit complement may be looked for, in body sentences.
DISCOURSE_WINDOW = 3


class _Coder:
    def __init__(self, pb: ParsedBlock, index: EntityIndex, entities: dict[str, Entity],
                 lex: _Lexicon, last_actor: Any, context: _Discourse | None = None) -> None:
        self.pb, self.index, self.entities, self.lex = pb, index, entities, lex
        self.last_actor = last_actor
        self.context = context or _Discourse()

    # -- participants ------------------------------------------------------
    def _ids_in(self, tok: Token) -> list[str]:
        """Entities named in ``tok``'s noun phrase (not in its relative clauses)."""
        words, stack = [], [tok]
        while stack:  # the phrase without its relative and participial clauses
            t = stack.pop()
            words.append(t)
            stack.extend(c for c in t.children if c.dep_ not in ("acl:relcl", "relcl", "acl"))
        ids: list[str] = []
        for t in sorted(words, key=lambda w: w.i):
            for e in self.index.at(self.pb.block.id, t.idx, t.idx + len(t.text)):
                if e not in ids:
                    ids.append(e)
        # A metonym ("à Kiev" acting) is the country, not the city.
        countries = [i for i in ids if i.startswith("country:")]
        return [i for i in ids if not (i.startswith("place:") and countries)]

    def participant(self, tok: Token | None) -> tuple[Participant | None, list[str]]:
        if tok is None:
            return None, []
        if tok.pos_ == "PRON" and fold(tok.text) in RELATIVE and tok.head.dep_ in (
            "acl:relcl", "relcl"):
            tok = tok.head.head
        ids = self._ids_in(tok)
        if tok.dep_ in SUBJECTS | PASSIVE_SUBJECTS:
            # Coordinated or split subjects ("Le président ukrainien Volodymyr Zelensky et ...").
            for sib in tok.head.children:
                if sib.dep_ == tok.dep_ and sib.i != tok.i:
                    ids += [i for i in self._ids_in(sib) if i not in ids]
        if not ids and tok.pos_ == "PRON":
            found = self.last_actor(self.pb, tok.idx, fold(tok.text) in self.lex.impersonal)
            ids = [found] if found else []
        actors = [i for i in ids if self.entities.get(i) and
                  self.entities[i].type in ("person", "organization", "country")
                  and self.entities[i].role != "author"]
        # "Cairo's security chief", "the police in Dili": a place in the phrase is home.
        home = next((self.entities[i].country for i in ids if i in self.entities
                     and self.entities[i].type == "place" and self.entities[i].country), None)
        if not actors:
            if tok.pos_ in ("NOUN", "PROPN") and not tok.is_stop:
                # Someone the tables and the model do not know: keep their words, no code.
                # The phrase up to its head, without its preposition ("par l'Occident").
                words = [t for t in tok.subtree if t.dep_ not in ("acl", "acl:relcl", "relcl")
                         and t.i <= tok.i and not (t.head.i == tok.i and t.dep_ in MARKERS)]
                first = min(words, key=lambda t: t.i) if words else tok
                name = tok.doc[first.i : tok.i + 1].text
                if self.collective(name):  # "l'Occident", "the West": no country, no sector
                    return Participant(name), []
                return Participant(name, None, home, self._sector(tok)), []
            return None, []
        rank = {"person": 0, "organization": 1, "country": 2}
        actors.sort(key=lambda i: rank[self.entities[i].type])
        main = self.entities[actors[0]]
        country = main.country
        residence = self._residence(tok, main, ids)
        if residence is not None:
            country = residence
        if country is None:
            # "Serbian President Vojislav Kostunica", "U.N. envoy X": the demonym or the body
            # in the phrase is the country.
            country = next((self.entities[i].country for i in reversed(actors)
                            if self.entities[i].country), home)
        sector = main.sector
        if fold(tok.lemma_) in self.lex.forces or fold(tok.text) in self.lex.forces:
            sector = "MIL"
        elif sector is None:
            sector = self._sector(tok) or next((self.entities[i].sector for i in actors
                                                if self.entities[i].sector), None)
        return Participant(main.name, main.id, country, sector), actors

    # -- discourse: participants an earlier sentence gives -------------------
    def carried_over(self, tok: Token) -> tuple[Participant | None, Participant | None,
                                                 Span] | None:
        """Actor (and recipient) of an agentless event, from the previous sentence.

        "Biden aurait autorisé l'Ukraine à utiliser des missiles ... pour frapper la Russie.
        Ces armes seront probablement utilisées ...": a passive (or subjectless) act with no
        agent, repeated from the previous sentence — the same verb, or a demonstrative
        subject naming that verb's object again — is done by whoever did it there.  Only
        when exactly one verb of that sentence fits; the span says where it was read.
        """
        if self.context.previous is None:
            return None
        prev_pb, prev_sent = self.context.previous
        lemma = fold(tok.lemma_)
        subject = self._child(tok, PASSIVE_SUBJECTS)
        pointing = subject is not None and any(
            "Dem" in d.morph.get("PronType") or fold(d.text) in ("these", "this", "those")
            for d in subject.children if d.dep_ == "det")
        fits = [v for v in prev_sent if v.pos_ in ("VERB", "AUX") and (
            fold(v.lemma_) == lemma or (pointing and any(
                fold(o.lemma_) == fold(subject.lemma_) for o in v.children
                if o.dep_ in DIRECT_OBJECTS)))]
        if len(fits) != 1:
            return None
        prev = _Coder(prev_pb, self.index, self.entities, self.lex, self.last_actor)
        a_tok = prev.actor_token(fits[0])
        actor, _ = prev.participant(a_tok)
        if actor is None or actor.country is None:
            return None
        recipient, _ = prev.participant(prev.recipient_token(fits[0], a_tok))
        where = a_tok if a_tok is not None else fits[0]
        return actor, recipient, prev_pb.span(where.idx, where.idx + len(where.text))

    def implicit_complement(self, actor: Participant | None) -> tuple[Participant, Span] | None:
        """Whom an opposition left without its complement is against ("Biden était resté
        opposé"): the one who, in the last few sentences, asked the actor for something
        (an event whose recipient is the actor), else the actor of the one event of the
        previous sentence.  PLOVER's REJECT recipient is whoever's demand is rejected."""
        recent = self.context.recent or []
        me = actor.entity if actor is not None else None
        if me is None:
            return None
        asked = [e for _, e in recent if e.recipient is not None and e.recipient.entity == me
                 and e.actor.entity not in (None, me) and e.context == "body"]
        if not asked:
            previous = [e for back, e in recent if back == 1 and e.context == "body"]
            asked = [e for e in previous if e.actor.entity not in (None, me)]
            if len(previous) != 1:
                return None
        if not asked:
            return None
        e = asked[0]
        return replace(e.actor), e.evidence[0]

    def _residence(self, tok: Token, main: Entity, ids: list[str]) -> str | None:
        """Where a people lives, when its phrase says it: "ethnic Albanians in south Serbia",
        "the Albanians of southern Serbia" are coded by the country they live in, not by the
        one their name comes from."""
        if main.type != "country" or "Plur" not in tok.morph.get("Number") \
                or tok.pos_ not in ("NOUN", "PROPN"):
            return None
        here = [self.entities[i].country for i in ids if i in self.entities
                and self.entities[i].type in ("country", "place")
                and self.entities[i].country not in (None, main.country)]
        words = {fold(c.text) for c in tok.children if c.dep_ in ("prep", "nmod")}
        words |= {fold(g.text) for c in tok.children for g in c.children if g.dep_ == "case"}
        return here[0] if len(set(here)) == 1 and words & self.lex.residence else None

    def collective(self, name: str | None) -> bool:
        """A vague collective ("l'Occident", "the international community"): an actor the
        text names, but no country or sector may be given to it."""
        return name is not None and fold(name) in self.lex.collectives

    def _sector(self, tok: Token) -> str | None:
        """The PLOVER sector the phrase's words make clear: "security forces" (COP), "rebel
        group" (REB), "President X" (GOV); several words first, then modifiers, the head last."""
        table = self.lex.sectors
        if not table:
            return None
        multi = [p for p in _phrases(tok, 2) if " " in p and p in table]
        if multi:
            return table[max(multi, key=len)]
        for m in tok.children:
            if m.dep_ in ("compound", "amod", "nmod", "flat", "flat:name", "appos"):
                found = table.get(fold(m.lemma_)) or table.get(fold(m.text))
                if found:
                    return found
        return table.get(fold(tok.text)) or table.get(fold(tok.lemma_))

    def home_country(self, sent: Any, recipient: Participant | None,
                     named: bool = True) -> str | None:
        """The one country a sentence is about, for an actor the text names without one.

        News coders read "President X banned opposition candidates in Uganda" as Ugandan:
        when the sentence names one country (by name, demonym or place), or one besides the
        recipient's, that is the actor's.  Without a named actor (``named`` false: "was
        arrested in Lebanon") only a sentence about a single country gives one.
        """
        found: list[str] = []
        for i in self.index.at(self.pb.block.id, sent.start_char, sent.end_char):
            e = self.entities.get(i)
            # An organisation's own name carries its country ("the Nigerian Interior Ministry").
            if e and e.type in ("country", "place", "organization") and e.country \
                    and e.sector != "IGO" and e.country not in found:
                found.append(e.country)
        if len(found) == 1:
            return found[0]
        if not named:
            return None
        others = [c for c in found if not recipient or c != recipient.country]
        return others[0] if len(others) == 1 else None

    # -- syntax ------------------------------------------------------------
    @staticmethod
    def _child(tok: Token, deps: set[str]) -> Token | None:
        return next((c for c in tok.children if c.dep_ in deps), None)

    def _acts(self, tok: Token) -> bool:
        """Whether ``tok``'s phrase names someone who can act (not only a place)."""
        return any(self.entities[i].type in ("person", "organization", "country")
                   for i in self._ids_in(tok) if i in self.entities)

    @staticmethod
    def _passive(tok: Token) -> bool:
        return any(c.dep_ in ("aux:pass", "auxpass") for c in tok.children)

    def actor_token(self, tok: Token) -> Token | None:
        subj = self._child(tok, SUBJECTS)
        if subj is None and not self._passive(tok) and tok.pos_ in ("VERB", "AUX"):
            subj = self._child(tok, PASSIVE_SUBJECTS)  # parser's slip on "a fourni"
        if subj is not None:
            return subj
        agent = self._child(tok, AGENTS)
        if agent is not None:
            return agent
        passive = self._child(tok, PASSIVE_SUBJECTS)
        if passive is not None and (fold(passive.lemma_) in self.lex.forces
                                    or fold(passive.text) in self.lex.forces):
            return passive  # "12 000 soldats nord-coréens ont été envoyés": the forces act
        if tok.pos_ == "NOUN":
            for c in tok.children:
                if c.dep_ in ("amod", "nmod", "compound", "nmod:poss", "poss") and self._acts(c):
                    case = {fold(g.text) for g in c.children if g.dep_ == "case"}
                    if c.dep_ == "nmod" and case & {"de", "of", "d'"} and fold(tok.lemma_) in (
                            "invasion", "invasion"):
                        continue  # "l'invasion de l'Ukraine": the invaded, not the invader
                    return c
            light = tok.head
            if tok.dep_ in ("obj", "dobj") and light.pos_ in ("VERB", "AUX"):
                return self._child(light, SUBJECTS)
        head = tok.head
        if tok.dep_ == "acomp" and head.pos_ in ("VERB", "AUX"):
            return self._child(head, SUBJECTS)  # "it is willing (to withdraw)": the copula's
        if tok.dep_ in ("xcomp", "advcl", "ccomp") and head.i != tok.i:
            if fold(head.lemma_) in self.lex.object_control:
                return self._child(head, {"obj", "dobj", "iobj", "obl:arg"})
            # "it is willing to withdraw", "prête à négocier": a predicate adjective's subject.
            return (self.actor_token(head) if head.pos_ in ("VERB", "AUX", "NOUN", "ADJ")
                    else None)
        if self._patient_participle(tok):
            return None  # "chars russes détruits": the tanks were destroyed, not destroyers
        if tok.dep_ in ("acl", "acl:relcl", "relcl") and head.pos_ in ("NOUN", "PROPN"):
            nmod = next((c for c in head.children if c.dep_ in ("nmod", "amod")
                         and self._acts(c)), None)
            return nmod if nmod is not None and fold(head.lemma_) not in self.lex.nouns else head
        if tok.pos_ == "NOUN":
            up = tok.head
            for _ in range(3):
                if up.pos_ in ("VERB", "AUX"):
                    return self._child(up, SUBJECTS)
                if up.i == up.head.i:
                    break
                up = up.head
        return None

    @staticmethod
    def _patient_participle(tok: Token) -> bool:
        """A past participle qualifying a noun without "avoir": the noun undergoes it."""
        return (tok.dep_ == "acl" and tok.morph.get("VerbForm") == ["Part"]
                and tok.tag_ != "VBG" and not any(c.dep_ == "aux:tense" for c in tok.children))

    def recipient_token(self, tok: Token, actor: Token | None, etype: str = "",
                        depth: int = 0) -> Token | None:
        if self._patient_participle(tok) and self._ids_in(tok.head):
            return tok.head
        candidates = [c for c in tok.children if c.dep_ in OBJECTS
                      and (actor is None or c.i != actor.i)]
        if tok.pos_ == "NOUN" and tok.dep_ in ("obj", "dobj") and tok.head.pos_ == "VERB":
            # "font pression sur Biden": the light verb carries the recipient.
            candidates += [c for c in tok.head.children if c.dep_ in ("obl", "obl:arg", "prep")
                           and (actor is None or c.i != actor.i)]
        if tok.pos_ == "NOUN":
            candidates += [c for c in tok.children if c.dep_ == "nmod"
                           and (actor is None or c.i != actor.i)]
        for prep in (c for c in tok.children if c.dep_ == "prep"
                     and fold(c.text) in self.lex.recipient_preps):
            # English "sent aid to Lebanon": the recipient hangs from the preposition.
            candidates += [g for g in prep.children if g.dep_ == "pobj"]
        passive = self._child(tok, PASSIVE_SUBJECTS)
        if passive is not None and (actor is None or passive.i != actor.i):
            candidates.insert(0, passive)
        for c in candidates:
            if self._ids_in(c):
                return c
        return (self._marked_recipient(tok, actor)
                or self._clause_recipient(tok, actor, etype, depth))

    def _clause_recipient(self, tok: Token, actor: Token | None, etype: str,
                          depth: int) -> Token | None:
        """The recipient a clause under the trigger names.

        A request's recipient is the subject of what is requested ("demanded that the US
        cancel", "sa demande qu'Israël lève"); an act announced, refused or done for a
        purpose acts on what its infinitive acts on ("threatened to shell Iraqi towns",
        "refused to meet Jordan's King", "utiliser des missiles pour frapper la Russie").
        """
        for c in tok.children:
            if c.pos_ not in ("VERB", "AUX", "ADJ") or c.dep_ not in REQUESTED:
                continue
            subject = self._child(c, SUBJECTS | PASSIVE_SUBJECTS)
            if subject is not None:
                if etype == "REQUEST" and c.dep_ in ("ccomp", "acl") and self._acts(subject):
                    return subject
                continue  # a clause with a subject of its own acts on its own
            if c.dep_ == "acl" or depth > 1:
                continue
            found = self.recipient_token(c, actor, "", depth + 1)
            if found is not None:
                return found
        return None

    def _marked_recipient(self, tok: Token, actor: Token | None) -> Token | None:
        """Someone the clause introduces with a recipient preposition ("pression ... sur
        Biden", "sanctions against Iran"), wherever the parser attached the phrase."""
        clause = tok.head if tok.pos_ == "NOUN" and tok.head.pos_ in ("VERB", "AUX") else tok
        stack = [c for c in clause.children if c.dep_ not in CLAUSES]
        skip = set(range(actor.left_edge.i, actor.right_edge.i + 1)) if actor is not None else set()
        while stack:
            t = stack.pop()
            if t.i in skip:
                continue
            stack.extend(c for c in t.children if c.dep_ not in CLAUSES)
            marks = {fold(c.text) for c in t.children if c.dep_ == "case"}
            if t.head.dep_ == "prep":
                marks.add(fold(t.head.text))
            if marks & self.lex.recipient_preps and self._names_actor(t):
                return t
        return None

    def _names_actor(self, tok: Token) -> bool:
        """Whether the word itself names someone ("sur Biden"; not "à la décision de X")."""
        return any(self.entities[i].type in ("person", "organization", "country")
                   for i in self.index.at(self.pb.block.id, tok.idx, tok.idx + len(tok.text))
                   if i in self.entities)

    def negated(self, tok: Token) -> bool:
        """Negated, or failed ("failed to reach agreement", "ont échoué à conclure")."""
        if any(fold(c.text) in self.lex.negation and c.dep_ in ("advmod", "neg")
               for c in tok.children):
            return True
        return tok.dep_ == "xcomp" and fold(tok.head.lemma_) in self.lex.failure

    def _modals(self, tok: Token) -> set[str]:
        """Auxiliaries and modal heads of ``tok`` ("will", "must", "pourrait" -> pouvoir)."""
        words = {fold(c.lemma_) for c in tok.children if c.dep_.startswith("aux")}
        words |= {fold(c.text) for c in tok.children if c.dep_.startswith("aux")}
        if tok.dep_ == "xcomp" and tok.head.pos_ in ("VERB", "AUX"):
            words |= {fold(tok.head.lemma_)}
        return words

    def _speaker(self, tok: Token) -> Token | None:
        """Who reports the clause of ``tok``: the subject of the verb of saying above it
        ("X declared that ...", "X issued a reminder that ...")."""
        for _ in range(3):
            if tok.dep_ not in REPORTED or tok.head.i == tok.i:
                return None
            tok = tok.head
            lemma = fold(tok.lemma_)
            if tok.pos_ in ("VERB", "AUX") and (lemma in self.lex.speech
                                                 or lemma in self.lex.verbs):
                return self._child(tok, SUBJECTS)
            if tok.pos_ == "NOUN" and tok.head.pos_ in ("VERB", "AUX"):
                return self._child(tok.head, SUBJECTS)
        return None

    def obligation(self, tok: Token) -> tuple[Token | None, Token | None] | None:
        """(speaker, addressee) when ``tok`` is an act someone says another must do."""
        if tok.pos_ not in ("VERB", "AUX") or not self._modals(tok) & self.lex.obligation:
            return None
        clause = tok.head if (tok.dep_ == "xcomp" and fold(tok.head.lemma_)
                              in self.lex.obligation) else tok
        speaker = self._speaker(clause)
        if speaker is None:
            return None
        return speaker, self._child(clause, SUBJECTS) or self._child(tok, SUBJECTS)

    def announced(self, tok: Token) -> bool:
        """An act its own actor announces: under "prepared to", "vowed to", or in the future
        in a clause the actor itself reports ("NATO confirmed it would tighten ...")."""
        if tok.dep_ == "xcomp" and {fold(tok.head.lemma_), fold(tok.head.text)} \
                & self.lex.threat_intent:
            return True
        modals = self._modals(tok)
        if modals & self.lex.possibility:
            return False  # "could push": a possibility, not an announcement
        tenses = set(tok.morph.get("Tense")) | {
            t for c in tok.children if c.dep_.startswith("aux") for t in c.morph.get("Tense")}
        moods = set(tok.morph.get("Mood"))
        if not (modals & self.lex.future or "Fut" in tenses or "Cnd" in moods):
            return False
        subject = self._child(tok, SUBJECTS)
        return (subject is not None and subject.pos_ == "PRON"
                and self._speaker(tok) is not None)

    def governed(self, tok: Token, triggers: set[int]) -> bool:
        """Wanted or permitted, not done: an infinitive or purpose clause under a trigger."""
        head = tok.head
        seen = 0
        while tok.dep_ in DEPENDENT_CLAUSES and head.i != tok.i and seen < 4:
            if tok.dep_ == "advcl" and any(c.dep_.startswith("aux") for c in tok.children) \
                    and tok.morph.get("VerbForm") == ["Part"]:
                return False  # "pour avoir accordé": a reason, done
            marks = {fold(c.text) for c in tok.children if c.dep_ == "mark"}
            if head.i in triggers or marks & self.lex.purpose:
                return True
            tok, head, seen = head, head.head, seen + 1
        return False


def _intent(tok: Token, lex: _Lexicon) -> bool:
    """An announced act ("will give", "would allow", "prepared to lift", "va livrer")."""
    words = [tok, *[c for c in tok.children if c.dep_.startswith("aux")]]
    if any(w.lower_ in ("will", "would", "shall") for w in words):
        return True
    if "Fut" in {t for w in words for t in w.morph.get("Tense")}:
        return True
    head = tok.head
    return tok.dep_ == "xcomp" and bool({fold(head.lemma_), fold(head.text)} & lex.intent)


def _tense(tok: Token, certainty: str, negated: bool, etype: str = "") -> str:
    if negated:
        return "negated"
    if certainty == "hypothetical":
        return "hypothetical"
    if tok.pos_ == "ADJ" and tok.dep_ in ("xcomp", "acomp") and tok.head.i != tok.i:
        tok = tok.head  # "était resté opposé", "was opposed": the verb's tense
    words = [tok, *[c for c in tok.children if c.dep_.startswith("aux")]]
    tenses = {t for w in words for t in w.morph.get("Tense")}
    moods = {m for w in words for m in w.morph.get("Mood")}
    if "Fut" in tenses or any(w.lower_ in ("will", "shall") for w in words):
        return "future"
    if etype == "THREATEN" and any(w.lower_ == "would" for w in words):
        return "future"  # "said it would tighten the blockade": an announced act
    if certainty in ("possible", "probable", "predicted"):
        return "future"
    if "Cnd" in moods and certainty != "reported":
        return "hypothetical"
    if "Past" in tenses or "Imp" in tenses or tok.tag_ in ("VBD", "VBN"):
        return "past"
    return "ongoing"


def _claim_at(claims: list[Claim], block: str, start: int) -> Claim | None:
    for c in claims:
        content = c.evidence[0] if c.evidence else None
        if content and content.block == block and content.start <= start < content.end:
            return c
    return None


def events_in(parsed: list[ParsedBlock], index: EntityIndex, claims: list[Claim],
              places: list[Place], times: list[Time]) -> list[Event]:
    """Every event of the page, main event of each sentence first."""
    entities = {e.id: e for e in index.entities}
    # Who a pronoun may stand for: the last person named, else the last country or body.
    people = [m for m in index.mentions if entities.get(m.entity) and
              entities[m.entity].type == "person" and m.how != "byline"]
    bodies = [m for m in index.mentions if entities.get(m.entity) and
              entities[m.entity].type in ("country", "organization")]
    order = {pb.block.id: i for i, pb in enumerate(parsed)}
    order.update({m.block: -1 for m in index.mentions if m.block not in order})

    def antecedent(pb: ParsedBlock, position: int, thing: bool = False) -> str | None:
        """What a pronoun at ``position`` stands for: the last person, else country or body;
        the other way round for a pronoun that is never a person (``thing``: "it")."""
        for mentions in ((bodies, people) if thing else (people, bodies)):
            before = [m for m in mentions if order[m.block] < order[pb.block.id]
                      or (m.block == pb.block.id and m.start < position)]
            if before:
                return before[-1].entity
        return None

    events: list[Event] = []
    previous: tuple[ParsedBlock, Any] | None = None
    history: list[list[Event]] = []  # events of each body sentence so far
    for pb in parsed:
        if pb.doc is None or pb.block.kind == "title":
            continue
        lex = _lexicon(pb.block.language)
        body = pb.block.kind in BODY_KINDS
        for sent in pb.doc.sents:
            recent = [(back, e) for back, evs in enumerate(
                reversed(history[-DISCOURSE_WINDOW:]), start=1) for e in evs]
            context = _Discourse(previous, recent) if body else _Discourse()
            coder = _Coder(pb, index, entities, lex, antecedent, context)
            coded = [(ev, tok) for tok, ev in _sentence_events(
                coder, sent, claims, places, times) if ev is not None]
            # The main event first: the trigger nearest the root of the sentence.
            coded.sort(key=lambda pair: (_depth(pair[1]), pair[1].i))
            numbered = [replace(ev, id=f"e{len(events) + i + 1}")
                        for i, (ev, _) in enumerate(coded)]
            events += numbered
            if not body:
                continue  # a caption is not what the next sentence goes on about
            if any(t.pos_ in ("VERB", "AUX") for t in sent) or not history:
                previous = (pb, sent)
                history.append(numbered)
            else:  # a fragment without a verb ("et les réseaux électriques.") goes on
                history[-1] += numbered
    return events


def _depth(tok: Token) -> int:
    depth = 0
    while tok.head.i != tok.i and depth < 50:
        tok, depth = tok.head, depth + 1
    return depth


def _sentence_events(coder: _Coder, sent: Any, claims: list[Claim], places: list[Place],
                     times: list[Time]) -> list[tuple[Token, Event | None]]:
    lex = coder.lex
    classes = {t.i: c for t in sent if (c := _classify(t, lex)) is not None}
    triggers = set(classes)
    consumed = {c[2] for c in classes.values() if c[2] is not None}
    for i, (_etype, mode, obj_i) in list(classes.items()):
        t = sent.doc[i]
        # "send aid" is AID, "send troops" MOBILIZE: a carrier verb takes its
        # object's type when the object is a trigger of its own.
        if obj_i is None and fold(t.lemma_) in lex.carriers:
            obj = next((c for c in t.children if c.dep_ in ("obj", "dobj")
                        and c.i in classes), None)
            if obj is not None:
                classes[i] = (classes[obj.i][0], classes[obj.i][1] or mode, obj.i)
                consumed.add(obj.i)
    out: list[tuple[Token, Event | None]] = []
    for t in sent:
        demand = coder.obligation(t)
        if demand is not None:  # "China must drop barriers", said by X: X's REQUEST
            speaker, addressee = demand
            consumed.add(t.i)
            out.append((t, _code(coder, t, "REQUEST", None, claims, places, times,
                                 a_tok=speaker, r_tok=addressee)))
    for i, (etype, mode, _) in classes.items():
        tok = sent.doc[i]
        if i in consumed or coder.governed(tok, triggers):
            continue
        if tok.pos_ == "NOUN" and classes.get(tok.head.i, ("",))[0] == etype \
                and tok.head.i != i:
            continue  # "accordé ... une aide": one event, coded on the verb
        if tok.pos_ in ("VERB", "AUX") and any(c.dep_ == "ccomp" for c in tok.children) \
                and not any(c.dep_ in DIRECT_OBJECTS for c in tok.children):
            if etype in SAYING:
                continue  # "agreed that", "concluded that": saying, not doing
            if etype == "PROTEST":
                etype, mode = "ACCUSE", "allege"  # "protested that": a complaint
        out.append((tok, _code(coder, tok, etype, mode, claims, places, times)))
    return out


_UNSET: Any = object()


def _code(coder: _Coder, tok: Token, etype: str, mode: str | None, claims: list[Claim],
          places: list[Place], times: list[Time], *, a_tok: Token | None = _UNSET,
          r_tok: Token | None = _UNSET) -> Event | None:
    """One event on trigger ``tok``; ``a_tok``/``r_tok`` when syntax already said who."""
    pb = coder.pb
    if a_tok is _UNSET:
        a_tok = coder.actor_token(tok)
    actor, actor_ids = coder.participant(a_tok)
    if r_tok is _UNSET:
        r_tok = coder.recipient_token(tok, a_tok, etype)
    recipient, _ = coder.participant(r_tok)
    if (recipient is None or recipient.entity is None) and etype in SYMMETRIC \
            and len(actor_ids) > 1:
        other = coder.entities[actor_ids[1]]
        recipient = Participant(other.name, other.id, other.country, other.sector)
    inferred: list[Span] = []  # where an earlier sentence gave a participant
    if actor is None and tok.pos_ in ("VERB", "AUX") and coder.actor_token(tok) is None \
            and coder._child(tok, SUBJECTS) is None:
        carried = coder.carried_over(tok)
        if carried is not None:
            actor, prev_recipient, where = carried
            recipient = recipient or prev_recipient
            inferred.append(where)
    if recipient is None and tok.pos_ == "ADJ" and etype == "REJECT":
        implicit = coder.implicit_complement(actor)
        if implicit is not None:
            recipient, where = implicit
            inferred.append(where)
    if actor is None and (recipient is None or tok.pos_ == "NOUN"):
        return None  # a noun with no one doing it ("coûter la guerre") is not an event
    if actor is None or (actor.country is None and actor.sector not in ("IGO", "NGO")
                         and not coder.collective(actor.name)):
        home = coder.home_country(tok.sent, recipient, named=actor is not None)
        if home is not None:
            actor = replace(actor, country=home) if actor else Participant(None, None, home)
    span = pb.span(tok.idx, tok.idx + len(tok.text))
    claim = _claim_at(claims, pb.block.id, span.start)
    certainty = claim.certainty if claim else "asserted"
    source = claim.source if claim else Source("unattributed")
    # "has denied land allocation": the denial is the event itself, not a negation of it.
    negated = coder.negated(tok) or (certainty == "denied" and etype != "REJECT")
    if negated and etype not in GRANTS:
        return None  # "n'a pas frappé": never the action itself
    if negated:
        etype, mode = "REJECT", None
    elif etype in INTENT_TYPES and _intent(tok, coder.lex):
        etype, mode = "AGREE", None  # "will give", "prepared to lift": PLOVER codes intent AGREE
    elif etype in HOSTILE and coder.announced(tok):
        # "NATO would tighten the blockade", "prepared to impose martial law": a threat.
        etype, mode = "THREATEN", HOSTILE[etype]
    sent = tok.sent
    s_span = pb.span(sent.start_char, sent.end_char)
    taken = {p.entity for p in (actor, recipient) if p is not None}
    location = _pick_place(places, pb.block.id, s_span.start, s_span.end, span.start, taken,
                           coder, tok)
    if (recipient is None and etype in ("ASSAULT", "MOBILIZE") and location
            and location.country and (not actor or location.country != actor.country)):
        recipient = Participant(location.canonical, None, location.country, None)
    own = _own_spans(coder, tok)
    if pb.block.kind == "caption":
        own = [(0, len(pb.block.text))]  # a caption shows one scene: its date and place
        location = location or _pick_place(places, pb.block.id, 0, len(pb.block.text),
                                           span.start, taken, coder, tok, own)
    date = next((t.value for t in times if t.kind == "date" and t.value and any(
        e.block == pb.block.id and any(lo <= e.start < hi for lo, hi in own)
        for e in t.evidence)), None)
    return Event(
        id="e0", type=etype, mode=mode, actor=actor or Participant(None), recipient=recipient,
        context="caption" if pb.block.kind == "caption" else "body",  # type: ignore[arg-type]
        tense=_tense(tok, certainty, negated, etype),  # type: ignore[arg-type]
        certainty=certainty,  # type: ignore[arg-type]
        location=location.canonical if location else None, date=date, source=source,
        claim=claim.id if claim else None, evidence=(span, s_span, *inferred),
    )



def _own_spans(coder: _Coder, tok: Token) -> list[tuple[int, int]]:
    """The event's own words: its clause without the clauses hanging from it, as page offsets.

    "a déployé des soldats en Russie pour aider Moscou ..." places the deployment in Russia,
    not in Moscow; a relative clause takes its antecedent's words ("des territoires dans la
    région de Koursk dont l'Ukraine s'est emparée cette année").
    """
    scope = tok
    for _ in range(3):  # a noun's clause is its verb's ("lors d'une cérémonie de signature")
        if scope.pos_ != "NOUN" or scope.head.i == scope.i:
            break
        scope = scope.head
        if scope.pos_ in ("VERB", "AUX"):
            break
    roots = [scope]
    if tok.dep_ in ("acl:relcl", "relcl"):
        roots.append(tok.head)
    words: set[int] = set()
    for root in roots:
        stack = [root]
        while stack:
            t = stack.pop()
            words.add(t.i)
            stack.extend(c for c in t.children if c.dep_ not in CLAUSES)
    spans = []
    for i in sorted(words):
        t = tok.doc[i]
        span = coder.pb.span(t.idx, t.idx + len(t.text))
        spans.append((span.start, span.end))
    return spans


def _pick_place(places: list[Place], block: str, start: int, end: int, near: int,
                taken: set[str | None], coder: _Coder, tok: Token,
                spans: list[tuple[int, int]] | None = None) -> Place | None:
    """Where: a place in the trigger's own phrase first, else a city, region or site of
    the sentence; a country that is already a participant is not a location."""
    spans = spans or _own_spans(coder, tok)
    taken_countries = {coder.entities[t].country for t in taken if t in coder.entities}
    owners = _owners(coder, tok)
    best: tuple[int, Place] | None = None
    for p in places:
        if p.precision == "country" and p.country in taken_countries:
            continue
        for e in p.evidence:
            if e.block != block or not start <= e.start < end:
                continue
            if p.precision == "country" and any(lo <= e.start < hi for lo, hi in owners):
                continue  # "la décision de la Corée du Nord": whose, not where
            if not any(lo <= e.start < hi for lo, hi in spans):
                continue  # only where the event's own clause says it happened
            rank = (p.precision == "country") * 500 + abs(e.start - near) // 10
            if best is None or rank < best[0]:
                best = (rank, p)
    return best[1] if best else None


def _owners(coder: _Coder, tok: Token) -> list[tuple[int, int]]:
    """Page spans of the words that say whose a noun is ("la décision de la Corée du Nord",
    "Russia's decision"): a country named there is an actor, not where the event was."""
    out = []
    for t in tok.sent:
        if t.head.pos_ != "NOUN" or t.head.i == t.i:
            continue
        case = {fold(c.text) for c in t.children if c.dep_ == "case"}
        if t.dep_ in ("poss", "nmod:poss") or (t.dep_ == "nmod" and case & {"de", "d'", "du"}) \
                or (t.dep_ == "pobj" and fold(t.head.text) == "of"):
            for w in t.subtree:
                span = coder.pb.span(w.idx, w.idx + len(w.text))
                out.append((span.start, span.end))
    return out


def cameo_root(event_type: str) -> str | None:
    return CAMEO_ROOT.get(event_type)


__all__ = ["CAMEO_ROOT", "cameo_root", "events_in"]
