"""The `newsgraph` command line (api/cli.py), run with click's CliRunner; no models."""

from __future__ import annotations

import json
import os
import sys
import types
from pathlib import Path

import pytest
from click.testing import CliRunner

import api.cli
import extractor
from api.cli import main
from extractor.model import Extraction
from graph import open_store
from tests.api.conftest import make_store, stand_in_extract
from tests.api.fixtures import fr_extraction


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def db(tmp_path: Path) -> str:
    """A database holding the test corpus."""
    path = tmp_path / "corpus.db"
    make_store(path).close()
    return str(path)


def stats_of(db: str) -> dict[str, int]:
    with open_store(db) as store:
        return store.stats()


def test_version_and_help(runner: CliRunner) -> None:
    assert runner.invoke(main, ["--version"]).output.startswith("newsgraph, version ")
    result = runner.invoke(main, ["--help"])
    for command in ("ingest", "extract", "query", "export", "serve", "evaluate", "delete", "stats"):
        assert command in result.output


def test_query_leaders_prints_role_status_evidence_article(runner: CliRunner, db: str) -> None:
    result = runner.invoke(main, ["query", "leaders", "OMS", "--db", db])
    assert result.exit_code == 0, result.output
    assert "Pierre Martin — directeur, former" in result.output
    assert (
        "\"L'ancien directeur de l'OMS, Pierre Martin, était présent.\" [fr-001]" in result.output
    )
    assert "Amina Diallo — regional director, current" in result.output


def test_query_led_by_json_has_the_http_shape(runner: CliRunner, db: str) -> None:
    result = runner.invoke(main, ["query", "led-by", "Khalid Ait Taleb", "--db", db, "--json"])
    facts = json.loads(result.output)
    assert [fact["object"]["id"] for fact in facts] == ["org:ministere-de-la-sante-ma"]
    assert facts[0]["status"] == "current"
    assert facts[0]["evidence"][0]["article_id"] == "fr-001"


def test_db_from_environment(runner: CliRunner, db: str) -> None:
    result = runner.invoke(main, ["stats", "--json"], env={"NEWSGRAPH_DB": db})
    assert json.loads(result.output) == {
        "articles": 2, "entities": 10, "relations": 8, "mentions": 14,
    }  # fmt: skip


def test_unknown_org_is_one_error_line(runner: CliRunner, db: str) -> None:
    result = runner.invoke(main, ["query", "leaders", "Acme", "--db", db])
    assert result.exit_code == 1
    assert result.output == "Error: no entity matches 'Acme'\n"


def test_missing_database_is_an_error_not_a_new_file(runner: CliRunner, tmp_path: Path) -> None:
    missing = tmp_path / "none.db"
    result = runner.invoke(main, ["stats", "--db", str(missing)])
    assert result.exit_code == 1
    assert result.output.startswith("Error: no database at")
    assert not missing.exists()


def test_delete(runner: CliRunner, db: str) -> None:
    assert runner.invoke(main, ["delete", "en-001", "--db", db]).output == "deleted en-001\n"
    assert stats_of(db)["articles"] == 1
    again = runner.invoke(main, ["delete", "en-001", "--db", db])
    assert (again.exit_code, again.output) == (1, f"Error: no article 'en-001' in {db}\n")


def test_stats_text(runner: CliRunner, db: str) -> None:
    lines = runner.invoke(main, ["stats", "--db", db]).output.splitlines()
    assert lines[0].split() == ["articles", "2"]


# --- ingest: graph.ingest itself, with the stand-in extractor ---


@pytest.fixture
def fake_graph_ingest(monkeypatch: pytest.MonkeyPatch) -> list[dict]:
    """Replace extractor.extract_articles (what graph.ingest calls) by the stand-in."""
    calls: list[dict] = []

    def extract_articles(articles, *, n_process=1, batch_size=64):
        calls.append({"n_process": n_process, "batch_size": batch_size})
        return stand_in_extract(articles, n_process=n_process, batch_size=batch_size)

    monkeypatch.setattr(extractor, "extract_articles", extract_articles)
    return calls


