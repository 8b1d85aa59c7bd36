"""Parse-tree helpers that read no lexicon: dependency labels, a phrase's tokens, span
and head, relative clauses, auxiliaries, the passive, the words that open a clause of
what is said and the quote marks.

Apart because every other module of the package walks the parse with them; they know
nothing of claims, so they sit at the bottom of the package's layers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newstrace.nlp.dates import fold
from newstrace.nlp.parse import ParsedBlock

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token


CLAUSE_DEPS = {"ccomp", "xcomp", "parataxis", "advcl"}
SUBJECT_DEPS = {"nsubj", "nsubj:pass", "nsubjpass", "expl:subj"}
RELATIVE_DEPS = {"relcl", "acl:relcl"}


def _tokens(pb: ParsedBlock, start: int, end: int) -> list[Token]:
    """The tokens starting inside ``[start, end)``, without walking the whole block."""
    if pb.doc is None:
        return []
    span = pb.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return [t for t in pb.doc if start <= t.idx < end]
    return [t for t in span if start <= t.idx < end]


def _words_root(pb: ParsedBlock, start: int, end: int) -> Token | None:
    """The head of the words from ``start`` to ``end``: the first word whose head is itself
    or lies outside them."""
    return next((t for t in _tokens(pb, start, end)
                 if t.head.i == t.i or not (start <= t.head.idx < end)), None)


def _phrase_head(tokens: list[Token]) -> Token | None:
    """The token of the phrase whose head lies outside it: what the phrase is about."""
    inside = {t.i for t in tokens}
    return next((t for t in tokens if t.head.i not in inside or t.head.i == t.i), None)


#: Words that open a clause of what is said, and an indirect yes/no question.
_THAT = frozenset({"que", "qu'", "qu’", "that"})
_QUESTION_MARKS = frozenset({"whether", "if", "si", "s'"})
#: The French "ne" of a negation, in its spellings.
_NE = frozenset({"ne", "n'", "n’"})
#: Words of degree that a clause of consequence completes ("so low that", "si bas que").
_DEGREE = frozenset({"so", "such", "too", "si", "tellement", "tant", "trop"})


def _paper_name(first: Token) -> bool:
    """Whether a name opens with an article capitalised inside the sentence, before a
    capitalised word ("rapporte Le Progrès", "selon Le Parisien"): a paper's title, no
    person's name."""
    return first.pos_ == "DET" and first.text[:1].isupper() and not first.is_sent_start \
        and first.i + 1 < len(first.doc) and first.doc[first.i + 1].text[:1].isupper()


def _span_of(tokens: list[Token]) -> tuple[int, int]:
    return min(t.idx for t in tokens), max(t.idx + len(t.text) for t in tokens)


def _adjectival(tok: Token) -> bool:
    """A participle with no auxiliary that qualifies a noun ("un vote prévu mi-décembre",
    "les faits reprochés", "the plan announced on Monday"): it tells what the noun is,
    nobody speaks through it."""
    return tok.dep_ == "acl" and tok.morph.get("VerbForm") == ["Part"] and not any(
        c.dep_.startswith("aux") for c in tok.children) and tok.i > 0 and \
        tok.doc[tok.i - 1].text != "," and \
        _insertion_auxiliary(tok) is None  # ", Raymond Oakes, denied": a verb the parser hung


def _telling_participle(tok: Token) -> bool:
    """A present participle that governs a clause of its own ("un éditorial affirmant que le
    pays renforcera ...", "a statement saying the protesters had attacked first"): the noun
    speaks through it, unlike a participle that only qualifies it ("le plan annoncé")."""
    return tok.morph.get("VerbForm") == ["Part"] and tok.morph.get("Tense") == ["Pres"] and any(
        c.dep_ == "ccomp" and c.i > tok.i and (
            any(m.dep_ == "mark" and fold(m.text) in _THAT for m in c.children)
            or (tok.lang_ == "en" and any(k.dep_ in SUBJECT_DEPS for k in c.children)))
        for c in tok.children)


_TENSE_AUXILIARIES = frozenset({"a", "ont", "avait", "avaient", "aura", "auront", "has", "have",
                                "had"})


def _insertion_auxiliary(tok: Token) -> Token | None:
    """"Le premier ministre a de son côté promis", "a pour sa part estimé": a past tense
    whose auxiliary stands before an inserted phrase, on whose noun the parser hung the
    participle.  The auxiliary, which holds the subject, or ``None``."""
    doc = tok.doc
    for j in range(tok.i - 2, max(tok.i - 6, doc[tok.i].sent.start) - 1, -1):
        if doc[j].text.lower() in _TENSE_AUXILIARIES:
            found = doc[j + 1].pos_ in ("ADP", "ADV") and j < tok.head.i < tok.i and not any(
                t.pos_ in ("VERB", "AUX") or t.is_punct for t in doc[j + 1 : tok.i])
            return doc[j] if found else None
    return None


_CLOSING_QUOTES = frozenset({"»", "”"})
_AGREEMENT = ("Gender", "Number")


