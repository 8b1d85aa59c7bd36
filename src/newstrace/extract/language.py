"""Language identification per block, with py3langid (a maintained fork of langid.py).

Why per block: a caption or a quoted tweet may be in another language than the
body (the seed page opens with an English photo caption above a French
article), and that difference is itself a signal that the block is not body.
Short texts (a byline, a two-word subheading) carry too little signal: they
get ``None`` and inherit the document's language.
"""

from __future__ import annotations

import re
from functools import lru_cache

_LETTERS = re.compile(r"[^\W\d_]", re.UNICODE)

#: Below this many letters a guess is noise (names, "vingt + dix =").
MIN_LETTERS = 20
#: Below this probability the block keeps no language of its own. py3langid
#: tempers its softmax by text length, so a clear 90-character English caption
#: scores about 0.8: 0.6 separates clear cases from mixed ones.
MIN_CONFIDENCE = 0.6


@lru_cache(maxsize=1)
def _identifier():  # type: ignore[no-untyped-def]
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect(text: str) -> tuple[str | None, float]:
    """Return ``(ISO 639-1 code, probability)``, or ``(None, 0.0)`` when too short."""
    if len(_LETTERS.findall(text)) < MIN_LETTERS:
        return None, 0.0
    lang, prob = _identifier().classify(text)
    return lang, float(prob)


def block_language(text: str) -> str | None:
    """The block's own language when the evidence is clear, else ``None``."""
    lang, prob = detect(text)
    return lang if prob >= MIN_CONFIDENCE else None


def document_language(texts: list[str]) -> str | None:
    """Language of the body as a whole: one vote weighted by length, not per block."""
    joined = "\n".join(texts)
    lang, prob = detect(joined)
    return lang if prob >= 0.5 else None
