"""Read articles from files, folders, streams and bytes: .txt .md .html .json .jsonl.

Every reader yields `Article` or `ArticleRejected` (never raises for one bad
article), so a batch always goes on. Each rejection carries a `source`
attribute (the file, and ":<line>" for JSONL) for the ingest report.

`Article.text` is the decoded, normalised content: every offset the extractor
produces points into it.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Iterable, Iterator
from io import BytesIO
from itertools import chain
from pathlib import Path
from typing import Any, BinaryIO

from extractor.errors import ArticleRejected, rejected
from extractor.model import Article
from extractor.normalise import iso_date, normalise_text

Item = Article | ArticleRejected

KINDS: dict[str, str] = {
    ".txt": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}
# Title guessing: a first line followed by a blank line and shorter than
# TITLE_MAX_BLANK, or shorter than TITLE_MAX_BARE and without final punctuation.
TITLE_MAX_BLANK = 200
TITLE_MAX_BARE = 150
_FINAL_PUNCTUATION = ".!?:;,…"
# charset-normalizer ranks many single-byte code pages alike on short text;
# among near-equal candidates, the Western ones are right for French and English.
_WESTERN = ("cp1252", "iso8859_15", "latin_1")
_CHAOS_MARGIN = 0.1
_OPTIONAL_FIELDS = ("title", "published", "date", "url", "lang")


# --- entry points ----------------------------------------------------------------


def read_path(path: str | Path, *, max_bytes: int | None = None) -> Iterator[Item]:
    """Read a file, or every file of a folder (recursively, sorted, hidden ones skipped).

    "-" reads standard input. A missing path raises ArticleRejected E013 at once;
    everything else is yielded.
    """
    if str(path) == "-":
        return read_stream(sys.stdin.buffer, "-", max_bytes=max_bytes)
    root = Path(path)
    if not root.exists():
        raise _reject("E013", str(root), path=str(root))
    limit = _limit(max_bytes)
    files = _walk(root) if root.is_dir() else iter([root])
    return chain.from_iterable(_read_file(file, limit) for file in files)


def read_stream(stream: BinaryIO, name: str, *, max_bytes: int | None = None) -> Iterator[Item]:
    """Read one stream; its kind comes from `name`'s suffix, or is sniffed for "-".

    Sniffing: JSONL when the first non-blank line is a JSON object, JSON when
    the content is one object or a list, else one text article.
    """
    limit = _limit(max_bytes)
    kind = _kind_of(name)
    if kind is None:
        return _sniff(stream, name, limit)
    if kind == "?":
        return iter([_reject("E010", name, _default_id(name), suffix=Path(name).suffix)])
    if kind == "jsonl":
        return _read_jsonl(stream, name, limit)
    return _read_whole(stream, name, kind, limit)


def read_bytes(data: bytes, name: str, *, max_bytes: int | None = None) -> Iterator[Item]:
    """Read articles from bytes (an upload); `name` gives the kind as in `read_stream`."""
    return read_stream(BytesIO(data), name, max_bytes=max_bytes)


def content_hash(article: Article) -> str:
    """sha256 of what defines an article's extraction: text, lang, title, published."""
    parts = (article.text, article.lang or "", article.title or "", article.published or "")
    # The unit separator keeps ("ab", "c") and ("a", "bc") apart.
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


# --- files and folders ----------------------------------------------------------------


def _limit(max_bytes: int | None) -> int:
    if max_bytes is not None:
        return max_bytes
    from extractor.settings import get_settings

    return get_settings().max_file_bytes


def _walk(folder: Path) -> Iterator[Path]:
    """Files under `folder` in sorted order; hidden files and folders are skipped."""
    for entry in sorted(folder.iterdir(), key=lambda p: p.name):
        if entry.name.startswith("."):
            continue
        # Symlinked folders are not followed: a link to a parent would loop.
        if entry.is_dir() and not entry.is_symlink():
            yield from _walk(entry)
        elif entry.is_file():
            yield entry


def _read_file(path: Path, limit: int) -> Iterator[Item]:
    source, stem = str(path), path.stem
    kind = _kind_of(path.name)
    if kind in (None, "?"):
        yield _reject("E010", source, stem, suffix=path.suffix)
        return
    try:
        size = path.stat().st_size
        if size > limit:
            yield _reject("E009", source, stem, size=size, limit=limit)
            return
        with path.open("rb") as stream:
            if kind == "jsonl":
                yield from _read_jsonl(stream, source, limit)
            else:
                yield from _parse(kind, stream.read(), source, stem)
    except OSError as err:
        yield _reject("E013", source, stem, path=f"{source} ({err.strerror})")


