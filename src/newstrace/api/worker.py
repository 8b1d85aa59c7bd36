"""The write path: pages posted to the API are queued here and analysed off the request path.

Why a worker thread: analysing a page loads spaCy and takes seconds; a request
must answer at once (202, with where to look).  One thread owns the writes, so
the ledger keeps one writer, as with ``newstrace ingest``; it opens its own
SQLite connection (connections are not shared across threads).  The queue is in
memory and bounded: pages still waiting when the server stops are lost, and the
client can see that from the job's status (an unknown job after a restart).
"""

from __future__ import annotations

import logging
import queue
import threading
import uuid
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal

from newstrace.errors import PageError
from newstrace.model import RawDocument

log = logging.getLogger("newstrace.api")

JobStatus = Literal["queued", "running", "done", "failed"]


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass
class Job:
    """One POST's work: a page given whole, or URLs to fetch; what became of it."""

    id: str
    kind: Literal["page", "urls"]
    inputs: list[str]
    status: JobStatus = "queued"
    submitted_at: str = field(default_factory=_now)
    finished_at: str | None = None
    documents: list[dict[str, str]] = field(default_factory=list)
    errors: list[dict[str, str]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "kind": self.kind, "status": self.status, "inputs": self.inputs,
            "submitted_at": self.submitted_at, "finished_at": self.finished_at,
            "documents": self.documents, "errors": self.errors,
            "href": f"/api/jobs/{self.id}",
        }


@dataclass(frozen=True)
class _Work:
    job: Job
    pages: tuple[RawDocument, ...] = ()
    urls: tuple[str, ...] = ()
    nlp: bool = True


class QueueFull(Exception):
    """More pages are waiting than the queue holds: the client should retry later."""


class Worker:
    """A background thread that analyses queued pages, stores them and updates stories.

    ``fetch`` turns URLs into pages (or errors) and is called in the worker
    thread only; by default :func:`newstrace.ingest.readers.iter_documents`,
    which refuses private and loopback addresses (a server must not fetch into
    its own network for whoever posts a URL).
    """

    def __init__(self, db_path: str, *, max_queue: int = 1000, keep_jobs: int = 1000,
                 fetch: Callable[[list[str]], Iterable[RawDocument | PageError]] | None = None,
                 ) -> None:
        self.db_path = db_path
        self._queue: queue.Queue[_Work | None] = queue.Queue(maxsize=max_queue)
        self._jobs: OrderedDict[str, Job] = OrderedDict()
        self._keep = keep_jobs
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._fetch = fetch
        self.processed = 0

    # -- the request side -----------------------------------------------------------
    def _submit(self, work: _Work) -> Job:
        with self._lock:
            try:
                self._queue.put_nowait(work)
            except queue.Full:
                raise QueueFull(f"{self._queue.maxsize} jobs are already waiting") from None
            self._jobs[work.job.id] = work.job
            while len(self._jobs) > self._keep:
                oldest = next(iter(self._jobs))
                if self._jobs[oldest].status in ("queued", "running"):
                    break
                self._jobs.popitem(last=False)
        return work.job

    def submit_page(self, page: RawDocument, *, nlp: bool = True) -> Job:
        job = Job(id=uuid.uuid4().hex[:16], kind="page", inputs=[page.url or page.source])
        return self._submit(_Work(job=job, pages=(page,), nlp=nlp))

    def submit_urls(self, urls: list[str], *, nlp: bool = True) -> Job:
        job = Job(id=uuid.uuid4().hex[:16], kind="urls", inputs=list(urls))
        return self._submit(_Work(job=job, urls=tuple(urls), nlp=nlp))

    def job(self, job_id: str) -> dict[str, Any] | None:
        with self._lock:
            found = self._jobs.get(job_id)
            return found.as_dict() if found else None

    def status(self) -> dict[str, Any]:
        with self._lock:
            counts: dict[str, int] = {}
            for j in self._jobs.values():
                counts[j.status] = counts.get(j.status, 0) + 1
        return {"running": self.alive, "waiting": self._queue.qsize(), "jobs": counts,
                "pages_processed": self.processed}

    @property
    def alive(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    # -- the thread ------------------------------------------------------------------
    def start(self) -> None:
        if self.alive:
            return
        self._thread = threading.Thread(target=self._run, name="newstrace-worker", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        """Finish the page in hand and stop; pages still queued are dropped."""
        if not self.alive:
            return
        while True:  # make room for the sentinel: what is left would be lost anyway
            try:
                self._queue.get_nowait()
            except queue.Empty:
                break
        self._queue.put(None)
        assert self._thread is not None
        self._thread.join(timeout)

    def _run(self) -> None:
        from newstrace.ledger import Ledger

        ledger = Ledger(self.db_path)  # this thread's own connection
        try:
            while (work := self._queue.get()) is not None:
                self._do(ledger, work)
        finally:
            ledger.close()

    def _set(self, job: Job, **changes: Any) -> None:
        with self._lock:
            for key, value in changes.items():
                setattr(job, key, value)

    def _do(self, ledger: Any, work: _Work) -> None:
        from newstrace.corpus.update import update
        from newstrace.pipeline import analyze_safely

        job = work.job
        self._set(job, status="running")
        try:
            items: Iterable[RawDocument | PageError] = work.pages
            if work.urls:
                items = (self._fetch or _fetch_urls)(list(work.urls))
            for item in items:
                result = item if isinstance(item, PageError) else analyze_safely(
                    item, None, work.nlp
                )
                if isinstance(result, PageError):
                    ledger.record_error(result)
                    with self._lock:
                        job.errors.append({"document": result.document, "code": result.code,
                                           "message": result.message, "hint": result.hint})
                    continue
                status = ledger.store(result)
                self.processed += 1
                doc_id = result.article.id
                with self._lock:
                    job.documents.append({"id": doc_id, "status": status,
                                          "href": f"/api/documents/{doc_id}"})
            if job.documents:
                update(ledger)  # new pages join or open stories
            self._set(job, status="done" if job.documents or not job.errors else "failed",
                      finished_at=_now())
        except Exception as exc:  # the worker must outlive one bad job
            log.exception("job %s failed", job.id)
            with self._lock:
                job.errors.append({"document": ",".join(job.inputs), "code": "internal",
                                   "message": f"{type(exc).__name__}: {exc}"})
            self._set(job, status="failed", finished_at=_now())


def _fetch_urls(urls: list[str]) -> Iterable[RawDocument | PageError]:
    """URLs fetched politely, private addresses refused (see ``ingest.fetch``)."""
    from newstrace.ingest.readers import iter_documents

    return iter_documents(urls)
