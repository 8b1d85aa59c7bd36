"""Stories: pages about the same event, clustered incrementally across languages.

A new page joins the best existing story or opens one; nothing already
clustered moves.  Why incremental: a newsroom's ledger grows by the hour and
re-clustering everything on each page would cost the whole corpus every time.

Why it stays near-linear: a page is compared only with the stories found
through its rarest keys (an inverted index from key to stories, of which only
the most recent are read) and through its MinHash bands (syndicated copies),
never with every story.  The cost per page is bounded by constants
(``RARE_KEYS``, ``RECENT_STORIES``), whatever the size of the ledger.

The score mixes what survives translation (shared canonical entities, places,
dates and numbers, weighted by rarity) with the meaning of the lead paragraphs
(vectors, strong within a language).  When both the page and the story are
dated, a page more than ``MAX_GAP_DAYS`` away from the story is another story:
the same actors in May and in November are two events.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from newstrace.corpus.signature import band_keys, jaccard
from newstrace.model import Assignment, Fingerprint

if TYPE_CHECKING:
    import numpy as np

#: How many of a page's keys, rarest first, are used to find candidate stories.
RARE_KEYS = 16
#: How many stories per key are looked at, most recent first.
RECENT_STORIES = 64
#: How many stories, those sharing most rare keys, are scored in full.
MAX_CANDIDATES = 24
#: A dated page further than this from a dated story's days is another story.
MAX_GAP_DAYS = 7
#: MinHash Jaccard above which two pages are copies of one text (same story at once).
NEAR_DUPLICATE = 0.5
#: Joining threshold on the combined score, and the evidence it needs.
JOIN_SCORE = 0.32
MIN_SHARED_WEIGHT = 2.5
#: Cosine between lead vectors of one language below which pages are not alike at all.
VECTOR_FLOOR = 0.55
#: How much larger than the page a story may weigh in the key score (short pages).
SIZE_RATIO = 2.0
#: Pages assumed seen before the first, for rarity weights (see _idf).
PRIOR_DOCS = 20
#: Key kinds and how much one shared key of the kind says (times its rarity).
KIND_WEIGHT = {"e": 1.0, "p": 1.0, "d": 0.8, "n": 1.2, "w": 0.5}


@cache
def _capitalises_nouns(language: str | None) -> bool:
    """Whether the language writes every noun with a capital (``lexicons/<lang>.corpus.toml``)."""
    from newstrace import lexicons

    return bool(lexicons.load(language).get("corpus", {}).get("capitalises_nouns", False))


@dataclass(slots=True)
class _Story:
    id: str
    members: list[str] = field(default_factory=list)
    keys: Counter[str] = field(default_factory=Counter)
    vector_sum: np.ndarray | None = None
    by_language: dict[str, np.ndarray] = field(default_factory=dict)
    day_lo: int | None = None
    day_hi: int | None = None
    title: str = ""


class StoryIndex:
    """An incremental clusterer of fingerprints into stories (in memory).

    The ledger persists fingerprints and memberships and rebuilds the index
    with :meth:`restore`; a distributed run can do the same from any store.
    """

    def __init__(self) -> None:
        self._stories: dict[str, _Story] = {}
        self._story_of: dict[str, str] = {}
        self._by_key: dict[str, list[str]] = defaultdict(list)
        self._df: Counter[str] = Counter()
        self._bands: dict[int, list[str]] = defaultdict(list)
        self._minhash: dict[str, bytes] = {}
        self._docs = 0

    # -- state ---------------------------------------------------------------
    def __len__(self) -> int:
        return self._docs

    def story_of(self, document: str) -> str | None:
        return self._story_of.get(document)

    def stories(self) -> dict[str, list[str]]:
        return {sid: list(s.members) for sid, s in self._stories.items()}

    def title(self, story: str) -> str:
        return self._stories[story].title

    # -- scoring -------------------------------------------------------------
    def _idf(self, key: str) -> float:
        # A prior corpus of PRIOR_DOCS pages keeps small ledgers from calling every key common.
        return math.log(1.0 + (self._docs + PRIOR_DOCS) / (self._df[key] + 1))

    def _weight(self, key: str) -> float:
        return KIND_WEIGHT.get(key[0], 0.5) * self._idf(key)

    def _near_duplicate(self, fp: Fingerprint) -> tuple[str | None, float]:
        best, best_sim = None, 0.0
        seen: set[str] = set()
        for key in band_keys(fp.minhash):
            for other in self._bands.get(key, ()):
                if other in seen:
                    continue
                seen.add(other)
                sim = jaccard(fp.minhash, self._minhash[other])
                if sim > best_sim:
                    best, best_sim = other, sim
        return (best, best_sim) if best_sim >= NEAR_DUPLICATE else (None, best_sim)

    def _candidates(self, fp: Fingerprint) -> list[str]:
        """The stories sharing most of the page's rarest keys, at most ``MAX_CANDIDATES``.

        Counting hits over bounded posting lists is cheap; scoring is not, so only
        the stories with the most shared rare keys are scored.
        """
        # The rarest keys some story already has: a key nobody has finds nothing.
        known = [k for k in fp.keys if self._df[k]]
        rare = sorted(known, key=lambda k: (self._df[k], k))[:RARE_KEYS]
        hits: Counter[str] = Counter()
        for key in rare:
            hits.update(self._by_key.get(key, ())[-RECENT_STORIES:])
        return [sid for sid, _ in hits.most_common(MAX_CANDIDATES)]

    def _apart(self, fp: Fingerprint, story: _Story) -> bool:
        """Whether the page's days and the story's days rule out one event."""
        if fp.day_lo is None or fp.day_hi is None or story.day_lo is None:
            return False
        assert story.day_hi is not None
        return fp.day_lo > story.day_hi + MAX_GAP_DAYS or fp.day_hi < story.day_lo - MAX_GAP_DAYS

    def _score(self, fp: Fingerprint, story: _Story) -> tuple[float, float]:
        """(combined score, shared key weight) of a page against a story.

        Keys are compared like sets in a cosine (shared weight over the geometric
        mean of the page's and the story's average page weight), so neither a long
        page full of background nor a large story wins by size.  Vectors count only
        against pages of the same language: across languages the packaged model's
        vectors barely agree (measured: 0.15 for a translation), the keys decide.
        """
        import numpy as np

        # In a language that capitalises its nouns (German), a capitalised word no
        # page has yet is most likely a noun, not a name: it does not dilute the score.
        nouns = _capitalises_nouns(fp.language)
        own = sum(self._weight(k) for k in fp.keys
                  if not (nouns and k[0] == "w" and not self._df[k])) or 1.0
        shared = sum(self._weight(k) for k in fp.keys if story.keys[k])
        typical = sum(self._weight(k) * n for k, n in story.keys.items()) / max(
            1, len(story.members)
        )
        # A short page next to a long story is judged on what it says, within reason.
        key_score = min(1.0, shared / math.sqrt(own * max(min(typical, SIZE_RATIO * own), 1.0)))
        same = story.by_language.get(fp.language or "")
        if fp.vector is None or same is None:
            return key_score, shared
        norm = float(np.linalg.norm(same))
        cosine = float(fp.vector @ same) / norm if norm else 0.0
        # Any two news leads in one language are somewhat alike (measured: median 0.03,
        # 99th percentile 0.73 between different stories, 0.71 and up within one):
        # only what is above that floor counts.
        closeness = max(0.0, (cosine - VECTOR_FLOOR) / (1.0 - VECTOR_FLOOR))
        # Meaning can only add: a page in the story's language is not judged more
        # harshly than a translation, which has its keys alone.
        return max(key_score, 0.5 * key_score + 0.5 * closeness), shared

    # -- adding --------------------------------------------------------------
    def add(self, fp: Fingerprint) -> Assignment:
        """Put one page in a story: a near-duplicate's, the best-scoring one, or a new one."""
        if fp.document in self._story_of:
            sid = self._story_of[fp.document]
            return Assignment(fp.document, sid, 1.0, opened=False)
        dup, sim = self._near_duplicate(fp)
        if dup is not None:
            sid = self._story_of[dup]
            self._join(fp, sid)
            return Assignment(fp.document, sid, sim, opened=False, duplicate_of=dup,
                              similarity=sim)
        scored = []
        for sid in self._candidates(fp):
            story = self._stories[sid]
            if self._apart(fp, story):
                continue
            score, shared = self._score(fp, story)
            if shared >= MIN_SHARED_WEIGHT:
                scored.append((score, sid))
        scored.sort(reverse=True)
        if scored and scored[0][0] >= JOIN_SCORE:
            best_score, best = scored[0]
            # A page that belongs to several stories shows they are one: the pages
            # that came first (a translation, then an independent report) each opened
            # a story before the page that ties them arrived.
            merged = tuple(sid for score, sid in scored[1:] if score >= JOIN_SCORE)
            for sid in merged:
                self._merge(sid, best)
            self._join(fp, best)
            return Assignment(fp.document, best, round(best_score, 3), opened=False,
                              similarity=sim, merged=merged)
        best_score = scored[0][0] if scored else 0.0
        sid = f"s{fp.document[:15]}"
        self._stories[sid] = _Story(id=sid, title=fp.title)
        self._join(fp, sid)
        return Assignment(fp.document, sid, round(best_score, 3), opened=True, similarity=sim)

    def _merge(self, source: str, target: str) -> None:
        """Fold story ``source`` into ``target``, the story the tying page matched best."""
        old, new = self._stories.pop(source), self._stories[target]
        for doc in old.members:
            self._story_of[doc] = target
        new.members.extend(old.members)
        for key, count in old.keys.items():
            postings = self._by_key[key]
            if new.keys[key]:
                postings[:] = [s for s in postings if s != source]
            else:
                postings[:] = [target if s == source else s for s in postings]
            new.keys[key] += count
        if old.vector_sum is not None:
            new.vector_sum = old.vector_sum if new.vector_sum is None else (
                new.vector_sum + old.vector_sum
            )
            for lang, vec in old.by_language.items():
                mine = new.by_language.get(lang)
                new.by_language[lang] = vec if mine is None else mine + vec
        if old.day_lo is not None:
            assert old.day_hi is not None
            new.day_lo = old.day_lo if new.day_lo is None else min(new.day_lo, old.day_lo)
            new.day_hi = old.day_hi if new.day_hi is None else max(new.day_hi, old.day_hi)

    def restore(self, fp: Fingerprint, story: str) -> None:
        """Put back a page whose story was decided earlier (loading a ledger)."""
        if fp.document in self._story_of:
            return
        if story not in self._stories:
            self._stories[story] = _Story(id=story, title=fp.title)
        self._join(fp, story)

    def _join(self, fp: Fingerprint, sid: str) -> None:
        story = self._stories[sid]
        story.members.append(fp.document)
        self._story_of[fp.document] = sid
        self._docs += 1
        for key in fp.keys:
            self._df[key] += 1
            if not story.keys[key]:
                postings = self._by_key[key]
                postings.append(sid)
                if len(postings) > 4 * RECENT_STORIES:
                    del postings[: len(postings) - RECENT_STORIES]  # keep memory bounded
            story.keys[key] += 1
        if fp.vector is not None:
            story.vector_sum = fp.vector.copy() if story.vector_sum is None else (
                story.vector_sum + fp.vector
            )
            lang = fp.language or ""
            if lang in story.by_language:
                story.by_language[lang] = story.by_language[lang] + fp.vector
            else:
                story.by_language[lang] = fp.vector.copy()
        if fp.dated:
            assert fp.day_lo is not None
            story.day_lo = fp.day_lo if story.day_lo is None else min(story.day_lo, fp.day_lo)
            story.day_hi = fp.day_lo if story.day_hi is None else max(story.day_hi, fp.day_lo)
        if fp.minhash:
            self._minhash[fp.document] = fp.minhash
            for key in band_keys(fp.minhash):
                self._bands[key].append(fp.document)