def _kind_of(name: str) -> str | None:
    """The reader for `name`: None when there is no suffix to go by, "?" when unknown."""
    suffix = Path(name).suffix.lower()
    if name in ("-", "") or not suffix:
        return None
    return KINDS.get(suffix, "?")


def _default_id(name: str) -> str | None:
    """A file's id is its stem; stdin has none (the text's hash is used)."""
    return None if name in ("-", "") else Path(name).stem


# --- whole documents ----------------------------------------------------------------


def _read_whole(stream: BinaryIO, name: str, kind: str, limit: int) -> Iterator[Item]:
    data = stream.read(limit + 1)
    if len(data) > limit:
        return iter(
            [_reject("E009", name, _default_id(name), size=f"more than {limit}", limit=limit)]
        )
    return _parse(kind, data, name, _default_id(name))


def _parse(kind: str, data: bytes, source: str, stem: str | None) -> Iterator[Item]:
    """Parse one whole document; a rejection is yielded, not raised."""
    try:
        if kind == "json":
            yield from _parse_json(data, source, stem)
        elif kind == "html":
            yield _parse_html(data, source, stem)
        else:
            yield _parse_text(data, source, stem, markdown=kind == "markdown")
    except ArticleRejected as err:
        yield _with_source(err, source)


def _parse_text(data: bytes, source: str, stem: str | None, *, markdown: bool) -> Article:
    text = normalise_text(decode_bytes(data, stem))
    meta: dict[str, str] = {}
    if markdown:
        meta, text = split_front_matter(text)
    article_id = meta.get("id") or stem or _hash_id(None, text)
    if not text.strip():
        raise rejected("E001", article_id=article_id)
    return Article(
        id=article_id,
        text=text,
        lang=meta.get("lang"),
        title=meta.get("title") or guess_title(text, markdown=markdown),
        published=iso_date(meta.get("published") or meta.get("date")),
        source=source,
        url=meta.get("url"),
    )


def _parse_html(data: bytes, source: str, stem: str | None) -> Article:
    """The page's main text through trafilatura; boilerplate (menus, footers) is left out."""
    from trafilatura.utils import load_html

    tree = load_html(decode_bytes(data, stem))
    page_lang = _html_lang(tree)  # first: trafilatura prunes the tree it is given
    meta = _extract_html(tree, stem)
    text = normalise_text(meta.get("text") or "")
    article_id = stem or _hash_id(None, text)
    if not text.strip():
        raise rejected("E008", article_id=article_id)
    return Article(
        id=article_id,
        text=text,
        lang=page_lang or _clean(meta.get("language")),
        title=_clean(meta.get("title")),
        published=iso_date(meta.get("date")),
        source=source,
        url=_clean(meta.get("url")),
    )


def _extract_html(tree: Any, stem: str | None) -> dict[str, Any]:
    """trafilatura's main text and metadata as a dict ({} when it finds nothing)."""
    import trafilatura

    if tree is None:
        return {}
    try:
        doc = trafilatura.bare_extraction(
            tree, with_metadata=True, include_comments=False, as_dict=True
        )
    except Exception as err:  # a pathological page rejects this article, not the batch
        raise rejected("E012", article_id=stem, detail=f"HTML: {err}") from err
    return dict(doc) if isinstance(doc, dict) else {}


def _html_lang(tree: Any) -> str | None:
    """The page's declared language (<html lang>)."""
    if tree is None:
        return None
    lang = tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang")
    return _clean(lang)


def _parse_json(data: bytes, source: str, stem: str | None) -> Iterator[Item]:
    """One object (id defaults to the file stem) or a list of objects."""
    try:
        value = json.loads(decode_bytes(data, stem))
    except json.JSONDecodeError as err:
        raise rejected("E006", article_id=stem, line=err.lineno, detail=err.msg) from err
    if isinstance(value, dict):
        yield article_from_record(value, source=source, default_id=stem)
    elif isinstance(value, list):
        yield from _parse_json_list(value, source)
    else:
        raise rejected(
            "E014", article_id=stem, field="(top level)", detail="expected an object or a list"
        )


