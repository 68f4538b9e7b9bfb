"""Batch ingestion: read, skip what is unchanged, extract, store one batch per transaction.

One ingest run is one extraction stream: articles flow lazily from the readers
through the triage (rejections, duplicate ids, unchanged content: all before
extraction) into a single `extract_fn(...)` call (one worker pool, models loaded
once per worker), and its results are committed `batch_size` at a time. With
several processes (or a Dask cluster) the workers extract the next batches while
this process writes the last one; the store writer stays single.

Each batch is one SQLite transaction (WAL): a run killed at any point leaves the
store at its last commit, and running the same command again skips what was
committed (same content hash) and extracts the rest, so the store ends as if the
run had never been interrupted.

One article's failure (a reader rejection, an extractor raising, a write that
breaks a constraint) is recorded in the report with its reason; the batch and
the run go on.

The environment variable NEWSGRAPH_EXTRACTOR="module:function" replaces the
default extractor (`extractor.extract_articles`) by another function of the same
signature. It exists for tests (a fast extractor without spaCy models, also in
`newsgraph ingest` subprocesses and on Dask workers); leave it unset otherwise.
"""

from __future__ import annotations

import importlib
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any, Generic, TypeVar

from extractor.errors import ArticleRejected, rejected
from extractor.model import Article, Extraction
from graph.records import IngestReport, Rejection
from graph.store import Status, Store

Item = Article | ArticleRejected
Result = Extraction | ArticleRejected
ExtractFn = Callable[..., Iterable[Result]]
Progress = Callable[[int], None]
T = TypeVar("T")
M = TypeVar("M")  # what travels with an article through extraction (its content hash …)

EXTRACTOR_ENV = "NEWSGRAPH_EXTRACTOR"


def ingest_paths(
    store: Store,
    paths: Sequence[str | Path],
    *,
    n_process: int = 1,
    batch_size: int = 64,
    progress: Progress | None = None,
    extract_fn: ExtractFn | None = None,
) -> IngestReport:
    """Ingest files and folders (.txt .md .html .json .jsonl; '-' is stdin)."""
    return ingest_articles(
        store,
        _read_paths(paths),
        n_process=n_process,
        batch_size=batch_size,
        progress=progress,
        extract_fn=extract_fn,
    )


def ingest_articles(
    store: Store,
    articles: Iterable[Item],
    *,
    n_process: int = 1,
    batch_size: int = 64,
    progress: Progress | None = None,
    extract_fn: ExtractFn | None = None,
) -> IngestReport:
    """Ingest articles; `progress(1)` is called once per article as it is done with.

    `extract_fn` defaults to `default_extractor()`; `dask_extractor(client)` maps the
    extraction over a Dask cluster.
    """
    report = IngestReport()
    tick = progress or _no_progress
    size = max(batch_size, 1)
    pending = _Triage(store, report, tick).pending(_split_long(articles))
    extract = extract_fn or default_extractor()
    with store.background_checkpoints():
        for batch in _chunks(extract_stream(pending, extract, n_process, size, tick), size):
            _store(store, batch, report)
    return report


def _split_long(items: Iterable[Item]) -> Iterator[Item]:
    """Very long articles as parts (see `extractor.extract.split_long`)."""
    from extractor.extract import split_long
    from extractor.settings import get_settings

    limit = get_settings().max_article_chars
    for item in items:
        if isinstance(item, Article) and item.text and len(item.text) > limit:
            yield from split_long(item, limit)
        else:
            yield item


def reprocess(
    store: Store,
    *,
    n_process: int = 1,
    batch_size: int = 64,
    progress: Progress | None = None,
    extract_fn: ExtractFn | None = None,
) -> IngestReport:
    """Re-extract every stored article from its stored text (after a rules or model upgrade).

    Each article's old facts are replaced by the new extraction in the same
    transaction; curators' merges and splits are re-applied on the way in. An
    article whose re-extraction is rejected keeps its old facts (and is reported).
    Counts: `replaced` for each re-extracted article.
    """
    report = IngestReport()
    tick = progress or _no_progress
    size = max(batch_size, 1)
    extract = extract_fn or default_extractor()
    stored = _stored_articles(store, size)
    with store.background_checkpoints():
        for batch in _chunks(extract_stream(stored, extract, n_process, size, tick), size):
            _replace(store, batch, report)
    return report


# --- the extractor ----------------------------------------------------------------------


def default_extractor() -> ExtractFn:
    """`extractor.extract_articles`, or the function NEWSGRAPH_EXTRACTOR names (tests)."""
    spec = os.environ.get(EXTRACTOR_ENV, "").strip()
    if spec:
        return load_extractor(spec)
    from extractor import extract_articles  # brings in spaCy: only when really extracting

    return extract_articles


