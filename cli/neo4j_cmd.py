"""`kg neo4j start|stop|status` (the managed local Neo4j, or the external KG_NEO4J_URI) and `kg init`."""

from __future__ import annotations

import typer

from cli.reporting import reported
from kg.errors import StoreUnavailableError
from kg.graphstore.connection import open_driver, password_file, server_version
from kg.graphstore.schema import SchemaReport, apply_schema
from kg.server import ServerStatus, server_status, start_server, stop_server
from kg.settings import Settings

neo4j_app = typer.Typer(no_args_is_help=True, help="The Neo4j server kg uses: start, stop, status.")


@neo4j_app.command("start")
@reported
def start() -> None:
    """Start the managed Neo4j (fetching it on first use), wait for Bolt, and apply the schema."""
    settings = Settings()
    result = start_server(settings)
    status = result.status
    if not status.managed:
        typer.echo(f"Using the external Neo4j at {status.bolt_uri} (KG_NEO4J_URI); kg starts none.")
    elif result.already_running:
        typer.echo(f"Neo4j is already running (pid {status.pid}): nothing to do.")
    else:
        kind = "cold start, empty data directory" if result.first_start else "warm start"
        fetched = " after fetching its jars" if result.fetched_jars else ""
        typer.echo(
            f"Neo4j {status.version} started{fetched} (pid {status.pid}); "
            f"first Bolt answer after {result.seconds:.1f} s ({kind})."
        )
    _print_urls(settings, status)
    _print_schema(_init_schema(settings))


@neo4j_app.command("stop")
@reported
def stop() -> None:
    """Stop the managed Neo4j cleanly (SIGTERM, then wait). An external server is never stopped."""
    settings = Settings()
    if not settings.managed:
        typer.echo(f"Neo4j at {settings.neo4j_uri} is external (KG_NEO4J_URI): kg does not stop it.")
    elif stop_server(settings):
        typer.echo("Neo4j stopped.")
    else:
        typer.echo("Neo4j is not running: nothing to stop.")


@neo4j_app.command("status")
@reported
def status() -> None:
    """Say whether Neo4j runs, with its version, PID and URLs. Exit code 3 when it is not running."""
    settings = Settings()
    current = server_status(settings)
    if not current.managed:
        version = _external_version(settings) if current.running else None
        state = f"reachable, Neo4j {version}" if current.running else "NOT reachable"
        typer.echo(f"external Neo4j (KG_NEO4J_URI): {state}")
    elif current.running:
        typer.echo(f"running: Neo4j {current.version}, pid {current.pid}, home {current.home}")
    else:
        typer.echo(f"stopped: Neo4j {current.version} (home {current.home})")
    _print_urls(settings, current)
    if not current.running:
        raise typer.Exit(3)


@reported
def init() -> None:
    """Apply schema/constraints.cypher (constraints, indexes, full-text index) to the configured Neo4j."""
    _print_schema(_init_schema(Settings()))


def _init_schema(settings: Settings) -> SchemaReport:
    try:
        driver = open_driver(settings)
    except StoreUnavailableError as exc:
        hint = " Start it with `kg neo4j start`." if settings.managed else ""
        raise StoreUnavailableError(f"{exc}.{hint}") from exc
    with driver:
        return apply_schema(driver, settings.neo4j_database)


def _external_version(settings: Settings) -> str:
    with open_driver(settings) as driver:
        return server_version(driver)


def _print_urls(settings: Settings, status: ServerStatus) -> None:
    typer.echo(f"  Bolt:    {status.bolt_uri}")
    if status.browser_url:
        typer.echo(f"  Browser: {status.browser_url}")
    where = "KG_NEO4J_PASSWORD" if settings.neo4j_password is not None else str(password_file(settings))
    typer.echo(f"  User:    {settings.neo4j_user} (password: {where})")


def _print_schema(report: SchemaReport) -> None:
    typer.echo(
        f"Schema applied ({report.statements} statements): {len(report.constraints)} constraints, "
        f"{len(report.indexes)} indexes online."
    )


def register(app: typer.Typer) -> None:
    """Add `kg neo4j ...` and `kg init` to the `kg` app."""
    app.add_typer(neo4j_app, name="neo4j")
    app.command("init")(init)
