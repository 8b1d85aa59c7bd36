"""Typing the blocks of a page that reached us as plain text (a scraper's output).

A scraper that keeps only text leaves one paragraph per line, with the page's
furniture mixed in: photo captions (often twice: alt text and legend), bylines,
share bars, "read also" links, newsletter prompts, a comment form and its
captcha, a standfirst restated further down.  No markup says which is which,
so each block is typed from evidence that holds on pages we have never seen:

* **phrases** from the lexicon of the body's language (``[blocks]`` in
  ``lexicons/<lang>.toml``) plus the language-neutral ``common.toml`` (photo
  agencies, share-bar words, name particles); a language without a lexicon
  falls back on the union of all lexicons;
* **shape**: length, final punctuation (a heading has none), a person's name
  (2–4 capitalised words), a word-maths captcha (``vingt + dix =``), a credit
  tail (``... / AFP``), a trailing ``, le 3 avril 2022.`` typical of captions;
* **repetition**: a block equal to an earlier one once apostrophes, quotes and
  spaces are normalised, or starting with an earlier one's text ("repeats,
  extended"), found with hash and prefix indexes, never all pairs;
* **language**: a block whose language differs from the body's is not body;
* **position**: before the title, after the last real paragraph, after a
  comment-form cue.

Every block is an exact slice of the input (``text[b.start:b.end] == b.text``)
so evidence can be highlighted in the original file, and every block says in
``cues`` why it got its kind.  Nothing is invented: no date is read here
(``extract.article`` does that the same way for every extractor).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from newstrace import lexicons
from newstrace.errors import EmptyDocument
from newstrace.extract.language import detect, document_language
from newstrace.extract.page import ExtractedPage
from newstrace.model import Block
from newstrace.nlp.dates import find_dates

# --- Tunables (each a measured compromise, not a law) -------------------------------

#: A furniture phrase ("Lire aussi", "newsletter") types a block only when the block is
#: this short: a long paragraph that happens to say "newsletter" is article text.
FURNITURE_MAX_WORDS = 30
#: Captions are one or two sentences; longer blocks are not typed as captions by shape.
CAPTION_MAX_CHARS = 350
#: A heading (title, subheading) has at most this many words.
TITLE_MAX_WORDS = 30
SUBHEADING_MAX_WORDS = 15
#: A block with final punctuation and at least this many words reads as a paragraph...
PARAGRAPH_MIN_WORDS = 6
#: ... and so does any block this long, punctuated or not (a scraper may cut the end).
PARAGRAPH_LONG_WORDS = 25
#: A single sentence ending with "?" or "!" up to this long reads as a heading.
QUESTION_HEADING_WORDS = 20
#: Below this many words, a block of the comment section is furniture (names, "Reply").
COMMENT_MIN_WORDS = 6
#: Texts shorter than this are compared by prefix ("repeats, extended"): shorter
#: prefixes ("Share", "Photo") would match unrelated blocks.
PREFIX_MIN_CHARS = 40
#: Candidates kept per prefix bucket: bounds the work on pathological inputs.
PREFIX_BUCKET_CAP = 8
#: Near-duplicates (one character apart) are looked for among this many previous blocks.
NEAR_WINDOW = 2
NEAR_MAX_CHARS = 1000
NEAR_RATIO = 0.85
NEAR_MIN_CHARS = 30
#: At most this many blocks get their own language identified (about 50 µs each).
LANGUAGE_CAP = 4000
#: The body's language is read on this many characters of its paragraphs.
LANGUAGE_SAMPLE_CHARS = 5000
#: A foreign-language block with no other non-body signal must be this long to count.
FOREIGN_MIN_LETTERS = 40
#: A standfirst longer than this is the first paragraph, not a standfirst (unless restated).
STANDFIRST_MAX_CHARS = 600
#: Only this much of a block is folded for phrase matching (furniture is short)...
_FOLD_REACH = 600
#: ... and counted for words and letters (every threshold is far below it).
_COUNT_REACH = 3000
#: Lines wrapped at a fixed width are re-joined only when the page shows this many wraps.
WRAP_MIN_JOINS = 3

# --- Text normalisation --------------------------------------------------------------

_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"
_LINE = re.compile(r"[^\n\r]+")
_FOLD_MAP = str.maketrans(
    {
        "’": "'", "‘": "'", "‛": "'", "ʼ": "'", "`": "'", "´": "'", "′": "'",
        "“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‹": '"', "›": '"', "″": '"',
        "–": "-", "—": "-", "‑": "-", "‐": "-", "−": "-",
    }
)  # fmt: skip
_TRAILING_PUNCT = " \t.,;:!?…-\"'"
_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_LETTER = re.compile(r"[^\W\d_]")
_WORD = re.compile(r"[^\W_][\w'’.-]*")
_CLOSERS = " \t\"'»”’)]*"
_SENTENCE_BREAK = re.compile(r"[.!?…][\"'»”’)]?\s+[\"'«“(]?[A-ZÀ-ÖØ-Þ]")


def _key(text: str) -> str:
    """Comparison form: NFKC, apostrophes/quotes/dashes unified, casefolded, spaces collapsed."""
    t = unicodedata.normalize("NFKC", text).translate(_FOLD_MAP).casefold()
    return " ".join(t.split())


def _fold(text: str) -> str:
    """``_key`` without accents, for matching lexicon phrases ("a lire aussi" = "À lire aussi")."""
    return _strip_accents(_key(text))


def _strip_accents(key: str) -> str:
    return _COMBINING.sub("", unicodedata.normalize("NFD", key))


def _last_char(text: str) -> str:
    stripped = text.rstrip(_CLOSERS)
    return stripped[-1] if stripped else ""


def _sentences(text: str) -> int:
    return 1 + len(_SENTENCE_BREAK.findall(text))


# --- Lexicon cues, compiled once per language ----------------------------------------


def _alternation(phrases: Iterable[str]) -> str:
    items = sorted({_fold(p) for p in phrases if p and p.strip()}, key=len, reverse=True)
    return "|".join(re.escape(p) for p in items) or r"(?!x)x"


@dataclass(frozen=True, slots=True)
class _Cues:
    """The lexicon of one language turned into matchers (see ``[blocks]`` in the TOML files)."""

    boiler_exact: re.Pattern[str]
    boiler_starts: re.Pattern[str]
    boiler_contains: re.Pattern[str]
    comment: re.Pattern[str]
    byline: re.Pattern[str]
    dateline: re.Pattern[str]
    caption_start: re.Pattern[str]
    caption_word: re.Pattern[str]
    agency: re.Pattern[str]
    number: str
    operator_words: str
    stopwords: frozenset[str]
    particles: frozenset[str]
    joiners: frozenset[str]
    share: frozenset[str]
    credit_symbols: tuple[str, ...]


def _section(lex: dict[str, Any], key: str) -> list[str]:
    return list(lex.get("blocks", {}).get(key, []))


@lru_cache(maxsize=16)
def _cues(language: str | None) -> _Cues:
    """Matchers for ``language``: its own block cues when it has some, else every lexicon's.

    Whole-block furniture words ("Share", "Partager") and share-bar words are always
    taken from every lexicon: a French site may well print an English share button,
    and a block that is *only* that word is furniture in any language.
    """
    everything = lexicons.load_all()
    lex = lexicons.load(language) if lexicons.covers(language, "blocks") else everything
    agencies = _section(lex, "agencies")
    agency_alts = "|".join(
        re.escape(a) for a in sorted({*agencies, *(a.upper() for a in agencies)}, key=len)[::-1]
    )
    published = lex.get("dates", {}).get("published_cues", [])
    words = r"(?:[^\W\d_][\w'-]*)"
    number_words = _alternation(_section(lex, "number_words"))
    return _Cues(
        boiler_exact=re.compile(
            rf"^(?:{_alternation(_section(everything, 'boilerplate_exact'))})$"
        ),
        boiler_starts=re.compile(
            rf"^(?:{_alternation(_section(lex, 'boilerplate_starts'))})(?!\w)"
        ),
        boiler_contains=re.compile(
            rf"(?<!\w)(?:{_alternation(_section(lex, 'boilerplate_contains'))})(?!\w)"
        ),
        comment=re.compile(rf"^(?:{_alternation(_section(lex, 'comment_cues'))})(?!\w)"),
        byline=re.compile(rf"^(?:{_alternation(_section(lex, 'byline_cues'))})\s*:?\s+"),
        dateline=re.compile(rf"^(?:{_alternation(published)})\s*:?\s+"),
        caption_start=re.compile(
            rf"^(?:{_alternation(_section(lex, 'caption_cues'))})\s*(?:[:/©|(\-]|$)"
        ),
        caption_word=re.compile(rf"(?<!\w)(?:{_alternation(_section(lex, 'caption_cues'))})(?!\w)"),
        agency=re.compile(rf"(?<!\w)(?:{agency_alts or r'(?!x)x'})(?!\w)"),
        number=rf"(?:\d+|(?:{number_words})(?:[- ](?:{number_words}))*|{words})",
        operator_words=_alternation(_section(lex, "math_operators")),
        stopwords=frozenset(_fold(w) for w in _section(lex, "stopwords")),
        particles=frozenset(_fold(w) for w in _section(lex, "name_particles")),
        joiners=frozenset(_fold(w) for w in _section(lex, "name_joiners")) | {"&"},
        share=frozenset(_fold(w) for w in _section(everything, "share_words")),
        credit_symbols=tuple(_section(lex, "credit_symbols")) or ("©",),
    )


# --- Splitting ------------------------------------------------------------------------


def _split(text: str) -> list[tuple[int, int]]:
    """One span per non-empty line, surrounding whitespace stripped; wrapped lines re-joined."""
    spans: list[tuple[int, int]] = []
    for m in _LINE.finditer(text):
        s, e = m.start(), m.end()
        while s < e and (text[s].isspace() or text[s] in _INVISIBLE):
            s += 1
        while e > s and (text[e - 1].isspace() or text[e - 1] in _INVISIBLE):
            e -= 1
        if s < e:
            spans.append((s, e))
    return _join_wrapped(text, spans)


def _join_wrapped(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Re-join paragraphs hard-wrapped at a fixed width (mail, some archives).

    A line continues the previous one when no blank line separates them, the
    previous one is long and ends mid-sentence, and this one starts in lowercase.
    Done only when the page shows several such wraps: one lowercase line after
    another may just be a credit ("photo AFP") or a scraping accident.
    """
    joins = [i for i in range(1, len(spans)) if _continues(text, spans[i - 1], spans[i])]
    if len(joins) < WRAP_MIN_JOINS:
        return spans
    joined = set(joins)
    out: list[tuple[int, int]] = []
    for i, span in enumerate(spans):
        if i in joined and out:
            out[-1] = (out[-1][0], span[1])
        else:
            out.append(span)
    return out


