"""The reporting verbs of a sentence, with their speakers and what they report
(``_reporting``): the verbs that govern a clause first, then the other finders
(constructions, inserted phrases, incises and inversions, denials by form), and the
filters that drop reports the parse misread.

Apart because this is where the finders are tried in order and their reports reconciled;
each finder lives in its own module below it.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Any

from newstrace.analyze.claims._certainty import _declined, _refusal, _refused_alike
from newstrace.analyze.claims._constructions import (
    _asked,
    _challenge,
    _intended,
    _measured,
    _object_reports,
    _other_reports,
    _past_adjuncts,
)
from newstrace.analyze.claims._cues import _has, _person_noun, _speaker_nouns, cues_for, folded
from newstrace.analyze.claims._incises import (
    _closing_incise,
    _closing_inversion,
    _closing_verb,
    _echoed_view,
    _incise_by_form,
    _opening_by_form,
    _read_in,
)
from newstrace.analyze.claims._inserted import _BREAKS, _inserted, _phrasal
from newstrace.analyze.claims._speakers import (
    _fronted_subject,
    _subject_left_unparsed,
    _titled,
    inverted_subject,
    speaker_of,
    subjects_of,
)
from newstrace.analyze.claims._syntax import (
    _CLOSING_QUOTES,
    _OPENING_QUOTES,
    _QUESTION_MARKS,
    _THAT,
    RELATIVE_DEPS,
    SUBJECT_DEPS,
    _adjectival,
    _bare_past_participle,
    _content_bounds,
    _in_relative,
    _opened_by_relative,
    _paper_name,
    _passive,
    _phrase_head,
    _relative_pronoun,
    _span_of,
    _telling_participle,
)
from newstrace.analyze.claims._verbs import (
    _after_closing_quote,
    _before_that,
    _cue_verbs,
    _headline_noun_verb,
    _idiom,
    _intent_kinds,
    _lemma_in,
    _reflexive_not_said,
    _Report,
    _verb_kinds,
    cue_lemma,
)
from newstrace.nlp.dates import fold

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token


def _reporting(sent: SpacySpan, cues: dict[str, Any]) -> list[_Report]:
    """The sentence's reporting verbs with their clauses and speakers (see
    ``_reporting_by_parse``), or a French incise after a quote that the parse lost: then
    every verb inside the quote is what the incise's speaker says."""
    echo = _echoed_view(sent, cues) or _read_in(sent, cues)
    if echo is not None:
        return [echo]
    toks = list(sent)
    reports = [r for r in _reporting_by_parse(sent, cues)
               if not _misread_report(r, toks, cues)]
    if not reports and (shown := _shown_in(sent, cues)) is not None:
        return [shown]
    reports = [r for r in reports if not _describes_a_speaker(r, reports)]
    for r in reports:
        r.speaker = _name_after_post(r)
    if len(reports) == 1 and (inner := _relayed(sent, reports[0], cues)):
        return inner
    incise = _incise_by_form(sent, cues) or _learned_from(sent, cues)
    if incise is None:
        if all((r.speaker and r.speaker[0].i > r.verb.i) or _in_relative(r.verb)
               for r in reports):
            # "Le collectif X, qui revendique 1 200 signatures, dénonce quant à lui la
            # disparition de ...": a subject the parser lost before the verb, whose object
            # it then took for an inverted speaker.
            opening = _opening_by_form(sent, cues, tagged=True)
            if opening is not None and (not reports or opening.verb.i in {
                    r.verb.i for r in reports} or all(_in_relative(r.verb) for r in reports)):
                return [opening]
        return reports
    same = next((r for r in reports if r.verb.i == incise.verb.i and r.speaker), None)
    if same is not None and incise.span is not None and same.speaker[0].i < same.verb.i and \
            incise.span[0] <= same.speaker[0].idx < incise.span[1] and \
            incise.speaker[0].i > incise.verb.i:
        # "Au moins quatre personnes sont mortes ..., a annoncé la préfecture": the parser
        # took what was said for the subject; the incise names who said it.
        return [incise if r is same else r for r in reports]
    if same is not None:
        if {t.i for t in same.speaker} < {t.i for t in incise.speaker} or (
                fold(" ".join(t.text for t in same.speaker)) in folded(cues, "inversion_inserts")
        ) or all(same.verb.i < t.i < incise.speaker[0].i for t in same.speaker):
            # (and "a rappelé jeudi sur France Info le ministre ...": the parser took a
            # word of the circumstance the incise passed over for the speaker)
            # ("a de son côté assuré le CNES": the parser took the inserted phrase for
            # the speaker)
            same.speaker = incise.speaker  # "l'adjoint" of "l'adjoint à l'urbanisme, X"
        if same.clause is None and same.span is not None and incise.span is not None and \
                same.span[0] < incise.span[0] < same.span[1] == incise.span[1]:
            # ("Rage au parc : « ... », assure la direction": the topic before the quote
            # is no part of what was said)
            same.span = incise.span
        if same.clause is None and same.span is not None and \
                same.span[0] <= same.verb.idx < same.span[1]:
            # "..., a-t-elle annoncé dans la foulée, en privilégiant ...": what was said
            # ends at the incise.
            same.span = incise.span
        return reports
    opened = incise.span is not None and any(
        t.text in _OPENING_QUOTES and t.idx <= incise.span[0] <= t.idx + 2 for t in sent)
    if reports and len(incise.speaker) == 1 and incise.speaker[0].pos_ == "PRON" and not (
            opened and all(incise.span[0] <= r.verb.idx < incise.span[1] for r in reports)) \
            and not _other_gender(incise.speaker[0], reports):
        # ("X n'exclut pas de ..., a-t-il confié": X's stance stands; but in "« J'ai
        # toujours agi ..., mais je ne veux pas que ... », écrit-il" the quote is his, and
        # "La commune pourrait proposer de ..., a-t-il indiqué" is his too: "il" is not
        # "la commune")
        return reports
    end = incise.span[1]  # type: ignore[index]
    if all(r.verb.idx < end or r.verb.i > incise.verb.i for r in reports):
        return [incise]
    return reports


def _other_gender(pronoun: Token, reports: list[_Report]) -> bool:
    """Whether an incise's pronoun cannot stand for any inner report's speaker: a noun of
    the other gender, by the tagger's morphology ("il" and "la commune")."""
    gender = pronoun.morph.get("Gender")
    heads = [next((t for t in r.speaker if t.head not in r.speaker or t.head == t), None)
             for r in reports if r.speaker]
    return bool(gender) and bool(heads) and all(
        h is not None and h.pos_ == "NOUN" and h.morph.get("Gender") not in ([], gender)
        for h in heads)


