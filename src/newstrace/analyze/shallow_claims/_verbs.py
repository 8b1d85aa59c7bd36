"""``_Verbs``: speaker and content around a reporting verb (the phrase before it, an
inverted one after it, one inside a separable verb), a passive with its agent, a verb
whose content is its noun object, and ``_read``, which makes any anchor a ``_Read``
with its cues.

Apart because verbs are the largest part of attribution (step 2) and need the speaker
methods of ``_Sources`` but none of "according to" (``_according``, built on this).
"""

from __future__ import annotations

import re

from newstrace.analyze.shallow_claims._anchors import (
    _Anchor,
    _document_setting,
    _enclitic_question,
    _Read,
    _without_time,
)
from newstrace.analyze.shallow_claims._certainty import _promised, _quantity, _rough_figure
from newstrace.analyze.shallow_claims._lexicon import (
    _find,
    _first,
    _lower,
    _word_set,
    shallow_lexicon,
)
from newstrace.analyze.shallow_claims._names import _name_runs
from newstrace.analyze.shallow_claims._sources import _Sources
from newstrace.analyze.shallow_claims._text import (
    _WORD,
    BREAKS,
    CLOSE_QUOTES,
    OPEN_QUOTES,
    _Context,
    _dash_quote,
    _last_break,
    _opens_quote,
    _skip_spaces,
    _trim,
    _whole_quote,
)
from newstrace.model import Source

#: A reporting verb whose speaker and content lie further than this is not one.
MAX_POST_WORDS = 10
MAX_SPEAKER_WORDS = 16


