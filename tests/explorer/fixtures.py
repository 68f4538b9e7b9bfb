"""The explorer's fixture store: the API tests' corpus plus one hostile article.

The hostile article names an organisation `<script>alert(1)</script>` and gives a
role that is an `<img onerror>`: the explorer must show both as plain text.
"""

from __future__ import annotations

from pathlib import Path

from extractor.model import Article, Entity, Extraction, Mention, Relation
from extractor.readers import content_hash
from graph import Store, open_store
from tests.api.fixtures import corpus

SCRIPT_NAME = "<script>alert(1)</script>"
IMG_ROLE = "<img src=x onerror=alert(2)>"
SCRIPT_ID = "org:script-alert-1"
HOSTILE_TEXT = (
    f"Grace Okafor, {IMG_ROLE} de {SCRIPT_NAME}, a rencontré l'OMS à Marrakech.\n\n"
    f"{SCRIPT_NAME} est membre de l'OMS."
)


def _mention(text: str, part: str, sentence: int = 0) -> Mention:
    start = text.index(part)
    return Mention(text=part, start=start, end=start + len(part), sentence=sentence)


def _relation(s: str, p: str, o: str, sentence: str, **extra: str) -> Relation:
    start = HOSTILE_TEXT.index(sentence)
    return Relation(
        subject=s, predicate=p, object=o, evidence=sentence, start=start,
        end=start + len(sentence), rule="test-rule", confidence=0.8, **extra,  # type: ignore[arg-type]
    )  # fmt: skip


def hostile_extraction() -> Extraction:
    t = HOSTILE_TEXT
    first, second = t.split("\n\n")
    article = Article(
        id="xss-001", text=t, lang="fr", title=f"Communiqué {SCRIPT_NAME}", published="2024-10-16"
    )
    entities = [
        Entity("per:grace-okafor", "PER", "Grace Okafor", mentions=[_mention(t, "Grace Okafor")]),
        Entity(SCRIPT_ID, "ORG", SCRIPT_NAME, mentions=[_mention(t, SCRIPT_NAME)]),
        Entity(
            "Q7817",
            "ORG",
            "World Health Organization",
            wikidata="Q7817",
            aliases=["OMS"],
            mentions=[_mention(t, "OMS")],
        ),  # fmt: skip
        Entity("loc:marrakech", "LOC", "Marrakech", mentions=[_mention(t, "Marrakech")]),
    ]
    relations = [
        _relation("per:grace-okafor", "LEADS", SCRIPT_ID, first, role=IMG_ROLE, status="current"),
        _relation(SCRIPT_ID, "MEMBER_OF", "Q7817", second),
    ]
    return Extraction(article, entities, relations)


def make_explorer_store(path: Path) -> Store:
    """A store at `path` with the API corpus and the hostile article."""
    store = open_store(path)
    for extraction in [*corpus(), hostile_extraction()]:
        article = extraction.article
        store.add_extraction(extraction, content_hash(article), article.text)
    return store
