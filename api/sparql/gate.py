"""How requests reach the SPARQL engine: one call at a time, waited for without holding a thread.

The engine answers one request at a time. Calling it from the thread pool directly made every waiting
request hold one of the pool's threads (40) while it waited for the engine's lock, so forty slow queries
stopped everything else that runs in the pool (the explorer's files, mutations). Here a request waits on
an async lock instead, takes a thread only for its own call, and is refused (503, try again) when
``max_waiting`` requests are already queued or its turn has not come within ``wait_seconds``.

Whole-dataset dumps (``/rdf``) are files written by the engine once per store generation and media type,
and shared by every request that wants them while the store is unchanged; the superseded file is
unlinked at once (readers still streaming it keep their open handle), and the directory is emptied at
startup and shutdown, so no request leaves a file behind.
"""

from __future__ import annotations

import functools
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any, TypeVar

import anyio
from starlette.datastructures import State

from kg.settings import Settings
from kg.sparqlstore import SparqlEngine
from kg.sparqlstore.errors import SparqlBusyError

T = TypeVar("T")


class EngineGate:
    """The engine behind a fair async lock with a bounded queue."""

    def __init__(self, engine: SparqlEngine, max_waiting: int, wait_seconds: float) -> None:
        self.engine = engine
        self._max_waiting = max_waiting
        self._wait_seconds = wait_seconds
        self._turn = anyio.Lock()
        self._waiting = 0

    async def call(self, method: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run ``method(*args, **kwargs)`` (an engine method) in a thread once it is this request's turn.

        Raises:
            SparqlBusyError: the queue is full, or the turn did not come within ``wait_seconds``.
        """
        if self._waiting >= self._max_waiting:
            raise SparqlBusyError(
                f"the SPARQL store is busy: {self._waiting} requests are waiting already "
                "(KG_SPARQL_MAX_WAITING); try again shortly"
            )
        self._waiting += 1
        try:
            with anyio.fail_after(self._wait_seconds):
                await self._turn.acquire()
        except TimeoutError:
            raise SparqlBusyError(
                f"the SPARQL store is busy: no turn within {self._wait_seconds:g} s; try again shortly"
            ) from None
        finally:
            self._waiting -= 1
        try:
            return await anyio.to_thread.run_sync(functools.partial(method, *args, **kwargs))
        finally:
            self._turn.release()


class DumpCache:
    """Dumps of the whole dataset in ``directory``, one current file per media type."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self._lock = anyio.Lock()
        shutil.rmtree(directory, ignore_errors=True)
        directory.mkdir(parents=True)

    async def open(self, gate: EngineGate, media_type: str) -> IO[bytes]:
        """An open handle on a dump of the current store in ``media_type`` (written first if stale)."""
        async with self._lock:
            stem = media_type.replace("/", "_").replace("+", "-")
            current = self.directory / f"{stem}.{gate.engine.generation}"
            if not current.exists():
                partial = current.with_name(current.name + ".partial")
                try:
                    await gate.call(gate.engine.dump, partial, media_type)
                    partial.rename(current)
                finally:
                    partial.unlink(missing_ok=True)
                for old in self.directory.glob(f"{stem}.*"):
                    if old != current:
                        old.unlink(missing_ok=True)
            return current.open("rb")

    def close(self) -> None:
        shutil.rmtree(self.directory, ignore_errors=True)


def serve_engine(state: State, engine: SparqlEngine, settings: Settings) -> None:
    """Put the engine, its gate and its dump cache on the app's state, where the routes find them."""
    state.sparql_engine = engine
    state.sparql_gate = EngineGate(engine, settings.sparql_max_waiting, settings.sparql_timeout)
    state.rdf_dumps = DumpCache(settings.sparql_path.with_name(settings.sparql_path.name + "-dumps"))


def stop_serving(state: State) -> None:
    dumps = getattr(state, "rdf_dumps", None)
    if isinstance(dumps, DumpCache):
        dumps.close()
    state.sparql_engine = state.sparql_gate = state.rdf_dumps = None
