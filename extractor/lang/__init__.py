"""Per-language knowledge: `fr` and `en` modules export the same names.

Algorithms never branch on the language; they read these tables through
`get_lang_data(lang)`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from importlib import import_module
from types import ModuleType

SUPPORTED: tuple[str, ...] = ("fr", "en")

# Role classes, shared by both languages, with the Wikidata property that states
# the same fact (ECOSYSTEM.md B.3). Direction in Wikidata is organisation -> person
# for P35/P6/P488/P1037/P169; we keep person -> organisation and cite the property.
ROLE_CLASS_PROPERTY: dict[str, str] = {
    "head_of_state": "P35",
    "head_of_government": "P6",
    "mayor": "P6",
    "minister": "P1037",
    "chair": "P488",
    "director": "P1037",
    "chief_executive": "P169",
    "secretary_general": "P1037",
    "other_head": "P1037",
    "member": "P463",
    "board_member": "P3320",
}


# Numbered series of events whose editions go by the same acronym in every language:
# "COP28" (Conference of the Parties), "TICAD9" (Tokyo International Conference on
# African Development), "CMA5", "CMP18", "MOP36" (meetings of treaties' parties).
EVENT_SERIES: frozenset[str] = frozenset({"COP", "CMA", "CMP", "MOP", "TICAD"})
_EDITION = re.compile(r"([A-Z]{2,})-?(\d{1,3})")


def edition_acronym(text: str, series_only: bool = False) -> bool:
    """An edition's acronym: capitals and its number ("COP28", "COP-28"); with
    `series_only`, of a series in `EVENT_SERIES` only."""
    found = _EDITION.fullmatch(text)
    return found is not None and (not series_only or found.group(1) in EVENT_SERIES)


def get_lang_data(lang: str) -> ModuleType:
    """The data module of one supported language (extractor.lang.fr / .en)."""
    if lang not in SUPPORTED:
        raise KeyError(lang)
    return import_module(f"extractor.lang.{lang}")


@cache
def title_starts(data: ModuleType) -> frozenset[str]:
    """The first words of a language's titles, before any hyphen ("président",
    "directeur", "vice" of "vice-chancellor")."""
    return frozenset(role.split()[0].split("-")[0] for role in data.ROLE_HEADS)


@cache
def board_nouns(data: ModuleType) -> frozenset[str]:
    """The first words of a language's boards' names ("board", « conseil »,
    « directoire »): a board named again by its noun alone."""
    return frozenset(name.split()[0] for name in data.BOARD_NAMES)


def own_kind_nouns(data: ModuleType, title_words: Iterable[str]) -> frozenset[str]:
    """The nouns of the one kind of body a title heads (OWN_KIND_BODIES): "university"
    for "Vice-Chancellor" (its words split at hyphens), « université » for « recteur »."""
    words = {part for word in title_words for part in word.lower().split("-")}
    return frozenset(n for w in words for n in data.OWN_KIND_BODIES.get(w, ()))


def opens_with_title(lang: str, line: str) -> bool:
    """A line opening with a title, after its determiner and any "acting" ("Le
    Ministre de la Santé", "The Acting Director General")."""
    data = get_lang_data(lang)
    words = line.lower().replace("’", "'").split()
    if words and words[0].startswith("l'"):
        words[0] = words[0][2:]  # « L'Ambassadeur »
    skipped = data.DETERMINERS | data.INTERIM_WORDS
    while words and words[0] in skipped:
        words = words[1:]
    opening = " ".join(words[:5])
    return any(opening == k or opening.startswith(k + " ") for k in data.ROLE_HEADS)


def in_both_languages(*tables: str) -> frozenset[str]:
    """The union of word tables of both languages: names keep their French or English
    words in either text ("Institut Pasteur de Dakar", "the Hôtel Ivoire")."""
    return frozenset().union(
        *(getattr(get_lang_data(lang), table) for lang in SUPPORTED for table in tables)
    )


def is_body_head(word: str, heads: frozenset[str]) -> bool:
    """A body's head noun, singular or plural: "institut", "Instituts", "commissions"."""
    lower = word.lower()
    return lower in heads or (len(lower) > 4 and lower[-1] in "sx" and lower[:-1] in heads)
