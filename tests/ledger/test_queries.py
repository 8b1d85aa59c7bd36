"""What the read queries show of a page: sources without server paths."""

from __future__ import annotations

import pytest

from newstrace.ledger.queries import public_source


@pytest.mark.parametrize(("source", "shown"), [
    ("/home/analyst/cases/leak/page.html", "page.html"),
    ("samples/article_fr.txt", "article_fr.txt"),
    ("~/news/a.html.gz", "a.html.gz"),
    ("/srv/My Pages/a b.html", "a b.html"),
    ("C:\\Users\\me\\page.html", "page.html"),
    ("dump.jsonl:12", "dump.jsonl:12"),
    ("CBS News", "CBS News"),
    ("https://example.org/2024/11/17/story", "https://example.org/2024/11/17/story"),
    ("api (POST /api/documents)", "api (POST /api/documents)"),
    (None, None),
])
def test_local_paths_are_shown_by_file_name_only(source: str | None, shown: str | None) -> None:
    assert public_source(source) == shown
