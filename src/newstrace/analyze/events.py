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
- **Certainty and source** come from the claim that carries the event: an event
  read in a rumour is a rumour.  **Tense** from morphology and the claim's
  modality.  Captions give caption events, dated by the caption only.
- What is only wanted or permitted (an infinitive under a control verb, a purpose
  clause) is not an event of its own; a negated grant becomes a REJECT and a
  negated action is dropped: never the action itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from newstrace import lexicons
from newstrace.analyze.entities import EntityIndex
from newstrace.model import Claim, Entity, Event, Participant, Place, Source, Time
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
RELATIVE = {"qui", "que", "which", "who", "that", "lequel", "dont"}


@dataclass(frozen=True, slots=True)
class _Lexicon:
    verbs: dict[str, str]
    nouns: dict[str, str]
    adjectives: dict[str, str]
    use_verbs: frozenset[str]
    weapons: frozenset[str]
    forces: frozenset[str]
    object_control: frozenset[str]
    purpose: frozenset[str]
    negation: frozenset[str]
    intent: frozenset[str]
    carriers: frozenset[str]
    recipient_preps: frozenset[str]


@cache
def _lexicon(language: str | None) -> _Lexicon:
    lex = lexicons.load(language)
    events = lex.get("events") or lexicons.load_all().get("events", {})
    tables: dict[str, dict[str, str]] = {"verbs": {}, "nouns": {}, "adjectives": {}}
    for etype, entry in events.items():
        if etype == "cues":
            continue
        for pos, table in tables.items():
            for word in entry.get(pos, []):
                table.setdefault(fold(word), etype)
    cues = events.get("cues", {})
    neg = lex.get("certainty", {}).get("negation", [])

    def fs(name: str) -> frozenset[str]:
        return frozenset(fold(w) for w in cues.get(name, []))

    return _Lexicon(tables["verbs"], tables["nouns"], tables["adjectives"], fs("use_verbs"),
                    fs("weapons"), fs("forces"), fs("object_control"), fs("purpose_marks"),
                    frozenset(fold(w) for w in neg), fs("intent"), fs("carrier_verbs"),
                    fs("recipient_preps"))


def _type_of(tok: Token, lex: _Lexicon) -> str | None:
    lemma = fold(tok.lemma_)
    text = fold(tok.text)
    if tok.pos_ in ("VERB", "AUX") or (tok.pos_ == "ADJ" and tok.tag_ == "VBN"):
        if lemma in lex.use_verbs:
            around = {fold(t.text) for t in tok.children} | {fold(t.text) for t in tok.subtree}
            return "ASSAULT" if around & lex.weapons else None
        if lemma == "pression" or text == "pression":
            return None
        return lex.verbs.get(lemma) or lex.verbs.get(text)
    if tok.pos_ == "NOUN":
        # Compounds first: "hunger strike", "grève de la faim" are protests, not assaults.
        mods = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod")]
        for m in mods:
            for phrase in (f"{fold(m.text)} {lemma}", f"{lemma} {fold(m.text)}",
                           f"{lemma} de la {fold(m.text)}", f"{lemma} {fold(m.lemma_)}"):
                if phrase in lex.nouns:
                    return lex.nouns[phrase]
        return lex.nouns.get(lemma) or lex.nouns.get(text)
    if tok.pos_ in ("ADJ",):
        return lex.adjectives.get(text) or lex.adjectives.get(lemma)
    return None


class _Coder:
    def __init__(self, pb: ParsedBlock, index: EntityIndex, entities: dict[str, Entity],
                 lex: _Lexicon, last_actor: Any) -> None:
        self.pb, self.index, self.entities, self.lex = pb, index, entities, lex
        self.last_actor = last_actor

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
            found = self.last_actor(self.pb, tok.idx)
            ids = [found] if found else []
        actors = [i for i in ids if self.entities.get(i) and
                  self.entities[i].type in ("person", "organization", "country")
                  and self.entities[i].role != "author"]
        if not actors:
            if tok.pos_ in ("NOUN", "PROPN") and not tok.is_stop:
                # Someone the tables and the model do not know: keep their words, no code.
                words = [t for t in tok.subtree if t.dep_ not in ("acl", "acl:relcl", "relcl")
                         and t.i >= tok.left_edge.i and t.i <= tok.i]
                name = " ".join(t.text for t in words) if words else tok.text
                sector = "MIL" if fold(tok.lemma_) in self.lex.forces else None
                return Participant(name, None, None, sector), []
            return None, []
        rank = {"person": 0, "organization": 1, "country": 2}
        actors.sort(key=lambda i: rank[self.entities[i].type])
        main = self.entities[actors[0]]
        country = main.country
        if country is None:
            # "Serbian President Vojislav Kostunica": the demonym in the phrase is the country.
            country = next((self.entities[i].country for i in actors
                            if self.entities[i].type == "country"), None)
        sector = main.sector
        if fold(tok.lemma_) in self.lex.forces or fold(tok.text) in self.lex.forces:
            sector = "MIL"
        elif main.type == "country" and sector is None:
            sector = "GOV"
        return Participant(main.name, main.id, country, sector), actors

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
        if tok.dep_ in ("xcomp", "advcl", "ccomp") and head.i != tok.i:
            if fold(head.lemma_) in self.lex.object_control:
                return self._child(head, {"obj", "dobj", "iobj", "obl:arg"})
            return self.actor_token(head) if head.pos_ in ("VERB", "AUX", "NOUN") else None
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

    def recipient_token(self, tok: Token, actor: Token | None) -> Token | None:
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
        return None

    def negated(self, tok: Token) -> bool:
        return any(fold(c.text) in self.lex.negation and c.dep_ in ("advmod", "neg")
                   for c in tok.children)

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