def _relayed(sent: SpacySpan, r: _Report, cues: dict[str, Any]) -> list[_Report]:
    """The reports inside what a paper relays after it ("Des médecins jugent l'épreuve «
    inconsciente » et réclament son interdiction, rapporte Le Progrès"): the words are
    the speakers' inside, whom the paper only relays (2 lines of 2; but "..., rapporte un
    employé" is the employee's word, who is no paper).  A relaying verb
    (``relay_verbs``) after a comma, its speaker after it with a paper's name (an article
    with a capital inside the sentence) or a medium's noun (``told_media``); none
    otherwise."""
    verb = r.verb
    if not _lemma_in(verb, folded(cues, "relay_verbs")) or not r.speaker or \
            r.speaker[0].i < verb.i or verb.i <= sent.start or \
            sent.doc[verb.i - 1].text != ",":
        return []
    if not _paper_name(r.speaker[0]) and not any(
            fold(t.text) in folded(cues, "told_media") for t in r.speaker):
        return []
    comma = sent.doc[verb.i - 1]
    inner = [o for o in _reporting_by_parse(sent.doc[sent.start : comma.i], cues)
             if o.speaker and o.speaker[0].i < o.verb.i]
    for o in inner:
        if o.span is not None and o.span[1] > comma.idx:
            o.span = (o.span[0], comma.idx)  # (what is said ends where the relay begins)
    return inner


def _misread_report(r: _Report, toks: list[Token], cues: dict[str, Any]) -> bool:
    """Whether the parse read a report that is none: a speaker inside a relative clause
    is that clause's, not the verb's ("Le jugement, dont l'AFP a obtenu copie, relève
    ..."); an act of speech dated by a clause of time reports nothing ("two years after
    the council declared a climate emergency"); nor does a passive that gives a status
    ("est déclarée impropre à la consommation")."""
    start = toks[0].i if toks else 0
    # (but "the delay, which he said was caused by a shortage": the relative pronoun is the
    # reported clause's own subject, and the speaker says what caused it)
    in_relative = bool(r.speaker) and not _relative_pronoun(r.speaker[0]) and \
        r.speaker[0].i < r.verb.i and _opened_by_relative(toks, r.speaker[0].i - start) and \
        not (r.clause is not None and any(
            _relative_pronoun(c) and c.i < r.verb.i for c in r.clause.children))
    dated = r.clause is None and r.span is not None and r.span[0] > r.verb.idx and \
        r.verb.dep_ != "ROOT" and any(
            c.dep_ == "mark" and fold(c.text) in folded(cues, "c_adverbial_marks")
            for c in r.verb.children)
    # "l'eau est déclarée impropre à la consommation", "was declared unfit": a status
    # given by a passive with its adjective, no words of anyone's (but "est jugé dangereux
    # par des riverains" names who judges).
    status = not r.speaker and any(
        c.dep_ in ("aux:pass", "auxpass") for c in r.verb.children) and any(
        c.pos_ == "ADJ" and c.i == r.verb.i + 1 for c in r.verb.children)
    return in_relative or dated or status or _heard_by_nobody(r, cues) or _lived_through(r, cues)


def _lived_through(r: _Report, cues: dict[str, Any]) -> bool:
    """Whether a verb of experience (``experience_verbs``) has a body or a place for its
    subject: "La commune a vu la construction d'une médiathèque" tells what the town went
    through, where "Des témoins ont vu un homme s'enfuir" is what the witnesses saw."""
    if cue_lemma(r.verb, folded(cues, "experience_verbs")) not in folded(cues, "experience_verbs"):
        return False
    # (a body or a place only: "Une partie des commerçants voit le projet d'un mauvais
    # œil", "Nombre d'enseignants voient dans la réforme ...": people who judge)
    head = _phrase_head(r.speaker) if r.speaker else None
    return head is not None and head.pos_ == "NOUN" and fold(head.text) in folded(
        cues, "institution_nouns")


def _heard_by_nobody(r: _Report, cues: dict[str, Any]) -> bool:
    """Whether a verb of hearing (``hearing_verbs``) has no hearing body for its subject:
    "..., a court has heard", "the inquest heard that" report what the court was told,
    on the court's record; "Residents heard that ..." is no such report."""
    hearing = folded(cues, "hearing_verbs")
    if cue_lemma(r.verb, hearing) not in hearing:
        return False
    head = _phrase_head(r.speaker) if r.speaker else None
    return head is None or fold(head.lemma_) not in folded(cues, "hearing_bodies")


def _describes_a_speaker(r: _Report, reports: list[_Report]) -> bool:
    """Whether a report is a relative clause that says who another report's speaker is
    ("Un rapport de l'ONG Acled, qui recense les violences politiques, estime à 7 600
    ..."): who they are, no claim to cite."""
    return _in_relative(r.verb) and r.clause is None and any(
        o is not r and not _in_relative(o.verb) and r.verb.head in o.speaker for o in reports)


def _name_after_post(r: _Report) -> list[Token]:
    """The speaker, or the name set after a post without an article that opens the
    sentence ("Hydrologue à l'université de Rennes, Claire Jaouen juge que": the name is
    who speaks)."""
    if not r.speaker:
        return r.speaker
    first = r.speaker[0]
    between = first.doc[r.speaker[-1].i + 1 : r.verb.i]
    if first.i == first.sent.start and first.pos_ == "NOUN" and first.is_title and \
            len(between) > 1 and between[0].text == "," and all(
                t.pos_ == "PROPN" for t in between[1:]):
        return list(between[1:])
    return r.speaker


def _learned_from(sent: SpacySpan, cues: dict[str, Any]) -> _Report | None:
    """"..., a-t-on appris mardi auprès du syndicat mixte qui gère la plateforme": what the
    outlet learned from someone is that someone's word.  A verb of learning
    (``learning_verbs``) after a comma, then its source after ``learning_preps`` and "de";
    the words before the comma are what was learned."""
    learning = folded(cues, "learning_verbs")
    preps = folded(cues, "learning_preps")
    if not learning or not preps:
        return None
    toks = [t for t in sent if not t.is_space]
    for n, verb in enumerate(toks):
        if not _lemma_in(verb, learning) or n < 3:
            continue
        if verb.morph.get("VerbForm") == ["Part"] and toks[n - 1].pos_ == "NOUN" and not any(
                c.dep_.startswith("aux") for c in verb.children):
            continue  # "une méthode apprise auprès d'un ancien safranier": what the noun is
        comma = next((k for k in range(n - 1, max(n - 5, 0), -1) if toks[k].text == ","), None)
        at = next((k for k in range(n + 1, min(n + 5, len(toks))) if fold(toks[k].text) in preps),
                  None)
        if comma is None or at is None or at + 2 >= len(toks):
            continue
        first = at + 2 if fold(toks[at + 1].text) in ("de", "d'", "d’", "du", "des") else at + 1
        words = list(itertools.takewhile(
            lambda t: not t.is_punct and not _relative_pronoun(t), toks[first:]))
        if words and any(t.pos_ in ("NOUN", "PROPN") for t in words):
            return _Report(verb, words, None, (toks[0].idx, toks[comma].idx))
    return None


def _shown_in(sent: SpacySpan, cues: dict[str, Any]) -> _Report | None:
    """"Des internautes ont partagé des vidéos montrant des flammes ...": what pictures
    someone put online show rests on whoever posted them, not on the outlet.  A verb of
    posting (``posting_verbs``) with a subject, its object a noun of pictures
    (``footage_nouns``) and a participle of showing on it (``showing_participles``), whose
    words after it are what is shown."""
    showing = folded(cues, "showing_participles")
    for part in sent:
        noun = part.head
        if fold(part.text) not in showing or part.dep_ != "acl" or \
                fold(noun.text) not in folded(cues, "footage_nouns") or \
                noun.dep_ not in ("obj", "dobj") or \
                not _lemma_in(noun.head, folded(cues, "posting_verbs")):
            continue
        subject = next((c for c in noun.head.children if c.dep_ in ("nsubj", "nsubj:pass")),
                       None)
        last = part.right_edge
        if subject is None or last.i == part.i:
            continue
        words = [t for t in subject.subtree if not t.is_punct]
        return _Report(part, words, None, (part.doc[part.i + 1].idx, last.idx + len(last.text)))
    return None


