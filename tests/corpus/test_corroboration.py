"""Corroboration on real analyses: copies count once, and disagreements are found.

The story: an English wire report, its uncredited French translation (the
seed page), a credited English rewrite, a near-copy, a credited French
translation, and two independent reports (English: "two U.S. officials",
"about 10,000 troops", a White House denial; French: "près de 11 000 soldats").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newstrace.corpus.corroboration import corroborate
from newstrace.corpus.provenance import find_links
from newstrace.model import Analysis, Contradiction, RawDocument, StoryClaim
from newstrace.pipeline import analyze

ROOT = Path(__file__).parents[2]
# Every page at the top of the corpus fixtures (benchmark pages live in subfolders).
ALIASES = {"wire_en": "wire", "rewrite_en": "rewrite", "nearcopy_en": "nearcopy",
           "translation_fr_credited": "translation"}
PAGES = {"seed": ROOT / "samples" / "article_fr.txt"} | {
    ALIASES.get(p.stem, p.stem): p
    for p in sorted((ROOT / "tests" / "fixtures" / "corpus").glob("*.txt"))
}


@pytest.fixture(scope="module")
def pages() -> dict[str, Analysis]:
    return {
        name: analyze(RawDocument(source=str(p), data=p.read_bytes(), media_type="text"))
        for name, p in PAGES.items()
    }


@pytest.fixture(scope="module")
def story(pages) -> tuple[list[StoryClaim], list[Contradiction]]:
    analyses = list(pages.values())
    return corroborate(analyses, find_links(analyses))


def _claim(pages: dict[str, Analysis], name: str, needle: str) -> tuple[str, str]:
    a = pages[name]
    claim = next(c for c in a.claims if needle in c.text)
    return a.article.id, claim.id


def _holding(claims: list[StoryClaim], member: tuple[str, str]) -> StoryClaim:
    return next(c for c in claims if member in c.members)


def test_copies_and_translations_of_one_report_count_once(pages, story) -> None:
    claims, _ = story
    troops = _holding(claims, _claim(pages, "wire", "12,000"))
    docs = {d for d, _ in troops.members}
    ids = {name: a.article.id for name, a in pages.items()}
    # The seed, the rewrite, the near-copy and the French translation all say it...
    assert {ids["seed"], ids["rewrite"], ids["nearcopy"], ids["translation"]} <= docs
    # ...but they are one report; the independent English report is another.
    assert ids["independent_en"] in docs
    assert troops.independent == 2
    assert len(troops.certainty) == len(troops.members)
    assert "estimate" in troops.certainty


def test_a_claim_only_the_wire_family_makes_has_one_origin(pages, story) -> None:
    claims, _ = story
    backers = _holding(claims, _claim(pages, "wire", "friction among Ukraine's allies"))
    assert _claim(pages, "seed", "désaccord parmi les alliés") in backers.members
    assert backers.independent == 1


def test_a_page_states_a_thing_once_per_group(story) -> None:
    claims, _ = story
    for c in claims:
        docs = [d for d, _ in c.members]
        assert len(docs) == len(set(docs))


def test_different_troop_numbers_are_a_contradiction(pages, story) -> None:
    _, contradictions = story
    quantity = [c for c in contradictions if c.kind == "quantity"]
    assert len(quantity) == 1
    said = {d: text for d, _, text, _ in quantity[0].values}
    assert "12,000" in said[pages["wire"].article.id]
    assert "10,000" in said[pages["independent_en"].article.id]
    # The seed turned "as many as" into "pas moins de": the bound is reversed.
    assert "[at_least]" in said[pages["seed"].article.id]
    assert all(span is not None for *_, span in quantity[0].values)


def test_a_denial_contradicts_the_reported_authorisation(pages, story) -> None:
    _, contradictions = story
    (certainty,) = [c for c in contradictions if c.kind == "certainty"]
    members = {(d, cid) for d, cid, _, _ in certainty.values}
    assert _claim(pages, "independent_en", "had authorized the strikes") in members
    assert _claim(pages, "wire", "has authorized Ukraine") in members
    assert "authorized" in certainty.about


def test_four_anonymous_sources_against_two(pages, story) -> None:
    _, contradictions = story
    (sources,) = [c for c in contradictions if c.kind == "source_count"]
    texts = {d: text for d, _, text, _ in sources.values}
    assert texts[pages["wire"].article.id].endswith("(4)")
    assert texts[pages["independent_en"].article.id].endswith("(2)")


def test_copies_alone_agree(pages) -> None:
    """The wire and its English copies: one origin, nothing to disagree on."""
    analyses = [pages["wire"], pages["nearcopy"], pages["rewrite"]]
    claims, contradictions = corroborate(analyses, find_links(analyses))
    assert all(c.independent == 1 for c in claims)
    assert contradictions == []


def test_without_links_every_page_is_its_own_origin(pages) -> None:
    analyses = [pages["wire"], pages["nearcopy"]]
    claims, _ = corroborate(analyses, [])
    troops = _holding(claims, _claim(pages, "wire", "12,000"))
    assert troops.independent == 2


def test_a_single_page(pages) -> None:
    claims, contradictions = corroborate([pages["wire"]], [])
    assert len(claims) == len(pages["wire"].claims)
    assert all(c.independent == 1 and len(c.members) == 1 for c in claims)
    assert contradictions == []
