"""The evaluation's matching of a predicted LEADS fact against the gold's."""

from __future__ import annotations

from extractor.model import Article, Entity, Extraction, Mention, Relation
from graph.evaluate import Totals, score_leads


def _extraction(org_name: str) -> Extraction:
    text = "Mr Nestor Gbenou chaired the agency's board."
    person = Entity("per:nestor-gbenou", "PER", "Nestor Gbenou", mentions=[Mention("", 3, 16, 0)])
    agency = Entity("org:anac-bj", "ORG", org_name, mentions=[Mention(org_name, 0, 0, 0)])
    lead = Relation("per:nestor-gbenou", "LEADS", "org:anac-bj", text, 0, len(text), "rule", 0.9)
    return Extraction(Article("a1", text, "en"), [person, agency], [lead])


def _score(gold_org: str, org_name: str) -> tuple[int, int, int]:
    gold = {"leads": [{"leader": "Nestor Gbenou", "org": gold_org, "org_mention": "board"}]}
    totals = Totals()
    score_leads(gold, _extraction(org_name), totals)
    score = totals.leads
    return score.tp, score.fp, score.fn


def test_a_gold_body_s_qualifier_in_brackets_is_no_part_of_the_name_to_match():
    found = _score("National Civil Aviation Agency (Benin)", "National Civil Aviation Agency")
    assert found == (1, 0, 0)


def test_another_body_still_does_not_match():
    assert _score("National Civil Aviation Agency (Benin)", "Port Authority") == (0, 1, 1)


def _score_with_entities(org_name: str, entities: list[dict[str, str]]) -> tuple[int, int, int]:
    gold = {
        "leads": [{"leader": "Nestor Gbenou", "org": "National Civil Aviation Agency (Benin)"}],
        "entities": entities,
    }
    totals = Totals()
    score_leads(gold, _extraction(org_name), totals)
    return totals.leads.tp, totals.leads.fp, totals.leads.fn


def test_a_form_the_gold_annotates_for_the_canonical_body_matches_it():
    canonical = "National Civil Aviation Agency (Benin)"
    entities = [
        {"text": "Agence nationale de l’aviation civile", "type": "ORG", "canonical": canonical},
        {"text": "ANAC", "type": "ORG", "canonical": canonical},
    ]
    assert _score_with_entities("Agence nationale de l'aviation civile", entities) == (1, 0, 0)


def test_a_form_the_gold_annotates_for_another_body_does_not_match():
    entities = [{"text": "Port autonome de Cotonou", "type": "ORG", "canonical": "Port of Cotonou"}]
    assert _score_with_entities("Port autonome de Cotonou", entities) == (0, 1, 1)
