"""Who speaks through a verb: its subject, an inverted subject after it ("..., a déclaré la
maire"), a clitic ("a-t-il dit"), a subject the parser left unattached, a title that
opens a speaker's words, an anaphor ("ce dernier"), and the last person the page named.

Apart because the claims reader and the quote reader (``analyze/quotes.py``) both read
speakers with these: the public ones are re-exported by the package.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from newstrace.analyze.claims._cues import _has, _one_of, cues_for, folded
from newstrace.analyze.claims._genders import Gender, pronoun_gender
from newstrace.analyze.claims._syntax import (
    _CLOSING_QUOTES,
    _TENSE_AUXILIARIES,
    SUBJECT_DEPS,
    _insertion_auxiliary,
    _passive,
    _relative_pronoun,
    _telling_participle,
)
from newstrace.analyze.claims._verbs import _before_that, _headline_noun_verb, _said, cue_lemma
from newstrace.analyze.entities import EntityIndex
from newstrace.nlp.dates import fold

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token


def _titled(tokens: list[Token], cues: dict[str, Any]) -> bool:
    """"Le ministre de l'Économie", "the president": one person, identified by office.

    The phrase's first noun is a title and a definite or possessive determiner points at
    a single holder ("un ministre" or "a senior official" stay anonymous).
    """
    titles = folded(cues, "title_nouns")
    inside = {t.i for t in tokens}
    first = next((t for t in tokens if t.pos_ in ("NOUN", "PROPN")), None)
    # The title is the phrase's first noun ("le ministre de l'Intérieur") or its head
    # ("the opposition leader").
    root = next((t for t in tokens if t.head.i not in inside or t.head.i == t.i), None)
    head = next((t for t in (first, root) if t is not None and fold(t.text) in titles), None)
    if head is None or (root is not None and root is not head and root.pos_ == "NOUN"
                        and _has(root.text, cues.get("institution_nouns", []))):
        return False  # "the sheriff's office": the office speaks, a body
    dets = [t for t in tokens if t.i < head.i and (t.pos_ == "DET" or t.dep_ == "poss")]
    definite = folded(cues, "definite_determiners")
    # "its leader", "Ukraine's foreign minister": a possessor points at one holder too.
    return bool(dets) and (fold(dets[0].text) in definite or dets[0].dep_ == "poss")


def last_person_before(index: EntityIndex, entity_types: dict[str, str],
                        block_order: dict[str, int], block: str, pos: int,
                        pronoun: str | None = None,
                        genders: dict[str, Gender] | None = None) -> str | None:
    found = last_person_position(index, entity_types, block_order, block, pos, pronoun, genders)
    return found[1] if found else None


def last_person_position(index: EntityIndex, entity_types: dict[str, str],
                         block_order: dict[str, int], block: str,
                         pos: int, pronoun: str | None = None,
                         genders: dict[str, Gender] | None = None,
                         ) -> tuple[tuple[int, int], str] | None:
    """The last person named before ``pos`` of ``block`` (not the byline), with where.

    With a pronoun that has a gender ("elle", "he"), a person the page gives the other
    gender is passed over ("Léa Barthélemy ... devant Michel Aubry. « ... », a-t-elle
    confié" is Léa's); a person whose gender the page does not say stays a candidate."""
    gender = pronoun_gender(pronoun)
    best: tuple[tuple[int, int], str] | None = None
    for m in index.mentions:
        if entity_types.get(m.entity) != "person" or m.how == "byline":
            continue
        if gender is not None and (genders or {}).get(m.entity, gender) != gender:
            continue
        key = (block_order.get(m.block, -1), m.start)
        if key < (block_order[block], pos) and (best is None or key > best[0]):
            best = (key, m.entity)
    return best


def subjects_of(verb: Token) -> list[Token]:
    """The verb's subjects, each with its words; a subject before the verb stops at it
    ("Some parents in the county say ..., a sentiment that has grown": the model hung
    the apposition after the clause on the subject)."""
    subs = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if any(s.i > verb.i for s in subs):
        # ("..., he knows every boat,” said Ruth Ellery": a noun inside the quote the
        # parser made a second subject; the one after the verb speaks)
        subs = [s for s in subs if s.i > verb.i or not any(
            t.text in _CLOSING_QUOTES for t in verb.doc[s.right_edge.i : verb.i])]
    out: list[Token] = []
    for s in subs:
        words = [t for t in s.subtree if not s.i < verb.i < t.i]
        colon = next((t for t in reversed(words) if t.text == ":" and t.i < verb.i), None)
        if colon is not None and any(t.i > colon.i and t.pos_ in ("NOUN", "PROPN", "PRON")
                                     for t in words):
            # ("Don du sang : l'EFS appelle à ...": a headline's topic before the colon,
            # which the parser made part of the subject)
            words = [t for t in words if t.i > colon.i]
        out.extend(_glued(words))
    return [t for t in out if not t.text.startswith("-t")]  # "a-t-il": the euphonic t


_CLITICS = frozenset({"il", "elle", "ils", "elles", "on", "je", "nous", "vous", "tu"})


def _clitic(verb: Token) -> Token | None:
    """The subject pronoun joined to the verb by a hyphen ("confie-t-elle", "a-t-il
    lancé"), within two words after it or four before it, with no punctuation between
    ("a-t-il de nouveau affirmé")."""
    doc = verb.doc
    before = []
    for t in reversed(doc[max(verb.i - 4, verb.sent.start) : verb.i]):
        if t.is_punct:
            break
        before.append(t)
    near = [*before, *doc[verb.i + 1 : verb.i + 3]]
    return next((t for t in near if t.text.startswith("-")
                 and t.text.lstrip("-").removeprefix("t-").lower() in _CLITICS), None)


def _rest_of_head(verb: Token, keep: Callable[[Token], bool]) -> list[Token]:
    """The phrase of the noun a verb hangs on, without the verb's own words, those ``keep``
    refuses and the punctuation closing it: the speaker when the parser made the verb a
    modifier or a conjunct of its subject."""
    own = {t.i for t in verb.subtree}
    who = [t for t in verb.head.subtree if t.i not in own and keep(t)]
    while who and who[-1].is_punct:
        who.pop()
    return who


def speaker_of(verb: Token) -> list[Token]:
    """Who speaks through a verb of saying: its subject, or for a participle or a verb
    joined to another ("X emailed supporters saying: ...", "X laughed and said ...") the
    subject of the verb it hangs on, which the parser gives to that verb only."""
    clitic = _clitic(verb)
    if clitic is not None:
        # "confie-t-elle, la main posée sur son ventre", "a-t-il lancé devant 300
        # manifestants": the clitic speaks.
        return [clitic]
    if _passive(verb):
        # "was confirmed by local officials": the agent speaks, the subject is what is said.
        agent = next((c for c in verb.children if c.dep_ in ("agent", "obl:agent")), None)
        if agent is None:
            return []
        noun = next((c for c in agent.children if c.dep_ == "pobj"), agent)
        words = []
        for t in noun.subtree:
            if t.i > noun.i and t.is_punct:
                break  # "by the company, which cited ...": the relative clause is not the name
            if t.dep_ != "case":
                words.append(t)
        return words
    who = subjects_of(verb)
    if not who and (aux := _insertion_auxiliary(verb)) is not None:
        # "Le ministère a de son côté relativisé ces chiffres": the subject is the
        # auxiliary's, which the parser made the root.
        who = subjects_of(aux)
    if not who and _headline_noun_verb(verb):
        who = [c for c in verb.children if c.i < verb.i and c.dep_ == "compound"]
    if not who and verb.pos_ == "NOUN" and verb.dep_ == "ROOT" and _before_that(verb):
        # "The National Weather Service forecast that ...": the verb taken for the noun
        # its subject qualifies.
        who = [t for t in verb.subtree if t.i < verb.i]
    if not who and verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN") and \
            verb.head.i < verb.i and _telling_participle(verb):
        # "un éditorial affirmant que ...", "a statement saying ...": the noun the
        # participle qualifies speaks, not the subject of the verb that takes the noun.
        who = _rest_of_head(verb, lambda t: t.dep_ != "case")
    if not who and verb.head.i != verb.i and (
        verb.morph.get("VerbForm") in (["Part"], ["Ger"])
        or verb.dep_ in ("advcl", "acl", "xcomp", "conj")
    ):
        who = subjects_of(verb.head)
    if not who and verb.dep_ == "acl" and verb.head.pos_ in ("PROPN", "NOUN") and \
            verb.head.dep_ == "ROOT" and verb.head.i < verb.i and verb.tag_ == "VBN" and \
            verb.doc[verb.i - 1].text == "," and verb.head.i == verb.sent.root.i and any(
                c.dep_ in ("dobj", "obj") for c in verb.children):
        # "Sea-Watch, a German rescue charity, accused the authorities of ...": a past
        # tense the tagger took for a participle hung on the name, which is its subject.
        who = [t for t in verb.head.subtree if t.i < verb.i - 1]
    if not who and verb.dep_ == "conj" and verb.head.pos_ in ("PROPN", "NOUN") and \
            verb.head.dep_ == "ROOT" and verb.head.i < verb.i and _said(verb) and \
            not any(c.dep_ == "cc" for c in verb.children):
        # "L'accusé, lui, a toujours contesté ...": the parser made the subject the root
        # and the verb its conjunct; the pronoun that stresses the subject is not it.
        who = _rest_of_head(verb, lambda t: t.i < verb.i and not (
            t.pos_ == "PRON" and t.head == verb.head))
    cut = next((n for n, t in enumerate(who[:-1]) if t.text == "," and
                _relative_pronoun(who[n + 1])), None)
    if cut and _has(" ".join(t.text for t in who[cut:]),
                    cues_for(verb.lang_).get("anonymity", [])):
        cut = None  # ("One grower, who asked not to be named,": how the source is unnamed)
    doc = verb.doc
    start = verb.sent.start
    if who and who[0].i > start + 1 and doc[who[0].i - 1].text == "," and _one_of(
            doc[who[0].i : who[-1].i + 1].text, cues_for(verb.lang_)) and doc[start].is_title \
            and all(
            t.pos_ in ("PROPN", "NOUN", "DET") for t in doc[start : who[0].i - 1]):
        # "Datalis, l'un des principaux éditeurs de logiciels, a annoncé": the name the
        # parser left out, then what it is one of.
        return [*doc[start : who[0].i], *who]
    if len(who) == 1 and who[0].pos_ == "PRON" and who[0].i + 2 <= verb.i:
        # "La CGT du site, elle, pointe ...": the pronoun stresses the subject set off
        # before it, which speaks.
        first = doc[who[0].i + 2]
        stressed = _set_off_subject(verb.sent, first, who[0].i - 1, folded(
            cues_for(verb.lang_), "stressed_pronouns"), _SUBJECT_POS | {"ADP"})
        if stressed and first.i <= verb.i:
            return stressed
    # "Le texte, dont l'AFP a obtenu une copie, prévoit": the relative clause the parser
    # made a second subject says nothing of who speaks.
    return who[:cut] if cut else who


def inverted_subject(verb: Token) -> list[Token]:
    """The speaker named after a verb of saying ("..., a déclaré la maire de Paris.",
    "said Alan Cole, an economist"), which parsers often call an object: the first noun
    phrase to the verb's right, up to the next punctuation (an apposition is not the name).
    """
    cues = cues_for(verb.lang_)
    times = folded(cues, "time_words")
    hearer = cue_lemma(verb, folded(cues, "hearer_verbs")) in folded(cues, "hearer_verbs")
    for c in verb.rights:
        if fold(c.text) in times:
            continue  # "a expliqué lundi Sophie Marchand": the day is not who speaks
        if hearer and c.dep_ in ("obj", "dobj"):
            continue  # "told the Guardian": who was told, not who told
        if any(fold(d.text) in folded(cues, "c_negative_words")
               for d in c.children if d.dep_ == "det"):
            continue  # "n'établit aucun lien": nobody speaks as "aucun lien"
        if c.lang_ == "fr" and any(d.dep_ == "case" and d.i < c.i for d in c.children):
            continue  # "a raconté à l'AFP Giulia Ferrante": who was told, with its "à"
        # "a affirmé le prévenu à la barre": the parser may call the subject a complement.
        if c.dep_ in SUBJECT_DEPS | {"obj", "dobj", "xcomp"} and \
                c.pos_ in ("PROPN", "NOUN", "PRON"):
            words = list(c.subtree)
            for d in verb.children:
                # "a déclaré Claire Le Goff": a name the parser cut in two subjects
                if d.i > c.i and d.pos_ == "PROPN" == c.pos_ and \
                        d.dep_ in SUBJECT_DEPS | {"obj", "dobj"} and \
                        d.left_edge.i == words[-1].i + 1:
                    words += list(d.subtree)
            return _and_apposed_name(inverted_words(_glued(words), c))
    if verb.lang_ == "fr" and not hearer:
        return _and_apposed_name(_inverted_by_form(verb, times))
    return []


def _glued(words: list[Token]) -> list[Token]:
    """A phrase with the words glued to its end without a space ("une aide" + "-" +
    "soignante"): the tokenizer cut a hyphenated noun the parser then split up."""
    if not words:
        return words
    doc, out = words[0].doc, list(words)
    while out[-1].i + 1 < len(doc) and not out[-1].whitespace_ and (
            doc[out[-1].i + 1].text in ("-", "‑") or out[-1].text in ("-", "‑")):
        out.append(doc[out[-1].i + 1])
    return out


def titled_first(words: list[Token]) -> bool:
    """Whether a speaker's words open with a title, a common noun ("le président de
    Forgeval, Olivier Desgranges"): the person is then the last one named in them."""
    head = next((t for t in words if t.pos_ not in ("DET", "ADJ", "PUNCT")), None)
    return head is not None and head.pos_ == "NOUN"


def inverted_words(words: list[Token], head: Token) -> list[Token]:
    """An inverted speaker's words up to the next punctuation or, in French, a preposition
    that starts a circumstance ("a lancé l'avocat à l'adresse des jurés", "a déclaré le chef
    du gouvernement devant les députés"): who speaks, not where or to whom."""
    out = []
    for t in words:
        hyphen = t.text in ("-", "‑") and not t.doc[t.i - 1].whitespace_  # "aide-soignante"
        # ("a martelé ce dernier lors d'un point presse": an adverb opens a circumstance)
        if t.i > head.i and ((t.is_punct and not hyphen) or t.pos_ == "ADV" or (
                head.lang_ == "fr" and t.pos_ == "ADP" and _ends_name(t))):
            break
        out.append(t)
    return out


def _and_apposed_name(words: list[Token]) -> list[Token]:
    """A title and the name set off after it are one speaker ("a déclaré la présidente du
    tribunal, Catherine Aubry, en lisant", "said the coach, Tom Reyes.", "l'un de ses
    auteurs, Julien Marchal"): the name says who; an apposition after a name ("said Alan
    Cole, an economist") is not added."""
    head = next((t for t in words if t.pos_ not in ("DET", "ADJ")), None)
    # ("a lancé l'une d'elles, Ginette Lavoie": one of a group, then her name)
    one_of = head is not None and head.pos_ == "PRON" and fold(head.text) in (
        "un", "une", "one") and any(c.dep_ in ("nmod", "prep") for c in head.children)
    # ("a justifié le Dasen, Philippe Marchal": a post known by its acronym, after its article)
    acronym = len(words) == 2 and words[0].pos_ == "DET" and words[1].pos_ == "PROPN" and \
        words[0].morph.get("Definite") == ["Def"]
    # ("a reconnu le wali de la région, Abdelkrim Tazi": a word in lower case the tagger
    # took for a name is a common noun, a post)
    common = head is not None and head.pos_ == "PROPN" and head.is_lower
    if head is None or (head.pos_ not in ("NOUN", "PRON") and not acronym and not common) or (
            not one_of and (any(
            t.morph.get("PronType") == ["Prs"] and t.morph.get("Poss") != ["Yes"]
            for t in words) or (  # ("leur avocate, Me X": a possessive is no pronoun)
            head.pos_ == "PRON" and not any(t.pos_ == "NOUN" for t in words)))):
        return words  # "said Alan Cole, an economist", "she": no title to name
    doc = words[-1].doc
    i = words[-1].i + 1
    # (past the circumstance after the title, when the parser gave the name to the title:
    # "a détaillé la représentante de l'Unicef dans le pays, Mariam Koné")
    comma = next((t for t in doc[i : words[-1].sent.end] if t.is_punct), None) \
        if i < len(doc) and doc[i].pos_ == "ADP" else None
    if comma is not None and comma.text == "," and comma.i + 1 < len(doc) and \
            doc[comma.i + 1].head in words and doc[comma.i + 1].pos_ == "PROPN":
        i = comma.i
    if i >= len(doc) or doc[i].text != ",":
        return words
    name: list[Token] = []
    k = i + 1
    while k < words[-1].sent.end and (doc[k].pos_ == "DET" or (
            doc[k].is_lower and doc[k].pos_ == "NOUN") or (
            # ("le capitaine de frégate Antoine Lerouge": a rank's own preposition)
            k > i + 1 and doc[k].is_lower and fold(doc[k].text) in _NAME_PREPS
            and doc[k - 1].pos_ == "NOUN" and k + 1 < len(doc) and doc[k + 1].is_lower)):
        k += 1  # "le porte-parole du ministère, le colonel Thierry Amblard": a rank first
    for t in doc[k : words[-1].sent.end]:
        if t.pos_ == "PROPN" or (name and (t.text in ("-", "‑") or t.is_title)) or (
                not name and t.is_title and t.i + 1 < len(doc) and (
                    doc[t.i + 1].pos_ == "PROPN" or (
                        doc[t.i + 1].is_title and t.i + 2 < len(doc)
                        and doc[t.i + 2].pos_ == "PROPN"))):
            # ("Me Claire Vannier": a capitalised title the tagger took for a noun; and a
            # first name so tagged before a particle: "Yannick Le Bihan")
            name.append(t)
        else:
            break
    after = name[-1].i + 1 if name else len(doc)
    if name and (after >= words[-1].sent.end or doc[after].is_punct):
        return [*words, *doc[i : name[-1].i + 1]]
    return words


#: Prepositions inside a speaker's name or title ("la Banque de France", "président du
#: syndicat"); any other ends it.
_NAME_PREPS = frozenset({"de", "du", "des", "d'", "d’", "of"})


def _inverted_by_form(verb: Token, times: set[str]) -> list[Token]:
    """The inverted subject read by its place when the parser hung it elsewhere ("a confié
    mercredi à La Dépêche Jean-Marc Fabre", "a averti mercredi la Banque de France"): after
    the verb, past words of time and one prepositional phrase, the first noun phrase up to
    the next comma."""
    toks = [t for t in verb.doc[verb.i + 1 : verb.sent.end]]
    i, phrase = 0, False
    while i < len(toks):
        if fold(toks[i].text) in times or toks[i].pos_ in ("ADV", "AUX") or \
                toks[i].text.startswith("-"):
            i += 1
        elif toks[i].text == "," and i + 1 < len(toks) and toks[i + 1].pos_ in ("ADP", "ADV") \
                and (close := next((k for k in range(i + 1, len(toks))
                                    if toks[k].text == ","), None)) is not None:
            i = close + 1  # "a promis vendredi, devant une salle comble, la ministre"
        elif toks[i].pos_ == "ADP" and not phrase:
            # One prepositional phrase ("à la presse, depuis Genève, la coordinatrice").
            phrase = True
            i += 1
            while i < len(toks) and toks[i].pos_ == "DET":
                i += 1
            kind = toks[i].pos_ if i < len(toks) else ""
            first = i
            # "sur France Inter le député": a name's capitalised words, whatever their tags
            while i < len(toks) and (toks[i].pos_ in ("ADJ", kind)
                                     or (kind == "PROPN" and toks[i].is_title)):
                i += 1
            if kind == "PROPN" and i - first >= 2 and (i >= len(toks) or toks[i].is_punct):
                i = first + 1  # "a confié à l'AFP Olena, 54 ans": the medium, then who
            person = next((k for k in range(first + 1, len(toks)) if toks[k].is_punct or (
                toks[k].ent_iob_ == "B" and toks[k].ent_type_ in ("PER", "PERSON"))), None)
            if person is not None and not toks[person].is_punct and person > i and all(
                    t.is_title or t.pos_ in ("ADJ", "VERB") for t in toks[i:person]):
                # "a raconté au Dauphiné libéré Thomas Revil": the paper's name, with its
                # participle, runs up to the person the entity reader found after it
                i = person
        else:
            break
    out: list[Token] = []
    for t in toks[i:]:
        if t.is_punct or (out and t.pos_ == "ADV") or (out and t.pos_ == "ADP" and _ends_name(t)):
            break  # "Pékin après le passage ...": the phrase after the name is not it
        out.append(t)
    if not out or out[0].pos_ not in ("DET", "PROPN", "NOUN", "PRON") or not (_anaphor(
            out, cues_for(verb.lang_)) or any(
            t.pos_ in ("PROPN", "NOUN", "PRON") for t in out)):
        return []
    return out


def _anaphor(words: list[Token], cues: dict[str, Any]) -> bool:
    """Whether ``words`` are a phrase that stands for the last one named ("ce dernier",
    whose "dernier" the tagger calls an adjective): a speaker, though it holds no noun."""
    return fold(" ".join(t.text for t in words)) in folded(cues, "singular_anaphors") | \
        folded(cues, "plural_anaphors")


def _ends_name(prep: Token) -> bool:
    """Whether a preposition ends a speaker's name or title: any but those inside one
    ("la Banque de France"), "pour" before a noun phrase and "à" before a capital, which
    name a post ("la coordinatrice de l'ONU pour le Soudan", "le ministre délégué à
    l'Industrie")."""
    if fold(prep.text) in _NAME_PREPS:
        return False
    after = prep.doc[prep.i + 1] if prep.i + 1 < len(prep.doc) else None
    noun = next((t for t in prep.doc[prep.i + 1 : prep.i + 4] if t.pos_ != "DET"), None)
    if fold(prep.text) == fold("à") and noun is not None and noun.is_title:
        return False  # "le ministre délégué à l'Industrie": a post, not a place
    if fold(prep.text) in ("en", "in") and after is not None and after.pos_ == "NOUN":
        return False  # "l'ingénieur en chef", "editor in chief"
    return not (fold(prep.text) in ("pour", "for") and after is not None
                and after.pos_ in ("DET", "PROPN"))


#: Word classes a French subject phrase is made of, when read by form.
_SUBJECT_POS = frozenset({"DET", "NOUN", "PROPN", "ADJ", "NUM"})


def _subject_left_unparsed(sent: SpacySpan, verb: Token, cues: dict[str, Any]) -> list[Token]:
    """Who speaks through a finite verb the parser gave no subject: a quantifier just
    before it ("..., beaucoup pensent que"), or the nearest name before it that is no
    preposition's object ("Devant le tribunal de Béthune, Karim B., 43 ans, a nié ...")."""
    # ("fait valoir que": the finite "faire" before an infinitive carries its subject.)
    causative = next((c for c in verb.lefts if fold(c.lemma_) == "faire"
                      and c.morph.get("VerbForm") == ["Fin"] and c.i == verb.i - 1), None)
    if causative is None and (verb.morph.get("VerbForm") not in (["Fin"], ["Part"]) or (
            verb.morph.get("VerbForm") == ["Part"]
            and not any(c.dep_.startswith("aux") for c in verb.lefts))):
        return []
    before = [t for t in sent if t.i < verb.i and not t.dep_.startswith("aux")
              and t.morph.get("Reflex") != ["Yes"]]
    if before and _has(before[-1].text, cues.get("vague_quantifiers", [])):
        return [before[-1]]
    for t in reversed(before[-6:]):
        # "beaucoup de vignerons craignent": the quantifier the parser made an adverb,
        # with its noun, just before the verb.
        if _has(t.text, cues.get("vague_quantifiers", [])) and \
                max(k.i for k in t.subtree) == before[-1].i:
            return list(t.subtree)
    first = min([verb, *(c for c in verb.lefts if c.dep_.startswith("aux")),
                 *([causative] if causative is not None else [])], key=lambda t: t.i)
    doc = verb.doc
    # "Le prévenu, lui, a toujours contesté ...": the subject stressed by a pronoun set
    # off before the verb; "Le ministère turc de l'Agriculture, quant à lui, fait valoir
    # que ...": the subject before an inserted phrase; whatever the parser hung it on.
    stressed = _set_off_subject(sent, first, first.i - 3, folded(cues, "stressed_pronouns"),
                                _SUBJECT_POS)
    if stressed:
        return stressed
    opening = next((k for k in range(sent.start + 1, first.i - 1) if doc[k].text == ","), None)
    inserted = _set_off_subject(sent, first, opening, folded(cues, "inversion_inserts"),
                                _SUBJECT_POS | {"ADP", "CCONJ"})
    if inserted:
        return inserted
    for t in reversed(before[-8:]):
        name = [t, *(c for c in t.children if c.dep_ in ("flat:name", "flat", "compound"))]
        # "..., Catherine Malbec, a reconnu": a name set off just before the verb, whatever
        # the parser hung it on.
        set_off = t.dep_ in ("nmod", "dep") and max(k.i for k in name) + 2 == first.i and \
            t.doc[first.i - 1].text == ","
        if t.pos_ == "PROPN" and (t.dep_ in ("appos", "nsubj", "ROOT") or set_off) and not any(
                c.dep_ == "case" for c in t.children):
            return name
    if before and before[0].i == sent.start and len(before) <= 6 and all(
            t.pos_ in ("DET", "NOUN", "PROPN", "ADJ") or t.text in ("-", "'") for t in before
    ) and any(t.pos_ == "PROPN" for t in before):
        return before  # "Météo-France prévoit": a name the tokenizer cut, nothing else before
    return []


def _set_off_subject(sent: SpacySpan, first: Token, opening: int | None,
                     phrases: frozenset[str], pos: frozenset[str]) -> list[Token]:
    """The words from the sentence's start to the comma at ``opening`` when they are a
    noun phrase (every word's tag in ``pos``) and what stands between that comma and the
    one just before the verb (``first``, its first word) is one of ``phrases``."""
    doc = sent.doc
    if opening is None or opening <= sent.start or doc[opening].text != "," or \
            doc[first.i - 1].text != "," or fold(doc[opening + 1 : first.i - 1].text) not in \
            phrases or doc[sent.start].pos_ not in _SUBJECT_POS:
        return []
    if not all(t.pos_ in pos or t.text in ("-", "'") for t in doc[sent.start : opening]):
        return []
    return list(doc[sent.start : opening])


def _fronted_subject(sent: SpacySpan, verb: Token) -> list[Token]:
    """"Deux diplomates, qui ont requis l'anonymat, affirment que ...": when the parser
    makes the sentence's first noun phrase its root, that phrase (up to its first comma)
    is the subject of the verb that follows it."""
    root = sent.root
    if root.pos_ == "VERB" and root.i < verb.i and root.morph.get("VerbForm") in (
            ["Part"], ["Ger"]) and not any(c.dep_.startswith("aux") for c in root.children):
        # "Un diplomate ..., s'exprimant sous couvert d'anonymat, juge que": the parser
        # made the inserted participle the root and gave it the speaker.
        out = [t for t in subjects_of(root) if t.i < verb.i]
        while out and out[-1].is_punct:
            out.pop()
        return out
    if root.pos_ not in ("NOUN", "PROPN") or root.i >= verb.i:
        return []
    out = []
    for t in sent:
        if (t.i > root.i and (t.is_punct or t.pos_ in ("VERB", "AUX")
                              or t.text.lower() in _TENSE_AUXILIARIES)) or t.i >= verb.i:
            break
        out.append(t)
    return out