def _continues(text: str, prev: tuple[int, int], cur: tuple[int, int]) -> bool:
    gap = text[prev[1] : cur[0]]
    newlines = gap.count("\n") or gap.count("\r")
    if newlines != 1 or prev[1] - prev[0] < 40:
        return False
    if _last_char(text[prev[1] - 3 : prev[1]]) in ".!?…:;":
        return False
    return text[cur[0]].islower()


# --- Per-block features ----------------------------------------------------------------


@dataclass(slots=True)
class _Seg:
    """A block under construction: features are computed once, the kind decided in passes."""

    start: int
    end: int
    text: str
    key: str
    folded: str
    words: int
    letters: int
    kind: str | None = None
    cues: list[str] = field(default_factory=list)
    duplicate_of: int | None = None
    dup_exact: bool = False
    language: str | None = None
    foreign: bool = False
    weak: str | None = None
    """A caption hint too weak alone (a bare "(AFP)"), confirmed by another signal."""

    def set(self, kind: str, *cues: str) -> None:
        self.kind = kind
        self.cues.extend(c for c in cues if c not in self.cues)

    @property
    def final(self) -> str:
        return _last_char(self.text)

    @property
    def heading_like(self) -> bool:
        """No sentence-final period: titles and subheadings end bare (or with ? !)."""
        return self.final not in ".…:;," and self.letters > 0

    @property
    def paragraph_like(self) -> bool:
        if self.letters == 0:
            return False
        if self.words >= PARAGRAPH_LONG_WORDS:
            return True
        if self.final in "?!" and self.words <= QUESTION_HEADING_WORDS:
            # "Will the Senate avert a shutdown?": one short question is a title or a
            # subheading; a paragraph that is a question has more sentences.
            return _sentences(self.text) > 1
        return self.words >= PARAGRAPH_MIN_WORDS and self.final in ".!?…:;"


