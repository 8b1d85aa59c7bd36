"""The HTTP API and the web page over a ledger (FastAPI), as ``newstrace serve`` runs them.

Reads only read: every GET opens the ledger in the thread that answers it
(SQLite connections stay in their thread, ``check_same_thread`` is left on),
runs parameterised queries (:mod:`newstrace.ledger.queries`) and closes it.
Nothing is analysed or clustered on the request path: a POSTed page or URL list
is queued for the background :class:`~newstrace.api.worker.Worker` and the
answer is ``202`` with the job to watch.  Writes need ``Authorization: Bearer
TOKEN``; with no token configured they are refused (403) with how to enable them.
Errors are JSON: ``{"error": message, "status": code, "hint"?: what to do}``.
"""

from __future__ import annotations

import hmac
import logging
import re
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager, contextmanager
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, ConfigDict, Field, model_validator
from starlette.exceptions import HTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware

from newstrace import __version__
from newstrace.api.worker import Job, QueueFull, Worker
from newstrace.ledger import Ledger
from newstrace.ledger.queries import public_source
from newstrace.model import RawDocument

log = logging.getLogger("newstrace.api")

DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"
CERTAINTIES = ("asserted", "reported", "estimate", "probable", "possible", "predicted",
               "denied", "hypothetical")
SOURCE_KINDS = ("named", "institution", "anonymous", "vague", "document", "unattributed")
DEFAULT_MAX_BYTES = 20_000_000
ENABLE_HINT = (
    "start the server with a token: NEWSTRACE_TOKEN=... newstrace serve, or "
    "newstrace serve --token-file FILE; then send 'Authorization: Bearer TOKEN'"
)
#: The page loads only what this server serves: no CDN, no network, no inline script.
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
        "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


def web_root() -> Path:
    """The folder of the web page's static files, inside the installed package."""
    return Path(str(resources.files("newstrace") / "web"))


