"""The language tables' shared helpers."""

from __future__ import annotations

import pytest

from extractor.lang import EVENT_SERIES, edition_acronym, get_lang_data


@pytest.mark.parametrize(
    ("text", "any_series", "listed_series"),
    [
        ("COP28", True, True),
        ("COP-28", True, True),
        ("TICAD9", True, True),
        ("AMCEN19", True, False),
        ("SARA2023", False, False),  # a year: written apart in the names of most events
        ("G20", False, False),  # one capital: a group, no edition
        ("COP", False, False),
        ("Cop28", False, False),
        ("28", False, False),
    ],
)
def test_an_edition_s_acronym_is_capitals_and_its_number(text, any_series, listed_series):
    assert edition_acronym(text) is any_series
    assert edition_acronym(text, series_only=True) is listed_series


def test_event_series_are_capitals_only():
    assert all(stem.isupper() and stem.isalpha() for stem in EVENT_SERIES)


def test_both_languages_have_the_same_tables():
    fr, en = get_lang_data("fr"), get_lang_data("en")
    tables = {name for name in dir(fr) if name.isupper()}
    assert tables == {name for name in dir(en) if name.isupper()}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_national_institution_has_a_name_in_both_languages(lang):
    keys = set(get_lang_data(lang).NATIONAL_INSTITUTIONS.values())
    for other in ("fr", "en"):
        assert keys <= set(get_lang_data(other).INSTITUTION_NAMES)
