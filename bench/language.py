"""Language layer benchmark: speed and memory of newstrace's analysis against spaCy alone.

Why this script exists: the spaCy model is the one heavy thing newstrace runs,
and everything else the language layer does (normalising, entities, places,
times, quantities, claims, events) should cost little next to it.  The issue
sets two goals: the layer adds **at most 30 %** to the model's own time, and a
worker with both models loaded stays **under 1.5 GB**.  Absolute speeds depend
on the machine (shared and noisy), so every speed is also given as a ratio
against a baseline measured in the same process, interleaved with it:

1. *Corpus*: the repository's own pages, built into Articles exactly as
   newstrace builds them (``pipeline.analyze(raw, nlp=False)``: decode, extract,
   ``build_article``): ``samples/article_fr.txt`` and the French text fixtures,
   and the English pages of ``samples/zyte``.
2. *Speed*: per page language, the bare model (``nlp.pipe`` over the very blocks
   and texts ``parse_article`` parses, same model, same batch size) against
   ``analyze_article``, in interleaved pairs after a warm-up pair; medians, and
   the overhead as the median of the per-pair ratios (layer / bare - 1).
3. *Memory*: a fresh spawned process loads both models, then runs the layer on
   the corpus; peak resident memory after each step.
4. *Two cores*: the layer over ~200 pages with a process pool of 1 and of 2
   workers (models loaded once per worker, in the initializer).

Usage::

    python bench/language.py              # the table (about 2 minutes on 2 cores)
    python bench/language.py --quick      # a short run (fewer pairs, fewer pages)
    python bench/language.py --repeat 9   # more interleaved pairs, tighter medians
    python bench/language.py --json       # the same figures as JSON
    python bench/language.py --profile    # also: where the layer spends its own time

No figure here is asserted anywhere: timings are reported, never gated.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import gzip
import hashlib
import importlib.util
import inspect
import json
import multiprocessing
import os
import platform
import pstats
import resource
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newstrace.model import Article, RawDocument

if TYPE_CHECKING:
    from multiprocessing.synchronize import Barrier

    from spacy.tokens import Doc

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
TEXT_FIXTURES = ROOT / "tests" / "fixtures" / "text"
LANGUAGES = ("fr", "en")
#: The issue's goals.
OVERHEAD_GOAL = 0.30
RSS_GOAL_MB = 1536.0
#: How many pages the two-core run reads (the corpus repeated).
POOL_PAGES = 200
QUICK_POOL_PAGES = 40
#: The profile lists this many functions.
HOTSPOTS = 10


# --- The corpus -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Page:
    """One Article and the exact texts its parse gives the model, grouped by model language."""

    language: str
    article: Article
    groups: tuple[tuple[str, tuple[str, ...]], ...]
    """``(model language, normalised block texts)`` in ``parse_article``'s order."""

    @property
    def words(self) -> int:
        return sum(len(t.split()) for _, texts in self.groups for t in texts)

    @property
    def blocks(self) -> int:
        return sum(len(texts) for _, texts in self.groups)


@dataclass(slots=True)
class Corpus:
    pages: dict[str, list[Page]]
    built_with: str
    notes: list[str] = field(default_factory=list)

    def all_pages(self) -> list[Page]:
        """Every page, languages alternating, so a slice or a cycle mixes both models."""
        out: list[Page] = []
        queues = [list(self.pages[lang]) for lang in LANGUAGES]
        while any(queues):
            for q in queues:
                if q:
                    out.append(q.pop(0))
        return out


def _raw_documents() -> Iterator[tuple[str, RawDocument]]:
    """``(wanted language, page)`` for every page the corpus may use, read as ingest reads them."""
    paths: list[tuple[str, Path]] = [("fr", SAMPLES / "article_fr.txt")]
    paths += [("fr", p) for p in sorted(TEXT_FIXTURES.glob("*.txt"))]
    paths += [("en", p) for p in sorted((SAMPLES / "zyte").glob("*.html.gz"))]
    for lang, path in paths:
        if not path.is_file():
            continue
        if path.name.endswith(".gz"):
            with gzip.open(path, "rb") as fh:
                data = fh.read()
        else:
            data = path.read_bytes()
        media = "text" if path.suffix == ".txt" else "html"
        yield lang, RawDocument(source=str(path.relative_to(ROOT)), data=data, media_type=media)


