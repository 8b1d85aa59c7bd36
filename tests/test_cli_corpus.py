"""End to end: a small corpus through ingest, stories, story and provenance, as a user runs them.

The corpus holds the seed page (an unattributed French translation of a US wire
report), the English wire report it translates (written by us for the tests),
an independent report of the same event by another outlet, a syndicated copy of
the wire, and a report with the same actors six months earlier.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from newstrace.cli import main

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "samples" / "article_fr.txt"
WIRE = ROOT / "tests" / "fixtures" / "corpus" / "wire_en.txt"
WIRE_URL = "https://wire.example/2024/11/17/biden-ukraine-long-range-missiles"
SEED_URL = "https://fr.example/biden-feu-vert-ukraine"
OTHER_URL = "https://other.example/kyiv-atacms-north-korean-troops"
COPY_URL = "https://syndicated.example/world/biden-ukraine-missiles"
MAY_URL = "https://old.example/2024/05/30/biden-kharkiv"

OTHER = (
    "Kyiv gets green light for ATACMS strikes as North Korean troops mass in Kursk\n\n"
    "Two US officials said on Monday that the White House had cleared Ukraine to fire ATACMS "
    "missiles into Russian territory, reversing a long-standing ban.\n\n"
    "About 10,000 North Korean soldiers are now in the Kursk region, Ukrainian intelligence "
    "said, where Moscow is trying to retake land Kyiv seized in August.\n\n"
    "The Kremlin warned that such strikes would mark a dangerous escalation."
)
MAY = (
    "Biden quietly allows Ukraine to hit targets inside Russia with US weapons near Kharkiv\n\n"
    "President Joe Biden has quietly given Ukraine permission to strike inside Russia with "
    "US-supplied weapons, but only near the city of Kharkiv, US officials said on Thursday.\n\n"
    "Vladimir Putin warned Western countries of serious consequences. Volodymyr Zelensky had "
    "pressed for weeks for the permission, and North Korea was not mentioned."
)


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def ledger(tmp_path_factory: pytest.TempPathFactory) -> str:
    wire = WIRE.read_text(encoding="utf-8")
    records = [
        {"url": WIRE_URL, "text": wire, "published": "2024-11-17", "source": "Wire"},
        {"url": SEED_URL, "text": SEED.read_text(encoding="utf-8"), "source": "Le Site"},
        {"url": OTHER_URL, "text": OTHER, "published": "2024-11-18", "source": "Other Daily"},
        {"url": COPY_URL, "text": wire + "\n\nRead more world news on our site.",
         "published": "2024-11-17", "source": "Syndicated Times"},
        {"url": MAY_URL, "text": MAY, "published": "2024-05-30", "source": "Old News"},
    ]
    folder = tmp_path_factory.mktemp("corpus")
    pages = folder / "pages.jsonl"
    pages.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    db = str(folder / "corpus.db")
    code, _, _ = run("ingest", str(pages), "--db", db, "--quiet")
    assert code == 0
    return db


def stories_by_url(db: str) -> dict[str, str]:
    code, out, _ = run("stories", "--db", db, "--format", "json")
    assert code == 0
    return {d["url"]: s["id"] for s in json.loads(out) for d in s["documents"]}


def test_stories_follow_the_json_contract(ledger: str) -> None:
    code, out, _ = run("stories", "--db", ledger, "--format", "json")
    assert code == 0
    stories = json.loads(out)
    for story in stories:
        assert {"id", "title", "documents"} <= story.keys()
        for doc in story["documents"]:
            assert {"id", "url", "source"} <= doc.keys()


def test_one_event_across_languages_is_one_story_and_may_is_another(ledger: str) -> None:
    story = stories_by_url(ledger)
    assert story[SEED_URL] == story[WIRE_URL] == story[COPY_URL] == story[OTHER_URL]
    assert story[MAY_URL] != story[WIRE_URL]


def test_provenance_names_the_english_wire_as_origin_of_the_uncredited_seed(ledger: str) -> None:
    code, out, _ = run("provenance", "--db", ledger, "--format", "json")
    assert code == 0
    links = json.loads(out)
    seed = [ln for ln in links if ln["copy"]["url"] == SEED_URL]
    assert len(seed) == 1
    assert seed[0]["origin"]["url"] in (WIRE_URL, COPY_URL)
    assert seed[0]["kind"] == "translation"
    assert seed[0]["credited"] is False
    assert seed[0]["evidence"], "a link shows the aligned paragraphs"
    # The independent report copies nobody, and nobody copies the May story.
    assert not [ln for ln in links if OTHER_URL in (ln["copy"]["url"], ln["origin"]["url"])]
    assert not [ln for ln in links if MAY_URL in (ln["copy"]["url"], ln["origin"]["url"])]
    for ln in links:
        assert {"copy", "origin", "kind", "credited", "score", "evidence"} <= ln.keys()
        assert ln["kind"] in ("copy", "rewrite", "translation")


def test_the_syndicated_copy_is_a_copy_of_the_wire(ledger: str) -> None:
    _, out, _ = run("provenance", "--db", ledger, "--format", "json")
    pairs = {(ln["copy"]["url"], ln["origin"]["url"]): ln["kind"] for ln in json.loads(out)}
    assert pairs.get((COPY_URL, WIRE_URL)) == "copy"


def test_story_counts_copies_once_and_shows_the_troop_contradiction(ledger: str) -> None:
    story_id = stories_by_url(ledger)[WIRE_URL]
    code, out, _ = run("story", story_id[:8], "--db", ledger, "--format", "json")
    assert code == 0
    story = json.loads(out)
    assert story["claims"], "the story lists its claims"
    # Four pages say it, but the seed and the syndicated copy come from the wire.
    assert max(c["independent"] for c in story["claims"]) <= 2
    # Events are corroborated through the claim that carries them.
    troops = [c for c in story["claims"] if "12,000" in c["text"] or "12 000" in c["text"]]
    assert troops and any(e["type"] == "MOBILIZE" for c in troops for e in c["events"])
    quantities = [x for x in story["contradictions"] if x["kind"] == "quantity"]
    assert any({12_000, 10_000} <= _numbers(x) for x in quantities)


def _numbers(contradiction: dict) -> set[int]:  # type: ignore[type-arg]
    """The amounts the sides of a contradiction give ("12,000", "12 000", "10,000")."""
    found = set()
    for v in contradiction["values"]:
        for m in re.findall(r"\d[\d ,.\u202f\u00a0]*\d|\d", v["text"]):
            found.add(int(re.sub(r"\D", "", m)))
    return found


def test_text_views_read_for_people(ledger: str) -> None:
    code, out, _ = run("stories", "--db", ledger)
    assert code == 0 and "stories" in out
    code, out, _ = run("provenance", "--db", ledger)
    assert code == 0 and "NO" in out  # the seed does not credit its origin
    story_id = stories_by_url(ledger)[SEED_URL]
    code, out, _ = run("story", story_id, "--db", ledger)
    assert code == 0
    assert "does NOT credit it" in out


def test_unknown_story_is_an_error_naming_it(ledger: str) -> None:
    code, _, err = run("story", "nope", "--db", ledger)
    assert code == 1
    assert "nope" in err


def test_reingesting_adds_nothing_and_moves_nothing(ledger: str, tmp_path: Path) -> None:
    before = stories_by_url(ledger)
    one = tmp_path / "one.jsonl"
    one.write_text(json.dumps({"url": OTHER_URL, "text": OTHER, "published": "2024-11-18",
                               "source": "Other Daily"}), encoding="utf-8")
    code, out, _ = run("ingest", str(one), "--db", ledger, "--quiet")
    assert code == 0 and "0 added" in out
    assert stories_by_url(ledger) == before
