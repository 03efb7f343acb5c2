"""`kg ingest`, `kg delete` and `kg export`: articles into the graph, out of it, and the graph as RDF."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import neo4j
import typer
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TaskID, TextColumn, TimeElapsedColumn

from cli.reporting import reported
from kg.graphstore.connection import bolt_uri, open_driver
from kg.graphstore.export import FORMATS, write_export
from kg.graphstore.schema import apply_schema
from kg.graphstore.writer import GraphWriter, WriteResult
from kg.settings import Settings


def register(app: typer.Typer) -> None:
    """Add this module's commands to the `kg` app."""
    app.command("ingest")(ingest_cmd)
    app.command("delete")(delete_cmd)
    app.command("export")(export_cmd)


@contextmanager
def _driver(settings: Settings) -> Iterator[neo4j.Driver]:
    driver = open_driver(settings)
    try:
        yield driver
    finally:
        driver.close()


@reported
def ingest_cmd(
    inputs: Annotated[list[str], typer.Argument(help="Files, directories, http(s) URLs, feeds, - (stdin).")],
) -> None:
    """Extract articles and write them into Neo4j; already-stored articles are skipped (resumable)."""
    from loaders.ingest import ingest, pipeline_extractor

    settings = Settings()
    with _driver(settings) as driver:
        apply_schema(driver, settings.neo4j_database)
        writer = GraphWriter(driver, settings.neo4j_database)
        extract = pipeline_extractor(settings)
        with _progress() as report:
            summary = ingest(inputs, settings, writer, extract, on_result=report)
        totals = _graph_totals(driver, settings.neo4j_database)
    typer.echo(
        f"articles: {summary.new} new, {summary.unchanged} unchanged, {summary.replaced} replaced, "
        f"{len(summary.failed)} failed; written: {summary.entities} entity mentions, {summary.facts} facts "
        f"in {summary.total_seconds:.1f} s (extraction {summary.extract_seconds:.1f} s, "
        f"waiting on Neo4j {summary.wait_seconds:.1f} s; writing took {summary.write_seconds:.1f} s "
        "alongside extraction)"
    )
    typer.echo(f"graph now: {totals[0]} articles, {totals[1]} entities, {totals[2]} facts")
    for message in summary.failed:
        typer.secho(f"failed: {message}", err=True, fg=typer.colors.RED)
    if summary.failed:
        raise typer.Exit(1)


@contextmanager
def _progress() -> Iterator[Callable[[WriteResult | str], None]]:
    columns = (
        SpinnerColumn(),
        TextColumn("{task.completed} articles"),
        TextColumn("{task.fields[aps]:.1f} articles/s"),
        TextColumn("{task.fields[fps]:.1f} facts/s"),
        TextColumn("{task.fields[failed]} failed"),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=Console(stderr=True), transient=False) as progress:
        task = progress.add_task("ingest", total=None, aps=0.0, fps=0.0, failed=0)
        yield _reporter(progress, task)


def _reporter(progress: Progress, task: TaskID) -> Callable[[WriteResult | str], None]:
    started, facts, failed = time.perf_counter(), [0], [0]

    def report(result: WriteResult | str) -> None:
        if isinstance(result, str):
            failed[0] += 1
        else:
            facts[0] += result.facts
        elapsed = max(time.perf_counter() - started, 1e-9)
        done = progress.tasks[0].completed + 1
        progress.update(task, completed=done, aps=done / elapsed, fps=facts[0] / elapsed, failed=failed[0])

    return report


def _graph_totals(driver: neo4j.Driver, database: str) -> tuple[int, int, int]:
    records, _, _ = driver.execute_query(
        "CALL () { MATCH (a:Article) RETURN count(a) AS articles } "
        "CALL () { MATCH (n:Resource) WHERE NOT n:Article AND NOT n:Evidence RETURN count(n) AS entities } "
        "CALL () { MATCH (:Resource)-[r]->(:Resource) WHERE r.articleCount IS NOT NULL "
        "RETURN count(r) AS facts } "
        "RETURN articles, entities, facts",
        database_=database,
    )
    row = records[0]
    return row["articles"], row["entities"], row["facts"]


@reported
def delete_cmd(article_iri: Annotated[str, typer.Argument(help="IRI of the article to retract.")]) -> None:
    """Retract an article: its evidence, facts left without support, entities left with nothing."""
    settings = Settings()
    with _driver(settings) as driver:
        result = GraphWriter(driver, settings.neo4j_database).delete_article(article_iri)
    if not result.found:
        typer.secho(
            f"error: article {article_iri} is not in the graph at {bolt_uri(settings)}",
            err=True,
            fg=typer.colors.RED,
        )
        raise typer.Exit(1)
    typer.echo(
        f"deleted {article_iri}: {result.evidence} evidence, {result.facts_removed} facts and "
        f"{result.entities_removed} entities removed"
    )


@reported
def export_cmd(
    fmt: Annotated[str, typer.Option("--format", "-f", help=f"One of: {', '.join(FORMATS)}.")] = "nquads",
    article: Annotated[str | None, typer.Option(help="Only this article's named graph.")] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here, not to stdout.")] = None,
) -> None:
    """Stream the graph out of Neo4j as RDF, article by article (one named graph each in quad formats)."""
    settings = Settings()
    with _driver(settings) as driver:
        if output is None:
            stats = write_export(driver, sys.stdout.buffer, fmt, article, settings.neo4j_database)
        else:
            with output.open("wb") as out:
                stats = write_export(driver, out, fmt, article, settings.neo4j_database)
    typer.echo(f"exported {stats.articles} articles, {stats.triples} triples", err=True)
