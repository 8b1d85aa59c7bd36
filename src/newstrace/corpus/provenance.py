"""Which page of a story copies, rewrites or translates which, and whether it says so.

Why paragraphs: a copy is made paragraph by paragraph.  Two pages that report
the same event independently share names and numbers, but not the sequence of
their paragraphs; a copy or a translation keeps that sequence.  So we align
the body paragraphs of each pair of pages and only link pages whose
paragraphs align for most of the shorter page.

* Within a language, paragraphs align by their words: shared word pairs
  (shingles), refined by ``difflib`` on the candidates only, plus the
  paragraph vectors (strong within a language) for reworded paragraphs.
* Across languages, wording is gone; what survives is *anchors*: numbers,
  dates, canonical entities ("Poutine" and "Putin" are one), resolved places
  and names spelled alike, in the same order.  Most languages have no parser
  here, so every page also gets the anchors any text shows: digits by their
  value ("12.000" is "12,000"), countries by their CLDR name in the page's
  language ("Estados Unidos"), capitalised names folded of accents.  A pair
  compares the anchors both pages have; rare anchors weigh more ("12,000" in
  one paragraph beats "Ukraine" in all of them).  The alignment is monotonic
  (a dynamic programme), one paragraph may go with up to three of the other
  (merged or split by the translator, or a body extracted as one block, read
  by sentences), and a translation keeps paragraph lengths in proportion
  (Gale and Church) and its origin's figures: two reports that name the same
  people but give their own figures, or whose paragraphs only match here and
  there, are not linked.  Paragraphs with no anchor of their own (a sentence
  of comment) align by their place between two anchored ones, their length
  and the (weakly aligned) vectors.

The origin is decided by signals a reader can check, listed in ``why``: the
dates (or the page's date window), a credit line naming the other page's
outlet, leftovers of the other page's language (an English caption in a French
page), and completeness (the copy's paragraphs are nearly all found in the
origin, which has more).  Language is a parameter: credit cues come from
``lexicons/<lang>.corpus.toml``.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import combinations, pairwise
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from newstrace import lexicons
from newstrace.model import Alignment, Analysis, Article, Block, ProvenanceLink, Span
from newstrace.nlp.countries import country_of
from newstrace.nlp.dates import fold
from newstrace.nlp.numbers import parse_digits

if TYPE_CHECKING:
    import numpy as np

#: A unit of alignment: a block, and the characters of it read (a whole paragraph,
#: or a run of sentences of an overlong one).
_Unit = tuple[Block, int, int]

#: Body paragraphs read per page: bounds the work of one pair (MAX_BLOCKS²).
MAX_BLOCKS = 80
#: Beyond this many pages, a page is compared with its nearest pages only.
ALL_PAIRS_UP_TO = 24
NEAREST = 10
#: A link needs this many aligned paragraphs, covering this share of the
#: shorter page, of which this many rest on words or anchors (not position alone).
MIN_ALIGNED = 3
MIN_COVERAGE = 0.5
MIN_STRONG = 2
#: Across languages the strong pairs rest on anchors alone, which two reports of
#: one event share by chance in a paragraph or two: one more is asked.
MIN_STRONG_ACROSS = 3
#: Same language: a paragraph pair this close in words is the same paragraph.
TEXT_MATCH = 0.45
#: Above this mean word similarity (and coverage), a same-language link is a copy.
COPY_SIMILARITY = 0.8
COPY_COVERAGE = 0.8
#: Across languages: anchors this alike (weighted, in order) align two paragraphs.
ANCHOR_MATCH = 0.45
#: Across languages, a pair of paragraphs whose lengths are more than this many
#: standard deviations from the pair's proportion is not aligned (see
#: ``_length_deviation``); Gale and Church's variance, 6.8 per character.
LENGTH_DEVIATION = 2.5
LENGTH_VARIANCE = 6.8
#: At most this many consecutive paragraphs of one page go with one of the other.
MAX_MERGE = 3
#: How much one anchor says, by kind: numbers and dates most, country names least.
KIND_WEIGHT = {"n": 1.5, "t": 1.5, "e": 1.0, "p": 1.0, "c": 0.4, "w": 0.6, "s": 0.5}
#: Across languages, one page keeps at least this share of its numbers of
#: ``MIN_NUMBER`` or more (written in digits) in the other; smaller ones are often
#: spelt out ("two", "dos").
NUMBERS_KEPT = 0.5
MIN_NUMBER = 10
#: Weight left to an anchor only one page of the pair has (see ``_weights``).
UNSHARED = 0.25
SHINGLE = 2
#: A block longer than this is not one paragraph (an extractor joined them):
#: it is read sentence by sentence.
LONG_BLOCK = 1200

_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*", re.UNICODE)
_DIGITS = re.compile(r"(?<![\w])\d+(?:[ \u00a0\u202f.,’']\d{3})*(?:[.,]\d+)?(?![\w])")
#: A word of any script, hyphenated names kept whole ("Hau-yip", "Eva-Marie");
#: an apostrophe splits ("l'Afghanistan", "Vietnam's").
_NAME_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
#: Where a sentence may end inside an overlong block: after a full stop, a space
#: or, when the extractor lost it, a word of two letters or more ("...on
#: November 19.At least 106..."; "U.S. official" does not end at "U.").
_SENTENCE_BREAK = re.compile(r"(?<=[.!?…。])(?P<close>[\"”»’]?)(?P<space>\s*)[\"“«]?"
                             r"(?=(?P<first>[^\W\d_])(?P<second>[^\W\d_])?)")
_SENTENCE_MARKS = frozenset(".!?:;«»\"“”—–(¿¡")
#: Cyrillic and Greek, romanised (folded text: "й" is already "и", "ё" "е").
_ROMAN = str.maketrans({
    **dict(zip("абвгґдеєжзиіїйклмнопрстуфхцчшщъыьэюя",
               ["a", "b", "v", "g", "g", "d", "e", "e", "zh", "z", "i", "i", "i", "i", "k", "l",
                "m", "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "",
                "y", "", "e", "iu", "ia"], strict=True)),
    **dict(zip("αβγδεζηθικλμνξοπρσςτυφχψω",
               ["a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p",
                "r", "s", "s", "t", "y", "f", "ch", "ps", "o"], strict=True)),
})
_SOUNDS = str.maketrans({"c": "k", "q": "k", "z": "s", "w": "v", "x": "ks"})
#: Between two words of one name: a space, or a short lowercase particle
#: ("Corea del Norte", "Bosnia and...", "Ursula von der Leyen").
_RUN_GAP = re.compile(r"\s+(?:[^\W\d_A-Z]{1,3}\s+){0,2}")


@dataclass
class _Para:
    """One body paragraph (or a run of sentences of an overlong one) as the aligner sees it."""

    block: Block
    words: list[str]
    shingles: frozenset[tuple[str, ...]]
    anchors: list[str]
    start: int = 0
    end: int = -1

    def __post_init__(self) -> None:
        if self.end < 0:
            self.end = len(self.block.text)

    @property
    def text(self) -> str:
        return self.block.text[self.start : self.end]

    @property
    def span(self) -> Span:
        return Span(self.block.id, self.start, self.end)


@dataclass
class _Page:
    """One page prepared once for all the pairs it is in."""

    analysis: Analysis
    paras: list[_Para]
    vectors: np.ndarray | None = None
    names: list[str] = field(default_factory=list)
    """How the page names itself: outlet, site, domain, authors, agencies it runs."""
    languages: Counter[str] = field(default_factory=Counter)
    """Languages of the page's blocks (captions included): leftovers show here."""
    rank: int = 0
    """Position in the story as given (the order pages were seen): the last tie-breaker."""
    numbers: frozenset[float] = frozenset()
    """Numbers of ``MIN_NUMBER`` and more written in digits: a translation keeps them."""

    @property
    def id(self) -> str:
        return self.analysis.article.id

    @property
    def article(self) -> Article:
        return self.analysis.article

    @property
    def language(self) -> str | None:
        return self.analysis.article.language


