"""End to end: the command line on real files, as a user runs it."""

import gzip
import json
import shutil
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from newstrace.cli import main

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "samples" / "article_fr.txt"
SCHEMA = json.loads((ROOT / "src/newstrace/schema/analysis.schema.json").read_text())
ZYTE = sorted((ROOT / "samples" / "zyte").glob("*.html.gz"))


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def seed_json() -> dict:  # type: ignore[type-arg]
    code, out, _ = run("extract", str(SEED), "--format", "json", "--published", "2024-11-17")
    assert code == 0
    [line] = out.strip().splitlines()
    return json.loads(line)


def test_json_output_follows_the_published_schema(seed_json: dict) -> None:  # type: ignore[type-arg]
    jsonschema.validate(seed_json, SCHEMA)


def test_html_output_follows_the_schema_too() -> None:
    code, out, _ = run("extract", str(ZYTE[0]), "--format", "json", "--no-nlp")
    assert code == 0
    jsonschema.validate(json.loads(out), SCHEMA)


def test_seed_document_parts(seed_json: dict) -> None:  # type: ignore[type-arg]
    doc = seed_json["document"]
    assert doc["title"].startswith("Sources : Biden donne le feu vert")
    assert doc["byline"] == "Milos Schmidt"
    assert doc["language"] == "fr"
    assert "Laisser un commentaire" not in doc["text"]
    assert "vingt + dix" not in doc["text"]
    assert "The US Army" not in doc["text"]
    kinds = [b["kind"] for b in doc["blocks"]]
    assert kinds.count("caption") == 5
    assert sum(1 for b in doc["blocks"] if b["kind"] == "caption" and not b["duplicate_of"]) == 3
    assert [b["text"] for b in doc["blocks"] if b["kind"] == "subheading"] == [
        "La Corée du Nord intervient"
    ]
    body = [b for b in doc["blocks"] if b["kind"] in ("standfirst", "paragraph")]
    assert len(body) == 16


def test_every_evidence_span_reads_back(seed_json: dict) -> None:  # type: ignore[type-arg]
    blocks = {b["id"]: b["text"] for b in seed_json["document"]["blocks"]}
    spans = []
    for name in ("entities", "places", "times", "quantities", "claims"):
        for record in seed_json[name]:
            spans.extend(record["evidence"])
    assert spans
    for s in spans:
        assert blocks[s["block"]][s["start"] : s["end"]] == s["text"]


def test_headline_claim_rests_on_four_anonymous_sources(seed_json: dict) -> None:  # type: ignore[type-arg]
    sourcing = seed_json["document"]["sourcing"]
    assert "4 anonymous sources" in sourcing["summary"]
    headline = next(c for c in seed_json["claims"] if c["id"] == sourcing["headline_claim"])
    assert headline["certainty"] == "reported"
    assert headline["source"] == {**headline["source"], "kind": "anonymous", "count": 4}


def test_text_view_shows_certainty_first() -> None:
    code, out, _ = run("extract", str(SEED), "--published", "2024-11-17")
    assert code == 0
    assert "REPORTED" in out and "4 anonymous sources" in out
    assert "set aside" in out and "Laisser un commentaire" in out


def test_ingest_is_idempotent_and_failures_do_not_stop_the_batch(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    shutil.copy(SEED, pages / "seed.txt")
    shutil.copy(ZYTE[0], pages / "page.html.gz")
    (pages / "empty.txt").write_text("")
    (pages / "image.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    (pages / "broken.html.gz").write_bytes(b"not gzip at all")
    db = str(tmp_path / "news.db")

    code, out, err = run("ingest", str(pages), "--db", db, "--no-nlp", "--quiet")
    assert code == 1  # some pages failed
    assert "2 added" in out and "3 failed" in out
    for name in ("empty.txt", "image.html", "broken.html.gz"):
        assert name in err

    code, out, _ = run("ingest", str(pages / "seed.txt"), "--db", db, "--no-nlp", "--quiet")
    assert code == 0 and "0 added, 1 already stored" in out

    code, out, _ = run("stats", "--db", db, "--format", "json")
    stats = json.loads(out)
    assert stats["documents"] == 2 and stats["errors"] == 3


def test_show_by_id_prefix(tmp_path: Path) -> None:
    db = str(tmp_path / "news.db")
    run("ingest", str(SEED), "--db", db, "--no-nlp", "--quiet")
    code, out, _ = run("stats", "--db", db, "--format", "json")
    code, out, _ = run("extract", str(SEED), "--format", "json", "--no-nlp")
    doc_id = json.loads(out)["document"]["id"]
    code, out, _ = run("show", doc_id[:8], "--db", db)
    assert code == 0 and "Milos Schmidt" in out
    code, _, err = run("show", "ffffffffffff", "--db", db)
    assert code == 1 and "no page" in err


def test_gz_html_and_jsonl_inputs(tmp_path: Path) -> None:
    html = gzip.decompress(ZYTE[0].read_bytes()).decode("utf-8", "replace")
    line = {"url": "https://example.org/a?utm_source=x", "html": html, "published": "2019-11-18",
            "source": "Example Wire"}
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps(line) + "\n" + "{not json\n")
    code, out, err = run("extract", str(path), "--format", "json", "--no-nlp")
    assert code == 1 and "feed.jsonl:2" in err
    doc = json.loads(out.strip().splitlines()[0])["document"]
    assert doc["url"].startswith("https://example.org/a")
    assert "Example Wire" in doc["source"]


def test_unknown_date_option_is_a_usage_error() -> None:
    code, _, err = run("extract", str(SEED), "--published", "17/11/2024")
    assert code == 2 and "YYYY-MM-DD" in err


def test_help_explains_exit_codes() -> None:
    code, out, _ = run("--help")
    assert code == 0 and "Exit codes" in out
