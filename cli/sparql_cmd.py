"""`kg sparql QUERY` and `kg sparql-index [--rebuild]`: the SPARQL store from the command line."""

from __future__ import annotations

import json
import logging
import sys
import time
from typing import Annotated, Any, NoReturn

import typer
from rich.console import Console
from rich.table import Table

from kg.errors import KGError
from kg.settings import Settings

_DEFAULT_ACCEPT = "application/sparql-results+json, text/turtle;q=0.9"


def register(app: typer.Typer) -> None:
    """Add this module's commands to the `kg` app."""
    app.command("sparql")(sparql_cmd)
    app.command("sparql-index")(sparql_index_cmd)


def sparql_cmd(
    query: Annotated[str, typer.Argument(help="A SPARQL 1.1 query, or - to read it from stdin.")],
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            help="json, xml, csv, tsv (SELECT/ASK); turtle, ntriples, jsonld, "
            "rdfxml (CONSTRUCT/DESCRIBE). Default: a table, or Turtle.",
        ),
    ] = None,
) -> None:
    """Run a read-only SPARQL query on the local SPARQL store (prefixes kg:, schema:, rdfs:... preset)."""
    from kg.sparqlstore import SparqlEngine
    from kg.sparqlstore.formats import FORMAT_NAMES

    text = sys.stdin.read() if query == "-" else query
    if fmt is not None and fmt not in FORMAT_NAMES:
        _fail(f"--format {fmt!r} is unknown; choose one of {', '.join(FORMAT_NAMES)}")
    accept = FORMAT_NAMES[fmt] if fmt else _DEFAULT_ACCEPT
    try:
        with SparqlEngine.from_settings(Settings()) as engine:
            answer = engine.query(text, accept=accept)
    except KGError as exc:
        _fail(str(exc))
    if fmt is None and answer.media_type == "application/sparql-results+json":
        _print_table(json.loads(answer.body))
    else:
        sys.stdout.buffer.write(answer.body)
        sys.stdout.flush()


def sparql_index_cmd(
    rebuild: Annotated[
        bool, typer.Option("--rebuild", help="Empty the store and reload it all from Neo4j.")
    ] = False,
) -> None:
    """Bring the SPARQL store in step with Neo4j: stale articles replaced, or everything rebuilt."""
    from kg.graphstore.connection import open_driver
    from kg.sparqlstore import SparqlEngine
    from kg.sparqlstore.sync import Neo4jArticles, sync

    # The export's Cypher names relationship types an empty graph may lack; Neo4j's notice is noise here.
    logging.getLogger("neo4j.notifications").setLevel(logging.ERROR)
    settings = Settings()
    try:
        driver = open_driver(settings)
        try:
            with SparqlEngine.from_settings(settings) as engine:
                started = time.perf_counter()
                report = sync(engine, Neo4jArticles(driver, settings.neo4j_database), rebuild=rebuild)
                seconds = time.perf_counter() - started
                quads, graphs = engine.counts()
        finally:
            driver.close()
    except KGError as exc:
        _fail(str(exc))
    rate = f", {report.quads / seconds:,.0f} quads/s" if report.rebuilt and seconds > 0 else ""
    typer.echo(
        f"SPARQL store {settings.sparql_path}: {report} in {seconds:.1f} s{rate}; "
        f"now {graphs} article graphs, {quads} quads"
    )


def _print_table(results: dict[str, Any]) -> None:
    console = Console()
    if "boolean" in results:
        console.print("yes" if results["boolean"] else "no")
        return
    variables = results["head"]["vars"]
    table = Table(*variables, show_lines=False)
    rows = results["results"]["bindings"]
    for row in rows:
        table.add_row(*(_compact(row[v]) if v in row else "" for v in variables))
    console.print(table)
    console.print(f"{len(rows)} rows")


def _compact(term: dict[str, str]) -> str:
    """An IRI as prefix:name when a preset prefix fits, so tables stay readable."""
    from kg.sparqlstore import PREFIXES

    value = term["value"]
    if term["type"] == "uri":
        for prefix, namespace in PREFIXES.items():
            if value.startswith(namespace) and value != namespace:
                return f"{prefix}:{value[len(namespace) :]}"
    return value


def _fail(message: str) -> NoReturn:
    typer.secho(f"error: {message}", err=True, fg=typer.colors.RED)
    raise typer.Exit(1)
