"""Event dates: expressions found in the text, normalised to ISO 8601.

dateparser does the parsing, in the article's language, relative to the
article's publication date ("lundi", "next week"). A date with no day gives
"YYYY-MM"; an expression that cannot be placed in time gives None.
"""

from __future__ import annotations

import re
from datetime import datetime
from functools import lru_cache

DAY_RE = re.compile(r"\b\d{1,2}(?:er|st|nd|rd|th)?\b")
YEAR_RE = re.compile(r"\b(19|20)\d{2}\b")
FULL_YEAR_RE = re.compile(r"\d{4}")
ORDINAL_DAY_RE = re.compile(r"(\d{1,2})(?:er|st|nd|rd|th)?")
RANGE_RE = re.compile(r"\b(\d{1,2})(?:er|st|nd|rd|th)?\s*(?:-|–|au|et|to|and)\s*\d{1,2}\b")


def normalise_date(text: str, lang: str, published: str | None, past: bool = False) -> str | None:
    """'lundi' -> '2024-10-14' (with published 2024-10-15); 'en décembre 2025' -> '2025-12'.
    A bare weekday of an event told in the past (`past`) is the last one."""
    if not text:
        return None
    base = _base(published)
    cleaned = _without_lead(RANGE_RE.sub(r"\1", text.strip()), lang)  # "3-5 juin" -> first day
    has_year = bool(YEAR_RE.search(cleaned))
    if base is None and not has_year:
        return None
    weekday = _weekday_only(cleaned, lang)
    side = _side(cleaned, lang) if weekday else ""  # not "next week"
    if weekday and past and not side:
        side = "told_past"  # "a annoncé jeudi", "on Thursday announced": not to come
    if side:  # "vendredi dernier": dateparser reads the weekday alone
        cleaned = " ".join(w for w in cleaned.split() if w.lower() not in _side_words())
    parsed = _parse(cleaned, lang, base.isoformat() if base else None)
    if parsed is None:
        return None
    if base is not None and weekday:
        parsed = _nearest_weekday(parsed, base, side)
    has_day = bool(DAY_RE.search(_without_year(cleaned))) or not _names_month(cleaned, lang)
    return parsed.strftime("%Y-%m-%d") if has_day else parsed.strftime("%Y-%m")


def month_in_time(date: str | None, text: str, published: str | None, past: bool) -> str | None:
    """A month named without its year ("réunira en juin") is the next one of that
    name after the release, unless the event is told in the past (dateparser gives
    the release's year, so "held in March" in a May release stays that March)."""
    if date is None or len(date) != 7 or not published or YEAR_RE.search(text):
        return date
    year, month, said = int(date[:4]), int(date[5:7]), (int(published[:4]), int(published[5:7]))
    if not past and (year, month) < said:
        year += 1  # never back: a planned event ("prévue en mai") may read as past
    return f"{year:04d}-{month:02d}"


def _without_lead(text: str, lang: str) -> str:
    """'pour octobre' -> 'octobre': the word before a month alone (dateparser fails on
    "for October")."""
    from extractor.lang import get_lang_data

    first, _, rest = text.partition(" ")
    return rest if rest and first.lower() in get_lang_data(lang).MONTH_LEAD_WORDS else text


def _weekday_only(text: str, lang: str) -> bool:
    from extractor.lang import get_lang_data

    lowered = text.lower()
    return not any(c.isdigit() for c in text) and any(
        day in lowered for day in get_lang_data(lang).WEEKDAYS
    )


@lru_cache(maxsize=1)
def _side_words() -> frozenset[str]:
    from extractor.lang import in_both_languages

    return in_both_languages("PAST_WEEKDAY_WORDS", "COMING_WEEKDAY_WORDS")


def _side(text: str, lang: str) -> str:
    """'past' for "last Friday"/"vendredi dernier", 'coming' for "next"/"prochain"."""
    from extractor.lang import get_lang_data

    data, words = get_lang_data(lang), set(text.lower().split())
    if words & data.PAST_WEEKDAY_WORDS:
        return "past"
    return "coming" if words & data.COMING_WEEKDAY_WORDS else ""