def _parse_json_list(records: list[Any], source: str) -> Iterator[Item]:
    for index, record in enumerate(records):
        item_source = f"{source}[{index}]"
        try:
            if not isinstance(record, dict):
                raise rejected("E014", field=f"[{index}]", detail="expected an object")
            yield article_from_record(record, source=item_source, where=f" in item {index}")
        except ArticleRejected as err:
            yield _with_source(err, item_source)


# --- JSON Lines, streamed ----------------------------------------------------------------


def _read_jsonl(lines: Iterable[bytes], name: str, limit: int) -> Iterator[Item]:
    """One article per line, read line by line so memory stays bounded."""
    for number, raw in enumerate(_bounded_lines(lines, limit), start=1):
        if not raw.strip():
            continue
        source = f"{name}:{number}"
        try:
            yield _jsonl_article(raw, number, source, limit)
        except ArticleRejected as err:
            yield _with_source(err, source)


def _bounded_lines(lines: Iterable[bytes], limit: int) -> Iterator[bytes]:
    """Lines of at most `limit` bytes, else cut at limit + 1 bytes (and so rejected).

    The rest of an over-long line is skipped without ever holding it in memory.
    """
    readline = getattr(lines, "readline", None)
    if readline is None:
        yield from lines
        return
    while line := readline(limit + 1):
        yield line
        while len(line) > limit and not line.endswith(b"\n"):
            line = readline(limit + 1)  # drain the rest of the over-long line


def _jsonl_article(raw: bytes, number: int, source: str, limit: int) -> Article:
    if len(raw) > limit:
        raise rejected("E009", size=f"line {number}: more than {limit}", limit=limit)
    try:
        record = json.loads(decode_bytes(raw, None))
    except json.JSONDecodeError as err:
        raise rejected("E006", line=number, detail=f"{err.msg} (column {err.colno})") from err
    if not isinstance(record, dict):
        kind = type(record).__name__
        raise rejected("E006", line=number, detail=f"expected an object, got {kind}")
    return article_from_record(record, source=source, where=f" on line {number}")


def _sniff(stream: BinaryIO, name: str, limit: int) -> Iterator[Item]:
    """Stdin: JSONL when the first non-blank line is a JSON object, else JSON or text."""
    stem = _default_id(name)
    head: list[bytes] = []
    while raw := stream.readline(limit + 1):
        head.append(raw)
        if raw.strip():
            break
    first = head[-1].lstrip(b"\xef\xbb\xbf \t\r\n") if head else b""
    if first.startswith(b"{") and _is_json_object(first):
        return _read_jsonl(chain(head, stream), name, limit)
    data = b"".join(head) + stream.read(max(limit + 1 - sum(map(len, head)), 0))
    if len(data) > limit:
        return iter([_reject("E009", name, stem, size=f"more than {limit}", limit=limit)])
    if first.startswith(b"{") and not _is_json(data):
        # A broken first line: read it as JSONL so the error names its line.
        return _read_jsonl(BytesIO(data), name, limit)
    kind = "json" if first.startswith((b"{", b"[")) else "text"
    return _parse(kind, data, name, stem)


def _is_json_object(raw: bytes) -> bool:
    try:
        return isinstance(json.loads(raw), dict)
    except (ValueError, UnicodeDecodeError):
        return False


def _is_json(data: bytes) -> bool:
    try:
        json.loads(data)
    except (ValueError, UnicodeDecodeError):
        return False
    return True


# --- records (JSON and JSONL) ----------------------------------------------------------------


def article_from_record(
    record: dict[str, Any], *, source: str, default_id: str | None = None, where: str = ""
) -> Article:
    """Build an Article from a JSON object with `text` and optional id/title/published/url/lang.

    Without an id the article gets `default_id`, else "a-" + sha256(url or text)[:16].
    """
    record_id = _record_id(record.get("id"), default_id)
    if record.get("text") is None:
        raise rejected("E007", article_id=record_id, where=where)
    fields = {key: _string_field(record, key, record_id) for key in _OPTIONAL_FIELDS}
    raw_text = _string_field(record, "text", record_id) or ""
    text = normalise_text(raw_text)
    article_id = record_id or _hash_id(fields["url"], text)
    if not text.strip():
        raise rejected("E001", article_id=article_id)
    return Article(
        id=article_id,
        text=text,
        lang=_clean(fields["lang"]),
        title=_clean(fields["title"]),
        published=iso_date(fields["published"] or fields["date"]),
        source=source,
        url=_clean(fields["url"]),
    )


