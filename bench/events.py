"""Event coding benchmark on the PLOVER gold-standard records (development part).

Scored as ``../shared/benchmarks/events-plover-gsr/README.md`` describes: the
coder runs on each record's text alone; type accuracy of the main (first) event
against the gold type mapped to the current manual, macro-F1 over types, actor
and recipient country accuracy (the gold code's first three letters among the
produced participant's codes), coverage (share of sentences with any event),
and speed in sentences per second.

A second, smaller set checks French: sentences we wrote and coded ourselves
(``tests/fixtures/events/fr_dev.json``), scored the same way and reported apart.

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
#: French sentences written and coded by us (no public French PLOVER gold exists).
FRENCH = ROOT / "tests" / "fixtures" / "events" / "fr_dev.json"
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


def code(text: str, language: str = "en") -> list[Event]:
    art = Article("x", "gsr", text, (Block("b0", "paragraph", text, 0, len(text), language),),
                  language=language)
    return list(analyze_article(art).events)


#: One gold sentence: text, PLOVER type, actor codes, recipient codes (empty: not scored).
Gold = tuple[str, str, list[str], list[str]]


def gsr_records() -> list[Gold]:
    """The PLOVER GSR development records, types mapped to the current manual."""
    records = json.loads(DATA.read_text(encoding="utf-8"))
    return [(r["text"], RENAMED.get(r["event"], r["event"]), codes(r.get("source")),
             codes(r.get("target"))) for r in records]


def french_records() -> list[Gold]:
    """Our own French sentences (``tests/fixtures/events/fr_dev.json``, written by us)."""
    data = json.loads(FRENCH.read_text(encoding="utf-8"))
    return [(r["text"], r["event"], [r["source"]] if r.get("source") else [],
             [r["target"]] if r.get("target") else []) for r in data["records"]]


def score(records: list[Gold], language: str) -> tuple[dict[str, Any], list[Any]]:
    """The README's figures for ``records`` coded in ``language``, and each result."""
    t0 = time.perf_counter()
    results = [(text, gold, src, tgt, code(text, language)) for text, gold, src, tgt in records]
    elapsed = time.perf_counter() - t0
    n = len(results)
    covered = sum(1 for *_, ev in results if ev)
    right = sum(1 for _, g, _, _, ev in results if ev and ev[0].type == g)
    labels = sorted({g for _, g, *_ in results})
    f1s = []
    for lab in labels:
        tp = sum(1 for _, g, _, _, ev in results if ev and ev[0].type == lab and g == lab)
        fp = sum(1 for _, g, _, _, ev in results if ev and ev[0].type == lab and g != lab)
        fn = sum(1 for _, g, _, _, ev in results if g == lab and not (ev and ev[0].type == lab))
        p = tp / (tp + fp) if tp + fp else 0.0
        rc = tp / (tp + fn) if tp + fn else 0.0
        f1s.append(2 * p * rc / (p + rc) if p + rc else 0.0)
    country: dict[str, Counter[str]] = {"actor": Counter(), "recipient": Counter()}
    for _, _, src, tgt, ev in results:
        for which, gold_codes in (("actor", src), ("recipient", tgt)):
            if not gold_codes:
                continue
            country[which]["n"] += 1
            got = participant_codes(ev[0], which) if ev else set()
            country[which]["ok"] += bool(got & set(gold_codes))

    def share(which: str) -> float:
        n_ = country[which]["n"]
        return round(country[which]["ok"] / n_, 3) if n_ else 0.0

    row = {
        "sentences": n,
        "type_accuracy": round(right / n, 3),
        "macro_f1": round(sum(f1s) / len(f1s), 3),
        "actor_country_accuracy": share("actor"),
        "recipient_country_accuracy": share("recipient"),
        "coverage": round(covered / n, 3),
        "sentences_per_s": round(n / elapsed, 1),
    }
    return row, results


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--errors", type=int, default=0, help="print N wrongly typed sentences")
    args = ap.parse_args()
    code("Warm-up: the army attacked the town.")
    code("Échauffement : l'armée a attaqué la ville.", "fr")
    rows: dict[str, dict[str, Any]] = {}
    wrong: list[str] = []
    for name, records, language in (("plover-gsr-dev (en)", gsr_records(), "en"),
                                    ("ours-fr (written by us)", french_records(), "fr")):
        row, results = score(records, language)
        rows[name] = row
        for text, g, _, _, ev in results:
            if ev and ev[0].type == g:
                continue
            got = "none"
            if ev:
                target = ev[0].recipient.country if ev[0].recipient else None
                got = f"{ev[0].type} {ev[0].actor.country}->{target}"
            wrong.append(f"- [{language}] want {g} got {got}: {text[:110]}")
    if args.json:
        print(json.dumps(rows, indent=2))
    else:
        first = next(iter(rows.values()))
        print("| set | " + " | ".join(first) + " |")
        print("|---|" + "---|" * len(first))
        for name, row in rows.items():
            print(f"| {name} | " + " | ".join(str(v) for v in row.values()) + " |")
        print("Goal on unseen gold: type accuracy >= 0.80, actor country >= 0.85, coverage >= 0.90")
    for line in wrong[: args.errors]:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