def _article_fallback(raw: RawDocument) -> Article:
    """Extractor + ``build_article`` by hand, for when ``pipeline``/``ingest`` do not import.

    Without ``extract.html`` the page goes through ``trafilatura.extract`` and the
    text extractor: its blocks are then not quite the ones newstrace would read.
    """
    from newstrace.extract.article import build_article
    from newstrace.extract.text import extract_text

    text = raw.data.decode("utf-8", errors="replace")
    if raw.media_type == "html":
        try:
            from newstrace.extract.html import extract_html

            page = extract_html(text, document=raw.source)
        except ImportError:
            import trafilatura

            page = extract_text(trafilatura.extract(text) or "", document=raw.source)
    else:
        page = extract_text(text, document=raw.source)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return build_article(page, raw, doc_id=digest[:16], content_hash=digest)


def _model_texts(article: Article) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The blocks and texts ``parse_article`` hands the model, grouped the same way.

    Written from ``nlp/parse.py`` (kinds parsed, repeated captions skipped,
    a block in a language without a model read with the page's model);
    ``check_texts`` verifies it against the real parse at warm-up.
    """
    from newstrace.nlp.models import available
    from newstrace.nlp.normalize import normalize
    from newstrace.nlp.parse import PARSED_KINDS

    groups: dict[str, list[str]] = defaultdict(list)
    for b in article.blocks:
        if b.kind not in PARSED_KINDS or (b.kind == "caption" and b.duplicate_of):
            continue
        lang = b.language if b.language and available(b.language) else article.language
        if lang:
            groups[lang].append(normalize(b.text).text)
    return tuple((lang, tuple(texts)) for lang, texts in groups.items())


def load_corpus() -> Corpus:
    """French and English Articles from the repository, each page once (by content)."""
    try:
        from newstrace.pipeline import analyze

        def build(raw: RawDocument) -> Article:
            return analyze(raw, nlp=False).article

        built_with = "pipeline.analyze(raw, nlp=False)"
    except ImportError as exc:
        build = _article_fallback
        built_with = f"extractor + build_article (pipeline does not import: {exc})"
    corpus = Corpus(pages={lang: [] for lang in LANGUAGES}, built_with=built_with)
    seen: set[str] = set()
    for wanted, raw in _raw_documents():
        try:
            article = build(raw)
        except Exception as exc:  # one bad page leaves the rest of the corpus
            corpus.notes.append(f"skipped {raw.source}: {type(exc).__name__}: {exc}")
            continue
        if article.language != wanted:
            # Zyte pages in Korean or Portuguese, fixtures in German or Spanish...
            continue
        key = article.content_hash or hashlib.sha256(article.source_text.encode()).hexdigest()
        if key in seen:
            corpus.notes.append(f"skipped {raw.source}: same text as an earlier page")
            continue
        seen.add(key)
        corpus.pages[wanted].append(Page(wanted, article, _model_texts(article)))
    return corpus


# --- What is timed ------------------------------------------------------------------


def _batch_size() -> int:
    """``parse_article``'s own batch size, so the bare run cannot drift from it."""
    from newstrace.nlp.parse import parse_article

    return int(inspect.signature(parse_article).parameters["batch_size"].default)


def run_bare(pages: list[Page], batch_size: int) -> None:
    """The model alone: one ``nlp.pipe`` per page and model language, as ``parse_article``."""
    from newstrace.nlp.models import pipeline

    for page in pages:
        for lang, texts in page.groups:
            nlp = pipeline(lang)
            if nlp is not None:
                for _ in nlp.pipe(texts, batch_size=batch_size):
                    pass


def run_layer(pages: list[Page]) -> int:
    """The whole language layer; returns the number of findings (keeps the work observable)."""
    from newstrace.analyze.findings import analyze_article

    n = 0
    for page in pages:
        a = analyze_article(page.article)
        n += len(a.entities) + len(a.places) + len(a.times) + len(a.quantities) + len(a.claims)
    return n


def check_texts(pages: list[Page]) -> list[str]:
    """Warm the models with the real ``parse_article`` and check the bare run reads the same.

    A difference would make the overhead figure meaningless, so it is reported.
    """
    from newstrace.nlp.parse import parse_article

    problems = []
    for page in pages:
        parsed = sorted(pb.norm.text for pb in parse_article(page.article) if pb.doc is not None)
        ours = sorted(t for _, texts in page.groups for t in texts)
        if parsed != ours:
            problems.append(f"{page.article.source}: bare texts differ from parse_article's")
    return problems


def _timed(fn: Callable[[], Any]) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


@dataclass(frozen=True, slots=True)
class Speed:
    language: str
    pages: int
    words: int
    bare: list[float]
    layer: list[float]

    @property
    def bare_s(self) -> float:
        return statistics.median(self.bare)

    @property
    def layer_s(self) -> float:
        return statistics.median(self.layer)

    @property
    def ratios(self) -> list[float]:
        """Per pair: both runs shared the machine's state, so their ratio is the robust figure."""
        return [lay / bare for bare, lay in zip(self.bare, self.layer, strict=True)]

    @property
    def overhead(self) -> float:
        return statistics.median(self.ratios) - 1.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "pages": self.pages,
            "words": self.words,
            "bare_s": round(self.bare_s, 4),
            "layer_s": round(self.layer_s, 4),
            "bare_words_per_s": round(self.words / self.bare_s, 1),
            "layer_words_per_s": round(self.words / self.layer_s, 1),
            "bare_pages_per_s": round(self.pages / self.bare_s, 3),
            "layer_pages_per_s": round(self.pages / self.layer_s, 3),
            "overhead": round(self.overhead, 4),
            "overhead_min": round(min(self.ratios) - 1.0, 4),
            "overhead_max": round(max(self.ratios) - 1.0, 4),
            "bare_runs_s": [round(t, 4) for t in self.bare],
            "layer_runs_s": [round(t, 4) for t in self.layer],
        }


