"""Sentence and paragraph vectors from a model that ships inside its PyPI package.

Why WordLlama (``wordllama`` on PyPI): its wheel carries the weights
(``l2_supercat``, 256 dimensions, 16 MB) and the tokenizer, so nothing is
fetched at run time, and it embeds thousands of paragraphs per second on a CPU.
We surveyed the alternatives (see ``bench/README.md``): the multilingual
sentence-transformers, LaBSE, LASER and model2vec models are all downloaded
from a hub at first use; spaCy's ``md`` vectors are per language, not aligned.
WordLlama's vectors are strong within a language and only weakly aligned across
languages, which is why stories and provenance also lean on language-independent
keys (canonical entities, places, numbers, dates).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np
    from wordllama.inference import WordLlamaInference

DIMENSIONS = 256


@cache
def _model() -> WordLlamaInference:
    import wordllama
    from wordllama import WordLlama

    # The package's own folder is where its weights and tokenizer live; the
    # library would look for the tokenizer elsewhere and try the network.
    return WordLlama.load(
        cache_dir=Path(wordllama.__file__).parent, disable_download=True, dim=DIMENSIONS
    )


def embed(texts: list[str]) -> np.ndarray:
    """One L2-normalised vector per text (rows), so a dot product is a cosine."""
    import numpy as np

    if not texts:
        return np.zeros((0, DIMENSIONS), dtype=np.float32)
    return np.asarray(_model().embed(texts, norm=True), dtype=np.float32)
