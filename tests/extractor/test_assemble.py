"""One article's mentions gathered from its docs (extractor.assemble), on blank
pipelines and hand-made docs."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

import extractor.components  # noqa: F401  (registers the factories)
from extractor.assemble import ArticleAssembler, title_case_headline_end
from extractor.kb import load_kb
from extractor.model import Article
from extractor.resolve import name_key


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


def _ids(nlp, words: list[str], ents: list[str]) -> dict[str, str]:
    from extractor.relate import ExtractionBuilder

    doc = Doc(nlp.vocab, words=words, ents=ents)
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    article = Article(id="t-2", text=doc.text, lang="en")
    extraction = ExtractionBuilder(ArticleAssembler(article, [(0, doc)])).build()
    return {m.text: e.id for e in extraction.entities for m in e.mentions}


def test_a_unit_after_a_known_body_s_possessive_keys_with_that_body(blank_en):

    words = "UNEP 's Africa Office , headed by Ama Diallo , will help .".split()
    ents = ["B-ORG", "O", "B-ORG", "I-ORG", "O", "O", "O", "B-PERSON", "I-PERSON"] + ["O"] * 4
    ids = _ids(blank_en, words, ents)
    # the unit and its body stay two mentions, as the text writes them
    assert ids["UNEP"] == "Q182016"
    assert ids["Africa Office"] == "org:" + str(name_key("Bureau Afrique du PNUE", "fr", load_kb()))


def test_a_unit_after_a_country_s_possessive_keys_with_the_country_not_a_body(blank_en):
    words = "Kenya 's Africa Office , headed by Ama Diallo , will help .".split()
    ents = ["B-GPE", "O", "B-ORG", "I-ORG", "O", "O", "O", "B-PERSON", "I-PERSON"] + ["O"] * 4
    # as "Bureau Afrique du Kenya" keys: the country is a word of the name, no owner
    french = name_key("Bureau Afrique du Kenya", "fr", load_kb())
    assert _ids(blank_en, words, ents)["Africa Office"] == f"org:{french}" == "org:office-q114-q15"
    # a multi-word country is read whole ("Burkina Faso 's …")
    words = "Burkina Faso 's Telecommunications Regulatory Authority fined it .".split()
    ents = ["B-GPE", "I-GPE", "O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "O"]
    regulator = name_key(
        "Autorité de régulation des télécommunications du Burkina Faso", "fr", load_kb()
    )
    assert (
        _ids(blank_en, words, ents)["Telecommunications Regulatory Authority"] == f"org:{regulator}"
    )


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        ("Coffee-Cocoa Council Maintains Farm-Gate Cocoa Price\n\nABIDJAN – The …", True),
        ("Togo Commissions 24 Solar Mini-Grids with German Support\n\nDAPAONG – …", True),
        ("Sonatel Group appoints a new Chief Executive Officer\n\nDAKAR – …", False),
        ("LOMÉ, 18 September 2026 – The President of the Council, Faure Gnassingbé.\n\nX", False),
        ("One paragraph only, no headline at all", False),
    ],
)
def test_a_headline_in_title_case_is_found_where_it_ends(text, headline):
    end = title_case_headline_end(text, None)
    assert (end == text.index("\n")) if headline else end is None


def test_a_title_case_headline_s_names_the_body_never_uses_are_dropped(blank_en):
    text = "Solar Mini-Grids Light Up Dapaong Villages\n\nThe agency and Ms Afi Lawson said …"
    words = ["Solar", "Mini", "-", "Grids", "Light", "Up", "Dapaong", "Villages"]
    nlp = blank_en  # its components declare the docs' extensions
    spaces = [True, False, False, True, True, True, True, False]
    ents = ["B-PER", "I-PER", "I-PER", "I-PER"] + ["O"] * 4
    head = Doc(nlp.vocab, words=words, spaces=spaces, ents=ents, sent_starts=[True] + [False] * 7)
    asm = ArticleAssembler(Article(id="t-2", text=text, lang="en"), [(0, head)])
    assert asm.mentions == {}
    kept = Doc(
        nlp.vocab,
        words=["Afi", "Lawson", "Visits"],
        ents=["B-PER", "I-PER", "O"],
        sent_starts=[True, False, False],
    )
    said = Doc(
        nlp.vocab,
        words=["Ms", "Lawson", "said"],
        ents=["O", "B-PER", "O"],
        sent_starts=[True, False, False],
    )
    text = "Afi Lawson Visits Dapaong Solar Plant Today\n\nMs Lawson said …"
    docs = [(0, kept), (text.index("Ms"), said)]
    asm = ArticleAssembler(Article(id="t-3", text=text, lang="en"), docs)
    assert "Afi Lawson" in {m.text for m in asm.mentions.values()}  # the body's "Lawson"
    horizon = Doc(
        nlp.vocab,
        words=["Regulator", "Suspends", "Horizon", "TV"],
        ents=["O", "B-PER", "I-PER", "O"],
        sent_starts=[True, False, False, False],
    )
    text = "Regulator Suspends Horizon TV Over Talk Show\n\nThe regulator suspended Horizon TV."
    asm = ArticleAssembler(Article(id="t-4", text=text, lang="en"), [(0, horizon)])
    assert asm.mentions == {}  # "Horizon" of the body is no person's name
