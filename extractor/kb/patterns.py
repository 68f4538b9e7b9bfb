"""spaCy EntityRuler patterns generated from the knowledge base."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from extractor.kb.names import is_common_word, normalise_name, stop_words

if TYPE_CHECKING:
    from spacy.tokenizer import Tokenizer

    from extractor.kb.base import KnowledgeBase
    from extractor.kb.entry import KBEntry

Pattern = dict[str, Any]
ARTICLES = frozenset({"le", "la", "les", "l'", "l’", "the"})


@lru_cache(maxsize=4)
def blank_tokenizer(lang: str) -> Tokenizer:
    """The tokenizer of `spacy.blank(lang)`: the same rules as the trained pipelines, no model."""
    import spacy

    return spacy.blank(lang).tokenizer


_APPOSITION = re.compile(r",\s+(?:the\s+|l'|l’|la\s+|le\s+)[A-Z]")


def _appositive(form: str) -> bool:
    """'Gavi, the Vaccine Alliance': two names in apposition are matched one by one,
    each its own mention of the entry, as the text has them."""
    return _APPOSITION.search(form) is not None


@lru_cache(maxsize=1)
def pattern_exclusions() -> frozenset[str]:
    """Forms listed in data/pattern_exclusions.txt: resolvable, but too often something else."""
    text = (
        resources.files("extractor.kb.data").joinpath("pattern_exclusions.txt").read_text("utf-8")
    )
    lines = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return frozenset(line for line in lines if line)


def build_patterns(kb: KnowledgeBase, lang: str = "fr") -> list[Pattern]:
    """Token patterns for every unambiguous name, alias and acronym in the KB.

    Multi-word names match on LOWER (press releases capitalise them freely), their
    first word not in lower case; one-word names and acronyms match on ORTH, so
    "Turkey" is a country and "turkey" is not, and "OMS" never matches "oms".
    Stop words, forms another entry shares, and data/pattern_exclusions.txt stay out.
    """
    tokenizer = blank_tokenizer(lang)
    excluded = pattern_exclusions()
    patterns: dict[tuple[Any, ...], Pattern] = {}
    for entry in kb.entries():
        for form in entry.forms():
            if form not in excluded and not _appositive(form) and _owns_name(kb, entry, form):
                _add(patterns, entry, _name_tokens(tokenizer, form))
        for form in (*entry.acronyms, *entry.caps_only):
            if (
                form not in excluded
                and _owns_caps(kb, entry, form)
                and _caps_usable(entry, form, lang)
            ):
                _add(patterns, entry, [{"ORTH": token.text} for token in tokenizer(form)])
    return list(patterns.values())


def _name_tokens(tokenizer: Tokenizer, form: str) -> list[dict[str, Any]] | None:
    tokens = list(tokenizer(form))
    if len(tokens) == 1:
        text = tokens[0].text
        return None if is_common_word(text) or len(text) < 3 else [{"ORTH": text}]
    pattern: list[dict[str, Any]] = [{"LOWER": token.lower_} for token in tokens]
    head = next((i for i, token in enumerate(tokens) if token.lower_ not in ARTICLES), 0)
    if tokens[head].text[:1].isupper():
        # "la réunion" is a meeting, "la Réunion" the island; "un fonds mondial" is
        # not "le Fonds mondial": the name's first word must not be written in lower case
        pattern[head]["IS_LOWER"] = False
    return pattern


def _owns_name(kb: KnowledgeBase, entry: KBEntry, form: str) -> bool:
    """True when `form` resolves, without a language hint, to `entry` itself."""
    return normalise_name(form) != "" and kb.lookup_name(form) is entry


def _owns_caps(kb: KnowledgeBase, entry: KBEntry, form: str) -> bool:
    return kb.lookup_caps(form) is entry


def _caps_usable(entry: KBEntry, form: str, lang: str) -> bool:
    """Caps-only forms of two letters that are stop words in `lang` ("UN" in French) stay out."""
    if form not in entry.caps_only:
        return True
    return not (len(form.replace(".", "")) <= 2 and form.lower() in stop_words(lang))


def _add(
    patterns: dict[tuple[Any, ...], Pattern], entry: KBEntry, tokens: list[dict[str, str]] | None
) -> None:
    if not tokens:
        return
    key = (entry.type, entry.qid, tuple(tuple(token.items()) for token in tokens))
    patterns.setdefault(key, {"label": entry.type, "pattern": tokens, "id": entry.qid})
