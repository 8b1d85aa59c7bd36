"""Parse an article's blocks once, in batches, for every analyzer to read.

Why here: the model is the one heavy thing; each block is parsed once
(``nlp.pipe``, grouped by language) on its normalised text, and analyzers map
token offsets back to the page's own characters through ``ParsedBlock.span``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newstrace.model import Article, Block, Span
from newstrace.nlp.models import available, pipeline
from newstrace.nlp.normalize import NormalizedText, normalize

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: Blocks worth parsing: what the article says, and what its captions say.
PARSED_KINDS = frozenset({"title", "standfirst", "paragraph", "subheading", "caption"})


@dataclass(frozen=True, slots=True)
class ParsedBlock:
    block: Block
    norm: NormalizedText
    doc: Doc | None
    """``None`` when the block's language has no model."""

    @property
    def context(self) -> str:
        return "caption" if self.block.kind == "caption" else "body"

    def span(self, start: int, end: int) -> Span:
        """Evidence for characters ``[start, end)`` of the normalised text."""
        a, b = self.norm.to_original(start, end)
        return Span(self.block.id, a, b)


def parse_article(article: Article, *, batch_size: int = 64) -> list[ParsedBlock]:
    """Every parsable block of ``article``, in page order, parsed once."""
    blocks = [
        b for b in article.blocks
        if b.kind in PARSED_KINDS and not (b.kind == "caption" and b.duplicate_of)
    ]
    norms = {b.id: normalize(b.text) for b in blocks}
    by_lang: dict[str | None, list[Block]] = defaultdict(list)
    for b in blocks:
        # A block in a language with no model (or a misidentified short one) is read
        # with the page's model rather than not at all.
        lang = b.language if b.language and available(b.language) else article.language
        by_lang[lang].append(b)
    docs: dict[str, Doc | None] = {}
    for lang, group in by_lang.items():
        nlp = pipeline(lang)
        if nlp is None:
            docs.update({b.id: None for b in group})
            continue
        texts = [norms[b.id].text for b in group]
        for b, doc in zip(group, nlp.pipe(texts, batch_size=batch_size), strict=True):
            docs[b.id] = doc
    return [ParsedBlock(b, norms[b.id], docs[b.id]) for b in blocks]