@dataclass
class _Pair:
    """The aligned paragraphs of two pages, before a direction is chosen."""

    a: _Page
    b: _Page
    matches: list[tuple[int, int, float, str, bool]]
    """``(paragraph of a, paragraph of b, score, how, strong)``."""

    def coverage(self, side: str) -> float:
        """Share of a page's body text (in characters) found in the other page."""
        page = self.a if side == "a" else self.b
        aligned = {m[0] if side == "a" else m[1] for m in self.matches}
        total = sum(len(p.text) for p in page.paras)
        found = sum(len(p.text) for k, p in enumerate(page.paras) if k in aligned)
        return found / max(1, total)

    @property
    def strong(self) -> int:
        return sum(1 for m in self.matches if m[4])


# --- Reading a page ----------------------------------------------------------


def _parsed_anchors(analysis: Analysis, unit: _Unit) -> list[tuple[int, str]]:
    """Keys the language layer resolved in one unit: canonical across languages
    ("Poutine" and "Putin" are one), but only for languages with a parser."""
    block, start, end = unit
    found: list[tuple[int, str]] = []

    def add(spans: Sequence[Span], key: str) -> None:
        found.extend((s.start, key) for s in spans
                     if s.block == block.id and start <= s.start < end)

    for e in analysis.entities:
        if e.role == "author":
            continue
        kind = "c" if e.type == "country" else "e"
        add(e.evidence, f"{kind}:{fold(e.canonical)}")
    for p in analysis.places:
        add(p.evidence, f"p:{fold(p.canonical or p.name)}")
    for t in analysis.times:
        if t.value and t.value[:1].isdigit():
            add(t.evidence, f"t:{t.value}")
    for q in analysis.quantities:
        if q.value is not None:
            add(q.evidence, f"n:{q.value:g}")
    return found


def _digit_values(text: str, language: str | None) -> list[tuple[int, float]]:
    """Numbers written in digits, with where they start, read with the language's marks."""
    out = []
    for m in _DIGITS.finditer(text):
        value = parse_digits(m.group(0).rstrip(".,"), language)
        if value is not None:
            out.append((m.start(), value))
    return out


def _capitalised(text: str) -> list[tuple[re.Match[str], bool]]:
    """Words written with a capital, and whether the capital may only mark a sentence start.

    Any script with case works (Latin, Cyrillic, Greek); scripts without case
    yield nothing here, their digits still anchor.
    """
    out = []
    for m in _NAME_WORD.finditer(text):
        if not m.group(0)[0].isupper():
            continue
        before = text[max(0, m.start() - 8) : m.start()].rstrip()
        out.append((m, not before or before[-1] in _SENTENCE_MARKS))
    return out


def _plain_anchors(text: str, offset: int, language: str | None,
                   names: set[str]) -> list[tuple[int, str]]:
    """Keys any language yields without a parser: digits by their value ("12 000",
    "12.000" and "12,000" are one), countries by their name in the page's language
    (CLDR: "Estados Unidos", "Svezia"), and capitalised names, folded of accents.

    A capitalised word at a sentence start counts only if the page also writes it
    capitalised mid-sentence (``names``): "Assange, who..." yes, "The" or "Los" no.
    """
    found = [(offset + at, f"n:{value:g}") for at, value in _digit_values(text, language)]
    run: list[re.Match[str]] = []
    for m, initial in [*_capitalised(text), (None, False)]:
        if m is not None and run and _RUN_GAP.fullmatch(text[run[-1].end() : m.start()]):
            run.append(m)
        else:
            found.extend((offset + at, f"c:{fold(name)}") for at, name in _countries(text, run,
                                                                                      language))
            if m is None:
                break
            run = [m]
        if not initial or fold(m.group(0)) in names:
            _add_name(found, m, offset)
    return found


