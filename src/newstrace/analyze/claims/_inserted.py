"""A reporting phrase inserted between commas around its verb ("<content>, X said.", "A,
he said, B.", "..., a indiqué la préfecture."): its bounds, its speaker, and the words
that only describe a noun of it.

Apart because it reads the stretch between two breaks, not the verb's clause; it is the
last resort of ``_reports`` when no verb governs a clause.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Any

from newstrace.analyze.claims._cues import _generic_place, cues_for, folded
from newstrace.analyze.claims._speakers import _clitic, inverted_subject, subjects_of
from newstrace.analyze.claims._syntax import (
    _CLOSING_QUOTES,
    _OPENING_QUOTES,
    _THAT,
    RELATIVE_DEPS,
    SUBJECT_DEPS,
    _in_relative,
    _relative_pronoun,
)
from newstrace.analyze.claims._verbs import _Report, cue_lemma
from newstrace.nlp.dates import fold

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token


def _relative_words(verb: Token) -> bool:
    """Whether a verb the parser called relative has a relative word in its clause ("who
    police said had suffered"); ", state business filings show." has none, and is no
    relative clause."""
    return not subjects_of(verb) or any(_relative_pronoun(t) for t in verb.subtree)


_BREAKS = {",", "—", "–", ";", "(", ")"}


def _modifier(tok: Token, seg: list[Token]) -> bool:
    """Whether a verb in a reporting phrase only describes a noun of it ("a leaked memo",
    "un habitant du quartier inondé"), a participle on a noun of the same phrase, or
    completes its verb of saying ("a fait savoir son avocat")."""
    if _phrasal(tok, cues_for(tok.lang_)) is not None:
        return True  # "fait" of "a fait savoir"
    if tok.morph.get("VerbForm") != ["Part"]:
        return False
    if tok.dep_ in ("amod", "acl") and tok.head in seg and tok.head.pos_ in ("NOUN", "PROPN"):
        return True
    # ("devant sa porte éventrée": a participle right after a noun, whatever the parser
    # hung it on.)
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    return before is not None and before in seg and before.pos_ in ("NOUN", "PROPN") and \
        not any(c.dep_.startswith("aux") for c in tok.children)


def _phrasal(verb: Token, cues: dict[str, Any]) -> Token | None:
    """The infinitive that makes ``verb`` a verb of saying ("fait savoir", "a fait valoir",
    "laisse entendre"), if it has one, or ``verb`` itself when it is that infinitive; read
    by the words' order, as the parser hangs the two on each other either way."""
    phrases = folded(cues, "phrasal_reporting")
    if not phrases or verb.pos_ not in ("VERB", "AUX"):
        return None
    doc = verb.doc
    after = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if after is not None and f"{fold(verb.lemma_)} {fold(after.lemma_)}" in phrases:
        return after
    before = doc[verb.i - 1] if verb.i > 0 else None
    if before is not None and f"{fold(before.lemma_)} {fold(verb.lemma_)}" in phrases:
        return verb
    return None


def _only_insertions(toks: list[Token]) -> bool:
    """Whether the words are adjuncts set off by commas (", devant une salle comble à
    Guingamp,"), each opened by a preposition or an adverb."""
    if len(toks) < 3 or toks[0].text != "," or toks[-1].text != ",":
        return False
    return toks[1].pos_ in ("ADP", "ADV")


def _inserted(sent: SpacySpan, verb: Token) -> _Report | None:
    """"<content>, X said." / "<content>, a indiqué la préfecture." / "A, he said, B."

    The reporting phrase is the stretch between commas around the verb: the verb, its
    auxiliaries, its speaker and adverbials, and nothing that could be content (no other
    verb, no "that" / "que" / "as").  The speaker is the subject, or in an inverted
    phrase ("a déclaré le ministre") the noun phrase after the verb, whatever the parser
    called it.
    """
    toks = list(sent)
    at = verb.i - sent.start
    if any(c.dep_ == "mark" and fold(c.text) in _THAT and any(
            k.dep_ in SUBJECT_DEPS and c.i < k.i < verb.i for k in verb.children) and not any(
            t.text in _OPENING_QUOTES | _CLOSING_QUOTES for t in verb.doc[c.i : verb.i])
            for c in verb.children):
        # ("affirme que les contrôles, réalisés en avril, n'avaient révélé aucune anomalie":
        # the verb of a completive, its subject set off between the two, is no incise; but
        # "« ... plus fort que les enfants », s'amuse-t-elle" is one)
        return None
    if verb.lang_ == "fr" and verb.morph.get("VerbForm") == ["Part"] and verb.morph.get(
            "Tense") == ["Pres"] and not any(t.dep_ in SUBJECT_DEPS for t in verb.children):
        # ("..., a plaidé la relaxe, dénonçant un dossier « construit à charge »": a
        # present participle takes no inverted subject; the noun after it is its object)
        return None
    if verb.morph.get("VerbForm") == ["Part"] and verb.morph.get("Tense") == ["Past"] and \
            verb.dep_ in ("acl", "amod") and verb.head.pos_ == "NOUN" and \
            verb.head.i == verb.i - 1 and not any(c.dep_.startswith("aux") for c in verb.children):
        # ("..., une offre jugée « insuffisante » par l'intersyndicale": a participle
        # right after its noun says what the noun is, no incise)
        return None
    left = next((i for i in range(at - 1, -1, -1) if toks[i].text in _BREAKS), None)
    if left is None or left < 1:
        return None
    if sum(t.text in ("«", "“") for t in toks[:at]) > sum(
            t.text in ("»", "”") for t in toks[:at]) and not all(
            t.pos_ in ("AUX", "ADV") for t in toks[left + 1 : at]):
        # A verb inside quote marks is what is said ("« À ce stade, aucun lien n'a été
        # établi »"), unless it opens an incise ("« Le vaccin, assure X, n'a ... »").
        return None
    subject = [t for t in subjects_of(verb) if t.i < verb.i]
    if subject and any(t.text in ("»", "”") for t in sent.doc[subject[0].i : verb.i]):
        subject = []  # "« ... des militaires qui ont défendu Marioupol », a écrit X": quoted
    if subject and subject[0].i - sent.start - 1 < left:
        # "..., its artistic director, Paul Kessler, told the Guardian.": the subject has
        # commas of its own; the phrase starts before it.
        first = subject[0].i - sent.start - 1
        if first >= 1 and toks[first].text in _BREAKS:
            left = first
        elif first < 0 and all(t.i <= toks[left].i for t in subject) and not any(
                (t.pos_ in ("VERB", "AUX") and t.morph.get("VerbForm") == ["Fin"]
                 and t.head.i != verb.i and not _in_relative(t))
                or (t.head.i == verb.i and t.dep_ in SUBJECT_DEPS)
                for t in toks if t.i > verb.i) and not (
                verb.i + 1 < sent.end and verb.doc[verb.i + 1].pos_ == "PROPN"):  # ", says Vantra"
            # "Le préfet du Rhône, Jean-Luc Vernay, a détaillé ces mesures, entouré de ...":
            # the sentence opens with the verb's own subject and no other clause; nothing
            # before the verb is said ("La fréquentation, a souligné X, a atteint" is said)
            return None
    right = next((i for i in range(at + 1, len(toks)) if toks[i].text in _BREAKS), len(toks))
    seg = toks[left + 1 : right]
    while seg and seg[-1].is_punct:
        seg = seg[:-1]
    relative = next((n for n, t in enumerate(seg) if t.i > verb.i and _relative_pronoun(t)
                     and n > 0 and seg[n - 1].pos_ in ("NOUN", "PROPN")), None)
    if relative is not None:
        seg = seg[:relative]  # "raconte une infirmière qui a requis l'anonymat": who she is
    # ", which have been confirmed by ...": a relative clause, no insertion; but ", state
    # business filings show." has no relative word, whatever the parser called it.
    nominal = ("PROPN", "NOUN", "PRON")
    # ("”, a trader who survived the attack told The Associated Press": a relative clause
    # on the speaker before the verb only says who the speaker is.)
    described = {d.i for t in seg if t.i < verb.i and t.dep_ in RELATIVE_DEPS
                 and t.head in seg and t.head.pos_ in nominal and t.head.i < t.i
                 and t.head.dep_ in SUBJECT_DEPS and t.head.head.i == verb.i
                 and t.right_edge.i + 1 == verb.i for d in t.subtree}
    rest_of_seg = [t for t in seg if t.i not in described]
    # (", a claim the council denied.": a noun, then a relative clause with no relative
    # word and a subject of its own, says what the noun is)
    own = subjects_of(verb)
    if (verb.dep_ in RELATIVE_DEPS and (_relative_words(verb) or (
            verb.head in seg and own and verb.head.i < own[0].i < verb.i))) or \
            any(_relative_pronoun(t) for t in rest_of_seg):
        return None
    # ("sur France Inter": a capitalised word the tagger took for a verb is a name.)
    if any(t.pos_ == "VERB" and t.i != verb.i and not _modifier(t, seg)
           and not (t.is_title and t.i > sent.start) for t in rest_of_seg) or any(
        t.dep_ == "mark" or t.pos_ == "SCONJ" for t in rest_of_seg
    ) or (rest_of_seg and rest_of_seg[0].dep_ == "cc" and rest_of_seg[0].i < verb.i):
        # (", car elles sont considérées comme assurables": a clause joined by a
        # conjunction gives a cause, no speaker of what comes before it)
        return None
    # "», s'interroge le maire": the reflexive pronoun is not who speaks; nor is an object
    # pronoun ("», leur a répondu Mme Benali").
    # (",' he wrote": the closing quote mark is nobody.)
    before = [t for t in seg if t.i < verb.i and t.pos_ not in ("AUX", "ADV", "PART")
              and not t.is_punct
              and not t.text.startswith("-t") and t.morph.get("Reflex") != ["Yes"]
              and not (t.pos_ == "PRON" and t.dep_ in ("iobj", "obj"))]
    # A participle has no subject after it: "..., revealing a tendency" names nobody.
    finite = verb.morph.get("VerbForm") != ["Ger"] and verb.tag_ != "VBG" and (
        verb.morph.get("VerbForm") not in (["Part"], ["Inf"])
        or any(c.dep_.startswith("aux") for c in verb.lefts)
        or _phrasal(verb, cues_for(verb.lang_)) is verb  # "a fait savoir son avocat"
        # ("..., avertit le Programme alimentaire mondial": a present the tagger took for
        # a participle, right after the comma and before its inverted subject)
        or (verb.lang_ == "fr" and toks[at - 1].text == "," and at + 1 < len(toks)
            and toks[at + 1].pos_ in ("DET", "PROPN") and verb.text.endswith("t")))
    clitic = _clitic(verb)  # "confie-t-elle"
    if clitic is not None and clitic in before:
        before = [clitic]  # "a-t-il de nouveau affirmé": the adverbial is nobody
    inverted = ([clitic] if clitic is not None else inverted_subject(verb)) \
        if seg and finite else []
    if any(t.text in ("«", "“") for t in inverted):
        inverted = []  # ("a reconnu jeudi des « difficultés techniques »": words quoted)
    if clitic is not None and inverted == [clitic]:
        # "indique-t-on à la Chancellerie": the body the generic pronoun speaks from.
        where = list(itertools.takewhile(lambda t: not t.is_punct,
                                         sent.doc[clitic.i + 1 : sent.end]))
        if _generic_place(clitic, where, cues_for(verb.lang_)) is not None:
            inverted = [clitic, *where]
    after = [t for t in inverted if t.i <= seg[-1].i]
    if (not after and inverted and _only_insertions(toks[right : inverted[0].i - sent.start])
            ) or (after and len(inverted) > len(after) and inverted[len(after)].text == ","):
        # "a promis vendredi, devant une salle comble, la ministre": past the insertion;
        # "a déclaré la présidente du tribunal, Catherine Aubry,": the title and its name
        after = inverted
        right = next((i for i in range(inverted[-1].i - sent.start + 1, len(toks))
                      if toks[i].text in _BREAKS), len(toks))
    # A French incise inverts its subject ("..., le premier depuis deux mois, ont annoncé
    # les deux pays"): a noun phrase after the verb is who speaks.
    inverted_incise = verb.lang_ == "fr" and any(t.pos_ in nominal for t in after) and \
        bool(before) and any(t.text == "," for t in sent.doc[before[-1].i : verb.i])
    speaker = before if any(t.pos_ in nominal for t in before) and not inverted_incise \
        else after
    if not speaker and finite and not subjects_of(verb):
        # "..., its artistic director, Paul Kessler, told the Guardian.": the parser hung
        # the speaker's phrases on the content; they are the comma-set names before the verb.
        chunks, at_break = [], left
        while len(chunks) < 2:
            start = next((i for i in range(at_break - 1, -1, -1) if toks[i].text in _BREAKS),
                         None)
            if start is None or start < 1:
                break
            chunk = toks[start + 1 : at_break]
            if not chunk or any(t.pos_ not in ("DET", "PRON", "ADJ", "NOUN", "PROPN", "PUNCT")
                                for t in chunk):
                break
            chunks.insert(0, chunk)
            at_break = start
        if chunks and any(t.pos_ == "PROPN" for t in chunks[-1]):
            speaker = [t for chunk in chunks for t in chunk]
            left = at_break
    if not speaker or not any(t.pos_ in nominal for t in speaker) or (
            speaker is after and speaker[0].morph.get("VerbForm") == ["Inf"]) or (
            # ("..., has declared three days of national mourning": the direct object of a
            # verb with its auxiliary, which an English speaker never inverts after, where
            # "..., warns an internal memo" does)
            speaker is after and any(c.dep_ == "aux" for c in verb.children) and any(
                t.dep_ == "dobj" and t.head.i == verb.i for t in speaker)):
        # ("confie être « à bout »": an infinitive after the verb is what is said.)
        return None
    hearers = folded(cues_for(verb.lang_), "hearer_verbs")
    times = folded(cues_for(verb.lang_), "time_words")
    if speaker is before and cue_lemma(verb, hearers) not in hearers and any(
            c.dep_ in ("obj", "dobj") and c.i > verb.i and c in seg and fold(c.text) not in times
            for c in verb.children):
        return None  # "52 % des Français soutiennent la réforme": the verb has its object
    content = toks[:left]
    if not content or not any(t.is_alpha for t in content):
        return None
    end = toks[left - 1]
    c_start, c_end = content[0].idx, end.idx + len(end.text)
    rest = [t for t in toks[right + 1 :] if not t.is_punct]
    verbless = not any(t.pos_ in ("VERB", "AUX") for t in content)
    # Speaker before the verb, or a pronoun, or a clause cut in two ("« Le vaccin, assure
    # la professeure Caron, n'a provoqué ... »"): the phrase is inserted and what follows
    # is content too; otherwise a named speaker after the verb may have its apposition.
    closed = toks[left - 1].text in ("»", "”", '"')  # "« ... », confie-t-elle, la main ..."
    # (", a lancé samedi une pétition en ligne, qui recueillait ...": a relative clause
    # after the phrase tells of its last noun, it goes on with nothing said)
    if rest and not closed and (speaker is before or all(t.pos_ == "PRON" for t in speaker) or (
            verbless and any(t.pos_ in ("VERB", "AUX") for t in rest)
            and not _relative_pronoun(rest[0]))):
        last = rest[-1]
        c_end = last.idx + len(last.text)
    elif verbless and toks[left - 1].text not in ("»", "”", '"') and not (
            speaker is after and len(content) >= 5 and content[0].pos_ in ("DET", "PROPN")
            and any(t.pos_ == "NOUN" and t.is_lower and t.i > content[0].i + 1
                    and t.dep_ == "amod" for t in content)):
        # A verbless quote ("« Une provocation délibérée », a réagi Pékin") is words; but
        # "Le transporteur table sur un retour lundi, a indiqué X" has a verb the tagger
        # took for a noun qualifying the subject.
        return None
    return _Report(verb, speaker, None, (c_start, c_end))
