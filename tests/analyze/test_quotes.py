"""Quotes: direct and indirect, both typographies, speakers resolved through pronouns and titles."""

from newstrace.analyze.findings import analyze_article
from newstrace.model import Article, Block, Quote


def quotes(text: str, language: str) -> list[Quote]:
    art = Article("x", "t", text, (Block("b0", "paragraph", text, 0, len(text), language),),
                  language=language)
    return list(analyze_article(art).quotes)


def paragraph_quotes(paras: list[str], language: str) -> list[Quote]:
    """The quotes of a page made of these paragraphs, in this order."""
    blocks, pos = [], 0
    for i, p in enumerate(paras):
        blocks.append(Block(f"b{i}", "paragraph", p, pos, pos + len(p), language))
        pos += len(p) + 2
    art = Article("x", "t", "\n\n".join(paras), tuple(blocks), language=language)
    return list(analyze_article(art).quotes)


def test_french_guillemets_speaker_after_and_pronoun_in_the_next_sentence() -> None:
    text = ("« Nous ne céderons pas un mètre de terrain », a déclaré le ministre Jean Dupont. "
            "Il a ajouté : « La situation reste très difficile sur le front. »")
    first, second = quotes(text, "fr")
    assert (first.kind, first.text) == ("direct", "Nous ne céderons pas un mètre de terrain")
    assert first.speaker.text == "le ministre Jean Dupont" and first.cue == "déclaré"
    assert second.speaker.entity == first.speaker.entity == "person:jean-dupont"
    span, spoken = second.evidence
    assert text[span.start : span.end] == second.text
    assert text[spoken.start : spoken.end] == second.speaker.text == "Il"


def test_english_quotes_with_the_speaker_after_the_quote() -> None:
    text = ('"We will not retreat from this position," Defense Minister John Smith said. '
            '"The situation is very hard," she added.')
    first, second = quotes(text, "en")
    assert first.speaker.entity == "person:john-smith"
    assert second.speaker.text == "she"


def test_indirect_speech_is_an_indirect_quote_with_its_speaker() -> None:
    [q] = quotes("Emmanuel Macron a estimé que l'Europe devait se réarmer.", "fr")
    assert q.kind == "indirect"
    assert q.text == "l'Europe devait se réarmer"
    assert q.speaker.entity == "emmanuel-macron" and q.cue == "estimé"


def test_short_scare_quotes_are_not_quotes() -> None:
    assert quotes("Le texte évoque une « trêve » fragile.", "fr") == []


def test_quoted_words_inside_reported_speech_make_one_indirect_quote() -> None:
    text = 'Wang said China still has "enormous market potential" despite its slowdown.'
    [q] = quotes(text, "en")
    assert q.kind == "indirect"
    assert q.text == 'China still has "enormous market potential" despite its slowdown'


def test_two_apostrophes_mark_a_quote() -> None:
    [q] = quotes("''This isn't tax reform,'' said Douglas Holtz-Eakin.", "en")
    assert q.kind == "direct" and q.text == "This isn't tax reform,"
    assert q.speaker.entity == "person:douglas-holtz-eakin"


def test_what_a_study_shows_or_someone_believes_is_attributed_but_not_quoted() -> None:
    text = ("A poll published on Monday shows that most voters oppose the plan. "
            "Some experts believe the plan will fail.")
    art = Article("x", "t", text, (Block("b0", "paragraph", text, 0, len(text), "en"),),
                  language="en")
    analysis = analyze_article(art)
    assert [(c.source.kind, c.certainty) for c in analysis.claims] == [
        ("document", "reported"), ("vague", "predicted")]
    assert analysis.quotes == ()


def test_french_speech_verb_after_a_quote() -> None:
    [q] = quotes("« Nous ne lâcherons rien », a lancé la maire de Paris.", "fr")
    assert q.speaker.text == "la maire de Paris" and q.cue == "lancé"


def test_a_quote_running_over_paragraphs_takes_the_speaker_named_at_its_end() -> None:
    paras = ["Jane Doe spoke first at the meeting.",
             "“We have waited far too long for this bridge to be built",
             "“Now the province must act before winter comes,” said Mayor John Smith."]
    first, second = paragraph_quotes(paras, "en")
    assert first.evidence[0].block == "b1"
    assert first.speaker == second.speaker
    assert first.speaker.entity == "person:john-smith"


def test_a_quote_after_the_speakers_sentence_goes_on_with_that_speaker() -> None:
    text = ('"Elections matter," Mark Kelly said. "Look at the record of the last ten years '
            'in this state."')
    by_text = {q.text: q for q in quotes(text, "en")}
    q = by_text["Look at the record of the last ten years in this state."]
    assert q.speaker.text == "Mark Kelly"
    # Two words between quote marks are still a direct quote, found by its verb of saying.
    assert by_text["Elections matter"].kind == "direct"


