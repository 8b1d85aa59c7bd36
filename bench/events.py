"""Event coding benchmark on the PLOVER gold-standard records (development part).

Scored as ``../shared/benchmarks/events-plover-gsr/README.md`` describes: the
coder runs on each record's text alone; type accuracy of the main (first) event
against the gold type mapped to the current manual, macro-F1 over types, actor
and recipient country accuracy (the gold code's first three letters among the
produced participant's codes), coverage (share of sentences with any event),
and speed in sentences per second.

Run: ``python bench/events.py [--json] [--errors N]``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from newstrace.analyze.findings import analyze_article
from newstrace.model import Article, Block, Event

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "benchmarks" / "events-plover-gsr" / "dev.json"
#: Old draft names to the current manual (the data set's README).
RENAMED = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE",
           "FIGHT": "ASSAULT"}


def codes(side: Any) -> list[str]:
    if not side:
        return []
    return [str(a.get("code", ""))[:3] for a in side if a.get("code")]


def participant_codes(e: Event, which: str) -> set[str]:
    p = getattr(e, which)
    if p is None:
        return set()
    return {c for c in (p.country, p.sector) if c}


def code(text: str) -> list[Event]:
    art = Article("x", "gsr", text, (Block("b0", "paragraph", text, 0, len(text), "en"),),
                  language="en")
    return list(analyze_article(art).events)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--errors", type=int, default=0, help="print N wrongly typed sentences")
    args = ap.parse_args()
    records = json.loads(DATA.read_text(encoding="utf-8"))
    code("Warm-up: the army attacked the town.")
    t0 = time.perf_counter()
    results = []
    for r in records:
        gold = RENAMED.get(r["event"], r["event"])
        events = code(r["text"])
        results.append((r, gold, events))
    elapsed = time.perf_counter() - t0
    n = len(results)
    covered = sum(1 for _, _, ev in results if ev)
    right = sum(1 for _, g, ev in results if ev and ev[0].type == g)
    labels = sorted({g for _, g, _ in results})
    f1s = []
    for lab in labels:
        tp = sum(1 for _, g, ev in results if ev and ev[0].type == lab and g == lab)
        fp = sum(1 for _, g, ev in results if ev and ev[0].type == lab and g != lab)
        fn = sum(1 for _, g, ev in results if g == lab and not (ev and ev[0].type == lab))
        p = tp / (tp + fp) if tp + fp else 0.0
        rc = tp / (tp + fn) if tp + fn else 0.0
        f1s.append(2 * p * rc / (p + rc) if p + rc else 0.0)
    country: dict[str, Counter[str]] = {"actor": Counter(), "recipient": Counter()}
    for r, _, ev in results:
        for which, side in (("actor", r.get("source")), ("recipient", r.get("target"))):
            gold_codes = codes(side)
            if not gold_codes:
                continue
            country[which]["n"] += 1
            got = participant_codes(ev[0], which) if ev else set()
            country[which]["ok"] += bool(got & set(gold_codes))
    row = {
        "sentences": n,
        "type_accuracy": round(right / n, 3),
        "macro_f1": round(sum(f1s) / len(f1s), 3),
        "actor_country_accuracy": round(country["actor"]["ok"] / country["actor"]["n"], 3),
        "recipient_country_accuracy": round(
            country["recipient"]["ok"] / country["recipient"]["n"], 3),
        "coverage": round(covered / n, 3),
        "sentences_per_s": round(n / elapsed, 1),
    }
    if args.json:
        print(json.dumps(row, indent=2))
    else:
        print("| " + " | ".join(row) + " |")
        print("|" + "---|" * len(row))
        print("| " + " | ".join(str(v) for v in row.values()) + " |")
        print("Goal on unseen gold: type accuracy >= 0.80, actor country >= 0.85, coverage >= 0.90")
    if args.errors:
        shown = 0
        for r, g, ev in results:
            if ev and ev[0].type == g:
                continue
            got = "none"
            if ev:
                target = ev[0].recipient.country if ev[0].recipient else None
                got = f"{ev[0].type} {ev[0].actor.country}->{target}"
            print(f"- want {g} got {got}: {r['text'][:110]}")
            shown += 1
            if shown >= args.errors:
                break
    return 0


if __name__ == "__main__":
    sys.exit(main())
