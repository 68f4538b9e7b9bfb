"""Acronyms an article defines for a body, read before the pipeline (extractor.acronyms)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

import extractor.components  # noqa: F401  (registers the factories)
from extractor.acronyms import ACRONYMS_KEY, TERMS_KEY, article_definitions, defined_acronyms


def test_bodies_defined_either_way_are_found_and_events_are_not() -> None:
    text = (
        "La Haute Autorité pour la Bonne Gouvernance (HABG) a signé. Le PAM (Programme "
        "alimentaire mondial) aussi. La Conférence de Paris (COP21) est finie. Le Salon "
        "international de l'agriculture (SARA) ouvre."
    )
    assert defined_acronyms(text, "fr") == {"HABG", "PAM"}
    assert defined_acronyms("No brackets here.", "en") == frozenset()


def test_a_paragraph_tags_an_acronym_defined_in_another() -> None:
    nlp = spacy.blank("fr")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("newsgraph_entities")
    doc = Doc(nlp.vocab, words=["HABG", "a", "signé", "."], ents=["O"] * 4)
    doc.user_data[ACRONYMS_KEY] = frozenset({"HABG"})
    doc = _run(nlp, doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("HABG", "ORG")]


def _run(nlp, doc):
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def test_long_forms_before_brackets_are_those_of_the_plain_regex_search() -> None:
    from extractor.acronyms import _AFTER_LONG, after_long_forms

    texts = [
        "Haute Autorité pour la Bonne Gouvernance (HABG) et l'Agence (AFD)(OMS) ici",
        "un deux trois quatre cinq six sept huit neuf dix onze douze (ABC) fin",
        "mot(ABC) puis (CNP-Togo) et Banque  mondiale (BM), (Ab) x (PAM)\nla FAO (FAO)",
        "d’Ivoire (CIV)s la suite (XY) (ZW)",
        "",
    ]
    for text in texts:
        assert after_long_forms(text) == _AFTER_LONG.findall(text)
    assert after_long_forms(texts[1]) == [
        ("trois quatre cinq six sept huit neuf dix onze douze ", "ABC")
    ]


def test_terms_defined_in_lower_case_are_no_bodies() -> None:
    text = (
        "L'indice des prix à la consommation (IPC) a augmenté, selon l'Institut national de "
        "la statistique (INS). Le guichet (GU) ouvre."
    )
    assert article_definitions(text, "fr") == ({"INS"}, {"IPC"})


def test_a_term_s_acronym_is_tagged_nowhere() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("newsgraph_entities")
    doc = Doc(nlp.vocab, words=["The", "CPI", "rose", "."], ents=["O", "B-ORG", "O", "O"])
    doc.user_data[TERMS_KEY] = frozenset({"CPI"})
    assert list(_run(nlp, doc).ents) == []
