"""The per-page work as one pure function, ``RawDocument -> Analysis``, and a batch runner.

Why a pure function: the local runner maps it over pages (and later a process
pool), and a distributed engine can be handed the very same function.  Every
stage is called through its public entry point; no stage reaches into another.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace

from newstrace.errors import NoArticle, PageError
from newstrace.extract.article import build_article
from newstrace.ingest.decode import decode_detailed
from newstrace.ingest.identity import content_hash, document_id
from newstrace.model import Analysis, RawDocument


def analyze(raw: RawDocument, *, published: str | None = None, nlp: bool = True) -> Analysis:
    """Read one page: decode, extract the article, then every finding with its evidence.

    ``published`` anchors a page that carries no date of its own (the page's
    own metadata wins when it has one).  ``nlp=False`` stops after extraction
    (what was set aside, title, date) for fast triage of large batches.
    """
    if published and not raw.published:
        raw = replace(raw, published=published)
    decoded = decode_detailed(raw.data, document=raw.source, media_type=raw.media_type)
    text = decoded.text
    if raw.media_type == "html":
        from newstrace.extract.html import extract_html

        page = extract_html(text, url=raw.url, document=raw.source)
    else:
        from newstrace.extract.text import extract_text

        page = extract_text(text, document=raw.source)
    if not any(b.kind in ("paragraph", "standfirst") for b in page.blocks):
        raise NoArticle(raw.source, "no paragraph of article text was found")
    digest = content_hash(text)
    article = build_article(
        page, raw, doc_id=document_id(text, raw.url), content_hash=digest
    )
    notes = (*decoded.warnings, *page.warnings)  # stored with the page, not only printed
    if not nlp:
        return Analysis(article=article, warnings=notes)
    from newstrace.analyze.findings import analyze_article

    return analyze_article(article, notes)


@dataclass(frozen=True, slots=True)
class Outcome:
    """What happened to one page of a batch."""

    source: str
    status: str  # "added" | "unchanged" | "analysed" | "error"
    analysis: Analysis | None = None
    error: PageError | None = None


def analyze_safely(item: RawDocument, published: str | None, nlp: bool) -> Analysis | PageError:
    """One page's analysis or its error, never an exception: what an engine maps."""
    try:
        return analyze(item, published=published, nlp=nlp)
    except PageError as exc:
        return exc
    except Exception as exc:  # a bug on one page must not end the batch
        return PageError(item.source, f"internal error: {type(exc).__name__}: {exc}")


def _analysed(
    items: Iterable[RawDocument | PageError], published: str | None, nlp: bool, workers: int
) -> Iterator[tuple[RawDocument | PageError, Analysis | PageError]]:
    """Pages paired with their analysis, in input order, on ``workers`` processes.

    At most ``2 * workers`` pages are in flight, so a stream of any length is
    read lazily and memory stays bounded.  Each worker loads the models once.
    """
    if workers <= 1:
        for item in items:
            yield item, item if isinstance(item, PageError) else analyze_safely(
                item, published, nlp
            )
        return
    from collections import deque
    from concurrent.futures import Future, ProcessPoolExecutor

    pending: deque[tuple[RawDocument | PageError, Future[Analysis | PageError] | None]] = deque()
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for item in items:
            future = None if isinstance(item, PageError) else pool.submit(
                analyze_safely, item, published, nlp
            )
            pending.append((item, future))
            while len(pending) > 2 * workers:
                first, done = pending.popleft()
                yield first, done.result() if done else first  # type: ignore[misc]
        while pending:
            first, done = pending.popleft()
            yield first, done.result() if done else first  # type: ignore[misc]


def run(
    items: Iterable[RawDocument | PageError],
    *,
    published: str | None = None,
    nlp: bool = True,
    store: Callable[[Analysis], str] | None = None,
    on_error: Callable[[PageError], None] | None = None,
    workers: int = 1,
) -> Iterator[Outcome]:
    """Analyse pages; a bad page yields an error outcome and the batch goes on.

    ``store`` (the ledger's) is called per page in this process, in input
    order, so what was stored stays stored whatever happens to the next page,
    and the ledger has one writer.  ``workers > 1`` analyses on a process pool
    (the pure function ``analyze`` mapped over the pages; an engine such as
    Dask can map the very same function).
    """
    for item, result in _analysed(items, published, nlp, workers):
        if isinstance(result, PageError):
            if on_error:
                on_error(result)
            source = item.document if isinstance(item, PageError) else item.source
            yield Outcome(source, "error", error=result)
            continue
        status = store(result) if store else "analysed"
        yield Outcome(item.source if isinstance(item, RawDocument) else "", status,
                      analysis=result)
