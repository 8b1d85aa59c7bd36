"""Which gender the page gives a person, and which a pronoun speaker asks for: "a-t-elle
confié" after "Léa Barthélemy, lycéenne, ... devant le tenant du titre, Michel Aubry" is
hers.  Apart because both the claims reader and the quote reader resolve pronoun speakers
with it (through ``_speakers.last_person_position``)."""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING, Any, Literal

from newstrace.analyze.claims._cues import cues_for, folded
from newstrace.analyze.entities import EntityIndex, Mention
from newstrace.nlp.dates import fold

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newstrace.nlp.parse import ParsedBlock


Gender = Literal["Fem", "Masc"]

_PRONOUN_GENDERS: dict[str, Gender] = {"il": "Masc", "lui": "Masc", "he": "Masc", "him": "Masc",
                                       "elle": "Fem", "she": "Fem", "her": "Fem"}


def pronoun_gender(pronoun: str | None) -> Gender | None:
    """The gender a personal pronoun speaker gives its person ("elle", "-t-il", "she")."""
    word = fold((pronoun or "").strip().strip("-")).removeprefix("t-")
    return _PRONOUN_GENDERS.get(word)


def person_genders(parsed: list[ParsedBlock], index: EntityIndex,
                   entity_types: dict[str, str]) -> dict[str, Gender]:
    """What the page itself says of each person's gender: a civil title before or in the
    name ("Mme Durand", "Mr Hale"), or the role word that describes them, right before
    the name ("le tenant du titre, Michel Aubry", "la présidente Anne Roux") or set off
    after it ("Martine Ferrand, cheffe de file de l'opposition", "Léa Barthélemy,
    lycéenne de 15 ans", "Mary Cole, a mother of three"), whose gender its article or its
    ending says in French and a short list in English (``_noun_gender``).  A masculine
    title kept for women ("le professeur Anne Ferrand": ``unisex_titles``) says nothing.
    Each person takes the gender most of their described mentions give; a tie, or nothing
    said, leaves them out, and a pronoun then keeps its plain reading (the last person
    named).  Not the model's gender of the first name itself, which follows the sentence
    ("Martine Ferrand" Masc after "a lancé"), nor a table of first names: the page says
    who is a woman or a man, in words a reader can point at."""
    by_block: dict[str, list[Mention]] = {}
    for m in index.mentions:
        if entity_types.get(m.entity) == "person" and m.how != "byline":
            by_block.setdefault(m.block, []).append(m)
    votes: dict[str, dict[Gender, int]] = {}
    for pb in parsed:
        if pb.doc is None or pb.block.id not in by_block:
            continue
        cues = cues_for(pb.block.language)
        starts = [t.idx for t in pb.doc]  # (in order: a mention's words by bisection)
        for m in by_block[pb.block.id]:
            words = list(pb.doc[bisect_left(starts, m.start) : bisect_left(starts, m.end)])
            found = _described_gender(words, cues) if words else None
            if found is not None:
                tally = votes.setdefault(m.entity, {"Fem": 0, "Masc": 0})
                tally[found] += 1
    return {e: ("Fem" if t["Fem"] > t["Masc"] else "Masc") for e, t in votes.items()
            if t["Fem"] != t["Masc"]}


