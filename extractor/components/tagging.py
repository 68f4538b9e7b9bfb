"""Cheaper stand-ins for two trained components whose full output we do not need.

The English `attribute_ruler` (tag -> POS and morphology, plus exceptions) runs a
Matcher of ~180 patterns over every token: it cost 18% of the English pipeline's
time, more than the parser. Nearly all its rules look at one token's lower form,
tag, part of speech, dependency label and whitespace only, so their combined effect
is a function of those values: `newsgraph_attributes` works it out once per distinct
key (by the ruler's own rules, in its own order) and replays it; the few rules that
span two tokens are matched on the same keys (a Matcher of its own serves rules
on any other attribute or with operators).

The lemmatizer cost 11% of the French pipeline, and we read lemmas only of verbs
and participles (lead, announce and participation verbs): `newsgraph_lemmas`
lemmatizes just those, with the trained lemmatizer's own tables.

Both keep the trained component loaded but disabled (its data, its rules), and
`tests/extractor/test_tagging.py` checks the output is the same as the originals'.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, POS, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc, Token
from spacy.tokens._retokenize import set_token_attrs

# The token attributes the single-token rules may test (the cache key).
KEY_ATTRS = ("LOWER", "TAG", "POS", "DEP", "IS_SPACE")
CACHE_LIMIT = 200_000  # distinct token keys kept (a few tens of MB at most)
# Parts of speech whose lemma our rules read.
LEMMATIZED_POS = frozenset({"VERB", "AUX", "ADJ"})
LEMMATIZED_POS_IDS = frozenset(POS_IDS[pos] for pos in LEMMATIZED_POS)

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


KEY_INDEX = {attr: i for i, attr in enumerate(KEY_ATTRS)}
KEY_IDS = [LOWER, TAG, POS, DEP, IS_SPACE]  # the ids that settle a token's key


def _token_matches(pattern: dict[str, Any], key: Key) -> bool:
    return all(_value_matches(spec, key[KEY_INDEX[attr]]) for attr, spec in pattern.items())


def _required_values(pattern: dict[str, Any], attr: str) -> list[str] | None:
    """The values `attr` must take for the pattern to match (None: any may)."""
    spec = pattern.get(attr)
    if isinstance(spec, str):
        return [spec]
    if isinstance(spec, dict) and set(spec) == {"IN"}:
        return list(spec["IN"])
    return None


class AttributeCache:
    """The effect of an AttributeRuler's rules, worked out once per distinct token key."""

    def __init__(self, ruler: Any) -> None:
        self.single: list[Rule] = []
        self.multi: list[tuple[list[list[dict[str, Any]]], dict[int, Any], int]] = []
        self.matcher = Matcher(ruler.vocab)  # rules on other attributes, or with operators
        self.matcher_attrs: dict[str, tuple[dict[int, Any], int]] = {}
        # `ruler.patterns` lists the rules in the ruler's order, as do its attrs/indices.
        for order, rule in enumerate(ruler.patterns):
            self._add_rule(order, rule["patterns"], ruler.attrs[order], ruler.indices[order])
        self._index_single_rules()
        self._lower_forms_read()
        self.cache: dict[Key, dict[int, Any]] = {}
        self.keys: dict[tuple[int, ...], Key] = {}  # a token's attribute ids -> its key
        self.first_cache: dict[Key, list[tuple[list[dict[str, Any]], dict[int, Any], int]]] = {}

    def _add_rule(
        self, order: int, patterns: list[list[dict[str, Any]]], attrs: dict[int, Any], index: int
    ) -> None:
        plain = all(set(spec) <= set(KEY_ATTRS) for p in patterns for spec in p)
        if plain and all(len(p) == 1 for p in patterns) and index in (0, -1):
            self.single.append((order, [p[0] for p in patterns], attrs))
        elif plain:
            self.multi.append((patterns, attrs, index))
        else:
            name = f"rule{order}"
            self.matcher.add(name, patterns)
            self.matcher_attrs[name] = (attrs, index)

    def _lower_forms_read(self) -> None:
        """The lower forms the rules test: any other word stands as '' in a key, so
        the caches hold a few thousand keys, not one per word of the vocabulary."""
        specs = [spec.get("LOWER") for _, patterns, _ in self.single for spec in patterns]
        specs += [
            spec.get("LOWER") for patterns, _, _ in self.multi for p in patterns for spec in p
        ]
        self.lowers: set[str] = set()
        regexes: list[str] = []
        for spec in specs:
            if isinstance(spec, str):
                self.lowers.add(spec)
            elif isinstance(spec, dict):
                self.lowers.update(spec.get("IN", ()))
                self.lowers.update(spec.get("NOT_IN", ()))
                if "REGEX" in spec:
                    regexes.append(spec["REGEX"])
        self.lower_regex = re.compile("|".join(f"(?:{r})" for r in regexes)) if regexes else None

    def _lower(self, lower: str) -> str:
        if lower in self.lowers or (self.lower_regex and self.lower_regex.search(lower)):
            return lower
        return ""

    def _index_single_rules(self) -> None:
        """Rules by the tag or lower form they require, so a new key is checked
        against a handful of rules instead of all of them."""
        self.by_tag: dict[str, set[int]] = {}
        self.by_lower: dict[str, set[int]] = {}
        self.unindexed: set[int] = set()
        for n, (_, patterns, _) in enumerate(self.single):
            for pattern in patterns:
                tags, lowers = _required_values(pattern, "TAG"), _required_values(pattern, "LOWER")
                if tags is not None:
                    for tag in tags:
                        self.by_tag.setdefault(tag, set()).add(n)
                elif lowers is not None:
                    for lower in lowers:
                        self.by_lower.setdefault(lower, set()).add(n)
                else:
                    self.unindexed.add(n)

    def attrs_for(self, key: Key) -> dict[int, Any]:
        """Every single-token rule that matches, applied in order: later ones win."""
        found = self.cache.get(key)
        if found is None:
            if len(self.cache) > CACHE_LIMIT:
                self.cache.clear()  # bounded memory over endless batches
            found = {}
            lower, tag = key[KEY_INDEX["LOWER"]], key[KEY_INDEX["TAG"]]
            candidates = self.by_tag.get(tag, set()) | self.by_lower.get(lower, set())
            for n in sorted(candidates | self.unindexed):
                if any(_token_matches(p, key) for p in self.single[n][1]):
                    found.update(self.single[n][2])
            self.cache[key] = found
        return found

    def _starting(self, key: Key) -> list[tuple[list[dict[str, Any]], dict[int, Any], int]]:
        """The multi-token patterns whose first token matches this key."""
        found = self.first_cache.get(key)
        if found is None:
            found = [
                (pattern, attrs, index)
                for patterns, attrs, index in self.multi
                for pattern in patterns
                if _token_matches(pattern[0], key)
            ]
            if len(self.first_cache) > CACHE_LIMIT:
                self.first_cache.clear()
            self.first_cache[key] = found
        return found

    def __call__(self, doc: Doc) -> Doc:
        # every rule reads the tokens as they were before any rule applied, as the
        # AttributeRuler's Matcher does
        keys = self._keys(doc)
        hits = list(self._multi_hits(keys)) if self.multi else []
        for token, key in zip(doc, keys, strict=True):
            attrs = self.attrs_for(key)
            if attrs:
                set_token_attrs(token, attrs)
        for i, attrs in hits:
            set_token_attrs(doc[i], attrs)
        if self.matcher_attrs:
            for match_id, start, end in self.matcher(doc, allow_missing=True):
                attrs, index = self.matcher_attrs[doc.vocab.strings[match_id]]
                set_token_attrs(doc[start:end][index], attrs)
        return doc

    def _keys(self, doc: Doc) -> list[Key]:
        """Every token's key, read through one array of attribute ids: a token's key
        is worked out (from the token) once per distinct set of ids."""
        ids = doc.to_array(KEY_IDS).reshape(-1, len(KEY_IDS)).tolist()
        known = self.keys
        if len(known) > CACHE_LIMIT:
            known.clear()  # bounded memory over endless batches
        keys = []
        for i, row in enumerate(ids):
            found = known.get(row := tuple(row))
            if found is None:
                t = doc[i]
                found = known[row] = (self._lower(t.lower_), t.tag_, t.pos_, t.dep_, t.is_space)
            keys.append(found)
        return keys

    def _multi_hits(self, keys: list[Key]) -> Iterator[tuple[int, dict[int, Any]]]:
        for i, key in enumerate(keys):
            for pattern, attrs, index in self._starting(key):
                n = len(pattern)
                if i + n <= len(keys) and all(
                    _token_matches(pattern[k], keys[i + k]) for k in range(1, n)
                ):
                    yield i + (index if index >= 0 else n + index), attrs


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
        ids = doc.to_array([POS, LEMMA]).reshape(-1, 2).tolist()
        for i, (pos, lemma) in enumerate(ids):
            if pos in LEMMATIZED_POS_IDS and (self.overwrite or lemma == 0):
                token = doc[i]
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