def _reporting_by_parse(sent: SpacySpan, cues: dict[str, Any]) -> list[_Report]:
    """The sentence's reporting verbs with their clauses and speakers, in reading order.

    First the verbs that govern a clause ("X affirme que ...", "X said ..."), several
    when a sentence reports several things ("X said A, adding that B"; "A said B and C
    noted D") but never one inside another's content (a report within a report is
    the outer speaker's word); else a reporting phrase set off by commas after or
    inside the content ("..., a déclaré le ministre.", "The museum, Mr. Bush said, ...").
    """
    verbs = _cue_verbs(cues)
    # The lemmatizer misses some forms ("indique" -> "indique"): a long verb stem also counts.
    stems = tuple(v[:-2] for v in verbs if len(v) > 6)
    # A verb the tagger missed still counts when it governs a "que"/"that" clause.
    found = [t for t in sent if (t.pos_ in ("VERB", "AUX") or any(
        c.dep_ == "ccomp" and any(m.dep_ == "mark" for m in c.children) for c in t.children
    ) or (  # "a leaked report shows.": a verb the tagger took for a plural noun
        any(c.dep_ == "ccomp" for c in t.children)
        and any(c.dep_ in SUBJECT_DEPS for c in t.children)
    ) or _after_closing_quote(t) or _before_that(t) or _headline_noun_verb(t)) and (
        cue_lemma(t, verbs) in verbs
                                        or fold(t.text).startswith(stems)
                                        or _phrasal(t, cues) is t)
             and not (_adjectival(t) and not _telling_participle(t)) and not _idiom(t, cues)
             # ("relève chaque matin la température": a reading taken, nothing said)
             and not _measured(t, cues)
             # ("de manière suffisamment précise": a degree adverb right before a word
             # spelt as a verb of saying makes it an adjective)
             and not (t.i > 0 and fold(t.doc[t.i - 1].text) in folded(cues, "degree_adverbs")
                      and t.doc[t.i - 1].head == t
                      and not any(c.dep_ in SUBJECT_DEPS for c in t.children))
             # ("home to an estimated 40,000 people": a participle between an article and
             # its noun qualifies the noun)
             and not (t.dep_ == "amod" and t.i > 0 and t.head.i > t.i
                      and t.doc[t.i - 1].pos_ == "DET")
             # "les faits qui lui sont reprochés": what the noun is, no report
             and not (t.dep_ in RELATIVE_DEPS and _passive(t))
             # "quatre décès ont été confirmés sur l'île": a passive with neither its agent
             # nor a clause tells a status, nobody's words
             # (nor does one whose only clause is an incise: "No injuries had been
             # reported as of Sunday, she said, though ...")
             and not (_passive(t) and not any(c.dep_ in (
                 "agent", "obl:agent", "ccomp", "xcomp", "parataxis") and not (
                     c.dep_ == "parataxis" and cue_lemma(c, verbs) in verbs
                     and any(k.dep_ in SUBJECT_DEPS for k in c.children))
                 for c in t.children))
             # "Asked whether other items might follow, a spokesperson said ...": who was
             # asked answers; the question is no one's claim.
             and not _asked(t, cues)
             # "went on trial on Monday accused of selling ...": a participle of the
             # passive tells who is charged, not who charges
             and not (t.lang_ == "en" and _lemma_in(t, folded(cues, "charged_participles"))
                      and _bare_past_participle(t))
             # "accusent le fonds de vouloir faire de Rochefort une filiale": an intention
             # charged is the charge's content, nobody's intention told
             and not (t.head.i < t.i and _lemma_in(t.head, folded(cues, "charge_verbs"))
                      and cue_lemma(t, verbs) in _intent_kinds(cues))
             # "contre le projet de prison que l'État veut bâtir": an intention in a
             # relative clause says what the noun is, nobody's intention told
             # (also when the parser made "que" after the noun open a clause of the
             # sentence's verb, which says nothing: "ont manifesté ... contre le projet
             # ... que l'État veut bâtir")
             and not (cue_lemma(t, verbs) in _intent_kinds(cues) and t.head.i < t.i and (
                 (t.dep_ in RELATIVE_DEPS and _relative_pronoun(t.left_edge)) or (
                     t.dep_ == "ccomp" and fold(t.left_edge.text) in ("que", "qu'", "qu’")
                     and t.left_edge.i > 0 and t.doc[t.left_edge.i - 1].pos_ == "NOUN"
                     and cue_lemma(t.head, verbs) not in verbs)))
             # "His defence is expected to argue that ...": nothing said yet, what the
             # outlet expects to be said
             and not (t.dep_ == "xcomp" and _passive(t.head) and t.head.i < t.i <= t.head.i + 3
                      and not any(x.is_punct for x in t.doc[t.head.i + 1 : t.i]))
             # "l'Alliance répondra « avec toute sa force »": nothing said yet
             and t.morph.get("Tense") != ["Fut"]
             # "alongside photographs said to show a tanker": what is said of a noun, a
             # doubt on it, nobody's words (the noun's phrase is no speaker)
             # (also when the parser made it a past with no subject of its own)
             and not (t.tag_ in ("VBN", "VBD") and t.i + 1 < len(t.doc)
                      and t.doc[t.i + 1].lower_ == "to" and t.i > 0
                      and t.doc[t.i - 1].pos_ in ("NOUN", "PROPN")
                      and not any(c.dep_.startswith(("nsubj", "aux")) for c in t.children)
                      and (t.dep_ == "acl" or t.doc[t.i + 1].head.head == t))
             # "le gouvernement n'a pas réagi": no answer, the outlet's fact
             and not (_refusal(t, cues) and any(
                 fold(c.text) in folded(cues, "c_negation") for c in t.children))
             and not _refused_alike(t, cues)
             and not _declined(t, cues)
             and not _reflexive_not_said(t, cues)
             # "residents told to keep pets indoors": a headline's passive (the active
             # takes whom it tells first), who was told and nobody who told
             and not (_lemma_in(t, folded(cues, "hearer_verbs")) and t.i + 1 < sent.end
                      and t.doc[t.i + 1].lower_ == "to" and t.morph.get("Tense") == ["Past"])
             # "did not say how many services it expected to run": a verb inside the
             # question left unanswered is nobody's report
             and not any(_declined(a, cues) for a in t.ancestors)]
    infinitive = folded(cues, "infinitive_reporting") | folded(cues, "directive_verbs") | \
        folded(cues, "fear_verbs") | {
        fold(v) for v in cues.get("commitment_verbs", [])} | set(_intent_kinds(cues))
    reports: list[_Report] = []
    for tok in found:
        # The clause after the verb first: "A, however reports do not indicate B" gives
        # the verb both A and B, and only B is what the reports indicate.
        phrasal = _phrasal(tok, cues)
        # ("a confié X, dont le fils a été fait prisonnier": a relative clause the parser
        # hung on the verb says nothing the speaker said.)
        # (nor does a bare participle after the verb's object: "poursuivaient leur
        # mouvement, entamé lundi": what the object is, not what was said)
        clauses = [c for c in [*tok.children, *(phrasal.children if phrasal else [])]
                   if c.dep_ in ("ccomp", "parataxis")
                   and not (c.i > tok.i and c.left_edge.i > tok.i and _relative_pronoun(c.left_edge)
                            and fold(c.left_edge.text) not in ("that", "que", "qu'", "qu’"))
                   and not (c.dep_ == "parataxis" and c.morph.get("VerbForm") == ["Part"]
                            and not any(k.dep_.startswith(("aux", "nsubj"))
                                        for k in c.children)
                            and any(k.dep_ in ("obj", "dobj") and k.i < c.i
                                    for k in tok.children))
                   # (nor an incise before the verb: "If enough people sign, organisers
                   # say, they will ask ...", who says the whole)
                   and not (c.dep_ == "parataxis" and c.i < tok.i
                            and cue_lemma(c, verbs) in verbs
                            and tok.doc[next(t.i for t in c.subtree if not t.is_punct) - 1
                                        ].text == ","
                            and any(k.dep_.startswith("nsubj") for k in c.children))
                   # (nor a clause with its own subject after the verb's object: "a
                   # revendiqué environ 600 participants, la gendarmerie en a compté 350")
                   and not (c.dep_ == "parataxis" and c.i > tok.i
                            and any(k.dep_.startswith("nsubj") for k in c.children)
                            and any(k.dep_ in ("obj", "dobj") and tok.i < k.i < c.i
                                    for k in tok.children)
                            # (but "a prévenu la préfecture que la digue ... risquait":
                            # a "que" the parser hung inside opens what was said)
                            and not any(fold(k.text) in _THAT
                                        for k in tok.doc[tok.i + 1 : c.i]))
                   # (nor what a present participle after the verb governs, however the
                   # parser hung it: "a prévenu un cadre ..., évoquant la baisse continue
                   # des dotations")
                   and not (c.i > tok.i and any(
                       t.morph.get("VerbForm") == ["Part"] and t.morph.get("Tense") == ["Pres"]
                       and t.head == tok for t in tok.doc[tok.i + 1 : c.left_edge.i]))]
        clause = next((c for c in clauses if c.i > tok.i), clauses[0] if clauses else None)
        if clause is None and cue_lemma(tok, verbs) in infinitive and phrasal is None and not (
                cue_lemma(tok, verbs) in folded(cues, "directive_verbs")
                and any(c.morph.get("Reflex") == ["Yes"] for c in tok.children)) and \
                not _incise_after_quote(tok):
            # "affirment avoir entendu", "denied having", "claimed to have seen" (but "se
            # demande comment garder ..." asks a question; and after a quote, "»,
            # a-t-elle confié, encore émue, quelques minutes après avoir signé", the
            # words are the quote's)
            # (not past a "que" that opens a clause the parser lost: "a affirmé qu'aucune
            # victime n'était à déplorer")
            clause = next((c for c in tok.children if c.dep_ == "xcomp"
                           and (c.pos_ in ("VERB", "AUX") or any(  # « tendre » ADJ
                               (m.dep_ == "mark" and fold(m.text) in ("de", "d'", "d’"))
                               or m.dep_.startswith("aux")  # "avoir gelé", ADJ
                               # ("affirme être déjà en discussion": a predicate noun)
                               or (m.dep_ == "cop" and m.morph.get("VerbForm") == ["Inf"])
                               for m in c.children))
                           and c.morph.get("VerbForm") != ["Fin"]
                           # (not a circumstance: "a assuré le ministère, sans avancer de
                           # date précise", "pour rassurer les familles")
                           and not any(m.dep_ == "mark" and (
                               fold(m.text) in ("sans", "without")
                               or fold(m.text) in folded(cues, "purpose_marks"))
                               for m in c.children)
                           # (not a bare participle after the object: "a annoncé la
                           # restitution de 27 objets ... saisis lors des campagnes")
                           and not (c.morph.get("VerbForm") == ["Part"] and c.i > tok.i + 1
                                    and not any(m.dep_.startswith(("aux", "mark"))
                                                for m in c.children)
                                    and any(k.dep_ in ("obj", "dobj") and k.i < c.i
                                            for k in tok.children))
                           and not any(
                               fold(k.text) in _THAT
                               for k in tok.doc[tok.i + 1 : c.i])
                           # ("a annoncé son intention de faire appel": the intention's
                           # infinitive, read with its noun; but "a démenti tout projet de
                           # transférer" denies what it takes)
                           and not _intended_by(c, tok, cues)), None) or \
                _infinitive_after(tok)
        if clause is None:
            # "X a déclaré : « A »", "X said: A": a colon after the verb introduces its
            # words, whatever the parser called the clause that follows.
            colon = next((c for c in tok.children if c.text == ":" and c.i > tok.i), None)
            if colon is not None:
                clause = next((c for c in tok.children if c.i > colon.i
                               and c.pos_ in ("VERB", "AUX")), None)
                quoted = _quote_after_colon(sent, colon)
                if clause is None and quoted is not None and not any(
                        _covers(r, tok) for r in reports) and (
                        speaker := speaker_of(tok) or _fronted_subject(sent, tok)):
                    # "se félicite de la procédure : « C'est exactement ... »": the words
                    # in quote marks after the colon, however the parser hung them.
                    reports.append(_Report(tok, speaker, None, quoted))
                    continue
        if clause is None and cue_lemma(tok, verbs) in ("valoir",) and tok.head.i != tok.i:
            clause = next((c for c in tok.head.children if c.dep_ == "ccomp"), None)
        if clause is None:
            that = _that_after(sent, tok, cues)
            speaker = speaker_of(tok) or _fronted_subject(sent, tok) or \
                _subject_left_unparsed(sent, tok, cues)
            if that is not None and speaker and not any(_covers(r, tok) for r in reports):
                # "a fait valoir lundi que ...": the parser lost the clause; "que" opens it.
                reports.append(_Report(tok, speaker, None, (that, _content_bounds(sent)[1])))
            continue
        lemma = cue_lemma(tok, verbs)
        if lemma in _intent_kinds(cues) and lemma not in _verb_kinds(cues) and \
                clause.dep_ != "xcomp" and not any(c.dep_ == "mark" for c in clause.children):
            # "wants a deal": an intention takes an infinitive; but "Le cahier des charges
            # prévoit que ..." states what a text provides.
            continue
        if clause.dep_ == "xcomp" and lemma in _intent_kinds(cues) and \
                lemma not in _verb_kinds(cues) and _in_relative(tok) and \
                tok.doc[min(t.i for t in tok.subtree) - 1].text != ",":
            continue  # "des habitants qui veulent respirer": who they are, no claim of theirs
        if clause.dep_ == "xcomp" and lemma in _intent_kinds(cues) and any(
                c.dep_ == "obj" and c.pos_ in ("NOUN", "PROPN") and c.i < clause.i
                for c in tok.children):
            continue  # "On entendait la coque taper": the infinitive's own subject, perceived
        if clause.dep_ == "xcomp" and lemma in _intent_kinds(cues) and (_passive(tok) or (any(
                fold(c.text) in folded(cues, "c_negation") for c in tok.children) and (
                    _lemma_in(clause, folded(cues, "comment_verbs"))
                    or lemma not in folded(cues, "intention_verbs")))):
            # "is expected to": someone else expects, a hedge of the outlet's; "did not
            # wish to comment": a refusal, the outlet's own statement (but "n'a jamais
            # envisagé de payer" is the speaker's own stance, denied).
            continue
        if clause.dep_ == "xcomp" and tok.dep_ == "xcomp" and (
                lemma in _intent_kinds(cues) or lemma in _verb_kinds(cues)) and (
                _lemma_in(tok.head, folded(cues, "declining_verbs")) or any(
                    fold(c.text) in folded(cues, "c_negation") for c in tok.head.children)):
            continue  # "refused to pledge to release", "n'a pas voulu promettre de": no pledge
        if any(_covers(r, tok) for r in reports):
            continue  # a report within a report is the outer speaker's word
        if clause.morph.get("VerbForm") == ["Inf"] and _lemma_in(
                tok, folded(cues, "directive_verbs")) and (_passive(tok) or (
                    tok.dep_ == "conj" and _passive(tok.head) and not subjects_of(tok))):
            continue  # "will be taken to X or advised to call 111": what they are to do
        if _passive(tok) and clause.dep_ == "xcomp" and clause.pos_ == "ADJ" and _lemma_in(
                tok, folded(cues, "judging_verbs")):
            continue  # "est jugé dangereux par des riverains": a judgement, read with its subject
        speaker = speaker_of(tok)
        owner = next((r for r in reports if r.clause is not None and tok in r.clause.subtree),
                     None)
        if owner is not None and not subjects_of(tok):
            speaker = owner.speaker  # "X says A and tells B": X's second act of speech
        if not speaker and cue_lemma(tok, verbs) == "valoir":
            speaker = subjects_of(tok.head)
        if not speaker:
            speaker = _fronted_subject(sent, tok)
        if not speaker:
            speaker = _subject_left_unparsed(sent, tok, cues)
        if speaker and speaker[-1].i < tok.i and any(
                t.text in _CLOSING_QUOTES and not _quoted_in_subject(speaker, t, tok)
                for t in sent.doc[speaker[-1].i : tok.i]):
            # "« Chaque échange, je viens », a confié X": words inside the quote marks are
            # what is said, never who says it.
            speaker = inverted_subject(tok)
        if clause.dep_ == "xcomp" and _has(sent.doc.text[slice(*_span_of(list(clause.subtree)))],
                                           cues.get("anonymity", [])):
            continue  # "qui ont souhaité garder l'anonymat": how they spoke, not what
        span = _clause_span(clause, tok, verbs, cues)
        rest = next((c for c in tok.children if c.dep_ == "ccomp" and c.i > clause.i
                     and not any(k.dep_ in ("mark", *SUBJECT_DEPS) for k in c.children)), None)
        if rest is not None and any(k.dep_ == "mark" for k in clause.children):
            # "found that the area burned each year in the West could double": the parser
            # cut one clause in two at a participle it took for the verb; it runs on.
            span = (span[0], max(span[1], _span_of(list(rest.subtree))[1]))
        condition = next((c for c in tok.children if c.dep_ in ("ccomp", "advcl")
                          and c.i > clause.i and clause.dep_ == "ccomp" and any(
                              k.dep_ == "mark" and k.i == c.left_edge.i
                              and fold(k.text) in folded(cues, "c_condition_marks")
                              for k in c.children)
                          and c.left_edge.idx >= span[1]
                          and not any(t.text == "," for t in sent.doc[clause.i : c.left_edge.i])),
                         None)
        if condition is not None:
            # "assure que l'ancien ministre bénéficierait « de ... » s'il était remis": the
            # condition the parser hung on the verb of saying is the clause's.
            span = (span[0], _span_of(list(condition.subtree))[1])
        close = next((t for t in sent if t.i > tok.i and t.idx < span[1]
                      and t.text in ("»", "”")), None)
        if close is not None and not any(t.text in ("«", "“") for t in sent.doc[tok.i : close.i]) \
                and not (speaker and speaker[-1].i < tok.i - 1
                         and sent.doc[tok.i - 1].text in ("«", "“")):
            # A verb inside quote marks says nothing past them ("« Les salariés n'y croient
            # plus », tacle X": what X does is no content of "croient"); but quote marks
            # that open at the verb, after its subject, quote the speaker's own verb
            # ("Le laboratoire « conteste fermement » avoir ...").
            if close.idx <= span[0]:
                continue
            span = (span[0], close.idx)
        if speaker:
            opening = next((t for t in sent if t.idx >= span[0] and t.text not in ("«", "“")),
                           None)
            asked = "hypothetical: question" if _lemma_in(tok, folded(
                cues, "question_verbs")) and opening is not None and fold(opening.text) in (
                folded(cues, "question_words") | _QUESTION_MARKS) and \
                not _challenge(tok, opening, cues) else None
            # ("asked why the plant had not been inspected": a question, no denial; but
            # "questioned why the decision had come so late" takes the lateness as known
            # and challenges it: what was said, reported)
            reports.append(_Report(tok, _after_apposed_content(speaker, span, cues), clause,
                                   span, asked))
        elif _passive(tok):
            # "The ministry was told: ...", "it was announced that ...": someone's words,
            # whose the page does not say; never the outlet's own.
            reports.append(_Report(tok, [], clause, span, f"reported: passive ({tok.text})"))
    reports += [r for r in _object_reports(sent, cues) + _other_reports(sent, cues)
                if r.verb not in {o.verb for o in reports}
                and not any(_covers(o, r.verb) for o in reports)]
    # "If the B sample confirms the result, ...": a verb of saying inside a condition is
    # part of the hypothesis, nobody's statement.
    marks = folded(cues, "c_condition_marks")
    # (Not a mark the parser hung on the verb across a quote or a clause: "« Si le site
    # ferme, ... », a prévenu X", "Si aucune trêve n'est conclue, ..., avertit le PAM".)
    conditional = {t.i for t in found if any(
        c.dep_ == "mark" and fold(c.text) in marks and not any(
            k.text in ("»", "”", '"', ",") for k in t.doc[min(c.i, t.i) : max(c.i, t.i)])
        for c in t.children)}
    reports = [r for r in reports if r.verb.i not in conditional]
    found = [t for t in found if t.i not in conditional]
    if reports:
        # A report within another's content is the outer speaker's word, whichever verb
        # came first in the sentence.
        # An intention inside ("X said the airline plans to ...") keeps what it tells of
        # the future.
        reports = [r for r in reports if (r.clause is not None and r.clause.dep_ == "xcomp")
                   or not any(o is not r and _covers(o, r.verb) and not _covers(r, o.verb)
                              for o in reports)]
        for tok in found:
            # "Le texte prévoirait l'ouverture de corridors, a précisé l'un d'eux.": a
            # closing inserted phrase says everything before it, reports included.
            if tok.i > max(r.verb.i for r in reports) and tok not in {r.verb for r in reports} \
                    and not (tok.morph.get("VerbForm") in (["Part"], ["Ger"]) and not any(
                        c.dep_.startswith("aux") for c in tok.children)) \
                    and (closing := _inserted(sent, tok)) is not None and \
                    all(_covers(closing, r.verb) for r in reports) and not (
                        len(closing.speaker) == 1 and closing.speaker[0].pos_ == "PRON"
                        # (but "« On nous explique que ... », a-t-il ajouté": a generic
                        # "on" inside the quote is no one the page named)
                        and not all(r.speaker and _has(r.speaker[0].text, cues.get(
                            "generic_pronouns", [])) for r in reports)) \
                    and not any(t.pos_ == "CCONJ" for t in sent.doc[
                        max((t.i for t in sent if t.i < tok.i and t.text in _BREAKS),
                            default=tok.i) : tok.i]):  # (", et a relevé sa prévision")
                # (", a-t-il confié": the pronoun is the speaker already named, whose
                # "n'exclut pas" stands.)
                return [closing]
        first = min(r.verb.i for r in reports)
        for tok in found:
            # "« ... », a déclaré X à l'AFP, estimant que ...": the inserted phrase before
            # the participle's clause says the quote.
            if tok.i < first and not any(_covers(r, tok) for r in reports) and \
                    (inserted := _inserted(sent, tok)) is not None:
                reports.append(inserted)
                break
        return sorted(reports, key=lambda r: r.verb.i)
    # (a verb of intention with a noun after it and no infinitive says nothing: "Lancé en
    # janvier, le club compte désormais 38 membres" counts them)
    verbs_only = _verb_kinds(cues)
    found = [t for t in found if cue_lemma(t, verbs) not in _intent_kinds(cues)
             or cue_lemma(t, verbs) in verbs_only or t.dep_ == "xcomp"  # ("a laissé entendre")
             or any(c.dep_ == "xcomp" for c in t.children) or not any(
                 c.dep_ in ("obj", "dobj", "nmod", "obl:arg") and c.pos_ == "NOUN" and c.i > t.i
                 for c in t.children)]
    for tok in found:
        report = _inserted(sent, tok)
        if report is not None:
            return [report]
    labelled = _quote_then_speaker(sent, found) or _denial_by_form(sent, cues) or \
        _colon_quote(sent, cues)
    if labelled is not None:
        return [labelled]
    saying = {v for v, k in _verb_kinds(cues).items() if k in ("reporting", "evidence")}
    closing = _closing_verb(sent, saying) or _closing_incise(sent, set(_verb_kinds(cues))) \
        or _closing_inversion(sent, saying, cues) or _opening_by_form(sent, cues)
    return [closing] if closing else []


