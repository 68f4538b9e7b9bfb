import hashlib
from dataclasses import replace
from io import BytesIO
from pathlib import Path

import pytest

from extractor.errors import ArticleRejected
from extractor.model import Article
from extractor.readers import (
    content_hash,
    guess_title,
    read_bytes,
    read_path,
    read_stream,
    split_front_matter,
)

INPUTS = Path(__file__).parent.parent / "data" / "inputs"


def read_one(path: Path, **kwargs) -> Article | ArticleRejected:
    items = list(read_path(path, **kwargs))
    assert len(items) == 1
    return items[0]


def article(item: Article | ArticleRejected) -> Article:
    assert isinstance(item, Article), f"rejected: {item}"
    return item


def rejection(item: Article | ArticleRejected, code: str) -> ArticleRejected:
    assert isinstance(item, ArticleRejected), f"not rejected: {item}"
    assert item.code == code, str(item)
    return item


# --- .txt ----------------------------------------------------------------


def test_text_file_id_title_source_and_text_as_read():
    path = INPUTS / "fr-001.txt"
    doc = article(read_one(path))
    assert doc.id == "fr-001"
    assert doc.source == str(path)
    assert doc.title == "La Fondation Atlas ouvre un centre de formation à Agadir"
    # The title line stays in the text; the no-break space before ":" is kept.
    assert doc.text == path.read_text(encoding="utf-8")
    assert doc.text.startswith(doc.title + "\n\n")
    assert "Présidente\u00a0: Nadia Benkirane" in doc.text
    assert doc.lang is None and doc.published is None


def test_text_offsets_point_into_the_file_as_read(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes("\ufeffTitre\r\n\r\nL’OMS a publié un rapport.\r\n".encode())
    doc = article(read_one(path))
    assert doc.text == "Titre\n\nL’OMS a publié un rapport.\n"
    start = doc.text.index("OMS")
    assert doc.text[start : start + 3] == "OMS"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Un titre court\nLe corps de l'article commence ici.", "Un titre court"),
        ("Un titre suivi d'une ligne vide.\n\nLa suite.", "Un titre suivi d'une ligne vide."),
        ("Le ministre a parlé.\nIl a ensuite quitté la salle.", None),
        ("Qui dirige l'OMS ?\nLe directeur général.", None),
        ("Une seule ligne sans titre", None),
        ("x" * 160 + "\nsuite", None),
        ("y" * 250 + "\n\nsuite", None),
        ("\n\n  Titre après des lignes vides\nTexte.", "Titre après des lignes vides"),
    ],
)
def test_guess_title(text, title):
    assert guess_title(text) == title


# --- .md ----------------------------------------------------------------


def test_markdown_front_matter_gives_metadata_and_is_not_in_the_text():
    doc = article(read_one(INPUTS / "en-001.md"))
    assert doc.id == "en-atlas-001"
    assert doc.title == "Atlas Foundation opens a training centre"
    assert doc.published == "2024-10-14"
    assert doc.lang == "en"
    assert doc.url == "https://example.org/news/atlas-agadir"
    assert doc.text.startswith("# Atlas Foundation opens a training centre in Agadir\n\n")
    assert "---" not in doc.text


def test_markdown_heading_is_the_title_without_its_hashes():
    doc = article(read_one(INPUTS / "fr-002.md"))
    assert doc.id == "fr-002"
    assert doc.title == "Un forum régional sur l’eau à Tanger"
    assert doc.text.startswith("# Un forum régional")


def test_split_front_matter_without_closing_line_keeps_everything():
    text = "---\ntitle: x\nno closing line"
    assert split_front_matter(text) == ({}, text)


# --- .html ----------------------------------------------------------------


def test_html_main_text_and_metadata():
    doc = article(read_one(INPUTS / "page-fr.html"))
    assert doc.id == "page-fr"
    assert doc.title == "Le Conseil régional réunit les élus"
    assert doc.published == "2024-03-11"
    assert doc.url == "https://example.org/actu/forum-eau"
    assert doc.lang == "fr-FR"
    assert "Omar Lahlou, a annoncé un plan de trois ans" in doc.text
    for boilerplate in ("Accueil", "droits réservés", "alert("):
        assert boilerplate not in doc.text


def test_html_without_body_is_rejected(tmp_path):
    path = tmp_path / "empty-page.html"
    path.write_text("<html><head><title>Rien</title></head><body><nav></nav></body></html>")
    err = rejection(read_one(path), "E008")
    assert err.article_id == "empty-page"
    assert err.source == str(path)


# --- .json ----------------------------------------------------------------


def test_json_single_object_takes_the_file_stem_as_id():
    doc = article(read_one(INPUTS / "single.json"))
    assert doc.id == "single"
    assert doc.title == "Une annonce"
    assert doc.published == "2024-10-14"


