import pytest

from extractor.dates import dateline_date, normalise_date


@pytest.mark.parametrize(
    ("text", "lang", "published", "expected"),
    [
        ("le 12 mars 2025", "fr", None, "2025-03-12"),
        ("décembre 2025", "fr", None, "2025-12"),
        ("lundi", "fr", "2024-10-15", "2024-10-14"),
        ("March 3-5, 2025", "en", None, "2025-03-03"),
        # released on a Tuesday: the nearest Friday is to come, "last Friday" was before
        ("Friday", "en", "2025-06-10", "2025-06-13"),
        ("last Friday", "en", "2025-06-10", "2025-06-06"),
        ("vendredi dernier", "fr", "2025-06-10", "2025-06-06"),
        ("next Tuesday", "en", "2025-06-10", "2025-06-17"),
        ("mardi prochain", "fr", "2025-06-10", "2025-06-17"),
        ("last Tuesday", "en", "2025-06-10", "2025-06-03"),
        ("next week", "en", "2025-06-10", "2025-06-17"),  # no weekday: as dateparser reads it
        ("lundi", "fr", None, None),  # cannot be placed in time
        ("", "en", None, None),
    ],
)
def test_normalise_date(text, lang, published, expected):
    assert normalise_date(text, lang, published) == expected


def test_dateline_gives_the_publication_date():
    assert dateline_date("Titre\n\nDAKAR, 19 novembre 2024 – Le forum…", "fr") == "2024-11-19"
    assert dateline_date("Title\n\nACCRA, 26 August 2025 — Ministers met.", "en") == "2025-08-26"
    assert dateline_date("No dateline here.", "en") is None
