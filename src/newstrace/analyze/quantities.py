"""Quantities in a block: value, what is counted, and how the number bounds the truth.

A fact-checker needs "Pas moins de 12 000 soldats nord-coréens" as *at least*
12000 soldiers, "des milliers de soldats" as an order of magnitude, and never a
year, a date, a clock time, an ordinal or an aircraft name ("F-16") as a count.
So each quantity is read with its bound, its unit (a canonical English unit
when the lexicon knows the noun: soldats/troops -> "soldiers", dollars/$ ->
"USD"; the noun as written otherwise) and ``of``, the counted noun phrase as
written ("soldats nord-coréens").

How: one regex tokenizer over the normalised text (``nlp.normalize``: NBSP,
typographic apostrophes; abbreviations with dots, "U.S.", "St.", kept whole, so
"two U.S. officials" counts officials, not a unit "U"), then a single left-to-right pass where each
number, currency sign, vague count ("des milliers") or number-word run
("vingt et un") looks at most a few tokens left (bound cues) and right
(magnitude, range, unit, counted noun).  Every cue is in the lexicons
(``<lang>.quantities.toml``, ``common.quantities.toml``); the code has no
language branch.  Offsets are mapped back to ``block.text``, so
``block.text[span.start:span.end] == quantity.text``.

Conventions:

* vague counts take the lower bound of their order of magnitude and bound
  ``approximate``: "des milliers" 1000, "dozens" 12, "tens of billions" 1e10;
* a range ("entre 10 000 et 12 000", "10-12", "between 10 and 20") has bound
  ``range``, ``value`` = low end, the whole range in ``text`` (and ``high`` if
  the model has that field);
* "un/une/a/an/one" alone is an article, not a count; number words need a
  counted noun, a unit, a bound cue or a range to be a quantity ("neuf" is
  also "new");
* durations ("trois ans", "10 days") are left to the times analyzer.

Speed: about 6 ms per 1,000 words (the French seed page, 609 words in 22
blocks, in 3.3 ms; 6,090 words in one block in 35 ms; dense English 8 ms per
1,000 words; timeit on one core, lexicons cached; a third of it is
``nlp.normalize``).  Linear in the text: every look-ahead is bounded.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal

from newstrace import lexicons
from newstrace.model import Block, Quantity, Span
from newstrace.nlp.normalize import normalize
from newstrace.nlp.numbers import (
    base_language,
    magnitudes,
    number_word_value,
    parse_digits,
    vague_counts,
)

Bound = Literal["exact", "at_least", "at_most", "approximate", "range"]

#: Letters joined by dots ("U.S.", "U.N.", "a.m.", "É.-U.", "O.N.U", "U.S.-made") are one
#: word: cut at the dots, "two U.S. officials" would count "U" as its unit.  The last dot may
#: be missing ("the U.S"), but then no letter may follow ("x.com" is not an abbreviation).
_DOTTED = r"(?<![\w.])[^\W\d_]\.(?:-?[^\W\d_]\.)*-?[^\W\d_](?:\.|(?![^\W\d_]))(?:-[^\W\d_]+)*"
_NUM = r"(?P<num>\d{1,3}(?P<sep>[ ,.'])\d{3}(?:(?P=sep)\d{3})*(?:[.,]\d+)?(?!\d)|\d+(?:[.,]\d+)?)"
#: An elision ("l'", "d'", "dell'") is a word of its own; an English possessive ("region's")
#: is not an elision: the noun stays whole.
_WORD = r"[^\W\d_]+'(?=[^\W\d_])(?![sS](?![^\W\d_]))|[^\W\d_]+(?:-[^\W\d_]+)*"


def _token_re(abbreviations: tuple[str, ...] = ()) -> re.Pattern[str]:
    """The scanner's tokenizer; ``abbreviations`` ("St.", "Gen.") are kept whole with their dot.

    A one-word abbreviation cannot be told from a word ending a sentence by its shape, so
    those come from the language's lexicon (``quantities.abbreviations``), case as written.
    """
    words = "|".join(re.escape(a) for a in sorted(abbreviations, key=len, reverse=True))
    listed = rf"(?<![\w.])(?:{words})(?!\w)|" if words else ""
    return re.compile(rf"{_NUM}|(?P<word>{listed}{_DOTTED}|{_WORD})|(?P<sym>\S)")


_TOKEN_RE = _token_re()

#: Spans that look numeric but are not counts: clock times, dates in digits,
#: phone numbers, arithmetic (the "vingt + dix =" of a comment form).
_MASKS = re.compile(
    r"\b\d{1,2}\s?[hH:]\s?\d{2}\b"
    r"|\b\d{1,2}\s?h\b"
    r"|\b\d{1,2}\s?[ap]\.?m\b\.?"
    r"|\b\d{4}-\d{1,2}-\d{1,2}\b"
    r"|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b"
    r"|\b\d+/\d+\b"
    r"|\+\d{1,3}(?:[ .-]?\(?\d{1,4}\)?){2,}"
    r"|\b0\d(?:[ .-]?\d{2}){4}\b"
    r"|\(?\b\d{3}\)?[ .-]\d{3}[-.]\d{4}\b"
)
#: Arithmetic, run only on text with an "=" (it would try every word otherwise).
_ARITHMETIC = re.compile(r"\b[^\W_]+\s*[+×*/]\s*[^\W_]+\s*=")
_REFERENCE_MARK = re.compile(r"(?:\bn°|\bnº|\bno\.|#|№)\s*$", re.IGNORECASE)

#: How far (in tokens) a counted noun phrase may reach.
_NOUN_REACH = 4
_MODIFIERS = 2


@dataclass(frozen=True, slots=True)
class _Tok:
    kind: str  # "num", "word" or "sym"
    text: str
    low: str
    start: int
    end: int


def _tokens(text: str, token_re: re.Pattern[str] = _TOKEN_RE) -> list[_Tok]:
    out = []
    for m in token_re.finditer(text):
        kind = m.lastgroup if m.lastgroup != "sep" else "num"
        if m.group("num") is not None:
            kind = "num"
        s = m.group(0)
        out.append(_Tok(kind or "sym", s, s.lower(), m.start(), m.end()))
    return out


def _lexicon_phrase(text: str, token_re: re.Pattern[str] = _TOKEN_RE) -> tuple[str, ...]:
    """A lexicon phrase as the scanner's tokens ("plus d'" -> ("plus", "d'"))."""
    if text.endswith("'"):  # an elision is a token only before a letter, as in the text
        return tuple(t.low for t in _tokens(text + "x", token_re))[:-1]
    return tuple(t.low for t in _tokens(text, token_re))