def _segment(text: str, start: int, end: int) -> _Seg:
    """Features of one block.  Words and letters are counted on the first ``_COUNT_REACH``
    characters only: every threshold is far below that, and a 50 MB line must stay cheap."""
    piece = text[start:end]
    head = piece[:_COUNT_REACH]
    words = len(_WORD.findall(head))
    letters = len(_LETTER.findall(head))
    if len(piece) > _COUNT_REACH:
        words += (len(piece) - _COUNT_REACH) // 10
        letters = letters or (1 if _LETTER.search(piece) else 0)
    key = _key(piece)
    return _Seg(
        start=start,
        end=end,
        text=piece,
        key=key,
        folded=_strip_accents(key[:_FOLD_REACH]),
        words=words,
        letters=letters,
    )


def _bare(folded: str) -> str:
    """A short block without its bullets, arrows and final punctuation, for exact matching."""
    return folded.strip(" \t•·*|>»›→-–—:.!?…()[]\"'")


# --- Duplicates ------------------------------------------------------------------------


def _mark_duplicates(segs: list[_Seg]) -> None:
    """Point each block that repeats an earlier one at the earliest original.

    Exact repeats (after normalisation) come from a hash index; "repeats,
    extended" (or truncated) from an index on the first ``PREFIX_MIN_CHARS``
    characters; near repeats (one character apart) only among the previous
    ``NEAR_WINDOW`` blocks.  All linear in the number of blocks.
    """
    exact: dict[str, int] = {}
    prefixes: dict[str, list[int]] = {}
    for j, seg in enumerate(segs):
        if seg.letters == 0:
            continue
        core = seg.key.rstrip(_TRAILING_PUNCT)
        if len(core) < 8:
            continue
        original = exact.get(core)
        if original is not None:
            _link(segs, j, original, f"duplicate of b{original}", exact_copy=True)
            continue
        exact[core] = j
        if len(core) >= PREFIX_MIN_CHARS:
            bucket = prefixes.setdefault(core[:PREFIX_MIN_CHARS], [])
            for i in bucket:
                other = segs[i].key.rstrip(_TRAILING_PUNCT)
                if core.startswith(other):
                    _link(segs, j, i, f"repeats b{i}, extended")
                    break
                if other.startswith(core):
                    _link(segs, j, i, f"repeats the start of b{i}")
                    break
            if len(bucket) < PREFIX_BUCKET_CAP:
                bucket.append(j)
        if seg.duplicate_of is None and NEAR_MIN_CHARS <= len(core) <= NEAR_MAX_CHARS:
            for i in range(max(0, j - NEAR_WINDOW), j):
                if segs[i].letters and _near(segs[i].key.rstrip(_TRAILING_PUNCT), core):
                    _link(segs, j, i, f"near duplicate of b{i}", exact_copy=True)
                    break


