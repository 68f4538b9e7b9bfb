"""A small hand-made corpus as Extractions: what the API tests store and query.

Fictional people, real organisations and places; two articles (fr, en) that
share entities, so counts, evidence and paths span articles.
"""

from __future__ import annotations

from typing import Any

from extractor.model import Article, Entity, Extraction, Mention, Relation

# The corpus below reads best laid out by hand, one fact per line.
# fmt: off

FR_TEXT = (
    "Khalid Ait Taleb, ministre de la Santé et de la Protection sociale, a ouvert le forum "
    "régional sur la santé à Marrakech le 14 octobre 2024.\n\n"
    "Amina Diallo, directrice régionale de l'OMS, a salué l'initiative. "
    "L'ancien directeur de l'OMS, Pierre Martin, était présent."
)
EN_TEXT = (
    "Amina Diallo, regional director of the World Health Organization, met Khalid Ait Taleb "
    "in Marrakech, Morocco.\n\nThe World Bank, led by Grace Okafor, joined the talks."
)


def _span(text: str, part: str, sentence: int = 0) -> Mention:
    start = text.index(part)
    return Mention(text=part, start=start, end=start + len(part), sentence=sentence)


def _sentence(text: str, part: str) -> tuple[str, int, int]:
    """The sentence (here: a line or a '. '-separated piece) holding `part`, with offsets."""
    at = text.index(part)
    dot = text.rfind(". ", 0, at)
    start = max(dot + 2 if dot >= 0 else 0, text.rfind("\n", 0, at) + 1)
    end = text.find(".", at) + 1
    return text[start:end], start, end


def _named(entity_id: str, type: str, name: str, text: str, sentence: int = 0, **extra: Any):
    """An entity mentioned once, by its full name."""
    return Entity(entity_id, type, name, mentions=[_span(text, name, sentence)], **extra)


def _rel(text: str, s: str, p: str, o: str, part: str, **extra: object) -> Relation:
    sentence, start, end = _sentence(text, part)
    return Relation(
        subject=s, predicate=p, object=o, evidence=sentence, start=start, end=end,
        rule="test-rule", confidence=0.9, **extra,  # type: ignore[arg-type]
    )  # fmt: skip


def fr_extraction() -> Extraction:
    t = FR_TEXT
    article = Article(id="fr-001", text=t, lang="fr", title="Forum santé", published="2024-10-14")
    who = {"fr": "Organisation mondiale de la Santé", "en": "World Health Organization"}
    entities = [
        _named("per:khalid-ait-taleb", "PER", "Khalid Ait Taleb", t),
        Entity(
            "org:ministere-de-la-sante-ma", "ORG",
            "Ministère de la Santé et de la Protection sociale", country="Q1028",
            mentions=[_span(t, "Santé et de la Protection sociale")],
        ),
        _named("per:amina-diallo", "PER", "Amina Diallo", t, 1),
        _named("per:pierre-martin", "PER", "Pierre Martin", t, 2),
        Entity(
            "Q7817", "ORG", "World Health Organization", wikidata="Q7817", aliases=["OMS"],
            names=who, mentions=[_span(t, "OMS", 1)],
        ),
        _named("loc:marrakech", "LOC", "Marrakech", t),
        _named(
            "event:forum-regional-sur-la-sante", "EVENT", "forum régional sur la santé", t,
            date="2024-10-14", place="loc:marrakech", participants=["per:khalid-ait-taleb"],
        ),
    ]
    relations = [
        _rel(t, "per:khalid-ait-taleb", "LEADS", "org:ministere-de-la-sante-ma", "Khalid",
             role="ministre de la Santé et de la Protection sociale", status="current"),
        _rel(t, "per:amina-diallo", "LEADS", "Q7817", "Amina",
             role="directrice régionale", status="current"),
        _rel(t, "per:pierre-martin", "LEADS", "Q7817", "Pierre",
             role="directeur", status="former"),
        _rel(t, "per:khalid-ait-taleb", "PARTICIPATES_IN", "event:forum-regional-sur-la-sante",
             "Khalid"),
        _rel(t, "event:forum-regional-sur-la-sante", "HELD_IN", "loc:marrakech", "forum"),
    ]
    return Extraction(article, entities, relations)


def en_extraction() -> Extraction:
    t = EN_TEXT
    article = Article(id="en-001", text=t, lang="en", title="Talks", published="2024-10-15")
    entities = [
        _named("per:amina-diallo", "PER", "Amina Diallo", t),
        _named(
            "Q7817", "ORG", "World Health Organization", t, wikidata="Q7817", aliases=["WHO"],
            names={"en": "World Health Organization"},
        ),
        _named("per:khalid-ait-taleb", "PER", "Khalid Ait Taleb", t),
        _named("loc:marrakech", "LOC", "Marrakech", t),
        _named("Q1028", "LOC", "Morocco", t, wikidata="Q1028"),
        _named("Q7164", "ORG", "World Bank", t, 1, wikidata="Q7164"),
        _named("per:grace-okafor", "PER", "Grace Okafor", t, 1),
    ]
    relations = [
        _rel(t, "per:amina-diallo", "LEADS", "Q7817", "Amina",
             role="regional director", status="current"),
        _rel(t, "loc:marrakech", "LOCATED_IN", "Q1028", "Morocco"),
        _rel(t, "per:amina-diallo", "MENTIONED_WITH", "per:khalid-ait-taleb", "Amina"),
        _rel(t, "per:grace-okafor", "LEADS", "Q7164", "Grace", role="head", status="current"),
    ]
    return Extraction(article, entities, relations)


def corpus() -> list[Extraction]:
    return [fr_extraction(), en_extraction()]
