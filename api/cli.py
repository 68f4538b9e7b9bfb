"""The `newsgraph` command line: thin commands over extractor/ and graph/.

Each command parses its options, calls one library function and prints the
result. Heavy modules (spaCy through the extractor, the store, uvicorn) are
imported inside the commands, so `newsgraph --help` answers at once.
Errors print one line, "Error: …", and exit with status 1.
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from api import package_version
from api.models import ExportFormat, RelationPublic
from extractor.errors import NewsgraphError
from extractor.settings import get_settings

if TYPE_CHECKING:
    from graph.records import IngestReport
    from graph.store import Store


class NewsgraphGroup(click.Group):
    """Turns our errors, SQLite's and the file system's into "Error: …" and exit status 1."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except NewsgraphError as err:
            raise click.ClickException(str(err)) from None
        except sqlite3.Error as err:
            raise click.ClickException(f"database error: {err}") from None
        except OSError as err:
            where = f": {err.filename}" if err.filename else ""
            raise click.ClickException(f"{err.strerror or err}{where}") from None


def _default_db() -> str:
    return get_settings().db


db_option = click.option(
    "--db",
    envvar="NEWSGRAPH_DB",
    default=_default_db,
    show_default="newsgraph.db",
    type=click.Path(dir_okay=False),
    help="SQLite store (env NEWSGRAPH_DB).",
)
json_option = click.option("--json", "as_json", is_flag=True, help="Print JSON.")


def to_json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)


def open_db(db: str, *, create: bool = False) -> Store:
    if not create and not Path(db).exists():
        raise click.ClickException(f"no database at {db}: run `newsgraph ingest` first")
    from graph import open_store

    return open_store(db)


@click.group(cls=NewsgraphGroup)
@click.version_option(package_version(), prog_name="newsgraph")
def main() -> None:
    """newsgraph: French and English news into one knowledge graph of who leads what."""


# --- ingest -----------------------------------------------------------------------------


def extraction_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """Options shared by `ingest` and `reprocess`: where and how extraction runs."""
    options = [
        db_option,
        click.option(
            "--report", "report_file", type=click.Path(dir_okay=False, allow_dash=True),
            help="Also write the report as JSON to FILE ('-' = stdout).",
        ),
        click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary."),
        click.option(
            "--batch-size", type=click.IntRange(min=1),
            help="Articles per batch, and per committed transaction.",
        ),
        click.option(
            "--n-process", type=click.IntRange(min=1), default=1, show_default=True,
            help="Worker processes for extraction (each loads its own models once).",
        ),
        click.option(
            "--dask-scheduler", metavar="tcp://HOST:PORT",
            help="Extract on this Dask distributed cluster (needs newsgraph[dask]); "
            "the store is still written by this process alone.",
        ),
        click.option(
            "--dask-local", type=click.IntRange(min=1), metavar="N",
            help="Extract on a local Dask cluster of N worker processes (needs newsgraph[dask]).",
        ),
    ]  # fmt: skip
    for option in reversed(options):
        command = option(command)
    return command


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(allow_dash=True))
@extraction_options
def ingest(
    paths: tuple[str, ...],
    db: str,
    report_file: str | None,
    quiet: bool,
    batch_size: int | None,
    n_process: int,
    dask_scheduler: str | None,
    dask_local: int | None,
) -> None:
    """Ingest files and folders into the store ('-' reads stdin: JSONL, JSON or text).

    Reads .txt .md .html .json and .jsonl files.

    Idempotent: unchanged articles are skipped, changed ones replaced. Rejected
    articles are listed with their reason and never stop the batch. Each batch is
    committed on its own: after a crash, run the same command again to finish.
    """
    from graph.ingest import ingest_paths

    size = batch_size or get_settings().batch_size
    with (
        closing(open_db(db, create=True)) as store,
        dask_extract(dask_scheduler, dask_local) as extract_fn,
        progress_bar(quiet) as advance,
    ):
        report = ingest_paths(store, paths, n_process=n_process, batch_size=size,
                              progress=advance, extract_fn=extract_fn)  # fmt: skip
    _finish(report, report_file, quiet)