def _near(a: str, b: str) -> bool:
    """One local edit apart: the common prefix and suffix cover ``NEAR_RATIO`` of the text.

    Linear, unlike an edit distance; it is what a re-typed caption looks like
    (a word changed, a credit added) once apostrophes and spaces are normalised.
    """
    longest = max(len(a), len(b))
    if not longest or min(len(a), len(b)) < NEAR_RATIO * longest:
        return False
    prefix = _common_prefix(a, b)
    suffix = _common_prefix(a[prefix:][::-1], b[prefix:][::-1])
    return prefix + suffix >= NEAR_RATIO * longest


def _common_prefix(a: str, b: str) -> int:
    """Length of the common prefix, by halving (slice comparisons run in C)."""
    low, high = 0, min(len(a), len(b))
    while low < high:
        mid = (low + high + 1) // 2
        if a[:mid] == b[:mid]:
            low = mid
        else:
            high = mid - 1
    return low


def _link(segs: list[_Seg], j: int, i: int, cue: str, *, exact_copy: bool = False) -> None:
    root = segs[i].duplicate_of if segs[i].duplicate_of is not None else i
    segs[j].duplicate_of = root
    segs[j].dup_exact = exact_copy
    segs[j].cues.append(cue if root == i else f"{cue} (itself a repeat of b{root})")


# --- Block-level signals ------------------------------------------------------------------


def _furniture(seg: _Seg, cues: _Cues) -> str | None:
    """Why this block is page furniture (a phrase, a share bar, a captcha), or ``None``."""
    bare = _bare(seg.folded)
    if not bare:
        return "no words"
    if cues.boiler_exact.match(bare):
        return f"boilerplate phrase: {bare}"
    captcha = _captcha(seg.folded, cues)
    if captcha:
        return captcha
    if seg.words <= FURNITURE_MAX_WORDS:
        m = cues.boiler_starts.match(bare) or cues.boiler_contains.search(bare)
        if m:
            return f"boilerplate phrase: {m.group(0)}"
        tokens = [t for t in re.split(r"[\s|/•·,;:()\[\]]+", bare) if t]
        if len(tokens) >= 2 and all(t in cues.share or cues.boiler_exact.match(t) for t in tokens):
            return "share bar"
        if len(tokens) >= 2 and re.search(r"\s[>›»/]\s", seg.key) and seg.final not in ".!?":
            parts = re.split(r"\s[>›»/]\s", seg.key)
            if len(parts) >= 2 and all(len(p.split()) <= 4 for p in parts):
                return "breadcrumb"
        # "World Briefing | Home | World | Politics": a menu, not a headline.  Three
        # items at least: "Headline | Outlet" is a page title with its site name.
        parts = [p for p in re.split(r"\s[|•·]\s", seg.key) if p.strip()]
        if len(parts) >= 3 and all(len(p.split()) <= 4 for p in parts) and seg.final not in ".!?":
            return "navigation menu"
    return None


def _captcha(folded: str, cues: _Cues) -> str | None:
    """A word-maths captcha: two numbers, an operator, and "=" (or "?") at the end.

    With a symbol operator any two short words count ("veinte + diez =" in a
    language we have no number words for); with a word operator ("trois fois
    deux =") both sides must be number words or digits.
    """
    if len(folded) > 80:
        return None
    number = cues.number
    symbol = rf"^\s*(?:{number})\s*[+×x*÷/-]\s*(?:{number})\s*(?:=\s*[?_.…]*|\?)\s*$"
    if re.match(symbol, folded):
        return "captcha"
    if cues.operator_words != r"(?!x)x":
        strict = number.rsplit("|", 1)[0] + ")"  # digits and number words only
        worded = rf"^\s*{strict}\s+(?:{cues.operator_words})\s+{strict}\s*(?:=\s*[?_.…]*|\?)\s*$"
        if re.match(worded, folded):
            return "captcha"
    return None


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_CREDIT_TAIL = re.compile(
    r"(?:[(\[|/©]|\s[-–—]\s|\(c\))\s*(?P<tail>[^()\[\]|/©]{1,80}?)\s*[)\]]?\s*\.?\s*$"
)


