"""Names in a phrase, read from capitals where there is no tagger: runs of capitalised
words, a body's initials, an elided article ("dell'Onu"), a country or its capital, and
how many people an anonymous phrase counts.

Apart because anchors, speakers and sources all ask whether a phrase names someone, and
capitals are what stands in for the parse and the entity tagger here.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newstrace.analyze.shallow_claims._lexicon import (
    NOUN_KEYS,
    _find,
    _lower,
    _word_set,
    shallow_lexicon,
)
from newstrace.analyze.shallow_claims._text import _Context
from newstrace.nlp.countries import country_of, metonym_country


@lru_cache(maxsize=4096)
def _country(name: str, language: str | None) -> bool:
    """A country's name or its capital's ("Corea del Sur", "Washington")."""
    return country_of(name, language) is not None or metonym_country(name, language) is not None


def _elided(word: str) -> str:
    """"l'Istat" -> "Istat", "dell'Onu" -> "Onu": the word after an elided article."""
    for mark in "'’":
        head, sep, rest = word.partition(mark)
        if sep and rest and len(head) <= 5 and head.isalpha() and (
                len(head) == 1 or head[1:].islower()):
            return rest  # "l'Istat", and "L'Aeronautica" at a sentence's start
    return word


def _acronym(word: str) -> bool:
    """"ONU", "OTAN", "EFE", "NATO": a body's initials; also initials joined by a
    lowercase "and" ("GDDKiA", "MSWiA", "UOKiK": Polish bodies' names with "i")."""
    if 2 <= len(word) <= 6 and word.isalpha() and word.isupper():
        return True
    if not (4 <= len(word) <= 8 and word.isalpha() and word[:2].isupper() and word[-1].isupper()):
        return False
    lower = [i for i, ch in enumerate(word) if not ch.isupper()]
    return bool(lower) and len(word) - len(lower) >= 3 and all(
        word[i - 1].isupper() and word[i + 1].isupper() for i in lower)


def _name_runs(ctx: _Context, span: tuple[int, int]
               ) -> list[tuple[int, int, list[str], bool]]:
    """Runs of capitalised words that are not known nouns, function words, dates or
    initials: (start, end, words, owned), ``owned`` when a linker ("de", "des", "von") makes
    the run the complement of a noun ("el portavoz del Kremlin") rather than a speaker."""
    lang = ctx.language
    skip = _word_set(lang, ("function_words", "definite_determiners", "not_names",
                            "prepositions", "connectors", "pronouns", "plural_pronouns",
                            "vague_quantifiers"))
    particles = _word_set(lang, ("name_particles",))
    linkers = _word_set(lang, ("linkers",))
    definite = _word_set(lang, ("definite_determiners",))
    numbers = {_lower(k) for k in shallow_lexicon(lang).get("numbers", {})}
    nouns = [(m.start(), m.end()) for key in (*NOUN_KEYS, "anonymity")
             for m in _find(lang, key, ctx.low, *span)]
    runs: list[tuple[int, int, list[str], bool]] = []
    current: list[re.Match[str]] = []
    previous: re.Match[str] | None = None
    words = ctx.words(*span)

    def close() -> None:
        if current:
            i = words.index(current[0])
            while i >= 1 and _lower(words[i - 1].group(0)) in definite:
                i -= 1  # "Ministerio para la Transición": the linker before the article
            # "el portavoz del Kremlin": a linker after a word; "A Petrobras": an article.
            owned = i >= 2 and _lower(words[i - 1].group(0)) in linkers
            runs.append((current[0].start(), current[-1].end(), [w.group(0) for w in current],
                         owned))

    for w in words:
        word = _elided(w.group(0))
        low = _lower(word)
        head = w.group(0)[:len(w.group(0)) - len(word)]
        at = w.start() + len(head)
        is_noun = any(a <= at < b for a, b in nouns)
        name = (word[0].isupper() and not _acronym(word) and low not in skip
                and low not in numbers and not is_noun)
        gap = previous is not None and ctx.text[previous.end():w.start()].strip() != ""
        if name and head and _lower(head) in linkers:
            close()  # "dell'Università": the name is a complement, owned by the linker
            runs.append((at, w.end(), [word], True))
            current = []
        elif name and not gap:
            current.append(w)
        elif current and low in particles and not gap:
            previous = w
            continue
        else:
            close()
            current = [w] if name else []
        previous = w
    close()
    return runs


def _count(ctx: _Context, start: int, end: int, implied: bool = True) -> int | None:
    """How many people an anonymous phrase names ("un funcionario y tres personas": 4);
    None when a noun has no number ("fuentes cercanas").  ``implied``: a lone singular
    noun counts one in a language without articles ("Высокопоставленный источник")."""
    numbers = {_lower(k): int(v) for k, v in shallow_lexicon(ctx.language).get(
        "numbers", {}).items()}
    total, unknown = 0, False
    nouns = _find(ctx.language, "source_nouns", ctx.low, start, end)
    first = ctx.words(start, end)[:1]
    if len(nouns) == 1 and first and _lower(first[0].group(0)) in numbers:
        # "Einer mit der Sache vertrauten Person": the number opens the phrase.
        return numbers[_lower(first[0].group(0))]
    singular = _word_set(ctx.language, ("singular_source_nouns",))
    for m in nouns:
        before = [_lower(w.group(0)) for w in ctx.words(start, m.start())][-3:]
        found = [numbers.get(w) or (int(w) if w.isdigit() else None) for w in reversed(before)]
        n = next((f for f in found if f), None)
        if n is None and implied and len(nouns) == 1 and m.group(0) in singular:
            n = 1  # "Высокопоставленный источник": no article, the singular says one
        if n:
            total += n
        else:
            unknown = True
    return None if unknown or total == 0 else total
