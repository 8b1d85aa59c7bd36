"""Certainty of a content span (step 4) from cue phrases and word endings: negation,
hypotheses, modals, hedges, estimates, futures, hearsay and the reportive conditional;
and the forecasts that promises, plans and announcements make of what they introduce.

Apart because it holds the reader's promise (no cue of hearsay, mood or modality is
read as ``asserted``) and reads only the content span and the lexicon, never who speaks.
"""

from __future__ import annotations

import re

from newstrace.analyze.claims import strongest
from newstrace.analyze.shallow_claims._anchors import _after_ordinal_article, _Anchor
from newstrace.analyze.shallow_claims._lexicon import (
    VERB_KEYS,
    _find,
    _first,
    _lower,
    _patterns,
    _word_set,
    shallow_lexicon,
)
from newstrace.analyze.shallow_claims._text import (
    _clause_stop,
    _Context,
    _last_break,
    _quoted_title,
    _skip_spaces,
    _words,
)


def _certainty(ctx: _Context, start: int, end: int, attributed: bool,
               extra: list[str]) -> tuple[str, list[str]]:
    """Certainty of a content span from the cues it holds, strongest first (the order
    of ``claims._certainty.CERTAINTY_ORDER``), and every cue found."""
    lang, low, text = ctx.language, ctx.low, ctx.text
    found: dict[str, str] = {}
    # ("rough: ..." is a figure told roughly by the source phrase's reading, counted only
    # when nothing else says how surely.)
    rough = [c.removeprefix("rough: ") for c in extra if c.startswith("rough: ")]
    extra = [c for c in extra if not c.startswith("rough: ")]
    for cue in extra:
        if cue.startswith("complaint: "):
            continue
        level, _, what = cue.partition(": ")
        found.setdefault(level, what if level == "reported" else cue)
    negations = _find(lang, "c_negation", low, start, end)
    # ("який попросив не називати його імені": asking not to be named denies nothing)
    exceptions = [*_find(lang, "c_negation_exceptions", low, start, end),
                  *_find(lang, "anonymity", low, start, end)]
    # "o caso", "el caso": after a determiner a hypothesis word is a noun.
    definite = _word_set(lang, ("definite_determiners",))
    questions = [h for h in _find(lang, "c_hypothetical", low, start, end)
                 if not (before := _words(text, start, h.start())[-1:])
                 or _lower(before[0].group(0)) not in definite]
    hyp = questions[0].group(0) if questions else _pattern(lang, "hypothetical_patterns",
                                                             text, start, end)
    # "если" opening the content or a clause inside it ("ограничения, если они будут
    # введены, ударят ..."): a condition.
    opening = next((h for h in _find(lang, "c_hypothetical_start", low, start, end)
                    if not text[_last_break(text, start, h.start()):h.start()].strip()), None)
    conditions = [(h.start(), _clause_stop(text, h.end(), end)) for h in (
        questions + ([opening] if opening else []))]
    # "Si no hay acuerdo, ...": a negation inside the condition denies nothing; nor does
    # one that frames an open question ("Не зрозуміло, чи ...", "Nie wiadomo, czy ...").
    negations = [n for n in negations if not any(e.start() <= n.start() < e.end()
                                                 for e in exceptions)
                 and not any(a <= n.start() < b for a, b in conditions)
                 and not any(h.start() >= n.end() and len(_words(
                     text, n.end(), h.start())) <= 2 for h in questions)
                 and not any(a <= n.start() < b for a, b in _quoted_names(ctx, start, end))]
    # "pode não ser cumprido", "может не успеть": a negation right after a modal of
    # possibility, or after it and its infinitive ("мог действовать не в одиночку"), is
    # what may happen, not a denial.
    modals = _find(lang, "c_possible", low, start, end)
    negations = [n for n in negations if not any(
        m.end() <= n.start() and len(_words(text, m.end(), n.start())) <= 1 for m in modals)]
    but = _adversative(ctx, start, end)
    if but is not None and not any(n.start() < but for n in negations):
        # "Schoof sprak over de crisis, maar gaf geen details": the claim is the main
        # clause; a negation only in the clause after "but" denies nothing of it.
        negations = []
    if any(c.startswith("complaint: ") for c in extra):
        negations = []  # (a complaint's content: what is missing, told)
    lasting = _find(lang, "c_lack_durations", low, start, end)
    if attributed and any((d.start() >= n.end() and len(_words(text, n.end(), d.start())) <= 8)
                          or (n.start() >= d.end() and len(_words(text, d.end(), n.start())) <= 8)
                          for n in negations for d in lasting):
        # "Secondo i residenti, l'illuminazione non funziona da settimane", "no pasa desde
        # hace dos semanas", "dass die Beleuchtung seit Wochen nicht funktioniert": a lack
        # someone tells of, lasting, is what they report (8 of the 8 such lines), no
        # denial.
        negations = []
    asked = text[start:end + 1].rstrip().endswith("?")
    # ("si chiedono se il ponte sarà mai ricostruito": what a verb of asking asks)
    questioned = any(c.startswith("hypothetical: question verb") for c in extra)
    if negations and not asked and not questioned:  # (a question denies nothing)
        found.setdefault("denied", f"negation: {negations[0].group(0)}")
    if hyp or opening or asked:
        what = hyp or (opening.group(0) if opening else "?")
        found["hypothetical"] = f"hypothesis: {what}"
        if any(not _words(text, start, h.start()) for h in (
                questions + ([opening] if opening else []))):
            # "Si el Gobierno no alcanza un acuerdo, los presupuestos no podrán
            # aprobarse": what a condition opening the content governs is hypothetical,
            # negated or not (as the parsed languages read it).
            found.pop("denied", None)
    judged = any(c.startswith("probable: judged") for c in extra)
    negation_words = _word_set(lang, ("c_negation",))
    for level, label in (("possible", "modal"), ("probable", "hedge"),
                         ("estimate", "estimate")):
        cue = _first(lang, f"c_{level}", low, start, end)
        if cue and level == "possible":
            # ("nie mogą doczekać się": what cannot be done is a state told, no
            # possibility, as the parsed languages read it)
            hit = next(iter(_find(lang, "c_possible", low, start, end)), None)
            prev = _words(text, start, hit.start())[-1:] if hit is not None else []
            if prev and _lower(prev[0].group(0)) in negation_words:
                cue = None
        if cue and not (level == "possible" and judged):
            # ("acht het waarschijnlijk dat de spits weer kan spelen": a modal inside what
            # is judged likely is part of it; the judgement says how surely)
            found.setdefault(level, f"{label}: {cue}")
    # (a rough figure before the first negation: what it counts holds the negation)
    rough_first = bool(negations) and any(r.start() < negations[0].start() for r in _find(
        lang, "c_approximate", low, start, end))
    if "denied" in found and "estimate" in found and rough_first:
        # "estima que cerca de 1,6 milhões de portugueses não têm médico": the negation
        # is part of what the rough figure counts, an estimate.
        del found["denied"]
    if "denied" in found and "probable" in found and any(
            len(_words(text, min(h.end(), n.end()), max(h.start(), n.start()))) <= 1
            for h in _find(lang, "c_probable", low, start, end) for n in negations):
        # "trener prawdopodobnie nie zostanie", "ne restera probablement pas": how likely
        # the negation is, a hedged forecast (as the parsed languages read it).
        del found["denied"]
    complementizers = _word_set(lang, ("complementizers",))
    hedges = modals + _find(lang, "c_probable", low, start, end)
    if "denied" in found and ("possible" in found or "probable" in found) and negations and any(
            m.end() <= negations[0].start() and (after := _words(text, m.end(), end))
            and _lower(after[0].group(0)) in complementizers for m in hedges):
        # "Het is goed mogelijk dat we de winter niet doorkomen", "è probabile che il
        # centrocampista non venga convocato": the negation is part of what is possible
        # or likely, no denial.
        del found["denied"]
    if "denied" in found and judged:
        # "considera probable que el delantero no llegue a tiempo": what a verb of thinking
        # judges likely holds the negation, as "è probabile che ... non venga" does.
        del found["denied"]
    if "denied" in found and negations and _find(lang, "c_share_words", low, start, end):
        # "Z raportu NIK wynika, że połowa gmin nie prowadzi ewidencji": a share counted
        # of what lacks something is a figure told, nothing denied (as the parsed
        # languages read "11,4 % des assurés n'ont pas de médecin"; so is "el 27 % de
        # los hogares no puede ...").
        del found["denied"]
    quantifiers = _word_set(lang, ("negative_quantifiers",))
    if "denied" in found and ("probable" in found or "possible" in found) and all(
            _lower(n.group(0)) in quantifiers for n in negations):
        # "lo más probable es que ningún partido alcance la mayoría": how likely a count
        # of none is, no denial.
        del found["denied"]
    # ("will sich nicht äußern": a refusal's "will" tells no plan)
    future = next((m.group(0) for m in _find(lang, "c_predicted", low, start, end)
                   if not any(e.start() <= m.start() < e.end() for e in exceptions)), None) \
        or _pattern(lang, "predicted_patterns", text, start, end)
    if future:
        found["predicted"] = f"future: {future}"
    elif attributed and (later := _first(lang, "c_attributed_future", low, start, end)
                         or _pattern(lang, "attributed_future_patterns", text, start, end)) \
            and not _first(lang, "c_weighing", low, start, end):
        # "zegt dat het kabinet volgend jaar ... uittrekt": a present with a time to come
        # in someone's words is their forecast; the outlet's own stays a scheduled fact
        # (not after a step weighed: "melden dat het kabinet overweegt de accijns per 1
        # januari te verhogen" is what is considered, reported)
        found["predicted"] = f"future: {later}"
    # ("no segundo trimestre": an ordinal after its article, no "segundo" of hearsay)
    according = _word_set(lang, ("according_to",))
    hearsay = next((m.group(0) for m in _find(lang, "c_reported", low, start, end) if not (
        _lower(m.group(0)) in according and _after_ordinal_article(ctx, start, m.start()))
        and not _in_phrase(ctx, start, m)), None)
    if hearsay:
        found.setdefault("reported", f"hearsay: {hearsay}")
    conditional = _conditional(ctx, start, end)
    if conditional and "possible" not in found and "probable" not in found:
        found.setdefault("reported", f"conditional: {conditional}")
    if attributed and rough and set(found) == {"denied"} and rough_first:
        # "Secondo un rapporto, circa il 40% dei depuratori non è a norma": what the rough
        # figure counts is told, the negation inside it (as above) denies nothing.
        del found["denied"]
    if attributed and not found and rough:
        # "Einer Studie zufolge fehlen rund 570.000 Fachkräfte": a rough figure on the
        # word of a source named by "according to", with nothing else to say how surely,
        # is that source's estimate (a verb of saying keeps it reported).
        found["estimate"] = f"estimate: rough figure: {rough[0]}"
    if attributed and (awaited := _first(lang, "c_attributed_forecasts", low, start, end)) \
            and str(found.get("probable", "")).endswith(awaited):
        # "В Гидрометцентре предупредили, что ... ожидается сильный снегопад": what a
        # source says is expected is its forecast (as the parsed languages read "selon
        # Météo-France, de nouvelles pluies sont attendues").
        del found["probable"]
        found["predicted"] = f"forecast: {awaited}"
    if attributed:
        found.setdefault("reported", "attributed")
    return strongest(found)


