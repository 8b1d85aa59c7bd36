"""Times, normalised against the publication date (or its window).

Absolute dates come from ``nlp.dates.find_dates``; here are added the forms a
reader resolves with the page's date in mind: "cette année", "en janvier",
"lundi", "il y a deux mois", "last week", and durations ("depuis des mois",
"for three years").  Cue words are per language in ``lexicons/<lang>.times.toml``.

Rules (general, documented because they decide values):
- a month name with no year ("en janvier") is the occurrence of that month
  nearest to publication, ties to the future: from 17 November 2024, January is
  2025-01, October is 2024-10;
- a weekday ("lundi", "on Monday") is the nearest such day on or before
  publication: news reports days past;
- a day and month with no year ("le 3 avril") take the nearest year likewise;
- a plural unit with no number ("depuis des mois") is at least one unit: ``P1M``;
- with no anchor, or only a window that does not fix it, a relative expression
  keeps ``value=None``: never an invented date;
- a time read in a caption has ``context="caption"``: it dates the photo, not
  the article's events.
Speed: regexes compiled once per language; about 0.1 ms per block here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Any

from newstrace import lexicons
from newstrace.model import Block, DateWindow, Span, Time
from newstrace.nlp.dates import find_dates, fold
from newstrace.nlp.numbers import parse_number


@dataclass(frozen=True, slots=True)
class Anchor:
    """What relative times are read against: the publication date, or a window."""

    date: str | None = None
    not_before: str | None = None
    not_after: str | None = None

    @property
    def day(self) -> date | None:
        if self.date and len(self.date) >= 10:
            return date.fromisoformat(self.date[:10])
        return None

    @property
    def year(self) -> int | None:
        if self.date:
            return int(self.date[:4])
        lo, hi = self.not_before, self.not_after
        if lo and hi and lo[:4] == hi[:4]:
            return int(lo[:4])
        return None


def anchor_from(published: str | None, window: DateWindow | None) -> Anchor | None:
    if published:
        return Anchor(date=published)
    if window and (window.not_before or window.not_after):
        return Anchor(not_before=window.not_before, not_after=window.not_after)
    return None


@cache
def _months() -> dict[str, int]:
    table: dict[str, int] = {}
    for lang in lexicons.available():
        for i, name in enumerate(lexicons.load(lang).get("dates", {}).get("months", []), 1):
            table.setdefault(fold(name), i)
    return table


@cache
def _weekdays() -> dict[str, int]:
    table: dict[str, int] = {}
    for lang in lexicons.available():
        for i, name in enumerate(lexicons.load(lang).get("dates", {}).get("days", [])):
            table.setdefault(fold(name), i)
    return table


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"


@cache
def _patterns(language: str | None) -> dict[str, Any]:
    lex = lexicons.load(language).get("times") or lexicons.load_all().get("times", {})
    units = {fold(k): v for k, v in lex.get("units", {}).items()}
    number = r"(?P<n>\d+|[^\W\d_][\w-]*)"
    unit = rf"(?P<unit>{_alt(list(units))})"
    b, e = r"(?<![\w'’])", r"(?![\w])"
    vague = _alt([fold(v) for v in lex.get("vague_counts", [])])
    pats = {
        "relative": re.compile(b + rf"(?P<rel>{_alt([fold(k) for k in lex.get('relative', {})])})"
                               + e),
        "month": re.compile(b + rf"(?:{_alt([fold(p) for p in lex.get('month_preps', [])])})"
                            rf"[\s-]+(?P<month>{_alt(list(_months()))}){e}(?!\s+\d)"),
        "year": re.compile(b + rf"(?:{_alt([fold(p) for p in lex.get('year_preps', [])])})"
                           rf"\s+(?P<year>(?:1[89]|20|21)\d\d){e}"),
        "weekday": re.compile(b + rf"(?P<wd>{_alt(list(_weekdays()))}){e}(?!\s+\d)"),
        "daymonth": re.compile(b + rf"(?P<d>[0-3]?\d)(?:er|st|nd|rd|th)?\s+"
                               rf"(?P<month>{_alt(list(_months()))}){e}(?![\s,]+\d)"),
        "duration": re.compile(b + rf"(?:{_alt([fold(p) for p in lex.get('duration_preps', [])])})"
                               rf"\s+(?:(?P<vague>{vague})"
                               rf"\s+|{number}\s+)?{unit}{e}"),
        "ago_before": re.compile(b + rf"(?:{_alt([fold(p) for p in lex.get('ago_before', [])])})"
                                 rf"\s+{number}\s+{unit}{e}"),
        "ago_after": re.compile(b + rf"{number}\s+{unit}\s+"
                                rf"(?:{_alt([fold(p) for p in lex.get('ago_after', [])])}){e}"),
    }
    relative = {fold(k): (v[0], int(v[1])) for k, v in lex.get("relative", {}).items()}
    return {"pats": pats, "units": units, "relative": relative}


def _count(text: str | None, language: str | None) -> int | None:
    if text is None:
        return None
    value = parse_number(text, language)
    return int(value) if value and value == int(value) and 0 < value < 10_000 else None


def _shift_month(d: date, months: int) -> tuple[int, int]:
    total = d.year * 12 + d.month - 1 + months
    return total // 12, total % 12 + 1


def _relative(unit: str, offset: int, anchor: Anchor | None) -> tuple[str | None, str]:
    if anchor is None:
        return None, "date"
    if unit == "year":
        return (str(anchor.year + offset) if anchor.year else None), "date"
    day = anchor.day
    if day is None:
        return None, "date"
    if unit == "month":
        y, m = _shift_month(day, offset)
        return f"{y:04d}-{m:02d}", "date"
    if unit == "week":
        monday = day - timedelta(days=day.weekday()) + timedelta(weeks=offset)
        return f"{monday.isoformat()}/{(monday + timedelta(days=6)).isoformat()}", "window"
    return (day + timedelta(days=offset)).isoformat(), "date"


def _nearest_month(month: int, anchor: Anchor | None) -> str | None:
    day = anchor.day if anchor else None
    if day is None:
        return None
    best = None
    for year in (day.year - 1, day.year, day.year + 1):
        distance = (year * 12 + month) - (day.year * 12 + day.month)
        key = (abs(distance), distance < 0)  # ties go to the future
        if best is None or key < best[0]:
            best = (key, year)
    assert best is not None
    return f"{best[1]:04d}-{month:02d}"


def times_in(block: Block, *, language: str | None, anchor: Anchor | None) -> list[Time]:
    """Every time expression of the block, normalised where the anchor allows."""
    text = block.text
    folded = fold(text)
    if len(folded) != len(text):  # folding must keep offsets; fall back to lowercase
        folded = text.lower()
    context = "caption" if block.kind == "caption" else "body"
    found: list[tuple[int, int, str | None, str]] = []
    for d in find_dates(text):
        found.append((d.start, d.end, d.value, "date"))
    p = _patterns(language)
    pats, units = p["pats"], p["units"]

    def free(a: int, z: int) -> bool:
        return not any(a < e and s < z for s, e, _, _ in found)

    for m in pats["relative"].finditer(folded):
        unit, offset = p["relative"][m.group("rel")]
        if free(m.start(), m.end()):
            value, kind = _relative(unit, offset, anchor)
            found.append((m.start(), m.end(), value, kind))
    for m in pats["duration"].finditer(folded):
        if not free(m.start(), m.end()):
            continue
        n = 1 if m.group("vague") else _count(m.group("n"), language)
        code = units[m.group("unit")]
        if n is None:
            continue
        value = f"P{n * 10}Y" if code == "DEC" else (f"PT{n}H" if code == "H" else f"P{n}{code}")
        found.append((m.start(), m.end(), value, "duration"))
    for name in ("ago_before", "ago_after"):
        for m in pats[name].finditer(folded):
            n = _count(m.group("n"), language)
            code = units[m.group("unit")]
            if n is None or not free(m.start(), m.end()) or code not in "YMWD":
                continue
            day = anchor.day if anchor else None
            value = None
            if day is not None:
                if code == "Y":
                    value = str(day.year - n)
                elif code == "M":
                    y, mo = _shift_month(day, -n)
                    value = f"{y:04d}-{mo:02d}"
                else:
                    value = (day - timedelta(days=n * (7 if code == "W" else 1))).isoformat()
            found.append((m.start(), m.end(), value, "date"))
    for m in pats["year"].finditer(folded):
        if free(m.start("year"), m.end("year")):
            found.append((m.start(), m.end(), m.group("year"), "date"))
    for m in pats["month"].finditer(folded):
        if free(m.start("month"), m.end("month")):
            value = _nearest_month(_months()[m.group("month")], anchor)
            found.append((m.start(), m.end(), value, "date"))
    for m in pats["daymonth"].finditer(folded):
        if not free(m.start(), m.end()):
            continue
        month = _months()[m.group("month")]
        near = _nearest_month(month, anchor)
        value = None
        if near:
            try:
                value = date(int(near[:4]), month, int(m.group("d"))).isoformat()
            except ValueError:
                value = None
        found.append((m.start(), m.end(), value, "date"))
    for m in pats["weekday"].finditer(folded):
        if not free(m.start(), m.end()):
            continue
        day = anchor.day if anchor else None
        value = None
        if day is not None:
            back = (day.weekday() - _weekdays()[m.group("wd")]) % 7
            value = (day - timedelta(days=back)).isoformat()
        found.append((m.start(), m.end(), value, "date"))
    found.sort()
    return [
        Time(text[s:e], v, kind, context, (Span(block.id, s, e),))  # type: ignore[arg-type]
        for s, e, v, kind in found
    ]
