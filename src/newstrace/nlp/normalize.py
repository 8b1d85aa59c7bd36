"""Text normalisation for NLP that keeps offsets into the original text.

Why: spaCy's French parser mis-reads ``l’Ukraine`` with a typographic
apostrophe (one token, wrong lemma) and parses ``l'Ukraine`` correctly; NBSP and
thin spaces (French typography before ``:;!?`` and in ``12 000``) and soft
hyphens break tokenisation too.  Analyzers run on the normalised text, and
every offset they find is mapped back with :meth:`NormalizedText.to_original`
so evidence still points at the page's own characters.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

#: Characters replaced one-for-one (offsets unchanged).
_ONE_FOR_ONE = {
    "\u2019": "'",  # right single quotation mark, the typographic apostrophe
    "\u2018": "'",
    "\u02bc": "'",  # modifier letter apostrophe
    "\u2032": "'",  # prime, used as apostrophe by some keyboards
    "\u00a0": " ",  # no-break space
    "\u202f": " ",  # narrow no-break space (French thin space before ; : ! ?)
    "\u2009": " ",  # thin space
    "\u2007": " ",  # figure space (inside numbers)
    "\u2002": " ",
    "\u2003": " ",
    "\u200a": " ",
    "\u2010": "-",  # hyphen
    "\u2011": "-",  # non-breaking hyphen
}
#: Characters dropped (offsets shift; the map keeps track).
_DROPPED = {"\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"}


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """``text`` is the normalised string; ``offsets[i]`` is where its i-th character was.

    ``offsets`` has one more entry than ``text`` (the end), so both ends of a
    span map back.
    """

    original: str
    text: str
    offsets: tuple[int, ...]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the normalised text back to the original text."""
        if end <= start:
            pos = self.offsets[start]
            return pos, pos
        return self.offsets[start], self.offsets[end - 1] + 1


@lru_cache(maxsize=4096)
def normalize(original: str) -> NormalizedText:
    """Normalise apostrophes, spaces and invisible characters, keeping an offset map.

    Cached: the parser and the lexicon-based analyzers normalise the same blocks.
    """
    chars: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(original):
        if ch in _DROPPED:
            continue
        chars.append(_ONE_FOR_ONE.get(ch, ch))
        offsets.append(i)
    offsets.append(len(original))
    return NormalizedText(original, "".join(chars), tuple(offsets))