def _in_phrase(ctx: _Context, start: int, m: re.Match[str]) -> bool:
    """Whether a one-word mark of hearsay qualifies a noun inside a phrase a preposition
    opens ("De rechtszaak tegen de vermeende leider begint op 4 juni": a doubt on who he
    is, not on the claim), the preposition one or two words before it."""
    if " " in m.group(0).strip() or _lower(m.group(0)) in _word_set(ctx.language,
                                                                    ("according_to",)):
        return False
    before = ctx.words(_last_break(ctx.text, start, m.start()), m.start())[-2:]
    return any(_lower(w.group(0)) in _word_set(ctx.language, ("prepositions", "linkers"))
               for w in before)


#: Digits right after a word, or past one short word (an article: "circa il 40").
_FIGURE_NEXT = re.compile(r"\s*(?:\w{1,3}\s+)?\d")


def _rough_figure(ctx: _Context, start: int, end: int) -> list[str]:
    """["rough: rund"] when the span gives a figure roughly ("rund 570.000", "circa 5,7
    milioni", past an article: "circa il 40 per cento"), for ``_certainty`` to weigh;
    else []."""
    text = ctx.text
    rough = next((m for m in _find(ctx.language, "c_approximate", ctx.low, start, end)
                  if _FIGURE_NEXT.match(text, m.end())), None)
    return [f"rough: {rough.group(0)}"] if rough is not None else []