def test_json_list_of_objects():
    first, second = (article(item) for item in read_path(INPUTS / "batch.json"))
    assert (first.id, first.lang, first.published) == ("js-001", "en", "2024-10-14")
    expected = "a-" + hashlib.sha256(second.text.encode()).hexdigest()[:16]
    assert second.id == expected
    assert second.title == "Forum de Tanger"
    assert second.source == f"{INPUTS / 'batch.json'}[1]"


def test_json_malformed_is_rejected_with_its_line(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text('{\n  "text": "x",\n  oops\n}')
    err = rejection(read_one(path), "E006")
    assert "line 3" in err.message


def test_json_list_with_a_non_object_rejects_only_that_item(tmp_path):
    path = tmp_path / "mixed.json"
    path.write_text('[{"text": "The council met in Tangier."}, 42]')
    items = list(read_path(path))
    assert isinstance(items[0], Article)
    rejection(items[1], "E014")


def test_json_text_of_the_wrong_type_is_rejected(tmp_path):
    path = tmp_path / "typed.json"
    path.write_text('{"id": "t-1", "text": ["not", "a", "string"]}')
    err = rejection(read_one(path), "E014")
    assert "'text'" in err.message
    assert err.article_id == "t-1"


# --- .jsonl ----------------------------------------------------------------


def test_jsonl_goes_on_after_bad_lines_and_names_them():
    path = INPUTS / "batch.jsonl"
    items = list(read_path(path))
    assert [getattr(item, "code", "ok") for item in items] == ["ok", "ok", "E006", "E007", "ok"]
    first, second, malformed, missing, last = items
    assert first.id == "jl-001" and first.published == "2024-10-14" and first.lang == "fr"
    assert second.id == "a-" + hashlib.sha256(b"https://example.org/2").hexdigest()[:16]
    assert "line 3" in malformed.message and malformed.source == f"{path}:3"
    # Blank line 4 is skipped but still counted.
    assert "line 5" in missing.message and missing.article_id == "jl-005"
    assert last.id == "jl-006" and last.published == "2024-03-03"
    assert last.source == f"{path}:6"


def test_jsonl_line_that_is_not_an_object_is_malformed():
    items = list(read_bytes(b'{"text": "ok then"}\n[1, 2]\n', "batch.jsonl"))
    assert isinstance(items[0], Article)
    assert "line 2" in rejection(items[1], "E006").message


def test_jsonl_bad_id_and_empty_text():
    data = b'{"id": {"x": 1}, "text": "a"}\n{"id": "e", "text": "  "}\n{"id": 7, "text": "b"}\n'
    bad_id, empty, numeric = read_bytes(data, "b.jsonl")
    rejection(bad_id, "E014")
    assert rejection(empty, "E001").article_id == "e"
    assert article(numeric).id == "7"


def test_jsonl_overlong_line_is_rejected_and_the_next_lines_go_on():
    data = b'{"text": "' + b"a" * 500 + b'"}\n{"text": "The council met."}\n'
    too_long, ok = read_stream(BytesIO(data), "x.jsonl", max_bytes=100)
    assert "line 1" in rejection(too_long, "E009").message
    assert article(ok).source == "x.jsonl:2"


class LineCounter:
    """A stream that counts the lines handed out, to prove JSONL is streamed."""

    def __init__(self, n: int) -> None:
        self.n = n
        self.given = 0

    def __iter__(self):
        for i in range(self.n):
            self.given += 1
            yield f'{{"id": "s-{i}", "text": "The council met in Tangier."}}\n'.encode()


def test_jsonl_is_read_line_by_line():
    stream = LineCounter(1000)
    items = read_stream(stream, "big.jsonl")  # type: ignore[arg-type]
    assert article(next(items)).id == "s-0"
    assert stream.given == 1
    assert sum(1 for _ in items) == 999


# --- encodings and bad content ----------------------------------------------------------------


def test_cp1252_file_is_decoded_right():
    doc = article(read_one(INPUTS / "cp1252.txt"))
    assert "é à ç œ ’" in doc.text
    assert "l’œuvre de la commission" in doc.text
    assert doc.title == "Communiqué"


def test_short_cp1252_text_is_decoded_right():
    (doc,) = read_bytes("é à ç œ ’".encode("cp1252"), "short.txt")
    assert article(doc).text == "é à ç œ ’"


def test_latin1_text_is_decoded_right():
    (doc,) = read_bytes("Le président a visité l'hôpital de Fès.".encode("latin-1"), "l1.txt")
    assert article(doc).text == "Le président a visité l'hôpital de Fès."


def test_utf16_with_bom_is_decoded():
    (doc,) = read_bytes("Santé publique à Genève".encode("utf-16"), "u16.txt")
    assert article(doc).text == "Santé publique à Genève"


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n", "\ufeff\n".encode()])
def test_empty_content_is_rejected(data):
    (item,) = read_bytes(data, "empty.txt")
    assert rejection(item, "E001").article_id == "empty"


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00",
        bytes(range(1, 32)) * 20,
        bytes([0x81, 0x8D, 0x8F, 0x90, 0x9D, 0xFF, 0xC0, 0xC1, 0xF5, 0xFE] * 50),
    ],
)
def test_binary_content_is_rejected(data):
    (item,) = read_bytes(data, "image.txt")
    rejection(item, "E002")