def _countries(text: str, run: list[re.Match[str]], language: str | None) -> list[tuple[int, str]]:
    """Countries a run of capitalised words names, longest names first ("Corea del Norte",
    "Vereinigte Staaten", "Vietnam y Estados Unidos" is two)."""
    out = []
    i = 0
    while i < len(run):
        for j in range(min(len(run), i + 4), i, -1):
            country = _country_name(text[run[i].start() : run[j - 1].end()], language)
            if country is not None:
                out.append((run[i].start(), country))
                i = j
                break
        else:
            i += 1
    return out


@lru_cache(maxsize=65536)
def _country_name(phrase: str, language: str | None) -> str | None:
    """The canonical name of the country ``phrase`` names (cached: news repeats them)."""
    country = country_of(phrase, language)
    return country.name if country is not None else None


def _add_name(found: list[tuple[int, str]], m: re.Match[str], offset: int) -> None:
    """A name as written (``w:``) and as it sounds (``s:``, see :func:`_skeleton`)."""
    if len(m.group(0)) >= 3:
        name = fold(m.group(0))
        found.append((offset + m.start(), f"w:{name}"))
        skeleton = _skeleton(name)
        if skeleton:
            found.append((offset + m.start(), f"s:{skeleton}"))


@lru_cache(maxsize=65536)
def _skeleton(name: str) -> str | None:
    """The consonants of a name, romanised: how it survives each language's spelling.

    "Zelensky", "Selenskyj", "Zelenski" and "Зеленский" are all "slnsk"; "Biden" and
    "Байден" "bdn"; "Putin", "Poutine" and "Путина" "ptn".  Vowels, "h", "j", "y" and
    doubled letters go, "c"/"q" are "k", "z" is "s", "w" is "v".  Three consonants at
    least, or it says too little; scripts without a romanisation here give none.
    """
    s = name.translate(_ROMAN)
    for digraph, single in (("ph", "f"), ("th", "t"), ("kh", "k"), ("ch", "k"), ("sh", "s"),
                            ("zh", "s"), ("ck", "k")):
        s = s.replace(digraph, single)
    s = re.sub(r"[^a-z]|[aeiouyjh]", "", s.translate(_SOUNDS))
    s = re.sub(r"(.)\1+", r"\1", s)
    return s if len(s) >= 3 else None


def _main_script(keys: set[str]) -> str:
    """The script most of a page's names are written in."""
    counts = Counter(_script(k) for k in keys if k[0] == "w")
    return counts.most_common(1)[0][0] if counts else "?"


def _script(key: str) -> str:
    """The script a name key is written in ("LATIN", "CYRILLIC"...), from its first letter."""
    letter = key[2:3]
    return unicodedata.name(letter, "?").split()[0] if letter else "?"


def _anchors(analysis: Analysis, unit: _Unit, names: set[str]) -> list[str]:
    """Language-independent keys of one unit, in reading order: what the parser
    resolved (when the language has one) and what the text shows in any language.

    Both kinds are kept for every page: a pair only compares the keys both of
    its pages have (see :func:`_weights`), so a parsed page meets an unparsed one
    on digits and names, and two parsed pages also on canonical entities.
    """
    block, start, end = unit
    found = _parsed_anchors(analysis, unit) + _plain_anchors(
        block.text[start:end], start, block.language, names)
    keys: list[str] = []
    for _, key in sorted(set(found)):
        if not keys or keys[-1] != key:
            keys.append(key)
    return keys


def _words(text: str) -> list[str]:
    return [fold(w) for w in _WORD.findall(text)]


def _domain_stem(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url if "//" in url else f"//{url}").hostname or ""
    parts = [p for p in host.split(".") if p not in ("www", "m", "amp", "edition", "news")]
    return parts[-2] if len(parts) >= 2 else (parts[0] if parts else None)


def _self_names(article: Article) -> list[str]:
    """The names a page goes by: what a copy would write to credit it."""
    names: list[str] = []
    if article.site:
        names.append(article.site)
        # "BBC News", "CBS News": a copy credits "la BBC", "CBS".
        first = article.site.split()[0]
        if " " in article.site and len(first) >= 2 and first.isupper() and first.isalpha():
            names.append(first)
    stem = _domain_stem(article.url) or _domain_stem(article.site)
    if stem and len(stem) >= 3:
        names.append(stem)
    agencies = lexicons.load(article.language).get("corpus", {}).get("agencies", [])
    for b in article.blocks:
        if b.kind != "byline" and not (b.kind == "paragraph" and b is _first_paragraph(article)):
            continue
        text = re.sub(r"^\s*(by|par|von|por|di|door|av)\s+", "", b.text, flags=re.I)
        if b.kind == "byline":
            for part in re.split(r",|\band\b|\bet\b|\||/|·|—|–", text):
                part = part.strip(" .()")
                if 3 <= len(part) <= 60 and not any(ch.isdigit() for ch in part):
                    names.append(part)
        names.extend(a for a in agencies if _names_in(a, b.text))
    return list(dict.fromkeys(n for n in names if n))


def _first_paragraph(article: Article) -> Block | None:
    return next((b for b in article.blocks if b.kind == "paragraph"), None)


def _names_in(name: str, text: str) -> list[re.Match[str]]:
    """Where ``name`` is written in ``text``: short all-capital names keep their case."""
    flags = 0 if (name.isupper() and len(name) <= 4) or len(name) <= 3 else re.I
    pattern = r"(?<![\w])" + re.escape(name).replace(r"\ ", r"\s+") + r"(?![\w])"
    return list(re.finditer(pattern, text, flags))


def _units(block: Block) -> list[_Unit]:
    """The block whole, or, when it is far longer than a paragraph (a page whose
    body came as one block), its sentences: the alignment may give one paragraph
    of the other page several consecutive sentences (see ``MAX_MERGE``)."""
    text = block.text
    if len(text) <= LONG_BLOCK:
        return [(block, 0, len(text))]
    units: list[_Unit] = []
    start = 0
    for m in _SENTENCE_BREAK.finditer(text):
        if m["first"].islower() or not (m["space"] or m["second"]):  # "U.S. officials"
            continue
        end = m.start() + len(m["close"])
        units.append((block, start, end))
        start = end + len(m["space"])
    units.append((block, start, len(text)))
    return [u for u in units if text[u[1] : u[2]].strip()]


