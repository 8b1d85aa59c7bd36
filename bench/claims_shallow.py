"""Claims without a parser: source kind and certainty per language, on sentences we wrote.

Scores ``analyze/shallow_claims/`` (the reader of languages with no spaCy model:
Spanish, German, Italian, Portuguese, Dutch, Russian, Polish, Ukrainian) on the sets
``bench/claims_shallow*.jsonl``, one sentence per line with its expected source kind,
certainty and, for anonymous sources, count.  These sentences are not the unit tests'
(``tests/analyze/test_shallow_claims.py``).  Each set after the first was run blind once
before any rule was changed for it; bench/README.md keeps those first-run figures.
Each sentence is read as a one-paragraph page through ``analyze_article``, the whole
per-page path; the first claim is scored ("none" when no claim was read).

Per language it prints: accuracy of source kind, of certainty, and of both together on
attributed sentences (the owners' goal: right for at least 85 % of attributed claims);
how many hedged, attributed-to-anonymous or otherwise non-asserted sentences came out
``asserted`` (the goal: none); anonymous counts right; then precision / recall per
class.  ``--errors`` lists every wrong sentence.

Run: ``python bench/claims_shallow.py [--data SET.jsonl] [--lang es] [--errors] [--json]``.
"""

from __future__ import annotations

import argparse
import json
import sys
import warnings
from collections import defaultdict
from pathlib import Path
from typing import Any

from newstrace.analyze.findings import analyze_article
from newstrace.model import Article, Block

HERE = Path(__file__).resolve().parent
#: In the order they were written: each later set was first run blind (see README.md).
SETS = [HERE / f"claims_shallow{s}.jsonl" for s in ("", "_heldout", "_fresh", "_blind",
                                                             "_blind2", "_blind3", "_blind4",
                                                             "_blind5", "_blind6", "_blind7",
                                                             "_blind8", "_blind9", "_blind10",
                                                             "_blind11", "_blind12",
                                                             "_blind13", "_blind14",
                                                             "_blind15", "_blind16",
                                                             "_blind17", "_blind18", "_blind19",
                                                             "_blind20", "_blind21",
                                                             "_blind22", "_blind23", "_blind24",
                                                             "_blind25", "_blind26", "_blind27",
                                                             "_blind28", "_blind29", "_blind30",
                                                             "_blind31", "_blind32", "_blind33",
                                                             "_blind34", "_blind35", "_blind36",
                                                             "_blind37", "_blind38", "_blind39",
                                                             "_blind40", "_blind41", "_blind42",
                                                             "_blind43", "_blind44", "_blind45",
                                                             "_blind46", "_blind47", "_blind48",
                                                             "_blind49", "_blind50", "_blind51",
                                                             "_blind52", "_blind53", "_blind54",
                                                             "_blind55", "_blind56", "_blind57",
                                                             "_blind58", "_blind59", "_blind60",
                                                             "_blind61",
                                                             "_blind62",
                                                             "_blind63",
                                                             "_blind64", "_blind65",
                                                             "_blind66", "_blind67", "_blind68",
                                                             "_blind69", "_blind70",
                                                             "_blind71", "_blind72", "_blind73",
                                                             "_blind74", "_blind75",
                                                             "_blind76", "_blind77", "_blind78",
                                                             "_blind79", "_blind80",
                                                             "_blind81", "_blind82", "_blind83",
                                                             "_blind84", "_blind85", "_blind86",
                                                             "_blind87", "_blind88",
                                                             "_blind89", "_blind90", "_blind91",
                                                             "_blind92", "_blind93", "_blind94",
                                                             "_blind95", "_blind96", "_blind97",
                                                             "_blind98", "_blind99",
                                                             "_blind100", "_blind101", "_blind102",
                                                             "_blind103", "_blind104",
                                                             "_blind105", "_blind106",
                                                             "_blind107", "_blind108",
                                                             "_blind109", "_blind110",
                                                             "_blind111", "_blind112", "_blind113",
                                                             "_blind114", "_blind115",
                                                             "_blind116", "_blind117",
                                                             "_blind118", "_blind119",
                                                             "_blind120", "_blind121",
                                                             "_blind122", "_blind123",
                                                             "_blind124", "_blind125",
                                                             "_blind126", "_blind127",
                                                             "_blind128", "_blind129",
                                                             "_blind130")]


def read_claim(text: str, language: str) -> dict[str, Any]:
    """The first claim read from ``text`` as a one-paragraph page in ``language``."""
    art = Article("bench", "bench", text, (Block("b0", "paragraph", text, 0, len(text),
                                                 language),), language=language)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "no spaCy model": expected for these languages
        analysis = analyze_article(art)
    if not analysis.claims:
        return {"kind": "none", "certainty": "none", "count": None, "cues": []}
    c = analysis.claims[0]
    return {"kind": c.source.kind, "certainty": c.certainty, "count": c.source.count,
            "cues": list(c.cues), "source": c.source.text, "text": c.text}