def measure_speed(pages: list[Page], language: str, pairs: int, batch_size: int) -> Speed:
    """Interleaved pairs after one warm-up pair; the order inside a pair alternates (ABBA).

    Alternating cancels what running second gains or loses (warm caches, a
    neighbour's load that grows or fades) instead of charging it to one side.
    """
    run_bare(pages, batch_size)
    run_layer(pages)
    bare, layer = [], []
    for i in range(pairs):
        if i % 2 == 0:
            bare.append(_timed(lambda: run_bare(pages, batch_size)))
            layer.append(_timed(lambda: run_layer(pages)))
        else:
            layer.append(_timed(lambda: run_layer(pages)))
            bare.append(_timed(lambda: run_bare(pages, batch_size)))
    return Speed(language, len(pages), sum(p.words for p in pages), bare, layer)


# --- Where the layer spends its own time -------------------------------------------


class _ParsedAlready:
    """Stands in for a spaCy pipeline in ``parse_article``: hands back Docs parsed beforehand.

    Profiling with the model's parse taken out leaves exactly the layer's own
    work (normalising, analyzers, and any extra spaCy call an analyzer makes).
    """

    def __init__(self, docs: dict[str, list[Doc]]) -> None:
        self._docs = docs

    def pipe(self, texts: list[str], batch_size: int = 64) -> Iterator[Doc]:
        for text in texts:
            yield self._docs[text].pop(0)


def profile_layer(pages: list[Page]) -> dict[str, Any]:
    """cProfile one pass of the layer over ``pages``, with the model's own parse set aside."""
    from newstrace.analyze.findings import analyze_article
    from newstrace.nlp import parse as parse_module
    from newstrace.nlp.models import pipeline

    docs: dict[str, dict[str, list[Doc]]] = defaultdict(lambda: defaultdict(list))
    for page in pages:
        for lang, texts in page.groups:
            nlp = pipeline(lang)
            if nlp is not None:
                for text, doc in zip(texts, nlp.pipe(texts), strict=True):
                    docs[lang][text].append(doc)
    stand_ins = {lang: _ParsedAlready(d) for lang, d in docs.items()}
    real = parse_module.pipeline
    parse_module.pipeline = lambda lang: stand_ins.get(lang) or real(lang)  # type: ignore[assignment]
    prof = cProfile.Profile()
    try:
        t0 = time.perf_counter()
        prof.enable()
        for page in pages:
            analyze_article(page.article)
        prof.disable()
        total = time.perf_counter() - t0
    finally:
        parse_module.pipeline = real
    stats = pstats.Stats(prof).stats  # type: ignore[attr-defined]
    rows = []
    for (filename, line, name), (_cc, ncalls, tottime, cumtime, _callers) in stats.items():
        if "newstrace" not in filename or name == "analyze_article":
            continue
        where = filename.split("newstrace/", 1)[-1]
        rows.append({"function": f"{where}:{line}({name})", "calls": ncalls,
                     "own_s": round(tottime, 4), "cumulative_s": round(cumtime, 4)})
    rows.sort(key=lambda r: -r["cumulative_s"])
    # The same time by stage: what analyze_article itself calls (parse, entities, claims...).
    stages: dict[str, float] = defaultdict(float)
    for (_f, _l, name), (_cc, _nc, _tt, _ct, callers) in stats.items():
        for (_cf, _cl, caller), (_, _, _, ct) in callers.items():
            if caller == "analyze_article":
                stages[name] += ct
    by_stage = {k: round(v, 4) for k, v in sorted(stages.items(), key=lambda kv: -kv[1])}
    return {"layer_without_model_s": round(total, 4), "by_stage": by_stage,
            "hotspots": rows[:HOTSPOTS]}


