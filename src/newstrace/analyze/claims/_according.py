"""Attribution by a phrase, not a verb: "selon X" / "according to X", "Pour X," when X can
hold a view, and a figure read "in a CNN poll" or "dans un sondage Ifop".

Apart because these cues give the source's bounds by the words around them, with none of
the report finders' parse of a verb and its clause.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from newstrace.analyze.claims._cues import _has, _speaker_nouns, folded
from newstrace.analyze.claims._syntax import (
    _THAT,
    RELATIVE_DEPS,
    _inside_quote,
    _phrase_head,
    _relative_pronoun,
)
from newstrace.analyze.claims._verbs import _lemma_in, _verb_kinds
from newstrace.nlp.dates import fold

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token


def _opens_relative(comma: Token) -> bool:
    """Whether a comma opens a relative clause (", qui a requis l'anonymat,")."""
    if comma.i + 1 >= comma.sent.end:
        return False
    nxt = comma.doc[comma.i + 1]
    if fold(nxt.text) == "dont" and nxt.i + 1 < comma.sent.end and nxt.nbor().like_num:
        return False  # ("..., dont 40 000 euros pris en charge par ...": a share, no clause)
    return _relative_pronoun(nxt) or fold(nxt.text) in _THAT | {"dont", "whose", "qui", "who",
                                                                "which"}


_DASHES = frozenset({"–", "—"})


def _clause_end(sent: SpacySpan, start_char: int) -> int:
    """Where a source phrase after "selon" ends: the sentence end, a dash, or a comma before
    a verb (past a relative clause set off by commas: "D'après une note, que s'est procurée
    La Voix du Nord, jusqu'à 200 emplois ...")."""
    relative = False
    for tok in sent:
        if tok.idx >= start_char and tok.text in _DASHES:
            return tok.idx  # ("– plus de 180 mm selon Météo-France –": an aside's end)
        if tok.idx < start_char or tok.text not in (",", ";", ":"):
            continue
        if relative:
            relative = False
            continue  # the comma closing the relative clause
        if tok.text == "," and _opens_relative(tok):
            relative = True
            continue
        rest = [t for t in sent if t.idx > tok.idx]
        if any(t.pos_ in ("VERB", "AUX") for t in rest):
            return tok.idx
    last = sent[-1]
    return last.idx if last.is_punct else last.idx + len(last.text)


def _copula_before(sent: SpacySpan, cue_start: int, cues: dict[str, Any],
                   between: str | None = None) -> Token | None:
    """The auxiliary or copula right before a source's cue, with only ``between`` (spaces
    by default) between them ("Les travaux sont selon lui ...", "La situation est, selon
    la préfecture, ..."): its predicate comes after the source."""
    last = next((t for t in reversed(sent) if t.idx < cue_start and not t.is_punct), None)
    if last is None or not (last.pos_ == "AUX" or fold(last.lemma_) in folded(
            cues, "copula_lemmas")) or sent.doc.text[last.idx + len(last.text) : cue_start].strip(
            between):
        return None
    return last


def _before_predicate(sent: SpacySpan, cue_start: int, src_start: int, src_end: int,
                      cues: dict[str, Any]) -> int:
    """Where a source ends that stands, with no comma, between an auxiliary or a copula
    and the predicate it opens ("Le bâtiment a été selon les pompiers entièrement
    détruit"): at the first adverb, verb or adjective after its noun that hangs on no word
    of the source (else, past it, ``src_end`` as found)."""
    if _copula_before(sent, cue_start, cues) is None:
        return src_end
    words = [t for t in sent if src_start <= t.idx < src_end]
    head = next((t for t in words if t.pos_ in ("NOUN", "PROPN", "PRON")), None)
    if head is None:
        return src_end
    kept = {t.i for t in words if t.i <= head.i}
    end = head.idx + len(head.text)
    for t in words:
        if t.i <= head.i:
            continue
        if t.is_punct or t.pos_ in ("ADV", "VERB", "AUX") or (
                t.pos_ == "ADJ" and t.head.i not in kept):
            return end
        kept.add(t.i)
        end = t.idx + len(t.text)
    return src_end


def _according_to_opening(sent: SpacySpan, cues: dict[str, Any]
                          ) -> tuple[int, int, int, str] | None:
    """The view a sentence opens with ("Pour X, ..."), read as ``_according_to`` reads it
    with only the opening cues."""
    return _according_to(sent, {**cues, "according_to": [], "_folded": {}})


def _according_to(sent: SpacySpan, cues: dict[str, Any]) -> tuple[int, int, int, str] | None:
    """(cue start, source start, source end, cue) for "selon X" / "according to X", and
    for a sentence opened by "Pour X," when X is someone who can hold a view ("Pour les
    spécialistes de la cybersécurité, l'attaque ...")."""
    folded = fold(sent.text)
    initial = [(c, True) for c in cues.get("according_to_initial", [])]
    for cue, first in [(c, False) for c in cues.get("according_to", [])] + initial:
        # (a cue ending on an elision runs into its source: "de l'aveu même d'un officier")
        end = "" if cue.endswith(("'", "’")) else r"(?![\w-])"
        m = re.search(rf"(?<![\w']){re.escape(fold(cue))}{end}", folded)  # ("d'après-midi")
        # (after a conjunction that opens the sentence: "Mais pour des usagers, ...")
        opening = folded[: m.start()].strip(" «“\",") if m else ""
        if m and first and re.match(r"\s*[«“\"]", folded):
            continue  # ("« Pour la plupart d'entre eux, c'est ... », souligne X": the quote's)
        if not m or (first and opening and opening not in {
                fold(w) for w in cues.get("opening_conjunctions", [])}) or any(
                folded[m.start() :].startswith(fold(e))
                for e in cues.get("according_to_exceptions", [])):
            continue  # (and "vérifier de source indépendante": how, not on whose word)
        cue_start = sent.start_char + m.start()
        before = sent.doc.text[sent.start_char : cue_start]
        if _inside_quote(before) and before.lstrip()[:1] not in ("«", "“", '"'):
            # ("X a démenti ..., affirmant que le bulletin avait été « distribué selon le
            # calendrier habituel »": the speaker's own words, whose source is the speaker)
            continue
        cue_tok = next((t for t in sent if t.idx >= cue_start), None)
        relative = next((a for a in cue_tok.ancestors if a.dep_ in RELATIVE_DEPS), None) \
            if cue_tok is not None else None
        if relative is not None and relative.head.dep_.startswith("nsubj") and \
                relative.head.head.i > relative.right_edge.i and \
                _lemma_in(relative.head.head, set(_verb_kinds(cues))):
            # ("X, who finished second according to provisional results, has said he
            # would ...": the relative clause's source tells who X is; the verb of saying
            # after it tells whose word the claim is)
            continue
        src_start = sent.start_char + m.end()
        while src_start < sent.end_char and sent.doc.text[src_start] == " ":
            src_start += 1
        if re.match(r"(?:qui|lequel|laquelle|lesquels|lesquelles|whom|which)\b",
                    folded[src_start - sent.start_char :]):
            # "assure leur avocate, Me X, selon qui le dossier ...": the speaker just named
            # says more; the report before stands.
            continue
        src_end = _clause_end(sent, src_start)
        pronoun = next((t for t in sent if t.idx == src_start), None)
        if pronoun is not None and ((
                pronoun.pos_ == "PRON" and pronoun.morph.get("Person")
                and pronoun.morph.get("Poss") != ["Yes"])
                or _has(pronoun.text, cues.get("stressed_pronouns", []))) \
                and pronoun.i + 1 < sent.end \
                and (not sent.doc[pronoun.i + 1].is_punct
                     or sent.doc[pronoun.i + 1].text in ("«", "“", '"')):
            # "qui relèvent selon lui du « secret des affaires »": the pronoun is the
            # source, what follows it is the content (also a quote: "sont selon lui
            # « presque terminés »").
            src_end = pronoun.idx + len(pronoun.text)
            if not first and (opened := _according_to_opening(sent, cues)) is not None:
                # ("Pour l'ARS, la fermeture ..., les maternités voisines disposant selon
                # elle de ...": the pronoun takes up the view the sentence opened with)
                return opened
        src_end = _before_predicate(sent, m.start() + sent.start_char, src_start, src_end,
                                    cues)
        commas = [t for t in sent if t.idx > src_start and t.text == ","]
        comma = commas[0].idx if commas else None
        if comma is not None and src_end > comma and before.rstrip().endswith(",") and \
                folded[: m.start()].strip(" «“\",") and not _opens_relative(commas[0]) and \
                not all(t.pos_ == "PROPN" or t.is_title or t.is_punct
                        for t in sent if t.idx > comma) and not (
                    # (nor a list of adjectives the comma goes on with: "selon les
                    # estimations américaines, sud-coréennes et ukrainiennes")
                    commas[0].i + 1 < sent.end and (
                        sent.doc[commas[0].i + 1].pos_ == "ADJ" or any(
                            t.pos_ == "CCONJ" for t in sent if t.idx > comma))):
            # "La situation est, selon la préfecture, sous contrôle": a source set off by
            # commas inside the sentence ends at the comma closing it, verb after or not
            # (a name set off after it is read below: ", selon le maire, Paul Vidal,";
            # a name closing the sentence stays in it: "..., selon la conservatrice du
            # musée, Sophie Le Bihan.").
            src_end = comma
        if len(commas) > 1 and _opens_relative(commas[0]):
            comma = commas[1].idx  # "Selon un membre du conseil, qui a requis l'anonymat, ..."
        if comma is not None and src_end > comma and not folded[: m.start()].strip(" «“\""):
            # "Selon des habitants, la situation empire": a sentence opened by the cue gives
            # its content after the comma, though the tagger saw no verb there.
            src_end = comma
        words = [t for t in sent if src_start <= t.idx < src_end]
        # (a name set off after the phrase says it is someone: "Pour la cheffe de file de
        # l'opposition, Nadia Ferhat, ...")
        named_after = _with_apposed_name(sent, src_end)
        # (the source's phrase, without the relative clause set off after it: "Pour un
        # enquêteur, qui a requis l'anonymat, il s'agirait ...")
        held = [t for t in words if not (len(commas) > 1 and _opens_relative(commas[0])
                                         and t.idx >= commas[0].idx)]
        if first and not _holds_views(held, cues) and named_after == src_end:
            continue
        if (head := _phrase_head(words)) is not None and (
                _has(head.lemma_, cues.get("according_to_ways", []))
                or _has(head.text, cues.get("according_to_ways", []))) and not (
                (_posted(head) or _of_a_body(head, cues)) and (
                    before.rstrip().endswith(",") or (not before.strip(" «“\"") and _has(
                        " ".join(t.text for t in words), cues.get("sent_out_participles", []))))
                and not _inside_quote(before)):
            # "selon un mécanisme de type Ponzi", "according to plan": how, not who (but
            # "..., according to rules posted on the city's website", "..., selon le
            # barème disciplinaire de la Fédération" and, opening the sentence, "Selon le
            # calendrier révisé transmis aux partenaires, ..." are a text's word)
            continue

        src_end = named_after
        if src_end > src_start:
            return cue_start, src_start, src_end, cue
    return None


def _of_a_body(head: Token, cues: dict[str, Any]) -> bool:
    """Whether a way's noun is a body's own ("le barème disciplinaire de la Fédération
    française de football", "the rules of the league"): a name or a body's noun after it."""
    # (with its article: not "un mécanisme de type Ponzi", a kind)
    return any(t.i > head.i and (t.pos_ == "PROPN" or _has(t.text, cues.get(
        "institution_nouns", []))) and any(c.dep_ == "det" for c in t.children)
        for t in head.subtree)


def _posted(head: Token) -> bool:
    """Whether a noun has a past participle after it that says it was written down or
    put out ("rules posted on the city's website", "des règles publiées")."""
    return any(c.dep_ == "acl" and c.i > head.i and (
        c.tag_ == "VBN" or c.morph.get("VerbForm") == ["Part"]) for c in head.children)


def _holds_views(tokens: list[Token], cues: dict[str, Any]) -> bool:
    """Whether a phrase names people or a body ("les spécialistes", "le ministre", "l'ONU"),
    not a thing ("pour la première fois", "pour 2025")."""
    head = _phrase_head(tokens)
    if head is None:
        return False
    rough = folded(cues, "rough_figure_words")
    figure = next((t for t in tokens[1:4] if fold(t.text) not in rough), None)
    if len(tokens) > 2 and tokens[0].morph.get("Definite") == ["Def"] and figure is not None \
            and any(ch.isdigit() for ch in figure.text):
        # "Pour les 1 400 salariés, l'annonce est tombée", "Pour les quelque 600
        # habitants": those it befalls
        return False
    span = fold(tokens[0].doc[tokens[0].i : tokens[-1].i + 1].text)
    named = any(t.pos_ == "PROPN" and t.head.pos_ == "NOUN" and t.head in tokens
                for t in tokens)  # "l'économiste Anne Roussel": a title and a name
    # (an acronym, whatever its tag: "Pour ATS, filiale du groupe ..."; a speaker's noun
    # before a name, whatever the parser made the head: "Pour le collectif Ciel Propre")
    acronym = head.text.isalpha() and head.text.isupper() and len(head.text) > 1
    named = named or (len(tokens) > 2 and tokens[0].pos_ == "DET" and tokens[2].is_title
                      and _has(tokens[1].text, _speaker_nouns(cues)) is not None)
    if head.pos_ == "PROPN" or named or acronym or _has(
            span, cues.get("vague_quantifiers", [])) or any(
            span.startswith(fold(q)) for q in cues.get("vague_quantifiers", [])):
        return True  # a name, or "de nombreux viticulteurs": people
    # ("Pour les avocats spécialisés": a plural the lexicon gives in the singular; "Pour
    # l'opposition municipale": a body only as the head)
    nouns = [*_speaker_nouns(cues), *cues.get("institution_heads", [])]
    # ("Pour des plaisanciers interrogés sur place": people the outlet asked, whatever
    # their noun)
    return bool(_has(head.text, nouns) or _has(head.lemma_, nouns)) or any(
        c.dep_ in ("acl", "amod") and c.i > head.i and _has(c.text, cues.get(
            "reached_words", [])) for c in head.children)


def _with_apposed_name(sent: SpacySpan, end: int) -> int:
    """"Selon le sélectionneur, Thierry Moreau, le capitaine ...": the name set off by commas
    after the source (after a title, "le géochimiste Thomas Verdier") is part of it."""
    after = [t for t in sent if t.idx >= end]
    if len(after) < 3 or after[0].text != ",":
        return end
    # (past the person's title: "Pour son premier auteur, le géochimiste Thomas Verdier,")
    k = 1
    if after[k].pos_ == "DET" and k + 2 < len(after) and after[k + 1].pos_ == "NOUN" and \
            after[k + 1].is_lower and after[k + 2].pos_ == "PROPN":
        k += 2
    name = []
    for t in after[k:]:
        # (a particle of the name may be tagged otherwise: "Gérard Le Bihan")
        if t.pos_ != "PROPN" and not (name and t.is_title and t.i + 1 < sent.end
                                      and t.nbor().pos_ == "PROPN"):
            break
        name.append(t)
    # (or closing the sentence: "..., d'après le vétérinaire qui suit l'établissement, le
    # docteur Antoine Mercier.")
    if name and (name[-1].i + 1 == sent.end or sent.doc[name[-1].i + 1].text == "," or (
            name[-1].i + 2 == sent.end and sent.doc[name[-1].i + 1].is_punct)):
        return name[-1].idx + len(name[-1].text)
    return end


def _in_document(sent: SpacySpan, cues: dict[str, Any]) -> tuple[int, int, int, str] | None:
    """(cue start, source start, source end, cue) for "In a CNN poll, Clinton led by 24
    points" / "... dans un sondage Ifop": a figure read in a poll or a study is the
    document's word, not the outlet's.  The phrase must qualify the clause (hang on its
    verb): in "her lead in the poll narrowed" the poll only says whose lead it is.
    """
    preps = folded(cues, "document_preps")
    nouns = folded(cues, "survey_nouns")
    if not preps or not nouns:
        return None
    documents = folded(cues, "document_nouns")
    saying = folded(cues, "np_reporting_verbs") | folded(cues, "judging_verbs") | folded(
        cues, "document_acts") | set(_verb_kinds(cues))
    for tok in sent:
        # (or a participle of saying before it, the parser having hung the report on the
        # sentence's verb: "figurait parmi les 150 jugés « préoccupants » dans un rapport")
        said_in = fold(tok.lemma_) in documents and tok.head.pos_ == "VERB" and (
            (tok.head.morph.get("VerbForm") == ["Part"] and _lemma_in(tok.head, saying)) or any(
                t.morph.get("VerbForm") == ["Part"] and _lemma_in(t, saying)
                and t.i < tok.i and t.head.i == tok.head.i for t in sent))
        if fold(tok.lemma_) not in nouns and fold(tok.text) not in nouns and not said_in:
            # ("Des massacres avaient été décrits dans un rapport de l'ONU", "jugés
            # « préoccupants » dans un rapport": what a report says, told in the passive.)
            continue
        if tok.dep_ == "pobj" and fold(tok.head.text) in preps:
            cue, governor = tok.head, tok.head.head
        else:
            cue = next((c for c in tok.children if c.dep_ == "case" and fold(c.text) in preps),
                       None)
            governor = tok.head
        if cue is None:
            continue
        words = [t for t in tok.subtree if t.i != cue.i and not t.is_punct]
        if not words:
            continue
        # Hanging on a verb, or (the parser often gives it to the noun before) opening
        # or closing the sentence.
        content = [t for t in sent if not t.is_punct]
        edge = min(cue.i, words[0].i) == content[0].i or words[-1].i == content[-1].i
        if governor.pos_ not in ("VERB", "AUX") and not edge:
            continue
        return cue.idx, words[0].idx, words[-1].idx + len(words[-1].text), cue.text
    return None


def _complete_before(sent: SpacySpan, cue_start: int) -> bool:
    """Whether the words before a cue form a clause of their own ("X did Y, according to Z").

    Not so in "... qui, selon lui, pourrait ...", where the verb that governs the
    words before the cue comes after it.
    """
    before = [t for t in sent if t.idx < cue_start and not t.is_punct]
    if len(before) < 3:
        return False
    tok = before[-1]
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    # ("Les manifestants étaient 4 200 selon la préfecture": a copula's predicate)
    return (tok.pos_ in ("VERB", "AUX") and tok.idx < cue_start) or any(
        c.dep_ == "cop" and c.idx < cue_start for c in tok.children)
