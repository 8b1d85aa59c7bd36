"""Verbs of saying: the lexicon's verb kinds, the lemma a token stands for (``cue_lemma``),
the forms the tagger took for something else, and ``_Report``, the verb, speaker and
content that every report finder returns.

Apart because the speakers, the report finders and the certainty reader all ask whether
a token is a verb of saying, and all finders build ``_Report``s: it sits below them all.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from newstrace.analyze.claims._cues import folded
from newstrace.analyze.claims._syntax import _NE, SUBJECT_DEPS, _insertion_auxiliary
from newstrace.nlp.dates import fold

if TYPE_CHECKING:
    from spacy.tokens import Token


@dataclass(slots=True)
class _Report:
    """A reporting verb, what it reports (a clause head, or a span) and who speaks."""

    verb: Token
    speaker: list[Token]
    clause: Token | None = None
    span: tuple[int, int] | None = None  # content, when it is not one clause's subtree
    #: A certainty the construction itself gives ("estimated X at N": "estimate: ..."),
    #: and the kind of attribution when the verb's lexicon list does not say it.
    certainty: str | None = None
    kind: str | None = None


def _verb_kinds(cues: dict[str, Any]) -> dict[str, str]:
    memo: dict[str, Any] = cues.setdefault("_folded", {})
    if "_verb_kinds" not in memo:
        memo["_verb_kinds"] = _build_verb_kinds(cues)
    return memo["_verb_kinds"]  # type: ignore[no-any-return]


def _build_verb_kinds(cues: dict[str, Any]) -> dict[str, str]:
    """Folded lemma -> how the verb attributes: "reporting" (speech: a quote), "stance"
    (thought) or "evidence" (a study "shows"); the last two attribute without quoting."""
    kinds = {fold(v): "commitment" for v in cues.get("commitment_verbs", [])}
    kinds.update({fold(v): "evidence" for v in cues.get("evidence_verbs", [])})
    kinds.update({fold(v): "stance" for v in cues.get("stance_verbs", [])})
    kinds.update({fold(v): "reporting" for v in cues.get("reporting_verbs", [])})
    return kinds


def _verb_like(tok: Token) -> bool:
    """A verb, or a word the tagger called a noun or an adjective though it has a subject
    and no copula ("Le rapporteur, X, chiffre à 12 milliards le coût": "chiffre" NOUN)."""
    return tok.pos_ == "VERB" or (tok.pos_ in ("NOUN", "ADJ") and any(
        c.dep_ in SUBJECT_DEPS for c in tok.children) and not any(
        c.dep_ == "cop" for c in tok.children))


def cue_lemma(tok: Token, verbs: set[str]) -> str:
    """The lexicon's lemma for a verb: its own, or the one a regular English or French
    form points to ("hopes", "hoped", "hoping" of "hope"; "glisse", "glissent", "glissé" of
    "glisser"), as the small models lemmatize "hopes" as "hop" and "glisse" as itself."""
    lemma = fold(tok.lemma_)
    word = fold(tok.text)
    forms = [("s", ""), ("d", ""), ("ed", ""), ("ing", ""), ("ing", "e")]
    if tok.lang_ == "fr" and (_verb_like(tok) or _after_closing_quote(tok) or any(
            c.dep_ == "ccomp" and any(m.dep_ == "mark" for m in c.children)
            for c in tok.children)):  # ("juge que ..." tagged as the noun "juge")
        # "glisse", "glissent", "glissé" of "glisser" (not the noun "tempête")
        forms += [("e", "er"), ("ent", "er"), ("é", "er"), ("ée", "er"), ("és", "er"),
                  ("ées", "er")]
    candidates = [lemma] + [word[: -len(suffix)] + restore for suffix, restore in forms
                            if word.endswith(suffix)]
    # A French pronominal verb is listed with its pronoun ("s'inquiéter"), and counts only
    # with it ("engagera sa responsabilité" is no "s'engager").
    reflexive = any(c.morph.get("Reflex") == ["Yes"] for c in tok.children) or (
        tok.i > 0 and tok.doc[tok.i - 1].morph.get("Reflex") == ["Yes"])
    for found in candidates:
        for form in (found, f"s'{found}", f"se {found}") if reflexive else (found,):
            if form in verbs:
                return form
    return lemma


def _cue_verbs(cues: dict[str, Any]) -> set[str]:
    return set(_verb_kinds(cues)) | set(_intent_kinds(cues))


def _intent_kinds(cues: dict[str, Any]) -> dict[str, str]:
    memo: dict[str, Any] = cues.setdefault("_folded", {})
    if "_intent_kinds" not in memo:
        memo["_intent_kinds"] = _build_intent_kinds(cues)
    return memo["_intent_kinds"]  # type: ignore[no-any-return]


def _build_intent_kinds(cues: dict[str, Any]) -> dict[str, str]:
    """Folded lemma -> the certainty an intention gives what it governs: "plans to leave"
    is predicted, "hopes to win" only possible; with an infinitive only."""
    kinds = {fold(v): "possible" for v in cues.get("wish_verbs", [])}
    kinds.update({fold(v): "predicted" for v in cues.get("intention_verbs", [])})
    return kinds


def _before_that(tok: Token) -> bool:
    """A word the tagger did not take for a verb, right before "que"/"that" and after a
    noun ("Un proche du joueur dément qu'il ait demandé": "dément" tagged an adverb); the
    caller still requires a verb of saying's form; but not before a relative pronoun ("a
    $3.2 million removal project that kept the building closed": what the noun is)."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < tok.sent.end else None
    return nxt is not None and fold(nxt.text) in ("que", "qu'", "qu’", "that") and \
        nxt.morph.get("PronType") != ["Rel"] and \
        tok.i > 0 and tok.doc[tok.i - 1].pos_ in ("NOUN", "PROPN") and \
        tok.pos_ in ("ADV", "ADJ", "NOUN")


