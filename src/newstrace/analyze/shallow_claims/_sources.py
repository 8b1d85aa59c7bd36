"""``_Sources``, the first of the reader's classes: who speaks in a phrase and what kind
of source it is (named, institution, anonymous with its count, vague, document), decided
in the claims package's order (step 3).

Apart because it is the largest group of the reader's methods and needs of the reader
only its state (entity index and types, block order, last speaker); the attribution
steps (``_verbs``, ``_according``) and ``ShallowReader`` build on it.
"""

from __future__ import annotations

import re

from newstrace.analyze.claims import last_person_before
from newstrace.analyze.entities import EntityIndex
from newstrace.analyze.shallow_claims._anchors import _Read
from newstrace.analyze.shallow_claims._lexicon import (
    NOUN_KEYS,
    _find,
    _lower,
    _word_set,
    shallow_lexicon,
)
from newstrace.analyze.shallow_claims._names import _acronym, _count, _country, _elided, _name_runs
from newstrace.analyze.shallow_claims._text import _WORD, OPEN_QUOTES, _Context, _trim
from newstrace.model import Source


class _Sources:
    """The reader's methods that pick a speaker phrase and classify it.

    Its attributes are the reader's state, set by ``ShallowReader.__init__``.
    """

    index: EntityIndex
    types: dict[str, str]
    order: dict[str, int]
    last: tuple[Source, tuple[int, int] | None, str] | None  # + block id

    def _implicit(self, r: _Read) -> Source:
        """A speaker the sentence leaves out ("Añadió que ..."): the last one named."""
        if self.last is not None:
            return self.last[0]
        return Source("vague")

    def _strip_connectors(self, ctx: _Context, span: tuple[int, int] | None
                          ) -> tuple[int, int] | None:
        """Drop "y", "pero", "und", "auch" at the edges of a speaker phrase."""
        if span is None:
            return None
        connectors = _word_set(ctx.language, ("connectors",))
        heads = connectors | _word_set(ctx.language, ("as_words",))  # "wie die Bahn mitteilte"
        words = ctx.words(*span)
        while words and _lower(words[0].group(0)) in heads:
            words = words[1:]
        # (and an auxiliary the verb's participle left behind: "Iberdrola ha negado")
        trailing = connectors | _word_set(ctx.language, ("auxiliaries",))
        while words and _lower(words[-1].group(0)) in trailing:
            words = words[:-1]
        return _trim(ctx.text, words[0].start(), words[-1].end()) if words else None

    def _adverbial(self, ctx: _Context, span: tuple[int, int]) -> bool:
        """"Am Montag", "En un comunicado": a phrase that opens with a preposition."""
        words = ctx.words(*span)
        return bool(words) and _lower(words[0].group(0)) in _word_set(
            ctx.language, ("prepositions",))

    def _pick_speaker(self, ctx: _Context, left: tuple[int, int] | None,
                      post: tuple[int, int] | None) -> tuple[int, int] | None:
        if left and self._speakerish(ctx, left) and not self._adverbial(ctx, left):
            return left
        if post and self._speakerish(ctx, post):
            return self._cut_apposition(ctx, post)
        if left and (any(_find(ctx.language, key, ctx.low, *left) for key in (
                "institution_nouns", "anonymity", "source_nouns")) or any(
                _acronym(w.group(0)) for w in ctx.words(*left))):
            # "В МВД сообщили, что ...": the body where it was said; "wie aus
            # Unternehmenskreisen verlautete": the people it came from.
            return left
        if left:
            words = ctx.words(*left)
            if words and _lower(words[0].group(0)) in _word_set(
                    ctx.language, ("locative_prepositions",)) and _name_runs(ctx, left) and \
                    len(words) <= 4:
                return left  # "В «Укренерго» попередили": a named body, where it was said
        return None

    def _speaker_after_adverbial(self, ctx: _Context, span: tuple[int, int]
                                 ) -> tuple[int, int] | None:
        """"W poście na platformie X wicepremier Władysław K. napisał": with no comma after
        the opening adverbial, the speaker is what follows it, from the first office, voice
        or full name that is no complement of a noun before it (a linker: "el comunicado
        del ministro" is the ministry's document, not the minister speaking), or, past a
        document's noun, group of people ("W opublikowanym w piątek liście otwartym lekarze
        rezydenci piszą"; not "У Міністерстві енергетики", the ministry of energy)."""
        lang = ctx.language
        linkers = _word_set(lang, ("linkers",))
        starts = [m.start() for key in ("title_nouns", "spokesperson_nouns")
                  for m in _find(lang, key, ctx.low, *span)]
        document = _find(lang, "document_nouns", ctx.low, *span)[:1]
        starts += [m.start() for m in _find(lang, "vague_nouns", ctx.low, *span)
                   if document and m.start() > document[0].end()]
        starts += [r[0] for r in _name_runs(ctx, span) if len(r[2]) >= 2 and not r[3]]
        definite = _word_set(lang, ("definite_determiners",))
        words = ctx.words(*span)
        for at in sorted(starts):
            before = [w for w in words if w.end() <= at]
            if before and _lower(before[-1].group(0)) in definite - linkers:
                at = before.pop().start()  # "... con la radio el ministro": with its article
            if len(before) >= 2 and _lower(before[-1].group(0)) not in linkers:
                return at, span[1]
        return None

    def _cut_apposition(self, ctx: _Context, span: tuple[int, int]) -> tuple[int, int]:
        """"dijo el ministro en una rueda de prensa": the speaker is the noun phrase, not
        the adverbial after it."""
        preps = _word_set(ctx.language, ("prepositions",))
        linkers = _word_set(ctx.language, ("linkers",))
        words = ctx.words(*span)
        for i, w in enumerate(words[1:], start=1):
            word = _lower(w.group(0))
            if word in preps and word not in linkers:
                return span[0], words[i - 1].end()
        return span

    def _speakerish(self, ctx: _Context, span: tuple[int, int] | None) -> bool:
        """Whether a phrase can name who speaks: a known noun, a pronoun, a name."""
        if span is None:
            return False
        low, lang = ctx.low, ctx.language
        for key in ("anonymity", *NOUN_KEYS, "vague_quantifiers"):
            if _find(lang, key, low, *span):
                return True
        words = [w.group(0) for w in ctx.words(*span)]
        pronouns = _word_set(lang, ("pronouns", "plural_pronouns"))
        if any(_lower(w) in pronouns for w in words):
            return True
        if self.index.at(ctx.pb.block.id, *span):
            return True
        return bool(_name_runs(ctx, span)) or any(_acronym(w) for w in words)

    def classify(self, ctx: _Context, start: int, end: int) -> Source:
        """The kind of a source phrase, in the order the claims package decides it."""
        lang, low, text = ctx.language, ctx.low, ctx.text
        phrase = text[start:end]
        words = ctx.words(start, end)
        lowered = [_lower(w.group(0)) for w in words]
        ids = self.index.at(ctx.pb.block.id, start, end)
        people = [i for i in ids if self.types.get(i) == "person"]
        bodies = [i for i in ids if self.types.get(i) in ("organization", "country")]
        if len(words) == 1 and lowered[0] in _word_set(lang, ("pronouns",)):
            who = last_person_before(self.index, self.types, self.order, ctx.pb.block.id,
                                     start)
            if who is None and self.last and self.last[0].kind == "named":
                who = self.last[0].entity
            return Source("named", phrase, who)
        if len(words) == 1 and lowered[0] in _word_set(lang, ("plural_pronouns",)):
            if self.last is not None:
                return Source(self.last[0].kind, phrase, self.last[0].entity,
                              self.last[0].count)
            return Source("vague", phrase)
        if any(not (text[m.start()].isupper() and m.start() > words[0].start())
               for m in _find(lang, "anonymity", low, start, end)):
            # (a capitalised word inside the phrase is a name's: "Rui Fontes Almeida")
            return Source("anonymous", phrase, None, _count(ctx, start, end))
        one_of = _find(lang, "one_of", low, start, end)
        if one_of and one_of[0].start() == words[0].start() and any(
                _find(lang, key, low, one_of[0].end(), end)
                for key in ("title_nouns", "source_nouns", "spokesperson_nouns", "vague_nouns")):
            # "один із депутатів фракції", "uno dei consiglieri del ministro": one unnamed
            # person among several who hold an office; "Jeden z górników": one among a
            # group is a person, unnamed, not the group.
            return Source("anonymous", phrase, None, 1)
        every_run = _name_runs(ctx, (start, end))
        connectors = _word_set(lang, ("connectors",))
        # "Ministerio de Agricultura, Pesca y Alimentación": a list closed by "and" after
        # a name owned by its body goes on naming the body.
        every_run = [(r[0], r[1], r[2], True) if i and every_run[i - 1][3] and text[
            every_run[i - 1][1]:r[0]].strip() == "," and r[1] == end and any(
            _lower(w.group(0)) in connectors for w in ctx.words(r[0], r[1])) else r
            for i, r in enumerate(every_run)]
        runs = [r for r in every_run if not r[3]]
        if (lowered[0] in _word_set(lang, ("vague_quantifiers",)) or any(
                w in _word_set(lang, ("polled_words",)) for w in lowered)) and _find(
                lang, "vague_nouns", low, start, end) and not _find(
                lang, "source_nouns", low, start, end) and not people:
            # "Varios vecinos del barrio de X, que denunciaron ... ante la Policía", "Veel
            # boeren in de Gelderse Vallei": a group counted vaguely, wherever it lives and
            # whatever body its complement names; "Опрошенные РБК аналитики": a group the
            # outlet polled is no body's voice.
            return Source("vague", phrase)
        if people:
            return Source("named", phrase, people[0])
        nouns = any(_find(lang, key, low, start, end) for key in NOUN_KEYS)
        if runs and not nouns and (self._adverbial(ctx, (start, end)) or all(
                _country(text[r[0]:r[1]], lang) for r in runs)):
            # "hieß es in Washington", "aus Seoul und Kiew", "según Corea del Sur": a
            # country or a capital speaks for its government.
            return Source("institution", phrase, bodies[0] if bodies else None)
        if runs and all(text[r[0] - 1:r[0]] in OPEN_QUOTES for r in runs) and not _find(
                lang, "document_nouns", low, start, runs[0][0]):  # "опрос «Левада-центра»"
            return Source("institution", phrase)  # "des „Spiegel“": a paper, a company
        # "el Instituto Nacional de Estadística", "la patronal Anfac", "A Petrobras": the
        # name of a body, which the noun or the article before it introduces.
        body_words = _word_set(lang, ("name_body_words",))
        # ("Das Robert Koch-Institut": a body's noun hyphened to the name that opens and
        # closes the phrase, with no office in it: not "Verdi-Sprecherin X", nor
        # "Geschäftsführer X der Deutschen Presse-Agentur")
        offices = [m for key in ("title_nouns", "spokesperson_nouns")
                   for m in _find(lang, key, low, start, end)]
        hyphened = [m.start() for m in _find(lang, "institution_nouns", low, start, end)
                    if text[m.start() - 1] == "-" and m.end() == end and not offices]
        named_bodies = [r for r in runs if self._body_name(ctx, start, r) or any(
            self.types.get(i) == "organization"  # "da Human Rights Watch"
            for i in self.index.at(ctx.pb.block.id, r[0], r[1])) or (any(
                r[0] < at < r[1] for at in hyphened) and len(ctx.words(start, r[0])) <= 1
                and len(r[2]) <= 3) or (
                # ("Farmers Defence Force": a word no person's name holds)
                len(r[2]) >= 2 and any(_lower(w) in body_words for w in r[2]))]
        connectors = _word_set(lang, ("connectors",))
        for r in runs:
            if named_bodies and r not in named_bodies and r[0] > named_bodies[-1][1] and \
                    _lower(text[named_bodies[-1][1]:r[0]].strip()) in connectors:
                # "Ministerstwo Funduszy i Polityki Regionalnej": a body's name goes on
                # past "and".
                named_bodies.append(r)
        runs = [r for r in runs if r not in named_bodies]
        head_doc = self._document_head(ctx, start, end)
        if head_doc is not None:
            # "uno studio del Cnr pubblicato su Nature Geoscience": the names after a
            # document are its authors or where it appeared.  "A imprensa desportiva": the
            # press with no title named is nobody in particular (as local media are).
            if _lower(head_doc.group(0)) in _word_set(lang, ("press_nouns",)) and not \
                    every_run and not _find(lang, "institution_nouns", low, start, end):
                return Source("vague", phrase)
            return Source("document", phrase, bodies[0] if bodies else None)
        # (but "экономист Игорь Белов": a full name right after a singular form of the
        # noun is a person; "Mieszkańcy Nowej Huty", the listed plural, live there)
        # ("Os moradores do bairro da Cova da Moura": after its article)
        article = 1 if words and _lower(words[0].group(0)) in _word_set(
            lang, ("definite_determiners",)) else 0
        group = _find(lang, "vague_nouns", low, start, end)[:1]
        singular = bool(group) and _lower(group[0].group(0)) not in _word_set(
            lang, ("vague_nouns",))
        if self._heads_names(ctx, "vague_nouns", start, end, runs, article) and not _find(
                lang, "source_nouns", low, start, end) and not named_bodies and not (
                singular and len(words) > 2 and any(len(r[2]) >= 2 and r[0] == words[1].start()
                                                    for r in runs)):
            # "Waarnemers in Den Haag", "Vecinos de Carabanchel": a group opening the
            # phrase; the names after it say where it stands, not who speaks.
            return Source("vague", phrase)
        # ("в мэрии Екатеринбурга": a body's word an office's stem also matches, "мэр",
        # is the body's)
        bodies_words = _bodies_not_titles(ctx, start, end)
        if self._heads_names(ctx, "institution_nouns", start, end, runs, 1) and not any(
                    key != "title_nouns" or (m.start(), m.end()) not in bodies_words
                    for key in ("source_nouns", "spokesperson_nouns", "title_nouns",
                                "document_nouns")
                    for m in _find(lang, key, low, start, end)
                ) and not self._titled(ctx, start, end):
            # "Der Gesamtverband der Deutschen Versicherungswirtschaft": a body's noun
            # opening the phrase; the capitalised words after it complete its name.
            return Source("institution", phrase, bodies[0] if bodies else None)
        if any(len(r[2]) >= 2 for r in runs):
            return Source("named", phrase)
        if self._titled(ctx, start, end) or (runs and self._title_before(ctx, start, runs)):
            return Source("named", phrase)
        titles = _find(lang, "title_nouns", low, start, end)
        particles = _word_set(lang, ("name_particles",))
        if titles and titles[0].start() == words[0].start() and any(
                len(r[2]) >= 2 or (r[0] > titles[0].end() and _lower(
                    text[titles[0].end():r[0]].strip()) in particles)
                for r in every_run):
            # ("Minister Van Dalen": a surname with its particle, whatever the run says
            # of "Dalen", a village too)
            # "minister van Buitenlandse Zaken Caspar Veldkamp": an office heading the
            # phrase, then its complement and the holder's name run together.
            return Source("named", phrase)
        inquiry = [w for w in words[article:]]
        if len(inquiry) == 1 and _lower(inquiry[0].group(0)) in _word_set(
                lang, ("inquiry_nouns",)):
            # "Die Ermittler gehen davon aus ...": those in charge of an inquiry, named by
            # their role with a definite article (or alone, in a language without one),
            # speak for it (as "les enquêteurs" and "investigators" do).
            return Source("institution", phrase)
        sources = _find(lang, "source_nouns", low, start, end)
        if sources and self._insider(ctx, start, end, sources):
            return Source("anonymous", phrase, None, _count(ctx, start, end))
        vague = _find(lang, "vague_nouns", low, start, end)
        documents = [d for d in _find(lang, "document_nouns", low, start, end) if not any(
            v.start() <= d.start() and d.end() <= v.end() for v in vague)]  # "medios locales"
        if documents and vague and not sources and not named_bodies and vague[0].end() <= \
                documents[0].start() and not any(_find(lang, key, low, start, vague[0].start())
                                                 for key in NOUN_KEYS):
            # "Los analistas consultados por este diario": the group heads the phrase; the
            # document is in its complement.
            return Source("vague", phrase)
        institutions = _find(lang, "institution_nouns", low, start, end)
        if documents and not sources and not (
                institutions and institutions[0].start() < documents[0].start()
                and text[institutions[0].start()].isupper()
                and text[documents[0].start()].isupper()):
            # (not "Państwowa Komisja Badania Wypadków": a capitalised body's noun first,
            # the document's word inside its name)
            return Source("document", phrase, bodies[0] if bodies else None)
        if named_bodies or _find(lang, "institution_nouns", low, start, end) or any(
                _acronym(w.group(0)) for w in words) or (bodies and not sources):
            count = len(set(bodies)) if len(set(bodies)) > 1 else None
            return Source("institution", phrase, bodies[0] if bodies else None, count)
        if sources:
            return Source("anonymous", phrase, None, _count(ctx, start, end))
        numbers = {_lower(k): v for k, v in shallow_lexicon(lang).get("numbers", {}).items()}
        if numbers.get(lowered[0]) == 1 and len(words) > 1 and words[1].group(0)[0].islower() \
                and not _find(lang, "vague_quantifiers", low, start, end):
            # "Een buurtbewoonster die de brand zag", "Un vecino del barrio": one person
            # with no name, not a group speaking vaguely.
            return Source("anonymous", phrase, None, 1)
        if _find(lang, "vague_quantifiers", low, start, end) or _find(
                lang, "vague_nouns", low, start, end):
            return Source("vague", phrase)
        if runs:
            opening = _lower(text[ctx.start:start].strip())
            if len(words) == 1 and not people and not text[end:end + 2].strip().startswith(
                    ":") and (not opening or opening in _word_set(lang, ("according_to",))) \
                    and not shallow_lexicon(lang).get("capitalised_nouns"):
                # "Renfe anunció que", "Según Aena", "Укрзалізниця повідомила": a lone
                # name opening the sentence is a body's; a person is first named in full
                # (a surname alone after the words, "aseguró Sánchez", or heading a
                # headline's quote, "Sánchez: «...»", stays a person; in German every noun
                # has a capital: "Nach Ansicht von Statikern").
                return Source("institution", phrase)
            if len(words) == 1 and (any(
                    _lower(words[0].group(0)).startswith(p) and len(words[0].group(0)) > len(p) + 8
                    for p in _word_set(lang, ("body_name_prefixes",)))
                    or _CAMEL_BRAND.match(words[0].group(0))):
                # "avverte Confagricoltura": a name its language builds for bodies; "meldt
                # ProRail": a capital inside one word, as brands and bodies write theirs
                # (Italian confederations: "Confindustria", "Confcommercio"; a long word, not the
                # surname "Confalonieri")
                return Source("institution", phrase)
            return Source("named", phrase)
        return Source("vague", phrase)

    def _heads_names(self, ctx: _Context, key: str, start: int, end: int,
                     runs: list[tuple[int, int, list[str], bool]], within: int) -> bool:
        """Whether a noun of ``key`` opens the phrase (as its word number ``within`` at
        the latest: after an article) and every name run comes after it, so that the
        names only complete it ("Waarnemers in Den Haag", "Der Gesamtverband der
        Deutschen Versicherungswirtschaft")."""
        words = ctx.words(start, end)
        head = _find(ctx.language, key, ctx.low, start, end)[:1]
        return bool(head and words and runs) and head[0].start() <= words[
            min(within, len(words) - 1)].start() and all(r[0] > head[0].end() for r in runs)

    def _document_head(self, ctx: _Context, start: int, end: int) -> re.Match[str] | None:
        """The document noun that heads a phrase (its first known noun, after at most two
        lowercase words), unless people or a vague group hold it ("medios locales")."""
        lang, low = ctx.language, ctx.low
        docs = _find(lang, "document_nouns", low, start, end)
        if not docs:
            return None
        nouns = sorted((m for key in (*NOUN_KEYS, "anonymity") for m in _find(lang, key, low,
                                                                             start, end)),
                       key=lambda m: m.start())
        head = docs[0]
        before = ctx.words(start, head.start())
        # "Einer Studie", "El Plan": a determiner is no name, even capitalised.
        function = _word_set(lang, ("definite_determiners", "function_words")) | {
            _lower(k) for k in shallow_lexicon(lang).get("numbers", {})}
        if nouns[0].start() < head.start() or len(before) > 2 or any(
                not w.group(0)[0].islower() and _lower(w.group(0)) not in function
                for w in before):
            return None
        if any(m.start() <= head.start() < m.end() and m.re is not head.re for m in nouns
               if m.end() != head.end() or m.start() != head.start()):
            return None  # "medios locales": a vague phrase that holds the document noun
        if _find(lang, "source_nouns", low, start, end) or _find(lang, "anonymity", low,
                                                                   start, end):
            return None
        return head

    def _insider(self, ctx: _Context, start: int, end: int,
                 sources: list[re.Match[str]]) -> bool:
        """Whether people of a body speak, not the body: the phrase opens with a source
        noun ("un alto funcionario del Departamento de Estado", "Ein hochrangiger Beamter
        des Ministeriums") or counts them ("двоє українських військових посадовців",
        "quatro autoridades americanas").  As in the claims package, a body's voice (a
        spokesperson, a representative uncounted) still speaks for the body."""
        lang, low = ctx.language, ctx.low

        def besides(voices: list[re.Match[str]]) -> list[re.Match[str]]:
            return [m for m in sources if not any(
                v.start() < m.end() and m.start() < v.end() for v in voices)]

        spokespeople = _find(lang, "spokesperson_nouns", low, start, end)
        if besides(spokespeople) and _count(ctx, start, end, implied=False) is not None:
            return True  # "dwaj przedstawiciele wywiadów": counted, they are people
        people = besides(spokespeople + _find(lang, "body_voices", low, start, end))
        if not people:
            return False
        nouns = sorted((m for key in NOUN_KEYS for m in _find(lang, key, low, start, end)),
                       key=lambda m: m.start())
        # The head is the first noun, and only a person's: "autoridades" heading "As
        # autoridades sanitárias" is also a body's noun, and the body speaks.
        head = nouns[0].span()
        return head == people[0].span() and all(
            m.re is people[0].re for m in nouns if m.span() == head)

    def _body_name(self, ctx: _Context, start: int, run: tuple[int, int, list[str], bool]
                   ) -> bool:
        """Whether a name run names a body: right after an institution noun that is no
        title ("el Instituto Nacional ...", "der Branchenverband VDA") or after a document
        noun, whose author it is ("raportu Amnesty International"), or a single word
        right after a definite article at the phrase's start ("La Fiat", "A Petrobras":
        people take no article in these languages)."""
        lang, text = ctx.language, ctx.text
        definite = _word_set(lang, ("definite_determiners",))
        first = _WORD.match(text, run[0])
        elided = first.group(0)[:len(first.group(0)) - len(_elided(first.group(0)))] \
            if first else ""
        if len(run[2]) == 1 and elided and _lower(elided) in definite and \
                not text[start:run[0]].strip():
            return True  # "l'Istat"
        fused = re.search(r"(\w+)['’]$", text[max(0, run[0] - 8):run[0]])
        if len(run[2]) == 1 and fused and f"{_lower(fused.group(1))}'" in _word_set(
                lang, ("agent_words", "definite_determiners")):
            return True  # "annunciato dall'Arera": the article, fused, is before the phrase
        before = text[start:run[0]].rstrip(" ")
        nouns = sorted(_find(lang, "institution_nouns", ctx.low, start, run[0]) + _find(
            lang, "document_nouns", ctx.low, start, run[0]), key=lambda m: m.end())
        persons = _find(lang, "title_nouns", ctx.low, start, run[0]) + _find(
            lang, "spokesperson_nouns", ctx.low, start, run[0])
        spoken_for = any(t.end() <= nouns[-1].start() for t in persons) if nouns else False
        plain = len(run[2]) >= 2 and len(ctx.words(run[0], run[1])) == len(run[2])
        if spoken_for and plain:
            return False  # "Речник Повітряних сил Юрій Ігнат": the spokesperson's name
        if nouns and nouns[-1].end() == len(before) + start and not any(
                t.end() == nouns[-1].end() for t in persons):
            return True
        words = ctx.words(start, run[0])
        if words and _acronym(words[-1].group(0)) and not text[words[-1].end():run[0]].strip() \
                and not persons:
            # "PKP Polskie Linie Kolejowe": a body's initials, then its name ("Речник ДПСУ
            # Андрій Демченко": after an office, the holder's name).
            return True
        if len(words) == 1 and _lower(words[0].group(0)) in _word_set(lang, ("body_articles",)):
            return True  # "El Real Betis": Spanish names of people take no article at all
        return len(run[2]) == 1 and len(words) == 1 and _lower(words[0].group(0)) in definite

    def _titled(self, ctx: _Context, start: int, end: int) -> bool:
        """"El ministro de Economía", "der Innenminister": one person identified by office,
        a title noun right after a definite or possessive determiner (or, in a language
        without articles, at the phrase's head)."""
        bodies = _bodies_not_titles(ctx, start, end)
        titles = [t for t in _find(ctx.language, "title_nouns", ctx.low, start, end)
                  if (t.start(), t.end()) not in bodies]  # ("мэрии", a body: not "мэр")
        if not titles or any(v.start() <= titles[0].start() and titles[0].end() <= v.end()
                             for v in _find(ctx.language, "vague_nouns", ctx.low, start, end)):
            return False  # "Врачи" (doctors), not "врач" the office: a group
        words = ctx.words(start, titles[0].start())
        if shallow_lexicon(ctx.language).get("no_articles"):
            # No articles to tell "the minister" from "a minister": the office at the
            # phrase's head, after at most two adjectives, is one person ("министр").
            return len(words) <= 2 and all(w.group(0)[0].islower() for w in words)
        definite = _word_set(ctx.language, ("definite_determiners",))
        elided = re.search(r"(\w+['’])$", ctx.text[start:titles[0].start()])
        if elided and _lower(elided.group(1)).replace("’", "'") in definite and len(words) <= 2:
            return True  # "l'amministratore delegato"
        first = _lower(words[0].group(0)).replace("’", "'") if words else ""
        if "'" in first and first[: first.index("'") + 1] in definite and len(words) <= 2:
            return True  # "l'ex sindaco": the article elided onto the word before the office
        return bool(words) and _lower(words[0].group(0)) in definite and len(words) <= 2

    def _title_before(self, ctx: _Context, start: int,
                      runs: list[tuple[int, list[str], bool]]) -> bool:
        """"Bundeskanzler Scholz", "la portavoz Sánchez": a title then a single name."""
        titles = _find(ctx.language, "title_nouns", ctx.low, start, runs[0][0])
        return bool(titles) and not ctx.text[titles[-1].end():runs[0][0]].strip(" ")



#: One word with a capital inside it after three letters or more ("ProRail", "PostBank"),
#: as bodies and brands write their names; not a surname's prefix ("McDonald", "MacRae").
_CAMEL_BRAND = re.compile(r"^(?!Mac[A-Z])[A-Z][a-z]{2,}[A-Z][a-z]+$")

def _bodies_not_titles(ctx: _Context, start: int, end: int) -> set[tuple[int, int]]:
    """Where a body's word stands that an office's stem only happens to match ("мэрии",
    the city hall, matched by the stem of "мэр"), not a listed office ("губернатора",
    listed both ways, stays the governor)."""
    offices = _word_set(ctx.language, ("title_nouns",))
    bodies = {(m.start(), m.end()) for m in _find(ctx.language, "institution_nouns", ctx.low,
                                                  start, end) if m.group(0) not in offices}
    # (and an office's word inside a body's name: "la Dirección General de Tráfico")
    return bodies | {(t.start(), t.end()) for t in _find(ctx.language, "title_nouns", ctx.low,
                                                         start, end)
                     if any(a <= t.start() and t.end() <= b and b - a > t.end() - t.start()
                            for a, b in bodies)}
