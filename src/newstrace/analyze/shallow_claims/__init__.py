"""Claims for pages in languages that have no spaCy model: a parser-free reader.

Why: only French and English have a parser here, and the claims package
(``analyze/claims/``) reads attribution from the parse.  Without this reader a Spanish
or German page had no claims at all, so no sourcing profile, and its rumours were
invisible instead of flagged.  The promise is the same as for parsed languages: a claim
is ``asserted`` only when the outlet states it in its own voice with no cue of hearsay,
mood or modality.

What replaces the parser, per sentence (split by punctuation, never inside a quote):
1. attribution anchors from the language's lexicon (``lexicons/<lang>.claims.toml``,
   section ``[shallow]``): reporting verbs written in their inflected forms (no
   lemmatizer), compound tenses as participle + auxiliary, separable particles
   ("teilte ... mit"), "according to" before the source ("según", "laut"), after it
   ("zufolge") or closing the sentence ("..., so der Minister");
2. the speaker is the phrase before the verb, or after it in an inverted phrase
   ("..., dijo el ministro"); the content is what follows a complementizer, a colon or
   an opening quote, or what precedes the comma before the reporting phrase;
3. the source's kind from words, capitals and the entity index, in the same order of
   decisions as the claims package (anonymity wins over the body a source works for;
   an office holder with a definite determiner is named; "experts" are vague);
4. certainty from cue phrases and word endings (reportive conditional "habría",
   "avrebbe"; German "soll" and Konjunktiv; future "-rá", "-rà", "wird ... -en").
A language with no lexicon at all gets claims only where typography alone shows
attribution: a quote next to a capitalised name.  Nothing is read there as the
outlet's own assertion, since a missed cue would turn a rumour into a fact.

The package is layered: each module imports only modules listed above it, never one
below, so there is no import cycle.

- ``_lexicon``: the ``[shallow]`` lexicon of a language, its word sets, and its phrases
  as regexes over lowercased text;
- ``_text``: sentences, words, breaks, trimmed spans, quote marks and links, and
  ``_Context``, one sentence with what every step needs;
- ``_names``: names read from capitals, initials, countries, and how many people an
  anonymous phrase counts;
- ``_anchors``: the attribution anchors of a sentence (step 1) and ``_Read``, what one
  anchor attributes;
- ``_certainty``: the certainty of a content span (step 4);
- ``_sources``: ``_Sources``, the speaker phrase and its kind of source (step 3);
- ``_verbs``: ``_Verbs``, speaker and content around a reporting verb, a passive or a
  verb with a noun object (step 2);
- ``_according``: ``_According``, "según X", "X zufolge", "..., so der Minister";
- ``_reader``: ``ShallowReader`` and ``ShallowClaim``, what it returns: sentences with
  and without an anchor, the headline, and languages without a lexicon.

``ShallowReader`` is one class whose methods stand in a chain of classes, one per module
(``_Sources`` <- ``_Verbs`` <- ``_According`` <- ``ShallowReader``): a step calls the
methods of the steps above it through ``self``, and the state they share (the entity
index, the last speaker) is set by ``ShallowReader.__init__``.  The helpers keep their
leading underscore and the modules import them from each other by name: they are this
package's private code, shared inside it only.  The names in ``__all__`` are the API
other modules, the tests and the benches import, from the package itself
(``from newstrace.analyze.shallow_claims import ShallowReader``).
"""

from newstrace.analyze.shallow_claims._lexicon import shallow_lexicon
from newstrace.analyze.shallow_claims._reader import ShallowClaim, ShallowReader
from newstrace.analyze.shallow_claims._text import sentences

__all__ = ["ShallowClaim", "ShallowReader", "sentences", "shallow_lexicon"]
