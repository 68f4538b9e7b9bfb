"""Crash safety, for real: `newsgraph ingest` in a subprocess, SIGKILLed after 1, 2 and 3
commits, run again, must leave the store identical to an uninterrupted run. And readers
see the last committed state while a batch is being written.

The subprocess extracts with the model-free fake (NEWSGRAPH_EXTRACTOR), slowed down by
NEWSGRAPH_FAKE_DELAY so that the kill lands between commits.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from extractor.model import Extraction
from graph import Store, open_store
from graph.ingest import ingest_articles
from tests.graph import fake_extractor
from tests.graph.test_ingest import art

ROOT = Path(__file__).resolve().parents[2]
N_ARTICLES, BATCH = 30, 5
NATO = "Alpha Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliett Kilo Lima".split()
AGENCIES = ["Onu", "Unesco", "Fao", "Oms"]
PLACES = ["Dakar", "Rabat", "Lagos", "Accra", "Tunis", "Alger", "Niamey", "Bamako"]


def write_corpus(path: Path) -> Path:
    """30 small articles with recurring names, so that later articles join earlier facts."""
    with path.open("w", encoding="utf-8") as out:
        for k in range(N_ARTICLES):
            a, b, c = (PLACES[(k * j + j) % len(PLACES)] for j in (1, 2, 3))
            text = f"{a} dirige {b}. {b} rencontre {c} et {AGENCIES[k % 4]}."
            out.write(json.dumps({"id": f"r-{k:02d}", "text": text, "lang": "fr"}) + "\n")
    return path


def command(corpus: Path, db: Path, report: Path) -> list[str]:
    return [sys.executable, "-m", "api.cli", "ingest", str(corpus), "--db", str(db),
            "--batch-size", str(BATCH), "--quiet", "--report", str(report)]  # fmt: skip


def environment(delay: float) -> dict[str, str]:
    return {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "NEWSGRAPH_EXTRACTOR": "tests.graph.fake_extractor:extract_articles",
        "NEWSGRAPH_FAKE_DELAY": str(delay),
    }


def run(corpus: Path, db: Path, report: Path) -> dict[str, Any]:
    done = subprocess.run(command(corpus, db, report), env=environment(0), cwd=ROOT,
                          capture_output=True, text=True, timeout=120)  # fmt: skip
    assert done.returncode == 0, done.stderr
    return json.loads(report.read_text())


def committed(db: Path) -> int:
    """Articles committed so far, read from another connection (0 before the schema exists)."""
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.OperationalError:  # the schema is being created
        return 0


def run_and_kill(corpus: Path, db: Path, report: Path, commits: int) -> int:
    """Start the ingest, SIGKILL it once `commits` batches are committed; returns the count
    of articles the killed run left behind."""
    proc = subprocess.Popen(command(corpus, db, report), env=environment(0.03), cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)  # fmt: skip
    deadline = time.monotonic() + 60
    try:
        while committed(db) < commits * BATCH:
            assert proc.poll() is None, f"finished before the kill: {proc.stderr.read()}"
            assert time.monotonic() < deadline, "no progress"
            time.sleep(0.005)
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL
    return committed(db)


def dump(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every table with meaning, sorted; no timestamps (ingested_at) and no rowids."""
    queries = {
        "articles": "SELECT id, lang, title, published, source, url, content_hash, text, "
        "extraction FROM articles",
        "entities": "SELECT * FROM entities",
        "article_entities": "SELECT * FROM article_entities",
        "names": "SELECT * FROM names",
        "name_keys": "SELECT entity_id, kind, name, norm, refs FROM name_keys",
        "mentions": "SELECT * FROM mentions",
        "relations": "SELECT * FROM relations",
        "facts": "SELECT * FROM facts",
        "participants": "SELECT * FROM participants",
    }
    with sqlite3.connect(db) as conn:
        return {name: sorted(map(tuple, conn.execute(sql))) for name, sql in queries.items()}


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    """The corpus and the store of an uninterrupted run."""
    tmp = tmp_path_factory.mktemp("resume")
    corpus = write_corpus(tmp / "corpus.jsonl")
    report = run(corpus, tmp / "reference.db", tmp / "report.json")
    assert report["ingested"] == N_ARTICLES and not report["rejected"]
    return corpus, dump(tmp / "reference.db")


