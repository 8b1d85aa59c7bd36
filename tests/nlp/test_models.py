"""The spaCy pipelines: sentences keep a quote with the words that say who spoke it."""

import pytest

from newstrace.nlp.models import available, pipeline


@pytest.mark.skipif(not available("fr") or not available("en"), reason="spaCy models missing")
@pytest.mark.parametrize(("language", "text", "sentences"), [
    # A question or an exclamation closed by a quote mark does not end the sentence when
    # the speaker follows, with or without a comma.
    ("fr", "« Que deviendront nos ports ? », s'interroge le maire. Il part.",
     ["« Que deviendront nos ports ? », s'interroge le maire.", "Il part."]),
    ("fr", "« Pourquoi ? » demande-t-il. Personne ne répond.",
     ["« Pourquoi ? » demande-t-il.", "Personne ne répond."]),
    ("en", "“Why now?” she asked. Nobody answered.", ["“Why now?” she asked.", "Nobody answered."]),
    # A real end of sentence after a quote stays one.
    ("fr", "« Nous resterons ! » Le maire a tenu parole.",
     ["« Nous resterons ! »", "Le maire a tenu parole."]),
    # An opening quote mark belongs to the sentence it opens, not to the one before.
    ("fr", "Le vote a lieu lundi. « Tout reste possible », glisse un élu.",
     ["Le vote a lieu lundi.", "« Tout reste possible », glisse un élu."]),
    ("en", "The vote is Monday. “Anything can happen,” an aide said.",
     ["The vote is Monday.", "“Anything can happen,” an aide said."]),
    # An abbreviated title before a name ends no sentence.
    ("en", "“We were called at 2 a.m.,” said Sgt. Kevin Marsh. Lt. Col. Ann Day agreed.",
     ["“We were called at 2 a.m.,” said Sgt. Kevin Marsh.", "Lt. Col. Ann Day agreed."]),
])
def test_a_quote_and_its_speaker_are_one_sentence(language: str, text: str,
                                                  sentences: list[str]) -> None:
    nlp = pipeline(language)
    assert nlp is not None
    assert [s.text for s in nlp(text).sents] == sentences


@pytest.mark.skipif(not available("fr"), reason="spaCy model missing")
@pytest.mark.parametrize(("text", "word", "pos", "lemma"), [
    # A verb the French model tagged as an adjective, with a subject before it: a verb,
    # with its verb's lemma (the model gives "revendiqu").
    ("La FSU revendique « plus d'un enseignant sur deux » en grève.", "revendique", "VERB",
     "revendiquer"),
    # A real adjective with a subject stays one: "probabler" is no verb of the model's list.
    ("Le rapport juge également « probable » un nouveau report.", "probable", "ADJ",
     "probable"),
])
def test_french_verbs_the_tagger_missed_are_verbs(text: str, word: str, pos: str,
                                                  lemma: str) -> None:
    nlp = pipeline("fr")
    assert nlp is not None
    tok = next(t for t in nlp(text) if t.text == word)
    assert (tok.pos_, tok.lemma_) == (pos, lemma)


@pytest.mark.skipif(not available("fr"), reason="spaCy model missing")
def test_a_french_present_taken_for_an_infinitive_is_finite() -> None:
    nlp = pipeline("fr")
    assert nlp is not None
    tok = next(t for t in nlp("Il anticipe une stabilisation des prix.") if t.text == "anticipe")
    assert tok.morph.get("VerbForm") == ["Fin"]


