"""The newstrace command line: one entry point, each sub-command a thin call into a stage.

Exit codes: 0 all pages fine; 1 some pages failed (each named on stderr, the
rest done and stored); 2 usage error; 3 the ledger cannot be used.
"""

from __future__ import annotations

import json
import os
import re
import sys
import warnings
from typing import Any

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from newstrace import __version__
from newstrace.errors import PageError
from newstrace.ingest.readers import iter_documents
from newstrace.ledger import Ledger, LedgerError
from newstrace.output import analysis_dict
from newstrace.pipeline import run
from newstrace.render import analysis_text, batch_table, date_line, set_aside_counts

EXIT_PAGES_FAILED = 1
EXIT_LEDGER = 3
DEFAULT_DB = "newstrace.db"
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

err = Console(stderr=True, highlight=False)


def _check_date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    if value is not None and not _DATE.match(value):
        raise click.BadParameter("use ISO 8601: YYYY-MM-DD (or YYYY-MM, YYYY)")
    return value


def _open_ledger(path: str) -> Ledger:
    try:
        return Ledger(path)
    except LedgerError as exc:
        err.print(f"[red]error:[/] {exc}")
        sys.exit(EXIT_LEDGER)


def _show_warning(message: Warning | str, category: type[Warning], filename: str, lineno: int,
                  file: object = None, line: str | None = None) -> None:
    """Warnings as one readable line ("no spaCy model for language 'de'..."), not a traceback."""
    err.print(f"[yellow]warning:[/] {message}", soft_wrap=True)


def _report(error: PageError) -> None:
    err.print(f"[red]error:[/] {error.one_line()}", soft_wrap=True)


db_option = click.option(
    "--db",
    default=lambda: os.environ.get("NEWSTRACE_DB", DEFAULT_DB),
    show_default=f"$NEWSTRACE_DB or {DEFAULT_DB}",
    help="The SQLite ledger file (created if missing).",
)
published_option = click.option(
    "--published",
    callback=_check_date,
    metavar="DATE",
    help="Publication date (YYYY-MM-DD) for pages that carry none of their own; "
    "relative dates ('cette année', 'last week') are read against it.",
)
nlp_option = click.option(
    "--nlp/--no-nlp",
    default=True,
    show_default=True,
    help="--no-nlp stops after extraction (layout, language, date): much faster triage.",
)
max_bytes_option = click.option(
    "--max-bytes",
    default=20_000_000,
    show_default=True,
    help="Pages larger than this are refused with an error instead of being read.",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newstrace")
def main() -> None:
    """newstrace: what the news says, and on whose word.

    Reads news pages (HTML, .html.gz, scraped .txt, JSON Lines, RSS/Atom feeds,
    WARC archives, URLs) and separates the article from what is not article
    (captions, comment forms, captchas, repeated standfirsts, navigation), with
    title, byline, language per block and a publication date or an honest window;
    then reads entities, places, dates, quantities, claims (who says it, how
    surely), quotes and PLOVER events, each pointing at the words it came from.
    Across the ledger, pages about one event form stories, with who copies whom.

    \b
    Typical use:
      newstrace extract page.html              analyse, print, store nothing
      newstrace ingest pages/ --db news.db     analyse and store a folder
      newstrace stats --db news.db             what the ledger holds
      newstrace show ID --db news.db           one stored page
      newstrace export --db news.db -o ev.csv  events as CSV (or --format events-json)
      newstrace stories --db news.db           stories across pages and languages
      newstrace provenance --db news.db        who copies, rewrites or translates whom
      newstrace serve --db news.db             HTTP API and web page on localhost

    Exit codes: 0 ok, 1 some pages failed (named on stderr; the others are done),
    2 usage error, 3 the ledger cannot be used.
    """
    warnings.showwarning = _show_warning


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "text"]),
    default="text",
    show_default=True,
    help="json: one JSON object per page and line (see schema/analysis.schema.json); "
    "text: a readable summary.",
)
@published_option
@nlp_option
@max_bytes_option
def extract(
    paths: tuple[str, ...], fmt: str, published: str | None, nlp: bool, max_bytes: int
) -> None:
    """Analyse pages and print the result, storing nothing.

    PATHS are files, folders or globs: .html, .htm, .html.gz, .txt (text already
    scraped from a page) and .jsonl ({"url", "html" | "text", "published"?, "source"?}
    per line); also feeds (.rss, .atom), WARC archives (.warc, .warc.gz), .urls lists
    and http(s) URLs, fetched as 'newstrace ingest' does with its default settings
    (public addresses only).
    """
    failed = 0
    for outcome in run(
        iter_documents(paths, max_bytes=max_bytes), published=published, nlp=nlp,
        on_error=_report,
    ):
        if outcome.analysis is None:
            failed += 1
            continue
        result = analysis_dict(outcome.analysis)
        if fmt == "json":
            click.echo(json.dumps(result, ensure_ascii=False))
        else:
            click.echo(analysis_text(result) + "\n")
    sys.exit(EXIT_PAGES_FAILED if failed else 0)


