"""Absolute calendar dates written out in text, in any language with a lexicon.

Why not dateparser: it is slow on long texts and guesses too eagerly (a bare
"mai" or "may" becomes a date).  Here only explicit forms count — a day, a
month name and a year ("le 3 avril 2022", "14 December, 2021",
"December 14, 2021"), a month and a year ("juin 2024"), or ISO ``2024-06-19``
— because these bound a publication window and date captions; relative dates
("cette année", "last week") are resolved by the language layer against a
known publication date.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from newstrace import lexicons


@dataclass(frozen=True, slots=True)
class DateMention:
    """An explicit date in a text: ``text[start:end]`` reads as ``value`` (ISO 8601)."""

    start: int
    end: int
    text: str
    value: str
    """``YYYY-MM-DD`` or ``YYYY-MM``."""


_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def fold(word: str) -> str:
    """Lowercase without accents, so "fevrier" and "Février" are one month.

    Hot: every cue lookup folds, so ASCII takes a fast path and short strings
    (cue words, tokens) are cached.
    """
    if word.isascii():
        return word.lower()
    if len(word) <= 64:
        return _fold_short(word)
    return _COMBINING.sub("", unicodedata.normalize("NFD", word.lower()))


@lru_cache(maxsize=65536)
def _fold_short(word: str) -> str:
    return _COMBINING.sub("", unicodedata.normalize("NFD", word.lower()))


@lru_cache(maxsize=1)
def _month_table() -> dict[str, int]:
    """Month names (full and short, accents folded) from every lexicon, to month number."""
    table: dict[str, int] = {}
    for lang in lexicons.available():
        section = lexicons.load(lang).get("dates", {})
        for key in ("months", "months_short"):
            for number, name in enumerate(section.get(key, []), start=1):
                table.setdefault(fold(name), number)
    return table


def is_month(word: str) -> bool:
    """Whether ``word`` names a month in any language's lexicon ("mars", "December",
    "sept."), accents and case aside."""
    return fold(word.rstrip(".")) in _month_table()


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], ...]:
    # Any word may stand in the month slot: _month_of() keeps only lexicon months,
    # so accented and unaccented spellings both count and no regex lists them.
    month = r"(?P<month>[^\W\d_]{3,10})\.?"
    day = r"(?P<day>[0-3]?\d)(?:er|re|st|nd|rd|th|º|°)?"
    year = r"(?P<year>(?:1[89]|20|21)\d\d)"
    return (
        # 3 avril 2022 / 14 December, 2021 / 1er mai 2024
        re.compile(rf"\b{day}\s+(?:de\s+)?{month},?\s+(?:de\s+)?{year}\b", re.IGNORECASE),
        # December 14, 2021
        re.compile(rf"\b{month}\s+{day},?\s+{year}\b", re.IGNORECASE),
        # juin 2024 / June 2024
        re.compile(rf"\b{month}\s+(?:de\s+)?{year}\b", re.IGNORECASE),
        # 2024-06-19
        re.compile(r"(?<!\d)(?P<year>(?:18|19|20|21)\d\d)-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)(?!\d)"),
    )


def _month_of(match: re.Match[str]) -> int | None:
    groups = match.groupdict()
    if groups.get("mnum"):
        return int(groups["mnum"])
    return _month_table().get(fold(groups["month"]))


def find_dates(text: str) -> list[DateMention]:
    """Every explicit date in ``text``, left to right, longest form first, no overlaps."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for pattern in _patterns():
        for m in pattern.finditer(text):
            if any(m.start() < end and start < m.end() for start, end in taken):
                continue
            month = _month_of(m)
            if month is None:
                continue
            year = int(m.group("year"))
            day_text = m.groupdict().get("day")
            try:
                if day_text:
                    value = date(year, month, int(day_text)).isoformat()
                else:
                    value = f"{year:04d}-{month:02d}"
            except ValueError:
                continue
            taken.append((m.start(), m.end()))
            found.append(DateMention(m.start(), m.end(), m.group(0), value))
    found.sort(key=lambda d: d.start)
    return found
