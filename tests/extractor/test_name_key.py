"""One key for a body's or a place's name in French and in English (extractor.resolve)."""

from __future__ import annotations

import pytest

from extractor.kb import load_kb
from extractor.resolve import name_key


@pytest.mark.parametrize(
    ("french", "english"),
    [
        ("Banque de réserve du Vanuatu", "Reserve Bank of Vanuatu"),
        (
            "Bureau régional de l'OMS pour la Méditerranée orientale",
            "WHO Regional Office for the Eastern Mediterranean",
        ),
        ("Fondation Sonatel", "Sonatel Foundation"),
        ("océan Indien", "Indian Ocean"),
        ("Cluster sécurité alimentaire", "Food Security Cluster"),
        ("Conseil national du patronat du Togo", "National Employers' Council of Togo"),
        ("Parcs nationaux sud-africains", "South African National Parks"),  # a compound, split
        ("Pôle régional de la BAD", "AfDB Regional Hub"),  # a mixed-case acronym is one too
        ("Agence de développement de l'Oriental", "Oriental Development Agency"),
    ],
)
def test_a_name_and_its_translation_share_a_key(french: str, english: str) -> None:
    kb = load_kb()
    assert name_key(french, "fr", kb) == name_key(english, "en", kb) is not None


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Banque centrale du Congo", "Banque centrale du Mali"),  # two countries
        ("Bureau régional de l'OMS pour l'Afrique", "Bureau régional de l'UNICEF pour l'Afrique"),
        ("Conseil national du patronat", "Conseil national de la jeunesse"),
    ],
)
def test_different_bodies_keep_different_keys(a: str, b: str) -> None:
    kb = load_kb()
    assert name_key(a, "fr", kb) != name_key(b, "fr", kb)


def test_one_word_names_have_no_key() -> None:
    assert name_key("Sonatel", "fr", load_kb()) is None