def _row(status: str, source: str, result: dict[str, Any] | None) -> dict[str, Any]:
    if result is None:
        return {"status": status, "source": source}
    doc = result["document"]
    aside = ", ".join(f"{n} {k}" for k, n in set_aside_counts(doc).items()) or "—"
    title = doc.get("title") or "—"
    return {
        "status": status,
        "id": doc["id"][:12],
        "lang": doc.get("language") or "?",
        "published": date_line(doc),
        "title": title if len(title) < 60 else title[:59] + "…",
        "set aside": aside,
        "source": source,
    }


@main.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@published_option
@nlp_option
@max_bytes_option
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no table.")
@click.option("--workers", "-j", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Processes analysing pages in parallel (each loads the models once, "
              "about 650 MB); pages are still stored in input order by this process.")
@click.option("--fetch/--no-fetch", "fetch_links", default=True, show_default=True,
              help="--no-fetch: feed entries are read from the feed's own text (content or "
              "summary) instead of fetching the pages they link to. URLs given as PATHS and "
              "in .urls files are still fetched.")
@click.option("--allow-private", is_flag=True,
              help="Also fetch from private, loopback, link-local and other non-public "
              "addresses (refused by default, redirects included: a URL from a feed or a "
              "list must not reach into your own network).")
@click.option("--timeout", default=15.0, show_default=True, type=click.FloatRange(0.1, 600),
              metavar="SECONDS",
              help="Network timeout for each step of a fetch (connect, each read); a whole "
              "answer may take four times this.")
@click.option("--concurrency", default=4, show_default=True, type=click.IntRange(1, 32),
              help="Fetches in flight at once (they spread over sites: one site is asked at "
              "most once per --delay).")
@click.option("--delay", default=1.0, show_default=True, type=click.FloatRange(0, 600),
              metavar="SECONDS",
              help="Seconds between two requests to the same site (a longer robots.txt "
              "Crawl-delay wins).")
def ingest(
    paths: tuple[str, ...], db: str, published: str | None, nlp: bool, max_bytes: int,
    quiet: bool, workers: int, fetch_links: bool, allow_private: bool, timeout: float,
    concurrency: int, delay: float,
) -> None:
    """Analyse pages and store them in the ledger.

    \b
    PATHS are files, folders, globs or URLs:
      .html .htm .html.gz .txt .jsonl   pages (.txt is scraped text, never URLs)
      .rss .atom, .xml if it is a feed  each entry a page: the linked page is fetched,
                                        else the entry's own text (see --no-fetch)
      .warc .warc.gz                    each HTML response record a page
      .urls                             one http(s) URL per line, # for comments
      http://... https://...            fetched; a feed answer is read as a feed

    Fetching obeys robots.txt, waits --delay between requests to one site, sends a
    User-Agent naming newstrace and refuses non-public addresses unless
    --allow-private is given.

    Re-ingesting a page already stored (same text under the same normalised URL)
    adds nothing. Each failing page is named on stderr and recorded in the
    ledger's errors table; the batch goes on and the exit code is 1.
    """
    from newstrace.ingest.fetch import FetchOptions

    fetch = FetchOptions(timeout=timeout, max_bytes=max_bytes, concurrency=concurrency,
                         delay=delay, allow_private=allow_private)
    ledger = _open_ledger(db)
    rows: list[dict[str, Any]] = []
    counts = {"added": 0, "unchanged": 0, "error": 0}

    def on_error(error: PageError) -> None:
        ledger.record_error(error)
        _report(error)

    progress = Progress(
        TextColumn("[bold]ingest"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.description}"),
        console=err,
        disable=quiet,
        transient=True,
    )
    with ledger:
        with progress:
            # Streamed: pages are read one at a time, so the total is unknown up front.
            task = progress.add_task("", total=None)
            docs = iter_documents(paths, max_bytes=max_bytes, fetch=fetch,
                                  fetch_links=fetch_links)
            outcomes = run(docs, published=published, nlp=nlp, store=ledger.store,
                           on_error=on_error, workers=workers)
            for outcome in outcomes:
                counts[outcome.status] = counts.get(outcome.status, 0) + 1
                result = analysis_dict(outcome.analysis) if outcome.analysis else None
                rows.append(_row(outcome.status, outcome.source, result))
                progress.update(task, advance=1, description=os.path.basename(outcome.source))
        # The one sequential step: new pages join or open stories.
        _cluster(ledger, quiet=quiet)
    if not quiet:
        Console(highlight=False).print(batch_table(rows))
    click.echo(
        f"{counts['added']} added, {counts['unchanged']} already stored, "
        f"{counts['error']} failed  ->  {db}"
    )
    sys.exit(EXIT_PAGES_FAILED if counts["error"] else 0)


@main.command()
@click.argument("doc_id")
@db_option
@click.option("--format", "fmt", type=click.Choice(["json", "text"]), default="text",
              show_default=True)
def show(doc_id: str, db: str, fmt: str) -> None:
    """Show one stored page by its id (or a unique prefix of it)."""
    with _open_ledger(db) as ledger:
        result = ledger.get(doc_id)
    if result is None:
        err.print(f"[red]error:[/] no page {doc_id!r} in {db} (see 'newstrace stats')")
        sys.exit(EXIT_PAGES_FAILED)
    if fmt == "json":
        click.echo(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        click.echo(analysis_text(result))


@main.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["json", "text"]), default="text",
              show_default=True)
