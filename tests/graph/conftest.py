"""Hand-made extractions (no spaCy): a French and an English release sharing the WHO
(Q7817) and its director-general, plus builders for smaller cases."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from extractor.model import Article, Entity, Extraction, Mention, Relation
from graph import Store, open_store

FR_TEXT = (
    "Dakar, 14 octobre 2024 – Amina Diallo, directrice générale de l’Organisation mondiale "
    "de la Santé (OMS), a ouvert le Forum africain sur la nutrition à Dakar. "
    "Mme Diallo a rencontré Khalid Ait Taleb, ministre de la Santé du Maroc."
)
EN_TEXT = (
    "Dakar, 14 October 2024 — World Health Organization (WHO) Director-General Amina Diallo "
    "opened the African Nutrition Forum in Dakar. "
    "Diallo met officials of UNICEF."
)

WHO = {
    "id": "Q7817",
    "type": "ORG",
    "name": "World Health Organization",
    "names": {"fr": "Organisation mondiale de la Santé", "en": "World Health Organization"},
    "wikidata": "Q7817",
}
DAKAR = {"id": "Q3718", "type": "LOC", "name": "Dakar", "names": {"fr": "Dakar", "en": "Dakar"}}
DAKAR["wikidata"] = "Q3718"
AMINA = {"id": "per:amina-diallo", "type": "PER", "name": "Amina Diallo"}


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans: cut after '. ' (enough for the texts written here)."""
    spans, start = [], 0
    for match in re.finditer(r"\.(\s+|$)", text):
        spans.append((start, match.start() + 1))
        start = match.end()
    return spans


def make_extraction(
    article_id: str,
    lang: str,
    text: str,
    entities: list[dict[str, Any]],
    relations: list[dict[str, Any]] = (),  # type: ignore[assignment]
    published: str | None = "2024-10-14",
    title: str | None = None,
) -> Extraction:
    """Entities as dicts with `surfaces` (found left to right in the text, never overlapping);
    relations as dicts with `s`, `p`, `o` and a sentence number `n`."""
    spans = sentences(text)
    taken: list[tuple[int, int]] = []
    built = [_entity(spec, text, spans, taken) for spec in entities]
    rels = [_relation(spec, text, spans) for spec in relations]
    article = Article(
        id=article_id,
        text=text,
        lang=lang,
        title=title,
        published=published,
        source=f"{article_id}.txt",
    )
    return Extraction(article=article, entities=built, relations=rels)


def _entity(spec: dict[str, Any], text: str, spans: list[tuple[int, int]], taken: list) -> Entity:
    fields = {k: v for k, v in spec.items() if k != "surfaces"}
    entity = Entity(**fields)
    for surface in spec.get("surfaces", []):
        start = _free(text, surface, taken)
        taken.append((start, start + len(surface)))
        sentence = next(i for i, (a, b) in enumerate(spans) if a <= start < b)
        entity.mentions.append(Mention(surface, start, start + len(surface), sentence))
    return entity


def _free(text: str, surface: str, taken: list[tuple[int, int]]) -> int:
    start = text.find(surface)
    while any(a < start + len(surface) and start < b for a, b in taken):
        start = text.find(surface, start + 1)
    assert start >= 0, f"{surface!r} not free in the text"
    return start


def _relation(spec: dict[str, Any], text: str, spans: list[tuple[int, int]]) -> Relation:
    start, end = spans[spec.get("n", 0)]
    extra = {k: v for k, v in spec.items() if k not in ("s", "p", "o", "n")}
    extra.setdefault("rule", "test")
    extra.setdefault("confidence", 0.9)
    return Relation(
        subject=spec["s"],
        predicate=spec["p"],
        object=spec["o"],
        evidence=text[start:end],
        start=start,
        end=end,
        sentence=spec.get("n", 0),
        **extra,
    )


