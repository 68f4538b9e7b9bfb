"""`newsgraph merge` and `newsgraph split`, then later ingests; no models."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import extractor
from api.cli import main
from extractor.model import Article, Entity, Extraction, Mention
from graph import open_store
from tests.api.conftest import make_store


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def db(tmp_path: Path) -> str:
    """The test corpus: per:pierre-martin (fr-001), per:amina-diallo (fr-001, en-001)."""
    path = tmp_path / "corpus.db"
    make_store(path).close()
    return str(path)


def names_pierre_martin(articles: Iterable[Article], **_: Any) -> Iterator[Extraction]:
    """Stands in for the extractor: every article mentions Pierre Martin at its start."""
    for article in articles:
        mention = Mention("Pierre Martin", 0, 13, 0)
        person = Entity("per:pierre-martin", "PER", "Pierre Martin", mentions=[mention])
        yield Extraction(article, [person])


def ids_in(db: str, article_id: str) -> list[str]:
    with open_store(db) as store:
        record = store.article(article_id)
        assert record is not None
        return record.entities


def test_merge_then_a_new_article_lands_on_the_kept_entity(
    runner: CliRunner, db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    result = runner.invoke(
        main, ["merge", "per:pierre-martin", "per:amina-diallo", "--note", "test", "--db", db]
    )
    assert result.exit_code == 0, result.output
    assert result.output.startswith("merged per:pierre-martin into per:amina-diallo (")
    assert result.output.endswith("); 1 articles re-resolved\n")
    monkeypatch.setattr(extractor, "extract_articles", names_pierre_martin)
    new = tmp_path / "later.txt"
    new.write_text("Pierre Martin a parlé à Genève.\n", encoding="utf-8")
    ingested = runner.invoke(main, ["ingest", str(new), "--db", db, "-q"])
    assert ingested.exit_code == 0, ingested.output
    with open_store(db) as store:
        (article,) = [a for a in store.articles(limit=10) if a.id not in ("fr-001", "en-001")]
        assert article.entities == ["per:amina-diallo"]
        kept = store.entity("per:amina-diallo")
        assert kept is not None and kept.articles == 3
        assert store.history("per:amina-diallo")[0].note == "test"


def test_split_moves_an_article_and_is_reapplied(runner: CliRunner, db: str) -> None:
    result = runner.invoke(main, ["split", "per:amina-diallo", "--articles", "en-001", "--db", db])
    assert result.exit_code == 0, result.output
    new_id = result.output.strip().rsplit(" ", 1)[-1]
    assert result.output.startswith("split en-001 off per:amina-diallo: new entity ")
    assert new_id.startswith("per:amina-diallo~")
    assert new_id in ids_in(db, "en-001") and "per:amina-diallo" in ids_in(db, "fr-001")
    with open_store(db) as store:  # the same article again, changed: still split
        from tests.api.fixtures import en_extraction

        changed = en_extraction()
        changed.article.title = "Talks, corrected"
        assert store.add_extraction(changed, "another-hash", changed.article.text) == "replaced"
    assert new_id in ids_in(db, "en-001")


@pytest.mark.parametrize(
    "args, message",
    [
        (["merge", "per:nobody", "per:amina-diallo"], "Error: no entity 'per:nobody'"),
        (["merge", "per:pierre-martin", "per:nobody"], "Error: no entity 'per:nobody'"),
        (["merge", "per:pierre-martin", "Q7817"], "Error: cannot merge a PER into a ORG"),
        (["merge", "per:amina-diallo", "per:amina-diallo"], "Error: 'per:amina-diallo' is "),
        (["split", "per:nobody", "--articles", "fr-001"], "Error: no entity 'per:nobody'"),
        (["split", "per:amina-diallo", "--articles", "zz-9"], "Error: none of the articles"),
        (["split", "per:amina-diallo", "--articles", " , "], "Error: --articles names no"),
    ],
)
def test_errors_are_one_line(runner: CliRunner, db: str, args: list[str], message: str) -> None:
    result = runner.invoke(main, [*args, "--db", db])
    assert result.exit_code == 1
    assert result.output.startswith(message)
    assert result.output.count("\n") == 1


def test_no_database_is_an_error(runner: CliRunner, tmp_path: Path) -> None:
    missing = str(tmp_path / "none.db")
    result = runner.invoke(main, ["merge", "per:a", "per:b", "--db", missing])
    assert result.exit_code == 1 and result.output.startswith("Error: no database at")
    assert not Path(missing).exists()