def stats(db: str, fmt: str) -> None:
    """What the ledger holds: pages, languages, block kinds, errors."""
    with _open_ledger(db) as ledger:
        figures = ledger.stats()
        errors = ledger.errors()[-10:]
        docs = list(ledger.documents())
    if fmt == "json":
        click.echo(json.dumps({**figures, "last_errors": errors}, ensure_ascii=False, indent=2))
        return
    out = Console(highlight=False)
    out.print(f"ledger {figures['path']} (schema v{figures['schema_version']})")
    out.print(
        f"{figures['documents']} pages ({figures['dated']} dated), "
        f"{figures['sightings']} sightings, {figures['errors']} errors"
    )
    out.print("languages: " + ", ".join(f"{k} {v}" for k, v in figures["languages"].items()))
    out.print("blocks: " + ", ".join(f"{k} {v}" for k, v in figures["blocks"].items()))
    if docs:
        from rich.table import Table

        table = Table(title="pages")
        for col in ("id", "lang", "published", "title"):
            table.add_column(col, overflow="fold")
        for d in docs:
            table.add_row(d["id"][:12], d["language"] or "?", d["published"] or "—",
                          (d["title"] or "—")[:70])
        out.print(table)
    for e in errors:
        out.print(f"[red]error[/] {e['document']}: {e['message']} [{e['code']}]")


@main.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["events-json", "csv"]), default="csv",
              show_default=True,
              help="events-json: one JSON object per event and line; csv: a header and one "
              "row per event (POLECAT-like columns, CAMEO root, certainty, source kind).")
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), default="-",
              help="File to write (default: standard output).")
def export(db: str, fmt: str, output: str) -> None:
    """Export the ledger's events for pandas, R or GDELT-style tools."""
    from newstrace.export import write_events

    with _open_ledger(db) as ledger, click.open_file(output, "w", encoding="utf-8") as out:
        count = write_events(ledger.analyses(), out, fmt)
    err.print(f"{count} events exported" + (f" to {output}" if output != "-" else ""))


# --- Large corpora: analyse on an engine, then load --------------------------------

@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--out", "out", required=True, type=click.Path(file_okay=False),
              help="Folder for the result files (part-NNNNN.jsonl), created if missing.")
@click.option("--scheduler", default="processes", show_default=True,
              help="Dask scheduler: 'processes' (this machine's cores), 'synchronous' "
              "(one thread, for debugging) or a dask.distributed address (tcp://host:8786).")