def _prepare(analysis: Analysis) -> _Page:
    article = analysis.article
    units = [u for b in article.body_blocks if not b.duplicate_of and b.text.strip()
             for u in _units(b)][:MAX_BLOCKS]
    # Words the page capitalises mid-sentence are names; at a sentence start too.
    names = {fold(m.group(0)) for b in {u[0].id: u[0] for u in units}.values()
             for m, initial in _capitalised(b.text) if not initial}
    paras = []
    for unit in units:
        block, start, end = unit
        words = _words(block.text[start:end])
        shingles = frozenset(
            tuple(words[i : i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))
        )
        paras.append(_Para(block, words, shingles, _anchors(analysis, unit, names), start, end))
    langs = Counter(
        b.language for b in article.blocks
        if b.language and b.kind not in ("boilerplate", "comment") and not b.duplicate_of
    )
    numbers = frozenset(value for block, start, end in units
                        for _, value in _digit_values(block.text[start:end], block.language)
                        if value >= MIN_NUMBER)
    return _Page(analysis, paras, names=_self_names(article), languages=langs, numbers=numbers)


def _embed_pages(pages: list[_Page]) -> None:
    """Vectors for every paragraph of the story in one call (the model loads once)."""
    try:
        from newstrace.nlp.embeddings import embed

        texts = [p.text for page in pages for p in page.paras]
        vectors = embed(texts)
    except Exception:  # no model installed: words and anchors still align
        return
    at = 0
    for page in pages:
        page.vectors = vectors[at : at + len(page.paras)]
        at += len(page.paras)


# --- Aligning two pages ------------------------------------------------------


def _weights(a: _Page, b: _Page) -> dict[str, float]:
    """Rarity of each anchor over the paragraphs of the pair, times how telling its kind is.

    A key only one of the two pages has weighs ``UNSHARED`` of its weight: it
    cannot tell which paragraph goes with which, and across languages most such
    keys are the translation's own wording (a German noun's capital, "Londra"
    for "London", an entity only a parser resolved), not missing material.
    """
    df: Counter[str] = Counter()
    seen: tuple[set[str], set[str]] = (set(), set())
    for side, page in enumerate((a, b)):
        for p in page.paras:
            df.update(set(p.anchors))
            seen[side].update(p.anchors)
    n = len(a.paras) + len(b.paras)
    scripts = ({_script(k) for k in seen[0] if k[0] == "w"},
               {_script(k) for k in seen[1] if k[0] == "w"})
    # Names are compared as written when the pages share a script; by their
    # romanised consonants ("s:" keys) only when they do not ("Байден", "Biden").
    one_script = _main_script(seen[0]) == _main_script(seen[1])
    out = {}
    for key, count in df.items():
        if key[0] == "s" and one_script:
            continue
        w = KIND_WEIGHT.get(key[0], 0.5) * math.log(1 + n / count)
        if key[0] == "n" and float(key[2:]) < 10:
            w *= 0.4  # "three", "2": everywhere
        if key not in seen[0] or key not in seen[1]:
            # A name in a script the other page does not write in cannot be found
            # there ("Путин" in an English page): it weighs nothing.
            side = 1 if key in seen[0] else 0
            w *= 0.0 if key[0] == "w" and _script(key) not in scripts[side] else UNSHARED
        out[key] = w
    return out


def _anchor_similarity(x: list[str], y: list[str], w: dict[str, float]) -> float:
    """Weighted Dice of the longest common subsequence: shared keys, in the same order."""
    if not x or not y:
        return 0.0
    total = sum(w.get(k, 0.0) for k in x) + sum(w.get(k, 0.0) for k in y)
    # Keys the other side lacks only weigh in the total: the subsequence is
    # sought among the shared ones (most are not, so this is most of the speed).
    both = set(x) & set(y)
    if not both or not total:
        return 0.0
    xs, ys = [k for k in x if k in both], [k for k in y if k in both]
    prev = [0.0] * (len(ys) + 1)
    for kx in xs:
        cur = [0.0]
        for j, ky in enumerate(ys, 1):
            best = prev[j] if prev[j] > cur[j - 1] else cur[j - 1]
            if kx == ky and prev[j - 1] + w.get(kx, 0.0) > best:
                best = prev[j - 1] + w.get(kx, 0.0)
            cur.append(best)
        prev = cur
    return 2 * prev[-1] / total


def _text_similarity(x: _Para, y: _Para) -> float:
    """How much of the shorter paragraph's wording the other holds (0..1)."""
    small = min(len(x.shingles), len(y.shingles))
    if not small:
        return 0.0
    shared = len(x.shingles & y.shingles) / small
    if shared < 0.2:
        return shared
    matcher = SequenceMatcher(None, x.words, y.words, autojunk=False)
    matched = sum(block.size for block in matcher.get_matching_blocks())
    return max(shared * 0.5 + 0.5 * matched / min(len(x.words), len(y.words)), matcher.ratio())


def _length_fit(x: _Para, y: _Para) -> float:
    lx, ly = len(x.text), len(y.text)
    ratio = min(lx, ly) / max(lx, ly, 1)
    return max(0.0, min(1.0, (ratio - 0.35) / 0.35))


def _align_same_language(a: _Page, b: _Page) -> list[tuple[int, int, float, str, bool]]:
    """Greedy one-to-one matching by wording; rewrites may reorder paragraphs."""
    scored = []
    for i, x in enumerate(a.paras):
        for j, y in enumerate(b.paras):
            text = _text_similarity(x, y)
            cos = _cosine(a, b, i, j)
            if text >= TEXT_MATCH:
                scored.append((text, i, j, "text", True))
            elif text >= 0.25 and cos >= 0.85:  # reworded: some words and the same meaning
                scored.append(((text + cos) / 2, i, j, "embedding", False))
    return _one_to_one(scored)