def _caption_cue(seg: _Seg, cues: _Cues) -> str | None:
    """A photo credit: "Photo : ...", "... (Photo X / AFP)", "© Getty Images"."""
    if cues.caption_start.match(seg.folded):
        return "caption cue at start"
    if len(seg.text) > CAPTION_MAX_CHARS * 1.5:
        return None
    m = _CREDIT_TAIL.search(seg.text)
    if m:
        tail = m.group("tail")
        if re.match(r"(?i)\s*(?:avec|with|con|mit|com)\b", tail):
            return None  # "(avec AFP)": a sourcing credit, not a photo credit
        agency = cues.agency.search(tail)
        if agency and seg.words <= 60 and _sentences(seg.text) <= 3:
            if m.group(0).lstrip().startswith("(") and agency.group(0) == tail.strip():
                # "... (AFP)." alone also closes wire copy: a hint, not proof (see _weak_credits).
                seg.weak = f"agency in parentheses: {agency.group(0)}"
                return None
            return f"photo credit: {agency.group(0)}"
        word = cues.caption_word.match(_fold(tail))  # "(Photo Jean Dupont)", not "- a photo"
        if word:
            return f"photo credit: {word.group(0)}"
    last = _SENTENCE_END.split(seg.text)[-1]
    if len(last.split()) <= 8 and "/" in last and last.rstrip()[-1:] not in ".!?":
        agency = cues.agency.search(last)
        if agency:
            return f"photo credit: {agency.group(0)}"  # "... 2025. REUTERS/Nathan Howard"
    if any(sym in seg.text for sym in cues.credit_symbols) and seg.words <= 12:
        if re.search(r"\b(?:19|20)\d\d\b", seg.text):
            return None  # "© 2024 Le Journal": a copyright notice (furniture, below)
        return "credit symbol"
    return None


_ENDS_WITH_YEAR = re.compile(r"(?<!\d)(?:1[89]|2[01])\d\d(?:-\d\d-\d\d)?\W{0,4}$")
_BEFORE_DATE = re.compile(r"[,–—-]\s*(?:[^\W\d_]{1,4}\.?\s+){0,2}$")


def _trailing_date(seg: _Seg) -> str | None:
    """A caption ends with its place and date: ", le 3 avril 2022." / ", 14 December, 2021"."""
    if len(seg.text) > CAPTION_MAX_CHARS or _sentences(seg.text) > 2:
        return None
    if not _ENDS_WITH_YEAR.search(seg.text):
        return None  # cheap test first: find_dates is the costly part on big pages
    dates = find_dates(seg.text)
    if not dates:
        return None
    last = dates[-1]
    if seg.text[last.end :].strip(_CLOSERS + ".") or not _BEFORE_DATE.search(
        seg.text[: last.start]
    ):
        return None
    return f"trailing date: {last.text}"


_ASIDE = re.compile(r"^[(\[][^()\[\]]*[)\]]\W*$")
_TIME = re.compile(r"\b\d{1,2}\s*(?:[:h.]\s*\d{2}|h)\b|\b(?:am|pm|a\.m\.|p\.m\.)", re.I)


def _date_line(seg: _Seg) -> bool:
    """A block that is only a date and a time ("14 mars 2025 à 18 h 02", "March 14, 2025 10:32
    PM GMT"): a dateline or a time stamp.  At most a dozen letters besides the date."""
    if len(seg.text) > 80 or not _ENDS_WITH_YEAR_OR_TIME.search(seg.text):
        return False
    dates = find_dates(seg.text)
    if not dates:
        return False
    rest = seg.text
    for d in reversed(dates):
        rest = rest[: d.start] + " " + rest[d.end :]
    rest = _TIME.sub(" ", rest)
    return len(_LETTER.findall(rest)) <= 12


_ENDS_WITH_YEAR_OR_TIME = re.compile(
    r"(?:(?:1[89]|2[01])\d\d|\d\d|[ap]\.?m\.?|gmt|utc|[a-z]{2,4}t)\W{0,3}$", re.I
)


def _after_cue(pattern: re.Pattern[str], seg: _Seg) -> tuple[str, str] | None:
    """Match a folded cue at the start of the block; return ``(cue, rest of the original)``.

    Cues are matched on the folded text (accents, case), but names are read on
    the original text, where capitals survive: the rest is cut by word count.
    """
    m = pattern.match(seg.folded)
    if not m:
        return None
    n = len(m.group(0).split())
    pieces = seg.text.split(None, n)
    return m.group(0).strip(), (pieces[n] if len(pieces) > n else "")


def _byline_cue(seg: _Seg, cues: _Cues) -> str | None:
    """ "Par Jean Dupont", "By Jane Roe and John Doe, Reuters", "Publié le 17 novembre 2024"."""
    if seg.words > 25 or seg.letters == 0:
        return None
    found = _after_cue(cues.dateline, seg)
    if found and re.search(r"\d", found[1]):
        return f"dateline: {found[0]}"
    found = _after_cue(cues.byline, seg)
    if found and _name_part(found[1], cues):
        return f"byline cue: {found[0]}"
    return None


def _name_part(text: str, cues: _Cues) -> str | None:
    """The authors' names at the start of ``text``, before a date, an agency, a "|".

    "Jean Dupont, publié le 12 mars" gives "Jean Dupont"; "Jean Dupont, AFP" too.
    """
    head = re.split(r"\s*(?:[|•·—–(]|\s-\s)", text)[0]
    names: list[str] = []
    for part in re.split(r"\s*,\s*", head.strip(" ,.;:")):
        # After "By"/"Par", capitals are a house style ("By JANE DOE"), not an acronym.
        if _is_name(part, cues) or _is_name(part.title(), cues):
            names.append(part.strip().rstrip("."))
        elif names or not cues.agency.fullmatch(part.strip()):
            break
    return ", ".join(names) or None


