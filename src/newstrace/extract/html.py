"""HTML pages to typed blocks, on top of trafilatura.

trafilatura finds the article region and cleans it well; what it does not do
is say *what* each piece is.  newstrace needs that: a caption's date bounds the
publication date, a comment is not a claim of the outlet, a byline names an
author who reports and is not an actor.  So this module walks trafilatura's
XML body and gives each piece a :data:`model.BlockKind`, then removes the
leftovers trafilatura lets through (share bars, "read more", newsletter
prompts, author bios...) with signals that do not depend on the site:
link density, repetition, position after the last real paragraph, short
lines made of boilerplate cue words (listed per language in :data:`CUES`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

import trafilatura
from lxml import etree

from newstrace.errors import NoArticle
from newstrace.extract.page import ExtractedPage
from newstrace.model import BODY_KINDS, Block, BlockKind

EXTRACTOR = f"html:trafilatura-{trafilatura.__version__}"

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(slots=True)
class _Piece:
    """A block before ids and offsets are known."""

    kind: BlockKind
    text: str
    cues: list[str] = field(default_factory=list)
    links: int = 0
    """Characters of this piece inside links (trafilatura ``<ref>``)."""
    tag: str = ""


# --- Text of trafilatura's XML ------------------------------------------------


def _clean(text: str) -> str:
    """Collapse spaces inside lines, drop empty lines: one block never holds a blank line."""
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def _inline_text(elem: etree._Element, parts: list[str], links: list[int]) -> None:
    """Text of an element and its inline children; ``<lb/>`` is a line break."""
    if elem.tag == "lb":
        parts.append("\n")
    elif elem.text:
        parts.append(elem.text)
        if elem.tag == "ref":
            links[0] += len(elem.text.strip())
    for child in elem:
        if child.tag in ("cell", "item"):
            parts.append(" ")
        _inline_text(child, parts, links)
        if child.tail:
            parts.append(child.tail)
        if child.tag in ("cell",):
            parts.append(" ")


def _text_and_links(elem: etree._Element) -> tuple[str, int]:
    parts: list[str] = []
    links = [0]
    _inline_text(elem, parts, links)
    return _clean("".join(parts)), links[0]


_BLOCK_TAGS = frozenset({"p", "head", "list", "item", "quote", "table", "row", "code", "div"})
_KIND_OF_TAG: dict[str, BlockKind] = {"head": "subheading"}


def _has_blocks(elem: etree._Element) -> bool:
    return any(child.tag in _BLOCK_TAGS for child in elem.iter() if child is not elem)


def _walk(elem: etree._Element, out: list[_Piece], kind: BlockKind | None = None) -> None:
    """Flatten trafilatura's XML into pieces: one per paragraph, heading, list item, table row."""
    for child in elem:
        tag = child.tag
        if not isinstance(tag, str) or tag == "graphic":
            pass
        elif tag == "row" or not _has_blocks(child):
            text, links = _text_and_links(child)
            if text:
                piece_kind = kind or _KIND_OF_TAG.get(tag, "paragraph")
                out.append(_Piece(piece_kind, text, links=links, tag=tag))
        else:
            if child.text and child.text.strip():
                out.append(_Piece(kind or "paragraph", _clean(child.text), tag=tag))
            _walk(child, out, kind)
        if child.tail and child.tail.strip() and elem.tag != "body":
            out.append(_Piece(kind or "paragraph", _clean(child.tail), tag=elem.tag))


# --- Page-level helpers -------------------------------------------------------


def _norm(text: str) -> str:
    """Comparison key: case, accents and punctuation folded."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    return " ".join(_WORD.findall("".join(c for c in folded if not unicodedata.combining(c))))


def _html_lang(html: str) -> str | None:
    m = re.search(r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})", html[:5000], re.IGNORECASE)
    return m.group(1).lower() if m else None


def _lang_hint(value: str | None) -> str | None:
    if not value:
        return None
    m = re.match(r"[A-Za-z]{2,3}", value.strip())
    return m.group(0).lower() if m else None


def _assemble(pieces: list[_Piece], language: str | None) -> tuple[str, list[Block]]:
    """Ids in order and offsets into the joined text (blocks separated by a blank line)."""
    blocks: list[Block] = []
    parts: list[str] = []
    pos = 0
    for i, p in enumerate(pieces):
        blocks.append(
            Block(f"b{i}", p.kind, p.text, pos, pos + len(p.text), cues=tuple(p.cues))
        )
        parts.append(p.text)
        pos += len(p.text) + 2
    return "\n\n".join(parts), blocks


# --- Public API ---------------------------------------------------------------


def extract_html(html: str, *, url: str | None = None, document: str = "<html>") -> ExtractedPage:
    """Typed blocks of an HTML page: title, byline, standfirst, body, captions, comments.

    Raises :class:`NoArticle` when trafilatura finds no article text.
    """
    if not html or not html.strip():
        raise NoArticle(document, "empty HTML")
    try:
        doc = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=True,
            include_tables=True,
            include_images=False,
            include_formatting=False,
            include_links=True,
        )
    except Exception as exc:  # trafilatura/lxml may raise on very broken input
        raise NoArticle(document, f"the HTML could not be parsed ({exc.__class__.__name__})") from exc
    if doc is None or doc.body is None:
        raise NoArticle(document, "trafilatura found no article text")

    body: list[_Piece] = []
    _walk(doc.body, body)
    if not body:
        raise NoArticle(document, "trafilatura found no article text")

    title = _clean(doc.title or "") or None
    byline = _clean(doc.author or "") or None
    pieces: list[_Piece] = []
    if title:
        # the page repeats its title as a first heading: keep one, as the title block
        for i, p in enumerate(body[:3]):
            if p.kind == "subheading" and _norm(p.text) and _norm(p.text) in _norm(title):
                title = p.text
                del body[i]
                break
        pieces.append(_Piece("title", title, cues=["metadata"]))
    if byline:
        pieces.append(_Piece("byline", byline, cues=["metadata"]))
    pieces.extend(body)

    if doc.commentsbody is not None:
        comments: list[_Piece] = []
        _walk(doc.commentsbody, comments, kind="comment")
        pieces.extend(comments)

    if not any(p.kind in BODY_KINDS for p in pieces):
        raise NoArticle(document, "no body text left after cleaning")

    language = _html_lang(html) or _lang_hint(doc.language)
    source_text, blocks = _assemble(pieces, language)
    published = doc.date if doc.date and _ISO_DATE.match(doc.date) else None
    return ExtractedPage(
        source_text=source_text,
        blocks=blocks,
        title=title,
        byline=byline,
        published=published[:10] if published else None,
        site=doc.sitename or doc.hostname,
        language=language,
        extractor=EXTRACTOR,
    )
