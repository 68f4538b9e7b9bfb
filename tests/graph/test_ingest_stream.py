"""One extraction stream per ingest run: one extractor call, one worker pool, models
loaded once per worker, results consumed lazily and committed batch by batch."""

from __future__ import annotations

import importlib
import os
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

import pytest

from extractor.errors import ArticleRejected
from extractor.model import Article, Extraction
from graph import Store
from graph.ingest import default_extractor, extract_stream, ingest_articles, load_extractor
from tests.graph import fake_extractor
from tests.graph.test_ingest import FakeExtractor, art


class Watching:
    """The fake extractor, pulling one article at a time and noting how many articles were
    committed when it took each one."""

    def __init__(self, store: Store) -> None:
        self.store, self.calls, self.committed_when_taken = store, 0, {}

    def __call__(
        self, articles: Iterable[Article], *, n_process: int = 1, batch_size: int = 64
    ) -> Iterator[Extraction | ArticleRejected]:
        self.calls += 1
        for article in articles:
            self.committed_when_taken[article.id] = self.store.stats()["articles"]
            yield from fake_extractor.extract_articles([article])


def test_one_extractor_call_for_the_whole_run_and_lazy_commits(store: Store) -> None:
    articles = (art(f"n{i:02d}", f"Dakar{i} et Rabat.") for i in range(10))
    watching = Watching(store)
    report = ingest_articles(store, articles, batch_size=3, extract_fn=watching)
    assert report.ingested == 10 and watching.calls == 1
    # the 4th article is taken only after the first batch of 3 is committed, etc.
    taken = [watching.committed_when_taken[f"n{i:02d}"] for i in range(10)]
    assert taken == [0, 0, 0, 3, 3, 3, 6, 6, 6, 9]


def test_a_raising_extractor_only_loses_the_culprit_and_resumes_with_a_new_call(
    store: Store,
) -> None:
    articles = [art(f"x{i}", f"Word{i} Alpha.") for i in range(4)]
    articles.insert(2, art("boom", "This goes BOOM."))
    fake = FakeExtractor()
    report = ingest_articles(store, articles, batch_size=2, extract_fn=fake)
    assert report.ingested == 4
    assert [(r.article_id, r.code) for r in report.rejected] == [("boom", "E012")]
    # the stream call, then "boom" alone (isolation), then a new stream for the rest
    assert fake.calls == 3
    assert [a.id for a in store.articles()] == ["x0", "x1", "x2", "x3"]


def test_extract_stream_keeps_order_and_metadata() -> None:
    items = [(art(f"s{i}", f"Word{i}."), i * 10) for i in range(5)]
    out = list(extract_stream(items, fake_extractor.extract_articles, 1, 2))
    assert [(a.id, meta, r.article.id) for a, meta, r in out] == [
        (f"s{i}", i * 10, f"s{i}") for i in range(5)
    ]


def test_an_extractor_that_takes_nothing_still_answers_every_article() -> None:
    def lazy(articles: Iterable[Article], **_: object) -> Iterator[Extraction]:
        if False:  # pragma: no cover - a generator that never reads its input
            yield
        return

    out = list(extract_stream([(art("z1", "Z."), None), (art("z2", "Y."), None)], lazy, 1, 8))
    assert [(a.id, r.code) for a, _, r in out] == [("z1", "E012"), ("z2", "E012")]
    assert "returned nothing" in out[0][2].message


def test_the_extractor_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    spec = "tests.graph.fake_extractor:extract_articles"
    monkeypatch.setenv("NEWSGRAPH_EXTRACTOR", spec)
    assert default_extractor() is fake_extractor.extract_articles
    with pytest.raises(ValueError, match="module:function"):
        load_extractor("tests.graph.fake_extractor")


# --- real extractor.extract_articles with n_process=2: pools and model loads -----------


def test_two_processes_one_pool_models_loaded_once_per_worker(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A blank spaCy pipeline with our components stands in for the trained models; the
    workers are forked, so they inherit the patched loader, which logs each load."""
    import spacy

    import extractor.pipeline

    extract_module = importlib.import_module(
        "extractor.extract"
    )  # `extractor.extract` is a function

    log = tmp_path / "loads.txt"

    @lru_cache(maxsize=4)
    def blank_nlp(lang: str) -> spacy.language.Language:
        with log.open("a") as out:
            out.write(f"{os.getpid()} {lang}\n")
        nlp = spacy.blank(lang)
        nlp.add_pipe("sentencizer")
        extractor.pipeline.add_own_components(nlp)
        return nlp

    pools: list[object] = []
    real_pool = extract_module.ProcessPoolExecutor

    def counting_pool(*args: object, **kwargs: object) -> object:
        import multiprocessing

        kwargs["mp_context"] = multiprocessing.get_context("fork")
        pools.append(real_pool(*args, **kwargs))
        return pools[-1]

    monkeypatch.setattr(extractor.pipeline, "get_nlp", blank_nlp)
    monkeypatch.setattr(extract_module, "ProcessPoolExecutor", counting_pool)
    articles = [
        art(f"p{i:02d}", f"Le ministre a parlé à Dakar le {i} mai.", lang="fr")
        if i % 2
        else art(f"p{i:02d}", f"The minister spoke in Lagos on May {i}.", lang="en")
        for i in range(1, 25)
    ]
    report = ingest_articles(store, articles, n_process=2, batch_size=4)
    assert report.ingested + len(report.rejected) == 24
    assert len(pools) == 1  # not one per batch of 4
    loads = log.read_text().split("\n")[:-1]
    assert len(loads) == len(set(loads))  # each worker loads each language at most once
    pids = {line.split()[0] for line in loads}
    assert 1 <= len(pids) <= 2 and str(os.getpid()) not in pids