def _is_name(text: str, cues: _Cues) -> bool:
    """2–4 capitalised words (particles allowed), or several such joined by "et"/"and"/"&"."""
    text = text.strip().rstrip(".")
    if not text or any(ch.isdigit() for ch in text) or len(text) > 120:
        return False
    people: list[list[str]] = [[]]
    for token in text.split():
        if _fold(token) in cues.joiners or _short_joiner(token, cues):
            people.append([])
        else:
            people[-1].append(token)
    if len(people) > 4:
        return False
    for tokens in people:
        capitals = [t for t in tokens if not (t.islower() and _fold(t) in cues.particles)]
        if not 2 <= len(capitals) <= 4 or len(tokens) > 6:
            return False
        if _fold(tokens[0]) in cues.stopwords and _fold(tokens[0]) not in cues.particles:
            return False
        if _fold(tokens[0]) in cues.stopwords and not tokens[0][0].isupper():
            return False
        for t in capitals:
            if not _name_token(t) or (_fold(t) in cues.stopwords and t is tokens[0]):
                return False
    return True


def _short_joiner(token: str, cues: _Cues) -> bool:
    """A short lowercase word between names ("und", "y", "e", "og"): it joins two authors.

    Lets "Von Anna Schmidt und Lukas Weber" read as names in a language we have
    no lexicon for; name particles ("de", "von") are not joiners.
    """
    return token.isalpha() and token.islower() and len(token) <= 3 and token not in cues.particles


def _name_token(token: str) -> bool:
    """A capitalised word ("Schmidt", "Jean-Pierre", "O'Neil") or an initial ("J.")."""
    if not token[0].isupper() or not all(c.isalpha() or c in "'’.-" for c in token):
        return False
    # "OTAN", "BREAKING": acronyms and shouting, not names.
    return not (len(token) > 3 and token.isupper())


# --- The passes ------------------------------------------------------------------------


def _body_language(segs: list[_Seg]) -> str | None:
    """The body's language from a sample of its paragraph-like blocks (bounded cost)."""
    sample: list[str] = []
    total = 0
    for seg in segs:
        if seg.paragraph_like and seg.duplicate_of is None:
            sample.append(seg.text)
            total += len(seg.text)
            if total >= LANGUAGE_SAMPLE_CHARS:
                break
    if not sample:
        sample = [s.text for s in segs[:50]]
    return document_language(sample)


def _languages(segs: list[_Seg], body: str | None) -> None:
    """Identify each block's own language; flag those that differ from the body's.

    Typed blocks are identified too: a caption's language is data for later
    stages (an English caption above a French article is read in English).
    """
    budget = LANGUAGE_CAP
    for seg in segs:
        if seg.letters < 20 or len(seg.text) > 1000:
            continue
        if budget == 0:
            break
        budget -= 1
        lang, prob = detect(seg.text)
        if lang is None or prob < 0.6:
            continue
        seg.language = lang
        if body and lang != body:
            seg.foreign = True
            seg.cues.append(f"language {lang} != body {body}")


def _type_by_evidence(segs: list[_Seg], cues: _Cues) -> None:
    """Kinds that follow from the block itself: furniture, captions, bylines."""
    seen_text = False
    for seg in segs:
        reason = _furniture(seg, cues)
        if reason:
            seg.set("boilerplate", reason)
            continue
        reason = _caption_cue(seg, cues)
        if reason:
            seg.set("caption", reason)
            continue
        if any(sym in seg.text for sym in cues.credit_symbols) and seg.words <= 15:
            seg.set("boilerplate", "copyright notice")
            continue
        reason = _byline_cue(seg, cues)
        if reason:
            seg.set("byline", reason)
            continue
        if _date_line(seg):
            # "March 14, 2025 10:32 PM GMT": the page's dateline at the top, a comment's
            # time stamp further down; never text.
            if seen_text:
                seg.set("boilerplate", "date line")
            else:
                seg.set("byline", "date line before the text")
            continue
        reason = _trailing_date(seg)
        if reason:
            seg.set("caption", reason)
            continue
        if _ASIDE.match(seg.text) and seg.words <= 40 and not seg.weak:
            # "(Reporting by Jane Doe; Editing by John Smith)", "[Updated at 10:00]".
            seg.set("boilerplate", "aside in parentheses")
            continue
        seen_text = seen_text or seg.paragraph_like


def _adjacent_copies(segs: list[_Seg]) -> None:
    """A short sentence printed twice in a row is a photo caption (alt text, then legend)."""
    for j, seg in enumerate(segs):
        i = seg.duplicate_of
        if i is None or i != j - 1 or not seg.dup_exact:
            continue
        first = segs[i]
        if len(first.text) > CAPTION_MAX_CHARS or _sentences(first.text) > 2:
            continue
        if first.kind in (None, "caption") and seg.kind in (None, "caption"):
            first.set("caption", f"printed twice in a row (b{j})")
            seg.set("caption", "printed twice in a row")


