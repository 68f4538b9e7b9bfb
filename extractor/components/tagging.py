"""Cheaper stand-ins for two trained components whose full output we do not need.

The English `attribute_ruler` (tag -> POS and morphology, plus exceptions) runs a
Matcher of ~180 patterns over every token: it cost 18% of the English pipeline's
time, more than the parser. Nearly all its rules look at one token's lower form,
tag, dependency label and whitespace only, so their combined effect is a function
of those four values: `newsgraph_attributes` works it out once per distinct key
(by the ruler's own rules, in its own order) and replays it; the few rules that
span two tokens still go through a Matcher of their own.

The lemmatizer cost 11% of the French pipeline, and we read lemmas only of verbs
and participles (lead, announce and participation verbs): `newsgraph_lemmas`
lemmatizes just those, with the trained lemmatizer's own tables.

Both keep the trained component loaded but disabled (its data, its rules), and
`tests/extractor/test_tagging.py` checks the output is the same as the originals'.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Token
from spacy.tokens._retokenize import set_token_attrs

# The token attributes the single-token rules may test (the cache key).
KEY_ATTRS = ("LOWER", "TAG", "POS", "DEP", "IS_SPACE")
# Parts of speech whose lemma our rules read.
LEMMATIZED_POS = frozenset({"VERB", "AUX", "ADJ"})

Rule = tuple[int, list[dict[str, Any]], dict[int, Any]]  # (order, token patterns, attrs)
Key = tuple[str, str, str, str, bool]


def _value_matches(spec: Any, value: Any) -> bool:
    """One Matcher attribute spec: a plain value or {IN, NOT_IN, REGEX}."""
    if not isinstance(spec, dict):
        return bool(spec == value)
    for op, arg in spec.items():
        if op == "IN" and value not in arg:
            return False
        if op == "NOT_IN" and value in arg:
            return False
        if op == "REGEX" and not re.search(arg, str(value)):
            return False
        if op not in ("IN", "NOT_IN", "REGEX"):
            raise ValueError(f"unsupported matcher operator {op!r}")
    return True


def _token_matches(pattern: dict[str, Any], key: Key) -> bool:
    values = dict(zip(KEY_ATTRS, key, strict=True))
    return all(_value_matches(spec, values[attr]) for attr, spec in pattern.items())


class AttributeCache:
    """The effect of an AttributeRuler's rules, worked out once per distinct token key."""

    def __init__(self, ruler: Any) -> None:
        self.single: list[Rule] = []
        self.matcher = Matcher(ruler.vocab)
        self.multi_attrs: dict[str, tuple[dict[int, Any], int]] = {}
        # `ruler.patterns` lists the rules in the ruler's order, as do its attrs/indices.
        for order, rule in enumerate(ruler.patterns):
            self._add_rule(order, rule["patterns"], ruler.attrs[order], ruler.indices[order])
        self.cache: dict[Key, dict[int, Any]] = {}

    def _add_rule(
        self, order: int, patterns: list[list[dict[str, Any]]], attrs: dict[int, Any], index: int
    ) -> None:
        single = all(len(p) == 1 and set(p[0]) <= set(KEY_ATTRS) for p in patterns)
        if single and index in (0, -1):
            self.single.append((order, [p[0] for p in patterns], attrs))
        else:
            name = f"rule{order}"
            self.matcher.add(name, patterns)
            self.multi_attrs[name] = (attrs, index)

    def attrs_for(self, key: Key) -> dict[int, Any]:
        """Every single-token rule that matches, applied in order: later ones win."""
        found = self.cache.get(key)
        if found is None:
            found = {}
            for _, patterns, attrs in self.single:
                if any(_token_matches(p, key) for p in patterns):
                    found.update(attrs)
            self.cache[key] = found
        return found

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            attrs = self.attrs_for(
                (token.lower_, token.tag_, token.pos_, token.dep_, token.is_space)
            )
            if attrs:
                set_token_attrs(token, attrs)
        if self.multi_attrs:
            for match_id, start, end in self.matcher(doc, allow_missing=True):
                attrs, index = self.multi_attrs[doc.vocab.strings[match_id]]
                set_token_attrs(doc[start:end][index], attrs)
        return doc


@Language.factory(
    "newsgraph_attributes",
    assigns=["token.pos", "token.morph", "token.lemma", "token.tag"],
    requires=["token.tag", "token.dep"],
)
def make_attributes(nlp: Language, name: str, source: str = "attribute_ruler") -> Lazy:
    return Lazy(lambda: AttributeCache(nlp.get_pipe(source)))


class VerbLemmas:
    """The trained lemmatizer, applied only to verbs, auxiliaries and adjectives."""

    def __init__(self, lemmatize: Callable[[Token], list[str]], overwrite: bool) -> None:
        self.lemmatize = lemmatize
        self.overwrite = overwrite

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            if token.pos_ in LEMMATIZED_POS and (self.overwrite or token.lemma == 0):
                token.lemma_ = self.lemmatize(token)[0]
        return doc


@Language.factory("newsgraph_lemmas", assigns=["token.lemma"], requires=["token.pos"])
def make_lemmas(nlp: Language, name: str, source: str = "lemmatizer") -> Lazy:
    def build() -> VerbLemmas:
        lemmatizer = nlp.get_pipe(source)
        return VerbLemmas(lemmatizer.lemmatize, bool(lemmatizer.overwrite))

    return Lazy(build)


class Lazy:
    """Builds its component on the first doc: the source component may be added to
    the pipeline after this one (as when a pipeline is rebuilt from its config)."""

    def __init__(self, build: Callable[[], Callable[[Doc], Doc]]) -> None:
        self.build = build
        self.component: Callable[[Doc], Doc] | None = None

    def __call__(self, doc: Doc) -> Doc:
        if self.component is None:
            self.component = self.build()
        return self.component(doc)
