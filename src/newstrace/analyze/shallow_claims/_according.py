"""``_According``: "según X, ...", "..., según X", "X zufolge", "..., so der Minister",
"По его словам", and where a source phrase after "según" starts and ends.

Apart because "according to" is read by its own rules of where the source phrase runs,
and needs of the verbs only ``_read``.
"""

from __future__ import annotations

from newstrace.analyze.shallow_claims._anchors import _Anchor, _Read
from newstrace.analyze.shallow_claims._lexicon import (
    NOUN_KEYS,
    _find,
    _lower,
    _word_set,
    shallow_lexicon,
)
from newstrace.analyze.shallow_claims._names import _elided, _name_runs
from newstrace.analyze.shallow_claims._text import (
    _WORD,
    BREAKS,
    CLOSE_QUOTES,
    OPEN_QUOTES,
    _clause_stop,
    _Context,
    _last_break,
    _opens_quote,
    _skip_spaces,
    _trim,
)
from newstrace.analyze.shallow_claims._verbs import _Verbs
from newstrace.model import Source


class _According(_Verbs):
    """The reader's methods that read "according to X"."""

    def _according(self, ctx: _Context, a: _Anchor) -> _Read | None:
        """"según X, ..." / "..., según X" / "X zufolge" / "..., so der Minister"; "Jak
        nieoficjalnie dowiedział się X, ...": what the source learned unofficially rests on
        unnamed people, whoever relays it."""
        read = self._according_read(ctx, a)
        if read is not None and read.source is not None and _find(
                ctx.language, "anonymity", ctx.low, a.start, a.end):
            s = read.source
            read.source = Source("anonymous", s.text, None, None)
        return read

    def _according_read(self, ctx: _Context, a: _Anchor) -> _Read | None:
        """The source and content around an "according to" anchor, by the anchor's kind."""
        text = ctx.text
        if a.kind == "according_pronoun":  # "По его словам, ...": the last one named
            before = _trim(text, ctx.start, a.start)
            after = _trim(text, a.end, ctx.end)
            content = (before or after or (a.start, a.end))[0], (after or before or (
                a.start, a.end))[1]
            if after is None and before is None:
                return None
            read = self._read(ctx, a, None, content, "around")
            if read is not None:
                read.source = self._implicit(read)
            return read
        if a.kind == "according_after":  # "Dem Bericht zufolge ...": the source before
            s_start = _last_break(text, ctx.start, a.start)
            source = _trim(text, s_start, a.start)
            if source is None:
                return None
            after = _trim(text, a.end, ctx.end)
            before = _trim(text, ctx.start, s_start - 1) if s_start > ctx.start else None
            content = (before or after or source)[0], (after or before or source)[1]
            if after is None and before is None:
                return None
            return self._read(ctx, a, source, content, "around")
        s_start = _skip_spaces(text, a.end)
        verbish = _word_set(ctx.language, ("auxiliaries", "agent_words"))
        # "según informó", "según ha anunciado", "secondo quanto annunciato dall'"
        for _ in range(4):
            first = _WORD.match(text, s_start)
            if first is None:
                break
            low = ctx.low[first.start():first.end()]
            if low in verbish or _find(ctx.language, "reporting_verbs", ctx.low, first.start(),
                                       first.end()) or _find(ctx.language, "participles",
                                                             ctx.low, first.start(),
                                                             first.end()):
                s_start = _skip_spaces(text, first.end())
                continue
            if _elided(first.group(0)) != first.group(0) and \
                    _lower(first.group(0)[:len(first.group(0)) - len(_elided(first.group(0)))]) \
                    in verbish:
                s_start = first.end() - len(_elided(first.group(0)))  # "dall'Arera"
            break
        if s_start > _skip_spaces(text, a.end):
            # "según declaró ante el juez su antiguo socio": after the verb, a phrase
            # opening with a preposition is circumstance; the source is the next phrase,
            # from its determiner.
            s_start = self._after_circumstance(ctx, s_start)
        if s_start < ctx.end and text[s_start] in OPEN_QUOTES and not _opens_quote(
                text, s_start):
            # "Як розповів «Українській правді» один із депутатів, ...": the quoted outlet
            # is who was told when a phrase follows it before the break; alone, it speaks
            # ("Как сообщил «Коммерсант», ...").
            close = next((i for i in range(s_start + 1, ctx.end) if text[i] in CLOSE_QUOTES),
                         None)
            after = _skip_spaces(text, close + 1) if close is not None else ctx.end
            if after < ctx.end and text[after] not in BREAKS:
                s_start = after
        s_end = self._source_end(ctx, s_start)
        source = _trim(text, s_start, s_end)
        if source is None:
            return None
        # ("Jak dowiedziała się PAP od osoby znającej kulisy sprawy": the one it was learned
        # from speaks)
        learned = self._learned_from(ctx, a, source)
        before = _trim(text, ctx.start, a.start)
        after = _trim(text, s_end, ctx.end)
        if after and text[s_end:s_end + 1] == ",":
            stop = _clause_stop(text, s_end + 1, ctx.end)
            name = _trim(text, s_end + 1, stop)
            if name and stop < ctx.end and text[stop] == "," and _trim(
                    text, stop + 1, ctx.end) and any(r[:2] == name and len(r[2]) >= 2
                                                     for r in _name_runs(ctx, name)):
                # "Según el portavoz del PSOE en el Senado, Andrés Villalba, el Gobierno
                # ...": a full name set off after the source is its holder's.
                source, s_end = (source[0], name[1]), stop
                after = _trim(text, s_end, ctx.end)
        if a.kind == "according_closing" and before and after and text[s_end:s_end + 1] == ",":
            content = (before[0], after[1])  # "Die Angriffe, so ein Sprecher, hätten ..."
            return self._from_source(ctx, self._read(ctx, a, learned or source, content, "around"),
                                     learned)
        if before and len(ctx.words(*before)) <= 2 and after:
            before = None  # "Pero según X, ...": the opening words are not a claim
        if before and after and text[s_end:s_end + 1] == "," and len(ctx.words(*after)) >= 2 \
                and any(r[:2] == after for r in _name_runs(ctx, after)):
            # "..., según su antiguo socio, Luis Cano": a name closing the sentence after the
            # source is its apposition.
            source, after = (source[0], after[1]), None
        if a.kind == "according_closing" or (before and not after):
            if before is None:
                return None
            content = before
        elif after and not before:
            content = after
        elif after and before:
            content = (before[0], after[1])
        else:
            return None
        return self._from_source(ctx, self._read(ctx, a, learned or source, content, "around"),
                                     learned)

    def _after_circumstance(self, ctx: _Context, start: int) -> int:
        """Where a phrase starts after a prepositional phrase at ``start`` ("ante el juez
        su antiguo socio": "su"): at the first determiner after the preposition's own noun
        that is no linker; ``start`` when there is none."""
        lang = ctx.language
        words = ctx.words(start, _clause_stop(ctx.text, start, ctx.end))
        if not words or _lower(words[0].group(0)) not in _word_set(lang, ("prepositions",)):
            return start
        linkers = _word_set(lang, ("linkers",))
        determiners = _word_set(lang, ("definite_determiners",)) - linkers
        for i, w in enumerate(words[2:], start=2):
            if _lower(w.group(0)) in determiners and _lower(words[i - 1].group(0)) not in linkers:
                return w.start()
        return start

    def _source_end(self, ctx: _Context, start: int) -> int:
        """Where a source phrase after "según" ends: at the next break; in a language that
        capitalises nouns, also at the first lowercase word after its head noun ("Nach
        Angaben des Ministeriums waren ...": "waren" is no longer the source)."""
        text = ctx.text
        end = start
        if end < ctx.end and text[end] in OPEN_QUOTES and not _opens_quote(text, end):
            # "Как сообщил «Коммерсант», ...": the phrase opens with a quoted name.
            close = next((i for i in range(end + 1, ctx.end) if text[i] in CLOSE_QUOTES), None)
            end = close + 1 if close is not None else end
        while end < ctx.end and text[end] not in BREAKS:
            end += 1
            if end < ctx.end and text[end] in OPEN_QUOTES and not _opens_quote(text, end):
                # "Nach Informationen des „Spiegel“": a quoted name stays in the phrase.
                close = next((i for i in range(end + 1, ctx.end) if text[i] in "“”»\"›"),
                             None)
                end = close + 1 if close is not None else end
        end = _apposed_name_end(ctx, start, end)
        channel = _channel_start(ctx, start, end)
        if channel is not None:
            # "según informó el instituto armado en un comunicado": the statement is how
            # the source spoke, not who.
            return channel
        if end == ctx.end and len(ctx.words(ctx.start, start)) <= 3 and (
                verb := _clause_verb(ctx, start, end)) is not None:
            # "Volgens Mark Rutte is het land ...": in a language that puts its verb
            # second, the fronted source ends where the clause's verb stands.
            return verb
        if end == ctx.end and len(ctx.words(ctx.start, start)) <= 3:
            # "Volgens twee ingewijden wil het concern ...": no comma after a fronted
            # source; it ends after its last known noun and the names tied to it.
            spans = sorted((m.start(), m.end()) for key in (*NOUN_KEYS, "anonymity")
                           for m in _find(ctx.language, key, ctx.low, start, end))
            if spans and len(ctx.words(start, spans[0][1])) <= 4:
                # Only a noun at the phrase's head: "Nach Schätzungen des Hilfswerks sind
                # ... Menschen" does not reach the clause's subject, nor "Laut Anklage soll
                # der frühere Vereinsvorsitzende ..." the noun past the verb.
                stop = spans[0][1]
                keep = _word_set(ctx.language, ("linkers", "name_particles",
                                                "definite_determiners"))
                for w in ctx.words(stop, end):  # "een peiling van Ipsos"
                    inside = next((e for b, e in spans if b <= w.start() < e
                                   and e - spans[0][1] < 40), None)
                    if inside is None and _lower(w.group(0)) not in keep and \
                            not w.group(0)[0].isupper():
                        break
                    stop = max(w.end(), inside or 0)
                return stop
            # "Według Anny Kowalczyk inflacja spadnie", "Zdaniem ekonomistki Anny Kowalczyk
            # inflacja ...", "Per il virologo Marco Gentili è probabile": no known noun, a
            # name first or after one or two words (a title, its article); the source
            # runs to the name's last capitalised word.
            words = ctx.words(start, end)
            first = next((i for i in range(min(3, len(words)))
                          if words[i].group(0)[0].isupper()), 0)
            run = first
            while run < len(words) and words[run].group(0)[0].isupper():
                run += 1
            if first < run < len(words) and not shallow_lexicon(ctx.language).get(
                    "capitalised_nouns"):
                return words[run - 1].end()
        if not shallow_lexicon(ctx.language).get("capitalised_nouns"):
            return end
        continuers = _word_set(ctx.language, ("source_continuers",)) or _word_set(
            ctx.language, ("linkers", "name_particles"))
        stoppers = _word_set(ctx.language, ("definite_determiners", "function_words"))
        dates = _word_set(ctx.language, ("not_names",))
        seen_noun = False
        words = ctx.words(start, end)
        for i, w in enumerate(words):
            word = w.group(0)
            if word[0].isupper():
                seen_noun = seen_noun or _lower(word) not in dates
                continue
            if not seen_noun or word[0].isdigit() or _lower(word) in continuers:
                continue
            following = words[i + 1].group(0) if i + 1 < len(words) else ""
            if word.endswith(("e", "en", "er", "es", "em")) and following[:1].isupper() and \
                    _lower(word) not in stoppers:
                continue  # an adjective before its noun: "am Dienstag veröffentlichten Studie"
            return w.start()
        return end


