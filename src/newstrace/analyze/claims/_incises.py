"""Incises and inversions read by their form where the parse lost them: a French incise
after a quote ("« ... », a salué X"), a closing incise ("..., raconte-t-elle."), a closing
inversion ("..., juge pour sa part la CPME."), a closing phrase whose last word is a verb
of saying ("..., a leaked memo shows."), and a sentence opened by its subject and a verb
the tagger took for a noun ("Le syndicat revendique « 60 % de grévistes »").

Apart because each reads word order and verb forms, not the dependency parse;
``_reports`` tries them where the parse finds no report.
"""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING, Any

from newstrace.analyze.claims._certainty import _quoted_titles
from newstrace.analyze.claims._cues import _has, _speaker_nouns, folded
from newstrace.analyze.claims._speakers import (
    _SUBJECT_POS,
    _anaphor,
    _and_apposed_name,
    _clitic,
    _ends_name,
    subjects_of,
)
from newstrace.analyze.claims._syntax import (
    _CLOSING_QUOTES,
    _NE,
    _OPENING_QUOTES,
    _THAT,
    _in_relative,
    _opened_by_relative,
    _phrase_head,
    _relative_pronoun,
)
from newstrace.analyze.claims._verbs import _lemma_in, _Report, _verb_kinds, cue_lemma
from newstrace.nlp.dates import fold

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token


def _closing_verb(sent: SpacySpan, verbs: set[str]) -> _Report | None:
    """"<content>, a leaked internal memo shows.": a short phrase closing the sentence after
    a comma, whose last word is a verb of saying or evidence the tagger took for a plural
    noun; the phrase before it is the speaker."""
    toks = [t for t in sent if not t.is_space]
    while toks and toks[-1].is_punct:
        toks = toks[:-1]
    if len(toks) < 4:
        return None
    last = toks[-1]
    # ("..., leaked memo warns": a verb too, when a participle in its phrase kept the
    # inserted reading from it.)
    if last.pos_ not in ("NOUN", "VERB") or cue_lemma(last, verbs) not in verbs or (
            last.pos_ == "NOUN" and fold(last.text) in verbs):
        return None
    if last.morph.get("VerbForm") == ["Part"] and not any(
            c.dep_.startswith("aux") for c in last.children):
        # (not a participle qualifying the noun before it: "..., les appareils
        # enregistrant toutes les vitesses relevées")
        return None
    comma = next((t for t in reversed(toks[:-1]) if t.text == ","), None)
    if comma is None or comma.i == toks[0].i:
        return None
    phrase = [t for t in toks if comma.i < t.i < last.i]
    if phrase and ((phrase[0].pos_ not in ("DET", "PROPN", "NOUN", "ADJ", "NUM", "PRON") and not (
            phrase[0].tag_ in ("VBN", "VBD") and len(phrase) > 1 and phrase[1].pos_ == "NOUN"))
                   or fold(phrase[0].text) in ("each", "every", "all", "chacun", "chaque")):
        return None
    if not phrase or len(phrase) > 8 or any(t.pos_ == "AUX" or t.dep_ == "mark" for t in phrase) \
            or not any(t.pos_ in ("NOUN", "PROPN") for t in phrase):
        return None
    return _Report(last, phrase, None, (toks[0].idx, comma.idx))


_INCISE = re.compile(r",\s*([^\W\d_]+)(?:-t)?-(il|elle|ils|elles|on)\s*[.!?…]?\s*$", re.IGNORECASE)


def _closing_incise(sent: SpacySpan, verbs: set[str]) -> _Report | None:
    """"..., raconte-t-elle.", "..., affirme-t-il": a French incise closing the sentence,
    read by its form when the tagger missed the verb (it took "raconte" for an adjective)."""
    m = _INCISE.search(sent.text)
    if m is None:
        return None
    word = fold(m.group(1))
    if not any(word.startswith(v[:-2]) for v in verbs
               if len(v) > 4 and v.endswith(("er", "ir", "re"))):
        return None
    start = sent.start_char + m.start(1)
    verb = next((t for t in sent if t.idx == start), None)
    pronoun = next((t for t in sent if t.idx >= start + len(m.group(1)) and
                    fold(t.text.strip("-")) == fold(m.group(2))), None)
    comma = sent.start_char + m.start()
    if verb is None or pronoun is None or comma <= sent.start_char:
        return None
    return _Report(verb, [pronoun], None, (sent.start_char, comma))


def _past_inserts(words: list[Token], cues: dict[str, Any]) -> list[Token]:
    """``words`` without the inserted phrase that opens them ("pour sa part la CPME")."""
    text = fold(" ".join(t.text for t in words))
    return words[next((len(i.split()) for i in folded(cues, "inversion_inserts")
                       if text.startswith(i + " ")), 0):]