@click.option("--files-per-partition", default=8, show_default=True,
              help="Input files per Dask task.")
@published_option
@nlp_option
def batch(paths: tuple[str, ...], out: str, scheduler: str, files_per_partition: int,
          published: str | None, nlp: bool) -> None:
    """Analyse a large corpus on Dask and write the results to files (no ledger).

    Each Dask task reads a few input files, analyses every page and writes one
    JSON Lines file: one line per page, its analysis (the JSON contract) or its
    error.  Then 'newstrace load OUT --db FILE' stores them and clusters stories.
    PATHS are what 'newstrace ingest' reads (files, folders, globs, feeds, WARC
    archives, .urls lists, URLs); a folder is split file by file across tasks, a
    WARC archive or a feed is one task.  Needs the dask extra: pip install
    'newstrace[dask]'.
    """
    try:
        from newstrace.engines.dask import analyze_to_files
    except ImportError as exc:  # pragma: no cover - depends on the installed extras
        err.print(f"[red]error:[/] Dask is not installed ({exc}): pip install 'newstrace[dask]'")
        sys.exit(2)
    result = analyze_to_files(paths, out, published=published, nlp=nlp,
                              files_per_partition=files_per_partition, scheduler=scheduler)
    click.echo(f"{result.pages} pages ({result.errors} errors) in {len(result.files)} files "
               f"->  {out}")
    sys.exit(EXIT_PAGES_FAILED if result.errors else 0)


@main.command()
@click.argument("folder", type=click.Path(exists=True, file_okay=False))
@db_option
def load(folder: str, db: str) -> None:
    """Store the results of 'newstrace batch' in the ledger, then cluster the new pages.

    Idempotent like ingest: a page already stored is not stored again.  Errors
    recorded by the batch are kept in the ledger's errors table.
    """
    from newstrace.engines.dask import read_results
    from newstrace.output import analysis_from_dict

    counts = {"added": 0, "unchanged": 0, "error": 0}
    with _open_ledger(db) as ledger:
        for record in read_results(folder):
            if "analysis" in record:
                counts[ledger.store(analysis_from_dict(record["analysis"]))] += 1
                continue
            info = record["error"]
            error = PageError(info["document"], info["message"])
            error.code = info.get("code", error.code)
            ledger.record_error(error)
            _report(error)
            counts["error"] += 1
        _cluster(ledger)
    click.echo(f"{counts['added']} added, {counts['unchanged']} already stored, "
               f"{counts['error']} failed  ->  {db}")
    sys.exit(EXIT_PAGES_FAILED if counts["error"] else 0)

# --- Corpus: stories, provenance ------------------------------------------------

corpus_format = click.option(
    "--format", "fmt", type=click.Choice(["json", "text"]), default="text", show_default=True,
    help="json for machines (the contract in the README), text tables for people.",
)


def _cluster(ledger: Ledger, quiet: bool = False) -> None:
    """Place unclustered pages into stories (with a progress bar on long work)."""
    from newstrace.corpus.update import update

    pending = len(ledger.unclustered())
    if not pending:
        return
    if quiet or pending < 20:
        result = update(ledger)
    else:
        with Progress(TextColumn("clustering"), BarColumn(), MofNCompleteColumn(),
                      TimeElapsedColumn(), console=err, transient=True) as bar:
            task = bar.add_task("pages", total=pending)

            def tick(ids: Any) -> Any:
                for doc_id in ids:
                    yield doc_id
                    bar.advance(task)

            result = update(ledger, progress=tick)
    if not quiet:
        err.print(f"{len(result.assignments)} pages placed: {result.opened} new stories, "
                  f"{len(result.stories_changed)} stories updated")


@main.command()
@db_option
def cluster(db: str) -> None:
    """Place every stored page not yet in a story (ingest does this by itself).

    A page joins the story it shares most with (canonical entities, places,
    dates, numbers, meaning of its lead paragraphs) or opens a new one; then the
    provenance links, corroboration counts and contradictions of every story
    that changed are recomputed.  Pages already placed never move.
    """
    with _open_ledger(db) as ledger:
        _cluster(ledger)