def _headline_noun_verb(tok: Token) -> bool:
    """"Drummond pledges to end ...": an English headline's present tense the tagger took for
    a plural noun at the root, with the name before it and "to" and a verb after it."""
    nxt = tok.doc[tok.i + 1 : tok.i + 3]
    return tok.lang_ == "en" and tok.pos_ == "NOUN" and tok.dep_ == "ROOT" and \
        tok.tag_ == "NNS" and tok.i > tok.sent.start and len(nxt) == 2 and \
        nxt[0].text == "to" and nxt[1].pos_ == "VERB"


def _idiom(verb: Token, cues: dict[str, Any], key: str = "verb_idioms") -> bool:
    """Whether the verb opens an idiom of the lexicon list ``key``: by default one that
    reports nothing ("ont trouvé la mort": died)."""
    words = fold(" ".join([verb.lemma_, *(t.text for t in verb.doc[verb.i + 1 : verb.i + 3])]))
    return any(words.startswith(i) for i in folded(cues, key))


def _listed_verb(verb: Token, key: str, cues: dict[str, Any]) -> bool:
    """Whether the verb is one of the lexicon list ``key`` ("expect", "redouter"); an
    entry written with its pronoun ("s'attendre") counts only with the reflexive."""
    reflexive = any(c.morph.get("Reflex") == ["Yes"] for c in verb.children)
    return any(_lemma_in(verb, {entry.removeprefix("s'").removeprefix("se ")}) and (
        not entry.startswith(("s'", "se ")) or reflexive)
        for entry in folded(cues, key))


def _worry_told(verb: Token, cues: dict[str, Any]) -> bool:
    """Whether a verb of fear that bears on a thing named is one of worry (``worry_verbs``:
    "s'inquiètent du bruit", "de la suppression de 46 places", "s'inquiètent pour leurs
    puits privés"): the worry told, a stance, as writers read it (a fear for something
    too: the 5 such lines of the blind sets read so), not what may happen."""
    return _listed_verb(verb, "worry_verbs", cues)


def _lemma_in(tok: Token, words: set[str]) -> bool:
    """Whether the verb is one of ``words``, also when the lemmatizer left a form as it is
    ("estime" for "estimer"): a long lemma's stem then counts."""
    return cue_lemma(tok, words) in words or any(
        len(w) > 6 and fold(tok.text).startswith(w[:-2]) for w in words)


def _challenged(verb: Token, cues: dict[str, Any]) -> Token | None:
    """The outcome a verb of challenge contests (``challenge_verbs``, ``challenged_outcomes``:
    "ont contesté la victoire de X", "auraient contesté la procédure devant le tribunal"):
    a challenge, told, where "conteste ces chiffres" or "conteste toute sanction" (all of
    it, ``denied_determiners``) denies."""
    if not _lemma_in(verb, folded(cues, "challenge_verbs")):
        return None
    return next((c for c in verb.children if c.dep_ in ("obj", "dobj")
                 and fold(c.text) in folded(cues, "challenged_outcomes") and not any(
                     k.dep_ == "det" and fold(k.text) in folded(cues, "denied_determiners")
                     for k in c.children)), None)


def _reflexive_not_said(tok: Token, cues: dict[str, Any]) -> bool:
    """Whether a verb of saying is made reflexive, which says nothing ("le mouvement s'est
    poursuivi mercredi", "une source se montre prudente": what goes on, an attitude)."""
    return _lemma_in(tok, folded(cues, "reflexive_not_saying")) and any(
        c.morph.get("Reflex") == ["Yes"] and c.i < tok.i for c in tok.children)


def _said(verb: Token) -> bool:
    """Whether the verb tells of something said, not of something to be said ("is
    expected to announce layoffs"): finite, or a participle with its auxiliary, or an
    infinitive with a finite "do" ("did not find")."""
    form = verb.morph.get("VerbForm")
    return form == ["Fin"] or verb.tag_ in ("VBD", "VBZ", "VBP") or (
        verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lemma_ == "do" and c.tag_ in (
            "VBD", "VBZ", "VBP") for c in verb.lefts)) or (
        form == ["Part"] and (any(c.dep_.startswith("aux") for c in verb.lefts)
                              or _insertion_auxiliary(verb) is not None
                              # ("a présenté ses excuses et promis ...": the first's)
                              or (verb.dep_ == "conj" and verb.head.pos_ == "VERB"
                                  and verb.head.i < verb.i and any(
                                      c.dep_.startswith("aux") for c in verb.head.lefts))))


def _after_closing_quote(tok: Token) -> bool:
    """Whether ``tok`` opens the phrase after a closing quote mark and a comma ("»,
    soupire Thierry Vayssier", "», s'inquiète X"): there, a verb of saying the tagger took
    for a noun or an adjective."""
    doc = tok.doc
    i = tok.i - 1 if tok.i >= 1 and doc[tok.i - 1].morph.get("Reflex") == ["Yes"] else tok.i
    return i >= 2 and doc[i - 1].text == "," and doc[i - 2].text in ("»", "”", '"')


def _none_said(verb: Token, cues: dict[str, Any]) -> Token | None:
    """The negative determiner of a negated verb's object ("ne préconisait aucune
    limitation", "n'a annoncé aucune mesure"): the verb says there is none, a denial."""
    if not any(fold(c.text) in _NE for c in verb.children):
        return None
    return next((k for c in verb.children if c.dep_ in ("obj", "dobj") for k in c.children
                 if k.dep_ == "det" and fold(k.text) in folded(cues, "c_negative_words")), None)