def _record_id(value: Any, default: str | None) -> str | None:
    if value is None or value == "":
        return default
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise rejected("E014", field="id", detail=f"expected a string, got {type(value).__name__}")
    return str(value).strip() or default


def _string_field(record: dict[str, Any], key: str, article_id: str | None) -> str | None:
    value = record.get(key)
    if value is None or isinstance(value, str):
        return value
    detail = f"expected a string, got {type(value).__name__}"
    raise rejected("E014", article_id=article_id, field=key, detail=detail)


def _hash_id(url: str | None, text: str) -> str:
    return "a-" + hashlib.sha256((url or text).encode("utf-8")).hexdigest()[:16]


def _clean(value: str | None) -> str | None:
    """A one-line metadata value: normalised, stripped, None when empty."""
    if value is None:
        return None
    value = " ".join(normalise_text(value).split())
    return value or None


# --- decoding ----------------------------------------------------------------


# Text files hold tabs and line ends, not other C0 control bytes: above this
# share the content is binary, whatever decodes it.
_CONTROL_BYTES = bytes([*range(0x01, 0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20)])
_MAX_CONTROL_SHARE = 0.05
_UNICODE_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


def decode_bytes(data: bytes, article_id: str | None = None) -> str:
    """Decode an article's bytes: UTF-8, a UTF-16/32 BOM, else charset-normalizer's guess.

    Raises E001 when there is nothing but whitespace, E002 for binary content.
    """
    if not data.strip():
        raise rejected("E001", article_id=article_id)
    for bom, codec in _UNICODE_BOMS:
        if data.startswith(bom):
            return _decode_as(data[len(bom) :], codec, article_id)
    if b"\x00" in data:
        raise rejected("E002", article_id=article_id, detail="NUL bytes")
    controls = len(data) - len(data.translate(None, _CONTROL_BYTES))
    if controls > _MAX_CONTROL_SHARE * len(data):
        raise rejected("E002", article_id=article_id, detail="mostly control characters")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return _guess_decode(data, article_id)


def _decode_as(data: bytes, codec: str, article_id: str | None) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as err:
        raise rejected("E003", article_id=article_id, detail=f"{codec}: {err.reason}") from err


def _guess_decode(data: bytes, article_id: str | None) -> str:
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data))
    if not matches:
        raise rejected("E002", article_id=article_id, detail="no text encoding fits the bytes")
    best = matches[0]
    for match in matches:
        western = any(name in _WESTERN for name in match.could_be_from_charset)
        if western and match.chaos <= best.chaos + _CHAOS_MARGIN:
            return str(match)
    return str(best)


# --- text and Markdown ----------------------------------------------------------------


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Split YAML front matter ("---" ... "---") from a Markdown text.

    Returns (fields, body). Only flat `key: value` lines are read (title, date,
    published, lang, url, id); the body is what offsets point into.
    """
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return {}, text
    for end in range(1, len(lines)):
        if lines[end].strip() in ("---", "..."):
            return _front_matter_fields(lines[1:end]), "\n".join(lines[end + 1 :])
    return {}, text


def _front_matter_fields(lines: list[str]) -> dict[str, str]:
    fields: dict[str, str] = {}
    for line in lines:
        key, sep, value = line.partition(":")
        if not sep or line[:1].isspace():
            continue
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        if value:
            fields[key.strip().lower()] = value
    return fields


def guess_title(text: str, *, markdown: bool = False) -> str | None:
    """The first line when it reads as a title (see TITLE_MAX_*); the line stays in the text.

    In Markdown a first-line heading ("# Title") is always the title.
    """
    lines = text.lstrip().split("\n")
    first = lines[0].strip()
    heading = first.lstrip("#")
    if markdown and heading != first and heading.startswith(" "):
        return _clean(heading)
    if len(lines) < 2 or not first:
        return None
    followed_by_blank = not lines[1].strip()
    bare = len(first) < TITLE_MAX_BARE and first[-1] not in _FINAL_PUNCTUATION
    if (followed_by_blank and len(first) < TITLE_MAX_BLANK) or bare:
        return _clean(first)
    return None


# --- rejections ----------------------------------------------------------------


def _reject(
    code: str, source: str, article_id: str | None = None, **values: object
) -> ArticleRejected:
    return _with_source(rejected(code, article_id=article_id, **values), source)


def _with_source(err: ArticleRejected, source: str) -> ArticleRejected:
    """Attach where the article came from; the ingest report names it."""
    if getattr(err, "source", None) is None:
        err.source = source
    return err
