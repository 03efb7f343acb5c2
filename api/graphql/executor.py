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

#: Seconds past the transaction timeout before a read is given up on: Neo4j checks timeouts every
#: 2 s (db.transaction.monitor.check.interval), so it may stop a query that much after its time.
DEADLINE_GRACE = 3.0

_TIMEOUT_CODES = ("Neo.ClientError.Transaction.TransactionTimedOut", "Neo.TransientError.Transaction")


class RoundTripCounter:
    """Counts queries sent to Neo4j, for the whole app (shared) and per request."""

    def __init__(self) -> None:
        self.total = 0

    def tick(self) -> None:
        # Only the event loop's thread calls this, so a plain increment cannot race.
        self.total += 1


class ReadSessions:
    """The app's idle read sessions, reused from one query to the next.

    Opening a driver session builds its whole configuration anew, about a tenth of the driver's
    Python per query. An auto-commit session gives its connection back to the driver's pool as
    soon as its result is read, so an idle one holds nothing but that configuration.
    """

    def __init__(self, driver: neo4j.AsyncDriver, database: str, keep: int = 128) -> None:
        self._driver = driver
        self._database = database
        self._keep = keep
        self._idle: list[neo4j.AsyncSession] = []

    def take(self) -> neo4j.AsyncSession:
        if self._idle:
            return self._idle.pop()
        return self._driver.session(database=self._database, default_access_mode=neo4j.READ_ACCESS)

    async def give_back(self, session: neo4j.AsyncSession) -> None:
        """Keep ``session`` for the next query (it must have read its whole result without error)."""
        if len(self._idle) < self._keep:
            self._idle.append(session)
        else:
            await session.close()

    async def close(self) -> None:
        idle, self._idle = self._idle, []
        for session in idle:
            await session.close()


class CypherExecutor:
    """Runs builder output ``(query, params)`` through the app's read sessions."""

    def __init__(self, sessions: ReadSessions, timeout: float, counter: RoundTripCounter) -> None:
        self._sessions = sessions
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
        """``call``, given up on ``DEADLINE_GRACE`` seconds after the server's transaction timeout.

        Neo4j stops a query at the timeout; this deadline covers what it cannot: a connection that
        died without a word. The driver would otherwise notice only through the server's keep-alive
        hint, which it turns into a timer and a task on every socket read (a fifth of its CPU per
        query); the managed server sends no such hint (kg/server/config.py), so this is the one
        timer per query.
        """
        deadline = self._timeout + DEADLINE_GRACE
        try:
            async with asyncio.timeout(deadline):
                return await call
        except TimeoutError as exc:
            raise StoreUnavailableError(
                f"the graph database (Neo4j) did not answer within {deadline:g} s; try again later"
            ) from exc

    async def _auto_commit_read(self, query: neo4j.Query, params: dict[str, Any]) -> Rows:
        session = self._sessions.take()
        try:
            result = await session.run(query, params)
            keys = result.keys()
            # Rows hold only maps, lists and scalars (the builders project nodes to maps), so the
            # record's values are used as they are; Record.data() would walk every nested value again.
            rows = [dict(zip(keys, record, strict=True)) async for record in result]
        except BaseException as exc:
            # A failed or cancelled session is not reused: it cleans up as `async with` would have
            # it (on cancellation it drops its connection without waiting on the server).
            await session.__aexit__(type(exc), exc, exc.__traceback__)  # type: ignore[no-untyped-call]
            raise
        await self._sessions.give_back(session)
        return rows

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
