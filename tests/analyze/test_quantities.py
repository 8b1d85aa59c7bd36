"""Quantities: value, unit, what is counted, bound, and evidence that reads back."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newstrace.analyze.quantities import quantities_in
from newstrace.model import Block, Quantity

NBSP, NNBSP = "\u00a0", "\u202f"


def read(text: str, language: str | None) -> list[Quantity]:
    block = Block("b1", "paragraph", text, 0, len(text), language=language)
    found = quantities_in(block, language=language)
    for q in found:
        (span,) = q.evidence
        assert span.block == "b1"
        assert text[span.start:span.end] == q.text
    return found


def one(text: str, language: str) -> Quantity:
    found = read(text, language)
    assert len(found) == 1, found
    return found[0]


def test_seed_north_korean_soldiers_at_least_twelve_thousand() -> None:
    text = (f"Pas moins de 12{NBSP}000 soldats nord-coréens ont été envoyés en Russie, "
            "selon les estimations américaines.")
    q = one(text, "fr")
    assert q.text == f"Pas moins de 12{NBSP}000 soldats nord-coréens"
    assert (q.value, q.bound, q.unit, q.of) == (12000, "at_least", "soldiers",
                                                "soldats nord-coréens")


@pytest.mark.parametrize("space", [" ", NBSP, NNBSP])
def test_twelve_thousand_is_never_twelve_or_zero(space: str) -> None:
    q = one(f"Pas moins de 12{space}000 soldats", "fr")
    assert q.value == 12000


def test_english_at_least_with_premodifiers() -> None:
    q = one("At least 12,000 North Korean troops were sent.", "en")
    assert (q.value, q.bound, q.unit, q.of) == (12000, "at_least", "soldiers",
                                                "North Korean troops")


@pytest.mark.parametrize(
    ("text", "language", "value", "unit"),
    [
        ("d'envoyer des milliers de soldats en Russie", "fr", 1000, "soldiers"),
        ("thousands of troops", "en", 1000, "soldiers"),
        ("des centaines de civils", "fr", 100, "civilians"),
        ("hundreds of civilians", "en", 100, "civilians"),
        ("des dizaines de morts", "fr", 10, "dead"),
        ("dozens of people", "en", 12, "people"),
        ("une vingtaine de blessés", "fr", 20, "wounded"),
        ("plusieurs dizaines de milliards de dollars", "fr", 1e10, "USD"),
        ("tens of billions of dollars", "en", 1e10, "USD"),
        ("plusieurs dizaines de milliers de soldats", "fr", 1e4, "soldiers"),
        ("several thousand troops", "en", 1000, "soldiers"),
    ],
)
def test_vague_counts_are_approximate_lower_bounds(
    text: str, language: str, value: float, unit: str
) -> None:
    q = one(text, language)
    assert (q.value, q.unit, q.bound) == (value, unit, "approximate")


def test_vague_count_text_keeps_its_determiner() -> None:
    assert one("la décision d'envoyer des milliers de soldats", "fr").text == (
        "des milliers de soldats")
    assert one("une aide de plusieurs dizaines de milliards de dollars.", "fr").text == (
        "plusieurs dizaines de milliards de dollars")


@pytest.mark.parametrize(
    ("text", "language", "value", "unit"),
    [
        ("$61bn", "en", 61e9, "USD"),
        ("61 milliards de dollars", "fr", 61e9, "USD"),
        ("€50 million", "en", 50e6, "EUR"),
        ("50 millions d’euros", "fr", 50e6, "EUR"),
        ("2,5 milliards d'euros", "fr", 2.5e9, "EUR"),
        ("$1.2 billion", "en", 1.2e9, "USD"),
        ("US$5bn", "en", 5e9, "USD"),
        ("3 Md€", "fr", 3e9, "EUR"),
        ("50 €", "fr", 50, "EUR"),
        # other dollars are not US dollars
        ("176 Hong Kong dollars", "en", 176, "HKD"),
        ("88 billion Hong Kong dollars", "en", 88e9, "HKD"),
        ("HK$176 a share", "en", 176, "HKD"),
        ("5 million Canadian dollars", "en", 5e6, "CAD"),
        ("10 US dollars", "en", 10, "USD"),
        ("176 dollars de Hong Kong", "fr", 176, "HKD"),
        ("5 millions de dollars canadiens", "fr", 5e6, "CAD"),
        ("a $5 bill", "en", 5, "USD"),
    ],
)
def test_money_is_exact_with_a_currency_code(
    text: str, language: str, value: float, unit: str
) -> None:
    q = one(text, language)
    assert (q.value, q.unit, q.bound) == (pytest.approx(value), unit, "exact")


@pytest.mark.parametrize(
    ("text", "language", "bound"),
    [
        ("au moins 10 morts", "fr", "at_least"),
        ("plus de 300 personnes", "fr", "at_least"),
        ("at least 10 dead", "en", "at_least"),
        ("no fewer than 500 drones", "en", "at_least"),
        ("more than 300 people", "en", "at_least"),
        ("over 300 people", "en", "at_least"),
        ("100 people or more", "en", "at_least"),
        ("jusqu'à 20 000 soldats", "fr", "at_most"),
        ("jusqu’à 20 000 soldats", "fr", "at_most"),
        ("moins de 5 000 habitants", "fr", "at_most"),
        ("au plus 5 000 habitants", "fr", "at_most"),
        ("up to 20,000 soldiers", "en", "at_most"),
        ("at most 20 soldiers", "en", "at_most"),
        ("less than 10 percent", "en", "at_most"),
        ("fewer than 10 hostages", "en", "at_most"),
        ("environ 300 personnes", "fr", "approximate"),
        ("près de 300 personnes", "fr", "approximate"),
        ("quelque 300 personnes", "fr", "approximate"),
        ("300 personnes environ", "fr", "approximate"),
        ("around 300 people", "en", "approximate"),
        ("about 300 people", "en", "approximate"),
        ("nearly 300 people", "en", "approximate"),
        ("some 300 people", "en", "approximate"),
        ("roughly 300 people", "en", "approximate"),
        ("an estimated 300 people", "en", "approximate"),
        ("300 personnes", "fr", "exact"),
        ("300 people", "en", "exact"),
    ],
)
def test_bound_cues(text: str, language: str, bound: str) -> None:
    q = one(text, language)
    assert q.value in (10, 20, 100, 300, 500, 5000, 20000)
    assert q.bound == bound
    assert q.text == text


@pytest.mark.parametrize(
    ("text", "language", "low", "unit"),
    [
        ("entre 10 000 et 12 000 soldats", "fr", 10000, "soldiers"),
        ("10 000 à 12 000 soldats", "fr", 10000, "soldiers"),
        ("de 10 à 20 morts", "fr", 10, "dead"),
        ("10-12 blessés", "fr", 10, "wounded"),
        ("between 10 and 20 dead", "en", 10, "dead"),
        ("10 to 12 soldiers", "en", 10, "soldiers"),
        ("entre 2 et 3 millions de personnes", "fr", 2e6, "people"),
    ],
)
def test_ranges_keep_the_low_end_and_show_the_high_end(
    text: str, language: str, low: float, unit: str
) -> None:
    q = one(text, language)
    assert (q.value, q.unit, q.bound, q.text) == (low, unit, "range", text)
    if hasattr(q, "high"):
        assert q.high is not None and q.high > q.value


@pytest.mark.parametrize(
    ("text", "language", "value", "unit"),
    [
        ("selon un responsable américain et trois personnes proches du dossier", "fr", 3,
         "people"),
        ("deux cents soldats", "fr", 200, "soldiers"),
        ("vingt et un morts", "fr", 21, "dead"),
        ("quatre-vingt-dix chars", "fr", 90, "tanks"),
        ("mille soldats", "fr", 1000, "soldiers"),
        ("un million de réfugiés", "fr", 1e6, "refugees"),
        ("twenty-five tanks", "en", 25, "tanks"),
        ("three people familiar with the matter", "en", 3, "people"),
        ("a hundred missiles", "en", 100, "missiles"),
    ],
)
def test_number_words(text: str, language: str, value: float, unit: str) -> None:
    q = one(text, language)
    assert (q.value, q.unit, q.bound) == (value, unit, "exact")


def test_seed_three_people_keeps_the_whole_phrase() -> None:
    q = one("selon un responsable américain et trois personnes proches du dossier.", "fr")
    assert q.text == "trois personnes proches du dossier"
    assert q.of == "personnes proches du dossier"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("40 %", "fr"), (f"40{NNBSP}%", "fr"), ("40%", "en"), ("40 per cent", "en"),
        ("40 percent", "en"), ("40 pour cent", "fr"),
    ],
)
def test_percentages_have_unit_percent(text: str, language: str) -> None:
    q = one(text, language)
    assert (q.value, q.unit) == (40, "%")


def test_a_share_says_what_it_is_of() -> None:
    assert one("près de 40 % des voix", "fr").of == "voix"
    assert one("$5bn of aid", "en").of == "aid"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("un responsable américain", "fr"),
        ("une femme marche", "fr"),
        ("l'une des sources", "fr"),
        ("a US official said", "en"),
        ("one of the sources", "en"),
        ("en 2024", "fr"),
        ("in 2021, the war", "en"),
        ("à Bucha, dans la banlieue de Kiev, le 3 avril 2022.", "fr"),
        ("à Pyongyang, le 19 juin 2024.", "fr"),
        ("White Sands Missile Range, 14 December, 2021", "fr"),
        ("on December 14, 2021", "en"),
        ("on 12 May 2022", "en"),
        ("à 10h30", "fr"),
        ("à 10 h 30", "fr"),
        ("at 10:30", "en"),
        ("le 1er avril", "fr"),
        ("the 2nd battalion", "en"),
        ("le XXe siècle et le 3e régiment", "fr"),
        ("des F-16 et des Su-34", "fr"),
        ("the G7 and COVID-19", "en"),
        ("the A400M", "en"),
        ("appelez le 01 23 45 67 89", "fr"),
        ("call +1 555 123 4567", "en"),
        ("l'article 5 de l'OTAN", "fr"),
        ("n° 12", "fr"),
        ("vingt + dix =", "fr"),
        ("depuis trois ans", "fr"),
        ("10 days later", "en"),
        ("mise en quarantaine.", "fr"),
        ("un bâtiment neuf.", "fr"),
        ("2021-2022", "en"),
        ("the 1990s", "en"),
        ("24/7 and 3/4", "en"),
        ("Kim Jong Un", "fr"),
    ],
)
def test_not_quantities(text: str, language: str) -> None:
    assert read(text, language) == []


def test_a_plausible_count_that_looks_like_a_year_is_kept_with_a_cue() -> None:
    assert one("plus de 2000 soldats", "fr").value == 2000
    assert one("2000 soldats", "fr").value == 2000
    assert read("la guerre de 2000", "fr") == []


def test_several_quantities_in_order_with_exact_spans() -> None:
    text = ("Au moins 10 morts et des dizaines de blessés, selon un responsable ; "
            "l'aide atteint 61 milliards de dollars.")
    found = read(text, "fr")
    assert [(q.value, q.unit, q.bound) for q in found] == [
        (10, "dead", "at_least"), (10, "wounded", "approximate"), (61e9, "USD", "exact")]
    starts = [q.evidence[0].start for q in found]
    assert starts == sorted(starts)


def test_typographic_spaces_and_apostrophes_map_back_to_the_page() -> None:
    text = f"Jusqu\u2019à 20{NNBSP}000 soldats et 50{NBSP}millions d\u2019euros"
    found = read(text, "fr")
    assert [q.text for q in found] == [f"Jusqu\u2019à 20{NNBSP}000 soldats",
                                       f"50{NBSP}millions d\u2019euros"]


def test_magnitudes_halves_and_links() -> None:
    assert one("1 000 000 de dollars", "fr").unit == "USD"
    q = one("un million et demi de réfugiés", "fr")
    assert (q.value, q.unit) == (1.5e6, "refugees")
    q = one("plus d'un million de personnes", "fr")
    assert (q.value, q.bound, q.text) == (1e6, "at_least", "plus d'un million de personnes")
    assert one("entre deux et trois millions", "fr").value == 2e6
    assert one("one million people", "en").value == 1e6


def test_vague_plural_without_of_has_no_noun() -> None:
    q = one("Thousands fled.", "en")
    assert (q.text, q.value, q.unit, q.bound) == ("Thousands", 1000, None, "approximate")


def test_a_distance_is_not_of_the_place() -> None:
    q = one("à 30 km de Kharkiv", "fr")
    assert (q.value, q.unit, q.of, q.text) == (30, "km", None, "30 km")


def test_unknown_noun_is_kept_as_written() -> None:
    q = one("12 brigades blindées", "fr")
    assert (q.unit, q.of) == ("brigades", "brigades blindées")


@pytest.mark.parametrize(
    ("text", "language", "quantity", "value", "unit", "of"),
    [
        ("Two U.S. officials said so.", "en", "Two U.S. officials", 2, "officials",
         "U.S. officials"),
        ("five US officials said", "en", "five US officials", 5, "officials", "US officials"),
        ("at least 300 U.S. troops", "en", "at least 300 U.S. troops", 300, "soldiers",
         "U.S. troops"),
        ("5 U.N. peacekeepers died", "en", "5 U.N. peacekeepers", 5, "peacekeepers",
         "U.N. peacekeepers"),
        ("12 U.S.-made missiles", "en", "12 U.S.-made missiles", 12, "missiles",
         "U.S.-made missiles"),
        ("3 St. Louis residents", "en", "3 St. Louis residents", 3, "inhabitants",
         "St. Louis residents"),
        ("two Texas officials", "en", "two Texas officials", 2, "officials", "Texas officials"),
        ("deux soldats de l'O.N.U.", "fr", "deux soldats de l'O.N.U.", 2, "soldiers",
         "soldats de l'O.N.U."),
        ("deux responsables américains", "fr", "deux responsables américains", 2,
         "responsables", "responsables américains"),
    ],
)
def test_abbreviations_with_dots_are_modifiers_never_units(
        text: str, language: str, quantity: str, value: float, unit: str, of: str) -> None:
    """Cut at its dots, "U.S." made "two U" a quantity of the unit "U"."""
    q = one(text, language)
    assert (q.text, q.value, q.unit, q.of) == (quantity, value, unit, of)


@pytest.mark.parametrize(
    ("text", "language"),
    [("5 U.N.", "en"), ("deux M. Dupont", "fr"), ("At 10 a.m. the vote", "en")],
)
def test_an_abbreviation_alone_counts_nothing(text: str, language: str) -> None:
    """No unit is cut out of an abbreviation ("5 U", "deux M", "10 a")."""
    assert [q.unit for q in read(text, language) if q.unit is not None] == []


@pytest.mark.parametrize("text", ["2 Martin 5035 points", "5 Top", "1 Kyle Busch"])
def test_a_capitalised_singular_after_a_number_is_a_name_not_a_unit(text: str) -> None:
    """Tables of results ("2 Martin") made "Martin" a unit; plurals stay ("three Democrats")."""
    assert [q.unit for q in read(text, "en") if q.unit is not None and q.unit[0].isupper()] == []
    assert one("three Democrats", "en").unit == "Democrats"


def test_an_english_possessive_is_not_an_elision() -> None:
    q = one("40 to 80 percent of the region's air", "en")
    assert (q.unit, q.of, q.text) == ("%", "region", "40 to 80 percent of the region")


def test_a_clock_time_with_a_time_zone_is_no_count() -> None:
    assert read("The match starts at 0100 GMT on Sunday.", "en") == []


def test_jets_are_aircraft_not_fighter_jets() -> None:
    assert one("The airline ordered 30 jets.", "en").unit == "aircraft"
    assert one("They sent 12 fighter jets.", "en").unit == "fighter jets"


# --- properties ---------------------------------------------------------------------------

@settings(max_examples=150, deadline=None)
@given(st.text(), st.sampled_from(["fr", "en", "de", None]))
def test_never_raises_and_spans_read_back(text: str, language: str | None) -> None:
    read(text, language)


_pieces = st.sampled_from([
    "12", "000", " ", NBSP, NNBSP, ",", ".", "-", "'", "’", "de", "of", "et", "and", "entre",
    "between", "au moins", "at least", "des", "milliers", "thousands", "dizaines", "tens",
    "milliards", "billion", "bn", "m", "$", "€", "%", "soldats", "troops", "vingt", "un",
    "two", "2024", "avril", "May", "h", "er", "F", "=", "+", "\n", "\u00ad", "U.S.", "U",
    "St.", "a.m.", "É.-U.",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(_pieces, max_size=25).map("".join), st.sampled_from(["fr", "en"]))
def test_never_raises_on_numberish_text(text: str, language: str) -> None:
    for q in read(text, language):
        assert q.value is not None
        assert q.bound in ("exact", "at_least", "at_most", "approximate", "range")
