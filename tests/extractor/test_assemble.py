"""One article's mentions gathered from its docs (extractor.assemble), on blank
pipelines and hand-made docs."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

import extractor.components  # noqa: F401  (registers the factories)
from extractor.assemble import ArticleAssembler
from extractor.model import Article


@pytest.fixture(scope="module")
def blank_en():
    nlp = spacy.blank("en")
    for name in ("sentencizer", "newsgraph_entities", "newsgraph_events", "newsgraph_relations"):
        nlp.add_pipe(name)
    return nlp


def _mentions(nlp, words: list[str], ents: list[str]) -> list[tuple[str, str]]:
    doc = Doc(nlp.vocab, words=words, ents=ents)
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    asm = ArticleAssembler(Article(id="t-1", text=doc.text, lang="en"), [(0, doc)])
    return sorted((m.text, m.type) for m in asm.mentions.values())


def test_a_body_noun_after_a_determiner_is_a_mention_where_a_name_holds_it(blank_en):
    words = ["The", "Green", "Climate", "Fund", "approved", "it", ".", "The", "Fund", "will"]
    words += ["pay", ",", "said", "Fund", "managers", "."]
    ents = ["O", "B-ORG", "I-ORG", "I-ORG"] + ["O"] * 12
    # the second "Fund" has no determiner: a word of the sentence
    assert _mentions(blank_en, words, ents) == [("Fund", "ORG"), ("Green Climate Fund", "ORG")]


def test_a_body_noun_no_name_holds_is_no_mention(blank_en):
    words = ["The", "Green", "Climate", "Fund", "approved", "it", ".", "The", "Bank", "paid", "."]
    ents = ["O", "B-ORG", "I-ORG", "I-ORG"] + ["O"] * 7
    assert _mentions(blank_en, words, ents) == [("Green Climate Fund", "ORG")]