def test_file_over_the_limit_is_rejected_before_reading(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_text("mot " * 1000)
    err = rejection(read_one(path, max_bytes=100), "E009")
    assert "4000" in err.message and "100" in err.message
    assert article(read_one(path, max_bytes=4000)).id == "huge"


def test_stream_over_the_limit_is_rejected():
    (item,) = read_stream(BytesIO(b"x " * 500), "-", max_bytes=100)
    rejection(item, "E009")


def test_unsupported_suffix_is_rejected(tmp_path):
    path = tmp_path / "table.csv"
    path.write_text("a,b\n1,2\n")
    err = rejection(read_one(path), "E010")
    assert "'.csv'" in err.message and err.source == str(path)


# --- paths, folders, streams ----------------------------------------------------------------


def test_missing_path_raises_at_once(tmp_path):
    missing = tmp_path / "nowhere"
    with pytest.raises(ArticleRejected) as info:
        read_path(missing)
    assert info.value.code == "E013"
    assert str(missing) in info.value.message


def test_folder_is_walked_recursively_in_sorted_order_without_hidden_files(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b" / "z.txt").write_text("The council met in Tangier on Monday.")
    (tmp_path / "b" / "a.md").write_text("# Forum\n\nLe forum s'est tenu à Tanger.")
    (tmp_path / "c.txt").write_text("Le conseil s'est réuni lundi.")
    (tmp_path / "a.txt").write_text("La commission a publié son rapport.")
    (tmp_path / ".hidden.txt").write_text("hidden")
    (tmp_path / ".git" / "x.txt").write_text("hidden too")
    (tmp_path / "notes.csv").write_text("a,b")
    items = list(read_path(tmp_path))
    assert [item.id if isinstance(item, Article) else item.code for item in items] == [
        "a",
        "a",
        "z",
        "c",
        "E010",
    ]
    assert [getattr(item, "source", None) for item in items][1] == str(tmp_path / "b" / "a.md")


def test_stdin_jsonl_is_sniffed():
    data = b'{"id": "x1", "text": "The council met."}\n{"text": 5}\n'
    first, second = read_stream(BytesIO(data), "-")
    assert article(first).id == "x1" and first.source == "-:1"
    assert rejection(second, "E014").source == "-:2"


def test_stdin_text_is_one_article_with_a_hash_id():
    text = "Titre\n\nLe conseil régional s'est réuni lundi à Tanger.\n"
    (doc,) = read_stream(BytesIO(text.encode()), "-")
    assert article(doc).text == text
    assert doc.id == "a-" + hashlib.sha256(text.encode()).hexdigest()[:16]
    assert doc.title == "Titre"


def test_stdin_pretty_printed_json_and_lists():
    (doc,) = read_stream(BytesIO(b'{\n  "id": "p1",\n  "text": "Bonjour."\n}\n'), "-")
    assert article(doc).id == "p1"
    docs = list(read_stream(BytesIO(b'[{"text": "a b"}, {"text": "c d"}]'), "-"))
    assert [article(d).text for d in docs] == ["a b", "c d"]


def test_stdin_broken_json_names_the_line():
    (item,) = read_stream(BytesIO(b'{"text": "unfinished\n'), "-")
    assert "line 1" in rejection(item, "E006").message
    (item,) = read_stream(BytesIO(b'[\n{"text": "a"},\n{"text": }\n]'), "-")
    assert "line 3" in rejection(item, "E006").message


def test_stream_kind_follows_the_name_suffix():
    (doc,) = read_stream(BytesIO(b'{"text": "Un texte."}'), "upload.json")
    assert article(doc).id == "upload"
    (item,) = read_stream(BytesIO(b"x"), "upload.pdf")
    rejection(item, "E010")


# --- content_hash ----------------------------------------------------------------


def test_content_hash_covers_text_lang_title_published_only():
    base = Article(id="a", text="Texte.", lang="fr", title="T", published="2024-10-14")
    digest = content_hash(base)
    assert len(digest) == 64 and digest == content_hash(replace(base))
    assert content_hash(replace(base, id="b", source="x", url="u")) == digest
    for change in ({"text": "Autre."}, {"lang": "en"}, {"title": None}, {"published": None}):
        assert content_hash(replace(base, **change)) != digest
    # Fields do not run into each other.
    left = Article(id="a", text="ab", title="c")
    right = Article(id="a", text="a", title="bc")
    assert content_hash(left) != content_hash(right)
