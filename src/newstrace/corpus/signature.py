"""What the corpus stage keeps of a page: a fingerprint that is cheap to compare.

A story is an event, and an event is who, where, when and how many: those
survive translation, wording does not.  So the fingerprint holds
language-independent *keys* (canonical entities, resolved places, dates,
distinctive numbers, and names spelled alike across languages) next to a
paragraph *vector* (strong within a language) and a *MinHash* of word
shingles (exact wording, for syndicated copies).  Its day range says when the
page speaks: two stories with the same actors months apart stay apart.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import date

from newstrace.model import Analysis, Article, Fingerprint

#: MinHash size and LSH banding: 16 bands of 8 rows find pages whose shingle
#: Jaccard similarity is above about (1/16)^(1/8) = 0.71 with high probability.
NUM_PERM = 128
BANDS = 16
ROWS = NUM_PERM // BANDS
SHINGLE = 5
#: How much of a page the vector reads: the title and the first paragraphs
#: carry the event; later paragraphs drift into background.
VECTOR_PARAGRAPHS = 6

_WORD = re.compile(r"\w+", re.UNICODE)
# Numbers written with digits, with thousands separators of any language:
# "12 000", "12,000", "12.000", "12’000".
_NUMBER = re.compile(
    r"(?<![\w.,])\d{1,3}(?:[ \u00a0\u202f.,’']\d{3})+(?!\d)|(?<![\w.,])\d{3,}(?!\d)"
)
_CAP_WORD = re.compile(r"(?<![\w'’-])([A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]{3,}(?:-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)?)")
_CAP_PHRASE = re.compile(
    r"[A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s+(?:(?:del|de|di|do|da|von|der|of|la|el)\s+)?[A-ZÀ-ÖØ-Þ][\w'’-]+){0,2}"
)
_SENTENCE_START = re.compile(r"(?:^|[.!?:;«»\"“”]\s*)$")


def _fold(text: str) -> str:
    """Lowercase without accents: "Zelensky" and "Zélensky" are one key."""
    nfkd = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in nfkd if not unicodedata.combining(c))


def _digits(raw: str) -> int | None:
    value = int(re.sub(r"\D", "", raw))
    # Years are dates, not amounts; small numbers are everywhere.
    if 1900 <= value <= 2100 and len(raw) == 4:
        return None
    return value if value >= 100 else None


def _day(iso: str | None) -> int | None:
    if not iso or len(iso) < 10:
        return None
    try:
        return date.fromisoformat(iso[:10]).toordinal()
    except ValueError:
        return None


def day_range(article: Article) -> tuple[int | None, int | None]:
    """The days a page speaks from: its publication day, or its window's bounds."""
    day = _day(article.published)
    if day is not None:
        return day, day
    window = article.published_window
    if window is None:
        return None, None
    return _day(window.not_before), _day(window.not_after)


def band_keys(minhash: bytes) -> list[int]:
    """LSH band keys: two pages sharing any band key are near-duplicate candidates.

    Each key is a 64-bit digest of one band tagged with the band's number, so
    one flat dictionary holds every band.
    """
    width = ROWS * 4
    return [
        (b << 56) ^ int.from_bytes(
            hashlib.blake2b(minhash[b * width : (b + 1) * width], digest_size=7).digest(),
            "little",
        )
        for b in range(len(minhash) // width)
    ]


def shingles(text: str, size: int = SHINGLE) -> set[str]:
    words = [_fold(w) for w in _WORD.findall(text)]
    if len(words) < size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def minhash_of(text: str) -> bytes:
    from datasketch import MinHash

    mh = MinHash(num_perm=NUM_PERM)
    mh.update_batch([s.encode("utf-8") for s in shingles(text)])
    return mh.hashvalues.astype("<u4").tobytes()


def jaccard(a: bytes, b: bytes) -> float:
    """MinHash estimate of the shingle Jaccard similarity of two pages."""
    if not a or len(a) != len(b):
        return 0.0
    import numpy as np

    x, y = np.frombuffer(a, dtype="<u4"), np.frombuffer(b, dtype="<u4")
    return float(np.count_nonzero(x == y)) / len(x)


def text_keys(text: str, language: str | None = None) -> set[str]:
    """Keys any language yields without a parser: digit numbers, countries named in
    the page's language, and mid-sentence capitalised words (names)."""
    keys: set[str] = set()
    for m in _NUMBER.finditer(text):
        value = _digits(m.group())
        if value is not None:
            keys.add(f"n:{value}")
    for m in _CAP_PHRASE.finditer(text):
        country = _country(m.group(), language)
        if country:
            keys.add(f"e:{_fold(country)}")
    for m in _CAP_WORD.finditer(text):
        if _SENTENCE_START.search(text[max(0, m.start() - 3) : m.start()]):
            continue  # "Mais", "The": capitalised for the sentence, not a name
        keys.add(f"w:{_fold(m.group(1))}")
    return keys


def _country(phrase: str, language: str | None) -> str | None:
    """The canonical country a capitalised phrase names ("Corea del Norte", "Russland")."""
    from newstrace.nlp.countries import country_of

    words = phrase.split()
    # The whole phrase first, then its leading and trailing words ("Estados Unidos y").
    for candidate in (phrase, " ".join(words[:2]), words[0], words[-1]):
        country = country_of(candidate, language)
        if country is not None:
            return country.name
    return None


def analysis_keys(analysis: Analysis) -> set[str]:
    """Keys from what the language layer resolved: canonical across languages."""
    keys: set[str] = set()
    for e in analysis.entities:
        if e.role == "author":
            continue
        keys.add(f"e:{_fold(e.canonical)}")
    for p in analysis.places:
        if p.context == "body" and p.canonical and p.precision in ("site", "city", "region"):
            keys.add(f"p:{_fold(p.canonical)}")
    for t in analysis.times:
        if t.context == "body" and t.kind == "date" and t.value and len(t.value) >= 10:
            keys.add(f"d:{t.value[:10]}")
    for q in analysis.quantities:
        if q.value is not None and q.value >= 100 and not (1900 <= q.value <= 2100):
            keys.add(f"n:{int(q.value)}")
    return keys


def fingerprint(analysis: Analysis, *, vectors: bool = True) -> Fingerprint:
    """The fingerprint of one analysed page (``vectors=False`` skips the embedding model)."""
    art = analysis.article
    body = [b for b in art.body_blocks if b.duplicate_of is None]
    text = "\n".join(b.text for b in body)
    lead = [art.title or "", *(b.text for b in body[:VECTOR_PARAGRAPHS])]
    keys = analysis_keys(analysis) | text_keys(
        " \n ".join([art.title or "", *(b.text for b in body)]), art.language
    )
    vector = None
    if vectors and any(lead):
        import numpy as np

        from newstrace.nlp.embeddings import embed

        rows = embed([t for t in lead if t])
        mean = rows.mean(axis=0)
        norm = float(np.linalg.norm(mean))
        vector = (mean / norm).astype(np.float32) if norm else mean
    lo, hi = day_range(art)
    return Fingerprint(
        document=art.id,
        language=art.language,
        day_lo=lo,
        day_hi=hi,
        keys=frozenset(keys),
        minhash=minhash_of(text),
        vector=vector,
        title=art.title or (body[0].text[:120] if body else ""),
    )