def _promised(ctx: _Context, a: _Anchor, content: tuple[int, int]) -> list[str]:
    """A promise is the speaker's own forecast: its content is predicted ("пообещал, что
    ремонт завершат", "ha promesso che ..."), whatever its tense.  A verb that announces
    in advance ("kündigte an", "zapowiedziała") makes a forecast of a content in the
    future, including the future of indirect speech that reads as hearsay elsewhere
    ("der Freistaat werde ... schaffen", "zostanie oddany")."""
    lang, low = ctx.language, ctx.low
    promise = _first(lang, "promise_verbs", low, a.start, a.end)
    if promise:
        return [f"predicted: promise verb: {promise}"]
    # "Iberdrola planea construir ...", "Укренерго планує відновити": a plan is the
    # planner's own forecast, as in the parsed languages ("plans to", "prévoit de").
    intent = _first(lang, "intention_verbs", low, a.start, a.end)
    if intent:
        return [f"predicted: intention verb: {intent}"]
    # ("El Gobierno planea lanzar ..., anunció el ministro": the plan is what is told)
    intent = _first(lang, "intention_verbs", low, *content)
    if intent and a.verb_kind == "reporting" and a.start > content[1]:
        return [f"predicted: plan told: {intent}"]
    # A verb of forecasting ("pronostica que", "sagt ... voraus", "прогнозирует"): what is
    # forecast is the forecaster's own prediction, as a promise is.
    forecast = _first(lang, "forecast_verbs", low, a.start, a.end)
    if forecast:
        return [f"predicted: forecast verb: {forecast}"]
    if _first(lang, "announce_verbs", low, a.start, a.end):
        future = _first(lang, "c_announced_future", low, *content)
        if future:
            return [f"predicted: announced future: {future}"]
        # "kündigte an, die Strecke ab Juli zu sperren": an infinitive closing the content
        # is what the announcer will do.
        said = ctx.text[content[0] : content[1]]
        own = next((m for p in _patterns(lang, "announced_infinitive") if (m := p.search(said))),
                   None)
        if own:
            return [f"predicted: announced act: {own.group(0).strip()}"]
    return []


