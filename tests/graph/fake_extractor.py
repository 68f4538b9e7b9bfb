"""A fast, model-free stand-in for `extractor.extract_articles`.

For tests that run `newsgraph` in a subprocess or extract on Dask workers, where a
monkeypatch cannot reach: set

    NEWSGRAPH_EXTRACTOR=tests.graph.fake_extractor:extract_articles

Rules: capitalised words are organisations (`org:<word>`); two of them next to each
other in a sentence are MENTIONED_WITH; "A dirige B" is LEADS. Language 'de' is
rejected (E004), a missing language becomes 'fr'.
NEWSGRAPH_FAKE_DELAY (seconds per article) slows it down so that a test can kill a
run between commits; NEWSGRAPH_FAKE_RULES=2 is a "rules upgrade" (words in capitals,
such as OMS, become organisations too) for reprocess tests. `CALLS` records where
each call ran (Dask worker address or "local") when the caller shares this process.
"""

from __future__ import annotations

import dataclasses
import os
import re
import time
from collections.abc import Iterable, Iterator

from extractor.errors import ArticleRejected, rejected
from extractor.model import Article, Entity, Extraction, Mention, Relation

CALLS: list[str] = []
_WORDS = {"1": r"\b[A-Z][a-zé]+\b", "2": r"\b[A-Z][a-zé]+\b|\b[A-Z]{2,}\b"}


def extract_articles(
    articles: Iterable[Article], *, n_process: int = 1, batch_size: int = 64
) -> Iterator[Extraction | ArticleRejected]:
    delay = float(os.environ.get("NEWSGRAPH_FAKE_DELAY", "0") or 0)
    CALLS.append(_where())
    for article in articles:
        if delay:
            time.sleep(delay)
        if article.lang == "de":
            yield rejected("E004", article_id=article.id, lang="de")
        else:
            yield extract_one(dataclasses.replace(article, lang=article.lang or "fr"))


def extract_one(article: Article) -> Extraction:
    pattern = _WORDS[os.environ.get("NEWSGRAPH_FAKE_RULES", "1")]
    entities: dict[str, Entity] = {}
    relations: list[Relation] = []
    for n, (start, end) in enumerate(_sentences(article.text)):
        sentence = article.text[start:end]
        found = [(m.group(), start + m.start()) for m in re.finditer(pattern, sentence)]
        for word, at in found:
            entity = entities.setdefault(
                word, Entity(id=f"org:{word.lower()}", type="ORG", name=word)
            )
            entity.mentions.append(Mention(word, at, at + len(word), n))
        for (a, _), (b, _) in zip(found, found[1:], strict=False):
            predicate = "LEADS" if f"{a} dirige {b}" in sentence else "MENTIONED_WITH"
            relations.append(
                Relation(
                    f"org:{a.lower()}",
                    predicate,
                    f"org:{b.lower()}",
                    sentence,
                    start,
                    end,
                    "fake",
                    0.9,
                    sentence=n,
                )  # fmt: skip
            )
    return Extraction(article=article, entities=list(entities.values()), relations=relations)


def _sentences(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in re.finditer(r"[.!?](\s+|$)", text):
        spans.append((start, match.start() + 1))
        start = match.end()
    if start < len(text.rstrip()):
        spans.append((start, len(text.rstrip())))
    return spans


def _where() -> str:
    try:
        from distributed import get_worker

        return str(get_worker().address)
    except (ImportError, ValueError):
        return "local"