def test_words_inside_a_quote_never_name_the_speaker() -> None:
    text = ("“The FBI said that she did nothing illegal at any point,” Lanny Davis said. "
            "“He said it was possible, but there is no knowledge of harm.”")
    first, second = quotes(text, "en")
    assert first.speaker.text == second.speaker.text == "Lanny Davis"


def test_a_participle_of_saying_speaks_for_the_subject_of_its_clause() -> None:
    text = ("The Vermont senator spoke to his supporters on Tuesday, saying: “The struggle "
            "continues tonight.”")
    [q] = quotes(text, "en")
    assert q.speaker.text == "The Vermont senator" and q.cue == "saying"


def test_a_quote_paragraph_takes_the_speaker_who_issued_a_statement_before_it() -> None:
    paras = ["The party issued a statement apologizing to Bernie Sanders on Monday.",
             "“We want to offer a deep and sincere apology to the senator and his supporters.”"]
    [q] = paragraph_quotes(paras, "en")
    assert q.speaker.text == "The party"
    assert q.evidence[1].block == "b0"


def test_a_french_incise_inside_the_guillemets_names_the_speaker_and_is_not_quoted() -> None:
    text = ("Le ministre de l'Intérieur Bruno Retailleau s'est rendu sur place. « Nous irons "
            "jusqu'au bout, a-t-il ajouté, quoi qu'il arrive dans les prochains jours. »")
    first, second = quotes(text, "fr")
    assert (first.text, second.text) == ("Nous irons jusqu'au bout",
                                         "quoi qu'il arrive dans les prochains jours.")
    assert first.speaker == second.speaker
    assert first.speaker.text == "il" and first.speaker.entity == "person:bruno-retailleau"


def test_an_incise_with_a_named_speaker_ends_at_the_sentence() -> None:
    text = ("« Nous ne céderons rien, prévient la secrétaire générale de la CGT, Sophie Binet. "
            "Cette réforme est injuste. »")
    first, second = quotes(text, "fr")
    assert (first.text, second.text) == ("Nous ne céderons rien", "Cette réforme est injuste.")
    # The title and the name set off after it are one speaker, linked to the person.
    assert first.speaker.text == second.speaker.text == \
        "la secrétaire générale de la CGT, Sophie Binet"
    assert first.speaker.entity == "person:sophie-binet"


def test_guillemets_running_over_paragraphs_take_the_speaker_named_at_the_end() -> None:
    first, second = paragraph_quotes([
        "La maire de Paris, Anne Hidalgo, a pris la parole devant le Conseil de Paris.",
        "« Cette ville a changé plus vite que nous ne l'imaginions,",
        "« et nous devons maintenant protéger ceux qui y vivent », a-t-elle conclu."], "fr")
    assert first.evidence[0].block == "b1" and second.evidence[0].block == "b2"
    assert first.speaker == second.speaker
    assert first.speaker.text == "elle" and first.speaker.entity == "person:anne-hidalgo"


def test_a_question_inside_a_quote_is_not_an_incise() -> None:
    [q] = quotes('"And if so, could they explain to the youth what the timeline is?" she asked.',
                 "en")
    assert q.text.startswith("And if so, could they explain")


def test_a_quote_opened_with_a_closing_mark_is_still_a_quote() -> None:
    """Swedish typography (”…”) and typos in English wire copy open a quote with ”;
    after a digit the same mark is inches, not a quote."""
    from newstrace.analyze.quotes import _direct_spans

    text = 'Another user said: ”The plague is coming, and nobody is ready for it.” A 65” screen.'
    assert [text[a:b] for a, b in _direct_spans(text)] == [
        "The plague is coming, and nobody is ready for it."]


def test_a_quote_signed_off_by_a_dash_and_a_name_is_that_persons() -> None:
    text = ("“The debate showed who he really is.” ― Martha Aguilar\n"
            "“We can build a wall around the problem.” — Steve Quinlan, a voter in Ohio.\n"
            "“The talks will go on,” she said — and then the line went dead.")
    first, second, third = quotes(text, "en")
    assert first.speaker.text == "Martha Aguilar" and first.cue == "―"
    assert text[first.evidence[1].start : first.evidence[1].end] == "Martha Aguilar"
    assert second.speaker.text == "Steve Quinlan"
    # A dash after a quote that goes on with the sentence signs nothing off.
    assert third.speaker.text == "she"


def test_a_transcript_turn_in_quote_marks_is_the_labelled_speakers() -> None:
    turns = paragraph_quotes([
        "Gov. Mike Pence spoke to the host on Sunday.",
        '"WALLACE: Will Gennifer Flowers be there tomorrow night? I want to know.',
        '"PENCE: Well, the campaign has said she will not be there at all.',
        '"WALLACE: Do you really see those two as equivalent, sir?'], "en")
    speakers = [(q.speaker.text, q.text.split()[0]) for q in turns if q.kind == "direct"]
    assert speakers == [("WALLACE", "Will"), ("PENCE", "Well,"), ("WALLACE", "Do")]


