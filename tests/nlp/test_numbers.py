"""Numbers as news writes them: separators per language, magnitudes, words, vague counts."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newstrace.nlp.numbers import decimal_mark, parse_digits, parse_number

NBSP, NNBSP = "\u00a0", "\u202f"


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("12 000", "fr", 12000),
        (f"12{NBSP}000", "fr", 12000),
        (f"12{NNBSP}000", "fr", 12000),
        ("12 000", "en", 12000),
        ("12,000", "en", 12000),
        ("12,000", None, 12000),
        ("12.000", "de", 12000),
        ("12.000", "fr", 12000),
        ("12,5", "fr", 12.5),
        ("12.5", "en", 12.5),
        ("12,5", "en", 12.5),  # a lone comma before 1 digit cannot group thousands
        ("1,234.56", "en", 1234.56),
        ("1.234,56", "de", 1234.56),
        ("1.234,56", "en", 1234.56),  # both marks: the last one is the decimal
        ("1,234,567", "en", 1234567),
        ("1.234.567", "de", 1234567),
        ("1 234 567,5", "fr", 1234567.5),
        ("1'234'567", "de", 1234567),
        ("0,125", "fr", 0.125),
        ("0.125", "en", 0.125),
    ],
)
def test_digits_with_separators(text: str, language: str | None, value: float) -> None:
    assert parse_number(text, language) == pytest.approx(value)


def test_lone_comma_before_three_digits_follows_the_language() -> None:
    # English groups thousands with the comma; French writes decimals with it...
    assert parse_number("1,234", "en") == 1234
    assert parse_number("1,234", "fr") == pytest.approx(1.234)
    # ...but no decimal ends in a written zero: French "12,000" is an English-formatted 12000.
    assert parse_number("12,000", "fr") == 12000
    assert parse_number("3.141", "en") == pytest.approx(3.141)
    assert parse_number("12.000", "en") == 12000


def test_decimal_mark_comes_from_the_lexicon() -> None:
    assert decimal_mark("fr") == ","
    assert decimal_mark("fr-FR") == ","
    assert decimal_mark("de") == ","
    assert decimal_mark("en") == "."
    assert decimal_mark(None) == "."


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("3 millions", "fr", 3e6),
        ("2,5 milliards", "fr", 2.5e9),
        ("1.2bn", "en", 1.2e9),
        ("1.2 billion", "en", 1.2e9),
        ("50k", "en", 5e4),
        ("-1,234", "en", -1234),
        ("\u22121 234", "fr", -1234),
    ],
)
def test_magnitudes_and_signs(text: str, language: str, value: float) -> None:
    assert parse_number(text, language) == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("trois", "fr", 3),
        ("deux cents", "fr", 200),
        ("vingt et un", "fr", 21),
        ("quatre-vingt-dix", "fr", 90),
        ("mille", "fr", 1000),
        ("deux cent mille", "fr", 200000),
        ("twenty-five", "en", 25),
        ("two hundred and five", "en", 205),
        ("zweihundertfünfzig", "de", 250),
    ],
)
def test_number_words(text: str, language: str, value: int) -> None:
    assert parse_number(text, language) == value


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("tens", "en", 10),
        ("thousands", "en", 1000),
        ("tens of billions", "en", 1e10),
        ("des milliers", "fr", 1000),
        ("dizaines", "fr", 10),
        ("plusieurs dizaines de milliards", "fr", 1e10),
    ],
)
def test_vague_counts_are_the_lower_bound_of_their_magnitude(
    text: str, language: str, value: float
) -> None:
    assert parse_number(text, language) == value


@pytest.mark.parametrize(
    "text", ["", "  ", "abc", "12 00", "1,2,3", "1.2.3,4,5", "12 000 soldats", "G7", "12,,5"]
)
def test_not_a_number(text: str) -> None:
    assert parse_number(text, "en") is None
    assert parse_number(text, "fr") is None


def test_never_twelve_or_zero_for_twelve_thousand() -> None:
    for lang in ("fr", "en", "de", None):
        assert parse_number("12 000", lang) == 12000
        assert parse_digits(f"12{NBSP}000", lang) == 12000


# --- properties ---------------------------------------------------------------------------

@given(st.text(), st.sampled_from(["fr", "en", "de", "es", "xx", None]))
def test_parse_number_never_raises(text: str, language: str | None) -> None:
    value = parse_number(text, language)
    assert value is None or isinstance(value, float)


@given(st.text(alphabet="0123456789 ,.'\u00a0\u202f-+kmbn"), st.sampled_from(["fr", "en", None]))
def test_parse_number_never_raises_on_numberish_text(text: str, language: str | None) -> None:
    parse_number(text, language)


#: Decimals as news writes them: no trailing zero after the mark (see nlp.numbers).
_fraction = st.from_regex(r"\A[0-9]{0,5}[1-9]\Z", fullmatch=True)
_integer = st.integers(min_value=0, max_value=10**15)


def _group(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


@given(_integer)
def test_english_integers_read_back(n: int) -> None:
    assert parse_number(f"{n:,}", "en") == n
    assert parse_number(f"{n:,}", None) == n


@given(_integer, _fraction)
def test_english_decimals_read_back(n: int, frac: str) -> None:
    assert parse_number(f"{n:,}.{frac}", "en") == pytest.approx(float(f"{n}.{frac}"))


@given(_integer, st.sampled_from([NBSP, NNBSP, " "]))
def test_french_integers_read_back(n: int, space: str) -> None:
    assert parse_number(_group(n, space), "fr") == n


@given(_integer, _fraction, st.sampled_from([NBSP, NNBSP, " "]))
def test_french_decimals_read_back(n: int, frac: str, space: str) -> None:
    text = f"{_group(n, space)},{frac}"
    assert parse_number(text, "fr") == pytest.approx(float(f"{n}.{frac}"))


@given(_integer, st.one_of(st.none(), _fraction))
def test_german_numbers_read_back(n: int, frac: str | None) -> None:
    text = _group(n, ".") + (f",{frac}" if frac else "")
    expected = float(f"{n}.{frac}") if frac else n
    assert parse_number(text, "de") == pytest.approx(expected)