def _clause_span(clause: Token, verb: Token, verbs: set[str], cues: dict[str, Any]
                 ) -> tuple[int, int]:
    """What a verb of saying reports: its clause, up to where the sentence goes on with
    something else the parser hung on it: the speaker's next act of speech, a verb in the
    same form as the verb of saying and with no subject of its own ("says he respects
    Clinton and calls her ...", "says he'd sit Putin down and tells the crowd ...") or a
    participle after a comma (", adding that ...", ", citing a poll"), or the outlet's own
    contrast or concession after a comma ("says the mails were personal, but for
    Republicans it is ...", ", although he again refused to ...")."""
    toks = list(clause.subtree)
    contrast = folded(cues, "contrast_conjunctions")
    acts = verbs | folded(cues, "object_complement_verbs")
    end = toks[-1].idx + len(toks[-1].text)
    for t in toks:
        if t.dep_ != "conj" or t.pos_ not in ("VERB", "AUX") or t.i <= clause.i:
            continue
        first = t.left_edge
        joints = []
        while first.i > clause.left_edge.i and (t.doc[first.i - 1].is_punct
                                                or t.doc[first.i - 1].dep_ == "cc"):
            first = t.doc[first.i - 1]
            joints.append(first)
        own_subject = any(c.dep_ in SUBJECT_DEPS for c in t.children)
        said_again = not own_subject and t.tag_ == verb.tag_ and \
            t.morph.get("VerbForm") == ["Fin"] and cue_lemma(t, acts) in acts
        turn = own_subject and any(j.text == "," for j in joints) and any(
            fold(j.text) in contrast for j in joints)
        if said_again or turn:
            end = min(end, first.idx)
            break
    marks = contrast | folded(cues, "concessive_marks")
    acts |= folded(cues, "act_participles")
    for t in toks:
        if t.i <= clause.i or t.idx >= end:
            continue
        # ", adding that ...", ", citing a poll", ", tout en affirmant": the speaker's next
        # act, whatever the parser hung it on.
        act = (t.tag_ == "VBG" or t.morph.get("VerbForm") == ["Ger"] or (
            t.morph.get("VerbForm") == ["Part"] and t.morph.get("Tense") == ["Pres"])
        ) and cue_lemma(t, acts) in acts
        first = t.left_edge if not act else t
        while act and first.i > clause.left_edge.i and fold(t.doc[first.i - 1].text) in (
                "en", "tout"):
            first = t.doc[first.i - 1]
        before = t.doc[first.i - 1] if first.i > clause.left_edge.i else None
        if before is None or before.text != ",":
            continue
        # ", although he again refused ...": the outlet's concession, with its own subject.
        concession = t.dep_ == "advcl" and any(
            c.dep_ == "mark" and fold(c.text) in marks for c in t.children) and any(
            c.dep_ in SUBJECT_DEPS for c in t.children)
        if act or concession:
            end = before.idx
            break
    kept = [t for t in toks if t.idx < end]
    return _span_of(kept) if kept else _span_of(toks)


