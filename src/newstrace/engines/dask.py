"""Large corpora on Dask: the per-page analysis mapped over partitions of input files.

Why Dask: it is a maintained engine that runs the same code on a laptop's
cores or on a cluster (``dask.distributed``), reads partitions lazily, and
needs nothing of us but a picklable function.  Each partition is a handful of
input files (HTML, text, JSONL, WARC, feeds): a worker reads them with the
usual readers, analyses every page, and writes one JSON Lines file of results
(the JSON contract, or the page's error).  ``newstrace load`` then stores those
files in the ledger with one writer and clusters the new pages into stories.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newstrace.errors import PageError
from newstrace.ingest.readers import iter_documents
from newstrace.output import analysis_dict
from newstrace.pipeline import analyze_safely


@dataclass(frozen=True, slots=True)
class BatchResult:
    """What a Dask run wrote: result files and page counts."""

    files: tuple[str, ...]
    pages: int
    errors: int


def result_lines(paths: Sequence[str], published: str | None, nlp: bool) -> Iterator[str]:
    """One JSON line per page of ``paths``: ``{"analysis": ...}`` or ``{"error": ...}``."""
    for item in iter_documents(paths):
        result = item if isinstance(item, PageError) else analyze_safely(item, published, nlp)
        if isinstance(result, PageError):
            yield json.dumps({"error": {"document": result.document, "code": result.code,
                                        "message": result.message}}, ensure_ascii=False)
        else:
            yield json.dumps({"analysis": analysis_dict(result)}, ensure_ascii=False)


def _partition(files: list[str], out: str, index: int, published: str | None,
               nlp: bool) -> dict[str, Any]:
    target = Path(out) / f"part-{index:05d}.jsonl"
    pages = errors = 0
    tmp = target.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        for line in result_lines(files, published, nlp):
            pages += 1
            errors += line.startswith('{"error"')
            fh.write(line + "\n")
    tmp.replace(target)  # a partition's file appears whole or not at all
    return {"file": str(target), "pages": pages, "errors": errors}


def _inputs(paths: Sequence[str]) -> list[str]:
    """Input files, expanded from folders, so that partitions split the work evenly."""
    files: list[str] = []
    for p in paths:
        path = Path(p)
        if path.is_dir():
            files.extend(str(f) for f in sorted(path.rglob("*"))
                         if f.is_file() and not any(part.startswith(".") for part in
                                                    f.relative_to(path).parts))
        else:
            files.append(p)
    return files


def analyze_to_files(
    paths: Sequence[str],
    out: str | Path,
    *,
    published: str | None = None,
    nlp: bool = True,
    files_per_partition: int = 8,
    scheduler: str | None = None,
) -> BatchResult:
    """Analyse every page under ``paths`` on Dask and write JSON Lines results to ``out``.

    ``scheduler``: ``None`` or ``"processes"`` for local processes,
    ``"synchronous"`` for one thread (debugging, tests), or the address of a
    ``dask.distributed`` scheduler (``tcp://host:8786``).
    """
    import dask.bag as db

    Path(out).mkdir(parents=True, exist_ok=True)
    files = _inputs(paths)
    chunks = [files[i : i + files_per_partition]
              for i in range(0, len(files), files_per_partition)]
    bag = db.from_sequence(list(enumerate(chunks)), npartitions=max(1, len(chunks)))
    work = bag.map(lambda job: _partition(job[1], str(out), job[0], published, nlp))
    if scheduler and "://" in scheduler:
        from dask.distributed import Client  # the distributed extra, when a cluster is used

        with Client(scheduler):
            done = work.compute()
    else:
        done = work.compute(scheduler=scheduler or "processes")
    return BatchResult(
        files=tuple(d["file"] for d in done),
        pages=sum(d["pages"] for d in done),
        errors=sum(d["errors"] for d in done),
    )


def read_results(folder: str | Path) -> Iterator[dict[str, Any]]:
    """Every result line a run wrote under ``folder`` (part files in order)."""
    for part in sorted(Path(folder).glob("part-*.jsonl")):
        with part.open(encoding="utf-8") as fh:
            for number, line in enumerate(fh, 1):
                if line.strip():
                    try:
                        yield json.loads(line)
                    except json.JSONDecodeError:
                        yield {"error": {"document": f"{part}:{number}", "code": "E000",
                                         "message": "unreadable result line"}}
