"""Countries from names, abbreviations, demonyms (every gender and number) and metonyms."""

from __future__ import annotations

import pytest

from newstrace.nlp.countries import Country, country_by_code, country_of, metonym_country


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("Russie", "RUS"),
        ("la Russie", "RUS"),
        ("États-Unis", "USA"),
        ("Etats-Unis", "USA"),
        ("les États-Unis", "USA"),
        ("des États-Unis", "USA"),
        ("USA", "USA"),
        ("U.S.", "USA"),
        ("Corée du Nord", "PRK"),
        ("la Corée du Nord", "PRK"),
        ("North Korea", "PRK"),
        ("DPRK", "PRK"),
        ("Ukraine", "UKR"),
        ("l’Ukraine", "UKR"),
        ("l'Ukraine", "UKR"),
        ("Allemagne", "DEU"),
        ("the United States", "USA"),
        ("Deutschland", "DEU"),  # CLDR names in other languages
        ("Rusia", "RUS"),
        ("Burma", "MMR"),  # our alias table
    ],
)
def test_country_names(text: str, iso3: str) -> None:
    found = country_of(text)
    assert found is not None, text
    assert found.iso3 == iso3


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("nord-coréen", "PRK"),
        ("nord-coréenne", "PRK"),
        ("nord-coréens", "PRK"),
        ("nord-coréennes", "PRK"),
        ("sud-coréens", "KOR"),
        ("sud-coréennes", "KOR"),
        ("américain", "USA"),
        ("américaine", "USA"),
        ("américaines", "USA"),
        ("Américains", "USA"),
        ("russe", "RUS"),
        ("russes", "RUS"),
        ("ukrainien", "UKR"),
        ("ukrainiens", "UKR"),
        ("ukrainiennes", "UKR"),
        ("français", "FRA"),
        ("française", "FRA"),
        ("françaises", "FRA"),
        ("turque", "TUR"),
        ("North Korean", "PRK"),
        ("North Koreans", "PRK"),
        ("American", "USA"),
        ("Americans", "USA"),
        ("Ukrainian", "UKR"),
        ("British", "GBR"),
        ("Chinese", "CHN"),
    ],
)
def test_demonyms_and_adjectives_in_every_form(text: str, iso3: str) -> None:
    found = country_of(text)
    assert found is not None, text
    assert found.iso3 == iso3


def test_language_restricts_demonym_rules_but_not_names() -> None:
    assert country_of("nord-coréennes", "fr") == country_of("nord-coréennes")
    assert country_of("North Korean", "en") is not None
    assert country_of("Russie", "en") is not None  # a French name in an English page


def test_common_english_names_and_capitals() -> None:
    assert country_of("DPRK") == Country("PRK", "KP", "North Korea", "Pyongyang", 40.0, 127.0)
    names = {c: country_of(c).name for c in ["USA", "Corée du Sud", "Russie", "Ukraine"]}  # type: ignore[union-attr]
    assert names == {
        "USA": "United States",
        "Corée du Sud": "South Korea",
        "Russie": "Russia",
        "Ukraine": "Ukraine",
    }
    assert country_by_code("UKR") == country_by_code("UA")
    assert country_by_code("UKR").capital == "Kyiv"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text",
    [
        "us",  # the pronoun is not the USA: abbreviations match in capitals only
        "turkey",  # a country name needs its capital letter
        "chad",
        "polish",  # English demonyms need their capital (French ones are lowercase)
        "pole",
        "swede",
        "Moscou",  # a capital is a metonym, not a country name
        "Kremlin",
        "Biden",
        "Sources",
        "la",
        "",
    ],
)
def test_not_countries(text: str) -> None:
    assert country_of(text) is None


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("Moscou", "RUS"),
        ("Kiev", "UKR"),
        ("Kyiv", "UKR"),
        ("Washington", "USA"),
        ("Pyongyang", "PRK"),
        ("Beijing", "CHN"),
        ("Pékin", "CHN"),
        ("the Kremlin", "RUS"),
        ("le Kremlin", "RUS"),
        ("the White House", "USA"),
        ("la Maison Blanche", "USA"),
        ("la Maison-Blanche", "USA"),
        ("Downing Street", "GBR"),
        ("l'Élysée", "FRA"),
        ("l’Elysée", "FRA"),
    ],
)
def test_capitals_and_seats_of_power_as_metonyms(text: str, iso3: str) -> None:
    found = metonym_country(text)
    assert found is not None, text
    assert found.iso3 == iso3


@pytest.mark.parametrize("text", ["Bucha", "Koursk", "Paris, Texas", "kremlin", "Biden", ""])
def test_places_that_are_not_seats_of_power(text: str) -> None:
    assert metonym_country(text) is None


@pytest.mark.parametrize(
    ("text", "language", "iso3"),
    [
        ("Burundian", "en", "BDI"),
        ("Zimbabwean", "en", "ZWE"),
        ("Sri Lankan", "en", "LKA"),
        ("Nigerian", "en", "NGA"),  # Nigeria's, not Niger's
        ("zimbabwéennes", "fr", "ZWE"),
        ("ougandais", "fr", "UGA"),
        ("haïtien", "fr", "HTI"),
        ("guinéens", "fr", "GIN"),  # "Guinée" -> "guinéen", with its accent
        # -stan names lose the suffix: a rule of the lexicon, not a list of countries.
        ("Kyrgyz", "en", "KGZ"),
        ("Uzbek", "en", "UZB"),
        ("ouzbèkes", "fr", "UZB"),
        # Names of several parts give the demonym of their first part; the more populous
        # country takes a form two could give ("Congo - Kinshasa", "Congo - Brazzaville").
        ("Bosnian", "en", "BIH"),
        ("bosniennes", "fr", "BIH"),
        ("Trinidadian", "en", "TTO"),
        ("Congolese", "en", "COD"),
        ("congolais", "fr", "COD"),
    ],
)
def test_demonyms_derived_from_country_names(text: str, language: str, iso3: str) -> None:
    found = country_of(text, language)
    assert found is not None and found.iso3 == iso3


def test_derived_english_demonyms_need_a_capital_and_words_stay_words() -> None:
    assert country_of("burundian", "en") is None
    assert country_of("mais", "fr") is None
    assert country_of("bien", "fr") is None
    assert country_of("Saint", "en") is None  # "Saint Lucia" gives no demonym "Saint"


def test_demonym_rules_are_lexicon_data() -> None:
    from newstrace import lexicons

    for language in ("en", "fr"):
        rules = lexicons.load(language)["places"]["derived_demonyms"]
        assert rules and all(len(rule) == 2 for rule in rules)