def _cosine(a: _Page, b: _Page, i: int, j: int) -> float:
    if a.vectors is None or b.vectors is None:
        return 0.0
    return float(a.vectors[i] @ b.vectors[j])


def _one_to_one(scored: list[tuple[float, int, int, str, bool]]) -> list[
    tuple[int, int, float, str, bool]
]:
    used_a: set[int] = set()
    used_b: set[int] = set()
    out = []
    for score, i, j, how, strong in sorted(scored, reverse=True):
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        out.append((i, j, round(min(score, 1.0), 3), how, strong))
    return sorted(out)


def _align_across_languages(a: _Page, b: _Page) -> list[tuple[int, int, float, str, bool]]:
    """Anchored paragraphs first (monotonic), then the unanchored ones between them."""
    w = _weights(a, b)
    n, m = len(a.paras), len(b.paras)
    anchor = [[_anchor_similarity(x.anchors, y.anchors, w) for y in b.paras] for x in a.paras]
    keys = ({k for p in a.paras for k in p.anchors}, {k for p in b.paras for k in p.anchors})
    # Which paragraphs have anchors the other page has too (they can vouch for a pair).
    shared = ([any(k in keys[1] for k in p.anchors) for p in a.paras],
              [any(k in keys[0] for k in p.anchors) for p in b.paras])
    # Vectors barely agree across languages, but the right paragraph still tends
    # to stand out of its row: measure it against the pair's own baseline.
    cos = [[_cosine(a, b, i, j) for j in range(m)] for i in range(n)]
    flat = sorted(c for row in cos for c in row)
    base = flat[len(flat) // 2] if flat else 0.0
    score = [
        [
            anchor[i][j] * 0.75
            + 0.15 * max(0.0, min(1.0, (cos[i][j] - base) / 0.25))
            + 0.10 * _length_fit(a.paras[i], b.paras[j])
            for j in range(m)
        ]
        for i in range(n)
    ]
    # Monotonic alignment (a translation keeps the order) maximising the
    # anchored pairs' scores: a small dynamic programme over n x m.  A translator
    # may merge two paragraphs or split one, and an extractor may join a whole
    # body into one block read as runs of sentences: a paragraph of one page may
    # also go with up to ``MAX_MERGE`` consecutive ones of the other.
    moves = _moves(a, b, anchor, score, w)
    steps = _monotonic(a, b, moves, None)
    # A translation keeps each paragraph's length in proportion (Gale and Church's
    # observation, which aligns sentences on length alone): the proportion is read
    # off the anchored pairs, and a pair far from it is a paragraph of another
    # report that happens to name the same people.  Aligned again without those.
    ratio = _length_ratio([(_length(a, i, di), _length(b, j, dj)) for i, j, di, dj in steps])
    if ratio is not None:
        steps = _monotonic(a, b, moves, ratio)
    out = []
    for i, j, di, dj in steps:
        how = "numbers+names" if di == dj == 1 else "numbers+names, merged"
        sc = round(moves[(i, j)][(di, dj)][0], 3)
        out.extend((i + k, j + h, sc, how, k == h == 0) for k in range(di) for h in range(dj))
    # Fill the gaps between two anchored pairs: paragraphs that sit between the
    # same neighbours, have a fitting length and the closest vector.
    # Before the first or after the last anchored pair, nothing holds them.
    for (i0, j0, di, dj), (i1, j1, _, _) in pairwise(steps):
        free_a, free_b = list(range(i0 + di, i1)), list(range(j0 + dj, j1))
        if not free_a or not free_b or abs(len(free_a) - len(free_b)) > 1:
            continue
        for ia, jb in _pair_in_order(free_a, free_b, score):
            # A paragraph whose own anchors point elsewhere is not this one's translation.
            if (anchor[ia][jb] < ANCHOR_MATCH / 2 and (shared[0][ia] or shared[1][jb])):
                continue
            if _length_deviation(len(a.paras[ia].text), len(b.paras[jb].text),
                                 ratio or 1.0) <= LENGTH_DEVIATION:
                out.append((ia, jb, round(score[ia][jb], 3), "embedding", False))
    return sorted(out)


def _length(page: _Page, i: int, count: int) -> int:
    """Characters of ``count`` consecutive units from ``i``."""
    return sum(len(p.text) for p in page.paras[i : i + count])


_Moves = dict[tuple[int, int], dict[tuple[int, int], tuple[float, float]]]


def _moves(a: _Page, b: _Page, anchor: list[list[float]], score: list[list[float]],
           w: dict[str, float]) -> _Moves:
    """Every anchored step of the alignment: ``(i, j) -> {(di, dj): (score, anchors)}``.

    One to one where the anchors agree; one to several (a merged or split
    paragraph) only where one of the parts shares anchors with the other side,
    and scored on the parts' anchors together.
    """
    n, m = len(a.paras), len(b.paras)
    moves: _Moves = {}
    for i in range(n):
        for j in range(m):
            steps: dict[tuple[int, int], tuple[float, float]] = {}
            if anchor[i][j] >= ANCHOR_MATCH:
                steps[(1, 1)] = (score[i][j], anchor[i][j])
            for k in range(2, MAX_MERGE + 1):
                if i + k <= n and any(anchor[i + h][j] > 0 for h in range(k)):
                    merged = [key for p in a.paras[i : i + k] for key in p.anchors]
                    sim = _anchor_similarity(merged, b.paras[j].anchors, w)
                    if sim >= ANCHOR_MATCH:
                        steps[(k, 1)] = (sim * 0.75 + max(score[i + h][j] - anchor[i + h][j] * 0.75
                                                          for h in range(k)), sim)
                if j + k <= m and any(anchor[i][j + h] > 0 for h in range(k)):
                    merged = [key for p in b.paras[j : j + k] for key in p.anchors]
                    sim = _anchor_similarity(a.paras[i].anchors, merged, w)
                    if sim >= ANCHOR_MATCH:
                        steps[(1, k)] = (sim * 0.75 + max(score[i][j + h] - anchor[i][j + h] * 0.75
                                                          for h in range(k)), sim)
            if steps:
                moves[(i, j)] = steps
    return moves


def _monotonic(a: _Page, b: _Page, moves: _Moves,
               ratio: float | None) -> list[tuple[int, int, int, int]]:
    """The in-order steps ``(i, j, di, dj)`` with the highest total score (dynamic programme).

    With a length ratio, a step whose lengths stray from it is not taken.
    """
    n, m = len(a.paras), len(b.paras)

    def allowed(i: int, j: int) -> list[tuple[int, int, float]]:
        out = []
        for (di, dj), (sc, _) in moves.get((i, j), {}).items():
            if i + di > n or j + dj > m:
                continue
            if ratio is not None and _length_deviation(
                _length(a, i, di), _length(b, j, dj), ratio) > LENGTH_DEVIATION:
                continue
            out.append((di, dj, sc))
        return out

    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    choice: dict[tuple[int, int], tuple[int, int]] = {}
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            value = max(best[i + 1][j], best[i][j + 1])
            for di, dj, sc in allowed(i, j):
                if best[i + di][j + dj] + sc > value:
                    value = best[i + di][j + dj] + sc
                    choice[(i, j)] = (di, dj)
            best[i][j] = value
    steps: list[tuple[int, int, int, int]] = []
    i = j = 0
    while i < n and j < m:
        if (i, j) in choice and best[i][j] > max(best[i + 1][j], best[i][j + 1]):
            di, dj = choice[(i, j)]
            steps.append((i, j, di, dj))
            i, j = i + di, j + dj
        elif best[i][j] == best[i + 1][j]:
            i += 1
        else:
            j += 1
    return steps


def _length_ratio(pairs: list[tuple[int, int]]) -> float | None:
    """How much longer the first page's paragraphs are than the second's (the median
    over aligned pairs, bounded: no two languages differ by more than half)."""
    if len(pairs) < 2:
        return None
    ratios = sorted(x / max(1, y) for x, y in pairs)
    mid = len(ratios) // 2
    median = ratios[mid] if len(ratios) % 2 else (ratios[mid - 1] + ratios[mid]) / 2
    return min(1.5, max(1 / 1.5, median))


def _length_deviation(x: int, y: int, ratio: float) -> float:
    """How many standard deviations length ``x`` is from ``ratio`` times length ``y``.

    As in Gale and Church (1993), the variance grows with the length (``LENGTH_VARIANCE``
    characters squared per character): a short paragraph may stray further.
    """
    expected = ratio * y
    return abs(x - expected) / math.sqrt(LENGTH_VARIANCE * max(1.0, (x + expected) / 2))


def _pair_in_order(xs: list[int], ys: list[int], score: list[list[float]]) -> list[
    tuple[int, int]
]:
    """Pair two short runs in order; with one extra paragraph, skip the worst fitting one."""
    if len(xs) == len(ys):
        return list(zip(xs, ys, strict=True))
    longer, shorter, flip = (xs, ys, False) if len(xs) > len(ys) else (ys, xs, True)
    best: list[tuple[int, int]] = []
    best_total = -1.0
    for skip in range(len(longer)):
        kept = longer[:skip] + longer[skip + 1 :]
        pairs = [(s, k) if flip else (k, s) for k, s in zip(kept, shorter, strict=True)]
        total = sum(score[i][j] for i, j in pairs)
        if total > best_total:
            best, best_total = pairs, total
    return best


def _align(a: _Page, b: _Page) -> _Pair:
    same = a.language is not None and a.language == b.language
    matches = _align_same_language(a, b) if same else _align_across_languages(a, b)
    return _Pair(a, b, matches)


def _linked(pair: _Pair) -> bool:
    """Enough of the shorter page is found in the other: more than shared names.

    Across languages, where anchors are all the evidence, the numbers must
    agree too: a translation keeps its origin's figures, so one of the two
    pages (the copy) has most of its numbers in the other.  Two reports that
    each give their own toll ("12 000 soldats", "13,000 troops") are not a
    copy and its origin, however well their names line up.
    """
    return not _shortfalls(pair)


def _shortfalls(pair: _Pair) -> list[str]:
    """What the pair lacks to be linked, in words (nothing: it is linked)."""
    shorter = min(len(pair.a.paras), len(pair.b.paras))
    # Paragraphs of the shorter page found in the other (a merged pair counts its parts).
    side = 0 if len(pair.a.paras) <= len(pair.b.paras) else 1
    aligned = len({m[side] for m in pair.matches})
    same = pair.a.language == pair.b.language
    strong = min(MIN_STRONG if same else MIN_STRONG_ACROSS, shorter)
    out = []
    if aligned < min(MIN_ALIGNED, shorter) or aligned / max(1, shorter) < MIN_COVERAGE:
        out.append(f"{aligned} of the shorter page's {shorter} paragraphs aligned (needs "
                   f"{max(min(MIN_ALIGNED, shorter), math.ceil(MIN_COVERAGE * shorter))})")
    if pair.strong < strong:
        out.append(f"{pair.strong} aligned on {'words' if same else 'numbers and names'} "
                   f"(needs {strong})")
    if not same and not _numbers_agree(pair.a, pair.b):
        out.append("their numbers disagree (" + " vs ".join(
            ", ".join(f"{v:g}" for v in sorted(p.numbers)[:8]) for p in (pair.a, pair.b)) + ")")
    return out


def explain(a: Analysis, b: Analysis) -> str:
    """Why two pages are or are not linked, for a reader checking a missed link."""
    pages = [_prepare(a), _prepare(b)]
    _embed_pages(pages)
    pair = _align(*pages)
    missing = _shortfalls(pair)
    if not missing:
        return "linked: " + _direct(pair).summary
    return "not linked: " + "; ".join(missing)


def _numbers_agree(a: _Page, b: _Page) -> bool:
    """Whether most numbers of one page (either: the copy is not known yet) are in the other."""
    shared = len(a.numbers & b.numbers)
    return any(not page.numbers or shared / len(page.numbers) >= NUMBERS_KEPT for page in (a, b))


# --- Direction, credit, kind -------------------------------------------------


def _credit(copy: _Page, origin: _Page) -> Span | None:
    """Where the copy names its origin (outlet, site, author, wire agency), if it does."""
    names = [n for n in origin.names if n]
    if not names:
        return None
    for b in copy.article.blocks:
        if b.kind == "comment" or b.duplicate_of:
            continue
        corpus = lexicons.load(b.language or copy.language).get("corpus", {})
        cues = [fold(c) for c in corpus.get("credit_cues", [])]
        articles = [fold(a).rstrip("'’") for a in corpus.get("articles", [])]
        folded = fold(b.text)
        for name in names:
            for m in _names_in(name, b.text):
                if b.kind == "byline" or _credit_context(folded, m.start(), m.end(), cues,
                                                         articles):
                    return Span(b.id, m.start(), m.end())
    return None


def _credit_context(folded: str, start: int, end: int, cues: list[str],
                    articles: Sequence[str] = ()) -> bool:
    """A credit cue a few words before or after the name (an article of the page's
    language may stand between: "según la BBC", "laut der dpa"), or the name in brackets."""
    before, after = folded[max(0, start - 30) : start], folded[end : end + 25]
    if before.rstrip().endswith(("(", "[", "©")) or after.lstrip().startswith((")", "]")):
        return True
    article = "|".join(["the", "l[ea']", "l", "les", "du", "de", "des",
                        *(re.escape(a) for a in articles if a)])
    for cue in cues:
        if re.search(r"(?<!\w)" + re.escape(cue) + rf"(?:\s+(?:{article}))?\s*$",
                     before.rstrip(" \u2019'")) or re.match(r"\s*" + re.escape(cue) + r"(?!\w)",
                                                              after):
            return True
    return False


def _days(article: Article) -> tuple[str | None, str | None]:
    if article.published:
        return article.published[:10], article.published[:10]
    w = article.published_window
    return (w.not_before, w.not_after) if w else (None, None)


def _language_name(code: str | None) -> str:
    if not code:
        return "an unknown language"
    try:
        from babel import Locale

        return Locale("en").languages.get(code, code)
    except Exception:
        return code


def _date_vote(a: _Page, b: _Page) -> tuple[int, str | None]:
    """+1 when ``a`` is later than ``b`` (so ``a`` copies), -1 when earlier, 0 unknown."""
    a_lo, a_hi = _days(a.article)
    b_lo, b_hi = _days(b.article)
    if a_hi and b_lo and a_hi < b_lo:
        return -1, f"{_label(a)} is earlier ({a_hi} < {b_lo})"
    if b_hi and a_lo and b_hi < a_lo:
        return 1, f"{_label(b)} is earlier ({b_hi} < {a_lo})"
    if a.article.published and b.article.published:
        return 0, f"both pages are dated {a_lo}"
    dated = a if a.article.published else b if b.article.published else None
    if dated is not None:
        other = b if dated is a else a
        lo, hi = _days(other.article)
        if lo or hi:
            return 0, (f"{_label(dated)} is dated {_days(dated.article)[0]}, within "
                       f"{_label(other)}'s window ({lo or '?'} to {hi or '?'})")
        return 0, f"{_label(dated)} is dated {_days(dated.article)[0]}; {_label(other)} is not"
    return 0, None


def _leftovers(page: _Page, other: _Page) -> int:
    """Blocks of ``page`` in ``other``'s language, when the pages' languages differ."""
    if not other.language or page.language == other.language:
        return 0
    return page.languages.get(other.language, 0)


def _label(page: _Page) -> str:
    a = page.article
    name = a.site or _domain_stem(a.url)
    return f"page {a.id[:12]}" + (f" ({name})" if name else "")


def _direct(pair: _Pair) -> ProvenanceLink:
    """Choose which page is the copy, with the reasons, and describe the link."""
    a, b = pair.a, pair.b
    votes = 0.0
    why: list[str] = []
    date_vote, date_note = _date_vote(a, b)
    votes += 3 * date_vote
    if date_note:
        why.append(date_note)
    credit_ab, credit_ba = _credit(a, b), _credit(b, a)
    if credit_ab and not credit_ba:
        votes += 2
        why.append(f"{_label(a)} credits {a.article.span_text(credit_ab)!r}")
    elif credit_ba and not credit_ab:
        votes -= 2
        why.append(f"{_label(b)} credits {b.article.span_text(credit_ba)!r}")
    left_a, left_b = _leftovers(a, b), _leftovers(b, a)
    if left_a > left_b:
        votes += 2
        why.append(f"{_label(a)} keeps {left_a} block(s) in {_language_name(b.language)}")
    elif left_b > left_a:
        votes -= 2
        why.append(f"{_label(b)} keeps {left_b} block(s) in {_language_name(a.language)}")
    cov_a, cov_b = pair.coverage("a"), pair.coverage("b")
    if cov_a - cov_b >= 0.05:
        votes += 1
        why.append(f"{_label(b)} has material {_label(a)} lacks ({cov_a:.0%} of "
                   f"{_label(a)}'s text is aligned, {cov_b:.0%} the other way)")
    elif cov_b - cov_a >= 0.05:
        votes -= 1
        why.append(f"{_label(a)} has material {_label(b)} lacks ({cov_b:.0%} of "
                   f"{_label(b)}'s text is aligned, {cov_a:.0%} the other way)")
    if votes == 0:
        # Identical pages on the same day: only the order they were seen in is left.
        votes = 0.5 if a.rank > b.rank else -0.5
        why.append("no signal decides; the page seen first is taken as the origin")
    copy, origin = (a, b) if votes > 0 else (b, a)
    matches = pair.matches if copy is a else [(j, i, s, h, st) for i, j, s, h, st in pair.matches]
    credit = credit_ab if copy is a else credit_ba
    return _link(copy, origin, matches, credit, why, abs(votes))


def _kind(copy: _Page, origin: _Page, matches: list[tuple[int, int, float, str, bool]]) -> str:
    if copy.language != origin.language:
        return "translation"
    coverage = len({m[0] for m in matches}) / max(1, len(copy.paras))
    text = [s for _, _, s, how, _ in matches if how == "text"]
    mean = sum(text) / len(copy.paras) if copy.paras else 0.0
    return "copy" if coverage >= COPY_COVERAGE and mean >= COPY_SIMILARITY else "rewrite"


def _link(copy: _Page, origin: _Page, matches: list[tuple[int, int, float, str, bool]],
          credit: Span | None, why: list[str], certainty: float) -> ProvenanceLink:
    kind = _kind(copy, origin, matches)
    evidence = tuple(
        Alignment(
            copy=copy.paras[i].span,
            origin=origin.paras[j].span,
            score=s,
            how=how,
        )
        for i, j, s, how, _ in sorted(matches)
    )
    aligned = len({m[0] for m in matches})
    coverage = aligned / max(1, len(copy.paras))
    mean = sum(m[2] for m in matches) / max(1, len(matches))
    # How sure the link is: how much of the copy is found, how well, and how
    # clearly the direction was decided (a coin toss halves nothing, but shows).
    score = round(coverage * (0.6 + 0.4 * mean) * (0.85 if certainty < 1 else 1.0), 3)
    origin_facts = [f"{_label(origin)} is in {_language_name(origin.language)}"]
    c_lo, _ = _days(copy.article)
    o_lo, o_hi = _days(origin.article)
    if o_hi and c_lo and o_hi < c_lo:
        origin_facts.append("earlier")
    elif origin.article.published:
        origin_facts.append(f"dated {o_lo}")
    left = _leftovers(copy, origin)
    leftover = (f"this page keeps {left} block(s) in {_language_name(origin.language)}; "
                if left else "")
    summary = (
        f"{aligned} of {len(copy.paras)} paragraphs aligned with {_label(origin)}, "
        f"in {_language_name(copy.language)}; {' and '.join(origin_facts)}; {leftover}"
        + (f"credited ({copy.article.span_text(credit)!r})" if credit else "not credited")
    )
    return ProvenanceLink(
        copy=copy.id, origin=origin.id, kind=kind,  # type: ignore[arg-type]
        credited=credit is not None, score=score, summary=summary, evidence=evidence,
        credit=credit, why=tuple(why),
    )


# --- The story ---------------------------------------------------------------


def _candidate_pairs(pages: list[_Page]) -> list[tuple[int, int]]:
    """Every pair in a small story; in a large one, each page with its nearest pages."""
    if len(pages) <= ALL_PAIRS_UP_TO:
        return list(combinations(range(len(pages)), 2))
    keys = [{k for p in page.paras for k in p.anchors if k[0] in "entp"} for page in pages]
    pairs: set[tuple[int, int]] = set()
    for i in range(len(pages)):
        near = sorted(
            (len(keys[i] & keys[j]) / max(1, len(keys[i] | keys[j])), j)
            for j in range(len(pages)) if j != i
        )[-NEAREST:]
        pairs.update((min(i, j), max(i, j)) for _, j in near)
    return sorted(pairs)


def _prune(links: list[ProvenanceLink]) -> list[ProvenanceLink]:
    """Keep each copy's best origin, and other origins only if they are not its relatives.

    Two copies of one wire align with each other as well as with the wire;
    the link between them says nothing the two links to the wire do not.
    The best origin is the one the copy credits, else the best aligned; when
    that origin itself copies another candidate that aligns nearly as well,
    the copy is taken from the source of the chain.
    """
    by_copy: dict[str, list[ProvenanceLink]] = {}
    for ln in links:
        by_copy.setdefault(ln.copy, []).append(ln)
    origins = {copy: {ln.origin for ln in group} for copy, group in by_copy.items()}

    def related(x: str, y: str) -> bool:
        return y in origins.get(x, set()) or x in origins.get(y, set()) or bool(
            origins.get(x, set()) & origins.get(y, set())
        )

    kept: list[ProvenanceLink] = []
    for group in by_copy.values():
        group.sort(key=lambda ln: (not ln.credited, -ln.score))
        candidates = {ln.origin: ln for ln in group}
        first = group[0]
        for _ in range(len(group)):  # up the chain, at most once per candidate
            upstream = [candidates[o] for o in origins.get(first.origin, set())
                        if o in candidates and candidates[o].credited >= first.credited
                        and candidates[o].score >= 0.85 * first.score]
            if not upstream:
                break
            first = max(upstream, key=lambda ln: ln.score)
        chosen = [first]
        for ln in group:
            if ln is not first and all(not related(ln.origin, c.origin) for c in chosen):
                chosen.append(ln)
        kept.extend(chosen)
    return kept


def find_links(analyses: Sequence[Analysis]) -> list[ProvenanceLink]:
    """Which page of one story copies, rewrites or translates which (kind copy|rewrite|translation).

    ``analyses`` in the order the pages were seen: when nothing else tells two
    identical pages apart, the first seen is taken as the origin.
    Pages that report the same event on their own share names and numbers but
    not the sequence of their paragraphs: they are not linked.
    """
    pages = [_prepare(a) for a in analyses if a.article.body_blocks]
    for rank, page in enumerate(pages):
        page.rank = rank
    if len(pages) < 2:
        return []
    _embed_pages(pages)
    links = []
    for i, j in _candidate_pairs(pages):
        pair = _align(pages[i], pages[j])
        if _linked(pair):
            links.append(_direct(pair))
    return sorted(_prune(links), key=lambda ln: (-ln.score, ln.copy, ln.origin))
