"""A block's text cut without a parser: sentences, words, breaks, trimmed spans, quote
marks, links, and ``_Context``, one sentence with what every step needs.

Apart because these read characters and punctuation, hardly the lexicon (abbreviations
for sentence ends, nouns of works for a quoted title): every later module cuts its
phrases with them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newstrace.analyze.quotes import _direct_spans
from newstrace.analyze.shallow_claims._lexicon import _find, _lower, shallow_lexicon
from newstrace.nlp.parse import ParsedBlock

#: Characters that end a phrase: a source phrase, a reporting phrase, a clause.
BREAKS = frozenset(",;:()[]—–«»“”„\"‹›")
OPEN_QUOTES = frozenset("«“„\"‹")
CLOSE_QUOTES = frozenset("»”“\"›")

_WORD = re.compile(r"[^\W\d_](?:[\w'’-]*\w)?|\d+(?:[.,]\d+)*")
_END = re.compile(r"[.!?…]+[\"'»”“’)\]]*(?=\s|$)")
_LETTER = re.compile(r"[^\W\d_]")


def sentences(text: str, language: str | None) -> list[tuple[int, int]]:
    """Sentence spans of a block: after ``.!?…`` before a capital, a quote or a digit,
    but not after an abbreviation, an initial, a German ordinal ("am 3. März"), nor
    inside a direct quote (a quoted speech of several sentences stays whole, so that
    its speaker after it is read)."""
    lex = shallow_lexicon(language)
    abbreviations = {_lower(a).rstrip(".") for a in lex.get("abbreviations", [])}
    ordinal_dot = bool(lex.get("ordinal_dot"))
    quoted = [(a, b) for a, b in _direct_spans(text) if b - a < 1200]
    out: list[tuple[int, int]] = []
    start = 0
    for m in _END.finditer(text):
        nxt = m.end()
        while nxt < len(text) and text[nxt].isspace() and text[nxt] != "\n":
            nxt += 1
        if nxt >= len(text):
            break
        ch = text[nxt]
        newline = "\n" in text[m.end():nxt + 1]
        if not newline and not (ch.isupper() or ch.isdigit() or ch in "«“„\"¿¡—–-‹'("):
            continue
        if any(a < m.start() < b for a, b in quoted):
            continue
        if ch in "—–-" and m.group(0)[-1] in "?!»”“\"" and re.match(
                r"[—–-]\s*[^\W\d_]", text[nxt:]) and text[_skip_spaces(
                text, nxt + 1):][:1].islower():
            continue  # "– Co zrobimy? – pytał radny": the speaker's tag after a quoted question
        before = re.search(r"(\S+)$", text[start:m.start()])
        if m.group(0).startswith(".") and before:
            word = before.group(1).lstrip("(«“„\"")
            if len(word) == 1 and word.isalpha() and word.isupper():
                continue  # an initial: "J. Smith"
            if _lower(word) in abbreviations or (word.isdigit() and ordinal_dot):
                continue
        out.append((start, m.end()))
        start = nxt
    out.append((start, len(text)))
    spans = []
    for a, b in out:  # a line break inside a block ends a sentence too
        for piece in re.finditer(r"[^\n]+", text[a:b]):
            s, e = a + piece.start(), a + piece.end()
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if e > s:
                spans.append((s, e))
    return spans


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A span without surrounding spaces, punctuation and quote marks; None if no letter."""
    strip = " \t,;:—–-«»“”„\"‹›'.!?…"
    while start < end and text[start] in strip:
        start += 1
    while end > start and text[end - 1] in strip:
        end -= 1
    if end <= start or not _LETTER.search(text, start, end):
        return None
    closing = {"«": "»", "„": "“", "“": "”", "‹": "›"}
    opened = [c for c in text[start:end] if c in closing]
    if len(opened) == 1 and closing[opened[0]] not in text[start:end] and \
            text[end:end + 1] == closing[opened[0]]:
        end += 1  # "доклад центра «Платформа»": a quoted name keeps its closing mark
    return start, end


def _words(text: str, start: int, end: int) -> list[re.Match[str]]:
    return list(_WORD.finditer(text, start, end))


