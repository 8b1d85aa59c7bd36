"""Claims: what a page asserts, on whose word, and how surely.

A rumour must never come out as a fact, so certainty is read from the words
and never defaulted: a claim is ``asserted`` only when the outlet states it in
its own voice with no hedge; anything attributed is at least ``reported``.

Per sentence of the body and the headline:
1. attribution: "selon X" / "according to X"; a reporting verb with a clause
   ("X affirme que ...", "X said ..."), including participles ("..., affirmant
   que ...") whose speaker is the main clause's subject; headline conventions
   ("Sources : ...");
2. the source's kind, from the words of the source phrase and the entities in
   it: named person, institution, anonymous (with a count: "un responsable et
   trois personnes" is four), vague ("certains partisans"), document, or none
   (the outlet itself); pronouns ("selon lui") go to the last person named;
3. certainty from cues in the content (negation, conditional mood, modal verbs,
   hedging adverbs, future tense, estimates), strongest first.
Sentences that only say how sources spoke ("... sous couvert d'anonymat") are
not claims: they confirm the anonymity of the claims around them.  The same
claim stated twice (a repeated standfirst, a headline restating the lede) is
one claim with all its evidence.

Cue words are per language in ``lexicons/<lang>.claims.toml``; the code is the same
for every language with a spaCy model.

The package is layered: each module imports only modules listed above it, never one
below, so there is no import cycle.

- ``_syntax``: parse-tree helpers that read no lexicon;
- ``_cues``: the lexicon's cue lists and the matching of its phrases;
- ``_verbs``: verbs of saying, ``cue_lemma``, and ``_Report``, what report finders return;
- ``_genders``: the gender the page gives a person (a civil title, a role word) and the
  one a pronoun speaker asks for;
- ``_speakers``: who speaks through a verb, and the last person named;
- ``_sources``: the kind of a source phrase, and names the page shows to be bodies;
- ``_certainty``: negation, mood, hedges, future forms, conditions (step 3);
- ``_according``: "selon X" / "according to X", and figures read in a poll;
- ``_incises``: incises and inversions read by their form;
- ``_constructions``: attributions made by a construction (object and complement,
  denials with a noun, estimates);
- ``_inserted``: a reporting phrase between commas ("<content>, X said.");
- ``_reports``: the reporting verbs of a sentence, trying the finders above in order;
- ``_drafts``: a draft claim per sentence, headline or transcript turn;
- ``_page``: ``claims_in``, the page's pass over all drafts.

The helpers keep their leading underscore and the modules import them from each other
by name: they are this package's private code, shared inside it only.  The names in
``__all__`` are the API other modules and the benches import, from the package itself
(``from newstrace.analyze.claims import claims_in``).
"""

from newstrace.analyze.claims._certainty import strongest
from newstrace.analyze.claims._cues import cues_for
from newstrace.analyze.claims._genders import person_genders
from newstrace.analyze.claims._page import claims_in
from newstrace.analyze.claims._speakers import (
    inverted_subject,
    inverted_words,
    last_person_before,
    speaker_of,
    subjects_of,
    titled_first,
)
from newstrace.analyze.claims._verbs import cue_lemma

__all__ = [
    "claims_in",
    "cue_lemma",
    "cues_for",
    "inverted_subject",
    "inverted_words",
    "last_person_before",
    "person_genders",
    "speaker_of",
    "strongest",
    "subjects_of",
    "titled_first",
]
