"""Background WAL checkpoints during a batch (Store.background_checkpoints)."""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path

import pytest

import graph.store as store_module
from graph import open_store
from tests.graph.conftest import add, en_extraction, fr_extraction, snapshot


def _checkpoint_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "newsgraph-checkpoint"]


def test_commits_reach_the_database_file_while_the_writer_never_checkpoints(
    tmp_path: Path,
) -> None:
    path = tmp_path / "s.db"
    store = open_store(path)
    before = path.stat().st_size
    with store.background_checkpoints():
        assert store._conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 0
        assert len(_checkpoint_threads()) == 1
        add(store, fr_extraction())
        add(store, en_extraction())
    # far below SQLite's own threshold: only the checkpoint thread copied the pages
    assert path.stat().st_size > before
    assert store._conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 1000
    assert _checkpoint_threads() == []
    store.close()


def test_a_store_written_with_background_checkpoints_reads_the_same(tmp_path: Path) -> None:
    plain, checkpointed = open_store(tmp_path / "a.db"), open_store(tmp_path / "b.db")
    for extraction in (fr_extraction(), en_extraction()):
        add(plain, extraction)
    with checkpointed.background_checkpoints():
        for extraction in (fr_extraction(), en_extraction()):
            add(checkpointed, extraction)
    with open_store(tmp_path / "b.db") as reader:  # another connection, after the batch
        assert snapshot(reader) == snapshot(plain)
    plain.close()
    checkpointed.close()


def test_an_in_memory_store_needs_no_checkpoints() -> None:
    store = open_store(":memory:")
    with store.background_checkpoints():
        add(store, fr_extraction())
        assert _checkpoint_threads() == []
    store.close()


def test_the_wal_stays_bounded_when_batches_come_back_to_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # every transaction lets the running checkpoint finish first, so the WAL restarts
    # from its beginning instead of growing by a batch at each commit
    monkeypatch.setattr(store_module, "WAL_SETTLE_BYTES", 0)
    path = tmp_path / "s.db"
    wal = Path(f"{path}-wal")
    store = open_store(path)
    sizes = []
    with store.background_checkpoints():
        for k in range(20):
            extraction = fr_extraction()
            extraction.article = replace(extraction.article, id=f"fr-{k:03d}")
            add(store, extraction)
            sizes.append(wal.stat().st_size)
    assert max(sizes) <= 2 * sizes[0]
    store.close()