@main.command()
@extraction_options
def reprocess(
    db: str,
    report_file: str | None,
    quiet: bool,
    batch_size: int | None,
    n_process: int,
    dask_scheduler: str | None,
    dask_local: int | None,
) -> None:
    """Re-extract every stored article from its stored text (after a rules or model upgrade).

    Curators' merges and splits are kept and re-applied. An article whose new
    extraction is rejected keeps its old facts and is listed.
    """
    from graph.ingest import reprocess as reprocess_store

    size = batch_size or get_settings().batch_size
    with (
        closing(open_db(db)) as store,
        dask_extract(dask_scheduler, dask_local) as extract_fn,
        progress_bar(quiet) as advance,
    ):
        report = reprocess_store(store, n_process=n_process, batch_size=size,
                                 progress=advance, extract_fn=extract_fn)  # fmt: skip
    _finish(report, report_file, quiet)


def _finish(report: IngestReport, report_file: str | None, quiet: bool) -> None:
    if report_file:
        _write_text(report_file, to_json(report.to_dict()))
    if not quiet:
        click.echo(format_ingest_report(report), err=report_file == "-")


@contextmanager
def dask_extract(scheduler: str | None, local: int | None) -> Iterator[Any]:
    """None (extract here), or the extractor mapped over a Dask cluster for the command."""
    if not scheduler and not local:
        yield None
        return
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise click.ClickException(
            "Dask is not installed: pip install 'newsgraph[dask]' (dask, distributed)"
        ) from None
    from graph.ingest import dask_extractor

    if scheduler:
        with Client(scheduler) as client:
            yield dask_extractor(client)
        return
    # a free port for the scheduler's HTTP server: 8787 may be taken by another cluster
    cluster = LocalCluster(n_workers=local, threads_per_worker=1, dashboard_address=":0")
    with cluster, Client(cluster) as client:
        yield dask_extractor(client)


@contextmanager
def progress_bar(quiet: bool) -> Iterator[Callable[[int], None]]:
    """A rich progress counter on stderr (articles, articles/s, time); yields `advance(n)`.

    Streams have no known length, so there is no ETA: the rate tells how long to wait.
    """
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

    console = Console(stderr=True)
    columns = ("{task.description}", BarColumn(), MofNCompleteColumn(), _rate_column(),
               TimeElapsedColumn())  # fmt: skip
    with Progress(*columns, console=console, disable=quiet, transient=True) as progress:
        task = progress.add_task("articles", total=None)

        def advance(n: int = 1) -> None:
            progress.advance(task, n)

        yield advance


def _rate_column() -> Any:
    from rich.progress import ProgressColumn, Task
    from rich.text import Text

    class RateColumn(ProgressColumn):
        def render(self, task: Task) -> Text:
            speed = task.finished_speed or task.speed
            return Text("?/s" if speed is None else f"{speed:.1f} articles/s")

    return RateColumn()


def format_ingest_report(report: IngestReport) -> str:
    lines = [
        f"ingested {report.ingested}, unchanged {report.unchanged}, "
        f"replaced {report.replaced}, rejected {len(report.rejected)}"
    ]
    for rejection in report.rejected:
        where = rejection.source + (f" [{rejection.article_id}]" if rejection.article_id else "")
        lines.append(f"  rejected {where}: {rejection.code} {rejection.reason}")
    return "\n".join(lines)


def _write_text(target: str, text: str) -> None:
    if target == "-":
        click.echo(text)
    else:
        Path(target).write_text(text + "\n", encoding="utf-8")


# --- extract ----------------------------------------------------------------------------


@main.command()
@click.argument("file", type=click.Path(allow_dash=True))
@json_option
def extract(file: str, as_json: bool) -> None:
    """Extract FILE's first article, without storing it."""
    import extractor

    first = next(iter(extractor.read_path(file)), None)
    if first is None:
        raise click.ClickException(f"no article in {file}")
    if isinstance(first, NewsgraphError):
        raise first
    data = extractor.extract_article(first).to_dict()
    click.echo(to_json(data) if as_json else format_extraction(data))


def format_extraction(data: dict[str, Any]) -> str:
    article = data["article"]
    names = {entity["id"]: entity["name"] for entity in data["entities"]}
    head = f"{article['id']} ({article.get('lang')}) {article.get('title') or ''}".rstrip()
    lines = [head, f"entities ({len(data['entities'])}):"]
    for entity in data["entities"]:
        count = len(entity.get("mentions", []))
        lines.append(f"  {entity['type']:<5} {entity['name']}  [{entity['id']}]  x{count}")
    lines.append(f"relations ({len(data['relations'])}):")
    for rel in data["relations"]:
        subject = names.get(rel["subject"], rel["subject"])
        obj = names.get(rel["object"], rel["object"])
        role = f"  ({rel['role']})" if rel.get("role") else ""
        lines.append(f"  {subject} -{rel['predicate']}-> {obj}{role}")
        lines.append(f'      "{rel["evidence"]}"')
    return "\n".join(lines)


