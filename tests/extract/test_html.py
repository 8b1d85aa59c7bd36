"""HTML extraction: typed blocks, offsets, metadata, robustness; the benchmark scorer."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from newstrace.errors import NoArticle
from newstrace.extract.html import CUES, extract_html
from newstrace.extract.page import ExtractedPage
from newstrace.model import BODY_KINDS

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "html"
ROOT = Path(__file__).resolve().parents[2]


def _bench():  # type: ignore[no-untyped-def]
    """Load bench/extraction.py as a module (bench/ is scripts, not a package)."""
    name = "newstrace_bench_extraction"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "bench" / "extraction.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def fr() -> ExtractedPage:
    return extract_html((FIXTURES / "article-fr.html").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def en() -> ExtractedPage:
    return extract_html((FIXTURES / "article-en.html").read_text(encoding="utf-8"))


def body(page: ExtractedPage) -> str:
    return "\n\n".join(b.text for b in page.blocks if b.kind in BODY_KINDS)


def kinds(page: ExtractedPage, kind: str) -> list[str]:
    return [b.text for b in page.blocks if b.kind == kind]


# --- Layout -------------------------------------------------------------------


@pytest.mark.parametrize("name", ["fr", "en"])
def test_blocks_are_exact_slices_in_order(name: str, request: pytest.FixtureRequest) -> None:
    page: ExtractedPage = request.getfixturevalue(name)
    assert page.source_text == "\n\n".join(b.text for b in page.blocks)
    for i, b in enumerate(page.blocks):
        assert b.id == f"b{i}"
        assert page.source_text[b.start : b.end] == b.text
        assert b.text == b.text.strip() and "\n\n" not in b.text
    starts = [b.start for b in page.blocks]
    assert starts == sorted(starts)


def test_metadata_title_byline_date_site_language(fr: ExtractedPage) -> None:
    assert fr.title == "Sécheresse : le gouvernement débloque une aide d'urgence"
    assert fr.byline == "Jeanne Martin"
    assert fr.published == "2024-11-17"
    assert fr.site == "Le Quotidien du Sud"
    assert fr.language == "fr"  # from <html lang="fr-FR">, primary subtag only
    assert fr.extractor.startswith("html:trafilatura-")
    assert fr.blocks[0].kind == "title" and fr.blocks[0].text == fr.title
    assert fr.blocks[1].kind == "byline" and fr.blocks[1].text == "Jeanne Martin"


def test_headline_printed_in_the_page_is_not_repeated_in_the_body(fr: ExtractedPage) -> None:
    assert kinds(fr, "title") == [fr.title]
    assert fr.title not in body(fr)


def test_caption_is_its_own_block_in_page_order_never_body(fr: ExtractedPage) -> None:
    [caption] = [b for b in fr.blocks if b.kind == "caption"]
    assert caption.text.startswith("Un champ de maïs asséché près de Toulouse")
    assert "maïs" not in body(fr)
    # the figure stands between the standfirst and the first paragraph
    kinds_in_order = [b.kind for b in fr.blocks]
    at = kinds_in_order.index("caption")
    assert kinds_in_order[at - 1] == "standfirst"
    assert fr.blocks[at + 1].text.startswith("Le ministre de l'Agriculture")


def test_caption_from_a_class_named_caption(en: ExtractedPage) -> None:
    assert kinds(en, "caption") == [
        "Workers inspect the old embankment in January. (Photo: Lee Chan)"
    ]
    assert "Lee Chan" not in body(en)


def test_comments_are_comment_blocks_one_per_comment_never_body(fr: ExtractedPage) -> None:
    comments = kinds(fr, "comment")
    assert len(comments) == 2
    assert comments[0].startswith("Enfin une bonne nouvelle")
    assert "goutte d'eau" not in body(fr)
    # the section's own heading is furniture, not a comment
    assert "Commentaires" not in comments


def test_standfirst_is_the_description_printed_in_the_body(fr: ExtractedPage) -> None:
    [standfirst] = kinds(fr, "standfirst")
    assert standfirst.startswith("Les agriculteurs touchés par la sécheresse")
    assert body(fr).startswith(standfirst)


def test_lists_and_subheadings_are_body(fr: ExtractedPage) -> None:
    assert kinds(fr, "subheading") == ["Des syndicats sceptiques"]
    assert "Les céréaliers devront attendre" in body(fr)
    items = [t for t in kinds(fr, "paragraph") if t.startswith(("Les éleveurs", "Les céréaliers"))]
    assert len(items) == 2  # one block per list item


def test_furniture_is_set_aside_french(fr: ExtractedPage) -> None:
    text = body(fr)
    for junk in ("newsletter", "Tous droits réservés", "Mentions légales", "Accueil"):
        assert junk not in text
    assert text.rstrip().endswith("indemnisations des exploitants assurés.")


def test_furniture_is_set_aside_english(en: ExtractedPage) -> None:
    text = body(en)
    for junk in ("Read more", "Mayor unveils budget", "All rights reserved", "Tweet", "By Sam"):
        assert junk not in text
    assert text.startswith("The city council voted on Tuesday")
    assert text.rstrip().endswith("engineering department.")
    assert "By Sam Okafor" in kinds(en, "byline")  # the printed byline, typed as such
    boiler = [b for b in en.blocks if b.kind == "boilerplate"]
    assert boiler and all(b.cues for b in boiler)  # each says why


def test_cue_table_covers_english_and_french() -> None:
    assert {"en", "fr"} <= CUES.keys()
    for lang in ("en", "fr"):
        assert {"related", "share", "subscribe", "comments", "legal"} <= CUES[lang].keys()


_PLAN = [
    "The regional council approved the new water plan on Monday after a debate that lasted "
    "most of the afternoon and part of the evening.",
    "Farmers had asked for the plan for three years, arguing that the reservoirs built in the "
    "nineteen seventies no longer hold enough water for a dry summer.",
    "The plan provides for two new reservoirs and the repair of the canals that feed the "
    "valley, at a cost the council puts at forty million euros.",
    "Opponents said the money would be better spent on saving water, and an association of "
    "residents announced that it would take the decision to court.",
]


def _page(paragraphs: list[str]) -> str:
    ps = "".join(f"<p>{p}</p>" for p in paragraphs)
    head = "<html><head><title>Water plan</title></head>"
    return f"{head}<body><article>{ps}</article></body></html>"


def test_a_copy_of_the_article_and_a_cut_teaser_are_not_body() -> None:
    copy = "<br>".join(_PLAN)  # the whole article again in one block (print version, reload)
    teaser = _PLAN[0][:60] + "..."
    page = extract_html(_page([*_PLAN, copy, teaser]))
    assert body(page) == "\n\n".join(_PLAN)
    assert [b.cues for b in page.blocks if b.kind == "boilerplate"] == [("copy",), ("teaser",)]


def test_a_line_repeated_on_purpose_stays_body() -> None:
    # a recipe or a meal plan repeats a line; an interview repeats a question
    line = "Portion: one cup of rice, two eggs, one spoon of olive oil and a handful of spinach."
    page = extract_html(_page([_PLAN[0], line, _PLAN[1], line, _PLAN[2]]))
    assert body(page).count(line) == 2


@pytest.mark.parametrize(
    "credit",
    [
        "(Reporting by Jane Roe; editing by John Doe.)",
        "Associated Press writers Ann Lee and Bo Chan contributed to this report.",
        "Source: Reuters",
        "Avec AFP",
    ],
)
def test_closing_credit_lines_are_bylines_not_body(credit: str) -> None:
    page = extract_html(_page([*_PLAN, credit]))
    assert body(page) == "\n\n".join(_PLAN)
    assert kinds(page, "byline")[-1] == credit


def test_closing_promo_with_a_call_to_act_is_not_body() -> None:
    promo = "Get the latest updates every morning. Subscribe to our newsletters."
    page = extract_html(_page([*_PLAN, promo]))
    assert promo in kinds(page, "boilerplate")


def test_a_closing_sentence_that_only_mentions_sources_stays_body() -> None:
    last = "Sources close to the minister expect a vote."
    page = extract_html(_page([*_PLAN, last]))
    assert body(page).endswith(last)


def test_a_hover_card_inside_a_sentence_is_not_read_into_it() -> None:
    card = (
        '<span class="card"><span><img src="p.jpg"><a href="/p">Ana Ruiz</a>'
        '<a href="/a1">Ruiz wins the vote on the dam</a> <a href="/a2">Ruiz in Brussels</a>'
        "</span></span>"
    )
    first = f'Council member <span><a href="/p">Ana Ruiz</a>{card}</span> sponsored the plan.'
    page = extract_html(_page([first + " " + _PLAN[0], *_PLAN[1:]]))
    text = body(page)
    assert text.startswith("Council member Ana Ruiz sponsored the plan.")
    assert "Brussels" not in text and "wins the vote" not in text


@pytest.mark.parametrize(
    "caption",
    [
        "The core stage in its hall after the engines were fitted. (credit: NASA/Jane Roe)",
        "Des secouristes dans une rue de Paiporta, le 31 octobre. Photo : AFP",
    ],
)
def test_a_line_ending_with_a_photo_credit_is_a_caption(caption: str) -> None:
    page = extract_html(_page([_PLAN[0], caption, *_PLAN[1:]]))
    assert kinds(page, "caption") == [caption]
    assert body(page) == "\n\n".join(_PLAN)


def test_an_article_split_over_sibling_sections_is_read_whole() -> None:
    # trafilatura keeps one container; the page cut the article into same-class chunks
    from lxml import html as lxml_html

    from newstrace.extract.html import _continuations, _Piece

    def chunk(paragraphs: list[str]) -> str:
        ps = "".join(f"<p>{p}</p>" for p in paragraphs)
        return f'<div class="grid"><div class="article-chunk">{ps}</div></div>'

    related = (
        '<div class="grid"><div class="teaser"><p>Another story, elsewhere on the site, '
        "about something else entirely and at some length.</p></div></div>"
    )
    ad = '<div class="ad"><p><a href="/x">Buy now and save a great deal on the model</a></p></div>'
    tree = lxml_html.fromstring(
        f"<html><body><div>{chunk(_PLAN[:2])}{ad}{related}{chunk(_PLAN[2:])}</div></body></html>"
    )
    body = [_Piece("paragraph", p) for p in _PLAN[:2]]
    _continuations(tree, body)
    assert [p.text for p in body] == _PLAN
    assert body[2].cues == ["sibling-section"]


# --- Robustness ---------------------------------------------------------------

PARAGRAPH = (
    "The committee published its report on Monday after a two-year inquiry into the "
    "collapse of the regional bank, which left thousands of savers without access to "
    "their deposits for several weeks."
)


def test_malformed_html_does_not_crash() -> None:
    html = (
        "<html><body><div><p>"
        + PARAGRAPH
        + "<p>"
        + PARAGRAPH.replace("Monday", "Friday")
        + "<b><i>unclosed</b> <table><tr><td>cell</div></span></html>\x00<<>>&&;"
    )
    page = extract_html(html)
    assert "two-year inquiry" in body(page)
    for b in page.blocks:
        assert page.source_text[b.start : b.end] == b.text


@pytest.mark.parametrize(
    "html",
    [
        "",
        "   \n ",
        "<html><head><title>x</title></head><body></body></html>",
        "<html><body><nav><a href='/'>Home</a> <a href='/a'>About</a></nav></body></html>",
        "<<<>>> not html at all &&&",
    ],
)
def test_no_article_raises_a_typed_error(html: str) -> None:
    with pytest.raises(NoArticle) as err:
        extract_html(html, document="page.html")
    assert err.value.document == "page.html"
    assert err.value.code == "E007"


def test_undated_page_has_no_date_rather_than_a_guess() -> None:
    html = f"<html><body><article><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></article></body></html>"
    page = extract_html(html)
    assert page.published is None
    assert page.language is None


# --- The benchmark scorer -----------------------------------------------------


def test_scorer_identical_texts_score_one() -> None:
    bench = _bench()
    text = "The quick brown fox jumps over the lazy dog near the river bank."
    s = bench.score_page(text, text)
    assert (s.precision, s.recall, s.exact) == (1.0, 1.0, True)
    assert bench.aggregate([s])["f1"] == 1.0


def test_scorer_disjoint_texts_score_zero() -> None:
    bench = _bench()
    s = bench.score_page("alpha beta gamma delta epsilon", "one two three four five")
    assert (s.tp, s.precision, s.recall, s.exact) == (0.0, 0.0, 0.0, False)
    assert bench.aggregate([s])["f1"] == 0.0


def test_scorer_counts_shingles_and_normalises_per_page() -> None:
    bench = _bench()
    truth = "a b c d e"  # shingles: abcd, bcde
    s = bench.score_page(truth, "a b c d e f")  # abcd, bcde, cdef: one false positive
    assert (s.tp, s.fp, s.fn) == pytest.approx((2 / 3, 1 / 3, 0.0))
    assert s.precision == pytest.approx(2 / 3) and s.recall == 1.0
    assert not s.exact
    # repeated text counts: the second copy is a false positive
    doubled = bench.score_page("w x y z", "w x y z w x y z")
    assert doubled.fp > 0 and doubled.recall == 1.0


def test_scorer_short_texts_are_one_shingle() -> None:
    bench = _bench()
    assert bench.shingles("Hello, world") == {("Hello", "world"): 1}
    assert bench.score_page("Hello, world", "hello world").precision == 0.0  # case kept
    assert bench.score_page("Hello, world!", "Hello world").exact
    empty = bench.score_page("some text here", None)  # extraction failed
    assert (empty.precision, empty.recall) == (0.0, 0.0)
    assert bench.tokenize("Déjà-vu, l'été 2024") == ["Déjà", "vu", "l", "été", "2024"]


def test_scorer_averages_pages_then_takes_the_harmonic_mean() -> None:
    bench = _bench()
    perfect = bench.score_page("a b c d e f", "a b c d e f")
    half = bench.score_page("a b c d", "a b c d x y z w")  # P = 1/6, R = 1
    figs = bench.aggregate([perfect, half])
    p = (1 + half.precision) / 2
    assert figs["precision"] == pytest.approx(p)
    assert figs["recall"] == 1.0
    assert figs["f1"] == pytest.approx(2 * p / (p + 1))
    assert figs["accuracy"] == 0.5


def test_gate_fails_below_floor_and_on_changed_data() -> None:
    bench = _bench()
    floors = {"f1": 0.97, "precision": 0.96}
    baselines = {bench.BASELINE_KEY: {"data_sha256": "abc", "floors": floors}}
    ok = {"f1": 0.968, "precision": 0.96, "recall": 0.97, "accuracy": 0.4}
    assert bench.gate(ok, "abc", baselines) == []  # within the tolerance
    low = dict(ok, precision=0.95)
    [failure] = bench.gate(low, "abc", baselines)
    assert "precision" in failure
    [changed] = bench.gate(ok, "def", baselines)
    assert "data changed" in changed
    assert bench.gate(ok, "abc", {})  # nothing pinned is a failure, not a pass