def _tense(tok: Token, certainty: str, negated: bool) -> str:
    if negated:
        return "negated"
    if certainty == "hypothetical":
        return "hypothetical"
    words = [tok, *[c for c in tok.children if c.dep_.startswith("aux")]]
    tenses = {t for w in words for t in w.morph.get("Tense")}
    moods = {m for w in words for m in w.morph.get("Mood")}
    if "Fut" in tenses or any(w.lower_ in ("will", "shall") for w in words):
        return "future"
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

    def antecedent(pb: ParsedBlock, position: int) -> str | None:
        """What a pronoun at ``position`` stands for: the last person, else country or body."""
        for mentions in (people, bodies):
            before = [m for m in mentions if order[m.block] < order[pb.block.id]
                      or (m.block == pb.block.id and m.start < position)]
            if before:
                return before[-1].entity
        return None

    events: list[Event] = []
    for pb in parsed:
        if pb.doc is None or pb.block.kind == "title":
            continue
        lex = _lexicon(pb.block.language)
        for sent in pb.doc.sents:
            coder = _Coder(pb, index, entities, lex, antecedent)
            found = [(t, _type_of(t, lex)) for t in sent]
            triggers = {t.i for t, et in found if et}
            types = {t.i: et for t, et in found if et}
            for t, et in list(found):
                # "send aid" is AID, "send troops" MOBILIZE: a carrier verb takes its
                # object's type when the object is a trigger of its own.
                if et and fold(t.lemma_) in lex.carriers:
                    obj = next((c for c in t.children if c.dep_ in ("obj", "dobj")
                                and types.get(c.i)), None)
                    if obj is not None:
                        types[t.i] = types[obj.i]
            found = [(t, types.get(t.i)) for t, _ in found]
            for tok, etype in found:
                if etype is None or coder.governed(tok, triggers):
                    continue
                if tok.pos_ == "NOUN" and types.get(tok.head.i) == etype and tok.head.i != tok.i:
                    continue  # "accordé ... une aide": one event, coded on the verb
                ev = _code(coder, tok, etype, claims, places, times, len(events) + 1)
                if ev is not None:
                    events.append(ev)
    return events


def _code(coder: _Coder, tok: Token, etype: str, claims: list[Claim], places: list[Place],
          times: list[Time], number: int) -> Event | None:
    pb = coder.pb
    a_tok = coder.actor_token(tok)
    actor, actor_ids = coder.participant(a_tok)
    r_tok = coder.recipient_token(tok, a_tok)
    recipient, _ = coder.participant(r_tok)
    if (recipient is None or recipient.entity is None) and etype in SYMMETRIC \
            and len(actor_ids) > 1:
        other = coder.entities[actor_ids[1]]
        recipient = Participant(other.name, other.id, other.country, other.sector)
    if actor is None and (recipient is None or tok.pos_ == "NOUN"):
        return None  # a noun with no one doing it ("coûter la guerre") is not an event
    span = pb.span(tok.idx, tok.idx + len(tok.text))
    claim = _claim_at(claims, pb.block.id, span.start)
    certainty = claim.certainty if claim else "asserted"
    source = claim.source if claim else Source("unattributed")
    negated = coder.negated(tok) or certainty == "denied"
    if negated and etype not in GRANTS:
        return None  # "n'a pas frappé": never the action itself
    if negated:
        etype = "REJECT"
    elif etype in INTENT_TYPES and _intent(tok, coder.lex):
        etype = "AGREE"  # "will give", "is prepared to lift": PLOVER codes intent as AGREE
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
        id=f"e{number}", type=etype, actor=actor or Participant(None), recipient=recipient,
        context="caption" if pb.block.kind == "caption" else "body",  # type: ignore[arg-type]
        tense=_tense(tok, certainty, negated),  # type: ignore[arg-type]
        certainty=certainty,  # type: ignore[arg-type]
        location=location.canonical if location else None, date=date, source=source,
        claim=claim.id if claim else None, evidence=(span, s_span),
    )


CLAUSES = {"advcl", "ccomp", "xcomp", "conj", "parataxis", "acl:relcl", "relcl", "csubj"}


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
    best: tuple[int, Place] | None = None
    for p in places:
        if p.precision == "country" and p.country in taken_countries:
            continue
        for e in p.evidence:
            if e.block != block or not start <= e.start < end:
                continue
            if not any(lo <= e.start < hi for lo, hi in spans):
                continue  # only where the event's own clause says it happened
            rank = (p.precision == "country") * 500 + abs(e.start - near) // 10
            if best is None or rank < best[0]:
                best = (rank, p)
    return best[1] if best else None


def cameo_root(event_type: str) -> str | None:
    return CAMEO_ROOT.get(event_type)


__all__ = ["CAMEO_ROOT", "cameo_root", "events_in"]
