"""Which French model: fr_core_news_sm vs fr_core_news_md on our own pages.

Measured the way newstrace uses them: the whole language layer on the seed page
and the French fixtures, counting how many of the reference page's expected
entities (canonical names) and places come out, and the words per second of the
bare model on the same blocks.  Run: ``python bench/models.py``.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import spacy

from newstrace.analyze.findings import analyze_article
from newstrace.extract.article import build_article
from newstrace.extract.text import extract_text
from newstrace.model import RawDocument
from newstrace.nlp import parse as parse_module
from newstrace.nlp.normalize import normalize

ROOT = Path(__file__).resolve().parents[1]
SEED_EXPECTED = ROOT.parent / "shared" / "seed" / "expected.json"
PAGES = [ROOT / "samples" / "article_fr.txt",
         *sorted((ROOT / "tests" / "fixtures" / "text").glob("fr_*.txt"))]


def articles() -> list:  # type: ignore[type-arg]
    out = []
    for path in PAGES:
        text = path.read_text(encoding="utf-8")
        raw = RawDocument(str(path), text.encode(), "text", published="2024-11-17")
        out.append(build_article(extract_text(text), raw, doc_id=path.stem, content_hash=""))
    return out


def main() -> int:
    expected = json.loads(SEED_EXPECTED.read_text(encoding="utf-8"))
    want_entities = {e["name"] for e in expected["entities"]}
    want_places = {p["name"] for p in expected["places"]}
    arts = articles()
    texts = [normalize(b.text).text for a in arts for b in a.blocks]
    words = sum(len(t.split()) for t in texts)
    print(f"{len(arts)} French pages, {words} words\n")
    print("| model | seed entities found | seed places found | entities on all pages | "
          "bare model words/s |")
    print("|---|---|---|---|---|")
    for name in ("fr_core_news_sm", "fr_core_news_md"):
        nlp = spacy.load(name)
        if "sentencizer" not in nlp.pipe_names:
            nlp.add_pipe("sentencizer", before="parser")
        # parse.py looks the model up through its own name for pipeline(): swap it there.
        original = parse_module.pipeline
        parse_module.pipeline = lambda lang, _n=nlp, _o=original: (  # type: ignore[assignment]
            _n if lang == "fr" else _o(lang))
        results = [analyze_article(a) for a in arts]
        seed = results[0]
        got_e = {e.canonical for e in seed.entities} & want_entities
        places = {p.canonical for p in seed.places}
        got_p = {p for p in want_places if p in places or (p == "Kyiv" and "Kyiv" in places)}
        total = sum(len(r.entities) for r in results)
        t0 = time.perf_counter()
        for _ in range(3):
            list(nlp.pipe(texts, batch_size=64))
        rate = 3 * words / (time.perf_counter() - t0)
        print(f"| {name} | {len(got_e)}/{len(want_entities)} | {len(got_p)}/{len(want_places)} "
              f"| {total} | {rate:,.0f} |")
        parse_module.pipeline = original
    return 0


if __name__ == "__main__":
    sys.exit(main())
