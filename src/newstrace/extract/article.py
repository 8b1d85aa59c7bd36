"""The finishing steps every extractor shares: languages, dates, the Article record.

Extractors only decide the layout (``ExtractedPage``); here the same code,
whatever the input, gives each block a language, the page a language, and a
publication date or an honest window.
"""

from __future__ import annotations

from dataclasses import replace

from newstrace import lexicons
from newstrace.extract.language import block_language, document_language
from newstrace.extract.page import ExtractedPage
from newstrace.model import BODY_KINDS, Article, Block, DateWindow, RawDocument, Span
from newstrace.nlp.dates import find_dates, fold

#: How many blocks from the top may hold a dateline ("Publié le 17 novembre 2024").
_DATELINE_REACH = 6


def _with_languages(blocks: list[Block], hint: str | None) -> tuple[list[Block], str | None]:
    body = [b.text for b in blocks if b.kind in BODY_KINDS] or [b.text for b in blocks]
    doc_lang = document_language(body) or hint
    out = []
    for b in blocks:
        lang = b.language or block_language(b.text) or doc_lang
        out.append(replace(b, language=lang) if lang != b.language else b)
    return out, doc_lang


def _dateline(blocks: list[Block], language: str | None) -> tuple[str, Span] | None:
    """A publication date stated near the top after a cue ("Publié le", "Updated")."""
    cues = [fold(c) for c in lexicons.load(language).get("dates", {}).get("published_cues", [])]
    for b in blocks[:_DATELINE_REACH]:
        if b.kind not in ("byline", "boilerplate", "title", "paragraph", "standfirst"):
            continue
        folded = fold(b.text)
        for d in find_dates(b.text):
            before = folded[max(0, d.start - 25) : d.start]
            if len(d.value) == 10 and any(c in before for c in cues):
                return d.value, Span(b.id, d.start, d.end)
    return None


def _window(blocks: list[Block]) -> DateWindow | None:
    """Lower bound from dated photo captions: a photo exists before the page that shows it.

    Body dates are not used: an article may name a future date (a summit, an
    election), so a date in the body says nothing about when it was written.
    """
    latest: tuple[str, Span] | None = None
    for b in blocks:
        if b.kind != "caption" or b.duplicate_of:
            continue
        for d in find_dates(b.text):
            if latest is None or d.value > latest[0]:
                latest = (d.value, Span(b.id, d.start, d.end))
    if latest is None:
        return None
    return DateWindow(not_before=latest[0], not_after=None, evidence=(latest[1],))


def _plain(text: str | None) -> str | None:
    """Metadata strings with plain spaces (the blocks keep the page's own characters)."""
    return " ".join(text.split()) if text else text


def build_article(
    page: ExtractedPage, raw: RawDocument, *, doc_id: str, content_hash: str
) -> Article:
    """Turn an extractor's layout into the shared Article record."""
    blocks, language = _with_languages(page.blocks, page.language)
    published = page.published
    evidence_window = None
    if not published:
        found = _dateline(blocks, language)
        if found:
            published = found[0]
    if not published and raw.published:
        published = raw.published
    if not published:
        evidence_window = _window(blocks)
    return Article(
        id=doc_id,
        source=raw.source,
        url=raw.url,
        source_text=page.source_text,
        blocks=tuple(blocks),
        title=_plain(page.title),
        byline=_plain(page.byline),
        published=published,
        published_window=evidence_window,
        site=page.site or raw.site,
        language=language,
        extractor=page.extractor,
        content_hash=content_hash,
    )