@main.command()
@db_option
@corpus_format
def stories(db: str, fmt: str) -> None:
    """List the stories: pages about the same event, across languages, largest first.

    JSON: [{"id", "title", "documents": [{"id", "url", "source"}, ...]}, ...]
    """
    with _open_ledger(db) as ledger:
        _cluster(ledger, quiet=fmt == "json")
        found = ledger.stories()
    if fmt == "json":
        click.echo(json.dumps(found, ensure_ascii=False, indent=2))
        return
    from newstrace.render import stories_table

    Console(highlight=False).print(stories_table(found))


@main.command()
@click.argument("story_id")
@db_option
@corpus_format
def story(story_id: str, db: str, fmt: str) -> None:
    """One story: its pages, who copies whom, claims with their independent sources,
    and where the pages disagree.  STORY_ID is an id from 'newstrace stories' (or a
    unique prefix)."""
    with _open_ledger(db) as ledger:
        _cluster(ledger, quiet=fmt == "json")
        found = ledger.story(story_id)
    if found is None:
        err.print(f"[red]error:[/] no story {story_id!r} in {db} (see 'newstrace stories')")
        sys.exit(EXIT_PAGES_FAILED)
    if fmt == "json":
        click.echo(json.dumps(found, ensure_ascii=False, indent=2))
        return
    from newstrace.render import story_text

    click.echo(story_text(found))


@main.command()
@click.argument("ident", required=False)
@db_option
@corpus_format
def provenance(ident: str | None, db: str, fmt: str) -> None:
    """Which page copies, rewrites or translates which, and whether it says so.

    IDENT limits the links to one story or one page (id or unique prefix).
    JSON: [{"copy": {"id", "url"}, "origin": {"id", "url"}, "kind", "credited",
    "score", "summary", "evidence": [aligned paragraphs]}, ...]
    """
    with _open_ledger(db) as ledger:
        _cluster(ledger, quiet=fmt == "json")
        links = ledger.provenance(ident)
    if fmt == "json":
        click.echo(json.dumps(links, ensure_ascii=False, indent=2))
        return
    from newstrace.render import provenance_table

    Console(highlight=False).print(provenance_table(links))


# --- HTTP API and web page ---------------------------------------------------------

@main.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. The default answers this machine only; any other "
              "address exposes the ledger to the network (a warning is printed).")
@click.option("--port", default=8080, show_default=True, type=click.IntRange(1, 65535),
              help="TCP port to listen on.")
@click.option("--token-file", type=click.Path(dir_okay=False),
              help="File holding the token that write endpoints require "
              "('Authorization: Bearer TOKEN'); else $NEWSTRACE_TOKEN. "
              "Without a token, writes are refused (403).")
def serve(db: str, host: str, port: int, token_file: str | None) -> None:
    """Serve the ledger: an HTTP API under /api and a web page at /.

    \b
    The web page shows a timeline of events (certainty at a glance), a map,
    each page with its evidence highlighted, and the stories with who copies
    whom.  Read endpoints: /api/stats, /api/documents[/ID], /api/events,
    /api/claims, /api/places, /api/stories[/ID], /api/provenance (see /api).
    Writes (POST /api/documents, POST /api/fetch) need the token; pages are
    queued and analysed in the background, never on the request path.

    \b
    Example:
      NEWSTRACE_TOKEN=$(python -c 'import secrets; print(secrets.token_urlsafe())') \\
        newstrace serve --db news.db
      open http://127.0.0.1:8080/
    """
    try:
        from newstrace.api import TokenError, is_loopback, load_token
        from newstrace.api import serve as run_server
    except ImportError as exc:  # pragma: no cover - depends on the installed packages
        err.print(f"[red]error:[/] the web server needs FastAPI and uvicorn ({exc})")
        sys.exit(2)
    try:
        token = load_token(token_file)
    except TokenError as exc:
        err.print(f"[red]error:[/] {exc}")
        sys.exit(2)
    if not is_loopback(host):
        err.print(f"[yellow]warning:[/] listening on {host}: anyone who can reach this "
                  "machine can read the ledger (use --host 127.0.0.1 to keep it local)")
    writes = "enabled (Bearer token)" if token else "disabled (no token)"
    shown = f"[{host}]" if ":" in host else host
    err.print(f"newstrace serving {db} on http://{shown}:{port}/  writes {writes}")
    with _open_ledger(db):
        pass  # a ledger that cannot be used is exit 3, before the server starts
    run_server(db, host=host, port=port, token=token)


if __name__ == "__main__":
    main()
