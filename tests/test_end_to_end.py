"""The whole product on the bundled corpus: ingest, query, API, re-ingest,
rejection, export, evaluate. Loads the trained pipelines (model marker)."""

from __future__ import annotations

import io
import json
import shutil

import networkx as nx
import pytest
from click.testing import CliRunner

from tests.conftest import CORPUS, ROOT

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory):
    """The corpus plus one German article, ingested once through the CLI."""
    from api.cli import main

    folder = tmp_path_factory.mktemp("in")
    for path in CORPUS.glob("*.txt"):
        shutil.copy(path, folder / path.name)
    shutil.copy(ROOT / "tests" / "data" / "bad" / "de-001.txt", folder / "de-001.txt")
    db = tmp_path_factory.mktemp("db") / "test.db"
    report = tmp_path_factory.mktemp("rep") / "report.json"
    result = CliRunner().invoke(
        main, ["ingest", str(folder), "--db", str(db), "--quiet", "--report", str(report)]
    )
    assert result.exit_code == 0, result.output
    return db, folder, json.loads(report.read_text())


def test_ingest_stores_every_article_and_rejects_german(corpus_db):
    _, _, report = corpus_db
    n_corpus = len(list(CORPUS.glob("*.txt")))
    assert report["ingested"] == n_corpus
    rejected = report["rejected"]
    assert [r["code"] for r in rejected] == ["E004"]
    assert "de" in rejected[0]["reason"] and rejected[0]["article_id"] == "de-001"


def test_reingest_changes_nothing(corpus_db):
    from api.cli import main
    from graph import open_store

    db, folder, _ = corpus_db
    store = open_store(db)
    before = store.stats()
    store.close()
    result = CliRunner().invoke(
        main, ["ingest", str(folder), "--db", str(db), "--quiet", "--report", "-"]
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["ingested"] == 0 and report["unchanged"] == len(list(CORPUS.glob("*.txt")))
    store = open_store(db)
    assert store.stats() == before
    store.close()


def test_query_leaders_finds_the_health_minister_with_evidence(corpus_db):
    from api.cli import main

    db, _, _ = corpus_db
    result = CliRunner().invoke(main, ["query", "led-by", "Awa Ndiaye", "--db", str(db), "--json"])
    assert result.exit_code == 0, result.output
    facts = json.loads(result.stdout)
    facts = facts.get("data", facts) if isinstance(facts, dict) else facts
    assert facts, "Awa Ndiaye leads something in fr-001"
    assert any("Awa Ndiaye" in ev["sentence"] for fact in facts for ev in fact["evidence"])


def test_leaders_of_fao_through_both_cli_and_api(corpus_db):
    from fastapi.testclient import TestClient

    from api.app import create_app
    from api.cli import main
    from extractor.settings import Settings

    db, _, _ = corpus_db
    cli = CliRunner().invoke(main, ["query", "leaders", "FAO", "--db", str(db), "--json"])
    assert cli.exit_code == 0, cli.output
    cli_facts = json.loads(cli.stdout)
    cli_facts = cli_facts.get("data", cli_facts) if isinstance(cli_facts, dict) else cli_facts
    with TestClient(create_app(Settings(db=str(db)))) as client:
        for name in ("FAO", "Food and Agriculture Organization of the United Nations"):
            response = client.get("/v1/leaders", params={"org": name})
            assert response.status_code == 200, response.text
            api_facts = response.json()["data"]
            assert {
                f["subject"]["id"] if isinstance(f["subject"], dict) else f["subject"]
                for f in api_facts
            } == {
                f["subject"]["id"] if isinstance(f["subject"], dict) else f["subject"]
                for f in cli_facts
            }
    assert cli_facts, "the corpus names the FAO leader in French and English"
    evidence = [ev for fact in cli_facts for ev in fact["evidence"]]
    assert {ev["article_id"] for ev in evidence} >= {"fr-005", "en-003"}
    assert all(ev["sentence"] for ev in evidence)


def test_gexf_export_reads_back_with_the_same_counts(corpus_db, tmp_path):
    from api.cli import main
    from graph import open_store

    db, _, _ = corpus_db
    out = tmp_path / "graph.gexf"
    result = CliRunner().invoke(
        main, ["export", "--format", "gexf", "-o", str(out), "--db", str(db)]
    )
    assert result.exit_code == 0, result.output
    store = open_store(db)
    G = store.graph()
    store.close()
    back = nx.read_gexf(io.BytesIO(out.read_bytes()))
    assert back.number_of_nodes() == G.number_of_nodes() > 50
    assert back.number_of_edges() == G.number_of_edges()


def test_evaluate_on_the_corpus_gold():
    from api.cli import main

    result = CliRunner().invoke(
        main, ["evaluate", str(CORPUS / "gold.jsonl"), "--articles", str(CORPUS), "--json"]
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["articles"] >= 18
    assert report["entities"]["overall"]["f1"] >= 0.75
    assert report["leads"]["precision"] >= 0.8 and report["leads"]["recall"] >= 0.5
    assert report["aliases"]["share"] >= 0.6