@pytest.mark.parametrize("commits", [1, 2, 3])
def test_killed_ingest_resumes_to_the_same_store(
    commits: int, reference: tuple[Path, dict[str, Any]], tmp_path: Path
) -> None:
    corpus, expected = reference
    db, report = tmp_path / "killed.db", tmp_path / "report.json"
    left = run_and_kill(corpus, db, report, commits)
    assert left % BATCH == 0 and commits * BATCH <= left < N_ARTICLES  # whole batches only
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    again = run(corpus, db, report)
    assert (again["unchanged"], again["ingested"], again["rejected"]) == (
        left,
        N_ARTICLES - left,
        [],
    )
    assert dump(db) == expected
    assert expected["facts"] and expected["relations"]  # the comparison is not vacuous


def test_a_second_kill_during_the_resumed_run_still_converges(
    reference: tuple[Path, dict[str, Any]], tmp_path: Path
) -> None:
    corpus, expected = reference
    db, report = tmp_path / "twice.db", tmp_path / "report.json"
    first = run_and_kill(corpus, db, report, 1)
    assert run_and_kill(corpus, db, report, first // BATCH + 2) > first
    run(corpus, db, report)
    assert dump(db) == expected


# --- readers during a write -------------------------------------------------------------


class PausedWrite:
    """Holds the writer inside the transaction of its second batch until released."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, pause_at: str) -> None:
        self.writing, self.release = threading.Event(), threading.Event()
        original = Store._add

        def add(store: Store, delta: Any, extraction: Extraction, *args: Any) -> Any:
            status = original(store, delta, extraction, *args)
            if extraction.article.id == pause_at:
                self.writing.set()
                assert self.release.wait(30)
            return status

        monkeypatch.setattr(Store, "_add", add)


def ingest_in_thread(db: Path, n: int) -> Iterator[threading.Thread]:
    articles = [art(f"w{i:02d}", f"{NATO[i]} rencontre Rabat.") for i in range(n)]

    def write() -> None:
        with open_store(db) as writer:
            ingest_articles(writer, articles, batch_size=BATCH,
                            extract_fn=fake_extractor.extract_articles)  # fmt: skip

    thread = threading.Thread(target=write)
    thread.start()
    yield thread
    thread.join(30)


def test_readers_see_the_last_commit_while_a_batch_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The reader store and the API are open before the run, as a server would be."""
    from fastapi.testclient import TestClient

    from api.app import create_app
    from extractor.settings import Settings

    db = tmp_path / "live.db"
    open_store(db).close()
    paused = PausedWrite(monkeypatch, pause_at="w07")  # inside the 2nd batch (w05-w09)
    with open_store(db) as reader, TestClient(create_app(Settings(db=str(db)))) as client:
        writer = ingest_in_thread(db, 12)
        next(writer)
        try:
            assert paused.writing.wait(30)
            assert reader.stats()["articles"] == BATCH
            assert reader.article("w06") is None and reader.entity("org:golf") is None
            assert reader.entity("org:echo") is not None
            assert "org:golf" not in reader.graph() and "org:echo" in reader.graph()
            page = client.get("/v1/articles", params={"limit": 100}).json()
            assert sorted(a["id"] for a in page["data"]) == [f"w{i:02d}" for i in range(BATCH)]
        finally:
            paused.release.set()
            next(writer, None)
        assert reader.stats()["articles"] == 12 and "org:lima" in reader.graph()
        assert len(client.get("/v1/articles", params={"limit": 100}).json()["data"]) == 12
