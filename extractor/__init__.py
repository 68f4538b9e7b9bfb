"""newsgraph's extractor: articles in, plain `Extraction` data out.

    from extractor import extract
    extract("Khalid Ait Taleb, ministre de la Santé, ...")   # the `extract --json` dict

Nothing heavy happens at import: spaCy pipelines load on first use.
"""

from extractor.errors import ArticleRejected, Errors, NewsgraphError
from extractor.extract import extract, extract_article, extract_articles, prepare
from extractor.model import Article, Entity, Extraction, Mention, Relation
from extractor.readers import content_hash, read_bytes, read_path, read_stream

__all__ = [
    "Article",
    "ArticleRejected",
    "Entity",
    "Errors",
    "Extraction",
    "Mention",
    "NewsgraphError",
    "Relation",
    "content_hash",
    "extract",
    "extract_article",
    "extract_articles",
    "prepare",
    "read_bytes",
    "read_path",
    "read_stream",
]
