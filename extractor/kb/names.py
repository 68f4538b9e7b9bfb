"""Name normalisation shared by the knowledge base, its build script and its indexes."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# One leading article is dropped so "l'Organisation mondiale de la Santé" and
# "Organisation mondiale de la Santé" share a key, as do "The Gambia" and "Gambia".
LEADING_ARTICLES = frozenset({"le", "la", "les", "l", "the"})
_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "ʻ": "'", "`": "'"})
_ELISION = re.compile(r"^(?:l|d|L|D)['’]")
_CAPS_FORM = re.compile(r"^[A-Z0-9][A-Z0-9.&-]*$")


# Latin letters Unicode does not decompose into a base letter and an accent.
_UNDECOMPOSED = str.maketrans(
    {"ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ß": "ss"}
    | {"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "þ": "th", "ı": "i"}
)


def strip_accents(text: str) -> str:
    """'Sørensen' -> 'Sorensen', 'Côte' -> 'Cote', 'Łódź' -> 'Lodz'."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


@lru_cache(maxsize=65536)  # the same few thousand names recur in every article
def normalise_name(text: str) -> str:
    """Key for name matching: case, accents, punctuation and one leading article ignored."""
    text = strip_accents(text.translate(_APOSTROPHES).casefold())
    words = _NON_WORD.sub(" ", text).split()
    if len(words) > 1 and words[0] in LEADING_ARTICLES:
        words = words[1:]
    return " ".join(words)


def slugify(text: str) -> str:
    """`Banque mondiale` -> `banque-mondiale`: the slug part of deterministic ids."""
    text = strip_accents(text.translate(_APOSTROPHES).casefold())
    return "-".join(_NON_WORD.sub(" ", text).split())


def strip_elision(text: str) -> str:
    """`l'OMS` -> `OMS`, `d’AfDB` -> `AfDB`; other text unchanged."""
    return _ELISION.sub("", text.strip(), count=1)


def is_caps_form(text: str) -> bool:
    """All capitals (digits, dots, & and hyphens allowed): `OMS`, `G20`, `U.S.`, `AUDA-NEPAD`."""
    return bool(_CAPS_FORM.match(text)) and any(char.isalpha() for char in text)


@lru_cache(maxsize=4)
def stop_words(lang: str) -> frozenset[str]:
    """spaCy's stop words for `fr` or `en` (imported lazily, no model loaded)."""
    if lang == "fr":
        from spacy.lang.fr.stop_words import STOP_WORDS
    elif lang == "en":
        from spacy.lang.en.stop_words import STOP_WORDS
    else:
        raise ValueError(f"no stop words for language {lang!r}")
    return frozenset(STOP_WORDS)


def is_common_word(form: str, langs: tuple[str, ...] = ("fr", "en")) -> bool:
    """True when `form`, lower-cased and without dots, is a stop word of one of `langs`."""
    low = form.replace(".", "").lower()
    return any(low in stop_words(lang) for lang in langs)


# English country names that take "the" after "of": "Government of the Netherlands",
# "… of the Republic of the Congo", "… of the United Kingdom".
_THE_FIRST_WORDS = frozenset(
    {"republic", "united", "kingdom", "democratic", "federal", "federated", "islamic"}
    | {"plurinational", "state", "holy", "sultanate", "principality", "grand"}
)
_THE_NAMES = frozenset(
    {"netherlands", "philippines", "bahamas", "gambia", "comoros", "maldives", "seychelles"}
    | {"central african republic", "czech republic", "dominican republic", "congo"}
)


def singular(word: str) -> str:
    """A name's word in the singular: English names use nouns as adjectives where
    French ones use plurals ("Refugee Council", "Conseil … pour les réfugiés")."""
    if len(word) <= 3 or not word.isalpha() or not word.isascii():
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"  # "communities"
    if word.endswith(("xes", "ches", "shes", "sses")):
        return word[:-2]  # "taxes" (« impôts »), "branches", "businesses"
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def government_name(country_en: str) -> str:
    """'Government of Senegal', 'Government of the Republic of the Congo'."""
    words = country_en.lower().split()
    needs_the = bool(words) and (
        words[0] in _THE_FIRST_WORDS
        or country_en.lower() in _THE_NAMES
        or words[-1] in ("islands", "republic", "emirates", "states")
    )
    if words and words[0] == "the":
        needs_the = False
    return f"Government of {'the ' if needs_the else ''}{country_en}"