def _nearest_weekday(parsed: datetime, base: datetime, side: str = "") -> datetime:
    """A bare weekday in a release is the nearest one, past or coming
    ("ont débuté lundi", "the ceremony on Thursday"); ties go to the past. "last
    Friday" is the one before the release's day, "next Friday" the one after."""
    from datetime import timedelta

    past = parsed if parsed <= base else parsed - timedelta(days=7)
    if side == "past" and past == base:
        past -= timedelta(days=7)
    coming = past + timedelta(days=7)
    if side:  # "told_past": the release's own day or before it
        return coming if side == "coming" else past
    return past if (base - past) <= (coming - base) else coming


def _base(published: str | None) -> datetime | None:
    if not published:
        return None
    try:
        return datetime.fromisoformat(published[:10])
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def _parse(text: str, lang: str, base: str | None) -> datetime | None:
    plain = _plain_date(text, lang, base)
    if plain is not None:
        return plain
    import dateparser

    settings: dict = {"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False}
    if base is not None:
        settings["RELATIVE_BASE"] = datetime.fromisoformat(base)
    return dateparser.parse(text, languages=[lang], settings=settings)


def _plain_date(text: str, lang: str, base: str | None) -> datetime | None:
    """The common written forms, read without dateparser (which takes milliseconds
    a call): "14 octobre 2024", "le 1er mars", "lundi 3 juin 2025", "March 3, 2025",
    "3 March", "mars 2026". A missing year is the base's, as dateparser gives it;
    anything else (or no such day) is left to dateparser."""
    from extractor.lang import get_lang_data

    data = get_lang_data(lang)
    words = text.lower().replace(",", " ").split()
    while words and (words[0] in data.DATE_LEAD_WORDS or words[0] in data.WEEKDAYS):
        words = words[1:]
    day_month = _day_month(words, data.MONTHS)
    if day_month is None or len(words) > 3:
        return None
    (day, month), rest = day_month
    if rest and not FULL_YEAR_RE.fullmatch(rest[0]):
        return None
    if not rest and base is None:
        return None
    year = int(rest[0]) if rest else datetime.fromisoformat(base or "").year
    try:
        return datetime(year, month, day)
    except ValueError:  # "31 juin": dateparser says what it makes of it
        return None


DayMonth = tuple[tuple[int, int], list[str]]


def _day_month(words: list[str], months: dict[str, int]) -> DayMonth | None:
    """(day, month) and the words after them: "3 juin", "June 3", or "juin 2025" (day 1)."""
    if len(words) < 2:
        return None
    first, second = words[0], words[1]
    if second in months and (day := ORDINAL_DAY_RE.fullmatch(first)):
        return (int(day.group(1)), months[second]), words[2:]
    if first in months and (day := ORDINAL_DAY_RE.fullmatch(second)):
        return (int(day.group(1)), months[first]), words[2:]
    if first in months and len(words) == 2:
        return (1, months[first]), words[1:]
    return None


def _without_year(text: str) -> str:
    return YEAR_RE.sub("", text)


def _names_month(text: str, lang: str) -> bool:
    from extractor.lang import get_lang_data

    lowered = text.lower()
    return any(month in lowered for month in get_lang_data(lang).MONTHS)


DATELINE_RE = re.compile(
    r"^[^\n]{0,80}?[,–—-]\s*((?:\w+\s+)?\d{1,2}(?:er)?\s+\w+\s+\d{4}|\w+\s+\d{1,2},?\s+\d{4})"
)


def dateline_date(text: str, lang: str) -> str | None:
    """The date of a dateline ("RABAT, 14 octobre 2024 –", "GENEVA, 3 March 2025 —")
    in the first paragraph after the title: the publication date when none is given."""
    for line in text.split("\n")[:4]:
        match = DATELINE_RE.match(line.strip())
        if match:
            parsed = normalise_date(match.group(1), lang, None)
            if parsed and len(parsed) == 10:
                return parsed
    return None