def fr_extraction() -> Extraction:
    event = "event:forum-africain-sur-la-nutrition"
    return make_extraction(
        "fr-001",
        "fr",
        FR_TEXT,
        [
            {**AMINA, "surfaces": ["Amina Diallo", "Diallo"]},
            {**WHO, "aliases": ["OMS"], "surfaces": ["Organisation mondiale de la Santé", "OMS"]},
            {**DAKAR, "surfaces": ["Dakar", "Dakar"]},
            {
                "id": event,
                "type": "EVENT",
                "name": "Forum africain sur la nutrition",
                "date": "2024-10-14",
                "place": "Q3718",
                "participants": ["per:amina-diallo"],
                "surfaces": ["Forum africain sur la nutrition"],
            },
            {
                "id": "per:khalid-ait-taleb",
                "type": "PER",
                "name": "Khalid Ait Taleb",
                "surfaces": ["Khalid Ait Taleb"],
            },
            {
                "id": "org:ministere-de-la-sante-ma",
                "type": "ORG",
                "name": "ministère de la Santé",
                "country": "Q1028",
                "surfaces": [],
            },
        ],  # fmt: skip
        [
            {
                "s": "per:amina-diallo",
                "p": "LEADS",
                "o": "Q7817",
                "role": "directrice générale",
                "role_class": "head",
                "status": "current",
                "wikidata_property": "P1037",
            },
            {"s": "per:amina-diallo", "p": "PARTICIPATES_IN", "o": event},
            {"s": event, "p": "HELD_IN", "o": "Q3718"},
            {"s": event, "p": "HELD_ON", "o": "2024-10-14"},
            {"s": "per:amina-diallo", "p": "MENTIONED_WITH", "o": "Q7817", "weight": 2},
            {
                "s": "per:khalid-ait-taleb",
                "p": "LEADS",
                "o": "org:ministere-de-la-sante-ma",
                "n": 1,
                "role": "ministre de la Santé",
                "status": "current",
            },
            {"s": "per:khalid-ait-taleb", "p": "MENTIONED_WITH", "o": "per:amina-diallo", "n": 1},
        ],  # fmt: skip
    )


def en_extraction() -> Extraction:
    event = "event:african-nutrition-forum"
    return make_extraction(
        "en-001",
        "en",
        EN_TEXT,
        [
            {**WHO, "aliases": ["WHO"], "surfaces": ["World Health Organization", "WHO"]},
            {**AMINA, "surfaces": ["Amina Diallo", "Diallo"]},
            {**DAKAR, "surfaces": ["Dakar"]},
            {
                "id": event,
                "type": "EVENT",
                "name": "African Nutrition Forum",
                "date": "2024-10-14",
                "place": "Q3718",
                "participants": ["per:amina-diallo"],
                "surfaces": ["African Nutrition Forum"],
            },
            {
                "id": "Q740308",
                "type": "ORG",
                "name": "UNICEF",
                "wikidata": "Q740308",
                "names": {"en": "UNICEF", "fr": "UNICEF"},
                "surfaces": ["UNICEF"],
            },
        ],  # fmt: skip
        [
            {
                "s": "per:amina-diallo",
                "p": "LEADS",
                "o": "Q7817",
                "role": "Director-General",
                "role_class": "head",
                "status": "current",
            },
            {"s": "Q7817", "p": "MENTIONED_WITH", "o": "per:amina-diallo", "weight": 1},
            {"s": "per:amina-diallo", "p": "PARTICIPATES_IN", "o": event},
            {"s": event, "p": "HELD_IN", "o": "Q3718"},
            {"s": "per:amina-diallo", "p": "MENTIONED_WITH", "o": "Q740308", "n": 1},
        ],  # fmt: skip
    )


def digest(extraction: Extraction) -> str:
    a = extraction.article
    parts = (a.text, a.lang or "", a.title or "", a.published or "")
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


def add(store: Store, extraction: Extraction) -> str:
    return store.add_extraction(extraction, digest(extraction), extraction.article.text)


def snapshot(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Every stored row that carries meaning (no timestamps, no rowids), sorted."""
    conn = store._conn
    queries = {
        "articles": "SELECT id, lang, title, published, source, url, content_hash, text "
        "FROM articles",
        "entities": "SELECT * FROM entities",
        "article_entities": "SELECT * FROM article_entities",
        "names": "SELECT * FROM names",
        "name_keys": "SELECT entity_id, kind, name, norm, refs FROM name_keys",
        "names_fts": "SELECT norm, entity_id FROM names_fts",
        "mentions": "SELECT * FROM mentions",
        "relations": "SELECT * FROM relations",
        "facts": "SELECT * FROM facts",
        "participants": "SELECT * FROM participants",
    }
    return {
        table: sorted(tuple(row) for row in conn.execute(sql)) for table, sql in queries.items()
    }


def graph_data(G: Any) -> tuple[list[Any], list[Any]]:
    nodes = sorted((node, sorted(data.items())) for node, data in G.nodes(data=True))
    edges = sorted((u, v, k, sorted(d.items())) for u, v, k, d in G.edges(keys=True, data=True))
    return nodes, edges


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "store.db") as opened:
        yield opened


@pytest.fixture
def new_store(tmp_path: Path) -> Iterator[Callable[[str], Store]]:
    """Open more stores in the same test (e.g. one that never saw an article)."""
    opened: list[Store] = []

    def factory(name: str) -> Store:
        opened.append(open_store(tmp_path / f"{name}.db"))
        return opened[-1]

    yield factory
    for each in opened:
        each.close()
