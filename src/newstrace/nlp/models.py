"""spaCy pipelines, loaded once per process, chosen per language from the lexicons.

Adding a language is adding a ``<lang>.nlp.toml`` naming its PyPI model, not
code.  A language with no installed model degrades with one clear warning:
the lexicon-based cues still run, the parse-based ones return nothing.
"""

from __future__ import annotations

import logging
import warnings
from functools import cache
from typing import TYPE_CHECKING

from newstrace import lexicons

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.language import Language
    from spacy.tokens import Doc, Span

log = logging.getLogger(__name__)


def model_names(language: str | None) -> list[str]:
    if not language:
        return []
    return list(lexicons.load(language).get("nlp", {}).get("models", []))


def available(language: str | None) -> bool:
    """Whether a model for ``language`` is configured and installed (no warning, no load)."""
    import importlib.util

    return any(importlib.util.find_spec(n) is not None for n in model_names(language))


_CONTINUATIONS = "newstrace_continuations"


def _continues(prev: str, word: str) -> bool:
    """Whether ``word`` goes on the sentence that ``prev`` seemed to close: after a comma
    or a semicolon, or in lower case after a question or exclamation closed by a quote
    mark ("« Que deviendront nos chalutiers ? », s'interroge le maire", "“Why?” she
    asked"), where the words after the quote say who spoke."""
    return prev in (",", ";") or (word[:1].islower() and prev in ("?", "!", "»", "”", '"'))


_OPENING = frozenset({"«", "“", "„", "‹"})
#: Titles abbreviated with a full stop before a name ("said Sgt. Kevin Marsh", "Lt. Col.
#: Dana Reyes"): the stop ends no sentence.
_TITLES = frozenset({"sgt", "lt", "col", "gen", "capt", "cpl", "maj", "adm", "cmdr", "sen",
                     "rep", "gov", "dr", "mr", "mrs", "ms", "prof", "det", "insp", "supt",
                     "rev", "hon", "pres", "amb", "atty", "pvt"})


def _after_title(doc: Doc, i: int) -> bool:
    """Whether the token at ``i`` follows an abbreviated title ("Sgt." or "Sgt" ".")."""
    prev = doc[i - 1].text
    if prev.endswith(".") and prev[:-1].lower() in _TITLES:
        return True
    return prev == "." and i >= 2 and doc[i - 2].text.lower() in _TITLES and \
        not doc[i - 2].whitespace_


def join_continuations(doc: Doc) -> Doc:
    """Undo the punctuation sentencizer's splits inside a sentence (see ``_continues``,
    and after an abbreviated title), so that a quote and its speaker are parsed as one
    sentence; and give an opening quote
    mark left at the end of a sentence ("... octobre. « D'ici là ...") to the sentence it
    opens."""
    for tok in doc[1:]:
        if tok.is_sent_start and (_continues(doc[tok.i - 1].text, tok.text) or (
                tok.text[:1].isupper() and _after_title(doc, tok.i))):
            tok.is_sent_start = False
    for tok in doc[1:-1]:
        nxt = doc[tok.i + 1]
        opening = tok.text in _OPENING or (tok.text == '"' and not tok.whitespace_)
        if opening and nxt.is_sent_start and not tok.is_sent_start:
            tok.is_sent_start = True
            nxt.is_sent_start = False
    return doc


_VERB_TAGS = "newstrace_verb_tags"


def _verb_tagger(nlp: Language, forms: dict[str, list[str]]) -> Callable[[Doc], Doc]:
    """Call a verb what the parser made a verb: a word tagged as a noun or an adjective
    that has a subject before it and no copula ("La FSU revendique « ... »", tagged ADJ
    with the lemma "revendiqu"), with an ending of a finite verb (the language's
    ``[nlp] finite_endings``) of the model's own verb list ("revendiquer" is one,
    "probabler" is not).  The word gets its verb's lemma too, which is what every
    analyzer looks words up by.  A present the model called an infinitive ("Il
    anticipe") becomes finite."""
    lemmatizer = nlp.get_pipe("lemmatizer")
    verbs = frozenset(lemmatizer.lookups.get_table("lemma_index").get("verb", []))
    presents = frozenset(forms.get("ambiguous_presents", []))
    finite = tuple(forms["finite_endings"])
    plural = tuple(forms.get("plural_endings", []))
    imperfect = tuple(forms.get("imperfect_endings", []))
    infinitive = tuple(forms.get("infinitive_endings", []))

    def morph(word: str) -> str:
        number = "Plur" if plural and word.endswith(plural) else "Sing"
        tense = "Imp" if imperfect and word.endswith(imperfect) else "Pres"
        return f"Mood=Ind|Number={number}|Person=3|Tense={tense}|VerbForm=Fin"

    def repair(doc: Doc) -> Doc:
        for tok in doc:
            if not tok.text.endswith(finite):
                continue
            if tok.pos_ == "VERB" and tok.morph.get("VerbForm") == ["Inf"] and \
                    not (infinitive and tok.text.endswith(infinitive)) and any(
                        c.dep_ == "nsubj" and c.i < tok.i for c in tok.children):
                tok.set_morph(morph(tok.text))
                continue
            if tok.pos_ not in ("NOUN", "ADJ") or not tok.is_lower:
                continue
            kids = list(tok.children)
            if any(c.dep_ in ("cop", "det", "case") for c in kids) or not any(
                    c.dep_ == "nsubj" and c.i < tok.i and c.pos_ in ("NOUN", "PROPN", "PRON")
                    for c in kids):
                continue
            pos, tag, before = tok.pos_, tok.tag_, str(tok.morph)
            tok.pos_ = tok.tag_ = "VERB"
            tok.set_morph(morph(tok.text))
            lemma = next(iter(lemmatizer.rule_lemmatize(tok)), "")
            if lemma in verbs:
                tok.lemma_ = lemma
            else:
                tok.pos_, tok.tag_ = pos, tag
                tok.set_morph(before)
        for sent in list(doc.sents) if presents else []:
            _rehang_present(sent, presents, morph)
        return doc

    return repair


