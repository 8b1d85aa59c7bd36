"""A large corpus on Dask: the same analyses as ingest, written to files, then loaded."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newstrace.cli import main

pytest.importorskip("dask")

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def corpus(folder: Path) -> Path:
    text = "Un titre\n\nUn premier paragraphe assez long pour être un article, page {}.\n"
    folder.mkdir()
    for name in "abcde":
        (folder / f"{name}.txt").write_text(text.format(name), encoding="utf-8")
    (folder / "bad.html").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 200)
    return folder


def test_batch_writes_one_result_per_page_and_load_stores_them_once(tmp_path: Path) -> None:
    pages = corpus(tmp_path / "pages")
    out = tmp_path / "out"
    code, stdout, _ = run("batch", str(pages), "--out", str(out), "--scheduler",
                          "synchronous", "--files-per-partition", "2", "--no-nlp")
    assert code == 1  # one page failed, and says so
    assert "6 pages (1 errors) in 3 files" in stdout
    lines = [json.loads(line) for f in sorted(out.glob("part-*.jsonl"))
             for line in f.read_text(encoding="utf-8").splitlines()]
    assert sum("analysis" in r for r in lines) == 5
    [error] = [r["error"] for r in lines if "error" in r]
    assert error["document"].endswith("bad.html") and error["code"] == "E002"

    db = str(tmp_path / "l.db")
    code, stdout, _ = run("load", str(out), "--db", db)
    assert code == 1 and "5 added" in stdout
    code, stdout, _ = run("load", str(out), "--db", db)
    assert "0 added, 5 already stored" in stdout
    code, stdout, _ = run("stats", "--db", db, "--format", "json")
    stats = json.loads(stdout)
    assert stats["documents"] == 5 and stats["errors"] == 2


def test_batch_results_match_ingest(tmp_path: Path) -> None:
    pages = corpus(tmp_path / "pages")
    run("batch", str(pages), "--out", str(tmp_path / "out"), "--scheduler", "synchronous",
        "--no-nlp")
    run("load", str(tmp_path / "out"), "--db", str(tmp_path / "a.db"))
    run("ingest", str(pages), "--db", str(tmp_path / "b.db"), "--no-nlp", "--quiet")
    ids = []
    for name in ("a.db", "b.db"):
        _, out, _ = run("stats", "--db", str(tmp_path / name), "--format", "json")
        ids.append(json.loads(out)["documents"])
    assert ids[0] == ids[1] == 5
