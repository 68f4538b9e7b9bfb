"""Batch ingestion: read, skip what is unchanged, extract, store one batch per transaction.

One article's failure (a reader rejection, an extractor raising, a write that
breaks a constraint) is recorded in the report with its reason; the batch and
the run go on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import islice
from pathlib import Path
from typing import TypeVar

from extractor.errors import ArticleRejected, rejected
from extractor.model import Article, Extraction
from graph.records import IngestReport, Rejection
from graph.store import Status, Store

Item = Article | ArticleRejected
Result = Extraction | ArticleRejected
ExtractFn = Callable[..., Iterable[Result]]
Progress = Callable[[int], None]
T = TypeVar("T")


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

    `extract_fn` defaults to `extractor.extract_articles` (tests pass their own).
    """
    report = IngestReport()
    extract = extract_fn or _default_extract()
    tick = progress or _no_progress
    seen: set[str] = set()
    for chunk in _chunks(articles, max(batch_size, 1)):
        pending = _triage(store, chunk, seen, report, tick)
        results = _extract(pending, extract, n_process, batch_size, tick)
        done = [(ext, h, a) for (a, h), ext in zip(pending, results, strict=True)]
        _store(store, done, report)
    return report


# --- before extraction ---------------------------------------------------------------


def _triage(
    store: Store,
    chunk: list[Item],
    seen: set[str],
    report: IngestReport,
    tick: Progress,
) -> list[tuple[Article, str]]:
    """Record rejections, duplicates and unchanged articles; return what needs extracting."""
    pending: list[tuple[Article, str]] = []
    for item in chunk:
        if isinstance(item, ArticleRejected):
            report.rejected.append(_rejection(item, getattr(item, "source", None) or ""))
        elif item.id in seen:
            err = rejected("E011", article_id=item.id, id=item.id)
            report.rejected.append(_rejection(err, _source(item)))
        else:
            seen.add(item.id)
            content_hash = _content_hash(item)
            if store.known_hash(item.id) != content_hash:
                pending.append((item, content_hash))
                continue  # its tick comes with its extraction
            report.unchanged += 1
        tick(1)
    return pending


# --- extraction ---------------------------------------------------------------------


def _extract(
    pending: list[tuple[Article, str]],
    extract: ExtractFn,
    n_process: int,
    batch_size: int,
    tick: Progress,
) -> list[Result]:
    """One result per article. If the batch call breaks, the rest go one by one, so the
    article at fault is the only one rejected."""
    articles = [article for article, _ in pending]
    results: list[Result] = []
    if not articles:
        return results
    try:
        for result in extract(articles, n_process=n_process, batch_size=batch_size):
            if len(results) == len(articles):
                break
            results.append(result)
            tick(1)
    except Exception:  # noqa: BLE001 - isolated below, article by article
        pass
    for article in articles[len(results) :]:
        results.append(_extract_one(article, extract))
        tick(1)
    return results


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


def _store(store: Store, done: list[tuple[Result, str, Article]], report: IngestReport) -> None:
    """The batch in one transaction; if that fails, article by article to find the culprit."""
    good: list[tuple[Extraction, str, Article]] = []
    for result, content_hash, article in done:
        if isinstance(result, ArticleRejected):
            report.rejected.append(_rejection(result, _source(article), article.id))
        else:
            good.append((result, content_hash, article))
    try:
        statuses = store.add_extractions([(ext, h, a.text) for ext, h, a in good])
    except Exception:  # noqa: BLE001 - retried one by one below
        statuses = [
            status
            for ext, h, a in good
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
        err = rejected("E012", article_id=article.id, detail=f"{type(exc).__name__}: {exc}")
        report.rejected.append(_rejection(err, _source(article)))
        return None


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


def _default_extract() -> ExtractFn:
    from extractor import extract_articles  # brings in spaCy: only when really extracting

    return extract_articles


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
