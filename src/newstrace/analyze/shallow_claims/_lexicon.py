"""The ``[shallow]`` section of a language's lexicon, and its phrases as regexes.

Apart because every step asks the lexicon and none of this reads a sentence: the cached
lexicon, word sets, matchers and lowercasing have one definition that all the other
modules share, so each cache stays single.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any

from newstrace import lexicons

#: Lexicon keys whose nouns may head a German-style compound ("Innenministerium").
NOUN_KEYS = ("source_nouns", "institution_nouns", "title_nouns", "document_nouns",
             "vague_nouns", "spokesperson_nouns")


@cache
def shallow_lexicon(language: str | None) -> dict[str, Any]:
    """The ``[shallow]`` section of a language's lexicon (empty when it has none)."""
    if not language:
        return {}
    return dict(lexicons.load(language).get("shallow", {}))


def _words_of(language: str | None, *keys: str) -> frozenset[str]:
    lex = shallow_lexicon(language)
    out: set[str] = set()
    for key in keys:
        section = lex.get("certainty", {}) if key.startswith("c_") else lex
        out.update(_lower(w) for w in section.get(key.removeprefix("c_"), []))
    return frozenset(out)


@cache
def _word_set(language: str | None, keys: tuple[str, ...]) -> frozenset[str]:
    return _words_of(language, *keys)


#: Lexicon keys of verbs whose separable particle closes the clause: the middle field
#: between them may hold the speaker and adverbials.
VERB_KEYS = frozenset({"reporting_verbs", "denial_verbs", "stance_verbs", "evidence_verbs",
                       "question_verbs", "promise_verbs", "intention_verbs", "announce_verbs",
                       "forecast_verbs", "accuse_verbs", "object_forecast_verbs",
                       "request_verbs"})


def _phrase_regex(phrase: str, closers: tuple[str, ...] = (), gap: int = 5) -> str:
    """A lexicon phrase as a regex: spaces match any run of spaces; `` * `` stands for a
    gap of up to ``gap`` words before a separable particle that closes its clause, before
    punctuation or a complementizer ("teilte * mit" matches "teilte am Montag mit,",
    "kondigde * aan" matches "kondigde aan dat").  A verb's gap is longer (16): its
    middle field may hold the speaker and adverbials ("sagte der Kronzeuge X am Dienstag
    vor dem Landgericht aus") and may hold an object with its infinitive clause ("wies
    am Donnerstag den Vorwurf der DUH, manipulierte Geräte geliefert zu haben, zurück").
    `` ** `` is a gap of up to five words before a preposition that opens the verb's
    object, not a particle closing the clause ("rechnet ** mit" matches "rechnet für das
    Wochenende mit")."""
    opening = " ** " in phrase
    parts = phrase.strip().split(" ** " if opening else " * ")
    body = [r"\s+".join(re.escape(w) for w in part.split()) for part in parts]
    if len(body) == 1:
        return body[0]
    if opening:
        return rf"(?:\s+\S+){{0,{min(gap, 5)}}}?\s+".join(body)
    words = "".join(rf"|\s+{re.escape(c)}\b" for c in closers)
    between = rf"(?:\s+\S+){{0,{gap}}}?\s+"
    return between.join(body) + rf"(?=\s*[,.;:!?]|\s*$|{words[1:]})" \
        if words else between.join(body) + r"(?=\s*[,.;:!?]|\s*$)"


@cache
def _matcher(language: str | None, key: str) -> re.Pattern[str] | None:
    """Every phrase of ``key`` (``c_`` prefix: the ``[shallow.certainty]`` table) as one
    regex over lowercased text; German-style nouns also match as a compound's head."""
    lex = shallow_lexicon(language)
    section = lex.get("certainty", {}) if key.startswith("c_") else lex
    phrases = sorted({_lower(p).strip() for p in section.get(key.removeprefix("c_"), [])},
                     key=len, reverse=True)
    phrases = [p for p in phrases if p]
    if not phrases:
        return None
    closers = tuple(_lower(c) for c in lex.get("complementizers", []))
    nouns = key in NOUN_KEYS
    alternatives = []
    for p in phrases:
        if nouns and lex.get("inflected_nouns"):
            body = r"\s+".join(_stem(w) for w in p.split())
        else:
            # (a refusal may hold the middle field too: "wollten sich auf Anfrage nicht
            # zu den Vorwürfen äußern")
            body = _phrase_regex(p, closers, 16 if key in VERB_KEYS or
                                 key == "c_negation_exceptions" else 5)
        if nouns and lex.get("compound_nouns") and len(p) >= (
                5 if lex.get("inflected_nouns") else 4):
            # "Innenministerium": a long noun may head a compound; a short one ("rat")
            # would match the end of too many words.
            body = rf"\w*?{body}"
            if lex.get("capitalised_nouns") and p[-1].isalpha():
                body += r"(?:e?s)?"  # the genitive: "des britischen Geheimdienstes"
        # Word boundaries where the phrase has word characters (", czy" has none before).
        before = r"(?<!\w)" if p[0].isalnum() else ""
        after = r"(?!\w)" if p[-1].isalnum() else ""
        alternatives.append(f"{before}{body}{after}")
    return re.compile("|".join(alternatives))


def _stem(word: str) -> str:
    """A noun as a regex for its case forms, in a language that inflects them
    ("минздрав" matches "Минздрава", "źródło" matches "źródeł"): the word without its
    final vowel, then up to three letters.  Short words stay exact ("ес" is not "если")."""
    if len(word) <= 3 or not word[-1].isalpha():
        return re.escape(word)
    stem = word[:-1] if word[-1] in "аеиоуыэюяіїєьйaeiouyąę" else word
    return re.escape(stem) + r"\w{0,3}"


@cache
def _patterns(language: str | None, key: str) -> tuple[re.Pattern[str], ...]:
    """Regexes written in the lexicon (word endings of a tense or a mood), case-sensitive."""
    section = shallow_lexicon(language).get("certainty", {})
    return tuple(re.compile(p) for p in section.get(key, []))


def _find(language: str | None, key: str, low: str, start: int = 0,
          end: int | None = None) -> list[re.Match[str]]:
    pattern = _matcher(language, key)
    if pattern is None:
        return []
    found = pattern.finditer(low, start, len(low) if end is None else end)
    if key not in NOUN_KEYS:
        return list(found)
    # Words that only end like a compound of a known noun: "Soldaten" is no "Daten".
    wrong = _word_set(language, ("compound_exceptions",))
    return [m for m in found if m.group(0) not in wrong]


def _first(language: str | None, key: str, low: str, start: int = 0,
           end: int | None = None) -> str | None:
    found = _find(language, key, low, start, end)
    return found[0].group(0) if found else None


@lru_cache(maxsize=4096)
def _lower(text: str) -> str:
    """Lowercase, one character for one, so that offsets stay those of the text; "ё" is
    read as "е", as Russian writes either ("отчёт" is "отчет")."""
    return "".join(low if len(low := ch.lower()) == 1 else ch for ch in text).replace("ё", "е")
