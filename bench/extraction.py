"""Article body extraction benchmark (Zyte / Scrapinghub data set) and its CI gate.

Why this script exists: extraction quality is the base of everything newstrace
reports (a share bar read as body becomes a "claim"), so it is measured on a
public benchmark against plain trafilatura in the same run, and pinned as a
floor that CI enforces (like trafilatura's ``tests/eval_gate.py``).

The metric is the one described in the data set's README, written here from
that description: ``\\w+`` Unicode tokens, counted 4-token shingles, per-page
tp/fp/fn normalised by their sum, precision and recall averaged over pages,
F1 = harmonic mean of the two averages, accuracy = exact token-list match,
bootstrap standard error over 1,000 resamples of the pages.

Usage::

    python bench/extraction.py                 # table: newstrace vs trafilatura
    python bench/extraction.py --json          # same figures as JSON
    python bench/extraction.py --gate          # CI: fail if below the pinned floors
    python bench/extraction.py --pin           # pin current figures as floors
    python bench/extraction.py --worst 15      # pages with the most fp / fn
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import random
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "extraction-zyte"
BASELINES = BENCH_DIR / "baselines.json"
BASELINE_KEY = "extraction-zyte"
#: A drop smaller than this is measurement noise, not a regression (bootstrap SE is ~0.01,
#: but the same code on the same data is deterministic: only library drift moves it).
TOLERANCE = 0.005
GATED = ("f1", "precision")
BOOTSTRAP_SAMPLES = 1000
SHINGLE = 4

_TOKEN = re.compile(r"\w+", re.UNICODE)


# --- The metric ---------------------------------------------------------------


def tokenize(text: str) -> list[str]:
    """Every ``\\w+`` match, case kept (the benchmark's tokens)."""
    return _TOKEN.findall(text or "")


def shingles(text: str, n: int = SHINGLE) -> Counter[tuple[str, ...]]:
    """Counted runs of ``n`` tokens; a shorter non-empty text is one shingle of what it has."""
    tokens = tokenize(text)
    if not tokens:
        return Counter()
    if len(tokens) < n:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


@dataclass(frozen=True, slots=True)
class PageScore:
    """Normalised tp/fp/fn of one page (they sum to 1, or are all 0 when nothing to score)."""

    tp: float
    fp: float
    fn: float
    exact: bool

    @property
    def scored(self) -> bool:
        return self.tp + self.fp + self.fn > 0

    @property
    def precision(self) -> float:
        if self.fp == 0 and self.fn == 0:
            return 1.0
        if self.tp == 0 and self.fp == 0:
            return 0.0
        return self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float:
        if self.fp == 0 and self.fn == 0:
            return 1.0
        if self.tp == 0 and self.fn == 0:
            return 0.0
        return self.tp / (self.tp + self.fn)


def score_page(truth: str, predicted: str | None) -> PageScore:
    """Shingle matching of one page; ``None`` (extraction failed) scores as empty text."""
    predicted = predicted or ""
    t, p = shingles(truth), shingles(predicted)
    tp = fp = fn = 0
    for key in t.keys() | p.keys():
        tc, pc = t.get(key, 0), p.get(key, 0)
        tp += min(tc, pc)
        fp += max(0, pc - tc)
        fn += max(0, tc - pc)
    total = tp + fp + fn
    exact = tokenize(truth) == tokenize(predicted)
    if total == 0:
        return PageScore(0.0, 0.0, 0.0, exact)
    return PageScore(tp / total, fp / total, fn / total, exact)


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def aggregate(scores: list[PageScore]) -> dict[str, float]:
    """Precision and recall averaged over scored pages; F1 of the averages; accuracy."""
    scored = [s for s in scores if s.scored]
    if not scored:
        return {"f1": 0.0, "precision": 0.0, "recall": 0.0, "accuracy": 0.0}
    p = sum(s.precision for s in scored) / len(scored)
    r = sum(s.recall for s in scored) / len(scored)
    acc = sum(s.exact for s in scores) / len(scores)
    return {"f1": _f1(p, r), "precision": p, "recall": r, "accuracy": acc}


def bootstrap_se(
    scores: list[PageScore], samples: int = BOOTSTRAP_SAMPLES, seed: int = 0
) -> dict[str, float]:
    """Standard error of each figure over page resamples (seeded: reruns agree)."""
    rng = random.Random(seed)
    n = len(scores)
    runs: dict[str, list[float]] = {}
    for _ in range(samples):
        sample = [scores[rng.randrange(n)] for _ in range(n)]
        for k, v in aggregate(sample).items():
            runs.setdefault(k, []).append(v)
    out = {}
    for k, vals in runs.items():
        mean = sum(vals) / len(vals)
        out[k] = (sum((v - mean) ** 2 for v in vals) / (len(vals) - 1)) ** 0.5
    return out


# --- The data -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Page:
    id: str
    url: str
    html: str
    truth: str


def data_digest(data: Path) -> str:
    """sha256 over the ground truth and every page, in name order: a changed set is reported."""
    h = hashlib.sha256()
    files = [data / "ground-truth.json", *sorted((data / "html").glob("*.html.gz"))]
    for f in files:
        h.update(f.name.encode())
        h.update(b"\0")
        h.update(f.read_bytes())
    return h.hexdigest()


def load_pages(data: Path) -> list[Page]:
    truth = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for page_id in sorted(truth):
        raw = gzip.decompress((data / "html" / f"{page_id}.html.gz").read_bytes())
        html = raw.decode("utf-8", errors="replace")
        pages.append(Page(page_id, truth[page_id]["url"], html, truth[page_id]["articleBody"]))
    return pages


# --- Extractors ---------------------------------------------------------------


def newstrace_body(page: Page) -> str | None:
    """The article body as newstrace defines it (``model.BODY_KINDS`` blocks)."""
    from newstrace.errors import NoArticle
    from newstrace.extract.html import extract_html
    from newstrace.model import BODY_KINDS

    try:
        # no URL on purpose: like plain trafilatura below, only the HTML is used
        extracted = extract_html(page.html, document=page.id)
    except NoArticle:
        return None
    return "\n\n".join(b.text for b in extracted.blocks if b.kind in BODY_KINDS)


def trafilatura_body(page: Page) -> str | None:
    """Plain ``trafilatura.extract(html)`` with its default options."""
    import trafilatura

    return trafilatura.extract(page.html)


EXTRACTORS: dict[str, Callable[[Page], str | None]] = {
    "newstrace": newstrace_body,
    "trafilatura": trafilatura_body,
}


@dataclass(slots=True)
class Run:
    name: str
    scores: list[PageScore]
    outputs: list[str | None]
    seconds: float

    def figures(self, with_se: bool = True) -> dict[str, float]:
        figs = aggregate(self.scores)
        if with_se:
            figs.update({f"{k}_se": v for k, v in bootstrap_se(self.scores).items()})
        figs["pages_per_s"] = len(self.scores) / self.seconds if self.seconds else 0.0
        figs["seconds"] = self.seconds
        return figs


def run(name: str, pages: Iterable[Page]) -> Run:
    fn = EXTRACTORS[name]
    pages = list(pages)
    fn(pages[0])  # warm-up: imports, lazy compiled XPaths; not what we time
    outputs: list[str | None] = []
    start = time.process_time()  # one core: CPU time is steadier than wall time here
    for page in pages:
        outputs.append(fn(page))
    seconds = time.process_time() - start
    scores = [score_page(p.truth, o) for p, o in zip(pages, outputs, strict=True)]
    return Run(name, scores, outputs, seconds)


# --- Reports ------------------------------------------------------------------


def table(runs: list[Run]) -> str:
    figs = {r.name: r.figures() for r in runs}
    rows = [
        "| extractor | F1 | precision | recall | accuracy | pages/s | time vs trafilatura |",
        "|---|---|---|---|---|---|---|",
    ]
    ref = figs.get("trafilatura", {}).get("seconds")
    for r in runs:
        f = figs[r.name]
        ratio = f"{f['seconds'] / ref:.2f}x" if ref else "-"
        rows.append(
            f"| {r.name} | {f['f1']:.3f} ± {f['f1_se']:.3f} | {f['precision']:.3f} "
            f"± {f['precision_se']:.3f} | {f['recall']:.3f} ± {f['recall_se']:.3f} "
            f"| {f['accuracy']:.3f} | {f['pages_per_s']:.1f} | {ratio} |"
        )
    return "\n".join(rows)


def worst(run_: Run, pages: list[Page], n: int) -> str:
    """The pages that lose most precision and most recall: where to look next."""
    lines = []
    for label, key in (("fp", lambda s: s.fp), ("fn", lambda s: s.fn)):
        lines.append(f"-- {run_.name}: top {n} by {label}")
        order = sorted(range(len(pages)), key=lambda i: key(run_.scores[i]), reverse=True)
        for i in order[:n]:
            s = run_.scores[i]
            lines.append(
                f"{pages[i].id[:12]} fp={s.fp:.3f} fn={s.fn:.3f} P={s.precision:.3f} "
                f"R={s.recall:.3f} {pages[i].url}"
            )
    return "\n".join(lines)


# --- Gate ---------------------------------------------------------------------


def load_baselines() -> dict:
    if BASELINES.exists():
        return json.loads(BASELINES.read_text(encoding="utf-8"))
    return {}


def gate(figures: dict[str, float], digest: str, baselines: dict) -> list[str]:
    """Failures (empty when the gate passes): a changed data set or a figure below its floor."""
    entry = baselines.get(BASELINE_KEY)
    if not entry:
        return [f"no floors pinned for {BASELINE_KEY} in {BASELINES}: run --pin first"]
    failures = []
    if entry.get("data_sha256") != digest:
        failures.append(
            f"evaluation data changed (sha256 {digest[:12]}… vs pinned "
            f"{str(entry.get('data_sha256'))[:12]}…): re-pin deliberately with --pin"
        )
    for key in GATED:
        floor = entry["floors"][key]
        if figures[key] < floor - TOLERANCE:
            failures.append(
                f"{key} {figures[key]:.4f} is below the pinned floor {floor:.4f} "
                f"by more than the tolerance {TOLERANCE}"
            )
    return failures


def pin(figures: dict[str, float], digest: str, baselines: dict, allow_lower: bool) -> list[str]:
    """Write the current figures as floors; refuse to lower one unless told to."""
    entry = baselines.get(BASELINE_KEY, {})
    old = entry.get("floors", {})
    lowered = [k for k in GATED if k in old and round(figures[k], 4) < old[k]]
    if lowered and not allow_lower:
        return [
            f"refusing to lower {k} floor {old[k]:.4f} -> {figures[k]:.4f} (use --allow-lower)"
            for k in lowered
        ]
    baselines[BASELINE_KEY] = {
        "data_sha256": digest,
        "pages": entry.get("pages"),
        "tolerance": TOLERANCE,
        "floors": {k: round(figures[k], 4) for k in GATED},
        "measured": {k: round(figures[k], 4) for k in ("f1", "precision", "recall", "accuracy")},
    }
    BASELINES.write_text(json.dumps(baselines, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return []


def _public(figures: dict[str, float], gating: bool) -> dict[str, float]:
    """The gate reports quality only: timing depends on the machine, not the code."""
    if not gating:
        return figures
    return {k: v for k, v in figures.items() if k not in ("pages_per_s", "seconds")}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="benchmark folder")
    ap.add_argument("--gate", action="store_true", help="fail if below the pinned floors")
    ap.add_argument("--pin", action="store_true", help="pin the current figures as floors")
    ap.add_argument("--allow-lower", action="store_true", help="let --pin lower a floor")
    ap.add_argument("--json", action="store_true", help="print figures as JSON")
    ap.add_argument("--worst", type=int, default=0, help="list the N worst pages")
    ap.add_argument("--only", choices=sorted(EXTRACTORS), help="run one extractor")
    args = ap.parse_args(argv)

    if not (args.data / "ground-truth.json").exists():
        print(f"benchmark data not found at {args.data} (use --data)", file=sys.stderr)
        return 2
    pages = load_pages(args.data)
    digest = data_digest(args.data)
    # the gate and pin need newstrace only: keep CI quick and free of the reference's timing
    names = ["newstrace"] if (args.gate or args.pin) else [args.only] if args.only else None
    runs = [run(n, pages) for n in (names or list(EXTRACTORS))]
    ours = next((r for r in runs if r.name == "newstrace"), None)

    status = 0
    messages: list[str] = []
    if (args.gate or args.pin) and ours is not None:
        figures = aggregate(ours.scores)
        baselines = load_baselines()
        if args.gate:
            failures = gate(figures, digest, baselines)
            messages += [f"GATE FAILED: {f}" for f in failures]
            if not failures:
                floors = baselines[BASELINE_KEY]["floors"]
                messages.append(
                    "gate passed: "
                    + ", ".join(f"{k} {figures[k]:.4f} (floor {floors[k]:.4f})" for k in GATED)
                )
            status = 1 if failures else 0
        else:
            baselines.setdefault(BASELINE_KEY, {})["pages"] = len(pages)
            refused = pin(figures, digest, baselines, args.allow_lower)
            messages += refused or [f"pinned floors in {BASELINES}"]
            status = 1 if refused else 0

    if args.json:
        out = {
            "data": str(args.data),
            "data_sha256": digest,
            "pages": len(pages),
            "extractors": {r.name: _public(r.figures(), args.gate or args.pin) for r in runs},
            "messages": messages,
        }
        print(json.dumps(out, indent=2, sort_keys=True))
    elif args.gate or args.pin:  # no timing in the gate: the machine's speed is not quality
        figs = aggregate(runs[0].scores)
        print(f"{len(pages)} pages from {args.data}")
        print("newstrace: " + ", ".join(f"{k} {v:.4f}" for k, v in figs.items()))
    else:
        print(f"{len(pages)} pages from {args.data}")
        print(table(runs))
        for r in runs:
            if args.worst:
                print(worst(r, pages, args.worst))
    if not args.json:
        for m in messages:
            print(m, file=sys.stderr if status else sys.stdout)
    return status


if __name__ == "__main__":
    sys.exit(main())