def _described_gender(words: list[Token], cues: dict[str, Any]) -> Gender | None:
    """The gender a civil title or a role word gives one mention of a person's name."""
    doc = words[0].doc
    titles = gender_titles(cues)
    inside = {t.i for t in words}
    before = doc[words[0].i - 1] if words[0].i > 0 else None
    titled = next((titles[fold(t.text)] for t in (before, *words)
                   if t is not None and fold(t.text) in titles), None)
    if titled is not None:
        return titled
    j = words[0].i - 1
    comma = j >= 0 and doc[j].text == ","
    if comma:
        j -= 1
    run: list[Token] = []
    while j >= 0 and not doc[j].is_punct and doc[j].pos_ not in (
            "VERB", "AUX", "SCONJ", "CCONJ", "PRON"):
        run.insert(0, doc[j])
        j -= 1
    # ("devant le tenant du titre, Michel Aubry", "a déclaré l'adjointe à
    # l'environnement, Nadia Ferhat": the first word for a person in the phrase before the
    # name, not its complement; none in "à la sortie de l'audience Bernard Chapuis"; and
    # only a phrase the name belongs to, not "Après la victoire, Paul Roy a dit")
    role = next((t for t in run if t.pos_ in ("NOUN", "ADJ") and _person_word(t, cues)), None)
    heads = [w.head for w in words if w.head.i not in inside]
    spans = {t.i for t in run}
    if role is not None and (
            any(h.i in spans for h in heads) or role.head.i in inside
            # (a name the parser hung elsewhere, past the comma, but on no verb)
            or (comma and heads and all(h.pos_ in ("NOUN", "PROPN") for h in heads))):
        return _noun_gender(role, cues)
    k = words[-1].i + 1
    if k < len(doc) and doc[k].text == ",":
        after = [t for t in doc[k + 1 : k + 4] if t.pos_ != "DET"]
        if after and after[0].like_num:  # ("Michel Aubry, 67 ans, sept fois vainqueur")
            stop = next((t.i for t in doc[k + 1 : k + 5] if t.text == ","), None)
            after = [t for t in doc[stop + 1 : stop + 4] if t.pos_ != "DET"] \
                if stop is not None else []
        role = after[0] if after else None
        if role is not None and role.pos_ in ("NOUN", "ADJ") and (
                role.head.i in inside or any(w.head.i == role.i for w in words)):
            return _noun_gender(role, cues)
    return None


def _noun_gender(noun: Token, cues: dict[str, Any]) -> Gender | None:
    """The gender a singular role word says: its article ("la maire", "le tenant du
    titre"), else its ending in French ("cheffe", "lycéenne", "directeur":
    ``feminine_role_endings``, ``masculine_role_endings``) or the word itself in English
    ("mother": ``feminine_nouns``, ``masculine_nouns``).  Only a word for a person (such an
    ending, such a word, or a title: not "la sortie de l'audience Bernard Chapuis"), and
    not the model's gender of it, which it guesses for words it does not know ("cheffe"
    Masc).  A title French keeps masculine for women ("le professeur Anne Ferrand":
    ``unisex_titles``) says nothing but in the feminine ("la ministre")."""
    if noun.morph.get("Number") == ["Plur"]:
        return None
    word = noun.text.lower()  # (endings as written: folded, "é" would be any word's "e")
    feminine = fold(word) in folded(cues, "feminine_nouns") or word.endswith(
        tuple(cues.get("feminine_role_endings", ())))
    masculine = fold(word) in folded(cues, "masculine_nouns") or word.endswith(
        tuple(cues.get("masculine_role_endings", ())))
    unisex = fold(word) in folded(cues, "unisex_titles")
    if not (feminine or masculine or unisex or fold(word) in folded(cues, "title_nouns")):
        return None
    article = next((fold(c.text) for c in noun.children if c.dep_ == "det" and c.i < noun.i),
                   None)
    if article in folded(cues, "feminine_articles") or (
            article not in folded(cues, "masculine_articles") and feminine):
        return "Fem"
    if unisex:
        return None
    if article in folded(cues, "masculine_articles") or masculine:
        return "Masc"
    return None


def _person_word(noun: Token, cues: dict[str, Any]) -> bool:
    """Whether a word names a person by role or kin ("adjointe", "directeur", "mother"):
    the language's titles and gendered words, not any noun with a role's ending
    ("environnement", "rivière")."""
    word = fold(noun.text)
    return any(word in folded(cues, key) for key in (
        "title_nouns", "feminine_nouns", "masculine_nouns", "unisex_titles"))


def gender_titles(cues: dict[str, Any]) -> dict[str, Gender]:
    """Civil titles with the gender they give the name after them ("Mme", "Mrs", "M.")."""
    return {**{t: "Fem" for t in folded(cues, "feminine_titles")},
            **{t: "Masc" for t in folded(cues, "masculine_titles")}}
