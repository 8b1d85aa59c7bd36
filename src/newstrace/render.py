"""Human-readable views of an analysis (``--format text``) and of a batch (tables).

Kept apart from the CLI so the web page and tests can use the same wording.
"""

from __future__ import annotations

from typing import Any

from rich.table import Table

SET_ASIDE = ("title", "byline", "caption", "boilerplate", "comment")


def _short(text: str, width: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def date_line(doc: dict[str, Any]) -> str:
    """The publication date, or the honest window and where it comes from."""
    if doc.get("published"):
        return str(doc["published"])
    window = doc.get("published_window")
    if not window:
        return "unknown (no date on the page)"
    parts = []
    if window.get("not_before"):
        parts.append(f"not before {window['not_before']}")
    if window.get("not_after"):
        parts.append(f"not after {window['not_after']}")
    cited = "; ".join(f"“{e['text']}”" for e in window.get("evidence", []))
    return "unknown: " + ", ".join(parts) + (f" (from {cited})" if cited else "")


def set_aside_counts(doc: dict[str, Any]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for b in doc["blocks"]:
        if b["kind"] in ("caption", "boilerplate", "comment"):
            counts[b["kind"]] = counts.get(b["kind"], 0) + 1
    return counts


def analysis_text(result: dict[str, Any]) -> str:
    """A page as a reader wants to see it first: what it is, and what was set aside."""
    doc = result["document"]
    body = [b for b in doc["blocks"] if b["kind"] in ("standfirst", "paragraph", "subheading")]
    paragraphs = sum(1 for b in body if b["kind"] != "subheading")
    subheads = len(body) - paragraphs
    words = len(doc["text"].split())
    lines = [
        f"== {doc['source']}  [id {doc['id']}]",
        f"title      {doc.get('title') or '—'}",
        f"byline     {doc.get('byline') or '—'}",
        f"language   {doc.get('language') or '?'}",
        f"published  {date_line(doc)}",
        f"body       {paragraphs} paragraphs, {subheads} subheadings, {words} words",
    ]
    if doc.get("url"):
        lines.insert(1, f"url        {doc['url']}")
    repeats = [b for b in body if b.get("duplicate_of")]
    for b in repeats:
        lines.append(f"           {b['id']} repeats {b['duplicate_of']}: counted once")
    aside = [b for b in doc["blocks"] if b["kind"] in ("caption", "boilerplate", "comment")]
    if aside:
        lines.append("set aside (not article text):")
        for b in aside:
            lang = f" [{b['language']}]" if b.get("language") else ""
            dup = f" (repeat of {b['duplicate_of']})" if b.get("duplicate_of") else ""
            why = f"  <- {'; '.join(b['cues'])}" if b.get("cues") else ""
            lines.append(f"  {b['kind']:<11}{lang} {_short(b['text'], 70)}{dup}{why}")
    lines.extend(_findings_text(result))
    for warning in result.get("warnings", []):
        lines.append(f"warning: {warning}")
    return "\n".join(lines)


def _who(p: dict[str, Any]) -> str:
    code = "/".join(filter(None, [p.get("country"), p.get("sector")]))
    name = _short(p.get("name") or "?", 40)
    return f"{name} ({code})" if code else name


def _findings_text(result: dict[str, Any]) -> list[str]:
    """Entities, places, dates, numbers and claims, certainty first: what a reader checks."""
    lines: list[str] = []
    sourcing = result["document"].get("sourcing")
    if sourcing:
        lines.append(f"sourcing   {sourcing['summary']}")
        kinds = ", ".join(f"{n} {k}" for k, n in sourcing["by_kind"].items())
        lines.append(f"           {sourcing['claims']} claims: {kinds}")
    if result.get("claims"):
        lines.append("claims:")
        for c in result["claims"]:
            src = c["source"]
            who = src["kind"]
            if src.get("text"):
                who += f": {_short(src['text'], 60)}"
            if src.get("count"):
                who += f" (x{src['count']})"
            lines.append(f"  {c['certainty'].upper():<12} {_short(c['text'], 80)}")
            lines.append(f"  {'':<12} <- {who}")
    if result.get("events"):
        lines.append("events:")
        for e in result["events"]:
            actor = _who(e["actor"])
            target = _who(e["recipient"]) if e.get("recipient") else "—"
            where = f" in {e['location']}" if e.get("location") else ""
            when = f" on {e['date']}" if e.get("date") else ""
            ctx = " [caption]" if e["context"] == "caption" else ""
            lines.append(f"  {e['certainty'].upper():<12} {e['type']:<9} {actor} -> {target}"
                         f"{where}{when} ({e['tense']}){ctx}")
    people = [e for e in result.get("entities", []) if e["type"] in ("person", "organization")]
    if people:
        lines.append("who:       " + "; ".join(
            f"{e['canonical']}" + (f" [{e['role']}]" if e.get("role") else "")
            for e in people))
    countries = [e["canonical"] for e in result.get("entities", []) if e["type"] == "country"]
    if countries:
        lines.append("countries: " + ", ".join(countries))
    if result.get("places"):
        lines.append("places:    " + "; ".join(
            f"{p['canonical'] or p['name']} ({p['lat']:.2f}, {p['lon']:.2f}, {p['precision']}"
            f"{', caption' if p['context'] == 'caption' else ''})"
            if p.get("lat") is not None else f"{p['name']} (unresolved)"
            for p in result["places"]))
    if result.get("times"):
        lines.append("when:      " + "; ".join(
            f"“{t['text']}” = {t['value'] or '?'}"
            + (" (caption)" if t["context"] == "caption" else "")
            for t in result["times"]))
    if result.get("quantities"):
        lines.append("numbers:   " + "; ".join(
            f"“{q['text']}” = {q['bound'].replace('_', ' ')} {q['value']:g} {q['unit'] or ''}"
            .rstrip()
            for q in result["quantities"] if q.get("value") is not None))
    return lines


def batch_table(rows: list[dict[str, Any]]) -> Table:
    """The summary table printed at the end of ``ingest``."""
    table = Table(title="newstrace ingest", show_lines=False)
    for name in ("status", "id", "lang", "published", "title", "set aside", "source"):
        table.add_column(name, overflow="fold")
    for r in rows:
        table.add_row(*(str(r.get(k, "")) for k in ("status", "id", "lang", "published",
                                                     "title", "set aside", "source")))
    return table


# --- Corpus views -----------------------------------------------------------------

def _page_label(page: dict[str, Any]) -> str:
    return f"{page['id'][:12]} {page.get('source') or page.get('url') or ''}".strip()


def stories_table(stories: list[dict[str, Any]]) -> Table:
    """One row per story: size, languages, dates, title."""
    table = Table(title=f"{len(stories)} stories")
    for col in ("story", "pages", "languages", "first", "last", "title"):
        table.add_column(col, overflow="fold")
    for s in stories:
        langs = sorted({d.get("language") or "?" for d in s["documents"]})
        table.add_row(s["id"], str(len(s["documents"])), " ".join(langs),
                      s.get("first_seen") or "—", s.get("last_seen") or "—",
                      _short(s.get("title") or "—", 70))
    return table


def provenance_table(links: list[dict[str, Any]]) -> Table:
    """One row per link: who copies whom, how, whether it says so."""
    table = Table(title=f"{len(links)} provenance links")
    for col in ("copy", "kind", "origin", "credited", "score", "evidence"):
        table.add_column(col, overflow="fold")
    for ln in links:
        table.add_row(_page_label(ln["copy"]), ln["kind"], _page_label(ln["origin"]),
                      "yes" if ln["credited"] else "NO", f"{ln['score']:.2f}",
                      _short(ln.get("summary") or "", 80))
    return table


def story_text(story: dict[str, Any]) -> str:
    """A story for a reader: pages, who copies whom, what is corroborated, what disagrees."""
    docs = story["documents"]
    lines = [f"Story {story['id']}: {story.get('title') or '—'}",
             f"{len(docs)} pages, from {story.get('first_seen') or '?'} to "
             f"{story.get('last_seen') or '?'}", "", "Pages:"]
    for d in docs:
        dup = f" (near-copy of {d['duplicate_of'][:12]})" if d.get("duplicate_of") else ""
        lines.append(f"  {d['id'][:12]} [{d.get('language') or '?'}] "
                     f"{d.get('source') or ''} {d.get('url') or ''}{dup}".rstrip())
    links = story.get("links") or []
    if links:
        lines += ["", "Provenance:"]
        for ln in links:
            credit = "credits it" if ln["credited"] else "does NOT credit it"
            lines.append(f"  {ln['copy']['id'][:12]} is a {ln['kind']} of "
                         f"{ln['origin']['id'][:12]} and {credit} (score {ln['score']:.2f})")
            if ln.get("summary"):
                lines.append(f"    {ln['summary']}")
    claims = story.get("claims") or []
    if claims:
        lines += ["", "Claims, by independent sources:"]
        for c in sorted(claims, key=lambda c: -c["independent"]):
            pages = len(c.get("documents") or [])
            lines.append(f"  [{c['independent']} independent / {pages} pages] "
                         f"{_short(c['text'], 100)}")
    contradictions = story.get("contradictions") or []
    if contradictions:
        lines += ["", "Where the pages disagree:"]
        for x in contradictions:
            lines.append(f"  {x['kind']}: {x['about']}")
            for v in x["values"]:
                lines.append(f"    {v['document'][:12]}: {_short(v['text'], 90)}")
    return "\n".join(lines)