# --- query ------------------------------------------------------------------------------


@main.group(cls=NewsgraphGroup)
def query() -> None:
    """Ask the store who leads what."""


@query.command("leaders")
@click.argument("org")
@db_option
@json_option
def query_leaders(org: str, db: str, as_json: bool) -> None:
    """Who leads ORG (name, acronym, alias or id), with role, status and evidence."""
    with closing(open_db(db)) as store:
        entity_id = _resolve(store, org)
        facts = [RelationPublic.from_record(r) for r in store.leaders(entity_id)]
    _print_facts(facts, as_json, lambda fact: fact.subject.name)


@query.command("led-by")
@click.argument("person")
@db_option
@json_option
def query_led_by(person: str, db: str, as_json: bool) -> None:
    """What PERSON (name, short name or id) leads, with role, status and evidence."""
    with closing(open_db(db)) as store:
        entity_id = _resolve(store, person)
        facts = [RelationPublic.from_record(r) for r in store.led_by(entity_id)]
    _print_facts(facts, as_json, lambda fact: fact.object.name)


def _resolve(store: Store, name: str) -> str:
    if store.entity(name) is not None:
        return name
    matches = store.resolve(name)
    if not matches:
        raise click.ClickException(f"no entity matches '{name}'")
    return matches[0].id


def _print_facts(
    facts: list[RelationPublic], as_json: bool, headline: Callable[[RelationPublic], str]
) -> None:
    if as_json:
        click.echo(to_json([fact.model_dump(mode="json") for fact in facts]))
        return
    if not facts:
        click.echo("no LEADS facts found")
    for fact in facts:
        role = ", ".join(part for part in (fact.role, fact.status) if part)
        click.echo(f"{headline(fact)}" + (f" — {role}" if role else ""))
        for evidence in fact.evidence:
            click.echo(f'    "{evidence.sentence}" [{evidence.article_id}]')


# --- export, serve ---------------------------------------------------------------------


@main.command()
@click.option(
    "--format", "fmt", required=True, type=click.Choice([f.value for f in ExportFormat]),
    help="File format (csv and neo4j are zip files).",
)  # fmt: skip
@click.option(
    "-o", "--output", required=True, type=click.Path(dir_okay=False, allow_dash=True),
    help="Output file, '-' for stdout.",
)  # fmt: skip
@click.option(
    "--lang",
    type=click.Choice(["en", "fr"]),
    default="en",
    show_default=True,
    help="Language of node labels.",
)
@click.option(
    "--type",
    "types",
    multiple=True,
    type=click.Choice(["PER", "ORG", "LOC", "EVENT"]),
    help="Keep entities of this type (repeatable).",
)
@click.option(
    "--predicate", "predicates", multiple=True, help="Keep this relation, e.g. LEADS (repeatable)."
)
@click.option("--from", "date_from", help="Keep relations seen on or after this date (YYYY-MM-DD).")
@click.option("--to", "date_to", help="Keep relations seen on or before this date.")
@click.option(
    "--min-weight", type=click.FloatRange(min=0), help="Keep relations at least this heavy."
)
@click.option("--ego", help="Only this entity's neighbourhood (an entity id).")
@click.option(
    "--radius", type=click.IntRange(0, 5), default=1, show_default=True, help="Hops around --ego."
)
@db_option
def export(fmt: str, output: str, db: str, lang: str, **filters: Any) -> None:
    """Export the graph, or a filtered part of it, for Gephi, Neo4j and linked-data tools."""
    from functools import partial

    from graph.exports import export_filtered

    if not filters.get("ego"):
        filters["radius"] = None
    write = partial(export_filtered, lang=lang, **filters)
    with closing(open_db(db)) as store:
        G = store.graph()
        try:
            if output == "-":
                write(G, fmt, sys.stdout.buffer)
            else:
                _export_to_file(G, fmt, Path(output), write)
        except ValueError as err:
            raise click.ClickException(str(err)) from err


