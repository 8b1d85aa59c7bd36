"""spaCy pipelines, loaded once per process, chosen per language from the lexicons.

Adding a language is adding a ``<lang>.nlp.toml`` naming its PyPI model, not
code.  A language with no installed model degrades with one clear warning:
the lexicon-based cues still run, the parse-based ones return nothing.
"""

from __future__ import annotations

import logging
import warnings
from functools import cache
from typing import TYPE_CHECKING, Any

from newstrace import lexicons

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

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


def _verb_tagger(nlp: Language, forms: dict[str, Any]) -> Callable[[Doc], Doc]:
    """Call a verb what the parser made a verb: a word tagged as a noun or an adjective
    that has a subject before it and no copula ("La FSU revendique « ... »", tagged ADJ
    with the lemma "revendiqu"), with an ending of a finite verb (the language's
    ``[nlp] finite_endings``) of the model's own verb list ("revendiquer" is one,
    "probabler" is not).  The word gets its verb's lemma too, which is what every
    analyzer looks words up by.  A present the model called an infinitive ("Il
    anticipe") or a participle ("conteste") becomes finite.

    Then the tree is mended where the small model breaks it in ways every analyzer
    would otherwise work around on its own (each repair below says which): a verb hung
    inside its subject or joined to a relative clause (or to a noun a pronoun takes up),
    a subject made an adverbial, a verb made a noun after a comma or an adjective after a
    noun, a day made a complement, a subject pronoun made a determiner, a relative clause
    made a complement, a subject hung inside an opening participle phrase, a verb made an
    auxiliary, quote marks and quoted adverbs around a verb, a vocative, a name made the
    apposition of whom it was told to, a passive's agent, a present made an adverb or a
    noun before its infinitive, a bare participle made the root, a copula made an adverb,
    a clause's predicate noun made a second subject, a condition hung on the verb of
    saying, a part of a month made an object, a completive clause made a relative one of
    the object or a relative one an adverbial, a subject hung on a comma, what was hung on
    a phrase right after a simple verb, a quoted adjective made an adverbial, a noun with
    its article tagged a verb, a fixed preposition's verb, an inverted subject after
    "des", a noun after its article tagged an infinitive ("la sonnerie"), a "que"
    clause's verb made a relative clause of its subject with no relative word, a finite
    verb made a dependent of the infinitive after it ("et affirme détenir"), an object
    made a modifier of the setting before it ("dans un communiqué un péage"), a second
    participle joined to the first one's object, a condition made the
    root, a relative clause made the root, a determiner made a modifier, a quoted
    participle tagged an imperative, an object made an adverbial after an inserted
    phrase, an object after a day with a partitive article taken for "de" + "les", a
    "que" hung on a copula, a verb made a noun before the "que" of its clause, a verb hung
    inside its subject's participle phrase, a name's last word made the subject, a setting
    ("Dans un tract, ...") made the subject, a subject hung inside a relative clause made
    adverbial, a participle or an adjective set off after the subject that took it, a
    future tagged a participle, a noun spelt like an adverb tagged one ("tout
    manquement"), a clause's verb hung on its subject as a participle, the first of two
    joined verbs hung inside the subject's participle phrase, the sentence's verb made a
    clause of its subject, a quoted verb made an apposition of its subject, a unit's
    adjective tagged a verb ("mètres cubes"), a participle on an object left loose, a
    clause's finite verb made an argument of the verb of saying, a quoted name made the
    root before its relative clause, a name of several words after an opening phrase made
    the root, a verb of denying made a modifier of its subject or of its object
    (``modifier_verbs``), a participle tagged an imperfect set off after the subject, a
    subject made the apposition of the setting before it, the sentence's verb made a
    conjunct of its subject, a verb of saying inserted between commas made the root, a
    noun opening a quote made punctuation or a modifier of the topic before the colon, the
    sentence's finite verb hung inside its subject's participle phrase, a date made the
    subject of a relative clause with no relative word, a speaker's title after an
    inverted subject made the verb's complement, a present participle made a completive's
    verb, a past participle in "-ire" spelt as its present made the root, a clause made a
    relative of the closing speaker's subject, an infinitive opening a quote hung past the
    verb before it, the subject and auxiliary hung on an adverb ("avait d'abord nié") or
    the subject on the auxiliary ("a, lui, nié"), a
    clause after a rubric's colon made a relative or adverbial clause, a second verb with
    its own "que" clause joined to the participle in the first one's object; a plural
    present tagged a participle or the root adjective is finite, so is a present tagged a
    participle that no participle is spelt like (``finite_only_endings``: "conclut") or
    that has a subject pronoun and no auxiliary ("elle ne conduit plus") or after it by a
    hyphen ("écrit-il"); a
    counted subject makes an imperfect a verb ("deux restaient"), an infinitive under a
    verb tagged a present gets its form back, a participle in "-é" after its auxiliary
    tagged an infinitive becomes one ("avait pointé"); and a verb the model lemmatized as a noun
    gets its verb's lemma.  Also: an incise's present tagged a participle, its speaker made
    the agent ("», décrit X, chef de ..."); a present no participle is spelt like ("salue")
    made a participle of the subject after an opening setting or before a second joined
    verb; a noun spelt like a possessive after an article ("un son", ``[nlp]
    possessive_homographs``); a condition made a relative clause ("... d'un procès
    équitable si la France le remettait"); the last word of a compound split at its hyphen
    tagged a verb ("au lieu-dit Kerbellec"); a root tagged a noun with its subject and the
    infinitive it governs ("l'intersyndicale menace d'étendre"); a present tagged an
    adjective of the noun before "de" and an infinitive ("le four risque de rester
    fermé"); a second relative clause on the subject, with no relative word, made of the
    sentence's verb ("Des collègues de X, qui travaillait ..., la décrivent comme ..."); a
    rare conditional tagged an adverb after "que" and its subject ("que des géologues
    sonderaient le sous-sol"); a verb of denying made a modifier of its object made the
    root ("La chambre des métiers dément toute irrégularité et assure"), or past an
    adverb of its own; a relative clause's verb made a participle of its subject ("sur
    lequel la vidéo a été le plus partagée n'avait pas retiré"); a relative clause made the
    root over a present spelt as its participle ("Le document, long de 46 pages, décrit une
    campagne ... qui aurait débuté"); a relative clause's object made the next verb's
    subject; a present participle on a completive's subject made its verb; a "que" clause
    hung on the last word of a name ("à l'agence Europa Press qu'il allait"); a verb
    spelt as a noun after a relative clause, its object hung on the clause's verb; a
    light verb hung on the bare noun after it, made the root ("fait état"); the finite
    verb hung inside the participle phrase of a noun of the subject's phrase; what is
    charged after the object of a verb of charging, hung inside that object (``[nlp]
    charge_object_verbs``: "accusent des cueilleurs venus d'ailleurs de piller"); a noun
    before a relative "que" with its subject inverted, read as a completive's subject
    ("Une version que conteste l'organisateur"); the sentence's verb hung on a noun of its
    subject right before the root's "que" ("... auprès de 600 habitants montre que"); a
    first clause made a relative clause of its subject before ", mais il ..."; an object
    after a day and its part made an adverbial ("a lancé samedi soir une pétition"); a
    present spelt as its participle after a relative clause, made an adverbial of that
    clause's verb ("..., que l'AFP a pu consulter, fait état de"); the relative clause of
    an opening setting read as a completive, its verb the root ("Dans ce courrier, que X a
    pu consulter, la ville invoque"); a "que" after the object read as a relative pronoun
    though its clause has an object of its own ("informe l'association qu'elle perdra
    ... l'usage"); a bare charge noun closing the object of a verb of charging, hung
    inside it ("accuse un géant du luxe de plagiat"); the infinitive of the subject's
    apposition made the root, the sentence's verb its conjunct ("..., l'une des dernières
    à utiliser ..., sera démontée")."""
    lemmatizer = nlp.get_pipe("lemmatizer")
    verbs = frozenset(lemmatizer.lookups.get_table("lemma_index").get("verb", []))
    # (the model's verb forms and their infinitives: "juge" -> "juger")
    verb_forms = dict(lemmatizer.lookups.get_table("lemma_exc").get("verb", {}))
    presents = frozenset(forms.get("ambiguous_presents", []))
    finite = tuple(forms["finite_endings"])
    only = tuple(forms.get("finite_only_endings", []))
    plural = tuple(forms.get("plural_endings", []))
    imperfect = tuple(forms.get("imperfect_endings", []))
    infinitive = tuple(forms.get("infinitive_endings", []))
    adjectival = tuple(forms.get("adjective_participle_endings", []))
    counting = frozenset(forms.get("counting_determiners", []))
    known = verbs | {lemma for lemmas in verb_forms.values() for lemma in lemmas}
    agents = frozenset(forms.get("agent_marks", []))
    days = frozenset(forms.get("day_words", []))
    periods = frozenset(forms.get("period_words", []))
    months = frozenset(forms.get("month_words", []))
    times = days | months | frozenset(forms.get("time_nouns", []))
    # (as the tokenizer splits them: "d'ores et déjà" is four words)
    inserts = tuple(tuple(t.lower_ for t in nlp.tokenizer(p))
                    for p in forms.get("auxiliary_inserts", []))
    regular = {k: tuple(v) for k, v in dict(forms.get("regular_present_endings", {})).items()}
    futures = tuple(forms.get("future_endings", []))
    conditionals = tuple(forms.get("conditional_endings", []))
    adverb_nouns = tuple(forms.get("adverb_noun_endings", []))
    units = (frozenset(forms.get("unit_nouns", [])), frozenset(forms.get("unit_adjectives", [])))
    modifiers = frozenset(forms.get("modifier_verbs", []))
    anaphors = frozenset(forms.get("anaphor_adjectives", []))
    partitive_verbs = frozenset(forms.get("partitive_object_verbs", []))
    charge_verbs = frozenset(forms.get("charge_object_verbs", []))
    homographs = frozenset(forms.get("possessive_homographs", []))

    def morph(word: str) -> str:
        number = "Plur" if plural and word.endswith(plural) else "Sing"
        tense = "Imp" if imperfect and word.endswith(imperfect) else "Pres"
        return f"Mood=Ind|Number={number}|Person=3|Tense={tense}|VerbForm=Fin"

    def infinitive_of(word: str) -> str | None:  # ("dément" -> "démentir", "pointe")
        return (verb_forms.get(word) or [None])[0] or _regular_infinitive(word, verbs, regular)

    def repair(doc: Doc) -> Doc:
        for tok in doc:
            if tok.pos_ == "VERB" and tok.morph.get("VerbForm") == ["Part"] and only and \
                    tok.is_lower and tok.text.endswith(only) and verb_forms.get(tok.lower_):
                tok.set_morph(morph(tok.text))
                tok.lemma_ = verb_forms[tok.lower_][0]
                continue
            if adjectival and tok.pos_ == "VERB" and tok.is_lower and \
                    tok.text.endswith(adjectival) and tok.morph.get("Tense") == ["Pres"] and \
                    tok.morph.get("VerbForm") == ["Part"] and tok.lemma_ not in known:
                tok.pos_, tok.tag_, tok.lemma_ = "ADJ", "ADJ", tok.lower_
                tok.set_morph("Gender=Masc|Number=Sing")
                tok.dep_ = "amod" if tok.dep_ == "acl" else tok.dep_
                continue
            if not tok.text.endswith(finite):
                continue
            if tok.pos_ == "VERB" and tok.morph.get("VerbForm") == ["Inf"] and \
                    not (infinitive and tok.text.endswith(infinitive)) and any(
                        c.dep_ == "nsubj" and c.i < tok.i for c in tok.children):
                tok.set_morph(morph(tok.text))
                continue
            if tok.pos_ == "VERB" and tok.morph.get("VerbForm") == ["Part"] and tok.is_lower \
                    and regular and _present_not_participle(tok, verbs, regular, morph(tok.text)):
                continue
            if tok.pos_ == "VERB" and tok.morph.get("VerbForm") == ["Part"] and tok.is_lower \
                    and verb_forms.get(tok.lower_) and _finite_participle(tok, plural, presents):
                tok.set_morph(morph(tok.text))
                tok.lemma_ = verb_forms[tok.lower_][0]
                continue
            if tok.pos_ not in ("NOUN", "ADJ", "ADV") or not tok.is_lower:
                continue
            kids = list(tok.children)
            # ("on juge « probable » un accord": the subject pronoun made a determiner)
            clitic = next((c for c in kids if c.dep_ == "det" and c.pos_ == "PRON"
                           and c.i == tok.i - 1 and c.lower_ in _SUBJECT_CLITICS), None)
            # ("Sur les 17 blessés, deux restaient hospitalisés": a counted subject made the
            # imperfect's number)
            counted = next((c for c in kids if c.dep_ == "nummod" and c.pos_ == "NUM"
                            and c.i == tok.i - 1 and imperfect
                            and tok.text.endswith(imperfect)), None)
            if any(c.dep_ in ("cop", "det", "case") and c != clitic for c in kids) or not any(
                    (c.dep_ == "nsubj" or c in (clitic, counted)) and c.i < tok.i
                    and c.pos_ in ("NOUN", "PROPN", "PRON", "NUM") for c in kids):
                continue
            pos, tag, before = tok.pos_, tok.tag_, str(tok.morph)
            tok.pos_ = tok.tag_ = "VERB"
            tok.set_morph(morph(tok.text))
            lemma = next(iter(lemmatizer.rule_lemmatize(tok)), "")
            if lemma not in verbs:  # ("pointe": the rules give no "pointer")
                lemma = _regular_infinitive(tok.lower_, verbs, regular) or lemma
            # (a subject pronoun makes any of the model's verb forms a verb: "on juge"; so
            # does a subject of a word tagged an adverb, which takes none: "qu'ils
            # reconduiraient le blocage")
            # ("on s'inquiète pour l'avenir": the subject pronoun as the model left it)
            pronoun = any(c.dep_ == "nsubj" and c.lower_ in _SUBJECT_CLITICS and c.i < tok.i
                          for c in kids)
            # (nor does the sentence's root the model tagged an adjective, with its subject
            # before it and no copula: "La municipalité et la caisse des écoles financent
            # le reste", where "financer" is only among the model's verb forms)
            # (nor a root tagged a noun with its subject and an infinitive it governs:
            # "l'intersyndicale menace d'étendre le mouvement")
            if lemma in verbs or ((clitic is not None or pos == "ADV" or pronoun
                                   or (tok.dep_ == "ROOT" and pos == "ADJ")
                                   or (tok.dep_ == "ROOT" and pos == "NOUN" and any(
                                       c.dep_ == "xcomp" and c.morph.get("VerbForm") == ["Inf"]
                                       for c in kids)))
                                  and lemma in verb_forms.get(tok.lower_, [])):
                tok.lemma_ = lemma
                for c in (clitic, counted):
                    if c is not None:
                        c.dep_ = "nsubj"
            else:
                tok.pos_, tok.tag_ = pos, tag
                tok.set_morph(before)
        for tok in doc:
            # ("qu'il allait interpeller le ministre": an infinitive under a verb, tagged a
            # present; no finite form ends in "-er" or "-ir")
            # (or a participle: "va s'agrandir", "-ir" no participle's ending)
            if tok.pos_ == "VERB" and tok.dep_ == "xcomp" and tok.is_lower and \
                    tok.morph.get("VerbForm") in (["Fin"], ["Part"]) and \
                    tok.lower_.endswith(("er", "ir")) and (
                        tok.lower_ in verbs or tok.lemma_ == tok.lower_):
                tok.set_morph("VerbForm=Inf")
            # ("un rapport avait pointé le manque ...": a past participle after its tense's
            # auxiliary, tagged an infinitive; no infinitive ends in "-é")
            elif tok.pos_ == "VERB" and tok.morph.get("VerbForm") == ["Inf"] and \
                    tok.is_lower and tok.lower_.endswith(("é", "ée", "és", "ées")):
                if any(c.dep_ == "aux:tense" and c.i < tok.i for c in tok.children):
                    tok.set_morph("Tense=Past|VerbForm=Part")
                # ("font état de hausses sur le riz importé": nor is a bare one right after
                # a noun the infinitive of a causative "faire"; it is the noun's participle)
                elif tok.dep_ == "xcomp" and tok.i > 0 and doc[tok.i - 1].pos_ == "NOUN" \
                        and not list(tok.children) and tok.head.lemma_ == "faire":
                    tok.set_morph("Tense=Past|VerbForm=Part")
                    tok.head, tok.dep_ = doc[tok.i - 1], "acl"
        for tok in doc:
            # ("Les victimes, âgées de 78 ans, seraient un couple": the copula tagged an
            # adverb, its conditional unread)
            if tok.dep_ == "cop" and tok.pos_ not in ("AUX", "VERB") and tok.is_lower and \
                    verb_forms.get(tok.text):
                tok.pos_, tok.lemma_ = "AUX", verb_forms[tok.text][0]
        for sent in list(doc.sents) if anaphors else []:
            _anaphor_made_modifier(sent, anaphors, verb_forms, infinitive_of, morph)
        for sent in list(doc.sents) if modifiers else []:
            _verb_made_subject_modifier(sent, modifiers, verb_forms, infinitive_of, morph)
        for sent in list(doc.sents) if presents else []:
            _relative_made_adverbial(sent)
            _verb_after_comma(sent, verb_forms, infinitive_of, morph, presents)
            _judging_verb_made_subject(sent, verb_forms, infinitive_of, morph)
            _judging_verb_before_clause(sent, verb_forms, infinitive_of, morph)
            _adjective_present(sent, infinitive_of, morph)
            _rehang_present(sent, presents, morph)
            _relative_made_root_over_present(sent, presents, morph)
            _subject_relative_made_root(sent, presents, morph)
            _incise_made_participle(sent, presents, morph)
            _present_in_subject_after_setting(sent, verbs, regular, morph)
            _present_made_participle_of_subject(sent, verbs, regular, morph)
            _verb_before_infinitive(sent, infinitive_of, morph)
            _rehang_finite_participle(sent)
            _apposed_participle_made_root(sent)
            _bare_participle_made_root(sent)
            _rehang_after_relative(sent)
            _relative_verb_made_participle_of_its_subject(sent, morph)
            _name_split_at_its_conjunction(sent)
            _verb_after_apposed_names(sent)
            _finite_passive_made_relative_complement(sent)
            _relative_verb_made_participle(sent)
            _participle_made_completive(sent)
            _completive_hung_on_name(sent)
            _caseless_subject(sent)
            _infinitive_hung_on_channel(sent)
            _condition_made_root(sent)
            _subject_hung_on_punctuation(sent)
            _completive_made_relative(sent)
            _apposition_infinitive_made_root(sent)
            _relative_made_root(sent)
            _first_clause_made_relative(sent)
            _relative_made_conjunct(sent)
            _relative_made_adverbial(sent)
            _relative_after_noun_made_adverbial(sent, times)
            _relative_made_the_completive(sent)
            _subject_inside_relative(sent)
            _subject_taken_by_participle(sent)
            _clause_made_subject(sent)
            _verb_hung_on_clause_subject(sent)
            _saying_made_clause_of_its_completive(sent)
            _condition_hung_on_saying(sent)
            _quoted_name_made_root(sent)
            _opening_phrase_made_root(sent)
            _second_subject_after_verb(sent)
            _noun_before_completive(sent, verb_forms, infinitive_of, morph)
            _verb_after_participle_root(sent, verb_forms, infinitive_of, morph)
            _verb_made_noun_modifier(sent, verb_forms, infinitive_of, morph)
            _noun_with_object_made_verb(sent, verb_forms, infinitive_of, morph)
            _verb_made_noun_of_a_year(sent, verb_forms, infinitive_of, morph)
            _modifier_before_completive(sent, verb_forms, infinitive_of, morph)
            _verb_made_adjective_before_infinitive(sent, verb_forms, infinitive_of, morph)
            _verb_inside_subject_participle(sent, verbs, regular, morph)
            _reflexive_verb_made_adjective(sent, verbs, regular, morph)
            _present_after_apposition(sent, verbs, regular, morph)
            _finite_verb_inside_subject(sent)
            _completive_verb_made_root(sent)
            _verb_hung_on_its_bare_object(sent)
            _date_made_subject(sent)
            _name_tail_made_subject(sent)
            _name_in_subject_made_subject(sent)
            _first_verb_inside_subject_participle(sent)
            _participle_made_clause_verb(sent)
            _participle_made_root(sent)
            _clause_made_relative_of_speaker_subject(sent)
            _infinitive_past_quote_mark(sent)
            _verb_made_clause_of_subject(sent)
            _verb_made_conjunct_of_subject(sent)
            _incise_made_root(sent)
            # (again, once the repairs above gave the sentence its verb: "Un message
            # publié sur le site de X, un groupe de pirates ..., revendique l'attaque et
            # affirme détenir ...", whose root the model made the last infinitive)
            _caseless_subject(sent)
        if days:
            _rehang_after_day(doc, days)
        if periods:
            _period_made_object(doc, periods, months)
        if partitive_verbs:
            _partitive_made_preposition(doc, partitive_verbs, infinitive_of)
        if charge_verbs:
            _charge_hung_in_object(doc, charge_verbs)
        if inserts:
            _insert_after_auxiliary(doc, inserts)
            _insert_after_verb(doc, inserts)
        if homographs:
            _noun_made_possessive(doc, homographs)
        _clause_hung_on_adverb(doc)
        _subject_hung_on_auxiliary(doc)
        _clitic_subject(doc)
        _mark_on_copula(doc)
        _condition_mark_made_case(doc)
        _year_made_object_modifier(doc)
        _partitive_subject_made_adverbial(doc)
        _relative_made_complement(doc)
        _relative_object_made_completive(doc)
        _setting_relative_made_root(doc, morph)
        _subject_in_opening_participle(doc)
        _verb_made_auxiliary(doc)
        _participle_made_object(doc)
        _rehang_opening_marks(doc)
        _setting_made_subject(doc)
        _vocative_subject(doc)
        _recipient_apposed_subject(doc)
        _rehang_quoted_adverb(doc)
        _quoted_attribute(doc)
        _quoted_predicate_made_apposition(doc)
        _participle_left_loose(doc)
        _clause_verb_made_argument(doc)
        _noun_made_punctuation(doc)
        _apposition_made_complement(doc)
        _noun_made_verb(doc)
        _quoted_noun_made_verb(doc)
        _participle_with_article(doc, counting)
        _active_subject_made_passive(doc)
        _name_left_before_its_apposition(doc)
        _adjective_made_head_of_its_noun(doc)
        _clause_verb_made_relative(doc)
        _rubric_clause_made_relative(doc)
        _saying_joined_to_object_participle(doc)
        _finite_verb_made_dependent_of_infinitive(doc)
        _object_made_modifier_of_setting(doc)
        _object_past_inserted_phrase(doc)
        if infinitive:
            _noun_made_infinitive(doc, infinitive)
        if futures:
            _future_made_participle(doc, futures)
        if conditionals:
            _conditional_made_noun(doc, conditionals)
            _conditional_made_adverb(doc, conditionals)
        if adverb_nouns:
            _adverb_made_noun(doc, adverb_nouns)
        if units[1]:
            _unit_adjective_made_verb(doc, *units)
        _fixed_preposition(doc)
        _participle_joined_to_object(doc)
        _inverted_subject_made_adverbial(doc)
        _determiner_made_modifier(doc)
        _condition_made_relative(doc)
        _hyphened_word_made_verb(doc)
        if agents:
            _rehang_agent(doc, agents)
            _agent_past_comma(doc)
        for tok in doc:
            # ("..., et que nous avons pu lire, demande aux parents", "Terravia conteste
            # cette version": a verb the model tagged as one but lemmatized as a noun)
            if tok.pos_ == "VERB" and tok.is_lower and tok.lemma_ not in verbs and \
                    (lemma := infinitive_of(tok.lower_)) in verbs:
                tok.lemma_ = lemma
        return doc

    return repair


_OPENING_MARKS = frozenset({"«", "“", "\"", "‹", "„"})
#: Relative pronouns that are a clause's subject ("qui rassemble 300 habitants").
_RELATIVE_SUBJECTS = frozenset({"qui", "who", "which", "that"})
#: French subject pronouns, which never determine a noun.
_SUBJECT_CLITICS = frozenset({"on", "il", "elle", "ils", "elles", "nous", "je"})


def _finite_participle(tok: Token, plural: tuple[str, ...],
                       presents: frozenset[str] = frozenset()) -> bool:
    """Whether a word the model tagged a participle is a present all the same: it has a
    subject pronoun before it and no auxiliary or copula ("elle ne conduit plus"), one
    set after it by a hyphen and no auxiliary ("« ... », écrit-il dans une lettre"),
    neither of which a participle takes, or a plural ending no participle has ("La
    mairie et l'office de tourisme financent le reste"); or it is a present spelt like
    its participle (``ambiguous_presents``), the sentence's verb with a subject before it
    and a direct object after it, which no passive participle takes ("Le document, daté
    du 12 février, décrit une pratique")."""
    kids = list(tok.children)
    auxiliary = any(c.dep_.startswith("aux") for c in kids)
    if tok.lower_ in presents and tok.dep_ == "ROOT" and not auxiliary and not any(
            c.dep_ == "cop" for c in kids) and any(
            c.dep_ == "nsubj" and c.i < tok.i for c in kids) and any(
            c.dep_ == "obj" and c.i > tok.i for c in kids) and not any(
            # (not when the sentence's verb, with its finite auxiliary and no mark of a
            # subordinate clause, was hung on it: "Les FDS, dirigées par X, dit « Tigre »,
            # ont démenti ...", where "dit" is the participle of a nickname)
            c.i > tok.i and c.dep_ in ("advcl", "conj", "parataxis", "ccomp") and any(
                a.dep_.startswith("aux") and a.morph.get("VerbForm") == ["Fin"]
                for a in c.children) and not any(a.dep_ == "mark" for a in c.children)
            for c in kids):
        return True
    before = any(c.dep_ == "nsubj" and c.lower_ in _SUBJECT_CLITICS and c.i < tok.i
                 for c in kids) and not auxiliary and not any(c.dep_ == "cop" for c in kids)
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    after = nxt is not None and nxt.text.startswith("-") and \
        nxt.lower_.lstrip("-") in _SUBJECT_CLITICS and not auxiliary
    return before or after or bool(plural and tok.text.endswith(plural))


def _rehang_after_day(doc: Doc, days: frozenset[str]) -> None:
    """A day right after a verb is when, not what: "L'Irak a accusé jeudi la Turquie de
    retenir ..." (the model made "jeudi" the verb's complement and hung the object and the
    rest on it); what follows the day is the verb's."""
    for tok in doc:
        verb = tok.head
        if tok.lower_ in days and verb.pos_ == "VERB" and verb.i < tok.i and \
                tok.dep_.startswith("obl") and not any(
                    c.dep_ in ("obj", "dobj") for c in verb.children):
            _object_hung_on_day(tok, verb)
        # (a day the model made the object, with nothing on it, is left as it is)
        if tok.lower_ not in days or tok.i != verb.i + 1 or verb.pos_ != "VERB" or not (
                tok.dep_ in ("xcomp", "ccomp")
                or any(c.dep_ == "obj" and c.i > tok.i for c in tok.children)):
            continue
        for c in list(tok.children):
            if c.i > tok.i:
                c.head = verb
        tok.dep_ = "obl:mod"
    for tok in doc:
        _object_after_day_made_adverbial(tok, days)


def _object_after_day_made_adverbial(noun: Token, days: frozenset[str]) -> None:
    """"a lancé samedi soir une pétition en ligne": after a day and its part, the model
    made the object an adverbial of the verb (no preposition before it) and hung the part
    of the day on it; with the verb left with no object, the noun after its article is the
    object, and the part of the day the day's."""
    doc, verb = noun.doc, noun.head
    det = next((c for c in noun.children if c.dep_ == "det" and c.pos_ == "DET"
                and c.i < noun.i), None)
    if det is None or noun.dep_ != "obl:mod" or noun.pos_ != "NOUN" or verb.pos_ != "VERB" \
            or verb.i > noun.i or any(c.dep_ == "obj" for c in verb.children) or any(
                c.dep_ == "case" for c in noun.children):
        return
    between = doc[verb.i + 1 : det.i]
    day = next((t for t in between if t.lower_ in days and t.head == verb), None)
    if day is None or any(not (t == day or t.pos_ == "ADV" or (
            t.head == noun and t.pos_ == "NOUN" and t.i == day.i + 1)) for t in between):
        return
    for t in between:
        if t.head == noun:
            t.head, t.dep_ = day, "nmod"
    noun.dep_ = "obj"


def _partitive_made_preposition(doc: Doc, verbs: frozenset[str],
                                infinitive_of: Callable[[str], str | None]) -> None:
    """"La direction conteste des chiffres", "a rejeté « catégoriquement » des accusations":
    the model took the plural indefinite article for "de" + "les", and the object for a
    complement with a preposition (or a conjunct of the verb); after a verb that takes no
    "de" complement (``partitive_object_verbs``) and has no object, it is the article and
    the object, and an adverb between them, quoted or not, is the verb's."""
    for tok in doc:
        noun, verb = tok.head, tok.head.head
        between = doc[verb.i + 1 : tok.i]
        if tok.lower_ not in ("des", "du") or tok.dep_ != "case" or noun.i <= tok.i or \
                noun.dep_ not in ("obl:arg", "obl:mod", "obl", "conj") or verb.i >= tok.i or \
                verb.pos_ != "VERB" or not ({verb.lemma_, infinitive_of(verb.lower_)} & verbs) \
                or any(c.dep_ == "obj" for c in verb.children) or any(
                    c.dep_ in ("case", "cc") and c != tok for c in noun.children) or any(
                    t.pos_ != "ADV" and t.text not in _OPENING_MARKS | _CLOSING_MARKS
                    for t in between):
            continue
        tok.pos_, tok.dep_ = "DET", "det"
        tok.set_morph("Definite=Ind|Number=Plur|PronType=Art" if tok.lower_ == "des"
                      else "Definite=Ind|Gender=Masc|Number=Sing|PronType=Art")
        noun.dep_ = "obj"
        for t in between:
            t.head = verb


def _object_hung_on_day(day: Token, verb: Token) -> None:
    """"rappelle depuis jeudi ses pains aux céréales": the model hung the object on the day
    before it (a noun with its determiner right after the day, no preposition of its own);
    the object is the verb's, and what the model hung on the day after it is the object's."""
    doc = day.doc
    # (or with a partitive article the model took for "de" + "les": "prévoit pour la nuit
    # de samedi à dimanche des orages")
    partitive = day.i + 1 < len(doc) and doc[day.i + 1].lower_ in ("des", "du") and \
        doc[day.i + 1].dep_ == "case"
    noun = next((c for c in day.children if c.dep_ == "nmod" and c.pos_ == "NOUN"
                 and c.i > day.i + 1 and doc[day.i + 1].head.i == c.i
                 and (doc[day.i + 1].pos_ == "DET" or partitive)
                 and (partitive or not any(k.dep_ == "case" for k in c.children))), None)
    if noun is None:
        return
    if partitive:
        doc[day.i + 1].pos_, doc[day.i + 1].dep_ = "DET", "det"
        doc[day.i + 1].set_morph("Definite=Ind|Number=Plur|PronType=Art")
    for c in list(day.children):
        if c.i > noun.i:
            c.head = noun
    noun.head, noun.dep_ = verb, "obj"


#: Forms of "avoir" a past participle takes as its auxiliary.
_AVOIR_FORMS = frozenset({"a", "ont", "avait", "avaient", "aura", "auront"})


def _insert_at(doc: Doc, i: int, inserts: tuple[tuple[str, ...], ...]) -> tuple[str, ...] | None:
    """The inserted phrase ("de son côté") whose words start at token ``i``, if any."""
    return next((w for w in inserts if [t.lower_ for t in doc[i : i + len(w)]] == list(w)), None)


def _set_off_at(doc: Doc, i: int) -> tuple[str, ...] | None:
    """The words of a short phrase with no verb set off by two commas from token ``i``
    on ("n'a, à ce stade, identifié"), commas included, if any."""
    if i >= len(doc) or doc[i].text != ",":
        return None
    end = next((t.i for t in doc[i + 1 : i + 9] if t.text == ","), None)
    if end is None or end == i + 1 or any(t.pos_ in ("VERB", "AUX") for t in doc[i + 1 : end]):
        return None
    return tuple(t.lower_ for t in doc[i : end + 1])


def _insert_after_auxiliary(doc: Doc, inserts: tuple[tuple[str, ...], ...]) -> None:
    """"L'ambassade a de son côté rejeté des accusations", "X, a de son côté assuré n'avoir
    jamais été informée", "L'agence n'a, à ce stade, identifié aucun cas": a phrase
    (of the lexicon's, or any short one set off by commas) set between the auxiliary and
    the participle, after which the model takes the auxiliary for the verb (or a mark)
    and the participle for a clause of the phrase's noun.  The participle heads the
    clause, with the auxiliary, the subject and what hung on the auxiliary; the phrase is
    a circumstance, and a root the model chose after the participle is what it governs."""
    for aux in doc:
        if aux.lower_ not in _AVOIR_FORMS:
            continue
        words = _insert_at(doc, aux.i + 1, inserts) or _set_off_at(doc, aux.i + 1)
        if words is None or aux.i + 1 + len(words) >= len(doc):
            continue
        part = doc[aux.i + 1 + len(words)]
        sent = aux.sent
        if part.pos_ == "VERB" and aux.head.i == part.i and aux.dep_.startswith("aux"):
            _object_after_insert(part)
        if part.pos_ != "VERB" or part.morph.get("VerbForm") != ["Part"] or part.i >= sent.end \
                or (aux.head.i == part.i and aux.dep_.startswith("aux")):
            continue
        phrase = range(aux.i + 1, part.i)
        old = sent.root
        # ("Le premier ministre a de son côté promis": the subject made the root)
        fronted = old.i < aux.i and old.pos_ in ("NOUN", "PROPN") and old.left_edge.i == sent.start
        if old.i < aux.i and not fronted:
            continue  # ("..., a de son côté promis X": an incise after what was said)
        subject = old if fronted else next(
            (t for t in sent if t.i < aux.i and t.dep_.startswith("nsubj")
             and not sent.start <= t.head.i < aux.i), None)
        for c in list(aux.children):
            if c.i not in phrase:
                c.head = part
        for t in doc[phrase.start : phrase.stop]:
            if t.head.i not in phrase:
                t.head, t.dep_ = part, "obl:mod" if t.pos_ == "NOUN" else t.dep_
        if old.i in phrase:  # ("a d'ores et déjà annoncé": a word of the phrase made the root)
            for c in list(old.children):
                if c.i not in phrase:
                    c.head = part
            old.head, old.dep_ = part, "advmod"
        elif old.i not in (part.i, aux.i) and not fronted:
            for c in list(old.children):
                if c.i < part.i and c.i not in phrase:
                    c.head = part
            old.head, old.dep_ = part, "xcomp"
        if subject is not None:
            subject.head, subject.dep_ = part, "nsubj"
        part.head, part.dep_ = part, "ROOT"
        aux.head, aux.dep_, aux.pos_ = part, "aux:tense", "AUX"


def _object_after_insert(part: Token) -> None:
    """"M. Pujol a de nouveau contesté toute irrégularité mardi": after the phrase, the
    model made the participle's object an adverbial; a noun right after the participle,
    with only its determiners between and no preposition, is its object."""
    if any(c.dep_ == "obj" for c in part.children):
        return
    noun = next((c for c in part.children if c.dep_ == "obl:mod" and c.pos_ == "NOUN"
                 and c.i > part.i and not any(k.dep_ == "case" for k in c.children)
                 and all(t.pos_ == "DET" for t in part.doc[part.i + 1 : c.i])), None)
    if noun is not None and noun.i > part.i + 1:
        noun.dep_ = "obj"


def _object_past_inserted_phrase(doc: Doc) -> None:
    """"disent n'avoir constaté, pour l'heure, aucune hausse des cas": past a phrase set
    off by two commas after a participle or an infinitive with no object, the model hung
    the determined noun with no preposition on the verb above; it is the object of the
    verb before the phrase."""
    for verb in doc:
        if verb.pos_ != "VERB" or verb.morph.get("VerbForm") not in (["Part"], ["Inf"]) or \
                verb.dep_ not in ("xcomp", "ccomp") or verb.i + 2 >= len(doc) or \
                doc[verb.i + 1].text != "," or any(
                    c.dep_ in ("obj", "dobj", "ccomp", "xcomp") for c in verb.children):
            continue
        close = next((t for t in doc[verb.i + 2 : min(verb.i + 8, len(doc))]
                      if t.text in (",", ".", ";", ":")), None)
        if close is None or close.text != "," or not all(
                t.head.i == verb.i or verb.i in {a.i for a in t.ancestors}
                for t in doc[verb.i + 1 : close.i]):
            continue
        # (or made it a conjunct of the verb above, with no conjunction: "aucune hausse")
        noun = next((c for c in verb.head.children if c.i > close.i and c.pos_ == "NOUN"
                     and (c.dep_.startswith("obl") or (c.dep_ == "conj" and not any(
                         k.dep_ == "cc" for k in c.children)))
                     and c.left_edge.i in (close.i, close.i + 1)
                     and any(k.dep_ == "det" for k in c.children)
                     and not any(k.dep_ == "case" for k in c.children)), None)
        if noun is not None:
            noun.head, noun.dep_ = verb, "obj"


def _insert_after_verb(doc: Doc, inserts: tuple[tuple[str, ...], ...]) -> None:
    """"La direction affirme de son côté qu'« aucune décision n'est arrêtée »", "Plusieurs
    ONG accusent pour leur part Rome d'entraver ...": a phrase set right after a finite
    verb, on whose noun the model hung what the verb governs (its clause, its object).
    That goes back to the verb; the phrase is a circumstance of it."""
    for verb in doc:
        if verb.pos_ != "VERB" or verb.morph.get("VerbForm") != ["Fin"]:
            continue
        words = _insert_at(doc, verb.i + 1, inserts)
        if words is None:
            continue
        phrase = range(verb.i + 1, verb.i + 1 + len(words))
        for t in doc[phrase.start : phrase.stop]:
            for c in list(t.children):
                if c.i < phrase.stop or c.is_punct:
                    continue
                if any(k.dep_ == "mark" and k.lower_ in ("que", "qu'", "qu") for k in c.children):
                    c.head, c.dep_ = verb, "ccomp"
                elif c.morph.get("VerbForm") == ["Inf"] and any(
                        k.dep_ == "mark" and k.lower_ in ("de", "d'") for k in c.children):
                    c.head, c.dep_ = verb, "xcomp"  # ("accusent ... Renault de préparer")
                elif (c.pos_ in ("NOUN", "PROPN") and not any(
                        k.dep_ == "case" for k in c.children)) or (
                        # ("réclament de leur côté davantage de moyens": a quantity)
                        c.pos_ == "ADV" and c.i == phrase.stop and any(
                            k.pos_ == "NOUN" and k.i > c.i for k in c.children)):
                    c.head, c.dep_ = verb, "obj"
            if t.head.i not in phrase and t.head.i != verb.i:
                t.head = verb


def _period_made_object(doc: Doc, periods: frozenset[str], months: frozenset[str]) -> None:
    """A part of a month right after a verb is when, not what: "a annoncé début mars que
    les accouchements seraient transférés" (the model made "début" and "mars" objects of
    the verb); the period is an adverbial, the month hangs on it."""
    for tok in doc:
        verb = tok.head
        if tok.lower_ not in periods or tok.i != verb.i + 1 or verb.pos_ != "VERB" or \
                tok.dep_ not in ("obj", "dobj") or tok.i + 1 >= len(doc) or \
                doc[tok.i + 1].lower_ not in months:
            continue
        tok.dep_ = "obl:mod"
        month = doc[tok.i + 1]
        if month.head.i == verb.i:
            month.head, month.dep_ = tok, "nmod"
        that = doc[month.i + 1] if month.i + 1 < len(doc) else None
        if that is not None and that.dep_ == "mark" and that.lower_ in ("que", "qu'", "qu’") \
                and that.head.head.i == verb.i and that.head.dep_ == "advcl":
            that.head.dep_ = "ccomp"  # (what follows the period is what was said)


def _year_made_object_modifier(doc: Doc) -> None:
    """"avait signalé en 2023 la présence de contractants": the model hung the year, with
    its "en", on the object after it and made that object an adverbial; the year is when
    (the verb's), the noun with its own article is what."""
    for tok in doc:
        noun = tok.head
        year = doc[tok.i + 1] if tok.i + 1 < len(doc) else tok
        verb = noun.head
        if tok.dep_ != "case" or tok.pos_ != "ADP" or year.head not in (noun, tok) or \
                year.dep_ not in ("nmod", "dep", "nummod") or year.pos_ != "NUM" or \
                noun.i <= year.i + 1 or \
                noun.dep_ not in ("obl:mod", "obl") or noun.pos_ != "NOUN" or \
                verb.pos_ != "VERB" or verb.i >= tok.i or \
                not any(c.dep_ == "det" and c.i == year.i + 1 for c in noun.children) or \
                any(c.dep_ == "case" and c != tok for c in noun.children) or \
                any(c.dep_ == "obj" for c in verb.children):
            continue
        tok.head = year
        year.head, year.dep_ = verb, "obl:mod"
        noun.dep_ = "obj"


def _partitive_subject_made_adverbial(doc: Doc) -> None:
    """"D'anciens salariés de Sorelec, réunis en association, se disent « soulagés »": the
    article "de" before an adjective, opening the sentence, taken for a preposition, and
    its noun for an adverbial of the verb, which is left with no subject; it is the
    subject."""
    for sent in doc.sents:
        art = sent[0]
        noun = art.head
        verb = noun.head
        if art.lower_ not in ("de", "d'", "d’") or art.dep_ not in ("case", "det") or \
                noun.pos_ != "NOUN" or noun.dep_ not in ("obl:mod", "obl", "obl:arg") or \
                noun.i != art.i + 2 or doc[art.i + 1].dep_ != "amod" or \
                noun.morph.get("Number") != ["Plur"] or verb.pos_ not in ("VERB", "AUX") or \
                verb.i < noun.i or verb.morph.get("VerbForm") != ["Fin"] or any(
                    c.dep_.startswith(("nsubj", "csubj")) for c in verb.children):
            continue
        art.pos_, art.dep_ = "DET", "det"
        noun.dep_ = "nsubj"


#: Conjunctions that open a clause and never a noun phrase (not "comme": "comme
#: président").
_CLAUSE_MARKS = frozenset({"si", "quand", "lorsque", "lorsqu'", "lorsqu’", "puisque",
                           "puisqu'", "puisqu’"})


def _condition_mark_made_case(doc: Doc) -> None:
    """"si la piste de la rue n'était pas retirée": the model hung "si" on the subject
    after it as a preposition; it opens the clause of that subject's verb.  So it does
    when the model hung it on the subject as a mark and made the subject an adverbial of
    the main verb, with the clause's own verb left after it with no subject."""
    for tok in doc:
        noun = tok.head
        # (so does a mark of time or cause: "quand personne ne s'y intéressait")
        if tok.lower_ in _CLAUSE_MARKS and tok.pos_ == "SCONJ" and tok.dep_ == "case" and \
                noun.dep_.startswith("nsubj") and noun.head.pos_ in ("VERB", "AUX", "ADJ"):
            tok.head, tok.dep_ = noun.head, "mark"
            continue
        verb = next((c for c in noun.head.children if c.dep_ in ("advcl", "conj")
                     and c.pos_ in ("VERB", "AUX") and c.i > noun.right_edge.i
                     and not any(k.dep_.startswith("nsubj") for k in c.children)), None) \
            if tok.lower_ == "si" and tok.dep_ == "mark" and noun.pos_ == "NOUN" and \
            noun.dep_.startswith("obl") else None
        if verb is not None and all(t.is_punct or t.pos_ in ("ADV", "AUX")
                                    for t in doc[noun.right_edge.i + 1 : verb.i]):
            # "si une rançon, dont le montant n'est pas précisé, n'est pas versée": the
            # model hung "si" on the subject, made that an adverbial of the main verb and
            # left the verb after the subject's relative clause with no subject.
            passive = any(k.dep_ == "aux:pass" for k in verb.children)
            noun.head, noun.dep_ = verb, "nsubj:pass" if passive else "nsubj"
            tok.head = verb
            if verb.dep_ == "conj":
                verb.dep_ = "advcl"
            continue
        if tok.lower_ == "si" and tok.dep_ == "case" and noun.pos_ == "NOUN" and \
                noun.dep_.startswith("obl") and noun.head.i < tok.i:
            _condition_subject_taken_from_object(tok, noun)


def _condition_subject_taken_from_object(mark: Token, noun: Token) -> None:
    """"évoquent une grève si le plan ... ne prévoit pas de primes": the model hung "si" on
    the condition's subject as a preposition, made that subject a modifier of the main
    verb's object and the object the subject of the condition's verb.  The condition's
    verb is an adverbial clause of the main verb, with its own subject and "si" its
    mark; the object goes back to the main verb."""
    doc = mark.doc
    verb = next((t for t in doc[noun.right_edge.i + 1 :] if not (
        t.is_punct or t.pos_ == "ADV")), None)
    if verb is None or verb.pos_ not in ("VERB", "AUX") or verb.head.pos_ != "VERB" or \
            verb.head.i > mark.i:
        return
    taken = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < mark.i
                  and c.pos_ == "NOUN" and c.head == verb), None)
    if taken is None or verb.head.i > taken.i:
        return
    taken.head, taken.dep_ = verb.head, "obj"
    noun.head, noun.dep_ = verb, "nsubj"
    mark.head, mark.dep_ = verb, "mark"
    verb.dep_ = "advcl"


def _mark_on_copula(doc: Doc) -> None:
    """"affirme qu'« aucune suppression n'est à l'ordre du jour »": the model hung the
    clause's "que" on the copula and made the predicate an open complement of the verb;
    the clause is the predicate's, which the verb governs as what is said."""
    for tok in doc:
        cop = tok.head
        if tok.dep_ != "mark" or tok.lower_ not in ("que", "qu", "qu'", "qu’") or \
                cop.dep_ != "cop" or cop.head.i < tok.i:
            continue
        pred = cop.head
        tok.head = pred
        if pred.dep_ == "xcomp" and pred.head.pos_ == "VERB" and pred.head.i < tok.i:
            pred.dep_ = "ccomp"


def _clause_hung_on_adverb(doc: Doc) -> None:
    """"L'armée avait d'abord nié toute implication": the model hung the subject and the
    auxiliary on the "d'" of the adverb between them and the verb, which was left with
    neither (and tagged a present).  They are the verb's; a participle after its
    auxiliary is one."""
    for adv in doc:
        verb = adv.head
        if adv.dep_ != "advmod" or adv.pos_ not in ("ADP", "ADV") or verb.pos_ != "VERB" \
                or verb.i <= adv.i:
            continue
        parts = [c for c in adv.children if c.i < adv.i
                 and c.dep_ in ("nsubj", "nsubj:pass", "aux:tense", "aux:pass")]
        if not any(c.dep_.startswith("aux") for c in parts):
            continue
        for part in parts:
            part.head = verb
        if verb.morph.get("VerbForm") == ["Fin"]:
            verb.set_morph("Tense=Past|VerbForm=Part")


def _subject_hung_on_auxiliary(doc: Doc) -> None:
    """"Le député X a, lui, nié que ...": the model hung the subject on the auxiliary the
    stressed pronoun set off; an auxiliary has no subject of its own, its verb does."""
    for tok in doc:
        aux = tok.head
        if tok.dep_.startswith("nsubj") and aux.dep_.startswith("aux") and \
                aux.head.pos_ in ("VERB", "AUX") and aux.head.i > aux.i and not any(
                    c.dep_.startswith("nsubj") for c in aux.head.children) and all(
                    # (only what sets a pronoun off between them: "a, lui, nié")
                    t.is_punct or t.pos_ in ("PRON", "ADV") for t in doc[aux.i + 1 : aux.head.i]):
            tok.head = aux.head


def _clitic_subject(doc: Doc) -> None:
    """A subject pronoun the model made the determiner of the verb right after it ("on
    juge « probable » un report") is its subject; so is one the model made the subject of
    the verb's object ("on dément toute implication")."""
    for tok in doc:
        if tok.dep_ == "det" and tok.pos_ == "PRON" and tok.lower_ in _SUBJECT_CLITICS and \
                tok.head.i == tok.i + 1 and tok.head.pos_ == "VERB":
            tok.dep_ = "nsubj"
        elif tok.dep_ == "nsubj" and tok.pos_ == "PRON" and tok.lower_ in _SUBJECT_CLITICS \
                and tok.i + 1 < len(doc) and (verb := doc[tok.i + 1]).pos_ == "VERB" and \
                verb.morph.get("VerbForm") == ["Fin"] and tok.head.head == verb and \
                tok.head.dep_ == "obj":
            # (a name set off before it, which the model made the verb's subject, is an
            # apposition of the noun before it: "Dans l'entourage du maire sortant,
            # Bernard Causse (LR), on dément")
            for other in [c for c in verb.children if c.dep_ == "nsubj" and c.i < tok.i]:
                if any(c.dep_ == "case" and c.i < other.i for c in other.children):
                    other.dep_ = "obl:mod"  # ("Dans l'entourage du maire": a setting)
                    continue
                noun = doc[other.left_edge.i - 2] if other.left_edge.i > 1 else other
                if doc[other.left_edge.i - 1].text != "," or \
                        noun.pos_ not in ("NOUN", "PROPN", "ADJ"):
                    break
                if noun.pos_ == "ADJ" and noun.head.pos_ == "NOUN":
                    noun = noun.head
                other.head, other.dep_ = noun, "appos"
            else:
                tok.head = verb


def _relative_made_complement(doc: Doc) -> None:
    """A relative clause the model made a verb's complement, adverbial clause or conjunct
    ("a recensé 312 cas depuis le début de l'année, dont 41 ont nécessité une
    hospitalisation": "nécessité" hung on "recensé" as what was counted) is a clause of the
    object it follows; what the model hung on it before the relative word is the verb's
    again."""
    for clause in doc:
        verb = clause.head
        joined = clause.dep_ == "conj" and not any(c.dep_ == "cc" for c in clause.children)
        if (clause.dep_ not in ("ccomp", "advcl") and not joined) or verb.pos_ != "VERB" or \
                clause.pos_ not in ("VERB", "AUX"):
            continue
        rel = next((t for t in clause.subtree if t.i < clause.i and t.pos_ == "PRON"
                    and t.morph.get("PronType") == ["Rel"]), None)
        if rel is None or doc[rel.i - 1].text != ",":
            continue
        obj = next((c for c in verb.children if c.dep_ == "obj" and c.pos_ in ("NOUN", "PROPN")
                    and verb.i < c.i < rel.i), None)
        if joined:
            # (or a clause the model joined to the verb: "se heurter à l'opposition des
            # inspecteurs, dont les représentants dénoncent ...", of the noun before it)
            noun = doc[rel.i - 2] if rel.i > 1 else rel
            obj = noun if noun.pos_ in ("NOUN", "PROPN") and verb in noun.ancestors and \
                rel == next(t for t in clause.subtree if not t.is_punct) else None
        if obj is None:
            continue
        for c in list(clause.children):
            if c.i < rel.i and rel.i not in {t.i for t in c.subtree}:
                c.head = verb
        clause.head = obj
        clause.dep_ = "acl:relcl"


def _relative_object_made_completive(doc: Doc) -> None:
    """"Une version que conteste fermement l'organisateur.": a verbless sentence whose
    noun takes a relative clause with its subject inverted, which the model read as the
    noun the subject of a completive ("que" its mark) and the inverted subject the
    object.  A subject before "que" never opens a completive: the noun is the root,
    "que" the relative object, the word after the verb its subject."""
    for sent in doc.sents:
        verb = sent.root
        if verb.pos_ != "VERB" or verb.morph.get("VerbForm") not in (["Fin"], ["Part"]):
            continue
        mark = next((c for c in verb.children if c.dep_ == "mark" and c.i < verb.i
                     and c.lower_.replace("’", "'") in ("que", "qu'")), None)
        noun = next((c for c in verb.children if c.dep_ == "nsubj" and mark is not None
                     and c.i < mark.i and c.pos_ in ("NOUN", "PROPN")), None)
        subject = next((c for c in verb.children if c.dep_ == "obj" and c.i > verb.i
                        and c.pos_ in ("NOUN", "PROPN")), None)
        if noun is None or subject is None or noun.left_edge.i != sent.start or any(
                t.pos_ not in ("AUX", "ADV") for t in doc[mark.i + 1 : verb.i]) or any(
                c.dep_ in ("nsubj", "nsubj:pass", "expl:subj") and c != noun
                for c in verb.children) or any(
                t.pos_ in ("VERB", "AUX") for t in doc[noun.i + 1 : mark.i]):
            continue
        for c in list(verb.children):
            if (c.i < mark.i and c != noun) or (c.is_punct and c.i == sent.end - 1):
                c.head = noun
        noun.head, noun.dep_ = noun, "ROOT"
        verb.head, verb.dep_ = noun, "acl:relcl"
        mark.head, mark.dep_, mark.pos_, mark.tag_ = verb, "obj", "PRON", "PRON"
        mark.set_morph("PronType=Rel")
        subject.dep_ = "nsubj"


def _setting_relative_made_root(doc: Doc, morph: Callable[[str], str]) -> None:
    """"Dans ce courrier, que Le Télégramme a pu consulter, la ville invoque « des
    travaux ... »": the model read the relative clause of the opening setting's noun as
    a completive ("que" its mark) and made its verb the root, the sentence's own verb
    after the second comma a clause of its subject.  The verb after the subject is the
    root, the setting its adverbial, the relative clause the setting noun's."""
    for sent in doc.sents:
        verb = sent.root
        mark = next((c for c in verb.children if c.dep_ == "mark" and c.i < verb.i
                     and c.lower_.replace("’", "'") in ("que", "qu'")
                     and doc[c.i - 1].text == ","), None)
        setting = next((c for c in verb.children if mark is not None and c.i < mark.i
                        and c.dep_ in ("obl:mod", "obl", "nmod") and c.pos_ == "NOUN"
                        and c.left_edge.i == sent.start and mark.i - 2 <= c.right_edge.i < mark.i
                        and any(k.dep_ == "case" for k in c.children)), None)
        if setting is None or verb.pos_ != "VERB":
            continue
        comma = next((t for t in sent if t.i > verb.i and t.text == ","), None)
        if comma is None or comma.i + 3 >= sent.end:
            continue
        # (the subject after the comma, article first, and the verb right after it)
        subject, main = doc[comma.i + 2], doc[comma.i + 3]
        if doc[comma.i + 1].pos_ != "DET" or subject.pos_ not in ("NOUN", "PROPN") or \
                main.pos_ != "VERB" or not main.is_lower or main.lower_ == main.lemma_ or \
                main.dep_ not in ("acl", "acl:relcl", "conj", "advcl") or any(
                    t.pos_ in ("VERB", "AUX") for t in doc[verb.i + 1 : comma.i]
                    if t.head.i != verb.i and t.head.head.i != verb.i):
            continue
        after = [t for t in sent if t.i > main.i and not (main.i < t.head.i < sent.end)
                 and t.head != t]
        main.head, main.dep_ = main, "ROOT"
        main.set_morph(morph(main.text))
        for t in after:
            t.head = main
            if t.pos_ == "NOUN" and t.dep_ == "conj":
                t.dep_ = "obj"
        subject.head, subject.dep_ = main, "nsubj"
        doc[comma.i + 1].head = subject
        comma.head = main
        setting.head, setting.dep_ = main, "obl:mod"
        verb.head, verb.dep_ = setting, "acl:relcl"
        mark.head, mark.dep_, mark.pos_, mark.tag_ = verb, "obj", "PRON", "PRON"
        mark.set_morph("PronType=Rel")


def _subject_in_opening_participle(doc: Doc) -> None:
    """The subject set off after an opening participle phrase ("Interrogé mercredi sur une
    radio publique, le ministre de l'Éducation, Thomas Véran, a assuré que ..."; "Contactée
    par Le Quotidien, Kestrel Shield a rejeté ..."), which the model hung inside that
    phrase as an apposition of its last noun, is the subject of the verb that has none."""
    for sent in doc.sents:
        root = sent.root
        if root.pos_ != "VERB" or any(c.dep_.startswith(("nsubj", "csubj", "expl:subj"))
                                      for c in root.children):
            continue
        opening = next((c for c in root.children if c.dep_ == "advcl" and c.i < root.i
                        and c.left_edge.i == sent.start
                        and c.morph.get("VerbForm") == ["Part"]), None)
        if opening is None:
            continue
        # (or its adverbial: "Interrogé, le Service départemental ... (SDIS) assure que";
        # a noun with no preposition; or its object, past the comma that closes it:
        # "Interrogé sur franceinfo, le ministre délégué ..., a jugé")
        subject = next((t for t in opening.subtree if t.dep_ in ("appos", "obl", "obl:mod",
                                                                "obj")
                        and not any(k.dep_ == "case" for k in t.children)
                        and t.pos_ in ("NOUN", "PROPN") and t.i > opening.i
                        and doc[t.left_edge.i - 1].text == ","
                        and (t.pos_ == "PROPN" or any(k.dep_ == "det" for k in t.children))
                        and t.right_edge.i < root.i
                        and all(k.is_punct or k.dep_.startswith("aux")
                                for k in doc[t.right_edge.i + 1 : root.i])), None)
        if subject is not None:
            subject.head = root
            subject.dep_ = "nsubj"


def _verb_made_auxiliary(doc: Doc) -> None:
    """Only "avoir" and "être" are auxiliaries of the perfect: a finite verb the model made
    one ("Des parents ... se disent partagés", "disent" as the auxiliary of the adjective)
    is the clause's verb, the word after it its complement, and the subject and the
    reflexive pronoun are the verb's."""
    for tok in doc:
        head = tok.head
        if tok.dep_ != "aux:tense" or tok.pos_ != "VERB" or tok.lemma_ in ("avoir", "être") \
                or tok.morph.get("VerbForm") != ["Fin"] or head.i < tok.i:
            continue
        tok.head = tok if head.dep_ == "ROOT" else head.head
        tok.dep_ = head.dep_
        for c in list(head.children):
            if c.i < tok.i or (c.is_punct and c.i == tok.sent.end - 1):
                c.head = tok
        head.head = tok
        head.dep_ = "xcomp"


def _participle_made_object(doc: Doc) -> None:
    """"Les cloches n'avaient plus sonné depuis 2020": the model made "avaient" the verb
    and the participle after it (past a negation's adverb) an adjective, its object; the
    participle is the verb, "avoir" its auxiliary, and what hung on "avoir" the verb's."""
    for tok in doc:
        aux = tok.head
        if tok.dep_ != "obj" or tok.pos_ != "ADJ" or aux.lemma_ != "avoir" or \
                aux.pos_ != "VERB" or aux.morph.get("VerbForm") != ["Fin"] or \
                not 0 < tok.i - aux.i <= 3 or not tok.lower_.endswith(("é", "i", "u")) or \
                any(t.pos_ != "ADV" for t in doc[aux.i + 1 : tok.i]) or any(
                    c.dep_ in ("obj", "det") for c in tok.children):
            continue
        tok.pos_ = tok.tag_ = "VERB"
        tok.set_morph("Tense=Past|VerbForm=Part")
        tok.head = tok if aux.dep_ == "ROOT" else aux.head
        tok.dep_ = aux.dep_
        for c in list(aux.children):
            if c != tok:
                c.head = tok
        aux.head, aux.dep_, aux.pos_ = tok, "aux:tense", "AUX"


def _rehang_opening_marks(doc: Doc) -> None:
    """An opening quote mark between a subject and its verb belongs to the quoted words
    that start at the verb ("Le laboratoire « conteste fermement » ..."); the model
    hangs it on the subject, which then reads as if it were quoted."""
    for tok in doc:
        if tok.text not in _OPENING_MARKS or tok.i + 1 >= len(doc):
            continue
        subject, verb = tok.head, doc[tok.i + 1]
        if subject.dep_ == "nsubj" and subject.head.i == verb.i and tok.i == max(
                t.i for t in subject.subtree):
            tok.head = verb


def _setting_made_subject(doc: Doc) -> None:
    """"Dans un tract distribué samedi sur le marché, la CGT-FAPT de l'Orne dénonce ...":
    a subject never has a preposition; the noun the model made one with its "Dans" is the
    setting, and the noun set off after it, which the model made its apposition, is the
    subject (with what the model hung after it).  So is it when the model left the verb
    with no subject at all ("Dans un communiqué publié dimanche, le bailleur social Rhône
    Sud Habitat a démenti ...")."""
    for tok in doc:
        subjectless = tok.dep_.startswith("obl") and tok.head.pos_ in ("VERB", "AUX") and \
            tok.i < tok.head.i and not any(c.dep_.startswith("nsubj") for c in tok.head.children)
        if (tok.dep_ != "nsubj" and not subjectless) or tok.pos_ != "NOUN" or not any(
                c.dep_ == "case" and c.pos_ == "ADP" and c.i < tok.i for c in tok.children):
            continue
        apposed = next((c for c in tok.children if c.dep_ == "appos" and c.i > tok.i
                        and not c.is_punct
                        and doc[min((t.i for t in c.subtree if not t.is_punct), default=c.i) - 1
                                ].text == ","
                        and not any(k.dep_ == "case" for k in c.children)), None)
        if apposed is None:
            continue
        verb = tok.head
        for c in [c for c in tok.children if c.i > apposed.i]:
            c.head = apposed
        for c in [c for c in apposed.children if c.is_punct and c.i < apposed.i]:
            c.head = tok  # (the comma that sets it off closes the setting)
        apposed.head, apposed.dep_ = verb, "nsubj"
        tok.dep_ = "obl:mod"


def _vocative_subject(doc: Doc) -> None:
    """News copy addresses no one: a name the model called a vocative before a verb with
    no subject ("Yannick Le Goff, 67 ans, maire de ..., a annoncé") is its subject."""
    for tok in doc:
        verb = tok.head
        if tok.dep_ == "vocative" and tok.i < verb.i and verb.pos_ in ("VERB", "AUX") and \
                not any(c.dep_.startswith("nsubj") for c in verb.children):
            tok.dep_ = "nsubj"


def _recipient_apposed_subject(doc: Doc) -> None:
    """A name right after the one told, past a verb with no subject, is who tells ("a
    raconté à l'AFP Giulia Ferrante, 64 ans": the model hung the name on "l'AFP" as an
    apposition); it is the verb's inverted subject, with what the model hung after it."""
    for tok in doc:
        told = tok.head
        verb = told.head
        if tok.dep_ != "appos" or tok.pos_ != "PROPN" or told.pos_ not in ("PROPN", "NOUN") or \
                told.dep_ not in ("obl:arg", "obl", "iobj", "obj") or verb.pos_ != "VERB" or \
                not verb.i < told.i < tok.i or tok.i != told.i + 1 or not any(
                    c.dep_ == "case" and c.lower_ in ("à", "au", "aux") for c in told.children) \
                or any(c.dep_.startswith("nsubj") for c in verb.children):
            continue
        for c in list(told.children):
            if c.i > tok.i:
                c.head = tok
        tok.head = verb
        tok.dep_ = "nsubj"


def _rehang_agent(doc: Doc, marks: frozenset[str]) -> None:
    """The agent of a passive verb that the model hung on the adverbial before it
    ("a été revendiquée dans la soirée par le JNIM": "par le JNIM" on "soirée") is the
    verb's: it says who acted, or who spoke ("revendiquée", "confirmée")."""
    for tok in doc:
        noun, verb = tok.head, tok.head.head
        if tok.dep_ != "nmod" or noun.dep_ not in ("obl", "obl:mod") or not any(
                c.dep_ == "case" and c.lower_ in marks for c in tok.children) or not any(
                c.dep_ == "aux:pass" for c in verb.children) or any(
                c.dep_ in ("obl:agent", "agent") for c in verb.children):
            continue
        tok.head = verb
        tok.dep_ = "obl:agent"


def _agent_past_comma(doc: Doc) -> None:
    """"Une purge de la paroi est prévue à partir de lundi, avant le déblaiement de la
    chaussée par des engins de chantier": an agent the model gave the passive verb across
    a comma and a set-off action noun with its own complement is that noun's (who does
    the clearing, not who planned the purge)."""
    for tok in doc:
        verb = tok.head
        if tok.dep_ != "obl:agent" or verb.i >= tok.i or not any(
                t.text == "," for t in doc[verb.i + 1 : tok.i]):
            continue
        comma = max(t.i for t in doc[verb.i + 1 : tok.i] if t.text == ",")
        noun = next((c for c in reversed(list(verb.children)) if comma < c.i < tok.i
                     and c.pos_ == "NOUN" and c.dep_ in ("obl", "obl:mod") and any(
                         k.dep_ == "nmod" and k.i < tok.i for k in c.children)), None)
        if noun is not None:
            tok.head, tok.dep_ = noun, "nmod"


# ("“" closes a German „quote“.)
_CLOSING_MARKS = frozenset({"»", "”", "\"", "›", "“"})


def _inverted_subject_made_adverbial(doc: Doc) -> None:
    """"..., préviennent des représentants du personnel.": the model took the plural
    article of an inverted subject for a preposition and the subject for an adverbial of
    the verb of saying set after a comma, which has no subject."""
    for verb in doc:
        if verb.pos_ != "VERB" or verb.morph.get("VerbForm") != ["Fin"] or verb.i < 1 or \
                doc[verb.i - 1].text != "," or any(
                    c.dep_.startswith("nsubj") for c in verb.children):
            continue
        noun = next((c for c in verb.children if c.dep_.startswith("obl") and c.pos_ == "NOUN"
                     and c.i == verb.i + 2 and doc[verb.i + 1].lower_ == "des"
                     and doc[verb.i + 1].head.i == c.i), None)
        if noun is not None:
            noun.dep_ = "nsubj"
            doc[verb.i + 1].dep_, doc[verb.i + 1].pos_ = "det", "DET"


def _participle_joined_to_object(doc: Doc) -> None:
    """"le club a présenté ses excuses aux supporters et promis « un projet »": the model
    joined the second participle, which shares the auxiliary, to the first one's object,
    and the second's object to it too; the participle is joined to the first verb, and
    takes the object after it."""
    for tok in doc:
        obj = tok.head
        verb = obj.head
        if tok.pos_ != "VERB" or tok.dep_ != "conj" or tok.morph.get("VerbForm") != ["Part"] \
                or obj.dep_ not in ("obj", "dobj") or obj.pos_ != "NOUN" or \
                verb.pos_ != "VERB" or not any(c.dep_.startswith("aux") for c in verb.children) \
                or any(c.dep_.startswith("aux") for c in tok.children):
            continue
        tok.head = verb
        for c in list(obj.children):
            if c.dep_ == "conj" and c.i > tok.i and c.pos_ in ("NOUN", "PROPN"):
                c.head, c.dep_ = tok, "obj"


def _noun_made_possessive(doc: Doc, homographs: frozenset[str]) -> None:
    """"déplorent un son trop faible": a noun spelt like a possessive determiner
    (``[nlp] possessive_homographs``) right after an article is the noun, which the model
    read as a second determiner, leaving the article the verb's object; the noun takes the
    article's place in the tree and its modifiers."""
    for tok in doc:
        art = doc[tok.i - 1] if tok.i > 0 else None
        if art is None or tok.pos_ != "DET" or tok.lower_ not in homographs or \
                art.pos_ != "DET" or art.morph.get("PronType") != ["Art"] or art.head == tok:
            continue  # (an article the model already gave the noun: nothing to mend)
        tok.head, tok.dep_ = (tok, "ROOT") if art.head == art else (art.head, art.dep_)
        for t in doc:
            if t.head == art and t != art:
                t.head = tok
        art.head, art.dep_ = tok, "det"
        tok.pos_, tok.tag_, tok.lemma_ = "NOUN", "NOUN", tok.lower_
        tok.set_morph("Number=Plur" if tok.lower_.endswith("s") else "Number=Sing")


def _hyphened_word_made_verb(doc: Doc) -> None:
    """"au lieu-dit Kerbellec": the tokenizer split the compound noun at its hyphen and
    the model tagged its last word a verb ("dit"), which a reader of verbs of saying would
    take for one.  A verb glued by a hyphen to a noun or a preposition before it is the
    compound's word."""
    for tok in doc:
        if tok.pos_ in ("VERB", "AUX") and tok.i >= 2 and doc[tok.i - 1].text in ("-", "‑") \
                and not doc[tok.i - 1].whitespace_ and not doc[tok.i - 2].whitespace_ and \
                doc[tok.i - 2].pos_ in ("NOUN", "PROPN", "ADP"):
            tok.pos_, tok.tag_ = "NOUN", "NOUN"
            tok.set_morph("")


def _condition_made_relative(doc: Doc) -> None:
    """"bénéficierait d'un procès équitable si la France le remettait à ses autorités": a
    clause opened by "si" is a condition, never a relative clause of the noun before it;
    it hangs on the verb that noun depends on."""
    for clause in doc:
        if clause.dep_ != "acl:relcl" or clause.pos_ not in ("VERB", "AUX") or not any(
                c.dep_ == "mark" and c.lower_ in ("si", "s'", "s’") and c.i == clause.left_edge.i
                for c in clause.children):
            continue
        verb = next((a for a in clause.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is not None:
            clause.head, clause.dep_ = verb, "advcl"


def _determiner_made_modifier(doc: Doc) -> None:
    """"qu'« aucun manquement » n'avait été relevé": with "qu'" cut from its apostrophe
    before a quote mark, the model made the determiner an adjective's modifier of its
    noun; a determiner before its noun determines it (and "aucun" then negates).  So does
    one the model made its noun's object ("Nous n'avons aucune victime à déplorer")."""
    for tok in doc:
        if tok.pos_ == "DET" and tok.dep_ in ("amod", "obj") and tok.head.pos_ == "NOUN" and \
                tok.head.i > tok.i:
            tok.dep_ = "det"


def _future_made_participle(doc: Doc, endings: tuple[str, ...]) -> None:
    """"L'usine suspendra sa production dès vendredi, a prévenu X": the model tagged the
    future a participle (and hung it on its subject), so no reader found a clause before
    the incise.  A word tagged a participle that is its own infinitive (an "-re" one
    without its "e") and a future ending is that future, finite."""
    for tok in doc:
        if tok.pos_ != "VERB" or tok.morph.get("VerbForm") != ["Part"] or not tok.is_lower:
            continue
        lemma, word = tok.lemma_.lower(), tok.lower_
        stems = (lemma, lemma[:-1]) if lemma.endswith("re") else (lemma,)
        ending = next((e for e in endings if word.endswith(e) and word[: -len(e)] in stems),
                      None)
        if ending is None or not stems[-1].endswith("r"):
            continue
        number = "Plur" if ending in ("ont", "ons", "ez") else "Sing"
        person = {"ons": 1, "ai": 1, "ez": 2, "as": 2}.get(ending, 3)
        tok.set_morph(f"Mood=Ind|Number={number}|Person={person}|Tense=Fut|VerbForm=Fin")


def _conditional_made_noun(doc: Doc, endings: tuple[str, ...]) -> None:
    """"Si les faits étaient établis, les personnes mises en cause encourraient jusqu'à deux
    ans": the model tagged a rare conditional a noun, with its subject; a bare word with a
    conditional's ending and a subject before it is that verb, finite."""
    for tok in doc:
        if tok.pos_ != "NOUN" or not tok.is_lower or any(
                c.dep_ in ("det", "case") for c in tok.children) or not any(
                c.dep_ == "nsubj" and c.i < tok.i for c in tok.children):
            continue
        if tok.lower_.endswith(endings):
            _make_conditional(tok, endings)


def _make_conditional(tok: Token, endings: tuple[str, ...]) -> None:
    """Make a word spelt with a conditional's ending (one of ``endings``) that finite verb,
    its number read off the ending."""
    ending = next(e for e in endings if tok.lower_.endswith(e))
    number = "Plur" if ending.endswith("ent") else "Sing"
    tok.pos_ = tok.tag_ = "VERB"
    tok.set_morph(f"Mood=Cnd|Number={number}|Person=3|Tense=Pres|VerbForm=Fin")


def _conditional_made_adverb(doc: Doc, endings: tuple[str, ...]) -> None:
    """"a indiqué que des géologues sonderaient le sous-sol dès mercredi": the model tagged
    a rare conditional after "que" and its subject an adverb of the verb of saying (its
    lemma a verb's), and hung the subject on "que".  The word is the completive's finite
    verb: "que" its mark, the noun its subject, the words it took its objects."""
    for tok in doc:
        if tok.pos_ != "ADV" or not tok.is_lower or not tok.lower_.endswith(endings) or \
                not tok.lemma_.endswith(("er", "ir", "re")) or tok.i < 2:
            continue
        que = next((t for t in reversed(doc[max(tok.sent.start, tok.i - 20) : tok.i])
                    if t.lower_ in ("que", "qu'", "qu’")), None)
        # (the subject hung on "que", or made the verb of saying's object with "que" on it)
        subject = next((t for t in doc[que.i + 1 : tok.i] if t.pos_ in ("NOUN", "PROPN", "PRON")
                        and (t.head == que or (t.head == tok.head and que.head == t))),
                       None) if que else None
        if que is None or subject is None or tok.head.pos_ != "VERB" or any(
                t.pos_ in ("VERB", "AUX") for t in doc[que.i + 1 : tok.i]):
            continue
        _make_conditional(tok, endings)
        tok.dep_ = "ccomp"
        que.head, que.pos_, que.dep_ = tok, "SCONJ", "mark"
        subject.head, subject.dep_ = tok, "nsubj"
        for c in tok.children:
            if c.dep_ == "dep" and c.pos_ in ("NOUN", "PROPN"):
                c.dep_ = "obj"


def _unit_adjective_made_verb(doc: Doc, nouns: frozenset[str],
                              adjectives: frozenset[str]) -> None:
    """"est estimé à 15 000 mètres cubes par les services de l'État": the model tagged
    "cubes" a verb and made it the phrase's head (and "mètres" a fixed word of the
    figure), so readers lost the figure and what follows it; the unit's noun heads the
    phrase, its adjective qualifies it."""
    for tok in doc:
        if tok.i == 0 or tok.lower_ not in adjectives or tok.pos_ == "ADJ" or \
                doc[tok.i - 1].lower_ not in nouns:
            continue
        noun = doc[tok.i - 1]
        if tok.head != noun:  # (the adjective heads the phrase: the noun takes its place)
            kids = [c for c in tok.children if c != noun]
            if tok.head == tok:
                noun.head, noun.dep_ = noun, tok.dep_
            else:
                noun.head, noun.dep_ = tok.head, tok.dep_
            for c in kids:
                c.head = noun
        noun.pos_ = noun.tag_ = "NOUN"
        tok.head, tok.dep_, tok.pos_, tok.tag_ = noun, "amod", "ADJ", "ADJ"
        tok.lemma_ = tok.lower_
        tok.set_morph(None)


def _adverb_made_noun(doc: Doc, endings: tuple[str, ...]) -> None:
    """"Le gérant a démenti tout manquement": the model tags a noun ending like an adverb
    as one, and its "tout" as an adverb, though the parse makes it the verb's object; no
    reader takes an adverb for what is denied.  A word so ending that the parse makes a
    subject or an object, right after a determiner or "tout", is a noun (and "tout" its
    determiner)."""
    for tok in doc:
        if tok.pos_ != "ADV" or tok.dep_ not in ("obj", "nsubj", "nsubj:pass") or \
                not tok.is_lower or not tok.lower_.endswith(endings) or tok.i == 0 or (
                    tok.dep_ != "obj" and tok.i > tok.head.i):
            # (a subject after its verb is the parser's mistake, not a noun to read:
            # "a dénoncé jeudi « l'emballement médiatique »")
            continue
        before = doc[tok.i - 1]
        if before.pos_ != "DET" and not (before.pos_ == "ADV" and before.head == tok):
            continue
        tok.pos_, tok.tag_, tok.lemma_ = "NOUN", "NOUN", tok.lower_
        if before.pos_ == "ADV":
            before.pos_, before.tag_, before.dep_ = "DET", "DET", "det"


def _quoted_predicate_made_apposition(doc: Doc) -> None:
    """"la structure « se serait effondrée d'ici dix ans », estime X": the model made the
    quoted verb, with its finite auxiliary, an apposition of the noun before the quote
    mark and gave the noun to the verb of saying; the noun is the quoted verb's subject,
    and that verb heads what is said."""
    for verb in doc:
        noun = verb.head
        if verb.dep_ != "appos" or verb.pos_ != "VERB" or noun.pos_ not in ("NOUN", "PROPN") \
                or noun.i > verb.i or noun.dep_ not in ("nsubj", "obj") or not any(
                    t.text in ("«", "“") for t in doc[noun.i + 1 : verb.i]) or not any(
                    k.dep_.startswith("aux") and k.morph.get("VerbForm") == ["Fin"]
                    for k in verb.children) or any(
                    k.dep_.startswith("nsubj") for k in verb.children):
            continue
        verb.head, verb.dep_ = noun.head, "ccomp" if noun.dep_ == "nsubj" else noun.dep_
        noun.head, noun.dep_ = verb, "nsubj"


def _participle_left_loose(doc: Doc) -> None:
    """"estime à quelque 4 000 le nombre de spectateurs venus assister aux ...": the model
    gave the participle (an unlabelled ``dep``) the noun before it as a subject; a past
    participle with no auxiliary qualifies that noun, which is the verb's object."""
    for verb in doc:
        if verb.dep_ != "dep" or verb.pos_ != "VERB" or verb.morph.get("VerbForm") != ["Part"] \
                or any(k.dep_.startswith(("aux", "cop")) for k in verb.children):
            continue
        noun = next((k for k in verb.children if k.dep_ == "nsubj" and k.i < verb.i
                     and k.pos_ == "NOUN"), None)
        if noun is None or verb.head.pos_ != "VERB":
            continue
        noun.head, noun.dep_ = verb.head, "obj"
        verb.head, verb.dep_ = noun, "acl"


def _clause_verb_made_argument(doc: Doc) -> None:
    """"a indiqué qu'une nouvelle tentative de renflouement aurait lieu samedi": the model
    made the clause's subject the verb of saying's complement (its "qu'" an adverb) and the
    clause's finite verb an argument of the verb of saying; that verb heads the clause,
    the noun is its subject and the "qu'" its mark."""
    for verb in doc:
        if verb.pos_ not in ("AUX", "VERB") or verb.morph.get("VerbForm") != ["Fin"] or \
                verb.dep_ not in ("obl:arg", "obj", "obl:mod") or verb.head.pos_ != "VERB":
            continue
        noun = next((c for c in verb.head.children if c.dep_ == "ccomp" and c.i < verb.i
                     and c.pos_ in ("NOUN", "PROPN") and c.right_edge.i == verb.i - 1), None)
        mark = next((c for c in noun.children if c.i < noun.i and c.lower_ in ("qu'", "qu’",
                                                                                 "que")), None) \
            if noun is not None else None
        if noun is None or mark is None:
            continue
        _verb_heads_clause(noun, verb, mark)


def _fixed_preposition(doc: Doc) -> None:
    """"à partir de lundi": the words of a fixed preposition are no verb of the sentence
    (the model tags "partir" a verb, which readers of clauses would take for one)."""
    for tok in doc:
        if tok.dep_ == "fixed" and tok.head.pos_ == "ADP" and tok.pos_ == "VERB":
            tok.pos_ = "ADP"


def _noun_made_verb(doc: Doc) -> None:
    """"dénonçaient ... un « manque total de respect »": a word with an article of its
    own, which the model tagged a verb complement of the verb before it, is that verb's
    object (a noun: "manque", not "manquer"); so is a present participle right after its
    determiner ("à notre correspondant"), and a finite form after a preposition and its
    article ("Sous une tente")."""
    for tok in doc:
        if tok.pos_ == "VERB" and tok.morph.get("VerbForm") == ["Fin"] and tok.i > 1 and any(
                c.dep_ == "case" and c.i == tok.i - 2 for c in tok.children) and any(
                c.dep_ == "det" and c.i == tok.i - 1 and c.morph.get("PronType") == ["Art"]
                for c in tok.children):
            # ("« Sous une tente en plein mois de février, on va perdre ... »": a word
            # after a preposition and its article is a noun, "tente", not "tenter")
            tok.pos_, tok.tag_, tok.lemma_ = "NOUN", "NOUN", tok.lower_
            tok.set_morph("")
            continue
        if tok.pos_ == "VERB" and tok.morph.get("VerbForm") == ["Part"] and \
                tok.morph.get("Tense") == ["Pres"] and tok.i > 0:
            case = any(c.dep_ == "case" and c.i < tok.i for c in tok.children)
            if any(c.i == tok.i - 1 and c.pos_ == "DET" and (
                    c.morph.get("PronType") == ["Art"] or case) for c in tok.children):
                # ("a déclaré à notre correspondant X": a present participle has no
                # article; "correspondant" is a noun; but "une clause leur permettant de
                # partir": the pronoun the model took for a determiner)
                tok.pos_, tok.tag_, tok.lemma_ = "NOUN", "NOUN", tok.lower_
                tok.set_morph("")
                tok.dep_ = "obl:arg" if case else tok.dep_
                continue
        if tok.pos_ != "VERB" or tok.dep_ != "xcomp" or tok.head.i >= tok.i or \
                tok.morph.get("VerbForm") == ["Part"]:
            continue
        det = next((c for c in tok.children if c.dep_ == "det" and c.pos_ == "DET"
                    and c.i < tok.i and c.morph.get("PronType") == ["Art"]), None)
        if det is not None and all(t.is_punct for t in doc[det.i + 1 : tok.i]):
            tok.pos_, tok.tag_, tok.dep_ = "NOUN", "NOUN", "obj"
            tok.lemma_ = tok.lower_


def _quoted_noun_made_verb(doc: Doc) -> None:
    """"ont dénoncé un « mouroir »": a word in quote marks after an indefinite article,
    which the model tagged a verb and made the object, is a noun (the article, and no
    subject nor auxiliary of its own)."""
    for tok in doc:
        if tok.pos_ != "VERB" or tok.dep_ not in ("obj", "nsubj", "obl:arg") or tok.i < 2 or \
                doc[tok.i - 1].text not in _OPENING_MARKS or any(
                    c.dep_.startswith(("aux", "nsubj", "obj")) for c in tok.children):
            continue
        article = doc[tok.i - 2]
        if article.pos_ == "DET" and article.head == tok and \
                article.morph.get("Definite") == ["Ind"]:
            tok.pos_ = tok.tag_ = "NOUN"
            tok.lemma_ = tok.lower_
            tok.set_morph("Number=Sing")


def _name_left_before_its_apposition(doc: Doc) -> None:
    """"Hugo et Mathilde Delorge, les enfants du peintre, soutiennent que ...": the model
    left the names opening the sentence hanging on the verb and made the phrase set off
    after them, between commas, its subject.  The names are the subject, the phrase their
    apposition."""
    for sent in doc.sents:
        name = sent[0]
        verb = name.head
        if name.pos_ != "PROPN" or name.dep_ != "dep" or verb.pos_ not in ("VERB", "AUX") or \
                name.right_edge.i + 2 >= sent.end or doc[name.right_edge.i + 1].text != ",":
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"
                        and c.left_edge.i == name.right_edge.i + 2), None)
        if subject is None or subject.right_edge.i + 1 >= verb.i or \
                doc[subject.right_edge.i + 1].text != "," or any(
                    not t.dep_.startswith("aux") and not t.is_punct and t.pos_ != "ADV"
                    for t in doc[subject.right_edge.i + 2 : verb.i]):
            continue
        name.dep_ = "nsubj"
        subject.head, subject.dep_ = name, "appos"


def _adjective_made_head_of_its_noun(doc: Doc) -> None:
    """"a raconté l'heureux jardinier": the model made the adjective before the noun the
    head of the phrase (the article's, the verb's object) and the noun its modifier.  The
    noun heads its phrase; the adjective qualifies it."""
    for adj in doc:
        noun = doc[adj.i + 1] if adj.i + 1 < len(doc) else None
        if noun is None or adj.pos_ != "ADJ" or noun.pos_ != "NOUN" or noun.head != adj or \
                noun.dep_ not in ("amod", "nmod", "appos") or not any(
                    c.dep_ == "det" and c.i < adj.i for c in adj.children) or adj.head == adj:
            continue
        head, dep = adj.head, adj.dep_
        for c in list(adj.children):
            if c != noun:
                c.head = noun
        noun.head, noun.dep_ = head, dep
        adj.head, adj.dep_ = noun, "amod"


def _active_subject_made_passive(doc: Doc) -> None:
    """"Le Quai d'Orsay a « condamné fermement » la frappe": the model labelled the
    subject of a compound past (auxiliary "avoir", no "être" of the passive) the subject
    of a passive; it is the verb's plain subject, the one who acts."""
    for tok in doc:
        verb = tok.head
        if tok.dep_ != "nsubj:pass" or verb == tok:
            continue
        kinds = {(c.dep_, c.lemma_) for c in verb.children}
        if ("aux:tense", "avoir") in kinds and not any(d == "aux:pass" for d, _ in kinds):
            tok.dep_ = "nsubj"


def _participle_with_article(doc: Doc, quantifiers: frozenset[str] = frozenset()) -> None:
    """"Le principal prévenu présent à l'audience, Dilshad K., a nié ...": a past
    participle with an article of its own (adjectives allowed between) or a determiner
    that counts is a noun ("le prévenu", "les blessés", "plusieurs habitués"); the model
    made it a verb, and a modifier of the verb it is the subject of.  It is a noun, and the
    subject of a verb after it that has none, or whose subject is the name set off right
    after it."""
    for tok in doc:
        if tok.pos_ != "VERB" or tok.morph.get("VerbForm") != ["Part"] or \
                tok.morph.get("Tense") == ["Pres"] or any(
                    c.dep_.startswith(("aux", "nsubj", "obj")) for c in tok.children):
            continue
        # (or a determiner that counts, ``[nlp] counting_determiners``: "Plusieurs
        # habitués du centre affirment")
        det = next((c for c in tok.children if c.dep_ == "det" and c.i < tok.i
                    and (c.morph.get("PronType") == ["Art"] or c.lower_ in quantifiers)), None)
        if det is None or any(t.pos_ != "ADJ" for t in doc[det.i + 1 : tok.i]):
            continue
        tok.pos_, tok.tag_, tok.lemma_ = "NOUN", "NOUN", tok.lower_
        tok.set_morph("|".join(f"{k}={v}" for k, v in tok.morph.to_dict().items()
                               if k in ("Gender", "Number")))
        verb = tok.head
        if tok.dep_ not in ("advmod", "advcl", "dep", "obl:mod") or \
                verb.pos_ not in ("VERB", "AUX") or verb.i < tok.i:
            continue
        subject = next((c for c in verb.children if c.dep_.startswith(("nsubj", "csubj"))),
                       None)
        if subject is not None and subject.pos_ == "PROPN" and \
                subject.i == tok.right_edge.i + 2 and doc[subject.i - 1].text == ",":
            # ("Le principal prévenu ..., Dimitri V., a nié": the name set off after the
            # noun is its apposition)
            subject.head, subject.dep_ = tok, "appos"
            subject = None
        if subject is None:
            tok.dep_ = "nsubj"


def _object_made_modifier_of_setting(doc: Doc) -> None:
    """"a défendu dans un communiqué un péage « indispensable »": the verb's object after a
    setting set between them, which the model hung on the setting's noun; a noun with its
    article and no preposition modifies no noun without a comma, so it is the object of a
    verb that has none."""
    for tok in doc:
        setting = tok.head
        verb = setting.head
        if tok.dep_ != "nmod" or tok.pos_ != "NOUN" or setting.pos_ != "NOUN" or \
                not setting.dep_.startswith("obl") or verb.pos_ != "VERB" or \
                not setting.i < tok.i or not verb.i < setting.i or any(
                    k.dep_ == "case" for k in tok.children) or not any(
                    k.dep_ == "det" and k.morph.get("PronType") == ["Art"] and k.i < tok.i
                    for k in tok.children) or any(
                    t.is_punct for t in doc[setting.i + 1 : tok.i]) or any(
                    c.dep_ in ("obj", "dobj", "ccomp") for c in verb.children):
            continue
        tok.head, tok.dep_ = verb, "obj"


def _finite_verb_made_dependent_of_infinitive(doc: Doc) -> None:
    """"revendique l'attaque et affirme détenir 300 gigaoctets": the model joined the
    infinitive to the first verb and hung the finite verb before it on the infinitive; the
    finite verb is the conjunct, the infinitive its complement."""
    for tok in doc:
        inf = tok.head
        if tok.dep_ != "dep" or tok.pos_ != "VERB" or tok.morph.get("VerbForm") != ["Fin"] or \
                inf.i != tok.i + 1 or inf.morph.get("VerbForm") != ["Inf"] or \
                inf.dep_ != "conj":
            continue
        tok.head, tok.dep_ = inf.head, "conj"
        inf.head, inf.dep_ = tok, "xcomp"
        for c in list(inf.children):
            if c.dep_ == "cc" and c.i < tok.i:
                c.head = tok


def _clause_verb_made_relative(doc: Doc) -> None:
    """"a précisé que la sonnerie serait coupée entre 22 heures et 7 heures": the model made
    the clause's subject the head of the "que" clause and its verb a relative clause of
    it, with no relative word; a relative clause has one, so the verb heads the clause and
    the noun is its subject."""
    for tok in doc:
        noun = tok.head
        if tok.dep_ != "acl:relcl" or noun.dep_ != "ccomp" or noun.i > tok.i or \
                noun.pos_ not in ("NOUN", "PROPN") or any(
                    t.morph.get("PronType") == ["Rel"] for t in doc[noun.i + 1 : tok.i]) or \
                not any(c.dep_.startswith(("aux", "cop")) and c.morph.get("VerbForm") == ["Fin"]
                        for c in tok.children):
            continue
        mark = next((c for c in noun.children if c.dep_ == "mark" and c.i < noun.i), None)
        if mark is None:
            continue
        tok.head, tok.dep_ = noun.head, "ccomp"
        noun.head = tok
        noun.dep_ = "nsubj:pass" if tok.morph.get("Voice") == ["Pass"] else "nsubj"
        mark.head = tok


def _rubric_clause_made_relative(doc: Doc) -> None:
    """"Grève à la SNCF : un TER sur trois circulera mardi en Bretagne": after a rubric and
    its colon, the model hung the clause's subject on the rubric's noun and made its finite
    verb a relative or adverbial clause of that subject or of the rubric, with no relative
    word or conjunction.  The verb is the sentence's, the subject its subject, the rubric
    set before it."""
    for sent in list(doc.sents):
        rubric = sent.root
        colon = next((c for c in rubric.children if c.text == ":" and c.i > rubric.i), None)
        if colon is None or rubric.pos_ not in ("NOUN", "PROPN"):
            continue
        noun = next((t for t in doc[colon.i + 1 : sent.end] if t.pos_ in ("NOUN", "PROPN")),
                    None)
        if noun is None or noun.head != rubric:
            continue
        tok = next((t for t in doc[noun.i + 1 : sent.end] if t.pos_ == "VERB"), None)
        if tok is None or tok.morph.get("VerbForm") != ["Fin"] or tok.morph.get("Mood") != [
                "Ind"] or tok.dep_ not in ("acl:relcl", "advcl", "acl") or \
                tok.head not in (noun, rubric) or any(
                    c.dep_.startswith(("nsubj", "mark")) for c in tok.children) or any(
                    t.morph.get("PronType") == ["Rel"] for t in doc[noun.i + 1 : tok.i]):
            continue
        for t in [*rubric.children]:
            if t.i > tok.i and t.is_punct:
                t.head = tok
        tok.head, tok.dep_ = tok, "ROOT"
        rubric.head, rubric.dep_ = tok, "dep"
        noun.head, noun.dep_ = tok, "nsubj"


def _saying_joined_to_object_participle(doc: Doc) -> None:
    """"a salué « un coup dur porté aux trafiquants » et promis que « ... »": the model
    joined the second verb to the participle inside the first verb's object.  A
    participle with a completive "que" clause of its own (said or thought), joined after
    the object's, is the first verb's second verb, its auxiliary shared."""
    for tok in doc:
        participle = tok.head
        if tok.dep_ != "conj" or tok.pos_ != "VERB" or \
                tok.morph.get("VerbForm") != ["Part"] or participle.dep_ != "acl" or \
                participle.i > tok.i or participle.head.dep_ != "obj":
            continue
        verb = participle.head.head
        if verb.pos_ != "VERB" or verb.morph.get("VerbForm") != ["Part"] or not any(
                c.dep_ == "aux:tense" for c in verb.children) or not any(
                k.dep_ in ("ccomp", "xcomp") and any(
                    c.dep_ == "mark" and c.lower_ in ("que", "qu'", "qu’") for c in k.children)
                for k in tok.children):
            continue
        tok.head = verb


def _noun_made_infinitive(doc: Doc, endings: tuple[str, ...]) -> None:
    """"s'inquiètent du retour de la sonnerie des heures": a noun after its article that
    the model tagged an infinitive (the article its object, "de" its mark), read as a
    verb clause of what is feared; no infinitive is spelt without an infinitive's ending
    (``infinitive_endings``), so it is a noun, and its article, its preposition and its
    objects are a noun's."""
    for tok in doc:
        if tok.pos_ != "VERB" or tok.morph.get("VerbForm") != ["Inf"] or \
                not tok.is_lower or tok.lower_.endswith(endings) or tok.i == 0:
            continue
        det = doc[tok.i - 1]
        if det.head != tok or det.pos_ != "DET" or det.morph.get("PronType") != ["Art"]:
            continue
        tok.pos_, tok.tag_, tok.lemma_ = "NOUN", "NOUN", tok.lower_
        tok.set_morph(None)
        for c in tok.children:
            if c == det:
                c.dep_ = "det"
            elif c.dep_ == "mark" and c.pos_ == "ADP":
                c.dep_ = "case"
            elif c.dep_ == "obj":
                c.dep_ = "nmod"
        if tok.dep_ in ("xcomp", "advcl", "ccomp"):
            tok.dep_ = "nmod" if tok.head.pos_ in ("NOUN", "PROPN") else "obl"


def _quoted_attribute(doc: Doc) -> None:
    """"s'est dit « confiant » dans la survie de l'enseigne": an adjective quoted right
    after its verb, which the model made an adverbial clause; it is what the subject is
    said to be, the verb's complement."""
    for tok in doc:
        if tok.pos_ == "ADJ" and tok.dep_ == "advcl" and tok.i > 1 and \
                doc[tok.i - 1].text in _OPENING_MARKS and tok.head.i == tok.i - 2 and \
                tok.head.pos_ == "VERB":
            tok.dep_ = "xcomp"
        elif tok.pos_ == "VERB" and tok.dep_ == "xcomp" and tok.morph.get("Mood") == ["Imp"] \
                and tok.i > 1 and doc[tok.i - 1].text in _OPENING_MARKS and \
                tok.head.i == tok.i - 2 and tok.head.pos_ == "VERB":
            # ("se disent « fatigués des promesses »": the participle tagged an imperative)
            tok.pos_ = tok.tag_ = "ADJ"
            tok.set_morph("")


def _rehang_quoted_adverb(doc: Doc) -> None:
    """An adverb quoted between a verb and its object ("a rejeté « catégoriquement » ces
    accusations") makes the model take the object for an adverbial; it is the verb's
    object, and the adverb and its marks are the verb's."""
    for tok in doc:
        verb = tok.head
        if tok.dep_ not in ("obl", "obl:mod", "obl:arg") or tok.pos_ not in ("NOUN", "PROPN") \
                or verb.pos_ != "VERB" or not verb.i + 3 < tok.i or any(
                    c.dep_ in ("case", "mark") for c in tok.children) or any(
                    c.dep_ in ("obj", "dobj") for c in verb.children):
            continue
        close = next((t for t in doc[verb.i + 2 : tok.i] if t.text in _CLOSING_MARKS), None)
        if close is None or doc[verb.i + 1].text not in _OPENING_MARKS or not all(
                t.pos_ == "ADV" for t in doc[verb.i + 2 : close.i]) or not all(
                t.head.i == tok.i and t.dep_ in ("det", "amod", "nummod")
                for t in doc[close.i + 1 : tok.i]):
            continue
        tok.dep_ = "obj"
        for t in doc[verb.i + 2 : close.i + 1]:
            if t.head.i == tok.i:
                t.head = verb


def _regular_infinitive(word: str, verbs: frozenset[str],
                        regular: dict[str, tuple[str, ...]]) -> str | None:
    """The infinitive of the model's verb list that ``word`` is a regular present of
    ("pointe" -> "pointer"), if any."""
    return next((word[: -len(e)] + inf for inf, ends in regular.items() for e in ends
                 if word.endswith(e) and word[: -len(e)] + inf in verbs), None)


def _present_not_participle(tok: Token, verbs: frozenset[str],
                            regular: dict[str, tuple[str, ...]], finite: str) -> bool:
    """Make finite a present the model called a participle when its spelling cannot be
    one: "conteste" is the present of "contester", whose participle is "contesté" (the
    model misreads it when quote marks set it off: "Harmand Pharma « conteste
    fermement » avoir ...").  Only with a subject before it and no auxiliary, and only
    when the model's own verb list has the infinitive that these present endings come
    from (the language's ``[nlp] regular_present_endings``, by infinitive ending).
    Returns whether the word changed."""
    kids = list(tok.children)
    if any(c.dep_.startswith("aux") or c.dep_ == "cop" for c in kids) or not any(
            c.dep_ == "nsubj" and c.i < tok.i for c in kids):
        return False
    lemma = _regular_infinitive(tok.lower_, verbs, regular)
    if lemma is None:
        return False
    tok.set_morph(finite)
    tok.lemma_ = lemma
    return True


def _noun_root(sent: Span) -> Token | None:
    """The sentence's root when the model made a noun of it with no preposition (a
    sentence that lost its verb: where the repairs below look for one), else None."""
    root = sent.root
    if root.pos_ not in ("NOUN", "PROPN") or any(c.dep_ == "case" for c in root.children):
        return None
    return root


def _verbless_noun_root(sent: Span) -> Token | None:
    """The sentence's noun root (``_noun_root``) when no word of it is a finite verb."""
    root = _noun_root(sent)
    if root is None or any(t.pos_ in ("VERB", "AUX") and t.morph.get("VerbForm") == ["Fin"]
                           for t in sent):
        return None
    return root


def _verb_after_comma(sent: Span, verb_forms: dict[str, list[str]],
                      infinitive_of: Callable[[str], str | None],
                      morph: Callable[[str], str],
                      presents: frozenset[str] = frozenset()) -> None:
    """In a sentence with no verb, a bare noun after a comma that is spelt as a present
    of the model's verb forms is the verb, the sentence's noun its subject: "Un
    inspecteur de l'ASNR, dépêché sur place, juge « probable » un classement ..." (the
    model made "juge" a noun in apposition, its object a noun modifier)."""
    root = sent.root
    # (not a noun the tagger took for a finite verb: "la sécurité gaz", "gaz" an AUX)
    if root.pos_ not in ("NOUN", "PROPN") or any(
            t.pos_ in ("VERB", "AUX") and t.morph.get("VerbForm") == ["Fin"]
            and t.dep_ not in ("amod", "nmod", "compound") and not _inside_relative(t)
            for t in sent):
        return
    doc = sent.doc
    # ("Un certificat ..., que nous avons pu consulter, fait état de ...": the verb made a
    # noun of a relative clause, whose own finite verb is no main verb)
    tok = next((t for t in sent if t.pos_ == "NOUN" and t.is_lower and t.i > root.i
                and t.head.i == root.i and doc[t.i - 1].text == "," and (
                    t.dep_ == "appos" or (t.dep_ == "acl:relcl" and any(
                        c.dep_ == "obj" and c.i > t.i for c in t.children)))
                and not any(c.dep_ in ("det", "case") for c in t.children)
                and verb_forms.get(t.lower_)), None) or next((
        # ("La protestation ..., dont Le Progrès a obtenu copie, pointe trois signatures":
        # the comma closes a relative clause, and the verb after it, made an adjective of
        # a noun inside the subject, takes an object)
        t for t in sent if t.pos_ in ("NOUN", "ADJ") and t.is_lower and t.i > root.i + 2
        and doc[t.i - 1].text == "," and (
            (_inside_relative(doc[t.i - 2])
             and t.dep_ in ("amod", "appos", "nmod", "conj", "advcl", "obl:mod"))
            or (_inside_set_off_participle(doc[t.i - 2], root)
                and t.dep_ in ("amod", "appos", "nmod", "advmod"))) and (any(
            c.dep_ in ("obj", "nmod", "obl:arg") and c.i > t.i and c.pos_ == "NOUN" and not any(
                # (a partitive article taken for "de" + "les" is no preposition: "...,
                # mesure des pics de 62 décibels")
                k.dep_ == "case" and not (k.lower_ in ("des", "du") and k.i == t.i + 1)
                for k in c.children) for c in t.children)
            # (or its object, article first, hung on the relative clause's verb: "...,
            # que notre rédaction a pu consulter, chiffre les dégâts à ...")
            or _object_left_behind(t) is not None)
        and not any(c.dep_ in ("det", "case") for c in t.children)
        and infinitive_of(t.lower_)), None) or next((
        # ("Un spécialiste ..., qui a requis l'anonymat, juge « probable » que ...": the
        # verb after the relative clause made the subject of the quoted adjective)
        t for t in sent if t.pos_ == "NOUN" and t.is_lower and t.i > root.i + 2
        and t.i + 2 < sent.end and doc[t.i - 1].text == "," and _inside_relative(doc[t.i - 2])
        and doc[t.i + 1].text in _OPENING_MARKS and doc[t.i + 2].pos_ == "ADJ"
        and not any(c.dep_ in ("det", "case") for c in t.children)
        and verb_forms.get(t.lower_)), None)
    if tok is None:
        if (hung := _verb_hung_inside_relative(sent, root, presents)) is not None:
            if hung.morph.get("VerbForm") == ["Part"]:
                hung.set_morph(morph(hung.text))  # ("fait état de": a present)
            _make_root(sent, root, hung, "nsubj")
        return
    _make_verb(tok, verb_forms, infinitive_of, morph)
    _make_root(sent, root, tok, "nsubj")
    if (left := _object_left_behind(tok)) is not None:
        left.head, left.dep_ = tok, "obj"
    for c in tok.children:  # ("un classement": a noun with no preposition is its object)
        if c.i > tok.i and c.pos_ in ("NOUN", "PROPN") and c.dep_ == "nmod" and not any(
                k.dep_ == "case" for k in c.children):
            c.dep_ = "obj"
    if tok.i + 2 < sent.end and doc[tok.i + 1].text in _OPENING_MARKS and \
            doc[tok.i + 2].pos_ == "ADJ":
        # ("juge « probable » que ...": the quoted adjective and the clause after it,
        # hung on the words before the verb, are the verb's)
        judged = doc[tok.i + 2]
        judged.head, judged.dep_ = tok, "xcomp"
        for t in sent[tok.i + 3 - sent.start :]:
            if t.head.i != tok.i and t.dep_ in ("ccomp", "advcl", "acl") and any(
                    c.dep_ == "mark" and c.lower_ in ("que", "qu'") for c in t.children):
                t.head, t.dep_ = tok, "ccomp"
                break


def _object_left_behind(tok: Token) -> Token | None:
    """The noun right after a word and its article when the model hung it on a verb
    before the word (a relative clause's), not on the word: the word's object if the
    word is a verb."""
    doc = tok.doc
    if tok.i + 2 >= len(doc) or doc[tok.i + 1].pos_ != "DET":
        return None
    noun = doc[tok.i + 1].head
    return noun if noun.pos_ == "NOUN" and noun.i > tok.i and noun.head.i < tok.i and \
        noun.head.pos_ == "VERB" and noun.dep_ == "obj" else None


def _judging_verb_made_subject(sent: Span, verb_forms: dict[str, list[str]],
                               infinitive_of: Callable[[str], str | None],
                               morph: Callable[[str], str]) -> None:
    """"Elle juge probable une nouvelle baisse", "Un diplomate en poste à Conakry juge
    probable une médiation": the model made the judged adjective the root and the verb
    right before it its subject (or a word of the name before, "Conakry juge"), or, in a
    sentence it left with no verb, made the verb a noun in apposition and the adjective
    its modifier.  A bare word there, spelt as one of the model's verb forms and followed
    by the adjective, is the verb: the adjective is its complement, the noun after it its
    object, the subject before it its subject (the plural "jugent probable" is parsed
    right)."""
    root = sent.root
    doc = sent.doc
    if root.pos_ == "ADJ" and root.i - 1 > sent.start and not any(
            c.dep_ in ("cop", "det", "case") for c in root.children):
        tok, adjective = doc[root.i - 1], root
    elif _noun_root(sent) is not None and not _has_main_verb(sent):
        tok = next((t for t in sent if t.i > sent.start + 1 and t.i + 1 < sent.end
                    and abs(t.i - root.i) > 1
                    and t.pos_ in ("NOUN", "PROPN") and doc[t.i + 1].pos_ == "ADJ"
                    and doc[t.i - 1].pos_ in ("NOUN", "PROPN", "ADJ")), None)
        if tok is None:
            return
        adjective = doc[tok.i + 1]
    else:
        return
    if not tok.is_lower or not verb_forms.get(tok.lower_) or tok.pos_ not in (
            "NOUN", "VERB", "PROPN") or any(c.dep_ in ("det", "case") for c in tok.children):
        return
    if adjective is root:
        subject = next((c for c in root.children if c.dep_ == "nsubj" and c.i < tok.i),
                       None) or next((c for c in tok.children if c.dep_ == "nsubj"
                                      and c.i < tok.i), None)
        if subject is None or subject.pos_ not in ("NOUN", "PROPN", "PRON"):
            return
    if tok.pos_ != "VERB":
        _make_verb(tok, verb_forms, infinitive_of, morph)
    elif tok.morph.get("VerbForm") != ["Fin"]:
        return
    if adjective is not root and root.i > adjective.i:
        # ("Un économiste de la banque X juge probable une hausse": the object made the
        # root, the subject and the verb two subjects of it)
        for c in list(root.children):
            if c.i < tok.i or c.is_punct:
                c.head = tok
        tok.head, tok.dep_ = tok, "ROOT"
        root.head, root.dep_ = tok, "obj"
        adjective.head, adjective.dep_ = tok, "xcomp"
        return
    if adjective is not root:
        _make_root(sent, root, tok, "nsubj")
        adjective.head, adjective.dep_ = tok, "xcomp"
        # (the noun after the adjective, with no preposition, is what is judged)
        judged = next((c for c in tok.children if c.i > adjective.i
                       and c.pos_ in ("NOUN", "PROPN") and not any(
                           k.dep_ == "case" for k in c.children)), None)
        if judged is not None:
            judged.dep_ = "obj"
        return
    for c in list(root.children):
        if c.i > root.i and c.dep_ in ("obj", "ccomp", "punct", "obl:mod", "advcl"):
            c.head = tok
    subject.head, subject.dep_ = tok, "nsubj"
    tok.head, tok.dep_ = tok, "ROOT"
    root.head, root.dep_ = tok, "xcomp"


def _anaphor_made_modifier(sent: Span, anaphors: frozenset[str],
                           verb_forms: dict[str, list[str]],
                           infinitive_of: Callable[[str], str | None],
                           morph: Callable[[str], str]) -> None:
    """"Ce dernier pointe la multiplication des satellites": the model took the verb after
    the anaphor ("ce dernier", ``anaphor_adjectives``) for the noun it qualifies.  A bare
    word there, spelt as a present of one of the model's verbs, is the verb; the anaphor
    is its subject."""
    doc = sent.doc
    for adj in sent:
        if adj.lower_ not in anaphors or adj.i - 1 < sent.start or adj.i + 1 >= sent.end or \
                doc[adj.i - 1].morph.get("PronType") != ["Dem"]:
            continue
        tok = doc[adj.i + 1]
        if tok.pos_ != "NOUN" or not tok.is_lower or not infinitive_of(tok.lower_) or \
                adj.head.i != tok.i or any(c.dep_ == "case" for c in tok.children) or \
                _has_main_verb(sent):
            continue
        _make_verb(tok, verb_forms, infinitive_of, morph)
        det = doc[adj.i - 1]
        adj.head, adj.dep_ = tok, "nsubj"
        det.head, det.dep_ = adj, "det"
        return


def _verb_made_adjective_before_infinitive(sent: Span, verb_forms: dict[str, list[str]],
                                           infinitive_of: Callable[[str], str | None],
                                           morph: Callable[[str], str]) -> None:
    """"Des habitants estiment que le four risque de rester fermé": a present spelt as a
    verb's ("risquer"), which the model tagged an adjective of the noun right before
    it (lemma "risqu") and whose "de" + infinitive it hung on that noun, is the clause's
    verb; the noun is its subject, the infinitive its complement, and the noun's place in
    the tree the verb's. Also when the model tagged the verb a noun with the infinitive
    its own, after an opening phrase it made the root ("Pour des plaisanciers interrogés
    sur place, l'automatisation risque d'allonger ..."), or made the noun the root ("...,
    le nouveau sens de circulation risque de provoquer des accidents"): what the model hung
    on the noun outside its phrase is the verb's. The noun's own modifiers may come
    between ("le sens de circulation risque")."""
    doc = sent.doc
    for tok in sent:
        noun = tok.head
        if tok.pos_ not in ("ADJ", "NOUN") or tok.dep_ != "amod" or not tok.is_lower or \
                not noun.i < tok.i or any(
                    t.pos_ in ("VERB", "AUX", "PUNCT") or noun not in t.ancestors
                    for t in doc[noun.i + 1 : tok.i]) or noun.pos_ not in ("NOUN", "PROPN") or \
                (verb := infinitive_of(tok.lower_)) is None or tok.lemma_ == verb or \
                tok.i + 2 >= sent.end or doc[tok.i + 1].lower_ not in ("de", "d'", "d’"):
            continue
        infinitive = doc[tok.i + 1].head
        # (the infinitive hung on the noun, or made the clause's verb with the noun its
        # subject: "que le four risque de ne servir qu'une fois")
        under_noun = infinitive.head == noun
        # (the opening phrase: a noun with its preposition before a comma and the subject's
        # article, the root or hung on a root the model made of a clause after the verb,
        # "..., quand les bateaux se succèdent")
        phrase, root = noun.head, sent.root
        opening = infinitive.head in (tok, noun) and noun.dep_ in ("nmod", "appos") \
            and phrase.pos_ == "NOUN" and phrase.i < noun.i \
            and any(c.dep_ == "case" and c.i < phrase.i for c in phrase.children) \
            and doc[noun.left_edge.i - 1].text == "," \
            and (phrase == root or (phrase.head == root and root.i > tok.i and any(
                c.dep_ == "mark" and c.i < root.i for c in root.children)))
        rooted = infinitive.head == tok and noun.head == noun
        if infinitive.morph.get("VerbForm") != ["Inf"] or doc[tok.i + 1].dep_ != "mark" or \
                not (under_noun or opening or rooted
                     or (noun.head == infinitive and noun.dep_ == "nsubj")) \
                or not any(c.dep_ == "det" for c in noun.children):
            continue
        if rooted:
            _make_verb(tok, verb_forms, infinitive_of, morph)
            own = min([noun.i, *(c.i for c in noun.children if c.i < noun.i
                                 and c.dep_ in ("det", "amod", "nummod"))])
            for t in sent:
                if t.head == noun and t != tok and (t.i < own or t.i > tok.i):
                    t.head = tok
            tok.head, tok.dep_ = tok, "ROOT"
            noun.head, noun.dep_ = tok, "nsubj"
            infinitive.dep_ = "xcomp"
            return
        if opening:
            _make_verb(tok, verb_forms, infinitive_of, morph)
            if phrase == root:
                _make_root(sent, root, tok, "obl:mod")
            else:
                tok.head, tok.dep_ = tok, "ROOT"
                if sent[-1].head == root and sent[-1].is_punct:
                    sent[-1].head = tok  # (the closing full stop)
                root.head, root.dep_ = tok, "advcl"
                phrase.head, phrase.dep_ = tok, "obl:mod"
            noun.head, noun.dep_ = tok, "nsubj"
            infinitive.head, infinitive.dep_ = tok, "xcomp"
            return
        top = noun if under_noun else infinitive
        _make_verb(tok, verb_forms, infinitive_of, morph)
        tok.head, tok.dep_ = (tok, "ROOT") if top.head == top else (top.head, top.dep_)
        # (the clause's "que" opens the verb's clause; what followed the noun is the verb's)
        for t in [t for t in sent if t.head in (noun, infinitive) and t.dep_ == "mark"
                  and t.i < noun.i] + ([t for t in sent if t.head == noun and t.i > tok.i
                                        and t != infinitive] if under_noun else []):
            t.head = tok
        if top.head == top:
            for t in sent:
                if t.head == top and t not in (noun, infinitive):
                    t.head = tok
        noun.head, noun.dep_ = tok, "nsubj"
        infinitive.head, infinitive.dep_ = tok, "xcomp"
        return


def _judging_verb_before_clause(sent: Span, verb_forms: dict[str, list[str]],
                                infinitive_of: Callable[[str], str | None],
                                morph: Callable[[str], str]) -> None:
    """"Un proche de l'enquête, qui a requis l'anonymat, juge probable que les deux frères
    ne soient jamais extradés", "Le ministre juge possible qu'un accord soit trouvé": the
    model took the verb before the judged adjective and its "que" for a noun, and made the
    clause's verb the root (the sentence's subject hung on it) or the subject the root
    (the clause a relative one of it).  A bare word spelt as a finite verb, then an
    adjective, then "que": the word is the verb, the subject before it its subject, the
    adjective its complement and the clause what it judges; the words after "que" the
    model hung before it are the clause's (its first noun its subject)."""
    doc = sent.doc
    root = sent.root
    tok = next((t for t in sent if sent.start < t.i < sent.end - 3 and t.is_lower
                and t.pos_ in ("NOUN", "PROPN", "ADJ") and verb_forms.get(t.lower_)
                and doc[t.i + 1].pos_ == "ADJ"
                and doc[t.i + 2].lower_ in ("que", "qu'", "qu’")), None)
    if tok is None or any(c.dep_ in ("det", "case") for c in tok.children):
        return
    adjective, que = doc[tok.i + 1], doc[tok.i + 2]
    if root.i > que.i and root.pos_ in ("VERB", "AUX"):
        verb = root
        subject = next((c for c in root.children if c.dep_.startswith("nsubj")
                        and c.i < tok.i), None)
    elif root.i < tok.i and root.pos_ in ("NOUN", "PROPN") and not _has_main_verb(sent):
        verb, subject = que.head, root
    else:
        return
    if subject is None or subject.pos_ not in ("NOUN", "PROPN", "PRON") or \
            verb.pos_ not in ("VERB", "AUX") or verb.i <= que.i:
        return
    _make_verb(tok, verb_forms, infinitive_of, morph)
    tok.head, tok.dep_ = tok, "ROOT"
    for t in sent:
        if t.i < tok.i and t.head == verb and t != subject:
            t.head = tok  # (the commas around the subject's relative clause)
    subject.head, subject.dep_ = tok, "nsubj"
    adjective.head, adjective.dep_ = tok, "xcomp"
    verb.head, verb.dep_ = tok, "ccomp"
    que.head, que.dep_ = verb, "mark"
    passive = any(c.dep_ == "aux:pass" for c in verb.children)
    inner = next((c for c in verb.children if c.dep_.startswith("nsubj") and c.i > que.i), None)
    for t in doc[que.i + 1 : verb.i]:
        if t.head.i > que.i:
            continue
        if inner is None and t.pos_ in ("NOUN", "PROPN", "PRON") and \
                not any(c.dep_ == "case" for c in t.children):
            inner = t
            t.head, t.dep_ = verb, "nsubj:pass" if passive else "nsubj"
        elif inner is not None and t.dep_ in ("acl", "amod", "nmod", "appos"):
            t.head = inner  # ("visés par des mandats": the clause's subject's)
        else:
            t.head = verb
    for t in sent:
        if t.i > verb.i and t.head == subject:
            t.head = verb  # (the clause's own words after its verb)
    if doc[sent.end - 1].is_punct and sent.end - 1 > verb.i:
        doc[sent.end - 1].head = tok


def _make_verb(tok: Token, verb_forms: dict[str, list[str]],
               infinitive_of: Callable[[str], str | None], morph: Callable[[str], str]) -> None:
    """Make a word the model tagged a noun the finite verb its spelling is ("juge"), with
    its infinitive for a lemma."""
    _as_present(tok, morph, (verb_forms.get(tok.lower_) or [None])[0]
                or infinitive_of(tok.lower_))


def _as_present(tok: Token, morph: Callable[[str], str], lemma: str | None) -> None:
    """Make a word the finite verb its spelling is, with ``lemma`` for its lemma when one
    is known (the repairs that find a verb the model tagged otherwise all end so)."""
    tok.pos_ = tok.tag_ = "VERB"
    tok.set_morph(morph(tok.text))
    tok.lemma_ = lemma or tok.lemma_


def _verb_after_participle_root(sent: Span, verb_forms: dict[str, list[str]],
                                infinitive_of: Callable[[str], str | None],
                                morph: Callable[[str], str]) -> None:
    """"Un diplomate, s'exprimant sous couvert d'anonymat, juge « probables » de nouvelles
    sanctions": the model made the present participle set off after the subject the root
    and the sentence's verb a noun after the comma that closes it; that noun, spelt as a
    present of the model's verb forms and bare (no article, no preposition), is the verb,
    the subject its own, the participle a phrase on the subject."""
    root, doc = sent.root, sent.doc
    if root.pos_ != "VERB" or root.morph.get("VerbForm") != ["Part"] or \
            root.morph.get("Tense") != ["Pres"] or any(
                t.pos_ in ("VERB", "AUX") and t.morph.get("VerbForm") == ["Fin"] for t in sent):
        return
    subject = next((c for c in root.children if c.dep_ == "nsubj" and c.i < root.i
                    and any(doc[k].text == "," for k in range(c.i + 1, root.i))), None)
    tok = next((t for t in sent if t.pos_ == "NOUN" and t.is_lower and t.i > root.i + 1
                and doc[t.i - 1].text == "," and root in t.ancestors
                and not any(c.dep_ in ("det", "case") for c in t.children)
                and verb_forms.get(t.lower_)), None)
    if subject is None or tok is None:
        return
    _make_verb(tok, verb_forms, infinitive_of, morph)
    tok.head, tok.dep_ = tok, "ROOT"
    root.head, root.dep_ = subject, "acl"
    subject.head = tok
    for c in [c for c in root.children if c.is_punct and c.i > tok.i]:
        c.head = tok  # (the closing stop)
    for c in tok.children:
        if c.dep_ == "amod" and c.pos_ == "ADJ":
            c.dep_ = "xcomp"  # (the judgement: "« probables »")
    _article_made_preposition(tok)


def _verb_made_noun_modifier(sent: Span, verb_forms: dict[str, list[str]],
                             infinitive_of: Callable[[str], str | None],
                             morph: Callable[[str], str]) -> None:
    """"Un rapport de l'ONU documente des violations de l'embargo": in a sentence with no
    verb, a bare noun right after the subject's name, spelt as a present of the model's
    verb forms and followed by an article, is the verb (the model made it a modifier of
    the subject's noun); the noun phrase before it is its subject, what follows its
    object."""
    root, doc = _noun_root(sent), sent.doc
    if root is None or any(t.pos_ in ("VERB", "AUX") and t.morph.get("VerbForm") == ["Fin"]
                           and t.dep_ != "nmod" for t in sent):
        return
    # (or after a headline's label: "Centrafrique : un rapport de l'ONU documente ..."; the
    # word may already be tagged a verb, still hung as a modifier)
    tok = next((t for t in sent if t.pos_ in ("NOUN", "VERB") and t.is_lower and t.dep_ == "nmod"
                and (t.head == root or (t.head.head == root and t.head.pos_ == "NOUN" and any(
                    k.text == ":" for k in doc[root.i + 1 : t.head.i])))
                and t.head.i + 1 < t.i < sent.end - 1
                and doc[t.i - 1].pos_ == "PROPN" and doc[t.i + 1].lower_ in (
                    "des", "le", "la", "les", "l'", "l’", "un", "une")
                and not any(c.dep_ in ("det", "case") for c in t.children)
                and infinitive_of(t.lower_)), None)
    if tok is None:
        return
    _make_verb(tok, verb_forms, infinitive_of, morph)
    if tok.head == root:
        _make_root(sent, root, tok, "nsubj")
    else:
        subject = tok.head
        tok.head, tok.dep_ = root, "parataxis"
        subject.head, subject.dep_ = tok, "nsubj"
    _article_made_preposition(tok)


def _noun_with_object_made_verb(sent: Span, verb_forms: dict[str, list[str]],
                                infinitive_of: Callable[[str], str | None],
                                morph: Callable[[str], str]) -> None:
    """"Un rapport de l'Observatoire ... publié en septembre pointe un déficit de ...": in a
    sentence with no finite verb, a bare noun or adjective after the subject that has an
    object of its own (which neither has) and is spelt as a present of the model's verb
    forms is the verb; the model hung it on the date or the name before it. The noun
    phrase the sentence starts with is its subject."""
    root = _verbless_noun_root(sent)
    if root is None:
        return
    tok = next((t for t in sent if t.pos_ in ("NOUN", "ADJ") and t.is_lower and t.i > root.i
                and any(c.dep_ == "obj" and c.i > t.i for c in t.children)
                and not any(c.dep_ in ("det", "case") for c in t.children)
                and infinitive_of(t.lower_)), None)
    if tok is None:
        return
    _make_verb(tok, verb_forms, infinitive_of, morph)
    _make_root(sent, root, tok, "nsubj")


def _verb_made_noun_of_a_year(sent: Span, verb_forms: dict[str, list[str]],
                              infinitive_of: Callable[[str], str | None],
                              morph: Callable[[str], str]) -> None:
    """"Un rapport d'expertise commandé en 2021 chiffre à environ 3,4 millions d'euros les
    travaux": in a sentence with no finite verb, a bare noun right after "en" and a year,
    spelt as a present of the model's verb forms, is the verb; the model read "en 2021
    chiffre" as a noun phrase.  The year goes back to what it dates, the noun phrase the
    sentence starts with is the verb's subject."""
    root = _verbless_noun_root(sent)
    if root is None:
        return
    doc = sent.doc
    for tok in sent:
        if tok.pos_ != "NOUN" or not tok.is_lower or tok.i <= root.i + 2 or \
                infinitive_of(tok.lower_) is None:
            continue
        year, prep = doc[tok.i - 1], doc[tok.i - 2]
        if not (year.like_num and len(year.text) == 4 and year.text.startswith(("19", "20"))
                and year.head == tok and prep.head == tok and prep.pos_ == "ADP"):
            continue
        dated = doc[prep.i - 1]
        year.head, year.dep_ = (dated if dated.pos_ == "VERB" else root), "obl:mod"
        prep.head, prep.dep_ = year, "case"
        _make_verb(tok, verb_forms, infinitive_of, morph)
        _make_root(sent, root, tok, "nsubj")
        return


def _article_made_preposition(verb: Token) -> None:
    """The object of a noun made a verb, which the model hung on it as a noun's modifier
    with its article taken for a preposition: "des" right after the verb ("documente des
    violations") or "de" before an adjective ("juge « probables » de nouvelles
    sanctions")."""
    doc = verb.doc
    for c in verb.children:
        art = next((k for k in c.children if k.dep_ == "case" and (
            (k.lower_ == "des" and k.i == verb.i + 1)
            or (k.lower_ in ("de", "d'", "d’") and doc[k.i + 1].pos_ == "ADJ"))), None)
        if c.dep_ == "nmod" and c.i > verb.i and art is not None:
            c.dep_, art.dep_ = "obj", "det"


def _noun_before_completive(sent: Span, verb_forms: dict[str, list[str]],
                            infinitive_of: Callable[[str], str | None],
                            morph: Callable[[str], str]) -> None:
    """"Un haut fonctionnaire ..., s'exprimant sous couvert d'anonymat, juge toutefois que
    « ... »": a bare noun after a comma, spelt as a present of the model's verb forms and
    followed (past adverbs) by the "que" of a clause it is the subject of, is the verb
    whose clause that is (the model made "juge" a subject, and the speaker's noun the root
    or a second subject of the clause)."""
    doc = sent.doc
    for tok in sent:
        if tok.pos_ != "NOUN" or not tok.is_lower or tok.i <= sent.start + 1 or \
                doc[tok.i - 1].text != "," or not verb_forms.get(tok.lower_) or any(
                    c.dep_ in ("det", "case") for c in tok.children):
            continue
        k = tok.i + 1
        while k < sent.end and doc[k].pos_ == "ADV":
            k += 1
        mark = doc[k] if k < sent.end else None
        if mark is None or mark.lower_ not in ("que", "qu'", "qu’") or mark.dep_ != "mark":
            continue
        clause = mark.head
        if clause.i <= tok.i or clause.pos_ not in ("VERB", "AUX") or tok.head != clause:
            continue
        root = _noun_root(sent)
        speaker = root if root is not None else next(
            (c for c in clause.children if c.dep_ == "nsubj" and c.i < tok.i - 1
             and c.pos_ in ("NOUN", "PROPN") and clause == sent.root), None)
        if speaker is None:
            continue
        _make_verb(tok, verb_forms, infinitive_of, morph)
        clause.head, clause.dep_ = tok, "ccomp"
        tok.head, tok.dep_ = tok, "ROOT"
        if root is None:  # (what came before the verb and hung on the clause is the verb's)
            for c in [c for c in clause.children if c.i < tok.i]:
                c.head = tok
            speaker.dep_ = "nsubj"
        else:
            _make_root(sent, root, tok, "nsubj")
        return


def _modifier_before_completive(sent: Span, verb_forms: dict[str, list[str]],
                                infinitive_of: Callable[[str], str | None],
                                morph: Callable[[str], str]) -> None:
    """"Trois semaines après le lâcher d'eau ..., un rapport de l'inspection générale juge
    que l'exploitant a « sous-estimé » ...": a bare noun spelt as a present of the model's
    verb forms, which the model hung as a modifier on the noun before it and gave the
    "que" clause, in a sentence whose root is a noun (no verb outside that clause), is
    the verb; the noun phrase before it, hung on the root, is its subject and the root
    what opens the sentence (the root may keep its preposition: "après le lâcher")."""
    root = sent.root
    doc = sent.doc
    if root.pos_ not in ("NOUN", "PROPN"):
        return
    for tok in sent:
        if tok.pos_ != "NOUN" or not tok.is_lower or tok.i <= root.i or \
                not verb_forms.get(tok.lower_) or tok.dep_ not in ("amod", "nmod", "appos") or \
                any(c.dep_ in ("det", "case") for c in tok.children) or \
                doc[tok.i - 1].pos_ not in ("NOUN", "PROPN", "ADJ"):
            continue
        clause = next((c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i and any(
            m.dep_ == "mark" and m.lower_ in ("que", "qu'", "qu’") and m.i == tok.i + 1
            for m in c.children)), None)
        subject = next((a for a in tok.ancestors if a.head == root and a != root
                        and a.pos_ in ("NOUN", "PROPN") and a.i < tok.i), None)
        if clause is None or subject is None or \
                doc[subject.left_edge.i - 1].text != ",":
            continue
        _make_verb(tok, verb_forms, infinitive_of, morph)
        tok.head, tok.dep_ = tok, "ROOT"
        subject.head, subject.dep_ = tok, "nsubj"
        for c in [c for c in root.children if c.i > tok.i]:
            c.head = tok  # (the final full stop)
        root.head, root.dep_ = tok, "obl:mod"
        return


def _verb_inside_subject_participle(sent: Span, verbs: frozenset[str],
                                    regular: dict[str, tuple[str, ...]],
                                    morph: Callable[[str], str]) -> None:
    """"Le courrier adressé vendredi aux familles invoque « ... »", "Un message publié sur
    la page Facebook de l'événement, qui a recueilli 800 réactions, déplore « ... »": in a
    sentence with no finite verb but in relative clauses, a verb the model tagged an
    infinitive or a participle though its spelling is a regular present ("invoque",
    "déplore") and hung inside the participle phrase of the subject, or after a comma, is
    the sentence's verb, the noun its subject (whether the model made the noun the root
    or the participle, with the noun its subject)."""
    root = sent.root
    if _has_main_verb(sent):
        return
    bare = root.pos_ == "VERB" and root.morph.get("VerbForm") == ["Part"] and \
        root.morph.get("Tense") == ["Past"] and not any(
            k.dep_.startswith(("aux", "cop")) for k in root.children)
    noun = next((c for c in root.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"
                 and c.i < root.i), None) if bare else _noun_root(sent)
    if noun is None:
        return
    # (or on a noun the subject's noun governs: "Le Rapport sur la politique monétaire
    # publié le même jour table sur ...")
    nouns = [noun] if bare else [noun, *(c for c in noun.children if c.dep_ == "nmod"
                                         and c.pos_ == "NOUN" and c.i > noun.i)]
    participles = [root] if bare else [
        c for n in nouns for c in n.children if c.dep_ == "acl" and c.i > n.i
        and c.morph.get("VerbForm") == ["Part"] and c.morph.get("Tense") == ["Past"]
        and not any(k.dep_.startswith("aux") for k in c.children)]
    if not participles:
        return
    doc = sent.doc
    # (or a noun with no determiner the model made a modifier: "Un bilan publié en 2024
    # par l'observatoire régional des risques naturels chiffre à près de 500 millions")
    tok = next((t for t in sent if t.i > participles[0].i and t.is_lower
                and (doc[t.i - 1].text == "," or any(p in t.ancestors for p in participles))
                and ((t.pos_ == "VERB" and t.dep_ in ("xcomp", "amod", "acl")
                      and t.morph.get("VerbForm") in (["Inf"], ["Part"]))
                     or (t.pos_ == "NOUN" and t.dep_ in ("amod", "xcomp") and doc[t.i - 1].pos_ in (
                         "NOUN", "ADJ", "PROPN") and not any(
                             c.dep_ == "det" for c in t.children)))
                and not any(c.dep_ in ("mark", "case") or c.dep_.startswith("aux")
                            for c in t.children)
                and doc[t.i - 1].lower_ not in ("de", "d'", "à", "pour", "sans", "par")
                and _regular_infinitive(t.lower_, verbs, regular) is not None), None)
    if tok is None:
        return
    if bare:  # (the participle says which noun it is: the noun heads the phrase)
        noun.head, noun.dep_ = noun, "ROOT"
        root.head, root.dep_ = noun, "acl"
    _as_present(tok, morph, _regular_infinitive(tok.lower_, verbs, regular))
    _make_root(sent, noun, tok, "nsubj")


def _present_after_apposition(sent: Span, verbs: frozenset[str],
                              regular: dict[str, tuple[str, ...]],
                              morph: Callable[[str], str]) -> None:
    """"Dans un communiqué ..., le groupe Verallis, propriétaire du site depuis 2014,
    invoque « une hausse ... »": in a sentence with no finite verb, a regular present
    after a comma with an object of its own, which the model tagged an infinitive or a
    participle and hung on the noun root before it, is the sentence's verb.  The root is
    its subject; when that root is an apposition set off after another noun (the model
    made the subject a modifier of the opening phrase), that noun is the subject, the
    apposition its own and the opening phrase the verb's."""
    root = _noun_root(sent)
    if root is None or _has_main_verb(sent):
        return
    doc = sent.doc
    tok = next((t for t in sent if t.i > root.i and t.head == root and t.is_lower
                and doc[t.i - 1].text == "," and t.pos_ == "VERB"
                and t.morph.get("VerbForm") in (["Inf"], ["Part"])
                and t.dep_ in ("advmod", "amod", "acl", "xcomp", "dep")
                and any(c.dep_ == "obj" and c.i > t.i for c in t.children)
                and not any(c.dep_ in ("mark", "case", "nsubj") or c.dep_.startswith("aux")
                            for c in t.children)
                and _regular_infinitive(t.lower_, verbs, regular) is not None), None)
    if tok is None:
        return
    first = min([root.i, *(c.i for c in root.children if c.i < root.i
                           and c.dep_ in ("det", "amod", "nummod"))])
    before = doc[first - 2] if first - 2 >= sent.start and doc[first - 1].text == "," \
        else None
    subject = None
    # (the head of the noun phrase before the comma: "le groupe Verallis", not its name)
    for a in [before, *before.ancestors] if before is not None else []:
        if a.pos_ not in ("NOUN", "PROPN") or a.i >= first or a.dep_ not in (
                "appos", "nmod", "conj", "flat:name") or any(
                    c.dep_ == "case" for c in a.children):
            break
        subject = a
    _as_present(tok, morph, _regular_infinitive(tok.lower_, verbs, regular))
    _make_root(sent, root, tok, "nsubj")
    if subject is None:
        return
    for c in list(root.children):
        if c.i < subject.i:
            c.head = tok
            if c.dep_ == "nmod":
                c.dep_ = "obl:mod"  # ("Dans un communiqué ...": a setting)
    subject.head, subject.dep_ = tok, "nsubj"
    root.head, root.dep_ = subject, "appos"


def _reflexive_verb_made_adjective(sent: Span, verbs: frozenset[str],
                                   regular: dict[str, tuple[str, ...]],
                                   morph: Callable[[str], str]) -> None:
    """"« On nous laisse six semaines, s'indigne Camille Roux. »": a word right after a
    reflexive pronoun that the model tagged an adjective or a noun ("indigne") is a verb
    when its spelling is a regular present of the model's verb list: only a verb takes a
    reflexive pronoun before it."""
    doc = sent.doc
    for tok in sent:
        if tok.pos_ not in ("ADJ", "NOUN") or not tok.is_lower or tok.i == sent.start or \
                doc[tok.i - 1].lower_ not in ("s'", "s’", "se") or \
                doc[tok.i - 1].morph.get("Reflex") != ["Yes"]:
            continue
        lemma = _regular_infinitive(tok.lower_, verbs, regular)
        if lemma is None:
            continue
        _as_present(tok, morph, lemma)


def _finite_verb_inside_subject(sent: Span) -> None:
    """"Un message publié dimanche sur une messagerie chiffrée par un groupe se faisant
    appeler « NightLedger » revendique l'attaque": the model made the noun the root and
    hung the sentence's finite verb deep inside the noun's participle phrase (here on the
    quoted name).  The first finite verb after the participle, with no subject of its own
    and in no relative or subordinate clause, is the sentence's verb, the noun its
    subject.  (Or the model made the participle the root, the noun its subject: "Un
    rapport de la Confédération musicale publié l'an dernier estime à 30 % la baisse".)"""
    root = _noun_root(sent)
    bare = sent.root
    if root is None and bare.pos_ == "VERB" and bare.morph.get("VerbForm") == ["Part"] and \
            bare.morph.get("Tense") == ["Past"] and not any(
                k.dep_.startswith(("aux", "cop")) for k in bare.children):
        # (right after the noun's phrase: "Le club, dans un communiqué, dit « ... » et
        # rappelle ...", set off by commas, is a present the tagger took for a participle)
        root = next((c for c in bare.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"
                     and c.i < bare.i and not any(
                         t.text == "," for t in sent.doc[c.i : bare.i])), None)
    else:
        bare = None
    if root is None:
        return
    # (the participle of the noun or of a noun of its phrase: "Une étude de la Fédération
    # française de modélisme ferroviaire publiée en mars fait état de ...")
    participle = bare if bare is not None else next(
        (c for c in root.subtree if c.dep_ == "acl" and c.i > root.i
         and c.morph.get("VerbForm") == ["Part"]), None)
    if participle is None:
        return
    doc = sent.doc
    tok = next((t for t in sent if t.i > participle.i and t.pos_ == "VERB" and t.is_lower
                and t.morph.get("VerbForm") == ["Fin"] and t.morph.get("Mood") == ["Ind"]
                and doc[t.i - 1].pos_ not in ("ADP", "SCONJ", "PRON")
                and not any(c.dep_.startswith(("nsubj", "mark", "aux")) or c.dep_ == "cc"
                            for c in t.children)
                and not _inside_relative(t)), None)
    if tok is None:
        return
    if bare is not None:  # (the participle says which noun it is: the noun heads the phrase)
        root.head, root.dep_ = root, "ROOT"
        bare.head, bare.dep_ = root, "acl"
    _make_root(sent, root, tok, "nsubj")


def _completive_verb_made_root(sent: Span) -> None:
    """"Un sondage mené par le comité auprès de 600 habitants montre que 78 % d'entre eux
    souhaitaient ...": the model hung the sentence's verb on a noun inside its subject (an
    adjective of "habitants") and made the verb of the "que" clause after it the root,
    with the sentence's subject for its own.  A finite verb right before the root's "que",
    inside the root's first subject, is the sentence's verb; the root its completive."""
    root = sent.root
    doc = sent.doc
    if root.pos_ != "VERB" or root.morph.get("VerbForm") != ["Fin"]:
        return
    mark = next((c for c in root.children if c.dep_ == "mark" and c.i < root.i
                 and c.lower_.replace("’", "'") in ("que", "qu'")), None)
    if mark is None or mark.i - 1 <= sent.start:
        return
    tok = doc[mark.i - 1]
    subject = next((c for c in root.children if c.dep_ == "nsubj" and c.i < tok.i), None)
    if subject is None or tok.pos_ != "VERB" or not tok.is_lower or \
            tok.morph.get("VerbForm") != ["Fin"] or tok.dep_ not in ("amod", "acl", "nmod") or \
            subject not in tok.ancestors or any(c.dep_.startswith(("nsubj", "mark"))
                                                for c in tok.children):
        return
    tok.head, tok.dep_ = tok, "ROOT"
    subject.head = tok
    root.head, root.dep_ = tok, "ccomp"
    for c in list(root.children):
        if c.is_punct and c.i == sent.end - 1:
            c.head = tok


def _verb_hung_on_its_bare_object(sent: Span) -> None:
    """"Une étude de la Fédération française de modélisme ferroviaire publiée en mars fait
    état d'un vieillissement": the model made the bare noun right after a finite verb
    (the object of a light verb: "fait état", "prend acte", "fait part") the root, the verb
    its dependent and the subject the noun's.  The verb is the root, the noun its object,
    what the noun took before the verb the verb's."""
    root = sent.root
    if root.pos_ != "NOUN" or any(c.dep_ in ("det", "case", "cop") for c in root.children):
        return
    verb = next((c for c in root.children if c.i == root.i - 1 and c.pos_ == "VERB"
                 and c.morph.get("VerbForm") == ["Fin"] and not list(c.children)), None)
    if verb is None or not any(c.dep_ == "nsubj" and c.i < verb.i for c in root.children):
        return
    verb.head, verb.dep_ = verb, "ROOT"
    for c in list(root.children):
        if c.i < verb.i or (c.is_punct and c.i == sent.end - 1):
            c.head = verb
    root.head, root.dep_ = verb, "obj"


def _charge_hung_in_object(doc: Doc, verbs: frozenset[str]) -> None:
    """"Le ministère accuse les forces tadjikes d'avoir ouvert le feu", "accusent des
    cueilleurs venus d'autres départements de piller les sous-bois": the infinitive with
    "de" after the object of a verb of charging (``[nlp] charge_object_verbs``) is what is
    charged; the model hung it inside the object (on an adjective, a participle or a
    place).  It is the verb's complement."""
    for verb in doc:
        if verb.pos_ != "VERB" or verb.lemma_ not in verbs:
            continue
        # (or the object after "des", which the model read as "de" + "les")
        obj = next((c for c in verb.children if c.i > verb.i and (c.dep_ == "obj" or (
            c.dep_ == "obl:arg" and any(k.dep_ == "case" and k.lower_ in ("des", "du")
                                        and k.i == c.left_edge.i for k in c.children)))),
                   None)
        if obj is None or any(c.dep_ == "xcomp" and c.i > obj.i for c in verb.children):
            continue
        charge = next((t for t in obj.subtree if t.i > obj.i and t != obj
                       and t.dep_ in ("xcomp", "acl", "advcl")
                       # (or a perfect infinitive: "d'avoir ouvert")
                       and (t.morph.get("VerbForm") == ["Inf"] or any(
                           a.dep_.startswith("aux") and a.morph.get("VerbForm") == ["Inf"]
                           for a in t.children)) and any(
                           # (the mark on the verb or on its auxiliary: "d' | avoir")
                           m.dep_ == "mark" and m.lower_ in ("de", "d'", "d’")
                           for a in (t, *t.children) for m in a.children)), None)
        if charge is not None:
            charge.head, charge.dep_ = verb, "xcomp"
            if obj.dep_ == "obl:arg":
                obj.dep_ = "obj"
                for k in obj.children:
                    if k.dep_ == "case" and k.i == obj.left_edge.i:
                        k.pos_, k.dep_ = "DET", "det"
            continue
        # ("accuse un géant du luxe de plagiat": a bare noun after "de" closing the object,
        # hung on a noun inside it, is the charge, the object's own complement as the model
        # reads "accusent les forces de sécurité d'exécutions sommaires")
        last = obj.right_edge
        if last.pos_ == "NOUN" and last.dep_ == "nmod" and last.head != obj and \
                last.head.i > obj.i and any(
                    k.dep_ == "case" and k.lower_ in ("de", "d'", "d’") and k.i == last.i - 1
                    for k in last.children) and not any(
                    k.dep_ in ("det", "nmod", "amod") for k in last.children) and \
                any(k.dep_ == "det" or k.lower_ in ("du", "des") for k in last.head.children):
            # (the noun it hung on has its article, "du luxe"; a bare one goes with the
            # object's name: "les forces de sécurité")
            last.head = obj


def _date_made_subject(sent: Span) -> None:
    """"Un rapport d'historiens remis au ministère en 2022 avait établi que ...": the model
    made the date with its preposition the subject of a relative clause with no relative
    word, hung on the noun it made the root.  A word with a preposition is no subject: the
    verb is the sentence's, the noun its subject."""
    root = _noun_root(sent)
    if root is None:
        return
    verb = next((c for c in root.children if c.dep_ == "acl:relcl" and c.pos_ == "VERB"
                 and not _inside_relative(c) and (c.morph.get("VerbForm") == ["Fin"] or any(
                     k.dep_.startswith("aux") and k.morph.get("VerbForm") == ["Fin"]
                     for k in c.children))), None)
    subject = next((k for k in verb.children if k.dep_ == "nsubj" and k.i < verb.i and any(
        m.dep_ == "case" and m.pos_ == "ADP" for m in k.children)), None) if verb else None
    if verb is None or subject is None:
        return
    subject.dep_ = "obl:mod"
    _make_root(sent, root, verb, "nsubj")


def _participle_made_clause_verb(sent: Span) -> None:
    """"a indiqué qu'une charte renouvelant le jumelage serait signée samedi": the model
    took the present participle inside the clause's subject for the clause's verb (with
    "que" and the subject; tagged finite or not) and hung the clause's real verb, past it,
    loose on the verb of saying; that verb heads the clause, the participle qualifies its
    noun.  So when the verb, finite itself, hangs on the participle with the participle's
    object for its subject, or loose with none ("qu'un livre reprenant la série
    paraîtrait à l'automne"): the object is the participle's."""
    for tok in sent:
        subject = next((c for c in tok.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"
                        and c.i == tok.i - 1), None)
        if tok.pos_ != "VERB" or tok.dep_ != "ccomp" or not tok.lower_.endswith("ant") or \
                tok.morph.get("VerbForm") not in (["Fin"], ["Part"]) or subject is None:
            continue
        mark = next((c for c in tok.children if c.dep_ == "mark" and c.i < subject.i), None)
        # (the participle's object, which the model may have made the verb's subject)
        taken = [c for c in [*tok.children, *(k for c in tok.children for k in c.children)]
                 if c.dep_ in ("obj", "nsubj") and c.pos_ == "NOUN" and c.i > tok.i
                 and c.left_edge.i == tok.i + 1]
        verb = next((c for c in [*tok.head.children, *tok.children] if c.i > tok.i
                     and c.pos_ == "VERB" and c.dep_ in ("parataxis", "conj", "ccomp", "punct")
                     and not any((k.dep_.startswith("nsubj") and k not in taken)
                                 or k.dep_ in ("cc", "mark") for k in c.children)
                     and (c.morph.get("VerbForm") == ["Fin"] or any(
                         k.dep_.startswith("aux") and k.morph.get("VerbForm") == ["Fin"]
                         and k.i < c.i for k in c.children))), None)
        if mark is None or verb is None or any(
                t.pos_ in ("VERB", "AUX") and t.morph.get("VerbForm") == ["Fin"]
                for t in sent.doc[tok.i + 1 : verb.i] if t.head != verb) or any(
                t.is_punct for t in sent.doc[tok.i + 1 : verb.i]):
            continue
        for obj in taken:
            if obj.right_edge.i < verb.i:
                obj.head, obj.dep_ = tok, "obj"
        verb.head, verb.dep_ = tok.head, tok.dep_
        mark.head = verb
        subject.head = verb
        subject.dep_ = "nsubj:pass" if any(k.dep_ == "aux:pass" for k in verb.children) \
            else "nsubj"
        tok.head, tok.dep_ = subject, "acl"
        tok.set_morph("Tense=Pres|VerbForm=Part")
        return


def _participle_made_root(sent: Span) -> None:
    """"Le surplus d'électricité produit en semaine, quand ..., sera revendu à EDF": the
    past participle of a verb in "-ire", spelt as its present ("produit", "construit"),
    which the model made the sentence's finite verb with the noun before it its subject;
    the verb after it with its own finite auxiliary and no subject is the sentence's,
    the participle qualifies the noun."""
    root = sent.root
    subject = next((c for c in root.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"
                    and c.i < root.i and c.right_edge.i == root.i - 1), None)
    if root.pos_ != "VERB" or root.morph.get("VerbForm") != ["Fin"] or subject is None or \
            not root.lower_.endswith("it") or not root.lemma_.endswith("ire") or any(
                c.dep_.startswith("aux") for c in root.children):
        return
    verb = next((c for c in root.children if c.i > root.i and c.pos_ == "VERB"
                 and c.dep_ in ("advcl", "conj", "parataxis") and not any(
                     k.dep_.startswith("nsubj") or k.dep_ in ("mark", "cc") for k in c.children)
                 and any(k.dep_.startswith("aux") and k.morph.get("VerbForm") == ["Fin"]
                         and k.i < c.i and _comma_before(k) for k in c.children)), None)
    if verb is None:
        return
    for c in list(root.children):
        if c.i > verb.i:
            c.head = verb
    verb.head, verb.dep_ = verb, "ROOT"
    subject.head = verb
    subject.dep_ = "nsubj:pass" if any(k.dep_ == "aux:pass" for k in verb.children) else "nsubj"
    root.head, root.dep_ = subject, "acl"
    root.set_morph("Tense=Past|VerbForm=Part")


def _comma_before(tok: Token) -> bool:
    """Whether a comma stands right before ``tok`` (a verb's auxiliary after a phrase set
    off: "..., quand la salle n'est pas louée, sera revendu")."""
    return tok.i > 0 and tok.doc[tok.i - 1].text == ","


def _first_verb_inside_subject_participle(sent: Span) -> None:
    """"Le règlement affiché à l'entrée n'impose aucune vaccination, mais exige que ...":
    the model hung the first of two joined verbs inside the subject's participle phrase
    (a finite verb made the participle's complement) and gave the subject to the second;
    the first verb heads the sentence, the second is joined to it."""
    root = sent.root
    if root.pos_ != "VERB" or not any(c.dep_ == "cc" and c.i < root.i for c in root.children):
        return
    noun = next((c for c in root.children if c.dep_ == "nsubj" and c.i < root.i
                 and c.pos_ in ("NOUN", "PROPN")), None)
    if noun is None:
        return
    # ("Un message publié mardi sur la page Facebook de la mairie appelle les habitants à
    # ... et indique que": or a clause of a noun deeper in that phrase)
    tok = next((t for t in sent if noun.i < t.i < root.i and t.pos_ == "VERB"
                and t.dep_ in ("xcomp", "acl") and t.morph.get("VerbForm") == ["Fin"]
                and (t.dep_ == "xcomp" or t.morph.get("Mood") == ["Ind"])
                and not any(k.dep_.startswith("nsubj") or k.morph.get("PronType") == ["Rel"]
                            for k in t.children)
                and (any(a.dep_ == "acl" and a.head == noun
                         and a.morph.get("VerbForm") == ["Part"]
                         and (a == t.head or t.dep_ == "acl") for a in t.ancestors)
                     # ("La lettre adressée ..., que nous avons pu consulter, parle d'un
                     # ... et remercie": hung on the noun itself, after the comma closing
                     # the noun's phrase)
                     or (t.dep_ == "acl" and t.head == noun and t.morph.get("Mood") == ["Ind"]
                         and t.doc[t.i - 1].text == ","))), None)
    if tok is None:
        return
    tok.head, tok.dep_ = tok, "ROOT"
    noun.head = tok
    root.head, root.dep_ = tok, "conj"


def _verb_made_clause_of_subject(sent: Span) -> None:
    """"Une lettre adressée aux associations, que La Voix du Centre s'est procurée,
    évoque une hausse": the model made the subject the root and the sentence's finite
    verb, after the comma closing the subject's phrase, a clause of it; that verb is the
    sentence's, the noun its subject (not a relative clause's verb: "..., qui évoque")."""
    root = sent.root
    if root.pos_ != "NOUN":
        return
    verb = next((c for c in root.children if c.dep_ == "acl" and c.pos_ == "VERB"
                 and c.i > root.i and c.morph.get("VerbForm") == ["Fin"]
                 and sent.doc[c.i - 1].text == "," and not any(
                     k.dep_.startswith("nsubj") or k.morph.get("PronType") == ["Rel"]
                     for k in c.children if k.i < c.i)), None)
    if verb is not None and not any(
            t.morph.get("PronType") == ["Rel"] and t.head == verb for t in sent):
        _make_root(sent, root, verb, "nsubj")


def _verb_made_conjunct_of_subject(sent: Span) -> None:
    """"L'ancienne piscine Jean-Moulin, fermée depuis 2019 pour des raisons de sécurité, n'a
    toujours pas été démolie": the model made the subject the root and the sentence's verb,
    with its finite auxiliary after the comma closing the subject's phrase, a conjunct of
    it; that verb is the sentence's, the noun its subject (not a verb joined by "et", nor
    one with a subject of its own)."""
    root = _noun_root(sent)
    if root is None:
        return
    # (or a relative clause with no relative word: "Le surplus, en semaine, sera revendu")
    verb = next((c for c in root.children if c.dep_ in ("conj", "acl:relcl")
                 and c.pos_ == "VERB" and c.i > root.i and sent.doc[min(
                     k.i for k in c.subtree if not k.is_punct) - 1].text == ","
                 and any(k.dep_.startswith("aux") and k.morph.get("VerbForm") == ["Fin"]
                         for k in c.children if k.i < c.i)
                 and not any(k.dep_ in ("cc", "nsubj", "nsubj:pass") or k.morph.get(
                     "PronType") == ["Rel"] for k in c.children if k.i < c.i)), None)
    if verb is not None:
        _make_root(sent, root, verb, "nsubj:pass" if verb.morph.get("Voice") == ["Pass"]
                   else "nsubj")


def _clause_made_relative_of_speaker_subject(sent: Span) -> None:
    """"Le surplus, en semaine, sera revendu à EDF, précise la mairie": the model made the
    verb of saying closing the sentence the root, the clause's subject its subject, and
    the clause's verb (its finite auxiliary after the comma closing a phrase set off) a
    relative clause of that subject, with no relative word; the clause is what is said, the
    noun its subject (as the model reads "Le surplus sera revendu à EDF, précise ...")."""
    root = sent.root
    noun = next((c for c in root.children if c.dep_.startswith("nsubj") and c.i < root.i
                 and c.pos_ == "NOUN"), None)
    if root.pos_ != "VERB" or noun is None or not any(
            c.dep_ in ("obj", "nsubj") and c.i > root.i for c in root.children) or \
            sent.doc[root.i - 1].text != ",":
        return
    verb = next((c for c in noun.children if c.dep_ in ("acl:relcl", "acl") and c.pos_ == "VERB"
                 and noun.i < c.i < root.i
                 and any(k.dep_.startswith("aux") and k.morph.get("VerbForm") == ["Fin"]
                         and k.i < c.i and _comma_before(k) for k in c.children)
                 and not any(k.dep_ in ("cc", "mark") or k.dep_.startswith("nsubj")
                             or k.morph.get("PronType") == ["Rel"] for k in c.children
                             if k.i < c.i)
                 and next(t for t in c.subtree if not t.is_punct).morph.get(
                     "PronType") != ["Rel"]), None)
    if verb is None:
        return
    verb.head, verb.dep_ = root, "advcl"
    noun.head = verb
    noun.dep_ = "nsubj:pass" if verb.morph.get("Voice") == ["Pass"] else "nsubj"


def _infinitive_past_quote_mark(sent: Span) -> None:
    """"..., a assuré le maire, Patrick Soulard, qui dit « faire confiance au civisme de
    chacun »": the model hung the infinitive opening a quote on a verb before the finite
    verb right before the quote mark (made it that verb's complement); it completes the
    verb it follows, which has none."""
    doc = sent.doc
    for tok in sent:
        if tok.pos_ != "VERB" or tok.dep_ != "xcomp" or tok.morph.get("VerbForm") != ["Inf"] \
                or tok.head.i >= tok.i - 2 or not doc[tok.i - 1].is_quote:
            continue
        verb = doc[tok.i - 2]
        if verb.pos_ != "VERB" or verb.morph.get("VerbForm") != ["Fin"] or \
                verb.i <= tok.head.i or any(c.dep_ in ("xcomp", "obj", "ccomp")
                                            for c in verb.children):
            continue
        for c in tok.head.children:
            if c.is_quote and tok.i - 1 <= c.i <= tok.right_edge.i + 1:
                c.head = verb
        tok.head = verb


def _incise_made_root(sent: Span) -> None:
    """"Pendant les travaux, a précisé la SNCF, les voyageurs devront emprunter des cars":
    the model made the verb of saying inserted between commas the root, and the clause
    after it, with its own subject, a conjunct of it; that clause is the sentence's, the
    inserted verb a parataxis of it (as the model reads "..., a précisé l'ARS, les
    patients devront ..." when it gets it right)."""
    root = sent.root
    if root.pos_ != "VERB" or any(c.dep_.startswith("nsubj") and c.i < root.i
                                  for c in root.children):
        return
    first = min([root.i, *(c.i for c in root.children if c.dep_.startswith("aux"))])
    if first == sent.start or sent.doc[first - 1].text != ",":
        return
    clause = next((c for c in root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                   and c.i > root.i and any(k.dep_.startswith("nsubj") and k.i < c.i
                                            for k in c.children)
                   and sent.doc[min(k.i for k in c.subtree if not k.is_punct) - 1].text == ","
                   and not any(k.dep_ == "cc" for k in c.children)), None)
    if clause is None or not any(c.dep_ in ("obj", "nsubj") and root.i < c.i < clause.i
                                 for c in root.children):
        return
    clause.head, clause.dep_ = clause, "ROOT"
    root.head, root.dep_ = clause, "parataxis"
    for c in [c for c in root.children if c.i < first]:
        c.head = clause  # ("Pendant les travaux": the clause's circumstance)


def _apposition_made_complement(doc: Doc) -> None:
    """"..., estime Hélène Castaing, hydrobiologiste à l'université de Poitiers": the
    speaker's title set off by a comma after an inverted subject, which the model made the
    verb's complement (an adjective "estime" would judge).  It is the speaker's
    apposition."""
    for tok in doc:
        verb = tok.head
        if tok.dep_ != "xcomp" or tok.pos_ not in ("ADJ", "NOUN") or not tok.is_lower or \
                verb.dep_ not in ("parataxis", "ROOT") or tok.i < 2 or doc[tok.i - 1].text != ",":
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and verb.i < c.i < tok.i
                        and c.pos_ in ("PROPN", "NOUN")
                        and c.right_edge.i in (tok.i - 2, tok.i - 1)), None)
        if subject is None:
            continue
        tok.pos_, tok.dep_, tok.head = "NOUN", "appos", subject


def _noun_made_punctuation(doc: Doc) -> None:
    """"Rage au parc : « Aucun visiteur n'a été mordu », assure la direction": a noun the
    model hung as punctuation (or on a noun before the colon and the quote), with a verb
    after it that has no subject of its own in the quote, is that verb's subject (no noun
    is punctuation); a topic before the colon and the quote the model made that subject
    is none."""
    for tok in doc:
        # (or hung on a noun before the colon and the quote, with no preposition:
        # "Intoxication à la cantine : « Aucun enfant n'a été hospitalisé »")
        across = tok.dep_ == "nmod" and tok.head.i < tok.i and not any(
            c.dep_ == "case" for c in tok.children) and any(
            t.text in (":", *_OPENING_MARKS) for t in doc[tok.head.i + 1 : tok.i])
        if tok.pos_ not in ("NOUN", "PROPN") or (tok.dep_ != "punct" and not across) or not any(
                t.text in _OPENING_MARKS for t in doc[max(tok.i - 3, 0) : tok.i]):
            continue  # (only a noun opening a quote: "« Aucun visiteur")
        verb = next((t for t in doc[tok.i + 1 : min(tok.i + 6, len(doc))]
                     if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "aux:tense",
                                                                     "aux:pass", "cop")), None)
        if verb is None or any(t.is_punct for t in doc[tok.i + 1 : verb.i]) or any(
                a.i == tok.i for a in verb.ancestors) or not (
                verb.morph.get("VerbForm") == ["Fin"]
                or any(c.dep_.startswith("aux") for c in verb.children)):
            continue  # (nor a verb hung under the noun, no loop in the tree; nor a bare
            # participle: "l'usine Valchem mise en cause")
        subjects = [c for c in verb.children if c.dep_.startswith("nsubj")]
        if any(not any(t.text in (":", *_OPENING_MARKS) for t in doc[c.i + 1 : tok.i])
               for c in subjects):
            continue  # (a subject of its own, in the same clause)
        for c in subjects:  # (a topic before the colon and the quote: no subject)
            c.dep_ = "dep"
        tok.head = verb
        tok.dep_ = "nsubj:pass" if verb.morph.get("Voice") == ["Pass"] else "nsubj"


def _name_tail_made_subject(sent: Span) -> None:
    """"Un tract distribué ... par le groupe d'opposition Vertou Autrement chiffre le coût":
    the last word of a name in the agent of the subject's participle, which the model made
    the subject of the sentence's verb (and that verb a relative clause of the noun with
    no relative word), is the name's; the verb is the sentence's, the noun its subject."""
    root = _noun_root(sent)
    if root is None:
        return
    doc = sent.doc
    tok = next((c for c in root.children if c.dep_ == "acl:relcl" and c.i > root.i
                and c.pos_ == "VERB" and c.morph.get("VerbForm") == ["Fin"]
                and not any(k.morph.get("PronType") == ["Rel"] for k in c.children)), None)
    if tok is None:
        return
    tail = next((c for c in tok.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"
                 and c.i == tok.i - 1 and doc[c.i - 1].pos_ == "PROPN"), None)
    if tail is None or not any(t.lower_ == "par" for t in doc[root.i + 1 : tail.i]):
        return
    tail.head, tail.dep_ = doc[tail.i - 1], "flat:name"
    _make_root(sent, root, tok, "nsubj")


def _name_in_subject_made_subject(sent: Span) -> None:
    """"Un message publié sur le compte X de l'association d'usagers Clairval en commun
    appelle à ...": a name ending the subject's participle phrase, which the model made a
    second subject of the verb, is the name of the noun before it."""
    root = sent.root
    doc = sent.doc
    subjects = [c for c in root.children if c.dep_ == "nsubj" and c.i < root.i]
    if root.pos_ != "VERB" or len(subjects) != 2:
        return
    first, second = subjects
    if not second.text[:1].isupper() or second.i == 0 or \
            doc[second.i - 1] not in first.subtree or not any(
                c.dep_ == "acl" and c.morph.get("VerbForm") == ["Part"] for c in first.children):
        return
    second.head, second.dep_ = doc[second.i - 1], "nmod"


def _verb_hung_inside_relative(sent: Span, root: Token,
                               presents: frozenset[str] = frozenset()) -> Token | None:
    """"La Fondation de France, qui pilote la collecte, appelle les donateurs à ...": the
    finite verb after the comma closing the subject's relative clause, tagged right but
    hung as a clause of a noun inside that clause, or as its verb's complement ("Une
    pétition lancée par une association, qui réunissait 412 signatures, demande ...", on
    a noun of the subject's phrase); also a present spelt as its participle
    (``presents``: "Une analyse ..., que l'AFP a pu consulter, fait état de ...", made an
    adverbial of the relative clause's verb); None when there is none."""
    doc = sent.doc
    return next((t for t in sent if t.pos_ == "VERB" and t.dep_ in ("acl", "xcomp", "obl:mod")
                 and t.i > root.i + 2
                 and ((t.morph.get("VerbForm") == ["Fin"] and t.morph.get("Mood") == ["Ind"])
                      or (t.lower_ in presents and t.morph.get("VerbForm") == ["Part"]))
                 and doc[t.i - 1].text == "," and _inside_relative(doc[t.i - 2])
                 and _inside_relative(t) and any(
                     r.dep_ == "acl:relcl" and (r.head.i == root.i or (
                         t.dep_ == "xcomp" and r.head.i < t.i))
                     for r in t.ancestors)), None)


def _inside_set_off_participle(tok: Token, root: Token) -> bool:
    """Whether a word lies in a participle clause set off by a comma after the noun at the
    root ("Un document interne, consulté par l'AFP, chiffre ...")."""
    return any(a.dep_ == "acl" and a.head.i == root.i and a.morph.get("VerbForm") == ["Part"]
               and a.left_edge.i > 0 and a.doc[a.left_edge.i - 1].text == ","
               for a in (tok, *tok.ancestors))


def _inside_relative(tok: Token) -> bool:
    """Whether a word lies in a relative clause opened by a relative word ("que nous
    avons pu consulter")."""
    for t in (tok, *tok.ancestors):
        # (the relative word may hang lower: "dont Le Progrès a obtenu copie")
        if t.dep_ == "acl:relcl" and (any(c.lower_ in _RELATIVE_WORDS for c in t.children)
                                      or t.left_edge.lower_ in _RELATIVE_WORDS):
            return True
    return False


_RELATIVE_WORDS = frozenset({"qui", "que", "qu'", "qu’", "dont", "où", "lequel", "laquelle"})


def _has_main_verb(sent: Span) -> bool:
    """Whether a sentence has a finite verb outside relative clauses: one the repairs of a
    verbless sentence must leave alone."""
    return any(t.pos_ in ("VERB", "AUX") and t.morph.get("VerbForm") == ["Fin"]
               and not _inside_relative(t) for t in sent)


def _adjective_present(sent: Span, infinitive_of: Callable[[str], str | None],
                       morph: Callable[[str], str]) -> None:
    """In a sentence with no verb, a word right after a noun, spelt as a present of the
    model's verb forms and followed by an object (or ending the sentence after a noun with
    its article), is the verb and the noun its subject: "Pour de nombreux habitants, la
    décision marque « la fin d'une époque »" (the model made "marque" an adjective of
    "décision"), "Du côté des salariés, l'inquiétude domine."."""
    if any(t.pos_ in ("VERB", "AUX") and t.morph.get("VerbForm") == ["Fin"] for t in sent):
        return
    doc = sent.doc
    tok = next((t for t in sent if t.pos_ == "ADJ" and t.dep_ == "amod" and t.is_lower
                and t.head.pos_ == "NOUN" and t.head.i == t.i - 1 and t.i + 1 < sent.end
                and (doc[t.i + 1].pos_ == "DET" or doc[t.i + 1].text in _OPENING_MARKS or (
                    # ("Du côté des salariés, l'inquiétude domine.": no object, the end)
                    t.i + 2 == sent.end and doc[t.i + 1].text in (".", "!") and any(
                        c.dep_ == "det" and c.morph.get("Definite") == ["Def"]
                        for c in t.head.children)))
                and infinitive_of(t.lower_)), None)
    if tok is None:
        return
    subject, root = tok.head, sent.root
    after = [t for t in sent if t.i > tok.i and t.head.i in {subject.i, root.i}]
    _as_present(tok, morph, infinitive_of(tok.lower_))
    tok.head = tok
    tok.dep_ = "ROOT"
    if root.i != subject.i:
        root.head = tok
        root.dep_ = "obl:mod"  # "Pour de nombreux habitants, ..."
    subject.head = tok
    subject.dep_ = "nsubj"
    for t in after:
        t.head = tok


def _verb_before_infinitive(sent: Span, infinitive_of: Callable[[str], str | None],
                            morph: Callable[[str], str]) -> None:
    """A word right after the subject's noun, spelt as a present of the model's verb
    forms and followed by an infinitive (with or without "de"), is the verb, which the
    model took for an adverb or a noun: "La métropole dément avoir sous-estimé le
    préjudice" ("dément", insane), "Si aucun repreneur ne se manifeste, l'intersyndicale
    menace de bloquer les expéditions" ("menace", a threat).  Only when no main verb
    comes before it: the sentence's root is then that noun or a subordinate clause's
    verb, which becomes the new verb's adverbial clause."""
    doc = sent.doc
    root = sent.root

    def infinitive_after(t: Token) -> int | None:  # (past a "de", or a reflexive "se")
        k = t.i + 1 + (t.i + 1 < sent.end and doc[t.i + 1].lower_ in (
            "de", "d'", "d’", "se", "s'", "s’"))
        return k if k < sent.end and doc[k].morph.get("VerbForm") == ["Inf"] else None

    def subject_before(t: Token) -> Token | None:
        # (past a stressed pronoun set off by commas: "Jean-Claude Rivière, lui, compte se
        # consacrer à son potager"; the name's first word heads it)
        j = t.i - 1
        if j > sent.start + 2 and doc[j].text == "," and doc[j - 1].pos_ == "PRON" and \
                doc[j - 2].text == ",":
            j -= 3
        if j > sent.start and doc[j].is_title and doc[j].pos_ in ("VERB", "ADJ") and \
                doc[j - 1].is_title and doc[j - 1].pos_ in ("NOUN", "PROPN") and \
                doc[j].head.i == j - 1:
            j -= 1  # (a name's second word tagged a verb: "Terres Sucrières dément")
        if j < sent.start or doc[j].pos_ not in ("NOUN", "PROPN"):
            return None
        return doc[j].head if doc[j].dep_ == "flat:name" and doc[j].head.i < j else doc[j]

    # (or a verb the model hung inside the subject's name: "Martine Le Bihan compte")
    tok = next((t for t in sent if (t.pos_ in ("NOUN", "ADJ", "ADV") or (
                    t.pos_ == "VERB" and t.dep_ == "flat:name")) and t.is_lower
                and t.i > sent.start and subject_before(t) is not None
                and infinitive_after(t) is not None
                and not t.lower_.endswith(_PARTICIPLE_ENDINGS)
                and infinitive_of(t.lower_)), None)
    if tok is None:
        return
    k = infinitive_after(tok)
    subject = subject_before(tok)
    if k is None or subject is None:
        return
    # (a name's word tagged a verb is no verb: "Terres Sucrières")
    named = [t for t in doc[subject.i + 1 : tok.i] if t.is_title and t.pos_ in ("VERB", "ADJ")
             and t.head == subject]
    if any(t.pos_ in ("VERB", "AUX") and t.morph.get("VerbForm") == ["Fin"] and t.i < tok.i
           and t not in named and not _inside_relative(t) and not any(
               c.dep_ == "mark" for c in (t.head if t.dep_.startswith("aux") else t).children)
           for t in sent):
        return
    # (or the infinitive made the root, the subject hung on a phrase before it: "Pour sa
    # retraite, Josiane Le Goff compte s'occuper de son jardin")
    # (or the infinitive's object made the root, a noun with its article: "Terres
    # Sucrières dément avoir reçu la moindre offre ferme")
    object_root = root.i > k and root.pos_ == "VERB" and any(
        c.dep_ == "det" and c.i < root.i for c in root.children)
    # (or the participle after the infinitive's auxiliary: "dément avoir reçu")
    participle_root = root.i == k + 1 and doc[k].pos_ == "AUX" and doc[k].head == root and \
        root.morph.get("VerbForm") == ["Part"]
    if root.i not in (subject.i, k) and not object_root and not participle_root and not any(
            c.dep_ == "mark" for c in root.children):
        return
    infinitive = doc[k]
    for t in named:
        t.pos_, t.tag_, t.dep_, t.lemma_ = "PROPN", "PROPN", "flat:name", t.text
        t.set_morph("")
    _as_present(tok, morph, infinitive_of(tok.lower_))
    if root.i == subject.i:
        _make_root(sent, root, tok, "nsubj")
    elif root.i == k or participle_root:
        _verb_over_infinitive_root(sent, tok, root, subject)
    elif object_root:
        tok.head, tok.dep_ = tok, "ROOT"
        for t in sent:
            if t.head == root and t != root and (t.i < k or t.i == sent.end - 1):
                t.head = tok  # (the subject, the full stop)
        subject.head, subject.dep_ = tok, "nsubj"
    else:
        after = [t for t in sent if t.i > tok.i and t.head.i in (root.i, subject.i)]
        tok.head, tok.dep_ = tok, "ROOT"
        root.head, root.dep_ = tok, "advcl"
        subject.head, subject.dep_ = tok, "nsubj"
        for t in [*after, *(c for c in subject.children if c.is_punct and c.i < subject.i)]:
            t.head = tok  # (and the comma the model hung on the subject)
    if infinitive.pos_ == "AUX" and infinitive.head.i > infinitive.i and \
            infinitive.head.morph.get("VerbForm") == ["Part"]:
        # ("dément avoir sous-estimé": the participle is the complement, "avoir" its
        # auxiliary, and a finite verb joined to it is the new verb's: "et rappelle que")
        participle = infinitive.head
        for c in participle.children:
            if c.dep_ == "conj" and c.morph.get("VerbForm") == ["Fin"]:
                c.head = tok
        infinitive.head, infinitive.dep_ = participle, "aux:tense"
        infinitive = participle
    infinitive.head, infinitive.dep_ = tok, "xcomp"
    if object_root:
        root.head, root.dep_ = infinitive, "obj"
        root.pos_ = root.tag_ = "NOUN"
        root.lemma_ = root.lower_
        root.set_morph("")
    if k > tok.i + 1:
        between = doc[tok.i + 1]
        between.head = infinitive
        between.dep_ = "expl:comp" if between.pos_ == "PRON" else "mark"  # ("se", "de")


def _verb_over_infinitive_root(sent: Span, tok: Token, root: Token, subject: Token) -> None:
    """"Pour sa retraite, Josiane Le Goff compte s'occuper de son jardin": the model made
    the infinitive the root and hung the subject on the opening phrase; ``tok`` becomes the
    root with the infinitive its complement, the whole name its subject (a first name the
    model hung apart, "Josiane" apposed to "retraite", or a surname hung on the first name,
    "Martine" then "Le Bihan"), and the opening phrase and the final stop its own."""
    doc = sent.doc
    _make_root(sent, root, tok, "xcomp")
    for t in sent:
        if t.i < tok.i and t.head.i == root.i and t.i != subject.i:
            t.head = tok  # (the opening phrase and its comma)
    first = doc[subject.left_edge.i - 1] if subject.left_edge.i > sent.start else None
    name = subject.head if subject.dep_ in ("nmod", "flat:name", "appos") and \
        subject.head.pos_ == "PROPN" and subject.head.i < subject.i else \
        first if first is not None and first.pos_ == "PROPN" and first.dep_ in (
            "appos", "nmod") and first.head.i < first.i else subject
    name.head, name.dep_ = tok, "nsubj"
    if name is not subject:
        subject.head, subject.dep_ = name, "flat:name"
    for c in [c for c in name.children if c.i < name.i and c.dep_ in ("nmod", "punct")]:
        c.head = tok  # ("Pour ses vacances," is the verb's, not the name's)
        c.dep_ = "obl:mod" if c.dep_ == "nmod" else c.dep_
    if doc[sent.end - 1].is_punct and doc[sent.end - 1].head.i == root.i:
        doc[sent.end - 1].head = tok


#: Participle spellings, which a present never has ("chargée de", "dit de").
_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées", "i", "is", "it", "u", "ue", "us", "ues")


def _incise_made_participle(sent: Span, presents: frozenset[str],
                            morph: Callable[[str], str]) -> None:
    """"« Nous retrouvons des carcasses ... », décrit Serge Yakité, chef des écogardes":
    the present of an incise right after the closing quote mark and its comma, which the
    model tagged a participle (spelt like one, "décrit", or not, "raconte") and whose
    inverted subject it made the participle's agent, with no "par" (or the apposition of
    an agent that only says how it was heard: "raconte par téléphone Rodel Bautista").
    The verb is finite and the name its subject."""
    doc = sent.doc
    for tok in sent:
        if tok.pos_ != "VERB" or tok.morph.get("VerbForm") != ["Part"] or not tok.is_lower \
                or tok.i < sent.start + 2 or doc[tok.i - 1].text != "," \
                or doc[tok.i - 2].text not in _CLOSING_MARKS \
                or not (tok.lower_ in presents or tok.lower_.endswith(("e", "ent"))) \
                or any(c.dep_.startswith(("aux", "nsubj")) for c in tok.children):
            continue
        agent = next((c for c in tok.children if c.dep_ == "obl:agent" and c.i > tok.i), None)
        if agent is None:
            continue
        name = agent if agent.pos_ == "PROPN" and not any(
            c.dep_ == "case" for c in agent.children) else next(
            (c for c in agent.children if c.dep_ in ("appos", "flat:name") and c.is_title
             and c.i == agent.i + 1 and agent.is_lower and any(
                 k.dep_ == "case" and k.lower_ == "par" for k in agent.children)), None)
        if name is None:
            continue
        tok.set_morph(morph(tok.text))
        if name is not agent:
            # (the name's apposition, which the model hung on the agent: "une habitante")
            for c in agent.children:
                if c.dep_ in ("conj", "appos") and c.i > name.i:
                    c.head, c.dep_ = name, "appos"
            name.head, agent.dep_ = tok, "obl:mod"
        name.dep_, name.pos_ = "nsubj", "PROPN"


def _present_in_subject_after_setting(sent: Span, verbs: frozenset[str],
                                      regular: dict[str, tuple[str, ...]],
                                      morph: Callable[[str], str]) -> None:
    """"Dans un message publié sur Instagram, l'établissement salue « un travail
    collectif »": the model made the opening setting the root, the subject set off after
    it the setting's apposition, and the verb, a present no participle is spelt like
    ("salue", of "saluer"), a participle of the subject.  The verb is the root, the
    subject its subject, the setting its adverbial, and what the model hung on the
    subject after the verb the verb's."""
    root, doc = sent.root, sent.doc
    if root.pos_ != "NOUN" or root.left_edge.i != sent.start or not any(
            c.dep_ == "case" and c.i < root.i for c in root.children):
        return
    subject = next((c for c in root.children if c.dep_ == "appos" and c.i > root.i
                    and doc[min(t.i for t in c.subtree if not t.is_punct) - 1].text == ","),
                   None)
    verb = next((c for c in subject.children if c.i > subject.i
                 and _spelt_present(c, verbs, regular)), None) if subject is not None else None
    if subject is None or verb is None:
        return
    after = [c for c in subject.children if c.i > verb.i]
    verb.set_morph(morph(verb.text))
    verb.lemma_ = _spelt_present(verb, verbs, regular) or verb.lemma_
    verb.head, verb.dep_ = verb, "ROOT"
    subject.head, subject.dep_ = verb, "nsubj"
    root.head, root.dep_ = verb, "obl:mod"
    _hang_on_verb(verb, [*after, *(c for c in root.children if c.i > verb.i)])


def _spelt_present(tok: Token, verbs: frozenset[str],
                  regular: dict[str, tuple[str, ...]]) -> str | None:
    """The infinitive of a word the model hung on a noun as its bare participle (tagged
    so, or finite) that no participle is spelt like ("salue", of "saluer": the participle
    is "salué"), if so."""
    return _regular_infinitive(tok.lower_, verbs, regular) if (
        tok.dep_ == "acl" and tok.pos_ == "VERB" and tok.is_lower
        and tok.morph.get("VerbForm") in (["Part"], ["Fin"])
        and not any(k.dep_.startswith("aux") for k in tok.children)) else None


def _hang_on_verb(verb: Token, words: list[Token]) -> None:
    """Hang on a verb made of a noun's participle what the model hung on that noun after
    it; a bare noun among them is the verb's object."""
    for c in words:
        c.head = verb
        if c.dep_ == "nmod" and c.pos_ == "NOUN" and not any(
                k.dep_ == "case" for k in c.children):
            c.dep_ = "obj"


def _present_made_participle_of_subject(sent: Span, verbs: frozenset[str],
                                        regular: dict[str, tuple[str, ...]],
                                        morph: Callable[[str], str]) -> None:
    """"l'établissement salue « un travail collectif » et partage une vidéo": the first of
    two joined presents, one no participle is spelt like, which the model made a
    participle of the subject, leaving the second the root.  The first is the root, the
    second joined to it."""
    root = sent.root
    cc = next((c for c in root.children if c.dep_ == "cc" and c.i < root.i), None)
    subject = next((c for c in root.children if c.dep_ == "nsubj" and c.i < root.i), None)
    if root.pos_ != "VERB" or root.morph.get("VerbForm") != ["Fin"] or cc is None or \
            subject is None:
        return
    verb = next((c for c in subject.children if c.i > subject.i and c.i < cc.i
                 and _spelt_present(c, verbs, regular)), None)
    if verb is None:
        return
    after = [c for c in subject.children if c.i > verb.i]
    verb.set_morph(morph(verb.text))
    verb.lemma_ = _spelt_present(verb, verbs, regular) or verb.lemma_
    verb.head, verb.dep_ = verb, "ROOT"
    subject.head = verb
    for c in [c for c in root.children if c.i < subject.i or (c.is_punct and c.i < cc.i)]:
        c.head = verb
    root.head, root.dep_ = verb, "conj"
    _hang_on_verb(verb, after)


def _rehang_present(sent: Span, presents: frozenset[str], morph: Callable[[str], str]) -> None:
    """A present the model took for a participle hanging on a verbless sentence's noun
    ("Une infirmière de MSF décrit des enfants ...": "décrit" as the participle of a
    noun phrase) becomes the sentence's verb, with that noun as its subject, when the
    word is one of the language's ``[nlp] ambiguous_presents`` and it takes an object or a
    clause ("Un livre écrit par deux juges" keeps its participle: "par" names an agent)."""
    root = _noun_root(sent)
    if root is None:
        return
    # (or joined to the relative clause the comma closes: "Le document budgétaire, que
    # notre rédaction a pu consulter, fait état de ..."; or made its last verb's clause:
    # "Un gérant, qui préfère ne pas être nommé, dit avoir dû appeler ...")
    tok = next((t for t in sent if t.lower_ in presents and t.pos_ == "VERB" and t.i > root.i
                and (t.dep_ in ("acl", "amod") or (
                    t.dep_ in ("conj", "advcl") and sent.doc[t.i - 1].text == ","
                    and _inside_relative(t.head) and not any(c.dep_ == "cc" for c in t.children)))
                and not any(
                    c.dep_.startswith("aux") or any(k.lower_ == "par" for k in c.children)
                    for c in t.children)), None)
    if tok is None or not any(c.dep_ in ("obj", "ccomp", "xcomp", "obl:arg") for c in tok.children):
        return
    if any(t.pos_ in ("VERB", "AUX") and t.morph.get("VerbForm") == ["Fin"] and t.i < tok.i
           and not any(a.dep_ in ("acl:relcl", "relcl") for a in [t, *t.ancestors])
           for t in sent):
        return  # a finite verb before it, outside a relative clause ("qui a requis ...")
    head = tok.head
    if tok.dep_ in ("conj", "advcl"):  # (from the relative clause it hung on: the noun's)
        head = next((a for a in tok.ancestors if a.dep_ in ("acl:relcl", "relcl")), root).head
    while head.i != root.i:  # (tokens are views: compare positions, not objects)
        # (through nouns, and a relative clause on the subject: "qui a requis l'anonymat")
        if (head.pos_ not in ("NOUN", "PROPN") and head.dep_ not in ("acl:relcl", "relcl")) \
                or head.head.i == head.i:
            return
        head = head.head
    tok.set_morph(morph(tok.text))
    _make_root(sent, root, tok, "nsubj")


def _present_infinitive(word: str) -> str:
    """The infinitive of one of the ``ambiguous_presents``: "fait" -> "faire", "dit" ->
    "dire", "décrit" -> "décrire"."""
    return "faire" if word == "fait" else f"{word}re"


def _subject_relative_made_root(sent: Span, presents: frozenset[str],
                                morph: Callable[[str], str]) -> None:
    """"Un rapport préliminaire, que nous avons pu consulter, fait état de ...": the model
    made the relative clause set off after the subject the root (its "que" a mark, the
    subject its subject) and the present after the second comma, spelt as its participle
    (``[nlp] ambiguous_presents``), a noun joined to it.  The present is the root, the
    noun before the first comma its subject and the clause that noun's relative.  (When
    the model left the present the root but tagged it a noun, it is made a verb.)"""
    doc = sent.doc
    root = sent.root
    if root.lower_ in presents and root.pos_ == "NOUN" and any(
            c.dep_ == "nsubj" and c.i < root.i for c in root.children) and any(
            c.dep_ == "obj" and c.i > root.i for c in root.children):
        # (or the present left the root but tagged a noun, its subject and object right)
        _as_present(root, morph, _present_infinitive(root.lower_))
        return
    que = next((c for c in root.children if c.dep_ == "mark" and c.lower_ in ("que", "qu'", "qu’")
                and c.i > sent.start and doc[c.i - 1].text == ","), None)
    subject = next((c for c in root.children if c.dep_ == "nsubj" and que is not None
                    and c.i < que.i - 1 and c.pos_ in ("NOUN", "PROPN")), None)
    if que is None or subject is None or root.pos_ not in ("VERB", "AUX"):
        return
    comma = next((t for t in doc[root.i + 1 : sent.end] if t.text == ","), None)
    verb = doc[comma.i + 1] if comma is not None and comma.i + 1 < sent.end else None
    if verb is None or verb.lower_ not in presents or verb.pos_ not in ("NOUN", "VERB") or \
            verb not in root.subtree or verb.i + 1 >= sent.end:
        return
    _as_present(verb, morph, _present_infinitive(verb.lower_))
    for t in sent:
        if t.i > verb.i and t.head.i < verb.i and t.head.i >= que.i:
            t.head = verb  # (what the verb says, and the full stop)
    verb.head, verb.dep_ = verb, "ROOT"
    subject.head, subject.dep_ = verb, "nsubj"
    root.head, root.dep_ = subject, "acl:relcl"
    comma.head = verb


def _relative_made_root_over_present(sent: Span, presents: frozenset[str],
                                     morph: Callable[[str], str]) -> None:
    """"Le document, long de 46 pages, décrit une campagne ... qui aurait débuté en 2022":
    a present spelt as its participle (``[nlp] ambiguous_presents``) with an object, which
    the model made a participle of the subject, and the relative clause on that object
    made the root with both the subject and the relative pronoun its subjects.  The
    present is the root with the subject its own; the relative clause is its object's."""
    root = sent.root
    rel = next((c for c in root.children if c.dep_.startswith("nsubj") and c.i < root.i
                and c.morph.get("PronType") == ["Rel"]), None)
    subject = next((c for c in root.children if c.dep_ == "nsubj" and rel is not None
                    and c.i < rel.i and c.pos_ in ("NOUN", "PROPN")), None)
    if root.pos_ != "VERB" or subject is None:
        return
    tok = next((c for c in subject.children if c.lower_ in presents and c.pos_ == "VERB"
                and c.dep_ in ("acl", "amod") and c.i < rel.i and not any(
                    k.dep_.startswith("aux") for k in c.children)), None)
    obj = next((c for c in tok.children if c.dep_ == "obj" and c.i < rel.i),
               None) if tok is not None else None
    if obj is None:
        return
    tok.set_morph(morph(tok.text))
    tok.head, tok.dep_ = tok, "ROOT"
    subject.head = tok
    for c in list(root.children):
        if c.is_punct and c.i > root.i:
            c.head = tok  # (the closing stop)
    root.head, root.dep_ = obj, "acl:relcl"


def _quoted_name_made_root(sent: Span) -> None:
    """"Le collectif « Gare vivante » réclame le maintien des guichets": the model made the
    name in quote marks after its noun the root, the noun its subject and the sentence's
    verb a parataxis; the name is the noun's, and the verb the root with the noun its
    subject."""
    root = sent.root
    doc = sent.doc
    if root.pos_ == "VERB" and root.morph.get("VerbForm") == ["Fin"] and not root.is_title:
        return
    opening = next((t for t in reversed(doc[sent.start + 1 : root.i])
                    if t.text in _OPENING_MARKS), None)
    if opening is None or any(t.text in ("»", "”") for t in doc[opening.i : root.i]):
        return
    noun = doc[opening.i - 1]
    closing = next((t for t in doc[root.i : sent.end] if t.text in ("»", "”", "\"")), None)
    verb = next((c for c in root.children if c.dep_ in ("parataxis", "conj") and c.pos_ == "VERB"
                 and c.morph.get("VerbForm") == ["Fin"] and closing is not None
                 and c.i > closing.i and c.lower_ == c.text), None)
    # ("Le collectif « Sauvons la dune », qui rassemble 300 habitants, revendique ...": a
    # relative clause on the name between, the sentence's verb hung inside it)
    relative = next((c for c in root.children if closing is not None and c.i > closing.i
                     and c.pos_ == "VERB" and any(k.lower_ in _RELATIVE_SUBJECTS
                                                  and k.dep_.startswith("nsubj")
                                                  for k in c.children)), None)
    comma = next((t for t in doc[relative.i : sent.end - 1] if t.text == ","), None) \
        if verb is None and relative is not None else None
    if comma is not None:
        after = doc[comma.i + 1]
        if after.pos_ == "VERB" and after.morph.get("VerbForm") == ["Fin"] and \
                after.lower_ == after.text and not any(
                    k.dep_.startswith("nsubj") for k in after.children):
            verb = after
    if verb is None or noun.pos_ != "NOUN" or noun.head.i != root.i or \
            noun.dep_ not in ("nsubj", "nsubj:pass") or not any(
                c.dep_ == "det" for c in noun.children):
        return
    for c in list(root.children):
        if c.i > closing.i and c.i != verb.i:
            c.head = verb  # (the full stop)
    verb.head, verb.dep_ = verb, "ROOT"
    noun.head, noun.dep_ = verb, "nsubj"
    root.head, root.dep_ = noun, "appos"
    if relative is not None and relative.i < verb.i:
        relative.head, relative.dep_ = noun, "acl:relcl"


def _opening_phrase_made_root(sent: Span) -> None:
    """"Dans un message publié mardi, le joueur affirme n'avoir ...": the model made the
    opening phrase's noun the root, the subject after the comma the participle's object
    and the verb a clause of the noun; the verb is the root, the subject its own and the
    phrase when or where."""
    root = sent.root
    doc = sent.doc
    if root.pos_ != "NOUN" or not any(c.dep_ == "case" and c.i < root.i for c in root.children):
        return
    verb = next((t for t in sent if t.i > root.i + 2 and t.pos_ == "VERB" and t.head.i == root.i
                 and t.dep_ in ("acl", "conj", "parataxis")
                 and t.morph.get("VerbForm") == ["Fin"] and t.morph.get("Mood") == ["Ind"]
                 and not any(c.dep_.startswith("nsubj") for c in t.children)), None)
    if verb is None:
        _opening_phrase_before_named_subject(sent)
        return
    subject = doc[verb.i - 1]
    det = doc[verb.i - 2]
    if subject.pos_ != "NOUN" or det.pos_ != "DET" or det.head.i != subject.i or \
            doc[det.i - 1].text != ",":
        return
    _make_root(sent, root, verb, "obl:mod")
    subject.head, subject.dep_ = verb, "nsubj"
    doc[det.i - 1].head = verb


def _opening_phrase_before_named_subject(sent: Span) -> None:
    """"Dans un communiqué publié dimanche, la Ligue du Grand Est de football a fait savoir
    que ...": the model made the opening phrase's noun the root, the subject after the
    comma (a name of several words) its modifier and the verb with its finite auxiliary a
    loose clause of it; that verb is the root, the name its subject."""
    root = sent.root
    doc = sent.doc
    comma = next((t for t in doc[root.i + 1 : sent.end] if t.text == ","), None)
    if comma is None or comma.i + 2 >= sent.end or doc[comma.i + 1].pos_ != "DET":
        return
    subject = doc[comma.i + 1].head
    if subject.pos_ not in ("NOUN", "PROPN") or subject.head.i != root.i or \
            not subject.dep_.startswith("nmod"):
        return
    end = max(t.i for t in subject.subtree)
    aux = doc[end + 1] if end + 1 < sent.end else None
    if aux is None or aux.pos_ != "AUX" or aux.morph.get("VerbForm") != ["Fin"] or \
            aux.head.pos_ != "VERB" or aux.head.i <= aux.i or not any(
                a.i == root.i for a in aux.head.ancestors):
        return
    verb = aux.head
    _make_root(sent, root, verb, "obl:mod")
    subject.head, subject.dep_ = verb, "nsubj"
    comma.head = verb


def _verb_made_subject_modifier(sent: Span, modifiers: frozenset[str],
                                verb_forms: dict[str, list[str]],
                                infinitive_of: Callable[[str], str | None],
                                morph: Callable[[str], str]) -> None:
    """"La mairie dément tout recours à des groupes électrogènes : la piste sera ...": a verb
    of the language's ``modifier_verbs`` the model tagged a modifier of the subject before
    it, with the object after it hung on the subject and the next clause made the root;
    the verb is the root, the subject and the object its own, the next clause a parataxis.
    Or the verb made a modifier of its object, the subject the root ("La Compagnie varoise
    des eaux dément tout défaut d'entretien et assure ...")."""
    doc = sent.doc
    # (past an adverb of its own: "La banque dément catégoriquement ces chiffres")
    tok = next((t for t in sent if t.lower_ in modifiers and t.pos_ in ("ADV", "ADJ")
                and t.dep_ in ("advmod", "amod") and t.head.i == t.i - 1
                and t.head.pos_ in ("NOUN", "PROPN") and t.i + 1 < sent.end
                and next((k for k in doc[t.i + 1 : sent.end] if k.pos_ != "ADV"),
                         doc[t.i]).pos_ == "DET"), None)
    if tok is None:
        # ("La Compagnie varoise des eaux dément tout défaut d'entretien et assure ...": the
        # verb made a modifier of its object, the subject the root)
        root = sent.root
        tok = next((t for t in sent if t.lower_ in modifiers and t.pos_ in ("ADV", "ADJ")
                    and t.dep_ in ("advmod", "amod") and t.head.i > t.i
                    and t.head.pos_ == "NOUN" and doc[t.i + 1].pos_ == "DET"
                    and root.pos_ in ("NOUN", "PROPN") and root.i < t.i), None)
        if tok is None:
            _verb_made_modifier_of_object_root(sent, modifiers, verb_forms, infinitive_of,
                                               morph)
            _verb_made_modifier_of_object_modifier(sent, modifiers, verb_forms,
                                                   infinitive_of, morph)
            _verb_made_modifier_of_root(sent, modifiers, verb_forms, infinitive_of, morph)
            _verb_made_modifier_of_infinitive(sent, modifiers, verb_forms, infinitive_of, morph)
            return
        if infinitive_of(tok.lower_) is None or any(
                t.pos_ in ("VERB", "AUX") and t.i < tok.i for t in sent):
            return
        obj = tok.head
        _make_verb(tok, verb_forms, infinitive_of, morph)
        _make_root(sent, root, tok, "nsubj")
        obj.head, obj.dep_ = tok, "obj"
        return
    if infinitive_of(tok.lower_) is None:
        return
    noun, root = tok.head, sent.root
    if any(t.pos_ in ("VERB", "AUX") and t.i < tok.i for t in sent):
        return
    after = [c for c in noun.children if c.i > tok.i]
    while noun.dep_ in ("appos", "flat:name", "flat") and noun.head.i < noun.i:
        noun = noun.head  # ("la banque en ligne Kestria dément": the phrase's head)
        after += [c for c in noun.children if c.i > tok.i and c not in after]
    after.sort(key=lambda c: c.i)
    _make_verb(tok, verb_forms, infinitive_of, morph)
    tok.head, tok.dep_ = tok, "ROOT"
    noun.head, noun.dep_ = tok, "nsubj"
    for n, c in enumerate(after):
        c.head = tok
        if n == 0 and c.pos_ in ("NOUN", "PROPN"):
            c.dep_ = "obj"
    if root.i != tok.i and root.i != noun.i:
        # (joined by a conjunction: "dément ces chiffres et a porté plainte")
        root.head, root.dep_ = tok, "conj" if any(
            c.dep_ == "cc" and c.i < root.i for c in root.children) else "parataxis"


def _verb_made_modifier_of_object_root(sent: Span, modifiers: frozenset[str],
                                       verb_forms: dict[str, list[str]],
                                       infinitive_of: Callable[[str], str | None],
                                       morph: Callable[[str], str]) -> None:
    """"La chambre des métiers dément toute irrégularité et assure que ...": a verb of the
    language's ``modifier_verbs`` made a modifier of its object, the object the root with
    the subject before the verb its own and the verb joined after it its conjunct; the
    verb is the root, with the subject, the object and what came after it its own."""
    root = sent.root
    tok = next((t for t in sent if t.lower_ in modifiers and t.pos_ in ("ADV", "ADJ")
                and t.dep_ in ("advmod", "amod") and t.head == root and root.i > t.i
                and root.pos_ == "NOUN" and t.i + 1 < sent.end
                and sent.doc[t.i + 1].pos_ == "DET"), None)
    subject = next((c for c in root.children if c.dep_ == "nsubj" and c.pos_ in (
        "NOUN", "PROPN") and tok is not None and c.i < tok.i), None)
    if tok is None or subject is None or infinitive_of(tok.lower_) is None or any(
            t.pos_ in ("VERB", "AUX") and t.i < tok.i for t in sent):
        return
    after = [c for c in root.children if c.i > root.i]
    _make_verb(tok, verb_forms, infinitive_of, morph)
    tok.head, tok.dep_ = tok, "ROOT"
    subject.head = tok
    root.head, root.dep_ = tok, "obj"
    for c in after:
        c.head = tok


def _verb_made_modifier_of_object_modifier(sent: Span, modifiers: frozenset[str],
                                           verb_forms: dict[str, list[str]],
                                           infinitive_of: Callable[[str], str | None],
                                           morph: Callable[[str], str]) -> None:
    """"La direction de l'EFS dément tout manque de personnel et assure que ...": a verb of
    the language's ``modifier_verbs`` made a modifier of its object, the object a
    modifier of the subject, and the verb joined after it the root; the verb is the root,
    the subject and the object its own, the joined verb its conjunct."""
    doc, root = sent.doc, sent.root
    tok = next((t for t in sent if t.lower_ in modifiers and t.pos_ in ("ADV", "ADJ")
                and t.dep_ in ("advmod", "amod") and t.head.i > t.i and t.i + 1 < sent.end
                and doc[t.i + 1].pos_ == "DET" and t.head.dep_ in ("amod", "nmod", "appos")
                and t.head.head.i < t.i and t.head.head.pos_ in ("NOUN", "PROPN")), None)
    if tok is None or root.pos_ != "VERB" or root.i < tok.head.i or \
            infinitive_of(tok.lower_) is None or any(
                t.pos_ in ("VERB", "AUX") and t.i < tok.i for t in sent):
        return
    obj, subject = tok.head, tok.head.head
    while subject.head != root and subject.head.i < tok.i and subject.head != subject:
        subject = subject.head
    if subject.head != root or subject.dep_ != "nsubj":
        return
    _make_verb(tok, verb_forms, infinitive_of, morph)
    tok.head, tok.dep_ = tok, "ROOT"
    subject.head = obj.head = tok
    obj.dep_ = "obj"
    root.head, root.dep_ = tok, "conj"


def _verb_made_modifier_of_root(sent: Span, modifiers: frozenset[str],
                                verb_forms: dict[str, list[str]],
                                infinitive_of: Callable[[str], str | None],
                                morph: Callable[[str], str]) -> None:
    """A verb of the language's ``modifier_verbs`` right after its subject pronoun, in a
    sentence the model left with no verb before it: made a modifier of its object, the
    object the root with the pronoun as its subject ("Dans l'entourage du maire, on dément
    toute implication"), or the pronoun itself the root ("Elle dément formellement.").
    The verb is the root, the pronoun its subject, the object its object, and what hung on
    the old root is the verb's."""
    doc, root = sent.doc, sent.root
    if root.pos_ == "PRON":
        pronoun = root
        tok = doc[root.i + 1] if root.i + 1 < sent.end else root
        found = root.lower_ in _SUBJECT_CLITICS and tok.lower_ in modifiers and \
            tok.pos_ in ("ADV", "ADJ") and not any(t.pos_ in ("VERB", "AUX") for t in sent)
    else:
        # (its modifier, or that of the word after it, its object's determiner: "on dément
        # tout accord", "tout" tagged an adjective)
        tok = next((t for t in sent if t.lower_ in modifiers and t.pos_ in ("ADV", "ADJ")
                    and t.dep_ in ("advmod", "amod") and root.i > t.i and root.pos_ == "NOUN"
                    and t.i + 1 < sent.end and (nxt := doc[t.i + 1]).pos_ in ("DET", "ADJ")
                    and nxt.head == root and t.head in (root, nxt)
                    and t.i > sent.start and doc[t.i - 1].pos_ == "PRON"
                    and doc[t.i - 1].head == root and doc[t.i - 1].dep_ == "nsubj"), root)
        pronoun = doc[tok.i - 1]
        found = tok is not root and not any(t.pos_ in ("VERB", "AUX") and t.i < tok.i
                                            for t in sent)
    if not found or infinitive_of(tok.lower_) is None:
        return
    moved = [c for c in root.children if c != tok and (root is pronoun or c.i < tok.i)]
    _make_verb(tok, verb_forms, infinitive_of, morph)
    tok.head, tok.dep_ = tok, "ROOT"
    root.head, root.dep_ = tok, "nsubj" if root is pronoun else "obj"
    for c in moved:
        c.head = tok
        if c.pos_ in ("NOUN", "PROPN") and c.dep_ == "nmod":
            c.dep_ = "obl:mod"  # ("Dans l'entourage du maire": a setting)


def _verb_made_modifier_of_infinitive(sent: Span, modifiers: frozenset[str],
                                      verb_forms: dict[str, list[str]],
                                      infinitive_of: Callable[[str], str | None],
                                      morph: Callable[[str], str]) -> None:
    """"L'adjoint, Thierry Bonnet, dément avoir reçu la moindre pétition, mais assure que
    ...": a verb of the language's ``modifier_verbs`` the model made a modifier of the
    infinitive after it, and the verb joined to it by a conjunction the root with their
    subject; the verb is the root with that subject, the infinitive its complement, the
    joined verb its conjunct."""
    doc, root = sent.doc, sent.root
    tok = next((t for t in sent if t.lower_ in modifiers and t.pos_ in ("ADV", "ADJ")
                and t.dep_ == "advmod" and sent.start < t.i < sent.end - 1
                and doc[t.i - 1].text == "," and doc[t.i + 1].morph.get("VerbForm") == ["Inf"]
                and t.head.i > t.i), None)
    if tok is None or root.pos_ != "VERB" or root.i < tok.i or infinitive_of(tok.lower_) is None:
        return
    verb = tok.head
    # (or the infinitive's participle made the root, the joined verb its conjunct:
    # "Le directeur, Paul Ferrand, dément avoir coupé l'eau, mais assure que ...")
    joined = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"
                   and c.morph.get("VerbForm") == ["Fin"]
                   and any(k.dep_ == "cc" for k in c.children)), None) if verb == root else root
    subject = next((c for c in root.children if c.dep_ == "nsubj" and c.i < tok.i), None)
    if subject is None or joined is None or not any(c.dep_ == "cc" for c in joined.children) or \
            verb.i > joined.i or any(t.pos_ in ("VERB", "AUX") and t.morph.get(
                "VerbForm") == ["Fin"] for t in doc[sent.start : tok.i]):
        return
    _make_verb(tok, verb_forms, infinitive_of, morph)
    tok.head, tok.dep_ = tok, "ROOT"
    subject.head = tok
    verb.head, verb.dep_ = tok, "xcomp"
    joined.head, joined.dep_ = tok, "conj"
    for c in [c for c in verb.children if c.is_punct and c.i > joined.i]:
        c.head = tok  # (the closing stop)


def _second_subject_after_verb(sent: Span) -> None:
    """"Des associations, à l'inverse, jugent le plan trop timide": a verb with its subject
    before it takes no second one after it; the noun the model made so is its object."""
    for verb in sent:
        if verb.pos_ != "VERB" or verb.morph.get("VerbForm") != ["Fin"]:
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        after = [c for c in subjects if c.i > verb.i and c.pos_ == "NOUN"
                 and any(k.dep_ == "det" for k in c.children)]
        if len(subjects) == 2 and len(after) == 1 and subjects[0].i < verb.i and \
                not any(c.dep_ in ("obj", "ccomp", "xcomp") for c in verb.children):
            after[0].dep_ = "obj"


def _make_root(sent: Span, root: Token, tok: Token, dep: str) -> None:
    """Make ``tok`` the sentence's root and the old root, a noun, its subject; what
    follows the verb and hung on that subject is the verb's ("« arrivant à bout »")."""
    subject = {t.i for t in root.subtree} - {t.i for t in tok.subtree}
    # (a word whose head also follows the verb goes with that head: the subject of a
    # quoted verb stays that verb's)
    after = [t for t in sent if t.i > tok.i and t.head.i in subject and t.head.i < tok.i]
    tok.head = tok
    tok.dep_ = "ROOT"
    root.head = tok
    root.dep_ = dep
    for c in after:
        c.head = tok


def _apposed_participle_made_root(sent: Span) -> None:
    """"Ce projet, estimé à 7,5 millions d'euros, sera finalement lancé en 2026": a
    participle set off after the subject, which the model made the root and the verb
    with its finite auxiliary a second verb of it, says what the subject is; that verb is
    the sentence's, the subject its own (and what the model hung after it goes with it:
    "..., a annoncé le maire")."""
    root = sent.root
    doc = sent.doc
    # (its clitic before it: "Un responsable, s'exprimant sous couvert d'anonymat, a
    # assuré ...")
    first = min([root.i, *(c.i for c in root.children if c.pos_ == "PRON" and c.i < root.i
                           and c.dep_.startswith("expl"))])
    # ("Les travaux, interrompus depuis novembre, devraient reprendre": a participle the
    # model tagged an imperfect, with none of its endings)
    misread = root.morph.get("Tense") == ["Imp"] and root.morph.get("VerbForm") == ["Fin"] \
        and not root.text.lower().endswith(("ais", "ait", "aient", "ions", "iez"))
    if root.pos_ != "VERB" or (root.morph.get("VerbForm") != ["Part"] and not misread) \
            or first == sent.start or doc[first - 1].text != "," or any(
                c.dep_.startswith("aux") for c in root.children):
        return
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubj:pass")
                    and c.i < root.i), None)
    # (a subject after the verb is one the model took from its clause)
    # (or a parataxis: "Des élus, cités par Sud Ouest, ont appelé le maire à ...")
    verb = next((c for c in root.children if c.dep_ in ("conj", "parataxis")
                 and c.pos_ == "VERB" and c.i > root.i
                 and doc[next(t.i for t in c.subtree if not t.is_punct) - 1].text == ","
                 and not any(k.dep_.startswith("nsubj") and k.i < c.i for k in c.children)
                 and (any(k.dep_.startswith("aux") and k.morph.get("VerbForm") == ["Fin"]
                          for k in c.children)
                      or (misread and c.morph.get("VerbForm") == ["Fin"])
                      # (or a finite verb agreeing with the subject: "Des industriels
                      # concurrents, cités par le quotidien La Provence, jugent le cahier
                      # des charges trop restrictif")
                      or (c.dep_ == "parataxis" and c.morph.get("VerbForm") == ["Fin"]
                          and subject is not None
                          and c.morph.get("Number") == subject.morph.get("Number")))), None)
    if subject is None or verb is None:
        return
    if verb.morph.get("VerbForm") == ["Fin"] and not any(
            k.dep_.startswith("aux") for k in verb.children):
        for k in verb.children:
            if k.dep_ == "nsubj" and k.i > verb.i and k.pos_ == "NOUN":
                k.dep_ = "obj"  # ("jugent le cahier": the object the model made a subject)
    passive = any(k.dep_ == "aux:pass" for k in verb.children)
    after = [c for c in root.children if c.i > verb.i]
    verb.head, verb.dep_ = verb, "ROOT"
    subject.head, subject.dep_ = verb, "nsubj:pass" if passive else "nsubj"
    root.head, root.dep_ = subject, "acl"
    for c in after:
        c.head = verb


def _bare_participle_made_root(sent: Span) -> None:
    """"Plusieurs apiculteurs interrogés par Le Monde redoutent une hécatombe": a participle
    with no auxiliary, which the model made the root with the subject as its own, and the
    finite verb after it a loose second clause; that verb is the sentence's, the participle
    says who the subject is."""
    root = sent.root
    if root.pos_ != "VERB" or root.morph.get("VerbForm") != ["Part"] or any(
            c.dep_.startswith(("aux", "cop")) for c in root.children):
        return
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubj:pass")
                    and c.i < root.i), None)
    # (or a verb whose finite auxiliary the model left it, made the participle's
    # complement: "Le volume de matériaux tombés est estimé à ... par les services")
    verb = next((c for c in root.children if c.dep_ in ("parataxis", "conj", "xcomp")
                 and c.pos_ == "VERB" and c.i > root.i and (
                     (c.morph.get("VerbForm") == ["Fin"] and c.dep_ != "xcomp") or any(
                         k.dep_.startswith("aux") and k.morph.get("VerbForm") == ["Fin"]
                         and k.i < c.i for k in c.children))
                 and not any(k.dep_.startswith("nsubj") for k in c.children)), None)
    if subject is None or verb is None:
        return
    after = [c for c in root.children if c.i > verb.i]
    passive = any(k.dep_ == "aux:pass" for k in verb.children)
    verb.head, verb.dep_ = verb, "ROOT"
    subject.head, subject.dep_ = verb, "nsubj:pass" if passive else "nsubj"
    root.head, root.dep_ = subject, "acl"
    for c in after:
        c.head = verb


def _rehang_finite_participle(sent: Span) -> None:
    """A participle with a finite auxiliary, or a finite verb, is the sentence's verb,
    never a noun's modifier, when nothing else is: "Les sites de Montpellier et de Nantes
    seront les plus touchés" (the model hung "touchés", with "seront", on "sites", and the
    sentence had no verb); so is a finite verb the model made a relative clause of a noun
    that a pronoun set off after it takes up ("Les associations, elles, s'agacent")."""
    root = _noun_root(sent)
    if root is None:
        return
    tok = next((c for c in root.children if c.dep_ == "acl" and c.pos_ == "VERB"
                and c.i > root.i and c.morph.get("VerbForm") == ["Part"]
                and any(a.dep_.startswith("aux") and a.morph.get("VerbForm") == ["Fin"]
                        and a.i < c.i for a in c.children)
                and not any(k.morph.get("PronType") == ["Rel"] for k in c.children)), None)
    if tok is None:
        # "Une source au sein de l'administration pénitentiaire évalue à ...": a finite
        # verb the model hung on a noun of the subject, with no relative word or
        # conjunction to make it a clause of that noun.
        # ("L'information judiciaire ouverte par le parquet de X pourrait déboucher": a
        # conditional the model made an adjective of the agent inside a participle phrase)
        tok = next((t for t in sent if t.dep_ in ("acl", "amod") and t.pos_ == "VERB"
                    and t.i > root.i and t.morph.get("VerbForm") == ["Fin"]
                    and t.morph.get("Mood") in (["Ind"], ["Cnd"])
                    and not any(k.morph.get("PronType") == ["Rel"] or k.dep_ in ("mark", "nsubj")
                                for k in t.children)
                    and all(a.pos_ in ("NOUN", "PROPN") or (
                        a.pos_ == "VERB" and a.morph.get("VerbForm") == ["Part"]
                        and not any(k.dep_.startswith("aux") for k in a.children))
                            for a in t.ancestors)), None)
        if tok is None:
            # "Les associations d'usagers, elles, s'agacent": the pronoun set off after
            # the noun takes it up; the verb the model made a relative clause is the
            # sentence's.
            tok = next((c for c in root.children if c.dep_ in ("acl:relcl", "acl")
                        and c.pos_ == "VERB" and c.i > root.i
                        and c.morph.get("VerbForm") == ["Fin"]
                        and not any(k.morph.get("PronType") == ["Rel"] for k in c.children)
                        and any(k.dep_ == "nsubj" and k.pos_ == "PRON" and k.i > 0
                                and sent.doc[k.i - 1].text == "," for k in c.children)), None)
        if tok is None or any(t.pos_ in ("VERB", "AUX") and t.morph.get("VerbForm") == ["Fin"]
                              for t in sent if t.i < tok.i):
            return
    passive = any(a.dep_ == "aux:pass" for a in tok.children)
    _make_root(sent, root, tok, "nsubj:pass" if passive else "nsubj")


def _rehang_after_relative(sent: Span) -> None:
    """A finite verb after a relative clause set off by commas is the sentence's verb, not
    a second verb of the clause: "Un cadre de santé, qui a requis l'anonymat, se montre
    plus sceptique" (the model joined "montre" to "requis" and left "cadre" the root)."""
    root = _noun_root(sent)
    if root is None:
        return
    # (or a relative clause joined to a participle before it: "Un courrier adressé ...
    # aux familles, et que nous avons pu lire, demande ...", its "que" made a mark)
    relative = next((c for c in root.children if c.i > root.i and (
        c.dep_ == "acl:relcl" or (c.dep_ == "conj" and any(
            k.dep_ == "mark" and k.lower_ in ("que", "qu'") and k.i < c.i
            for k in c.children)))), None) or next((
        # (or hung on a noun inside the subject: "Un message publié sur la page du club,
        # qui a recueilli 500 commentaires, déplore ...")
        t for t in sent if t.i > root.i and t.dep_ == "acl:relcl"
        and sent.doc[t.left_edge.i - 1].text == ","
        and any(k.morph.get("PronType") == ["Rel"] for k in t.children)), None)
    if relative is None:
        return
    # (or joined to the noun, a participle with its auxiliary: "Deux anciens employés, qui
    # ont requis l'anonymat, ont décrit au site ..."; whatever label the model gave it:
    # "..., qui a souhaité garder l'anonymat, évalue à ...")
    tok = next((c for c in [*relative.children, *root.children]
                if (c.dep_ in ("conj", "dep", "advmod", "parataxis") or (
                    c.dep_ == "xcomp" and c.head.dep_ == "conj") or (
                    # (or a second relative clause on the subject with no relative word:
                    # "Des collègues de X, qui travaillait ..., la décrivent comme ...")
                    c.dep_ == "acl:relcl" and c.head == root and c != relative) or (
                    # ("Une représentante ..., qui n'a pas souhaité être citée, affirme")
                    c.dep_ == "advcl" and c.head == relative))
                and c.pos_ in ("VERB", "AUX", "ADJ") and c.i > relative.i
                and ((c.morph.get("VerbForm") == ["Fin"]
                      and c.morph.get("Mood") in (["Ind"], ["Cnd"]))
                     or ((c.morph.get("VerbForm") == ["Part"] or c.pos_ == "ADJ") and any(
                         # (or its copula: "Les villages wayana, où le poisson reste la
                         # base de l'alimentation, seraient les plus exposés")
                         k.dep_ in ("aux:tense", "aux:pass", "cop")
                         and k.morph.get("VerbForm") == ["Fin"]
                         and k.i < c.i for k in c.children)))
                and not any((k.dep_ in ("nsubj", "nsubj:pass") and not _strayed(k, relative))
                            or k.dep_ == "cc" or k.morph.get("PronType") == ["Rel"]
                            for k in c.children)
                and (any(k.text == "," and k.i < c.i for k in c.children) or (
                    c.left_edge.i > sent.start and sent.doc[c.left_edge.i - 1].text == ","))),
               None)
    if tok is None:
        return
    strayed = [k for k in tok.children if k.dep_ in ("nsubj", "nsubj:pass")]
    _make_root(sent, root, tok, "nsubj")
    for k in strayed:
        # ("L'atelier, qui ne touche aucune subvention, cherche ...": the relative clause's
        # object, which the model made the subject of the verb after it)
        k.head, k.dep_ = relative, "obj"


def _relative_verb_made_participle_of_its_subject(sent: Span,
                                                  morph: Callable[[str], str]) -> None:
    """"La plateforme Locavance, sur laquelle l'annonce a été en partie diffusée, dit avoir
    supprimé ...": the model made the verb after the relative clause the clause's own
    (the relative pronoun and the clause's subject hung on it) and the clause's verb, a
    participle with its finite auxiliary, a modifier of that subject.  The participle
    heads the relative clause; the verb after it is the root, the noun its subject."""
    root = _noun_root(sent)
    if root is None:
        return
    doc = sent.doc
    # (a present spelt as its participle, "dit", tagged one: it has no auxiliary)
    verb = next((c for c in root.children if c.dep_ == "acl:relcl" and c.i > root.i
                 and c.pos_ == "VERB" and c.morph.get("VerbForm") in (["Fin"], ["Part"])
                 and not any(k.dep_.startswith("aux") for k in c.children)
                 and doc[c.i - 1].text == ","), None)
    if verb is None:
        return
    rel = next((c for c in verb.children if c.i < verb.i
                and c.morph.get("PronType") == ["Rel"]), None)
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i
                    and c.pos_ in ("NOUN", "PROPN")), None)
    if rel is None or subject is None or rel.i > subject.i:
        return
    part = next((c for c in subject.children if c.dep_ == "acl" and c.i > subject.i
                 and c.morph.get("VerbForm") == ["Part"] and any(
                     k.dep_.startswith("aux") and k.morph.get("VerbForm") == ["Fin"]
                     for k in c.children)), None)
    if part is None:
        return
    if verb.morph.get("VerbForm") == ["Part"]:
        verb.set_morph(morph(verb.text))
    _make_root(sent, root, verb, "nsubj")
    part.head, part.dep_ = root, "acl:relcl"
    passive = any(k.dep_ == "aux:pass" for k in part.children)
    subject.head, subject.dep_ = part, "nsubj:pass" if passive else "nsubj"
    rel.head = part


def _name_split_at_its_conjunction(sent: Span) -> None:
    """"L'association Racines et Origines a fait savoir ...": the model cut a name joined
    by "et" in two, made the noun before it the root and the name's second word the
    subject of a verb joined to that root.  The verb is the root, the noun its subject,
    and the word after "et" joined to the capitalised word before it."""
    root = _noun_root(sent)
    if root is None:
        return
    doc = sent.doc
    verb = next((c for c in root.children if c.dep_ == "conj" and c.i > root.i
                 and c.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return
    second = next((c for c in verb.children if c.dep_.startswith("nsubj") and c.i < verb.i
                   and c.text[:1].isupper() and c.i > sent.start + 1), None)
    if second is None or doc[second.i - 1].lower_ != "et" or second.i - 2 <= root.i:
        return
    first = doc[second.i - 2]
    # (the name right after the noun, nothing set off between: not "Essai de missile :
    # Tokyo et Séoul dénoncent", a topic before the real subject)
    if not first.text[:1].isupper() or first.pos_ not in ("PROPN", "NOUN") or \
            first.head != root or any(t.is_punct for t in doc[root.i : second.i]) or any(
                c.dep_ == "case" for c in first.children):
        return
    cc = doc[second.i - 1]
    verb.head, verb.dep_ = verb, "ROOT"
    root.head, root.dep_ = verb, second.dep_
    second.head, second.dep_ = first, "conj"
    cc.head, cc.dep_ = second, "cc"
    for c in list(root.children):
        if c.i > verb.i:
            c.head = verb  # (the closing stop)


def _verb_after_apposed_names(sent: Span) -> None:
    """"Les mariés, Julie et Thomas Castaing, ont fait savoir ...": the model left the noun
    before the names set off after it the root and the verb after them, with its finite
    auxiliary and no subject, a loose clause of it.  The verb is the root, the noun (with
    its names) its subject."""
    root = _noun_root(sent)
    if root is None:
        return
    doc = sent.doc
    appos = next((c for c in root.children if c.dep_ == "appos" and c.i > root.i
                  and doc[next(t.i for t in c.subtree if not t.is_punct) - 1].text == ","),
                 None)
    if appos is None or appos.right_edge.i + 1 >= sent.end or \
            doc[appos.right_edge.i + 1].text != ",":
        return
    verb = next((c for c in root.children if c.dep_ in ("parataxis", "conj", "dep")
                 and c.pos_ == "VERB" and next(t.i for t in c.subtree if not t.is_punct)
                 == appos.right_edge.i + 2
                 and not any(k.dep_.startswith("nsubj") or k.dep_ in ("mark", "cc")
                             for k in c.children)
                 and any(k.dep_.startswith("aux") and k.morph.get("VerbForm") == ["Fin"]
                         for k in c.children)), None)
    if verb is not None:
        _make_root(sent, root, verb, "nsubj")


def _strayed(subject: Token, relative: Token) -> bool:
    """Whether a subject the model gave the verb after a relative clause is a noun of that
    clause, its object (between the clause's verb and the comma that closes it, with no
    verb of its own)."""
    doc = subject.doc
    return subject.pos_ == "NOUN" and relative.i < subject.i and \
        subject.right_edge.i + 1 < len(doc) and doc[subject.right_edge.i + 1].text == "," and \
        all(t.pos_ not in ("VERB", "AUX") for t in doc[relative.i + 1 : subject.i])


def _completive_hung_on_name(sent: Span) -> None:
    """"a indiqué à l'agence Europa Press qu'il allait former un recours": the model hung
    the "que" clause on the last word of a name after the verb (tagged a foreign word, left
    loose on the verb); the clause is the verb's, the word the name's."""
    for tok in sent:
        name = tok.head
        if tok.dep_ != "ccomp" or name.i > tok.i or name.pos_ not in ("X", "PROPN") or \
                not any(c.dep_ == "mark" and c.lower_ in ("que", "qu'", "qu’")
                        for c in tok.children):
            continue
        verb = next((a for a in name.ancestors if a.pos_ == "VERB"), None)
        if verb is None:
            continue
        tok.head = verb
        if name.pos_ == "X" and name.dep_ == "dep" and name.head == verb and \
                (prev := sent.doc[name.i - 1]).pos_ == "PROPN":
            name.head, name.dep_ = prev, "flat:name"
        return


def _participle_made_completive(sent: Span) -> None:
    """"La préfecture a annoncé qu'un arrêté interdisant les feux de camp serait pris si
    ...": the model made the present participle on the clause's subject the clause's verb
    (with its "que" and the subject), and the clause's verb, a participle with its own
    finite auxiliary and no subject, a second clause of the verb of saying.  That verb is
    the clause's, with the "que" and the subject its own; the participle is the
    subject's."""
    for tok in sent:
        if tok.morph.get("VerbForm") != ["Part"] or tok.morph.get("Tense") != ["Pres"] or \
                not tok.lower_.endswith("ant"):
            continue
        mark = next((c for c in tok.children if c.dep_ == "mark" and c.i < tok.i
                     and c.lower_ in ("que", "qu'", "qu’")), None)
        subject = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i
                        and c.pos_ in ("NOUN", "PROPN")), None)
        verb = next((c for c in tok.head.children if c.i > tok.i and c.pos_ == "VERB"
                     and c.morph.get("VerbForm") == ["Part"] and c.dep_ in ("advcl", "conj")
                     and not any(k.dep_.startswith("nsubj") for k in c.children)
                     and any(k.dep_.startswith("aux") and k.morph.get("VerbForm") == ["Fin"]
                             and k.i < c.i for k in c.children)), None)
        if mark is None or subject is None or verb is None or any(
                t.text in (",", ";", ":") for t in sent.doc[tok.i : verb.i]):
            continue
        verb.head, verb.dep_ = tok.head, "ccomp"
        mark.head = subject.head = verb
        subject.dep_ = "nsubj:pass" if any(
            k.dep_ == "aux:pass" for k in verb.children) else "nsubj"
        tok.head, tok.dep_ = subject, "acl"
        return


def _relative_verb_made_participle(sent: Span) -> None:
    """"Le réseau social sur lequel la vidéo a été le plus partagée n'avait pas retiré le
    contenu": after a relative pronoun with its preposition, the model made the
    relative clause's verb (a participle with its finite auxiliary) a modifier of the
    clause's subject, and the sentence's verb the relative clause's, leaving the noun the
    root; the participle is the relative clause's verb, the other verb the sentence's with
    the noun its subject."""
    root = _noun_root(sent)
    if root is None:
        return
    verb = next((c for c in root.children if c.dep_ == "acl:relcl" and c.pos_ == "VERB"
                 and any(k.dep_.startswith("aux") and k.morph.get("VerbForm") == ["Fin"]
                         for k in c.children)), None)
    if verb is None:
        return
    rel = next((c for c in verb.children if c.morph.get("PronType") == ["Rel"]
                and c.i < verb.i and any(k.dep_ == "case" for k in c.children)), None)
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and rel is not None
                    and rel.i < c.i < verb.i), None)
    participle = next((c for c in subject.children if c.dep_ == "acl" and c.i < verb.i
                       and c.morph.get("VerbForm") == ["Part"] and any(
                           k.dep_.startswith("aux") and k.morph.get("VerbForm") == ["Fin"]
                           for k in c.children)), None) if subject is not None else None
    if participle is None or any(t.text == "," for t in sent.doc[rel.i : verb.i]):
        return
    _make_root(sent, root, verb, "nsubj")
    participle.head, participle.dep_ = root, "acl:relcl"
    rel.head = subject.head = participle
    subject.dep_ = "nsubj:pass" if any(k.lower_ in ("été",) or k.dep_ == "aux:pass"
                                       for k in participle.children) else "nsubj"


def _finite_passive_made_relative_complement(sent: Span) -> None:
    """"Des sessions d'initiation aux gestes qui sauvent seront organisées en septembre":
    the model made the sentence's verb, a participle with its own finite auxiliary, a
    complement of the relative clause's verb before it (which no participle with a finite
    auxiliary can be) and left the noun the root; the verb is the sentence's, the noun
    its subject."""
    root = _noun_root(sent)
    if root is None:
        return
    tok = next((t for t in sent if t.dep_ == "xcomp" and t.pos_ == "VERB"
                and t.morph.get("VerbForm") == ["Part"] and t.head.dep_ == "acl:relcl"
                and t.head.i < t.i and t.head.morph.get("VerbForm") == ["Fin"]
                and root in t.ancestors
                and any(a.dep_ in ("aux:pass", "aux:tense") and a.morph.get("VerbForm") == ["Fin"]
                        and a.i < t.i for a in t.children)
                and not any(k.dep_.startswith("nsubj") for k in t.children)), None)
    if tok is None:
        return
    passive = any(a.dep_ == "aux:pass" for a in tok.children)
    _make_root(sent, root, tok, "nsubj:pass" if passive else "nsubj")


_SUBJECTS = "newstrace_subjects"


def _object_as_clause_subject(verb: Token) -> None:
    """"said talks on a second round, which would include ..., were due to begin": the
    model made "talks" the object of "said" and "were" a second verb of it, with no
    subject and no conjunction; "were" is what was said, and "talks" its subject."""
    doc = verb.doc
    # (not "will call a nationwide strike, its general secretary, Tom Barrett, warned": an
    # object with an apposition, then a verb with no complement, is an inverted speaker's)
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")
                and c.i > verb.i and not any(k.dep_ == "appos" for k in c.children)), None)
    if obj is None:
        return
    # (or an adverbial clause with no mark whose finite auxiliary says it is a clause of
    # its own: "said the Carrow Head, as a merchant vessel, did not fall under the Act")
    second = next((c for c in verb.children if c.pos_ in ("VERB", "AUX")
                   and c.i > obj.right_edge.i and (
                       (c.dep_ == "conj" and c.morph.get("VerbForm") == ["Fin"]) or (
                           c.dep_ == "advcl" and any(
                               k.dep_ == "aux" and k.morph.get("VerbForm") == ["Fin"]
                               for k in c.children)))
                   and not any(k.dep_ in ("nsubj", "nsubjpass", "expl", "cc", "mark")
                               for k in c.children)
                   and not any(k.dep_ == "cc" and obj.i < k.i < c.i for k in verb.children)
                   and any(k.dep_ in ("acomp", "xcomp", "attr", "dobj", "ccomp", "aux",
                                      "auxpass", "neg") for k in c.children)
                   and doc[c.left_edge.i - 1].text == ","), None)
    if second is None or not any(t.text == "," for t in doc[obj.right_edge.i : second.i]):
        return
    second.dep_ = "ccomp"
    obj.head = second
    obj.dep_ = "nsubj"


def _clause_inside_object(verb: Token) -> None:
    """"Police said the woman, named locally as Hannah Croft, a teacher, was pronounced
    dead": the model hung the clause's verb inside the participle set off after the object
    and made the name its subject.  A verb with a finite auxiliary right after a comma
    closing the aside is what was said, the object its subject."""
    doc = verb.doc
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")
                and c.i > verb.i and c.left_edge.i == verb.i + 1), None)
    aside = next((c for c in obj.children if c.dep_ == "acl" and c.tag_ == "VBN"
                  and doc[c.i - 1].text == ","), None) if obj is not None else None
    if obj is None or aside is None:
        return
    said = next((t for t in aside.subtree if t.pos_ == "VERB" and t.i > aside.i and any(
        k.dep_ in ("aux", "auxpass") and k.morph.get("VerbForm") == ["Fin"]
        and doc[k.i - 1].text == "," for k in t.children)), None)
    if said is None:
        return
    comma = min(k.i for k in said.children if k.dep_ in ("aux", "auxpass")) - 1
    for k in list(said.children):
        if k.i < comma and k.dep_ in ("nsubj", "nsubjpass", "mark"):
            k.head = aside  # ("as Hannah Croft": what she was named, the aside's)
            k.dep_ = "mark" if k.dep_ == "mark" else "oprd"
    passive = any(k.dep_ == "auxpass" for k in said.children)
    said.head, said.dep_ = verb, "ccomp"
    obj.head, obj.dep_ = said, "nsubjpass" if passive else "nsubj"


def _condition_hung_on_saying(sent: Span) -> None:
    """"ont prévenu qu'ils reconduiraient le blocage si aucune réunion n'était
    organisée": the model hung the condition on the verb of saying, as a second clause it
    governs or as its adverbial; it bears on the clause (or the infinitive) before it,
    whose verb it now hangs on."""
    for verb in sent:
        clauses = [c for c in verb.children if c.dep_ in ("ccomp", "advcl")]
        # (or what is threatened: "a menacé de restreindre l'accès aux ports si Londres
        # maintenait sa décision")
        said = next((c for c in verb.children if (c.dep_ == "ccomp" and any(
            k.dep_ == "mark" and k.lower_ in ("que", "qu'", "qu’") for k in c.children)) or (
            c.dep_ == "xcomp" and c.morph.get("VerbForm") == ["Inf"] and any(
                k.dep_ == "mark" and k.lower_ in ("de", "d'", "d’") for k in c.children))),
            None)
        if said is None:
            continue
        for c in clauses:
            if c.i > said.right_edge.i and any(k.dep_ == "mark" and k.lower_ == "si"
                                               and k.i == c.left_edge.i for k in c.children):
                c.head, c.dep_ = said, "advcl"


def _condition_made_root(sent: Span) -> None:
    """"Si les faits étaient établis, l'élu encourrait deux ans de prison": the model made
    the condition the root and the main clause, set after the comma with its own subject
    and a finite verb, an adverbial of it; the main clause is the root, the condition its
    adverbial."""
    root = sent.root
    doc = sent.doc
    first = next((t for t in sent if not t.is_punct), None)
    if first is None or first.lower_ not in ("si", "s'") or first.head != root or \
            first.dep_ != "mark":
        return
    main = next((c for c in root.children if c.dep_ in ("advcl", "parataxis", "conj")
                 and c.i > root.i and c.pos_ in ("VERB", "AUX")
                 and c.morph.get("VerbForm") == ["Fin"]
                 and any(k.dep_.startswith("nsubj") and k.i < c.i for k in c.children)
                 and doc[c.left_edge.i - 1].text == ","), None)
    if main is None:
        return
    after = [c for c in root.children if c.i > main.i]
    main.head, main.dep_ = main, "ROOT"
    root.head, root.dep_ = main, "advcl"
    for c in after:
        c.head = main


def _relative_made_adverbial(sent: Span) -> None:
    """"Un rapport daté de 2022, que nous avons pu consulter, recommandait ...": the model
    made the relative clause set off after the subject an adverbial clause of the verb,
    its "que" a conjunction; the clause, which has no object of its own (the "que" is
    it), says what the noun before it is."""
    doc = sent.doc
    for clause in sent:
        if clause.dep_ != "advcl" or clause.head.i <= clause.i:
            continue
        mark = next((c for c in clause.children if c.dep_ in ("mark", "dep")
                     and c.lower_ == "que" and c.i == clause.left_edge.i), None)
        if mark is None or mark.i < 2 or doc[mark.i - 1].text != "," or \
                clause.right_edge.i + 1 >= len(doc) or doc[clause.right_edge.i + 1].text != ",":
            continue
        # (or the noun the model made the root, the verb lost: "Un rapport préliminaire,
        # que nous avons pu consulter, fait état de ...", "fait" made a noun)
        noun = next((t for t in reversed(doc[sent.start : mark.i - 1])
                     if t.pos_ in ("NOUN", "PROPN") and (
                         t.dep_.startswith("nsubj") or t == sent.root)), None)
        if noun is None or any(c.dep_ in ("obj", "ccomp") for t in clause.subtree
                               if t.pos_ in ("VERB", "AUX") for c in t.children):
            continue
        clause.head, clause.dep_ = noun, "acl:relcl"
        mark.dep_ = "obj"


def _relative_after_noun_made_adverbial(sent: Span, times: frozenset[str]) -> None:
    """"à un particulier qu'il ne connaissait pas": the model made the relative clause on a
    noun (or a noun the tagger called an adjective, after its article) an adverbial clause
    of the verb, its "que" a conjunction.  A "que" right after a noun, in a clause with
    no object of its own, is the relative pronoun that is that object; the clause is the
    noun's.  (Not after "tel", "si", "tant": "une telle ampleur qu'il ...", a result.)"""
    doc = sent.doc
    for clause in sent:
        if clause.dep_ != "advcl" or clause.pos_ != "VERB":
            continue
        mark = next((c for c in clause.children if c.dep_ == "mark"
                     and c.lower_ in ("que", "qu'", "qu’") and c.i < clause.i), None)
        if mark is None or mark.i < sent.start + 2:
            continue
        noun = doc[mark.i - 1]
        # (a noun after its article, and no time: "a annoncé ce matin qu'il viendrait")
        nominal = noun.pos_ in ("NOUN", "ADJ") and doc[noun.i - 1].pos_ == "DET" and \
            noun.lower_ not in times
        # (a passive or a copula takes no object: "a annoncé début mars que les
        # accouchements seraient transférés" is what was announced)
        if not nominal or not noun.is_lower or any(
                t.lower_ in ("tel", "telle", "tels", "telles", "si", "tant", "tellement")
                for t in doc[max(sent.start, noun.i - 3) : noun.i]) or any(
                    c.dep_ in ("obj", "ccomp", "xcomp", "aux:pass", "cop")
                    for c in clause.children):
            continue
        for c in list(clause.children):
            if c.i < mark.i:
                # ("à un particulier", made a conjunction of the clause: the verb's own)
                c.head, c.dep_ = clause.head, "obl"
        clause.head, clause.dep_ = noun, "acl:relcl"
        mark.dep_ = "obj"
        mark.set_morph("PronType=Rel")


def _relative_made_the_completive(sent: Span) -> None:
    """"indique que l'enseigne avait commandé une étude, dont les conclusions n'auraient
    jamais été transmises": the model made the relative clause opened by "dont" the
    completive of the verb of saying, and the completive itself, with its "que", an
    adverbial clause of it.  The completive is the verb's again; the relative clause
    qualifies the noun before its comma."""
    doc, root = sent.doc, sent.root
    for verb in [c for c in root.children if c.dep_ == "ccomp" and c.i > root.i]:
        if any(k.dep_ == "mark" for k in verb.children):
            continue
        clause = next((k for k in verb.children if k.dep_ == "advcl" and k.i < verb.i
                       and any(m.dep_ == "mark" and m.lower_ in ("que", "qu'", "qu’")
                               for m in k.children)), None)
        dont = next((t for t in doc[clause.right_edge.i + 1 : verb.i]
                     if t.lower_ == "dont"), None) if clause is not None else None
        if dont is None or doc[dont.i - 1].text != ",":
            continue
        noun = next((t for t in reversed(doc[clause.i : dont.i - 1])
                     if t.pos_ in ("NOUN", "PROPN")), None)
        if noun is None:
            continue
        while noun.dep_ == "nmod" and noun.head.pos_ == "NOUN" and noun.head.i > clause.i:
            noun = noun.head  # ("une étude de sol": the phrase's head)
        clause.head, clause.dep_ = root, "ccomp"
        verb.head, verb.dep_ = noun, "acl:relcl"


def _subject_inside_relative(sent: Span) -> None:
    """"Un commerçant de la place, qui préfère ne pas donner son nom, se réjouit de ...":
    the model made the relative clause on "qui" an adverbial clause of the verb, and the
    subject before it a part of that clause; the noun is the verb's subject (the verb has
    none), the clause says who it is."""
    doc = sent.doc
    for clause in sent:
        if clause.dep_ != "advcl" or clause.head.i <= clause.i or any(
                c.dep_.startswith("nsubj") for c in clause.head.children):
            continue
        who = next((c for c in clause.children if c.dep_ == "nsubj"
                    and c.morph.get("PronType") == ["Rel"] and c.i < clause.i), None)
        if who is None or who.i < 2 or doc[who.i - 1].text != ",":
            continue
        noun = next((c for c in clause.children if c.i < who.i - 1
                     and c.pos_ in ("NOUN", "PROPN") and c.right_edge.i == who.i - 2), None)
        if noun is None:
            continue
        verb = clause.head
        noun.head, noun.dep_ = verb, "nsubj"
        clause.head, clause.dep_ = noun, "acl:relcl"
        return


def _subject_taken_by_participle(sent: Span) -> None:
    """"Le ministre, Bertrand Morvan, venu sur place dans l'après-midi, a annoncé que ...":
    the model made the participle (or the adjective) set off after the subject an
    adverbial clause of the verb with the subject as its own, and left the verb none; the
    noun is the verb's subject, the participle says what it did."""
    root = sent.root
    if root.pos_ != "VERB" or any(c.dep_.startswith("nsubj") for c in root.children):
        return
    doc = sent.doc
    # (or an adjective: "Le maire, Gérard Pouzet, favorable au projet, assure que ...")
    # (its reflexive pronoun may come first: "Un diplomate, s'exprimant sous couvert
    # d'anonymat, assure que ...")
    part = next((c for c in root.children if c.dep_ == "advcl" and c.i < root.i
                 and (c.morph.get("VerbForm") == ["Part"] or c.pos_ == "ADJ") and c.i > 1
                 and (doc[c.i - 1].text == "," or (
                     doc[c.i - 2].text == "," and doc[c.i - 1].morph.get("Reflex") == ["Yes"]))
                 and not any(k.dep_.startswith(("aux", "mark", "cop")) for k in c.children)),
                None)
    nouns = [k for k in part.children if k.dep_ == "nsubj" and k.i < part.i
             and k.pos_ in ("NOUN", "PROPN")] if part is not None else []
    if part is None or not nouns:
        return
    nouns[0].head, nouns[0].dep_ = root, "nsubj"
    for other in nouns[1:]:  # (the name set off after the title)
        other.head, other.dep_ = nouns[0], "appos"
    part.head, part.dep_ = nouns[0], "acl" if part.pos_ == "VERB" else "amod"


def _relative_made_conjunct(sent: Span) -> None:
    """"Une solution pourrait venir du club de natation local, dont deux entraîneurs ...
    ont proposé de reprendre ...": the model made the verb of a relative clause opened by
    "dont" after a comma a second verb of the sentence's; it says what the noun before
    the comma is (the phrase's head, whatever modifies it up to the comma)."""
    doc = sent.doc
    for verb in sent:
        first = verb.left_edge
        if verb.dep_ != "conj" or verb.pos_ not in ("VERB", "AUX") or first.lower_ != "dont" \
                or first.i < sent.start + 2 or doc[first.i - 1].text != ",":
            continue
        noun = doc[first.i - 2]
        while noun.head.i < noun.i and noun.head.pos_ in ("NOUN", "PROPN", "ADJ") and \
                noun.head.right_edge.i <= first.i - 1 and noun.head != noun.head.head:
            noun = noun.head
        while noun.pos_ == "ADJ" and noun.head.pos_ in ("NOUN", "PROPN") and noun.head.i < noun.i:
            noun = noun.head
        if noun.pos_ not in ("NOUN", "PROPN") or verb in noun.ancestors:
            continue
        verb.head, verb.dep_ = noun, "acl:relcl"
        return


def _first_clause_made_relative(sent: Span) -> None:
    """"L'herpèsvirus équin n'est pas transmissible à l'homme, mais il peut provoquer ...":
    the model made the first clause's predicate a relative clause of its subject and gave
    that subject to the second clause's verb, after "mais" and its own pronoun.  A clause
    with no relative word is no relative clause in French: the predicate is the root, the
    noun its subject, and the second clause its conjunct."""
    root = sent.root
    if root.pos_ == "NOUN":
        # (or the noun made the root, the predicate its relative clause and the second
        # clause its conjunct: "L'herpèsvirus ... n'est pas contagieux pour l'homme, mais
        # il peut ...")
        clause = _unmarked_relative(root, root.i, sent.end)
        if clause is None or not any(c.dep_ == "conj" and c.i > clause.i and c.pos_ in (
                "VERB", "AUX") for c in root.children):
            return
        for c in list(root.children):
            if c.i > clause.i:
                c.head = clause
        clause.head, clause.dep_ = clause, "ROOT"
        root.head, root.dep_ = clause, "nsubj"
        return
    if root.pos_ not in ("VERB", "AUX") or root.morph.get("VerbForm") != ["Fin"]:
        return
    cc = next((c for c in root.children if c.dep_ == "cc" and c.i < root.i), None)
    pronoun = next((c for c in root.children if c.dep_ in ("nsubj", "expl:subj")
                    and c.pos_ == "PRON" and cc is not None and cc.i < c.i < root.i), None)
    noun = next((c for c in root.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")
                 and cc is not None and c.i < cc.i), None)
    if pronoun is None or noun is None or sent.doc[cc.i - 1].text != ",":
        return
    clause = _unmarked_relative(noun, sent.start, cc.i)
    if clause is None:
        return
    clause.head, clause.dep_ = clause, "ROOT"
    noun.head, noun.dep_ = clause, "nsubj"
    root.head, root.dep_ = clause, "conj"
    pronoun.dep_ = "nsubj"
    for c in list(root.children):
        if c.is_punct and c.i == sent.end - 1:
            c.head = clause


def _unmarked_relative(noun: Token, after: int, before: int) -> Token | None:
    """The clause the model made a relative clause of ``noun`` between ``after`` and
    ``before`` that has a finite auxiliary or copula and no relative word: a French
    predicate, not a relative clause."""
    return next((c for c in noun.children if c.dep_ == "acl:relcl" and after < c.i < before
                 and any(k.dep_ in ("cop", "aux", "aux:tense", "aux:pass")
                         and k.morph.get("VerbForm") == ["Fin"] for k in c.children)
                 and not any(t.morph.get("PronType") == ["Rel"] for t in c.subtree)), None)


def _relative_made_root(sent: Span) -> None:
    """"Le premier tronçon, dont l'ouverture était prévue en juin, sera mis en service fin
    2026, a reconnu le président": the model made the relative clause the root, the
    sentence's subject its subject and the main verb its conjunct.  The conjunct set off
    after the clause is the root, the subject its own, the clause the subject's."""
    root = sent.root
    doc = sent.doc
    relative = next((c for c in root.children if c.morph.get("PronType") == ["Rel"]
                     and c.i < root.i), None) or next(
        (k for c in root.children if c.i < root.i for k in c.children
         if k.morph.get("PronType") == ["Rel"] and k.lower_ == "dont"), None)
    if root.pos_ != "VERB" or relative is None or relative.i < 2 or \
            doc[relative.i - 1].text != ",":
        return
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubj:pass")
                    and c.i < relative.i - 1), None)
    # (or an adverbial clause: "Un courriel ..., dont Libération a obtenu copie, affirme")
    main = next((c for c in root.children if c.dep_ in ("conj", "advcl", "parataxis")
                 and c.i > root.i
                 and c.pos_ in ("VERB", "AUX") and "," in (doc[c.left_edge.i].text,
                                                          doc[c.left_edge.i - 1].text)
                 and not any(k.dep_.startswith("nsubj") or k.dep_ == "cc"
                             for k in c.children)
                 and (c.morph.get("VerbForm") == ["Fin"] or any(
                     k.dep_.startswith("aux") and k.morph.get("VerbForm") == ["Fin"]
                     for k in c.children))), None)
    if subject is None or main is None:
        return
    main.head, main.dep_ = main, "ROOT"
    for c in list(root.children):
        if c.i > main.i:
            c.head = main  # what follows the main verb ("..., a reconnu le président.")
    subject.head = main
    subject.dep_ = "nsubj:pass" if any(k.dep_ == "aux:pass" for k in main.children) \
        else "nsubj"
    root.head, root.dep_ = subject, "acl:relcl"


def _apposition_infinitive_made_root(sent: Span) -> None:
    """"La cabine photo installée depuis 1979 ..., l'une des dernières en France à utiliser
    un procédé chimique, sera démontée à la fin du mois.": the model made the infinitive of
    the subject's apposition the root, with the subject its own, and the sentence's verb,
    after the apposition's closing comma, a conjunct of it.  That verb is the root; the
    infinitive completes the apposition."""
    root = sent.root
    doc = sent.doc
    if root.morph.get("VerbForm") != ["Inf"] or not any(
            c.dep_ == "mark" and c.lower_ in ("à", "de", "d'") for c in root.children):
        return
    subject = next((c for c in root.children if c.dep_ == "nsubj" and c.i < root.i), None)
    apposed = next((c for c in subject.children if c.dep_ == "appos" and c.i < root.i
                    and doc[c.left_edge.i - 1].text == ","), None) if subject else None
    verb = next((c for c in root.children if c.dep_ == "conj" and c.i > root.i
                 and c.pos_ == "VERB" and "," in (doc[c.left_edge.i].text,
                                                  doc[c.left_edge.i - 1].text) and any(
                     k.dep_.startswith("aux") and k.morph.get("VerbForm") == ["Fin"]
                     for k in c.children)
                 and not any(k.dep_ == "cc" for k in c.children)), None)
    if apposed is None or verb is None:
        return
    verb.head, verb.dep_ = verb, "ROOT"
    subject.head = verb
    root.head, root.dep_ = apposed, "acl"
    for t in sent:
        if t.head == root and t.i > verb.i:
            t.head = verb


def _que_read_as_object(verb: Token, obj: Token) -> Token | None:
    """"informe l'association qu'elle perdra à la rentrée l'usage de la salle": the "que"
    right after the object, which the model read as a relative pronoun, the object of the
    clause it opens; a clause with a subject and an object of its own takes none, so it
    is the clause's mark (made one here), or None."""
    doc = verb.doc
    rel = next((c for c in verb.children if c.dep_ == "obj" and c.pos_ == "PRON"
                and c.lower_.replace("’", "'") in ("que", "qu'") and c.i < verb.i), None)
    if rel is None or verb.pos_ != "VERB" or verb.dep_ != "acl:relcl" or not any(
            c.dep_ == "obj" and c.i > verb.i and c.pos_ in ("NOUN", "PROPN")
            for c in verb.children) or not any(
            c.dep_ == "nsubj" and rel.i < c.i < verb.i for c in verb.children) or any(
            t.pos_ in ("NOUN", "PROPN", "ADJ", "ADP") for t in doc[obj.i + 1 : rel.i]):
        return None
    rel.pos_, rel.tag_, rel.dep_ = "SCONJ", "SCONJ", "mark"
    rel.set_morph("")
    return rel


def _completive_made_relative(sent: Span) -> None:
    """"a prévenu la préfecture que la digue risquait de céder": the model made the clause
    a relative one of the verb's object, its "que" a mark (a relative "que" is an object);
    the clause, which has its own subject, is the verb's."""
    for tok in sent:
        obj = tok.head
        if tok.dep_ not in ("acl:relcl", "acl") or obj.dep_ not in (
                "obj", "iobj", "obl:mod", "obl:arg") or obj.head.pos_ != "VERB" or (
                tok.dep_ == "acl" and not obj.dep_.startswith("obl")):
            continue
        # ("a assuré dans un communiqué qu'« aucun manquement » n'avait été relevé": after
        # an adverbial, a "que" the tagger calls a conjunction, with "qu'" cut from its
        # apostrophe before a quote mark and the subject left hanging)
        adverbial = obj.dep_.startswith("obl")
        if adverbial and not any(c.dep_ == "det" for c in obj.children):
            continue  # ("à condition que ...": a conjunction, no noun the clause is said in)
        mark = next((c for c in tok.children if c.dep_ == "mark" and c.i > obj.i and (
            c.lower_ in ("que", "qu'") or (adverbial and c.lower_ == "qu"))
            and (not adverbial or c.pos_ == "SCONJ")), None)
        if mark is None and obj.dep_ == "obj":
            mark = _que_read_as_object(tok, obj)
        if mark is None:
            continue
        loose = next((c for c in [*tok.children, *mark.children] if adverbial
                      and c.dep_ == "dep" and c.pos_ == "NOUN" and c.i < tok.i), None)
        if any(c.dep_.startswith("nsubj") and c.morph.get("PronType") != ["Rel"]
               for c in tok.children) or loose is not None:
            tok.head, tok.dep_ = obj.head, "ccomp"
            if loose is not None:
                loose.head = tok
                loose.dep_ = "nsubj:pass" if any(c.dep_ == "aux:pass" for c in tok.children) \
                    else "nsubj"


def _infinitive_hung_on_channel(sent: Span) -> None:
    """"L'exploitant a indiqué dans un communiqué avoir coupé l'alimentation": the model
    hung the infinitive, which is what was said, on the phrase of the channel before it
    ("dans un communiqué"); it completes the verb, which has no other complement."""
    for verb in sent:
        channel = verb.head
        if verb.dep_ != "acl" or verb.pos_ != "VERB" or channel.i >= verb.i or \
                channel.pos_ != "NOUN" or not channel.dep_.startswith("obl") or not any(
                    c.dep_ == "case" and c.lower_ in ("dans", "in") for c in channel.children):
            continue  # (not "espère pour sa part accueillir": a phrase of stance, no channel)
        infinitive = verb.morph.get("VerbForm") == ["Inf"] or any(
            c.dep_ == "aux:tense" and c.morph.get("VerbForm") == ["Inf"] and c.i < verb.i
            for c in verb.children)
        said = channel.head
        if not infinitive or any(c.dep_ in ("mark", "case") for c in verb.children) or \
                said.pos_ != "VERB" or any(c.dep_ in ("xcomp", "ccomp", "obj")
                                           for c in said.children):
            continue
        verb.head, verb.dep_ = said, "xcomp"
        return


def _subject_hung_on_punctuation(sent: Span) -> None:
    """"Mardi soir, la Société hydraulique des Cévennes (SHC), qui ..., a prévenu": the
    model hung the subject on a comma; it is the subject of the sentence's verb, which has
    none."""
    root = sent.root
    if root.pos_ not in ("VERB", "AUX") or any(c.dep_.startswith("nsubj") for c in root.children):
        return
    subject = next((t for t in sent if t.dep_ == "nsubj" and t.head.is_punct
                    and t.i < root.i), None)
    if subject is not None:
        subject.head = root


def _verb_heads_clause(noun: Token, verb: Token, mark: Token) -> None:
    """Make ``verb`` the head of the clause ``noun`` headed (its place under the verb of
    saying), ``noun`` its subject (passive with a passive auxiliary) and ``mark`` ("que")
    its mark."""
    verb.head, verb.dep_, verb.pos_ = noun.head, noun.dep_, "VERB"
    passive = any(c.dep_ == "aux:pass" for c in verb.children)
    noun.head, noun.dep_ = verb, "nsubj:pass" if passive else "nsubj"
    mark.head, mark.dep_, mark.pos_ = verb, "mark", "SCONJ"


def _verb_hung_on_clause_subject(sent: Span) -> None:
    """"indique que les démarches urgentes, comme les déclarations de décès, seront
    toujours assurées": the model made the clause's subject its head (under the "que")
    and the clause's verb, with its finite auxiliary, a participle on that noun; the verb
    heads the clause and the noun is its subject."""
    for noun in sent:
        if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in ("ccomp", "xcomp"):
            continue
        mark = next((c for c in noun.children if c.dep_ == "mark" and c.i < noun.i), None)
        verb = next((c for c in noun.children if c.dep_ == "acl" and c.pos_ == "VERB"
                     and c.i > noun.i and c.morph.get("VerbForm") == ["Part"]), None)
        if mark is None or verb is None or any(
                c.dep_.startswith("nsubj") or c.morph.get("PronType") == ["Rel"]
                for c in verb.subtree if c.head == verb) or not any(
                c.dep_ in ("aux:pass", "aux:tense") and c.morph.get("VerbForm") == ["Fin"]
                and c.i < verb.i for c in verb.children):
            continue
        _verb_heads_clause(noun, verb, mark)


def _saying_made_clause_of_its_completive(sent: Span) -> None:
    """"Le service a indiqué qu'une nouvelle campagne, confiée à un laboratoire, serait
    lancée au printemps": past a participle set off in the clause's subject, the model
    made the clause's verb the root, the verb of saying a clause of it, and the subject
    (after a "que" it took for an adverb) the object of saying.  The verb of saying is
    the root, the verb with no subject of its own its clause, the noun its subject."""
    root = sent.root
    if root.pos_ != "VERB" or any(c.dep_.startswith("nsubj") for c in root.children):
        return
    saying = next((c for c in root.children if c.dep_ == "advcl" and c.i < root.i
                   and c.pos_ == "VERB" and any(k.dep_ == "nsubj" and k.i < c.i
                                                for k in c.children)), None)
    if saying is None:
        return
    noun = next((c for c in saying.children if c.dep_ == "ccomp" and c.i > saying.i
                 and c.pos_ in ("NOUN", "PROPN")), None)
    mark = next((c for c in noun.children if c.i < noun.i and c.dep_ in ("mark", "advmod")
                 and c.lower_ in ("que", "qu'", "qu’")), None) if noun is not None else None
    if mark is None or not any(c.dep_.startswith("aux") and c.morph.get("VerbForm") == ["Fin"]
                               for c in root.children):
        return
    _saying_made_root(root, saying, "ccomp")
    passive = any(c.dep_ == "aux:pass" for c in root.children)
    noun.head, noun.dep_ = root, "nsubj:pass" if passive else "nsubj"
    mark.head, mark.dep_, mark.pos_ = root, "mark", "SCONJ"


def _clause_made_subject(sent: Span) -> None:
    """"Dans sa lettre, il souligne que le supermarché est « le seul commerce »": the
    model made the clause's predicate noun a second subject of the verb after it, with
    the clause's "que", copula and subject hung on the copula; the noun heads the clause
    the verb governs."""
    for verb in sent:
        if not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
            continue
        # (or an adverbial: "a assuré qu'« aucune suppression n'est à l'ordre du jour »")
        for after in [c for c in verb.children if c.dep_ in ("nsubj", "obl:mod") and c.i > verb.i
                      and c.pos_ in ("NOUN", "PROPN")]:
            cop = next((k for k in after.children if k.dep_ == "cop" and k.i < after.i), None)
            if cop is None or not any(k.dep_ == "mark" and k.i == verb.i + 1
                                      for k in cop.children):
                continue
            after.dep_ = "ccomp"
            for k in list(cop.children):
                if k.dep_ in ("mark", "nsubj", "advmod"):
                    k.head = after


def _second_subject_made_clause(verb: Token) -> None:
    """"The memo, written by ..., says ambulances queued outside the hospital": the model
    gave "says" a second subject after it and made the clause's past verb a participle of
    that noun; the verb is what was said, the noun its subject.  So with the noun made
    the object of "say", which takes no noun that a past verb follows ("Organizers said a
    record 1,104 solvers registered for the tournament")."""
    before = any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children)
    after = next((c for c in verb.children if (c.dep_ == "nsubj" or (
        c.dep_ == "dobj" and verb.lemma_ == "say")) and c.i > verb.i
                  and c.pos_ in ("NOUN", "PROPN")), None)
    if not before or after is None:
        return
    # (or on the noun's apposition: "a record | 2,310 runners registered")
    holders = [after, *(c for c in after.children if c.dep_ == "appos" and c.i > after.i)]
    clause = next((k for n in holders for k in n.children if k.dep_ == "acl"
                   and k.tag_ in ("VBD", "VBN") and k.i > n.i), None)
    if clause is None:
        return
    clause.head, clause.dep_ = verb, "ccomp"
    after.head, after.dep_ = clause, "nsubj"


def _participle_made_modifier(verb: Token) -> None:
    """"The satellite, named Corrie-1, separated from the upper stage ..., the launch
    company, Northlight Aerospace, said": the model made "separated" a participle of
    "satellite", "satellite" the subject of "said" and the speaker its apposition.  The
    speaker set off right before the verb of saying is its subject; the past verb, with
    the noun before it as its subject, is what was said (only for a common noun: "Jane
    Roe, appointed in March, the firm's third chief executive, said" is one person)."""
    doc = verb.doc
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"
                    and c.i < verb.i), None)
    if subject is None:
        return
    speaker = next((c for c in subject.children if c.dep_ == "appos" and c.i > subject.i
                    and c.pos_ in ("NOUN", "PROPN") and doc[c.left_edge.i - 1].text == ","
                    and all(k.is_punct for k in doc[c.right_edge.i + 1 : verb.i])), None)
    if speaker is None:
        return
    said = max((c for c in subject.children if c.dep_ == "acl" and c.pos_ == "VERB"
                and c.tag_ in ("VBD", "VBN") and subject.i < c.i < speaker.left_edge.i
                and any(k.dep_ in ("prep", "dobj", "advmod", "npadvmod") for k in c.children)),
               key=lambda c: c.i, default=None)
    if said is None:
        return
    said.head = verb
    said.dep_ = "ccomp"
    subject.head = said
    subject.dep_ = "nsubj"
    speaker.head = verb
    speaker.dep_ = "nsubj"


def _clause_made_object(verb: Token) -> None:
    """"X said the square needed resurfacing and that the stalls had caused ...": the model
    read "square" as an adjective and "needed" as a participle of the object
    "resurfacing".  A second clause joined with "and that" says what follows the verb of
    saying is a clause too: the participle is its verb, the word before it the subject and
    the object its own."""
    doc = verb.doc
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i
                and c.left_edge.i == verb.i + 1), None)
    second = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                   and any(k.dep_ == "mark" and k.lower_ == "that" for k in c.children)), None)
    if obj is None or second is None or second.i < obj.i:
        return
    said = next((c for c in obj.children if c.dep_ == "amod" and c.pos_ == "VERB"
                 and c.tag_ in ("VBN", "VBD") and verb.i + 2 <= c.i < obj.i
                 and not any(k.i > c.i for k in c.children)), None)
    if said is None or doc[said.i - 1].pos_ not in ("ADJ", "NOUN") or \
            doc[said.i - 1].head != obj:
        return
    subject = doc[said.i - 1]
    said.head, said.dep_, said.tag_ = verb, "ccomp", "VBD"
    said.set_morph("Tense=Past|VerbForm=Fin")
    subject.head, subject.dep_, subject.pos_, subject.tag_ = said, "nsubj", "NOUN", "NN"
    for t in doc[obj.left_edge.i : subject.i]:
        if t.head == obj:
            t.head = subject
    obj.head = said
    second.head = said


def _closing_relative_made_root(sent: Span) -> None:
    """"X accused the group of hiding the overspend, a claim Marsh denied.": the model
    made the relative clause closing the sentence its root, with the noun it describes as
    the object and the sentence before the comma as what was denied.  The sentence before
    the comma is the root, the noun its apposition and the relative clause the noun's."""
    root = sent.root
    if root.pos_ != "VERB" or root.morph.get("VerbForm") != ["Fin"]:
        return
    obj = next((c for c in root.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
    subj = next((c for c in root.children if c.dep_ == "nsubj" and c.i < root.i), None)
    clause = next((c for c in root.children if c.dep_ == "ccomp" and c.i < root.i
                   and c.pos_ == "VERB"), None)
    if obj is None or subj is None or clause is None or not (
            clause.i < obj.left_edge.i and obj.i < subj.left_edge.i) or \
            obj.left_edge.i == 0 or sent.doc[obj.left_edge.i - 1].text != "," or any(
            c.i > root.i and not c.is_punct for c in root.children):
        return
    clause.head, clause.dep_ = clause, "ROOT"
    for c in list(root.children):
        if c.is_punct:
            c.head = clause
    obj.head, obj.dep_ = clause, "appos"
    root.head, root.dep_ = obj, "relcl"


def _closing_speaker_made_relative(sent: Span, saying: frozenset[str]) -> None:
    """"The chicken curry is the likely source, a council official who was not authorised
    to speak publicly told the Echo.": the model made the verb of saying closing the
    sentence a relative clause of the noun before the comma.  A clause set off by a comma
    with no relative word is no relative clause in English: the verb of saying is the
    root, and the sentence before the comma what it says."""
    doc, root = sent.doc, sent.root
    for verb in sent:
        if verb.dep_ != "relcl" or verb.lemma_ not in saying or verb.tag_ not in (
                "VBD", "VBZ", "VBP") or verb.head.i >= verb.i or root.i >= verb.i:
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        if subject is None or subject.tag_ in ("WP", "WDT") or subject.left_edge.i < 1 or \
                doc[subject.left_edge.i - 1].text != "," or \
                verb.head.i >= subject.left_edge.i or any(
                    c.tag_ in ("WP", "WDT", "WRB") or c.lower_ == "that"
                    for c in verb.children if c is not subject) or any(
                    not t.is_punct for t in doc[verb.right_edge.i + 1 : sent.end]):
            continue
        _saying_made_root(root, verb, "ccomp")
        return


def _saying_made_root(root: Token, verb: Token, dep: str) -> None:
    """Make the verb of saying closing a sentence its root, the old root its clause
    (``dep``), and the punctuation after the verb the verb's (the full stop)."""
    for c in list(root.children):
        if c.is_punct and c.i > verb.i:
            c.head = verb
    verb.head, verb.dep_ = verb, "ROOT"
    root.head, root.dep_ = verb, dep


def _reported_clause_made_relative(sent: Span, saying: frozenset[str]) -> None:
    """"La troisième étape, entre Tulle et Brive, partira jeudi ..., a confirmé la
    direction": after a phrase set off by commas, the French model made the reported
    clause's verb a relative clause (``acl:relcl``) of its subject, and that subject the
    subject of the verb of saying closing the sentence, whose own subject it made its
    object; or a participle with its finite auxiliary an adjectival clause of a second
    subject set off ("Deux passagers, un homme et un adolescent, ont été touchés, a
    précisé la préfecture").  A finite clause with no relative word is no relative clause
    in French: the first noun is its subject (a second one set off, its apposition) and
    the clause what the verb of saying reports, as the model reads it with no phrase set
    off."""
    doc, root = sent.doc, sent.root
    if root.lemma_ not in saying or root.pos_ != "VERB":
        return
    first = min((c for c in root.children if c.dep_.startswith("aux")), default=root,
                key=lambda t: t.i)
    if first.i < 1 or doc[first.i - 1].text != "," or not any(
            c.dep_ in ("obj", "nsubj") and c.i > root.i for c in root.children):
        return
    subjects = [c for c in root.children if c.dep_ == "nsubj" and c.i < first.i]
    verb = next((c for noun in subjects for c in noun.children if c.pos_ == "VERB"
                 and c.i < first.i and (
                     (c.dep_ == "acl:relcl" and c.morph.get("VerbForm") == ["Fin"])
                     # ("Deux passagers, un homme et un adolescent, ont été touchés, a
                     # précisé la préfecture": a participle with its finite auxiliary)
                     # (or "se sont probablement réfugiés", its "être" made a copula)
                     or (c.dep_ == "acl" and any(
                         a.dep_ in ("aux:tense", "cop") and a.morph.get("VerbForm") == ["Fin"]
                         for a in c.children)))), None)
    if verb is None or any(t.morph.get("PronType") == ["Rel"] for t in verb.subtree):
        return
    verb.head, verb.dep_ = root, "advcl"
    subjects[0].head, subjects[0].dep_ = verb, "nsubj"
    for noun in subjects[1:]:
        noun.head, noun.dep_ = subjects[0], "appos"  # (the second, set off, names the first)


def _closing_saying_verbs(sent: Span, saying: frozenset[str]) -> list[Token]:
    """The verbs of saying (``[nlp] saying_verbs``) that close the sentence after a comma,
    their auxiliaries included, with no subject of their own: where an inverted speaker
    follows ("..., a annoncé son représentant")."""
    doc = sent.doc
    out = []
    for verb in sent:
        first = min([verb.i, *(c.i for c in verb.children if c.dep_.startswith("aux"))])
        if verb.pos_ == "VERB" and verb.lemma_ in saying and verb.head.i < verb.i and \
                first > sent.start and doc[first - 1].text == "," and not any(
                    c.dep_.startswith(("nsubj", "expl")) for c in verb.children):
            out.append(verb)
    return out


def _object_clitic_made_subject(sent: Span) -> None:
    """"« ... », leur a répondu Mme Benali": the model made the object clitic opening an
    incise (after a comma, its inverted speaker made the verb's object right after it)
    its subject; "leur" and "lui" are never subjects.  The clitic is whom it was said
    to, the speaker the subject."""
    doc = sent.doc
    for verb in sent:
        clitic = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i
                       and c.lower_ in ("leur", "lui") and c.i > sent.start
                       and doc[c.i - 1].text == ","), None)
        if verb.pos_ != "VERB" or verb.head.i > verb.i or clitic is None:
            continue
        speaker = next((c for c in verb.children if c.dep_ == "obj" and c.i == verb.i + 1
                        and c.pos_ in ("NOUN", "PROPN")), None)
        if speaker is not None:  # (else no incise: "Paris, qui ..., leur a demandé de")
            clitic.dep_, speaker.dep_ = "iobj", "nsubj"


def _inverted_speaker_made_object(sent: Span, saying: frozenset[str]) -> None:
    """"Le HCR va installer 800 tentes et distribuer des kits, a annoncé son représentant
    dans le pays.": a verb of saying (``[nlp] saying_verbs``) closing the sentence after a
    comma, with no subject, whose inverted speaker the model made its object (what was
    announced: "son représentant").  The noun, with its determiner and nothing after it
    but an adverbial, is the subject."""
    for verb in _closing_saying_verbs(sent, saying):
        # (a definite or possessive determiner: an indefinite inverted speaker, "...,
        # soulignent des avocats", is read as it stands)
        obj = next((c for c in verb.children if c.dep_ == "obj" and c.pos_ == "NOUN"
                    and c.left_edge.i == verb.i + 1 and any(
                        k.dep_ == "det" and k.i == verb.i + 1 and (
                            k.morph.get("Definite") == ["Def"] or k.morph.get("Poss") == ["Yes"])
                        for k in c.children)), None)
        if obj is None or any(c.i > obj.right_edge.i and not c.is_punct and not (
                c.dep_.startswith("obl") and c.pos_ == "NOUN")
                for c in verb.children):
            continue
        obj.dep_ = "nsubj"


def _content_verb_taken_by_participle(sent: Span, saying: frozenset[str]) -> None:
    """"A rule change allowing handpieces with wider combs could be introduced next
    season, one judge said": the model made the content's subject the subject of the verb
    of saying closing the sentence, the content's verb a clause of the "-ing" participle
    after that subject and the participle's object the verb's subject.  The verb heads
    what is said, the noun is its subject, the object the participle's."""
    doc = sent.doc
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_ not in saying:
            continue
        noun = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i
                     and c.pos_ in ("NOUN", "PROPN")), None)
        part = next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBG"
                     and c.i > noun.i), None) if noun is not None else None
        clause = next((c for c in part.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")
                       and not any(k.dep_ == "mark" for k in c.children)
                       and (c.morph.get("VerbForm") == ["Fin"] or any(
                           k.dep_ == "aux" and k.morph.get("VerbForm") == ["Fin"]
                           for k in c.children))), None) if part is not None else None
        taken = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")
                      and c.left_edge.i == part.i + 1), None) if clause is not None else None
        if taken is None or clause.right_edge.i + 1 >= verb.i or \
                doc[clause.right_edge.i + 1].text != "," or any(
                    t.is_punct for t in doc[part.i : clause.i]):
            continue
        passive = any(k.dep_ == "auxpass" for k in clause.children)
        clause.head, clause.dep_ = verb, "ccomp"
        noun.head, noun.dep_ = clause, "nsubjpass" if passive else "nsubj"
        taken.head, taken.dep_ = part, "dobj"
        return


def _content_subject_taken_by_closing_verb(sent: Span, saying: frozenset[str]) -> None:
    """"La prochaine édition accueillera pour la première fois un concours, a annoncé le
    comité des fêtes dans un communiqué": the model made the reported clause's subject the
    subject of the verb of saying closing the sentence after a comma, the clause's finite
    verb a modifier of that noun (or hung anywhere before the comma: "Aucun blessé n'est à
    déplorer, a précisé la préfecture"), and the inverted speaker the verb's object.  The
    finite verb heads what is said, the noun is its subject, the noun after the verb the
    speaker."""
    doc = sent.doc
    for verb in sent:
        first = min([verb.i, *(c.i for c in verb.children if c.dep_.startswith("aux"))])
        if verb.pos_ != "VERB" or verb.lemma_ not in saying or first <= sent.start or \
                doc[first - 1].text != ",":
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < first
                        and c.pos_ == "NOUN"), None)
        clause = next((c for c in subject.children if c.dep_ == "acl" and c.pos_ == "VERB"
                       and c.morph.get("VerbForm") == ["Fin"] and c.morph.get("Mood") == ["Ind"]
                       and not any(k.dep_.startswith(("nsubj", "mark")) for k in c.children)
                       and not any(t.text == "," for t in doc[subject.i : c.i])),
                      None) if subject is not None else None
        speaker = next((c for c in verb.children if c.dep_ == "obj" and c.pos_ == "NOUN"
                        and c.left_edge.i == verb.i + 1 and any(
                            k.dep_ == "det" and k.morph.get("Definite") == ["Def"]
                            for k in c.children)), None)
        if clause is None and subject is not None and speaker is not None:
            # ("Aucun blessé n'est à déplorer, a précisé la préfecture": the clause's
            # verb hung anywhere between its subject and the comma, on no subject)
            clause = next((t for t in doc[subject.i + 1 : first - 1] if t.pos_ in ("VERB", "AUX")
                           and t.morph.get("VerbForm") == ["Fin"]
                           and t.morph.get("Mood") == ["Ind"]
                           and not any(k.dep_.startswith(("nsubj", "mark")) for k in t.children)
                           and not any(x.text == "," for x in doc[subject.i : t.i])), None)
            for t in doc[subject.i + 1 : first - 1] if clause is not None else []:
                if t.head == verb and t != clause:
                    t.head = clause  # ("n'" of "n'est")
        if clause is None or speaker is None:
            continue
        clause.head, clause.dep_ = verb, "ccomp"
        subject.head, subject.dep_ = clause, "nsubj"
        speaker.dep_ = "nsubj"
        return


def _inverted_name_made_dependent(sent: Span, saying: frozenset[str]) -> None:
    """"La prochaine édition se tiendra en juin, a annoncé Puisaye Tourisme dans un
    communiqué": a verb of saying closing the sentence after a comma, with no subject,
    right before a name of several words the model did not know (tagged an adjective or a
    noun, hung as its object or on the clause before).  The entity reader's span says where
    the name stands: it is the inverted speaker, its first word the subject, the others
    the name's; what the model hung on them after the name (the setting) is the verb's.
    Only in UD trees: English "..., told Velo Gazette" names whom it was told to."""
    doc = sent.doc
    if doc.lang_ == "en":
        return
    for verb in _closing_saying_verbs(sent, saying):
        name = next((e for e in doc.ents if e.start == verb.i + 1 and e.end <= sent.end), None)
        # (capitalised from its first word: "told the Velo Gazette" is whom it was told to)
        if name is None or len(name) < 2 or not name[0].is_title or not all(
                t.is_title or (t.is_lower and t.pos_ in ("ADP", "DET")) for t in name) or \
                any(t.pos_ == "PROPN" and t.dep_.startswith("nsubj") for t in name) or any(
                    t.i in {a.i for a in verb.ancestors} for t in name):
            continue
        lead = name[0]
        lead.pos_, lead.head, lead.dep_, lead.lemma_ = "PROPN", verb, "nsubj", lead.text
        for t in name[1:]:
            if t.is_title:
                t.pos_, t.head, t.dep_, t.lemma_ = "PROPN", lead, "flat:name", t.text
            else:
                t.head, t.dep_ = doc[t.i + 1], "case"
        for t in doc[name.end : sent.end]:
            if name.start <= t.head.i < name.end:
                t.head, t.dep_ = verb, "obl:mod" if t.dep_ != "punct" else "punct"
        return


def _speaker_name_hung_on_setting(sent: Span) -> None:
    """"..., a détaillé la représentante de l'Unicef dans le pays, Mariam Koné.": a name set
    off at the end of the sentence, which the model made the apposition of the setting
    after the inverted speaker ("dans le pays"), is the speaker's name."""
    doc = sent.doc
    last = max((t.i for t in sent if not t.is_punct), default=sent.start)
    for name in sent:
        setting = name.head
        verb = setting.head
        if name.dep_ != "appos" or name.pos_ != "PROPN" or name.right_edge.i != last or \
                doc[name.i - 1].text != "," or not setting.dep_.startswith("obl") or \
                setting.pos_ != "NOUN" or verb.pos_ != "VERB" or verb.head.i > verb.i:
            continue
        speaker = next((c for c in verb.children if c.dep_ in ("obj", "nsubj")
                        and c.pos_ == "NOUN" and verb.i < c.i < setting.i and any(
                            k.dep_ == "det" for k in c.children)), None)
        if speaker is not None:
            name.head = speaker


def _inverted_saying_made_relative(sent: Span) -> None:
    """"..., le collectif saisira le tribunal administratif d'Amiens, a-t-il prévenu dans
    un tract distribué pendant la marche": with words after the inverted speaker, the
    French model made the verb of saying a relative clause (``acl:relcl``) of the noun
    before the comma.  A verb after a comma whose subject is a pronoun joined to its
    auxiliary by a hyphen opens no relative clause (in a statement, only an incise
    inverts so, whatever its verb: "a-t-il averti"): it is the root, the sentence before
    the comma what it says (as the model reads the sentence ending on the speaker)."""
    doc, root = sent.doc, sent.root
    for verb in sent:
        if verb.dep_ != "acl:relcl" or verb.pos_ != "VERB" or verb.i <= root.i or \
                verb.head.i >= verb.i:
            continue
        first = min((c for c in verb.children if c.dep_.startswith("aux")), default=verb,
                    key=lambda t: t.i)
        pronoun = doc[first.i + 1] if first.i + 1 < verb.i else None
        if first.i < 1 or doc[first.i - 1].text != "," or pronoun is None or \
                not pronoun.text.startswith("-") or pronoun.pos_ != "PRON" or any(
                    t.morph.get("PronType") == ["Rel"] for t in verb.subtree):
            continue
        _saying_made_root(root, verb, "advcl")
        return


def _whose_subject_taken_by_main_verb(sent: Span) -> None:
    """"Residents whose homes back onto the park have raised concerns": the model read
    the relative clause's verb as an adverb ("back"), made the main verb a relative clause
    of the subject's noun, and "homes" its subject. The main verb is the root, the noun
    before "whose" its subject, and the "whose" phrase the noun's."""
    root = sent.root
    if root.pos_ not in ("NOUN", "PROPN") or root.i != sent.start:
        return
    verb = next((c for c in root.children if c.dep_ == "relcl" and c.pos_ in ("VERB", "AUX")
                 and any(a.dep_ == "aux" and a.morph.get("VerbForm") == ["Fin"]
                         for a in c.children)), None)
    owned = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i and any(
        k.lower_ == "whose" and k.dep_ == "poss" for k in c.children)), None) \
        if verb is not None else None
    if verb is None or owned is None or owned.i != root.i + 2 or any(
            t.pos_ in ("VERB", "AUX") for t in sent.doc[owned.i + 1 : verb.i]
            if not t.dep_.startswith("aux")):
        return
    _make_root(sent, root, verb, "nsubj")
    owned.head, owned.dep_ = root, "acl:relcl"


def _whose_clause_made_root(sent: Span) -> None:
    """"Morrow, whose gelding won at Cheltenham in March, has not been charged": the model
    made the relative clause's verb the root (and "gelding" a verb) and the main verb a
    second verb joined to it.  The verb after the comma closing the clause is the root, the
    name before "whose" its subject, the relative clause the name's."""
    doc, root = sent.doc, sent.root
    whose = next((t for t in sent if t.lower_ == "whose" and t.i >= sent.start + 2
                  and doc[t.i - 1].text == "," and t.i < root.i), None)
    if whose is None or doc[whose.i - 2].pos_ not in ("PROPN", "NOUN"):
        return
    noun = doc[whose.i - 2]
    comma = next((t.i for t in sent if t.i > root.i and t.text == ","), None)
    if comma is None or comma + 1 >= sent.end:
        return
    first = doc[comma + 1]
    main = first.head if first.pos_ == "AUX" and first.dep_.startswith("aux") else first
    if main.dep_ not in ("conj", "dep", "parataxis") or main.head != root or \
            main.pos_ not in ("VERB", "AUX") or \
            first.morph.get("VerbForm") != ["Fin"] or any(
                c.dep_ in ("nsubj", "nsubjpass") for c in main.children):
        return
    owned = doc[whose.i + 1]
    if owned.pos_ == "VERB" and owned.i < root.i and owned.dep_ in ("relcl", "acl", "amod"):
        owned.pos_, owned.tag_, owned.dep_, owned.head = "NOUN", "NN", "nsubj", root
        whose.dep_, whose.head = "poss", owned
    main.head, main.dep_ = main, "ROOT"
    for c in list(root.children):
        if c.i > comma or (c.is_punct and c.i == comma):
            c.head = main
    for c in list(noun.children):
        if c.i > whose.i and c.pos_ == "VERB" and c != root:
            c.head = root
    passive = any(c.dep_ == "auxpass" for c in main.children)
    noun.head, noun.dep_ = main, "nsubjpass" if passive else "nsubj"
    root.head, root.dep_ = noun, "relcl"


def _subject_repairer(saying: frozenset[str], closing: frozenset[str] = frozenset(),
                      charges: frozenset[str] = frozenset(),
                      homographs: frozenset[str] = frozenset(),
                      pasts: frozenset[str] = frozenset()) -> Callable[[Doc], Doc]:
    """The pipeline component: ``repair_subjects`` with the language's verbs of saying,
    of showing, of charging and those spelt as plural nouns or, in the past, as nouns (a
    factory, so that each language's pipeline gets its own lists)."""
    def repair(doc: Doc) -> Doc:
        return repair_subjects(doc, saying, closing, charges, homographs, pasts)
    return repair


_NOMINAL = frozenset({"NOUN", "PROPN", "ADJ", "DET", "NUM"})


def _headline_charge_made_noun(sent: Span, charges: frozenset[str]) -> None:
    """"Villagers in Ombeya district accuse foreign palm oil firm of seizing ancestral land":
    a headline's present of charging, with no article around it, which the model took for
    a noun (``[nlp] headline_charges``, verb and preposition).  When the words before it
    are a noun phrase (a preposition and its noun allowed), the words up to the
    preposition another, and a verb in "-ing" follows the preposition, the word is the
    root; each phrase hangs on its last noun (the subject's on the one before its first
    preposition), the subject and the object on the verb, the preposition too."""
    doc = sent.doc
    pairs = [c.split() for c in charges]
    for tok in sent:
        prep = next((p for v, p in pairs if tok.lower_ == v), None)
        if prep is None or tok.pos_ not in ("NOUN", "PROPN") or tok.i == sent.start:
            continue
        at = next((t.i for t in doc[tok.i + 1 : sent.end] if t.lower_ == prep), None)
        if at is None or at + 1 >= sent.end or doc[at + 1].tag_ != "VBG" or at == tok.i + 1:
            return
        subject, obj = doc[sent.start : tok.i], doc[tok.i + 1 : at]
        if any(t.pos_ not in _NOMINAL | {"ADP"} for t in subject) or \
                subject[0].pos_ == "ADP" or subject[-1].pos_ == "ADP" or \
                any(t.pos_ not in _NOMINAL for t in obj):
            return
        root = sent.root
        tok.pos_, tok.tag_ = "VERB", "VBZ" if tok.lower_.endswith("s") else "VBP"
        tok.lemma_ = min((v for v, p in pairs if p == prep and tok.lower_.startswith(v)), key=len)
        tok.set_morph("Tense=Pres|VerbForm=Fin")
        tok.head, tok.dep_ = tok, "ROOT"
        for t in sent:
            if t.head == root and root != tok and t != root:
                t.head = tok
        heads = _hang_runs(list(subject))
        heads[0].head, heads[0].dep_ = tok, "nsubj"
        for noun in heads[1:]:
            adp = doc[noun.left_edge.i - 1] if noun.left_edge.i > sent.start else None
            if adp is not None and adp.pos_ == "ADP":
                adp.head, adp.dep_ = heads[0], "prep"
                noun.head, noun.dep_ = adp, "pobj"
        obj_head = _hang_runs(list(obj))[0]
        obj_head.head, obj_head.dep_ = tok, "dobj"
        doc[at].head, doc[at].dep_ = tok, "prep"
        doc[at + 1].head, doc[at + 1].dep_ = doc[at], "pcomp"
        return


def _compound_made_subject(sent: Span) -> None:
    """"Airlines report surge in GPS jamming over the Baltic": a headline's plural noun the
    model made a compound of the verb after it, which then has no subject.  A verb takes
    no compound: the noun (with its own compounds) is the subject."""
    verb = sent.root  # (the root, its subject opening the sentence: no "by the club rates")
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBP", "VBZ", "VBD") or any(
            c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
        return
    noun = next((c for c in verb.children if c.dep_ == "compound" and c.i < verb.i
                 and c.pos_ in ("NOUN", "PROPN") and c.right_edge.i == verb.i - 1
                 and c.left_edge.i == sent.start), None)
    if noun is not None:
        noun.dep_ = "nsubj"


def _name_tagged_adverb(sent: Span) -> None:
    """"Tully did not rule out bringing a few bins back": a capitalised word opening the
    sentence right before the finite auxiliary or verb, which the model tagged an adverb
    (a name ending in "-ly"), is that verb's subject when it has none: no adverb opens a
    sentence straight before its verb with the subject left out (an inversion puts the
    subject after: "Rarely has the council ...")."""
    doc = sent.doc
    first = doc[sent.start]
    if first.pos_ != "ADV" or not first.is_title or first.dep_ != "advmod" or \
            first.i + 1 >= sent.end:
        return
    nxt, verb = doc[first.i + 1], first.head
    if nxt.pos_ not in ("AUX", "VERB") or nxt.morph.get("VerbForm") != ["Fin"] or \
            verb.pos_ not in ("VERB", "AUX") or (nxt != verb and nxt.head != verb) or any(
                c.dep_.startswith(("nsubj", "csubj", "expl")) for c in verb.children):
        return
    first.pos_, first.tag_, first.dep_ = "PROPN", "NNP", "nsubj"
    first.lemma_ = first.text


def _pied_piped_relative_made_clause(sent: Span) -> None:
    """"A 2023 internal audit, a copy of which was seen by this newspaper, found that ...":
    the model made the subject and the relative phrase ("a copy of which") two subjects of
    the relative clause's verb, hung as an adverbial clause on the root, which it left with
    no subject.  The first noun is the root's subject, the relative clause its modifier."""
    root = sent.root
    if root.pos_ not in ("VERB", "AUX"):
        return
    subjects = [c for c in root.children if c.dep_.startswith("nsubj") and c.i < root.i]
    later = next((c for c in root.children if c.i > root.i and c.pos_ == "VERB"
                  and c.dep_ in ("ccomp", "conj", "parataxis", "dep")
                  and c.morph.get("VerbForm") == ["Fin"]
                  and sent.doc[c.left_edge.i - 1].text == ","
                  and not any(k.dep_.startswith("nsubj") for k in c.children)), None)
    if len(subjects) == 2 and later is not None and _pied_piped(subjects[1]):
        # (or made the relative clause's verb the root and the sentence's verb its
        # complement: "An internal review, a copy of which was seen by ..., found that")
        noun = subjects[0]
        later.head, later.dep_ = later, "ROOT"
        for c in [c for c in root.children if c.i > later.i]:
            c.head = later  # (the closing stop)
        root.head, root.dep_ = noun, "relcl"
        noun.head, noun.dep_ = later, "nsubj"
        return
    if any(c.dep_.startswith("nsubj") for c in root.children):
        return
    for clause in [c for c in root.children if c.dep_ == "advcl" and c.i < root.i]:
        subjects = [c for c in clause.children if c.dep_.startswith("nsubj") and c.i < clause.i]
        if len(subjects) != 2 or not _pied_piped(subjects[1]):
            continue
        noun = subjects[0]
        noun.head, noun.dep_ = root, "nsubj"
        clause.head, clause.dep_ = noun, "relcl"
        return


def _pied_piped(phrase: Token) -> bool:
    """Whether a noun phrase holds the relative word after its preposition ("a copy of
    which", "the last of whom")."""
    return any(t.lower_ in ("which", "whom") and t.dep_ == "pobj" for t in phrase.subtree)


#: Prepositions that are also conjunctions: the noun after one may be a clause's subject.
_CLAUSE_PREPOSITIONS = frozenset({"before", "after", "until", "since"})


def _speaker_taken_by_later_verb(sent: Span, saying: frozenset[str]) -> None:
    """"..., said Marisol Fuentes, 29, who clung to a life jacket for hours before a
    fishing boat picked her up": the model made the speaker after the verb of saying the
    subject of the last verb ("picked"), past the relative clause on it, and left the verb
    of saying with none.  The name is the subject of the verb of saying; the last verb
    hangs on the relative clause, its subject the noun of the preposition the model read
    before it ("before a fishing boat")."""
    root = sent.root
    if root.lemma_ not in saying or root.pos_ != "VERB" or any(
            c.dep_.startswith("nsubj") for c in root.children):
        return
    doc = sent.doc
    name = next((t for t in doc[root.i + 1 : min(root.i + 4, sent.end)]
                 if t.pos_ == "PROPN" and t.dep_ == "nsubj"), None)
    if name is None or any(t.pos_ != "PROPN" for t in doc[root.i + 1 : name.i]):
        return
    verb = name.head
    relative = next((c for c in name.children if c.dep_ == "relcl"), None)
    if verb.i < name.i or verb.head != root or relative is None or \
            relative.right_edge.i >= verb.i:
        return
    last = doc[relative.right_edge.i]
    prep = last.head if last.dep_ == "pobj" and last.i == verb.i - 1 else None
    name.head = root
    verb.head, verb.dep_ = relative, "advcl"
    if prep is not None and prep.dep_ == "prep" and prep.head == relative and \
            prep.lower_ in _CLAUSE_PREPOSITIONS:
        noun = next(c for c in prep.children if c.dep_ == "pobj")
        noun.head, noun.dep_ = verb, "nsubj"
        prep.head, prep.dep_ = verb, "mark"


def _name_after_calling_itself(sent: Span) -> None:
    """"A group calling itself Stop the Machine said it had carried out the attack": the
    capitalised words after a reflexive object of a participle on the subject are the
    name it goes by, which the model read as the sentence's verb ("Stop") and its object.
    The finite verb after the name is the root, the noun before the participle its
    subject, the name the participle's complement."""
    doc = sent.doc
    root = sent.root
    for refl in sent:
        verb_ing = refl.head
        if refl.morph.get("Reflex") != ["Yes"] or refl.dep_ != "dobj" or \
                verb_ing.dep_ != "acl" or verb_ing.tag_ != "VBG" or verb_ing.head.i > refl.i:
            continue
        name: list[Token] = []
        i = refl.i + 1
        while i < sent.end and (doc[i].is_title or (
                doc[i].is_lower and doc[i].dep_ in ("det", "prep", "cc") and i + 1 < sent.end
                and doc[i + 1].is_title and name)):
            name.append(doc[i])
            i += 1
        if not name or i >= sent.end:
            return
        inside = {t.i for t in name}
        subject, verb = verb_ing.head, doc[i]
        # (the model hung the subject on the name, made the root or a clausal subject, or
        # left the verb after it with no subject: "In a video posted on Telegram, a group
        # calling itself Stop the Pumps said ...", the group an apposition)
        if verb.pos_ not in ("VERB", "AUX") or verb.morph.get("VerbForm") != ["Fin"] or not (
                (subject.head.i in inside and (root in name or root == verb)) or (
                    root == verb and not any(c.dep_.startswith("nsubj")
                                             for c in verb.children))):
            return
        verb.head, verb.dep_ = verb, "ROOT"
        subject.head, subject.dep_ = verb, "nsubj"
        for t in sent:
            if t.i not in inside and t.head.i in inside and t.i != verb.i:
                t.head = verb  # (the closing stop, words after the name)
        last = name[-1]
        for t in name[:-1]:
            t.head, t.dep_ = last, "compound"
        last.head, last.dep_ = verb_ing, "oprd"
        for t in name:
            if t.is_title:
                t.pos_, t.tag_ = "PROPN", "NNP"
        return


def _hang_runs(words: list[Token]) -> list[Token]:
    """Runs of nominal words split at prepositions, each hung on its last word (a
    compound, or a determiner or adjective as it was); the runs' heads in order."""
    heads: list[Token] = []
    run: list[Token] = []
    for t in [*words, None]:
        if t is not None and t.pos_ != "ADP":
            run.append(t)
            continue
        if run:
            head = run[-1]
            for w in run[:-1]:
                w.head = head
                if w.dep_ not in ("det", "amod", "nummod", "compound"):
                    w.dep_ = "compound"
            heads.append(head)
        run = []
    return heads


def _gerund_made_clausal_subject(verb: Token) -> None:
    """"Residents queuing at a pilot event last month said they welcomed the bins": the
    model made the participle after the subject the clausal subject of the verb of saying,
    the noun that participle's own subject; the noun is the verb's subject, the participle
    says which of them."""
    gerund = next((c for c in verb.children if c.dep_ == "csubj" and c.tag_ == "VBG"
                   and c.i < verb.i), None)
    noun = next((c for c in gerund.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")
                 and c.right_edge.i == gerund.i - 1), None) if gerund is not None else None
    if gerund is None or noun is None:
        return
    noun.head, noun.dep_ = verb, "nsubj"
    gerund.head, gerund.dep_ = noun, "acl"


def _closing_verb_made_noun(sent: Span, verbs: frozenset[str]) -> None:
    """"..., and his brother-in-law remains a director, Companies House records show.": the
    model took the present closing the sentence, after a plural noun set off by a comma
    (or its complement: "minutes of the meeting show"), for a noun (a "show"); it is the
    sentence's verb, what comes before the comma what the records show (``[nlp]
    closing_evidence_verbs``)."""
    words = [t for t in sent if not t.is_punct]
    if len(words) < 4 or not verbs:
        return
    tok, doc = words[-1], sent.doc
    noun = doc[tok.i - 1]
    if tok.pos_ != "NOUN" or tok.lower_ not in verbs:
        return
    of: Token | None = None
    if noun.tag_ != "NNS":
        # ("..., minutes of the meeting show.": the plural noun with its complement)
        of = next((t for t in reversed(doc[sent.start : tok.i]) if t.lower_ == "of"), None)
        if of is None or doc[of.i - 1].tag_ != "NNS" or any(
                t.pos_ not in ("NOUN", "PROPN", "ADJ", "DET") for t in doc[of.i + 1 : tok.i]):
            return
        noun = doc[of.i - 1]
    comma = next((t for t in reversed(doc[sent.start : noun.i]) if t.text == ","), None)
    if comma is None or any(t.pos_ not in ("NOUN", "PROPN", "ADJ", "DET")
                            for t in doc[comma.i + 1 : noun.i]):
        return
    root = sent.root
    tok.pos_, tok.tag_, tok.lemma_ = "VERB", "VBP", tok.lower_
    tok.set_morph("Tense=Pres|VerbForm=Fin")
    tok.head, tok.dep_ = tok, "ROOT"
    if root != tok:
        root.head, root.dep_ = tok, "ccomp"
    for t in doc[comma.i + 1 : noun.i]:
        if t.head == tok:
            t.head = noun  # ("Companies House": the records' words)
    if of is not None:
        last = doc[tok.i - 1]
        for t in doc[of.i + 1 : last.i]:
            if t.head == tok:
                t.head = last
        of.head, of.dep_ = noun, "prep"
        last.head, last.dep_ = of, "pobj"
    noun.head, noun.dep_ = tok, "nsubj"
    comma.head = tok


def _age_made_subject(sent: Span) -> None:
    """"Pike, 29, said ...": the age set off after a name is its apposition; the model,
    which took the name for an interjection, made the age the subject."""
    doc = sent.doc
    for t in sent:
        if t.dep_ != "nsubj" or t.pos_ != "NUM" or t.i < sent.start + 2 or \
                t.i + 1 >= sent.end or doc[t.i - 1].text != "," or doc[t.i + 1].text != ",":
            continue
        name = doc[t.i - 2]
        if not name.is_title or name.head.i != t.head.i or name.dep_ in ("nsubj", "nsubjpass"):
            continue
        name.pos_, name.tag_, name.dep_ = "PROPN", "NNP", "nsubj"
        t.head, t.dep_ = name, "appos"
    for name in sent:
        # ("..., ” Pike, 38, said in an interview": the name tagged an adverb of the verb,
        # the age hung on it)
        verb = name.head
        if name.dep_ != "advmod" or not name.is_title or name.pos_ not in ("ADV", "INTJ") or \
                name.i + 3 >= sent.end or doc[name.i + 1].text != "," or \
                not doc[name.i + 2].like_num or doc[name.i + 2].head != name or \
                doc[name.i + 3].text != "," or verb.pos_ != "VERB" or verb.i <= name.i or any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        name.pos_, name.tag_, name.dep_ = "PROPN", "NNP", "nsubj"
        doc[name.i + 2].dep_ = "appos"


def _past_made_participle_of_subject(sent: Span) -> None:
    """"A post on the championship's official Instagram account described Sunday as “the
    windiest final day ...”": in a sentence with no finite verb, a past form the model
    made a participle of the subject's noun (the root) but that has an object of its own,
    which a passive participle has not ("Man described as hero" has none), is the
    sentence's verb in the past, and that noun its subject."""
    root = sent.root
    if root.pos_ not in ("NOUN", "PROPN") or any(
            t.morph.get("VerbForm") == ["Fin"] for t in sent):
        return
    verb = next((c for c in root.children if c.dep_ == "acl" and c.tag_ == "VBN"
                 and c.i > root.i and any(k.dep_ in ("dobj", "npadvmod") and k.i > c.i
                                          and k.pos_ in ("NOUN", "PROPN")
                                          for k in c.children)
                 and not any(k.dep_ == "agent" for k in c.children)), None)
    if verb is None:
        return
    verb.tag_ = "VBD"
    verb.set_morph("Tense=Past|VerbForm=Fin")
    _make_root(sent, root, verb, "nsubj")
    for k in verb.children:
        if k.dep_ == "npadvmod" and k.pos_ in ("NOUN", "PROPN"):
            k.dep_ = "dobj"


def repair_subjects(doc: Doc, saying: frozenset[str] = frozenset(),
                    closing: frozenset[str] = frozenset(),
                    charges: frozenset[str] = frozenset(),
                    homographs: frozenset[str] = frozenset(),
                    pasts: frozenset[str] = frozenset()) -> Doc:
    """Give a subject back to a main verb the parser left without one, where the English
    model's labels show which noun it took away (the labels are the English model's:
    ``pobj``, ``dobj``; nothing matches in a French tree, but for the last):

    - a noun set off after an opening phrase ("At one university, an internal email seen
      by the Guardian shows that ..."), which the model made that phrase's apposition;
    - the object of a verb of saying before a clause with commas inside it ("An official
      ... said talks on a second phase, which would include ..., were due to begin"),
      which the model made the verb's object, and the clause's verb the root or a second
      verb of it (``[nlp] saying_verbs``);
    - a speaker set off before a second verb of saying ("..., the president, Camila
      Ortúzar, said after ..."), which the model hung on the clause's last noun;
    - a speaker set off before a final verb of saying whose clause's past verb the model
      made a participle of the subject ("The satellite, named X, separated ..., the
      company, Y, said");
    - a name the model took for an interjection before an age it made the subject
      ("Pike, 29, said"), or for an adverb of the verb, the age hung on it;
    - a second subject after a verb of saying, whose clause's verb the model made a
      participle of it ("The memo ... says ambulances queued ...");
    - a relative clause closing the sentence, which the model made its root ("X accused
      Y of ..., a claim Marsh denied");
    - a clause after a verb of saying read as its object, when a second clause joined
      with "and that" follows ("said the square needed resurfacing and that ...");
    - a clause whose verb the model hung inside the participle set off after the object
      ("said the woman, named locally as X, was pronounced dead");
    - a relative clause opened by "whose" made the root ("Morrow, whose gelding won ...,
      has not been charged");
    - a speaker's title made a verb after the verb of saying, its name that verb's object
      ("..., said head cook Maria Lopes");
    - in French, a reported clause after a phrase set off by commas made a relative clause
      of its subject ("La troisième étape, entre Tulle et Brive, partira ..., a confirmé
      la direction"), and an inverted verb of saying with words after its speaker made a
      relative clause of the noun before its comma ("..., a-t-il prévenu dans un tract");
    - a present closing the sentence after the plural noun set off by a comma, made a noun
      ("..., Companies House records show.");
    - a participle after the subject made the clausal subject of the verb of saying
      ("Residents queuing at a pilot event said ...");
    - a headline's present of charging made a noun ("Former staff accuse TV chef X of
      withholding wages", ``[nlp] headline_charges``);
    - in French, an object clitic made the subject of a closing verb of saying ("», leur
      a répondu Mme Benali"), an inverted speaker after a closing verb of saying made its
      object ("..., a annoncé son représentant dans le pays"), and the speaker's name set
      off at the end made the apposition of the setting after it ("..., a détaillé la
      représentante de l'Unicef dans le pays, Mariam Koné"), and a name of several words
      the model did not know after such a verb tagged common words, hung as its object or
      on the clause before ("..., a annoncé Puisaye Tourisme dans un communiqué", read by
      the entity reader's span);
    - a surname opening the sentence tagged an adverb ("Tully did not rule out ...");
    - a headline's subject made a compound of its verb ("Airlines report surge in ...");
    - the name a group goes by read as the verb ("A group calling itself Stop the Machine
      said ...");
    - a speaker after the verb of saying made the subject of a verb after its relative
      clause ("said X, who clung to a life jacket before a boat picked her up");
    - a subject and the relative phrase set off after it made two subjects of the relative
      clause ("An audit, a copy of which was seen by this newspaper, found ...");
    - a past spelt as its noun in a sentence with no verb (``[nlp] noun_homograph_pasts``:
      "A bulletin issued by Aemet ... on Sunday forecast thunderstorms");
    - a quote's speaker after the closing mark made the apposition of the quoted words
      ("Kings, pop stars, ...,” Pollard, 66, said");
    - a speaker set off before the closing verb of saying made the apposition of the last
      noun said ("..., a marshal who asked not to be identified said")."""
    for sent in doc.sents:
        if charges:
            _headline_charge_made_noun(sent, charges)
        _name_tagged_adverb(sent)
        _compound_made_subject(sent)
        _name_after_calling_itself(sent)
        _speaker_taken_by_later_verb(sent, saying)
        _pied_piped_relative_made_clause(sent)
        _closing_verb_made_noun(sent, closing)
        _closing_relative_made_root(sent)
        _whose_clause_made_root(sent)
        _whose_subject_taken_by_main_verb(sent)
        _closing_speaker_made_relative(sent, saying)
        _reported_clause_made_relative(sent, saying)
        _inverted_saying_made_relative(sent)
        _object_clitic_made_subject(sent)
        _inverted_speaker_made_object(sent, saying)
        _content_subject_taken_by_closing_verb(sent, saying)
        _content_verb_taken_by_participle(sent, saying)
        _inverted_name_made_dependent(sent, saying)
        _speaker_name_hung_on_setting(sent)
        _participle_root_before_its_verb(sent)
        _verb_made_plural_noun(sent, homographs, pasts)
        _speaker_apposed_to_quote(sent, saying)
        _closing_speaker_apposed(sent, saying)
        _past_made_participle_of_subject(sent)
        root = sent.root
        _age_made_subject(sent)
        if root.lemma_ in saying:
            _gerund_made_clausal_subject(root)
            _title_made_verb(root)
            _object_as_clause_subject(root)
            _participle_made_modifier(root)
            _second_subject_made_clause(root)
            _clause_made_object(root)
            _clause_inside_object(root)
        elif _apposed_speaker(sent, saying):
            continue
        if root.pos_ not in ("VERB", "AUX") or root.morph.get("VerbForm") != ["Fin"] or any(
                c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in root.children):
            continue
        apposed = next((t for t in sent if t.dep_ == "appos" and t.i < root.i
                        and t.pos_ in ("NOUN", "PROPN") and t.head.dep_ == "pobj"
                        and t.left_edge.i > sent.start and doc[t.left_edge.i - 1].text == ","
                        and t.head.head.dep_ == "prep" and t.head.head.head == root), None)
        if apposed is not None:
            apposed.head = root
            apposed.dep_ = "nsubj"
            continue
        said = next((c for c in root.children if c.dep_ == "parataxis" and c.pos_ == "VERB"
                     and c.lemma_ in saying and c.i < root.i
                     and any(k.dep_ == "nsubj" for k in c.children)), None)
        obj = next((k for k in said.children if k.dep_ == "dobj" and k.pos_ in ("NOUN", "PROPN")
                    and k.i > said.i and k.right_edge.i < root.i), None) if said else None
        if said is None or obj is None or not any(
                t.text == "," for t in doc[obj.right_edge.i : root.i]):
            continue
        said.head = said
        said.dep_ = "ROOT"
        for t in [*root.children]:
            if t.i < said.i or (t.is_punct and t.i == sent.end - 1):
                t.head = said  # the speaker's side and the full stop
        root.head = said
        root.dep_ = "ccomp"
        obj.head = root
        obj.dep_ = "nsubj"
    return doc


def _speaker_apposed_to_quote(sent: Span, saying: frozenset[str]) -> None:
    """"Kings, pop stars, a man who tried ...,” Pollard, 66, said on Tuesday": the model
    made the quoted words the subject of the verb of saying and the speaker's name, after
    the closing quote mark, their apposition.  The name is the verb's subject; the quoted
    words what was said (English labels)."""
    doc = sent.doc
    for verb in sent:
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        if verb.pos_ != "VERB" or verb.lemma_ not in saying or subject is None:
            continue
        name = next((c for c in subject.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                     and subject.i < c.i < verb.i and any(
                         t.text in ("”", "»", '"') for t in doc[subject.i : c.i])
                     and doc[c.right_edge.i + 1 : verb.i].text.strip(" ,") == ""), None)
        if name is None:
            continue
        for t in list(name.children):
            if t.is_punct and t.i < name.i:
                t.head = verb  # (the comma and the quote mark before the name)
        name.head, name.dep_ = verb, "nsubj"
        subject.dep_ = "ccomp"
        return


def _closing_speaker_apposed(sent: Span, saying: frozenset[str]) -> None:
    """"One competitor was missing until dawn, a marshal who asked not to be identified
    said.": the model made the speaker, set off by a comma before the closing verb of
    saying, an apposition of the last noun of what was said, and left the verb with no
    subject.  The phrase that ends right before the verb is its subject (English
    labels)."""
    doc = sent.doc
    verb = sent.root
    if verb.pos_ != "VERB" or verb.lemma_ not in saying or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return
    speaker = next((t for t in sent if t.dep_ == "appos" and t.pos_ == "NOUN"
                    and t.head.i < t.i and t.right_edge.i == verb.i - 1
                    and t.left_edge.i > sent.start and doc[t.left_edge.i - 1].text == ","
                    and any(c.dep_ == "det" for c in t.children)), None)
    if speaker is None or not any(c.dep_ == "ccomp" and c.i < speaker.i
                                  for c in verb.children):
        return
    doc[speaker.left_edge.i - 1].head = verb
    speaker.head, speaker.dep_ = verb, "nsubj"


def _verb_made_plural_noun(sent: Span, verbs: frozenset[str],
                           pasts: frozenset[str] = frozenset()) -> None:
    """"A notice posted on the website of the Centers for Disease Control and Prevention
    lists 187 of the ship's passengers as ...": a sentence left with no finite verb, whose
    present the model took for a plural noun (``[nlp] noun_homograph_verbs``) hung inside
    the long subject.  A bare plural of such a verb, right after the subject's last noun
    and before the start of an object (a number, an article, a pronoun, a name), is the
    sentence's verb; the subject's words hang on it, and what came after it.  So is a past
    spelt as a noun (``[nlp] noun_homograph_pasts``: "A bulletin issued by Aemet at 9am
    on Sunday forecast thunderstorms over ..."), before a noun too, which the model made
    the word's compound."""
    doc = sent.doc
    if not (verbs or pasts) or any(t.tag_ in ("VBZ", "VBD", "VBP", "MD") for t in sent):
        return
    root = sent.root

    def spelt_as_noun(t: Token) -> bool:
        after = doc[t.i + 1]
        if t.tag_ == "NNS" and t.lower_.endswith("s") and t.lower_[:-1] in verbs:
            return after.pos_ in ("NUM", "DET", "PRON", "PROPN") or after.like_num
        return t.tag_ == "NN" and t.lower_ in pasts and (
            after.pos_ in ("NUM", "DET", "PRON", "PROPN", "NOUN", "ADJ") or after.like_num)

    tok = next((t for t in sent if t.i > max(root.i, sent.start + 1) and t.i + 1 < sent.end
                and spelt_as_noun(t) and doc[t.i - 1].pos_ in ("NOUN", "PROPN")
                and not any(c.i < t.i and c.pos_ in ("DET", "ADJ", "NUM", "PRON")
                            for c in t.children)), None)
    if tok is None or root.pos_ not in ("NOUN", "PROPN"):
        return
    past = tok.tag_ == "NN"
    # (the noun a past was made the compound of stands where the past stood)
    at = tok.head if past and tok.dep_ == "compound" and tok.head.i > tok.i else tok
    before = [c for c in tok.children if c.i < tok.i]
    if before:
        # ("... for Disease Control and Prevention lists": the name the model made the
        # plural's modifier takes its place)
        last = before[-1]
        for c in before[:-1]:
            c.head = last
        last.head, last.dep_ = at.head, at.dep_
    subject = range(sent.start, tok.i)
    obj = None
    for t in sent:
        if t.i > tok.i and t.head.i in subject and not (t.is_punct and t.i < sent.end - 1):
            t.head = tok  # (the object and what follows it; the full stop)
            if past and obj is not None and t.dep_ == "prep":
                t.head = obj  # (what is forecast, and where and when)
            if obj is None and t.pos_ in ("NUM", "NOUN", "PROPN", "PRON"):
                obj = t
                t.dep_ = "dobj"
    if past:
        tok.pos_, tok.tag_, tok.lemma_ = "VERB", "VBD", tok.lower_
        tok.set_morph("Tense=Past|VerbForm=Fin")
    else:
        tok.pos_, tok.tag_, tok.lemma_ = "VERB", "VBZ", tok.lower_[:-1]
        tok.set_morph("Number=Sing|Person=3|Tense=Pres|VerbForm=Fin")
    tok.head, tok.dep_ = tok, "ROOT"
    root.head, root.dep_ = tok, "nsubj"


def _participle_root_before_its_verb(sent: Span) -> None:
    """"Dozens of homemade rafts built from oil drums will set off on Saturday": the model
    made the participle of the subject's reduced relative clause the root (its subject the
    sentence's) and the sentence's verb, with its modal, a conjunct of it.  The conjunct
    with an auxiliary and no subject is the sentence's verb, the participle the subject's
    modifier (English labels)."""
    root = sent.root
    subject = next((c for c in root.children if c.dep_ == "nsubj" and c.i < root.i), None)
    if root.tag_ != "VBN" or subject is None or any(
            c.dep_.startswith("aux") for c in root.children):
        return
    verb = next((c for c in root.children if c.dep_ == "conj" and c.pos_ == "VERB"
                 and any(k.dep_ == "aux" and k.tag_ == "MD" for k in c.children)
                 and not any(k.dep_.startswith("nsubj") for k in c.children)
                 and not any(k.dep_ == "cc" for k in c.children)), None)
    if verb is None:
        return
    for t in [*root.children]:
        if t.i > verb.i or (t.is_punct and t.i == sent.end - 1):
            t.head = verb
    verb.head, verb.dep_ = verb, "ROOT"
    subject.head, subject.dep_ = verb, "nsubj"
    root.head, root.dep_ = subject, "acl"


def _title_made_verb(said: Token) -> None:
    """"..., said head cook Maureen Tilley": a speaker's title the model tagged a past
    verb ("cook"), its first word that verb's subject and the name its object.  The
    title is the name's, the name the subject of the verb of saying."""
    doc = said.doc
    if said.i + 3 >= len(doc) or any(c.dep_ in ("nsubj", "nsubjpass") for c in said.children):
        return
    first, verb = doc[said.i + 1], doc[said.i + 2]
    name = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "PROPN"
                 and c.left_edge.i == verb.i + 1), None)
    if verb.head != said or verb.dep_ != "ccomp" or name is None or \
            verb.tag_ not in ("VB", "VBD", "VBP", "VBZ") or first.head != verb or \
            first.dep_ != "nsubj" or first.pos_ != "NOUN" or \
            not first.is_lower or (name.right_edge.i + 1 < said.sent.end
                                   and not doc[name.right_edge.i + 1].is_punct):
        return
    for c in list(verb.children):
        if c.i > name.right_edge.i:  # (", speaking on the picket line": said's, as the rest)
            c.head = said
    verb.pos_, verb.tag_, verb.dep_, verb.head = "NOUN", "NN", "compound", name
    verb.set_morph("Number=Sing")
    verb.lemma_ = verb.lower_
    first.dep_, first.head = "compound", name
    name.dep_, name.head = "nsubj", said


def _apposed_speaker(sent: Span, saying: frozenset[str]) -> bool:
    """"..., the president, Camila Ortúzar, said after declaring ...": the model hung the
    speaker on the clause's last noun as an apposition and made "said" a second verb of
    the clause, with no subject.  The speaker is the subject of "said", which governs the
    clause.  Whether the tree was mended."""
    root = sent.root
    verb = next((t for t in sent if t.dep_ == "conj" and t.head == root and t.i > root.i
                 and t.lemma_ in saying and t.i > sent.start + 1
                 and sent.doc[t.i - 1].text == ","
                 and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)), None)
    if verb is None:
        return False
    doc = sent.doc
    # (an apposition or, with the comma the model hung elsewhere, a second noun of a list)
    speaker = next((t for t in sent if t.dep_ in ("appos", "conj")
                    and t.pos_ in ("NOUN", "PROPN") and root.i < t.i < verb.i
                    and all(k.is_punct for k in doc[t.right_edge.i + 1 : verb.i])
                    and t.right_edge.i >= verb.i - 2
                    and t.left_edge.i > sent.start and doc[t.left_edge.i - 1].text == ","), None)
    if speaker is None:
        return False
    verb.head = verb
    verb.dep_ = "ROOT"
    for t in [*root.children]:
        if t.i > verb.i:
            t.head = verb  # what follows the speaker's verb, and the full stop
    root.head = verb
    root.dep_ = "ccomp"
    speaker.head = verb
    speaker.dep_ = "nsubj"
    return True


def _caseless_subject(sent: Span) -> None:
    """A noun phrase with its determiner and no preposition, before a verb that has no
    subject, is that subject: "Une infirmière, qui a requis l'anonymat, se dit épuisée"
    (the model made "infirmière" an adverbial of "dit"); or a count ("Deux anciennes
    vendeuses, qui ont requis l'anonymat, ont décrit ...", before a past with its
    auxiliary).  Its apposition, set off by commas, is its apposition, whether the model
    made it the subject ("L'étude d'impact, un document de 1 800 pages ..., conclut",
    "Le sous-traitant, Valvotec, a contesté") or fixed it to the comma."""
    root = sent.root
    # (or an infinitive the model gave the finite auxiliary of its periphrase: "La maire,
    # Évelyne Chauvet, avait fait valoir que ...")
    finite = root.morph.get("VerbForm") == ["Fin"] or (
        root.morph.get("VerbForm") in (["Part"], ["Inf"]) and any(
            c.dep_ == "aux:tense" and c.morph.get("VerbForm") == ["Fin"] for c in root.children))
    subject = next((c for c in root.children if c.dep_.startswith("nsubj")), None)
    # (a subject of its own makes a verb the model tagged a participle finite: "conclut")
    if root.pos_ not in ("VERB", "AUX") or not (finite or subject is not None) or any(
            c.dep_.startswith(("csubj", "expl:subj")) for c in root.children):
        return
    # (or of a verb joined to it, where the model may hang it: "Un message publié sur le
    # site de X, un groupe de pirates ..., revendique l'attaque et affirme détenir ...")
    verbs = [root, *(c for c in root.children if c.dep_ == "conj" and c.pos_ == "VERB"),
             *(k for c in root.children if c.dep_ == "conj" for k in c.children
               if k.dep_ == "xcomp")]
    # (or a bare dependent: "L'exploitant, Réseau Gaz Centre-Est, a indiqué ...", where
    # the capitalised apposition threw the model off)
    noun = next((c for v in verbs for c in v.children if (
                     c.dep_.startswith("obl") or (c.dep_ in ("dep", "advcl") and (
                         c.pos_ == "NOUN" or _apposed(c, root) is not None)))
                 and c.i < root.i and c.pos_ in ("NOUN", "PROPN")
                 and c.left_edge.i == sent.start
                 and (any(k.dep_ in ("det", "nummod") for k in c.children)
                      or _apposed(c, root) is not None)
                 and not any(k.dep_ == "case" for k in c.children)), None)
    if noun is None:
        return
    if subject is None:
        noun.head, noun.dep_ = root, "nsubj"
        apposed = _apposed(noun, root)
        if apposed is not None:
            apposed.dep_ = "appos"
        for c in noun.children:
            # (a name set off after the noun, which the model joined to it: "La maire,
            # Évelyne Chauvet, ...")
            if c.dep_ == "conj" and c.pos_ == "PROPN" and sent.doc[c.i - 1].text == "," and \
                    not any(k.dep_ == "cc" for k in c.children):
                c.dep_ = "appos"
        comma = sent.doc[noun.right_edge.i + 1]
        for t in comma.children if comma.text == "," else ():
            # ("L'étude d'impact, un document soumis à enquête ..., conclut": the
            # apposition hung on the comma after the subject)
            if t.dep_ == "fixed" and t.pos_ == "NOUN" and t.i > comma.i:
                t.dep_, t.head = "appos", noun
        return
    doc = sent.doc
    # ("L'étude d'impact, un document de 1 800 pages soumis à enquête publique, conclut à
    # ...": the subject's apposition, set off by commas, made the subject)
    after = noun.right_edge.i + 1
    # (the apposition's last word, not the comma the model may hang inside it)
    end = max((t.i for t in subject.subtree if not t.is_punct), default=subject.i)
    if subject.pos_ in ("NOUN", "PROPN") and subject.i < root.i and doc[after].text == "," and \
            subject.left_edge.i == after + 1 and doc[end + 1].text == "," \
            and end + 2 == min([root.i, *(
                c.i for c in root.children if c.dep_.startswith("aux"))]):
        noun.head, noun.dep_ = root, "nsubj"
        subject.dep_, subject.head = "appos", noun
        for c in root.children:
            if c.is_punct and noun.right_edge.i < c.i < root.i:
                c.head = noun


def _apposed(name: Token, root: Token) -> Token | None:
    """"Pékin, principal allié de Pyongyang, a appelé ...": a name with no article first
    in the sentence, then a noun phrase set off by commas right before the verb (or its
    auxiliary), which the model joined to the name: that phrase (or ``None``)."""
    doc = name.doc
    if name.pos_ != "PROPN" or doc[name.i + 1].text != ",":
        return None
    verb = min([root.i, *(c.i for c in root.children if c.dep_.startswith("aux"))])
    return next((c for c in name.children if c.dep_ in ("conj", "appos") and c.pos_ == "NOUN"
                 and min(t.i for t in c.subtree if not t.is_punct) == name.i + 2
                 and doc[c.right_edge.i + 1].text == "," and c.right_edge.i + 2 == verb), None)


def _split_elision_before_quotes(nlp: Language, elided: list[str]) -> None:
    """"faisait état d’« exécutions sommaires »": the model's tokenizer peels the opening
    mark and then the apostrophe off an elided word as punctuation, and the parser reads
    "d", "’" and "«" as three marks, the verb's complement lost; before an opening mark,
    the elided word (the language's ``[nlp] elided_words``) stays one token, as it is
    before a letter."""
    from spacy.symbols import ORTH

    for word in elided:
        for form in {word, word.capitalize()}:
            for apostrophe in ("’", "'"):
                for mark in ("«", "“", '"'):
                    nlp.tokenizer.add_special_case(form + apostrophe + mark, [
                        {ORTH: form + apostrophe}, {ORTH: mark}])


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
    if not Language.has_factory(_SUBJECTS):
        Language.factory(_SUBJECTS, default_config={"saying": [], "closing": [],
                                                    "charges": [], "homographs": [],
                                                    "pasts": []},
                         func=lambda nlp, name, saying, closing, charges, homographs, pasts:
                         _subject_repairer(frozenset(saying), frozenset(closing),
                                           frozenset(charges), frozenset(homographs),
                                           frozenset(pasts)))
    if not Language.has_factory(_VERB_TAGS):
        Language.factory(_VERB_TAGS, default_config={"forms": {}},
                         func=lambda nlp, name, forms: _verb_tagger(nlp, forms))
    forms = {k: v for k, v in lexicons.load(language).get("nlp", {}).items()
             if k.endswith("_endings") or k in ("ambiguous_presents", "agent_marks", "day_words",
                                                 "period_words", "month_words",
                                                 "auxiliary_inserts", "unit_nouns",
                                                 "unit_adjectives", "modifier_verbs",
                                                 "anaphor_adjectives",
                                                 "partitive_object_verbs",
                                                 "charge_object_verbs",
                                                 "possessive_homographs",
                                                 "counting_determiners")
             } if language else {}
    saying = list(lexicons.load(language).get("nlp", {}).get("saying_verbs", [])) \
        if language else []
    closing = list(lexicons.load(language).get("nlp", {}).get("closing_evidence_verbs", [])) \
        if language else []
    elided = list(lexicons.load(language).get("nlp", {}).get("elided_words", [])) \
        if language else []
    charges = list(lexicons.load(language).get("nlp", {}).get("headline_charges", [])) \
        if language else []
    homographs = list(lexicons.load(language).get("nlp", {}).get("noun_homograph_verbs", [])) \
        if language else []
    pasts = list(lexicons.load(language).get("nlp", {}).get("noun_homograph_pasts", [])) \
        if language else []
    for name in names:
        try:
            nlp = spacy.load(name)
        except OSError:
            continue
        _split_elision_before_quotes(nlp, elided)
        # Punctuation-based sentences first: the parser alone splits "Trump, qui prend ses
        # fonctions en janvier, a parlé ..." at the comma; it keeps preset boundaries.
        if "parser" in nlp.pipe_names and "sentencizer" not in nlp.pipe_names:
            nlp.add_pipe("sentencizer", before="parser")
            nlp.add_pipe(_CONTINUATIONS, before="parser")
        if forms.get("finite_endings") and {"parser", "lemmatizer"} <= set(nlp.pipe_names) \
                and nlp.get_pipe("lemmatizer").mode == "rule":
            nlp.add_pipe(_VERB_TAGS, after="lemmatizer", config={"forms": forms})
        if "parser" in nlp.pipe_names:  # (last: after the tags and features it reads)
            nlp.add_pipe(_SUBJECTS, last=True, config={"saying": saying, "closing": closing,
                                                       "charges": charges,
                                                       "homographs": homographs,
                                                       "pasts": pasts})
        return nlp
    warnings.warn(
        f"no spaCy model for language {language!r} (tried {names or 'none configured'}): "
        "only lexicon-based cues will run on it",
        stacklevel=2,
    )
    return None
