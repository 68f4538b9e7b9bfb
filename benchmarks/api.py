"""HTTP load on the research API: leaders, entity search and neighbours, 1 and 50 clients.

    python benchmarks/api.py                      # 10k articles, 10 s per case
    python benchmarks/api.py --articles 2000 --duration 3
    python benchmarks/api.py --db /tmp/bench.db   # reuse (or build once) a store file

Builds a store of synthetic articles straight through `Store.add_extractions`
(hand-made Extractions: organisations, people, LEADS and MENTIONED_WITH, no
spaCy), serves it with uvicorn on 127.0.0.1 in a subprocess, and loads it from
this machine only with wrk (Debian package `wrk`) or, without it, a bounded
asyncio httpx client. Prints requests/s, p50 and p99 per route and concurrency,
for a server of 1 uvicorn worker and one of 2 (`--workers`; as `newsgraph serve
--workers N`): one event loop is one core, and this machine has two.

Each server runs twice (`--cache on,off`): with the response cache (the default:
a repeated GET between two writes is answered from the bytes sent last time,
api/cache.py) and without it (NEWSGRAPH_RESPONSE_CACHE_ENTRIES=0), so every
request pays for routing, validation, the query and serialisation. Each case
cycles over 500 different paths.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import os
import random
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a script from anywhere

from extractor.model import Article, Entity, Extraction, Mention, Relation  # noqa: E402

N_ORGS = 3000
N_PEOPLE = 6000
SEED = 7
CONCURRENCY = (1, 50)
ORG_WORDS = (
    "Agence nationale", "Office régional", "Fonds", "Institut", "Conseil", "Autorité",
    "Centre", "Commission", "Banque", "Observatoire",
)  # fmt: skip
TOPICS = (
    "de l'eau", "de la santé", "du numérique", "de l'énergie", "des transports",
    "de l'éducation", "du climat", "de l'agriculture", "des finances", "de la culture",
)  # fmt: skip
FIRST = ("Amina", "Khalid", "Grace", "Pierre", "Fatou", "Jean", "Leïla", "Omar", "Sofia", "Ivan")
LAST = ("Diallo", "Martin", "Okafor", "Benali", "Dupont", "Ndiaye", "Haddad", "Petrov", "Silva")
ROLES = ("directeur général", "présidente", "ministre", "secrétaire général", "directrice")


# --- the synthetic store -----------------------------------------------------------------


def org(i: int) -> tuple[str, str]:
    words = ORG_WORDS[i % len(ORG_WORDS)]
    topic = TOPICS[(i // len(ORG_WORDS)) % len(TOPICS)]
    return f"org:bench-{i:05d}", f"{words} {topic} {i:05d}"


def person(i: int) -> tuple[str, str]:
    name = f"{FIRST[i % len(FIRST)]} {LAST[(i // len(FIRST)) % len(LAST)]}-{i:05d}"
    return f"per:bench-{i:05d}", name


def leaders_of(org_index: int) -> list[int]:
    """Each organisation has 1-3 leaders over time, drawn from the people."""
    rng = random.Random(org_index)
    return [rng.randrange(N_PEOPLE) for _ in range(rng.randint(1, 3))]


class _Writer:
    """Article text built sentence by sentence, with the offsets of every mention."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.size = 0
        self.sentence = 0
        self.mentions: dict[str, list[Mention]] = {}

    def sentence_with(self, pieces: list[tuple[str, str | None]]) -> tuple[str, int, int]:
        """`pieces`: (text, entity id or None); returns (sentence, start, end)."""
        start = self.size
        for text, entity_id in pieces:
            if entity_id is not None:
                mention = Mention(text, self.size, self.size + len(text), self.sentence)
                self.mentions.setdefault(entity_id, []).append(mention)
            self.parts.append(text)
            self.size += len(text)
        end = self.size
        self.parts.append(" ")
        self.size += 1
        self.sentence += 1
        return "".join(self.parts)[start:end], start, end


def synthetic_article(n: int) -> Extraction:
    """Article n: two or three organisations, a leader each, and their co-occurrence."""
    rng = random.Random(SEED * 1_000_003 + n)
    writer = _Writer()
    orgs = sorted({rng.randrange(N_ORGS) for _ in range(rng.randint(2, 3))})
    entities: dict[str, Entity] = {}
    relations: list[Relation] = []
    for o in orgs:
        (org_id, org_name), p = org(o), rng.choice(leaders_of(o))
        per_id, per_name = person(p)
        role, status = rng.choice(ROLES), rng.choice(("current", "current", "former"))
        sentence, start, end = writer.sentence_with(
            [(per_name, per_id), (f", {role} de l'", None), (org_name, org_id), (".", None)]
        )
        leads = Relation(per_id, "LEADS", org_id, sentence, start, end, "bench", 0.9,
                         sentence=writer.sentence - 1, role=role, status=status)  # fmt: skip
        relations.append(leads)
        entities.setdefault(org_id, Entity(org_id, "ORG", org_name))
        entities.setdefault(per_id, Entity(per_id, "PER", per_name))
    ids = list(entities)
    sentence, start, end = writer.sentence_with([(f"{len(ids)} acteurs se sont réunis.", None)])
    for a, b in zip(ids, ids[1:], strict=False):
        relations.append(Relation(a, "MENTIONED_WITH", b, sentence, start, end, "bench", 0.5,
                                  sentence=writer.sentence - 1))  # fmt: skip
    for entity_id, entity in entities.items():
        entity.mentions = writer.mentions.get(entity_id, [])
    day = f"20{15 + n % 10:02d}-{1 + n % 12:02d}-{1 + n % 28:02d}"
    text = "".join(writer.parts)
    article = Article(id=f"bench-{n:06d}", text=text, lang="fr", published=day)
    return Extraction(article, list(entities.values()), relations)


