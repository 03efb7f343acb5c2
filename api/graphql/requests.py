"""Running a compiled operation: every root field's query at once, under the request's deadline, and
the response data assembled from their rows."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from graphql import ExecutionResult, FieldNode, GraphQLError

from api.graphql.order import Orderer
from kg.errors import KGError, StoreError
from kg.graphstore.compiler import CompiledRead
from kg.graphstore.reads import Reads, Rows


class RoundTripCounter:
    """Queries sent to Neo4j for the whole app (a shared query counts once per request in it)."""

    def __init__(self) -> None:
        self.total = 0


class RequestReads:
    """One request's reads: its deadline, and the count ``cypherRoundTrips`` reports."""

    def __init__(self, reads: Reads, counter: RoundTripCounter, timeout: float) -> None:
        self._reads, self._counter = reads, counter
        self.timeout = timeout
        self.deadline = time.monotonic() + timeout
        self.round_trips = 0

    def rows(self, compiled: CompiledRead) -> asyncio.Future[Rows]:
        """The rows of a root field's query (a shared read: no task of its own)."""
        self.round_trips += 1
        self._counter.total += 1  # only the event loop's thread counts, so no race
        return self._reads.shared(compiled.read, self.deadline)

    async def value(self, compiled: CompiledRead) -> Any:
        """The root field's value: its query's one ``data`` row, or null when it has none."""
        return _value(await self.rows(compiled))


def _value(rows: Rows) -> Any:
    return rows[0]["data"] if rows else None


@dataclass
class Root:
    """One root response key of an operation, compiled (or refused)."""

    key: str
    nodes: list[FieldNode]
    non_null: bool
    read: CompiledRead | None = None  # None for __typename
    error: Exception | None = None  # a KGError (shown) or a bug (masked)
    args: dict[str, Any] = field(default_factory=dict)  # the root field's arguments when compiled
    order: Orderer | None = None  # puts the value's maps in selection order
    variables: dict[str, str] = field(default_factory=dict)  # bound argument -> the variable it is


@dataclass
class Operation:
    """An operation compiled for one shape of its variables: its root fields, or its refusal."""

    roots: list[Root]
    refused: GraphQLError | None = None  # the whole request (cost, size): nothing runs

    @property
    def size(self) -> int:
        """Characters of Cypher it holds (what keeping it costs)."""
        return sum(len(root.read.text) for root in self.roots if root.read is not None)


async def run(
    reads: RequestReads, operation: Operation, coerced: Mapping[str, Any], fresh: bool
) -> ExecutionResult:
    """Send every root field's query at once, under the request's deadline; assemble the data.

    ``fresh``: compiled for this very request (its items are this request's already).
    """
    futures: dict[str, asyncio.Future[Rows]] = {}
    errors: dict[str, Exception] = {}
    for root in operation.roots:
        if root.read is None or root.error is not None:
            continue
        try:
            read = root.read
            if root.variables and not fresh:
                read = read.rebind({**root.args, **{a: coerced[v] for a, v in root.variables.items()}})
        except KGError as exc:
            errors[root.key] = exc
            continue
        futures[root.key] = reads.rows(read)
    if futures:
        _, pending = await asyncio.wait(futures.values(), timeout=max(0.0, reads.deadline - time.monotonic()))
        for future in pending:
            future.cancel()  # the shared read goes on for the others that asked for it
    return _result(operation.roots, futures, errors, reads.timeout)


def _result(
    roots: list[Root], futures: dict[str, asyncio.Future[Rows]], errors: dict[str, Exception], timeout: float
) -> ExecutionResult:
    data: dict[str, Any] | None = {}
    found: list[GraphQLError] = []
    for root in roots:
        value: Any = None
        error: Exception | None = root.error or errors.get(root.key)
        if root.read is None and error is None:
            value = "Query"  # __typename
        elif error is None:
            future = futures[root.key]
            if future.cancelled():
                error = StoreError(
                    f"the request took longer than {timeout:g} s (KG_API_REQUEST_TIMEOUT); narrow it down"
                )
            elif future.exception() is not None:
                error = _exception(future)
            else:
                value = _value(future.result())
                if root.order is not None:
                    value = root.order(value)
        if error is not None:
            found.append(GraphQLError(str(error), root.nodes, path=[root.key], original_error=error))
        if data is not None:
            data[root.key] = value
            if value is None and root.non_null:
                data = None  # a non-null root field's null reaches the response's data
    return ExecutionResult(data, found or None)


def _exception(future: asyncio.Future[Any]) -> Exception:
    exc = future.exception()
    if not isinstance(exc, Exception):
        raise exc or RuntimeError("a read finished without a result")  # KeyboardInterrupt and the like
    return exc
