"""Extraction: a pure function of one article, batched over many.

`extract_article` is the unit; `extract_articles` batches paragraphs of many
articles through `nlp.pipe` (one language at a time) and, with n_process > 1,
maps batches over worker processes that each load the models once. Every
article yields either its `Extraction` or the `ArticleRejected` saying why.
"""

from __future__ import annotations

import dataclasses
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from functools import partial
from itertools import islice
from typing import Any

from extractor.acronyms import ACRONYMS_KEY, TERMS_KEY, article_definitions
from extractor.dates import dateline_date
from extractor.errors import ArticleRejected, rejected
from extractor.lang import SUPPORTED, opens_with_title
from extractor.language import detect_language
from extractor.model import Article, Extraction
from extractor.normalise import (
    joined_signatures,
    model_text,
    normalise_text,
    paragraphs,
    without_dateline,
)
from extractor.settings import get_settings

Result = Extraction | ArticleRejected


def prepare(article: Article) -> Article:
    """Normalise the text and settle the language (explicit field first)."""
    text = normalise_text(article.text or "")
    if not text.strip():
        raise rejected("E001", article_id=article.id)
    lang, confidence = detect_language(text, article.lang)
    published = article.published or dateline_date(text, lang)
    return dataclasses.replace(
        article, text=text, lang=lang, lang_confidence=round(confidence, 4), published=published
    )


PART_SEPARATOR = "~part"


def split_long(article: Article, max_chars: int) -> list[Article]:
    """A very long text (a 50 MB dump) as consecutive parts of at most `max_chars`,
    cut between paragraphs (or sentences): each part is extracted on its own, so
    memory stays bounded, and every character lands in exactly one part."""
    if len(article.text) <= max_chars:
        return [article]
    parts, start = [], 0
    for offset, piece in paragraphs(article.text, max_chars):
        end = offset + len(piece)
        if end - start > max_chars and offset > start:
            parts.append(article.text[start:offset])
            start = offset
    parts.append(article.text[start:])
    return [
        dataclasses.replace(article, id=f"{article.id}{PART_SEPARATOR}{n}", text=text)
        for n, text in enumerate(parts, 1)
    ]


def _pieces(article: Article) -> list[tuple[int, str]]:
    text = model_text(article.text)
    pieces = paragraphs(text, get_settings().max_chunk_chars)
    if article.lang in SUPPORTED:
        pieces = joined_signatures(text, pieces, partial(opens_with_title, article.lang))
    return [part for piece in pieces for part in without_dateline(*piece)]


def build(article: Article, docs: list[tuple[int, Any]]) -> Extraction:
    from extractor.assemble import ArticleAssembler
    from extractor.relate import ExtractionBuilder

    return ExtractionBuilder(ArticleAssembler(article, docs)).build()


def extract_article(article: Article) -> Extraction:
    """Extract one article (raises ArticleRejected with the reason)."""
    result = _extract_batch([article])[0]
    if isinstance(result, ArticleRejected):
        raise result
    return result


def extract(text: str, lang: str | None = None, **fields: Any) -> dict[str, Any]:
    """The `newsgraph extract --json` dict for a text: `extract("…")`."""
    from extractor.readers import content_hash

    article = Article(id=fields.pop("id", None) or "", text=text, lang=lang, **fields)
    if not article.id:
        article.id = "a-" + content_hash(article)[:16]
    return extract_article(article).to_dict()


def _extract_batch(articles: list[Article]) -> list[Result]:
    """Prepare, run each language's pipeline over all paragraphs, assemble."""
    from extractor.pipeline import get_nlp

    results: list[Result | None] = [None] * len(articles)
    ready: dict[str, list[tuple[int, Article]]] = {}
    for i, article in enumerate(articles):
        try:
            prepared = prepare(article)
            ready.setdefault(prepared.lang or "", []).append((i, prepared))
        except ArticleRejected as err:
            err.article_id = err.article_id or article.id
            err.source = getattr(err, "source", None) or article.source
            results[i] = err
    for lang, items in ready.items():
        nlp = get_nlp(lang)
        jobs = [
            (_paragraph_doc(nlp, text, *defined), (i, offset))
            for i, art in items
            for defined in [article_definitions(art.text, lang)]
            for offset, text in _pieces(art)
        ]
        docs_of: dict[int, list[tuple[int, Any]]] = {i: [] for i, _ in items}
        for doc, (i, offset) in nlp.pipe(jobs, as_tuples=True, batch_size=64):
            docs_of[i].append((offset, doc))
        for i, art in items:
            results[i] = _safe_build(art, docs_of[i])
    return [r for r in results if r is not None]


def _paragraph_doc(
    nlp: Any, text: str, acronyms: frozenset[str], terms: frozenset[str] = frozenset()
) -> Any:
    """One paragraph to run through the pipeline, with the article's defined acronyms:
    a paragraph alone does not know "HABG" was defined three paragraphs up, nor that
    "CPI" was a price index."""
    doc = nlp.make_doc(text)
    if acronyms:
        doc.user_data[ACRONYMS_KEY] = acronyms
    if terms:
        doc.user_data[TERMS_KEY] = terms
    return doc


def _safe_build(article: Article, docs: list[tuple[int, Any]]) -> Result:
    """A failure inside one article rejects that article, never the batch."""
    try:
        return build(article, docs)
    except Exception as err:  # noqa: BLE001 - reported with its reason
        return rejected("E012", article_id=article.id, detail=f"{type(err).__name__}: {err}")


def _batches(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def extract_articles(
    articles: Iterable[Article], *, n_process: int = 1, batch_size: int = 64
) -> Iterator[Result]:
    """One result per article, in input order, consumed lazily; memory bounded by the batch.

    With n_process > 1 there is one worker pool for the whole stream (each worker
    loads its models once) and at most 2 × n_process batches are in flight, so
    the caller can store finished batches while the workers extract the next.
    """
    if n_process <= 1:
        for batch in _batches(articles, batch_size):
            yield from extract_batch(batch)
        return
    yield from _extract_parallel(articles, n_process, batch_size)


def extract_batch(batch: list[Article]) -> list[Result]:
    """`_extract_batch`, but an error outside one article's assembly (in `nlp.pipe`, say)
    only costs the batch a retry article by article: the culprit alone is rejected."""
    try:
        return _extract_batch(batch)
    except Exception as err:  # noqa: BLE001 - isolated below
        if len(batch) == 1:
            return [_failed(batch[0], err)]
    return [result for article in batch for result in _isolated(article)]


def _isolated(article: Article) -> list[Result]:
    try:
        return _extract_batch([article])
    except Exception as err:  # noqa: BLE001 - reported with its reason
        return [_failed(article, err)]


def _failed(article: Article, err: Exception) -> ArticleRejected:
    return rejected("E012", article_id=article.id, detail=f"{type(err).__name__}: {err}")


def _extract_parallel(
    articles: Iterable[Article], n_process: int, batch_size: int
) -> Iterator[Result]:
    """Small batches (batch_size / n_process) keep both workers busy; the pool lives as
    long as the stream and is created once."""
    size = max(1, batch_size // n_process)
    with _pool(n_process) as pool:
        pending: deque[Future[list[Result]]] = deque()
        for batch in _batches(articles, size):
            pending.append(pool.submit(extract_batch, batch))
            if len(pending) >= 2 * n_process:  # bounded in flight
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


def _pool(n_process: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=n_process, initializer=_warm_worker)


def _warm_worker() -> None:
    """Each worker configures thinc's ops before any model loads."""
    from extractor.pipeline import configure_ops

    configure_ops(get_settings().ops)
