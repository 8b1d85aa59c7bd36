"""Bring a ledger's corpus findings up to date after pages were stored.

The page analysis is a pure per-page function (it can run anywhere, in any
order); this step is the one sequential part: each new page joins or opens a
story, then every story that changed gets its provenance links, corroboration
counts and contradictions recomputed from the stored analyses of its pages
(stories are small, so that stays cheap).  Nothing is re-analysed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from newstrace.corpus.signature import fingerprint
from newstrace.corpus.stories import StoryIndex
from newstrace.model import Analysis, Article, Assignment, Story
from newstrace.output import analysis_from_dict, link_dict, story_findings_dict

if TYPE_CHECKING:
    from newstrace.ledger.sqlite import Ledger


@dataclass(frozen=True, slots=True)
class UpdateResult:
    """What one update did: pages placed, stories opened and stories recomputed."""

    assignments: tuple[Assignment, ...]
    stories_changed: tuple[str, ...]

    @property
    def opened(self) -> int:
        return sum(a.opened for a in self.assignments)


def load_index(ledger: Ledger) -> StoryIndex:
    """The story index as the ledger left it (memberships never move)."""
    index = StoryIndex()
    for fp, story in ledger.clustered():
        index.restore(fp, story)
    return index


def _day_iso(article: Article) -> str | None:
    if article.published:
        return article.published[:10]
    window = article.published_window
    return window.not_after if window else None


def build_story(story_id: str, analyses: list[Analysis]) -> tuple[Story, list[dict], dict]:
    """A story's links, claims and contradictions from its pages' analyses."""
    from newstrace.corpus.corroboration import corroborate
    from newstrace.corpus.provenance import find_links

    links = find_links(analyses) if len(analyses) > 1 else []
    claims, contradictions = corroborate(analyses, links)
    carried = {(a.article.id, e.claim): [] for a in analyses for e in a.events if e.claim}
    for a in analyses:
        for e in a.events:
            if e.claim:
                carried[(a.article.id, e.claim)].append((a.article.id, e.id))
    claims = [
        replace(c, events=tuple(ev for m in c.members for ev in carried.get(m, ())))
        for c in claims
    ]
    days = sorted(d for a in analyses if (d := _day_iso(a.article)))
    languages = sorted({a.article.language for a in analyses if a.article.language})
    origins = {ln.copy for ln in links}
    # The title a reader should see is the origin's: the first page that copies nothing.
    lead = next((a for a in analyses if a.article.id not in origins and a.article.title),
                analyses[0])
    story = Story(
        id=story_id,
        title=lead.article.title or "",
        documents=tuple(a.article.id for a in analyses),
        languages=tuple(languages),
        first_seen=days[0] if days else None,
        last_seen=days[-1] if days else None,
        links=tuple(links),
        claims=tuple(claims),
        contradictions=tuple(contradictions),
    )
    articles = {a.article.id: a.article for a in analyses}
    types = {(a.article.id, e.id): e.type for a in analyses for e in a.events}
    return story, [link_dict(ln, articles) for ln in links], story_findings_dict(
        story, articles, types
    )


def refresh_story(ledger: Ledger, story_id: str) -> Story:
    analyses = []
    for doc_id in ledger.members(story_id):
        data = ledger.get(doc_id)
        if data is not None:
            analyses.append(analysis_from_dict(data))
    story, links, findings = build_story(story_id, analyses)
    ledger.store_story(story, findings, links)
    return story


def update(
    ledger: Ledger,
    *,
    progress: Callable[[Iterable[str]], Iterable[str]] | None = None,
    vectors: bool = True,
) -> UpdateResult:
    """Place every page not yet in a story, then recompute the stories that changed."""
    pending = ledger.unclustered()
    if not pending:
        return UpdateResult((), ())
    index = load_index(ledger)
    assignments: list[Assignment] = []
    changed: dict[str, None] = {}
    for doc_id in progress(pending) if progress else pending:
        data = ledger.get(doc_id)
        if data is None:
            continue
        fp = fingerprint(analysis_from_dict(data), vectors=vectors)
        assignment = index.add(fp)
        ledger.add_member(fp, assignment, index.title(assignment.story))
        if assignment.merged:
            ledger.merge_stories(assignment.merged, assignment.story)
            for gone in assignment.merged:
                changed.pop(gone, None)
        assignments.append(assignment)
        changed[assignment.story] = None
    for story_id in changed:
        refresh_story(ledger, story_id)
    return UpdateResult(tuple(assignments), tuple(changed))