def build_store(path: Path, n_articles: int, batch: int = 500) -> float:
    from graph import open_store

    started = time.perf_counter()
    with open_store(path) as store:
        for first in range(0, n_articles, batch):
            items = []
            for n in range(first, min(first + batch, n_articles)):
                extraction = synthetic_article(n)
                digest = hashlib.sha256(extraction.article.text.encode()).hexdigest()
                items.append((extraction, digest, extraction.article.text))
            store.add_extractions(items)
    return time.perf_counter() - started


def store_articles(path: Path) -> int:
    import sqlite3

    with sqlite3.connect(path) as conn:
        return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])


# --- the server ------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server(
    db: Path, port: int, workers: int = 1, cache: bool = True
) -> subprocess.Popen[bytes]:
    env = {**os.environ, "NEWSGRAPH_DB": str(db), "PYTHONPATH": str(ROOT)}
    if not cache:
        env["NEWSGRAPH_RESPONSE_CACHE_ENTRIES"] = "0"
    command = [
        sys.executable, "-m", "uvicorn", "api.app:app", "--host", "127.0.0.1",
        "--port", str(port), "--log-level", "warning", "--no-access-log",
        "--workers", str(workers),
    ]  # fmt: skip
    server = subprocess.Popen(command, env=env, cwd=ROOT)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return server
        except OSError:
            if server.poll() is not None:
                raise RuntimeError("the server exited at start-up") from None
            time.sleep(0.2)
    server.terminate()
    raise RuntimeError("the server did not start within 60 s")


# --- the cases -------------------------------------------------------------------------


def case_paths(n_articles: int, n_paths: int = 500) -> dict[str, list[str]]:
    """Request paths per case: organisations and people of stored articles, many of them."""
    from urllib.parse import quote

    rng = random.Random(SEED)
    orgs: list[tuple[str, str]] = []
    people: list[str] = []
    for n in rng.sample(range(n_articles), min(n_paths, n_articles)):
        extraction = synthetic_article(n)
        first = {e.type: e for e in reversed(extraction.entities)}
        orgs.append((first["ORG"].id, first["ORG"].name))
        people.append(first["PER"].name)
    # "fatou 02204": a first-name prefix and the number, matched as two words in any order
    searches = [name.split(" ")[0][:4].lower() + " " + name.split("-")[-1] for name in people]
    return {
        "leaders": [f"/v1/leaders?org={quote(name)}" for _, name in orgs],
        "search": [f"/v1/entities?q={quote(q)}&limit=20" for q in searches],
        "neighbours": [f"/v1/entities/{quote(i, safe='')}/neighbours" for i, _ in orgs],
    }


@dataclass
class Result:
    case: str
    workers: int
    clients: int
    requests: int
    seconds: float
    p50_ms: float
    p99_ms: float
    errors: int
    tool: str
    cache: str = "on"

    @property
    def rps(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0


def check_paths(base: str, paths: list[str]) -> None:
    """Every case answers 200 with data before it is timed (a 404 benchmark is no benchmark)."""
    import httpx

    for path in paths[:5]:
        response = httpx.get(base + path, timeout=30)
        response.raise_for_status()
        assert response.json()["data"], f"{path}: empty answer"


WRK_LUA = """
paths = {%s}
counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter %% #paths) + 1])
end
"""


def run_wrk(
    base: str, case: str, paths: list[str], clients: int, duration: int, workers: int
) -> Result:
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(WRK_LUA % ", ".join(json.dumps(p) for p in paths))
    threads = 1 if clients == 1 else 2
    command = ["wrk", "-t", str(threads), "-c", str(clients), "-d", f"{duration}s",
               "--latency", "--timeout", "10s", "-s", script.name, base]  # fmt: skip
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    os.unlink(script.name)
    requests, seconds = re.search(r"(\d+) requests in ([\d.]+)(m?s)", out).group(1, 2)  # type: ignore[union-attr]
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    socket_errors = re.search(r"Socket errors: .*", out)
    return Result(
        case, workers, clients, int(requests), float(seconds),
        _wrk_ms(out, "50%"), _wrk_ms(out, "99%"),
        int(errors.group(1)) if errors else 0, "wrk" + (" (" + socket_errors.group(0) + ")"
                                                        if socket_errors else ""),
    )  # fmt: skip


def _wrk_ms(out: str, percentile: str) -> float:
    value, unit = re.search(rf"^\s*{percentile}\s+([\d.]+)(us|ms|s)\s*$", out, re.M).groups()  # type: ignore[union-attr]
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


async def _load(base: str, paths: list[str], clients: int, duration: int) -> tuple[list, int]:
    import httpx

    latencies: list[float] = []
    errors = 0
    stop = time.perf_counter() + duration
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)

    async def client_loop(offset: int, client: httpx.AsyncClient) -> None:
        nonlocal errors
        i = offset
        while time.perf_counter() < stop:
            started = time.perf_counter()
            response = await client.get(paths[i % len(paths)])
            latencies.append(time.perf_counter() - started)
            errors += response.status_code != 200
            i += clients

    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=10) as client:
        await asyncio.gather(*(client_loop(k, client) for k in range(clients)))
    return latencies, errors


