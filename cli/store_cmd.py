"""`kg ingest`, `kg reextract`, `kg delete` and `kg export`: articles into the graph, extracted again,
out of it, and the graph as RDF."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import neo4j
import typer

from cli.progress import progress
from cli.reporting import reported
from kg.errors import ConfigError
from kg.graphstore.connection import bolt_uri, open_driver
from kg.graphstore.export import FORMATS, write_export
from kg.graphstore.schema import apply_schema
from kg.graphstore.writer import GraphWriter
from kg.model import Article
from kg.settings import Settings

if TYPE_CHECKING:
    from loaders.ingest_steps import IngestSummary
    from loaders.sources import SourceFailure


def register(app: typer.Typer) -> None:
    """Add this module's commands to the `kg` app."""
    app.command("ingest")(ingest_cmd)
    app.command("reextract")(reextract_cmd)
    app.command("delete")(delete_cmd)
    app.command("export")(export_cmd)


@contextmanager
def _driver(settings: Settings) -> Iterator[neo4j.Driver]:
    driver = open_driver(settings)
    try:
        yield driver
    finally:
        driver.close()


Engine = Annotated[
    str | None,
    typer.Option("--engine", help="local (this machine) or ray (a Ray cluster); default KG_ENGINE."),
]
RayAddress = Annotated[
    str | None,
    typer.Option("--ray-address", help="Ray cluster to join (default KG_RAY_ADDRESS / RAY_ADDRESS)."),
]


@reported
def ingest_cmd(
    inputs: Annotated[list[str], typer.Argument(help="Files, directories, http(s) URLs, feeds, - (stdin).")],
    engine: Engine = None,
    ray_address: RayAddress = None,
) -> None:
    """Extract articles and write them into Neo4j; already-stored articles are skipped (resumable)."""
    from loaders.sources import read_sources

    settings = _with_engine(Settings(), engine, ray_address)
    with _driver(settings) as driver:
        apply_schema(driver, settings.neo4j_database)
        summary = _run(settings, driver, read_sources(inputs, settings), "ingest", replace=False)
        totals = _graph_totals(driver, settings.neo4j_database)
    _print_summary(summary, totals)


@reported
def reextract_cmd(
    after: Annotated[str, typer.Option(help="Start after this article IRI (articles go in IRI order).")] = "",
    engine: Engine = None,
    ray_address: RayAddress = None,
) -> None:
    """Extract every stored article's text again with the current pipeline; replace its facts, one
    article per transaction (the others keep theirs until their turn)."""
    from kg.graphstore.articles import iter_stored_articles

    settings = _with_engine(Settings(), engine, ray_address)
    with _driver(settings) as driver:
        apply_schema(driver, settings.neo4j_database)
        articles = iter_stored_articles(driver, settings.neo4j_database, after)
        summary = _run(settings, driver, articles, "reextract", replace=True)
        totals = _graph_totals(driver, settings.neo4j_database)
    _print_summary(summary, totals)


def _with_engine(settings: Settings, engine: str | None, ray_address: str | None) -> Settings:
    if engine is not None and engine not in ("local", "ray"):
        raise ConfigError(f"--engine {engine!r} is unknown; choose local or ray")
    update: dict[str, object] = {}
    if engine is not None:
        update["engine"] = engine
    if ray_address is not None:
        update["ray_address"] = ray_address
    return settings.model_copy(update=update)


def _run(
    settings: Settings,
    driver: neo4j.Driver,
    items: Iterable[Article | SourceFailure],
    what: str,
    replace: bool,
) -> IngestSummary:
    from loaders.ingest import pipeline_extractor, run_local

    writer = GraphWriter(driver, settings.neo4j_database)
    with progress(what, settings.progress_interval) as report:
        if settings.engine == "ray":
            from loaders.ray_engine import run_ray

            return run_ray(items, settings, writer, report, replace=replace)
        extract = pipeline_extractor(settings)
        return run_local(items, writer, extract, report, settings.nlp_batch_size, replace)


def _print_summary(summary: IngestSummary, totals: tuple[int, int, int]) -> None:
    where = ""
    if summary.workers > 1 or summary.nodes > 1:
        nodes = f"{summary.nodes} node" + ("s" if summary.nodes != 1 else "")
        where = f" on {summary.workers} workers across {nodes}"
    typer.echo(
        f"articles: {summary.new} new, {summary.unchanged} unchanged, {summary.replaced} replaced, "
        f"{len(summary.failed)} failed; written: {summary.entities} entity mentions, {summary.facts} facts "
        f"in {summary.total_seconds:.1f} s{where} (extraction {summary.extract_seconds:.1f} s, "
        f"waiting on Neo4j {summary.wait_seconds:.1f} s; writing took {summary.write_seconds:.1f} s "
        "alongside extraction)"
    )
    typer.echo(f"graph now: {totals[0]} articles, {totals[1]} entities, {totals[2]} facts")
    for message in summary.failed:
        typer.secho(f"failed: {message}", err=True, fg=typer.colors.RED)
    if summary.failed:
        raise typer.Exit(1)


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
