"""`newsgraph ingest -` (stdin, in a real subprocess), the --report JSON, and
`newsgraph reprocess`, with the model-free fake extractor (NEWSGRAPH_EXTRACTOR)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from api.cli import main
from graph import open_store

ROOT = Path(__file__).resolve().parents[2]
FAKE = "tests.graph.fake_extractor:extract_articles"


def newsgraph(*args: str, stdin: str = "", **env: str) -> subprocess.CompletedProcess[str]:
    environ = {**os.environ, "PYTHONPATH": str(ROOT), "NEWSGRAPH_EXTRACTOR": FAKE, **env}
    return subprocess.run([sys.executable, "-m", "api.cli", *args], input=stdin, env=environ,
                          cwd=ROOT, capture_output=True, text=True, timeout=60)  # fmt: skip


def test_stdin_jsonl_with_every_kind_of_outcome(tmp_path: Path) -> None:
    db, report = str(tmp_path / "s.db"), tmp_path / "report.json"
    lines = [
        {"id": "s-1", "text": "Dakar dirige Rabat.", "lang": "fr"},
        {"id": "s-2", "text": "Lagos meets Accra.", "lang": "en"},
        {"id": "s-3", "text": "Berlin und Bonn.", "lang": "de"},
        {"id": "s-1", "text": "Same id again.", "lang": "fr"},
        {"id": "s-4", "lang": "fr"},
    ]
    stdin = "\n".join(json.dumps(line) for line in lines) + "\n{not json\n"
    done = newsgraph("ingest", "-", "--db", db, "--report", str(report), stdin=stdin)
    assert done.returncode == 0, done.stderr
    assert "ingested 2, unchanged 0, replaced 0, rejected 4" in done.stdout
    data = json.loads(report.read_text())
    assert (data["ingested"], data["unchanged"], data["replaced"]) == (2, 0, 0)
    codes = sorted((r["code"], r["source"], r["article_id"]) for r in data["rejected"])
    assert codes == [("E004", "-:3", "s-3"), ("E006", "-:6", None), ("E007", "-:5", "s-4"),
                     ("E011", "-:4", "s-1")]  # fmt: skip
    assert all(r["reason"] for r in data["rejected"])
    assert "E006 malformed JSON on line 6" in done.stdout
    # again, with one article changed: unchanged and replaced are counted
    stdin = stdin.replace("Lagos meets Accra.", "Lagos meets Abuja.")
    again = newsgraph("ingest", "-", "--db", db, "--report", "-", stdin=stdin)
    data = json.loads(again.stdout)
    assert (data["ingested"], data["unchanged"], data["replaced"]) == (0, 1, 1)
    assert "unchanged 1, replaced 1" in again.stderr  # the summary moves to stderr


def test_stdin_plain_text_is_one_article(tmp_path: Path) -> None:
    db = str(tmp_path / "t.db")
    done = newsgraph("ingest", "-", "--db", db, "--quiet", stdin="Titre\n\nDakar dirige Rabat.\n")
    assert (done.returncode, done.stdout) == (0, "")
    with open_store(db) as store:
        (article,) = store.articles()
        assert article.title == "Titre" and store.entity("org:dakar") is not None


def ingest_then_curate(tmp_path: Path, runner: CliRunner) -> str:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Titre\n\nDakar dirige Rabat avec OMS.\n")
    (folder / "b.txt").write_text("Titre\n\nTunis accueille Dakar et OMS.\n")
    db = str(tmp_path / "r.db")
    assert runner.invoke(main, ["ingest", str(folder), "--db", db, "-q"]).exit_code == 0
    with open_store(db) as store:
        assert store.entity("org:oms") is None  # rules v1: no acronyms
        assert store.entity("org:tunis") is not None
        store.merge("org:tunis", "org:rabat", note="curator")
        assert store.entity("org:rabat").articles == 2
    return db


def test_reprocess_applies_new_rules_and_keeps_merges(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSGRAPH_EXTRACTOR", FAKE)
    runner = CliRunner()
    db = ingest_then_curate(tmp_path, runner)
    with open_store(db) as store:
        before = {a.id: (a.content_hash, a.ingested_at) for a in store.articles()}
    monkeypatch.setenv("NEWSGRAPH_FAKE_RULES", "2")  # the "rules upgrade"
    result = runner.invoke(main, ["reprocess", "--db", db, "--report", "-", "-q"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["replaced"] == 2
    with open_store(db) as store:
        oms = store.entity("org:oms")
        assert oms is not None and oms.articles == 2  # the new rule, in both articles
        assert store.entity("org:tunis").id == "org:rabat"  # the merge still holds
        assert store.entity("org:rabat").articles == 2
        after = {a.id: (a.content_hash, a.ingested_at) for a in store.articles()}
        assert after == before  # same content: a later ingest still skips them
    again = runner.invoke(main, ["ingest", str(tmp_path / "in"), "--db", db, "--report", "-"])
    assert json.loads(again.stdout)["unchanged"] == 2


def test_reprocess_keeps_old_facts_of_a_rejected_article(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from graph.ingest import reprocess
    from tests.graph.test_ingest import FakeExtractor

    monkeypatch.setenv("NEWSGRAPH_EXTRACTOR", FAKE)
    db = ingest_then_curate(tmp_path, CliRunner())
    with open_store(db) as store:
        stored = {a.id: a.text for a in store.articles()}
        store.delete_article("b")
        failing = FakeExtractor()
        monkeypatch.setattr(
            FakeExtractor, "_extract", staticmethod(lambda a: (_ for _ in ()).throw(KeyError(a.id)))
        )
        report = reprocess(store, extract_fn=failing)
        assert report.replaced == 0 and [r.article_id for r in report.rejected] == ["a"]
        assert store.article("a").text == stored["a"] and store.entity("org:dakar") is not None
        assert store.article("b") is None  # deleted articles are not brought back