def _closing_inversion(sent: SpacySpan, verbs: set[str],
                       cues: dict[str, Any]) -> _Report | None:
    """"..., juge pour sa part la Confédération des PME.": a French verb of saying and
    its inverted subject closing the sentence after a comma, read by their form when the
    tagger took the verb for a noun, or the parser lost the phrase ("..., précise la fiche
    publiée sur le site RappelConso").  The word must be a present form of a listed verb
    ("juge" of "juger"), followed by a determiner or a name, and nothing after it may be
    a finite verb; the words before the comma are what was said."""
    toks = [t for t in sent if not t.is_space]
    while toks and toks[-1].is_punct and toks[-1].text != ")":
        toks = toks[:-1]
    comma = next((n for n in range(len(toks) - 3, 0, -1) if toks[n].text == ","), None)
    if comma is None or toks[0].i == toks[comma].i or toks[0].lang_ != "fr":
        return None
    word = toks[comma + 1]
    if not word.is_lower or word.pos_ == "AUX":
        return None
    if _verb_by_form(word, verbs) is None:
        return None
    speaker = _past_inserts(toks[comma + 2 :], cues)
    if not speaker or not (speaker[0].pos_ in ("DET", "PROPN") or speaker[0].text[:1].isupper()) \
            or any(t.pos_ in ("VERB", "AUX") and t.morph.get("VerbForm") == ["Fin"]
                   and not t.text[:1].isupper() for t in speaker) or not any(
            # (a clause's own: not "Une étude ..., que nous avons pu consulter, mesure des
            # pics de ...", a relative clause of the verb's subject)
            t.pos_ in ("VERB", "AUX") and t.morph.get("VerbForm") == ["Fin"]
            and not _in_relative(t) for t in toks[:comma]):
        return None
    return _Report(word, speaker, None, (toks[0].idx, toks[comma].idx))


def _quote_then_comma(toks: list[Token]) -> int | None:
    """Where the first closing quote mark followed by a comma stands ("« ... », a salué
    X", "« ... », peut-on lire dans ..."): what comes after it says who or what spoke."""
    return next((n for n, t in enumerate(toks[:-3]) if t.text in _CLOSING_QUOTES
                 and toks[n + 1].text == ","), None)


def _incise_by_form(sent: SpacySpan, cues: dict[str, Any]) -> _Report | None:
    """"« ... », a salué sur place le directeur régional des TER, Hervé Kerlouan.": a
    French incise after a closing quote mark, read by its form.  Press French puts any
    verb there ("a salué", "tacle", "s'emporte"), then times, places and set-off phrases
    ("lors d'une conférence de presse à Angers", ", la gorge serrée,"), then who speaks;
    the parser often hangs that speaker on the circumstance.  After a plain comma
    ("Un glissement de terrain serait à l'origine de l'accident, avance SNCF Réseau, le
    gestionnaire des voies, qui ...") the verb must be a listed verb of saying and the
    words before it a clause.  The verb must be finite (or a participle after its
    auxiliary) and the speaker a noun phrase, a title with the name set off after it
    kept; the words up to the comma are what was said."""
    toks = [t for t in sent if not t.is_space]
    if len(toks) < 5 or toks[0].lang_ != "fr":
        return None
    close = _quote_then_comma(toks)
    opened = next((n for n in range(close - 1, -1, -1) if toks[n].text in _OPENING_QUOTES),
                  None) if close is not None else None
    if opened is not None and any(t.dep_ == "nsubj" and t.head.i > toks[close].i
                                  for t in toks[:opened]):
        # ("L'enquête, ouverte ... pour « favoritisme », porte sur ...": words quoted
        # inside a sentence whose subject came before them; the verb after is its own)
        close = None
    if close is not None and close > 0 and not any(
            a <= toks[close].idx < b for a, b in _quoted_titles(toks, cues)):
        found = _incise_at(toks, close + 1, cues, quoted=True)
        if found is not None and found.span is not None and opened is not None and \
                opened > 1 and toks[opened - 1].text == ":" and not any(
                    t.pos_ in ("VERB", "AUX") and t.morph.get("VerbForm") == ["Fin"]
                    for t in toks[: opened - 1]):
            # "Rage au parc animalier de Coudray : « Aucun visiteur n'a été mordu », assure
            # la direction": before the colon, a topic with no verb; the quote is what is
            # said (not "Airbnb conteste tout effet ... : « ... », affirme un porte-parole").
            found.span = (toks[opened].idx, found.span[1])
        return found
    asked = next((n for n, t in enumerate(toks[:-3]) if t.text in ("?", "!")
                  and toks[n + 1].is_lower), None)
    if asked is not None and asked > 2:
        # "L'embarcation avait-elle été repérée ? s'interroge de son côté X": a question
        # closes like a quote.
        return _incise_at(toks, asked, cues, quoted=True)
    if not any(t.pos_ in ("VERB", "AUX") and t.morph.get("VerbForm") == ["Fin"]
               for t in toks[: len(toks) - 3]):
        # ("..., alerte la gendarmerie": the verb of saying tagged a noun, no finite verb;
        # not "..., Me Paul Girard, conteste toute faute", a subject set off and its verb)
        return _verbless_statement(toks, cues, tagged_noun=True)
    first = next((k for k, t in enumerate(toks) if t.morph.get("VerbForm") == ["Fin"]), None)
    if first is not None and first > 1 and toks[first - 1].text == "," and (
            inserted := _incise_at(toks, first - 1, cues, quoted=False)) is not None:
        # (the speaker's head a name or a speaker's noun: not "a plaidé la relaxe pour
        # l'entreprise", an object)
        speaks = _speaks(inserted.speaker, cues)
        last = inserted.speaker[-1]
        closes = last.i + 1 >= toks[-1].i + 1 or last.nbor().text in (",", ".", "!", "?")
        if toks[first].lemma_ != "avoir" or not speaks or not closes or any(
                t.pos_ in ("VERB", "AUX") and t.morph.get("VerbForm") == ["Fin"]
                and t.i > inserted.speaker[-1].i and not _in_relative(t) for t in toks):
            return None  # "Le suspect, a indiqué X, a reconnu les faits": a subject, then
            # an inserted phrase, then its own verb ("Son armateur, X, conteste cette
            # version", "Le directeur, X, a démenti tout manquement": a subject set off,
            # then its verb and an object, no speaker)
        # ("En cause, une anomalie détectée sur une vanne, a précisé X": no verb before
        # nor after, a verbless statement, then who made it, in the compound past with
        # "avoir", the speaker closing the sentence or set off; not "..., est prévue le 13
        # mars en présence du préfet", nor "..., a accusé les rebelles d'avoir ...")
        return inserted
    titles = _quoted_titles(toks, cues)
    for comma in range(len(toks) - 3, 1, -1):
        # (A clause before the comma, not only a relative one: "Le collectif X, qui
        # revendique 1 200 signatures, dénonce ..."; nor a quoted name's verb: "Le
        # collectif « Sauvons la dune », qui ...")
        if toks[comma].text == "," and any(
                t.pos_ in ("VERB", "AUX") and t.morph.get("VerbForm") == ["Fin"]
                and not _in_relative(t) and not _opened_by_relative(toks, k)
                and not any(a <= t.idx < b for a, b in titles)
                for k, t in enumerate(toks[:comma])) and (
                found := _incise_at(toks, comma, cues, quoted=False)) is not None:
            return found
    return _verbless_statement(toks, cues)


