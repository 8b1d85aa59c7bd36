"""Entities and places: one canonical name across languages, every mention as evidence."""

import warnings
from pathlib import Path

import pytest

from newstrace.analyze.entities import entities_in
from newstrace.extract.article import build_article
from newstrace.extract.text import extract_text
from newstrace.model import Article, Block, Entity, Place, RawDocument
from newstrace.nlp.parse import parse_article

SEED = Path(__file__).resolve().parents[2] / "samples" / "article_fr.txt"


def read(*paragraphs: str, language: str = "fr") -> tuple[dict[str, Entity], list[Place]]:
    blocks, pos = [], 0
    for i, text in enumerate(paragraphs):
        blocks.append(Block(f"b{i}", "paragraph", text, pos, pos + len(text), language))
        pos += len(text) + 2
    art = Article("x", "t", "\n\n".join(paragraphs), tuple(blocks), language=language)
    index, places = entities_in(parse_article(art), art)
    return {e.id: e for e in index.entities}, places


@pytest.fixture(scope="module")
def seed() -> tuple[Article, dict[str, Entity], list[Place]]:
    text = SEED.read_text(encoding="utf-8")
    art = build_article(extract_text(text), RawDocument("seed", b"", "text"), doc_id="s",
                        content_hash="")
    index, places = entities_in(parse_article(art), art)
    return art, {e.id: e for e in index.entities}, places


def test_seed_entities_have_their_canonical_english_names(seed) -> None:  # type: ignore[no-untyped-def]
    _, ents, _ = seed
    canon = {e.canonical for e in ents.values()}
    assert {"Joe Biden", "Volodymyr Zelensky", "Vladimir Putin", "Kim Jong Un", "Donald Trump",
            "NATO", "United States Army", "Ukraine", "Russia", "United States", "North Korea",
            "South Korea"} <= canon
    assert ents["vladimir-putin"].country == "RUS"
    assert ents["nato"].name == "OTAN"


def test_demonyms_and_short_forms_join_their_entity(seed) -> None:  # type: ignore[no-untyped-def]
    art, ents, _ = seed
    words = {art.span_text(s) for s in ents["country:PRK"].evidence}
    assert {"Corée du Nord", "nord-coréens", "nord-coréennes"} <= words
    biden = {art.span_text(s) for s in ents["joe-biden"].evidence}
    assert {"Biden", "Joe Biden"} <= biden
    assert {"Poutine", "Vladimir Poutine"} <= {art.span_text(s)
                                               for s in ents["vladimir-putin"].evidence}


def test_capital_acting_is_its_government(seed) -> None:  # type: ignore[no-untyped-def]
    art, ents, _ = seed
    assert "Moscou" in {art.span_text(s) for s in ents["country:RUS"].evidence}
    assert "Kiev" in {art.span_text(s) for s in ents["country:UKR"].evidence}


def test_byline_is_an_author_and_a_dated_role_narrows_the_window(seed) -> None:  # type: ignore[no-untyped-def]
    _, ents, _ = seed
    assert ents["person:milos-schmidt"].role == "author"
    assert ents["donald-trump"].role == "President-elect of the United States"


def test_seed_places_within_25_km(seed) -> None:  # type: ignore[no-untyped-def]
    _, _, places = seed
    where = {(p.canonical, p.context): p for p in places}
    expected = {("Bucha", "caption"): (50.55, 30.21), ("Kyiv", "caption"): (50.45, 30.52),
                ("Kursk Oblast", "body"): (51.7, 36.2), ("Pyongyang", "caption"): (39.03, 125.75),
                ("Moscow", "body"): (55.76, 37.62),
                ("White Sands Missile Range", "caption"): (32.38, -106.48)}
    for key, (lat, lon) in expected.items():
        p = where[key]
        assert abs(p.lat - lat) < 0.2 and abs(p.lon - lon) < 0.3, key
    assert where[("Kursk Oblast", "body")].precision == "region"


def test_same_person_across_languages_and_spellings() -> None:
    fr, _ = read("Vladimir Poutine a reçu Volodymyr Zelensky à Moscou.")
    en, _ = read("Putin met Zelenskyy in Istanbul.", language="en")
    assert {"vladimir-putin", "volodymyr-zelensky"} <= set(fr) & set(en)


def test_kremlin_and_white_house_are_governments() -> None:
    ents, _ = read("The Kremlin said the White House had not answered.", language="en")
    assert ents["kremlin"].country == "RUS" and ents["white-house"].country == "USA"


def test_language_without_a_model_warns_and_still_reads_the_tables() -> None:
    text = "Putin og NATO."
    art = Article("x", "t", text, (Block("b0", "paragraph", text, 0, 14, "xx"),), language="xx")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        index, _ = entities_in(parse_article(art), art)
    assert any("no spaCy model for language 'xx'" in str(w.message) for w in caught)
    assert {"vladimir-putin", "nato"} <= {e.id for e in index.entities}
