"""Reading Neo4j from an event loop: auto-commit reads under a timeout and a deadline, errors translated,
and the reads of concurrent callers shared (``Reads.shared``).

The API's GraphQL queries compile to ``SharedRead``s (kg.graphstore.compiler); the bare endpoint of
bench/graphql.py sends the same ones. Every read ends in one place, ``Reads.one``.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Hashable
from dataclasses import dataclass
from typing import Any

import neo4j

from kg.errors import StoreUnavailableError
from kg.graphstore.connection import open_async_driver
from kg.graphstore.driver_errors import DRIVER_EXCEPTIONS, store_error
from kg.settings import Settings

Rows = list[dict[str, Any]]

#: Seconds past the transaction timeout before a read is given up on: Neo4j checks timeouts every
#: 2 s (db.transaction.monitor.check.interval), so it may stop a query that much after its time.
DEADLINE_GRACE = 3.0


class ReadSessions:
    """Idle read sessions, reused from one query to the next.

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
        self.driver = driver
        self._database = database
        self._keep = keep
        self._bookmarks = bookmark_manager  # read-your-writes (kg.graphstore.bookmarks)
        self._idle: list[neo4j.AsyncSession] = []

    def take(self) -> neo4j.AsyncSession:
        if self._idle:
            return self._idle.pop()
        return self.driver.session(
            database=self._database, default_access_mode=neo4j.READ_ACCESS, bookmark_manager=self._bookmarks
        )

    async def give_back(self, session: neo4j.AsyncSession) -> None:
        """Keep ``session`` for the next query (it must have read its whole result without error)."""
        if len(self._idle) < self._keep:
            self._idle.append(session)
        else:
            await session.close()

    async def close(self) -> None:
        """Close the idle sessions (the driver stays open: its owner closes it)."""
        idle, self._idle = self._idle, []
        for session in idle:
            await session.close()


@dataclass(frozen=True, slots=True)
class SharedRead:
    """A read that concurrent callers may share one query for (``Reads.shared``).

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
    __slots__ = ("deadline", "futures", "items", "params", "text")

    def __init__(self, text: str, params: dict[str, Any], deadline: float | None) -> None:
        self.text, self.params, self.deadline = text, params, deadline
        self.items: list[dict[str, Any]] = []
        self.futures: list[asyncio.Future[Rows]] = []


class Reads:
    """Reads of Neo4j: one query at a time (``one``), or shared between callers (``shared``).

    Under load, many requests run the same query shape at the same moment (32 clients opening entity
    pages), and each query has a fixed price beside its rows, in the driver's Python and in Neo4j's
    work per transaction (about half of a search's cost). Shared reads asked for in the same turn of
    the event loop, with equal text and params, go to Neo4j as one query over all their items, and
    each caller gets its own rows back. A lone read waits one loop turn. Should a shared query fail,
    each read runs again alone, so that an error reaches only the caller whose read caused it.

    A caller may give a ``deadline`` (``time.monotonic()``): the read's transaction timeout is then
    cut to the time left, so no read outlives the request that asked for it.
    """

    def __init__(self, sessions: ReadSessions, timeout: float) -> None:
        self.sessions = sessions  # their driver is the reads' own: ``close`` closes it
        self.timeout = timeout
        self.sent = 0  # queries sent to Neo4j (a shared one counts once)
        self._pending: dict[Hashable, _Batch] = {}
        self._sending: set[asyncio.Task[None]] = set()  # held: the loop keeps only weak references

    async def one(self, text: str, params: dict[str, Any], deadline: float | None = None) -> Rows:
        """Rows of a read query, each a dict of its columns.

        Reads run as auto-commit transactions (``session.run``): one pipelined RUN + PULL instead of
        a managed transaction's BEGIN ... COMMIT, which costs a round trip and, per query, more
        Python in the driver than the API's small queries cost Neo4j. Reads change nothing, so the
        managed transaction's retry is not needed; a failure surfaces as the project's error.
        """
        timeout = self.timeout if deadline is None else min(self.timeout, deadline - time.monotonic())
        if timeout <= 0:
            raise StoreUnavailableError("no time was left for the query within the request's deadline")
        # The text is assembled from constants and ontology terms only (values are parameters).
        query = neo4j.Query(text, timeout=timeout)
        self.sent += 1
        return await self._within_deadline(self._auto_commit_read(query, params), timeout)

    def shared(self, read: SharedRead, deadline: float | None = None) -> asyncio.Future[Rows]:
        """The rows of ``read``'s item, from a query shared with the same reads of this loop turn (the
        earliest deadline of those reads holds for the query)."""
        loop = asyncio.get_running_loop()
        key = (read.text, _frozen(read.params))
        batch = self._pending.get(key)
        if batch is None:
            if not self._pending:
                loop.call_soon(self._send_pending)
            batch = self._pending[key] = _Batch(read.text, read.params, deadline)
        elif deadline is not None:
            batch.deadline = deadline if batch.deadline is None else min(batch.deadline, deadline)
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
            rows = await self.one(batch.text, {**batch.params, "items": batch.items}, batch.deadline)
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

    async def close(self) -> None:
        """Close the idle sessions and the driver under them."""
        await self.sessions.close()
        await self.sessions.driver.close()

    async def _within_deadline(self, call: Awaitable[Rows], timeout: float) -> Rows:
        """``call``, given up on ``DEADLINE_GRACE`` seconds after the server's transaction timeout.

        Neo4j stops a query at the timeout; this deadline covers what it cannot: a connection that
        died without a word. The driver would otherwise notice only through the server's keep-alive
        hint, which it turns into a timer and a task on every socket read (a fifth of its CPU per
        query); the managed server sends no such hint (kg/server/config.py), so this is the one
        timer per query.
        """
        deadline = timeout + DEADLINE_GRACE
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
            # Rows hold only maps, lists and scalars (the compiler projects nodes to maps), so the
            # record's values are used as they are; Record.data() would walk every nested value again.
            rows = [dict(zip(keys, record, strict=True)) async for record in result]
        except BaseException as exc:
            # A failed or cancelled session is not reused: it cleans up as `async with` would have
            # it (on cancellation it drops its connection without waiting on the server).
            await session.__aexit__(type(exc), exc, exc.__traceback__)  # type: ignore[no-untyped-call]
            if isinstance(exc, DRIVER_EXCEPTIONS):
                raise store_error(exc, "reading", public=True) from exc
            raise
        await self.sessions.give_back(session)
        return rows


def _alone(batch: _Batch, item: dict[str, Any]) -> _Batch:
    alone = _Batch(batch.text, batch.params, batch.deadline)
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


def open_reads(settings: Settings, bookmark_manager: neo4j.AsyncBookmarkManager | None = None) -> Reads:
    """The API's reads on a new async driver (not yet connected; ``Reads.close`` closes it); with
    ``bookmark_manager``, each read waits for the writes it holds (kg.graphstore.bookmarks).

    Fail fast when Neo4j is down: a reader waits seconds, not the driver's default 30 s of retries.
    No server notifications: the queries name every ontology relationship type, and Neo4j would warn
    about each type not yet in the graph on every request. No write timeout: the driver would wrap
    every socket write in a timer and a task; each read has one deadline instead, which also covers
    a write that never completes.
    """
    driver = open_async_driver(
        settings,
        max_transaction_retry_time=2.0,
        connection_timeout=5.0,
        connection_write_timeout=None,
        notifications_min_severity="OFF",
    )
    sessions = ReadSessions(driver, settings.neo4j_database, bookmark_manager=bookmark_manager)
    return Reads(sessions, settings.api_query_timeout)