def _verbless_statement(toks: list[Token], cues: dict[str, Any], tagged_noun: bool = False
                        ) -> _Report | None:
    """"Armée de terre : le recrutement en panne, s'alarme la Cour des comptes": a
    statement with no verb of its own (a headline's), then a verb of saying and who says
    it, closing the line (the verb read by its form: "..., alerte la gendarmerie", which
    the tagger took for a noun, ``tagged_noun`` when no other word is a finite verb)."""
    words = [t for t in toks if not t.is_punct]
    comma = next((k for k in range(len(toks) - 3, 1, -1) if toks[k].text == ","), None)
    if comma is not None and any(t.pos_ in ("NOUN", "PROPN") for t in toks[:comma]) and \
            not any(t.pos_ in ("VERB", "AUX") and t.morph.get("VerbForm") == ["Fin"]
                    for t in toks[:comma]) and (
            found := _incise_at(toks, comma, cues, quoted=False)) is not None and \
            found.speaker and found.speaker[-1].i == words[-1].i and not (
                tagged_noun and not _speaks(found.speaker, cues)):
        return found
    return None


def _speaks(speaker: list[Token], cues: dict[str, Any]) -> bool:
    """Whether a phrase after a verb may be who speaks: a name, or a noun of a speaker
    ("la gendarmerie", "l'OFB", "la DGAC"; not "toute faute", an object)."""
    head = _phrase_head(speaker)
    return not (head is not None and head.pos_ == "NOUN" and head.is_lower and not _has(
        head.text, _speaker_nouns(cues))) and (any(
            t.pos_ == "PROPN" or t.is_title or (t.is_upper and len(t.text) > 1)
            for t in speaker) or any(
            _has(t.text, _speaker_nouns(cues)) for t in speaker if t.pos_ == "NOUN"))


def _read_in(sent: SpacySpan, cues: dict[str, Any]) -> _Report | None:
    """"« Nos pensées vont aux familles », peut-on lire dans un message publié sur la page
    Facebook du club": quoted words, then where they are read (``reading_incises``, each
    ending on its preposition); the document says them, the "on" who reads them is no
    speaker.  The document's phrase runs to the next comma."""
    toks = [t for t in sent if not t.is_space]
    phrases = folded(cues, "reading_incises")
    close = _quote_then_comma(toks)
    if not phrases or close is None:
        return None
    start = toks[close + 2].idx
    rest = fold(sent.doc.text[start : sent.end_char])
    phrase = next((p for p in sorted(phrases, key=len, reverse=True)
                   if rest.startswith(p + " ")), None)
    if phrase is None:
        return None
    after = [t for t in toks[close + 2 :] if t.idx >= start + len(phrase)]
    # (the verb: the phrase's last word before its preposition, not a clitic: "lit-on")
    verb = [t for t in toks[close + 2 :] if t.idx < start + len(phrase)
            and not t.text.startswith("-")][-2]
    document = list(itertools.takewhile(lambda t: t.text != "," and not (
        t.is_punct and t.i == toks[-1].i), after))
    if not document:
        return None
    return _Report(verb, document, None, (toks[0].idx, toks[close + 1].idx))


