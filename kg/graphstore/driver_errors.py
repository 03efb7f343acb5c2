"""The one translation of Neo4j driver exceptions into the project's error tree, for all of kg.

Every call into the driver (reads, writes, exports, the schema, connecting) ends in
``store_error``: the message says what failed while doing what, and whether trying again may help.
Messages meant for the API's clients (``public=True``) name the server's error code but never its
message, which may quote the query text.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import neo4j.exceptions

from kg.errors import ConfigError, KGError, StoreError, StoreUnavailableError

#: Codes of a transaction stopped at its time limit (the server's ``TransactionTimedOut`` and the
#: transient "terminated" errors the same limit raises while a query runs).
TIMEOUT_CODES = ("Neo.ClientError.Transaction.TransactionTimedOut", "Neo.TransientError.Transaction")

UNAVAILABLE = "the graph database (Neo4j) is unavailable; try again later"
TOO_SLOW = "the query took longer than the server's time limit; narrow it down"

#: What the driver raises besides its own tree: a socket that breaks under it.
DRIVER_EXCEPTIONS = (neo4j.exceptions.DriverError, neo4j.exceptions.Neo4jError, OSError)


def store_error(
    exc: BaseException,
    doing: str,
    *,
    public: bool = False,
    uri: str | None = None,
    credentials: str = "the configured user and password",
) -> KGError:
    """The project's error for a driver exception raised while ``doing`` (e.g. "writing an article").

    Args:
        exc: what the driver raised (one of ``DRIVER_EXCEPTIONS``).
        doing: what was being done, for the message.
        public: the message goes to API clients: the server's error code, never its message.
        uri: the server's URI, when the caller knows it (connecting).
        credentials: which credentials were refused, for an authentication failure.
    """
    at = f" at {uri}" if uri else ""
    if isinstance(exc, neo4j.exceptions.AuthError):
        return ConfigError(f"Neo4j{at} refused {credentials}: fix KG_NEO4J_USER / KG_NEO4J_PASSWORD")
    if isinstance(exc, neo4j.exceptions.ServiceUnavailable | neo4j.exceptions.SessionExpired | OSError):
        detail = f"Neo4j is not reachable{at} ({doing}): {exc}"
        return StoreUnavailableError(UNAVAILABLE if public else detail)
    if isinstance(exc, neo4j.exceptions.Neo4jError):
        code = exc.code or "no code"
        if code.startswith(TIMEOUT_CODES):
            return StoreError(TOO_SLOW)
        if public:
            return StoreError(f"the graph database refused the query ({code})")
        return StoreError(f"Neo4j refused {doing}: {code}: {exc.message}")
    detail = type(exc).__name__ if public else f"{type(exc).__name__}: {exc}"
    return StoreError(f"the Neo4j driver failed ({doing}): {detail}")


@contextmanager
def translated(doing: str, public: bool = False) -> Iterator[None]:
    """Driver exceptions raised in the block become ``store_error(exc, doing, public)``."""
    try:
        yield
    except DRIVER_EXCEPTIONS as exc:
        raise store_error(exc, doing, public=public) from exc