def run_httpx(
    base: str, case: str, paths: list[str], clients: int, duration: int, workers: int
) -> Result:
    started = time.perf_counter()
    latencies, errors = asyncio.run(_load(base, paths, clients, duration))
    seconds = time.perf_counter() - started
    cuts = statistics.quantiles(latencies, n=100)
    return Result(case, workers, clients, len(latencies), seconds, cuts[49] * 1000, cuts[98] * 1000,
                  errors, "httpx")  # fmt: skip


# --- main ----------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--duration", type=int, default=10, help="seconds per case")
    parser.add_argument("--db", type=Path, help="store file to reuse or build (default: temp)")
    parser.add_argument("--tool", choices=("auto", "wrk", "httpx"), default="auto")
    parser.add_argument("--json", action="store_true", help="also print the results as JSON")
    parser.add_argument(
        "--workers", default="1,2", help="uvicorn worker processes, one server per value"
    )
    parser.add_argument("--cases", default="leaders,search,neighbours", help="comma-separated")
    parser.add_argument("--cache", default="on,off", help="response cache on, off or both")
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="newsgraph-bench-"))
    db = args.db or workdir / "bench.db"
    if not db.exists() or store_articles(db) < args.articles:
        db.unlink(missing_ok=True)
        seconds = build_store(db, args.articles)
        print(f"built a store of {args.articles} synthetic articles in {seconds:.1f} s")
    print(f"store: {db} ({store_articles(db)} articles)")
    tool = args.tool if args.tool != "auto" else ("wrk" if shutil.which("wrk") else "httpx")
    run = run_wrk if tool == "wrk" else run_httpx
    results: list[Result] = []
    try:
        for cache in args.cache.split(","):
            for workers in (int(w) for w in args.workers.split(",")):
                results += run_server_cases(
                    db, workers, run, args.cases.split(","), args.duration, cache == "on"
                )
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    print_table(results)
    if args.json:
        print(json.dumps([{**r.__dict__, "rps": round(r.rps, 1)} for r in results], indent=2))


def run_server_cases(
    db: Path,
    workers: int,
    run: Callable[..., Result],
    cases: list[str],
    duration: int,
    cache: bool = True,
) -> list[Result]:
    """Every case at every concurrency against one server of `workers` processes."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = start_server(db, port, workers, cache)
    results: list[Result] = []
    try:
        for case, paths in case_paths(store_articles(db)).items():
            if case not in cases:
                continue
            check_paths(base, paths)
            run(base, case, paths[:50], 1, 1, workers)  # warm-up: caches filled
            for clients in CONCURRENCY:
                result = run(base, case, paths, clients, duration, workers)
                result.cache = "on" if cache else "off"
                results.append(result)
                print_result(results[-1])
    finally:
        server.terminate()
        server.wait(timeout=30)
    return results


def print_result(r: Result) -> None:
    print(f"  {r.case:<11} cache {r.cache:<3} {r.workers} worker(s) {r.clients:>3} clients: "
          f"{r.rps:8.1f} req/s  p50 {r.p50_ms:7.2f} ms  p99 {r.p99_ms:7.2f} ms  "
          f"errors {r.errors}  [{r.tool}]",
          flush=True)  # fmt: skip


def print_table(results: list[Result]) -> None:
    print("\n| case | cache | workers | clients | requests/s | p50 (ms) | p99 (ms) | non-2xx |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for r in results:
        print(f"| {r.case} | {r.cache} | {r.workers} | {r.clients} | {r.rps:.0f} | "
              f"{r.p50_ms:.2f} | {r.p99_ms:.2f} | {r.errors} |")  # fmt: skip


if __name__ == "__main__":
    main()
