"""Batch ingestion with a fake extractor: rejections, duplicates, failures, skipping."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from extractor.errors import ArticleRejected, rejected
from extractor.model import Article, Entity, Extraction, Mention
from graph import Store
from graph.ingest import ingest_articles, ingest_paths


class FakeExtractor:
    """Capitalised words become organisations. 'BOOM' raises inside the batch, 'BROKEN'
    yields an extraction the store refuses, lang 'de' is rejected; records what it saw."""

    def __init__(self) -> None:
        self.seen: list[str] = []
        self.calls = 0

    def __call__(
        self, articles: Iterable[Article], *, n_process: int = 1, batch_size: int = 64
    ) -> Iterator[Extraction | ArticleRejected]:
        self.calls += 1
        for article in articles:
            self.seen.append(article.id)
            if "BOOM" in article.text:
                raise RuntimeError("component exploded")
            if article.lang == "de":
                yield rejected("E004", article_id=article.id, lang="de")
                continue
            yield self._extract(article)

    @staticmethod
    def _extract(article: Article) -> Extraction:
        entities: dict[str, Entity] = {}
        for match in re.finditer(r"\b[A-Z][a-z]+\b", article.text):
            word = match.group()
            entity = entities.setdefault(
                word, Entity(id=f"org:{word.lower()}", type="ORG", name=word)
            )
            entity.mentions.append(Mention(word, match.start(), match.end(), 0))
        if "BROKEN" in article.text:
            entities["broken"] = Entity(id="org:broken", type=None, name="x")  # type: ignore[arg-type]
        return Extraction(article=article, entities=list(entities.values()))


def art(article_id: str, text: str, lang: str = "fr") -> Article:
    return Article(id=article_id, text=text, lang=lang, source=f"{article_id}.txt")


def empty_file() -> ArticleRejected:
    err = rejected("E001", article_id="empty")
    err.source = "empty.txt"  # type: ignore[attr-defined]
    return err


def batch() -> list[Article | ArticleRejected]:
    return [
        art("a1", "Dakar accueille Rabat."),
        art("a2", "Genève et Tokyo."),
        empty_file(),
        art("a1", "Another text, same id."),
        art("boom", "This one goes BOOM."),
        art("de", "Berlin und Bonn.", lang="de"),
        art("a3", "Lagos et Accra."),
    ]


def test_counts_rejections_and_progress(store: Store) -> None:
    ticks: list[int] = []
    report = ingest_articles(store, batch(), batch_size=3, progress=ticks.append,
                             extract_fn=FakeExtractor())  # fmt: skip
    assert (report.ingested, report.unchanged, report.replaced) == (3, 0, 0)
    codes = {(r.article_id, r.code, r.source) for r in report.rejected}
    assert codes == {
        ("empty", "E001", "empty.txt"),
        ("a1", "E011", "a1.txt"),
        ("boom", "E012", "boom.txt"),
        ("de", "E004", "de.txt"),
    }
    boom = next(r for r in report.rejected if r.code == "E012")
    assert "component exploded" in boom.reason
    assert ticks == [1] * 7
    assert store.article("a1").text == "Dakar accueille Rabat."  # the first a1 wins
    assert {a.id for a in store.articles()} == {"a1", "a2", "a3"}
    assert report.to_dict()["rejected"][0].keys() == {"source", "article_id", "code", "reason"}


def test_articles_after_a_raising_one_in_the_same_batch_are_ingested(store: Store) -> None:
    articles = [art("x1", "Alpha."), art("boom", "BOOM."), art("x2", "Beta."), art("x3", "Gamma.")]
    report = ingest_articles(store, articles, batch_size=10, extract_fn=FakeExtractor())
    assert report.ingested == 3
    assert [r.article_id for r in report.rejected] == ["boom"]
    assert store.entity("org:gamma") is not None


def test_unchanged_articles_are_skipped_before_extraction(store: Store) -> None:
    ingest_articles(store, batch(), batch_size=3, extract_fn=FakeExtractor())
    again = FakeExtractor()
    report = ingest_articles(store, batch(), batch_size=3, extract_fn=again)
    assert (report.ingested, report.unchanged, report.replaced) == (0, 3, 0)
    assert not {"a1", "a2", "a3"} & set(again.seen)
    assert {r.code for r in report.rejected} == {"E001", "E011", "E012", "E004"}


def test_changed_article_is_replaced(store: Store) -> None:
    ingest_articles(store, [art("a1", "Dakar.")], extract_fn=FakeExtractor())
    report = ingest_articles(store, [art("a1", "Rabat.")], extract_fn=FakeExtractor())
    assert (report.ingested, report.replaced) == (0, 1)
    assert store.entity("org:dakar") is None and store.entity("org:rabat") is not None


def test_a_write_failure_rejects_only_that_article(store: Store) -> None:
    articles = [art("ok1", "Alpha."), art("bad", "Beta BROKEN."), art("ok2", "Gamma.")]
    report = ingest_articles(store, articles, extract_fn=FakeExtractor())
    assert report.ingested == 2
    assert [(r.article_id, r.code) for r in report.rejected] == [("bad", "E012")]
    assert store.article("bad") is None and store.entity("org:beta") is None


def test_batches_are_committed_one_by_one(store: Store, monkeypatch) -> None:
    sizes: list[int] = []
    original = Store.add_extractions

    def spy(self: Store, items):  # type: ignore[no-untyped-def]
        items = list(items)
        sizes.append(len(items))
        return original(self, items)

    monkeypatch.setattr(Store, "add_extractions", spy)
    articles = [art(f"n{i}", f"Word{i} Nom.") for i in range(5)]
    report = ingest_articles(store, articles, batch_size=2, extract_fn=FakeExtractor())
    assert report.ingested == 5 and sizes == [2, 2, 1]


def test_ingest_paths_reads_files_and_reports_missing_ones(store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "fr-001.txt").write_text("Titre\n\nDakar accueille Rabat.\n", encoding="utf-8")
    (folder / "en-001.txt").write_text("Title\n\nLagos meets Accra.\n", encoding="utf-8")
    missing = tmp_path / "nowhere"
    fake = FakeExtractor()
    report = ingest_paths(store, [str(folder), str(missing)], extract_fn=fake)
    assert report.ingested == 2
    assert [(r.code, r.source) for r in report.rejected] == [("E013", str(missing))]
    assert store.stats()["articles"] == 2
    assert ingest_paths(store, [str(folder)], extract_fn=fake).unchanged == 2


def test_a_very_long_article_is_stored_in_parts_without_losing_text(tmp_path, monkeypatch):
    """A huge text is cut between paragraphs into parts, each stored; nothing dropped."""
    from extractor.extract import PART_SEPARATOR, split_long
    from extractor.model import Article
    from extractor.settings import get_settings
    from graph import open_store
    from graph.ingest import ingest_articles
    from tests.graph.fake_extractor import extract_articles as fake

    paragraph = "Awa Ndiaye, ministre de la Santé, a ouvert le forum à Dakar. " * 20
    text = "\n\n".join(f"{n} {paragraph}" for n in range(60))
    article = Article(id="big", text=text, lang="fr")
    parts = split_long(article, 5000)
    assert len(parts) > 10 and all(len(p.text) <= 5000 for p in parts)
    assert "".join(p.text for p in parts) == text
    monkeypatch.setenv("NEWSGRAPH_MAX_ARTICLE_CHARS", "5000")
    get_settings.cache_clear()
    try:
        with open_store(tmp_path / "s.db") as store:
            report = ingest_articles(store, [article], extract_fn=fake)
            assert report.ingested == len(parts) and not report.rejected
            assert store.article(f"big{PART_SEPARATOR}1") is not None
            again = ingest_articles(store, [article], extract_fn=fake)
            assert again.unchanged == len(parts) and again.ingested == 0
    finally:
        get_settings.cache_clear()