def _quantity(ctx: _Context, start: int, end: int) -> bool:
    """Whether a span states a number: digits, a number word or a word of a rough amount
    (``quantity_words``: "tientallen auto's", "des dizaines")."""
    lexicon = shallow_lexicon(ctx.language)
    numbers = {_lower(k) for k in (*lexicon.get("numbers", {}), *lexicon.get("quantity_words", []))}
    return any(w.group(0)[0].isdigit() or _lower(w.group(0)) in numbers
               for w in ctx.words(start, end))


_QUOTED_NAME = re.compile(r"(?<=\w)\s+([«“„\"‹])\s*[^\W\d_][^«»“”„\"‹›]{0,60}[»”“\"›]")


def _quoted_names(ctx: _Context, start: int, end: int) -> list[tuple[int, int]]:
    """Quoted titles and names inside a span ("la plataforma «Ni una menos»", "de film
    „Nooit meer“"): up to six words in quote marks right after a determiner and a noun
    with no punctuation between, opening on a capital, with no punctuation inside, and
    not after a verb of saying or a complementizer (there they are words said: "El
    ministro dijo «No habrá recortes»", "Carlos repitió «No me voy»").  Their words are a
    name, not the claim's: a negation there denies nothing."""
    text, lang = ctx.text, ctx.language
    comps = _word_set(lang, ("complementizers",))
    determiners = _word_set(lang, ("definite_determiners",)) | {
        _lower(k) for k in shallow_lexicon(lang).get("numbers", {})}
    out = []
    for m in _QUOTED_NAME.finditer(text, start, end):
        inner = (m.start(1) + 1, m.end() - 1)
        before = ctx.words(start, m.start(1))[-2:]
        if len(before) < 2 or _lower(before[0].group(0)) not in determiners:
            continue
        before = before[1:]
        if not text[_skip_spaces(text, inner[0])].isupper() or len(
                ctx.words(*inner)) > 6 or any(ch in ".!?:;," for ch in text[slice(*inner)]):
            continue
        w = before[0]
        if _lower(w.group(0)) in comps or any(
                _find(lang, key, ctx.low, w.start(), w.end())
                for key in (*VERB_KEYS, "participles", "denial_participles")):
            continue
        out.append((m.start(1), m.end()))
    title = _quoted_title(ctx)
    if title is not None and title[0] < end and start < title[1]:
        out.append(title)
    return out


def _adversative(ctx: _Context, start: int, end: int) -> int | None:
    """Where a clause opened by ", but" starts in a span that has a main clause of at
    least three words before it, or None."""
    buts = _word_set(ctx.language, ("adversatives",))
    if not buts:
        return None
    for w in ctx.words(start, end):
        if _lower(w.group(0)) in buts and ctx.text[:w.start()].rstrip().endswith(",") and \
                len(ctx.words(start, w.start())) >= 3:
            return w.start()
    return None


def _pattern(language: str | None, key: str, text: str, start: int, end: int) -> str | None:
    """The first match of a lexicon regex that is not a listed exception ("porão" ends
    like a future), a noun after a determiner ("no verão") nor a capitalised word inside
    the sentence (a name: "Albarrán")."""
    base = key.removesuffix("_patterns")
    exceptions = _word_set(language, (f"c_{base}_exceptions",))
    blockers = _word_set(language, (f"c_{base}_blockers",))
    for pattern in _patterns(language, key):
        for m in pattern.finditer(text, start, end):
            if _lower(m.group(0)) in exceptions:
                continue
            before = _words(text, start, m.start())[-1:]
            if before and _lower(before[0].group(0)) in blockers:
                continue
            if before and m.group(0)[0].isupper():
                continue  # a name inside the sentence ("el centrocampista Diego Albarrán")
            return m.group(0)
    return None


def _conditional(ctx: _Context, start: int, end: int) -> str | None:
    """A conditional (or German Konjunktiv) verb form: the reportive mood of the press
    ("habría autorizado", "avrebbe firmato", "teria recebido").  A word with the same
    ending after a determiner is a noun ("la mayoría"), as are listed exceptions."""
    return _pattern(ctx.language, "conditional_patterns", ctx.text, start, end)