@dataclass(frozen=True, slots=True)
class _Cues:
    """The lexicon of one language, compiled to token tuples for the scanner."""

    language: str | None
    token_re: re.Pattern[str]
    bounds: dict[tuple[str, ...], str]
    bounds_after: dict[tuple[str, ...], str]
    range_open: frozenset[tuple[str, ...]]
    range_join: frozenset[str]
    of: frozenset[str]
    connectors: frozenset[str]
    vague_dets: dict[tuple[str, ...], bool]  # phrase -> makes a bare magnitude approximate
    vague: dict[str, float]
    magnitudes: dict[str, float]
    currency_only: frozenset[str]
    currencies: dict[tuple[str, ...], str]
    units: dict[tuple[str, ...], str]
    time_units: frozenset[str]
    reference_before: frozenset[str]
    stop: frozenset[str]
    complement_links: frozenset[tuple[str, ...]]
    months: frozenset[str]
    months_need_capital: frozenset[str]
    measures: frozenset[str]
    measures_with_object: frozenset[str]
    measure_links: frozenset[tuple[str, ...]]
    halves: frozenset[tuple[str, ...]]
    head_first: bool
    max_phrase: int
    firsts: frozenset[str]  # first words of every phrase: a cheap test before the lookup
    lasts: frozenset[str]


