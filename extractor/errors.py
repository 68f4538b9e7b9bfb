"""Error catalogue, spaCy style: every user-facing error has a code.

`ArticleRejected` rejects one article with its reason; a batch goes on.
"""

from __future__ import annotations


class Errors:
    E001 = "empty article: the file or field has no text"
    E002 = "binary content: {detail}"
    E003 = "cannot decode text: {detail}"
    E004 = "unsupported language '{lang}': newsgraph reads French (fr) and English (en)"
    E005 = "cannot detect the language: {detail}"
    E006 = "malformed JSON on line {line}: {detail}"
    E007 = "missing 'text' field{where}"
    E008 = "HTML page has no article body"
    E009 = "file too large: {size} bytes, the limit is {limit}"
    E010 = "unsupported file type '{suffix}': use .txt .md .html .json or .jsonl"
    E011 = "duplicate article id '{id}' within the batch"
    E012 = "extraction failed: {detail}"
    E013 = "no such file or folder: {path}"
    E014 = "invalid field '{field}': {detail}"


class NewsgraphError(Exception):
    """Base class of newsgraph's own errors."""


class ArticleRejected(NewsgraphError):
    """One article cannot be processed; `code` names the class of problem."""

    def __init__(
        self, code: str, message: str, article_id: str | None = None, source: str | None = None
    ) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.article_id = article_id
        self.source = source  # file path, "path:<line>" for JSONL, "-" for stdin

    def __str__(self) -> str:
        return f"{self.code}: {self.message}"


def rejected(code: str, article_id: str | None = None, **values: object) -> ArticleRejected:
    """Build an `ArticleRejected` from a catalogue code, e.g. rejected("E004", lang="de")."""
    template: str = getattr(Errors, code)
    return ArticleRejected(code, template.format(**values), article_id)