def _last_break(text: str, start: int, pos: int) -> int:
    """Position just after the last break before ``pos`` (or ``start``)."""
    for i in range(pos - 1, start - 1, -1):
        if text[i] in BREAKS or (text[i] == "-" and text[i - 1:i + 2] == " - "):
            return i + 1
    return start


@dataclass(slots=True)
class _Context:
    """One sentence of one block, with what every step needs."""

    pb: ParsedBlock
    language: str | None
    text: str  # the block's normalised text
    low: str
    start: int
    end: int  # without the closing punctuation

    def words(self, start: int, end: int) -> list[re.Match[str]]:
        return _words(self.text, start, end)


_LINK = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)


def _links(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where web addresses stand in ``text[start:end]``: their words are no statement."""
    return [m.span() for m in _LINK.finditer(text, start, end)]


def _opens_quote(text: str, pos: int) -> bool:
    """Whether the mark at ``pos`` opens a quoted statement (three words or more), not a
    quoted name ("agencia «Autostat»")."""
    return any(pos < a <= pos + 2 for a, _ in _direct_spans(text))


def _skip_spaces(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def _content_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " .!…;":
        end -= 1
    return end


def _whole_quote(ctx: _Context, within: tuple[int, int] | None = None
                 ) -> tuple[int, int] | None:
    """The sentence (or ``within``) when it is a direct quote and nothing else."""
    start, end = within or (ctx.start, ctx.end)
    span = _trim(ctx.text, start, end)
    if span is None or ctx.text[start] not in OPEN_QUOTES:
        return None
    for a, b in _direct_spans(ctx.text):
        if a - 1 <= ctx.start and b >= span[1] - 1:
            return span
    return None


def _dash_quote(ctx: _Context, end: int) -> bool:
    """Whether the sentence's words up to ``end`` are opened and closed by dashes, the
    dialogue mark of Polish, Russian or Ukrainian ("– Nie popełniłem przestępstwa –
    przekonywał przed sądem X")."""
    text = ctx.text
    return text[end] in "—–" and text[
        max(0, ctx.start - 2) : _skip_spaces(text, ctx.start) + 1].strip()[:1] in ("—", "–")


def _quoted_title(ctx: _Context) -> tuple[int, int] | None:
    """"«Nadie dijo que fuera fácil», la última película de X, se estrena ...": a quote
    opening the sentence in apposition to a noun of a work (a film, a book, a song),
    after at most three words, is the work's title: its words are a name, not speech."""
    text = ctx.text
    opening = _skip_spaces(text, ctx.start)
    span = next(((a, b) for a, b in _direct_spans(text) if a - 1 <= opening < a), None)
    if span is None:
        return None
    close = span[1] + 1 if span[1] < ctx.end and text[span[1]] in CLOSE_QUOTES else span[1]
    if text[_skip_spaces(text, close):][:1] != ",":
        return None
    after = ctx.words(close, _clause_stop(text, _skip_spaces(text, close) + 1, ctx.end))[:4]
    if after and any(_find(ctx.language, "work_nouns", ctx.low, w.start(), w.end())
                     for w in after):
        return opening, close
    return None


def _opening_quote(ctx: _Context) -> tuple[int, int] | None:
    """"'We hebben ... gewaarschuwd', zegt X": a quote in single marks (Dutch press style)
    or double ones opening the sentence and closed before a comma; None when there is
    none."""
    m = re.compile(r"'(?=[^\W\d_])[^']{2,}?[^\W_]'(?=\s*,)").match(ctx.text, ctx.start, ctx.end)
    if m is None:
        # (or in double marks: "„Ich habe den Ausschuss ... informiert“, sagte X")
        m = _DOUBLE_QUOTED.match(ctx.text, ctx.start, ctx.end)
    return m.span() if m else None


_DOUBLE_QUOTED = re.compile(r"[„“«\"][^„“”«»\"]{2,}?[“”»\"](?=\s*,)")


def _clause_stop(text: str, start: int, end: int) -> int:
    """The next comma or other break after ``start`` (or ``end``): a clause's end."""
    return next((i for i in range(start, end) if text[i] in BREAKS), end)