@lru_cache(maxsize=32)
def _cues(language: str | None) -> _Cues:
    lex = lexicons.load(language)
    q: dict[str, Any] = lex.get("quantities", {})
    nums: dict[str, Any] = lex.get("numbers", {})
    token_re = _token_re(tuple(q.get("abbreviations", ())))

    def _phrase(text: str) -> tuple[str, ...]:
        return _lexicon_phrase(text, token_re)

    bounds: dict[tuple[str, ...], str] = {}
    after: dict[tuple[str, ...], str] = {}
    for bound in ("approximate", "at_most", "at_least"):
        bounds.update({_phrase(p): bound for p in q.get(bound, ())})
        after.update({_phrase(p): bound for p in q.get(f"{bound}_after", ())})
    dets = {_phrase(p): False for p in q.get("articles", ())}
    dets.update({_phrase(p): True for p in q.get("vague_determiners", ())})
    all_dates = lexicons.load_all().get("dates", {})
    months = {m.lower() for m in (*all_dates.get("months", ()), *all_dates.get("months_short", ()))}
    phrases = [*bounds, *after, *dets]
    units = {_phrase(k): v for k, v in q.get("units", {}).items()}
    currencies = {_phrase(k): v for k, v in q.get("currencies", {}).items()}
    range_open = frozenset(_phrase(p) for p in q.get("range_open", ()))
    complement_links = frozenset(_phrase(p) for p in q.get("complement_links", ()))
    measure_links = frozenset(_phrase(p) for p in q.get("measure_links", ()))
    halves = frozenset(_phrase(p) for p in q.get("halves", ()))
    every = [*phrases, *halves, *units, *currencies, *range_open, *complement_links, *measure_links]
    return _Cues(
        language=language,
        token_re=token_re,
        bounds=bounds,
        bounds_after=after,
        range_open=range_open,
        range_join=frozenset(q.get("range_join", ())),
        of=frozenset(q.get("of", ())),
        connectors=frozenset(q.get("connectors", ())),
        vague_dets=dets,
        vague=vague_counts(language),
        magnitudes=magnitudes(language),
        currency_only=frozenset(nums.get("currency_only_abbreviations", ())),
        currencies=currencies,
        units=units,
        time_units=frozenset(q.get("time_units", ())),
        reference_before=frozenset(w.lower() for w in q.get("reference_before", ())),
        stop=frozenset(q.get("stop", ())) | frozenset(q.get("of", ())),
        complement_links=complement_links,
        months=frozenset(months),
        months_need_capital=frozenset(q.get("months_need_capital", ())),
        measures=frozenset(q.get("measures", ())),
        measures_with_object=frozenset(q.get("measures_with_object", ())),
        measure_links=measure_links,
        halves=halves,
        head_first=bool(q.get("head_first", False)),
        max_phrase=max((len(p) for p in every if p), default=1),
        firsts=frozenset(p[0] for p in every if p),
        lasts=frozenset(p[-1] for p in every if p),
    )


@dataclass(slots=True)
class _Reading:
    """A quantity being read: token indexes and what was found so far."""

    first: int
    last: int
    value: float
    high: float | None = None
    unit: str | None = None
    of: str | None = None
    bound: Bound = "exact"
    vague: bool = False
    anchored: bool = False  # a unit, noun, bound or range says it is a count
    currency: bool = False
    known_unit: bool = False


