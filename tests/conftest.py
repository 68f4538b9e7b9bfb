"""Shared fixtures: trained pipelines are loaded once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
HELDBACK = Path(__file__).resolve().parent / "data" / "heldback"


@pytest.fixture(scope="session")
def nlp_fr():
    from extractor.pipeline import get_nlp

    return get_nlp("fr")


@pytest.fixture(scope="session")
def nlp_en():
    from extractor.pipeline import get_nlp

    return get_nlp("en")
