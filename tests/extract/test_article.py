"""Shared finishing steps: languages per block, publication date, honest window."""

from newstrace.extract.article import build_article
from newstrace.extract.page import ExtractedPage
from newstrace.model import Block, RawDocument

FR = (
    "Le président a annoncé mardi une série de mesures destinées à soutenir les agriculteurs "
    "touchés par la sécheresse, selon un communiqué publié par ses services."
)
EN_CAPTION = "Soldiers walk past a destroyed tank near the front line, 3 April 2022."


def page(*blocks: tuple[str, str]) -> ExtractedPage:
    out, pos, parts = [], 0, []
    for i, (kind, text) in enumerate(blocks):
        out.append(Block(f"b{i}", kind, text, pos, pos + len(text)))  # type: ignore[arg-type]
        parts.append(text)
        pos += len(text) + 2
    return ExtractedPage("\n\n".join(parts), out, extractor="test")


def build(p: ExtractedPage, **raw: str) -> object:
    return build_article(p, RawDocument("t.txt", b"", "text", **raw), doc_id="x", content_hash="h")


def test_caption_keeps_its_own_language_short_blocks_inherit() -> None:
    art = build(page(("byline", "Jean Dupont"), ("paragraph", FR), ("caption", EN_CAPTION)))
    langs = {b.id: b.language for b in art.blocks}
    assert art.language == "fr"
    assert langs == {"b0": "fr", "b1": "fr", "b2": "en"}


def test_no_date_gives_a_window_from_dated_captions_never_an_exact_date() -> None:
    art = build(
        page(
            ("paragraph", FR + " Le sommet aura lieu le 12 mars 2031."),
            ("caption", "Une femme à Kiev, le 3 avril 2022."),
            ("caption", "Signature à Pyongyang, le 19 juin 2024."),
        )
    )
    assert art.published is None
    window = art.published_window
    assert window is not None
    assert (window.not_before, window.not_after) == ("2024-06-19", None)
    [span] = window.evidence
    assert art.span_text(span) == "19 juin 2024"  # a future date in the body is not a bound


def test_dateline_near_the_top_is_the_publication_date() -> None:
    art = build(page(("byline", "Par Jean Dupont, publié le 17 novembre 2024"), ("paragraph", FR)))
    assert art.published == "2024-11-17"
    assert art.published_window is None


def test_external_date_is_used_only_when_the_page_has_none() -> None:
    p = page(("paragraph", FR))
    assert build(p, published="2024-11-17").published == "2024-11-17"
    p.published = "2024-11-18"
    assert build(p, published="2024-11-17").published == "2024-11-18"


def test_no_date_anywhere_is_null() -> None:
    art = build(page(("paragraph", FR)))
    assert art.published is None and art.published_window is None