def test_a_title_and_the_name_set_off_after_it_are_one_speaker() -> None:
    [q] = quotes("« Le prévenu a trahi la confiance des administrés », a déclaré la présidente "
                 "du tribunal, Catherine Aubry, en lisant la décision.", "fr")
    assert q.speaker.text == "la présidente du tribunal, Catherine Aubry"
    assert q.speaker.entity == "person:catherine-aubry"
    [q] = quotes("« Nous avons perdu 30 % de nos volumes », a expliqué au Figaro le président "
                 "de Forgeval, Olivier Desgranges.", "fr")
    assert q.speaker.entity == "person:olivier-desgranges"  # the name, not the company


def test_an_opening_mark_belongs_to_the_sentence_it_opens() -> None:
    text = ("Le vote est prévu le 28 octobre. « D'ici là, tout reste possible », glisse un "
            "député de la majorité, sous couvert d'anonymat.")
    [q] = quotes(text, "fr")
    assert q.speaker.text == "un député de la majorité" and q.cue == "glisse"


def test_an_incise_with_a_title_a_name_and_a_circumstance_is_cut_out() -> None:
    text = ("« Franck a tout donné pour ce club, a déclaré le président lavallois, Laurent "
            "Bisson, lors d'une conférence de presse. Mais les résultats ne sont pas là. »")
    first, second = quotes(text, "fr")
    assert first.text == "Franck a tout donné pour ce club"
    assert second.text.startswith("Mais les résultats")
    assert first.speaker.entity == second.speaker.entity == "person:laurent-bisson"


def test_a_verb_of_saying_the_tagger_missed_still_names_the_quotes_speaker() -> None:
    # "soupire" tagged a noun: the claim read in the same sentence knows who speaks, and
    # the next sentence's speaker does not take the quote.
    text = ("« Je comprends les chauffeurs, mais ça commence à faire long », soupire Maëlle, "
            "17 ans. Une retraitée raconte qu'elle a dû annuler deux rendez-vous.")
    direct = [q for q in quotes(text, "fr") if q.kind == "direct"]
    assert [q.speaker.text for q in direct] == ["Maëlle"]


def test_a_quote_after_a_colon_or_an_introduction_is_the_introduced_persons() -> None:
    [q] = quotes("Dans la salle d'attente, Michel, 74 ans, ne cache pas son inquiétude : « Si "
                 "je fais un malaise la nuit, je fais comment ? »", "fr")
    assert q.speaker.text == "Michel"
    paras = ["Au marché, les avis sont partagés. Jacques Vidal, retraité, remplit son cabas. "
             "« Quand on voit la rivière à sec, on comprend. »"]
    [q] = paragraph_quotes(paras, "fr")
    assert q.speaker.text.startswith("Jacques Vidal")


def test_a_place_introduced_before_a_quote_does_not_speak() -> None:
    [q] = quotes("À Rennes, Paris, Lyon, la colère monte : « Nous ne lâcherons rien »", "fr")
    assert q.speaker.text is None or "Paris" not in q.speaker.text


def test_a_clitic_subject_speaks_whatever_follows_the_verb() -> None:
    [q] = quotes("« Nous irons jusqu'au bout », a-t-il lancé samedi devant 300 manifestants.",
                 "fr")
    assert q.speaker.text == "il"
    [q] = quotes("« Cambrai, c'est loin », confie-t-elle, la main posée sur son ventre.", "fr")
    assert q.speaker.text == "elle"


def test_an_introduced_speaker_is_the_first_name_of_the_subject() -> None:
    paras = ["Karim Benali, plombier installé à Vénissieux depuis quinze ans, roule avec un "
             "utilitaire de 2010. « Il marche très bien. Avec quel argent en changer ? »"]
    [q] = paragraph_quotes(paras, "fr")
    assert q.speaker.text == "Karim Benali"


def test_a_headline_infinitive_is_a_future_and_a_body_s_call_is_not() -> None:
    """"Workers to strike next week, union says": the headline's infinitive tells what is
    to come; "called for the inquiry to be swift" (verb first) is a call, no headline, and
    the page's quotes are read past both."""
    paras = ["Norvex workers to strike next week, union says",
             "The players' union called for the inquiry to be \u201cswift and fair\u201d.",
             "\u201cWe have no choice,\u201d said Dana Reid, the union's organiser."]
    blocks, pos = [], 0
    for i, p in enumerate(paras):
        blocks.append(Block(f"b{i}", "title" if i == 0 else "paragraph", p, pos, pos + len(p),
                            "en"))
        pos += len(p) + 2
    art = Article("x", "t", "\n\n".join(paras), tuple(blocks), language="en")
    found = analyze_article(art)
    first = {c.evidence[0].block: c for c in reversed(found.claims)}
    assert first["b0"].certainty == "predicted"
    assert first["b1"].certainty == "reported"
    assert any(q.speaker and q.speaker.entity == "person:dana-reid" for q in found.quotes)
