"""A small ledger for the API and web tests, built the way a user builds one.

The seed page (``samples/article_fr.txt``) is analysed whole, and so is a short
page whose text starts with emoji (characters outside the BMP: Python counts
offsets in code points, JavaScript in UTF-16 units, and the web page must
highlight the same words).  Two sample pages and a hostile page (markup and a
``javascript:`` URL in its text and metadata) are stored with ``--no-nlp``,
which is quick and enough for lists and escaping.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from newstrace.cli import main
from newstrace.ledger import Ledger

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "samples" / "article_fr.txt"
ZYTE = sorted((ROOT / "samples" / "zyte").glob("*.html.gz"))[:2]
HOSTILE = {
    "url": "javascript:window.__pwned=3",
    "source": "<b onmouseover=window.__pwned=4>Evil</b>",
    "published": "2024-11-20",
    "text": (
        "<img src=x onerror=window.__pwned=1> Hostile page\n\n"
        "<script>window.__pwned=2</script> This paragraph carries markup that must be shown as "
        "text, never run, and it is long enough to count as article text in the body."
    ),
}


_BUILT: dict[str, Path] = {}


def session_ledger(factory: Any) -> Path:
    """One ledger per test session, shared by the API and the web tests (read only)."""
    if "path" not in _BUILT:
        _BUILT["path"] = build_ledger(factory.mktemp("ledger"))
    return _BUILT["path"]


EMOJI = {
    "url": "https://emoji.example/2019/03/01/tractors",
    "source": "Emoji News",
    "published": "2019-03-01",
    "text": (
        "🔴 LIVE: farmers arrested in Paris 🚜\n\n"
        "🇫🇷🇫🇷 President Emmanuel Macron said on Friday that police arrested 300 farmers who "
        "had blocked Paris with tractors overnight, according to two officials."
    ),
}


def build_ledger(folder: Path) -> Path:
    """Ingest the seed and the emoji page (with NLP) and three pages without it into
    ``folder/ledger.db``."""
    db = folder / "ledger.db"
    hostile = folder / "hostile.jsonl"
    hostile.write_text(json.dumps(HOSTILE) + "\n", encoding="utf-8")
    emoji = folder / "emoji.jsonl"
    emoji.write_text(json.dumps(EMOJI) + "\n", encoding="utf-8")
    runner = CliRunner()
    for args in (
        [str(SEED), str(emoji)],
        [*map(str, ZYTE), str(hostile), "--no-nlp"],
    ):
        result = runner.invoke(main, ["ingest", *args, "--db", str(db), "--quiet"],
                               catch_exceptions=False)
        assert result.exit_code == 0, result.output
    return db


def seed_of(db: Path) -> dict[str, Any]:
    """The seed page's contract, as the ledger stores it."""
    with Ledger(db) as ledger:
        [row] = [d for d in ledger.documents() if d["source"].endswith("article_fr.txt")]
        found = ledger.get(row["id"])
    assert found is not None
    return found