def _apposed_name_end(ctx: _Context, start: int, end: int) -> int:
    """Past the name set off after a spokesperson's or a title's noun ("Jak poinformował
    rzecznik komendy, nadkom. Tomasz Wieczorek, kierowca ..."): the source is that person;
    else ``end``."""
    text = ctx.text
    if end >= ctx.end or text[end] != "," or not any(
            _find(ctx.language, key, ctx.low, start, end)
            for key in ("spokesperson_nouns", "title_nouns")):
        return end
    close = text.find(",", end + 1, ctx.end)
    if close < 0:
        return end
    words = ctx.words(end + 1, close)
    abbreviations = _word_set(ctx.language, ("abbreviations",))
    if words and _lower(words[0].group(0)) in abbreviations:
        words = words[1:]  # ("nadkom.": a rank, abbreviated)
    if 2 <= len(words) <= 4 and all(w.group(0)[:1].isupper() for w in words):
        return close
    return end


def _channel_start(ctx: _Context, start: int, end: int) -> int | None:
    """Where a source phrase goes on with the channel its source spoke through, a
    preposition and a statement's noun (``channel_nouns``: "en un comunicado", "in una
    nota"), past the phrase's first word; None when it does not."""
    words = ctx.words(start, end)
    channels = _word_set(ctx.language, ("channel_nouns",))
    prepositions = _word_set(ctx.language, ("prepositions", "setting_prepositions"))
    skip = _word_set(ctx.language, ("function_words", "definite_determiners"))
    for i, w in enumerate(words[1:], start=1):
        if _lower(w.group(0)) not in prepositions:
            continue
        k = i + 1
        while k < len(words) and _lower(words[k].group(0)) in skip:
            k += 1
        if k < len(words) and _lower(words[k].group(0)) in channels:
            return words[i - 1].end()
    return None


def _clause_verb(ctx: _Context, start: int, end: int) -> int | None:
    """Where the source phrase at ``start`` ends before the clause's finite verb (the
    language's ``clause_verbs``: "is", "zijn", "heeft"), not as its first word nor after
    a linker or a determiner ("Volgens de advocaat van zijn vrouw": "zijn" is "his")."""
    verbs = _word_set(ctx.language, ("clause_verbs",))
    if not verbs:
        return None
    stops = _word_set(ctx.language, ("linkers", "definite_determiners", "prepositions"))
    words = ctx.words(start, end)
    for i, w in enumerate(words[1:], start=1):
        if _lower(w.group(0)) in verbs and _lower(words[i - 1].group(0)) not in stops:
            return words[i - 1].end()
    return None