def _intended_by(infinitive: Token, verb: Token, cues: dict[str, Any]) -> bool:
    """Whether an infinitive after ``verb`` completes a noun of intention and so is not
    what the verb reports ("a annoncé son intention de faire appel"); a denial still
    takes it ("a démenti tout projet de transférer")."""
    return _intended(infinitive, cues) and not _lemma_in(verb, folded(cues, "denial_verbs"))


def _infinitive_after(verb: Token) -> Token | None:
    """"a nié mardi devant les enquêteurs avoir perçu ...": the infinitive the parser hung
    on a noun between; the first one within a few words after the verb, with no verb of
    its own kind between."""
    doc, end = verb.doc, verb.sent.end
    cues = cues_for(verb.lang_)
    purpose = folded(cues, "purpose_marks")
    verbs = _cue_verbs(cues)
    i, counted = verb.i + 1, 0
    relatives: set[int] = set()  # the verbs of saying of relative clauses passed
    passed: set[int] = set()  # the verbs of relative clauses passed
    while i < end and counted < 8:
        t = doc[i]
        if t.text == ",":
            # "reproche à son adversaire, le maire de Bergerac (divers centre), d'avoir":
            # an apposition set off by commas is skipped whole.
            close = next((k for k in range(i + 1, min(i + 14, end)) if doc[k].text == ","),
                         None)
            if close is None:
                return None
            i = close + 1
            continue
        if fold(t.text) in _THAT:
            return None  # a clause of its own opens
        if t.morph.get("PronType") == ["Rel"]:
            # "demande aux consommateurs qui en détiendraient de ne pas les consommer":
            # past the relative clause's own verb.
            own = next((k for k in range(i + 1, min(i + 6, end))
                        if doc[k].morph.get("VerbForm") == ["Fin"]), None)
            if own is None:
                return None
            if doc[own].pos_ == "AUX" and doc[own].head.i > own and \
                    doc[own].head.i < min(own + 4, end):
                # ("..., qui a fait visiter l'entrepôt à la presse": the relative clause's
                # verb is the one its auxiliary serves, infinitive and all)
                own = doc[own].head.i
            # ("qui dit avoir été contactée": a verb of saying's own; "qui a appelé à « ne
            # tirer aucune conclusion »": an appeal's own)
            if cue_lemma(doc[own], verbs) in verbs or _lemma_in(
                    doc[own], folded(cues, "appeal_verbs")):
                relatives.add(own)
            passed.add(own)
            i = own + 1
            continue
        # ("de ne pas les consommer": an infinitive the tagger called finite, known by its
        # "de" and its ending.)
        infinitive = t.morph.get("VerbForm") == ["Inf"] or any(
            c.dep_.startswith("aux") and c.morph.get("VerbForm") == ["Inf"] for c in t.children
        ) or (t.lang_ == "fr" and t.text.endswith(("er", "ir", "re")) and any(
            c.dep_ == "mark" and fold(c.text) in ("de", "d'", "d’", "a") for c in t.children))
        if t.pos_ in ("VERB", "AUX") and t.morph.get("VerbForm") == ["Fin"] and not infinitive:
            return None
        if t.pos_ == "VERB" and infinitive and t.head.i in passed and not any(
                c.dep_ == "mark" and (fold(c.text) != "a" or _lemma_in(
                    verb, folded(cues, "appeal_verbs"))) for c in t.children):
            # ("..., dont la toiture doit être refaite, sera disponible": the bare infinitive
            # of a relative clause's own modal, passed with it, as is its "à" + infinitive,
            # "qui a passé un an à fouiller les archives"; "qui en détiendraient de ne pas
            # les consommer" is the verb of saying's, "de" and all)
            i += 1
            continue
        if t.pos_ == "VERB" and infinitive:
            if any(c.dep_ == "mark" and fold(c.text) in purpose for c in t.children):
                return None  # "a promis des renforts pour rouvrir": what for, not what
            if any(a.i in relatives for a in t.ancestors):
                return None  # "..., qui dit avoir été contactée": the relative's own words
            if t.head.dep_ == "acl" and t.head.morph.get("VerbForm") == ["Part"] and \
                    t.head.i < t.i:
                return None  # "le nombre de curieux venus longer la digue": the noun's own
            if _intended_by(t, verb, cues) or (any(
                    a.dep_ in ("obj", "dobj") and a.head == verb and a.pos_ == "NOUN"
                    for a in t.ancestors) and not (
                        # ("soupçonnent deux employés d'avoir falsifié les relevés": what
                        # the object is charged with, hung on it)
                        _lemma_in(verb, folded(cues, "charge_verbs"))
                        and any(fold(c.text) in ("de", "d'", "d’") for c in t.children))):
                # "a estimé à 4 milliards le manque à gagner", "le nombre de personnes
                # ayant pu consommer": the object's own words.
                return None
            return t
        # (articles, prepositions and adjectives do not count: "a demandé mardi à la cour
        # d'assises spéciale de Paris de condamner")
        i, counted = i + 1, counted + (t.pos_ not in ("DET", "ADP", "ADJ"))
    return None