def load_extractor(spec: str) -> ExtractFn:
    """'package.module:function' -> the function."""
    module_name, _, name = spec.partition(":")
    if not module_name or not name:
        raise ValueError(f"{EXTRACTOR_ENV} must be 'module:function', not '{spec}'")
    function: ExtractFn = getattr(importlib.import_module(module_name), name)
    return function


def dask_extractor(
    client: Any, extract_fn: ExtractFn | None = None, *, in_flight: int | None = None
) -> ExtractFn:
    """`extract_fn` mapped over a Dask distributed cluster, batch by batch, in order.

    Every batch is one task (`extract_fn(batch, n_process=1)` on a worker, whose models
    stay loaded between tasks); at most `in_flight` (default 2 per worker) tasks are
    pending, so memory stays bounded and results come back while the caller stores.
    """
    inner = extract_fn or default_extractor()
    workers = max(1, len(client.scheduler_info().get("workers", {})))
    limit = in_flight or 2 * workers

    def extract(
        articles: Iterable[Article], *, n_process: int = 1, batch_size: int = 64
    ) -> Iterator[Result]:
        pending: deque[Any] = deque()
        for batch in _chunks(articles, max(1, batch_size // workers)):
            pending.append(client.submit(_extract_task, inner, batch, pure=False))
            if len(pending) >= limit:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()

    return extract


def _extract_task(extract_fn: ExtractFn, batch: list[Article]) -> list[Result]:
    """Runs on a Dask worker."""
    return list(extract_fn(batch, n_process=1, batch_size=len(batch)))


# --- before extraction ---------------------------------------------------------------


@dataclass
class _Triage:
    """Records rejections, duplicate ids and unchanged articles; lets the rest through."""

    store: Store
    report: IngestReport
    tick: Progress
    seen: set[str] = field(default_factory=set)

    def pending(self, items: Iterable[Item]) -> Iterator[tuple[Article, str]]:
        """(article, content hash) for each article that needs extracting, lazily."""
        for item in items:
            if isinstance(item, ArticleRejected):
                self._reject(item, getattr(item, "source", None) or "")
            elif item.id in self.seen:
                self._reject(rejected("E011", article_id=item.id, id=item.id), _source(item))
            else:
                self.seen.add(item.id)
                content_hash = _content_hash(item)
                if self.store.known_hash(item.id) != content_hash:
                    yield item, content_hash  # its tick comes with its extraction
                    continue
                self.report.unchanged += 1
                self.tick(1)

    def _reject(self, err: ArticleRejected, source: str) -> None:
        self.report.rejected.append(_rejection(err, source))
        self.tick(1)


@dataclass
class _Stored:
    content_hash: str
    ingested_at: str


def _stored_articles(store: Store, page: int) -> Iterator[tuple[Article, _Stored]]:
    """Every stored article as it was read (text, metadata), page by page, by id."""
    after: str | None = None
    while records := store.articles(limit=page, after=after):
        for r in records:
            article = Article(id=r.id, text=r.text, lang=r.lang or None, title=r.title,
                              published=r.published, source=r.source, url=r.url)  # fmt: skip
            yield article, _Stored(r.content_hash, r.ingested_at)
        after = records[-1].id  # a bare id: it may be gone (deleted meanwhile)


# --- extraction ---------------------------------------------------------------------


@dataclass
class _Fed(Generic[M]):
    """The articles handed to the extractor, waiting for their results, in order."""

    source: Iterator[tuple[Article, M]]
    waiting: deque[tuple[Article, M]] = field(default_factory=deque)
    taken: int = 0
    exhausted: bool = False

    def articles(self) -> Iterator[Article]:
        for article, meta in self.source:
            self.waiting.append((article, meta))
            self.taken += 1
            yield article
        self.exhausted = True


def extract_stream(
    items: Iterable[tuple[Article, M]],
    extract: ExtractFn,
    n_process: int,
    batch_size: int,
    tick: Progress = lambda _: None,
) -> Iterator[tuple[Article, M, Result]]:
    """(article, meta, result) for every item, in order, from ONE `extract(...)` call.

    If that call breaks, the articles it had taken without answering go one by one (so
    the culprit alone is rejected) and a new call takes the rest of the stream.
    """
    source = iter(items)
    while True:
        fed: _Fed[M] = _Fed(source)
        try:
            for result in extract(fed.articles(), n_process=n_process, batch_size=batch_size):
                if not fed.waiting:
                    break  # more results than articles: ignore the surplus
                article, meta = fed.waiting.popleft()
                tick(1)
                yield article, meta, result
        except Exception:  # noqa: BLE001 - isolated below, article by article
            pass
        while fed.waiting:
            article, meta = fed.waiting.popleft()
            tick(1)
            yield article, meta, _extract_one(article, extract)
        if fed.exhausted:
            return
        if not fed.taken:  # the extractor takes nothing: no point in calling it again
            extract = _one_by_one(extract)


def _one_by_one(extract: ExtractFn) -> ExtractFn:
    def each(articles: Iterable[Article], **_: Any) -> Iterator[Result]:
        for article in articles:
            yield _extract_one(article, extract)

    return each


def _extract_one(article: Article, extract: ExtractFn) -> Result:
    try:
        for result in extract([article], n_process=1, batch_size=1):
            return result
        detail = "the extractor returned nothing"
    except ArticleRejected as err:
        return err
    except Exception as exc:  # noqa: BLE001 - one article's failure never stops the batch
        detail = f"{type(exc).__name__}: {exc}"
    return rejected("E012", article_id=article.id, detail=detail)


# --- storing ------------------------------------------------------------------------


def _accepted(
    done: list[tuple[Article, M, Result]], report: IngestReport
) -> list[tuple[Article, M, Extraction]]:
    """The extractions; rejections go to the report."""
    good: list[tuple[Article, M, Extraction]] = []
    for article, meta, result in done:
        if isinstance(result, ArticleRejected):
            report.rejected.append(_rejection(result, _source(article), article.id))
        else:
            good.append((article, meta, result))
    return good


def _store(store: Store, done: list[tuple[Article, str, Result]], report: IngestReport) -> None:
    """The batch in one transaction; if that fails, article by article to find the culprit."""
    good = _accepted(done, report)
    try:
        statuses = store.add_extractions([(ext, h, a.text) for a, h, ext in good])
    except Exception:  # noqa: BLE001 - retried one by one below
        statuses = [
            status
            for a, h, ext in good
            if (status := _store_one(store, ext, h, a, report)) is not None
        ]
    for status in statuses:
        setattr(report, status, getattr(report, status) + 1)


def _store_one(
    store: Store, ext: Extraction, content_hash: str, article: Article, report: IngestReport
) -> Status | None:
    try:
        return store.add_extraction(ext, content_hash, article.text)
    except Exception as exc:  # noqa: BLE001 - the store rolled this article back
        _write_failed(article, exc, report)
        return None


def _replace(
    store: Store, done: list[tuple[Article, _Stored, Result]], report: IngestReport
) -> None:
    """Re-extracted articles replace their stored facts: the batch in one transaction."""
    good = _accepted(done, report)
    try:
        report.replaced += replace_extractions(store, good)
    except Exception:  # noqa: BLE001 - retried one by one below
        for item in good:
            try:
                report.replaced += replace_extractions(store, [item])
            except Exception as exc:  # noqa: BLE001 - rolled back: the old facts stay
                _write_failed(item[0], exc, report)


def replace_extractions(store: Store, items: Sequence[tuple[Article, _Stored, Extraction]]) -> int:
    """Retract and re-add each stored article with its new extraction, in one transaction;
    articles deleted meanwhile stay deleted. Returns how many were replaced.

    It reaches into the store's transaction (graph.store has no public "replace even if
    the content is the same" yet); `Store.replace_extractions` would be its home.
    """
    count = 0
    with store._transaction() as delta:
        for article, stored, ext in items:
            if store.known_hash(article.id) is None:
                continue
            store._retract(article.id, delta)
            store._add(delta, ext, stored.content_hash, article.text, stored.ingested_at)
            count += 1
    return count


def _write_failed(article: Article, exc: Exception, report: IngestReport) -> None:
    err = rejected("E012", article_id=article.id, detail=f"{type(exc).__name__}: {exc}")
    report.rejected.append(_rejection(err, _source(article)))


# --- helpers --------------------------------------------------------------------------


def _read_paths(paths: Sequence[str | Path]) -> Iterator[Item]:
    from extractor.readers import read_path

    for path in paths:
        try:
            yield from read_path(path)
        except ArticleRejected as err:  # a missing path (E013)
            yield err
        except OSError as exc:  # a folder that vanished or became unreadable mid-walk
            yield rejected("E012", detail=f"{type(exc).__name__}: {exc}")


def _content_hash(article: Article) -> str:
    from extractor.readers import content_hash

    return content_hash(article)


def _rejection(err: ArticleRejected, source: str, article_id: str | None = None) -> Rejection:
    return Rejection(
        source=getattr(err, "source", None) or source,
        article_id=err.article_id or article_id,
        code=err.code,
        reason=err.message,
    )


def _source(article: Article) -> str:
    return article.source or article.id


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _no_progress(_: int) -> None:
    return None
