"""How story clustering scales: synthetic fingerprints at 1k, 10k and 100k pages.

Clustering must stay near-linear in the number of pages: a page is compared with
the stories found through its rarest keys and its MinHash bands, never with the
whole ledger.  This builds synthetic pages (stories of 1 to 12 pages over 120 days,
each page drawing most of its keys from its story's keys plus noise and a pool of
common keys, a vector near its story's centroid, its own shingles), adds them one
by one to a :class:`~newstrace.corpus.stories.StoryIndex`, and prints the time per
1,000 pages at each size, pages/s, peak memory, B-cubed F1 against the generated
truth (a sanity check, not a quality figure), and the ratios between sizes
(near-linear means ratios near 10 for sizes ten times apart).

    python bench/corpus_scale.py [--sizes 1000 10000 100000]
"""

from __future__ import annotations

import argparse
import gc
import random
import time

import numpy as np

from newstrace.corpus.signature import NUM_PERM
from newstrace.corpus.stories import StoryIndex
from newstrace.model import Fingerprint

DAY0 = 739_000
COMMON = [f"e:common{i}" for i in range(40)]  # the United States, Russia... in every story


def _rss_mb() -> float:
    """Resident memory now (Linux /proc), so the index's growth can be read without the
    slowdown tracemalloc adds to every allocation."""
    with open("/proc/self/statm", encoding="ascii") as fh:
        return int(fh.read().split()[1]) * 4096 / 2**20


def synthetic(n: int, seed: int = 1) -> tuple[list[Fingerprint], dict[str, int]]:
    rng = random.Random(seed)
    nprng = np.random.default_rng(seed)
    pages: list[Fingerprint] = []
    truth: dict[str, int] = {}
    story = 0
    while len(pages) < n:
        size = min(n - len(pages), rng.choice([1, 1, 1, 2, 3, 4, 6, 12]))
        keys = [f"e:s{story}k{i}" for i in range(rng.randint(6, 14))]
        keys += [f"n:{rng.randint(100, 10**6)}" for _ in range(2)]
        centre = nprng.normal(size=256)
        centre /= np.linalg.norm(centre)
        day = DAY0 + rng.randint(0, 120)
        for j in range(size):
            doc = f"{story:07d}{j:03d}"
            own = set(rng.sample(keys, k=max(3, int(len(keys) * 0.7))))
            own |= set(rng.sample(COMMON, k=4)) | {f"w:noise{rng.randint(0, 10**7)}"}
            vec = centre + nprng.normal(scale=0.6, size=256) / 16
            vec = (vec / np.linalg.norm(vec)).astype(np.float32)
            minhash = nprng.integers(0, 2**32, size=NUM_PERM, dtype=np.uint64).astype(
                "<u4").tobytes()
            pages.append(Fingerprint(document=doc, language=rng.choice(["en", "fr", "es"]),
                                     day_lo=day + j % 3, day_hi=day + j % 3,
                                     keys=frozenset(own), minhash=minhash, vector=vec))
            truth[doc] = story
        story += 1
    rng.shuffle(pages)
    pages.sort(key=lambda p: p.day_lo or 0)  # a ledger grows roughly in time order
    return pages, truth


def bcubed_f1(truth: dict[str, int], found: dict[str, str]) -> float:
    by_t: dict[int, set[str]] = {}
    by_f: dict[str, set[str]] = {}
    for d in truth:
        by_t.setdefault(truth[d], set()).add(d)
        by_f.setdefault(found[d], set()).add(d)
    p = sum(len(by_f[found[d]] & by_t[truth[d]]) / len(by_f[found[d]]) for d in truth)
    r = sum(len(by_f[found[d]] & by_t[truth[d]]) / len(by_t[truth[d]]) for d in truth)
    p, r = p / len(truth), r / len(truth)
    return 2 * p * r / (p + r)


def run(n: int) -> dict[str, float]:
    pages, truth = synthetic(n)
    gc.collect()
    before = _rss_mb()
    index = StoryIndex()
    start = time.perf_counter()
    for fp in pages:
        index.add(fp)
    seconds = time.perf_counter() - start
    peak = _rss_mb() - before
    found = {d: index.story_of(d) or "" for d in truth}
    return {"pages": n, "seconds": seconds, "per_1k": seconds / n * 1000,
            "pages_per_s": n / seconds, "peak_mb": peak,
            "bcubed_f1": bcubed_f1(truth, found)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000, 100_000])
    args = ap.parse_args()
    rows = [run(n) for n in args.sizes]
    print(f"{'pages':>8} {'seconds':>9} {'s/1k pages':>11} {'pages/s':>9} {'+RSS MB':>9} "
          f"{'B3 F1':>7} {'x prev':>7}")
    prev = None
    for row in rows:
        ratio = f"{row['seconds'] / prev['seconds']:7.1f}" if prev else f"{'':>7}"
        print(f"{row['pages']:>8} {row['seconds']:9.2f} {row['per_1k']:11.3f} "
              f"{row['pages_per_s']:9.0f} {row['peak_mb']:9.1f} {row['bcubed_f1']:7.3f} {ratio}")
        prev = row
    print("near-linear: 'x prev' close to the size ratio (10), not its square (100)")


if __name__ == "__main__":
    main()
