"""The one place the API runs Cypher: reads under a timeout and a deadline, errors translated, counted.

Counting round trips here (not by mocking the driver) is what the N+1 test and the
``cypherRoundTrips`` response extension read.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import Any

import neo4j
import neo4j.exceptions

from kg.errors import StoreError, StoreUnavailableError

Rows = list[dict[str, Any]]

_TIMEOUT_CODES = ("Neo.ClientError.Transaction.TransactionTimedOut", "Neo.TransientError.Transaction")


class RoundTripCounter:
    """Counts queries sent to Neo4j, for the whole app (shared) and per request."""

    def __init__(self) -> None:
        self.total = 0

    def tick(self) -> None:
        # Only the event loop's thread calls this, so a plain increment cannot race.
        self.total += 1


class CypherExecutor:
    """Runs builder output ``(query, params)`` against the app's one async driver."""

    def __init__(
        self, driver: neo4j.AsyncDriver, database: str, timeout: float, counter: RoundTripCounter
    ) -> None:
        self._driver = driver
        self._database = database
        self._timeout = timeout
        self._app_counter = counter
        self.round_trips = 0

    async def read(self, built: tuple[str, dict[str, Any]]) -> Rows:
        """Rows of a read query, each a dict of its columns.

        Reads run as auto-commit transactions (``session.run``): one pipelined RUN + PULL instead of
        a managed transaction's BEGIN ... COMMIT, which costs a round trip and, per query, more
        Python in the driver than the API's small queries cost Neo4j. Reads change nothing, so the
        managed transaction's retry is not needed; a failure surfaces as the project's error.
        """
        text, params = built
        self._tick()
        # Builder text is assembled from constants and ontology terms only (values are parameters).
        query = neo4j.Query(text, timeout=self._timeout)
        return await self._within_deadline(_translated(self._auto_commit_read(query, params)))

    async def _within_deadline(self, call: Awaitable[Rows]) -> Rows:
        """``call``, given up on at twice the server's transaction timeout.

        Neo4j stops a query at the timeout; this deadline covers what it cannot: a connection that
        died without a word. The driver would otherwise notice only through the server's keep-alive
        hint, which it turns into a timer and a task on every socket read (a fifth of its CPU per
        query); the managed server sends no such hint (kg/server/config.py), so this is the one
        timer per query.
        """
        deadline = 2 * self._timeout
        try:
            async with asyncio.timeout(deadline):
                return await call
        except TimeoutError as exc:
            raise StoreUnavailableError(
                f"the graph database (Neo4j) did not answer within {deadline:g} s; try again later"
            ) from exc

    async def _auto_commit_read(self, query: neo4j.Query, params: dict[str, Any]) -> Rows:
        async with self._driver.session(
            database=self._database, default_access_mode=neo4j.READ_ACCESS
        ) as session:
            result = await session.run(query, params)
            keys = result.keys()
            # Rows hold only maps, lists and scalars (the builders project nodes to maps), so the
            # record's values are used as they are; Record.data() would walk every nested value again.
            return [dict(zip(keys, record, strict=True)) async for record in result]

    def _tick(self) -> None:
        self.round_trips += 1
        self._app_counter.tick()


async def _translated(call: Awaitable[Any]) -> Any:
    """Await a driver call, turning driver exceptions into the project's error tree."""
    try:
        return await call
    except (neo4j.exceptions.ServiceUnavailable, neo4j.exceptions.SessionExpired, OSError) as exc:
        raise StoreUnavailableError("the graph database (Neo4j) is unavailable; try again later") from exc
    except neo4j.exceptions.Neo4jError as exc:
        if (exc.code or "").startswith(_TIMEOUT_CODES):
            raise StoreError("the query took longer than the server's time limit; narrow it down") from exc
        raise StoreError(f"the graph database refused the query ({exc.code})") from exc
    except neo4j.exceptions.DriverError as exc:
        raise StoreError(f"the graph database driver failed: {type(exc).__name__}") from exc