def _that_after(sent: SpacySpan, verb: Token, cues: dict[str, Any]) -> int | None:
    """Where the clause starts when "que"/"that" follows the verb of saying past its
    adjuncts ("a fait valoir lundi que ...", "a assuré dans la matinée que ..."), whatever
    the parser made of it."""
    that = _THAT
    first = _past_adjuncts(verb, cues, that)
    hearer = next((c for c in verb.children if c.dep_ in ("dobj", "obj", "iobj")
                   and c.i > verb.i), None)
    if first is not None and hearer is not None and first.i == hearer.left_edge.i and \
            cue_lemma(verb, folded(cues, "hearer_verbs")) in folded(cues, "hearer_verbs"):
        # "told analysts on a call that ...": past who was told.
        first = _past_adjuncts(verb, cues, that, hearer.right_edge.i + 1)
    while first is not None and first.pos_ == "VERB" and first.head.i == verb.i and \
            first.dep_ == "xcomp":  # "a fait savoir que": the infinitive of a phrasal verb
        first = _past_adjuncts(first, cues, that)
    if first is None or fold(first.text) not in that or first.i + 1 >= sent.end:
        return None
    if first.i > 0 and fold(sent.doc[first.i - 1].text) in folded(cues, "restrictive_words"):
        return None  # "ne compte plus que onze élèves": "only", no clause
    return sent.doc[first.i + 1].idx


