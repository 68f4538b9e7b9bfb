"""Per-language knowledge: `fr` and `en` modules export the same names.

Algorithms never branch on the language; they read these tables through
`get_lang_data(lang)`.
"""

from __future__ import annotations

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


def get_lang_data(lang: str) -> ModuleType:
    """The data module of one supported language (extractor.lang.fr / .en)."""
    if lang not in SUPPORTED:
        raise KeyError(lang)
    return import_module(f"extractor.lang.{lang}")


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
