"""The bilingual knowledge base: international organisations, countries and cities.

Data ships in `extractor/kb/data/` (JSON, read with importlib.resources, so it is
in the wheel); `load_kb()` reads it once, on first use, never at import time.

    >>> kb = load_kb()
    >>> kb.lookup("OMS").qid, kb.lookup("World Health Organization").qid
    ('Q7817', 'Q7817')
    >>> kb.country_of_demonym("japonais").name
    'Japan'
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

from extractor.kb.base import KnowledgeBase
from extractor.kb.entry import KBEntry, entry_from_record
from extractor.kb.names import normalise_name

DATA_PACKAGE = "extractor.kb.data"
DATA_FILES = ("organisations.json", "countries.json", "cities.json", "regions.json")


def read_records(name: str) -> list[dict[str, Any]]:
    """The JSON records of one data file shipped in the package."""
    text = resources.files(DATA_PACKAGE).joinpath(name).read_text(encoding="utf-8")
    return json.loads(text)


def entries_of(name: str) -> list[KBEntry]:
    return [entry_from_record(record) for record in read_records(name)]


@lru_cache(maxsize=1)
def load_kb() -> KnowledgeBase:
    """The knowledge base, built once per process from the packaged data."""
    organisations, countries, cities, regions = (entries_of(name) for name in DATA_FILES)
    # world regions ("Afrique de l'Ouest" = "West Africa") are places like cities,
    # with no country of their own
    return KnowledgeBase(organisations, countries, cities + regions)


__all__ = ["KBEntry", "KnowledgeBase", "load_kb", "normalise_name", "read_records"]