def _agrees_with(tok: Token, noun: Token) -> bool:
    """Whether a word agrees in gender and number with ``noun``, both marked."""
    return all(tok.morph.get(f) == noun.morph.get(f) != [] for f in _AGREEMENT)


def _agrees_only_with(tok: Token, noun: Token) -> bool:
    """Whether a word agrees with ``noun`` and not with the word the parser hung it on:
    what it qualifies, wherever the parse put it ("jugent la hausse du tarif
    injustifiée", "les éléments de l'enquête communiqués par la police")."""
    return _agrees_with(tok, noun) and any(
        tok.morph.get(f) != tok.head.morph.get(f) for f in _AGREEMENT)


_OPENING_QUOTES = frozenset({"«", "“", "\""})


def _opened_by_relative(toks: list[Token], k: int) -> bool:
    """Whether the phrase set off by commas that holds ``toks[k]`` opens with a relative
    pronoun ("Le texte, dont l'AFP a obtenu une copie, prévoit": the parser may make
    "obtenu" the root)."""
    start = next((j + 1 for j in range(k - 1, -1, -1) if toks[j].text == ","), 0)
    return any(_relative_pronoun(t) for t in toks[start:k][:2])


def _in_relative(verb: Token) -> bool:
    """Whether a verb, or the verb its auxiliary or copula serves, heads a relative
    clause ("qui revendique", "qui a été blessé")."""
    head = verb.head if verb.dep_.startswith("aux") or verb.dep_ == "cop" else verb
    return any(_relative_pronoun(c) for c in head.children) or (
        head.dep_ in RELATIVE_DEPS and any(_relative_pronoun(t) for t in head.lefts))


def _inside_quote(before: str) -> bool:
    """Whether quote marks opened in ``before`` are still open at its end ("« sur
    dossier, selon des critères publiés en mai »": the speaker's own words)."""
    return before.count("«") > before.count("»") or before.count("“") > before.count("”")


def _relative_pronoun(tok: Token) -> bool:
    return tok.morph.get("PronType") == ["Rel"] or (
        tok.pos_ == "PRON" and fold(tok.text) in ("who", "whom", "which", "qui", "lequel",
                                                   "laquelle")) or (
        # ("markets that Brussels says are closed": "that" tagged a conjunction, parsed as
        # the subject it is)
        fold(tok.text) == "that" and (tok.tag_ == "WDT" or tok.pos_ == "SCONJ")
        and tok.dep_ in ("nsubj", "nsubjpass", "dobj")) or (
        # ("Les captures, que nous avons pu consulter, montrent": the object's "que" the
        # tagger called a conjunction, hung on the relative clause's verb)
        fold(tok.text) in ("que", "qu'", "qu’") and tok.dep_ in ("dep", "obj")
        and tok.head.dep_ in RELATIVE_DEPS) or (
        # ("dismantling what investigators described as an international ring": a free
        # relative, its object before its verb, names a thing; nobody's claim)
        tok.tag_ == "WP" and fold(tok.text) == "what" and tok.dep_ == "dobj"
        and tok.i < tok.head.i and tok.head.dep_ in ("ccomp", "dobj", "pobj", "nsubj"))


def _passive(verb: Token) -> bool:
    """Whether a verb is passive.  The French parser writes ``nsubj:pass`` for the subject
    of a perfect with "avoir" ("Il a assuré") and of a pronominal verb ("Elle s'est
    engagée"): those subjects act, and speak."""
    deps = {c.dep_ for c in verb.children}
    if deps & {"auxpass", "aux:pass"}:
        return True
    if verb.dep_ == "conj" and verb.morph.get("VerbForm") == ["Part"] and \
            verb.head.morph.get("VerbForm") == ["Part"] and not any(
                c.dep_.startswith(("aux", "nsubj")) for c in verb.children) and any(
                c.dep_ in ("auxpass", "aux:pass") for c in verb.head.children):
        return True  # ("sera affiché en mairie et mis en ligne": the first verb's auxiliary)
    if verb.morph.get("VerbForm") == ["Part"] and "obl:agent" in deps and any(
            c.dep_.startswith("aux") and c.lemma_ == "être" for c in verb.children):
        return True  # ("était estimé ... par le service": "être" the parser called a tense's)
    if not deps & {"nsubjpass", "nsubj:pass"}:
        return False
    return not any((c.dep_.startswith("aux") and c.lemma_ == "avoir")
                   or c.morph.get("Reflex") == ["Yes"] for c in verb.children)


def _content_bounds(sent: SpacySpan) -> tuple[int, int]:
    end = sent[-1]
    return sent.start_char, end.idx if end.is_punct else end.idx + len(end.text)


def _bare_past_participle(tok: Token) -> bool:
    """Whether ``tok`` is a past participle hung as a clause with nothing of its own
    before or after it that a verb of saying would have (no auxiliary, subject, agent or
    object): "went on trial on Monday accused of running ...", who is charged, not who
    charges."""
    return tok.dep_ in ("advcl", "acl") and tok.morph.get("VerbForm") == ["Part"] and \
        tok.morph.get("Tense") == ["Past"] and not any(
            c.dep_.startswith(("aux", "nsubj", "agent", "obl:agent", "dobj", "obj"))
            for c in tok.children)
