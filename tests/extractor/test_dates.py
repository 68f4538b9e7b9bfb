from datetime import datetime

import pytest

from extractor.dates import _parse, _plain_date, dateline_date, month_in_time, normalise_date


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


PLAIN_FORMS = [
    ("14 octobre 2024", "fr"),
    ("le 1er mars 2025", "fr"),
    ("lundi 3 juin 2025", "fr"),
    ("en décembre 2025", "fr"),
    ("le 22 septembre", "fr"),
    ("3 March 2025", "en"),
    ("March 3, 2025", "en"),
    ("Monday, June 2, 2025", "en"),
    ("May 1st, 2024", "en"),
    ("on 29 February", "en"),
    ("in August 2026", "en"),
    ("December 12", "en"),
]


@pytest.mark.parametrize(("text", "lang"), PLAIN_FORMS)
@pytest.mark.parametrize("base", [None, "2024-02-10T00:00:00", "2025-12-31T00:00:00"])
def test_plain_dates_are_read_as_dateparser_reads_them(text, lang, base):
    """Read without dateparser, or (no year and no base; no such day) left to it."""
    import dateparser

    plain = _plain_date(text, lang, base)
    assert plain is not None or base is None or "29" in text
    settings = {"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False}
    if base is not None:
        settings["RELATIVE_BASE"] = datetime.fromisoformat(base)
    expected = dateparser.parse(text, languages=[lang], settings=settings)
    assert _parse(text, lang, base) == expected
    assert plain in (None, expected)


@pytest.mark.parametrize(
    "text",
    [
        "31 juin 2025",
        "du 3 juin 2025",
        "le 3 juin prochain",
        "the 3rd of June",
        "3 juin 25",
        "lundi",
    ],
)
def test_other_forms_are_left_to_dateparser(text):
    assert _plain_date(text, "fr", "2025-06-10T00:00:00") is None


@pytest.mark.parametrize(
    ("date", "text", "published", "past", "expected"),
    [
        ("2025-03", "en mars", "2025-11-12", False, "2026-03"),  # to come: next March
        ("2025-03", "in March", "2025-11-12", True, "2025-03"),  # told in the past
        ("2026-07", "en juillet", "2026-04-23", False, "2026-07"),
        ("2025-03", "en mars 2025", "2025-11-12", False, "2025-03"),  # its year is given
        ("2025-03-04", "le 4 mars", "2025-11-12", False, "2025-03-04"),  # a day: unchanged
        ("2025-03", "en mars", None, False, "2025-03"),
    ],
)
def test_a_month_alone_is_placed_after_the_release(date, text, published, past, expected):
    assert month_in_time(date, text, published, past) == expected


def test_a_weekday_told_in_the_past_is_the_last_one_or_the_release_s_day():
    # 2026-09-09 is a Wednesday
    assert normalise_date("jeudi", "fr", "2026-09-09", past=True) == "2026-09-03"
    assert normalise_date("mercredi", "fr", "2026-09-09", past=True) == "2026-09-09"
    assert normalise_date("jeudi", "fr", "2026-09-09") == "2026-09-10"  # the nearest


def test_a_month_after_for_is_read():
    assert normalise_date("for October", "en", "2025-06-10") == "2025-10"
    assert normalise_date("pour octobre", "fr", "2025-06-10") == "2025-10"