# --- Memory and worker processes ------------------------------------------------------


def _peak_rss_mb() -> float:
    """Peak resident memory of this process's own address space, in MB.

    ``VmHWM`` rather than ``ru_maxrss``: on Linux a spawned child's ``ru_maxrss``
    keeps its parent's peak across the fork and exec that started it, so a
    fresh worker would report the benchmark's own size.  ``ru_maxrss`` is the
    fallback where ``/proc`` is missing.
    """
    with contextlib.suppress(OSError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / scale


def _load_models() -> list[str]:
    from newstrace.nlp.models import pipeline

    return [lang for lang in LANGUAGES if pipeline(lang) is not None]


def memory_probe(articles: list[Article], passes: int) -> dict[str, float]:
    """Run in a fresh process: peak memory with newstrace imported, models loaded, layer run."""
    import newstrace.analyze.findings  # noqa: F401  (the layer's code and lexicons' loader)

    out = {"imported_mb": _peak_rss_mb()}
    _load_models()
    out["models_mb"] = _peak_rss_mb()
    from newstrace.analyze.findings import analyze_article

    for _ in range(passes):
        for article in articles:
            analyze_article(article)
    out["layer_mb"] = _peak_rss_mb()
    return out


def measure_memory(corpus: Corpus, passes: int) -> dict[str, float]:
    ctx = multiprocessing.get_context("spawn")
    articles = [p.article for p in corpus.all_pages()]
    with ProcessPoolExecutor(max_workers=1, mp_context=ctx) as pool:
        out = pool.submit(memory_probe, articles, passes).result()
    out["layer_share_mb"] = out["layer_mb"] - out["models_mb"]
    out["passes"] = passes
    return out


def _init_worker(barrier: Barrier, warm: list[Article]) -> None:
    """Load both models once, warm the layer (lexicons, gazetteer), then wait for the others.

    The barrier keeps start-up out of the timed run: no worker takes a page
    before every worker is ready.
    """
    from newstrace.analyze.findings import analyze_article

    _load_models()
    for article in warm:
        analyze_article(article)
    barrier.wait()


def _ping() -> int:
    return os.getpid()


def _analyze_page(article: Article) -> tuple[int, float, float]:
    """One page in a worker; returns the worker, its peak memory and CPU seconds, not the Analysis.

    A real worker stores its Analysis in the ledger; shipping it back to the
    parent would time pickling, not the layer.
    """
    from newstrace.analyze.findings import analyze_article

    t0 = time.process_time()
    analyze_article(article)
    return os.getpid(), _peak_rss_mb(), time.process_time() - t0


def measure_pool(pages: list[Page], workers: int, warm: list[Article]) -> dict[str, Any]:
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(workers)
    articles = [p.article for p in pages]
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_init_worker,
                             initargs=(barrier, warm)) as pool:
        # A spawn pool starts a worker per submit that finds none idle, and none is idle
        # before the barrier opens: one ping per worker starts them all, and any answer
        # means every worker is ready.
        for ping in [pool.submit(_ping) for _ in range(workers)]:
            ping.result()
        t0 = time.perf_counter()
        results = list(pool.map(_analyze_page, articles, chunksize=1))
        elapsed = time.perf_counter() - t0
    peaks: dict[int, float] = {}
    for pid, mb, _cpu in results:
        peaks[pid] = max(mb, peaks.get(pid, 0.0))
    cpu = sum(r[2] for r in results)
    return {
        "workers": workers,
        "pages": len(pages),
        "words": sum(p.words for p in pages),
        "seconds": round(elapsed, 3),
        "pages_per_s": round(len(pages) / elapsed, 3),
        "words_per_s": round(sum(p.words for p in pages) / elapsed, 1),
        "peak_rss_per_worker_mb": round(max(peaks.values()), 1),
        "workers_used": len(peaks),
        # Below ~90 %, the workers waited: for a core another program held, or for pages.
        "cpu_busy": round(cpu / (workers * elapsed), 3),
        "load_before": round(load, 2),
    }