def per_class(pairs: list[tuple[str, str]]) -> dict[str, tuple[float, float, int]]:
    """Class -> (precision, recall, support) from (expected, produced) pairs."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # tp, fp, fn
    for gold, got in pairs:
        if gold == got:
            counts[gold][0] += 1
            continue
        counts[got][1] += 1
        counts[gold][2] += 1
    table = {}
    for cls in sorted(c for c in counts if any(g == c for g, _ in pairs)):
        tp, fp, fn = counts[cls]
        table[cls] = (round(tp / (tp + fp), 2) if tp + fp else 0.0,
                      round(tp / (tp + fn), 2) if tp + fn else 0.0, tp + fn)
    return table


def score(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Every figure for one language's rows (each with its produced ``got``)."""
    n = len(rows)
    attributed = [r for r in rows if r["kind"] != "unattributed"]
    counted = [r for r in rows if r.get("count")]
    unsafe = [r for r in rows if r["got"]["certainty"] == "asserted" and (
        r["certainty"] != "asserted" or r["kind"] in ("anonymous", "vague"))]
    return {
        "sentences": n,
        "source_accuracy": round(sum(r["got"]["kind"] == r["kind"] for r in rows) / n, 3),
        "certainty_accuracy": round(
            sum(r["got"]["certainty"] == r["certainty"] for r in rows) / n, 3),
        "attributed": len(attributed),
        "attributed_both_right": round(sum(
            r["got"]["kind"] == r["kind"] and r["got"]["certainty"] == r["certainty"]
            for r in attributed) / len(attributed), 3) if attributed else None,
        "non_asserted_labelled_asserted": len(unsafe),
        "counts_right": f"{sum(r['got']['count'] == r['count'] for r in counted)}/"
                        f"{len(counted)}",
        "source": per_class([(r["kind"], r["got"]["kind"]) for r in rows]),
        "certainty": per_class([(r["certainty"], r["got"]["certainty"]) for r in rows]),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, action="append",
                    help="a JSONL set (repeatable; default: every bench/claims_shallow*.jsonl)")
    ap.add_argument("--lang", action="append", help="only these languages (repeatable)")
    ap.add_argument("--errors", action="store_true", help="print every wrong sentence")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    report: dict[str, Any] = {}
    for path in args.data or SETS:
        report[path.name] = run_set(path, args.lang, args.errors, args.json)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=1))
    return 0


def run_set(path: Path, langs: list[str] | None, errors: bool, quiet: bool) -> dict[str, Any]:
    """Score one set; print its tables unless ``quiet``; return the figures."""
    rows = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    if langs:
        rows = [r for r in rows if r["lang"] in langs]
    by_lang: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        r["got"] = read_claim(r["text"], r["lang"])
        by_lang[r["lang"]].append(r)
    results = {lang: score(rs) for lang, rs in by_lang.items()}
    results["all"] = score(rows)
    if quiet:
        return results
    print(f"\n## {path.name}\n")
    print("| language | sentences | source kind | certainty | both, attributed | "
          "non-asserted read as asserted | anonymous counts |")
    print("|---|---|---|---|---|---|---|")
    for lang, s in results.items():
        print(f"| {lang} | {s['sentences']} | {s['source_accuracy']:.3f} | "
              f"{s['certainty_accuracy']:.3f} | {s['attributed_both_right']:.3f} "
              f"(n={s['attributed']}) | {s['non_asserted_labelled_asserted']} | "
              f"{s['counts_right']} |")
    for lang, s in results.items():
        print(f"\n{lang}")
        for label in ("source", "certainty"):
            print(f"  {label:<10} " + "  ".join(f"{k} P{p:.2f}/R{r:.2f} (n={n})"
                                              for k, (p, r, n) in s[label].items()))
    if errors:
        print("\nwrong:")
        for r in rows:
            got = r["got"]
            if (got["kind"], got["certainty"]) != (r["kind"], r["certainty"]) or (
                    r.get("count") and got["count"] != r["count"]):
                print(f"  [{r['lang']}] {r['text']}\n      expected {r['kind']}/"
                      f"{r['certainty']}/{r.get('count')}, got {got['kind']}/"
                      f"{got['certainty']}/{got['count']} source={got.get('source')!r} "
                      f"cues={got['cues']}")
    return results


if __name__ == "__main__":
    sys.exit(main())
