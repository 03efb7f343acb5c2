"""`kg backup` and `kg restore`: the managed server's database as one file (neo4j-admin dump / load).

Neo4j Community dumps and loads a database only while the server is stopped, so both stop the managed
server if it runs and start it again afterwards; restore starts it in any case (its point is a server
holding the data again). A dump is written to ``FILE.partial`` and renamed when complete, so a failed
backup never leaves a truncated file under the name asked for. For any other server (Docker, Aura),
``kg export`` and ``kg load`` do the same through Bolt.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from kg.errors import ConfigError, Neo4jServerError
from kg.server.admin import admin_output, run_admin
from kg.server.layout import ServerLayout, layout_for
from kg.server.prereqs import check_java
from kg.server.process import server_status, start_server, stop_server
from kg.settings import Settings


def backup(settings: Settings, target: Path) -> int:
    """Dump the managed server's database (KG_NEO4J_DATABASE) to ``target``; returns its size in bytes.

    Raises:
        ConfigError: the server is not the managed one.
        Neo4jServerError: the dump failed (the server is restarted if it was running).
    """
    layout = _managed(settings, "backup")
    java = check_java()
    partial = target.with_name(target.name + ".partial")
    database = settings.neo4j_database
    with _stopped(settings):
        with partial.open("wb") as out:
            run = run_admin(layout, java, "database", "dump", database, "--to-stdout", stdout=out)
        if run.returncode != 0:
            partial.unlink(missing_ok=True)
            raise Neo4jServerError(f"neo4j-admin could not dump {database!r}:\n{admin_output(run)}")
        partial.rename(target)
    return target.stat().st_size


def restore(settings: Settings, source: Path) -> None:
    """Replace the managed server's database with the dump at ``source``, then start the server.

    Raises:
        ConfigError: the server is not the managed one, or ``source`` is not a file.
        Neo4jServerError: the load failed (the server is started again all the same).
    """
    layout = _managed(settings, "restore")
    if not source.is_file():
        raise ConfigError(f"{source}: no such backup file (make one with `kg backup FILE`)")
    java = check_java()
    with _stopped(settings, start_after=True), source.open("rb") as dump:
        args = ("database", "load", settings.neo4j_database, "--from-stdin", "--overwrite-destination=true")
        run = run_admin(layout, java, *args, stdin=dump)
        if run.returncode != 0:
            raise Neo4jServerError(f"neo4j-admin could not load {source}:\n{admin_output(run)}")


def _managed(settings: Settings, what: str) -> ServerLayout:
    if not settings.managed:
        raise ConfigError(
            f"kg {what} works on the managed Neo4j only (KG_NEO4J_URI names another server); "
            "`kg export --format nquads` and `kg load` back up and restore any server"
        )
    return layout_for(settings)


@contextmanager
def _stopped(settings: Settings, start_after: bool = False) -> Iterator[None]:
    """The managed server stopped for the block; started again after if it ran (or ``start_after``)."""
    was_running = server_status(settings).running
    if was_running:
        stop_server(settings)
    try:
        yield
    finally:
        if was_running or start_after:
            start_server(settings)
