"""What an extractor hands back before the shared finishing steps.

Extractors (``html``, ``text``) only decide the layout: which runs of text are
blocks and of which kind.  Languages, publication window and identifiers are
added by ``extract.article`` the same way for every input.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from newstrace.model import Block


@dataclass(slots=True)
class ExtractedPage:
    source_text: str
    """Every block is an exact slice ``source_text[block.start:block.end]``."""
    blocks: list[Block]
    title: str | None = None
    byline: str | None = None
    published: str | None = None
    site: str | None = None
    language: str | None = None
    """The page's declared language (``<html lang>``), a hint only."""
    extractor: str = ""
    warnings: list[str] = field(default_factory=list)
