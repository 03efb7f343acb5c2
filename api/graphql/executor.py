"""The one place the API runs Cypher: reads under a timeout and a deadline, errors translated, counted,
and the root reads of concurrent requests shared (``Reads.shared``).

Counting round trips here (not by mocking the driver) is what the N+1 test and the
``cypherRoundTrips`` response extension read.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Hashable
from dataclasses import dataclass
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

    def __init__(
        self,
        driver: neo4j.AsyncDriver,
        database: str,
        keep: int = 128,
        bookmark_manager: neo4j.AsyncBookmarkManager | None = None,
    ) -> None:
        self._driver = driver
        self._database = database
        self._keep = keep
        self._bookmarks = bookmark_manager  # read-your-writes (kg.graphstore.bookmarks)
        self._idle: list[neo4j.AsyncSession] = []

    def take(self) -> neo4j.AsyncSession:
        if self._idle:
            return self._idle.pop()
        return self._driver.session(
            database=self._database, default_access_mode=neo4j.READ_ACCESS, bookmark_manager=self._bookmarks
        )

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


@dataclass(frozen=True, slots=True)
class SharedRead:
    """A read that concurrent requests may share one query for (``Reads.shared``).

    ``text`` answers every map in ``$items`` (this caller's is ``item``; each gets its position as
    ``item.i``) and returns that position as a column ``i`` beside each of the item's rows. ``params``
    are the rest of the query's parameters: reads share a query only when their text and params are
    equal (Cypher's SKIP and LIMIT, for one, take parameters but no per-row values).
    """

    text: str
    params: dict[str, Any]
    item: dict[str, Any]

    def alone(self) -> tuple[str, dict[str, Any]]:
        """The query and parameters of this read with no other (for EXPLAIN, and for tests)."""
        return self.text, {**self.params, "items": [{**self.item, "i": 0}]}


class _Batch:
    __slots__ = ("futures", "items", "params", "text")

    def __init__(self, text: str, params: dict[str, Any]) -> None:
        self.text, self.params = text, params
        self.items: list[dict[str, Any]] = []
        self.futures: list[asyncio.Future[Rows]] = []


class Reads:
    """The app's reads of Neo4j: one query at a time (``one``), or shared between requests (``shared``).

    Under load, many requests run the same query shape at the same moment (32 clients opening entity
    pages), and each query has a fixed price beside its rows, in the driver's Python and in Neo4j's
    work per transaction (bench/shared_reads.py measures it: about half of a search's cost).
    Shared reads asked for in the same turn of the event loop, with equal text and params, go to
    Neo4j as one query over all their items, and each caller gets its own rows back. A lone read
    waits one loop turn. Should a shared query fail, each read runs again alone, so that an error
    reaches only the request whose read caused it.
    """

    def __init__(self, sessions: ReadSessions, timeout: float) -> None:
        self.sessions = sessions
        self.timeout = timeout
        self.sent = 0  # queries sent to Neo4j (a shared one counts once)
        self._pending: dict[Hashable, _Batch] = {}
        self._sending: set[asyncio.Task[None]] = set()  # held: the loop keeps only weak references

    async def one(self, text: str, params: dict[str, Any]) -> Rows:
        """Rows of a read query, each a dict of its columns.

        Reads run as auto-commit transactions (``session.run``): one pipelined RUN + PULL instead of
        a managed transaction's BEGIN ... COMMIT, which costs a round trip and, per query, more
        Python in the driver than the API's small queries cost Neo4j. Reads change nothing, so the
        managed transaction's retry is not needed; a failure surfaces as the project's error.
        """
        # Builder text is assembled from constants and ontology terms only (values are parameters).
        query = neo4j.Query(text, timeout=self.timeout)
        self.sent += 1
        return await self._within_deadline(_translated(self._auto_commit_read(query, params)))

    def shared(self, read: SharedRead) -> asyncio.Future[Rows]:
        """The rows of ``read``'s item, from a query shared with the same reads of this loop turn."""
        loop = asyncio.get_running_loop()
        key = (read.text, _frozen(read.params))
        batch = self._pending.get(key)
        if batch is None:
            if not self._pending:
                loop.call_soon(self._send_pending)
            batch = self._pending[key] = _Batch(read.text, read.params)
        future: asyncio.Future[Rows] = loop.create_future()
        batch.items.append({**read.item, "i": len(batch.items)})
        batch.futures.append(future)
        return future

    def _send_pending(self) -> None:
        pending, self._pending = self._pending, {}
        for batch in pending.values():
            task = asyncio.get_running_loop().create_task(self._send(batch))
            self._sending.add(task)
            task.add_done_callback(self._sending.discard)

    async def _send(self, batch: _Batch) -> None:
        try:
            rows = await self.one(batch.text, {**batch.params, "items": batch.items})
        except asyncio.CancelledError:
            _settle(batch.futures, StoreUnavailableError("the read was cancelled: the API is shutting down"))
            raise
        except Exception as exc:
            if len(batch.items) == 1 or isinstance(exc, StoreUnavailableError):
                _settle(batch.futures, exc)
                return
            # One item may have caused it (a query over the time limit): each runs alone.
            await asyncio.gather(*(self._send(_alone(batch, item)) for item in batch.items))
            return
        answers: list[Rows] = [[] for _ in batch.items]
        for row in rows:
            answers[row.pop("i")].append(row)
        for future, answer in zip(batch.futures, answers, strict=True):
            if not future.done():  # its request may have been cancelled
                future.set_result(answer)

    async def _within_deadline(self, call: Awaitable[Rows]) -> Rows:
        """``call``, given up on ``DEADLINE_GRACE`` seconds after the server's transaction timeout.

        Neo4j stops a query at the timeout; this deadline covers what it cannot: a connection that
        died without a word. The driver would otherwise notice only through the server's keep-alive
        hint, which it turns into a timer and a task on every socket read (a fifth of its CPU per
        query); the managed server sends no such hint (kg/server/config.py), so this is the one
        timer per query.
        """
        deadline = self.timeout + DEADLINE_GRACE
        try:
            async with asyncio.timeout(deadline):
                return await call
        except TimeoutError as exc:
            raise StoreUnavailableError(
                f"the graph database (Neo4j) did not answer within {deadline:g} s; try again later"
            ) from exc

    async def _auto_commit_read(self, query: neo4j.Query, params: dict[str, Any]) -> Rows:
        session = self.sessions.take()
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
        await self.sessions.give_back(session)
        return rows


def _alone(batch: _Batch, item: dict[str, Any]) -> _Batch:
    alone = _Batch(batch.text, batch.params)
    alone.items.append({**item, "i": 0})
    alone.futures.append(batch.futures[item["i"]])
    return alone


def _settle(futures: list[asyncio.Future[Rows]], error: Exception) -> None:
    for future in futures:
        if not future.done():
            future.set_exception(error)


def _frozen(value: Any) -> Hashable:
    """``value`` (params: maps, lists and scalars) as a hashable key."""
    if isinstance(value, dict):
        return tuple((k, _frozen(v)) for k, v in sorted(value.items()))
    if isinstance(value, list | tuple):
        return tuple(_frozen(v) for v in value)
    return value  # type: ignore[no-any-return]


class CypherExecutor:
    """A request's reads: builder output ``(query, params)`` or a ``SharedRead``, counted per request."""

    def __init__(self, reads: Reads, counter: RoundTripCounter) -> None:
        self._reads = reads
        self._app_counter = counter
        self.round_trips = 0

    async def read(self, built: tuple[str, dict[str, Any]]) -> Rows:
        """Rows of a read query, each a dict of its columns."""
        self._tick()
        return await self._reads.one(*built)

    async def read_shared(self, read: SharedRead) -> Rows:
        """Rows of ``read``'s item; the query may be shared with other requests' (``Reads.shared``).
        Counted as one of this request's round trips all the same."""
        self._tick()
        return await self._reads.shared(read)

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
