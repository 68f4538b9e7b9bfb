"""Extraction mapped over a Dask LocalCluster of two workers; the store writer stays here.

Skipped when dask.distributed is not installed (the optional extra `newsgraph[dask]`).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from api.cli import main
from graph import open_store
from graph.ingest import dask_extractor, ingest_articles
from tests.graph import fake_extractor
from tests.graph.test_ingest import art
from tests.graph.test_ingest_resume import NATO, dump, write_corpus

distributed = pytest.importorskip("distributed")

FAKE = "tests.graph.fake_extractor:extract_articles"


@pytest.fixture(scope="module")
def cluster() -> Iterator[object]:
    """Two single-threaded workers in this process (processes=False): quick to start on a
    small machine, and the fake extractor's CALLS shows which worker ran each batch."""
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None
    ) as local:
        yield local


@pytest.fixture
def client(cluster: object) -> Iterator[object]:
    with distributed.Client(cluster) as dask_client:
        yield dask_client


def test_extraction_runs_on_the_workers_in_order(client: object, tmp_path: Path) -> None:
    fake_extractor.CALLS.clear()
    articles = [art(f"d{i:02d}", f"{NATO[i % 12]} et Dakar.") for i in range(20)]
    extract = dask_extractor(client, fake_extractor.extract_articles)
    with open_store(tmp_path / "dask.db") as store:
        report = ingest_articles(store, articles, batch_size=4, extract_fn=extract)
        assert report.ingested == 20
        assert [a.id for a in store.articles(limit=100)] == [f"d{i:02d}" for i in range(20)]
    workers = set(client.scheduler_info()["workers"])  # type: ignore[attr-defined]
    assert fake_extractor.CALLS and set(fake_extractor.CALLS) <= workers  # never "local"
    assert len(fake_extractor.CALLS) == 10  # batches of 4 // 2 workers


def test_a_failing_task_rejects_only_its_culprit(client: object, tmp_path: Path) -> None:
    from tests.graph.test_ingest import FakeExtractor

    articles = [art("ok1", "Alpha."), art("boom", "BOOM."), art("ok2", "Beta.")]
    extract = dask_extractor(client, FakeExtractor())
    with open_store(tmp_path / "boom.db") as store:
        report = ingest_articles(store, articles, batch_size=4, extract_fn=extract)
    assert report.ingested == 2
    assert [(r.article_id, r.code) for r in report.rejected] == [("boom", "E012")]


def test_cli_dask_scheduler_gives_the_same_store_as_a_local_run(
    cluster: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSGRAPH_EXTRACTOR", FAKE)
    corpus = write_corpus(tmp_path / "corpus.jsonl")
    runner = CliRunner()
    local = runner.invoke(main, ["ingest", str(corpus), "--db", str(tmp_path / "l.db"), "-q"])
    assert local.exit_code == 0, local.output
    fake_extractor.CALLS.clear()
    address = cluster.scheduler_address  # type: ignore[attr-defined]
    args = ["ingest", str(corpus), "--db", str(tmp_path / "d.db"), "--dask-scheduler", address,
            "--batch-size", "6", "--quiet", "--report", "-"]  # fmt: skip
    result = runner.invoke(main, args)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["ingested"] == 30
    assert "local" not in fake_extractor.CALLS and len(fake_extractor.CALLS) == 10
    assert dump(tmp_path / "d.db") == dump(tmp_path / "l.db")


def test_cli_dask_local_worker_processes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`--dask-local 2`: a cluster of two worker processes, started and stopped by the command."""
    monkeypatch.setenv("NEWSGRAPH_EXTRACTOR", FAKE)  # inherited by the worker processes
    monkeypatch.setenv("PYTHONPATH", str(Path(__file__).resolve().parents[2]))
    corpus = write_corpus(tmp_path / "corpus.jsonl")
    db = tmp_path / "p.db"
    args = ["ingest", str(corpus), "--db", str(db), "--dask-local", "2", "--quiet"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    with open_store(db) as store:
        assert store.stats()["articles"] == 30