def _echoed_view(sent: SpacySpan, cues: dict[str, Any]) -> _Report | None:
    """"Un point que conteste la compagnie Penn Ar Mor.", "Un avis que ne partagent pas de
    nombreux élus.": a sentence of a noun and its relative clause, whose verb of saying
    or of sharing a view (``view_verbs``) has its subject after it, takes up what came
    before as that subject's word: contested or not shared, it is denied.  Read by its
    form (the parser makes the verb a clause of the noun, or a noun of the subject)."""
    toks = [t for t in sent if not t.is_space and not t.is_punct]
    if len(toks) < 5 or toks[0].lang_ != "fr" or toks[0].pos_ != "DET" or \
            toks[1].pos_ != "NOUN" or fold(toks[2].text) not in _THAT or \
            any(t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX") for t in toks):
        return None
    negation = folded(cues, "c_negation")
    n = 3
    negated = fold(toks[n].text) in _NE
    n += negated
    verb = toks[n]
    lemma = fold(verb.lemma_)
    # (or a verb that rejects what was said, after a noun of it: "Une hypothèse que
    # rejette fermement la société")
    rejected = lemma in folded(cues, "rejection_verbs") and \
        fold(toks[1].text) in folded(cues, "claim_nouns")
    if not (lemma in _verb_kinds(cues) or lemma in folded(cues, "view_verbs")
            or fold(verb.text) in folded(cues, "denial_forms") or rejected):
        return None
    n += 1
    while n < len(toks) and (fold(toks[n].text) in negation or toks[n].pos_ == "ADV"):
        n += 1
    words = toks[n:]
    # (a relative clause may tell who the subject is: "la société qui gère l'équipement")
    if not words or not any(t.pos_ in ("NOUN", "PROPN") for t in words) or any(
            t.pos_ in ("VERB", "AUX") and t.morph.get("VerbForm") == ["Fin"]
            and not _in_relative(t) for t in words):
        return None
    certainty = f"denied: not shared ({verb.text})" if negated else \
        f"denied: rejected ({verb.text})" if rejected else None
    return _Report(verb, words, None, (toks[0].idx, toks[1].idx + len(toks[1].text)),
                   certainty=certainty)


def _closing_acronym(toks: list[Token], k: int) -> int | None:
    """Where the speaker's words end when the sentence ends at ``toks[k]``, after an
    acronym in brackets there ("la Délégation à la sécurité routière (DSR)."); None when
    the sentence goes on."""
    if k < len(toks) - 2 and toks[k].text == "(" and toks[k + 2].text == ")" and \
            toks[k + 1].text.isupper():
        k += 3
    return k if k >= len(toks) or toks[k].text in (".", "!", "?") else None


#: The subject pronouns an incise sets after its verb ("écrit-il", "insiste-t-elle").
_INCISE_CLITICS = frozenset({"il", "elle", "ils", "elles", "on"})


def _incise_at(toks: list[Token], comma: int, cues: dict[str, Any], quoted: bool
               ) -> _Report | None:
    """The incise opening after the comma at ``comma`` (see ``_quote_incise``)."""
    n = comma + 1
    auxiliary = False
    clitic: Token | None = None
    while n < len(toks) and (toks[n].pos_ == "AUX" or toks[n].morph.get("Reflex") == ["Yes"]
                             or fold(toks[n].text) in ("s'", "s’", "se") or (
                                 auxiliary and toks[n].text.startswith("-"))):
        if toks[n].text.startswith("-"):
            clitic = toks[n]  # "a-t-elle annoncé dans la foulée, en ...": the pronoun speaks
        auxiliary = auxiliary or toks[n].pos_ == "AUX"
        n += 1
    if not auxiliary and n < len(toks) - 2 and toks[n].lemma_ in ("avoir", "être") and (
            toks[n + 1].pos_ != "VERB" and not toks[n + 1].is_punct):
        # ("a de son côté promis": the tagger may take the auxiliary for the verb when
        # words part it from its participle)
        after = _past_aux_inserts(toks, n + 1, cues, quoted)
        if after < len(toks) and toks[after].morph.get("VerbForm") == ["Part"]:
            auxiliary = True
            n += 1
    if auxiliary and n < len(toks) and toks[n].pos_ != "VERB":
        n = _past_aux_inserts(toks, n, cues, quoted)
    if n >= len(toks) - 1:
        return None
    verb = toks[n]
    listed = set(_verb_kinds(cues)) | folded(cues, "np_reporting_verbs") | folded(
        cues, "denial_verbs") | folded(cues, "incise_decision_verbs")
    finite = verb.pos_ == "VERB" and (verb.morph.get("VerbForm") == ["Fin"] or (
        auxiliary and verb.morph.get("VerbForm") == ["Part"]))
    # ("..., évoquant une dispute": a present participle has no subject after it; a past
    # one without its auxiliary neither, but "déplore", "avertit" tagged as participles
    # are presents.)
    lemma = _verb_by_form(verb, listed)
    by_form = lemma is not None and not fold(verb.text).endswith("ant") and (
        auxiliary or verb.morph.get("VerbForm") not in (["Part"], ["Ger"])
        or not _participle_of(verb.text.lower(), lemma)
        # ("», prédit le gérant", "», écrit le maire": after a quote, a verb in "-ire"
        # spelt as its participle is its present, its subject after it)
        or (quoted and lemma.endswith("ire") and fold(verb.text).endswith("it")
            and n + 1 < len(toks) and toks[n + 1].pos_ == "DET"))
    if verb.lang_ == "fr" and not auxiliary and lemma is not None and fold(verb.text) == lemma:
        # ("..., prévient Julien Bonnot, conseiller viticole à la chambre": a post spelt as
        # an infinitive; no French verb opens an incise in its infinitive)
        return None
    if not verb.is_lower or not (finite or by_form) or (
            not quoted and not (by_form or cue_lemma(verb, listed) in listed)):
        return None
    if not auxiliary and fold(toks[n + 1].text) in ("par", "by"):
        # "..., a reconnu un conseiller de la ministre, cité par l'agence AEF": a participle
        # with its agent tells how the words came, no incise of its own.
        return None
    if clitic is not None and _clitic(verb) is not None and (finite or by_form):
        return _Report(verb, [_clitic(verb)], None,  # type: ignore[list-item]
                       (toks[0].idx, toks[comma].idx))
    # (past the euphonic "-t": "résume-t-elle en soulevant une planche")
    k = n + 2 if toks[n + 1].text in ("-t", "-t-") and n + 2 < len(toks) else n + 1
    if quoted and clitic is None and toks[k].text.startswith("-") and \
            fold(toks[k].text.lstrip("-")) in _INCISE_CLITICS and (finite or by_form):
        # "« ..., mais je ne veux pas que ... », écrit-il": the clitic speaks the quote
        return _Report(verb, [toks[k]], None, (toks[0].idx, toks[comma].idx))
    if toks[n + 1].text.startswith("-") or clitic is not None:
        return None  # "..., lance-t-il": the clitic speaks, read elsewhere
    times = folded(cues, "time_words")
    n += 1
    if quoted and n + 1 < len(toks) and fold(toks[n].text) in ("a", "de", "d'", "d’") and \
            toks[n + 1].morph.get("VerbForm") == ["Inf"]:
        # "», a tenu à rassurer le maire" ("à" folds to "a"): the infinitive says, the
        # speaker follows
        n += 2
    rest = _past_inserts(toks[n:], cues)
    n = len(toks) - len(rest)
    while n < len(toks):
        t = toks[n]
        if fold(t.text) in times or t.pos_ == "ADV":
            n += 1
        elif fold(t.text) == "en" and n + 1 < len(toks) and fold(toks[n + 1].text).endswith(
                "ant") and toks[n + 1].pos_ in ("VERB", "AUX"):
            n += 2  # "lance en riant Germaine": a gerund says how, the speaker follows
        elif t.text == "," and (other := next((k for k in range(n + 1, len(toks))
                                                if toks[k].text == ","), None)) is not None \
                and not any(k.pos_ == "PROPN" for k in toks[n + 1 : other]):
            n = other + 1  # "raconte, la gorge serrée, Sébastien Laffargue"
        elif t.pos_ == "ADP" and fold(t.text) in folded(cues, "estimate_preps") and \
                _lemma_in(verb, folded(cues, "estimate_verbs")):
            return None  # ", estime à environ 140 millions le coût": the figure, no place
        elif t.pos_ == "ADP" and t.dep_ != "det":  # (not "des" of "des pharmaciens")
            # A circumstance ("sur place", "lors d'une conférence de presse à Angers"):
            # its words, each noun or name right after a preposition or an article.
            n += 1
            while n < len(toks) and toks[n].pos_ in ("DET", "NOUN", "PROPN", "ADJ", "NUM",
                                                      "ADP") and not (
                    toks[n].pos_ in ("DET", "PROPN", "NUM")
                    and toks[n - 1].pos_ not in ("ADP", "DET")
                    and not (toks[n].pos_ == "PROPN" and toks[n - 1].pos_ == "PROPN"
                             and toks[n - 2].pos_ in ("ADP", "DET"))):
                # (a number after a name opens the speaker: "à l'AFP deux sources")
                n += 1
        else:
            break
    words: list[Token] = []
    ended = True
    first = n
    unnamed = _anonymous_opening(toks[n:], cues)
    for t in toks[n:]:
        if len(words) < unnamed:
            words.append(t)  # "juge l'un d'eux, qui ...": an unnamed source's phrase
            continue
        hyphen = t.text in ("-", "‑") and not t.doc[t.i - 1].whitespace_
        k = t.i - toks[0].i
        if t.text == "," and words and k + 1 < len(toks) and toks[k + 1].pos_ == "ADP" and (
                hidden := _anonymity_after(toks, toks[k + 1], cues)) and (
                hidden[-1] == toks[-1] or toks[hidden[-1].i - toks[0].i + 1].is_punct):
            # "a nuancé un magistrat de la chambre régionale des comptes, sous couvert
            # d'anonymat.": the phrase set off after the speaker says how they spoke
            words += [t, *hidden]
            break
        if (t.is_punct and not hyphen) or _relative_pronoun(t):
            # (after a plain comma, the speaker ends the sentence or a phrase: "dénonce
            # la disparition de « ... »" has an object, not an inverted subject; a colon
            # may close it too: "..., précise l'association : seules les pièces ...")
            ended = quoted or _relative_pronoun(t) or t.text in (",", ".", "!", "?", "(", ";", ":")
            break
        if words and t.pos_ == "ADV":
            break  # "a martelé ce dernier lors d'un point presse": a circumstance after
        if not quoted and t.pos_ == "VERB" and t.morph.get("VerbForm") == ["Part"] and any(
                w.pos_ == "NOUN" for w in words) and not any(
                k.morph.get("VerbForm") == ["Fin"] for k in toks[t.i - toks[0].i + 1 :]):
            break  # "révèle une étude rendue publique mardi par ...": the participle
            # and what hangs on it describe the speaker, who ends here
        if words and t.pos_ == "ADP" and (hidden := _anonymity_after(toks, t, cues)):
            words += hidden  # "a prévenu un responsable du groupe sous couvert d'anonymat"
            ended = hidden[-1] == toks[-1] or toks[hidden[-1].i - toks[0].i + 1].is_punct
            break
        # ("la communauté d'agglomération du Bocage bressuirais.": a lower-case adjective
        # closing the sentence after a name, which the tagger took for an imperfect)
        closing = bool(words) and words[-1].pos_ in ("PROPN", "NOUN") and all(
            k.is_punct for k in t.doc[t.i + 1 : t.sent.end]) and not any(t.children)
        if (words and t.pos_ == "ADP" and _ends_name(t)) or (
                t.pos_ in ("VERB", "AUX") and t.morph.get("VerbForm") == ["Fin"]
                and not t.is_title and not closing):  # ("à la sortie Yannick Le Goff")
            ended = False  # (not "l'avocate du mis en examen": a participle names a post)
            break
        words.append(t)
    told = next((t for t in toks[first + len(words) + 1 :] if t.pos_ != "DET"), None) \
        if first + len(words) < len(toks) else None
    if not ended and words and not _anaphor(words, cues) and fold(
            toks[first + len(words)].text) in folded(cues, "post_prepositions") and not (
            # ("a raconté l'artisan au quotidien régional": the paper was told)
            told is not None and fold(told.text) in folded(cues, "told_media")):
        # "l'adjoint à l'urbanisme, Karim Benhaddou": a post's words, when a name set off
        # after them says who holds it.
        post = words + list(itertools.takewhile(
            lambda t: not t.is_punct and t.pos_ not in ("CCONJ", "VERB", "AUX"),
            toks[first + len(words) :]))
        if len(named := _and_apposed_name(post)) > len(post):
            words, ended = named, True
        elif (end := _closing_acronym(toks, first + len(post))) is not None and all(
                t.is_lower or t.is_punct for t in post[len(words):]):
            # "..., reconnaît l'adjoint à l'urbanisme.", "..., a indiqué la Délégation à
            # la sécurité routière (DSR)."
            words, ended = toks[first:end], True
    # (A capitalised word is a name's whatever its tag: "a indiqué lundi Armor Fibre".)
    if not words or (words[0].pos_ not in ("DET", "PROPN", "NOUN", "NUM") and words[0].dep_ != "det"
                     and not (words[0].is_title and words[0].pos_ in ("ADJ", "X", "VERB"))
                     ) or not (_anaphor(
            words, cues) or any(t.pos_ in ("NOUN", "PROPN") or (  # ("un surveillant", VERB)
                t.i > 0 and t.doc[t.i - 1].dep_ == "det" and t.doc[t.i - 1] in words)
                                for t in words) or unnamed
    ) or (not quoted and not ended):
        return None
    return _Report(verb, _and_apposed_name(words), None, (toks[0].idx, toks[comma].idx))


def _anonymity_after(toks: list[Token], prep: Token, cues: dict[str, Any]) -> list[Token]:
    """The words of an anonymity phrase opening at ``prep`` ("sous couvert d'anonymat"),
    which ends an incise's speaker and says how they spoke; none if there is no such
    phrase."""
    rest = fold(prep.doc.text[prep.idx : toks[-1].idx + len(toks[-1].text)])
    phrase = next((p for p in folded(cues, "anonymity") if p.split()[0] == fold(prep.text)
                   and re.match(re.escape(p) + r"\b", rest)), None)
    if phrase is None:
        return []
    end = prep.idx + len(phrase)
    return [t for t in toks if prep.idx <= t.idx < end]


def _past_aux_inserts(toks: list[Token], n: int, cues: dict[str, Any], quoted: bool) -> int:
    """Where the participle should stand after an auxiliary at ``toks[n - 1]``: past an
    inserted phrase ("a de son côté promis") and, after a quote, adverbs ("», a aussitôt
    annoncé"); not past adverbs after a plain comma ("Les FSR, dirigées par X, ont
    toujours démenti toute implication": no incise)."""
    n = len(toks) - len(_past_inserts(toks[n:], cues))
    while quoted and n < len(toks) - 1 and toks[n].pos_ == "ADV" and toks[n].is_lower:
        n += 1
    return n


def _anonymous_opening(words: list[Token], cues: dict[str, Any]) -> int:
    """How many of ``words`` an anonymity phrase that opens them covers ("l'un d'eux",
    "une source"), or 0."""
    text = fold(words[0].doc[words[0].i : words[-1].i + 1].text) if words else ""
    found = max((len(p) for p in folded(cues, "anonymity") if text.startswith(p) and (
        len(text) == len(p) or not text[len(p)].isalnum())), default=0)
    return sum(1 for t in words if t.idx - words[0].idx < found) if found else 0


def _participle_of(word: str, lemma: str) -> bool:
    """Whether ``word`` (lowercase, accents kept) may be a past participle of the French
    verb ``lemma`` ("déploré", "averti", "prévenu"; any form of a verb in "-re", whose
    participles vary: "dit", "écrit")."""
    if lemma.endswith("er"):
        return word.endswith(("é", "ée", "és", "ées"))
    if lemma.endswith("ir"):
        return word.rstrip("s").removesuffix("e").endswith(("i", "u"))
    return True


#: Endings of present forms whose infinitive the plain rules miss: (ending, letters cut,
#: infinitive ending).
_SECOND_GROUP = (("it", 1, "r"), ("issent", 5, "r"), ("ient", 4, "enir"),
                 ("iennent", 7, "enir"))


def _verb_by_form(tok: Token, verbs: set[str]) -> str | None:
    """The listed French verb a word is a present or past form of ("revendique",
    "revendiquent", "revendiqué" of "revendiquer"; "décrit" of "décrire"), whatever its
    tag."""
    w = fold(tok.text)
    # (second group and "-venir", "-tenir": "avertit", "avertissent", "prévient")
    second = [w[: len(w) - cut] + end for ending, cut, end in _SECOND_GROUP if w.endswith(ending)]
    # (the plural's "-ent" only: "assureur" is no form of "assurer")
    plural = (w[:-3] + "er",) if w.endswith("ent") else ()
    for lemma in (w + "r", *plural, w[:-1] + "er", w[:-2] + "er", w[:-1] + "re",
                  w[:-1] + "ir", *second):
        if len(lemma) > 4 and lemma in verbs:
            return lemma
    return None


def _opening_by_form(sent: SpacySpan, cues: dict[str, Any], tagged: bool = False
                     ) -> _Report | None:
    """"Le syndicat revendique « 60 % de grévistes »", "Elle anticipe une reprise": a
    French sentence opening with its subject, then a form of a listed verb that the
    tagger took for a noun, an adjective or a name, so that the parse holds no verb of
    saying.  The subject must be a plain noun phrase (or a subject pronoun) from the
    sentence's first word, with no verb and no preposition in it, and the verb's object
    must follow; the words after the verb are what was said.  With ``tagged``, also a
    verb of saying tagged as one that the parser left without a subject, after an opening
    the subject does not belong to ("Joint par téléphone,", "À Lille,", "Portugal :")."""
    toks = [t for t in sent if not t.is_space]
    if len(toks) < 4 or toks[0].lang_ != "fr":
        return None
    opening = next((k for k, t in enumerate(toks[:6]) if t.text == ","), None)
    label = next((k for k, t in enumerate(toks[:5]) if t.text == ":"), None)
    circumstance = next((k for k, t in enumerate(toks[:10]) if t.text == ","), None) \
        if toks[0].pos_ == "ADP" else None
    post = next((k for k, t in enumerate(toks[:14]) if t.text == ","), None) \
        if toks[0].pos_ == "NOUN" and toks[0].is_title else None
    if post is not None and post + 2 < len(toks) and toks[post + 1].pos_ == "PROPN" and \
            not any(t.pos_ in ("VERB", "AUX", "DET", "PUNCT") for t in toks[1:post]
                    if t.dep_ != "case"):
        # "Pneumologue aux Hospices civils de Lyon, Sophie Marcheix juge que": a post
        # without an article, set before the name of who holds it
        toks = toks[post + 1 :]
    elif opening is not None and fold(toks[0].text) in folded(cues, "reached_words") and tagged:
        toks = toks[opening + 1 :]  # "Joint par téléphone, l'avocat du joueur ... conteste"
    elif circumstance is not None and tagged and not any(
            t.pos_ in ("VERB", "AUX") and t.morph.get("VerbForm") != ["Inf"]
            for t in toks[:circumstance]):
        # "À Saint-Pétersbourg, des habitants ... disent", "Pour justifier la hausse, ..."
        toks = toks[circumstance + 1 :]
    elif label is not None and tagged and label + 1 < len(toks) and \
            toks[label + 1].pos_ in ("DET", "PROPN"):
        toks = toks[label + 1 :]  # "Portugal : l'Alliance démocratique revendique ..."
    if len(toks) < 4:
        return None
    verbs = set(_verb_kinds(cues)) | folded(cues, "np_reporting_verbs") | \
        folded(cues, "denial_verbs") | folded(cues, "forecast_verbs")
    pronouns = folded(cues, "own_pronouns")
    commas, relative, n = 0, False, 0
    while n + 1 < min(len(toks), 24):
        n += 1
        tok = toks[n]
        if tok.text == "," and commas < 2:
            commas += 1  # "La FSU, premier syndicat du secondaire, revendique"
            close = next((k for k in range(n + 1, len(toks)) if toks[k].text == ","), None)
            inside = toks[n + 1 : close] if close is not None else []
            if commas in (1, 2) and close is not None and (
                    fold(toks[n + 1].text) == "qui" or _opened_by_relative(toks, close) or (
                        any(_relative_pronoun(t) for t in inside) and not any(
                            t.pos_ in ("VERB", "AUX") and t.morph.get("VerbForm") == ["Fin"]
                            and not _in_relative(t) for t in inside))):
                # "Une infirmière du service, qui souhaite rester anonyme, décrit", "Le
                # document, daté de mars et qui n'a pas été rendu public, pointe": the
                # relative clause says who the source is, up to its closing comma (also
                # after a name set off: "Le ministre, Étienne Lacombe, qui défendra ...,").
                commas, relative, n = 2 * commas, True, close
            continue
        if commas == 1 and tok.pos_ == "VERB" and tok.morph.get("VerbForm") == ["Part"] and \
                toks[n - 1].pos_ != "AUX" and _participle_of(tok.text.lower(), fold(tok.lemma_)):
            continue  # "Le patron du chalutier, un navire immatriculé au Guilvinec, conteste"
        auxiliary = False
        if tagged and commas % 2 == 0 and tok.is_lower and (
                tok.pos_ == "AUX" or tok.dep_.startswith("aux")) and \
                fold(tok.lemma_) == "avoir" and n + 1 < len(toks):
            # "La région Bretagne, autorité organisatrice des TER, a de son côté assuré
            # que": the auxiliary, an inserted phrase, then the participle of saying.
            after = _past_inserts(toks[n + 1 :], cues)
            # ("a « fermement condamné » le coup de force": a quote mark and an adverb)
            after = list(itertools.dropwhile(
                lambda t: t.text in _OPENING_QUOTES or t.pos_ == "ADV", after))
            if after and after[0].pos_ == "VERB" and cue_lemma(after[0], verbs) in verbs:
                n, auxiliary = len(toks) - len(after), True
                tok = toks[n]
        # A verb the tagger got right but the parser left without its subject.
        # ("conteste", "pointe" tagged as participles or infinitives are presents.)
        tagged_lemma = cue_lemma(tok, verbs) if cue_lemma(tok, verbs) in verbs else \
            _verb_by_form(tok, verbs)
        listed = tagged and commas % 2 == 0 and tok.pos_ == "VERB" and tok.is_lower and \
            tagged_lemma is not None and not subjects_of(tok) and (
                auxiliary or tok.morph.get("VerbForm") == ["Fin"] or (
                    # (not a present participle: "Une pétition réclamant le retour des
                    # bancs avait recueilli": it says which one the subject is)
                    tok.morph.get("VerbForm") == ["Part"] and not fold(tok.text).endswith("ant")
                    and not _participle_of(tok.text.lower(), tagged_lemma)) or (
                    # ("invoque" tagged as an infinitive)
                    tok.morph.get("VerbForm") == ["Inf"]
                    and not fold(tok.text).endswith(("er", "ir", "re"))))
        if tok.text[:1].isupper() and not tok.is_punct:
            continue  # a name's word, whatever its tag ("Sauvons les Hauts", "des TER")
        if tok.text == "(" and n + 2 < len(toks) and toks[n + 1].text[:1].isupper() and \
                toks[n + 2].text == ")":
            n += 2  # "La Ligue tunisienne des droits de l'homme (LTDH)", "(Cedeao)": its acronym
            continue
        if (tok.pos_ in ("VERB", "AUX") and not (relative and commas in (2, 4)) and not listed) or \
                not (tok.is_lower or tok.like_num) or tok.is_punct:
            return None
        lemma = (tagged_lemma if listed else _verb_by_form(tok, verbs)) \
            if tok.is_lower and commas % 2 == 0 else None
        if lemma is None:
            # ("Le maire de Lyon"; "La CFDT de la plateforme, elle, pointe")
            if tok.pos_ not in _SUBJECT_POS and tok.pos_ != "ADP" and not (
                    commas == 1 and tok.pos_ == "PRON"):
                return None
            continue
        subject = toks[:n]
        if commas and not relative:
            # ("l'avocat du joueur, Me Julien Ferrand, conteste": the name set off says who)
            subject = _and_apposed_name(toks[: next(k for k, t in enumerate(toks)
                                                    if t.text == ",")])
        elif relative:
            subject = toks[: n - 1]
        # ("Nerval Télécom, qui ...": a name of capitalised words, whatever their tags)
        if not (subject[0].pos_ in ("DET", "PROPN") or (
                subject[0].text[:1].isupper() and len(subject) > 1
                and subject[1].text[:1].isupper()
                and subject[0].pos_ not in ("CCONJ", "SCONJ", "ADV", "ADP")) or (
                n == 1 and fold(subject[0].text) in pronouns)) or \
                not any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in subject):
            return None
        rest = toks[n + 1 :]
        while rest and rest[-1].is_punct:
            rest = rest[:-1]
        rest = _past_inserts(rest, cues)  # ("revendique pour sa part « ... »")
        joined = next((k for k, t in enumerate(rest[:-1]) if t.pos_ == "CCONJ"
                       and rest[k + 1].pos_ == "VERB"
                       and rest[k + 1].morph.get("VerbForm") == ["Fin"]), None)
        if joined:
            rest = rest[:joined]  # "dénonce la disparition de X et craint ...": one act
        partitive = rest and rest[0].pos_ == "ADP" and fold(rest[0].text) in ("des", "du", "d'")
        # ("confie être", "a promis de rembourser")
        infinitive = rest and (rest[0].morph.get("VerbForm") == ["Inf"] or (
            len(rest) > 1 and fold(rest[0].text) in ("de", "d'", "d’")
            and rest[1].morph.get("VerbForm") == ["Inf"]))
        # ("Un rapport alerte sur « l'impasse »": a verb of saying with its preposition)
        preposition = rest and any(entry.split()[0] == lemma and entry.split()[1:] == [
            fold(rest[0].text)] for entry in folded(cues, "prep_object_reporting"))
        if len(rest) < 2 or (rest[0].pos_ not in ("DET", "NUM", "PUNCT", "ADV", "SCONJ")
                             and rest[0].dep_ != "det"  # ("toute négligence")
                             and not partitive and not infinitive and not preposition) or \
                any(t.pos_ in ("VERB", "AUX") and t.morph.get("VerbForm") == ["Fin"]
                    and not any(c.dep_ == "mark" for c in t.children) for t in rest[:2]):
            return None
        said = f"denied: {tok.text}" if lemma in folded(cues, "denial_verbs") else \
            f"predicted: forecast ({tok.text})" if lemma in folded(cues, "forecast_verbs") \
            else f"predicted: commitment ({tok.text})" if lemma in folded(
                cues, "commitment_verbs") and any(t.morph.get("VerbForm") == ["Inf"]
                                                  for t in rest[:2]) else None
        return _Report(tok, subject, None, (rest[0].idx, rest[-1].idx + len(rest[-1].text)),
                       said, "statement")
    return None