def write_inputs(folder: Path) -> None:
    folder.mkdir()
    (folder / "a.txt").write_text("Titre\n\nLe ministre a ouvert le forum à Rabat.\n")
    (folder / "b.jsonl").write_text(
        json.dumps({"id": "j-1", "text": "The minister opened the forum.", "lang": "en"}) + "\n"
        + json.dumps({"id": "j-2", "text": "Der Minister sprach.", "lang": "de"}) + "\n"
    )  # fmt: skip


def test_ingest_summary_and_report(
    runner: CliRunner, tmp_path: Path, fake_graph_ingest: list[dict]
) -> None:
    write_inputs(tmp_path / "in")
    db, report = str(tmp_path / "new.db"), tmp_path / "report.json"
    args = [
        "ingest",
        str(tmp_path / "in"),
        "--db",
        db,
        "--report",
        str(report),
        "--batch-size",
        "8",
    ]
    result = runner.invoke(main, args)
    assert result.exit_code == 0, result.output
    assert "ingested 2, unchanged 0, replaced 0, rejected 1" in result.stdout
    assert "E004" in result.stdout
    assert json.loads(report.read_text())["rejected"][0]["code"] == "E004"
    assert fake_graph_ingest[0]["batch_size"] == 8
    again = runner.invoke(main, ["ingest", str(tmp_path / "in"), "--db", db, "--quiet"])
    assert (again.exit_code, again.stdout) == (0, "")
    assert stats_of(db)["articles"] == 2


def test_ingest_from_stdin_with_report_on_stdout(
    runner: CliRunner, tmp_path: Path, fake_graph_ingest: list[dict]
) -> None:
    line = json.dumps({"id": "s-1", "text": "The minister opened the forum.", "lang": "en"})
    args = ["ingest", "-", "--db", str(tmp_path / "s.db"), "--report", "-"]
    result = runner.invoke(main, args, input=line + "\n")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["ingested"] == 1  # the summary went to stderr
    assert "ingested 1" in result.stderr


# --- extract ------------------------------------------------------------------