def _covers(report: _Report, tok: Token) -> bool:
    """Whether ``tok`` stands inside what ``report`` reports."""
    if report.span is not None:
        return report.span[0] <= tok.idx < report.span[1]
    return report.clause is not None and tok in report.clause.subtree


def _quoted_in_subject(speaker: list[Token], close: Token, verb: Token) -> bool:
    """Whether the quote mark ``close`` ends words quoted inside the subject itself ("Un
    message signé du groupe « Nocturne » affirme"): opened after the subject starts, in a
    subject with no clause of its own, before a verb that opens no relative clause."""
    return any(o.text in _OPENING_QUOTES for o in close.doc[speaker[0].i : close.i]) and \
        not any(w.morph.get("VerbForm") == ["Fin"] for w in speaker) and \
        verb.dep_ not in RELATIVE_DEPS


def _quote_after_colon(sent: SpacySpan, colon: Token) -> tuple[int, int] | None:
    """The words between the quote marks that open right after ``colon``, up to their
    closing mark or the sentence's end (a quote that runs on into the next paragraph)."""
    if colon.i + 1 >= sent.end or sent.doc[colon.i + 1].text not in _OPENING_QUOTES:
        return None
    words = list(sent.doc[colon.i + 2 : sent.end])
    close = next((t for t in words if t.text in _CLOSING_QUOTES or t.text == '"'), None)
    inside = [t for t in words if close is None or t.i < close.i]
    while inside and inside[-1].is_punct:
        inside.pop()
    if len([t for t in inside if t.is_alpha]) < 2:
        return None  # « Nocturne »: a name in quote marks, no words of its own
    return inside[0].idx, inside[-1].idx + len(inside[-1].text)