@pytest.mark.skipif(not available("fr"), reason="spaCy model missing")
@pytest.mark.parametrize(("text", "verb", "subject"), [
    # A present spelt like its participle, which the model hung on a verbless sentence's
    # noun, is the sentence's verb and the noun its subject.
    ("Une infirmière de Médecins sans frontières (MSF) décrit des enfants épuisés.", "décrit",
     "infirmière"),
    ("Le médecin décrit des enfants épuisés.", "décrit", "médecin"),
    # ... also past a relative clause on the subject, which the verb was hung inside.
    ("Un officier, qui a requis l'anonymat, décrit une situation « bien pire ».", "décrit",
     "officier"),
])
def test_a_french_present_taken_for_a_participle_is_the_verb(text: str, verb: str,
                                                             subject: str) -> None:
    nlp = pipeline("fr")
    assert nlp is not None
    doc = nlp(text)
    tok = next(t for t in doc if t.text == verb)
    assert (tok.dep_, tok.morph.get("VerbForm")) == ("ROOT", ["Fin"])
    assert [c.text for c in tok.children if c.dep_ == "nsubj"] == [subject]
    assert doc[-1].head.i == tok.i  # the sentence's end hangs on the verb, not the subject


@pytest.mark.skipif(not available("fr"), reason="spaCy model missing")
def test_a_participle_with_its_agent_stays_a_participle() -> None:
    nlp = pipeline("fr")
    assert nlp is not None
    tok = next(t for t in nlp("Un livre écrit par deux juges.") if t.text == "écrit")
    assert tok.dep_ != "ROOT"


@pytest.mark.skipif(not available("fr"), reason="spaCy model missing")
def test_a_french_present_the_model_called_a_participle_is_finite() -> None:
    # "conteste" cannot be the participle of "contester" ("contesté"): quoted after its
    # subject, it is the finite verb, and the opening quote mark is the verb's, not the
    # subject's.
    nlp = pipeline("fr")
    assert nlp is not None
    doc = nlp("Vernal Santé « conteste fermement » avoir caché des incidents.")
    tok = next(t for t in doc if t.text == "conteste")
    assert (tok.morph.get("VerbForm"), tok.lemma_) == (["Fin"], "contester")
    assert next(t for t in doc if t.text == "«").head.i == tok.i


@pytest.mark.skipif(not available("fr"), reason="spaCy model missing")
def test_a_french_verb_the_model_called_a_noun_gets_its_infinitive() -> None:
    nlp = pipeline("fr")
    assert nlp is not None
    doc = nlp("Paul Vidal pointe en particulier la hausse des loyers.")
    tok = next(t for t in doc if t.text == "pointe")
    assert (tok.pos_, tok.lemma_) == ("VERB", "pointer")


@pytest.mark.skipif(not available("fr"), reason="spaCy model missing")
@pytest.mark.parametrize(("text", "word", "dep", "head"), [
    # An adverb quoted between the verb and its object: the object is the verb's.
    ("Le club a rejeté « totalement » ces accusations.", "accusations", "obj", "rejeté"),
    # A passive's agent hung on the time adverbial before it is the verb's.
    ("L'incendie a été revendiqué dans la nuit par le groupe Action Rouge.", "groupe",
     "obl:agent", "revendiqué"),
])
def test_french_objects_and_agents_hang_on_their_verb(text: str, word: str, dep: str,
                                                       head: str) -> None:
    nlp = pipeline("fr")
    assert nlp is not None
    tok = next(t for t in nlp(text) if t.text == word)
    assert (tok.dep_, tok.head.text) == (dep, head)


@pytest.mark.skipif(not available("fr"), reason="spaCy model missing")
@pytest.mark.parametrize(("text", "verb", "subject"), [
    # A verb the model hung on a noun of the subject, with a finite auxiliary or finite
    # itself, is the sentence's verb.
    ("Les magasins de Caen et de Rouen seront les plus touchés.", "touchés", "magasins"),
    ("Un cadre au sein de la direction générale évalue à 200 le nombre de départs.", "évalue",
     "cadre"),
])
def test_a_french_verb_hung_inside_its_subject_is_the_verb(text: str, verb: str,
                                                           subject: str) -> None:
    nlp = pipeline("fr")
    assert nlp is not None
    tok = next(t for t in nlp(text) if t.text == verb)
    assert tok.dep_ == "ROOT"
    assert subject in [c.text for c in tok.children if c.dep_.startswith("nsubj")]
