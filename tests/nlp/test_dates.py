"""Explicit dates in French and English text: what bounds a window and dates a caption."""

from hypothesis import given
from hypothesis import strategies as st

from newstrace.nlp.dates import find_dates, is_month


def values(text: str) -> list[str]:
    return [d.value for d in find_dates(text)]


def test_french_day_month_year_with_article() -> None:
    text = "dans la banlieue de Kiev, le 3 avril 2022."
    [d] = find_dates(text)
    assert d.value == "2022-04-03"
    assert text[d.start : d.end] == "3 avril 2022"


def test_english_day_month_comma_year() -> None:
    assert values("at White Sands Missile Range, 14 December, 2021") == ["2021-12-14"]


def test_english_month_day_year() -> None:
    assert values("On December 14, 2021, the range") == ["2021-12-14"]


def test_ordinal_and_unaccented_month() -> None:
    assert values("le 1er fevrier 2024 et le 2nd of May") == ["2024-02-01"]


def test_month_and_year_only() -> None:
    assert values("en juin 2024, puis en June 2025") == ["2024-06", "2025-06"]


def test_iso_date() -> None:
    assert values("published 2024-11-17T10:00") == ["2024-11-17"]


def test_bare_month_or_modal_may_is_not_a_date() -> None:
    assert values("They may come in mai or in January.") == []


def test_impossible_day_is_not_invented() -> None:
    # 31 February does not exist: only the month and year are vouched for.
    assert values("le 31 février 2023") == ["2023-02"]


@given(st.text())
def test_never_crashes_and_spans_read_back(text: str) -> None:
    for d in find_dates(text):
        assert text[d.start : d.end] == d.text
        assert len(d.value) in (7, 10)


@given(st.dates(), st.sampled_from(["%d %B %Y", "%B %d, %Y", "%Y-%m-%d"]))
def test_formatted_dates_read_back(day, fmt: str) -> None:  # type: ignore[no-untyped-def]
    if day.year < 1800:
        return
    text = f"Seen on {day.strftime(fmt)} here."
    assert values(text) == [day.isoformat()] or day.year >= 2200


def test_month_names_come_from_every_lexicon() -> None:
    """A number next to a month is a date, in French or English, full or short, with or
    without accents; other words are no months."""
    assert is_month("Mars") and is_month("decembre") and is_month("Sept.") and is_month("May")
    assert not is_month("maison") and not is_month("foyers")