def _foreign_captions(segs: list[_Seg]) -> None:
    """A short block in another language than the body is a caption (or an embed's legend)."""
    for seg in segs:
        if seg.kind is not None or not seg.foreign:
            continue
        if len(seg.text) > CAPTION_MAX_CHARS or _sentences(seg.text) > 2:
            continue
        if seg.letters >= FOREIGN_MIN_LETTERS or seg.heading_like or seg.weak:
            seg.set("caption", "short block in another language")


def _weak_credits(segs: list[_Seg]) -> None:
    """Say so when a bare "(AFP)" credit agreed with the signal that made the block a caption."""
    for seg in segs:
        if seg.weak and seg.kind == "caption":
            seg.cues.append(seg.weak)


def _comment_section(segs: list[_Seg], cues: _Cues) -> int | None:
    """Index of the comment form or heading at the end of the page, if any.

    It must come after some article text (two paragraph-like blocks), so that a
    "12 commentaires" link under the title does not swallow the article.
    """
    paragraphs = 0
    for j, seg in enumerate(segs):
        if seg.kind is None and seg.paragraph_like:
            paragraphs += 1
            continue
        if paragraphs < 2 or seg.words > 30 or seg.final in ".":
            continue
        bare = _bare(re.sub(r"[\d()\[\]#]+", " ", seg.folded))
        bare = " ".join(bare.split())
        m = cues.comment.match(bare)
        if not m:
            continue
        # "Réactions", "Comments (3)": a one-word cue is the whole block, or it is a
        # subheading ("Réactions internationales").  A phrase may open a longer line
        # ("Une réponse à « ... »", "Leave a comment Cancel reply").
        rest = bare[m.end() :].lstrip()
        phrase = " " in m.group(0).strip()
        titled = phrase and rest[:1] in "\"'"  # "Une réponse à « Le titre »"
        if not rest or titled or (phrase and seg.kind == "boilerplate"):
            seg.set("boilerplate", f"comment section: {m.group(0)}")
            return j
    return None


def _type_comments(segs: list[_Seg], start: int) -> None:
    """After a comment cue, sentences are readers' comments, the rest is the form's furniture."""
    for seg in segs[start + 1 :]:
        if seg.kind == "boilerplate":
            continue
        sentence = seg.paragraph_like or seg.final in ".!?…"  # "Bravo à tous !" is a comment
        if seg.words >= COMMENT_MIN_WORDS and seg.kind is None and sentence:
            seg.set("comment", f"after comment cue b{start}")
        else:
            seg.kind = None
            seg.set("boilerplate", f"comment section furniture (after b{start})")


#: "Label: headline", the label one to four words ("Read more: ...", "Mehr zum Thema: ...").
_LINK_LABEL = re.compile(r"^[^\W\d_][^\s:]*(?:\s+[^\s:]+){0,3}\s*:\s+\S")


def _layout(segs: list[_Seg], end: int, cues: _Cues) -> int | None:
    """Title, byline by shape, body, subheadings and the page's head and tail.

    Returns the index of the title, if one was found.
    """
    paras = [j for j in range(end) if segs[j].kind is None and segs[j].paragraph_like]
    if not paras:
        # A page of short lines only: keep what has words as text rather than lose it all.
        for seg in segs[:end]:
            if seg.kind is None and seg.words >= 3:
                seg.set("paragraph", "no longer paragraph on the page")
        paras = [j for j in range(end) if segs[j].kind == "paragraph"]
        if not paras:
            return None
    first, last = paras[0], paras[-1]

    title = _find_title(segs, first, cues)
    # Bylines by shape: a bare name near the top (before the text, or just after the title).
    reach = max(first, (title or 0) + 4)
    second = paras[1] if len(paras) > 1 else first + 1
    for j in range(min(reach, second, end)):
        seg = segs[j]
        if seg.kind is None and seg.heading_like and _is_name(seg.text, cues):
            seg.set("byline", "person's name near the top")

    head_end = title if title is not None else first
    where = "before the title" if title is not None else "before the text"
    for j in range(head_end):
        if segs[j].kind is None and segs[j].weak:
            segs[j].set("caption", segs[j].weak, where)  # the photo above the title
        elif segs[j].kind is None:
            segs[j].set("boilerplate", where)
    if title is not None:
        for j in range(title + 1, first):
            seg = segs[j]
            if seg.kind is None:
                if seg.words >= 5 and seg.duplicate_of is None:
                    seg.set("standfirst", "between the title and the first paragraph")
                else:
                    seg.set("boilerplate", "short block between the title and the text")

    for j in range(first, last + 1):
        seg = segs[j]
        if seg.kind is not None:
            continue
        if seg.paragraph_like:
            seg.set("paragraph", "sentence text in the body")
        elif seg.heading_like and seg.words <= SUBHEADING_MAX_WORDS and _sentences(seg.text) == 1:
            if _next_is_text(segs, j):
                seg.set("subheading", "short line without final punctuation inside the body")
            elif _LINK_LABEL.match(seg.text):
                # "Mehr zum Thema: ...", "Lee también: ..." in a language we have no
                # phrases for: a labelled headline that no text follows is a link.
                seg.set("boilerplate", "labelled headline not followed by text (a link)")
            else:
                seg.set("paragraph", "inside the body")
        else:
            seg.set("paragraph", "inside the body")
    for seg in segs[last + 1 : end]:
        if seg.kind is None:
            seg.set("boilerplate", "after the last paragraph")
    return title


