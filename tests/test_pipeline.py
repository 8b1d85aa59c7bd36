"""The batch runner: same results on a process pool as in one process, in input order."""

from __future__ import annotations

from newstrace.errors import EmptyDocument
from newstrace.model import RawDocument
from newstrace.pipeline import run


def pages() -> list[RawDocument | EmptyDocument]:
    text = "Un titre\n\nUn premier paragraphe assez long pour être un article, page {}.\n"
    return [
        RawDocument(source="a.txt", data=text.format("A").encode(), media_type="text"),
        EmptyDocument("missing.txt", "empty"),
        RawDocument(source="bin.txt", data=b"\x00\x01\x02" * 50, media_type="text"),
        RawDocument(source="b.txt", data=text.format("B").encode(), media_type="text"),
    ]


def test_a_pool_gives_what_one_process_gives_in_the_same_order() -> None:
    one = list(run(pages(), nlp=False))
    two = list(run(pages(), nlp=False, workers=2))
    assert [o.source for o in two] == ["a.txt", "missing.txt", "bin.txt", "b.txt"]
    assert [o.status for o in two] == [o.status for o in one] == [
        "analysed", "error", "error", "analysed"
    ]
    assert [o.analysis for o in two] == [o.analysis for o in one]
    # Errors come back from the workers whole: code, page and message.
    assert type(two[2].error) is type(one[2].error)
    assert two[2].error is not None and two[2].error.document == "bin.txt"


def test_the_pool_stores_in_input_order_through_one_writer() -> None:
    stored: list[str] = []
    list(run(pages(), nlp=False, workers=2,
             store=lambda a: stored.append(a.article.source) or "added"))
    assert stored == ["a.txt", "b.txt"]