# --- Report -----------------------------------------------------------------------


def _model_name(lang: str) -> str:
    """The model ``nlp.models.pipeline`` picks: the first configured one that is installed."""
    from newstrace.nlp.models import model_names, pipeline

    nlp = pipeline(lang)
    for name in model_names(lang):
        if importlib.util.find_spec(name) is not None:
            return f"{name} {nlp.meta.get('version', '')}".strip() if nlp else name
    return "none"


def _cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def run(args: argparse.Namespace) -> dict[str, Any]:
    try:
        import newstrace.analyze.findings
    except ImportError as exc:
        sys.exit(f"the language layer does not import ({exc}): nothing to measure")
    import spacy

    import newstrace

    pairs = args.repeat if args.repeat else (2 if args.quick else 5)
    pool_pages = QUICK_POOL_PAGES if args.quick else POOL_PAGES
    passes = 1 if args.quick else 2
    batch_size = _batch_size()
    corpus = load_corpus()
    report: dict[str, Any] = {
        "versions": {"newstrace": newstrace.__version__, "spacy": spacy.__version__,
                     "python": platform.python_version()},
        "cpus": _cpus(),
        "goals": {"overhead_max": OVERHEAD_GOAL, "rss_max_mb": RSS_GOAL_MB},
        "corpus": {"built_with": corpus.built_with, "notes": corpus.notes},
        "pairs": pairs,
        "batch_size": batch_size,
    }
    for lang in LANGUAGES:
        pages = corpus.pages[lang]
        report["corpus"][lang] = {"pages": len(pages), "words": sum(p.words for p in pages),
                                  "blocks": sum(p.blocks for p in pages),
                                  "model": _model_name(lang)}
    corpus.notes.extend(check_texts(corpus.all_pages()))

    speeds = [measure_speed(corpus.pages[lang], lang, pairs, batch_size)
              for lang in LANGUAGES if corpus.pages[lang]]
    report["speed"] = {s.language: s.as_dict() for s in speeds}
    # Both languages together: the sum of each run's pair, so the ratio stays paired.
    both = Speed("all", sum(s.pages for s in speeds), sum(s.words for s in speeds),
                 [sum(x) for x in zip(*(s.bare for s in speeds), strict=True)],
                 [sum(x) for x in zip(*(s.layer for s in speeds), strict=True)])
    report["speed"]["all"] = both.as_dict()

    if args.profile:
        report["profile"] = profile_layer(corpus.all_pages())

    report["memory"] = measure_memory(corpus, passes)

    cycle = corpus.all_pages()
    pool_set = [cycle[i % len(cycle)] for i in range(pool_pages)]
    warm = [corpus.pages[lang][0].article for lang in LANGUAGES if corpus.pages[lang]]
    one = measure_pool(pool_set, 1, warm)
    two = measure_pool(pool_set, 2, warm)
    report["pool"] = {"one": one, "two": two,
                      "speed_up": round(one["seconds"] / two["seconds"], 3)}
    return report


def _pct(x: float) -> str:
    return f"{x * 100:+.0f} %"


