"""Attribution anchors of a sentence (reporting verbs, passives with their agent,
"according to" cues, a document as the sentence's setting), ``_Read``, what one anchor
attributes, and the helpers over reads that need no reader: reports joined by "and",
a day heading an inverted speaker.

Apart because finding anchors needs only the sentence and the lexicon; the reader's
classes (``_verbs``, ``_according``, ``_reader``) resolve each anchor into a read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newstrace.analyze.shallow_claims._lexicon import _find, _lower, _word_set, shallow_lexicon
from newstrace.analyze.shallow_claims._names import _acronym, _elided, _name_runs
from newstrace.analyze.shallow_claims._text import (
    _WORD,
    BREAKS,
    CLOSE_QUOTES,
    OPEN_QUOTES,
    _clause_stop,
    _Context,
    _last_break,
    _opening_quote,
    _opens_quote,
    _quoted_title,
    _skip_spaces,
    _trim,
)
from newstrace.model import Source


@dataclass(slots=True)
class _Anchor:
    kind: str  # "verb" | "according" | "according_after" | "according_closing"
    start: int
    end: int
    verb_kind: str = ""  # "reporting" | "stance" | "evidence" | "denial" | "possibility"
    agent: tuple[int, int] | None = None  # a passive's agent ("dalla Procura")


@dataclass(slots=True)
class _Read:
    """What one anchor attributes: its content, and to whom."""

    at: int
    cue_text: str
    content: tuple[int, int]
    speaker: tuple[int, int] | None
    source: Source | None
    kind: str  # "after" (content follows) | "before" | "around"
    extra: list[str]

    @property
    def cue(self) -> tuple[int, str]:
        return self.at, self.cue_text


def _negation_before(ctx: _Context, pos: int) -> re.Match[str] | None:
    """The negation right before ``pos`` in its clause, past one auxiliary, passive
    auxiliary or reflexive pronoun ("Non è escluso che", "No se descarta que", "no ha
    descartado"), if any."""
    lang = ctx.language
    between = _word_set(lang, ("auxiliaries", "passive_auxiliaries", "reflexive_clitics"))
    before = ctx.words(_last_break(ctx.text, ctx.start, pos), pos)[-2:]
    if len(before) == 2 and _lower(before[1].group(0)) in between:
        before = before[:1]  # (the negation of the auxiliary, of the reflexive)
    before = before[-1:]
    return before[0] if before and _lower(before[0].group(0)) in _word_set(
        lang, ("c_negation",)) else None


def _anchors(ctx: _Context) -> list[_Anchor]:
    """Reporting verbs (simple forms, participle + auxiliary) and "according to" cues."""
    lang, low, text = ctx.language, ctx.low, ctx.text
    out: list[_Anchor] = _passives(ctx)
    taken: list[tuple[int, int]] = [(a.start, a.end) for a in out]
    capitalised = bool(shallow_lexicon(lang).get("capitalised_nouns"))
    for key, kind in (("question_verbs", "question"), ("denial_verbs", "denial"),
                      ("reporting_verbs", "reporting"), ("intention_verbs", "reporting"),
                      ("evidence_verbs", "evidence"), ("stance_verbs", "stance"),
                      ("complaint_verbs", "complaint"), ("asking_verbs", "question")):
        for m in _find(lang, key, low, ctx.start, ctx.end):
            if key == "asking_verbs" and not re.search(
                    r"\?[\s»”\"“]*,\s*$", text[ctx.start:m.start()]):
                continue  # ("vroeg inwoners om ...": a request; "...?, vroeg X" asks)
            if capitalised and text[m.start()].isupper() and text[ctx.start:m.start()].strip():
                continue  # "In dem Schreiben, das ...": a capital inside a sentence, a noun
            if m.start() > ctx.start and text[m.start() - 1] in "'’" and key != "denial_verbs":
                continue  # "assolto dall'accusa di corruzione": after an elided article, a noun
            before = ctx.words(ctx.start, m.start())[-1:]
            if before and _lower(before[0].group(0)) in _word_set(lang, ("noun_determiners",)):
                continue  # "ha respinto ogni accusa": after a noun's determiner, a noun
            if not any(a < m.end() and m.start() < b for a, b in taken):
                out.append(_Anchor("verb", m.start(), m.end(), kind))
                taken.append((m.start(), m.end()))
    modal = [a for a in out if _find(lang, "intention_modals", low, a.start, a.end)]
    if modal and len(out) > len(modal):
        # ("Der Konzern will 300 Stellen streichen, sagte ein Sprecher": the plan is told
        # by the verb of saying; a modal of will speaks only when nothing else does)
        out = [a for a in out if a not in modal]
    planned = [a for a in out if _find(lang, "intention_verbs", low, a.start, a.end)]
    if planned and any(a.verb_kind == "reporting" and a.start > max(p.end for p in planned)
                       and a not in planned for a in out):
        # ("Уряд планує запустити програму ..., повідомив прем'єр-міністр X": a plan told
        # by a verb of saying after it is the speaker's word, the plan what is told)
        out = [a for a in out if a not in planned]
    # ("Die Staatsanwaltschaft äußerte sich auf Anfrage nicht": a refusal to comment is
    # the outlet's fact, no report.)
    # (nor is a verb's form the noun of a phrase that says nothing: "arrestato con l'accusa
    # di estorsione", a charge, ``unreported_phrases``)
    # (nor is the asking inside an anonymity phrase: "che ha chiesto di restare anonimo")
    refused = [*_find(lang, "refusals", low, ctx.start, ctx.end),
               *_find(lang, "unreported_phrases", low, ctx.start, ctx.end),
               *_find(lang, "anonymity", low, ctx.start, ctx.end)]
    out = [a for a in out if not any(r.start() <= a.start < r.end() for r in refused)]
    auxiliaries = _word_set(lang, ("auxiliaries",))
    passive = _word_set(lang, ("passive_auxiliaries",))
    for a in out:
        if a.verb_kind == "denial" and (negation := _negation_before(ctx, a.start)) is not None:
            # "El Pentágono no descarta que ...": what is not ruled out is possible.
            a.start, a.verb_kind = negation.start(), "possibility"
    for key, kind in (("denial_participles", "denial"), ("participles", "reporting")):
        for m in _find(lang, key, low, ctx.start, ctx.end):
            if any(a < m.end() and m.start() < b for a, b in taken) or any(
                    r.start() <= m.start() < r.end() for r in refused):
                continue
            clause = _last_break(text, ctx.start, m.start())
            before = ctx.words(clause, m.start())[-6:]
            if before and _lower(before[-1].group(0)) in passive:
                # "è stato avvertito distintamente": a passive with no agent (one with
                # its agent is read above) tells what was felt or done, nobody's report.
                continue
            aux = next((w for w in before if _lower(w.group(0)) in auxiliaries), None)
            if aux is not None:
                # The verb phrase runs from its auxiliary: "ha dicho", "hat ... gesagt".
                start = aux.start() if len(before) - before.index(aux) <= 2 else m.start()
                out.append(_Anchor("verb", start, m.end(), kind))
                taken.append((start, m.end()))
    for key, kind in (("according_to_pronoun", "according_pronoun"),
                      ("according_to", "according"), ("according_to_after", "according_after"),
                      ("according_to_closing", "according_closing")):
        for m in _find(lang, key, low, ctx.start, ctx.end):
            if kind == "according_closing":
                prev = text[:m.start()].rstrip()
                nxt = _WORD.match(low, _skip_spaces(low, m.end()))
                if not prev or prev[-1] not in ",—–" or (
                        nxt and nxt.group(0) in _word_set(lang, ("complementizers",))):
                    continue  # ", zegt dat ...": a verb with its clause, not "..., zegt X"
            if any(a.kind == "according_pronoun" and a.start <= m.start() < a.end for a in out):
                continue  # "по его словам" is read once, as the pronoun's
            if kind == "according" and _after_ordinal_article(ctx, ctx.start, m.start()):
                continue  # "no segundo trimestre": an ordinal after its article
            if kind == "according" and text[ctx.start:m.start()].strip() and _find(
                    lang, "cited_by", low, m.start(), m.end()):
                continue  # "Osoba ..., cytowana przez „Rz”, twierdzi": the person speaks
            out.append(_Anchor(kind, m.start(), m.end()))
    out.extend(_according_if_speaker(ctx))
    if not out:
        out.extend(_document_setting(ctx))
    # "Sollte sich der Bericht bestätigen, ...": a verb inside an opening condition
    # reports nothing; the condition is the sentence's.
    conditions = [(h.start(), _clause_stop(text, h.end(), ctx.end)) for h in _find(
        lang, "c_hypothetical_start", low, ctx.start, ctx.end)
        if _last_break(text, ctx.start, h.start()) == h.start() or
        not text[ctx.start:h.start()].strip()]
    out = [a for a in out if a.kind != "verb" or not any(
        c < a.start < e for c, e in conditions)]
    # A verb inside a quoted title says nothing ("«Nadie dijo que ...», la película");
    # one inside a quote opening the sentence (single or double marks) is the quoted
    # speech, when a verb of saying follows the quote.
    title = _quoted_title(ctx)
    if title is not None:
        out = [a for a in out if not title[0] <= a.start < title[1]]
    opening = _opening_quote(ctx)
    if opening is not None and any(a.start >= opening[1] for a in out):
        out = [a for a in out if not opening[0] <= a.start < opening[1]]
    return sorted(out, key=lambda a: a.start)


def _after_ordinal_article(ctx: _Context, start: int, at: int) -> bool:
    """Whether the word at ``at`` follows an article that makes it an ordinal ("no
    segundo trimestre": Portuguese "segundo" is no "according to" there)."""
    previous = ctx.words(_last_break(ctx.text, start, at), at)[-1:]
    return bool(previous) and _lower(previous[0].group(0)) in _word_set(
        ctx.language, ("according_to_not_after",))


def _passives(ctx: _Context) -> list[_Anchor]:
    """"È stato confermato dalla Procura", "wurde von der Polizei bestätigt", "была
    подтверждена пресс-службой": a reporting verb in the passive with its agent is the
    agent's report of the subject.  The agent follows an agent preposition ("dalla",
    "von", "pela", "door", "przez"), or, in a language that marks it by case alone
    (no ``agent_prepositions``), is the phrase right after the participle.  Without an
    agent nothing is read here ("La notizia è stata confermata")."""
    lang, low, text = ctx.language, ctx.low, ctx.text
    auxiliaries = _word_set(lang, ("passive_auxiliaries",))
    preps = _word_set(lang, ("agent_prepositions",))
    out: list[_Anchor] = []
    for m in _find(lang, "passive_participles", low, ctx.start, ctx.end):
        clause = _last_break(text, ctx.start, m.start())
        # German puts the agent between them: "wurde am Abend von der Polizei bestätigt".
        before = ctx.words(clause, m.start())[-10:]
        aux = next((w for w in before if _lower(w.group(0)) in auxiliaries), None)
        if aux is None or not _trim(text, clause, aux.start()):
            continue  # no passive, or no subject before it: nothing is confirmed
        stop = _clause_stop(text, m.end(), ctx.end)
        agent = None
        if preps:
            for w in ctx.words(aux.end(), stop):
                if m.start() <= w.start() < m.end():
                    continue
                word = _lower(w.group(0))
                elided = _elided(w.group(0))
                head = word[:len(word) - len(elided)] if elided != w.group(0) else ""
                if word in preps:
                    end = m.start() if w.end() <= m.start() else stop
                    agent = _trim(text, w.end(), end)
                elif head and head in preps:  # "dall'Istat"
                    end = m.start() if w.end() <= m.start() else stop
                    agent = _trim(text, w.end() - len(elided), end)
                if agent is not None:
                    break
        else:
            agent = _trim(text, m.end(), stop)
        if agent is None:
            continue
        out.append(_Anchor("passive", aux.start(), m.end(), "reporting", agent))
    return out


def _document_setting(ctx: _Context) -> list[_Anchor]:
    """"W najnowszym sondażu IBRiS Koalicja zdobywa 31 proc.", "Im aktuellen Bericht der
    OECD liegt ...": a sentence that opens inside a document (a poll, a report) and has
    no verb of saying reports what the document says.  The source is the document's
    noun with the adjectives before it and the names after it."""
    lang, low, text = ctx.language, ctx.low, ctx.text
    words = ctx.words(ctx.start, ctx.end)
    if len(words) < 5 or text[ctx.start:words[0].start()].strip() or _lower(
            words[0].group(0)) not in _word_set(lang, ("setting_prepositions",)):
        return []
    if _find(lang, "refusals", low, ctx.start, ctx.end):
        return []  # ("У пресслужбі компанії на запит не відповіли": a refusal, no document)
    # (past a participle phrase before the noun: "W opublikowanym w piątek liście otwartym")
    docs = _find(lang, "document_nouns", low, words[1].start(),
                 words[min(5, len(words) - 1)].end())
    if not docs:
        return []
    between = ctx.words(words[0].end(), docs[0].start())
    if any(not w.group(0)[0].islower() for w in between):
        return []
    keep = _word_set(lang, ("linkers", "name_particles"))
    stop = docs[0].end()
    pos = stop
    while pos < ctx.end:
        pos = _skip_spaces(text, pos)
        if pos < ctx.end and text[pos] in OPEN_QUOTES and not _opens_quote(text, pos):
            close = next((i for i in range(pos + 1, ctx.end) if text[i] in CLOSE_QUOTES), None)
            if close is None:
                break
            pos = stop = close + 1
            continue
        w = _WORD.match(text, pos)
        if w is None or not (_acronym(w.group(0)) or _lower(w.group(0)) in keep):
            break
        pos = w.end()
        if _acronym(w.group(0)):
            stop = pos
    source = _trim(text, words[1].start(), stop)
    if source is None or _trim(text, stop, ctx.end) is None:
        return []
    return [_Anchor("setting", words[0].start(), words[0].end(), "", source)]


def _according_if_speaker(ctx: _Context) -> list[_Anchor]:
    """"Per alcuni osservatori, ...", "Para muchos analistas, ...": a preposition that
    means "according to" only when it opens the sentence and a speaker's noun follows
    within four words ("per alcuni giorni" is a duration; "Per i vigili del fuoco"), or a
    document's ("Nach dem Gutachten des Umweltbundesamts")."""
    lang, low = ctx.language, ctx.low
    out = []
    for m in _find(lang, "according_to_if_speaker", low, ctx.start, ctx.end):
        if ctx.text[ctx.start:m.start()].strip():
            continue
        phrase = ctx.words(m.end(), _clause_stop(ctx.text, m.end(), ctx.end))
        head = phrase[:4]
        if head and (any(_find(lang, key, low, head[0].start(), head[-1].end()) for key in (
                "vague_nouns", "source_nouns", "institution_nouns", "title_nouns",
                "document_nouns")) or (
                len(phrase) <= 5 and any(len(r[2]) >= 2 and not r[3] for r in _name_runs(
                    ctx, (phrase[0].start(), phrase[-1].end())))) or any(
                len(r[2]) >= 2 and not r[3] for r in _name_runs(
                    ctx, (head[0].start(), head[-1].end())))):
            # "Per l'economista Lucia Bertoni, ...": a phrase of a person's full name, up to
            # its comma, speaks too, as does a full name within its first words with no
            # comma after it ("Per il virologo Marco Gentili è probabile che ...").
            out.append(_Anchor("according", m.start(), m.end()))
    return out


def _enclitic_question(ctx: _Context, first: re.Match[str]) -> bool:
    """Whether a clause opening with ``first`` asks a question by an enclitic particle
    right after its first word (Russian "выдержит ли", "будет ли")."""
    second = _WORD.match(ctx.text, _skip_spaces(ctx.text, first.end()))
    return second is not None and _lower(second.group(0)) in _word_set(
        ctx.language, ("question_enclitics",))


def _coordinated(ctx: _Context, outer_start: int, r: _Read) -> int | None:
    """Where an outer report's content ends when ``r`` continues it ("dijo que A y añadió
    que B", "sagte, A, und fügte hinzu, B"): before the connector or the break that
    stands right before ``r``'s verb, its own speaker aside.  None when nothing joins
    them ("dijo que el alcalde aseguró que ..." is a report inside the report)."""
    connectors = _word_set(ctx.language, ("connectors",))
    spoken = range(*r.speaker) if r.speaker else range(0)
    cut, joined = r.at, False
    for w in reversed(ctx.words(outer_start, r.at)):
        if any(ch in BREAKS for ch in ctx.text[w.end():cut]):
            joined = True
            break
        if _lower(w.group(0)) in connectors:
            cut, joined = w.start(), True
        elif w.start() in spoken and not joined:
            cut = w.start()
        else:
            break
    if not joined:
        return None
    brk = _last_break(ctx.text, outer_start, cut)
    if brk > outer_start and not ctx.text[brk:cut].strip():
        cut = brk - 1
    return cut if cut > outer_start else None


def _without_time(ctx: _Context, span: tuple[int, int]) -> tuple[int, int]:
    """"confirmó este martes la Aemet": a day at the head of an inverted speaker phrase
    (with the lowercase words before it) is when, not who."""
    words = ctx.words(*span)[:4]
    days = _word_set(ctx.language, ("not_names",))
    for i, w in enumerate(words[:3]):
        if _lower(w.group(0)) in days and all(v.group(0)[0].islower() for v in words[:i]) \
                and i + 1 < len(words):
            return _trim(ctx.text, words[i + 1].start(), span[1]) or span
    return span