def _rehang_present(sent: Span, presents: frozenset[str], morph: Callable[[str], str]) -> None:
    """A present the model took for a participle hanging on a verbless sentence's noun
    ("Une infirmière de MSF décrit des enfants ...": "décrit" as the participle of a
    noun phrase) becomes the sentence's verb, with that noun as its subject, when the
    word is one of the language's ``[nlp] ambiguous_presents`` and it takes an object or a
    clause ("Un livre écrit par deux juges" keeps its participle: "par" names an agent)."""
    root = sent.root
    if root.pos_ not in ("NOUN", "PROPN") or any(c.dep_ == "case" for c in root.children):
        return
    tok = next((t for t in sent if t.lower_ in presents and t.pos_ == "VERB" and t.i > root.i
                and t.dep_ in ("acl", "amod") and not any(
                    c.dep_.startswith("aux") or any(k.lower_ == "par" for k in c.children)
                    for c in t.children)), None)
    if tok is None or not any(c.dep_ in ("obj", "ccomp", "xcomp", "obl:arg") for c in tok.children):
        return
    if any(t.pos_ in ("VERB", "AUX") and t.morph.get("VerbForm") == ["Fin"] and t.i < tok.i
           and not any(a.dep_ in ("acl:relcl", "relcl") for a in [t, *t.ancestors])
           for t in sent):
        return  # a finite verb before it, outside a relative clause ("qui a requis ...")
    head = tok.head
    while head.i != root.i:  # (tokens are views: compare positions, not objects)
        # (through nouns, and a relative clause on the subject: "qui a requis l'anonymat")
        if (head.pos_ not in ("NOUN", "PROPN") and head.dep_ not in ("acl:relcl", "relcl")) \
                or head.head.i == head.i:
            return
        head = head.head
    # What follows the verb and hung on its subject is the verb's ("« arrivant à bout »").
    subject = {t.i for t in root.subtree} - {t.i for t in tok.subtree}
    after = [t for t in sent if t.i > tok.i and t.head.i in subject]
    tok.head = tok
    tok.dep_ = "ROOT"
    tok.set_morph(morph(tok.text))
    root.head = tok
    root.dep_ = "nsubj"
    for c in after:
        c.head = tok


@cache
def pipeline(language: str | None) -> Language | None:
    """The first installed model for ``language``, or ``None`` (warned once)."""
    names = model_names(language)
    try:
        import spacy
    except ImportError:  # the nlp extra is not installed
        warnings.warn("spaCy is not installed: entities, claims and events need it "
                      "(pip install 'newstrace[nlp]')", stacklevel=2)
        return None
    from spacy.language import Language

    if not Language.has_factory(_CONTINUATIONS):
        Language.component(_CONTINUATIONS, func=join_continuations)
    if not Language.has_factory(_VERB_TAGS):
        Language.factory(_VERB_TAGS, default_config={"forms": {}},
                         func=lambda nlp, name, forms: _verb_tagger(nlp, forms))
    forms = {k: v for k, v in lexicons.load(language).get("nlp", {}).items()
             if k.endswith("_endings") or k == "ambiguous_presents"} if language else {}
    for name in names:
        try:
            nlp = spacy.load(name)
        except OSError:
            continue
        # Punctuation-based sentences first: the parser alone splits "Trump, qui prend ses
        # fonctions en janvier, a parlé ..." at the comma; it keeps preset boundaries.
        if "parser" in nlp.pipe_names and "sentencizer" not in nlp.pipe_names:
            nlp.add_pipe("sentencizer", before="parser")
            nlp.add_pipe(_CONTINUATIONS, before="parser")
        if forms.get("finite_endings") and {"parser", "lemmatizer"} <= set(nlp.pipe_names) \
                and nlp.get_pipe("lemmatizer").mode == "rule":
            nlp.add_pipe(_VERB_TAGS, after="lemmatizer", config={"forms": forms})
        return nlp
    warnings.warn(
        f"no spaCy model for language {language!r} (tried {names or 'none configured'}): "
        "only lexicon-based cues will run on it",
        stacklevel=2,
    )
    return None
