"""Claims: who says what, and how surely, in French and English.

The sentences in ``fixtures/claims/attribution_set.jsonl`` are written by us to cover
every source kind and certainty level in both languages; ``bench/quotes.py`` reports
per-class precision and recall on them.  It is a development set: the rules were tuned
while reading it, so its scores say what works, not how well unseen pages will do.
"""

import json
from pathlib import Path

import pytest

from newstrace.analyze.claims import claims_in
from newstrace.analyze.entities import entities_in
from newstrace.analyze.findings import analyze_article
from newstrace.model import Article, Block, Claim, Sourcing
from newstrace.nlp.parse import parse_article

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SET = [json.loads(line) for line in (FIXTURES / "claims/attribution_set.jsonl").open()]


def read(*blocks: tuple[str, str], language: str = "fr") -> tuple[list[Claim], Sourcing]:
    parts, out, pos = [], [], 0
    for i, (kind, text) in enumerate(blocks):
        out.append(Block(f"b{i}", kind, text, pos, pos + len(text), language))  # type: ignore[arg-type]
        parts.append(text)
        pos += len(text) + 2
    art = Article("x", "t", "\n\n".join(parts), tuple(out), language=language)
    parsed = parse_article(art)
    index, _ = entities_in(parsed, art)
    return claims_in(parsed, art, index, [])


@pytest.mark.parametrize("case", SET, ids=[c["text"][:40] for c in SET])
def test_source_kind_and_certainty(case: dict) -> None:  # type: ignore[type-arg]
    claims, _ = read(("paragraph", case["text"]), language=case["lang"])
    assert claims, "no claim read"
    claim = claims[0]
    assert (claim.source.kind, claim.certainty) == (case["kind"], case["certainty"])
    if "count" in case:
        assert claim.source.count == case["count"]


def test_reportive_conditional_from_anonymous_sources_is_never_asserted() -> None:
    [claim], profile = read(
        ("paragraph", "Le ministre aurait autorisé les frappes, selon un responsable et deux "
         "personnes proches du dossier.")
    )
    assert claim.certainty == "reported"
    assert claim.source.kind == "anonymous" and claim.source.count == 3
    assert any("aurait" in c for c in claim.cues)
    assert profile.anonymous_sources == 3


def test_headline_convention_attributes_the_headline_and_joins_the_lede() -> None:
    claims, profile = read(
        ("title", "Sources : le ministre autorise les frappes en territoire ennemi"),
        ("paragraph", "Le ministre aurait autorisé les frappes en territoire ennemi, selon trois "
         "sources proches du dossier."),
    )
    assert len(claims) == 1
    [claim] = claims
    assert {e.block for e in claim.evidence} == {"b0", "b1"}
    assert profile.headline_claim == claim.id and not profile.headline_named_source
    assert "3 anonymous sources" in profile.summary


@pytest.mark.parametrize(("title", "language", "kind", "who"), [
    ("U.S. to let Ukraine strike deeper into Russia with ATACMS, officials say", "en",
     "anonymous", "officials"),
    ("Trump says he will end the war in Ukraine within a day", "en", "named", "Trump"),
    ("L'Ukraine pourra frapper la Russie avec des missiles américains, affirme le Kremlin", "fr",
     "institution", "le Kremlin"),
])
def test_a_headline_that_says_whose_word_it_is_is_not_the_outlets(
        title: str, language: str, kind: str, who: str) -> None:
    claims, profile = read(
        ("title", title),
        ("paragraph", "The decision was taken after weeks of debate among allies."
         if language == "en" else "La décision a été prise après des semaines de débat."),
        language=language,
    )
    headline = next(c for c in claims if c.id == profile.headline_claim)
    assert headline.source.kind == kind and headline.source.text == who
    assert headline.certainty != "asserted"
    assert "outlet's own" not in profile.summary


@pytest.mark.parametrize(("text", "language", "kind", "count"), [
    ("The minister will resign, a government source said.", "en", "anonymous", 1),
    ("The minister will resign, a senior administration official said.", "en", "anonymous", 1),
    ("The minister will resign, three Pentagon officials told reporters.", "en", "anonymous", 3),
    ("The minister will resign, a government spokesman said.", "en", "institution", None),
    ("Le ministre va démissionner, a indiqué une source policière.", "fr", "anonymous", 1),
    ("Le ministre va démissionner, a indiqué le porte-parole du gouvernement.", "fr",
     "institution", None),
])
def test_counted_insiders_of_a_body_are_anonymous_its_spokesperson_is_not(
        text: str, language: str, kind: str, count: int | None) -> None:
    claims, _ = read(("paragraph", text), language=language)
    assert (claims[0].source.kind, claims[0].source.count) == (kind, count)
    assert claims[0].certainty != "asserted"


@pytest.mark.parametrize("blocks", [
    [("paragraph", 'One official said: "The plague is spreading fast. Next year is the year of '
      'the rat. The plague is coming."')],
    [("paragraph", '"The plague is spreading fast," one official said. "Next year is the year '
      'of the rat. The plague is coming."')],
    [("paragraph", '"The plague is spreading fast," one official said.'),
     ("paragraph", '"Next year is the year of the rat. The plague is coming."')],
])
def test_every_sentence_of_a_quote_is_the_speakers_never_the_outlets(
        blocks: list[tuple[str, str]]) -> None:
    claims, _ = read(*blocks, language="en")
    coming = next(c for c in claims if "plague is coming" in c.text)
    rat = next(c for c in claims if "year of the rat" in c.text)
    for claim in (coming, rat):
        assert claim.certainty == "reported"
        assert (claim.source.kind, (claim.source.text or "").lower()) == ("anonymous",
                                                                          "one official")


@pytest.mark.parametrize(("text", "language"), [
    ("Un responsable a déclaré : « La peste se propage vite. »", "fr"),
    ("Un responsable a déclaré : « La peste se propage vite. L’an prochain sera l’année du rat. "
     "La peste arrive. »", "fr"),
    ("One official said: the plague is spreading fast.", "en"),
])
def test_a_colon_after_a_verb_of_saying_introduces_the_speakers_words(
        text: str, language: str) -> None:
    claims, _ = read(("paragraph", text), language=language)
    assert claims and all(c.source.kind == "anonymous" and c.certainty != "asserted"
                          for c in claims)
    assert "peste se propage" in claims[0].text or "plague is spreading" in claims[0].text


def test_a_quote_whose_speaker_is_not_read_is_still_not_the_outlets() -> None:
    claims, _ = read(("paragraph", 'The ministry was told: "The reactor is leaking badly. Nobody '
                      'knows how long it will hold."'), language="en")
    inside = next(c for c in claims if "leaking" in c.text and c.text.startswith("The reactor"))
    assert inside.certainty != "asserted"


def test_pronoun_source_goes_to_the_last_person_named() -> None:
    claims, _ = read(
        ("paragraph", "Joe Biden était resté opposé à toute escalade qui, selon lui, pourrait "
         "entraîner les États-Unis dans un conflit direct."),
    )
    attributed = [c for c in claims if c.source.kind == "named"]
    assert attributed and attributed[0].source.entity == "joe-biden"
    assert attributed[0].certainty == "possible"


def test_participle_splits_the_outlets_statement_from_the_reported_one() -> None:
    claims, _ = read(
        ("paragraph", "Volodymyr Zelensky fait pression sur ses alliés, affirmant que "
         "l'interdiction avait empêché l'Ukraine de se défendre."),
    )
    kinds = [(c.source.kind, c.certainty) for c in claims]
    assert kinds == [("unattributed", "asserted"), ("named", "reported")]
    assert claims[1].text.startswith("l'interdiction")


def test_note_about_anonymity_is_not_a_claim() -> None:
    claims, _ = read(
        ("paragraph", "Le ministre aurait signé, selon deux responsables."),
        ("paragraph", "Les responsables se sont exprimés sous couvert d'anonymat."),
    )
    assert len(claims) == 1
    assert any("anonymity stated" in c for c in claims[0].cues)


def test_evidence_reads_back_from_the_page() -> None:
    text = "Selon les estimations de l'ONU, près de deux millions de personnes ont fui."
    [claim], _ = read(("paragraph", text))
    content, source = claim.evidence
    assert text[content.start : content.end] == claim.text
    assert text[source.start : source.end] == claim.source.text


@pytest.mark.parametrize(("language", "text", "content", "source", "kind"), [
    ("fr", "Le bilan s'élève à douze morts, a indiqué la préfecture dans un communiqué.",
     "Le bilan s'élève à douze morts", "la préfecture", "institution"),
    ("fr", "L'armée a perdu trois chars, affirme le ministère.", "L'armée a perdu trois chars",
     "le ministère", "institution"),
    ("en", "The deal is dead, two officials said on Friday.", "The deal is dead", "two officials",
     "anonymous"),
    ("en", "The museum, Mr. Bush said, celebrated several of his heroes.",
     "The museum, Mr. Bush said, celebrated several of his heroes", "Mr. Bush", "named"),
])
def test_reporting_phrase_after_or_inside_the_content(language: str, text: str, content: str,
                                                      source: str, kind: str) -> None:
    [claim], _ = read(("paragraph", text), language=language)
    assert (claim.text, claim.source.text, claim.source.kind) == (content, source, kind)
    assert claim.certainty == "reported"


@pytest.mark.parametrize(("text", "content"), [
    # Session 46 (set 223): the infinitive of a relative clause's own modal after the
    # speaker, and one hung on a noun's participle, are no words of the verb of saying.
    ("Un second concert pourrait être ajouté en mai, indique le comité, qui attend de savoir "
     "si l'église, dont le clocher doit être restauré, sera ouverte.",
     "Un second concert pourrait être ajouté en mai"),
    ("La mairie estime à près de 3 000 le nombre de promeneurs venus longer les quais.",
     "à près de 3 000 le nombre de promeneurs venus longer les quais"),
])
def test_an_infinitive_that_is_not_the_verbs_leaves_its_content_alone(text: str,
                                                                     content: str) -> None:
    claims, _ = read(("paragraph", text), language="fr")
    assert claims[0].text == content


def test_a_verb_with_an_object_after_a_comma_is_not_a_reporting_phrase() -> None:
    [claim], _ = read(("paragraph", "Il est rentré à Paris, a déclaré la guerre aux rebelles et "
                       "a quitté le pays."))
    assert claim.source.kind == "unattributed"


def test_one_sentence_can_report_several_things() -> None:
    claims, _ = read(("paragraph", "His aides say it is too early to discuss a Senate run but "
                      "noted that Scott won competitive races."), language="en")
    assert [(c.text, c.source.text) for c in claims] == [
        ("it is too early to discuss a Senate run", "His aides"),
        ("Scott won competitive races", "His aides"),
    ]


def test_according_to_after_a_whole_clause_attributes_that_clause() -> None:
    [claim], _ = read(("paragraph", "The top 1 percent would see their incomes go up by 19.9 "
                       "percent, according to the Tax Foundation."), language="en")
    assert claim.text.startswith("The top 1 percent") and claim.source.kind == "institution"


@pytest.mark.parametrize(("language", "text"), [
    ("en", "If the bill is not passed, the government will shut down, the budget office warned."),
    ("fr", "Si l'accord n'est pas ratifié, les droits de douane doubleront, a prévenu le "
           "commissaire européen."),
])
def test_a_negation_inside_a_condition_is_a_hypothesis_not_a_denial(language: str,
                                                                     text: str) -> None:
    [claim], _ = read(("paragraph", text), language=language)
    assert claim.certainty == "hypothetical"


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The airline said in a statement that none of the passengers had been injured."),
    ("en", '"There is no evidence of fraud," the election commission said.'),
    ("fr", "La ministre a assuré qu'aucune décision n'avait encore été prise."),
    ("fr", "« Je ne suis candidat à rien », a répété l'ancien Premier ministre Édouard Philippe."),
])
def test_negative_determiners_and_pronouns_deny(language: str, text: str) -> None:
    claims, _ = read(("paragraph", text), language=language)
    assert claims[0].certainty == "denied" and claims[0].source.kind != "unattributed"


def test_a_month_named_may_is_not_a_modal() -> None:
    [claim], _ = read(("paragraph", "The governor said the state would reopen schools in May."),
                      language="en")
    assert claim.certainty == "predicted"  # what is to come, not what may be


def test_a_commitment_is_a_prediction_attributed_but_not_quoted() -> None:
    text = "The mayor vowed to rebuild every school in the city."
    art = Article("x", "t", text, (Block("b0", "paragraph", text, 0, len(text), "en"),),
                  language="en")
    analysis = analyze_article(art)
    [claim] = analysis.claims
    assert claim.text == "to rebuild every school in the city"
    assert (claim.source.text, claim.certainty) == ("The mayor", "predicted")
    assert analysis.quotes == ()


def test_the_outlets_own_information_is_not_a_source() -> None:
    [claim], _ = read(("paragraph", "Selon nos informations, le club aurait déjà trouvé un "
                       "accord avec le joueur."))
    assert claim.source.kind == "unattributed" and claim.certainty == "reported"


@pytest.mark.parametrize(("text", "language", "content", "who"), [
    ("Clinton accused Trump of inciting violence.", "en", "Trump of inciting violence",
     "Clinton"),
    ("Cruz described the plan as a disaster.", "en", "the plan as a disaster", "Cruz"),
    ("Obama urged Congress to pass the bill.", "en", "Congress to pass the bill", "Obama"),
    ("Le ministre a accusé la Russie d'avoir violé le cessez-le-feu.", "fr",
     "la Russie d'avoir violé le cessez-le-feu", "Le ministre"),
])
def test_an_object_and_its_complement_say_what_the_speaker_asserted_or_asked(
        text: str, language: str, content: str, who: str) -> None:
    [claim], _ = read(("paragraph", text), language=language)
    assert (claim.text, claim.source.text) == (content, who)
    assert claim.certainty == "reported"


def test_praise_with_no_complement_says_nothing_true_or_false() -> None:
    [claim], _ = read(("paragraph", "Trump praised the judge."), language="en")
    assert claim.source.kind == "unattributed"


@pytest.mark.parametrize(("text", "language", "content", "poll"), [
    ("In a CNN poll, Clinton held a 24-point lead among black voters.", "en",
     "Clinton held a 24-point lead among black voters", "a CNN poll"),
    ("Trump leads Cruz by 9 points in the RealClearPolitics average.", "en",
     "Trump leads Cruz by 9 points", "the RealClearPolitics average"),
    ("Dans un sondage Ifop publié dimanche, 52 % des Français soutiennent la réforme.", "fr",
     "52 % des Français soutiennent la réforme", "un sondage Ifop publié dimanche"),
])
def test_a_figure_read_in_a_poll_is_the_polls_word_not_the_outlets(
        text: str, language: str, content: str, poll: str) -> None:
    [claim], _ = read(("paragraph", text), language=language)
    assert (claim.text, claim.source.kind, claim.source.text) == (content, "document", poll)
    assert claim.certainty == "reported"


def test_a_poll_that_only_says_whose_lead_it_is_leaves_the_claim_to_the_outlet() -> None:
    [claim], _ = read(("paragraph", "Her lead in the poll narrowed."), language="en")
    assert claim.source.kind == "unattributed"


@pytest.mark.parametrize(("title", "kind", "who"), [
    ("Ted Cruz: Physically assaulting a reporter is a fireable offense", "named", "Ted Cruz"),
    ("Study: Coffee drinkers live longer", "document", "Study"),
    ("Kremlin: Ukrainian drones hit an oil depot in Bryansk", "institution", "Kremlin"),
])
def test_a_headline_opened_by_who_speaks_is_theirs(title: str, kind: str, who: str) -> None:
    claims, profile = read(("title", title), ("paragraph", "The decision was taken after "
                                              "weeks of debate among allies."), language="en")
    headline = next(c for c in claims if c.id == profile.headline_claim)
    assert (headline.source.kind, headline.source.text) == (kind, who)
    assert headline.certainty == "reported"
    assert headline.text == title.split(": ", 1)[1]


@pytest.mark.parametrize("title", ["Paris: the city council votes on the budget",
                                   "Analysis: the council is divided"])
def test_a_place_or_a_rubric_before_a_colon_speaks_for_nobody(title: str) -> None:
    claims, profile = read(("title", title), ("paragraph", "The vote came late."),
                           language="en")
    headline = next(c for c in claims if c.id == profile.headline_claim)
    assert headline.source.kind == "unattributed"


def test_a_transcript_turn_is_the_speakers_and_a_dateline_is_nobodys() -> None:
    claims, _ = read(
        ("paragraph", "Kate Bolduan asked Joel Benenson about the debate on Tuesday."),
        ("paragraph", "JOEL BENENSON: This is a man who said he would debate anywhere. "
                      "He refuses now."),
        ("paragraph", "NEW YORK: The city council voted on Monday."), language="en")
    turn = [c for c in claims if c.evidence[0].block == "b1"]
    assert [c.text for c in turn] == ["This is a man who said he would debate anywhere",
                                      "He refuses now"]
    assert all(c.source.kind == "named" and c.certainty == "reported" for c in turn)
    [council] = [c for c in claims if c.evidence[0].block == "b2"]
    assert council.source.kind == "unattributed"


@pytest.mark.parametrize(("text", "content", "certainty"), [
    ("The company plans to cut 500 jobs next year.", "to cut 500 jobs next year", "predicted"),
    ("The senator hopes to revive her campaign in Iowa.", "to revive her campaign in Iowa",
     "possible"),
])
def test_an_intention_is_the_subjects_and_never_a_fact(text: str, content: str,
                                                        certainty: str) -> None:
    [claim], _ = read(("paragraph", text), language="en")
    assert (claim.text, claim.certainty) == (content, certainty)
    assert claim.source.kind != "unattributed"


def test_what_is_expected_of_someone_is_a_hedge_not_their_intention() -> None:
    [claim], _ = read(("paragraph", "The company is expected to announce layoffs."),
                      language="en")
    assert (claim.source.kind, claim.certainty) == ("unattributed", "probable")


def test_wanting_a_thing_is_not_a_claim_about_it() -> None:
    [claim], _ = read(("paragraph", "The mayor wants a new stadium."), language="en")
    assert claim.source.kind == "unattributed"


@pytest.mark.parametrize(("text", "language", "kind", "certainty"), [
    ("If the talks fail, the union will call a general strike, its leader warned.", "en",
     "named", "hypothetical"),
    # (what a post carries rests on it, as the set briefs say: since session 45)
    ("In a post on X, the opposition leader accused the police of firing on protesters.", "en",
     "document", "reported"),
    ("No Ukrainian troops were in the area, Ukraine's foreign minister said.", "en",
     "named", "denied"),
    ("The vote is likely to be delayed, three lawmakers told Politico.", "en",
     "anonymous", "probable"),
    ("According to the World Bank, the economy is forecast to shrink by 3 percent.", "en",
     "institution", "predicted"),
    ("The minister allegedly received payments, a leaked audit report shows.", "en",
     "document", "reported"),
    # Uncounted witnesses are vague, as uncounted residents are (three blind sets agree).
    ("Witnesses described seeing at least three explosions before dawn.", "en",
     "vague", "reported"),
    ("Certains observateurs jugent probable un remaniement avant l'été.", "fr",
     "vague", "probable"),
    ("Le Kremlin a qualifié ces accusations de « provocation ».", "fr",
     "institution", "reported"),
    # A refusal to comment is the outlet's plain fact, not a denial of anything (four blind
    # sets agree; three earlier labels were changed to it).
    ("L'entreprise n'a pas souhaité commenter ces informations.", "fr",
     "unattributed", "asserted"),
    ("The company did not immediately respond to a request for comment.", "en",
     "unattributed", "asserted"),
])
def test_wire_constructions_keep_their_source_and_hedge(text: str, language: str, kind: str,
                                                        certainty: str) -> None:
    claims, _ = read(("paragraph", text), language=language)
    assert (claims[0].source.kind, claims[0].certainty) == (kind, certainty)


def test_three_lawmakers_are_three_anonymous_sources() -> None:
    claims, _ = read(("paragraph", "The vote will be delayed, three lawmakers said."),
                     language="en")
    assert (claims[0].source.kind, claims[0].source.count) == ("anonymous", 3)


def test_capitalised_labels_taking_turns_are_a_transcript_sections_are_not() -> None:
    claims, _ = read(
        ("paragraph", "WALLACE: Why would the campaign do that?"),
        ("paragraph", "PENCE: The campaign says it will not happen."),
        ("paragraph", "WALLACE: Will she be there tomorrow night?"),
        ("paragraph", "UPDATE: The debate was moved to Tuesday."), language="en")
    by_block = {c.evidence[0].block: c for c in claims}
    assert by_block["b0"].source.text == "WALLACE" and by_block["b0"].source.kind == "named"
    assert by_block["b1"].source.text == "PENCE"
    assert by_block["b3"].source.kind == "unattributed"
    # A wire story's sections come once each: nobody speaks.
    sections, _ = read(("paragraph", "ENERGY: Benchmark crude oil fell 42 cents to $51.69."),
                       ("paragraph", "CURRENCIES: The dollar rose to 108.78 yen."),
                       language="en")
    assert all(c.source.kind == "unattributed" for c in sections)


@pytest.mark.parametrize(("lang", "text", "kind", "certainty", "content"), [
    # A denial with a noun object is the denier's, and so is a rejection of claims.
    ("fr", "Le président turc Recep Tayyip Erdogan a nié toute implication d'Ankara dans les "
           "livraisons d'armes.", "named", "denied",
     "toute implication d'Ankara dans les livraisons d'armes"),
    ("en", "Moscow rejected claims that its forces had struck a hospital in Kharkiv.",
     "institution", "denied", "its forces had struck a hospital in Kharkiv"),
    # What is not ruled out is possible; what is ruled out, denied.
    ("fr", "L'ONU n'exclut pas de suspendre ses opérations humanitaires dans le nord de Gaza.",
     "institution", "possible", "suspendre ses opérations humanitaires dans le nord de Gaza"),
    ("en", "The Pentagon did not rule out further strikes on the militia.", "institution",
     "possible", "further strikes on the militia"),
    ("fr", "Le gouvernement exclut toute hausse d'impôts cette année.", "institution", "denied",
     "toute hausse d'impôts"),
    # A figure estimated by someone is their estimate.
    ("fr", "L'Agence internationale de l'énergie estime à 4 % la hausse de la demande mondiale "
           "d'électricité en 2024.", "institution", "estimate", None),
    ("en", "The World Bank estimated the cost of rebuilding the country at $486 billion.",
     "institution", "estimate", "the cost of rebuilding the country at $486 billion"),
    # "was clear:" introduces the subject's words.
    ("fr", "Un porte-parole de la SNCF a été clair : les trains supprimés seront intégralement "
           "remboursés.", "institution", "predicted",
     "les trains supprimés seront intégralement remboursés"),
    # The outlet's comment on a claim is not part of it, and does not deny it.
    ("en", "The Houthi movement said it had shot down a U.S. drone over Marib, a claim that "
           "could not be independently verified.", "institution", "reported",
     "it had shot down a U.S. drone over Marib"),
    # "shows" closing the sentence, tagged as a noun, still reports.
    ("en", "The firm allegedly hid $2 billion in losses from its auditors, a leaked internal "
           "memo shows.", "document", "reported",
     "The firm allegedly hid $2 billion in losses from its auditors"),
    ("en", "Court filings show the company paid its former finance chief $4 million.",
     "document", "reported", None),
    # Counted people are anonymous, and an aside saying they spoke unnamed makes them so.
    ("fr", "Deux enquêteurs, s'exprimant sous couvert d'anonymat, ont indiqué que la voiture "
           "piégée avait été assemblée dans un garage.", "anonymous", "reported", None),
    ("fr", "« On a tout perdu en vingt minutes », raconte un habitant du quartier inondé.",
     "anonymous", "reported", None),
    ("fr", "Beaucoup, dans les milieux d'affaires, pensent que l'accord sera probablement "
           "ratifié avant l'été.", "vague", "probable", None),
    ("en", '"We will open 300 stores in Asia next year," the company\'s chief executive told '
           "investors.", "named", "predicted", None),
    ("en", "Unless Congress raises the debt ceiling by early June, the Treasury will run out "
           "of money, the Treasury secretary told lawmakers.", "named", "hypothetical", None),
    # An answer is no negation.
    ("en", "Voters in the canton said no to the motorway expansion in Sunday's referendum.",
     "unattributed", "asserted", None),
])
def test_constructions_from_the_second_blind_set(lang: str, text: str, kind: str,
                                                 certainty: str, content: str | None) -> None:
    claims, _ = read(("paragraph", text), language=lang)
    claim = claims[0]
    assert (claim.source.kind, claim.certainty) == (kind, certainty), claim
    if content is not None:
        assert claim.text == content


def test_a_relative_clause_reports_its_antecedents_words_and_the_sentence_is_the_outlets() -> None:
    claims, _ = read(("paragraph", "The governor, who said last month that the state had "
                                   "enough water, has now ordered rationing in 14 counties."),
                     language="en")
    outlet, governor = claims
    assert (outlet.source.kind, outlet.certainty) == ("unattributed", "asserted")
    assert governor.text == "the state had enough water"
    assert (governor.source.kind, governor.source.text) == ("named", "The governor")
    assert governor.certainty == "reported"


THIRD_BLIND: list[tuple[str, str, str, str]] = [
    # A subordinate clause first; "confier avoir" reports; the pronoun is the person named.
    ("fr", "Quand nous avons rencontré Annick Le Goff dans son exploitation de Loudéac, elle nous "
           "a confié avoir vendu la moitié de son troupeau en deux ans.", "named", "reported"),
    # A name set off after the source is part of it.
    ("fr", "Selon le sélectionneur, Thierry Moreau, le capitaine sera sans doute forfait pour le "
           "match de samedi.", "named", "probable"),
    # A body the entity reader took for a person.
    ("en", "Fitch Ratings estimated the cost of the strike to the carmaker at between $1.5 "
           "billion and $2 billion.", "institution", "estimate"),
    # Unnamed people by their job, counted or not, with an anonymity aside.
    ("fr", "Trois salariés de l'usine, qui ont souhaité garder l'anonymat, racontent que les "
           "alarmes incendie étaient régulièrement désactivées la nuit.", "anonymous", "reported"),
    ("fr", "Selon un cadre d'Île-de-France Mobilités cité par Le Parisien, la nouvelle ligne "
           "ouvrira au public avant les fêtes.", "anonymous", "predicted"),
    # A verb of saying with a noun object; "Pour X," gives X's view.
    ("fr", "De nombreux commerçants du centre-ville dénoncent une baisse de leur chiffre "
           "d'affaires.", "vague", "reported"),
    ("fr", "Pour les spécialistes de la cybersécurité, l'attaque contre le réseau du CHU porte la "
           "signature d'un groupe russophone.", "vague", "reported"),
    ("en", "Industry analysts attribute the slump in chip orders to a glut of inventory.",
     "vague", "reported"),
    # A question someone asks is a hypothesis.
    ("fr", "Plusieurs élus de l'agglomération se demandent si le tramway pourra être mis en "
           "service en 2027.", "vague", "hypothetical"),
    # Documents by their head noun.
    ("fr", "D'après le jugement, dont Le Parisien a obtenu copie, l'ancien trésorier a détourné "
           "près de 90 000 euros.", "document", "reported"),
    ("en", "According to the indictment unsealed in Brooklyn federal court on Thursday, the two "
           "men laundered more than $40 million.", "document", "reported"),
    ("en", "An internal review found no evidence that the officers had used excessive force.",
     "document", "denied"),
    # A subject the parser lost; a title by office or profession.
    ("fr", "Devant le tribunal correctionnel de Béthune, Karim B., 43 ans, a nié avoir consommé "
           "de l'alcool avant l'accident.", "named", "denied"),
    ("en", "Speaking to analysts on an earnings call, the company's chief financial officer said "
           "it will close 40 branches by the end of the year.", "named", "predicted"),
    ("en", "The former chief executive, Richard Hale, has denied any knowledge of the "
           "irregularities, his lawyer said.", "named", "denied"),
    # A negation by a phrase; a condition by inversion.
    ("en", '"At no point did we mislead regulators," the chief executive, Laura Chen, told the '
           "committee.", "named", "denied"),
    ("en", "Should the league approve the sale, the new owner would keep the team in Winnipeg, "
           "team president Mark Dubois said.", "named", "hypothetical"),
    # A passive confirmation is the agent's.
    ("en", "The closure of the plant's night shift was confirmed on Wednesday by the company, "
           "which cited weak demand.", "institution", "reported"),
    ("en", "The utility warned customers that outages could last into next week.",
     "institution", "possible"),
]


FOURTH_BLIND: list[tuple[str, str, str, str]] = [
    # A day after the verb is not its inverted subject; "du jamais vu" and "plus de"
    # deny nothing.
    ("fr", "« Nous avons reçu plus de 4 000 dossiers en une semaine, du jamais vu », a expliqué "
           "lundi Sophie Marchand, directrice de la caisse.", "named", "reported"),
    # A French future the tagger read as a present.
    ("fr", "« Nous ouvrirons une deuxième chaîne de production à Dunkerque en 2027 », a annoncé "
           "jeudi le PDG du groupe, Antoine Ferrand.", "named", "predicted"),
    # An infinitive the parser hung on a noun between.
    ("fr", "L'ancien sénateur Jacques Morvan a nié mardi devant les enquêteurs avoir perçu la "
           "moindre commission.", "named", "denied"),
    # An incise that cuts a clause in two inside the quote marks.
    ("fr", "« Le vaccin, assure la professeure Mathilde Caron, n'a provoqué aucun effet "
           "secondaire grave chez les volontaires. »", "named", "denied"),
    ("fr", "“Les pompiers ont mis plus d'une heure à arriver”, témoigne un riverain, encore sous "
           "le choc.", "anonymous", "reported"),
    ("fr", "Des salariés de l'entrepôt, qui témoignent sous couvert d'anonymat, décrivent des "
           "cadences de plus en plus intenables.", "anonymous", "reported"),
    ("fr", "Selon plusieurs médias israéliens, l'armée aurait mobilisé deux nouvelles divisions.",
     "vague", "reported"),
    ("fr", "Pour de nombreux viticulteurs charentais, la surtaxe chinoise pourrait coûter des "
           "milliers d'emplois.", "vague", "possible"),
    ("fr", "Dans le peloton, on s'accorde à dire que l'étape se jouera sans doute dans la "
           "dernière ascension.", "vague", "probable"),
    ("fr", "À Saint-Julien-du-Verdon, des parents d'élèves s'interrogent : l'école du village "
           "rouvrira-t-elle à la rentrée ?", "vague", "hypothetical"),
    ("fr", "Selon l'arrêté préfectoral publié vendredi, la baignade sera interdite sur les "
           "plages.", "document", "predicted"),
    # The speaker's phrases hung on the content; "told" names who heard.
    ("en", "If ticket sales keep falling, the orchestra will have to cancel its autumn tour, its "
           "artistic director, Paul Kessler, told the Guardian.", "named", "hypothetical"),
    ("en", "The inspection report, obtained by the Star Tribune, found no structural defects in "
           "the garage.", "document", "denied"),
    ("en", "The startup allegedly used copyrighted novels to train its chatbot, according to the "
           "lawsuit filed in federal court.", "document", "reported"),
    # A report inside a relative clause leaves the sentence the outlet's.
    ("en", "The 74-year-old driver, who police said had suffered a medical episode at the wheel, "
           "was taken to hospital.", "unattributed", "asserted"),
]


FIFTH_BLIND: list[tuple[str, str, str, str]] = [
    # An incise read by its form when the tagger missed the verb; "elle" is the person named.
    ("fr", "Arrivée à Calais en 2019, Amina Diallo a attendu quatorze mois avant d'obtenir un "
           "rendez-vous à la préfecture, raconte-t-elle.", "named", "reported"),
    # One unnamed person by their job, whoever employs them.
    ("fr", "« Personne ne nous a prévenus de la fermeture du service », assure une aide-soignante "
           "de l'hôpital de Guingamp, sous couvert d'anonymat.", "anonymous", "denied"),
    ("en", '"The water came up to the windowsills in less than ten minutes," said a woman who '
           "lives on the ground floor.", "anonymous", "reported"),
    ("fr", "Un chauffeur de la compagnie et deux passagers interrogés par Ouest-France décrivent "
           "un car « lancé à pleine vitesse » dans le virage.", "anonymous", "reported"),
    # An aside after the source is the outlet's, not more of the report.
    ("fr", "Une cinquantaine de jihadistes auraient été tués mardi près de Tombouctou, selon des "
           "sources sécuritaires, l'armée malienne n'ayant communiqué aucun bilan.",
     "anonymous", "reported"),
    ("fr", "Dans un communiqué, la laiterie Verdier, installée à Vitré, affirme qu'aucun lot "
           "contaminé n'a été distribué hors de Bretagne.", "institution", "denied"),
    ("fr", "Le cahier des charges de l'appel d'offres prévoit que le nouveau centre aquatique "
           "ouvrira au public en septembre 2027.", "document", "predicted"),
    ("fr", "Le rapport de l'IGPN, consulté par Libération, ne retient aucun manquement des "
           "policiers lors de l'interpellation.", "document", "denied"),
    # A modal over an intention leaves it possible.
    ("fr", "Une note de la DGSI citée par Le Figaro avertit que des groupuscules pourraient "
           "chercher à perturber les commémorations.", "document", "possible"),
    ("en", "Many in the party believe the leadership contest will likely be settled before the "
           "autumn conference.", "vague", "probable"),
    ("en", "Should the dam fail, water would reach the town within an hour, according to the "
           "state's emergency plan.", "document", "hypothetical"),
]


SIXTH_BLIND: list[tuple[str, str, str, str]] = [
    # "faire savoir", "faire valoir": a verb and its infinitive say; a lost clause after "que".
    # (Contesting the facts denies them, as "nie les faits" does: "denied" since session 24,
    # when "conteste" got its verb's lemma.)
    ("fr", "Mis en examen pour favoritisme, le maire de Saint-Cyprien, Alain Ferrer, conteste "
           "les faits, a fait savoir son avocat.", "named", "denied"),
    ("fr", "Le parquet de Marseille a ouvert une enquête pour homicide volontaire après la "
           "découverte d'un corps, a-t-il fait savoir samedi.", "institution", "reported"),
    ("fr", "Le ministre de l'Économie a fait valoir lundi que la hausse de la TVA rapporterait "
           "quelque 400 millions d'euros par an.", "named", "reported"),
    # The inverted subject read by its place, past a day and a prepositional phrase.
    ("fr", "Il n'est pas exclu que la croissance soit nulle au troisième trimestre, a averti "
           "mercredi la Banque de France.", "institution", "possible"),
    ("fr", "« Une provocation délibérée », a réagi mardi Pékin après le passage d'un destroyer "
           "dans le détroit.", "institution", "reported"),
    ("fr", "« Depuis l'ouverture de la déviation, je vois passer trois fois moins de clients », "
           "soupire Thierry Vayssier derrière le comptoir.", "named", "reported"),
    # "a assuré que" is a past tense, not a participle clause leaving the rest to the outlet.
    ("fr", "Interrogée sur France Inter, la ministre de la Culture a assuré qu'« aucune "
           "fermeture » de conservatoire n'était envisagée.", "named", "denied"),
    ("fr", "Les Forces de soutien rapide ont revendiqué lundi la prise de la ville d'El-Fasher.",
     "institution", "reported"),
    ("fr", "Pour nombre d'observateurs à Libreville, le référendum sera sans doute repoussé à "
           "l'an prochain.", "vague", "probable"),
    ("en", "AAA estimates that a record 73 million Americans will drive at least 50 miles over "
           "the holiday.", "institution", "estimate"),
]


SEVENTH_BLIND: list[tuple[str, str, str, str]] = [
    # A participle the parser hung on the speaker's noun leaves nothing to the outlet.
    ("en", "The former Hamilton County treasurer, Raymond Oakes, denied in court on Monday that "
           "he had moved $1.2 million into his own accounts.", "named", "denied"),
    # The incise after a quote: its noun is the speaker, not what was told.
    ("fr", "« On entendait les vitres exploser une à une », raconte un voisin, encore sous le "
           "choc, devant l'immeuble éventré.", "anonymous", "reported"),
    # A body whose name holds a document's noun.
    ("en", "The U.S. Census Bureau estimates that the population of Texas grew by about 560,000 "
           "people.", "institution", "estimate"),
    # The inverted subject after a day; a negation inside the quote.
    ("fr", "« Je n'ai jamais demandé le départ de mon capitaine », a assuré samedi "
           "l'entraîneur du Stade rennais.", "named", "denied"),
]


EIGHTH_BLIND: list[tuple[str, str, str, str]] = [
    # Fears make what is feared possible, with a clause or a noun; expectations probable.
    ("fr", "Les maraîchers de la vallée craignent que la crue ne détruise leurs serres.",
     "vague", "possible"),
    ("fr", "On redoute une nouvelle vague de licenciements chez le sous-traitant.",
     "vague", "possible"),
    ("fr", "Dans l'opposition, on s'attend à une rentrée sociale agitée.", "vague", "probable"),
    ("en", "Farmers fear a second dry summer in a row.", "vague", "possible"),
    # Estimates with a range, a figure the parser took for the object, or no digits.
    ("fr", "La préfecture estime entre 3 000 et 4 000 le nombre de manifestants.",
     "institution", "estimate"),
    ("fr", "Plusieurs économistes estiment à plus de 2 % le recul du PIB.", "vague", "estimate"),
    ("fr", "On évalue à plusieurs milliers le nombre de foyers privés d'électricité.",
     "vague", "estimate"),
    # Questions read after the verb of asking, also when the parser loses the clause.
    ("fr", "Des chercheurs se demandent si le glacier survivra à la décennie.",
     "vague", "hypothetical"),
    ("fr", "La gendarmerie s'interroge sur l'origine de l'incendie.", "institution",
     "hypothetical"),
    ("en", "Economists have long debated whether tariffs protect jobs.", "vague", "hypothetical"),
    # A seat of power is its institution, also when the entity reader took it for a person.
    ("fr", "Matignon a démenti toute hausse de la TVA.", "institution", "denied"),
    # Uncounted witnesses and researchers are vague.
    ("fr", "Selon des témoins, la voiture roulait à très vive allure.", "vague", "reported"),
    # Verbs of saying with a noun object the parser hung elsewhere, and promises of things.
    ("fr", "Des commerçants du centre dénoncent depuis l'été des loyers exorbitants.",
     "vague", "reported"),
    ("fr", "Le groupe rebelle a revendiqué dimanche, dans un communiqué, l'enlèvement.",
     "institution", "reported"),
    ("fr", "La députée Anne Morel a promis mardi la réouverture de la gare.", "named",
     "predicted"),
    ("en", "The governor promised a full inquiry into the flooding.", "named", "predicted"),
    # A subject set off by commas before the verb is no inverted speaker.
    ("fr", "La mère de la victime, Nadia B., a regretté « le silence » de la direction.",
     "named", "reported"),
    # "beaucoup de" the parser made an adverb; an insertion before "si"; the reflexive
    # pronoun of an incise is not the speaker, and a question in quote marks is one.
    ("fr", "Dans la vallée, beaucoup d'éleveurs craignent que la sécheresse puisse durer.",
     "vague", "possible"),
    ("fr", "Beaucoup se demandent, à gauche comme à droite, si la loi passera.", "vague",
     "hypothetical"),
    ("fr", "« Qui va payer ? », s'interroge la présidente du syndicat, Marie Le Gall.",
     "named", "hypothetical"),
    # "au pouvoir" is a noun: nothing possible about it.
    ("fr", "Le parti au pouvoir a remporté dimanche les élections locales.", "unattributed",
     "asserted"),
]

NINTH_BLIND: list[tuple[str, str, str, str]] = [
    # A capital speaking is its government, also when the entity reader missed it.
    ("en", "Kyiv said the convoy had been hit by a Russian drone.", "institution", "reported"),
    # The inverted subject the parser called a complement; a defendant is one person.
    ("fr", "« Je n'ai rien vu », a assuré le prévenu devant le tribunal, les yeux baissés.",
     "named", "denied"),
    # Fears told in an infinitive (reported since session 31: a fear told by a verb of
    # saying is what is said, as 18 of 27 such lines of the page sets read; a fear alone
    # stays possible); a conditional the tagger took for an imperfect.
    ("fr", "Des infirmières disent craindre pour la sécurité des patients.", "vague",
     "reported"),
    ("fr", "La ministre Claire Dubois a promis que la maternité ouvrirait en mars.", "named",
     "predicted"),
    ("en", "Senator Ann Marsh predicted that the measure would pass easily.", "named",
     "predicted"),
    # Rejections of reports deny them; "believed to" hedges; "not clear whether" asks.
    ("en", "The ministry dismissed reports of a coup as propaganda.", "institution", "denied"),
    ("en", "The gunman is believed to have fled the country, two police sources said.",
     "anonymous", "probable"),
    ("en", "It was not immediately clear whether the talks would resume.", "unattributed",
     "hypothetical"),
    # A conditional copula: the parser makes the noun the root.
    ("fr", "L'attaquant serait dans le viseur de plusieurs clubs anglais.", "unattributed",
     "reported"),
    # Phrases of saying with a prepositional object; forecasts and plans with a condition.
    ("fr", "Le maire, Paul Rivière, a fait état lundi de trois blessés légers.", "named",
     "reported"),
    ("fr", "Des parents se plaignent depuis la rentrée de classes surchargées.", "vague",
     "reported"),
    ("fr", "Météo-France prévoit un hiver plus doux que la normale.", "institution", "predicted"),
    ("fr", "Le plan de prévention prévoit la fermeture du pont si la crue dépasse six mètres.",
     "document", "hypothetical"),
    # A company name ending in a business word is a body.
    ("fr", "Nordvik Industries a démenti tout projet de fermeture.", "institution", "denied"),
    # The inverted speaker past an insertion between commas; an incise inside the
    # sentence is no subject-verb-object.
    ("fr", "« Nous tiendrons », a assuré jeudi, devant les grévistes, le maire de Brest, "
           "Marc Tanguy.", "named", "predicted"),
    ("fr", "Le chiffre d'affaires, a précisé la directrice financière, Anne Roy, a doublé.",
     "named", "reported"),
    # "citing" a reason is no source; "citing" sources is.
    ("en", "The coach announced his retirement on Monday, citing family reasons.", "named",
     "reported"),
    ("en", "The convoy turned back, the agency reported, citing two border officials.",
     "anonymous", "reported"),
    ("en", "Prices will keep rising into the spring, the central bank signaled on Friday.",
     "institution", "predicted"),
    # "le risque de" is a noun; a past's future deep in the content tells no future.
    ("fr", "Le tabac augmenterait le risque de cancer, selon une étude de l'Inserm.",
     "document", "reported"),
    ("fr", "Un ouvrier affirme que la direction savait que l'usine allait fermer.",
     "anonymous", "reported"),
    ("fr", "L'armée a annoncé qu'elle allait étendre ses opérations au nord.", "institution",
     "predicted"),
    # A name set off just before the verb is its subject, wherever the parser hung it.
    ("fr", "Auditionnée jeudi par les députés, l'ex-directrice du centre, Lucie Marchal, a "
           "reconnu avoir reçu les alertes dès 2021.", "named", "reported"),
    # Set 14's first run, fixed by general rules (the set stays as it was written).
    # A participle qualifying a noun is no verb of saying; "Pour" + a title and a name.
    ("fr", "Le texte devrait être adopté, après un vote final prévu en juin.", "unattributed",
     "probable"),
    ("fr", "Pour l'historienne Claire Moulin, la crise pourrait durer.", "named", "possible"),
    # Quoted titles after a noun of a work hedge and deny nothing.
    ("fr", "Le film « Personne ne reviendra » a attiré 300 000 spectateurs.", "unattributed",
     "asserted"),
    ("en", 'His memoir, "Never Again," sold 50,000 copies in a week.', "unattributed",
     "asserted"),
    # "n'est pas écartée" is not ruled out; a club is a body.
    ("fr", "Selon un policier, la piste accidentelle n'est pas écartée.", "anonymous",
     "possible"),
    ("fr", "L'Olympique lyonnais a démenti tout accord avec le joueur.", "institution",
     "denied"),
    # A passive estimate with its agent; an announced future is a forecast (three blind
    # sets agree; one development label changed to it).
    ("fr", "Le nombre de sinistrés est estimé à 2 000 par la préfecture.", "institution",
     "estimate"),
    ("en", "The ministry announced it would reopen the border.", "institution", "predicted"),
    # An intention heading what is said; a negated instruction denies nothing.
    ("en", "The mayor said she plans to run again.", "named", "predicted"),
    ("en", "A guard said inmates were told not to speak to reporters.", "anonymous", "reported"),
    # Set 15's two unsafe claims, fixed after its held-out first run: a broadcaster's
    # name the tagger split into a name and a verb; a denial verb tagged an adverb.
    ("fr", "« C'est une erreur », a estimé lundi sur Radio Classique le sénateur de l'Orne "
           "Paul Girard.", "named", "reported"),
    ("fr", "Un proche de la ministre dément qu'elle ait songé à démissionner.", "anonymous",
     "denied"),
    # A verbless line with a figure or a source still states something.
    ("fr", "Inondations : au moins 12 morts dans le sud du pays, selon la protection civile",
     "institution", "reported"),
]


TENTH_BLIND: list[tuple[str, str, str, str]] = [
    # Set 16's two misses: a refusal to speak is the outlet's fact, whatever the verb of
    # will ("souhaité s'exprimer", "want to comment"); a fire service is a body.
    ("fr", "Joint par téléphone, le directeur du site n'a pas souhaité s'exprimer.",
     "unattributed", "asserted"),
    ("en", "The company did not want to comment on the report.", "unattributed", "asserted"),
    ("en", "The senator would not elaborate.", "unattributed", "asserted"),
    ("fr", "Aucun blessé n'est à déplorer, selon le service départemental d'incendie et de "
           "secours du Var.", "institution", "denied"),
    ("fr", "Selon les pompiers, le feu a parcouru 300 hectares.", "institution", "reported"),
    # What PolNeAR's misses showed: a negative word inside a subject clause denies
    # nothing; a pledge refused is none; a poll cited is the speaker's evidence.
    ("en", "He claimed that paying no income taxes was smart.", "unattributed", "reported"),
    ("en", "The governor said the plan would work, citing a poll from May.", "named",
     "predicted"),
    # The tagger's futures: a conditional it calls a future tells what is to come;
    # "comprends" is none.
    ("fr", "Le maire a affirmé que les travaux seraient terminés en juin.", "named",
     "predicted"),
    ("fr", "« Je comprends les chauffeurs », soupire Maëlle Le Goff, lycéenne.", "named",
     "reported"),
    # A quote whose sentence names someone inside the marks: the speaker is after them.
    ("fr", "« Nos gars sont à la maison. Parmi eux, des soldats qui ont défendu Marioupol », "
           "a écrit le président ukrainien, Volodymyr Zelensky, sur Telegram.", "named",
     "reported"),
    # A relative clause the parser hung on the verb of saying says nothing said.
    ("fr", "« Je viens à chaque échange », a confié à l'AFP Olena, 54 ans, dont le fils a "
           "été fait prisonnier.", "named", "reported"),
    # Another's aim told by someone is reported; a plan in a document is a forecast.
    ("fr", "Des observateurs estiment que la junte cherche à gagner du temps.", "vague",
     "reported"),
    # A pronominal verb of saying the tagger took for an adjective; a title and its name.
    ("fr", "« Les patients prendront des risques », s'inquiète Gwenaëlle Rouxel, "
           "infirmière.", "named", "predicted"),
    ("fr", "« Il faudra deux ans », estime l'ingénieur en chef du département, Thierry "
           "Lemaire.", "named", "predicted"),
    # Set 17's two unsafe claims, fixed after its held-out first run: a judgement with a
    # quoted adjective before its object; an estimate verb the tagger took for a noun.
    ("fr", "La ministre des Armées, Claire Vasseur, a jugé « disproportionnées » les "
           "représailles annoncées dimanche.", "named", "reported"),
    ("fr", "Le président de la commission, Marc Aubert, chiffre à près de 8 milliards "
           "d'euros le manque à gagner pour les régions.", "named", "estimate"),
    # Set 18 (whole pages), first run: an idiom reports nothing ("trouvé la mort"); the
    # places in a name's apposition are not who speaks; an estimate's figure hung on an
    # adverbial; "reprocher à X d'avoir" (also fixes set 8's unsafe "reproche à");
    # rejecting criticism denies it; uncounted officials are vague; a clitic speaks
    # whatever follows it; "tout va bien" tells no future.
    ("fr", "Trois randonneurs ont trouvé la mort dans l'avalanche, a indiqué la préfecture "
           "de Savoie.", "institution", "reported"),
    ("en", "Okafor, the world champion in Tokyo, denied ever taking a banned substance.",
     "named", "denied"),
    ("fr", "L'adjoint aux finances, Paul Marchand, estime au contraire à près de 2 millions "
           "d'euros le déficit de la ville.", "named", "estimate"),
    ("fr", "Le parquet reproche à l'ancien trésorier d'avoir détourné 80 000 euros.",
     "institution", "reported"),
    ("fr", "La maire, Sophie Tanguy, a rejeté ces critiques.", "named", "denied"),
    ("en", "Some Democratic officials blamed the defeat on the weather.", "vague", "reported"),
    ("fr", "« Ici, tout va bien », confie-t-elle, la main posée sur le comptoir.",
     "unattributed", "reported"),
    # What a document rules or finds, as its verb's subject, is the document's word (set
    # 18's last unsafe claim; also set 13's "L'arrêté préfectoral ... interdit").
    ("fr", "Une étude de l'Inserm parue en mai avait classé la commune parmi les plus "
           "polluées de France.", "document", "reported"),
    ("fr", "L'arrêté municipal interdit la baignade jusqu'à nouvel ordre.", "document",
     "reported"),
    ("fr", "Le rapport a été publié jeudi.", "unattributed", "asserted"),
    # "voir dans X « Y »" with the judgement lost in the quote marks (set 10's last unsafe).
    ("fr", "Nombre de parents d'élèves voient dans cette fermeture « un abandon pur et "
           "simple ».", "vague", "reported"),
    # Set 19 (pages, held out): what a prosecutor asks for is said ("a requis trente
    # ans"); "qui a requis l'anonymat" says how one speaks, not what.
    ("fr", "La procureure, Anne Lebrun, a requis douze ans de réclusion.", "named",
     "reported"),
    ("fr", "Un gendarme, qui a requis l'anonymat, affirme que la piste criminelle est "
           "privilégiée.", "anonymous", "reported"),
]


ELEVENTH_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 20 and 22. The French parser writes "nsubj:pass" for the subject of a
    # perfect with "avoir" and of a pronominal verb: they act, and speak.
    ("fr", "Le maire, Paul Vidal, a assuré qu'il n'avait « aucune intention » de partir.",
     "named", "denied"),
    ("fr", "La directrice, Anne Roux, s'est engagée à rouvrir le service en mars.", "named",
     "predicted"),
    # A body is "the office", not its title holder; a police force, an NHS trust speak as
    # bodies; uncounted people of a service are vague, not the service.
    ("en", "The sheriff's office said in a statement that it had ended the contract.",
     "institution", "reported"),
    ("en", "The force said the gang had used a stolen lorry.", "institution", "reported"),
    ("fr", "Plusieurs infirmières du service redoutent que l'unité ne ferme cet été.", "vague",
     "possible"),
    # "n'exclut pas, de son côté, une réorganisation": the object past an insertion.
    ("fr", "L'agence régionale de santé n'exclut pas, de son côté, une fermeture de nuit.",
     "institution", "possible"),
    # A negation, a denial or a hedge in a side clause is not the content's.
    ("en", "A person familiar with the talks said mediators had been contacted but that no "
           "meeting had been set.", "anonymous", "reported"),
    ("en", "The driver, who is not named in the complaint, is cooperating with police, "
           "according to two people familiar with the case.", "anonymous", "reported"),
    ("fr", "Selon la CGT, 70 % des salariés ont cessé le travail, un chiffre contesté par la "
           "direction.", "institution", "reported"),
    ("fr", "« Nous irons jusqu'au bout, mais nous ne céderons pas au chantage », a prévenu le "
           "ministre.", "named", "predicted"),
    ("en", "The hospital said staff were working hard and that patients should come forward "
           "if they needed care.", "institution", "reported"),
    # "whether" deep in the claim is no question; at its predicate it is.
    ("en", "Senator Ada Reyes said residents deserve to know whether the bid was fair.",
     "named", "reported"),
    ("en", "A person close to the owners said it was unclear whether the team would stay.",
     "anonymous", "hypothetical"),
    # A likelihood that something will not happen is still a likelihood.
    ("fr", "Le procès ne devrait pas s'ouvrir avant l'automne, selon une source judiciaire.",
     "anonymous", "probable"),
    # What the speaker says it will do is the speaker's plan.
    ("en", "The federation said it would respect the process.", "institution", "predicted"),
    ("en", "The trust said it was opening a winter ward next month.", "institution",
     "predicted"),
    # (and what anyone says is to come, told in the future of the past)
    ("en", "The minister said the plan would be presented in May.", "named", "predicted"),
    # Demands and recommendations are their speaker's word; a call to protest is an act.
    ("fr", "La CRE a recommandé jeudi une baisse de 8 % du tarif réglementé.", "institution",
     "reported"),
    ("fr", "La ministre a réclamé que le préfet prenne des mesures.", "named", "reported"),
    ("fr", "L'agence demande aux consommateurs de ne pas manger ces fromages.", "institution",
     "reported"),
    ("fr", "Le chef de l'opposition a appelé ses partisans à descendre dans la rue.",
     "unattributed", "asserted"),
    # Two prepositional phrases between the verb and "que"; a quote mark between the
    # article and the noun of an object; the inserted phrase before a participle's clause.
    ("fr", "Le directeur, Yann Morel, affirme au contraire à Ouest-France que l'agent avait "
           "été prévenu.", "named", "reported"),
    ("fr", "Le gérant, Paul Roux, a assuré à La Dépêche du Midi qu'aucun contrôle n'avait "
           "révélé de problème.", "named", "denied"),
    ("fr", "Le chanteur, Marc Olive, a dénoncé mercredi une « décision politique ».", "named",
     "reported"),
    ("fr", "« C'est une honte », a déclaré Jean Vignal à l'AFP, estimant que le scrutin était "
           "faussé.", "named", "reported"),
    ("fr", "« C'est une atteinte à la dignité », a dénoncé la contrôleuse générale, Claire "
           "Aubert, lors d'un point presse.", "named", "reported"),
    # A verb of saying inside a condition is part of the hypothesis.
    ("en", "If the second sample confirms the result, the runner faces a ban.", "unattributed",
     "hypothetical"),
    ("en", "If the minister says yes, the plant will close, the union said.", "institution",
     "hypothetical"),
    ("fr", "« Si le site ferme, c'est toute la vallée qui meurt », a prévenu le délégué "
           "syndical Fabrice Henne.", "named", "hypothetical"),
    # An apposition of the content is no part of the speaker who follows it.
    ("en", "An outbreak has grown to 34 cases, most of them in children, the state health "
           "department said Friday.", "institution", "reported"),
    # Idioms of certainty deny nothing; a modal in a relative clause hedges nothing.
    ("en", "\u201cThere will be more cases, there is no doubt about that,\u201d said Dr. Lena "
           "Park.", "named", "predicted"),
    ("fr", "Les gardes à vue, qui peuvent durer 96 heures, se poursuivaient mercredi soir.",
     "unattributed", "asserted"),
    ("fr", "L'agence régionale de santé estime à plusieurs milliers le nombre de personnes "
           "ayant pu consommer ces fromages.", "institution", "estimate"),
    # A relative clause set off after "selon X" belongs to the source.
    ("fr", "D'après une note interne, que s'est procurée La Voix du Nord, jusqu'à 200 emplois "
           "pourraient être supprimés.", "document", "possible"),
    # A closing "X show(s)" without a relative word is no relative clause; a headline's
    # closing "leaked memo warns".
    ("en", "The firm's agent is Dennis Hale, who ran Brandt's campaign, state business "
           "filings show.", "document", "reported"),
    ("en", "Hospital 'could run out of beds by Christmas', leaked memo warns", "document",
     "possible"),
    ("en", "Some rivals have privately expressed surprise at the speed of his rise.", "vague",
     "reported"),
    # A past tense the tagger hung on the name as a participle; an infinitive past an
    # apposition or a relative clause; a request's negation or condition is part of it;
    # an infinitive inside a lost "que" clause is not the verb's.
    ("en", "Sea-Watch, a German rescue charity, accused the authorities of delaying their "
           "response.", "institution", "reported"),
    ("fr", "Il reproche à son rival, le maire de Bergerac Éric Lassagne (divers centre), "
           "d'avoir financé sa campagne.", "unattributed", "reported"),
    ("fr", "La DGAL demande aux consommateurs qui en détiendraient de ne pas les consommer.",
     "institution", "reported"),
    ("fr", "Le gouverneur de la région, Serhiy Lysenko, a affirmé sur Telegram qu'aucune "
           "victime n'était à déplorer.", "named", "denied"),
    ("fr", "Le député Guillaume Perrot se demande si l'État a les moyens de financer ce "
           "chantier.", "named", "hypothetical"),
    # Page set 23: who was told is skipped before "that"; "n'exclut aucune piste" leaves
    # all open; a body in apposition to a name; a report documents; questions by their
    # word, inside quote marks too, hold their negation.
    ("en", "Chief executive Fiona Marsh told analysts on a call that the losses reflected a "
           "few large loans.", "named", "reported"),
    ("fr", "Le procureur, Julien Farge, n'exclut « aucune piste ».", "named", "possible"),
    ("en", "Calder Ridge, a London brokerage, estimated that the provisions would cut one "
           "point from the ratio.", "institution", "estimate"),
    ("en", "A report by the UN refugee agency documented 540 pushback incidents.", "document",
     "reported"),
    ("fr", "Selon l'accusation, ses hommes ont tué au moins 94 civils.", "institution",
     "reported"),
    ("fr", "Le groupe a perdu 87 millions d'euros, selon ses comptes annuels.", "document",
     "reported"),
    ("fr", "Le maire, Yann Le Bras, se demande « comment garder des familles sans école ».",
     "named", "hypothetical"),
    ("en", "Residents asked why the plant had not been inspected.", "vague", "hypothetical"),
    # What is counted is what is rejected; a participle on the charges is no content;
    # what a report describes, told in the passive, is the report's.
    ("fr", "L'accusé, âgé de 51 ans, a rejeté l'ensemble des chefs d'accusation retenus "
           "contre lui.", "named", "denied"),
    ("en", "The former mayor rejected all of the charges against him.", "named", "denied"),
    ("fr", "Des massacres avaient été décrits en 2015 dans un rapport de la mission de l'ONU.",
     "document", "reported"),
    # A one-word name after a body's noun, or an acronym heading the phrase, is a body the
    # entity reader took for a person; a title keeps a person a person.
    ("en", "Telecom operator Norvale says hackers stole the data of 2 million customers.",
     "institution", "reported"),
    ("en", "The Dutch NCSC said it was assisting the company.", "institution", "reported"),
    ("en", "Union official John Smith said the strike would go ahead.", "named", "predicted"),
    ("fr", "Le délégué CGT de l'hôpital, Patrick Lenoir, affirme que dix postes sont vacants.",
     "named", "reported"),
    # What is charged holds its negation; a closing quote mark or a participle after a
    # noun is no reason to lose an inserted speaker.
    ("fr", "Des habitants accusent la mairie de ne pas avoir déclenché l'alerte.", "vague",
     "reported"),
    ("en", "Critics accused the city of not warning residents.", "vague", "reported"),
    ("fr", "« Nous n'avons reçu aucun message », raconte une retraitée rencontrée devant sa "
           "porte éventrée.", "anonymous", "denied"),
    # Set 21 (pages, held out), fixed after its one run: a relative clause after the
    # inverted speaker says who she is; a present the tagger took for a participle still
    # inverts its subject; a condition's mark is not the verb's across a comma.
    ("fr", "« On revient vingt ans en arrière », raconte une infirmière des urgences qui a "
           "requis l'anonymat.", "anonymous", "reported"),
    ("fr", "Si aucune trêve n'est conclue d'ici à juin, la famine pourrait s'étendre, avertit "
           "le Programme alimentaire mondial.", "institution", "hypothetical"),
    # "dément" tagged as an adjective or an adverb: a denial still, its speaker the noun
    # phrases set off before it; the adjective ("un comportement dément") is none.
    ("fr", "Néotel : l'opérateur dément tout piratage de ses serveurs", "institution",
     "denied"),
    ("fr", "Accusé de népotisme, le maire de Montrevel, Alain Ferrand, dément", "named",
     "denied"),
    ("fr", "Le ministre dément toute hausse d'impôts.", "named", "denied"),
    ("fr", "Un comportement dément a été observé chez le suspect.", "unattributed",
     "asserted"),
    # A clause the parser cut in two at a participle runs on; a closing "X estimates".
    ("en", "A study found that the area burned each year in the West could double by 2050.",
     "document", "possible"),
    ("en", "The plan will cost £1.2bn over three years, the Treasury estimates.",
     "institution", "estimate"),
    # A verbless line with a number in words states something.
    ("fr", "Manche : au moins quatre migrants morts lors d'une traversée", "unattributed",
     "asserted"),
    # A headline's quote, a colon, then its speaker saying it.
    ("fr", "« Je n'ai jamais menti » : le maire de Lens, Paul Vidal, se défend devant le "
           "conseil", "named", "denied"),
    # A participle of a paper's name between the verb and "que" ("au Dauphiné libéré").
    ("fr", "Le gérant, Denis Morel, a assuré au Dauphiné libéré que la panne venait « très "
           "probablement » d'un câble.", "named", "probable"),
]


TWELFTH_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 25 and 26 (session 9), in sentences of our own.
    # A name in capitals that nobody linked is a body's acronym.
    ("fr", "Le FDLR a démenti toute attaque contre les civils.", "institution", "denied"),
    # "l'instance", "le collectif": bodies.
    ("fr", "Le contrôle a eu lieu en juillet, a précisé l'instance dans un communiqué.",
     "institution", "reported"),
    ("fr", "Le collectif Rivières Vivantes estime que la digue pourrait céder.", "institution",
     "possible"),
    # A negated verb of comment is no answer: the outlet's fact.
    ("fr", "Contacté par l'AFP, le ministère n'a pas réagi jeudi.", "unattributed", "asserted"),
    ("en", "Reuters could not independently verify the footage.", "unattributed", "asserted"),
    ("en", "The ministry declined to say how many soldiers had been wounded.", "unattributed",
     "asserted"),
    ("fr", "La préfecture n'a pas souhaité préciser si d'autres sites étaient visés.",
     "unattributed", "asserted"),
    # "citing" a reason is no source.
    ("en", "The airline cancelled 40 flights on Friday, citing staff shortages at two "
           "airports.", "unattributed", "asserted"),
    # A document's noun heads what speaks ("la délibération", "an investigation").
    ("fr", "Selon la délibération publiée jeudi, la société a conservé les données.",
     "document", "reported"),
    ("en", "The bank misled investors, according to an investigation published by a "
           "financial website.", "document", "reported"),
    # The participle the parser made the root carries the speaker ("s'exprimant sous
    # couvert d'anonymat, juge que" with "juge" tagged as a noun).
    ("fr", "Un diplomate européen, s'exprimant sous couvert d'anonymat, juge que l'accord "
           "« pourrait ne pas tenir ».", "anonymous", "possible"),
    # An inserted phrase between the auxiliary and the participle ("a de son côté promis").
    ("fr", "Le ministre a de son côté promis de « revoir sa copie » avant l'été.", "named",
     "predicted"),
    # "juger X Y": a judgement with its object, in quote marks or not.
    ("fr", "La Cour des comptes juge l'objectif de 2030 « hors d'atteinte ».", "institution",
     "reported"),
    ("fr", "Le rapport juge également « probable » un nouveau retard du chantier.",
     "document", "probable"),
    # A poll "gives" a result; a document that the parser made the root still speaks.
    ("fr", "Un sondage Ifop réalisé pour Ouest-France donnait le maire sortant gagnant avec "
           "54 % des voix.", "document", "reported"),
    ("fr", "Le document, que Libération a pu consulter, décrit une gestion « opaque » des "
           "fonds.", "document", "reported"),
    # A closing inserted phrase says everything before it; "l'un d'eux" is one unnamed source.
    ("fr", "Le texte prévoirait un retrait des troupes sous dix jours, a précisé l'un d'eux.",
     "anonymous", "reported"),
    # A denial told ("rejects the allegations") is a denial.
    ("en", "His lawyer said her client rejects the allegations and will cooperate with "
           "investigators.", "named", "denied"),
    # An estimate "at £40bn": a figure with digits in a word.
    ("en", "The Department for Transport estimated the cost of the line at £12bn.",
     "institution", "estimate"),
    # The future of a second clause is not the claim's.
    ("en", "Tom Reyes said: \u201cCrews have worked through the night, and we will keep "
           "going.\u201d", "named", "reported"),
    # Possible, not denied: a negation in a clause of reason is not the claim's.
    ("en", "Dr. Amy Lin said it was possible that more cases would be found, as some "
           "patients may not have come forward.", "named", "possible"),
    # A condition opening the quote: the negation is part of the hypothesis.
    ("fr", "« Si rien ne change d'ici l'été, les clubs ne pourront plus payer leurs joueurs », "
           "a averti Marc Duval.", "named", "hypothetical"),
    # A verb inside quote marks is what is said, and the inserted phrase after the quote
    # says who ("« ... n'a été établi », a toutefois précisé X").
    ("fr", "« À ce stade, aucun lien n'a été établi entre les deux affaires », a toutefois "
           "précisé Claire Monnier, porte-parole de la préfecture.", "named", "denied"),
    # Fear with an infinitive: the fearing people's possibility.
    ("fr", "Certains éleveurs qui livrent la coopérative craignent de devoir abattre leurs "
           "bêtes.", "vague", "possible"),
    # A title with a relative clause of anonymity is anonymous.
    ("fr", "Le vice-président chargé des finances, qui a requis l'anonymat, explique avoir "
           "gelé les recrutements.", "anonymous", "reported"),
    # "d'après-midi" is no "d'après".
    ("fr", "L'euro a peu réagi et s'échangeait à 1,08 dollar en fin d'après-midi.",
     "unattributed", "asserted"),
    # Set 21 (held out), after its one run: the figure of an estimate past another "entre".
    ("fr", "Un analyste chiffre la perte potentielle pour la ville à environ 3 millions "
           "d'euros, entre loyers et taxes.", "anonymous", "estimate"),
    # A figure told roughly is no hedge ("maybe ten minutes").
    ("en", "\u201cWe had maybe ten minutes to leave,\u201d said Ann Cole, 61.", "named",
     "reported"),
    # "declared a state of emergency" is an act; "The Port Authority" a body; an
    # apposition ending in "Analytics" does not make its person a company.
    ("en", "Gov. Ann Cole declared a state of emergency on Tuesday.", "unattributed",
     "asserted"),
    ("en", "The Port of Dover Authority said traffic was running normally.", "institution",
     "reported"),
    ("en", "Prices may rise further, said Tom Reyes, an analyst at Northgate Analytics.",
     "named", "possible"),
    # "have linked X to" is a finding said by whoever linked.
    ("en", "Security researchers have linked the group to at least 12 attacks.", "vague",
     "reported"),
    # "gagnerons" tagged as a conditional is a future by its ending.
    ("fr", "Anne Morel a déclaré : « Nous gagnerons cette élection ».", "named", "predicted"),
    # People speak for a body whose name hangs on them, not for a place they live in.
    ("fr", "Des riverains du quartier de la Croix-Rouge affirment avoir entendu des tirs.",
     "vague", "reported"),
    ("fr", "Des experts de l'ONU estiment que la sécheresse menace trois régions.",
     "institution", "reported"),
    ("en", "Analysts at the consultancy Cornwall Insight said prices were likely to rise.",
     "institution", "probable"),
    ("en", "Political analysts in Kyiv say turnout is likely to fall.", "vague", "probable"),
    # Bodies uncounted and unnamed are vague; an acronym nobody linked is a body.
    ("fr", "Certains syndicats dénoncent une « casse organisée » des services publics.",
     "vague", "reported"),
    ("fr", "Les FDS ont démenti jeudi avoir bombardé le marché.", "institution", "denied"),
    # A judgement between the verb and its clause; an expectation held.
    ("fr", "L'entraîneur, Paul Roux, a jugé « probable » que son capitaine manque le match.",
     "named", "probable"),
    ("en", "Many economists expect the central bank to cut rates again in March.", "vague",
     "probable"),
    # A document's noun heads its phrase whatever name is in it; "susceptibles d'".
    ("fr", "Selon l'avis publié sur le site RappelConso, ces produits sont susceptibles d'être "
           "contaminés.", "document", "possible"),
    # The outlet as the agent of a participle does not make the memo its own.
    ("en", "The company plans to cut 900 jobs, according to an internal memo reviewed by this "
           "newspaper.", "document", "predicted"),
    # A remark set off at the end ("des faits susceptibles de ...") is no hedge of the claim.
    ("fr", "Un rapport accuse l'armée d'avoir bombardé des écoles, des faits susceptibles de "
           "constituer des crimes de guerre.", "document", "reported"),
]

THIRTEENTH_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 24, 27, 30 and 31 (session 10), in sentences of our own.
    # A verb the tagger took for an adjective or a noun, after its subject ("revendique",
    # lemma "revendiqu"), or a present it took for an infinitive ("anticipe").
    ("fr", "Le syndicat revendique « 60 % de grévistes » dans les lycées.", "institution",
     "reported"),
    ("fr", "Elle anticipe une reprise des ventes à la fin de l'été.", "unattributed",
     "predicted"),
    ("fr", "Marc Dulac conteste vigoureusement les accusations portées contre lui.", "named",
     "denied"),
    # Verbs of saying new to the lexicon, after a quote.
    ("fr", "« Les commandes reculent depuis six mois », analyse Julie Fabre, économiste chez "
           "Coface.", "named", "reported"),
    # An inverted verb of saying closing the sentence, tagged as a noun.
    ("fr", "Les petites communes seront les premières touchées, juge pour sa part "
           "l'Association des maires ruraux.", "institution", "predicted"),
    # A past tense whose auxiliary the parser made the root ("a de son côté relativisé").
    ("fr", "La préfecture a de son côté minimisé ces incidents, soulignant qu'aucun blessé "
           "n'était à déplorer.", "institution", "reported"),
    # The subject stressed by a pronoun ("L'accusé, lui, a toujours contesté").
    ("fr", "Le prévenu, lui, a toujours contesté toute participation au trafic.", "named",
     "denied"),
    # A request to someone, the infinitive far after the verb.
    ("fr", "Le procureur Paul Mény a demandé lundi au tribunal correctionnel de Rennes de "
           "prononcer une peine de deux ans.", "named", "reported"),
    # A phrase of saying with its preposition; a forecast by its phrase.
    ("fr", "Trois médecins légistes ont conclu à une mort accidentelle.", "anonymous",
     "reported"),
    ("fr", "Le transporteur table sur un retour à la normale lundi, a indiqué sa porte-parole, "
           "Anne Ricard.", "named", "predicted"),
    ("en", "\"The river is going to rise again tonight,\" the mayor told reporters.", "named",
     "predicted"),
    # Notes, videos and messages are documents.
    ("en", "Freight rates could double by June, according to a note to investors from Drewry.",
     "document", "possible"),
    ("en", "A video shared online showed soldiers firing at the crowd.", "document", "reported"),
    ("en", "A message posted on the union's account accused the firm of lying.", "document",
     "reported"),
    # "according to a person familiar with ..." is news with its source, not a note on it.
    ("en", "The bank will sell its Asian unit, according to a person familiar with the talks "
           "who was not authorized to speak publicly.", "anonymous", "predicted"),
    # The object the parser made the subject of its complement; "call for".
    ("en", "Beijing has repeatedly called the sanctions unlawful.", "institution", "reported"),
    ("en", "Some opposition lawmakers have called for a recount.", "vague", "reported"),
    ("fr", "Plusieurs collectifs de parents demandent la réouverture de l'école.", "vague",
     "reported"),
    # A verb taken for the noun its subject qualifies, before "that".
    ("en", "The Met Office forecast that temperatures would drop below zero by Friday.",
     "institution", "predicted"),
    # An inverted condition opening the sentence, whatever the parser hung it on.
    ("en", "Should talks fail, the union said, it would strike in March.", "institution",
     "hypothetical"),
    # A name given with its acronym is a body's; a relative clause is not the speaker's
    # name, unless it says the source is unnamed.
    ("en", "Network Rail Scotland (NRS) has warned that delays will last all week.",
     "institution", "predicted"),
    ("en", "One farmer in Kent, who asked not to be named, told Reuters that the crop had "
           "failed.", "anonymous", "reported"),
    # "X's sister, Tanya Bell": the name after the comma, not the family's.
    ("en", "Hart's brother, Tom Hart, told the BBC the verdict was a relief.", "named",
     "reported"),
    # An apposition and "de son côté" between the subject, the verb and its object.
    ("fr", "La CFDT, deuxième syndicat du pays, revendique de son côté « 40 % de grévistes ».",
     "institution", "reported"),
    # Who asked the source does not speak; a named spokesman is named.
    ("fr", "Des parents interrogés par Le Télégramme disent avoir attendu deux heures.",
     "vague", "reported"),
    ("en", "\"They came at dawn,\" said Maria Lopez, a spokeswoman for the Harbor Tenants "
           "Union, which called the protest.", "named", "reported"),
    # A relative clause between the subject and a verb the parser lost; an infinitive
    # after the verb is what is said, not who says it.
    ("fr", "Un surveillant de la prison, qui a requis l'anonymat, décrit des cellules "
           "« surpeuplées ».", "anonymous", "reported"),
    ("fr", "Une caissière du magasin, qui a requis l'anonymat, confie être « épuisée » après "
           "six mois de travail de nuit.", "anonymous", "reported"),
    # An object opening with a quote mark, after a verb that does not rule it out.
    ("fr", "La direction n'a pas exclu « des fermetures de sites » d'ici à 2027.", "institution",
     "possible"),
    # An inverted verb of saying the parser hung elsewhere, its speaker a notice.
    ("fr", "Les lots concernés ont été vendus en avril dans les magasins Lidl et Aldi, précise "
           "l'avis publié par la préfecture.", "document", "reported"),
]


FOURTEENTH_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 32, 33 and 35 (session 11), in sentences of our own.
    # An incise after a quote: any verb, then times, places and set-off phrases, then the
    # speaker, a title with the name set off after it.
    ("fr", "« Le chantier a pris six mois de retard », a regretté sur place le directeur des "
           "travaux de la métropole, Yann Le Bihan.", "named", "reported"),
    ("fr", "« Nos comptes sont sains », a assuré lors d'une réunion publique à Vannes la "
           "présidente du club, Maud Riou.", "named", "reported"),
    ("fr", "« Tout a été arraché en dix minutes », soupire, les yeux rougis, Paul Arnaud, "
           "maraîcher à Cavaillon.", "named", "reported"),
    ("fr", "« Aucun colis n'a été perdu », a martelé le porte-parole de la société, le "
           "commandant Luc Verdier.", "named", "denied"),
    ("fr", "« C'est une hausse de trop », fustige la Confédération paysanne, qui réclame un "
           "moratoire.", "institution", "reported"),
    # A negation in a clause that says what a noun is does not deny the quote.
    ("fr", "« Nous vivons une crise que nous n'avions jamais connue », a reconnu le directeur "
           "de l'hôpital, Marc Ollier.", "named", "reported"),
    # "ni ... ni" denies with its "ne"; "ne ... plus que" only restricts.
    ("fr", "Selon la préfecture, l'État n'envisage ni fermeture ni fusion des écoles.",
     "institution", "denied"),
    ("fr", "L'usine ne produit plus que 300 moteurs par mois.", "unattributed", "asserted"),
    # "contester" and "annoncer" with an infinitive.
    ("fr", "Le directeur de l'usine, Paul Briand, conteste avoir été informé de la fuite.",
     "named", "denied"),
    ("fr", "L'Autorité de la concurrence a annoncé mardi avoir infligé une amende de 3 millions "
           "d'euros au groupe.", "institution", "reported"),
    # The outlet's own reporter is the outlet; "pour aller travailler" tells no future (nor
    # does "pas le choix" deny: a constraint told, after a first clause that states).
    ("fr", "Des files d'attente se sont formées dès l'aube devant la mairie, a constaté notre "
           "correspondant.", "unattributed", "asserted"),
    ("fr", "« Je prends la voiture pour aller travailler, je n'ai pas le choix », confie une "
           "aide-soignante de Dax.", "anonymous", "reported"),
    # An inverted verb of saying after a plain comma, which the parser hung elsewhere.
    ("fr", "Une fuite de gaz serait à l'origine de l'explosion, avance GRDF, le gestionnaire "
           "du réseau, qui a dépêché des techniciens.", "institution", "reported"),
    ("fr", "Le budget prévoit 20 nouvelles classes, a détaillé en conseil l'adjointe à "
           "l'éducation, Inès Garnier.", "named", "reported"),
    # A subject with an apposition or a relative clause the parser lost before the verb.
    ("fr", "La région Occitanie, autorité organisatrice des transports, a de son côté assuré "
           "que les travaux seraient financés.", "institution", "predicted"),
    ("fr", "Un gendarme en poste dans une brigade de l'Ouest, qui a requis l'anonymat, décrit "
           "des équipes « épuisées ».", "anonymous", "reported"),
    # A subject, an inserted phrase, then its own verb: no incise in the predicate.
    ("fr", "Le prévenu, a précisé le procureur, Luc Marin, a reconnu les faits à l'audience.",
     "named", "reported"),
    # A body's pronoun in an incise followed by a participle's clause.
    ("fr", "La mutuelle fermera douze agences d'ici à 2026, a-t-elle annoncé mardi, en "
           "promettant des reclassements.", "institution", "predicted"),
    # Who was asked answers; the question is no one's claim.
    ("en", "Asked whether more layoffs might follow, one worker at the plant said the review "
           "was complete.", "anonymous", "reported"),
    # A contrast with "pas" and no "ne" denies nothing; "nothing but" is "only".
    ("fr", "« Ce festival, c'est d'abord une fête, pas une foire », a-t-elle rappelé.",
     "unattributed", "reported"),
    ("en", "\"He was holding nothing but a bag of bread,\" said Mary Otieno, his aunt.",
     "named", "reported"),
    # A subject with a relative clause and "de leur côté" before the verb of saying.
    ("fr", "Les Jeunes Agriculteurs, qui représentent les moins de 35 ans, dénoncent de leur "
           "côté un plan « déconnecté du terrain ».", "institution", "reported"),
    # An audit is a document.
    ("fr", "Selon un audit commandé par la région, la moitié des lycées présentent des "
           "défauts d'isolation.", "document", "reported"),
]

FIFTEENTH_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 36, 38 and 39 (session 12), in sentences of our own.
    # A wish or a negation that is not the claim's: another's wish inside a quote, a
    # negation in a clause of time or manner, a concession.
    ("fr", "« La direction veut nous faire signer un accord au rabais », a lancé à France "
           "Bleu Yannick Morel, délégué syndical.", "named", "reported"),
    ("fr", "La grève sera reconduite « tant que la direction n'aura pas rouvert le dialogue », "
           "a prévenu Nadia Ferhat.", "named", "predicted"),
    ("fr", "La mairie indique que deux contrôles ont eu lieu cet été, sans qu'aucun ne relève "
           "d'anomalie.", "institution", "reported"),
    ("en", "The operator said repairs would likely take a week even if spare parts arrive "
           "on Monday.", "institution", "probable"),
    ("fr", "Les nappes de la Beauce n'étaient plus remplies qu'à 30 % de leur niveau moyen "
           "en octobre.", "unattributed", "asserted"),
    # A quoted title is no quote: no incise follows it.
    ("fr", "L'étude, intitulée « Vivre avec moins d'eau », consacre un chapitre aux "
           "vignobles.", "unattributed", "asserted"),
    # Presents the tagger took for participles ("avertit", "déplore"); a question closes
    # like a quote; a capitalised name the tagger took for an adjective.
    ("fr", "« Si rien ne bouge d'ici juin, vingt chalutiers resteront au port », avertit de "
           "son côté Gaël Le Goff.", "named", "hypothetical"),
    ("fr", "« Tout le quartier est à l'arrêt », déplore le maire, Alain Kervella, qui réclame "
           "une réunion de crise.", "named", "reported"),
    ("fr", "Le centre de tri avait-il été inspecté avant l'incendie ? s'interroge de son côté "
           "la députée Sophie Marchal.", "named", "hypothetical"),
    ("fr", "La panne viendrait d'une erreur de configuration, a indiqué mardi Armor Réseaux, "
           "l'opérateur du câble, qui a ouvert une enquête interne.", "institution",
     "reported"),
    # A subject set off by a participle, an apposition with a number or a relative clause,
    # or ", elle,"; a promise with an infinitive.
    ("fr", "Joint par téléphone, l'avocat de l'entraîneur, Me Paul Girard, conteste toute "
           "faute.", "named", "denied"),
    ("fr", "Le maire de la commune, un élu de 52 ans originaire de Brest, conteste pour sa "
           "part toute négligence.", "named", "denied"),
    ("fr", "Le rapport, daté de juin et qui n'a pas été publié, pointe « une gestion "
           "opaque » des subventions.", "document", "reported"),
    ("fr", "La CGT du site, elle, pointe une hausse des accidents depuis deux ans.",
     "institution", "reported"),
    ("fr", "Des associations de parents craignent, elles, une fermeture de classes.",
     "vague", "possible"),
    ("fr", "Brevia Mobilités, qui exploite 40 lignes de bus, a promis de rembourser les "
           "abonnements de juin.", "institution", "predicted"),
    ("fr", "Ce dernier a imputé la panne à « un défaut de maintenance ».", "unattributed",
     "reported"),
    # An institution's own plan told in the conditional after "faire savoir".
    ("fr", "Le ministère a fait savoir dans la soirée qu'il présenterait un plan d'aide en "
           "septembre.", "institution", "predicted"),
    # Sources: uncounted people whatever name hangs on them, an acronym's figures, a
    # football club, a body set off after its name; a poll "gives" its figures.
    ("en", "Some fishermen on Skye say catches have halved.", "vague", "reported"),
    ("en", "Around 300 people were evacuated, according to UNHCR figures.", "institution",
     "reported"),
    ("en", "Dunmore Town said it would appeal against the fine.", "institution",
     "predicted"),
    ("fr", "Selon Ferovia, l'établissement public qui gère les gares, 40 trains ont été "
           "supprimés.", "institution", "reported"),
    ("en", "The survey, carried out by Delphi among 2,000 adults, gave the mayor a "
           "ten-point lead.", "document", "reported"),
    # "are expected" is likely; "called the election" is an act.
    ("en", "Final figures are expected on Friday.", "unattributed", "probable"),
    ("en", "Marlowe called the election two months early.", "unattributed", "asserted"),
    # Sets 37, 41 and 42 (session 12): an incise speaker the parser took for the content's
    # subject; an anonymous incise; a circumstance or a label before the subject; a
    # speaker who says more after "selon qui"; a comparison of likelihood; a relative
    # clause on the subject ("many of whom say"); a copula before "selon".
    ("fr", "Deux randonneurs ont été secourus dans la nuit, a annoncé la gendarmerie de "
           "Savoie.", "institution", "reported"),
    ("fr", "La fusion pourrait être bouclée avant l'été, estime l'un d'eux, qui s'exprime "
           "sous couvert d'anonymat.", "anonymous", "possible"),
    ("fr", "À Lille et à Roubaix, des commerçants interrogés par téléphone disent avoir "
           "perdu la moitié de leur chiffre d'affaires.", "vague", "reported"),
    ("fr", "Grèce : la Nouvelle Démocratie revendique la victoire aux municipales",
     "institution", "reported"),
    ("fr", "« Mon client a toujours coopéré », affirme son avocat, Me Hugo Lenfant, selon "
           "qui l'enquête « a été bâclée ».", "named", "reported"),
    ("en", "A study found that the drought had made crop failures three times as likely.",
     "document", "reported"),
    ("en", "Residents of the estate, many of whom say they were never consulted, marched "
           "to the town hall on Saturday.", "unattributed", "asserted"),
    # (estimate since session 46: counts each side gives against the other's, as 5 of
    # the 6 such lines of the blind sets read them; set 41's writer read this one reported)
    ("fr", "Les grévistes étaient 800 selon la direction, 2 000 selon les syndicats.",
     "institution", "estimate"),
    ("fr", "La LDH dénonce, elle, un texte « liberticide » destiné à museler les "
           "associations.", "institution", "reported"),
    ("fr", "La direction a annoncé lundi la fermeture de trois entrepôts, dont celui de "
           "Meaux, qui emploie 90 personnes.", "institution", "reported"),
    ("fr", "Pour les magistrats spécialisés, la réforme allonge les délais de jugement.",
     "vague", "reported"),
    ("fr", "Les nappes phréatiques ont baissé après la fuite présumée d'une canalisation.",
     "unattributed", "asserted"),
    # (a worry about a thing named is told, a stance: writers read it so 7 lines in 8)
    ("fr", "Parmi les commerçants, on s'inquiète d'une saison amputée.", "vague", "reported"),
    ("en", "\"We will not give up,\" Transport Minister Ana Petrova told state radio.",
     "named", "denied"),
    # What the outlet learned from someone; a recommendation with an infinitive; a
    # document whose relative clause names the outlet; "invoquer" a reason.
    ("fr", "La ligne Brest-Quimper fermera cet été, a-t-on appris lundi auprès de la région.",
     "institution", "predicted"),
    ("fr", "Il préconise notamment de fusionner les deux agences.", "unattributed",
     "reported"),
    ("fr", "Le rapport, dont Ouest-France a obtenu copie, relève « de graves lacunes » dans "
           "la surveillance du barrage.", "document", "reported"),
    ("fr", "Pour justifier la hausse, l'assureur, qui couvre 2 millions de foyers, invoque "
           "la multiplication des sinistres.", "institution", "reported"),
]

SIXTEENTH_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 44, 45 and 46 (session 13), in sentences of our own.
    # Incises: words between the auxiliary and its participle; the tagger's "a" taken
    # for the verb; a participle describing the speaker; a number opening the speaker
    # after a circumstance; a partitive article; a relative clause the parser hung it on.
    ("fr", "Les stagiaires, dont plusieurs n'ont jamais travaillé en mairie, seront formés "
           "avant l'été, a de son côté promis la directrice générale, Hélène Morvan.",
     "named", "predicted"),
    ("fr", "« Nous ferons appel », a aussitôt annoncé ce dernier devant le tribunal.",
     "unattributed", "predicted"),
    ("fr", "Un logement sur quatre dépasse le loyer plafond, révèle une enquête publiée "
           "jeudi par l'association Habitat juste.", "document", "reported"),
    ("fr", "Quatre gendarmes ont été blessés dans la nuit, ont indiqué à l'AFP deux sources "
           "policières et un élu local.", "anonymous", "reported"),
    ("fr", "Pénurie d'insuline : « On rationne depuis des semaines », témoignent des "
           "pharmaciens bretons", "vague", "reported"),
    ("fr", "Les niveaux ont dépassé le seuil d'alerte dans trois communes, dont celle de "
           "Vénissieux, indique Air Rhône, l'organisme chargé des relevés.",
     "institution", "reported"),
    ("fr", "Aucun blessé n'est à déplorer, a de son côté assuré la Compagnie des ports "
           "bretons, gestionnaire du site.", "institution", "denied"),
    # A post set before the name of who holds it; a long subject with its name set off
    # and a relative clause; "au contraire".
    ("fr", "Hydrologue à l'université de Rennes, Claire Jaouen juge que les nappes "
           "« pourraient ne pas se recharger avant l'hiver ».", "named", "possible"),
    ("fr", "Le ministre du logement, Paul Arnaud, qui présentera son plan à l'automne, juge "
           "au contraire la mesure « inefficace ».", "named", "reported"),
    # A verb of saying whose subject opens the sentence, with no clause: the outlet's
    # fact; "relever" with a definite object raises, it does not note.
    ("fr", "La présidente de la région, Isabelle Caradec, a présenté lundi ces mesures lors "
           "d'une conférence de presse, entourée de plusieurs maires.",
     "unattributed", "asserted"),
    ("fr", "La loi de 2019, votée après de longs débats, avait déjà relevé le plafond de "
           "10 à 15 %.", "unattributed", "asserted"),
    # Certainty: a condition opened by "s'il"; a possibility "n'est pas exclue"; an
    # infinitive "pouvoir" and "un peu plus" are no hedge and no negation; "jamais-vu"
    # denies nothing; the future of "devoir" is a duty; a decision "s'il" is no hypothesis.
    ("fr", "« S'il le faut, nous fermerons l'usine », a prévenu le PDG, Alain Gourvès.",
     "named", "hypothetical"),
    ("fr", "Un nouveau report du chantier n'est pas exclue, a averti la préfecture.",
     "institution", "possible"),
    ("fr", "« Nous refusons des clients tous les jours faute de pouvoir les loger », raconte "
           "une gérante d'hôtel.", "anonymous", "reported"),
    ("fr", "Des commerçants craignent que la fermeture ne pèse encore un peu plus sur leur "
           "chiffre d'affaires.", "vague", "possible"),
    ("fr", "« C'est du jamais-vu dans la vallée », confie Marc Le Goff, maire de Plouha.",
     "named", "reported"),
    ("fr", "La société devra verser 40 000 euros d'amende au Trésor public.",
     "unattributed", "asserted"),
    ("fr", "Le tribunal administratif doit trancher d'ici vendredi s'il suspend l'arrêté.",
     "unattributed", "asserted"),
    ("fr", "L'AFP n'a pas été en mesure de vérifier ce bilan de source indépendante.",
     "unattributed", "asserted"),
    # A nickname in quote marks is a name, no quote an incise could follow.
    ("fr", "Les FDS, dirigées par le colonel Amadou Sow, dit « Tigre », ont toujours "
           "démenti toute attaque contre des civils.", "institution", "denied"),
    ("fr", "« Nous appellerons tous les salariés à la grève », a annoncé la secrétaire "
           "générale du syndicat, Anne Riou.", "named", "predicted"),
    ("fr", "L'Observatoire régional de l'emploi estime à près d'un sur trois la part des "
           "postes non pourvus.", "institution", "estimate"),
    ("fr", "Plusieurs élus d'opposition plaident pour un moratoire sur les forages.",
     "vague", "reported"),
    ("fr", "Le site spécialisé Mercatoscope estime la valeur du défenseur à 12 millions "
           "d'euros.", "institution", "estimate"),
    # One among unnamed others is one anonymous source; a relative clause that says
    # who a speaker is makes no claim of its own.
    ("en", "\"The water came up to the roof,\" one of the farmers said by phone.",
     "anonymous", "reported"),
    ("fr", "L'un des avocats de Paul Martin a dénoncé une procédure « bâclée ».",
     "anonymous", "reported"),
    ("fr", "Une étude de l'Observatoire des prix, qui suit 300 produits depuis 2015, estime à "
           "12 % la hausse moyenne du panier.", "document", "estimate"),
    # English: a gerund after "ruled out"; an inverted condition opening a quote;
    # estimates held in a report; a report dated by a clause of time; "that" relative.
    ("en", "The mayor ruled out closing the library, saying it served thousands of "
           "families.", "named", "denied"),
    ("en", "\"Should the talks fail, we will strike in March,\" union leader Ann Shaw "
           "told reporters.", "named", "hypothetical"),
    # (a figure a modal hedges, read from estimates, is the estimate: session 30, as every
    # writer of the sets read "pourraient ..., selon une estimation")
    ("en", "Some 400 homes could be flooded by 2050, according to estimates in a study "
           "commissioned by the county council.", "document", "estimate"),
    ("en", "The plan was approved on Tuesday, a year after the council declared a housing "
           "emergency.", "unattributed", "asserted"),
    # ... but a speaker set between commas after the content still speaks, whatever
    # subject the parser gave the verb.
    ("en", "Negotiations over the port stalled on Friday, three officials said, as strikes "
           "spread to the rail network.", "anonymous", "reported"),
    ("en", "The ministry on Monday banned imports of the pesticide, a product that "
           "farmers say is vital to their crops.", "unattributed", "asserted"),
    ("en", "Critics of the report, including two former ministers, argue it may understate "
           "the costs.", "vague", "possible"),
    # Bodies: a campaign group, a firm named with its "-based", "Farms" before an
    # apposition.
    ("en", "Campaign group Clean Air Now called the decision \u201ca missed chance.\u201d",
     "institution", "reported"),
    ("en", "Leeds-based Harrow Robotics said it would hire 200 engineers next year.",
     "institution", "predicted"),
    ("en", "Mapleton Farms, based in Fresno, California, said it had stopped shipments.",
     "institution", "reported"),
]

SEVENTEENTH_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 47 and 48 (session 14), in sentences of our own.
    # Verbs whose content may be an infinitive: "rapportent avoir fui", "a confirmé avoir
    # reçu".
    ("fr", "Des sinistrés rapportent avoir attendu trois jours les secours.", "vague",
     "reported"),
    ("fr", "La préfecture a confirmé avoir reçu plusieurs signalements.", "institution",
     "reported"),
    # A group heading its phrase stays a group, whatever names come after it.
    ("fr", "Beaucoup de déplacés, originaires d'El Fasher, rapportent avoir fui les combats.",
     "vague", "reported"),
    ("en", "Farmers in the Empordà plain, where irrigation quotas have been cut, say they "
           "lost the harvest.", "vague", "reported"),
    # An object the parser hung on the day before it: "a démenti vendredi toute ...".
    ("fr", "L'opérateur, filiale du groupe Telcora, a démenti vendredi toute intrusion dans "
           "ses serveurs.", "institution", "denied"),
    # A subject before an inserted phrase, and "fait valoir que".
    ("fr", "Le ministère turc de l'Énergie et des Mines, quant à lui, fait valoir que les "
           "barrages sont vides.", "institution", "reported"),
    # A plea of not guilty is the accused's denial.
    ("en", "The former treasurer has pleaded not guilty to embezzlement.", "named", "denied"),
    ("fr", "L'ancien maire de Sète a plaidé non coupable devant le tribunal.", "named",
     "denied"),
    # "blame" says who is at fault; "mettre en cause" too.
    ("en", "The aid group blamed the Northern Brigades militia, which has shelled the camp "
           "for weeks.", "institution", "reported"),
    ("fr", "La compagnie met en cause une erreur de maintenance.", "institution", "reported"),
    # "a summary released by its sponsors" is a document.
    ("en", "The bill would cap fees at $10, according to a summary released by its "
           "sponsors.", "document", "reported"),
]

EIGHTEENTH_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 49, 50 and 51 (session 14), in sentences of our own.
    # A present the model took for a participle under a verbless sentence's noun.
    ("fr", "Sur place, un infirmier de la Croix-Rouge décrit des familles « à bout de "
           "forces ».", "anonymous", "reported"),
    # A figure or a name opens the object after an inserted phrase.
    ("fr", "Amnesty International recense pour sa part au moins 30 arrestations.",
     "institution", "reported"),
    # An evaluation and a list are documents.
    ("fr", "Le coût des dégâts est estimé à 40 millions d'euros, selon une première "
           "évaluation publiée par la préfecture.", "document", "estimate"),
    ("en", "The federation has suspended 40 riders since 2022, according to its public "
           "sanctions list.", "document", "reported"),
    # What cannot be ruled out, and a negation right after a modal, may happen.
    ("fr", "« Un effet indésirable ne peut pas être écarté », souligne l'agence du "
           "médicament.", "institution", "possible"),
    ("fr", "Le préfet estime que le chantier pourrait ne pas être achevé en 2026.", "named",
     "possible"),
    ("en", "The group argues that the old dam may not withstand a major flood.",
     "institution", "possible"),
    # Figures dismissed are denied; a post-holder's name is a person's.
    ("en", "Interior Ministry spokesman Col. Ivan Petrov dismissed the casualty figures as "
           "\u201cfiction.\u201d", "named", "denied"),
    ("en", "\u201cWe hold the line,\u201d said Cpl. Taras Melnyk, a drone operator with the "
           "24th Mechanized Brigade, speaking near the front.", "named", "reported"),
]

NINETEENTH_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 50, 52 and 53 (sessions 14 and 15), in sentences of our own.
    # A verb of saying quoted after its subject, with an infinitive or a noun after it.
    ("fr", "La société Vernal « conteste fermement » avoir caché des incidents.", "institution",
     "denied"),
    ("fr", "La mairie « regrette » la fermeture du bureau de poste.", "institution", "reported"),
    # An adverb quoted between the verb and its object.
    ("fr", "Le club a rejeté « totalement » ces accusations, qu'il juge « infondées ».",
     "institution", "denied"),
    # A passive's agent after a time adverbial.
    ("fr", "L'incendie a été revendiqué dans la nuit par un groupe anarchiste sur un site "
           "militant.", "institution", "reported"),
    # A verb of saying the tagger took for a noun; a quantity heading the object.
    ("fr", "Paul Vidal pointe la hausse des loyers dans le centre.", "named", "reported"),
    ("fr", "Le syndicat réclame davantage de moyens pour les urgences.", "institution",
     "reported"),
    # A judgement the parser hung on the noun it is about.
    ("fr", "De nombreux chercheurs jugent ces promesses insuffisantes.", "vague", "reported"),
    # Verbs of observation with a noun object say something; a truce observed does not.
    ("fr", "La notaire Anne Roux constate une baisse des ventes depuis l'été.", "named",
     "reported"),
    ("fr", "Les deux camps observent une trêve depuis dimanche.", "unattributed", "asserted"),
    # A set condition on one item of a list, "jamais" before a participle, and "not the
    # first time" deny or suppose nothing.
    ("fr", "Les patients seront orientés vers un généraliste ou, si nécessaire, vers "
           "l'hôpital, précise l'agence régionale de santé.", "institution", "predicted"),
    ("fr", "Le port a traité 4 millions de conteneurs, un volume jamais atteint.",
     "unattributed", "asserted"),
    ("fr", "Le député Paul Vidal a traité le ministre de menteur.", "named", "reported"),
    # ... but what a witness saw of counted things is hers to report.
    ("fr", "Un photographe de l'AFP a vu au moins deux maisons détruites.", "anonymous",
     "reported"),
    # A call on someone to act, the infinitive hung on the object; a phone call is none.
    ("fr", "La mairie a appelé mardi les riverains à « rester chez eux ».", "institution",
     "reported"),
    ("fr", "La mairie a appelé les pompiers à 3 h du matin.", "unattributed", "asserted"),
    # A pronoun source inside what a speaker says is that speaker.
    ("fr", "Des riverains dénoncent des nuisances qui, selon eux, durent depuis des mois.",
     "vague", "reported"),
    ("fr", "Ce n'est pas la première fois que l'usine est visée par une plainte.",
     "unattributed", "asserted"),
    # Not having said whether is the outlet's fact, not a hypothesis.
    ("fr", "La préfecture n'a pas encore fait savoir si elle comptait fermer la route.",
     "unattributed", "asserted"),
    # A relative clause on the speaker after a quote; a direct object is no inverted
    # speaker; an ombudsman is an office.
    ("en", "\u201cThey fired at the cars,\u201d a driver who escaped the ambush told "
           "Reuters by phone.", "anonymous", "reported"),
    ("en", "The council, which met on Monday, has declared two days of mourning.",
     "unattributed", "asserted"),
    ("en", "Three hurt as police clear camp, ombudsman says", "institution", "reported"),
]

TWENTIETH_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 54 and 55 (session 15), in sentences of our own.
    # A participle with a finite auxiliary is the verb, even hung on the subject.
    ("fr", "Les agences de Rennes et de Brest seront les plus concernées, selon la note "
           "interne.", "document", "predicted"),
    # What befell the subject is no claim of it; a subject set off before "l'un des ..."
    # is who speaks.
    ("fr", "La chaîne, rachetée en 2019, a vu son audience chuter de 12 % l'an dernier.",
     "unattributed", "asserted"),
    ("fr", "Le collectif, l'un des plus actifs du quartier, a affirmé que la rue serait "
           "fermée.", "institution", "predicted"),
    # A name the parser took for a vocative is the subject; an irregular future stem.
    ("fr", "Martine Aubry-Leclerc, 58 ans, maire de Quimperlé, a annoncé lundi qu'elle se "
           "représenterait.", "named", "predicted"),
    ("fr", "Le ministre recevra mardi les syndicats, a indiqué son cabinet.", "institution",
     "predicted"),
    # A relative clause describes its group; the paper it names does not speak.
    ("en", "Residents who spoke to the Courier on Monday said the water smelled of fuel.",
     "vague", "reported"),
    # A headline's infinitive with its subject is what is to come.
    ("en", "Carrier to cut 2,000 jobs as costs climb", "unattributed", "predicted"),
    # Unnamed by the speaker's wish; a permit application is a document.
    ("en", "A nurse, who did not want to be named because she was not authorised to speak, "
           "said wards were full.", "anonymous", "reported"),
    ("en", "The developer's permit application estimates the farm would power 9,000 homes.",
     "document", "estimate"),
]

TWENTY_FIRST_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 54 to 57 (session 16), in sentences of our own.
    # "selon lui/elle" inside a relative clause: the sentence's subject, and the pronoun
    # alone is the source.
    ("fr", "La mairie a refusé de publier le contrat, qui contient selon elle des clauses "
           "confidentielles.", "institution", "reported"),
    # A stance with a prepositional object ("doutent de").
    ("fr", "Les riverains doutent de l'utilité du nouveau rond-point.", "vague", "reported"),
    # "a pu consulter" is what someone managed to do, no possibility; "selon un mécanisme"
    # is how, not who.
    ("fr", "Un tableau interne, que notre journal a pu consulter, indique que les primes "
           "étaient versées selon un mécanisme opaque.", "document", "reported"),
    # A condition on a threat is one on what is threatened.
    ("fr", "Si la direction ne revient pas sur sa décision, les syndicats menacent de bloquer "
           "le site.", "institution", "hypothetical"),
    # "sans aucune réserve" denies nothing.
    ("fr", "Contacté, le constructeur indique que l'appareil avait été révisé « sans aucune "
           "réserve ».", "institution", "reported"),
    # "a requis l'anonymat" and a relative clause the model ran into the main verb.
    ("fr", "Une infirmière, qui a requis l'anonymat, se dit épuisée : « Nous enchaînons les "
           "gardes de douze heures. »", "anonymous", "reported"),
    # An agreement is a document; the gendarmes a body; "-t-on à la Chancellerie" the
    # body the pronoun speaks from.
    ("fr", "L'accord prévoit le retrait des troupes en trois mois.", "document", "predicted"),
    ("fr", "L'incendie serait d'origine accidentelle, selon les premières constatations des "
           "gendarmes.", "institution", "reported"),
    ("fr", "La réforme pourrait être votée dès l'automne, indique-t-on au ministère de la "
           "Justice.", "institution", "possible"),
    ("fr", "Les six organisations syndicales de la fonction publique ont dénoncé des mesures "
           "« indigentes ».", "institution", "reported"),
    # English: a centre heading the phrase is a body; official figures a document;
    # "cannot rule out" leaves it possible; declaring an emergency is an act.
    ("en", "Flights were suspended overnight, according to the regional aviation centre.",
     "institution", "reported"),
    ("en", "Unemployment rose to 6.1% in March, according to official figures.", "document",
     "reported"),
    ("en", "\u201cWe cannot rule out further aftershocks,\u201d the agency's director told "
           "reporters.", "named", "possible"),
    ("en", "The county has not declared a drought emergency.", "unattributed", "denied"),
    ("en", "Volcanologists warned that heavy rain forecast for the weekend could trigger "
           "mudflows in the valleys.", "vague", "possible"),
    # The parser's lost subjects: a noun set off after an opening phrase; the object of
    # "said" before a clause with a relative clause in it.
    # "n'exclut pas de" leaves it possible; a public television is a body.
    ("fr", "Le syndicat n'exclut pas de saisir la justice, selon la télévision publique TVR.",
     "institution", "possible"),
    # A name whose apposition shows a body, closing a "selon" phrase after the content.
    ("fr", "Les vendanges devraient reculer de 10 % cette année, selon les prévisions de "
           "Marcelle, le service statistique de la chambre d'agriculture.", "institution",
     "probable"),
    # An intention announced with what is intended is to come; "pressenti pour" is likely.
    ("fr", "L'exploitant, la société Ardoise Énergie, a annoncé son intention de se pourvoir en "
           "cassation.", "institution", "predicted"),
    ("fr", "Son adjoint est pressenti pour lui succéder, selon plusieurs élus.", "vague",
     "probable"),
    # Condemning says something; a court condemning someone to a sentence acts.
    ("fr", "L'Union africaine a « fermement condamné » le coup d'État et réclamé le retour de "
           "l'ordre constitutionnel.", "institution", "reported"),
    ("fr", "Le tribunal correctionnel de Brest a condamné mardi un ancien élu à deux ans de "
           "prison avec sursis.", "unattributed", "asserted"),
    ("en", "At one Midlands university, an internal email seen by the Herald shows that staff "
           "were told in 2021 to settle such cases quietly.", "document", "reported"),
    ("en", "A Turkish official, speaking on condition of anonymity to discuss sensitive "
           "negotiations, said talks on a second round, which would include a lasting truce, "
           "were due to begin within ten days.", "anonymous", "reported"),
]

TWENTY_SECOND_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 58 and 59 (session 16), in sentences of our own.
    # What a purpose clause contests is an aim, no denial.
    ("fr", "Le collectif a annoncé qu'il déposerait un recours devant le tribunal administratif "
           "pour contester la délibération.", "institution", "predicted"),
    # "accuser un retard" shows a delay; a jury finding someone guilty acts.
    ("fr", "Lundi encore, le train de 8 h 05 au départ de Saint-Brieuc a accusé 35 minutes de "
           "retard à la suite d’une panne de signalisation, privant des dizaines d'élèves de leur "
           "premier cours.", "unattributed", "asserted"),
    ("en", "A former councillor has been jailed for four years after a jury found him guilty of "
           "taking bribes.", "unattributed", "asserted"),
    # A promise of the past, told as such, forecasts nothing now.
    ("fr", "« Le maire avait promis en 2019 de ne pas augmenter les loyers. Il trahit sa "
           "parole », a lancé Paul Roux, élu d'opposition.", "named", "reported"),
    # A generic "on" speaks for the body the sentence opens with; a village is no body.
    ("fr", "Au ministère de la Santé, on assure que les stocks seront reconstitués d'ici "
           "l'hiver.", "institution", "predicted"),
    ("fr", "Au village, on raconte que le loup est revenu.", "vague", "reported"),
    # Several sources are unnamed, however many.
    ("fr", "Les deux groupes négocient un rapprochement, selon plusieurs sources proches du "
           "dossier.", "anonymous", "reported"),
    # A record ("jamais observé", "n'a jamais été aussi bas") denies nothing.
    ("fr", "Selon Météo-France, le déficit de précipitations atteint 47 % sur les douze derniers "
           "mois dans le département, un niveau « jamais observé » depuis 1961.", "institution",
     "reported"),
    ("fr", "Le niveau du lac n'a jamais été aussi bas à la mi-juillet.", "unattributed",
     "asserted"),
    # "not to" negates an instruction's infinitive, not the claim; revenue reported is a fact.
    ("en", "A police source said officers were under orders not to intervene once a boat was "
           "in the water.", "anonymous", "reported"),
    ("en", "The firm employs 900 people and reported revenue of $2 billion last year.",
     "unattributed", "asserted"),
]

TWENTY_THIRD_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 60 and 61 (session 17), in sentences of our own.
    # Quoted words after a colon are the speaker's, however the parser hung them.
    ("fr", "Le maire a réagi sur Facebook : « C'est un scandale pour tout le canton. »", "named",
     "reported"),
    ("fr", "Une élue, qui a requis l'anonymat, se félicite de la décision : « C'est exactement "
           "ce que nous demandions. »", "anonymous", "reported"),
    # A name quoted inside the subject is no quote of what is said.
    ("fr", "Un message signé du collectif « Minuit » affirme que des fichiers ont été "
           "copiés.", "document", "reported"),
    # Told to a news agency, then the name: the name speaks.
    ("fr", "« Nous avons tout perdu en une nuit », a raconté à l'AFP Marc Delorme, 58 ans.",
     "named", "reported"),
    # The speaker set off between commas before "said", which the parser lost.
    ("en", "Troops will be sent to the area to help with the rescue, the governor, Ana Ruiz, "
           "said after visiting the town.", "named", "predicted"),
    # A title before a name the model took for a body: a person.
    ("en", "Troops will be sent to the area, President Camila Ortúzar said.", "named",
     "predicted"),
    # A capitalised "Survey" ends a body's name; uncounted officers of a service speak for it.
    ("en", "The quake struck at a depth of 10km, the British Geological Survey said.",
     "institution", "reported"),
    ("en", "The fire has burnt 3,000 acres, fire officials said.", "institution",
     "reported"),
    ("en", "The fire has burnt 3,000 acres, two fire officials said.", "anonymous", "reported"),
    ("en", "Party insiders say the leader will step down in the spring.", "anonymous",
     "predicted"),
    # Figures published by governments are theirs; an analysis is a document.
    ("fr", "Le quota a été relevé de 20 %, selon les chiffres publiés par les deux "
           "gouvernements.", "institution", "reported"),
    ("fr", "Les prix sont plus élevés qu'ailleurs, d'après une analyse de l'UFC-Que Choisir.",
     "document", "reported"),
    # "ne ... plus que" means only: no clause follows.
    ("fr", "L'école ne compte plus que onze élèves cette année.", "unattributed", "asserted"),
    # "estime à N le nombre" after a relative clause: the subject's estimate.
    ("fr", "La Croix-Rouge, qui gère le centre d'accueil, estime à près de 2.000 le nombre de "
           "personnes arrivées depuis jeudi.", "institution", "estimate"),
    ("fr", "Un rapport de l'inspection, que Le Quotidien a pu consulter, estime à environ 140 "
           "millions d'euros le coût du programme.", "document", "estimate"),
    # A call on someone to act, whose object the parser hung on a name's word.
    ("fr", "La ministre, Claire Dumas, a appelé jeudi sur France Inter les deux parties à "
           "« reprendre le dialogue ».", "named", "reported"),
    # An act, then a participle of saying: the act is the outlet's fact.
    ("en", "The state sued the company on Monday, accusing it of hiding safety reports.",
     "unattributed", "asserted"),
    ("fr", "Les syndicats ont quitté mardi la table des négociations, jugeant « indigentes » "
           "les propositions de la direction.", "unattributed", "asserted"),
    # ... but after an answer, the participle goes on with it.
    ("en", "The ministry pushed back on the report, calling it “deeply misleading”.",
     "institution", "reported"),
    # Standing by a decision is the speaker's word; defending a city is none.
    ("fr", "Dans un communiqué, le gouvernement a défendu son choix, estimant que le stock se "
           "porte bien.", "institution", "reported"),
    ("en", "The soldiers defended the city for three days.", "unattributed", "asserted"),
    # At risk of something: possible; threats made are a fact.
    ("fr", "Concurrence : la société Nuvio menacée d'une amende record", "unattributed",
     "possible"),
    ("fr", "Le maire a été menacé de mort en 2023.", "unattributed", "asserted"),
    # An intention denied is the subject's; a refusal to comment stays the outlet's.
    ("fr", "Le directeur de l'hôpital, Paul Guez, n'a jamais envisagé de payer la rançon.",
     "named", "denied"),
    ("fr", "Le ministre n'a pas souhaité commenter.", "unattributed", "asserted"),
    # Advice to travellers; a charge hung on the object.
    ("fr", "Le ministère des Affaires étrangères conseille aux voyageurs de reporter leurs "
           "déplacements.", "institution", "reported"),
    ("fr", "Le député a accusé la majorité d'avoir « enterré » la réforme.", "named",
     "reported"),
    # A fear of before, told as such, is what they thought then.
    ("en", "Party insiders had privately feared a much narrower defeat.", "anonymous",
     "reported"),
    ("en", "Residents fear a new flood.", "vague", "possible"),
    # A present the model made an adjective, in a sentence with no other verb.
    ("fr", "Pour de nombreux habitants du bourg, la fermeture marque « la fin d'une "
           "époque ».", "vague", "reported"),
    # People near a place are no body's voice; companies are bodies.
    ("en", "Residents near the Western Docks said coaches ran through the night.", "vague",
     "reported"),
    ("en", "The buyer will pay $112 a share, the companies said in a joint statement.",
     "institution", "predicted"),
    # A stance told with no words of it is the subject's; an act stays the outlet's.
    ("fr", "Les associations d'usagers, elles, s'agacent.", "vague", "reported"),
    ("fr", "Le ministre est arrivé à Lyon.", "unattributed", "asserted"),
]


TWENTY_FOURTH_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 62 and 63 (session 18), in sentences of our own.
    # What anyone says is to come, told in the future of the past, is predicted; a past
    # told on hearsay is not.
    ("en", "The county executive said the road would reopen before the winter.", "named",
     "predicted"),
    ("fr", "Le préfet a précisé que les évacués seraient relogés dès lundi.", "named",
     "predicted"),
    ("fr", "Le maire a déclaré que l'incendie aurait été allumé volontairement.", "named",
     "reported"),
    # A relative clause the parser made what was counted.
    ("fr", "Le Samu a recensé 31 interventions depuis le début de l’été, dont 8 ont nécessité "
           "un transfert.", "institution", "reported"),
    # A verb the parser made an auxiliary: "se disent" is said by the subject.
    ("fr", "Des parents rencontrés devant le collège Jean-Moulin se disent partagés entre le "
           "soutien aux grévistes et la fatigue.", "vague", "reported"),
    # A bare participle after the object says what the object is, not what was said.
    ("fr", "Les pilotes et mécaniciens de la compagnie poursuivaient vendredi leur mouvement "
           "de grève, entamé lundi contre la réforme de leur régime de pénibilité, clouant au "
           "sol l’ensemble des avions de la flotte.", "unattributed", "asserted"),
    # The generic "on" speaks from the place set before it, people or body.
    ("fr", "Dans l'entourage du président, on assure que la date sera tenue.", "anonymous",
     "predicted"),
    ("fr", "Dans l'entourage de la ministre, on juge « probable » un report du vote.",
     "anonymous", "probable"),
    # People familiar with anything are unnamed sources.
    ("en", "People familiar with Halvorsen's accounts said the firm was short of cash.",
     "anonymous", "reported"),
    # A shipowner is a company.
    ("fr", "L'armateur Nordvik a annoncé qu'il suspendait ses liaisons vers l'île.",
     "institution", "reported"),
    # The subject stops at its verb: an apposition after the clause is not the speaker's.
    ("en", "Some residents of the county say they are wary of the plan, a sentiment that has "
           "grown since the pandemic.", "vague", "reported"),
    # A record speaks, whoever keeps it; a periodic report too; a body's figures are its.
    ("fr", "Le trafic a baissé de 4 %, selon les données publiées par l'autorité portuaire.",
     "document", "reported"),
    ("fr", "Les ventes ont reculé en mars, d'après le dernier relevé mensuel du cabinet "
           "Ardent.", "document", "reported"),
    ("en", "About 9,000 cyclists use the path every week, according to city figures.",
     "document", "reported"),
    ("fr", "Le taux de grévistes a atteint 18 %, selon les chiffres du rectorat.",
     "institution", "reported"),
    # What a report judged, the parser having hung the report on the sentence's verb.
    ("fr", "Ce tronçon figurait parmi les 40 jugés « dangereux » dans un rapport de la "
           "préfecture publié en 2021.", "document", "reported"),
    # After a verb of reaction, a participle of saying goes on with the speaker's words;
    # the reaction alone quotes nobody, but tells a stance on the body's word (every
    # blind writer reads "welcomed the X", "a salué" so: 26 lines, none asserted).
    ("en", "The nurses' union welcomed the decision, saying the cuts would have put "
           "patients at risk.", "institution", "reported"),
    ("en", "The farmers' federation welcomed the announcement.", "institution", "reported"),
    # A figure estimated: the modal is part of it.
    ("en", "Analysts at Brenner Capital estimated that annual sales could reach $3 billion "
           "by 2030.", "institution", "estimate"),
    # A judgement with its adjective, quoted or not; "Dans la commune, on" is its people.
    ("fr", "Dans les milieux économiques, on juge possible une baisse des taux dès juin.",
     "vague", "possible"),
    ("fr", "Le Samu a jugé possible une réouverture du service en mai.", "institution",
     "possible"),
    # (reported since session 46: a fear for something is told, as the 5 such lines of
    # the blind sets read it)
    ("fr", "Dans la commune de 2 000 habitants, on s'inquiète pour l'avenir de la poste.",
     "vague", "reported"),
    # A question is no prediction, whatever its tense.
    ("en", "Some fans asked whether the new owners would keep the stadium.", "vague",
     "hypothetical"),
    # A relative clause's demand is its own claim; the outlet's sentence comes first (the
    # tagger made the last word of a union's name an adjective or an adverb).
    ("fr", "Le préavis a été déposé par la CGT-Santé, SUD-Santé et l’Unsa-Hospitalière, qui "
           "réclament une hausse des effectifs de 10 %.", "unattributed", "asserted"),
    # A time after a verb of saying is when, not what was said.
    ("fr", "Le gouvernement débloquera 35 millions d'euros pour les retenues d'eau, a-t-il "
           "annoncé la semaine dernière.", "institution", "predicted"),
    ("fr", "La FNSEA a dénoncé lundi une surenchère qui se fait « au détriment des éleveurs ».",
     "institution", "reported"),
    # Page sets 64 and 65: a motion filed in court is a document; "likely voters" is a kind
    # of voter, no hedge; an entourage is unnamed whoever it surrounds; a project's file.
    ("en", "Staff will keep their jobs until March, according to a motion filed with the "
           "bankruptcy court.", "document", "predicted"),
    ("en", "A survey published on Monday showed 52% of likely voters backing the mayor.",
     "document", "reported"),
    ("fr", "Le calendrier pourrait glisser, glisse-t-on dans l’entourage de la direction de "
           "l’usine.", "anonymous", "possible"),
    ("fr", "Le chantier est estimé à 40 millions d’euros, selon le dossier de présentation "
           "publié par la région.", "document", "estimate"),
]


TWENTY_FIFTH_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 66 and 67 (session 19), in sentences of our own.
    # A document subject, seen by the outlet, says what it holds ("includes", "montrent",
    # "fait état de" on a verb the model made a noun of a relative clause).
    ("en", "A draft list of sanctions, seen by this newspaper, includes steel and aluminium.",
     "document", "reported"),
    ("fr", "Les captures d’écran, que nous avons pu consulter, montrent des insultes "
           "répétées.", "document", "reported"),
    ("fr", "Un certificat médical, que nous avons pu consulter, fait état d’une entorse "
           "du poignet.", "document", "reported"),
    # A definite role noun stands for the person the page named: "l'athlète", "the runner".
    ("fr", "« Je n’ai rien à me reprocher », a déclaré l’athlète lundi soir.", "named",
     "denied"),
    ("fr", "La hausse pourrait se poursuivre, a averti la chercheuse.", "named", "possible"),
    ("en", "The runner said she would appeal the decision.", "named", "predicted"),
    # ... while an indefinite one stays unnamed.
    ("fr", "Un élu a assuré que le dossier était complet.", "anonymous", "reported"),
    # "Pour les climatologues, ...": a group of experts opening the sentence is its source;
    # a participle clause set off after the claim gives its reason, no denial.
    ("fr", "Pour les climatologues, la sécheresse devrait s’aggraver.", "vague", "probable"),
    ("fr", "Pour des épidémiologistes, l’épidémie est probablement sous-estimée, de "
           "nombreux malades n’ayant pas consulté.", "vague", "probable"),
    # What is announced with a deadline, or said with a future inside, is to come.
    ("fr", "L’enseigne a annoncé la fermeture de six magasins d’ici à la fin de l’année.",
     "institution", "predicted"),
    ("fr", "La région a confirmé une baisse des tarifs, qui passeront de 12 à 10 euros en "
           "janvier.", "institution", "predicted"),
    ("en", "The council confirmed a rise in parking fees, which will take effect in May.",
     "institution", "predicted"),
    # A non-answer is the outlet's fact, whatever the negation hangs on.
    ("fr", "Le club n’a pas souhaité dire si le joueur resterait.", "unattributed",
     "asserted"),
    ("fr", "Le syndicat, qui représente les pilotes, n’a pas encore réagi.", "unattributed",
     "asserted"),
    # ... and "pas encore" still denies the outlet's own statement.
    ("fr", "L’origine de l’incendie n’est pas encore connue.", "unattributed", "denied"),
    # Bodies the entity reader took for people.
    ("fr", "L’Union étudiante dénonce une « hausse injuste ».", "institution", "reported"),
    ("fr", "Météo Madagascar prévoit un affaiblissement du cyclone.", "institution",
     "predicted"),
    ("fr", "La sprinteuse a été suspendue, a annoncé mardi l’Athletics Integrity Unit (AIU), "
           "l’organe chargé de l’intégrité.", "institution", "reported"),
    # An estimate whose figure is in quote marks.
    ("fr", "La chambre d’agriculture évalue les pertes à « au moins 40 millions d’euros » "
           "pour la filière.", "institution", "estimate"),
    # The subject after an opening participle the model hung inside it.
    ("fr", "Interrogé, le Centre hospitalier de Morlaix assure que les urgences n’ont jamais "
           "fermé.", "institution", "denied"),
    # A passive status is no report.
    ("fr", "Depuis mardi soir, l’eau du robinet est déclarée impropre à la consommation pour "
           "les 2 100 habitants de Plouër-sur-Rance, après la détection de bactéries.",
     "unattributed", "asserted"),
    # Unnamed people who spoke under anonymity, however many.
    ("fr", "Plusieurs présidents de club, qui se sont exprimés sous couvert d’anonymat, "
           "jugent la sanction « excessive ».", "anonymous", "reported"),
    # People at a body who are not its staff speak for themselves.
    ("en", "Students at Northgate College said the fees were unfair.", "vague", "reported"),
    # A name with its age is a person.
    ("en", "Pike, 29, said he had never taken a banned substance.", "named", "denied"),
    # A possible thing raised is possible.
    ("fr", "Son avocat évoque une possible erreur de laboratoire.", "named", "possible"),
    # A verb the model made an adjective at the sentence's end.
    ("fr", "Du côté des commerçants, l’inquiétude domine.", "unattributed", "asserted"),
]


TWENTY_SIXTH_BLIND: list[tuple[str, str, str, str]] = [
    # Tuned sets' remaining misses (session 19), in sentences of our own.
    # A participle set off after the subject, made the root by the model: the verb with
    # its finite auxiliary is the sentence's, here a future.
    ("fr", "Ce projet, estimé à 7,5 millions d'euros, sera finalement lancé en 2026, a "
           "annoncé le maire en fin de séance.", "named", "predicted"),
    # A plan told in the past of the saying; an expectation with its infinitive.
    ("en", "She said the airline planned to cut 300 jobs.", "unattributed", "predicted"),
    ("fr", "Elle a indiqué que le parquet comptait appeler 40 témoins.", "unattributed",
     "predicted"),
    ("en", "Norvale Pharma expects revenue to grow by 5% next year, the company said.",
     "institution", "predicted"),
    # "tabler sur": a forecast.
    ("fr", "Le groupe Arvelis table sur une croissance de 5 % en 2026, a-t-il indiqué.",
     "institution", "predicted"),
    # A headline's infinitive, attributed or not.
    ("en", "Norvex workers to strike next week, union says", "institution", "predicted"),
    # A view that holds a figure is an estimate.
    ("fr", "La fédération estime qu'environ un club sur quatre est en difficulté.",
     "institution", "estimate"),
    ("fr", "Quelque 5 000 hectares auraient brûlé, estime la préfecture.", "institution",
     "estimate"),
    ("fr", "Le ministre estime qu'un accord reste juste.", "named", "reported"),
    # What a rough figure counts may be negated: still an estimate.
    ("fr", "Une étude publiée en 2021 estimait qu’environ 15 % des communes ne disposaient "
           "pas d’un plan d’alerte.", "document", "estimate"),
    ("fr", "Les juges ont estimé que l'élu avait attribué, entre 2016 et 2020, des marchés "
           "d'un montant de 1,2 million d'euros à son beau-frère.", "institution", "reported"),
    # A wish told in the past, and a past plan on a document's word, tell nothing to come.
    ("en", "He said some of the crew wanted to go home.", "unattributed", "reported"),
    ("fr", "D'après un mémo interne, la direction envisageait dès janvier de fermer le site.",
     "document", "reported"),
    # A common word in a name the model took for a person's: a body.
    ("fr", "Plus de 1 200 cas ont été déclarés en 2024, selon Santé publique France.",
     "institution", "reported"),
    # A spokesperson for a body speaks for it, as a spokesman does; bodies' nouns.
    ("en", "A spokesperson for Halden Air said three jets had been grounded.", "institution",
     "reported"),
    ("en", "Top runner banned for four years, integrity unit says", "institution", "reported"),
    ("fr", "Les carabiniers ont affirmé avoir « agi conformément aux protocoles ».",
     "institution", "reported"),
    ("fr", "Île-de-France Mobilités, l'autorité organisatrice des transports, a rappelé que la "
           "loi imposait la concurrence.", "institution", "reported"),
    # The first clause's tense decides: what is, then what it would do.
    ("en", "The operator said in a statement that it was “cooperating fully with police” and "
           "would pay for hotel rooms.", "institution", "reported"),
    # "ne tardera pas": it will come soon, no denial.
    ("fr", "Selon un cadre du groupe, qui a requis l’anonymat, la riposte « ne tardera pas ».",
     "anonymous", "predicted"),
    # "met en avant X": X is what is argued.
    ("fr", "La mairie met en avant le coût de l’équipement, qui a atteint 480 000 euros.",
     "institution", "reported"),
    # A condition inside a second verb's clause is not the first verb's.
    ("en", "An audit presented on Tuesday described the damage as “serious” and warned that "
           "the bridge could close if repairs were delayed.", "document", "reported"),
]


TWENTY_SEVENTH_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 68 and 69 (session 19), in sentences of our own.
    # A conditional the model made an adjective inside a participle phrase.
    ("fr", "L'enquête ouverte par le parquet de Lorient pourrait aboutir à des mises en examen, "
           "selon une source judiciaire.", "anonymous", "possible"),
    # An infinitive of a relative clause's verb of saying is its own, not the incise's.
    ("fr", "Plusieurs élèves pourraient être réorientés, a indiqué leur avocate, Me Anne "
           "Le Gall, qui dit avoir été contactée par une dizaine de familles.", "named",
     "possible"),
    # A verb inside a question left unanswered reports nothing.
    ("en", "The operator did not say how many trains it expected to run on Monday.",
     "unattributed", "asserted"),
    # Bodies: a coastguard, a service in apposition.
    ("en", "HM Coastguard said all passengers had been brought ashore.", "institution",
     "reported"),
    ("en", "Acas, the conciliation service, said talks would resume on Friday.",
     "institution", "predicted"),
    # A reference to a rule is no statement of it.
    ("fr", "La Cnil a été notifiée, comme l'impose le règlement européen.", "unattributed",
     "asserted"),
    # "disent leur épuisement": what they express.
    ("fr", "Dans les couloirs, certains soignants disent leur épuisement.", "vague",
     "reported"),
]

TWENTY_EIGHTH_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 70 and 71 (session 20), in sentences of our own.
    # The first clause decides: a negation in a clause joined after it, with a subject of
    # its own, denies nothing of the claim.
    ("fr", "« Les commandes ont chuté de moitié et l'atelier n'est plus rentable », a déclaré "
           "le directeur du site, Marc Lefort.", "named", "reported"),
    ("fr", "« Les travaux ont été repoussés deux fois, le pont n'a jamais été réparé », "
           "affirme Jeanne Roux.", "named", "reported"),
    ("fr", "La conductrice a été blessée au bras, mais ses jours ne sont pas en danger, a "
           "précisé la gendarmerie.", "institution", "reported"),
    # Nor does a negation phrase inside a relative clause.
    ("fr", "« Le formulaire portait une simple croix, qui ne changeait en rien le vote », "
           "soutient l'avocate, Me Claire Vidal.", "named", "reported"),
    # Rejecting an account or arguments is a denial.
    ("en", "Mayor Tom Hale rejected that account.", "named", "denied"),
    ("fr", "Le président du club, Henri Masson, balaie ces arguments.", "named", "denied"),
    # A verb the model took for an adjective or a noun before its infinitive.
    ("fr", "La préfecture dément avoir minimisé les risques et rappelle que trois alertes "
           "ont été diffusées.", "institution", "denied"),
    ("fr", "Si la direction ne recule pas d'ici lundi, l'intersyndicale menace de bloquer le "
           "dépôt.", "institution", "hypothetical"),
    # A document the outlet obtained says what it points out; a letter demands.
    ("fr", "La requête déposée au tribunal administratif de Rennes, dont notre journal a "
           "obtenu copie, pointe aussi trois procurations « manifestement irrégulières » sur "
           "la liste.", "document", "reported"),
    ("en", "A letter sent on Monday by two senators demands that the regulator open an "
           "inquiry.", "document", "reported"),
    # A reference to the law is no statement of it.
    ("fr", "Le siège revient au candidat le plus âgé, comme le prévoit la loi.",
     "unattributed", "asserted"),
    # A court's registry is a body.
    ("fr", "Le jugement devrait être rendu fin juin, selon le greffe.", "institution",
     "probable"),
    # An event that "confirms" is no speaker.
    ("en", "Their season ended when a 2-0 defeat at home confirmed their relegation.",
     "unattributed", "asserted"),
    # What someone reported having is no denial.
    ("en", "The association said 60 of its members had reported having no insulin in stock.",
     "institution", "reported"),
    # An intention announced with its infinitive is a plan.
    ("fr", "Le maire, Paul Roux (sans étiquette), a annoncé son intention de faire appel "
           "devant le Conseil d'État.", "named", "predicted"),
    # A study puts a figure at roughly N: an estimate.
    ("en", "A study by the regional chamber put the festival's economic impact at roughly "
           "$3 million.", "document", "estimate"),
    # Parents who complained of not being told: their complaint, no denial.
    ("fr", "Des habitants se sont plaints de ne pas avoir été informés par la mairie.",
     "vague", "reported"),
    # A passive judgement with its agent is the agent's.
    ("fr", "Ce carrefour est souvent jugé dangereux par des riverains.", "vague", "reported"),
    # The phrase of a hedge where it stands, not its first word elsewhere.
    ("en", "Crews were clearing the road on Monday, while engineers were expected to inspect "
           "the bridge later this week.", "unattributed", "asserted"),
    # A promise made long ago, told by someone, forecasts nothing now.
    ("fr", "« On nous avait promis une crèche pour 2021. Depuis, plus rien », déplore Paul "
           "Morel, boulanger.", "named", "reported"),
    # Told what to do: the negation is the instruction's.
    ("fr", "« On nous a dit de ne rien signer », raconte Paul Morel, un salarié.", "named",
     "reported"),
    # A negated verb joined to a predicate adjective is a second clause too.
    ("fr", "« Ces propos sont indignes et n’ont pas leur place au conseil », a réagi le maire "
           "sur Facebook.", "named", "reported"),
    # The question may come after the request left unanswered.
    ("en", "The firm did not respond to a request for comment on how many drivers it planned "
           "to recruit.", "unattributed", "asserted"),
    # A clause after a colon does not give the first its tense.
    ("fr", "La consultation n’a qu’une valeur indicative : le conseil restera libre de son "
           "choix.", "unattributed", "asserted"),
    # A memo whose verb the model gave a second subject says what follows.
    ("en", "The memo, written by the trust's chief nurse and dated 9 October, says ambulances "
           "queued outside Ridgeway Hospital for a total of 800 hours last month.", "document",
     "reported"),
    # What a decision is about is no question of the claim's.
    ("en", "Residents will decide whether to keep the parking levy.", "unattributed",
     "predicted"),
    # People a paper questioned speak for themselves, not for the paper.
    ("fr", "Plusieurs apiculteurs de l'Hérault interrogés par Le Parisien redoutent, eux, une "
           "nouvelle hécatombe dans leurs ruches.", "vague", "possible"),
]


TWENTY_NINTH_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 72 and 73 (session 20), in sentences of our own.
    # In someone's words "should" says what ought to be.
    ("en", "The pilots' union has long argued that night flights should be banned over the "
           "city.", "institution", "reported"),
    # A judgement in quote marks after its object, however the parser hung it.
    ("fr", "Au ministère de la santé, on juge ces demandes « en partie fondées ».",
     "institution", "reported"),
    # A present participle takes no inverted subject; "plaider" with its object is said.
    ("fr", "L'avocate de M. Roux, Me Claire Vidal, a plaidé l'acquittement, dénonçant une "
           "enquête « bâclée ».", "named", "reported"),
    # Emergency services are a body.
    ("en", "About 300 campers were evacuated overnight, regional emergency services said.",
     "institution", "reported"),
    # A negation inside a complaint is what is complained of.
    ("en", "Residents have long complained that the drains had not been cleared for years.",
     "vague", "reported"),
    # A party's submissions to a court are a document.
    ("fr", "La commune réclame 50 000 euros, selon ses conclusions déposées devant le "
           "tribunal.", "document", "reported"),
    # What is to be shown is not what the content states.
    ("fr", "Selon un avocat de la défense, la stratégie consistera à démontrer qu'il ne "
           "signait pas les contrats.", "anonymous", "predicted"),
    # What cannot be done now is a state, no denial.
    ("fr", "« La commune ne peut plus payer seule ces travaux », a déclaré le maire, Paul "
           "Roux.", "named", "reported"),
    ("fr", "Faute de personnel, la clinique ne parvient plus à assurer les gardes de nuit, "
           "selon un communiqué de l'ARS.", "document", "reported"),
    ("en", "“We cannot keep the library open with two staff,” the mayor, Ann Bell, said.",
     "named", "reported"),
    # A scheduled step stated by the outlet is its fact.
    ("en", "The council's cabinet is due to review the scheme in March.", "unattributed",
     "asserted"),
    # A body's count is its word.
    ("fr", "Selon un décompte de la fédération départementale, 12 courses ont été annulées.",
     "institution", "reported"),
    # A likelihood that bears on a figure given roughly is an estimate of it.
    ("fr", "Selon une estimation de la chambre de commerce, le salon devrait rapporter "
           "environ 2 millions d’euros.", "institution", "estimate"),
    ("en", "The new levy is expected to raise an estimated £4 million a year, according to "
           "council papers.", "document", "estimate"),
    # What would have been, without something, is a hypothesis.
    ("fr", "« Sans cette subvention, nous aurions dû fermer le musée », a affirmé la "
           "directrice, Anne Morel.", "named", "hypothetical"),
]

THIRTIETH_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 74 and 75 (session 21), in sentences of our own.
    # A copula the tagger made an adverb keeps its conditional.
    ("fr", "Les victimes, âgées de 54 et 57 ans, seraient un couple d'agriculteurs installé "
           "dans le village depuis vingt ans.", "unattributed", "reported"),
    # "avancer" a figure is to state it.
    ("fr", "La préfecture avançait de son côté un chiffre de 2 300 manifestants en fin de "
           "matinée.", "institution", "reported"),
    # The first clause of a quote decides, whatever the second denies.
    ("fr", "« On l'a appris par la radio, personne ne nous a rien dit », s'indigne Marc "
           "Petit, boulanger depuis vingt ans.", "named", "reported"),
    ("fr", "« Il a reconnu avoir paniqué, il n'avait aucune intention de nuire », a "
           "expliqué la procureure, Hélène Gauthier.", "named", "reported"),
    # What could not be done is a state told, and "no choice" no denial.
    ("en", "\u201cBy the time the crews arrived, there was nothing they could do,\u201d "
           "fire chief Dan Moore said.", "named", "reported"),
    ("en", "The town council said it had \u201cno choice\u201d after the storm warning.",
     "institution", "reported"),
    ("fr", "« Nous n'avons pas eu le choix », a déclaré le maire, Paul Roche.",
     "named", "reported"),
    # "questioned why" takes what it questions as known, and challenges it.
    ("en", "Several parents questioned why the school had not been told sooner.",
     "vague", "reported"),
    # A generic "on" speaking off the record from a body is someone unnamed there.
    ("fr", "La ligne pourrait rouvrir avant l'été, glisse-t-on à la direction régionale.",
     "anonymous", "possible"),
    ("fr", "À la préfecture, on admet en privé que le calendrier pourrait glisser.",
     "anonymous", "possible"),
    # A document of record a speaker writes in holds the claim.
    ("fr", "Dans son jugement, le tribunal administratif relève que l'étude d'impact "
           "était incomplète.", "document", "reported"),
    ("fr", "Dans sa lettre, la directrice souligne que l'école est la seule du quartier.",
     "document", "reported"),
    ("en", "Shipping could resume next month, the operator said in its annual report.",
     "document", "possible"),
    # A condition on what a body warned it would do is a hypothesis.
    ("fr", "Les délégués du syndicat ont prévenu qu'ils reconduiraient la grève chaque "
           "lundi si aucune réunion n'était organisée avec le préfet d'ici la fin du mois.",
     "institution", "hypothetical"),
    # Words that say a speaker would not be named, on a noun of the speaker's phrase.
    ("fr", "« On ne sait pas quand on rouvrira, la direction ne nous dit rien », confie un "
           "opérateur croisé devant l'usine, qui n'a pas voulu donner son nom.",
     "anonymous", "denied"),
    # A title and then a name is a person, whatever body the title names (the entity
    # reader keeps only "FDA" here).
    ("en", "\u201cWe are working with the manufacturer,\u201d FDA Commissioner Laura Hendricks "
           "said in a statement.", "named", "reported"),
    # A group given with the people it names.
    ("en", "Several artists, including the singer Mara Lind, said they were saddened by "
           "the decision.", "named", "reported"),
]

THIRTY_FIRST_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 76 and 77 (session 21), in sentences of our own.
    # A conditional only with a conditional's ending ("restent" tagged Mood=Cnd).
    ("fr", "À l'hôtel de ville, les guichets restent ouverts, mais les agents travaillent au "
           "papier et au stylo.", "unattributed", "asserted"),
    # A condition after what is threatened bears on it.
    ("fr", "Le gouvernement a menacé mardi de fermer ses ports aux chalutiers étrangers si "
           "l'accord n'était pas respecté.", "institution", "hypothetical"),
    # "selon les scénarios" is a way, no source.
    ("fr", "Un rapport de l'Ademe, publié en mai, recommande une baisse des émissions de 20 % "
           "à 40 % selon les scénarios retenus.", "document", "reported"),
    # A pronoun source and a quote after it, inside what a body says.
    ("fr", "La fédération a assuré lundi que l'arbitre avait bien appliqué le règlement, le "
           "geste étant selon elle « volontaire ».", "institution", "reported"),
    # "advise that" reports; backing someone, saying, goes on with the words.
    ("en", "The fisheries council advised in March that quotas be cut by a fifth.", "institution",
     "reported"),
    ("en", "The league's disciplinary board backed the referee on Monday, saying the call "
           "was \u201cclear and correct.\u201d", "institution", "reported"),
    # What cannot be done now is a state, no possibility; "ne peut exclure" leaves one.
    ("fr", "« Nous ne pouvons plus ouvrir la piscine le dimanche », a expliqué le maire, "
           "Paul Roche.", "named", "reported"),
    ("fr", "La préfecture ne peut exclure de nouvelles évacuations dans la nuit.",
     "institution", "possible"),
    # A profession of a body's staff speaks for itself; a count told roughly is estimated.
    ("fr", "Selon des sages-femmes du service, la moitié de l'équipe pourrait partir.",
     "vague", "possible"),
    ("fr", "Une source syndicale estime qu'une trentaine de postes sont menacés.",
     "anonymous", "estimate"),
    # A passive judgement's agent, read by its "par" when the parser lost it.
    ("fr", "Ce carrefour est régulièrement pointé du doigt par des riverains, qui réclament "
           "un feu tricolore.", "vague", "reported"),
    # A part of a month after a verb of saying is when, not what.
    ("fr", "La direction a annoncé début mars que les consultations seraient transférées à "
           "partir du 1er juin.",
     "institution", "predicted"),
    # A company named by its trade.
    ("fr", "Le trafic devrait reprendre dans la soirée, a prévenu Vinci Autoroutes.",
     "institution", "probable"),
    # Guards for the rules above: what is not ruled out under a condition stays possible;
    # a study's one scenario is its word; what people will be advised to do is no one's
    # words.
    ("fr", "Le ministre n'exclut pas de reporter l'examen si la fuite du sujet était "
           "confirmée.", "named", "possible"),
    ("fr", "Les plages pourraient reculer de 50 mètres d'ici 2100, selon le scénario le plus "
           "pessimiste de l'étude.", "document", "possible"),
    ("en", "Callers will be taken to the county hospital or advised to call 111.",
     "unattributed", "predicted"),
]

THIRTY_SECOND_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 78 and 79 (session 22), in sentences of our own.
    # Inside a question left unanswered, a document's act is nobody's claim.
    ("en", "Club officials did not say why the stand had been reopened while the safety "
           "report rated the risk \u201clow.\u201d", "unattributed", "asserted"),
    # A noun followed by a relative "that" is no verb of saying.
    ("en", "Students returned Monday to Lincoln Middle School in Toledo, Ohio, after a $2.1 "
           "million lead removal project that kept the building closed for a term.",
     "unattributed", "asserted"),
    # Parts of a case file are documents.
    ("fr", "Selon des éléments du dossier consultés par notre rédaction, les gendarmes ont "
           "saisi trois ordinateurs.", "document", "reported"),
    # A body's name in quote marks after its noun is who demands.
    ("fr", "Le collectif « Gare vivante » réclame le maintien des guichets.", "institution",
     "reported"),
    # An inquiry's "whether" is what it is about, no question of the claim's.
    ("en", "Prosecutors are investigating whether the firm hid losses from auditors, "
           "according to two people familiar with the case.", "anonymous", "reported"),
    # A view holding a figure given roughly, told by someone, is an estimate.
    ("en", "Police believe the thieves took roughly $40,000 in cash, a person close to the "
           "inquiry said.", "anonymous", "estimate"),
    # Criticising is saying; advocates are a vague group.
    ("en", "Tenant advocates have long criticized the council's housing policy.", "vague",
     "reported"),
    # A duty in the future tells what is to come (but a judgment's duty is set now).
    ("fr", "À partir de juillet, les élèves devront prendre le car pour rejoindre le collège "
           "de Lunas.", "unattributed", "predicted"),
    # One of a group, then her name.
    ("fr", "« Si la route est coupée, on restera bloqués », a confié l'une d'elles, Marie "
           "Téllez, à France Bleu.", "named", "hypothetical"),
    # "ou" (or) is no "où" (where): a negation before it denies.
    ("fr", "« Nous n'avons jamais reçu la moindre facture du fournisseur ou de son avocat. "
           "Cette affaire est montée de toutes pièces », a affirmé le directeur, Paul Terrier.",
     "named", "denied"),
    # What people say they are weighing is told, no plan.
    ("fr", "Plusieurs commerçants interrogés disent envisager de fermer leur boutique.", "vague",
     "reported"),
    # An adjective set off after the object hedges the object, not the act; the object the
    # model hung on the day before it.
    ("fr", "La fromagerie Vial retire depuis lundi ses tommes de la vente, susceptibles de "
           "contenir des traces de listeria.", "unattributed", "asserted"),
    # A mill is a company.
    ("fr", "Le fournisseur, la minoterie Roux de Vienne, conteste cette version.",
     "institution", "denied"),
    # Negated advice denies nothing.
    ("en", "Passengers should not travel on Sunday, the rail operator said.",
     "institution", "reported"),
    # A group's state of mind is told on its word.
    ("en", "Some residents remain worried.", "vague", "reported"),
    ("fr", "Certains habitants restent inquiets.", "vague", "reported"),
    # An opening phrase the model made the root: the subject after the comma speaks.
    ("fr", "Dans un texte publié dimanche sur Instagram, le joueur assure n’avoir « jamais "
           "demandé » son transfert.", "named", "denied"),
    # Guards: a judgment's duty is set now; a plan weighed and denied stays denied.
    ("fr", "Le prévenu devra verser 20 000 euros de dommages et intérêts à la commune.",
     "unattributed", "asserted"),
    ("fr", "Le maire a démenti envisager la vente du terrain.", "named", "denied"),
]

THIRTY_THIRD_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 80 and 81 (session 22), in sentences of our own.
    # What the outlet learned "de sources" is theirs.
    ("fr", "Une trentaine de manifestants ont bloqué le dépôt mardi matin, a-t-on appris de "
           "sources syndicales.", "anonymous", "reported"),
    # Relatives are a vague group; where they stood says nothing of who they are.
    ("fr", "Des proches de patients, réunis devant l'hôpital, affirment que les visites ont "
           "été interdites.", "vague", "reported"),
    # A second "que" clause does not decide over the first.
    ("fr", "Contactée, la direction départementale des territoires de Savoie assure que « la "
           "situation est désormais sous contrôle » et qu'aucun blessé n'est à déplorer.",
     "institution", "reported"),
    # What is regretted is told, not denied.
    ("fr", "Plusieurs enseignants regrettent que les travaux n'aient pas été terminés avant la "
           "rentrée.", "vague", "reported"),
    # A zoo is a body.
    ("en", "The bear is believed to have climbed over a fence, the zoo said.", "institution",
     "probable"),
    # A water company by its name's last word.
    ("en", "Severn Water says the new pipeline will serve 80,000 homes.", "institution",
     "predicted"),
    # A title and a name before the apposition: the person speaks.
    ("en", "\u201cThe pool is unusable,\u201d said councillor Amir Shah, the cabinet member "
           "for leisure.", "named", "reported"),
    # "not far enough" judges, denies nothing.
    ("en", "Campaigners welcomed the decision but said the measures did not go far enough.",
     "vague", "reported"),
    # A headline's passive "told to": who was told, nobody who told.
    ("en", "Wolf escapes from Yorkshire wildlife park, residents told to keep pets indoors",
     "unattributed", "asserted"),
    # A second subject after a verb that has one is its object.
    ("fr", "Des associations de piétons, à l'inverse, jugent le plan trop timide.", "vague",
     "reported"),
    # An event announced is to come.
    ("fr", "Le syndicat a annoncé une nouvelle grève le 3 mars.", "institution", "predicted"),
    # A number word's hyphen is no range.
    ("fr", "« Quarante-huit places en trois ans, c'est bien, mais sans moyens, rien ne "
           "changera », estime Marc Olivier, délégué syndical.", "named", "reported"),
    # A possibility in the content's own clause, past a later one's.
    ("fr", "La mairie n'exclut pas de fermer la piscine en juillet, ce qui pourrait priver 300 "
           "enfants de cours, selon les services techniques.", "institution", "possible"),
    # A future perfect that looks back.
    ("fr", "Il aura fallu attendre minuit pour que le budget soit enfin adopté.",
     "unattributed", "asserted"),
    # A headline infinitive read by its form.
    ("en", "Judge to rule on Hartley council vote after recount sparks dispute", "unattributed",
     "predicted"),
    # A phrase between the auxiliary and the participle: the participle still says.
    ("fr", "Le syndicat des pilotes a de son côté rejeté ces accusations « sans fondement ».",
     "institution", "denied"),
    ("fr", "Le directeur de l'école, Marc Pinel, a de son côté assuré n'avoir « jamais été "
           "prévenu » de ces travaux et a annoncé une enquête interne.", "named", "denied"),
    # Guards: the subject the model made the root, and an incise after the quote, keep
    # their speakers.
    ("fr", "Le ministre a de son côté promis de « rouvrir le dialogue » avec les syndicats.",
     "named", "predicted"),
    ("fr", "« Les cours reprendront lundi », a de son côté promis le recteur, Paul Vidal.",
     "named", "predicted"),
]

THIRTY_FOURTH_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 82 and 83 (session 23), in sentences of our own.
    # An elided "qu'" against a quote mark and a subject set off by a participle.
    ("fr", "Un responsable de la communauté de communes, s'exprimant sous couvert "
           "d'anonymat, a assuré qu'« aucune suppression de poste n'est à l'ordre du jour ».",
     "anonymous", "denied"),
    # "d'ores et déjà" between the auxiliary and the participle.
    ("fr", "La compagnie Aerolinea a d'ores et déjà annoncé la suppression de 80 vols et "
           "dénoncé « un blocage inacceptable ».", "institution", "reported"),
    # Neither confirming nor denying is no answer.
    ("fr", "La mairie n'a ni confirmé ni démenti ces départs.", "unattributed", "asserted"),
    # Putting a count at a figure is estimating it.
    ("fr", "La préfecture estime à environ 2 000 le nombre de foyers qui ont dû être privés "
           "d'électricité.", "institution", "estimate"),
    # Bodies named before, counted again; guard: uncounted ones never named are not.
    ("fr", "Les deux associations ont annoncé qu'elles feraient appel.", "institution",
     "predicted"),
    ("fr", "Deux associations ont annoncé qu'elles déposeraient un recours.", "anonymous",
     "predicted"),
    # Enumerating is saying.
    ("fr", "« Trois fermetures de classes, deux départs de médecins », énumère-t-elle.",
     "unattributed", "reported"),
    # A counted subject the model made an adverbial, before a past with its auxiliary.
    ("fr", "Deux anciennes vendeuses, qui ont requis l'anonymat, ont décrit au site Actu Lyon "
           "une ambiance « détestable ».", "anonymous", "reported"),
    # Taking someone's side is saying something.
    ("fr", "Des habitants ont pris la défense du boulanger, dénonçant « une cabale ».", "vague",
     "reported"),
    # What is "à prévoir" is to come.
    ("fr", "« Des coupures sont à prévoir dans tout le département », prévient Enedis.",
     "institution", "predicted"),
    # "Sans" and whom: a counterfactual.
    ("fr", "« Sans elle, nous aurions fermé l'épicerie depuis longtemps », reconnaît le maire, "
           "Paul Roux.", "named", "hypothetical"),
    # What could not be done is no possibility; guard: "could" still is one.
    ("fr", "« Les commerçants sont à bout, ils n'en peuvent plus », a déclaré le président de "
           "l'union, Marc Leroy.", "named", "reported"),
    ("en", "\u201cIt was pitch black, you couldn't breathe in there,\u201d said Tom Reyes, a "
           "neighbour.", "named", "reported"),
    ("en", "The strike could last a week, the union said.", "institution", "possible"),
    # A lead put forward is a possibility.
    ("fr", "Un enquêteur évoque la piste d'un incendie criminel.", "anonymous", "possible"),
    # An apposition that names a company; denying responsibility.
    ("fr", "Joint par téléphone, le bailleur, la SCI Les Tilleuls, rejette toute "
           "responsabilité.", "institution", "denied"),
    # A fare table is a document; organisers are a body.
    ("fr", "Le ticket unitaire passera à 2 euros, selon la grille tarifaire votée par le "
           "conseil.", "document", "predicted"),
    ("fr", "La marche devrait rassembler un millier de personnes, selon les organisateurs.",
     "institution", "probable"),
    # Travellers at a named airport speak for themselves; raising concerns is saying.
    ("en", "Travellers at London Heathrow described hours of waiting with no information.",
     "vague", "reported"),
    ("en", "Residents have repeatedly raised concerns about the state of the lifts.", "vague",
     "reported"),
    # A phrase right after a simple verb: what the model hung on it is the verb's (the
    # clause, the object, the infinitive).
    ("fr", "La fédération affirme de son côté qu'« aucune décision n'a été prise » et que le "
           "dialogue continuera.", "institution", "denied"),
    ("fr", "Plusieurs ONG accusent pour leur part Paris de bloquer les secours.", "vague",
     "reported"),
    ("fr", "Les syndicats accusent pour leur part Renault de préparer des licenciements.",
     "institution", "reported"),
    # A verb after a relative clause, whatever the model made of it, is the sentence's.
    ("fr", "Un ancien trésorier du club, qui a souhaité garder l'anonymat, évalue à environ "
           "50 000 euros les sommes manquantes.", "anonymous", "estimate"),
    # What is not ruled out stays possible under its condition.
    ("fr", "D'après un conseiller régional, une nouvelle fermeture n'est pas exclue à "
           "l'automne si les effectifs continuent de baisser.", "anonymous", "possible"),
]

THIRTY_FIFTH_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 84 and 85 (session 23), in sentences of our own.
    # What can no longer be ruled out is possible.
    ("fr", "L'exploitant du réservoir a averti mardi qu'une rupture « ne pouvait plus être "
           "écartée » après deux jours d'orage.", "institution", "possible"),
    # A view of a rough figure stays an estimate with a negation in what it counts, also
    # when the parser lost the clause.
    ("fr", "L'agence estime qu'environ 120 élèves des écoles concernées ne sont pas à jour de "
           "leurs vaccinations.", "institution", "estimate"),
    # What someone is going to contest is to come, not denied.
    ("fr", "Son avocate, Me Claire Dumont, a indiqué qu'elle allait contester la sanction "
           "devant le Conseil d'État.", "named", "predicted"),
    # Extracts published by a site are a document's words.
    ("fr", "Le rapport d'audit mentionnait déjà des « fissures inquiétantes », selon des "
           "extraits publiés mardi par le site Rue89.", "document", "reported"),
    # "Pour" with a title the lexicon does not know, then a name set off: someone's view.
    ("fr", "Pour la cheffe de file des écologistes, Julie Marchal, il s'agit d'« un budget de "
           "renoncement ».", "named", "reported"),
    # A quoted adjective after "se dire" is what the speaker says they are.
    ("fr", "L'ancien maire, Jean Lebrun, qui avait lancé le projet en 2015, s'est dit "
           "« confiant » dans la suite.", "named", "reported"),
    # An inverted subject with "des", which the model took for a preposition.
    ("fr", "Le site pourrait fermer avant l'été, préviennent des délégués syndicaux.", "vague",
     "possible"),
    # A bare day ending the incise is when, not what: the pronoun is the sentence's subject.
    ("fr", "La Caisse de retraite des Alpes a ouvert une procédure contre son ancien directeur, "
           "qui gérait quelque 12 000 comptes, a-t-elle annoncé lundi.", "institution",
     "reported"),
    # "warns of" a possible thing; a loan agreement is a document.
    ("en", "Water company warns of possible shortages as reservoirs run low", "institution",
     "possible"),
    ("en", "Harbour View was insured for \u00a3300,000 when it was lent to a museum in Leeds in "
           "2018, according to a loan agreement seen by the Guardian.", "document", "reported"),
    # Guard: a body that warns a prefecture that something risks happening.
    ("fr", "Mardi soir, la Compagnie des eaux du Vercors (CEV), qui exploite la retenue du Lac "
           "Noir, a prévenu la préfecture de l'Isère que la digue en terre, fragilisée par 200 "
           "millimètres de pluie en vingt-quatre heures, risquait de céder dans la nuit.",
     "institution", "possible"),
]

THIRTY_SIXTH_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 86 and 87 (session 23), in sentences of our own.
    # A conditional is a possibility, "ne ... que" or not.
    ("fr", "Plusieurs élus estiment que ce retard pourrait n'être que « le début d'une longue "
           "série ».", "vague", "possible"),
    # A relative clause after a name and an age says what else is true of the speaker.
    ("en", "\u201cIt went on and on,\u201d said Nadine Marchal, 58, whose house overlooks the "
           "yard.", "named", "reported"),
    # A relative clause set off after a document, which the model made an adverbial.
    ("fr", "Un rapport d'expertise daté de 2020, que nous avons pu consulter, recommandait "
           "pourtant le remplacement de plus de 300 poteaux.", "document", "reported"),
    # A noun with its article, which the model tagged a verb.
    ("fr", "Des supporters dénonçaient samedi sur les réseaux sociaux un « manque total de "
           "respect ».", "vague", "reported"),
    # A start date in what is announced makes it a plan ("à partir de" is a preposition).
    ("fr", "L'enseigne Prixmart a annoncé jeudi une baisse de 5 % des prix sur 300 produits à "
           "partir du 1er avril.", "institution", "predicted"),
    # A parish is a body; a petition a document.
    ("en", "The parish said the church would stay closed until the spring.", "institution",
     "predicted"),
    ("en", "A petition signed by 900 residents last year described the crossing as \u201ca "
           "death trap\u201d.", "document", "reported"),
    # A negation inside a clause a gerund governs denies nothing of the claim.
    ("fr", "Une infirmière estime que la direction a gagné du temps en pensant que personne ne "
           "protesterait.", "anonymous", "reported"),
    # "n'en pouvoir plus": exhaustion, no denial.
    ("fr", "« Les commerçants n'en peuvent plus », a déclaré le président de l'union, Marc "
           "Leroy.", "named", "reported"),
]

THIRTY_SEVENTH_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 88 and 89 (session 23), in sentences of our own.
    # "qui que ce soit" is anyone, no question left unanswered.
    ("fr", "« Je n'ai jamais menacé qui que ce soit. Tout a été fait dans les règles », a "
           "assuré le maire, Paul Roux.", "named", "denied"),
    # A second participle shares the first one's auxiliary.
    ("fr", "Le club a présenté ses excuses aux supporters et promis un projet ambitieux.",
     "institution", "predicted"),
    # An interprofession is a body; a "signalement" and a "diagnostic" are documents.
    ("fr", "Les pertes sont estimées à environ 20 millions d'euros par l'interprofession du "
           "lait.", "institution", "estimate"),
    ("fr", "Selon le signalement adressé au parquet par une association, le marché a été "
           "truqué.", "document", "reported"),
    ("fr", "Un diagnostic réalisé par un bureau d'études évalue à environ 300 000 euros le coût "
           "des travaux.", "document", "estimate"),
    # Calling for something is saying it; a strike called for a day is to come.
    ("fr", "Un message publié sur la page Facebook du club de supporters appelle au boycott du "
           "match.", "document", "reported"),
    ("fr", "Les syndicats appellent à une journée de grève le 12 mai.", "institution",
     "predicted"),
    # Guard: an opening participle of "appeler à" says nothing.
    ("fr", "Appelé à la barre jeudi, le témoin a nié toute menace.", "anonymous", "denied"),
    # "Pour X" after the conjunction that opens the sentence.
    ("fr", "Mais pour des riverains, le projet est bien trop coûteux.", "vague", "reported"),
    # A published policy is a document.
    ("en", "Staff will continue to park free, according to the trust's parking policy.",
     "document", "predicted"),
    # A condition the model made the root still conditions the main clause.
    ("fr", "Si les faits étaient établis, l'adjoint encourrait jusqu'à cinq ans "
           "d'emprisonnement.", "unattributed", "hypothetical"),
]

THIRTY_EIGHTH_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 90 and 91 (session 23, round 5), in sentences of our own.
    # A verb of denial in the future or the conditional tells what is to come.
    ("fr", "Le président a ajouté que le club contesterait la sanction devant la commission "
           "d'appel.", "named", "predicted"),
    # "l'édile" is the mayor; not wishing to "communiquer" is a refusal.
    ("fr", "« Ce parc rapportera 60 000 euros par an », a défendu l'édile.", "named",
     "predicted"),
    ("fr", "La préfecture n'a pas souhaité communiquer le coût des travaux.", "unattributed",
     "asserted"),
    # A developer is a company; a "palmarès" is a document.
    ("fr", "Contacté, le développeur assure que « toutes les précautions ont été prises ».",
     "institution", "reported"),
    ("fr", "Le jury a salué « un goût de beurre franc », selon le palmarès publié par les "
           "organisateurs.", "document", "reported"),
    # "the service" (fire, rescue) is a body; "Renewables" ends a company's name; an
    # awards citation is a document.
    ("en", "Crews rescued 40 people from the river, the service said.", "institution",
     "reported"),
    ("en", "Eastwind Renewables said in a statement it remained committed to the project.",
     "institution", "reported"),
    ("en", "Judges praised its crust, according to the awards citation.", "document",
     "reported"),
]

THIRTY_NINTH_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 91-93 (session 24, round 1), in sentences of our own.
    # A closing incise after a subject whose verb the parser made a relative clause, the
    # speaker a body given with its acronym.
    ("fr", "Un dispositif capable de repérer à la fois les poids lourds en surcharge, les pneus "
           "usés et l'absence de ceinture est entré en service jeudi sur la RN 12, à hauteur de "
           "Dreux, a indiqué la Délégation à la sécurité routière (DSR).", "institution",
     "reported"),
    # Rejecting a figure denies it; a closing "a claim X denied" says what the noun is.
    ("en", "The mayor rejected the estimate, saying the real cost was far lower.", "named",
     "denied"),
    ("en", "Labour councillor Ann Price accused the ruling group of hiding the cost of the "
           "stadium, a claim Doyle denied.", "named", "reported"),
    # Words set off between a speaker and the verb say that the speaker is unnamed, however
    # the parser hung them (a guard: this sentence passed before).
    ("en", "Several teachers who worked at the school, speaking on condition of anonymity "
           "because they were not authorised to talk to the press, said they had raised the "
           "issue twice.",
     "anonymous", "reported"),
    # A body whose name ends on an officer's noun.
    ("en", "The Scottish Executive said it would review the contract.", "institution",
     "predicted"),
    # "sans rien" denies nothing; "Personne" is nobody, who cannot speak.
    ("fr", "« Ils sont repartis sans rien dire », raconte Hélène, une voisine de 52 ans.",
     "named", "reported"),
    ("fr", "« Personne ne nous a prévenus. Le courant n'est jamais revenu », s'indigne Marie "
           "Roux, présidente de l'association des riverains.", "named", "denied"),
    # A future inside an indirect question forecasts nothing.
    ("fr", "« On ignore comment on va finir le mois », a confié Marc Daval, gérant du bar.",
     "named", "reported"),
    # "dans un communiqué qu'« aucun »": the clause is the verb's, and it denies.
    ("fr", "L'exploitant a affirmé dans un communiqué qu'« aucune fuite » n'avait été "
           "détectée avant l'incident.", "institution", "denied"),
    # "ses proches" are relatives, uncounted; "ses chiffres" are the subject's figures.
    ("fr", "La skieuse devrait quitter l'hôpital dimanche, selon ses proches.", "vague",
     "probable"),
    ("fr", "En 2024, la SNSM a porté secours à 9 000 personnes, selon ses chiffres.",
     "institution", "reported"),
    # A participle right after its noun is no incise; a reflexive "se poursuivre" says
    # nothing.
    ("fr", "Le patron de Transalp a proposé 2 % d’augmentation, une offre jugée « insuffisante » "
           "par l’intersyndicale.", "unattributed", "asserted"),
    ("fr", "Le mouvement de grève des agents du réseau urbain Fil Bleu, entamé mardi à l'appel "
           "de la CGT, s'est poursuivi jeudi pour le troisième jour consécutif.", "unattributed",
     "asserted"),
    # Page sets 84-91 (session 24, round 1), in sentences of our own.
    # A verb after a relative clause made the subject of a quoted adjective, with a noun
    # the tagger took for an auxiliary before it.
    ("fr", "Un ingénieur de la sécurité gaz consulté par notre journal, qui a requis "
           "l'anonymat, juge « probable » que la fuite ait été détectable dès 2020.",
     "anonymous", "probable"),
    # A verb after a relative clause joined to a participle, lemmatized as a noun.
    ("fr", "Un courrier adressé jeudi aux familles par le rectorat, et que nous avons pu lire, "
           "demande aux parents d’élèves malades de les garder à domicile.", "document",
     "reported"),
    # A name a relative pronoun for things takes up is a body's.
    ("en", "Historic Wales, which lists the chapel, said it had placed the building on its "
           "register.", "institution", "reported"),
    # A person's name, then the body she belongs to.
    ("en", "The closure is likely to hit trade, said Janet Hollis of the Market Traders "
           "Federation.", "named", "probable"),
    # A practitioner is one person.
    ("fr", "Le praticien affirme avoir alerté la direction à trois reprises.", "named",
     "reported"),
]

FORTIETH_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 94 and 95 (session 24, round 2), in sentences of our own.
    # A passive future with "aller"; a relative clause the parser made the root, the
    # main verb its conjunct.
    ("fr", "Une cellule d’écoute va être ouverte dans le collège dès mardi, a annoncé la "
           "préfecture.", "institution", "predicted"),
    ("fr", "Le premier tronçon du tramway de Lorval, dont l’ouverture était prévue en juin, "
           "sera mis en service au plus tôt fin 2026, a reconnu jeudi le président de "
           "l’agglomération, Marc Dutertre.", "named", "predicted"),
    # A figure in a participle set off after a view is no estimate of it.
    ("fr", "Le tribunal a estimé que la société avait « délibérément » ignoré les alertes, "
           "causant la pollution de près de six kilomètres de rivière.", "institution",
     "reported"),
    # "se disent « ... »": a participle tagged an imperative in quote marks.
    ("fr", "Des usagers rencontrés à l’arrêt Mairie se disent « fatigués des promesses ».",
     "vague", "reported"),
    # "conteste" lemmatized as the verb it is: contesting a version denies it (a guard:
    # this sentence passed before; the change shows in the sixth blind table).
    ("fr", "Le constructeur Terramat conteste cette version et met en cause, dans un "
           "communiqué, « des modifications répétées du projet ».", "institution", "denied"),
    # A bare acronym opening "Pour X," holds a view.
    ("fr", "Pour ATS, filiale du groupe néerlandais Van Dijk Shipping, l’automatisation est "
           "une question de survie.",
     "institution", "reported"),
    # "de nouveau" between the auxiliary and the participle; a name tagged a verb after a
    # circumstance.
    ("fr", "Mme Ferrand a de nouveau contesté toute faute lundi, dans un message publié sur "
           "les réseaux sociaux.", "named", "denied"),
    ("fr", "« La direction n’a rien mis sur la table, à part des promesses », a déploré à la "
           "sortie Yannick Le Bris, de la CGT.", "named", "denied"),
    # A source's "est attendu" is its forecast.
    ("fr", "Selon Météo-France, de fortes rafales sont attendues dans la nuit sur le littoral.",
     "institution", "predicted"),
    # "not life-threatening" denies nothing; "is thought to" hedges; a school and a
    # theatre are bodies; a platform is a body.
    ("en", "Police said the driver had suffered serious but not life-threatening injuries.",
     "institution", "reported"),
    ("en", "The fire is thought to have started in the kitchen, according to a person "
           "familiar with the investigation.", "anonymous", "probable"),
    ("en", "Three pupils were sent home, according to the school.", "institution", "reported"),
    ("fr", "Plus de 900 donateurs ont participé, selon la plateforme Ulule, qui héberge la "
           "collecte.", "institution", "reported"),
]

FORTY_FIRST_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 96 and 97 (session 24, round 3), in sentences of our own.
    # A speaker the tagger took for a participle after its article.
    ("fr", "« Les renforts arrivent toujours trop tard », lâche un surveillant qui a requis "
           "l'anonymat, les traits tirés.", "anonymous", "reported"),
    # A question asked of someone who declined to comment: the outlet's fact.
    ("en", "Asked how the stand would be paid for, a club spokeswoman declined to comment.",
     "unattributed", "asserted"),
    # Several studies are documents; a newspaper's name is a body's.
    ("fr", "Plusieurs études menées dans des villes allemandes montrent que les automobilistes "
           "surestiment leur temps de trajet.", "document", "reported"),
    ("en", "The Ashford Echo reported last week that the council had sold the land.",
     "institution", "reported"),
    # "called X “Y”" with the object tagged an adjective before the quote mark.
    ("en", "Gov. Ruth Adams called the walkout “unacceptable” and said officers who stayed out "
           "could face dismissal.", "named", "reported"),
]

FORTY_SECOND_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 98 and 99 (session 24, round 4), in sentences of our own.
    # "a source" names a thing in what is said, no way of speaking.
    ("en", "Inspectors have not found a source, said Laura Finch, a spokeswoman for the "
           "county health department.", "named", "denied"),
    # Complaints and claims with an infinitive; a predicate noun after "être".
    ("fr", "Plusieurs parents rencontrés devant l’école déplorent avoir été informés trop "
           "tard.", "vague", "reported"),
    ("fr", "Le président du club affirme être déjà en contact avec « plusieurs repreneurs "
           "sérieux », sans vouloir les nommer.", "named", "reported"),
    # "a tenu à rassurer X": the infinitive says, the speaker follows it.
    ("fr", "« Aucune fuite n’a été détectée », a tenu à rassurer le préfet, Marc Dorval.",
     "named", "denied"),
    # "urged anyone who ... to come forward": the infinitive at the end of the relative.
    ("en", "Sergeant Paul Rees urged anyone who had bought the tickets to contact the "
           "police.", "named", "reported"),
    # "En cas d'..." opens a hypothesis.
    ("fr", "En cas d’annulation, la commune perdrait la subvention régionale.",
     "unattributed", "hypothetical"),
    # A court application and the results of analyses are documents; a manager is one
    # person.
    ("en", "His application to the court argued that the count had been flawed.", "document",
     "reported"),
    ("fr", "Selon les résultats d’analyses publiés lundi, l’eau est de nouveau potable.",
     "document", "reported"),
    ("fr", "Le club sera sauvé, assure son manager.", "named", "predicted"),
]

FORTY_THIRD_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 100 and 101 (session 24, end), in sentences of our own.
    # A speaker's noun before a name opening "Pour X,", whatever the parser made the head.
    ("fr", "Pour le collectif Ciel Propre, les nouvelles lignes pourraient entraîner des "
           "émissions supplémentaires.", "institution", "possible"),
    # "The N-year-old" is one person, named before.
    ("en", "The 31-year-old has denied any wrongdoing.", "named", "denied"),
    ("fr", "Le sexagénaire conteste les faits.", "named", "denied"),
]

FORTY_FOURTH_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 100 to 103 (session 25), in sentences of our own: bodies named as people
    # (an airport, "Health", "Harriers", "its owners"), a person's name set off after a
    # body's noun, a clause the parser folded into an object, a negation in a relative
    # clause, a passive kept from others, a condition inside a gerund, a counted subject,
    # charges in the passive, a participle that estimates nothing, a bare denial.
    ("fr", "L'exploitant, Karim Benali, dément que la musique dépasse les seuils "
           "autorisés.", "named", "denied"),
    ("en", "Kingsmere Airport will add six routes this summer, its owner said on "
           "Wednesday.", "institution", "predicted"),
    ("en", "Birch Hollow will close at the end of March, its owners announced on Saturday.",
     "institution", "predicted"),
    ("en", "Bellridge Health, one of the largest insurers in the Midwest, said hackers had"
           " stolen patient records.", "institution", "reported"),
    ("en", "Cardiff Harriers said in a statement that the player's contract had been "
           "terminated.", "institution", "reported"),
    ("en", "The airport denied that any night slots had been allocated to the new routes.",
     "institution", "denied"),
    ("en", "Council leader Janet Holloway said the square needed resurfacing and that the "
           "stalls had damaged the paving.", "named", "reported"),
    ("fr", "D'après la carte scolaire présentée lundi, douze classes fermeront à la "
           "rentrée.", "document", "predicted"),
    ("en", "The 40-page decision of the disciplinary panel found that the sample had been "
           "contaminated.", "document", "reported"),
    ("fr", "Le groupe de pirates a revendiqué l'attaque, en menaçant de publier les "
           "fichiers si une rançon n'était pas versée.", "institution", "reported"),
    ("fr", "Sur les 30 blessés, trois restaient hospitalisés lundi soir, dont le "
           "chauffeur, âgé de 45 ans, a indiqué la préfecture.", "institution", "reported"),
    ("fr", "Le maire est soupçonné d'avoir favorisé un proche lors de la vente d'un "
           "terrain communal.", "unattributed", "reported"),
    ("en", "The senator is accused of steering contracts to a campaign donor.",
     "unattributed", "reported"),
    ("fr", "Un projet de piste cyclable, chiffré à 2 millions d'euros, est à l'étude.",
     "unattributed", "asserted"),
    ("en", "The Marine Accident Investigation Branch said it had sent inspectors to the "
           "port.", "institution", "reported"),
    ("fr", "La moitié des stations pourraient ne plus être viables d'ici à 2050, estiment "
           "des climatologues.", "vague", "possible"),
    ("en", "The coach is likely to stay on, according to people close to the club.",
     "anonymous", "probable"),
    ("fr", "« J'ai vendu 300 baguettes mardi », a raconté l'artisan au quotidien régional.",
     "named", "reported"),
    ("fr", "« Les tarifs sociaux ne changent pas », a précisé l'adjointe.", "named", "denied"),
    ("fr", "La mairie a démenti, assurant que le budget avait été présenté en commission.",
     "institution", "denied"),
    ("fr", "La communauté de communes a précisé que vingt artisans avaient participé au "
           "concours.", "institution", "reported"),
    ("fr", "Le stade devra être mis aux normes avant la reprise, a indiqué la Ligue de "
           "Bretagne de football.", "institution", "predicted"),
    ("fr", "D'après le gérant, le bruit viendrait surtout des clients qui fument sur le "
           "trottoir, sur lesquels il n'aurait « aucune prise » une fois sortis de "
           "l'établissement.", "named", "reported"),
    ("fr", "Ce rapport n'a jamais été communiqué aux familles, affirme l'association des "
           "parents d'élèves.", "institution", "denied"),
    # A clause hung inside the aside after the object of "said" (set 86).
    ("en", "Westshire Police said the man, named locally as John Price, a retired teacher, "
           "was pronounced dead at the scene.", "institution", "reported"),
    # A cause given with "par" is the speaker's claim (set 102).
    ("fr", "Le laboratoire Orvane, principal fournisseur du marché, explique ces retards par "
           "une demande « exceptionnellement forte ».", "institution", "reported"),
]

FORTY_FIFTH_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 104 and 105 (session 25, round 2), in sentences of our own: "selon toute
    # vraisemblance" (no source), a worry with what it is about, "l'institution", a
    # relative clause on "whose" made the root, a body's unnamed spokesperson, an object
    # hung on a day, an appeal made to someone, "Pour ..." inside a quote, a negated aim,
    # an infinitive tagged a present, a share counted, a festival.
    ("fr", "La vente devrait, selon toute vraisemblance, être finalisée avant la fin de "
           "l'été.", "unattributed", "probable"),
    # (reported since session 46, as set 104's writer read this line: a fear for
    # something is told)
    ("fr", "Certains habitants s'inquiètent pour leurs données personnelles.", "vague",
     "reported"),
    ("fr", "« La tolérance est nulle », a martelé dans un communiqué l'institution.",
     "institution", "reported"),
    ("en", "A Yorkshire Water spokesperson said controlled releases had begun on Saturday.",
     "institution", "reported"),
    ("fr", "Météo-France prévoit pour la nuit de samedi à dimanche des orages « localement"
           " violents ».", "institution", "predicted"),
    ("fr", "La préfecture a appelé les maires à « la plus grande prudence » concernant les"
           " rassemblements.", "institution", "reported"),
    ("fr", "« Pour la plupart d'entre eux, c'est une première », souligne le chef "
           "d'orchestre, Laurent Vasseur.", "named", "reported"),
    ("fr", "« Des infirmières se garent plus loin pour ne pas payer », affirme sa "
           "secrétaire, Sandrine Lopez.", "named", "reported"),
    ("fr", "Le député a annoncé sur X qu'il allait interpeller le ministre de la Santé.",
     "named", "predicted"),
    ("fr", "Selon l'agence régionale de santé, 11,4 % des assurés n'ont pas de médecin "
           "traitant.", "institution", "reported"),
    ("fr", "Le concert devrait afficher complet, d'après le Festival des jeunes musiciens "
           "de Montréal.", "institution", "probable"),
    ("en", "Hale, whose gelding Silver Arrow won at the Cheltenham Festival in March, has "
           "not been charged with any offence.", "unattributed", "denied"),
    # Guard: an object after a day, in quote marks, is no inverted speaker (set 24).
    ("fr", "Le vice-président de la métropole, Laurent Achard, a reconnu jeudi des "
           "« difficultés techniques ».", "named", "reported"),
]

FORTY_SIXTH_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 106 and 107 (session 25, round 3), in sentences of our own: inability in an
    # infinitive, a request denied ("ne préconisait aucune"), a relative clause made the
    # root before an adverbial clause and a "que" hung on a copula, a commitment told on a
    # source's word, countries a group came from, a step weighed, a bare noun after
    # "Sans" with a future, "unlikely".
    ("fr", "Les riverains de l'avenue disent ne plus pouvoir dormir les fenêtres ouvertes.",
     "vague", "reported"),
    ("fr", "Le rapport d'expertise ne préconisait en revanche aucune limitation de tonnage"
           " sur le pont.", "document", "denied"),
    ("fr", "L'État s'est engagé à verser des avances aux éleveurs « sous quatre semaines "
           "», selon la préfecture.", "institution", "predicted"),
    ("fr", "Devant la gare, des touristes venus d'Italie et du Portugal disaient ne pas "
           "avoir été prévenus de la grève.", "vague", "denied"),
    ("fr", "Certains parents envisagent de conduire leurs enfants à l'école en voiture.",
     "vague", "reported"),
    ("fr", "« Sans compensation, il n'y aura pas de volontaires », prévient le délégué "
           "syndical, Marc Rivière.", "named", "hypothetical"),
    ("en", "People familiar with the plans said the market was unlikely to return before "
           "2027.", "anonymous", "probable"),
    ("fr", "Un courriel de la direction adressé mardi aux agents, dont Libération a obtenu"
           " copie, affirme pourtant qu'« aucune suppression de poste n'est à l'ordre du "
           "jour ».", "document", "denied"),
]

FORTY_SEVENTH_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 108 and 109 (session 25, round 4), in sentences of our own: what only a body
    # does after a name, a promise that something will not happen, a launch announced,
    # "not just", a share counted in tens, a company named "Ltd".
    ("fr", "Gazelec Sud, qui exploite la conduite, a assuré qu'aucune anomalie de pression"
           " n'avait été détectée.", "institution", "denied"),
    ("fr", "« Aucun poste ne sera supprimé », a promis le ministre du Travail, Étienne "
           "Varenne.", "named", "predicted"),
    ("fr", "Le ministre a annoncé le lancement d'une inspection de toutes les "
           "canalisations anciennes.", "named", "predicted"),
    ("en", "“What stands out is not just the heat but how early it came,” said Rachel "
           "Ainsworth, a climate scientist.", "named", "reported"),
    ("en", "Four in ten households have no air conditioning, the survey found.",
     "document", "reported"),
    ("en", "The post office on High Street will close in October, Post Office Ltd has "
           "confirmed.", "institution", "predicted"),
]

FORTY_EIGHTH_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 110 to 113 (session 26, round 1), in sentences of our own: a verb the model
    # made a noun, an infinitive or a participle inside its subject's phrase, a setting made
    # the subject, a document's noun (a poster, invoices), praise told on its subject's
    # word, officials of a service or a level of government, a prohibition, what may have
    # happened, a likelihood, a headline's infinitive past an adverbial clause, a body by
    # its name's last word, a governing body, an event whose holding is announced.
    ("fr", "Un haut responsable du ministère de la Santé, s'exprimant sous couvert d'anonymat, "
           "juge toutefois que « les chiffres restent trop fragiles pour trancher ».",
           "anonymous", "reported"),
    ("fr", "Le courrier envoyé mardi aux riverains, signé du directeur, Paul Amar, invoque « "
           "des contraintes techniques ».", "document", "reported"),
    ("fr", "Le courrier envoyé mardi aux riverains invoque « des contraintes techniques ».",
           "document", "reported"),
    ("fr", "Un message publié sur la page Facebook du club, qui a recueilli plus de 500 "
           "commentaires, déplore « la fin d'une époque ».", "document", "reported"),
    ("fr", "Une affichette posée à l'entrée du parc déconseille la baignade jusqu'à nouvel "
           "ordre.", "document", "reported"),
    ("fr", "Dans un tract distribué jeudi devant l'usine, la CGT-Métallurgie de la Sarthe "
           "dénonce « un plan social déguisé ».", "institution", "reported"),
    ("en", "Local shop owners welcomed the decision.", "vague", "reported"),
    ("en", "Residents had to leave their homes overnight, local officials said.",
           "institution", "reported"),
    ("en", "The boy was found alive on Sunday, according to search and rescue officials.",
           "institution", "reported"),
    ("en", "Invoices obtained by the Courier under freedom of information rules show payments "
           "to a consultancy.", "document", "reported"),
    ("fr", "Les randonneurs « ne doivent en aucun cas quitter les sentiers balisés », a "
           "rappelé la préfecture.", "institution", "reported"),
    ("fr", "Selon des experts du cabinet, des fissures ont pu se former dès l'hiver dernier.",
           "vague", "possible"),
    ("fr", "« Tout laisse penser à un acte volontaire », a déclaré le procureur, Marc Vidal.",
           "named", "probable"),
    ("en", "Corner shop to shut after 40 years as owners retire", "unattributed", "predicted"),
    ("fr", "Le concert a été reporté, a indiqué vendredi le producteur, Azur Live Productions.",
           "institution", "reported"),
    ("en", "The race was postponed, the sport's governing body said on Friday.",
           "institution", "reported"),
    ("fr", "La maire a annoncé la tenue d'une consultation des habitants le 12 mai.",
           "named", "predicted"),
    # (guards: what these rules must leave alone)
    ("en", "Spain welcomed a record 85 million visitors last year.", "unattributed", "asserted"),
    ("en", "The army shelled a fuel depot near the city, two local officials said.",
           "anonymous", "reported"),
    ("fr", "Selon la préfecture, les secouristes ont pu atteindre la victime vers 15 heures.",
           "institution", "reported"),
]



FORTY_NINTH_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 114 and 115 (session 26, round 2), in sentences of our own: a bare denial
    # with a clitic object, the town as a body, an aim set by a date, not understanding and
    # having no means (no denial), a negation inside what is feared, a complaint, court
    # papers or an order framing what is said or done, a carrier's name, an expectation
    # told.
    ("fr", "Le directeur l'a contesté.", "named", "denied"),
    ("fr", "La ville table sur 80 000 entrées par an.", "institution", "predicted"),
    ("fr", "Le club vise la montée en Ligue 2 d'ici à 2027, a indiqué son président, Marc "
           "Roux.", "named", "predicted"),
    ("fr", "Plusieurs riverains disaient ne pas comprendre « l'obstination » de la mairie.",
           "vague", "reported"),
    ("en", "Engineers have warned that many small harbours have no means of monitoring the sea "
           "wall, let alone repairing it.", "vague", "reported"),
    ("en", "Some parents had feared the school would never reopen.", "vague", "possible"),
    ("fr", "Dans sa plainte, que nous avons pu consulter, l'association affirme que les travaux "
           "ont débuté sans autorisation.", "document", "reported"),
    ("en", "In papers filed with the High Court, Marlow Estates says the council ignored its "
           "objections.", "document", "reported"),
    ("fr", "Dans son ordonnance, le juge a rejeté la demande de la société, estimant que le "
           "chantier était urgent.", "document", "reported"),
    ("en", "The tanker's owner, Baltic Bulk Carriers, denied that the ship had strayed from the "
           "lane.", "institution", "denied"),
    ("fr", "L'opposition municipale dénonce une hausse « injustifiable » des tarifs.",
           "institution", "reported"),
    ("en", "The airline said it expected further cancellations on Tuesday.",
           "institution", "probable"),
    # (guards: what these rules must leave alone)
    ("fr", "Le maire dit comprendre la colère des habitants.", "named", "reported"),
]



FIFTIETH_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 116 and 117 (session 26, round 3), in sentences of our own: a participle set
    # off after the subject taking it, a quantity after an inserted phrase, a court as a
    # jurisdiction, an arbitral award as a document, an opinion issued by a report,
    # simulations, part of a group, an endorsement told, no realistic way (no denial).
    ("fr", "Le préfet du Var, Michel Aubert, arrivé sur place en fin de matinée, a annoncé que "
           "des renforts seraient envoyés d'ici la fin de la semaine.", "named", "predicted"),
    ("fr", "Des élus de la métropole réclament de leur côté davantage de places en crèche.",
           "vague", "reported"),
    ("fr", "La Cour de cassation a rejeté le pourvoi, a indiqué mardi la juridiction.",
           "institution", "reported"),
    ("fr", "Dans sa sentence de 30 pages, la commission relève « des manquements répétés » du "
           "club.", "document", "reported"),
    ("fr", "Selon la sentence, le joueur n'a commis aucune faute.", "document", "denied"),
    ("fr", "L'avis de l'architecte des Bâtiments de France, rendu en mars, émettait des "
           "réserves sur la hauteur du bâtiment.", "document", "reported"),
    ("fr", "Le trajet devrait passer de 40 à 30 minutes, d'après les simulations de "
           "l'exploitant.", "document", "probable"),
    ("fr", "Une partie des riverains voit le chantier d'un mauvais œil.", "vague", "reported"),
    ("en", "The Chamber of Commerce has endorsed the scheme, saying similar schemes had worked "
           "in other towns.", "institution", "reported"),
    ("en", "Residents said many older people had no realistic way of reaching the new surgery.",
           "vague", "reported"),
    ("en", "Several economists questioned the forecast, warning that it ignored the slump in "
           "housing.", "vague", "reported"),
]



FIFTY_FIRST_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 118 and 119 (session 26, round 4), in sentences of our own: a speaking
    # adjective the tagger made a verb, what was not ruled out in the passive (possible), a
    # figure not exceeded (no denial), an instruction not to do something, annoyance told,
    # a concession-holder, a rate that is no agent, sources at a body, figures published in
    # papers.
    ("fr", "La présidente du club a été catégorique : « Il n'en a jamais été question. »",
           "named", "denied"),
    ("fr", "L'hypothèse d'un incendie criminel n'a pas été écartée, selon le parquet.",
           "institution", "possible"),
    ("fr", "Selon le rectorat, les effectifs ne dépassent pas 120 élèves cette année.",
           "institution", "reported"),
    ("fr", "Plusieurs élus s'agacent de ce nouveau retard, après des années d'attente.",
           "vague", "reported"),
    ("fr", "Le concessionnaire, Sud Autoroutes, évalue le surcoût à environ 5 millions d'euros.",
           "institution", "estimate"),
    ("fr", "Le coût est estimé à environ 30 000 euros par an par les services de la ville.",
           "institution", "estimate"),
    ("en", "Sources at the city council said the library could close next year.",
           "anonymous", "possible"),
    ("en", "Figures published in the council papers show visitor numbers fell by 12% last year.",
           "document", "reported"),
    ("fr", "« La situation est stable, mais nous demandons à chacun de ne pas sortir tant que "
           "les relevés ne sont pas revenus à la normale », a déclaré le maire, Paul Ricard.",
           "named", "reported"),
    # (what had not come back is denied; "did not return calls" stays a refusal, below)
    ("en", "Residents said the water supply had still not returned on Sunday evening.",
           "vague", "denied"),
    ("en", "The company did not return calls seeking comment.", "unattributed", "asserted"),
]


FIFTY_SECOND_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 120 and 121 (session 27, round 1), in sentences of our own: a noun the
    # tagger made an adverb ("tout manquement"), a future it made a participle before an
    # incise, an anonymity phrase closing an incise's speaker, a counted group after "Pour
    # les quelque", an estimate's unnamed owner, a concession ("même si"), a group gathered
    # within a body, rules posted or saying, a village speaking, what could have been (a
    # hypothesis), a likelihood widened by "possibly", one person known by a role, a
    # relative clause hung before the content, a clause's verb hung on its subject, the
    # first of two verbs hung inside the subject, a stance told with a participle clause
    # after it.
    ("fr", "Le directeur de l'usine, Marc Olivier, a démenti tout manquement à la sécurité.",
           "named", "denied"),
    ("fr", "La cantine suspendra le service dès lundi faute de personnel, a prévenu la mairie.",
           "institution", "predicted"),
    ("fr", "Pour les quelque 300 salariés du site, la nouvelle est un soulagement.",
           "unattributed", "asserted"),
    ("fr", "Les travaux coûteraient environ deux millions d'euros, selon l'estimation d'un "
           "ancien élu.", "anonymous", "estimate"),
    ("en", "The repairs cost about $3 million, according to estimates from several contractors.",
           "vague", "estimate"),
    ("fr", "Les commerçants saluent une rue « enfin apaisée », même si certains regrettent la "
           "perte de places de stationnement.", "vague", "reported"),
    ("fr", "Les riverains, regroupés au sein de l'association Quartier Nord, réclament un "
           "nouveau tracé.", "institution", "reported"),
    ("en", "The pool will open at 7 a.m. on weekdays, according to rules posted at the "
           "entrance.", "document", "predicted"),
    ("en", "Glass bottles will not be allowed on the beach, the rules say.", "document", "denied"),
    ("en", "The library will reopen in March, the village said in a statement.",
           "institution", "predicted"),
    ("en", "Opposition councillor Mark Reid said the council could have sold the building years "
           "ago.", "named", "hypothetical"),
    ("fr", "« Avec ce budget, on aurait pu rénover l'école », regrette le conseiller municipal "
           "Paul Marty.", "named", "hypothetical"),
    ("en", "Mayor Ann Cole said the repairs would likely take several weeks, and possibly "
           "months.", "named", "probable"),
    ("fr", "« C'est une immense joie », a confié le buteur après la rencontre.",
           "named", "reported"),
    ("en", "“It was the best night of my life,” the goalkeeper said.", "named", "reported"),
    ("fr", "La cantine suspendra le service dès lundi, a prévenu un responsable de la mairie "
           "sous couvert d'anonymat.", "anonymous", "predicted"),
    ("fr", "Le maire justifie cette décision par le départ de deux agents administratifs, qui "
           "ne seront pas remplacés.", "named", "reported"),
    ("fr", "La mairie indique que les démarches d'état civil urgentes, comme les déclarations "
           "de naissance, seront toujours assurées sur rendez-vous le mardi.",
           "institution", "predicted"),
    ("fr", "Le règlement affiché à l'entrée n'impose pour l'instant aucun certificat, mais "
           "exige que les enfants soient accompagnés.", "document", "denied"),
    ("en", "Campers described a chaotic exit along the only road out of the site.",
           "vague", "reported"),
    # (reported since session 46: a fear for something is told, 5 lines of 5)
    ("fr", "Des parents d'élèves s'inquiètent aussi pour le transport scolaire, le car ne "
           "pouvant plus passer par le pont.", "vague", "reported"),
    # (guards: what these rules must leave alone)
    ("en", "The fire may have been started deliberately, police said.", "institution", "possible"),
    ("fr", "Il aurait pu s'agir d'un acte criminel, selon la police.", "institution", "possible"),
    ("en", "Complaints were handled according to rules set by the league.",
           "unattributed", "asserted"),
    ("en", "“We will fight on,” said the family.", "vague", "predicted"),
    ("fr", "Des habitants, réunis au sein du collectif Rive Sud, estiment que le projet "
           "pourrait retarder les travaux.", "vague", "possible"),
]


FIFTY_THIRD_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 122 and 123 (session 27, round 2), in sentences of our own: "vouloir croire"
    # as a verb of saying, "que jamais" (no negation), the outlet's own paper, an object
    # past a day and a setting ("toute la"), a negation in a later clause, a verb the model
    # made a clause of its subject, a share ("sept sur dix"), an urban
    # community, trustees, a figure counted on roughly, "rappeler" with an infinitive, a
    # step announced as near, a passive with "être" read as a tense, what cannot be done, a
    # step scheduled for a time, "selon" inside the speaker's quote, "citer".
    ("fr", "« Si le soleil est là, on battra le record », veut croire l'organisatrice, Anne "
           "Roux.", "named", "hypothetical"),
    ("fr", "Selon un commissaire de course, l'édition a été « plus disputée que jamais ».",
           "anonymous", "reported"),
    ("fr", "L'association n'a pas publié ses comptes depuis deux ans, a constaté notre journal.",
           "unattributed", "denied"),
    ("fr", "Le collectif « Rue Vivante » a réclamé lundi, dans un communiqué, « toute la "
           "lumière » sur l'accident.", "institution", "reported"),
    ("fr", "Le festival aura bien lieu en juillet, mais le traditionnel feu d'artifice ne sera "
           "pas tiré cette année, a annoncé la mairie.", "institution", "predicted"),
    ("fr", "Une lettre adressée aux riverains de la commune, que Le Courrier de l'Ouest s'est "
           "procurée, évoque aussi une hausse de 30 % des loyers.", "document", "reported"),
    ("fr", "Sept communes rurales sur dix ne comptent plus aucun médecin, d'après une étude "
           "publiée l'an dernier.", "document", "reported"),
    ("fr", "Le réseau a enregistré 12 000 trajets en un mois, a annoncé la communauté urbaine "
           "de Brévannes.", "institution", "reported"),
    ("en", "The gallery will return six paintings to their owners' heirs, its trustees "
           "announced.", "institution", "predicted"),
    ("fr", "La mairie table sur environ 2 000 visiteurs pour la première édition.",
           "institution", "estimate"),
    ("fr", "La directrice de l'école, Claire Morel, rappelle avoir alerté la mairie dès 2022.",
           "named", "reported"),
    ("fr", "Le musée a annoncé mardi le retour prochain de douze statues au Bénin.",
           "institution", "predicted"),
    ("fr", "Le débit du Rhône, gonflé par des lâchers d'eau des barrages situés en amont, était "
           "estimé à près de 900 m³/s lundi par le service de prévision des crues.",
           "institution", "estimate"),
    ("fr", "« Nous ne pouvons accepter aucun retard supplémentaire », a déclaré la préfète, "
           "Anne Leroy.", "named", "reported"),
    ("fr", "Les travaux doivent durer au moins six mois, selon la métropole.",
           "institution", "predicted"),
    ("fr", "De nouveaux bancs doivent être installés au printemps, selon le service des espaces "
           "verts.", "institution", "predicted"),
    ("fr", "Le maire a démenti toute faute, assurant que les travaux avaient été « menés selon "
           "le calendrier prévu ».", "named", "denied"),
    ("fr", "La directrice cite notamment les familles monoparentales, pour qui la cantine reste "
           "indispensable.", "named", "reported"),
    ("fr", "Le maire a déclaré : « Selon les premiers éléments, l'incendie est accidentel. »",
           "named", "reported"),
    # (guards: what these rules must leave alone)
    ("fr", "Les produits doivent être rapportés en magasin, a indiqué mardi la préfecture.",
           "institution", "reported"),
    ("fr", "La ministre doit présenter la semaine prochaine un plan pour les urgences, selon un "
           "de ses conseillers.", "anonymous", "reported"),
    ("fr", "Des élus de la communauté de communes, cités par Le Progrès, ont appelé le maire à "
           "démissionner.", "vague", "reported"),
]


FIFTY_FOURTH_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 124 and 125 (session 27, round 3), in sentences of our own: a determiner the
    # model made its noun's object ("aucun blessé"), a unit's adjective tagged a verb
    # ("mètres cubes"), websites and registers as documents, an imperfect tagged a
    # conditional, a count of people lacking something, a quoted verb made an apposition, a
    # participle on an object left loose, a diocese, an English clause after "said X, as
    # ...,".
    ("fr", "« Nous n’avons aucun blessé à déplorer, c’est un soulagement », a déclaré la maire, "
           "Anne Roux.", "named", "denied"),
    ("fr", "Le volume de terre déplacée est estimé à 8 000 mètres cubes par les services de "
           "l’État.", "institution", "estimate"),
    ("en", "The festival drew 5,000 visitors last year, according to the town’s website.",
           "document", "reported"),
    ("fr", "Selon les registres de la mairie, l'école comptait 300 élèves en 1950.",
           "document", "reported"),
    ("fr", "Le navire transportait ce jour-là 600 tonnes de charbon chargées à Cardiff.",
           "unattributed", "asserted"),
    ("fr", "Sans ces travaux, le pont « se serait effondré d'ici cinq ans », estime l'ingénieur "
           "Paul Morel.", "named", "hypothetical"),
    ("en", "The diocese said the chapel was unlikely to reopen before spring.",
           "institution", "probable"),
    ("fr", "Le diocèse a fait savoir qu'une messe serait célébrée le 29 juin.",
           "institution", "predicted"),
    ("en", "The Ministry of Defence said the Carrow Rock, as a merchant ship, did not fall "
           "under the Protection of Military Remains Act.", "institution", "denied"),
    ("fr", "Selon l'agence régionale de santé, 1 840 habitants du secteur n'avaient pas de "
           "médecin traitant fin 2024.", "institution", "reported"),
    ("fr", "L'association Voix du Nord, qui organise le festival, estime à quelque 4 000 le "
           "nombre de spectateurs venus assister aux deux jours de concerts.",
           "institution", "estimate"),
    # (guards: what these rules must leave alone)
    ("fr", "Trois salariés n'ont pas été payés, selon le syndicat.", "institution", "denied"),
    ("fr", "Le suspect aurait pris la fuite, selon la police.", "institution", "reported"),
]


FIFTY_FIFTH_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 126 and 127 (session 27, round 4), in sentences of our own: a tribunal's
    # written determination (a document), a body's name built on "Chamber of".
    ("en", "“The doctor's conduct was dishonest and repeated,” the tribunal's written "
           "determination said.", "document", "reported"),
    ("en", "Ashbourne Dale Chamber of Trade welcomed the decision but said it did not go far "
           "enough.", "institution", "reported"),
    # (guards: what these rules must leave alone)
    ("en", "The president of the Chamber of Trade, Jane Roe, said the plan came too late.",
           "named", "reported"),
]


FIFTY_SIXTH_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 128 and 129 (session 28, round 1), in sentences of our own: an anonymity
    # phrase set off after the verb, a body's vote set off after what it decided, 'y voir',
    # shares as figures, a causative tagged a noun in a headline, staff as a group, a
    # sentence's verb made a clause inside its subject, a participle that only says which
    # one the subject is, charges in the passive with their agent, 'juge' tagged a noun, an
    # agent across a comma belonging to an action noun.
    ("en", "“The noise went on all night,” one neighbour said, asking not to be named because "
           "of a dispute with the landlord.", "anonymous", "reported"),
    ("fr", "Le parking de la gare deviendra payant dès le 1er mars, a voté lundi soir le "
           "conseil communautaire.", "institution", "predicted"),
    ("fr", "Des associations de cyclistes y voient une « mesure punitive » contre les habitants "
           "des quartiers nord.", "vague", "reported"),
    ("en", "The union puts the losses at roughly a quarter of its members' savings.",
           "institution", "estimate"),
    ("fr", "La direction évalue les pertes à près de la moitié du chiffre d'affaires annuel.",
           "institution", "estimate"),
    ("en", "Flood damage forces Carlow council to shut three schools", "unattributed", "asserted"),
    ("en", "Hospital staff told the Gazette they had been asked to work double shifts.",
           "vague", "reported"),
    ("fr", "Un message publié mardi matin sur le site de la préfecture appelle les "
           "automobilistes à « éviter le secteur » et indique que la route restera fermée "
           "jusqu'à nouvel ordre.", "document", "reported"),
    ("fr", "Une pétition en ligne demandant la réouverture de la classe a recueilli 900 "
           "signatures en trois jours.", "unattributed", "asserted"),
    ("fr", "Le directeur de l'usine a été mis en cause par un rapport de l'inspection du "
           "travail.", "document", "reported"),
    ("en", "The contractor was accused by the council of ignoring safety warnings.",
           "institution", "reported"),
    ("fr", "Un mois après la crue, un rapport de la direction départementale juge que les "
           "digues étaient mal entretenues.", "document", "reported"),
    ("fr", "Une réunion publique est prévue jeudi soir, avant le vote du budget par le conseil "
           "municipal.", "unattributed", "asserted"),
    # (guards: what these rules must leave alone)
    ("en", "Government forces to withdraw from border town", "unattributed", "predicted"),
    ("en", "Two staff said the ward had closed early.", "anonymous", "reported"),
]


FIFTY_SEVENTH_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 130 and 131 and older sets' unsafe lines (session 28, round 2), in
    # sentences of our own: a name a body's word ends set off after its noun, a councillor
    # the entity reader took for a body, a favoured lead, investigators named by their
    # role, another newsroom, a counterfactual figure estimated, an identification, an
    # uncounted plural, a venue's owners, a report in a clause of contrast, invoices,
    # gladness at an infinitive, a gerund of 'aller', a rating in an inspection report, a
    # letter written to ask for something.
    ("en", "The operator, Harbourside Renewables, said it would appeal the decision.",
           "institution", "predicted"),
    ("en", "“We cannot lose this land,” said Councillor Margaret Ollerton after the vote.",
           "named", "reported"),
    ("fr", "Une semaine après l'accident, les gendarmes privilégient l'hypothèse d'une erreur "
           "de pilotage.", "institution", "probable"),
    ("fr", "Les enquêteurs estiment que le feu est parti d'un transformateur.",
           "institution", "reported"),
    ("fr", "Le joueur aurait quitté le club dès lundi, selon nos confrères du Télégramme.",
           "institution", "reported"),
    ("fr", "La centrale aurait pu fournir l'équivalent de 9 000 foyers, selon les estimations "
           "du promoteur.", "institution", "estimate"),
    ("en", "Relatives identified the driver as Paul Reyes, 34, of Tucson.", "vague", "reported"),
    ("fr", "D'anciens membres affirment que l'entraîneur les insultait régulièrement.",
           "vague", "reported"),
    ("en", "The Playhouse will open on Sundays from May, the theatre's owners announced on "
           "Friday.", "institution", "predicted"),
    ("en", "The bridge will probably reopen in March, though engineers said further repairs "
           "might be needed.", "unattributed", "probable"),
    ("fr", "La piscine rouvrira en juin, même si l'adjoint aux sports a reconnu que le chantier "
           "avait pris du retard.", "unattributed", "predicted"),
    ("fr", "Une facture de la société, que nous avons pu consulter, mentionne un montant de 12 "
           "000 euros.", "document", "reported"),
    ("fr", "Des parents se réjouissent de pouvoir enfin déposer leurs enfants en toute "
           "sécurité.", "vague", "reported"),
    ("fr", "Des riverains se plaignent de devoir faire un détour en allant chercher leurs "
           "enfants.", "vague", "reported"),
    ("en", "The footbridge was rated in “critical” condition in its latest county inspection "
           "report.", "document", "reported"),
    ("fr", "La maire, Sophie Arnaud, a écrit au préfet pour réclamer des renforts de "
           "gendarmerie.", "named", "reported"),
    # (guards: what these rules must leave alone)
    ("fr", "Deux enquêteurs ont indiqué que la nacelle avait heurté la ligne.",
           "anonymous", "reported"),
    ("fr", "Des sources proches du dossier affirment que le joueur a été entendu.",
           "anonymous", "reported"),
    ("en", "The landlord, Peter Marsh, said the flat had passed its inspection.",
           "named", "reported"),
    ("en", "The hotel was rated five stars in 2019.", "unattributed", "asserted"),
    ("fr", "La société Batifort a saisi le tribunal administratif pour obtenir l'annulation du "
           "marché.", "unattributed", "asserted"),
]


FIFTY_EIGHTH_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 132 and 133 (session 28, round 3), in sentences of our own: a civil title
    # before a name, a name with a particle set off after a role, a figure estimated with a
    # modal inside, a central kitchen, a schedule and a circular as documents, a source
    # closing a clause before a colon, what an analysis brings to light, a condition whose
    # own verb the parser made the root.
    ("fr", "M. Fenzi, entendu mardi, aurait admis avoir vendu « une vingtaine » de faux.",
           "named", "reported"),
    ("fr", "Son armateur, Erwan Le Bihan, conteste cette version.", "named", "denied"),
    ("en", "People close to the inquiry estimate that hundreds more victims may never have come "
           "forward.", "anonymous", "estimate"),
    ("fr", "Pour rester dans l'enveloppe, la cuisine centrale explique avoir renégocié ses "
           "contrats.", "institution", "reported"),
    ("fr", "Le chantier devrait s'achever en juin, selon le calendrier prévisionnel remis aux "
           "riverains.", "document", "probable"),
    ("fr", "Une circulaire du rectorat, envoyée lundi aux directeurs, rappelle l'interdiction "
           "des téléphones en classe.", "document", "reported"),
    ("fr", "Côté sécurité, le bilan est rassurant, selon la gendarmerie : aucun accident n'a "
           "été signalé depuis l'ouverture du rond-point.", "institution", "reported"),
    ("fr", "Une analyse du laboratoire, versée au dossier, a mis en évidence la présence de "
           "plomb dans l'eau.", "document", "reported"),
    ("fr", "Si les faits étaient établis, les personnes poursuivies encourraient jusqu'à cinq "
           "ans de prison.", "unattributed", "hypothetical"),
    # (guards: what these rules must leave alone)
    ("fr", "Pour les habitants, selon le maire, la route restera fermée jusqu'en mai.",
           "named", "predicted"),
    ("fr", "Le maire rappelle l'importance du tri.", "unattributed", "asserted"),
    ("fr", "Le rapport a été mis en ligne mardi sur le site de la préfecture.", "unattributed",
           "asserted"),
    ("fr", "La commission doit décider s'il faut suspendre les travaux.", "unattributed",
           "asserted"),
]


FIFTY_NINTH_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 134 and 135 (session 29), in sentences of our own: a name quoted after its
    # article, words quoted inside a sentence whose subject came before them, a verb of
    # perceiving with an infinitive, a view contested or not shared in a noun's relative
    # clause, one person named by kin, a gerund before an inverted speaker, a participle
    # tagged an imperfect set off after the subject, a stance told around a relative clause,
    # an anonymity phrase set off after the speaker, a magistrate unnamed, a negation inside
    # a concession, a hedge inside a noun's clause, a name led by an acronym, a ship's log
    # and a model as documents, a welcome before a contrast, a worry about a thing named, a
    # collective's quoted name with a verb in it.
    ("fr", "Le cargo, le « Marie-Galante », avait quitté Nantes à 6 heures pour Bilbao.",
           "unattributed", "asserted"),
    ("fr", "La procédure, ouverte en juin par le parquet de Rodez pour « détournement de fonds "
           "», vise un ancien trésorier du club de rugby.", "unattributed", "asserted"),
    ("fr", "« On entendait le toit craquer au-dessus de nos têtes. J'ai pris les enfants et on "
           "est sortis », raconte Lucie Marchand.", "named", "reported"),
    ("fr", "Une version que conteste fermement la direction de l'usine.", "institution", "denied"),
    ("fr", "Un constat que ne partagent pas plusieurs riverains.", "vague", "denied"),
    ("fr", "Sa fille assure avoir prévenu les secours dès 7 heures.", "named", "reported"),
    ("en", "Her husband said the shop had been broken into twice.", "named", "reported"),
    # (a surprise told, no denial: the three such lines written since read it reported)
    ("fr", "« On ne s'attendait pas à un tel succès », glisse en souriant Monique, la gérante.",
           "named", "reported"),
    ("fr", "Les travaux, interrompus depuis janvier, devraient reprendre en mai, selon la "
           "mairie.", "institution", "probable"),
    ("fr", "La présidente, Anne Morel, s'est félicitée d'un vote qui « récompense les bénévoles "
           "qui veulent s'engager ».", "named", "reported"),
    ("fr", "Le calendrier pourrait glisser de plusieurs mois, a nuancé un expert du dossier, "
           "sous couvert d'anonymat.", "anonymous", "possible"),
    ("fr", "Le dossier pourrait être classé avant l'été, estime un magistrat de la cour des "
           "comptes.", "anonymous", "possible"),
    ("fr", "Selon le maire, la fusion pourrait réduire les coûts, même s'il admet que « rien "
           "n'est acquis ».", "named", "possible"),
    ("fr", "« On savait que c'était une chance qu'on n'aurait peut-être pas deux fois », confie "
           "Paul Girard.", "named", "reported"),
    ("fr", "Le CROSSatlantique a confirmé avoir ouvert une enquête.", "institution", "reported"),
    ("fr", "D'après le carnet de bord du navire, le moteur avait été révisé en mai.",
           "document", "reported"),
    ("en", "Around 900 homes could be affected, according to the agency's flood modelling.",
           "document", "possible"),
    ("en", "Parents at the meeting broadly welcomed the change, though some asked about the "
           "cost of uniforms.", "vague", "reported"),
    ("fr", "Des parents s'inquiètent de la fermeture d'une classe à la rentrée.",
           "vague", "reported"),
    ("fr", "Le collectif « Sauvons le marais », qui regroupe 400 riverains, réclame l'arrêt des "
           "travaux.", "institution", "reported"),
    # (guards: what these rules must leave alone)
    ("fr", "Les riverains craignent que le trafic augmente.", "vague", "possible"),
    ("fr", "« Nous sommes inquiets », a déclaré le maire.", "named", "reported"),
    ("fr", "Le ministre, qui veut réformer la loi, a présenté son texte.",
           "unattributed", "asserted"),
]


SIXTIETH_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 136 and 137 (session 29, round 2), in sentences of our own: a contract
    # awarded is no claim ascribed, a body's scale and an agreement signed as documents, a
    # friendly society and a library as bodies, a report in a clause of time after the main
    # clause, a negation a condition decides, a failed attempt denied (not a refusal to
    # comment), a denial the parser made a modifier of its subject, a modal after a colon or
    # a semicolon, some members of a body, a judgement of a figure as an estimate, a
    # negation in a relative clause of place, a worry about a thing named and a fear for
    # something (told since session 46), the verb of a sentence with a subject pronoun
    # the tagger made an adjective;
    # then (round 3, set 134) a first-person plural the tagger made an adjective of its
    # object.
    ("fr", "Cette commune de 3 000 habitants a attribué en mars la restauration de ses écoles à "
           "la société Miam, basée à Rodez.", "unattributed", "asserted"),
    ("fr", "Une récidive est sanctionnée d'une amende de 500 euros, selon le barème de la "
           "Fédération internationale.", "document", "reported"),
    ("fr", "Plusieurs arbitres pourraient refuser de siffler ce week-end, selon l'Amicale des "
           "arbitres de Vendée.", "institution", "possible"),
    ("fr", "La salle est louée pour un euro symbolique, selon la convention signée avec la "
           "mairie.", "document", "reported"),
    ("fr", "L'accueil sera fermé samedi, précise la bibliothèque sur sa page Facebook.",
           "institution", "predicted"),
    ("en", "Traffic resumed shortly after noon, once engineers confirmed the bridge was safe.",
           "unattributed", "asserted"),
    ("en", "Local councillors said the scheme would not be viable unless the county paid half "
           "the cost.", "vague", "hypothetical"),
    ("fr", "La préfète a prévenu que le festival n'aurait pas lieu si la sécheresse persistait.",
           "named", "hypothetical"),
    ("en", "Divers could not reach the wreck because of poor visibility, the coastguard said.",
           "institution", "denied"),
    ("fr", "La direction dément tout projet de fermeture : le site sera modernisé, "
           "assure-t-elle.", "institution", "denied"),
    ("fr", "« C'est un jardin ouvert à tous : chacun pourra venir planter », explique Marc "
           "Olivier.", "named", "reported"),
    ("fr", "Le dispositif pourrait être étendu à d'autres quartiers, selon des membres du "
           "collectif.", "vague", "possible"),
    ("fr", "Une étude du bureau Terres Vives estimait que la station consomme autant d'eau que "
           "300 foyers.", "document", "estimate"),
    ("fr", "« C'est arrivé dans le couloir, là où il n'y a aucune caméra », raconte un "
           "dirigeant du club.", "anonymous", "reported"),
    ("fr", "Certains commerçants s'inquiètent du manque de places de stationnement.",
           "vague", "reported"),
    # (reported since session 46: a fear for something is told, 5 lines of 5)
    ("fr", "Dans la commune, on s'inquiète pour l'avenir de la poste.", "vague", "reported"),
    ("fr", "« Nous privilégions la piste d'un court-circuit, mais aucune hypothèse n'est "
           "écartée », a indiqué le commandant Paul Roche.", "named", "probable"),
    # (guards: what these rules must leave alone)
    ("fr", "Le maire, Paul Renard (sans étiquette), conteste « formellement » toute faute.",
           "named", "denied"),
    ("fr", "Dans un communiqué publié mardi, la Ligue de Bretagne de football a fait savoir "
           "qu'elle porterait plainte.", "institution", "predicted"),
    ("fr", "La réunion publique est prévue jeudi ; les habitants peuvent poser leurs questions "
           "en ligne.", "unattributed", "asserted"),
    ("fr", "La Banque de France estime que la croissance atteindra 0,8 % cette année.",
           "institution", "predicted"),
    ("fr", "Les juges ont estimé que l'entreprise avait contourné la loi entre mars 2021 et mai "
           "2022.", "institution", "reported"),
    ("fr", "Le ministre attribue l'attaque à un groupe armé.", "named", "reported"),
    ("en", "The Associated Press could not reach Smith for comment.", "unattributed", "asserted"),
    ("fr", "« Nous demandons aux habitants de rester chez eux », a déclaré le préfet.",
           "named", "reported"),
]


SIXTY_FIRST_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 138 and 139 (session 30), in sentences of our own: a figure a modal hedges,
    # read from an estimate, is the estimate; "ne ... jamais vu" denies (only "du jamais vu"
    # is an idiom); a plural present the tagger made a participle or the root adjective; what
    # a wire agency's reporter saw is the outlet's fact; a press officer speaks for the body;
    # "cité par" after a speaker is no incise; "peut-on lire dans" a document; a circumstance
    # after the verb of an incise is no speaker; a call quoted after "appelle à"; an
    # intention in the outlet's question; logbooks, pages and the givers of figures; a
    # scene perceived ("we could hear"); the sentence's verb the parser made a conjunct of
    # its subject. (Guards, which passed before: marked.)
    ("fr", "Près de 2 000 foyers pourraient être privés d'eau, selon une estimation du "
           "syndicat des eaux.", "institution", "estimate"),
    ("en", "The closure could cost the town about £3 million a year, according to estimates "
           "by the chamber of commerce.", "institution", "estimate"),
    ("fr", "La plupart des enfants n'avaient jamais vu la montagne, selon leur institutrice, "
           "Anne Roux.", "named", "denied"),
    # (guard: the negation of a participle describing a noun stays unread)
    ("fr", "Une affluence jamais vue a été enregistrée samedi, selon les organisateurs.",
           "institution", "reported"),
    ("fr", "La mairie et l'office de tourisme financent le reste, a précisé l'adjointe, Léa "
           "Roux.", "named", "reported"),
    ("fr", "Des dizaines de camions bloquaient encore l'accès au port mardi soir, a constaté "
           "un journaliste de l'AFP.", "unattributed", "asserted"),
    ("fr", "La file d'attente s'étirait sur plusieurs centaines de mètres, a constaté l'AFP.",
           "unattributed", "asserted"),
    # (guard: an agency telling, not witnessing, still speaks)
    ("fr", "Le maire a démissionné, a indiqué l'AFP.", "institution", "reported"),
    ("fr", "L'usine a suspendu sa production, a indiqué son directeur de la communication.",
           "institution", "reported"),
    ("en", "The plant halted production on Monday, its communications director said.",
           "institution", "reported"),
    ("fr", "Une fermeture du site n'est pas exclue, a reconnu un cadre du groupe, cité par "
           "l'agence Bloomberg.", "anonymous", "possible"),
    ("fr", "« Le club remercie ses bénévoles », peut-on lire dans un communiqué publié "
           "lundi.", "document", "reported"),
    ("fr", "« La salle restera fermée jusqu'en mai », lit-on dans le bulletin municipal.",
           "document", "predicted"),
    ("fr", "« La police fait son travail », a rappelé mardi sur France Info le ministre "
           "délégué chargé des Transports, Paul Aubert.", "named", "reported"),
    ("fr", "Le syndicat des pharmaciens appelle à « ne pas céder à la panique ».",
           "institution", "reported"),
    ("en", "Will the club want to keep its manager? Its chairman would not say.",
           "unattributed", "hypothetical"),
    ("fr", "Selon le cahier de suivi de l'association, 300 objets ont été réparés l'an "
           "dernier.", "document", "reported"),
    ("en", "The boat left port at 6 a.m., according to the harbour master's logbook.",
           "document", "reported"),
    ("fr", "La collecte a dépassé 5 000 euros, selon la page de la cagnotte.",
           "document", "reported"),
    ("en", "Burglaries fell by a fifth last year, according to figures released by the Rural "
           "Crime Partnership.", "institution", "reported"),
    ("en", "\u201cWe could hear the sirens all night,\u201d said Mark Dunn, who lives near the "
           "depot.", "named", "reported"),
    # (guard: a modal of ability on a verb of perceiving with a thing for subject hedges)
    ("en", "Thousands of households could see their bills rise, the regulator warned.",
           "institution", "possible"),
    ("fr", "L'ancienne gare Saint-Roch, fermée depuis 2017 pour des raisons de sécurité, n'a "
           "toujours pas été démolie, et son avenir reste flou.", "unattributed", "denied"),
]


SIXTY_SECOND_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 140 and 141 (session 30, round 2), in sentences of our own: a topic before
    # the colon and the quote the parser made the quoted verb's subject; a verbless
    # statement before an incise; a schedule sent out, opening the sentence, as a document;
    # anonymity set off after the verb; accounts as documents and a trade body as a body; a
    # verb of saying inserted before the clause it governs; a document in a speaker's
    # relative clause; a forecast's object opened by a quantity or by "de" before its
    # adjective. (Guards, which passed before: marked.)
    ("fr", "Intoxication au restaurant scolaire de Brignac : « Aucun enfant n'a été "
           "hospitalisé », assure la mairie.", "institution", "denied"),
    ("fr", "En cause, une panne détectée sur un aiguillage à l'entrée de la gare, a précisé "
           "Marc Olivier, directeur régional de la SNCF, lors d'un point presse.",
           "named", "reported"),
    ("fr", "Selon le calendrier révisé transmis aux élus, que nous avons pu consulter, les "
           "travaux s'achèveront en mars.", "document", "predicted"),
    ("fr", "Au ministère de l'Intérieur, on affirme, sous couvert d'anonymat, qu'aucun "
           "renfort n'est prévu.", "anonymous", "denied"),
    ("en", "Annual accounts filed last month show a loss of £2 million.", "document", "reported"),
    ("en", "Shipments could be delayed by a week, the industry body said.",
           "institution", "possible"),
    ("fr", "Pendant les travaux, a précisé la SNCF, les voyageurs devront emprunter des "
           "cars.", "institution", "predicted"),
    ("fr", "Une hausse des prix n'est pas à exclure, selon un boulanger qui connaît bien le "
           "dossier.", "anonymous", "possible"),
    ("fr", "Météo-France prévoit de fortes chutes de neige jeudi sur les Alpes.",
           "institution", "predicted"),
    ("fr", "Le service météo prévoit peu de pluie d'ici dimanche.", "institution", "predicted"),
    # (guard: an infinitive after the verb stays an intention)
    ("fr", "La direction prévoit de supprimer 200 postes.", "institution", "predicted"),
    # (guard: a way of doing with a participle that sends out no text stays no source)
    ("fr", "Selon le principe adopté en 2019, chaque commune verse sa part.",
           "unattributed", "asserted"),
]


SIXTY_THIRD_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 142 and 143 (session 31, round 1), in sentences of our own: a speaker's
    # title the parser made a verb; a decision or a finding not made is denied, a silence
    # is not; a message whose verb the parser hung inside its participle phrase; a
    # relative clause after the speaker is no content; "n'exclut toutefois pas"; a source
    # inside a relative clause; a report joined after a main clause of the outlet's; a
    # crowd awaited; a fear told by a verb of saying. (Guards, which passed before: marked.)
    ("en", "“The food is cooked fresh every day,” said head cook Maria Lopes.",
           "named", "reported"),
    ("en", "Firefighters have not determined what caused the blaze.", "unattributed", "denied"),
    ("en", "The council has not yet decided whether the market will return next year.",
           "unattributed", "denied"),
    # (guard: a question left unanswered stays the outlet's plain fact)
    ("en", "The operator did not say whether the line would reopen on Monday.",
           "unattributed", "asserted"),
    ("fr", "Un courriel envoyé lundi sur une adresse chiffrée par un collectif se faisant "
           "appeler « Les Oubliés » revendique le sabotage.", "document", "reported"),
    ("fr", "« Les colis étaient bien trop lourds pour des jouets. C'est ce qui nous a "
           "alertés », explique Paul Vidal, chef de la brigade des douanes, qui a fait visiter "
           "les locaux à la presse.", "named", "reported"),
    ("fr", "Le service météo n'exclut toutefois pas des averses samedi.",
           "institution", "possible"),
    # (guard: without the negation, what is excluded is denied)
    ("fr", "La direction exclut toute fermeture du site.", "institution", "denied"),
    ("fr", "Le club justifie cette hausse par le prix de l'énergie, qui a triplé depuis "
           "2021 d'après son bilan annuel.", "institution", "reported"),
    ("en", "Hundreds of residents lined the route on Sunday, and several witnesses said the "
           "procession lasted two hours.", "unattributed", "asserted"),
    ("fr", "Les habitants se sont rassemblés devant la mairie, et plusieurs élus ont affirmé "
           "que le projet était abandonné.", "unattributed", "asserted"),
    ("fr", "Les Francofolies de Vernay attendent 60 000 festivaliers cet été.",
           "institution", "estimate"),
    # (guard: a wait counted is no crowd awaited)
    ("fr", "Les patients attendent en moyenne 27 semaines pour une opération.",
           "unattributed", "asserted"),
    ("fr", "Des commerçants, interrogés samedi sur le marché, disent craindre une baisse de "
           "la fréquentation.", "vague", "reported"),
    ("en", "Some parents said they feared the new timetable would leave children waiting in "
           "the dark.", "vague", "reported"),
    # (guard: a fear alone stays a possibility)
    ("fr", "Des riverains redoutent des nuisances sonores.", "vague", "possible"),
    # A demonstrative pronoun speaks for the last noun of its gender and number.
    ("fr", "Le mouvement, lancé par l'intersyndicale, doit durer jusqu'au 15 mars, a indiqué "
           "celle-ci dans un communiqué.", "institution", "predicted"),
]

SIXTY_FOURTH_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 144 and 145 (session 31, round 2), in sentences of our own: a present
    # participle after the speaker governs no clause of the verb's; "nombreux sont ceux
    # qui"; a letter hung on its noun before a joined verb; a court hears; "is understood
    # to"; "is expected to argue"; a quoted banner; a report after a colon; projections;
    # a figure put in a relative clause with no relative word; a name set off with one
    # person's noun; "n'a pas manqué de", "pas une première". (Guards: marked.)
    ("fr", "Une hausse des tarifs n'est pas exclue en 2026, a toutefois prévenu un cadre de la "
           "mairie sous couvert d'anonymat, évoquant la baisse continue des dotations de "
           "l'État.", "anonymous", "possible"),
    ("fr", "Dans le village, nombreux sont ceux qui voient dans ce départ la fin d'une époque.",
           "vague", "reported"),
    ("fr", "La lettre adressée vendredi aux joueurs et au personnel du club, que nous avons pu "
           "consulter, parle d'un « changement de cap » et remercie les supporters.",
           "document", "reported"),
    ("en", "A former accountant stole more than £2m from a charity over six years, a court has "
           "heard.", "institution", "reported"),
    # (guard: people who hear are no hearing)
    ("en", "Residents heard that the plant would close.", "unattributed", "asserted"),
    ("en", "The club is understood to have offered the manager a new contract.",
           "unattributed", "reported"),
    ("en", "The prosecution is expected to argue that the fire was started deliberately.",
           "unattributed", "probable"),
    ("fr", "Des habitants ont rejoint le rassemblement, derrière une banderole « Notre école "
           "n'est pas à vendre ».", "unattributed", "asserted"),
    ("en", "Protesters marched behind a banner reading “We will not be silenced”.",
           "unattributed", "asserted"),
    ("fr", "La grève pourrait s'étendre la semaine prochaine : le syndicat n'exclut pas "
           "d'appeler à un nouvel arrêt de travail.", "unattributed", "possible"),
    ("fr", "Selon les projections de l'agence régionale, entre 300 et 400 logements seront "
           "construits d'ici 2030.", "institution", "estimate"),
    ("en", "The school has used supply teachers since 2021, at a cost the council put at "
           "£200,000 last year.", "unattributed", "asserted"),
    ("en", "“The shop used to be full on Saturdays,” said Ewan MacLeod, a retired fisherman "
           "who lives in the harbour.", "named", "reported"),
    ("fr", "L’opposition n’a pas manqué de réagir.", "unattributed", "asserted"),
    ("fr", "Ce n’est pas une première : en 2019, la digue avait déjà cédé.",
           "unattributed", "asserted"),
    # (guard: a report first, then a clause joined after it, stays the report)
    ("en", "The minister said the talks would resume, and the opposition rejected the plan.",
           "named", "predicted"),
]

SIXTY_FIFTH_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 146 and 147 (session 31, round 3), in sentences of our own: a modal of
    # obligation in the past denies what did not have to happen; an intention charged; a
    # verb of making official; suspicion as a charge, its infinitive hung on the object;
    # an article, a platform of demands and a timetable as documents; a charter;
    # "speaking privately". (Guards: marked.)
    ("fr", "Selon le directeur, aucune opération n'a dû être reportée à ce stade.",
           "named", "denied"),
    ("fr", "Des habitants accusent la mairie de vouloir vendre le terrain à un promoteur.",
           "vague", "reported"),
    ("fr", "Le club a officialisé mardi le départ de son entraîneur.", "institution", "reported"),
    ("fr", "Les gendarmes soupçonnent deux employés d'avoir falsifié les relevés.",
           "institution", "reported"),
    ("fr", "D'après un article publié jeudi par Le Progrès, le maire aurait renoncé au "
           "projet.", "document", "reported"),
    ("fr", "Dans leur plateforme de revendications, les infirmières réclament trois postes "
           "supplémentaires.", "document", "reported"),
    ("fr", "Selon la nouvelle grille horaire, la ligne 3 passera à un bus toutes les quinze "
           "minutes.", "document", "predicted"),
    ("en", "The bridge was opened in 1962, according to the original charter kept at the "
           "library.", "document", "reported"),
    ("en", "One governor, speaking privately, said the budget was unlikely to pass.",
           "anonymous", "probable"),
    # (guard: a prohibition in the present stays one)
    ("fr", "Le détenu « ne doit en aucun cas être approché », a prévenu la police.",
           "institution", "reported"),
    # (guard: "faire parler de lui" says nothing)
    ("fr", "Ce n'est pas la première fois que le lycée fait parler de lui.",
           "unattributed", "asserted"),
]

SIXTY_SIXTH_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 148 and 149 and the shallow set blind64 (session 32, round 1), in
    # sentences of our own: what an object is judged, after it or closing its phrase; a
    # worry about a noun the model tagged an infinitive; a verb of denying made a modifier
    # of the subject's modifier, and one that denies a "recours"; a title after "auprès
    # du"; a negation inside a rough figure on an estimate's word; figures given by
    # whoever the participle's agent is; a forecast document; a company named "... Media";
    # a briefing sheet; a fraction judged is a figure. (Guards: marked.)
    ("fr", "Des parents d'élèves jugent la hausse du tarif injustifiée.", "vague", "reported"),
    ("fr", "La conseillère Anne Roux a jugé mardi ces demandes « irréalistes » dans le "
           "contexte actuel.", "named", "reported"),
    ("fr", "Des habitants s'inquiètent déjà du retour de la sonnerie des cloches, qui les "
           "réveillait la nuit.", "vague", "reported"),
    ("fr", "La direction de la clinique dément tout manque de lits et assure que des renforts "
           "arrivent.", "institution", "denied"),
    ("fr", "La préfecture dément tout recours à des forces de l'ordre supplémentaires.",
           "institution", "denied"),
    ("fr", "Le collège a été évacué dans la matinée, a-t-on appris auprès du procureur de la "
           "République.", "named", "reported"),
    ("fr", "Quelque 2 000 colis n'avaient pas été livrés samedi, selon les estimations de La "
           "Poste.", "institution", "estimate"),
    ("fr", "Le conducteur n'aurait pas vu le cycliste, selon les premiers éléments de "
           "l'enquête communiqués par la gendarmerie.", "institution", "denied"),
    ("fr", "Selon le prévisionnel présenté au conseil, les recettes devraient doubler en deux "
           "ans.", "document", "probable"),
    ("fr", "Une libraire de la place, qui a requis l'anonymat, estime avoir perdu un quart de "
           "ses ventes.", "anonymous", "estimate"),
    ("en", "Harbour Media denied that any staff had been dismissed.", "institution", "denied"),
    ("en", "The route had been changed twice, according to a briefing sheet seen by the "
           "Gazette.", "document", "reported"),
    # (guard: a fraction judged under a modal stays as surely as the modal says)
    ("fr", "Un éleveur, qui ne souhaite pas être cité, estime que la moitié des fermes du "
           "canton pourrait fermer.", "anonymous", "possible"),
    # (guard: a court to try a case judges nothing yet)
    ("fr", "Le tribunal jugera l'affaire pénale en mars.", "unattributed", "predicted"),
    # (guard: a "recours" rejected is refused, not denied)
    ("fr", "Le tribunal a rejeté son recours.", "unattributed", "asserted"),
    # (guard: "media" lower-cased is people, not a company's name)
    ("en", "Local media reported that the mayor had resigned.", "vague", "reported"),
]

SIXTY_SEVENTH_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 150 and 151 (session 32, round 2), in sentences of our own: a judgement
    # after its adverb; a stance defended with a quoted judgement, the object past a
    # setting; a future of "pouvoir" told; data "of" a bare noun; a photo as a document;
    # one person counted; an aim in the speaker's own quote; a scorecard; a town that
    # "saw" a building go up tells no sight. (Guards: marked.)
    ("fr", "Des parents jugent toutefois le programme trop chargé.", "vague", "reported"),
    ("fr", "Le gestionnaire, Routes du Sud (RDS), a défendu dans un communiqué un tarif "
           "« nécessaire » à l'entretien du réseau.", "institution", "reported"),
    ("fr", "Le préfet a annoncé que les habitants pourront rentrer chez eux dès jeudi.",
           "named", "predicted"),
    ("fr", "Selon les données de suivi ferroviaire consultées par Le Monde, le train roulait à "
           "140 km/h.", "document", "reported"),
    ("en", "The alarm sounded at 3 a.m., according to a photo shared online by a resident.",
           "document", "reported"),
    ("en", "Prices could rise again next year, one local farmer warned.", "anonymous",
           "possible"),
    ("fr", "« Nous voulons rendre la ville plus verte », a déclaré le maire.", "named",
           "reported"),
    ("en", "The winners were announced on Sunday, according to the festival's published "
           "scorecard.", "document", "reported"),
    ("fr", "La ville a vu la construction d'un gymnase.", "unattributed", "asserted"),
    # (guard: a conditional of "pouvoir" still hedges)
    ("fr", "Des averses pourraient se produire dans la soirée.", "unattributed", "possible"),
    # (guard: witnesses who saw tell what they saw)
    ("fr", "Des témoins ont vu un homme s'enfuir par la fenêtre.", "vague", "reported"),
    # (guard: a noun that qualifies the owners of estimates leaves them the owners)
    ("en", "Roughly 40 volunteers help at the shelter, according to estimates by school "
           "employees.", "vague", "estimate"),
    # (guard: an aim told by the outlet, not quoted, is the body's intention)
    ("fr", "La mairie veut rénover la salle des fêtes d'ici 2027.", "institution", "possible"),
]

SIXTY_EIGHTH_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 152 and 153 and the shallow set blind66 (session 32, round 3), in
    # sentences of our own: an acronym the entity reader left unread; a verb of denying
    # under a modal of possibility; an "according to" inside the speaker's quote;
    # forecasts of a one-word name; archives as documents; a grumble told; a rough figure
    # expected on an estimate's word. (Guards: marked.)
    ("fr", "La FCPE, première fédération de parents d'élèves, juge pourtant « légitime » la "
           "grève des surveillants.", "institution", "reported"),
    ("fr", "La région pourrait elle aussi contester la décision, indique une source à la "
           "préfecture.", "anonymous", "possible"),
    ("en", "“The road was safe according to the reports we had that morning,” site manager "
           "Paul Grant told reporters.", "named", "reported"),
    ("fr", "La rivière atteindra 6 mètres à Langon jeudi, selon les dernières prévisions de "
           "Vigilac.", "institution", "predicted"),
    ("fr", "Selon les archives paroissiales, l'église aurait été achevée en 1734.", "document",
           "reported"),
    ("en", "Some parents have grumbled that the new timetable starts too early.", "vague",
           "reported"),
    ("en", "Around 800 runners are expected on Sunday, according to the organisers' "
           "estimates.", "institution", "estimate"),
    # (guard: a verb of denying with no modal still denies)
    ("fr", "La commune conteste le jugement.", "institution", "denied"),
    # (guard: an estimate set off in an aside leaves the likelihood the claim's)
    ("en", "The order, worth an estimated 2.1 billion euros, is expected to be announced on "
           "Monday.", "unattributed", "probable"),
]

SIXTY_NINTH_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 154 and 155 (session 33, round 1), in sentences of our own: a rumour
    # going round; a document that describes; a verb of disputing; an unnamed official
    # closing the sentence after a relative clause; a likelihood on estimates' word; a
    # belief with no believer named; an infinitive of purpose after an object. (Guards:
    # marked.)
    ("fr", "Une rumeur évoquant le départ de l'entraîneur circule depuis plusieurs jours.",
     "vague", "reported"),
    ("en", "Rumours that the factory would close have circulated for weeks.", "vague",
     "reported"),
    ("fr", "Le rapport, daté du 3 mars, décrit une gestion défaillante des stocks.",
     "document", "reported"),
    ("en", "The council disputes the figures.", "institution", "denied"),
    ("en", "The salad served at lunch is the likely cause, a health official who was not "
           "authorised to speak publicly told the Herald.", "anonymous", "probable"),
    ("fr", "Les travaux devraient durer six mois, selon les estimations du cabinet "
           "d'architectes.", "institution", "estimate"),
    ("en", "The chapel is thought to be the oldest building in the parish.", "vague",
     "probable"),
    ("en", "Ruth Mason, from the village choir, pressed the switch at 6pm to light up the "
           "square.", "unattributed", "asserted"),
    # (guard: a likelihood on forecasts' word stays a likelihood)
    ("fr", "Le trafic devrait reprendre dans la soirée, selon les prévisions de la SNCF.",
     "institution", "probable"),
    # (guard: someone urged to act is still what the speaker asks)
    ("en", "The mayor pressed the government to release the funds.", "named", "reported"),
]

SEVENTIETH_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 156 and 157 (session 33, round 2), in sentences of our own: no lead ruled
    # out is a possibility; every option on the table; counts and a business case are
    # documents; trusts and a band are bodies.
    ("fr", "« Pour l'instant, aucune piste n'est écartée », a indiqué le procureur.", "named",
     "possible"),
    ("en", "In a letter to parents, the head teacher wrote that “all options remain on the "
           "table” for the site.", "document", "possible"),
    ("fr", "Le nouveau pont devrait accueillir 5 000 véhicules par jour, d'après les comptages "
           "réalisés l'an dernier.", "document", "probable"),
    ("en", "Running costs are expected to fall by a third, according to the business case.",
     "document", "probable"),
    ("en", "The trusts say the changes will be phased in over two years.", "institution",
     "predicted"),
    ("en", "The town band will march through the centre on Saturday, the band said.",
     "institution", "predicted"),
]

SEVENTY_FIRST_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 158 and 159 (session 34), in sentences of our own: a source's figure given
    # "environ"/"roughly" is its estimate, the words before a "selon X" set off being what
    # it says; a reported clause the French model made a relative clause; "l'un d'eux"
    # inside what an inverted speaker says; an intention inside a relative clause;
    # forecasters' expectations; a train company; "si" of degree; a programme; "compte"
    # made a noun after a stressed pronoun.
    ("fr", "Environ 250 bénévoles ont participé au nettoyage des berges, selon l'association.",
     "institution", "estimate"),
    ("fr", "Environ 900 spectateurs, selon les organisateurs, ont assisté au concert de clôture.",
     "institution", "estimate"),
    ("en", "The storm damaged roughly 40 homes along the coast, the county said.",
     "institution", "estimate"),
    # (guards: a figure in a relative clause, a forecast's figure)
    ("fr", "L'usine, qui emploie environ 200 salariés, a fermé ses portes mardi, a indiqué la "
           "direction.", "institution", "reported"),
    ("fr", "La société supprimera environ 300 postes d'ici à 2026, a-t-elle annoncé.",
     "institution", "predicted"),
    ("fr", "La deuxième étape, entre Pau et Tarbes, s'élancera vendredi à 13 heures comme "
           "prévu, a confirmé la direction de course.", "institution", "predicted"),
    ("fr", "Deux joueurs ayant participé au stage ont été testés positifs, et l'une d'elles est "
           "hospitalisée, a annoncé le club.", "institution", "reported"),
    ("fr", "Des riverains ont manifesté dimanche contre l'usine que le groupe veut construire "
           "près de l'école.", "unattributed", "asserted"),
    ("en", "Meteorologists expect the rain to clear by Tuesday morning.", "vague", "predicted"),
    ("en", "Services on the coast line will resume on Monday, Northbay Trains said.",
     "institution", "predicted"),
    ("fr", "« On l'attendait depuis si longtemps », raconte Marie Dubois, une habitante du "
           "quartier.", "named", "reported"),
    ("fr", "Selon le programme du festival, les concerts débuteront chaque soir à 18 heures.",
     "document", "predicted"),
    ("fr", "Marc Lefèvre, lui, compte se lancer dans la course aux municipales.", "named",
     "predicted"),
]

SEVENTY_SECOND_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 160 and 161 (session 34, round 2), in sentences of our own: a paper's name
    # with its participle before the speaker; "se dit « partagé »"; a second subject set
    # off before a participle with its auxiliary; an epidemiological update and a building
    # permit are documents; a step a body considers is possible (uncounted people's stays
    # reported); concerns raised that something could happen; an apology, and a cause
    # given in a relative clause.
    ("fr", "« Le bruit était assourdissant », a confié au Parisien libéré Paul Mercier, riverain "
           "de l'usine.", "named", "reported"),
    ("fr", "Le maire, Paul Girard, se dit « partagé » entre la défense des emplois et celle des "
           "riverains.", "named", "reported"),
    ("fr", "Deux autres passagers, une femme de 60 ans et un enfant de 8 ans, ont été plus "
           "légèrement touchés, a indiqué la préfecture dans un communiqué.", "institution",
     "reported"),
    ("fr", "Douze foyers restent privés d'eau potable, selon un point de situation publié mardi.",
     "document", "reported"),
    ("fr", "D'après le permis de construire, le bâtiment comptera trois étages.", "document",
     "predicted"),
    ("fr", "Le syndicat envisage de déposer un préavis de grève pour la rentrée.", "institution",
     "possible"),
    ("fr", "La mairie a indiqué qu'elle envisageait de fermer la piscine pendant l'hiver.",
     "institution", "possible"),
    # (guard)
    ("fr", "Certains commerçants envisagent de fermer plus tôt le samedi.", "vague", "reported"),
    ("en", "Residents had raised concerns that the footbridge could flood in winter.", "vague",
     "possible"),
    ("en", "The mayor apologised for the closure, which she said was caused by staff shortages.",
     "named", "reported"),
    # (older sets 58 and 137, read at the end of the session: people who question a thing
    # tell their stance, on their word, as those who welcome or criticise it do)
    ("en", "Some investors questioned the valuation of the deal.", "vague", "reported"),
    ("en", "Some stallholders have questioned a new rule banning early setup.", "vague",
     "reported"),
]

SEVENTY_THIRD_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 162 and 163 (session 35), in sentences of our own: others' wishes inside a
    # speaker's quote are what the speaker says; "is to be" done is to come; a likelihood
    # over a negation below it; concern voiced that something could happen, an aside
    # between dashes kept in it; a feeling confided is told (a task confided is not); an
    # unnamed technician the parser hung on the adjective after him; an inverted speaker
    # with words after it; a headline's verb of saying the tagger took for a noun; a
    # name after an elided article is a body's; a report of figures published or
    # presented is a document; a closing "une estimation"; "relever du" places a thing
    # under a rule, and a clause joined by "car" speaks for nobody; guidance is a document.
    ("en", "“Families want to know who grew their vegetables,” Mrs Carter said.", "named",
     "reported"),
    ("en", "The old footbridge is to be demolished over the summer under a plan approved by "
           "the council.", "unattributed", "predicted"),
    ("en", "A source close to the board said the cuts were likely to mean the museum would not "
           "open on Mondays.", "anonymous", "probable"),
    ("en", "Several residents have voiced concern that the new road — an estimated 300 lorries "
           "a day — could damage the bridge.", "vague", "possible"),
    ("fr", "Plusieurs commerçants ont confié leur colère après la fermeture du parking.", "vague",
     "reported"),
    # (guard)
    ("fr", "La mairie a confié la gestion du camping à une association locale.", "unattributed",
     "asserted"),
    ("fr", "Les vignes pourraient souffrir de la sécheresse, avertit un technicien viticole du "
           "syndicat des vins.", "anonymous", "possible"),
    ("fr", "Si le permis est délivré, le collectif saisira le tribunal administratif de Lyon, "
           "a-t-il averti dans une lettre envoyée aux riverains.", "institution", "hypothetical"),
    ("fr", "Fuite de chlore : trois agents de la station d'épuration intoxiqués, annonce la "
           "préfecture", "institution", "reported"),
    ("fr", "L'Épargne solidaire assure qu'elle n'a jamais perdu un client.", "institution",
     "denied"),
    ("fr", "Les travaux ont coûté 42 000 euros, d'après le bilan présenté en conseil municipal.",
     "document", "reported"),
    ("en", "Visitor numbers have fallen by 12% since 2021, according to figures presented to the "
           "council's tourism committee.", "document", "reported"),
    ("fr", "L'association espère pour sa part accueillir entre 200 et 300 coureurs dès la "
           "première édition, une estimation fondée sur une course voisine.", "institution",
     "estimate"),
    ("fr", "Ces dégâts ne relèvent pas du fonds de secours, car ils sont considérés comme "
           "assurables.", "unattributed", "denied"),
    ("en", "Cycling UK's safety guidance states that riders should wear a helmet on the trail.",
     "document", "reported"),
]

SEVENTY_FOURTH_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 164 and 165 (session 35, round 2), in sentences of our own: "prédit" after
    # a quote is a present, its speaker unnamed by the relative clause set off after him; a
    # newsletter is a document; an incise closed by a colon; "a toutes les chances de" is
    # a likelihood; a crowd awaited in English; objecting to a thing is a stance told.
    ("fr", "« On va perdre des clients, c’est certain », prédit le patron d’un café, qui n’a "
           "pas souhaité donner son nom.", "anonymous", "predicted"),
    ("en", "A newsletter sent to parents on Friday said the school had raised £800 for the "
           "library.", "document", "reported"),
    ("fr", "L’atelier ne facture aucune réparation, précise l’association : seules les pièces "
           "détachées restent payantes.", "institution", "denied"),
    ("fr", "Le marché sera prolongé jusqu'en mars, annonce la mairie : les commerçants ont tous "
           "signé.", "institution", "predicted"),
    ("fr", "Ce type de commerce a toutes les chances de se développer en zone rurale, juge Paul "
           "Martin, économiste.", "named", "probable"),
    ("en", "The town council expects about 40,000 visitors over the festival weekend.",
     "institution", "estimate"),
    ("en", "Some neighbours have objected to the new floodlights at the cricket ground.", "vague",
     "reported"),
]
SEVENTY_FIFTH_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 166 and 167 (session 36, round 1), in sentences of our own: the verb after
    # the subject's relative clause, which the model hung inside that clause; a purpose
    # clause's modal; an absolute participle clause's negation; bodies in the plural; "voir
    # le jour"; "not a single"; "by the estimate of"; "the Rev" before a name; a future in
    # a relative clause.
    ("fr", "La Ligue contre le cancer, qui pilote la principale collecte pour les malades, "
           "appelle les donateurs à vérifier que l’organisme dispose d’un agrément.",
     "institution", "reported"),
    ("en", "The fire service asked drivers to avoid the bridge so that crews could reach the "
           "blaze.", "institution", "reported"),
    ("fr", "D’autres retraits ne sont pas exclus, les analyses portant sur d’autres productions "
           "de l’usine n’étant pas terminées, selon un inspecteur des services sanitaires.",
     "anonymous", "possible"),
    ("fr", "Les cantines resteront fermées lundi, ont annoncé les deux mairies.", "institution",
     "predicted"),
    ("fr", "Un nouveau parc pourrait voir le jour près de la gare l’an prochain.", "unattributed",
     "possible"),
    ("en", "In all, Ms Hale said, not a single complaint was received over the summer.", "named",
     "denied"),
    ("en", "The orchard has produced more than two tonnes of apples, by the estimate of its "
           "founder, Jane Holt.", "named", "estimate"),
    ("en", "The church will reopen at Easter, the vicar, the Rev Mark Ellis, said.", "named",
     "predicted"),
    ("fr", "Les pelleteuses sont entrées en action mardi au stade municipal de Rodez (Aveyron), "
           "où les deux terrains en herbe, posés en 1988, vont être remplacés par du "
           "synthétique.", "unattributed", "asserted"),
    # Who is charged is no accuser: "went on trial accused of".
    ("en", "Three former managers of a Leeds building firm went on trial on Thursday accused of "
           "selling homes that were never built.", "unattributed", "asserted"),
    # (a guard: unnamed people who asked not to be named and describe something speak; a
    # first draft of the relative-clause repair above made this sentence a note on sources,
    # then read "des urgences" as a decree's act)
    ("fr", "Plusieurs infirmières du service, qui ont requis l’anonymat, décrivent des urgences "
           "« à bout de souffle » depuis des mois, avec des patients installés dans les "
           "couloirs.", "anonymous", "reported"),
]
SEVENTY_SIXTH_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 168 and 169 (session 36, round 2), in sentences of our own: "accused of"
    # after "went on trial" is no one's report; an estimating verb after a document's
    # participle clause; "should never have" judges; a regret told in an infinitive; an
    # object past an inserted phrase; an unnamed spokesperson inverted after a comma; a
    # charter, an information pack are documents.
    ("en", "Four men went on trial at Leeds Crown Court on Tuesday accused of running a scheme "
           "that sold fake driving licences.", "unattributed", "asserted"),
    ("fr", "Un document interne de la Caisse nationale, consulté par l’AFP, chiffre à environ 90 "
           "millions d’euros par an l’économie attendue de la baisse des tarifs.", "document",
     "estimate"),
    ("fr", "Des habitants, réunis devant la mairie samedi, estimaient que le marché n’aurait "
           "jamais dû être déplacé.", "vague", "reported"),
    ("fr", "Plusieurs commerçants du quartier disent aujourd’hui regretter de ne pas avoir signé "
           "la pétition.", "vague", "reported"),
    ("fr", "Des médecins du secteur disent n’avoir observé, pour l’heure, aucune hausse des cas "
           "de grippe.", "vague", "denied"),
    ("fr", "Le conseil départemental n’a pas reconduit cette année son aide aux sorties "
           "scolaires, a confirmé un porte-parole de la collectivité.", "institution", "denied"),
    ("fr", "Selon la charte adoptée en conseil municipal, les jardins seront ouverts à tous.",
     "document", "predicted"),
    ("en", "Stall fees have gone up from £20 to £25, according to the information pack sent to "
           "traders in May.", "document", "reported"),
    # (a guard: an office's noun after a verb whose subject came first is its object, what
    # they hailed, no inverted speaker; a first draft of the rule above lost this)
    ("fr", "Plusieurs clients croisés devant la boulangerie, dimanche matin, saluaient « un "
           "patron toujours souriant », même si certains lui reprochent ses prix.", "vague",
     "reported"),
]

SEVENTY_SEVENTH_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 170 and 171 (session 37, round 1), in sentences of our own: a doubt on what
    # was sold is no doubt on the sale; a clause of consequence ("so low that ... could")
    # is not the claim's; "should last" tells a likelihood; "will no longer" a change to
    # come; "compte" before an infinitive a plan; "were possible" a possibility; "who did
    # not wish to be named" anonymous; a contractor's name a company.
    ("fr", "En 2019, un antiquaire avait revendu une vingtaine de tableaux prétendument signés "
           "Utrillo à des collectionneurs suisses.", "unattributed", "asserted"),
    ("en", "A survey by the river trust in 2022 found the water so murky that few plants could "
           "grow on the bed.", "document", "reported"),
    ("en", "The architects, Pryce & Sons of Bath, said the new floor should last at least 40 "
           "years.", "institution", "probable"),
    ("en", "Pupils in Little Hadley will no longer have to take two buses to school when the "
           "new route opens in September.", "unattributed", "predicted"),
    ("fr", "La navette du dimanche ne sera plus assurée à partir de janvier, faute de "
           "chauffeurs.", "unattributed", "predicted"),
    ("fr", "Pour ses vacances, Martine Le Bihan compte repeindre sa cuisine et voir ses "
           "petits-enfants.", "named", "predicted"),
    ("en", "Coastguard officers said further rockfalls were possible after two days of heavy "
           "rain.", "institution", "possible"),
    ("fr", "Selon la préfecture, de nouvelles coupures sont possibles dans la soirée.",
     "institution", "possible"),
    ("en", "The shop's owner, who did not wish to be named, said the van had been parked there "
           "for a week.", "anonymous", "reported"),
    ("en", "The firm, Danby Contracting, said in a statement that it had followed every safety "
           "rule.", "institution", "reported"),
    # A step confirmed or raised for a time to come is a plan (a step confirmed with no
    # time stays a fact reported: guard below).
    ("fr", "Le rectorat a confirmé jeudi la création d'une classe bilingue au collège Jean-Moulin "
           "à la rentrée.", "institution", "predicted"),
    ("fr", "Une note de la direction, que nous avons pu consulter, évoque le recrutement de deux "
           "infirmières « dès le mois de mars ».", "document", "predicted"),
    ("en", "The trust confirmed the opening of a new scanning unit at Kingsmead Hospital next "
           "spring.", "institution", "predicted"),
    # A belief once held, told with its negation, denies nothing now.
    ("fr", "« On a cru que le magasin ne rouvrirait jamais », confie Paul Giraud.", "named",
     "reported"),
    ("en", "\u201cWe thought the bakery would never reopen,\u201d said Ann Price.", "named",
     "reported"),
    # (guards: "should" in someone's words still tells what ought to be; a negation with
    # no future still denies; a doubt on the deed itself stays hearsay)
    ("en", "Residents said the council should repair the footbridge before winter.", "vague",
     "reported"),
    ("fr", "Le bus ne passe plus par le centre-ville depuis lundi.", "unattributed", "denied"),
    ("fr", "Le groupe Vernal a confirmé jeudi la suppression de 80 postes sur son site de Dole.",
     "institution", "reported"),
    ("en", "\u201cWe did not think the bakery would reopen,\u201d said Ann Price.", "named",
     "denied"),
    ("fr", "Un antiquaire aurait prétendument revendu des tableaux volés.", "unattributed",
     "reported"),
]

SEVENTY_EIGHTH_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 172 and 173 (session 37, round 2), in sentences of our own: the subject a
    # capitalised apposition threw the model off, with an infinitive hung on "dans un
    # communiqué"; an estimating verb the model made a noun after a report's participle;
    # "environ" hung on the verb before a claimed count; a person's estimates, and a share
    # ("dont 10 000 euros") after them; "partnership" a body; figures obtained
    # by the outlet and an inscription are documents.
    ("fr", "L'opérateur, Réseau Eau Sud-Ouest, a indiqué dans un communiqué avoir fermé la "
           "vanne principale à 4 h 10.", "institution", "reported"),
    ("fr", "Un rapport publié en 2023 par l'agence régionale de l'eau chiffre à près de 30 "
           "millions d'euros les pertes agricoles.", "document", "estimate"),
    ("fr", "Le syndicat a revendiqué environ 400 grévistes, la direction en a compté 150.",
     "institution", "estimate"),
    ("fr", "Les travaux ont coûté environ 80 000 euros, selon les estimations de Paul Mercier, "
           "dont 10 000 euros pris en charge par la commune.", "named", "estimate"),
    ("en", "The partnership denied that volunteers had been put under pressure.",
     "institution", "denied"),
    ("en", "Two of the town's five lifeguard posts were vacant in August, according to figures "
           "obtained by this newspaper.", "document", "reported"),
    ("fr", "Le moulin daterait de 1820, selon une inscription gravée sur la porte de la grange.",
     "document", "reported"),
    # (a guard: a body's figures stay the body's)
    ("en", "Three of the posts were vacant, according to figures from the county council.",
     "institution", "reported"),
    # Older sets read again (90, 126, 84, 97): a post, a full name, then "of" and the
    # body is the person; analysts "at" a firm's name speak for the firm (not those "in
    # the City", a place).
    ("en", "Station manager Karen Bell of Dorset Fire and Rescue Service said a faulty tumble "
           "dryer was the cause.", "named", "reported"),
    ("en", "Analysts at broker Hargreave Lane estimated the closure would cost the chain about "
           "£3 million.", "institution", "estimate"),
    ("en", "Analysts at the consultancy Fenwick Rowe estimate that the strike is costing the "
           "port £4m a day.", "institution", "estimate"),
    ("en", "Analysts in the City estimated the recall would cost about £2 million.", "vague",
     "estimate"),
    # (32, 46, 108, 116, 163) In the outlet's own words a present of "pouvoir" tells what
    # is allowed or can be done, a fact; in someone's words a risk, and "pourrait" stays
    # a possibility.
    ("fr", "Les clients peuvent se faire rembourser les billets au guichet jusqu'au 30 avril.",
     "unattributed", "asserted"),
    ("fr", "En matière de trafic de stupéfiants, la garde à vue peut durer jusqu'à 96 heures.",
     "unattributed", "asserted"),
    ("fr", "Le Listeria peut provoquer des infections graves chez la femme enceinte, rappelle "
           "l'agence régionale de santé.", "institution", "possible"),
    ("fr", "Le bilan pourrait encore s'alourdir.", "unattributed", "possible"),
]

SEVENTY_NINTH_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 174 and 175 (session 38, round 1), in sentences of our own: a past
    # participle the model tagged an infinitive after "avait"; a document that proposes;
    # "hoped for"; a union's section, a jury, a station speak as bodies; former members
    # ("des anciens du club") are uncounted people; a body's noun, then a one-word name set
    # off, is the body; "Should ... fail," is a condition on what is said; a post spelt
    # like an infinitive ("conseiller viticole") is no incise's verb.
    ("fr", "En 2019, un rapport parlementaire avait pointé le manque de moyens des tribunaux.",
     "document", "reported"),
    ("en", "A draft plan published by the council in March proposes closing two of the town's "
           "libraries.", "document", "reported"),
    ("en", "Some parents had hoped for a later start to the school day.", "vague", "reported"),
    ("fr", "La section FO des agents municipaux a dénoncé des plannings intenables.",
     "institution", "reported"),
    ("fr", "Le jury a salué la qualité des vins présentés cette année.", "institution",
     "reported"),
    ("fr", "Des anciens de l'usine évoquent des conditions de travail très dures dans les "
           "années 1980.", "vague", "reported"),
    ("en", "The lifeboat was launched twice over the weekend, the station said.", "institution",
     "reported"),
    ("en", "The software supplier, Medivance, said a fix would be rolled out within 48 hours, "
           "adding that its engineers were \u201cworking around the clock\u201d with the trust.",
     "institution", "predicted"),
    ("en", "Should the vote fail, the union has said it will call a strike.", "institution",
     "hypothetical"),
    ("fr", "Si de nouvelles gelées frappaient le vignoble d’ici aux vendanges, « la récolte "
           "serait définitivement perdue » pour de nombreux domaines, prévient Julien Marchal, "
           "conseiller viticole à la chambre d’agriculture.", "named", "hypothetical"),
    # (guards: a kin noun and a first name set off is the person)
    ("en", "Her son, Daniel, said the family would appeal.", "named", "predicted"),
    # A figure "évalué à" on a noun after a verb in the conditional or the future is the
    # claim's detail ("aurait vendu ..., pour un préjudice évalué à"); "On n'y croyait
    # plus" tells surprise, "n'avaient pas attendu X pour" that they did not wait, no
    # denial; a promise in the reportive conditional is reported; a present participle
    # the model made the clause's verb; "would have" tells no future; a future perfect of
    # cost looks back.
    ("fr", "Selon l'acte d'accusation, la société aurait vendu 3 000 faux diplômes, pour un "
           "préjudice évalué à 2 millions d'euros.", "document", "reported"),
    ("fr", "« On n'y croyait plus du tout », a reconnu la présidente du club, Martine Roux.",
     "named", "reported"),
    ("fr", "Plusieurs riverains affirment qu'ils n'avaient pas attendu l'arrêté pour fermer "
           "leurs volets.", "vague", "reported"),
    ("fr", "Selon un proche du dossier, le maire aurait promis de rouvrir la piscine avant "
           "l'été.", "anonymous", "reported"),
    ("fr", "Paul Morel a indiqué qu'un accord renouvelant le partenariat serait signé samedi.",
     "named", "predicted"),
    ("fr", "La maire a annoncé qu'une charte renouvelant le jumelage serait signée en mai.",
     "named", "predicted"),
    ("en", "\u201cWe had to wait for the frost to pass to pour the concrete, otherwise it would "
           "have cracked within a year,\u201d said Tom Hale.", "named", "reported"),
    ("fr", "La rénovation de la halle aura coûté 1,2 million d'euros, selon la mairie.",
     "institution", "reported"),
    # (guards: a promise told plainly is a plan; a future perfect with a time to come)
    ("fr", "Le maire a promis de démissionner, selon un proche.", "anonymous", "predicted"),
    ("fr", "Le chantier aura été achevé d'ici à juin, selon la mairie.", "institution",
     "predicted"),
    # Older sets read again (136, 169): "records show" closing the sentence, which the
    # model took for a noun; "had asked for" tells a request (a show performed stays one).
    ("en", "Halden Civils was set up by a former councillor in 2019, and his wife remains a "
           "director of the firm, Companies House records show.", "document", "reported"),
    ("en", "Some parents had asked for the school gates to open earlier, but the head kept the "
           "usual times.", "vague", "reported"),
    ("en", "The singer performed two shows.", "unattributed", "asserted"),
]

EIGHTIETH_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 176 and 177 (session 38, round 2), in sentences of our own: "charging
    # them for" bills, no charge; a fear told in the pluperfect; an adjective closing the
    # speaker's name, which the tagger took for a verb ("du Bocage bressuirais").
    ("en", "Two brothers sold fake insurance policies to dozens of pensioners, charging them for "
           "cover that never existed, prosecutors told Leeds Crown Court.", "institution",
     "reported"),
    ("en", "Several parents said they had feared the school would close.", "vague", "reported"),
    ("fr", "Fermé depuis juin, le gymnase rouvrira le 5 octobre, a annoncé lundi la communauté "
           "d’agglomération du Grand Angoulême bressuirais.", "institution", "predicted"),
    ("fr", "Le marché couvert rouvrira le 12 mars, a annoncé mardi la communauté de communes du "
           "Bocage bressuirais.", "institution", "predicted"),
]

EIGHTY_FIRST_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 178 and 179 (session 39, round 1), in sentences of our own. Parse repairs:
    # "juge probable" after a singular subject (the model made the adjective the root, or
    # the object, or the verb a noun in apposition); a short phrase set off between the
    # auxiliary and the participle ("n'a, pour l'heure, recensé"); "fait état de" after
    # a relative clause, made its conjunct; a completive's verb made the root past a
    # participle set off in its subject.
    ("fr", "Un haut fonctionnaire en poste à Dakar juge probable un report du scrutin.",
     "anonymous", "probable"),
    ("fr", "Un économiste de la banque Varenne juge probable une hausse des taux au printemps.",
     "anonymous", "probable"),
    ("fr", "L'Agence régionale de santé n'a, pour l'heure, recensé aucun nouveau cas dans le "
           "département, a-t-elle précisé lundi.", "institution", "denied"),
    ("fr", "Le rapport d'audit, que notre journal a pu consulter, fait état de 2,3 millions "
           "d'euros de dépenses non justifiées.", "document", "reported"),
    ("fr", "La direction du musée a indiqué qu'une nouvelle exposition, consacrée aux peintres "
           "bretons, serait inaugurée en juin.", "institution", "predicted"),
    # "a fait savoir que ... serait" tells what is to come (``causative_telling``).
    ("fr", "La direction régionale a fait savoir que le nouveau service serait ouvert en "
           "septembre.", "institution", "predicted"),
    # Professionals hold views; samples and analyses are documents; notaries speak as a
    # body.
    ("fr", "Pour les professionnels du tourisme, la fréquentation devrait encore baisser cet "
           "hiver.", "vague", "probable"),
    ("en", "Soil samples taken near the plant showed lead levels twice the legal limit.",
     "document", "reported"),
    ("fr", "Les ventes d'appartements anciens ont reculé de 8 % en un an dans le Finistère, "
           "selon les notaires.", "institution", "reported"),
    # "attribuer X à Y" ascribes, whatever the noun ("cette baisse", which makes "accuser"
    # tell a loss), also with the "à" hung on the noun the object's "de" governs or
    # contracted ("au"); "a attribué la gestion à" still awards, "accuse une baisse" shows.
    ("fr", "Les chercheurs attribuent cette baisse à la sécheresse de l'été.", "vague",
     "reported"),
    ("fr", "La régie des eaux attribue l'essentiel du surcoût au prix de l'acier.",
     "institution", "reported"),
    ("fr", "La compagnie accuse une baisse de 3 % de son trafic.", "unattributed", "asserted"),
    ("fr", "Le conseil municipal a attribué la gestion du parking à une société privée.",
     "unattributed", "asserted"),
    # A name set off after "Pour X," past its title is who holds the view.
    ("fr", "Pour son coauteur, l'historien Marc Lenoir, la lettre aurait été écrite après "
           "1790.", "named", "reported"),
]

EIGHTY_SECOND_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 180 and 181 (session 39, round 2), in sentences of our own. "à notre
    # correspondant": a present participle after its determiner is a noun (not "une clause
    # leur permettant", a pronoun), and the outlet named as whom it was told to is no
    # speaker.
    ("fr", "« Les camions sont prêts depuis lundi », a déclaré à notre correspondant Karim "
           "Haddad, logisticien de la Croix-Rouge.", "named", "reported"),
    ("fr", "« Les camions sont prêts depuis lundi », a déclaré Karim Haddad à notre "
           "correspondant.", "named", "reported"),
    ("fr", "Plusieurs salariés disposent d'une clause leur permettant de partir en cas de "
           "rachat, affirme une source proche du dossier.", "anonymous", "reported"),
    # A judgement in quote marks after the object, up to a dozen words.
    ("fr", "Le département défend pour sa part un tracé « moins coûteux et plus sûr pour les "
           "riverains du hameau ».", "institution", "reported"),
    # "l'ONG": one body ("des ONG locales" stay vague).
    ("fr", "Les stocks de médicaments seront épuisés d'ici dimanche, prévient l'ONG.",
     "institution", "predicted"),
    ("fr", "Des ONG locales accusent la police de mauvais traitements.", "vague", "reported"),
    # A forecast verb in the reportive conditional tells it on hearsay.
    ("fr", "Le projet de convention prévoirait une hausse des salaires de 3 %.", "document",
     "reported"),
    ("fr", "Le projet de convention prévoit une hausse des salaires de 3 % en 2027.",
     "document", "predicted"),
    # "réaffirmer", "réitérer" are verbs of saying.
    ("fr", "La ministre a réaffirmé que la réforme serait appliquée dès janvier.", "named",
     "predicted"),
    ("fr", "Le maire a réitéré son opposition au projet d'éoliennes, qu'il juge "
           "« surdimensionné ».", "named", "reported"),
    # A text is a document; "faire apparaître" is what a document shows.
    ("en", "The new rules will apply from June, according to the text adopted by the "
           "assembly.", "document", "predicted"),
    ("fr", "Le rapport d'activité de la régie fait apparaître un déficit de 12 000 euros.",
     "document", "reported"),
    ("fr", "Le questionnaire envoyé aux parents fait aussi apparaître des désaccords sur le "
           "calendrier.", "document", "reported"),
    ("fr", "Le document budgétaire voté lundi fait apparaître une baisse de 5 % des "
           "subventions aux associations.", "document", "reported"),
    ("fr", "La crise a fait apparaître des tensions au sein de la majorité.", "unattributed",
     "asserted"),
    # (older sets, round 3) A rejection of "toute X", "any X" denies X whatever the noun,
    # unless it is something asked; "s'en prendre à" says something of its object.
    ("fr", "La direction rejette toute irrégularité dans l'attribution des primes.",
     "institution", "denied"),
    ("fr", "Le maire rejette toute demande de report du conseil municipal.", "unattributed",
     "asserted"),
    ("en", "The company rejected any wrongdoing in a statement on Friday.", "institution",
     "denied"),
    ("en", "The council rejected any request for a delay.", "unattributed", "asserted"),
    ("fr", "Le maire s'en prend aux services de l'État, qu'il accuse de lenteur.", "named",
     "reported"),
    # (round 4) An opening quote mark right before the verb opens the words quoted from the
    # verb on; the name before it speaks.
    ("fr", "Contactée, la direction de Bioxal « conteste fermement tout lien entre ses "
           "activités et l'état de la rivière ».", "institution", "denied"),
]

EIGHTY_THIRD_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 182 and 183 and shallow set 81 (session 40, round 1), in sentences of our
    # own. Parse repairs: a bare name set off after an opening participle phrase is the
    # subject; "des" after a verb that takes no "de" complement is the object's article; a
    # year with its "en" before the object; "D'anciens X" opening the sentence is the
    # subject; "on dément" in a setting.
    ("fr", "Interrogée par Ouest-France, la société Norvalia a démenti tout licenciement.",
     "institution", "denied"),
    ("fr", "Contacté par notre rédaction, le groupe Transalpa a rejeté les accusations.",
     "institution", "denied"),
    ("fr", "La direction du port a rejeté catégoriquement des accusations de négligence.",
     "institution", "denied"),
    ("fr", "Le syndicat conteste des chiffres publiés par la préfecture.", "institution",
     "denied"),
    ("fr", "Une étude de l'Inserm avait déjà signalé en 2021 la présence de pesticides dans "
           "la nappe.", "document", "reported"),
    ("fr", "D'anciens salariés de la filature, réunis en association, se disent « soulagés ».",
     "vague", "reported"),
    ("fr", "Dans l'entourage du ministre, on dément toute pression.", "anonymous", "denied"),
    ("fr", "Dans l'entourage du président du club, Marc Vial, on dément tout accord.",
     "anonymous", "denied"),
    # "se dire" tells any state of its subject, whatever the tagger made of the word.
    ("fr", "D'anciens mineurs de la vallée, regroupés en collectif, se disent « trahis » par "
           "l'État.", "vague", "reported"),
    # A verb of contesting after "n'exclut pas de" is what may come, no denial.
    ("fr", "La fédération n'exclut pas de contester la sanction devant le tribunal "
           "administratif.", "institution", "possible"),
    # "selon toute vraisemblance" is a hedge, no source; set off by commas or in a
    # participle on the subject, it is the claim's.
    ("fr", "L'incendie est parti, selon toute vraisemblance, d'un court-circuit dans la "
           "cuisine.", "unattributed", "probable"),
    ("fr", "Les faux billets, imprimés selon toute vraisemblance en Italie, circulaient depuis "
           "le printemps.", "unattributed", "probable"),
    # Bodies named with an indefinite plural are uncounted ("Des organisations"); families
    # are people.
    ("fr", "Des organisations de défense des droits humains jugent le texte dangereux.",
     "vague", "reported"),
    ("fr", "Des familles de détenus rassemblées devant la prison dénonçaient des conditions "
           "« indignes ».", "vague", "reported"),
    # "assurer" with a noun object after a subject set off: providing, not saying (a
    # relative clause after the object does not make it an incise).
    ("fr", "La société Vigilis, basée à Lyon, assure depuis 2019 le gardiennage du site, qui "
           "emploie 40 personnes.", "unattributed", "asserted"),
    # "va s'agrandir": an infinitive the tagger made a participle.
    ("fr", "Le hangar va s'agrandir de 500 mètres carrés.", "unattributed", "predicted"),
    # A participle joined to a passive shares its auxiliary: no document speaks.
    ("fr", "Le rapport sera transmis au préfet puis mis en ligne.", "unattributed",
     "predicted"),
    # Plans someone objects to are another's: nothing forecast on the objector's word.
    ("en", "Neighbours had objected to plans to build flats on the site, saying it would add "
           "to traffic.", "vague", "reported"),
    # A share ("un client sur deux") is a figure judged.
    ("fr", "Une commerçante du marché estime qu'« un client sur deux » vient désormais de la "
           "ville voisine.", "anonymous", "estimate"),
    # A relative clause the parser joined to the root reports inside the outlet's claim.
    ("fr", "La réforme pourrait toutefois se heurter à l’opposition des médecins, dont les "
           "représentants dénoncent régulièrement une « étatisation » de la profession.",
     "unattributed", "possible"),
    # (guard) a figure "estimé à" after a conditional is that claim's detail.
    ("fr", "Selon la douane, le réseau aurait écoulé au moins 40 tonnes de tabac depuis 2021, "
           "pour un préjudice estimé à 9 millions d'euros.", "institution", "reported"),
]

EIGHTY_FOURTH_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 184 and 185 and shallow set 82 (session 40, round 2), in sentences of our
    # own. A judgement in quote marks past the object's complement, a second object joined
    # after it; "Il dément formellement." (the verb tagged an adverb, the pronoun the root).
    ("fr", "Le médiateur jugeait les délais de traitement « excessifs » et l'accueil du public "
           "« très insuffisant ».", "named", "reported"),
    ("fr", "Il dément formellement.", "unattributed", "denied"),
    # Anonymity: "préfèrent taire leur nom"; people of a trade are uncounted; a ranking is
    # a document.
    ("fr", "Des agents, qui préfèrent taire leur nom, décrivent une ambiance « délétère ».",
     "anonymous", "reported"),
    ("fr", "Des cyclistes de la commune réclament un aménagement sécurisé.", "vague",
     "reported"),
    ("fr", "D'après le classement publié par l'association, la ville a perdu dix places.",
     "document", "reported"),
    # (guard) "la rédaction" is a body; "notre rédaction" the outlet.
    ("fr", "Aucune explication n'a été fournie, selon la rédaction du journal.", "institution",
     "denied"),
    # Blame of a thing named before a participle that says why: the subject's stance.
    ("en", "Some parents oppose the change, arguing that it will lengthen the school day.",
     "vague", "reported"),
    # "qualifier X de « Y »", the complement hung deep inside the object's phrase.
    ("fr", "Le délégué syndical, Paul Morel, a qualifié la réunion organisée par la direction "
           "de « mascarade ».", "named", "reported"),
]

EIGHTY_FIFTH_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 186 and 187 and shallow set 83 (session 41, round 1), in sentences of our
    # own. A participle after a noun the model took for the infinitive of "faire": "faire
    # état de" still reports.
    ("fr", "Des boulangers font état de hausses de prix sur le beurre importé.", "vague",
     "reported"),
    ("fr", "Plusieurs pharmaciens faisaient état mardi de ruptures sur le paracétamol "
           "importé.", "vague", "reported"),
    # A present after a relative clause of anonymity, made that clause's.
    ("fr", "Un employé de la déchetterie, qui préfère ne pas être nommé, dit avoir été menacé "
           "par un usager.", "anonymous", "reported"),
    # Praise given in a statement, and what the statement goes on to do.
    ("en", "The Norwegian embassy welcomed the verdict in a statement and repeated its call "
           "for the release of the two fishermen.", "institution", "reported"),
    # A civil title after its article names a person.
    ("fr", "Les enfants sont les plus touchés, d'après le Dr Espoir Kalume, pédiatre à "
           "l'hôpital de Bukavu.", "named", "reported"),
    # "n'a pas exclu" in what an incise reports; "n'exclut pas que" before a copula.
    ("fr", "Le conseil régional n'a pas exclu une aide d'urgence aux éleveurs, a indiqué son "
           "porte-parole mardi.", "institution", "possible"),
    ("fr", "Le procureur n'exclut pas que l'incendie soit criminel.", "named", "possible"),
    ("fr", "Les gendarmes n'excluent pas que la chute soit accidentelle.", "institution",
     "possible"),
    # A future passive the model made a complement of a relative clause in the subject.
    ("fr", "Des stages d'initiation aux gestes qui sauvent seront proposés aux collégiens.",
     "unattributed", "predicted"),
    # (guard) the same without the model's slip
    ("fr", "Des ateliers de réparation des vélos qui dorment dans les garages seront proposés "
           "au printemps.", "unattributed", "predicted"),
    # "Pour l'opposition," a body holding a view.
    ("fr", "Pour l'opposition, ce budget est insincère.", "institution", "reported"),
    # "dément" tagged an adverb before its infinitive, a verb joined after it.
    ("fr", "Le directeur du camping, Paul Ferrand, dément avoir coupé l'eau, mais assure que "
           "les travaux reprendront lundi.", "named", "denied"),
]

EIGHTY_SIXTH_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 188 and 189 and shallow set 84 (session 41, round 2), in sentences of our
    # own. An elided word before an opening quote mark stays the preposition.
    ("fr", "Une note de l’inspection faisait état d’« irrégularités graves » dans la gestion "
           "du foyer.", "document", "reported"),
    # "has not been ruled out" leaves a possibility open.
    ("en", "A ban on fireworks has not been ruled out, a council official said, asking not to "
           "be named.", "anonymous", "possible"),
    # Litotes: "n'est pas nouveau" denies nothing.
    ("fr", "Le problème n’est pas nouveau : en 2019, des fissures avaient déjà été repérées "
           "sur le pont.", "unattributed", "asserted"),
    # A participle qualifying the noun that closes the sentence is no verb of saying.
    ("fr", "La mairie disposera bientôt de chiffres fiables, les capteurs enregistrant toutes "
           "les températures relevées.", "unattributed", "predicted"),
    # A negation on an idiom whose verb the parser made an auxiliary of its noun.
    ("fr", "Le dispositif n’a pas vocation à durer, a précisé la préfète.", "named", "denied"),
]

EIGHTY_SEVENTH_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 190 and 191 and shallow set 85 (session 41, round 3), in sentences of our
    # own. The verb after a present participle set off after the subject, which the model
    # made the root; a verb made a modifier of the subject's noun after a name.
    ("fr", "Un magistrat, s'exprimant sous couvert d'anonymat, juge « probables » de nouvelles "
           "poursuites.", "anonymous", "probable"),
    ("fr", "Un rapport de l'OMS documente des pénuries de vaccins dans la région.", "document",
     "reported"),
    # A body's newsroom; the armed forces; a religious title before a name.
    ("fr", "Le photographe a été blessé par balle, a annoncé sa rédaction.", "institution",
     "reported"),
    ("fr", "Les forces armées ont démenti toute frappe sur le village.", "institution",
     "denied"),
    ("en", "“The pharmacy shelves are empty,” said Sister Agnes Nabirye, the nurse in charge.",
     "named", "reported"),
    # A completive's verb after its subject set off by commas is no incise.
    ("fr", "La préfecture affirme que les analyses, réalisées en mai, n'avaient montré aucune "
           "pollution.", "institution", "denied"),
    # A participle after the subject, made the clausal subject of "said".
    ("en", "Residents queuing at a pilot event in Ashford last month said they welcomed the "
           "bins.", "vague", "reported"),
    # "a de bonnes chances d'" hedges.
    ("fr", "« Le projet a de bonnes chances d'aboutir avant l'été », estime le maire.", "named",
     "probable"),
]

EIGHTY_EIGHTH_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 192 and 193 and shallow set 86 (session 42, round 1), in sentences of our
    # own. A present participle with a clause of its own speaks for the noun it qualifies.
    ("fr", "Le ministère a diffusé un communiqué indiquant que les manifestants avaient "
           "attaqué les policiers.", "document", "reported"),
    ("en", "Police issued a statement claiming the protesters had attacked officers first.",
     "document", "reported"),
    # An appeal to everyone, and a name set off by its apposition before the verb.
    ("fr", "Berne a appelé toutes les parties au calme.", "institution", "reported"),
    ("fr", "Tokyo, principal bailleur du projet, a appelé les deux camps à la retenue.",
     "institution", "reported"),
    # A quoted label the model hung on the object.
    ("fr", "Séoul a qualifié l'essai de « déstabilisateur ».", "institution", "reported"),
    # A headline's present of charging, tagged a noun.
    ("en", "Villagers in Kessel district accuse foreign mining firm of poisoning their wells",
     "vague", "reported"),
    # A body by its name's words: "Marine", a capitalised link word; a hospice.
    ("en", "The ferry's operator, Nordholm Marine, said the crossing would resume on Friday.",
     "institution", "predicted"),
    ("en", "Bridges Beyond Borders said it would close its two clinics.", "institution",
     "predicted"),
    ("en", "The hospice said the shop had raised £12,000 in its first month.", "institution",
     "reported"),
    # A copy of an agreement shows; elders are uncounted people.
    ("en", "A copy of the agreement seen by the Herald shows that the land was sold for $5.",
     "document", "reported"),
    ("en", "About 800 people live in the valley, according to an estimate by village elders.",
     "vague", "estimate"),
    # An expectation of an estimated figure is an estimate of it.
    ("en", "The trust expects the sale to raise an estimated £40,000.", "institution",
     "estimate"),
    # A councillor's title before a name the entity reader took for a body.
    ("en", "Councillor Priya Nair, cabinet member for housing, said the plan was sound.",
     "named", "reported"),
    # A surname opening a sentence, tagged an adverb; "has not ruled out".
    ("en", "Tully did not rule out a strike.", "named", "possible"),
    ("en", "The union has not ruled out a go-slow before Christmas.", "institution",
     "possible"),
]

EIGHTY_NINTH_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 194 and 195 and shallow set 87 (session 42, round 2), in sentences of our
    # own. An incise's present tagged a participle, its speaker made the agent.
    ("fr", "« La digue a cédé en pleine nuit », raconte par téléphone Maria Santos, une "
           "habitante du quartier.", "named", "reported"),
    ("fr", "« On retrouve des filets abandonnés chaque semaine », décrit Jean Okemba, chef des "
           "gardes du parc, joint par téléphone.", "named", "reported"),
    # "de l'aveu même de": on whose own admission.
    ("fr", "Le réseau écoulerait des milliers de litres par nuit, de l'aveu même d'un policier "
           "en poste à la frontière.", "anonymous", "reported"),
    # A Swiss canton, a school are bodies; comments and a budget are documents.
    ("fr", "Les élevages voisins seraient placés sous surveillance, précise le canton.",
     "institution", "reported"),
    ("fr", "Le lycée n'exclut pas de reconduire l'opération l'an prochain.", "institution",
     "possible"),
    ("fr", "Sur le site de la mairie, plusieurs commentaires regrettent un manque de places "
           "assises.", "document", "reported"),
    ("fr", "La fête a coûté 3 000 euros à la commune, d'après le budget primitif consulté par "
           "notre journal.", "document", "reported"),
    # A modal in a relative clause set off after the content is a remark on it.
    ("en", "Two crew members said the trawler had lost its rudder before running aground, "
           "which could complicate efforts to refloat it.", "anonymous", "reported"),
    # What a relative clause after the source says does not say who speaks.
    ("en", "The ruling is likely to be appealed, according to two lawyers consulted by the "
           "Gazette, who cited the case of a former army officer.", "anonymous", "probable"),
    # "un son": a noun after its article, not a possessive.
    ("fr", "Plusieurs riverains déplorent un son trop fort lors des concerts.", "vague",
     "reported"),
    # A present no participle is spelt like, after an opening setting (a post: what it
    # carries rests on it, since session 45).
    ("fr", "Dans un message publié sur Instagram, le collège salue « un travail remarquable ».",
     "document", "reported"),
    ("fr", "Dans un message publié sur Instagram, le collège salue « un travail remarquable » et "
           "partage des photos.", "document", "reported"),
    # A negation inside a purpose clause denies nothing.
    ("fr", "La commune a posé un banc pour que personne ne reste seul à la récréation.",
     "unattributed", "asserted"),
]

NINETIETH_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 196 and 197 and shallow set 88 (session 42, round 3), in sentences of our
    # own. A charge whose object's complement the parser gave the verb.
    ("fr", "Plusieurs réfugiés accusent les gestionnaires du site d’avoir ignoré des alertes "
           "répétées sur les risques d’inondation.", "vague", "reported"),
    # A mediator is a post; a foreign adjective does not make the holder a body.
    ("fr", "Un nouvel échange pourrait intervenir avant l’été, a estimé le médiateur turc Emre "
           "Aydın, interrogé par la chaîne NTV.", "named", "possible"),
    # The inverted speaker the parser made the object of the closing verb of saying.
    ("fr", "Le HCR va installer dès cette semaine 500 tentes et distribuer des couvertures, a "
           "annoncé son représentant dans le pays.", "named", "predicted"),
    # The speaker's name set off past the circumstance after the title.
    ("fr", "« Ils ont dormi dehors pendant des semaines », a détaillé la représentante de "
           "l’Unicef dans le pays, Aïcha Diallo.", "named", "reported"),
    # A condition after a quoted conditional is part of what is said.
    ("fr", "Le ministère de la Justice assure dans un communiqué que l’ex-ministre "
           "bénéficierait « d’un procès équitable » s’il était remis à ses autorités.",
     "institution", "hypothetical"),
    ("fr", "Le ministère assure que l’ancien ministre bénéficierait d'un procès équitable si la "
           "France le remettait à ses autorités.", "institution", "hypothetical"),
    # A body's name after a word of where it is based.
    ("en", "The ship’s manager, Singapore-based Eastern Star Marine, denied that the cargo was "
           "subject to sanctions.", "institution", "denied"),
]

NINETY_FIRST_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 198 and 199 and shallow set 89 (session 43, round 1), in sentences of our
    # own. A conditional copula after the subject's relative clause is the sentence's.
    ("fr", "Les villages de pêcheurs, où le poisson reste la base des repas, seraient les plus "
           "exposés.", "unattributed", "reported"),
    ("fr", "Les quartiers du bas de la ville, où vivent surtout des retraités, seraient les "
           "plus exposés.", "unattributed", "reported"),
    # A relative clause on a demonstrative is what is denounced.
    ("fr", "Des chefs de village du haut Ogooué dénoncent depuis des années ce qu’ils appellent "
           "« l’oubli » de l’Etat.", "vague", "reported"),
    # Counted people are unnamed sources, wherever they are posted.
    ("fr", "Le Japon devrait déposer un projet de résolution, selon trois diplomates en poste "
           "à Genève.", "anonymous", "probable"),
    # A place's post before its holder's name, set off past a list.
    ("en", "Limpopo’s MEC for roads, transport and community safety, Sipho Maluleke, said the "
           "province would set up water points.", "named", "predicted"),
    # To deprive someone of something takes two objects: no denial.
    ("en", "\u201cThis raid has denied criminal gangs thousands of pounds,\u201d said Carla "
           "Hughes, a police inspector.", "named", "reported"),
    # A wholesaler is a business; the place it is based in does not speak.
    ("en", "The Leeds-based fruit wholesaler told the paper it had \u201cno record\u201d of the "
           "order.", "institution", "denied"),
    # "if" before a second adjective concedes.
    ("en", "The goalkeeper, Tom Reyes, said he was \u201cpleased, if a little tired\u201d after "
           "the match.", "named", "reported"),
]

NINETY_SECOND_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 200 and 201 and shallow set 90 (session 43, round 2), in sentences of our
    # own. A body's yes, and the condition it sets, is its word.
    ("fr", "La préfecture a donné son accord, à condition que le cortège évite le "
           "centre-ville.", "institution", "reported"),
    # Words denied are no refusal to speak.
    ("fr", "« Je n'ai jamais prononcé cette phrase », a réagi la ministre lors d'un "
           "déplacement.", "named", "denied"),
    # A negation in an aim hung on "afin" denies nothing.
    ("fr", "Selon la ministre, les travaux dureront deux ans afin de ne pas perturber la "
           "circulation.", "named", "predicted"),
    # A label in a free relative is nobody's claim.
    ("en", "Police detained nine people in raids across two counties on Tuesday, dismantling "
           "what officers described as a network that sold fake passports to migrants.",
     "unattributed", "asserted"),
    # "lieu-dit" holds no verb of saying.
    ("fr", "Ils étaient 40 exposants samedi au lieu-dit La Croix-Blanche pour la foire aux "
           "plants organisée par le comité des fêtes.", "unattributed", "asserted"),
    # "never so many" stresses a number, it denies nothing.
    ("fr", "« On n'avait jamais vu autant de monde au marché », s'est félicité le président du "
           "comité.", "named", "reported"),
    ("fr", "Des riverains s'émeuvent de la fermeture du bureau de poste.", "vague", "reported"),
    # The name a group goes by, which the model read as the verb (in a video posted
    # online: what it carries rests on it, since session 45).
    ("en", "In a video posted on Telegram, a group calling itself Stop the Pumps said it had "
           "sabotaged the pumping station.", "document", "reported"),
]

NINETY_THIRD_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 202 and 203 and shallow set 91 (session 43, round 3), in sentences of our
    # own. French "critiquer" and "suggérer" tell a stance, past the adjunct before the
    # object too.
    ("fr", "Des riverains ont critiqué sur les réseaux sociaux un chantier jugé « interminable » "
           "par les commerçants.", "vague", "reported"),
    ("fr", "Plusieurs bénévoles ont suggéré d'organiser l'an prochain une course réservée aux "
           "enfants.", "vague", "reported"),
    # A judging panel is a body; its praise is its word.
    ("en", "The tasting panel, which sampled every cake blind, praised its \u201clight crumb and "
           "rich filling\u201d.", "institution", "reported"),
    # An age before a name the entity reader missed.
    ("en", "\u201cI found the biggest shell,\u201d said six-year-old Poppy Tarrant.", "named",
     "reported"),
    # A perfect infinitive of "pouvoir" hedges nothing.
    ("fr", "Selon le syndicat des enseignants, le directeur est suspendu depuis mars, sans avoir "
           "pu s'expliquer devant le conseil.", "institution", "reported"),
    # A source in the speaker's relative clause tells who the speaker is.
    ("en", "Councillor Dan Price, who came third according to the official count, has said he "
           "would challenge the result.", "named", "predicted"),
    # One unnamed person, whoever's neighbour or friend.
    ("fr", "Un ancien voisin de M. Garnier, qui a requis l'anonymat, assure que la maison était "
           "vide depuis des mois.", "anonymous", "reported"),
    ("fr", "Le record a été battu avec une truite de 2,1 kilos, d'après la feuille de pesée.",
     "document", "reported"),
    # A name after its article, then the post set off: the name speaks.
    ("en", "\u201cThe whole village came out to watch,\u201d said the Rev Anne Clarke, the "
           "parish priest.", "named", "reported"),
]

NINETY_FOURTH_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 204 and 205 (session 44, round 1), in sentences of our own. A rough figure
    # after a relative clause closed before it is the source's estimate.
    ("fr", "Selon le rapport de l'observatoire, la sécheresse qui touche la région depuis le 2 "
           "mai aurait détruit environ 300 hectares de maïs.", "document", "estimate"),
    # An adverb of likelihood opening a phrase set off after the clause hedges the claim.
    ("fr", "L'incendie s'est déclaré vers minuit, probablement à cause d'un radiateur "
           "électrique, selon les pompiers.", "institution", "probable"),
    # A post in lower case the tagger took for a name, then the name set off.
    ("fr", "Le site fonctionnait sans autorisation, a reconnu le wali de la région, Karim "
           "Bennani, lors d'un point de presse.", "named", "reported"),
    # A word of a body's name is no unnamed staff.
    ("en", "The missile landed in the sea, the Joint Chiefs of Staff said on Sunday.",
     "institution", "reported"),
    # Owners named after their noun speak by name.
    ("en", "A cat that went missing in May has been found safe in a shed near Hull, its "
           "owners, Lucy and Mark Dean, said on Monday.", "named", "reported"),
    # What pictures someone posted show rests on whoever posted them.
    ("fr", "Des habitants ont partagé des vidéos montrant une foule devant la mairie.",
     "vague", "reported"),
    ("en", "Witnesses posted videos showing smoke rising over the port.", "vague", "reported"),
    # An apology is the word of whoever makes it, past the noun's article.
    ("fr", "La direction du parc présente ses excuses pour la fermeture de dimanche.",
     "institution", "reported"),
]

NINETY_FIFTH_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 206 and 207 (session 44, round 2), in sentences of our own. A litotes
    # asserts.
    ("fr", "Plusieurs éleveurs reconnaissent que le phénomène n'est pas isolé dans la vallée.",
     "vague", "reported"),
    ("en", "Several landlords admitted that the practice was not uncommon in the town.",
     "vague", "reported"),
    # A threat under a condition, the verb tagged a noun by the model.
    ("fr", "Si aucun accord n'est trouvé d'ici lundi, l'intersyndicale menace d'étendre le "
           "mouvement aux deux autres sites du groupe.", "institution", "hypothetical"),
    # The speaker after "said", past the relative clause the model hung the last verb on.
    ("en", "\u201cThe waves were huge. People were screaming,\u201d said Ana Reyes, 31, who "
           "clung to a life jacket for nearly four hours before a fishing boat picked her up.",
     "named", "reported"),
    # A referee is a post; a name's particle tagged otherwise stays in the name.
    ("fr", "Selon l'arbitre, Gérard Le Bihan, la partie s'est jouée à trois points.", "named",
     "reported"),
    # "risque de", the verb tagged an adjective.
    ("fr", "Des habitants estiment que le four risque de rester fermé.", "vague", "possible"),
]

NINETY_SIXTH_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 208 and 209 (session 44, round 3), in sentences of our own. A body's name
    # the parser cut at its preposition is read whole.
    ("fr", "La situation pourrait encore s'aggraver, a prévenu Médecins sans frontières (MSF) "
           "jeudi.", "institution", "possible"),
    # One technician, whatever document the words after him name.
    ("fr", "Il n'est pas exclu que le mur s'effondre, a reconnu un technicien du bureau chargé "
           "de l'expertise, qui n'a pas souhaité donner son nom.", "anonymous", "possible"),
    # Planters of a district are people, uncounted.
    ("fr", "Des planteurs de la sous-préfecture de Danané reconnaissent vendre une partie de "
           "leur récolte à des intermédiaires.", "vague", "reported"),
    # A first name the tagger took for a noun before a particle.
    ("fr", "« On a tenu », a lancé le capitaine, Yannick Le Gall, 41 ans, juste après la "
           "finale.", "named", "reported"),
    # A crowd awaited after a rough figure.
    ("fr", "Les organisateurs attendent près de 5 000 visiteurs ce week-end.", "institution",
     "estimate"),
    # A conditional the model tagged an adverb after "que" and its subject.
    ("fr", "Le maire a indiqué que des géologues sonderaient le sous-sol dès mercredi.", "named",
     "predicted"),
    # In quoted words, "they" want: another's wish, told.
    ("en", "\u201cThey want us to work until we drop,\u201d said Ana Lopes, a nurse from Porto.",
     "named", "reported"),
    # A register is a document.
    ("en", "The clinic\u2019s register lists 12 dead and 30 wounded.", "document", "reported"),
    # A tribe is a body.
    ("en", "Tribe vows to fight lithium mine", "institution", "predicted"),
    # A relative named after the kin noun is a person.
    ("en", "Her father, Arjun Raman, said she had practised every night since September.",
     "named", "reported"),
]

NINETY_SEVENTH_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 210 and 211 (session 44, round 4), in sentences of our own. Describing
    # someone as something, the object a clitic before the verb, past a second relative
    # clause the model hung on the subject.
    ("fr", "Des voisines la décrivent comme « serviable et discrète ».", "vague", "reported"),
    ("fr", "Des collègues du médecin, qui travaillait depuis deux ans sur un programme de "
           "vaccination, le décrivent comme « prudent et discret ».", "vague", "reported"),
    # The subject and the relative phrase set off after it ("a copy of which").
    ("en", "An internal review, a copy of which was seen by this newspaper, found that staff "
           "had ignored the warnings.", "document", "reported"),
    # A superlative judges the likeliest.
    ("fr", "Un court-circuit est la piste la plus probable, selon les pompiers.", "institution",
     "probable"),
    # A box office is a body.
    ("fr", "Le spectacle affichera complet, selon la billetterie.", "institution", "predicted"),
    # The groom, named after his noun.
    ("fr", "« Un jour parfait », confie le marié, Hugo Lenoir.", "named", "reported"),
]

NINETY_EIGHTH_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 212 and 213 (held out last session, read in session 45's round 1), in
    # sentences of our own. A crowd a source counts roughly, "quelque" included.
    ("fr", "Selon la gendarmerie, quelque 5 000 spectateurs se pressaient le long du circuit.",
     "institution", "estimate"),
    ("fr", "D'après les organisateurs, quelque 900 randonneurs étaient attendus dimanche.",
     "institution", "estimate"),
    # A rule "stipule que": the document's word.
    ("fr", "Le règlement de la course stipule que chaque équipage doit porter un gilet.",
     "document", "reported"),
    # A denial tagged an adjective, its object made the root, before a joined verb of saying
    # with a quote.
    ("fr", "La chambre des notaires dément toute irrégularité et assure que « chaque acte a été "
           "vérifié par deux membres du conseil ».", "institution", "denied"),
    # A statement from a body is the body's word (English).
    ("en", "The festival will return next year, according to a statement from the town's "
           "arts council.", "institution", "predicted"),
    # A name with an age and a place after it is a person, whatever the entity reader says.
    ("en", "\u201cI have grown it for nine years,\u201d said Anders Fjeldstad, 44, from Molde.",
     "named", "reported"),
    # What is printed is a document, whatever else its noun may name.
    ("en", "The route passes 12 chapels, according to the printed guide sold at the abbey.",
     "document", "reported"),
    # A paper's name takes its article with a capital inside the sentence.
    ("fr", "Le maire a démissionné, rapporte Le Courrier.", "institution", "reported"),
    # What a paper relays ("..., rapporte Le Courrier") is the word of the speakers inside.
    ("fr", "Des pêcheurs du port dénoncent des quotas « absurdes » et réclament leur révision, "
           "rapporte Le Courrier.", "vague", "reported"),
    ("fr", "Des pêcheurs du port ont réclamé une révision des quotas, rapporte le quotidien "
           "régional.", "vague", "reported"),
    # (but a person who relays is the source: no paper)
    ("fr", "Certains agents se sont inquiétés des risques de chute, rapporte un employé qui a "
           "requis l'anonymat.", "anonymous", "reported"),
    # A surprise told in the past ("on ne s'attendait pas à") is no likelihood.
    ("fr", "« On ne s'attendait pas à une telle affluence », raconte Marie Colin, la présidente "
           "du club.", "named", "reported"),
]
NINETY_NINTH_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 214 and 215 (held out last session, read in session 45's round 2), in
    # sentences of our own. A movement is a body; a candidate, a delegate and a
    # superintendent are posts.
    ("fr", "Le mouvement rebelle a démenti toute implication.", "institution", "denied"),
    ("fr", "« Je n'ai jamais signé ce texte », a réagi la candidate jeudi lors d'un meeting à "
           "Lille.", "named", "denied"),
    ("fr", "La déléguée régionale a démenti toute irrégularité.", "named", "denied"),
    ("en", "The superintendent denied that officers had ignored the complaints.", "named",
     "denied"),
    # A body's specialists named by its noun speak for it.
    ("fr", "Selon les chercheurs du laboratoire, la fuite est probablement due à une vanne "
           "défectueuse.", "institution", "probable"),
    # "il y a moins d'un mois" is no "à moins d'".
    ("fr", "Des enquêteurs qui ont analysé les messages affirment que le compte a été créé il y "
           "a moins d'un mois.", "vague", "reported"),
    # Parse repairs: the relative clause's verb made a participle of its subject, the
    # sentence's verb the relative clause's (an unsafe line); a present spelt as its
    # participle under a relative clause made the root; a relative clause's object made
    # the subject of the verb after it.
    ("fr", "La plateforme sur laquelle la photo a été le plus partagée n'avait pas supprimé le "
           "message mardi soir.", "unattributed", "denied"),
    ("fr", "Le document, long de 46 pages, décrit une campagne baptisée « Brume de mars » qui "
           "aurait débuté en 2022.", "document", "reported"),
    ("fr", "L'atelier, qui ne touche aucune subvention, cherche de nouveaux bénévoles pour "
           "l'été.", "unattributed", "asserted"),
    # A relative clause with its own auxiliary on a noun stands aside, in quote marks too.
    ("fr", "Le texte de la pétition affirme que le projet « pourrait conduire à l'exclusion des "
           "élèves les plus fragiles, qui n'ont pas accès aux cours en ligne ».", "document",
     "possible"),
    # Advice not to bother is no denial.
    ("fr", "« On nous a fait comprendre que ce n'était pas la peine de postuler », confie un "
           "ancien salarié, qui a requis l'anonymat.", "anonymous", "reported"),
    # An indefinite article, a body's name and a document's noun: the document.
    ("en", "About 900,000 people depended on fishing, according to a United Nations Office on "
           "Drugs and Crime report published in June.", "document", "reported"),
    # A name closed by a body's word is no title and name ("Head" is a headland's).
    ("en", "The Carrick Head Harbour Trust, which runs the marina, said all berths had been "
           "taken.", "institution", "reported"),
    # A post that appeals for something says it.
    ("en", "A post on the club's Facebook page appealed for volunteers to clear the pitch.",
     "document", "reported"),
    # A family's name after "les" stays singular: people, not a body.
    ("fr", "Si la météo le permet, les Haurat envisagent d'organiser une nocturne en août.",
     "named", "hypothetical"),
]
HUNDREDTH_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 216 and 217 (written and run once at the start of session 45, read in its
    # round 3), in sentences of our own. What a post or a message opening the sentence
    # carries rests on it, as the set briefs say (a communiqué or a statement does not).
    ("en", "In a post on X, the museum said it was \u201cdeeply saddened\u201d by the theft.",
     "document", "reported"),
    ("fr", "Dans un message publié sur Facebook, l'association affirme que la fête aura bien "
           "lieu.", "document", "predicted"),
    # Thanking someone is said, on the thanker's word.
    ("en", "In a statement, the ministry thanked the rescue teams for their work.",
     "institution", "reported"),
]
HUNDRED_FIRST_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 218 and 219 (written in session 45's round 1, read in its round 4), in
    # sentences of our own; each was an unsafe line. A present spelt as a noun after a
    # relative clause, its object hung on the clause's verb; "dément" past an adverb of its
    # own, joined to a second verb; "demand to" with an infinitive.
    ("fr", "Une note de la préfecture, que notre rédaction a pu consulter, chiffre les pertes à "
           "environ 2 millions d'euros.", "document", "estimate"),
    ("fr", "La société dément catégoriquement ces accusations et a porté plainte pour "
           "diffamation.", "institution", "denied"),
    ("en", "The tenants demand to be rehoused before the winter.", "vague", "reported"),
    ("en", "In a letter seen by the Gazette, the residents demand to be rehoused before the "
           "winter.", "document", "reported"),
]

HUNDRED_SECOND_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 220 and 221 (written in session 45's round 2, read in session 46's round
    # 1), in sentences of our own. Counts each side gives against the other's are
    # estimates; an anonymity request in the source's relative clause is no claim; the
    # imperfect of a forecast verb tells a plan as it stood; "our paper" before a name is
    # no body's name; a name the model did not know after an inverted verb of saying is
    # the speaker, a body's when it ends as bodies' names do ("Tourisme"); "leaders"
    # are uncounted people.
    ("fr", "Ils étaient 8 400 à Lyon selon la préfecture, 20 000 selon les syndicats.",
     "institution", "estimate"),
    ("en", "Between 3,000 people, according to police, and 9,000, according to organisers, "
           "marched through the town.", "institution", "estimate"),
    ("en", "A shopkeeper, who asked that his name not be published for fear of reprisals, "
           "said he had paid the gang for two years.", "anonymous", "reported"),
    ("fr", "Le règlement, affiché à l'entrée du parc, prévoyait deux séances par jour.",
     "document", "reported"),
    ("fr", "« Nous ne sommes pas opposés au projet », a expliqué à notre journal Marion "
           "Lefort, chargée de mission au Conservatoire.", "named", "denied"),
    ("fr", "Le festival reviendra en juin, a annoncé Morvan Tourisme dans un communiqué.",
     "institution", "predicted"),
    ("en", "Community leaders in the city's north end said the gang had kept traders silent.",
     "vague", "reported"),
    # Sets 218 and 219 (read in session 45), in sentences of our own: a future in a clause
    # of time or an indirect question under a verb not to come is no forecast; a negation
    # on a noun's infinitive ("la décision de ne pas") denies nothing.
    ("en", "\u201cWe have waited for weeks without knowing when we will be paid,\u201d one "
           "driver, who asked not to be named, said.", "anonymous", "reported"),
    ("fr", "Selon un cadre qui a requis l'anonymat, la direction aurait préparé un nouveau "
           "plan, prêt à être présenté dès que la grève cessera.", "anonymous", "reported"),
    ("fr", "Le maire reconnaît que la pétition a pesé dans la décision de ne pas prolonger le "
           "bail.", "named", "reported"),
    # Sets 216 and 217 (read in session 45): "said" with a noun and a past verb after it
    # says a clause (an unsafe line); a body's noun closing an English apposition after its
    # adjectives makes the name before a body's.
    ("en", "Organizers said a record 2,310 runners registered for this year's race.",
     "institution", "reported"),
    ("en", "At least 30 journalists are detained in the region, according to Kestrel Morrow, "
           "a Geneva-based monitoring group.", "institution", "reported"),
    ("en", "At least 30 journalists are detained in the region, according to Kestrel Morrow, "
           "a Geneva-based lawyer.", "named", "reported"),
]

HUNDRED_THIRD_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 222 and 223 (written in session 46's round 1 before it began, read in its
    # round 2), in sentences of our own. A finite verb after a relative clause closed by a
    # comma, hung on the clause, is the sentence's; "estime à près de N" puts a count at a
    # figure; a name inside a participle phrase says where people came from; "mettre en
    # doute" says; a "foyer rural" and a presidential palace are bodies, "une ONG" one;
    # "le maraîcher" is one person; a modal dated to a time gone by is a past ability; a
    # valuation is an estimate.
    ("fr", "Une pétition lancée en juin par un collectif de riverains, qui réunissait jeudi 900 "
           "signatures, demande le report des travaux.", "document", "reported"),
    ("fr", "La mairie estime à près de 2 000 le nombre de curieux venus voir les courges.",
     "institution", "estimate"),
    ("fr", "Des randonneurs venus de Suisse et d'Italie disent avoir été surpris par l'orage.",
     "vague", "reported"),
    ("fr", "Sous couvert d'anonymat, deux exposants ont mis en doute la sincérité du "
           "classement.", "anonymous", "reported"),
    ("fr", "Le foyer rural estime la recette à environ 1 800 euros.", "institution",
     "estimate"),
    ("fr", "Les ouvriers sont toujours sans salaire depuis mars, selon une ONG.",
     "institution", "reported"),
    ("en", "Schools will reopen on Monday, the presidential palace said in a statement.",
     "institution", "predicted"),
    ("fr", "Pour réussir, le maraîcher dit avoir arrosé ses melons deux fois par jour.",
     "named", "reported"),
    ("en", "\u201cTwenty years ago you could sell a stamp album for a few hundred pounds,\u201d "
           "said Ian Carter, a dealer from Bath.", "named", "reported"),
    ("en", "The painting was valued at around \u00a340,000, according to an insurance report.",
     "document", "estimate"),
]

HUNDRED_FOURTH_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 224 and 225 (written in session 46's round 2, read in its round 3; their
    # six unsafe lines first), in sentences of our own. What is charged after the object
    # of "accuser" is its content, however the parser hung it; a headline's subject made a
    # compound of its verb; a measure of the weather awaited is a forecast; an object
    # clitic opening an incise is not who speaks; "se dit ... « ouverte »" past an
    # adverbial; rejecting a view denies it; a fear for something is told; a "sans"
    # clause after an incise is no content; "l'école" is a body; a name taken up by "who"
    # is a person.
    ("fr", "Des apiculteurs accusent des promeneurs venus d'autres communes de piétiner les "
           "ruchers.", "vague", "reported"),
    ("en", "Airlines report surge in GPS jamming over the Baltic Sea", "vague", "reported"),
    ("fr", "Canicule : jusqu'à 41 °C attendus dans le Gard samedi", "unattributed",
     "predicted"),
    ("en", "Gusts of up to 70 mph are expected on the coast on Friday, the Met Office said.",
     "institution", "predicted"),
    ("fr", "« On comprend la colère, mais la fête dure une journée », leur a répondu Mme "
           "Roussel.", "named", "reported"),
    ("fr", "Mme Arnaud se dit de son côté « ouverte à une médiation », comme l'ouverture du "
           "chemin le dimanche.", "named", "reported"),
    ("en", "Dr Patel rejected that view, saying the tests had found no difference.", "named",
     "denied"),
    ("fr", "Des riverains s'inquiètent pour leurs jardins, situés en bordure du chantier.",
     "vague", "reported"),
    ("fr", "Un premier lot de masques arrivera à Lyon la semaine prochaine, a assuré le "
           "ministère, sans avancer de date précise.", "institution", "predicted"),
    ("fr", "Un troisième concert pourrait être ajouté en juillet, indique l'école.",
     "institution", "possible"),
    ("en", "Oduya, who has won the title three times, said he did not regret his strategy.",
     "named", "reported"),
    ("en", "The tapestries were insured for \u00a312m, the gallery said.", "institution",
     "reported"),
]

HUNDRED_FIFTH_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 226 and 227 (written in session 46's round 3, read in its round 4; their
    # three unsafe lines first), in sentences of our own. A present spelt as a noun after
    # a relative clause, hung as an adverbial clause on it, is the sentence's verb; the
    # outlet's own crowd awaited is a forecast; dismissing a concern denies it; a bare
    # noun after "Sans" closed by a comma opens a counterfactual; "sûrement" is likely;
    # "Manor" ends a body's name; a capitalised plural document noun in a name with no
    # article is a body's.
    ("fr", "Un rapport d'inspection remis au préfet en avril, dont nous avons obtenu copie, "
           "pointe pourtant « l'insuffisance des contrôles » dans les casses.", "document",
     "reported"),
    ("fr", "Près de 12 000 visiteurs sont attendus ce week-end pour la fête de la moule.",
     "unattributed", "predicted"),
    ("en", "Hale dismissed the concern, saying the joins had been checked.", "named",
     "denied"),
    ("fr", "« Sans accord d'ici la fin du mois, nous pourrions devoir fermer le site », a "
           "averti le directeur, Paul Mercier.", "named", "hypothetical"),
    ("fr", "« On va sûrement souffrir, mais on va se battre », a lancé le capitaine, Hugo, "
           "15 ans.", "named", "probable"),
    ("en", "The hotel, Ashby Hall Manor, said in a statement that it had closed its kitchen.",
     "institution", "reported"),
    ("en", "Guinness World Records said it would verify the measurement next month.",
     "institution", "predicted"),
    # (guard: the charge's own infinitive, its "de" on the auxiliary, not the one of an
    # apposition after it, is what is charged)
    ("fr", "Un rapport d'Amnesty International publié lundi accuse les deux camps d'avoir "
           "délibérément bombardé des marchés et des écoles, des faits susceptibles de "
           "constituer des crimes de guerre.", "document", "reported"),
]

HUNDRED_SIXTH_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 228 and 229 (written in session 46's round 4, read in session 47's round 1;
    # their three unsafe lines first), in sentences of our own. The subject and auxiliary
    # the parser hung on "d'abord" are the verb's; a source inside what a second verb of the
    # same speaker says sources that only; "dénombrer" and a document's "counted" tell a
    # count; a post's office speaks as a body, whatever name follows the post; a body that
    # does not want to be cited is an anonymous source; "an internal briefing" and "le
    # catalogue" are documents; a range of people counted on someone's word is an
    # estimate; a reported clause's finite verb made a modifier of its subject, the
    # inverted speaker the object; a document in the relative clause after the giver of
    # an estimate does not hold it; plural bodies of a kind ("de" and a bare noun) are
    # uncounted and unnamed (but "du personnel hospitalier" says which).
    ("fr", "L’armée nigériane avait d’abord nié toute responsabilité, évoquant dans un "
           "communiqué un « incident isolé ».", "institution", "denied"),
    ("fr", "La Commission a écarté tout report du calendrier, rappelant dans une lettre que les "
           "fonds sont « épuisés » selon les auditeurs.", "institution", "denied"),
    ("fr", "La gendarmerie a pour sa part dénombré 250 participants.", "institution",
     "reported"),
    ("en", "An audit released in May by the charity Clean Rivers counted more than 300 spills "
           "along the estuary.", "document", "reported"),
    ("fr", "Le cabinet de la ministre des Sports, Claire Fauvel, a annoncé que celle-ci se "
           "rendrait au stade jeudi.", "institution", "predicted"),
    ("en", "The office of Mayor Dana Whitlock said the bridge would reopen in June.",
     "institution", "predicted"),
    ("fr", "Selon un transporteur présent à la réunion, qui ne souhaite pas être cité, les "
           "routiers pourraient bloquer le port.", "anonymous", "possible"),
    ("en", "The figures were leaked last week, according to an internal briefing seen by the "
           "Times.", "document", "reported"),
    ("fr", "Entre 500 et 600 personnes, selon l'intersyndicale, ont manifesté samedi devant la "
           "mairie.", "institution", "estimate"),
    ("fr", "La prochaine foire accueillera pour la première fois un marché aux chevaux, a "
           "annoncé la mairie dans un communiqué publié lundi.", "institution", "predicted"),
    ("fr", "Le vitrail a nécessité 900 heures de travail, d'après le catalogue de l'exposition.",
     "document", "reported"),
    ("fr", "Les organisations de défense des consommateurs saluent une décision « attendue ».",
     "vague", "reported"),
    ("fr", "Les syndicats du personnel hospitalier ont dénoncé la fermeture dans un tract.",
     "institution", "reported"),
    ("fr", "La réfection a coûté environ 30 000 euros, selon l'estimation fournie par "
           "l'association Les Amis du lavoir, qui attend encore les factures de la charpente.",
     "institution", "estimate"),
]


HUNDRED_SEVENTH_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 230 and 231 (written in session 47's round 1, read in its round 2; their two
    # unsafe lines first), in sentences of our own. A second verb with its own "que" clause,
    # which the parser joined to the participle inside the first verb's object, is the
    # first one's second verb (the first claim keeps its own certainty); "were denied X" in
    # the passive deprives, no denial; a body's "évaluation" is its estimate; a feeling
    # vented is told; what someone is thanked for, its participle hung on the verb, is the
    # thanker's word.
    ("fr", "La ministre des Sports, Anne Roche, a dénoncé sur X « un geste indigne porté contre "
           "l'arbitre » et promis que « les sanctions tomberont ».", "named", "reported"),
    ("en", "A complaint filed last month with the state civil rights office alleges that "
           "patients at Hollins Ward were denied medical care and held in isolation for days "
           "after raising grievances.", "document", "reported"),
    ("fr", "Entre 40 et 60 tonnes de gazole se seraient répandues dans le port, selon une "
           "première évaluation de la capitainerie.", "institution", "estimate"),
    ("en", "Some parents vented their anger online, saying the school should have warned them "
           "earlier.", "vague", "reported"),
    ("en", "The trust thanked visitors for keeping their phone screens dimmed.", "institution",
     "reported"),
    # Two unsafe lines of sets read before (218, 210): a source inside an aside between
    # dashes sources the aside only, the sentence's own speaker stands; a decree exempts.
    ("fr", "Les chutes de neige – près de 60 centimètres en deux jours selon Météo-France – "
           "pourraient avoir alourdi la toiture, estime Paul Ferrand, ingénieur.", "named",
     "possible"),
    ("en", "The government decree, published in the official gazette on Friday, exempts small "
           "farms from the new levy.", "document", "reported"),
]


HUNDRED_EIGHTH_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 232 and 233 (written in session 47's round 2, read in its round 3; their two
    # unsafe lines first), in sentences of our own. "a défendu X :" and the quote
    # after the colon are the speaker's; a reduced relative's participle made the root
    # leaves the sentence's verb, with its modal, a forecast; testimonies are witnesses'
    # word, whoever gathered them.
    ("fr", "La présidente du comité des fêtes, Marie Roux, a défendu l’organisation du concours "
           ": « Chaque équipe avait reçu le règlement. »", "named", "reported"),
    ("en", "Dozens of homemade rafts built from barrels and inflatables will set off from Mill "
           "Bridge on Sunday.", "unattributed", "predicted"),
    ("fr", "Le conducteur aurait grillé un feu rouge, d'après les premiers témoignages "
           "recueillis par les policiers.", "vague", "reported"),
]


HUNDRED_NINTH_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 234 and 235 (written in session 47's round 3, read in its round 4; their two
    # unsafe lines first), in sentences of our own: the first sentence of a quote in
    # British single quotes is the speaker's (the test below); "the prefecture", "the
    # collective" are bodies.
    ("en", "An estimated 900 tonnes of diesel are on board, according to the prefecture.",
     "institution", "estimate"),
    ("en", "The collective said the next walk will be held on 12 May.", "institution",
     "predicted"),
]

HUNDRED_TENTH_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 236 and 237 (written in session 47's round 4, read in session 48's round 1;
    # their three unsafe lines first), in sentences of our own: a notice "lists" (a verb
    # the model took for a plural noun); a post "called" the contest "a parade" in quote
    # marks; "juge probable que" (the verb taken for a noun) and a negation in what is
    # judged probable; "si" hung on the subject of a condition; a kin noun before a name
    # taken for a body; a results sheet and a rulebook are documents; a correction ("ce
    # n'est pas X, c'est Y") denies nothing.  (The parse repairs: ``tests/nlp/test_models``.)
    ("en", "A notice posted on the website of the Centers for Disease Control and Prevention "
           "lists 52 of the hotel’s 800 guests as having reported fever.", "document", "reported"),
    ("en", "A post on a village Facebook group called the contest “a parade of vanity” and drew "
           "more than 300 comments.", "document", "reported"),
    ("fr", "Un gendarme, qui a requis l'anonymat, juge probable que le suspect, recherché "
           "depuis mars, ne soit jamais retrouvé.", "anonymous", "probable"),
    ("fr", "Les syndicats jugent possible que l'usine ne rouvre pas avant l'été.", "institution",
     "possible"),
    ("fr", "Selon ce courriel, les fichiers seront publiés si une somme, dont le montant n'est "
           "pas connu, n'est pas payée d'ici lundi.", "document", "hypothetical"),
    ("en", "“We are praying for her safe return,” his wife, Naledi Mahlangu, said in a video "
           "posted on the school’s accounts.", "named", "reported"),
    ("fr", "L'équipe a bouclé l'épreuve en 3 minutes et 12 secondes, selon la feuille de "
           "résultats affichée par les organisateurs.", "document", "reported"),
    ("en", "Riders were judged on balance and style, according to the show’s rulebook.",
     "document", "reported"),
    ("fr", "« Ce n'est pas une fête de village, c'est une institution », sourit Odile Fabre.",
     "named", "reported"),
    ("en", "“It’s not a hobby, it’s a way of life,” said Gareth Pryce.", "named", "reported"),
]

HUNDRED_ELEVENTH_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 238 and 239 (written and run at the start of session 48, read in its round
    # 2; their two unsafe lines first), in sentences of our own: a participle of
    # identifying or estimating set off after the subject, with its agent; a verb of
    # saying in a compound past whose subject the model labelled passive; a clause's verb
    # hung anywhere before an inverted speaker's comma; a law is a document; a noun named
    # by an acronym is a body; a name set off by "the national reporting centre"; a
    # pronoun speaker who asked not to be named; plural detectives speak for the police.
    ("en", "The driver, identified by the state police as Mark Tully of Hazleton, was taken to "
           "hospital.", "institution", "reported"),
    ("fr", "Les réparations, estimées à 80 000 euros par le maire, ont débuté en mars.", "named",
     "estimate"),
    ("fr", "Aucun blessé n’est à déplorer, a précisé la gendarmerie de la Manche dans un "
           "communiqué.", "institution", "denied"),
    ("fr", "La sous-préfecture a « fermement condamné » les dégradations dans un communiqué "
           "publié lundi et appelé au calme.", "institution", "reported"),
    ("fr", "La loi de 2019 sur les mobilités prévoit d'interdire la vente de voitures thermiques "
           "d'ici 2040.", "document", "predicted"),
    ("fr", "Selon le réseau de surveillance ATMO, le seuil d'alerte a été dépassé deux fois.",
     "institution", "reported"),
    ("en", "Fraud Watch, the national reporting centre, said losses reached £40m last year.",
     "institution", "reported"),
    ("en", "“He sent flowers every week,” she told the Echo, asking not to be named.",
     "anonymous", "reported"),
    ("en", "Detectives believe the burglars probably entered through a skylight.", "institution",
     "probable"),
    # (older unsafe lines: an inspection that rates is a document, 103:98; a proposal to
    # act is the proposers' word, 187:57; a stressed pronoun between a verb of wondering
    # and what is wondered, 114:79)
    ("en", "The 1960 footbridge was rated in “poor” condition in its latest state inspection.",
     "document", "reported"),
    ("fr", "Plusieurs parents ont proposé de rouvrir la cantine le mercredi.", "vague",
     "reported"),
    ("fr", "Certains commerçants s’interrogent eux aussi sur le coût des travaux.", "vague",
     "hypothetical"),
]


HUNDRED_TWELFTH_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 240 and 241 (written in session 48's round 2, read in its round 3; the
    # unsafe headline in the test below), in sentences of our own: what a forecaster
    # announces is its forecast; a negation in what an appeal asks for, in a purpose
    # clause ("pour que ... ne ... pas") or in a condition opened by its auxiliary ("Had
    # she not ...") denies nothing; an adjective the model made the head of its noun
    # ("l'heureux jardinier").
    ("fr", "Météo-France annonce toutefois un ciel couvert sur le Jura pour dimanche soir.",
     "institution", "predicted"),
    ("fr", "Le préfet du Cantal, Luc Bertin, a appelé les habitants à « limiter leurs "
           "déplacements » et à ne pas encombrer les numéros d’urgence, après avoir ouvert une "
           "cellule de crise.", "named", "reported"),
    ("fr", "« Je pars pour protéger la commune et pour que cette affaire ne paralyse pas l’action "
           "municipale », a déclaré Paul Girard lundi soir devant la mairie.", "named",
     "reported"),
    ("en", "Had she not called for help, the climbers would have spent the night on the ridge, "
           "Dunn said.", "named", "hypothetical"),
    ("fr", "« Je n’y croyais plus », a raconté l’heureux jardinier, entouré de ses "
           "petits-enfants, après la pesée.", "named", "reported"),
]


HUNDRED_THIRTEENTH_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 242-245 (written in session 48, read in session 49's round 1; their ten
    # unsafe lines first), in sentences of our own: a body that charges someone with a
    # debt ("reproche") reports it; a view a body rejects after a noun of what was said
    # is denied, the body named with its relative clause; a view widely held is the word
    # of people the page does not name; what a condition says not to happen is no
    # denial, nor is the infinitive of an appeal in a relative clause after the speaker
    # the speaker's words; measurements and heritage inventories are documents; an
    # imperative is an instruction, no denial; where a speaker is from is no speaker; "the
    # next" of a story told is no time to come; a scene seen from afar is told, no
    # possibility; an estimate inside an aside opened by "home to" is the noun's detail.
    ("fr", "La société Habitat Nord lui reproche plus de 9 000 euros de charges impayées.",
     "institution", "reported"),
    ("fr", "Une version que rejette fermement la fédération qui organise la compétition.",
     "institution", "denied"),
    ("en", "Guided caving tours are widely regarded as safe.", "vague", "reported"),
    ("fr", "Ces randonnées sont largement considérées comme sans risque.", "vague", "reported"),
    ("fr", "Si le randonneur n'est pas retrouvé d'ici ce soir, les recherches pourraient être "
           "étendues à la vallée voisine, a indiqué le préfet de l'Isère, Marc Olivier, qui a "
           "appelé à « ne pas céder à la panique ».", "named", "hypothetical"),
    ("fr", "Des mesures effectuées en mars par un laboratoire mandaté par la commune ont mis en "
           "évidence des taux de plomb anormaux.", "document", "reported"),
    ("fr", "L'église, inscrite aux monuments historiques, aurait été construite vers 1150, selon "
           "l'inventaire général du patrimoine.", "document", "reported"),
    ("fr", "« Ne mangez pas ces champignons », a rappelé l'agence régionale de santé.",
     "institution", "reported"),
    ("en", "\"Do not touch any stranded jellyfish,\" the coastguard said.",
     "institution", "reported"),
    ("en", "“It happened so fast. One minute he was laughing, the next he was on the ground,” "
           "said his mother, Carla Reyes, 38, from Swindon.", "named", "reported"),
    ("en", "At its peak, the blaze could be seen from more than 20 miles away, according to "
           "residents.", "vague", "reported"),
    ("en", "The bridge, home to an estimated 2,000 nesting birds, was closed on Friday.",
     "unattributed", "asserted"),
    # Parse repairs the model needs on these sentences (tests/nlp/test_models.py has the
    # ones it needs only on the sets' own): a present after a relative clause the model made
    # the verb's own, the clause's participle hung on its subject; a name joined by "et"
    # cut in two; a participle with its agent tagged a noun ("chiffré"); a "que" after a
    # noun made a conjunction; and "se dit « dans une situation »", a state told.
    ("fr", "Le réseau Vendimo, sur lequel l'annonce a été en partie relayée, dit avoir supprimé "
           "le compte du vendeur et « coopérer avec la police ».", "institution", "reported"),
    ("fr", "L'association Racines et Origines a fait savoir qu'elle déposerait un recours avant "
           "la fin du mois.", "institution", "predicted"),
    ("fr", "Le projet, chiffré à 1,8 million d'euros par la société, devait créer une vingtaine "
           "d'emplois.", "institution", "estimate"),
    ("fr", "« Elle a vendu cette maison de bonne foi, en 2019, à un particulier qu'elle ne "
           "connaissait pas », a déclaré son avocat.", "named", "reported"),
    ("fr", "La préfecture de l'Orne, qui pilote le chantier, se dit « dans une situation "
           "délicate » et renvoie la décision au conseil départemental.", "institution",
     "reported"),
    # Sets 242 and 243 gone through (round 1): an adjective of possibility on a noun
    # ("des lésions susceptibles de ...") is the noun's, not the claim's; "almost
    # certainly" is a likelihood; what is judged unacceptable is no denial; a phrase set
    # off after a name that calls it "une PME" makes it a body; so is "the resort".
    ("fr", "Trois ouvriers présenteraient des lésions susceptibles de laisser des séquelles, "
           "a-t-on appris de source syndicale.", "anonymous", "reported"),
    ("en", "The fire was almost certainly started deliberately, police said.", "institution",
     "probable"),
    ("fr", "L'incendie a presque certainement été allumé volontairement, selon les pompiers.",
     "institution", "probable"),
    ("fr", "Le maire a jugé « inacceptable » qu'aucune mesure n'ait été prise.", "named",
     "reported"),
    ("fr", "Son employeur, Verlac Systèmes, une PME nantaise spécialisée dans les capteurs, "
           "indique avoir suspendu le salarié.", "institution", "reported"),
    ("en", "The pool will remain closed while inspectors examine the roof, the resort said in "
           "a statement.", "institution", "predicted"),
]


HUNDRED_FOURTEENTH_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 246 and 247 (written at the start of session 49, read in its round 2), in
    # sentences of our own: a quoted word after an indefinite article the model tagged a
    # verb is the object of what is denounced; "pas si rares" is a degree, no condition;
    # "If" opening a sentence is a condition even before a verb of deciding; "décrit" in
    # an incise says the quote; a correction may take two sentences ("This was not X.
    # This was Y").
    ("fr", "Sur Facebook, de nombreux parents ont dénoncé un « mouroir » et réclamé une "
           "enquête.", "vague", "reported"),
    ("fr", "Selon un employé, les erreurs n'étaient pas si rares.", "anonymous", "reported"),
    ("en", "If the owners agreed, an independent panel could examine the painting as early as "
           "next month, the museum said.", "institution", "hypothetical"),
    ("fr", "« Tout était saccagé », décrit Léa Morin, gardienne du refuge.", "named",
     "reported"),
    ("en", "“This was not a game. This was a scheme for profit,” said the prosecutor, Ann Ruiz.",
     "named", "reported"),
]


HUNDRED_FIFTEENTH_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 248 and 249 (written in session 49's round 1, read in its round 3; the
    # unsafe line first), in sentences of our own: thanks with quoted words are said (a
    # shop's, never the outlet's); a name that ends in a country is a body's; a
    # will announced is a plan; a bare day after "a-t-il annoncé", a circumstance after
    # it, is no object; a reflexive verb the model tagged an adjective ("s'indigne") says
    # the quote around it; "more likely" weighs what it says ("three times less likely"
    # compares).
    ("fr", "Sur sa page Facebook, la boulangerie a remercié lundi « tous les clients qui ont "
           "proposé leur aide ».", "vague", "reported"),
    ("en", "Historic England said it had not been consulted on the work.", "institution",
     "denied"),
    ("fr", "Le boulanger Paul Hervé a annoncé vouloir ouvrir une deuxième boutique dès "
           "septembre.", "named", "predicted"),
    ("fr", "La fleuriste Anne Morel ouvrira en mars une boutique dans l'ancienne gare de Dinan "
           "(Côtes-d'Armor), a-t-elle annoncé lundi lors d'une conférence de presse.", "named",
     "predicted"),
    ("fr", "« On nous laisse trois semaines, s'indigne Claire Roux. Trois semaines pour "
           "déménager, c'est inhumain. »", "named", "reported"),
    ("en", "Some historians argue that the portrait was more likely painted in Antwerp than in "
           "Ghent.", "vague", "probable"),
]


HUNDRED_SIXTEENTH_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 250 to 253 (written in session 49, read in session 50's round 1; the seven
    # unsafe lines first), in sentences of our own: a body's bare "dément" (tagged an
    # adverb) denies; a ruling "accorde" what it grants; a clause, a colon and a quote are
    # its subject's words; a present the model hung on a date or a name as a noun or an
    # adjective, with an object of its own ("publié en octobre pointe un dérapage"); "Pour
    # X, qui ..., ..." past the relative clause; a present participle of no verb the model
    # knows ("insuffisant") is an adjective, with what it is judged for after it; "nuancer"
    # a figure; a quoted firm's name after "de" says nothing ("« Dépannage Rapide 44 »,
    # a contesté"); a reflexive "se poursuit" tells no stance; a past conditional is no
    # plan ("ils n'auraient été informés", "il aurait agi seul"); "Work to X has been
    # halted" is no headline infinitive; "selon les départements" says what varies; a
    # library speaks for itself; press materials are a document; people of a region
    # ("Des ophtalmologistes de la région") are vague; names set off after the givers of
    # an estimate name them; "un si petit logement" is a degree.
    ("fr", "La direction de l'usine dément.", "institution", "denied"),
    ("fr", "L'ordonnance, que nous avons pu lire, accorde au locataire un délai de six mois "
           "pour quitter les lieux.", "document", "reported"),
    ("fr", "Marc Dubois, lui, prépare déjà sa réouverture : « Dès lundi, nous vendrons du pain "
           "aux habitants. »", "named", "predicted"),
    ("fr", "Un rapport de la Cour des comptes publié en octobre pointe un dérapage de 40 "
           "millions d'euros.", "document", "reported"),
    ("fr", "Pour un policier, qui a souhaité rester anonyme, il s'agirait probablement d'un "
           "règlement de comptes.", "anonymous", "probable"),
    ("fr", "Des habitants jugent le nombre de places insuffisant pour une ville de cette "
           "taille.", "vague", "reported"),
    ("fr", "Des commerçants nuancent ce bilan.", "vague", "reported"),
    ("fr", "Joint par téléphone, Paul Dumas, qui se présente comme le patron de « Dépannage "
           "Rapide 44 », a contesté toute arnaque.", "named", "denied"),
    ("fr", "Le festival se poursuit jusqu'au samedi 9 mai, avec un lâcher de lanternes prévu "
           "vendredi soir.", "unattributed", "asserted"),
    ("fr", "Des riverains dénoncent un manque de concertation : ils n'auraient été informés "
           "que la veille.", "vague", "reported"),
    ("fr", "Le ministre affirme qu'il aurait agi seul.", "named", "reported"),
    ("en", "Work to rebuild the old pier has been halted after divers found a wreck beneath "
           "it.", "unattributed", "asserted"),
    ("fr", "L'entretien des haies est obligatoire deux fois par an selon les départements.",
     "unattributed", "asserted"),
    ("en", "More than 2,000 books were returned during the amnesty, according to the "
           "library.", "institution", "reported"),
    ("en", "The exhibition opened in 1998, according to the museum's press materials.",
     "document", "reported"),
    ("fr", "Des ophtalmologistes de la région affirment que les délais s'allongent.", "vague",
     "reported"),
    ("fr", "La facture atteindrait 15 000 euros, selon les estimations des propriétaires, "
           "Anne et Luc Morel.", "named", "estimate"),
    ("fr", "Les riverains jugent le loyer exorbitant pour un si petit logement.", "vague",
     "reported"),
]


HUNDRED_SEVENTEENTH_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 254 and 255 (written at the start of session 50, read in its round 2; the
    # unsafe line first), in sentences of our own: an order "prescrit" what it orders;
    # "les estimations des enquêteurs" ("des" is "de les") are the inquiry's; "never been
    # better" denies nothing; a participle after "plusieurs" is a noun ("habitués"), and
    # people "du centre" do not speak for it; "à moins d'un mètre" is a distance, no
    # condition; a guild speaks for itself; "people involved in the project" are
    # anonymous; a copy of a text is a document; "le bénévole" is one person the page knows;
    # a name ending in "Estates" is a body's; "relever" a measurement with no figure tells
    # an activity, no finding.
    ("fr", "Un arrêté municipal publié le 2 mai prescrit la fermeture du parc pendant deux "
           "semaines.", "document", "reported"),
    ("fr", "Le préjudice dépasserait 40 000 euros, selon les estimations des enquêteurs.",
     "institution", "estimate"),
    ("en", "Owners Tom and Jane Reed say bookings have “never been better”.", "named",
     "reported"),
    ("fr", "Plusieurs habitués du centre aquatique affirment avoir signalé la fuite au "
           "personnel.", "vague", "reported"),
    ("fr", "La statue reposait à moins d'un mètre sous la chaussée.", "unattributed",
     "asserted"),
    ("en", "There are an estimated 300 thatchers in England, the guild said.", "institution",
     "estimate"),
    ("en", "The museum will probably reopen in May, according to people involved in the "
           "project.", "anonymous", "probable"),
    ("fr", "Le bail prévoit une révision du loyer, selon une copie consultée par notre "
           "rédaction.", "document", "reported"),
    ("fr", "À 75 ans, le bénévole a annoncé qu'il quitterait l'association en juin.", "named",
     "predicted"),
    ("en", "The owner, Hillcrest Estates, said the rent reflected market rates.",
     "institution", "reported"),
    ("fr", "Depuis 1982, Marcel Guivarch relève chaque matin à 7 heures la température, la "
           "pluie et le vent devant la mairie de Plestin.", "unattributed", "asserted"),
    ("fr", "Depuis vingt ans, la retraitée relève chaque jour la pluie et la température dans "
           "son jardin.", "unattributed", "asserted"),
]


HUNDRED_EIGHTEENTH_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 256 and 257 (written after session 50's round 1, read in its round 3; the
    # two unsafe lines first), in sentences of our own: a past form the model made a
    # participle of the subject, with an object of its own, is the verb ("A post ...
    # described Saturday as ..."); "au contraire" between the auxiliary and the participle;
    # "n'a pas voulu dévoiler" refuses, denies nothing; a finite verb after an apposed
    # participle ("..., cités par le journal Les Échos, jugent") is the sentence's; a noun
    # after a preposition and its article ("Sous une tente") is no verb; "un connaisseur
    # du dossier" is a person, whatever the dossier; "questioned ... why" challenges what
    # it takes as known; "Tenants whose flats back onto the park have raised".
    ("en", "A post on the club's official Instagram account described Saturday as “the "
           "busiest day in the club's history”.", "document", "reported"),
    ("fr", "Sur Internet, d’anciens joueurs ont au contraire pris la défense de "
           "l’entraîneuse, décrite comme « exigeante mais juste ».", "vague", "reported"),
    ("fr", "Le gérant n'a pas voulu dévoiler le montant de ses pertes.", "unattributed",
     "asserted"),
    ("fr", "Des fabricants concurrents, cités par le journal Les Échos, jugent le cahier des "
           "charges trop restrictif.", "vague", "reported"),
    ("fr", "« Sous une tente en plein hiver, on va perdre nos clients », prévient Paul Roux, "
           "maraîcher.", "named", "predicted"),
    ("fr", "Le site pourrait fermer en juin, selon un connaisseur du dossier.", "anonymous",
     "possible"),
    ("en", "Some parents questioned on Facebook why the school had no nurse.", "vague",
     "reported"),
    ("en", "Tenants whose flats back onto the park have raised concerns about floodlights "
           "and late-evening noise.", "vague", "reported"),
]


HUNDRED_NINETEENTH_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 258 and 259 (written after session 50's round 2, read in session 51's round
    # 1; the two unsafe lines first), in sentences of our own: "risque de" the model made a
    # noun after an opening phrase or of a noun it made the root; people "interrogés" are
    # a view's holders whatever their noun; a quote a colon sets before a document's
    # clause is the document's; what a "pourquoi" explains is no denial; an "à" +
    # infinitive of a relative clause after the speaker is no content; a present
    # participle after the clause's subject is no verb of the clause; "ne croit pas que"
    # denies; what a body foresees ("prévoit deux navettes"), on a source's word, is to
    # come (what a text provides for stays told); a capitalised
    # subject with no article is a name; an English "-ing" participle that took the
    # content's verb.
    ("fr", "Pour des cyclistes interrogés sur place, le nouveau sens de circulation risque de "
           "provoquer des accidents, quand les voitures se croisent.", "vague", "possible"),
    ("fr", "« Le moulin tourne ! » : le message posté samedi sur la page de l’association "
           "remercie « tous les bénévoles » du chantier.", "document", "reported"),
    ("fr", "Ce retard expliquerait pourquoi le chantier n’avait pas commencé, selon une source "
           "proche de la mairie.", "anonymous", "reported"),
    ("fr", "Plusieurs des dessins exposés n’avaient jamais été montrés au public, précise le "
           "commissaire de l’exposition, Luc Maury, qui a passé un an à fouiller les archives "
           "du peintre.", "named", "denied"),
    ("fr", "La romancière a indiqué qu’un livre reprenant ses chroniques paraîtrait au "
           "printemps chez Gallimard.", "named", "predicted"),
    ("fr", "Camille Arnaud ne croit pas que la nouvelle enseigne menace son commerce.",
     "named", "denied"),
    ("en", "Claire Arnaud does not think the new store threatens her shop.", "named",
     "denied"),
    ("fr", "Sur la ligne 4, la direction prévoit deux navettes par heure samedi, selon un "
           "porte-parole de la compagnie.", "institution", "predicted"),
    ("en", "A rule change allowing bikes with wider tyres could be introduced next year, one "
           "official said on condition of anonymity.", "anonymous", "possible"),
]


HUNDRED_TWENTIETH_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 260 and 261 (written at the start of session 51, read in its round 2), in
    # sentences of our own: an estimate in a relative clause ("dont le coût est évalué
    # à") is an aside to a forecast; a relative clause opened by "dont" the model made a
    # conjunct leaves the outlet's own clause first; owners of a business speak for it;
    # people of a trade are a group; the auctioneers are the auction house; proposals
    # are a document.
    ("fr", "Immobile depuis 1987, la salle des fêtes de Saint-Aubin fera l’objet à partir de "
           "mars d’une rénovation complète, dont le coût total est évalué à 300 000 euros.",
     "unattributed", "predicted"),
    ("fr", "Une aide pourrait venir de l’association de pêche locale, dont trois bénévoles ont "
           "proposé de tenir la buvette le dimanche.", "unattributed", "possible"),
    ("en", "The Crown will stop hosting quiz nights from next month, the pub’s owners said on "
           "Monday.", "institution", "predicted"),
    ("en", "The new station is likely to push up house prices in the village, estate agents "
           "said.", "vague", "probable"),
    ("en", "The painting sold for £41,000 on Friday, the auctioneers said.", "institution",
     "reported"),
    ("en", "The service would be saved if the hall were let to a charity, the proposals say.",
     "document", "hypothetical"),
]


HUNDRED_TWENTY_FIRST_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 262 and 263 (written after session 51's round 1, read in its round 3; the
    # two unsafe lines first), in sentences of our own: "en 2022 chiffre" is a year and a
    # verb, not one noun; "No visitors were staying" denies (a progressive, no gerund
    # reported); "while reportedly ..." in a clause of time doubts a circumstance;
    # "photographs said to show" is no speech; "croit savoir" is a verb of saying; "une
    # technique apprise auprès de" is no report; "Le plus difficile, ce n'est pas X, c'est
    # Y" corrects; an archbishopric is a body.
    ("fr", "Un audit commandé en 2022 chiffre à environ 2,1 millions d’euros les travaux de "
           "mise aux normes de la piscine.", "document", "estimate"),
    ("en", "No visitors were staying at the lodge when the tree fell, the sheriff’s office "
           "said.", "institution", "denied"),
    ("en", "The lighthouse was closed in 1998, after a keeper fell from the gallery while "
           "reportedly trying to fix the lamp.", "unattributed", "asserted"),
    ("en", "The claims first appeared in a post on a cider forum, alongside photographs said "
           "to show a tanker unloading at the farm.", "unattributed", "asserted"),
    ("fr", "Le festival devrait déménager sur le port l’an prochain, croit savoir un élu qui "
           "suit le dossier.", "anonymous", "probable"),
    ("fr", "Dans son atelier, Lucie Marchal tisse le lin sur un métier ancien, une technique "
           "apprise auprès d’un vieux tisserand de Laval.", "unattributed", "asserted"),
    ("fr", "« Le plus difficile, ce n’est pas la récolte, c’est de trouver des acheteurs », "
           "résume Lucie Marchal.", "named", "reported"),
    ("fr", "Les sœurs quitteront le couvent le 30 septembre, a annoncé dimanche l’archevêché "
           "de Lyon.", "institution", "predicted"),
]

HUNDRED_TWENTY_SECOND_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 264 and 265 (written after session 51's round 2, read in session 52's round
    # 1; the two unsafe lines first), in sentences of our own: a past spelt as its noun
    # ("forecast") is the verb of a sentence with none; a number after "il y a" is a date,
    # no figure judged; a verbless "Une version que conteste X" is X's denial, X the
    # relative clause's inverted subject; capitalised words with a number after a noun
    # ("Teamsters Local 705") name a body; a relative clause after "a lancé ... une
    # pétition" tells of the petition, it makes no incise.
    ("en", "A bulletin issued by Météo-France at 6am on Saturday forecast heavy snow over the "
           "Alps from noon.", "document", "predicted"),
    ("fr", "Une conseillère municipale, qui a requis l’anonymat, estime que le chantier aurait "
           "dû commencer il y a trois ans.", "anonymous", "reported"),
    ("fr", "Une version que conteste fermement l’organisateur.", "named", "denied"),
    ("en", "Teamsters Local 162, which represents the plant’s workers, denied that most staff "
           "had been laid off.", "institution", "denied"),
    ("fr", "L’une d’elles, l’association Chats libres, a lancé samedi soir une pétition en "
           "ligne, qui recueillait lundi plus de 5 000 signatures.", "unattributed",
     "asserted"),
    # (an outcome contested is challenged, told; claims contested stay denied)
    ("fr", "Plusieurs supporters ont contesté la victoire de l’équipe adverse sur les réseaux "
           "sociaux.", "vague", "reported"),
    ("fr", "Trois entreprises évincées auraient contesté la procédure devant le tribunal "
           "administratif, selon un élu qui suit le dossier.", "anonymous", "reported"),
    ("fr", "Le maire conteste ces accusations.", "named", "denied"),
]

HUNDRED_TWENTY_THIRD_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 266 and 267 (written after session 51's final commit, read in session 52's
    # round 2; the two unsafe lines first), in sentences of our own: a document's verb
    # after a relative clause ("mesure des pics"), and one the model hung on a noun of
    # its subject before "que" ("montre que"), are the document's word; a quote's speaker
    # after the closing mark whom the model made the apposition of the quoted words, or
    # whose quoted noun it made a second subject, speaks the quote; a crowd awaited,
    # counted roughly on a source's word, is its estimate; "did not find" is a
    # document's denial; "un appel à témoins" is a document; an incise before the verb
    # says the whole sentence; a content verb the model made a clause of the subject
    # with its "être" a copula is what "a indiqué la préfecture" reports.
    ("fr", "Une étude commandée par la mairie, que nous avons pu consulter, mesure des pics "
           "de 70 décibels la nuit.", "document", "reported"),
    ("fr", "Un sondage mené par le comité auprès de 500 habitants montre que 70 % d’entre eux "
           "souhaitaient le retour du marché.", "document", "reported"),
    ("en", "“We have seen everything here. Film stars, a bishop, a man who tried to bring a "
           "piano aboard,” Hartley, 71, said on Friday.", "named", "reported"),
    ("en", "“Owen is the canal. He’s pulled people out of the water, he’s talked novices "
           "through their first lock, he knows every boat,” said Jane Moss, the society’s "
           "chair.", "named", "reported"),
    ("fr", "Environ 300 exposants sont attendus, selon l’office de tourisme.", "institution",
     "estimate"),
    ("en", "The audit did not find any breach of the rules.", "document", "denied"),
    ("fr", "Un appel à témoins diffusé par la gendarmerie évoque une voiture grise.",
     "document", "reported"),
    ("en", "If enough parents sign, organisers say, they will ask the school to review the "
           "rule.", "institution", "hypothetical"),
    ("fr", "Les deux loups, un mâle et une femelle mesurant près d’un mètre, se sont "
           "probablement réfugiés dans la forêt, a indiqué la préfecture de l’Isère dans un "
           "communiqué.", "institution", "probable"),
]

HUNDRED_TWENTY_FOURTH_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 268 and 269 (written after session 52's round 1, read in its round 3; the
    # unsafe line first), in sentences of our own: a first clause the model made a
    # relative clause of its subject ("n'est pas contagieux pour l'homme, mais il peut")
    # is the sentence's, its negation a denial; "fait état de" after a relative clause of
    # the subject is the document's verb; a relative clause opened by "whose" after the
    # speaker says who the speaker is; a source read inside a relative clause leaves the
    # sentence's own incise standing; an office and a name set off at the end of a source
    # name a person; "could have" with nothing saying it did not happen is a
    # possibility; "avoisinerait" gives a figure roughly; a fund and a start-up are
    # bodies.
    ("fr", "L’herpèsvirus équin de type 1 n’est pas contagieux pour l’homme, mais il peut "
           "provoquer des atteintes neurologiques graves chez le poulain.", "unattributed",
     "denied"),
    ("fr", "Une analyse commandée par l’association à un laboratoire lyonnais, que l’AFP a pu "
           "consulter, fait pourtant état de traces de graisse animale dans deux lots prélevés "
           "en janvier.", "document", "reported"),
    ("en", "“In thirty years we have never seen anything like it. The river went brown "
           "overnight,” said co-owner Peter Hale, whose grandfather built the mill in 1921.",
     "named", "denied"),
    ("fr", "« Nous n’avons jamais vendu un seul faux », martèle Marc Delorme, qui dénonce une "
           "campagne menée selon lui par des concurrents.", "named", "denied"),
    ("fr", "La fermeture devrait durer au moins deux semaines, d’après le médecin qui suit "
           "l’élevage, le docteur Paul Renaud.", "named", "probable"),
    ("en", "A person familiar with the inquiry said a loose bolt could have played a part.",
     "anonymous", "possible"),
    ("en", "Council member Ray Dutton said the village could have drawn on its reserves "
           "instead.", "named", "hypothetical"),
    ("fr", "Le prix de vente avoisinerait les 12 millions d’euros, selon une source proche du "
           "dossier.", "anonymous", "estimate"),
    ("fr", "Le fonds a assuré qu’il garderait tous les salariés.", "institution", "predicted"),
    ("en", "A start-up making electric ferries says its first boat could sail by 2027.",
     "institution", "possible"),
]

HUNDRED_TWENTY_FIFTH_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 270 and 271 (written after session 52's round 2, read in session 53's
    # round 1; the unsafe lines first), in sentences of our own: a passive check whose
    # subject is the thing checked denies it was shown (no note on the outlet's own
    # checking); the relative clause of an opening setting the model read as a completive
    # leaves the verb after the second comma the sentence's; a figure given roughly inside
    # an apposition describes a thing, no estimate; what a speaker did not know then,
    # before a question, is told, no denial (the present still denies); a clause opened by
    # "with" and its own subject leaves the main clause the outlet's.
    ("en", "Wolves have never been confirmed in the county, although walkers have reported "
           "tracks near the reservoir.", "unattributed", "denied"),
    ("en", "The recording shared on the forum could not be independently verified.",
     "unattributed", "denied"),
    ("fr", "Dans ce courrier, que La Voix du Nord a pu consulter, l’agence invoque « des "
           "contraintes budgétaires incompatibles avec le maintien du service ».", "document",
     "reported"),
    ("fr", "Le tableau, une toile d’environ 60 centimètres de large, a été volé dans la nuit "
           "de samedi, selon la plainte déposée lundi.", "document", "reported"),
    ("fr", "« Ce soir-là, je ne savais plus où aller », raconte Julien Marchand, 54 ans.",
     "named", "reported"),
    ("en", "“We honestly didn’t know where to turn,” said Ellen Price, who runs the shelter.",
     "named", "reported"),
    ("fr", "« On ne sait pas quand on pourra rouvrir », confie la gérante, Marie Roux.",
     "named", "denied"),
    ("en", "“We didn’t even know if the shop would open again,” said Tom Baker, its owner.",
     "named", "reported"),
    ("en", "Delays are likely, with at least one supplier saying it had run out of steel.",
     "unattributed", "probable"),
    # (some of the main clause's own subject go on with their words)
    ("en", "Fans reacted angrily on social media, with some calling for the referee to be "
           "suspended.", "vague", "reported"),
]

HUNDRED_TWENTY_SIXTH_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 272 and 273 (written at session 53's start, read in its round 2; the
    # unsafe lines first), in sentences of our own: a bare noun after "de" closing the
    # object of "accuser", hung inside it, is the charge; "la maison" speaking is a body
    # (a fashion or perfume house); a word after an adverb of degree is an adjective, no
    # verb of saying.
    ("fr", "Le styliste Marc Olivier accuse une enseigne du prêt-à-porter de contrefaçon.",
     "named", "reported"),
    ("fr", "« Nous contestons fermement ces accusations », a indiqué la maison dans un "
           "communiqué.", "institution", "denied"),
    ("fr", "Le tribunal a jugé que la marque ne pouvait pas être déposée, faute de "
           "description suffisamment précise.", "institution", "reported"),
]

HUNDRED_TWENTY_SEVENTH_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 274 and 275 (written after session 53's round 1, read in its round 3; the
    # unsafe lines first), in sentences of our own: a speaker set off before the closing
    # "said", which the model made an apposition of the last noun said, is its subject; a
    # "que" after the object of "informer", whose clause has an object of its own, opens
    # what is told, no relative clause; players awaited are a crowd awaited; "le parc",
    # a "muséum", a "maker" and a "nonprofit" are bodies.
    ("en", "One walker was missing until dawn, a marshal who asked not to be identified "
           "said.", "anonymous", "reported"),
    ("fr", "Une lettre du rectorat datée du 2 mai informe les parents qu'ils paieront la "
           "cantine à partir de septembre.", "document", "predicted"),
    ("fr", "Le manège restera fermé jusqu'à lundi, a précisé le parc.", "institution",
     "predicted"),
    ("fr", "Le Muséum d'histoire naturelle de Nantes estime que la colonie compte environ 40 "
           "couples.", "institution", "estimate"),
    ("en", "Her sponsor, the Split-based swimwear maker Delfina, said in a statement that it "
           "would fund a new attempt next year.", "institution", "predicted"),
    ("en", "Repairs will take a month, according to the nonprofit that runs the lighthouse.",
     "institution", "predicted"),
]

HUNDRED_TWENTY_EIGHTH_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 276 and 277 (written after session 53's round 2, read in its round 4; the
    # unsafe lines first), in sentences of our own: the infinitive of the subject's
    # apposition, which the model made the root, leaves the verb after the apposition the
    # sentence's (its future a forecast); a verb of rejecting with what was just said for
    # object ("rejected that") is the speaker's denial; "drew criticism from X, who say"
    # and "suscite des réserves chez X, qui dénoncent" are X's stance told.
    ("fr", "La cabine photo installée depuis 1985 dans le hall de la gare de Metz, l’une des "
           "dernières en France à utiliser un procédé argentique, sera démontée à la fin du "
           "mois.", "unattributed", "predicted"),
    ("en", "Ortiz rejected that, saying the contract had been signed in May.", "named",
     "denied"),
    # (a reaction aroused in a group whose words a relative clause gives is their stance;
    # with no words of theirs it stays the outlet's account)
    ("en", "The festival drew criticism from some neighbours, who say the music runs past "
           "midnight.", "vague", "reported"),
    ("fr", "Le chantier suscite des inquiétudes chez des riverains, qui dénoncent le bruit "
           "des camions.", "vague", "reported"),
    ("en", "The vote drew criticism from international observers.", "unattributed",
     "asserted"),
]

HUNDRED_TWENTY_NINTH_BLIND: list[tuple[str, str, str, str]] = [
    # Page sets 278 and 279 (written after session 53's round 3, read in its round 5; the
    # unsafe lines first), in sentences of our own: a plural noun with its complement set
    # off before a closing "show", which the model made a noun, is the document that shows;
    # "assume" tells a stance; "rejected the comparison" denies what was said.
    ("en", "The board approved the sale in March, minutes of the meeting show.", "document",
     "reported"),
    ("en", "Residents had long assumed the well was sealed decades ago.", "vague",
     "reported"),
    ("en", "Mayor Lucy Grant rejected the comparison, saying the two projects had nothing in "
           "common.", "named", "denied"),
    # (a body's archives are a document; an aero club is a body)
    ("en", "The mill last flooded in 1952, according to the society's archives.", "document",
     "reported"),
    ("fr", "Le planeur sera expertisé la semaine prochaine, selon l'aéroclub de Saint-Flour.",
     "institution", "predicted"),
]


@pytest.mark.parametrize(("lang", "text", "kind", "certainty"),
                         THIRD_BLIND + FOURTH_BLIND + FIFTH_BLIND + SIXTH_BLIND + SEVENTH_BLIND
                         + EIGHTH_BLIND + NINTH_BLIND + TENTH_BLIND + ELEVENTH_BLIND
                         + TWELFTH_BLIND + THIRTEENTH_BLIND + FOURTEENTH_BLIND
                         + FIFTEENTH_BLIND + SIXTEENTH_BLIND + SEVENTEENTH_BLIND
                         + EIGHTEENTH_BLIND + NINETEENTH_BLIND + TWENTIETH_BLIND
                         + TWENTY_FIRST_BLIND + TWENTY_SECOND_BLIND + TWENTY_THIRD_BLIND
                         + TWENTY_FOURTH_BLIND + TWENTY_FIFTH_BLIND + TWENTY_SIXTH_BLIND
                         + TWENTY_SEVENTH_BLIND + TWENTY_EIGHTH_BLIND + TWENTY_NINTH_BLIND
                         + THIRTIETH_BLIND + THIRTY_FIRST_BLIND + THIRTY_SECOND_BLIND
                         + THIRTY_THIRD_BLIND + THIRTY_FOURTH_BLIND + THIRTY_FIFTH_BLIND
                         + THIRTY_SIXTH_BLIND + THIRTY_SEVENTH_BLIND + THIRTY_EIGHTH_BLIND
                         + THIRTY_NINTH_BLIND + FORTIETH_BLIND + FORTY_FIRST_BLIND
                         + FORTY_SECOND_BLIND + FORTY_THIRD_BLIND + FORTY_FOURTH_BLIND
                         + FORTY_FIFTH_BLIND + FORTY_SIXTH_BLIND + FORTY_SEVENTH_BLIND
                         + FORTY_EIGHTH_BLIND + FORTY_NINTH_BLIND + FIFTIETH_BLIND
                         + FIFTY_FIRST_BLIND + FIFTY_SECOND_BLIND + FIFTY_THIRD_BLIND
                         + FIFTY_FOURTH_BLIND + FIFTY_FIFTH_BLIND + FIFTY_SIXTH_BLIND
                         + FIFTY_SEVENTH_BLIND + FIFTY_EIGHTH_BLIND
                         + FIFTY_NINTH_BLIND + SIXTIETH_BLIND + SIXTY_FIRST_BLIND
                         + SIXTY_SECOND_BLIND + SIXTY_THIRD_BLIND + SIXTY_FOURTH_BLIND
                         + SIXTY_FIFTH_BLIND + SIXTY_SIXTH_BLIND
                         + SIXTY_SEVENTH_BLIND + SIXTY_EIGHTH_BLIND + SIXTY_NINTH_BLIND
                         + SEVENTIETH_BLIND + SEVENTY_FIRST_BLIND
                         + SEVENTY_SECOND_BLIND + SEVENTY_THIRD_BLIND
                         + SEVENTY_FOURTH_BLIND + SEVENTY_FIFTH_BLIND
                         + SEVENTY_SIXTH_BLIND + SEVENTY_SEVENTH_BLIND
                         + SEVENTY_EIGHTH_BLIND + SEVENTY_NINTH_BLIND + EIGHTIETH_BLIND
                         + EIGHTY_FIRST_BLIND + EIGHTY_SECOND_BLIND + EIGHTY_THIRD_BLIND
                         + EIGHTY_FOURTH_BLIND + EIGHTY_FIFTH_BLIND
                         + EIGHTY_SIXTH_BLIND + EIGHTY_SEVENTH_BLIND + EIGHTY_EIGHTH_BLIND
                         + EIGHTY_NINTH_BLIND + NINETIETH_BLIND
                         + NINETY_FIRST_BLIND + NINETY_SECOND_BLIND
                         + NINETY_THIRD_BLIND + NINETY_FOURTH_BLIND + NINETY_FIFTH_BLIND
                         + NINETY_SIXTH_BLIND + NINETY_SEVENTH_BLIND
                         + NINETY_EIGHTH_BLIND + NINETY_NINTH_BLIND + HUNDREDTH_BLIND
                         + HUNDRED_FIRST_BLIND + HUNDRED_SECOND_BLIND
                         + HUNDRED_THIRD_BLIND + HUNDRED_FOURTH_BLIND
                         + HUNDRED_FIFTH_BLIND + HUNDRED_SIXTH_BLIND
                         + HUNDRED_SEVENTH_BLIND + HUNDRED_EIGHTH_BLIND
                         + HUNDRED_NINTH_BLIND + HUNDRED_TENTH_BLIND
                         + HUNDRED_ELEVENTH_BLIND + HUNDRED_TWELFTH_BLIND
                         + HUNDRED_THIRTEENTH_BLIND + HUNDRED_FOURTEENTH_BLIND
                         + HUNDRED_FIFTEENTH_BLIND + HUNDRED_SIXTEENTH_BLIND
                         + HUNDRED_SEVENTEENTH_BLIND + HUNDRED_EIGHTEENTH_BLIND
                         + HUNDRED_NINETEENTH_BLIND + HUNDRED_TWENTIETH_BLIND
                         + HUNDRED_TWENTY_FIRST_BLIND + HUNDRED_TWENTY_SECOND_BLIND
                         + HUNDRED_TWENTY_THIRD_BLIND + HUNDRED_TWENTY_FOURTH_BLIND
                         + HUNDRED_TWENTY_FIFTH_BLIND + HUNDRED_TWENTY_SIXTH_BLIND
                         + HUNDRED_TWENTY_SEVENTH_BLIND + HUNDRED_TWENTY_EIGHTH_BLIND
                         + HUNDRED_TWENTY_NINTH_BLIND)
def test_constructions_from_the_blind_sets(lang: str, text: str, kind: str,
                                           certainty: str) -> None:
    """Constructions each blind set's first run got wrong, fixed by general rules."""
    claims, _ = read(("paragraph", text), language=lang)
    assert (claims[0].source.kind, claims[0].certainty) == (kind, certainty), claims[0]


def test_session_52_round_2_page_readings() -> None:
    """A surname alone is the person the page named in full before, also when the entity
    reader took that name for a body's; "selon leurs estimations" are the figures of the
    sentence's own subject, not of a text quoted before."""
    claims, _ = read(("paragraph", "The quiz night at the Anchor will end on June 2, landlord "
                                   "Gareth Price said."),
                     ("paragraph", "Price said he may try a monthly folk evening instead."),
                     language="en")
    price = next(c for c in claims if c.evidence[0].block == "b1")
    assert (price.source.kind, price.certainty) == ("named", "possible")
    for subject, kind in (("Les sapeurs-pompiers de l’Ain", "institution"),
                          ("Les gardes forestiers du massif", "vague")):
        claims, _ = read(("paragraph", "Selon le règlement départemental, le débroussaillage "
                                       "est obligatoire chaque année."),
                         ("paragraph", f"{subject} recensent chaque été, selon leurs "
                                       "estimations, près de 90 feux de forêt."),
                         language="fr")
        figures = next(c for c in claims if c.evidence[0].block == "b1")
        assert (figures.source.kind, figures.certainty) == (kind, "estimate"), figures
    # ("Okafor is not worried": the surname alone, after the anonymous supplier spoke, is
    # whom "she" stands for; with no such mention, "she" is still the supplier)
    opening = (("paragraph", "“People come to switch off their phones,” said Helen Okafor, "
                             "who runs the studio."),
               ("paragraph", "One supplier, who asked not to be named, said clay prices had "
                             "risen by a third."))
    for middle, kind in ((("paragraph", "Will the boom last? Okafor is not worried."),
                          "named"), (None, "anonymous")):
        blocks = (*opening, *([middle] if middle else []),
                  ("paragraph", "“Clay is forgiving. Once people have made their first mug, "
                                "they come back,” she said."))
        claims, _ = read(*blocks, language="en")
        quote = next(c for c in claims if c.evidence[0].block == f"b{len(blocks) - 1}")
        assert quote.source.kind == kind, quote


def test_a_headline_infinitive_before_a_clause_of_cause_is_to_come() -> None:
    """"Oregon tea maker to shut factory as leaf costs soar": the parser made the cause's
    verb the root; the headline still tells what is to come, not a fact."""
    claims, _ = read(("title", "Oregon tea maker to shut factory as leaf costs soar"),
                     language="en")
    assert (claims[0].source.kind, claims[0].certainty) == ("unattributed", "predicted")


def test_a_headline_passive_infinitive_is_to_come() -> None:
    """"Heron colony to be moved ...": a headline's passive infinitive after its subject
    tells what is to come, as the active one does, never a fact."""
    claims, _ = read(("title", "Heron colony to be moved to two new reserves despite "
                               "birdwatchers’ objections"), language="en")
    assert (claims[0].source.kind, claims[0].certainty) == ("unattributed", "predicted")
    # (after a clause of its own, the first clause is the claim: "hits" a plain fact)
    claims, _ = read(("title", "Swine fever hits pig farms in northern Italy, 20,000 "
                               "animals to be culled"), language="en")
    assert (claims[0].source.kind, claims[0].certainty) == ("unattributed", "asserted")


def test_a_line_with_no_verb_that_says_soon_is_to_come() -> None:
    """"Les navettes électriques bientôt plus fréquentes ...": what a verbless headline
    says will come soon is a forecast, never the outlet's stated fact."""
    claims, _ = read(("title", "Les navettes électriques bientôt plus fréquentes dans le "
                               "centre de Nantes"))
    assert (claims[0].source.kind, claims[0].certainty) == ("unattributed", "predicted")


def test_players_awaited_in_a_headline_are_a_forecast() -> None:
    """"Tennis : plus de 300 joueurs attendus ...": players, teams and athletes awaited are
    a crowd awaited, what is to come, not the outlet's stated fact."""
    claims, _ = read(("title", "Tennis : plus de 300 joueurs attendus au tournoi de Vichy ce "
                               "week-end"))
    assert (claims[0].source.kind, claims[0].certainty) == ("unattributed", "predicted")


def test_a_headline_set_to_happen_is_to_come() -> None:
    """"Heatwave set to break records ...": what a headline says is set to happen is a
    forecast, never the outlet's stated fact."""
    claims, _ = read(("title", "Heatwave set to break records across southern Spain"),
                     language="en")
    assert (claims[0].source.kind, claims[0].certainty) == ("unattributed", "predicted")
    # (a past plan, "was set to", tells no forecast)
    claims, _ = read(("paragraph", "Vendors had paid their fees for the season, which was set "
                                   "to open in May."), language="en")
    assert claims[0].certainty != "predicted", claims[0]


def test_a_compound_tense_of_pretendre_is_no_hearsay() -> None:
    """"n'a jamais prétendu vendre": the verb in a compound tense, which the tagger may
    take for the adjective "prétendu", marks no hearsay; its negation is what counts."""
    claims, _ = read(("paragraph", "L'enseigne n'a jamais prétendu vendre des produits bio."))
    assert claims[0].certainty == "denied"
    assert not any(c.startswith("hearsay") for c in claims[0].cues), claims[0].cues


def test_a_headline_is_not_one_claim_with_a_sentence_sharing_only_its_small_words() -> None:
    """"may have been" and "customers" shared with a later sentence do not make the headline
    that sentence's claim: the headline stays the outlet's, as hedged as it is."""
    claims, _ = read(("title", "Records of 50,000 customers may have been exposed in bank "
                               "breach"),
                     ("paragraph", "The bank said on Monday that it had found an intrusion on "
                                   "one of its servers."),
                     ("paragraph", "Customers whose accounts may have been affected will be "
                                   "contacted by email, the bank said."), language="en")
    headline = next(c for c in claims if c.evidence[0].block == "b0")
    assert (headline.source.kind, headline.certainty) == ("unattributed", "possible")
    assert all(e.block == "b0" for e in headline.evidence)


def test_a_speaking_bodys_own_figures_are_its_own_not_the_last_speakers() -> None:
    """"La préfecture assure ... d'après ses chiffres": the figures are the subject's who
    speaks in the sentence, not the person quoted before."""
    claims, _ = read(("paragraph", "« Les coupes avancent vite », témoigne Paul Marchand, garde "
                                   "forestier à Maripasoula."),
                     ("paragraph", "La préfecture assure avoir renforcé les contrôles : 90 "
                                   "opérations ont été menées l'an dernier, d'après ses "
                                   "chiffres."))
    second = next(c for c in claims if c.evidence[0].block == "b1")
    assert (second.source.kind, second.certainty) == ("institution", "reported"), second


def test_a_quote_in_british_single_quotes_is_the_speakers_from_its_first_sentence() -> None:
    """'‘A. B,’ said X': the closing mark is the apostrophe too ("We’ve"); the quote closes
    after its own comma, and its first sentence is X's, not the outlet's."""
    claims, _ = read(("paragraph", "‘Our son has a cough. We’ve kept him at home all week,’ "
                                   "said Dana Pike, 38, who lives near the depot."),
                     language="en")
    assert (claims[0].source.kind, claims[0].certainty) == ("named", "reported"), claims[0]
    assert claims[0].text.lstrip("‘").startswith("Our son has a cough")


def test_a_headline_infinitive_after_its_subjects_phrase_is_a_forecast() -> None:
    """"Tolls on Carver Bay Bridge to rise": the preposition phrase between the subject and
    "to" does not hide the headline's future."""
    claims, _ = read(("title", "Fares on coastal rail line to rise 8% next month"),
                     ("paragraph", "The operator said fares would rise on 1 June."),
                     language="en")
    headline = next(c for c in claims if c.evidence[0].block == "b0")
    assert headline.certainty == "predicted", headline


@pytest.mark.parametrize(("lang", "blocks", "kind"), [
    # A pronoun speaker stands for the last source that spoke when it can: an unnamed
    # nurse ("she"), a body ("It"); "he" is never a body in English.
    ("en", ["One nurse, who asked not to be named, told the BBC that beds were short.",
            "\u201cWe spend all day apologising,\u201d she said."], "anonymous"),
    ("en", ["The trust said in a statement that staff were working hard.",
            "It said it was opening a new ward next month."], "institution"),
    ("fr", ["« Je n'ai rien touché », a déclaré le maire, Paul Vidal, jeudi.",
            "« Je n'ai jamais touché un centime », a-t-il de nouveau affirmé."], "named"),
    # With nobody named or heard before, "elle"/"it" stands for the body the outlet's last
    # sentence was about, when the gender fits ("il" cannot be "la société").
    ("fr", ["La société Norvale a été visée par une cyberattaque lundi.",
            "Elle affirme que les données des clients n'ont pas fuité."], "institution"),
    ("en", ["Norvale Bank was hit by a cyberattack on Monday.",
            "It said customer data had been kept safe."], "institution"),
    ("fr", ["La société Norvale a été visée par une cyberattaque lundi.",
            "Il affirme que les données des clients n'ont pas fuité."], "unattributed"),
    # "Selon ses estimations": the figures of the speaker heard last.
    ("fr", ["« Nous ne reprendrons pas le travail pour 2 % », a déclaré Karim Benali, délégué "
            "CGT.", "Selon ses estimations, près de 70 % des conducteurs étaient en grève."],
     "named"),
    # "selon la même source": the source named before.
    ("fr", ["Douze personnes ont été interpellées, a indiqué le parquet de Lille.",
            "Le préjudice est estimé à 2 millions d'euros, selon la même source."],
     "institution"),
    ("en", ["Kiprono denied doping.",
            "'I will fight this, and I will clear my name,' he wrote in a statement."], "named"),
    # A woman who asked that her name not be used is unnamed; "she" after her is too, and
    # her request is no claim.
    ("en", ["\u201cThey emptied my savings,\u201d said the man, who asked that his name not "
            "be used.",
            "His bank, he said, never called him back."], "anonymous"),
    # A quote of two sentences whose speaker is a pronoun: both are the speaker's.
    ("en", ["Kiprono denied ever taking a banned substance.",
            "\u201cI have never cheated. I will fight to clear my name,\u201d he wrote."],
     "named"),
    # A role of several words stands for the person the page named with it.
    ("fr", ["Le plan prévoit 200 logements, a indiqué l'adjoint au logement, Hugo Lenoir.",
            "Le chantier serait retardé, reconnaît l'adjoint au logement."], "named"),
    # "Ce dernier" after a verb of saying, then a circumstance.
    ("fr", ["Le ministre de l'Intérieur, Paul Garnier, a réfuté ces accusations.",
            "« Le scrutin aura lieu à la date prévue », a martelé ce dernier lors d'un point "
            "presse."], "named"),
    # A child the page named before, taken up by "le garçon", "la fillette".
    ("fr", ["Le premier prix est revenu à Inès Carré, 9 ans, licenciée au club.",
            "« J'ai tout donné dans la montée », a raconté la fillette, qui rêve du Tour."],
     "named"),
    # "Ce dernier" stands for the last person named, like "il".
    ("fr", ["Le juge a entendu jeudi le gérant de la société, Alain Morel.",
            "Ce dernier affirme que les fonds ont été remboursés."], "named"),
    # A French "elle" cannot stand for a source whose article is masculine or plural ("les
    # calculs du ministère"): the woman named before it.
    ("fr", ["« La mesure reste modeste », a fait valoir la ministre, Claire Aubertin.",
            "Selon les calculs du ministère, la mesure rapporterait 45 millions d'euros.",
            "Les boursiers resteront exonérés, a-t-elle assuré."], "named"),
    # A definite role noun takes up the unnamed source the page brought in with it.
    ("fr", ["Trente soldats ont été tués, ont indiqué deux sources sécuritaires et un élu "
            "local.",
            "Le bilan « devrait s'alourdir », a prévenu l'élu."], "anonymous"),
    # A shepherd the page named before, taken up by "le berger".
    ("fr", ["Le concours a été remporté par Luce, une chienne conduite par Marc Rouvier, "
            "éleveur à Millau.",
            "« Elle a gardé le troupeau groupé », a expliqué le berger après la remise des "
            "prix."], "named"),
    # A title before the name of a headline label ("Mayor Ellen Brandt: ...").
    ("en", ["Mayor Ellen Brandt: 'I will not resign' over parking row",
            "The council voted to open an inquiry into a contract tied to Mayor Ellen Brandt."],
     "unattributed"),
])
def test_a_pronoun_speaker_is_the_last_source_it_can_stand_for(lang: str, blocks: list[str],
                                                               kind: str) -> None:
    claims, _ = read(*(("paragraph", b) for b in blocks), language=lang)
    last = next(c for c in claims if c.evidence[0].block == f"b{len(blocks) - 1}")
    assert last.source.kind == kind, last


def test_a_headline_closed_by_sources_rests_on_them() -> None:
    """"Netherlands to order 18 more F-35 jets - sources": the Reuters convention; the
    headline's infinitive tells what is to come, on their word."""
    claims, _ = read(("title", "Carrier to cut 2,000 jobs as costs climb - sources"),
                     ("paragraph", "The text."), language="en")
    assert (claims[0].source.kind, claims[0].certainty) == ("anonymous", "predicted")


def test_a_charge_giving_the_cause_of_a_headline_fact_is_no_claim() -> None:
    """"Mela cancelled as organisers blame soaring costs": the cancellation is the
    outlet's fact; the blame only says why (set 36, session 14)."""
    claims, _ = read(("title", "Riverside festival cancelled after 20 years as organisers "
                               "blame rising costs"), ("paragraph", "The text."), language="en")
    assert (claims[0].source.kind, claims[0].certainty) == ("unattributed", "asserted")


def test_a_headline_label_with_a_title_names_the_speaker() -> None:
    claims, _ = read(("paragraph", "Mayor Ellen Brandt: 'I will not resign' over parking row"),
                     ("paragraph", "The council opened an inquiry into a contract tied to "
                                   "Mayor Ellen Brandt."), language="en")
    assert (claims[0].source.kind, claims[0].certainty) == ("named", "denied")


def test_a_one_word_label_that_names_nobody_is_a_topic() -> None:
    """"Budget : le gouvernement n'exclut pas ...": the entity reader may take the word for
    a person's name; the page names no such person in full, so it is a topic."""
    claims, _ = read(("paragraph", "Budget : le gouvernement n'exclut pas un recours au 49.3"))
    assert (claims[0].source.kind, claims[0].certainty) == ("institution", "possible")


@pytest.mark.parametrize(("lang", "blocks", "kind"), [
    # A definite role noun stands for the person the page named right after it.
    ("fr", ["La fédération a suspendu le coureur belge Tom Vermeulen après un contrôle.",
            "« Je n'ai jamais triché », a réagi le coureur sur Instagram."], "named"),
    ("en", ["The club has dropped striker Tom Hale for Saturday's match.",
            "\u201cI have done nothing wrong,\u201d the striker said."], "named"),
    # A one-word name the page puts after a body's noun is a body.
    ("fr", ["La CNIL a sanctionné la société rennaise Lexora d'une amende.",
            "Lexora a annoncé qu'elle ferait appel de la décision."], "institution"),
    ("en", ["Report: AI startup Corvex trained its chatbot on private emails",
            "Corvex denied the allegations in a statement."], "institution"),
    # A one-word name the page gives with a club's letters ("AS Villeron") is the club.
    ("fr", ["Le joueur s'est engagé lundi avec l'AS Villeron pour trois saisons.",
            "Villeron soutient que le joueur était libre de tout contrat."], "institution"),
    # A title before a name is no body ("Kremlin spokesman Dmitry Peskov").
    ("en", ["Kremlin spokesman Dmitry Peskov said the talks were over.",
            "Peskov said the talks had failed."], "named"),
    # "il" cannot take up "l'agence" (a feminine noun behind an elided article): the
    # doctor who spoke before it.
    ("fr", ["« Les cas sont en hausse », a précisé le docteur Paul Martin, médecin à l'ARS.",
            "L'agence estime qu'environ 200 élèves ne sont pas vaccinés.",
            "Une campagne de rattrapage sera organisée dès lundi, a-t-il ajouté."], "named"),
])
def test_a_speaker_is_read_from_the_rest_of_the_page(lang: str, blocks: list[str],
                                                     kind: str) -> None:
    claims, _ = read(*(("paragraph", b) for b in blocks), language=lang)
    last = next(c for c in claims if c.evidence[0].block == f"b{len(blocks) - 1}")
    assert last.source.kind == kind, last


def test_a_headline_whose_first_sentence_asks_is_a_question() -> None:
    # ("Le lac contaminé par une usine ? Les analyses ...": the tagger kept one sentence)
    claims, _ = read(("title", "Le lac contaminé par une usine ? Les analyses qui inquiètent "
                               "les riverains"), language="fr")
    assert claims[0].certainty == "hypothetical", claims[0]


@pytest.mark.parametrize(("lang", "title", "kind"), [
    # An event named before the colon is a topic, though a body or a person is in it.
    ("fr", "Grève chez Valtex : la production à l'arrêt depuis six jours", "unattributed"),
    ("fr", "Meurtre de Julie Roux : Paul Martin condamné à vingt ans de réclusion",
     "unattributed"),
    # A document's noun is a speaker ("Study: ...").
    ("en", "Study: coffee drinkers live longer", "document"),
    # A label qualified before a clause of its own is the topic, in French press.
    ("fr", "Audit accablant : le maire de Valbourg démissionne", "unattributed"),
    ("fr", "Rapport sévère : la directrice de l'office de tourisme quitte ses fonctions",
     "unattributed"),
])
def test_a_headline_label_speaks_only_when_it_names_a_speaker(lang: str, title: str,
                                                              kind: str) -> None:
    claims, _ = read(("title", title), language=lang)
    assert claims[0].source.kind == kind, claims[0]


def test_an_english_headline_verb_tagged_as_a_noun_still_pledges() -> None:
    claims, _ = read(("title", "Drummond pledges to end use of asylum hotels by 2027"),
                     ("paragraph", "The home secretary, Rachel Drummond, announced the plan on "
                                   "Thursday."), language="en")
    head = next(c for c in claims if any(e.block == "b0" for e in c.evidence))
    assert (head.source.kind, head.certainty) == ("named", "predicted"), head


def test_a_headline_joins_a_body_claim_only_on_the_same_source() -> None:
    """"Budget : le gouvernement n'exclut pas un recours au 49.3" and a poll on "un recours
    au 49.3": two claims, each on its own source."""
    claims, _ = read(("title", "Budget : le gouvernement n'exclut pas un recours au 49.3"),
                     ("paragraph", "Selon un sondage Ifop, 61 % des Français désapprouveraient "
                                   "un recours au 49.3."))
    head = next(c for c in claims if c.evidence[0].block == "b0")
    assert (head.source.kind, head.certainty) == ("institution", "possible"), head
    body = next(c for c in claims if c.evidence[0].block == "b1")
    assert body.source.kind == "document", body


def test_a_headline_forecast_and_the_lede_s_past_fact_stay_two_claims() -> None:
    """"... la médiathèque rouvrira en mars" over "La commune a lancé lundi les travaux de
    la médiathèque ...": the headline's forecast and the lede's fact stated are two claims,
    each as sure as it is said (joined, one of them would be read wrong)."""
    claims, _ = read(("title", "À Saint-Brice, la médiathèque rouvrira ses portes en mars"),
                     ("paragraph", "La commune de Saint-Brice a lancé lundi les travaux de "
                                   "rénovation de la médiathèque, fermée depuis l'été."),
                     language="fr")
    by_block = {c.evidence[0].block: c for c in claims}
    assert [len(c.evidence) for c in claims] == [1, 1], claims
    assert by_block["b0"].certainty == "predicted", by_block["b0"]
    assert (by_block["b1"].source.kind, by_block["b1"].certainty) == \
        ("unattributed", "asserted"), by_block["b1"]


def test_amusement_after_a_quote_is_a_way_of_saying_it() -> None:
    """"« ... », s'amuse-t-elle.": the quote is hers (the pronoun takes up the choir
    leader named before), each of its sentences."""
    claims, _ = read(("paragraph", "La cheffe de chœur, Claire Dumas, dirige la chorale "
                                   "depuis dix ans."),
                     ("paragraph", "« Au début, ils chuchotaient. Maintenant, ils chantent à "
                                   "tue-tête », s'amuse-t-elle."),
                     language="fr")
    quoted = [c for c in claims if c.evidence[0].block == "b1"]
    assert quoted and all((c.source.kind, c.certainty) == ("named", "reported")
                          for c in quoted), quoted


def test_a_headline_rumour_still_hedges_the_lede_it_joins() -> None:
    """A hedged headline over a lede stated as fact: the hedge wins (a rumour never comes
    out as a fact), as before the rule above, which is for forecasts only."""
    claims, _ = read(("title", "Le maire aurait vendu le terrain communal à un proche"),
                     ("paragraph", "Le maire a vendu le terrain communal à un proche en mars, "
                                   "pour 300 000 euros."),
                     language="fr")
    head = next(c for c in claims if any(e.block == "b0" for e in c.evidence))
    assert head.certainty != "asserted", head


def test_a_judgement_the_parser_hung_on_the_subject_is_read_without_a_quote_mark() -> None:
    """"Le gouvernement juge possible une rencontre ...": the parser made "juge" a noun of
    the subject; with no closing quote mark in the sentence, reading it used to fail on an
    empty list of marks (a page lost to an exception)."""
    claims, _ = read(("paragraph", "Le gouvernement juge possible une rencontre entre les "
                                   "présidents avant la fin de l'année."), language="fr")
    assert claims and claims[0].source.kind == "institution"


def test_their_figures_are_those_of_the_person_named_in_the_sentence() -> None:
    """"Pour l'économiste X, ..., selon ses calculs": the figures are the economist's (an
    estimate), not a vague group's, though nobody spoke before."""
    text = ("Pour l'économiste Paul Marchetti, le gain reste faible : environ 6 euros par "
            "mois et par foyer, selon ses calculs.")
    [claim], _ = read(("paragraph", text), language="fr")
    assert (claim.source.kind, claim.certainty) == ("named", "estimate")
    assert claim.source.entity == "person:paul-marchetti"


@pytest.mark.parametrize(("lang", "blocks", "kind"), [
    # A body's short name, after its full one, is the body's; a surname the entity reader
    # took for a body, after the person's full name, is the person's.
    ("en", ["Harwell Dynamics, one of Britain's largest defence contractors, billed the "
            "ministry for drones it never delivered.", "Harwell denied any wrongdoing."],
     "institution"),
    ("fr", ["Le surcoût a été payé pour la livraison de 312 véhicules par le groupe Tellier "
            "Défense entre 2019 et 2023.", "Tellier Défense conteste ces conclusions."],
     "institution"),
    ("en", ["Derek Holloway, 61, took more than £1.2 million from Marlow Estates between 2016 "
            "and 2020.", "Holloway, who represented himself for part of the trial, had denied "
                         "all charges."], "named"),
    # A name followed by its post set off by a comma is a person's, and so is its surname
    # after it (the entity reader took "Iain MacRae" for a body); a demonstrative with a
    # person's noun takes up the person named last; a body's name, then a post, then a
    # name, is the person holding the post.
    ("en", ["\u201cShe is cold but unhurt,\u201d said Calum MacLeod, leader of the Strathdon "
            "Mountain Rescue Team.", "MacLeod said a ground team would set out again at first "
                                     "light."], "named"),
    ("fr", ["Léa Fabre a ouvert mardi un cabinet de kinésithérapie rue des Écoles.",
            "Cette native du village, âgée de 29 ans, explique avoir exercé six ans à "
            "Bordeaux."], "named"),
    ("en", ["A boy from Moss Lane Primary School won the county chess final on Friday.",
            "Moss Lane head teacher Karen Doyle said the club met every Tuesday."], "named"),
])
def test_a_short_name_is_the_one_named_in_full_before(lang: str, blocks: list[str],
                                                      kind: str) -> None:
    claims, _ = read(*(("paragraph", b) for b in blocks), language=lang)
    last = next(c for c in claims if c.evidence[0].block == "b1")
    assert last.source.kind == kind, last


def test_a_scrap_of_words_inside_another_claim_is_no_repetition_of_it() -> None:
    """"the attackers had demanded a ransom" reads "a ransom"; it is no repetition of the
    lede "... after a ransomware attack ...", which stays the outlet's own."""
    claims, _ = read(("paragraph", "Ambulances were diverted for a third day after a "
                                   "ransomware attack knocked out the hospital's systems."),
                     ("paragraph", "A spokesman said the attackers had demanded a ransom."))
    lede = next(c for c in claims if c.evidence[0].block == "b0")
    assert (lede.source.kind, lede.certainty) == ("unattributed", "asserted"), lede
    assert len(lede.evidence) == 1


def test_a_report_headline_rests_on_a_document() -> None:
    claims, _ = read(("title", "Report: AI startup Corvex trained its chatbot on private emails"),
                     ("paragraph", "The company has not commented."), language="en")
    assert (claims[0].source.kind, claims[0].certainty) == ("document", "reported"), claims[0]


def test_a_name_shown_once_to_be_a_body_is_a_body_throughout_the_page() -> None:
    claims, _ = read(("paragraph", "Telecom operator Norvale says hackers stole customer data."),
                     ("paragraph", "Norvale said the breach had been contained on Monday."),
                     language="en")
    assert [c.source.kind for c in claims] == ["institution", "institution"], claims



def test_a_word_the_parser_left_without_words_of_its_own_does_not_stop_the_page() -> None:
    """"on redoute que la sécheresse ne réduise d'un tiers": reading what is set off at the
    end of a content must not fail on a noun whose subtree is punctuation only (it raised
    StopIteration once, and the whole page had no claims)."""
    claims, _ = read(("paragraph", "Dans la filière, on redoute que la sécheresse ne réduise "
                                   "d'un tiers la récolte de blé en Centre-Val de Loire."))
    assert (claims[0].source.kind, claims[0].certainty) == ("vague", "possible"), claims[0]


@pytest.mark.parametrize(("title", "certainty"), [
    # A headline's subject and its infinitive tell what is to come, however the parser
    # hung the infinitive ("to close" made a clause of "hospital")...
    ("Rural hospital to close its maternity unit, leaving county without a place to give "
     "birth", "predicted"),
    # (a compound of a compound before the noun: "Ashford Saturday market")
    ("Ashford Saturday market to move to the town square", "predicted"),
    # ... but not an infinitive after a verb's object ("forces X to divert").
    ("Ransomware attack forces Mercy Valley hospital to divert ambulances", "asserted"),
])
def test_a_headline_infinitive_tells_what_is_to_come(title: str, certainty: str) -> None:
    claims, _ = read(("title", title), ("paragraph", "Staff were told on Monday."),
                     language="en")
    assert claims[0].certainty == certainty, claims[0]


def test_figures_by_a_possessive_are_the_sentences_subjects_not_the_last_speakers() -> None:
    """"selon ses chiffres" after the sentence's own subject: that body's figures, not
    those of the person quoted before."""
    claims, _ = read(("paragraph", "« C'est une saison record », a déclaré Jean Morel, un "
                                   "bénévole de la station."),
                     ("paragraph", "En 2024, la SNSM a porté secours à 9 000 personnes, selon "
                                   "ses chiffres."))
    assert (claims[-1].source.kind, claims[-1].certainty) == ("institution", "reported"), \
        claims[-1]


def test_a_quoted_sentence_whose_speaker_is_on_is_the_quoted_speakers() -> None:
    """"« On nous dit ça à chaque fois. ... », lâche un gardien": the generic "on" inside the
    quote is no source; the sentence is the quoted speaker's."""
    claims, _ = read(("paragraph", "« On nous dit ça à chaque fois. Les crédits, on ne les "
                                   "voit jamais arriver », lâche un gardien qui a requis "
                                   "l'anonymat, le visage fermé."))
    assert claims[0].source.kind == "anonymous", claims[0]


def test_a_pronoun_after_an_estimate_paid_by_a_body_is_the_last_speakers() -> None:
    """"est évalué à 4,2 millions d'euros, financés ... par le département, a-t-elle
    précisé": the agent of the participle after the figure pays, it does not estimate; the
    pronoun is the person quoted before."""
    claims, _ = read(("paragraph", "« Il fallait intervenir maintenant », a déclaré Hélène "
                                   "Vasseur, vice-présidente du département."),
                     ("paragraph", "Le coût du chantier est évalué à 4,2 millions d'euros, "
                                   "financés aux deux tiers par le département, a-t-elle "
                                   "précisé."))
    assert (claims[-1].source.kind, claims[-1].certainty) == ("named", "estimate"), claims[-1]


def test_a_pronoun_set_off_after_a_body_takes_it_up() -> None:
    """"La mairie du 5e arrondissement, elle, se dit ...": the pronoun stands for the phrase
    before it, not for the person quoted last."""
    claims, _ = read(("paragraph", "Le gérant, Karim Benali, dément que la musique dépasse "
                                   "les seuils autorisés."),
                     ("paragraph", "La mairie du 5e arrondissement, elle, se dit « dans une "
                                   "position d'équilibre délicate »."))
    assert (claims[-1].source.kind, claims[-1].source.text) == (
        "institution", "La mairie du 5e arrondissement"), claims[-1]


def test_a_competition_opening_a_headline_is_a_topic_not_a_speaker() -> None:
    """"Ligue 2 : le FC Dunois relégué": a league's name with its number before the colon
    names what the story is about; nobody speaks (a league is a body elsewhere)."""
    claims, _ = read(("title", "Ligue 2 : le FC Brévannes relégué en National"),
                     ("paragraph", "Le club a perdu samedi son dernier match de la saison."))
    assert claims[0].source.kind == "unattributed", claims[0]


def test_a_topic_before_a_quote_and_its_incise_is_no_speaker() -> None:
    """"Rage au parc : « Aucun visiteur n'a été mordu », assure la direction": the incise
    after the quote says who speaks; the words before the colon are the story's topic, and
    what is said is the quote alone (whose negation denies)."""
    claims, _ = read(("title", "Légionellose au lycée de Vernon : « Aucun élève n'a été "
                               "contaminé », assure la région"),
                     ("paragraph", "Un cas a été signalé lundi chez un agent d'entretien."))
    assert (claims[0].source.kind, claims[0].source.text, claims[0].certainty) == (
        "institution", "la région", "denied"), claims[0]


def test_a_headline_merged_with_its_lede_keeps_the_ledes_reading() -> None:
    """"Billionaire to buy paper" restated by "has agreed to buy ..., the two companies
    said": the lede, the fuller sentence, says how surely (a forecast in the headline
    does not override a report)."""
    claims, _ = read(("title", "Billionaire Graham Ashcombe to buy the Tyneside Courier"),
                     ("paragraph", "Billionaire Graham Ashcombe has agreed to buy the Tyneside "
                                   "Courier, the two companies said on Tuesday."),
                     language="en")
    assert (claims[0].source.kind, claims[0].certainty) == ("institution", "reported"), claims[0]


def test_a_short_name_opening_a_bodys_longer_name_is_that_body() -> None:
    """"Red Butte denied ..." after "Red Butte Midstream, a Houston-based company": the
    body's name cut short, not a person."""
    claims, _ = read(("paragraph", "The pipeline is operated by Red Butte Midstream, a "
                                   "Houston-based company."),
                     ("paragraph", "Red Butte denied that any known defect had gone "
                                   "unaddressed, saying the segment had passed a pressure test "
                                   "last year."),
                     language="en")
    assert (claims[-2].source.kind, claims[-2].certainty) == ("institution", "denied"), \
        claims[-2]


def test_an_abbreviated_title_inside_a_name_makes_it_a_person_s() -> None:
    # "Cllr Finch", which the entity reader took for a body, is the councillor named before.
    claims, _ = read(("paragraph", "Cllr Deborah Finch cut the ribbon on Saturday as the "
                                   "Harcombe library reopened after two years of work."),
                     ("paragraph", "\u201cThis building belongs to everyone in Harcombe,\u201d "
                                   "Cllr Finch told the crowd."), language="en")
    said = next(c for c in claims if "belongs" in c.text)
    assert (said.source.kind, said.certainty) == ("named", "reported")


def test_a_pronoun_takes_up_a_bodys_spokeswoman_and_an_incise_closes_a_passive() -> None:
    # "She" after "A spokeswoman for the company" is that voice of the body; "No injuries
    # had been reported ..., she said, though ..." is her denial, not a passive report.
    claims, _ = read(("paragraph", "A spokeswoman for the owner, Ridgeline Parks Ltd, said the "
                                   "campground would reopen next week."),
                     ("paragraph", "She denied that the site had been poorly maintained."),
                     ("paragraph", "No injuries had been reported as of Sunday, she said, though "
                                   "one camper was treated at the scene."), language="en")
    denied = next(c for c in claims if "poorly maintained" in c.text)
    assert (denied.source.kind, denied.certainty) == ("institution", "denied"), denied
    injuries = next(c for c in claims if "No injuries" in c.text)
    assert (injuries.source.kind, injuries.certainty) == ("institution", "denied"), injuries


@pytest.mark.parametrize("title", [
    "Crue de la Sèvre : l'exploitant de la digue mis en cause par un rapport",
    "Incendie de l'entrepôt : le gérant mis en cause par un rapport d'expertise",
])
def test_a_headline_charge_rests_on_its_agent(title: str) -> None:
    """A verbless headline's charge in the passive ("mis en cause par un rapport") is the
    agent's, put forward on its word: never the outlet's fact."""
    claims, _ = read(("title", title), ("paragraph", "Le rapport a été remis mardi au préfet."))
    assert (claims[0].source.kind, claims[0].certainty) == ("document", "reported"), claims[0]


@pytest.mark.parametrize(("title", "language"), [
    ("Marché public : le maire de Saint-Aubin accusé de favoritisme", "fr"),
    ("Cantine scolaire : la mairie soupçonnée d’avoir ignoré les alertes", "fr"),
    ("Council leader accused of misusing expenses", "en"),
])
def test_a_headline_charge_without_its_accuser_is_an_allegation(title: str,
                                                                language: str) -> None:
    """"le maire accusé de favoritisme": nobody named brings the charge; it is an
    allegation of unnamed accusers (vague, reported), never the outlet's fact."""
    claims, _ = read(("title", title), ("paragraph", "The case was heard on Monday."),
                     language=language)
    assert (claims[0].source.kind, claims[0].certainty) == ("vague", "reported"), claims[0]


def test_a_topic_label_with_a_verb_names_no_speaker() -> None:
    """"Tramway accidenté à Villefranche : un audit signalait déjà ...": what happened,
    before the colon, is a topic; the audit speaks, not the label."""
    claims, _ = read(("title", "Tramway accidenté à Villefranche : un audit signalait déjà "
                               "l'usure des voies"),
                     ("paragraph", "L'audit avait été remis en mars."))
    assert (claims[0].source.kind, claims[0].certainty) == ("document", "reported"), claims[0]


def test_a_pronoun_source_takes_up_the_view_the_sentence_opened_with() -> None:
    """"Pour l'ARS, ..., les hôpitaux disposant selon elle de ...": "elle" is the ARS, whose
    view the whole sentence gives."""
    claims, _ = read(("paragraph", "Pour l'agence régionale de santé (ARS), la fermeture du "
                                   "service « ne menace pas l'accès aux soins », les hôpitaux "
                                   "voisins disposant selon elle de « lits suffisants »."))
    assert claims[0].source.kind == "institution" and "agence" in (claims[0].source.text or ""), \
        claims[0]


def test_a_quote_said_by_an_incise_pronoun_is_the_speakers_whole() -> None:
    """"« ..., mais je ne veux pas que ... », écrit-il": a wish inside the quote is part of
    what the quote says; the pronoun of the incise (the mayor named before) speaks it all,
    first clause included."""
    claims, _ = read(("paragraph", "Le maire, Paul Martin, a démissionné lundi."),
                     ("paragraph", "« J'ai toujours servi la commune, mais je ne veux pas "
                                   "qu'elle soit paralysée », écrit-il dans une lettre aux "
                                   "habitants."))
    quote = next(c for c in claims if c.evidence[0].block == "b1")
    assert (quote.source.kind, quote.source.text) == ("named", "-il"), quote
    assert quote.text.startswith("« J'ai toujours servi"), quote


def test_a_verbless_headline_with_its_incise_is_the_incises_speakers() -> None:
    """"Gendarmerie : des casernes en mauvais état, s'alarme la Cour des comptes": the
    label is the topic; the body named after the verb of saying speaks."""
    claims, _ = read(("title", "Gendarmerie : des casernes en mauvais état, s'alarme la Cour "
                               "des comptes"))
    assert (claims[0].source.kind, claims[0].source.text, claims[0].certainty) == (
        "institution", "la Cour des comptes", "reported"), claims[0]


def test_a_judgement_past_the_objects_apposition_agrees_with_the_object() -> None:
    """"jugent le budget alloué au club, 6 500 euros cette année, disproportionné": the
    parser hangs the adjective on the noun before it; its gender and number say it is
    what the object is judged."""
    spacy = pytest.importorskip("spacy")
    from spacy.tokens import Doc as SpacyDoc

    from newstrace.analyze.claims._constructions import _judged_at_phrase_end
    words = ["Ils", "jugent", "le", "budget", ",", "cette", "année", ",", "disproportionné",
             "."]
    doc = SpacyDoc(spacy.blank("fr").vocab, words=words,
                   heads=[1, 1, 3, 1, 1, 6, 1, 6, 6, 1],
                   deps=["nsubj", "ROOT", "det", "obj", "punct", "det", "obl:mod", "punct",
                         "amod", "punct"],
                   pos=["PRON", "VERB", "DET", "NOUN", "PUNCT", "DET", "NOUN", "PUNCT", "ADJ",
                        "PUNCT"],
                   sent_starts=[True] + [False] * 9)
    doc[3].set_morph("Gender=Masc|Number=Sing")
    doc[6].set_morph("Gender=Fem|Number=Sing")
    doc[8].set_morph("Gender=Masc|Number=Sing")
    assert _judged_at_phrase_end(doc[3])
    doc[8].set_morph("Gender=Fem|Number=Sing")  # (the year's, not the budget's)
    assert not _judged_at_phrase_end(doc[3])


def test_a_gendered_pronoun_speaker_passes_over_a_person_of_the_other_gender() -> None:
    """"Léa Barthélemy, lycéenne ..., devant le tenant du titre, Michel Aubry. « ... »,
    a-t-elle confié": the pronoun is the woman's, though the man was named last (the role
    words say who is who); the words after the incise's comma say how she was, the quote
    what she said."""
    first = ("paragraph", "Léa Barthélemy, lycéenne de 15 ans, a remporté le tournoi devant "
                          "le tenant du titre, Michel Aubry.")
    claims, _ = read(first, ("paragraph", "« Je venais surtout pour progresser », a-t-elle "
                                          "confié, encore émue, quelques minutes après avoir "
                                          "signé la feuille."))
    quote = next(c for c in claims if c.evidence[0].block == "b1")
    assert quote.source.entity == "person:lea-barthelemy", quote
    assert quote.text.startswith("« Je venais"), quote
    claims, _ = read(first, ("paragraph", "« Elle mérite sa victoire », a-t-il reconnu."))
    quote = next(c for c in claims if c.evidence[0].block == "b1")
    assert quote.source.entity == "person:michel-aubry", quote


def test_a_civil_title_gives_a_pronoun_its_person() -> None:
    """"Mrs Ann Hale ... Mr Tom Grant. “...,” she said": the titles say who is who; with
    nothing said, the pronoun is the last person named."""
    claims, _ = read(("paragraph", "Mrs Ann Hale, the head teacher, met Mr Tom Grant on "
                                   "Monday."),
                     ("paragraph", "“We had a useful talk,” she said."), language="en")
    quote = next(c for c in claims if c.evidence[0].block == "b1")
    assert (quote.source.entity or "").endswith("ann-hale"), quote
    claims, _ = read(("paragraph", "Ann Hale, the head teacher, met Tom Grant on Monday."),
                     ("paragraph", "“We had a useful talk,” she said."), language="en")
    quote = next(c for c in claims if c.evidence[0].block == "b1")
    assert quote.source.entity == "person:tom-grant", quote


def test_a_title_kept_masculine_for_women_says_no_gender() -> None:
    """"le professeur Anne Ferrand": a title French keeps masculine for women says nothing
    of her; "Le directeur, Paul Roy" says a man, so "elle" is hers."""
    claims, _ = read(("paragraph", "Le professeur Anne Ferrand a présenté l'étude mardi. Le "
                                   "directeur de l'institut, Paul Roy, a salué le travail."),
                     ("paragraph", "« Les résultats sont solides », a-t-elle dit."))
    quote = next(c for c in claims if c.evidence[0].block == "b1")
    assert quote.source.entity == "person:anne-ferrand", quote


def test_only_a_word_for_a_person_gives_a_name_its_gender() -> None:
    """"à la sortie de l'audience Bernard Chapuis": the feminine nouns before the name are
    no role of his, so "il" is still his."""
    claims, _ = read(("paragraph", "Anne Roy, présidente du club, a ouvert la séance. À la "
                                   "sortie de l'audience Bernard Chapuis a salué la décision."),
                     ("paragraph", "« C'est historique », a-t-il dit."))
    quote = next(c for c in claims if c.evidence[0].block == "b1")
    assert quote.source.entity == "person:bernard-chapuis", quote


def test_an_english_title_s_first_noun_is_not_its_person() -> None:
    """"family spokesman John Ward ... The family said": in English the word after a noun
    is the title's own noun, so "The family" is not the spokesman (in French "du coureur
    français Maël Riou" lets an adjective follow the noun); nor is "The allotment society"
    its chair."""
    claims, _ = read(("paragraph", "“We will keep going,” said family spokesman John Ward."),
                     ("paragraph", "The family said it had collected 4,000 signatures."),
                     language="en")
    said = next(c for c in claims if c.evidence[0].block == "b1")
    assert said.source.entity is None and said.source.kind != "named", said
    claims, _ = read(("paragraph", "“We will keep going,” said allotment society chair John "
                                   "Ward."),
                     ("paragraph", "The society said it had collected 4,000 signatures."),
                     language="en")
    said = next(c for c in claims if c.evidence[0].block == "b1")
    assert (said.source.kind, said.source.entity) == ("institution", None), said


def test_the_words_before_a_source_set_off_are_what_it_says() -> None:
    """"Environ 900 spectateurs, selon les organisateurs, ont assisté ...": the subject
    before the source is part of the claim, whose figure given roughly makes it the
    organisers' estimate."""
    claims, _ = read(("paragraph", "Environ 900 spectateurs, selon les organisateurs, ont "
                                   "assisté au concert de clôture."))
    assert claims[0].text.startswith("Environ 900 spectateurs"), claims[0]
    assert (claims[0].source.text, claims[0].certainty) == ("les organisateurs", "estimate")


@pytest.mark.parametrize(("lang", "first", "second", "named"), [
    ("en", "Anna and Leo Marsh, who run a bakery in Whitby, said they had waited a year for the "
           "licence.", "The shop will open every Saturday, the couple said.", True),
    ("fr", "La boulangerie a été reprise lundi par un couple de Rennes, Claire et Paul Garnier.",
     "Les nouveaux propriétaires comptent rouvrir le 3 mars.", True),
    # (counted, "les deux associés", after two people named with "et")
    ("fr", "Deux kinésithérapeutes, Julie Roux et Marc Petit, ont ouvert le cabinet lundi.",
     "Si la demande suit, les deux associés envisagent d'embaucher un troisième praticien.",
     True),
    # (guard: with no pair named, "the couple" stays unnamed)
    ("en", "The bakery was sold on Monday.", "The shop will open every Saturday, the couple "
                                              "said.", False),
])
def test_a_pair_named_together_speaks_again_as_the_couple(lang: str, first: str, second: str,
                                                          named: bool) -> None:
    """"the couple said", "Les nouveaux propriétaires comptent ..." after the page named
    two people together ("Anna and Leo Marsh", "Claire et Paul Garnier"): the two named
    people speak, not an uncounted group."""
    claims, _ = read(("paragraph", first), ("paragraph", second), language=lang)
    said = next(c for c in claims if c.evidence[0].block == "b1")
    assert (said.source.kind == "named" and bool(said.source.entity)) is named, said


def test_a_leader_s_noun_takes_up_the_person_named_after_a_company_title() -> None:
    """"La dirigeante a démenti" after "sa directrice générale, Claire Hennebert": the
    person the page named with a company title, not an uncounted group."""
    claims, _ = read(("paragraph", "« Nous avons coupé les accès dès mardi », a déclaré sa "
                                   "directrice générale, Sophie Lemaire, lors d'une conférence "
                                   "de presse."),
                     ("paragraph", "La dirigeante a en revanche démenti que des données "
                                   "bancaires aient été volées."), language="fr")
    said = next(c for c in claims if c.evidence[0].block == "b1")
    assert (said.source.kind, said.certainty) == ("named", "denied") and said.source.entity, said


def test_a_reckoning_of_one_s_own_is_an_estimate() -> None:
    """"By her own reckoning, she has walked around 150,000 miles": what someone reckons
    is their estimate."""
    claims, _ = read(("paragraph", "Jean Roche has run the repair shop in Hexley since 1990."),
                     ("paragraph", "By his own reckoning, he has mended about 3,000 bicycles, "
                                   "he said."),
                     language="en")
    said = next(c for c in claims if c.evidence[0].block == "b1")
    assert (said.source.kind, said.certainty) == ("named", "estimate"), said


def test_a_pronoun_source_before_a_quote_is_the_pronoun_alone() -> None:
    """"Les travaux sont selon lui « presque terminés »": the source is the pronoun (the
    person it takes up), not the pronoun and the quote after it, and what it says runs
    over the copula to the quote."""
    claims, _ = read(("paragraph", "« Nous rouvrirons en mars », a déclaré le maire, Paul "
                                   "Vidal."),
                     ("paragraph", "Les travaux sont selon lui « presque terminés »."),
                     language="fr")
    said = next(c for c in claims if c.evidence[0].block == "b1")
    assert (said.source.kind, said.source.text) == ("named", "lui"), said
    assert "presque terminés" in said.text, said


def test_a_source_set_off_inside_the_sentence_ends_at_its_comma() -> None:
    """"La situation est, selon la préfecture, sous contrôle": the source ends at the comma
    closing it, and what it says runs over the copula to the predicate after it."""
    claims, _ = read(("paragraph", "La situation est, selon la préfecture, sous contrôle."))
    assert claims[0].source.text == "la préfecture", claims[0]
    assert claims[0].text.endswith("sous contrôle"), claims[0]
    # (guards: a name closing the sentence, and a list of adjectives, stay in the source)
    claims, _ = read(("paragraph", "Le tableau vaut environ 300 000 euros, selon la "
                                   "conservatrice du musée, Anne Le Goff."))
    assert claims[0].source.text.endswith("Anne Le Goff"), claims[0]
    claims, _ = read(("paragraph", "Le barrage a cédé, selon les estimations françaises, "
                                   "belges et suisses."))
    assert claims[0].source.text.endswith("belges et suisses"), claims[0]


def test_a_thing_seen_doing_something_is_no_judgement() -> None:
    """"n'avaient jamais vu une pomme de terre sortir du sol": what was seen, perceived
    (the quote is the speaker's, and denies), not a judgement "voir X Y" by the children."""
    claims, _ = read(("paragraph", "Claire Vidal anime l’atelier jardin de l’école depuis "
                                   "trois ans."),
                     ("paragraph", "« Certains élèves n’avaient jamais vu une pomme de terre "
                                   "sortir du sol », s’amuse-t-elle."))
    said = next(c for c in claims if c.evidence[0].block == "b1")
    assert (said.source.kind, said.certainty) == ("named", "denied"), said


@pytest.mark.parametrize(("title", "kind"), [
    # A label holding words no person's name holds is a topic, though the entity reader
    # took part of it for a person ("Faux Renoir").
    ("Faux Renoir et faux Monet : le procès d’un galeriste s’ouvre à Lyon", "unattributed"),
    # A person's name alone still speaks.
    ("Marc Aubert : le procès d’un galeriste s’ouvre à Lyon", "named"),
])
def test_a_headline_label_speaks_only_when_it_names_people(title: str, kind: str) -> None:
    claims, _ = read(("title", title),
                     ("paragraph", "Le procès de Marc Aubert, galeriste lyonnais soupçonné "
                                   "d’avoir vendu une trentaine de faux tableaux, s’est ouvert "
                                   "lundi devant le tribunal correctionnel de Lyon."))
    headline = next(c for c in claims if c.evidence[0].block == "b0")
    assert headline.source.kind == kind, headline


def test_a_source_between_an_auxiliary_and_its_predicate_ends_before_the_predicate() -> None:
    """"La grange a été selon les pompiers entièrement détruite": the source is the
    firefighters, not the words of the predicate after them."""
    claims, _ = read(("paragraph", "La grange a été selon les pompiers entièrement détruite."))
    assert (claims[0].source.kind, claims[0].source.text) == ("institution", "les pompiers"), \
        claims[0]


def test_a_relative_clause_after_an_inverted_speaker_does_not_speak() -> None:
    """", a ajouté la régie, qui a présenté ses excuses": the speaker is the body, not the
    relative clause set off after it (a guard: once the parser gives the clause its
    subject, the phrase after the last comma must not be taken for the speaker)."""
    claims, _ = read(("paragraph", "Des bus de substitution circuleront dès mercredi matin "
                                   "toutes les dix minutes, a ajouté la régie, qui a présenté "
                                   "ses excuses aux usagers."), language="fr")
    assert (claims[0].source.kind, claims[0].source.text) == ("institution", "la régie")


def test_a_headline_quote_before_a_colon_is_the_word_of_the_clause_after_it() -> None:
    """"« Cette école restera ouverte » : le maire ... défend le budget": the quote is the
    mayor's, never the outlet's own forecast."""
    claims, _ = read(("title", "« Cette école restera ouverte » : le maire de Saint-Aubin "
                               "défend le budget de la commune"),
                     ("paragraph", "Le conseil municipal a voté le budget lundi soir."),
                     language="fr")
    headline = next(c for c in claims if c.evidence[0].block == "b0")
    assert (headline.source.kind, headline.certainty) == ("named", "predicted")
    assert headline.text == "Cette école restera ouverte"


@pytest.mark.parametrize(("title", "certainty"), [
    # "Kettle Creek rail bike line to reopen": a headline's infinitive after a chain of
    # compounds is what is to come; not after a verb taken for a noun in the chain.
    ("Bramble Cove rail bike line to reopen after two-year shutdown", "predicted"),
    ("Ransomware attack forces hospital to divert ambulances", "asserted"),
])
def test_a_headline_infinitive_after_a_chain_of_compounds_is_to_come(title: str,
                                                                    certainty: str) -> None:
    claims, _ = read(("title", title), language="en")
    assert claims[0].certainty == certainty, claims[0]


def test_a_topic_before_a_colon_is_no_part_of_the_name_after_it() -> None:
    """"Essai de missile : Tokyo et Séoul dénoncent ...": two capitals joined by "et" after
    a headline's topic are the subject, not one name cut in two."""
    claims, _ = read(("title", "Essai de missile nord-coréen : Tokyo et Séoul dénoncent une "
                               "« provocation grave »"))
    assert (claims[0].source.kind, claims[0].certainty) == ("institution", "reported"), claims[0]


def test_a_surname_a_farm_is_named_after_stays_a_persons_when_the_page_gives_it_in_full() -> None:
    """"Marsh Family Farm" then "said Tom Marsh", "Marsh said": the surname opens the farm's
    name, but the page gives the person's full name, so "Marsh" speaks as a person (read
    through the whole page's analysis, whose entity reader names the person "Marsh")."""
    claims = _page([("title", "Farm opens sunflower maze for the summer"),
                    ("paragraph", "Visitors to Marsh Family Farm in Elm Township can walk "
                                  "through eight acres of sunflowers from Saturday."),
                    ("paragraph", "“It took us two years to get the layout right,” said Tom "
                                  "Marsh, whose family has run the farm since 1950."),
                    ("paragraph", "About 9,000 people visited last summer, Marsh said."),
                    ("paragraph", "If the weather holds, the farm may stay open into "
                                  "September, Marsh said.")], "en")
    spoken = [c for c in claims if c.evidence[0].block in ("b2", "b3")]
    assert [c.source.kind for c in spoken] == ["named", "named"], spoken


@pytest.mark.parametrize(("block", "text", "kind", "certainty"), [
    # Round 1 of session 50 first took these wrong: a library's users are people, not the
    # library; a headline's infinitive before a noun the tagger read as a verb ("sparks
    # challenge") is still to come.
    ("paragraph", "Library users say the wait has been worth it.", "vague", "reported"),
    ("title", "Judge to decide Fairhaven mayor's race after 12-vote margin sparks challenge",
     "unattributed", "predicted"),
])
def test_a_bodys_noun_before_people_and_a_headline_infinitive_stay_read(
        block: str, text: str, kind: str, certainty: str) -> None:
    claims, _ = read((block, text), language="en")
    assert (claims[0].source.kind, claims[0].certainty) == (kind, certainty), claims[0]


def _page(texts: list[tuple[str, str]], language: str) -> list[Claim]:
    """The claims of a page of ``(block kind, text)``, read through the whole analysis."""
    blocks, pos = [], 0
    for i, (kind, text) in enumerate(texts):
        blocks.append(Block(f"b{i}", kind, text, pos, pos + len(text), language))  # type: ignore[arg-type]
        pos += len(text) + 2
    return list(analyze_article(Article("x", "t", "\n\n".join(t for _, t in texts),
                                        tuple(blocks), language=language)).claims)


def test_a_name_with_an_age_the_entity_reader_missed_is_a_person() -> None:
    """"Ellie Marsh, 27, who trained ..." then "she said", "Marsh said": the model read no
    entity in the first and a body in "Marsh said"; a name with an age set off by commas
    is a person's, so both speak as her."""
    claims = _page([("title", "Village forge rings again"),
                    ("paragraph", "Ellie Marsh, 27, who trained for four years under a master "
                                  "smith, reopened the forge in September."),
                    ("paragraph", "“I wanted a forge with a history,” she said."),
                    ("paragraph", "Marsh said she would switch to a gas forge by the spring.")],
                   "en")
    spoken = [c for c in claims if c.evidence[0].block in ("b2", "b3")]
    assert [c.source.kind for c in spoken] == ["named", "named"], spoken


def test_he_after_people_close_to_him_is_the_man_named_not_them() -> None:
    """"..., according to people close to him" then "..., he told the BBC": an uncounted
    plural source is no "he"; the pronoun is the man named before."""
    claims = _page([("paragraph", "Peter Haldane, who has won the title seven times, may not "
                                  "defend it next year, according to people close to him."),
                    ("paragraph", "“She was faster on every puzzle,” he told the BBC.")], "en")
    quote = next(c for c in claims if c.evidence[0].block == "b1")
    assert quote.source.kind == "named", quote


@pytest.mark.parametrize(("text", "kind"), [
    # "Météo-France a relevé 38 millimètres de précipitations": a figure the body gives, on
    # its word; "relève « des relevés de température incomplets »": a finding about
    # readings. Only a measurement told with no figure is an activity.
    ("Météo-France a relevé 38 millimètres de précipitations entre mars et juin à Manosque.",
     "institution"),
    ("Le rapport d'inspection, que nous avons pu consulter, relève toutefois « des relevés "
     "de température incomplets » pour la chambre froide.", "document"),
])
def test_a_measurement_given_or_found_is_on_its_speakers_word(text: str, kind: str) -> None:
    claims, _ = read(("paragraph", text))
    assert (claims[0].source.kind, claims[0].certainty) == (kind, "reported"), claims[0]


@pytest.mark.parametrize("text", [
    # Page set 255 (read in session 50; its rule came in a fourth round), in sentences of
    # our own: "Without X," then the English conditional ("I'd", "would have") tells what
    # would be, a hypothesis, whatever negation its consequence holds.
    "“Without the bus, I'd have no way to see my grandchildren,” said Anne Price, 79.",
    "“Without the grant, we would have closed in March,” said Joan Tranter.",
])
def test_without_and_the_english_conditional_is_a_hypothesis(text: str) -> None:
    claims, _ = read(("paragraph", text), language="en")
    assert (claims[0].source.kind, claims[0].certainty) == ("named", "hypothetical"), claims[0]


@pytest.mark.parametrize(("blocks", "language", "kind", "certainty"), [
    # "the judge" after "one judge said on condition of anonymity": the unnamed judge.
    (["Stricter limits on engine size could be brought in next year, one judge said on "
      "condition of anonymity.",
      "If the limits go ahead, older boats would no longer be able to race, the judge "
      "added."], "en", "anonymous", "hypothetical"),
    # A name the page sets off after a body's noun ("le groupe propriétaire, Brikoval,")
    # speaks as that body, though the tagger made it a common noun when it opens a sentence.
    (["Un salarié, qui a requis l’anonymat, affirme que le groupe propriétaire, Brikoval, "
      "aurait refusé une offre de reprise.",
      "Brikoval a démenti dans un communiqué avoir reçu une offre ferme."], "fr",
     "institution", "denied"),
    # "quand personne ne s'y intéressait": a negation in a clause of time denies nothing,
    # though the model hung "quand" on the noun.
    (["Hélène Costa expose ses photographies à la médiathèque jusqu’en mars.",
      "« J’ai commencé à photographier les ports bretons en 1991, quand personne ne s’y "
      "intéressait », raconte-t-elle."], "fr", "named", "reported"),
    # A quote a colon sets before a document's clause is the document's, though a quote
    # of the paragraph before had its own speaker.
    (["« Les recherches continuent jour et nuit », a déclaré mardi le capitaine Paul Garnier.",
      "« Le chien est retrouvé ! » : le message publié jeudi sur la page de l’association "
      "remercie « tous les habitants qui ont cherché » l’animal."], "fr", "document",
     "reported"),
])
def test_session_51_round_1_page_readings(blocks: list[str], language: str, kind: str,
                                          certainty: str) -> None:
    """The second paragraph's first claim, read with the page before it."""
    claims = _page([("paragraph", b) for b in blocks], language)
    second = next(c for c in claims if c.evidence[0].block == "b1")
    assert (second.source.kind, second.certainty) == (kind, certainty), second


def test_a_headline_is_not_one_claim_with_a_shorter_sentence_sharing_a_few_of_its_words(
        ) -> None:
    """"Choir loses its rehearsal hall as church closes doors" is not restated by "the choir
    could disband if it loses another hall": three shared words are less than half the
    headline's, which stays the outlet's own claim, as sure as it is put."""
    claims = _page([("title", "Choir loses its rehearsal hall as church closes doors"),
                    ("paragraph", "St Mary’s church in Alderby will close at the end of the "
                                  "month, the diocese said on Tuesday."),
                    ("paragraph", "Some singers say the choir could disband if it loses another "
                                  "hall.")], "en")
    headline = next(c for c in claims if c.evidence[0].block == "b0")
    assert (headline.source.kind, headline.certainty) == ("unattributed", "asserted")
    assert all(e.block == "b0" for e in headline.evidence)


@pytest.mark.parametrize(("blocks", "kind", "certainty"), [
    # "a-t-il indiqué" after "La commune pourrait proposer de ...": "il" is not "la
    # commune", so the incise's speaker, the mayor named before, says all of it.
    (["Le maire, Paul Roux, regrette la fermeture du guichet.",
      "La commune pourrait proposer de louer un appareil auprès d’un prestataire privé, "
      "comme l’ont fait plusieurs villages voisins, a-t-il indiqué."], "named", "possible"),
    # "affirme-t-elle" after "un ancien safranier": "elle" is the woman named before, not
    # the unnamed man.
    (["Dans sa cuisine, Hélène Castagné trie les fleurs cueillies à l’aube, une méthode "
      "apprise auprès d’un ancien safranier du village.",
      "Aucun des producteurs du syndicat n’utilise de bulbes importés, affirme-t-elle."],
     "named", "denied"),
    # "résume-t-elle en soulevant une planche": the incise's pronoun speaks the quote,
    # whatever follows it; the quote corrects ("ce n'est pas X, c'est Y"), no denial.
    (["Margaux Pelletier élève des escargots à Saint-Calais.",
      "« Le plus dur, ce n’est pas l’élevage, c’est de vendre au juste prix », résume-t-elle "
      "en soulevant une planche."], "named", "reported"),
])
def test_session_51_round_3_pronoun_speakers(blocks: list[str], kind: str,
                                             certainty: str) -> None:
    """The second paragraph's first claim, its pronoun speaker read with the page."""
    claims = _page([("paragraph", b) for b in blocks], "fr")
    second = next(c for c in claims if c.evidence[0].block == "b1")
    assert (second.source.kind, second.certainty) == (kind, certainty), second


def test_a_family_named_by_its_plural_is_people_not_a_body() -> None:
    """"according to the Fenwicks" after "Ruth and Alan Fenwick": the family the page
    names speaks, whatever the entity reader made of the plural."""
    claims = _page([("paragraph", "Ruth and Alan Fenwick, who own a riverside campsite outside "
                                  "Hexham, say they may not be able to reopen."),
                    ("paragraph", "The campsite opened in 2012 and welcomed about 4,000 guests "
                                  "last year, according to the Fenwicks.")], "en")
    second = next(c for c in claims if c.evidence[0].block == "b1")
    assert (second.source.kind, second.certainty) == ("named", "reported"), second
    assert second.source.entity is not None and second.source.entity.startswith("person:")