class _Verbs(_Sources):
    """The reader's methods that read a verb's speaker and content."""

    def _passive(self, ctx: _Context, a: _Anchor) -> _Read | None:
        """"Il fermo è stato confermato dalla Procura": the agent reports the subject."""
        if a.agent is None:
            return None
        # After the participle, an adverbial may follow the agent ("por la Policía en
        # un comunicado"); before it, the agent runs to the participle.
        agent = self._cut_apposition(ctx, a.agent) if a.agent[0] >= a.end else a.agent
        if not self._speakerish(ctx, agent):
            return None
        content = _trim(ctx.text, ctx.start, a.start)
        if content is None:
            return None
        return self._read(ctx, a, agent, content, "before")

    def _setting_document(self, ctx: _Context, a: _Anchor,
                          nobody: bool) -> tuple[int, int] | None:
        """"В докладе говорится, что ...", "In dem Schreiben, das ... vorliegt, heißt es",
        "En el informe se afirma que": a verb with no subject of its own (an impersonal
        one, or one that says what a text holds) after a document opening the sentence
        says what the document says; its source is the document, not a name inside the
        setting ("В письме на имя премьер-министра": the addressee)."""
        if not nobody and _lower(ctx.text[a.start:a.end]) not in _word_set(
                ctx.language, ("setting_verbs",)):
            return None
        setting = _document_setting(ctx)
        if not setting or setting[0].agent is None or setting[0].agent[1] > a.start:
            return None
        return setting[0].agent

    def _names_a_text(self, ctx: _Context, span: tuple[int, int] | None) -> bool:
        """Whether a setting's phrase opens with a written text's noun, past a determiner
        ("lettera", "sua lettera"): not "интервью газете", an interview given to a paper,
        nor a channel its speaker talks through (``channel_nouns``: "comunicado")."""
        words = ctx.words(*span) if span else []
        skip = _word_set(ctx.language, ("function_words", "definite_determiners"))
        # (past one adjective before its noun: "In einem offenen Brief", "In een interne
        # e-mail"; or a participle with its time: "W opublikowanym w piątek liście")
        for first in [w for w in words if _lower(w.group(0)) not in skip][:4]:
            # (a statement, a post, a note carry their speaker's words: "En un comunicado,
            # el Ministerio aseguró" is the ministry's)
            if _lower(first.group(0)) in _word_set(ctx.language, ("channel_nouns",)):
                return False
            if any(m.start() == first.start() for m in _find(
                    ctx.language, "document_nouns", ctx.low, first.start(), first.end())):
                return True
        return False

    def _verb(self, ctx: _Context, a: _Anchor) -> _Read | None:
        """Speaker and content around a reporting verb, or None if it reports nothing."""
        text, lang = ctx.text, ctx.language
        comps = _word_set(lang, ("complementizers",))
        if a.verb_kind == "question":  # "se preguntan si", "задаються питанням, чи"
            comps = comps | _word_set(lang, ("question_complementizers",))
        infinitives = _word_set(lang, ("infinitive_starts",))
        timely = _word_set(lang, ("not_names", "function_words"))
        pos, n_words, stop, content_start = a.end, 0, "end", ctx.end
        post_end = a.end
        markers = _word_set(lang, ("infinitive_markers",))
        marked = False
        # Where a circumstance opens after the speaker ("questionou o dirigente Mário
        # Pestana perante os professores concentrados ..."): a phrase too long to be a
        # speaker ends there.
        circumstances = _word_set(lang, ("speaker_end_prepositions",))
        circumstance: int | None = None
        in_name = False  # inside a quoted name after the verb ("повідомило «УП», що")
        # (so is what a request asks done: "chiede al ministero di rivedere i tagli")
        promised = shallow_lexicon(lang).get("infinitive_pattern") if any(_first(
            lang, key, ctx.low, a.start, a.end) for key in (
                "promise_verbs", "intention_verbs", "request_verbs")) else None
        last = ctx.words(a.start, a.end)[-1:]
        if last and _lower(last[0].group(0)) in comps:  # a lexicon phrase "indica que"
            pos, stop, content_start = ctx.end, "comp", a.end
        elif _first(lang, "intention_modals", ctx.low, a.start, a.end):
            # "Die Landesregierung will bis 2030 rund 500 Windräder genehmigen": a modal of
            # will, its infinitive closing the clause, plans all that follows it.
            pos, stop, content_start = ctx.end, "comp", a.end
        elif _first(lang, "accuse_verbs", ctx.low, a.start, a.end) and (
                after := _WORD.match(text, _skip_spaces(text, a.end))) is not None and not (
                # (not the noun after its determiner: "ha respinto ogni accusa"; after an
                # elided article, "dall'accusa", no anchor is made)
                (before := ctx.words(ctx.start, a.start)[-1:])
                and _lower(before[0].group(0)) in _word_set(lang, ("definite_determiners",
                                                                    "noun_determiners"))):
            # "Ambientalistas acusam a câmara de ter autorizado ...": whom they accuse and
            # of what is the charge (a clause after a comma is read as with any verb)
            pos, stop, content_start = ctx.end, "comp", after.start()
        while pos < ctx.end:
            while pos < ctx.end and text[pos].isspace():
                pos += 1
            if pos >= ctx.end:
                break
            ch = text[pos]
            if ch in OPEN_QUOTES and _opens_quote(text, pos):
                stop, content_start = "quote", pos
                break
            if in_name and ch in CLOSE_QUOTES:  # the quoted name ends, the phrase goes on
                in_name = False
                pos += 1
                continue
            if ch in OPEN_QUOTES:  # «Автостат»: a quoted name, part of the speaker
                in_name = True
                pos += 1
                continue
            if ch == ":":
                stop, content_start = "colon", pos + 1
                break
            if ch == ",":
                after = _WORD.match(text, _skip_spaces(text, pos + 1))
                if after and _lower(after.group(0)) in comps:
                    stop, content_start = "comp", after.end()
                elif after and a.verb_kind == "question" and _enclitic_question(ctx, after):
                    # "задаются вопросом, выдержит ли бюджет ...": "ли" after the clause's
                    # first word makes it the open question.
                    stop, content_start = "comp", after.start()
                else:
                    stop, content_start = "comma", pos + 1
                break
            if ch in BREAKS:
                stop = "break"
                break
            w = _WORD.match(text, pos)
            if w is None:
                pos += 1
                continue
            if _lower(w.group(0)) in comps:
                stop, content_start = "comp", w.end()
                break
            # (a phrase of time or place of up to three words between the verb and its
            # infinitive: "negó ante el juez haber", "планує з 1 липня запустити")
            placed = 0 < n_words <= 3 and _lower(ctx.words(a.end, w.start())[0].group(0)) \
                in _word_set(lang, ("prepositions",))
            if _lower(w.group(0)) in infinitives and a.verb_kind in ("reporting", "denial") and (
                    n_words == 0 or (n_words <= 2 and all(
                        _lower(b.group(0)) in timely for b in ctx.words(a.end, w.start())))
                    or (placed and a.verb_kind == "denial")):
                # ("negó ante el juez haber filtrado", "negou em tribunal ter favorecido":
                # where it was said, then what)
                # ("negó este martes haber recibido": a day between)
                # "negó haber ...", "ha detto di aver ...": an infinitive right after the
                # verb is its content ("accusò l'opposizione di ..." is an object).
                stop, content_start = "comp", w.start()
                break
            if promised and re.match(promised, _lower(w.group(0))) and (n_words == 0 or placed):
                # "prometeu entregar as obras até março": the infinitive is what is promised.
                stop, content_start = "comp", w.start()
                break
            n_words += 1
            marked = marked or _lower(w.group(0)) in markers
            if circumstance is None and n_words > 2 and _lower(w.group(0)) in circumstances:
                circumstance = post_end
            if n_words > (MAX_POST_WORDS + 6 if marked else MAX_POST_WORDS):
                if circumstance is None or stop != "end":
                    return None
                post_end = circumstance
                break
            pos = post_end = w.end()
        if stop == "end" and marked and n_words >= 3:
            # "Getuigen zeggen twee mannen te hebben zien vluchten": the words after the
            # verb, up to an infinitive with "te"/"zu", are what is said.
            stop, content_start = "comp", _skip_spaces(text, a.end)
            post_end = a.end
        post = _trim(text, a.end, post_end) if post_end > a.end else None
        inner = ctx.words(a.start, a.end)[1:-1]
        if post is None and inner and stop == "end":
            # "räumte der Verkehrssenator ein": the speaker inside a separable verb.
            post = _trim(text, inner[0].start(), inner[-1].end())
        left_start = _last_break(text, ctx.start, a.start)
        while left_start > ctx.start and text[left_start - 1] in CLOSE_QUOTES and not \
                text[left_start:a.start].strip():
            # "В «Укренерго» попередили": a quoted name right before the verb is no break.
            opening = next((i for i in range(left_start - 2, ctx.start - 1, -1)
                            if text[i] in OPEN_QUOTES), None)
            if opening is None or _opens_quote(text, opening) or left_start - opening > 40:
                break
            left_start = _last_break(text, ctx.start, opening)
        if left_start > ctx.start and text[left_start - 1] == ")" and \
                not text[left_start:a.start].strip():
            # "Minister Sanne de Wit (Volksgezondheid) zegt": a bracket after the name
            # says what office, no break.
            opening = text.rfind("(", ctx.start, left_start - 1)
            if opening > ctx.start and left_start - opening <= 40:
                left_start = _last_break(text, ctx.start, opening)
        joints = _word_set(lang, ("complementizers", "connectors"))
        listed = self._listed_name(ctx, left_start, a.start)
        left_start = listed if listed is not None else left_start
        words = ctx.words(left_start, a.start)
        for n, w in enumerate(words):
            if listed is None and _lower(w.group(0)) in joints and w.start() > left_start \
                    and not self._joins_a_name(ctx, words, n, left_start) \
                    and not _find(lang, "anonymity", ctx.low, w.start(), a.start):
                # "... y añadió": the speaker is not before "y" (but "Fuentes del
                # Ministerio que pidieron no ser identificadas consideran": a relative
                # clause that hides who they are)
                left_start = w.end()
        left = _trim(text, left_start, a.start)
        left = self._strip_connectors(ctx, left)
        if stop not in ("comp", "colon", "quote") and any(
                _lower(w.group(0)) in _word_set(lang, ("relative_pronouns",))
                for w in ctx.words(left_start, a.start)[:2]):
            return None  # "Пожар, о котором первым сообщил канал, потушили": a relative clause
        learned = self._learned_from(ctx, a, post)
        impersonal = _word_set(lang, ("impersonal",))
        around = [_lower(w.group(0)) for span in (left, post) if span for w in ctx.words(*span)]
        nobody = bool(around) and all(w in impersonal for w in around)
        setting = self._setting_document(ctx, a, nobody)
        if nobody and setting is None:
            return None  # "Se estima que ...", "Man schätzt, ...": nobody in particular
        if not around and not text[ctx.start:a.start].strip() and _lower(
                text[a.start:a.end]) in _word_set(lang, ("impersonal_verbs",)):
            return None  # "Говорят, что ...": "they say", no one in particular (hearsay)
        quote_first = left_start > ctx.start and text[left_start - 1] in ",—–" and not left \
            and _whole_quote(ctx, (ctx.start, left_start - 1)) is not None
        # "„...“, sagte der FDP-Chef der „Bild am Sonntag“": the quote before the verb is
        # what was said, whatever follows the speaker.
        # "De aanval, zei minister X, is ...": a verb right after a comma with its speaker
        # after it and a comma again is a report inserted in the content.
        inserted = stop == "comma" and left is None and left_start > ctx.start and \
            text[left_start - 1] == "," and self._speakerish(ctx, post)
        introduced = not quote_first and not inserted and (stop in ("comp", "colon", "quote") or (
            stop == "comma" and shallow_lexicon(lang).get("comma_content") and (
                post is None  # "Zwei Beamte, die ..., sagten, ...": the speaker is before
                or (left is not None and self._speakerish(ctx, left)
                    and not self._adverbial(ctx, left))
                or self._speakerish(ctx, post))))  # "Am Montag sagte der Minister, ..."
        if introduced:
            brk = _last_break(text, ctx.start, a.start)
            only_joints = all(_lower(w.group(0)) in joints for w in ctx.words(brk, a.start))
            if left is None and brk > ctx.start and text[brk - 1] == "," and only_joints:
                # "El portavoz del Kremlin, Dmitri Peskov, dijo que": an apposition;
                # "Montero no quiso precisarlo, pero insistió en que": the same subject.
                wide = _trim(text, ctx.start, a.start)
                if wide and len(ctx.words(*wide)) <= MAX_SPEAKER_WORDS:
                    left = self._strip_connectors(ctx, wide)
            if a.verb_kind == "denial" and left and post and \
                    self._document_head(ctx, *post) is not None:
                post = None  # "В Кремле опровергли сообщения о том, что": what is refuted
            speaker = setting
            if speaker is None and left and self._adverbial(ctx, left) and \
                    a.verb_kind != "evidence":
                # "W wywiadzie dla radia minister X powiedział": who follows the adverbial
                # ("Z raportu Amnesty International wynika": the report, read below).
                speaker = self._speaker_after_adverbial(ctx, left)
            speaker = speaker or self._pick_speaker(ctx, left, post)
            if speaker is None and left and a.verb_kind == "evidence":
                words = ctx.words(*left)
                if words and _lower(words[0].group(0)) in _word_set(lang, ("source_prepositions",)):
                    speaker = _trim(text, words[0].end(), left[1])  # "Uit een studie"
            if speaker is None and (left or post) and not (left and self._adverbial(ctx, left)) \
                    and not (left is None and post and self._adverbial(ctx, post)):
                speaker = left or post
            content = (content_start, ctx.end)
            return self._from_source(ctx, self._read(ctx, a, learned or speaker, content,
                                                     "after"), learned)
        # "<content>, dijo el ministro." / "<content>, el ministro dijo."
        if left_start <= ctx.start or text[left_start - 1] not in ",—–\"»”“)":
            return None
        if left and len(ctx.words(*left)) > 8:
            return None
        content = _trim(text, ctx.start, left_start - 1)
        rest = _trim(text, content_start, ctx.end) if stop == "comma" and \
            post_end < ctx.end else None
        if content is None or len(ctx.words(*content)) + (
                len(ctx.words(*rest)) if rest else 0) < 2:
            return None  # "L'offensiva, ha spiegato X, non cambierà ...": the rest counts
        sourced = _word_set(lang, ("source_prepositions",))
        post_words = ctx.words(*post) if post else []
        if a.verb_kind == "evidence" and post_words and _lower(post_words[0].group(0)) in sourced:
            post = _trim(text, post_words[0].end(), post[1])  # "wynika z raportu GUS"
        elif post_words and _lower(post_words[0].group(0)) in _word_set(
                lang, ("speaker_prepositions",)):
            post = _trim(text, post_words[0].end(), post[1])  # "fanno sapere dalla Lega"
        elif post_words and _lower(post_words[0].group(0)) in _word_set(
                lang, ("locative_prepositions",)) and not (left and self._speakerish(ctx, left)):
            # "..., сообщили в министерстве": the body where it was said; "... – przypomniał
            # w rozmowie z TVN24 prof. X": an interview, then the one who speaks in it.
            post = self._speaker_after_adverbial(ctx, post) or post
        elif post and self._adverbial(ctx, post) and not (
                left and self._speakerish(ctx, left)):
            # "«...», aseguró tras el entrenamiento el director deportivo": after a quote,
            # the speaker may follow an adverbial; else the phrase is an object ("...,
            # acusó al Gobierno de ..."), not an inverted speaker.
            # (or words opened and closed by dashes, the dialogue mark of Polish, Russian
            # or Ukrainian: "– Nie popełniłem przestępstwa – przekonywał przed sądem X")
            shifted = self._speaker_after_adverbial(ctx, post) if _whole_quote(
                ctx, (ctx.start, left_start - 1)) is not None or _dash_quote(
                    ctx, left_start - 1) else None
            if shifted is None:
                return None
            post = shifted
        tail = _trim(text, _last_break(text, ctx.start, content[1]), content[1])
        if tail and content[0] < tail[0] and all(
                w.group(0)[0].isupper() for w in ctx.words(*tail)):
            return None  # "El líder de Vox, Santiago Abascal, acusó ...": a subject's name
        if left and _find(lang, "c_negation", ctx.low, *left):
            return None  # "..., todavía no se ha anunciado": nobody reports
        quoted = _whole_quote(ctx, (ctx.start, left_start - 1)) is not None
        if left and self._speakerish(ctx, left):
            speaker: tuple[int, int] | None = left
        elif post is None or self._speakerish(ctx, post) or quoted or (post_words and _lower(
                post_words[0].group(0)) in _word_set(lang, ("locative_prepositions",))) or (
                stop in ("end", "comma") and len(ctx.words(*post)) <= 4
                and not self._adverbial(ctx, post) and (stop == "end" or self._named_after(
                    ctx, rest))):
            # A quote then a verb of saying is someone's word, whoever the words after
            # the verb name ("«...», — сказал главный врач").
            # none: "..., añadió." (the speaker named before); "aseguró Sánchez en una
            # rueda de prensa": the speaker without the adverbial; "admitiu o treinador
            # encarnado, Paulo Meireles": a post, then the name set off after it.
            speaker = self._cut_apposition(ctx, post) if post else None
        else:
            return None  # "..., se ha anunciado oficialmente": no speaker, no report
        if rest is not None:
            runs = _name_runs(ctx, rest)
            if speaker and runs and runs[0][0] == rest[0]:
                # "..., dijo la portavoz del ministerio, Elena Ruiz[, durante un acto]": the
                # name is the speaker's; what follows it is circumstance.
                speaker = (speaker[0], runs[0][1])
            elif len(ctx.words(*rest)) >= 2 and not quoted:
                # "El acuerdo, dijo el ministro, está cerca": the report is inserted.
                content = (content[0], ctx.end)
        return self._from_source(ctx, self._read(ctx, a, learned or speaker, content, "before"),
                                 learned)

    def _named_after(self, ctx: _Context, rest: tuple[int, int] | None) -> bool:
        """Whether the words set off after a phrase are a name and nothing else (the
        name of whoever holds the post the phrase names)."""
        runs = _name_runs(ctx, rest) if rest else []
        return bool(runs) and rest is not None and runs[0][0] == rest[0] and \
            len(runs[0][2]) == len(ctx.words(*rest)) >= 2

    def _joins_a_name(self, ctx: _Context, words: list[re.Match[str]], n: int,
                      start: int) -> bool:
        """Whether the connector ``words[n]`` joins two parts of a body's name that a
        body's noun opens: capitalised ("Instytut Meteorologii i Gospodarki Wodnej
        ostrzega"), or lowercase after a capitalised body's noun as Italian and Spanish
        write them ("L'Istituto nazionale di geofisica e vulcanologia ritiene": no
        article after the connector, as a second subject would have)."""
        bodies = _find(ctx.language, "institution_nouns", ctx.low, start, words[n].start()) \
            if 0 < n < len(words) - 1 else []
        if not bodies:
            return False
        after = words[n + 1].group(0)
        if words[n - 1].group(0)[0].isupper() and after[0].isupper():
            return True
        small = _word_set(ctx.language, ("function_words", "definite_determiners",
                                         "noun_determiners"))
        opening = next((w for w in words[:n] if w.group(0)[0].isupper()), None)
        return opening is not None and opening.start() == words[0].start() and any(
            opening.start() <= m.start() < opening.end()  # ("L'Istituto": past the article)
            for m in bodies) and after.islower() \
            and _lower(after) not in small and all(
                w.group(0).islower() for w in words[1:n] if w.start() > opening.end())

    def _listed_name(self, ctx: _Context, start: int, verb: int) -> int | None:
        """Where a body's name starts when it lists its areas before the verb ("El
        Ministerio de Agricultura, Pesca y Alimentación negó"): the words after the comma
        are capitalised, joined by "and", and the phrase before the comma holds a body's
        noun and ends on a capital.  None when the comma ends something else."""
        text, lang = ctx.text, ctx.language
        if start <= ctx.start or text[start - 1] != ",":
            return None
        words = ctx.words(start, verb)
        connectors = _word_set(lang, ("connectors",))
        if len(words) < 3 or not any(_lower(w.group(0)) in connectors for w in words) or any(
                not w.group(0)[0].isupper() and _lower(w.group(0)) not in connectors
                for w in words) or _lower(words[-1].group(0)) in connectors:
            return None
        opening = _last_break(text, ctx.start, start - 1)
        before = ctx.words(opening, start - 1)
        if not before or not before[-1].group(0)[0].isupper() or not _find(
                lang, "institution_nouns", ctx.low, opening, start - 1):
            return None
        return opening

    def _object(self, ctx: _Context, a: _Anchor) -> _Read | None:
        """A verb whose content is its noun object, with its subject opening the sentence:
        a body that refutes or does not rule out something ("Il Cremlino smentisce
        qualsiasi trattativa", "La Protezione civile non esclude nuove evacuazioni": a
        verb of refuting takes a statement as object and a body speaks only through its
        statements, so the denial is its word; a person's denial of a noun, or a plain
        "denied any involvement", stays the outlet's report of an act), and anyone who
        estimates a quantity ("Die Polizei schätzt die Zahl der Teilnehmer auf 5.000", "Волонтери
        оцінюють кількість ... у кілька тисяч": the estimate is theirs)."""
        lang, text = ctx.language, ctx.text
        # (a phrase of estimating may run past the verb the anchor holds: "calcula en",
        # where "calcula" alone is a verb of estimating with a clause)
        estimating = a.verb_kind in ("stance", "reporting") and next((
            m.group(0) for m in _find(lang, "estimating_verbs", ctx.low, a.start,
                                      min(ctx.end, a.end + 4))
            if m.start() == a.start), None)
        forecasting = _first(lang, "forecast_verbs", ctx.low, a.start, a.end)
        # "O plano ... prevê o início da exploração em 2028": with a noun object, "prever"
        # is "to provide for", a forecast; with a clause ("prevê que") it is a stance.
        planned = _first(lang, "object_forecast_verbs", ctx.low, a.start, a.end)
        forecasting = forecasting or planned
        evidencing = _first(lang, "evidence_verbs", ctx.low, a.start, a.end)
        complaining = _first(lang, "complaint_verbs", ctx.low, a.start, a.end)
        # "Artur Correia anunciou na sexta-feira a sua demissão": a verb of saying with
        # only a noun object still says something (the parsed languages read it so).
        announcing = _first(lang, "object_reporting_verbs", ctx.low, a.start, a.end)
        # "La Juventus ha confermato in una nota l'infortunio": a verb of saying that names
        # its medium (a note, a statement) says its noun object, whatever the verb.
        medium = a.verb_kind == "reporting" and next(
            (m for m in _find(lang, "statement_media", ctx.low, a.end, min(ctx.end, a.end + 40))
             if not text[a.end:m.start()].strip()), None)
        announcing = announcing or (medium.group(0) if medium else None)
        # "El Ministerio de Sanidad confirmó el martes dos nuevos casos": a figure for
        # object (past a day) is a count given out, said, as "announced" is.
        timely = _word_set(lang, ("not_names", "function_words", "definite_determiners"))
        numbers = {_lower(k) for k in shallow_lexicon(lang).get("numbers", {})}
        counted = next((w for w in ctx.words(a.end, ctx.end)[:4]
                        if _lower(w.group(0)) not in timely), None) \
            if a.verb_kind == "reporting" and not announcing else None
        if counted is not None and (counted.group(0)[0].isdigit()
                                    or _lower(counted.group(0)) in numbers):
            announcing = counted.group(0)
        # "O Banco de Portugal considera provável uma revisão ...", "Molti osservatori
        # ritengono probabile un rimpasto": a view of how likely a thing is, the adjective
        # right after the verb and the thing its object.
        judging = next((m for m in _find(lang, "judged_probable", ctx.low, a.end,
                                          min(ctx.end, a.end + 40))
                        if a.verb_kind in ("stance", "reporting")
                        and not text[a.end:m.start()].strip(" «»\"“”„")), None)
        # "Experten halten einen weiteren Anstieg ... für wahrscheinlich": the thing judged
        # stands between the verb and its particle, the judgement closing the anchor.
        closing = next((m for m in _find(lang, "judged_probable", ctx.low, a.start, a.end)
                        if m.end() == a.end), None) if a.verb_kind == "stance" else None
        if not estimating and not forecasting and not evidencing and not complaining and \
                not announcing and not judging and not closing and \
                a.verb_kind != "possibility" and not (
                a.verb_kind == "denial" and _first(lang, "refute_verbs", ctx.low, a.start,
                                                   a.end)):
            return None
        negated = ctx.words(_last_break(text, ctx.start, a.start), a.start)[-1:]
        negated = [w for w in negated if _lower(w.group(0)) in _word_set(lang, ("c_negation",))]
        left = _trim(text, ctx.start, negated[0].start() if negated else a.start)
        named = False
        if left is not None and text[left[1]:a.start].strip() == "," and \
                text.find(",", *left) > left[0]:
            inserted = _trim(text, text.find(",", *left) + 1, left[1])
            if inserted and any(r[:2] == inserted and len(r[2]) >= 2
                                for r in _name_runs(ctx, inserted)):
                # "El presidente de la Federación ..., Tomás Vera, cifró en ...": the name
                # in apposition is the office holder's; the subject is the whole.
                named = len(ctx.words(*left)) <= MAX_SPEAKER_WORDS
            else:
                # "O boletim Focus, divulgado ... pelo Banco Central, projeta ...": the
                # subject is the phrase before an inserted one between commas.
                left = _trim(text, left[0], text.find(",", *left))
        if left is None or (not named and any(ch in ",;:()[]—–" for ch in text[left[0]:left[1]])):
            return None
        content = _trim(text, judging.end() if judging else a.end, ctx.end)
        inner = ctx.words(a.start, a.end)[1:-1]
        if content is None and forecasting and inner:
            # "sagt für das kommende Jahr ein Wachstum ... voraus": the object stands
            # between the verb and its particle.
            content = _trim(text, inner[0].start(), inner[-1].end())
        if content is None and closing is not None:
            words = [w for w in inner if w.end() <= closing.start()]
            content = _trim(text, words[0].start(), words[-1].end()) if words else None
        # (a body's long name counts its words of substance only: "Un informe de la
        # Autoridad Independiente de Responsabilidad Fiscal estima en ...")
        small = _word_set(ctx.language, ("source_continuers", "definite_determiners"))
        if content is None or len(ctx.words(*content)) < 2 or (
                len([w for w in ctx.words(*left) if _lower(w.group(0)) not in small]) > 8
                and not named):
            return None
        first = ctx.words(*content)[0]
        if _lower(first.group(0)) in _word_set(lang, ("complementizers",)):
            return None  # a clause: read as one, or not at all
        speaker = self._pick_speaker(ctx, self._strip_connectors(ctx, left), None)
        if speaker is None:
            return None
        read = self._read(ctx, a, speaker, content, "after")
        if read is None or read.source is None:
            return None
        if judging or closing:
            read.extra.append(f"probable: judged: {(judging or closing).group(0)}")
        elif estimating:
            read.extra.append(f"estimate: estimating verb with an object: {estimating}")
        elif forecasting:
            # "X forecasts growth of 0.4%": whoever forecasts, the forecast is theirs.
            if planned:
                read.extra.append(f"predicted: forecast verb with an object: {planned}")
        elif evidencing and a.verb_kind != "denial":
            # "Um relatório do Tribunal de Contas aponta falhas graves": what a document
            # finds is its statement; a person or a body that "shows" something acts.
            if read.source.kind != "document":
                return None
        elif complaining:
            # "Omwonenden klagen al jaren over stankoverlast": a complaint about something,
            # said; without its preposition ("klagen al jaren") nothing is said.
            if not any(_lower(w.group(0)) in _word_set(lang, ("complaint_prepositions",))
                       for w in ctx.words(*content)[:4]):
                return None
        elif not announcing and read.source.kind != "institution":
            return None
        if negated:
            # "O relatório não encontrou indícios de ...": a negated finding denies.
            read.extra.append(f"denied: negated verb: {negated[0].group(0)} "
                              f"{text[a.start:a.end]}")
        return read

    def _from_source(self, ctx: _Context, read: _Read | None,
                     learned: tuple[int, int] | None) -> _Read | None:
        """After "from" a noun stands in the genitive: "od osoby" is one person ("od osób",
        several), though "osoby" alone may be plural."""
        if read is None or learned is None or read.source is None or \
                read.source.kind != "anonymous" or read.source.count is not None:
            return read
        head = ctx.words(*learned)[:2]
        singular = _word_set(ctx.language, ("genitive_singular_source_nouns",))
        if any(_lower(w.group(0)) in singular for w in head):
            s = read.source
            read.source = Source(s.kind, s.text, s.entity, 1)
        return read

    def _learned_from(self, ctx: _Context, a: _Anchor, post: tuple[int, int] | None
                      ) -> tuple[int, int] | None:
        """"dowiedziała się PAP od osoby znającej kulisy sprawy": who learned something
        only relays; the source is the one it was learned from."""
        if post is None or not _find(ctx.language, "learned_verbs", ctx.low, a.start, a.end):
            return None
        froms = _word_set(ctx.language, ("from_prepositions",))
        for w in ctx.words(*post):
            if _lower(w.group(0)) in froms:
                return _trim(ctx.text, w.end(), post[1])
        return None

    def _read(self, ctx: _Context, a: _Anchor, speaker: tuple[int, int] | None,
              content: tuple[int, int], kind: str) -> _Read | None:
        if _trim(ctx.text, *content) is None:
            return None
        speaker = _without_time(ctx, speaker) if speaker else None
        cited = _find(ctx.language, "cited_by", ctx.low, *speaker) if speaker else []
        if speaker and cited:
            # "Una pessoa próxima do presidente, citada pela Folha, garante ...": the
            # outlet only relays; the speaker is the person it cites.
            speaker = _trim(ctx.text, speaker[0], _last_break(
                ctx.text, speaker[0], cited[0].start()) - 1) or speaker
        extra = []
        if a.verb_kind == "denial":
            extra.append(f"denied: denial verb: {ctx.text[a.start:a.end]}")
        if a.verb_kind == "possibility":
            extra.append(f"possible: not ruled out: {ctx.text[a.start:a.end]}")
        if a.verb_kind == "question":
            extra.append(f"hypothetical: question verb: {ctx.text[a.start:a.end]}")
        if _first(ctx.language, "lament_verbs", ctx.low, a.start, a.end):
            # "queixam-se de que o lixo não é recolhido": what is missing is the complaint,
            # told; its negation denies nothing.
            extra.append(f"complaint: {ctx.text[a.start:a.end]}")
        if a.kind not in ("verb", "passive") and not _first(
                ctx.language, "reporting_verbs", ctx.low, a.start, a.end):
            # "Einer Studie zufolge fehlen rund ..." (but "Как сообщил источник, ... около
            # 30 млн": a verb of saying in the cue keeps the figure reported)
            extra.extend(_rough_figure(ctx, *content))
        if a.kind == "verb":
            extra.extend(_promised(ctx, a, content))
            # (the verb's own words may hold it: "hält es für wahrscheinlich, dass")
            judged = _first(ctx.language, "judged_probable", ctx.low, a.start, content[0]) \
                if a.end < content[0] else None
            if judged:  # "considera muy probable que", "считают вероятным, что"
                extra.append(f"probable: judged: {judged}")
        elif a.kind == "setting":
            # "В докладе ... прогнозируется, что ...": the document forecasts what follows.
            head = ctx.words(*content)[:1]
            forecast = _first(ctx.language, "forecast_verbs", ctx.low, head[0].start(),
                              head[0].end()) if head else None
            if forecast:
                extra.append(f"predicted: forecast verb: {forecast}")
            elif est := _first(ctx.language, "estimate_verbs", ctx.low, *content):
                # ("... збитки оцінюють у понад 50 млрд": the document's estimate)
                extra.append(f"estimate: {est}")
        source = self.classify(ctx, *speaker) if speaker else None
        if source is not None and a.kind == "verb" and source.kind in (
                "named", "institution", "vague") and (
                setting := _document_setting(ctx)) and setting[0].end <= speaker[0] and \
                self._names_a_text(ctx, setting[0].agent):
            # "Nella lettera inviata al presidente, i primari denunciano ...", "В письме,
            # направленном в прокуратуру, родители утверждают": what the letter holds, on
            # the letter's word (as "Dans sa lettre, il souligne que").
            source = Source("document", source.text, source.entity, source.count)
        if speaker:
            est = _first(ctx.language, "c_estimate", ctx.low, min(a.start, speaker[0]),
                         max(a.end, speaker[1]))
            if est:  # "según las estimaciones de la ONU", "laut einer ersten Schätzung"
                extra.append(f"estimate: {est}")
        if source is not None and source.kind in ("institution", "document") and (
                est := _first(ctx.language, "estimate_verbs", ctx.low, a.start, a.end)):
            # "El Banco de España calcula que ...": a body's calculation is its estimate
            # (the convention of "estimates by a body"; researchers who calculate report).
            extra.append(f"estimate: {est}")
        elif speaker and (est := _first(ctx.language, "estimating_verbs", ctx.low, a.start,
                                        a.end)) and _quantity(ctx, *content):
            # "Moradores estimam que mais de 200 famílias ...": whoever estimates a number
            # gives an estimate (a verb that only means "calculate" does so for a body).
            extra.append(f"estimate: {est}")
        # "halten es für möglich, dass ...", "considera probable que": the verb itself, or
        # the words between it and its complementizer, weigh what it introduces.
        weighed = content[0] if kind == "after" and a.end < content[0] <= a.end + 40 else a.end
        for level, label in (("possible", "modal"), ("probable", "hedge")):
            cue = _first(ctx.language, f"c_{level}", ctx.low, a.start, weighed)
            if cue:
                extra.append(f"{level}: {label}: {cue}")
        label = {"verb": f"{a.verb_kind} verb", "passive": "reporting verb, passive",
                 "setting": "according to, a document as setting",
                 "according": "according to",
                 "according_pronoun": "according to",
                 "according_after": "according to", "according_closing": "according to"}
        cue = f"{label[a.kind]}: {ctx.text[a.start:a.end]}"
        if a.verb_kind == "denial":
            cue = f"reporting verb: {ctx.text[a.start:a.end]}"
        return _Read(a.start, cue, content, speaker, source, kind, extra)
