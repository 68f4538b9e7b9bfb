"""The store's per-version caches: leaders answers and analysis results stay right after
writes, through this store or another process's connection."""

from __future__ import annotations

from pathlib import Path

from graph import Store, open_store
from tests.graph.conftest import WHO, add, fr_extraction, make_extraction


def _new_leader(article_id: str) -> object:
    text = "Grace Okafor dirige l'OMS."
    return make_extraction(article_id, "fr", text, [
        {"id": "per:grace-okafor", "type": "PER", "name": "Grace Okafor",
         "surfaces": ["Grace Okafor"]},
        {**WHO, "aliases": ["OMS"], "surfaces": ["OMS"]},
    ], [{"s": "per:grace-okafor", "p": "LEADS", "o": "Q7817", "status": "current"}])  # fmt: skip


def leaders(store: Store) -> set[str]:
    return {fact.subject for fact in store.leaders("OMS")}


def test_leaders_answer_is_remembered_until_a_write(store: Store) -> None:
    add(store, fr_extraction())
    assert leaders(store) == {"per:amina-diallo"}
    store._conn.execute("DELETE FROM facts")  # behind the store's back: no new generation
    assert leaders(store) == {"per:amina-diallo"}  # so the remembered answer stands
    add(store, _new_leader("fr-009"))  # a write through the store: a new generation
    assert leaders(store) == {"per:grace-okafor"}


def test_answers_follow_another_process_commits(tmp_path: Path) -> None:
    path = tmp_path / "shared.db"
    with open_store(path) as server, open_store(path) as cli:
        add(server, fr_extraction())
        assert leaders(server) == {"per:amina-diallo"}
        degree_before = {r.id for r in server.ranking("degree")}
        add(cli, _new_leader("fr-009"))
        assert leaders(server) == {"per:amina-diallo", "per:grace-okafor"}
        assert "per:grace-okafor" in {r.id for r in server.ranking("degree")} - degree_before
        cli.delete_article("fr-009")
        assert leaders(server) == {"per:amina-diallo"}


def test_answers_are_copies(store: Store) -> None:
    add(store, fr_extraction())
    store.leaders("OMS").clear()
    assert leaders(store) == {"per:amina-diallo"}