class _Scanner:
    """One pass over the tokens of one block."""

    def __init__(self, text: str, cues: _Cues) -> None:
        self.text = text
        self.cues = cues
        self.toks = _tokens(text, cues.token_re)
        masks = [(m.start(), m.end()) for m in _MASKS.finditer(text)]
        if "=" in text:
            masks = sorted([*masks, *((m.start(), m.end()) for m in _ARITHMETIC.finditer(text))])
        self.masks = masks
        self._mask_starts = [a for a, _ in self.masks]
        #: "m"/"k" after a number wait for a currency before they mean million/thousand.
        self.pending_currency_magnitude: float | None = None

    # --- small helpers -------------------------------------------------------
    def tok(self, i: int) -> _Tok | None:
        return self.toks[i] if 0 <= i < len(self.toks) else None

    def glued(self, i: int, j: int) -> bool:
        a, b = self.tok(i), self.tok(j)
        return a is not None and b is not None and a.end == b.start

    def adjacent(self, i: int, j: int) -> bool:
        """Tokens ``i`` and ``j`` separated by spaces only, not a line break."""
        a, b = self.tok(i), self.tok(j)
        return (a is not None and b is not None
                and "\n" not in self.text[a.end:b.start])

    def masked(self, i: int) -> bool:
        pos = self.toks[i].start
        k = bisect.bisect_right(self._mask_starts, pos) - 1
        return k >= 0 and self.masks[k][0] <= pos < self.masks[k][1]

    def match(self, i: int, table: dict[tuple[str, ...], Any] | frozenset[tuple[str, ...]],
              ) -> tuple[int, Any] | None:
        """The longest phrase of ``table`` starting at token ``i``: (length, value)."""
        if i >= len(self.toks) or self.toks[i].low not in self.cues.firsts:
            return None
        for n in range(self.cues.max_phrase, 0, -1):
            if i + n > len(self.toks):
                continue
            if any(not self.adjacent(k, k + 1) for k in range(i, i + n - 1)):
                continue
            key = tuple(t.low for t in self.toks[i:i + n])
            if key in table:
                return n, (table[key] if isinstance(table, dict) else True)
        return None

    def match_before(self, i: int, table: dict[tuple[str, ...], Any] | frozenset[tuple[str, ...]],
                     ) -> tuple[int, Any] | None:
        """The longest phrase of ``table`` ending right before token ``i``."""
        if not 0 < i <= len(self.toks) or self.toks[i - 1].low not in self.cues.lasts:
            return None
        for n in range(self.cues.max_phrase, 0, -1):
            if i - n < 0 or not self.adjacent(i - 1, i):
                continue
            if any(not self.adjacent(k, k + 1) for k in range(i - n, i - 1)):
                continue
            key = tuple(t.low for t in self.toks[i - n:i])
            if key in table:
                return n, (table[key] if isinstance(table, dict) else True)
        return None

    def is_month(self, i: int) -> bool:
        t = self.tok(i)
        if t is None or t.kind != "word" or t.low not in self.cues.months:
            return False
        return t.low not in self.cues.months_need_capital or t.text[0].isupper()

    def word_number(self, i: int) -> tuple[int, int] | None:
        """A run of number words from token ``i``: (tokens used, value)."""
        lang = self.cues.language
        run: list[int] = []
        k = i
        while (t := self.tok(k)) is not None and t.kind == "word" \
                and (not run or self.adjacent(k - 1, k)):
            if number_word_value(t.low, lang) is not None and (run or t.low not in self.cues.vague):
                run.append(k)
                k += 1
            elif (run and t.low in self.cues.connectors and (n := self.tok(k + 1)) is not None
                  and n.kind == "word" and number_word_value(n.low, lang) is not None):
                k += 1
            else:
                break
        while run:
            words = " ".join(self.toks[k].low for k in range(i, run[-1] + 1))
            value = number_word_value(words, lang)
            if value is not None:
                return run[-1] - i + 1, value
            run.pop()
        return None

    # --- reading ---------------------------------------------------------------
    def number_at(self, i: int, *, lead: bool) -> tuple[int, float, bool] | None:
        """A number (digits or words) at token ``i``: (tokens used, value, is_digits)."""
        t = self.tok(i)
        if t is None:
            return None
        if t.kind == "num":
            if self.masked(i) or not self.plain_digits(i):
                return None
            value = parse_digits(t.text, self.cues.language)
            return None if value is None else (1, value, True)
        if t.kind == "word" and (not lead or t.low not in self.cues.vague):
            got = self.word_number(i)
            if got is not None:
                return got[0], float(got[1]), False
        return None

    def plain_digits(self, i: int) -> bool:
        """Digits that are not part of a name, an ordinal, a reference or a date."""
        t = self.toks[i]
        prev, nxt = self.tok(i - 1), self.tok(i + 1)
        if prev is not None and self.glued(i - 1, i):
            if prev.kind == "word":
                return False  # G7, A400
            if prev.text in "-‑" and self.glued(i - 2, i - 1) and self.toks[i - 2].kind == "word":
                return False  # F-16, COVID-19, Su-34
            if prev.text in ".,/:" and self.glued(i - 2, i - 1) and self.toks[i - 2].kind == "num":
                return False  # 3/4, 1.2.3 read as one number elsewhere
        if nxt is not None and self.glued(i, i + 1):
            if nxt.kind == "word" and not self.glued_suffix_ok(i + 1):
                return False  # 1er, 2nd, 10h, 1990s
            if nxt.text in "-‑" and (n2 := self.tok(i + 2)) is not None and n2.kind == "word" \
                    and self.glued(i + 1, i + 2):
                return False  # 16-year-old, 19-F
        if _REFERENCE_MARK.search(self.text, max(0, t.start - 8), t.start):
            return False
        if prev is not None and prev.low in self.cues.reference_before:
            return False
        if self.is_month(i + 1) or self.is_month(i - 1):
            return False
        if prev is not None and prev.text == "," and self.tok(i - 2) is not None \
                and self.toks[i - 2].kind == "num" and self.is_month(i - 3):
            return False  # "December 14, 2021"
        return not (prev is not None and prev.text == "," and self.is_month(i - 2))

    def glued_suffix_ok(self, i: int) -> bool:
        low = self.toks[i].low
        return (low in self.cues.magnitudes or (low,) in self.cues.units
                or (low,) in self.cues.currencies)

    def currency_at(self, i: int) -> tuple[int, str] | None:
        got = self.match(i, self.cues.currencies)
        return None if got is None else (got[0], got[1])

    def read(self, i: int) -> _Reading | None:
        cues = self.cues
        t = self.toks[i]
        r: _Reading | None = None
        cur = self.currency_at(i)
        if cur is not None and (num := self.number_at(i + cur[0], lead=True)) is not None \
                and num[2] and self.adjacent(i + cur[0] - 1, i + cur[0]):
            r = _Reading(i, i + cur[0] + num[0] - 1, num[1], unit=cur[1], currency=True,
                         anchored=True, known_unit=True)
            r = self.tail(r)
            if r is not None:
                self.bound_before(r)
        elif t.kind == "word" and t.low in cues.vague:
            r = self.read_vague(i)
            if r is not None:
                self.bound_before(r)
        else:
            num = self.number_at(i, lead=True)
            if num is None:
                return None
            r = _Reading(i, i + num[0] - 1, num[1])
            if not num[2]:
                if num[1] == 1 and num[0] == 1:
                    return None  # an article: "un responsable", "one of them"
                self.word_determiner(r)
            r = self.tail(r)
            if r is None:
                return None
            self.bound_before(r)
            if not num[2] and not r.anchored and num[0] == 1 and num[1] < 100:
                return None  # "neuf" is also "new", "sept" a month: small words need a noun
            if num[2] and self.year_like(i) and not (r.known_unit or r.currency
                                                    or r.bound not in ("exact", "range")):
                return None
        return r

    def year_like(self, i: int) -> bool:
        t = self.toks[i]
        return len(t.text) == 4 and t.text.isdigit() and 1800 <= int(t.text) <= 2100

    def word_determiner(self, r: _Reading) -> None:
        """"several thousand", "a hundred": a determiner before a bare magnitude word."""
        if r.value not in (100.0, 1e3, 1e6, 1e9, 1e12) or r.last != r.first:
            return
        got = self.match_before(r.first, self.cues.vague_dets)
        if got is not None:
            r.first -= got[0]
            if got[1]:
                r.bound, r.vague, r.anchored = "approximate", True, True

    def read_vague(self, i: int) -> _Reading | None:
        """"des milliers de soldats", "plusieurs dizaines de milliards de dollars"."""
        cues = self.cues
        t = self.toks[i]
        det = self.match_before(i, cues.vague_dets)
        nxt = self.tok(i + 1)
        linked = nxt is not None and nxt.low in cues.of and self.adjacent(i, i + 1)
        if det is None and not linked and not t.low.endswith("s"):
            return None  # "quarantaine" alone is a quarantine
        r = _Reading(i - (det[0] if det else 0), i, cues.vague[t.low], bound="approximate",
                     vague=True, anchored=True)
        k = i + 1
        while True:
            a, b = self.tok(k), self.tok(k + 1)
            if a is None or b is None or a.low not in cues.of or not self.adjacent(k - 1, k) \
                    or not self.adjacent(k, k + 1):
                break
            factor = cues.vague.get(b.low) or cues.magnitudes.get(b.low)
            if factor is None or b.kind != "word":
                break
            r.value *= factor
            r.last = k + 1
            k += 2
        if t.low.endswith("s") and not (self.tok(r.last + 1) is not None
                                         and self.toks[r.last + 1].low in cues.of):
            return r  # "Thousands fled": no counted noun without "of"
        return self.noun(r, linked_ok=True)

    def tail(self, r: _Reading) -> _Reading | None:
        """Magnitude, range, unit or counted noun, and a bound cue after the number."""
        cues = self.cues
        magnitude = self.magnitude(r)
        # "un million et demi", "two and a half"
        half = self.match(r.last + 1, cues.halves)
        if half is not None and self.adjacent(r.last, r.last + 1):
            r.value += 0.5 * (cues.magnitudes.get(self.toks[r.last].low) or 1.0)
            r.last += half[0]
            magnitude = magnitude or cues.magnitudes.get(self.toks[r.last - half[0]].low)
        # Range: "10 000 à 12 000", "10-12", "between 10 and 20".
        k = r.last + 1
        j = self.tok(k)
        if j is not None and j.low in cues.range_join and self.adjacent(r.last, k) \
                and self.adjacent(k, k + 1):
            opened = self.match_before(r.first, cues.range_open)
            high = self.number_at(k + 1, lead=False)
            if high is not None and (opened is not None or j.low not in cues.connectors):
                hr = _Reading(k + 1, k + high[0], high[1])
                hmag = self.magnitude(hr) or cues.magnitudes.get(self.toks[hr.last].low)
                low_has_mag = magnitude or self.toks[r.last].low in cues.magnitudes
                if hmag and not low_has_mag and r.value * hmag < hr.value:
                    r.value *= hmag  # "entre 2 et 3 millions": both ends are millions
                if self.year_like_range(r, hr):
                    return None  # "2021-2022"
                if hr.value > r.value:
                    r.high, r.last, r.bound, r.anchored = hr.value, hr.last, "range", True
                    if opened is not None:
                        r.first -= opened[0]
        # Currency or unit symbol after: "50 €", "3 Md€", "40 %".
        nxt = r.last + 1
        if r.unit is None and self.tok(nxt) is not None and self.adjacent(r.last, nxt):
            cur = self.currency_at(nxt)
            if cur is not None:
                r.unit, r.currency, r.known_unit, r.anchored = cur[1], True, True, True
                r.last = nxt + cur[0] - 1
        if self.pending_currency_magnitude is not None:
            if r.currency:
                r.value *= self.pending_currency_magnitude
            else:
                r.last -= 1  # "100 m" is metres: give the abbreviation back to the unit
            self.pending_currency_magnitude = None
        if r.unit is None:
            ends_in_magnitude = bool(magnitude) or self.toks[r.last].low in cues.magnitudes
            got = self.noun(r, linked_ok=ends_in_magnitude)
            if got is None:
                return None
            r = got
        elif r.of is None:
            self.measured(r)
        # Bound after: "12 000 environ", "10 or more".
        after = self.match(r.last + 1, cues.bounds_after)
        if after is not None and self.adjacent(r.last, r.last + 1) and r.bound == "exact":
            r.bound, r.anchored = after[1], True
            r.last += after[0]
        return r

    def magnitude(self, r: _Reading) -> float | None:
        """A magnitude right after the number ("millions", "bn"), folded into the value."""
        t = self.tok(r.last + 1)
        if t is None or t.kind != "word" or not self.adjacent(r.last, r.last + 1):
            return None
        factor = self.cues.magnitudes.get(t.low)
        if factor is None or self.toks[r.last].kind != "num":
            return None
        r.last += 1
        if t.low in self.cues.currency_only:
            if r.currency:
                r.value *= factor
                return factor
            # Decided once the unit is known: "€5m" / "5m dollars" vs "100 m".
            self.pending_currency_magnitude = factor
            return None
        r.value *= factor
        r.anchored = True
        return factor

    def year_like_range(self, lo: _Reading, hi: _Reading) -> bool:
        return self.year_like(lo.first if self.toks[lo.first].kind == "num" else lo.last) \
            and self.year_like(hi.first)

    def noun(self, r: _Reading, *, linked_ok: bool) -> _Reading | None:
        """What is counted, after the number: unit (canonical) and ``of`` (as written).

        Returns None when the noun is a time unit (a duration, for the times analyzer).
        """
        cues = self.cues
        k = r.last + 1
        t = self.tok(k)
        if t is None or not self.adjacent(r.last, k):
            return r
        if not linked_ok and t.low in cues.of:
            # "1 000 000 de dollars": a link before a known unit is fine after any number
            linked_ok = self.match(k + 1, cues.units) is not None
        if linked_ok and t.low in cues.of:
            if self.tok(k + 1) is None or not self.adjacent(k, k + 1):
                return r
            k += 1
        start = k
        unit_at: tuple[int, int, str] | None = None
        words: list[int] = []
        p = start
        while p < start + _NOUN_REACH and (w := self.tok(p)) is not None:
            if p > start and not self.adjacent(p - 1, p):
                break
            hit = self.match(p, cues.units)
            if hit is None:
                hit = self.match(p, cues.currencies)
            if hit is not None:
                unit_at = (p, p + hit[0] - 1, hit[1])
                break
            if w.kind != "word" or w.low in cues.stop or self.is_month(p):
                break
            if p == start and w.low in cues.time_units:
                return None
            words.append(p)
            p += 1
        if unit_at is None and not words:
            return r
        if unit_at is not None:
            first, head_end, unit = start, unit_at[1], unit_at[2]
            r.known_unit = True
        else:
            first = start
            head = self.head(words)
            if head is None:
                return r  # "5 U.N.": an abbreviation names no counted thing
            head_end = head
            unit = self.toks[head_end].text
        end = head_end
        r.unit = unit if r.unit is None else r.unit
        r.anchored = True
        if unit in cues.measures:
            r.last = max(r.last, head_end)
            self.measured(r)
            return r
        if cues.head_first:
            end = self.modifiers(end)
        r.of = self.text[self.toks[first].start:self.toks[end].end]
        r.last = max(r.last, end)
        return r

    def head(self, words: list[int]) -> int | None:
        """The counted noun among the words after a number, or None when there is none.

        An abbreviation ("U.S.", "St.") is a modifier, never the head: "two U.S. officials"
        counts officials.  Head-first languages take the first word.  Head-last ones take
        the first plural, a lower-case one before a capitalised one ("3 St. Louis
        residents", "two Texas officials", "three Democrats"); a short capitalised
        acronym ending in S ("five US officials") is not a plural; a capitalised singular
        is a name after a rank or a number ("2 Martin" in a table of results), no head.
        """
        nouns = [p for p in words if "." not in self.toks[p].text]
        if self.cues.head_first:
            return words[0] if nouns and nouns[0] == words[0] else None
        if not nouns:
            return None
        window = [p for p in nouns if p in words[:3]]
        plural = [p for p in window if self.toks[p].text.endswith("s")]
        lower = [p for p in plural if self.toks[p].text[0].islower()]
        upper = [p for p in window if self.toks[p].text.endswith("S")
                 and self.toks[p].text.isupper() and len(self.toks[p].text) > 3]
        head = (lower or plural or upper or nouns)[0]
        text = self.toks[head].text
        if text[0].isupper() and not text.isupper() and not text.endswith("s"):
            return None  # "2 Martin", "5 Top", "1 Kyle": a name after a rank, not a count
        return head

    def measured(self, r: _Reading) -> None:
        """What a share or a sum is of: "40 % des voix" -> "voix", "$5bn of aid" -> "aid"."""
        cues = self.cues
        if r.unit not in cues.measures_with_object:
            return
        link = self.match(r.last + 1, cues.measure_links)
        if link is None or not self.adjacent(r.last, r.last + 1):
            return
        k = r.last + 1 + link[0]
        w = self.tok(k)
        if w is None or w.kind != "word" or w.low in cues.stop or not self.adjacent(k - 1, k) \
                or (w.low,) in cues.units or (w.low,) in cues.currencies:
            return
        end = self.modifiers(k) if cues.head_first else k
        r.of = self.text[w.start:self.toks[end].end]
        r.last = end

    def modifiers(self, end: int) -> int:
        """Adjectives and one complement after a noun ("personnes proches du dossier")."""
        cues = self.cues
        for _ in range(_MODIFIERS):
            w = self.tok(end + 1)
            if w is None or w.kind != "word" or w.low in cues.stop or w.text[0].isupper() \
                    or not self.adjacent(end, end + 1) or self.is_month(end + 1) \
                    or number_word_value(w.low, cues.language) is not None:
                break
            end += 1
        link = self.match(end + 1, cues.complement_links)
        if link is not None and self.adjacent(end, end + 1):
            w = self.tok(end + 1 + link[0])
            if w is not None and w.kind == "word" and w.low not in cues.stop \
                    and self.adjacent(end + link[0], end + 1 + link[0]) \
                    and number_word_value(w.low, cues.language) is None:
                end += link[0] + 1
        return end

    def bound_before(self, r: _Reading) -> None:
        """A bound cue right before the quantity: "pas moins de", "at least", "environ"."""
        got = self.match_before(r.first, self.cues.bounds)
        if got is None:
            return
        n, bound = got
        if r.bound == "range":
            r.first -= n  # "environ 10 à 12": keep the range, show the cue
            return
        if r.vague and bound == "approximate":
            r.first -= n
            return
        r.first -= n
        r.bound = bound

    def scan(self) -> list[_Reading]:
        out = []
        i = 0
        while i < len(self.toks):
            self.pending_currency_magnitude = None
            r = self.read(i)
            if r is None:
                i += 1
                continue
            if out and r.first <= out[-1].last:
                r.first = out[-1].last + 1  # never overlap the previous quantity
            out.append(r)
            i = r.last + 1
        return out


_HAS_HIGH = "high" in {f.name for f in dataclasses.fields(Quantity)}


def quantities_in(block: Block, *, language: str | None) -> list[Quantity]:
    """Every quantity in ``block.text``, with a span that reads back exactly.

    ``language`` chooses the lexicon (bound cues, units, number words, the
    decimal mark); ``block.language`` is used when ``language`` is None.
    """
    lang = base_language(language or block.language)
    original = block.text
    norm = normalize(original)
    scanner = _Scanner(norm.text, _cues(lang))
    out = []
    for r in scanner.scan():
        a = scanner.toks[r.first].start
        b = scanner.toks[r.last].end
        start, end = norm.to_original(a, b)
        extra: dict[str, Any] = {"high": r.high} if _HAS_HIGH else {}
        out.append(Quantity(
            text=original[start:end],
            value=r.value,
            unit=r.unit,
            of=r.of,
            bound=r.bound,
            evidence=(Span(block.id, start, end),),
            **extra,
        ))
    return out