def _find_title(segs: list[_Seg], first: int, cues: _Cues) -> int | None:
    """The first heading-like block before the text (a longer one beats a short label)."""
    candidates = [
        j
        for j in range(first)
        if segs[j].kind is None
        and segs[j].heading_like
        and 3 <= segs[j].words <= TITLE_MAX_WORDS
        and len(segs[j].text) <= 300
        and not _is_name(segs[j].text, cues)
        and not segs[j].foreign
    ]
    if not candidates:
        return None
    long_ones = [j for j in candidates if segs[j].words >= 5]
    title = (long_ones or candidates)[0]
    segs[title].set("title", "first heading before the text")
    return title


def _next_is_text(segs: list[_Seg], j: int) -> bool:
    """Is the next block that is not a caption or furniture a paragraph?"""
    for seg in segs[j + 1 :]:
        if seg.kind in ("caption", "boilerplate", "byline"):
            continue
        return seg.kind == "paragraph" or (seg.kind is None and seg.paragraph_like)
    return False


def _standfirst(segs: list[_Seg], title: int | None) -> None:
    """The first paragraph right after the title (bylines, captions between) is the standfirst."""
    if title is None or any(s.kind == "standfirst" for s in segs):
        return
    body = [j for j, s in enumerate(segs) if s.kind == "paragraph"]
    if len(body) < 3:
        return
    j = body[0]
    if any(segs[k].kind in ("paragraph", "subheading", "comment") for k in range(title + 1, j)):
        return
    seg = segs[j]
    restated = [k for k in body if segs[k].duplicate_of == j]
    if len(seg.text) > STANDFIRST_MAX_CHARS and not restated:
        return
    seg.kind = "standfirst"
    seg.cues = [c for c in seg.cues if c != "sentence text in the body"]
    seg.cues.append("first paragraph after the title")
    if restated:
        seg.cues.append(f"restated further down as b{restated[0]}")


def _resolve_duplicates(segs: list[_Seg], comments_at: int | None) -> None:
    """A repeat is counted once: it takes its original's kind (a restated standfirst stays
    in the body as a paragraph, marked ``duplicate_of``)."""
    for j, seg in enumerate(segs):
        i = seg.duplicate_of
        if i is None:
            continue
        original = segs[i].kind
        in_comments = comments_at is not None and j > comments_at
        if original in ("caption", "boilerplate", "byline"):
            seg.kind = original
        elif original == "title":
            seg.kind = "boilerplate"
            seg.cues.append("repeats the title")
        elif original in ("standfirst", "paragraph", "subheading") and not in_comments:
            seg.kind = "subheading" if original == "subheading" else "paragraph"


# --- Public entry point --------------------------------------------------------------------


def extract_text(text: str, *, document: str = "<text>") -> ExtractedPage:
    """Split scraped text into blocks (one per line or paragraph) and type each one.

    Raises :class:`~newstrace.errors.EmptyDocument` when there is no text at all.
    """
    spans = _split(text)
    if not spans:
        raise EmptyDocument(document, "the text is empty or only whitespace")
    segs = [_segment(text, s, e) for s, e in spans]

    _mark_duplicates(segs)
    body_language = _body_language(segs)
    cues = _cues(body_language)

    _type_by_evidence(segs, cues)
    _adjacent_copies(segs)
    _languages(segs, body_language)
    _foreign_captions(segs)
    _weak_credits(segs)
    comments_at = _comment_section(segs, cues)
    end = comments_at if comments_at is not None else len(segs)
    if comments_at is not None:
        _type_comments(segs, comments_at)
    title = _layout(segs, end, cues)
    _standfirst(segs, title)
    _resolve_duplicates(segs, comments_at)
    for seg in segs:
        if seg.kind is None:
            seg.set("boilerplate", "no article position")

    blocks = [
        Block(
            id=f"b{n}",
            kind=seg.kind,  # type: ignore[arg-type]
            text=seg.text,
            start=seg.start,
            end=seg.end,
            language=seg.language,
            duplicate_of=None if seg.duplicate_of is None else f"b{seg.duplicate_of}",
            cues=tuple(seg.cues),
        )
        for n, seg in enumerate(segs)
    ]
    warnings = []
    if title is None:
        warnings.append("text: no title found")
    return ExtractedPage(
        source_text=text,
        blocks=blocks,
        title=next((b.text for b in blocks if b.kind == "title"), None),
        byline=_byline(segs, cues),
        language=body_language,
        extractor="text",
        warnings=warnings,
    )


def _byline(segs: list[_Seg], cues: _Cues) -> str | None:
    """The authors' names from the first byline that has some (a dateline alone has none)."""
    for seg in segs:
        if seg.kind != "byline" or seg.duplicate_of is not None:
            continue
        found = _after_cue(cues.byline, seg)
        names = _name_part(found[1] if found else seg.text, cues)
        if names:
            return names
    return None