def _export_to_file(G: Any, fmt: str, target: Path, write: Callable[..., None]) -> None:
    """Write next to the target, then rename: a failed export leaves no half-written file."""
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as out:
            write(G, fmt, out)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@main.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option(
    "--port", type=click.IntRange(1, 65535), default=8000, show_default=True, help="TCP port."
)
@click.option(
    "--workers", type=click.IntRange(1, 64), default=1, show_default=True,
    help="Worker processes; one per core serves the most requests.",
)  # fmt: skip
def serve(db: str, host: str, port: int, workers: int) -> None:
    """Serve the HTTP API (OpenAPI page at /docs)."""
    import uvicorn

    from api.app import create_app

    if workers == 1:
        settings = get_settings().model_copy(update={"db": db})
        uvicorn.run(create_app(settings), host=host, port=port)
        return
    # Each worker process imports the app itself, so the store path travels in the
    # environment the settings read.
    os.environ["NEWSGRAPH_DB"] = db
    uvicorn.run("api.app:app", host=host, port=port, workers=workers)


# --- evaluate, delete, stats -------------------------------------------------------------


@main.command()
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--articles", "articles_dir", required=True, type=click.Path(exists=True, file_okay=False),
    help="Folder with the articles' <id>.txt files.",
)  # fmt: skip
@json_option
@click.option("--baseline", is_flag=True, help="Score the spaCy-only baseline instead.")
def evaluate(gold: str, articles_dir: str, as_json: bool, baseline: bool) -> None:
    """Precision, recall and F1 against GOLD.jsonl annotations."""
    from graph.evaluate import evaluate as run_evaluation
    from graph.evaluate import format_report

    result = run_evaluation(gold, articles_dir, baseline=baseline)
    click.echo(to_json(result) if as_json else format_report(result))


@main.command()
@click.argument("article_id")
@db_option
def delete(article_id: str, db: str) -> None:
    """Delete ARTICLE_ID and exactly the facts it contributed."""
    with closing(open_db(db)) as store:
        if not store.delete_article(article_id):
            raise click.ClickException(f"no article '{article_id}' in {db}")
    click.echo(f"deleted {article_id}")


@main.command()
@db_option
@json_option
def stats(db: str, as_json: bool) -> None:
    """Count articles, entities, relations and mentions."""
    with closing(open_db(db)) as store:
        counts = store.stats()
    if as_json:
        click.echo(json.dumps(counts))
    else:
        for name, value in counts.items():
            click.echo(f"{name:<10} {value}")


# --- curation: merge, split -----------------------------------------------------------------


@main.command()
@click.argument("from_id", metavar="FROM")
@click.argument("into_id", metavar="INTO")
@click.option("--note", help="Why (kept in the entity's history).")
@db_option
def merge(from_id: str, into_id: str, note: str | None, db: str) -> None:
    """Merge entity FROM into entity INTO, now and at every later ingest."""
    with closing(open_db(db)) as store:
        for entity_id in (from_id, into_id):
            if store.entity(entity_id) is None:
                raise click.ClickException(f"no entity '{entity_id}' in {db}")
        try:
            count = store.merge(from_id, into_id, note=note)
        except ValueError as err:
            raise click.ClickException(str(err)) from None
        kept = store.entity(into_id)
    target = f"{kept.id} ({kept.name})" if kept else into_id
    click.echo(f"merged {from_id} into {target}; {count} articles re-resolved")


@main.command()
@click.argument("entity_id", metavar="ID")
@click.option(
    "--articles", required=True, metavar="A,B",
    help="Comma-separated ids of the articles whose mentions go to the new entity.",
)  # fmt: skip
@click.option("--note", help="Why (kept in the entity's history).")
@db_option
def split(entity_id: str, articles: str, note: str | None, db: str) -> None:
    """Move what some articles say about entity ID to a new entity, now and later."""
    chosen = [article.strip() for article in articles.split(",") if article.strip()]
    if not chosen:
        raise click.ClickException("--articles names no article")
    with closing(open_db(db)) as store:
        if store.entity(entity_id) is None:
            raise click.ClickException(f"no entity '{entity_id}' in {db}")
        try:
            new_id = store.split(entity_id, chosen, note=note)
        except ValueError as err:
            raise click.ClickException(str(err)) from None
    click.echo(f"split {', '.join(sorted(set(chosen)))} off {entity_id}: new entity {new_id}")


if __name__ == "__main__":
    main()
