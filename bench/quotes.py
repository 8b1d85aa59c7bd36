"""Attribution benchmark: who says what, on real news and on our own test set.

Three parts, one table each:
1. our own sentences (``tests/fixtures/claims/attribution_set.jsonl``, French and
   English, written by us): per-class precision and recall of source kind and
   certainty;
2. PolNeAR dev (84 US political articles, every attribution annotated) and
3. the Gender Gap Tracker's English gold set (98 Canadian articles):
   content spans matched one-to-one at overlap >= 0.3 and >= 0.8 of the longer
   span; precision, recall, F1; speaker accuracy over matched attributions (the
   produced source span overlaps the gold source, or names the gold reference).
Produced attributions are the page's quotes: direct ones (between quote marks) and the
indirect ones (claims a reporting verb or "according to" attributes to someone).
The article texts of 2 and 3 are read from ``../shared/benchmarks`` and never copied.

Run: ``python bench/quotes.py [--limit N] [--json]``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from newstrace.analyze.findings import analyze_article
from newstrace.extract.article import build_article
from newstrace.extract.text import extract_text
from newstrace.model import Analysis, RawDocument

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "benchmarks"
OWN_SET = ROOT / "tests" / "fixtures" / "claims" / "attribution_set.jsonl"

Span = tuple[int, int]


def analyse(text: str, language: str = "en") -> Analysis:
    page = extract_text(text, document="bench")
    raw = RawDocument("bench", text.encode(), "text")
    article = build_article(page, raw, doc_id="bench", content_hash="")
    if article.language is None:
        from dataclasses import replace

        article = replace(article, language=language)
    return analyze_article(article)


def _abs(starts: dict[str, int], span: Any) -> Span:
    return (starts[span.block] + span.start, starts[span.block] + span.end)


def produced(analysis: Analysis, attributions: bool = False
             ) -> list[tuple[Span, Span | None, str]]:
    """(content span, speaker span, speaker words) of every quote, in the text's offsets.

    The speaker span is the quote's second piece of evidence (the words that name the
    speaker in the page); a quote with no speaker read has none.  With ``attributions``,
    also every other attributed claim (what a study "shows", what someone "believes"):
    PolNeAR annotates attribution, the Gender Gap Tracker only quotes.
    """
    starts = {b.id: b.start for b in analysis.article.blocks}
    out = []
    for q in analysis.quotes:
        src = _abs(starts, q.evidence[1]) if len(q.evidence) > 1 else None
        words = " ".join(filter(None, [q.speaker.text, q.speaker.entity or ""]))
        out.append((_abs(starts, q.evidence[0]), src, words))
    if attributions:
        taken = [p[0] for p in out]
        for c in analysis.claims:
            if c.source.kind == "unattributed" or len(c.evidence) < 2:
                continue
            content = _abs(starts, c.evidence[0])
            if any(a < content[1] and content[0] < b for a, b in taken):
                continue
            words = " ".join(filter(None, [c.source.text, c.source.entity or ""]))
            out.append((content, _abs(starts, c.evidence[1]), words))
    return out


def overlap(a: Span, b: Span) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    longest = max(a[1] - a[0], b[1] - b[0])
    return inter / longest if longest else 0.0


def match(gold: list[dict[str, Any]], pred: list[tuple[Span, Span | None, str]],
          threshold: float) -> list[tuple[dict[str, Any], tuple[Span, Span | None, str]]]:
    """One-to-one matches, best overlaps first."""
    pairs = sorted(
        ((overlap(g["content"], p[0]), gi, pi) for gi, g in enumerate(gold)
         for pi, p in enumerate(pred)),
        reverse=True,
    )
    used_g, used_p, out = set(), set(), []
    for score, gi, pi in pairs:
        if score < threshold:
            break
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out.append((gold[gi], pred[pi]))
    return out


def speaker_right(g: dict[str, Any], p: tuple[Span, Span | None, str]) -> bool:
    if g.get("source") and p[1] and overlap(g["source"], p[1]) > 0:
        return True
    # The gold reference's surname among the produced speaker's words (whole words only:
    # "Lee" is not in "Leeds").
    ref = re.findall(r"\w+", (g.get("reference") or "").lower())
    return bool(ref) and ref[-1] in re.findall(r"\w+", p[2].lower())


def polnear(limit: int | None) -> list[tuple[str, list[dict[str, Any]]]]:
    folder = SHARED / "quotes-polnear" / "dev"
    docs = []
    for path in sorted((folder / "text").glob("*.txt"))[:limit]:
        text = path.read_text(encoding="utf-8")
        spans: dict[str, tuple[str, Span]] = {}
        gold = []
        # Annotation files carry an annotator suffix: "<text name>_<hash>.ann"; take the first.
        anns = sorted((folder / "attributions").glob(path.stem + "_*.ann"))
        if not anns:
            continue
        ann = anns[0]
        for line in ann.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if line.startswith("T") and len(parts) >= 2:
                kind, *offsets = parts[1].split()
                nums = [int(x) for x in re.findall(r"\d+", " ".join(offsets))]
                spans[parts[0]] = (kind, (min(nums), max(nums)))
            elif line.startswith("E") and len(parts) >= 2:
                roles = dict(r.split(":") for r in parts[1].split())
                if "Content" not in roles:
                    continue
                gold.append({
                    "content": spans[roles["Content"]][1],
                    "source": spans[roles["Source"]][1] if "Source" in roles else None,
                })
        docs.append((text, gold))
    return docs


def ggt(limit: int | None) -> list[tuple[str, list[dict[str, Any]]]]:
    docs = []
    lines = (SHARED / "quotes-ggt-en" / "ggt_en_gold_quotes.jsonl").open(encoding="utf-8")
    for line in list(lines)[:limit]:
        d = json.loads(line)
        if not d.get("quotes"):
            continue
        gold = []
        for q in d["quotes"]:
            if not q.get("quote") or q["quote"].get("start") is None:
                continue
            sp = q.get("speaker") or {}
            gold.append({
                "content": (q["quote"]["start"], q["quote"]["end"]),
                "source": (sp["start"], sp["end"]) if sp.get("start") is not None else None,
                "reference": q.get("reference"),
            })
        docs.append((d["text"], gold))
    return docs


def score_corpus(name: str, docs: list[tuple[str, list[dict[str, Any]]]],
                 attributions: bool = False) -> dict[str, Any]:
    t0 = time.perf_counter()
    results = {0.3: Counter(), 0.8: Counter()}
    for text, gold in docs:
        pred = produced(analyse(text), attributions)
        for thr, counter in results.items():
            pairs = match(gold, pred, thr)
            counter["tp"] += len(pairs)
            counter["gold"] += len(gold)
            counter["pred"] += len(pred)
            counter["speaker"] += sum(speaker_right(g, p) for g, p in pairs)
    elapsed = time.perf_counter() - t0
    row: dict[str, Any] = {"set": name, "articles": len(docs), "seconds": round(elapsed, 1)}
    for thr, c in results.items():
        p = c["tp"] / c["pred"] if c["pred"] else 0.0
        r = c["tp"] / c["gold"] if c["gold"] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        row[f"P@{thr}"], row[f"R@{thr}"], row[f"F1@{thr}"] = round(p, 3), round(r, 3), round(f, 3)
        if thr == 0.3:
            row["speaker_acc"] = round(c["speaker"] / c["tp"], 3) if c["tp"] else 0.0
    return row


def own_set() -> dict[str, Any]:
    from newstrace.model import Article, Block

    rows = [json.loads(line) for line in OWN_SET.open(encoding="utf-8")]
    got: list[tuple[str, str, str, str]] = []
    for r in rows:
        t = r["text"]
        art = Article("x", "t", t, (Block("b0", "paragraph", t, 0, len(t), r["lang"]),),
                      language=r["lang"])
        a = analyze_article(art)
        c = a.claims[0] if a.claims else None
        got.append((r["kind"], c.source.kind if c else "none", r["certainty"],
                    c.certainty if c else "none"))
    out: dict[str, Any] = {"sentences": len(rows),
                           "languages": dict(Counter(r["lang"] for r in rows))}
    for label, gi, pi in (("source", 0, 1), ("certainty", 2, 3)):
        classes = sorted({g[gi] for g in got})
        per = {}
        for cls in classes:
            tp = sum(1 for g in got if g[gi] == cls and g[pi] == cls)
            fp = sum(1 for g in got if g[gi] != cls and g[pi] == cls)
            fn = sum(1 for g in got if g[gi] == cls and g[pi] != cls)
            per[cls] = (round(tp / (tp + fp), 2) if tp + fp else 0.0,
                        round(tp / (tp + fn), 2) if tp + fn else 0.0, tp + fn)
        out[label] = per
        out[f"{label}_accuracy"] = round(sum(g[gi] == g[pi] for g in got) / len(got), 3)
    unsafe = sum(1 for g in got
                 if g[3] == "asserted" and (g[0] == "anonymous" or g[2] != "asserted"))
    out["hedged_or_anonymous_labelled_asserted"] = unsafe
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=None, help="articles per corpus")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    own = own_set()
    corpora = []
    if SHARED.exists():
        corpora.append(score_corpus("PolNeAR dev", polnear(args.limit), attributions=True))
        corpora.append(score_corpus("GGT English", ggt(args.limit)))
    if args.json:
        print(json.dumps({"own_set": own, "corpora": corpora}, indent=2))
        return 0
    langs = ", ".join(f"{n} {lang}" for lang, n in own["languages"].items())
    print(f"Own test set, development ({own['sentences']} sentences: {langs}): source kind "
          f"accuracy {own['source_accuracy']}, certainty accuracy {own['certainty_accuracy']}, "
          f"hedged/anonymous labelled asserted: {own['hedged_or_anonymous_labelled_asserted']}")
    for label in ("source", "certainty"):
        print(f"  {label:<10} " + "  ".join(f"{k} P{p:.2f}/R{r:.2f} (n={n})"
                                          for k, (p, r, n) in own[label].items()))
    if corpora:
        cols = ["set", "articles", "P@0.3", "R@0.3", "F1@0.3", "F1@0.8", "speaker_acc", "seconds"]
        print("\n| " + " | ".join(cols) + " |")
        print("|" + "---|" * len(cols))
        for row in corpora:
            print("| " + " | ".join(str(row[c]) for c in cols) + " |")
        print("Published (same method, other sets): Gender Gap Tracker F1@0.3 0.837, speaker 0.865")
    return 0


if __name__ == "__main__":
    sys.exit(main())