def test_extract_json_is_the_extraction_dict(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[str] = []

    def extract_article(article) -> Extraction:
        seen.append(article.id)
        return fr_extraction()

    monkeypatch.setattr(extractor, "extract_article", extract_article)
    (tmp_path / "fr-001.txt").write_text("Forum santé\n\nKhalid Ait Taleb a ouvert le forum.\n")
    result = runner.invoke(main, ["extract", str(tmp_path / "fr-001.txt"), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == fr_extraction().to_dict()
    assert seen == ["fr-001"]
    readable = runner.invoke(main, ["extract", str(tmp_path / "fr-001.txt")]).output
    assert "Khalid Ait Taleb -LEADS-> Ministère de la Santé" in readable


def test_extract_rejected_file_is_one_error_line(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("   \n")
    result = runner.invoke(main, ["extract", str(tmp_path / "empty.txt"), "--json"])
    assert result.exit_code == 1
    assert result.output.startswith("Error: E001")
    assert "Traceback" not in result.output


# --- export, serve, evaluate ------------------------------------------------


def test_export_to_file_and_stdout(runner: CliRunner, db: str, tmp_path: Path) -> None:
    exports = pytest.importorskip("graph.exports")
    if not hasattr(exports, "export_graph"):
        pytest.skip("graph.exports.export_graph is not written yet")
    out = tmp_path / "g.gexf"
    result = runner.invoke(main, ["export", "--format", "gexf", "-o", str(out), "--db", db])
    assert result.exit_code == 0, result.output
    assert b"Q7817" in out.read_bytes()
    stdout = runner.invoke(main, ["export", "--format", "gexf", "-o", "-", "--db", db])
    assert stdout.stdout_bytes == out.read_bytes()
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_export_rejects_unknown_format(runner: CliRunner, db: str) -> None:
    result = runner.invoke(main, ["export", "--format", "png", "-o", "-", "--db", db])
    assert result.exit_code == 2
    assert "'png' is not one of" in result.output


def test_serve_runs_uvicorn_on_the_given_db(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import uvicorn

    from api.deps import get_settings

    calls: list[tuple] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, host, port: calls.append((app, host, port)))
    db = str(tmp_path / "serve.db")
    result = runner.invoke(main, ["serve", "--db", db, "--port", "8123"])
    assert result.exit_code == 0, result.output
    app, host, port = calls[0]
    assert (host, port) == ("127.0.0.1", 8123)
    assert app.dependency_overrides[get_settings]().db == db


def test_serve_with_workers_passes_the_db_to_each_worker(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import uvicorn

    calls: list[tuple] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append((app, kw)))
    monkeypatch.delenv("NEWSGRAPH_DB", raising=False)
    db = str(tmp_path / "serve.db")
    result = runner.invoke(main, ["serve", "--db", db, "--workers", "2"])
    assert result.exit_code == 0, result.output
    # Workers import the app by name and read the store path from the environment.
    assert calls == [("api.app:app", {"host": "127.0.0.1", "port": 8000, "workers": 2})]
    assert os.environ["NEWSGRAPH_DB"] == db


def test_serve_rejects_zero_workers(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(main, ["serve", "--db", str(tmp_path / "x.db"), "--workers", "0"])
    assert result.exit_code == 2
    assert "--workers" in result.output


def test_evaluate_calls_graph_evaluate(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    calls: list[tuple] = []

    def evaluate(gold_path, articles_dir, baseline=False):
        calls.append((gold_path, articles_dir, baseline))
        return {"leads": {"precision": 1.0, "recall": 0.5, "f1": 0.667}}

    module = types.SimpleNamespace(
        evaluate=evaluate, format_report=lambda r: f"LEADS f1 {r['leads']['f1']}"
    )
    monkeypatch.setitem(sys.modules, "graph.evaluate", module)
    gold = tmp_path / "gold.jsonl"
    gold.write_text("{}\n")
    text = runner.invoke(main, ["evaluate", str(gold), "--articles", str(tmp_path)])
    data = runner.invoke(
        main, ["evaluate", str(gold), "--articles", str(tmp_path), "--json", "--baseline"]
    )
    assert text.output == "LEADS f1 0.667\n"
    assert json.loads(data.output)["leads"]["recall"] == 0.5
    assert calls == [(str(gold), str(tmp_path), False), (str(gold), str(tmp_path), True)]


def test_library_errors_become_one_line(runner: CliRunner, db: str, monkeypatch) -> None:
    import sqlite3

    def broken(*args: object, **kwargs: object) -> None:
        raise sqlite3.DatabaseError("file is not a database")

    monkeypatch.setattr(api.cli, "open_db", broken)
    result = runner.invoke(main, ["stats", "--db", db])
    assert (result.exit_code, result.output) == (
        1,
        "Error: database error: file is not a database\n",
    )


def test_export_filters_and_bad_ego(runner: CliRunner, db: str) -> None:
    import json as json_module

    whole = json_module.loads(
        runner.invoke(main, ["export", "--format", "json", "-o", "-", "--db", db]).stdout
    )
    result = runner.invoke(
        main,
        [
            "export",
            "--format",
            "json",
            "-o",
            "-",
            "--db",
            db,
            "--predicate",
            "LEADS",
            "--lang",
            "fr",
        ],
    )
    assert result.exit_code == 0, result.output
    part = json_module.loads(result.stdout)
    assert 0 < len(part["links"]) < len(whole["links"])
    assert {link["predicate"] for link in part["links"]} == {"LEADS"}
    bad = runner.invoke(
        main, ["export", "--format", "gexf", "-o", "-", "--db", db, "--ego", "nobody"]
    )
    assert bad.exit_code == 1 and "nobody" in bad.output and "Traceback" not in bad.output
