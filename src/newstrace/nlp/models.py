"""spaCy pipelines, loaded once per process, chosen per language from the lexicons.

Adding a language is adding a ``<lang>.nlp.toml`` naming its PyPI model, not
code.  A language with no installed model degrades with one clear warning:
the lexicon-based cues still run, the parse-based ones return nothing.
"""

from __future__ import annotations

import logging
import warnings
from functools import cache
from typing import TYPE_CHECKING

from newstrace import lexicons

if TYPE_CHECKING:
    from spacy.language import Language

log = logging.getLogger(__name__)


def model_names(language: str | None) -> list[str]:
    if not language:
        return []
    return list(lexicons.load(language).get("nlp", {}).get("models", []))


def available(language: str | None) -> bool:
    """Whether a model for ``language`` is configured and installed (no warning, no load)."""
    import importlib.util

    return any(importlib.util.find_spec(n) is not None for n in model_names(language))


@cache
def pipeline(language: str | None) -> Language | None:
    """The first installed model for ``language``, or ``None`` (warned once)."""
    names = model_names(language)
    try:
        import spacy
    except ImportError:  # the nlp extra is not installed
        warnings.warn("spaCy is not installed: entities, claims and events need it "
                      "(pip install 'newstrace[nlp]')", stacklevel=2)
        return None
    for name in names:
        try:
            nlp = spacy.load(name)
        except OSError:
            continue
        # Punctuation-based sentences first: the parser alone splits "Trump, qui prend ses
        # fonctions en janvier, a parlé ..." at the comma; it keeps preset boundaries.
        if "parser" in nlp.pipe_names and "sentencizer" not in nlp.pipe_names:
            nlp.add_pipe("sentencizer", before="parser")
        return nlp
    warnings.warn(
        f"no spaCy model for language {language!r} (tried {names or 'none configured'}): "
        "only lexicon-based cues will run on it",
        stacklevel=2,
    )
    return None
