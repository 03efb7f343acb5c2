"""Opening a driver from settings: an external server (KG_NEO4J_URI) or the managed local one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import neo4j

from kg.errors import ConfigError, KGError, StoreUnavailableError
from kg.graphstore.driver_errors import DRIVER_EXCEPTIONS, store_error
from kg.settings import Settings


def password_file(settings: Settings) -> Path:
    """Where the managed server's generated password is kept (owner-only permissions)."""
    return settings.data_dir / "neo4j" / "password"


def bolt_uri(settings: Settings) -> str:
    return settings.neo4j_uri or f"bolt://127.0.0.1:{settings.neo4j_bolt_port}"


def resolve_password(settings: Settings) -> str:
    if settings.neo4j_password is not None:
        return settings.neo4j_password.get_secret_value()
    path = password_file(settings)
    if settings.managed and path.exists():
        return path.read_text(encoding="utf-8").strip()
    raise ConfigError(
        f"no Neo4j password: set KG_NEO4J_PASSWORD, or run `kg neo4j start` to create one in {path}"
    )


def open_driver(settings: Settings) -> neo4j.Driver:
    """A driver for the configured server; fails fast, naming the URI, when it cannot be reached."""
    uri = bolt_uri(settings)
    # Server notifications off: reads name every ontology relationship type, and Neo4j would log a warning
    # for each type no fact has used yet (the async API driver does the same).
    driver = neo4j.GraphDatabase.driver(
        uri, auth=(settings.neo4j_user, resolve_password(settings)), notifications_min_severity="OFF"
    )
    try:
        driver.verify_connectivity()
    except DRIVER_EXCEPTIONS as exc:
        driver.close()
        raise _connect_error(exc, settings, uri) from exc
    return driver


def _connect_error(exc: BaseException, settings: Settings, uri: str) -> KGError:
    source = "KG_NEO4J_PASSWORD" if settings.neo4j_password is not None else str(password_file(settings))
    credentials = f"user {settings.neo4j_user!r} with the password from {source}"
    return store_error(exc, "connecting", uri=uri, credentials=credentials)


def bolt_answers(settings: Settings) -> bool:
    """True when the configured server accepts a Bolt login now; False while it cannot be reached.

    Raises:
        ConfigError: the server answers but refuses the credentials (waiting longer would not help).
    """
    uri = bolt_uri(settings)
    auth = (settings.neo4j_user, resolve_password(settings))
    with neo4j.GraphDatabase.driver(uri, auth=auth, connection_timeout=2.0) as driver:
        try:
            driver.verify_connectivity()
        except DRIVER_EXCEPTIONS as exc:
            error = _connect_error(exc, settings, uri)
            if isinstance(error, StoreUnavailableError):
                return False
            raise error from exc
    return True


def server_version(driver: neo4j.Driver) -> str:
    """The server's product version, e.g. ``5.26.19``, as the server reports it."""
    records, _, _ = driver.execute_query(
        "CALL dbms.components() YIELD name, versions RETURN versions[0] AS version LIMIT 1",
        database_="system",
    )
    return str(records[0]["version"]) if records else "unknown"


def open_async_driver(settings: Settings, **config: Any) -> neo4j.AsyncDriver:
    """An async driver for the configured server, for the API's event loop.

    It does not connect here: the API must start (and say so on ``/readyz``) while Neo4j is down,
    so reachability is checked per request rather than at startup. ``config`` goes to the driver
    (e.g. a short ``max_transaction_retry_time``, so a request fails fast when Neo4j is down).
    """
    return neo4j.AsyncGraphDatabase.driver(
        bolt_uri(settings), auth=(settings.neo4j_user, resolve_password(settings)), **config
    )