def render(r: dict[str, Any]) -> str:
    v = r["versions"]
    out = [f"Language layer benchmark: newstrace {v['newstrace']}, spaCy {v['spacy']}, "
           f"Python {v['python']}, {r['cpus']} CPUs", ""]
    c = r["corpus"]
    out.append(f"Corpus (Articles built with {c['built_with']})")
    out.append(f"  {'lang':<5}{'pages':>6}{'words':>8}{'blocks':>8}  model")
    for lang in LANGUAGES:
        x = c[lang]
        out.append(f"  {lang:<5}{x['pages']:>6}{x['words']:>8}{x['blocks']:>8}  {x['model']}")
    out += [f"  note: {n}" for n in c["notes"]]
    out.append("")
    out.append(f"Speed: bare model (nlp.pipe, batch {r['batch_size']}) vs analyze_article, "
               f"median of {r['pairs']} interleaved pairs after a warm-up pair")
    out.append(f"  {'lang':<5}{'bare w/s':>10}{'pages/s':>9}{'layer w/s':>11}{'pages/s':>9}"
               f"{'overhead':>10}{'(pairs min..max)':>19}   goal <= {OVERHEAD_GOAL:.0%}")
    for lang, s in r["speed"].items():
        verdict = "ok" if s["overhead"] <= OVERHEAD_GOAL else "OVER"
        spread = f"{_pct(s['overhead_min'])}..{_pct(s['overhead_max'])}"
        out.append(f"  {lang:<5}{s['bare_words_per_s']:>10.0f}{s['bare_pages_per_s']:>9.2f}"
                   f"{s['layer_words_per_s']:>11.0f}{s['layer_pages_per_s']:>9.2f}"
                   f"{_pct(s['overhead']):>10}{spread:>19}   {verdict}")
    if "profile" in r:
        p = r["profile"]
        out.append("")
        out.append(f"Profile: the layer's own work (model parse set aside, cProfile on): "
                   f"{p['layer_without_model_s']:.2f} s over the corpus; top {HOTSPOTS} "
                   "newstrace functions by cumulative time")
        out.append("  (cProfile slows pure-Python code two to three times: read the shares)")
        stages = ", ".join(f"{k} {v:.2f}" for k, v in p["by_stage"].items() if v >= 0.005)
        out.append(f"  by stage (s): {stages}")
        out.append(f"  {'cum s':>7}{'own s':>8}{'calls':>9}  function")
        for h in p["hotspots"]:
            out.append(f"  {h['cumulative_s']:>7.3f}{h['own_s']:>8.3f}{h['calls']:>9}  "
                       f"{h['function']}")
    elif r["speed"]["all"]["overhead"] > OVERHEAD_GOAL:
        out.append("  (overhead above the goal: run with --profile to see where it goes)")
    m = r["memory"]
    out.append("")
    out.append("Memory: one fresh spawned process, peak resident (VmHWM)")
    out.append(f"  newstrace's layer imported      {m['imported_mb']:>7.0f} MB")
    out.append(f"  + fr and en models loaded       {m['models_mb']:>7.0f} MB")
    verdict = "ok" if m["layer_mb"] < RSS_GOAL_MB else "OVER"
    out.append(f"  + layer over the corpus x{m['passes']}     {m['layer_mb']:>7.0f} MB   "
               f"(layer's share {m['layer_share_mb']:+.0f} MB)   goal < {RSS_GOAL_MB:.0f} MB "
               f"{verdict}")
    p1, p2 = r["pool"]["one"], r["pool"]["two"]
    out.append("")
    out.append(f"Two cores: ProcessPoolExecutor over {p1['pages']} pages ({p1['words']} words), "
               "models loaded once per worker")
    out.append(f"  {'workers':<9}{'seconds':>8}{'pages/s':>9}{'words/s':>9}"
               f"{'peak RSS/worker':>17}{'CPU busy':>10}{'load before':>13}")
    for p in (p1, p2):
        out.append(f"  {p['workers']:<9}{p['seconds']:>8.1f}{p['pages_per_s']:>9.2f}"
                   f"{p['words_per_s']:>9.0f}{p['peak_rss_per_worker_mb']:>14.0f} MB"
                   f"{p['cpu_busy']:>10.0%}{p['load_before']:>13.2f}")
    su = r["pool"]["speed_up"]
    out.append(f"  speed-up x{su:.2f} with 2 workers (efficiency {su / 2:.0%}); CPU busy is the "
               "workers' CPU time / (workers x wall time): low means the cores were not ours")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--repeat", type=int, default=0, metavar="N",
                        help="interleaved bare/layer pairs per language (default 5, quick 2)")
    parser.add_argument("--quick", action="store_true",
                        help="a short run: 2 pairs, 40 pages in the pool runs, one memory pass")
    parser.add_argument("--profile", action="store_true",
                        help="cProfile the layer's own work and list its hotspots")
    args = parser.parse_args(argv)
    report = run(args)
    print(json.dumps(report, indent=2) if args.json else render(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
