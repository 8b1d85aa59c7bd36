"""Times read against the publication date; never an invented date without one."""

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from newstrace.analyze.times import Anchor, anchor_from, times_in
from newstrace.model import Block, DateWindow

PUBLISHED = Anchor(date="2024-11-17")


def read(text: str, language: str = "fr", anchor: Anchor | None = PUBLISHED,
         kind: str = "paragraph") -> list[tuple[str, str | None, str]]:
    block = Block("b0", kind, text, 0, len(text))  # type: ignore[arg-type]
    out = []
    for t in times_in(block, language=language, anchor=anchor):
        [span] = t.evidence
        assert text[span.start : span.end] == t.text
        out.append((t.text, t.value, t.kind))
    return out


def test_seed_relative_times() -> None:
    assert read("dont l’Ukraine s’est emparée cette année.") == [("cette année", "2024", "date")]
    assert read("Trump, qui prend ses fonctions en janvier, a parlé") == [
        ("en janvier", "2025-01", "date")
    ]
    assert read("font pression depuis des mois sur Biden") == [
        ("depuis des mois", "P1M", "duration")
    ]


def test_month_without_year_is_the_nearest_one() -> None:
    assert read("en octobre") == [("en octobre", "2024-10", "date")]
    assert read("in March", "en") == [("in March", "2025-03", "date")]


def test_absolute_dates_in_both_languages() -> None:
    assert read("à Bucha, le 3 avril 2022.") == [("3 avril 2022", "2022-04-03", "date")]
    assert read("Range, 14 December, 2021", "en") == [("14 December, 2021", "2021-12-14", "date")]
    assert read("en 2023, puis") == [("en 2023", "2023", "date")]
    assert read("2023 soldats") == []


def test_relative_days_weeks_and_ago() -> None:
    assert read("hier, la semaine dernière et il y a deux mois") == [
        ("hier", "2024-11-16", "date"),
        ("la semaine dernière", "2024-11-04/2024-11-10", "window"),
        ("il y a deux mois", "2024-09", "date"),
    ]
    assert read("on Monday, two weeks ago", "en") == [
        ("Monday", "2024-11-11", "date"),
        ("two weeks ago", "2024-11-03", "date"),
    ]


def test_durations() -> None:
    assert read("pendant trois ans") == [("pendant trois ans", "P3Y", "duration")]
    assert read("for 10 days", "en") == [("for 10 days", "P10D", "duration")]


def test_no_anchor_no_invented_date() -> None:
    got = read("cette année, en janvier, hier, le 3 avril 2022", anchor=None)
    assert got == [("cette année", None, "date"), ("en janvier", None, "date"),
                   ("hier", None, "date"), ("3 avril 2022", "2022-04-03", "date")]


def test_window_fixes_the_year_only_when_both_bounds_agree() -> None:
    open_window = anchor_from(None, DateWindow("2024-06-19", None))
    assert read("cette année", anchor=open_window) == [("cette année", None, "date")]
    closed = anchor_from(None, DateWindow("2024-11-06", "2024-12-31"))
    assert read("cette année", anchor=closed) == [("cette année", "2024", "date")]


def test_caption_dates_keep_the_caption_context() -> None:
    block = Block("b0", "caption", "Pyongyang, le 19 juin 2024.", 0, 27)
    [t] = times_in(block, language="fr", anchor=PUBLISHED)
    assert (t.value, t.context) == ("2024-06-19", "caption")


@given(st.text(max_size=300))
def test_never_crashes(text: str) -> None:
    for lang in ("fr", "en", None):
        read(text, lang)  # type: ignore[arg-type]


FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]


@given(st.dates(min_value=date(1800, 1, 1), max_value=date(2199, 12, 31)))
def test_formatted_dates_read_back(day) -> None:  # type: ignore[no-untyped-def]
    fr = f"le {day.day} {FR_MONTHS[day.month - 1]} {day.year}"
    en = day.strftime("%B %d, %Y")
    assert [v for _, v, _ in read(fr)] == [day.isoformat()]
    assert [v for _, v, _ in read(en, "en")] == [day.isoformat()]
