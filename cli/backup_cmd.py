"""`kg load`, `kg backup` and `kg restore`: nothing lost.

- ``kg load FILE``: an RDF export (``kg export``) back into Neo4j through the writer; works on any
  server, so an export is a backup that restores anywhere (Aura included).
- ``kg backup FILE`` / ``kg restore FILE``: the managed server's database as a neo4j-admin dump; after
  a restore the SPARQL store is rebuilt from the restored graph.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import Annotated

import typer

from cli.reporting import reported
from kg.settings import Settings


def register(app: typer.Typer) -> None:
    """Add this module's commands to the `kg` app."""
    app.command("load")(load_cmd)
    app.command("backup")(backup_cmd)
    app.command("restore")(restore_cmd)


@reported
def load_cmd(
    file: Annotated[Path, typer.Argument(help="An export written by `kg export` (nquads, trig, jsonld).")],
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            help="nquads, trig, jsonld (or turtle/ntriples for one article); default: from the suffix.",
        ),
    ] = None,
) -> None:
    """Load an RDF export into Neo4j through kg's writer (articles already stored unchanged are skipped)."""
    from kg.graphstore.connection import open_driver
    from kg.graphstore.load import load_export
    from kg.graphstore.schema import apply_schema

    settings = Settings()
    started = time.perf_counter()
    with open_driver(settings) as driver:
        apply_schema(driver, settings.neo4j_database)
        stats = load_export(driver, file, fmt, settings.neo4j_database)
    statuses = ", ".join(f"{count} {status}" for status, count in sorted(stats.statuses.items())) or "none"
    typer.echo(
        f"loaded {stats.articles} articles ({statuses}), {stats.triples} triples from {file} "
        f"in {time.perf_counter() - started:.1f} s"
    )


@reported
def backup_cmd(file: Annotated[Path, typer.Argument(help="Where to write the dump.")]) -> None:
    """Dump the managed Neo4j's database to FILE (the server is stopped meanwhile, then restarted)."""
    from kg.server.backup import backup

    size = backup(Settings(), file)
    typer.echo(f"backed up to {file} ({size:,} bytes)")


@reported
def restore_cmd(file: Annotated[Path, typer.Argument(help="A dump written by `kg backup`.")]) -> None:
    """Replace the managed Neo4j's database with FILE, start the server, and rebuild the SPARQL store."""
    from kg.server.backup import restore

    settings = Settings()
    restore(settings, file)
    typer.echo(f"restored {file} into the managed Neo4j ({settings.neo4j_database})")
    typer.echo(_rebuild_sparql(settings))


def _rebuild_sparql(settings: Settings) -> str:
    from kg.graphstore.connection import open_driver
    from kg.sparqlstore import SparqlEngine
    from kg.sparqlstore.errors import SparqlStoreLockedError
    from kg.sparqlstore.sync import Neo4jArticles, sync

    logging.getLogger("neo4j.notifications").setLevel(logging.ERROR)
    try:
        with open_driver(settings) as driver, SparqlEngine.from_settings(settings) as engine:
            report = sync(engine, Neo4jArticles(driver, settings.neo4j_database), rebuild=True)
    except SparqlStoreLockedError:
        return (
            "the SPARQL store is open in a running `kg serve`: it catches up with the restored graph "
            f"within KG_SPARQL_SYNC_INTERVAL ({settings.sparql_sync_interval:g} s)"
        )
    return f"SPARQL store {settings.sparql_path}: {report}"
