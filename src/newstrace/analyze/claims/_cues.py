"""The claims lexicon of a language and the matching of its phrases in text.

Apart because every rule asks for cues: ``cues_for`` is cached once per language and
``folded`` memoises its folded sets inside the cue dictionary, so both must have one
definition that all the other modules share.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, Any

from newstrace import lexicons
from newstrace.nlp.dates import fold

if TYPE_CHECKING:
    from spacy.tokens import Token


@cache
def cues_for(language: str | None) -> dict[str, Any]:
    """The claims cues of a language (its lexicon, or every lexicon merged when it has none);
    cached, as every verb of saying asks for them: read it, never change it (only
    ``folded`` keeps its folded sets in it)."""
    lex = lexicons.load(language)
    if "claims" not in lex:
        lex = lexicons.load_all()
    numbers = lex.get("numbers", {})
    # Words that give a figure without digits ("estime à plusieurs centaines le nombre"):
    # the quantity reader's magnitudes and vague counts, and shares ("puts the losses at
    # roughly a quarter of its assets").
    magnitudes = [*numbers.get("magnitudes", {}), *numbers.get("vague", {}),
                  *lex.get("claims", {}).get("fraction_words", [])]
    # Words that make a number an offset into the past ("il y a deux ans", "two years ago"):
    # the time reader's.
    times = lex.get("times", {})
    return {**lex.get("claims", {}), **{f"c_{k}": v for k, v in lex.get("certainty", {}).items()},
            "magnitude_words": magnitudes,
            "ago_words": [*times.get("ago_before", []), *times.get("ago_after", [])]}


def folded(cues: dict[str, Any], key: str) -> frozenset[str]:
    """The lexicon list ``key`` accent-folded and lowercased, computed once per cue
    dictionary: every verb of saying and every token asks for these sets."""
    memo: dict[str, frozenset[str]] = cues.setdefault("_folded", {})
    found = memo.get(key)
    if found is None:
        found = memo[key] = frozenset(fold(v) for v in cues.get(key, []))
    return found


def _has(text: str, phrases: list[str]) -> str | None:
    """The first phrase (in lexicon order) found in folded ``text`` on word boundaries."""
    if not phrases:
        return None
    pattern, folded_phrases = _phrase_pattern(tuple(phrases))
    found = {m.group(0) for m in pattern.finditer(fold(text))}
    if not found:
        return None
    return next(p for p, fp in zip(phrases, folded_phrases, strict=True) if fp in found)


def _one_of(text: str, cues: dict[str, Any]) -> bool:
    """Whether ``text`` opens with one of the language's ``one_of`` phrases ("l'un des",
    "one of the"): one unnamed member of a group."""
    return any(fold(text).startswith(fold(o) + " ") for o in cues.get("one_of", []))


def _masked(text: str, phrases: list[str]) -> str:
    """``text`` with each of ``phrases`` blanked out (same length, so offsets hold)."""
    if not phrases:
        return text
    pattern, _ = _phrase_pattern(tuple(phrases))
    folded_text = fold(text)
    if len(folded_text) != len(text):
        return text
    chars = list(text)
    for m in pattern.finditer(folded_text):
        chars[m.start() : m.end()] = " " * (m.end() - m.start())
    return "".join(chars)


@cache
def _phrase_pattern(phrases: tuple[str, ...]) -> tuple[re.Pattern[str], list[str]]:
    folded = [fold(p).strip() for p in phrases]
    ordered = sorted(set(filter(None, folded)), key=len, reverse=True)
    whole = "|".join(re.escape(f) for f in ordered if not f.endswith(("'", "’")))
    # A phrase ending in an elided word ("susceptibles d'", "à moins qu'") runs into the
    # next word: no word boundary after it.
    elided = "|".join(re.escape(f) for f in ordered if f.endswith(("'", "’")))
    alternation = "|".join(filter(None, (f"(?:{whole})(?![\\w-])" if whole else "",
                                         f"(?:{elided})" if elided else "")))
    return re.compile(rf"(?<![\w])(?:{alternation})"), folded


def _person_noun(word: str, cues: dict[str, Any]) -> bool:
    """Whether a noun names a person by its ending (``person_noun_endings``: "le
    vainqueur", "l'attaquant", "the striker"), by kinship (``kin_nouns``: "son mari",
    "her daughter") or by age, sex or tie (``person_words``: "le garçon", "the girl", "un
    ami")."""
    return fold(word).endswith(tuple(folded(cues, "person_noun_endings"))) or \
        fold(word) in folded(cues, "kin_nouns") or fold(word) in folded(cues, "person_words")


def _speaker_nouns(cues: dict[str, Any]) -> list[str]:
    """The nouns of whoever can speak or hold a view: people by kind, role or title
    ("experts", "sources", "le ministre", "a spokesperson") and bodies ("le parquet")."""
    return [*cues.get("vague_nouns", []), *cues.get("source_nouns", []),
            *cues.get("institution_nouns", []), *cues.get("title_nouns", []),
            *cues.get("body_voices", [])]


def _generic_place(pronoun: Token, words: list[Token], cues: dict[str, Any]
                   ) -> list[Token] | None:
    """Where a generic "on" speaks from ("indique-t-on à la Chancellerie", "Au ministère
    des Armées, on assure"): the nouns after the place preposition that opens ``words``,
    or None when ``pronoun`` is no generic pronoun or ``words`` no such phrase."""
    if not _has(pronoun.text.strip("-").removeprefix("t-"), cues.get("generic_pronouns", [])):
        return None
    if len(words) < 2 or fold(words[0].text) not in folded(cues, "place_prepositions") or \
            not any(t.pos_ in ("NOUN", "PROPN") for t in words[1:]):
        return None
    return words[1:]