def _denial_by_form(sent: SpacySpan, cues: dict[str, Any]) -> _Report | None:
    """"Néotel : l'opérateur dément tout piratage", "Accusé de népotisme, le maire, Alain
    Ferrand, dément": a form of a denial verb the tagger took for the adjective "dément"
    (``denial_forms``).  Its speaker is the noun phrases set off before it, back to a colon
    or to a phrase that is not a noun's; what is denied follows it, or else is the phrase
    before the speaker (the accusation)."""
    forms = folded(cues, "denial_forms")
    verb = next((t for t in sent if fold(t.text) in forms and t.pos_ not in ("VERB", "AUX")
                 and t.dep_ != "amod"), None)  # ("un comportement dément": the adjective)
    if verb is None:
        return None
    chunks: list[list[Token]] = [[]]
    for t in reversed(sent.doc[sent.start : verb.i]):
        if t.text == ":":
            break
        if t.text == ",":
            chunks.append([])
            continue
        chunks[-1].insert(0, t)
    speaker: list[Token] = []
    rest: list[Token] = []
    for n, chunk in enumerate(chunks):
        if not chunk:
            continue  # the comma right before the verb
        if chunk[0].pos_ in ("DET", "PROPN", "NOUN") and any(
                t.pos_ in ("NOUN", "PROPN") for t in chunk) and not any(
                t.pos_ in ("VERB", "AUX") for t in chunk):
            speaker = [*chunk, *speaker]
            continue
        rest = [t for c in reversed(chunks[n:]) for t in c]
        break
    if not speaker:
        return None
    after = [t for t in sent if t.i > verb.i and not t.is_punct]
    # ("La mairie dément.", then its words: the denial itself is the claim)
    what = after or rest or [verb]
    return _Report(verb, speaker, None, _span_of(what), f"denied: {verb.text}")


def _colon_quote(sent: SpacySpan, cues: dict[str, Any]) -> _Report | None:
    """"Léa Morvan, elle, prépare déjà une fête : « Le 14 juin, il y aura des fleurs
    gratuites pour tout le monde. »", "Smith remains hopeful: “We will reopen in May.”":
    a clause with no verb of saying whose subject names someone, then a colon and a quote
    that closes the sentence: the quote is the subject's words, the clause before only
    frames them (as "a déclaré :" would). Not when the clause's object is a text, whose
    words the quote gives ("Police found a note in the car: “I am sorry.”")."""
    toks = [t for t in sent if not t.is_space]
    colon = next((t for t in toks if t.text == ":" and t.i + 2 < sent.end
                  and sent.doc[t.i + 1].text in _OPENING_QUOTES), None)
    if colon is None or any(t.text in _OPENING_QUOTES for t in toks if t.i < colon.i):
        return None
    close = next((t for t in toks if t.i > colon.i + 1 and t.text in _CLOSING_QUOTES), None)
    if close is None or any(not t.is_punct for t in toks if t.i > close.i):
        return None
    # (the root, or the clause's verb the parser hung on the quote's: "Marc Dubois, lui,
    # prépare déjà sa réouverture : « Dès lundi, nous vendrons ... »")
    verb = sent.root if sent.root.i < colon.i else next(
        (t for t in sent if t.i < colon.i and t.head.i > colon.i and t.pos_ == "VERB"
         and any(c.dep_ in SUBJECT_DEPS for c in t.children)), sent.root)
    if verb.i > colon.i or verb.pos_ not in ("VERB", "AUX") or \
            verb.morph.get("VerbForm") != ["Fin"] or any(
                t.dep_ in SUBJECT_DEPS and t.head != verb for t in sent.doc[verb.i : colon.i]):
        # (nor after a second clause with its own subject: "..., où une banderole
        # proclame : « ... »")
        return None
    if any(c.dep_ == "advmod" and c.morph.get("Polarity") == ["Neg"] for c in verb.children):
        return None  # ("X, lui, n'a pas l'intention de ... : « ... »": the frame says more)
    speaker = [t for t in subjects_of(verb) if t.i < colon.i]
    head = _phrase_head(speaker) if speaker else None
    # (someone who can speak: a name, a person's noun or a body's; not "Nuage orange")
    if head is None or not (head.pos_ == "PROPN" or _has(head.text, _speaker_nouns(cues))
                            or _person_noun(head.text, cues)):
        return None
    texts = folded(cues, "document_nouns") | folded(cues, "post_nouns")
    if any(c.dep_ in ("obj", "dobj") and (fold(c.lemma_) in texts or fold(c.text) in texts)
           for c in verb.children):
        return None
    return _Report(verb, speaker, None, (sent.doc[colon.i + 2].idx, close.idx))


def _quote_then_speaker(sent: SpacySpan, found: list[Token]) -> _Report | None:
    """"« Je n'ai jamais donné l'ordre de tuer » : l'ex-chef de milice se défend devant la
    CPI": a headline's quote, then a colon, then its speaker as the subject of a verb of
    saying; the quote is the speaker's."""
    toks = [t for t in sent if not t.is_space]
    if len(toks) < 5 or toks[0].text not in ("«", "“", '"'):
        return None
    close = next((t for t in toks[1:] if t.text in ("»", "”", '"')), None)
    if close is None or close.i + 2 >= sent.end or sent.doc[close.i + 1].text != ":":
        return None
    for verb in found:
        if verb.i <= close.i:
            continue
        speaker = [t for t in subjects_of(verb) if t.i > close.i + 1]
        if speaker and any(t.pos_ in ("NOUN", "PROPN") for t in speaker):
            return _Report(verb, speaker, None, (toks[1].idx, close.idx))
    return None


def _after_apposed_content(speaker: list[Token], span: tuple[int, int],
                           cues: dict[str, Any]) -> list[Token]:
    """"... 34 confirmed cases, most of them in unvaccinated children, the Kansas
    Department of Health said": after the content, the parser may make an apposition of
    the content part of the speaker's phrase; the speaker is the last comma-set chunk,
    unless the first is a name or a title that the chunk after it names ("its artistic
    director, Paul Kessler"; "Mensah, the silver medalist")."""
    if not speaker or speaker[0].idx < span[1]:
        return speaker
    doc = speaker[0].doc
    commas = [t.i for t in doc[speaker[0].i : speaker[-1].i] if t.text == ","]
    if not commas:
        return speaker
    head = [t for t in speaker if t.i < commas[0]]
    last = [t for t in speaker if t.i > commas[-1]]
    if last and (last[0].morph.get("PronType") == ["Rel"] or last[0].tag_ in ("WP", "WP$", "WDT")
                 or last[0].pos_ == "ADP"):
        # (", a ajouté la régie, qui a présenté ses excuses": a relative clause set off
        # after the speaker tells of it, it does not speak; nor does where the speaker is
        # from: "said her father, Daniel Okafor, 41, from Telford")
        return _after_apposed_content([t for t in speaker if t.i < commas[-1]], span, cues)
    # ("said councillor Priya Nandra, the cabinet member for ...": a title, then a name)
    title_and_name = 1 < len(head) <= 4 and head[0].pos_ == "NOUN" and all(
        t.pos_ == "PROPN" for t in head[1:])
    # ("said the Rev Helen Marsh, the parish priest": a name after its article)
    named = 1 < len(head) <= 5 and head[0].pos_ == "DET" and all(
        t.pos_ == "PROPN" for t in head[1:])
    if not head or not any(t.pos_ in ("NOUN", "PROPN") for t in last) or \
            head[0].pos_ == "PROPN" or _titled(head, cues) or title_and_name or named:
        return speaker
    return last


def _incise_after_quote(verb: Token) -> bool:
    """Whether a verb of saying stands in an incise right after a closing quote mark ("»,
    a-t-elle confié", "”, he said"): its words are the quote's."""
    first = min([verb.i, *(c.i for c in verb.children if c.i < verb.i
                           and c.dep_.startswith(("aux", "nsubj", "expl")))])
    return _after_closing_quote(verb.doc[first])