class ApiError(HTTPException):
    """An error answered as JSON with a hint saying what to do about it."""

    def __init__(self, status: int, message: str, hint: str | None = None,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(status_code=status, detail=message, headers=headers)
        self.hint = hint


# --- Request bodies -----------------------------------------------------------------


class PageIn(BaseModel):
    """One page to analyse, as a JSON Lines record of ``newstrace ingest`` holds it."""

    model_config = ConfigDict(extra="forbid")
    url: str | None = Field(None, max_length=4096, description="where the page was published")
    html: str | None = Field(None, description="the page's HTML (or give text)")
    text: str | None = Field(None, description="text already scraped from the page")
    published: str | None = Field(None, pattern=DATE_PATTERN,
                                  description="YYYY-MM-DD, for a page that carries no date")
    source: str | None = Field(None, max_length=200, description="the outlet's name")
    nlp: bool = Field(True, description="false: layout, language and date only (fast)")

    @model_validator(mode="after")
    def _one_body(self) -> PageIn:
        if bool(self.html) == bool(self.text):
            raise ValueError('give the page as "html" or as "text" (one of them, not empty)')
        if self.url is not None and not re.match(r"^https?://", self.url):
            raise ValueError('"url" must start with http:// or https://')
        return self


class UrlsIn(BaseModel):
    """URLs to fetch (politely, robots.txt obeyed, private addresses refused) and analyse."""

    model_config = ConfigDict(extra="forbid")
    urls: list[Annotated[str, Field(max_length=4096, pattern=r"^https?://")]] = Field(
        min_length=1, max_length=100
    )
    nlp: bool = True


# --- Helpers ---------------------------------------------------------------------------


@contextmanager
def _ledger(request: Request) -> Iterator[Ledger]:
    """The ledger for this request, opened and closed in the thread that answers it."""
    ledger = Ledger(request.app.state.db)
    try:
        yield ledger
    finally:
        ledger.close()


def _found(value: dict[str, Any] | None, message: str, hint: str) -> dict[str, Any]:
    """``value``, or a 404 saying what was not found and where to look."""
    if value is None:
        raise ApiError(404, message, hint=hint)
    return value


def _page_id(ledger: Ledger, ident: str | None) -> str | None:
    """A page's full id from a unique prefix, as ``newstrace show`` takes it."""
    if not ident:
        return None
    found = ledger.get(ident)
    return found["document"]["id"] if found else ident


def _shown(story: dict[str, Any]) -> dict[str, Any]:
    """A story with its pages' sources as the API may show them (no server paths)."""
    for page in story.get("documents", ()):
        page["source"] = public_source(page.get("source"))
    return story


def _many(values: list[str] | None, *, upper: bool = False) -> list[str] | None:
    """Repeated (?type=A&type=B) and comma-separated (?type=A,B) values, merged."""
    if not values:
        return None
    out = [v.strip() for value in values for v in value.split(",") if v.strip()]
    return [v.upper() for v in out] if upper else out or None


def _known(values: list[str] | None, allowed: tuple[str, ...], name: str) -> list[str] | None:
    for v in values or ():
        if v not in allowed:
            raise ApiError(400, f"unknown {name} {v!r}", hint="one of: " + ", ".join(allowed))
    return values


def _paged(request: Request, total: int, items: list[Any], limit: int,
           offset: int) -> dict[str, Any]:
    more = offset + len(items) < total
    nxt = str(request.url.include_query_params(offset=offset + limit)) if more else None
    return {"total": total, "limit": limit, "offset": offset, "next": nxt, "items": items}


def require_token(request: Request) -> None:
    """Writes need the server's token as a Bearer token; compared in constant time."""
    expected: str | None = request.app.state.token
    if not expected:
        raise ApiError(403, "write endpoints are disabled: this server has no token",
                       hint=ENABLE_HINT)
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        raise ApiError(401, "this endpoint needs 'Authorization: Bearer TOKEN'",
                       hint="use the token the server was started with",
                       headers={"WWW-Authenticate": "Bearer"})
    if not hmac.compare_digest(given.strip().encode(), expected.encode()):
        raise ApiError(401, "wrong token", headers={
            "WWW-Authenticate": 'Bearer error="invalid_token"'})


Date = Annotated[str | None, Query(pattern=DATE_PATTERN, description="YYYY[-MM[-DD]]")]
Many = Annotated[list[str] | None, Query(description="one value, several (A,B) or repeated")]


# --- The app ---------------------------------------------------------------------------


def create_app(db: str | Path, *, token: str | None = None,
               allowed_hosts: list[str] | None = None, worker: Worker | None = None,
               max_bytes: int = DEFAULT_MAX_BYTES) -> FastAPI:
    """The API and web page over the ledger at ``db`` (created if missing).

    ``token`` enables the write endpoints; ``allowed_hosts`` (Host header
    names) guards a server bound to localhost against DNS rebinding; ``worker``
    replaces the default background worker (tests).
    """
    db = str(db)
    Ledger(db).close()  # create or migrate the ledger now, not on a first request
    work = worker or Worker(db)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        work.start()
        try:
            yield
        finally:
            work.stop()

    app = FastAPI(
        title="newstrace", version=__version__, lifespan=lifespan,
        description="What the news says, and on whose word: a sourced ledger of pages, "
        "claims and events.  Read endpoints are open; writes need a Bearer token.",
        docs_url=None, redoc_url=None, openapi_url="/api/openapi.json",
    )
    app.state.db = db
    app.state.token = token or None
    app.state.worker = work
    app.state.max_bytes = max_bytes
    if allowed_hosts:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts)

    @app.middleware("http")
    async def guard(request: Request, call_next: Any) -> Any:
        size = request.headers.get("content-length")
        if size and size.isdigit() and int(size) > max_bytes + 65536:
            return JSONResponse({"error": f"request body over {max_bytes:,} bytes",
                                 "status": 413}, status_code=413, headers=SECURITY_HEADERS)
        response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    @app.exception_handler(HTTPException)
    async def http_error(_request: Request, exc: HTTPException) -> JSONResponse:
        body: dict[str, Any] = {"error": str(exc.detail), "status": exc.status_code}
        if getattr(exc, "hint", None):
            body["hint"] = exc.hint  # type: ignore[attr-defined]
        return JSONResponse(body, status_code=exc.status_code, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def bad_request(_request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = [
            f"{' '.join(str(p) for p in e.get('loc', ()))}: {e.get('msg', 'invalid')}"
            for e in exc.errors()
        ]
        return JSONResponse({"error": "; ".join(problems), "status": 422,
                             "hint": "see /api for the parameters each endpoint takes"},
                            status_code=422)

    @app.exception_handler(Exception)
    async def crash(_request: Request, exc: Exception) -> JSONResponse:
        log.exception("internal error")
        return JSONResponse({"error": f"internal error ({type(exc).__name__}); see the "
                             "server's log", "status": 500}, status_code=500)

    _routes(app)
    root = web_root()
    app.mount("/static", StaticFiles(directory=root), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(root / "index.html", headers={"Cache-Control": "no-cache"})

    return app


def _routes(app: FastAPI) -> None:
    """The read endpoints, then the write endpoints and their jobs."""

    @app.get("/api", summary="What this API offers")
    def api_index(request: Request) -> dict[str, Any]:
        return {
            "newstrace": __version__,
            "writes": "enabled" if request.app.state.token else "disabled",
            "endpoints": {
                "GET /api/stats": "counts: pages, languages, blocks, events, claims, stories",
                "GET /api/facets": "values the filters take, with counts",
                "GET /api/documents": "pages, newest first: ?language= &since= &until= &q= "
                                      "&limit= &offset=",
                "GET /api/documents/{id}": "one page's analysis (the JSON contract)",
                "GET /api/documents/{id}/story": "the story a page belongs to",
                "GET /api/events": "events in time order with their page and coordinates: "
                                   "?type= &country= &certainty= &since= &until= &context= "
                                   "&document= &located=true &limit= &offset=",
                "GET /api/claims": "claims with their source and certainty: ?certainty= "
                                   "&source= &document= &q= &limit= &offset=",
                "GET /api/places": "resolved places with coordinates: ?document= &country=",
                "GET /api/stories": "stories, largest first",
                "GET /api/stories/{id}": "one story: pages, provenance, claims with "
                                         "independent sources, contradictions",
                "GET /api/provenance": "copy/rewrite/translation links: ?id= (story or page)",
                "POST /api/documents": "queue a page {url?, html|text, published?, source?} "
                                       "(Bearer token) -> 202 and a job",
                "POST /api/fetch": "queue URLs to fetch {urls: [...]} (Bearer token) -> 202",
                "GET /api/jobs/{id}": "what became of a queued page",
            },
        }

    @app.get("/api/stats", summary="What the ledger holds")
    def stats(request: Request) -> dict[str, Any]:
        with _ledger(request) as ledger:
            figures = ledger.stats()
            figures.pop("path", None)  # the server's file layout is nobody's business
            figures.update(ledger.finding_counts())
        figures["writes"] = "enabled" if request.app.state.token else "disabled"
        figures["queue"] = request.app.state.worker.status()
        return figures

    @app.get("/api/facets", summary="Filter values with counts")
    def facets(request: Request) -> dict[str, Any]:
        with _ledger(request) as ledger:
            return ledger.facets()

    @app.get("/api/documents", summary="Pages, newest first")
    def documents(
        request: Request, language: Many = None, since: Date = None, until: Date = None,
        q: Annotated[str | None, Query(max_length=200, description="words to find")] = None,
        limit: Annotated[int, Query(ge=1, le=1000)] = 50,
        offset: Annotated[int, Query(ge=0)] = 0,
    ) -> dict[str, Any]:
        with _ledger(request) as ledger:
            total, items = ledger.page_list(language=_many(language), since=since, until=until,
                                            text=q, limit=limit, offset=offset)
        return _paged(request, total, items, limit, offset)

    @app.get("/api/documents/{doc_id}", summary="One page's analysis (the JSON contract)")
    def document(request: Request, doc_id: str) -> dict[str, Any]:
        with _ledger(request) as ledger:
            found = _found(ledger.get(doc_id), f"no page {doc_id!r} (unknown id, or a prefix "
                           "of several)", "see /api/documents")
        found["document"]["source"] = public_source(found["document"].get("source"))
        return found

    @app.get("/api/documents/{doc_id}/story", summary="The story a page belongs to")
    def document_story(request: Request, doc_id: str) -> dict[str, Any]:
        with _ledger(request) as ledger:
            found = _found(ledger.get(doc_id), f"no page {doc_id!r}", "see /api/documents")
            story_id = ledger.story_of(found["document"]["id"])
            story = ledger.story(story_id) if story_id else None
        return _shown(_found(story, f"page {doc_id!r} is in no story yet",
                             "the worker places new pages shortly after storing them"))

    @app.get("/api/events", summary="Events in time order, with their page and place")
    def events(
        request: Request, type: Many = None, country: Many = None, certainty: Many = None,
        since: Date = None, until: Date = None,
        context: Annotated[Literal["body", "caption"] | None, Query()] = None,
        document: Annotated[str | None, Query(max_length=64)] = None,
        located: Annotated[bool, Query(description="only events with coordinates")] = False,
        limit: Annotated[int, Query(ge=1, le=5000)] = 1000,
        offset: Annotated[int, Query(ge=0)] = 0,
    ) -> dict[str, Any]:
        certainties = _known(_many(certainty), CERTAINTIES, "certainty")
        with _ledger(request) as ledger:
            total, items = ledger.event_list(
                types=_many(type, upper=True), countries=_many(country, upper=True),
                certainties=certainties, since=since, until=until, context=context,
                document=_page_id(ledger, document), located=located, limit=limit,
                offset=offset,
            )
        return _paged(request, total, items, limit, offset)

    @app.get("/api/claims", summary="Claims with their source and certainty")
    def claims(
        request: Request, certainty: Many = None, source: Many = None,
        document: Annotated[str | None, Query(max_length=64)] = None,
        q: Annotated[str | None, Query(max_length=200)] = None,
        limit: Annotated[int, Query(ge=1, le=5000)] = 200,
        offset: Annotated[int, Query(ge=0)] = 0,
    ) -> dict[str, Any]:
        certainties = _known(_many(certainty), CERTAINTIES, "certainty")
        sources = _known(_many(source), SOURCE_KINDS, "source kind")
        with _ledger(request) as ledger:
            total, items = ledger.claim_list(certainties=certainties, sources=sources,
                                             document=_page_id(ledger, document), text=q,
                                             limit=limit, offset=offset)
        return _paged(request, total, items, limit, offset)

    @app.get("/api/places", summary="Resolved places with coordinates")
    def places(request: Request, document: Annotated[str | None, Query(max_length=64)] = None,
               country: Many = None) -> dict[str, Any]:
        with _ledger(request) as ledger:
            items = ledger.place_list(document=_page_id(ledger, document),
                                      countries=_many(country, upper=True))
        return {"total": len(items), "items": items}

    @app.get("/api/stories", summary="Stories, largest first")
    def stories(request: Request, limit: Annotated[int, Query(ge=1, le=1000)] = 100,
                offset: Annotated[int, Query(ge=0)] = 0) -> dict[str, Any]:
        with _ledger(request) as ledger:
            found = [_shown(s) for s in ledger.stories()]
        return _paged(request, len(found), found[offset:offset + limit], limit, offset)

    @app.get("/api/stories/{story_id}", summary="One story, whole")
    def story(request: Request, story_id: str) -> dict[str, Any]:
        with _ledger(request) as ledger:
            return _shown(_found(ledger.story(story_id), f"no story {story_id!r}",
                                 "see /api/stories"))

    @app.get("/api/provenance", summary="Who copies, rewrites or translates whom")
    def provenance(request: Request,
                   id: Annotated[str | None, Query(max_length=64)] = None) -> dict[str, Any]:
        with _ledger(request) as ledger:
            links = ledger.provenance(id or None)
        return {"total": len(links), "items": links}

    # -- writes -------------------------------------------------------------------------

    def queued(submit: Callable[[Worker], Job], request: Request) -> JSONResponse:
        """Hand the work to the worker and answer 202 with the job to poll (503 if full)."""
        try:
            job = submit(request.app.state.worker).as_dict()
        except QueueFull as exc:
            raise ApiError(503, str(exc), hint="retry later",
                           headers={"Retry-After": "30"}) from None
        return JSONResponse({**job, "message": "queued: poll href until status is done"},
                            status_code=202, headers={"Location": job["href"]})

    @app.post("/api/documents", status_code=202, dependencies=[Depends(require_token)],
              summary="Queue a page for analysis (Bearer token)")
    def post_document(request: Request, page: PageIn) -> JSONResponse:
        body = page.html or page.text or ""
        data = body.encode("utf-8", errors="replace")
        if len(data) > request.app.state.max_bytes:
            raise ApiError(413, f"page over {request.app.state.max_bytes:,} bytes")
        name = page.source or "api"
        raw = RawDocument(
            source=f"{name} ({page.url})" if page.url else f"{name} (POST /api/documents)",
            data=b"\xef\xbb\xbf" + data,  # already Unicode: the BOM beats a stale meta charset
            media_type="html" if page.html else "text",
            url=page.url, published=page.published, site=page.source,
        )
        return queued(lambda worker: worker.submit_page(raw, nlp=page.nlp), request)

    @app.post("/api/fetch", status_code=202, dependencies=[Depends(require_token)],
              summary="Queue URLs to fetch and analyse (Bearer token)")
    def post_fetch(request: Request, body: UrlsIn) -> JSONResponse:
        return queued(lambda worker: worker.submit_urls(body.urls, nlp=body.nlp), request)

    @app.get("/api/jobs/{job_id}", summary="What became of a queued page")
    def job(request: Request, job_id: str) -> dict[str, Any]:
        return _found(request.app.state.worker.job(job_id), f"no job {job_id!r}",
                      "jobs live in memory: a restarted server forgets them")
